"""Fuzzed readers (issue 7, item 1): any bytes give a transcript or one clear UnreadableFile.

Every reader (txt, docx, vtt, srt, csv, xlsx, participants csv, REFI-QDA
import) is fed random bytes and mutations of valid files: byte flips,
truncation, insertion and deletion, and, for the zip-based formats, members
swapped, duplicated, removed or edited inside the archive. The property: the
reader returns its result or raises `UnreadableFile` whose message is one line
starting with the file's name; never another exception; never longer than
5 s (a timer signal stops a hang and fails the example).

Hypothesis runs derandomized (the same examples on every machine): a fast
profile in every `make test` and a bigger one under `--slow`. Every crash
found is minimised into tests/corpus/ and re-run by
`test_corpus_file_gives_a_transcript_or_one_clear_error` on every run.
"""

from __future__ import annotations

import io
import signal
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from insights.errors import UnreadableFile
from insights.ingest import parse_transcript, read_participants
from insights.ingest.qdpx import read_qdpx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
TRANSCRIPTS = sorted((ROOT / "data" / "studies").glob("*/transcripts/*"))
TIME_LIMIT_S = 5

# Examples per reader and strategy; derandomized so CI sees the same inputs every run.
FAST = settings(max_examples=100, derandomize=True, deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])
SLOW = settings(FAST, max_examples=1000)
SLOWEST = {"seconds": 0.0, "input": ""}  # the longest single input seen, for the report
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl warns about the damage it survives


# --------------------------------------------------------------------------- valid seeds


