"""Temporal expressions in English and Russian news text, normalized as TimeML TIMEX3 values.

:func:`timexes` finds dates, times, durations and sets and resolves relative expressions ("last week",
"this Monday (10)", "two years ago") against the document creation time (DCT, the article's publication
date). Rules are precompiled regular expressions; there is no model and no data file.

Values follow TIMEX3 (ISO 8601 with TimeML extensions):

=====================  ==============================  ===========================================
text                   value                           note
=====================  ==============================  ===========================================
September 16, 2022     ``2022-09-16``                  never invents a missing day or month
February 2022, 1969    ``2022-02``, ``1969``
the 1990s              ``199``                         decade; ``19`` would be a century; "the nineties"
last week              ``2024-W19``                    ISO week
the autumn             ``2024-FA``                     SP, SU, FA, WI
Thursday evening       ``2024-05-16TEV``               MO, AF, EV, NI
08:50                  ``2023-03-21T08:50``            the DCT's day
the third quarter      ``1989-Q3``                     halves: ``1989-H2``
four and a half hours  ``PT4.5H``                      durations: P…Y/M/W/D/DE/CE, PT…H/M/S; "an hour
                                                       and a half", "a hundred years" (P100Y) too
a three-year period    ``P3Y``                         a time noun's length; "a two-day visit": none
a week or so ago       ``1989-W42`` (mod APPROX)       "the next year or so": 1990, APPROX
the past decade        ``P1DE``                        "a two-day visit": no expression (see below)
Q1 2024                ``2024-Q1``                     "the January-March quarter" too
the 1988 period        ``1988-Q3``                     the quarter last named; "the 1988 third quarter"
the 20th century       ``19``                          "an 11th-century temple": ``10``
weeks                  ``PXW``                         unknown amount
every year             ``P1Y`` (type SET)              every Monday, on Mondays: ``XXXX-WXX-1``
now / recently         ``PRESENT_REF`` / ``PAST_REF``  also FUTURE_REF ("will one day be"; not "the
                                                       future of" a thing)
=====================  ==============================  ===========================================

Without a DCT, relative expressions get underspecified values: "Friday" → ``XXXX-WXX-5``,
"March 20" → ``XXXX-03-20``, "last week" → ``XXXX-WXX``, "today" → ``XXXX-XX-XX``, "last year" → ``XXXX``;
vague references (``PAST_REF`` …) and durations do not depend on the DCT.

A bare weekday, month or quarter looks forward or back by the tense of the verb that governs it, the nearest
one before it in its clause: "the visit will be his first abroad, the Kremlin said on Tuesday" is the Tuesday
before the DCT, "the Kremlin said it will hold talks on Tuesday" the one after. "Would" and "was to" look
forward from a statement reported at the latest the day after ("Peskov said they would meet on Thursday"),
as does "was expected"/"was due" with no infinitive ("said Xi was expected in Kazan in October") and an
expectation in the present ("we expect a strong second quarter");
the present of a scheduled event looks forward ("Putin arrives in Beijing on Thursday", "is visiting China
on Thursday"). A month-day without a year is the latest one before the DCT under a past verb that governs it
("last met on Feb. 4"), the next one under a future, else the nearest. "The day before", "the next day"
count from the day last mentioned, "the previous Friday", "the following Monday" from one within 1,500
characters; "a year later", "two days earlier" from the last date given explicitly in the same or the previous
sentence (else from the DCT), "the following month", "the following spring" from the last one within 1,500
characters ("на следующий год" too in a past clause, from a year in the same or the previous sentence); "that year",
"later that year", "that same day" are the period of the date named before, "that afternoon" that day's
afternoon (no expression when there is none); "two years ago" always from the DCT (after a quarter just named, at its granularity: "third-quarter
profit ... a year ago" is 1988-Q3). A weekday after "until" is a deadline ahead ("postponed until Tuesday"),
unless something went on until then ("stayed until Tuesday"); "this coming Sunday" is the next one and "this
past Tuesday" the last one whatever the tense, as is a weekday joined to them ("last Monday and Tuesday"); in "on
Monday and Tuesday nights" both are sets. In a paragraph opened by an update's stamp ("UPDATE, June 12: ... on
Thursday", "Update (June 12):") a weekday is read from the stamp's day (a later one than the DCT, within a
fortnight; early in January the next year's), and so is the stamp's own date, whatever the tense. On a dated
list's line ("2001 — ...", "March 2014: ...", next to another so dated) a day or month without a year is of the
line's year; "FY2024" is fiscal 2024 ("FY99" the century nearer the DCT), "in H1 2024" its first half; "the first
half of last year" is last year's whatever the tense. Newspaper
titles ("The Sunday Times") are not dates. Also read: "the end of the month", "the middle of the week" (the
DCT's, mod END/MID, as "the end of the year"), "mid-afternoon yesterday" (``…TAF``, mod MID), "the current
fiscal year", "the weeks ahead" (as "the coming weeks": ``PXW``), "the quarter a year ago" (one period, as
"the quarter of last year").

A day range gives two expressions, as TimeBank's "April 24 and 25": "May 16-17" is "May 16" (2024-05-16) and
"17" (2024-05-17), "16–17 мая" is "16" and "17 мая"; "Dec 30-Jan 2" crosses into the next year. Clock times
keep their zone in the extent and take the local time as value ("0200 GMT" → ``T02:00``); four digits are a
time only with a zone.

Coordinated dates are read as one unit (:func:`_coordinated`): bare days listed before a day and month ("3 и 4 мая",
"3, 4 and 5 May") or after a month and day ("May 3, 4 and 5") are dates of that month; months and seasons joined by
"and"/"or"/"и"/"или" take the year written with the last ("в мае или в июне 2025 года", "the spring and summer of
2022"), and with none, after "in"/"в" (Russian seasons without), are one span the verb places as a whole: in the past
the last one begun by the DCT ("приезжал в марте и апреле", "He visited in March and April" on 10 March: the year
before for both), in the future the first not yet over; a weekday set beside a week just named is that week's day
("last week, on Tuesday and Wednesday", "во вторник на прошлой неделе", "Last week the ministers met on Tuesday"; not
in another sentence or after a comma, a modal or a subordinate clause). A span of years by a dash gives both ends
("in 2019-2020", "1939–1945"); "2019-20" is read as "2019/20" is (the year it opens in).

Russian text has rules of its own (keyed on Cyrillic words, so English text never runs them): "вчера",
"накануне" (the day before the DCT, or before a day named in the same or the previous sentence), "в апреле",
"в начале марта" (mod START), "в марте 2023 г." (``2023-03``), "в 2023 году", "осенью" / "прошлой весной"
(``2024-FA``, ``2023-SP``), "на прошлой неделе", "в следующем году", "во вторник", "на следующий день", "через
два дня", "спустя год" (counted as "a year later" is), "три года назад" (from the DCT), "около двух часов", and
"вечером": opening its sentence the DCT's evening, next to a day that day's ("вечером 16 мая"), else untagged
as English "evening" is. Months, seasons and weekdays without a year look forward or back by the tense of
the verb nearest to them in the sentence (:func:`_ru_tense`: past in -л/-ла/-ли, future "будет", modals and
finite non-past forms; past participles in -нут-/-вш-: "договоренности, достигнутые в марте"; a noun of a plan
between a past verb and the date, "стала подготовка визита в мае", leaves the month to the nearest year), as is
"в ночь на субботу", "в ночь с пятницы на субботу" (the night before that day; a night a plan sets, "перенесли на
ночь на субботу", looks ahead as "на субботу" does) and a genitive month after a comparative ("не раньше октября",
"не ранее марта", "позже мая", and a second one joined by "или"/"и": "не раньше мая или июня"); "позапрошлой
осенью" is the season a year before "прошлой осенью". A term a past act set ("отложил заседание до 3 мая",
"поручил до 1 октября подготовить") is the day nearest the DCT; a participle naming people between the act and
"до" is no past act of its own ("поручил выплатить пострадавшим до 1 мая"), but one opening a phrase after a comma,
the date inside it, is ("арестовал мужчину, пропавшего до 1 мая").
A verb of saying after a comma ("..., сообщили в аппарате", in the present too: "..., сообщает агентство", "...,
следует из данных", "..., говорится в сообщении": an impersonal one only with its source after it) attributes the
clause and sets no tense; a comma and
"но", "а", "однако" open another clause, whose verb does not either. Quarters and halves ("в четвертом
квартале", "во II квартале", "в первом полугодии 2024 года", "вторую половину года"; a future quarter already
past this year is next year's), centuries by their Roman numeral ("в конце XX века": 19, END), decades ("в
1990-е годы", "2000-х"; by two digits or a word with a decade's context: "в конце 90-х", "в 80-е годы", "в начале
нулевых", "в 80-е и 90-е годы"; of a century named after it: "в 20-е годы прошлого века" is 192; the end of
the DCT's own decade told in the past is the last century's), "в первых числах октября" (START), "до вечера
четверга" and "прошедший год" are read too, "в том же году" ("в тот же год") as "that same year", a bare month
at one end of a range ("за январь–июнь", "за ноябрь–январь" across a new year, "в январе-сентябре 2024 года" with a bare hyphen, "январь-февраль-март
2024 года" in a chain, "Январь–март" opening its sentence; the first month of the last one's year, the
preposition before it the last one's too) as a date, a month joined to one after "в" ("в июле и августе", "в мае или
июне", "в июле – августе"; "в январе, феврале и марте 2024 года": each of the chain's year), a year
before 1800 with "год" written out ("договор 1689 года"), "1-е полугодие", "в 3-м квартале". In a reported clause
("пообещал, что в III квартале правительство проведет") the clause's own verb after the date sets its tense, not
the verb of saying before ", что", unless it is an imperfective present ("работает": the saying's time). "к"
with a weekday looks ahead, unless a firm past verb says the thing was done by then ("Ко вторнику стенды были
готовы": the Tuesday before; not with an infinitive after it, "Ко вторнику планировали закончить", nor a verb of
moving or setting a date, "Заседание перенесли к четвергу"). Day-first numeric dates ("16.05.2024") are read in both languages;
dates with slashes ("03/12/24") in the order the article's other slash dates show ("25/03/2024": day first), else
day first in Russian, else in English the reading nearer the DCT (not after it, when one is not: "adjourned until
10/12/24" on 11 December is 10 December, "on 03/12/24" in mid-March 12 March), month first without a DCT or when
neither reading is within half a year of it, unless only one order is valid (with a two-digit year only after a
leading zero or a word such as "on": "scored 3/10/15" is no date).

Narratives of another year (chronology36): a month-day or season with a relative year is one date ("October 7 last
year", "the spring of next year"); "a decade later", "eleven years later" count from the date named in the same or
the previous sentence (several years from a day name a year: "floated on 12 June 2008 ... eleven years later" is
2019); a month or day without its year after one given with it in the same sentence, not earlier in the year, is
of that year ("suspended in March 2020 ... and finished behind closed doors in July", "opens on August 3, 2026, and
closes on August 9", "в июле 2020-го, когда второй тур прошёл 12 июля"; another month only with no comma between,
not after a future, a relative clause, "and" joining it to the dated one, nor a premodifier's year: "the August 1988
cease-fire"); "that Monday" (after "on" or before a clause's end) is the weekday of the week of the day named
before; "on the same day", "later the same year" as "that same day" (not "the same day as"); "that year" before
"and"/"but"/"when" is the noun phrase. Russian: a year with an ordinal's ending and no "году" ("в 2016-м", "в
феврале 2024-го"; a decade's bare "-м" only after "к"/"по"), a season's split year after "сезон-" ("в
сезоне-2023/24"), "Сутки спустя", "двое суток" (days count from the day named last, an evening of it too, when
later than the last explicit date), "к вечеру четверга", "около полудня"/"в полночь" (T12:00/T24:00 of the day
named before in the sentence, as English "noon" is now). "a planned firing" is no future cue; "plans a repeat test
in the second quarter" is one; "March 2024 to ..." is the month.

Extents follow the seed gold (``tests/data/seeds_timex.tsv``): a leading preposition is not part of the
expression ("in 1969" → "1969"), "earlier"/"later" are not ("earlier this week" → "this week"), while
modifiers that change the value's meaning are ("more than a decade", "the last ten years", "late November").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .patterns import CasedKeywordScan

__all__ = ["TIMEX_COLUMNS", "timexes", "articles_timexes", "value_period", "parse_dct"]

#: Columns of the frame returned by :func:`timexes`.
TIMEX_COLUMNS = ["start", "end", "text", "type", "value", "mod"]

# --------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Russian genitive forms, as in "21 декабря 2022" (headers of Russian-language CMS exports)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # ... and their abbreviations, as agency datelines write them ("МОСКВА, 13 сен — ПРАЙМ")
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
    "ноя": 11, "дек": 12,
}
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Abbreviations need a following period or a day/year (checked by the patterns that use them).
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH})"
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# a Russian month's abbreviation after a day ("13 сен", "5 дек."), not the start of a longer word
_RU_ABBR_MONTH = r"(?:янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек)(?![а-яё])\.?"

_WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# a fiscal year named by both calendar years it spans: "2023-24", "2023/24", "2023–2024"
_SPLIT_YEAR = r"(?P<y>(?:19|20)\d\d)[-–/](?P<y2>\d\d(?:\d\d)?)"
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                    9: "FA", 10: "FA", 11: "FA"}

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_HUNDREDS = r"(?:\s+(?:hundred|thousand)(?![\w-]))?"
_WORDNUM = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_ONES})?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten"
    # ... with "a hundred years", "two thousand years" (hundreds and thousands of one digit: what spans are
    # counted in) as an optional tail, not alternatives of their own: each alternative costs at every position
    rf"|{_ONES}{_HUNDREDS}|a\s+couple\s+of|an?{_HUNDREDS})"
)
_VAGUE_NUM = r"(?:a\s+few|several|a\s+number\s+of|few|many|some)"
# a cardinal in words as it stands before a hyphen ("three-year", "twenty-five-day"): no article, no "couple of"
_WORDNUM_CARDINAL = (
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-{_ONES})?"
    rf"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|{_ONES}"
)


def _first_of(*words: str, digits: bool = False) -> str:
    """A look-ahead for the first letters of ``words`` (any case), and digits with ``digits``: put before a
    case-insensitive alternation that can only start with one of them, this one class test turns most
    positions away before Python's engine tries the alternation's branches one by one (it does at every
    position it reaches, and has no quick first-character test for case-insensitive branches)."""
    return "(?=(?i:[" + (r"\d" if digits else "") + "".join(sorted({w[0] for w in words})) + "]))"


_NUM_BODY = rf"\d+(?:\.\d+)?(?:\s+1/2)?|{_WORDNUM}(?:\s+and\s+a\s+half)?|{_VAGUE_NUM}"
_NUM = _first_of(*_SMALL, *_TENS, "several", "few", "many", "some", digits=True) + rf"(?i:{_NUM_BODY})"

_UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W2",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centuries": "CE",
}
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ies))s?"

_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}
_MOD_WORDS = ("about", "around", "approximately", "roughly", "nearly", "almost", r"less\s+than", r"fewer\s+than",
              r"more\s+than", r"just\s+over", r"over(?!\s+the\b)", r"at\s+least", r"up\s+to", r"at\s+most",
              r"no\s+more\s+than")
_MOD = _first_of(*_MOD_WORDS) + "(?i:(?:" + "|".join(_MOD_WORDS) + r")\s+)"
_POSMOD = r"(?:(?:early-?|late-?|mid-?|the\s+(?:end|beginning|start|middle)\s+of)\s*)"
_POSMODS = {"early": "START", "late": "END", "mid": "MID", "end": "END", "beginning": "START", "start": "START",
            "middle": "MID"}

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|going\s+to|plans?\s+to|planning|planned|scheduled|expected\s+to|is\s+to|are\s+to"
    # an expectation in the present looks ahead ("we expect a strong second quarter", "analysts expect growth in
    # March"); "expected", a past or a participle, is not one, nor an expectation of a clause with a verb of its own
    # ("we expect that the talks were ...", "expects sales rebounded": see _tense for one without "that"); an "-ed"
    # word right after it is an adjective of its object ("expect increased demand", "renewed fighting")
    r"|(?-i:expects?|anticipates?)(?!\s+that\b)"
    # a plan in the present with its object ("the company plans a repeat test in the second quarter")
    r"|(?-i:plans)(?=\s+(?:a|an|the|its|their|another|new|further|more)\s)"
    r"|due\s+to|set\s+to|as\s+(?:soon|early)\s+as|could(?!\s+(?:not|never)\b|n't)|might|upcoming|next"
    # the modal "may" (lower case: "May" is the month) before a verb, not "may have met"
    r"|(?-i:may)(?=\s+(?:not\s+)?(?-i:[a-z]))(?!\s+(?:not\s+)?have\b)"
    # an obligation is yet to be met ("the sanctions must be renewed in July"), not "must have met"
    r"|must(?!\s+(?:not\s+)?have\b)"
    # a future seen from a past speech act or plan ("said the leaders would meet on Thursday", "he was to hold
    # talks on Tuesday"), but "would have met" is a past that did not happen
    r"|would(?!\s+have\b)|(?:was|were)\s+to(?=\s+(?!(?:the|a|an|his|her|its|their)\b)(?-i:[a-z]))"
    # an event awaited as seen from the past ("Peskov said Xi was expected in Kazan in October")
    r"|(?:was|were)\s+(?:expected|due)(?!\s+to\s+have\b)"
    # the present of a scheduled event: "is expected in Beijing on Thursday", "are due on Friday", and a
    # progressive close to the expression ("is visiting China on Thursday"; further back, "is facing criticism
    # over remarks on Tuesday" is a state that says nothing of the remarks' time)
    r"|(?:is|are)\s+(?:expected|due)"
    r"|(?:is|are)\s+(?:(?:also|still|now|\w+ly)\s+)?(?!\w*(?:thing|during|morning|evening)\b)[a-z]{2,}ing"
    r"(?=(?:\s+\S+){0,3}\s*$))\b|'ll\b",
    re.I,
)
# A determiner right before "planned" or "scheduled" makes it an adjective ("a planned firing"), no future cue.
_DETERMINERS = ("a ", "an ", "the ", "its ", "their ", "his ", "her ", "our ", "A ", "An ", "The ", "Its ", "Their ")
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|said|since|ago|\w{3,}ed)\b", re.I
)
# Words that set the tense of their clause wherever they stand in it: auxiliaries, "since", reporting verbs
# (news attributes nearly every statement: "..., the Kremlin said on Tuesday") and common irregular pasts.
# Other "-ed" words are only trusted right before the expression ("arrived on Tuesday"): further back they are
# as often adjectives ("will meet elected officials on Tuesday").
_PAST_AUX = ("was", "were", "had", "did", "since")
_PAST_WORDS = _PAST_AUX + tuple(
    "said told announced reported added confirmed stated noted declared explained insisted warned claimed "
    "revealed disclosed acknowledged denied urged wrote "
    "met held made took gave went came saw spoke began left won lost sent led became brought thought found "
    "paid sold rose fell broke chose flew knew ran stood struck sought fought kept felt meant built spent "
    "taught caught drew grew threw shot swore got".split()
)
# One scan for every word that can set a clause's tense: a future cue, a past word, or a lower-case "-ed" word
# (not "-eed": "need", "exceed"). Each starts a word or is "'ll": the first test, which turns away the positions
# inside a word at once, where every alternative would be tried and fail there in turn.
# Before each of the two lists of words, the first letters of its words (and the apostrophe of "'ll"): a word
# starting with another ("the", "of", "to", "for", "his", "by", a third of a text's words) is turned away at one class
# test, where the engine would try each of the list's words in turn at its first letter (it does at each word).
_FUTURE_FIRST = "(?=(?i:[acdegimnpsuw']))"
_TENSE_WORD = re.compile(
    r"(?:(?<!\w)|(?='))(?:"
    + _FUTURE_FIRST + r"(?P<future>" + _FUTURE_CUE.pattern + r")"
    r"|" + _first_of(*_PAST_WORDS) + r"\b(?P<past>" + "|".join(_PAST_WORDS) + r")\b"
    r"|(?<![\w'-])(?P<ed>(?-i:[a-z]{2,}[^e\W]ed))(?![\w'-]))",
    re.I,
)
# Right before a participle, these make it a passive ("will be held", "were signed") or an adjective ("the
# armed forces"): the tense is then the auxiliary's, further back, or none.
_NOT_A_TENSE_BEFORE = frozenset("be been being is are am the a an its their his her our your my newly".split())
# A verb just after these is in a temporal clause ("likely to buy as soon as trading opened Monday") and takes
# its time from the main clause, further back.
_TEMPORAL_CLAUSE = re.compile(
    r"\b(?:as\s+soon\s+as|once|when|whenever|until|till|after|before)\s+(?:[\w'-]+\s+){0,2}$", re.I
)
# What may stand between a verb and the expression it governs: "said on Tuesday", "arrived last Friday",
# "met Tuesday".
_GOVERNED = re.compile(r"\s+(?:(?:on|at|in|during|late|early|last|this|that|until|since|from)\s+)?$", re.I)
_PREP_BEFORE = re.compile(r"\b(by|until|till|effective|starting|beginning|since|Since|By|Until|Starting)\s+$")
_SENT_BREAK = re.compile(r"[.!?]\s|\n")
_SENT_BREAK_OR_COMMA = re.compile(r"[.!?]\s|\n|[,;:]")


# --------------------------------------------------------------------------------------------------
# DCT handling and value formatting
# --------------------------------------------------------------------------------------------------


def parse_dct(dct) -> dt.date | None:
    """The DCT as a date: accepts a date, a datetime, an ISO string ("2023-07-10", "2022-12-21T09:39"), or None."""
    if dct is None or dct == "":
        return None
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    if isinstance(dct, pd.Timestamp):
        return dct.date()
    if isinstance(dct, str):
        s = dct.strip()
        m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", s)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
    raise ValueError(f"dct={dct!r}: expected a date, datetime, ISO string like '2023-07-10', or None")


def _day(d: dt.date | None) -> str:
    return "XXXX-XX-XX" if d is None else d.isoformat()


def _week(d: dt.date | None) -> str:
    if d is None:
        return "XXXX-WXX"
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month(y: int | None, m: int) -> str:
    return f"{'XXXX' if y is None else y}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _clause_before(text: str, start: int) -> str:
    """Up to 120 characters before *start*, from the last sentence break on."""
    left = text[max(0, start - 120) : start]
    breaks = list(_SENT_BREAK.finditer(left))
    return left[breaks[-1].end() :] if breaks else left


def _future_kind(cue: str) -> str:
    """ "reported" for a future seen from a past statement or plan ("would", "was to"), else "future"."""
    return "reported" if cue[:2].lower() in ("wo", "wa", "we") else "future"


# An "-ed" word followed by these is a verb ("changed from a fiscal year ... in December"), not an adjective
# before its noun ("elected officials").
_VERB_AFTER_ED = re.compile(r"\s+(?:from|the|a|an|his|her|its|their|into|over)\s")


# Future cues whose reach ends at a comma (see _governing_tense)
_CLAUSE_BOUND_CUES = frozenset(("must", "expect", "expects", "anticipate", "anticipates"))
# An expectation in the present, whose object may be a clause with a verb of its own (see _tense)
_EXPECT_CUES = ("expect", "expects", "anticipate", "anticipates")


def _governing_tense(left: str) -> tuple[str | None, bool, str]:
    """The tense of the verb that governs an expression, from the clause before it (*left*): ("future" |
    "reported" | "past" | None, whether that verb stands right before the expression, the text between them).
    "reported" is a future seen from a past statement ("said they would meet on Thursday", see
    :func:`_weekday_date`).

    The nearest tense word back from the expression decides, so a verb between the expression and an
    earlier one wins: in "the visit will be his first trip abroad, the Kremlin said on Tuesday" it is
    "said", in "the Kremlin said it will hold talks on Tuesday" it is "will". Passives and adjectives
    ("will be held", "the armed forces") take no tense from their participle.
    """
    cut = left.rfind(",") + 1
    if cut:
        # no tense word runs over a comma (each is letters, white space and an apostrophe, and starts with a letter
        # or the apostrophe): the words after the last comma, found alone, are the last ones the whole scan finds
        # (it needs the words before only when none of these decides; they are read again with them then)
        found = _nearest_tense(left, list(_TENSE_WORD.finditer(left, cut)))
        if found is not None:
            return found
    return _nearest_tense(left, list(_TENSE_WORD.finditer(left))) or (None, False, "")


def _nearest_tense(left: str, words: list[re.Match]) -> tuple[str | None, bool, str] | None:
    """:func:`_governing_tense` by the matches ``words`` of :data:`_TENSE_WORD` in ``left``, or None when none
    of them decides."""
    for m in reversed(words):
        if m["future"]:
            if left.endswith("had been ", 0, m.start()):
                continue  # a plan seen from the past, since dropped or done ("had been due to expire Friday")
            if m[0].lower() in ("planned", "scheduled") and left.endswith(_DETERMINERS, 0, m.start()):
                continue  # an adjective of the noun after it ("shut down into a planned 300-second firing on
                # January 23"): it says the thing was planned, not when; the clause's verb decides
            if m[0].lower() in _CLAUSE_BOUND_CUES and "," in left[m.end():]:
                continue  # an obligation reaches no further than its clause ("must be returned ..., and set Friday"),
                # nor does an expectation ("expect the Fed, which raised rates in March, to pause")
            return _future_kind(m[0]), False, left[m.end() :]
        adjacent = bool(_GOVERNED.fullmatch(left, m.end()))
        if m["ed"] and not adjacent and not _VERB_AFTER_ED.match(left, m.end()):
            continue  # an "-ed" word further back is as often an adjective ("will meet elected officials")
        if _TEMPORAL_CLAUSE.search(left, 0, m.start()):
            continue
        if m[0].lower() not in _PAST_AUX:  # a participle: passive or adjective?
            before = left[: m.start()].split()
            if before and before[-1].lower() in _NOT_A_TENSE_BEFORE:
                continue
        return "past", adjacent, left[m.end() :]
    return None


# Between a past verb and a date, these hand the date to another verb or phrase, whose time it may be rather
# than the past verb's: a comma ("declared a dividend, payable Dec. 15"), an infinitive ("announced an
# agreement to acquire the bank in January"), a present ("said it is calling for the redemption on Dec. 7").
_LOOSE_GAP = re.compile(
    r",|\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|\d)\b)(?-i:[a-z])"
    r"|\b(?:is|are|am|has|have)\b",
    re.I,
)
# A date right after these is not the time of the verb: a premodifier ("the Jan. 14 deadline") or an end point
# ("extended to Nov. 16").
_LOOSE_BEFORE = re.compile(r"\b(?:the|a|an|to)\s+$", re.I)
# Past verbs of inviting, agreeing and promising: what their infinitive says lies after them ("invited Xi to
# visit Russia on May 9", "agreed to meet in March"), so a date governed through that infinitive is read as a
# future reported from the past, as after "would" (a verb of saying, "said to have met", is not one of them;
# nor is "asked", whose request is as often met at once: "asked reporters to leave the room in March").
_PROSPECT_VERB = re.compile(
    r"\b(?:invited|agreed|promised|pledged|vowed|decided|offered|urged)\s+(?:[\w'.-]+\s+){0,8}?to\s+"
    r"(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|\d)\b)(?-i:[a-z])"
    # a plural noun after "to" is the object of a preposition, not an infinitive ("agreed to terms in March")
    r"(?![a-z]*[^\W_su]s\b)",
    re.I,
)
# Before the prospect verb, these make its infinitive no plan ahead of the date: a plan seen from the past, since
# done or dropped ("had invited Xi to attend the parade on May 9", as "had been due to"), or the verb in a
# temporal or conditional clause ("When asked to comment in March, he declined").
_PROSPECT_NOT_AFTER = frozenset("had when whenever if once unless".split())


def _prospect(text: str, left: str, m: re.Match, end: int) -> bool:
    """Whether the match ``m`` of :data:`_PROSPECT_VERB` in ``left`` (the clause before the expression, which
    ends at ``end`` in ``text``) governs the expression through its infinitive: no other verb between the
    prospect verb and its "to" ("asked for a delay and went to court in March": "went" governs), none of
    :data:`_PROSPECT_NOT_AFTER` before it, and no past verb right after the expression, whose subject the
    phrase is ("Officials asked to comment in March declined")."""
    before = left[: m.start()].split()
    if before and (before[-1].lower() in _PROSPECT_NOT_AFTER or before[-2:] == ["had", "been"]):
        return False
    first = m.start() + len(m[0].split(None, 1)[0])
    for w in _TENSE_WORD.finditer(left, first, m.end()):
        if not w["ed"] or left[: w.start()].rsplit(None, 1)[-1].lower() not in _NOT_A_TENSE_BEFORE:
            return False
    space = _SPACE.match(text, end)
    after = _TENSE_WORD.match(text, space.end()) if space else None
    return after is None or after["future"] is not None
# A relative clause in the present of a scheduled event between a past verb and the date: "kept its forecast
# for the year, which ends in March" (that verb, not "kept", governs the date). A month or a year right after
# the verb is its object, not its time ("the survey, which covers October"), and "from" opens a period that may
# have begun ("the quarter, which runs from October"): only a weekday needs no preposition ("which opens Tuesday").
_RELATIVE_PRESENT = re.compile(r",\s+(?:which|that|who)\s+(?P<verb>(?-i:[a-z]{2,}[^\W_siu]s))"
                               r"(?:\s+(?P<prep>in|on|at|by|until))?\s+$")
_WEEKDAY_AT = re.compile(_WEEKDAY)

# A lower-case word in -s after a name or a subject pronoun, with only prepositions or names between it and
# the expression: the present of a scheduled event ("Putin arrives in Beijing on Thursday", "the summit,
# which ends on Friday"). Plural nouns look the same ("Russian troops on Friday"), so this reading is only
# taken in a clause with no other tense word, and not when a verb follows the expression ("... shelled").
_PRESENT_S = re.compile(
    r"(?:(?-i:\b[A-Z][\w'-]*)|\b(?:he|she|it|who|which|that))\s+(?P<verb>(?-i:[a-z]{2,}[^\W_siu]s))"
    r"(?:\s+(?:(?-i:[A-Z][\w'.-]*)|the|in|on|at|to|for|from|into|with))*\s+$"
)
_NOT_PRESENT_S = frozenset(
    "does always perhaps whereas towards afterwards besides sometimes nevertheless news series species means "
    "seconds minutes hours days weeks months years decades times others ones ours yours theirs hers".split()
)
# A weekday coordinated with one before it ("on Thursday and Friday") is governed as the first one is.
_COORDINATED = re.compile(_WEEKDAY + r",?\s+(?:and|or|to|through|until)\s+$")
# After a fronted expression ("In January, Xi spoke with Putin"), the first verb governs it, unless a
# subordinate clause comes first ("But on April 8, investigators, wondering how the assailant could ...").
_SUBORDINATE = re.compile(r"\b(?:that|how|who|which|what|whether|if|because|when|where|while|saying)\b", re.I)
_SPACE = re.compile(r"[ \t]+")


def _verb_tense(m: re.Match) -> str:
    """The tense a match of :data:`_TENSE_WORD` after an expression gives it."""
    if not m["future"]:
        return "past"
    if m[0].lower() in ("planned", "scheduled"):  # "On Friday, the government planned to pay": the plan's time
        return "past"
    return _future_kind(m[0])


def _tense_after(text: str, end: int, *, comma: bool = False) -> str | None:
    """The tense of the first verb after a fronted expression with no tense word before it ("In January, Xi
    spoke"); with *comma*, of a verb before the next comma ("the Aug. 7 blasts killed", not "..., he said")."""
    right = text[end : end + 100]
    b = (_SENT_BREAK_OR_COMMA if comma else _SENT_BREAK).search(right)
    if b:
        right = right[: b.start()]
    sub = _SUBORDINATE.search(right)
    if sub:
        right = right[: sub.start()]
    for m in _TENSE_WORD.finditer(right):
        gap = right[: m.start()]
        words = gap.split()
        if words and words[-1].lower() in _NOT_A_TENSE_BEFORE:
            if m["future"]:
                return _future_kind(m[0])  # "are scheduled to"
            continue  # a passive or an adjective, as before the expression
        if m["ed"] and gap.rstrip().endswith(","):
            continue  # "On Friday, elected officials ...": a participle opens the clause; its verb is later
        return _verb_tense(m)
    return None


# A participle of something awaited opening a clause of its own right before the expression: "the package,
# expected in December, will list ..." ("Russia expected in December that ...", with a subject, is a past verb)
_AWAITED = re.compile(r"(?:\A|,\s*)(?:expected|scheduled|slated|due)\s+(?:(?:in|on|for|by|at|around)\s+)?\Z")


def _after_clause_tense(text: str, end: int) -> str | None:
    """The tense of the first verb after the comma closing the clause that ends right after text[:end] ("expected
    in December, will list": future; "due on Monday, were held": past), or None without such a comma."""
    close = _CLAUSE_CLOSE.match(text, end)
    return _tense_after(text, close.end()) if close else None


_CLAUSE_CLOSE = re.compile(r"[^,.;:!?\n]{0,40},")


def _tense(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """Whether text[start:end] points forward ("future", or "reported": a future seen from a past statement)
    or back ("past") by the verb that governs it, or None when no verb says; and whether that verb is surely
    the expression's own (not a past verb with something between that could hand the expression to another,
    see :data:`_LOOSE_GAP`).

    * the verb before it in its clause (see :func:`_governing_tense`), unless a "will" follows the expression
      directly: then it is the subject of that verb ("talks on Friday will focus on trade"), except as the
      complement of a past verb right before it ("the deal, signed on Friday, will ..."). A comma between the
      expression and the "will" closes a clause, whose own tense then decides: "Putin, who arrived in Beijing
      on Tuesday, will travel ..." is past;
    * with no tense word before it, a verb right after it (it is in the subject: "talks on Friday ended"), a
      present in -s close before it (a scheduled event, see :data:`_PRESENT_S`), or, when it opens its
      clause, the first verb after it (:func:`_tense_after`).
    """
    left = _clause_before(text, start)
    if left.endswith(("and ", "or ", "to ", "through ", "until ")):
        pair = _COORDINATED.search(left)
        if pair:
            left = left[: pair.start()]
    if _AWAITED.search(left) and _after_clause_tense(text, end) != "past":
        return "future", True  # "a 15th package, expected in December, will ...": the participle, no past verb
        # (but "the talks, due on Monday, were held in Geneva": the clause's own past verb says it is over)
    tense, adjacent, gap = _governing_tense(left)
    if tense == "past" and adjacent:
        return "past", True
    if (tense == "future" and left.endswith(_EXPECT_CUES, 0, len(left) - len(gap))
            and _tense_after(text, end, comma=True) == "past"):
        return "past", False  # what is expected is a clause whose own verb is past: "we expect the talks in March
        # were productive"
    if tense in (None, "past") and " to " in left:
        # the infinitive of an invitation, an agreement or a promise governs: its verb is the past word found,
        # or one the scan passed over as a possible adjective ("agreed to meet", "invited Xi to visit")
        prospect = _PROSPECT_VERB.search(left)
        if prospect and (tense is None or prospect.end() > len(left) - len(gap)) and _prospect(
                text, left, prospect, end):
            return "reported", True
    will = re.match(r"\W*(?:will|'ll)\b", text[end : end + 30])
    if will:
        if "," not in will[0]:
            return "future", True
        if tense == "past" or (tense is None and _PAST_CUE.search(left)):
            return "past", False
        return "future", True
    if tense is not None:
        if tense != "past" and left.endswith(("the ", "The ")) and _tense_after(text, end, comma=True) == "past":
            return "past", False  # a premodifier: "would ... where the Aug. 7 blasts killed 257 people"
        if tense == "past" and "," in gap:
            rel = _RELATIVE_PRESENT.search(gap)
            if rel and rel["verb"] not in _NOT_PRESENT_S and (rel["prep"] or _WEEKDAY_AT.match(text, start)):
                return "future", True
        return tense, tense != "past" or not (_LOOSE_GAP.search(gap) or _LOOSE_BEFORE.search(left))
    space = _SPACE.match(text, end)
    verb = _TENSE_WORD.match(text, space.end()) if space else None
    if verb:  # "talks on Friday ended"
        return _verb_tense(verb), True
    present = _PRESENT_S.search(left)
    if present and present["verb"] not in _NOT_PRESENT_S and not _PAST_CUE.search(left):
        return "future", True
    if len(left.rsplit(",", 1)[-1].split()) <= 2:  # "In January, Xi spoke"
        after = _tense_after(text, end)
        return after, after is not None
    if len(left) == 120 and start > 120:
        # a long sentence with no verb in its last 120 characters: a future further back in it still governs, with
        # no comma between to close its clause ("he will travel to China ... for the events marking the end of
        # the war on September 3"; not "would monitor the cooperation, including flights in November"); a past
        # that far back is as often another clause's ("Protesters ... crowded into ... to hear ... this summer")
        more = text[max(0, start - 360) : start - 120]
        if "," not in left and not _SENT_BREAK.match(text, start - 121):  # no sentence ends where it was cut
            breaks = list(_SENT_BREAK.finditer(more))
            tense, _adjacent, gap = _governing_tense(more[breaks[-1].end() :] if breaks else more)
            if tense in ("future", "reported") and "," not in gap:
                return tense, False
    return None, False


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] points forward by the tense of its governing verb (see :func:`_tense`)."""
    return _tense(text, start, end)[0] in ("future", "reported")


# --------------------------------------------------------------------------------------------------
# Resolvers: each takes (match, text, dct) and returns (type, value, mod) or None to reject
# --------------------------------------------------------------------------------------------------


def _num(s: str) -> float | None:
    """The number a numeral denotes; None for vague amounts ("several", "a few")."""
    s = s.lower().strip()
    half = 0.0
    if s.endswith("and a half"):
        half, s = 0.5, s[: -len("and a half")].strip()
    elif s.endswith("1/2"):
        half, s = 0.5, s[:-3].strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) + half
    s = s.replace("-", " ")
    parts = s.split()
    if not parts:
        return None
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _SMALL:
        return _TENS[parts[0]] + _SMALL[parts[1]] + half
    if len(parts) == 1 and parts[0] in _TENS:
        return _TENS[parts[0]] + half
    if parts[-2:] == ["couple", "of"]:
        return 2 + half
    if len(parts) == 2 and parts[0] in _SMALL and parts[1] in ("hundred", "thousand"):
        return _SMALL[parts[0]] * (100 if parts[1] == "hundred" else 1000) + half
    if len(parts) == 1 and parts[0] in _SMALL:
        return _SMALL[parts[0]] + half
    return None


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def _unit_code(unit: str) -> str:
    u = unit.lower()
    if u.endswith("ies"):
        u = u[:-3] + "y"
    elif u.endswith("s"):
        u = u[:-1]
    return _UNITS[u]


def _duration(n: float | None, unit: str) -> str:
    code = _unit_code(unit)
    amount = "X" if n is None else _fmt_num(n)
    if code == "W2":
        code, amount = "W", ("X" if n is None else _fmt_num(2 * n))
    if code in ("H", "S") or (code == "M" and unit.lower().startswith("minute")):
        return f"PT{amount}{code}"
    return f"P{amount}{code}"


def _mod_of(s: str | None) -> str:
    if not s:
        return ""
    return _MODS.get(re.sub(r"\s+", " ", s.strip().lower()), "")


def _or_so(m) -> str:
    """APPROX when the match (or a dict standing for one) ends in "or so" (see :data:`_OR_SO`)."""
    try:
        return "APPROX" if m["orso"] else ""
    except (IndexError, KeyError):  # a rule without the group
        return ""


def _and_a_half(m) -> bool:
    """Whether the match (or a dict standing for one) has "and a half" after its unit ("an hour and a half")."""
    try:
        return bool(m["ahalf"])
    except (IndexError, KeyError):  # a rule without the group
        return False


def _posmod_of(s: str | None) -> str:
    if not s:
        return ""
    for k, v in _POSMODS.items():
        if k in s.lower():
            return v
    return ""


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


# A dated list's line: a year (or a month or day of it) opening the line before a dash or a colon, "2001 — ...",
# "March 2014: ...", "Feb. 4, 2022 - ...", "4 февраля 2022 года — ...", "2019 год — ...", a bullet before it. A
# chronology's "2001 — 15 июня создана ШОС", "2001 — The treaty is signed; the SCO is founded in June" date the
# line's days and months in its year, not near the DCT. Anchored at the line's start, bounded: no backtracking.
_LIST_LINE_YEAR = re.compile(
    r"[ \t]*(?:[-*•·][ \t]+)?(?:(?:\d{1,2}[ \t]+)?(?:" + _MONTH + "|" + _RU_MONTH
    + r"|(?i:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь))[ \t]+"
    r"(?:\d{1,2},?[ \t]+)?)?(?P<y>(?:1[89]|20)\d\d)(?:[ \t]+(?:год[ау]?|г\.))?[ \t]*[—–:-][ \t]")


def _list_line_year(text: str, start: int) -> int | None:
    """The year opening the line of *start* as a dated list's entry does (:data:`_LIST_LINE_YEAR`), else None.
    A list has entries: the nearest line with text before or after it opens so too. One line alone is a title
    or a sentence as often ("2001 — A Space Odyssey returns in June", "1984 — роман Оруэлла снова в продаже")."""
    ls = text.rfind("\n", 0, start) + 1
    m = _LIST_LINE_YEAR.match(text, ls)
    if not (m and m.end() <= start):
        return None
    p = ls
    while p and text[p - 1].isspace():  # back over blank lines to the nearest line with text
        p -= 1
    if p and _LIST_LINE_YEAR.match(text, text.rfind("\n", 0, p) + 1):
        return int(m["y"])
    p = text.find("\n", start)
    while 0 <= p < len(text) and text[p].isspace():
        p += 1
    if 0 <= p < len(text) and _LIST_LINE_YEAR.match(text, text.rfind("\n", 0, p) + 1):
        return int(m["y"])
    return None


def _year_for_month(text, m, month: int, dct, start, end, day: int | None = None,
                    weekday: int | None = None, tense: tuple | None = None) -> int | None:
    """Year of a month (and day) given without a year, as news uses them: by the tense of the governing verb
    (:func:`_tense`), the latest such date not after the DCT in the past ("last met on Feb. 4"), the next one
    in the future; with no verb to say, the nearest one to the DCT, with the past preferred (a later date must
    be 1.5 times closer, 3 times with a past cue somewhere in the clause). A weekday given with the date
    ("Monday, Oct. 26") picks the year it falls on that day. *tense*: (tense, firm) when the caller read it
    (Russian text, see :func:`_ru_tense`). On a dated list's line ("2001 — 15 июня ...") the line's year."""
    if dct is None:
        return None
    listed = _list_line_year(text, start)
    if listed is not None and (day is None or _valid(listed, month, day)):
        return listed
    before = _clause_before(text, start)
    prep = None if tense else _PREP_BEFORE.search(before)
    if tense:
        tense, firm = tense
    elif prep:  # "by February", "effective Feb. 1" look ahead; "since April" looks back
        tense, firm = ("past" if prep[1].lower() == "since" else "future"), True
    else:
        tense, firm = _tense(text, start, end)
    weight = 3 if (tense == "past" and not firm) or (tense is None and _PAST_CUE.search(before)) else 1.5
    years = [dct.year - 1, dct.year, dct.year + 1]
    if weekday is not None and day is not None:  # "Monday, Oct. 26" names its year
        named = [y for y in years if _valid(y, month, day) and dt.date(y, month, day).isoweekday() == weekday]
        years = named or years
    best, best_cost = years[0], None
    for y in years:
        if day is not None and _valid(y, month, day):
            diff = (dt.date(y, month, day) - dct).days
        else:
            diff = ((y * 12 + month) - (dct.year * 12 + dct.month)) * 30.5
        if tense in ("future", "reported"):
            cost = diff if diff >= -7 else 10_000 - diff
        elif tense == "past" and firm:  # a day after the DCT is still its day in another time zone
            cost = -diff if diff <= 1 else 10_000 + diff
        else:
            cost = weight * diff if diff > 0 else -diff
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def _r_iso(m, text, dct):
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not _valid(y, mo, d):
        return None
    if m["hh"]:
        # TIMEX3 values are local times: the offset is dropped, the seconds kept when given
        seconds = f":{m['ss']}" if m["ss"] else ""
        return "TIME", f"{y}-{mo:02d}-{d:02d}T{m['hh']}:{m['mi']}{seconds}", ""
    return "DATE", f"{y}-{mo:02d}-{d:02d}", ""


def _time_value(date_value: str, hh: str, mi: str | None, ampm: str | None) -> str | None:
    h = int(hh)
    minutes = int(mi) if mi else 0
    if ampm:
        a = ampm.lower().replace(".", "").strip()
        if h > 12:
            return None
        if a.startswith("p") and h < 12:
            h += 12
        if a.startswith("a") and h == 12:
            h = 0
    if h > 24 or minutes > 59:
        return None
    return f"{date_value}T{h:02d}:{minutes:02d}"


# Past verbs that set a term (stems): postponing, extending, arresting, ordering, obliging, suspending; "заключи"
# only as "заключил под стражу" (:func:`_ru_term_until`)
_RU_TERM_VERBS = ("отлож", "перенес", "перенёс", "продли", "арестова", "поручи", "обяза", "отсрочи", "приостанови",
                  "заключи")
# The same acts' short passive participles (stems), after "был/была/было/были": court news says "заседание было
# отложено до 3 мая", "срок ареста был продлен до 3 мая", where the nearest past verb is "было"/"был"
_RU_TERM_PARTICIPLES = ("отлож", "продл", "перенес", "перенёс", "арестова", "поруч", "обяза", "отсроч",
                        "приостановл", "заключ")
# what the cheap substring test looks for: a term verb's or participle's stem
_RU_TERM_STEMS = tuple(dict.fromkeys(_RU_TERM_VERBS + _RU_TERM_PARTICIPLES))
_RU_WAS = frozenset(("был", "была", "было", "были"))
# the short participle right after "был": one word ending in -н, -на, -но, -ны ("отложено", "продлён", "обязан")
_RU_SHORT_PARTICIPLE = re.compile(r"[ \t]+([а-яё]+н[аоы]?)(?![а-яё-])")


# a past participle in -вш- or -нут- (_RU_PAST counts them as a done act): "пострадавшим", "пропавших", "обманутых"
_RU_PARTICIPLE_WORD = re.compile(r"[а-яё]+(?:вш|нут)[ыиоаеу][а-яё]*")


# where the date's own clause ends after it ("отложил дело до 3 мая, сообщил адвокат": "сообщил" is not its verb)
_TERM_CLAUSE_END = re.compile(r"[,;.!?\n]")


def _ru_past_verbs(chunk: str) -> list[re.Match]:
    """The past verbs in *chunk* (:data:`_RU_PAST`), less the nouns and other words that end the same way
    (:data:`_RU_NOT_PAST`: "дела", "начало")."""
    return [v for v in _RU_PAST.finditer(chunk) if v[0] not in _RU_NOT_PAST]


def _ru_term_until(text: str, start: int, end: int) -> bool:
    """Whether the Russian "до" (until) or "на" stands right before the expression text[start:end], a word of its
    own, after a past verb setting a term in its sentence (:data:`_RU_TERM_VERBS`: "отложил заседание до 3 мая",
    "перенес заседание на 3 мая"). The verb must be the past verb nearest before "до", with no "и" between
    ("перенес операцию и до 3 мая лежал", "продлил контракт и работал до 3 мая": another verb's term), and the
    date's own clause must have no past verb after it ("арестовал его, и до 3 мая он сидел в СИЗО"). The passive
    counts too: "был/была/было/были" as that verb with the act's short participle right after it ("заседание было
    отложено до 3 мая", :data:`_RU_TERM_PARTICIPLES`)."""
    if not text.endswith(("до ", "До ", "на ", "На "), max(0, start - 3), start) or (
            start > 3 and (text[start - 4].isalnum() or text[start - 4] == "-")):
        return False
    before = text[max(0, start - 120) : start - 3]
    b = max(before.rfind(". "), before.rfind("\n"))
    before = before[b + 1 :].lower()
    if not any(v in before for v in _RU_TERM_STEMS):  # the cheap test first
        return False
    # (a past participle is no act of its own here: "поручил выплатить пострадавшим до 1 мая", "отложил дело
    # пропавших до 3 мая" name people by what befell them, the term is still the order's; but one opening a
    # participial phrase after a comma, the date inside it, is: "арестовал мужчину, пропавшего до 1 мая")
    verbs = [v for v in _ru_past_verbs(before) if not (
        _RU_PARTICIPLE_WORD.fullmatch(v[0]) and "л" not in v[0][-4:]
        and not (before.endswith(", ", 0, v.start()) and "," not in before[v.end():]))]
    if not verbs:
        return False
    verb, verb_end = verbs[-1][0], verbs[-1].end()
    if verb in _RU_WAS and (p := _RU_SHORT_PARTICIPLE.match(before, verb_end)) and p[1].startswith(
            _RU_TERM_PARTICIPLES):
        # "было отложено до 3 мая": the passive's participle is the term verb ("был дома до 3 мая" is no term)
        verb, verb_end = p[1], p.end()
    elif not verb.startswith(_RU_TERM_VERBS):
        return False
    between = before[verb_end:]
    if " и " in between or (verb.startswith("заключ") and "под страж" not in between):
        return False
    after = text[end : end + 80]
    c = _TERM_CLAUSE_END.search(after)
    # the same stoplist as before the date: "отложил до 3 мая рассмотрение дела" has no past verb after it
    return not _ru_past_verbs(after[: c.start()] if c else after)


def _r_month_day(m, text, dct):
    month = _MONTHS[m["mon"].lower().rstrip(".")]
    day = int(m["d"]) if m["d"] else None
    year = int(m["y"]) if m["y"] else None
    if year is None and m["y2"]:
        year = int(m["y2"])
    yrel = m.groupdict().get("dyrel")
    if yrel and dct is not None:  # "October 7 last year", "September 14 this year": the year it names from the DCT's
        year = dct.year + {"this": 0, "last": -1, "next": 1}[yrel]
    if day is not None and not 1 <= day <= 31:
        return None
    mod = _posmod_of(m["pm"]) if "pm" in m.groupdict() else ""
    if year is None and day is None:
        return None
    if year is None and dct is not None:
        # the update's own stamp ("UPDATE, June 13 - Officials said ..."): its day, later than the DCT, whatever
        # the tense of the paragraph's verb (see _update_stamp)
        year = _stamp_year(text, m, dct)
    if year is None and not yrel:
        wd = _WEEKDAYS[m["wd"].lower()] if m["wd"] else None
        tense = _ru_tense(text, m.start(), m.end()) if m["mon"][0] > "z" and dct is not None else None
        if wd is None and m["mon"][0] > "z" and day is not None and dct is not None:
            # "в пятницу, 13 октября" names its year: the one that puts the day on that weekday within two weeks
            # of the DCT, as the weekday itself is read (a weekday that fits no such day leaves the year to the verb)
            before = _RU_WEEKDAY_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before:
                w = next(v for k, v in _RU_WEEKDAYS.items() if before["wd"].startswith(k))
                if any(_valid(y, month, day) and dt.date(y, month, day).isoweekday() == w
                       and abs((dt.date(y, month, day) - dct).days) <= 14 for y in (dct.year - 1, dct.year, dct.year + 1)):
                    wd = w
        if tense and tense[0] == "past" and _ru_term_until(text, m.start(), m.end()):
            # "отложил заседание до 3 мая", "арестовал до 3 мая", "поручил до 1 октября подготовить": the term a
            # past act set lies after the act, so the past verb does not set its year; the day nearest the DCT
            # does (the past still preferred: "продлил до 3 мая" a month later is this year's). Other past verbs
            # keep it ("работал там до 3 мая": a past term)
            tense = (None, False)
        year = _year_for_month(text, m, month, dct, m.start(), m.end(), day, wd, tense=tense)
    ys = "XXXX" if year is None else str(year)
    if day is None:
        return "DATE", f"{ys}-{month:02d}", mod
    if year is not None and not _valid(year, month, day):
        return None
    value = f"{ys}-{month:02d}-{day:02d}"
    if m["hh"]:
        tv = _time_value(value, m["hh"], m["mi"], m["ampm"])
        if tv:
            return "TIME", tv, ""
    return "DATE", value, mod


_MARCH_VERB = re.compile(r"\s+(?:on|to|through|into|against|toward|towards|down|up|past)\b")
# a named march: "the annual March for Life", "the ``March of the Combatant Mothers''"
_MARCH_NAME = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]")


def _r_month(m, text, dct):
    """A bare month name, optionally with a relative word or position: "last March", "late November"."""
    month = _MONTHS[m["mon"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower().strip()
    mod = _posmod_of(m["pm"])
    if not rel and not m["pm"] and not m["y"] and m["mon"] == "March" and (_MARCH_VERB.match(text, m.end()) or (
            _MARCH_NAME.match(text, m.end()) and text.endswith(("the ", "annual ", "``", '"', "“"), 0, m.start()))):
        return None  # "March on Washington", "March to the sea": the verb or a named march
    if m["y"]:
        return "DATE", _month(int(m["y"]), month), mod
    if dct is None:
        return "DATE", _month(None, month), mod
    yrel = m.groupdict().get("yrel")
    if yrel:
        return "DATE", _month(dct.year + {"this": 0, "last": -1, "next": 1}[yrel.lower()], month), mod
    y = dct.year
    if rel == "last" or rel == "this past":
        if month >= dct.month:
            y -= 1
    elif rel == "next" or rel == "this coming":
        if month <= dct.month:
            y += 1
    elif rel != "this":
        y = _year_for_month(text, m, month, dct, m.start(), m.end())
    return "DATE", _month(y, month), mod


def _weekday_date(text, start, end, dct, wd: int, rel: str, day: int | None,
                  tense: str | None | bool = False) -> dt.date | None:
    if dct is None:
        return None
    delta = wd - dct.isoweekday()
    if day is not None:  # "this Monday (10)": the nearby date with that weekday and day of month
        for k in (0, -7, 7, -14, 14):
            d = dct + dt.timedelta(days=delta + k)
            if d.day == day:
                return d
    if rel == "last":
        back = (dct.isoweekday() - wd) % 7 or 7
        return dct - dt.timedelta(days=back)
    if rel == "next":
        fwd = (wd - dct.isoweekday()) % 7 or 7
        return dct + dt.timedelta(days=fwd)
    back = (dct.isoweekday() - wd) % 7
    if back == 0:
        return dct  # the DCT's own weekday: the day itself looking back or forward, whatever the tense
    if tense is False:
        if text.endswith(("until ", "till "), max(0, start - 6), start) and not _LASTED.search(
                _clause_before(text, start)):
            tense = "future"  # a deadline: "postponed until Tuesday", "has until 9 a.m. Tuesday to sign"
        else:
            tense = _tense(text, start, end)[0]
        if tense is None and text.endswith(("for ", "For "), max(0, start - 4), start):
            tense = "future"  # "a piece for Thursday's discussion"
    # "Peskov said the leaders would meet on Thursday": after the statement, which news reports at the latest
    # the day after it was made, so from the day before the DCT on
    if tense == "future" or (tense == "reported" and back != 1):
        return dct + dt.timedelta(days=(wd - dct.isoweekday()) % 7)
    return dct - dt.timedelta(days=back)


# a past that went on until a day ("stayed until Tuesday"), unlike a deadline ("postponed until Tuesday")
# ("worked" only right before the "until": "worked until 11 p.m."; "worked out a deal that lasts until Sunday",
# "worked to keep it open until Sunday" and "will have worked until" keep the deadline's reading)
_LASTED = re.compile(r"\b(?:stayed|remained|continued|lasted|waited|lingered|ran|kept|went\s+on|held\s+out|was|were"
                     r"|had|(?<!have )worked(?=\s+(?:late\s+)?(?:until|till)\s))\b", re.I)


# A weekday in a newspaper's title is no date: "The Sunday Times", "Sunday Express", "the Mail on Sunday".
_MASTHEAD_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Star|People|Sport|Tribune|Independent|Observer"
    r"|Journal|Age|World|Sun|Review)\b"
)
_MASTHEAD_BEFORE = re.compile(r"\b(?:[Tt]he\s+(?:Mail|Independent)|Scotland)\s+on\s+$")


# a plural weekday coordinated after a singular one, which shares its plural: "Monday and Tuesday nights"
_PLURAL_AFTER = re.compile(
    r"\s+(?:and|or)\s+" + _WEEKDAY + r"(?:s|\s+(?P<part>morning|afternoon|evening|night)s)(?![\w-])"
)


# a weekday after "last"/"next" right before another one joined to it ("last Monday and Tuesday", "this past
# Monday, Tuesday and Wednesday")
_WEEKDAY_REL_BEFORE = re.compile(r"(?<![\w-])(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+(?:past|coming))\s+" + _WEEKDAY
                                 + r"(?:,[ \t]+" + _WEEKDAY + r")*(?:,?\s+(?:and|or)|,)\s+\Z")


# A paragraph added to a story later opens with its own date ("UPDATE, June 12: ...", "Updated June 12, 2025 -"):
# its weekdays are said on that day, not on the day the story was first published, the DCT ("UPDATE, June 12: Xi
# received Lavrov on Thursday" is 12 June in a story first published on Wednesday 11 June)
_UPDATE_STAMP = re.compile(
    rf"(?:UPDATE|Update|UPDATED|Updated)\s*[,:—–-]?\s*\(?(?:on\s+)?(?:(?P<mon>{_MONTH})\s+(?P<d>[1-9]|[12]\d|3[01])"
    rf"|(?P<d2>[1-9]|[12]\d|3[01])\s+(?P<mon2>{_MONTH}))(?:,?\s+(?P<y>(?:19|20)\d\d))?\)?\s*[:—–-]")


def _update_stamp(text: str, p: int, dct: dt.date) -> tuple[dt.date, re.Match] | None:
    """The day of the update stamp opening the paragraph at ``text[p]`` (:data:`_UPDATE_STAMP`) and its match,
    when it is a later day than the DCT, within a fortnight of it (an update, not a date of the story; a stamp
    without a year is of the DCT's year or, early in January, the next one: "Update, Jan. 3" in a story of 30
    December); None otherwise."""
    if not text.startswith(("UPDATE", "Update"), p):
        return None
    s = _UPDATE_STAMP.match(text, p)
    if s is None:
        return None
    month, day = _MONTHS[(s["mon"] or s["mon2"]).rstrip(".").lower()], int(s["d"] or s["d2"])
    for year in (int(s["y"]),) if s["y"] else (dct.year, dct.year + 1):
        if _valid(year, month, day) and dct < dt.date(year, month, day) <= dct + dt.timedelta(days=14):
            return dt.date(year, month, day), s
    return None


def _stamp_year(text: str, m, dct: dt.date) -> int | None:
    """The year of the month and day matched by ``m`` when they are the stamp of an update opening its paragraph
    (:func:`_update_stamp`), a few characters before them; None otherwise."""
    lo = max(0, m.start() - 24)
    p = text.rfind("\n", lo, m.start()) + 1
    if p == 0 and lo > 0:
        return None
    stamp = _update_stamp(text, p, dct)
    if stamp is None or stamp[1].start("mon" if stamp[1]["mon"] else "d2") != m.start():
        return None
    return stamp[0].year


def _update_day(text: str, at: int, dct: dt.date | None) -> dt.date | None:
    """The date of the update whose paragraph holds ``text[at]`` after its stamp (:func:`_update_stamp`), None
    when there is none."""
    if dct is None:
        return None
    stamp = _update_stamp(text, text.rfind("\n", 0, at) + 1, dct)
    return stamp[0] if stamp and stamp[1].end() <= at else None


def _r_weekday(m, text, dct):
    if not m["rel"] and (_MASTHEAD_AFTER.match(text, m.end()) or (
            m["wd"] == "Sunday" and _MASTHEAD_BEFORE.search(text, max(0, m.start() - 20), m.start()))):
        return None
    wd = _WEEKDAYS[m["wd"].lower()]
    if m["pl"] or m["pl2"]:  # "on Mondays" (XXXX-WXX-1), "Tuesday nights" (XXXX-WXX-2TNI): every such day
        return "SET", f"XXXX-WXX-{wd}" + (f"T{_PARTS[m['part'].lower()]}" if m["part"] else ""), ""
    if not m["rel"] and not m["part"] and text.startswith((" and ", " or "), m.end()):
        plural = _PLURAL_AFTER.match(text, m.end())
        if plural:  # "on Monday and Tuesday nights": every Monday night too
            return "SET", f"XXXX-WXX-{wd}" + (f"T{_PARTS[plural['part'].lower()]}" if plural["part"] else ""), ""
    rel = " ".join((m["rel"] or "").lower().split())
    # "this coming Sunday" is the next one, "this past Sunday" the last one, whatever the verb's tense
    rel = {"this coming": "next", "the coming": "next", "this past": "last"}.get(rel, rel)
    if not rel and text.endswith((" and ", " or ", ", "), max(0, m.start() - 5), m.start()):
        # "last Monday and Tuesday": the second day is in the same past (or next) week as the first, whatever
        # the tense of the verb after them
        prev = _WEEKDAY_REL_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if prev:
            rel = {"this coming": "next", "this past": "last"}.get(" ".join(prev["rel"].lower().split()),
                                                                   prev["rel"].lower())
    day = int(m["pd"]) if m["pd"] else None
    d = _weekday_date(text, m.start(), m.end(), _update_day(text, m.start(), dct) or dct, wd, rel, day)
    base = d.isoformat() if d else f"XXXX-WXX-{wd}"
    if m["part"]:
        return "TIME", f"{base}T{_PARTS[m['part'].lower()]}", ""
    if m["hh"]:
        tv = _time_value(base, m["hh"], m["mi"], m["ampm"])
        if tv:
            return "TIME", tv, ""
    return "DATE", base, ""


def _r_deictic(m, text, dct):
    word = m["w"].lower()
    off = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
    d = None if dct is None else dct + dt.timedelta(days=off)
    mod = _posmod_of(m["pm"])
    if word == "tonight":
        return "TIME", f"{_day(d)}TNI", mod
    if m["part"]:
        return "TIME", f"{_day(d)}T{_PARTS[m['part'].lower()]}", mod
    return "DATE", _day(d), mod


def _r_this_part(m, text, dct):
    rel = m["rel"].lower()
    part = _PARTS[m["part"].lower()]
    d = None if dct is None else dct + dt.timedelta(days=-1 if rel == "last" else 0)
    return "TIME", f"{_day(d)}T{part}", ""


def _r_rel_unit(m, text, dct):
    """this/last/next week, month, year, quarter, weekend (+ early/late/mid)."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    mod = _posmod_of(m["pm"]) or _or_so(m)
    k = {"this": 0, "the": 0, "the current": 0, "the present": 0, "last": -1, "the past": -1, "the previous": -1,
         "past": -1, "previous": -1, "the last": -1, "next": 1, "the coming": 1, "the next": 1, "coming": 1,
         "the following": 1, "the preceding": -1}.get(rel)
    if k is None:
        return None
    if rel == "the" and re.match(r"\s+end(?:ed|ing)\b", text[m.end() : m.end() + 10]):
        return "DURATION", "P1Y", ""  # "the year ended Sept. 30": a twelve-month reporting period
    if unit == "week" or unit == "weekend":
        if dct is None:
            v = "XXXX-WXX"
        else:
            v = _week(dct + dt.timedelta(weeks=k))
        return "DATE", v + ("-WE" if unit == "weekend" else ""), mod
    if dct is None:
        return "DATE", {"month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX"}[unit], mod
    if unit == "month":
        y, mo = _add_months(dct.year, dct.month, k)
        return "DATE", _month(y, mo), mod
    if unit == "year":
        return "DATE", str(dct.year + k), mod
    if unit == "quarter":
        q = (dct.month - 1) // 3 + k
        y = dct.year + q // 4
        return "DATE", f"{y}-Q{q % 4 + 1}", mod
    return None


def _r_ago(m, text, dct):
    n = _num(m["n"])
    if n is not None and _and_a_half(m):  # "an hour and a half ago"
        n += 0.5
    unit = m["unit"].lower()
    code = _unit_code(unit)
    direction = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
    mod = _mod_of(m["mod"]) or _or_so(m)
    if n is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", mod
    if dct is None:
        return "DATE", {"Y": "XXXX", "DE": "XXX", "CE": "XX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(
            code, "XXXX-XX-XX"), mod
    k = direction * n
    if code == "Y":
        return "DATE", str(dct.year + int(k)), mod
    if code == "DE":
        return "DATE", str(dct.year + int(10 * k))[:3], mod
    if code == "CE":
        return "DATE", str(dct.year + int(100 * k))[:2], mod
    if code == "Q":
        y, mo = _add_months(dct.year, dct.month, int(3 * k))
        return "DATE", f"{y}-Q{(mo - 1) // 3 + 1}", mod
    if code == "M":
        if unit.startswith("minute"):
            return "DATE", _day(dct), mod
        y, mo = _add_months(dct.year, dct.month, int(k))
        return "DATE", _month(y, mo), mod
    if code in ("W", "W2"):
        return "DATE", _week(dct + dt.timedelta(weeks=k * (2 if code == "W2" else 1))), mod
    if code == "D":
        return "DATE", (dct + dt.timedelta(days=k)).isoformat(), mod
    return "DATE", _day(dct), mod


def _r_duration(m, text, dct):
    n = _num(m["n"])
    if n is not None and m["ahalf"]:  # "a minute and a half", "two hours and a half": the half after the unit
        n += 0.5
    mod = _mod_of(m["mod"]) or _or_so(m)
    if m["n"].lower().strip() in ("a", "an") and m["mod"] is None and m["the"]:
        return None
    if m["the"] and re.fullmatch(r"(?:19|20)\d\d", m["n"]):
        return None  # "the 1988 quarter", "the 1988 second quarter": a year's period (see _r_year_period)
    if _NOT_A_DURATION_AFTER.match(text, m.end()):
        return None  # an age ("52 years old"), a share ("a quarter of the market")
    if n == 1 and m["unit"].lower() == "second" and _ORDINAL_SECOND.match(text, m.end()):
        return None  # "a second group", "a second term": the ordinal
    if (m["unit"] == "day" and m["n"] in ("one", "some") and not mod and not m["the"]
            and _MODAL_BEFORE.search(text, max(0, m.start() - 20), m.start())):
        return "DATE", "FUTURE_REF", ""  # "Islam will one day be", "factories that might one day be built"
    return "DURATION", _duration(n, m["unit"]), mod


_NOT_A_DURATION_AFTER = re.compile(
    r"(?<=s)[\s-]+old\b|(?<=[yr])\s+(?i:old)\b"
    r"|(?<=quarter|uarters)\s+of\s+(?:the|a|an|its|their|his|her|all|\$|\d(?!\d\d\d\b))"
)
# a modal right before "one day", "some day" makes them an indefinite future, not a day's length
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must)(?:\s+\w+ly)?\s+$|'ll\s+$", re.I)
# what may follow "a second" of time ("a second later", "a second or two"); another word makes it the ordinal
_ORDINAL_SECOND = re.compile(
    r"\s+(?!(?:later|earlier|ago|after|before|or|and|of|in|to|for|each|per|longer|more|less|too|at|when|while|as"
    r"|the|a|an|that|than|is|was)\b)[A-Za-z]"
)


def _r_vague_units(m, text, dct):
    """'recent weeks', 'the last years' (PAST_REF); 'the past few weeks', 'the coming months' (PXW...)."""
    rel = (m["rel"] or "").lower()
    if m["few"] or rel in ("coming", "next") or m[0].endswith("ahead"):
        return "DURATION", _duration(None, m["unit"]), _mod_of(m["mod"])
    return "DATE", "PAST_REF", ""


def _r_bare_units(m, text, dct):
    return "DURATION", _duration(None, m["unit"]), ""


def _r_year(m, text, dct):
    y = int(m["y"])
    mod = _posmod_of(m["pm"])
    return "DATE", str(y), mod


def _r_decade(m, text, dct):
    y = m["y"]
    if len(y) == 2:  # '90s
        century = "19" if dct is None or int(y) > dct.year % 100 else str(dct.year)[:2]
        y = century + y
    return "DATE", y[:3], _posmod_of(m["pm"])


# the prepositions that take a decade's dative plural ("к 1990-м", "по 2000-м"); after others a bare "-м" is a
# year's ("в 2020-м", "о 2000-м": the word "году" left out)
_RU_DATIVE_BEFORE = re.compile(r"(?<![а-яёА-ЯЁ\w-])(?:[Кк]о?|[Пп]о)\s+$")


def _r_ru_decade(m, text, dct):
    """ "в 1990-е годы", "с начала 2000-х", "к 1990-м" (199, 200): a bare "-м" only after "к" or "по" (the dative
    plural), else it is a year's ordinal ending, "в 2020-м" (the year's rule)."""
    if m["end"] == "м" and not m["yw"] and not _RU_DATIVE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return None
    return _r_decade(m, text, dct)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _r_decade_word(m, text, dct):
    """ "the nineties" (199): in the century named ("the nineteen-eighties"), else the latest such decade that
    began by the DCT ("the twenties" is 202 in 2024, 192 in 1998), else the 20th century's."""
    d = _DECADE_WORDS[m["w"].lower()]
    if m["c"]:
        century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m["c"][:-1].lower()]
    elif dct is None:
        century = 19
    else:
        century = dct.year // 100 - (1 if (dct.year // 100) * 100 + 10 * d > dct.year else 0)
    return "DATE", f"{century}{d}", _posmod_of(m["pm"])


