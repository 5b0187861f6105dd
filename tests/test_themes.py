"""Theme building blocks: answers in context, turns as the clustered unit, a codebook's own words."""

from __future__ import annotations

import numpy as np
import pandas as pd

from insights.embed import normalise
from insights.themes import (Code, _z_per_column, answers_in_context, code_words, codebook_languages, discover,
                             informative, is_small_talk, refine_prototypes, representatives, score_codes, stage_affinity, study_words,
                             with_study_words,
                             turn_keys, unit_means, with_stages)


def statements(rows: list[tuple[str, int, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["source", "turn", "question", "text"])


def test_answer_in_context_is_the_question_then_the_whole_turn():
    table = statements([
        ("fg.vtt", 3, "What happened after you submitted?", "Nothing."),
        ("fg.vtt", 3, "What happened after you submitted?", "For weeks."),
        ("fg.vtt", 5, "And the fee?", "Ten pounds."),
        ("int.txt", 3, None, "Hello."),  # same turn number, other file: another turn; no question
    ])
    assert list(turn_keys(table)) == ["fg.vtt:3", "fg.vtt:3", "fg.vtt:5", "int.txt:3"]
    assert answers_in_context(table) == ["What happened after you submitted? Nothing. For weeks.",
                                         "What happened after you submitted? Nothing. For weeks.",
                                         "And the fee? Ten pounds.", "Hello."]


def test_unit_means_keep_first_seen_order_and_unit_length():
    features = np.array([[1.0, 0.0], [0.0, 1.0], [3.0, 0.0]], dtype=np.float32)
    index, means = unit_means(features, np.array(["b", "a", "b"]))
    assert list(index) == [0, 1, 0]
    np.testing.assert_allclose(means, [[1.0, 0.0], [0.0, 1.0]])


def test_statements_of_one_turn_share_its_theme():
    rng = np.random.default_rng(1)
    topics = normalise(rng.normal(size=(3, 24)))
    rows, units, topic_of = [], [], []
    for turn in range(60):  # 60 turns of 1-4 statements, each turn on one topic
        topic = turn % 3
        for _ in range(1 + turn % 4):
            rows.append(topics[topic] + rng.normal(scale=0.15, size=24))
            units.append(f"fg:{turn}")
            topic_of.append(topic)
    # a statement off topic inside a turn of topic 0 (turn 3, rows 6-9): it stays with its turn
    rows[6] = topics[2] + rng.normal(scale=0.05, size=24)
    labels = discover(normalise(np.vstack(rows)), seed=0, units=np.array(units))
    assert (pd.Series(labels).groupby(units).nunique() == 1).all()
    assert labels[6] == labels[7] == labels[0]
    assert pd.crosstab(labels, np.array(topic_of)).gt(0).sum(axis=1).eq(1).all()  # each theme one topic
    assert len(set(labels)) == 3


def test_code_words_match_compounds_and_inflections():
    codes = [Code("fees", "Avgifter", "Bygglovsavgiften, fakturan och taxan"),
             Code("neighbours", "Grannar", "Grannen som överklagade beslutet")]
    texts = ["Avgiften var för hög och fakturorna gick inte att förstå.",
             "Våra grannar överklagade till länsstyrelsen.",
             "Det regnade hela sommaren."]
    scores = code_words(codes, texts, ["sv"] * 3)
    assert scores.shape == (3, 2)
    assert scores[0, 0] > scores[0, 1] and scores[1, 1] > scores[1, 0]
    assert scores[2].max() < min(scores[0, 0], scores[1, 1])


def test_code_words_without_any_word_say_nothing():
    assert not code_words([Code("a", "A")], ["Ja.", "Nej."], ["sv", "sv"]).any()


def test_a_codebook_in_one_language_has_no_word_evidence_for_statements_in_another():
    codes = [Code("fees", "Avgifter", "Avgiften för hemtjänsten och fakturan varje månad"),
             Code("staff", "Personalen", "Personalen som kommer hem, nya ansikten varje dag")]
    texts = ["Fakturan var för hög.", "Personalen byts hela tiden.", "Nya ansikten varje dag, det är jobbigt.",
             "The invoice for the fees was too high.", "The staff change all the time."]
    languages = ["sv", "sv", "sv", "en", "en"]
    assert codebook_languages(codes, languages) == {"sv"}
    scores = code_words(codes, texts, languages)
    assert np.isnan(scores[3:]).all() and not np.isnan(scores[:3]).any()
    assert scores[0, 0] > scores[0, 1] and scores[1, 1] > scores[1, 0]
    standardised = _z_per_column(scores)
    assert (standardised[3:] == 0).all()  # neither for nor against any code
    assert standardised[0, 0] > 0 and np.isfinite(standardised).all()
    english = [Code("fees", "Fees", "The invoice and the monthly fees")]
    assert codebook_languages(english, languages) == {"en"}
    assert codebook_languages(english, ["sv", "sv"]) == {"sv"}  # one language: the study's


def test_codebook_languages_read_each_field_and_tolerate_odd_language_values():
    both = [Code("fees", "Avgifter", "Avgiften för hemtjänsten och fakturan varje månad"),
            Code("staff", "Staff", "The carers who come to the house, new faces every day")]
    assert codebook_languages(both, ["sv", "sv", "en"]) == {"sv", "en"}
    quoted = [Code("fees", "Avgifter", "Avgiften för hemtjänsten och fakturan", ["the invoice says nothing at all"])]
    assert codebook_languages(quoted, ["sv", "en"]) == {"sv"}  # examples are quotes, not the codebook's language
    scores = code_words(both, ["Fakturan var för hög.", "The invoice was far too high."], ["sv", "en"])
    assert not np.isnan(scores).any()  # a codebook in both languages speaks for both
    assert codebook_languages(both, ["xx", "xx", "xx", "sv"]) == {"sv"}  # unknown languages never win
    assert codebook_languages(both, [None, float("nan"), "sv"]) == {"sv"}
    assert not np.isnan(code_words(both, ["Fakturan.", "Avgiften.", "x"], ["xx", "xx", "sv"])).any()
    assert codebook_languages(both, ["sv", "zz"]) == {"sv"}  # a code the detector does not know


def test_codes_scored_by_embedding_and_words_together():
    features = normalise(np.array([[1.0, 0.1], [0.9, 0.2], [0.1, 1.0], [0.2, 0.9]]))
    prototypes = normalise(np.array([[1.0, 0.0], [0.0, 1.0]]))
    words = np.array([[0.0, 0.9], [0.1, 0.0], [0.0, 0.2], [0.0, 0.3]])  # row 0 names code 1's words outright
    embedding_only = score_codes(features, prototypes, np.zeros_like(words)).argmax(1)
    assert list(embedding_only) == [0, 0, 1, 1]
    assert list(score_codes(features, prototypes, words).argmax(1)) == [1, 0, 1, 1]


def test_code_prototypes_move_towards_the_statements_that_chose_them():
    prototypes = normalise(np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]))
    features = normalise(np.array([[0.8, 0.0, 0.6], [0.7, 0.1, 0.7], [0.1, 0.9, 0.0]]))
    refined = refine_prototypes(features, prototypes, chosen=np.array([0, 0, 1]), weight=0.5)
    said = normalise(features[:2].mean(0, keepdims=True))[0]
    assert refined[0] @ said > prototypes[0] @ said  # code 0 now reads like the statements that chose it
    assert np.allclose(refined[2], prototypes[2])  # no statement chose code 2: it stays as written
    assert np.allclose(np.linalg.norm(refined, axis=1), 1)


