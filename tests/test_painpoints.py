"""Sentiment and kind per statement and per turn (insights.painpoints)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from insights.painpoints import (
    KINDS,
    LEXICON_DIR,
    analyse_statements,
    classify_kind,
    is_question,
    is_suggestion,
    load_lexicon,
    rule_labels,
    sentiment,
    service_pain_only,
    turn_label,
    turn_labels,
)


def kind_of(text: str, language: str) -> str:
    return classify_kind(text, language, sentiment(text, language))


# --- sentiment: negation, hedging, intensifiers, spoken markers -----------------------------

@pytest.mark.parametrize("text, language, sign", [
    # negated complaints are not complaints, negated praise is
    ("Det var inte dåligt alls.", "sv", 1),
    ("Det var inga problem.", "sv", 1),
    ("Inget konstigt, det gick smidigt.", "sv", 1),
    ("Det var inte särskilt smidigt.", "sv", -1),
    ("Det funkade inte.", "sv", -1),
    ("Handläggaren var inte hjälpsam.", "sv", -1),
    ("Not bad at all, to be honest.", "en", 1),
    ("It wasn't a problem.", "en", 1),
    ("Not helpful at all.", "en", -1),
    ("The website didn't work on my phone.", "en", -1),
    ("It was not great.", "en", -1),
    # spoken intensifiers and compounds
    ("Asså det var jättekrångligt.", "sv", -1),
    ("Helt sjukt att man ska behöva ringa fem gånger.", "sv", -1),
    ("Hon var skitbra, typ.", "sv", 1),
    ("Honestly it was a nightmare.", "en", -1),
    # public-service experiences without strong adjectives
    ("Ingen ringde tillbaka.", "sv", -1),
    ("Vi blev bollade mellan olika förvaltningar.", "sv", -1),
    ("Vi fick vänta i fyra månader.", "sv", -1),
    ("Nobody called back, I was on hold for forty minutes.", "en", -1),
    ("I was sent round in circles between departments.", "en", -1),
    ("The fee felt a bit rich.", "en", -1),
    ("Personalen i receptionen var väldigt hjälpsam.", "sv", 1),
    ("The e-service was quick and straightforward.", "en", 1),
    # a "but" clause outweighs the concession before it
    ("Formuläret var okej, men bilagorna var ett helvete.", "sv", -1),
    ("The wait was long, but the staff were brilliant.", "en", 1),
])
def test_sentiment_sign(text, language, sign):
    assert np.sign(sentiment(text, language)) == sign


@pytest.mark.parametrize("text, language", [
    ("Vi bor i Norrby och har ett radhus.", "sv"),
    ("Jag sökte bygglov för ett garage i våras.", "sv"),
    ("I applied online in March.", "en"),
    ("My mum is eighty-four and lives on her own.", "en"),
])
def test_sentiment_neutral_descriptions(text, language):
    assert abs(sentiment(text, language)) < 0.3
    assert kind_of(text, language) == "neutral"


@pytest.mark.parametrize("hedged, plain, language", [
    ("Det var ganska bra.", "Det var bra.", "sv"),
    ("Det var lite krångligt.", "Det var krångligt.", "sv"),
    ("It was kind of helpful.", "It was helpful.", "en"),
    ("It was a bit confusing.", "It was confusing.", "en"),
])
def test_sentiment_hedges_weaken(hedged, plain, language):
    assert 0 < abs(sentiment(hedged, language)) < abs(sentiment(plain, language))
    assert np.sign(sentiment(hedged, language)) == np.sign(sentiment(plain, language))


@pytest.mark.parametrize("strong, plain, language", [
    ("Det var väldigt bra.", "Det var bra.", "sv"),
    ("It was really confusing.", "It was confusing.", "en"),
])
def test_sentiment_intensifiers_strengthen(strong, plain, language):
    assert abs(sentiment(strong, language)) > abs(sentiment(plain, language))


@pytest.mark.parametrize("text, language", [
    ("", "sv"), ("Mm.", "sv"), ("Yeah.", "en"), ("[skratt]", "sv"),
    ("Helt sjukt krångligt, jättedåligt, värdelöst, katastrof, en mardröm!", "sv"),
    ("Brilliant, amazing, fantastic, perfect, lovely, so so helpful!", "en"),
])
def test_sentiment_stays_in_range(text, language):
    assert -1.0 <= sentiment(text, language) <= 1.0


# --- kinds ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language, kind", [
    # suggestions, not praise, even with good words in them
    ("Det hade varit bra om man kunde spara ett utkast.", "sv", "suggestion"),
    ("Det borde finnas ett direktnummer till handläggaren.", "sv", "suggestion"),
    ("Kommunen skulle behöva förklara avgiften innan man söker.", "sv", "suggestion"),
    ("Jag önskar att man fick en status i e-tjänsten.", "sv", "suggestion"),
    ("Varför kan man inte se var ärendet ligger?", "sv", "suggestion"),
    ("It would help if they told you how long it takes.", "en", "suggestion"),
    ("It would be nice to have one number to call.", "en", "suggestion"),
    ("They should send a text when the badge is posted.", "en", "suggestion"),
    ("Maybe they could add a save button.", "en", "suggestion"),
    ("Why can't they just let you upload a photo from your phone?", "en", "suggestion"),
    ("I wish there was a tracker like for parcels.", "en", "suggestion"),
    # wishes about the past are complaints
    ("I wish I'd known that from the start, it was a nightmare.", "en", "pain"),
    ("De borde ha sagt det från början, det var jättedåligt.", "sv", "pain"),
    # questions to the organisation or the group
    ("Vet ni om man måste söka bygglov för solceller?", "sv", "question"),
    ("Är det någon som har fått tillbaka avgiften?", "sv", "question"),
    ("Does anybody know if it counts in a supermarket car park?", "en", "question"),
    ("Is there a paper form you can ask for?", "en", "question"),
    # tag questions and uptalk are not questions
    ("Det var ju rätt krångligt, eller hur?", "sv", "pain"),
    ("The staff were lovely, weren't they?", "en", "praise"),
    # hedged praise is still praise, hedged complaints still pain
    ("Det var väl ganska smidigt ändå.", "sv", "praise"),
    ("To be fair, the form itself was quite clear.", "en", "praise"),
    ("Det var lite rörigt på hemsidan.", "sv", "pain"),
    ("It was a bit of a hassle, honestly.", "en", "pain"),
    # sympathy with another speaker is not the speaker's own pain
    ("That's awful, Alan.", "en", "neutral"),
    ("Oj, vad synd.", "sv", "neutral"),
])
def test_classify_kind(text, language, kind):
    assert kind_of(text, language) == kind


@pytest.mark.parametrize("text, language, expected", [
    ("Det hade varit bra om man fick ett sms.", "sv", True),
    ("Det hade varit bra att veta från början.", "sv", False),
    ("It would have been nice to know that earlier.", "en", False),
    ("You need to upload a photo.", "en", False),
    ("Three steps, that's all it would need.", "en", True),
])
def test_is_suggestion(text, language, expected):
    assert is_suggestion(text, language) is expected


@pytest.mark.parametrize("text, language, expected", [
    ("Jag undrar om det gäller fritidshus också.", "sv", True),
    ("Hur då?", "sv", False),
    ("She said, have you got a Blue Badge, Janet?", "en", False),
    ("Forty minutes?", "en", False),
    ("Can I ask whether this will change anything?", "en", True),
])
def test_is_question(text, language, expected):
    assert is_question(text, language) is expected


def test_unknown_language_falls_back_to_english():
    assert sentiment("The staff were lovely.", "de") > 0.3


# --- analyse_statements ---------------------------------------------------------------------

def statements_table() -> pd.DataFrame:
    return pd.DataFrame({
        "text": ["Ingen ringde tillbaka.", "Personalen var jättetrevlig.", "Vi bor i Norrby.",
                 "En e-tjänst där man kan spara utkast.", "Nobody tells you that.", None],
        "language": ["sv", "sv", "sv", "sv", "en", "en"],
        "question": ["Hur var väntan?", "", "Vem är du?", "Om ni fick ändra en sak, vad skulle det vara?",
                     "What happened next?", ""],
    }, index=[10, 11, 12, 20, 31, 40])


def test_analyse_statements_aligned_index_and_ranges():
    table = statements_table()
    result = analyse_statements(table)
    assert list(result.index) == list(table.index)
    assert list(result.columns) == ["sentiment", "kind"]
    assert result["sentiment"].between(-1, 1).all()
    assert set(result["kind"]) <= set(KINDS)


def test_analyse_statements_kinds_and_prompt_context():
    result = analyse_statements(statements_table())
    assert result["kind"].tolist() == ["pain", "praise", "neutral", "suggestion", "pain", "neutral"]


def test_analyse_statements_without_question_column_and_with_vectors():
    table = statements_table().drop(columns="question")
    vectors = np.eye(len(table), 8, dtype=np.float32)
    with_vectors = analyse_statements(table, vectors)
    assert with_vectors.equals(analyse_statements(table))
    assert with_vectors.loc[20, "kind"] == "neutral"


def test_analyse_statements_rejects_misaligned_vectors():
    with pytest.raises(ValueError, match="row-aligned"):
        analyse_statements(statements_table(), np.zeros((2, 8)))


def test_analyse_statements_empty():
    empty = pd.DataFrame({"text": [], "language": []})
    assert analyse_statements(empty).empty


# --- turn aggregation -----------------------------------------------------------------------

@pytest.mark.parametrize("sentiments, kinds, expected", [
    # a clear complaint makes the turn pain, however many neutral sentences surround it
    ([0.0, -0.7, 0.0, 0.1], ["neutral", "pain", "neutral", "neutral"], (-1, "pain")),
    # several weak negatives add up to a complaint
    ([-0.29, -0.29, 0.0], ["neutral", "neutral", "neutral"], (-1, "pain")),
    # one weak negative alone does not
    ([-0.2, 0.0], ["neutral", "neutral"], (0, "neutral")),
    # "it was fine, but…": complaints weigh more than a concession
    ([0.4, -0.6], ["praise", "pain"], (-1, "pain")),
    # clear praise with a small gripe is praise, but mixed
    ([0.9, 0.8, -0.4], ["praise", "praise", "pain"], (1, "praise")),
    ([0.7, -0.5], ["praise", "pain"], (0, "pain")),
    # an explicit suggestion is the point of a turn, unless the complaint dominates
    ([0.0, 0.0], ["suggestion", "neutral"], (0, "suggestion")),
    ([-0.5, 0.0], ["neutral", "suggestion"], (0, "suggestion")),
    ([-0.9, -0.8, -0.7, 0.0], ["pain", "pain", "pain", "suggestion"], (-1, "pain")),
    ([0.0, -0.3], ["question", "neutral"], (0, "question")),
    ([0.0], ["neutral"], (0, "neutral")),
    ([0.7], ["praise"], (1, "praise")),
])
def test_turn_label(sentiments, kinds, expected):
    assert turn_label(sentiments, kinds) == expected


def test_turn_labels_one_row_per_turn_in_order():
    rows = pd.DataFrame({
        "source": ["b.txt", "b.txt", "a.vtt", "a.vtt", "a.vtt"],
        "turn": [3, 3, 1, 1, 5],
        "sentiment": [-0.8, 0.0, 0.6, 0.1, 0.0],
        "kind": ["pain", "neutral", "praise", "neutral", "suggestion"],
    })
    labels = turn_labels(rows)
    assert labels.to_dict("records") == [
        {"source": "b.txt", "turn": 3, "sentiment": -1, "kind": "pain"},
        {"source": "a.vtt", "turn": 1, "sentiment": 1, "kind": "praise"},
        {"source": "a.vtt", "turn": 5, "sentiment": 0, "kind": "suggestion"},
    ]
    assert set(labels["sentiment"]) <= {-1, 0, 1}


def test_turn_about_the_persons_situation_is_negative_but_no_pain_point():
    rows = pd.DataFrame({
        "source": ["fg.vtt"] * 5,
        "turn": [1, 1, 1, 4, 4],
        "sentiment": [-0.8, -0.5, 0.0, -0.8, 0.0],
        "kind": ["pain", "pain", "neutral", "pain", "neutral"],
        "journey_stage": ["need", "need", "use", "need", "apply"],  # turn 4: a tie, "apply" comes first by name
    })
    assert turn_labels(rows).to_dict("records")[0]["kind"] == "pain"  # no stage set given: unchanged
    labels = turn_labels(rows, situation_stage="need").to_dict("records")
    assert labels == [{"source": "fg.vtt", "turn": 1, "sentiment": -1, "kind": "neutral"},
                      {"source": "fg.vtt", "turn": 4, "sentiment": -1, "kind": "pain"}]
    kinds = service_pain_only(rows["kind"], rows["journey_stage"], (rows["source"] + rows["turn"].astype(str)).to_numpy(),
                              "need")
    assert kinds.tolist() == ["neutral", "neutral", "neutral", "pain", "neutral"]


def test_rule_labels_keep_pain_for_the_service_and_not_for_the_situation():
    statements = pd.DataFrame({
        "source": ["fg.vtt"] * 3, "turn": [1, 1, 3], "language": ["en"] * 3,
        "text": ["My knee got so bad I could not manage the stairs.", "It was awful.",
                 "Nobody rang me back for six weeks, it was awful."],
    })
    labels = rule_labels(statements, None, None, pd.Series(["need", "need", "processing"]), "need")
    assert labels["kind"].tolist()[2] == "pain" and "pain" not in labels["kind"].tolist()[:2]
    assert labels["sentiment"].iloc[1] < 0  # a hard situation keeps its sentiment
    assert labels.index.equals(statements.index)


# --- lexicon files --------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["sv", "en"])
def test_lexicon_files_parse_without_duplicates(language):
    lexicon = load_lexicon(language)
    assert len(lexicon.phrases) > 300
    assert lexicon.negators and lexicon.suggestion and lexicon.prompts
    terms = [line.split("\t")[0] for line in (LEXICON_DIR / language / "sentiment.tsv").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(terms) == len(set(terms))
    weights = [float(line.split("\t")[1]) for line in (LEXICON_DIR / language / "sentiment.tsv").read_text("utf-8")
               .splitlines() if line.strip() and not line.startswith("#")]
    assert all(-3 <= w <= 3 for w in weights)
