"""Charts for the insight report, drawn with matplotlib and returned as SVG or PNG bytes.

Each chart is its own `Figure` (no pyplot, no rcParams changed), so drawing a
report never alters a caller's matplotlib state and is safe in the dashboard's
threads. The same export gives the same bytes: SVG element ids are renumbered
in document order (matplotlib draws random ones unless a global salt is set)
and the date and software stamps are left out.

Colours are Okabe-Ito, as in the dashboard: vermillion for pain, blue for
sentiment, sky blue for the rest.
"""

from __future__ import annotations

import re
import textwrap
from io import BytesIO

from matplotlib.figure import Figure

from insights import explore
from insights.export.bundle import StudyExport

FORMATS = ("svg", "png")
PAIN = "#D55E00"
SENTIMENT = "#0072B2"
OTHER = "#56B4E9"
GRID = "#DDDDDD"
INK = "#222222"
PHASE_SHADES = {"before": "#F4F4F4", "during": "#E6E6E6", "after": "#F4F4F4"}
PNG_DPI = 150
FONT = "DejaVu Sans"  # ships with matplotlib: the same glyphs on every machine

TEXT = {
    "sv": {"pain_share": "Andel problem (%)", "sentiment": "Medelsentiment (−1 till 1)",
           "pain_title": "Problem och sentiment längs kundresan", "statements": "utsagor",
           "counts_note": "Talet över stapeln: antal utsagor i steget",
           "before": "Före", "during": "Under", "after": "Efter",
           "theme_title": "Teman efter storlek", "pain": "Problem", "other": "Övriga utsagor"},
    "en": {"pain_share": "Pain share (%)", "sentiment": "Mean sentiment (−1 to 1)",
           "pain_title": "Pain and sentiment along the journey", "statements": "statements",
           "counts_note": "Number above a bar: statements at that stage",
           "before": "Before", "during": "During", "after": "After",
           "theme_title": "Themes by size", "pain": "Pain points", "other": "Other statements"},
}


