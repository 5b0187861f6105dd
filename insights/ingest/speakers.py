"""Find speaker turns in lines of text, whatever shape the labels take.

Used by the plain-text and Word readers. Recognised label shapes:

    Anna: text                    NAME: text, SPEAKER 1: text
    [00:01:02] Anna: text         00:01:02 Anna: text
    [00:24.757 --> 00:28.090] SPEAKER_00: text   (openai-whisper's verbose output, labelled by pyannote)
    ## Anna (2025-11-18T10:01:16.200Z)   (Granola synced to Obsidian: a heading with an ISO time, turn below)
    (00:01:02) IP2: text          (Swedish transcription agencies)
    Anna (00:01:02): text         [id1] text
    Ruth (Harfield DC) (00:19.95) (Riverside: a display name with brackets, label line, turn below)
    Anna: [00:01:02] text         (Sonix)
    Anna Svensson   0:01:23       (Teams Word export: label line, turn below)
    [00:01:02.80] - Anna          (Happy Scribe: label line, turn below)
    ● Anna  [00:00:15.9 – 00:00:36.3]  (Buzz's Word export: label line with a time or range, turn below)
    [Anna Svensson] 10:02:39      (Zoom's saved transcript: label line, turn below)
    [Speaker 1] (0:00 - 0:06)     (TurboScribe: label line with a time range, turn below)
    > [!quote] Anna               (an Obsidian note's quote callout, its "> " lines the turn)
    \t- Anna: text                (a Logseq page's block: the bullet goes, `key:: value` properties are no one's)
    0:35 - Anna (firm.se)         (Fathom: the e-mail domain in brackets is dropped)
    00:00:05 Talare 1             (Word's Transcribe: label line, turn below)
    Anna | 00:05                  (Krisp: label line, turn below)
    --- Anna ---                  (Fireflies via its API exporter: label line, "[00:02] sentence" lines below;
                                   believed when the names recur, so a lone "--- Summary ---" is a heading)
    **Anna:** text                (Markdown, as oTranscribe exports)
    1. **Anna:** text             (a Markdown ordered list, an item per turn: each kept apart, as numbered turns)
    <10:02:06 AM> Anna: text      (Jitsi; "<time> Anna joined the conference" is dropped)
    Anna | text | 00:00:03        (teams-transcript-formatter)
    Speaker 0    00:00:01    text (Rev.ai's plain text: name, time and text apart by spaces or tabs)
    AB – text                     (typed or dictated notes: initials or names and a dash; believed only
                                   in a file made of them: two recur, on half the lines)
    (speaker 1) text              (whisper.cpp --diarize; "(speaker ?)", the channel it could not tell, is dropped)
    Q. text  /  A. text           (typed notes: Q, A, I, R, F, S, M, D, P or IP; believed only
                                   when two of them recur and no other shape is in use)
    Tilda         text            (ELAN's Traditional Transcript: the tier name padded to a label column, the
                  next lines       wrapped lines indented under the text; only in files made of them)
    P3                            (label alone on a line, paragraphs below)
    Anna                          (a pandoc definition list: the term the speaker, `:   ` and the turn below,
    :   text                       indented lines and paragraphs going on; in files of three such at least)

A line holding only a time or a time range (`00:00:04:15 - 00:00:15:03`, as
video editors write, with frames) dates the label next to it and is not
text; time marks inside a line (f4transkript's `#00:01:02-3#`, noScribe's
`[00:02:07]`, InqScribe's `[01:00.01]`) and at the start of a segment line (aTrain's `[00:00:24] - `)
are dropped, and so are a typist's `[00:05:00]` marks alone on a line and HTML comments (`<!-- … -->`). Teams'
transcript copied from the app glues the screen reader's time to the shown one
(`2 minuter 5 sekunder2:05`, under the name): that line dates the name. A conversation analyst's
silence on a line of its own (`(0.4)`) and a typist's note between turns (a paragraph
wholly in parentheses, three words or more) are not text either. What
tools write as the talk starts or ends (`Anna started transcription`, Otter's
`Transcribed by https://otter.ai`, `[END OF RECORDING]`) is no one's words.

A label is only believed when the file gives reason to: it recurs, carries a
time, or looks like a name. So "Obs: ..." or "kl. 10:30" in a turn stay text.
Lines before the first believed label are session metadata, not turns.
A `Name:` label that opens lines also starts a turn after a sentence inside a
line (Buzz's TXT export runs turns together until a pause): only names already
believed as labels, so "Det sa hon: nej." stays text.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from insights.ingest.columns import COLUMN_NAMES
from insights.language import TRANSCRIBER_NOTES
from insights.models import Utterance

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_CLOCK = rf"{_TIME}\s*[AaPp]\.?[Mm]\.?"
_HMS = r"\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?"  # Word's Transcribe always writes seconds  # Jitsi: "<10:02:06 AM>"
_NAME = r"[^:\[\]\t]{1,80}?"

# "JE – text", as a researcher types (or dictates) initials and a dash: believed only in files made of it.
_DASH_LABEL = re.compile(r"^(?P<name>[^\W\d_][\w.'’]*(?: [\w.'’]+){0,3})\s+[-–—]\s+(?P<text>\S.*)$")

# (shape, pattern, has_time). Order matters: the first match wins.
_SHAPES: list[tuple[str, re.Pattern[str], bool]] = [
    # openai-whisper's verbose lines with a diarizer's label added: "[00:24.757 --> 00:28.090] SPEAKER_00: text"
    ("bracket_range_name",
     re.compile(rf"^\[(?P<time>{_TIME})\s*-->\s*{_TIME}\]\s*(?P<name>{_NAME}):(?:\s+(?P<text>.*)|$)"), True),
    ("bracket_time", re.compile(rf"^\[(?P<time>{_TIME})\]\s*(?P<name>{_NAME}):(?:\s+(?P<text>.*)|$)"), True),
    # Swedish transcription agencies: "(00:01:02) IP2: text" at every change of speaker
    ("paren_time", re.compile(rf"^\((?P<time>{_TIME})\)\s*(?P<name>{_NAME}):(?:\s+(?P<text>.*)|$)"), True),
    ("bracket_time_dash_name", re.compile(rf"^\[(?P<time>{_TIME})\]\s*[-–—]\s*(?P<name>{_NAME})\s*$"), True),
    # Read.ai: "[00:07] Tomasz Nowak", the turn on the next line
    ("bracket_time_name",
     re.compile(rf"^\[(?P<time>{_TIME})\]\s+(?P<name>[^\s\-–—:\[\]][^:\[\]]{{0,59}}?)\s*$"), True),
    ("time_name", re.compile(rf"^(?P<time>{_TIME})\s*[-–]?\s+(?P<name>{_NAME}):(?:\s+(?P<text>.*)|$)"), True),
    ("name_paren_time",  # the name may carry a bracket of its own, as Riverside's "Ruth (Harfield DC) (00:19.95)"
     re.compile(rf"^(?P<name>[^:()\[\]]{{1,60}}?(?:\s*\([^():\d]{{1,40}}\))?)\s*\((?P<time>{_TIME})\)\s*:?(?:\s+(?P<text>.*)|$)"),
     True),
    ("name_pipe_text_time",
     re.compile(rf"^(?P<name>[^|:]{{1,60}}?)\s+\|\s+(?P<text>.+?)\s+\|\s+(?P<time>{_TIME})\s*$"), True),
    ("name_bracket_time",  # Buzz's Word export: "● Anna  [00:00:15.939 – 00:00:36.375]"
     re.compile(rf"^(?P<name>[^:\[\]]{{1,60}}?)\s+\[(?P<time>{_TIME})(?:\s*(?:-->|[-–—])\s*{_TIME})?\]\s*$"), True),
    # Teams' Word export "Anna Svensson   0:01:23"; Krisp writes "anna svensson | 00:05", Condens "Anna · 00:00:06"
    ("teams", re.compile(rf"^(?P<name>[^:\[\]|·]{{1,60}}?)(?:\s{{2,}}|\t|\s*[|·]\s*|\s)(?P<time>{_TIME})$"), True),
    # Rev.ai's plain text: "Speaker 0    00:00:01    text", a line per monologue, the fields apart by spaces
    ("name_time_text",
     re.compile(rf"^(?P<name>[^:\[\]\t|]{{1,60}}?)(?:\s{{2,}}|\t)(?P<time>{_TIME})(?:\s{{2,}}|\t)(?P<text>\S.*)$"), True),
    ("angle_time_name", re.compile(rf"^<(?P<time>{_CLOCK})>\s+(?P<name>{_NAME}):(?:\s+(?P<text>.*)|$)"), True),
    ("name_colon_bracket_time", re.compile(rf"^(?P<name>{_NAME}):\s*\[(?P<time>{_TIME})\](?:\s+(?P<text>.*)|$)"), True),
    # Speechmatics' text: "SPEAKER: S1" on a line of its own, the turn below ("UU": the speaker it could not tell)
    ("speaker_field", re.compile(r"^SPEAKER:\s*(?P<name>[^\s:][^:]{0,40}?)\s*$"), False),
    ("name_colon", re.compile(rf"^(?P<name>{_NAME}):(?:\s+(?P<text>.*)|$)"), False),
    ("bracket_name_time",
     re.compile(rf"^\[(?P<name>[^\]\d:\s][^\]:]{{0,60}})\]\s+(?P<time>{_TIME})\s*$"), True),
    ("time_dash_name", re.compile(rf"^(?P<time>{_TIME})\s*[-–—]\s+(?P<name>{_NAME})\s*$"), True),
    ("hms_name", re.compile(rf"^(?P<time>{_HMS})\s+(?P<name>{_NAME})\s*$"), True),
    ("bracket_name_range",  # TurboScribe: "[Speaker 1] (0:00 - 0:06)", the turn below
     re.compile(rf"^\[(?P<name>[^\]\d:\s][^\]:]{{0,30}})\]\s*\((?P<time>{_TIME})\s*[-–—]\s*{_TIME}\)\s*(?P<text>.*)$"), True),
    ("bracket_name", re.compile(r"^\[(?P<name>[^\]\d:\s][^\]:]{0,30})\]:?\s*(?P<text>.*)$"), False),
    ("letter_dot", re.compile(r"^(?P<name>(?:IP|Q|A|I|R|F|S|M|D|P)\d{0,2})\.\s+(?P<text>\S.*)$"), False),
    ("dashed_name", re.compile(r"^-{3}\s+(?P<name>[^\s:\[\]-][^:\[\]]{0,58}?)\s+-{3}$"), False),  # Fireflies exporter
    ("paren_speaker", re.compile(r"^\((?P<name>(?:speaker|talare) ?\d{1,2})\)\s*(?P<text>.*)$", re.IGNORECASE), False),
    ("bare", re.compile(r"^(?P<name>(?:[●•]\s*)?[\w][\w .'’\-]{0,40})$"), False),
]

# Labels that introduce notes or header fields, not speakers ("Obs: ...").
NOTE_LABELS = frozenset(
    """obs ob nb not note notes notera anm anmärkning kommentar kommentarer comment
    comments datum date tid time tidpunkt plats place location ort deltagare närvarande
    participants attendees present titel title rubrik ämne subject topic projekt project
    summary sammanfattning bakgrund background syfte purpose längd duration källa source
    transkribent transcriber transcribed inspelning recording kl klockan ps tema theme
    moment agenda dagordning""".split()
)
_AM_PM = re.compile(r"[AaPp]\.?[Mm]\.?")
_SURNAME_FIRST = re.compile(r"[^\W\d_][\w'’-]*, [^\W\d_][\w'’-]*(?: [^\W\d_][\w'’.-]*)?")
_SENTENCE_MARKS = re.compile(r"[?!;,]|\.\s*$|\.\.")
_TURN_NUMBER_PREFIX = re.compile(r"^(?:Anf\.|Anförande)\s*\d+\s+", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:[A-ZÅÄÖ][\w-]*\s+){0,3}(?:[Pp]age|PAGE|[Ss]ida|SIDA)\s+)?\d+\s*"
                          r"(?:/|of|av)\s*\d+\s*$")  # "3/6", "Sida 2 av 5", "Confidential Page 1 of 2"
_TRAILING_PAGE_NUMBER = re.compile(r"\s{5,}\d+\s*/\s*\d+\s*$")
# A PDF's running footer as Word lays it out on opening the PDF: its fields apart by tabs, the page number last
# ("OFFICIAL-SENSITIVE<TAB>Northdown Transcription Services<TAB>Page 1 of 6"); all of it is the page's, no one's words.
_TABBED_FOOTER = re.compile(r"^.*\t *(?:[Pp]age|PAGE|[Ss]ida|SIDA)\s+\d+\s*(?:/|of|av)\s*\d+\s*$")
_LINE_NUMBER = re.compile(r"^\s*(\d{1,5})(?:\s{2,}|\t|$)")
_LINE_NUMBER_SPACE = re.compile(r"^\s*(\d{1,5})(?: |$)")  # a PDF copied as text: "12 text", on nearly every line
_TIMECODE = r"\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[:;]\d{2}|[.,]\d{1,3})?\]?"  # 00:00:04:15 has frames
_FRAMES = re.compile(r"(?<=^\d\d:\d\d:\d\d)[:;]\d{2}$")  # video editors' hh:mm:ss:ff (";ff" drop-frame)
_TIME_LINE = re.compile(rf"^\s*(?P<start>{_TIMECODE})(?:\s*(?:-->|[-–—])\s*{_TIMECODE})?\s*$")
# ole/transcribe's Markdown dates each segment in seconds as Swift prints a Double, "12.31–19.15<br>"
_SECONDS_RANGE_LINE = re.compile(r"^\s*(?P<start>\d+\.\d+)\s*[-–—]\s*\d+\.\d+\s*(?:<br\s*/?>)?\s*$", re.IGNORECASE)
_EMAIL_DOMAIN = re.compile(r"\s+\((?:[^()\s@]+@)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\)$", re.IGNORECASE)
# noScribe marks a minute inside a turn ("[00:02:07]"), InqScribe about every minute ("[01:00.01]")
_INLINE_TIME = re.compile(rf"(?<=[^\s:])\s*\[{_TIME}\](?:\s+|$)")
# aTrain's MAXQDA export puts all of a turn's segments on one line: "[00:00:07] - text [00:00:15] - text"
_INLINE_SEGMENT_TIME = re.compile(rf"(?<=[^\s:])\s*\[{_TIME}\](?:\s*[-–—](?=\s))?(?:\s+|$)")
_BRACKETED_TIME = re.compile(rf"\[{_TIME}\]")
_SEGMENT_TIME = re.compile(rf"^\[{_TIME}\]\s*[-–—]?\s*")  # aTrain: "[00:00:24] - text", one line a segment
_MARKDOWN_LABEL = re.compile(rf"^(?P<before>\s*(?:{_TIME}\s+)?)(?:\*\*|__)(?P<name>[^*_\n]{{1,60}}?)"
                             r"(?::(?:\*\*|__)|(?:\*\*|__):)")
# tl;dv's Markdown: "**Anna Berg** (00:00:06)", the turn below: the name made plain, read as "Anna Berg (00:00:06)"
_MARKDOWN_TIMED_LABEL = re.compile(
    rf"^(?P<before>\s*)(?:\*\*|__)(?P<name>[^*_\n]{{1,60}}?)(?:\*\*|__)(?=\s*\({_TIME}\))")
# Granola's notes synced to Obsidian head each turn "## You (2025-11-18T10:01:16.200Z)": a Markdown heading holding a
# name and an ISO 8601 date and time in brackets (the zone or not); the time of day is the label's time. The date is
# required: notes and chapters headed "## Fees (05:10)" are not speakers.
_MARKDOWN_HEADING_LABEL = re.compile(
    r"^\s{0,3}#{1,6}\s+(?P<name>[^#()\[\]:\n]{1,60}?)\s*\(\d{4}-\d{2}-\d{2}[T ]"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\d*(?:Z|[+-]\d{2}:?\d{2})?\)\s*$")
# Jitsi's events and closing line, and separator lines ("_____") are no one's words.
_JOIN_OR_LEAVE = re.compile(rf"^(?:<{_CLOCK}>\s+[^:]+\s(?:joined|left) the conference\.?|End of transcript at .+"
                            r"|\s*[_=~-]{5,})\s*$", re.IGNORECASE)
_TIME_MARK = re.compile(r"\s*#\d{1,2}:\d{2}:\d{2}(?:[-.,]\d{1,3})?#")  # f4transkript
_TIME_MARK_LINE = re.compile(rf"^\s*\[{_HMS}\]\s*$")  # "[00:05:00]" alone on a line, as typists mark minutes
# What a tool or a transcriber writes when the talk starts or ends is no one's words: Teams' "Anna Berg started
# transcription" ("startade transkriberingen"), Meet's "Transcription ended after 00:22:23" or "Meeting ended after
# 00:08:33 👋", Otter's "Transcribed by https://otter.ai", Gemini's "This editable transcript was computer
# generated…" (a "####" heading once Google Docs saves the transcript as Markdown), an agency's "[END OF RECORDING]".
_TRANSCRIPTION_EVENT = re.compile(r"^\s*(?P<name>[^:]{1,80}?)\s(?:(?:started|stopped) transcription"
                                  r"|(?:startade|stoppade) transkriberingen)\s*$", re.IGNORECASE)
_SESSION_EVENT = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?:(?:Transcription|Meeting) ended after \S+(?:\s+[^\w\s]+)?|Transcribed by https?://\S+"
    r"|This editable transcript was computer generated\b.*"
    r"|[\[(](?:end of (?:the )?(?:recording|transcript|transcription|interview|session|tape)|recording (?:ends|ended)"
    r"|slut på (?:inspelningen|intervjun|transkriptionen)|inspelningen (?:slutar|avslutas|slut))\.?[\])])\s*\.?\s*$",
    re.IGNORECASE)
# Teams' transcript copied from the app glues the screen reader's time to the one shown: "2 minuter 5 sekunder2:05",
# "1 minute 8 seconds1:08".
_READ_ALOUD_TIME = re.compile(
    r"^\s*(?P<said>(?:\d+\s(?:hours?|timm(?:e|ar)|minutes?|minut(?:er)?|seconds?|sekund(?:er)?)\s?)+)"
    r"(?P<shown>\d{1,2}(?::\d{2}){1,2})\s*$", re.IGNORECASE)
_SAID_UNIT = re.compile(r"(\d+)\s(h|t|m|s)", re.IGNORECASE)
_SILENCE_LINE = re.compile(r"^\s*\((?:\d{1,2}[.,]\d|\.)\)\s*$")  # a conversation analyst's "(0.4)" between turns
_UNSURE_SPEAKER = re.compile(r"^\(speaker \?\)\s*", re.IGNORECASE)  # whisper.cpp: the line continues the turn before


@dataclass
class _Candidate:
    shape: str
    name: str
    text: str
    time: float | None


def _time_lines_out(lines: list[str]) -> tuple[list[str], dict[int, float]]:
    """Lines holding only a time (or range) blanked, and their start times by line index.

    Only where the file uses such lines as structure: at least three, nearly all right
    before a line that could be a label (blank lines between, as under Google Meet's time
    headings, allowed). A lone "10:30" is someone's answer. Elsewhere only time marks go
    (`_time_marks_out`).
    """
    times = {index: start for index, line in enumerate(lines)
             if (found := _TIME_LINE.match(line) or _SECONDS_RANGE_LINE.match(line))
             and (start := _timecode_seconds(found.group("start"))) is not None}
    before_label = sum(_match(_next_filled(lines, index)) is not None for index in times)
    if len(times) < 3 or before_label < 0.8 * len(times):
        return _time_marks_out(lines), {}
    return ["" if index in times else line for index, line in enumerate(lines)], times


def _time_marks_out(lines: list[str]) -> list[str]:
    """Lines holding only a bracketed time with hours ("[00:05:00]"), as a typist marks every five minutes,
    blanked where there are two or more: a mark in the middle of an answer leaves the rest of the answer
    without a label, and it goes on the same turn. A time someone says has no brackets. So are the few time
    paragraphs of a short Google Meet transcript (`_meet_time_paragraph`)."""
    marks = {index for index, line in enumerate(lines) if _TIME_MARK_LINE.match(line)}
    if len(marks) < 2:
        marks = set()
    marks |= {index for index, line in enumerate(lines) if _meet_time_paragraph(lines, index)}
    if not marks:
        return lines
    return ["" if index in marks else line for index, line in enumerate(lines)]


_HMS_LINE = re.compile(rf"^\s*{_HMS}\s*$")


def _meet_time_paragraph(lines: list[str], index: int) -> bool:
    """A paragraph of only a time with hours, between blank lines, right before a labelled one: Google Meet's
    transcript marks every five minutes so (`00:05:00`), also between two pieces of one answer; a meeting
    under a quarter of an hour has one or two of them, too few to read as time headings (`_time_lines_out`).

    Examples:
        >>> lines = ["Ann: When?", "", "Bo: In May.", "", "00:05:00", "", "Bo: And then June."]
        >>> [_meet_time_paragraph(lines, index) for index in (2, 4)]
        [False, True]
    """
    return (bool(_HMS_LINE.match(lines[index])) and 0 < index < len(lines) - 1
            and not lines[index - 1].strip() and not lines[index + 1].strip()
            and _match(_next_filled(lines, index)) is not None)


def _timecode_seconds(value: str) -> float | None:
    """'00:00:04:15' (frames dropped) or '[00:04.2]' -> seconds."""
    parts = value.strip("[]").replace(";", ":").split(":")
    if len(parts) == 4:
        parts = parts[:3]
    return parse_time(":".join(parts))


def _next_filled(lines: list[str], index: int) -> str:
    """The next line after `index` with anything on it, stripped ("" at the end)."""
    for position in range(index + 1, len(lines)):  # not a slice: a copy of the rest per time line is quadratic
        if lines[position].strip():
            return lines[position].strip()
    return ""


def _text_follows(lines: list[str], index: int) -> bool:
    """The next line with anything on it holds text, not another timed line."""
    following = _next_filled(lines, index)
    return bool(following) and not _SEGMENT_TIME.match(following)


def _segmented(lines: list[str]) -> bool:
    """Does the file write speech as timed segment lines, "[00:00:24] - Jag kan börja." (aTrain)?"""
    return sum(bool(_SEGMENT_TIME.match(line.strip())) and len(line.split()) >= 5 for line in lines) >= 3


def _date_label_next_to(candidates: list[_Candidate | None], index: int, time: float) -> None:
    """A time line dates the name on a line of its own right after it, else right before it.

    Only such bare names: whether they are labels is decided without their times.
    """
    for neighbour in (index + 1, index - 1):
        if 0 <= neighbour < len(candidates) and candidates[neighbour] is not None:
            if candidates[neighbour].shape == "bare" and candidates[neighbour].time is None:
                candidates[neighbour].time = time
            return


def parse_time(value: str | None) -> float | None:
    """'1:02:03' -> 3723.0, '01:02' -> 62.0, '00:00:01,500' -> 1.5, '1:02:06 PM' -> 46926.0, '10:02 AM' -> 36120.0,
    '10:04:16:09' (a video timecode: its frames dropped) -> 36256.0."""
    if not value:
        return None
    value = _FRAMES.sub("", value.strip()).replace(",", ".")
    clock = re.fullmatch(r"(\d{1,2})(:.*?)\s*([AaPp])\.?[Mm]\.?", value)
    if clock:  # a time of day: 12 AM is 0, 1 PM is 13
        hours = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "p" else 0)
        value = f"{hours}{clock.group(2)}" + (":00" if clock.group(2).count(":") == 1 else "")
    parts = value.split(":")
    try:
        seconds = 0.0
        for part in parts:
            seconds = seconds * 60 + float(part)
    except ValueError:
        return None
    return round(seconds, 3)


def split_turns(lines: list[str]) -> tuple[dict[str, str], list[Utterance]]:
    """Split lines into (session metadata, utterances).

    Without any believable speaker label the whole text is one speaker,
    "unknown", with one turn per paragraph.
    """
    for rewrite in (_chat_view_read, _callouts_read, _outline_read, _label_column_read, _records_read,
                    _definitions_read):  # layouts that read as labelled lines once rewritten, in this order
        lines = rewrite(lines)
    line_numbers = _line_numbers(lines)
    lines = _cleaned(lines, line_numbers)
    segmented = _segmented(lines)
    lines, times = _time_lines_out(lines)
    candidates = _after_transcript_heading(lines, _label_candidates(lines, times, segmented))
    accepted = _accepted_labels(candidates, lines)
    candidates, accepted = _dash_reading(lines, candidates, accepted)
    if not accepted:
        return {}, _unlabelled(lines)
    lines, candidates = _inline_labels_split(lines, candidates, accepted)
    metadata, turns = _assemble(lines, candidates, accepted, segmented)
    # Someone's words cut in two paragraphs (Google Meet does it, so do typists) are one turn; a file
    # that numbers its turns (the PDPilot interviews) or lines keeps each labelled piece as given.
    return metadata, merge_runs(turns, merge_untimed=line_numbers is None)


def _cleaned(lines: list[str], line_numbers: re.Pattern | None) -> list[str]:
    """The lines without what no one said: page breaks, line numbers, time marks, meeting events, silences;
    Markdown labels (`**Anna:**`) made plain."""
    lines = _mark_page_breaks(lines)
    lines = _drop_page_breaks(_strip_line_numbers(lines, line_numbers) if line_numbers else lines)
    lines = _unlabelled_ranges_dropped(lines)
    # A file that stamps its turns "[00:01:50]" (noScribe) also marks minutes inside them; one "[10:30]" is speech.
    inline_times = sum(len(_BRACKETED_TIME.findall(line)) for line in lines) >= 3
    # In a file of aTrain's segment lines a time inside a line starts the next segment, its " - " included.
    inline_time = _INLINE_SEGMENT_TIME if _segmented(lines) else _INLINE_TIME
    lines = [_UNSURE_SPEAKER.sub("", _TIME_MARK.sub("", line) if "#" in line else line)  # "#" first: \s* is slow
             for line in _read_aloud_times_joined(lines)
             if not _JOIN_OR_LEAVE.match(line) and not _is_session_event(line) and not _SILENCE_LINE.match(line)]
    return _caption_quotes_plain(_bold_names_plain([_markdown_labels_plain(inline_time.sub(" ", line) if inline_times
                                                                           else line) for line in lines]))


_WHISPER_RANGE = re.compile(rf"^\[{_TIME}\s*-->\s*{_TIME}\]\s*")
_LABEL_AHEAD = re.compile(rf"^{_NAME}:\s")


def _unlabelled_ranges_dropped(lines: list[str]) -> list[str]:
    """In a file of whisper's verbose lines, the time range before a segment no label opens is no one's words.

    Examples:
        >>> _unlabelled_ranges_dropped(["[00:01.000 --> 00:02.000] A: Hi.", "[00:02.000 --> 00:03.000]  Yes.",
        ...                             "[00:03.000 --> 00:04.000] B: No."])
        ['[00:01.000 --> 00:02.000] A: Hi.', 'Yes.', '[00:03.000 --> 00:04.000] B: No.']
    """
    if sum(1 for line in lines if _WHISPER_RANGE.match(line)) < 3:
        return lines
    return [line if not (found := _WHISPER_RANGE.match(line)) or _LABEL_AHEAD.match(line[found.end():])
            else line[found.end():] for line in lines]


def _markdown_labels_plain(line: str) -> str:
    """`**Anna:** text` (oTranscribe) -> `Anna: text`; `**Anna** (00:00:06)` (tl;dv) -> `Anna (00:00:06)`;
    `## Guest (2025-11-18T10:01:21.709Z)` (Granola) -> `Guest (10:01:21.709)`."""
    heading = _MARKDOWN_HEADING_LABEL.match(line)
    if heading:
        return f"{heading.group('name')} ({heading.group('time')})"
    return _MARKDOWN_TIMED_LABEL.sub(r"\g<before>\g<name>", _MARKDOWN_LABEL.sub(r"\g<before>\g<name>:", line))


_BOLD_NAME = re.compile(r"^(?P<before>\s*)\*\*(?P<name>[^*:\n]{1,60}?)\*\*\s+(?P<text>\S.*)$")  # Amazon's spk_0 too


def _bold_names_plain(lines: list[str]) -> list[str]:
    """`**Meera** text` (ole/transcribe's Markdown: the bold name, no colon, the text on the line) -> `Meera: text`.

    Only in a file made of them: two names or more open lines in bold again and again, on a third of the lines
    with text at least (then a name seen once is believed too, when it looks like a name); elsewhere a bold word
    opening a line (`**Viktigt** ring tillbaka`) is emphasis.

    Examples:
        >>> _bold_names_plain(["**spk_0** Hi.", "**Ravi** Hello.", "**spk_0** How?", "**Ravi** Fine."])
        ['spk_0: Hi.', 'Ravi: Hello.', 'spk_0: How?', 'Ravi: Fine.']
    """
    found = [_BOLD_NAME.match(line) for line in lines]
    counts = Counter(clean_label(m.group("name")) for m in found if m)
    names = {name for name, count in counts.items() if count >= 2 and looks_like_label(name)}
    opening = sum(counts[name] for name in names)
    if len(names) < 2 or opening < sum(bool(line.strip()) for line in lines) / 3:
        return lines
    names |= {name for name, count in counts.items() if count == 1 and looks_like_name(name)}
    return [f"{m.group('before')}{clean_label(m.group('name'))}: {m.group('text')}"
            if m and clean_label(m.group("name")) in names else line for line, m in zip(lines, found)]


_QUOTE_MARK = re.compile(r"^\s*>(?: |$)")


def _caption_quotes_plain(lines: list[str]) -> list[str]:
    """Quoted lines below each label made plain: MS Teams Live Captions Saver's Markdown writes
    `**Anna Berg** (18:59:13):` at each change of speaker and one `> text` line per caption below it.

    Only where the quotes come so: three blocks of `> ` lines at least, nearly each right below a label
    line; elsewhere a quoted line is kept as written.

    Examples:
        >>> _caption_quotes_plain(["Ann (18:59:13):", "> Hi.", "> Welcome.", "Bo (18:59:20):", "> Hello.",
        ...                        "Ann (18:59:25):", "> Good."])[:3]
        ['Ann (18:59:13):', 'Hi.', 'Welcome.']
    """
    blocks = [index for index, line in enumerate(lines)
              if _QUOTE_MARK.match(line) and (index == 0 or not _QUOTE_MARK.match(lines[index - 1]))]
    below_label = sum(index > 0 and _match(lines[index - 1].strip()) is not None for index in blocks)
    if len(blocks) < 3 or below_label < 0.8 * len(blocks):
        return lines
    return [_QUOTE_MARK.sub("", line, count=1) for line in lines]


_CALLOUT = re.compile(r"^\s*>\s*\[!(?P<kind>\w+)\][+-]?\s*(?P<title>.*?)\s*$")
_QUOTE_CALLOUTS = frozenset({"quote", "cite"})
_QUOTED = re.compile(r"^\s*>\s?")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def _callouts_read(lines: list[str]) -> list[str]:
    """An Obsidian note's answers as labelled turns: a "> [!quote] Bernie" callout is "Bernie:" and its
    "> " lines, its other callouts ("> [!note] Phone rang", "> [!info]") and its headings are no one's words.

    Only in a note with two such named quotes at least: elsewhere "> text" is a quoted line as written.
    """
    named = [found for line in lines if (found := _CALLOUT.match(line))
             and found.group("kind").lower() in _QUOTE_CALLOUTS and looks_like_name(found.group("title"))]
    if len(named) < 2:
        return lines
    read: list[str] = []
    speaking = False
    for line in lines:
        callout = _CALLOUT.match(line)
        if callout:
            speaking = callout.group("kind").lower() in _QUOTE_CALLOUTS  # a quote without a name goes on the turn
            read.append(f"{callout.group('title')}:" if speaking and callout.group("title") else "")
        elif _QUOTED.match(line):
            read.append(_QUOTED.sub("", line) if speaking else "")
        else:
            speaking = False
            read.append("" if _MARKDOWN_HEADING.match(line) else line)
    return read


_COLUMN_LABEL = re.compile(r"^(?P<name>\S(?:[^\t]{0,38}?\S)?)(?P<gap> {2,})(?P<text>\S.*)$")
_TIME_FIRST_TEXT = re.compile(r"^\[?\d{1,2}:\d{2}")


def _label_column_read(lines: list[str]) -> list[str]:
    """Lines with the speaker in a label column made `Name: text` lines: ELAN's Traditional Transcript export pads
    the tier name to a fixed width (`Tilda         Jag heter Tilda`), wraps the annotation and indents its next
    lines to the same column; the next lines go on the turn (a silence alone there, `(2.6)`, is dropped later),
    and the time range on the line above a label is its time.

    Only in a file made of them: the text starts at one column on nearly every line (labels padded to it, or
    indented next lines), two labels come back on half the label lines at least, and the labels are no shape
    of their own (Rev.ai's `Speaker 0    00:00:01    text`, Teams' `Anna Svensson   0:01:23` have a time there).

    Examples:
        >>> _label_column_read(["00:00:01.500 - 00:00:04.335", "KÖ       Så, nu är den igång. Du kan",
        ...                     "         säga stopp.", "", "Tilda    Mm. Ja.", "", "KÖ       Bra.", "", "Tilda    Ja."])[:3]
        ['', '[00:00:01.500] KÖ: Så, nu är den igång. Du kan', 'säga stopp.']
    """
    column = _label_column(lines[:_LABEL_COLUMN_SAMPLE])
    if column is None:
        return lines
    indent = " " * column
    read: list[str] = []
    for line in lines:
        match = _COLUMN_LABEL.match(line.rstrip()) if line[:1].strip() else None
        if match and match.start("text") == column:
            above = read[-1] if read else ""
            timed = _TIME_LINE.match(above)  # the annotation's time range on the line above dates the label
            if timed:
                read[-1] = ""
            time = f"[{timed.group('start').strip('[]')}] " if timed else ""
            read.append(f"{time}{match.group('name')}: {match.group('text')}")
        elif line.startswith(indent):
            read.append(line.strip())
        else:
            read.append(line)
    return read


_LABEL_COLUMN_SAMPLE = 2000  # lines enough to tell the layout; all lines are read in it


def _label_column(lines: list[str]) -> int | None:
    """The column the text starts at in lines with a label column (`_label_column_read`), or None."""
    found = [(_COLUMN_LABEL.match(line.rstrip()) if line[:1].strip() else None) for line in lines]
    columns = Counter(match.start("text") for match in found if match)
    if not columns:
        return None
    column = columns.most_common(1)[0][0]
    labels = [match.group("name") for match in found if match and match.start("text") == column
              and not _TIME_FIRST_TEXT.match(match.group("text"))]
    again = [count for name, count in Counter(labels).items() if count >= 2 and looks_like_label(name)]
    if len(again) < 2 or sum(again) < len(labels) / 2 or sum(again) < 3:
        return None
    indent = " " * column
    below = sum(line.startswith(indent) and line[column:column + 1].strip() != "" for line in lines)
    filled = sum(bool(line.strip()) and not _TIME_LINE.match(line) for line in lines)
    shaped = sum(1 for line, match in zip(lines, found) if match and (shape := _match(line.strip())) is not None
                 and shape.shape != "bare")  # a short line is a bare name's shape too
    return column if len(labels) + below >= 0.8 * filled and shaped <= len(labels) / 5 else None


_CHAT_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*chat\s*$")
_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*$")
_CHAT_MESSAGE = re.compile(r"^\s*[<>^]\s+(?P<message>\S.*)$")  # trailing spaces go by rstrip: a lazy .*? is slow
_CHAT_PIPE = re.compile(r"\s*\|\s*")


def _chat_view_read(lines: list[str]) -> list[str]:
    """An Obsidian note's Chat View blocks (```` ```chat ````) read as their messages: `< Kayleigh | text | 00:00:09`
    (the `<`, `>` or `^` only sets the side of the bubble) is `Kayleigh | text | 00:00:09`, as
    teams-transcript-formatter writes it, and `> Claire | text` is `Claire: text`; the block's option line
    (`[header=h4]`), colour line (`{Claire=blue}`), `...` delimiter and `# comment` are not speech, nor are the
    note's lines below the block. The lines above it are the header.

    Only in a note with such a block; elsewhere `> text` is a quoted line as written.

    Examples:
        >>> _chat_view_read(["# INT02", "```chat", "{Ann=blue}", "> Ann | Hi. | 00:00:04", "...",
        ...                  "< Bo | Hello.", "```", "- my note"])
        ['# INT02', '', '', 'Ann | Hi. | 00:00:04', '', 'Bo: Hello.', '', '']
    """
    start = next((index for index, line in enumerate(lines) if _CHAT_FENCE.match(line)), None)
    if start is None:
        return lines
    read = lines[:start]
    in_block = False
    for line in lines[start:]:
        message = _CHAT_MESSAGE.match(line) if in_block else None
        if _CHAT_FENCE.match(line) or (in_block and _FENCE.match(line)):
            in_block = not in_block and bool(_CHAT_FENCE.match(line))
            read.append("")
        elif message:
            fields = _CHAT_PIPE.split(message.group("message").rstrip())
            read.append(f"{fields[0]}: {fields[1]}" if len(fields) == 2 else " | ".join(fields))
        else:
            read.append("")
    return read


_DEFINITION = re.compile(r"^ {0,2}[:~](?: {1,3}|\t)(?P<text>\S.*)$")


def _definitions_read(lines: list[str]) -> list[str]:
    """A pandoc definition list typed as a transcript read as labelled turns: the term line (the speaker) followed
    by a `:   ` line (its definition, the turn; an empty line may come between) is `Speaker:`, the definition's
    text its first line, and its indented lines and paragraphs (and a second `:   ` definition) go on as they are.

    Only in a file of three such definitions at least, each term like a label; elsewhere a line opening with
    `: ` is text as written.

    Examples:
        >>> _definitions_read(["Ann", ":   Where?", "", "Bo", ":   Here,", "    now.", "", "    Yes.", "", "Ann",
        ...                    ":   Ok."])
        ['Ann:', 'Where?', '', 'Bo:', 'Here,', '    now.', '', '    Yes.', '', 'Ann:', 'Ok.']
    """
    terms: set[int] = set()  # the term lines
    for index, line in enumerate(lines):
        if not _DEFINITION.match(line):
            continue
        term = index - 1 if index >= 1 and lines[index - 1].strip() else index - 2
        if (term >= 0 and lines[term].strip() and not lines[term][:1].isspace() and not _DEFINITION.match(lines[term])
                and looks_like_label(lines[term].strip())):
            terms.add(term)
    if len(terms) < 3:
        return lines
    read = list(lines)
    for index, line in enumerate(lines):
        if index in terms:
            read[index] = f"{line.strip()}:"
        elif definition := _DEFINITION.match(line):  # a term's second definition goes on the turn too
            read[index] = definition.group("text")
    return read


# A record's fields on lines of their own, as a mail merge of a spreadsheet's rows or a database report prints them.
_SPEAKER_FIELD = re.compile(r"^\s*(?:talare|speaker)\s*:\s*(?P<name>[^\s:][^:]{0,59}?)\s*$", re.IGNORECASE)
_FIELD = re.compile(r"^\s*(?P<key>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*:\s*(?P<value>\S.*)$")  # value: rstrip
_RECORD_NUMBER = re.compile(r"^\s*+(?P<word>[^\W\d_]++)\.?+\s*+(?:(?:nr|no)\.?+\s*+|#\s*+)?\d{1,6}\s*+$",
                            re.IGNORECASE)  # possessive: `Rad` and many spaces is not tried split every way
_RECORD_FIELDS = frozenset(COLUMN_NAMES["start"] + COLUMN_NAMES["end"] + COLUMN_NAMES["role"])
_TIME_FIELDS = frozenset(COLUMN_NAMES["start"])
_TEXT_FIELDS = frozenset(COLUMN_NAMES["text"])
_TIME_VALUE = re.compile(_TIME)


def _records_read(lines: list[str]) -> list[str]:
    """A spreadsheet's rows printed as records (Word's mail merge of an Excel transcript, "Directory", a block
    per row: `Rad 12` in bold, `Talare: Gunnar`, `Tid: 00:03:12`, the words, an empty paragraph) read as
    labelled turns: the speaker field is the label (`Gunnar (00:03:12):`), the time, role and record number
    lines are not speech, a `Text:` or `Yttrande:` field name before the words goes.

    Only in a file of such records: three speaker fields at least, each naming someone like a label, two names
    coming back, nearly each field followed by the words; the record number lines only where nearly every record
    has one with the same word. Elsewhere `Talare: Gunnar` stays a line as written.

    Examples:
        >>> _records_read(["Rad 1", "Talare: Ann", "Tid: 00:00:04", "Hur var det?", "", "Rad 2", "Talare: Bo",
        ...                "Tid: 00:00:09", "Bra.", "", "Rad 3", "Talare: Ann", "Tid: 00:00:12", "Och sen?", "",
        ...                "Rad 4", "Talare: Bo", "Tid: 00:00:15", "Text: Inget."])[:5]
        ['', 'Ann (00:00:04):', '', 'Hur var det?', '']
    """
    fields = {index: found.group("name") for index, line in enumerate(lines) if (found := _SPEAKER_FIELD.match(line))}
    cleaned = {name: clean_label(name) for name in set(fields.values())}  # a few names, each cleaned once
    names = Counter(cleaned[name] for name in fields.values())
    if (len(fields) < 3 or sum(count >= 2 for count in names.values()) < 2
            or not all(looks_like_label(name) for name in names)):  # "Speaker: Yes, that was it." is someone's words
        return lines
    read = list(lines)
    numbers: list[tuple[int, str]] = []  # (line, word) of each record's number line
    spoken = 0
    for index, raw_name in fields.items():
        name = cleaned[raw_name]
        time = None
        above = index - 1
        while above >= 0 and (found := _record_field(lines[above])):
            read[above], time = "", time or _field_time(found)
            above -= 1
        if above >= 0 and (number := _RECORD_NUMBER.match(lines[above])):
            numbers.append((above, number.group("word").lower()))
        below = index + 1
        while below < len(lines) and (found := _record_field(lines[below])):
            read[below], time = "", time or _field_time(found)
            below += 1
        if below < len(lines) and lines[below].strip():
            spoken += 1
            text = _FIELD.match(lines[below])
            if text and _normalised_key(text.group("key")) in _TEXT_FIELDS:
                read[below] = text.group("value").rstrip()
        read[index] = f"{name} ({time}):" if time and "(" not in name else f"{name}:"
    if spoken < 0.8 * len(fields):
        return lines
    words = Counter(word for _line, word in numbers)
    if words and words.most_common(1)[0][1] >= 0.8 * len(fields):
        common = words.most_common(1)[0][0]
        for line, word in numbers:
            if word == common:
                read[line] = ""
    return read


def _record_field(line: str) -> re.Match | None:
    """A record's time, end or role field (`Tid: 00:03:12`, `Roll: anhörig`): not speech."""
    found = _FIELD.match(line)
    return found if found and _normalised_key(found.group("key")) in _RECORD_FIELDS else None


