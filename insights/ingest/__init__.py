"""Read transcript files into `Transcript`s: one reader per format.

Examples:
    >>> from insights.ingest import read_transcript
    >>> transcript = read_transcript("data/studies/blue-badge/transcripts/interview-1.txt")
    >>> transcript.speakers, transcript.language, transcript.utterances[0].role
    (['Interviewer', 'Janet'], 'en', 'moderator')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from insights.errors import UnreadableFile
from insights.ingest import csv, docx, srt, text, vtt, xlsx  # noqa: F401  (they register themselves)
from insights.ingest.participants import is_participants_file, read_participants
from insights.ingest.registry import reader_for, supported_suffixes
from insights.language import DEFAULT_LANGUAGES, detect_language
from insights.models import PARTICIPANT, Transcript
from insights.roles import assign_roles

MAX_FILE_BYTES = 64 * 1024 * 1024

__all__ = ["FileBatch", "collect_files", "parse_transcript", "read_participants", "read_transcript",
           "supported_suffixes"]


@dataclass
class FileBatch:
    """The files found under the paths a user gave, sorted by what they are."""

    transcripts: list[Path] = field(default_factory=list)
    participants: list[Path] = field(default_factory=list)
    skipped: list[UnreadableFile] = field(default_factory=list)


def collect_files(paths: list[Path | str]) -> FileBatch:
    """Expand folders (recursively, sorted) and set aside what cannot be read."""
    batch = FileBatch()
    suffixes = set(supported_suffixes())
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
        elif path.is_file():
            files = [path]
        else:
            batch.skipped.append(UnreadableFile(str(path), "no such file or folder"))
            continue
        for file in files:
            if is_participants_file(file.name):
                batch.participants.append(file)
            elif file.suffix.lower() in suffixes:
                batch.transcripts.append(file)
            else:
                batch.skipped.append(UnreadableFile(
                    file.name, f"unsupported file type {file.suffix or '(none)'} (supported: {', '.join(sorted(suffixes))})"))
    return batch


def read_bytes(path: Path | str) -> bytes:
    """A file's bytes, refusing files too large to be a transcript."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(path.name, f"too large ({size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)")
    return path.read_bytes()


def read_transcript(path: Path | str, *, moderators: tuple[str, ...] = (), detect_moderators: bool = True,
                    languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Transcript:
    """Read one transcript file: turns, roles and language."""
    path = Path(path)
    return parse_transcript(read_bytes(path), name=path.name, moderators=moderators,
                            detect_moderators=detect_moderators, languages=languages)


def parse_transcript(data: bytes, *, name: str, moderators: tuple[str, ...] = (),
                     detect_moderators: bool = True, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Transcript:
    """Parse a transcript's bytes; `name` is the file name shown and stored."""
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(name, f"too large ({len(data) // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)")
    transcript = reader_for(name, data).read(data, name=name)
    if not transcript.utterances:
        raise UnreadableFile(name, "no transcript text found")
    assign_roles(transcript, moderators=moderators, detect=detect_moderators)
    spoken = [u.text for u in transcript.utterances if u.role == PARTICIPANT] or [u.text for u in transcript.utterances]
    transcript.language = detect_language(" ".join(spoken), languages)
    return transcript


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "~$")) for part in relative.parts)
