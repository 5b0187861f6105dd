"""What CSV and Excel transcripts share: a table with speaker and text columns."""

from __future__ import annotations

import pandas as pd

from insights.errors import UnreadableFile
from insights.ingest.columns import COLUMN_NAMES, match_columns
from insights.ingest.speakers import parse_time
from insights.models import Transcript, Utterance


def table_to_transcript(table: pd.DataFrame, *, name: str, format: str) -> Transcript:
    columns = match_columns(list(table.columns))
    missing = [field for field in ("speaker", "text") if field not in columns]
    if missing:
        expected = " / ".join(COLUMN_NAMES[missing[0]][:4])
        found = ", ".join(str(c) for c in table.columns)
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
    return Transcript(source=name, utterances=utterances, format=format)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()
