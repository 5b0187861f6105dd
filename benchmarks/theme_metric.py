"""The theme metric measured on studies it did not learn from.

For each sample study with a gold.csv, a theme metric (`insights.probe.ThemeMetric`)
is fitted on the gold themes of all the other studies, and discovery
(`insights.analysis.discovered_themes`, journey stages as the analysis makes them)
runs on the study's features with and without it, for seeds 42 and 7. Discovery
ARI is scored per annotated turn exactly as in `quality.py`. Stores and vectors
are cached in benchmarks/.cache.

    .venv/bin/python benchmarks/theme_metric.py [--directions 8] [--shrink 5] [STUDY ...]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.quality import CACHE, theme_scores  # noqa: E402
from insights import journey, themes  # noqa: E402
from insights.analysis import discovered_themes, learned_stage_evidence  # noqa: E402
from insights.embed import DEFAULT_EMBEDDER, make_embedder  # noqa: E402
from insights.probe import E5_IDS, METRIC_DIRECTIONS, METRIC_SHRINK, fit_theme_metric, stage_probe_for  # noqa: E402
from insights.store import StoreLocation  # noqa: E402
from pipelines.train_sentiment_probe import gold_studies  # noqa: E402
from pipelines.train_theme_metric import ThemedStudy, themed_study  # noqa: E402

SEEDS = (42, 7)


def stage_ids(study: ThemedStudy, embedder) -> np.ndarray:
    """The journey stage of each statement, as the analysis gives it (discovery reads it)."""
    stage_set = journey.default_stage_set()
    learned = learned_stage_evidence(study.statements, study.views, stage_set,
                                     stage_probe_for(embedder.model_id, stage_set.ids))
    stages = journey.assign_stages(study.statements, stage_set, vectors=study.views["text"], embedder=embedder,
                                   learned=learned)
    return stages["journey_stage"].to_numpy()


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directions", type=int, default=METRIC_DIRECTIONS)
    parser.add_argument("--shrink", type=float, default=METRIC_SHRINK)
    parser.add_argument("studies", nargs="*")
    args = parser.parse_args()
    location, embedder = StoreLocation(home=CACHE), make_embedder(DEFAULT_EMBEDDER)
    studies = []
    for folder in gold_studies():
        if not args.studies or folder.name in args.studies:
            print(f"embedding {folder.name} ...", file=sys.stderr)
            study = themed_study(folder, location, embedder)
            studies.append((study, stage_ids(study, embedder)))
    every = [study for study, _ in studies] if not args.studies else [
        themed_study(folder, location, embedder) for folder in gold_studies()]
    rows = []
    for study, stages in studies:
        others = [other for other in every if other.name != study.name]
        metric = fit_theme_metric(np.vstack([o.features for o in others]), np.concatenate([o.themes for o in others]),
                                  [o.name for o in others for _ in range(len(o.themes))], E5_IDS,
                                  args.directions, args.shrink)
        units = themes.turn_keys(study.statements)
        for seed in SEEDS:
            for method, used in (("without", None), ("with metric", metric)):
                labels = discovered_themes(study.features, stages, units, themes.ThemeSettings(), seed, used)
                rows.append({"study": study.name, "seed": seed, "method": method,
                             **theme_scores(study.statements, study.gold, labels)})
    table = pd.DataFrame(rows)
    pd.set_option("display.width", 160)
    per_study = table.pivot_table(index="study", columns="method", values="ARI", aggfunc="mean")
    print(per_study.round(3).to_string())
    print()
    print(table.groupby(["method", "seed"])[["ARI", "NMI", "outliers"]].mean().round(4).to_string())
    print(table.groupby("method")["ARI"].mean().round(4).rename("mean ARI over seeds").to_string())
    gains = (per_study["with metric"] > per_study["without"]).sum()
    print(f"studies that gain: {gains} of {len(per_study)}")


if __name__ == "__main__":
    main()
