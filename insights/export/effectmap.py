"""The effect map (effektkarta): purpose → target groups → their needs and pain → their suggestions.

Effect mapping (effektkartläggning) as Swedish municipalities use it reads
left to right. The purpose is the user's (never made up here); target groups
are the participant segments; a group's needs are the themes where that group
raised pain, ranked by pain times reach within the group; suggestions are the
group's own statements of kind "suggestion", verbatim.

`build_effect_map` is pure and deterministic; `effect_map_markdown` and
`effect_map_svg` render one map, `effect_map_document` is the Markdown export.

Examples:
    >>> export = load_export(store, "bygglov")                          # doctest: +SKIP
    >>> effect_map = build_effect_map(export, purpose="Fler kompletta ansökningar")  # doctest: +SKIP
    >>> [group.name for group in effect_map.groups]                     # doctest: +SKIP
    ['privatperson', 'fritidshusägare', 'företagare']
"""

from __future__ import annotations

import html
import math
import re
import textwrap
from dataclasses import dataclass, field

import pandas as pd

from insights.errors import InvalidOption
from insights.explore import format_time
from insights.export.bundle import StudyExport
from insights.export.safe import no_autolink
from insights.insights import SMALL_GROUP, people
from insights.models import MODERATOR, Quote

STRINGS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Effektkarta", "purpose": "Syfte", "groups": "Målgrupper", "group": "Målgrupp",
        "needs": "Behov och problem", "suggestions": "Förslag från deltagarna",
        "purpose_unset": "Syfte ej angivet",
        "others": "Övriga", "all": "Alla deltagare",
        "reads": "Läses från vänster till höger: syfte → målgrupper → deras behov och problem "
                 "→ deras egna förslag.",
        "people": "{n} personer", "person": "1 person", "statements": "{n} utsagor",
        "need_line": "{people} av {of} i gruppen · problemutsagor: {pain} ({share} av gruppens utsagor i temat)",
        "need_line_no_pain": "{people} av {of} i gruppen · utsagor: {statements}",
        "need_short": "{people}/{of} pers. · {pain} problem ({share})",
        "need_short_no_pain": "{people}/{of} pers. · utsagor: {statements}",
        "dashed": "Streckad linje: ett förslag om något annat än gruppens behov här.",
        "small_group": "Liten grupp: färre än {n} personer, tolka med försiktighet.",
        "small_short": "liten grupp (< {n})",
        "no_pain": "Gruppen uttryckte inga problem; här visas gruppens största teman i stället.",
        "no_pain_short": "inga problem uttalade: största teman",
        "no_needs": "Inga teman för den här gruppen.", "no_suggestions": "Inga förslag från den här gruppen.",
        "theme": "tema",
        "provenance": "Från analyskörning {run} (modell {model}, seed {seed}, analyserad {analysed}); "
                      "skapad {exported}.",
        "redacted": "Personuppgifter är maskerade.", "unknown": "okänd",
        "percent": "{n} %",
    },
    "en": {
        "title": "Effect map", "purpose": "Purpose", "groups": "Target groups", "group": "Target group",
        "needs": "Needs and pain points", "suggestions": "Suggestions from participants",
        "purpose_unset": "Purpose not set",
        "others": "Others", "all": "All participants",
        "reads": "Reads left to right: purpose → target groups → their needs and pain points "
                 "→ their own suggestions.",
        "people": "{n} people", "person": "1 person", "statements": "{n} statements",
        "need_line": "{people} of {of} in the group · pain statements: {pain} ({share} of the group's statements "
                     "on the theme)",
        "need_line_no_pain": "{people} of {of} in the group · statements: {statements}",
        "need_short": "{people}/{of} people · {pain} pain ({share})",
        "need_short_no_pain": "{people}/{of} people · statements: {statements}",
        "dashed": "Dashed line: a suggestion about something other than the group's needs shown here.",
        "small_group": "Small group: fewer than {n} people, read with care.",
        "small_short": "small group (< {n})",
        "no_pain": "The group raised no pain points; the group's biggest themes are shown instead.",
        "no_pain_short": "no pain raised: biggest themes",
        "no_needs": "No themes for this group.", "no_suggestions": "No suggestions from this group.",
        "theme": "theme",
        "provenance": "From analysis run {run} (model {model}, seed {seed}, analysed {analysed}); "
                      "made {exported}.",
        "redacted": "Personal data is redacted.", "unknown": "unknown",
        "percent": "{n}%",
    },
}
# A segment named like the moderator role holds moderators whose role was not detected: not a target group.
MODERATOR_SEGMENTS = frozenset({"moderator", "moderators", "moderatorer", "interviewer", "interviewers",
                                "intervjuare", "facilitator", "samtalsledare"})