def _docx_with_table() -> bytes:
    document = docx.Document()
    document.add_paragraph("Intervju 7, 2024-03-01")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Talare", "Tid", "Yttrande"), ("Intervjuare", "00:00:01", "Hur började ni?"),
                                       ("IP7", "00:00:09", "Vi sökte bygglov för en ramp.")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx(rows: list[tuple[str, ...]], *, second_sheet: bool = False) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if second_sheet:
        workbook.create_sheet("Anteckningar").append(("Obs", "inspelningen bröts"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _qdpx() -> bytes:
    source = "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE"
    project = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="fuzz" origin="t">'
        '<CodeBook><Codes><Code guid="11111111-2222-3333-4444-555555555555" name="Wait" isCodable="true">'
        '<Code guid="21111111-2222-3333-4444-555555555555" name="Queue" isCodable="true"/></Code></Codes></CodeBook>'
        f'<Sources><TextSource guid="{source}" name="notes.txt" plainTextPath="internal://{source}.txt">'
        '<PlainTextSelection guid="31111111-2222-3333-4444-555555555555" startPosition="0" endPosition="4">'
        '<Coding guid="41111111-2222-3333-4444-555555555555"><CodeRef targetGUID="21111111-2222-3333-4444-555555555555"/>'
        '</Coding></PlainTextSelection></TextSource>'
        '<TextSource guid="BBBBBBBB-BBBB-CCCC-DDDD-EEEEEEEEEEEE" name="inline.txt">'
        '<PlainTextContent>Vänta på beslutet</PlainTextContent></TextSource>'
        '<PictureSource guid="CCCCCCCC-BBBB-CCCC-DDDD-EEEEEEEEEEEE" name="p.png" path="internal://p.png"/>'
        '</Sources></Project>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project)
        archive.writestr(f"sources/{source}.txt", "Kö och väntan på beslut".encode())
    return buffer.getvalue()


def _seeds() -> dict[str, list[bytes]]:
    by_suffix: dict[str, list[bytes]] = {}
    for path in TRANSCRIPTS:
        key = "participants" if path.name == "participants.csv" else path.suffix.lstrip(".")
        by_suffix.setdefault(key, []).append(path.read_bytes())
    by_suffix["docx"].append(_docx_with_table())
    by_suffix["xlsx"] = [
        _xlsx([("Talare", "Tid", "Yttrande"), ("Intervjuare", "00:00:01", "Hej"), ("IP1", "00:00:05", "Hej på dig")],
              second_sheet=True),
        _xlsx([("Speaker", "Text", "Segment"), ("Moderator", "Welcome", ""), ("Janet", "I waited weeks.", "carer")]),
    ]
    by_suffix["qdpx"] = [_qdpx()]
    return by_suffix


SEEDS = _seeds()
ZIPPED = {"docx", "xlsx", "qdpx"}


# --------------------------------------------------------------------------- readers under test


def _transcript(suffix: str) -> Callable[[bytes], object]:
    return lambda data: parse_transcript(data, name=f"fuzzed.{suffix}")


READERS: dict[str, tuple[str, Callable[[bytes], object]]] = {
    "txt": ("fuzzed.txt", _transcript("txt")),
    "docx": ("fuzzed.docx", _transcript("docx")),
    "vtt": ("fuzzed.vtt", _transcript("vtt")),
    "srt": ("fuzzed.srt", _transcript("srt")),
    "csv": ("fuzzed.csv", _transcript("csv")),
    "xlsx": ("fuzzed.xlsx", _transcript("xlsx")),
    "participants": ("participants.csv", lambda data: read_participants(data, name="participants.csv")),
    "qdpx": ("fuzzed.qdpx", lambda data: read_qdpx(data, "fuzzed.qdpx")),
}


class _TooSlow(Exception):
    pass


def _alarm(_signum, _frame):
    raise _TooSlow()


def check_reader(reader: str, data: bytes) -> None:
    """The property: a result or one clear UnreadableFile naming the file, within TIME_LIMIT_S."""
    name, read = READERS[reader]
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT_S)
    started = time.perf_counter()
    try:
        read(data)
    except UnreadableFile as error:
        message = str(error)
        assert message.startswith(f"{name}: ") and "\n" not in message, message
    except _TooSlow:
        pytest.fail(f"{reader} reader took over {TIME_LIMIT_S} s on {len(data)} bytes: {data[:60]!r}")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.perf_counter() - started
    if elapsed > SLOWEST["seconds"]:
        SLOWEST.update(seconds=elapsed, input=f"{reader}, {len(data)} bytes")


# --------------------------------------------------------------------------- mutations


@st.composite
def mutated_bytes(draw, seed: bytes) -> bytes:
    """A valid file with a few byte flips, insertions, deletions or a truncation."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16) | st.sampled_from(
                [b"\x00", b"\r", b"\n\n", b"-->", b"WEBVTT", b":", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b"&", b";"]))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 256))]
    return bytes(data)


@st.composite
def mutated_zip(draw, seed: bytes) -> bytes:
    """A valid office/qdpx archive with members swapped, duplicated, removed or edited, re-zipped."""
    with zipfile.ZipFile(io.BytesIO(seed)) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["swap", "duplicate", "remove", "edit", "edit", "rename"]))
        i, j = draw(st.integers(0, len(members) - 1)), draw(st.integers(0, len(members) - 1))
        if kind == "swap":
            members[i], members[j] = (members[i][0], members[j][1]), (members[j][0], members[i][1])
        elif kind == "duplicate":
            members.insert(j, members[i])
        elif kind == "remove" and len(members) > 1:
            members.pop(i)
        elif kind == "edit":
            members[i] = (members[i][0], draw(mutated_bytes(members[i][1])))
        elif kind == "rename":
            members[i] = (draw(st.sampled_from(["", "../x.xml", "/abs.xml", "a\\b.xml", "ö.xml", members[j][0]])),
                          members[i][1])
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # "Duplicate name": duplicated members are the point
        for member, data in members:
            info = zipfile.ZipInfo(member or "_", date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def inputs(reader: str) -> st.SearchStrategy[bytes]:
    seeds = SEEDS[reader if reader != "participants" else "participants"]
    mutations = st.sampled_from(seeds).flatmap(mutated_bytes)
    if reader in ZIPPED:
        mutations = mutations | st.sampled_from(seeds).flatmap(mutated_zip)
    return st.binary(max_size=2048) | mutations


def _fuzz(reader: str, profile: settings) -> None:
    for seed in SEEDS[reader]:  # warm up: first calls import modules and load language profiles
        READERS[reader][1](seed)

    @profile
    @given(data=inputs(reader))
    def run(data: bytes) -> None:
        check_reader(reader, data)

    run()


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("reader", sorted(READERS))
def test_fuzzed_reader_gives_a_result_or_one_clear_error(reader):
    _fuzz(reader, FAST)


@pytest.mark.slow
@pytest.mark.parametrize("reader", sorted(READERS))
def test_fuzzed_reader_gives_a_result_or_one_clear_error_many_inputs(reader):
    _fuzz(reader, SLOW)


@pytest.mark.parametrize("reader", sorted(READERS))
def test_valid_seeds_still_read(reader):
    """The seeds the fuzzer mutates are themselves readable: the mutations start from real files."""
    read = READERS[reader][1]
    for seed in SEEDS[reader]:
        assert read(seed) is not None


def _corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*") if p.is_file() and p.name != "README.md")


def _corpus_reader(path: Path) -> str:
    """tests/corpus/<reader>-<what it found>.<ext>: the reader comes first in the name."""
    return path.name.split("-", 1)[0]


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name)
def test_corpus_file_gives_a_transcript_or_one_clear_error(path):
    reader = _corpus_reader(path)
    assert reader in READERS, f"{path.name}: name it <reader>-<what>.<ext>, reader one of {sorted(READERS)}"
    check_reader(reader, path.read_bytes())


def test_corpus_readme_describes_every_file():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    undocumented = [p.name for p in _corpus_files() if f"`{p.name}`" not in readme]
    assert not undocumented, f"add a line to tests/corpus/README.md for {undocumented}"
