"""Excel transcripts: the first sheet with a speaker and a text column, else the first that reads as a transcript.

A session cut into parts, one sheet each (`Del 1`, `Del 2`, ... with the same header), is read through all of them.
"""

from __future__ import annotations

import colorsys
import datetime
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import replace

import openpyxl
import pandas as pd
from openpyxl.styles.colors import COLOR_INDEX

from insights.errors import UnreadableFile
from insights.ingest.archive import is_zip_with, open_office_zip
from insights.ingest.colours import colour_family
from insights.ingest.columns import match_columns
from insights.ingest.registry import Reader, register
from insights.ingest.tables import (
    HEADER_SEARCH_ROWS,
    has_transcript_columns,
    question_and_answer_columns,
    table_to_transcript,
    with_header_found,
)
from insights.models import Transcript

_WORKBOOK_XML = "xl/workbook.xml"


def read(data: bytes, *, name: str) -> Transcript:
    open_office_zip(data, name, required_member=_WORKBOOK_XML, kind="Excel (.xlsx)")
    try:
        sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=str, engine="openpyxl")
    except Exception as error:  # noqa: BLE001  (openpyxl raises many kinds on damaged workbooks)
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0][:160]
        raise UnreadableFile(name, f"corrupt Excel workbook ({reason})") from None
    if not sheets:
        raise UnreadableFile(name, "the workbook has no sheets")
    tables = [with_header_found(table) for table in sheets.values()]
    for index, table in enumerate(tables):  # the first sheet that names a speaker and a text column
        if has_transcript_columns(list(table.columns)):
            first = table_to_transcript(table, name=name, format="xlsx")
            return _parts_joined([first, *_later_parts(_same_header_sheets(tables[index:])[1:], name)])
    if (coloured := _colour_speakers_read(data, name, sheets.values())) is not None:
        return coloured
    first_error = None
    for table in tables:  # else the first that reads in another layout (an info sheet may come first)
        try:
            return table_to_transcript(table, name=name, format="xlsx")
        except UnreadableFile as error:
            first_error = first_error or error
    raise first_error


