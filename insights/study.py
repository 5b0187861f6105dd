"""Operations on a whole study: add files to it, read its tables.

Each file is one transaction: a bad file, or a crash half-way, leaves the
study exactly as it was before that file, and the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from insights.errors import InsightsError, UnreadableFile
from insights.ingest import collect_files, parse_transcript, read_bytes, read_participants
from insights.language import DEFAULT_LANGUAGES, check_languages
from insights.insights import person
from insights.models import MODERATOR, Statement, Transcript
from insights.redact import PSEUDONYM, Redactor
from insights.segment import segment
from insights.store import Store


@dataclass
class IngestOptions:
    moderators: tuple[str, ...] = ()
    detect_moderators: bool = True
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    replace: bool = False
    # Redact before anything is stored: speakers become pseudonyms, personal data tokens.
    # One Redactor per batch keeps pseudonyms consistent across its files.
    redactor: Redactor | None = None


@dataclass
class FileResult:
    name: str
    status: str  # "added", "replaced", "duplicate", "skipped", "participants"
    detail: str = ""
    statements: int = 0
    warning: str = ""  # the file was read, but how it was read looks doubtful (`layout_warning`)


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
    # The moderators a participants.csv names moderate in this batch's transcripts (read first:
    # a redacted batch stores the transcripts before the participants).
    tables = []
    for path in batch.participants:
        try:
            tables.append((path.name, read_bytes(path)))
        except InsightsError:  # reported when the file itself is added
            continue
    options = replace(options, moderators=options.moderators + moderators_in(tables))
    report = IngestReport([FileResult(error.name, "skipped", error.reason) for error in batch.skipped])
    with store.transaction() as connection:
        store.study_id(connection, study, create=True)
    participants = [(p, lambda p=p: add_participants(store, study, read_bytes(p), p.name, options.redactor))
                    for p in batch.participants]
    transcripts = [(p, lambda p=p: add_transcript(store, study, read_bytes(p), p.name, options))
                   for p in batch.transcripts]
    # Redacting, the transcripts go first: they say who moderates, so participants.csv rows
    # get the same pseudonyms (M1 for the moderator) rather than new ones.
    work = transcripts + participants if options.redactor else participants + transcripts
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
    """Parse, segment and store one transcript file, all or nothing.

    A file already in the study is read again and compared with what is stored: when this
    version of insights reads it differently (a reader learned its layout), `replace` stores
    the new reading; without it, the result says so and the study stays as it was.
    """
    options = options or IngestOptions()
    content_hash = hashlib.sha256(data).hexdigest()
    with store.transaction() as connection:
        study_id = store.study_id(connection, study, create=True)
        same = store.find_session(connection, study_id, content_hash=content_hash)
    transcript, statements, warning = _reading(store, study, data, name, options)
    if same:
        duplicate = FileResult(name, "duplicate", f"already in the study as {same['source']}")
        if same["source"] != transcript.source:
            return duplicate
        with store.reading() as connection:
            stored = store.session_rows(connection, same["id"])
        new = (_utterance_rows(same["id"], transcript), _statement_rows(same["id"], statements))
        change = reading_change(stored, new, pseudonymous=options.redactor is not None)
        if not change:
            return duplicate
        if not options.replace:
            duplicate.warning = (f"this version of insights reads it differently ({change}); "
                                 "add it again with --replace to store the new reading")
            return duplicate
    with store.transaction() as connection:
        study_id = store.study_id(connection, study, create=True)
        status = "added"
        earlier = store.find_session(connection, study_id, session=transcript.session)
        if earlier and earlier["source"] != transcript.source:
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
    if same:
        detail += f"; read anew ({change})"
    return FileResult(name, status, detail, len(statements), warning)


def _reading(store: Store, study: str, data: bytes, name: str,
             options: IngestOptions) -> tuple[Transcript, list[Statement], str]:
    """The file parsed (redacted if asked), its statements, and any doubt about its layout."""
    moderators = options.moderators
    if study in store.study_names() and not options.redactor:
        # A participants.csv added earlier names them too (not in a redacted study: it keeps pseudonyms only).
        stored = listed_moderators(store.participants_table(study))
        moderators += tuple(name for name in stored if not PSEUDONYM.match(name))
    transcript = parse_transcript(data, name=name, moderators=moderators,
                                  detect_moderators=options.detect_moderators, languages=options.languages)
    warning = layout_warning(transcript)
    if options.redactor:
        transcript = redacted_transcript(transcript, options.redactor)
    return transcript, segment(transcript), warning


def reading_change(stored: tuple[list[dict], list[dict]], new: tuple[list[dict], list[dict]], *,
                   pseudonymous: bool = False) -> str:
    """How a new reading of a file differs from the stored one, in a few words; "" when it does not.

    Both are (utterance rows, statement rows) as stored, row ids aside. Pseudonymous
    readings compare speakers by order of appearance: a batch redacted without the
    earlier batch's mapping numbers the same people anew.

    Examples:
        >>> turn = {"turn": 0, "speaker": "Anna", "text": "Hej."}
        >>> reading_change(([turn], []), ([turn], []))
        ''
        >>> reading_change(([turn], []), ([turn, {**turn, "turn": 1}], [{"text": "Hej."}]))
        'now 2 turns and 1 statement, stored 1 turn and 0 statements'
        >>> reading_change(([turn], []), ([{**turn, "speaker": "Bo"}], []))
        'turns or statements changed, still 1 turn and 0 statements'
    """
    def comparable(rows: list[dict]) -> list[dict]:
        order: dict[str, int] = {}
        return [{k: order.setdefault(v, len(order)) if k == "speaker" and pseudonymous else v
                 for k, v in row.items() if k not in ("id", "session_id")} for row in rows]

    if all(comparable(a) == comparable(b) for a, b in zip(stored, new)):
        return ""

    def counts(rows: tuple[list[dict], list[dict]]) -> str:
        turns, statements = (len(part) for part in rows)
        return f"{turns} turn{'s' * (turns != 1)} and {statements} statement{'s' * (statements != 1)}"

    if counts(stored) == counts(new):
        return f"turns or statements changed, still {counts(new)}"
    return f"now {counts(new)}, stored {counts(stored)}"


def layout_warning(transcript: Transcript) -> str:
    """Why a transcript that was read may have been read wrong, or "" when nothing looks odd.

    A layout the readers do not know usually still reads, as one speaker or one huge
    turn; every score of the analysis then collapses (see benchmarks/README.md). The
    warning names no speaker, so it is safe to show for a redacted study too.

    Examples:
        >>> from insights.models import Utterance
        >>> layout_warning(Transcript("a.txt", [Utterance("unknown", "Hej."), Utterance("unknown", "Hallå.")]))
        "no speaker labels recognised: every paragraph is a turn of 'unknown'"
    """
    turns = transcript.utterances
    speakers = {turn.speaker for turn in turns}
    words = [len(turn.text.split()) for turn in turns]
    if speakers == {"unknown"}:
        return "no speaker labels recognised: every paragraph is a turn of 'unknown'"
    if len(speakers) == 1 and sum(words) >= LAYOUT_CHECK_WORDS:
        return "only one speaker recognised; if others speak, their labels are in a layout the readers do not know"
    if len(turns) >= 2 and sum(words) >= LAYOUT_CHECK_WORDS and max(words) > 0.5 * sum(words):
        return (f"one turn holds {max(words) / sum(words):.0%} of the words: "
                "speaker labels inside it may have been missed")
    if len(speakers) >= 2 and not any(turn.role == MODERATOR for turn in turns):
        return ("no moderator recognised, so questions count as statements: "
                "name the moderator with --moderator or in participants.csv")
    return ""


LAYOUT_CHECK_WORDS = 150  # shorter files say too little about their layout


def add_participants(store: Store, study: str, data: bytes, name: str, redactor: Redactor | None = None) -> FileResult:
    table = read_participants(data, name=name)
    if redactor:
        roles = ["moderator" if _names_moderator(row) else "participant" for row in table.itertuples(index=False)]
        table = table.assign(speaker=[redactor.pseudonym(s, role) for s, role in zip(table["speaker"], roles)])
        # "Interviewer" and "INTERVIEWER" are one person, so one pseudonym: keep its first row
        table = table.map(redactor.redact).drop_duplicates("speaker", keep="first")
    with store.transaction() as connection:
        count = store.upsert_participants(connection, store.study_id(connection, study, create=True), table)
    return FileResult(name, "participants", f"{count} participants, attributes: {', '.join(table.columns[1:])}")


def redacted_transcript(transcript: Transcript, redactor: Redactor) -> Transcript:
    """The transcript with pseudonyms for its speakers and personal data replaced in every text.

    All speakers are named first, so a turn that mentions a later speaker is covered.
    Generic labels ("Respondent") are one person per file, as the insight cards count them.
    """
    session = transcript.session
    pseudonyms = {u.speaker: redactor.pseudonym(person(u.speaker, session), u.role) for u in transcript.utterances}
    utterances = [replace(u, speaker=pseudonyms[u.speaker], text=redactor.redact(u.text),
                          metadata={k: redactor.redact(v) for k, v in u.metadata.items()})
                  for u in transcript.utterances]
    return replace(transcript, utterances=utterances, source=_redacted_source(transcript.source, pseudonyms),
                   metadata={k: redactor.redact(v) for k, v in transcript.metadata.items()})


def _redacted_source(source: str, pseudonyms: dict[str, str]) -> str:
    """The file name with its speakers' names as their pseudonyms: "intervju-birgitta-lund.txt" -> "intervju-P3.txt".

    Examples:
        >>> _redacted_source("intervju-birgitta-lund.txt", {"Birgitta Lund": "P3", "Karin": "M1"})
        'intervju-P3.txt'
        >>> _redacted_source("fokusgrupp-2.vtt", {"Anna": "P1"})
        'fokusgrupp-2.vtt'
    """
    separator = r"[\W_]+"
    for label, pseudonym in pseudonyms.items():
        parts = [part for part in re.split(separator, label) if len(part) >= 3 and not part.isdigit()]
        if not parts or label == pseudonym:
            continue
        for pattern in [separator.join(map(re.escape, parts)), *map(re.escape, parts)]:
            source = re.sub(rf"(?i)(?<![^\W_]){pattern}(?![^\W_])", pseudonym, source)
    return re.sub(r"\b([PM]\d+)(?:[\W_]+\1\b)+", r"\1", source)


def listed_moderators(table: pd.DataFrame) -> tuple[str, ...]:
    """The speakers of a participants table whose row says moderator ("moderator", "intervjuare" …)."""
    return tuple(row.speaker for row in table.itertuples(index=False) if _names_moderator(row))


def moderators_in(files: list[tuple[str, bytes]]) -> tuple[str, ...]:
    """The moderators that participants tables, given as (name, bytes), name."""
    names: tuple[str, ...] = ()
    for name, data in files:
        try:
            names += listed_moderators(read_participants(data, name=name))
        except InsightsError:  # reported when the file itself is added
            continue
    return names


def _names_moderator(row) -> bool:
    """A participants.csv row whose attributes say moderator (segment or role "moderator", "intervjuare" …)."""
    return any(str(value).strip().casefold() in MODERATOR_WORDS for value in row[1:])


MODERATOR_WORDS = frozenset({"moderator", "moderators", "interviewer", "intervjuare", "facilitator",
                             "samtalsledare", "moderatorer"})


def study_pseudonyms(store: Store, study: str) -> set[str]:
    """The pseudonyms a redacted study already uses: a new batch numbers on after them."""
    speakers = store.utterances_table(study)["speaker"] if study in store.study_names() else []
    return {speaker for speaker in dict.fromkeys(speakers) if PSEUDONYM.match(str(speaker))}


def _guarded(name: str, work: Callable[[], FileResult]) -> FileResult:
    try:
        return work()
    except UnreadableFile as error:
        return FileResult(error.name, "skipped", error.reason)
    except OSError as error:
        return FileResult(name, "skipped", error.strerror or str(error))
    except InsightsError:
        raise  # a full disk or a locked store stops the batch with one line; the next file would fail too
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
