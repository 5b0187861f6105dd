"""Train the bundled theme metric on the sample studies' gold themes.

Every sample study with a gold.csv is ingested into a store (`--home`, default a
temporary folder) and embedded with the default model; each statement's
discovery feature (`insights.analysis.theme_features`) is paired with the theme
its coder gave its turn, and the directions along which one theme's statements
vary most, pooled over the studies, are fitted (`insights.probe.fit_theme_metric`).
Writes insights/probes/theme-metric-multilingual-e5-small.json.

    .venv/bin/python -m pipelines.train_theme_metric [--home benchmarks/.cache] [--out FILE] [--studies NAME ...]

The bundled file names the studies it learned from in `trained_on`; passing those
names to `--studies` rebuilds it byte for byte. `benchmarks/theme_metric.py` scores
discovery on each study with a metric trained on the others.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from insights.analysis import embed_views, theme_features
from insights.embed import DEFAULT_EMBEDDER, CachedEmbedder, Embedder, make_embedder
from insights.probe import BUNDLED_THEME_METRIC, E5_IDS, ThemeMetric, fit_theme_metric
from insights.store import StoreLocation
from pipelines.train_sentiment_probe import gold_studies, labelled_study, save_probe


@dataclass
class ThemedStudy:
    name: str
    statements: pd.DataFrame
    views: dict  # embed_views' vectors of the statements
    features: np.ndarray  # the discovery feature of each statement
    themes: np.ndarray  # the gold theme of each statement's turn ("" where none)
    gold: pd.DataFrame


def themed_study(folder: Path, location: StoreLocation, embedder: Embedder) -> ThemedStudy:
    """A study folder ingested and embedded, each statement with its discovery feature and its turn's gold theme."""
    study = labelled_study(folder, location, embedder)
    views = embed_views(study.statements, CachedEmbedder(embedder, location.store_for(study.name)))
    by_turn = study.gold.set_index(["source", "turn"])["theme"]
    keys = pd.MultiIndex.from_frame(study.statements[["source", "turn"]])
    themes = by_turn.reindex(keys).fillna("").astype(str).to_numpy()
    return ThemedStudy(study.name, study.statements, views, theme_features(study.statements, views), themes,
                       study.gold)


def themed_studies(home: Path | None, names: Sequence[str] | None = None) -> list[ThemedStudy]:
    embedder = make_embedder(DEFAULT_EMBEDDER)
    if embedder.model_id not in E5_IDS:
        raise SystemExit(f"the theme metric is for multilingual-e5-small; the default model is now {embedder.model_id}")
    with tempfile.TemporaryDirectory() as scratch:
        location = StoreLocation(home=home or Path(scratch))
        return [themed_study(folder, location, embedder) for folder in gold_studies()
                if names is None or folder.name in names]


def train(studies: list[ThemedStudy], model_ids: tuple[str, ...]) -> ThemeMetric:
    """A theme metric fitted on the labelled statements of `studies`."""
    return fit_theme_metric(np.vstack([study.features for study in studies]),
                            np.concatenate([study.themes for study in studies]),
                            [study.name for study in studies for _ in range(len(study.themes))], model_ids,
                            trained_on=tuple(f"{study.name} ({int((study.themes != '').sum())} statements)"
                                             for study in studies))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the theme metric on the sample studies' gold themes.")
    parser.add_argument("--home", type=Path, help="store folder to ingest into (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=BUNDLED_THEME_METRIC)
    parser.add_argument("--studies", nargs="+", metavar="NAME", help="sample studies to learn from (default: all with gold)")
    args = parser.parse_args(argv)
    save_probe(train(themed_studies(args.home, args.studies), E5_IDS), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
