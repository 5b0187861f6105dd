"""The insight report as Markdown, one self-contained HTML file, or Word (.docx).

All three formats are drawn from one document model (`report_document`):
sections of blocks (paragraphs, facts, bullets, quotes, tables, charts, the
effect map). The model decides what the report says; each writer only decides
how it looks, so the three formats always show the same numbers and quotes.

User text (quotes, labels, speaker and study names) is escaped for each
format: Jinja2 autoescaping in HTML, backslash escapes and entities in
Markdown, XML-legal characters in Word. The HTML file loads nothing: inline
CSS, inline SVG charts, no scripts, and a Content-Security-Policy that
forbids both anyway.

Examples:
    >>> export = load_export(store, "bygglov")                      # doctest: +SKIP
    >>> "Sammanfattning" in markdown_report(export)                 # doctest: +SKIP
    True
    >>> docx_report(export, purpose="Fler kompletta ansökningar")[:2]  # doctest: +SKIP
    b'PK'
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from io import BytesIO
from pathlib import PurePath
from typing import ClassVar
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

import pandas as pd
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup, escape

from insights import explore
from insights.export import charts, effectmap
from insights.export.bundle import StudyExport, tool_version
from insights.export.safe import no_autolink
from insights.insights import SMALL_GROUP
from insights.models import Insight

KEYWORDS_SHOWN = 8
MIN_SHADED_STATEMENTS = 3  # one pain point in one statement is 100 %: too thin to colour the matrix
TOP_INSIGHTS = 3
TOP_STAGES = 3

TEXT: dict[str, dict[str, str]] = {
    "title": {"sv": "Insiktsrapport: {study}", "en": "Insight report: {study}"},
    "provenance": {"sv": "Studie {study} · analyskörning {run}, analyserad {analysed} · exporterad {exported} · "
                         "modell {model} · insights {version}",
                   "en": "Study {study} · analysis run {run}, analysed {analysed} · exported {exported} · "
                         "model {model} · insights {version}"},
    "redacted": {"sv": "personuppgifter borttagna (pseudonymiserad)", "en": "redacted (pseudonymised)"},
    "contents": {"sv": "Innehåll", "en": "Contents"},
    "quote_marks": {"sv": "”{}”", "en": "“{}”"},
    # summary
    "summary": {"sv": "Sammanfattning", "en": "Summary"},
    "purpose": {"sv": "Syfte", "en": "Purpose"},
    "sessions": {"sv": "Sessioner", "en": "Sessions"},
    "participants": {"sv": "Deltagare", "en": "Participants"},
    "statements": {"sv": "Utsagor", "en": "Statements"},
    "themes": {"sv": "Teman", "en": "Themes"},
    "top_insights": {"sv": "Främsta insikter", "en": "Top insights"},
    "top_line": {"sv": "{title}: {speakers} av {people} deltagare, {pain} problem, mest i steget {stage}",
                 "en": "{title}: {speakers} of {people} participants, {pain} pain points, mostly at {stage}"},
    "hotspot": {"sv": "Där det gör mest ont", "en": "Where it hurts most"},
    "hotspot_line": {"sv": "Temat {theme} i steget {stage}: {pain} av {statements} utsagor är problem ({share}), "
                           "från {people} personer.",
                     "en": "The theme {theme} at the stage {stage}: {pain} of {statements} statements are pain "
                           "points ({share}), from {people} people."},
    "no_hotspot": {"sv": "Inga problem är placerade i kundresan.", "en": "No pain points are placed on the journey."},
    # method
    "method": {"sv": "Metod", "en": "Method"},
    "method_scope": {"sv": "Analysen omfattar {statements} utsagor från {participants} deltagare i {sessions} "
                           "sessioner ({files}). Moderatorernas frågor är inte utsagor men följer med som sammanhang.",
                     "en": "The analysis covers {statements} statements by {participants} participants in "
                           "{sessions} sessions ({files}). Moderators' questions are not statements but are kept "
                           "as context."},
    "method_steps": {"sv": "Utsagorna gjordes om till vektorer med modellen {model} och grupperades i teman. Varje "
                           "utsaga fick ett sentiment, en typ (problem, beröm, förslag, fråga eller neutral) och ett "
                           "steg i kundresan. Allt gjordes automatiskt på den egna datorn; inget skickades iväg.",
                     "en": "The statements were turned into vectors with the model {model} and clustered into "
                           "themes. Each statement got a sentiment, a kind (pain, praise, suggestion, question or "
                           "neutral) and a journey stage. All of it ran automatically on this computer; nothing "
                           "was sent anywhere."},
    "method_outliers": {"sv": "{outliers} utsagor passade inget tema och står utanför temana.",
                        "en": "{outliers} statements fit no theme and are left outside the themes."},
    "honesty": {"sv": "Teman är kluster som datorn har gjort av utsagor som liknar varandra; etiketterna är "
                      "vanliga ord i klustret, inte tolkningar. Läs varje tema tillsammans med dess citat innan "
                      "du drar slutsatser, och räkna med att ett tema kan rymma mer än en fråga.",
                "en": "Themes are clusters the computer made of statements that resemble each other; their labels "
                      "are frequent words in the cluster, not interpretations. Read each theme with its quotes "
                      "before drawing conclusions, and expect a theme to hold more than one issue."},
    "run": {"sv": "Analyskörning", "en": "Analysis run"},
    "analysed": {"sv": "Analyserad", "en": "Analysed"},
    "model": {"sv": "Modell", "en": "Model"},
    "seed": {"sv": "Slumpfrö", "en": "Seed"},
    "theme_count": {"sv": "Antal teman", "en": "Number of themes"},
    "automatic": {"sv": "automatiskt (minst {size} utsagor per tema)",
                  "en": "automatic (at least {size} statements per theme)"},
    "stage_set": {"sv": "Kundresa (stegmodell)", "en": "Journey (stage set)"},
    "codebook": {"sv": "Kodbok", "en": "Codebook"},
    "no_codebook": {"sv": "ingen: temana upptäcktes i materialet",
                    "en": "none: the themes were discovered in the data"},
    "settings": {"sv": "Alla inställningar", "en": "All settings"},
    "ranking": {"sv": "Insikterna är rangordnade efter räckvidd och smärta: andelen deltagare som tog upp temat "
                      "gånger (1 + temats andel problem).",
                "en": "Insights are ranked by reach and pain: the share of participants who raised the theme "
                      "times (1 + the theme's pain share)."},
    # insight cards
    "insights": {"sv": "Insikter", "en": "Insights"},
    "no_themes": {"sv": "Analysen hittade inga teman.", "en": "The analysis found no themes."},
    "card_heading": {"sv": "{rank}. {title}", "en": "{rank}. {title}"},
    "of": {"sv": "{part} av {whole}", "en": "{part} of {whole}"},
    "pain_share": {"sv": "Andel problem", "en": "Pain share"},
    "top_stage": {"sv": "Vanligaste steg", "en": "Top stage"},
    "stages": {"sv": "Steg", "en": "Stages"},
    "keywords": {"sv": "Nyckelord", "en": "Keywords"},
    "group": {"sv": "Temagrupp", "en": "Theme group"},
    "segments": {"sv": "Segment", "en": "Segments"},
    "small_groups": {"sv": "Få personer i {segments}: läs skillnaderna mellan segmenten med försiktighet.",
                     "en": "Few people in {segments}: read differences between segments with care."},
    "theme_chart": {"sv": "Diagram: utsagor per tema, uppdelade i problem och övriga utsagor.",
                    "en": "Chart: statements per theme, split into pain points and other statements."},
    # journey matrix and curve
    "journey": {"sv": "Kundresan: tema × steg", "en": "The journey: theme × stage"},
    "journey_intro": {"sv": "Varje cell visar antal utsagor och, inom parentes, andelen problem; ju mörkare cell, "
                            "desto större andel problem. Celler med färre än {few} utsagor färgas inte. Temana står "
                            "i den ordning de når sin topp längs resan.",
                      "en": "Each cell shows the number of statements and, in brackets, the pain share; the darker "
                            "the cell, the larger the pain share. Cells with fewer than {few} statements are not "
                            "coloured. Themes are ordered by where they peak along the journey."},
    "shade_legend": {"sv": "Tecknen före talen visar andelen problem: ░ minst 15 %, ▒ minst 30 %, ▓ minst 45 %, "
                           "█ minst 60 %.",
                     "en": "The signs before the numbers show the pain share: ░ at least 15%, ▒ at least 30%, "
                           "▓ at least 45%, █ at least 60%."},
    "no_journey": {"sv": "Inga utsagor är placerade i kundresan.", "en": "No statements are placed on the journey."},
    "theme": {"sv": "Tema", "en": "Theme"},
    "curve": {"sv": "Problem längs resan", "en": "Pain along the journey"},
    "curve_intro": {"sv": "Andelen problem och medelsentimentet (−1 till 1) i varje steg. Faserna före, under och "
                          "efter visar om det som gör ont ligger utanför organisationens egen process.",
                    "en": "The pain share and the mean sentiment (−1 to 1) at each stage. The phases before, during "
                          "and after show whether what hurts lies outside the organisation's own process."},
    "curve_chart": {"sv": "Diagram: andel problem (staplar) och medelsentiment (linje) per steg i kundresan.",
                    "en": "Chart: pain share (bars) and mean sentiment (line) per journey stage."},
    "stage": {"sv": "Steg", "en": "Stage"},
    "phase": {"sv": "Fas", "en": "Phase"},
    "people": {"sv": "Personer", "en": "People"},
    "mean_sentiment": {"sv": "Medelsentiment", "en": "Mean sentiment"},
    "before": {"sv": "före", "en": "before"},
    "during": {"sv": "under", "en": "during"},
    "after": {"sv": "efter", "en": "after"},
    # segments
    "segment_differences": {"sv": "Skillnader mellan segment", "en": "Segment differences"},
    "segment_intro": {"sv": "Hur många i varje segment som tog upp varje tema, och hur stor andel av segmentet det "
                            "är. Spridning är skillnaden i procentenheter mellan högsta och lägsta andel bland "
                            "segment med minst {small} personer.",
                      "en": "How many people in each segment raised each theme, and what share of the segment that "
                            "is. Spread is the difference in percentage points between the highest and the lowest "
                            "share among segments with at least {small} people."},
    "spread": {"sv": "Spridning (p.e.)", "en": "Spread (pp)"},
    "small_segment_note": {"sv": "* Färre än {small} personer: läs med försiktighet.",
                           "en": "* Fewer than {small} people: read with care."},
    "no_segments": {"sv": "Studien har inga segment (ingen kolumn segment i deltagarfilen).",
                    "en": "The study has no segments (no segment column in the participants file)."},
    "missing": {"sv": "(saknas)", "en": "(missing)"},
    # effect map and appendix
    "effect_map": {"sv": "Effektkarta", "en": "Effect map"},
    "as_text": {"sv": "Effektkartan som text", "en": "The effect map as text"},
    "appendix": {"sv": "Bilaga: alla teman", "en": "Appendix: all themes"},
    "id": {"sv": "Id", "en": "Id"},
    "size": {"sv": "Utsagor", "en": "Statements"},
    "edits": {"sv": "Ändringsloggen har {count} ändringar, varav {undone} ångrade. Temanamn och placeringar i "
                    "rapporten gäller efter ändringarna.",
              "en": "The edits ledger holds {count} edits, {undone} of them undone. Theme labels and placements "
                    "in this report are after the edits."},
    "no_edits": {"sv": "Ändringsloggen är tom: rapporten visar analysen som den kom ut.",
                 "en": "The edits ledger is empty: the report shows the analysis as it came out."},
}


def text_for(language: str) -> dict[str, str]:
    """The report's strings in one language.

    Examples:
        >>> text_for("sv")["summary"], text_for("en")["summary"]
        ('Sammanfattning', 'Summary')
    """
    return {key: values[language] for key, values in TEXT.items()}


# --------------------------------------------------------------------------- the document model


@dataclass(frozen=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    text: str
    style: str = ""  # "", "note" (a caveat) or "lead" (the card's summary)


@dataclass(frozen=True)
class Facts:
    """Label: value pairs."""

    kind: ClassVar[str] = "facts"
    items: tuple[tuple[str, str], ...]
    style: str = ""  # "counts": a row of big numbers in HTML


@dataclass(frozen=True)
class Bullets:
    kind: ClassVar[str] = "bullets"
    items: tuple[str, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Quote:
    kind: ClassVar[str] = "quote"
    text: str
    source: str  # speaker, session, time


@dataclass(frozen=True)
class Table:
    """A table with a header row; `shades` (pain share 0-1 or None per cell) colour the cells."""

    kind: ClassVar[str] = "table"
    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...] = ()  # "left" or "right" per column
    shades: tuple[tuple[float | None, ...], ...] | None = None


@dataclass(frozen=True)
class Chart:
    kind: ClassVar[str] = "chart"
    name: str  # a key of CHARTS
    caption: str


@dataclass(frozen=True)
class EffectMapBlock:
    """The effect map: its Markdown (for Markdown), its diagram (for HTML), its outline (for Word and HTML)."""

    kind: ClassVar[str] = "effect_map"
    markdown: str
    svg: str
    outline: tuple[tuple[str, int, str], ...] = ()


@dataclass(frozen=True)
class Section:
    kind: ClassVar[str] = "section"
    key: str  # anchor in HTML
    heading: str
    blocks: tuple = ()
    level: int = 2
    card: bool = False


@dataclass(frozen=True)
class Report:
    language: str
    title: str
    provenance: str
    sections: tuple[Section, ...] = field(default_factory=tuple)


CHARTS: dict[str, Callable[[StudyExport, str], bytes]] = {
    "pain_by_stage": charts.pain_by_stage_chart,
    "theme_sizes": charts.theme_size_chart,
}


def report_document(export: StudyExport, purpose: str | None = None) -> Report:
    """What the report says, before any format: title, provenance line and sections.

    Raises InsightsError (one line) when the study has not been analysed.
    """
    export.require_analysis()
    text = text_for(export.language)
    context = _Context(export, text)
    sections = [
        _summary(context, purpose),
        _method(context),
        _insights(context),
        _journey(context),
        _curve(context),
        _segment_differences(context),
        _effect_map(context, purpose),
        _appendix(context),
    ]
    return Report(export.language, text["title"].format(study=export.study), _provenance(export, text),
                  tuple(sections))


@dataclass
class _Context:
    """What several sections need, worked out once."""

    export: StudyExport
    text: dict[str, str]

    def __post_init__(self):
        self.stage_names = self.export.stage_names
        self.counts = self.export.counts()
        self.theme_names = explore.theme_names(self.export.themes)
        self.matrix = self.export.journey_matrix()

    def stage(self, stage_id: str) -> str:
        return self.stage_names.get(stage_id, stage_id)

    def quoted(self, value: str) -> str:
        return self.text["quote_marks"].format(value)

    def pct(self, share) -> str:
        return percent(share, self.export.language)


def _provenance(export: StudyExport, text: dict[str, str]) -> str:
    origin = export.provenance
    line = text["provenance"].format(study=export.study, run=origin["analysis_run"],
                                     analysed=_when(origin["analysed_at"]), exported=_when(origin["exported_at"]),
                                     model=origin["model"] or "?", version=origin["insights_version"])
    return f"{line} · {text['redacted']}" if export.redacted else line


def _summary(context: _Context, purpose: str | None) -> Section:
    text, counts, export = context.text, context.counts, context.export
    purpose_facts = [Facts(((text["purpose"], purpose.strip()),))] if purpose and purpose.strip() else []
    numbers = ((text["sessions"], str(counts["sessions"])), (text["participants"], str(counts["speakers"])),
               (text["statements"], str(counts["statements"])), (text["themes"], str(counts["themes"])))
    top = tuple(text["top_line"].format(title=card.title, speakers=card.speakers, people=counts["speakers"],
                                        pain=context.pct(card.pain_share),
                                        stage=context.quoted(context.stage(card.top_stage)))
                for card in export.cards[:TOP_INSIGHTS])
    blocks = [*purpose_facts, Facts(numbers, "counts"),
              *([Paragraph(text["top_insights"], "label"), Bullets(top, ordered=True)] if top else []),
              Paragraph(text["hotspot"], "label"), Paragraph(_hotspot(context))]
    return Section("summary", text["summary"], tuple(blocks))


def _hotspot(context: _Context) -> str:
    found = explore.hottest_cell(context.matrix)
    matrix = context.matrix
    if found is None or int(matrix["pain"].max()) == 0:
        return context.text["no_hotspot"]
    theme_id, stage = found
    cell = matrix[(matrix["theme_id"] == theme_id) & (matrix["stage"] == stage)].iloc[0]
    return context.text["hotspot_line"].format(
        theme=context.quoted(cell["theme_label"]), stage=context.quoted(context.stage(stage)), pain=int(cell["pain"]),
        statements=int(cell["statements"]), share=context.pct(cell["pain_share"]), people=int(cell["people"]))


def _method(context: _Context) -> Section:
    text, export, counts = context.text, context.export, context.counts
    run = export.run or {}
    settings = run.get("settings") or {}
    theme_settings = settings.get("themes") or {}
    files = ", ".join(f"{row.source} ({row.language})" if row.language else str(row.source)
                      for row in export.sessions.itertuples())
    outliers = int((export.statements["theme_id"].astype("Int64").fillna(-1) < 0).sum())
    paragraphs = [text["method_scope"].format(statements=counts["statements"], participants=counts["speakers"],
                                              sessions=counts["sessions"], files=files),
                  text["method_steps"].format(model=run.get("model_id") or "?")]
    if outliers:
        paragraphs.append(text["method_outliers"].format(outliers=outliers))
    stages = " → ".join(stage.label_for(export.language) for stage in export.stage_set.stages)
    codebook = settings.get("codebook")
    facts = (
        (text["run"], str(run.get("id"))),
        (text["analysed"], _when(export.provenance["analysed_at"])),
        (text["model"], str(run.get("model_id") or "?")),
        (text["seed"], str(run.get("seed"))),
        (text["theme_count"], str(theme_settings.get("n_themes") or
                                  text["automatic"].format(size=theme_settings.get("min_theme_size", "?")))),
        (text["stage_set"], f"{export.stage_set.name}: {stages}"),
        (text["codebook"], PurePath(str(codebook)).name if codebook else text["no_codebook"]),
        (text["settings"], settings_line(settings)),
    )
    blocks = [*(Paragraph(p) for p in paragraphs), Facts(facts), *(Paragraph(note) for note in export.notes),
              Paragraph(text["honesty"], "note")]
    return Section("method", text["method"], tuple(blocks))


def settings_line(settings: dict, prefix: str = "") -> str:
    """Every setting of the run on one line; a codebook path shows only its file name (paths name people).

    Examples:
        >>> settings_line({"seed": 42, "codebook": "/home/eva/koder.csv", "themes": {"n_themes": None}})
        'seed=42; codebook=koder.csv; themes.n_themes=None'
    """
    parts = []
    for key, value in settings.items():
        if isinstance(value, dict):
            parts.append(settings_line(value, f"{prefix}{key}."))
            continue
        if key == "codebook" and value:
            value = PurePath(str(value)).name
        parts.append(f"{prefix}{key}={value}")
    return "; ".join(part for part in parts if part)


def _insights(context: _Context) -> Section:
    text = context.text
    cards = tuple(_card(context, card) for card in context.export.cards)
    if not cards:
        return Section("insights", text["insights"], (Paragraph(text["no_themes"]),))
    return Section("insights", text["insights"],
                   (Paragraph(text["ranking"]), Chart("theme_sizes", text["theme_chart"]), *cards))


def _card(context: _Context, card: Insight) -> Section:
    text, export, counts = context.text, context.export, context.counts
    themes = export.themes.set_index("theme_id")
    keywords = themes["keywords"].get(card.theme_id) or []
    stages = [(stage, count) for stage, count in card.stage_distribution.items() if stage != "unknown"]
    facts = [
        (text["statements"], str(card.statements)),
        (text["participants"], text["of"].format(part=card.speakers, whole=counts["speakers"])),
        (text["sessions"], text["of"].format(part=card.sessions, whole=counts["sessions"])),
        (text["pain_share"], context.pct(card.pain_share)),
        (text["top_stage"], context.stage(card.top_stage)),
        (text["stages"], " · ".join(f"{context.stage(s)} {n}" for s, n in stages[:TOP_STAGES])),
        (text["keywords"], ", ".join(str(word) for word in list(keywords)[:KEYWORDS_SHOWN])),
    ]
    group = _group_label(export.themes, card.theme_id)
    if group:
        facts.append((text["group"], group))
    if card.segments:
        facts.append((text["segments"], " · ".join(
            f"{s.segment} {text['of'].format(part=s.speakers, whole=s.of)} ({context.pct(s.share)})"
            for s in card.segments)))
    # Today's summaries are the first quote cut short: shown once, as the quote.
    repeats_quote = bool(card.quotes) and card.quotes[0].text.strip().startswith(card.summary.strip())
    blocks: list = [Paragraph(card.summary, "lead")] if card.summary and not repeats_quote else []
    blocks += [Facts(tuple(facts)), *(Quote(quote.text, quote_source(quote.speaker, quote.session, quote.start_s))
                                      for quote in card.quotes)]
    small = [segment.segment for segment in card.segments if segment.small_group]
    if small:
        blocks.append(Paragraph(text["small_groups"].format(segments=", ".join(small)), "note"))
    return Section(f"insight-{card.rank}", text["card_heading"].format(rank=card.rank, title=card.title),
                   tuple(blocks), level=3, card=True)


def quote_source(speaker: str, session: str, start_s) -> str:
    """Who said a quote, where and when: "Eva, intervju-1, 1:15".

    Examples:
        >>> quote_source("Eva", "intervju-1", 75.4), quote_source("P6", "interview-4", None)
        ('Eva, intervju-1, 1:15', 'P6, interview-4')
    """
    return ", ".join(part for part in (str(speaker), str(session), explore.format_time(start_s)) if part)


def _group_label(themes: pd.DataFrame, theme_id: int) -> str:
    rows = themes[themes["theme_id"] == theme_id]
    if rows.empty or pd.isna(rows["parent_id"].iloc[0]):
        return ""
    parents = themes[themes["theme_id"] == int(rows["parent_id"].iloc[0])]
    return str(parents["label"].iloc[0]) if len(parents) else ""


def _journey(context: _Context) -> Section:
    text, matrix = context.text, context.matrix
    if matrix.empty:
        return Section("journey", text["journey"], (Paragraph(text["no_journey"]),))
    stages = context.export.stage_set.ids
    rows, shades = [], []
    for _order, cells in matrix.groupby("theme_order", sort=True):
        by_stage = {cell.stage: cell for cell in cells.itertuples()}
        rows.append((str(cells["theme_label"].iloc[0]), *(
            f"{by_stage[s].statements} ({context.pct(by_stage[s].pain_share)})" if s in by_stage else ""
            for s in stages)))
        shades.append((None, *(float(by_stage[s].pain_share) if s in by_stage and
                               by_stage[s].statements >= MIN_SHADED_STATEMENTS else None for s in stages)))
    table = Table("journey", (text["theme"], *(context.stage(s) for s in stages)), tuple(rows),
                  ("left", *["right"] * len(stages)), tuple(shades))
    return Section("journey", text["journey"],
                   (Paragraph(text["journey_intro"].format(few=MIN_SHADED_STATEMENTS)), table))


def _curve(context: _Context) -> Section:
    text, export = context.text, context.export
    curve = explore.emotion_curve(export.statements, export.stage_set)
    phases = {stage.id: text.get(stage.phase, stage.phase) for stage in export.stage_set.stages}
    rows, shades = [], []
    for row in curve.itertuples():
        rows.append((context.stage(row.stage), phases.get(row.stage, ""), str(row.statements), str(row.people),
                     decimal(row.mean_sentiment, export.language), context.pct(row.pain_share)))
        shades.append((None, None, None, None, None, None if pd.isna(row.pain_share) else float(row.pain_share)))
    table = Table("curve", (text["stage"], text["phase"], text["statements"], text["people"], text["mean_sentiment"],
                            text["pain_share"]), tuple(rows), ("left", "left", "right", "right", "right", "right"),
                  tuple(shades))
    return Section("curve", text["curve"], (Paragraph(text["curve_intro"]),
                                            Chart("pain_by_stage", text["curve_chart"]), table))


def _segment_differences(context: _Context) -> Section:
    text, export = context.text, context.export
    grid = explore.segment_crosstab(export.statements, "segment", export.themes, missing=text["missing"])
    if grid.empty:
        return Section("segments", text["segment_differences"], (Paragraph(text["no_segments"]),))
    segments = list(grid.itertuples(index=False))
    columns = (text["theme"], *(f"{s.segment} ({s.people}){'*' if s.small_group else ''}" for s in segments),
               text["spread"])
    rows = []
    for card in export.cards:
        name = context.theme_names.get(card.theme_id)
        if name not in grid.columns:
            continue
        raised = grid[name].tolist()
        shares = [count / max(int(size), 1) for count, size in zip(raised, grid["people"])]
        steady = [share for share, small in zip(shares, grid["small_group"]) if not small]
        spread = f"{math.floor((max(steady) - min(steady)) * 100 + 0.5)}" if len(steady) > 1 else "–"
        rows.append((name, *(f"{count} ({context.pct(share)})" for count, share in zip(raised, shares)), spread))
    blocks = [Paragraph(text["segment_intro"].format(small=SMALL_GROUP)),
              Table("segments", columns, tuple(rows), ("left", *["right"] * (len(columns) - 1)))]
    if grid["small_group"].any():
        blocks.append(Paragraph(text["small_segment_note"].format(small=SMALL_GROUP), "note"))
    return Section("segments", text["segment_differences"], tuple(blocks))


def _effect_map(context: _Context, purpose: str | None) -> Section:
    language = context.export.language
    found = effectmap.build_effect_map(context.export, purpose=purpose)
    markdown = effectmap.effect_map_markdown(found, language)
    # The map's own "# Effect map: study" title would repeat this section's heading.
    body = re.sub(r"\A#\s[^\n]*\n+", "", markdown.lstrip())
    block = EffectMapBlock(body, effectmap.effect_map_svg(found, language), markdown_outline(body))
    return Section("effect-map", context.text["effect_map"], (block,))


def markdown_outline(markdown: str) -> tuple[tuple[str, int, str], ...]:
    """Markdown lines as (kind, level, plain text): headings, list items, quotes and paragraphs.

    Enough to show the effect map's Markdown in Word and HTML without a Markdown renderer.

    Examples:
        >>> for part in markdown_outline("## Syfte\\n\\nFler \\\\*kompletta\\\\*\\n1. **Avgift**: 3 av 8\\n   > “Dyrt”"):
        ...     print(part)
        ('heading', 2, 'Syfte')
        ('paragraph', 0, 'Fler *kompletta*')
        ('item', 0, '1. Avgift: 3 av 8')
        ('quote', 0, '“Dyrt”')
    """
    outline = []
    for line in markdown.splitlines():
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        quote = re.match(r"^\s*>\s?(.*)$", line)
        item = re.match(r"^(\s*)(?:[-*+]|(\d{1,9})[.)])\s+(.*)$", line)
        if heading:
            outline.append(("heading", len(heading[1]), _plain(heading[2])))
        elif quote:
            outline.append(("quote", 0, _plain(quote[1])))
        elif item:
            outline.append(("item", len(item[1]) // 2, (f"{item[2]}. " if item[2] else "") + _plain(item[3])))
        elif line.strip():
            outline.append(("paragraph", 0, _plain(line.strip())))
    return tuple(outline)


def _appendix(context: _Context) -> Section:
    text, export = context.text, context.export
    overview = export.theme_overview().sort_values(["size", "theme_id"], ascending=[False, True])
    keywords = dict(zip(export.themes["theme_id"], export.themes["keywords"]))
    rows = tuple(
        (str(row.theme_id), context.theme_names.get(int(row.theme_id), str(row.label)),
         ", ".join(str(word) for word in list(keywords.get(row.theme_id) or [])[:KEYWORDS_SHOWN]),
         str(row.size), str(row.speakers), str(row.sessions), context.pct(row.pain_share),
         context.stage(row.top_stage), _group_label(export.themes, int(row.theme_id)))
        for row in overview.itertuples())
    shades = tuple((None,) * 6 + (float(row.pain_share),) + (None, None) for row in overview.itertuples())
    table = Table("themes", (text["id"], text["theme"], text["keywords"], text["size"], text["people"],
                             text["sessions"], text["pain_share"], text["top_stage"], text["group"]), rows,
                  ("right", "left", "left", "right", "right", "right", "right", "left", "left"), shades)
    edits = export.edits
    if len(edits):
        ledger = text["edits"].format(count=len(edits), undone=int(edits["undone"].astype(bool).sum()))
    else:
        ledger = text["no_edits"]
    return Section("appendix", text["appendix"], (table, Paragraph(ledger)))


# --------------------------------------------------------------------------- numbers and colours


def percent(share, language: str) -> str:
    """A share 0-1 as a whole percentage, Swedish with a (non-breaking) space before %.

    Examples:
        >>> percent(0.269, "sv"), percent(5 / 8, "en"), percent(float("nan"), "en")
        ('27\\xa0%', '63%', '–')
    """
    if share is None or pd.isna(share):
        return "–"
    value = math.floor(float(share) * 100 + 0.5)  # half up, as people round: 5 of 8 is 63 %
    return f"{value}\u00a0%" if language == "sv" else f"{value}%"


def decimal(value, language: str, places: int = 2) -> str:
    """A signed decimal with a real minus sign, a decimal comma in Swedish.

    Examples:
        >>> decimal(-0.123, "sv"), decimal(0.5, "en"), decimal(None, "sv")
        ('−0,12', '0.50', '–')
    """
    if value is None or pd.isna(value):
        return "–"
    shown = f"{float(value):.{places}f}".replace("-", "−")
    return shown.replace(".", ",") if language == "sv" else shown


_PAIN_STOPS = [(float(stop), colour) for stop, colour in explore.PAIN_SCALE]


def pain_colour(share: float) -> tuple[str, str]:
    """(background, text) colours for a pain share: the dashboard's scale, light grey to dark vermillion.

    Examples:
        >>> pain_colour(0.0), pain_colour(1.0)
        (('#F2F2F2', '#000000'), ('#A33A00', '#FFFFFF'))
    """
    share = min(max(float(share), 0.0), 1.0)
    for (low, start), (high, end) in zip(_PAIN_STOPS, _PAIN_STOPS[1:]):
        if share <= high:
            weight = (share - low) / (high - low)
            rgb = [round(a + (b - a) * weight) for a, b in zip(_rgb(start), _rgb(end))]
            break
    background = "#" + "".join(f"{channel:02X}" for channel in rgb)
    luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    return background, "#000000" if luminance > 140 else "#FFFFFF"


def _rgb(colour: str) -> list[int]:
    return [int(colour[index:index + 2], 16) for index in (1, 3, 5)]


def _when(moment: str | None) -> str:
    """An ISO time stamp as "2026-11-25 15:01 UTC"."""
    if not moment:
        return "?"
    parsed = datetime.fromisoformat(moment)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


# --------------------------------------------------------------------------- Markdown


_MD_ESCAPE = re.compile(r"([\\`*_\[\]#|~$])")
_MD_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")  # only an "&" that would start an entity needs escaping
_MD_LIST_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")  # "1. x" starts a list, "0.03" does not


def md_text(value) -> str:
    """Text that GitHub-flavoured Markdown shows as written, on one line, safe in a table cell.

    Angle brackets become entities rather than backslash escapes, so no renderer,
    however lax, can read a tag in them.

    Examples:
        >>> md_text("# not a heading"), md_text("a | b"), md_text("<script>x</script>")
        ('\\\\# not a heading', 'a \\\\| b', '&lt;script&gt;x&lt;/script&gt;')
        >>> md_text("1. not a list"), md_text("- nor this"), md_text("two\\nlines")
        ('1\\\\. not a list', '\\\\- nor this', 'two lines')
        >>> md_text("see http://x.se or www.x.se")
        'see http:\\\\/\\\\/x.se or www\\\\.x.se'
    """
    text = " ".join(str(value).split())  # a newline would end the quote, the list item or the table row
    text = _MD_ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_ESCAPE.sub(r"\\\1", text)
    text = no_autolink(text)
    text = _MD_LIST_START.sub(r"\1\\\2", text)
    return "\\" + text if text[:1] in ("-", "+", "=") else text  # a list item, or a heading underline


def markdown_report(export: StudyExport, purpose: str | None = None) -> str:
    """The report as GitHub-flavoured Markdown (charts are left out; their numbers are in tables)."""
    report = report_document(export, purpose)
    text = text_for(report.language)
    parts = [f"# {md_text(report.title)}", f"*{md_text(report.provenance)}*"]
    for section in report.sections:
        parts.extend(_md_section(section, text))
    return "\n\n".join(part for part in parts if part) + "\n"


def _md_section(section: Section, text: dict[str, str]) -> list[str]:
    parts = [f"{'#' * section.level} {md_text(section.heading)}"]
    for block in section.blocks:
        if isinstance(block, Section):
            parts.extend(_md_section(block, text))
        else:
            parts.append(_MD_BLOCKS[block.kind](block, text))
    return parts


def _md_paragraph(block: Paragraph, text: dict[str, str]) -> str:
    styled = {"label": "**{}**", "note": "*{}*", "lead": "{}"}.get(block.style, "{}")
    return styled.format(md_text(block.text))


def _md_facts(block: Facts, text: dict[str, str]) -> str:
    return "\n".join(f"- **{md_text(label)}:** {md_text(value)}" for label, value in block.items)


def _md_bullets(block: Bullets, text: dict[str, str]) -> str:
    return "\n".join(f"{f'{n}.' if block.ordered else '-'} {md_text(item)}"
                     for n, item in enumerate(block.items, start=1))


def _md_quote(block: Quote, text: dict[str, str]) -> str:
    return f"> {md_text(block.text)}\n>\n> — {md_text(block.source)}"


_SHADE_SIGNS = ((0.6, "█ "), (0.45, "▓ "), (0.3, "▒ "), (0.15, "░ "))


def _md_table(block: Table, text: dict[str, str]) -> str:
    rule = {"left": ":---", "right": "---:"}
    lines = ["| " + " | ".join(md_text(column) for column in block.columns) + " |",
             "| " + " | ".join(rule.get(a, "---") for a in (block.align or ("left",) * len(block.columns))) + " |"]
    shades = block.shades or [(None,) * len(block.columns)] * len(block.rows)
    for row, row_shades in zip(block.rows, shades):
        cells = [_md_shade_sign(shade) + md_text(cell) if cell else "" for cell, shade in zip(row, row_shades)]
        lines.append("| " + " | ".join(cells) + " |")
    if block.name == "journey":
        lines.append("\n" + md_text(text["shade_legend"]))
    return "\n".join(lines)


def _md_shade_sign(shade: float | None) -> str:
    if shade is None:
        return ""
    return next((sign for floor, sign in _SHADE_SIGNS if shade >= floor), "")


def _md_chart(block: Chart, text: dict[str, str]) -> str:
    return ""  # Markdown cannot carry the picture without a second file; the tables hold the numbers


def _md_effect_map(block: EffectMapBlock, text: dict[str, str]) -> str:
    return _nest_headings(block.markdown.strip(), 1)


def _nest_headings(markdown: str, under: int) -> str:
    """Headings of an embedded Markdown document moved below a section of level `under`."""
    return re.sub(r"^(#{1,6})(?=\s)", lambda m: "#" * min(len(m[1]) + under, 6), markdown, flags=re.MULTILINE)


_MD_BLOCKS = {"paragraph": _md_paragraph, "facts": _md_facts, "bullets": _md_bullets, "quote": _md_quote,
              "table": _md_table, "chart": _md_chart, "effect_map": _md_effect_map}


# --------------------------------------------------------------------------- HTML


_SVG_DROP = [re.compile(pattern, re.DOTALL) for pattern in (
    r"<\?xml.*?\?>", r"<!DOCTYPE[^>]*>", r"<!--.*?-->", r"<metadata>.*?</metadata>",
    r'\s+xmlns(?::\w+)?="[^"]*"')]
_SVG_TAG = re.compile(r"<([A-Za-z][\w:.-]*)([^>]*)>")
_SVG_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')""")
_SVG_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)
# Drawing elements only: nothing that runs code, embeds HTML or fetches an image.
SVG_ELEMENTS = frozenset({"svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
                          "tspan", "title", "desc", "defs", "clipPath", "use", "style", "marker", "symbol",
                          "linearGradient", "radialGradient", "stop", "pattern", "mask"})


