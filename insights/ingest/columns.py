"""Recognise transcript columns by name, in Swedish and English.

Shared by the spreadsheet readers and the Word table reader.
"""

from __future__ import annotations

import re

COLUMN_NAMES = {
    "speaker": ["speaker", "talare", "deltagare", "speaker name", "speaker label", "name", "namn",
                "person", "respondent", "participant", "vem", "who", "case", "id", "informant", "ip",
                # subtitle and dubbing tools name the speaker as a script does (Subtitle Edit's Csv Nuendo)
                "character", "actor", "skådespelare",
                # a note-taker at a focus group writes where the speaker sits (`Seat 3`)
                "seat",
                # Azure AI Speech's conversation transcription names the voices `Guest-1`, `Guest-2` … in SpeakerId
                "speaker id", "speakerid"],
    "text": ["text", "yttrande", "utsaga", "utsagor", "utterance", "transcript", "transcription",
             "transkription", "utskrift", "content", "innehåll", "freetext", "fritext", "said", "what was said",
             "what they said", "sagt",
             "vad som sades", "vad som sas", "svar", "answer", "response", "dialogue", "dialog",
             "speech", "verbatim", "words"],
    "start": ["time", "tid", "start", "start time", "starttid", "timestamp", "tidpunkt", "tidskod", "tidkod",
              "timecode", "time code", "start timecode", "timespan", "time span", "begin time", "begin", "från",
              "from", "in", "tc in", "timecode in", "clock", "klockslag",
              # a database's stamp on each record (Notion's `Created time`): when it was typed, in the order said
              "created time", "created at", "created"],
    "end": ["end", "end time", "end timecode", "slut", "sluttid", "stop", "till", "to", "out", "tc out", "timecode out"],
    "role": ["role", "roll"],
}


def normalise(name: object) -> str:
    return re.sub(r"[\s_\-]+", " ", str(name)).strip().lower()


def match_columns(names: list[object]) -> dict[str, int]:
    """Map 'speaker', 'text', 'start', 'end', 'role' to column positions found by name."""
    found: dict[str, int] = {}
    normalised = [normalise(name) for name in names]
    for names_read in (normalised, [_remark_out(name) for name in normalised]):
        for field, synonyms in COLUMN_NAMES.items():
            for synonym in synonyms:  # earlier synonyms win
                if field not in found and synonym in names_read and names_read.index(synonym) not in found.values():
                    found[field] = names_read.index(synonym)
                    break
    found.update(_marker_columns(normalised, found))
    for field in ("start", "end"):  # "Begin Time - hh:mm:ss.ms" (ELAN): a time named with its unit
        if field not in found:
            spelled = next((i for i, name in enumerate(normalised) if i not in found.values()
                            and any(name.startswith(f"{words} ") for words in _TIMES_WITH_UNITS[field])), None)
            if spelled is not None:
                found[field] = spelled
    return found


_MARKER_NAME = "marker name"
_MARKER_TEXT = ("description", "comment", "comments")


def _marker_columns(names: list[str], found: dict[str, int]) -> dict[str, int]:
    """{"speaker": Marker Name, "text": Description} of a video editor's marker list (Premiere Pro's File > Export >
    Markers: `Marker Name, Description, In, Out, Duration, Marker Type`), where the editor logging an interview names
    each marker after who speaks and types the words as its description; else {}. A Description column elsewhere (a
    codebook's) is no one's words, so only beside a Marker Name.

    Examples:
        >>> match_columns(["marker name", "description", "in", "out", "duration", "marker type"])
        {'start': 2, 'end': 3, 'speaker': 0, 'text': 1}
        >>> match_columns(["code", "description"])
        {}
    """
    if _MARKER_NAME not in names or "speaker" in found or "text" in found:
        return {}
    text = next((names.index(title) for title in _MARKER_TEXT if title in names), None)
    return {} if text is None else {"speaker": names.index(_MARKER_NAME), "text": text}


_REMARK = re.compile(r"\s*\((?:[^()\s]+\s+){2,}[^()\s]+\s*\)$")  # three words or more: no unit or count


def _remark_out(name: str) -> str:
    """A column name without the remark in brackets a typist adds: "words (typed live - as near verbatim as I could)"
    is the words. Only where no column is named so as written (`match_columns` reads the names as written first),
    and only a remark of three words or more: a unit or a count (`Time (min)`, `Words (count)`) stays, so such a
    column is no time in seconds or text.

    Examples:
        >>> _remark_out("words (typed live as near verbatim as i could)"), _remark_out("words (count)")
        ('words', 'words (count)')
        >>> match_columns(["time (min)", "speaker", "text"]), match_columns(["speaker", "comment", "words (count)"])
        ({'speaker': 1, 'text': 2}, {'speaker': 0})
    """
    return _REMARK.sub("", name)


_TIMES_WITH_UNITS = {"start": ("start time", "begin time", "starttid"), "end": ("end time", "sluttid")}
