"""Theme labels: phrases people used, distinctive for the theme, said by several people."""

import pytest

from insights.labels import compose_label, first_names, statement_phrases, theme_labels
from insights.language import COURTESIES, lemma


@pytest.mark.parametrize("text, language, expected", [
    ("Väntan på beslutet var lång.", "sv", "väntan på beslutet"),
    ("Proof of address was the hard part", "en", "proof of address"),
    ("Eh, alltså, handläggaren ringde aldrig", "sv", "handläggaren"),
])
def test_phrases_keep_the_words_as_written(text, language, expected):
    assert expected in statement_phrases(text, language).values()


@pytest.mark.parametrize("text, language, absent", [
    ("Det var, liksom, väntan. På beslutet", "sv", "väntan på beslutet"),  # no phrase across clauses
    ("och det är så", "sv", "det"),  # stop words are never phrases
    ("I don't know", "en", "don't"),
])
def test_phrases_stop_at_clause_breaks_and_skip_function_words(text, language, absent):
    assert absent not in statement_phrases(text, language).values()


def test_label_is_the_shared_distinctive_phrase():
    texts = ["Väntan på beslutet tog tre månader.", "Jag ringde om väntan på beslut varje vecka.",
             "Väntan på beslutet var värst.", "Avgiften för bygglovet var hög.", "Avgiften var orimlig.",
             "Jag förstod inte avgiften."]
    speakers = ["Anna", "Bo", "Cem", "Anna", "Bo", "Cem"]
    labels = theme_labels(texts, ["sv"] * 6, speakers, [0, 0, 0, 1, 1, 1])
    assert labels[0].lower().startswith("väntan på beslut")
    assert labels[1].lower().startswith("avgiften")


def test_a_phrase_one_person_repeats_does_not_name_the_theme():
    texts = ["My neighbour Gerald complains.", "Gerald again, my neighbour Gerald.", "Parking permit renewal.",
             "The parking permit lapsed.", "Renewal of the parking permit was slow."]
    labels = theme_labels(texts, ["en"] * 5, ["A", "A", "B", "C", "D"], [0, 0, 0, 0, 0])
    assert "gerald" not in labels[0].lower() and "parking permit" in labels[0].lower()


def test_weak_words_alone_never_label_a_theme():
    texts = ["I waited weeks.", "It took weeks and weeks.", "Weeks went by before the assessment.",
             "The assessment came late."]
    labels = theme_labels(texts, ["en"] * 4, ["A", "B", "C", "D"], [0, 0, 0, 0])
    assert labels[0].lower().startswith("assessment")


def test_label_joins_a_second_idea_only_when_short():
    assert compose_label([(("avgift",), "avgiften"), (("bygglov",), "bygglovet")], "sv") == "Avgiften och bygglovet"
    three = (("proof", "address"), "proof of address")
    assert compose_label([three, (("letter",), "letter")], "en") == "Proof of address and letter"


def test_a_verb_form_or_a_redaction_mask_alone_never_labels_a_theme():
    texts = ["I sat there and uploaded the photo.", "The photo upload failed, I sat for an hour.",
             "I sat and uploaded the photo again.", "XXXXX told me the photo was too dark, XXXXX said so."]
    labels = theme_labels(texts, ["en"] * 4, ["A", "B", "C", "D"], [0, 0, 0, 0])
    assert labels[0].lower().startswith("photo")
    assert "sat" not in labels[0].lower().split() and "xxxxx" not in labels[0].lower()
    svenska = ["Jag ritade och ritat om ritningen.", "Ritningen granskas fortfarande, har ritat tre.",
               "Vi har ritat ritningen två gånger."]
    label = theme_labels(svenska, ["sv"] * 3, ["A", "B", "C"], [0, 0, 0])[0].lower()
    assert "ritningen" in label and label != "ritat"  # inside a phrase ("ritat om ritningen") the verb may stay


def test_a_theme_without_a_shared_phrase_is_named_in_its_speakers_own_words():
    texts = ["The steep ramp at the library is the worst.", "Parking wardens were kind to me.",
             "My carer pushes me up the steep ramp."]
    labels = theme_labels(texts, ["en"] * 3, ["A", "B", "A"], [0, 0, 0])
    assert labels[0].lower().startswith("steep ramp")  # said twice by one person, as written, not a lemma


def test_names_of_places_and_schools_never_label_a_theme():
    texts = ["We put Danesmoor first because of the bus route.", "Danesmoor was full, the bus route is long.",
             "My son wanted Danesmoor, the bus route goes past it.", "The EHCP review took months.",
             "Nobody read the EHCP review."]
    labels = theme_labels(texts, ["en"] * 5, ["A", "B", "C", "D", "E"], [0, 0, 0, 1, 1])
    assert "danesmoor" not in labels[0].lower() and "bus route" in labels[0].lower()
    assert "ehcp" in labels[1].lower()  # an acronym is a term, not a name


def test_thanks_and_apologies_never_label_a_theme():
    texts = ["Thanks, sorry, the letter never came.", "Sorry, thanks for asking, the letter was late.",
             "Thanks. The letter said no.", "Sorry!", "Cheers, the letter came.", "Cheers!"]
    labels = theme_labels(texts, ["en"] * 6, ["A", "B", "C", "D", "A", "B"], [0] * 6)
    assert labels[0].lower().startswith("letter")
    svenska = ["Tack, förlåt, beslutet kom aldrig.", "Förlåt, tack. Beslutet var fel.", "Tack! Beslutet dröjde."]
    assert "beslutet" in theme_labels(svenska, ["sv"] * 3, ["A", "B", "C"], [0, 0, 0])[0].lower()


def test_courtesies_are_listed_with_their_lemmas():
    assert all(lemma(word, language) in COURTESIES for word in COURTESIES for language in ("sv", "en"))


def test_participants_first_names_never_label_a_theme():
    texts = ["Peter fick gå på anpassade gymnasiet.", "Anpassade gymnasiet var bra för Peter.",
             "Efter anpassade gymnasiet blev det Verkstan.", "Peter vill ha lön."]
    label = theme_labels(texts, ["sv"] * 4, ["A", "B", "C", "A"], [0] * 4)[0].lower()
    assert "anpassade gymnasiet" in label and "peter" not in label.split()


def test_a_first_name_that_is_also_a_word_stays_a_word():
    assert not first_names(["Vi betalar per månad.", "Per månad blir det mycket."])
    assert first_names(["Jag pratade med Per om det."]) == {"per"}


@pytest.mark.parametrize("word, language", [
    ("fyrtiofem", "sv"), ("hundrafemtiotusen", "sv"), ("thirteen", "en"), ("twenty-five", "en"),
    ("mamma", "sv"), ("dad", "en"), ("snäll", "sv"), ("different", "en"),
])
def test_numbers_family_words_and_evaluations_alone_never_label_a_theme(word, language):
    texts = [f"{word.capitalize()} {rest}" for rest in (["sa att avgiften var hög", "igen, avgiften kom sent",
                                                        "här, avgiften en gång till"] if language == "sv" else
                                                       ["said the fee was high", "again, the fee came late",
                                                        "here, the fee once more"])]
    label = theme_labels(texts, [language] * 3, ["A", "B", "C"], [0] * 3)[0].lower()
    assert label.startswith("avgift" if language == "sv" else "fee")


def test_web_and_mail_addresses_are_not_phrases():
    found = statement_phrases("Mejla bygglov@varnby.se eller gå till www.varnby.se/bygglov, eller example.com", "sv")
    assert not {"se", "com", "www", "example"} & {word for phrase in found.values() for word in phrase.split()}