def _field_time(found: re.Match) -> str | None:
    value = found.group("value").rstrip()
    return value if _normalised_key(found.group("key")) in _TIME_FIELDS and _TIME_VALUE.fullmatch(value) else None


def _normalised_key(key: str) -> str:
    return " ".join(key.lower().split())


_OUTLINE_BLOCK = re.compile(r"^(?P<indent>[\t ]*)- (?P<text>.*)$")
_BLOCK_PROPERTY = re.compile(r"^\s*(?P<key>[\w-]{1,40}):: ?(?P<value>.*)$")
_PAGE_LINK = re.compile(r"\[\[([^\[\]\n]+)\]\]")
_LABELLED_LINK = re.compile(r"\[([^\[\]\n]+)\]\(\[\[[^\[\]\n]+\]\]\)")  # [the council's panel]([[panel]])
_TRAILING_TAGS = re.compile(r"(?:\s+#(?:\[\[[^\[\]\n]+\]\]|(?!\d+\b)[^\s#\[\]().,;:!?]+))+\s*$")
_BLOCK_LABEL = re.compile(r"^[^\W\d][\w .'-]{0,30}:\s")
# A tag: `#quote`, `#[[to check]]`; `#4` and `#12` are numbers, no tags.
_TAG = re.compile(r"(?:^|(?<=\s))#(?:\[\[(?P<linked>[^\[\]\n]+)\]\]|(?P<word>(?!\d+\b)[^\s#\[\]().,;:!?]+))")


