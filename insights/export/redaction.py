"""Redact an unredacted study on export: every table, label and quote of a `StudyExport`.

The study in the store is not changed. Speakers become pseudonyms (P1, P2 …,
moderators M1 …) per person, so a generic label such as "Respondent" in two
interviews becomes two pseudonyms, as the insight cards count two people.
"""

from __future__ import annotations

import re

import pandas as pd

from insights.export.bundle import StudyExport
from insights.insights import insight_cards, people
from insights.redact import Redactor
from insights.store import STATEMENT_COLUMNS


def redacted(export: StudyExport) -> StudyExport:
    """A copy of `export` with personal data replaced everywhere it is shown."""
    turns = export.utterances.assign(person=people(export.utterances))
    redactor = Redactor(list(dict.fromkeys(zip(turns["person"], turns["role"]))))
    attributes = [c for c in export.statements.columns if c not in STATEMENT_COLUMNS]
    statements = _redact_speech(export.statements, redactor, ["text", "question", *attributes])
    found = _personal_words(redactor, [*export.statements["text"], *export.statements["question"].fillna("")])
    themes = export.themes.assign(
        label=export.themes["label"].map(lambda label: _without_words(redactor.redact(label), found)),
        description=export.themes["description"].fillna("").map(redactor.redact),
        # keywords are lower-case lemmas ("tomas" from an e-mail address): drop those from personal data
        keywords=export.themes["keywords"].map(lambda words: [w for w in words if not set(w.split()) & found]),
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


def _personal_words(redactor: Redactor, texts: list[str]) -> set[str]:
    """Lower-case words inside the personal data of these texts (names, e-mail parts …)."""
    return {word for text in texts for span in redactor.find(text)
            for word in re.findall(r"[^\W\d_]{3,}", span.text.lower())}


def _without_words(label: str, found: set[str]) -> str:
    """A theme label with words from personal data replaced (labels are phrases from the text)."""
    return re.sub(r"[^\W\d_]{3,}", lambda m: "[NAME]" if m.group().lower() in found else m.group(), label)


def _redact_participants(participants: pd.DataFrame, redactor: Redactor) -> pd.DataFrame:
    if participants.empty:
        return participants
    known = {original: pseudonym for original, pseudonym in redactor.mapping.items()}
    table = participants.copy()
    table["speaker"] = [known.get(name) or redactor.pseudonym(name, "participant") for name in table["speaker"]]
    other = [c for c in table.columns if c != "speaker"]
    table[other] = table[other].map(lambda v: redactor.redact(v) if isinstance(v, str) else v)
    return table.drop_duplicates("speaker", keep="first")  # "Interviewer" and "INTERVIEWER": one person


def _redact_value(value, redactor: Redactor):
    """Strings inside an edit's payload (labels, moved statement texts), at any depth."""
    if isinstance(value, str):
        return redactor.redact(value)
    if isinstance(value, list):
        return [_redact_value(v, redactor) for v in value]
    if isinstance(value, dict):
        return {k: _redact_value(v, redactor) for k, v in value.items()}
    return value
