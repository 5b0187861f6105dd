"""Planted personal data never survives `ingest --redact` or `export --redact`, in any format."""

from __future__ import annotations

import re
import sqlite3
import zipfile

import pytest
from typer.testing import CliRunner

from insights.analysis import AnalysisSettings, analyse
from insights.cli import app
from insights.export.formats import FORMATS, export_bytes
from insights.redact import load_mapping, luhn_check_digit

runner = CliRunner()

PERSONNUMMER = f"811218-987{luhn_check_digit('811218987')}"
SAMORDNINGSNUMMER = f"19850375 123{luhn_check_digit('850375123')}"  # day 15 + 60
SWEDISH = f"""Karin: Välkomna! Hur började ert ärende om bygglov?
Anna Svensson: Jag ringde kommunen i maj och fick prata med handläggaren Eva Lind.
Anna Svensson: Hon bad mig mejla ritningarna till anna.svensson@example.se och ange personnummer {PERSONNUMMER}.
Karin: Hur gick det sedan?
Omar Haddad: Bygglov tog tre månader. Ring mig på 070-123 45 67 om ni vill veta mer, sa jag till Anna.
Omar Haddad: Min frus samordningsnummer {SAMORDNINGSNUMMER} fungerade inte i e-tjänsten.
Karin: Tack, det var allt för i dag.
"""
ENGLISH = """Interviewer: How did you apply for the badge?
Janet Okafor: My daughter Sarah filled in the form and gave her number, +44 20 7946 0958.
Janet Okafor: The council wrote to janet.okafor@example.org in May 2026 about the decision.
Interviewer: Anything else?
Janet Okafor: Mrs Patel at the clinic was lovely, she rang me on 07700 900123.
"""
PARTICIPANTS = """speaker,segment,contact
Anna Svensson,privatperson,anna.svensson@example.se
Omar Haddad,företagare,070-123 45 67
Janet Okafor,badge holder,janet.okafor@example.org
Interviewer,moderator,
INTERVIEWER,moderator,
"""
PLANTED = ["Anna", "Svensson", "Eva Lind", "anna.svensson@example.se", PERSONNUMMER, SAMORDNINGSNUMMER,
           "070-123 45 67", "Omar", "Haddad", "Karin", "Janet", "Okafor", "Sarah", "+44 20 7946 0958",
           "janet.okafor@example.org", "Patel", "07700 900123"]
KEPT = ["bygglov", "i maj", "Bygglov tog tre månader", "May 2026", "the badge"]


@pytest.fixture
def transcripts(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "intervju-1.txt").write_text(SWEDISH, encoding="utf-8")
    (folder / "interview-2.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "participants.csv").write_text(PARTICIPANTS, encoding="utf-8")
    return folder


def stored_bytes(location, study: str) -> bytes:
    """Everything the study's SQLite file and its WAL hold, after a checkpoint."""
    path = location.home / f"{study}.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return b"".join(p.read_bytes() for p in path.parent.glob(f"{study}.sqlite*"))


def export_text(data: bytes) -> str:
    if data[:2] == b"PK":
        with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return data.decode("utf-8-sig")


def leaked(text: str) -> list[str]:
    return [item for item in PLANTED if item in text]


def test_ingest_redact_stores_no_personal_data(location, transcripts, tmp_path):
    mapping = tmp_path / "private" / "mapping.csv"
    result = runner.invoke(app, ["ingest", str(transcripts), "-s", "private", "--redact", "--mapping", str(mapping)])
    assert result.exit_code == 0, result.output
    stored = stored_bytes(location, "private").decode("utf-8", "replace")
    assert leaked(stored) == []
    statements = location.store_for("private").statements_table("private")
    text = " ".join(statements["text"])
    assert all(word in text for word in ["i maj", "Bygglov tog tre månader", "May 2026"])
    assert "[PERSONNUMMER]" in text and "[EMAIL]" in text and "[PHONE]" in text and "[NAME]" in text
    assert set(statements["speaker"]) == {"P1", "P2", "P3"}
    kept = load_mapping(mapping)
    # files in name order: interview-2 (Janet, the Interviewer) before intervju-1
    assert kept == {"Interviewer": "M1", "Janet Okafor": "P1", "Karin": "M2", "Anna Svensson": "P2",
                    "Omar Haddad": "P3"}
    assert "sa jag till P2." in text  # a speaker named in text becomes their pseudonym


def test_a_later_batch_keeps_the_pseudonyms_through_the_mapping(location, transcripts, tmp_path):
    mapping = tmp_path / "mapping.csv"
    first = transcripts / "intervju-1.txt"
    runner.invoke(app, ["ingest", str(first), "-s", "private", "--redact", "--mapping", str(mapping)])
    later = tmp_path / "intervju-3.txt"
    later.write_text("Karin: Något mer?\nOmar Haddad: Nej. Anna Svensson sa samma sak.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(later), "-s", "private", "--redact", "--mapping", str(mapping),
                                 "--moderator", "Karin"])
    assert result.exit_code == 0, result.output
    statements = location.store_for("private").statements_table("private")
    third = statements[(statements["session"] == "intervju-3") & (statements["role"] == "participant")]
    first_speakers = dict(zip(statements["text"], statements["speaker"]))
    assert third["speaker"].iloc[0] == first_speakers["Bygglov tog tre månader."]
    anna = first_speakers["Jag ringde kommunen i maj och fick prata med handläggaren [NAME]."]
    assert f"{anna} sa samma sak." in " ".join(third["text"])


