"""Readers register here by suffix; the registry picks one per file.

A reader is one module with `read(data, *, name) -> Transcript` and
`looks_like(data) -> bool`. The suffix chooses the reader and the content
confirms it: a `.txt` file that is really WebVTT is read as WebVTT.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from insights.errors import UnreadableFile
from insights.models import Transcript


@dataclass(frozen=True)
class Reader:
    format: str
    suffixes: tuple[str, ...]
    read: Callable[..., Transcript]
    looks_like: Callable[[bytes], bool]
    # Only formats with a telltale signature (WEBVTT, a zip member) may claim
    # a file whose suffix says otherwise.
    has_signature: bool = True


_READERS: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    _READERS[reader.format] = reader
    return reader


def supported_suffixes() -> list[str]:
    return sorted({suffix for reader in _READERS.values() for suffix in reader.suffixes})


def reader_for(name: str, data: bytes) -> Reader:
    """The reader for a file, by suffix, confirmed or corrected by content."""
    suffix = PurePath(name).suffix.lower()
    by_suffix = [r for r in _READERS.values() if suffix in r.suffixes]
    if not by_suffix:
        supported = ", ".join(supported_suffixes())
        raise UnreadableFile(name, f"unsupported file type {suffix or '(none)'} (supported: {supported})")
    reader = by_suffix[0]
    if reader.has_signature and reader.looks_like(data):
        return reader
    for other in _READERS.values():
        if other is not reader and other.has_signature and other.looks_like(data):
            return other
    return reader
