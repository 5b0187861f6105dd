"""The effect map: purpose → target groups → needs and pain → suggestions, as Markdown and as SVG."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import pandas as pd
import pytest
from lxml import etree

from insights.errors import InvalidOption
from insights.export import load_export
from insights.export.effectmap import (
    CHAR_WIDTH, STRINGS, build_effect_map, effect_map_document, effect_map_markdown, effect_map_svg,
)
from tests.conftest import HOSTILE_STATEMENT, SAMPLE_STUDIES

SVG = "{http://www.w3.org/2000/svg}"
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def exports(analysed_studies):
    return {study: load_export(analysed_studies.store_for(study), study, now=NOW)
            for study in ("bygglov", "blue-badge")}


def sample_segments(study: str) -> set[str]:
    """The target groups a reader of participants.csv expects: every segment but the moderators'."""
    text = (SAMPLE_STUDIES / study / "transcripts" / "participants.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), dialect=csv.Sniffer().sniff(text.splitlines()[0], ";,"))
    return {row["segment"] for row in rows if row["segment"] and row["segment"] != "moderator"}


def group_statements(export, group) -> pd.DataFrame:
    said = export.statements[export.statements["role"] != "moderator"]
    if group.kind == "segment":
        return said[said["segment"] == group.name]
    return said[said["segment"].isna() | (said["segment"].fillna("").str.strip() == "")]


def svg_texts(svg: str) -> list[str]:
    return [element.text or "" for element in ET.fromstring(svg).iter(f"{SVG}text")]


# --------------------------------------------------------------------------- target groups


@pytest.mark.parametrize(("study", "others"), [("bygglov", []), ("blue-badge", ["Others"])])
def test_effectmap_groups_are_the_segments_without_moderators(exports, study, others):
    effect_map = build_effect_map(exports[study])

    names = [group.name for group in effect_map.groups]
    assert set(names[:len(names) - len(others)]) == sample_segments(study)
    assert names[len(names) - len(others):] == others  # the hostile transcript's Robin has no segment
    assert "moderator" not in names
    sizes = [group.people for group in effect_map.groups if group.kind == "segment"]
    assert sizes == sorted(sizes, reverse=True)


@pytest.mark.parametrize(("study", "segment", "people", "small"), [
    ("blue-badge", "badge holder", 5, False),
    ("blue-badge", "carer", 3, False),
    ("blue-badge", "professional", 1, True),
    ("blue-badge", "Others", 1, True),
    ("bygglov", "privatperson", 8, False),
    ("bygglov", "fritidshusägare", 3, False),
])
def test_effectmap_counts_people_and_flags_small_groups(exports, study, segment, people, small):
    group = next(g for g in build_effect_map(exports[study]).groups if g.name == segment)

    assert (group.people, group.small_group) == (people, small)
    assert group.statements == len(group_statements(exports[study], group))


def test_effectmap_small_group_is_said_in_both_outputs(exports):
    effect_map = build_effect_map(exports["blue-badge"])
    markdown, svg = effect_map_markdown(effect_map), effect_map_svg(effect_map)

    professional = markdown.split("## Target group: professional")[1].split("## Target group:")[0]
    assert "Small group: fewer than 3 people" in professional
    assert "Small group" not in markdown.split("## Target group: badge holder")[1].split("## Target group:")[0]
    assert svg_texts(svg).count("small group (< 3)") == 2  # professional and Others


@pytest.mark.parametrize(("change", "expected"), [
    ("no segment column", ["Alla deltagare"]),
    ("blank segments", ["Alla deltagare"]),
    ("some without segment", ["privatperson", "företagare", "fritidshusägare", "Övriga"]),  # 3 people: more said
])
def test_effectmap_groups_without_segments(exports, change, expected):
    statements = exports["bygglov"].statements
    if change == "no segment column":
        statements = statements.drop(columns="segment")
    elif change == "blank segments":
        statements = statements.assign(segment="  ")
    else:
        statements = statements.assign(segment=statements["segment"].where(statements["speaker"] != "Anders"))
    effect_map = build_effect_map(exports["bygglov"].with_changes(statements=statements))

    assert [group.name for group in effect_map.groups] == expected
    assert sum(group.people for group in effect_map.groups) == 14  # every participant, once
    if change != "some without segment":
        assert effect_map.groups[0].kind == "all"
        assert effect_map_markdown(effect_map, "en").count("## Target group: All participants") == 1


def test_effectmap_segment_named_moderator_is_no_target_group(exports):
    statements = exports["bygglov"].statements
    # Karin's role was not detected (say), but participants.csv calls her segment "Moderator".
    karin = statements["speaker"] == "Karin"
    statements = statements.assign(role=statements["role"].where(~karin, "participant"),
                                   segment=statements["segment"].where(~karin, " Moderator "))
    effect_map = build_effect_map(exports["bygglov"].with_changes(statements=statements))

    assert {group.name for group in effect_map.groups} == sample_segments("bygglov")
    assert all(s.speaker != "Karin" for g in effect_map.groups for s in g.suggestions)


# --------------------------------------------------------------------------- needs and suggestions


@pytest.mark.parametrize("study", ["bygglov", "blue-badge"])
def test_effectmap_needs_are_themes_where_the_group_raised_pain(exports, study):
    export = exports[study]
    for group in build_effect_map(export).groups:
        said = group_statements(export, group)
        assert group.needs_from_pain and 0 < len(group.needs) <= 5
        scores = [need.score for need in group.needs]
        assert scores == sorted(scores, reverse=True)
        for need in group.needs:
            on_theme = said[said["theme_id"] == need.theme_id]
            pain = on_theme[on_theme["kind"] == "pain"]
            assert need.pain_statements == len(pain) > 0
            assert need.people == pain["speaker"].nunique()
            assert need.statements == len(on_theme)
            assert need.pain_share == round(len(pain) / len(on_theme), 3)
            assert need.label == export.themes.set_index("theme_id").at[need.theme_id, "label"]
            assert need.evidence.statement_id in set(pain["statement_id"])
            assert need.evidence.text == pain.set_index("statement_id").at[need.evidence.statement_id, "text"]


@pytest.mark.parametrize("study", ["bygglov", "blue-badge"])
def test_effectmap_suggestions_are_verbatim_from_the_group(exports, study):
    export = exports[study]
    by_id = export.statements.set_index("statement_id")
    shown = 0
    for group in build_effect_map(export).groups:
        members = group_statements(export, group)
        need_themes = [need.theme_id for need in group.needs]
        tiers = [0 if s.theme_id in need_themes else 1 for s in group.suggestions]
        assert tiers == sorted(tiers)  # on the group's needs first, then others
        for suggestion in group.suggestions:
            row = by_id.loc[suggestion.statement_id]
            assert suggestion.text == row["text"] and suggestion.speaker == row["speaker"]
            assert suggestion.session == row["session"] and row["kind"] == "suggestion"
            assert suggestion.statement_id in set(members["statement_id"])
            shown += 1
        offered = members[members["kind"] == "suggestion"]
        assert len(group.suggestions) == min(3, offered["text"].nunique())
    assert shown >= 6


def test_effectmap_group_without_pain_falls_back_to_its_biggest_themes(exports):
    export = exports["bygglov"]
    statements = export.statements
    calm = (statements["segment"] == "företagare") & (statements["kind"] == "pain")
    export = export.with_changes(statements=statements.assign(kind=statements["kind"].where(~calm, "neutral")))
    group = next(g for g in build_effect_map(export).groups if g.name == "företagare")

    assert not group.needs_from_pain and group.needs
    assert all(need.pain_statements == 0 for need in group.needs)
    sizes = [need.statements for need in group.needs]
    assert sizes == sorted(sizes, reverse=True)
    assert "Gruppen uttryckte inga problem" in effect_map_markdown(build_effect_map(export))


@pytest.mark.parametrize(("max_needs", "max_suggestions"), [(1, 1), (2, 0), (8, 5)])
def test_effectmap_limits(exports, max_needs, max_suggestions):
    export = exports["blue-badge"]
    effect_map = build_effect_map(export, max_needs=max_needs, max_suggestions=max_suggestions)

    for group in effect_map.groups:  # every need the group has, up to the limit
        themed = group_statements(export, group).query("theme_id >= 0")
        available = themed.loc[themed["kind"] == "pain", "theme_id"].nunique() or themed["theme_id"].nunique()
        assert len(group.needs) == min(max_needs, available)
    assert all(len(group.suggestions) <= max_suggestions for group in effect_map.groups)


def test_effectmap_refuses_negative_limits(exports):
    with pytest.raises(InvalidOption, match="max_needs"):
        build_effect_map(exports["bygglov"], max_needs=-1)


# --------------------------------------------------------------------------- purpose, language, provenance


@pytest.mark.parametrize(("study", "language", "unset"), [
    ("bygglov", "sv", "Syfte ej angivet"),
    ("blue-badge", "en", "Purpose not set"),
])
def test_effectmap_purpose_not_set_is_said_not_invented(exports, study, language, unset):
    effect_map = build_effect_map(exports[study])

    assert not effect_map.purpose_set and effect_map.purpose == unset
    assert unset in effect_map_markdown(effect_map)
    assert unset in " ".join(svg_texts(effect_map_svg(effect_map)))  # wrapped over lines in its box


def test_effectmap_purpose_given_is_the_root(exports):
    purpose = "Fler kompletta ansökningar första gången"
    effect_map = build_effect_map(exports["bygglov"], purpose=f"  {purpose} ")
    markdown = effect_map_markdown(effect_map)

    assert effect_map.purpose_set and effect_map.purpose == purpose
    assert markdown.split("## Syfte\n\n")[1].startswith(purpose + "\n")
    assert "ej angivet" not in markdown
    assert purpose in " ".join(svg_texts(effect_map_svg(effect_map)))


@pytest.mark.parametrize(("study", "language", "words"), [
    ("bygglov", None, ["# Effektkarta: bygglov", "## Syfte", "## Målgrupp: privatperson", "### Behov och problem",
                       "### Förslag från deltagarna", "i gruppen · problemutsagor:", "Från analyskörning 1"]),
    ("blue-badge", None, ["# Effect map: blue-badge", "## Purpose", "## Target group: carer",
                          "### Needs and pain points", "### Suggestions from participants", "From analysis run 1"]),
    ("bygglov", "en", ["# Effect map: bygglov", "## Target group: privatperson", "Purpose not set"]),
    ("blue-badge", "sv", ["# Effektkarta: blue-badge", "## Målgrupp: Övriga", "Syfte ej angivet"]),
])
def test_effectmap_markdown_speaks_the_language(exports, study, language, words):
    markdown = effect_map_markdown(build_effect_map(exports[study]), language)

    for word in words:
        assert word in markdown
    other = "en" if (language or exports[study].language) == "sv" else "sv"
    assert STRINGS[other]["needs"] not in markdown


@pytest.mark.parametrize(("study", "headings"), [
    ("bygglov", ["Syfte", "Målgrupper", "Behov och problem", "Förslag från deltagarna"]),
    ("blue-badge", ["Purpose", "Target groups", "Needs and pain points", "Suggestions from participants"]),
])
def test_effectmap_svg_has_four_columns_in_the_language(exports, study, headings):
    texts = svg_texts(effect_map_svg(build_effect_map(exports[study])))

    assert texts[1:5] == headings
    assert texts[0] == f"{STRINGS[exports[study].language]['title']}: {study}"


def test_effectmap_names_its_analysis_run_and_time(exports):
    export = exports["bygglov"]
    effect_map = build_effect_map(export)

    assert effect_map.provenance == export.provenance and effect_map.provenance["analysis_run"] == 1
    made = "2026-03-01T09:30:00+00:00"
    assert f"skapad {made}" in effect_map_markdown(effect_map)
    assert any("analyskörning 1" in text and made in text for text in svg_texts(effect_map_svg(effect_map)))


def test_effectmap_document_is_the_markdown_of_the_map(exports):
    export = exports["bygglov"]

    assert effect_map_document(export, purpose="Snabbare beslut") == \
        effect_map_markdown(build_effect_map(export, "Snabbare beslut"), "sv")


@pytest.mark.parametrize("study", ["bygglov", "blue-badge"])
def test_effectmap_is_deterministic(exports, study):
    first, second = build_effect_map(exports[study]), build_effect_map(exports[study])

    assert first == second
    assert effect_map_markdown(first) == effect_map_markdown(second)
    assert effect_map_svg(first) == effect_map_svg(second)


# --------------------------------------------------------------------------- the SVG diagram


@pytest.mark.parametrize("study", ["bygglov", "blue-badge"])
def test_effectmap_svg_is_self_contained_xml_with_the_map(exports, study):
    effect_map = build_effect_map(exports[study], purpose="A purpose")
    svg = effect_map_svg(effect_map)
    root = etree.fromstring(svg.encode("utf-8"))  # lxml parses it as well as ElementTree
    texts = svg_texts(svg)

    assert root.tag == f"{SVG}svg"
    assert float(root.get("height")) == float(root.get("viewBox").split()[3])
    assert not re.search(r"<script|<style|<image|<foreignObject|href=|url\(|@import", svg, re.IGNORECASE)
    assert re.findall(r"https?://[^\"]+", svg) == ["http://www.w3.org/2000/svg"]
    for group in effect_map.groups:
        assert group.name in texts
    for need in (need for group in effect_map.groups for need in group.needs):
        assert need.label in texts
    links = root.findall(f"{SVG}path")
    needs = sum(len(g.needs) for g in effect_map.groups)
    suggestions = sum(len(g.suggestions) for g in effect_map.groups)
    assert len(links) == len(effect_map.groups) + needs + suggestions


@pytest.mark.parametrize("study", ["bygglov", "blue-badge"])
def test_effectmap_svg_text_stays_inside_its_box(exports, study):
    root = ET.fromstring(effect_map_svg(build_effect_map(exports[study], purpose="word " * 80)))
    boxes = [tuple(float(r.get(k)) for k in ("x", "y", "width", "height")) for r in root.iter(f"{SVG}rect")][1:]
    inside = 0
    for text in root.iter(f"{SVG}text"):
        x, y, size = float(text.get("x")), float(text.get("y")), float(text.get("font-size"))
        box = next(((bx, by, bw, bh) for bx, by, bw, bh in boxes if bx <= x <= bx + bw and by <= y <= by + bh),
                   None)
        if box is None:
            continue  # title, column headings, footer
        inside += 1
        assert x + len(text.text) * CHAR_WIDTH * size <= box[0] + box[2] + 0.01, text.text
    assert inside > 20


def test_effectmap_svg_cuts_long_quotes_with_an_ellipsis(exports):
    export = exports["blue-badge"]
    statements = export.statements
    rambling = "Honestly? " + " ".join(["Let carers apply online and see where the application is."] * 8)
    chosen = statements["text"].str.startswith("Honestly? Bring back a named team")
    statements = statements.assign(text=statements["text"].where(~chosen, rambling))
    effect_map = build_effect_map(export.with_changes(statements=statements))
    texts = svg_texts(effect_map_svg(effect_map))

    assert rambling in [s.text for g in effect_map.groups for s in g.suggestions]  # whole in the map
    start = next(i for i, text in enumerate(texts) if text.startswith("“Honestly? Let carers"))
    assert texts[start + 3].endswith("…") and texts[start + 4].startswith("— P4, interview-2")
    assert rambling in effect_map_markdown(effect_map)  # Markdown has room for all of it


def test_effectmap_svg_grows_with_content(exports):
    def height(**limits) -> float:
        return float(ET.fromstring(effect_map_svg(build_effect_map(exports["blue-badge"], **limits))).get("height"))

    assert height(max_needs=1, max_suggestions=1) < height(max_needs=3) < height(max_needs=8)


# --------------------------------------------------------------------------- hostile text


def test_effectmap_escapes_hostile_text(exports):
    export = exports["blue-badge"]
    statements = export.statements
    hostile = statements["text"] == HOSTILE_STATEMENT
    assert hostile.sum() == 1
    # As a suggestion it reaches both outputs; as a segment name it is a group heading.
    statements = statements.assign(kind=statements["kind"].where(~hostile, "suggestion"),
                                   segment=statements["segment"].where(~hostile, "<b>**x**</b>"))
    export = export.with_changes(statements=statements)
    effect_map = build_effect_map(export, purpose="<img src=x onerror=alert(1)> [link](http://evil)")
    group = next(g for g in effect_map.groups if g.name == "<b>**x**</b>")
    assert [s.text for s in group.suggestions] == [HOSTILE_STATEMENT]

    markdown = effect_map_markdown(effect_map)
    assert "<script" not in markdown and "<img" not in markdown and "<b>" not in markdown
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in markdown
    assert "## Target group: &lt;b&gt;\\*\\*x\\*\\*&lt;/b&gt;" in markdown
    assert "\\[link\\](http:\\/\\/evil)" in markdown

    svg = effect_map_svg(effect_map)
    assert "<script" not in svg and "<img" not in svg and "&lt;script&gt;" in svg
    texts = svg_texts(svg)
    assert "<b>**x**</b>" in texts  # escaped going in, the same text coming out
    assert any("<script>alert('x')</script>" in text for text in texts)


def test_effectmap_svg_drops_characters_xml_cannot_hold(exports):
    export = exports["bygglov"]
    statements = export.statements
    statements = statements.assign(segment=statements["segment"].replace("företagare", "före\x07tagare\x00"))
    svg = effect_map_svg(build_effect_map(export.with_changes(statements=statements)))

    assert "företagare" in svg_texts(svg)
