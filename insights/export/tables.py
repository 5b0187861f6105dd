"""Spreadsheets: the analysis as an `.xlsx` workbook, the statements table as `.csv`.

The workbook has one sheet per table a process owner filters and sorts:
statements, themes, insights, journey matrix, participants, and an `about`
sheet naming the analysis run. Sheet names are fixed (formulas and macros
refer to them); headings are in the export's language, except on the
statements sheet, whose columns are the public statements-table contract.

Every string goes through `formula_safe`, so a statement such as
`=HYPERLINK(...)` is text in Excel, never a formula.

Examples:
    >>> bundle = load_export(store, "bygglov")      # doctest: +SKIP
    >>> write_atomic("bygglov.xlsx", xlsx_export(bundle))  # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import math
import numbers
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from insights import explore
from insights.export.bundle import StudyExport
from insights.export.safe import formula_safe
from insights.store import STATEMENT_COLUMNS

SHEETS = ("statements", "themes", "insights", "journey matrix", "participants", "about")
MAX_CELL = 32_767  # Excel's limit on characters in a cell
MIN_WIDTH, MAX_WIDTH = 6, 60
SHORT_WIDTH = 30  # columns wider than this get wrapped text at MAX_WIDTH instead
HEADER_FILL = "D9D9D9"
PERCENT, DECIMAL, SECONDS = "0%", "0.00", "0.0"

TEXT: dict[str, dict[str, str]] = {
    "theme_id": {"sv": "Tema-id", "en": "Theme id"},
    "theme": {"sv": "Tema", "en": "Theme"},
    "label": {"sv": "Etikett", "en": "Label"},
    "statements": {"sv": "Utsagor", "en": "Statements"},
    "speakers": {"sv": "Talare", "en": "Speakers"},
    "sessions": {"sv": "Sessioner", "en": "Sessions"},
    "pain_share": {"sv": "Andel problem", "en": "Pain share"},
    "top_stage": {"sv": "Vanligaste steg", "en": "Top stage"},
    "group": {"sv": "Grupp", "en": "Group"},
    "origin": {"sv": "Ursprung", "en": "Origin"},
    "keywords": {"sv": "Nyckelord", "en": "Keywords"},
    "description": {"sv": "Beskrivning", "en": "Description"},
    "representatives": {"sv": "Antal representativa citat", "en": "Representative quotes (count)"},
    "rank": {"sv": "Rang", "en": "Rank"},
    "title": {"sv": "Rubrik", "en": "Title"},
    "summary": {"sv": "Sammanfattning", "en": "Summary"},
    "segments": {"sv": "Segment", "en": "Segments"},
    "quotes": {"sv": "Citat", "en": "Quotes"},
    "total": {"sv": "Totalt", "en": "Total"},
    "speaker": {"sv": "Talare", "en": "Speaker"},
    "pain": {"sv": "Problem", "en": "Pain points"},
    "themes": {"sv": "Teman", "en": "Themes"},
    "top_themes": {"sv": "Främsta teman", "en": "Main themes"},
    "field": {"sv": "Uppgift", "en": "Field"},
    "value": {"sv": "Värde", "en": "Value"},
    "of": {"sv": "av", "en": "of"},
    "small_group": {"sv": "liten grupp", "en": "small group"},
    "pain_grid": {"sv": "Andel problem per cell", "en": "Pain share per cell"},
    "legend": {"sv": "Färgen visar andelen utsagor som är problem: ljus = inga, mörk = alla.",
               "en": "The fill shows the share of statements that are pain points: light = none, dark = all."},
    "about.study": {"sv": "Studie", "en": "Study"},
    "about.language": {"sv": "Språk", "en": "Language"},
    "about.run": {"sv": "Analyskörning", "en": "Analysis run"},
    "about.analysed_at": {"sv": "Analyserad", "en": "Analysed at"},
    "about.model": {"sv": "Modell", "en": "Model"},
    "about.seed": {"sv": "Slumpfrö", "en": "Seed"},
    "about.stage_set": {"sv": "Stegmängd", "en": "Stage set"},
    "about.settings": {"sv": "Inställningar", "en": "Settings"},
    "about.exported_at": {"sv": "Exporterad", "en": "Exported at"},
    "about.version": {"sv": "insights-version", "en": "insights version"},
    "about.redacted": {"sv": "Avidentifierad", "en": "Redacted"},
    "about.not_analysed": {"sv": "inte analyserad", "en": "not analysed"},
    "note": {"sv": "Anmärkning", "en": "Note"},
    "yes": {"sv": "ja", "en": "yes"},
    "no": {"sv": "nej", "en": "no"},
}
# Quotation marks as each language writes them.
QUOTE_MARKS = {"sv": ("”", "”"), "en": ("“", "”")}


@dataclass
class Block:
    """One table on a sheet: a header row, data rows, and how to show them.

    `formats` maps a column index to an Excel number format; `fills` maps
    (row, column) of `rows` to a background colour ("RRGGBB").
    """

    header: list
    rows: list[list]
    formats: dict[int, str] = field(default_factory=dict)
    fills: dict[tuple[int, int], str] = field(default_factory=dict)
    title: str | None = None


@dataclass
class Sheet:
    name: str
    blocks: list[Block]
    freeze: str = "A2"


# --------------------------------------------------------------------------- public writers


def xlsx_export(export: StudyExport) -> bytes:
    """The study as an Excel workbook: one sheet per table, plus `about` with the provenance.

    Same export in, same bytes out: document properties and zip entry times
    come from `export.exported_at`, not from the clock.
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in build_sheets(export):
        _write_sheet(workbook.create_sheet(sheet.name), sheet)
    moment = _naive_utc(export.exported_at)
    workbook.properties.created = workbook.properties.modified = moment
    workbook.properties.creator = workbook.properties.lastModifiedBy = "insights"
    workbook.properties.title = _clean(export.study)
    buffer = io.BytesIO()
    # ExcelWriter directly: save_workbook would stamp "modified" with the clock.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return _fixed_zip_times(buffer.getvalue(), moment)