SEGMENT, OTHERS, ALL = "segment", "others", "all"
# An evidence quote of this many characters reads at a glance and still says something.
SHORT_QUOTE = (25, 140)


@dataclass
class Suggestion(Quote):
    """A participant's suggestion, verbatim, with the theme it was said under (-1: none)."""

    theme_id: int = -1
    theme_label: str = ""


@dataclass
class Need:
    """A theme where a target group raised pain (or, flagged on the group, one of its biggest themes).

    `people` counts the group's members who raised pain on the theme (who spoke
    on it, for a group without pain); `pain_share` is the share of the group's
    statements on the theme that are pain points.
    """

    theme_id: int
    label: str
    people: int
    statements: int
    pain_statements: int
    pain_share: float
    score: float
    evidence: Quote | None


@dataclass
class TargetGroup:
    """One target group: a participant segment, the participants without one, or everyone.

    `kind` is "segment", "others" or "all"; for the last two `name` is the
    localised group name. `needs_from_pain` is False when the group raised no
    pain and its needs are its biggest themes instead.
    """

    name: str
    kind: str
    people: int
    statements: int
    small_group: bool
    needs: list[Need] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    needs_from_pain: bool = True

    def display_name(self, language: str) -> str:
        return self.name if self.kind == SEGMENT else _strings(language)[self.kind]


@dataclass
class EffectMap:
    """An effect map of one study, ready to render.

    `purpose` is the user's purpose, or the "not set" text in the study's
    language when none was given (`purpose_set` tells which).
    """

    study: str
    language: str
    purpose: str
    purpose_set: bool
    groups: list[TargetGroup]
    provenance: dict
    segment_column: str = "segment"

    def purpose_text(self, language: str | None = None) -> str:
        return self.purpose if self.purpose_set else _strings(language or self.language)["purpose_unset"]


# --------------------------------------------------------------------------- building


def build_effect_map(export: StudyExport, purpose: str | None = None, segment_column: str = "segment",
                     max_needs: int = 5, max_suggestions: int = 3) -> EffectMap:
    """The effect map of an analysed study.

    Args:
        export: the study (must be analysed).
        purpose: the purpose at the root of the map; None says it is not set.
        segment_column: the participant attribute whose values are the target groups.
        max_needs: needs shown per group, highest pain times reach first.
        max_suggestions: suggestions shown per group, those on the group's needs first.
    """
    export.require_analysis()
    for name, value in (("max_needs", max_needs), ("max_suggestions", max_suggestions)):
        if value < 0:
            raise InvalidOption(f"{name} must be 0 or more, not {value}")
    strings = _strings(export.language)
    purpose = (purpose or "").strip()
    said = _participant_statements(export.statements, export.themes, segment_column)
    groups = [_target_group(name, kind, members, strings, max_needs, max_suggestions)
              for name, kind, members in _split_groups(said, strings)]
    return EffectMap(study=export.study, language=export.language, purpose=purpose or strings["purpose_unset"],
                     purpose_set=bool(purpose), groups=groups, provenance=export.provenance,
                     segment_column=segment_column)


def effect_map_document(export: StudyExport, *, purpose: str | None = None) -> str:
    """The effect map export: the Markdown of `build_effect_map(export, purpose)` in the export's language."""
    return effect_map_markdown(build_effect_map(export, purpose), export.language)


def _participant_statements(statements: pd.DataFrame, themes: pd.DataFrame, column: str) -> pd.DataFrame:
    """Participants' statements with `person`, `group` (None: no segment), `label`, `position`, `atypical`."""
    said = statements.assign(position=range(len(statements)))
    said = said[said["role"] != MODERATOR]
    values = said[column] if column in said.columns else [None] * len(said)
    segment = pd.Series([_segment_value(value) for value in values], index=said.index, dtype=object)
    moderators = segment.map(lambda s: s is not None and s.casefold() in MODERATOR_SEGMENTS).astype(bool)
    said = said.assign(group=segment)[~moderators]
    topical = themes[themes["origin"] != "group"]
    labels = dict(zip(topical["theme_id"].astype(int), topical["label"].astype(str)))
    theme_id = said["theme_id"].fillna(-1).astype(int)
    theme_id = theme_id.where(theme_id.isin(labels.keys()), -1)  # groups and unknown ids are no need
    typical = {sid for ids in topical["representatives"] for sid in (ids if isinstance(ids, list) else [])}
    return said.assign(person=people(said), theme_id=theme_id, label=[labels.get(t, "") for t in theme_id],
                       sentiment=said["sentiment"].fillna(0.0), atypical=~said["statement_id"].isin(typical))


