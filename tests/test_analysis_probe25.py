"""The analysis probe of the twenty-fifth session (tests/data/probes/analysis25): twelve Russian articles the
analyses were not written from (a TASS and a RIA wire story, a Kommersant analysis, an interview, a Foreign Ministry
press release, a Kremlin readout, a regional paper's story, a Telegram channel's post, an op-ed, an Interfax story,
an Izvestia report, a summit round-up), scored against a careful reader's expectations written before presslens
ran on them (tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes that
must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from presslens import actors
from presslens.timex import timexes

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import figure_tests, glued, sentence_mentions  # noqa: E402
from test_analysis_probe22 import discovered  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# FLOORS_PLACEHOLDER
FLOORS = {}


probe_score, test_probe_figure_holds = figure_tests("analysis25", FLOORS)


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # quarters by their Roman numeral; a future quarter already past this year is next year's
    ("Во II квартале прошлого года экспорт рос, в IV квартале он упал.", "2025-02-12",
     [("2024-Q2", ""), ("2024-Q4", "")]),
    ("Посмотрим, что будет в I квартале.", "2024-10-24", [("2025-Q1", "")]),
    ("Посмотрим, что будет в первом квартале.", "2024-10-24", [("2025-Q1", "")]),
    ("Консультации пройдут в III квартале текущего года.", "2024-06-10", [("2024-Q3", "")]),
    ("Восстановить объемы удастся не раньше III квартала.", "2025-02-12", [("2025-Q3", "")]),
    ("В первом квартале рост продолжился.", "2024-05-16", [("2024-Q1", "")]),
    ("В четвертом квартале рост продолжился.", "2024-05-16", [("2023-Q4", "")]),
    ("Он обещал ответ в мае.", "2025-02-12", [("2024-05", "")]),
    # halves named "половина года"; the half of a day or of a match is no date
    ("Визит запланирован на вторую половину года.", "2024-05-16", [("2024-H2", "")]),
    ("Саммит пройдет во второй половине 2026 года.", "2025-09-02", [("2026-H2", "")]),
    ("Во второй половине дня он уехал, в первой половине матча счет не изменился.", "2025-09-02", []),
    # centuries by their Roman numeral
    ("В XXI веке Китай стал главным партнером, а в конце XX века это казалось фантастикой.", "2023-10-05",
     [("20", ""), ("19", "END")]),
    ("Это было в век технологий, сказал человек века.", "2023-10-05", []),
    # "в первых числах октября", "в последних числах мая": the month's start, its end
    ("Мероприятия пройдут в первых числах октября.", "2024-03-13", [("2024-10", "START")]),
    ("В последних числах мая делегация уехала.", "2024-03-13", [("2023-05", "END")]),
    ("Первых чисел было мало.", "2024-03-13", []),
    # seasons in the dative after "к"
    ("В мэрии обещают к зиме построить объездную дорогу.", "2023-08-22", [("2023-WI", "")]),
    ("Дорогу построят в зиму.", "2023-08-22", []),
    # a verb of saying after a comma attributes the clause: the clause's own verb gives the tense
    ("Матвиенко посетит Китай в начале июня, сообщили в аппарате.", "2024-03-13", [("2024-06", "START")]),
    ("Матвиенко посетила Китай в начале июня, сообщили в аппарате.", "2024-03-13", [("2023-06", "START")]),
    ("В начале июня, как сообщили в аппарате, Матвиенко посетит Китай.", "2024-03-13", [("2024-06", "START")]),
])
def test_dates(text, dct, expected):
    got = timexes(text, dct=dct)
    assert list(zip(got["value"], got["mod"], strict=True)) == expected
