"""Read a REFI-QDA project (.qdpx) made by NVivo, ATLAS.ti, MAXQDA, QualCoder or us.

Parse only: the text sources and the human codes applied to them, so a
researcher's coding can be compared with the automatic themes. Pictures,
PDFs, audio and video are skipped (and said so in `warnings`).

The archive comes from outside, so it is opened defensively: the zip-bomb
guard of `insights.ingest.archive`, member names used only as keys into the
archive (never as file-system paths), and XML parsed without DTDs, entities
or network access. A broken archive or project file raises `UnreadableFile`
with one reason; a missing or unreadable source text is a warning.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree

from insights.errors import UnreadableFile
from insights.ingest.archive import ZIP_ERRORS, declares_doctype, open_office_zip, safe_parser, too_many_members

PROJECT_MEMBER = "project.qde"  # ATLAS.ti writes Project.qde: members are matched without case
SOURCES_FOLDER = "sources"
INTERNAL = "internal://"
MAX_PROJECT_BYTES = 256 * 1024 * 1024
KIND = "REFI-QDA project (.qdpx)"
_NON_TEXT_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")


class QdpxSource(NamedTuple):
    """A text source: its name (NFC, unique within the project) and its text, None where the archive lacks it.

    The text is exactly as stored (line endings too), since codings count characters in it.
    """

    name: str
    text: str | None


class QdpxCode(NamedTuple):
    """A code: GUID (upper case, no braces), name, and its parent code's GUID (None at the top)."""

    guid: str
    name: str
    parent: str | None


class QdpxCoding(NamedTuple):
    """A code applied to characters [start, end) of a text source (Unicode code points)."""

    source: str
    start: int
    end: int
    code_guid: str
    code_path: tuple[str, ...]  # code names from the top of the code tree down to the code

    @property
    def code_name(self) -> str:
        return self.code_path[-1]


@dataclass
class QdpxProject:
    """What a .qdpx holds that a study can use.

    `codings` point into `sources` by name; `warnings` say what was skipped
    and why (missing source texts, media sources, codings out of range).
    """

    name: str
    sources: list[QdpxSource] = field(default_factory=list)
    codes: list[QdpxCode] = field(default_factory=list)
    codings: list[QdpxCoding] = field(default_factory=list)
    origin: str = ""
    warnings: list[str] = field(default_factory=list)

    def text_of(self, source: str) -> str | None:
        return next((s.text for s in self.sources if s.name == source), None)


def read_qdpx(data: bytes, name: str) -> QdpxProject:
    """Read a .qdpx archive's text sources, codes and text codings.

    Args:
        data: the archive's bytes.
        name: the file name, for messages.

    Raises:
        UnreadableFile: not a zip, a zip bomb, no project.qde, XML that is
            broken, carries a DTD, or is not a REFI-QDA project.

    Examples:
        >>> read_qdpx(b"not a zip", "codes.qdpx")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        insights.errors.UnreadableFile: codes.qdpx: not a valid REFI-QDA project (.qdpx) file (corrupt or ...)
    """
    archive, project_member = _open_archive(data, name)
    root = parse_project_xml(_read_member(archive, project_member, name, MAX_PROJECT_BYTES), name)
    namespace = etree.QName(root).namespace
    project = QdpxProject(name=root.get("name") or "", origin=root.get("origin") or "")
    codes, paths = _codes(root, namespace)
    project.codes = codes
    members = _source_members(archive)
    seen_names: set[str] = set()
    missing, skipped_media, bad_refs, out_of_range = [], 0, 0, 0
    sources = _child(root, namespace, "Sources")
    for element in (sources if sources is not None else ()):
        if not isinstance(element.tag, str):
            continue
        kind = etree.QName(element).localname
        if kind in _NON_TEXT_SOURCES:
            skipped_media += 1
            continue
        if kind != "TextSource":
            continue
        source_name = _unique(_name(element.get("name")) or _guid(element.get("guid")) or "source", seen_names)
        text, problem = _source_text(element, namespace, archive, members, name)
        if problem:
            missing.append(f"{source_name} ({problem})")
        project.sources.append(QdpxSource(source_name, text))
        for start, end, code_guid in _text_codings(element, namespace, text):
            if code_guid not in paths:
                bad_refs += 1
            elif not _fits(start, end, text):
                out_of_range += 1
            else:
                project.codings.append(QdpxCoding(source_name, start, end, code_guid, paths[code_guid]))
    project.warnings = _warnings(missing, skipped_media, bad_refs, out_of_range)
    return project


