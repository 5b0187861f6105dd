"""Everything an export shows, gathered once from the store: `StudyExport`.

Writers (report, spreadsheets, JSON, REFI-QDA) read only this object, so
every format shows the same numbers, names the same analysis run, and a
redacted export is redacted everywhere (`StudyExport.redacted`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version

import pandas as pd

from insights import explore
from insights.errors import InsightsError
from insights.insights import insight_cards, theme_overview
from insights.journey import StageSet
from insights.models import Insight
from insights.store import Store

LANGUAGES = ("sv", "en")


@dataclass
class StudyExport:
    """A study as exports see it.

    `statements` is the statements table of DESIGN.md (analysis columns and
    participant attributes included); `themes` has every theme of the run,
    top-level groups (origin "group") too; `cards` are the ranked insight cards.
    `run` is None for a study that has not been analysed.
    """

    study: str
    language: str
    exported_at: datetime
    run: dict | None
    sessions: pd.DataFrame
    utterances: pd.DataFrame
    participants: pd.DataFrame
    statements: pd.DataFrame
    themes: pd.DataFrame
    cards: list[Insight]
    stage_set: StageSet
    edits: pd.DataFrame
    redacted: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def analysed(self) -> bool:
        return self.run is not None

    def require_analysis(self) -> None:
        """InsightsError unless the study has an analysis run (reports need themes)."""
        if self.sessions.empty:
            raise InsightsError(f"study {self.study!r} has no transcripts yet: "
                                f"run `insights ingest --study {self.study} FILES` first")
        if self.run is None:
            raise InsightsError(f"study {self.study!r} has not been analysed yet: "
                                f"run `insights analyse --study {self.study}` first")

    @property
    def provenance(self) -> dict:
        """Where the export came from: the study, the analysis run and its settings, when, by what."""
        run = self.run or {}
        return {
            "study": self.study,
            "exported_at": _iso(self.exported_at),
            "insights_version": tool_version(),
            "analysis_run": run.get("id"),
            "analysed_at": _iso(run.get("finished_at")),
            "model": run.get("model_id"),
            "seed": run.get("seed"),
            "settings": run.get("settings") or {},
            "redacted": self.redacted,
        }

    @property
    def stage_names(self) -> dict[str, str]:
        """Stage id -> label in the export language, journey order, `unknown` last."""
        return explore.stage_labels(self.stage_set, self.language,
                                    "okänt" if self.language == "sv" else "unknown")

    def theme_overview(self) -> pd.DataFrame:
        """One row per (non-group) theme: id, label, size, speakers, sessions, pain share, top stage, parent."""
        return theme_overview(self.statements, self.themes)

    def journey_matrix(self) -> pd.DataFrame:
        """Stage x theme cells (see `explore.journey_matrix`)."""
        return explore.journey_matrix(self.statements, self.themes, self.stage_set)

    def counts(self) -> dict[str, int]:
        return explore.study_counts(self.statements, self.themes)

    def participant_statements(self) -> pd.DataFrame:
        return self.statements[self.statements["role"] != "moderator"]

    def with_changes(self, **changes) -> StudyExport:
        return replace(self, **changes)


def load_export(store: Store, study: str, language: str | None = None, *,
                now: datetime | None = None) -> StudyExport:
    """Read everything a study's exports show from the store.

    `language` (sv or en) picks the language of report headings and stage
    labels; by default the language most of the study's sessions are in.
    """
    if language is not None and language not in LANGUAGES:
        raise InsightsError(f"language {language!r} is not offered for exports (choose sv or en)")
    sessions = store.sessions_table(study)
    run = store.latest_run(study)
    statements = store.statements_table(study)
    themes = store.themes_table(study)
    cards = insight_cards(statements, themes) if run is not None else []
    return StudyExport(
        study=study,
        language=language or explore.study_language(sessions) or "en",
        exported_at=now or datetime.now(timezone.utc),
        run=run,
        sessions=sessions,
        utterances=store.utterances_table(study),
        participants=store.participants_table(study),
        statements=statements,
        themes=themes,
        cards=cards,
        stage_set=explore.run_stage_set(run),
        edits=store.edits_table(study),
    )


def tool_version() -> str:
    try:
        return version("insights")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "unknown"


def _iso(moment) -> str | None:
    if moment is None:
        return None
    if isinstance(moment, str):
        return moment
    if moment.tzinfo is None:  # the store keeps UTC without a zone
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat(timespec="seconds")
