"""Rules added from TimeBank's errors (TempEval-3 training data, AQUAINT kept as held-out documents).

Each case is synthetic text naming a kind of expression the tagger did not read, with a look-alike beside it
that must keep its old reading. DCT 1989-10-26 is a Thursday unless said otherwise.
"""

from __future__ import annotations

import pytest

from presslens.timex import timexes

DCT = "1989-10-26"


def found(text: str, dct=DCT) -> list[tuple]:
    """Every expression in *text* as (text, type, value, mod)."""
    return [(r.text, r.type, r.value, r.mod) for r in timexes(text, dct=dct).itertuples()]


# --------------------------------------------------------------------------------------------------
# Numbers of hundreds and thousands, and "couple of" without its article
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The dynasty ruled the valley for almost a hundred years.",
     [("almost a hundred years", "DURATION", "P100Y", "LESS_THAN")]),
    ("Families have kept the recipe for more than two thousand years.",
     [("more than two thousand years", "DURATION", "P2000Y", "MORE_THAN")]),
    ("The probe will drift for three hundred days.", [("three hundred days", "DURATION", "P300D", "")]),
    ("Over the next couple of years the plant will close.", [("the next couple of years", "DURATION", "P2Y", "")]),
    # look-alikes: a hundred of something else, a spoken year, the article's "a couple of", an age
    ("A hundred delegates met for two days.", [("two days", "DURATION", "P2D", "")]),
    ("It opens in the year two thousand.", [("the year two thousand", "DATE", "2000", "")]),
    ("It fell a couple of days ago.", [("a couple of days ago", "DATE", "1989-10-24", "")]),
    ("The tree is a hundred years old.", [("years", "DURATION", "PXY", "")]),
])
def test_hundreds_thousands_and_couple(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# "or so": the amount or period is approximate (mod APPROX) and the words belong to the expression
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Then, a week or so ago, the board chose a date.", [("a week or so ago", "DATE", "1989-W42", "APPROX")]),
    ("Output should recover over the next year or so.", [("the next year or so", "DATE", "1990", "APPROX")]),
    ("The repairs take a month or so.", [("a month or so", "DURATION", "P1M", "APPROX")]),
    # look-alikes: "or" opening another amount, an exact period, an explicit modifier kept
    ("In a year or two, it may change.", [("a year", "DURATION", "P1Y", "")]),
    ("Then, a week ago, the board chose a date.", [("a week ago", "DATE", "1989-W42", "")]),
    ("The repairs take about a month.", [("about a month", "DURATION", "P1M", "APPROX")]),
])
def test_or_so_is_approximate(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# A time noun with its length as an adjective is the duration itself
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("He inflated the earnings over a three-year period.", [("a three-year period", "DURATION", "P3Y", "")]),
    ("Prices rose over a 10-day span.", [("a 10-day span", "DURATION", "P10D", "")]),
    ("The twenty-five-year period ended.", [("The twenty-five-year period", "DURATION", "P25Y", "")]),
    # look-alikes: an event or an office with its length as an adjective stays untagged, as the seed gold has it
    ("He began a new six-year term after a two-day visit.", []),
    ("The first-quarter period was weak.", [("The first-quarter", "DATE", "1989-Q1", "")]),
])
def test_length_adjective_before_a_time_noun(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# "this coming Sunday" looks forward, "this past Tuesday" back, whatever the tense
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # DCT 1998-03-05 is a Thursday
    ("Women's Day is this coming Sunday.", [("this coming Sunday", "DATE", "1998-03-08", "")]),
    ("The talks resume the coming Monday.", [("the coming Monday", "DATE", "1998-03-09", "")]),
    ("The vote is counted this past Tuesday.", [("this past Tuesday", "DATE", "1998-03-03", "")]),
    # look-alikes: "next" and "last" as before, and a bare "coming" that is a verb
    ("The talks resume next Monday.", [("next Monday", "DATE", "1998-03-09", "")]),
    ("The vote was counted last Tuesday.", [("last Tuesday", "DATE", "1998-03-03", "")]),
    ("They said it was coming Sunday.", [("Sunday", "DATE", "1998-03-01", "")]),
])
def test_this_coming_and_this_past_weekday(text, expected):
    assert found(text, dct="1998-03-05") == expected