def test_journey_stage_breaks_near_ties_in_discovery_but_unknown_adds_nothing():
    features = normalise(np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0]]))
    staged = with_stages(features, np.array(["apply", "decision", "unknown"]), weight=0.15)
    assert staged.shape == (3, 4)  # two known stages, one column each
    assert np.allclose(np.linalg.norm(staged, axis=1), 1)
    assert np.allclose(staged[2, :2], features[2]) and not staged[2, 2:].any()
    assert staged[0] @ staged[1] < features[0] @ features[1]  # different stages: a little further apart
    assert with_stages(features, np.array(["unknown"] * 3), weight=0.15) is features


def test_a_code_learns_its_journey_stages_from_the_statements_that_chose_it():
    stages = np.array(["decision", "decision", "decision", "apply", "use", "apply", "use", "unknown"])
    chosen = np.array([0, 0, 0, 1, 1, 1, 1, 1])  # code 0 lives in "decision"; code 1 runs through apply and use
    affinity = stage_affinity(stages, chosen, n_codes=2)
    assert affinity.shape == (8, 2)
    assert affinity[0, 0] > 0 > affinity[0, 1]  # a decision statement leans to code 0
    assert affinity[3, 1] > 0 > affinity[3, 0]
    assert not affinity[7].any()  # unknown stage: no lean either way
    empty = stage_affinity(stages, np.zeros(8, dtype=int), n_codes=2)[:, 1]  # no row chose code 1
    assert np.allclose(empty, 0)
    like_the_study = stage_affinity(np.array(["apply", "use"] * 4), np.array([0, 0, 1, 1] * 2), n_codes=2)
    assert np.allclose(like_the_study, 0)  # both codes sit in the journey as the study does
    assert not stage_affinity(np.array(["unknown"] * 3), np.array([0, 1, 0]), n_codes=2).any()


