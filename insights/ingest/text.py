"""Plain-text transcripts in any of the speaker shapes of `speakers.py`; tab tables and subtitle cues saved as text."""

from __future__ import annotations

import io
from dataclasses import replace

import pandas as pd

from insights.errors import UnreadableFile
from insights.ingest.decode import decode_text
from insights.ingest.registry import Reader, register
from insights.ingest.speakers import split_turns
from insights.ingest.subtitles import cues_to_utterances, parse_cues, timing
from insights.ingest.tables import table_to_transcript
from insights.models import Transcript


def read(data: bytes, *, name: str) -> Transcript:
    text = decode_text(data, name)
    if _is_tab_table(text):  # ELAN and other tools export tab-separated tables as .txt
        try:
            table = pd.read_csv(io.StringIO(text.lstrip("\ufeff")), sep="\t", dtype=str, keep_default_na=False)
            return replace(table_to_transcript(table, name=name, format="txt"), format="txt")
        except (UnreadableFile, pd.errors.ParserError, ValueError):
            pass  # not a transcript table after all: read the lines as they are
    if _is_cue_list(text):  # captions saved as .txt (Panopto's download): read as SubRip
        utterances = cues_to_utterances(parse_cues(text.lstrip("\ufeff").split("\n")))
        if utterances:
            return Transcript(source=name, utterances=utterances, format="txt")
    metadata, utterances = split_turns(text.split("\n"))
    return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")


def _is_tab_table(text: str) -> bool:
    """At least three lines, nearly all with the header's number (two or more) of tabs."""
    lines = [line for line in text.split("\n")[:200] if line.strip()]
    tabs = lines[0].count("\t") if lines else 0
    return len(lines) >= 3 and tabs >= 2 and sum(line.count("\t") == tabs for line in lines) >= 0.9 * len(lines)


def _is_cue_list(text: str) -> bool:
    """Subtitle cues (a number, "00:00:04.500 --> 00:00:08.100", text) make up the file: three at least, and
    nearly every line with "-->" is a cue timing after a number or a blank line."""
    lines = text.lstrip("\ufeff").split("\n")
    arrows = [index for index, line in enumerate(lines) if "-->" in line]
    cues = [index for index in arrows if timing(lines[index])
            and (index == 0 or not lines[index - 1].strip() or lines[index - 1].strip().isdigit())]
    return len(cues) >= 3 and len(cues) >= 0.9 * len(arrows)


def looks_like(data: bytes) -> bool:
    """Plain text is the fallback: anything without NUL bytes, or with a UTF-16 BOM."""
    head = data[:4096]
    return b"\x00" not in head or head[:2] in (b"\xff\xfe", b"\xfe\xff")


register(Reader("txt", (".txt", ".md", ".text"), read, looks_like, has_signature=False))
