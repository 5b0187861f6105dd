"""Read transcript files into `Transcript`s: one reader per format.

Examples:
    >>> from insights.ingest import read_transcript
    >>> transcript = read_transcript("data/studies/blue-badge/transcripts/interview-1.txt")
    >>> transcript.speakers, transcript.language, transcript.utterances[0].role
    (['Interviewer', 'Janet'], 'en', 'moderator')
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from insights.errors import UnreadableFile
from insights.ingest import chat, csv, docx, srt, text, vtt, xlsx  # noqa: F401  (they register themselves)
from insights.ingest.participants import is_participants_file, read_participants
from insights.ingest.registry import reader_for, supported_suffixes
from insights.language import DEFAULT_LANGUAGES, detect_language
from insights.models import PARTICIPANT, Transcript
from insights.roles import assign_roles

# A 3-hour focus group is 1-2 MB as WebVTT; 64 MB leaves room for Word files with pictures.
# Any file up to this size ingests within 2 GB peak memory (tests/test_big_inputs.py measures it).
MAX_FILE_BYTES = 64 * 1024 * 1024
# Longer names cannot come from a file system (255 bytes on ext4, APFS, NTFS).
MAX_NAME_CHARS = 255
# Unicode categories a file name may not hold: controls (NUL, newline), format characters
# (the right-to-left override, zero-width space), private-use, unassigned, line separators.
_UNSHOWABLE = frozenset({"Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"})

__all__ = ["FileBatch", "check_file_name", "collect_files", "parse_transcript", "read_participants",
           "read_transcript", "shown_name", "supported_suffixes", "too_large"]


@dataclass
class FileBatch:
    """The files found under the paths a user gave, sorted by what they are."""

    transcripts: list[Path] = field(default_factory=list)
    participants: list[Path] = field(default_factory=list)
    skipped: list[UnreadableFile] = field(default_factory=list)


def collect_files(paths: list[Path | str]) -> FileBatch:
    """Expand folders (recursively, sorted) and set aside what cannot be read.

    A file whose name cannot name a session (control or bidirectional characters, not
    UTF-8, the same name as another file once Unicode-normalised) is set aside with the
    reason; nothing is ever written under a file's name, it is only shown.
    """
    batch = FileBatch()
    suffixes = set(supported_suffixes())
    names: dict[str, Path] = {}
    for path in map(Path, paths):
        try:
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            elif path.is_file():
                files = [path]
            else:
                batch.skipped.append(UnreadableFile(shown_name(str(path), limit=None), "no such file or folder"))
                continue
        except (OSError, ValueError) as error:  # a name too long for the file system, a NUL byte
            reason = getattr(error, "strerror", None) or str(error)
            batch.skipped.append(UnreadableFile(shown_name(str(path), limit=None), f"cannot be read: {reason}"))
            continue
        for file in files:
            try:
                name = check_file_name(file.name)
            except UnreadableFile as error:
                batch.skipped.append(error)
                continue
            if name in names and names[name].name != file.name:  # NFC and NFD spellings of one name
                batch.skipped.append(UnreadableFile(shown_name(file.name), f"same file name as {names[name]} "
                                                    "once Unicode-normalised; rename one of them"))
                continue
            names.setdefault(name, file)
            if is_participants_file(file.name):
                batch.participants.append(file)
            elif file.suffix.lower() in suffixes:
                batch.transcripts.append(file)
            else:
                batch.skipped.append(UnreadableFile(
                    file.name, f"unsupported file type {file.suffix or '(none)'} (supported: {', '.join(sorted(suffixes))})"))
    return batch


def check_file_name(name: str) -> str:
    """The name to show and store for a file (Unicode NFC), or UnreadableFile saying why it cannot be used.

    The name only labels a session; it is never used as a path. Refused: folders or
    separators in it, control characters (NUL, newlines), invisible formatting such as
    the right-to-left override that makes "gpj.txt" look like "txt.jpg", names that are
    not valid UTF-8, and names longer than any file system allows.

    Examples:
        >>> check_file_name("a\u030a.txt") == "\u00e5.txt"
        True
        >>> check_file_name("evil\u202etxt.exe")
        Traceback (most recent call last):
        ...
        insights.errors.UnreadableFile: evil\u202etxt.exe: the file name has a control or unprintable character (U+202E); rename the file
    """
    shown = shown_name(name)
    if any("\ud800" <= char <= "\udfff" for char in name):  # undecodable bytes, kept by os.fsdecode
        raise UnreadableFile(shown, "the file name is not valid UTF-8; rename the file")
    name = unicodedata.normalize("NFC", name)
    odd = next((char for char in name if unicodedata.category(char) in _UNSHOWABLE), None)
    if odd is not None:
        raise UnreadableFile(shown, f"the file name has a control or unprintable character (U+{ord(odd):04X}); "
                                    "rename the file")
    separator = next((char for char in "/\\" if char in name), None)
    if separator:
        raise UnreadableFile(shown, f"the file name has a folder separator ({separator}); rename the file")
    if len(name) > MAX_NAME_CHARS:
        raise UnreadableFile(shown, f"the file name is too long ({len(name)} characters; the limit is {MAX_NAME_CHARS})")
    stem, dot, _suffix = name.rpartition(".")
    if not (stem if dot else name).strip(" ."):
        raise UnreadableFile(shown, "the file name has no name before its suffix; rename the file")
    return name


def shown_name(name: str, limit: int | None = 80) -> str:
    """A file name fit for one line of a message: control characters escaped, long names shortened.

    Examples:
        >>> shown_name("new\\nline.txt"), shown_name("x" * 100 + ".txt", limit=12)
        ('new\\\\nline.txt', 'xxxxxx…x.txt')
    """
    shown = "".join(char if char.isprintable() and not "\ud800" <= char <= "\udfff"
                    else ascii(char)[1:-1] for char in name)
    if limit and len(shown) > limit:
        keep = limit - 6
        shown = f"{shown[:keep]}…{shown[-5:]}"
    return shown


def too_large(name: str, size: int) -> UnreadableFile:
    """The error for a file over MAX_FILE_BYTES, raised before any of it is read."""
    megabytes = -(-size // 2**20)  # rounded up: one byte over the limit is not "64 MB (limit 64 MB)"
    return UnreadableFile(shown_name(name), f"file too large: {megabytes} MB (limit {MAX_FILE_BYTES // 2**20} MB)")


def read_bytes(path: Path | str) -> bytes:
    """A file's bytes, refusing files too large to be a transcript."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise too_large(path.name, size)
    return path.read_bytes()


def read_transcript(path: Path | str, *, moderators: tuple[str, ...] = (), detect_moderators: bool = True,
                    languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Transcript:
    """Read one transcript file: turns, roles and language."""
    path = Path(path)
    return parse_transcript(read_bytes(path), name=path.name, moderators=moderators,
                            detect_moderators=detect_moderators, languages=languages)


def parse_transcript(data: bytes, *, name: str, moderators: tuple[str, ...] = (),
                     detect_moderators: bool = True, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Transcript:
    """Parse a transcript's bytes; `name` is the file name shown and stored (checked, NFC)."""
    if len(data) > MAX_FILE_BYTES:
        raise too_large(name, len(data))
    name = check_file_name(name)
    transcript = reader_for(name, data).read(data, name=name)
    if not transcript.utterances:
        raise UnreadableFile(name, "no transcript text found")
    assign_roles(transcript, moderators=moderators, detect=detect_moderators)
    spoken = [u.text for u in transcript.utterances if u.role == PARTICIPANT] or [u.text for u in transcript.utterances]
    transcript.language = detect_language(" ".join(spoken), languages)
    return transcript


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "~$")) for part in relative.parts)
