"""Redaction of personal data: e-mail addresses, phone numbers, personnummer and names.

Four detectors, registered by name in `DETECTORS`, each return `Span`s; the
`Redactor` replaces what they find. Everything is rules and word lists, so it
runs offline and gives the same result for the same text.

Choices, so nobody has to read the code to learn them:

- **Tokens.** Redacted text shows one language-neutral token per kind:
  ``[EMAIL]``, ``[PHONE]``, ``[PERSONNUMMER]`` (samordningsnummer too) and
  ``[NAME]``. The study's own speakers get their pseudonym instead (P1, M1).
  A Swedish genitive stays readable: "Annas" becomes "P1:s" or "[NAME]:s";
  "Anna's" becomes "P1's".
- **Pseudonyms.** Participants are P1, P2, … and moderators M1, M2, … in order
  of first appearance; a mapping loaded from an earlier file is continued, so
  the same label keeps its pseudonym across a study's files. Labels are
  compared without regard to case or spacing ("DANIEL" is "Daniel"). Generic
  labels ("Interviewer", "P3", "Deltagare 1") get a pseudonym too: one scheme
  for every speaker, and "P3" in a source never collides with the P3 that
  another person was given. Only an empty label or "unknown" stays as it is:
  it is not a person. Feed a Redactor raw labels, never already-redacted ones.
- **Personnummer.** 10 or 12 digits, separator "-", "+", a space or none;
  samordningsnummer have 60 added to the day. A number is flagged when its
  Luhn checksum and its date are valid. Right after a cue word ("personnummer",
  "pnr", "personal identity number", …) the same shape is flagged even with a
  wrong checksum or date: a mistyped number still points at a person, and the
  cue rules out a date or a case number.
- **Phone numbers.** Swedish (070-123 45 67, 08-123 456 78, 031-12 34 56,
  0701234567), international (+46 70 …, +46(0)70 …, 0046 …, +44 20 7946 0958,
  +1 (555) 123-4567) and US forms. Dates, years, amounts, case numbers, times
  and percentages are not phone numbers: a national number starts with one 0,
  has 8-11 digits and groups of two or more digits.
- **Names.** Known speakers (full name, first name, surname, capitalised as
  written or in title case) and people mentioned by name: a capitalised first
  name from ``lexicons/names/{sv,en}.txt`` plus the capitalised surname after
  it, or any capitalised word after a title ("Mrs Patel", "Dr. Khan",
  "handläggaren Eva"; the title itself stays). Lower-case words never match.
  Names that are also ordinary words ("Per", "Hans", "Bo", "Will", "Mark")
  need context at the start of a sentence; names that capitalised are mostly
  not people ("Maj", "May", "Sydney") need context everywhere, and a month
  next to a number or after "i"/"in" is never a name. Surnames on their own
  and place names are not detected.

Examples:
    >>> redactor = Redactor([("Anna Svensson", "participant"), ("Karin", "moderator")])
    >>> redactor.redact("Karin frågade Anna om Annas bygglov; ring 070-123 45 67.")
    'M1 frågade P1 om P1:s bygglov; ring [PHONE].'
    >>> redactor.mapping
    {'Anna Svensson': 'P1', 'Karin': 'M1'}
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from insights.errors import InsightsError, InvalidOption, UnreadableFile

EMAIL, PHONE, PERSONNUMMER, NAME = "EMAIL", "PHONE", "PERSONNUMMER", "NAME"
KINDS = (PERSONNUMMER, EMAIL, PHONE, NAME)  # also the order in which overlapping finds win
TOKENS = {kind: f"[{kind}]" for kind in KINDS}
NAMES_DIR = Path(__file__).resolve().parent / "lexicons" / "names"
NAME_LANGUAGES = ("sv", "en")
MAPPING_COLUMNS = ("original", "pseudonym")
PSEUDONYM = re.compile(r"^([PM])(\d+)$")


@dataclass(frozen=True)
class Span:
    """One piece of personal data: `text[start:end]` is `text`.

    `pseudonym` is set on a known speaker's name (what the Redactor writes).
    """

    start: int
    end: int
    kind: str
    text: str
    pseudonym: str | None = None


# -- e-mail ----------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w"
    r"(?:@|\s?[(\[](?:at|snabel-a)[)\]]\s?)"  # "namn(at)kommun.se" is how many municipalities write it
    r"\w[\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])",
    re.IGNORECASE,
)


def find_emails(text: str) -> list[Span]:
    """E-mail addresses, also written with "(at)" or "[at]".

    Examples:
        >>> [s.text for s in find_emails("Mejla tomas.eklund@example.com eller info(at)kommun.se.")]
        ['tomas.eklund@example.com', 'info(at)kommun.se']
    """
    return [Span(m.start(), m.end(), EMAIL, m.group()) for m in _EMAIL.finditer(text)]


# -- phone numbers ---------------------------------------------------------

_PIECE = re.compile(r"\+?\(?\d+\)?")
_GAPS = frozenset(" -\u00a0\u2010\u2011\u2012\u2013\u202f")  # what people put between digit groups
_WIDE_GAPS = frozenset({" - ", " \u2013 ", "/"})  # "070 - 123 45 67", "070/123 45 67"
_BEFORE_NUMBER = re.compile(r"[\w+\-/.,]$")
_AFTER_NUMBER = re.compile(r"^(?:\w|[.,:/]\d)")
_MAX_PIECES = 8
_DATE_SHAPE = re.compile(r"^\d{1,2}([-/.])\d{1,2}\1\d{2,4}$")
_US_SHAPE = re.compile(r"^(?:\([2-9]\d{2}\) ?|[2-9]\d{2}-)\d{3}-\d{4}$")


def find_phones(text: str) -> list[Span]:
    """Phone numbers: Swedish, international and US forms; not dates, amounts or case numbers.

    Digit groups joined by single spaces or hyphens form a chain; the longest
    part of a chain, starting at its beginning or after a space, that reads as
    a phone number is one.

    Examples:
        >>> [s.text for s in find_phones("Ring 08-123 456 78 eller +46 (0)70 123 45 67 före 2026-03-12.")]
        ['08-123 456 78', '+46 (0)70 123 45 67']
        >>> find_phones("Det kostade 15 000 kronor, dnr 2024/1234, kl. 14.30.")
        []
    """
    spans = []
    for chain in _chains(text):
        spans.extend(_phones_in_chain(text, chain))
    return spans


def _chains(text: str) -> list[list[re.Match]]:
    chains: list[list[re.Match]] = []
    for piece in _PIECE.finditer(text):
        if chains:
            previous = chains[-1][-1]
            gap = text[previous.end():piece.start()]
            joined = (len(gap) == 1 and gap in _GAPS) or gap in _WIDE_GAPS or (
                gap == "" and (previous.group().endswith(")") or piece.group().startswith("(")))
            if joined and not piece.group().startswith("+"):
                chains[-1].append(piece)
                continue
        chains.append([piece])
    return chains


def _phones_in_chain(text: str, chain: list[re.Match]) -> list[Span]:
    spans, index = [], 0
    while index < len(chain):
        found = None
        if _may_start(text, chain, index):
            for stop in range(min(len(chain), index + _MAX_PIECES), index, -1):
                found = _phone_span(text, chain[index:stop])
                if found:
                    spans.append(found)
                    index = stop
                    break
        if not found:
            index += 1
    return spans


def _may_start(text: str, chain: list[re.Match], index: int) -> bool:
    start = chain[index].start()
    if index > 0:  # inside a chain only after a space: "2025-000123" is not "000123"
        return text[start - 1] in " \u00a0\u202f"
    return not _BEFORE_NUMBER.search(text[max(0, start - 1):start])


def _phone_span(text: str, pieces: list[re.Match]) -> Span | None:
    start, end = pieces[0].start(), pieces[-1].end()
    if _AFTER_NUMBER.search(text[end:end + 2]):
        return None
    written = text[start:end]
    # A bracket that opens before the number or closes after it is prose, not part of it.
    if written.startswith("(") and ")" not in pieces[0].group():
        start, written = start + 1, written[1:]
    if written.endswith(")") and written.count(")") > written.count("("):
        end, written = end - 1, written[:-1]
    groups = [p.group().strip("()") for p in pieces]
    if not _is_phone(written, [p.group() for p in pieces], groups):
        return None
    return Span(start, end, PHONE, written)


def _is_phone(written: str, pieces: list[str], groups: list[str]) -> bool:
    first = groups[0]
    if first.startswith("+") or first.startswith("00"):
        country = first[1:] if first.startswith("+") else first[2:]
        rest = groups[1:]
        if rest and pieces[1] == "(0)":  # "+46 (0)70": the trunk zero is written, not dialled
            rest = rest[1:]
        if any(len(group) < 2 for group in rest[1:]):  # one digit only as an area code (+46 8 …)
            return False
        return 8 <= len(country + "".join(rest)) <= 15
    digits = "".join(groups)
    if digits.startswith("0") and len(digits) > 1 and digits[1] != "0":
        if len(groups) > 1 and (any(len(group) < 2 for group in groups) or _DATE_SHAPE.match(written)):
            return False
        return 8 <= len(digits) <= 11
    return bool(_US_SHAPE.match(written))


# -- personnummer ----------------------------------------------------------

_PERSONNUMMER = re.compile(
    r"(?<![\w+\-/.,])(?P<century>18|19|20)?(?P<date>\d{6})(?P<sep> ?[-+\u2010\u2011\u2013] ?| ?)(?P<serial>\d{4})"
    r"(?!\w|[.,:/\-+]\d)")
_CUE = re.compile(
    r"(?:person(?:nummer|numret|nr)|pers\.?\s?nr|p-?nr|samordningsnum(?:mer|ret)|födelsenum(?:mer|ret)"
    r"|personal (?:identity )?number|(?:swedish )?id(?:entity)? number|social security number)"
    r"\W{0,6}(?:(?:är|was|is|:)\W{0,3})?$",
    re.IGNORECASE,
)
_CUE_WINDOW = 40


def find_personnummer(text: str) -> list[Span]:
    """Swedish personal identity numbers and samordningsnummer (day + 60).

    Examples:
        >>> [s.text for s in find_personnummer("Mitt pnr är 19811218-9876, hans 811218+9876 och 8112289874.")]
        ['19811218-9876', '811218+9876', '8112289874']
        >>> find_personnummer("BN 2025-000123 kom in 2026-03-12.")
        []
    """
    spans = []
    for match in _PERSONNUMMER.finditer(text):
        digits = match["date"] + match["serial"]
        valid = _luhn_ok(digits) and _date_ok(match["century"], match["date"])
        if valid or _CUE.search(text[max(0, match.start() - _CUE_WINDOW):match.start()]):
            spans.append(Span(match.start(), match.end(), PERSONNUMMER, match.group()))
    return spans


def luhn_check_digit(nine_digits: str) -> int:
    """The Luhn check digit that completes YYMMDDNNN.

    Examples:
        >>> luhn_check_digit("811218987")
        6
    """
    total = 0
    for position, char in enumerate(nine_digits):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10


def _luhn_ok(ten_digits: str) -> bool:
    return luhn_check_digit(ten_digits[:9]) == int(ten_digits[9])


def _date_ok(century: str | None, yymmdd: str) -> bool:
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if day > 60:
        day -= 60
    # Without a century only 29 February depends on it; accept it if any century allows it.
    years = [int(century) * 100 + year] if century else [1900 + year, 2000 + year]
    for full_year in years:
        try:
            date(full_year, month, day)
            return True
        except ValueError:
            continue
    return False


# -- names -------------------------------------------------------------------

PLAIN, AMBIGUOUS, NOT_USUALLY = "", "?", "!"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "af", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn"})
_NOT_SURNAME = frozenset({
    "i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "mum", "dad", "mamma", "pappa",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "januari", "februari", "mars", "maj", "juni", "juli", "augusti", "oktober",
})
_MONTHS = frozenset({"maj", "may", "june", "april", "august", "juni", "juli", "july", "mars", "march", "jan"})
_CALENDAR_BEFORE = frozenset({
    "i", "in", "of", "den", "since", "until", "till", "från", "sedan", "på", "early", "late", "mid", "by",
    "before", "after", "during", "under", "efter", "före", "innan", "last", "next", "this", "förra",
    "nästa", "each", "every", "varje", "or", "and", "eller", "och", "to", "from", "through",
})
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "rev", "st", "cllr", "sgt", "ca", "kl",
                            "nr", "resp", "t.ex", "bl.a", "dvs", "etc", "vs", "e.g", "i.e"})
_SURNAME_ENDINGS = re.compile(
    r"(?:sson|son|sen|berg|ström|lund|qvist|kvist|quist|gren|holm|blad|dahl|stedt|ell|ius|ander|borg|fors|"
    r"bäck|by|ley|ton|ford|field|well|wood|ham|stein)$")
_SENTENCE_END = ".!?…:;"
_LOOK_BACK = 80
_OPENERS = "\"'“”‘’«»([{-–—*• \t"
_GENERIC_WORDS = frozenset({
    "moderator", "interviewer", "intervjuare", "facilitator", "samtalsledare", "participant", "deltagare",
    "respondent", "informant", "interviewee", "intervjuperson", "speaker", "talare", "person", "unknown",
    "okänd", "ip", "p", "r", "i", "q", "m", "int", "mod", "fråga", "svar", "question", "answer", "observer",
    "observatör", "antecknare", "notetaker", "note", "taker", "guest", "gäst", "man", "kvinna", "woman",
    "male", "female", "researcher", "forskare", "assistant", "assistent", "host", "värd", "all", "alla",
    "group", "grupp", "audience", "publik", "voice", "röst", "several", "flera", "många",
    "deltagarna", "participants", "id", "and", "och",
})
_NOT_A_PERSON = frozenset({"", "unknown", "okänd"})


@dataclass(frozen=True)
class NameLexicon:
    """First names (lower case -> flag), surnames and titles from `lexicons/names/`."""

    first: dict[str, str] = field(default_factory=dict)
    surnames: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()


_STRICTNESS = {PLAIN: 0, AMBIGUOUS: 1, NOT_USUALLY: 2}


@lru_cache(maxsize=4)
def load_names(languages: tuple[str, ...] = NAME_LANGUAGES, folder: Path = NAMES_DIR) -> NameLexicon:
    """The name lexicons of `languages`, merged; a name flagged in one language keeps its strictest flag.

    Examples:
        >>> names = load_names()
        >>> names.first["anna"], names.first["per"], names.first["maj"], "svensson" in names.surnames
        ('', '?', '!', True)
    """
    first: dict[str, str] = {}
    surnames: set[str] = set()
    titles: set[str] = set()
    for language in languages:
        section = "first names"
        path = folder / f"{language}.txt"
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("["):
                section = line.strip("[]").strip()
                continue
            word, _, flag = line.partition(" ")
            flag = flag.strip()
            if section == "first names":
                if flag not in _STRICTNESS:
                    raise InsightsError(f"{path.name}:{number}: unknown flag {flag!r} (use ?, ! or none)")
                if _STRICTNESS[flag] >= _STRICTNESS[first.get(word, PLAIN)]:
                    first[word] = flag
            elif section == "surnames":
                surnames.add(word)
            elif section == "titles":
                titles.add(word)
            else:
                raise InsightsError(f"{path.name}:{number}: unknown section [{section}]")
    return NameLexicon(first, frozenset(surnames), frozenset(titles))


@dataclass
class _Token:
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() and not self.text.isupper()


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _base(word: str) -> str:
    """The word without a genitive ending: "Annas" -> "Anna", "Janet's" -> "Janet"."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[:-2]
    return word


