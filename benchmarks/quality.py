"""Quality of the analysis against the sample studies' gold labels.

For each study in data/studies/ with a gold.csv, ingests the transcripts into
a cache store (benchmarks/.cache, so vectors are embedded once), analyses them
and scores, per annotated participant turn (a turn's prediction is the
majority over its statements):

- discovery: theme ARI / NMI and outlier share, next to two baselines on the
  same e5 text embeddings: stock BERTopic (defaults) and KMeans with the true
  number of themes;
- guided: accuracy with the study's codebook.csv;
- stages: accuracy and macro-F1 (unknown counts as wrong);
- pain: precision / recall / F1 of pain vs not-pain, kind macro-F1, sentiment accuracy;
- stability: ARI between discovery runs with different seeds.

Also clusters ../shared/evalsets/sv-en-160-statements.csv (when present).

    .venv/bin/python benchmarks/quality.py [--embedder e5] [--studies FOLDER ...]

`--studies` scores other study folders laid out like the samples (transcripts/,
gold.csv, codebook.csv), e.g. a held-out study that nobody tuned on.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, f1_score, normalized_mutual_info_score, precision_recall_fscore_support

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this checkout's insights, not the one installed in .venv

from insights import journey, painpoints  # noqa: E402
from insights.analysis import AnalysisSettings, analyse  # noqa: E402
from insights.embed import embed_cached, make_embedder  # noqa: E402
from insights.store import StoreLocation  # noqa: E402
from insights.study import IngestOptions, ingest_paths  # noqa: E402
from insights.themes import content_texts, discover, theme_features  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"
EVALSET = ROOT.parent / "shared" / "evalsets" / "sv-en-160-statements.csv"


def turn_majority(statements: pd.DataFrame, column: str) -> pd.DataFrame:
    """One prediction per (source, turn): the most common value among its statements."""
    return (statements.groupby(["source", "turn"])[column]
            .agg(lambda values: values.value_counts().index[0]).reset_index())


def with_gold(gold: pd.DataFrame, predicted: pd.DataFrame, gold_column: str) -> pd.DataFrame:
    labelled = gold[gold[gold_column].astype(str) != ""]
    return labelled.merge(predicted, on=["source", "turn"], how="left")


def theme_scores(statements: pd.DataFrame, gold: pd.DataFrame, labels) -> dict:
    frame = statements[["source", "turn"]].assign(predicted=np.asarray(labels))
    merged = with_gold(gold, turn_majority(frame, "predicted"), "theme")
    predicted = merged["predicted"].fillna(-2)
    return {"ARI": adjusted_rand_score(merged["theme"], predicted),
            "NMI": normalized_mutual_info_score(merged["theme"], predicted),
            "outliers": float((np.asarray(labels) == -1).mean())}


def analysed(store, study: str, **settings) -> pd.DataFrame:
    analyse(store, study, AnalysisSettings(**settings))
    return store.statements_table(study)


def score_study(folder: Path, embedder_name: str) -> dict:
    study = folder.name
    store = StoreLocation(home=CACHE).store_for(study)
    ingest_paths(store, study, [folder / "transcripts"], IngestOptions(replace=True))
    gold = pd.read_csv(folder / "gold.csv", dtype={"theme": str, "journey_stage": str}, keep_default_na=False)
    n_true = gold.loc[gold["theme"] != "", "theme"].nunique()
    row: dict[str, float] = {}

    discovered = analysed(store, study, embedder=embedder_name)
    row.update({f"discovery {k}": v for k, v in theme_scores(discovered, gold, discovered["theme_id"]).items()})
    row["themes found"] = discovered.loc[discovered["theme_id"] >= 0, "theme_id"].nunique()
    row["themes true"] = n_true

    vectors = embed_cached(list(discovered["text"]), make_embedder(embedder_name), store)
    row.update({f"stock BERTopic {k}": v for k, v in theme_scores(discovered, gold, _stock_bertopic(discovered, vectors)).items()})
    kmeans = KMeans(n_true, n_init=10, random_state=0).fit_predict(vectors)
    row.update({f"KMeans true k {k}": v for k, v in theme_scores(discovered, gold, kmeans).items() if k != "outliers"})

    row.update(stage_scores(discovered, gold))
    row.update(pain_scores(discovered, gold))
    row["stability ARI"] = _stability(store, discovered, embedder_name)

    guided = analysed(store, study, embedder=embedder_name, codebook=str(folder / "codebook.csv"))
    codes = pd.read_csv(folder / "codebook.csv")["id"].tolist()
    frame = guided[["source", "turn"]].assign(predicted=[codes[t] if 0 <= t < len(codes) else f"new-{t}"
                                                          for t in guided["theme_id"]])
    merged = with_gold(gold, turn_majority(frame, "predicted"), "theme")
    row["guided accuracy"] = float((merged["theme"] == merged["predicted"]).mean())
    analysed(store, study, embedder=embedder_name)  # leave the cache study in discovery mode
    return row


def _stock_bertopic(statements: pd.DataFrame, vectors: np.ndarray) -> list[int]:
    from bertopic import BERTopic
    from umap import UMAP

    model = BERTopic(language="multilingual", embedding_model=None,
                     umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=0))
    topics, _ = model.fit_transform(list(statements["text"]), embeddings=vectors)
    return topics


def stage_scores(statements: pd.DataFrame, gold: pd.DataFrame) -> dict:
    predicted = turn_majority(statements, "journey_stage").rename(columns={"journey_stage": "predicted"})
    merged = with_gold(gold, predicted, "journey_stage")
    truth, predicted = merged["journey_stage"], merged["predicted"].fillna("unknown")
    return {"stage accuracy": float((truth == predicted).mean()),
            "stage macro-F1": f1_score(truth, predicted, average="macro", labels=sorted(set(truth)), zero_division=0),
            "stage unknown": float((predicted == "unknown").mean())}


def pain_scores(statements: pd.DataFrame, gold: pd.DataFrame) -> dict:
    situation = journey.default_stage_set().situation_stage  # discovery runs use the default stage set
    turns = painpoints.turn_labels(statements[["source", "turn", "sentiment", "kind", "journey_stage"]], situation)
    merged = gold.merge(turns, on=["source", "turn"], how="left", suffixes=("", "_predicted"))
    truth, predicted = merged["kind"] == "pain", merged["kind_predicted"] == "pain"
    precision, recall, f1, _ = precision_recall_fscore_support(truth, predicted, average="binary", zero_division=0)
    kinds = sorted(set(merged["kind"]))
    return {"pain precision": precision, "pain recall": recall, "pain F1": f1,
            "kind macro-F1": f1_score(merged["kind"], merged["kind_predicted"].fillna("neutral"), average="macro",
                                      labels=kinds, zero_division=0),
            "sentiment accuracy": float((merged["sentiment"] == merged["sentiment_predicted"]).mean())}


def _stability(store, statements: pd.DataFrame, embedder_name: str) -> float:
    """ARI between the stored discovery run and one with another seed."""
    first = statements["theme_id"].to_numpy()
    analyse(store, statements["study"].iloc[0], AnalysisSettings(embedder=embedder_name, seed=7))
    second = store.statements_table(statements["study"].iloc[0])["theme_id"].to_numpy()
    return adjusted_rand_score(first, second)


def score_evalset(embedder_name: str) -> dict | None:
    if not EVALSET.exists():
        return None
    table = pd.read_csv(EVALSET)
    store = StoreLocation(home=CACHE).store_for("evalset")
    embedder = make_embedder(embedder_name)
    texts, languages = list(table["text"]), list(table["lang"])
    text_vectors = embed_cached(texts, embedder, store)
    content = embed_cached(content_texts(texts, languages), embedder, store)
    no_context = np.zeros_like(text_vectors)  # single statements: no question, no turn
    features = theme_features(text_vectors, content, no_context, languages, context_weight=0.0)
    k = table["theme"].nunique()
    ours = discover(features)
    ours_k = discover(features, k)
    kmeans = KMeans(k, n_init=10, random_state=0).fit_predict(text_vectors)
    return {"evalset ours ARI": adjusted_rand_score(table["theme"], ours),
            "evalset ours NMI": normalized_mutual_info_score(table["theme"], ours),
            "evalset ours themes found (true 8)": len(set(ours)),
            "evalset ours with true k ARI": adjusted_rand_score(table["theme"], ours_k),
            "evalset KMeans (true k) ARI": adjusted_rand_score(table["theme"], kmeans),
            "evalset language NMI (ours, lower is better)": normalized_mutual_info_score(table["lang"], ours)}


def score_each(folders: list[Path] | None, score, embedder_name: str) -> dict[str, dict]:
    """`score(folder, embedder_name)` per study folder with a gold.csv (default: every sample study)."""
    columns = {}
    for folder in folders or sorted((ROOT / "data" / "studies").iterdir()):
        if (folder / "gold.csv").exists():
            print(f"scoring {folder.name} ...", file=sys.stderr)
            columns[folder.name] = score(folder, embedder_name)
    return columns


def main() -> None:
    parser = argparse.ArgumentParser(description="Score the analysis against gold labels.")
    parser.add_argument("--embedder", default="e5")
    parser.add_argument("--studies", nargs="+", type=Path, metavar="FOLDER",
                        help="study folders to score (default: every sample study in data/studies)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    table = pd.DataFrame(score_each(args.studies, score_study, args.embedder))
    pd.set_option("display.width", 160)
    print(table.round(3).to_string())
    evalset = score_evalset(args.embedder)
    if evalset:
        print()
        print(pd.Series(evalset).round(3).to_string())


if __name__ == "__main__":
    main()