def _r_quarter(m, text, dct):
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
         "last": 4}[m["q"].lower()]
    kind = m["kind"].lower()
    code = "H" if kind == "half" else "Q"
    if code == "H" and m["q"].lower() == "last":
        q = 2
    if code == "H" and q > 2:
        return None
    if m["y"]:
        return "DATE", f"{m['y']}-{code}{q}", ""
    return "DATE", f"{_quarter_year(m, text, dct, q, code)}-{code}{q}", ""


# the year named after a quarter or half: "the second half of this year", "the first quarter of next year"
_OF_REL_YEAR = re.compile(r" of\s+(this|next|last|This|Next|Last)\s+year(?![\w'’-])")


def _quarter_year(m, text, dct, q: int, code: str) -> str:
    """The year of a quarter (``code`` "Q") or half ("H") *q* given without one: the DCT's, or the year before
    for one that has not begun yet unless the clause looks forward."""
    if dct is None:
        return "XXXX"
    yrel = (m.groupdict().get("yrel") or "").lower()
    if not yrel and text.startswith(" of ", m.end()) and (of := _OF_REL_YEAR.match(text, m.end())):
        yrel = of[1].lower()  # "the second half of this year" is this year's, whatever the tense
    if yrel:
        return str(dct.year + {"this": 0, "last": -1, "next": 1}[yrel])
    current = (dct.month - 1) // 3 + 1 if code == "Q" else (dct.month - 1) // 6 + 1
    return str(dct.year - 1 if q > current and not _is_future(text, m.start(), m.end()) else dct.year)


