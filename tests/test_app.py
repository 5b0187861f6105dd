"""The dashboard through Streamlit's AppTest: every page on both sample studies, edits, uploads, literal text."""

from __future__ import annotations

import re
import shutil
import string

import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from conftest import ROOT, SAMPLE_STUDIES
from insights import explore, i18n
from insights.analysis import AnalysisSettings, analyse
from insights.insights import people, theme_overview
from insights.store import StoreLocation
from insights.study import add_transcript, ingest_paths

APP = ROOT / "app.py"
STUDIES = ["bygglov", "blue-badge"]
PAGES = ["studies", "overview", "themes", "journey", "participants", "search", "export"]
HOSTILE = "The form said <script>alert('x')</script> and **bold** and :red[loud] to me."
HOSTILE_TRANSCRIPT = "\n".join([
    "Interviewer: What did the form say when it went wrong?",
    f"Robin: {HOSTILE}",
    "Interviewer: And then what happened?",
    "Robin: Then I phoned the council about the badge form again and waited a week.",
]).encode()


@pytest.fixture(scope="module")
def location(tmp_path_factory):
    """Both sample studies, analysed without a model; blue-badge also holds a hostile statement."""
    location = StoreLocation(home=tmp_path_factory.mktemp("app-home"))
    for study in STUDIES:
        store = location.store_for(study)
        ingest_paths(store, study, [SAMPLE_STUDIES / study / "transcripts"])
        if study == "blue-badge":
            add_transcript(store, study, HOSTILE_TRANSCRIPT, "odd-input.txt")
        analyse(store, study, AnalysisSettings(embedder="hashing", stages=study))
    return location


@pytest.fixture
def home(location, monkeypatch):
    monkeypatch.setenv("INSIGHTS_HOME", str(location.home))
    monkeypatch.delenv("INSIGHTS_DB", raising=False)
    return location


def open_page(study: str | None, page: str) -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=60)
    if study:
        app.session_state["study"] = study
    app.run()
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def table(app: AppTest, *columns: str):
    """The one table on the page with these columns (tables without selection have no key in AppTest)."""
    found = [frame.value for frame in app.dataframe if set(columns) <= set(frame.value.columns)]
    assert len(found) == 1, f"{len(found)} tables with columns {columns}"
    return found[0]


# --------------------------------------------------------------------------- every page renders