def _outline_read(lines: list[str]) -> list[str]:
    """A Logseq page read as lines of text: its blocks (`- ` lines, children indented by a tab) without their
    bullets, so `- Sam: text` is Sam's turn and an unlabelled block goes on with the turn above; heading blocks
    (`- ## Background`, the guide's parts) are not speech where blocks are labelled turns (in notes their words
    are a line), block properties (`id::`, `collapsed::`) are not speech, page properties at the top (`type:: [[interview]]`) are the header as
    `type: interview`; `[[links]]` keep their words, a `#tag` inside the words too (`#4` is a number, as written),
    not one at the end of a block or a `#[[page tag]]`.

    Only in an outline: three blocks at least, half the lines with text, and a `key:: value` property or a
    block indented by a tab; elsewhere `- text` is a line as written.

    Examples:
        >>> _outline_read(["type:: [[interview]]", "", "- ## Part 1", "\t- RK: Who told you?",
        ...                "\t- Sam: The [[Local Offer]]. #quote", "\t  id:: 65a1", "\t- And Bev."])
        ['type: interview', '', '', 'RK: Who told you?', 'Sam: The Local Offer.', '', 'And Bev.']
    """
    blocks = [found for line in lines if (found := _OUTLINE_BLOCK.match(line))]
    properties = sum(bool(_BLOCK_PROPERTY.match(line)) for line in lines)
    filled = sum(bool(line.strip()) for line in lines) - properties
    if len(blocks) < 3 or len(blocks) < filled / 2 or not (properties or any("\t" in b.group("indent") for b in blocks)):
        return lines
    # In talk typed as blocks (`- Sam: text`) a heading block is the guide's part; in notes its words are kept.
    labelled = sum(bool(_BLOCK_LABEL.match(block.group("text"))) for block in blocks) >= 2
    read: list[str] = []
    in_blocks = False
    for line in lines:
        block, prop = _OUTLINE_BLOCK.match(line), _BLOCK_PROPERTY.match(line)
        in_blocks = in_blocks or bool(block)
        if prop and not block:
            read.append("" if in_blocks else f"{prop.group('key')}: {_outline_markup_out(prop.group('value'))}")
        elif block and _MARKDOWN_HEADING.match(block.group("text")):
            read.append("" if labelled else _outline_markup_out(block.group("text")))
        else:
            read.append(_outline_markup_out(block.group("text") if block else line.strip()))
    return read


