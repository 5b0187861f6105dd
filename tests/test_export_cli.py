"""`insights export` end to end: every format from the command line, named, whole, or not at all."""

from __future__ import annotations

import zipfile

import pytest
from typer.testing import CliRunner

from insights.cli import app
from insights.export.formats import FORMATS, file_name

runner = CliRunner()
ZIPPED = {"docx", "xlsx", "qdpx"}


@pytest.fixture
def home(analysed_studies, monkeypatch):
    monkeypatch.setenv("INSIGHTS_HOME", str(analysed_studies.home))
    monkeypatch.delenv("INSIGHTS_DB", raising=False)
    return analysed_studies


def text_of(path) -> str:
    """All text in an export: the file itself, or every member of a zip format."""
    data = path.read_bytes()
    if data[:2] == b"PK":
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    return data.decode("utf-8-sig")


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_every_format_is_written_under_its_default_name(home, tmp_path, format_name):
    result = runner.invoke(app, ["export", "--study", "bygglov", "--format", format_name, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = tmp_path / file_name("bygglov", format_name)
    assert f"wrote {written}" in result.output
    assert [p.name for p in tmp_path.iterdir()] == [written.name]  # no temporary file left behind
    assert (written.read_bytes()[:2] == b"PK") == (format_name in ZIPPED)
    content = text_of(written)
    assert "Bygglov" in content or "bygglov" in content
    if format_name != "csv":  # the CSV is a clean table; every other format names its run
        run_id = home.store_for("bygglov").latest_run("bygglov")["id"]
        assert str(run_id) in content


def test_report_language_follows_the_study_unless_asked(home, tmp_path):
    swedish = tmp_path / "sv.md"
    english = tmp_path / "en.md"
    assert runner.invoke(app, ["export", "-s", "bygglov", "-f", "md", "-o", str(swedish)]).exit_code == 0
    assert runner.invoke(app, ["export", "-s", "bygglov", "-f", "md", "-o", str(english), "--lang", "en"]).exit_code == 0
    assert "Sammanfattning" in swedish.read_text() and "Summary" in english.read_text()


def test_effect_map_starts_from_the_given_purpose(home, tmp_path):
    out = tmp_path / "map.md"
    purpose = "Fler ska få rätt bygglov första gången"
    result = runner.invoke(app, ["export", "-s", "bygglov", "-f", "effectmap", "-o", str(out), "--purpose", purpose])
    assert result.exit_code == 0, result.output
    assert purpose in out.read_text()


@pytest.mark.parametrize("arguments, message", [
    (["-s", "nosuch", "-f", "html"], "study 'nosuch' not found"),
    (["-s", "bygglov", "-f", "html", "--lang", "de"], "language 'de' is not offered"),
])
def test_user_errors_are_one_line(home, tmp_path, arguments, message):
    from insights.cli import main

    result = runner.invoke(app, ["export", *arguments, "-o", str(tmp_path)], standalone_mode=True)
    assert result.exit_code != 0
    assert message in str(result.exception) or message in result.output
    assert list(tmp_path.iterdir()) == []
    assert main  # the entry point turns these InsightsErrors into one line (tested in test_cli)


def test_unanalysed_study_exports_statements_but_no_report(location, tmp_path):
    from tests.conftest import SAMPLE_STUDIES

    tmp_path = tmp_path / "out"

    assert runner.invoke(app, ["ingest", str(SAMPLE_STUDIES / "blue-badge" / "transcripts"), "-s", "fresh"]).exit_code == 0
    report = runner.invoke(app, ["export", "-s", "fresh", "-f", "html", "-o", str(tmp_path)])
    assert report.exit_code != 0 and "has not been analysed yet" in str(report.exception)
    assert runner.invoke(app, ["export", "-s", "fresh", "-f", "csv", "-o", str(tmp_path)]).exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["fresh.statements.csv"]


def test_a_failing_write_leaves_the_old_file_untouched(home, tmp_path, monkeypatch):
    out = tmp_path / "report.html"
    out.write_text("the report from last week")

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("insights.export.safe.os.replace", disk_full)
    result = runner.invoke(app, ["export", "-s", "bygglov", "-f", "html", "-o", str(out)])
    assert result.exit_code != 0
    assert str(result.exception) == f"cannot write {out}: No space left on device"
    assert out.read_text() == "the report from last week"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # the temporary file is gone too