def inline_svg(svg: str | bytes) -> str:
    """An SVG ready to sit inside an HTML page: no prolog, namespaces or metadata, scaled to its box.

    Raises ValueError for an SVG that would run code or load anything: such a
    diagram is a bug in whatever drew it, not something to show.

    Examples:
        >>> inline_svg('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="5pt" '
        ...            'viewBox="0 0 10 5"><use xlink:href="#a"/></svg>')
        '<svg viewBox="0 0 10 5" role="img"><use href="#a"/></svg>'
    """
    svg = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    for pattern in _SVG_DROP:
        svg = pattern.sub("", svg)
    svg = svg.replace("xlink:href=", "href=").strip()
    svg = re.sub(r"<svg\b([^>]*)>", lambda m: "<svg" + re.sub(r'\s(?:width|height)="[^"]*"', "", m[1]) +
                 ' role="img">', svg, count=1)
    unsafe = _svg_danger(svg)
    if unsafe:
        raise ValueError(f"an SVG meant for the report holds {unsafe}: refusing to inline it")
    return svg.replace("://", "&#58;//")


def _svg_danger(svg: str) -> str | None:
    """What in an SVG could run code or load something (checked on tags and attributes, not on text)."""
    for tag in _SVG_TAG.finditer(svg):
        if tag[1] not in SVG_ELEMENTS:
            return f"<{tag[1]}>"
        for name, value in _SVG_ATTRIBUTE.findall(tag[2]):
            value = value[1:-1].strip().lower()
            if (name.lower().startswith("on") or "javascript:" in value
                    or (name.lower() in ("href", "xlink:href", "src") and not value.startswith("#"))
                    or re.search(r"url\(\s*['\"]?(?!#)", value)):
                return f"{name}={value!r}"
    for style in _SVG_STYLE.findall(svg):
        if re.search(r"@import|url\(\s*['\"]?(?!#)|expression\(", style, re.IGNORECASE):
            return "a style that loads"
    return None