# --------------------------------------------------------------------------- archive and XML


def _open_archive(data: bytes, name: str) -> tuple[zipfile.ZipFile, str]:
    try:  # (an archive with too many members is not listed here: open_office_zip refuses it at once)
        names = [] if too_many_members(data) else zipfile.ZipFile(io.BytesIO(data)).namelist()
    except ZIP_ERRORS:
        names = []  # open_office_zip below says what is wrong
    member = next((n for n in names if n.lower() == PROJECT_MEMBER), PROJECT_MEMBER)
    # Only project.qde is parsed as XML; source files (text, or .docx and PDFs: zips themselves) are never opened.
    return open_office_zip(data, name, required_member=member, kind=KIND, xml_member=lambda m: m == member,
                           may_hold_zip=_in_sources_folder), member


def _in_sources_folder(member: str) -> bool:
    return member.replace("\\", "/").rpartition("/")[0].lower() == SOURCES_FOLDER


def _read_member(archive: zipfile.ZipFile, member: str, name: str, limit: int) -> bytes:
    info = archive.getinfo(member)
    if info.file_size > limit:
        raise UnreadableFile(name, f"refused: {member} unpacks to {info.file_size // 2**20} MB "
                                   f"(the limit is {limit // 2**20} MB)")
    try:
        return archive.read(info)
    except ZIP_ERRORS as error:
        # encrypted members raise RuntimeError, unknown compression NotImplementedError; damage BadZipFile,
        # zlib.error (a broken deflate stream) or ValueError (a header offset pointing before the file)
        raise UnreadableFile(name, f"cannot unpack {member} ({_first_line(error)})") from None


def parse_project_xml(data: bytes, name: str) -> etree._Element:
    """The root of a project.qde, parsed safely; UnreadableFile for broken XML, any DTD, or another root.

    Examples:
        >>> parse_project_xml(b'<!DOCTYPE p [<!ENTITY x "y">]><Project name="&x;"/>', "a.qdpx")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        insights.errors.UnreadableFile: a.qdpx: refused: project.qde declares a DTD (<!DOCTYPE>), ...
    """
    try:
        if declares_doctype(data):
            raise UnreadableFile(name, "refused: project.qde declares a DTD (<!DOCTYPE>), "
                                       "which REFI-QDA projects never need")
        tree = etree.parse(io.BytesIO(data), safe_parser())
    except etree.XMLSyntaxError as error:
        raise UnreadableFile(name, f"project.qde is not well-formed XML ({_first_line(error)})") from None
    root = tree.getroot()
    if etree.QName(root).localname != "Project":
        raise UnreadableFile(name, f"not a REFI-QDA project: project.qde holds <{etree.QName(root).localname}>, "
                                   "expected <Project>")
    return root


def _source_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """File name (lower case) -> member name, for the files in the archive's sources folder."""
    members = {}
    for member in archive.namelist():
        folder, _, file_name = member.replace("\\", "/").rpartition("/")
        if folder.lower() == SOURCES_FOLDER and file_name:
            members[file_name.lower()] = member
    return members


def _source_text(element, namespace: str | None, archive: zipfile.ZipFile, members: dict[str, str],
                 name: str) -> tuple[str | None, str | None]:
    """(text, problem): the source's text from PlainTextContent or its internal:// file."""
    content = _child(element, namespace, "PlainTextContent")
    if content is not None:
        return content.text or "", None
    path = element.get("plainTextPath") or ""
    if not path.lower().startswith(INTERNAL):
        return None, f"its text is outside the archive: {path[:80]!r}" if path else "no plain text given"
    member = members.get(path[len(INTERNAL):].lower())
    if member is None:
        return None, "its text file is missing from the archive"
    data = _read_member(archive, member, name, MAX_PROJECT_BYTES)
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), None
    except UnicodeDecodeError:
        return None, "its text file is not UTF-8"


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return (lines[0] if lines else type(error).__name__)[:160]


