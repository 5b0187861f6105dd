"""What WebVTT and SubRip share: cues to speaker turns.

Subtitle cues are cut by time, not by speaker, so consecutive cues of one
speaker become one turn. The speaker comes from a `<v Name>` voice tag, a
`Name:` prefix (Zoom) or a `[Name]` prefix (Vibe), or whisper.cpp's
`(speaker 1)`, or a line with the name alone above the words (Teams' old
.docx download); a cue without any (or with whisper.cpp's `Speaker?`, the
channel it could not tell) continues the previous speaker, except in a
two-person file whose timing tells: where every change of speaker comes after
a pause and the cues of one speaker follow each other without one, an
unnamed cue after a pause is the other person's.
A dialogue cue (Subtitle Edit: `- text` / `- JOHAN: text`, each line opening
with a dash, or only the second when it names its speaker) is one piece per
dashed line.
Broadcast captions mark each change of speaker with `>>` (`>> DAVE: text`),
also inside a cue; in a file whose cues open with `>>`, each such piece is
read like a cue of its own (elsewhere `>>` is just text: "Settings >> Privacy").
A `>>` without a name continues the previous speaker: who spoke is unknown.
Subtitlers who name no one mark speakers by colour (`<font color="#ffff00">` in
SubRip, Subtitle Edit's `<c.yellow>` in WebVTT), the main speaker left white: in a
file without names whose cues are wholly in one colour (three at least, a fifth of
the cues, two colours with white), each colour is a speaker named as written and an
uncoloured line is `white`'s; a coloured word inside a line is only emphasis.
Accessibility subtitles that name no one set the off-screen voice in italics (`<i>…</i>`, as subtitling
guidelines ask for a voice not seen on screen): in a file without names or colours whose cues wholly in italics ask
questions (three such cues at least, half of their runs asking), those cues are the interviewer's and the
plain ones `unknown`'s; an italic word inside a cue is only emphasis.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

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
_PAREN_PREFIX = re.compile(r"^\((?P<name>speaker \d{1,2})\)\s*(?P<text>.+)$", re.DOTALL | re.IGNORECASE)  # whisper.cpp
# whisper.cpp's channel it could not tell: the voice "Speaker?" in WebVTT, "(speaker ?) text" in SubRip
_UNKNOWN_VOICE = re.compile(r"speaker ?\?", re.IGNORECASE)
_UNKNOWN_PREFIX = re.compile(r"^\(speaker \?\)\s*", re.IGNORECASE)
_DIALOGUE_DASH = re.compile(r"^\s*[-–—]\s?(?=[^\s\-–—])")
_ABUTTING = 0.05  # seconds between cues that follow each other without a pause
# SubRip's <font color="#ffff00"> as written; in WebVTT one of its colour classes (<c.yellow>, <c.yellow.bg_black>)
_COLOUR_SPAN = re.compile(r"<font\s+color\s*=\s*[\"']?(?P<font>[^\"'>\s]+)[\"']?\s*>(?P<font_text>.*?)</font>"
                          r"|<c\.(?P<class>white|lime|cyan|red|yellow|magenta|blue|black)(?:\.[\w-]+)*>(?P<class_text>.*?)</c>",
                          re.DOTALL | re.IGNORECASE)
UNCOLOURED = "white"  # the colour of a line without one, as subtitlers leave the main speaker
ITALIC_SPEAKER = "Interviewer"  # the off-screen voice of subtitles that mark it in italics only
_ITALIC_TAG = re.compile(r"<(/?)i>", re.IGNORECASE)


def _bracket_prefix(text: str) -> re.Match | None:
    """Vibe and WhisperX write "[Speaker 1] text"; "[skratt] text" is a note, not a speaker."""
    found = _BRACKET_PREFIX.match(text)
    if found and is_annotation(found.group("name")):
        return None
    return found


# WebVTT's character references; the direction marks are dropped, as they only steer how text is shown
_ESCAPES = {"amp": "&", "lt": "<", "gt": ">", "nbsp": " ", "lrm": "", "rlm": "", "quot": '"', "apos": "'"}
_ESCAPE = re.compile(r"&(?:(?P<name>amp|lt|gt|nbsp|lrm|rlm|quot|apos)"
                     r"|#(?P<dec>\d{1,7})|#[xX](?P<hex>[0-9a-fA-F]{1,6}));")


def unescape(text: str) -> str:
    """WebVTT escapes decoded in one pass (`Gunnel &amp; Åke` -> `Gunnel & Åke`; `&amp;lt;` -> `&lt;`).

    Only named references with their semicolon: `AT&T` and `&copy` stay as written.
    """
    return _ESCAPE.sub(_unescaped, text)


def _unescaped(found: re.Match) -> str:
    if found.group("name"):
        return _ESCAPES[found.group("name")]
    code = int(found.group("dec")) if found.group("dec") else int(found.group("hex"), 16)
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else found.group(0)


@dataclass
class Cue:
    start_s: float | None
    end_s: float | None
    text: str
    voice: str | None = None
    colour: str | None = None  # in a file that marks speakers by colour only
    italic: bool = False  # wholly in italics: the off-screen voice, in a file that marks it so only


def parse_cue_text(lines: list[str]) -> tuple[str | None, str]:
    """(voice tag speaker or None, plain text) of a cue's text lines."""
    raw = "\n".join(lines)
    voice = _VOICE.search(raw)
    text = _TAG.sub("", raw)
    text = re.sub(r"[ \t]+", " ", unescape(text))
    text = " ".join(line.strip() for line in text.split("\n") if line.strip())
    speaker = clean_label(unescape(voice.group(1))) if voice else None
    if speaker and _UNKNOWN_VOICE.fullmatch(speaker):
        speaker = None
    return speaker, _UNKNOWN_PREFIX.sub("", text, count=1)


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
    names = set() if by_line else _name_lines([texts for _times, _id, texts in raw])
    by_colour = not by_line and not names and _colour_coded([texts for _times, _id, texts in raw])
    cues = []
    for (start, end), cue_id, texts in raw:
        named = None
        if len(texts) >= 2 and texts[0].strip() in names:
            named, texts = clean_label(texts[0]), texts[1:]
        for speaker, colour, piece in _pieces(texts, by_line=by_line, by_colour=by_colour):
            for voiced in _voice_pieces(piece):
                voice, text = parse_cue_text(voiced)
                cues.append(Cue(start, end, text, named or speaker or voice or _speaker_in_id(cue_id), colour,
                                _wholly_italic(voiced)))
    return cues


