"""Excel transcripts: the first sheet with a speaker and a text column, else the first that reads as a transcript.

A session cut into parts, one sheet each (`Del 1`, `Del 2`, ... with the same header), is read through all of them.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pandas as pd

from insights.errors import UnreadableFile
from insights.ingest.archive import is_zip_with, open_office_zip
from insights.ingest.registry import Reader, register
from insights.ingest.tables import has_transcript_columns, table_to_transcript, with_header_found
from insights.models import Transcript

_WORKBOOK_XML = "xl/workbook.xml"


def read(data: bytes, *, name: str) -> Transcript:
    open_office_zip(data, name, required_member=_WORKBOOK_XML, kind="Excel (.xlsx)")
    try:
        sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=str, engine="openpyxl")
    except Exception as error:  # noqa: BLE001  (openpyxl raises many kinds on damaged workbooks)
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0][:160]
        raise UnreadableFile(name, f"corrupt Excel workbook ({reason})") from None
    if not sheets:
        raise UnreadableFile(name, "the workbook has no sheets")
    tables = [with_header_found(table) for table in sheets.values()]
    for index, table in enumerate(tables):  # the first sheet that names a speaker and a text column
        if has_transcript_columns(list(table.columns)):
            first = table_to_transcript(table, name=name, format="xlsx")
            return _parts_joined([first, *_later_parts(_same_header_sheets(tables[index:])[1:], name)])
    first_error = None
    for table in tables:  # else the first that reads in another layout (an info sheet may come first)
        try:
            return table_to_transcript(table, name=name, format="xlsx")
        except UnreadableFile as error:
            first_error = first_error or error
    raise first_error


def _same_header_sheets(tables: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """The first table and the later ones with the same header: the parts of one session (a sheet per part
    before and after a break). A list of people or codes after the transcript has a header of its own."""
    header = [str(column).strip().lower() for column in tables[0].columns]
    return [table for table in tables if [str(column).strip().lower() for column in table.columns] == header]


def _later_parts(tables: list[pd.DataFrame], name: str) -> list[Transcript]:
    """The later parts that hold turns (an empty sheet kept for a part not yet typed is none)."""
    parts = []
    for table in tables:
        try:
            parts.append(table_to_transcript(table, name=name, format="xlsx"))
        except UnreadableFile:
            continue
    return parts


def _parts_joined(parts: list[Transcript]) -> Transcript:
    """The parts' turns one after another, numbered through (times may restart after a break)."""
    turns = [turn for part in parts for turn in part.utterances]
    return replace(parts[0], utterances=[replace(turn, turn=index) for index, turn in enumerate(turns)])


def looks_like(data: bytes) -> bool:
    return is_zip_with(data, _WORKBOOK_XML)


register(Reader("xlsx", (".xlsx", ".xlsm"), read, looks_like))
