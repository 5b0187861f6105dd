"""Shared fixtures: a fresh store per test, the sample studies, shared corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
# Child processes the tests start load tests/offline/sitecustomize.py: no network for them either.
OFFLINE_SITE = Path(__file__).resolve().parent / "offline"
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OFFLINE_SITE), os.environ.get("PYTHONPATH")]))

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SAMPLE_STUDIES = DATA / "studies"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run the heavy reliability tests (marked slow); CI sets INSIGHTS_SLOW_TESTS=1")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow") or os.environ.get("INSIGHTS_SLOW_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="heavy reliability test: run with --slow (CI does)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def location(tmp_path, monkeypatch):
    """A store location under a temporary INSIGHTS_HOME."""
    from insights.store import StoreLocation

    home = tmp_path / "home"
    monkeypatch.setenv("INSIGHTS_HOME", str(home))
    return StoreLocation(home=home)


@pytest.fixture
def store(location):
    return location.store_for("s")


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/ is not present next to the checkout")
    return SHARED


POSTGRES_URL = os.environ.get("INSIGHTS_TEST_POSTGRES_URL")


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL: set INSIGHTS_TEST_POSTGRES_URL (.ci/run starts one with .ci/start-postgres)")
    import uuid

    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield POSTGRES_URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_location(request, tmp_path):
    """A store location on each backend: SQLite files, then one PostgreSQL database."""
    from insights.store import StoreLocation

    if request.param == "sqlite":
        return StoreLocation(home=tmp_path / "home")
    return StoreLocation(url=request.getfixturevalue("postgres_url"))


HOSTILE_STATEMENT = "The form said <script>alert('x')</script> and =HYPERLINK(\"http://evil\") to me."
HOSTILE_TRANSCRIPT = "\n".join([
    "Interviewer: What did the form say when it went wrong?",
    f"Robin: {HOSTILE_STATEMENT}",
    "Interviewer: And then what happened?",
    "Robin: Then I phoned the council about the badge form again and waited a week.",
]).encode()


@pytest.fixture(scope="session")
def analysed_studies(tmp_path_factory):
    """Both sample studies with their participants, analysed without a model (hashing embedder).

    Shared by many tests: read it, never change it (copy the study file first).
    blue-badge also holds a transcript with hostile text (HOSTILE_STATEMENT).
    """
    from insights.analysis import AnalysisSettings, analyse
    from insights.store import StoreLocation
    from insights.study import add_transcript, ingest_paths

    location = StoreLocation(home=tmp_path_factory.mktemp("analysed-home"))
    for study in ("bygglov", "blue-badge"):
        store = location.store_for(study)
        ingest_paths(store, study, [SAMPLE_STUDIES / study / "transcripts"])  # participants.csv is in there
        if study == "blue-badge":
            add_transcript(store, study, HOSTILE_TRANSCRIPT, "odd-input.txt")
        analyse(store, study, AnalysisSettings(embedder="hashing", stages=study))
    return location
