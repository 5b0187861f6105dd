"""Safe opening of zip-based office files (.docx, .xlsx)."""

from __future__ import annotations

import io
import zipfile

from insights.errors import UnreadableFile

MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200


def open_office_zip(data: bytes, name: str, *, required_member: str, kind: str) -> zipfile.ZipFile:
    """Open an office file as a zip after checking it is one and not a zip bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UnreadableFile(name, f"not a valid {kind} file (corrupt or not a zip package)") from None
    members = archive.infolist()
    unpacked = sum(member.file_size for member in members)
    packed = max(sum(member.compress_size for member in members), 1)
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_COMPRESSION_RATIO:
        raise UnreadableFile(name, f"refused: unpacks to {unpacked // 2**20} MB, which looks like a zip bomb")
    if required_member not in archive.namelist():
        raise UnreadableFile(name, f"not a {kind} file ({required_member} is missing)")
    return archive


def is_zip_with(data: bytes, member: str) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        return member in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return False