def _r_year_period(m, text, dct):
    """ "the 1988 third quarter" (1988-Q3), "the 1988 first half" (1988-H1); "the 1988 quarter", "the 1988
    period" are the year's (:func:`_anchor` gives them the quarter or half last named: 1988-Q3 after "the
    third quarter")."""
    y = m["y"]
    if not m["q"]:
        return "DATE", y, ""
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[m["q"].lower()]
    if m["kind"].lower() == "half":
        return ("DATE", f"{y}-H{q}", "") if q <= 2 else None
    if m["kind"].lower() == "period":
        return None
    return "DATE", f"{y}-Q{q}", ""


def _r_split_fiscal_year(m, text, dct):
    """ "the financial year 2023-24": the year it ends in (2024), as "FY24" names it; None unless the second
    year follows the first."""
    y = int(m["y"])
    if int(m["y2"]) not in ((y + 1) % 100, y + 1):
        return None
    return "DATE", str(y + 1), ""


def _r_fiscal_abbr(m, text, dct):
    """ "FY2024", "FY24": the fiscal year's number, as "fiscal 2024" is read (two digits: in the century nearer
    the DCT)."""
    y = m["y"]
    if len(y) == 4:
        return "DATE", y, ""
    # two digits: the century that puts it nearer the DCT ("FY99" in 2025 is 1999, "FY30" 2030)
    ref = dct.year if dct is not None else 2000
    return "DATE", str(min((1900 + int(y), 2000 + int(y)), key=lambda c: abs(c - ref))), ""


def _r_the_quarter(m, text, dct):
    if dct is None:
        return "DATE", "XXXX-QX", ""
    ref = dct - dt.timedelta(days=45)  # the latest reported quarter: the one that ended most recently
    return "DATE", f"{ref.year}-Q{(ref.month - 1) // 3 + 1}", ""


def _r_season(m, text, dct):
    season = _SEASONS[m["s"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    mod = _posmod_of(m["pm"])
    if m["y"]:
        return "DATE", f"{m['y']}-{season}", mod
    if dct is None:
        return "DATE", f"XXXX-{season}", mod
    if m.groupdict().get("syrel"):  # "the spring of next year": of the year named from the DCT's
        return "DATE", f"{dct.year + {'this': 0, 'last': -1, 'next': 1}[m['syrel']]}-{season}", mod
    y = dct.year
    prep = _PREP_BEFORE.search(text, max(0, m.start() - 12), m.start()) if rel == "the" else None
    if rel in ("last", "this past", "the previous", "the preceding"):
        # the one before the current season: "last winter" in March, in December ("the previous winter" with no date
        # named before it, as _narrative_season finds none)
        y = _season_year(season, dct, -1, None)
    elif rel in ("next", "the following"):
        y = _season_year(season, dct, 1, None)
    elif rel == "this" and (season == "WI" or not _REPORTED_OPEN.search(text, max(0, m.start() - 16), m.start())) \
            and _tense(text, m.start(), m.end())[0] == "past":  # "This fall, the school enrolled" (in March)
        # (opening a reported clause, a season other than winter named "this" is the DCT's year's: "She said that
        # this summer the theatre will tour", written in May: the past verb is the saying's)
        y = _season_year(season, dct, 0, "past")
    elif prep:  # "since the summer" looks back, "by the summer" ahead
        y = _season_year(season, dct, 0, "past" if prep[1].lower() == "since" else "future")
    return "DATE", f"{y}-{season}", mod


def _r_split_winter(m, text, dct):
    """ "the 2024-25 winter", "winter 2023/24": the winter that begins in the first year (TimeML's 2024-WI runs
    from December 2024); None unless the second year follows the first."""
    y = int(m["y"])
    if int(m["y2"]) not in ((y + 1) % 100, y + 1):
        return None
    return "DATE", f"{y}-WI", ""


def _r_this_decade(m, text, dct):
    """ "by the end of the decade", "this decade": the DCT's decade ("202"), with its part as the mod."""
    return "DATE", "XXX" if dct is None else str(dct.year)[:3], _posmod_of(m["pm"])


# The opening of a reported clause right before an expression: "said that this summer", "сообщил, что уже этим летом"
_REPORTED_OPEN = re.compile(r"(?<![\w-])(?:that|что)\s+(?:already\s+|уже\s+)?\Z")
_SEASON_SEQ = ["SP", "SU", "FA", "WI"]  # in a year's order: winter Y runs from December Y to February Y+1


def _season_year(season: str, dct: dt.date, k: int, tense: str | None) -> int:
    """The year of *season* (its winter begins in December): the one before the current season (*k* = -1),
    after it (1), or with *k* = 0 the latest not after it under a past *tense*, the next not before it under a
    future, else the DCT's year."""
    cur = (dct.year - (dct.month <= 2)) * 4 + _SEASON_SEQ.index(_SEASON_OF_MONTH[dct.month])
    idx = _SEASON_SEQ.index(season)
    if k < 0 or (k == 0 and tense == "past"):
        last = cur - (0 if k == 0 else 1)
        return (last - idx) // 4
    if k > 0 or (k == 0 and tense in ("future", "reported")):
        first = cur + (0 if k == 0 else 1)
        return -((idx - first) // 4)
    return dct.year


def _r_time(m, text, dct):
    tv = _time_value(_day(dct), m["hh"], m["mi"], m["ampm"])
    if tv is None:
        return None
    return "TIME", tv, _mod_of(m["mod"])


def _r_noon(m, text, dct):
    return "TIME", f"{_day(dct)}T{'24:00' if m[0].lower() == 'midnight' else '12:00'}", ""


_RU_DAY_MONTH_AFTER = re.compile(r"\s+\d{1,2}\s+" + _RU_MONTH)


def _r_ru_noon(m, text, dct):
    """ "в полдень", "около полудня" (T12:00), "в полночь", "до полуночи" (T24:00) of the DCT's day (or of the day
    named before in the sentence: see _anchor)."""
    if text.endswith(("после ", "После "), 0, m.start()) or _RU_DAY_MONTH_AFTER.match(text, m.end()):
        return None  # the afternoon; or a day named right after it ("в полночь 17 мая"), read as the date it is
    return "TIME", f"{_day(dct)}T{'24:00' if m['w'].startswith('полн') else '12:00'}", ""


def _r_year_end(m, text, dct):
    """ "by year-end" (the DCT's year, mod END), "since year-end" (the year before): the end of the year that
    the tense points to."""
    if dct is None:
        return "DATE", "XXXX", "END"
    lead = (m["lead"] or "").strip().lower()
    if lead in ("since", "after"):
        tense = "past"
    elif lead in ("by", "until", "before", "through", "to"):
        tense = "future"
    else:
        tense = _tense(text, m.start(), m.end())[0]
    return "DATE", str(dct.year - 1 if tense == "past" and dct.month < 12 else dct.year), "END"


def _r_noon_day(m, text, dct):
    """ "noon Thursday" (its day by tense, as a bare weekday), "midnight today"."""
    w = m["wd"].lower()
    if w in _WEEKDAYS:
        d = _weekday_date(text, m.start(), m.end(), dct, _WEEKDAYS[w], "", None)
        base = d.isoformat() if d else f"XXXX-WXX-{_WEEKDAYS[w]}"
    else:
        base = _day(None if dct is None else dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w]))
    return "TIME", f"{base}T{'24:00' if m['w'] == 'midnight' else '12:00'}", ""


def _r_set(m, text, dct):
    w = m["w"].lower()
    if w in _WEEKDAYS:
        return "SET", f"XXXX-WXX-{_WEEKDAYS[w]}", ""
    if w in _PARTS:
        return "SET", f"XXXX-XX-XXT{_PARTS[w]}", ""
    if w.rstrip(".") in _MONTHS:
        return "SET", f"XXXX-{_MONTHS[w]:02d}", ""
    return "SET", _duration(1, w), ""


def _r_set_adv(m, text, dct):
    return "SET", {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
                   "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D"}[m[0].lower()], ""


def _r_ref(value):
    def resolve(m, text, dct):
        return "DATE", value, ""

    return resolve


def _r_ru_weekend(m, text, dct):
    """ "за выходные", "в прошлые выходные" (the last weekend), "в ближайшие выходные" (the coming one); "в
    выходные" and "в эти выходные" by the tense, as English "the weekend" (:func:`_r_rel_unit_weekend`)."""
    if dct is None:
        return "DATE", "XXXX-WXX-WE", ""
    rel, lead = (m["rel"] or "").lower(), m["lead"].strip().lower()
    if rel in ("прошлые", "минувшие") or (not rel and lead == "за"):
        future = False
    elif rel in ("ближайшие", "следующие", "будущие"):
        future = True
    else:
        future = _ru_tense(text, m.start(), m.end())[0] == "future"
    d = dct
    if dct.isoweekday() < 6 and not future:
        d = dct - dt.timedelta(weeks=1)
    elif dct.isoweekday() >= 6 and rel in ("следующие", "будущие"):
        d = dct + dt.timedelta(weeks=1)
    return "DATE", _week(d) + "-WE", ""


def _r_ru_few_days(m, text, dct):
    """ "на днях": PAST_REF, as "недавно"; FUTURE_REF when the verb nearest to it is a future's ("на днях
    подпишут") and its sentence has no past verb (a noun in -ет reads as a future to :func:`_ru_tense`: "На днях
    университет открыл центр" is past)."""
    a = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    b = min((i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0), default=len(text))
    if _ru_tense(text, m.start(), m.end())[0] == "future" and not _RU_PAST.search(text, a, b):
        return "DATE", "FUTURE_REF", ""
    return "DATE", "PAST_REF", ""


def _r_holiday(m, text, dct):
    h = re.sub(r"\s+", " ", m["h"]).lower()
    if h.startswith("christmas"):
        month, day = 12, 24 if h.endswith("eve") else 25
    elif h.startswith("new year"):
        month, day = (12, 31) if h.endswith("eve") else (1, 1)
    elif h.startswith("halloween"):
        month, day = 10, 31
    elif h.startswith("independence"):
        month, day = 7, 4
    else:  # Thanksgiving (US): the fourth Thursday of November
        month, day = 11, None
    y = _year_for_month(text, m, month, dct, m.start(), m.end(), day or 25)
    if day is None:
        if y is None:
            return "DATE", "XXXX-11", ""
        first = dt.date(y, 11, 1)
        day = 1 + (3 - first.weekday()) % 7 + 21
    return "DATE", f"{'XXXX' if y is None else y}-{month:02d}-{day:02d}", ""


_SPOKEN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}


def _r_spoken_year(m, text, dct):
    words = re.sub(r"[- ]+", " ", m["y"].lower().replace(" and", "")).split()
    if words[:2] == ["two", "thousand"]:
        if m["mon"] or m["s"]:
            return None
        return "DATE", str(2000 + sum(_SPOKEN_UNITS.get(w, 0) for w in words[2:])), ""
    century = _SPOKEN_UNITS.get(words[0]) or _TENS.get(words[0])
    rest = words[1:]
    if rest == ["hundred"]:
        return "DATE", f"{century}00", ""
    n = sum(_TENS.get(w, 0) + _SPOKEN_UNITS.get(w, 0) for w in rest)
    if not century or not 10 <= n <= 99:
        return None
    year = f"{century}{n:02d}"
    if m["mon"]:
        return "DATE", f"{year}-{_MONTHS[m['mon'].lower()]:02d}", ""
    if m["s"]:
        return "DATE", f"{year}-{_SEASONS[m['s'].lower()]}", ""
    return "DATE", year, ""


def _r_year_earlier(m, text, dct):
    """"year-ago", "the year-earlier quarter": the year before the DCT's; :func:`_anchor` may refine it."""
    q = m.groupdict().get("q")
    y = "XXXX" if dct is None else str(dct.year - 1)
    if q:
        return "DATE", f"{y}-Q{['first', 'second', 'third', 'fourth'].index(q.lower()) + 1}", ""
    return "DATE", y, ""


def _r_time_day(m, text, dct):
    w = m["wd"].lower()
    if w in _WEEKDAYS:
        d = _weekday_date(text, m.start(), m.end(), dct, _WEEKDAYS[w], "", None)
    else:
        d = None if dct is None else dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w])
    base = _day(d) if d or w not in _WEEKDAYS else f"XXXX-WXX-{_WEEKDAYS[w]}"
    tv = _time_value(base, m["hh"], m["mi"], m["ampm"])
    return None if tv is None else ("TIME", tv, "")


_ORDINAL_WORDS = (r"(?:(?i:twenty-first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
                  r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))")
_ORDINAL_NUMBER = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first".split())}


def _r_century(m, text, dct):
    """ "the 20th century": the century's value is its first two digits (19)."""
    n = m["n"].lower()
    k = int(n[:-2]) if n[0].isdigit() else _ORDINAL_NUMBER[n]
    if not 1 <= k <= 21:
        return None
    return "DATE", f"{k - 1:02d}", _posmod_of(m["pm"])


def _r_that_unit(m, text, dct):
    """ "that year", "later that year", "that same day", "that afternoon": the period (the day's part) of the date
    named before (filled in by
    :func:`_anchor`, dropped when there is none). Without a preposition before it or a punctuation mark
    after it, "that" may be a conjunction ("said that day traders ..."): no expression then."""
    unit = m["unit"].lower()
    if not (m["lead"] or m["same"] or _CLAUSE_END_AFTER.match(text, m.end())
            or (m.start() and text[m.start()] == "T")
            or (unit in _PARTS and _PART_THEN.match(text, m.end()) and not _after_that_verb(text, m.start()))):
        return None
    if unit in _PARTS:  # "appeared that afternoon before a judge": the part of the day last named
        return "TIME", f"XXXX-XX-XXT{_PARTS[unit]}", ""
    return "DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}[unit], ""


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|but|when|after|before|while)\s")
# a preposition after "that afternoon" ("appeared that afternoon before a judge"): the part of a day, not "that"
# opening a clause ("said that evening classes ...")
_PART_THEN = re.compile(r"\s+(?:before|after|at|in|with|to|from|when|outside|inside)\s")
# verbs a "that" clause follows: after them "that evening at the club was dull", "that night after night" open the
# clause (a conjunction and a subject), and "recalled that evening in 1998" is no day named before
_THAT_CLAUSE_VERBS = frozenset(
    "said says say told tells warned warns noted notes added adds stated states announced announces reported "
    "reports claimed claims argued argues insisted insists stressed stresses believed believes believe thought "
    "think thinks knew know knows hoped hopes hope feared fears fear recalled recalls remembered remembers "
    "explained explains admitted admits confirmed confirms denied denies suggested suggests showed shows found "
    "finds learned learns realized realised revealed reveals predicted predicts expected expects expect agreed "
    "agrees mean means meant wrote writes signalled signaled indicated indicates".split())


def _after_that_verb(text: str, start: int) -> bool:
    """Whether one of the four words before text[start:] ("that ...") in its sentence is a verb a "that" clause
    follows ("said that ...", "said on Monday that ...")."""
    before = text[max(0, start - 48) : start]
    for stop in ".;!?":
        before = before[before.rfind(stop) + 1 :]
    return any(w.lower() in _THAT_CLAUSE_VERBS for w in before.split()[-4:])


def _r_adjective_duration(m, text, dct):
    """ "The past decade" (P1DE), "the last century" (P1CE): the span up to now. A duration used as an adjective
    ("a two-day visit", "decade-long") is no expression here: the sample articles' gold leaves it out
    (tests/data/seeds_timex.tsv), although TimeBank marks it."""
    unit = m["unit"]
    if m["n"]:
        n = _num(m["n"])
    else:
        n = None if unit.lower().endswith("s") else 1
    return "DURATION", _duration(n, unit), ""


def _r_period_noun(m, text, dct):
    """ "a three-year period" (P3Y), "a 10-day span": the length the adjective gives."""
    return "DURATION", _duration(_num(m["n"]), m["unit"]), ""


def _r_quarter_code(m, text, dct):
    """ "Q1 2024", "Q3'23", "in Q3"."""
    q = int(m["q"])
    if m["y"]:
        return "DATE", f"{m['y']}-Q{q}", ""
    if m["yy"]:
        return "DATE", f"20{m['yy']}-Q{q}", ""
    return "DATE", f"{_quarter_year(m, text, dct, q, 'Q')}-Q{q}", ""


def _r_half_code(m, text, dct):
    """ "in H1 2024", "for 2H'23": a half-year in business shorthand, as "Q1 2024" is a quarter."""
    y = m["y"] or f"20{m['yy']}"
    return "DATE", f"{y}-H{m['q'] or m['q2']}", ""


_QUARTER_OF_MONTHS = {("january", "march"): 1, ("april", "june"): 2, ("july", "september"): 3,
                      ("october", "december"): 4}


def _r_month_range_quarter(m, text, dct):
    """ "the January-March quarter": a calendar quarter named by its first and last months."""
    q = _QUARTER_OF_MONTHS.get((m["m1"].lower(), m["m2"].lower()))
    if q is None:
        return None
    if m["y"]:
        return "DATE", f"{m['y']}-Q{q}", ""
    return "DATE", f"{_quarter_year(m, text, dct, q, 'Q')}-Q{q}", ""


def _r_weekday_step(m, text, dct):
    """ "the previous Friday", "the following Monday": the weekday before or after the day last mentioned,
    which :func:`_anchor` fills in; with none, the one before or after the DCT ("last Friday", "next Monday")."""
    wd = _WEEKDAYS[m["wd"].lower()]
    d = _weekday_date(text, m.start(), m.end(), dct, wd, "next" if m["dir"] == "following" else "last", None)
    return "DATE", d.isoformat() if d else f"XXXX-WXX-{wd}", ""


def _r_day_relative(m, text, dct):
    """ "the day before", "the next day": the day before or after the day last mentioned, which
    :func:`_anchor` fills in; unknown when none was."""
    return "DATE", "XXXX-XX-XX", ""


def _r_day_part_relative(m, text, dct):
    """ "the following morning", "the next evening": the day after the day last mentioned, which :func:`_anchor`
    fills in as "the next day" (a day, as TimeBank gives it); dropped when none was."""
    return "TIME", "XXXX-XX-XXT" + {"mo": "MO", "af": "AF", "ev": "EV", "ni": "NI"}[m["part"][:2].lower()], ""


# --------------------------------------------------------------------------------------------------
# Russian. The rules below have Cyrillic keywords only, so they run on Russian text alone (see _KEYWORDS):
# an English text pays for them with nothing but a few empty windows. Tense is read from the verb nearest
# to the expression in its sentence (:func:`_ru_tense`): Russian word order is free ("В апреле Шольц
# обсуждал", "Чекунков в июне заявлял").
# --------------------------------------------------------------------------------------------------

_RU_MONTH_FORMS: dict[str, int] = {}
for _stem, _mo in (("январ", 1), ("феврал", 2), ("апрел", 4), ("июн", 6), ("июл", 7), ("сентябр", 9),
                   ("октябр", 10), ("ноябр", 11), ("декабр", 12)):
    for _end in ("ь", "я", "е", "ю", "ём", "ем"):
        _RU_MONTH_FORMS[_stem + _end] = _mo
for _stem, _mo in (("март", 3), ("август", 8)):
    for _end in ("", "а", "е", "у", "ом"):
        _RU_MONTH_FORMS[_stem + _end] = _mo
for _form in ("май", "мая", "мае", "маю", "маем"):
    _RU_MONTH_FORMS[_form] = 5
del _stem, _mo, _end, _form
_RU_MONTH_ANY = "(?:" + "|".join(sorted(_RU_MONTH_FORMS, key=len, reverse=True)) + ")"
_RU_NOT_WORD = r"(?![а-яёА-ЯЁ\w-])"
_RU_B = r"(?<![а-яёА-ЯЁ\w-])"
# "в начале марта", "к концу года", "в первых числах октября": a position in the period (TIMEX3 mod)
_RU_POS = r"(?:начал[еаоу]|конц[еау]|конец|середин[еыау]|(?:перв|последн)(?:ых|их|ые|ие|ым|им)\s+числ(?:ах|а|ам))"
_RU_POSMOD = {"нач": "START", "кон": "END", "сер": "MID", "пер": "START", "пос": "END"}
_RU_YEAR_WORD = r"(?:-?(?:го|му|м|й))?(?:\s*(?:г\.|гг\.|год(?:а|у|ом)?)" + _RU_NOT_WORD + ")"
# ... or only an ordinal's ending, the word "год" left out: "в феврале 2024-го", "в 2016-м", "к 2030-му"
_RU_YEAR_END = r"-(?:го|му|м|й)" + _RU_NOT_WORD
# this / last / next, as adjectives in any gender and case
_RU_REL = {"эт": 0, "текущ": 0, "нынешн": 0, "уходящ": 0, "прошл": -1, "минувш": -1, "прошедш": -1,
           "истекш": -1, "предыдущ": -1, "позапрошл": -2,
           "следующ": 1, "будущ": 1, "ближайш": 0}
_RU_REL_RX = (r"(?i:эт(?:ого|ому|от|ой|ом|им|их|а|о|и|у)|(?:текущ|нынешн|уходящ|прошл|минувш|прошедш|истекш"
              r"|предыдущ|позапрошл|следующ"
              r"|будущ|ближайш)(?:ого|его|ому|ему|ий|ый|ая|яя|ое|ее|ие|ые|ей|ой|ем|ом|им|ым|ую|юю|их|ых))")

