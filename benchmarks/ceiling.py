"""How much of the gold themes the analysis's features carry: a supervised reference.

For each sample study, a classifier is trained on the gold themes of all
sessions but one and predicts the held-out session (leave one session out),
from the same per-statement features the analysis uses:

- `embedding`: the discovery feature (statement, content words and answer in
  context, centred per language, half of each speaker's mean removed);
- `words`: TF-IDF over the content lemmas of the answer in context;
- `both`: the two side by side.

It is scored like benchmarks/quality.py (per annotated turn, majority over its
statements): ARI against the gold themes and accuracy. The classifier sees
the true themes of the other sessions, which discovery never does, so its ARI
is a rough upper reference for discovery with these features, and its
accuracy one for guided mode (which instead has the codebook's words).

    .venv/bin/python benchmarks/ceiling.py [--studies FOLDER ...]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import numpy as np
import pandas as pd
from quality import CACHE, score_each, turn_majority, with_gold
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import adjusted_rand_score

from insights.analysis import embed_views, theme_features
from insights.embed import CachedEmbedder, make_embedder
from insights.store import StoreLocation
from insights.study import IngestOptions, ingest_paths
from insights.themes import lemmatised

REGULARISATION = 10.0  # inverse strength (C); "both" at C 1 / 10 / 30: mean ARI 0.310 / 0.342 / 0.347


def study_views(folder: Path, embedder_name: str) -> tuple[pd.DataFrame, np.ndarray, list[str]]:
    """(statements, discovery feature, lemmatised answers in context), embedded through the benchmark cache."""
    study = folder.name
    store = StoreLocation(home=CACHE).store_for(study)
    ingest_paths(store, study, [folder / "transcripts"], IngestOptions(replace=True))
    statements = store.statements_table(study)
    views = embed_views(statements, CachedEmbedder(make_embedder(embedder_name), store))
    return statements, theme_features(statements, views), lemmatised(views["context_texts"], list(statements["language"]))


def leave_one_session_out(features, themes: np.ndarray, sessions: np.ndarray) -> np.ndarray:
    """Each statement's theme as predicted by a classifier trained on the other sessions' labelled statements."""
    predicted = np.full(len(themes), "", dtype=object)
    for session in np.unique(sessions):
        train = (sessions != session) & (themes != "")
        held_out = sessions == session
        model = LogisticRegression(C=REGULARISATION, max_iter=3000).fit(features[train], themes[train])
        predicted[held_out] = model.predict(features[held_out])
    return predicted


def score_study(folder: Path, embedder_name: str) -> dict:
    statements, embedding, documents = study_views(folder, embedder_name)
    gold = pd.read_csv(folder / "gold.csv", dtype={"theme": str}, keep_default_na=False)
    themes = (statements[["source", "turn"]].merge(gold[["source", "turn", "theme"]], on=["source", "turn"],
                                                    how="left")["theme"].fillna("").to_numpy(dtype=object))
    words = TfidfVectorizer(sublinear_tf=True, min_df=2).fit_transform(documents)
    views = {"embedding": csr_matrix(embedding), "words": words, "both": hstack([csr_matrix(embedding), words]).tocsr()}
    row = {}
    for name, features in views.items():
        predicted = leave_one_session_out(features, themes, statements["source"].to_numpy())
        frame = statements[["source", "turn"]].assign(predicted=predicted)
        merged = with_gold(gold, turn_majority(frame, "predicted"), "theme")
        merged["predicted"] = merged["predicted"].fillna("")
        row[f"{name} ARI"] = adjusted_rand_score(merged["theme"], merged["predicted"])
        row[f"{name} accuracy"] = float((merged["theme"] == merged["predicted"]).mean())
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description="Supervised reference: leave-one-session-out classifiers.")
    parser.add_argument("--embedder", default="e5")
    parser.add_argument("--studies", nargs="+", type=Path, metavar="FOLDER")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    pd.set_option("display.width", 200)
    print(pd.DataFrame(score_each(args.studies, score_study, args.embedder)).round(3).to_string())


if __name__ == "__main__":
    main()
