"""WebVTT subtitles: Teams voice tags, Zoom "Name: text" cues, cue ids."""

from __future__ import annotations

import re

from insights.errors import UnreadableFile
from insights.ingest.decode import decode_text
from insights.ingest.registry import Reader, register
from insights.ingest.subtitles import cues_to_utterances, parse_cues
from insights.models import Transcript

_HEADER_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w -]{0,30}):\s*(?P<value>\S.*)$")


def read(data: bytes, *, name: str) -> Transcript:
    text = decode_text(data, name).lstrip("\ufeff")
    if not text.startswith("WEBVTT"):
        raise UnreadableFile(name, "not a WebVTT file (the first line must be WEBVTT)")
    header, _blank, body = text.partition("\n\n")
    utterances = cues_to_utterances(parse_cues(body.split("\n")))
    if not utterances:
        raise UnreadableFile(name, "no cues with text found in this WebVTT file")
    metadata = {m["key"]: m["value"] for line in header.split("\n")[1:] if (m := _HEADER_FIELD.match(line))}
    return Transcript(source=name, utterances=utterances, metadata=metadata, format="vtt")


def looks_like(data: bytes) -> bool:
    return data[:64].lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT")


register(Reader("vtt", (".vtt",), read, looks_like))