_RU_NUMS = {"один": 1, "одну": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "пару": 2,
            "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5,
            "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
            "десять": 10, "десяти": 10, "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
            "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14, "пятнадцать": 15,
            "пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17,
            "восемнадцать": 18, "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
            "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60,
            "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
            "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
            "полтора": 1.5, "полторы": 1.5, "полутора": 1.5,
            # collective numerals, as "сутки" takes them ("двое суток спустя", "за трое суток")
            "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5}
_RU_NUM = (r"(?i:\d{1,3}(?:,\d)?|" + "|".join(sorted(_RU_NUMS, key=len, reverse=True))
           + r"|несколько|нескольких)")
_RU_UNITS = {"дн": "day", "ден": "day", "сут": "day", "недел": "week", "месяц": "month", "год": "year",
             "лет": "year", "час": "hour", "минут": "minute", "десятилети": "decade"}
_RU_UNIT = (r"(?:день|дня|дней|сутки|суток|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет|час|часа"
            r"|часов|минуту|минуты|минут|десятилетие|десятилетия|десятилетий)")


def _ru_num(s: str) -> float | None:
    s = s.lower()
    if s[0].isdigit():
        return float(s.replace(",", "."))
    return _RU_NUMS.get(s)


def _ru_unit(s: str) -> str:
    s = s.lower()
    return next(v for k, v in _RU_UNITS.items() if s.startswith(k))


def _ru_rel(word: str) -> int:
    w = word.lower()
    return next((v for k, v in _RU_REL.items() if w.startswith(k)), 0)


# Verbs that set the tense. Past: the -л- forms ("заявил", "сообщила", "были", "встретился"); nouns and
# other words that end the same way are listed. Future: "будет", modals and plans, and any finite non-past
# form (-ет, -ит, -ут...: "посетят", "отправится", "пройдёт"), which with a date is a future or a schedule; the
# speaker's own expectation ("ожидаем", "ожидаю", "ждём", "жду": no -т- ending, and the first person's -ем/-ю/-у
# ends too many nouns to be taken whole) looks ahead as "ожидается" does, capitalised too (with no pronoun the verb
# opens the sentence: "Ждём вас в субботу"; no name is spelt so) ("надеемся" is left out: "надеемся, что в
# понедельник всё прошло" then lost its past).
_RU_PAST = re.compile(r"(?<![а-яёА-ЯЁ-])(?:[а-яё]+[аеиоуыяё]л(?:а|о|и)?(?:с[ья])?|(?:с|по|)мог(?:ла|ло|ли)?"
                      # past participles in -нут- and -вш- ("договоренности, достигнутые в марте",
                      # "состоявшийся в мае"): a done act
                      r"|[а-яё]+(?:нут(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)|вш(?:ий|его|ему|им|ем|ая|ей|ую|ее"
                      r"|ие|их|ими)(?:ся)?)"
                      # the past of "-йти" ("прошёл", "прошла", "прошли", "нашло", "вышли"): no vowel before the -л-
                      # ("пришлось", "произошло": the reflexive and "произо-" too)
                      r"|(?:при|у|за|ото?|во|вы|про|произо|пере|до|на|по|со|взо|обо|подо|разо)?ш(?:[её]л|л[аои])(?:с[ья])?"
                      # past tense of verbs whose stem ends in a consonant, with no vowel before the -л-
                      # ("выросли", "погибли", "достигли", "истекла", "принесли") or no -л- at all ("вырос",
                      # "погиб", "достиг", "истёк", "принёс", "ввёз": the masculine after a prefix; "рос" alone
                      # is in "вопрос", "мер" in "размер")
                      # ("исчезли", "возникла", "привлекли", "привыкли", "отвергли", "легли", "сочли"; the nouns
                      # "узла", "угли", "цикла", "кукла" end in none of these stems)
                      r"|[а-яё]*(?:рос|нес|нёс|вез|вёз|гиб|стиг|тек|тёк|мер|тер|тёр|пер|лез|лёз|чез|полз|тряс|ник|влек"
                      r"|вык|верг|лег|жг|ч)(?:ла|ло|ли)(?:сь)?"
                      # (the masculines all behind one look-ahead for a short word ending in -р, -з, -к, -г, -с, -б or -ся:
                      # each alternative is tried at every word's start, and most words fail the look-ahead at once)
                      r"|(?=[а-яё]{2,8}(?:[рзкгсб]|ся)(?![а-яё-]))"
                      r"(?:(?:вы|воз|под|при|пере|у|до|за|на|в|с|раз|про|по|ис|от|об)(?:рос|нес|нёс|вез|вёз|тек|тёк)(?:ся)?"
                      # the same masculine for stems that would otherwise read nouns: only after the prefixes
                      # that make the verb ("умер" but "размер", "замер"; "отверг" but "четверг"; "привык" but
                      # "навык"; "лёг" but "коллег")
                      r"|(?:по|за)гиб|(?:до|по|на)стиг|(?:у|по)мер|исчез|(?:воз|про|в|за|по)ник|(?:при|у|из|от|во|за)вл[её]к(?:ся)?"
                      r"|(?:при|от|с)вык(?:ся)?|(?:от|опро|с|низ|из)верг|(?:с|при|за|у|по|от)?лёг|(?:у|за|от)п[её]р(?:ся)?))"
                      r"(?![а-яё-])")
_RU_NOT_PAST = frozenset(
    "если или ли для мол стол пол посол около мало недели цели роли доли воли боли соли пыли дали дела тела "
    "села правила начала начало генерал канал сигнал журнал материал капитал финал потенциал персонал идеал "
    "зал предел отдел раздел пробел котел котёл орел орёл пепел угол весло масло число село тело дело крыло "
    "модели земли мысли отрасли сомали вдали мели метели постели более менее поле воле мили кремле стекла стекло "
    "мерло".split())
_RU_FUTURE = re.compile(
    r"(?<![а-яёА-ЯЁ-])(?:буд(?:ет|ут|у|ем|ете|ешь)|станет|станут|предстоит|планиру\w*|намерен\w*"
    r"|собира\w+ся|запланирован\w*|намечен\w*|ожида\w+ся|[Оо]жида(?:ем|ю)|[Жж]д(?:ём|ем|у)|долж(?:ен|на|но|ны)|мож(?:ет|ем|ете)|могут"
    r"|[а-яё]*да(?:стся|дутся|ст|дут)"
    r"|[а-яё]{2,}(?:[еёиуюая]т|[еёи]тся|[уюая]тся))(?![а-яё-])")
_RU_NOT_FUTURE = frozenset(
    "визит бюджет совет ответ запрет пакет кабинет интернет кредит транзит лимит дефицит результат кандидат "
    "депутат штат мандат солдат формат институт маршрут валют минут паритет приоритет авторитет суверенитет "
    "иммунитет комитет аппарат агрегат адресат секретариат консулат сюжет предмет портрет паркет силуэт "
    "объект аспект проект эффект контракт факт акт пакт тракт конфликт продукт пункт фронт спорт экспорт "
    "импорт порт свет завет обет привет менталитет флот брат зарплат дат цитат карат нет ответ "
    "альманах автомат дипломат климат концентрат препарат аргумент".split())
_RU_CLAUSE_END = re.compile(r"[.!?]\s|\n")
# A comma and a contrasting conjunction open another clause, whose verb is not the date's ("Ван И в феврале ездил в
# Москву, Ли Шанфу — в апреле, но Китай не поставляет оружие": the gapped clause's verb is the one before)
_RU_CONTRAST = re.compile(r",\s+(?:но|а|однако|зато|хотя)\s")
# An imperfective verb's present ("работает", "запускает", "открываются"): in a reported clause it is the time
# of the saying ("заявил, что в сентябре компания работает в штатном режиме"), not ahead, as the forms of
# _RU_FUTURE that say the future outright ("планирует", "ожидается", "будет") do
_RU_PRESENT_ENDINGS = ("ает", "яет", "ует", "ают", "яют", "уют", "ается", "яется", "уется", "аются", "яются", "уются")
_RU_FUTURE_WORDS = ("буд", "стан", "предстоит", "планиру", "намерен", "собира", "запланир", "намечен", "ожида",
                    "долж", "мож", "мог")


def _ru_present(word: str) -> bool:
    """Whether *word* (a form :data:`_RU_FUTURE` read) is an imperfective verb's present, not a future."""
    w = word.lower()
    return w.endswith(_RU_PRESENT_ENDINGS) and not w.startswith(_RU_FUTURE_WORDS)


# ", что" opening a reported clause: a verb before it is the main clause's ("пообещал, что в III квартале
# правительство проведет проверку": the promise is past, the check ahead), the date's is the clause's own after it
_RU_THAT_OPEN = re.compile(r",\s+что\s")
# A verb of saying right after a comma or a dash that follows the date attributes the clause ("Матвиенко посетит
# Китай в начале июня, сообщили в аппарате", "..., как заявил Песков"): the report's time, not the clause's
_RU_SAYING = ("сообщ", "заяв", "сказа", "отмет", "подчеркн", "добави", "уточни", "поясни", "рассказа", "напомни",
              "говори", "передал", "пишут", "писал")
_RU_ATTRIBUTION_GAP = re.compile(r"[»\"]?\s*,\s*(?:[—–-]\s*)?(?:как\s+)?$")
# ... and in the present, which _RU_FUTURE reads as a future ("снизились ... по сравнению со вторым кварталом,
# следует из данных «Автостата»", "..., говорится в сообщении", "..., сообщает агентство"): the source's words,
# not the date's verb. The impersonal ones only with their source after ("говорится в сообщении", "отмечается в
# докладе"): without it they are the clause's own verb ("Праздник, 9 мая, отмечается по всей стране")
_RU_SOURCE_SAYS = re.compile(r"(?:следует\s+из|сообщает|сообщают|пишет|пишут|передает|передаёт"
                             r"|(?:говорится|указывается|отмечается|уточняется)(?=\s+во?\s))(?![а-яё-])")


# A Russian infinitive (-ать/-ять/-еть/-ить/-уть/-ыть/-оть, -ести, -йти, -зти, -ечь/-очь, reflexive -ся/-сь),
# less the nouns that end the same way
_RU_INFINITIVE = re.compile(r"(?<![а-яёА-ЯЁ-])[а-яё]+(?:[аяеиоуы]ть|ести|йти|зти|[ео]чь)(?:ся|сь)?(?![а-яё-])")
_RU_NOT_INFINITIVE = frozenset(
    "путь суть ртуть мать рать печать кровать благодать пять опять девять десять память сеть треть плеть нить "
    "знать ночь дочь речь печь мочь чести мести лести вести повести".split())


# Nouns of a plan between a past verb and a date hand the date to the plan, which may lie ahead: "главной темой
# стала подготовка визита в мае", "обсудили планы на осень", "передал приглашение посетить Москву в мае"
_RU_PROSPECT = re.compile(r"(?<![а-яёА-ЯЁ])(?:[Пп]одготовк[аеиуой]|[Пп]лан(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])"
                          r"|[Пп]риглашени[еяюи]|[Пп]ерспектив[аеуыой])")


# The rest of a plan noun's word and the space after it: where an infinitive the noun governs begins
_RU_WORD_REST = re.compile(r"[а-яё]*\s*")
# Past verbs of inviting, agreeing, promising, deciding, proposing and urging (stems): their infinitive lies
# after them ("пригласил посетить", "договорились встретиться", "пообещал приехать", "призвал возобновить")
_RU_PROSPECT_VERBS = ("пригласи", "договори", "услови", "пообеща", "обеща", "согласи", "реши", "предложи",
                      "призва", "поручи", "приказа")  # (and ordering: "поручил подготовить к третьему кварталу")


# Past verbs whose infinitive is part of their own past ("начал строить", "смог провести"): they stay firm
_RU_PHASE = ("нача", "стал", "продолжи", "переста", "прекрати", "законч", "смог", "сумел", "успел", "пыта",
             "попыта", "удало")


# A past participle (-вш-, -нн-) opening a participial clause after a comma, right before the expression:
# "соглашение, подписанное в мае", "саммит, состоявшийся в июне", "по данным, опубликованным в понедельник" (its
# instrumental and prepositional: "-нным", "-нном"); a plan's participle points ahead and is left out
# ("визит, запланированный на май", "намеченное", "назначенное")
_RU_PAST_PARTICIPLE = re.compile(r",[ \t]+(?!(?:запланирова|намече|назначе|перенесе|отложе|ожида))[а-яё]{3,}"
                                 r"(?:вш|нн)(?:ий|ая|ое|ие|его|ей|ую|ему|им|ых|ими|ого|ому|ой|ые|ый|ым|ом)[ \t]+"
                                 r"(?:(?:в|во)[ \t]+)?\Z")


def _ru_tense(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """("past" | "future" | None, firm) of the Russian expression text[start:end]: the tense of the verb
    nearest to it in its sentence, before or after it. A past verb before it with an infinitive between
    ("построил завод и начал выпускать машины в ноябре") hands the expression to the infinitive: past, but not
    firm (as in English, see :data:`_LOOSE_GAP`); the infinitive of a verb of inviting, agreeing or promising
    ("условились провести встречу в ноябре", :data:`_RU_PROSPECT_VERBS`) lies ahead, as "agreed to hold the
    meeting in November" (:data:`_PROSPECT_VERB`); a past participle opening a clause right before it
    ("соглашение, подписанное в мае") is past (:data:`_RU_PAST_PARTICIPLE`)."""
    if "," in text[max(0, start - 40) : start] and _RU_PAST_PARTICIPLE.search(text, max(0, start - 40), start):
        return "past", True
    left = text[max(0, start - 90) : start]
    breaks = list(_RU_CLAUSE_END.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    right = text[end : end + 120]
    b = _RU_CLAUSE_END.search(right)
    if b:
        right = right[: b.start()]
    if "," in right and (b := _RU_CONTRAST.search(right)):
        right = right[: b.start()]
    if "," in left and (breaks := list(_RU_CONTRAST.finditer(left))):
        left = left[breaks[-1].end() :]
    best: tuple[int, str] | None = None
    best_right: tuple[int, str] | None = None
    for side, chunk in ((-1, left), (1, right)):
        for rx, tense, stop in ((_RU_PAST, "past", _RU_NOT_PAST), (_RU_FUTURE, "future", _RU_NOT_FUTURE)):
            for m in rx.finditer(chunk):
                if m[0] in stop:
                    continue
                if (side > 0 and (m[0].startswith(_RU_SAYING) if tense == "past" else _RU_SOURCE_SAYS.match(chunk, m.start()))
                        and _RU_ATTRIBUTION_GAP.search(chunk, 0, m.start())):
                    continue
                dist = len(chunk) - m.end() if side < 0 else m.start()
                if best is None or dist < best[0]:
                    best = (dist, tense, side, m[0])
                if side > 0 and (best_right is None or dist < best_right[0]):
                    best_right = (dist, tense, side, m[0])
    if best_right and best and best[2] < 0 and ", что" in left and (
            that := list(_RU_THAT_OPEN.finditer(left))) and len(left) - best[0] <= that[-1].start() and not (
            best_right[1] == "future" and _ru_present(best_right[3])):
        return best_right[1], True
    if best and best[1] == "past" and best[2] < 0:
        verb_end = len(left) - best[0]
        plans = list(_RU_PROSPECT.finditer(left, verb_end))
        infinitives = [w for w in _RU_INFINITIVE.finditer(left, verb_end) if w[0] not in _RU_NOT_INFINITIVE]
        # "принял приглашение посетить Москву в мае", "обсудили план построить завод в мае": the infinitive of a
        # plan's noun says the plan's month, not the past verb's; in "утвердило план и начало строить завод в мае"
        # the infinitive is another verb's, past like it
        starts = {w.start() for w in infinitives}
        if any(_RU_WORD_REST.match(left, p.end()).end() in starts for p in plans):
            return None, False
        # "пригласил Си Цзиньпина посетить Россию 9 мая", "договорились встретиться в ноябре": the infinitive of an
        # invitation, an agreement, a promise or a decision lies after it (as "invited Xi to visit" in English)
        if infinitives and best[3].lower().startswith(_RU_PROSPECT_VERBS):
            return "future", True
        if infinitives and not best[3].startswith(_RU_PHASE):
            return "past", False
        # "темой стала подготовка визита в мае": the plan's month, not the past verb's
        if plans:
            return None, False
    return (best[1], True) if best else (None, False)


def _ru_after_prep(m, lead: str | None = None) -> tuple[str | None, bool] | None:
    """The direction a preposition before a Russian expression gives it: "с марта" looks back, "до марта",
    "к марту", "на март" forward; None to read the tense. *lead* is a preposition said once for a list or range
    the expression ends ("с января–февраля"), in place of its own."""
    lead = (lead or m.groupdict().get("lead") or "").strip().lower()
    if lead in ("с", "со", "после"):
        return "past", True
    if lead in ("до", "к", "ко", "на"):
        return "future", True
    return None


# A month next to another across a dash, a range of months as reports give them: "за январь–июнь", "январь–март"
_RU_DASH = r"[ \t]*[–—-][ \t]*"
_RU_MONTH_DASH_TO = _RU_DASH + "(?P<mon>" + _RU_MONTH_ANY + ")" + _RU_NOT_WORD + r"(?:[ \t]+(?P<y>(?:1[89]|20)\d\d)(?!\d))?"
# ... also a chain of them ("январь-февраль-март 2024 года": each month to the chain's last one, and its year; a
# month may follow a hyphen after a month)
_RU_MONTH_DASH_AFTER = re.compile("(?:" + _RU_DASH + _RU_MONTH_ANY + r"(?=[ \t]*[–—-]))*" + _RU_MONTH_DASH_TO)
_RU_MONTH_CHAIN = "(?:" + _RU_DASH + _RU_MONTH_ANY + ")*" + _RU_DASH + r"\Z"
_RU_MONTH_DASH_BEFORE = re.compile(_RU_B + _RU_MONTH_ANY + _RU_MONTH_CHAIN)
# A range's first month with a capital opens its sentence ("Январь–сентябрь 2024 года принёс ..."). Month names
# are matched in lower case only, since a capitalised one is too often a name or a title ("Май", a film; a heading
# "Март"); so only one that opens its sentence before a dash and a month is read (_r_ru_month_cap)
_RU_MONTH_CAP = "(?:" + "|".join(f[0].upper() + f[1:] for f in sorted(_RU_MONTH_FORMS, key=len, reverse=True)) + ")"
_RU_MONTH_CAP_DASH_BEFORE = re.compile(_RU_B + _RU_MONTH_CAP + _RU_MONTH_CHAIN)
# A month in a chain joined by commas and "и" ending in a year ("в январе, феврале и марте 2024 года"): the year is
# the chain's
_RU_MONTH_AND_AFTER = re.compile(r"(?:(?:,\s+|\s+и\s+)" + _RU_MONTH_ANY + r")+\s+(?P<y>(?:1[89]|20)\d\d)"
                                 r"(?![\w-]|[.,]\d)")
# ... written with a bare hyphen ("январь-сентябрь 2024 года", "в июле-августе"): the months' rules may start right
# after a hyphen (only a month before it makes the match a date: _r_ru_month checks; one look-behind, not an
# alternation of two, since it is tried at every position), and a month may end at a hyphen that a month follows
# (not "май-то")
_RU_B_RANGE = r"(?<![а-яёА-ЯЁ\w])"
# A month joined by "и", "или", a comma or a dash to one after "в" ("в июле и августе", "в мае или июне", "в мае,
# июне и июле", "в июле – августе"): the preposition is said once for them all
_RU_MONTH_AND_BEFORE = re.compile(_RU_B + r"(?P<lead>[Вв]о?)\s+" + _RU_MONTH_ANY + r"(?:(?:,\s+|\s+и(?:ли)?\s+)"
                                  + _RU_MONTH_ANY + r")*(?:,\s+|\s+и(?:ли)?\s+|" + _RU_DASH + r")\Z")
_RU_MONTH_JOINS = (" и ", ", ", " или ")
# ... and a second genitive month joined by "или"/"и" to one bounded by a comparative ("не раньше мая или июня",
# "не позднее марта и апреля"): the comparative is said once for both
_RU_MONTH_OR_BEFORE = re.compile(_RU_B + r"(?P<lead>(?:[Нн]е\s+)?(?:[Рр]аньше|[Рр]анее|[Пп]озже|[Пп]озднее))\s+"
                                 + _RU_MONTH_ANY + r"\s+(?:или|и)\s+\Z")
_RU_MONTH_OR_JOINS = (" или ", " и ")
# ... and any preposition before a range's first month is the range's ("с января–февраля": since then, both)
_RU_MONTH_DASH_LEAD = re.compile(_RU_B + r"(?P<lead>[Вв]о?|[Сс]о?|[Дд]о|[Кк]о?|[Нн]а|[Пп]осле|[Оо]т)\s+"
                                 + _RU_MONTH_ANY + _RU_DASH + r"\Z")
_RU_DASH_JOINS = ("-", "–", "—", "- ", "– ", "— ")


def _ru_opens_sentence(text, start):
    """Whether only spaces stand between ``start`` and the text's start, a line's or a sentence's end."""
    before = text[max(0, start - 40):start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _ru_month_dash_before(text, start):
    """Whether a month and a dash end at ``start`` ("январь–|июнь", "январь-февраль-|март"), a capitalised one
    only opening its sentence ("Январь-|март оказался")."""
    if _RU_MONTH_DASH_BEFORE.search(text, max(0, start - 40), start):
        return True
    cap = _RU_MONTH_CAP_DASH_BEFORE.search(text, max(0, start - 40), start)
    return cap is not None and _ru_opens_sentence(text, cap.start())


def _r_ru_month_cap(m, text, dct):
    """ "Январь–сентябрь 2024 года принёс": a capitalised first month of a range opening its sentence."""
    return _r_ru_month(m, text, dct) if _ru_opens_sentence(text, m.start()) else None


# the analytic future ("будет", "будут") and what ends a clause, for "с января будет ..." (see _r_ru_month)
_RU_WILL = re.compile(r"(?<![а-яёА-ЯЁ])буд(?:ет|ут|ем|у|ете|ешь)(?![а-яёА-ЯЁ])")
_RU_CLAUSE_CUT = re.compile(r"[.,;:!?()«»\n]|\s[—–-]\s|\s(?:и|а|но)\s")
_RU_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, looked for in the 200 characters before it: after "!", "?", a
    line's end, or a full stop before a capital (not an abbreviation's: "В 2023 г. он сказал")."""
    lo = max(0, at - 200)
    start = max(text.rfind("!", lo, at), text.rfind("?", lo, at), text.rfind("\n", lo, at), lo - 1) + 1
    dot = text.rfind(". ", start, at)
    while dot >= 0 and not text[dot + 2:dot + 3].isupper():
        dot = text.rfind(". ", start, dot)
    return start if dot < 0 else dot + 2


def _r_ru_month(m, text, dct):
    """ "в апреле", "в начале марта", "в марте 2023 г.", "в марте прошлого года", "с мая", "к июню"."""
    form = m["mon"].lower()
    month = _RU_MONTH_FORMS[form]
    pos = (m["pos"] or "").lower()
    mod = _RU_POSMOD.get(pos[:3], "")
    lead = (m.groupdict().get("lead") or "").strip().lower()
    if m.start() and text[m.start() - 1] == "-" and not _ru_month_dash_before(text, m.start()):
        return None  # a hyphen after a word that is not a month: a compound ("Пресс-май"), not a range
    if lead == "по" and not form.endswith(("ь", "й", "т")):
        return None  # only "по" and the accusative ends a range ("с июля по ноябрь", "по март"): "по маю" is no date
    # the second month of "не раньше мая или июня" is bounded by the comparative before the first (a substring test
    # first: the search runs only after "или"/"и")
    if not lead and form.endswith(("а", "я")) and text.endswith(_RU_MONTH_OR_JOINS, max(0, m.start() - 5), m.start()):
        prev = _RU_MONTH_OR_BEFORE.search(text, max(0, m.start() - 50), m.start())
        lead = prev["lead"].lower() if prev else lead
    if lead.endswith(("раньше", "ранее", "позже", "позднее")) and not form.endswith(("а", "я")):
        return None  # a comparative bounds by the genitive month alone: "не раньше октября" (the verb's tense reads it)
    if m["y"]:
        return "DATE", _month(int(m["y"]), month), mod
    if not lead and form.endswith("е") and text.endswith(_RU_MONTH_JOINS, max(0, m.start() - 5), m.start()):
        prev = _RU_MONTH_AND_BEFORE.search(text, max(0, m.start() - 60), m.start())
        lead = prev["lead"].lower() if prev else lead
    if lead in ("в", "во") and text.startswith(_RU_MONTH_JOINS, m.end()):
        chain = _RU_MONTH_AND_AFTER.match(text, m.end())
        if chain:
            return "DATE", _month(int(chain["y"]), month), mod
    elif not lead and text.endswith(_RU_DASH_JOINS, max(0, m.start() - 2), m.start()):
        prev = _RU_MONTH_DASH_LEAD.search(text, max(0, m.start() - 24), m.start())
        lead = prev["lead"].lower() if prev else lead
    # the month as one end of a range of months ("январь–июнь"): a bare month so placed is a date, not a name
    to = _RU_MONTH_DASH_AFTER.match(text, m.end())
    if not (lead or pos or m["yrel"] or to or _ru_month_dash_before(text, m.start())):
        return None  # a bare "май", "марта": too often a name or part of a title
    if to and to["y"]:
        # "январь–июнь 2023 года": the range's year, the year before for the months before a new year's
        return "DATE", _month(int(to["y"]) - (month > _RU_MONTH_FORMS[to["mon"].lower()]), month), mod
    if to and dct is not None:
        # the range's first month is of its last month's year ("за январь–сентябрь" in November: both this year's,
        # not the nearest January), across a new year the year before ("за ноябрь–январь")
        last = _RU_MONTH_FORMS[to["mon"].lower()]
        s, e = to.start("mon"), to.end("mon")
        y = _year_for_month(text, m, last, dct, s, e, tense=_ru_after_prep(m) or _ru_tense(text, s, e))
        return "DATE", _month(None if y is None else y - (month > last), month), mod
    if form.endswith(("е",)) and not (lead in ("в", "во") or pos):
        return None
    if m["yrel"]:
        return "DATE", _month(None if dct is None else dct.year + _ru_rel(m["yrel"]), month), mod
    if dct is None:
        return "DATE", _month(None, month), mod
    tense = _ru_after_prep(m, lead) or _ru_tense(text, m.start(), m.end())
    if lead in ("с", "со") and _RU_WILL.search(_RU_CLAUSE_CUT.split(text[m.end():m.end() + 60], 1)[0]) and \
            not _RU_YEAR_BEFORE.search(text, _sentence_start(text, m.start()), m.start()):
        # "с" looks back ("с января цены выросли", "с января он работает") unless "будет"/"будут" follows in the
        # clause: then the month it starts from lies ahead ("с января будет набирать рабочих"), ahead of the
        # article's date, not of a year the sentence names before it ("В 2023 году он сказал, что с января будет
        # работать": the January after that year's saying, left to the tense of the verb before)
        tense = ("future", True)
    return "DATE", _month(_year_for_month(text, m, month, dct, m.start(), m.end(), tense=tense), month), mod


_RU_ORDINAL = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
_RU_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _r_ru_quarter(m, text, dct):
    """ "в четвертом квартале" (the latest fourth quarter, or the next one under a future verb), "в первом
    полугодии 2024 года" (2024-H1), "второго квартала прошлого года", "во II квартале", "вторую половину года"
    (of the DCT's year: "года" names it)."""
    q = _RU_ROMAN.get(m["q"]) or (int(m["q"][0]) if m["q"][0].isdigit() else _RU_ORDINAL[m["q"][:4].lower()])
    kind = m["kind"].lower()
    code = "Q" if kind.startswith("квартал") else "H"
    if code == "H" and q > 2:
        return None
    if kind.startswith("половин") and not (m["y"] or m["yrel"] or m["this"]):
        return None  # "во второй половине дня", "первая половина матча"
    if m["this"] and dct is not None:
        return "DATE", f"{dct.year}-{code}{q}", ""
    if m["y"]:
        return "DATE", f"{m['y']}-{code}{q}", ""
    if dct is None:
        return "DATE", f"XXXX-{code}{q}", ""
    if m["yrel"]:
        return "DATE", f"{dct.year + _ru_rel(m['yrel'])}-{code}{q}", ""
    current = (dct.month - 1) // 3 + 1 if code == "Q" else (dct.month - 1) // 6 + 1
    future = (_ru_after_prep(m) or _ru_tense(text, m.start(), m.end()))[0] == "future"
    if future:  # the next such quarter: this one, or next year's once it is past ("что будет в I квартале")
        return "DATE", f"{dct.year + 1 if q < current else dct.year}-{code}{q}", ""
    return "DATE", f"{dct.year - 1 if q > current else dct.year}-{code}{q}", ""


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def _r_ru_century(m, text, dct):
    """ "в XXI веке": as "the 21st century", the century's first two digits (20)."""
    digits = [_ROMAN_DIGITS[c] for c in m["n"]]
    k = sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))
    if not 1 <= k <= 21:
        return None
    return "DATE", f"{k - 1:02d}", _RU_POSMOD.get((m["pos"] or "").lower()[:3], "")


# A decade by its word: "девяностые" (9), "нулевые" (0, the 2000s); not "десятые", which are as often tenths
_RU_DECADE_WORDS = {"нулев": 0, "двадцат": 2, "тридцат": 3, "сороков": 4, "пятидесят": 5, "шестидесят": 6,
                    "семидесят": 7, "восьмидесят": 8, "девяност": 9}
_RU_DECADE_RX = "|".join(_RU_DECADE_WORDS)
# ... said without a part of it or "годы": a preposition right before, the clause's end right after ("в 90-е,
# когда", "с нулевых.")
_RU_DECADE_PREP_BEFORE = re.compile(r"(?:^|[^а-яёА-ЯЁ\w-])(?:[Вв]о?|[Сс]о?|[Дд]о|[Кк]о?|[Ии]з)\s+\Z")
_RU_DECADE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)»—–]|\Z)")
# ... or the first of two joined by "и"/"или" whose second has "годы" ("в 80-е и 90-е годы": the "годы" is both's)
_RU_DECADE_PAIR_AFTER = re.compile(rf"\s+(?:и|или)\s+(?:(?:(?:1[89]|20)\d|[1-9])0-(?:е|х|ые|ых|ми)"
                                   rf"|(?i:{_RU_DECADE_RX})(?:ые|ых|ым|ыми))"
                                   r"\s+(?:годы|годах|годов|годам|годами|гг\.)(?![а-яё])")
# A century named after the decade ("в 20-е годы прошлого века", "в 30-х годах XIX века"): the decade is of that
# century, not the latest one (a "20-е годы прошлого века" said in 2024 is the 1920s)
_RU_DECADE_CENTURY = re.compile(r"\s+(?:(?P<rel>прошлого|позапрошлого|нынешнего|этого|текущего)|(?P<n>[IVX]{1,5}))"
                                r"\s+(?:века|в\.)(?![а-яё])")


def _r_ru_short_decade(m, text, dct):
    """ "в конце 90-х" (199, END), "в 80-е годы" (198), "в начале нулевых" (200, START): a decade by its two
    digits or its word, the latest such decade that began by the DCT (as "the nineties", :func:`_r_decade_word`).
    Only with a decade's own context, since two digits and these words are as often something else ("в 10-х
    классах", "20-х чисел", "нулевых ставок", "семидесятых номеров"): a part of it before ("в начале", "в конце"),
    "годы" after, or a preposition before and the clause's end after ("в 90-е, когда"), or another decade with
    "годы" joined by "и" ("в 80-е и 90-е годы"). A century named after it is its century ("в 20-е годы прошлого
    века": 192, "в 30-х годах XIX века": 183)."""
    if not (m["pos"] or m["yw"]) and not (
            _RU_DECADE_PREP_BEFORE.search(text, max(0, m.start() - 4), m.start())
            and (_RU_DECADE_END_AFTER.match(text, m.end()) or _RU_DECADE_PAIR_AFTER.match(text, m.end()))):
        return None
    d = int(m["y"][0]) if m["y"] else next(v for k, v in _RU_DECADE_WORDS.items() if m["w"].lower().startswith(k))
    named = _RU_DECADE_CENTURY.match(text, m.end())
    if named and named["n"]:
        digits = [_ROMAN_DIGITS[c] for c in named["n"]]
        k = sum(-v if i + 1 < len(digits) and v < digits[i + 1] else v for i, v in enumerate(digits))
        if not 1 <= k <= 21:
            return None
        century = k - 1
    elif named:
        back = {"прошлого": 1, "позапрошлого": 2}.get(named["rel"], 0)
        century = (20 if dct is None else dct.year // 100) - back
    elif dct is None:
        century = 20 if d == 0 else 19
    else:
        century = dct.year // 100 - (1 if (dct.year // 100) * 100 + 10 * d > dct.year else 0)
        if (century * 100 + 10 * d == dct.year // 10 * 10 and dct.year % 10 < 7 and (m["pos"] or "")[:3].lower()
                == "кон" and _ru_tense(text, m.start(), m.end()) == ("past", True)):
            # "в конце 20-х граница была закрыта" in 2024: the end of the DCT's own decade is yet to come, so a
            # past one is the last century's ("к концу 20-х производство вырастет" stays this one)
            century -= 1
    return "DATE", f"{century}{d}", _RU_POSMOD.get((m["pos"] or "").lower()[:3], "")


def _r_ru_year(m, text, dct):
    """ "в 2023 году", "к 2030 г.", "2023-го года", each end of "в 2023-2024 годах"."""
    return "DATE", m["y"], _RU_POSMOD.get((m.groupdict().get("pos") or "").lower()[:3], "")


_RU_DEICTIC = {"вчера": -1, "сегодня": 0, "завтра": 1, "позавчера": -2, "послезавтра": 2, "накануне": -1}
_RU_PARTS = {"утр": "MO", "веч": "EV", "ноч": "NI"}  # "днём": DT, the daytime
_RU_PART = r"(?P<part>утром|дн[её]м|вечером|ночью)"


def _ru_part(word: str) -> str:
    w = word.lower()
    return "DT" if w.startswith("дн") else _RU_PARTS[w[:3]]


# after "накануне", what makes it the adverb ("накануне Ван И заявил", "накануне в Пекине") rather than the
# preposition ("накануне визита": on the eve of the visit, whose date is not given)
_RU_EVE_ADVERB = re.compile(
    r"\s*(?:$|[,.;:!?)»\"—–-]|[А-ЯЁA-Z]|\s*(?:в|во|на|с|со|по|у|к|из|от|о|об|при|же|он|она|оно|они|мы|я|вы"
    r"|президент|премьер|министр|глава)(?![а-яё])|\s*[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись)(?![а-яё]))")


def _r_ru_deictic(m, text, dct):
    word = m["w"].lower()
    if word == "накануне" and not m["part"] and not _RU_EVE_ADVERB.match(text, m.end()):
        return None
    if m.start() and text[m.start() - 1] == "«" and text.startswith("»", m.end()):
        return None  # «Сегодня»: a title
    d = None if dct is None else dct + dt.timedelta(days=_RU_DEICTIC[word])
    if m["part"]:
        return "TIME", f"{_day(d)}T{_ru_part(m['part'])}", ""
    return "DATE", _day(d), ""


def _r_ru_part(m, text, dct):
    """ "Вечером Путин и Си посетят концерт": opening its sentence, the evening of the DCT; elsewhere only with
    a day in the same sentence (filled in by :func:`_anchor`, else dropped), as English tags no bare
    "evening"."""
    part = _ru_part(m["part"])
    head = text[max(0, m.start() - 3) : m.start()]
    if m.start() == 0 or re.search(r"(?:[.!?]\s+|\n\s*|^\s*)(?:[АИ]\s+)?$", text[max(0, m.start() - 6) : m.start()]) \
            or head.endswith(("\n",)):
        return "TIME", f"?{_day(dct)}T{part}", ""  # the DCT's, unless a day stands next to it
    return "TIME", f"?T{part}", ""


_RU_SEASONS = {"весн": "SP", "лет": "SU", "осен": "FA", "зим": "WI"}


def _r_ru_season(m, text, dct):
    """ "осенью", "этой осенью", "прошлой весной", "на осень", "весной 2023 года", "летом прошлого года"."""
    word = m["s"]
    season = next(v for k, v in _RU_SEASONS.items() if word.lower().startswith(k))
    lead = (m.groupdict().get("lead") or "").strip().lower()
    pos = (m["pos"] or "").lower()
    mod = _RU_POSMOD.get(pos[:3], "")
    if lead in ("в", "во") and not pos:
        return None  # "в лето", "в зиму": not a date
    if lead == "по" and (pos or word.lower() not in ("весну", "лето", "осень", "зиму")):
        return None  # only "по" and the accusative ends a range ("с весны 2022 по весну 2024 года"): "по весне" is not
    if word[0].isupper() and m.start() and not lead and not m["rel"]:
        before = text[: m.start()].rstrip()
        if before and before[-1] not in ".!?\n":
            return None  # "Весной" inside a sentence: a name or a title
    if m["y"]:
        return "DATE", f"{m['y']}-{season}", mod
    if dct is None:
        return "DATE", f"XXXX-{season}", mod
    if m["yrel"]:
        return "DATE", f"{dct.year + _ru_rel(m['yrel'])}-{season}", mod
    k = _ru_rel(m["rel"]) if m["rel"] else 0
    if k == 0 and season != "WI" and (m["rel"] or "").lower().startswith("эт") and _REPORTED_OPEN.search(
            text, max(0, m.start() - 16), m.start()):
        # "этим летом", "этой осенью" opening a reported clause: the DCT's year's season, whatever the saying's
        # verb ("рассказала, что уже этим летом театр покажет", written in May); a winter spans two years and
        # keeps the tense's reading below, as a season opening its own sentence ("Этой осенью школа набрала")
        return "DATE", f"{dct.year}-{season}", mod
    tense = None
    if k == 0:
        tense = (_ru_after_prep(m) or _ru_tense(text, m.start(), m.end()))[0]
    # "позапрошлой осенью" (k = -2) is the season a year before "прошлой осенью": the one before last
    return "DATE", f"{_season_year(season, dct, max(-1, min(1, k)), tense) + min(0, k + 1)}-{season}", mod


def _r_ru_this_year_part(m, text, dct):
    """ "с начала года", "к концу года", "до конца года": the year of the DCT, its start, end or middle; so "к концу
    недели", "с начала месяца" of the DCT's week and month (as English "the end of the week")."""
    mod = _RU_POSMOD[m["pos"].lower()[:3]]
    unit = m["unit"].lower()
    if unit == "недели":
        return "DATE", "XXXX-WXX" if dct is None else _week(dct), mod
    if unit == "месяца":
        return "DATE", "XXXX-XX" if dct is None else _month(dct.year, dct.month), mod
    return "DATE", "XXXX" if dct is None else str(dct.year), mod


def _r_ru_rel_unit(m, text, dct):
    """ "на прошлой неделе", "в этом месяце", "в следующем году", "прошлого года"."""
    k = _ru_rel(m["rel"])
    unit = m["unit"].lower()
    if unit.startswith("недел"):
        return "DATE", "XXXX-WXX" if dct is None else _week(dct + dt.timedelta(weeks=k)), ""
    if dct is None:
        return "DATE", "XXXX-XX" if unit.startswith("месяц") else "XXXX", ""
    if unit.startswith("месяц"):
        return "DATE", _month(*_add_months(dct.year, dct.month, k)), ""
    return "DATE", str(dct.year + k), ""


_RU_WEEKDAYS = {"понедельник": 1, "вторник": 2, "сред": 3, "четверг": 4, "пятниц": 5, "суббот": 6,
                "воскресен": 7}
_RU_WEEKDAY = (r"(?:понедельник[аиу]?|вторник[аиу]?|сред[уы]|четверг[аиу]?|пятниц[уы]|суббот[уы]"
               r"|воскресень[еяю])")
# "и" or "или" right after a weekday in the accusative (one look-behind a form: each must be of fixed width): "в
# субботу или воскресенье" says its preposition once for both, as "в субботу и воскресенье" does
_RU_WEEKDAY_AND = "(?:" + "|".join(f"(?<={w} )" for w in ("понедельник", "вторник", "среду", "четверг", "пятницу",
                                                          "субботу", "воскресенье")) + ")(?:или|и)"


# Verbs and participles of moving or setting a date ("перенесли", "отложил", "назначена", "запланировано",
# "сдвинули"): the "к" + weekday they govern is the new date, ahead of the act (see _r_ru_weekday)
_RU_RESCHEDULED = re.compile(r"(?<![а-яёА-ЯЁ])(?:[Пп]еренес|[Пп]еренёс|[Пп]еренос|[Оо]тлож|[Оо]тклад|[Нн]азнач|[Зз]апланир"
                             r"|[Нн]амеч|[Сс]двину|[Пп]ередвину|[Оо]тсроч)")


# the night before a day named after "на": "в ночь на субботу", "ночью с пятницы на субботу" (up to the "на",
# which the weekday's match holds); not a night a plan is set for ("перенесли на ночь на субботу", "на ночь с
# пятницы на субботу": the plan's "на" before the night, which looks ahead as "на субботу" does)
_RU_NIGHT_BEFORE = re.compile(r"(?<![а-яё])(?<!(?<![а-яё])на[ \t])ноч(?:ь|и|ью)[ \t]+(?:с[ \t]+[а-яё]+[ \t]+)?\Z",
                              re.I)
# ... and the night's first day after "с", the day before the one after "на" ("в ночь с пятницы на субботу"): the
# night, and whether a plan's "на" sets it ("перенесли на ночь с пятницы на субботу")
_RU_NIGHT_FROM = re.compile(r"(?<![а-яё])(?P<plan>(?<![а-яё])на[ \t]+)?ноч(?:ь|и|ью)[ \t]+\Z", re.I)
_RU_NIGHT_TO = re.compile(r"[ \t]+на[ \t]+" + _RU_WEEKDAY + r"(?![а-яё])")


def _r_ru_weekday(m, text, dct):
    """ "в понедельник", "во вторник вечером", "в прошлую пятницу", "до среды"; the second of two weekdays joined
    by "и" ("во вторник и среду") is the first one's next such day, and no date when the first is none ("отмечали
    пятницу и субботу как праздники": no preposition before the first)."""
    wd = next(v for k, v in _RU_WEEKDAYS.items() if m["wd"].startswith(k))
    if m["lead"][:1] == "и":
        first = _RU_FIRST_WEEKDAY.search(text, max(0, m.start() - 60), m.start())
        got = _r_ru_weekday(first, text, dct) if first else None
        if got is None:
            return None
        day = got[1][:10]
        if _DAY_VALUE.match(day):
            wd1 = next(v for k, v in _RU_WEEKDAYS.items() if first["wd"].startswith(k))
            day = (dt.date.fromisoformat(day) + dt.timedelta(days=(wd - wd1) % 7)).isoformat()
        else:
            day = f"XXXX-WXX-{wd}"
        if m["part"] or m["gpart"]:
            return "TIME", f"{day}T{_ru_part(m['part'] or m['gpart'])}", ""
        return "DATE", day, ""
    rel = ""
    if m["rel"]:
        k = _ru_rel(m["rel"])
        rel = "last" if k < 0 else "next" if k > 0 else ""
    tense = None
    if not rel and dct is not None:
        ahead = _ru_after_prep(m)
        if ahead and m["lead"].strip().lower() == "на" and "ноч" in text[max(0, m.start() - 30):m.start()] and \
                _RU_NIGHT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # "в ночь на субботу", "в ночь с пятницы на субботу": the night before that day, which the verb's tense
            # places ("эвакуировали в ночь на субботу": the last one), not a plan for the day as "на субботу" is
            ahead = None
        elif ahead and m["lead"].strip().lower() in ("с", "со") and "ноч" in text[max(0, m.start() - 12):m.start()] \
                and (night := _RU_NIGHT_FROM.search(text, max(0, m.start() - 12), m.start())) \
                and _RU_NIGHT_TO.match(text, m.end()):
            # ... and its first day, "с пятницы" there, is the day before, not a start the past holds as "с пятницы"
            # is: the verb's tense places it as the day after ("пройдёт в ночь с пятницы на субботу": the next
            # Friday), a plan's "на" before the night ahead
            ahead = ("future", True) if night["plan"] else None
        if ahead and m["lead"].strip().lower() in ("к", "ко"):
            # "Ко вторнику стенды были готовы": a day things were done by lies behind when a firm past verb says
            # they were, with no infinitive after it, whose plan may lie ahead ("Ко вторнику стенды будут готовы",
            # "Ко вторнику планировали закончить ремонт", "К пятнице решили подготовить доклад" stay ahead)
            # "Заседание перенесли к четвергу", "К четвергу была назначена встреча": a day an act moved or set
            # something to lies ahead whatever the act's tense (a verb of scheduling in the sentence keeps it so)
            said = _ru_tense(text, m.start(), m.end())
            if said == ("past", True):
                clause = _RU_CLAUSE_END.split(text[m.end():m.end() + 120], 1)[0]
                left = text[max(0, m.start() - 90):m.start()]
                left = _RU_CLAUSE_END.split(left)[-1]
                if not any(w[0] not in _RU_NOT_INFINITIVE for w in _RU_INFINITIVE.finditer(clause)) and not (
                        _RU_RESCHEDULED.search(left) or _RU_RESCHEDULED.search(clause)):
                    ahead = said
        tense = (ahead or _ru_tense(text, m.start(), m.end()))[0]
    # "в пятницу, 6 октября": the day of the month set beside it picks the weekday nearest the DCT that falls on it,
    # whatever the verb's tense ("прибыла в пятницу, 6 октября, и пробудет до среды")
    day = _RU_APPOSED_DAY.match(text, m.end()) if not m["part"] else None
    d = _weekday_date(text, m.start(), m.end(), dct, wd, rel, int(day["d"]) if day else None, tense=tense)
    base = d.isoformat() if d else f"XXXX-WXX-{wd}"
    if m["part"] or m["gpart"]:
        return "TIME", f"{base}T{_ru_part(m['part'] or m['gpart'])}", ""
    return "DATE", base, ""


# a day and month set beside a weekday: "в пятницу, 6 октября", "в пятницу 6 октября" (see _r_ru_weekday)
_RU_APPOSED_DAY = re.compile(rf",?\s+(?P<d>[1-9]|[12]\d|3[01])\s+{_RU_MONTH}{_RU_NOT_WORD}(?!\s*(?:1[89]|20)\d\d)")
# ... and the weekday right before such a day and month, for the date's year (see _r_month_day)
_RU_WEEKDAY_BEFORE = re.compile(r"(?<![а-яёА-ЯЁ\w-])(?:[Вв]о?|[Нн]а|[Кк]о?|[Дд]о|[Сс]о?)\s+(?P<wd>понедельник|вторник"
                                r"|сред[уы]|четверг|пятниц[уы]|суббот[уы]|воскресень[ея])\s*,?\s+\Z")

# the first of two weekdays joined by "и", right before the "и" (see _r_ru_weekday): its own preposition, or an "и"
# after a weekday before it ("в понедельник, вторник и среду" is left out: a comma joins no pair here)
_RU_FIRST_WEEKDAY = re.compile(
    rf"(?<![а-яёА-ЯЁ\w-])(?P<lead>(?:[Вв]о?|[Сс]о?|[Дд]о|[Кк]о?|[Нн]а|и)\s+)(?P<gpart>)(?:(?P<rel>{_RU_REL_RX})\s+)?"
    rf"(?P<wd>{_RU_WEEKDAY})(?P<part>)\s+\Z")


def _r_ru_shift(m, text, dct):
    """ "через два дня", "спустя год", "три года назад", "неделей ранее": from the DCT ("назад" always);
    :func:`_anchor` counts the others from the last explicit date of the same or the previous sentence."""
    n = _ru_num(m["n"]) if m["n"] else 1
    unit = _ru_unit(m["unit"])
    word = (m["dir"] or m["pre"]).lower()
    direction = -1 if word in ("назад", "ранее", "раньше") else 1
    if n is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", ""
    if unit in ("hour", "minute", "decade"):
        return None
    return _r_ago({"n": _fmt_num(n), "unit": unit + "s", "dir": "ago" if direction < 0 else "later", "mod": None},
                  text, dct)


def _r_ru_day_step(m, text, dct):
    """ "на следующий день", "в тот же день", "днём ранее": the day after, of, before the day last mentioned in
    the same or the previous sentence (see :func:`_anchor`), else the DCT's."""
    k = _ru_day_step(m[0])
    return "DATE", "XXXX-XX-XX" if dct is None else (dct + dt.timedelta(days=k)).isoformat(), ""


def _r_ru_same_unit(m, text, dct):
    """ "в том же году", "в том же месяце" ("в тот же год"): filled in by :func:`_anchor` as "that same year"
    (dropped when no date was named before)."""
    return "DATE", "XXXX" if (m["unit"] or m["unit_acc"]) in ("году", "год") else "XXXX-XX", ""


def _ru_day_step(t: str) -> int:
    t = t.lower()
    if "ранее" in t or "раньше" in t:
        return -1
    return 0 if "тот же" in t else 1


def _r_ru_duration(m, text, dct):
    n = _ru_num(m["n"]) if m["n"] not in ("несколько", "нескольких") else None
    if n is not None and m["half"]:
        n += 0.5
    unit = _ru_unit(m["unit"])
    mod = {"около": "APPROX", "примерно": "APPROX", "почти": "LESS_THAN", "менее": "LESS_THAN",
           "более": "MORE_THAN", "свыше": "MORE_THAN", "больше": "MORE_THAN", "меньше": "LESS_THAN"}.get(
        (m["mod"] or "").strip().lower(), "")
    return "DURATION", _duration(n, unit + "s"), mod


def _r_numeric_date(m, text, dct):
    """ "16.05.2024" (day first, Russian and European use), "16.05.2024 12:45"."""
    return _day_or_time(m, int(m["y"]), int(m["mo"]), int(m["d"]))


def _day_or_time(m, y: int, mo: int, d: int):
    """A numeric date's day ("2024-05-16"), or its time when ``m`` holds a valid one ("16.05.2024 12:45"); None for
    no such day."""
    if not 1 <= mo <= 12 or not _valid(y, mo, d):
        return None
    value = f"{y}-{mo:02d}-{d:02d}"
    if m["hh"]:
        tv = _time_value(value, m["hh"], m["mi"], None)
        if tv:
            return "TIME", tv, ""
    return "DATE", value, ""


# numeric dates with slashes: "03/12/24", "12/03/2024" (not a fraction "1/2", a score "3/12", "24/7", a path)
_SLASH_DATE = (r"(?=\d)(?<![\w.,/:-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:1[89]|20)\d\d|\d\d)"
               r"(?:,?\s+(?P<hh>[012]?\d):(?P<mi>[0-5]\d))?(?![\w%/]|[.,]\d)")
_SLASH_DATE_RX = re.compile(_SLASH_DATE)
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-Z]")
# A word that introduces a date right before three numbers with slashes ("on 3/12/24", "от 5/3/24")
_SLASH_DATE_BEFORE = re.compile(r"(?<!\w)(?:on|dated|from|since|until|till|by|through|before|after|date:?|от|до|с|по)"
                                r"[ \t]+\Z", re.I)