def _outline_markup_out(text: str) -> str:
    """`[[Local Offer]]` -> `Local Offer`, `[panel]([[Panel]])` -> `panel`; the tags closing a block (`#quote`,
    `#[[to check]]`) dropped, and a page tag anywhere; a one-word tag inside the words keeps its word (`Lives in
    #Shepcote` is `Lives in Shepcote`); `room #4` stays as written.

    Examples:
        >>> _outline_markup_out("Lives in #Shepcote, #[[the panel]] room #4 #quote #[[to check]]")
        'Lives in Shepcote, room #4'
    """
    text = _TRAILING_TAGS.sub("", text)
    text = _PAGE_LINK.sub(r"\1", _LABELLED_LINK.sub(r"\1", _TAG.sub(lambda tag: tag.group("word") or "", text)))
    return " ".join(text.split())


def _is_session_event(line: str) -> bool:
    """A line a tool writes when the talk starts or ends (`_SESSION_EVENT`); "X started transcription" only
    with a name for X, so "And then we started transcription" is speech."""
    event = _TRANSCRIPTION_EVENT.match(line)
    if event:
        return looks_like_name(event.group("name").strip()) or bool(_SURNAME_FIRST.fullmatch(event.group("name")))
    return bool(_SESSION_EVENT.match(line))