def _first_name_flag(word: str, names: NameLexicon) -> str | None:
    """The lexicon flag of a capitalised first name (genitive allowed), None if it is not one."""
    base = _base(word)
    candidates = [base]
    if base.endswith("s") and len(base) > 3:
        candidates.append(base[:-1])  # Swedish genitive: "Annas"
    for candidate in candidates:
        lower = candidate.casefold()
        if lower in names.first:
            return names.first[lower]
        parts = lower.split("-")
        if len(parts) > 1 and all(p in names.first for p in parts) and all(
                p[:1].isupper() for p in candidate.split("-")):
            return max((names.first[p] for p in parts), key=_STRICTNESS.__getitem__)
    return None


def _name_length(word: str, names: NameLexicon) -> int:
    """How much of `word` is the name: a Swedish genitive "s" is left outside the span."""
    base = _base(word)
    lower = base.casefold()
    known = (lower in names.first or lower in names.surnames)
    if lower.endswith("s") and not known and (lower[:-1] in names.first or lower[:-1] in names.surnames):
        return len(base) - 1
    return len(base)


def _sentence_initial(text: str, start: int) -> bool:
    window = text[max(0, start - _LOOK_BACK):start]  # bounded: long paragraphs stay linear
    before = window.rstrip(_OPENERS)
    if not before or before.endswith("\n"):
        return True
    if before[-1] not in _SENTENCE_END:
        return False
    if before[-1] == ".":
        word = re.search(r"[\w.]+$", before[:-1])
        return not (word and word.group().casefold() in _ABBREVIATIONS)
    return True


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    gap = text[left.end:right.start]
    return gap in (" ", "\u00a0") or (gap == ". " and left.text.casefold() in _ABBREVIATIONS)


