"""CSV transcripts: one row per turn; comma, semicolon or tab separated."""

from __future__ import annotations

import csv
import io
import re

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
    text = r_missing_values_out(text, separator)
    try:
        return pd.read_csv(io.StringIO(text), sep=separator, dtype=str, keep_default_na=False,
                           skipinitialspace=True)
    except (pd.errors.ParserError, ValueError) as error:
        reason = str(error).strip().splitlines()[-1]
        raise UnreadableFile(name, f"not a readable CSV table ({reason})") from None


def r_missing_values_out(text: str, separator: str) -> str:
    r"""The text with R's missing values left empty: `write.csv` quotes every string (its header too, the row names'
    column named `""`) and writes a missing value as `NA` unquoted, so an unquoted `NA` field is no one's words and
    no speaker, while a quoted `"NA"` is as written. Only in a file whose header is quoted so; elsewhere `NA` is
    a cell as typed (someone's initials).

    Examples:
        >>> r_missing_values_out('"","speaker","text"\n"1",NA,"NA is fine"\n"2","NA",NA\n', ",")
        '"","speaker","text"\n"1",,"NA is fine"\n"2","NA",\n'
        >>> r_missing_values_out('"speaker","text"\n"Bo","Hi,\nNA,\nNA, yes"\nNA,"Hm."\n', ",")
        '"speaker","text"\n"Bo","Hi,\nNA,\nNA, yes"\n,"Hm."\n'
        >>> r_missing_values_out('speaker,text\nNA,Hi.\n', ",")
        'speaker,text\nNA,Hi.\n'
    """
    sep = re.escape(separator)
    quoted_header = re.fullmatch(rf'"[^"]*"(?:{sep}"[^"]*")*\r?', text.partition("\n")[0])
    if "NA" not in text or not quoted_header:
        return text
    kept: list[str] = []
    position = counted = quotes = 0
    for found in re.finditer(rf"NA(?={sep}|\r|\n|\Z)", text):  # (a literal first: searched fast)
        if found.start() and text[found.start() - 1] not in (separator, "\n"):
            continue
        quotes, counted = quotes + text.count('"', counted, found.start()), found.start()
        if quotes % 2 == 0:  # outside quotes (a quoted field's "" keeps the count even)
            kept.append(text[position:found.start()])
            position = found.end()
    return "".join(kept) + text[position:] if kept else text


def read(data: bytes, *, name: str) -> Transcript:
    return table_to_transcript(read_table(data, name=name), name=name, format="csv")


register(Reader("csv", (".csv", ".tsv"), read, text.looks_like, has_signature=False))
