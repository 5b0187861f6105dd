"""Human edits: stored as a ledger, re-applied on every analysis run.

An edit names themes by their members (statement ids) at the time of the
edit, not by theme id: theme ids change between runs, members mostly do not.
On a re-run each edit finds the theme that now holds most of those members
(Jaccard overlap) and acts on it; an edit whose theme no longer exists is
reported, not silently dropped.

Actions and payloads:
    rename  {"members": [...], "label": str}
    merge   {"members": [[...], [...], ...]}      first theme absorbs the others
    split   {"members": [...], "part": [...]}     `part` becomes a new theme
    move    {"statement_id": str, "members": [...]}  into the theme holding `members`
    stage   {"statement_id": str, "stage": str}
    kind    {"statement_id": str, "kind": str}
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from insights.errors import InvalidOption

ACTIONS = ("rename", "merge", "split", "move", "stage", "kind")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
MIN_OVERLAP = 0.3
MAX_LABEL = 300  # the store's column width


@dataclass
class EditOutcome:
    labels: dict[int, str] = field(default_factory=dict)  # theme id -> label set by a human
    unmatched: list[int] = field(default_factory=list)  # edit ids that found nothing to act on
    first_new_id: int = 0


def members_of(results: pd.DataFrame, theme_id: int) -> list[str]:
    """The statement ids of a theme, sorted: what an edit stores to find it again."""
    return sorted(results.loc[results["theme_id"] == theme_id, "statement_id"])


def match_theme(results: pd.DataFrame, members: list[str]) -> int | None:
    """The theme that now holds most of `members` (Jaccard >= MIN_OVERLAP), or None."""
    wanted = set(members)
    best, best_overlap = None, 0.0
    for theme_id, group in results[results["theme_id"] >= 0].groupby("theme_id"):
        have = set(group["statement_id"])
        overlap = len(have & wanted) / len(have | wanted)
        if overlap > best_overlap:
            best, best_overlap = int(theme_id), overlap
    return best if best_overlap >= MIN_OVERLAP else None


def apply_edits(results: pd.DataFrame, ledger: pd.DataFrame, first_new_id: int = 0) -> EditOutcome:
    """Apply the ledger (columns id, action, payload) to `results` in place, oldest first.

    `results` has columns statement_id, text, theme_id, journey_stage, kind. Themes made by
    a split get ids from `first_new_id` up (above any codebook code).
    """
    outcome = EditOutcome(first_new_id=first_new_id)
    for edit in ledger.itertuples():
        applied = _APPLY[edit.action](results, edit.payload, outcome)
        if not applied:
            outcome.unmatched.append(int(edit.id))
    return outcome


def check_edit(action: str, payload: dict, stage_ids: list[str] | None = None) -> None:
    """Refuse an edit that could never apply, with a message naming the problem."""
    if action not in ACTIONS:
        raise InvalidOption(f"unknown edit {action!r} (edits: {', '.join(ACTIONS)})")
    if action == "rename" and not 0 < len(payload["label"].strip()) <= MAX_LABEL:
        raise InvalidOption(f"a theme label needs 1 to {MAX_LABEL} characters")
    if action == "kind" and payload["kind"] not in KINDS:
        raise InvalidOption(f"unknown kind {payload['kind']!r} (kinds: {', '.join(KINDS)})")
    if action == "stage" and stage_ids is not None and payload["stage"] not in [*stage_ids, "unknown"]:
        raise InvalidOption(f"unknown stage {payload['stage']!r} (stages: {', '.join(stage_ids)})")


def _rename(results, payload, outcome) -> bool:
    theme = match_theme(results, payload["members"])
    if theme is None:
        return False
    outcome.labels[theme] = payload["label"]
    return True


def _merge(results, payload, outcome) -> bool:
    matched = [match_theme(results, members) for members in payload["members"]]
    if matched[0] is None or all(theme is None for theme in matched[1:]):
        return False
    target = matched[0]
    for theme in matched[1:]:
        if theme is not None and theme != target:
            results.loc[results["theme_id"] == theme, "theme_id"] = target
            outcome.labels.pop(theme, None)
    return True


def _split(results, payload, outcome) -> bool:
    theme = match_theme(results, payload["members"])
    if theme is None:
        return False
    part = results["statement_id"].isin(payload["part"]) & (results["theme_id"] == theme)
    if not part.any():
        return False
    results.loc[part, "theme_id"] = max(int(results["theme_id"].max()) + 1, outcome.first_new_id)
    return True


def find_statement(results: pd.DataFrame, payload: dict) -> pd.Series:
    """The row an edit names: by id if its text is unchanged, else by text in the same session.

    Ids are positions (session:turn:index) and shift when a transcript is replaced; the text
    stored with the edit finds the statement again, or nothing, never a neighbour.
    """
    same_id = results["statement_id"] == payload["statement_id"]
    if "text" not in payload:
        return same_id
    if (same_id & (results["text"] == payload["text"])).any():
        return same_id & (results["text"] == payload["text"])
    session = payload["statement_id"].rsplit(":", 2)[0]
    moved = (results["text"] == payload["text"]) & results["statement_id"].str.startswith(session + ":")
    return moved & (moved.cumsum() == 1)


def _move(results, payload, outcome) -> bool:
    theme = match_theme(results, payload["members"])
    row = find_statement(results, payload)
    if theme is None or not row.any():
        return False
    results.loc[row, "theme_id"] = theme
    return True


def _set_column(column: str, key: str):
    def apply(results, payload, outcome) -> bool:
        row = find_statement(results, payload)
        results.loc[row, column] = payload[key]
        return bool(row.any())

    return apply


_APPLY = {"rename": _rename, "merge": _merge, "split": _split, "move": _move,
          "stage": _set_column("journey_stage", "stage"), "kind": _set_column("kind", "kind")}
