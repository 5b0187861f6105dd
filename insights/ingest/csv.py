"""CSV transcripts: one row per turn; comma, semicolon or tab separated."""

from __future__ import annotations

import csv
import io

import pandas as pd

from insights.errors import UnreadableFile
from insights.ingest import text
from insights.ingest.decode import decode_text
from insights.ingest.registry import Reader, register
from insights.ingest.tables import table_to_transcript
from insights.models import Transcript


def read_table(data: bytes, *, name: str) -> pd.DataFrame:
    """A CSV file as a table of strings, separator detected."""
    text = decode_text(data, name).lstrip("\ufeff")
    try:
        separator = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t").delimiter
    except csv.Error:
        separator = ","
    try:
        return pd.read_csv(io.StringIO(text), sep=separator, dtype=str, keep_default_na=False,
                           skipinitialspace=True)
    except (pd.errors.ParserError, ValueError) as error:
        reason = str(error).strip().splitlines()[-1]
        raise UnreadableFile(name, f"not a readable CSV table ({reason})") from None


def read(data: bytes, *, name: str) -> Transcript:
    return table_to_transcript(read_table(data, name=name), name=name, format="csv")


register(Reader("csv", (".csv", ".tsv"), read, text.looks_like, has_signature=False))