def _is_title(token: _Token, names: NameLexicon) -> bool:
    return token.text.casefold().rstrip(".") in names.titles


def _surname_like(token: _Token, names: NameLexicon, *, strict: bool) -> bool:
    """A capitalised word that can follow a first name; `strict` asks for real evidence."""
    if not token.capitalised or _base(token.text).casefold() in _NOT_SURNAME:
        return False
    if not strict:
        return True
    lower = _base(token.text).casefold()
    return (lower in names.surnames or bool(_SURNAME_ENDINGS.search(lower))
            or names.first.get(lower) == PLAIN)


def _calendar(text: str, tokens: list[_Token], index: int) -> bool:
    """A month next to a date or after "i"/"in": "i Maj", "3 May", "May 2026"."""
    token = tokens[index]
    if token.text.casefold() not in _MONTHS:
        return False
    before = text[max(0, token.start - 12):token.start]
    after = text[token.end:token.end + 8]
    if re.search(r"\d\.?\s*$", before) or re.match(r"\s*\d", after):
        return True
    previous = tokens[index - 1] if index > 0 else None
    return bool(previous and previous.text.casefold() in _CALENDAR_BEFORE
                and text[previous.end:token.start].strip() == "")


def _extend(text: str, tokens: list[_Token], index: int, names: NameLexicon) -> int:
    """Index of the last token of the name starting at `index` (surnames, particles)."""
    last, cursor = index, index + 1
    while cursor < len(tokens) and cursor <= index + 3:
        token = tokens[cursor]
        if _base(tokens[last].text) != tokens[last].text:  # "Janet's Tesco": a genitive ends the name
            break
        if token.text in _PARTICLES and cursor + 1 < len(tokens) and _adjacent(text, tokens[last], token):
            following = tokens[cursor + 1]
            if _adjacent(text, token, following) and _surname_like(following, names, strict=False):
                last, cursor = cursor + 1, cursor + 2
                continue
            break
        if not (_adjacent(text, tokens[last], token) and _surname_like(token, names, strict=False)):
            break
        last, cursor = cursor, cursor + 1
    return last


