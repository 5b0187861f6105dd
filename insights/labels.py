"""Theme labels a person would write: the phrases that set a theme apart.

A keyword list ("Badge, year, park") says what words are frequent; a
researcher labels a theme with a phrase ("Parking in practice", "väntan på
beslut"). Candidates are runs of one to three words taken from the
statements themselves, starting and ending with a content word, with at most
one linking word inside ("väntan på beslut", "proof of address"). Phrases are
matched across inflections by the lemmas of their content words and shown in
the form participants used most.

A phrase scores by how many of the theme's statements use it (coverage),
how much of its use falls in this theme (distinctiveness), and how many
people say it: a phrase one talkative person repeats is not a theme's name
(unless no two people in the theme share any phrase).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from insights.language import _ANNOTATION, _LETTERS, COURTESIES, lemma, may_carry_content, stop_words
from insights.redact import AMBIGUOUS, NOT_USUALLY, PLAIN, load_names

MAX_WORDS = 3  # per phrase
MAX_LABEL_WORDS = 5
LINK_WORDS = {
    "sv": frozenset("på för om av med till i från vid utan kring".split()),
    "en": frozenset("of for with to on about from at without around".split()),
}
AND = {"sv": "och", "en": "and"}
SMALL_TALK_LABELS = {"sv": "Småprat och reaktioner", "en": "Small talk and reactions"}
_LINKS = frozenset().union(*LINK_WORDS.values())
# Everyday verbs, vague words and numbers: fine inside a phrase ("ringa handläggaren"),
# too vague to name a theme alone ("ringde", "weeks").
_WEAK_WORDS = """
    vara ha bli kunna skola vilja måste böra låta stå sitta ligga hålla sätta ställa lägga ge hitta fråga
    svara ringa skicka skriva läsa höra se titta börja sluta fortsätta försöka behöva hjälpa använda
    visa vänta hämta leta veta förstå tro hoppas verka kännas bo heta hända gälla finnas sköta lova
    betala söka skaffa fylla ändra sluta träffa prata berätta förklara klara lyckas missa glömma ringde
    gång gånger dag dagar vecka veckor månad månader år tid stund del sätt fall slag typ folk människa
    minut minuter timme timmar kvart halvtimme själv själva
    person kommun huset hus
    be have do can could will would shall should may might must let keep put set give find ask answer
    call send write read hear see look start begin stop continue try need help use show wait fetch seek
    know understand believe hope seem happen apply pay fill change meet talk tell explain manage miss
    forget came come went leave live lose save check email phone ring start open close turn bring
    time times day days week weeks month months year years way part people person thing council
    minute minutes hour hours
    ärligt talat tala aning uppriktigt säga sagt sen senare bra dålig honestly frankly idea clue good bad
    nearly later soon
    mamma pappa mor far mamman pappan mum dad mother father mummy daddy
    different old new nice lovely great fine love helpful first every whole half other same own
    snäll rolig arg glad ledsen först varje riktig riktigt egen eget halv hel samma annan andra
    två tre fyra fem sex sju åtta nio tio tjugo trettio hundra tusen miljon miljoner kronor kr
    two three four five six seven eight nine ten twenty thirty hundred thousand million pounds
"""
_IRREGULAR_PASTS = frozenset("""
    sat got went came took gave made said told saw ran met felt kept left lost paid sent spent thought found
    brought bought heard held stood understood wrote rang sang began knew grew threw drove rode broke spoke
    stolen taken written given broken chosen forgotten driven eaten fallen hidden spoken shown known grown
    thrown done gone seen
