"""The analysis probe of the twenty-sixth session (tests/data/probes/analysis26): fourteen articles the analyses were
not written from (9 English, 5 Russian) in genres the earlier probes did not use (a court's sanctions ruling, an
energy market report, an obituary, a parliamentary debate, a travel/visa story, a fact-check, a TV interview's
transcript, weekly digests, a think-tank commentary with footnote markers; in Russian a court ruling, an oil-export
report, a Duma debate, a visa story and a digest), scored against a careful reader's expectations written before
presslens ran on them (tests/analysis_probe_score.py), and a short test for each rule added after it, with
look-alikes that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests, glued, sentence_mentions  # noqa: E402
from test_analysis_probe22 import discovered  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules (the main branch at this session's start, and the same after its other
# merges: parsing probe 26, its review, timex26): people 48/51 (precision
# 48/48), references 98/102, gazetteer actors 128/141, unknown people discovered 54/56, dates found 197/205 and
# their values 175/197, glued words 9/14, tone 15/16. Left:
# - the expectations' own misses, by their header's rule that a body named only inside a person's role does not
#   count: the Security Council of Russia in "deputy chairman of the Security Council" and "заместитель
#   председателя Совбеза"; China, India, Ukraine in the English digest named only in "Chinese President Xi
#   Jinping", "Indian Prime Minister Narendra Modi", "Ukrainian President Volodymyr Zelensky"; Michael Kimmage,
#   named only in the commentary's notes, which are no story text;
# - a state named by its adjective before no word for its government ("Indian refiners", "a Soviet and Russian
#   diplomat", "the Kazakh capital", "в японской Хиросиме"), and the United States as "America" (a bare
#   "America" alias would take "Latin America", "Bank of America");
# - "Fabian Hamilton" (the given name reads as an adjective in -ian: "the Fabian Society");
# - glued words whose verb is neither a function word nor one of saying ("Chistyakovtaught", "Xi Jinpingheld",
#   and so Xi in that story, named only there; "Putinhave", whose name stands alone only in the headline);
# - clock times whose day is the story's, named sentences before ("at 1.30pm" after "on Wednesday afternoon",
#   "at about 5pm" with "on Monday" between, "в 7:40 утра" after "В первый же день"): they take the DCT's;
#   "в понедельник" after a verb glued to a name ("Миллерзаявил": the tense is read from the raw text); "until
#   New Year", "in 1971-72" (a year range by a hyphen), "за январь—сентябрь", "Двадцать третьего мая" untagged;
# - "Китайский дипломат" for the one such person named before (no rule for that noun: Mao Ning has no role in
#   the gazetteer), and "Friendship without limits is a beautiful phrase" (VADER: slightly negative).
FLOORS = {"people recall": 50 / 51, "people precision": 50 / 50, "references right": 101 / 102,
          "actors recall (gazetteer actors)": 130 / 141, "unknown people discovered": 54 / 56,
          "date recall": 201 / 205, "date value accuracy": 197 / 201, "glued repaired": 11 / 14,
          "tone agreement": 15 / 16}


probe_score, test_probe_figure_holds = figure_tests("analysis26", FLOORS)


# --- header: a rubric beside the date ------------------------------------------------------------------

@pytest.mark.parametrize("line, published, section", [
    # a rubric's name in sentence case, a bar, the date: the header's date line (weekday or not)
    ("Weekly digest | Friday, July 5, 2024", "2024-07-05", "Weekly digest"),
    ("World news | 6 March 2025", "2025-03-06", "World news"),
    ("Weekly digest | Kyiv", "", ""),                                    # no date beside it
    ("Trade and the war | July 5, 2024", "", ""),                        # a headline's words, not a rubric's
    # (review27) a credit's, a byline's or a date's label is no rubric; a rubric in Russian is one
    ("Photo by staff | July 5, 2024", "", ""),
    ("Posted in news | July 5, 2024", "", ""),
    ("Новости компаний | 5 июля 2024", "2024-07-05", "Новости компаний"),
])
def test_rubric_bar_date_line(line, published, section):
    from presslens.parsing import parse_text

    art = parse_text(f"Some headline here for the test\n\n{line}\n\nThe body of the article goes here and is long "
                     "enough to be a paragraph of text.\n\nAnother paragraph of the body text that goes on.\n")
    assert (art.published, art.section) == (published, section)


def test_section_beside_byline_keeps_its_line():
    """(review27) The rubric rule's "no date, no line" is for its own rubrics: a section the list knows beside a
    byline and no date stays the line's section, as before the rule."""
    from presslens.parsing import parse_text

    art = parse_text("Some headline here for the test\n\nPolitics | By John Smith\n\nThe body of the article goes "
                     "here and is long enough to be a paragraph of text.\n\nAnother paragraph of the body text.\n")
    assert art.section == "Politics"