def _has_context(text: str, tokens: list[_Token], index: int, names: NameLexicon) -> bool:
    """A title just before, or a surname (or another first name) just after."""
    previous = tokens[index - 1] if index > 0 else None
    if previous and _is_title(previous, names) and _adjacent(text, previous, tokens[index]):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return bool(following and _adjacent(text, tokens[index], following)
                and _base(tokens[index].text) == tokens[index].text
                and _surname_like(following, names, strict=True))


@dataclass(frozen=True)
class _Speaker:
    form: str
    pseudonym: str | None
    flag: str
    parts: frozenset[str]  # casefolded words of the label


class _SpeakerIndex:
    """The written forms of known speakers' names, each pointing at its pseudonym."""

    def __init__(self, speakers: Iterable[tuple[str, str | None]], names: NameLexicon):
        claims: dict[str, list[tuple[bool, _Speaker]]] = {}
        for label, pseudonym in speakers:
            words = name_parts(label)
            if not words:
                continue
            parts = frozenset(word.casefold() for word in words)
            candidates = [(" ".join(words), PLAIN, True)] if len(words) > 1 else []
            candidates += [(word, names.first.get(word.casefold(), PLAIN), len(words) == 1) for word in words]
            for written, flag, whole in candidates:
                for form in {written, _title_case(written), written.upper()}:
                    claims.setdefault(form, []).append((whole, _Speaker(form, pseudonym, flag, parts)))
        self.forms = {form: _resolve(claimed) for form, claimed in claims.items()}
        alternatives = sorted(self.forms, key=lambda f: (-len(f), f))
        self.pattern = re.compile(
            r"(?<![\w'’])(?<!\w-)(" + "|".join(re.escape(f) for f in alternatives) + r")"
            r"(?=(?:'s|’s|s|')?(?!\w))(?!-[^\W\d_]*[A-ZÅÄÖ])") if alternatives else None