def _segment_value(value) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value).strip() or None


def _split_groups(said: pd.DataFrame, strings: dict) -> list[tuple[str, str, pd.DataFrame]]:
    """(name, kind, statements) per target group: segments by size, then the participants without one."""
    named = said[said["group"].notna()]
    if named.empty:
        return [(strings["all"], ALL, said)]
    sizes = named.groupby("group").agg(people=("person", "nunique"), statements=("text", "size"))
    order = sorted(sizes.index, key=lambda name: (-sizes.at[name, "people"], -sizes.at[name, "statements"],
                                                  name.casefold(), name))
    groups = [(name, SEGMENT, named[named["group"] == name]) for name in order]
    rest = said[said["group"].isna()]
    if not rest.empty:
        groups.append((strings["others"], OTHERS, rest))
    return groups


def _target_group(name: str, kind: str, members: pd.DataFrame, strings: dict,
                  max_needs: int, max_suggestions: int) -> TargetGroup:
    size = members["person"].nunique()
    needs, from_pain = _needs(members, size, max_needs)
    return TargetGroup(name=name, kind=kind, people=size, statements=len(members), small_group=size < SMALL_GROUP,
                       needs=needs, suggestions=_suggestions(members, needs, max_suggestions),
                       needs_from_pain=from_pain)


def _needs(members: pd.DataFrame, size: int, limit: int) -> tuple[list[Need], bool]:
    """The group's needs, and whether they come from pain (False: its biggest themes instead)."""
    themed = members[members["theme_id"] >= 0]
    if themed.empty:
        return [], True
    pain = themed[themed["kind"] == "pain"]
    table = pd.DataFrame({
        "statements": themed.groupby("theme_id").size(),
        "speakers": themed.groupby("theme_id")["person"].nunique(),
        "pain": pain.groupby("theme_id").size(),
        "pain_people": pain.groupby("theme_id")["person"].nunique(),
    }).fillna(0).astype(int)
    from_pain = bool((table["pain"] > 0).any())
    if from_pain:
        table = table[table["pain"] > 0].assign(people=lambda t: t["pain_people"])
        table["score"] = table["pain"] * table["people"] / max(size, 1)
        order = ["score", "pain", "people", "statements"]
    else:
        table = table.assign(people=table["speakers"], score=0.0)
        order = ["statements", "people"]
    table = table.reset_index().sort_values([*order, "theme_id"], ascending=[False] * len(order) + [True],
                                            kind="mergesort")
    needs = []
    for row in table.head(limit).itertuples():
        on_theme = themed[themed["theme_id"] == row.theme_id]
        evidence = on_theme[on_theme["kind"] == "pain"] if from_pain else on_theme
        needs.append(Need(theme_id=int(row.theme_id), label=str(on_theme["label"].iloc[0]), people=int(row.people),
                          statements=int(row.statements), pain_statements=int(row.pain),
                          pain_share=round(row.pain / row.statements, 3), score=round(float(row.score), 4),
                          evidence=_evidence(evidence)))
    return needs, from_pain


def _evidence(candidates: pd.DataFrame) -> Quote | None:
    """One short quote: readable length first, then typical of its theme, the most negative, the earliest."""
    if candidates.empty:
        return None
    length = candidates["text"].str.strip().str.len()
    ranked = candidates.assign(outside=~length.between(*SHORT_QUOTE), length=length)
    best = ranked.sort_values(["outside", "atypical", "sentiment", "position"], kind="mergesort").iloc[0]
    return _quote(best)


