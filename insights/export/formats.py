"""The export formats, by name: what file each makes and which writer makes it.

The CLI and the dashboard both go through `render` and `export_study`, so a
format behaves the same wherever it is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from insights.errors import InsightsError, InvalidOption
from insights.export.bundle import StudyExport, load_export
from insights.export.safe import safe_file_name, write_atomic
from insights.store import Store


@dataclass(frozen=True)
class ExportFormat:
    name: str
    suffix: str  # the file name ends with this (after the study name)
    mime: str
    writer: str  # "module:function", imported when used so a CLI call loads only what it needs
    needs_analysis: bool = True
    takes_purpose: bool = False
    description: str = ""

    def write(self, export: StudyExport, purpose: str | None = None) -> bytes:
        module, function = self.writer.split(":")
        writer: Callable = getattr(import_module(f"insights.export.{module}"), function)
        data = writer(export, purpose=purpose) if self.takes_purpose else writer(export)
        return data.encode("utf-8") if isinstance(data, str) else data


FORMATS = {f.name: f for f in [
    ExportFormat("html", ".report.html", "text/html", "report:html_report", takes_purpose=True,
                 description="insight report, one self-contained HTML file"),
    ExportFormat("docx", ".report.docx",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "report:docx_report", takes_purpose=True, description="insight report for Word"),
    ExportFormat("md", ".report.md", "text/markdown", "report:markdown_report", takes_purpose=True,
                 description="insight report in Markdown"),
    ExportFormat("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "tables:xlsx_export", description="statements, themes, insights, journey matrix, participants"),
    ExportFormat("csv", ".statements.csv", "text/csv", "tables:statements_csv", needs_analysis=False,
                 description="the statements table"),
    ExportFormat("json", ".analysis.json", "application/json", "jsonexport:json_export",
                 needs_analysis=False, description="the whole analysis (schema: insights/export/analysis.schema.json)"),
    ExportFormat("qdpx", ".qdpx", "application/zip", "qdpx:qdpx_export",
                 description="REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder"),
    ExportFormat("effectmap", ".effectmap.md", "text/markdown", "effectmap:effect_map_document",
                 takes_purpose=True, description="effect map (effektkarta) in Markdown"),
]}


def export_format(name: str) -> ExportFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise InvalidOption(f"export format {name!r} is not offered (formats: {', '.join(FORMATS)})") from None


def file_name(study: str, format_name: str) -> str:
    """The default file name of a study's export: `bygglov.report.html`."""
    return safe_file_name(study, export_format(format_name).suffix)


def render(export: StudyExport, format_name: str, *, purpose: str | None = None) -> bytes:
    """The bytes of one export; InsightsError when the study lacks what the format needs."""
    chosen = export_format(format_name)
    if chosen.needs_analysis:
        export.require_analysis()
    elif export.sessions.empty:
        export.require_analysis()  # says "no transcripts yet"
    return chosen.write(export, purpose=purpose)


def export_study(store: Store, study: str, format_name: str, out: str | Path, *, language: str | None = None,
                 redact: bool = False, purpose: str | None = None) -> Path:
    """Write one export of a study to `out` (a file, or a folder to put the default file name in).

    The file appears whole or not at all. Returns the path written.
    """
    data = export_bytes(store, study, format_name, language=language, redact=redact, purpose=purpose)
    path = output_path(out, study, format_name)
    try:
        return write_atomic(path, data)
    except OSError as error:
        raise InsightsError(f"cannot write {path}: {error.strerror or error}") from None


def export_bytes(store: Store, study: str, format_name: str, *, language: str | None = None,
                 redact: bool = False, purpose: str | None = None) -> bytes:
    """One export of a study as bytes (what the dashboard offers for download)."""
    export_format(format_name)  # an unknown format fails before the study is read
    export = load_export(store, study, language)
    if redact:
        from insights.export.redaction import redacted

        export = redacted(export)
    return render(export, format_name, purpose=purpose)


def output_path(out: str | Path, study: str, format_name: str) -> Path:
    """`out` itself, or the default file name inside it when `out` is a folder.

    A path that ends with a slash, or does not exist and has no suffix ("reports"), is a folder.
    """
    folder = str(out).endswith(("/", "\\"))
    out = Path(out)
    if out.is_dir() or folder or (not out.exists() and not out.suffix):
        return out / file_name(study, format_name)
    return out
