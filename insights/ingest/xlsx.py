"""Excel transcripts: the first sheet with a speaker and a text column, else the first that reads as a transcript."""

from __future__ import annotations

import io

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
    for table in tables:  # the first sheet that names a speaker and a text column
        if has_transcript_columns(list(table.columns)):
            return table_to_transcript(table, name=name, format="xlsx")
    first_error = None
    for table in tables:  # else the first that reads in another layout (an info sheet may come first)
        try:
            return table_to_transcript(table, name=name, format="xlsx")
        except UnreadableFile as error:
            first_error = first_error or error
    raise first_error


def looks_like(data: bytes) -> bool:
    return is_zip_with(data, _WORKBOOK_XML)


register(Reader("xlsx", (".xlsx", ".xlsm"), read, looks_like))
