"""Operations on a whole study: add files to it, read its tables.

Each file is one transaction: a bad file, or a crash half-way, leaves the
study exactly as it was before that file, and the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from insights.errors import UnreadableFile
from insights.ingest import collect_files, parse_transcript, read_bytes, read_participants
from insights.language import DEFAULT_LANGUAGES, check_languages
from insights.models import Statement, Transcript
from insights.segment import segment
from insights.store import Store


@dataclass
class IngestOptions:
    moderators: tuple[str, ...] = ()
    detect_moderators: bool = True
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    replace: bool = False


@dataclass
class FileResult:
    name: str
    status: str  # "added", "replaced", "duplicate", "skipped", "participants"
    detail: str = ""
    statements: int = 0


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def skipped(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "skipped"]

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


def ingest_paths(store: Store, study: str, paths: list[Path | str], options: IngestOptions | None = None,
                 on_file: Callable[[FileResult], None] | None = None) -> IngestReport:
    """Add transcript files and folders (and any participants.csv) to a study."""
    options = options or IngestOptions()
    check_languages(options.languages)
    batch = collect_files(paths)
    report = IngestReport([FileResult(error.name, "skipped", error.reason) for error in batch.skipped])
    with store.transaction() as connection:
        store.study_id(connection, study, create=True)
    work = [(p, lambda p=p: add_participants(store, study, read_bytes(p), p.name)) for p in batch.participants]
    work += [(p, lambda p=p: add_transcript(store, study, read_bytes(p), p.name, options)) for p in batch.transcripts]
    for result in list(report.results):
        if on_file:
            on_file(result)
    seen: dict[str, Path] = {}
    for path, add in work:
        if path.name in seen:  # e.g. group1/intervju.txt and group2/intervju.txt
            result = FileResult(path.name, "skipped", f"same file name as {seen[path.name]}; a study needs "
                                                      "distinct file names (they name the sessions)")
        else:
            seen[path.name] = path
            result = _guarded(path.name, add)
        report.results.append(result)
        if on_file:
            on_file(result)
    return report


def add_transcript(store: Store, study: str, data: bytes, name: str, options: IngestOptions | None = None) -> FileResult:
    """Parse, segment and store one transcript file, all or nothing."""
    options = options or IngestOptions()
    content_hash = hashlib.sha256(data).hexdigest()
    with store.transaction() as connection:
        study_id = store.study_id(connection, study, create=True)
        same = store.find_session(connection, study_id, content_hash=content_hash)
        if same:
            return FileResult(name, "duplicate", f"already in the study as {same['source']}")
    transcript = parse_transcript(data, name=name, moderators=options.moderators,
                                  detect_moderators=options.detect_moderators, languages=options.languages)
    statements = segment(transcript)
    with store.transaction() as connection:
        study_id = store.study_id(connection, study, create=True)
        status = "added"
        earlier = store.find_session(connection, study_id, session=transcript.session)
        if earlier and earlier["source"] != name:
            raise UnreadableFile(name, f"the study already has a session {transcript.session!r} from "
                                       f"{earlier['source']}; rename one of the files")
        if earlier:
            if not options.replace:
                raise UnreadableFile(name, f"a different version of {earlier['source']} is already in the study "
                                           "(use --replace to replace it)")
            store.delete_session(connection, earlier["id"])
            status = "replaced"
        session_id = store.insert_session(
            connection, study_id, session=transcript.session, source=transcript.source, format=transcript.format,
            language=transcript.language or "", content_hash=content_hash, metadata=transcript.metadata)
        store.insert_rows(connection, "utterances", _utterance_rows(session_id, transcript))
        store.insert_rows(connection, "statements", _statement_rows(session_id, statements))
    speakers = len({s.speaker for s in statements})
    people = "participant" if speakers == 1 else "participants"
    detail = f"{transcript.format}, {transcript.language}, {len(transcript.utterances)} turns, {speakers} {people}"
    return FileResult(name, status, detail, len(statements))


def add_participants(store: Store, study: str, data: bytes, name: str) -> FileResult:
    table = read_participants(data, name=name)
    with store.transaction() as connection:
        count = store.upsert_participants(connection, store.study_id(connection, study, create=True), table)
    return FileResult(name, "participants", f"{count} participants, attributes: {', '.join(table.columns[1:])}")


def _guarded(name: str, work: Callable[[], FileResult]) -> FileResult:
    try:
        return work()
    except UnreadableFile as error:
        return FileResult(error.name, "skipped", error.reason)
    except OSError as error:
        return FileResult(name, "skipped", error.strerror or str(error))
    except Exception as error:  # a bug must not cost the user the rest of the batch
        return FileResult(name, "skipped", f"unexpected error, please report it: {type(error).__name__}: {error}")


def _utterance_rows(session_id: int, transcript: Transcript) -> list[dict]:
    return [{"session_id": session_id, "turn": u.turn, "speaker": u.speaker, "role": u.role, "text": u.text,
             "start_s": u.start_s, "end_s": u.end_s, "metadata": json.dumps(u.metadata, ensure_ascii=False)}
            for u in transcript.utterances]


def _statement_rows(session_id: int, statements: list[Statement]) -> list[dict]:
    return [{"session_id": session_id, "statement_id": f"{s.session}:{s.turn}:{s.index_in_turn}", "turn": s.turn,
             "index_in_turn": s.index_in_turn, "speaker": s.speaker, "role": s.role, "text": s.text,
             "text_hash": hashlib.sha256(s.text.encode()).hexdigest(), "question": s.question,
             "language": s.language, "start_s": s.start_s, "end_s": s.end_s}
            for s in statements]
