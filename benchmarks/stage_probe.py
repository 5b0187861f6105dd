"""The stage probe measured on studies it did not learn from.

For each sample study with a gold.csv, a stage probe trained on the gold of all
the other studies adds its evidence to the journey stages (`journey.assign_stages`
with `learned=`), and stage accuracy and macro-F1 are scored per annotated turn
exactly as in `quality.py`, next to the stages without a probe. Stores and
vectors are cached in benchmarks/.cache.

    .venv/bin/python benchmarks/stage_probe.py [STUDY ...]   # default: every study with a gold.csv
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.quality import CACHE, stage_scores  # noqa: E402
from insights import journey  # noqa: E402
from insights.embed import DEFAULT_EMBEDDER, CachedEmbedder, make_embedder  # noqa: E402
from insights.probe import E5_IDS  # noqa: E402
from insights.store import StoreLocation  # noqa: E402
from pipelines.train_sentiment_probe import gold_studies, labelled_study  # noqa: E402
from pipelines.train_stage_probe import train  # noqa: E402

METRICS = ["stage accuracy", "stage macro-F1", "stage unknown"]


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    location = StoreLocation(home=CACHE)
    embedder = make_embedder(DEFAULT_EMBEDDER)
    stage_set = journey.default_stage_set()
    studies = []
    for folder in gold_studies():
        if sys.argv[1:] and folder.name not in sys.argv[1:]:
            continue
        print(f"embedding {folder.name} ...", file=sys.stderr)
        studies.append(labelled_study(folder, location, embedder, with_context=True))  # ingests the study
    rows = []
    for left_out in studies:
        probe = train([study for study in studies if study is not left_out], E5_IDS)
        statements = left_out.statements
        cached = CachedEmbedder(embedder, location.store_for(left_out.name))
        learned = probe.log_evidence(left_out.vectors, left_out.context_vectors, list(statements["language"]),
                                     stage_set.ids)
        for method, evidence in (("without probe", None), ("with probe", learned)):
            stages = journey.assign_stages(statements, stage_set, vectors=left_out.vectors, embedder=cached,
                                           learned=evidence)
            scores = stage_scores(statements.assign(journey_stage=stages["journey_stage"]), left_out.gold)
            rows.append({"study": left_out.name, "method": method, **scores})
    table = pd.DataFrame(rows)
    pd.set_option("display.width", 160)
    print(table.pivot(index="study", columns="method", values=METRICS).round(3).to_string())
    print()
    print(table.groupby("method")[METRICS].mean().round(3).to_string())
    print(table.groupby("method")["stage accuracy"].min().round(3).rename("lowest stage accuracy").to_string())


if __name__ == "__main__":
    main()
