"""Bytes to text: BOMs, UTF-16, legacy Windows encodings and Mac Roman, or a clear refusal."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from insights.errors import UnreadableFile

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Encodings a Swedish or English transcript realistically comes in. Limiting
# the detector to these stops it from reading cp1252 "åäö" as Cyrillic.
_LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15"]


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file's bytes, normalising newlines to "\\n".

    Raises UnreadableFile for empty or binary content.
    """
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFile(name, "the file is empty")
    return text


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise UnreadableFile(name, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data[:4096]:
        raise UnreadableFile(name, "binary content, not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mac_line_endings(data) and not _looks_binary(data) and _mac_roman_reads_better(data):
        return data.decode("mac_roman")
    best = from_bytes(data[:200_000], cp_isolation=_LEGACY_ENCODINGS).best()
    if best is None or _looks_binary(data):
        raise UnreadableFile(name, "binary content, not a text file")
    return data.decode(best.encoding, errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as every other byte being NUL in ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    for encoding, nul_share in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nul_share > 0.4:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _mac_line_endings(data: bytes) -> bool:
    r"""Lines ended by a bare CR and never an LF, as a Mac writes text in its own encoding (Excel for Mac's
    "Comma Separated Values" is Mac Roman: its `é` is byte 0x8E, `Ž` in Windows-1252).

    Examples:
        >>> _mac_line_endings(b"Who,Words\rLeah,caf\x8e\r"), _mac_line_endings(b"Who,Words\r\nLeah,Hi\r\n")
        (True, False)
    """
    return b"\r" in data and b"\n" not in data


_ACCENTED = frozenset("åäöéèêëàâáüûùçñïîíóôÅÄÖÉÈÀÜÇÑ")


def _mac_roman_reads_better(data: bytes) -> bool:
    """Mac Roman gives more of the accented letters Swedish and English text use than Windows-1252 does.

    Line endings alone do not settle it: a Windows file can end its lines with bare CRs too, and its
    "länge" read as Mac Roman is "l‰nge".

    Examples:
        >>> _mac_roman_reads_better("café".encode("mac_roman")), _mac_roman_reads_better("länge".encode("cp1252"))
        (True, False)
    """
    def accented(encoding: str) -> int:
        return sum(char in _ACCENTED for char in data[:200_000].decode(encoding, errors="replace"))

    return accented("mac_roman") > accented("cp1252")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    control = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f")
    return control / max(len(sample), 1) > 0.05
