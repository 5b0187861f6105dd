"""Language per transcript, and the per-language tools built on it."""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Restricting the detector to the languages a study can contain is what makes
# it reliable: unrestricted, short Swedish answers ("Ja.", "Precis!") come out
# as Estonian or Norwegian.
DEFAULT_LANGUAGES = ("sv", "en")
_SAMPLE_CHARS = 20_000


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def check_languages(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The codes, if the detector knows them all; else one clear error."""
    from insights.errors import InvalidOption

    if not languages:
        raise InvalidOption("no languages given (e.g. --languages sv,en)")
    known = set(LanguageIdentifier.from_model_file(MODEL_FILE).nb_classes)
    unknown = [code for code in languages if code not in known]
    if unknown:
        raise InvalidOption(f"unknown language code {unknown[0]!r} (use ISO 639-1 codes such as sv, en, fi, ar)")
    return languages


def detect_language(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> str:
    """ISO 639-1 code of the most likely language of `text` among `languages`.

    Examples:
        >>> detect_language("Vi väntade i tre månader på beslutet.")
        'sv'
    """
    if len(languages) == 1:
        return languages[0]
    language, _probability = _identifier(tuple(languages)).classify(text[:_SAMPLE_CHARS])
    return language


@lru_cache(maxsize=8)
def sentence_splitter(language: str):
    """A blank spaCy pipeline with a rule-based sentencizer for `language`.

    No trained Swedish pipeline exists on PyPI; the sentencizer after splitting
    on speaker turns is what works offline for both languages.
    """
    import spacy  # imported here: 2 s that `insights --help` should not pay

    try:
        nlp = spacy.blank(language)
    except ImportError:
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


# Spoken-language fillers, hedges and intensifiers: stop words for keywords and
# content, not for sentiment (painpoints.py reads them itself).
FILLERS = frozenset(
    """asså alltså liksom typ eh ehm öh äh mm mhm hm hmm okej ok okay ja jaa nej nä precis exakt absolut
    bara ju väl nog kanske sådär sån sånt sånna grej grejen grejer sak saker lite ganska jättemycket
    jätte faktiskt verkligen egentligen ändå direkt tycka tänka känna säga gå komma göra få ta
    um uh er erm like yeah yes yep no nope right okay well mean know really just actually basically
    literally kind sort thing things stuff lot bit pretty quite very think say said feel get got go going
    come make take want honestly honest basically obviously probably maybe sure fine okay""".split()
)
# Thanks, apologies and greetings: content words to the lemmatiser, but they say nothing about
# a theme. Their lemmas are listed too ("cheers" is "cheer", "förlåt" is "förlåta", "hej" is
# "heja"). Not "tacka" ("tacka nej" declines) nor "please" (the lemma of "pleased").
COURTESIES = frozenset("tack förlåt förlåta ursäkta thanks thank sorry cheers cheer apologise apologize apology "
                       "apologies hej heja hejdå hallå hallåa hello hi hia bye goodbye".split())


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Swedish and English stop words (spaCy's) plus spoken fillers."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.sv.stop_words import STOP_WORDS as SWEDISH

    return frozenset(SWEDISH | ENGLISH | FILLERS)


_LETTERS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words of a transcriber's note ("[laughs]", "(skratt)", "[long pause]"): never speech, never a speaker.
TRANSCRIBER_NOTES = frozenset(
    """laughs laugh laughter laughing chuckles giggles sighs sigh coughs cough pause pauses silence inaudible
    unintelligible unclear crosstalk cross-talk overlapping music applause noise interruption interrupted
    smiles smiling nods nodding
    skratt skrattar fniss suckar suck hostar hosta paus tystnad ohörbart ohörbar otydligt överlapp
    överlappande musik applåder ljud avbrott avbryter ler nickar""".split()
)
_ANNOTATION = re.compile(r"\[[^\]]*\]|\((?:" + "|".join(sorted(map(re.escape, TRANSCRIBER_NOTES), key=len, reverse=True))
                         + r")\)", re.IGNORECASE)


@lru_cache(maxsize=200_000)  # a study's vocabulary is small; every step lemmatises the same words
def lemma(word: str, language: str) -> str:
    """simplemma's lemma of a lower-case word (91% on a Swedish check vs 63% for spaCy's tables)."""
    import simplemma

    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except ValueError:  # a language simplemma does not know
        return word


def may_carry_content(word: str) -> bool:
    """False for a lower-case word that cannot carry content whatever its lemma.

    Short tokens, stop words and fillers, contractions (function words), and one
    repeated letter: a redaction mask ("xxxxx", "xxxx-xx") or a sound ("mmm").
    """
    return (len(word) >= 3 and "'" not in word and "’" not in word and word not in stop_words()
            and len(set(word) - {"-"}) > 1)


def content_lemmas(text: str, language: str) -> list[str]:
    """Lemmas of the words that carry content: no stop words, fillers, masks or short tokens."""
    stops = stop_words()
    lemmas = []
    for word in _LETTERS.findall(_ANNOTATION.sub(" ", text.lower())):
        if not may_carry_content(word):
            continue
        base = lemma(word, language)
        if len(base) >= 3 and base not in stops:
            lemmas.append(base)
    return lemmas
