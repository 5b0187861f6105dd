"""JSON: the whole analysis in one document, described by `analysis.schema.json`.

The document holds the provenance (which analysis run, model, seed, settings,
when exported), the study, its sessions and participants, every statement
with its analysis columns, the themes with their hierarchy, the stage set,
the ranked insight cards, the journey matrix and the ledger of human edits.
Keys come in a fixed order, missing values are `null` (never NaN), times are
ISO 8601 in UTC, and text is UTF-8 as written (å stays å).

Examples:
    >>> document = json.loads(json_export(load_export(store, "bygglov")))  # doctest: +SKIP
    >>> document["provenance"]["analysis_run"], len(document["statements"])  # doctest: +SKIP
    (1, 632)
"""

from __future__ import annotations

import json
import math
import numbers
from datetime import date, datetime, timezone
from importlib.resources import files

import numpy as np
import pandas as pd

from insights.export.bundle import StudyExport
from insights.insights import people
from insights.store import STATEMENT_COLUMNS

FORMAT = "insights-analysis"
FORMAT_VERSION = 1
SCHEMA_FILE = "analysis.schema.json"
THEME_COLUMNS = ("theme_id", "label", "keywords", "description", "origin", "parent_id", "representatives")


def json_export(export: StudyExport) -> bytes:
    """The analysis as a JSON document (UTF-8 bytes) that validates against `load_schema()`."""
    text = json.dumps(analysis_document(export), ensure_ascii=False, indent=1, allow_nan=False)
    # "<", ">" and "&" occur only inside strings: written as \u escapes they read back the same, and no
    # viewer or page that shows the raw file can take a quote's "<script>" for markup.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (text + "\n").encode("utf-8")


def analysis_document(export: StudyExport) -> dict:
    """The JSON document as Python data: only dicts, lists, str, int, float, bool and None."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "provenance": plain(export.provenance),
        "study": {"name": export.study, "language": export.language, "counts": plain(export.counts())},
        "sessions": _records(export.sessions, ["session", "source", "format", "language", "statements",
                                               "ingested_at"]),
        "participants": _participants(export.participants),
        "statements": _statements(export.statements),
        "themes": _themes(export),
        "stage_set": _stage_set(export),
        "insights": [_card(card) for card in export.cards],
        "journey_matrix": _records(export.journey_matrix(), ["theme_id", "theme_label", "theme_order", "stage",
                                                             "stage_index", "statements", "people", "reach",
                                                             "pain", "pain_share"]),
        "edits": [{"id": plain(edit["id"]), "created_at": plain(edit["created_at"]), "action": edit["action"],
                   "payload": plain(edit["payload"]), "undone": bool(edit["undone"])}
                  for edit in export.edits.to_dict("records")],
    }


def load_schema() -> dict:
    """The JSON Schema (draft 2020-12) of `json_export`'s document, shipped with the package."""
    return json.loads(files("insights.export").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def plain(value):
    """`value` as JSON data: numpy and pandas scalars unwrapped, NaN and NA as None, times as ISO 8601.

    Examples:
        >>> plain({"n": np.int64(3), "x": float("nan"), "at": pd.Timestamp("2026-03-01 12:00"), "l": (1, pd.NA)})
        {'n': 3, 'x': None, 'at': '2026-03-01T12:00:00+00:00', 'l': [1, None]}
    """
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [plain(item) for item in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    return value


def iso(moment: datetime) -> str:
    """ISO 8601 with the zone; the store keeps UTC without one."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat(timespec="seconds")


# --------------------------------------------------------------------------- parts of the document


def _records(table: pd.DataFrame, columns: list[str]) -> list[dict]:
    return [{column: plain(row[column]) for column in columns} for row in table.to_dict("records")]


def _participants(participants: pd.DataFrame) -> list[dict]:
    attributes = [c for c in participants.columns if c != "speaker"]
    return [{"speaker": row["speaker"], "attributes": {c: plain(row[c]) for c in attributes}}
            for row in participants.to_dict("records")]


def _statements(statements: pd.DataFrame) -> list[dict]:
    """Contract columns as keys; participant attributes in `attributes`, so a column called `text` in
    participants.csv can never shadow the statement's text."""
    attributes = [c for c in statements.columns if c not in STATEMENT_COLUMNS]
    return [{**{c: plain(row[c]) for c in STATEMENT_COLUMNS}, "attributes": {c: plain(row[c]) for c in attributes}}
            for row in statements.to_dict("records")]


def _themes(export: StudyExport) -> list[dict]:
    """Every theme of the run, groups too, with its children and the numbers over its statements."""
    themes = export.themes
    statements = export.statements.assign(person=people(export.statements)) if len(export.statements) \
        else export.statements.assign(person=pd.Series(dtype=str))
    parents = themes["parent_id"].astype("Int64")
    documents = []
    for theme in themes.to_dict("records"):
        children = sorted(int(i) for i in themes.loc[parents == theme["theme_id"], "theme_id"])
        members = statements[statements["theme_id"].isin(children or [theme["theme_id"]])]
        documents.append({
            **{column: plain(theme[column]) for column in THEME_COLUMNS},
            "children": children,
            "statements": len(members),
            "speakers": int(members["person"].nunique()),
            "sessions": int(members["session"].nunique()),
            "pain_share": round(float((members["kind"] == "pain").mean()), 3) if len(members) else 0.0,
        })
    return documents


def _stage_set(export: StudyExport) -> dict:
    stage_set = export.stage_set
    return {
        "name": stage_set.name,
        "description": dict(stage_set.description),
        "stages": [{"id": stage.id, "phase": stage.phase, "label": dict(stage.label),
                    "description": stage.description} for stage in stage_set.stages],
        "labels": export.stage_names,
    }


def _card(card) -> dict:
    return {
        "rank": card.rank, "theme_id": card.theme_id, "title": card.title, "summary": card.summary,
        "score": plain(card.score), "statements": plain(card.statements), "speakers": plain(card.speakers),
        "sessions": plain(card.sessions), "pain_share": plain(card.pain_share), "top_stage": card.top_stage,
        "stage_distribution": plain(card.stage_distribution),
        "quotes": [{"statement_id": q.statement_id, "text": q.text, "speaker": q.speaker, "session": q.session,
                    "start_s": plain(q.start_s)} for q in card.quotes],
        "segments": [{"segment": s.segment, "speakers": plain(s.speakers), "of": plain(s.of),
                      "share": plain(s.share), "small_group": bool(s.small_group)} for s in card.segments],
        "warnings": list(card.warnings),
    }