def _finalize(value):
    """Every value printed by the template: escaped, and with "://" written so nothing reads as an address."""
    if isinstance(value, Markup):
        return value
    return Markup(str(escape(_xml_text(value))).replace("://", "&#58;//"))  # noqa: S704 - escaped on this line


@lru_cache(maxsize=1)
def _template():
    environment = Environment(autoescape=True, undefined=StrictUndefined, finalize=_finalize,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    environment.filters["svg"] = lambda svg: Markup(inline_svg(svg))  # noqa: S704 - our charts, vetted by inline_svg
    environment.globals["cell_style"] = _cell_style
    source = resources.files("insights.export").joinpath("templates", "report.html.j2").read_text("utf-8")
    return environment.from_string(source)


def _cell_style(shade: float | None) -> str:
    if shade is None:
        return ""
    background, ink = pain_colour(shade)
    return f"background-color:{background};color:{ink}"


def html_report(export: StudyExport, purpose: str | None = None) -> str:
    """The report as one self-contained HTML page: inline CSS and SVG, no scripts, nothing loaded."""
    report = report_document(export, purpose)
    svgs = {name: CHARTS[name](export, "svg") for name in _chart_names(report.sections)}
    return _template().render(report=report, text=text_for(report.language), charts=svgs, version=tool_version())


def _chart_names(blocks: Sequence) -> list[str]:
    names = []
    for block in blocks:
        if isinstance(block, Section):
            names.extend(_chart_names(block.blocks))
        elif isinstance(block, Chart):
            names.append(block.name)
    return list(dict.fromkeys(names))


# --------------------------------------------------------------------------- Word


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value) -> str:
    """Text XML 1.0 can hold: control characters (from odd transcripts) dropped."""
    return _XML_ILLEGAL.sub("", "" if value is None else str(value))