def _slash_is_date(m, text: str) -> bool:
    """Whether a match of :data:`_SLASH_DATE` is a date: with a two-digit year, three small numbers are as often a
    statistic ("scored 3/10/15", "seats 2/3/50"), so a day or month written with a leading zero ("03/12/24") or a
    word before that introduces a date ("on 3/12/24") must say it is one."""
    return (len(m["y"]) == 4 or m["a"][0] == "0" or m["b"][0] == "0"
            or _SLASH_DATE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None)


# the last text whose slash dates' order was asked and that order, as one pair (one text's dates are resolved
# together; a pair is read and replaced whole, whatever thread asks)
_SLASH_ORDER_OF: list[tuple[str | None, str]] = [(None, "")]
# days from the DCT within which the nearer reading of an English slash date that reads either way decides it
_SLASH_NEAR = 183


def _slash_order(text: str) -> str:
    """The order the slash dates of ``text`` that read only one way show: "dm" (day first: "25/03/2024"), "md"
    (month first: "03/25/2024"), or "" when none does or they disagree (an American date quoted in a British
    article)."""
    last = _SLASH_ORDER_OF[0]
    if last[0] is text:
        return last[1]
    orders = set()
    for m in _SLASH_DATE_RX.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if 1 <= min(a, b) <= 12 < max(a, b) <= 31 and _slash_is_date(m, text):
            orders.add("dm" if a > 12 else "md")
    order = orders.pop() if len(orders) == 1 else ""
    _SLASH_ORDER_OF[0] = (text, order)
    return order


# what numbers a document by its year and its number in that year: "Regulation (EU) 2023/24", "No. 2019/2020",
# "Постановление № 2023/24", read on the few characters before a split year (no year of a season there)
_DOC_NUMBER_BEFORE = re.compile(r"(?:[№#]|(?<![^\W\d_])(?:[Nn][or]|[Nn]um|[Nn]umber)\.?|\((?:EU|EC|EEC|ЕС)\)"
                                r"|(?<![^\W\d_])(?:Regulation|Directive|Decision|Resolution))\s*$")


def _r_split_year(m, text, dct):
    """ "2023/24", "2019/2020": a season, a fiscal or an academic year that spans two calendar years, by its first
    (the year it opens in); None unless the second is the next year, or after a document's number sign or kind
    ("No. 2023/24", "Regulation (EU) 2023/24": the 24th act of 2023)."""
    y, y2 = int(m["y"]), m["y2"]
    if (int(y2) if len(y2) == 4 else y // 100 * 100 + int(y2) + (100 if int(y2) < y % 100 else 0)) != y + 1:
        return None
    if _DOC_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return "DATE", m["y"], ""


def _r_year_span(m, text, dct):
    """One end of a span of years by a dash ("2019-2020", "1939–1945"): the year, when the second is later than the
    first by less than a century and no document's number sign or kind stands before the first ("No. 2019-2020")."""
    if m["to"] is not None and m.start("to") == m.start():  # the second end: the first is the five characters before
        first, second, at = int(text[m.start() - 5 : m.start() - 1]), int(m["y"]), m.start() - 5
    else:
        first, second, at = int(m["y"]), int(text[m.end() + 1 : m.end() + 5]), m.start()
    if not first < second < first + 100 or _DOC_NUMBER_BEFORE.search(text, max(0, at - 12), at):
        return None
    return "DATE", m["y"] if m["y"] else str(second), ""


def _r_slash_date(m, text, dct):
    """ "03/12/24", "12/03/2024": whichever order is the only valid one ("25/03/2024", "03/25/2024"); else (both
    numbers 12 or less) the order the article's other slash dates show (:func:`_slash_order`), else day first in
    Russian (mostly Cyrillic letters around it), else the reading nearer the DCT, the nearer of those not after it
    when one is not (news mostly reports what happened; British, Indian and Australian outlets and many sites'
    "Posted 05/06/2024" write the day first, American ones the month: the DCT tells "adjourned until 10/12/24"
    written on 11 December from October 12), but only within half a year of it (further off it says nothing: a
    birth date); month first, English use, otherwise. A two-digit year is of the century that puts it nearer the
    DCT, and must be said to be a date's (:func:`_slash_is_date`)."""
    if not _slash_is_date(m, text):
        return None
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    if len(y) == 2:
        ref = dct.year if dct is not None else 2000
        y = str(min((1900 + int(y), 2000 + int(y)), key=lambda c: abs(c - ref)))
    year = int(y)
    if a > 12 or b > 12 or a == b:
        day_first = a > 12
    elif order := _slash_order(text):
        day_first = order == "dm"
    # Russian text around it, not a Russian word quoted in English (more Cyrillic letters than Latin ones)
    elif len(_CYRILLIC.findall(near := text[max(0, m.start() - 200):m.end() + 200])) > len(_LATIN.findall(near)):
        day_first = True
    else:
        day_first = False
        if dct is not None and _valid(year, a, b) and _valid(year, b, a):
            month_first, day_first_date = dt.date(year, a, b), dt.date(year, b, a)
            past = [x for x in (month_first, day_first_date) if x <= dct]
            best = max(past) if past else min(month_first, day_first_date)
            day_first = best == day_first_date and abs((best - dct).days) <= _SLASH_NEAR
    mo, d = (b, a) if day_first else (a, b)
    return _day_or_time(m, year, mo, d)


# --------------------------------------------------------------------------------------------------
# Patterns. Order matters only for ties: longer matches win, then the earlier rule.
# --------------------------------------------------------------------------------------------------

_B = r"(?<![\w$€£#.,-])"  # not glued to a word, a currency sign or a number
_E = r"(?![\w%-]|[.,]\d)"  # not followed by more word, a percent sign or more digits
# ... or the second end of a day range glued to a day by a hyphen: "16-17 May", "May 30-June 2". The rules that
# use it open with a test of their first character, which turns most positions away before the look-behinds.
_B_RANGE = r"(?<![\w$€£#.,])(?:(?<!-)|(?<=(?<![\w.,/:-])\d-)|(?<=(?<![\w.,/:-])\d\d-))"
# a.m./p.m. in any case, with or without dots ("4:31 PM", "5pm", "10 A.M.")
_AMPM = r"(?:[ap]\.m\.?|[AP]\.M\.?|[AaPp][Mm](?!\w))"
_TIME_SUFFIX = (r"(?:(?:\s*[|,]{1,2}\s*|\s+at\s+|\s+)(?P<hh>[012]?\d):(?P<mi>[0-5]\d)(?:\s*(?P<ampm>" + _AMPM
                + r"))?)?")
_PART = r"(?P<part>morning|afternoon|evening|night)"
# "or so" after an amount or a period makes it approximate (mod APPROX): "a week or so", "the next year or so"
_OR_SO = r"(?P<orso>\s+or\s+so(?![\w-]))?"
# Time zones after a clock time: abbreviations, "local time", "Moscow time", "по московскому времени".
_ZONE_ABBR = ("GMT", "UTC", "BST", "CEST", "CET", "EEST", "EET", "MSK", "МСК", "EST", "EDT", "CST", "CDT", "MST",
              "MDT", "PST", "PDT", "ET", "PT", "JST", "HKT", "SGT", "AEST", "AEDT")
_ZONE = (r"(?:(?:" + "|".join(_ZONE_ABBR) + r")(?![\w-])|(?:[Ll]ocal|[A-Z][a-z]+)\s+[Tt]ime(?![\w-])"
         r"|по\s+(?:[а-яё]+ому\s+времени|Гринвичу|Москве)(?![\w-])|мск(?![\w-]))")

Rule = tuple[re.Pattern, Callable]

def _r_numbered_week(m, text, dct):
    """ "week 12 of 2025", "the 12th week of the year", "на 12-й неделе 2025 года": the ISO week of the year named,
    or of the DCT's year ("of the year", "года"); a week number the year does not have is none. "Of the year" after
    another year named earlier in its sentence ("In 2019 the outbreak peaked in week 12 of the year", "Last year
    ...") may be that year or every year: not read as a week (the year alone is, as before)."""
    n = int(m["n"] or m["n2"])
    year = int(m["y"]) if m["y"] else None if dct is None else dct.year
    if year is None:
        return "DATE", f"XXXX-W{n:02d}", ""
    if not m["y"]:
        left = text[max(0, m.start() - 200) : m.start()]
        cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("! "), left.rfind("? "))
        if (any(int(y[0]) != year for y in _YEAR_DIGITS_19_20.finditer(left, cut + 1))
                or _OTHER_YEAR_WORDS.search(left, cut + 1)):
            return None
    try:
        dt.date.fromisocalendar(year, n, 1)
    except ValueError:
        return None
    return "DATE", f"{year}-W{n:02d}", ""


# "чтобы", "бы" before a Russian expression: a past verb form after them is a wish or a condition (see
# _r_ru_ahead_period_part)
_RU_SUBJUNCTIVE = re.compile(r"(?<![а-яёА-ЯЁ])(?:[Чч]тобы|бы)(?![а-яёА-ЯЁ])")
# a year other than the DCT's named by a word: "last year", "в прошлом году", "next year" (see _r_numbered_week)
_OTHER_YEAR_WORDS = re.compile(r"(?i)(?<![\w-])(?:(?:last|next|previous|that)\s+year|(?:прошл|следующ|позапрошл|будущ)"
                               r"[а-яё]*\s+год)")
_YEAR_DIGITS_19_20 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _r_ru_ahead_period_part(m, text, dct):
    """ "к концу десятилетия", "до конца десятилетия", "к середине века": a point ahead in the DCT's own decade or
    century ("202", "20"), with its part as the mod, as English "by the end of the decade" is read."""
    mod = _RU_POSMOD[m["pos"].lower()[:3]]
    if (dct is not None and not _RU_SUBJUNCTIVE.search(text, max(0, m.start() - 40), m.start())
            and _ru_tense(text, m.start(), m.end())[0] == "past"):
        # "В 1995 году завод закрыли, а к концу десятилетия снесли", "В XIX веке ... К середине века экспедиции
        # стали регулярными": under a past verb the decade or century is one the story told of, not the DCT's; a
        # past form after "чтобы"/"бы" is no past ("хотим, чтобы к концу десятилетия центр стал ведущим")
        return None
    if dct is None:
        return "DATE", "XXX" if m["unit"] == "десятилетия" else "XX", mod
    return "DATE", str(dct.year)[:3] if m["unit"] == "десятилетия" else str(dct.year)[:2], mod


