"""Train the bundled kind probe on the sample studies' gold kinds.

Every sample study with a gold.csv is ingested into a store (`--home`, default a
temporary folder) and embedded with the default model; the analysis's own rules
label its statements (stages with the bundled stage probe, sentiment with the
bundled sentiment probe, kinds, `painpoints.service_pain_only`) and each
annotated participant turn learns the kind its coder gave it from its vectors and
what the rules said (`insights.probe.kind_features`). Writes
insights/probes/kinds-multilingual-e5-small.json.

    .venv/bin/python -m pipelines.train_kind_probe [--home benchmarks/.cache] [--out FILE] [--studies NAME ...]

The bundled file names the studies it learned from in `trained_on`; passing those
names to `--studies` rebuilds it byte for byte, as long as the bundled stage probe
is the one it was trained with (retrain this one after that one). `benchmarks/kind_probe.py` scores it
on each study with a probe trained on the others.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from insights import journey, painpoints
from insights.embed import DEFAULT_EMBEDDER, Embedder, make_embedder
from insights.probe import (
    BUNDLED_KINDS,
    E5_IDS,
    KIND_C,
    RULE_WEIGHT,
    KindProbe,
    bundled_stage_probe,
    fit_kind_probe,
    kind_features,
    probe_for,
)
from pipelines.train_sentiment_probe import LabelledStudy, labelled_studies, save_probe


@dataclass
class KindExamples:
    study: LabelledStudy
    labels: pd.DataFrame  # the rules' statement labels: source, turn, sentiment, kind, journey_stage
    keys: pd.MultiIndex  # the annotated turns, row-aligned with `features` and `gold`
    features: np.ndarray
    gold: np.ndarray  # the coder's kind of each turn
    languages: list[str]  # of each turn


def rule_labels(study: LabelledStudy, embedder: Embedder) -> pd.DataFrame:
    """The analysis's own labels of a study's statements, as `insights.analysis.analyse` makes them."""
    statements, stage_set = study.statements, journey.default_stage_set()
    learned = bundled_stage_probe().log_evidence(study.vectors, study.context_vectors,
                                                 list(statements["language"]), stage_set.ids)
    stages = journey.assign_stages(statements, stage_set, vectors=study.vectors, embedder=embedder, learned=learned)
    pain = painpoints.rule_labels(statements, study.vectors, probe_for(E5_IDS[0]), stages["journey_stage"],
                                  stage_set.situation_stage)
    return statements[["source", "turn"]].assign(sentiment=pain["sentiment"].to_numpy(), kind=pain["kind"].to_numpy(),
                                                 journey_stage=stages["journey_stage"].to_numpy())


def kind_examples(study: LabelledStudy, embedder: Embedder, rule_weight: float = RULE_WEIGHT) -> KindExamples:
    """The features and gold kind of each annotated turn of a study (with context vectors)."""
    labels = rule_labels(study, embedder)
    rules = painpoints.turn_labels(labels, journey.default_stage_set().situation_stage)
    gold = study.gold[study.gold["kind"].isin(painpoints.KINDS)].set_index(["source", "turn"])["kind"]
    annotated = rules[[key in gold.index for key in zip(rules["source"], rules["turn"])]]
    keys, features = kind_features(study.statements, study.vectors, study.context_vectors, labels, annotated,
                                   rule_weight)
    language = study.statements.groupby(["source", "turn"])["language"].first()
    return KindExamples(study, labels, keys, features, gold.loc[keys].to_numpy(), list(language.loc[keys]))


def train(examples: list[KindExamples], model_ids: tuple[str, ...], c: float = KIND_C,
          rule_weight: float = RULE_WEIGHT) -> KindProbe:
    """A kind probe fitted on the annotated turns of `examples`."""
    return fit_kind_probe(np.vstack([e.features for e in examples]), np.concatenate([e.gold for e in examples]),
                          [language for e in examples for language in e.languages], model_ids, c, rule_weight,
                          trained_on=tuple(f"{e.study.name} ({len(e.gold)} turns)" for e in examples))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the kind probe on the sample studies' gold kinds.")
    parser.add_argument("--home", type=Path, help="store folder to ingest into (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=BUNDLED_KINDS)
    parser.add_argument("--studies", nargs="+", metavar="NAME", help="sample studies to learn from (default: all with gold)")
    args = parser.parse_args(argv)
    studies = labelled_studies(args.home, args.studies, with_context=True)
    embedder = make_embedder(DEFAULT_EMBEDDER)
    save_probe(train([kind_examples(study, embedder) for study in studies], E5_IDS), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
