"""Redact an unredacted study on export: every table, label and quote of a `StudyExport`.

The study in the store is not changed. Speakers become pseudonyms (P1, P2 …,
moderators M1 …) per person, so a generic label such as "Respondent" in two
interviews becomes two pseudonyms, as the insight cards count two people.
"""

from __future__ import annotations

import pandas as pd

from insights.export.bundle import StudyExport
from insights.insights import insight_cards, people
from insights.redact import Redactor


def redacted(export: StudyExport) -> StudyExport:
    """A copy of `export` with personal data replaced everywhere it is shown."""
    turns = export.utterances.assign(person=people(export.utterances))
    redactor = Redactor(list(dict.fromkeys(zip(turns["person"], turns["role"]))))
    statements = _redact_speech(export.statements, redactor, ["text", "question"])
    themes = export.themes.assign(
        label=export.themes["label"].map(redactor.redact),
        description=export.themes["description"].fillna("").map(redactor.redact),
        keywords=export.themes["keywords"].map(lambda words: [redactor.redact(w) for w in words]),
    )
    statements["theme_label"] = statements["theme_id"].map(dict(zip(themes["theme_id"], themes["label"])))
    return export.with_changes(
        utterances=_redact_speech(export.utterances, redactor, ["text"]),
        statements=statements,
        participants=_redact_participants(export.participants, redactor),
        themes=themes,
        cards=insight_cards(statements, themes) if export.analysed else [],
        edits=export.edits.assign(payload=export.edits["payload"].map(lambda p: _redact_value(p, redactor))),
        redacted=True,
    )


def _redact_speech(table: pd.DataFrame, redactor: Redactor, text_columns: list[str]) -> pd.DataFrame:
    table = table.copy()
    person = people(table) if len(table) else table["speaker"]
    table["speaker"] = [redactor.pseudonym(p, role) for p, role in zip(person, table["role"])]
    for column in text_columns:
        table[column] = table[column].fillna("").map(redactor.redact)
    return table


def _redact_participants(participants: pd.DataFrame, redactor: Redactor) -> pd.DataFrame:
    if participants.empty:
        return participants
    known = {original: pseudonym for original, pseudonym in redactor.mapping.items()}
    table = participants.copy()
    table["speaker"] = [known.get(name) or redactor.pseudonym(name, "participant") for name in table["speaker"]]
    other = [c for c in table.columns if c != "speaker"]
    table[other] = table[other].map(lambda v: redactor.redact(v) if isinstance(v, str) else v)
    return table


def _redact_value(value, redactor: Redactor):
    """Strings inside an edit's payload (labels, moved statement texts), at any depth."""
    if isinstance(value, str):
        return redactor.redact(value)
    if isinstance(value, list):
        return [_redact_value(v, redactor) for v in value]
    if isinstance(value, dict):
        return {k: _redact_value(v, redactor) for k, v in value.items()}
    return value
