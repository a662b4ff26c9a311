"""The analysis probe of the thirty-fifth session (tests/data/probes/analysis35): twelve articles the analyses were
not written from (6 English, 6 Russian) on subjects the earlier probes, almost all about China-Russia relations,
never touched (a football club's promotion, a company's results and its chief executive, a bribery trial, a nurses'
strike, a rocket launch, an EU summit on farming; in Russian a mayor's budget, a flood, a chemist's prize, a singer's
cancelled tour, a regional election, a Kazakh oil project), so that almost every person named is unknown to the
gazetteer, scored against a careful reader's expectations written before presslens ran on them
(tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes that must not
change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests, sentence_mentions  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules (the main branch at this session's start): people 6/6 (precision 6/6: the
# gazetteer knows only von der Leyen, Macron, Putin, Peskov, Medvedev and Tokayev here), references 71/72, gazetteer
# actors 19/28, unknown people discovered 66/67, dates found 161/164 and their values 145/161, tone 16/27 (no glued
# words in these articles). The rules below raised references to 72/72 ("Глава государства" after Tokayev), dates
# found to 162/164 ("не раньше октября") and their values to 160/162 (the company's header line "Business Desk, 15
# February 2024" was left unread, so its eleven relative dates had no year; "в ночь на субботу" read ahead in a past
# sentence; "позапрошлой осенью" read as "прошлой"; "поручил выплатить пострадавшим ... до 1 мая" read as a past
# term because the participle "пострадавшим" counted as a past verb). Left:
# - actors: the 9 misses are all countries named only by a nationality adjective ("Belgian side", "Nigerian
#   forward", "Dutch union", "Polish rail operator", "American firm", "French President", "Irish agriculture
#   minister", "Dutch officials", "итальянская Eni"): the general fix (a known state's adjective read as the
#   state, culture left out) changes every probe's actors table and was not risked in this session's time either;
# - discovered names: "founder Jan Meijer" ("Jan" is in STOP_CAPS as January's abbreviation, so the name's run
#   starts at "Meijer" alone); a given name "Jan" before a capitalized surname needs a change to the run logic
#   that the actors' speed work going on at the same time touches;
# - dates: "The hearing continues on Monday" (a present verb with a future meaning, read as the past Monday, as
#   analysis33's "The forum ends on Thursday": headlines use the same present for past events), "к вечеру
#   четверга" (a part of the day in the dative with the weekday's genitive), "фестиваля ..., где Ланская должна была выступить в конце июля, пока не
#   решили" (read as last July inside that sentence, though the clause alone reads the July ahead: not traced);
# - tone: VADER reads hedges and comparatives ("Analysts were less convinced", "Patients were less forgiving"),
#   concessives ("not terrible, but they are not good either", "not perfect, but workable", "nobody worked
#   harder"), idioms ("too little, too late", "proved the doubters wrong", "One success does not make a reliable
#   launcher") and words it does not list ("flawless", "historic") otherwise; VADER's own figures must not change,
#   so no word was added.
# (analysis36's rules raised dates found to 163/164 and their values to 161/163: "charged the following spring",
# after "in November 2021", is 2022-SP, a season after the date the narrative named last)
FLOORS = {"people recall": 6 / 6, "people precision": 6 / 6, "references right": 72 / 72,
          "actors recall (gazetteer actors)": 19 / 28, "unknown people discovered": 66 / 67,
          "date recall": 163 / 164, "date value accuracy": 161 / 163, "tone agreement": 16 / 27}


probe_score, test_probe_figure_holds = figure_tests("analysis35", FLOORS)


# --- dates -----------------------------------------------------------------------------------------------

def _article(head: str):
    from presslens.parsing import parse_text

    return parse_text("Northwind profit falls as chief executive defends expansion\n\n" + head + "\n\nNorthwind, "
                      "the freight group, reported on Thursday a net profit of 212 million euros, down 18 percent "
                      "from a year earlier. Shares fell.\n\nThe company will publish its results in May.\n")


@pytest.mark.parametrize("head, published", [
    # the desk that filed the story, its name two capitalized words as a person's, then a comma and the date:
    # the desk, and the article's date (before, the line was left as a person's name and a date, and the
    # article had no date at all)
    ("By Priya Raman\nBusiness Desk, 15 February 2024", "2024-02-15"),
    ("Business Desk, 15 February 2024", "2024-02-15"),
    ("Moscow Bureau, 3 May 2024", "2024-05-03"),
    ("TOI World Desk, May 3, 2024", "2024-05-03"),
    # ... a person's name before the comma stays unread as before, a sentence too; a desk before a bar, a
    # section before the comma and a bare date line read as before
    ("Jane Doe, 15 February 2024", ""),
    ("Business Desk said on 15 February 2024 that", ""),
    ("By Priya Raman\nBusiness Desk | 15 February 2024", "2024-02-15"),
    ("World News, 15 February 2024", "2024-02-15"),
    ("By Priya Raman\n15 February 2024", "2024-02-15"),
])
def test_desk_comma_date_line(head, published):
    assert _article(head).published == published


@pytest.mark.parametrize("text, value", [
    # "позапрошлой осенью" is the season before last, a year before "прошлой осенью" (before, both were 2022-FA)
    ("Проект предложили ещё позапрошлой осенью.", "2021-FA"),
    ("Это было позапрошлым летом.", "2021-SU"),
    ("Позапрошлой зимой было холодно.", "2020-WI"),
    # ... "прошлой" seasons, "позапрошлой неделе", "в позапрошлом году" and "осенью позапрошлого года" as before
    ("Это случилось прошлой осенью.", "2022-FA"),
    ("Прошлой зимой было холодно.", "2021-WI"),
    ("Мы встретились на позапрошлой неделе.", "2023-W04"),
    ("В позапрошлом году завод закрыли.", "2021"),
    ("Осенью позапрошлого года завод закрыли.", "2021-FA"),
    ("Следующей осенью откроют.", "2023-FA"),
])
def test_ru_season_before_last(text, value):
    assert [v for v, _mod in date_values(text, "2023-02-08")] == [value]


# --- actors ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gaz():
    from presslens import actors

    return actors.read_gazetteer()


def _corefs(texts, gaz):
    return [(a, t) for a, t, how in sentence_mentions(texts, gaz, "2024-07-17") if how == "coreference"]


@pytest.mark.parametrize("texts, expected", [
    # "Глава государства" (the head of state) stands for the one president named before, as a bare "Президент"
    # does: opening a sentence before a verb or a parenthetical, or inside one before its verb
    (["Президент Казахстана Касым-Жомарт Токаев приветствовал соглашение.", "Глава государства напомнил о рекорде."],
     [("Kassym-Jomart Tokayev", "Глава государства")]),
    (["Путин прилетел в Пекин.", "Глава государства подписал указ."], [("Vladimir Putin", "Глава государства")]),
    (["Токаев выступил на форуме.", "Глава государства, по словам пресс-службы, доволен."],
     [("Kassym-Jomart Tokayev", "Глава государства")]),
    (["Путин прилетел в Пекин.", "Песков сообщил, что глава государства подпишет закон."],
     [("Vladimir Putin", "глава государства")]),
    # ... not with two presidents named, nor with none, nor "Глава государственной компании", the phrase as a
    # name's title, "государства-члена"; a bare "Президент" as before
    (["Путин и Токаев прилетели.", "Глава государства подписал указ."], []),
    (["Глава государства подписал указ."], []),
    (["Путин прилетел в Пекин.", "Глава государственной компании подписал контракт."], []),
    (["Путин прилетел в Пекин.", "Глава государства Касым-Жомарт Токаев подписал указ."], []),
    (["Путин прилетел в Пекин.", "Глава государства-члена ШОС подписал указ."], []),
    (["Путин прилетел в Пекин.", "Президент подписал закон."], [("Vladimir Putin", "Президент")]),
    # (review43) the office in general, the copula or a word of a power or duty after the phrase, is nobody
    # ("Глава государства является гарантом", "вправе ...", "что глава государства является ...": before, the one
    # president named); the phrase with "не" and a past verb, an adjective of intent, and "должен" or "может" of
    # the holder's plans still are
    (["Путин прилетел в Пекин.", "Глава государства является гарантом Конституции."], []),
    (["Путин прилетел в Пекин.", "Глава государства вправе распустить Думу."], []),
    (["Путин прилетел в Пекин.", "Эксперт напомнил, что глава государства является гарантом Конституции."], []),
    (["Путин прилетел в Пекин.", "Глава государства не стал комментировать."],
     [("Vladimir Putin", "Глава государства")]),
    (["Путин прилетел в Пекин.", "Глава государства намерен выступить."], [("Vladimir Putin", "Глава государства")]),
    (["Путин прилетел в Пекин.", "Глава государства должен прибыть в Шанхай в среду."],
     [("Vladimir Putin", "Глава государства")]),
    (["Путин прилетел в Пекин.", "Песков сообщил, что глава государства может посетить Шанхай."],
     [("Vladimir Putin", "глава государства")]),
])
def test_ru_head_of_state(texts, expected, gaz):
    assert _corefs(texts, gaz) == expected


@pytest.mark.parametrize("text, values", [
    # "в ночь на субботу" is the night before that day, which the verb's tense places, not a plan for the day as
    # "на субботу" is (before, every such night lay ahead: "эвакуировали в ночь на субботу" gave the next Saturday)
    ("Гусеву эвакуировали на лодке в ночь на субботу.", ["2024-04-06"]),
    ("В ночь на субботу дамбу прорвало.", ["2024-04-06"]),
    ("Дамбу прорвало в ночь с пятницы на субботу.", ["2024-04-05", "2024-04-06"]),
    # ... a night told ahead stays ahead; "на субботу" without a night, and "ночь" in another clause, as before
    ("Эвакуация пройдёт в ночь на субботу.", ["2024-04-13"]),
    ("Встречу перенесли на субботу.", ["2024-04-13"]),
    ("Встречу назначили на субботу.", ["2024-04-13"]),
    ("Гусеву эвакуировали в субботу.", ["2024-04-06"]),
    ("Всю ночь работали, а на субботу назначили митинг.", ["2024-04-13"]),
    # (review43) a night a plan is set for, "на" before it, looks ahead as "на субботу" does (before, the past
    # verb of the rescheduling made it the last Saturday); a night after "в" or "ночью" keeps the verb's tense
    ("Акцию перенесли на ночь на субботу.", ["2024-04-13"]),
    ("Работы перенесли На ночь на субботу.", ["2024-04-13"]),
    ("В ночь на субботу, как сообщили, прорвало дамбу.", ["2024-04-06"]),
    ("Дамбу прорвало ночью с пятницы на субботу.", ["2024-04-05", "2024-04-06"]),
    # (review43) the night's first day, "с пятницы", is the day before the one after "на", by the same tense (before,
    # "с" made it the last Friday whatever the tense: a future night from the past Friday to the next Saturday);
    # "с пятницы" with no night, or no "на" day after it, is a start as before
    ("В ночь с пятницы на субботу пройдёт акция.", ["2024-04-12", "2024-04-13"]),
    ("Работы перенесли на ночь с пятницы на субботу.", ["2024-04-12", "2024-04-13"]),
    ("Он работает с пятницы на полставки.", ["2024-04-05"]),
    ("Всю ночь с пятницы работали.", ["2024-04-05"]),
])
def test_ru_night_before_weekday(text, values):
    assert [v for v, _mod in date_values(text, "2024-04-10")] == values


@pytest.mark.parametrize("text, value", [
    # a past participle naming people by what befell them ("пострадавшим", "пропавших", "заболевшим") between an
    # order's verb and "до" is no past act of its own: the term is still the order's, the day nearest the DCT
    # (before, the participle made the date a past term of its own: 2023-05-01)
    ("Путин поручил выплатить пострадавшим компенсации до 1 мая.", "2024-05-01"),
    ("Суд отложил рассмотрение дела пропавших до 1 мая.", "2024-05-01"),
    ("Губернатор обязал выплатить заболевшим пособия до 1 мая.", "2024-05-01"),
    # ... the order without a participle as before; a past term of other verbs, a finite verb after "и", and a
    # participle before another past verb keep the past
    ("Путин поручил выплатить компенсации до 1 мая.", "2024-05-01"),
    ("Он работал там до 1 мая.", "2023-05-01"),
    ("Пострадавшим выплатили компенсации до 1 мая.", "2023-05-01"),
    ("Путин поручил выплатить, и пострадавшие ждали до 1 мая.", "2023-05-01"),
    ("Суд отложил дело, а вернувшийся адвокат работал до 1 мая.", "2023-05-01"),
    # (review43) a participle opening a phrase after a comma, the date inside it, is that phrase's past act
    # (before, dropped: "мужчину, пропавшего до 1 мая" became the arrest's term); a phrase closed by a comma
    # before "до" leaves the term to the order
    ("Суд арестовал мужчину, пропавшего до 1 мая.", "2023-05-01"),
    ("Суд отложил дело мужчины, пропавшего без вести до 1 мая.", "2023-05-01"),
    ("Путин поручил помочь семьям, пострадавшим от паводка, до 1 мая.", "2024-05-01"),
])
def test_ru_term_after_participle(text, value):
    assert [v for v, _mod in date_values(text, "2024-04-10")] == [value]


@pytest.mark.parametrize("text, value", [
    # the past of verbs whose stem ends in a consonant ("исчезли", "умер", "отвергли") and of "произойти" in a
    # clause before "до" is that clause's done act, not the order's term (before, each read 2024: the order's term)
    ("Путин поручил найти людей, которые исчезли до 1 мая.", "2023-05-01"),
    ("Путин поручил проверить учёного, который умер до 1 мая.", "2023-05-01"),
    ("Путин поручил проверить сделки, которые произошли до 1 мая.", "2023-05-01"),
    ("Путин поручил найти детей, которых отвергли до 1 мая.", "2023-05-01"),
    # ... the nouns ending as those verbs do ("размер", "навык", "коллег", "угли") leave the order's term as before
    ("Путин поручил проверить размер выплат до 1 мая.", "2024-05-01"),
    ("Путин поручил проверить навык пилотов до 1 мая.", "2024-05-01"),
    ("Путин поручил наградить коллег до 1 мая.", "2024-05-01"),
    ("Путин поручил вывезти угли до 1 мая.", "2024-05-01"),
])
def test_ru_term_after_consonant_stem_past(text, value):
    assert [v for v, _mod in date_values(text, "2024-04-10")] == [value]


@pytest.mark.parametrize("text, values", [
    # a month in the genitive bounding a time after a comparative ("не раньше октября", "не позднее марта",
    # "позже мая") is a date, its year by the verb's tense (before, no date was found)
    ("Решение суда ожидается не раньше октября.", ["2024-10"]),
    ("Работы закончат не позднее марта.", ["2025-03"]),
    ("Работы закончили не позднее марта.", ["2024-03"]),
    ("Раньше мая никто не приедет.", ["2025-05"]),
    # ... "до октября", "конца октября" and a day-month after "не раньше" as before; "раньше" before a comma is
    # no bound
    ("Решение ожидается до октября.", ["2024-10"]),
    ("Не раньше конца октября решение не примут.", ["2024-10"]),
    ("Не раньше 5 октября решение не примут.", ["2024-10-05"]),
    ("Он приехал раньше, в октябре.", ["2023-10"]),
    # (review43) "не ранее", the official word, bounds as "не раньше" does (before, no date); "Ранее," before a
    # comma, a nominative month and a name "Марта" after it are no bound
    ("Решение примут не ранее октября.", ["2024-10"]),
    ("Ранее октября его не ждут.", ["2024-10"]),
    ("Ранее, в октябре, он приехал.", ["2023-10"]),
    ("Ранее март был холодным.", []),
    ("Ранее Марта заявила о переезде.", []),
])
def test_ru_month_after_comparative(text, values):
    assert [v for v, _mod in date_values(text, "2024-09-09")] == values


@pytest.mark.parametrize("text, values", [
    # a second genitive month joined by "или"/"и" to one after a comparative is bounded too, its year by the same
    # tense (before, only the first month was read)
    ("Решение суда ожидается не раньше мая или июня.", ["2025-05", "2025-06"]),
    ("Работы закончили не позднее марта или апреля.", ["2024-03", "2024-04"]),
    ("Решение примут не ранее декабря или января.", ["2024-12", "2025-01"]),
    ("Позже мая или июня никто не приедет.", ["2025-05", "2025-06"]),
    # ... a month after "до" and "или", one in another clause, a capitalised name, a day-month and a "конца"
    # after the join keep their readings
    ("Решение ожидается до мая или июня.", ["2025-05"]),
    ("Решение ожидается не раньше мая, а июня ждать не стоит.", ["2025-05"]),
    ("Не раньше мая или Марта решение не примут.", ["2025-05"]),
    ("Решение ожидается не раньше мая или 5 июня.", ["2025-05", "2025-06-05"]),
    ("Решение ожидается не раньше мая и конца июня.", ["2025-05", "2025-06"]),
])
def test_ru_second_month_after_comparative(text, values):
    assert [v for v, _mod in date_values(text, "2024-09-09")] == values


def test_ru_past_verbs_of_consonant_stems():
    # the words _RU_PAST takes for past verbs: the past of stems ending in a consonant, with -л- ("исчезли",
    # "возникла", "привлекли", "легли", "сочли") and without ("умер", "исчез", "отверг", "привык", "лёг", "упёрся"),
    # the reflexive and "произо-" of -йти ("пришлось", "произошло"), and the forms read before ("вырос", "погиб",
    # "достиг", "принёс", "переросся", "шёл", "сел"); before, the first thirteen were no verbs
    from presslens.timex import _ru_past_verbs

    verbs = ("исчезли возникла привлекли легли сочли умер исчез отверг привык лёг упёрся пришлось произошло "
             "вырос погиб достиг принёс переросся шёл сел").split()
    assert [w for w in verbs if not _ru_past_verbs(w)] == []
    # ... and the nouns ending as they do are none ("размер", "замер", "четверг", "навык", "коллег", "угли",
    # "корабли", "узла", "цикла", "кукла", "вопрос")
    nouns = "размер замер четверг навык коллег угли корабли узла цикла кукла вопрос".split()
    assert [w for w in nouns if _ru_past_verbs(w)] == []
