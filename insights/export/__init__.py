"""Exports: one writer per format, all reading one `StudyExport`.

`load_export` gathers what a study holds (sessions, statements, themes,
insight cards, journey, edits) and where it came from (the analysis run);
each writer turns that into bytes; `write_export` puts the bytes on disk
atomically, so a failed export never leaves half a file.
"""

from insights.export.bundle import StudyExport, load_export
from insights.export.safe import formula_safe, safe_file_name, write_atomic

__all__ = ["StudyExport", "formula_safe", "load_export", "safe_file_name", "write_atomic"]
