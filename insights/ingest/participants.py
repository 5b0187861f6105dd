"""participants.csv: speaker -> attributes (segment, age group, district, ...)."""

from __future__ import annotations

from pathlib import PurePath

import pandas as pd

from insights.errors import UnreadableFile
from insights.ingest import csv as csv_reader
from insights.ingest.columns import match_columns

PARTICIPANTS_FILE_NAMES = ("participants.csv", "deltagare.csv")


def is_participants_file(name: str) -> bool:
    return PurePath(name).name.lower() in PARTICIPANTS_FILE_NAMES


def read_participants(data: bytes, *, name: str) -> pd.DataFrame:
    """A table with a `speaker` column first, then one column per attribute."""
    table = csv_reader.read_table(data, name=name)
    columns = match_columns(list(table.columns))
    if "speaker" not in columns:
        found = ", ".join(str(c) for c in table.columns)
        raise UnreadableFile(name, f"no speaker column (expected speaker / talare / deltagare; found: {found})")
    speaker_column = table.columns[columns["speaker"]]
    table = table.rename(columns={speaker_column: "speaker"})
    table["speaker"] = table["speaker"].str.strip()
    table = table[table["speaker"] != ""].drop_duplicates("speaker", keep="last")
    return table[["speaker", *[c for c in table.columns if c != "speaker"]]].reset_index(drop=True)