def statements_csv(export: StudyExport) -> bytes:
    """The statements table as CSV: UTF-8 with a BOM (so Excel reads å, ä, ö), CRLF lines, a header row.

    Only the table: where it came from is in the workbook's `about` sheet and
    the JSON export, so the CSV stays readable by any tool.
    """
    table = statements_table(export)
    safe = table.map(formula_safe).rename(columns=formula_safe)
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def statements_table(export: StudyExport) -> pd.DataFrame:
    """The statements table in contract order, participant attribute columns after it."""
    statements = export.statements
    extra = [column for column in statements.columns if column not in STATEMENT_COLUMNS]
    return statements[[*STATEMENT_COLUMNS, *extra]]


def build_sheets(export: StudyExport) -> list[Sheet]:
    """The workbook's sheets as plain data (what `xlsx_export` writes), in sheet order."""
    return [_statements_sheet(export), _themes_sheet(export), _insights_sheet(export),
            _matrix_sheet(export), _participants_sheet(export), _about_sheet(export)]


# --------------------------------------------------------------------------- the sheets


def _statements_sheet(export: StudyExport) -> Sheet:
    table = statements_table(export)
    formats = {table.columns.get_loc(c): f for c, f in (("start_s", SECONDS), ("end_s", SECONDS),
                                                         ("sentiment", DECIMAL))}
    return Sheet("statements", [Block(list(table.columns), table.to_numpy(dtype=object).tolist(), formats)])