""".split())
# Numbers written out ("fyrtiofem", "hundrafemtiotusen", "thirteen"): an amount, not a theme.
_NUMBER_WORD = re.compile(
    r"(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton"
    r"|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen)+"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|[-])+")
# E-mail and web addresses: "com", "www" and "kommun.se" are not words a theme is named by.
_WEB_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|se|org|net|nu|gov|uk|io)\b\S*",
                          re.IGNORECASE)
_FLAGS = frozenset({PLAIN, AMBIGUOUS, NOT_USUALLY})  # every first name of the lexicons, whatever its flag
_SENTENCE_BREAK = re.compile(r"[.!?:;…\"“”]+\s*|\s[-–—]\s")
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”–—…/]+|\s-\s")

Key = tuple[str, ...]


def statement_phrases(text: str, language: str) -> dict[Key, str]:
    """Candidate phrases of one statement: lemma key -> the words as written (lower case but for acronyms).

    Examples:
        >>> sorted(statement_phrases("Väntan på beslutet var lång.", "sv").values())
        ['beslutet', 'lång', 'väntan', 'väntan på beslutet']
        >>> sorted(statement_phrases("I needed proof of address, honestly.", "en").values())
        ['address', 'needed', 'needed proof', 'needed proof of address', 'proof', 'proof of address']
        >>> sorted(statement_phrases("Jag loggade in med BankID.", "sv").values())
        ['BankID', 'loggade']
    """
    links = LINK_WORDS.get(language, frozenset())
    found: dict[Key, str] = {}
    for clause in _CLAUSE_BREAK.split(_ANNOTATION.sub(" ", _WEB_ADDRESS.sub(" ", text))):
        written = [_as_written(word) for word in _LETTERS.findall(clause)]
        words = [word.lower() for word in written]
        content = [_is_content(word, language) for word in words]
        for start in range(len(words)):
            if not content[start]:
                continue
            for end in range(start, min(start + MAX_WORDS + 1, len(words))):
                window = words[start:end + 1]
                if not content[end] or len(window) > MAX_WORDS + (1 if len(window) > 2 else 0):
                    continue
                inner = [w for w, c in zip(window, content[start:end + 1]) if not c]
                if len(inner) > 1 or any(w not in links for w in inner):
                    continue
                key = tuple(lemma(w, language) for w, c in zip(window, content[start:end + 1]) if c)
                if len(key) > MAX_WORDS:
                    continue
                found.setdefault(key, " ".join(written[start:end + 1]))
    return found


def _as_written(word: str) -> str:
    """Lower case, except acronyms and brand spellings ("BankID", "EHCP", "PDP"), which keep theirs."""
    return word if any(letter.isupper() for letter in word[1:]) else word.lower()


def all_phrases(texts: Sequence[str], languages: Sequence[str]) -> list[dict[Key, str]]:
    """`statement_phrases` of every statement, less those made of names only (`proper_names`)
    and those naming a person (`first_names`).

    Compute once when labelling themes and their groups.
    """
    names, people = proper_names(texts), first_names(texts)
    return [{key: surface for key, surface in statement_phrases(text, language).items()
             if not _only_names(surface, names) and not people & set(surface.lower().split())}
            for text, language in zip(texts, languages)]


def first_names(texts: Sequence[str]) -> frozenset[str]:
    """First names (lower case) from the name lexicons that the study writes with a capital.

    A researcher does not name a theme after a participant ("Anpassade gymnasiet och
    Peter"). A name that is also an ordinary word ("Per", "Will") counts only when
    capitalised inside a sentence; others ("Peter") also at its start.

    Examples:
        >>> sorted(first_names(["Peter ringde mig.", "Vi betalar per månad.", "I asked Will about it.", "Will it work?"]))
        ['peter', 'will']
    """
    lexicon = load_names()
    return frozenset(word.lower() for first, word in _words(texts)
                     if _capitalised(word) and lexicon.first.get(word.lower()) in ({PLAIN} if first else _FLAGS))


def theme_labels(texts: Sequence[str], languages: Sequence[str], speakers: Sequence[str],
                 labels: Sequence[int], outlier: int = -1, *,
                 phrases: list[dict[Key, str]] | None = None) -> dict[int, str]:
    """A label per theme (themes whose statements offer no phrase are left out)."""
    phrases = phrases if phrases is not None else all_phrases(texts, languages)
    everywhere = Counter(key for found in phrases for key in found)
    members: dict[int, list[int]] = defaultdict(list)
    for row, theme in enumerate(labels):
        if theme != outlier:
            members[int(theme)].append(row)
    result = {}
    for theme, rows in members.items():
        language = main_language(languages, rows)
        theme_phrases, theme_speakers = [phrases[row] for row in rows], [speakers[row] for row in rows]
        ranked = _ranked_phrases(theme_phrases, theme_speakers, everywhere, language)
        if not ranked and len(set(theme_speakers)) > 1:
            # no phrase shared by two people: one person's words still beat lemma keywords ("disable people")
            ranked = _ranked_phrases(theme_phrases, theme_speakers, everywhere, language, people_needed=1)
        if ranked:
            result[theme] = compose_label(ranked, language)
    return result


def main_language(languages: Sequence[str], rows: Sequence[int]) -> str:
    """The commonest language among `rows` (the first seen on a tie): the one a theme's label is written in.

    Examples:
        >>> main_language(["sv", "en", "en", "sv"], [0, 1, 2])
        'en'
    """
    return Counter(languages[row] for row in rows).most_common(1)[0][0]


def proper_names(texts: Sequence[str], share: float = 0.8, min_uses: int = 2) -> frozenset[str]:
    """Words (lower case) written with a capital inside sentences nearly every time: people, places, schools.

    "Danesmoor", "Larkford", "Kingsmead": distinctive, since one theme talks about
    them, but a researcher names a theme by what is said of them. Acronyms ("EHCP",
    "BankID") are terms, not names, and stay. The first word of a sentence says
    nothing, and one capitalised use is not enough.

    Examples:
        >>> sorted(proper_names(["We applied to Danesmoor first.", "Then Danesmoor said no.", "The EHCP and the school.",
        ...                      "Our School is lovely, the school bus too.", "We met at Alder Close."]))
        ['danesmoor']
    """
    capitalised, seen = Counter(), Counter()
    for first, word in _words(texts):
        if not first:
            seen[word.lower()] += 1
            capitalised[word.lower()] += _capitalised(word)
    return frozenset(word for word, count in capitalised.items() if count >= max(min_uses, share * seen[word]))


def _words(texts: Sequence[str]):
    """(whether it opens its sentence, the word) for every word of `texts`, annotations left out."""
    for text in texts:
        for sentence in _SENTENCE_BREAK.split(_ANNOTATION.sub(" ", text)):
            for position, word in enumerate(_LETTERS.findall(sentence)):
                yield position == 0, word


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word[1:].islower()


def _only_names(phrase: str, names: frozenset[str]) -> bool:
    """"Holloway Park" is a name; "bus to Danesmoor" says something about one."""
    words = phrase.lower().split()
    return all(word in names or word in _LINKS for word in words)


def compose_label(ranked: list[tuple[Key, str]], language: str) -> str:
    """The best phrase, joined by a second one that adds a different idea when the first is short.

    Examples:
        >>> compose_label([(("väntan", "beslut"), "väntan på beslut"), (("handläggare",), "handläggaren")], "sv")
        'Väntan på beslut och handläggaren'
        >>> compose_label([(("online", "form"), "online form"), (("form",), "form")], "en")
        'Online form'
    """
    best_key, label = ranked[0]
    for key, surface in ranked[1:3]:
        if set(key) & set(best_key) or _same_stem(surface.lower(), label.lower()):
            continue
        joined = f"{label} {AND.get(language, 'and')} {surface}"
        if len(joined.split()) <= MAX_LABEL_WORDS:
            label = joined
        break
    return label[0].upper() + label[1:]


def _ranked_phrases(phrases: list[dict[Key, str]], speakers: list[str], everywhere: Counter,
                    language: str, people_needed: int = 2) -> list[tuple[Key, str]]:
    used_in = Counter(key for found in phrases for key in found)
    people: dict[Key, set[str]] = defaultdict(set)
    written: dict[Key, Counter] = defaultdict(Counter)
    for found, speaker in zip(phrases, speakers):
        for key, surface in found.items():
            people[key].add(speaker)
            written[key][surface] += 1
    size = len(phrases)
    needed = min(people_needed, len(set(speakers)))
    scores = {}
    for key, count in used_in.items():
        if len(people[key]) < needed or (len(key) > 1 and count < 2) or all(_weak(word) for word in key):
            continue
        coverage = count / size
        distinctiveness = count / everywhere[key]
        scores[key] = coverage * math.sqrt(distinctiveness) * (1 + 0.6 * (len(key) - 1)) * math.log1p(len(people[key]))
    ranked = sorted(scores, key=lambda key: (-scores[key], key))
    shown = [(key, written[key].most_common(1)[0][0]) for key in _without_parts(ranked, used_in)]
    return [(key, surface) for key, surface in shown if len(key) > 1 or not _verb_form(surface.lower(), language)]


def _without_parts(ranked: list[Key], used_in: Counter) -> list[Key]:
    """Drop a phrase when a longer one containing it is ranked above it, or nearly as common."""
    kept: list[Key] = []
    for key in ranked:
        if any(set(key) <= set(other) for other in kept):
            continue
        longer = [other for other in ranked if len(other) > len(key) and set(key) <= set(other)
                  and used_in[other] >= 0.6 * used_in[key]]
        kept.append(longer[0] if longer and longer[0] not in kept else key)
    return list(dict.fromkeys(kept))


@lru_cache(maxsize=1)
def _weak_words() -> frozenset[str]:
    """The weak words and their lemmas (keys are lemmas: "ärligt" is "ärlig")."""
    words = _WEAK_WORDS.split()
    return frozenset(words) | {lemma(word, language) for word in words for language in LINK_WORDS} | COURTESIES


def _weak(word: str) -> bool:
    """Too vague to name a theme alone: an everyday verb, a vague word or a number ("fyrtiofem")."""
    return word in _weak_words() or bool(_NUMBER_WORD.fullmatch(word))


def _verb_form(word: str, language: str) -> bool:
    """An inflected verb ("sat", "uploaded", "ritat", "granskas"): names an act, not a theme, when alone.

    Without a part-of-speech tagger: the word is not its own lemma and has a verb's
    ending. In English a past form in -ed, or a common irregular past; in
    Swedish a present, supine, past or passive form of an -a verb ("klickar",
    "åker", "bokat", "mejlade", "åkte", "granskas"). Nouns in -a take -or in the plural, so
    "fakturor" passes. Other languages: never.

    Examples:
        >>> [w for w in ["sat", "uploaded", "stolen", "parking", "letters", "children", "better"]
        ...  if _verb_form(w, "en")]
        ['sat', 'uploaded', 'stolen']
        >>> [w for w in ["ritat", "granskas", "åker", "åkte", "fakturan", "bilagorna", "fakturor", "taxa",
        ...              "meddelande", "föreläggande"] if _verb_form(w, "sv")]
        ['ritat', 'granskas', 'åker', 'åkte']
    """
    base = lemma(word, language)
    if base == word:
        return False
    if language == "en":
        return word.endswith("ed") or word in _IRREGULAR_PASTS
    if language == "sv":
        return (base.endswith("a") and word.endswith(("ar", "er", "at", "as", "ade", "ades", "de", "te"))
                and not word.endswith(("ande", "ende")))  # "meddelande", "yttrande": nouns
    return False


def _same_stem(phrase: str, other: str, length: int = 5) -> bool:
    """"grannen" and "granne": lemmatisers miss some inflections; a shared word start catches them."""
    return any(a[:length] == b[:length] for a in phrase.split() for b in other.split() if min(len(a), len(b)) >= 4)


def _is_content(word: str, language: str) -> bool:
    """A word that can start or end a phrase: not a stop word or filler, in any inflection ("tar" is "ta")."""
    return may_carry_content(word) and lemma(word, language) not in stop_words()
