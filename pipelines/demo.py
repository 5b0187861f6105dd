"""`make demo`: run every bundled sample study and say where the results are."""

from __future__ import annotations

import sys
from pathlib import Path

from insights.insights import insight_cards
from insights.store import StoreLocation, default_home
from pipelines.analyse_study import analyse_study_folder

SAMPLE_STUDIES = Path(__file__).resolve().parent.parent / "data" / "studies"


def main() -> int:
    home = default_home().resolve()
    location = StoreLocation(home=home)
    for folder in sorted(p for p in SAMPLE_STUDIES.iterdir() if (p / "transcripts").is_dir()):
        run = analyse_study_folder(folder, location, home)
        for result in run.report.results:
            print(f"  {result.status:<12} {result.name}: {result.detail}")
        store = location.store_for(run.study)
        sessions = store.sessions_table(run.study)
        summary = run.analysis.summary
        print(f"{run.study}: {len(sessions)} sessions, {int(sessions['statements'].sum())} statements, "
              f"{summary['themes']} themes, outliers {summary['outlier_share']:.0%}")
        for card in insight_cards(store.statements_table(run.study), store.themes_table(run.study))[:5]:
            print(f"  {card.rank}. {card.title} ({card.speakers} people, pain {card.pain_share:.0%}, "
                  f"mostly {card.top_stage})")
        print(f"  store:      {location.describe(run.study)}")
        print(f"  statements: {run.statements_csv}")
    print(f"\nExplore with: INSIGHTS_HOME={home} .venv/bin/insights themes|insights|statements --study <name>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