def _read_aloud_times_joined(lines: list[str]) -> list[str]:
    """Teams' transcript copied from the app (name, "2 minuter 5 sekunder2:05", text) read as its Word export
    (name and time on one line, text below): each such time line joined to the name above it.

    Only where the time read aloud is the time shown, so no one's "5 minuter 3:00" is taken.
    """
    joined: list[str] = []
    for line in lines:
        found = _READ_ALOUD_TIME.match(line)
        if found and _said_seconds(found.group("said")) == parse_time(found.group("shown")):
            if joined and _could_be_name(joined[-1].strip()):
                joined[-1] = f"{joined[-1].rstrip()}   {found.group('shown')}"
            continue
        joined.append(line)
    return joined


def _could_be_name(line: str) -> bool:
    return bool(line) and (looks_like_label(line) or bool(_SURNAME_FIRST.fullmatch(line)))


def _said_seconds(said: str) -> float:
    """'1 timme 2 minuter 5 sekunder' -> 3725.0, '1 minute 8 seconds' -> 68.0."""
    factors = {"h": 3600, "t": 3600, "m": 60, "s": 1}
    return float(sum(int(number) * factors[unit.lower()] for number, unit in _SAID_UNIT.findall(said)))


def _label_candidates(lines: list[str], times: dict[int, float], segmented: bool) -> list[_Candidate | None]:
    """Per line, the label it may be (or None), dated by the time lines beside it."""
    candidates = [_match(line.strip()) for line in lines]
    for index, candidate in enumerate(candidates):
        if segmented and candidate and candidate.shape == "bracket_time_dash_name" and not _text_follows(lines, index):
            candidates[index] = None  # "[00:01:10] - Ja" among aTrain's segment lines is speech, not a label
        if candidate and candidate.shape == "bracket_time_name" and not _text_right_below(lines, index):
            candidates[index] = None  # "[00:02] Ja" among Fireflies' timed sentences is speech
    for index, time in times.items():
        _date_label_next_to(candidates, index, time)
    return candidates


