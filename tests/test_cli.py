"""The `insights` command end to end on the sample studies."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from insights.cli import app
from insights.store import STATEMENT_COLUMNS
from tests.conftest import SAMPLE_STUDIES

runner = CliRunner()
ENGLISH = SAMPLE_STUDIES / "blue-badge" / "transcripts"


@pytest.fixture
def ingested(location):
    result = runner.invoke(app, ["ingest", str(ENGLISH), "--study", "badge"])
    assert result.exit_code == 0, result.output
    return location


def test_cli_ingest_reports_each_file(ingested):
    result = runner.invoke(app, ["ingest", str(ENGLISH), "--study", "badge"])
    assert result.exit_code == 0
    assert "duplicate interview-1.txt: already in the study as interview-1.txt" in result.output
    assert "0 file(s) added" in result.output


def test_cli_studies_lists_the_study(ingested):
    result = runner.invoke(app, ["studies"])
    assert result.exit_code == 0
    assert "badge" in result.output and "en" in result.output


def test_cli_statements_csv_is_the_contract(ingested):
    result = runner.invoke(app, ["statements", "--study", "badge", "--format", "csv"])
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table.columns[: len(STATEMENT_COLUMNS)]) == STATEMENT_COLUMNS
    assert {"segment", "age_group", "district"} <= set(table.columns)
    assert set(table.source) == {p.name for p in ENGLISH.iterdir() if p.name != "participants.csv"}
    assert set(table.role) == {"participant"}
    assert "Priya" not in set(table.speaker)
    assert table.statement_id.is_unique


def test_cli_statements_json_and_table(ingested):
    records = json.loads(runner.invoke(app, ["statements", "--study", "badge", "--format", "json"]).stdout)
    assert records[0]["study"] == "badge" and records[0]["theme_id"] is None
    table = runner.invoke(app, ["statements", "--study", "badge"]).stdout
    assert records[0]["statement_id"] in table


def test_cli_sessions(ingested):
    result = runner.invoke(app, ["sessions", "--study", "badge"])
    assert "focus-group-1.vtt" in result.stdout and "vtt" in result.stdout


def test_cli_help_documents_every_command():
    result = runner.invoke(app, ["--help"])
    for command in ("ingest", "studies", "sessions", "statements"):
        assert command in result.output


def test_cli_unknown_study_is_one_line(tmp_path):
    env = {"INSIGHTS_HOME": str(tmp_path), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "insights.cli", "statements", "--study", "nope"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert done.stderr.strip() == "error: study 'nope' not found (studies: none yet)"


def test_cli_bad_database_url_is_one_line(tmp_path):
    env = {"INSIGHTS_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "insights.cli", "studies", "--db",
                           "postgresql+psycopg://nobody@127.0.0.1:1/none"], capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert done.stderr.startswith("error: cannot use the database:")
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.fixture
def analysed(ingested):
    result = runner.invoke(app, ["analyse", "--study", "badge", "--embedder", "hashing", "--themes", "6"])
    assert result.exit_code == 0, result.output
    return result


def test_cli_analyse_prints_summary_and_top_insights(analysed):
    assert "491 statements, 6 themes" in analysed.stdout
    assert "Top insights:" in analysed.stdout and "  1. " in analysed.stdout


def test_cli_themes_list_tree_pain_and_codebook(analysed, location, tmp_path):
    from insights.insights import theme_overview

    store = location.existing_store("badge")
    overview = theme_overview(store.statements_table("badge"), store.themes_table("badge"))
    listing = runner.invoke(app, ["themes", "--study", "badge"]).stdout
    assert "pain_share" in listing and "top_stage" in listing
    assert all(label in listing for label in overview["label"])
    tree = runner.invoke(app, ["themes", "--study", "badge", "--tree"]).stdout.splitlines()
    top_level = [line for line in tree if not line.startswith(" ")]
    assert 2 <= len(top_level) < 6  # top-level themes, each with its themes indented below
    assert sum(1 for line in tree if line.startswith("  ")) == len(overview) == 6
    by_pain = runner.invoke(app, ["themes", "--study", "badge", "--pain"]).stdout.splitlines()[1:]
    reach = (overview["pain_share"] * overview["speakers"]).round(2)
    first = overview.loc[reach.idxmax(), "label"]
    assert first in by_pain[0]
    path = tmp_path / "codebook.csv"
    runner.invoke(app, ["themes", "--study", "badge", "--save-codebook", str(path)])
    codebook = pd.read_csv(path)
    assert list(codebook.columns) == ["id", "label", "description", "examples"]
    assert codebook["label"].tolist() == overview["label"].tolist()
    assert codebook["examples"].str.len().gt(0).all()


def test_cli_insights_json_has_quotes(analysed):
    cards = json.loads(runner.invoke(app, ["insights", "--study", "badge", "--format", "json"]).stdout)
    assert cards[0]["rank"] == 1 and cards[0]["quotes"]
    assert {"speaker", "session", "text"} <= set(cards[0]["quotes"][0])


def test_cli_statements_filled_after_analysis(analysed):
    table = pd.read_csv(io.StringIO(runner.invoke(app, ["statements", "--study", "badge", "-f", "csv"]).stdout))
    assert table["theme_id"].notna().all() and table["kind"].notna().all()


def test_cli_edit_rename_shows_in_themes_and_undo(analysed):
    result = runner.invoke(app, ["edit", "--study", "badge", "rename", "0", "Parkering och skyltar"])
    assert result.exit_code == 0, result.output
    assert "Parkering och skyltar" in runner.invoke(app, ["themes", "--study", "badge"]).stdout
    assert "rename" in runner.invoke(app, ["edit", "--study", "badge", "list"]).stdout
    runner.invoke(app, ["edit", "--study", "badge", "undo"])
    assert "Parkering och skyltar" not in runner.invoke(app, ["themes", "--study", "badge"]).stdout


def test_cli_edit_unknown_theme_is_an_error(analysed):
    result = runner.invoke(app, ["edit", "--study", "badge", "rename", "99", "X"])
    assert result.exit_code != 0
    assert "theme 99 not found" in str(result.exception)


def test_cli_delete_asks_then_removes_the_study_file(ingested):
    study_file = ingested.home / "badge.sqlite"
    kept = runner.invoke(app, ["delete", "--study", "badge"], input="n\n")
    assert kept.exit_code != 0 and study_file.exists()
    gone = runner.invoke(app, ["delete", "--study", "badge", "--yes"])
    assert gone.exit_code == 0, gone.output
    assert "study 'badge' deleted" in gone.output
    assert not list(ingested.home.glob("badge.sqlite*"))
    assert runner.invoke(app, ["studies"]).output.startswith("No studies yet")


def test_cli_backup_copies_the_study_to_a_folder(ingested, tmp_path):
    import sqlite3

    out = tmp_path / "backups"
    out.mkdir()
    result = runner.invoke(app, ["backup", "--study", "badge", "--out", str(out)])
    assert result.exit_code == 0, result.output
    [copy] = out.glob("badge-*.sqlite")
    assert f"backed up badge to {copy}" in result.output
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM statements").fetchone()[0] > 100
    assert sorted(p.name for p in ingested.home.iterdir()) == ["badge.sqlite"]  # no -wal/-shm left behind


def test_cli_a_study_typed_in_nfd_is_the_same_study_everywhere(location, tmp_path):
    import unicodedata

    nfc, nfd = "blå", unicodedata.normalize("NFD", "blå")
    assert runner.invoke(app, ["ingest", str(ENGLISH / "interview-1.txt"), "--study", nfd]).exit_code == 0
    assert runner.invoke(app, ["sessions", "--study", nfc]).exit_code == 0
    backup = runner.invoke(app, ["backup", "--study", nfd, "--out", str(tmp_path / "copy.sqlite")])
    assert backup.exit_code == 0, backup.output
    assert runner.invoke(app, ["delete", "--study", nfd, "--yes"]).exit_code == 0
    assert not (location.home / f"{nfc}.sqlite").exists()


def test_cli_ingest_says_which_file_to_check(location, tmp_path):
    story = " ".join(["The boiler broke in January and nobody came for three weeks."] * 15)
    (tmp_path / "notes.txt").write_text(f"{story}\n\n{story}\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "notes.txt"), "--study", "odd"])
    assert result.exit_code == 0, result.output
    assert "check notes.txt: no speaker labels recognised: every paragraph is a turn of 'unknown'" in result.output
