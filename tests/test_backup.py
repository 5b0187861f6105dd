"""Backups and upgrades (issue 7, item 8).

`backup_study` copies a live study with SQLite's backup API while another process writes;
opening a store made by an earlier schema backs it up first (keeping the last few) and then
upgrades it with data and edits intact; a migration that fails half-way leaves the study file
exactly as it was and says where the backup is. PostgreSQL stores are pg_dump's job.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from insights.backup import backup_study
from insights.errors import InvalidOption, StudyNotFound
from insights.store import KEEP_UPGRADE_BACKUPS, StoreError, StoreLocation, forget_engines, upgrade_backups

FIXTURE = Path(__file__).parent / "fixtures" / "stores" / "release-1.sqlite"
STUDY = "blue-badge"
# What tests/fixtures/stores/release-1.sqlite holds (made by make_store_fixture.py in that folder).
EXPECTED = {
    "sessions": {"interview-1.txt": 90, "interview-4.txt": 69},  # source -> statements
    "utterances": 92,
    "participants": 13,
    "runs": 3,
    "edits": ["rename", "merge"],
    "renamed": "Väntan på beslut (omdöpt)",
}
ROWS = {  # table -> rows in the fixture (checked before and after every upgrade)
    "studies": 1, "sessions": 2, "utterances": 92, "statements": 159, "participants": 13, "analysis_runs": 3,
    "themes": 32, "statement_results": 477, "edits": 2,
}


@pytest.fixture(autouse=True)
def _fresh_engines():
    forget_engines()
    yield
    forget_engines()


@pytest.fixture
def released(tmp_path) -> StoreLocation:
    """A copy of the committed store made by an earlier release, in a fresh INSIGHTS_HOME."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(FIXTURE, home / f"{STUDY}.sqlite")
    return StoreLocation(home=home)


def _rows(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
                if table != "alembic_version"}
    finally:
        connection.close()


def _scalar(path: Path, query: str):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchone()[0]
    finally:
        connection.close()


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _downgrade(path: Path, revision: str = "0001") -> None:
    """Turn a study file back into what an older release made (for the upgrade path)."""
    from alembic import command
    from sqlalchemy import create_engine

    from insights.store import _alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


# --------------------------------------------------------------------------- backup_study


@pytest.mark.parametrize("to_folder", [True, False], ids=["into-folder", "to-file"])
def test_backup_copies_the_whole_study(released, tmp_path, to_folder):
    out = tmp_path / "backups"
    out.mkdir()
    target = backup_study(released, STUDY, out if to_folder else out / "copy.sqlite")

    assert target.parent == out and target.suffix == ".sqlite"
    assert (target.name.startswith(f"{STUDY}-")) if to_folder else target.name == "copy.sqlite"
    assert _scalar(target, "PRAGMA integrity_check") == "ok"
    assert _rows(target) == _rows(released.home / f"{STUDY}.sqlite")
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # no temporary file left behind
    copy = StoreLocation(url=f"sqlite:///{target}")  # a backup is a study file the tool opens as it is
    assert len(copy.store_for(STUDY).statements_table(STUDY)) == 159


def test_backup_replaces_an_older_backup_atomically(released, tmp_path):
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"an older, broken backup")
    backup_study(released, STUDY, target)
    assert _scalar(target, "SELECT count(*) FROM statements") == 159


@pytest.mark.parametrize("case, error, message", [
    ("unknown study", StudyNotFound, "'okänd' not found"),
    ("the study file itself", InvalidOption, "is the study file itself"),
    ("PostgreSQL", StoreError, "pg_dump"),
])
def test_backup_refusals_are_one_clear_line(released, case, error, message):
    location, study, destination = released, STUDY, released.home / f"{STUDY}.sqlite"
    if case == "unknown study":
        study, destination = "okänd", released.home
    if case == "PostgreSQL":  # refused before any connection: no server needed
        location = StoreLocation(url="postgresql+psycopg://forskare:hemligt@db.example:5432/insights")
    before = _dump(released.home / f"{STUDY}.sqlite")
    with pytest.raises(error, match=message) as raised:
        backup_study(location, study, destination)
    assert "\n" not in str(raised.value) and "hemligt" not in str(raised.value)
    assert _dump(released.home / f"{STUDY}.sqlite") == before


WRITER = r"""
import json, sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], timeout=60, isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
study_id = connection.execute("SELECT id FROM studies").fetchone()[0]
print("ready", flush=True)
transactions, end = 0, time.monotonic() + float(sys.argv[2])
while time.monotonic() < end:
    connection.execute("BEGIN IMMEDIATE")
    for row in range(20):  # one transaction = 20 edits: a consistent copy holds a multiple of 20
        connection.execute("INSERT INTO edits (study_id, created_at, action, payload, undone) "
                           "VALUES (?, '2026-11-25 10:00:00', 'rename', ?, 0)",
                           (study_id, json.dumps({"members": [f"w:{transactions}:{row}"], "label": "x"})))
    connection.execute("COMMIT")
    transactions += 1
print(transactions, flush=True)
"""