def _suggestions(members: pd.DataFrame, needs: list[Need], limit: int) -> list[Suggestion]:
    """The group's suggestions: on its needs first (by need rank), one per person before a second from anyone."""
    offered = members[members["kind"] == "suggestion"]
    offered = offered[offered["text"].str.strip() != ""]
    if offered.empty or limit == 0:
        return []
    offered = offered.loc[~offered["text"].str.strip().str.casefold().duplicated()]
    rank = {need.theme_id: index for index, need in enumerate(needs)}
    offered = offered.assign(need_rank=offered["theme_id"].map(rank).fillna(len(rank)).astype(int))
    offered = offered.assign(tier=(offered["need_rank"] == len(rank)).astype(int))
    offered = offered.sort_values(["tier", "need_rank", "position"], kind="mergesort")
    offered = offered.assign(repeat=offered.groupby(["tier", "person"]).cumcount())
    chosen = offered.sort_values(["tier", "repeat", "need_rank", "position"], kind="mergesort").head(limit)
    return [Suggestion(**vars(_quote(row)), theme_id=int(row["theme_id"]), theme_label=str(row["label"]))
            for _, row in chosen.iterrows()]


def _quote(row: pd.Series) -> Quote:
    start = row["start_s"]
    return Quote(statement_id=str(row["statement_id"]), text=str(row["text"]), speaker=str(row["speaker"]),
                 session=str(row["session"]), start_s=None if pd.isna(start) else float(start))


# --------------------------------------------------------------------------- Markdown


def effect_map_markdown(effect_map: EffectMap, language: str | None = None) -> str:
    """A readable Markdown effect map: purpose, then per target group its needs (with a quote) and suggestions.

    Every piece of user text (study, purpose, group and theme names, quotes,
    speakers) is escaped so it shows literally and cannot form HTML or links.
    """
    language = language or effect_map.language
    s = _strings(language)
    lines = [f"# {s['title']}: {_md(effect_map.study)}", "", s["reads"], "", *_md_provenance(effect_map, s),
             "", f"## {s['purpose']}", "", _md(effect_map.purpose_text(language)), ""]
    for group in effect_map.groups:
        lines += _md_group(group, language, s)
    return "\n".join(lines).rstrip() + "\n"


def _md_provenance(effect_map: EffectMap, s: dict) -> list[str]:
    lines = [_md(_provenance_line(effect_map.provenance, s))]
    if effect_map.provenance.get("redacted"):
        lines.append("")
        lines.append(s["redacted"])
    return lines


def _md_group(group: TargetGroup, language: str, s: dict) -> list[str]:
    lines = [f"## {s['group']}: {_md(group.display_name(language))}", "",
             f"{_people(group.people, s)}, {s['statements'].format(n=group.statements)}.", ""]
    if group.small_group:
        lines += [f"> {s['small_group'].format(n=SMALL_GROUP)}", ""]
    lines += [f"### {s['needs']}", ""]
    if not group.needs_from_pain and group.needs:
        lines += [f"*{s['no_pain']}*", ""]
    for number, need in enumerate(group.needs, start=1):
        lines.append(f"{number}. **{_md(need.label)}**: {_need_line(need, group, s, short=False)}")
        if need.evidence is not None:
            lines.append(f"   > {_md_quote(need.evidence)}")
    if not group.needs:
        lines.append(s["no_needs"])
    lines += ["", f"### {s['suggestions']}", ""]
    for suggestion in group.suggestions:
        theme = f" ({s['theme']}: {_md(suggestion.theme_label)})" if suggestion.theme_label else ""
        lines.append(f"- {_md_quote(suggestion)}{theme}")
    if not group.suggestions:
        lines.append(s["no_suggestions"])
    return [*lines, ""]


def _md_quote(quote: Quote) -> str:
    return f"“{_md(quote.text)}” — {_md(_source(quote))}"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")  # only an "&" that would start an entity needs escaping


def _md(text) -> str:
    """Inline text that Markdown shows literally: no HTML, emphasis, links, tables or line breaks.

    Examples:
        >>> _md("<script>x</script> *bold* [a](b) & c &amp;")
        '&lt;script&gt;x&lt;/script&gt; \\\\*bold\\\\* \\\\[a\\\\](b) & c &amp;amp;'
    """
    flat = " ".join(str("" if text is None else text).split())
    flat = _ENTITY_LIKE.sub("&amp;", flat).replace("<", "&lt;").replace(">", "&gt;")
    return no_autolink(_MARKDOWN_SPECIAL.sub(r"\\\1", flat))


