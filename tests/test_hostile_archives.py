"""Hostile archives and XML (issue 7, item 2): refused before decompression or parsing, within 1 GB.

Each hostile .docx, .xlsx and .qdpx is built here, small on disk: zip bombs
that inflate to gigabytes (by compression ratio, and a member lying about its
size), 100,000 members, nested zips, and XML parts with external entities
(file:///etc/passwd), billion laughs, external parameter entities and a
planted internal entity, in word/document.xml, xl/sharedStrings.xml,
xl/worksheets/sheet1.xml and project.qde. Each is refused with one line naming
the file; reading adds less than 1 GB to the process's peak memory (a 1 GB
bomb opened would add at least that); and no entity
text (/etc/passwd's content, "lol" expansions, the planted text) reaches a
message, a transcript or the study's SQLite files.
"""

from __future__ import annotations

import io
import random
import resource
import struct
import time
import zipfile
import zlib
from functools import cache
from pathlib import Path

import docx
import pytest

from insights.errors import UnreadableFile
from insights.ingest import archive, parse_transcript
from insights.ingest.qdpx import read_qdpx

# What refusing may add to the process's resident memory. Measured as growth, not as a total: the test
# process already holds whatever earlier tests loaded (the embedding model, the sample studies).
MEMORY_LIMIT = 2**30
TIME_LIMIT_S = 5
PLANTED = "PLANTED-ENTITY-TEXT"
PASSWD = Path("/etc/passwd").read_text(errors="replace").splitlines()[0] if Path("/etc/passwd").exists() else "root:"
LEAKS = (PLANTED, PASSWD, "lollollol", "root:x:")
GB = 2**30


# --------------------------------------------------------------------------- zips built byte by byte


def deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