def _themes_sheet(export: StudyExport) -> Sheet:
    words = _words(export.language)
    themes = export.themes.set_index("theme_id") if len(export.themes) else export.themes
    labels = dict(zip(export.themes["theme_id"], export.themes["label"]))
    stages = export.stage_names
    rows = []
    for theme in export.theme_overview().itertuples():
        stored = themes.loc[theme.theme_id]
        parent = None if pd.isna(theme.parent_id) else labels.get(int(theme.parent_id))
        rows.append([theme.theme_id, theme.label, theme.size, theme.speakers, theme.sessions, theme.pain_share,
                     stages.get(theme.top_stage, theme.top_stage), parent, theme.origin,
                     ", ".join(stored["keywords"]), stored["description"], len(stored["representatives"])])
    header = [words[k] for k in ("theme_id", "label", "statements", "speakers", "sessions", "pain_share",
                                 "top_stage", "group", "origin", "keywords", "description", "representatives")]
    return Sheet("themes", [Block(header, rows, {5: PERCENT})])


def _insights_sheet(export: StudyExport) -> Sheet:
    words = _words(export.language)
    stages = export.stage_names
    rows = [[card.rank, card.theme_id, card.title, card.summary, card.statements, card.speakers, card.sessions,
             card.pain_share, stages.get(card.top_stage, card.top_stage), _segment_notes(card, words),
             _quotes(card, export.language)] for card in export.cards]
    header = [words[k] for k in ("rank", "theme_id", "title", "summary", "statements", "speakers", "sessions",
                                 "pain_share", "top_stage", "segments", "quotes")]
    return Sheet("insights", [Block(header, rows, {7: PERCENT})])


def _matrix_sheet(export: StudyExport) -> Sheet:
    """Themes down, stages across in journey order: statement counts, fill = pain share of the cell."""
    words = _words(export.language)
    matrix = export.journey_matrix()
    stage_ids = export.stage_set.ids
    themes = _matrix_theme_order(export, matrix)
    cells = {(row.theme_id, row.stage): row for row in matrix.itertuples()}
    header = [words["theme"], *[export.stage_names[s] for s in stage_ids], words["total"]]
    counts, shares = Block(header, []), Block(header, [], title=words["pain_grid"])
    for r, (theme_id, label) in enumerate(themes):
        found = [cells.get((theme_id, stage)) for stage in stage_ids]
        counts.rows.append([label, *[cell.statements if cell else None for cell in found],
                            sum(cell.statements for cell in found if cell)])
        pain = sum(cell.pain for cell in found if cell)
        total = counts.rows[-1][-1]
        shares.rows.append([label, *[cell.pain_share if cell else None for cell in found],
                            round(pain / total, 3) if total else None])
        for c, cell in enumerate(found, start=1):
            if cell:
                counts.fills[r, c] = shares.fills[r, c] = pain_colour(cell.pain_share)
    shares.formats = {c: PERCENT for c in range(1, len(header))}
    scale = (0, 0.25, 0.5, 0.75, 1)
    # The legend's header row is the colour scale itself (row -1 is the header in `fills`).
    legend = Block([f"{share:.0%}" for share in scale], [], title=words["legend"],
                   fills={(-1, c): pain_colour(share) for c, share in enumerate(scale)})
    return Sheet("journey matrix", [counts, shares, legend], freeze="B2")


def _participants_sheet(export: StudyExport) -> Sheet:
    """Everyone in the participants table, then anyone who spoke but is not in it, with what they said."""
    words = _words(export.language)
    listed = export.participants
    attributes = [c for c in listed.columns if c != "speaker"]
    said = explore.people_table(export.statements, export.themes, column=None).set_index("person")
    counted = ["sessions", "statements", "pain", "themes", "top_themes"]
    rows = []
    for person in listed.to_dict("records"):
        rows.append([person["speaker"], *[person.get(c) for c in attributes], *_counts(said, person["speaker"])])
    known = set(listed["speaker"]) if "speaker" in listed else set()
    first = export.statements.assign(person=explore.people(export.statements)).drop_duplicates("person")
    for person in first[~first["person"].isin(known)].sort_values("person").to_dict("records"):
        rows.append([person["person"], *[person.get(c) for c in attributes], *_counts(said, person["person"])])
    header = [words["speaker"], *attributes, *[words[c] for c in counted]]
    return Sheet("participants", [Block(header, rows)])