# --------------------------------------------------------------------------- SVG

FONT = "Helvetica, Arial, sans-serif"
TEXT_SIZE, SMALL_SIZE, LINE = 12, 10.5, 15
CHAR_WIDTH = 0.56  # of the font size: generous for a proportional font, so text stays inside its box
MARGIN, GAP, PAD, BOX_GAP, BAND_GAP = 20, 48, 8, 10, 26
COLUMNS = (("purpose", 190), ("groups", 180), ("needs", 290), ("suggestions", 300))
TOP = 96
INK, MUTED, EDGE = "#1f2933", "#52606d", "#9aa5b1"
FILLS = {"purpose": "#e3f0fb", "group": "#eef2f7", "suggestion": "#eaf6ec", "empty": "#ffffff"}
PAIN_LOW, PAIN_HIGH = (255, 245, 240), (250, 174, 145)  # need boxes shade with pain share


@dataclass
class _Box:
    x: float
    y: float
    width: float
    lines: list[tuple[str, float, str, str]]  # text, size, weight/style, colour
    fill: str
    dashed: bool = False

    @property
    def height(self) -> float:
        return 2 * PAD + sum(_line_height(size) for _, size, _, _ in self.lines)

    def left(self) -> tuple[float, float]:
        return self.x, self.y + self.height / 2

    def right(self) -> tuple[float, float]:
        return self.x + self.width, self.y + self.height / 2


def effect_map_svg(effect_map: EffectMap, language: str | None = None) -> str:
    """A self-contained SVG diagram: purpose, target groups, needs and suggestions in four linked columns.

    No scripts, styles or external references; all text XML-escaped and
    wrapped or cut (with "…") to fit its box; the height grows with the
    content. No XML declaration, so it can be put inline in an HTML report.
    """
    language = language or effect_map.language
    s = _strings(language)
    xs = _column_xs()
    width = xs[-1] + COLUMNS[-1][1] + MARGIN
    boxes, links, bottom = _layout(effect_map, language, s, xs)
    purpose = _box(xs[0], 0, COLUMNS[0][1], [(effect_map.purpose_text(language), TEXT_SIZE,
                                              "bold" if effect_map.purpose_set else "italic", INK)],
                   FILLS["purpose"], max_lines=10, dashed=not effect_map.purpose_set)
    purpose.y = max(TOP, (TOP + bottom) / 2 - purpose.height / 2)
    bottom = max(bottom, purpose.y + purpose.height)
    links = [(purpose, group, False) for group in boxes["groups"]] + links
    footer = _fit(_provenance_line(effect_map.provenance, s), width - 2 * MARGIN, SMALL_SIZE, 2)
    if any(dashed for *_, dashed in links):
        footer.append(s["dashed"])
    height = bottom + MARGIN + len(footer) * _line_height(SMALL_SIZE)
    title = f"{s['title']}: {effect_map.study}"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
             f'viewBox="0 0 {width:g} {height:g}" role="img" aria-label="{_xml(title)}" '
             f'font-family="{FONT}">',
             f"<title>{_xml(title)}</title>",
             f'<rect x="0" y="0" width="{width:g}" height="{height:g}" fill="#ffffff"/>',
             _text(MARGIN, 30, _fit(title, width - 2 * MARGIN, 16, 1)[0], 16, "bold", INK)]
    for (key, column_width), x in zip(COLUMNS, xs):
        parts.append(_text(x, TOP - 14, _fit(s[key], column_width, TEXT_SIZE, 1)[0], TEXT_SIZE, "bold", MUTED))
    parts += [_link(start, end, dashed) for start, end, dashed in links]
    parts += [_box_svg(box) for box in [purpose, *boxes["groups"], *boxes["needs"], *boxes["suggestions"]]]
    y = bottom + MARGIN
    for line in footer:
        y += _line_height(SMALL_SIZE)
        parts.append(_text(MARGIN, y - 4, line, SMALL_SIZE, "normal", MUTED))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _column_xs() -> list[float]:
    xs, x = [], MARGIN
    for _, column_width in COLUMNS:
        xs.append(x)
        x += column_width + GAP
    return xs


