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


@dataclass
class Theme:
    """A theme of one analysis run. Top-level themes have origin "group" and no parent."""

    theme_id: int
    label: str
    keywords: list[str] = field(default_factory=list)
    description: str = ""
    origin: str = "discovered"  # "discovered", "codebook" or "group"
    parent_id: int | None = None
    representatives: list[str] = field(default_factory=list)  # statement ids


@dataclass
class Quote:
    statement_id: str
    text: str
    speaker: str
    session: str
    start_s: float | None


@dataclass
class SegmentShare:
    segment: str
    speakers: int  # speakers of the segment who raised the theme
    of: int  # speakers in the segment
    share: float
    small_group: bool


@dataclass
class Insight:
    rank: int
    theme_id: int
    title: str
    summary: str
    quotes: list[Quote]
    statements: int
    speakers: int
    sessions: int
    pain_share: float
    stage_distribution: dict[str, int]
    top_stage: str
    segments: list[SegmentShare] = field(default_factory=list)
    score: float = 0.0
    small_talk: bool = False  # greetings and reactions: ranked after every other card

    @property
    def warnings(self) -> list[str]:
        return [f"only {s.of} speaker(s) in segment {s.segment!r}" for s in self.segments if s.small_group]
