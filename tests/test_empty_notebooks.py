"""Every notebook runs to its end on a selection with nothing to show, and says so plainly in the report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.notebook

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
NOTEBOOKS = ("corpus", "sentiment", "terms", "chronology", "actors")
FLASH = ("BEIJING (Reuters) - Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing, "
         "state media said.\n")
RUSSIAN = ("Путин и Си Цзиньпин обсудили сотрудничество\n\nОпубликовано 16 мая 2024\n\n"
           "Президент России Владимир Путин провёл переговоры с председателем КНР Си Цзиньпином в Пекине в четверг. "
           "Стороны обсудили торговлю, энергетику и ситуацию на Украине.\n\n"
           "Министр иностранных дел Китая Ван И заявил, что отношения двух стран находятся на самом высоком уровне.\n")

# case: (files of the corpus folder, or None for seeds/; parameters; {notebook: sentence(s) its report must hold})
CASES = {
    "one empty file": ({"a.txt": ""}, {}, dict.fromkeys(NOTEBOOKS, "Nothing to show: the article selected has no "
                                                                    "story text")),
    "one article without a date": ({"flash.txt": FLASH}, {}, {
        "corpus": "No article has a publication date",
        "sentiment": "No scored article has a publication date: nothing to place over time",
        "chronology": "Nothing to show: no dated events", "actors": "No mention in a dated article",
        "terms": ("No dated article holds words",
                  "No keyness to show: no article has a publication date to split the corpus by.")}),
    "a date range leaving nothing": (None, {"date_from": "2030-01-01"}, dict.fromkeys(
        NOTEBOOKS, "Nothing to show: none of the 5 articles read was published on or after 2030-01-01")),
    "keywords no article holds": (None, {"keywords": ["Arctic", "polar silk road"]}, dict.fromkeys(
        NOTEBOOKS, 'Nothing to show: none of the 5 articles read mentions "Arctic" or "polar silk road" (keywords)')),
    "one Russian article": ({"ru.txt": RUSSIAN}, {}, {
        "sentiment": "Nothing to show: no English story sentence was scored", "terms": "No keyness to show",
        "actors": "No scored sentence names one of these actors", "chronology": "the timeline below shows it",
        "corpus": "1 article, "}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_every_notebook_runs_to_its_end_and_says_why_there_is_nothing_to_show(case, run_notebook, tmp_path):
    files, params, expected = CASES[case]
    if files is None:
        folder = SEEDS
    else:
        folder = tmp_path / "corpus"
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    for name in NOTEBOOKS:
        run = run_notebook(name, corpus=str(folder), **params)  # fails the test with the notebook's error
        text = run.outputs_text()
        wanted = expected[name] if isinstance(expected[name], tuple) else (expected[name],)
        assert all(w in text for w in wanted), f"{name}: {text[:3000]}"
        assert "Empty DataFrame" not in text, name  # an empty table is said, not printed
        assert "'No " not in text, name  # no bare string shown as a quoted cell value
        assert " 0 longest" not in text and "0 most reported of them" not in text, name
        shutil.rmtree(run.tables_dir, ignore_errors=True)