_RULES: list[tuple[str, Callable]] = [
    # ISO 8601: 2023-07-10, 2022-12-21T09:39, 2022-12-21 09:39, 2024-06-29T01:12:44.5+08:00 (the UTC offset or
    # "Z" belongs to the timestamp: left out, it would be read as a clock time of its own)
    (_B + r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>[012]\d):(?P<mi>[0-5]\d)"
     r"(?::(?P<ss>[0-5]\d)(?:[.,]\d+)?)?(?:Z|[+-][01]\d(?::?[0-5]\d)?)?)?" + _E,
     _r_iso),
    # Month-day(-year): "September 16, 2022", "Sept. 16", "Tuesday, March 21, 2023 | 08:50", "late November 4"
    (r"(?=[A-Zelmt])" + _B_RANGE + rf"(?P<pm>{_POSMOD})?(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})"
     r"(?:st|nd|rd|th)?(?!\d)"
     r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)(?!\d)|\s+(?P<dyrel>this|last|next)\s+year(?![\w'’-]))?" + _TIME_SUFFIX
     + r"(?P<y2>)" + r"(?!\w|[.,:]\d)", _r_month_day),
    # Day-month(-year): "16 September", "16th of September 2022", "21 декабря 2022,, 09:39"
    (r"(?=[\dMTWFS])" + _B_RANGE + rf"(?P<pm>)(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
     rf"(?P<mon>{_MONTH}|{_RU_MONTH}|{_RU_ABBR_MONTH})"
     r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)(?!\d)(?:\s*(?:г\.|года|году)(?![\w-]))?"
     r"|\s+(?P<dyrel>this|last|next)\s+year(?![\w'’-]))?" + _TIME_SUFFIX + r"(?P<y2>)" + r"(?!\w|[.,:]\d)", _r_month_day),
    # Month year: "February 2022", "March of 1998", "early June 1999"
    (_B + rf"(?P<pm>{_POSMOD})?(?P<rel>)(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)" + _E, _r_month),
    # Month with a relative year: "February this year", "July last year"
    (_B + rf"(?P<pm>{_POSMOD})?(?P<rel>)(?P<mon>{_FULL_MONTH}|{_ABBR_MONTH})(?:\s+of)?\s+(?P<yrel>this|last|next)\s+year"
     r"(?P<y>)(?![\w-])", _r_month),
    # Bare month: "last March", "in January", "late November" (May only where it cannot be the verb)
    # (each rule's look-ahead before its look-behind names the first letters its matches can start with: one class
    # test turns away most positions, as _first_of's do)
    (r"(?=[LlNnTtelmJFMASOND])"
     r"(?<![\w-])(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?)\s+|(?P<pm>" + _POSMOD + r"))?"
     r"(?P<mon>January|February|March|April|June|July|August|September|October|November|December)(?P<y>)"
     r"(?![\w-]|\s+\d)", _r_month),
    (r"(?<![\w-])(?P<lead>(?:in|since|until|by|of|during|from|through|before|after|to|In|Since|Until|By)\s+)"
     r"(?P<rel>)(?P<pm>)(?P<mon>May)(?P<y>)(?![\w-]|\s+\d)", _r_month),
    (r"(?<![\w-])(?:(?P<rel>last|next|this)\s+|(?P<pm>early|late|mid-?)\s*)(?P<mon>May)(?P<y>)(?![\w-]|\s+\d)",
     _r_month),
    # May before a noun, after a determiner: "their May summit", "the May elections" (not "the May government")
    (r"(?<![\w-])(?P<lead>(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur)\s+)(?P<rel>)(?P<pm>)(?P<mon>May)(?P<y>)"
     r"(?=\s+(?!(?:government|administration|cabinet|ministry|premiership|era|years)\b)[a-z]{3,})", _r_month),
    # Weekdays: "Friday", "this Monday (10)", "last Wednesday", "Thursday evening", "Saturday at 10:30"
    # (in the plural a set: "on Mondays", "Tuesday nights")
    (r"(?=[TtLlNnMWFS])"
     r"(?<![\w-])(?:(?P<rel>[Tt]his(?:\s+(?:coming|past))?|[Tt]he\s+coming|[Ll]ast|[Nn]ext)\s+)?"
     r"(?P<wd>" + _WEEKDAY + r")(?P<pl>s)?"
     r"(?:\s*\((?P<pd>\d{1,2})\))?(?:\s+" + _PART + r"(?P<pl2>s)?|\s+at\s+(?P<hh>[012]?\d)(?::(?P<mi>[0-5]\d))?"
     r"\s*(?P<ampm>" + _AMPM + r")?)?(?!\w)", _r_weekday),
    # today, yesterday, tomorrow (+ part of day), tonight
    (r"(?<![\w-])(?P<pm>)(?P<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?:\s+" + _PART + r")?(?![\w-])",
     _r_deictic),
    (r"(?<![\w-])(?P<pm>(?:[Ee]arly|[Ll]ate)\s+)(?P<w>today|yesterday|tomorrow)(?:\s+" + _PART + r")?"
     r"(?![\w-])", _r_deictic),
    (r"(?<![\w-])(?P<rel>[Tt]his|[Ll]ast)\s+" + _PART + r"(?![\w-])", _r_this_part),
    # the part of the day before its day: "at mid-afternoon yesterday", "late evening today"
    (r"(?<![\w-])(?P<pm>(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?" + _PART + r"\s+(?P<w>yesterday|today|tomorrow)(?![\w-])",
     _r_deictic),
    # this/last/next week, month, year, quarter, weekend
    (r"(?=[EeLlMmNnTt])"
     r"(?<![\w-])(?P<pm>(?:[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]he\s+(?:end|beginning|start|middle)\s+of)\s*)?"
     r"(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+(?:current|coming|present|previous|past|last|following|preceding)"
     r"|[Tt]he\s+next)\s+(?:fiscal\s+(?=year|quarter))?"
     r"(?P<unit>week|weekend|month|year|quarter)(?![\w-])" + _OR_SO, _r_rel_unit),
    (r"(?<![\w-])(?P<pm>" + _POSMOD + r")?(?P<rel>[Tt]he)\s+(?:full\s+|fiscal\s+)?(?P<unit>year)"
     r"(?![\w-]|\s+(?:two|nineteen|\d))",
     _r_rel_unit),
    # ... "the month", "the week" only with their part: "by the end of the month" (the DCT's; "the month" alone
    # is as often one named before)
    (r"(?<![\w-])(?P<pm>[Tt]he\s+(?:end|beginning|start|middle)\s+of\s+)(?P<rel>the)\s+(?P<unit>month|week)(?![\w-])",
     _r_rel_unit),
    (r"(?<![\w-])(?P<pm>)(?P<rel>[Tt]he)\s+(?P<unit>weekend)(?![\w-])",
     lambda m, text, dct: _r_rel_unit_weekend(m, text, dct)),
    # ago / earlier / later: "two years ago", "a year earlier", "almost four years ago"
    (r"(?<![\w-])(?P<mod>" + _MOD + r")?(?P<n>" + _NUM + r")\s+(?P<unit>" + _UNIT + r")\s+(?P<ahalf>and\s+a\s+half\s+)?"
     r"(?P<orso>or\s+so\s+)?(?P<dir>ago|earlier|later)(?![\w-])", _r_ago),
    # durations: "four and a half hours", "the last ten years", "more than a decade", "75 years"
    (r"(?<![\w-])(?P<mod>" + _MOD + r")?(?:(?P<the>[Tt]he)\s+(?:(?:last|past|next|first|coming|previous|final"
     r"|following|latest|Last|Past|Next|First)\s+)?)?(?P<n>couple\s+of|" + _NUM + r")\s+(?:(?:more|additional|straight"
     r"|consecutive|full|long|trading|business|working)\s+)?(?P<unit>" + _UNIT + r")(?![\w-])"
     r"(?P<ahalf>\s+and\s+a\s+half(?![\w-]))?" + _OR_SO, _r_duration),
    # a span named by a time noun with its length as an adjective: "a three-year period", "a 10-day span" (the
    # noun is time itself, unlike "a two-day visit" or "a six-year term", which stay untagged: see
    # _r_adjective_duration)
    (r"(?<![\w-])(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<n>\d{1,3}(?:\.\d+)?|" + _first_of(*_SMALL, *_TENS)
     + r"(?i:" + _WORDNUM_CARDINAL + r"))[- ](?P<unit>second|minute|hour|day|week|month|quarter|year|decade|century)\s+(?:period|span|stretch|spell)"
     r"(?![\w-])", _r_period_noun),
    # vague plural units: "recent weeks", "the last years", "the past few months", "the coming days"
    (r"(?<![\w-])(?P<mod>)(?:(?:[Tt]he\s+)?(?P<rel>last|past|coming|next|Last|Past)|(?P<rel2>[Rr]ecent))\s+"
     r"(?P<few>(?:few|several)\s+)?(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s|centuries)"
     r"(?![\w-])", _r_vague_units),
    # ... and "the weeks ahead", "the few days ahead": as "the coming weeks" (PXW)
    (r"(?<![\w-])(?P<mod>)[Tt]he\s+(?P<rel>)(?P<rel2>)(?P<few>(?:few|several)\s+)?"
     r"(?P<unit>days|weeks|months|years|decades)\s+ahead(?![\w-]|\s+of\b)", _r_vague_units),
    # bare plural units: "weeks after", "months of delays"
    (r"(?=[hdwmyc])(?<![\w$%-])(?<!\d\s)(?P<unit>hours|days|weeks|months|years|decades|centuries)(?![\w-])",
     _r_bare_units),
    # the current decade: "by the end of the decade", "this decade" (not "the past decade", a span, see below)
    (r"(?<![\w-])(?:(?P<pm>" + _POSMOD + r")(?:[Tt]he|this)|(?P<this>[Tt]his))\s+decade(?![\w-])", _r_this_decade),
    # decades: "the 1990s", "the late 1970s", "the '90s", "mid-1990s"
    (r"(?<![\w-])(?:[Tt]he\s+)?(?P<pm>" + _POSMOD + r")?(?P<y>(?:1[89]|20)\d0|(?<=')\d0)s(?![\w-])", _r_decade),
    (r"(?<![\w-])(?:[Tt]he\s+)?(?P<pm>" + _POSMOD + r")?'(?P<y>\d0)s(?![\w-])", _r_decade),
    # ... in words: "the nineties", "the late sixties", "the nineteen-eighties" ("the" is needed: "in his sixties"
    # is an age; "in the nineties" followed by "degrees" a temperature)
    (r"(?<![\w-])[Tt]he\s+(?P<pm>" + _POSMOD + r")?(?P<c>(?i:eighteen|nineteen|twenty)[- ])?"
     r"(?P<w>(?i:" + "|".join(_DECADE_WORDS) + r"))(?![\w-]|\s+degrees)", _r_decade_word),
    # quarters and halves: "the third quarter", "third-quarter", "the first half of 1990"
    (r"(?<![\w-])(?:[Tt]he\s+)?(?:fiscal\s+)?(?P<q>(?i:first|second|third|fourth)|1st|2nd|3rd|4th"
     r"|last(?=[- ](?:quarter|half)\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d))[- ]"
     r"(?P<kind>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d))?(?![\w-])", _r_quarter),
    (r"(?<![\w-])[Tt]he\s+(?:(?:latest|current|recent|just-ended)\s+)?quarter(?![\w-])"
     r"|(?<![\w-])[Tt]he\s+latest\s+period(?![\w-])", _r_the_quarter),
    # a year's quarter or period, as earnings reports compare them: "the 1988 third quarter", "the 1988 period"
    (r"(?<![\w-])[Tt]he\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:(?P<q>first|second|third|fourth"
     r"|1st|2nd|3rd|4th)[- ])?(?P<kind>quarter|half|period)(?![\w-])", _r_year_period),
    # a fiscal year across two calendar years: "the financial year 2023-24", "the 2023/24 fiscal year"
    (r"(?<![\w-])(?:[Tt]he\s+)?(?P<fy>(?:fiscal|financial)\s+year\s+)?" + _SPLIT_YEAR
     + r"(?(fy)|\s+(?:fiscal|financial)\s+year)(?![\w-])", _r_split_fiscal_year),
    # a fiscal year by its abbreviation: "FY2024", "FY 2024", "FY24" (as "fiscal 2024": the year; the year rule's
    # look-behind keeps "2024" glued to "FY" out); "FY2023/24" is left alone
    (r"(?<![\w-])FY\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\w%/-]|[.,]\d)", _r_fiscal_abbr),
    # seasons: "the autumn", "last summer", "winter 2021" (not "Winter Olympics")
    (r"(?<![\w-])(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he(?:\s+(?:following|previous|preceding))?|[Tt]his\s+past)\s+"
     r"|(?P<pm>early|late|mid-?)\s*)"
     r"(?P<s>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Winter)(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)"
     r"|\s+of\s+(?P<syrel>this|last|next)\s+year(?![\w'’-]))?"
     r"(?![\w-]|\s+(?:Olympics?|Games|Palace|[A-Z]))", _r_season),
    (r"(?<![\w-])(?P<rel>)(?P<pm>)(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?"
     r"(?P<y>(?:19|20)\d\d)(?![\w-])", _r_season),
    # a winter named by the two years it spans: "the 2024-25 winter", "winter of 2023/24"
    (r"(?<![\w-])(?:[Tt]he\s+)?(?:(?P<w>[Ww]inter)\s+(?:of\s+)?)?" + _SPLIT_YEAR + r"(?(w)|\s+winter)(?![\w-])",
     _r_split_winter),
    # clock times: "08:50", "10:35 a.m.", "6 p.m.", "noon", with a time zone ("14:00 GMT", "11 a.m. ET", "в 14:00 по
    # московскому времени"; the value is the local time, as TimeBank's "5 p.m. EST"); not a UTC offset ("+08:00",
    # "UTC-05:00")
    (r"(?<![\w:.,$+-])(?P<mod>" + _MOD + r")?(?P<hh>[012]?\d):(?P<mi>[0-5]\d)(?:\s*(?P<ampm>" + _AMPM + r"))?"
     r"(?:\s*" + _ZONE + r")?(?![\w:]|[.,]\d)", _r_time),
    # (British style puts a full stop between the hours and the minutes: "at 1.30pm")
    (r"(?<![\w:.,$-])(?P<mod>" + _MOD + r")?(?P<hh>1[0-2]|0?\d)(?:\.(?=[0-5]\d\s*[AaPp]))?(?P<mi>(?<=\.)[0-5]\d|)"
     r"\s*(?P<ampm>" + _AMPM + r")(?:\s*" + _ZONE + r")?(?!\w)", _r_time),
    # four digits are a clock time only with a zone ("0200 GMT", "at 1900 Moscow time"), else a year or a number
    (r"(?=[012]\d[0-5]\d\s)(?<![\w:.,$€£#/+-])(?P<mod>)(?P<hh>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<ampm>)\s*"
     + _ZONE + r"(?![\w:]|[.,]\d)", _r_time),
    (r"(?<![\w-])(?:noon|midnight|midday)(?![\w-])", _r_noon),
    # ... in Russian: "в полдень", "около полудня", "к полудню", "в полночь", "до полуночи" (not "после полудня", the
    # afternoon; the day named before in the sentence is theirs, as for a bare clock time: see _anchor)
    (r"(?<![а-яёА-ЯЁ\w-])(?P<lead>(?:[Вв]|[Оо]коло|[Кк]|[Дд]о|[Кк]\s+[Сс]ередине)\s+)?(?P<w>полдень|полудня|полудню"
     r"|полночь|полуночи)(?![а-яёА-ЯЁ\w-])", _r_ru_noon),
    # the end of the year: "by year-end", "since year end", "by year's end" (not "year-end results")
    (r"(?<![\w-])(?P<lead>(?:[Bb]y|[Aa]t|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Aa]round|[Nn]ear|[Tt]hrough|[Tt]o)\s+)?"
     r"(?:[Yy]ear[- ]end|[Yy]ear's\s+end)(?![\w-]|\s+(?-i:[a-z]))", _r_year_end),
    # noon or midnight with its day: "at noon Thursday", "midnight on Friday"
    (r"(?<![\w-])(?P<w>noon|midnight|midday)\s+(?:on\s+)?(?P<wd>" + _WEEKDAY + r"|today|yesterday|tomorrow)(?![\w-])",
     _r_noon_day),
    # clock time with its day: "9 a.m. Tuesday", "4 a.m. EDT Thursday", "10 p.m. yesterday", "1.30pm on Monday"
    (r"(?<![\w:.,$-])(?P<mod>)(?P<hh>1[0-2]|0?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>" + _AMPM + r")\s*(?:[A-Z]{2,4}\s*)?,?"
     r"\s*(?:on\s+)?(?P<wd>" + _WEEKDAY + r"|today|yesterday|tomorrow)(?![\w-])", _r_time_day),
    # sets: "every year", "each Thursday", "daily"
    (r"(?<![\w-])(?:[Ee]very|[Ee]ach)\s+(?P<w>day|week|month|year|quarter|hour|" + _WEEKDAY[3:-1]
     + r"|morning|afternoon|evening|night|" + _FULL_MONTH[3:-1] + r")(?![\w-])", _r_set),
    (r"(?<![\w-])(?:daily|weekly|monthly|yearly|annually|hourly|nightly)(?![\w-])", _r_set_adv),
    # holidays with a fixed or computable date: "Christmas", "Thanksgiving Day", "New Year's Eve"
    (r"(?<![\w-])(?P<h>Christmas(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+[Dd]ay)?|New\s+Year's(?:\s+(?:Day|Eve))?"
     r"|Halloween|Independence\s+Day)(?!\w|\s+(?:tree|card|present|gift|shopping|season|party|message|[A-Z]))",
     _r_holiday),
    # spoken years (broadcast transcripts): "nineteen ninety-six", "the year two thousand"
    # ... with a month or a season: "January nineteen ninety-seven", "the winter of nineteen ninety-four"
    (r"(?<![\w-])(?:[Tt]he\s+year\s+|(?P<mon>" + _FULL_MONTH + r")\s+(?:of\s+)?|(?:[Tt]he\s+)?(?P<s>[Ss]pring|[Ss]ummer"
     r"|[Aa]utumn|[Ff]all|[Ww]inter)\s+of\s+)?"
     r"(?P<y>(?:nineteen|eighteen|twenty)[- ](?:(?:twenty|thirty|forty|fifty|sixty"
     r"|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve"
     r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|two\s+thousand(?:\s+and)?"
     r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-]|\s+years?\b)", _r_spoken_year),
    # vague references
    (r"(?<![\w-])(?:[Nn]ow|[Cc]urrently|[Nn]owadays|[Tt]hese\s+days|at\s+present)(?![\w-])", _r_ref("PRESENT_REF")),
    (r"(?<![\w-])(?:[Rr]ecently|[Tt]he\s+past|[Ii]n\s+the\s+past)(?![\w-])", _r_ref("PAST_REF")),
    # ... not "the future of" something, its prospects: a topic, not a time ("talks on the future of Syria")
    (r"(?<![\w-])(?:[Tt]he\s+(?:near\s+|distant\s+)?future)(?![\w-]|\s+of\b)", _r_ref("FUTURE_REF")),
    (r"(?<![\w-])[Yy]ear-(?:earlier|ago)(?![\w-])", _r_year_earlier),
    (r"(?<![\w-])(?:[Tt]he\s+)?(?:comparable\s+|same\s+)?(?:year-earlier|year-ago)\s+(?:(?P<q>first|second|third"
     r"|fourth)[- ])?(?:quarter|period)(?![\w-])", _r_year_earlier),
    # the same period a year before: "the corresponding period last year", "last year's quarter", "the quarter a
    # year ago" (one period, not "the quarter" of now and "a year ago")
    (r"(?<![\w-])(?:(?:[Tt]he\s+)?(?:same\s+|corresponding\s+|comparable\s+)?(?:quarter|period)\s+(?:of\s+)?last\s+year"
     r"|[Ll]ast\s+year's\s+(?:quarter|period)"
     r"|[Tt]he\s+(?:same\s+|corresponding\s+|comparable\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier))(?![\w-])",
     _r_year_earlier),
    (r"(?<![\w-])(?P<yrel>[Tt]his|[Ll]ast|[Nn]ext)\s+year's\s+(?P<q>first|second|third|fourth)[- ](?P<kind>quarter|half)"
     r"(?P<y>)(?![\w-])", _r_quarter),
    # years: "2013", "in 1969", "fiscal 1989", "early 1990"
    (r"(?=[elmtf12])"
     r"(?<![\w$€£#.,:/-])(?P<pm>" + _POSMOD + r")?(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)"
     r"(?![\w%/-]|[.,:]\d|\s*(?:percent|per\s+cent|billion|million|thousand|trillion|people|troops|soldiers"
     r"|km|kilomet|miles|meters|metres|feet|tons|tonnes|dollars|euros|yuan|rubles|units|points|times|hours"
     r"|minutes|days)\b)", _r_year),
    (r"(?<![\w-])(?P<lead>(?:in|In|since|Since|until|by|of|from|to|during|before|after)\s+)(?P<pm>)(?P<y>1[0-8]\d\d)(?![\w%/-]|[.,]\d)",
     _r_year),
    # "the past decade", "the last century": the span up to now, as TimeML reads "the past ten years"
    (r"(?<![\w-])[Tt]he\s+(?:past|last|previous|next|coming)\s+(?P<n>)(?P<unit>decade|century)(?![\w-])",
     _r_adjective_duration),
    # centuries by their ordinal: "the 20th century" (19), "an 11th-century temple" (10), "the mid-nineteenth century"
    (r"(?<![\w-])(?:[Tt]he\s+)?(?P<pm>" + _POSMOD + r")?(?P<n>\d{1,2}(?:st|nd|rd|th)|" + _ORDINAL_WORDS
     + r")[- ][Cc]entury(?![\w-])", _r_century),
    # a period named before ("in 1988 ... that year", "in June 1998 ... later that year", "that same day")
    (r"(?<![\w-])(?P<lead>(?:[Ll]ater|[Ee]arlier|[Oo]n|[Ii]n|[Dd]uring|[Ff]or|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Aa]t"
     r"|[Tt]hroughout)\s+)?[Tt]hat\s+(?P<same>same\s+)?(?P<unit>year|month|week|day|morning|afternoon|evening|night)"
     r"(?![\w-])", _r_that_unit),
    # ... "on the same day", "later the same year" (not a comparison: "the same day as the vote", "the same day that",
    # "the same day of the week", "the same week last year")
    (r"(?<![\w-])(?P<lead>(?:[Ll]ater|[Ee]arlier|[Oo]n|[Ii]n|[Dd]uring|[Bb]y)\s+)[Tt]he\s+(?P<same>same\s+)"
     r"(?P<unit>year|month|week|day)(?![\w-]|\s+(?:as|that|when|of|last|a|next)\b)", _r_that_unit),
    # quarters in business shorthand: "Q1 2024", "Q3'23", "in Q3"
    (r"(?<![\w-])Q(?P<q>[1-4])(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)|\s*'(?P<yy>\d\d))?(?![\w-])",
     _r_quarter_code),
    # halves in business shorthand, with their year and a preposition before them: "in H1 2024", "for 2H'23" (a
    # bare "H2" is as often hydrogen: "the green H2 2030 strategy")
    (r"(?<![\w-])(?P<lead>(?:[Ii]n|[Ff]or|[Dd]uring|[Bb]y|[Ss]ince|[Ff]rom|[Tt]o|[Oo]f|[Tt]hrough|[Uu]ntil)\s+)"
     r"(?:H(?P<q>[12])|(?P<q2>[12])H)(?:\s+(?P<y>(?:19|20)\d\d)|\s*'(?P<yy>\d\d))(?![\w-])", _r_half_code),
    (r"(?<![\w-])(?:[Tt]he\s+)?(?P<m1>January|April|July|October)[-\u2013]"
     r"(?P<m2>March|June|September|December)\s+(?:quarter|period)(?:\s+of\s+(?P<y>(?:19|20)\d\d))?(?![\w-])",
     _r_month_range_quarter),
    # a day relative to the one last mentioned: "the day before", "the next day" (not "the day before
    # yesterday", "the day after the vote": those name their own reference)
    (r"(?<![\w-])[Tt]he\s+(?:(?:next|following|previous|preceding)\s+day|day\s+(?:before|after)"
     r"(?!\s+(?:yesterday|tomorrow|the|a|an|his|her|its|their|our|this|that|last|next|he|she|it|they|we|I|you"
     r"|[A-Z0-9]|\w+ing\b)))(?![\w-])", _r_day_relative),
    # a weekday relative to the day last mentioned: "the previous Friday", "the following Monday"
    (r"(?<![\w-])[Tt]he\s+(?P<dir>previous|preceding|following)\s+(?P<wd>" + _WEEKDAY + r")(?![\w-])",
     _r_weekday_step),
    # day-first numeric dates, in Russian and European use: "16.05.2024" (not "1.2.3", "3.5", "1.250.000")
    (r"(?=\d)(?<![\w.,/:-])(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>(?:1[89]|20)\d\d)(?:\s*(?:г\.|года))?"
     r"(?:,?\s+(?:в\s+)?(?P<hh>[012]?\d):(?P<mi>[0-5]\d))?(?![\w%]|[.,]\d)", _r_numeric_date),
    # numeric dates with slashes: "03/12/24", "12/03/2024" (not a fraction "1/2", a score "3/12", "24/7", a path)
    (_SLASH_DATE, _r_slash_date),
    # a marketing, fiscal or academic year across two calendar years: "the 2023/24 season", "в 2023/24 учебном году",
    # "2019/2020" (the next year only: "2023/25", a path "/2023/24/", a fraction are no such year)
    # ... joined to "сезон" by a hyphen, as the Russian sports press writes it ("в сезоне-2023/24", "сезона-2018/19")
    (r"(?=[12])(?:(?<![\w.,/:-])|(?<=[Сс]езон-)|(?<=[Сс]езона-)|(?<=[Сс]езоне-)|(?<=[Сс]езону-)|(?<=[Сс]езоном-))"
     r"(?P<y>(?:19|20)\d\d)/(?P<y2>(?:19|20)?\d\d)(?![\w%/]|[.,]\d)", _r_split_year),
    # ... by a dash and two digits: "in 2019-20", "the 2019–20 season" (as "2019/20": the year it opens in)
    (r"(?=[12])(?<![\w.,/:-])(?P<y>(?:19|20)\d\d)[-–](?P<y2>\d\d)(?![\w%/-]|[.,:]\d)", _r_split_year),
    # both ends of a span of years by a dash: "in 2019-2020", "the 1939–1945 war" (as "в 2019–2020 годах": each
    # year an expression; a later second year, not a document's number "No. 2019-2020")
    (r"(?=[12])(?<![\w$€£#.,:/-])(?P<y>(?:19|20)\d\d)(?P<to>)(?=[-–—](?:19|20)\d\d(?![\w%/-]|[.,:]\d))", _r_year_span),
    (r"(?<=\d[-–—])(?<![\w$€£#.,:/-]\d{4}[-–—])(?<=(?:19|20)\d\d[-–—])(?P<to>)(?P<y>(?:19|20)\d\d)"
     r"(?![\w%/-]|[.,:]\d)", _r_year_span),
    # Russian (see _ru_tense): "в марте 2023 г.", "в начале марта", "в апреле", "в марте прошлого года"
    (rf"{_RU_B_RANGE}(?P<lead>)(?:(?P<pos>{_RU_POS})\s+)?(?<!\d\s)(?P<mon>{_RU_MONTH_ANY})\s+(?P<y>(?:1[89]|20)\d\d)"
     rf"(?:{_RU_YEAR_WORD}|{_RU_YEAR_END})?(?P<yrel>)(?![\w-]|[.,]\d)", _r_ru_month),
    # (also a bound in the genitive after a comparative: "не раньше октября", "не ранее марта", "не позднее марта",
    # "позже мая")
    (rf"{_RU_B_RANGE}(?P<lead>(?:[Вв]о?|[Сс]о?|[Дд]о|[Кк]о?|[Нн]а|[Пп]осле|[Оо]т|[Пп]о|(?:[Нн]е\s+)?(?:[Рр]аньше|[Рр]анее"
     rf"|[Пп]озже|[Пп]озднее))\s+)?(?:(?P<pos>{_RU_POS})\s+)?(?<!\d\s)(?P<mon>{_RU_MONTH_ANY})(?P<y>)(?:\s+(?P<yrel>{_RU_REL_RX})\s+года)?"
     rf"(?:{_RU_NOT_WORD}|(?=(?:-{_RU_MONTH_ANY})+{_RU_NOT_WORD}))(?!\s*\d)",
     _r_ru_month),
    # ... a range's capitalised first month (_RU_MONTH_CAP): a dash and a month after it
    (rf"{_RU_B}(?P<lead>)(?P<pos>)(?P<mon>{_RU_MONTH_CAP})(?P<y>)(?P<yrel>)(?={_RU_DASH}{_RU_MONTH_ANY})",
     _r_ru_month_cap),
    # quarters and halves: "в четвертом квартале", "в первом полугодии 2024 года", "второго квартала прошлого года"
    # ... by a Roman numeral ("во II квартале", "III квартала"), and halves named "половина года" ("вторую
    # половину года", "во второй половине 2026 года"; never a bare "половине": of a day, of a match)
    (rf"{_RU_B}(?P<q>(?i:перв|втор|трет|четв[её]рт)(?:ый|ого|ому|ым|ом|ой|ий|ое|ьего|ьему|ьим|ьем|ье|ую|ая)?"
     rf"|I{{1,3}}|IV|[1-4]-(?:й|го|му|м|е|я|ю|ое|ом|ого|ый|ий|ая|ую|ой))\s+"
     rf"(?P<kind>квартал(?:а|е|ом|у)?|полугоди(?:е|я|ю|ем|и)|половин(?:а|ы|е|у|ой))(?:\s+(?P<y>(?:19|20)\d\d)"
     rf"(?:{_RU_YEAR_WORD}|{_RU_YEAR_END})?|\s+(?P<yrel>{_RU_REL_RX})\s+года|\s+(?P<this>года))?{_RU_NOT_WORD}", _r_ru_quarter),
    # centuries by their Roman numeral: "в XXI веке" (20), "в конце XX века" (19, END)
    (rf"{_RU_B}(?:(?P<pos>{_RU_POS})\s+)?(?P<n>(?=[IVX])X{{0,2}}(?:IX|IV|V?I{{0,3}}))\s+век(?:а|е|у|ом)?{_RU_NOT_WORD}",
     _r_ru_century),
    # decades: "в 1990-е годы", "с начала 2000-х", "в 1990-х годах"
    (rf"(?<![\w$€£#.,:/-])(?P<pm>)(?P<y>(?:1[89]|20)\d0)-(?P<end>е|х|м|ми)(?P<yw>\s+(?:годы|годах|годов|годам|годами"
     rf"|гг\.))?{_RU_NOT_WORD}", _r_ru_decade),
    # ... by two digits or a word: "в конце 90-х", "в 80-е годы", "в начале нулевых" (see _r_ru_short_decade)
    (rf"(?<![\w$€£#.,:/-])(?:(?P<pos>{_RU_POS})\s+)?(?:(?P<y>[1-9]0)-(?:е|х|ые|ых|ми)|(?P<w>(?i:{_RU_DECADE_RX})"
     rf"(?:ые|ых|ым|ыми)))(?P<yw>\s+(?:годы|годах|годов|годам|годами|гг\.))?{_RU_NOT_WORD}", _r_ru_short_decade),
    # "в 2023 году", "к 2030 г.", "в конце 2023 года", both ends of "в 2023-2024 годах"
    (rf"(?<![\w$€£#.,:/-])(?:(?P<pos>{_RU_POS})\s+)?(?P<y>(?:1[89]|20)\d\d){_RU_YEAR_WORD}", _r_ru_year),
    # ... "год" left out after an ordinal's ending: "в 2016-м", "в феврале 2024-го" (the month's rule), "к 2030-му",
    # "2024-й стал рекордным" (not a number's ordinal of other things: "на 2016-м километре", "2020-й по счёту")
    (rf"(?<![\w$€£#.,:/-])(?:(?P<pos>{_RU_POS})\s+)?(?P<y>(?:1[89]|20)\d\d){_RU_YEAR_END}"
     r"(?!\s+(?:километр|км|метр|мест|номер|ряд|тур|матч|по\s+сч[её]ту))", _r_ru_year),
    # ... a year before 1800 too, with the word "год" written out ("Нерчинский договор 1689 года", "в 1552 году"):
    # only the word, not "г.", which after such a number is as often grams; an ordinal's ending allowed ("в 1612-м
    # году"); not a count of years ("через 1003 года", "спустя 1002 года", "1302 года назад")
    (rf"(?<![\w$€£#.,:/-])(?<!\d\s)(?<![Чч]ерез\s)(?<![Сс]пустя\s)(?:(?P<pos>{_RU_POS})\s+)?(?P<y>1[0-7]\d\d)"
     rf"(?:-?(?:го|м|й))?\s+год(?:а|у|ом)?{_RU_NOT_WORD}(?!\s+(?:назад|спустя|тому)(?![а-яё]))",
     _r_ru_year),
    (r"(?<![\w$€£#.,:/-])(?P<pos>)(?P<y>(?:1[89]|20)\d\d)(?=\s*[-–—]\s*(?:1[89]|20)\d\d(?:-?[хм]х?)?\s*"
     r"(?:годах|годы|годов|годами|гг\.))", _r_ru_year),
    (r"(?:(?<=\d[-–—])|(?<=\d [-–—] ))(?P<pos>)(?P<y>(?:1[89]|20)\d\d)(?:-?[хм]х?)?\s*(?:годах|годы|годов|годами"
     r"|гг\.)", _r_ru_year),
    # вчера, сегодня, завтра, позавчера, послезавтра, накануне (+ утром, вечером...)
    (rf"{_RU_B}(?P<w>[Вв]чера|[Сс]егодня|[Зз]автра|[Пп]озавчера|[Пп]ослезавтра|[Нн]акануне)(?:\s+{_RU_PART})?"
     + _RU_NOT_WORD, _r_ru_deictic),
    (rf"{_RU_B}(?P<part>[Уу]тром|[Вв]ечером|[Нн]очью){_RU_NOT_WORD}", _r_ru_part),
    # seasons: "осенью", "прошлой весной", "летом 2023 года", "на осень", "в начале зимы"
    (rf"{_RU_B}(?P<lead>)(?P<pos>)(?:(?P<rel>{_RU_REL_RX})\s+)?(?P<s>[Вв]есной|[Лл]етом|[Оо]сенью|[Зз]имой)"
     rf"(?:\s+(?P<y>(?:19|20)\d\d)(?:{_RU_YEAR_WORD}|{_RU_YEAR_END})?|\s+(?P<yrel>{_RU_REL_RX})\s+года)?{_RU_NOT_WORD}",
     _r_ru_season),
    (rf"{_RU_B}(?P<lead>(?:[Нн]а|[Кк]|[Дд]о|[Сс]о?|[Вв]о?|[Пп]о)\s+)(?:(?P<pos>{_RU_POS})\s+)?"
     rf"(?:(?P<rel>{_RU_REL_RX})\s+)?"
     rf"(?P<s>весн[уые]|лет[оау]|осен[ьи]|зим[уые])(?:\s+(?P<y>(?:19|20)\d\d)(?:{_RU_YEAR_WORD}|{_RU_YEAR_END})?"
     rf"|\s+(?P<yrel>{_RU_REL_RX})\s+года)?{_RU_NOT_WORD}", _r_ru_season),
    # "с начала года", "к концу года", "в середине года": the current year's
    # (of the week and month too, unless a genitive after them names a week or month of their own: "недели моды",
    # "недели высокой моды", "недели российского бизнеса", "месяца Рамадан", "месяца поста", "месяца мая")
    # ... and "в первые месяцы года", "за последние три месяца года": its start or end
    (rf"{_RU_B}(?P<pos>{_RU_POS}|(?:перв|последн)(?:ые|ых|ие|их)\s+(?:(?:два|двух|три|трех|трёх|четыре|четырех|"
     rf"четырёх)\s+)?месяц(?:ы|ев|а|ах))\s+"
     rf"(?P<unit>года|(?:недели|месяца)(?!\s+(?:(?:{_RU_MONTH}|моды|кино|поста|Рамадана?)"
     rf"{_RU_NOT_WORD}|[а-яё]{{2,}}(?:ого|его|ой|ей)\s+[а-яё]))){_RU_NOT_WORD}(?!\s*(?:\d|{_RU_REL_RX}))",
     _r_ru_this_year_part),
    # "на прошлой неделе", "в этом месяце", "в следующем году", "прошлого года"
    (rf"{_RU_B}(?P<lead>(?:[Нн]а|[Вв]о?|[Зз]а|[Сс]|[Дд]о|[Кк])\s+)?(?P<rel>{_RU_REL_RX})\s+"
     rf"(?P<unit>недел[еияю]|месяц(?:[аеу]|ем)?|год(?:[ау]|ом)?){_RU_NOT_WORD}", _r_ru_rel_unit),
    # weekdays: "в понедельник", "во вторник вечером", "в прошлую пятницу", "до среды", "к пятнице", "до вечера
    # четверга" (a part of the day in the genitive before the weekday's)
    # (also the second of two weekdays joined by "и", whose preposition the first gives: "во вторник и среду", "в
    # субботу и воскресенье"; "и среду обитания" after no weekday is no date)
    (rf"{_RU_B}(?P<lead>(?:[Вв]о?|[Сс]о?|[Дд]о|[Кк]о?|[Нн]а|{_RU_WEEKDAY_AND})\s+)"
     rf"(?:(?P<gpart>утра|вечера|ночи|утру|вечеру)\s+(?=[а-яё]+[аыя]\b))?"
     rf"(?:(?P<rel>{_RU_REL_RX})\s+)?(?P<wd>{_RU_WEEKDAY})"
     rf"(?:\s+{_RU_PART})?{_RU_NOT_WORD}", _r_ru_weekday),
    # "через два дня", "спустя год", "три года назад", "неделю спустя", "годом ранее" (capitalised too, opening a
    # sentence: "Годом ранее она составляла 28%")
    (rf"(?<![\w.,-])(?P<pre>[Чч]ерез|[Сс]пустя)\s+(?:(?P<n>{_RU_NUM})\s+)?(?P<unit>{_RU_UNIT})(?P<dir>)"
     + _RU_NOT_WORD, _r_ru_shift),
    (rf"(?<![\w.,-])(?P<pre>)(?:(?P<n>{_RU_NUM}|[Мм]ного|[Нн]есколько)\s+)?(?P<unit>{_RU_UNIT}|[Гг]одом|[Мм]есяцем"
     rf"|[Нн]еделей|[Дд]н[её]м|[Сс]утки)\s+(?P<dir>назад|спустя|ранее|раньше|позже|позднее){_RU_NOT_WORD}", _r_ru_shift),
    # "на следующий день", "в тот же день"
    (rf"{_RU_B}(?P<lead>[Нн]а\s+)(?:следующий|другой)\s+день{_RU_NOT_WORD}", _r_ru_day_step),
    (rf"{_RU_B}(?P<lead>[Вв]\s+)тот\s+же\s+день{_RU_NOT_WORD}", _r_ru_day_step),
    # "в том же году", "в том же месяце": the year (month) of the date named before, as "that same year"
    (rf"{_RU_B}(?P<lead>[Вв]\s+)(?:том\s+же\s+(?P<unit>году|месяце)|тот\s+же\s+(?P<unit_acc>год|месяц)){_RU_NOT_WORD}",
     _r_ru_same_unit),
    # "сейчас", "в настоящее время", "недавно"
    (rf"{_RU_B}(?:[Сс]ейчас|[Вв]\s+настоящее\s+время){_RU_NOT_WORD}", _r_ref("PRESENT_REF")),
    (rf"{_RU_B}[Нн]едавно{_RU_NOT_WORD}", _r_ref("PAST_REF")),
    # "на днях": a few days back, or ahead under a future verb ("на днях подпишут"); not the "days" of a
    # festival or an occasion named after it, a genitive following: "на днях рождения", "на днях открытых дверей",
    # an adjective and a feminine noun "на днях российской культуры", "на днях национальной кухни". Whole words
    # only: a subject opening the sentence after it keeps its reading ("На днях городской суд", "На днях
    # кинотеатр открылся", "На днях открытие выставки").
    (rf"{_RU_B}[Нн]а\s+днях(?![\w-]|\s+(?:(?:рождения|открытых|памяти|кино|города|науки)(?![\w-])"
     rf"|[^\W\d_]+[ое]й\s+[^\W\d_]+[ыи](?![\w-])))", _r_ru_few_days),
    # the weekend: "за выходные", "в прошлые выходные", "в ближайшие выходные" (not "выходные данные", an imprint;
    # nor the days off in general, "выходные дни", "выходные и праздничные дни": "в выходные дни банки не работают")
    (rf"{_RU_B}(?P<lead>(?:[Вв]|[Зз]а|[Нн]а)\s+)(?:(?P<rel>прошлые|минувшие|эти|ближайшие|следующие|будущие)\s+)?"
     rf"выходные(?![\w-]|\s+(?:данны|пособи|дн[иейяю]|и\s+праздни))", _r_ru_weekend),
    # durations: "около двух с половиной часов", "10 лет", "более трех месяцев"
    (rf"(?<![\w.,-])(?:(?P<mod>[Оо]коло|[Пп]римерно|[Пп]очти|[Мм]енее|[Бб]олее|[Сс]выше|[Бб]ольше|[Мм]еньше)\s+)?"
     rf"(?P<n>{_RU_NUM})(?P<half>\s+с\s+половиной)?\s+(?P<unit>{_RU_UNIT}){_RU_NOT_WORD}", _r_ru_duration),
    # a numbered week of a year, as health bulletins count them: "in week 12 of the year", "week 48 of 2024", "week 5
    # of the year 2024", "the 12th week of the year", "на 12-й неделе 2025 года", "на 5-й неделе года" (a bare "week
    # 12" may be a season's or a trial's: not read); not the week of a thing of that year, "week 20 of 2025's
    # session", "week 3 of the year's session", "week 12 of 2024/25" (a season across two years)
    (r"(?<![\w-])(?:[Ww]eek\s+(?P<n>[1-9]|[1-4]\d|5[0-3])|[Tt]he\s+(?P<n2>[1-9]|[1-4]\d|5[0-3])(?:st|nd|rd|th)\s+week)"
     r"\s+of\s+(?:(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)|the\s+year)(?![\w'’/-])", _r_numbered_week),
    (rf"{_RU_B}(?P<n>[1-9]|[1-4]\d|5[0-3])-(?:й|я|ю|ой)\s+недел[еияю]\s+(?:(?P<y>(?:19|20)\d\d){_RU_YEAR_WORD}"
     rf"|(?:этого\s+|текущего\s+)?года{_RU_NOT_WORD})", _r_numbered_week),
    # a point ahead in the current decade or century: "к концу десятилетия", "до конца десятилетия", "к середине
    # века" (only "к"/"до": "в середине века" is as often the last century's); not a decade or century of someone or
    # something, named by a genitive after it ("до конца десятилетия его правления", "к середине века освоения")
    (rf"{_RU_B}(?:[Кк]|[Дд]о)\s+(?P<pos>конц[уа]|середин[еы])\s+(?P<unit>десятилетия|века){_RU_NOT_WORD}"
     rf"(?!\s+(?:[а-яё]*(?:ия|ий|ства|ов|ев|ей|ой|ого|его|ых|их)|[IVX]+){_RU_NOT_WORD})", _r_ru_ahead_period_part),
    # a part of the day after the one last mentioned: "the following morning", "the next evening" (not a thing of
    # that part of the day: "the next morning session", "the following evening's show" is still the evening)
    (r"(?<![\w-])[Tt]he\s+(?:next|following)\s+(?P<part>morning|afternoon|evening|night)(?![\w-])"
     r"(?!\s+(?:session|sessions|shift|shifts|flight|flights|train|show|edition|paper|papers|class|classes|service"
     r"|meeting|briefing|prayers?|news)\b)", _r_day_part_relative),
]


def _r_rel_unit_weekend(m, text, dct):
    if dct is None:
        return "DATE", "XXXX-WXX-WE", ""
    d = dct
    if dct.isoweekday() < 6 and not _is_future(text, m.start(), m.end()):
        d = dct - dt.timedelta(weeks=1)
    return "DATE", _week(d) + "-WE", ""


# Speed: instead of scanning every text with every pattern, each pattern runs only in windows around the
# literal words it needs (all found in one scan of the text). Keywords with a capital letter are matched
# case-sensitively; the others in the lower-cased text.
_MONTH_KW = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RU_KW = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
_RU_ABBR_KW = ("янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_RU_MONTH_KW = ("январ", "феврал", "март", "апрел", "май", "мая", "мае", "маю", "июн", "июл", "август", "сентябр",
                "октябр", "ноябр", "декабр")
_UNIT_KW = ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "centur")
_YEAR_KW = ("19", "20")
_AMPM_KW = ("a.m", "p.m", *(f"{d}{sp}{x}" for d in "0123456789" for sp in ("", " ") for x in ("am", "pm")))
_KEYWORDS: list[tuple[str, ...]] = [
    _YEAR_KW,  # ISO dates
    _MONTH_KW,  # month-day(-year)
    _MONTH_KW + _RU_KW + _RU_ABBR_KW,  # day-month(-year)
    _MONTH_KW,  # month year
    _MONTH_KW,  # month this/last/next year
    _MONTH_KW,  # bare month
    ("May",), ("May",), ("May",),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    ("today", "yesterday", "tomorrow", "tonight"), ("today", "yesterday", "tomorrow"),
    ("morning", "afternoon", "evening", "night"),
    tuple(f"{p} {d}" for p in ("morning", "afternoon", "evening", "night") for d in ("yesterday", "today", "tomorrow")),
    ("week", "month", "year", "quarter"), ("year",),
    tuple(f"{p} of the {u}" for p in ("end", "beginning", "start", "middle") for u in ("month", "week")),
    ("weekend",),
    ("ago", "earlier", "later"),
    _UNIT_KW,
    tuple(f"{u} {h}" for u in ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
                                "century") for h in ("period", "span", "stretch", "spell")),
    _UNIT_KW, tuple(f"{u} ahead" for u in ("days", "weeks", "months", "years", "decades")), ("hours", "days", "weeks", "months", "years", "decades", "centuries"),
    ("decade",), ("0s",), ("0s",), tuple(_DECADE_WORDS),
    ("quarter", "half"), ("quarter", "latest period"), ("the 19", "the 20", "fiscal 19", "fiscal 20"),
    ("fiscal year", "financial year"),
    ("FY",),
    ("spring", "summer", "autumn", "fall", "winter"), ("spring", "summer", "autumn", "fall", "winter"), ("winter",),
    (":",), _AMPM_KW, (*_ZONE_ABBR, "time", "по ", "мск"), ("noon", "midnight", "midday"), ("полдень", "полудн", "полноч", "полуноч"),
    ("year-end", "year end", "year's end"), ("noon", "midnight", "midday"),
    _AMPM_KW,
    ("every", "each"), ("daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly"),
    ("Christmas", "Thanksgiving", "New Year", "Halloween", "Independence"),
    ("nineteen", "eighteen", "twenty", "thousand"),
    ("now", "currently", "these days", "at present"), ("recently", "the past"), ("future",),
    ("year-",), ("year-",), ("period last", "quarter last", "period of last", "quarter of last", "year's quarter",
                             "year's period", "quarter a year", "period a year"), ("year's",),
    _YEAR_KW,
    ("in 1", "since 1", "until 1", "by 1", "of 1", "from 1", "to 1", "during 1", "before 1", "after 1"),
    ("decade", "century"), ("century",), ("that year", "that month", "that week", "that day", "that same day", "that same year",
                                                "that same month", "that same week", "that morning", "that afternoon",
                                                "that evening", "that night", "that same morning",
                                                "that same afternoon", "that same evening", "that same night"), ("same day", "same week", "same month", "same year"),
    ("Q1", "Q2", "Q3", "Q4"), ("H1", "H2", "1H", "2H"), ("quarter", "period"),
    ("next day", "following day", "previous day", "preceding day", "day before", "day after"),
    tuple(f"{d} {w}" for d in ("previous", "preceding", "following") for w in _WEEKDAYS),
    _YEAR_KW,  # 16.05.2024
    ("/",),  # 03/12/24
    ("/",),  # 2023/24
    ("19", "20"),  # 2019-20
    ("19", "20"), ("19", "20"),  # 2019-2020
    _RU_MONTH_KW, _RU_MONTH_KW, _RU_MONTH_KW, ("квартал", "полугоди", "половин"), (" век",), ("0-е", "0-х", "0-м"),
    ("0-е", "0-х", "0-ы", "0-м", *_RU_DECADE_WORDS), ("год", "г."), ("-го", "-м", "-й"), ("год", "г."),
    ("год", "гг."),
    ("год", "гг."),
    ("вчера", "сегодня", "завтра", "накануне"), ("утром", "вечером", "ночью"),
    ("весной", "летом", "осенью", "зимой"), ("весн", "лето", "лета", "лету", "осен", "зим"),
    ("начал", "конц", "конец", "середин", "месяц"),
    ("недел", "месяц", "год"),
    ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"),
    ("через", "спустя"), ("назад", "спустя", "ранее", "раньше", "позже", "позднее"),
    ("следующий день", "другой день"), ("тот же день",), ("том же году", "том же месяце", "тот же год", "тот же месяц"),
    ("сейчас", "настоящее время"), ("недавно",), ("днях",), ("выходные",),
    ("дн", "день", "сут", "недел", "месяц", "год", "лет", "час", "минут", "десятилет"),
    ("week ",), ("недел",), ("десятилетия", "века"), ("morning", "afternoon", "evening", "night"),
]
assert len(_KEYWORDS) == len(_RULES), "every rule needs its keywords"
_COMPILED: list[tuple[re.Pattern, Callable, tuple[str, ...]]] = [
    (re.compile(p), f, kw) for (p, f), kw in zip(_RULES, _KEYWORDS, strict=True)
]
_BEFORE, _AFTER, _SAFE = 70, 90, 20  # window around a keyword; matches must end _SAFE before its end
# Every keyword's positions: keywords with a capital letter in the text, the others in its lower-cased copy,
# found in one scan of the copy (see patterns.CasedKeywordScan; its two scans, _CASED_SCAN and _LOWER_SCAN,
# find the same).
_ALL_KW = {kw for kws in _KEYWORDS for kw in kws}
_SCAN = CasedKeywordScan(_ALL_KW)
_CASED_SCAN, _LOWER_SCAN = _SCAN.cased, _SCAN.lower


# The rules' distinct keyword sets (rules share them: the month rules, the unit rules), each rule's set, and
# the sets each keyword is in: a text's windows are made set by set from the keywords it holds.
_KW_SETS: list[tuple[str, ...]] = list(dict.fromkeys(kw for _, _, kw in _COMPILED))
_SET_OF_RULE: list[int] = [_KW_SETS.index(kw) for _, _, kw in _COMPILED]
_SETS_OF_KW: dict[str, list[int]] = {}
for _i, _kws in enumerate(_KW_SETS):
    for _kw in dict.fromkeys(_kws):
        _SETS_OF_KW.setdefault(_kw, []).append(_i)
del _i, _kws, _kw


# The keyword sets whose every rule has white space right before its keyword (the unit words of rules 19 and 21,
# "three days", "the past few weeks": ``\s+`` before the unit): a keyword inside a word ("Thursday", "today",
# a third of the unit hits in news) can start no match of theirs, so it opens no window for them.
_SPACED_SETS = frozenset({_KW_SETS.index(_UNIT_KW)})
assert all(r"\s+(?:(?:more|additional" in rx.pattern or r"\s+(?P<few>" in rx.pattern
           for (rx, _, _), k in zip(_COMPILED, _SET_OF_RULE, strict=True) if k in _SPACED_SETS)


