"""Journey stages: stage-set files, and a stage per statement from text, question and place."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from insights.embed import HashingEmbedder
from insights.errors import InvalidOption
from insights.journey import (
    STAGES_DIR,
    UNKNOWN,
    CueMatcher,
    StageWeights,
    assign_stages,
    available_stage_sets,
    default_stage_set,
    is_open_question,
    load_stage_set,
    named_stage_set,
)

GENERIC_IDS = ["need", "find_info", "apply", "processing", "decision", "use", "follow_up"]


@pytest.fixture(scope="module")
def stages():
    return default_stage_set()


def conversation(*turns: tuple[str, list[str]], source: str = "fg.txt") -> pd.DataFrame:
    """Statements of one session: (question, [statements of one turn]) per turn."""
    rows = [{"text": text, "question": question, "source": source, "turn": 2 * number + 1, "language": "xx"}
            for number, (question, texts) in enumerate(turns) for text in texts]
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- stage-set files


def test_journey_default_stage_set(stages):
    assert stages.name == "service-journey"
    assert stages.ids == GENERIC_IDS
    assert [s.phase for s in stages.stages] == ["before", "before", "during", "during", "during", "after", "after"]
    find_info = stages.get("find_info")
    assert (find_info.label_for("sv"), find_info.label_for("en")) == ("Söka information", "Finding information")
    assert find_info.label_for("de") == "Finding information"
    assert all(s.description and len(s.examples) >= 6 and s.cues for s in stages.stages)


def test_journey_csv_example_is_the_yaml_set(stages):
    assert load_stage_set(STAGES_DIR / "service-journey.csv").stages == stages.stages


@pytest.mark.parametrize("name", ["bygglov", "blue-badge"])
def test_journey_study_sets_refine_the_generic_one(name, stages):
    study = named_stage_set(name)
    assert study.name == name and study.ids == stages.ids
    for generic, refined in zip(stages.stages, study.stages):
        assert refined.label == generic.label and refined.phase == generic.phase
        assert refined.examples[:len(generic.examples)] == generic.examples
        assert set(generic.cues) < set(refined.cues)


def test_journey_shipped_stage_sets_are_listed():
    assert {"service-journey", "bygglov", "blue-badge"} <= set(available_stage_sets())


@pytest.mark.parametrize("content, separator", [
    ("id,label,description\nbefore,Innan,Allt före\nafter,Efter,Allt efter\n", ","),
    ("id;label;description;examples;phase\nbefore;Innan;Allt före;Jag googlade | Jag ringde;before\n"
     "after;Efter;Allt efter;;after\n", ";"),
])
def test_journey_minimal_csv(tmp_path, content, separator):
    path = tmp_path / "mine.csv"
    path.write_text(content, encoding="utf-8")
    stage_set = load_stage_set(path)
    assert stage_set.name == "mine" and stage_set.ids == ["before", "after"]
    assert stage_set.get("before").label_for("sv") == "Innan"
    if separator == ";":
        assert stage_set.get("before").examples == ["Jag googlade", "Jag ringde"]
        assert stage_set.get("after").phase == "after"


def test_journey_yaml_with_plain_labels(tmp_path):
    path = tmp_path / "two.yaml"
    path.write_text("stages:\n  - {id: a, label: Start, description: The start, examples: [Hello]}\n"
                    "  - {id: b, label: {sv: Slut, en: End}, description: The end}\n", encoding="utf-8")
    stage_set = load_stage_set(path)
    assert stage_set.name == "two" and stage_set.ids == ["a", "b"]
    assert [s.label_for("sv") for s in stage_set.stages] == ["Start", "Slut"]


@pytest.mark.parametrize("name, content, message", [
    ("bad.csv", "id,description\na,x\n", "bad.csv: missing column label"),
    ("bad.csv", "label,description\nA,x\n", "bad.csv: missing column id"),
    ("bad.csv", "id,label,description\na,A,x\na,B,y\n", "bad.csv: duplicate stage id 'a'"),
    ("bad.csv", "id,label,description\n", "bad.csv: the stage set is empty"),
    ("bad.csv", "id,label,description,phase\na,A,x,later\n", "bad.csv: stage 'a' has phase 'later'"),
    ("bad.csv", "id,label,description\nunknown,A,x\n", "bad.csv: 'unknown' is reserved"),
    ("bad.yaml", "stages: []\n", "bad.yaml: the stage set is empty"),
    ("bad.yaml", "name: x\n", "bad.yaml: expected a top-level 'stages:' list"),
    ("bad.yaml", "stages:\n  - {id: a, label: A}\n  - {id: a, label: B}\n", "bad.yaml: duplicate stage id 'a'"),
    ("bad.yaml", "stages:\n  - {label: A}\n", "bad.yaml: stage 1 has no id"),
    ("bad.yaml", "stages: [\n", "bad.yaml: not valid YAML"),
    ("bad.yaml", "extends: nowhere\nstages: [{id: a}]\n", "bad.yaml: extends 'nowhere', which is neither"),
    ("bad.yaml", "extends: service-journey\nstages: [{id: waiting}]\n",
     "bad.yaml: stage 'waiting' is not in the extended set 'service-journey'"),
    ("bad.txt", "id,label,description\n", "bad.txt: a stage set must be a .yaml, .yml or .csv file"),
])
def test_journey_bad_stage_set_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidOption) as error:
        load_stage_set(path)
    assert str(error.value).startswith(message)


def test_journey_missing_file_and_unknown_names(tmp_path):
    with pytest.raises(InvalidOption, match="gone.yaml: stage set file not found"):
        load_stage_set(tmp_path / "gone.yaml")
    with pytest.raises(InvalidOption, match=r"stage set 'nope' not found \(stage sets: .*bygglov"):
        named_stage_set("nope")
    with pytest.raises(InvalidOption, match="stage 'waiting' is not in stage set 'service-journey'"):
        default_stage_set().get("waiting")


# --------------------------------------------------------------------------- evidence


@pytest.mark.parametrize("text, expected", [
    ("Jag letade på kommunens Hemsida", ["find_info", "find_info"]),
    ("the online form timed out", ["apply", "apply"]),
    ("and once you'd pressed submit, what happened?", ["processing"]),
    ("before you applied, did you know?", ["find_info"]),
    ("efter att ni skickat in, vad hände?", ["processing"]),
    ("innan beslutet kom", ["processing"]),
    ("det var en vanlig tisdag", []),
    ("the plumber did a good job", ["use", "use"]),  # a service used through visits
    ("Personalen är snälla men chauffören kom sent", ["use", "use"]),
    ("mamma lagade all mat själv", []),  # "lagade" is cooking here, not repairing
    ("the surveyor looked at the wall", []),  # a surveyor is not a satisfaction survey
    ("I got a satisfaction survey afterwards", ["follow_up", "follow_up"]),
    ("I had to pay for a replacement", ["decision", "follow_up"]),
])
def test_journey_cue_matches(stages, text, expected):
    assert [stages.ids[i] for i in CueMatcher(stages).matches(text)] == expected


@pytest.mark.parametrize("question, expected", [
    ("Om ni fick ändra en sak, vad skulle det vara?", True),
    ("If you could change one thing about the whole process, what would it be?", True),
    ("Is there anything you'd like to add?", True),
    ("Något mer?", True),
    ("Hur hittade ni information?", False),
    ("How long did you have to wait?", False),
])
def test_journey_open_questions(question, expected):
    assert is_open_question(question) is expected


# --------------------------------------------------------------------------- assignment


@pytest.mark.parametrize("question, answer, expected", [
    ("Hur hittade ni information?", "Det var inte så lätt, faktiskt.", "find_info"),
    ("Hur tog ni reda på vad som gällde?", "Min granne hade gjort samma sak året innan.", "find_info"),
    ("How did you find out about the badge?", "It took a while, to be honest.", "find_info"),
    ("Where did you look for information before you applied?", "My neighbour had done it the year before.",
     "find_info"),
    ("Hur var det att fylla i ansökan?", "Det tog en hel kväll.", "apply"),
    ("What was it like filling in the form?", "It took the whole evening.", "apply"),
    ("How long did you have to wait?", "Ages, honestly.", "processing"),
    ("Hur var det att få beslutet?", "Jag blev glad men lite förvirrad.", "decision"),
    ("What happened when it came up for renewal?", "I started all over.", "follow_up"),
])
def test_journey_question_names_the_stage(stages, question, answer, expected):
    result = assign_stages(conversation((question, [answer])), stages)
    assert result.journey_stage.tolist() == [expected]
    assert result.stage_confidence.iloc[0] >= 0.4


@pytest.mark.parametrize("text", ["Det var en vanlig tisdag.", "It was a Tuesday, I think."])
def test_journey_no_evidence_stays_unknown(stages, text):
    result = assign_stages(conversation(("", [text])), stages)
    assert result.journey_stage.tolist() == [UNKNOWN]
    assert 0 < result.stage_confidence.iloc[0] < 0.4


def test_journey_statement_text_beats_a_vague_question(stages):
    result = assign_stages(conversation(("Och sen?", ["Vi fick avslag och beslutet saknade motivering."])), stages)
    assert result.journey_stage.tolist() == ["decision"]


def test_journey_smoothing_shares_a_turns_stage(stages):
    statements = conversation(("Berätta!", ["Ja, jag kan börja.", "Jag letade på kommunens hemsida i flera veckor.",
                                            "Till slut gav jag upp."]))
    smoothed = assign_stages(statements, stages)
    assert smoothed.journey_stage.tolist() == ["find_info"] * 3
    no_memory = dataclasses.replace(StageWeights(), stay_in_turn=1 / 7, stay_same_question=1 / 7,
                                    stay_new_question=1 / 7, forward_share=6 / 7)
    alone = assign_stages(statements, stages, weights=no_memory)
    assert alone.journey_stage.tolist() == [UNKNOWN, "find_info", UNKNOWN]


def test_journey_smoothing_carries_over_to_later_answers_but_not_after_open_questions(stages):
    statements = conversation(
        ("Hur var det att vänta på beslutet?", ["Vi hörde ingenting på tre månader."]),
        ("Hur var det att vänta på beslutet?", ["Samma här, det var frustrerande."]),
        ("Om ni fick ändra en sak, vad skulle det vara?", ["Ärligt talat vet jag inte."]),
    )
    assert assign_stages(statements, stages).journey_stage.tolist() == ["processing", "processing", UNKNOWN]


def test_journey_sessions_are_smoothed_apart(stages):
    first = conversation(("Hur var beslutet?", ["Beslutet var obegripligt."]), source="a.txt")
    second = conversation(("Berätta!", ["Det var en vanlig tisdag."]), source="b.txt")
    result = assign_stages(pd.concat([first, second], ignore_index=True), stages)
    assert result.journey_stage.tolist() == ["decision", UNKNOWN]


def test_journey_keeps_the_index_and_handles_empty_input(stages):
    statements = conversation(("Hur hittade ni information?", ["Jag googlade.", "Sen ringde jag."]))
    statements.index = [10, 20]
    result = assign_stages(statements, stages)
    assert list(result.index) == [10, 20] and list(result.columns) == ["journey_stage", "stage_confidence"]
    empty = assign_stages(statements.iloc[:0], stages)
    assert empty.empty and list(empty.columns) == ["journey_stage", "stage_confidence"]


def test_journey_with_an_embedder(stages):
    statements = conversation(
        ("Hur hittade ni information?", ["Jag letade på kommunens webbplats.", "Det stod ingenting om garage."]),
        ("How long did you have to wait?", ["Nobody told me where my application was for weeks."]),
    )
    embedder = HashingEmbedder()
    with_embedder = assign_stages(statements, stages, embedder=embedder)
    with_vectors = assign_stages(statements, stages, vectors=embedder.encode(statements.text.tolist()),
                                 embedder=embedder)
    assert with_embedder.journey_stage.tolist() == ["find_info", "find_info", "processing"]
    pd.testing.assert_frame_equal(with_embedder, with_vectors)
    assert with_embedder.stage_confidence.between(0, 1).all()


def test_journey_vectors_must_align(stages):
    statements = conversation(("Hur hittade ni information?", ["Jag googlade."]))
    with pytest.raises(InvalidOption, match="got 2 vectors for 1 statements"):
        assign_stages(statements, stages, vectors=np.zeros((2, 8)))


def test_journey_own_stage_set_without_cues(tmp_path):
    path = tmp_path / "school.csv"
    path.write_text("id,label,description,examples\n"
                    "choose,Välja skola,Jämföra skolor och läsa om dem,Vi jämförde tre skolor | Jag läste recensioner\n"
                    "apply,Söka plats,Skicka in skolvalet,Jag fyllde i skolvalet på nätet\n"
                    "start,Börja skolan,Första dagarna i skolan,Första veckan grät hon varje morgon\n",
                    encoding="utf-8")
    statements = conversation(("Hur valde ni?", ["Vi jämförde skolor i flera veckor."]),
                              ("Och första tiden?", ["Första veckan var tuff."]))
    assert assign_stages(statements, load_stage_set(path)).journey_stage.tolist() == ["choose", "start"]


def test_journey_learns_where_in_a_session_each_stage_is_talked_about():
    from insights.journey import _position_prior

    position = np.linspace(0, 1, 41)
    placed = np.zeros((41, 7))
    placed[:4, 0] = 1.0  # the need, told at the start
    placed[4:36, 5] = 1.0  # then the care itself, through most of the session
    placed[36:, 6] = 1.0
    weights = StageWeights(position_pseudo_count=1.0)
    learned = _position_prior(position, placed, weights)
    middle = 20
    assert learned[middle].argmax() == GENERIC_IDS.index("use")
    assert learned[0].argmax() == GENERIC_IDS.index("need") and learned[-1].argmax() == GENERIC_IDS.index("follow_up")
    # Nothing placed: stage k sits at k/(K-1), processing mid-session.
    plain = _position_prior(position, np.zeros((41, 7)), weights)
    assert plain[middle].argmax() == GENERIC_IDS.index("processing")
    assert plain[0].argmax() == 0 and plain[-1].argmax() == 6


def test_journey_a_session_that_dwells_on_using_the_service_is_sure_of_its_middle(stages):
    use = ["Personalen kommer varje morgon och det fungerar.", "I vardagen fungerar hjälpen bra.",
           "Numera kan jag duscha varje dag.", "Since I got it I use it every day."]
    turns = [("Hur började det?", ["Jag behövde hjälp efter att jag föll i köket."])]
    turns += [("Och i vardagen?", [use[number % 4]]) for number in range(30)]
    quiet = [12, 16, 20]  # no cue at all, mid-session
    for row in quiet:
        turns[row] = ("Och sen?", ["Det blev som det blev."])
    turns += [("Och efteråt?", ["Jag lämnade ett klagomål efteråt."])]
    statements = conversation(*turns)
    learned = assign_stages(statements, stages)
    journey_order = assign_stages(statements, stages, weights=StageWeights(position_pseudo_count=1e9))
    assert learned.journey_stage.iloc[quiet].tolist() == ["use"] * 3
    surer = learned.stage_confidence.iloc[quiet] - journey_order.stage_confidence.iloc[quiet]
    assert (surer > 0).all() and surer.mean() > 0.03
    assert learned.journey_stage.iloc[-1] == "follow_up"


def test_journey_without_any_evidence_a_long_session_follows_the_journey_order(tmp_path):
    path = tmp_path / "steps.csv"
    path.write_text("id,label,description\nfirst,Första,\nsecond,Andra,\nthird,Tredje,\n", encoding="utf-8")
    statements = conversation(*[("Berätta.", [f"Mening nummer {number}."]) for number in range(60)])
    result = assign_stages(statements, load_stage_set(path), weights=StageWeights(stay_new_question=1 / 3,
                                                                                  forward_share=2 / 3))
    assert result.journey_stage.iloc[2] == "first" and result.journey_stage.iloc[-3] == "third"
    assert result.journey_stage.iloc[30] == "second"


def test_journey_an_answer_with_its_own_cue_is_less_framed_by_the_question(stages):
    from insights.journey import _conversation, _lexical_evidence

    statements = conversation(("Hur hittade ni information?", ["Det var i mars."]),
                              ("Hur hittade ni information?", ["Jag fyllde i formuläret på nätet."]))
    weights = StageWeights(question_decay=1.0)
    evidence = _lexical_evidence(_conversation(statements), stages, weights)
    unframed = _lexical_evidence(_conversation(statements), stages, dataclasses.replace(weights, question_yield=0.0))
    find_info, apply = stages.ids.index("find_info"), stages.ids.index("apply")
    assert evidence[0, find_info] == unframed[0, find_info] > 0  # nothing of its own: the question frames it fully
    assert 0 < evidence[1, find_info] < unframed[1, find_info]  # its own words weigh against the question
    assert evidence[1, apply] == unframed[1, apply] > evidence[1, find_info]