# --------------------------------------------------------------------------------------------------
# Decades in words
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    ("Membership fell through the nineties.", "1998-03-03", [("the nineties", "DATE", "199", "")]),
    ("It began in the late sixties.", "1998-03-03", [("the late sixties", "DATE", "196", "END")]),
    ("Rents doubled in the nineteen-eighties.", "2024-03-03", [("the nineteen-eighties", "DATE", "198", "")]),
    ("Rents doubled since the twenties.", "2024-03-03", [("the twenties", "DATE", "202", "")]),
    ("Rents doubled since the twenties.", "1998-03-03", [("the twenties", "DATE", "192", "")]),
    # look-alikes: an age, a temperature, and the decade in figures as before
    ("The minister is in his sixties.", "1998-03-03", []),
    ("Highs were in the nineties degrees.", "1998-03-03", []),
    ("Membership fell through the 1990s.", "1998-03-03", [("the 1990s", "DATE", "199", "")]),
])
def test_decades_in_words(text, dct, expected):
    assert found(text, dct=dct) == expected


# --------------------------------------------------------------------------------------------------
# A fiscal year named relative to the DCT; "Year-earlier" opening a sentence
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("It expects higher sales in the current fiscal year.", [("the current fiscal year", "DATE", "1989", "")]),
    ("Last fiscal year, the unit lost money.", [("Last fiscal year", "DATE", "1988", "")]),
    ("Year-earlier results included a gain.", [("Year-earlier", "DATE", "1988", "")]),
    # look-alikes: the calendar year as before, "fiscal" before something else, the lower-case form
    ("It expects higher sales in the current year.", [("the current year", "DATE", "1989", "")]),
    ("This fiscal plan is new.", []),
    ("The year-earlier results included a gain.", [("year-earlier", "DATE", "1988", "")]),
])
def test_fiscal_year_and_year_earlier(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# The part of a day named around "yesterday", "today", "tomorrow"
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("At mid-afternoon yesterday, shares were up.", [("mid-afternoon yesterday", "TIME", "1989-10-25TAF", "MID")]),
    ("Late yesterday afternoon the index fell.", [("Late yesterday afternoon", "TIME", "1989-10-25TAF", "END")]),
    ("The market opens in the morning tomorrow.", [("morning tomorrow", "TIME", "1989-10-27TMO", "")]),
    # look-alikes: the usual order, a part of the day alone, a noun between
    ("Yesterday afternoon the index fell.", [("Yesterday afternoon", "TIME", "1989-10-25TAF", "")]),
    ("Early yesterday the index fell.", [("Early yesterday", "DATE", "1989-10-25", "START")]),
    ("By mid-afternoon the operation was over.", []),
    ("The morning papers today said so.", [("today", "DATE", "1989-10-26", "")]),
])
def test_part_of_day_with_yesterday(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# "the end of the month", "the middle of the week": the DCT's month or week, with the part as the mod
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The troops should arrive by the end of the month.", [("the end of the month", "DATE", "1989-10", "END")]),
    ("A decision is due in the middle of the week.", [("the middle of the week", "DATE", "1989-W43", "MID")]),
    # look-alikes: the year as before; "the month" alone, and another noun after "the end of the"
    ("The troops should arrive by the end of the year.", [("the end of the year", "DATE", "1989", "END")]),
    ("The month was a hard one.", []),
    ("By the end of the monthly meeting, they agreed.", [("monthly", "SET", "P1M", "")]),
])
def test_part_of_the_month_or_week(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# "and a half" after the unit: "an hour and a half"
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The meeting lasted an hour and a half.", [("an hour and a half", "DURATION", "PT1.5H", "")]),
    ("It took two years and a half.", [("two years and a half", "DURATION", "P2.5Y", "")]),
    ("A year and a half ago, he left.", [("A year and a half ago", "DATE", "1988", "")]),
    # look-alikes: the half before the unit as before, and "and a" opening something else
    ("The meeting lasted four and a half hours.", [("four and a half hours", "DURATION", "PT4.5H", "")]),
    ("The meeting lasted an hour and a halfpenny was paid.", [("an hour", "DURATION", "PT1H", "")]),
    ("It took a year and a lot of work.", [("a year", "DURATION", "P1Y", "")]),
])
def test_and_a_half_after_the_unit(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# "the weeks ahead" is "the coming weeks"
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Funds will face more selling in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW", "")]),
    ("Talks resume in the few days ahead.", [("the few days ahead", "DURATION", "PXD", "")]),
    # look-alikes: "the coming weeks" as before, "ahead of" a thing, "ahead" of a road
    ("Funds will face more selling in the coming weeks.", [("the coming weeks", "DURATION", "PXW", "")]),
    ("Talks stalled in the days ahead of the vote.", [("days", "DURATION", "PXD", "")]),
    ("The road ahead is long.", []),
])
def test_the_weeks_ahead(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# "the previous Friday", "the following Monday" count from the day last mentioned
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # DCT 1989-10-30 is a Monday
    ("Shares closed lower Friday. The index was down 4.5% from the previous Friday.",
     [("Friday", "DATE", "1989-10-27", ""), ("the previous Friday", "DATE", "1989-10-20", "")]),
    ("The talks began on Oct. 3. They resumed the following Monday.",
     [("Oct. 3", "DATE", "1989-10-03", ""), ("the following Monday", "DATE", "1989-10-09", "")]),
    ("The following Monday, the talks resumed.", [("The following Monday", "DATE", "1989-11-06", "")]),
    # look-alikes: a bare weekday keeps its tense reading, "the previous day" its own rule
    ("Shares closed lower Friday. The index was down 4.5% from Friday.",
     [("Friday", "DATE", "1989-10-27", ""), ("Friday", "DATE", "1989-10-27", "")]),
    ("The talks began on Oct. 3. They resumed the following day.",
     [("Oct. 3", "DATE", "1989-10-03", ""), ("the following day", "DATE", "1989-10-04", "")]),
])
def test_previous_and_following_weekday(text, expected):
    assert found(text, dct="1989-10-30") == expected


