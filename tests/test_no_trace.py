"""Planted personal data leaves no trace: after `ingest --redact`, and after `delete_study`.

Places checked: the SQLite file and its WAL (raw bytes), the embedding cache,
every export format, the temporary files the process made, its logs (every
logger at DEBUG, SQL parameters included) and its console output; after a
delete: the files, or for a shared database the whole file + WAL after VACUUM;
and the dashboard's caches (two sessions on two studies, a study deleted and
made again under the same name).
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from insights.analysis import AnalysisSettings, analyse
from insights.delete import delete_study, study_file_set
from insights.embed import text_hash
from insights.export.formats import FORMATS
from insights.language import content_lemmas
from insights.redact import luhn_check_digit
from insights.schema import embeddings
from insights.store import StoreLocation, copy_sqlite
from insights.study import ingest_paths
from tests.conftest import ROOT

PERSONNUMMER = f"19640823-135{luhn_check_digit('640823135')}"
EMAIL = "ingrid.bergqvist@example.se"
PHONE = "073-555 18 42"
NAME = "Gösta Lindahl"
SPEAKER = "Ingrid Bergqvist"
PLANTED = [PERSONNUMMER, PERSONNUMMER.replace("-", ""), EMAIL, PHONE, "Gösta", "Lindahl", "Ingrid", "Bergqvist"]
# The same identifiers as JSON writes them when it escapes non-ASCII ("G\u00f6sta").
ESCAPED = [json.dumps(item)[1:-1] for item in PLANTED if json.dumps(item)[1:-1] != item]

PLANTED_TRANSCRIPT = f"""Moderator: Välkomna! Berätta om ert bygglov.
{SPEAKER}: Jag sökte bygglov för ett garage och fick vänta i fyra månader på beslutet.
{SPEAKER}: Handläggaren {NAME} bad om mitt personnummer {PERSONNUMMER} i telefon.
Moderator: Hur fick ni beskedet?
{SPEAKER}: De mejlade till {EMAIL} och ringde {PHONE} samma dag.
{SPEAKER}: Avgiften var 12 000 kronor och ingen förklarade varför den var så hög.
Moderator: Tack för att ni kom.
"""
CONTROL_TRANSCRIPT = """Moderator: Välkomna! Berätta om ert bygglov.
Deltagare 1: Ritningarna kom tillbaka två gånger innan någon läste dem ordentligt.
Deltagare 1: Jag förstod aldrig vilka papper som saknades i ansökan om bygglov.
Moderator: Tack för att ni kom.
"""


def traces(data: bytes | str) -> list[str]:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return [item for item in PLANTED + ESCAPED if item in text]


def readable(data: bytes) -> str:
    """The text of an export: zip members (docx, xlsx, qdpx) unpacked, else the bytes as UTF-8."""
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    return data.decode("utf-8", "replace")


def raw_study_bytes(path: Path) -> bytes:
    """The study file and its WAL/SHM as they lie on disk (no checkpoint first: the WAL is read as it is)."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(f"{path.name}*")) if p.is_file())


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- ingest --redact, end to end

CHILD = textwrap.dedent("""
    import logging, sys
    logging.basicConfig(filename=sys.argv[1], level=logging.DEBUG, force=True)
    logging.getLogger("sqlalchemy").setLevel(logging.DEBUG)  # SQL and its parameters
    from typer.testing import CliRunner
    from insights.cli import app
    files, out, formats = sys.argv[2], sys.argv[3], sys.argv[4].split(",")
    runner = CliRunner()
    steps = [["ingest", files, "-s", "private", "--redact"],
             ["analyse", "-s", "private", "--embedder", "hashing", "--stages", "bygglov"],
             ["statements", "-s", "private", "--format", "csv"]]
    steps += [["export", "-s", "private", "-f", name, "-o", out] for name in formats]
    for step in steps:
        result = runner.invoke(app, step)
        print(result.output)
        if result.exit_code != 0:
            print("FAILED", step, result.exit_code, repr(result.exception), file=sys.stderr)
            sys.exit(1)
""")


