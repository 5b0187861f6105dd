"""The study store: SQLite by default, any SQLAlchemy URL for teams.

By default each study is one SQLite file, `<home>/<study>.sqlite`, where home
is `$INSIGHTS_HOME` or the user's data folder. Given a database URL (for
example `postgresql+psycopg://user@host/insights`), all studies live in that
one database. The schema is created and upgraded by Alembic migrations.

Examples:
    >>> StoreLocation(home=Path("/srv/insights")).store_for("bygglov").url
    'sqlite:////srv/insights/bygglov.sqlite'
    >>> StoreLocation(url="postgresql+psycopg://db/insights").store_for("bygglov").url
    'postgresql+psycopg://db/insights'
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from insights.errors import InvalidOption, StoreError, StudyNotFound
from insights.schema import (
    analysis_runs, edits, embeddings, participants, sessions, statement_results, statements, studies, themes,
    utterances,
)

_MIGRATIONS = Path(__file__).parent / "migrations"
# A writer waits this long for another process's write transaction before giving up with a clear message.
BUSY_TIMEOUT_S = 60
# Automatic backups made before a schema upgrade, kept next to the study file.
KEEP_UPGRADE_BACKUPS = 3
_STUDY_NAME = re.compile(r"[\w][\w .-]{0,99}")  # used with fullmatch: "$" would let "x\n" through
_WINDOWS_DEVICES = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")  # no such file on Windows

STATEMENT_COLUMNS = [
    "statement_id", "study", "source", "session", "speaker", "role", "turn", "start_s", "end_s",
    "language", "text", "question", "theme_id", "theme_label", "journey_stage", "sentiment", "kind",
]


def default_home() -> Path:
    """`$INSIGHTS_HOME`, else `$XDG_DATA_HOME/insights`, else `~/.local/share/insights`."""
    if os.environ.get("INSIGHTS_HOME"):
        return Path(os.environ["INSIGHTS_HOME"])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "insights"


def check_study_name(name: str) -> str:
    """The study name as stored (Unicode NFC, so a Mac's "å" names the same study), or InvalidOption.

    Examples:
        >>> check_study_name("bygglov 2026")
        'bygglov 2026'
    """
    name = unicodedata.normalize("NFC", name or "")
    if not _STUDY_NAME.fullmatch(name) or name.endswith((".", " ")) or _WINDOWS_DEVICES.fullmatch(name):
        raise InvalidOption(
            f"study name {name!r} is not allowed: use letters, digits, spaces, '.', '-' or '_' (at most 100)")
    return name


@dataclass(frozen=True)
class StoreLocation:
    """Where studies live: one database URL for all, or one SQLite file each under `home`."""

    url: str | None = None
    home: Path | None = None

    def store_for(self, study: str) -> Store:
        if self.url:
            return Store(self.url)
        home = self.home or default_home()
        return Store(f"sqlite:///{home / (check_study_name(study) + '.sqlite')}")

    def existing_store(self, study: str) -> Store:
        """The store of a study that must exist already (never creates a file)."""
        if not self.url:
            path = (self.home or default_home()) / (check_study_name(study) + ".sqlite")
            if not path.exists():
                raise StudyNotFound(study, self.study_names())
        return self.store_for(study)

    def study_names(self) -> list[str]:
        if self.url:
            return Store(self.url).study_names()
        home = self.home or default_home()
        return sorted(name for path in home.glob("*.sqlite") if _is_study_file(path)
                      for name in Store(f"sqlite:///{path}").study_names())

    def describe(self, study: str) -> str:
        """Where a study is stored, for messages (no password shown)."""
        store = self.store_for(study)
        return store.engine.url.render_as_string(hide_password=True)


class Store:
    """One database holding studies. Every write happens in `transaction()`."""

    def __init__(self, url: str):
        self.url = url

    @property
    def engine(self) -> Engine:
        return _engine(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All or nothing: any exception inside rolls every change back.

        On SQLite the transaction starts with BEGIN IMMEDIATE: it takes the write lock first
        (waiting up to BUSY_TIMEOUT_S for other writers), so it never fails half-way with
        "database is locked" when another process wrote since it started reading.
        """
        with _translated(self.engine), _writing(self.engine) as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only connection: one consistent snapshot (WAL readers never wait for writers)."""
        with _translated(self.engine), self.engine.connect() as connection:
            yield connection

    def study_names(self) -> list[str]:
        with self.reading() as connection:
            return list(connection.scalars(select(studies.c.name).order_by(studies.c.name)))

    def study_id(self, connection: Connection, study: str, *, create: bool = False) -> int:
        study = unicodedata.normalize("NFC", study)  # "blå" typed on a Mac is the same study
        found = connection.scalar(select(studies.c.id).where(studies.c.name == study))
        if found is not None:
            return found
        if not create:
            raise StudyNotFound(study, self.study_names())
        study = check_study_name(study)
        return connection.execute(insert(studies).values(name=study, created_at=_now())).inserted_primary_key[0]

    def find_session(self, connection: Connection, study_id: int, *, content_hash: str | None = None,
                     session: str | None = None) -> dict | None:
        query = select(sessions).where(sessions.c.study_id == study_id)
        if content_hash is not None:
            query = query.where(sessions.c.content_hash == content_hash)
        if session is not None:
            query = query.where(sessions.c.session == session)
        row = connection.execute(query).mappings().first()
        return dict(row) if row else None

    def delete_session(self, connection: Connection, session_id: int) -> None:
        for table in (statements, utterances):
            connection.execute(delete(table).where(table.c.session_id == session_id))
        connection.execute(delete(sessions).where(sessions.c.id == session_id))

    def session_rows(self, connection: Connection, session_id: int) -> tuple[list[dict], list[dict]]:
        """A stored session's utterance and statement rows, in order: what a reading of its file stored."""
        return tuple(
            [dict(row) for row in connection.execute(
                select(table).where(table.c.session_id == session_id).order_by(table.c.id)).mappings()]
            for table in (utterances, statements))

    def insert_session(self, connection: Connection, study_id: int, *, session: str, source: str, format: str,
                       language: str, content_hash: str, metadata: dict) -> int:
        result = connection.execute(insert(sessions).values(
            study_id=study_id, session=session, source=source, format=format, language=language,
            content_hash=content_hash, metadata=json.dumps(metadata, ensure_ascii=False), ingested_at=_now(),
        ))
        return result.inserted_primary_key[0]

    def insert_rows(self, connection: Connection, table_name: str, rows: list[dict]) -> None:
        if rows:
            connection.execute(insert(_TABLES[table_name]), rows)

    def upsert_participants(self, connection: Connection, study_id: int, table: pd.DataFrame) -> int:
        speakers = list(table["speaker"])
        connection.execute(delete(participants).where(
            participants.c.study_id == study_id, participants.c.speaker.in_(speakers)))
        rows = [{"study_id": study_id, "speaker": record.pop("speaker"),
                 "attributes": json.dumps(record, ensure_ascii=False)}
                for record in table.fillna("").astype(str).to_dict("records")]
        self.insert_rows(connection, "participants", rows)
        return len(rows)

    def sessions_table(self, study: str) -> pd.DataFrame:
        with self.reading() as connection:
            study_id = self.study_id(connection, study)
            counts = (select(statements.c.session_id, func.count().label("statements"))
                      .group_by(statements.c.session_id).subquery())
            query = (select(sessions.c.session, sessions.c.source, sessions.c.format, sessions.c.language,
                            func.coalesce(counts.c.statements, 0).label("statements"), sessions.c.ingested_at)
                     .outerjoin(counts, counts.c.session_id == sessions.c.id)
                     .where(sessions.c.study_id == study_id).order_by(sessions.c.source))
            return pd.DataFrame(connection.execute(query).mappings().all(),
                                columns=["session", "source", "format", "language", "statements", "ingested_at"])

    def utterances_table(self, study: str) -> pd.DataFrame:
        with self.reading() as connection:
            study_id = self.study_id(connection, study)
            query = (select(sessions.c.source, sessions.c.session, utterances.c.turn, utterances.c.speaker,
                            utterances.c.role, utterances.c.start_s, utterances.c.end_s, utterances.c.text)
                     .join(sessions, sessions.c.id == utterances.c.session_id)
                     .where(sessions.c.study_id == study_id)
                     .order_by(sessions.c.source, utterances.c.turn))
            return pd.DataFrame(connection.execute(query).mappings().all(),
                                columns=["source", "session", "turn", "speaker", "role", "start_s", "end_s", "text"])

    def participants_table(self, study: str) -> pd.DataFrame:
        with self.reading() as connection:
            study_id = self.study_id(connection, study)
            rows = connection.execute(select(participants.c.speaker, participants.c.attributes)
                                      .where(participants.c.study_id == study_id)
                                      .order_by(participants.c.id)).all()
        records = [{"speaker": speaker, **json.loads(attributes)} for speaker, attributes in rows]
        return pd.DataFrame(records, columns=None if records else ["speaker"])

    # --- the embedding cache (insights.embed.VectorCache) ------------------------------

    def load_vectors(self, model_id: str, hashes: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self.reading() as connection:
            for start in range(0, len(hashes), 500):
                query = select(embeddings.c.text_hash, embeddings.c.vector).where(
                    embeddings.c.model_id == model_id, embeddings.c.text_hash.in_(hashes[start:start + 500]))
                for text_hash, blob in connection.execute(query):
                    found[text_hash] = np.frombuffer(blob, dtype=np.float32)
        return found

    def save_vectors(self, model_id: str, vectors: dict[str, np.ndarray]) -> None:
        rows = [{"model_id": model_id, "text_hash": h, "dim": int(v.shape[0]),
                 "vector": np.asarray(v, dtype=np.float32).tobytes()} for h, v in vectors.items()]
        if not rows:
            return
        dialect = self.engine.dialect.name
        if dialect in ("sqlite", "postgresql"):
            from importlib import import_module

            statement = import_module(f"sqlalchemy.dialects.{dialect}").insert(embeddings).on_conflict_do_nothing()
        else:
            statement = insert(embeddings)
        with self.transaction() as connection:  # another process may have cached the same text meanwhile
            connection.execute(statement, rows)

    # --- analysis runs --------------------------------------------------------------

    def save_run(self, study: str, run: dict, theme_rows: list[dict], result_rows: list[dict]) -> int:
        """Store a finished analysis run, all or nothing. Returns its id."""
        with self.transaction() as connection:
            study_id = self.study_id(connection, study)
            run_id = connection.execute(insert(analysis_runs).values(
                study_id=study_id, started_at=run["started_at"], finished_at=_now(),
                settings=json.dumps(run["settings"], ensure_ascii=False), seed=run["seed"],
                model_id=run["model_id"], timings=json.dumps(run["timings"]),
                summary=json.dumps(run["summary"], ensure_ascii=False))).inserted_primary_key[0]
            self.insert_rows(connection, "themes", [
                {**row, "run_id": run_id, "keywords": json.dumps(row["keywords"], ensure_ascii=False),
                 "representatives": json.dumps(row["representatives"])} for row in theme_rows])
            self.insert_rows(connection, "statement_results", [{**row, "run_id": run_id} for row in result_rows])
        return run_id

    def latest_run(self, study: str) -> dict | None:
        with self.reading() as connection:
            study_id = self.study_id(connection, study)
            row = connection.execute(select(analysis_runs).where(analysis_runs.c.study_id == study_id)
                                     .order_by(analysis_runs.c.id.desc()).limit(1)).mappings().first()
        if row is None:
            return None
        run = dict(row)
        for key in ("settings", "timings", "summary"):
            run[key] = json.loads(run[key])
        return run

    def themes_table(self, study: str, run_id: int | None = None) -> pd.DataFrame:
        run_id = run_id or (self.latest_run(study) or {}).get("id")
        columns = ["theme_id", "label", "keywords", "description", "origin", "parent_id", "representatives"]
        if run_id is None:
            return pd.DataFrame(columns=columns)
        with self.reading() as connection:
            rows = connection.execute(select(*[themes.c[c] for c in columns]).where(themes.c.run_id == run_id)
                                      .order_by(themes.c.theme_id)).mappings().all()
        table = pd.DataFrame(rows, columns=columns)
        for column in ("keywords", "representatives"):
            table[column] = table[column].map(json.loads)
        table["parent_id"] = table["parent_id"].astype("Int64")
        return table

    def results_table(self, study: str, run_id: int | None = None) -> pd.DataFrame:
        run_id = run_id or (self.latest_run(study) or {}).get("id")
        columns = ["statement_id", "theme_id", "theme_score", "journey_stage", "stage_confidence", "sentiment",
                   "kind", "x", "y"]
        if run_id is None:
            return pd.DataFrame(columns=columns)
        with self.reading() as connection:
            rows = connection.execute(select(*[statement_results.c[c] for c in columns])
                                      .where(statement_results.c.run_id == run_id)).mappings().all()
        return pd.DataFrame(rows, columns=columns)

    # --- human edits --------------------------------------------------------------

    def add_edit(self, study: str, action: str, payload: dict) -> int:
        with self.transaction() as connection:
            study_id = self.study_id(connection, study)
            return connection.execute(insert(edits).values(
                study_id=study_id, created_at=_now(), action=action,
                payload=json.dumps(payload, ensure_ascii=False), undone=0)).inserted_primary_key[0]

    def edits_table(self, study: str, include_undone: bool = False) -> pd.DataFrame:
        with self.reading() as connection:
            study_id = self.study_id(connection, study)
            query = select(edits.c.id, edits.c.created_at, edits.c.action, edits.c.payload, edits.c.undone).where(
                edits.c.study_id == study_id).order_by(edits.c.id)
            if not include_undone:
                query = query.where(edits.c.undone == 0)
            table = pd.DataFrame(connection.execute(query).mappings().all(),
                                 columns=["id", "created_at", "action", "payload", "undone"])
        table["payload"] = table["payload"].map(json.loads)
        return table

    def delete_edit(self, study: str, edit_id: int) -> None:
        with self.transaction() as connection:
            study_id = self.study_id(connection, study)
            connection.execute(delete(edits).where(edits.c.study_id == study_id, edits.c.id == edit_id))

    def undo_last_edit(self, study: str) -> dict | None:
        """Mark the most recent edit undone; returns it, or None when there is none."""
        with self.transaction() as connection:
            study_id = self.study_id(connection, study)
            row = connection.execute(select(edits).where(edits.c.study_id == study_id, edits.c.undone == 0)
                                     .order_by(edits.c.id.desc()).limit(1)).mappings().first()
            if row is None:
                return None
            connection.execute(update(edits).where(edits.c.id == row["id"]).values(undone=1))
        return {**dict(row), "payload": json.loads(row["payload"])}

    def data_version(self, study: str) -> tuple:
        """Changes whenever what the study shows changes: sessions, participants, analysis runs.

        Caches (the dashboard's) key on it, so a change from another process is seen too.
        """
        with self.reading() as connection:
            study_id = self.study_id(connection, study)
            return tuple(_plain(connection.scalar(query)) for query in (
                select(func.count()).select_from(sessions).where(sessions.c.study_id == study_id),
                select(func.max(sessions.c.id)).where(sessions.c.study_id == study_id),
                select(func.count()).select_from(participants).where(participants.c.study_id == study_id),
                select(func.max(participants.c.id)).where(participants.c.study_id == study_id),
                select(func.max(analysis_runs.c.id)).where(analysis_runs.c.study_id == study_id),
                # a study deleted and made again reuses ids: its creation time tells them apart
                select(studies.c.created_at).where(studies.c.id == study_id),
            ))

    def statements_table(self, study: str) -> pd.DataFrame:
        """The statements table of DESIGN.md, participant attributes appended."""
        with self.reading() as connection:
            study_id = self.study_id(connection, study)
            query = (select(statements.c.statement_id, sessions.c.source, sessions.c.session,
                            statements.c.speaker, statements.c.role, statements.c.turn, statements.c.start_s,
                            statements.c.end_s, statements.c.language, statements.c.text, statements.c.question)
                     .join(sessions, sessions.c.id == statements.c.session_id)
                     .where(sessions.c.study_id == study_id)
                     .order_by(sessions.c.source, statements.c.turn, statements.c.index_in_turn))
            table = pd.DataFrame(connection.execute(query).mappings().all(),
                                 columns=[c for c in STATEMENT_COLUMNS if c not in _ANALYSIS_COLUMNS + ["study"]])
        table.insert(1, "study", study)
        table = self._with_analysis(study, table)
        table["turn"] = table["turn"].astype("int64")
        table = table[STATEMENT_COLUMNS]
        people = self.participants_table(study)
        attributes = [c for c in people.columns if c not in STATEMENT_COLUMNS]
        if attributes:
            table = table.merge(people[["speaker", *attributes]], on="speaker", how="left")
        return table


    def _with_analysis(self, study: str, table: pd.DataFrame) -> pd.DataFrame:
        """Fill the analysis columns from the latest run (empty before the first)."""
        results = self.results_table(study)
        labels = self.themes_table(study)
        labels = dict(zip(labels.theme_id, labels.label))
        results["theme_label"] = results["theme_id"].map(labels)
        results = results[["statement_id", *_ANALYSIS_COLUMNS]]
        table = table.merge(results, on="statement_id", how="left")
        table["theme_id"] = table["theme_id"].astype("Int64")
        return table


_TABLES = {table.name: table for table in (studies, sessions, utterances, statements, participants, embeddings,
                                           themes, statement_results)}
_ANALYSIS_COLUMNS = ["theme_id", "theme_label", "journey_stage", "sentiment", "kind"]


@lru_cache(maxsize=64)
def _engine(url: str) -> Engine:
    """One engine per database, migrated once per process (backed up first when it has to change)."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # No pool: a connection lives only as long as one read or one transaction, so when the last
        # one closes SQLite checkpoints the WAL into the study file and removes -wal and -shm. The
        # study stays one self-contained file between operations, and a forked process never
        # inherits an open connection.
        engine = create_engine(url, poolclass=NullPool)
    else:
        engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        _migrate(engine, path)
    except BaseException:
        engine.dispose()
        if engine in _ENGINES:
            _ENGINES.remove(engine)
        raise
    return engine


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    return None if path in ("", ":memory:") else Path(path)


def forget_engines() -> None:
    """Close every cached engine, so the next use opens (and if need be upgrades) the database again."""
    _engine.cache_clear()
    while _ENGINES:
        _ENGINES.pop().dispose()


_ENGINES: list[Engine] = []


def _migrate(engine: Engine, path: Path | None) -> None:
    config = _alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with _translated(engine), engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    _ENGINES.append(engine)
    if current == head:
        return
    backup = None
    if path is not None and current is not None:
        backup = _backup_before_upgrade(path, current)
    try:
        with _translated(engine), _writing(engine) as connection:
            _upgrade(connection)
    except Exception as error:
        if backup is None:
            raise
        reason = _first_line(error)
        raise StoreError(
            f"upgrading {path.name} from schema {current} to {head} failed ({reason}); the study file is "
            f"unchanged and a copy made before the upgrade is at {backup}") from error


def _backup_before_upgrade(path: Path, revision: str) -> Path:
    """Copy the study (SQLite backup API) to `<study>.sqlite.bak-<UTC time>-<revision>`; keep the last few."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.bak-{stamp}-{revision}")
    copy_sqlite(path, target)
    for old in upgrade_backups(path)[:-KEEP_UPGRADE_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def upgrade_backups(path: Path) -> list[Path]:
    """The automatic pre-upgrade backups of a study file, oldest first."""
    return sorted(path.parent.glob(f"{_glob_escape(path.name)}.bak-*"))


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file, WAL included, written atomically to `target`.

    Uses SQLite's online backup API in one step, which reads one snapshot: writers in other
    processes go on (WAL) and the copy never holds half a transaction. The copy is checked
    (`PRAGMA integrity_check`) before it is renamed into place.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    try:
        # Read-write, though only read: a read-only connection cannot checkpoint, and would leave
        # the study with -wal/-shm files beside it.
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_S)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
                check = dst.execute("PRAGMA integrity_check").fetchone()[0]
                if check != "ok":
                    raise StoreError(f"the backup of {source.name} failed its integrity check: {check}")
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb") as file:
            os.fsync(file.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


@contextmanager
def _writing(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        connection.execution_options(insights_write=True)
        with connection.begin():
            yield connection


@contextmanager
def _translated(engine: Engine) -> Iterator[None]:
    """Database conditions a user can meet become one clear StoreError line."""
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as error:
        translated = _store_error(engine, error)
        if translated is None:
            raise
        raise translated from error


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _store_error(engine: Engine, error: Exception) -> StoreError | None:
    reason = _first_line(error)
    path = sqlite_path(str(engine.url))
    where = str(path) if path is not None else engine.url.render_as_string(hide_password=True)
    lowered = reason.lower()
    if "locked" in lowered or "busy" in lowered:
        return StoreError(f"{where} is busy: another process held its write lock for over {BUSY_TIMEOUT_S} s "
                          "(nothing was changed); try again")
    if "disk is full" in lowered or "disk i/o error" in lowered:
        return StoreError(f"cannot write to {where}: {reason} (is the disk full?); nothing was changed")
    if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
        return StoreError(f"cannot use {where}: {reason}")
    return None


def _is_study_file(path: Path) -> bool:
    """A SQLite file made by this tool (read-only check: never migrate someone else's file)."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return {"studies", "alembic_version"} <= tables


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def _upgrade(connection: Connection) -> None:
    config = _alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Transactions are begun explicitly in _sqlite_begin (the sqlite3 module's own implicit
    # BEGIN is deferred and skips DDL, so a migration would not roll back as one).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    # WAL: readers never block the writer nor wait for it; one writer at a time.
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get("insights_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _plain(value):
    """A value a cache key (or JSON) can hold: datetimes as ISO text."""
    return value.isoformat() if isinstance(value, datetime) else value


def _now() -> datetime:
    return datetime.now(timezone.utc)
