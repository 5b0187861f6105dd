"""The `insights` command: a thin layer over the library.

User errors become one line on stderr and a non-zero exit code:
1 for an error, 3 when some files of a batch were skipped.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from insights.errors import InsightsError
from insights.language import DEFAULT_LANGUAGES
from insights.store import StoreLocation
from insights.study import FileResult, IngestOptions, ingest_paths

EXIT_SKIPPED = 3

app = typer.Typer(
    help="Offline analysis of focus groups and interviews: transcripts in, statements, themes and insights out.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

Study = Annotated[str, typer.Option("--study", "-s", help="Study name.")]
Db = Annotated[str | None, typer.Option(
    "--db", envvar="INSIGHTS_DB",
    help="SQLAlchemy database URL holding all studies (e.g. postgresql+psycopg://user@host/db). "
         "Default: one SQLite file per study under $INSIGHTS_HOME.")]


class Format(str, Enum):
    csv = "csv"
    json = "json"
    table = "table"


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Transcript files or folders (read recursively).")],
    study: Study,
    moderator: Annotated[list[str] | None, typer.Option(
        "--moderator", "-m", help="Speaker label of a moderator or interviewer; repeat for several.")] = None,
    detect_moderators: Annotated[bool, typer.Option(
        help="Guess the moderator of files where no --moderator or role word (Interviewer, Moderator) "
             "names one: the speaker who asks most questions in short turns.")] = True,
    languages: Annotated[str, typer.Option(
        help="Comma-separated ISO 639-1 codes the transcripts may be in.")] = ",".join(DEFAULT_LANGUAGES),
    replace: Annotated[bool, typer.Option(
        help="Replace a session whose file changed since it was ingested.")] = False,
    db: Db = None,
) -> None:
    """Read transcripts into a study.

    Formats: plain text, Word (.docx), WebVTT (.vtt), SubRip (.srt), CSV and Excel.
    A participants.csv among the files or in a folder adds participant attributes.
    Ingesting a file again does nothing; an unreadable file is reported and skipped.
    """
    options = IngestOptions(moderators=tuple(moderator or ()), detect_moderators=detect_moderators,
                            languages=tuple(code.strip() for code in languages.split(",") if code.strip()),
                            replace=replace)
    location = StoreLocation(url=db)
    report = ingest_paths(location.store_for(study), study, list(paths), options, on_file=_print_result)
    added = report.count("added") + report.count("replaced")
    statements = sum(r.statements for r in report.results)
    err.print(f"{study}: {added} file(s) added ({statements} statements), {report.count('duplicate')} already there, "
              f"{len(report.skipped)} skipped. Stored in {location.describe(study)}")
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def studies(db: Db = None) -> None:
    """List the studies with their sessions and statements."""
    location = StoreLocation(url=db)
    names = location.study_names()
    if not names:
        err.print("No studies yet. Add one with: insights ingest PATH --study NAME")
        return
    table = Table("study", "sessions", "statements", "languages", box=None)
    for name in names:
        sessions = location.store_for(name).sessions_table(name)
        table.add_row(name, str(len(sessions)), str(int(sessions["statements"].sum())),
                      ", ".join(sorted(set(sessions["language"]))))
    out.print(table)


@app.command()
def sessions(study: Study, db: Db = None) -> None:
    """List a study's sessions (one per source file)."""
    table = StoreLocation(url=db).existing_store(study).sessions_table(study)
    _print_table(table.drop(columns=["ingested_at"]))


@app.command()
def statements(
    study: Study,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    db: Db = None,
) -> None:
    """Print the statements table (columns as in DESIGN.md, then participant attributes)."""
    table = StoreLocation(url=db).existing_store(study).statements_table(study)
    if format is Format.csv:
        table.to_csv(sys.stdout, index=False)
    elif format is Format.json:
        sys.stdout.write(table.to_json(orient="records", force_ascii=False, indent=1))
        sys.stdout.write("\n")
    else:
        _print_table(table[["statement_id", "speaker", "turn", "language", "text"]])


def _print_table(table) -> None:
    view = Table(*map(str, table.columns), box=None)
    for row in table.itertuples(index=False):
        view.add_row(*("" if value is None else str(value) for value in row))
    out.print(view)


def _print_result(result: FileResult) -> None:
    if result.status == "skipped":
        err.print(f"skipped {result.name}: {result.detail}", style="yellow", markup=False, highlight=False)
    else:
        err.print(f"{result.status} {result.name}: {result.detail}", markup=False, highlight=False)


def main() -> None:
    """Entry point: library errors become one clear line, never a traceback."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        app()
    except InsightsError as error:
        err.print(f"error: {error}", style="red", markup=False, highlight=False)
        sys.exit(1)
    except SQLAlchemyError as error:
        reason = str(error.orig if getattr(error, "orig", None) else error).strip().splitlines()[0]
        err.print(f"error: cannot use the database: {reason}", style="red", markup=False, highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