def test_stage_profile_decides_a_statement_the_embeddings_leave_open():
    # rows 0-2: clearly code 0, in "decision"; rows 3-5: clearly code 1, in "apply"; row 6 sits between them
    features = normalise(np.array([[1.0, 0.1], [0.95, 0.2], [0.9, 0.1], [0.1, 1.0], [0.2, 0.95], [0.1, 0.9],
                                   [0.7, 0.71]]))
    prototypes = normalise(np.array([[1.0, 0.0], [0.0, 1.0]]))
    no_words = np.zeros((7, 2))
    without = score_codes(features, prototypes, no_words)
    assert without[6].argmax() == 1
    for stage, code in (("decision", 0), ("apply", 1)):
        stages = np.array(["decision"] * 3 + ["apply"] * 3 + [stage])
        assert score_codes(features, prototypes, no_words, stages)[6].argmax() == code


def test_codes_learn_the_words_participants_use_for_them_in_other_sessions():
    # Sessions a and b: statements about the receipt chose code 0, the phone queue code 1.
    said = ["Kvittot kom aldrig med posten.", "Jag fick aldrig något kvitto.",
            "Telefonkön var en timme lång.", "Jag satt i telefonkö hela förmiddagen."]
    texts = said + said + ["Kvittot försvann igen.", "Telefonkön igen, en timme."]
    groups = np.array(["a"] * 4 + ["b"] * 4 + ["c"] * 2)
    chosen = np.array([0, 0, 1, 1, 0, 0, 1, 1, 1, 0])  # session c's first guesses are the wrong way round
    learned = study_words(texts, ["sv"] * 10, chosen, groups, n_codes=3)
    assert learned.shape == (10, 3)
    assert learned[8, 0] > learned[8, 1] and learned[9, 1] > learned[9, 0]  # c is read by a and b's words
    assert learned[8, 2] < learned[8, 0]  # no statement chose code 2: it learns nothing
    scores = np.zeros((10, 3))
    scores[np.arange(10), chosen] = 1.0
    moved = with_study_words(scores, texts, ["sv"] * 10, groups)
    assert moved[:8].argmax(1).tolist() == chosen[:8].tolist()
    assert moved[8, 0] - moved[8, 1] > scores[8, 0] - scores[8, 1]  # the receipt statement moves towards code 0


def test_study_words_in_a_single_session_study_learn_from_its_other_answers():
    receipt = [f"Kvittot {word} kom aldrig." for word in ("från apoteket", "för hyran", "i januari", "till mig",
                                                            "för elen")]
    queue = [f"Telefonkön {word} var lång." for word in ("på morgonen", "till kundtjänst", "i april", "hos dem",
                                                         "efter lunch")]
    texts = receipt + queue
    chosen = np.array([0] * 5 + [1] * 5)
    learned = study_words(texts, ["sv"] * 10, chosen, np.array(["one"] * 10), n_codes=2)
    assert (learned[:5, 0] > learned[:5, 1]).all() and (learned[5:, 1] > learned[5:, 0]).all()
    # The statements of one answer share its text: they are scored together, by a model of the other answers.
    same_answer = study_words(["Kvittot kom aldrig."] * 2 + texts, ["sv"] * 12, np.array([1, 1, *chosen]),
                              np.array(["one"] * 12), n_codes=2)
    assert same_answer[0, 0] > same_answer[0, 1]  # its own first guess (code 1) did not vote for itself