def _resolve(claims: list[tuple[bool, _Speaker]]) -> _Speaker:
    """One speaker for a written form several speakers share.

    Whoever is called exactly that keeps it ("Anna" beside "Anna Berg"); a part
    shared by several full names ("Anna" of Anna Berg and Anna Lind) could be
    either, so it is redacted without a pseudonym.
    """
    whole = [speaker for is_whole, speaker in claims if is_whole]
    for group in (whole, [speaker for _, speaker in claims]):
        if group and len({speaker.pseudonym for speaker in group}) == 1:
            return group[0]
    first = claims[0][1]
    return _Speaker(first.form, None, first.flag, first.parts)


def name_parts(label: str) -> list[str]:
    """The words of a speaker label that name a person; [] for a generic label.

    Examples:
        >>> name_parts("Lars-Göran Berg"), name_parts("Anna S. (moderator)"), name_parts("Deltagare 2")
        (['Lars-Göran', 'Berg'], ['Anna'], [])
        >>> name_parts("IP1"), name_parts("Interviewer"), name_parts("DANIEL")
        ([], [], ['DANIEL'])
    """
    cleaned = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", label)
    if is_generic_label(cleaned):
        return []
    words = [w for w in _WORD.findall(cleaned) if len(w) > 1 and w.casefold() not in _GENERIC_WORDS]
    return [w for w in words if not re.search(r"\d", w)]


def is_generic_label(label: str) -> bool:
    """A speaker label that names a role, not a person: "Interviewer", "P3", "Deltagare 1", "IP1".

    Examples:
        >>> [is_generic_label(x) for x in ("Moderator", "Respondent 2", "P3", "Anna", "Speaker_1")]
        [True, True, True, False, True]
    """
    words = re.findall(r"[^\W\d_]+", label)
    if not words or re.fullmatch(r"\s*[A-Za-z]{1,3}\s*[-_]?\s*\d+\s*", label):
        return True
    return all(word.casefold() in _GENERIC_WORDS for word in words)


def _title_case(written: str) -> str:
    if any(char.islower() for char in written):
        return written
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), written)