# --------------------------------------------------------------------------------------------------
# "the future of" something is a topic, not a time
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The ministers talked about the future of the pipeline.", []),
    # look-alikes: the future as a time
    ("The pipeline may be extended in the future.", [("the future", "DATE", "FUTURE_REF", "")]),
    ("Prices will fall in the near future, officials said.", [("the near future", "DATE", "FUTURE_REF", "")]),
])
def test_the_future_of_a_thing(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# A weekday coordinated with a plural one shares its plural: "on Monday and Tuesday nights" is a set
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # DCT 1998-02-13 is a Friday
    ("New flights will leave on Monday and Tuesday nights.",
     [("Monday", "SET", "XXXX-WXX-1TNI", ""), ("Tuesday nights", "SET", "XXXX-WXX-2TNI", "")]),
    ("The shops open on Saturday and Sundays.", [("Saturday", "SET", "XXXX-WXX-6", ""),
                                                  ("Sundays", "SET", "XXXX-WXX-7", "")]),
    # look-alikes: two single days, and a single night
    ("The flights left on Monday and Tuesday.", [("Monday", "DATE", "1998-02-09", ""),
                                                 ("Tuesday", "DATE", "1998-02-10", "")]),
    ("The flights left on Monday and Tuesday night.", [("Monday", "DATE", "1998-02-09", ""),
                                                       ("Tuesday night", "TIME", "1998-02-10TNI", "")]),
])
def test_weekday_sharing_a_plural(text, expected):
    assert found(text, dct="1998-02-13") == expected


# --------------------------------------------------------------------------------------------------
# "will one day be": an indefinite future, not a day's length
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Islam will one day be the second largest religion.", [("one day", "DATE", "FUTURE_REF", "")]),
    ("They spoke of factories that might one day be built.", [("one day", "DATE", "FUTURE_REF", "")]),
    # look-alikes: the length of a day after a verb, and "one day later"
    ("The talks will last one day.", [("one day", "DURATION", "P1D", "")]),
    ("They will hold one day of talks.", [("one day", "DURATION", "P1D", "")]),
    ("One day later, the talks ended.", [("One day later", "DATE", "1989-10-27", "")]),
])
def test_modal_one_day_is_the_future(text, expected):
    assert found(text) == expected


# --------------------------------------------------------------------------------------------------
# "the quarter a year ago" is one period: the quarter last named, a year before
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("It lost money in the third quarter. For the quarter a year ago, it earned $16 million.",
     [("the third quarter", "DATE", "1989-Q3", ""), ("the quarter a year ago", "DATE", "1988-Q3", "")]),
    ("Sales rose in the third quarter from the period a year earlier.",
     [("the third quarter", "DATE", "1989-Q3", ""), ("the period a year earlier", "DATE", "1988-Q3", "")]),
    # look-alikes: "the quarter" closing its phrase before "a year ago"; "of last year" as before
    ("It lost money in the third quarter. For the quarter, sales rose from a year ago.",
     [("the third quarter", "DATE", "1989-Q3", ""), ("the quarter", "DATE", "1989-Q3", ""),
      ("a year ago", "DATE", "1988-Q3", "")]),
    ("It lost money in the third quarter. In the quarter of last year, it earned $16 million.",
     [("the third quarter", "DATE", "1989-Q3", ""), ("the quarter of last year", "DATE", "1988-Q3", "")]),
])
def test_the_quarter_a_year_ago(text, expected):
    assert found(text) == expected
