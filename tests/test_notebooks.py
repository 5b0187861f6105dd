"""Notebooks run top to bottom (code cells in order, one namespace), with the model-free embedder."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[n.name for n in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(notebook, monkeypatch):
    monkeypatch.setenv("INSIGHTS_NOTEBOOK_EMBEDDER", "hashing")
    monkeypatch.chdir(notebook.parent)
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    namespace: dict = {"__name__": "__notebook__"}
    for index, cell in enumerate(c for c in cells if c["cell_type"] == "code"):
        source = "".join(cell["source"])
        try:
            exec(compile(source, f"{notebook.name}[{index}]", "exec"), namespace)
        except Exception as error:  # name the failing cell
            pytest.fail(f"{notebook.name} cell {index} failed: {type(error).__name__}: {error}")


def test_notebooks_exist():
    assert NOTEBOOKS