def docx_report(export: StudyExport, purpose: str | None = None) -> bytes:
    """The report as a Word document: heading styles, tables with header rows, quotes, charts as pictures.

    The same export gives the same bytes: the document's dates and the zip
    entries' times are the export time.
    """
    from docx import Document
    from docx.shared import Cm

    report = report_document(export, purpose)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    document.add_heading(_xml_text(report.title), 0)
    document.add_paragraph(_xml_text(report.provenance), style="Subtitle")
    pictures = {name: CHARTS[name](export, "png") for name in _chart_names(report.sections)}
    for part in report.sections:
        _docx_section(document, part, pictures)
    _core_properties(document, export, report)
    buffer = BytesIO()
    document.save(buffer)
    return _fixed_zip_times(buffer.getvalue(), export.exported_at)


def _docx_section(document, section: Section, pictures: dict[str, bytes]) -> None:
    document.add_heading(_xml_text(section.heading), level=section.level - 1)
    for block in section.blocks:
        if isinstance(block, Section):
            _docx_section(document, block, pictures)
        else:
            _DOCX_BLOCKS[block.kind](document, block, pictures)


def _docx_paragraph(document, block: Paragraph, pictures) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(_xml_text(block.text))
    run.bold = block.style == "label"
    run.italic = block.style in ("note", "lead")