# --- glued words ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a name's last word glued to a verb of saying right after its first word, the last word alone elsewhere
    ("Joining us is the ambassador. I think Kirby was right. John Kirbysaid on Monday that it was so.",
     [("Kirbysaid", "Kirby said")]),
    ("The Court Reinstated him. Rein was there.", []),                  # the part only opens a sentence
    ("I think Kirby was right. Kirbysaid on Monday that it was so.", []),  # no first word before it
    # (review27) a part that makes a word of the verb stays one word, as in the older rule; another name is split
    ("Dr. Amina Gainsaid spoke. In fact, Gain was there.", []),
    ("Maria Zakharovasaid on Monday. Yesterday, Zakharova was right.", [("Zakharovasaid", "Zakharova said")]),
    # "назвал" is split off a name as the verbs of saying are; "Переназвал" is one word
    ("Президент Казахстана Касым-Жомарт Токаевназвал встречу исторической.", [("Токаевназвал", "Токаев назвал")]),
    ("Переназвал он улицу.", []),
])
def test_glued(text, expected):
    assert glued(text) == expected


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # a participle of something awaited opening its clause: the date lies ahead
    ("A 15th package, expected in December, will list more companies.", "2024-09-18", [("2024-12", "")]),
    ("Russia expected in December that prices would rise.", "2024-09-18", [("2023-12", "")]),
    # (review27) ... unless the clause's own verb after it is past: the awaited day has come
    ("The talks, due on Monday, were held in Geneva.", "2024-09-18", [("2024-09-16", "")]),
    ("The results, due in March, showed a loss.", "2024-09-18", [("2024-03", "")]),
    ("The summit, scheduled for Friday, will open in Astana.", "2024-09-18", [("2024-09-20", "")]),
    # British clock times: a full stop between hours and minutes before am/pm
    ("Opening the debate at 1.30pm, the minister spoke.", "2025-03-06", [("2025-03-06T13:30", "")]),
    ("Revenue was 1.30 per share, or $1.30pm by their count.", "2025-03-06", []),
    # (review27) ... with its day too, as "10:15 am on Monday"
    ("The vote is at 10.15 am on Monday.", "2025-03-06", [("2025-03-03T10:15", "")]),
    ("The blast came at 4.45pm on May 16.", "2025-05-20", [("2025-05-16T16:45", "")]),
    ("The index fell 1.30 points at 4pm.", "2025-03-06", [("2025-03-06T16:00", "")]),
    # work that went on until a time is past, as "stayed until"; a deadline ahead stays ahead
    ("Customs staff worked until 11 p.m. on Sunday to clear a backlog.", "2025-09-17", [("2025-09-14T23:00", "")]),
    ("The vote will be held until Sunday.", "2025-09-17", [("2025-09-21", "")]),
    # (review27) "worked" only right before the "until": another verb's deadline, a future perfect stay ahead
    ("The team worked out a deal that lasts until Sunday.", "2025-09-17", [("2025-09-21", "")]),
    ("Customs staff will have worked until 11 p.m. on Sunday.", "2025-09-17", [("2025-09-21T23:00", "")]),
    ("The crews worked late until Sunday.", "2025-09-17", [("2025-09-14", "")]),
    # the infinitive of an order lies after it ("поручил подготовить"), a past verb's own date stays past
    ("Премьер в марте поручил правительству подготовить к третьему кварталу предложения.", "2025-04-24",
     [("2025-03", ""), ("2025-Q3", "")]),
    ("Премьер в марте подготовил доклад и в апреле уехал.", "2025-06-24", [("2025-03", ""), ("2025-04", "")]),
    # a past participle opening its clause right before the date: past
    ("Соглашение, подписанное в мае во время визита, предусматривает создание группы.", "2024-12-18",
     [("2024-05", "")]),
    ("Визит, запланированный на май, пройдет в Пекине.", "2024-12-18", [("2025-05", "")]),
    # the first month of a range takes the year written with the second
    ("Товарооборот в январе—ноябре 2024 года вырос еще на 2%.", "2024-12-18", [("2024-01", ""), ("2024-11", "")]),
    ("Trade fell from December to February 2024.", "2025-06-01", [("2023-12", ""), ("2024-02", "")]),
    # (coordination) the year written with the second is the first one's too, "in" said again or not
    ("It happened in June and in July 2023.", "2025-01-01", [("2023-06", ""), ("2023-07", "")]),
    # (review27) a quarter is no month; the second month of a range takes the first one's year, but not after "and"
    ("Sales in Q1 to March 2024.", "2025-01-01", [("2025-Q1", ""), ("2024-03", "")]),
    ("Trade fell from December 2023 to February.", "2025-06-01", [("2023-12", ""), ("2024-02", "")]),
    ("Sales in January 2023 - March were flat.", "2025-06-01", [("2023-01", ""), ("2023-03", "")]),
    ("He visited in May 2023 and June.", "2025-06-01", [("2023-05", ""), ("2025-06", "")]),
    # the second of two weekdays joined by "и" takes the first one's preposition
    ("Ли Хуэй во вторник и среду провел переговоры в Киеве.", "2023-05-19", [("2023-05-16", ""), ("2023-05-17", "")]),
    ("Решения ожидаются в субботу и воскресенье.", "2023-05-19", [("2023-05-20", ""), ("2023-05-21", "")]),
    ("Он изучал воду и среду обитания.", "2023-05-19", []),
    # (review27) ... the first one's next such day, and nothing when the first has no preposition (no date)
    ("Встречи пройдут в пятницу и субботу.", "2023-05-20", [("2023-05-26", ""), ("2023-05-27", "")]),
    ("Отмечали пятницу и субботу как праздники.", "2023-05-19", []),
    ("В понедельник и вторник и среду шли дожди.", "2023-05-19",
     [("2023-05-15", ""), ("2023-05-16", ""), ("2023-05-17", "")]),
    # the end of this week or month, as of this year
    ("Губернатор пообещал, что к концу недели откроют окна.", "2025-12-03", [("2025-W49", "END")]),
    ("С начала месяца цены выросли.", "2025-12-03", [("2025-12", "START")]),
    ("Он был в конце недели моды.", "2025-12-03", []),
    # (review27) a genitive after the week or month that names one of its own, not only "моды"
    ("К концу недели высокой моды в Париже.", "2025-12-03", []),
    ("До конца месяца Рамадан осталось два дня.", "2025-12-03", [("P2D", "")]),
    ("С начала месяца мая цены выросли.", "2025-12-03", []),
    ("К концу недели цены вырастут.", "2025-12-03", [("2025-W49", "END")]),
    ("До конца месяца осталось мало.", "2025-12-03", [("2025-12", "END")]),
    # "в тот же день" is the day named before, sentences back too (as "that same day"); "на следующий день" counts
    # from a day of its own or the previous sentence only
    ("Лавров выступал в Думе позавчера. Министр также раскритиковал санкции.\n\nМедведев в тот же день заявил, "
     "что Арктика наша.", "2024-12-18", [("2024-12-16", ""), ("2024-12-16", "")]),
    ("Лавров выступал 10 декабря. Потом было многое. Еще многое. Медведев на следующий день заявил.", "2024-12-18",
     [("2024-12-10", ""), ("2024-12-19", "")]),
])
def test_dates(text, dct, expected):
    assert date_values(text, dct) == expected