# A child process runs the whole CLI (about a minute): slow.
pytestmark_redacted = pytest.mark.slow


@pytest.fixture(scope="module")
def redacted_run(tmp_path_factory):
    """`ingest --redact`, `analyse`, `statements` and every export, in a child process with its own TMPDIR."""
    base = tmp_path_factory.mktemp("redacted")
    files = write(base / "files", "intervju-7.txt", PLANTED_TRANSCRIPT)
    home, out, tmp, log = base / "home", base / "out", base / "tmp", base / "run.log"
    out.mkdir()
    tmp.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(base), "INSIGHTS_HOME": str(home), "TMPDIR": str(tmp),
           "HF_HUB_OFFLINE": "1", "PYTHONPATH": os.pathsep.join([os.environ["PYTHONPATH"], str(ROOT)])}
    done = subprocess.run([sys.executable, "-c", CHILD, str(log), str(files), str(out), ",".join(FORMATS)],
                          check=False, env=env, cwd=base, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return {"home": home, "out": out, "tmp": tmp, "log": log, "stdout": done.stdout, "stderr": done.stderr}


@pytestmark_redacted
def test_no_trace_redacted_study_file_and_wal(redacted_run):
    path = redacted_run["home"] / "private.sqlite"
    stored = raw_study_bytes(path)
    assert b"[PERSONNUMMER]" in stored and b"[EMAIL]" in stored and b"[PHONE]" in stored  # not vacuous
    assert traces(stored) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert traces(raw_study_bytes(path)) == []


@pytestmark_redacted
def test_no_trace_in_the_embedding_cache(redacted_run):
    """No vector is keyed by a text that held planted data: not a sentence, not a lemma of a name."""
    with sqlite3.connect(redacted_run["home"] / "private.sqlite") as connection:
        hashes = {row[0] for row in connection.execute("SELECT text_hash FROM embeddings")}
        texts = [row[0] for row in connection.execute("SELECT text FROM statements")]
    assert len(hashes) > len(texts)  # statements, questions and lemmas were cached
    originals = [text for line in PLANTED_TRANSCRIPT.splitlines() if traces(text := line.split(": ", 1)[1])]
    assert len(originals) == 2
    words = {lemma for item in [*originals, *PLANTED] for lemma in content_lemmas(item, "sv")}
    leaked_words = {w for w in words if text_hash(w) in hashes and any(w in p.casefold() for p in PLANTED)}
    assert leaked_words == set()
    assert not {text_hash(text) for text in originals + PLANTED} & hashes


@pytestmark_redacted
@pytest.mark.parametrize("format_name", list(FORMATS))
def test_no_trace_in_exports(redacted_run, format_name):
    written = [p for p in redacted_run["out"].iterdir() if p.name.endswith(FORMATS[format_name].suffix)]
    assert len(written) == 1
    text = readable(written[0].read_bytes())
    assert "private" in text  # the study's export, read as text
    assert traces(text) == []


@pytestmark_redacted
def test_no_trace_in_temporary_files_logs_and_output(redacted_run):
    made = [p for p in redacted_run["tmp"].rglob("*") if p.is_file()]
    assert [p.name for p in made if traces(p.read_bytes())] == []
    assert not [p for p in redacted_run["out"].iterdir() if p.name.startswith(".")]  # no partial export left
    log = redacted_run["log"].read_text(encoding="utf-8", errors="replace")
    assert "INSERT INTO statements" in log  # SQL with its parameters was logged: the check below sees them
    assert traces(log) == []
    assert "[PERSONNUMMER]" in redacted_run["stdout"]  # the statements table was printed
    assert traces(redacted_run["stdout"]) == [] and traces(redacted_run["stderr"]) == []


# --------------------------------------------------------------------------- delete_study


def _ingest(location: StoreLocation, study: str, folder: Path) -> None:
    store = location.store_for(study)
    report = ingest_paths(store, study, [folder])
    assert report.count("added") == len(list(folder.iterdir()))
    analyse(store, study, AnalysisSettings(embedder="hashing", stages="bygglov"))


def _counts(location: StoreLocation, study: str) -> tuple[int, int, int]:
    store = location.store_for(study)
    return (len(store.statements_table(study)), len(store.utterances_table(study)),
            len(store.themes_table(study)))


def test_delete_study_removes_the_file_wal_and_backups(location, tmp_path):
    _ingest(location, "private", write(tmp_path / "a", "intervju-7.txt", PLANTED_TRANSCRIPT))
    _ingest(location, "other", write(tmp_path / "b", "intervju-1.txt", CONTROL_TRANSCRIPT))
    before = _counts(location, "other")
    path = location.home / "private.sqlite"
    copy_sqlite(path, path.with_name("private.sqlite.bak-20260101T000000000000Z-0002"))
    (location.home / "private.sqlite-wal").touch()  # as a crashed writer would leave it
    assert traces(b"".join(p.read_bytes() for p in study_file_set(path)))  # not vacuous

    report = delete_study(location, "private")

    assert {p.name for p in report.files} >= {"private.sqlite", "private.sqlite.bak-20260101T000000000000Z-0002"}
    assert sorted(p.name for p in location.home.iterdir()) == ["other.sqlite"]
    assert [p.name for p in location.home.rglob("*") if p.is_file() and traces(p.read_bytes())] == []
    assert location.study_names() == ["other"]
    assert _counts(location, "other") == before
    # The name is free again, and a new study under it starts empty (no cached engine on the old file).
    _ingest(location, "private", write(tmp_path / "c", "intervju-1.txt", CONTROL_TRANSCRIPT))
    assert traces(raw_study_bytes(path)) == []


@pytest.mark.parametrize("study", ["nobody", "../other"])
def test_delete_study_refuses_what_is_not_a_study(location, tmp_path, study):
    from insights.errors import InsightsError

    _ingest(location, "other", write(tmp_path / "b", "intervju-1.txt", CONTROL_TRANSCRIPT))
    with pytest.raises(InsightsError, match="not found|not allowed"):
        delete_study(location, study)
    assert _counts(location, "other")[0] > 0


SHARED_LINE = "Jag förstod aldrig vilka papper som saknades i ansökan om bygglov."


def test_delete_study_in_a_shared_sqlite_database_leaves_no_text(tmp_path):
    path = tmp_path / "team.sqlite"
    location = StoreLocation(url=f"sqlite:///{path}")
    # One sentence in both studies: its vector must stay, the other vectors of 'private' must go.
    planted = PLANTED_TRANSCRIPT.replace("Moderator: Tack för att ni kom.", f"{SPEAKER}: {SHARED_LINE}")
    _ingest(location, "private", write(tmp_path / "a", "intervju-7.txt", planted))
    _ingest(location, "other", write(tmp_path / "b", "intervju-1.txt", CONTROL_TRANSCRIPT))
    store = location.store_for("other")
    texts = {t for t in location.store_for("private").statements_table("private")["text"]}
    other_texts = set(store.statements_table("other")["text"])
    private_only = sorted(texts - other_texts)
    assert SHARED_LINE in texts & other_texts and len(private_only) >= 4
    before = _counts(location, "other")
    with store.reading() as connection:
        vectors_before = connection.scalar(select(func.count()).select_from(embeddings))

    report = delete_study(location, "private")

    assert report.rows["studies"] == 1 and report.rows["statements"] == len(texts) and report.vectors > 0
    assert location.study_names() == ["other"]
    assert _counts(location, "other") == before
    stored = raw_study_bytes(path).decode("utf-8", "replace")
    assert [t for t in private_only if t in stored] == []
    assert traces(stored) == []
    assert SHARED_LINE in stored
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        hashes = {row[0] for row in connection.execute("SELECT text_hash FROM embeddings")}
    assert len(hashes) == vectors_before - report.vectors
    assert text_hash(SHARED_LINE) in hashes and not {text_hash(t) for t in private_only} & hashes
    # 'other' re-analyses from the cache alone: none of its vectors was taken.
    missing = [t for t in other_texts if text_hash(t) not in hashes]
    assert missing == []


@pytest.mark.postgres
def test_delete_study_in_postgres_deletes_every_row(postgres_url, tmp_path):
    location = StoreLocation(url=postgres_url)
    _ingest(location, "private", write(tmp_path / "a", "intervju-7.txt", PLANTED_TRANSCRIPT))
    _ingest(location, "other", write(tmp_path / "b", "intervju-1.txt", CONTROL_TRANSCRIPT))
    before = _counts(location, "other")
    report = delete_study(location, "private")
    assert report.rows["studies"] == 1 and report.vectors > 0
    assert location.study_names() == ["other"] and _counts(location, "other") == before
    from insights.export.formats import export_bytes

    store = location.store_for("other")
    assert traces(readable(export_bytes(store, "other", "json"))) == []


# --------------------------------------------------------------------------- the dashboard's caches


def _shown(app) -> str:
    """Everything a page shows as text: markdown, text, captions, metrics and tables."""
    parts = []
    for kind in ("markdown", "text", "caption", "header", "subheader", "title", "info", "success"):
        parts += [str(element.value) for element in getattr(app, kind)]
    parts += [element.value.to_csv() for element in app.dataframe]
    return "\n".join(parts)


def _page(study: str, page: str):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.session_state["study"] = study
    app.run()
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app


@pytest.fixture(params=["home", "shared"])
def dashboard_location(request, tmp_path, monkeypatch):
    """Studies as the dashboard finds them: a SQLite file each (INSIGHTS_HOME), or one database (INSIGHTS_DB)."""
    if request.param == "home":
        monkeypatch.setenv("INSIGHTS_HOME", str(tmp_path / "home"))
        monkeypatch.delenv("INSIGHTS_DB", raising=False)
        return StoreLocation(home=tmp_path / "home")
    url = f"sqlite:///{tmp_path / 'team.sqlite'}"
    monkeypatch.setenv("INSIGHTS_DB", url)
    return StoreLocation(url=url)


@pytest.mark.slow
def test_two_dashboard_sessions_on_two_studies_see_only_their_own(dashboard_location, tmp_path):
    _ingest(dashboard_location, "private", write(tmp_path / "a", "intervju-7.txt", PLANTED_TRANSCRIPT))
    _ingest(dashboard_location, "other", write(tmp_path / "b", "intervju-1.txt", CONTROL_TRANSCRIPT))
    first, second = _page("private", "participants"), _page("other", "participants")  # one process: shared caches
    assert traces(_shown(first)), "the planted study's own page shows its data"
    assert traces(_shown(second)) == []
    assert "Deltagare 1" in _shown(second) and "Deltagare 1" not in _shown(_page("private", "participants"))


@pytest.mark.slow
def test_dashboard_never_shows_a_deleted_study_under_a_new_one_of_the_same_name(dashboard_location, tmp_path):
    _ingest(dashboard_location, "private", write(tmp_path / "a", "intervju-7.txt", PLANTED_TRANSCRIPT))
    assert traces(_shown(_page("private", "participants")))
    delete_study(dashboard_location, "private")
    # The same shape again (one file, one run): ids restart, so a cache key made of them would repeat.
    _ingest(dashboard_location, "private", write(tmp_path / "b", "intervju-7.txt", CONTROL_TRANSCRIPT))
    assert traces(_shown(_page("private", "participants"))) == []
