"""Recognise transcript columns by name, in Swedish and English.

Shared by the spreadsheet readers and the Word table reader.
"""

from __future__ import annotations

import re

COLUMN_NAMES = {
    "speaker": ["speaker", "talare", "deltagare", "speaker name", "speaker label", "name", "namn",
                "person", "respondent", "participant", "vem", "who", "case", "id", "informant", "ip",
                # subtitle and dubbing tools name the speaker as a script does (Subtitle Edit's Csv Nuendo)
                "character", "actor", "skådespelare"],
    "text": ["text", "yttrande", "utsaga", "utsagor", "utterance", "transcript", "transcription",
             "transkription", "content", "innehåll", "freetext", "fritext", "said", "what was said", "what they said", "sagt",
             "vad som sades", "vad som sas", "svar", "answer", "dialogue", "dialog",
             "speech"],
    "start": ["time", "tid", "start", "start time", "starttid", "timestamp", "tidpunkt", "tidskod", "tidkod",
              "timecode", "time code", "start timecode", "timespan", "time span", "begin time", "begin", "från",
              "from", "in", "tc in", "timecode in"],
    "end": ["end", "end time", "end timecode", "slut", "sluttid", "stop", "till", "to", "out", "tc out", "timecode out"],
    "role": ["role", "roll"],
}


def normalise(name: object) -> str:
    return re.sub(r"[\s_\-]+", " ", str(name)).strip().lower()


def match_columns(names: list[object]) -> dict[str, int]:
    """Map 'speaker', 'text', 'start', 'end', 'role' to column positions found by name."""
    found: dict[str, int] = {}
    normalised = [normalise(name) for name in names]
    for field, synonyms in COLUMN_NAMES.items():
        for synonym in synonyms:  # earlier synonyms win
            if synonym in normalised and normalised.index(synonym) not in found.values():
                found[field] = normalised.index(synonym)
                break
    for field in ("start", "end"):  # "Begin Time - hh:mm:ss.ms" (ELAN): a time named with its unit
        if field not in found:
            spelled = next((i for i, name in enumerate(normalised) if i not in found.values()
                            and any(name.startswith(f"{words} ") for words in _TIMES_WITH_UNITS[field])), None)
            if spelled is not None:
                found[field] = spelled
    return found


_TIMES_WITH_UNITS = {"start": ("start time", "begin time", "starttid"), "end": ("end time", "sluttid")}