def test_study_words_learn_nothing_from_a_single_code_or_no_shared_words():
    texts = ["Kvittot kom aldrig.", "Telefonkön var lång.", "Kvittot igen.", "Telefonkön igen."]
    groups = np.array(["a", "a", "b", "b"])
    assert np.isnan(study_words(texts, ["sv"] * 4, np.zeros(4, dtype=int), groups, n_codes=2)).all()
    assert np.isnan(study_words(["Ja.", "Nej.", "Kanske.", "Mm."], ["sv"] * 4, np.array([0, 1, 0, 1]), groups,
                                n_codes=2)).all()


def test_rows_no_model_could_score_keep_their_code_scores():
    # Session b chose only code 0, so session a's model learns nothing: a keeps its scores exactly,
    # rather than gaining as if every code fitted it perfectly.
    texts = ["Kvittot kom aldrig.", "Telefonkön var lång.", "Kvittot från apoteket.", "Telefonkön i april.",
             "Kvittot för hyran.", "Kvittot i januari."]
    groups = np.array(["a", "a", "a", "a", "b", "b"])
    scores = np.array([[1.0, 0.0], [0.0, 1.0], [0.8, 0.1], [0.2, 0.9], [1.0, 0.0], [0.9, 0.2]])
    moved = with_study_words(scores, texts, ["sv"] * 6, groups)
    np.testing.assert_allclose(moved[:4], scores[:4])
    assert (moved[4:, 0] > moved[4:, 1]).all()  # b is read by a's words: the receipt statements stay code 0


def test_a_theme_of_greetings_and_thanks_is_small_talk():
    goodbyes = ["Hej då!", "Tack för kaffet.", "Mm, det går bra.", "Hej, tack.", "Hallå, hör ni mig?"]
    assert is_small_talk(informative(goodbyes, ["sv"] * 5), np.zeros(5, dtype=bool))
    waiting = ["Beslutet tog fyra månader.", "Handläggaren svarade aldrig i telefon.", "Hej då!",
               "Jag väntade på beslut hela sommaren."]
    assert not is_small_talk(informative(waiting, ["sv"] * 4), np.zeros(4, dtype=bool))
    terse = ["Too expensive.", "Never again.", "Awful."]  # little said, but complaints
    assert not informative(terse, ["en"] * 3).any()
    assert not is_small_talk(informative(terse, ["en"] * 3), np.ones(3, dtype=bool))
    assert not is_small_talk(np.array([], dtype=bool), np.array([], dtype=bool))


def test_a_theme_is_quoted_by_statements_that_say_something_before_short_reactions():
    texts = ["Yes, all good, thanks.", "Sorry, yep.", "The parking permit renewal took three months.",
             "The permit office lost my renewal form twice.", "Renewal letters never arrive on time."]
    quotable = informative(texts, ["en"] * 5)
    assert quotable.tolist() == [False, False, True, True, True]
    # The two reactions sit closest to the centroid, yet the statements with content are quoted first.
    features = normalise(np.array([[1.0, 0.1], [1.0, 0.0], [0.8, 0.6], [0.8, -0.5], [0.6, 0.8]]))
    chosen = representatives(features, np.zeros(5, dtype=int), 0, ["A", "B", "C", "D", "E"], n=4,
                             quotable=quotable)
    assert chosen == [2, 4, 3, 0]
    assert representatives(features, np.zeros(5, dtype=int), 0, ["A", "B", "C", "D", "E"], n=2) == [0, 1]
    # What one person said well comes before another person's reaction.
    assert representatives(features, np.zeros(5, dtype=int), 0, ["B", "C", "A", "A", "A"], n=3,
                           quotable=[False, False, True, True, True]) == [2, 4, 3]
    assert representatives(features, np.zeros(5, dtype=int), 0, ["B", "C", "A", "A", "A"], n=5,
                           quotable=[False, False, True, True, True]) == [2, 4, 3, 0, 1]