def _about_sheet(export: StudyExport) -> Sheet:
    words = _words(export.language)
    provenance = export.provenance
    settings = provenance["settings"] or {}
    not_analysed = words["about.not_analysed"]
    facts = [
        ("about.study", provenance["study"]),
        ("about.language", export.language),
        ("about.run", provenance["analysis_run"] if provenance["analysis_run"] is not None else not_analysed),
        ("about.analysed_at", provenance["analysed_at"]),
        ("about.model", provenance["model"]),
        ("about.seed", provenance["seed"]),
        ("about.stage_set", export.stage_set.name),
        ("about.settings", json.dumps(settings, ensure_ascii=False, sort_keys=True) if settings else None),
        ("about.exported_at", provenance["exported_at"]),
        ("about.version", provenance["insights_version"]),
        ("about.redacted", words["yes"] if provenance["redacted"] else words["no"]),
    ]
    counts = list(export.counts().items())
    rows = [[words[key], value] for key, value in facts] + [[words[key], value] for key, value in counts]
    rows += [[words["note"], note] for note in export.notes]
    return Sheet("about", [Block([words["field"], words["value"]], rows)])


# --------------------------------------------------------------------------- cell contents


def pain_colour(share: float) -> str:
    """Fill colour ("RRGGBB") for a pain share in [0, 1], on the dashboard's pain scale.

    Examples:
        >>> pain_colour(0), pain_colour(0.5), pain_colour(1), pain_colour(0.25)
        ('F2F2F2', 'E69F00', 'A33A00', 'ECC879')
    """
    share = min(max(float(share), 0.0), 1.0)
    stops = [(float(at), colour.lstrip("#")) for at, colour in explore.PAIN_SCALE]
    for (low, start), (high, end) in zip(stops, stops[1:]):
        if share <= high:
            weight = (share - low) / (high - low)
            channels = [round(int(start[i:i + 2], 16) * (1 - weight) + int(end[i:i + 2], 16) * weight)
                        for i in (0, 2, 4)]
            return "".join(f"{channel:02X}" for channel in channels)
    return stops[-1][1]


def _dark(colour: str) -> bool:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return 0.299 * red + 0.587 * green + 0.114 * blue < 128


def _segment_notes(card, words: dict[str, str]) -> str:
    """`privatperson: 8 av 8 (100%); företagare: 1 av 3 (33%, liten grupp)`."""
    notes = []
    for segment in card.segments:
        extra = f", {words['small_group']}" if segment.small_group else ""
        notes.append(f"{segment.segment}: {segment.speakers} {words['of']} {segment.of} ({segment.share:.0%}{extra})")
    return "; ".join(notes)


def _quotes(card, language: str) -> str:
    """The card's quotes, one per line: ”text” — speaker, session m:ss."""
    opening, closing = QUOTE_MARKS[language]
    lines = []
    for quote in card.quotes:
        where = " ".join(part for part in (quote.session, explore.format_time(quote.start_s)) if part)
        lines.append(f"{opening}{quote.text}{closing} — {quote.speaker}, {where}")
    return "\n".join(lines)


def _matrix_theme_order(export: StudyExport, matrix: pd.DataFrame) -> list[tuple[int, str]]:
    """Themes in the matrix's journey order, then themes with no placed statement, by id."""
    names = explore.theme_names(export.themes)
    placed = list(dict.fromkeys(matrix.sort_values("theme_order")["theme_id"].astype(int))) if len(matrix) else []
    rest = sorted(set(names) - set(placed))
    return [(theme_id, names[theme_id]) for theme_id in [*placed, *rest]]


def _counts(said: pd.DataFrame, person: str) -> list:
    if person not in said.index:
        return [0, 0, 0, 0, ""]
    row = said.loc[person]
    return [row["sessions"], row["statements"], row["pain"], row["themes"], row["top_themes"]]


