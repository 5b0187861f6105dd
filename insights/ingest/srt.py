"""SubRip subtitles: numbered cues, "Name: text" speakers as Zoom writes them."""

from __future__ import annotations

import re

from insights.errors import UnreadableFile
from insights.ingest.decode import decode_text
from insights.ingest.registry import Reader, register
from insights.ingest.subtitles import cues_to_utterances, parse_cues
from insights.models import Transcript

_SRT_START = re.compile(rb"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->")


def read(data: bytes, *, name: str) -> Transcript:
    cues = parse_cues(decode_text(data, name).lstrip("\ufeff").split("\n"))
    if not cues:
        raise UnreadableFile(name, "not a SubRip file (no '00:00:01,000 --> 00:00:02,000' cue timings)")
    utterances = cues_to_utterances(cues)
    if not utterances:
        raise UnreadableFile(name, "no cues with text found in this SubRip file")
    return Transcript(source=name, utterances=utterances, format="srt")


def looks_like(data: bytes) -> bool:
    return bool(_SRT_START.match(data[:200].lstrip(b"\xef\xbb\xbf")))


register(Reader("srt", (".srt",), read, looks_like))