@cache
def zeros_stream(size: int, *, fill: bytes = b"\0", head: bytes = b"") -> bytes:
    """A raw deflate stream of `head` and then `size` fill bytes, about 1/1000 of that, built without holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = fill * 2**20
    first = compressor.compress(head + block) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)  # the same after each full flush
    return first + repeat * (size // 2**20 - 1) + compressor.flush()


class Member:
    """One zip member as stored: its raw (deflated) bytes and the sizes and CRC the directory declares."""

    def __init__(self, name: str, data: bytes = b"", *, raw: bytes | None = None, size: int | None = None,
                 crc: int | None = None, method: int = zipfile.ZIP_DEFLATED):
        self.name, self.method = name, method
        self.raw = deflate(data) if raw is None else raw
        self.size = len(data) if size is None else size
        self.crc = zlib.crc32(data) if crc is None else crc


def zip_bytes(members: list[Member]) -> bytes:
    """A zip archive written by hand, so sizes may lie and members may inflate to gigabytes."""
    out, directory = io.BytesIO(), io.BytesIO()
    for member in members:
        name = member.name.encode()
        offset = out.tell()
        fields = (20, 0, member.method, 0, 0x21, member.crc, len(member.raw), member.size, len(name))
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", *fields, 0) + name + member.raw)
        directory.write(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, offset) + name)
    start, size = out.tell(), directory.tell()
    out.write(directory.getvalue())
    count = min(len(members), 0xFFFF)  # zipfile walks the whole directory whatever the count says
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, size, start, 0))
    return out.getvalue()


def unzip(data: bytes) -> list[Member]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [Member(info.filename, package.read(info)) for info in package.infolist()]


# --------------------------------------------------------------------------- valid files to make hostile


@cache
def valid(kind: str) -> bytes:
    buffer = io.BytesIO()
    if kind == "docx":
        document = docx.Document()
        document.add_paragraph("Intervjuare: Hur började ni?")
        document.add_paragraph("IP1: Vi sökte bygglov.")
        document.add_paragraph("Intervjuare: Och sen?")
        document.add_paragraph("IP1: Sen väntade vi.")
        document.save(buffer)
    elif kind == "xlsx":
        return zip_bytes([Member(name, text.encode()) for name, text in XLSX.items()])
    else:
        return zip_bytes([Member("project.qde", PROJECT.format(prolog="", name="p", text="Kö och väntan").encode())])
    return buffer.getvalue()


# The parts of a workbook as Excel writes it: cell text in xl/sharedStrings.xml (openpyxl writes inline strings).
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRINGS = ["Talare", "Yttrande", "Intervjuare", "Hur började ni?", "IP1", "Vi sökte bygglov."]
XLSX = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
                    f'Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_DOC}">'
                        '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOC}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    "xl/worksheets/sheet1.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData>'
        + "".join(f'<row r="{r + 1}">' + "".join(f'<c r="{"AB"[c]}{r + 1}" t="s"><v>{2 * r + c}</v></c>' for c in (0, 1))
                  + "</row>" for r in range(2))
        + '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c></row>'
        + '<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="inlineStr"><is><t>Vi sökte bygglov.</t></is></c></row>'
        "</sheetData></worksheet>"),
    "xl/sharedStrings.xml": (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}" count="6" uniqueCount="6">'
                             + "".join(f"<si><t>{text}</t></si>" for text in _STRINGS) + "</sst>"),
}

PROJECT = ('<?xml version="1.0" encoding="utf-8"?>{prolog}<Project xmlns="urn:QDA-XML:project:1.0" name="{name}">'
           '<Sources><TextSource guid="AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE" name="notes.txt">'
           '<PlainTextContent>{text}</PlainTextContent></TextSource></Sources></Project>')

READ = {
    "docx": lambda data: parse_transcript(data, name="hostile.docx"),
    "xlsx": lambda data: parse_transcript(data, name="hostile.xlsx"),
    "qdpx": lambda data: read_qdpx(data, "hostile.qdpx"),
}


def with_members(kind: str, *extra: Member, replace: dict[str, bytes] | None = None) -> bytes:
    members = [Member(m.name, (replace or {}).get(m.name, b"")) if m.name in (replace or {}) else m
               for m in unzip(valid(kind))]
    return zip_bytes(members + list(extra))


# --------------------------------------------------------------------------- hostile XML


def laughs(levels: int = 10) -> str:
    entities = ['<!ENTITY l0 "lollollollollollollollollollol">']
    entities += [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return "".join(entities)


# (DOCTYPE with its internal subset, the entity reference used in text)
XML_ATTACKS = {
    "external-entity": ('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
    "billion-laughs": (f"<!DOCTYPE r [{laughs()}]>", "&l9;"),
    "parameter-entity": ('<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>', ""),
    "external-dtd": ('<!DOCTYPE r SYSTEM "file:///etc/passwd">', ""),
    "planted-entity": (f'<!DOCTYPE r [<!ENTITY x "{PLANTED}">]>', "&x;"),
}


def _with_prolog(xml: bytes, prolog: str) -> bytes:
    declaration, _, rest = xml.partition(b"?>")
    return declaration + b"?>" + prolog.encode() + rest if declaration.startswith(b"<?xml") else prolog.encode() + xml


def hostile_xml(kind: str, part: str, attack: str, *, utf16: bool = False) -> bytes:
    prolog, reference = XML_ATTACKS[attack]
    if kind == "qdpx":
        xml = PROJECT.format(prolog=prolog, name="p", text=f"Kö {reference}").encode()
        if utf16:
            xml = xml.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
        return zip_bytes([Member("project.qde", xml)])
    original = {m.name: m for m in unzip(valid(kind))}
    source = zipfile.ZipFile(io.BytesIO(valid(kind))).read(part)
    source = source.replace("Vi sökte bygglov.".encode(), f"Vi {reference}".encode())
    xml = _with_prolog(source, prolog)
    if utf16:
        xml = xml.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    original[part] = Member(part, xml)
    return zip_bytes(list(original.values()))


XML_PARTS = {"docx": ["word/document.xml", "[Content_Types].xml"],
             "xlsx": ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"],
             "qdpx": ["project.qde"]}
XML_CASES = [(kind, part, attack) for kind, parts in XML_PARTS.items() for part in parts for attack in XML_ATTACKS]


# --------------------------------------------------------------------------- archive bombs


def ratio_bomb(kind: str) -> bytes:
    """A 3 GB member of zeros, about 3 MB on disk."""
    size = 3 * GB
    return with_members(kind, Member("docProps/padding.xml", raw=zeros_stream(size), size=size, crc=0))


def lying_member(kind: str) -> bytes:
    """The main XML part declares 2 kB but its deflate stream inflates to 1 GB."""
    part = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "qdpx": "project.qde"}[kind]
    members = [m for m in unzip(valid(kind)) if m.name != part]
    return zip_bytes(members + [Member(part, raw=zeros_stream(GB), size=2048, crc=0)])


def huge_xml_part(kind: str) -> bytes:
    """A 40 MB XML part (an XML tree costs many times its size), with enough other bytes to pass the ratio check."""
    part = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "qdpx": "project.qde"}[kind]
    members = [m for m in unzip(valid(kind)) if m.name != part]
    padding = stored("docProps/thumbnail.jpeg", random.Random(7).randbytes(300 * 1024))
    size = 40 * 2**20
    return zip_bytes([*members, padding, Member(part, raw=zeros_stream(size, fill=b" ", head=b"<r>"), size=size, crc=0)])


def many_members(kind: str) -> bytes:
    return with_members(kind, *(stored(f"x/{index}", b"") for index in range(100_000)))


def nested_zip(kind: str) -> bytes:
    """A zip bomb (3 GB inside) stored as an ordinary part of the outer file."""
    inner = zip_bytes([Member("inner.xml", raw=zeros_stream(GB), size=GB, crc=0)])
    return with_members(kind, stored("customXml/item9.xml", inner))


def stored(name: str, data: bytes) -> Member:
    return Member(name, raw=data, size=len(data), crc=zlib.crc32(data), method=zipfile.ZIP_STORED)


ARCHIVE_CASES = [
    ("ratio-bomb", ratio_bomb, "zip bomb"),
    ("lying-size", lying_member, "cannot unpack"),
    ("100000-members", many_members, "more than 10,000 files inside"),
    ("nested-zip", nested_zip, "is itself a zip archive"),
    ("huge-xml-part", huge_xml_part, "MB of XML (the limit is 32 MB)"),
]


# --------------------------------------------------------------------------- memory


def _reset_peak() -> int:
    """Reset the peak resident size (VmHWM, Linux: write 5 to clear_refs); the resident size it starts from."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_bytes("VmRSS")
    except OSError:
        return 0  # then the peak is the process's whole life: a stricter check