def _name_lines(cue_lines: list[list[str]]) -> set[str]:
    """The speakers' names of cues that open with a line holding the name alone, the words below: Microsoft
    Teams' transcript as it downloaded in 2021-22 (`.docx`: `0:0:1.200 --> 0:0:13.720`, `Jo Price`, the text).
    Only where four cues in five at least (three at least) open with a name that comes back, so two-line
    subtitles are never read so; there a name seen once is believed if it looks like one. Empty otherwise.

    Examples:
        >>> sorted(_name_lines([["Jo Price", "Hello."], ["Ann Lee", "Hi."], ["Jo Price", "Welcome."],
        ...                    ["Ann Lee", "Thanks."], ["Bo Berg", "Hi all."]]))
        ['Ann Lee', 'Bo Berg', 'Jo Price']
        >>> _name_lines([["It was late", "and dark."], ["It was late", "again."], ["Then we left.", "Bye."]])
        set()
    """
    firsts = Counter(texts[0].strip() for texts in cue_lines if len(texts) >= 2 and _name_line(texts[0].strip()))
    recurring = sum(count for count in firsts.values() if count >= 2)
    if len(cue_lines) < 3 or recurring < 0.8 * len(cue_lines):
        return set()
    # "Hirst, Margaret": Teams writes some organisations' display names surname first
    return {name for name, count in firsts.items() if count >= 2 or looks_like_name(name.replace(", ", " "))}


def _name_line(line: str) -> bool:
    """A display name alone (`Jo Price`, `Hirst, Margaret`, `Ann Lee (Guest)`): no tags, no `Name: ` label, not
    a note in brackets (`(laughs)`, Google Meet's `(Anna Berg)` is read as its own shape)."""
    return (not any(mark in line for mark in "<>:[]") and not line.startswith("(")
            and looks_like_label(line.replace(", ", " ", 1)))


