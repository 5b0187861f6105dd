"""The insight report as Markdown, HTML and Word: every format opened again and read.

Both sample studies (Swedish bygglov, English blue-badge) are rendered once per
module; tests then assert on what a reader sees: titles, quotes, provenance,
headings in the study's language, the journey matrix, and that hostile text is
shown as text and never as markup or an address.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone
from io import BytesIO

import docx
import lxml.etree
import lxml.html
import pytest
from docx.oxml.ns import qn

from insights.errors import InsightsError
from insights.export import load_export
from insights.export.charts import pain_by_stage_chart, theme_size_chart
from insights.export.report import docx_report, html_report, inline_svg, markdown_report, md_text
from insights.insights import insight_cards
from tests.conftest import HOSTILE_STATEMENT

EXPORTED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
STUDIES = ("bygglov", "blue-badge")
WRITERS = {"md": markdown_report, "html": html_report, "docx": docx_report}
HOSTILE_LABEL = 'Forms | <script>alert("label")</script> # [x](http://evil)'


@pytest.fixture(scope="module")
def exports(analysed_studies):
    return {study: load_export(analysed_studies.store_for(study), study, now=EXPORTED) for study in STUDIES}


@pytest.fixture(scope="module")
def rendered(exports):
    return {(study, name): writer(exports[study]) for study in STUDIES for name, writer in WRITERS.items()}


@pytest.fixture(scope="module")
def hostile(exports):
    """blue-badge with the hostile statement as the first quote of its theme, and a hostile theme label."""
    export = exports["blue-badge"]
    statement = export.statements[export.statements["text"] == HOSTILE_STATEMENT].iloc[0]
    themes = export.themes.copy()
    row = themes.index[themes["theme_id"] == statement["theme_id"]][0]
    themes.at[row, "representatives"] = [statement["statement_id"], *themes.at[row, "representatives"]]
    themes.at[row, "label"] = HOSTILE_LABEL
    changed = export.with_changes(themes=themes, cards=insight_cards(export.statements, themes))
    return changed, {name: writer(changed) for name, writer in WRITERS.items()}


# --------------------------------------------------------------------------- reading each format back


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def md_visible(markdown: str) -> str:
    return _flat(html.unescape(re.sub(r"\\(.)", r"\1", markdown)))


def html_visible(page: str) -> str:
    return _flat(lxml.html.fromstring(page).text_content())


def docx_document(data: bytes):
    return docx.Document(BytesIO(data))


def docx_visible(data: bytes) -> str:
    document = docx_document(data)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return _flat(" ".join([paragraph.text for paragraph in document.paragraphs] + cells))


VISIBLE = {"md": md_visible, "html": html_visible, "docx": docx_visible}


def section_headings(name: str, output) -> list[str]:
    if name == "md":
        return [line[3:] for line in output.splitlines() if line.startswith("## ")]
    if name == "html":
        return [_flat(h.text_content()) for h in lxml.html.fromstring(output).iter("h2")]
    return [p.text for p in docx_document(output).paragraphs if p.style.name == "Heading 1"]


def md_tables(markdown: str) -> list[list[list[str]]]:
    """Every Markdown table as rows of cells, split on the pipes that are not escaped."""
    tables, current = [], []
    for line in [*markdown.splitlines(), ""]:
        if line.startswith("|"):
            current.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]])
        elif current:
            tables.append(current)
            current = []
    return tables


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("study", STUDIES)
@pytest.mark.parametrize("name", WRITERS)
def test_report_shows_every_insight_with_its_quotes_and_provenance(exports, rendered, study, name):
    export = exports[study]
    seen = VISIBLE[name](rendered[study, name])
    assert export.cards
    for card in export.cards:
        assert _flat(card.title) in seen
        assert 3 <= len(card.quotes) <= 5
        for quote in card.quotes:
            assert _flat(quote.text) in seen
            assert _flat(f"{quote.speaker}, {quote.session}") in seen
    run = export.provenance["analysis_run"]
    assert (f"analyskörning {run}" if study == "bygglov" else f"analysis run {run}") in seen
    assert "2026-03-04 05:06 UTC" in seen  # when it was exported


HEADINGS = {
    "bygglov": ["Sammanfattning", "Metod", "Insikter", "Kundresan: tema × steg", "Problem längs resan",
                "Skillnader mellan segment", "Effektkarta", "Bilaga: alla teman"],
    "blue-badge": ["Summary", "Method", "Insights", "The journey: theme × stage", "Pain along the journey",
                   "Segment differences", "Effect map", "Appendix: all themes"],
}


@pytest.mark.parametrize("study", STUDIES)
@pytest.mark.parametrize("name", WRITERS)
def test_report_headings_are_in_the_study_language(rendered, study, name):
    headings = section_headings(name, rendered[study, name])
    expected = HEADINGS[study]
    if name == "html":
        headings = headings[1:]  # the table of contents comes first
    assert headings == expected


@pytest.mark.parametrize("study, phrases", [
    ("bygglov", ["Där det gör mest ont", "Teman är kluster som datorn har gjort", "Slumpfrö", "42",
                 "hashing-256", "Ändringsloggen är tom"]),
    ("blue-badge", ["Where it hurts most", "Themes are clusters the computer made", "Seed", "hashing-256",
                    "professional (1)*", "Fewer than 3 people: read with care", "The edits ledger is empty"]),
])
def test_report_summary_method_and_segments_say_what_they_rest_on(rendered, study, phrases):
    seen = md_visible(rendered[study, "md"])
    for phrase in phrases:
        assert phrase in seen


def test_report_markdown_journey_matrix_matches_the_bundle(exports, rendered):
    export = exports["bygglov"]
    matrix = export.journey_matrix()
    table = next(t for t in md_tables(rendered["bygglov", "md"]) if t[0][0] == "Tema")
    stages = list(export.stage_names.values())[:len(export.stage_set)]
    assert table[0] == ["Tema", *stages]
    rows = {md_visible(row[0]): row[1:] for row in table[2:]}
    assert len(rows) == matrix["theme_id"].nunique()
    for cell in matrix.itertuples():
        shown = rows[cell.theme_label][cell.stage_index]
        assert re.search(rf"(^|\s){cell.statements} \(", shown), (cell.theme_label, cell.stage, shown)


def test_report_docx_has_headings_matrix_table_pictures_quotes_and_properties(exports, rendered):
    export = exports["blue-badge"]
    document = docx_document(rendered["blue-badge", "docx"])
    styles = [paragraph.style.name for paragraph in document.paragraphs]
    assert styles[0] == "Title" and styles.count("Heading 1") == len(HEADINGS["blue-badge"])
    assert styles.count("Heading 2") >= len(export.cards)
    header = ["Theme", *[stage.label_for("en") for stage in export.stage_set.stages]]
    journey = next(table for table in document.tables if [c.text for c in table.rows[0].cells] == header)
    assert len(journey.rows) == 1 + export.journey_matrix()["theme_id"].nunique()
    assert journey.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    fills = [shading.get(qn("w:fill")) for shading in journey._tbl.iter(qn("w:shd"))]
    assert fills and all(re.fullmatch(r"[0-9A-F]{6}", fill) for fill in fills)
    assert len(document.inline_shapes) >= 2  # theme sizes and pain by stage
    quotes = {_flat(p.text) for p in document.paragraphs if p.style.name == "Quote"}
    assert {_flat(quote.text) for card in export.cards for quote in card.quotes} <= quotes
    properties = document.core_properties
    assert properties.title == "Insight report: blue-badge"
    assert properties.created == properties.modified == EXPORTED


def test_report_html_is_one_self_contained_page(rendered):
    for study in STUDIES:
        page = rendered[study, "html"]
        tree = lxml.html.fromstring(page)
        assert tree.get("lang") == ("sv" if study == "bygglov" else "en")
        for forbidden in ("http://", "https://", 'src="http', "<script", "<link", "<iframe", "<img", "@import"):
            assert forbidden not in page.lower(), forbidden
        addresses = re.findall(r"""(?:href|src)\s*=\s*["']([^"']*)""", page)
        assert addresses and all(address.startswith("#") for address in addresses)
        references = re.findall(r"url\(([^)]*)\)", page)  # the charts' clip paths
        assert references and all(reference.startswith("#") for reference in references)
        assert "Content-Security-Policy" in page and "@media print" in page and 'name="viewport"' in page
        assert len(tree.findall(".//svg")) == 3  # theme sizes, pain by stage, effect map


# --------------------------------------------------------------------------- hostile text


def test_report_html_escapes_hostile_text_and_shows_it(hostile):
    _export, outputs = hostile
    page = outputs["html"]
    assert "<script" not in page.lower() and "http://" not in page
    assert "&lt;script&gt;alert(" in page
    seen = html_visible(page)
    assert HOSTILE_STATEMENT in seen and _flat(HOSTILE_LABEL) in seen


def test_report_markdown_keeps_table_rows_intact_with_a_pipe_in_a_label(hostile):
    export, outputs = hostile
    markdown = outputs["md"]
    assert "<script" not in markdown
    assert HOSTILE_STATEMENT in md_visible(markdown)
    for table in md_tables(markdown):
        assert {len(row) for row in table} == {len(table[0])}
    labelled = [row for table in md_tables(markdown) for row in table if "Forms" in row[0] or "Forms" in row[1]]
    assert len(labelled) == 3  # journey matrix, segment differences, appendix
    assert all(md_visible(cell) == _flat(HOSTILE_LABEL) for row in labelled for cell in row[:2] if "Forms" in cell)


def test_report_docx_shows_hostile_text_as_text(hostile):
    _export, outputs = hostile
    document = docx_document(outputs["docx"])
    assert HOSTILE_STATEMENT in [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert _flat(HOSTILE_LABEL) in docx_visible(outputs["docx"])


# --------------------------------------------------------------------------- errors, determinism, options


@pytest.mark.parametrize("name", WRITERS)
@pytest.mark.parametrize("change, message", [
    ({"run": None, "cards": []}, "has not been analysed yet"),
    ({"run": None, "cards": [], "sessions": None}, "has no transcripts yet"),
])
def test_report_of_a_study_without_analysis_says_so_in_one_line(exports, name, change, message):
    export = exports["bygglov"]
    if "sessions" in change:
        change = {**change, "sessions": export.sessions.iloc[0:0]}
    with pytest.raises(InsightsError, match=message) as raised:
        WRITERS[name](export.with_changes(**change))
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("name", WRITERS)
def test_report_same_export_gives_the_same_bytes(exports, rendered, name):
    assert WRITERS[name](exports["blue-badge"]) == rendered["blue-badge", name]


@pytest.mark.parametrize("chart", [pain_by_stage_chart, theme_size_chart])
def test_report_charts_are_deterministic_and_stand_alone(exports, chart):
    export = exports["bygglov"]
    svg, png = chart(export, "svg"), chart(export, "png")
    assert svg == chart(export, "svg") and png == chart(export, "png")
    assert png.startswith(b"\x89PNG")
    root = lxml.etree.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert ids and len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z]+-\d+", i) for i in ids)
    inline = inline_svg(svg)
    assert inline.startswith("<svg") and "http" not in inline and "<metadata" not in inline
    with pytest.raises(ValueError, match="format"):
        chart(export, "gif")


@pytest.mark.parametrize("svg", [
    '<svg><script>alert(1)</script></svg>',
    '<svg><rect onload="alert(1)"/></svg>',
    '<svg><use href="http://evil/x.svg#a"/></svg>',
    '<svg><image href="data:image/png;base64,AAAA"/></svg>',
    '<svg><rect style="fill: url(http://evil/p)"/></svg>',
    '<svg><style>@import "x.css";</style></svg>',
    '<svg><foreignObject><div>x</div></foreignObject></svg>',
])
def test_report_refuses_to_inline_an_svg_that_runs_or_loads(svg):
    with pytest.raises(ValueError, match="refusing"):
        inline_svg(svg)


def test_report_inlines_svg_whose_text_merely_mentions_danger():
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>press on=go, see http://x &lt;script&gt;</text></svg>'
    assert inline_svg(svg) == '<svg role="img"><text>press on=go, see http&#58;//x &lt;script&gt;</text></svg>'


@pytest.mark.parametrize("name", WRITERS)
def test_report_of_an_analysis_without_themes_still_reads(exports, name):
    export = exports["blue-badge"]
    nothing = export.with_changes(themes=export.themes.iloc[0:0], cards=[],
                                  statements=export.statements.assign(theme_id=-1, theme_label=""))
    seen = VISIBLE[name](WRITERS[name](nothing))
    assert "The analysis found no themes." in seen and "No statements are placed on the journey." in seen


def test_report_shows_purpose_and_redaction(exports):
    export = exports["bygglov"].with_changes(redacted=True)
    seen = md_visible(markdown_report(export, purpose="Fler kompletta ansökningar"))
    assert "**Syfte:** Fler kompletta ansökningar" in seen
    assert "pseudonymiserad" in seen.split("Sammanfattning")[0]  # in the provenance line under the title
    assert seen.count("Fler kompletta ansökningar") >= 2  # the summary and the effect map


@pytest.mark.parametrize("text, expected", [
    ("# not a heading", r"\# not a heading"),
    ("1. not a list", r"1\. not a list"),
    ("0.03 is a number", "0.03 is a number"),
    ("- nor this", r"\- nor this"),
    ("+ nor this", r"\+ nor this"),
    ("a | b", r"a \| b"),
    ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
    ("> not a quote", r"&gt; not a quote"),
    ("*bold* _it_ `code` [link](x) ~~s~~ $x$", r"\*bold\* \_it\_ \`code\` \[link\](x) \~\~s\~\~ \$x\$"),
    ("Tom & Jerry &amp; &#60;", r"Tom & Jerry &amp;amp; &amp;\#60;"),
    ("two\nlines\r\nhere", "two lines here"),
    (r"back\slash", r"back\\slash"),
    ("Så det var bra.", "Så det var bra."),
])
def test_report_md_text_shows_user_text_literally(text, expected):
    assert md_text(text) == expected
