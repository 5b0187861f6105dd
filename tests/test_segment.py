"""Participant turns to statements: sentences, fillers, merging, questions."""

from __future__ import annotations

import pytest

from insights.ingest import parse_transcript
from insights.segment import is_filler, last_question, segment, split_statements


@pytest.mark.parametrize("text", ["Mm.", "Ja.", "Precis!", "Eh…", "Yeah, right.", "Mm-hmm.", "Ja precis, ja.",
                                  "[skratt] Ja.", "Okej.", "Uh-huh.", "Thank you."])
def test_segment_fillers_are_recognised(text):
    assert is_filler(text)


@pytest.mark.parametrize("text", ["Ja, det var jobbigt.", "Nej, aldrig igen.", "Right, the form timed out."])
def test_segment_content_is_not_filler(text):
    assert not is_filler(text)


@pytest.mark.parametrize("text, language, expected", [
    ("Det tog tre månader. Ingen ringde tillbaka till oss. Mm.", "sv",
     ["Det tog tre månader.", "Ingen ringde tillbaka till oss."]),
    ("Ja. Precis. Vi fick vänta på beslutet i flera veckor.", "sv",
     ["Vi fick vänta på beslutet i flera veckor."]),
    ("It was fine. Sort of. The upload kept failing on my phone.", "en",
     ["It was fine. Sort of.", "The upload kept failing on my phone."]),
    ("The letter came. Too late.", "en", ["The letter came. Too late."]),
    ("Yeah.", "en", []),
])
def test_segment_split_statements(text, language, expected):
    assert split_statements(text, language) == expected


def test_segment_statements_carry_question_speaker_and_turn():
    transcript = parse_transcript((
        "Moderator: Välkomna. Hur hittade ni information om bygglov?\n"
        "Anna: Jag letade på kommunens webbplats i flera kvällar.\n"
        "Moderator: Mm.\n"
        "Bo: Jag ringde kundcenter direkt istället.\n"
        "Moderator: Och ansökan? Hur gick den?\n"
        "Anna: Precis.\n"
        "Anna: E-tjänsten krånglade när jag laddade upp ritningarna.\n").encode(), name="fg.txt")
    statements = segment(transcript)
    assert [(s.speaker, s.turn, s.text, s.question) for s in statements] == [
        ("Anna", 1, "Jag letade på kommunens webbplats i flera kvällar.", "Hur hittade ni information om bygglov?"),
        ("Bo", 3, "Jag ringde kundcenter direkt istället.", "Hur hittade ni information om bygglov?"),
        ("Anna", 5, "E-tjänsten krånglade när jag laddade upp ritningarna.", "Och ansökan? Hur gick den?"),
    ]
    assert {s.language for s in statements} == {"sv"}
    assert {s.source for s in statements} == {"fg.txt"} and {s.session for s in statements} == {"fg"}


def test_segment_last_question_without_question_mark_is_the_turn():
    assert last_question("Berätta om beslutet.") == "Berätta om beslutet."


@pytest.mark.parametrize("text", [
    "Tre korta ord. " + " ".join(["ord"] * 150) + ".",
    " ".join(["ord"] * 149) + ". Kort här.",
    " ".join(["word"] * 400),
])
def test_segment_merging_short_sentences_never_passes_the_word_cap(text):
    from insights.segment import MAX_STATEMENT_WORDS

    pieces = split_statements(text, "sv")
    assert all(len(piece.split()) <= MAX_STATEMENT_WORDS for piece in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())  # nothing lost or added