def _voice_pieces(lines: list[str]) -> list[list[str]]:
    """A cue's lines cut at each voice span after the first: WebVTT lets one cue hold two voices (the end of one
    person's words and the other's reply), each its own piece; text before the first voice is a piece of its own.

    Examples:
        >>> _voice_pieces(["<v.ot Nkechi Obi>I send it back.</v>", "<v.int Jo Price>Is that often?</v>"])
        [['<v.ot Nkechi Obi>I send it back.</v>'], ['<v.int Jo Price>Is that often?</v>']]
        >>> _voice_pieces(["<v Ann>Yes.</v> <v Bo>No.</v>"])
        [['<v Ann>Yes.</v> '], ['<v Bo>No.</v>']]
    """
    if sum(line.count("<v") for line in lines) < 2:  # (nearly every cue: looked at without a regex)
        return [lines]
    raw = "\n".join(lines)
    starts = [found.start() for found in _VOICE.finditer(raw)]
    if len(starts) < 2:
        return [lines]
    bounds = sorted({0, *starts, len(raw)})
    return [raw[begin:end].strip("\n").split("\n") for begin, end in pairwise(bounds)]


def _pieces(lines: list[str], *, by_line: bool, by_colour: bool) -> list[tuple[str | None, str | None, list[str]]]:
    """A cue's lines as (speaker, colour, lines) pieces: cut at Google Meet's speaker lines, at each change
    of colour in a file that marks speakers by colour, else at dialogue dashes."""
    if by_colour:
        return [(None, colour, texts) for colour, texts in _pieces_by_colour(lines)]
    pieces = _pieces_by_speaker_line(lines) if by_line else _dialogue_pieces(lines)
    return [(speaker, None, texts) for speaker, texts in pieces]


def _colour_coded(cue_lines: list[list[str]]) -> bool:
    """Does the file mark speakers by colour? Three cues or more, a fifth of them at least, are wholly in a
    colour, and two colours (white counted) are used: a coloured word here and there is emphasis."""
    pieces = [_pieces_by_colour(lines) for lines in cue_lines]
    coloured = sum(bool(cue) and all(colour != UNCOLOURED for colour, _lines in cue) for cue in pieces)
    colours = {colour for cue in pieces for colour, _lines in cue}
    return coloured >= max(3, len(cue_lines) / 5) and len(colours) >= 2


def _pieces_by_colour(lines: list[str]) -> list[tuple[str, list[str]]]:
    """A cue's lines as (colour, lines): a colour span that fills its lines is that colour's piece (SubRip's
    `<font color="#ffff00">` as written, WebVTT's `<c.yellow>` by its class), the lines outside one are white.
    A span inside a line ("sa <font color=red>nej</font> till") is left in its line."""
    raw = "\n".join(lines)
    pieces: list[tuple[str, list[str]]] = []
    position = 0
    for span in _COLOUR_SPAN.finditer(raw):
        if not _fills_its_lines(raw, span):
            continue
        _add_piece(pieces, UNCOLOURED, raw[position:span.start()])
        if span.group("font"):
            _add_piece(pieces, span.group("font"), span.group("font_text"))
        else:
            _add_piece(pieces, span.group("class"), span.group("class_text"))
        position = span.end()
    _add_piece(pieces, UNCOLOURED, raw[position:])
    return pieces


def _wholly_italic(lines: list[str]) -> bool:
    """All of the cue's text inside `<i>…</i>`, in one span or a span per line; one italic word is emphasis.

    Examples:
        >>> _wholly_italic(["<i>Hur länge har du", "jobbat där?</i>"]), _wholly_italic(["<i>Och?</i>", "<i>Sen?</i>"])
        (True, True)
        >>> _wholly_italic(["Det var <i>inte</i> bra."])
        False
    """
    raw = "\n".join(lines)
    inside, seen, position = False, False, 0
    for tag in _ITALIC_TAG.finditer(raw):  # walked once, not a lazy regex per span: a cue of many `<i>` is linear
        if not inside and _TAG.sub("", raw[position:tag.start()]).strip():
            return False
        inside = not tag.group(1)
        seen = seen or inside
        position = tag.end()
    return seen and (inside or not _TAG.sub("", raw[position:]).strip())


