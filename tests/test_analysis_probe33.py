"""The analysis probe of the thirty-third session (tests/data/probes/analysis33): fourteen articles the analyses were
not written from (7 English, 7 Russian) in kinds the earlier probes did not use, aimed at actors and tone more than
dates (a neutral wire with loaded quotes, a sarcastic op-ed, Central Asian and Mongolian leaders, a broker note in
hedges, EU sanctions told by adjectives and possessives, a student exchange by academic years, a factory pause told
in concessive clauses; in Russian an ironic column, a women's delegation with declined surnames, Mongolian names and
brands, abbreviations "ШОС", "БРИКС", "ОАЭ", Korean names in Russian, initials and academic years, a Kazakh nuclear
referendum), scored against a careful reader's expectations written before presslens ran on them
(tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes that must not
change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import figure_tests, sentence_mentions  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rule (the main branch at this session's start): people 25/25 (precision
# 25/25), references 57/63, gazetteer actors 99/108, unknown people discovered 45/45, dates found 109/113 and their
# values 106/109, tone 9/22 (no glued words in these articles). The rule below (a Russian sentence opened by a bare
# office noun and a parenthetical, "Президент, как обычно, привезёт ...") raised references to 58/63. Left:
# - actors: countries named only by a nationality adjective ("Russian Foreign Minister", "российский «Росатом»",
#   "французская EDF", "корейская KHNP", "Южнокорейский президент", "German Chancellor", "Китайская компания"):
#   7 of the 9 actor misses. The general fix (a known state's adjective read as the state, culture such as
#   "Chinese New Year" left out) changes every probe's actors table and was not risked in this session's time;
#   "Депутат Госдумы" (the State Duma inside a person's role, which the tool leaves to the role by design);
# - references: Russian titles used again without the name ("Глава МИД, видимо, ...", "Спикер СФ заявила",
#   "Генсек, как сообщили в ООН"): no Russian label coreference beyond the bare offices "Президент", "Премьер",
#   "Лидер", "Министр иностранных дел"; "The foreign minister told reporters" (two foreign ministers named before,
#   one of them unknown to the gazetteer: rightly left); "Beijing's top diplomat" (a periphrasis);
# - dates: "The forum ends on Thursday" (a present verb with a future meaning, read as the past Thursday), "cut
#   Russian imports in October" said in November (read ahead: "cut" is past and present alike), "В прошлом году
#   ... в январе" (the month of the year the sentence names), academic years ("2024-25 academic year", "2022-23",
#   "в новом учебном году", "В прошлом учебном году"): no rule was risked in the time;
# - tone: VADER reads sarcasm ("Good news, everyone", "Studying is a fine hobby", "I look forward to reading that it
#   was constructive"), a concessive ("Although the political ties are warm, the commercial ones are not"),
#   negated positives ("Nobody is happy", "less pleased") and loaded words it does not list ("autocrats",
#   "self-inflicted wound", "a pillar of a fairer world order") otherwise; VADER's own figures must not change,
#   so no word was added.
FLOORS = {"people recall": 25 / 25, "people precision": 25 / 25, "references right": 58 / 63,
          "actors recall (gazetteer actors)": 99 / 108, "unknown people discovered": 45 / 45,
          "date recall": 109 / 113, "date value accuracy": 106 / 109, "tone agreement": 9 / 22}


probe_score, test_probe_figure_holds = figure_tests("analysis33", FLOORS)


# --- actors ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gaz():
    from presslens import actors

    return actors.read_gazetteer()


def _corefs(texts, gaz):
    return [(a, t) for a, t, how in sentence_mentions(texts, gaz, "2024-05-01") if how == "coreference"]


@pytest.mark.parametrize("texts, expected", [
    # a Russian sentence opened by a bare office noun and a parenthetical set off by a comma is the one holder of
    # that office named before, as "Президент подписал закон" is
    (["Визит Владимира Путина в Китай ожидается в мае.", "Президент, как обычно, привезёт меморандумы."],
     [("Vladimir Putin", "Президент")]),
    (["Президент Владимир Путин прилетел в Пекин.", "Президент, по словам Пескова, доволен итогами."],
     [("Vladimir Putin", "Президент")]),
    (["Мишустин прилетел в Пекин.", "Премьер, впрочем, не выступил."], [("Mikhail Mishustin", "Премьер")]),
    (["Путин прилетел в Пекин.", "Президент подписал закон."], [("Vladimir Putin", "Президент")]),
    # ... not a list of offices, a relative clause or a participle after the comma, "как и", nor a president the
    # gazetteer does not know named with the title, nor two presidents named
    (["Путин прилетел в Пекин.", "Президент, премьер и министр собрались."], []),
    (["Путин прилетел в Пекин.", "Президент, который прилетел, выступил."], []),
    (["Путин прилетел в Пекин.", "Президент, кажущийся усталым, выступил."], []),
    (["Путин прилетел в Пекин.", "Президент, как и премьер, выступил."], []),
    (["Президент Токаев встретился с Путиным.", "Президент, видимо, доволен."], []),
    (["Путин и Токаев прилетели.", "Президент, видимо, доволен."], []),
])
def test_ru_bare_office_before_parenthetical(texts, expected, gaz):
    assert _corefs(texts, gaz) == expected