def _layout(effect_map: EffectMap, language: str, s: dict, xs: list[float]):
    """Boxes per column and the links between them; one horizontal band per target group."""
    boxes: dict[str, list[_Box]] = {"groups": [], "needs": [], "suggestions": []}
    links: list[tuple[_Box, _Box, bool]] = []
    y = TOP
    for group in effect_map.groups:
        group_box = _group_box(group, language, s, xs[1])
        need_boxes = [_need_box(need, group, s, xs[2]) for need in group.needs] or [
            _box(xs[2], 0, COLUMNS[2][1], [(s["no_needs"], SMALL_SIZE, "italic", MUTED)], FILLS["empty"], 2, True)]
        suggestion_boxes = [_suggestion_box(suggestion, s, xs[3]) for suggestion in group.suggestions] or [
            _box(xs[3], 0, COLUMNS[3][1], [(s["no_suggestions"], SMALL_SIZE, "italic", MUTED)], FILLS["empty"], 2,
                 True)]
        band = max(group_box.height, _stack_height(need_boxes), _stack_height(suggestion_boxes))
        group_box.y = y + (band - group_box.height) / 2
        _stack(need_boxes, y + (band - _stack_height(need_boxes)) / 2)
        _stack(suggestion_boxes, y + (band - _stack_height(suggestion_boxes)) / 2)
        by_theme = {need.theme_id: box for need, box in zip(group.needs, need_boxes)}
        links += [(group_box, box, False) for box in need_boxes if group.needs]
        for suggestion, box in zip(group.suggestions, suggestion_boxes):
            # A suggestion on one of the group's needs hangs from that need; any other from the group itself.
            links.append((by_theme.get(suggestion.theme_id, group_box), box, suggestion.theme_id not in by_theme))
        boxes["groups"].append(group_box)
        boxes["needs"] += need_boxes
        boxes["suggestions"] += suggestion_boxes
        y += band + BAND_GAP
    return boxes, links, max(TOP, y - BAND_GAP)


def _group_box(group: TargetGroup, language: str, s: dict, x: float) -> _Box:
    lines = [(group.display_name(language), TEXT_SIZE + 1, "bold", INK, 3),
             (_people(group.people, s), SMALL_SIZE, "normal", MUTED, 1)]
    if group.small_group:
        lines.append((s["small_short"].format(n=SMALL_GROUP), SMALL_SIZE, "italic", "#9b2c2c", 2))
    if not group.needs_from_pain:
        lines.append((s["no_pain_short"], SMALL_SIZE, "italic", MUTED, 2))
    return _box_of(x, COLUMNS[1][1], lines, FILLS["group"])


def _need_box(need: Need, group: TargetGroup, s: dict, x: float) -> _Box:
    lines = [(need.label, TEXT_SIZE, "bold", INK, 2), (_need_line(need, group, s, short=True), SMALL_SIZE,
                                                         "normal", MUTED, 1)]
    if need.evidence is not None:
        lines += [(f"“{need.evidence.text.strip()}”", SMALL_SIZE, "italic", INK, 3),
                  (f"— {_source(need.evidence)}", SMALL_SIZE, "normal", MUTED, 1)]
    return _box_of(x, COLUMNS[2][1], lines, _pain_fill(need.pain_share if group.needs_from_pain else 0.0))


def _suggestion_box(suggestion: Suggestion, s: dict, x: float) -> _Box:
    lines = [(f"“{suggestion.text.strip()}”", TEXT_SIZE, "normal", INK, 4),
             (f"— {_source(suggestion)}", SMALL_SIZE, "normal", MUTED, 1)]
    if suggestion.theme_label:
        lines.append((f"{s['theme']}: {suggestion.theme_label}", SMALL_SIZE, "italic", MUTED, 1))
    return _box_of(x, COLUMNS[3][1], lines, FILLS["suggestion"])


def _box_of(x: float, width: float, lines: list[tuple[str, float, str, str, int]], fill: str) -> _Box:
    fitted = [(line, size, style, colour)
              for text, size, style, colour, most in lines for line in _fit(text, width - 2 * PAD, size, most)]
    return _Box(x, 0, width, fitted, fill)


def _box(x: float, y: float, width: float, lines: list[tuple[str, float, str, str]], fill: str,
         max_lines: int, dashed: bool = False) -> _Box:
    box = _box_of(x, width, [(*line, max_lines) for line in lines], fill)
    box.y, box.dashed = y, dashed
    return box


def _stack(boxes: list[_Box], top: float) -> None:
    for box in boxes:
        box.y = top
        top += box.height + BOX_GAP


