"""First render of each dashboard page for a study of about 10,000 statements.

Builds the study (recombined sample sentences, analysed with the model-free
`hashing` embedder so the build is quick; page rendering does not depend on
the model), times the app's first start (it opens on Overview, nothing
cached), then for each page starts a fresh app session, clears the data
caches and times the switch to that page (Streamlit's AppTest, no browser).
Aim: under 2 seconds per page on this machine.

    .venv/bin/python benchmarks/dashboard.py [--statements 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.speed import build_study  # noqa: E402

PAGES = ["studies", "overview", "themes", "journey", "participants", "search", "export"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        os.environ["INSIGHTS_HOME"] = str(folder / "home")
        os.environ.pop("INSIGHTS_DB", None)
        import streamlit as st
        from streamlit.testing.v1 import AppTest

        from insights.analysis import AnalysisSettings, analyse
        from insights.store import StoreLocation
        from insights.study import ingest_paths

        (folder / "study").mkdir()
        build_study(folder / "study", args.statements)
        store = StoreLocation(home=folder / "home").store_for("large")
        ingest_paths(store, "large", [folder / "study"])
        analyse(store, "large", AnalysisSettings(embedder="hashing"))
        n = len(store.statements_table("large"))
        print(f"study: {n:,} statements")
        for page in PAGES:
            app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
            app.session_state["study"] = "large"
            started = time.perf_counter()
            app.run()  # opens on Overview
            if page == PAGES[0]:
                print(f"app start on Overview, nothing cached: {time.perf_counter() - started:5.2f} s")
            st.cache_data.clear()  # the next page's own first render
            started = time.perf_counter()
            app.switch_page(f"app_pages/{page}.py").run()
            elapsed = time.perf_counter() - started
            problem = f"  EXCEPTION: {app.exception[0].value}" if app.exception else ""
            print(f"{page:<13} first render {elapsed:5.2f} s{problem}")


if __name__ == "__main__":
    main()