@pytest.mark.parametrize("study", STUDIES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(home, study, page):
    app = open_page(study, page)
    assert not app.error, [e.value for e in app.error]
    assert len(app.header) == 1
    language = "sv" if study == "bygglov" else "en"
    assert app.radio(key="lang").value == language  # the interface follows the study's language


def test_without_studies_every_page_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("INSIGHTS_HOME", str(tmp_path / "empty"))
    for page in PAGES:
        app = open_page(None, page)
        assert app.info and ("Studies & upload" in app.info[0].value or "Studier" in app.info[0].value)


# --------------------------------------------------------------------------- numbers match the store


@pytest.mark.parametrize("study", STUDIES)
def test_overview_counts_are_the_stores(home, study):
    store = home.existing_store(study)
    statements = store.statements_table(study)
    themes = store.themes_table(study)
    metrics = {m.label: m.value for m in open_page(study, "overview").metric}
    language = "sv" if study == "bygglov" else "en"
    expected = {"sessions": len(store.sessions_table(study)), "speakers": people(statements).nunique(),
                "statements": len(statements), "themes": int((themes["origin"] != "group").sum())}
    assert metrics == {i18n.t(f"count.{name}", language): str(value) for name, value in expected.items()}


@pytest.mark.parametrize("study", STUDIES)
def test_theme_list_is_the_stores(home, study):
    store = home.existing_store(study)
    expected = theme_overview(store.statements_table(study), store.themes_table(study))
    shown = open_page(study, "themes").dataframe(key="theme_table").value
    merged = shown.merge(expected, on="theme_id", suffixes=("", "_store"))
    assert len(merged) == len(expected[expected["size"] > 0])
    for column in ("size", "speakers", "sessions", "pain_share"):
        assert (merged[column] == merged[f"{column}_store"]).all(), column


def test_theme_filters_narrow_the_quotes(home):
    app = open_page("blue-badge", "themes")
    everything = len(table(app, "statement_id", "stage"))
    app.multiselect(key="filter_kind").set_value(["pain"]).run()
    quotes = table(app, "statement_id", "stage")
    assert 0 < len(quotes) < everything
    assert set(quotes["kind"]) == {"pain"}


def test_journey_cell_quotes(home):
    study = "blue-badge"
    store = home.existing_store(study)
    statements = store.statements_table(study)
    app = open_page(study, "journey")
    theme, stage = app.selectbox(key="journey_theme").value, app.selectbox(key="journey_stage").value
    quotes = table(app, "statement_id", "kind")
    cell = statements[(statements["theme_id"] == theme) & (statements["journey_stage"] == stage)]
    assert sorted(quotes["statement_id"]) == sorted(cell["statement_id"])
    assert (cell["kind"] == "pain").any()  # the page opens on the cell that hurts most
    assert len(app.get("plotly_chart")) == 2


def test_participants_warns_about_small_groups(home):
    app = open_page("blue-badge", "participants")
    assert any("professional (1)" in w.value.replace("\\", "") for w in app.warning)  # shown Markdown-escaped
    grid = table(app, "segment", "small_group").set_index("segment")
    assert grid["people"].to_dict() == {"badge holder": 5, "carer": 3, "professional": 1, "(not given)": 1}


# --------------------------------------------------------------------------- text from transcripts is text


def test_hostile_statement_shows_literally(home):
    app = open_page("blue-badge", "search")
    app.text_input(key="search_query").input("<script>").run()
    assert table(app, "score", "text")["text"].tolist() == [HOSTILE]
    assert f"Robin: {HOSTILE}" in [e.value for e in app.text]  # st.text: no Markdown, no HTML
    for page in PAGES:
        app = open_page("blue-badge", page)
        assert not any(m.proto.allow_html for m in [*app.markdown, *app.caption])
        for element in [*app.markdown, *app.caption]:
            assert "<script>" not in element.value and "**bold**" not in element.value
        for chart in app.get("plotly_chart"):
            assert "<script>" not in chart.proto.spec and "\\u003cscript" not in chart.proto.spec


def test_semantic_search_uses_the_studys_embedder(home):
    app = open_page("blue-badge", "search")
    app.radio(key="search_mode").set_value("semantic")
    app.text_input(key="search_query").input("phoned the council about the badge form").run()
    assert not app.exception and not app.error
    results = table(app, "score", "text")
    assert results["text"].iloc[0].startswith("Then I phoned the council")
    assert "The moderator's question" in [c.value for c in app.caption]


@pytest.mark.parametrize("format_name, start", [("html", b"<!DOCTYPE html>"), ("xlsx", b"PK"), ("qdpx", b"PK"),
                                                 ("csv", b"\xef\xbb\xbfstatement_id")])
def test_export_makes_the_chosen_file_on_request(home, format_name, start):
    app = open_page("bygglov", "export")
    assert not app.get("download_button")  # nothing is made until asked
    app.radio(key="export_format").set_value(format_name)
    _submit(app, "export")
    assert not app.exception and not app.error, [e.value for e in app.error]
    [download] = app.get("download_button")
    assert f"bygglov.{'report.html' if format_name == 'html' else 'statements.csv' if format_name == 'csv' else format_name}" \
        in download.proto.label
    request, data = app.session_state["export_file"]
    assert data.startswith(start)


def test_export_redacts_when_asked(home):
    app = open_page("bygglov", "export")
    app.radio(key="export_format").set_value("md")
    app.toggle(key="export_redact").set_value(True)
    _submit(app, "export")
    assert not app.exception and not app.error
    _, data = app.session_state["export_file"]
    speakers = set(home.store_for("bygglov").statements_table("bygglov")["speaker"])
    text = data.decode()
    assert "Anders" in speakers and "— P1," in text
    assert not [name for name in speakers if name in text]


# --------------------------------------------------------------------------- edits, uploads, analysis


@pytest.fixture
def edit_home(location, tmp_path, monkeypatch):
    """A copy of the blue-badge store to edit."""
    (tmp_path / "edit").mkdir()
    shutil.copy(location.home / "blue-badge.sqlite", tmp_path / "edit" / "blue-badge.sqlite")
    monkeypatch.setenv("INSIGHTS_HOME", str(tmp_path / "edit"))
    return StoreLocation(home=tmp_path / "edit")


def test_rename_in_the_themes_page_is_stored_and_undone(edit_home):
    store = edit_home.existing_store("blue-badge")
    app = open_page("blue-badge", "themes")
    theme = app.selectbox(key="theme_pick").value
    members = set(store.statements_table("blue-badge").query("theme_id == @theme")["statement_id"])
    app.text_input(key="rename_label").input("Parking near the door").run()
    app.button(key="rename_button").click().run()
    assert not app.exception and not app.error
    edits = store.edits_table("blue-badge")
    assert edits["action"].tolist() == ["rename"]
    assert edits["payload"][0] == {"members": sorted(members), "label": "Parking near the door"}
    assert "Parking near the door" in set(store.themes_table("blue-badge")["label"])
    assert any("Rename" in s.value for s in app.success)
    assert "Parking near the door" in app.dataframe(key="theme_table").value["label"].tolist()

    app.button(key="undo_button").click().run()
    assert not app.exception and not app.error
    assert store.edits_table("blue-badge", include_undone=True)["undone"].tolist() == [1]
    assert "Parking near the door" not in set(store.themes_table("blue-badge")["label"])


def test_upload_and_analyse_in_the_studies_page(tmp_path, monkeypatch):
    monkeypatch.setenv("INSIGHTS_HOME", str(tmp_path / "uploads"))
    app = open_page(None, "studies")
    app.text_input(key="new_study").input("../bad/name")  # form widgets go with the submit
    _submit(app, "create_study")
    assert app.error and "not allowed" in app.error[0].value

    app.text_input(key="new_study").input("trial")
    _submit(app, "create_study")
    assert app.selectbox(key="study").value == "trial"

    folder = SAMPLE_STUDIES / "blue-badge" / "transcripts"
    app.file_uploader(key="uploads").set_value([
        ("interview-1.txt", (folder / "interview-1.txt").read_bytes(), "text/plain"),
        ("notes.pdf", b"%PDF-1.4 not a transcript", "application/pdf"),
        ("interview-3.srt", (folder / "interview-3.srt").read_bytes(), "application/x-subrip"),
    ])
    _submit(app, "upload")
    assert not app.exception
    report = table(app, "name", "status").set_index("name")
    assert report.loc["notes.pdf", "status"] == "skipped"
    assert "unsupported file type .pdf" in report.loc["notes.pdf", "detail"]
    assert report.loc[["interview-1.txt", "interview-3.srt"], "status"].tolist() == ["added", "added"]
    assert sorted(p.name for p in (tmp_path / "uploads").iterdir()) == ["trial.sqlite"]

    app.selectbox(key="analysis_embedder:trial").set_value("hashing")  # settings widgets are per study
    _submit(app, "analyse")
    assert not app.exception and not app.error, [e.value for e in app.error]
    store = StoreLocation(home=tmp_path / "uploads").existing_store("trial")
    run = store.latest_run("trial")
    assert run["settings"]["embedder"] == "hashing" and run["summary"]["statements"] > 100
    assert any(f"(run {run['id']})" in s.value for s in app.success)


def _submit(app: AppTest, form: str) -> None:
    buttons = [b for b in app.get("button") if getattr(b, "form_id", "") == form]
    assert buttons, f"no submit button in form {form}"
    buttons[0].click().run()


# --------------------------------------------------------------------------- languages and the command


def test_language_switch(home):
    app = open_page("bygglov", "overview")
    assert app.header[0].value == "Översikt: bygglov"
    app.radio(key="lang").set_value("en").run()
    assert app.header[0].value == "Overview: bygglov"
    assert [m.label for m in app.metric] == ["Sessions", "Speakers", "Statements", "Themes"]


@pytest.mark.parametrize("key", sorted(i18n.STRINGS))
def test_every_string_in_both_languages(key):
    texts = i18n.STRINGS[key]
    assert set(texts) == set(i18n.LANGUAGES) and all(texts.values())
    fields = [{f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f} for lang in i18n.LANGUAGES]
    if "%{" not in texts["en"]:  # Plotly templates are not str.format templates
        assert fields[0] == fields[1]


def test_every_key_the_pages_use_exists():
    used = set()
    for path in [APP, *(ROOT / "app_pages").glob("*.py")]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_]+)["']""", path.read_text()))
    assert used and used <= set(i18n.STRINGS), used - set(i18n.STRINGS)
    for prefix, names in {"kind": explore.KINDS, "count": ["sessions", "speakers", "statements", "themes"],
                          "status": ["added", "replaced", "duplicate", "skipped", "participants"],
                          "edit": ["rename", "merge", "split", "move", "stage", "kind", "undo"],
                          "page": PAGES, "search": ["keyword", "semantic"]}.items():
        assert {f"{prefix}.{name}" for name in names} <= set(i18n.STRINGS)


def test_dashboard_command_runs_streamlit_headless(monkeypatch):
    import subprocess

    from insights.cli import app

    calls = []
    monkeypatch.setattr(subprocess, "call", lambda command, env=None: calls.append((command, env)) or 0)
    result = CliRunner().invoke(app, ["dashboard", "--port", "8765"])
    assert result.exit_code == 0, result.output
    assert "http://localhost:8765" in result.output
    command, _env = calls[0]
    assert command[1:4] == ["-m", "streamlit", "run"] and command[4] == str(APP)
    assert command[command.index("--server.headless") + 1] == "true"
    assert command[command.index("--server.port") + 1] == "8765"