_TRANSCRIPT_HEADING = re.compile(r"^\s*(?:#{1,6}\s+)?(?:[^\w\s]\s*)?(?:transcript|transcription|transkript|transkription"
                                 r"|transkribering|utskrift)\s*:?\s*$", re.IGNORECASE)


def _after_transcript_heading(lines: list[str], candidates: list[_Candidate | None]) -> list[_Candidate | None]:
    """Above a "Transcript" heading (tl;dv's `### Transcript`, Read.ai's `Transcript` line) is the header: an AI
    summary's "**Introductions** (00:00:06)" or a timed action item there is no one's turn. Only where labels
    follow the heading."""
    heading = next((index for index, line in enumerate(lines) if _TRANSCRIPT_HEADING.match(line)), None)
    if heading is None or not any(candidates[heading + 1:]):
        return candidates
    return [None] * (heading + 1) + candidates[heading + 1:]


def _text_right_below(lines: list[str], index: int) -> bool:
    """Read.ai's "[00:07] Tomasz Nowak" has its turn on the very next line, and that line has no time of its own."""
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return bool(below) and not below.startswith("[") and _TIME_LINE.match(below) is None


def _dash_reading(lines: list[str], candidates: list[_Candidate | None],
                  accepted: set[tuple[str, str]]) -> tuple[list[_Candidate | None], set[tuple[str, str]]]:
    """(candidates, accepted) read as "JE – text" labels where the file is made of them, else as given.

    Made of them: two names or more (each like a name) open lines again and again, and their
    lines are half the lines with text from the first one on and more than the other labels
    believed. A line such as "MA – Det stod: nej" is then MA's, not a "Name:" label; in a file of
    "Anna:" labels "Ja – det var så." stays speech.
    """
    found = [_DASH_LABEL.match(line.strip()) for line in lines]
    dashed = [_Candidate("name_dash", clean_label(m.group("name")), m.group("text").strip(), None) if m else None
              for m in found]
    counts = Counter(c.name for c in dashed if c)
    names = {name for name, count in counts.items() if count >= 2 and looks_like_name(name)}
    if len(names) < 2:
        return candidates, accepted
    opening = [index for index, c in enumerate(dashed) if c and c.name in names]
    with_text = sum(1 for line in lines[opening[0]:] if line.strip())
    others = sum(1 for c in candidates if c and (c.shape, c.name) in accepted)
    if len(opening) < with_text / 2 or len(opening) <= others:
        return candidates, accepted
    return [c if c and c.name in names else None for c in dashed], {("name_dash", name) for name in names}