def _fills_its_lines(raw: str, span: re.Match) -> bool:
    """Nothing but tags before the span on its first line and after it on its last."""
    line_start = raw.rfind("\n", 0, span.start()) + 1
    line_end = raw.find("\n", span.end())
    before, after = raw[line_start:span.start()], raw[span.end():] if line_end < 0 else raw[span.end():line_end]
    return not _TAG.sub("", before).strip() and not _TAG.sub("", after).strip()


def _add_piece(pieces: list[tuple[str, list[str]]], colour: str, text: str) -> None:
    lines = [line for line in text.split("\n") if _TAG.sub("", line).strip()]
    if lines:
        pieces.append((colour, lines))


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


def _dialogue_pieces(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """A dialogue cue cut at each line opening with a dash, the dash dropped ("- Det är problemet." /
    "- JOHAN: Vill du berätta mer?"): where its first line and another open with one, or (a dash on
    the second speaker's line only) where a later dashed line names its speaker. So a dash further
    into a cue ("Det var så\n- tyvärr.") or in a cue of its own stays speech."""
    dashed = [bool(_DIALOGUE_DASH.match(line)) for line in lines]
    both = bool(dashed) and dashed[0] and sum(dashed) >= 2
    cuts = [dash and (both or (index > 0 and bool(_PREFIX.match(_undashed(line)))))
            for index, (line, dash) in enumerate(zip(lines, dashed))]
    if not any(cuts):
        return [(None, lines)]
    pieces: list[tuple[str | None, list[str]]] = []
    for line, cut in zip(lines, cuts):
        if cut or not pieces:
            pieces.append((None, []))
        pieces[-1][1].append(_undashed(line) if cut else line)
    return pieces


def _undashed(line: str) -> str:
    return _DIALOGUE_DASH.sub("", line, count=1)


def _after_blank(lines: list[str], index: int) -> bool:
    return index <= 0 or not lines[index - 1].strip()


def cues_to_utterances(cues: list[Cue]) -> list[Utterance]:
    """Merge cues into turns, one per run of cues by the same speaker."""
    cues = _split_speaker_changes(_drop_rolling_repeats(cues))
    labelled = _labelled(cues)
    speakers = _speakers(cues, [label for label, _text in labelled])
    turns: list[Utterance] = []
    for cue, (_label, text), speaker in zip(cues, labelled, speakers):
        if not text:
            continue
        if turns and turns[-1].speaker == speaker:
            turns[-1].text += " " + text
            turns[-1].end_s = cue.end_s
        else:
            turns.append(Utterance(speaker=speaker, text=text, turn=len(turns),
                                   start_s=cue.start_s, end_s=cue.end_s))
    return turns


def _labelled(cues: list[Cue]) -> list[tuple[str | None, str]]:
    """(speaker the cue names or None, its text without the name) per cue."""
    prefixes = [_PREFIX.match(cue.text) or _bracket_prefix(cue.text) or _PAREN_PREFIX.match(cue.text) for cue in cues]
    counts = Counter(clean_label(m.group("name")) for m in prefixes if m)
    labelled: list[tuple[str | None, str]] = []
    for cue, prefix in zip(cues, prefixes):
        name = clean_label(prefix.group("name")) if prefix else ""
        if cue.voice:
            labelled.append((cue.voice, cue.text))
        elif prefix and (prefix.re is _PAREN_PREFIX
                         or _believable(name, counts, bracketed=prefix.re is _BRACKET_PREFIX)):
            labelled.append((name, prefix.group("text").strip()))
        else:
            labelled.append((None, cue.text))
    if not any(label for label, _text in labelled):  # colours or italics are speakers only where no one is named
        if not any(cue.colour for cue in cues) and _italics_mark_the_interviewer(cues):
            return [(ITALIC_SPEAKER if cue.italic and not _SUNG.search(cue.text) else "unknown", text)
                    for cue, (_label, text) in zip(cues, labelled)]
        return [(cue.colour, text) for cue, (_label, text) in zip(cues, labelled)]
    return labelled


_SUNG = re.compile(r"[♪♫]")  # a song's lines, which subtitlers set in italics too


def _italics_mark_the_interviewer(cues: list[Cue]) -> bool:
    """Do the cues wholly in italics hold an off-screen interviewer's questions? Three of them at least and three
    plain ones, three runs of italic cues at least, and more than half of the runs ask something: italic song
    lyrics (`♪`, never a question) or a narrator's lines (a rhetorical question in one run of two) do not.

    Examples:
        >>> talk = [("Var jobbar du?", True), ("I nattpatrullen.", False), ("Hur länge?", True), ("Nio år.", False),
        ...         ("Och sedan?", True), ("Sedan bilen.", False)]
        >>> _italics_mark_the_interviewer([Cue(None, None, text, italic=italic) for text, italic in talk])
        True
        >>> narrated = [("In 1990 they built.", True), ("Many moved in.", True), ("We came.", False),
        ...             ("It was new.", False), ("Who would pay?", True), ("But it aged.", True), ("No one.", False)]
        >>> _italics_mark_the_interviewer([Cue(None, None, text, italic=italic) for text, italic in narrated])
        False
    """
    italic = [cue.italic and not _SUNG.search(cue.text) for cue in cues]
    if sum(italic) < 3 or len(cues) - sum(italic) < 3:
        return False
    asking: list[bool] = []  # per run of italic cues, whether it asks something
    for index, (cue, is_italic) in enumerate(zip(cues, italic)):
        if is_italic and (index == 0 or not italic[index - 1]):
            asking.append(False)
        if is_italic:
            asking[-1] = asking[-1] or "?" in cue.text
    return len(asking) >= 3 and sum(asking) > len(asking) / 2


def _speakers(cues: list[Cue], labels: list[str | None]) -> list[str]:
    """Each cue's speaker: the one it names, else the previous cue's (or, where pauses mark the
    changes between two people, the other one's after a pause)."""
    named = list(dict.fromkeys(label for label in labels if label))
    pauses_tell = _pauses_mark_changes(cues, labels)
    speakers: list[str] = []
    speaker = "unknown"
    for index, label in enumerate(labels):
        if label:
            speaker = label
        elif pauses_tell and speaker in named and (_gap(cues, index) or 0.0) > _ABUTTING:  # no time: no pause
            speaker = named[1 - named.index(speaker)]
        speakers.append(speaker)
    return speakers


def _pauses_mark_changes(cues: list[Cue], labels: list[str | None]) -> bool:
    """Do two people take turns with a pause between, while one person's cues follow each other
    without one? Then an unnamed cue after a pause (a label forgotten when typing names in by hand,
    whisper.cpp's `Speaker?`) is the other person's.

    Judged on the cues that name a new speaker (every one after a pause) and on those that go on
    without a name or with the name of the cue before (four in five without one), five of each at least.
    """
    if len({label for label in labels if label}) != 2:
        return False
    changes: list[float] = []
    continued: list[float] = []
    last = None
    for index, label in enumerate(labels):
        gap = _gap(cues, index)
        if gap is not None and label and label != last:
            changes.append(gap)
        elif gap is not None and (not label or labels[index - 1]):  # (the same name after unnamed cues may be either)
            continued.append(gap)
        last = label or last
    return (len(changes) >= 5 and len(continued) >= 5 and min(changes) > _ABUTTING
            and sum(gap <= _ABUTTING for gap in continued) >= 0.8 * len(continued))


def _gap(cues: list[Cue], index: int) -> float | None:
    """Seconds between the end of the cue before and the start of this one."""
    if index == 0 or cues[index - 1].end_s is None or cues[index].start_s is None:
        return None
    return cues[index].start_s - cues[index - 1].end_s


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
        pieces.extend(dataclasses.replace(cue, text=part) for part in parts if part)
    return pieces


def is_cue_list(lines: list[str]) -> bool:
    """Subtitle cues (a number, "00:00:04.500 --> 00:00:08.100", text) make up the lines: three at least, and
    nearly every line with "-->" is a cue timing after a number or a blank line."""
    arrows = [index for index, line in enumerate(lines) if "-->" in line]
    cues = [index for index in arrows if timing(lines[index])
            and (index == 0 or not lines[index - 1].strip() or lines[index - 1].strip().isdigit())]
    return len(cues) >= 3 and len(cues) >= 0.9 * len(arrows)


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
        if (kept and cue.text.startswith(kept[-1].text)
                and (cue.voice, cue.colour, cue.italic) == (kept[-1].voice, kept[-1].colour, kept[-1].italic)):
            cue = dataclasses.replace(cue, text=cue.text[len(kept[-1].text):].strip())
        if cue.text:
            kept.append(cue)
    return kept
