"""JSON export: the whole analysis, validated against the JSON Schema shipped in the package."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from jsonschema import Draft202012Validator, FormatChecker

from conftest import HOSTILE_STATEMENT
from insights import edits, explore, journey
from insights.export import load_export
from insights.export.jsonexport import SCHEMA_FILE, json_export, load_schema
from insights.store import STATEMENT_COLUMNS

EXPORTED_AT = datetime(2026, 3, 14, 9, 26, 53, tzinfo=timezone.utc)
STUDIES = ("bygglov", "blue-badge")


def validator() -> Draft202012Validator:
    # jsonschema checks "date-time" only with an optional package; check it here with the standard library.
    checker = FormatChecker()
    checker.checks("date-time", raises=ValueError)(
        lambda text: not isinstance(text, str) or datetime.fromisoformat(text).tzinfo is not None)
    return Draft202012Validator(load_schema(), format_checker=checker)


@pytest.fixture(scope="module")
def bundles(analysed_studies):
    return {study: load_export(analysed_studies.store_for(study), study, now=EXPORTED_AT) for study in STUDIES}


@pytest.fixture(scope="module")
def documents(bundles):
    return {study: json.loads(json_export(bundle)) for study, bundle in bundles.items()}


def test_schema_is_a_valid_draft_2020_12_schema_shipped_in_the_package():
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    source = Path(__file__).resolve().parents[1] / "insights" / "export" / SCHEMA_FILE
    assert schema == json.loads(source.read_text(encoding="utf-8"))


@pytest.mark.parametrize("study", STUDIES)
def test_json_export_validates_against_the_schema(documents, study):
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator().iter_errors(documents[study])]
    assert errors == []


@pytest.mark.parametrize("study", STUDIES)
def test_json_export_round_trips_the_counts(bundles, documents, study):
    bundle, document = bundles[study], documents[study]
    assert document["study"] == {"name": study, "language": bundle.language, "counts": bundle.counts()}
    assert [s["statement_id"] for s in document["statements"]] == bundle.statements["statement_id"].tolist()
    assert [s["text"] for s in document["statements"]] == bundle.statements["text"].tolist()
    assert [s["session"] for s in document["sessions"]] == bundle.sessions["session"].tolist()
    assert [p["speaker"] for p in document["participants"]] == bundle.participants["speaker"].tolist()
    assert [t["theme_id"] for t in document["themes"]] == bundle.themes["theme_id"].tolist()
    assert [c["title"] for c in document["insights"]] == [card.title for card in bundle.cards]
    assert len(document["journey_matrix"]) == len(bundle.journey_matrix()) > 0
    assert [s["id"] for s in document["stage_set"]["stages"]] == bundle.stage_set.ids
    assert sum(s["statements"] for s in document["sessions"]) == len(bundle.statements)


@pytest.mark.parametrize("study", STUDIES)
def test_json_export_names_the_run_it_came_from(bundles, documents, study):
    provenance = documents[study]["provenance"]
    assert provenance == json.loads(json.dumps(bundles[study].provenance))
    assert provenance["exported_at"] == "2026-03-14T09:26:53+00:00"
    assert provenance["analysis_run"] == bundles[study].run["id"] and provenance["model"] == "hashing-256"


@pytest.mark.parametrize("study", STUDIES)
def test_json_themes_keep_the_hierarchy(documents, study):
    themes = {theme["theme_id"]: theme for theme in documents[study]["themes"]}
    groups = [theme for theme in themes.values() if theme["origin"] == "group"]
    assert groups
    for group in groups:
        assert group["parent_id"] is None and group["children"]
        assert all(themes[child]["parent_id"] == group["theme_id"] for child in group["children"])
        assert group["statements"] == sum(themes[child]["statements"] for child in group["children"])
    in_a_group = [t for t in themes.values() if t["parent_id"] is not None]
    assert sorted(t["theme_id"] for t in in_a_group) == sorted(c for g in groups for c in g["children"])


def test_json_statements_carry_every_column_with_nulls_for_missing_values(bundles, documents):
    statements = documents["bygglov"]["statements"]
    attributes = [c for c in bundles["bygglov"].statements.columns if c not in STATEMENT_COLUMNS]
    assert list(statements[0]) == [*STATEMENT_COLUMNS, "attributes"]
    assert list(statements[0]["attributes"]) == attributes
    untimed = [s for s in statements if s["session"] == "fokusgrupp-1"]  # a .docx: no times
    assert untimed and all(s["start_s"] is None and s["end_s"] is None for s in untimed)
    timed = [s for s in statements if s["session"] == "fokusgrupp-2"]  # a .vtt
    assert all(isinstance(s["start_s"], float) for s in timed)


def test_json_bytes_are_utf8_deterministic_and_keep_swedish_letters(bundles):
    data = json_export(bundles["bygglov"])
    assert data == json_export(bundles["bygglov"])
    text = data.decode("utf-8")
    assert "Söka information" in text and "\\u00f6" not in text
    assert "NaN" not in text and text.startswith('{\n "format": "insights-analysis"')
    assert list(json.loads(text)) == ["format", "format_version", "provenance", "study", "sessions", "participants",
                                      "statements", "themes", "stage_set", "insights", "journey_matrix", "edits"]


def test_json_keeps_the_hostile_statement_verbatim(documents):
    texts = [s["text"] for s in documents["blue-badge"]["statements"]]
    assert HOSTILE_STATEMENT in texts


def test_json_edits_are_listed_with_times_and_payloads(bundles):
    ledger = pd.DataFrame({
        "id": [1, 2],
        "created_at": [datetime(2026, 3, 1, 10, 0), datetime(2026, 3, 2, 11, 30, tzinfo=timezone.utc)],
        "action": ["rename", "kind"],
        "payload": [{"members": ["fokusgrupp-1:4:0"], "label": "Avgifter och fakturor"},
                    {"statement_id": "fokusgrupp-1:4:1", "kind": "pain", "text": "Anders, jag bor i Norrby."}],
        "undone": [0, 1],
    })
    document = json.loads(json_export(bundles["bygglov"].with_changes(edits=ledger)))
    assert document["edits"] == [
        {"id": 1, "created_at": "2026-03-01T10:00:00+00:00", "action": "rename",
         "payload": {"members": ["fokusgrupp-1:4:0"], "label": "Avgifter och fakturor"}, "undone": False},
        {"id": 2, "created_at": "2026-03-02T11:30:00+00:00", "action": "kind",
         "payload": {"statement_id": "fokusgrupp-1:4:1", "kind": "pain", "text": "Anders, jag bor i Norrby."},
         "undone": True},
    ]
    validator().validate(document)


def test_json_of_a_study_not_yet_analysed_validates(store):
    from insights.study import add_transcript

    add_transcript(store, "s", "Moderator: Hur gick det?\nÅsa: Det gick bra, tack.\n".encode(), "intervju.txt")
    document = json.loads(json_export(load_export(store, "s", now=EXPORTED_AT)))
    validator().validate(document)
    assert document["provenance"]["analysis_run"] is None and document["insights"] == []
    assert document["statements"][0]["speaker"] == "Åsa" and document["statements"][0]["kind"] is None


def _set(path: list, value):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _delete(path: list):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return change


BROKEN = {
    "no provenance": _delete(["provenance"]),
    "no statement text": _delete(["statements", 0, "text"]),
    "no exported_at": _delete(["provenance", "exported_at"]),
    "unknown kind": _set(["statements", 0, "kind"], "angry"),
    "unknown role": _set(["statements", 0, "role"], "host"),
    "unknown origin": _set(["themes", 0, "origin"], "imagined"),
    "unknown phase": _set(["stage_set", "stages", 0, "phase"], "middle"),
    "unknown language": _set(["study", "language"], "de"),
    "sentiment out of range": _set(["statements", 0, "sentiment"], 2.5),
    "pain share over one": _set(["insights", 0, "pain_share"], 1.5),
    "turn as text": _set(["statements", 0, "turn"], "4"),
    "bad statement id": _set(["insights", 0, "quotes", 0, "statement_id"], "no-id"),
    "not a time": _set(["provenance", "exported_at"], "last tuesday"),
    "unknown top-level key": _set(["extra"], 1),
    "unknown statement key": _set(["statements", 0, "colour"], "red"),
    "wrong format version": _set(["format_version"], 2),
    "unknown edit action": _set(["edits"], [{"id": 1, "created_at": "2026-03-01T10:00:00+00:00",
                                             "action": "delete", "payload": {}, "undone": False}]),
    "rename without a label": _set(["edits"], [{"id": 1, "created_at": "2026-03-01T10:00:00+00:00",
                                                "action": "rename", "payload": {"members": []}, "undone": False}]),
}


@pytest.mark.parametrize("change", list(BROKEN.values()), ids=list(BROKEN))
def test_schema_rejects_a_broken_document(documents, change):
    document = copy.deepcopy(documents["bygglov"])
    change(document)
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(document)


@pytest.mark.parametrize("definition, values", [
    ("kind", explore.KINDS),
    ("action", edits.ACTIONS),
    ("phase", (*journey.PHASES, "")),
    ("role", ("participant", "moderator")),
    ("origin", ("discovered", "codebook", "group")),
])
def test_schema_enums_match_the_code(definition, values):
    assert load_schema()["$defs"][definition]["enum"] == list(values)