def _words(language: str) -> dict[str, str]:
    return {key: text.get(language, text["en"]) for key, text in TEXT.items()}


def cell_value(value):
    """A value as openpyxl should store it: plain Python, no NaN, strings formula-safe and legal XML.

    Examples:
        >>> cell_value("=1+1"), cell_value(float("nan")), cell_value(["a", "b"]), cell_value("ok\\x0b")
        ("'=1+1", None, 'a, b', 'ok')
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(item) for item in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    elif isinstance(value, datetime):
        value = _naive_utc(value).isoformat(timespec="seconds")
    elif isinstance(value, (bool, np.bool_)):
        return bool(value)
    elif isinstance(value, numbers.Integral):
        return int(value)
    elif isinstance(value, numbers.Real):
        return None if math.isnan(value) else float(value)
    if not isinstance(value, str):
        value = str(value)
    value = _clean(value)
    if len(value) > MAX_CELL - 1:
        value = value[:MAX_CELL - 2] + "…"
    return formula_safe(value)


def _clean(text: str) -> str:
    # Control characters (a vertical tab from Word, say) are not allowed in the file's XML.
    return ILLEGAL_CHARACTERS_RE.sub("", text)


# --------------------------------------------------------------------------- writing


def _write_sheet(worksheet, sheet: Sheet) -> None:
    """Blocks one under the other (a blank row between); the first one gets the filter and sets the widths."""
    widths: dict[int, int] = {}
    data_rows: list[int] = []
    row_number = 0
    for index, block in enumerate(sheet.blocks):
        first = row_number + (2 if index else 1) + (1 if block.title else 0)
        if block.title:
            worksheet.cell(first - 1, 1, cell_value(block.title)).font = Font(bold=True)
        last = _write_block(worksheet, block, first, widths, header_counts=index == 0)
        data_rows.extend(range(first + 1, last + 1))
        if index == 0:
            worksheet.auto_filter.ref = f"A{first}:{get_column_letter(max(len(block.header), 1))}{last}"
        row_number = last
    wrap = Alignment(vertical="top", wrap_text=True)
    for column, width in widths.items():
        worksheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
        if width > SHORT_WIDTH:  # long text: wrap at the capped width instead of one endless line
            for row in data_rows:
                worksheet.cell(row, column).alignment = wrap
    worksheet.freeze_panes = sheet.freeze


def _write_block(worksheet, block: Block, top: int, widths: dict[int, int], header_counts: bool) -> int:
    """Write `block` with its header on row `top`; returns the last row written."""
    header_fill = PatternFill("solid", start_color=HEADER_FILL)
    for c, heading in enumerate(block.header, start=1):
        cell = worksheet.cell(top, c, cell_value(heading))
        cell.font, cell.fill = Font(bold=True), header_fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        if header_counts:
            widths[c] = max(widths.get(c, 0), _width(cell.value))
    for r, values in enumerate(block.rows, start=top + 1):
        for c, value in enumerate(values, start=1):
            cell = worksheet.cell(r, c, cell_value(value))
            if c - 1 in block.formats:
                cell.number_format = block.formats[c - 1]
            widths[c] = max(widths.get(c, 0), _width(cell.value))
    for (r, c), colour in block.fills.items():
        cell = worksheet.cell(top + 1 + r, c + 1)
        cell.fill = PatternFill("solid", start_color=colour)
        if _dark(colour):
            cell.font = Font(color="FFFFFF", bold=cell.font.bold)
    return top + len(block.rows)


def _width(value) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:.2f}")
    return max((len(line) for line in str(value).split("\n")), default=0)


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _fixed_zip_times(data: bytes, moment: datetime) -> bytes:
    """The same zip with every entry dated `moment`: zipfile stamps entries with the clock."""
    stamp = max(moment, datetime(1980, 1, 1)).timetuple()[:6]
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info))
    return buffer.getvalue()
