"""Participant turns to statements.

A statement is a sentence, or a few short adjacent sentences merged, from a
participant's turn. Fillers and backchannels ("mm", "ja", "precis", "yeah")
stay in the transcript as turns but never become statements. Each statement
carries the moderator question that came before it.

Text of any length is safe: a paragraph is handed to spaCy in chunks well
under its `max_length`, cut after a sentence end where there is one, and a
"sentence" of more than `MAX_STATEMENT_WORDS` words (auto-captions have no
punctuation) becomes several statements of equal length, cut between words.
"""

from __future__ import annotations

import re
from itertools import pairwise

from insights.language import sentence_splitter
from insights.models import MODERATOR, Statement, Transcript

# Words that carry no content on their own in Swedish or English talk.
FILLER_WORDS = frozenset(
    ["mm", "mmm", "mhm", "mm-hmm", "hm", "hmm", "m", "ja", "jaa", "jaha", "jaså", "japp", "jo", "nej", "nä", "näe", "precis", "okej", "ok", "okay", "oj", "eh", "ehm", "öh", "äh", "ah", "aha", "a", "aa", "ba", "asså", "liksom", "typ", "absolut", "visst", "exakt", "just", "det", "tack", "så", "mycket", "yes", "yeah", "yep", "yup", "no", "nope", "right", "sure", "exactly", "uh", "um", "uhm", "er", "erm", "oh", "ah-ha", "uh-huh", "i", "see", "thanks", "thank", "you", "well", "so", "like", "great", "good", "bra", "toppen", "kul", "fint"]
)
MIN_STATEMENT_WORDS = 4
# Longer than any punctuated sentence in the sample and shared corpora (at most 144 words).
MAX_STATEMENT_WORDS = 150
# Characters handed to spaCy at once: far under its max_length (1,000,000), and small Docs.
CHUNK_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s")
_NON_SPACE = re.compile(r"\S+")
_WORD = re.compile(r"[\w'’-]+")
_OPEN_BRACKET_AT_END = re.compile(r"\s*[(\[{]+$")
_ANNOTATION = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def is_filler(text: str) -> bool:
    """True when the text is only fillers, backchannels and annotations like [laughs]."""
    words = [w.lower() for w in _WORD.findall(_ANNOTATION.sub(" ", text))]
    return all(word in FILLER_WORDS for word in words)


def segment(transcript: Transcript) -> list[Statement]:
    """The statements of a transcript's participant turns, in order."""
    language = transcript.language or "xx"
    statements: list[Statement] = []
    question = ""
    for utterance in transcript.utterances:
        if utterance.role == MODERATOR:
            if not is_filler(utterance.text):
                question = last_question(utterance.text)
            continue
        for index, text in enumerate(split_statements(utterance.text, language)):
            statements.append(Statement(
                source=transcript.source, session=transcript.session, speaker=utterance.speaker,
                role=utterance.role, turn=utterance.turn, text=text, language=language,
                question=question, start_s=utterance.start_s, end_s=utterance.end_s, index_in_turn=index,
            ))
    return statements


def split_statements(text: str, language: str) -> list[str]:
    """Sentences of a turn without fillers, short neighbours merged."""
    nlp = sentence_splitter(language)
    punctuation = frozenset(nlp.get_pipe("sentencizer").punct_chars)
    sentences = []
    for paragraph in text.split("\n"):
        for chunk in chunks(paragraph, min(CHUNK_CHARS, nlp.max_length)):
            if punctuation.isdisjoint(chunk):  # one sentence: spare spaCy a Doc of 15,000 tokens
                found = [chunk.strip()]
            else:
                found = _reattach_open_brackets([s.text.strip() for s in nlp(chunk).sents])
            sentences += [piece for sentence in found for piece in _split_long(sentence)]
    sentences = [s for s in sentences if s and not is_filler(s)]
    return _merge_short(sentences)


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` in pieces of at most `size` characters, cut after a sentence end, else at a space.

    Examples:
        >>> chunks("One two. Three four five.", 12)
        ['One two. ', 'Three four ', 'five.']
    """
    pieces = []
    while len(text) > size:
        window = text[:size]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends else max(window.rfind(" "), window.rfind("\t")) + 1 or size
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text else pieces


def _split_long(sentence: str) -> list[str]:
    """A sentence of more than MAX_STATEMENT_WORDS words as equal pieces, cut between words, verbatim."""
    if len(sentence) <= 2 * MAX_STATEMENT_WORDS:  # too short to hold that many words
        return [sentence]
    words = [m.span() for m in _NON_SPACE.finditer(sentence)]
    if len(words) <= MAX_STATEMENT_WORDS:
        return [sentence]
    count = -(-len(words) // MAX_STATEMENT_WORDS)
    bounds = [len(words) * i // count for i in range(count + 1)]
    return [sentence[words[a][0]:words[b - 1][1]] for a, b in pairwise(bounds)]


def last_question(text: str) -> str:
    """The question sentences of a moderator turn, or the turn if it asks none."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]
    questions = [s for s in sentences if s.endswith("?")]
    return " ".join(questions[-2:]) if questions else text.strip()


def _reattach_open_brackets(sentences: list[str]) -> list[str]:
    """The sentencizer leaves the "(" of "here. (laughs) And" on the sentence before."""
    for index in range(len(sentences) - 1):
        dangling = _OPEN_BRACKET_AT_END.search(sentences[index])
        if dangling:
            sentences[index + 1] = dangling.group().strip() + sentences[index + 1]
            sentences[index] = sentences[index][: dangling.start()]
    return sentences


def _merge_short(sentences: list[str]) -> list[str]:
    """Very short sentences join a neighbour, unless that would pass MAX_STATEMENT_WORDS."""
    merged: list[str] = []
    for sentence in sentences:
        short = merged and (_words(merged[-1]) < MIN_STATEMENT_WORDS or _words(sentence) < MIN_STATEMENT_WORDS // 2)
        if short and _fits(merged[-1], sentence):
            merged[-1] = f"{merged[-1]} {sentence}"
        else:
            merged.append(sentence)
    if len(merged) > 1 and _words(merged[-1]) < MIN_STATEMENT_WORDS and _fits(merged[-2], merged[-1]):
        tail = merged.pop()
        merged[-1] = f"{merged[-1]} {tail}"
    return merged


def _fits(first: str, second: str) -> bool:
    return len(_NON_SPACE.findall(first)) + len(_NON_SPACE.findall(second)) <= MAX_STATEMENT_WORDS


def _words(text: str) -> int:
    return len(_WORD.findall(text))
