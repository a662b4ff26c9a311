"""notebooks/actors.ipynb executed for real by papermill on seeds/, its tables read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from presslens import schema


@pytest.mark.notebook
def test_actors_notebook(run_notebook):
    run = run_notebook("actors", actor_types=["person", "country"], min_mentions=2, top_n=5)

    for name in ("actors", "actor_labels", "cooccurrence", "discovered_names"):
        assert list(run.table(name).columns) == schema.columns(name), name

    # parameters take effect
    found = run.table("actors")
    assert set(found["type"]) == {"person", "country"}
    assert found.groupby("actor").size().min() >= 2
    assert {"Xi Jinping", "Vladimir Putin", "China", "Russia"} <= set(found["actor"])

    # how each article names each actor
    labels = run.table("actor_labels")
    rows = set(zip(labels["actor"], labels["label"], labels["article_id"], strict=True))
    assert ("Xi Jinping", "Chinese dictator", "000_29787b062033bf3a") in rows
    assert ("Xi Jinping", "Chinese leader", "004_5dd842b7a4cd32ac") in rows
    assert ("Vladimir Putin", "Russian President", "001_572afbd63a801590") in rows

    # who appears with whom
    top = run.table("cooccurrence").iloc[0]
    assert {top["actor_a"], top["actor_b"]} == {"Vladimir Putin", "Xi Jinping"}
    assert top["n_articles"] == 5

    # figures: counts, over time, network; per-actor tone and the mention summary are printed
    assert run.images() == 3
    text = run.outputs_text()
    assert "mentions of" in text and "mean_compound" in text
    # how the mentions were found, in words (not a bare match | coreference ... table); tone counts explained
    assert re.search(r"Found \d+ by name or alias; \d+ by surname alone", text) and "| coreference" not in text
    tone_note = next(c.source for c in run.nb.cells if c.cell_type == "markdown" and "Tone of the sentences" in c.source)
    assert "surname alone" in tone_note and "not used for tone" in tone_note



@pytest.mark.notebook
def test_actors_notebook_a_mistyped_actor_type_is_an_error(tmp_path):
    from presslens import runner

    root = Path(__file__).resolve().parents[1]
    result = runner.execute(root / "notebooks" / "actors.ipynb", tmp_path / "out.ipynb",
                            {"corpus": str(root / "seeds"), "tables_dir": "", "actor_types": ["persons", "country"]},
                            timeout=300)
    assert result.status == "failed" and "unknown actor type 'persons' (did you mean 'person'?)" in result.error
