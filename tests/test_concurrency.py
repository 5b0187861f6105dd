"""Concurrent users on one store (issue 7, item 7).

Writer processes make theme edits while reader processes run the dashboard's queries in a
loop, all on one study: on SQLite (WAL, busy timeout, BEGIN IMMEDIATE for every write
transaction) and on PostgreSQL. Every edit must be stored exactly once, no writer or reader
may see an error (no "database is locked"), and every read must be whole.

Writers use `Store.add_edit`, the write every edit path makes. The full
`insights.analysis.record_edit` also re-runs the analysis (seconds per edit with the hashing
embedder), which would make 2,000 edits take hours; it adds nothing to what this test locks.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from insights.store import StoreLocation, forget_engines
from insights.study import add_transcript

STUDY = "samtidig"
INTERVIEW = "\n".join(
    f"{'Intervjuare' if turn % 2 == 0 else 'Anna'}: Fråga och svar nummer {turn} om bygglov. "
    f"Det tog {turn} veckor att få svar." for turn in range(40)).encode()

WRITER = r"""
import json, sys, time
from insights.store import Store
store, study, writer, count = Store(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
store.study_names()
print("ready", flush=True)
sys.stdin.readline()  # start together
errors, started = [], time.perf_counter()
for index in range(count):
    try:
        store.add_edit(study, "rename", {"members": [f"intervju:{index % 40}:0"], "label": f"w{writer}-{index}"})
    except Exception as error:  # anything at all is a failure the test reports
        errors.append(f"{type(error).__name__}: {error}")
print(json.dumps({"seconds": time.perf_counter() - started, "errors": errors[:5], "failed": len(errors)}))
"""

READER = r"""
import json, sys, time
from pathlib import Path
from insights.store import Store
store, study, statements, stop = Store(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
store.study_names()
print("ready", flush=True)
sys.stdin.readline()
reads, errors, bad = 0, [], []
while True:
    try:
        table = store.statements_table(study)
        themes = store.themes_table(study)
        version = store.data_version(study)
        edits = store.edits_table(study)
        if len(table) != statements or len(themes) != 2 or version[0] != 1 or not edits.id.is_monotonic_increasing:
            bad.append([len(table), len(themes), list(version)])
    except Exception as error:
        errors.append(f"{type(error).__name__}: {error}")
    reads += 1
    if stop.exists():
        break
print(json.dumps({"reads": reads, "errors": errors[:5], "failed": len(errors), "bad": bad[:5]}))
"""


def _prepare(location: StoreLocation) -> tuple[str, int]:
    """A study with one transcript and one (synthetic) analysis run with two themes."""
    store = location.store_for(STUDY)
    add_transcript(store, STUDY, INTERVIEW, "intervju.txt")
    statements = store.statements_table(STUDY)
    run = {"started_at": None, "settings": {}, "seed": 42, "model_id": "test", "timings": {}, "summary": {}}
    from datetime import UTC, datetime

    run["started_at"] = datetime.now(UTC)
    themes = [{"theme_id": theme, "label": f"tema {theme}", "keywords": [], "description": "", "origin": "discovered",
               "parent_id": None, "representatives": []} for theme in (0, 1)]
    results = [{"statement_id": row.statement_id, "session": row.session, "theme_id": index % 2, "theme_score": 1.0,
                "journey_stage": "unknown", "stage_confidence": 0.0, "sentiment": 0.0, "kind": "neutral",
                "x": 0.0, "y": 0.0} for index, row in enumerate(statements.itertuples())]
    store.save_run(STUDY, run, themes, results)
    url = store.url
    forget_engines()
    return url, len(statements)


def _run(url: str, statements: int, writers: int, edits: int, readers: int,
         stop: Path) -> tuple[list[dict], list[dict]]:
    def start(script: str, *args) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-c", script, url, STUDY, *map(str, args)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    writing = [start(WRITER, writer, edits) for writer in range(writers)]
    reading = [start(READER, statements, stop) for _ in range(readers)]
    try:
        for process in writing + reading:
            assert process.stdout.readline().strip() == "ready"
        for process in writing + reading:
            process.stdin.write("go\n")
        written = [json.loads(process.stdout.readline() or "null") for process in writing]
        stop.touch()
        read = [json.loads(process.stdout.readline() or "null") for process in reading]
        for process in writing + reading:
            assert process.wait(timeout=60) == 0
    finally:  # a writer that died must not leave readers spinning after the test
        stop.touch()
        for process in writing + reading:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert None not in written + read, "a writer or reader process died (see its stderr above)"
    return written, read


def _check(location: StoreLocation, url: str, written, read, writers: int, edits: int) -> None:
    assert [w["failed"] for w in written] == [0] * writers, [w["errors"] for w in written]
    assert [r["failed"] for r in read] == [0] * len(read), [r["errors"] for r in read]
    assert [r["bad"] for r in read] == [[]] * len(read)
    assert all(r["reads"] > 0 for r in read)
    table = location.store_for(STUDY).edits_table(STUDY)
    labels = [payload["label"] for payload in table.payload]
    assert len(table) == writers * edits
    assert sorted(labels) == sorted(f"w{w}-{i}" for w in range(writers) for i in range(edits))  # once each
    assert table.id.is_unique
    if url.startswith("sqlite"):
        import sqlite3

        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        connection.close()
    slowest = max(w["seconds"] for w in written)
    print(f"\n{writers} writers x {edits} edits, {len(read)} readers: {writers * edits / slowest:.0f} edits/s, "
          f"{sum(r['reads'] for r in read)} dashboard reads, 0 errors")


SIZES = [
    pytest.param(2, 25, 1, id="2x25"),
    pytest.param(4, 500, 2, id="4x500", marks=pytest.mark.slow),
]


@pytest.mark.parametrize("writers, edits, readers", SIZES)
def test_concurrency_sqlite_every_edit_lands_and_readers_never_fail(tmp_path, writers, edits, readers):
    location = StoreLocation(home=tmp_path / "home")
    url, statements = _prepare(location)
    written, read = _run(url, statements, writers, edits, readers, tmp_path / "stop")
    _check(location, url, written, read, writers, edits)
    assert sorted(p.name for p in (tmp_path / "home").iterdir()) == [f"{STUDY}.sqlite"]  # WAL folded back in


@pytest.mark.postgres
@pytest.mark.parametrize("writers, edits, readers", SIZES)
def test_concurrency_postgres_every_edit_lands_and_readers_never_fail(postgres_url, tmp_path, writers, edits,
                                                                     readers):
    location = StoreLocation(url=postgres_url)
    url, statements = _prepare(location)
    written, read = _run(url, statements, writers, edits, readers, tmp_path / "stop")
    _check(location, url, written, read, writers, edits)


def test_concurrency_sqlite_writer_waits_for_a_long_transaction_instead_of_failing(tmp_path):
    """A write transaction held by another connection for 2 s: the next writer waits, then succeeds."""
    import sqlite3

    location = StoreLocation(home=tmp_path / "home")
    url, _ = _prepare(location)
    import threading

    store = location.store_for(STUDY)
    holder = sqlite3.connect(Path(url.removeprefix("sqlite:///")), isolation_level=None)  # another connection
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE studies SET name = name")
    outcome = {}

    def edit():
        started = time.perf_counter()
        try:
            outcome["id"] = store.add_edit(STUDY, "rename", {"members": ["intervju:1:0"], "label": "väntade"})
        except Exception as error:
            outcome["error"] = error
        outcome["seconds"] = time.perf_counter() - started

    waiter = threading.Thread(target=edit)
    waiter.start()
    assert len(store.statements_table(STUDY)) > 0  # reading goes on meanwhile
    time.sleep(2)
    assert waiter.is_alive()  # still waiting for the lock, not failed
    holder.execute("COMMIT")
    holder.close()
    waiter.join(30)
    assert "error" not in outcome and outcome["seconds"] >= 1.5, outcome
    assert list(store.edits_table(STUDY).payload.map(lambda p: p["label"])) == ["väntade"]


def test_concurrency_sqlite_lock_held_too_long_is_one_clear_line(tmp_path, monkeypatch):
    """Past the busy timeout the user gets one StoreError line naming the file, not "database is locked"."""
    import sqlite3

    from insights import store as store_module
    from insights.store import StoreError

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 1)
    location = StoreLocation(home=tmp_path / "home")
    url, _ = _prepare(location)
    store = location.store_for(STUDY)
    store.study_names()
    holder = sqlite3.connect(Path(url.removeprefix("sqlite:///")), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match=rf"{STUDY}\.sqlite is busy: another process held its write lock"):
            store.add_edit(STUDY, "rename", {"members": ["x"], "label": "y"})
        assert len(store.statements_table(STUDY)) > 0  # reading goes on while it is locked
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.edits_table(STUDY).empty