def _inline_labels_split(lines: list[str], candidates: list[_Candidate | None],
                         accepted: set[tuple[str, str]]) -> tuple[list[str], list[_Candidate | None]]:
    """Lines cut where a believed "Name:" label follows a sentence inside them: Buzz's TXT export
    starts a new line only after a pause, so "... she died. Elin: I'm so sorry. Mark: Thank you."
    is three turns. Only names that open lines as labels; "Det sa hon: nej." stays text."""
    names = sorted({name for shape, name in accepted if shape == "name_colon"}, key=len, reverse=True)
    if not names:
        return lines, candidates
    inline = re.compile(rf"(?<=[.!?…\"”’)\]])\s+(?=(?:{'|'.join(map(re.escape, names))}):\s)")
    split_lines: list[str] = []
    split_candidates: list[_Candidate | None] = []
    for line, candidate in zip(lines, candidates):
        first, *rest = inline.split(line)
        opening = _match(first.strip()) if rest and candidate else None
        if opening:  # the label opening the line keeps only the sentences before the next label
            candidate = dataclasses.replace(candidate, text=opening.text)
        split_lines.append(first)
        split_candidates.append(candidate)
        for piece in rest:
            name, _colon, text = piece.partition(":")
            split_lines.append(piece)
            split_candidates.append(_Candidate("name_colon", name, text.strip(), None))
    return split_lines, split_candidates


def merge_runs(utterances: list[Utterance], *, merge_untimed: bool = False) -> list[Utterance]:
    """Consecutive timed pieces of one speaker joined into one turn; turns numbered from 0.

    Transcription tools cut a long turn by time, each piece with the speaker's
    label and a time again (Teams and Otter every minute or so, spreadsheet
    exports one row per pause): a turn is what one person says until someone
    else speaks. A joined turn keeps its first piece's start, its last piece's
    end and every piece's other columns (differing values joined by " | ", as a
    tool's confidence per piece). Pieces without times stay apart unless
    `merge_untimed`: a table with one row per paragraph of a speech meant them
    as given. The text readers merge them (a label written twice in a row, as
    Google Meet and typists do, is the same turn going on) except in a file
    that numbers its turns or lines. The utterances passed in are not changed.
    """
    merged: list[Utterance] = []
    for utterance in utterances:
        last = merged[-1] if merged else None
        timed = last is not None and last.start_s is not None and utterance.start_s is not None
        if (last is not None and last.speaker == utterance.speaker and utterance.speaker != "unknown"
                and (timed or merge_untimed)):
            merged[-1] = dataclasses.replace(last, text=last.text + "\n" + utterance.text, end_s=utterance.end_s,
                                             metadata=joined_metadata(last.metadata, utterance.metadata))
        else:
            merged.append(utterance)
    return [dataclasses.replace(utterance, turn=index) for index, utterance in enumerate(merged)]


def joined_metadata(first: dict[str, str], then: dict[str, str]) -> dict[str, str]:
    """`first` with `then`'s columns added; a column's different values joined by " | " in order.

    Examples:
        >>> joined_metadata({"Confidence": "0.93", "Sheet": "FG1"}, {"Confidence": "0.81", "Sheet": "FG1"})
        {'Confidence': '0.93 | 0.81', 'Sheet': 'FG1'}
    """
    joined = dict(first)
    for key, value in then.items():
        if not joined.get(key):
            joined[key] = value
        elif value and value not in joined[key].split(" | "):
            joined[key] = f"{joined[key]} | {value}"
    return joined


