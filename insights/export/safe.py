"""Writing exports safely: atomic files, names that stay in their folder, cells that are never formulas."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")
MAX_NAME = 120


def formula_safe(value):
    """A spreadsheet cell that shows as text: strings starting like a formula get a leading apostrophe.

    Examples:
        >>> formula_safe("=HYPERLINK(\\"http://x\\")")
        '\\'=HYPERLINK("http://x")'
        >>> formula_safe("-15 kronor"), formula_safe(-15), formula_safe("Bra")
        ("'-15 kronor", -15, 'Bra')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9+.\-])(:)(//)|(?<![\w.\-])(www)(\.)(?=[\w\-])")


def no_autolink(text: str) -> str:
    """Markdown text in which no address becomes a link (GitHub links bare `http://…` and `www.…`).

    A backslash before "/" or "." changes nothing a reader sees but splits the address for the renderer.

    Examples:
        >>> no_autolink("http://evil.example/x.png and www.evil.example")
        'http:\\\\/\\\\/evil.example/x.png and www\\\\.evil.example'
    """
    return _AUTOLINK.sub(lambda m: f"{m[1]}\\/\\/" if m[1] else f"{m[3]}\\.", text)


def safe_file_name(name: str, suffix: str = "") -> str:
    """A file name made from user text (a study name) that cannot leave its folder.

    Separators, drive letters, control characters and dots at the ends go;
    Unicode is normalised to NFC so "å" is one name however it was typed.

    Examples:
        >>> safe_file_name("../../etc/passwd", ".html")
        'etc_passwd.html'
        >>> safe_file_name("C:\\\\Users\\\\x"), safe_file_name("Bygglov 2026")
        ('C_Users_x', 'Bygglov 2026')
        >>> safe_file_name("..")
        'export'
    """
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE_NAME.sub("_", name).strip(" ._")
    name = re.sub(r"_+", "_", name)[:MAX_NAME] or "export"
    return name + suffix


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file in the same folder, then rename.

    A crash or a full disk leaves either the old file or none, never half a file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