def _docx_facts(document, block: Facts, pictures) -> None:
    for label, value in block.items:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(_xml_text(label) + ": ").bold = True
        paragraph.add_run(_xml_text(value))


def _docx_bullets(document, block: Bullets, pictures) -> None:
    for item in block.items:
        document.add_paragraph(_xml_text(item), style="List Number" if block.ordered else "List Bullet")


def _docx_quote(document, block: Quote, pictures) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    quote = document.add_paragraph(_xml_text(block.text), style="Quote")
    quote.paragraph_format.keep_with_next = True
    source = document.add_paragraph()
    source.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = source.add_run("— " + _xml_text(block.source))
    run.font.size = Pt(9)


def _docx_table(document, block: Table, pictures) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    size = Pt(8) if len(block.columns) > 5 else Pt(9.5)
    grid = document.add_table(rows=1 + len(block.rows), cols=len(block.columns))
    grid.style = "Table Grid"
    _repeat_header(grid.rows[0])
    shades = block.shades or [(None,) * len(block.columns)] * len(block.rows)
    align = block.align or ("left",) * len(block.columns)
    for row, values, row_shades in zip(grid.rows, [block.columns, *block.rows], [None, *shades]):
        for index, (cell, value) in enumerate(zip(row.cells, values)):
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(_xml_text(value))
            run.font.size = size
            run.bold = row_shades is None
            if align[index] == "right":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if row_shades is not None and row_shades[index] is not None:
                background, ink = pain_colour(row_shades[index])
                _shade_cell(cell, background)
                run.font.color.rgb = _docx_colour(ink)
    document.add_paragraph()


