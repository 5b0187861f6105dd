"""The study store on SQLite and PostgreSQL: contract, dedup, rollback, migrations."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from sqlalchemy import inspect

from insights.errors import StudyNotFound
from insights.store import STATEMENT_COLUMNS
from insights import study
from insights.redact import Redactor
from insights.study import IngestOptions, add_participants, add_transcript, ingest_paths, study_pseudonyms

INTERVIEW = """Intervju om bygglov
Datum: 2024-03-12

Intervjuare: Hur började det hela?
Anna: Vi ville bygga ett garage. Men det tog en evighet att få svar från kommunen.
Intervjuare: Mm.
Anna: Ja.
Intervjuare: Vad hände sedan?
Anna: Handläggaren ringde och sa att ritningarna saknades. Vi skickade dem samma dag!
""".encode()

PARTICIPANTS = "speaker;segment;district\nAnna;privatperson;Norr\nBo;företagare;Söder\n".encode()


def test_store_statements_table_has_the_design_columns_in_order(any_location):
    store = any_location.store_for("bygg")
    add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt")
    add_participants(store, "bygg", PARTICIPANTS, "participants.csv")
    table = store.statements_table("bygg")
    assert list(table.columns) == STATEMENT_COLUMNS + ["segment", "district"]
    assert list(table.text) == [
        "Vi ville bygga ett garage.",
        "Men det tog en evighet att få svar från kommunen.",
        "Handläggaren ringde och sa att ritningarna saknades.",
        "Vi skickade dem samma dag!",
    ]
    assert list(table.turn) == [1, 1, 5, 5]  # turns count moderators and backchannels
    assert list(table.statement_id) == ["intervju-1:1:0", "intervju-1:1:1", "intervju-1:5:0", "intervju-1:5:1"]
    assert list(table.question) == ["Hur började det hela?"] * 2 + ["Vad hände sedan?"] * 2
    assert set(table.study) == {"bygg"} and set(table.source) == {"intervju-1.txt"}
    assert set(table.session) == {"intervju-1"} and set(table.language) == {"sv"}
    assert set(table.segment) == {"privatperson"} and set(table.district) == {"Norr"}
    assert table.theme_id.isna().all()


def test_store_keeps_every_turn_including_backchannels(any_location):
    store = any_location.store_for("bygg")
    add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt")
    turns = store.utterances_table("bygg")
    assert list(turns.speaker) == ["Intervjuare", "Anna"] * 3
    assert list(turns.text)[2:4] == ["Mm.", "Ja."]
    assert list(turns.turn) == list(range(6))
    assert list(turns.role)[:2] == ["moderator", "participant"]


def test_store_same_file_twice_is_not_duplicated(any_location):
    store = any_location.store_for("bygg")
    first = add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt")
    again = add_transcript(store, "bygg", INTERVIEW, "kopia.txt")
    assert (first.status, again.status) == ("added", "duplicate")
    assert "intervju-1.txt" in again.detail
    assert len(store.statements_table("bygg")) == 4
    assert len(store.sessions_table("bygg")) == 1


def test_store_same_file_read_differently_after_an_upgrade_is_read_anew_only_with_replace(any_location, monkeypatch):
    store = any_location.store_for("bygg")
    real_parse = study.parse_transcript

    def older_reader(*args, **kwargs):  # an earlier insights that missed the last turn
        transcript = real_parse(*args, **kwargs)
        return dataclasses.replace(transcript, utterances=transcript.utterances[:-1])

    monkeypatch.setattr(study, "parse_transcript", older_reader)
    add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt")
    monkeypatch.undo()
    assert len(store.statements_table("bygg")) == 2

    again = add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt")
    assert (again.status, again.detail) == ("duplicate", "already in the study as intervju-1.txt")
    assert again.warning == ("this version of insights reads it differently (now 6 turns and 4 statements, "
                             "stored 5 turns and 2 statements); add it again with --replace to store the new reading")
    assert len(store.statements_table("bygg")) == 2  # told, not changed

    anew = add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt", IngestOptions(replace=True))
    assert anew.status == "replaced" and anew.statements == 4
    assert anew.detail.endswith("; read anew (now 6 turns and 4 statements, stored 5 turns and 2 statements)")
    assert store.statements_table("bygg").text.tolist()[-1] == "Vi skickade dem samma dag!"
    assert len(store.sessions_table("bygg")) == 1
    last = add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt", IngestOptions(replace=True))
    assert (last.status, last.warning) == ("duplicate", "")


def test_store_redacted_file_again_without_mapping_reads_alike(any_location):
    store = any_location.store_for("bygg")
    first = add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt", IngestOptions(redactor=Redactor()))
    taken = study_pseudonyms(store, "bygg")
    again = add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt", IngestOptions(redactor=Redactor(taken=taken)))
    assert first.status == "added" and (again.status, again.warning) == ("duplicate", "")
    assert set(store.statements_table("bygg").speaker) == {"P1"}


def test_store_changed_file_needs_replace(any_location):
    store = any_location.store_for("bygg")
    add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt")
    changed = INTERVIEW.replace(b"garage", b"carport")
    with pytest.raises(Exception, match="different version"):
        add_transcript(store, "bygg", changed, "intervju-1.txt")
    assert "garage" in store.statements_table("bygg").text[0]
    result = add_transcript(store, "bygg", changed, "intervju-1.txt", IngestOptions(replace=True))
    assert result.status == "replaced"
    assert "carport" in store.statements_table("bygg").text[0]
    assert len(store.sessions_table("bygg")) == 1


def test_store_failure_mid_file_leaves_study_as_it_was(any_location, monkeypatch):
    store = any_location.store_for("bygg")
    add_transcript(store, "bygg", INTERVIEW, "intervju-1.txt")
    before = (store.sessions_table("bygg"), store.utterances_table("bygg"), store.statements_table("bygg"))
    original = type(store).insert_rows

    def crash_on_statements(self, connection, table_name, rows):
        original(self, connection, table_name, rows)
        if table_name == "statements":
            raise RuntimeError("disk full")

    monkeypatch.setattr(type(store), "insert_rows", crash_on_statements)
    with pytest.raises(RuntimeError):
        add_transcript(store, "bygg", INTERVIEW.replace(b"garage", b"uterum"), "intervju-2.txt")
    after = (store.sessions_table("bygg"), store.utterances_table("bygg"), store.statements_table("bygg"))
    for old, new in zip(before, after):
        pd.testing.assert_frame_equal(old, new)


def test_store_participants_upsert_and_list(any_location):
    store = any_location.store_for("bygg")
    add_participants(store, "bygg", PARTICIPANTS, "participants.csv")
    add_participants(store, "bygg", "speaker,segment\nBo,privatperson\n".encode(), "participants.csv")
    people = store.participants_table("bygg").set_index("speaker")
    assert people.loc["Bo", "segment"] == "privatperson"
    assert people.loc["Anna", "district"] == "Norr"


def test_store_lists_studies_and_refuses_unknown_ones(any_location):
    for name in ("bygg", "hemtjänst"):
        add_transcript(any_location.store_for(name), name, INTERVIEW, "intervju-1.txt")
    assert any_location.study_names() == ["bygg", "hemtjänst"]
    with pytest.raises(StudyNotFound, match="'okänd' not found.*bygg, hemtjänst"):
        any_location.existing_store("okänd").statements_table("okänd")


def test_store_schema_is_made_by_migrations(any_location):
    store = any_location.store_for("bygg")
    tables = set(inspect(store.engine).get_table_names())
    assert {"alembic_version", "studies", "sessions", "utterances", "statements", "participants"} <= tables


def test_store_ingest_folder_with_participants(any_location, tmp_path):
    folder = tmp_path / "study"
    folder.mkdir()
    (folder / "intervju-1.txt").write_bytes(INTERVIEW)
    (folder / "participants.csv").write_bytes(PARTICIPANTS)
    report = ingest_paths(any_location.store_for("bygg"), "bygg", [folder])
    assert [(r.name, r.status) for r in report.results] == [("participants.csv", "participants"),
                                                            ("intervju-1.txt", "added")]


FOCUS_GROUP = """Malin: Välkomna! Hur fick ni veta om bidraget?
Gunnel: Det var arbetsterapeuten som sa det.
Erik: Säg till om vi pratar för tyst.
Sture: Min dotter googlade. Hon hittade blanketten.
Erik: Jag flyttar närmare.
Malin: Och sedan, hur gick ansökan?
Gunnel: Den gick bra, men det tog tid.
""".encode()


def test_store_moderators_named_in_participants_csv_moderate(location, tmp_path):
    """A bisittare who asks nothing is still on the moderators' side when participants.csv says so,
    in the batch and in a transcript added later."""
    folder = tmp_path / "study"
    folder.mkdir()
    (folder / "fokusgrupp-1.txt").write_bytes(FOCUS_GROUP)
    (folder / "participants.csv").write_bytes("talare;segment\nMalin;moderator\nErik;moderator\n"
                                              "Gunnel;sökande\nSture;sökande\n".encode())
    store = location.store_for("ba")
    ingest_paths(store, "ba", [folder])
    add_transcript(store, "ba", FOCUS_GROUP.replace(b"tid.", b"evigheter."), "fokusgrupp-2.txt")
    utterances = store.utterances_table("ba")
    roles = utterances.groupby("speaker")["role"].agg(set).to_dict()
    assert roles == {"Malin": {"moderator"}, "Erik": {"moderator"}, "Gunnel": {"participant"},
                     "Sture": {"participant"}}
    assert set(store.statements_table("ba")["speaker"]) == {"Gunnel", "Sture"}


def test_store_same_file_name_in_two_folders_is_refused(location, tmp_path):
    for folder in ("grupp1", "grupp2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "intervju.txt").write_bytes(INTERVIEW.replace(b"garage", folder.encode()))
    store = location.store_for("bygg")
    report = ingest_paths(store, "bygg", [tmp_path / "grupp1", tmp_path / "grupp2"], IngestOptions(replace=True))
    assert [r.status for r in report.results] == ["added", "skipped"]
    assert "same file name" in report.results[1].detail
    assert "grupp1" in store.statements_table("bygg").text[0]


def test_store_same_session_name_from_another_format_is_refused(location):
    store = location.store_for("bygg")
    add_transcript(store, "bygg", INTERVIEW, "intervju.txt")
    with pytest.raises(Exception, match="already has a session 'intervju' from intervju.txt"):
        add_transcript(store, "bygg", INTERVIEW.replace(b"garage", b"carport"), "intervju.md", IngestOptions(replace=True))


def test_store_unknown_language_code_is_one_clear_error(location, tmp_path):
    from insights.errors import InvalidOption

    (tmp_path / "a.txt").write_bytes(INTERVIEW)
    with pytest.raises(InvalidOption, match="unknown language code 'zz'"):
        ingest_paths(location.store_for("bygg"), "bygg", [tmp_path], IngestOptions(languages=("sv", "zz")))


def test_store_listing_never_touches_foreign_sqlite_files(location):
    import sqlite3

    location.home.mkdir(parents=True)
    foreign = location.home / "other.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE notes (x)").connection.commit()
    add_transcript(location.store_for("bygg"), "bygg", INTERVIEW, "intervju-1.txt")
    assert location.study_names() == ["bygg"]
    tables = {row[0] for row in sqlite3.connect(foreign).execute("SELECT name FROM sqlite_master")}
    assert tables == {"notes"}