# --------------------------------------------------------------------------- codes and codings


def _codes(root, namespace: str | None) -> tuple[list[QdpxCode], dict[str, tuple[str, ...]]]:
    """Every code in tree order, and code GUID -> path of names from the top."""
    codes, paths = [], {}

    def walk(element, parent: str | None, path: tuple[str, ...]) -> None:
        for code in _children(element, namespace, "Code"):
            guid = _guid(code.get("guid"))
            if not guid:
                continue
            code_path = (*path, _name(code.get("name")) or guid)
            codes.append(QdpxCode(guid, code_path[-1], parent))
            paths[guid] = code_path
            walk(code, guid, code_path)

    codebook = _child(root, namespace, "CodeBook")
    codes_element = _child(codebook, namespace, "Codes") if codebook is not None else None
    if codes_element is not None:
        walk(codes_element, None, ())
    return codes, paths


def _text_codings(source, namespace: str | None, text: str | None):
    """(start, end, code GUID) of each coding on a text source: on its selections, and on the whole source."""
    for selection in _children(source, namespace, "PlainTextSelection"):
        start, end = _integer(selection.get("startPosition")), _integer(selection.get("endPosition"))
        if start is not None and end is not None and end < start:
            start, end = end, start  # some tools write selections made backwards
        for coding in _children(selection, namespace, "Coding"):
            yield start, end, _code_ref(coding, namespace)
    for coding in _children(source, namespace, "Coding"):  # the whole source coded
        yield 0, (len(text) if text else None), _code_ref(coding, namespace)


def _fits(start: int | None, end: int | None, text: str | None) -> bool:
    """A non-empty span inside the text (inside anything, when the text is missing)."""
    if start is None or end is None or not 0 <= start < end:
        return False
    return text is None or end <= len(text)


def _code_ref(coding, namespace: str | None) -> str:
    ref = _child(coding, namespace, "CodeRef")
    return _guid(ref.get("targetGUID")) if ref is not None else ""


def _warnings(missing: list[str], media: int, bad_refs: int, out_of_range: int) -> list[str]:
    warnings = []
    if missing:
        warnings.append(f"{len(missing)} source text(s) could not be read: " + "; ".join(missing))
    if media:
        warnings.append(f"{media} picture, PDF, audio or video source(s) skipped (only text sources are read)")
    if bad_refs:
        warnings.append(f"{bad_refs} coding(s) skipped: they refer to codes not in the codebook")
    if out_of_range:
        warnings.append(f"{out_of_range} coding(s) skipped: their positions do not fit their source text")
    return warnings


# --------------------------------------------------------------------------- small helpers


def _children(element, namespace: str | None, tag: str):
    return element.findall(f"{{{namespace}}}{tag}" if namespace else tag) if element is not None else []


def _child(element, namespace: str | None, tag: str):
    return element.find(f"{{{namespace}}}{tag}" if namespace else tag)


def _guid(value: str | None) -> str:
    """A GUID as one form: braces dropped, upper case (the standard allows both).

    Examples:
        >>> _guid("{85d17f60-7bb0-481e-b742-b4861dd669df}")
        '85D17F60-7BB0-481E-B742-B4861DD669DF'
    """
    return (value or "").strip().strip("{}").upper()


def _name(value: str | None) -> str:
    """A name in NFC (macOS tools write "è" as two characters): one spelling for one name. Texts stay as they are."""
    return unicodedata.normalize("NFC", value or "").strip()


def _integer(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _unique(name: str, seen: set[str]) -> str:
    """`name`, or `name (2)`, `name (3)` … when a source of that name came earlier."""
    candidate, number = name, 2
    while candidate in seen:
        candidate, number = f"{name} ({number})", number + 1
    seen.add(candidate)
    return candidate
