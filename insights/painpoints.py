"""Sentiment and kind (pain, praise, suggestion, question, neutral) per statement and per turn.

The method is lexicons plus rules, all offline and deterministic:

- Hand-written lexicons per language under ``insights/lexicons/<language>/`` (see the
  README there): evaluative words and phrases of public-service talk with a weight,
  intensifiers and hedges, negators, spoken fillers, but-words, and regular
  expressions for suggestions and questions. Multi-word phrases win over their parts
  ("ingen ringde tillbaka", "not bad at all", "a bit rich").
- A statement's score is the sum of its evaluative terms, each scaled by the
  intensifier or hedge before it, flipped (and damped) by a negator shortly before it
  (in Swedish also right after a verb: "det funkade inte"), and weighted down before a
  but-word and up after one. The sum is squashed to [-1, 1].
- Kind: a suggestion pattern wins (wishes about the past, "I wish I'd known", are
  complaints and do not count); then a real question (not a tag like "right?"); then
  pain or praise by the sign of a clear sentiment; else neutral. Answers to a moderator
  question that asks for improvements are suggestions unless they are pain or praise.
- A turn takes the kind with the most weight among its statements (a clear complaint
  makes a turn pain even when other sentences are neutral); mixed praise and pain give
  sentiment 0 and keep the stronger kind.

With an embedding model it was trained for, a sentiment probe (`insights.probe`: a
ridge regression from the statement's vector to the sentiment coders gave its turn,
trained on the sample studies' gold) is added to the lexicon score before the kind is
decided: how much more negative than the study's other statements a statement sounds
(PROBE_WEIGHT), plus a little of the training studies' negative lean (PROBE_LEAN).
Participants often complain without an evaluative word ("Inte ett ljud.", "then you
sit in the entrance until quarter to four"); the lexicons alone missed a third of the
pain turns in studies they were not written from. Leaving each of five studies out of
the probe's training, pain F1 went from 0.758 to 0.807 on average at nearly the same
precision (benchmarks/sentiment_probe.py; with four studies in session 5: 0.768 to
0.812). The lexicon part stays the explainable core: without the probe (other models,
or `probe=None`) it works alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from insights.probe import SentimentProbe

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
FALLBACK_LANGUAGE = "en"

# Swedish puts the negator after a finite verb ("det funkade inte"), English before it.
POSTVERBAL_NEGATION = frozenset({"sv"})
# How many words after a negator or modifier it still reaches ("inte heller särskilt smidigt").
NEGATION_WINDOW = 4
MODIFIER_WINDOW = 2
# A negated positive is nearly as negative ("not helpful"); a negated negative is only
# mildly positive ("not bad") unless emphasised ("not bad at all").
NEGATED_POSITIVE = 0.8
NEGATED_NEGATIVE = 0.5
# A negator that flips no evaluative word (see _score).
NEGATION_ALONE = -0.6
BEFORE_CONTRAST = 0.5
AFTER_CONTRAST = 1.5
# Squashing constant: one clear term (weight 2) gives about 0.7.
SQUASH = 4.0
# Suggestions talk about a wished-for state: its good words are hypothetical.
SUGGESTION_POSITIVE = 0.0
SUGGESTION_NEGATIVE = 0.5
# |sentiment| from which a statement counts as pain or praise (a single weak word like
# "okej" does not), and below which a question stays a question, not a rhetorical complaint.
KIND_THRESHOLD = 0.3
RHETORICAL_QUESTION = -0.5
QUESTION_MIN_WORDS = 4
# Turn aggregation: an explicit suggestion or question weighs like one clear complaint.
SUGGESTION_WEIGHT = 1.0
QUESTION_WEIGHT = 1.0
TURN_FLOOR = 0.4
PAIN_SALIENCE = 1.5
MIXED_SHARE = 0.5
# The sentiment probe next to the lexicon score: its learned direction at full weight, and
# a tenth of its intercept (the training studies lean negative, -0.49). Chosen leaving one of
# four studies out: pain F1 0.812 at precision 0.80 (lexicons: 0.768 at 0.82); the whole
# prediction at 0.25 scored 0.821 but at precision 0.77: it called plain narration pain.
PROBE_WEIGHT = 1.0
PROBE_LEAN = 0.1

_ANNOTATION = re.compile(r"\[[^\]]*\]")
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[.;:!?…]+|,|\s[-–—]\s|[–—]")
_STOP = re.compile(r"^([.;:!?…,]+|\s?[-–—]\s?)$")


@dataclass(frozen=True)
class Lexicon:
    """One language's lexicons, as loaded by `load_lexicon`."""

    language: str
    phrases: dict  # tuple of tokens -> (type, value); type: term, mod, post, block
    wildcards: dict  # (length, first two letters) -> ((tokens, type, value), ...), most specific first
    prefixes: tuple  # ((compound prefix, factor), ...) longest first
    negators: frozenset
    fillers: frozenset
    contrast: frozenset
    suggestion: tuple
    not_suggestion: tuple
    question: tuple
    question_tags: tuple
    prompts: tuple
    reactions: tuple
    max_len: int


