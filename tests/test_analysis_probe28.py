"""The analysis probe of the twenty-eighth session (tests/data/probes/analysis28): fourteen articles the analyses were
not written from (7 English, 7 Russian) in kinds the earlier probes did not use (a justice ministry's press release on
an export-control indictment, a think-tank's event summary with a correction notice, a Mongolian agency's view of a
pipeline, a Korean editorial on bombers in its air defence zone, an explainer with a dated timeline list, an energy
weekly on fiscal-year results, a book review spanning a century; in Russian a briefing's transcript in
"Вопрос:"/"Ответ:" turns, a Kyrgyz agency's analysis, a regional parliament's debate, an obituary spanning seven
decades, a chronology as a dated list, a coal-market weekly with quarters, a university's press release with a
correction), scored against a careful reader's expectations written before presslens ran on them
(tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes that must not
change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

FLOORS = {"people recall": 0, "people precision": 0, "references right": 0,
          "actors recall (gazetteer actors)": 0, "unknown people discovered": 0,
          "date recall": 0, "date value accuracy": 0, "glued repaired": 0,
          "tone agreement": 0}


probe_score, test_probe_figure_holds = figure_tests("analysis28", FLOORS)


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # a fiscal year by its abbreviation, as "fiscal 2024" is read
    ("Net profit rose in FY2024, after a loss in FY 2023.", "2025-04-30", [("2024", ""), ("2023", "")]),
    ("The FY24 dividend will be small.", "2025-04-30", [("2024", "")]),
    # ... not a split year, a word in FY, nor the letters glued to another word
    ("The FY2023/24 budget was approved.", "2025-04-30", []),
    ("FYI 2024 was a hard year.", "2025-04-30", [("2024", "")]),
    ("The SFY2024 plan.", "2025-04-30", []),
    ("In fiscal 2024 it rose.", "2025-04-30", [("2024", "")]),
])
def test_fiscal_year_abbreviation(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a dated list's line: a day or month without a year takes the year opening the line
    ("2001 — 15 июня создана ШОС, 16 июля подписан договор.", "2025-05-07",
     [("2001", ""), ("2001-06-15", ""), ("2001-07-16", "")]),
    ("2019 — в июне отношения получили новый статус.", "2025-05-07", [("2019", ""), ("2019-06", "")]),
    ("2001 — The treaty is signed; the SCO is founded in June.", "2024-07-16", [("2001", ""), ("2001-06", "")]),
    ("March 2014: Russia annexes Crimea; in April talks begin.", "2024-07-16", [("2014-03", ""), ("2014-04", "")]),
    ("* 2004: a border deal in October.", "2024-07-16", [("2004", ""), ("2004-10", "")]),
    ("4 февраля 2022 года — заявление, а 5 марта визит.", "2024-07-16", [("2022-02-04", ""), ("2022-03-05", "")]),
    # ... not a year inside the line, a year without a dash or colon after it, a clock time opening the line
    ("The treaty of 2001 — the basis of ties — says talks resume in June.", "2024-07-16",
     [("2001", ""), ("2024-06", "")]),
    ("2001 was a turning point; talks resume in June.", "2024-07-16", [("2001", ""), ("2024-06", "")]),
    ("Since 2014 relations improved; talks resume in June.", "2024-07-16", [("2014", ""), ("2024-06", "")]),
    ("14:30 — Путин прибыл, встреча пройдет 16 мая.", "2024-07-16", [("2024-07-16T14:30", ""), ("2025-05-16", "")]),
    ("В 2001 году — по словам экспертов — договор подписали в июне.", "2024-07-16", [("2001", ""), ("2024-06", "")]),
])
def test_dated_list_line(text, dct, expected):
    assert date_values(text, dct) == expected
