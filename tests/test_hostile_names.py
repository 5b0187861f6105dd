"""Issue 7 item 3: hostile file and study names, through the CLI and the dashboard upload.

Whatever the name, nothing is written outside the store's folder, the original
name is kept only as displayed metadata (`sessions.source`, NFC), session ids
are safe, and a refused name gives one clear line naming the file and the reason.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from insights import explore
from insights.cli import app
from insights.errors import InsightsError, UnreadableFile
from insights.ingest import MAX_NAME_CHARS, check_file_name, collect_files, parse_transcript, shown_name
from insights.store import StoreLocation

runner = CliRunner()
BODY = ("Interviewer: What happened when you applied for the permit?\n"
        "Anna: I waited three months for the decision and nobody called me back.\n")
NFC_A = unicodedata.normalize("NFC", "å")
NFD_A = unicodedata.normalize("NFD", "å")
UNSHOWABLE = {"Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"}  # controls, format, private use, unassigned


def body(tag: object = "") -> bytes:
    return f"{BODY}Anna: And that was case {tag} of many, I think.\n".encode()


def tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under root with its size and modification time."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for entry in dirs + files:
            path = Path(folder, entry)
            stat = path.lstat()
            found[str(path.relative_to(root))] = (stat.st_size, stat.st_mtime_ns)
    return found


def changed_outside(before: dict, after: dict, home: str = "home") -> list[str]:
    changed = [path for path in after if before.get(path) != after[path]] + [p for p in before if p not in after]
    return [path for path in changed if path != home and not path.startswith(home + os.sep)]


def is_safe_session(session: str) -> bool:
    return (session not in ("", ".", "..") and len(session) <= MAX_NAME_CHARS
            and unicodedata.is_normalized("NFC", session) and not set(session) & set("/\\")
            and not {unicodedata.category(char) for char in session} & UNSHOWABLE)


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def table_rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --------------------------------------------------------------------------- the dashboard upload

UPLOADS = [
    # (name the browser sends, source stored or None when refused, words of the reason)
    ("../../x.txt", "x.txt", None),
    ("{tmp}/outside/x.txt", "x.txt", None),
    ("C:\\x.txt", "x.txt", None),
    ("C:\\Users\\eva\\..\\..\\..\\x.txt", "x.txt", None),
    ("\\\\server\\share\\x.txt", "x.txt", None),
    ("  padded name.txt  ", "padded name.txt", None),
    ("CON.txt", "CON.txt", None),
    ("NUL.txt", "NUL.txt", None),
    (f"intervju {NFD_A}.txt", f"intervju {NFC_A}.txt", None),
    ("a\x00b.txt", None, "U+0000"),
    ("new\nline.txt", None, "U+000A"),
    ("carriage\rreturn.txt", None, "U+000D"),
    ("tab\t.txt", None, "U+0009"),
    ("report\u202egpj.txt", None, "U+202E"),
    ("zero\u200bwidth.txt", None, "U+200B"),
    ("x" * 300 + ".txt", None, "too long (304 characters; the limit is 255)"),
    ("..", None, "no name before its suffix"),
    ("..txt", None, "no name before its suffix"),
    (".txt", None, "no name before its suffix"),
    (".", None, "unsupported file type"),
    ("CON", None, "unsupported file type"),
    ("", None, "unsupported file type"),
]


@pytest.mark.parametrize("name, source, reason", UPLOADS, ids=[ascii(case[0])[:40] for case in UPLOADS])
def test_hostile_names_upload(tmp_path, name, source, reason):
    home = tmp_path / "home"
    store = StoreLocation(home=home).store_for("s")
    (tmp_path / "outside").mkdir()
    before = tree(tmp_path)
    [result] = explore.add_uploads(store, "s", [(name.format(tmp=tmp_path), body())])
    assert changed_outside(before, tree(tmp_path)) == []
    assert integrity(home / "s.sqlite") == "ok"
    sessions = store.sessions_table("s")
    if source is None:
        assert result.status == "skipped" and reason in result.detail
        assert "\n" not in result.detail and "\r" not in result.detail
        assert sessions.empty and table_rows(home / "s.sqlite", "statements") == 0
    else:
        assert result.status == "added", result.detail
        assert sessions["source"].tolist() == [source]
        assert is_safe_session(sessions["session"].iloc[0])
        assert table_rows(home / "s.sqlite", "statements") > 0


@pytest.mark.parametrize("second, data, status, detail", [
    (NFD_A, body(), "duplicate", f"already in the study as {NFC_A}.txt"),
    (NFD_A, body("changed"), "skipped", f"a different version of {NFC_A}.txt is already in the study"),
    (NFC_A, body("changed"), "skipped", f"a different version of {NFC_A}.txt is already in the study"),
])
def test_hostile_names_nfc_and_nfd_upload_are_one_session(store, second, data, status, detail):
    first = explore.add_uploads(store, "s", [(f"{NFC_A}.txt", body())])
    [result] = explore.add_uploads(store, "s", [(f"{second}.txt", data)])
    assert first[0].status == "added"
    assert (result.status, detail in result.detail) == (status, True)
    assert store.sessions_table("s")["session"].tolist() == [NFC_A]


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(codec="utf-8"), max_size=40), suffix=st.sampled_from([".txt", ".md", ""]))
def test_hostile_names_any_upload_name_is_safe(tmp_path, name, suffix):
    """Any name at all: stored as NFC metadata with a safe session id, or refused in one line."""
    home = tmp_path / "home"
    store = StoreLocation(home=home).store_for("fuzz")
    before = tree(tmp_path)
    [result] = explore.add_uploads(store, "fuzz", [(name + suffix, body(ascii(name)))])
    assert changed_outside(before, tree(tmp_path)) == []
    assert result.status in ("added", "skipped", "duplicate")
    assert "\n" not in result.detail and "\r" not in result.detail
    if result.status == "added":
        row = store.sessions_table("fuzz").set_index("source").loc[explore.upload_name(name + suffix)]
        assert is_safe_session(row["session"])


# --------------------------------------------------------------------------- the command line

CLI_FILES = [
    # (name on disk, or a path argument; source stored or None; words of the skipped line)
    ("C:\\x.txt", None, "folder separator (\\)"),
    ("report\u202egpj.txt", None, "U+202E"),
    ("new\nline.txt", None, "U+000A"),
    (os.fsdecode(b"\xe5terbud.txt"), None, "not valid UTF-8"),
    ("CON.txt", "CON.txt", None),
    ("NUL.txt", "NUL.txt", None),
    (f"intervju {NFD_A}.txt", f"intervju {NFC_A}.txt", None),
]


@pytest.fixture
def cli_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("INSIGHTS_HOME", str(home))
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    return home


def run_ingest(*args: str):
    result = runner.invoke(app, ["ingest", *args, "--study", "s"])
    assert result.exit_code in (0, 3), (result.output, result.exception)  # 3: some file skipped
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize("name, source, reason", CLI_FILES, ids=[ascii(case[0])[:30] for case in CLI_FILES])
def test_hostile_names_cli_files(tmp_path, cli_home, name, source, reason):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(body())
    before = tree(tmp_path)
    result = run_ingest(str(folder))
    assert changed_outside(before, tree(tmp_path)) == []
    sessions = StoreLocation(home=cli_home).store_for("s").sessions_table("s")
    if source is None:
        assert result.exit_code == 3 and sessions.empty
        assert f"skipped {shown_name(name)}: " in result.output and reason in result.output
        assert name not in result.output or name.isprintable()
    else:
        assert result.exit_code == 0 and sessions["source"].tolist() == [source]
        assert is_safe_session(sessions["session"].iloc[0])
    assert integrity(cli_home / "s.sqlite") == "ok"


@pytest.mark.parametrize("argument, source, reason", [
    ("../../x.txt", "x.txt", None),
    ("{tmp}/x.txt", "x.txt", None),
    ("../../" + "x" * 300 + ".txt", None, "File name too long"),
    ("C:\\x.txt", None, "no such file or folder"),
    ("{tmp}/..txt", None, "no name before its suffix"),  # (in a folder, a hidden file: passed over)
])
def test_hostile_names_cli_paths(tmp_path, cli_home, argument, source, reason):
    (tmp_path / "x.txt").write_bytes(body())
    (tmp_path / "..txt").write_bytes(body())
    before = tree(tmp_path)
    result = run_ingest(argument.format(tmp=tmp_path))
    assert changed_outside(before, tree(tmp_path)) == []
    sources = StoreLocation(home=cli_home).store_for("s").sessions_table("s")["source"].tolist()
    assert sources == ([source] if source else [])
    if reason:
        assert result.exit_code == 3 and reason in result.output


def test_hostile_names_cli_nfc_and_nfd_files_in_one_batch(tmp_path, cli_home):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{NFC_A}.txt").write_bytes(body(1))
    (folder / f"{NFD_A}.txt").write_bytes(body(2))
    result = run_ingest(str(folder))
    assert result.exit_code == 3 and "once Unicode-normalised; rename one of them" in result.output
    assert StoreLocation(home=cli_home).store_for("s").sessions_table("s")["session"].tolist() == [NFC_A]


# --------------------------------------------------------------------------- the library's checks


@pytest.mark.parametrize("name, expected", [
    ("intervju 1.docx", "intervju 1.docx"),
    (f"{NFD_A}.txt", f"{NFC_A}.txt"),
    ("CON.txt", "CON.txt"),
    ("a\u202eb.txt", UnreadableFile),
    ("a/b.txt", UnreadableFile),
    ("x" * 256, UnreadableFile),
    ("x" * 251 + ".txt", "x" * 251 + ".txt"),
])
def test_hostile_names_check_file_name(name, expected):
    if expected is UnreadableFile:
        with pytest.raises(UnreadableFile) as error:
            check_file_name(name)
        assert str(error.value).isprintable() and len(str(error.value)) < 200
    else:
        assert check_file_name(name) == expected


def test_hostile_names_parse_transcript_stores_the_nfc_name():
    transcript = parse_transcript(body(), name=f"fokusgrupp {NFD_A}.txt")
    assert transcript.source == f"fokusgrupp {NFC_A}.txt" and transcript.session == f"fokusgrupp {NFC_A}"


def test_hostile_names_collect_files_sets_hostile_names_aside(tmp_path):
    for name in ("ok.txt", "bad\nname.txt", "bad\u202ename.txt"):
        (tmp_path / name).write_bytes(body())
    batch = collect_files([tmp_path])
    assert [p.name for p in batch.transcripts] == ["ok.txt"]
    assert sorted(error.name for error in batch.skipped) == ["bad\\nname.txt", "bad\\u202ename.txt"]


# --------------------------------------------------------------------------- study names through the CLI

@pytest.mark.parametrize("study, accepted", [
    ("Bygglov 2026", True),
    (f"bl{NFC_A}-studie", True),
    ("intervjuer_v2.1", True),
    ("../evil", False),
    ("/tmp/evil", False),
    ("a/b", False),
    ("C:\\evil", False),
    ("..", False),
    (".", False),
    (".hidden", False),
    ("", False),
    ("trailing.", False),
    ("x\x00y", False),
    ("a\u202eb", False),
    ("x" * 101, False),
    ("x\n", False),
    ("CON", False),
    ("nul", False),
    ("LPT1", False),
])
def test_hostile_names_study_names_cli(tmp_path, cli_home, study, accepted):
    (tmp_path / "x.txt").write_bytes(body())
    before = tree(tmp_path)
    result = runner.invoke(app, ["ingest", str(tmp_path / "x.txt"), "--study", study])
    assert changed_outside(before, tree(tmp_path)) == []
    files = sorted(p.name for p in cli_home.iterdir()) if cli_home.exists() else []
    if accepted:
        assert result.exit_code == 0, result.output
        assert f"{study}.sqlite" in files
    else:
        assert isinstance(result.exception, InsightsError), (result.exit_code, files)
        message = str(result.exception)
        assert "is not allowed" in message and "\n" not in message
        assert [f for f in files if f.endswith(".sqlite")] == []


def test_hostile_names_study_name_nfd_is_the_nfc_study(tmp_path, cli_home):
    (tmp_path / "x.txt").write_bytes(body())
    result = runner.invoke(app, ["ingest", str(tmp_path / "x.txt"), "--study", f"bl{NFD_A}"])
    assert result.exit_code == 0 and (cli_home / f"bl{NFC_A}.sqlite").exists()
