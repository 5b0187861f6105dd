"""What WebVTT and SubRip share: cues to speaker turns.

Subtitle cues are cut by time, not by speaker, so consecutive cues of one
speaker become one turn. The speaker comes from a `<v Name>` voice tag, a
`Name:` prefix (Zoom) or a `[Name]` prefix (Vibe); a cue without any
continues the previous speaker.
Broadcast captions mark each change of speaker with `>>` (`>> DAVE: text`),
also inside a cue; in a file whose cues open with `>>`, each such piece is
read like a cue of its own (elsewhere `>>` is just text: "Settings >> Privacy").
A `>>` without a name continues the previous speaker: who spoke is unknown.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from insights.ingest.speakers import clean_label, is_annotation, looks_like_label, looks_like_name, parse_time
from insights.models import Utterance

TIMING = re.compile(
    r"^\s*(?P<start>(?:\d+:)?\d{1,2}:\d{1,2}[.,]\d{1,3})\s*-->\s*(?P<end>(?:\d+:)?\d{1,2}:\d{1,2}[.,]\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")
_NON_CUE_BLOCKS = ("NOTE", "STYLE", "REGION")
_PREFIX = re.compile(r"^(?P<name>[^:<>]{1,60}?):\s+(?P<text>.+)$", re.DOTALL)
_SPEAKER_CHANGE = re.compile(r"(?:^|\s)>>\s*")
_BRACKET_PREFIX = re.compile(r"^\[(?P<name>[^\]\d:\s][^\]:]{0,40})\]\s+(?P<text>.+)$", re.DOTALL)


def _bracket_prefix(text: str) -> re.Match | None:
    """Vibe and WhisperX write "[Speaker 1] text"; "[skratt] text" is a note, not a speaker."""
    found = _BRACKET_PREFIX.match(text)
    if found and is_annotation(found.group("name")):
        return None
    return found


@dataclass
class Cue:
    start_s: float | None
    end_s: float | None
    text: str
    voice: str | None = None


def parse_cue_text(lines: list[str]) -> tuple[str | None, str]:
    """(voice tag speaker or None, plain text) of a cue's text lines."""
    raw = "\n".join(lines)
    voice = _VOICE.search(raw)
    text = _TAG.sub("", raw)
    text = re.sub(r"[ \t]+", " ", text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
    text = " ".join(line.strip() for line in text.split("\n") if line.strip())
    return (clean_label(voice.group(1)) if voice else None), text


def parse_cues(lines: list[str]) -> list[Cue]:
    """Cues from subtitle lines (after any header): timing, optional id, text.

    A timing line always starts a new cue, even where a broken file has no
    blank line before it; the line just before a timing line is the cue id.
    Webex names the speaker in the cue id (`12 "Anna Berg" (9177447090)`);
    Google Meet's captions on a line of its own (`(Anna Berg)`), and a cue may
    hold two speakers (`-` between them).
    """
    raw: list[tuple[tuple[float | None, float | None], str | None, list[str]]] = []
    text_lines: list[str] = []
    times: tuple[float | None, float | None] | None = None
    cue_id: str | None = None
    skipping = False
    last_text_index = -1
    for index, line in enumerate(lines):
        previous_blank = _after_blank(lines, index)
        if previous_blank and line.startswith(_NON_CUE_BLOCKS):
            skipping = True
        if not line.strip():
            skipping = False
            continue
        if skipping:
            continue
        found = timing(line)
        if found:
            next_id = None
            if index > 0 and lines[index - 1].strip() and _after_blank(lines, index - 1):
                next_id = lines[index - 1]  # the cue id
                if text_lines and last_text_index == index - 1:
                    text_lines.pop()  # (read as the last cue's text in a broken file with no blank line between)
            if times is not None:
                raw.append((times, cue_id, text_lines))
            times, text_lines, cue_id = found, [], next_id
        elif times is not None and "-->" not in line and not (previous_blank and line.strip().isdigit()):
            text_lines.append(line)  # (not a broken timing line, not an orphaned cue number)
            last_text_index = index
    if times is not None:
        raw.append((times, cue_id, text_lines))
    by_line = sum(bool(texts) and _speaker_line(texts[0]) is not None for _times, _id, texts in raw) > len(raw) / 2
    cues = []
    for (start, end), cue_id, texts in raw:
        pieces = _pieces_by_speaker_line(texts) if by_line else [(None, texts)]
        for speaker, piece in pieces:
            voice, text = parse_cue_text(piece)
            cues.append(Cue(start, end, text, speaker or voice or _speaker_in_id(cue_id)))
    return cues


_ID_SPEAKER = re.compile(r'^\s*\d+\s+"(?P<name>[^"]{1,80})"')
_SPEAKER_LINE = re.compile(r"^\s*\((?P<name>[^()]{1,60})\)\s*$")


def _speaker_in_id(cue_id: str | None) -> str | None:
    """Webex: `12 "Anna Berg" (9177447090)` -> "Anna Berg"."""
    found = _ID_SPEAKER.match(cue_id or "")
    return clean_label(found.group("name")) if found else None


def _speaker_line(line: str) -> str | None:
    """Google Meet captions: a line "(Anna Berg)" names who speaks next."""
    found = _SPEAKER_LINE.match(line)
    name = clean_label(found.group("name")) if found else ""
    if not name or not looks_like_name(name) or is_annotation(name):
        return None  # "(Laughter)", "(Music)" are notes
    return name


def _pieces_by_speaker_line(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """A cue's lines cut at each speaker line; a lone "-" (the change of speaker) is dropped."""
    pieces: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in lines:
        speaker = _speaker_line(line)
        if speaker:
            pieces.append((speaker, []))
        elif line.strip() != "-":
            pieces[-1][1].append(line)
    return [(speaker, texts) for speaker, texts in pieces if texts]


def _after_blank(lines: list[str], index: int) -> bool:
    return index <= 0 or not lines[index - 1].strip()


def cues_to_utterances(cues: list[Cue]) -> list[Utterance]:
    """Merge cues into turns, one per run of cues by the same speaker."""
    cues = _split_speaker_changes(_drop_rolling_repeats(cues))
    prefixes = [_PREFIX.match(cue.text) or _bracket_prefix(cue.text) for cue in cues]
    counts = Counter(clean_label(m.group("name")) for m in prefixes if m)
    turns: list[Utterance] = []
    speaker = "unknown"
    for cue, prefix in zip(cues, prefixes):
        text = cue.text
        if cue.voice:
            speaker = cue.voice
        elif prefix and _believable(clean_label(prefix.group("name")), counts, bracketed=prefix.re is _BRACKET_PREFIX):
            speaker, text = clean_label(prefix.group("name")), prefix.group("text").strip()
        if not text:
            continue
        if turns and turns[-1].speaker == speaker:
            turns[-1].text += " " + text
            turns[-1].end_s = cue.end_s
        else:
            turns.append(Utterance(speaker=speaker, text=text, turn=len(turns),
                                   start_s=cue.start_s, end_s=cue.end_s))
    return turns


def _split_speaker_changes(cues: list[Cue]) -> list[Cue]:
    """Cues cut at each `>>` (a change of speaker in broadcast captions), each piece with the cue's times.

    Only in captions that use the convention: at least two cues, and a tenth of them, open with `>>`.
    """
    opening = sum(cue.text.startswith(">>") for cue in cues)
    if opening < max(2, len(cues) // 10):
        return cues
    pieces: list[Cue] = []
    for cue in cues:
        parts = [part.strip() for part in _SPEAKER_CHANGE.split(cue.text)]
        pieces.extend(Cue(cue.start_s, cue.end_s, part, cue.voice) for part in parts if part)
    return pieces


def timing(line: str) -> tuple[float | None, float | None] | None:
    found = TIMING.match(line)
    if not found:
        return None
    return parse_time(found.group("start")), parse_time(found.group("end"))


def _believable(name: str, counts: Counter, bracketed: bool = False) -> bool:
    if bracketed:  # "[Speaker 1]" comes back; "[PHONE RINGS]" is a sound
        return bool(_NUMBERED_SPEAKER.fullmatch(name)) or (counts[name] >= 3 and looks_like_label(name))
    return looks_like_label(name) and (counts[name] >= 2 or looks_like_name(name))


_NUMBERED_SPEAKER = re.compile(r"(?:speaker|talare|spk)[ _]?\d{1,2}", re.IGNORECASE)


def _drop_rolling_repeats(cues: list[Cue]) -> list[Cue]:
    """Auto-captions repeat the previous cue's text at the start of the next."""
    kept: list[Cue] = []
    for cue in cues:
        if kept and cue.text.startswith(kept[-1].text) and cue.voice == kept[-1].voice:
            cue = Cue(cue.start_s, cue.end_s, cue.text[len(kept[-1].text):].strip(), cue.voice)
        if cue.text:
            kept.append(cue)
    return kept
