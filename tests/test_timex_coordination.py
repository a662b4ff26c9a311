"""Coordinated dates read as one unit (timex._coordinated, the span-of-years rules): days listed before a day and
month, months and seasons joined by "and"/"or"/"и"/"или", a weekday set beside a week just named, a span of years
by a dash. Each case with look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from presslens.timex import timexes

DCT = "2024-03-10"  # a Sunday


def rows(text: str, dct: str = DCT) -> list[tuple[str, str]]:
    found = timexes(text, dct=dct)
    return list(zip(found["text"], found["value"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # bare days listed before a day and month: each a date of that month
    ("Переговоры прошли 3 и 4 мая.", [("3", "2023-05-03"), ("4 мая", "2023-05-04")]),
    ("Встреча прошла 3, 4 и 5 мая.", [("3", "2023-05-03"), ("4", "2023-05-04"), ("5 мая", "2023-05-05")]),
    ("Переговоры прошли 3 и 4 мая 2022 года.", [("3", "2022-05-03"), ("4 мая 2022 года", "2022-05-04")]),
    # an English list: its commas do not cut the verb off (was 2024 for "5 May", and no "3", "4")
    ("They met on 3, 4 and 5 May.", [("3", "2023-05-03"), ("4", "2023-05-04"), ("5 May", "2023-05-05")]),
    ("They met on May 3, 4 and 5.", [("May 3", "2023-05-03"), ("4", "2023-05-04"), ("5", "2023-05-05")]),
    ("They met on 3 and 4 May.", [("3", "2023-05-03"), ("4 May", "2023-05-04")]),  # as before
    # look-alikes: a decimal comma, days not rising, counts after the list, a number glued to a sign
    ("Рост составил 1,2 и 3 мая цены упали.", [("3 мая", "2023-05-03")]),
    ("Переговоры прошли 5 и 4 мая.", [("4 мая", "2023-05-04")]),
    ("They met on May 3, 4 and 5 people came.", [("May 3", "2023-05-03")]),
    ("Документ № 3 и 4 мая подписан.", [("4 мая", "2024-05-04")]),
])
def test_day_lists(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare locative month after "или" shares the first one's "в"
    ("Выборы пройдут в сентябре или октябре.", [("сентябре", "2024-09"), ("октябре", "2024-10")]),
    ("Выборы пройдут в мае или июне.", [("мае", "2024-05"), ("июне", "2024-06")]),
    ("Он был там в мае, июне или июле.", [("мае", "2023-05"), ("июне", "2023-06"), ("июле", "2023-07")]),
    # the year written after the last is every month's, the preposition said again or not
    ("Встреча состоится в мае или в июне 2025 года.", [("мае", "2025-05"), ("июне 2025 года", "2025-06")]),
    ("It opens in May or in June 2025.", [("May", "2025-05"), ("June 2025", "2025-06")]),
    ("Это было в мае и июне прошлого года.", [("мае", "2023-05"), ("июне прошлого года", "2023-06")]),
    ("Trade fell in December and January 2024.", [("December", "2023-12"), ("January 2024", "2024-01")]),
    # a pair in the past: the last span of the two months begun by the DCT, one year for both (10 March)
    ("Он приезжал в Пекин в марте и апреле.", [("марте", "2023-03"), ("апреле", "2023-04")]),
    ("He visited in March and April.", [("March", "2023-03"), ("April", "2023-04")]),
    ("He visited in February and March.", [("February", "2024-02"), ("March", "2024-03")]),
    ("He visited in early March and April.", [("early March", "2023-03"), ("April", "2023-04")]),
    # ... in the future, the first not yet over
    ("He will visit in February and March.", [("February", "2025-02"), ("March", "2025-03")]),
    ("Выборы пройдут в мае и июне.", [("мае", "2024-05"), ("июне", "2024-06")]),
    # look-alikes: one month alone, a year of its own on the first, a position on the first
    ("He visited in March.", [("March", "2024-03")]),
    ("Он приезжал в апреле.", [("апреле", "2023-04")]),
    ("It rose in May 2023 and June.", [("May 2023", "2023-05"), ("June", "2023-06")]),
])
def test_month_pairs(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Работы шли весной и летом.", [("весной", "2023-SP"), ("летом", "2023-SU")]),
    ("Работы пройдут весной и летом.", [("весной", "2024-SP"), ("летом", "2024-SU")]),
    ("Это было весной или летом 2022 года.", [("весной", "2022-SP"), ("летом 2022 года", "2022-SU")]),
    ("It happened in the spring and summer of 2022.", [("the spring", "2022-SP"), ("summer of 2022", "2022-SU")]),
    ("Prices rose in the spring and summer.", [("the spring", "2024-SP"), ("summer", "2024-SU")]),
    # look-alikes: one season alone, a season word that is a name
    ("Работы шли летом.", [("летом", "2023-SU")]),
    ("He spoke in the spring and Summer Palace guards listened.", [("the spring", "2024-SP")]),
])
def test_season_pairs(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The summit was held last week, on Tuesday and Wednesday.",
     [("last week", "2024-W09"), ("Tuesday", "2024-02-27"), ("Wednesday", "2024-02-28")]),
    ("Саммит прошёл на прошлой неделе, во вторник и среду.",
     [("прошлой неделе", "2024-W09"), ("вторник", "2024-02-27"), ("среду", "2024-02-28")]),
    ("On Tuesday last week, the summit was held.", [("Tuesday", "2024-02-27"), ("last week", "2024-W09")]),
    ("Во вторник на прошлой неделе они встретились.", [("вторник", "2024-02-27"), ("прошлой неделе", "2024-W09")]),
    ("Last week the ministers met on Tuesday.", [("Last week", "2024-W09"), ("Tuesday", "2024-02-27")]),
    # look-alikes: another sentence, another clause, a reported plan
    ("The summit was held last week. On Tuesday he flew home.", [("last week", "2024-W09"), ("Tuesday", "2024-03-05")]),
    ("Last week prices rose, and on Tuesday they fell.", [("Last week", "2024-W09"), ("Tuesday", "2024-03-05")]),
    ("Last week he said they would meet on Tuesday.", [("Last week", "2024-W09"), ("Tuesday", "2024-03-12")]),
    ("На прошлой неделе он сказал, что во вторник приедет.",
     [("прошлой неделе", "2024-W09"), ("вторник", "2024-03-12")]),
])
def test_weekday_of_a_week(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It was in 2019-2020.", [("2019", "2019"), ("2020", "2020")]),
    ("the 1939–1945 war", [("1939", "1939"), ("1945", "1945")]),
    ("It was in 2019-20.", [("2019-20", "2019")]),  # as "2019/20"
    ("Это было в 2019–2020 годах.", [("2019", "2019"), ("2020 годах", "2020")]),  # as before
    # look-alikes: a document's number, years not rising, a longer number, a winter, a fiscal year
    ("Resolution 2019-2020 was adopted.", []),
    ("in 2019-2018", []),
    ("call 2019-2020-30", []),
    ("in the 2024-25 winter", [("the 2024-25 winter", "2024-WI")]),
    ("the financial year 2023-24", [("the financial year 2023-24", "2024")]),
])
def test_year_spans(text, expected):
    assert rows(text) == expected
