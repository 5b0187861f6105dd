"""What CSV and Excel transcripts share: a table with speaker and text columns."""

from __future__ import annotations

import pandas as pd

from insights.errors import UnreadableFile
from insights.ingest.columns import COLUMN_NAMES, match_columns
from insights.ingest.speakers import merge_runs, parse_time
from insights.models import Transcript, Utterance


HEADER_SEARCH_ROWS = 10  # a title, notes or blank rows above the header: exports and hand-made sheets have them


def table_to_transcript(table: pd.DataFrame, *, name: str, format: str) -> Transcript:
    table = with_header_found(table)
    columns = match_columns(list(table.columns))
    missing = [field for field in ("speaker", "text") if field not in columns]
    if missing:
        expected = " / ".join(COLUMN_NAMES[missing[0]][:4])
        found = ", ".join(" ".join(str(c).split()) for c in table.columns)[:200]  # one line, however odd the header
        raise UnreadableFile(name, f"no {missing[0]} column (expected a column named {expected}; found: {found})")
    names = list(table.columns)
    known = set(columns.values())
    extra = [i for i in range(len(names)) if i not in known]
    utterances = []
    for row in table.itertuples(index=False):
        text = _cell(row[columns["text"]])
        if not text:
            continue
        utterance = Utterance(
            speaker=_cell(row[columns["speaker"]]) or "unknown",
            text=text,
            turn=len(utterances),
            start_s=parse_time(_cell(row[columns["start"]])) if "start" in columns else None,
            end_s=parse_time(_cell(row[columns["end"]])) if "end" in columns else None,
            metadata={str(names[i]): _cell(row[i]) for i in extra if _cell(row[i])},
        )
        if "role" in columns and _cell(row[columns["role"]]):
            utterance.metadata["role"] = _cell(row[columns["role"]])
        utterances.append(utterance)
    if not utterances:
        raise UnreadableFile(name, "the text column is empty")
    return Transcript(source=name, utterances=merge_runs(utterances), format=format)


def with_header_found(table: pd.DataFrame) -> pd.DataFrame:
    """The table with its header row: the first row when it names a speaker and a text column, else the
    first of the next `HEADER_SEARCH_ROWS` rows that does (the rows above it are a title or notes)."""
    if has_transcript_columns(list(table.columns)):
        return table
    for position in range(min(HEADER_SEARCH_ROWS, len(table))):
        header = [_cell(value) or f"Unnamed: {index}" for index, value in enumerate(table.iloc[position])]
        if has_transcript_columns(header):
            body = table.iloc[position + 1:].reset_index(drop=True)
            body.columns = header
            return body
    return table


def has_transcript_columns(names: list[object]) -> bool:
    return {"speaker", "text"} <= match_columns(names).keys()


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()