def _same_header_sheets(tables: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """The first table and the later ones with the same header: the parts of one session (a sheet per part
    before and after a break). A list of people or codes after the transcript has a header of its own."""
    header = [str(column).strip().lower() for column in tables[0].columns]
    return [table for table in tables if [str(column).strip().lower() for column in table.columns] == header]


def _later_parts(tables: list[pd.DataFrame], name: str) -> list[Transcript]:
    """The later parts that hold turns (an empty sheet kept for a part not yet typed is none)."""
    parts = []
    for table in tables:
        try:
            parts.append(table_to_transcript(table, name=name, format="xlsx"))
        except UnreadableFile:
            continue
    return parts


def _parts_joined(parts: list[Transcript]) -> Transcript:
    """The parts' turns one after another, numbered through (times may restart after a break)."""
    turns = [turn for part in parts for turn in part.utterances]
    return replace(parts[0], utterances=[replace(turn, turn=index) for index, turn in enumerate(turns)])


def _colour_speakers_read(data: bytes, name: str, sheets: Iterable[pd.DataFrame]) -> Transcript | None:
    """A sheet without a speaker column whose rows are filled, or whose text is typed, in a colour per speaker, as
    a key above the header says (`Key: blue rows = me (Tom), yellow rows = Shaun.`, `Blå text = mina frågor (TL).
    Svart = Susanne.`): each row's speaker is the name the key gives its fill (else its font colour), rows of one
    colour in a row are one turn. None where no sheet is one: every row with text in a colour the key names, two
    speakers at least (a sheet striped for reading, or with a highlighted row here and there, has no key saying
    whose rows they are), and no question and answer columns (a key to their colours is a status's, `yellow =
    follow up`)."""
    # most workbooks: no need to open it again for its formatting
    if not _has_solid_fills(data) and not any(len(_fill_key(_text_above(sheet))) >= 2 for sheet in sheets):
        return None
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # noqa: BLE001  (pandas read it; its formatting is no reason to refuse the words)
        return None
    theme = _theme_colours(workbook.loaded_theme)
    for sheet in workbook.worksheets:
        rows = [list(row) for row in sheet.iter_rows()]
        for colour_of in (_fill_colour, _font_colour):
            if (table := _colour_speaker_table(rows, theme, colour_of)) is not None:
                return table_to_transcript(table, name=name, format="xlsx")
    return None


def _text_above(sheet: pd.DataFrame) -> str:
    """The words of a sheet's first rows, as pandas read it (the first row as its header), where a key would be."""
    cells = [str(name) for name in sheet.columns if not str(name).startswith("Unnamed:")]
    cells += [str(value) for row in sheet.head(HEADER_SEARCH_ROWS).itertuples(index=False) for value in row
              if isinstance(value, str)]
    return " ".join(cells)


def _has_solid_fills(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return b'patternType="solid"' in package.read("xl/styles.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return False


def _colour_speaker_table(rows: list[list], theme: list[str],
                          colour_of: Callable[[object, list[str]], str | None]) -> pd.DataFrame | None:
    """The sheet's rows below its header as a table with a `Speaker` column read from the colour of each row's text
    cell (`colour_of`: its fill or its font) and the key above the header (a row in the colour of the row above
    goes on with its turn), or None (see `_colour_speakers_read`)."""
    texts = [[_cell_text(cell.value) for cell in row] for row in rows]
    header = next((index for index, row in enumerate(texts[:HEADER_SEARCH_ROWS])
                   if "text" in match_columns(row) and "speaker" not in match_columns(row)), None)
    if header is None or question_and_answer_columns(texts[header]):  # whose rows those are, the columns say
        return None
    key = _fill_key(" ".join(cell for row in texts[:header] for cell in row if cell))
    text_column = match_columns(texts[header])["text"]
    body, speakers, previous = [], [], None
    for row, cells in zip(rows[header + 1:], texts[header + 1:]):
        if text_column >= len(cells) or not cells[text_column]:
            continue
        family = colour_family(colour_of(row[text_column], theme))
        if family not in key:
            return None
        body.append(cells)
        speakers.append("" if family == previous else key[family])
        previous = family
    if len(set(filter(None, speakers))) < 2:
        return None
    names = [cell or f"Unnamed: {index}" for index, cell in enumerate(texts[header])]
    table = pd.DataFrame([cells[:len(names)] + [""] * (len(names) - len(cells)) for cells in body], columns=names)
    table["Speaker"] = speakers
    return table


_COLOUR_WORDS = {
    "red": "red", "röd": "red", "rött": "red", "röda": "red",
    "orange": "orange", "orangea": "orange",
    "yellow": "yellow", "gul": "yellow", "gult": "yellow", "gula": "yellow",
    "green": "green", "grön": "green", "grönt": "green", "gröna": "green",
    "blue": "blue", "blå": "blue", "blått": "blue", "blåa": "blue", "turquoise": "blue", "turkos": "blue",
    "purple": "purple", "violet": "purple", "lila": "purple",
    "pink": "pink", "rosa": "pink",
    "grey": "grey", "gray": "grey", "grå": "grey", "grått": "grey", "gråa": "grey",
    "black": "black", "svart": "black", "svarta": "black",
}
_KEY_ENTRY = re.compile(rf"\b(?P<colour>{'|'.join(_COLOUR_WORDS)})\b"
                        r"(?:\s+(?:rows?|cells?|lines?|text|font|rader|raderna|rad|celler|texten))?\s*(?:=|:|\bis\b|\bare\b|\bmeans\b|\bär\b)\s*(?P<name>[^,.;=\n]+)", re.IGNORECASE)


def _fill_key(text: str) -> dict[str, str]:
    """A sheet's key to its row or text colours: each colour named (in English or Swedish) with whom its rows are,
    the name in brackets where the key says "me (Tom)".

    Examples:
        >>> _fill_key("Key: blue rows = me (Tom), yellow rows = Shaun. Time = minutes into the recording.")
        {'blue': 'Tom', 'yellow': 'Shaun'}
        >>> _fill_key("Gula rader: intervjuaren; gröna rader är Eva")
        {'yellow': 'intervjuaren', 'green': 'Eva'}
        >>> _fill_key("Blå text = mina frågor (TL). Svart = Susanne.")
        {'blue': 'TL', 'black': 'Susanne'}
    """
    key = {}
    for entry in _KEY_ENTRY.finditer(text):
        family = _COLOUR_WORDS[entry["colour"].lower()]
        name = entry["name"].strip()
        name = bracketed.group(1).strip() if (bracketed := re.search(r"\(([^()]+)\)", name)) else name
        if family not in key and name and len(name.split()) <= 4:
            key[family] = name
    return key


def _fill_colour(cell, theme: list[str]) -> str | None:
    """A cell's solid fill as RGB hex (`DDEBF7`), also where it is one of the theme's colours lightened or darkened
    (Excel's palette: "Blue, Accent 1, Lighter 80%") or of the old indexed palette; None where it has none."""
    fill = getattr(cell, "fill", None)
    return _rgb(None if fill is None or fill.fill_type != "solid" else fill.fgColor, theme)


def _font_colour(cell, theme: list[str]) -> str | None:
    """A cell's font colour as RGB hex, as `_fill_colour` reads a fill; black (`000000`) where none is set or it is
    automatic, as Excel shows it."""
    font = getattr(cell, "font", None)
    colour = None if font is None else font.color
    if colour is None or colour.type == "auto" or (colour.type == "indexed" and colour.indexed == 64):
        return "000000"  # 64: the indexed palette's system foreground, Excel's automatic text colour
    return _rgb(colour, theme)


def _rgb(colour, theme: list[str]) -> str | None:
    """An openpyxl colour as RGB hex: as set, from the theme (tinted) or from the indexed palette; None if none."""
    try:
        if colour is None:
            return None
        if colour.type == "rgb":
            rgb = str(colour.rgb)
        elif colour.type == "indexed":
            rgb = COLOR_INDEX[colour.indexed]
        elif colour.type == "theme":
            rgb = _tinted(theme[colour.theme], colour.tint or 0.0)
        else:
            return None
    except (IndexError, TypeError, ValueError):  # a colour the theme lacks, or a damaged one
        return None
    return rgb[-6:].upper() if re.fullmatch(r"[0-9A-Fa-f]{6,8}", rgb) else None


# A theme's colours in the order Excel numbers them (light 1 and dark 1 swapped, as in its palette).
_THEME_SLOTS = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
                "hlink", "folHlink")
_THEME_COLOUR = re.compile(rb'<a:(dk1|lt1|dk2|lt2|accent[1-6]|hlink|folHlink)>\s*'
                           rb'<a:(?:srgbClr val|sysClr [^>]*?lastClr)="([0-9A-Fa-f]{6})"')


def _theme_colours(theme_xml: bytes | None) -> list[str]:
    found = {name.decode(): rgb.decode() for name, rgb in _THEME_COLOUR.findall(theme_xml or b"")}
    return [found.get(slot, "") for slot in _THEME_SLOTS]


def _tinted(rgb: str, tint: float) -> str:
    """A theme colour lightened (tint above 0) or darkened (below 0) as Excel does it, in RGB hex."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*(int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4)))
    lightness = lightness * (1 + tint) if tint < 0 else lightness * (1 - tint) + tint
    return "".join(f"{round(value * 255):02X}" for value in colorsys.hls_to_rgb(hue, lightness, saturation))


def _cell_text(value: object) -> str:
    """A cell's value as pandas reads it as a string (an Excel time as `00:01:05`)."""
    if value is None:
        return ""
    if isinstance(value, datetime.time):
        return value.isoformat()
    return str(value).strip()


def looks_like(data: bytes) -> bool:
    return is_zip_with(data, _WORKBOOK_XML)


register(Reader("xlsx", (".xlsx", ".xlsm"), read, looks_like))