def _find_speakers(text: str, tokens: list[_Token], index: _SpeakerIndex | None,
                   names: NameLexicon) -> list[Span]:
    if index is None or index.pattern is None:
        return []
    by_start = {token.start: position for position, token in enumerate(tokens)}
    spans = []
    for match in index.pattern.finditer(text):
        speaker = index.forms[match.group(1)]
        first = by_start.get(match.start())
        if first is None or (speaker.flag and not _speaker_in_context(text, tokens, first, speaker, names)):
            continue
        last = first + len(_WORD.findall(match.group(1))) - 1
        start, end = match.start(), match.end()
        if _other_first_name(text, tokens, first, speaker, names):
            start = tokens[first - 1].start  # "Hans Berg" when the speaker is Lars-Göran Berg
        if tokens[last].end == end and _other_surname(text, tokens, last, speaker, names):
            final = tokens[_extend(text, tokens, last, names)]  # "Anna Berg" when the speaker is Anna Svensson
            end = final.start + _name_length(final.text, names)
        pseudonym = speaker.pseudonym if (start, end) == match.span() else None
        spans.append(Span(start, end, NAME, text[start:end], pseudonym))
    return spans


def _other_first_name(text: str, tokens: list[_Token], first: int, speaker: _Speaker, names: NameLexicon) -> bool:
    previous = tokens[first - 1] if first > 0 else None
    return bool(previous and previous.capitalised and _adjacent(text, previous, tokens[first])
                and previous.text.casefold() not in speaker.parts and _base(previous.text) == previous.text
                and _first_name_flag(previous.text, names) is not None)


def _other_surname(text: str, tokens: list[_Token], last: int, speaker: _Speaker, names: NameLexicon) -> bool:
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return bool(following and _adjacent(text, tokens[last], following)
                and following.text.casefold() not in speaker.parts
                and _surname_like(following, names, strict=True))


def _speaker_in_context(text: str, tokens: list[_Token], position: int, speaker: _Speaker,
                        names: NameLexicon) -> bool:
    if _calendar(text, tokens, position):
        return False
    if speaker.flag == NOT_USUALLY or not _sentence_initial(text, tokens[position].start):
        return True  # being a known speaker is the context
    # At the start of a sentence: addressed ("Per, …"), or followed by a surname.
    after = text[tokens[position].end:tokens[position].end + 1]
    return after in (",", ":", "") or _has_context(text, tokens, position, names)


def _find_mentions(text: str, tokens: list[_Token], taken: list[Span], names: NameLexicon) -> list[Span]:
    covered = {i for i, token in enumerate(tokens) if any(s.start <= token.start < s.end for s in taken)}
    spans, index = [], 0
    while index < len(tokens):
        token = tokens[index]
        if index in covered or not token.capitalised:
            index += 1
            continue
        last = _mention_end(text, tokens, index, names)
        while last is not None and last >= index and last in covered:  # a name part is already found
            last -= 1
        if last is None or last < index:
            index += 1
            continue
        end = tokens[last].start + _name_length(tokens[last].text, names)
        spans.append(Span(token.start, end, NAME, text[token.start:end]))
        index = last + 1
    return spans


def _mention_end(text: str, tokens: list[_Token], index: int, names: NameLexicon) -> int | None:
    """Index of the last token of a name mentioned at `index`, or None if it is no name."""
    token = tokens[index]
    previous = tokens[index - 1] if index > 0 else None
    titled = previous is not None and _is_title(previous, names) and _adjacent(text, previous, token)
    if titled:
        if _base(token.text).casefold() in _NOT_SURNAME or len(token.text) < 2:
            return None
        return _extend(text, tokens, index, names)
    flag = _first_name_flag(token.text, names)
    if flag is None or _calendar(text, tokens, index):
        return None
    if flag == NOT_USUALLY or (flag == AMBIGUOUS and _sentence_initial(text, token.start)):
        if not _has_context(text, tokens, index, names):
            return None
    return _extend(text, tokens, index, names)


def find_names(text: str, speakers: Iterable[str] = ()) -> list[Span]:
    """Names of known `speakers` (labels as written) and of people mentioned by name.

    Examples:
        >>> [s.text for s in find_names("Sen ringde handläggaren Eva och Mrs Patel; Bygglov i Maj 2026.")]
        ['Eva', 'Patel']
        >>> [s.text for s in find_names("Annas bror Per Olsson betalar per månad.", ["Anna"])]
        ['Anna', 'Per Olsson']
    """
    index = _SpeakerIndex(((label, None) for label in speakers), load_names())
    return _names(text, index)


def _names(text: str, index: _SpeakerIndex | None) -> list[Span]:
    names = load_names()
    tokens = _tokens(text)
    known = _find_speakers(text, tokens, index, names)
    return known + _find_mentions(text, tokens, known, names)


# -- all detectors -------------------------------------------------------------

DETECTORS: dict[str, Callable[[str], list[Span]]] = {
    "personnummer": find_personnummer,
    "email": find_emails,
    "phone": find_phones,
    "name": find_names,
}