def test_without_the_mapping_a_later_batch_gets_new_pseudonyms(location, transcripts, tmp_path):
    runner.invoke(app, ["ingest", str(transcripts / "intervju-1.txt"), "-s", "private", "--redact"])
    runner.invoke(app, ["ingest", str(transcripts / "interview-2.txt"), "-s", "private", "--redact"])
    speakers = location.store_for("private").statements_table("private").groupby("session")["speaker"].unique()
    assert set(speakers["intervju-1"]) == {"P1", "P2"} and set(speakers["interview-2"]) == {"P3"}


@pytest.fixture
def unredacted(location, transcripts):
    assert runner.invoke(app, ["ingest", str(transcripts), "-s", "open"]).exit_code == 0
    store = location.store_for("open")
    analyse(store, "open", AnalysisSettings(embedder="hashing"))
    return store


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_export_redact_leaves_no_trace_in_any_format(unredacted, format_name):
    plain = export_text(export_bytes(unredacted, "open", format_name))
    assert leaked(plain)  # the planted data is there without --redact: the check below is not vacuous
    redacted = export_text(export_bytes(unredacted, "open", format_name, redact=True))
    assert leaked(redacted) == []
    assert re.search(r"\b[PM][1-9]\b", redacted)


def test_dashboard_uploads_redact_participants_with_the_same_pseudonyms(location, transcripts):
    from insights import explore
    from insights.redact import Redactor
    from insights.study import IngestOptions

    store = location.store_for("uploaded")
    participants = b"speaker,segment,email\nAnna Svensson,privatperson,anna.svensson@example.se\nKarin,moderator,\n"
    uploads = [("participants.csv", participants),
               ("intervju-1.txt", (transcripts / "intervju-1.txt").read_bytes())]
    redactor = Redactor()
    results = explore.add_uploads(store, "uploaded", uploads, IngestOptions(redactor=redactor))
    assert [r.name for r in results] == ["intervju-1.txt", "participants.csv"]  # transcripts first
    people = store.participants_table("uploaded").set_index("speaker")
    assert people.loc["P1", "segment"] == "privatperson" and people.loc["P1", "email"] == "[EMAIL]"
    assert people.loc["M1", "segment"] == "moderator"
    assert leaked(stored_bytes(location, "uploaded").decode("utf-8", "replace")) == []


def test_ingest_redact_gives_participants_their_speakers_pseudonyms(location, transcripts):
    result = runner.invoke(app, ["ingest", str(transcripts), "-s", "private", "--redact"])
    assert result.exit_code == 0, result.output  # "Interviewer" and "INTERVIEWER" are one person, not a crash
    store = location.store_for("private")
    people = store.participants_table("private").set_index("speaker")
    said = store.statements_table("private")
    anna = said.loc[said["text"].str.startswith("Jag ringde kommunen"), "speaker"].iloc[0]
    assert people.loc[anna, "segment"] == "privatperson" and people.loc[anna, "contact"] == "[EMAIL]"
    assert people.loc["M1", "segment"] == "moderator" and list(people.index).count("M1") == 1


def test_a_file_named_after_a_speaker_is_stored_under_the_pseudonym(location, tmp_path):
    named = tmp_path / "intervju-anna-svensson.txt"
    named.write_text(SWEDISH, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(named), "-s", "private", "--redact"]).exit_code == 0
    sessions = location.store_for("private").sessions_table("private")
    assert sessions["source"].tolist() == ["intervju-P1.txt"] and sessions["session"].tolist() == ["intervju-P1"]


def test_a_raw_label_like_a_pseudonym_never_joins_an_earlier_person(location, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("Moderator: Hur gick det?\nAnna Svensson: Det gick bra till slut med ansökan.\n", encoding="utf-8")
    later = tmp_path / "b.txt"
    later.write_text("Moderator: Hur gick det?\nP1: Jag är en annan person än Anna.\n", encoding="utf-8")
    for path in (first, later):
        assert runner.invoke(app, ["ingest", str(path), "-s", "private", "--redact"]).exit_code == 0
    said = location.store_for("private").statements_table("private")
    speakers = said[said["role"] == "participant"].groupby("session")["speaker"].first()
    assert speakers["a"] != speakers["b"]


def test_export_redact_covers_participant_columns_and_theme_keywords(unredacted):
    from insights.export.bundle import load_export
    from insights.export.redaction import redacted

    export = redacted(load_export(unredacted, "open"))
    assert leaked(export.statements.to_csv()) == []  # the participants' contact column rides on every row
    words = {word for keywords in export.themes["keywords"] for phrase in keywords for word in phrase.split()}
    assert not words & {"anna", "svensson", "janet", "okafor", "omar", "haddad", "sarah", "patel"}
