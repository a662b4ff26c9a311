"""Shared fixtures: the sample corpus, and executing a notebook for real with papermill."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

# Notebooks executed by the tests inherit this: no progress bars in their outputs.
os.environ["PRESSLENS_REPORT"] = "1"

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
NOTEBOOKS = ROOT / "notebooks"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def gaz() -> list[dict]:
    """The default gazetteer (data/actors.yml), read once per test session."""
    from presslens import actors

    return actors.read_gazetteer()


@pytest.fixture(scope="session")
def seeds_corpus():
    """The five sample articles, parsed (once per test session)."""
    import presslens

    return presslens.read_corpus(SEEDS, progress=False)


@pytest.fixture(scope="session")
def seeds_expected() -> dict:
    return json.loads((DATA / "seeds_expected.json").read_text(encoding="utf-8"))


class NotebookRun:
    """An executed notebook: its path, the tables it saved, and its cells."""

    def __init__(self, executed: Path, tables_dir: Path):
        import nbformat

        self.path = executed
        self.tables_dir = tables_dir
        self.nb = nbformat.read(str(executed), as_version=4)

    def table(self, name: str) -> pd.DataFrame:
        return pd.read_csv(self.tables_dir / f"{name}.csv", keep_default_na=False)

    def outputs_text(self) -> str:
        parts = []
        for cell in self.nb.cells:
            for out in cell.get("outputs", []):
                parts.append(out.get("text", ""))
                parts.extend(str(v) for k, v in out.get("data", {}).items() if k.startswith("text/"))
        return "\n".join(parts)

    def images(self) -> int:
        return sum("image/png" in out.get("data", {}) for c in self.nb.cells for out in c.get("outputs", []))


@pytest.fixture
def run_notebook(tmp_path):
    """Execute ``notebooks/<name>.ipynb`` with papermill on seeds/ (plus ``params``) into a temp dir.

    Fails the test with the notebook's error if any cell raises. Returns a :class:`NotebookRun`.
    """
    from presslens import runner

    def _run(name: str, **params) -> NotebookRun:
        tables = tmp_path / "tables"
        executed = tmp_path / f"{name}.ipynb"
        given = {"corpus": str(SEEDS), "tables_dir": str(tables), **params}
        result = runner.execute(NOTEBOOKS / f"{name}.ipynb", executed, given, timeout=300)
        assert result.status == "ok", f"{name}.ipynb failed: {result.error}"
        return NotebookRun(executed, tables)

    return _run