# Speed: a window holds a rule's keyword, but most windows hold no match of the rule ("later" with no unit
# before it, a month with no day after it). For these rules, a short pattern that every match must contain
# (a part of the rule itself, with a look-around only where the rule has the same one: tested at the same place
# against the same end of the window, it holds whenever the rule's does, so the part is found wherever a match is)
# is looked for first, and the rule runs only in the windows that hold it. These patterns start with a
# literal or a class, which Python's engine looks for with a quick scan, where a rule that opens with a
# look-behind is tried at every position; a literal where the part holds one (the ISO date's "-", the clock's
# ":", the dotted and slashed dates' "." and "/": a part of a part is still in every match), found by a tight
# loop where a class is tested character by character (these four gates' scans cost a third as much). Each is given with a fragment of its rule's pattern, found in that
# rule's only (the part is taken from it): rules added or moved in the list keep their gates.
_MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"  # every form of _MONTH
_NEEDS_BY_FRAGMENT: list[tuple[str, str]] = [
    (r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})", r"-\d\d-\d"),  # ISO dates
    (r"(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2})", _MONTH_START + r"\s+\d"),  # month-day
    # day-month: a month's first letter, English or Russian (full or abbreviated)
    (r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>", r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?[JFMASONDяфмаисонд]"),
    (r"(?P<mon>" + _MONTH + r"),?\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)",
        _MONTH_START + r",?\s+(?:of\s+)?(?:1[89]|20)\d\d"),  # month year
    (r"\s+(?P<yrel>this|last|next)\s+year", r"(?:this|last|next)\s+year"),  # month this/last/next year
    # a bare month: its full name, not before a day ("March 5" is the month-day rule's; "May" has rules of its own). The
    # look-ahead is the rule's own, tested at the same place against the same end of the window.
    (r"(?P<mon>January|February|March|April|June|July|August|September|October|November|December)(?P<y>)"
        r"(?![\w-]|\s+\d)",
        r"(?:January|February|March|April|June|July|August|September|October|November|December)(?![\w-]|\s+\d)"),
    # this/last/next week, the coming month ...
    (r"(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+(?:current|coming|present|previous|past|last|following|preceding)"
         r"|[Tt]he\s+next)\s+(?:fiscal\s+(?=year|quarter))?(?P<unit>week|weekend|month|year|quarter)",
         r"(?:his|ast|ext|he\s+[a-z]+)\s+(?:fiscal\s+)?(?:week|weekend|month|year|quarter)(?![\w-])"),
    # "two years ago": the unit right before the direction word
    (r"(?P<unit>" + _UNIT + r")\s+(?P<ahalf>and\s+a\s+half\s+)?(?P<orso>or\s+so\s+)?(?P<dir>ago|earlier|later)",
         _UNIT + r"\s+(?:and\s+a\s+half\s+)?(?:or\s+so\s+)?(?:ago|earlier|later)"),
    # "recent weeks", "the past few months"
    (r"(?P<rel>last|past|coming|next|Last|Past)|(?P<rel2>[Rr]ecent))\s+(?P<few>(?:few|several)\s+)?"
         r"(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s|centuries)",
         r"(?:last|past|coming|next|Last|Past|[Rr]ecent)\s+(?:(?:few|several)\s+)?"
         r"(?:(?:second|minute|hour|day|week|month|year|decade)s|centuries)"),
    (_SPLIT_YEAR + r"(?(w)|\s+winter)", r"\d\d[-–/]\d\d"),  # "the 2024-25 winter"
    (r"(?P<mod>" + _MOD + r")?(?P<hh>[012]?\d):(?P<mi>[0-5]\d)", r":[0-5]\d"),  # clock times
    (r"(?=[012]\d[0-5]\d\s)", r"[012]\d[0-5]\d\s"),  # "0200 GMT"
    (r"(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>(?:1[89]|20)\d\d)", r"\.[01]?\d\.(?:1[89]|20)\d\d"),  # 16.05.2024
    (r"(?P<y>1[0-7]\d\d)(?:-?(?:го|м|й))?\s+год", r"1[0-7]\d\d(?:-?(?:го|м|й))?\s+год"),  # "1689 года", "1612-м году"
    (r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/", r"/[0-3]?\d/\d\d"),  # 03/12/24
]
_NEEDS_OF_RULE: dict[int, tuple[str, str]] = {}  # rule number -> (fragment, part)
for _frag, _need in _NEEDS_BY_FRAGMENT:
    _of = [k for k, (rx, _, _) in enumerate(_COMPILED) if _frag in rx.pattern]
    assert len(_of) == 1, f"a gate's fragment names one rule: {_frag!r} is in rules {_of}"
    _NEEDS_OF_RULE[_of[0]] = (_frag, _need)
del _frag, _need, _of
_NEEDS: list[re.Pattern | None] = [
    re.compile(_NEEDS_OF_RULE[k][1]) if k in _NEEDS_OF_RULE else None for k in range(len(_COMPILED))
]


def _windows(text: str, hits: dict[str, list[int]], lowered: str | None = None) -> list[list[tuple[int, int]]]:
    """For each keyword set of :data:`_KW_SETS`, the merged character windows around every occurrence of
    its keywords (``hits``: keyword -> its positions), in text order: a window runs from _BEFORE characters
    before a keyword to _AFTER after it, cut at the text's ends, and windows that touch or overlap are
    one. Only the keywords found are looked at, each once whatever the number of sets it is in, and only the
    sets they are in: the others share one empty list (not to be changed). For the sets of
    :data:`_SPACED_SETS`, only the occurrences after white space in ``lowered`` (where the lower-case
    keywords were found: ``text.lower()``) count."""
    parts: dict[int, list[list[tuple[int, int]]]] = {}
    if lowered is None:
        lowered = text.lower()
    for kw, positions in hits.items():
        after = len(kw) + _AFTER
        spans = [(i - _BEFORE if i > _BEFORE else 0, i + after) for i in positions]
        for k in _SETS_OF_KW.get(kw, ()):
            chosen = spans
            if k in _SPACED_SETS:
                chosen = [s for s, i in zip(spans, positions, strict=True) if i and lowered[i - 1].isspace()]
                if not chosen:
                    continue
            if k in parts:
                parts[k].append(chosen)
            else:
                parts[k] = [chosen]
    n = len(text)
    out: list[list[tuple[int, int]]] = [_NO_WINDOWS] * len(_KW_SETS)
    for k, found in parts.items():
        # one keyword's spans come in order already (its positions increase)
        spans = found[0] if len(found) == 1 else sorted(w for ws in found for w in ws)
        merged = []
        a, b = spans[0]
        for s, e in spans:
            if s <= b:
                if e > b:
                    b = e
            else:
                merged.append((a, b if b < n else n))
                a, b = s, e
        merged.append((a, b if b < n else n))
        out[k] = merged
    return out


_NO_WINDOWS: list[tuple[int, int]] = []


# Speed: the duration rule ("75 years", "the last ten years", "three more days") runs in the windows of every unit
# word after white space, a third of which hold a match: most of the others hold a unit after a word that is no
# count ("this year", "the second round", "per day"). In every match, the count (the rule's ``n``: digits, a
# number word, "a", "couple of", "several" ...) or one of the rule's adjectives after it ("more", "straight" ...)
# stands right before the white space before the unit; these patterns match the end of each (the last two
# letters of every number word, in the rule's own case-insensitive matching: "twenty" "ty", "three" "ee",
# "hundred" "ed", "half" "lf", "couple of" "of"). The rule runs only in the windows holding a unit word with one
# before it: found from the keyword scan's hits, a few string tests each, where this window test as a pattern
# (from every white space of the window) cost a third of the rule itself.
_COUNT_END = re.compile(r"(?:\d|(?i:a|of|lf|ty|ny|ne|ee|ve|me|wo|ur|ix|en|an|ht|ed|nd|ew|al))\Z")
_UNIT_ADJECTIVE_END = re.compile(r"(?:more|additional|straight|consecutive|full|long|trading|business|working)\Z")
_DURATION_FRAGMENT = r"(?P<n>couple\s+of|"
_DURATION = [k for k, (rx, _, _) in enumerate(_COMPILED) if _DURATION_FRAGMENT in rx.pattern]
assert len(_DURATION) == 1 and _COMPILED[_DURATION[0]][2] == _UNIT_KW, "the duration rule, in the unit words' windows"
_DURATION = _DURATION[0]
assert (r"(?P<n>couple\s+of|" + _NUM + r")\s+(?:(?:more|additional|straight|consecutive|full|long|trading|business"
        r"|working)\s+)?(?P<unit>" + _UNIT + ")") in _COMPILED[_DURATION][0].pattern, \
    "the count and the adjectives whose ends _COUNT_END and _UNIT_ADJECTIVE_END match"


def _counted_windows(text: str, hits: dict[str, list[int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The windows of ``spans`` (the unit words' windows, merged, in order) holding a unit word after white space
    after a count or an adjective of the duration rule (see :data:`_COUNT_END`): the only ones where it can match.
    ``hits`` are the keyword scan's, in ``text``'s own positions (its lower-cased copy as long as it)."""
    at = []
    for kw in _UNIT_KW:
        for q in hits.get(kw, ()):
            i = q
            while i and text[i - 1].isspace():
                i -= 1
            if i < q and i and (_COUNT_END.search(text, i - 2 if i > 1 else 0, i) is not None
                                or _UNIT_ADJECTIVE_END.search(text, i - 11 if i > 11 else 0, i) is not None):
                at.append(q)
    if not at:
        return _NO_WINDOWS
    at.sort()
    kept = []
    k, last = 0, len(at)
    for a, b in spans:
        while k < last and at[k] < a:
            k += 1
        if k < last and at[k] < b:
            kept.append((a, b))
    return kept


def _tag(text: str, ref: dt.date | None) -> list[tuple]:
    """The rows of :func:`timexes` as (start, end, text, type, value, mod) tuples, in text order."""
    candidates = []
    lowered = text.lower()
    hits = _SCAN.hits(text, lowered)
    n = len(text)
    windows = _windows(text, hits, lowered)
    for order, (rx, resolve, _keywords) in enumerate(_COMPILED):
        need = _NEEDS[order]
        spans = windows[_SET_OF_RULE[order]]
        if order == _DURATION and spans and len(lowered) == n:
            spans = _counted_windows(text, hits, spans)
        for a, b in spans:
            if need is not None and need.search(text, a, b) is None:
                continue  # no match of the rule can be in this window (see _NEEDS)
            limit = n if b >= n else b - _SAFE
            # (a rule runs in its set's windows, which are merged: no match of it is found twice)
            for m in rx.finditer(text, a, b):
                s, e = m.span()
                if e <= s or e > limit:
                    continue
                candidates.append((s, e, order, m, resolve))
    # longest first, then earliest, then rule order; keep those that do not overlap a kept one
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    # the characters of the expressions kept: a candidate overlaps one iff it covers a marked character (one
    # C-level find, where a test against each kept span cost a Python step per span and candidate)
    taken = bytearray(n)
    rows = []
    for start, end, _, m, resolve in candidates:
        if taken.find(1, start, end) >= 0:
            continue
        try:
            out = resolve(m, text, ref)
        except (ValueError, OverflowError, KeyError):
            out = None
        if out is None:
            continue
        s, e = start, end
        lead = m["lead"] if "lead" in m.re.groupindex else None  # (not groupdict: a dict of every group)
        if lead:  # a preposition that only licenses the match ("in May") is not part of the extent
            s = m.end("lead")
        elif text.startswith(("in the past", "In the past"), s):
            s += 3
        taken[start:end] = b"\x01" * (end - start)
        rows.append((s, e, text[s:e], *out))
    rows.sort()
    rows = _clock_days(_month_ranges(_ranges(rows, text), text), text)
    rows = _coordinated(rows, text, ref)
    if any(row[4].startswith("?") for row in rows):
        rows = _ru_parts(rows, text)
    return _anchor(rows, text)


def _frame(rows: list[tuple], extra: dict | None = None) -> pd.DataFrame:
    # numpy arrays without a copy are the cheapest way in; pandas infers the str dtype for the text columns
    cols = list(zip(*rows, strict=True)) if rows else [()] * len(TIMEX_COLUMNS)
    data = dict(extra or {})
    for name, col in zip(TIMEX_COLUMNS, cols, strict=True):
        data[name] = np.array(col, dtype=np.int64 if name in ("start", "end") else object)
    frame = pd.DataFrame(data, copy=False)
    if not rows:  # an empty object column has nothing to infer from
        frame = frame.astype({name: "str" for name in TIMEX_COLUMNS[2:]})
    return frame


def timexes(text: str, *, dct=None) -> pd.DataFrame:
    """Temporal expressions in *text*, normalized against the document creation time *dct*.

    Parameters
    ----------
    text:
        English or Russian text (any length). Offsets refer to this exact string.
    dct:
        Document creation time: a ``date``, ``datetime``, ISO string ("2023-07-10", "2022-12-21T09:39") or
        None. Without it, relative expressions get underspecified values ("XXXX-WXX-5" for "Friday").

    Returns
    -------
    pandas.DataFrame
        One row per expression, in text order, non-overlapping, with columns

        ``start``, ``end`` (int): character offsets, ``text[start:end] == row.text``;
        ``text`` (str); ``type`` (str): DATE, TIME, DURATION or SET;
        ``value`` (str): TIMEX3 value; ``mod`` (str): TIMEX3 mod (START, END, MORE_THAN, APPROX, ...) or ''.

    Examples
    --------
    >>> timexes("Xi met Putin this Thursday (16) and last week.", dct="2024-05-17")[["text", "value"]]
                     text       value
    0  this Thursday (16)  2024-05-16
    1           last week    2024-W19
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return _frame(_tag(text, parse_dct(dct)))


def articles_timexes(articles: pd.DataFrame, *, text: str = "text", dct: str = "published") -> pd.DataFrame:
    """Temporal expressions of every article in an articles table, as one table.

    Each row of *articles* is tagged with :func:`timexes`, using its *dct* column (ISO date/time, '' or
    missing when unknown) as the document creation time. Offsets refer to the *text* column.

    Returns
    -------
    pandas.DataFrame
        ``article_id`` then the columns of :func:`timexes` (start, end, text, type, value, mod), in article
        then text order.
    """
    for col in ("article_id", text):
        if col not in articles.columns:
            raise KeyError(f"articles table has no {col!r} column (columns: {', '.join(map(str, articles.columns))})")
    ids: list[str] = []
    rows: list[tuple] = []
    dcts = articles[dct] if dct in articles.columns else [None] * len(articles)
    for article_id, body, when in zip(articles["article_id"], articles[text], dcts, strict=True):
        found = _tag(body if isinstance(body, str) else "", parse_dct(when if isinstance(when, str) else None))
        ids.extend([str(article_id)] * len(found))
        rows.extend(found)
    return _frame(rows, {"article_id": np.array(ids, dtype=object)})


# Day ranges: "May 16-17", "16–17 мая", "from May 16 to 17", "May 30-June 2", "с 16 по 17 мая". As TimeBank
# marks "April 24 and 25", each end is an expression of its own, and a bare day takes the month and year of
# the date it is joined to.
_RANGE_MONTH = rf"(?:{_MONTH}|{_RU_MONTH})"
_RANGE_LINK = r"(?:\s*(?P<dash>[-–—])\s*|\s+(?P<word>to|through|until|till|and|по|до|и)\s+)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_RANGE_YEAR = r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)(?!\d))?"
# after a date: a bare day, a month and day, or a day and month (with a year, for both ends)
_RANGE_TAIL = re.compile(
    _RANGE_LINK + rf"(?:(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORDINAL}(?!\d)"
    rf"|(?P<d2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<mon2>{_RANGE_MONTH})|(?P<d3>\d{{1,2}}){_ORDINAL}(?!\d))"
    + _RANGE_YEAR + r"(?![\w%]|[.,:/-]\d|\s*(?:percent|per\s+cent)\b)"
)
# before a day and month: a bare day and a link ("16-17 May", "between 16 and 17 May", "с 16 по 17 мая")
_RANGE_HEAD = re.compile(
    r"(?:(?<![\w-])(?P<prep>(?i:from|between|on|с|со|между))\s+)?(?<![\w$€£#.,:/-])(?P<d>\d{1,2})"
    + _ORDINAL + _RANGE_LINK + "$"
)
# a month and day at the end of an expression ("Tuesday, May 16"), a day and month at its start
_ROW_MONTH_DAY = re.compile(rf"{_MONTH}\s+\d{{1,2}}{_ORDINAL}(?P<y>,?\s+(?:1[89]|20)\d\d)?$")
_ROW_DAY_MONTH = re.compile(rf"\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_RANGE_MONTH}(?P<y>,?\s+(?:1[89]|20)\d\d)?"
                            r"(?:\s*(?:г\.|года|году))?$")
_DAY_PARTS = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})$")
# After a range joined by a word ("on May 16 and 17"), the bare day must end the phrase: "May 16 and 17 people"
# counts people. "from"/"between" before the first date make it a range whatever follows.
_BARE_DAY_END = re.compile(
    r"\s*(?:$|[,.;:!?)\]\"”’'—–])|\s+(?:in|at|on|for|when|while|as|with|and|or|the|a|an|to|from|before|after"
    r"|during|this|that|last|next|is|was|were|are|will|would|he|she|it|they|we|in|в|на|и)\b"
)
_RANGE_FROM = re.compile(r"(?i:\b(?:from|between|с|со|между))\s+$")


def _range_year(y: str, day: tuple[int, int], other: tuple[int, int], k: int) -> str:
    """The year of one end of a range given without one, from the other end's year *y*: the same, or for a
    (month, day) that cannot follow (*k* = 1: a second end, "Dec 30-Jan 2") or precede (*k* = -1: a first
    end) the *other* end in one year, the next or the previous one."""
    if y == "XXXX":
        return y
    crosses = day <= other if k > 0 else day >= other
    return str(int(y) + k) if crosses else y


# Between the months of a range: a dash, or "to"/"through"/"and"/"по"/"и" ("January to March 2024", "в январе—ноябре
# 2024 года", "в феврале и марте 2023 года")
_MONTH_LINK = re.compile(r"\s*[-–—]\s*|\s+(?:to|through|and|по|и)\s+")
_YEAR_IN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_MONTH_VALUE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")  # a month's value, not a quarter's or a season's ("2024-Q1")


def _month_ranges(rows: list[tuple], text: str) -> list[tuple]:
    """The first month of a range written without its year takes the year written with the second ("в январе—ноябре
    2024 года" is January 2024, whatever the tense says of "в январе"): the same year, or the one before when the
    first month comes later in the calendar ("December to February 2024"). So the second month of a range by a
    dash, "to", "through" or "по" takes the first one's year ("from December 2023 to February" is February 2024);
    after "and" it is a month of its own ("in May 2023 and June": perhaps of another year)."""
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if not (_MONTH_VALUE.fullmatch(a[4]) and _MONTH_VALUE.fullmatch(b[4])):
            continue  # two months ("2024-01"), not quarters, seasons or days
        link = _MONTH_LINK.fullmatch(text, a[1], b[0])
        if not link:
            continue
        a_year, b_year = _YEAR_IN.search(a[2]), _YEAR_IN.search(b[2])
        if b_year and not a_year:
            y = int(b[4][:4]) - (a[4][5:] > b[4][5:])
            rows[i] = (*a[:4], f"{y}-{a[4][5:]}", a[5])
        elif a_year and not b_year and link[0].strip() not in ("and", "и"):
            y = int(a[4][:4]) + (a[4][5:] > b[4][5:])
            rows[i + 1] = (*b[:4], f"{y}-{b[4][5:]}", b[5])
    return rows


def _ranges(rows: list[tuple], text: str) -> list[tuple]:
    """Both ends of day ranges (see :data:`_RANGE_TAIL`): a bare day as an expression of its own with the
    month and year of the date it is joined to, a second date without a year in the year of the first (the
    next one when it comes earlier in the calendar), a first date without one in the year of the second."""
    out = list(rows)
    added = False
    n = len(text)
    for i in range(len(out)):
        row = out[i]
        if row is None or len(row[4]) != 10 or row[3] != "DATE":
            continue
        s, e, t, typ, value, mod = row
        parts = _DAY_PARTS.match(value)
        if not parts:
            continue
        y1, m1, d1 = parts[1], int(parts[2]), int(parts[3])
        if s and text[s - 1] in "-–— " and t[0].isdigit():  # a bare day before it: "16-17 May"
            h = _RANGE_HEAD.search(text, max(0, s - 30), s)
            d0 = int(h["d"]) if h else 0
            if h and d0 < d1 and (h["dash"] or h["prep"]) and (i == 0 or out[i - 1][1] <= h.start("d")):
                a, b = h.start("d"), h.end("d") + len(_ORDINAL_AT.match(text, h.end("d"))[0])
                out.append((a, b, text[a:b], "DATE", f"{y1}-{m1:02d}-{d0:02d}", ""))
                added = True
        m = _RANGE_TAIL.match(text, e) if e < n and text[e] in "-–— " else None
        if not m:
            continue
        md = _ROW_MONTH_DAY.search(t)
        dm = None if md else _ROW_DAY_MONTH.match(t)
        if not (md or dm):
            continue
        explicit = (md or dm)["y"]
        if m["d3"]:
            d2, m2 = int(m["d3"]), m1
            if not md or explicit or d2 <= d1:
                continue
            if m["word"] and not _RANGE_FROM.search(text, max(0, s - 12), s) and not _BARE_DAY_END.match(text, m.end()):
                continue
            a = m.start("d3")
        else:
            d2 = int(m["d"] or m["d2"])
            m2 = _MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
            a = m.start("mon") if m["mon"] else m.start("d2")
        b = m.end()
        if m["y"]:
            y2 = m["y"]
            if not explicit:
                y1 = _range_year(y2, (m1, d1), (m2, d2), -1)
        else:
            y2 = _range_year(y1, (m2, d2), (m1, d1), 1)
        if not (_valid(int(y1) if y1 != "XXXX" else 2000, m1, d1) and _valid(int(y2) if y2 != "XXXX" else 2000, m2, d2)):
            continue
        second = f"{y2}-{m2:02d}-{d2:02d}"
        inside = [j for j in range(i + 1, len(rows)) if out[j] is not None and out[j][0] < b and a < out[j][1]]
        if any(out[j][0] == a and out[j][1] == b for j in inside):  # tagged already ("to June 2"): its year
            j = next(j for j in inside if out[j][0] == a)
            if out[j][3] != "DATE":
                continue
            out[j] = (*out[j][:4], second, out[j][5])
        elif all(out[j][0] >= a and out[j][1] <= b and re.fullmatch(r"\d{4}", out[j][4]) for j in inside):
            for j in inside:  # "May 16-17, 2024": the year belongs to the second end
                out[j] = None
            out.append((a, b, text[a:b], "DATE", second, ""))
            added = True
        else:
            continue
        out[i] = (s, e, t, typ, f"{y1}-{m1:02d}-{d1:02d}", mod)
    if added or None in out:
        out = sorted(r for r in out if r is not None)
    return out


_ORDINAL_AT = re.compile(_ORDINAL)


_YEAR_BACK = re.compile(
    r"(?i)^(?:(?:the\s+)?(?:comparable\s+|same\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?"
    r"|(?P<n>a|one|two|three|\d)\s+years?\s+(?P<dir>ago|earlier)"
    r"|(?:the\s+)?(?:same\s+|corresponding\s+|comparable\s+)?(?:quarter|period)\s+(?:of\s+)?last\s+year"
    r"|last\s+year's\s+(?:quarter|period)"
    r"|the\s+(?:same\s+|corresponding\s+|comparable\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier))$"
)
_FINE = re.compile(r"(\d{4})(-(?:Q[1-4]|H[12]|\d{2}))$")
# "the 1988 period", "the 1988 quarter": the period last named (a quarter or half), in that year
_YEAR_PERIOD = re.compile(r"(?i)the\s+(?:fiscal\s+)?\d{4}\s+(?:fiscal\s+)?(?:quarter|period)$")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_DAY_STEP = re.compile(r"(?i)the\s+(?:(?P<back>(?:previous|preceding)\s+day|day\s+before)|(?:next|following)\s+day"
                       r"|day\s+after)$")
_DAY_STEP_PART = re.compile(r"(?i)the\s+(?:next|following)\s+(?:morning|afternoon|evening|night)$")
_WEEKDAY_STEP = re.compile(r"(?i)the\s+(?P<dir>previous|preceding|following)\s+(?P<wd>" + _WEEKDAY + r")$")
_CLOCK = re.compile(r"(?:XXXX-XX-XX|\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})$")
# a clock time with no day of its own ("at 10:35 a.m.", "0200 GMT")
# noon and midnight alone, whose day is the one named before in the sentence as a bare clock time's is
_NOON_WORDS = frozenset("noon midnight midday полдень полудня полудню полночь полуночи".split())
_BARE_CLOCK = re.compile(r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?i:[ap]\.?m\.?)|\d{1,2}:\d{2}|\d{4})(?:\s*" + _ZONE + ")?")


_CLOCK_TO_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_PAREN_TO_DAY = re.compile(r"\s*\)\s*,?\s*(?:on\s+)?")


def _clock_days(rows: list[tuple], text: str) -> list[tuple]:
    """A clock time followed by its day is one expression, as TimeBank's "5 p.m. EST Nov. 9" (weekdays and
    "today" have their rule, :func:`_r_time_day`): "at 0200 GMT on May 16" is 2024-05-16T02:00."""
    if not any(row[3] == "TIME" for row in rows):
        return rows
    for i in range(len(rows) - 2):  # wire style: "at 10:35 a.m. (0735 GMT) Friday": both clocks on that day
        a, b, c = rows[i], rows[i + 1], rows[i + 2]
        if a[3] == b[3] == "TIME" and c[3] == "DATE" and _DAY_VALUE.match(c[4]) and _CLOCK.match(a[4]) \
                and _CLOCK.match(b[4]) and _OPEN_PAREN.fullmatch(text, a[1], b[0]) \
                and _PAREN_TO_DAY.fullmatch(text, b[1], c[0]):
            rows[i] = (*a[:4], c[4] + _CLOCK.match(a[4])[1], a[5])
            rows[i + 1] = (*b[:4], c[4] + _CLOCK.match(b[4])[1], b[5])
    out: list[tuple] = []
    for row in rows:
        if out and row[3] == "DATE" and _DAY_VALUE.match(row[4]):
            prev = out[-1]
            c = _CLOCK.match(prev[4]) if prev[3] == "TIME" else None
            if c and _CLOCK_TO_DAY.fullmatch(text, prev[1], row[0]) and _BARE_CLOCK.fullmatch(prev[2]):
                out[-1] = (prev[0], row[1], text[prev[0] : row[1]], "TIME", row[4] + c[1], prev[5])
                continue
        out.append(row)
    return out


# "A year later", "two days earlier", "the following month": counted from the last date the narrative gave
# explicitly (a month name or a year in its text: not "yesterday" or "last week", themselves counted from the
# DCT) in the same or the previous sentence, as TimeBank does ("a year earlier" after "Aug. 12" is 1988-08-12).
# Sentence ends: not after an abbreviated month or title ("Nov. 9", "Mr. Li").
_SENT_ENDS = re.compile(r"(?:(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\b[A-Z][a-z][a-z][a-z])[.!?]\s|\n)\s*")
# "of that year", "that same year", "the same year", "того же года" right after a month or a day with no year of its
# own (_anchor)
_SAME_YEAR_AFTER = re.compile(r"[ \t]+(?:того(?:[ \t]+же)?[ \t]+года|(?:of[ \t]+)?(?:that(?:[ \t]+same)?|the[ \t]+same)"
                              r"[ \t]+year)"
                              r"(?![\w'’-])")
# ... or after a month joined by "and"/"и" to one so followed: "in March and April of that year", "в марте и апреле
# того же года" (both months of that year), or listed before them: "in March, April and June of that year"
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*)")
_SAME_YEAR_AFTER_PAIR = re.compile(
    rf"(?:,[ \t]+{_MONTH_WORD})*,?[ \t]+(?:and|or|и|или)[ \t]+{_MONTH_WORD}" + _SAME_YEAR_AFTER.pattern)
_YEAR_DIGITS = re.compile(r"\d{4}")
# a month alone or with its day, nothing else ("July", "August 9", "Aug. 9", "12 июля", "late July"; not "April this
# year", "04/30/98")
_BARE_MONTH_DAY = re.compile(
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + _MONTH + "|" + _RU_MONTH_ANY + r")"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)$")
# a bare month joined to the dated one ("in May 2023 and June"): left to the tense, as the ranges' rules do
_JOINED_BETWEEN = re.compile(r"\s*,?\s*(?:and|or|и|или)\s+(?:in\s+|в\s+)?")
# between a dated month and a bare one, what makes the bare one not of the story's year: a future ("will",
# "plans", "будет", "планирует") or a relative clause with its own time ("the August 1988 cease-fire ... Iran,
# which had condemned Iraq's invasion of Kuwait on Aug. 2")
_FUTURE_BETWEEN = re.compile(r"(?i)\b(?:will|would|plans?|planning|is\s+to|are\s+to|expect\w*|which|who|whom"
                             r"|whose)\b|'ll\b"
                             r"|(?<![а-яё])(?:будет|будут|планиру|намерен|собира|ожида|котор)", re.I)
_CAL_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# two digits or a month's first letters (one class test turns most positions away)
_EXPLICIT = re.compile(r"[0-9JFMASOND](?:(?<=[0-9])[0-9]|(?<=J)(?:an|u[nl])|(?<=F)eb|(?<=M)a[ry]|(?<=A)(?:pr|ug)"
                       r"|(?<=S)ep|(?<=O)ct|(?<=N)ov|(?<=D)ec)")
_NARRATIVE = re.compile(
    r"(?i)(?:the\s+(?P<rel>following|next|previous|preceding)\s+(?P<unit>week|month|year)"
    r"|(?P<n>an?|[a-z]+(?:[- ][a-z]+)?|\d{1,2})\s+(?P<unit2>day|week|month|year|decade)s?"
    r"\s+(?P<dir>later|earlier))$")


def _narrative_value(t: str, last_date: tuple[int, str] | None, last_fine: tuple | None, text: str,
                     s: int) -> str | None:
    """The value of a narrative-relative expression *t* (see :data:`_NARRATIVE`) at *s*, counted from
    *last_date* (end, value), or None to keep the DCT's reading. "A year earlier" keeps the granularity of the
    date it counts from ("Aug. 12" -> the Aug. 12 before); "the following month" has its own."""
    m = _NARRATIVE.match(t)
    if not m or last_date is None:
        return None
    if last_fine is not None and last_fine[0] > last_date[0] and m["n"]:
        return None  # "a year earlier" after a quarter: see _YEAR_BACK
    # "the following month" has nothing else to count from: the last date named within the paragraph or so;
    # "a year later", "the next year" may count from the DCT beyond the previous sentence
    narrative = m["rel"] and m["rel"][0].lower() in "fp"  # following, previous, preceding
    if (s - last_date[0] > 1500) if narrative else len(_SENT_ENDS.findall(text, last_date[0], s)) > 1:
        return None
    if m["rel"]:
        k = 1 if m["rel"].lower() in ("following", "next") else -1
        unit = m["unit"].lower()
    else:
        n = _num(m["n"])
        if n is None:
            return None
        k = int(n) * (1 if m["dir"].lower() == "later" else -1)
        unit = m["unit2"].lower()
        if unit == "decade":  # "a decade later", "two decades earlier": ten years a decade
            k, unit = 10 * k, "year"
        if unit == "year" and abs(k) > 1:
            # several years from a day or month name a year ("floated on 12 June 2008 and entered the FTSE 250
            # eleven years later": 2019); one year keeps the anchor's granularity, a comparison ("on Aug. 12,
            # from $4 a year earlier": the Aug. 12 before)
            return str(int(last_date[1][:4]) + k)
    return _shift_value(last_date[1], k, unit, bool(m["rel"]))


# "the following spring", "the previous winter": a season after or before the last date the narrative gave
_SEASON_STEP = re.compile(r"(?i)the\s+(?P<dir>following|previous|preceding)\s+(?P<s>spring|summer|autumn|fall|winter)$")


def _narrative_season(m: re.Match, anchor: str) -> str:
    """The value of the season *m* (a match of :data:`_SEASON_STEP`) after or before the date *anchor*: the first
    such season starting after the anchor's month ("charged the following spring" after "in November 2021":
    2022-SP) or the last ending before it; after a year alone, the first after that year's autumn (the following
    spring of 1997 is 1998's, its following winter 1997's, which begins in December) and the last before its
    spring."""
    idx = _SEASON_SEQ.index(_SEASONS[m["s"].lower()])
    y = int(anchor[:4])
    following = m["dir"].lower() == "following"
    if len(anchor) >= 7:
        mo = int(anchor[5:7])
        cur = (y - (mo <= 2)) * 4 + _SEASON_SEQ.index(_SEASON_OF_MONTH[mo])
    else:
        cur = y * 4 + (2 if following else 0)
    n = cur + 1 + (idx - cur - 1) % 4 if following else cur - 1 - (cur - 1 - idx) % 4
    return f"{n // 4}-{_SEASON_SEQ[idx]}"


def _shift_value(anchor: str, k: int, unit: str, own: bool) -> str | None:
    """*anchor* (a year, month or day value) moved by *k* units ("day", "week", "month", "year"): at the
    anchor's granularity, or with *own* at the unit's ("the following month")."""
    y = int(anchor[:4])
    mo = int(anchor[5:7]) if len(anchor) > 4 else None
    d = int(anchor[8:10]) if len(anchor) > 7 else None
    if unit in ("day", "week"):
        if d is None:
            return None
        day = dt.date(y, mo, d) + dt.timedelta(days=k * (7 if unit == "week" else 1))
        if unit == "week" and own:
            return _week(day)
        return day.isoformat()
    if unit == "month":
        if mo is None:
            return None
        y2, mo2 = _add_months(y, mo, k)
        if own or d is None:
            return _month(y2, mo2)
        return dt.date(y2, mo2, min(d, _last_of_month(y2, mo2).day)).isoformat()
    if own or mo is None:
        return str(y + k)
    if d is None:
        return _month(y + k, mo)
    return dt.date(y + k, mo, min(d, _last_of_month(y + k, mo).day)).isoformat()


_RU_MONTH_IN = re.compile(r"(?<![а-яё])(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)")
_RU_DAY_STEP_T = re.compile(r"(?i)(?:(?:следующий|другой|тот\s+же)\s+день|накануне|дн[её]м\s+(?:ранее|раньше|позже|позднее))$")
_RU_SHIFT_T = re.compile(
    r"(?i)(?:(?:через|спустя)\s+(?:(?P<n>\S+)\s+)?(?P<unit>\S+)"
    r"|(?:(?P<n2>\S+)\s+)?(?P<unit2>\S+)\s+(?P<dir>спустя|ранее|раньше|позже|позднее))$")


