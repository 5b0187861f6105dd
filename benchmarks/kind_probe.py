"""A turn-level kind probe, measured leaving each study out (an experiment: the analysis does not use it yet).

Pain precision is the weak point on unseen studies (0.47-0.61 on session 9's
five): their coders call a complaining question a question, a complaining
suggestion a suggestion, a short reaction neutral. This asks whether a
classifier learned from the other studies' gold kinds learns that convention:
per annotated turn, a logistic regression from

- the turn's answer in context (question + turn, e5, centred per language
  within its study) and the mean of its statements' vectors,
- and what the rules say (`painpoints.turn_labels`: the turn's kind one-hot,
  its statements' lowest, highest and summed sentiment, its sentiment), scaled
  by `--rule-weight`,

to the gold kind, trained on every other study with a gold.csv. Prints pain
precision, recall and F1 per study for the rules and for the probe. Stores
and vectors are cached in benchmarks/.cache.

    .venv/bin/python benchmarks/kind_probe.py [--rule-weight 3] [--c 0.3] [STUDY ...]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.quality import CACHE  # noqa: E402
from insights import journey, painpoints  # noqa: E402
from insights.embed import DEFAULT_EMBEDDER, CachedEmbedder, centre_by_language, make_embedder  # noqa: E402
from insights.probe import bundled_stage_probe, probe_for  # noqa: E402
from insights.store import StoreLocation  # noqa: E402
from insights.themes import turn_keys  # noqa: E402
from pipelines.train_sentiment_probe import LabelledStudy, gold_studies, labelled_study  # noqa: E402


def rule_turns(study: LabelledStudy, cached: CachedEmbedder) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The analysis's own statement labels (stages, sentiment, kind) and the turn labels the rules make of them."""
    statements, stage_set = study.statements, journey.default_stage_set()
    learned = bundled_stage_probe().log_evidence(study.vectors, study.context_vectors,
                                                 list(statements["language"]), stage_set.ids)
    stages = journey.assign_stages(statements, stage_set, vectors=study.vectors, embedder=cached, learned=learned)
    pain = painpoints.analyse_statements(statements, study.vectors, probe_for(cached.model_id))
    kinds = painpoints.service_pain_only(pain["kind"], stages["journey_stage"], turn_keys(statements),
                                         stage_set.situation_stage)
    labels = statements[["source", "turn"]].assign(sentiment=pain["sentiment"].to_numpy(), kind=kinds.to_numpy(),
                                                   journey_stage=stages["journey_stage"].to_numpy())
    return labels, painpoints.turn_labels(labels, stage_set.situation_stage)


def turn_rows(study: LabelledStudy, cached: CachedEmbedder, rule_weight: float) -> dict:
    """Features, gold kind and the rules' kind of each annotated turn."""
    statements, languages = study.statements, list(study.statements["language"])
    labels, turns = rule_turns(study, cached)
    by_turn = [statements["source"], statements["turn"]]
    context = pd.DataFrame(centre_by_language(study.context_vectors, languages)).groupby(by_turn).first()
    text = pd.DataFrame(centre_by_language(study.vectors, languages)).groupby(by_turn).mean()
    sentiment = labels.groupby(["source", "turn"])["sentiment"].agg(["min", "max", "sum"])
    rows = study.gold[["source", "turn", "kind"]].merge(turns, on=["source", "turn"], how="inner",
                                                        suffixes=("", "_rules"))
    keys = pd.MultiIndex.from_frame(rows[["source", "turn"]])
    said = np.array([[kind == k for k in painpoints.KINDS] for kind in rows["kind_rules"]], dtype=float)
    rules = np.hstack([said, sentiment.loc[keys].to_numpy(), rows[["sentiment"]].to_numpy()])
    features = np.hstack([context.loc[keys].to_numpy(), text.loc[keys].to_numpy(), rule_weight * rules])
    return {"X": features, "gold": rows["kind"].to_numpy(), "rules": rows["kind_rules"].to_numpy()}


def pain_prf(gold: np.ndarray, predicted: np.ndarray) -> tuple[float, float, float]:
    precision, recall, f1, _ = precision_recall_fscore_support(gold == "pain", predicted == "pain",
                                                               average="binary", zero_division=0)
    return precision, recall, f1


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule-weight", type=float, default=3.0)
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("studies", nargs="*")
    args = parser.parse_args()
    location, embedder = StoreLocation(home=CACHE), make_embedder(DEFAULT_EMBEDDER)
    rows = {}
    for folder in gold_studies():
        if args.studies and folder.name not in args.studies:
            continue
        print(f"embedding {folder.name} ...", file=sys.stderr)
        study = labelled_study(folder, location, embedder, with_context=True)
        rows[folder.name] = turn_rows(study, CachedEmbedder(embedder, location.store_for(folder.name)),
                                      args.rule_weight)
    results = []
    for name, left_out in rows.items():
        others = [rows[other] for other in rows if other != name]
        model = LogisticRegression(C=args.c, max_iter=3000).fit(np.vstack([r["X"] for r in others]),
                                                                np.concatenate([r["gold"] for r in others]))
        results.append((name, *pain_prf(left_out["gold"], left_out["rules"]),
                        *pain_prf(left_out["gold"], model.predict(left_out["X"]))))
    columns = ["rules P", "rules R", "rules F1", "probe P", "probe R", "probe F1"]
    table = pd.DataFrame(results, columns=["study", *columns]).set_index("study")
    pd.set_option("display.width", 160)
    print(table.round(3).to_string())
    print(table.mean().round(3).to_string())


if __name__ == "__main__":
    main()
