"""Theme quality on real, human-coded interviews: the PDPilot user study.

../shared/corpora/pdpilot-interviews holds 7 English interviews (P1-P7) and
their MAXQDA coding (see its README.md). This benchmark:

1. parses the coded segments (derived-text/coded-segments.txt, pdftotext
   -layout output of the MAXQDA export) into rows: document, code path
   ("Parent > Child > ..."), segment text;
2. ingests the 7 transcripts into a temporary store and aligns each coded
   segment to the participant statements it covers, within its document: a
   statement belongs to a segment when most of its words are inside the
   segment text (`align`, below, says exactly how);
3. analyses the study as the product does and scores the discovered themes
   against the human codes on the aligned statements (ARI / NMI against the
   top-level code and against the second-level path "Parent > Child"), next
   to the two baselines of benchmarks/quality.py: stock BERTopic with
   defaults on the same embeddings, and KMeans with the true number of codes.

A statement covered by several segments gets one code: the most specific one
(deepest code path; then the shortest segment, i.e. the tightest coding; then
the first in the export's order). How often that choice matters is printed.

Scores are per statement, over aligned statements only: uncoded text has no
gold label and is left out (its themes still count in "outliers, all").

    .venv/bin/python benchmarks/pdpilot.py [--embedder e5|hashing|minilm]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this checkout's insights, not the one installed in .venv
CORPUS = ROOT.parent / "shared" / "corpora" / "pdpilot-interviews"
DERIVED = CORPUS / "derived-text"
DOCUMENTS = tuple(f"P{n}" for n in range(1, 8))
STUDY = "pdpilot"

# A statement is inside a segment when more than this share of its words is covered,
# where the segment is placed, by word trigrams the segment also has.
MIN_COVERAGE = 0.5
NGRAM = 3

# =========================================================================== 1. coded segments


@dataclass(frozen=True)
class CodedSegment:
    """One row of the MAXQDA "Coded Segments" export."""

    row: int  # 0-based position in the export
    document: str  # P1 ... P7
    code: str  # "Parent > Child > ..."
    text: str

    @property
    def parts(self) -> list[str]:
        return [part.strip() for part in self.code.split(">")]

    def level(self, depth: int) -> str:
        """The code path cut to `depth` levels ("Interaction" has one level only)."""
        return " > ".join(self.parts[:depth])


_ROW_START = re.compile(r"^(P[1-7])\s+\S")  # "P4   Code > Path   Segment text ..."
_SPLIT_ROW = re.compile(r"^(P[1-7])\s+(\S.*?)\s{2,}(\S.*)$")  # when a gap of 2+ spaces ends the code
_HEADER = re.compile(r"^\s*(Coded Segments|Document name\s+Code\s+Segment)\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(Page\s+)?\d+(\s*(/|of)\s*\d+)?\s*$", re.IGNORECASE)


def parse_coded_segments(text: str) -> list[CodedSegment]:
    """Rows of a `pdftotext -layout` rendering of MAXQDA's coded-segments table.

    pdftotext lays out each page on its own, so the columns move from page to
    page: the segment column of a page is the most common start of the text
    after the code on its row lines ("P4   Code > Path   Segment ..."). A
    code that fills its column leaves a single space before the segment, so row
    lines are cut at that column, not at the first gap. Every other line
    continues the current row, which may have begun on an earlier page: text
    left of the segment column continues the code path (a wrapped code), the
    rest continues the segment. Titles, column headers and page numbers are
    dropped; blank lines inside a segment become paragraph breaks.
    """
    rows: list[dict] = []
    for page in text.split("\f"):
        lines = [line for line in page.split("\n") if not (_HEADER.match(line) or _PAGE_NUMBER.match(line))]
        columns = [m.start(3) for line in lines if (m := _SPLIT_ROW.match(line))]
        if columns:
            column = max(set(columns), key=columns.count)
        else:  # no row line with a clear gap: where the continuation lines start
            column = min((len(line) - len(line.lstrip()) for line in lines
                          if line.strip() and not _ROW_START.match(line)), default=0)
        for line in lines:
            cut = _cut(line, column)
            if _ROW_START.match(line):
                rows.append({"document": line[:2], "code": [line[2:cut].strip()], "text": [line[cut:].strip()]})
            elif rows and not line.strip():
                rows[-1]["text"].append("")
            elif rows:
                for key, piece in (("code", line[:cut].strip()), ("text", line[cut:].strip())):
                    if piece:
                        rows[-1][key].append(piece)
    return [CodedSegment(index, row["document"], " ".join(" ".join(row["code"]).split()), _join_text(row["text"]))
            for index, row in enumerate(rows)]


def _cut(line: str, column: int) -> int:
    """Where the segment column starts on this line: `column`, moved left if a word starts just before it."""
    cut = min(column, len(line))
    while cut > max(column - 3, 0) and not line[cut - 1].isspace():
        cut -= 1
    return cut if cut == 0 or line[cut - 1].isspace() else column


def _join_text(lines: list[str]) -> str:
    paragraphs, current = [], []
    for line in lines + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return "\n".join(paragraphs)


def read_coded_segments(path: Path = DERIVED / "coded-segments.txt") -> list[CodedSegment]:
    return parse_coded_segments(path.read_text(encoding="utf-8"))


# =========================================================================== 2. alignment


def words(text: str) -> list[str]:
    """Lower-case words, punctuation gone (apostrophes too: "don’t" -> "dont")."""
    text = text.lower().replace("’", "").replace("‘", "").replace("'", "")
    return re.findall(r"[^\W_]+", text)


def align(statements: pd.DataFrame, segments: Iterable[CodedSegment],
          min_coverage: float = MIN_COVERAGE) -> pd.DataFrame:
    """(statement_id, segment row, coverage) for every statement inside a segment of its document.

    `statements` needs statement_id, session (the document: "P1") and text, in
    transcript order (as Store.statements_table gives them). Per document, the
    participant statements' words are laid end to end; a coded segment is a
    contiguous stretch of the transcript, so it is placed where its word
    trigrams hit that stream most densely, within a window as long as the
    segment (Dan's words, also in many segments, are simply not in the
    stream). A statement belongs to the segment when most of its words (more
    than `min_coverage`) are covered there by trigrams the segment shares; a
    statement shorter than a trigram, when it lies wholly within the placed
    stretch.
    Placing first keeps generic phrases ("I think the", "And so.") from
    matching a segment twenty turns away.
    """
    pairs = []
    by_document = {document: group for document, group in statements.groupby("session", sort=False)}
    for segment in segments:
        group = by_document.get(segment.document)
        if group is None:
            continue
        stream, bounds = [], []
        for sid, text in zip(group["statement_id"], group["text"]):
            tokens = words(text)
            bounds.append((sid, len(stream), len(stream) + len(tokens)))
            stream += tokens
        pairs += [(sid, segment.row, share) for sid, share in _inside(stream, bounds, words(segment.text),
                                                                      min_coverage)]
    return pd.DataFrame(pairs, columns=["statement_id", "row", "coverage"])


def _inside(stream: list[str], bounds: list[tuple], segment: list[str], min_coverage: float) -> list[tuple]:
    grams = {tuple(segment[i:i + NGRAM]) for i in range(len(segment) - NGRAM + 1)}
    hits = [i for i in range(len(stream) - NGRAM + 1) if tuple(stream[i:i + NGRAM]) in grams]
    if not hits:
        return []
    # The densest window of the segment's length (a little slack for words the two PDFs spell apart).
    width, best, first = len(segment) + 10, (0, 0), 0
    for last in range(len(hits)):
        while hits[last] - hits[first] > width:
            first += 1
        if last - first + 1 > best[1] - best[0]:
            best = (first, last + 1)
    chosen = hits[best[0]:best[1]]
    start, end = chosen[0], chosen[-1] + NGRAM
    covered = np.zeros(len(stream), dtype=bool)
    for i in chosen:
        covered[i:i + NGRAM] = True
    found = []
    for sid, begin, stop in bounds:
        if stop <= start or begin >= end or stop == begin:
            continue
        if stop - begin < NGRAM:
            share = 1.0 if start <= begin and stop <= end else 0.0
        else:
            share = float(covered[begin:stop].mean())
        if share > min_coverage:
            found.append((sid, share))
    return found


def gold_labels(statements: pd.DataFrame, segments: list[CodedSegment], pairs: pd.DataFrame) -> pd.DataFrame:
    """One code per aligned statement: the most specific of its segments' codes.

    Most specific = deepest code path, then the shortest segment (the tightest
    coding), then the first in the export. Columns: statement_id, code, top
    (level 1), second (levels 1-2), codes (distinct codes of all its segments).
    """
    by_row = {segment.row: segment for segment in segments}
    frame = pairs.assign(depth=[len(by_row[r].parts) for r in pairs["row"]],
                         length=[len(words(by_row[r].text)) for r in pairs["row"]],
                         code=[by_row[r].code for r in pairs["row"]])
    codes = frame.groupby("statement_id")["code"].agg(lambda c: tuple(sorted(set(c)))).rename("codes")
    best = (frame.sort_values(["statement_id", "depth", "length", "row"], ascending=[True, False, True, True])
            .drop_duplicates("statement_id"))
    gold = best[["statement_id", "row", "code"]].merge(codes, on="statement_id")
    gold["top"] = [by_row[r].level(1) for r in gold["row"]]
    gold["second"] = [by_row[r].level(2) for r in gold["row"]]
    gold["tops"] = [len({c.split(" > ")[0] for c in cs}) for cs in gold["codes"]]
    gold["seconds"] = [len({" > ".join(c.split(" > ")[:2]) for c in cs}) for cs in gold["codes"]]
    order = {sid: i for i, sid in enumerate(statements["statement_id"])}
    return gold.sort_values("statement_id", key=lambda s: s.map(order)).reset_index(drop=True)


def alignment_report(statements: pd.DataFrame, segments: list[CodedSegment], pairs: pd.DataFrame,
                     gold: pd.DataFrame) -> dict:
    participants = statements[statements["role"] == "participant"]
    aligned_rows = set(pairs["row"])
    return {
        "coded segments parsed": len(segments),
        "segments aligned to >= 1 statement": f"{len(aligned_rows)} ({len(aligned_rows) / len(segments):.1%})",
        "participant statements": len(participants),
        "participant statements with a code": f"{len(gold)} ({len(gold) / len(participants):.1%})",
        "  ... with >1 top-level code (choice mattered)": int((gold["tops"] > 1).sum()),
        "  ... with >1 second-level code": int((gold["seconds"] > 1).sum()),
        "statements per aligned segment (median)": float(pairs.groupby("row").size().median()),
        "segments not aligned": [f"{s.document} {s.code}: {s.text[:50]!r}" for s in segments
                                 if s.row not in aligned_rows],
    }


# =========================================================================== 3. scores


def ingest(store) -> pd.DataFrame:
    """The 7 transcripts (derived-text/P*.txt, as tests/test_corpora.py reads them) into `store`."""
    from insights.study import IngestOptions, ingest_paths

    report = ingest_paths(store, STUDY, [DERIVED / f"{d}.txt" for d in DOCUMENTS], IngestOptions(replace=True))
    if report.skipped:
        raise SystemExit("; ".join(f"{r.name}: {r.detail}" for r in report.skipped))
    return store.statements_table(STUDY)


def score(statements: pd.DataFrame, gold: pd.DataFrame, labels: dict[str, np.ndarray]) -> pd.DataFrame:
    """One column per method: ARI / NMI against both code levels, outlier shares, cluster count.

    Outliers (-1) count as one more cluster, as in benchmarks/quality.py. The
    "one code only" rows keep the statements whose segments agree at that level,
    where the most-specific choice did not decide the gold label.
    """
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    position = pd.Series(range(len(statements)), index=statements["statement_id"])
    index = position[gold["statement_id"]].to_numpy()
    columns = {}
    for method, assigned in labels.items():
        assigned = np.asarray(assigned)
        on_gold = assigned[index]
        column: dict[str, float] = {}
        for level, count, name in (("top", "tops", "top-level"), ("second", "seconds", "second-level")):
            column[f"{name} ARI"] = adjusted_rand_score(gold[level], on_gold)
            column[f"{name} NMI"] = normalized_mutual_info_score(gold[level], on_gold)
            single = (gold[count] == 1).to_numpy()
            column[f"{name} ARI, one code only"] = adjusted_rand_score(gold.loc[single, level], on_gold[single])
        column["outliers, coded statements"] = float((on_gold == -1).mean())
        column["outliers, all statements"] = float((assigned == -1).mean())
        column["clusters (excl. outliers)"] = len(set(assigned) - {-1})
        columns[method] = column
    return pd.DataFrame(columns)


def stock_bertopic(texts: list[str], vectors: np.ndarray) -> np.ndarray:
    """BERTopic with its defaults on our vectors, as benchmarks/quality.py runs it."""
    from bertopic import BERTopic
    from umap import UMAP

    model = BERTopic(language="multilingual", embedding_model=None,
                     umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=0))
    topics, _ = model.fit_transform(texts, embeddings=vectors)
    return np.asarray(topics)


def kmeans(vectors: np.ndarray, k: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    return KMeans(k, n_init=10, random_state=0).fit_predict(vectors)


def run(home: Path, embedder_name: str) -> tuple[dict, pd.DataFrame]:
    from insights.analysis import AnalysisSettings, analyse
    from insights.embed import embed_cached, make_embedder
    from insights.store import StoreLocation

    store = StoreLocation(home=home).store_for(STUDY)
    statements = ingest(store)
    segments = read_coded_segments()
    pairs = align(statements, segments)
    gold = gold_labels(statements, segments, pairs)
    report = alignment_report(statements, segments, pairs, gold)
    report["top-level codes among coded statements"] = gold["top"].nunique()
    report["second-level codes among coded statements"] = gold["second"].nunique()

    print(f"analysing {len(statements)} statements with {embedder_name} ...", file=sys.stderr)
    analyse(store, STUDY, AnalysisSettings(embedder=embedder_name))
    analysed = store.statements_table(STUDY)
    if list(analysed["statement_id"]) != list(statements["statement_id"]):
        raise SystemExit("the statements changed between ingest and analysis")
    vectors = embed_cached(list(analysed["text"]), make_embedder(embedder_name), store)
    tops, seconds = gold["top"].nunique(), gold["second"].nunique()
    labels = {
        "ours (analyse)": analysed["theme_id"].to_numpy(),
        "stock BERTopic": stock_bertopic(list(analysed["text"]), vectors),
        f"KMeans k={tops} (top)": kmeans(vectors, tops),
        f"KMeans k={seconds} (second)": kmeans(vectors, seconds),
    }
    return report, score(analysed, gold, labels)


def main() -> None:
    parser = argparse.ArgumentParser(description="Score discovered themes against the PDPilot study's human codes.")
    parser.add_argument("--embedder", default="e5", help="embedder name (e5, minilm, or hashing for a model-free run)")
    parser.add_argument("--home", type=Path, default=None,
                        help="store folder to keep between runs (e.g. benchmarks/.cache); default: a temporary one")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if not DERIVED.is_dir():
        raise SystemExit(f"corpus not found at {CORPUS} (it lives next to the checkout, in ../shared/corpora)")
    with tempfile.TemporaryDirectory() as folder:
        report, table = run(args.home or Path(folder), args.embedder)
    for key, value in report.items():
        print(f"{key}: {value}")
    print()
    pd.set_option("display.width", 160)
    print(f"embedder: {args.embedder}; scores per coded participant statement")
    print(table.round(3).to_string())


if __name__ == "__main__":
    main()
