"""Plain-text transcripts in any of the speaker shapes of `speakers.py`."""

from __future__ import annotations

from insights.ingest.decode import decode_text
from insights.ingest.registry import Reader, register
from insights.ingest.speakers import split_turns
from insights.models import Transcript


def read(data: bytes, *, name: str) -> Transcript:
    text = decode_text(data, name)
    metadata, utterances = split_turns(text.split("\n"))
    return Transcript(source=name, utterances=utterances, metadata=metadata, format="txt")


def looks_like(data: bytes) -> bool:
    """Plain text is the fallback: anything without NUL bytes, or with a UTF-16 BOM."""
    head = data[:4096]
    return b"\x00" not in head or head[:2] in (b"\xff\xfe", b"\xfe\xff")


register(Reader("txt", (".txt", ".md", ".text"), read, looks_like, has_signature=False))