def find_personal_data(text: str, speakers: Iterable[str] = (), *,
                       detectors: Iterable[str] | None = None) -> list[Span]:
    """Every piece of personal data in `text`, in order, without overlaps.

    `speakers` are the study's speaker labels (their names are found in any
    form: full name, first name, surname, genitive). `detectors` picks some of
    `DETECTORS` by name (all by default). Where two finds overlap, the one that
    starts first wins, then the longer, then personnummer > e-mail > phone > name.

    Examples:
        >>> [(s.kind, s.text) for s in find_personal_data("Anna Svensson, anna@example.se, 0701234567")]
        [('NAME', 'Anna Svensson'), ('EMAIL', 'anna@example.se'), ('PHONE', '0701234567')]
    """
    chosen = list(DETECTORS) if detectors is None else list(detectors)
    unknown = [name for name in chosen if name not in DETECTORS]
    if unknown:
        raise InvalidOption(f"unknown detector {unknown[0]!r} (available: {', '.join(DETECTORS)})")
    index = _SpeakerIndex(((label, None) for label in speakers), load_names())
    return _find_all(text, chosen, index)


def _find_all(text: str, detectors: list[str], index: _SpeakerIndex | None) -> list[Span]:
    spans: list[Span] = []
    for name in detectors:
        spans.extend(_names(text, index) if name == "name" else DETECTORS[name](text))
    return _without_overlaps(spans)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), KINDS.index(s.kind)))
    kept: list[Span] = []
    for span in ordered:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def apply_spans(text: str, spans: Iterable[Span], tokens: dict[str, str] | None = None) -> str:
    """`text` with each span replaced by its pseudonym or its kind's token; a genitive stays readable.

    Examples:
        >>> apply_spans("Annas mejl", [Span(0, 4, NAME, "Anna")])
        '[NAME]:s mejl'
    """
    tokens = TOKENS if tokens is None else tokens
    pieces, cursor = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        pieces.append(text[cursor:span.start])
        pieces.append(span.pseudonym or tokens[span.kind])
        cursor = span.end
        if span.kind == NAME and re.match(r"s(?!\w)", text[cursor:cursor + 2]):
            pieces.append(":")  # Swedish writes the genitive of "P1" as "P1:s"
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


def redact_text(text: str, speakers: Iterable[str] = ()) -> str:
    """`text` with all personal data replaced by tokens (speakers' names too: [NAME]).

    Use a `Redactor` to give speakers pseudonyms instead.

    Examples:
        >>> redact_text("Skriv till anna@example.se eller ring 08-12 34 56.")
        'Skriv till [EMAIL] eller ring [PHONE].'
    """
    return apply_spans(text, find_personal_data(text, speakers))


# -- pseudonyms ------------------------------------------------------------------


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _prefix(role: str | None) -> str:
    return "M" if str(role or "").strip().casefold() == "moderator" else "P"


class Redactor:
    """Consistent pseudonyms for a study's speakers, and redaction of its texts.

    Args:
        speakers: (label, role) pairs in order of appearance; role "moderator"
            gives M1, M2, …, anything else P1, P2, ….
        mapping: label -> pseudonym from earlier files of the study
            (`load_mapping`); it is copied and continued, never changed.
        taken: pseudonyms the study already uses (without knowing whose): new
            labels get the next free number, so nobody is merged with a stranger.

    Examples:
        >>> earlier = Redactor([("Anna", "participant")]).mapping
        >>> later = Redactor([("Erik", "participant"), ("ANNA", "participant")], mapping=earlier)
        >>> later.mapping, later.redact("Erik och Anna")
        ({'Anna': 'P1', 'Erik': 'P2'}, 'P2 och P1')
    """

    def __init__(self, speakers: Iterable[tuple[str, str]] = (), mapping: dict[str, str] | None = None,
                 taken: Iterable[str] = ()):
        self._mapping: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        self._index: _SpeakerIndex | None = None
        self._taken = set(taken)  # pseudonyms already in the study: skipped, never reused for a new label
        for label, pseudonym in (mapping or {}).items():
            self._remember(label, pseudonym)
        for label, role in speakers:
            self.pseudonym(label, role)

    @property
    def mapping(self) -> dict[str, str]:
        """Original label -> pseudonym, in order of assignment (a copy)."""
        return dict(self._mapping)

    def pseudonym(self, speaker: str, role: str | None = "participant") -> str:
        """The pseudonym of `speaker`, assigning the next free one on first sight.

        An empty label or "unknown" is returned as it is: it names nobody.
        """
        if _key(speaker) in _NOT_A_PERSON:
            return speaker
        known = self._by_key.get(_key(speaker))
        if known is not None:
            return known
        prefix = _prefix(role)
        used = [int(m[2]) for m in map(PSEUDONYM.match, [*self._mapping.values(), *self._taken])
                if m and m[1] == prefix]
        pseudonym = f"{prefix}{max(used, default=0) + 1}"
        self._remember(speaker, pseudonym)
        return pseudonym

    def _remember(self, label: str, pseudonym: str) -> None:
        key = _key(label)
        if key in self._by_key or key in _NOT_A_PERSON:
            return
        self._by_key[key] = pseudonym
        self._mapping[label] = pseudonym
        self._index = None  # the name patterns now miss this speaker

    def find(self, text: str) -> list[Span]:
        """The personal data in `text`; known speakers' names carry their pseudonym."""
        if self._index is None:
            self._index = _SpeakerIndex(self._mapping.items(), load_names())
        return _find_all(text, list(DETECTORS), self._index)

    def redact(self, text: str) -> str:
        """`text` with speakers' names as pseudonyms and other personal data as tokens.

        Text without personal data comes back unchanged (the same string).
        """
        if not isinstance(text, str) or not text:
            return text
        return apply_spans(text, self.find(text))

    def redact_table(self, df: pd.DataFrame, text_columns: Iterable[str], speaker_column: str | None = "speaker",
                     *, role_column: str | None = "role") -> pd.DataFrame:
        """A copy of `df` with pseudonyms in `speaker_column` and redacted `text_columns`.

        All speakers of the table get their pseudonym (in row order) before any
        text is redacted, so an early turn that names a later speaker is covered.
        Cells that are not strings (missing values) are left as they are.
        """
        text_columns = list(text_columns)
        missing = [c for c in [*text_columns, speaker_column] if c is not None and c not in df.columns]
        if missing:
            raise InsightsError(f"cannot redact: no column {missing[0]!r} (columns: {', '.join(map(str, df.columns))})")
        out = df.copy()
        if speaker_column is not None:
            roles = df[role_column] if role_column in df.columns else pd.Series("participant", index=df.index)
            for speaker, role in zip(df[speaker_column], roles, strict=True):
                if isinstance(speaker, str):
                    self.pseudonym(speaker, role)
            out[speaker_column] = [self.pseudonym(s) if isinstance(s, str) else s for s in df[speaker_column]]
        for column in text_columns:
            out[column] = [self.redact(value) if isinstance(value, str) else value for value in df[column]]
        return out


