"""The kind probe measured on studies it did not learn from.

Pain precision is the weak point on unseen studies: where the rules see a
question, a suggestion or a short reaction, coders often see a complaint, and
the other way round. For each
sample study with a gold.csv, a kind probe (`insights.probe.KindProbe`) trained
on the gold kinds of all the other studies decides which of its turns are pain
points, `painpoints.follow_turn_kinds` makes the statements agree, and pain
precision, recall, F1, kind macro-F1 and sentiment accuracy are scored per
annotated turn exactly as in `quality.py`, next to the rules alone. Stores and
vectors are cached in benchmarks/.cache.

    .venv/bin/python benchmarks/kind_probe.py [--rule-weight 3] [--c 0.3] [STUDY ...]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.quality import CACHE, pain_scores  # noqa: E402
from insights import journey, painpoints  # noqa: E402
from insights.embed import DEFAULT_EMBEDDER, make_embedder  # noqa: E402
from insights.probe import E5_IDS, KIND_C, RULE_WEIGHT  # noqa: E402
from insights.store import StoreLocation  # noqa: E402
from pipelines.train_kind_probe import KindExamples, kind_examples, train  # noqa: E402
from pipelines.train_sentiment_probe import gold_studies, labelled_study  # noqa: E402

METRICS = ["pain precision", "pain recall", "pain F1", "kind macro-F1", "sentiment accuracy"]


def with_probe(left_out: KindExamples, others: list[KindExamples], c: float, rule_weight: float) -> pd.DataFrame:
    """The left-out study's statement labels after a probe trained on the others has decided its pain turns."""
    probe = train(others, E5_IDS, c, rule_weight)
    study, labels = left_out.study, left_out.labels
    rules = painpoints.turn_labels(labels, journey.default_stage_set().situation_stage)
    learned = probe.turn_kinds(study.statements, study.vectors, study.context_vectors, labels, rules)
    return painpoints.follow_turn_kinds(labels, learned)


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule-weight", type=float, default=RULE_WEIGHT)
    parser.add_argument("--c", type=float, default=KIND_C)
    parser.add_argument("studies", nargs="*")
    args = parser.parse_args()
    location, embedder = StoreLocation(home=CACHE), make_embedder(DEFAULT_EMBEDDER)
    examples = []
    for folder in gold_studies():
        if args.studies and folder.name not in args.studies:
            continue
        print(f"embedding {folder.name} ...", file=sys.stderr)
        study = labelled_study(folder, location, embedder, with_context=True)
        examples.append(kind_examples(study, embedder, args.rule_weight))
    rows = []
    for left_out in examples:
        others = [e for e in examples if e is not left_out]
        for method, labels in (("rules", left_out.labels),
                               ("with probe", with_probe(left_out, others, args.c, args.rule_weight))):
            rows.append({"study": left_out.study.name, "method": method,
                         **pain_scores(labels, left_out.study.gold)})
    table = pd.DataFrame(rows)
    pd.set_option("display.width", 200)
    print(table.pivot(index="study", columns="method", values=METRICS[:3]).round(3).to_string())
    print()
    print(table.groupby("method")[METRICS].mean().round(3).to_string())
    print(table.groupby("method")["pain F1"].min().round(3).rename("lowest pain F1").to_string())


if __name__ == "__main__":
    main()
