"""benchmarks/pdpilot.py: parsing MAXQDA's coded segments and aligning them to our statements.

Expected counts come from the export itself (its row lines, counted with a
plain regex here) and from reading the PDF; the analysis is not run.
"""

from __future__ import annotations

import importlib.util
import re
import sys

import pytest

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("pdpilot_benchmark", ROOT / "benchmarks" / "pdpilot.py")
pdpilot = sys.modules.setdefault("pdpilot_benchmark", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(pdpilot)

TOP_LEVEL = {"Explainability purposes", "Explainability techniques", "PDPilot General Usage",
             "PDPilot Techniques Usage", "Benefits of PDPilot", "PDPilot improvements", "Study limitations",
             "Interaction"}  # the ninth, Anonymize, marks redactions and has no segments
# Measured 2026-11-25: 261 of 261 rows, 33 of P1's 34 segments aligned, 109 of its 130 statements coded.
MIN_ROWS = 255


@pytest.fixture
def derived(shared):
    return shared / "corpora" / "pdpilot-interviews" / "derived-text"


@pytest.fixture
def segments(derived):
    return pdpilot.read_coded_segments(derived / "coded-segments.txt")


def _row(document: str, code: str, text: str, column: int) -> str:
    """A row line with the segment text starting at `column` (a single space after a code that fills it)."""
    return f"{document}   {code}".ljust(column - 1) + " " + text


def test_pdpilot_parser_columns_move_per_page():
    """Wrapped text, a code that fills its column, a row running over a page, headers and page numbers."""
    full = "Top > Long code that fills the"
    column = len(f"P2   {full}") + 1
    first = "\n".join([
        "Coded Segments",
        "Document name    Code".ljust(column) + "Segment",
        _row("P1", "Top > Child", "First line of the segment", column),
        " " * column + "wrapped onto a second line.",
        "",
        " " * column + "A second paragraph.",
        _row("P2", full, "Text after one space", column),
        "     column > Leaf".ljust(column) + "and more text",
        "                  1",
    ])
    assert f"{full} Text after one space" in first
    second = "\n".join([
        " " * 20 + "that goes on over the page.",
        _row("P3", "Interaction", "Other segment", 20),
        "",
    ])
    rows = pdpilot.parse_coded_segments(first + "\f" + second)
    assert [(r.document, r.code) for r in rows] == [
        ("P1", "Top > Child"), ("P2", "Top > Long code that fills the column > Leaf"), ("P3", "Interaction")]
    assert rows[0].text == "First line of the segment wrapped onto a second line.\nA second paragraph."
    assert rows[1].text == "Text after one space and more text that goes on over the page."
    assert rows[2].text == "Other segment"
    assert rows[1].level(2) == "Top > Long code that fills the column" and rows[2].level(2) == "Interaction"


def test_pdpilot_parser_recovers_every_row(derived, segments):
    export = (derived / "coded-segments.txt").read_text(encoding="utf-8")
    row_lines = re.findall(r"^\f?P[1-7] ", export, re.MULTILINE)
    assert len(segments) == len(row_lines) >= MIN_ROWS
    assert {s.document for s in segments} == {f"P{n}" for n in range(1, 8)}
    assert {s.level(1) for s in segments} == TOP_LEVEL
    assert all(s.text for s in segments)
    assert not any("Document name" in s.text or "Coded Segments" in s.text for s in segments)


def test_pdpilot_parser_codes_are_in_the_code_system(derived, segments):
    system = (derived / "code-system.txt").read_text(encoding="utf-8")
    for segment in segments:
        assert all(part and part in system for part in segment.parts), segment.code
    codes = {s.code for s in segments}
    assert {"Explainability techniques > PDP/ICE > Uses PDPs and ICE plots",
            "PDPilot General Usage > Tool complexity",
            # long enough to leave a single space before the segment text:
            ("PDPilot improvements > Outliers, overfitting, and skewed distributions > "
             "Iterative approach to handling overfitting")} <= codes


def test_pdpilot_parser_rows_verbatim(segments):
    first = segments[0]
    assert (first.document, first.code) == ("P4", "Explainability purposes > Guiding feature engineering")
    assert first.text.startswith("We can, from that, we can look at, you know, what features are important")
    assert first.text.endswith("so that's the first one in model development")
    # The row that runs from page 2 onto page 3 keeps its end and leaves the next row alone.
    over = next(s for s in segments if "my own list of features" in s.text)
    assert (over.document, over.code) == ("P2", "PDPilot improvements > Using different importance metric")
    assert over.text.startswith("Dan: Okay. And are there any additional ways that you would think")
    assert over.text.endswith("If you wanted to.")
    after = segments[over.row + 1]
    assert after.document == "P4"
    assert after.text.startswith("the importance one obviously is useful.")


def test_pdpilot_alignment_on_p1(derived, segments, tmp_path):
    from insights.store import StoreLocation
    from insights.study import ingest_paths

    store = StoreLocation(home=tmp_path).store_for("p1")
    ingest_paths(store, "p1", [derived / "P1.txt"])
    statements = store.statements_table("p1")
    p1 = [s for s in segments if s.document == "P1"]
    pairs = pdpilot.align(statements, p1)
    gold = pdpilot.gold_labels(statements, p1, pairs)

    unaligned = {s.text for s in p1} - {s.text for s in p1 if s.row in set(pairs["row"])}
    assert unaligned <= {"identify nonlinear interactions"}  # a fragment of a longer sentence
    assert 0.6 <= len(gold) / len(statements) <= 0.95
    assert set(pairs["coverage"]) and pairs["coverage"].min() > pdpilot.MIN_COVERAGE

    code = dict(zip(*gold.merge(statements[["statement_id", "text"]], on="statement_id")[["text", "code"]].T.values))
    assert code["Yeah, we use PDP and ICE plots."] == "Explainability techniques > PDP/ICE > Uses PDPs and ICE plots"
    assert code["So each cluster is basically a histogram."] == (
        "Explainability techniques > Describing differences between clusters")
    assert code["Like if I wanted to export plots directly without screen capturing."] == (
        "PDPilot improvements > Saving and exporting findings")
    # Most specific wins: a statement also inside a top-level "Interaction" segment takes the deeper code.
    shared_codes = gold[[("Interaction" in codes and len(codes) > 1) for codes in gold["codes"]]]
    assert len(shared_codes) and (shared_codes["code"] != "Interaction").all()

    # Aligned statements are the segment's own words, not generic phrases found elsewhere.
    texts = dict(zip(statements["statement_id"], statements["text"]))
    by_row = {s.row: s for s in p1}
    verbatim = [f" {' '.join(pdpilot.words(texts[sid]))} " in f" {' '.join(pdpilot.words(by_row[row].text))} "
                for sid, row in zip(pairs["statement_id"], pairs["row"])]
    assert sum(verbatim) / len(verbatim) >= 0.9