@pytest.mark.parametrize("seconds", [pytest.param(3, id="3s"), pytest.param(30, id="30s", marks=pytest.mark.slow)])
def test_backup_while_another_process_writes_is_a_consistent_snapshot(released, tmp_path, seconds):
    study_file = released.home / f"{STUDY}.sqlite"
    released.store_for(STUDY).study_names()  # open once with the tool: WAL mode, as in use
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(study_file), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    seen = []
    while writer.poll() is None:
        target = backup_study(released, STUDY, tmp_path / f"copy-{len(seen)}.sqlite")
        assert _scalar(target, "PRAGMA integrity_check") == "ok"
        seen.append(_scalar(target, "SELECT count(*) FROM edits") - ROWS["edits"])
        time.sleep(0.05)
    transactions = int(writer.stdout.read().split()[-1])
    assert writer.returncode == 0

    assert all(count % 20 == 0 for count in seen), seen  # never half a transaction
    assert seen == sorted(seen)
    assert any(0 < count < transactions * 20 for count in seen), (seen, transactions)  # taken mid-write
    assert _scalar(study_file, "SELECT count(*) FROM edits") == ROWS["edits"] + transactions * 20
    assert _scalar(study_file, "PRAGMA integrity_check") == "ok"


# --------------------------------------------------------------------------- upgrades


def test_upgrade_store_from_the_last_release_keeps_data_and_edits(released):
    study_file = released.home / f"{STUDY}.sqlite"
    assert _rows(study_file) == {**ROWS, "embeddings": 0}
    store = released.existing_store(STUDY)

    sessions = store.sessions_table(STUDY)
    assert dict(zip(sessions.source, sessions.statements)) == EXPECTED["sessions"]
    assert len(store.utterances_table(STUDY)) == EXPECTED["utterances"]
    assert len(store.participants_table(STUDY)) == EXPECTED["participants"]
    assert list(store.edits_table(STUDY).action) == EXPECTED["edits"]
    assert store.latest_run(STUDY)["id"] == EXPECTED["runs"]
    assert EXPECTED["renamed"] in set(store.themes_table(STUDY).label)
    table = store.statements_table(STUDY)
    assert len(table) == 159 and table.theme_id.notna().all()
    assert _scalar(study_file, "PRAGMA integrity_check") == "ok"
    assert {table: count for table, count in _rows(study_file).items() if table in ROWS} == ROWS


@pytest.mark.slow
def test_upgrade_store_from_the_last_release_reanalyses_with_its_edits(released):
    from insights.analysis import analyse, latest_settings

    store = released.existing_store(STUDY)
    merged = store.edits_table(STUDY).payload[1]["members"]
    run = analyse(store, STUDY, latest_settings(store, STUDY))

    assert EXPECTED["renamed"] in set(store.themes_table(STUDY).label)
    results = store.results_table(STUDY).set_index("statement_id")
    # The merge still holds, or, where the method changed since the release and a merged theme no longer exists
    # (no theme holds enough of its statements), the run says so: an edit is never dropped in silence.
    held_by = {results.theme_id[[m for m in group if m in results.index]].mode().iloc[0] for group in merged}
    conflicts = [c for c in run.summary["conflicts"] if c["action"] == "merge"]
    assert (len(held_by) == 1 and held_by != {-1}) or (conflicts and "gone" in conflicts[0]["reason"])
    assert list(store.edits_table(STUDY).action) == EXPECTED["edits"]


def test_upgrade_backs_the_store_up_first(released):
    study_file = released.home / f"{STUDY}.sqlite"
    _downgrade(study_file)
    old = _dump(study_file)
    assert _scalar(study_file, "SELECT version_num FROM alembic_version") == "0001"

    store = released.existing_store(STUDY)
    assert len(store.statements_table(STUDY)) == 159  # upgraded and readable

    [backup] = upgrade_backups(study_file)
    assert backup.name.startswith(f"{STUDY}.sqlite.bak-") and backup.name.endswith("-0001")
    assert _dump(backup) == old
    assert _scalar(study_file, "SELECT version_num FROM alembic_version") == "0002"
    assert _scalar(study_file, "PRAGMA integrity_check") == "ok"
    assert released.study_names() == [STUDY]  # backups are not studies


def test_upgrade_keeps_only_the_last_backups(released):
    study_file = released.home / f"{STUDY}.sqlite"
    made = []
    for _ in range(KEEP_UPGRADE_BACKUPS + 2):
        _downgrade(study_file)
        forget_engines()
        released.existing_store(STUDY).study_names()
        made.append(upgrade_backups(study_file)[-1])
    assert upgrade_backups(study_file) == made[-KEEP_UPGRADE_BACKUPS:]


@pytest.mark.parametrize("failing_step", [1, 3], ids=["first-table", "third-table"])
def test_upgrade_that_fails_leaves_the_store_untouched_and_names_the_backup(released, monkeypatch, failing_step):
    from alembic.operations import Operations

    study_file = released.home / f"{STUDY}.sqlite"
    _downgrade(study_file)
    before = _dump(study_file)
    create_table = Operations.create_table
    calls = []

    def failing(self, *args, **kwargs):
        calls.append(args[0])
        if len(calls) == failing_step:
            raise RuntimeError(f"simulated failure creating {args[0]}")
        return create_table(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_table", failing)
    with pytest.raises(StoreError) as raised:
        released.existing_store(STUDY).study_names()
    [backup] = upgrade_backups(study_file)
    message = str(raised.value)
    assert "\n" not in message
    assert f"upgrading {STUDY}.sqlite from schema 0001 to 0002 failed (simulated failure" in message
    assert f"a copy made before the upgrade is at {backup}" in message
    assert _dump(study_file) == before  # tables made before the failure were rolled back
    assert _dump(backup) == before
    assert _scalar(study_file, "PRAGMA integrity_check") == "ok"

    monkeypatch.undo()  # the next attempt, with working code, upgrades
    assert len(released.existing_store(STUDY).statements_table(STUDY)) == 159
