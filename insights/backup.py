"""Backups of a study: a consistent copy of its SQLite file, taken while others keep working.

A plain file copy of a live study can miss what sits in its write-ahead log (`-wal`) or catch
half a transaction; SQLite's online backup API copies one consistent snapshot instead, and
writers in other processes go on meanwhile. The copy is checked before it is put in place.

Examples:
    >>> from insights.store import StoreLocation
    >>> backup_study(StoreLocation(), "bygglov", Path("backups"))    # doctest: +SKIP
    PosixPath('backups/bygglov-20261125T101500Z.sqlite')
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from insights.errors import InvalidOption, StudyNotFound
from insights.store import StoreError, StoreLocation, check_study_name, copy_sqlite, sqlite_path


def backup_study(store_location: StoreLocation, study: str, destination: Path | str) -> Path:
    """Copy a study's SQLite file to `destination` and return where the copy is.

    `destination` is a file path, or an existing folder to put `<study>-<UTC time>.sqlite` in.
    The copy is a complete study file: `INSIGHTS_HOME=<its folder>` opens it. An existing file
    is replaced atomically (never half-written); the study's own file is never overwritten.

    Raises:
        StudyNotFound: no such study.
        InvalidOption: the destination is the study file itself.
        StoreError: the store is not SQLite (PostgreSQL backups are pg_dump's job), or the copy failed.
    """
    study = check_study_name(study)  # NFC: "blå" typed on a Mac names the same study
    source = sqlite_path(store_location.store_for(study).url)  # no connection yet
    if source is None:
        where = make_url(store_location.url).render_as_string(hide_password=True)
        raise StoreError(f"study {study!r} is in the database {where}, not in a SQLite file: back it up with "
                         "the database's own tools (for PostgreSQL: pg_dump)")
    store = store_location.existing_store(study)
    if study not in store.study_names():  # also opens the file: upgraded, if need be, before the copy
        raise StudyNotFound(study, store_location.study_names())
    target = Path(destination).expanduser()
    if target.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = target / f"{source.stem}-{stamp}.sqlite"
    if target.exists() and target.resolve() == source.resolve():
        raise InvalidOption(f"{target} is the study file itself: choose another place for the backup")
    try:
        return copy_sqlite(source, target)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise StoreError(f"cannot write the backup of {study!r} to {target}: {reason}") from error
