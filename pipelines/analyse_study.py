"""Run a study folder end to end: ingest, analyse, write the statements table.

A study folder holds `transcripts/` (with an optional participants.csv) and,
for the sample studies, `codebook.csv` and `gold.csv`.

    python -m pipelines.analyse_study data/studies/bygglov
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

from insights.analysis import AnalysisRun, AnalysisSettings, analyse
from insights.explore import default_stage_choice
from insights.journey import available_stage_sets
from insights.store import StoreLocation, default_home
from insights.study import IngestOptions, IngestReport, ingest_paths


@dataclass
class StudyRun:
    study: str
    report: IngestReport
    analysis: AnalysisRun
    statements_csv: Path


def analyse_study_folder(folder: Path, location: StoreLocation, out_dir: Path,
                         settings: AnalysisSettings | None = None) -> StudyRun:
    """Ingest a study folder (replacing changed files), analyse it and write its statements table."""
    study = folder.name
    store = location.store_for(study)
    report = ingest_paths(store, study, [folder / "transcripts"], IngestOptions(replace=True))
    # A study's own journey (data/stages/<study>.yaml) when there is one, as the dashboard offers it.
    settings = settings or AnalysisSettings()
    if settings.stages is None:
        settings = replace(settings, stages=default_stage_choice(study, store.latest_run(study),
                                                                 available_stage_sets()))
    run = analyse(store, study, settings)
    out_dir.mkdir(parents=True, exist_ok=True)
    statements_csv = out_dir / f"{study}.statements.csv"
    store.statements_table(study).to_csv(statements_csv, index=False)
    return StudyRun(study, report, run, statements_csv)


def main(folders: list[str]) -> int:
    location = StoreLocation()
    out_dir = default_home()
    for folder in map(Path, folders):
        run = analyse_study_folder(folder, location, out_dir)
        print(f"{run.study}: {len(run.report.results)} files, {len(run.report.skipped)} skipped -> {run.statements_csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
