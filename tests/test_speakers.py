"""Speaker shapes in plain text: a table of inputs and the turns they must give."""

from __future__ import annotations

import pytest

from insights.ingest.speakers import parse_time, split_turns


def turns_of(text: str) -> list[tuple[str, str]]:
    _metadata, utterances = split_turns(text.split("\n"))
    return [(u.speaker, u.text) for u in utterances]


CASES = {
    "name colon": (
        "Anna: Jag sökte bygglov i mars.\nBo: Hur gick det?\nAnna: Det tog tid.",
        [("Anna", "Jag sökte bygglov i mars."), ("Bo", "Hur gick det?"), ("Anna", "Det tog tid.")],
    ),
    "upper-case names": (
        "INTERVIEWER: How did you apply?\nHELEN: Online, mostly.\nINTERVIEWER: And then?\nHELEN: I waited.",
        [("INTERVIEWER", "How did you apply?"), ("HELEN", "Online, mostly."), ("INTERVIEWER", "And then?"),
         ("HELEN", "I waited.")],
    ),
    "numbered speakers": (
        "SPEAKER 1: Welcome everyone.\nSPEAKER 2: Thanks.\nSPEAKER 1: Let's start.\nSPEAKER 2: Sure, go on.",
        [("SPEAKER 1", "Welcome everyone."), ("SPEAKER 2", "Thanks."), ("SPEAKER 1", "Let's start."),
         ("SPEAKER 2", "Sure, go on.")],
    ),
    "bracketed time then name": (
        "[00:01:02] Anna: Först ringde jag.\n[00:01:10] Karin: Vem svarade?",
        [("Anna", "Först ringde jag."), ("Karin", "Vem svarade?")],
    ),
    "name then time in brackets": (
        "Anna (00:01:02): Först ringde jag.\nKarin (00:01:10): Vem svarade?",
        [("Anna", "Först ringde jag."), ("Karin", "Vem svarade?")],
    ),
    "time then name": (
        "00:01:02 Anna: Först ringde jag.\n00:01:10 Karin: Vem svarade?",
        [("Anna", "Först ringde jag."), ("Karin", "Vem svarade?")],
    ),
    "teams word export": (
        "Anna Svensson   0:01:23\nFörst ringde jag kundcenter.\n\nKarin Berg   0:01:40\nVem svarade?\n",
        [("Anna Svensson", "Först ringde jag kundcenter."), ("Karin Berg", "Vem svarade?")],
    ),
    "speaker line then paragraphs": (
        "INTERVIEWER\nHow did it start?\n\nP3\nIt started with a letter.\nThen a phone call.\n\nINTERVIEWER\nOkay.\n\nP3\nYes.",
        [("INTERVIEWER", "How did it start?"), ("P3", "It started with a letter. Then a phone call."),
         ("INTERVIEWER", "Okay."), ("P3", "Yes.")],
    ),
    "speaker line ending in a colon": (
        "Anf. 1 Minister ANNA ÖST (X):\nHerr talman!\n\nAnf. 2 BO VÄST (Y):\nTack.\n\nAnf. 3 Minister ANNA ÖST (X):\nVarsågod.",
        [("Minister ANNA ÖST (X)", "Herr talman!"), ("BO VÄST (Y)", "Tack."), ("Minister ANNA ÖST (X)", "Varsågod.")],
    ),
    "speaker lines with wrapped paragraphs that open with a transcriber's note": (
        "INTERVIEWER\nHow did it start?\n\nFAITH\nThe floor went soft.\n[laughs] I put my foot through it.\n\n"
        "INTERVIEWER\nOh no.\n\nFAITH\n[laughs] Yes. Then the app said routine.\n[skratt] Twenty-eight days.",
        [("INTERVIEWER", "How did it start?"), ("FAITH", "The floor went soft. [laughs] I put my foot through it."),
         ("INTERVIEWER", "Oh no."), ("FAITH", "[laughs] Yes. Then the app said routine. [skratt] Twenty-eight days.")],
    ),
    "longer transcriber's notes opening lines": (
        "INTERVIEWER\nAnd then?\n\nFAITH\nNothing.\n[long pause] Nothing at all.\n\nINTERVIEWER\nNothing?\n\n"
        "FAITH\n[both laugh] No.\n[laughs softly] Really nothing.",
        [("INTERVIEWER", "And then?"), ("FAITH", "Nothing. [long pause] Nothing at all."), ("INTERVIEWER", "Nothing?"),
         ("FAITH", "[both laugh] No. [laughs softly] Really nothing.")],
    ),
    "bracketed speaker ids": (
        "[id1] I like the course.\n\n[id2] I struggle.\n\n[id1] Me too, a bit.",
        [("id1", "I like the course."), ("id2", "I struggle."), ("id1", "Me too, a bit.")],
    ),
    "unlabelled text": (
        "Vi var på möte i tisdags.\nDet gick bra.\n\nSen kom beslutet.",
        [("unknown", "Vi var på möte i tisdags. Det gick bra."), ("unknown", "Sen kom beslutet.")],
    ),
    "a colon inside a turn is not a speaker": (
        "Anna: Vi kom dit kl. 10:30 och väntade.\nObs: ljudet bröts här.\nKarin: Vad hände sen?\n"
        "Anna: Handläggaren sa: vänta.\nKarin: Okej.",
        [("Anna", "Vi kom dit kl. 10:30 och väntade. Obs: ljudet bröts här."), ("Karin", "Vad hände sen?"),
         ("Anna", "Handläggaren sa: vänta."), ("Karin", "Okej.")],
    ),
    "a sentence with a colon is not a speaker": (
        "Anna: Jag vet inte.\nMin fråga är därför: När kommer beslutet?\nKarin: Bra fråga.\nAnna: Ja.",
        [("Anna", "Jag vet inte. Min fråga är därför: När kommer beslutet?"), ("Karin", "Bra fråga."),
         ("Anna", "Ja.")],
    ),
    "an unlabelled paragraph continues the turn": (
        "Anna: Först det här.\n\nOch sedan det här.\nKarin: Jaha.",
        [("Anna", "Först det här.\nOch sedan det här."), ("Karin", "Jaha.")],
    ),
    "a speaker who speaks once": (
        "Karin: Välkomna.\nAnna: Tack.\nKarin: Vem börjar?\nAnna: Jag kan.\nErik Lund: Jag också.",
        [("Karin", "Välkomna."), ("Anna", "Tack."), ("Karin", "Vem börjar?"), ("Anna", "Jag kan."),
         ("Erik Lund", "Jag också.")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_speakers_shapes(text, expected):
    assert turns_of(text) == expected


def test_speakers_header_is_metadata_not_turns():
    text = ("Fokusgrupp bygglov\nDatum: 2024-03-12\nPlats: Stadshuset\nDeltagare: Anna, Bo\n\n"
            "Karin: Välkomna hit.\nAnna: Tack.\nKarin: Berätta.\nAnna: Gärna.")
    metadata, utterances = split_turns(text.split("\n"))
    assert [u.speaker for u in utterances] == ["Karin", "Anna", "Karin", "Anna"]
    assert metadata["Datum"] == "2024-03-12"
    assert metadata["Plats"] == "Stadshuset"
    assert metadata["header"].startswith("Fokusgrupp bygglov")
    assert [u.turn for u in utterances] == [0, 1, 2, 3]


def test_speakers_times_are_seconds():
    _metadata, utterances = split_turns(["[00:01:02] Anna: Hej.", "[01:00:00] Bo: Hej hej."])
    assert [u.start_s for u in utterances] == [62.0, 3600.0]


def test_speakers_line_numbers_and_page_footers_are_dropped():
    lines = ["1", "     Interview", "2    Dan: First question?", "", "3    Participant: An answer",
             "     that wraps.", "                       4/5", "4    Dan: Okay.", "5    Participant: Yes."]
    metadata, utterances = split_turns(lines)
    assert [(u.speaker, u.text) for u in utterances] == [
        ("Dan", "First question?"), ("Participant", "An answer that wraps."), ("Dan", "Okay."),
        ("Participant", "Yes.")]
    assert metadata["header"] == "Interview"


@pytest.mark.parametrize("value, seconds", [("1:02:03", 3723.0), ("01:02", 62.0), ("00:00:01,500", 1.5),
                                            ("0:0:0.210", 0.21), ("soon", None), (None, None)])
def test_speakers_parse_time(value, seconds):
    assert parse_time(value) == seconds
