"""The end-to-end pipeline `make demo` runs, on one sample study (without a model)."""

import pandas as pd

from insights.analysis import AnalysisSettings
from insights.store import STATEMENT_COLUMNS
from pipelines.analyse_study import analyse_study_folder
from tests.conftest import SAMPLE_STUDIES


def test_pipeline_analyses_a_study_folder_with_its_own_journey(location, tmp_path):
    run = analyse_study_folder(SAMPLE_STUDIES / "blue-badge", location, tmp_path / "out",
                               AnalysisSettings(embedder="hashing"))
    assert run.report.skipped == [] and run.analysis.summary["themes"] >= 4
    store = location.store_for("blue-badge")
    assert store.latest_run("blue-badge")["settings"]["stages"] == "blue-badge"  # data/stages/blue-badge.yaml
    table = pd.read_csv(run.statements_csv)
    assert list(table.columns[:len(STATEMENT_COLUMNS)]) == STATEMENT_COLUMNS
    assert table["theme_id"].notna().all() and len(table) == len(store.statements_table("blue-badge"))