def pain_by_stage_chart(export: StudyExport, fmt: str = "svg") -> bytes:
    """Pain share per journey stage (bars) with the mean sentiment (line), phases shaded.

    Examples:
        >>> pain_by_stage_chart(export, "png")[:4]  # doctest: +SKIP
        b'\\x89PNG'
    """
    _check_format(fmt)
    text = TEXT[export.language]
    curve = explore.emotion_curve(export.statements, export.stage_set)
    names = export.stage_names
    figure = Figure(figsize=(7.5, 3.9), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    positions = list(range(len(curve)))
    _shade_phases(axes, [stage.phase for stage in export.stage_set.stages], text)
    pain = (curve["pain_share"].fillna(0.0) * 100).tolist()
    axes.bar(positions, pain, width=0.6, color=PAIN, zorder=2, label=text["pain_share"])
    for x, height, count in zip(positions, pain, curve["statements"]):
        axes.annotate(f"{count}", (x, height), xytext=(0, 2), textcoords="offset points", ha="center",
                      va="bottom", fontsize=7, color=INK, family=FONT)
    axes.set_ylim(0, max(max(pain, default=0) * 1.25, 10))
    axes.set_ylabel(text["pain_share"], fontsize=8, color=PAIN, family=FONT)
    axes.set_xticks(positions, [_wrap(names.get(stage, stage), 14) for stage in curve["stage"]],
                    fontsize=7.5, family=FONT)
    _style(axes)
    sentiment_axes = axes.twinx()
    sentiment = curve["mean_sentiment"].astype(float)
    limit = max(float(sentiment.abs().max()) * 1.3 if sentiment.notna().any() else 0.0, 0.25)
    sentiment_axes.plot(positions, sentiment, color=SENTIMENT, marker="o", linewidth=2, zorder=3,
                        label=text["sentiment"])
    sentiment_axes.axhline(0, color=SENTIMENT, linewidth=0.8, linestyle=":", zorder=1)
    sentiment_axes.set_ylim(-limit, limit)
    sentiment_axes.set_ylabel(text["sentiment"], fontsize=8, color=SENTIMENT, family=FONT)
    _style(sentiment_axes, grid=False)
    axes.set_title(text["pain_title"], fontsize=10, color=INK, family=FONT, loc="left")
    axes.set_xlabel(text["counts_note"], fontsize=7, color="#555555", family=FONT)
    return _render(figure, fmt, "pain")


def theme_size_chart(export: StudyExport, fmt: str = "svg") -> bytes:
    """Statements per theme, largest first, split into pain points and the rest."""
    _check_format(fmt)
    text = TEXT[export.language]
    overview = export.theme_overview().sort_values(["size", "theme_id"], ascending=[False, True])
    names = explore.theme_names(export.themes)
    labels = [_wrap(names.get(int(t), str(t)), 38) for t in overview["theme_id"]]
    statements = export.statements
    pain_counts = statements[statements["kind"] == "pain"]["theme_id"].value_counts()
    pain = [int(pain_counts.get(theme_id, 0)) for theme_id in overview["theme_id"]]
    rest = [int(size) - p for size, p in zip(overview["size"], pain)]
    figure = Figure(figsize=(7.5, 1.0 + 0.32 * max(len(labels), 1)), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    rows = list(range(len(labels)))
    axes.barh(rows, pain, color=PAIN, height=0.65, label=text["pain"], zorder=2)
    axes.barh(rows, rest, left=pain, color=OTHER, height=0.65, label=text["other"], zorder=2)
    axes.set_yticks(rows, labels, fontsize=7.5, family=FONT)
    axes.invert_yaxis()  # largest theme on top, as read
    axes.set_xlabel(text["statements"], fontsize=8, family=FONT)
    axes.legend(loc="lower right", fontsize=7.5, frameon=False, prop={"family": FONT, "size": 7.5})
    axes.set_title(text["theme_title"], fontsize=10, color=INK, family=FONT, loc="left")
    _style(axes, axis="x")
    return _render(figure, fmt, "themes")


def _shade_phases(axes, phases: list[str], text: dict[str, str]) -> None:
    """Background bands for the before / during / after parts of the journey, named at the top."""
    start = 0
    for end in range(1, len(phases) + 1):
        if end < len(phases) and phases[end] == phases[start]:
            continue
        phase = phases[start]
        if phase in PHASE_SHADES:
            axes.axvspan(start - 0.5, end - 0.5, color=PHASE_SHADES[phase], zorder=0, linewidth=0)
            axes.text((start + end - 1) / 2, 0.98, text[phase], transform=axes.get_xaxis_transform(),
                      ha="center", va="top", fontsize=7.5, color="#555555", family=FONT, style="italic")
        start = end
    axes.set_xlim(-0.5, len(phases) - 0.5)


def _style(axes, grid: bool = True, axis: str = "y") -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=7.5, colors=INK)
    for label in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
        label.set_family(FONT)
    if grid:
        axes.grid(axis=axis, color=GRID, linewidth=0.6, zorder=1)
        axes.set_axisbelow(True)


def _wrap(label: str, width: int) -> str:
    """A label over at most two lines; a longer one ends with an ellipsis."""
    lines = textwrap.wrap(str(label), width) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder=" …")]
    return "\n".join(lines)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"chart format {fmt!r} is not offered (formats: {', '.join(FORMATS)})")


def _render(figure: Figure, fmt: str, prefix: str) -> bytes:
    buffer = BytesIO()
    if fmt == "png":
        figure.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None}, facecolor="white")
        return buffer.getvalue()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, facecolor="white")
    return stable_ids(buffer.getvalue().decode("utf-8"), prefix).encode("utf-8")


_ID = re.compile(r'\bid="([^"]+)"')
_REFERENCE = re.compile(r'(href="#|url\(#)([^")]+)')


def stable_ids(svg: str, prefix: str) -> str:
    """Element ids renumbered `prefix-0`, `prefix-1` … in document order, references to them too.

    The same drawing then gives the same bytes, and two charts inlined in one
    HTML page cannot clash.

    Examples:
        >>> stable_ids('<clipPath id="p9f3"/><g clip-path="url(#p9f3)"/><use xlink:href="#p9f3"/>', "c")
        '<clipPath id="c-0"/><g clip-path="url(#c-0)"/><use xlink:href="#c-0"/>'
    """
    names = {old: f"{prefix}-{index}" for index, old in enumerate(dict.fromkeys(_ID.findall(svg)))}
    svg = _ID.sub(lambda match: f'id="{names[match[1]]}"', svg)
    return _REFERENCE.sub(lambda match: match[1] + names.get(match[2], match[2]), svg)
