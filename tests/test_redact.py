"""Redaction of personal data (insights.redact): planted data goes, ordinary words stay, pseudonyms hold."""

from __future__ import annotations

import csv
import io
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from insights.errors import InsightsError, InvalidOption, UnreadableFile
from insights.redact import (
    DETECTORS,
    TOKENS,
    Redactor,
    find_personal_data,
    is_generic_label,
    load_mapping,
    load_names,
    name_parts,
    redact_text,
    save_mapping,
)


def luhn(nine: str) -> str:
    """The check digit, computed here independently of the module under test."""
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(nine))
    return str((10 - total % 10) % 10)


def pnr(birth: str, serial: str = "987", sep: str = "-") -> str:
    """A valid personnummer for `birth` (YYMMDD or YYYYMMDD; day + 60 for a samordningsnummer)."""
    short = birth[-6:]
    return f"{birth}{sep}{serial}{luhn(short + serial)}"


def wrong_check(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


SPEAKERS = [("Anna Svensson", "participant"), ("Karin", "moderator"), ("Per Olsson", "participant"),
            ("Lars-Göran Berg", "participant"), ("Janet", "participant"), ("DANIEL", "participant"),
            ("Interviewer", "moderator")]


@pytest.fixture
def redactor() -> Redactor:
    return Redactor(SPEAKERS)


# -- planted personal data: gone after redact(), replaced by the right token ------------

PLANTED = [
    # e-mail addresses
    ("EMAIL", "Hade det kommit till mig, {}, så hade jag fixat det.", "tomas.eklund.bygg@example.com"),
    ("EMAIL", "Skriv till {} så svarar vi.", "Åsa.Öberg@alvstad.kommun.se"),
    ("EMAIL", "Email me at {}.", "j.smith+badge@council.gov.uk"),
    ("EMAIL", "Funktionsbrevlådan heter {} numera.", "bygglov(at)alvstad.se"),
    # phone numbers, Swedish forms
    ("PHONE", "Ring mig på {} efter lunch.", "070-123 45 67"),
    ("PHONE", "Ring mig på {} efter lunch.", "0701234567"),
    ("PHONE", "Växeln har {}, tryck 2.", "08-123 456 78"),
    ("PHONE", "Växeln har {}, tryck 2.", "08 12 34 56"),
    ("PHONE", "Kontoret i Göteborg: {}.", "031-12 34 56"),
    ("PHONE", "Numret är {} om du ringer utifrån.", "+46 70 123 45 67"),
    ("PHONE", "Numret är {} om du ringer utifrån.", "+46(0)70-123 45 67"),
    ("PHONE", "Numret är {} om du ringer utifrån.", "+46 (0)70 123 45 67"),
    ("PHONE", "Numret är {} om du ringer utifrån.", "0046 70 123 45 67"),
    ("PHONE", "Numret är {} om du ringer utifrån.", "+46 8 123 456 78"),
    ("PHONE", "Kundtjänst ({}) svarade aldrig.", "0771-123 456"),
    # phone numbers, international and UK forms
    ("PHONE", "Call the office on {} any weekday.", "+44 20 7946 0958"),
    ("PHONE", "My cousin in Ohio is {} if you need him.", "+1 (555) 123-4567"),
    ("PHONE", "Yeah, of course, my mobile is {}, if I don't pick up.", "07700 900218"),
    ("PHONE", "The council number is {}.", "020 7946 0958"),
    ("PHONE", "Or try {} instead.", "(555) 123-4567"),
    # personnummer in every form, and samordningsnummer (day + 60)
    ("PERSONNUMMER", "Mitt personnummer är {}.", pnr("19811218")),
    ("PERSONNUMMER", "Hon angav {} på blanketten.", pnr("811218")),
    ("PERSONNUMMER", "Hon angav {} på blanketten.", pnr("811218", sep="")),
    ("PERSONNUMMER", "Hon angav {} på blanketten.", pnr("811218", sep=" ")),
    ("PERSONNUMMER", "Hon angav {} på blanketten.", pnr("19811218", sep="")),
    ("PERSONNUMMER", "Hon angav {} på blanketten.", pnr("19811218", sep=" ")),
    ("PERSONNUMMER", "Min farfar har {} (över hundra).", pnr("190512", "123", sep="+")),
    ("PERSONNUMMER", "Född på skottdagen: {}.", pnr("000229", "456")),
    ("PERSONNUMMER", "Samordningsnummer {} fick han.", pnr("811278")),
    ("PERSONNUMMER", "Han fick {} som samordningsnummer.", pnr("19920391", "234", sep="")),
    ("PERSONNUMMER", "My Swedish number is {}, the nurse said.", pnr("19750615", "111")),
    ("PERSONNUMMER", "Personnummer: {} (felskrivet).", wrong_check(pnr("850312", "123"))),
    ("PERSONNUMMER", "pnr {}", wrong_check(pnr("19850312", "123"))),
    # names: the study's speakers, as written, in parts, in genitive
    ("NAME", "Jag heter {} och bor i Norrby.", "Anna Svensson"),
    ("NAME", "Det var {} ansökan som fastnade.", "Annas"),
    ("NAME", "Sen ringde {} till mig.", "Svensson"),
    ("NAME", "{}, vad tycker du?", "Karin"),
    ("NAME", "{} hade samma erfarenhet.", "Lars-Göran"),
    ("NAME", "Jag håller med {} där.", "Per"),
    ("NAME", "So, {}, thanks ever so much for doing this.", "Janet"),
    ("NAME", "It was {} idea, really.", "Janet's"),
    ("NAME", "I'm {} and I care for my mum.", "Daniel"),
    # names: people mentioned by name
    ("NAME", "Vi fick prata med handläggaren {}, hon var bra.", "Eva"),
    ("NAME", "Then Mrs {} rang back the next day.", "Patel"),  # the title stays
    ("NAME", "And Dr. {} said it was fine.", "Khan"),
    ("NAME", "Jag ringde {} om saken.", "Erik"),
    ("NAME", "Recorded on Teams; interviewer {}.", "Helen Carter"),
    ("NAME", "Det var {} firma som byggde.", "Tomas Eklunds"),
    ("NAME", "{} came with his sister.", "Will Smith"),
    ("NAME", "Grannen heter {} och är snäll.", "Hans Berg"),
    ("NAME", "{} var handläggare förut.", "Maj Andersson"),
    ("NAME", "It's for my mum, {}. She's eighty-four.", "Grace"),
    ("NAME", "I live in Riverside with my partner, {}.", "Sam"),
    ("NAME", "{} och hennes man kom också.", "Fatima Ali"),
    ("NAME", "Min kollega {} har samma problem.", "Anna-Karin Ek"),
    ("NAME", "I asked {} about it.", "Mark"),
]


@pytest.mark.parametrize(("kind", "sentence", "planted"), PLANTED)
def test_redact_removes_planted_data(redactor, kind, sentence, planted):
    text = sentence.format(planted)
    redacted = redactor.redact(text)
    assert planted not in redacted
    assert TOKENS[kind] in redacted or (kind == "NAME" and re.search(r"\b[PM]\d+\b", redacted))
    # Everything around the planted data is kept as it was.
    before, _, after = sentence.partition("{}")
    assert redacted.startswith(before) and redacted.endswith(after.removeprefix("'s"))


@pytest.mark.parametrize(("kind", "sentence", "planted"), PLANTED)
def test_find_personal_data_reports_the_planted_span(kind, sentence, planted):
    text = sentence.format(planted)
    speakers = [name for name, _role in SPEAKERS]
    spans = find_personal_data(text, speakers)
    found = [s for s in spans if s.kind == kind]
    assert found, spans
    offset = sentence.index("{}")
    assert any(s.start == offset for s in found), found
    assert all(text[s.start:s.end] == s.text for s in spans)


# -- ordinary text that looks like personal data: survives byte for byte -----------------

UNTOUCHED = [
    "Beslutet kom 2026-03-12 och vi började bygga den 12/3.",
    "Det var år 2024, eller kanske 2019-2021.",
    "Det kostade 15 000 kronor plus 1 500 kr i avgift.",
    "Ärendet har nummer BN 2025-000123 och dnr 2024/1234.",
    "Telefontiden är kl. 14.30 till 15.00, eller 08:30-17:00.",
    "Ungefär 45 % fick avslag, och 0,5 procent överklagade.",
    "Det tog 3-4 veckor, och 10-15 procent var kompletteringar.",
    "Bygglov är svårt. Boverket säger nåt annat.",
    "Ansökan kom in i maj och beslutet den 3 maj.",
    "Maj 2026 började vi bygga.",
    "Det kostar 200 kronor per månad.",
    "Per månad blir det mycket pengar.",
    "Han tog hans bil till kommunen.",
    "Hans bil stod kvar på tomten.",
    "Bo i Lund är fint. Jag vill bo här.",
    "Inga problem alls, sa hon.",
    "Klara sig själv kunde han inte.",
    "The Blue Badge came on Monday, not Tuesday.",
    "In May we applied, and by June 2025 it had come.",
    "May I ask how long it took?",
    "Will you apply again? Mark my words, they will refuse.",
    "Bill me later, she said. Grace period is ten days.",
    "Ring växeln om det gäller fastigheten Norrby 1:23.",
    "Vi var i Göteborg och Stockholm, sen i Thailand.",
    "My son said Mum, that's a scam, it's free on the council.",
    "I got through after about twenty minutes at 10:30 on a Tuesday.",
    "It costs £10 now, up from £2.50 in 2012, about 400%.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_redact_keeps_ordinary_text(redactor, text):
    redacted = redactor.redact(text)
    assert redacted == text
    assert redacted is text  # nothing found, nothing rebuilt
    assert find_personal_data(text, [name for name, _role in SPEAKERS]) == []


def test_invalid_personnummer_without_a_cue_is_not_flagged():
    # A wrong checksum with no cue word is most likely something else (an order number).
    text = f"Ordernummer {wrong_check(pnr('850312', '123'))} skickades."
    assert redact_text(text) == text


@settings(max_examples=60, deadline=None)
@given(year=st.integers(1900, 2025), month=st.integers(1, 12), day=st.integers(1, 28),
       serial=st.integers(0, 999), coordination=st.booleans(),
       form=st.sampled_from(["long-", "long", "short-", "short", "short ", "short+"]))
def test_every_valid_personnummer_is_redacted(year, month, day, serial, coordination, form):
    birth = f"{year:04d}{month:02d}{day + (60 if coordination else 0):02d}"
    sep = {"-": "-", " ": " ", "+": "+"}.get(form[-1], "")
    number = pnr(birth if form.startswith("long") else birth[2:], f"{serial:03d}", sep)
    redacted = redact_text(f"Numret var {number} enligt blanketten.")
    assert redacted == "Numret var [PERSONNUMMER] enligt blanketten."


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö .,!?\n", max_size=200))
def test_lower_case_text_is_never_changed(text):
    assert Redactor(SPEAKERS).redact(text) == text


# -- pseudonyms ----------------------------------------------------------------------------


def test_pseudonyms_follow_role_and_first_appearance():
    redactor = Redactor([("Karin", "moderator"), ("Anders", "participant"), ("Leila", "participant"),
                         ("Johanna Lindqvist", "moderator"), ("Anders", "participant")])
    assert redactor.mapping == {"Karin": "M1", "Anders": "P1", "Leila": "P2", "Johanna Lindqvist": "M2"}
    assert redactor.pseudonym("Bengt", "participant") == "P3"
    assert redactor.pseudonym("ANDERS", "participant") == "P1"  # the same label, however it is written
    assert redactor.pseudonym("  Leila ", "moderator") == "P2"  # the first role sticks


@pytest.mark.parametrize("label", ["Interviewer", "INTERVIEWER", "Moderator", "Respondent 2", "P3", "IP1",
                                   "Deltagare 1", "Intervjuare", "Speaker_1"])
def test_generic_labels_still_get_a_pseudonym_but_are_not_names(label):
    redactor = Redactor([("Janet", "participant"), (label, "participant")])
    assert redactor.mapping[label] == "P2"
    assert is_generic_label(label) and name_parts(label) == []
    # The role word in a sentence is left alone.
    text = "The interviewer asked, and the respondent answered."
    assert redactor.redact(text) == text


def test_generic_p_label_does_not_collide_with_pseudonyms():
    redactor = Redactor([("Janet", "participant"), ("P1", "participant"), ("P4", "participant")])
    assert redactor.mapping == {"Janet": "P1", "P1": "P2", "P4": "P3"}


@pytest.mark.parametrize("label", ["unknown", "", "Okänd"])
def test_missing_speaker_label_stays_as_it_is(label):
    redactor = Redactor([(label, "participant"), ("Janet", "participant")])
    assert redactor.pseudonym(label) == label
    assert redactor.mapping == {"Janet": "P1"}


def test_pseudonyms_consistent_across_files_through_the_mapping_file(tmp_path):
    first_file = Redactor([("Johanna Lindqvist", "moderator"), ("Erik Holm", "participant"),
                           ("Tove Nilsson", "participant")])
    assert first_file.redact("Erik Holm och Tove pratade med Johanna.") == "P1 och P2 pratade med M1."
    path = save_mapping(first_file.mapping, tmp_path / "mapping" / "bygglov.csv")

    loaded = load_mapping(path)
    assert loaded == first_file.mapping
    later = Redactor([("Samira Haddad", "moderator"), ("Tove Nilsson", "participant"),
                      ("Jonas Wikström", "participant")], mapping=loaded)
    assert later.mapping == {"Johanna Lindqvist": "M1", "Erik Holm": "P1", "Tove Nilsson": "P2",
                             "Samira Haddad": "M2", "Jonas Wikström": "P3"}
    # A speaker of an earlier file mentioned in a later one keeps her pseudonym.
    assert (later.redact("Jonas sa att Toves granne Erik hade samma problem.")
            == "P3 sa att P2:s granne P1 hade samma problem.")
    assert loaded == first_file.mapping  # copied by the Redactor, not changed


def test_speakers_sharing_a_first_name():
    redactor = Redactor([("Anna Berg", "participant"), ("Anna Lind", "participant"), ("Anna", "moderator")])
    assert redactor.redact("Anna Berg och Anna Lind.") == "P1 och P2."
    # "Anna" alone is the speaker called exactly that.
    assert redactor.redact("Tack, Anna.") == "Tack, M1."
    both = Redactor([("Anna Berg", "participant"), ("Anna Lind", "participant")])
    assert both.redact("Tack, Anna.") == "Tack, [NAME]."  # could be either: no pseudonym


def test_another_person_with_a_speakers_first_name(redactor):
    assert redactor.redact("Anna Berg är inte samma som Anna Svensson.") == "[NAME] är inte samma som P1."


@pytest.mark.parametrize(("text", "expected"), [
    ("Annas bygglov", "P1:s bygglov"),
    ("Svenssons hus", "P1:s hus"),
    ("Janet's son", "P4's son"),
    ("Janet’s son", "P4’s son"),
    ("Eriks firma", "[NAME]:s firma"),
    ("Mrs Patel's badge", "Mrs [NAME]'s badge"),
])
def test_genitive_stays_readable(redactor, text, expected):
    assert redactor.redact(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Per, hur var det?", "P2, hur var det?"),  # a known speaker addressed at sentence start
    ("Per tycker att det är krångligt.", "Per tycker att det är krångligt."),  # could be "per"
    ("Sen kom Per Olsson in.", "Sen kom P2 in."),
    ("Jag pratade med Per om det.", "Jag pratade med P2 om det."),
])
def test_ambiguous_speaker_names_need_context_at_sentence_start(redactor, text, expected):
    assert redactor.redact(text) == expected


def test_known_speaker_called_may_is_not_the_month():
    redactor = Redactor([("May", "participant")])
    text = "In May we applied. May said it was fine. See you 3 May."
    assert redactor.redact(text) == "In May we applied. P1 said it was fine. See you 3 May."


def test_redact_table():
    df = pd.DataFrame({
        "speaker": ["Karin", "Anders", "Leila", "unknown", "Anders"],
        "role": ["moderator", "participant", "participant", "participant", "participant"],
        "text": ["Välkomna! Anders, vill du börja?", "Ring mig på 070-123 45 67.", "Leila heter jag.",
                 None, "Min mejl är anders@example.se, och Leila har samma."],
        "turn": [0, 1, 2, 3, 4],
    })
    original = df.copy()
    redactor = Redactor()
    out = redactor.redact_table(df, ["text"], "speaker")
    assert list(out["speaker"]) == ["M1", "P1", "P2", "unknown", "P1"]
    assert list(out["text"][:3]) == ["Välkomna! P1, vill du börja?", "Ring mig på [PHONE].", "P2 heter jag."]
    assert pd.isna(out["text"][3])
    assert out["text"][4] == "Min mejl är [EMAIL], och P2 har samma."
    assert list(out["turn"]) == [0, 1, 2, 3, 4]
    pd.testing.assert_frame_equal(df, original)  # the input is not changed
    assert redactor.mapping == {"Karin": "M1", "Anders": "P1", "Leila": "P2"}


def test_redact_table_names_a_missing_column():
    with pytest.raises(InsightsError, match="no column 'utterance'"):
        Redactor().redact_table(pd.DataFrame({"speaker": ["A"]}), ["utterance"], "speaker")


def test_redact_table_mentions_of_later_speakers_are_pseudonymised():
    df = pd.DataFrame({"speaker": ["Nils Åkesson", "Birgitta Lund"], "role": ["moderator", "participant"],
                       "text": ["Birgitta, berätta!", "Ja, Nils."]})
    out = Redactor().redact_table(df, ["text"], "speaker")
    assert list(out["text"]) == ["P1, berätta!", "Ja, M1."]


# -- the mapping file ----------------------------------------------------------------------


def test_mapping_round_trip_keeps_odd_labels(tmp_path):
    mapping = {"Anna Svensson": "P1", "=HYPERLINK(\"x\")": "P2", "'quoted'": "M1", "Åsa, \"Ö\"": "P3",
               "-Ben": "P4"}
    path = save_mapping(mapping, tmp_path / "m.csv")
    raw = path.read_text(encoding="utf-8")
    assert raw.splitlines()[0] == "original,pseudonym"
    cells = [cell for row in csv.reader(io.StringIO(raw)) for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]  # no cell runs as a formula
    assert load_mapping(path) == mapping
    assert not list(tmp_path.glob(".*.part"))  # written atomically, no leftovers


@pytest.mark.parametrize(("content", "message"), [
    (b"name,alias\nAnna,P1\n", 'header "original,pseudonym"'),
    (b"", 'header "original,pseudonym"'),
    (b"original,pseudonym\nAnna,Person 1\n", "line 2: expected a label and a pseudonym"),
    (b"original,pseudonym\nAnna,P1,extra\n", "line 2: expected 2 columns"),
    (b"original,pseudonym\nAnna,P1\nErik,P1\n", "pseudonym P1 is given to two speakers"),
    (b"original,pseudonym\nAnna,P1\nANNA,P2\n", "'ANNA' has two pseudonyms"),
    (b"original,pseudonym\n\xff\xfeA\x00", "cannot read the mapping file"),
])
def test_bad_mapping_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "mapping.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=re.escape(message)) as error:
        load_mapping(path)
    assert str(error.value).startswith("mapping.csv: ")


def test_missing_mapping_file(tmp_path):
    with pytest.raises(UnreadableFile, match="nope.csv: no such mapping file"):
        load_mapping(tmp_path / "nope.csv")


def test_mapping_file_with_bom_and_blank_lines(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes("\ufefforiginal,pseudonym\r\nAnna,P1\r\n\r\nKarin,M1\r\n".encode())
    assert load_mapping(path) == {"Anna": "P1", "Karin": "M1"}


# -- the detector registry and the lexicons -------------------------------------------------


def test_detectors_by_name():
    text = "Anna Svensson, anna@example.se, 0701234567"
    assert [s.kind for s in find_personal_data(text, detectors=["email"])] == ["EMAIL"]
    assert sorted(DETECTORS) == ["email", "name", "personnummer", "phone"]
    with pytest.raises(InvalidOption, match="unknown detector 'ssn'.*available: personnummer, email"):
        find_personal_data(text, detectors=["ssn"])


def test_overlaps_resolve_to_one_span():
    text = "Skriv till Anna.Svensson@kommun.se i dag."
    spans = find_personal_data(text)
    assert [(s.kind, s.text) for s in spans] == [("EMAIL", "Anna.Svensson@kommun.se")]


def test_name_lexicons_are_large_and_lower_case():
    names = load_names()
    assert len(load_names(("sv",)).first) >= 400 and len(load_names(("en",)).first) >= 400
    assert all(word == word.casefold() for word in names.first)
    assert names.first["per"] == "?" and names.first["maj"] == "!" and names.first["may"] == "!"
    assert {"handläggaren", "mrs", "dr"} <= names.titles


# -- the sample studies: no speaker's name and no planted contact detail survives ----------


@pytest.mark.parametrize("study", ["bygglov", "blue-badge"])
def test_sample_study_utterances(analysed_studies, study):
    store = analysed_studies.store_for(study)
    utterances = store.utterances_table(study)
    participants = store.participants_table(study)
    redactor = Redactor(zip(participants["speaker"], participants.get("segment", "participant"), strict=True))
    out = redactor.redact_table(utterances, ["text"], "speaker")

    before, after = "\n".join(utterances["text"]), "\n".join(out["text"])
    assert all(re.fullmatch(r"[PM]\d+|unknown", speaker) for speaker in out["speaker"])
    assert set(out["speaker"]) - {"unknown"} == set(redactor.mapping.values())
    for label in set(utterances["speaker"]) | set(participants["speaker"]):
        for part in name_parts(label):
            left = re.findall(rf"\b{re.escape(part.title())}\b", after)
            # Only a name that is also an ordinary word may stay, at the start of a sentence.
            assert not left or load_names().first.get(part.lower()) == "?", (part, len(left))
    planted = {"bygglov": ["tomas.eklund.bygg@example.com"],
               "blue-badge": ["07700 900218", "danny.mensah84@gmail.com"]}[study]
    for item in planted:
        assert item in before and item not in after
    ordinary = "Bygglov" if study == "bygglov" else "Blue Badge"
    assert ordinary in after