def _peak_bytes() -> int:
    return _status_bytes("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _status_bytes(field: str) -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


PEAKS: dict[str, int] = {}


def assert_refused(kind: str, data: bytes, reason: str, case: str) -> str:
    name = f"hostile.{kind}"
    baseline = _reset_peak()
    started = time.perf_counter()
    with pytest.raises(UnreadableFile) as error:
        READ[kind](data)
    elapsed = time.perf_counter() - started
    peak = _peak_bytes() - baseline
    PEAKS[f"{kind}/{case}"] = peak
    message = str(error.value)
    assert message.startswith(f"{name}: ") and "\n" not in message, message
    assert reason.lower() in message.lower(), message
    assert not any(leak in message for leak in LEAKS), message
    assert elapsed < TIME_LIMIT_S, f"{case}: refusing took {elapsed:.1f} s"
    assert peak < MEMORY_LIMIT, f"{case}: peak memory grew by {peak / 2**20:.0f} MB"
    return message


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("kind", sorted(READ))
@pytest.mark.parametrize("case, build, reason", ARCHIVE_CASES, ids=[c[0] for c in ARCHIVE_CASES])
def test_hostile_archive_is_refused_before_decompression(kind, case, build, reason):
    data = build(kind)
    assert len(data) < 12 * 2**20  # small on disk ...
    if case == "ratio-bomb":
        assert sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist()) >= 3 * GB  # ... not unpacked
    assert_refused(kind, data, reason, case)