# --- actors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, published, expected", [
    # a man's surname in -ский declines as an adjective
    (["Переговоры с Владимиром Зеленским прошли.", "Зеленского ждут."], "2023-05-19",
     [("Volodymyr Zelensky", "Владимиром Зеленским", "name"), ("Volodymyr Zelensky", "Зеленского", "name")]),
    (["Елена Зеленская приехала."], "2023-05-19", []),
    # a noun in -ай declines: Китая, в Китае, с Китаем
    (["Из Китая пришли.", "В Китае и с Китаем торгуют."], "2023-05-19",
     [("China", "Китая", "name"), ("China", "Китае", "name"), ("China", "Китаем", "name")]),
    (["Китайский министр сказал.", "Китайская кухня."], "2023-05-19", []),
    # the Russian names of the Communist Party of China
    (["Он встретится с руководством Компартии Китая.", "Компартия Вьетнама провела съезд."], "2023-05-19",
     [("Communist Party of China", "Компартии Китая", "name"), ("Vietnam", "Вьетнама", "name")]),
    # a label shortened to its nationality and its noun: the one actor so labelled
    (["Chinese Foreign Ministry spokesman Lin Jian said so.", "The Chinese spokesman said Beijing would act."],
     "2024-09-18", [("Chinese Foreign Ministry", "Chinese Foreign Ministry", "name"), ("Lin Jian", "Lin Jian", "name"),
                    ("Lin Jian", "Chinese spokesman", "coreference"), ("Beijing", "Beijing", "name")]),
    (["Chinese Foreign Minister Wang Yi came.", "Chinese Commerce Minister Wang Wentao came.",
      "The Chinese minister said no."], "2024-09-18",
     [("Wang Yi", "Wang Yi", "name"), ("China", "Chinese", "role")]),  # another's title shortens so too
    # (review27) ... named or not, and "another"/"a" before the short form is another holder
    (["Chinese Foreign Ministry spokesman Lin Jian said so.", "A Chinese Defence Ministry spokesman said no.",
      "The Chinese spokesman said Beijing would act."], "2024-09-18",
     [("Chinese Foreign Ministry", "Chinese Foreign Ministry", "name"), ("Lin Jian", "Lin Jian", "name"),
      ("Beijing", "Beijing", "name")]),
    (["Chinese Foreign Ministry spokesman Lin Jian said so.", "Another Chinese spokesman, at the embassy, said no.",
      "The Chinese spokesman said Beijing would act."], "2024-09-18",
     [("Chinese Foreign Ministry", "Chinese Foreign Ministry", "name"), ("Lin Jian", "Lin Jian", "name"),
      ("Beijing", "Beijing", "name")]),
    (["Chinese Foreign Ministry spokesman Lin Jian said so.", "The Chinese spokesman said Beijing would act.",
      "The Chinese spokesman added more."], "2024-09-18",
     [("Chinese Foreign Ministry", "Chinese Foreign Ministry", "name"), ("Lin Jian", "Lin Jian", "name"),
      ("Lin Jian", "Chinese spokesman", "coreference"), ("Beijing", "Beijing", "name"),
      ("Lin Jian", "Chinese spokesman", "coreference")]),  # the short form itself is no other title
    (["Russian Foreign Ministry spokeswoman Maria Zakharova said so.", "The Russian spokeswoman added more."],
     "2024-09-18", [("Russian Foreign Ministry", "Russian Foreign Ministry", "name"),
                    ("Maria Zakharova", "Maria Zakharova", "name"),
                    ("Maria Zakharova", "Russian spokeswoman", "coreference")]),
    # a bare Russian office noun inside a sentence, before a verb: the one holder named before
    (["Соглашение подписано во время визита Владимира Путина.", "Песков сообщил, что президент подпишет закон."],
     "2024-12-18", [("Vladimir Putin", "Владимира Путина", "name"), ("Dmitry Peskov", "Песков", "name"),
                    ("Vladimir Putin", "президент", "coreference")]),
    (["Соглашение подписано во время визита Владимира Путина.",
      "Песков сообщил, что президент компании подпишет закон."], "2024-12-18",
     [("Vladimir Putin", "Владимира Путина", "name"), ("Dmitry Peskov", "Песков", "name")]),
    # "the foreign minister", "Министр иностранных дел": a bare office of two words, as "the president"
    (["Глава МИД Сергей Лавров выступил.", "Министр иностранных дел также раскритиковал санкции."], "2024-12-18",
     [("Sergey Lavrov", "Сергей Лавров", "name"), ("Sergey Lavrov", "Министр иностранных дел", "coreference")]),
    (["Chinese Foreign Minister Wang Yi came.", "The foreign minister said no."], "2024-12-18",
     [("Wang Yi", "Wang Yi", "name"), ("Wang Yi", "foreign minister", "coreference")]),
    (["Сергей Лавров прилетел.", "Министр иностранных дел Индии заявил."], "2024-12-18",
     [("Sergey Lavrov", "Сергей Лавров", "name"), ("India", "Индии", "name")]),  # another state's
    (["Chinese Foreign Minister Wang Yi came.", "Indian Foreign Minister Subrahmanyam Jaishankar came.",
      "The foreign minister said no."], "2024-12-18",
     [("Wang Yi", "Wang Yi", "name"), ("India", "Indian", "role")]),  # a holder the gazetteer does not know
    # a state's institution after its name leaves it the state
    (["Banks reject transfers since the US Treasury widened sanctions.", "US Steel rose."], "2024-07-05",
     [("United States", "US", "name")]),
])
def test_actors(gaz, texts, published, expected):
    assert sentence_mentions(texts, gaz, published) == expected


@pytest.mark.parametrize("texts, expected", [
    # "See" opening a note's reference is no word of the name
    (["See Michael Kimmage, Foreign Affairs, December 2024."], ["Foreign Affairs", "Michael Kimmage"]),
    (["Seema Rao said so."], ["Seema Rao"]),
])
def test_discovered_names(gaz, texts, expected):
    assert discovered(texts, gaz) == expected
