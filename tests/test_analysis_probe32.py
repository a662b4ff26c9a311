"""The analysis probe of the thirty-second session (tests/data/probes/analysis32): fourteen articles the analyses were
not written from (7 English, 7 Russian) in kinds the earlier probes did not use (a speech transcript in the first
person, a year-in-review month by month, a correction notice, a border incident report with times of day, a
cyber-security story, a health story by week numbers, an opinion column quoting officials by title only; in Russian
a visit schedule "Накануне ... Послезавтра, в четверг", a trade fair in Harbin with legal forms "ООО «…»", bank
compliance with initials "А. Костин", a religious exchange "в пятницу, 6 октября", Baikal's water "к середине
века", a forecast "до конца десятилетия" with a namesake "Дмитрий Белоусов", an interview in questions and answers
with a patronymic "Кирилл Владимирович"), scored against a careful reader's expectations written before presslens
ran on them (tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes that
must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules (the main branch at this session's start): people 25/26 (precision
# 25/25), references 71/72, gazetteer actors 75/80, unknown people discovered 44/44, dates found 212/225 and their
# values 202/212, tone 15/20 (no glued words in these articles). The rules below (a numbered week of a year, "week
# 12 of the year", "week 48 of 2024", "на 12-й неделе 2025 года"; a point ahead in the current decade or century,
# "к концу десятилетия", "к середине века"; a Russian weekday with its day and month beside it, "в пятницу, 6
# октября", read as that day whatever the verb's tense, and the date's year by that weekday; a month joined by
# "and"/"и" to one "of that year", "in March and April of that year"; "the following morning" the day after the
# last day named) raised dates found to 217/225 and their values to 211/217. Left:
# - dates: a bare "week 12" / "week 2" / "week 6" after "week 12 of the year" (a bare week number may be a
#   season's, a pregnancy's or a trial's: no rule reads it without the year beside it), "На следующее утро" (no
#   day named in its sentence or the one before: the Russian rule was not risked in the time left),
#   "at about 3 a.m." after "early on Thursday" in the sentence before (the times take the DCT's day),
#   "На второй день визита" (a day counted from a visit's first day), "столетие назад" (no unit "столетие"),
#   "A century ago" read as the century 19 (as defensible as the reader's 1924), "Накануне" read as the eve of
#   the Monday just named (the reader took the eve of the visit), "со следующего года" after "с 1 января" (the
#   reader counted from the year just named, presslens from the DCT's);
# - actors: countries named only by their nationality adjective ("Chinese customs", "American sanctions",
#   "российско-китайской"), "the Communist Party" without "of China", "Georgia" (an alias left out: the US state);
#   as in analysis31, no local rule;
# - people and references: "The foreign minister says" (Lavrov by title only: coreference needs the label used
#   with the name first);
# - tone: VADER reads "Nobody was hurt" and "no reason for panic" (negated negatives) as negative, "less relaxed",
#   "less calm" (hedged negatives) and the ironic "Wonderful news, if true" as positive; VADER's own figures must
#   not change, so no word was added for them.
# Reviewed (review40) against look-alikes run through timexes: the numbered week no longer reads a week of a thing
# of that year ("week 20 of 2025's session"), a season across two years ("2024/25"), nor "of the year" after another
# year named in its sentence, and now reads "week 5 of the year 2024" and "the 12th week of the year"; the Russian
# decade or century ahead is not read under a past verb (a story's decade, "к концу десятилетия снесли"); a list of
# months "in March, April and June of that year" is of that year throughout. The weekday with its day and "the
# following morning" were kept as merged. The figures above did not change.
FLOORS = {"people recall": 25 / 26, "people precision": 25 / 25, "references right": 71 / 72,
          "actors recall (gazetteer actors)": 75 / 80, "unknown people discovered": 44 / 44,
          "date recall": 217 / 225, "date value accuracy": 211 / 217, "tone agreement": 15 / 20}


probe_score, test_probe_figure_holds = figure_tests("analysis32", FLOORS)


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # a numbered week of a year: the ISO week of the year named, or the DCT's ("of the year", "года")
    ("Cases rose in week 12 of the year.", "2025-03-28", [("2025-W12", "")]),
    ("The first rise came in week 48 of 2024.", "2025-03-28", [("2024-W48", "")]),
    ("Пик пришёлся на 12-й неделе 2025 года.", "2025-03-28", [("2025-W12", "")]),
    ("Рост начался на 5-й неделе года.", "2025-03-28", [("2025-W05", "")]),
    ("Week 53 of 2020 was the last.", "2025-03-28", [("2020-W53", "")]),
    # ... the year named after "the year" (review40: the merged rule took the DCT's year and left "2024" apart)
    ("In week 5 of the year 2024 the index rose.", "2025-03-28", [("2024-W05", "")]),
    # ... and by its ordinal (review40: only "the year" or "2024" was read)
    ("Cases rose in the 12th week of the year.", "2025-03-28", [("2025-W12", "")]),
    ("Cases rose in the 1st week of 2024.", "2025-03-28", [("2024-W01", "")]),
    # ... not a week number without its year (a season's, a pregnancy's, a trial's), nor one the year lacks
    ("The team lost in week 2 of the season.", "2025-03-28", []),
    ("Она была на 12-й неделе беременности.", "2025-03-28", []),
    ("The figures for week 53 of 2023 were revised.", "2025-03-28", [("2023", "")]),
    ("The 12-week course of the year ended.", "2025-03-28", [("P1Y", "")]),
    # ... nor the week of a thing of that year or a season across two years (review40: read as ISO weeks before)
    ("It was week 20 of 2025's legislative session.", "2025-03-28", [("2025", "")]),
    ("This was week 3 of the year's session of parliament.", "2025-03-28", [("2025", "")]),
    ("The figures for week 12 of 2024/25 were revised.", "2025-03-28", [("2024", "")]),
    ("It was the 12th week of the year-long trial.", "2025-03-28", []),
    # ... nor "of the year" after another year named in its sentence: that year's or every year's, not surely the
    # DCT's (review40: read as the DCT's week); a sentence before does not count, a year after "of" is read
    ("In 2019 the outbreak peaked in week 12 of the year.", "2025-03-28", [("2019", ""), ("2025", "")]),
    ("В 2019 году вспышка достигла пика на 12-й неделе года.", "2025-03-28", [("2019", "")]),
    ("Last year the outbreak peaked in week 12 of the year.", "2025-03-28", [("2024", ""), ("2025", "")]),
    ("В прошлом году пик пришёлся на 12-ю неделю года.", "2025-03-28", [("2024", "")]),
    ("The 2019 wave was mild. This one peaked in week 12 of the year.", "2025-03-28", [("2019", ""), ("2025-W12", "")]),
    ("Unlike 2019, cases rose in week 12 of 2025.", "2025-03-28", [("2019", ""), ("2025-W12", "")]),
])
def test_numbered_week(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "к"/"до" and a part of "десятилетия" or "века": a point ahead in the DCT's decade or century
    ("К концу десятилетия Китай станет главным партнёром.", "2025-02-14", [("202", "END")]),
    ("Китай будет покупать нефть по меньшей мере до конца десятилетия.", "2024-12-26", [("202", "END")]),
    ("Байкал к середине века может лишиться части видов.", "2024-06-05", [("20", "MID")]),
    # ... not a century by its numeral (its own rule), a past one, "в середине века", a decade of something, nor
    # "к началу десятилетия" (as often the start already past as the next one's)
    ("Город вырос к середине XIX века.", "2024-06-05", [("18", "MID")]),
    ("Так было к концу прошлого века.", "2024-06-05", []),
    ("В середине века город был иным.", "2024-06-05", []),
    ("Это продолжалось до конца десятилетия его правления.", "2024-06-05", []),
    ("К середине века освоения Арктики флот вырос.", "2024-06-05", []),
    ("К началу десятилетия план выполнят.", "2024-06-05", []),
    # ... nor one a past verb tells of: the decade or century of the story, not the DCT's (review40: read as the
    # DCT's before), while a future or present one keeps its reading
    ("В 1995 году завод закрыли, а к концу десятилетия снесли.", "2024-06-05", [("1995", "")]),
    ("В XIX веке Байкал изучали мало. К середине века экспедиции стали регулярными.", "2024-06-05", [("18", "")]),
    ("Он работал там до конца десятилетия.", "2024-06-05", []),
    ("В 1995 году завод закрыли, а к концу десятилетия откроют новый.", "2024-06-05", [("1995", ""), ("202", "END")]),
    ("Мы хотим, чтобы к концу десятилетия центр стал одним из ведущих.", "2024-06-05", [("202", "END")]),
])
def test_ru_ahead_in_decade_or_century(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a Russian weekday with a day and month beside it is that day, whatever the verb's tense, and the day's year
    # is the one that puts it on that weekday
    ("Делегация прибыла из Пекина в пятницу, 6 октября, и пробудет в Москве до среды.", "2023-10-09",
     [("2023-10-06", ""), ("2023-10-06", ""), ("2023-10-11", "")]),
    ("Группа приедет в пятницу, 6 октября.", "2023-10-09", [("2023-10-06", ""), ("2023-10-06", "")]),
    ("Группа приехала в пятницу, 13 октября.", "2023-10-09", [("2023-10-13", ""), ("2023-10-13", "")]),
    ("Группа приедет в пятницу 13 октября.", "2023-10-09", [("2023-10-13", ""), ("2023-10-13", "")]),
    # ... not a day joined by "а", a day the weekday does not fall on, a number of something, a date with its year
    ("Группа приехала в пятницу, а 13 октября уехала.", "2023-10-09", [("2023-10-06", ""), ("2022-10-13", "")]),
    ("Группа приедет в пятницу, 7 октября.", "2023-10-09", [("2023-10-13", ""), ("2023-10-07", "")]),
    ("Группа приедет в пятницу, 6 человек.", "2023-10-09", [("2023-10-13", "")]),
    ("Суд в пятницу, 6 октября 2022 года, вынес приговор.", "2023-10-09", [("2023-10-06", ""), ("2022-10-06", "")]),
])
def test_ru_weekday_with_its_day(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a month joined by "and"/"or"/"и" to a month "of that year" is of that year too (and no longer moves the year
    # the second month takes)
    ("A 2022 report described attacks in March and April of that year.", "2024-02-15",
     [("2022", ""), ("2022-03", ""), ("2022-04", ""), ("2022", "")]),
    ("В 2019 году отчёт описал атаки в марте и апреле того же года.", "2024-02-15",
     [("2019", ""), ("2019-03", ""), ("2019-04", "")]),
    ("In 2019 the group attacked in May or June of that year.", "2024-02-15",
     [("2019", ""), ("2019-05", ""), ("2019-06", ""), ("2019", "")]),
    # ... and every month of a list so ended (review40: the merged rule took the last two alone, or none)
    ("In 2019 attacks rose in March, April and June of that year.", "2024-02-15",
     [("2019", ""), ("2019-03", ""), ("2019-04", ""), ("2019-06", ""), ("2019", "")]),
    ("В 2019 году атаки шли в марте, апреле и июне того же года.", "2024-02-15",
     [("2019", ""), ("2019-03", ""), ("2019-04", ""), ("2019-06", "")]),
    # ... not a month a clause between keeps apart
    ("In 2019 he was elected. In March, April was cold and June of that year hot.", "2024-02-15",
     [("2019", ""), ("2023-03", ""), ("2023-04", ""), ("2023-06", "")]),
    # ... not two months with no "of that year", nor months each with its own "in" (the pair is "March and April")
    ("In 2019 he was elected; talks ran in March and April.", "2024-02-15",
     [("2019", ""), ("2023-03", ""), ("2023-04", "")]),
    ("In 2019 he was elected, and in March and in April he travelled.", "2024-02-15",
     [("2019", ""), ("2024-03", ""), ("2024-04", "")]),
    ("In 2019 he was elected; in April of that year he left.", "2024-02-15", [("2019", ""), ("2019-04", "")]),
])
def test_month_pair_of_that_year(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "the following morning", "the next evening": the day after the day last named (a part of a day too), as
    # TimeBank gives "the next morning" (a day)
    ("The consulate spoke on Thursday evening. An officer visited the crews the following morning.", "2024-08-09",
     [("2024-08-08TEV", ""), ("2024-08-09", "")]),
    ("On May 3 the talks began. The next evening the ministers dined.", "2024-08-09",
     [("2024-05-03", ""), ("2024-05-04", "")]),
    ("The talks began on Monday. The following night, the rebels attacked.", "2024-08-09",
     [("2024-08-05", ""), ("2024-08-06", "")]),
    # ... not with no day named near before it, nor a thing of that part of the day ("the next morning session")
    ("He left the following morning.", "2024-08-09", []),
    ("The following morning he was gone, she wrote in 1990.", "2024-08-09", [("1990", "")]),
    ("On May 3 the talks began. The next morning session was cancelled.", "2024-08-09", [("2024-05-03", "")]),
    ("She works the night shift; the next night shift starts soon.", "2024-08-09", []),
    ("On May 3 the talks began. The following day they ended.", "2024-08-09",
     [("2024-05-03", ""), ("2024-05-04", "")]),
])
def test_following_part_of_day(text, dct, expected):
    assert date_values(text, dct) == expected
