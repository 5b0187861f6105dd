"""Injection everywhere text is shown (issue 7, item 11): no active content, no remote reference.

One study whose transcript carries, in quotes, speaker names, the file name and a renamed theme label:
`<script>`, `onerror=`, `javascript:` links, remote images (Markdown and HTML), iframes, CSS imports,
SVG handlers and spreadsheet formulas. Every export format and every dashboard page is checked:

- documents (html; md and effectmap rendered by a CommonMark renderer that passes raw HTML through;
  docx): no script/iframe/object element, no on* attribute, no link or image that leaves the file;
- data (csv, xlsx, json, qdpx): no cell that is a formula or a hyperlink, no markup in the raw JSON
  bytes, no external part in the zip; the hostile text itself is kept verbatim, as data;
- the dashboard: every string an element renders as Markdown, rendered the same way, holds none of
  the above.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest
from conftest import ROOT
from lxml import etree
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from insights.analysis import AnalysisSettings, analyse, record_edit
from insights.export.formats import FORMATS, export_bytes
from insights.ingest.archive import safe_parser
from insights.store import StoreLocation
from insights.study import add_transcript

STUDY = "hostile"
EVIL = "evil.example"
SPEAKERS = ["<img src=x onerror=alert(1)>", "=SUM(1+1)*cmd|calc"]
QUOTES = [
    "<script>alert('q')</script> the badge form crashed when I sent it.",
    f"It showed <img src=http://{EVIL}/q.png onerror=alert(1)> instead of my parking permit.",
    "The council sent [a link](javascript:alert(1)) to renew the blue badge online.",
    f"All I saw was ![x](http://{EVIL}/x.png) on the badge renewal page.",
    '<a href="javascript:alert(1)">click here</a> said the parking letter from the council.',
    f'=HYPERLINK("http://{EVIL}/h","badge") is what the form printed in my parking form.',
    "+cmd|' /C calc'!A0 appeared in the renewal letter about my badge.",
    "@SUM(1+1) and -2+3 came up in the badge renewal spreadsheet.",
    f"<iframe src=//{EVIL}/f></iframe> the waiting for the badge took weeks.",
    f"<style>@import url(http://{EVIL}/a.css)</style> the parking bay was always taken.",
    f"See <http://{EVIL}/page> and [ref][1] for the badge rules, the council said.\n[1]: http://{EVIL}/ref",
    "<svg onload=alert(1)><a xlink:href=javascript:alert(1)>x</a></svg> the blue badge form again.",
]
FILE_NAME = "=HYPERLINK(evil) <img src=x onerror=alert(1)> javascript:alert(1).txt"
LABELS = [f"<script>alert('t')</script> ![t](http://{EVIL}/t.png) =HYPERLINK(\"http://{EVIL}\")",
          f"[theme](javascript:alert(1)) <img src=http://{EVIL}/l.png onerror=alert(1)>"]


def transcript(moderator: str, topic: str) -> bytes:
    lines = [f"{moderator}: Tell me about renewing your {topic}."]
    for i, quote in enumerate(QUOTES):
        lines.append(f"[00:{i:02d}:00] {SPEAKERS[i % 2]}: {quote.replace('badge', topic)}")
        lines.append(f"[00:{i:02d}:30] {moderator}: And then what happened?")
    return "\n".join(lines).encode()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return build_hostile(tmp_path_factory.mktemp("hostile-home"))


def build_hostile(home) -> StoreLocation:
    """A study of two hostile transcripts, analysed without a model, two themes renamed to hostile labels."""
    location = StoreLocation(home=home)
    store = location.store_for(STUDY)
    add_transcript(store, STUDY, transcript("Interviewer", "badge"), FILE_NAME)
    add_transcript(store, STUDY, transcript("Moderator", "permit"), "second.txt")
    analyse(store, STUDY, AnalysisSettings(embedder="hashing", stages="blue-badge"))
    themes = store.themes_table(STUDY)
    for label, theme_id in zip(LABELS, sorted(themes[themes["theme_id"] >= 0]["theme_id"])):
        record_edit(store, STUDY, "rename", theme=int(theme_id), label=label)
    return location


@pytest.fixture(scope="module")
def store(hostile):
    return hostile.store_for(STUDY)


def test_injection_study_carries_every_hostile_text(store):
    """The checks below mean something only if the hostile text reached the store intact."""
    statements = store.statements_table(STUDY)
    assert set(SPEAKERS) <= set(statements["speaker"])
    assert FILE_NAME in set(statements["source"])
    joined = "\n".join(statements["text"])
    for quote in QUOTES:
        for part in re.split(r"\s(?=the |to |on |was |is |appeared |came |said |for |instead )", quote)[:1]:
            assert part.replace("badge", "permit") in joined or part in joined, part
    assert set(LABELS) <= set(store.themes_table(STUDY)["label"])


# --------------------------------------------------------------------------- what counts as active


ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "applet", "link", "base", "form", "meta", "img",
               "image", "audio", "video", "source", "foreignobject", "animate", "set"}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "background", "poster", "data", "lowsrc",
                  "{http://www.w3.org/1999/xlink}href", "xlink:href", "style"}
REMOTE = re.compile(r"(?i)(?:https?:|ftp:|javascript:|vbscript:|data:text|file:|^\s*//|url\(\s*['\"]?(?!#)|@import)")


def active_content(html: str) -> list[str]:
    """Elements, attributes and styles in an HTML page that could run code or load anything."""
    if not html.strip():
        return []
    root = lxml_html.document_fromstring(html)
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.rsplit("}", 1)[-1].lower()
        harmless_meta = tag == "meta" and (element.get("http-equiv") or "").lower() in ("", "content-security-policy")
        if tag in ACTIVE_TAGS and not harmless_meta:
            found.append(f"<{tag}>")
        if tag == "a" and not (element.get("href") or "").startswith("#"):  # a link within the page is fine
            found.append(f"<a href={element.get('href')!r}>")
        if tag == "style" and REMOTE.search(element.text or ""):
            found.append(f"<style> that loads: {element.text[:80]!r}")
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                found.append(f"{tag} {name}=")
            if name.lower() in URL_ATTRIBUTES and REMOTE.search(value):
                found.append(f"{tag} {name}={value[:80]!r}")
    return found


def rendered_markdown(text: str) -> str:
    """Markdown as a lax renderer shows it: CommonMark with raw HTML passed through, plus tables."""
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


def zip_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def external_parts(parts: dict[str, bytes]) -> list[str]:
    found = [name for name in parts if name.startswith(("/", "\\")) or ".." in name.split("/")
             or re.search(r"(?i)externalLink|vbaProject|activeX|oleObject|embeddings/|altChunk|\.bin$", name)]
    for name, data in parts.items():
        if name.endswith(".rels") and b'TargetMode="External"' in data:
            found.append(f"{name}: external relationship")
    return found


# --------------------------------------------------------------------------- exports


def check_html(data: bytes) -> list[str]:
    page = data.decode("utf-8")
    return active_content(page) + [f"raw {word!r}" for word in ("<script", "<img", "<iframe") if word in page.lower()]


def check_markdown(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    found = active_content(rendered_markdown(text))
    # GitHub also links bare addresses (its autolink extension): none may be left to link
    found += [f"bare address {m[0]!r}" for m in re.finditer(r"(?i)(?:https?|ftp)://\S+|\bwww\.[\w-]+\.\S+", text)]
    return found


FIELD_CODES = re.compile(rb"(?i)<w:instrText[^>]*>[^<]*\b(?:HYPERLINK|INCLUDEPICTURE|INCLUDETEXT|DDE|DDEAUTO|IMPORT|LINK)\b"
                         rb"|w:instr=\"[^\"]*\b(?:HYPERLINK|INCLUDEPICTURE|INCLUDETEXT|DDE|DDEAUTO|IMPORT|LINK)\b")


def check_docx(data: bytes) -> list[str]:
    parts = zip_parts(data)
    found = external_parts(parts)
    for name, part in parts.items():
        if name.endswith(".xml"):
            found += [f"{name}: {tag.decode()}" for tag in (b"<w:hyperlink", b"r:link=", b"<w:object", b"<o:OLEObject")
                      if tag in part]
            found += [f"{name}: field {m[0][-40:]!r}" for m in FIELD_CODES.finditer(part)]
    assert b"&lt;script&gt;" in parts["word/document.xml"]  # hostile text is shown, as text
    return found


FORMULA = ("=", "+", "-", "@", "\t", "\r")


def is_formula(value) -> bool:
    if not isinstance(value, str) or not value.startswith(FORMULA):
        return False
    try:
        float(value)
        return False  # "-0.25" is a number, not a formula
    except ValueError:
        return True


def check_xlsx(data: bytes) -> list[str]:
    from openpyxl import load_workbook

    parts = zip_parts(data)
    found = external_parts(parts)
    found += [f"{name}: <f>" for name, part in parts.items() if name.startswith("xl/worksheets/") and b"<f>" in part]
    found += [f"{name}: <hyperlink" for name, part in parts.items() if b"<hyperlink" in part]
    workbook = load_workbook(io.BytesIO(data))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" or is_formula(cell.value):
                    found.append(f"{sheet.title}!{cell.coordinate}: formula {cell.value!r}")
                if cell.hyperlink is not None:
                    found.append(f"{sheet.title}!{cell.coordinate}: hyperlink")
    return found


def check_csv(data: bytes) -> list[str]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) > 20
    return [f"row {n}: formula {cell!r}" for n, row in enumerate(rows) for cell in row if is_formula(cell)]


def check_json(data: bytes) -> list[str]:
    json.loads(data)
    return [f"raw {word!r} in the bytes" for word in (b"<script", b"<img", b"<iframe", b"<svg", b"<a ")
            if word in data.lower()]


def check_qdpx(data: bytes) -> list[str]:
    parts = zip_parts(data)
    found = external_parts(parts)
    found += [f"member {name!r}" for name in parts if not (name == "project.qde" or re.fullmatch(
        r"sources/[\w\-]+\.txt", name))]
    project = parts["project.qde"]
    assert b"<!DOCTYPE" not in project and b"<!ENTITY" not in project
    root = etree.fromstring(project, safe_parser())
    for element in root.iter():
        for name, value in element.attrib.items():
            if name.lower().endswith("path") and not value.startswith("internal://"):
                found.append(f"{etree.QName(element).localname} {name}={value!r}")
    return found


CHECKS = {"html": check_html, "md": check_markdown, "effectmap": check_markdown, "docx": check_docx,
          "xlsx": check_xlsx, "csv": check_csv, "json": check_json, "qdpx": check_qdpx}


def test_injection_every_format_is_checked():
    assert set(CHECKS) == set(FORMATS)


@pytest.mark.parametrize("redact", [False, True], ids=["plain", "redacted"])
@pytest.mark.parametrize("format_name", sorted(CHECKS))
def test_injection_export_has_no_active_content(store, format_name, redact):
    data = export_bytes(store, STUDY, format_name, redact=redact)
    assert CHECKS[format_name](data) == []


def test_injection_data_exports_keep_the_text_verbatim(store):
    """Data formats neutralise markup and formulas without changing what a reader of the data gets back."""
    document = json.loads(export_bytes(store, STUDY, "json"))
    assert set(LABELS) <= {theme["label"] for theme in document["themes"]}
    assert QUOTES[0] in json.dumps(document, ensure_ascii=False)
    project = etree.fromstring(zip_parts(export_bytes(store, STUDY, "qdpx"))["project.qde"], safe_parser())
    assert set(LABELS) <= {element.get("name") for element in project.iter()}
    rows = list(csv.DictReader(io.StringIO(export_bytes(store, STUDY, "csv").decode("utf-8-sig"))))
    assert "'" + SPEAKERS[1] in {row["speaker"] for row in rows}  # shown as text, apostrophe first


# --------------------------------------------------------------------------- the dashboard

PAGES = sorted(path.stem for path in (ROOT / "app_pages").glob("*.py") if path.stem != "common")
# Elements and fields Streamlit renders as Markdown (widget labels and help too, radio options as well).
MARKDOWN_FIELDS = {"body", "label", "help", "caption", "placeholder", "options", "title", "text"}
# Elements that show their text as plain text (st.text, code, selectbox options, inputs): never Markdown.
PLAIN_TEXT_ELEMENTS = {"Text", "Code", "Json", "Selectbox", "Multiselect", "TextInput", "TextArea"}


def _strings(message, path=()):
    """Every (field path, string) in a protobuf message, nested messages and repeated fields included."""
    for field, value in message.ListFields():
        if isinstance(value, (bytes, int, float)):
            continue
        values = [value] if isinstance(value, str) or hasattr(value, "ListFields") else value
        for item in values:
            if isinstance(item, str):
                yield (*path, field.name), item
            elif hasattr(item, "ListFields"):
                yield from _strings(item, (*path, field.name))


def _json_strings(text: str):
    try:
        stack = [json.loads(text)]
    except ValueError:
        yield text
        return
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _nodes(node):
    yield node
    for child in getattr(node, "children", {}).values() if isinstance(getattr(node, "children", None), dict) else []:
        yield from _nodes(child)


def dashboard_findings(app) -> list[str]:
    found = []
    for node in _nodes(app._tree):
        proto = getattr(node, "proto", None)
        if proto is None or not hasattr(proto, "ListFields"):
            continue
        kind = type(node).__name__
        for path, text in _strings(proto):
            if path[-1] in ("spec", "figure", "json"):  # a chart: Plotly reads a little HTML in its labels
                found += [f"{kind}.{'.'.join(path)}: {what}" for label in _json_strings(text)
                          for what in active_content(f"<div>{label}</div>")]
                continue
            if path[-1] not in MARKDOWN_FIELDS or kind in PLAIN_TEXT_ELEMENTS:
                continue
            found += [f"{kind}.{'.'.join(path)}: {what}" for what in active_content(rendered_markdown(text))]
    return found


@pytest.fixture
def home(hostile, monkeypatch):
    monkeypatch.setenv("INSIGHTS_HOME", str(hostile.home))
    monkeypatch.delenv("INSIGHTS_DB", raising=False)
    return hostile


# Every page as it opens, and the search page with results and a statement's context open.
PAGE_CASES = [(page, {}) for page in PAGES] + [("search", {"search_query": "alert"}),
                                              ("search", {"search_query": "evil.example"})]


@pytest.mark.parametrize(("page", "state"), PAGE_CASES, ids=[f"{p}-{'-'.join(s.values())}" for p, s in PAGE_CASES])
def test_injection_dashboard_page_shows_no_active_content(home, page, state):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    app.session_state["study"] = STUDY
    for key, value in state.items():
        app.session_state[key] = value
    app.run()
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    strings = [text for node in _nodes(app._tree) if hasattr(getattr(node, "proto", None), "ListFields")
               for _, text in _strings(node.proto)]
    assert strings, "the page showed nothing"
    # Pages that show hostile quotes or labels as Markdown or chart text must show them (the check below then
    # has work to do); studies and participants show them in tables, which Streamlit renders as data, not Markdown.
    if state or page in ("overview", "themes", "journey"):
        assert any("alert(" in text or EVIL in text or "<script" in text for text in strings), page
    assert dashboard_findings(app) == []