@pytest.mark.parametrize("kind, part, attack", XML_CASES, ids=[f"{k}-{p}-{a}" for k, p, a in XML_CASES])
def test_xml_with_a_dtd_is_refused_before_parsing(kind, part, attack):
    assert_refused(kind, hostile_xml(kind, part, attack), "declares a DTD", f"{part}/{attack}")


@pytest.mark.parametrize("kind, part", [("docx", "word/document.xml"), ("xlsx", "xl/sharedStrings.xml"),
                                        ("qdpx", "project.qde")])
def test_xml_with_a_dtd_in_utf16_is_refused(kind, part):
    assert_refused(kind, hostile_xml(kind, part, "planted-entity", utf16=True), "declares a DTD", f"{part}/utf-16")


@pytest.mark.parametrize("kind, part", [("xlsx", "xl/sharedStrings.xml"), ("xlsx", "xl/worksheets/sheet1.xml")])
def test_without_the_dtd_check_openpyxl_would_put_entity_text_in_the_transcript(kind, part, monkeypatch):
    """Why the check exists: openpyxl reads sheets with expat, which expands internal entities."""
    data = hostile_xml(kind, part, "planted-entity")
    monkeypatch.setattr(archive, "declares_doctype", lambda head, stream: False)
    try:
        transcript = READ[kind](data)
    except UnreadableFile:
        pytest.skip("this openpyxl refuses the DTD itself")
    assert PLANTED in " ".join(u.text for u in transcript.utterances)


@pytest.mark.parametrize("kind, member", [("docx", "word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                                          ("xlsx", "xl/embeddings/Microsoft_Word_Document.docx"),
                                          ("qdpx", "sources/interview.docx")])
def test_embedded_packages_are_kept_where_the_format_allows_them_and_never_opened(kind, member):
    inner = zip_bytes([Member("inner.xml", raw=zeros_stream(GB), size=GB, crc=0)])  # a bomb, if anyone opened it
    data = with_members(kind, stored(member, inner))
    baseline = _reset_peak()
    result = READ[kind](data)
    assert _peak_bytes() - baseline < MEMORY_LIMIT
    assert result is not None


def test_an_svg_picture_with_a_doctype_does_not_refuse_a_document():
    svg = (b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>')
    transcript = READ["docx"](with_members("docx", Member("word/media/image1.svg", svg)))
    assert [u.speaker for u in transcript.utterances] == ["Intervjuare", "IP1", "Intervjuare", "IP1"]


def test_hostile_files_leave_no_trace_in_the_study(tmp_path, store):
    """Ingested next to a good transcript: each hostile file skipped with its reason, no entity text stored."""
    from insights.study import ingest_paths

    folder = tmp_path / "in"
    folder.mkdir()
    files = {f"{kind}-{attack}.{kind}": hostile_xml(kind, XML_PARTS[kind][0], attack)
             for kind in ("docx", "xlsx") for attack in ("external-entity", "billion-laughs", "planted-entity")}
    files["bomb.docx"] = ratio_bomb("docx")
    for file_name, data in files.items():
        (folder / file_name).write_bytes(data)
    (folder / "good.txt").write_text("Intervjuare: Hur började ni?\nIP1: Vi sökte bygglov.\n"
                                     "Intervjuare: Och sen?\nIP1: Sen väntade vi.\n", encoding="utf-8")
    report = ingest_paths(store, "s", [folder])
    status = {result.name: (result.status, result.detail) for result in report.results}
    assert status["good.txt"][0] == "added"
    for file_name in files:
        assert status[file_name][0] == "skipped", status[file_name]
        assert not any(leak in status[file_name][1] for leak in LEAKS)
    written = b"".join(p.read_bytes() for p in (tmp_path / "home").rglob("*") if p.is_file())
    assert b"Vi s\xc3\xb6kte bygglov" in written  # the good transcript is there to be found ...
    assert not any(leak.encode() in written for leak in LEAKS)  # ... and no entity text is
