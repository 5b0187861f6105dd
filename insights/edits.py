"""Human edits: stored as a ledger, re-applied on every analysis run.

An edit names themes by their members (statement ids) at the time of the
edit, not by theme id: theme ids change between runs, members mostly do not.
On a re-run each edit finds the theme that now holds most of those members
(Jaccard overlap) and acts on it. Every edit in the ledger ends a run either
applied or listed as a conflict with the reason (its theme's statements are
gone, its statement was removed, ...): never silently dropped. No edit adds or
removes statements; merging or splitting themes only moves them.

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
    applied: list[int] = field(default_factory=list)  # edit ids applied in full
    conflicts: list[dict] = field(default_factory=list)  # {"edit", "action", "reason"}: not (fully) applied
    first_new_id: int = 0

    @property
    def unmatched(self) -> list[int]:
        """Ids of the edits that are not (fully) applied."""
        return [conflict["edit"] for conflict in self.conflicts]


class Conflict(Exception):
    """An edit that cannot act on this run's results; the message is the reason shown to the user."""


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
        try:
            _APPLY[edit.action](results, edit.payload, outcome)
        except Conflict as conflict:
            outcome.conflicts.append({"edit": int(edit.id), "action": edit.action, "reason": str(conflict)})
        else:
            outcome.applied.append(int(edit.id))
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


def _theme(results, members: list[str], what: str = "the theme") -> int:
    theme = match_theme(results, members)
    if theme is None:
        raise Conflict(f"{what} is gone: no theme holds {MIN_OVERLAP:.0%} of its statements any more")
    return theme


def _rename(results, payload, outcome) -> None:
    outcome.labels[_theme(results, payload["members"])] = payload["label"]


def _merge(results, payload, outcome) -> None:
    target = _theme(results, payload["members"][0], "the theme to merge into")
    matched = [match_theme(results, members) for members in payload["members"][1:]]
    gone = sum(theme is None for theme in matched)
    if gone == len(matched):
        raise Conflict(f"the themes to merge are gone: no theme holds {MIN_OVERLAP:.0%} of their statements any more")
    for theme in matched:
        if theme is not None and theme != target:
            results.loc[results["theme_id"] == theme, "theme_id"] = target
            outcome.labels.pop(theme, None)
    if gone:
        raise Conflict(f"partly applied: {gone} of the {len(matched)} themes to merge are gone (no theme holds "
                       f"{MIN_OVERLAP:.0%} of their statements any more); merged the rest")


def _split(results, payload, outcome) -> None:
    theme = _theme(results, payload["members"])
    in_theme = results["theme_id"] == theme
    part = results["statement_id"].isin(payload["part"]) & in_theme
    if not part.any():
        raise Conflict("the statements to split off are no longer in that theme")
    if part.sum() == in_theme.sum():
        # Moving the whole theme to a new id would split nothing and lose the theme's label.
        raise Conflict("the statements to split off are now the whole theme: nothing left to split from")
    # A new id, also unlike any theme an earlier edit labelled and moves then emptied: it must not inherit that label.
    results.loc[part, "theme_id"] = max(int(results["theme_id"].max()) + 1, outcome.first_new_id,
                                        max(outcome.labels, default=-1) + 1)


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


def _move(results, payload, outcome) -> None:
    row = find_statement(results, payload)
    if not row.any():
        raise Conflict("the statement is gone (its transcript was removed or changed)")
    results.loc[row, "theme_id"] = _theme(results, payload["members"], "the target theme")


def _set_column(column: str, key: str):
    def apply(results, payload, outcome) -> None:
        row = find_statement(results, payload)
        if not row.any():
            raise Conflict("the statement is gone (its transcript was removed or changed)")
        results.loc[row, column] = payload[key]

    return apply


_APPLY = {"rename": _rename, "merge": _merge, "split": _split, "move": _move,
          "stage": _set_column("journey_stage", "stage"), "kind": _set_column("kind", "kind")}
