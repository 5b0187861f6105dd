"""Insight cards: one per theme, ranked, every number traceable to quotes.

A card's rank score is reach times pain: the share of the study's
participants who raised the theme, times (1 + the share of its statements
that are pain points). A theme many people raise and suffer from comes first.
A theme of small talk (greetings, thanks, short reactions: origin "small
talk") comes last whatever its reach, as everyone says hello.

Examples:
    >>> cards = insight_cards(store.statements_table("bygglov"), store.themes_table("bygglov"))  # doctest: +SKIP
    >>> cards[0].title, cards[0].speakers                                                       # doctest: +SKIP
    ('Handläggare, ringa, svar', 9)
"""

from __future__ import annotations

import re
import pandas as pd

from insights.models import Insight, Quote, SegmentShare
from insights.themes import SMALL_TALK

# Labels that name a role or a position in one file, not a person: "Respondent" in two
# interviews is two people. Such speakers are counted per session.
GENERIC_SPEAKER = re.compile(r"^(?:participant|respondent|interviewee|deltagare|informant|intervjuperson|"
                             r"unknown|speaker|talare|person)(?:\s*\d+)?$", re.IGNORECASE)
SMALL_GROUP = 3  # segments with fewer speakers than this get a warning
MAX_QUOTES = 5


def person(speaker: str, session: str) -> str:
    """Who a speaker label names: the label, or label + session for generic labels.

    Examples:
        >>> person("Anna", "intervju-1"), person("Respondent", "interview-2")
        ('Anna', 'Respondent (interview-2)')
    """
    return f"{speaker} ({session})" if GENERIC_SPEAKER.match(speaker) else speaker


def people(statements: pd.DataFrame) -> pd.Series:
    """Who said each statement: the speaker label, or label + session for generic labels."""
    generic = statements["speaker"].str.match(GENERIC_SPEAKER)
    return statements["speaker"].where(~generic, statements["speaker"] + " (" + statements["session"] + ")")


def theme_overview(statements: pd.DataFrame, themes: pd.DataFrame) -> pd.DataFrame:
    """One row per theme: id, label, size, speakers, sessions, pain share, top stage, parent."""
    rows = []
    for theme in themes[themes["origin"] != "group"].itertuples():
        members = statements[statements["theme_id"] == theme.theme_id]
        stages = members["journey_stage"][members["journey_stage"] != "unknown"].value_counts()
        rows.append({
            "theme_id": theme.theme_id, "label": theme.label, "size": len(members),
            "speakers": people(members).nunique(), "sessions": members["session"].nunique(),
            "pain_share": round(float((members["kind"] == "pain").mean()), 3) if len(members) else 0.0,
            "top_stage": stages.index[0] if len(stages) else "unknown", "parent_id": theme.parent_id,
            "origin": theme.origin,
        })
    return pd.DataFrame(rows, columns=["theme_id", "label", "size", "speakers", "sessions", "pain_share",
                                       "top_stage", "parent_id", "origin"])


def insight_cards(statements: pd.DataFrame, themes: pd.DataFrame, segment_column: str = "segment") -> list[Insight]:
    """Ranked insight cards from the statements table (with analysis columns) and its themes."""
    statements = statements.assign(person=people(statements))
    participants = statements["person"].nunique() or 1
    cards = []
    for theme in themes[themes["origin"] != "group"].itertuples():
        members = statements[statements["theme_id"] == theme.theme_id]
        if members.empty:
            continue
        by_id = members.set_index("statement_id")
        quotes = [_quote(by_id, sid) for sid in theme.representatives if sid in by_id.index][:MAX_QUOTES]
        stages = members["journey_stage"].value_counts()
        known = stages.drop("unknown", errors="ignore")
        pain_share = float((members["kind"] == "pain").mean())
        speakers = members["person"].nunique()
        cards.append(Insight(
            rank=0, theme_id=int(theme.theme_id), title=theme.label, summary=_summary(quotes),
            quotes=quotes, statements=len(members), speakers=speakers, sessions=members["session"].nunique(),
            pain_share=round(pain_share, 3), stage_distribution={k: int(v) for k, v in stages.items()},
            top_stage=known.index[0] if len(known) else "unknown",
            segments=_segments(statements, members, segment_column),
            score=round(speakers / participants * (1 + pain_share), 4),
            small_talk=theme.origin == SMALL_TALK,
        ))
    cards.sort(key=lambda card: (card.small_talk, -card.score, -card.statements, card.theme_id))
    for rank, card in enumerate(cards, start=1):
        card.rank = rank
    return cards


def pain_themes(cards: list[Insight]) -> list[Insight]:
    """Themes ranked by pain share times reach (people who raised them)."""
    return sorted((card for card in cards if card.pain_share > 0),
                  key=lambda card: (-(card.pain_share * card.speakers), card.theme_id))


def _quote(by_id: pd.DataFrame, statement_id: str) -> Quote:
    row = by_id.loc[statement_id]
    start = row["start_s"]
    return Quote(statement_id, row["text"], row["speaker"], row["session"],
                 None if pd.isna(start) else float(start))


def _summary(quotes: list[Quote]) -> str:
    """Extractive: the most typical quote, cut to two sentences."""
    if not quotes:
        return ""
    sentences = re.split(r"(?<=[.!?])\s+", quotes[0].text.strip())
    return " ".join(sentences[:2])


def _segments(statements: pd.DataFrame, members: pd.DataFrame, column: str) -> list[SegmentShare]:
    if column not in statements.columns:
        return []
    everyone = statements.drop_duplicates("person").groupby(column)["person"].nunique()
    raised = members.drop_duplicates("person").groupby(column)["person"].nunique()
    return [SegmentShare(str(segment), int(raised.get(segment, 0)), int(total),
                         round(raised.get(segment, 0) / total, 3), total < SMALL_GROUP)
            for segment, total in everyone.items() if segment and not pd.isna(segment)]
