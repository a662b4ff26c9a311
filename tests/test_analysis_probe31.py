"""The analysis probe of the thirty-first session (tests/data/probes/analysis31): fourteen articles the analyses were
not written from (7 English, 7 Russian) in kinds the earlier probes did not use (a grain-trade story with a
marketing year "2023/24" and an export quota, an arms-control explainer in questions and answers, a human-rights
report on deportations, Central Asian workers and quotas, the Asian Winter Games in Harbin, a company's quarter with
panda bonds, the Moscow Zoo's pandas; in Russian a human-rights report on treason cases with patronymics and
initials, labour quotas "на 2025 год", grain exports "по итогам 2023 года", the Northern Sea Route's season "с июля
по ноябрь", a student exchange by academic years "2023/24", the central bank on the yuan "по состоянию на 1 октября",
a documentary film review "в XVIII–XIX веках"), scored against a careful reader's expectations written before
presslens ran on them (tests/analysis_probe_score.py), and a short test for each rule added after it, with
look-alikes that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests, sentence_mentions  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules (the main branch at this session's start): people 15/15 (precision
# 15/16), references 73/75, gazetteer actors 86/96, unknown people discovered 63/67, dates found 200/210 and their
# values 194/200, tone 17/22 (no glued words in these articles).
FLOORS = {"people recall": 15 / 15, "people precision": 15 / 16, "references right": 73 / 75,
          "actors recall (gazetteer actors)": 86 / 96, "unknown people discovered": 63 / 67,
          "date recall": 200 / 210, "date value accuracy": 194 / 200, "tone agreement": 17 / 22}


probe_score, test_probe_figure_holds = figure_tests("analysis31", FLOORS)


@pytest.fixture(scope="module")
def gaz():
    from presslens import actors

    return actors.read_gazetteer()


# --- actors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, expected", [
    # a one-word name of the gazetteer after another of its people's given names is someone else, and so is that
    # surname alone after it, until the actor is named again
    (["Agriculture Minister Dmitry Patrushev spoke.", "Patrushev added."], []),
    (["Then Mikhail Lavrov, a historian, spoke."], []),
    (["Дмитрий Патрушев заявил.", "Патрушев сказал."], []),
    (["Then Dmitry Patrushev spoke.", "Nikolai Patrushev spoke.", "Patrushev added."],
     [("Nikolai Patrushev", "Nikolai Patrushev", "name"), ("Nikolai Patrushev", "Patrushev", "name")]),
    # ... not the actor's own given name or another spelling of it, nor the actor named before the namesake
    (["Then Nikolay Patrushev spoke."], [("Nikolai Patrushev", "Nikolay Patrushev", "name")]),
    (["Then Sergei Lavrov spoke.", "Lavrov added."],
     [("Sergey Lavrov", "Sergei Lavrov", "name"), ("Sergey Lavrov", "Lavrov", "name")]),
    (["Then Vladimir Zelensky spoke."], [("Volodymyr Zelensky", "Vladimir Zelensky", "name")]),
    (["Patrushev spoke.", "Then Dmitry Medvedev spoke."],
     [("Nikolai Patrushev", "Patrushev", "name"), ("Dmitry Medvedev", "Dmitry Medvedev", "name")]),
    (["Nikolai Patrushev spoke.", "Then Dmitry Patrushev spoke."], [("Nikolai Patrushev", "Nikolai Patrushev", "name")]),
    # ... nor a surname written first ("Xi" of "Xi Jinping" opens no given name)
    (["The Xi Putin summit ended."], [("Xi Jinping", "Xi", "name"), ("Vladimir Putin", "Putin", "name")]),
])
def test_other_given_name_before_surname(gaz, texts, expected):
    assert sentence_mentions(texts, gaz, "2024-10-10") == expected
