"""Train the bundled stage probe on the sample studies' gold journey stages.

Every sample study with a gold.csv is ingested into a store (`--home`, default a
temporary folder); each statement and its answer in context are embedded with
the default model, and each statement learns the stage the coder gave its turn
(turns without a stage, and moderators, only shape their study's centre).
Writes insights/probes/stages-multilingual-e5-small.json.

Unlike the sentiment probe it learns from all of them: leaving each study out,
more studies placed the left-out one better (three studies lowered it in
session 4; thirteen raise it), because what a journey moment sounds like varies
with the service and only many services show what it shares.

    .venv/bin/python -m pipelines.train_stage_probe [--home benchmarks/.cache] [--out FILE] [--studies NAME ...]

The bundled file learned from all thirty sample studies (its `trained_on` names them; session 12 added
the five written after the first twenty-five). Passing those names to `--studies` rebuilds it byte for byte.

`benchmarks/stage_probe.py` scores it on each study with a probe trained on the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from insights.journey import default_stage_set
from insights.probe import BUNDLED_STAGES, E5_IDS, STAGE_C, StageProbe, fit_stage_probe
from pipelines.train_sentiment_probe import LabelledStudy, labelled_studies, save_probe


def train(studies: list[LabelledStudy], model_ids: tuple[str, ...], c: float = STAGE_C) -> StageProbe:
    """A stage probe fitted on the labelled statements of `studies` (each with context vectors)."""
    stage_ids = default_stage_set().ids
    counts = [int(np.isin(study.statements["gold_stage"], stage_ids).sum()) for study in studies]
    return fit_stage_probe(
        np.vstack([study.vectors for study in studies]),
        np.vstack([study.context_vectors for study in studies]),
        [language for study in studies for language in study.statements["language"]],
        np.concatenate([study.statements["gold_stage"].to_numpy() for study in studies]),
        [study.name for study in studies for _ in range(len(study.statements))],
        model_ids, stage_ids, c,
        trained_on=tuple(f"{study.name} ({count} statements)" for study, count in zip(studies, counts)),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the stage probe on the sample studies' gold stages.")
    parser.add_argument("--home", type=Path, help="store folder to ingest into (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=BUNDLED_STAGES)
    parser.add_argument("--studies", nargs="+", metavar="NAME", help="sample studies to learn from (default: all with gold)")
    args = parser.parse_args(argv)
    save_probe(train(labelled_studies(args.home, args.studies, with_context=True), E5_IDS), args.out)
    return 0

if __name__ == "__main__":
    sys.exit(main())
