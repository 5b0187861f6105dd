"""Who moderates: configured names first, then role words, then a heuristic.

The heuristic picks, in a file with several speakers, the speaker who asks
the most questions in short turns (and usually speaks first). A user who
knows better names the moderators, or turns the heuristic off.
"""

from __future__ import annotations

import re
from collections import defaultdict

from insights.models import MODERATOR, PARTICIPANT, Transcript

_ROLE_WORDS = re.compile(
    r"^(?:moderator|interviewer|intervjuare|facilitator|samtalsledare|interviewer \d+|intervjuare \d+|"
    r"int|mod|i|q|fråga)$|\((?:moderator|interviewer|intervjuare|facilitator|samtalsledare)\)",
    re.IGNORECASE,
)
_PARTICIPANT_WORDS = re.compile(
    r"^(?:participant|deltagare|respondent|informant|interviewee|ip|p|r|id|person)\s*\d*$", re.IGNORECASE)
_MIN_QUESTION_SHARE = 0.2
_MIN_LEAD = 1.5  # the moderator asks clearly more questions than anyone else


def assign_roles(transcript: Transcript, *, moderators: tuple[str, ...] = (), detect: bool = True) -> None:
    """Set each utterance's role in place."""
    named = {name.casefold() for name in moderators}
    chosen = {s for s in transcript.speakers if s.casefold() in named or _ROLE_WORDS.search(s)}
    # A spreadsheet's own role column ("Moderator", "intervjuare") counts too.
    chosen |= {u.speaker for u in transcript.utterances if _ROLE_WORDS.search(u.metadata.get("role", ""))}
    if not chosen and detect:
        chosen = _likely_moderator(transcript)
    for utterance in transcript.utterances:
        utterance.role = MODERATOR if utterance.speaker in chosen else PARTICIPANT


def _likely_moderator(transcript: Transcript) -> set[str]:
    turns: dict[str, list[str]] = defaultdict(list)
    for utterance in transcript.utterances:
        turns[utterance.speaker].append(utterance.text)
    candidates = [s for s in turns if s != "unknown" and not _PARTICIPANT_WORDS.search(s) and len(turns[s]) >= 2]
    if len(turns) < 2 or not candidates:
        return set()
    first = transcript.utterances[0].speaker

    def question_share(speaker: str) -> float:
        return sum(1 for text in turns[speaker] if "?" in text) / len(turns[speaker])

    def score(speaker: str) -> float:
        words = sum(len(text.split()) for text in turns[speaker]) / len(turns[speaker])
        return question_share(speaker) + (0.1 if speaker == first else 0.0) - min(words, 200) / 1000

    best = max(candidates, key=score)
    runner_up = max((question_share(s) for s in turns if s != best), default=0.0)
    if question_share(best) >= _MIN_QUESTION_SHARE and question_share(best) >= _MIN_LEAD * runner_up:
        return {best}
    return set()