def tokenize(text: str) -> list[str]:
    """Lower-cased word and punctuation tokens; annotations like [skratt] dropped."""
    text = _ANNOTATION.sub(" ", text).replace("’", "'").lower()
    return [t.strip() or "," for t in _TOKEN.findall(text)]


def _term_tokens(term: str) -> tuple[str, ...]:
    """A lexicon entry tokenised like a statement, keeping a trailing * on a word."""
    tokens = []
    for word in term.split():
        parts = tokenize(word)
        if word.endswith("*") and parts:
            parts[-1] += "*"
        tokens += parts
    return tuple(tokens)


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    lines = (line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _weighted(path: Path) -> list[tuple[str, float]]:
    rows = []
    for line in _lines(path):
        term, _, weight = line.partition("\t")
        rows.append((term.strip().lower(), float(weight)))
    return rows


def _patterns(path: Path) -> tuple:
    return tuple(re.compile(line.strip()) for line in _lines(path))


@lru_cache(maxsize=8)
def load_lexicon(language: str, folder: Path = LEXICON_DIR) -> Lexicon:
    """The lexicon of a language; languages without a folder use English.

    Examples:
        >>> load_lexicon("sv").phrases[("inget", "konstigt")]
        ('term', 1.0)
    """
    base = Path(folder) / language
    if not base.is_dir():
        base = Path(folder) / FALLBACK_LANGUAGE
    entries: list[tuple[tuple[str, ...], str, float]] = []
    for term, weight in _weighted(base / "sentiment.tsv"):
        entries.append((_term_tokens(term), "term", weight))
    prefixes = []
    for term, factor in _weighted(base / "modifiers.tsv"):
        if term.endswith("-"):
            prefixes.append((term[:-1], factor))
        elif term.startswith("+"):
            entries.append((_term_tokens(term[1:]), "post", factor))
        else:
            entries.append((_term_tokens(term), "block" if factor == 1 else "mod", factor))
    phrases, wildcards = {}, []
    for tokens, kind, value in entries:
        if any(token.endswith("*") for token in tokens):
            wildcards.append((tokens, kind, value))
        else:
            phrases[tokens] = (kind, value)
    wildcards.sort(key=lambda entry: -sum(len(t) for t in entry[0]))
    wildcard_index: dict = {}
    for entry in wildcards:
        wildcard_index.setdefault((len(entry[0]), entry[0][0][:2]), []).append(entry)
    return Lexicon(
        language=base.name,
        phrases=phrases,
        wildcards={key: tuple(entries) for key, entries in wildcard_index.items()},
        prefixes=tuple(sorted(prefixes, key=lambda p: -len(p[0]))),
        negators=frozenset(_lines(base / "negators.txt")),
        fillers=frozenset(_lines(base / "fillers.txt")),
        contrast=frozenset(_lines(base / "contrast.txt")),
        suggestion=_patterns(base / "suggestion.txt"),
        not_suggestion=_patterns(base / "not_suggestion.txt"),
        question=_patterns(base / "question.txt"),
        question_tags=_patterns(base / "question_tags.txt"),
        prompts=_patterns(base / "prompts.txt"),
        reactions=_patterns(base / "reactions.txt"),
        max_len=max((len(tokens) for tokens, _, _ in entries), default=1),
    )


# --- matching -----------------------------------------------------------------------------

def _token_matches(token: str, pattern: str) -> bool:
    return token.startswith(pattern[:-1]) if pattern.endswith("*") else token == pattern


def _lookup(tokens: list[str], start: int, lexicon: Lexicon) -> tuple[int, str, float] | None:
    """Longest lexicon entry starting at `start`: (length, type, value); exact beats wildcard."""
    for length in range(min(lexicon.max_len, len(tokens) - start), 0, -1):
        window = tuple(tokens[start:start + length])
        if window in lexicon.phrases:
            return (length, *lexicon.phrases[window])
        for pattern, kind, value in lexicon.wildcards.get((length, window[0][:2]), ()):
            if all(_token_matches(t, p) for t, p in zip(window, pattern)):
                return length, kind, value
    return None


def _compound(token: str, lexicon: Lexicon) -> float | None:
    """Weight of a compound like "jättekrångligt": an intensifying prefix plus a known term."""
    for prefix, factor in lexicon.prefixes:
        rest = token[len(prefix):]
        if token.startswith(prefix) and len(rest) >= 3:
            found = _lookup([rest], 0, lexicon)
            if found and found[1] == "term":
                return found[2] * factor
    return None


@dataclass
class _Unit:
    kind: str  # term, mod, post, block, neg, contrast, stop, word
    value: float = 0.0
    negates: bool = False  # a phrase with a negator inside ("funkade inte") reaches on


def _units(tokens: list[str], lexicon: Lexicon) -> list[_Unit]:
    tokens = [t for t in tokens if t not in lexicon.fillers]
    units, i = [], 0
    while i < len(tokens):
        token = tokens[i]
        found = _lookup(tokens, i, lexicon)
        if found:
            length, kind, value = found
            inner = tokens[i:i + length]
            units.append(_Unit(kind, value, any(t in lexicon.negators or t.endswith("n't") for t in inner)))
            i += length
            continue
        if _STOP.match(token):
            units.append(_Unit("stop"))
        elif token in lexicon.negators or token.endswith("n't"):
            units.append(_Unit("neg"))
        elif token in lexicon.contrast:
            units.append(_Unit("contrast"))
        elif (weight := _compound(token, lexicon)) is not None:
            units.append(_Unit("term", weight))
        else:
            units.append(_Unit("word"))
        i += 1
    return units


def _negator_follows(units: list[_Unit], position: int, words_between: int = 1) -> int | None:
    """Index of a negator right after a (verb) term, as in "det funkade inte"."""
    for index in range(position + 1, min(position + 2 + words_between, len(units))):
        if units[index].kind == "neg":
            return index
        if units[index].kind not in ("word", "block"):
            return None
    return None


def _score(text: str, lexicon: Lexicon) -> float:
    """Unsquashed sentiment: the sum of the statement's weighted terms."""
    units = _units(tokenize(text), lexicon)
    parts: list[list] = []  # [value, clause, negated, unit index]
    unused_negators: list[tuple[int, int]] = []  # (unit index, clause) of negators that flipped nothing
    claimed: set[int] = set()  # negators after a verb, already used by it ("funkade inte")
    clause, neg_left, mod, mod_left = 0, 0, 1.0, 0
    postverbal = lexicon.language in POSTVERBAL_NEGATION
    for index, unit in enumerate(units):
        if unit.kind == "stop":
            neg_left, mod, mod_left = 0, 1.0, 0
        elif unit.kind == "contrast":
            clause += 1
            neg_left, mod, mod_left = 0, 1.0, 0
        elif unit.kind == "neg":
            neg_left = NEGATION_WINDOW
            if index not in claimed and not _interjection(units, index):
                unused_negators.append((index, clause))
        elif unit.kind == "mod":
            mod = (mod if mod_left else 1.0) * unit.value
            mod_left = MODIFIER_WINDOW
        elif unit.kind == "post":
            if parts and parts[-1][2] and parts[-1][1] == clause and index - parts[-1][3] <= 3:
                parts[-1][0] *= unit.value
        elif unit.kind == "term":
            value = unit.value * (mod if mod_left else 1.0)
            negated = neg_left > 0
            if negated:
                before = [n for n in unused_negators if n[0] < index]
                if before:
                    unused_negators.remove(before[-1])
            elif postverbal and (after := _negator_follows(units, index)) is not None:
                negated = True
                claimed.add(after)
            if negated:
                value = -value * (NEGATED_POSITIVE if value > 0 else NEGATED_NEGATIVE)
            parts.append([value, clause, negated, index])
            mod, mod_left = 1.0, 0
            neg_left = NEGATION_WINDOW if unit.negates else max(neg_left - 1, 0)
        else:
            neg_left = max(neg_left - 1, 0)
            mod_left = max(mod_left - 1, 0)
    # A negation that flips no evaluative word still tells of an unmet expectation
    # ("hon hade inte läst på", "they wouldn't talk to me").
    parts += [[NEGATION_ALONE, negator_clause, False, index] for index, negator_clause in unused_negators]
    last_clause = clause
    total = 0.0
    for value, part_clause, _, _ in parts:
        if part_clause < last_clause:
            value *= BEFORE_CONTRAST
        elif last_clause > 0:
            value *= AFTER_CONTRAST
        total += value
    return total


def _interjection(units: list[_Unit], index: int) -> bool:
    """A negator standing alone ("Nej, ...", "No.") answers; it negates nothing."""
    return index + 1 >= len(units) or units[index + 1].kind == "stop"


def _squash(score: float) -> float:
    return float(score / np.sqrt(score * score + SQUASH))


# --- kinds --------------------------------------------------------------------------------

def _normalised(text: str) -> str:
    return " ".join(_ANNOTATION.sub(" ", text).replace("’", "'").lower().split())


def is_suggestion(text: str, language: str) -> bool:
    """True when the statement proposes a change ("det borde finnas…", "it would help if…").

    Examples:
        >>> is_suggestion("Det hade varit bra om man kunde spara ett utkast.", "sv")
        True
        >>> is_suggestion("I wish I'd known that from the start.", "en")
        False
    """
    lexicon = load_lexicon(language)
    normal = _normalised(text)
    if any(p.search(normal) for p in lexicon.not_suggestion):
        # A past wish can sit next to a real one: "should have told us, and they should add…".
        rest = normal
        for pattern in lexicon.not_suggestion:
            rest = pattern.sub(" ", rest)
        return any(p.search(rest) for p in lexicon.suggestion)
    return any(p.search(normal) for p in lexicon.suggestion)


def is_question(text: str, language: str) -> bool:
    """True for a real question to the organisation or the group (not a tag like "right?").

    Examples:
        >>> is_question("Varför kan man inte se var ärendet ligger?", "sv")
        True
        >>> is_question("It was quite clear, right?", "en")
        False
    """
    lexicon = load_lexicon(language)
    sentences = [s.strip() for s in re.split(r"(?<=[.!?…])\s+", _normalised(text)) if s.strip()]
    for sentence in sentences:
        if any(p.search(sentence) for p in lexicon.question_tags):
            continue
        # Indirect questions ("jag undrar om…", "I wonder whether…") have no question mark.
        if any(p.search(sentence) for p in lexicon.question):
            return True
        # Elliptic questions ("Forty minutes?", "Vad är behov?") are mostly rhetorical or
        # self-answered; a question to someone has a few words.
        if sentence.endswith("?") and len(sentence.split()) >= QUESTION_MIN_WORDS:
            return True
    return False


def asks_question(text: str, language: str) -> bool:
    """True when the speaker explicitly asks ("Does anybody know if…", "Kan jag fråga…")."""
    normal = _normalised(text)
    return any(p.search(normal) for p in load_lexicon(language).question)


def is_reaction(text: str, language: str) -> bool:
    """True for a short reaction to another speaker ("That's awful, Alan.", "Oj, vad synd.").

    Examples:
        >>> is_reaction("That's awful, Alan.", "en")
        True
        >>> is_reaction("The form was awful.", "en")
        False
    """
    normal = _normalised(text)
    return any(p.search(normal) for p in load_lexicon(language).reactions)


def sentiment(text: str, language: str) -> float:
    """Sentiment of one statement in [-1, 1].

    Examples:
        >>> sentiment("Det var inte särskilt smidigt.", "sv") < 0
        True
        >>> sentiment("Honestly, not bad at all.", "en") > 0
        True
    """
    lexicon = load_lexicon(language)
    if is_reaction(text, language):
        return 0.0
    score = _score(text, lexicon)
    if is_suggestion(text, language):
        score *= SUGGESTION_POSITIVE if score > 0 else SUGGESTION_NEGATIVE
    return _squash(score)


def classify_kind(text: str, language: str, sentiment: float) -> str:
    """Kind of one statement: pain, praise, suggestion, question or neutral.

    Examples:
        >>> classify_kind("It would help if they rang you back.", "en", 0.0)
        'suggestion'
        >>> classify_kind("Handläggaren var jättehjälpsam.", "sv", 0.8)
        'praise'
    """
    if is_suggestion(text, language):
        return "suggestion"
    if asks_question(text, language):
        return "question"
    # A clearly negative question is a complaint ("Hur ska man veta det?"); a clearly
    # positive one is uptalk ("it was quite clear?").
    if RHETORICAL_QUESTION < sentiment < KIND_THRESHOLD and is_question(text, language):
        return "question"
    if sentiment <= -KIND_THRESHOLD:
        return "pain"
    if sentiment >= KIND_THRESHOLD:
        return "praise"
    return "neutral"


def asks_for_suggestions(question: str, language: str) -> bool:
    """True when a moderator question invites improvements ("Om du fick bestämma…")."""
    if not isinstance(question, str) or not question.strip():
        return False
    normal = _normalised(question)
    return any(p.search(normal) for p in load_lexicon(language).prompts)


def analyse_statements(statements: pd.DataFrame, vectors: np.ndarray | None = None,
                       probe: SentimentProbe | None = None) -> pd.DataFrame:
    """Sentiment and kind of every statement.

    Args:
        statements: rows with `text` and `language` ("sv"/"en"); an optional `question`
            (the moderator question before the statement) turns neutral answers to
            "what would you change?" into suggestions.
        vectors: optional row-aligned embeddings of the statements (one study's).
        probe: a sentiment probe for the model of `vectors` (`insights.probe.probe_for`);
            with both, the probe's prediction joins the lexicon score.

    Returns:
        A DataFrame with the same index and columns `sentiment` (float in [-1, 1]) and
        `kind` (one of KINDS).

    Examples:
        >>> table = pd.DataFrame({"text": ["Ingen ringde tillbaka.", "The staff were lovely."],
        ...                       "language": ["sv", "en"]}, index=[7, 9])
        >>> analyse_statements(table)["kind"].tolist()
        ['pain', 'praise']
    """
    if vectors is not None and len(vectors) != len(statements):
        raise ValueError(f"vectors has {len(vectors)} rows but statements has {len(statements)}; "
                         "pass embeddings row-aligned with the statements")
    texts = [text if isinstance(text, str) else "" for text in statements["text"]]
    languages = [language if isinstance(language, str) else FALLBACK_LANGUAGE for language in statements["language"]]
    questions = statements["question"] if "question" in statements else pd.Series("", index=statements.index)
    scores = np.array([sentiment(text, language) for text, language in zip(texts, languages)], dtype=float)
    if probe is not None and vectors is not None:
        scores = np.clip(scores + probe.predict(vectors, languages, weight=PROBE_WEIGHT, lean=PROBE_LEAN), -1.0, 1.0)
    kinds = []
    for text, language, question, score in zip(texts, languages, questions, scores):
        kind = classify_kind(text, language, score)
        if kind == "neutral" and len(text.split()) >= 3 and asks_for_suggestions(question, language):
            kind = "suggestion"
        kinds.append(kind)
    return pd.DataFrame({"sentiment": scores, "kind": kinds}, index=statements.index)


def rule_labels(statements: pd.DataFrame, vectors: np.ndarray | None, probe: SentimentProbe | None,
                stages: pd.Series, situation_stage: str | None) -> pd.DataFrame:
    """Sentiment and kind of every statement by the rules (`analyse_statements`), pain only where it is
    pain with the service (`service_pain_only`): what the analysis stores before a kind probe has its say,
    and what the kind probe learns from. `statements` need `source` and `turn` too; `stages` is row-aligned.
    """
    labels = analyse_statements(statements, vectors, probe)
    turns = (statements["source"].astype(str) + ":" + statements["turn"].astype(str)).to_numpy()
    labels["kind"] = service_pain_only(labels["kind"], pd.Series(np.asarray(stages), index=labels.index),
                                       turns, situation_stage)
    return labels


def service_pain_only(kinds: pd.Series, stages: pd.Series, turns: np.ndarray,
                      situation_stage: str | None) -> pd.Series:
    """Kinds with `pain` turned `neutral` in turns about the person's situation.

    A pain point is a pain with the service. Where the need arises, before any contact
    ("I've got COPD and arthritis", "det blev för trångt"), negative words describe a
    life, and the sentiment keeps saying so; counting them as pain points filled the pain
    themes with introductions. A turn is about the situation when most of its statements
    are in `situation_stage` (`StageSet.situation_stage`; None changes nothing), so a
    complaint inside an introduction that the journey places elsewhere stays pain only
    when its turn is not an introduction.

    Examples:
        >>> kinds = pd.Series(["pain", "pain", "pain", "praise"])
        >>> stages = pd.Series(["need", "need", "apply", "need"])
        >>> service_pain_only(kinds, stages, np.array(["t1", "t1", "t2", "t3"]), "need").tolist()
        ['neutral', 'neutral', 'pain', 'praise']
    """
    if situation_stage is None or kinds.empty:
        return kinds
    in_situation = situation_turns(stages, turns, situation_stage)
    return kinds.where(~((kinds == "pain").to_numpy() & in_situation), "neutral")


def situation_turns(stages: pd.Series, turns: np.ndarray, situation_stage: str | None) -> np.ndarray:
    """Per row: is its turn about the person's situation (most of its statements in `situation_stage`)?"""
    if situation_stage is None or len(stages) == 0:
        return np.zeros(len(stages), dtype=bool)
    counts = pd.crosstab(np.asarray(turns), np.asarray(stages))
    turn_stage = counts.idxmax(axis=1)  # the most common stage of each turn (ties: the first by name)
    return pd.Series(np.asarray(turns)).map(turn_stage).to_numpy() == situation_stage


# --- turns --------------------------------------------------------------------------------

def turn_label(sentiments: list[float], kinds: list[str]) -> tuple[int, str]:
    """(sentiment in {-1, 0, 1}, main kind) of one turn from its statements.

    Negative and positive sentiment add up over the turn's statements (also the weak
    ones that are neutral on their own); a suggestion or question weighs a fixed amount.
    The heaviest kind is the turn's, neutral when nothing weighs enough. Complaints
    weigh more than praise, as coders treat "it was fine, but…" as a complaint; praise
    and pain of similar weight make sentiment 0 (a mixed turn).

    Examples:
        >>> turn_label([0.0, -0.7, 0.1], ["neutral", "pain", "neutral"])
        (-1, 'pain')
        >>> turn_label([0.9, -0.4], ["praise", "pain"])
        (0, 'praise')
    """
    evaluative = [(s, k) for s, k in zip(sentiments, kinds) if k != "suggestion"]
    weights = {
        "pain": PAIN_SALIENCE * sum(-s for s, _ in evaluative if s < 0),
        "praise": sum(s for s, k in evaluative if s > 0 and k != "question"),
        "suggestion": SUGGESTION_WEIGHT * kinds.count("suggestion"),
        "question": QUESTION_WEIGHT * kinds.count("question"),
    }
    main = max(weights, key=lambda kind: (weights[kind], -KINDS.index(kind)))
    if weights[main] < TURN_FLOOR:
        return 0, "neutral"
    if main in ("suggestion", "question"):
        return 0, main
    pain, praise = weights["pain"], weights["praise"]
    if min(pain, praise) >= TURN_FLOOR and min(pain, praise) >= MIXED_SHARE * max(pain, praise):
        return 0, main
    return (-1 if main == "pain" else 1), main


def follow_turn_kinds(statement_labels: pd.DataFrame, turn_kinds: pd.Series) -> pd.DataFrame:
    """Statement labels changed as little as needed for each turn to read as `turn_kinds` says on pain.

    `turn_kinds` (indexed by source and turn; a kind probe's, `insights.probe.KindProbe`)
    decides whether a turn is a pain point; the statements keep their own labels wherever
    the turn already reads that way (`turn_label`) and for turns it does not name. A turn
    it calls pain that the rules did not gets its most negative statement as the pain,
    made negative enough to carry the turn. A turn it calls something else that the rules
    called pain gets that kind for its pain statements, its negative sentiment softened
    until the turn no longer reads as pain. Rows keep their order and index.

    Examples:
        >>> rows = pd.DataFrame({"source": ["a"] * 3, "turn": [1, 1, 2], "sentiment": [0.0, -0.1, -0.8],
        ...                      "kind": ["question", "neutral", "pain"]})
        >>> learned = pd.Series(["pain", "suggestion"], index=pd.MultiIndex.from_tuples([("a", 1), ("a", 2)]))
        >>> follow_turn_kinds(rows, learned)[["sentiment", "kind"]].values.tolist()
        [[0.0, 'question'], [-0.75, 'pain'], [-0.8, 'suggestion']]
    """
    sentiments = statement_labels["sentiment"].to_numpy(dtype=float).copy()
    kinds = statement_labels["kind"].to_numpy(dtype=object).copy()
    groups = statement_labels.groupby(["source", "turn"], sort=False).indices
    for key, rows in groups.items():
        learned = turn_kinds.get(key)
        if learned is None or (learned == "pain") == (turn_label(list(sentiments[rows]), list(kinds[rows]))[1] == "pain"):
            continue
        if learned == "pain":
            sentiments[rows], kinds[rows] = _made_pain(sentiments[rows], kinds[rows])
        else:
            sentiments[rows], kinds[rows] = _made_not_pain(sentiments[rows], kinds[rows], learned)
    return statement_labels.assign(sentiment=sentiments, kind=kinds)


def _made_pain(sentiments: np.ndarray, kinds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The turn's most negative statement a pain point, as mildly negative as still carries the turn."""
    worst = int(np.argmin(sentiments))
    kinds, original = kinds.copy(), sentiments[worst]
    kinds[worst] = "pain"
    for floor in (-KIND_THRESHOLD, -0.5, -0.75, -1.0):
        sentiments = sentiments.copy()
        sentiments[worst] = min(original, floor)
        if turn_label(list(sentiments), list(kinds))[1] == "pain":
            break
    return sentiments, kinds


def _made_not_pain(sentiments: np.ndarray, kinds: np.ndarray, learned: str) -> tuple[np.ndarray, np.ndarray]:
    """The turn's pain statements given the learned kind, its negative sentiment softened until it is not pain."""
    kinds = np.where(kinds == "pain", learned, kinds)
    softened = sentiments
    for factor in (1.0, 0.5, 0.25, 0.0):
        softened = np.where(sentiments < 0, sentiments * factor, sentiments)
        if turn_label(list(softened), list(kinds))[1] != "pain":
            break
    return softened, kinds


def turn_labels(statement_labels: pd.DataFrame, situation_stage: str | None = None) -> pd.DataFrame:
    """One row per (source, turn): `sentiment` in {-1, 0, 1} and the main `kind`.

    With a `journey_stage` column and the stage set's `situation_stage`, a turn about the
    person's situation is never a pain point (as in `service_pain_only`); its sentiment stays.

    Examples:
        >>> rows = pd.DataFrame({"source": ["a.txt"] * 3, "turn": [4, 4, 6],
        ...                      "sentiment": [-0.8, 0.0, 0.7], "kind": ["pain", "neutral", "praise"]})
        >>> turn_labels(rows).to_dict("records")
        [{'source': 'a.txt', 'turn': 4, 'sentiment': -1, 'kind': 'pain'}, {'source': 'a.txt', 'turn': 6, 'sentiment': 1, 'kind': 'praise'}]
    """
    situation = np.zeros(len(statement_labels), dtype=bool)
    if "journey_stage" in statement_labels:
        turns = statement_labels.groupby(["source", "turn"], sort=False).ngroup().to_numpy()
        situation = situation_turns(statement_labels["journey_stage"], turns, situation_stage)
    records = []
    for (source, turn), group in statement_labels.assign(_situation=situation).groupby(["source", "turn"], sort=False):
        label, kind = turn_label(group["sentiment"].astype(float).tolist(), group["kind"].tolist())
        if kind == "pain" and group["_situation"].iloc[0]:
            kind = "neutral"
        records.append({"source": source, "turn": turn, "sentiment": label, "kind": kind})
    return pd.DataFrame(records, columns=["source", "turn", "sentiment", "kind"])
