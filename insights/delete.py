"""Delete a study for good: its file (or its rows), its backups and the vectors only it used.

A study in its own SQLite file (the default) goes with the file: `<study>.sqlite`,
its `-wal`, `-shm` and `-journal`, and the automatic pre-upgrade backups
`<study>.sqlite.bak-*` (and any half-written `.<study>.sqlite.bak-*.part`).

In a shared database (a URL, or a SQLite file holding several studies) every
row of the study goes in one transaction: sessions, utterances, statements,
participants, analysis runs, themes, statement results, edits and the study
itself, and the embedding-cache vectors of texts no other study has. The cache
is keyed by text hash and model id, not by study, so the texts a study embedded
(statements, the questions before them, and the lemmas of their content words)
are hashed again here and compared with every other study's. A shared SQLite
file is then vacuumed and its WAL checkpointed and truncated, so the deleted
text is not left in free pages or in the WAL.

What this cannot reach: copies made by hand or by `insights backup`, exports,
the pseudonym mapping file, the vectors of searches typed in the dashboard
(keyed by the query alone), and, on PostgreSQL, dead row versions until the
server vacuums them and its WAL archives or dumps (run `VACUUM FULL` and purge
those by the server's own rules). A deleted file's blocks stay on the disk
until they are reused: full-disk encryption is what protects those.

Examples:
    >>> from insights.store import StoreLocation
    >>> delete_study(StoreLocation(home=Path("/srv/insights")), "bygglov")  # doctest: +SKIP
    DeleteReport(study='bygglov', files=[PosixPath('/srv/insights/bygglov.sqlite')], rows={}, vectors=0)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, delete, select

from insights.embed import text_hash
from insights.errors import InsightsError, StudyNotFound
from insights.language import content_lemmas
from insights.schema import (
    analysis_runs,
    edits,
    embeddings,
    participants,
    sessions,
    statement_results,
    statements,
    studies,
    themes,
    utterances,
)
from insights.store import (
    BUSY_TIMEOUT_S,
    Store,
    StoreLocation,
    check_study_name,
    default_home,
    forget_engines,
    sqlite_path,
)

_SIDE_FILES = ("-wal", "-shm", "-journal")
_CHUNK = 500  # keeps IN (...) lists under SQLite's variable limit


@dataclass
class DeleteReport:
    """What `delete_study` removed: files, rows per table, embedding vectors."""

    study: str
    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    vectors: int = 0

    def summary(self) -> str:
        """One line for the CLI."""
        parts = []
        if self.files:
            parts.append(f"{len(self.files)} file(s)")
        if self.rows:
            parts.append(f"{sum(self.rows.values())} row(s)")
        if self.vectors:
            parts.append(f"{self.vectors} cached vector(s)")
        return f"study {self.study!r} deleted: " + (", ".join(parts) or "nothing was stored")


def delete_study(location: StoreLocation, study: str) -> DeleteReport:
    """Remove every trace of `study` the store holds; StudyNotFound if there is no such study.

    Own SQLite file: the file, its -wal/-shm/-journal and its backups are removed.
    Shared database: the study's rows and the vectors only it used are deleted in one
    transaction (all or nothing); a shared SQLite file is vacuumed afterwards.
    """
    study = check_study_name(study)  # NFC: "blå" typed on a Mac names the same study
    if location.url:
        return _delete_rows(Store(location.url), study, vacuum=True)
    path = (location.home or default_home()) / f"{study}.sqlite"
    if not path.exists():
        raise StudyNotFound(study, location.study_names())
    store = location.store_for(study)
    others = [name for name in store.study_names() if name != study]
    if study not in store.study_names():
        raise StudyNotFound(study, location.study_names())
    if others:  # not made by this tool's default layout, but possible: keep the other studies
        return _delete_rows(store, study, vacuum=True)
    forget_engines()  # no cached connection may write the file again after it is gone
    return DeleteReport(study, files=_remove_files(path))


def study_file_set(path: Path) -> list[Path]:
    """The files that belong to the study file `path`: itself, -wal/-shm/-journal, backups, partial backups."""
    candidates = [path, *(path.with_name(path.name + suffix) for suffix in _SIDE_FILES)]
    for pattern in (f"{_glob_escape(path.name)}.bak-*", f".{_glob_escape(path.name)}.bak-*"):
        candidates += sorted(path.parent.glob(pattern))
    return [p for p in dict.fromkeys(candidates) if p.exists() or p.is_symlink()]


def _remove_files(path: Path) -> list[Path]:
    removed = []
    for file in study_file_set(path):
        try:
            file.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise InsightsError(f"cannot delete {file}: {error.strerror or error}; "
                                f"{len(removed)} of the study's files were removed, run the command again") from None
        removed.append(file)
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


# --------------------------------------------------------------------------- a shared database


def _delete_rows(store: Store, study: str, *, vacuum: bool) -> DeleteReport:
    report = DeleteReport(study)
    with store.transaction() as connection:
        study_id = connection.scalar(select(studies.c.id).where(studies.c.name == study))
        if study_id is None:
            raise StudyNotFound(study, list(connection.scalars(select(studies.c.name).order_by(studies.c.name))))
        doomed = _study_hashes(connection, [study_id])
        others = [i for i in connection.scalars(select(studies.c.id)) if i != study_id]
        only_here = sorted(doomed - _study_hashes(connection, others))
        session_ids = select(sessions.c.id).where(sessions.c.study_id == study_id).scalar_subquery()
        run_ids = select(analysis_runs.c.id).where(analysis_runs.c.study_id == study_id).scalar_subquery()
        for table, condition in (
            (statement_results, statement_results.c.run_id.in_(run_ids)),
            (themes, themes.c.run_id.in_(run_ids)),
            (analysis_runs, analysis_runs.c.study_id == study_id),
            (edits, edits.c.study_id == study_id),
            (statements, statements.c.session_id.in_(session_ids)),
            (utterances, utterances.c.session_id.in_(session_ids)),
            (sessions, sessions.c.study_id == study_id),
            (participants, participants.c.study_id == study_id),
            (studies, studies.c.id == study_id),
        ):
            report.rows[table.name] = connection.execute(delete(table).where(condition)).rowcount
        for start in range(0, len(only_here), _CHUNK):
            chunk = only_here[start:start + _CHUNK]
            report.vectors += connection.execute(delete(embeddings).where(embeddings.c.text_hash.in_(chunk))).rowcount
    path = sqlite_path(store.url)
    if vacuum and path is not None:
        _vacuum(path)
    return report


def _study_hashes(connection: Connection, study_ids: Iterable[int]) -> set[str]:
    """Hashes of every text the analysis embeds for these studies (see insights.analysis.embed_views)."""
    study_ids = list(study_ids)
    if not study_ids:
        return set()
    query = (select(statements.c.text, statements.c.question, statements.c.language)
             .join(sessions, sessions.c.id == statements.c.session_id)
             .where(sessions.c.study_id.in_(study_ids)))
    texts: set[str] = set()
    for text, question, language in connection.execute(query):
        texts.add(text)
        texts.add(question if isinstance(question, str) else "")
        texts.update(content_lemmas(text, language))
    return {text_hash(text) for text in texts}


def _vacuum(path: Path) -> None:
    """Rewrite a shared SQLite file without the deleted pages and empty its WAL.

    Another process reading the file at this moment can keep the WAL from being
    truncated; the deleted rows are gone either way, and the next checkpoint empties it.
    """
    forget_engines()
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError as error:
        raise InsightsError(f"the study's rows are deleted, but {path.name} could not be vacuumed ({error}); "
                            f"run the command again when no one else is using it") from None
    finally:
        connection.close()
