"""Core types shared by every step: utterances, transcripts, statements.

Readers produce a `Transcript`; segmentation turns its participant utterances
into statements. Later steps (themes, journey, insights) add their own types.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PARTICIPANT = "participant"
MODERATOR = "moderator"


@dataclass
class Utterance:
    """One speaker turn, verbatim from the source.

    `turn` is the 0-based index of the turn within its source file, counting
    every turn (moderators and backchannels included).
    """

    speaker: str
    text: str
    turn: int = 0
    role: str = PARTICIPANT
    start_s: float | None = None
    end_s: float | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class Transcript:
    """One source file: its turns plus what the file says about the session."""

    source: str
    utterances: list[Utterance]
    language: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    format: str = ""

    @property
    def session(self) -> str:
        """Session id: one per source file, the file name without suffix."""
        stem, dot, _suffix = self.source.rpartition(".")
        return stem if dot else self.source

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers in order of first appearance."""
        return list(dict.fromkeys(u.speaker for u in self.utterances))


@dataclass
class Statement:
    """One statement a participant made: a sentence or a few short ones."""

    source: str
    session: str
    speaker: str
    role: str
    turn: int
    text: str
    language: str
    question: str = ""
    start_s: float | None = None
    end_s: float | None = None
    index_in_turn: int = 0