def _stack_height(boxes: list[_Box]) -> float:
    return sum(box.height for box in boxes) + BOX_GAP * (len(boxes) - 1)


def _box_svg(box: _Box) -> str:
    dash = ' stroke-dasharray="4 3"' if box.dashed else ""
    parts = [f'<rect x="{box.x:g}" y="{box.y:.1f}" width="{box.width:g}" height="{box.height:.1f}" rx="6" '
             f'fill="{box.fill}" stroke="{EDGE}"{dash}/>']
    y = box.y + PAD
    for text, size, style, colour in box.lines:
        y += _line_height(size)
        parts.append(_text(box.x + PAD, y - 0.3 * size, text, size, style, colour))
    return "\n".join(parts)


def _link(start: _Box, end: _Box, dashed: bool) -> str:
    (x1, y1), (x2, y2) = start.right(), end.left()
    bend = (x2 - x1) / 2
    dash = ' stroke-dasharray="5 4"' if dashed else ""
    return (f'<path d="M {x1:.1f} {y1:.1f} C {x1 + bend:.1f} {y1:.1f} {x2 - bend:.1f} {y2:.1f} {x2:.1f} {y2:.1f}" '
            f'fill="none" stroke="{EDGE}" stroke-width="1.2"{dash}/>')


def _text(x: float, y: float, text: str, size: float, style: str, colour: str) -> str:
    weight = ' font-weight="bold"' if style == "bold" else ""
    italic = ' font-style="italic"' if style == "italic" else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" fill="{colour}"{weight}{italic}>{_xml(text)}</text>'


def _fit(text: str, width: float, size: float, max_lines: int) -> list[str]:
    """`text` wrapped to a box `width` wide, at most `max_lines` lines, the last cut with "…" if need be.

    Examples:
        >>> _fit("one two three four five six", 80, 10, 2)
        ['one two three', 'four five six']
        >>> _fit("one two three four five six seven", 80, 10, 2)
        ['one two three', 'four five six…']
    """
    chars = max(4, math.floor(width / (CHAR_WIDTH * size)))
    lines = textwrap.wrap(" ".join(str(text).split()), chars, break_long_words=True, break_on_hyphens=False)
    if len(lines) <= max_lines:
        return lines or [""]
    kept = lines[:max_lines]
    kept[-1] = kept[-1][:chars - 1].rstrip() + "…"
    return kept


def _line_height(size: float) -> float:
    return round(size * 1.35, 1)


def _pain_fill(share: float) -> str:
    share = min(max(share, 0.0), 1.0)
    return "#" + "".join(f"{round(low + (high - low) * share):02x}" for low, high in zip(PAIN_LOW, PAIN_HIGH))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text) -> str:
    """Text safe in XML content and attribute values; characters XML cannot hold are dropped.

    Examples:
        >>> _xml('<script>"a" & \\x07b</script>')
        '&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;'
    """
    return html.escape(_NOT_XML.sub("", str(text)), quote=True)


# --------------------------------------------------------------------------- shared wording


def _strings(language: str) -> dict[str, str]:
    if language not in STRINGS:
        raise InvalidOption(f"language {language!r} is not offered for the effect map (choose sv or en)")
    return STRINGS[language]


def _people(count: int, s: dict) -> str:
    return s["person"] if count == 1 else s["people"].format(n=count)


def _percent(share: float, s: dict) -> str:
    return s["percent"].format(n=round(share * 100))


def _need_line(need: Need, group: TargetGroup, s: dict, *, short: bool) -> str:
    key = ("need_short" if short else "need_line") + ("" if group.needs_from_pain else "_no_pain")
    return s[key].format(people=need.people, of=group.people, pain=need.pain_statements,
                         share=_percent(need.pain_share, s), statements=need.statements)


def _source(quote: Quote) -> str:
    """Who said it, in which session, when: `Anders, fokusgrupp-1, 12:03`."""
    return ", ".join(part for part in (quote.speaker, quote.session, format_time(quote.start_s)) if part)


def _provenance_line(provenance: dict, s: dict) -> str:
    def shown(key: str) -> str:
        value = provenance.get(key)
        return s["unknown"] if value is None or value == "" else str(value)

    return s["provenance"].format(run=shown("analysis_run"), model=shown("model"), seed=shown("seed"),
                                  analysed=shown("analysed_at"), exported=shown("exported_at"))