# "на следующий год", "в следующем году": in a past clause after a year named in the same or the previous sentence,
# the year after it ("В 1967 году он окончил ГИТИС, а на следующий год поставил ..."); else next year from the DCT
_RU_NEXT_YEAR_T = re.compile(r"(?i)(?:(?:на|в)\s+)?следующ(?:ий|ем)\s+году?$")

# the end of a day counted itself ("Через сутки", "два дня спустя"): no day named, not one to count from again
_RU_SHIFT_END = re.compile(r"(?:сутки|суток|дня|дней|день|спустя|позже|позднее|ранее|раньше)$")


def _ru_anchor(t: str, value: str, last_day, last_date, text: str, s: int) -> str:
    """The value of a Russian narrative-relative expression: "на следующий день", "накануне", "в тот же день",
    "днём ранее" count from the day last mentioned in the same or the previous sentence (any day: "вчера"
    too; "в тот же день" from one within 1,000 characters, as "that same day"); "спустя год", "через два дня",
    "неделей ранее" from the last explicit date there, as English "a year later", and so does "на следующий год"
    in a past clause; else they keep their reading from the DCT. "Два года назад" always counts from the DCT."""
    if _RU_DAY_STEP_T.match(t):
        k = -1 if t.lower() == "накануне" else _ru_day_step(t)
        # "в тот же день" is the day named before even sentences back, as "that same day" (see _that_value)
        if last_day is not None and (len(_SENT_ENDS.findall(text, last_day[0], s)) <= 1
                                     or (k == 0 and s - last_day[0] <= 1000)):
            return (dt.date.fromisoformat(last_day[1]) + dt.timedelta(days=k)).isoformat()
        return value
    m = _RU_NEXT_YEAR_T.match(t)
    if (m and last_date is not None and len(_SENT_ENDS.findall(text, last_date[0], s)) <= 1
            and _ru_tense(text, s, s + len(t))[0] == "past"):
        # "на следующий год поставил": the year after the one the narrative named, as "the following year"
        return _shift_value(last_date[1], 1, "year", True) or value
    m = _RU_SHIFT_T.match(t)
    if m and _ru_unit(m["unit"] or m["unit2"]) == "day" and last_day is not None and (
            last_date is None or last_day[0] > last_date[0]) and len(_SENT_ENDS.findall(text, last_day[0], s)) <= 1 \
            and not _RU_SHIFT_END.search(text, max(0, last_day[0] - 8), last_day[0]):
        # days count from the day last named, as "на следующий день" does, a weekday or its evening too ("в четверг
        # ... Уже к вечеру четверга ... Сутки спустя"), when it is later than the last explicit date
        last_date = last_day
    if m and last_date is not None and len(_SENT_ENDS.findall(text, last_date[0], s)) <= 1:
        n = m["n"] or m["n2"]
        amount = _ru_num(n) if n and n.lower() not in ("много", "несколько") else (1 if not n else None)
        if amount is None or amount != int(amount):
            return value
        word = (m["dir"] or "").lower()
        k = int(amount) * (-1 if word in ("ранее", "раньше") else 1)
        return _shift_value(last_date[1], k, _ru_unit(m["unit"] or m["unit2"]), False) or value
    return value


def _ru_parts(rows: list[tuple], text: str) -> list[tuple]:
    """A Russian part of day inside a sentence ("?TEV", see :func:`_r_ru_part`) takes the day next to it
    ("вечером 16 мая", "16 мая вечером": one expression) or the day last mentioned in its sentence; with
    neither it is dropped."""
    out: list[tuple] = []
    skip = False
    for i, row in enumerate(rows):
        if skip:
            skip = False
            continue
        s, e, t, typ, value, mod = row
        if not value.startswith("?"):
            out.append(row)
            continue
        part = value[value.index("T") :]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        prev = out[-1] if out else None
        if nxt and _DAY_VALUE.match(nxt[4]) and re.fullmatch(r"[\s,]*", text[e : nxt[0]]):
            out.append((s, nxt[1], text[s : nxt[1]], "TIME", nxt[4] + part, mod))
            skip = True
        elif prev and _DAY_VALUE.match(prev[4]) and re.fullmatch(r"[\s,]*", text[prev[1] : s]):
            out[-1] = (prev[0], e, text[prev[0] : e], "TIME", prev[4] + part, prev[5])
        else:
            day = next((r[4][:10] for r in reversed(out) if _DAY_VALUE.match(r[4][:10])
                        and not _SENT_ENDS.search(text, r[1], s)), None)
            if day:
                out.append((s, e, t, "TIME", day + part, mod))
            elif value[1] != "T":  # opening its sentence: the DCT's
                out.append((s, e, t, "TIME", value[1:], mod))
    return out


def _that_value(t: str, last_date: tuple | None, last_day: tuple | None, s: int) -> str | None:
    """The value of "that year/month/week/day" at *s*: the period of the last explicit date (a day: of the
    last day named) within 1,000 characters before it, at the unit's granularity ("that afternoon": the last
    day's afternoon); None when there is none."""
    unit = t.split()[-1].lower()
    unit = {"году": "year", "месяце": "month", "год": "year", "месяц": "month"}.get(unit, unit)  # "в том же году"
    if unit in _PARTS:
        if last_day is None or s - last_day[0] > 1000:
            return None
        return f"{last_day[1]}T{_PARTS[unit]}"
    if unit in ("day", "week"):
        if last_day is None or s - last_day[0] > 1000:
            return None
        return last_day[1] if unit == "day" else _week(dt.date.fromisoformat(last_day[1]))
    if last_date is None or s - last_date[0] > 1000:
        return None
    if unit == "month":
        return last_date[1][:7] if len(last_date[1]) >= 7 else None
    return last_date[1][:4]


def _anchor(rows: list[tuple], text: str) -> list[tuple]:
    """Refine values that depend on the previous reference time rather than the DCT.

    * "a year earlier", "the year-ago period" compare with the period just mentioned: after "the third
      quarter" of 1989 they mean 1988-Q3, not 1988;
    * a bare clock time ("at 10:35 a.m.") happens on the day last mentioned in the same sentence;
    * "the day before", "the next day" count from the day last mentioned, if one was shortly before; "the
      previous Friday", "the following Monday" from the day last mentioned within 1,500 characters;
    * "a year later", "two days earlier", "the following month" count from the last explicit date in the
      same or the previous sentence (:func:`_narrative_value`).
    """
    out = []
    last_fine = None  # (position, year, suffix) of the last quarter/half/month value
    last_day = None  # (position, value) of the last day value
    last_part_day = None  # ... or of a part of a day ("on Thursday evening"), for "the following morning" alone
    last_date = None  # (position, value) of the last date given explicitly
    last_dated = None  # (position, value) of the last month or day given with its year
    for row in rows:
        s, e, t, typ, value, mod = row
        m = _YEAR_BACK.match(t)
        if m and last_fine is not None and s - last_fine[0] < 1500 and re.fullmatch(r"\d{4}(-Q[1-4])?", value) \
                and (last_fine[2][1] == "Q" or not t.endswith(("quarter", "Quarter"))):  # a quarter is no month
            n = _num(m["n"]) if m["n"] else 1
            if m["dir"] and m["dir"].lower() == "ago":
                # "ago" counts from the DCT, at the granularity of a reporting period just named ("third-quarter
                # profit ... a year ago": 1988-Q3); after a month ("since January ... a year ago") it stays a year
                if last_fine[2][1] in "QH" and re.fullmatch(r"\d{4}", value):
                    value = f"{value}{last_fine[2]}"
            elif n:
                value = f"{last_fine[1] - int(n)}{last_fine[2]}"
        same_period = (t[-1] in "dr" and len(value) == 4 and last_fine is not None and last_fine[2][1] in "QH"
                       and s - last_fine[0] < 1500 and _YEAR_PERIOD.match(t))
        if same_period:
            value += last_fine[2]
        c = _CLOCK.match(value)
        if c and typ == "TIME" and last_day is not None and "." not in text[last_day[0] : s].replace("a.m.", "")\
                .replace("p.m.", "") and (_BARE_CLOCK.fullmatch(t) or t.lower() in _NOON_WORDS):
            value = last_day[1] + c[1]
        if (t[:5] in ("that ", "That ") or t[:7] in ("том же ", "тот же ") or " same " in t) and value[:4] == "XXXX":
            value = _that_value(t, last_date, last_day, s)
            if value is None:
                continue  # "that year" with no year named before
        if (last_day is not None and s > 5 and text[s - 5 : s] in ("that ", "That ") and t.lower() in _WEEKDAYS
                and _DAY_VALUE.fullmatch(value) and s - last_day[0] < 1000
                and (text[s - 8 : s - 5] in ("on ", "On ") or _CLAUSE_END_AFTER.match(text, e))):
            # "fixed a new start date of January 13, and the trial opened that Monday, with ...": the weekday of the
            # week of the day named before (not "said that Monday's talks", "said that Monday was": a conjunction)
            day = dt.date.fromisoformat(last_day[1])
            value = (day + dt.timedelta(days=_WEEKDAYS[t.lower()] - day.isoweekday())).isoformat()
        wstep = _WEEKDAY_STEP.match(t) if last_day is not None and t[:4] in ("the ", "The ") else None
        if wstep and s - last_day[0] < 1500:  # "Friday ... down 4.5% from the previous Friday"
            day = dt.date.fromisoformat(last_day[1])
            wd = _WEEKDAYS[wstep["wd"].lower()]
            if wstep["dir"].lower() == "following":
                value = (day + dt.timedelta(days=(wd - day.isoweekday()) % 7 or 7)).isoformat()
            else:
                value = (day - dt.timedelta(days=(day.isoweekday() - wd) % 7 or 7)).isoformat()
        step = _DAY_STEP.match(t) if value == "XXXX-XX-XX" else None
        if step and last_day is not None and s - last_day[0] < 300:
            day = dt.date.fromisoformat(last_day[1]) + dt.timedelta(days=-1 if step["back"] else 1)
            value = day.isoformat()
        if value[:11] == "XXXX-XX-XXT" and typ == "TIME" and _DAY_STEP_PART.match(t):
            # "the following morning" (see _r_day_part_relative): the day after the last day named, a part of a
            # day too ("said on Thursday evening ... the following morning"), as TimeBank gives it (a DATE, the
            # day: "appeared in court the next morning" is 2000-02-23); dropped with no day named near before
            near = max((d for d in (last_day, last_part_day) if d is not None and s - d[0] < 300), default=None)
            if near is None:
                continue
            typ, value = "DATE", (dt.date.fromisoformat(near[1]) + dt.timedelta(days=1)).isoformat()
        if last_date is not None and t[-1] in "rhk":  # ends of "later", "earlier", "month", "week", "year"
            try:
                value = _narrative_value(t, last_date, last_fine, text, s) or value
            except (ValueError, OverflowError):
                pass
        if (last_date is not None and t[:4] in ("the ", "The ") and s - last_date[0] < 1500
                and (ss := _SEASON_STEP.match(t))):
            value = _narrative_season(ss, last_date[1])  # "the following spring" after "in 1997"
        if "\u0400" <= t[0] <= "\u04ff":  # Russian: "на следующий день", "накануне", "спустя год"
            try:
                value = _ru_anchor(t, value, last_day, last_date, text, s)
            except (ValueError, OverflowError):
                pass
            if typ == "TIME" and _DAY_VALUE.match(value[:10]):  # "вечером" of a day
                last_day = (e, value[:10])
        if (last_date is not None and len(value) in (7, 10) and value[4] == "-"
                and (_SAME_YEAR_AFTER.match(text, e) or _SAME_YEAR_AFTER_PAIR.match(text, e))
                and not _YEAR_DIGITS.search(t) and (year := _that_value("that year", last_date, last_day, s))):
            # "in September of that year", "В сентябре того же года": the month (day) of the year last named
            v = year + value[4:]
            if len(v) == 7 or _valid(int(v[:4]), int(v[5:7]), int(v[8:10])):
                value = v
        if (last_dated is not None and s - last_dated[0] < 300 and len(value) in (7, 10) and _CAL_VALUE.match(value)
                and value[:4] != last_dated[1][:4] and value[5:7] >= last_dated[1][5:7] and _BARE_MONTH_DAY.match(t)
                and not _SENT_ENDS.search(text, last_dated[0], s) and not _FUTURE_BETWEEN.search(text, last_dated[0], s)
                and not _JOINED_BETWEEN.fullmatch(text, last_dated[0], s)
                and (value[5:7] == last_dated[1][5:7] or "," not in text[last_dated[0] : s])):
            # a month or day without its year after one given with it in the same sentence (within 300 characters),
            # not earlier in the year (another month only with no comma between: "listed firms in June 2023, and the
            # package adopted in December" may be a year on), is of that year: "suspended in March 2020 ... and finished behind closed doors in July", "opens on
            # August 3, 2026, and closes on August 9", "в июле 2020-го, когда второй тур прошёл 12 июля" (not after a
            # future between them: "founded in March 2020, it will open a plant in July")
            v = last_dated[1][:4] + value[4:]
            if len(v) == 7 or _valid(int(v[:4]), int(v[5:7]), int(v[8:10])):
                value = v
        if len(value) in (4, 7, 10) and _CAL_VALUE.match(value) and (_EXPLICIT.search(t) or _RU_MONTH_IN.search(t)):
            last_date = (e, value)
            if len(value) > 4 and _YEAR_DIGITS.search(t) and not text.endswith(("the ", "The "), 0, s):
                last_dated = (e, value)  # (not a premodifier: "the August 1988 cease-fire")
        f = _FINE.match(value)
        if f and not m and not same_period:
            last_fine = (e, int(f[1]), f[2])
        elif typ == "DURATION" and t[:4] in ("the ", "The "):
            last_fine = None  # "the first nine months": "the 1988 period", "year-ago" now compare with this span
        if typ == "TIME" and _DAY_VALUE.match(value[:10]):
            last_part_day = (e, value[:10])
        if _DAY_VALUE.match(value):
            last_day = (e, value)
            if s > 11 and text.endswith(("the week of ", "The week of "), s - 12, s):  # "the week of March 6"
                s -= 12
                t, typ, value = text[s:e], "DATE", _week(dt.date.fromisoformat(value))
        out.append((s, e, t, typ, value, mod))
    return out


# Coordinated dates: days, months, seasons and weekdays joined by "and"/"or"/"и"/"или" (and commas before the last
# join) are read as one unit, as a careful reader takes them (see _coordinated).
# bare days before a day and month: "3 и 4 мая", "3, 4 и 5 мая", "3, 4 and 5 May" (a comma inside a number, "1,2",
# is a decimal: a list's comma has a space after it)
_DAY_LIST_BEFORE = re.compile(
    r"(?<![\w$€£#.,:/№-])(?<!№[ \t])(?<!No\.[ \t])(?P<d>\d{1,2})" + _ORDINAL + r"(?P<more>(?:,[ \t]+\d{1,2}" + _ORDINAL + r")*),?[ \t]+"
    r"(?:and|or|и|или)[ \t]+\Z")
_LIST_DAY = re.compile(r"\d{1,2}")
# ... and after a month and day: "May 3, 4 and 5" (the bare days end the phrase: "May 3, 4 and 5 people" counts)
_DAY_LIST_AFTER = re.compile(r"(?:,[ \t]+\d{1,2}" + _ORDINAL + r"(?!\d))+,?[ \t]+(?:and|or)[ \t]+\d{1,2}" + _ORDINAL
                             + r"(?![\w%]|[.,:/-]\d)")
_ROW_MONTH_DAY_BARE = re.compile(rf"{_MONTH}\s+\d{{1,2}}{_ORDINAL}")
# between two months or seasons of a chain: a comma, or "and"/"or"/"и"/"или", the preposition said again or not ("в
# мае или в июне", "in May and in June")
_COORD_COMMA = re.compile(r",[ \t]+")
_COORD_JOIN = re.compile(r",?[ \t]+(?:and|or|и|или)[ \t]+(?:(?:in|в|во)[ \t]+)?")
# a chain's first month or season, after "in"/"during"/"в"/"во" ("in May and June", "в мае или июне"): a period
# the clause's verb places as a whole
_COORD_LEAD = re.compile(r"(?<![\w-])(?:[Ii]n|[Dd]uring|[Вв]о?)[ \t]+(?:the[ \t]+)?\Z")
# a month's name, a position in it before it or not ("early May", "в начале мая"), with no year of its own
_MONTH_WORD_RX = re.compile(r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)-?[ \t]*|(?:[Tt]he[ \t]+)?(?:end|beginning|start|middle)"
                            r"[ \t]+of[ \t]+|(?:начал[еао]|конц[еау]|середин[еыу])[ \t]+)?" + _MONTH_WORD + r"\.?")
_SEASON_VALUE = re.compile(r"\d{4}-(SP|SU|FA|WI)")
_SEASON_WORD = re.compile(r"(?:(?:[Tt]he)[ \t]+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Вв]есной|[Лл]етом"
                          r"|[Оо]сенью|[Зз]имой)")
# an English season after one joined by "and"/"or" ("in the spring and summer"), which the season rule (it wants
# "the" or a year) misses
_SEASON_AND = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?(?P<s>spring|summer|autumn|fall|winter)"
                         r"(?P<y>[ \t]+(?:of[ \t]+)?(?:19|20)\d\d)?(?![\w-]|[ \t]+(?:Olympics?|Games|Palace|[A-Z]))")
# a week named right before a weekday set beside it ("last week, on Tuesday", "на прошлой неделе, во вторник"), or
# right after one ("on Tuesday last week", "во вторник на прошлой неделе"): the day of that week
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)")
_WEEK_TO_DAY = re.compile(r",?[ \t]+(?:(?:on|во?)[ \t]+)?")
# ... or later in the week's clause, after "on"/"в" with no comma, no subordinate clause and no modal between ("Last
# week the ministers met on Tuesday"; not "Last week he said they would meet on Tuesday")
_WEEK_CLAUSE_GAP = re.compile(r"[ \t][^.,;:!?()\n\"«»“”]{0,80}[ \t](?:on|во?)[ \t]+")
_WEEK_GAP_STOP = re.compile(r"(?<![\w-])(?:that|how|who|which|what|whether|if|because|when|where|while|saying|will"
                            r"|would|could|should|might|may|can|shall|must|to|until|before|after|since|что|чтобы"
                            r"|когда|если|будет|будут|до|после|с|со|который|которая|которое|которые)(?![\w-])"
                            r"|'ll|’ll", re.I)
_DAY_TO_WEEK = re.compile(r"[ \t]+(?:на[ \t]+)?")
_WEEKDAY_WORD = re.compile(_WEEKDAY + "|" + _RU_WEEKDAY)
_WEEKDAY_JOIN = re.compile(r",?[ \t]+(?:and|or|и|или)[ \t]+(?:(?:on|во?)[ \t]+)?|,[ \t]+")


def _weekday_number(word: str) -> int:
    low = word.lower()
    return _WEEKDAYS.get(low) or next(v for k, v in _RU_WEEKDAYS.items() if low.startswith(k))


def _chains(rows: list[tuple], text: str, value_rx: re.Pattern) -> list[list[int]]:
    """Runs of two or more consecutive rows whose values fullmatch *value_rx*, joined by commas and ending in an
    "and"/"or" join (:data:`_COORD_JOIN`): "May, June and July", not "May, June"; a comma after the "and" closes
    the chain ("in May and June, July was ..."). Each run is looked at once: linear in the rows."""
    out: list[list[int]] = []
    first, last, joined = -1, -1, False  # the run's first and last rows, whether an "and"/"or" joined it
    for i, row in enumerate(rows):
        if not value_rx.fullmatch(row[4]):
            if first >= 0 and joined:
                out.append(list(range(first, last + 1)))
            first, joined = -1, False
            continue
        if first >= 0 and last == i - 1:
            if _COORD_JOIN.fullmatch(text, rows[last][1], row[0]):
                last, joined = i, True
                continue
            if not joined and _COORD_COMMA.fullmatch(text, rows[last][1], row[0]):
                last = i
                continue
        if first >= 0 and joined:
            out.append(list(range(first, last + 1)))
        first, last, joined = i, i, False
    if first >= 0 and joined:
        out.append(list(range(first, last + 1)))
    return out


def _unit_tense(text: str, s: int, e: int) -> tuple[str | None, bool]:
    """The tense placing a chain that spans text[s:e]: the Russian verb nearest to it, or the English verb
    governing its first member."""
    if "\u0400" <= text[s] <= "\u04ff":
        return _ru_tense(text, s, e)
    return _tense(text, s, e)


def _coord_months(rows: list[tuple], text: str, ref: dt.date | None) -> None:
    """Months joined by "and"/"or"/"и"/"или" (and commas before): a year written with the last is every one's ("в
    мае или в июне 2025 года", "in May and June 2023"; the year before for a month later in the calendar than the
    next one, "December and January 2024"); with no year written, after "in"/"в", the months are one span the
    clause's verb places as a whole: in the past the last such span begun by the DCT ("Он приезжал в марте и
    апреле", written on 10 March: both the year before), in the future the first not yet over, the years running
    on with the calendar from there; with no verb, as the months were read when they agree."""
    for chain in _chains(rows, text, _MONTH_VALUE):
        first, last = rows[chain[0]], rows[chain[-1]]
        if not all(_MONTH_WORD_RX.fullmatch(rows[i][2]) for i in chain[:-1]):
            continue  # "early May and June", "May 2023 and June": each its own
        if not _MONTH_WORD_RX.match(last[2]):
            continue  # "late June" is read so too, a year after the month only
        months = [int(rows[i][4][5:7]) for i in chain]
        if _MONTH_WORD_RX.fullmatch(last[2]):  # no year written with the last either
            if ref is None or not _COORD_LEAD.search(text, max(0, first[0] - 12), first[0]):
                continue
            tense, firm = _unit_tense(text, first[0], last[1])
            years = [int(rows[i][4][:4]) for i in chain]
            if tense == "past":
                k = len(chain) - 1
                y = _year_for_month(text, None, months[k], ref, last[0], last[1], tense=(tense, firm))
            elif tense in ("future", "reported"):
                k = 0
                y = _year_for_month(text, None, months[0], ref, first[0], first[1], tense=(tense, firm))
            elif all(a * 12 + ma < b * 12 + mb for a, ma, b, mb in
                     zip(years, months, years[1:], months[1:], strict=False)) and years[-1] * 12 + months[-1] - (
                    years[0] * 12 + months[0]) < 12:
                continue  # no verb, and the months read in one span already
            else:
                k, y = 0, years[0]
        else:
            k, y = len(chain) - 1, int(last[4][:4])
        ys = [0] * len(chain)
        ys[k] = y
        for j in range(k - 1, -1, -1):  # back from the anchor: a month later in the calendar is of the year before
            ys[j] = ys[j + 1] - (months[j] >= months[j + 1])
        for j in range(k + 1, len(chain)):
            ys[j] = ys[j - 1] + (months[j] <= months[j - 1])
        for j, i in enumerate(chain):
            r = rows[i]
            rows[i] = (*r[:4], f"{ys[j]}-{months[j]:02d}", r[5])


def _coord_seasons(rows: list[tuple], text: str, ref: dt.date | None) -> list[tuple]:
    """Seasons joined by "and"/"or"/"и"/"или": the second English one is read too ("in the spring and summer"); a
    year written with the last is every one's ("the spring and summer of 2022"; a season later in the year's
    order, winter after autumn, of the year before); with no year, a Russian pair after no preposition or "в" is
    one span as months are (:func:`_coord_months`: "Работы шли весной и летом" in March, both the year before)."""
    added = []
    for i, row in enumerate(rows):
        if _SEASON_VALUE.fullmatch(row[4]) and row[2][-1] in "grnl" and _SEASON_WORD.fullmatch(row[2]):
            m = _SEASON_AND.match(text, row[1])
            if m and (i + 1 == len(rows) or rows[i + 1][0] >= m.end()):
                s = m.start("s")
                code = _SEASONS[m["s"]]
                y = m["y"] and _YEAR_IN.search(m["y"])[0]
                value = f"{y or row[4][:4]}-{code}" if ref is not None or y else f"XXXX-{code}"
                added.append((s, m.end(), text[s : m.end()], "DATE", value, ""))
    if added:
        rows = sorted(rows + added)
    for chain in _chains(rows, text, _SEASON_VALUE):
        first, last = rows[chain[0]], rows[chain[-1]]
        if not all(_SEASON_WORD.fullmatch(rows[i][2]) for i in chain[:-1]) or not _SEASON_WORD.match(last[2]):
            continue
        seasons = [_SEASON_SEQ.index(rows[i][4][5:]) for i in chain]
        if _SEASON_WORD.fullmatch(last[2]):
            if ref is None or not "\u0400" <= first[2][0] <= "\u04ff" or (
                    first[0] and not _ru_opens_sentence(text, first[0])
                    and not _COORD_LEAD.search(text, max(0, first[0] - 12), first[0])
                    and text[first[0] - 1] not in " \t"):
                continue
            tense = _unit_tense(text, first[0], last[1])[0]
            if tense == "past":
                k = len(chain) - 1
            elif tense in ("future", "reported"):
                k = 0
            else:
                continue
            y = _season_year(_SEASON_SEQ[seasons[k]], ref, 0, tense)
        else:
            k, y = len(chain) - 1, int(last[4][:4])
        ys = [0] * len(chain)
        ys[k] = y
        for j in range(k - 1, -1, -1):
            ys[j] = ys[j + 1] - (seasons[j] >= seasons[j + 1])
        for j in range(k + 1, len(chain)):
            ys[j] = ys[j - 1] + (seasons[j] <= seasons[j - 1])
        for j, i in enumerate(chain):
            r = rows[i]
            rows[i] = (*r[:4], f"{ys[j]}-{_SEASON_SEQ[seasons[j]]}", r[5])
    return rows


def _coord_days(rows: list[tuple], text: str, ref: dt.date | None) -> list[tuple]:
    """Bare days listed before a day and month ("3 и 4 мая", "3, 4 и 5 мая", "3, 4 and 5 May") or after a month
    and day ("May 3, 4 and 5"): each an expression of its own, of that month and year (as :func:`_ranges` reads "16
    and 17 May" after "on"), in rising order, before the dated day; a year not written is placed from the list's
    first day (an English clause's verb is not cut off by the list's commas)."""
    added = []
    for i, row in enumerate(rows):
        if row[3] != "DATE" or not _DAY_VALUE.match(row[4]):
            continue
        s, e, t, typ, value, mod = row
        y, mo, d = value[:4], int(value[5:7]), int(value[8:10])
        prev_end = rows[i - 1][1] if i else 0
        if t[0].isdigit() and _ROW_DAY_MONTH.match(t):
            h = _DAY_LIST_BEFORE.search(text, max(prev_end, s - 60), s)
            if not h:
                continue
            days = [(m.start() + h.start(), m.end() + h.start()) for m in _LIST_DAY.finditer(h[0])]
            nums = [int(text[a:b]) for a, b in days]
            if not all(0 < a < b for a, b in zip(nums, nums[1:] + [d], strict=True)):
                continue
            if ref is not None and y != "XXXX" and not _YEAR_IN.search(t) and len(days) > 1 and t[-1] not in "яй":
                # an English list: its commas cut the clause the last day's verb was looked for in
                got = _year_for_month(text, None, mo, ref, days[0][0], e, day=d)
                if got is not None and _valid(got, mo, d):
                    y = str(got)
                    rows[i] = (s, e, t, typ, f"{y}-{mo:02d}-{d:02d}", mod)
        elif _ROW_MONTH_DAY_BARE.fullmatch(t):
            m = _DAY_LIST_AFTER.match(text, e)
            if not m or not _BARE_DAY_END.match(text, m.end()) or (i + 1 < len(rows) and rows[i + 1][0] < m.end()):
                continue
            days = [(a.start() + m.start(), a.end() + m.start()) for a in _LIST_DAY.finditer(m[0])]
            nums = [int(text[a:b]) for a, b in days]
            if not all(0 < a < b for a, b in zip([d, *nums[:-1]], nums, strict=True)):
                continue
        else:
            continue
        for (a, b), n in zip(days, nums, strict=True):
            if y == "XXXX" or _valid(int(y), mo, n):
                b += len(_ORDINAL_AT.match(text, b)[0])
                added.append((a, b, text[a:b], "DATE", f"{y}-{mo:02d}-{n:02d}", ""))
    if not added:
        return rows
    taken = {(r[0], r[1]) for r in rows}
    return sorted(rows + [r for r in added if (r[0], r[1]) not in taken])


def _coord_weekdays(rows: list[tuple], text: str) -> None:
    """A weekday set beside a week just named ("last week, on Tuesday and Wednesday", "на прошлой неделе, во
    вторник", "on Tuesday last week", "во вторник на прошлой неделе") is that week's day, and so is a weekday
    joined to it; a weekday in another sentence or clause keeps its own reading ("held last week. On Tuesday ...")."""
    for i, row in enumerate(rows):
        w = _WEEK_VALUE.fullmatch(row[4])
        if not w:
            continue
        monday = dt.date.fromisocalendar(int(w[1]), int(w[2]), 1)
        days = []
        if i + 1 < len(rows) and (_WEEK_TO_DAY.fullmatch(text, row[1], rows[i + 1][0]) or (
                _WEEK_CLAUSE_GAP.fullmatch(text, row[1], rows[i + 1][0])
                and not _WEEK_GAP_STOP.search(text, row[1], rows[i + 1][0]))):
            j = i + 1
            while j < len(rows) and _WEEKDAY_WORD.fullmatch(rows[j][2]) and _DAY_VALUE.match(rows[j][4]):
                days.append(j)
                if not (j + 1 < len(rows) and _WEEKDAY_JOIN.fullmatch(text, rows[j][1], rows[j + 1][0])):
                    break
                j += 1
        if i and _DAY_TO_WEEK.fullmatch(text, rows[i - 1][1], row[0]):
            j = i - 1
            while j >= 0 and _WEEKDAY_WORD.fullmatch(rows[j][2]) and _DAY_VALUE.match(rows[j][4]):
                days.append(j)
                if not (j and _WEEKDAY_JOIN.fullmatch(text, rows[j - 1][1], rows[j][0])):
                    break
                j -= 1
        for j in days:
            r = rows[j]
            day = monday + dt.timedelta(days=_weekday_number(r[2]) - 1)
            rows[j] = (*r[:4], day.isoformat(), r[5])


def _coordinated(rows: list[tuple], text: str, ref: dt.date | None) -> list[tuple]:
    """Coordinated dates read as one unit: listed days (:func:`_coord_days`), months (:func:`_coord_months`),
    seasons (:func:`_coord_seasons`) and weekdays beside a week (:func:`_coord_weekdays`)."""
    rows = _coord_days(rows, text, ref)
    _coord_months(rows, text, ref)
    rows = _coord_seasons(rows, text, ref)
    _coord_weekdays(rows, text)
    return rows


# --------------------------------------------------------------------------------------------------
# Interpreting values
# --------------------------------------------------------------------------------------------------

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PERIOD_PATTERNS = [
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?"), "minute"),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)"), "partofday"),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "day"),
    (re.compile(r"(\d{4})-W(\d{1,2})-WE"), "weekend"),
    (re.compile(r"(\d{4})-W(\d{1,2})"), "week"),
    (re.compile(r"(\d{4})-(\d{2})"), "month"),
    (re.compile(r"(\d{4})-Q([1-4])"), "quarter"),
    (re.compile(r"(\d{4})-H([12])"), "half"),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"(\d{4})"), "year"),
    (re.compile(r"(\d{3})"), "decade"),
    (re.compile(r"(\d{2})"), "century"),
]


def value_period(value: str) -> tuple[dt.date, dt.date, str] | None:
    """The calendar interval a DATE/TIME value denotes: ``(first_day, last_day, granularity)``.

    Both ends are inclusive dates. Granularity is one of minute, partofday, day, week, weekend, month,
    quarter, half, season, year, decade, century. Durations, sets, vague references (PAST_REF ...) and
    underspecified values ("XXXX-03") give None.

    >>> value_period("2024-W19")
    (datetime.date(2024, 5, 6), datetime.date(2024, 5, 12), 'week')
    >>> value_period("2022-02")
    (datetime.date(2022, 2, 1), datetime.date(2022, 2, 28), 'month')
    >>> value_period("P10Y") is None
    True
    """
    if not isinstance(value, str):
        return None
    for rx, gran in _PERIOD_PATTERNS:
        m = rx.fullmatch(value)
        if not m:
            continue
        try:
            return _period(m, gran)
        except ValueError:
            return None
    return None


def _last_of_month(y: int, m: int) -> dt.date:
    ny, nm = _add_months(y, m, 1)
    return dt.date(ny, nm, 1) - dt.timedelta(days=1)


def _period(m: re.Match, gran: str) -> tuple[dt.date, dt.date, str]:
    g = m.groups()
    if gran in ("minute", "partofday", "day"):
        d = dt.date(int(g[0]), int(g[1]), int(g[2]))
        return d, d, gran
    if gran in ("week", "weekend"):
        monday = dt.date.fromisocalendar(int(g[0]), int(g[1]), 1)
        if gran == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), gran
        return monday, monday + dt.timedelta(days=6), gran
    y = int(g[0])
    if gran == "month":
        mo = int(g[1])
        return dt.date(y, mo, 1), _last_of_month(y, mo), gran
    if gran == "quarter":
        first = 3 * (int(g[1]) - 1) + 1
        return dt.date(y, first, 1), _last_of_month(y, first + 2), gran
    if gran == "half":
        first = 6 * (int(g[1]) - 1) + 1
        return dt.date(y, first, 1), _last_of_month(y, first + 5), gran
    if gran == "season":
        a, b = _SEASON_MONTHS[g[1]]
        if g[1] == "WI":  # winter of Y: December Y to February Y+1
            return dt.date(y, 12, 1), _last_of_month(y + 1, 2), gran
        return dt.date(y, a, 1), _last_of_month(y, b), gran
    if gran == "year":
        return dt.date(y, 1, 1), dt.date(y, 12, 31), gran
    if gran == "decade":
        return dt.date(y * 10, 1, 1), dt.date(y * 10 + 9, 12, 31), gran
    return dt.date(max(1, y * 100), 1, 1), dt.date(y * 100 + 99, 12, 31), gran