# -- the mapping file ----------------------------------------------------------------


def _cell(value: str) -> str:
    # A leading apostrophe keeps a label like "=cmd" from running as a formula in a
    # spreadsheet; load_mapping takes it off again, so the file reads back exactly.
    from insights.export.safe import FORMULA_STARTS

    return "'" + value if value.startswith((*FORMULA_STARTS, "'")) else value


def mapping_csv(mapping: dict[str, str]) -> bytes:
    """The mapping as CSV bytes (UTF-8, header original,pseudonym, LF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(MAPPING_COLUMNS)
    for original, pseudonym in mapping.items():
        writer.writerow([_cell(original), _cell(pseudonym)])
    return buffer.getvalue().encode("utf-8")


def save_mapping(mapping: dict[str, str], path: str | Path) -> Path:
    """Write `mapping` (original label -> pseudonym) as CSV to `path`, atomically.

    The file is what can undo the pseudonyms: keep it apart from the exports.
    """
    # Imported here: insights.export imports the whole export stack, which may import
    # this module (ingest and export both redact), and `import insights.redact` stays light.
    from insights.export.safe import write_atomic

    return write_atomic(path, mapping_csv(mapping))


def load_mapping(path: str | Path) -> dict[str, str]:
    """Read a mapping written by `save_mapping`; UnreadableFile says what is wrong with a bad one."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise UnreadableFile(path.name, "no such mapping file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UnreadableFile(path.name, f"cannot read the mapping file ({error})") from None
    return parse_mapping(text, path.name)


def parse_mapping(text: str, name: str = "mapping.csv") -> dict[str, str]:
    """The mapping in CSV `text`; `name` is used in error messages."""
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as error:
        raise UnreadableFile(name, f"not a CSV file ({error})") from None
    if not rows or [c.strip().casefold() for c in rows[0]] != list(MAPPING_COLUMNS):
        raise UnreadableFile(name, 'expected a CSV file with the header "original,pseudonym"')
    mapping: dict[str, str] = {}
    owners: dict[str, str] = {}
    for line, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 2:
            raise UnreadableFile(name, f"line {line}: expected 2 columns (original,pseudonym), found {len(row)}")
        original, pseudonym = (cell[1:] if cell.startswith("'") else cell for cell in row)
        pseudonym = pseudonym.strip()
        if not original.strip() or not PSEUDONYM.match(pseudonym):
            raise UnreadableFile(name, f"line {line}: expected a label and a pseudonym such as P1 or M1, "
                                       f"found {original!r},{pseudonym!r}")
        owner = owners.get(_key(original))
        if owner is not None and mapping[owner] != pseudonym:
            raise UnreadableFile(name, f"line {line}: {original!r} has two pseudonyms")
        if owner is None and pseudonym in mapping.values():
            raise UnreadableFile(name, f"line {line}: pseudonym {pseudonym} is given to two speakers")
        owners.setdefault(_key(original), original)
        mapping.setdefault(owners[_key(original)], pseudonym)
    return mapping