def _repeat_header(row) -> None:
    """Mark the first row as the header: Word repeats it on every page and screen readers announce it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _shade_cell(cell, background: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), background.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shading)


def _docx_colour(colour: str):
    from docx.shared import RGBColor

    return RGBColor.from_string(colour.lstrip("#"))


def _docx_chart(document, block: Chart, pictures: dict[str, bytes]) -> None:
    from docx.shared import Cm, Pt

    document.add_picture(BytesIO(pictures[block.name]), width=Cm(16.5))
    caption = document.add_paragraph(style="Caption")
    caption.add_run(_xml_text(block.caption)).font.size = Pt(9)


def _docx_effect_map(document, block: EffectMapBlock, pictures) -> None:
    """The effect map as Word headings, list paragraphs and quotes (Word cannot show the SVG)."""
    for kind, level, line in block.outline:
        if kind == "heading":
            document.add_heading(_xml_text(line), level=min(level, 9))  # "##" sits under the section's Heading 1
        elif kind == "quote":
            document.add_paragraph(_xml_text(line), style="Quote")
        elif kind == "item":
            document.add_paragraph(_xml_text(line), style="List Bullet" if level == 0 else "List Bullet 2")
        else:
            document.add_paragraph(_xml_text(line))


def _plain(markdown: str) -> str:
    """Markdown inline text as plain text: emphasis marks, backslash escapes and entities undone.

    Examples:
        >>> _plain("**Avgift** \\\\*inte fet\\\\* &lt;b&gt; a\\\\_b")
        'Avgift *inte fet* <b> a_b'
    """
    text = re.sub(r"(?<!\\)(\*\*|__|\*|(?<!\w)_|_(?!\w))", "", markdown)
    return html.unescape(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text))


_DOCX_BLOCKS = {"paragraph": _docx_paragraph, "facts": _docx_facts, "bullets": _docx_bullets,
                "quote": _docx_quote, "table": _docx_table, "chart": _docx_chart,
                "effect_map": _docx_effect_map}


def _core_properties(document, export: StudyExport, report: Report) -> None:
    properties = document.core_properties
    moment = _utc(export.exported_at)
    properties.title = _xml_text(report.title)
    properties.subject = _xml_text(export.study)
    properties.author = properties.last_modified_by = "insights"
    properties.comments = _xml_text(report.provenance)
    properties.keywords = "insights"
    properties.language = "sv-SE" if report.language == "sv" else "en-GB"
    properties.created = properties.modified = moment
    properties.revision = 1


def _fixed_zip_times(data: bytes, moment: datetime) -> bytes:
    """The same zip with every entry dated `moment` (python-docx stamps the current time)."""
    stamp = max(_utc(moment), datetime(1980, 1, 1)).timetuple()[:6]
    output = BytesIO()
    with ZipFile(BytesIO(data)) as source, ZipFile(output, "w", ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = ZipInfo(entry.filename, date_time=stamp)
            fixed.compress_type = ZIP_DEFLATED
            fixed.external_attr = entry.external_attr
            target.writestr(fixed, source.read(entry.filename))
    return output.getvalue()
