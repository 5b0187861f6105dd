"""The sentiment probe measured on studies it did not learn from.

For each sample study with a gold.csv: a probe trained on the gold of the
other studies the bundled one learns from (`TRAINING_STUDIES` in
`pipelines/train_sentiment_probe.py`; the studies outside that list are scored
by a probe of all five) is added to the lexicon score, and the pain points, sentiment and kinds
are scored per annotated turn exactly as in `quality.py`, next to the lexicons
alone. Stores and vectors are cached in benchmarks/.cache.

    .venv/bin/python benchmarks/sentiment_probe.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.quality import CACHE, pain_scores  # noqa: E402
from insights import painpoints  # noqa: E402
from insights.analysis import AnalysisSettings, analyse  # noqa: E402
from insights.embed import DEFAULT_EMBEDDER, make_embedder  # noqa: E402
from insights.probe import E5_IDS  # noqa: E402
from insights.store import StoreLocation  # noqa: E402
from pipelines.train_sentiment_probe import TRAINING_STUDIES, gold_studies, labelled_study, train  # noqa: E402

METRICS = ["pain precision", "pain recall", "pain F1", "kind macro-F1", "sentiment accuracy"]


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    location = StoreLocation(home=CACHE)
    embedder = make_embedder(DEFAULT_EMBEDDER)
    studies = []
    for folder in gold_studies():
        print(f"embedding {folder.name} ...", file=sys.stderr)
        studies.append(labelled_study(folder, location, embedder))  # ingests the study
        analyse(location.store_for(folder.name), folder.name, AnalysisSettings())  # journey stages for the pain rule
    rows = []
    for left_out in studies:
        probe = train([study for study in studies if study is not left_out and study.name in TRAINING_STUDIES],
                      E5_IDS)
        statements = location.store_for(left_out.name).statements_table(left_out.name)
        for method, used in (("lexicons", None), ("lexicons + probe", probe)):
            labels = painpoints.analyse_statements(statements, left_out.vectors, used)
            scores = pain_scores(statements.assign(sentiment=labels["sentiment"], kind=labels["kind"]), left_out.gold)
            rows.append({"study": left_out.name, "method": method, **{k: scores[k] for k in METRICS}})
    table = pd.DataFrame(rows)
    pd.set_option("display.width", 160)
    print(table.pivot(index="study", columns="method", values=METRICS).round(3).to_string())
    print()
    print(table.groupby("method")[METRICS].mean().round(3).to_string())


if __name__ == "__main__":
    main()
