"""User errors: one clear line per bad file, the batch goes on, the study is untouched.

Every bad file is built inside the test. Each case ingests a good transcript
first, then a batch of [bad file, another good transcript], and checks that
the bad file is skipped with a reason, the good one is added, and nothing of
the bad file reached the study.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import openpyxl
import pandas as pd
import pytest

from insights.store import Store, StoreLocation
from insights.study import FileResult, IngestReport, ingest_paths

STUDY = "s"

_GOOD = {
    "first": """Interviewer: How did you apply for the parking permit?
Anna: I filled in the form on the website, but it took me two hours to find the right page.
Interviewer: What happened after you sent it?
Anna: Nobody told me anything for three weeks, so I called the office twice to ask about my case.
""",
    "second": """Interviewer: What was hardest when you moved to the city?
Bertil: Finding out which office handles the school places took me almost a whole month.
Interviewer: How did you find out in the end?
Bertil: A neighbour told me about the online service, and after that the application was quick.
""",
}


# --------------------------------------------------------------------------- helpers


def _store(tmp_path: Path) -> Store:
    return StoreLocation(home=tmp_path / "home").store_for(STUDY)


def _good(folder: Path, which: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"interview-{which}.txt"
    path.write_text(_GOOD[which], encoding="utf-8")
    return path


def _snapshot(store: Store) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    sessions = store.sessions_table(STUDY).drop(columns=["ingested_at"])
    return sessions, store.utterances_table(STUDY), store.statements_table(STUDY)


def _without(table: pd.DataFrame, source: str) -> pd.DataFrame:
    return table[table["source"] != source].reset_index(drop=True)


def _result(report: IngestReport, name: str) -> FileResult:
    found = [r for r in report.results if r.name == name]
    assert len(found) == 1, f"expected one result for {name}, got {report.results}"
    return found[0]


def _ingest_bad(tmp_path: Path, bad_paths: list[Path | str]) -> tuple[Store, IngestReport, Path]:
    """Ingest a good file, then [bad files..., another good file]; check the study is untouched."""
    store = _store(tmp_path)
    first = _good(tmp_path / "good1", "first")
    assert ingest_paths(store, STUDY, [first]).results[0].status == "added"
    before = _snapshot(store)

    second = _good(tmp_path / "good2", "second")
    report = ingest_paths(store, STUDY, [*bad_paths, second])

    added = _result(report, second.name)
    assert added.status == "added", added
    assert added.statements > 0
    statements = store.statements_table(STUDY)
    assert set(statements["source"]) == {first.name, second.name}
    assert (statements["source"] == second.name).sum() == added.statements
    assert any("online service" in text for text in statements.loc[statements["source"] == second.name, "text"])

    # The bad files left no trace: everything but the second good file is as before.
    after = _snapshot(store)
    for old, new in zip(before, after):
        pd.testing.assert_frame_equal(old.reset_index(drop=True), _without(new, second.name))
    return store, report, second


def _assert_skipped(report: IngestReport, name: str, *words: str) -> FileResult:
    result = _result(report, name)
    assert result.status == "skipped", result
    detail = result.detail.lower()
    assert detail and "\n" not in detail
    assert "traceback" not in detail
    for word in words:
        assert word.lower() in detail, f"{word!r} not in {result.detail!r}"
    return result


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Interviewer: How was the visit to the library?")
    document.add_paragraph("Cecilia: The staff were friendly, but the opening hours do not suit people who work.")
    document.add_paragraph("Interviewer: What would you change?")
    document.add_paragraph("Cecilia: Open on Sunday afternoons and let us book study rooms online.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- one bad file each


def _empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def _whitespace(folder: Path) -> Path:
    path = folder / "blank.txt"
    path.write_bytes(b"   \n\t\n  \r\n \n")
    return path


def _binary(folder: Path) -> Path:
    path = folder / "photo-renamed.txt"
    path.write_bytes(random.Random(0).randbytes(64 * 1024))
    return path


def _truncated_docx(folder: Path) -> Path:
    data = _docx_bytes()
    path = folder / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _text_as_docx(folder: Path) -> Path:
    path = folder / "notes.docx"
    path.write_text("Interviewer: Hello?\nAnna: This is plain text, not a Word file.\n", encoding="utf-8")
    return path


def _docx_with_broken_xml(folder: Path) -> Path:
    path = folder / "broken-xml.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>unclosed")
    return path


def _csv_without_text(folder: Path) -> Path:
    path = folder / "survey.csv"
    path.write_text("name,age,city\nAnna,34,Malmö\nBertil,71,Umeå\n", encoding="utf-8")
    return path


def _xlsx_without_text(folder: Path) -> Path:
    path = folder / "ages.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["name", "age", "district"])
    sheet.append(["Anna", 34, "Centrum"])
    sheet.append(["Bertil", 71, "Norr"])
    workbook.save(path)
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: no disk, no time
    return path


BAD_FILES = [
    pytest.param(_empty, ("empty",), id="empty-txt"),
    pytest.param(_whitespace, ("empty",), id="whitespace-txt"),
    pytest.param(_binary, ("binary",), id="binary-as-txt"),
    pytest.param(_truncated_docx, ("not a valid", "word", "corrupt"), id="truncated-docx"),
    pytest.param(_text_as_docx, ("not a valid", "word", "zip"), id="text-as-docx"),
    pytest.param(_docx_with_broken_xml, ("corrupt", "word"), id="docx-broken-xml"),
    pytest.param(_csv_without_text, ("text column", "name, age, city"), id="csv-without-text"),
    pytest.param(_xlsx_without_text, ("text column", "name, age, district"), id="xlsx-without-text"),
    pytest.param(_huge, ("too large", "200 mb", "limit"), id="200mb-txt"),
]


@pytest.mark.parametrize(("make", "words"), BAD_FILES)
def test_bad_file_is_skipped_with_a_reason_and_the_batch_goes_on(tmp_path, make, words):
    folder = tmp_path / "bad"
    folder.mkdir()
    bad = make(folder)
    _store_, report, _second = _ingest_bad(tmp_path, [bad])
    _assert_skipped(report, bad.name, *words)
    assert report.count("skipped") == 1
    assert report.count("added") == 1


def test_zip_bomb_renamed_docx_is_refused_quickly(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    bomb = folder / "bomb.docx"
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w") as member:
            for _ in range(400):  # ~400 MB unpacked, well under 1 MB on disk
                member.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024

    _store_, report, _second = _ingest_bad(tmp_path, [bomb])
    _assert_skipped(report, bomb.name, "zip bomb")

    from insights.errors import UnreadableFile
    from insights.ingest import parse_transcript

    started = time.perf_counter()  # the refusal alone: the ingest above also reads a good file
    with pytest.raises(UnreadableFile, match="zip bomb"):
        parse_transcript(bomb.read_bytes(), name=bomb.name)
    elapsed = time.perf_counter() - started
    assert elapsed < 1, f"refusing the zip bomb took {elapsed:.1f} s"


def test_unsupported_files_in_a_folder_are_skipped_next_to_a_good_transcript(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = _good(folder, "second")
    (folder / "slides.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (folder / "minutes.odt").write_bytes(b"PK\x03\x04 not really an odt")
    (folder / "whiteboard.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))

    store = _store(tmp_path)
    report = ingest_paths(store, STUDY, [folder])

    for name, suffix in [("slides.pdf", ".pdf"), ("minutes.odt", ".odt"), ("whiteboard.png", ".png")]:
        result = _assert_skipped(report, name, "unsupported", suffix)
        assert ".docx" in result.detail and ".txt" in result.detail  # tells what would work
    assert _result(report, good.name).status == "added"
    assert set(store.sessions_table(STUDY)["source"]) == {good.name}
    assert (store.statements_table(STUDY)["source"] == good.name).all()


def test_unsupported_file_and_study_untouched(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    odt = folder / "ID2.odt"
    odt.write_bytes(b"PK\x03\x04 odt")
    _store_, report, _second = _ingest_bad(tmp_path, [odt])
    _assert_skipped(report, odt.name, "unsupported", ".odt")


def test_missing_path_is_skipped(tmp_path):
    missing = tmp_path / "no-such-folder" / "interview.txt"
    _store_, report, _second = _ingest_bad(tmp_path, [missing])
    result = _assert_skipped(report, str(missing), "no such file")
    assert "interview.txt" in result.name


def test_several_bad_files_in_one_batch(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    bad = [_empty(folder), _binary(folder), _text_as_docx(folder), _csv_without_text(folder)]
    _store_, report, _second = _ingest_bad(tmp_path, [folder])
    assert sorted(r.name for r in report.skipped) == sorted(p.name for p in bad)
    assert report.count("added") == 1


# --------------------------------------------------------------------------- rollback


def test_a_crash_between_utterances_and_statements_leaves_the_study_as_it_was(tmp_path, monkeypatch):
    store = _store(tmp_path)
    first = _good(tmp_path / "good1", "first")
    assert ingest_paths(store, STUDY, [first]).results[0].status == "added"
    before = _snapshot(store)

    original = Store.insert_rows
    calls: list[str] = []

    def failing_insert_rows(self, connection, table_name, rows):
        calls.append(table_name)
        if table_name == "statements":
            raise RuntimeError("disk gone mid-write")
        return original(self, connection, table_name, rows)

    monkeypatch.setattr(Store, "insert_rows", failing_insert_rows)
    second = _good(tmp_path / "good2", "second")
    failed = ingest_paths(store, STUDY, [second]).results[0]
    assert (failed.status, failed.name) == ("skipped", second.name)
    assert "unexpected error" in failed.detail and "disk gone" in failed.detail
    assert calls == ["utterances", "statements"]  # the utterances were written before the crash

    after = _snapshot(store)
    for old, new in zip(before, after):
        pd.testing.assert_frame_equal(old, new)
    assert second.name not in set(store.utterances_table(STUDY)["source"])

    monkeypatch.setattr(Store, "insert_rows", original)
    report = ingest_paths(store, STUDY, [second])
    assert report.results[0].status == "added", report.results
    assert set(store.sessions_table(STUDY)["source"]) == {first.name, second.name}
    assert (store.utterances_table(STUDY)["source"] == second.name).sum() == 4
    assert (store.statements_table(STUDY)["source"] == second.name).sum() == report.results[0].statements > 0


# --------------------------------------------------------------------------- the command line


def _run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "INSIGHTS_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1", "COLUMNS": "80"}
    env.pop("INSIGHTS_DB", None)
    return subprocess.run([sys.executable, "-m", "insights.cli", *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)


def test_cli_ingest_reports_one_line_per_skipped_file_and_exit_code_3(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    good = _good(folder, "first")
    reasons = {
        _empty(folder).name: "empty",
        _binary(folder).name: "binary",
        _truncated_docx(folder).name: "not a valid",
        _csv_without_text(folder).name: "text column",
        _huge(folder).name: "too large",
    }
    (folder / "slides.pdf").write_bytes(b"%PDF-1.4\n")
    reasons["slides.pdf"] = "unsupported"

    run = _run_cli(tmp_path, "ingest", str(folder), "--study", STUDY)

    assert "Traceback" not in run.stderr + run.stdout
    assert run.returncode == 3, run.stderr
    lines = run.stderr.splitlines()
    skipped = [line for line in lines if line.startswith("skipped ")]
    assert len(skipped) == len(reasons), run.stderr
    for name, reason in reasons.items():
        mine = [line for line in skipped if line.startswith(f"skipped {name}: ")]
        assert len(mine) == 1, (name, run.stderr)
        assert reason in mine[0].lower(), mine[0]
    assert any(line.startswith(f"added {good.name}: ") for line in lines), run.stderr
    assert any("1 file(s) added" in line and f"{len(reasons)} skipped" in line for line in lines), run.stderr

    stored = StoreLocation(home=tmp_path / "home").store_for(STUDY)
    assert set(stored.sessions_table(STUDY)["source"]) == {good.name}


def test_cli_unknown_study_is_one_line_and_exit_code_1(tmp_path):
    run = _run_cli(tmp_path, "statements", "--study", "missing")

    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr
    assert "missing" in lines[0] and "not found" in lines[0]
    assert not (tmp_path / "home" / "missing.sqlite").exists()


# --------------------------------------------------------------------------- a killed process


def test_a_killed_ingest_leaves_each_file_wholly_in_or_wholly_out(tmp_path):
    """Kill -9 the CLI while it writes a batch; the SQLite file stays sound and no session is partial."""
    import signal
    import sqlite3
    import time

    folder = tmp_path / "batch"
    folder.mkdir()
    for index in range(30):
        turns = "\n".join(f"{'Moderator' if turn % 2 == 0 else 'Anna'}: Mening nummer {turn} i fil {index} om "
                          f"bygglov och väntetider som aldrig tar slut." for turn in range(400))
        (folder / f"intervju-{index:02d}.txt").write_text(turns, encoding="utf-8")
    env = {**os.environ, "INSIGHTS_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("INSIGHTS_DB", None)
    process = subprocess.Popen([sys.executable, "-m", "insights.cli", "ingest", str(folder), "--study", "s"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    database = tmp_path / "home" / "s.sqlite"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if database.exists() and _sessions_in(database) >= 3:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()

    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = connection.execute(
        "SELECT s.source, (SELECT count(*) FROM utterances u WHERE u.session_id = s.id), "
        "(SELECT count(*) FROM statements t WHERE t.session_id = s.id) FROM sessions s").fetchall()
    connection.close()
    assert 3 <= len(rows) < 30, "the kill should land in the middle of the batch"
    assert all(utterances == 400 and statements == 200 for _source, utterances, statements in rows), rows


def _sessions_in(database: Path) -> int:
    import sqlite3

    try:
        connection = sqlite3.connect(database, timeout=0.1)
        try:
            return connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0