def clean_label(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip().strip("*_").strip().lstrip("●•◦▪‣ ")  # Buzz: "● Anna"
    if re.fullmatch(r"\[[^\[\]]+\]", name):  # WhisperX writes [SPEAKER_00]
        name = name[1:-1].strip()
    name = _EMAIL_DOMAIN.sub("", name)  # Fathom: "Nadia Hussain (cornercupcafe.co.uk)"
    return _TURN_NUMBER_PREFIX.sub("", name)


def looks_like_label(name: str) -> bool:
    """Short, no sentence punctuation, not a note field."""
    words = name.split()
    if not words or len(words) > 8 or len(name) > 60:
        return False
    if _SENTENCE_MARKS.search(name):
        return False
    return name.lower().rstrip(".") not in NOTE_LABELS


def looks_like_name(name: str) -> bool:
    """Stricter test for a label seen only once: every word capitalised or a code."""
    if not looks_like_label(name) or len(name.split()) > 4:
        return False
    words = [word.lstrip("(\"'") for word in name.split()]
    return all(word and (word[0].isupper() or word[0].isdigit() or word in {"von", "van", "de", "af", "och"})
               for word in words)


def _mark_page_breaks(lines: list[str]) -> list[str | None]:
    """Page footers ("3/6", "Sida 2 av 5", a footer's fields and its "Page 1 of 6" apart by tabs) of PDF exports
    become None markers."""
    marked: list[str | None] = []
    for line in lines:
        line = line.rstrip()
        if _PAGE_NUMBER.match(line) or _TABBED_FOOTER.match(line):
            marked.append(None)
            continue
        # Only a line's last characters can hold a footer: searching all of it costs the square of a long
        # whitespace run (a line of 5,000 tabs took seconds).
        footer = _TRAILING_PAGE_NUMBER.search(line, max(0, len(line) - 64)) if line[-1:].isdigit() else None
        marked.extend([line[: footer.start()].rstrip(), None] if footer else [line])
    return marked


def _drop_page_breaks(lines: list[str | None]) -> list[str]:
    """Remove page-break markers, the blank lines around them, and the line some
    exports repeat at the top of the next page (the last one before the break, or a
    running header: the document's first line)."""
    kept: list[str] = []
    after_break = False
    first = next((_squash(line) for line in lines if line and line.strip()), "")
    first = first if len(first.split()) >= 3 else ""  # a title line, not a speaker's name
    for line in lines:
        if line is None:
            while kept and not kept[-1].strip():
                kept.pop()
            after_break = True
            continue
        if after_break and not line.strip():
            continue
        if after_break and kept and _squash(line) in (_squash(kept[-1]), first):
            after_break = False
            continue
        after_break = False
        kept.append(line)
    return kept


def _squash(line: str) -> str:
    return " ".join(line.split())


def _line_numbers(lines: list[str]) -> re.Pattern | None:
    """The pattern of the numbers the lines (or turns) carry, if they mostly run 1, 2, 3, ... (or start
    again at 1 on a new page); a number followed by one space only counts on nearly every line."""
    filled = [line for line in lines if line and line.strip()]
    for pattern, share in ((_LINE_NUMBER, 0.0), (_LINE_NUMBER_SPACE, 0.8)):
        numbers = [int(m.group(1)) for line in filled if (m := pattern.match(line))]
        steps = sum(1 for a, b in zip(numbers, numbers[1:])
                    if b == a + 1 or (pattern is _LINE_NUMBER_SPACE and b == 1 and a >= 10))  # a new page
        if len(numbers) >= 5 and steps / (len(numbers) - 1) >= 0.8 and len(numbers) >= share * len(filled):
            return pattern
    return _LIST_ITEM if _numbered_turn_list(filled) else None


_LIST_ITEM = re.compile(r"^ {0,3}(\d{1,9})[.)] +(?=\S)")  # a Markdown ordered list's "12. " or "12) "


def _numbered_turn_list(lines: list[str]) -> bool:
    """Is the talk a Markdown ordered list, one item per turn (`1. **Sian:** text`, `2. **Lenny:** text`), as a
    researcher types it in iA Writer or VS Code? Five items at least, numbered 1, 2, 3 … (or all `1.`, as
    Markdown lets one type them), nearly every one opening with a label; a list of points inside a turn is not.

    Examples:
        >>> _numbered_turn_list([f"{n}. **{'Sian' if n % 2 else 'Lenny'}:** Words." for n in range(1, 7)])
        True
        >>> _numbered_turn_list([f"1) {'Sian' if n % 2 else 'Lenny'}: Words." for n in range(1, 7)])
        True
        >>> _numbered_turn_list([f"{n}. Ring the OT." for n in range(1, 7)])
        False
    """
    items = [(int(found.group(1)), line[found.end():]) for line in lines if (found := _LIST_ITEM.match(line))]
    if len(items) < 5:
        return False
    steps = sum(b == a + 1 or a == b == 1 for (a, _text), (b, _next) in pairwise(items))
    labelled = sum(bool(_LABEL_AHEAD.match(_markdown_labels_plain(text))) for _number, text in items)
    return steps >= 0.8 * (len(items) - 1) and labelled >= 0.8 * len(items)



def _strip_line_numbers(lines: list[str | None], pattern: re.Pattern) -> list[str | None]:
    """Drop the line numbers of transcripts exported with numbered lines (`_line_numbers`)."""
    return [line if line is None else pattern.sub("", line, count=1) for line in lines]


def _match(line: str) -> _Candidate | None:
    if not line:
        return None
    for shape, pattern, has_time in _SHAPES:
        found = pattern.match(line)
        if found:
            name = clean_label(found.group("name"))
            if not name or (shape in ("bracket_name", "bracket_name_time", "bracket_name_range") and is_annotation(name)):
                return None
            if shape == "letter_dot" and name[0] in "QA" and name[1:].isdigit():
                name = name[0]  # Q1. / A1.: the question's number, not another person
            if shape in _TIME_FIRST and (not looks_like_name(name) or _AM_PM.fullmatch(name)):
                return None  # "10:30 - then we left", "10:02 AM" are text
            time = parse_time(found.group("time")) if has_time else None
            return _Candidate(shape, name, (found.groupdict().get("text") or "").strip(), time)
    return None


def is_annotation(name: str) -> bool:
    """'[laughs]', '[laughs softly]', '[both laugh]', '[long pause]', '[skrattar lite]': a note, not a speaker."""
    return any(word.strip(".,!") in TRANSCRIBER_NOTES for word in name.lower().split())


def _accepted_labels(candidates: list[_Candidate | None], lines: list[str]) -> set[tuple[str, str]]:
    """The (shape, name) pairs believed to be speaker labels.

    A label that recurs or carries a time is believed. A label seen once is
    believed when its shape is in use for recurring labels, or when it looks
    like a name; for "Name: text" it must look like a name either way.
    """
    counts = Counter((c.shape, c.name) for c in candidates if c and c.shape != "bare")
    # "12:00 - Lunch" in a schedule carries a time too: those shapes need their names to recur.
    timed = {(c.shape, c.name) for c in candidates if c and c.time is not None and c.shape not in _RECURRING}
    # "Osei, Kwame" (as Teams writes some organisations' names) only where the label carries a time
    surname_first = {key for key in timed if _SURNAME_FIRST.fullmatch(key[1]) and key[1][:1].isupper()
                     and key[1].split(", ")[1][:1].isupper()}
    # A label seen once is believed on its time only when it looks like a name: "Email the vouchers (16:25)"
    # in a meeting summary's action items is a task with a time.
    strong = _without_lone_dashed_name(_without_stray_letters(
        {key for key, count in counts.items() if (looks_like_label(key[1]) or key in surname_first)
         and (count >= 2 or (key in timed and (looks_like_name(key[1]) or key in surname_first)))}))
    shapes_in_use = {shape for shape, _name in strong}
    accepted = set(strong)
    for key, count in counts.items():
        shape, name = key
        if key in strong or not looks_like_label(name):
            continue
        if shape == "name_colon" and looks_like_name(name) and (shape in shapes_in_use or not strong):
            accepted.add(key)
        elif shape in ("bracket_name", "letter_dot") and shape in shapes_in_use:
            accepted.add(key)
        elif shape in _RECURRING and shape in shapes_in_use and looks_like_name(name):
            accepted.add(key)
    if not strong:
        # A lone "Samtalsledare: Malin" in the header is no reason to ignore a name on a line of its own
        # before every turn (speaker names as Word headings, as NVivo's auto-coding wants them).
        accepted = _bare_labels(candidates, lines) or accepted
    return _drop_single_labels_before_first_strong(accepted, strong, candidates)


# A time, then a name: "10:30 - then we left", "[00:05] Okay", "10:02 AM" are text.
_TIME_FIRST = frozenset({"time_dash_name", "hms_name", "bracket_time_name"})
# Believed when their names recur ("12:00 - Lunch" has a time, "--- Summary ---" is a heading).
_RECURRING = frozenset({"bracket_range_name", "time_dash_name", "hms_name", "bracket_time_dash_name", "bracket_time_name", "dashed_name",
                        "speaker_field", "name_time_text"})  # "Arrival    18:00    tea and biscuits" is a schedule


def _without_stray_letters(strong: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """"Q." / "A." labels only in notes made of them: two letters recur and no other shape does."""
    letters = {key for key in strong if key[0] == "letter_dot"}
    if len(letters) >= 2 and letters == strong:
        return strong
    return strong - letters


def _without_lone_dashed_name(strong: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """"--- Anna ---" labels only where two names of them recur: a heading written twice ("--- Paus ---") is no one."""
    dashed = {key for key in strong if key[0] == "dashed_name"}
    return strong - dashed if len(dashed) < 2 else strong


def _bare_labels(candidates: list[_Candidate | None], lines: list[str]) -> set[tuple[str, str]]:
    """A lone short line is a label only in files made of such labels."""
    counts = Counter(c.name for c in candidates if c and c.shape == "bare")
    bare = {("bare", name) for name, count in counts.items() if count >= 2 and len(name.split()) <= 4
            and looks_like_label(name) and _bare_label_followed_by_text(name, candidates, lines)}
    return bare if len(bare) >= 2 else set()


def _bare_label_followed_by_text(name: str, candidates: list[_Candidate | None], lines: list[str]) -> bool:
    for index, candidate in enumerate(candidates):
        if candidate and candidate.shape == "bare" and candidate.name == name:
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if not following:
                return False
    return True


def _drop_single_labels_before_first_strong(accepted, strong, candidates):
    """Single 'Key: value' lines before the first real turn are header fields."""
    if not strong:
        return accepted
    for candidate in candidates:
        if not candidate or (candidate.shape, candidate.name) not in accepted:
            continue
        key = (candidate.shape, candidate.name)
        if key in strong:
            break
        accepted = accepted - {key}
    return accepted


def _assemble(lines, candidates, accepted, segmented=False):
    metadata: dict[str, str] = {}
    header: list[str] = []
    turns: list[Utterance] = []
    paragraphs: list[list[str]] = []
    notes = _note_paragraphs(lines)
    for index, (line, candidate) in enumerate(zip(lines, candidates)):
        if candidate and (candidate.shape, candidate.name) in accepted:
            _close_turn(turns, paragraphs)
            turns.append(Utterance(speaker=candidate.name, text="", turn=len(turns), start_s=candidate.time))
            paragraphs = [[candidate.text]] if candidate.text else []
        elif not turns:
            _add_header_line(line, metadata, header)
        elif index in notes:
            continue
        elif not line.strip():
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
        else:
            segment = _SEGMENT_TIME.match(line.strip()) if segmented else None
            text = line.strip()[segment.end():] if segment else line.strip()
            if segment and turns[-1].start_s is None:
                turns[-1].start_s = parse_time(segment.group().strip(" []-–—"))
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(text)
    _close_turn(turns, paragraphs)
    if header:
        metadata["header"] = "\n".join(header)
    return metadata, [turn for turn in turns if turn.text]


_NOTE_PARAGRAPH = re.compile(r"^\s*\((?=(?:[^()\s]+\s+){2})[^()]+\)\s*$")


def _note_paragraphs(lines: list[str]) -> set[int]:
    """Indices of a typist's notes between turns: a paragraph of its own, wholly in parentheses and three
    words or more ("(Noah kommer tillbaka in, missade ett par minuter)"). A "(skrattar)" or a bracket inside
    a paragraph stays with the words."""
    return {index for index, line in enumerate(lines) if _NOTE_PARAGRAPH.match(line)
            and (index == 0 or not lines[index - 1].strip())
            and (index + 1 == len(lines) or not lines[index + 1].strip())}


def _close_turn(turns: list[Utterance], paragraphs: list[list[str]]) -> None:
    if turns and not turns[-1].text:
        turns[-1].text = "\n".join(" ".join(p) for p in paragraphs if p)


def _add_header_line(line: str, metadata: dict[str, str], header: list[str]) -> None:
    line = line.strip()
    if not line:
        return
    header.append(line)
    key, colon, value = line.partition(":")
    if colon and value.strip() and len(key.split()) <= 4:
        metadata.setdefault(key.strip(), value.strip())


def _unlabelled(lines: list[str]) -> list[Utterance]:
    text = "\n".join(lines)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return [Utterance(speaker="unknown", text=p, turn=i) for i, p in enumerate(paragraphs)]
