"""Safe opening of zip-based files (.docx, .xlsx, .qdpx): refuse bombs and DTDs before anything is parsed.

Everything here is decided from the zip's central directory and the first
bytes of each member, so a hostile file is refused before it is decompressed
or handed to python-docx, openpyxl or lxml:

- more than `MAX_MEMBERS` members, more than `MAX_UNPACKED_BYTES` unpacked,
  a compression ratio over `MAX_COMPRESSION_RATIO` (zip bombs), or one XML
  part over `MAX_XML_MEMBER_BYTES` (an XML tree costs many times its size);
- an XML part that declares a DTD (`<!DOCTYPE`): entities (external, `file:`
  URLs, parameter entities, billion laughs) can only be declared in one, and
  Office and REFI-QDA files never need one. openpyxl reads sheets with the
  standard library's expat, which expands internal entities, so refusing the
  DTD is what keeps entity text out of a transcript;
- a member that is itself a zip archive, outside the folders where the format
  keeps embedded files (those are never opened);
- a member that cannot be unpacked (damaged, encrypted, unknown compression).

A member that lies about its size cannot inflate further either: Python's
zipfile stops at the size the directory declares and then fails its CRC check.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable

from lxml import etree

from insights.errors import UnreadableFile

MAX_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_XML_MEMBER_BYTES = 32 * 1024 * 1024
MAX_PROLOG_BYTES = 64 * 1024  # what may come before an XML part's root element
_CHUNK = 4096
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError,
              ValueError, zlib.error)
"""What zipfile raises on damaged, encrypted or oddly compressed archives and members."""


def in_embeddings_folder(member: str) -> bool:
    """Office keeps embedded workbooks and documents (themselves zips) in word/embeddings/, xl/embeddings/."""
    return "embeddings" in member.lower().replace("\\", "/").split("/")[:-1]


def not_an_image(member: str) -> bool:
    """Every member may be parsed as XML (a part's content type, not its name, decides) except SVG pictures.

    SVG files from drawing programs often carry a DOCTYPE (Illustrator's even
    declare entities); python-docx and openpyxl keep pictures as bytes and
    never parse them, so pictures in a media folder are not refused for it.
    """
    parts = member.lower().replace("\\", "/").split("/")
    return not (parts[-1].endswith(".svg") and "media" in parts[:-1])


def open_office_zip(data: bytes, name: str, *, required_member: str, kind: str,
                    xml_member: Callable[[str], bool] = not_an_image,
                    may_hold_zip: Callable[[str], bool] = in_embeddings_folder) -> zipfile.ZipFile:
    """Open a zip-based file after checking it is one, is no zip bomb and carries no DTD.

    Args:
        xml_member: which members the format parses as XML: their size is
            capped and any DTD refused (default: all but SVG pictures).
        may_hold_zip: which members may themselves be zip archives (default:
            those in an `embeddings` folder); they are never opened.

    Examples:
        >>> open_office_zip(b"PK not a zip", "a.docx", required_member="word/document.xml", kind="Word (.docx)")
        Traceback (most recent call last):
        ...
        insights.errors.UnreadableFile: a.docx: not a valid Word (.docx) file (corrupt or not a zip package)
    """
    if too_many_members(data):  # decided from the end record, before zipfile reads the directory
        raise UnreadableFile(name, f"refused: more than {MAX_MEMBERS:,} files inside, which looks like a zip bomb")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except ZIP_ERRORS:
        raise UnreadableFile(name, f"not a valid {kind} file (corrupt or not a zip package)") from None
    if len(members) > MAX_MEMBERS:
        raise UnreadableFile(name, f"refused: {len(members):,} files inside (the limit is {MAX_MEMBERS:,}), "
                                   "which looks like a zip bomb")
    unpacked = sum(member.file_size for member in members)
    packed = max(sum(member.compress_size for member in members), 1)
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_COMPRESSION_RATIO:
        raise UnreadableFile(name, f"refused: unpacks to {unpacked // 2**20} MB, which looks like a zip bomb")
    if required_member not in archive.namelist():
        raise UnreadableFile(name, f"not a {kind} file ({required_member} is missing)")
    for member in members:
        _check_member(archive, member, name, xml=xml_member(member.filename),
                      may_be_zip=may_hold_zip(member.filename))
    return archive


_END_RECORD = struct.Struct("<4sHHHHIIH")
MAX_DIRECTORY_BYTES = MAX_MEMBERS * 512


def too_many_members(data: bytes) -> bool:
    """The zip's end record counts more than MAX_MEMBERS entries, or its directory is too big to hold fewer.

    The count field has 16 bits (a zip64 archive with more entries writes
    0xFFFF there), and zipfile walks the whole directory whatever the count
    says, so the directory's size is capped too (512 bytes an entry).
    """
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_536 - _END_RECORD.size))
    if end < 0 or end + _END_RECORD.size > len(data):
        return False  # not a zip: zipfile says so
    _signature, _disk, _start_disk, _here, total, directory_size, _offset, _comment = _END_RECORD.unpack_from(data, end)
    return total > MAX_MEMBERS or (directory_size != 0xFFFFFFFF and directory_size > MAX_DIRECTORY_BYTES)


def is_zip_with(data: bytes, member: str) -> bool:
    """Whether `data` is a zip holding `member` (False for an archive too big to look inside cheaply)."""
    if not data.startswith(b"PK") or too_many_members(data):
        return False
    try:
        return member in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except ZIP_ERRORS:
        return False


def _check_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str, *, xml: bool,
                  may_be_zip: bool) -> None:
    """Read a member's first bytes only: a nested zip, an oversized XML part, or a DTD is refused."""
    if member.is_dir():
        return
    label = member.filename[:80]
    try:
        with archive.open(member) as stream:
            head = stream.read(_CHUNK)
            if head.startswith(b"PK\x03\x04") and not may_be_zip:
                raise UnreadableFile(name, f"refused: {label} is itself a zip archive (nested archives are not opened)")
            if xml and declares_doctype(head, stream):
                raise UnreadableFile(name, f"refused: {label} declares a DTD (<!DOCTYPE>), which can define "
                                           "entities; Office and REFI-QDA files never need one")
    except ZIP_ERRORS as error:
        raise UnreadableFile(name, f"cannot unpack {label} ({_first_line(error)})") from None
    if xml and member.file_size > MAX_XML_MEMBER_BYTES and _looks_like_xml(head):
        raise UnreadableFile(name, f"refused: {label} unpacks to {member.file_size // 2**20} MB of XML "
                                   f"(the limit is {MAX_XML_MEMBER_BYTES // 2**20} MB)")


class _Prolog(Exception):
    def __init__(self, doctype: bool):
        self.doctype = doctype


class _PrologTarget:
    """Parser target that stops at the DOCTYPE or at the first element, whichever comes first."""

    def doctype(self, *_args):
        raise _Prolog(doctype=True)

    def start(self, *_args):
        raise _Prolog(doctype=False)

    def end(self, *_args):
        pass

    def data(self, *_args):
        pass

    def comment(self, *_args):
        pass

    def pi(self, *_args):
        pass

    def close(self):
        return None


def safe_parser(**options) -> etree.XMLParser:
    """An lxml parser that expands no entity, loads no DTD and opens no network connection."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True, **options)


def declares_doctype(head: bytes, stream=None) -> bool:
    """Whether the XML in `stream` (whose first bytes are `head`) has a DOCTYPE before its root element.

    Feeds the bytes to lxml until the root element starts; input that is not
    XML stops it too (it is then no XML part, or a broken one its reader
    refuses). A prolog longer than MAX_PROLOG_BYTES counts as a DTD: nothing
    legitimate puts that much before the root.
    """
    parser = safe_parser(target=_PrologTarget())
    chunk, seen = head, 0
    try:
        while chunk:
            parser.feed(chunk)
            seen += len(chunk)
            if seen > MAX_PROLOG_BYTES:
                return True
            chunk = stream.read(_CHUNK) if stream is not None else b""
        parser.close()
    except _Prolog as prolog:
        return prolog.doctype
    except etree.XMLSyntaxError:
        return _DOCTYPE in _ascii(head)
    return False


_DOCTYPE = b"<!DOCTYPE"


def _ascii(head: bytes) -> bytes:
    """The first bytes with UTF-16/32 zero bytes dropped, upper-cased: a cheap second look for <!DOCTYPE."""
    return head.replace(b"\x00", b"").upper()


def _looks_like_xml(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<")


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return (lines[0] if lines else type(error).__name__)[:160]
