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
# values 194/200, tone 17/22 (no glued words in these articles). The rules below (another gazetteer person's given
# name before a one-word alias, "Dmitry Patrushev", is a namesake, for mentions and for discovered names; a
# capitalised Russian shift "Годом ранее"; "по" and an accusative month or season ending a range, "с июля по
# ноябрь", "по весну 2024 года"; a year across two calendar years, "2023/24"; "с января" before "будет") raised
# precision to 15/15, references to 75/75, unknown people to 65/67, dates found to 207/210 and their values to
# 203/207. Left:
# - dates: "XVIII" of "в XVIII–XIX веках" (a range of centuries in the plural: no rule for a Roman range was
#   risked in the time left), "в этом учебном году" (an academic year's "this": which of two years?), "по итогам
#   года" (as in analysis30), "on February 4" after "the Winter Games in 2022," (the year of the date just named,
#   as analysis30's "в феврале" after "в январе 2023 года"), "last spring" said in June (the reader took the year
#   before; the spring just ended is as defensible), "a year earlier" after "the three months to September" (read
#   as September 2023: the months are taken as a month, not a quarter), "Tickets for Saturday sold out" (the past
#   verb wins over the weekend's party announced in the sentence before);
# - actors: a country named only by its nationality adjective ("Australian", "Canadian", "British", "French",
#   "Norwegian", "Chinese-owned", "the Russian aluminium producer", "российской «дочки»"): the gazetteer gives no
#   country its adjectives in English or Russian, and adding them would change every table (cooccurrence, labels):
#   no local rule;
# - unknown people: "Han Jun" (two short words: not discovered as a name), "Ольги Синицыной" (discovered in its
#   dictionary form "Ольга Синицына", which the scorer's comparison of written forms does not match);
# - tone: VADER reads "Few experts are optimistic" (a hedged negative), "Nikitin was less cheerful about costs",
#   "Not all the attention has been kind", the ironic "Wonderful priorities" as positive and "called the report
#   \"slander\"" as neutral; VADER's own figures must not change, so no word was added for them.
FLOORS = {"people recall": 15 / 15, "people precision": 15 / 15, "references right": 75 / 75,
          "actors recall (gazetteer actors)": 86 / 96, "unknown people discovered": 65 / 67,
          "date recall": 207 / 210, "date value accuracy": 203 / 207, "tone agreement": 17 / 22}


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
    # (review) ... nor the actor's given name in another transliteration of the same Russian name, which the
    # gazetteer gives another person ("Дмитрий": Dmitry Medvedev's "Dmitry" is Dmytro Kuleba's "Dmytro")
    (["Then Dmitry Kuleba spoke.", "Kuleba added."],
     [("Dmytro Kuleba", "Kuleba", "name"), ("Dmytro Kuleba", "Kuleba", "name")]),
    (["Then Andrei Yermak spoke."], [("Andriy Yermak", "Yermak", "name")]),
    (["Then Andrei Lavrov spoke."], []),
    # (review) ... and after a namesake, the actor's title before his surname names him again ("President" of
    # "Russian President"); not a title he does not hold ("Minister"), nor one he no longer holds on the day
    (["Then Dmitry Putin spoke.", "President Putin replied.", "Putin added."],
     [("Vladimir Putin", "Putin", "name"), ("Vladimir Putin", "Putin", "name")]),
    (["Then Dmitry Putin spoke.", "Mr Putin replied."], []),
    (["Agriculture Minister Dmitry Patrushev spoke.", "Minister Patrushev added."], []),
    (["Then Dmitry Patrushev spoke.", "Secretary Patrushev replied."], []),
    # (review) ... in Russian, the namesake's surname in any case form after him ("Патрушев" after "Дмитрия
    # Патрушева"); a Russian given name is its stem and a case ending, not a word opening with a Chinese family
    # name ("Лишь", "Лидер": "ли"), which is nobody's given name
    (["Дмитрия Патрушева назначили.", "Патрушев сказал."], []),
    (["Дмитрий Белоусов заявил.", "Белоусова спросили."], []),
    (["Лишь Путин знает.", "Путин промолчал."], [("Vladimir Putin", "Путин", "name"), ("Vladimir Putin", "Путин", "name")]),
    (["Лидер Путин заявил."], [("Vladimir Putin", "Путин", "name")]),
    (["Ли Лавров?"], [("Sergey Lavrov", "Лавров", "name")]),
    (["Марка Путина не знает."], []),
])
def test_other_given_name_before_surname(gaz, texts, expected):
    assert sentence_mentions(texts, gaz, "2024-10-10") == expected


@pytest.mark.parametrize("texts, published, expected", [
    # (review) after a namesake, a role the actor holds on the day, or its head noun, before the surname names
    # him again, in Russian too; not a role he does not hold, nor one he has left
    (["Дмитрий Путин заявил.", "Президент Путин ответил."], "2024-10-10", [("Vladimir Putin", "Путин", "name")]),
    (["Дмитрий Путин заявил.", "Министр Путин ответил."], "2024-10-10", []),
    (["Дмитрий Патрушев заявил.", "Позже секретарь Совбеза Патрушев ответил."], "2023-10-10",
     [("Nikolai Patrushev", "Патрушев", "name")]),
    (["Дмитрий Патрушев заявил.", "Позже секретарь Совбеза Патрушев ответил."], "2024-10-10", []),
    (["Then Dmitry Patrushev spoke.", "Secretary Patrushev replied."], "2023-10-10",
     [("Nikolai Patrushev", "Patrushev", "name")]),
    (["Дмитрий Патрушев заявил.", "Министр сельского хозяйства России Патрушев ответил."], "2023-10-10",
     [("Russia", "России", "name")]),
])
def test_own_title_after_namesake(gaz, texts, published, expected):
    assert sentence_mentions(texts, gaz, published) == expected



def _discovered(gaz, texts):
    from presslens import actors, schema

    rows = [{"article_id": "a1", "sentence_no": i, "paragraph_no": 0, "start": 0, "end": len(t), "text": t}
            for i, t in enumerate(texts)]
    return sorted(actors.discover_names(schema.frame("sentences", rows), gaz, min_count=1, cache=False)["name"])


@pytest.mark.parametrize("texts, expected", [
    # ... and such a namesake is a name to discover (the gazetteer's surname no longer cuts the run)
    (["Minister Oksana Lut replaced Dmitry Patrushev in May."], ["Dmitry Patrushev", "Oksana Lut"]),
    (["Дмитрий Патрушев стал вице-премьером."], ["Дмитрий Патрушев"]),
    (["Министр Дмитрий Белоусов заявил."], ["Дмитрий Белоусов"]),
    # ... not the actor under his own given name, nor his surname alone, nor a full alias
    (["Then Nikolai Patrushev spoke."], []),
    (["Then Patrushev spoke with Oksana Lut."], ["Oksana Lut"]),
    (["Then Dmitry Medvedev spoke."], []),
    (["Николай Патрушев заявил."], []),
    # (review) ... nor the actor under another transliteration of his given name
    (["Then Dmitry Kuleba spoke with Oksana Lut."], ["Oksana Lut"]),
    (["Лишь Путин знает, сказал Дмитрий Песков."], []),
])
def test_other_given_name_discovered(gaz, texts, expected):
    assert _discovered(gaz, texts) == expected


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # a shift in the instrumental opening its sentence, capitalised: counted as the lower-case one is
    ("Годом ранее она составляла 28%.", "2024-11-14", [("2023", "")]),
    ("Доля выросла до 39% в первом полугодии 2024 года. Годом ранее она составляла 28%.", "2024-11-14",
     [("2024-H1", ""), ("2023", "")]),
    ("Месяцем позже он уехал.", "2024-11-14", [("2024-12", "")]),
    ("Днём ранее, 3 марта, он приехал.", "2024-11-14", [("2024-11-13", ""), ("2024-03-03", "")]),
    # ... as the lower-case one is; not a name or another word before "ранее"
    ("Она составляла 28% годом ранее.", "2024-11-14", [("2023", "")]),
    ("Годовой отчёт вышел ранее.", "2024-11-14", []),
    ("Неделин ранее работал в банке.", "2024-11-14", []),
])
def test_ru_shift_capitalised(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "по" and a month or a season in the accusative ends a range: "с июля по ноябрь", "по весну 2024 года"
    ("Навигация продлилась с июля по ноябрь.", "2024-11-28", [("2024-07", ""), ("2024-11", "")]),
    ("Он снимал с весны 2022 по весну 2024 года.", "2025-03-27", [("2022-SP", ""), ("2024-SP", "")]),
    ("Работы шли с января по май.", "2024-11-28", [("2024-01", ""), ("2024-05", "")]),
    ("Экспедиция работала с весны по осень.", "2024-11-28", [("2024-SP", ""), ("2024-FA", "")]),
    # ... not the dative after "по" ("скучал по маю", "по весне"), nor a bare nominative month with no preposition
    ("Он скучал по маю.", "2024-11-28", []),
    ("По весне они уехали.", "2024-11-28", []),
    ("Фильм «Ноябрь» вышел в прокат.", "2024-11-28", []),
    ("Навигация продлилась с июля по ноябрь 2023 года.", "2024-11-28", [("2023-07", ""), ("2023-11", "")]),
])
def test_ru_range_end_after_po(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a marketing, fiscal or academic year across two calendar years, by the year it opens in
    ("Russia shipped more grain in the 2023/24 marketing year.", "2024-10-10", [("2023", "")]),
    ("В 2023/24 учебном году в вузах училось больше студентов.", "2024-09-02", [("2023", "")]),
    ("The 1999/2000 season was the club's best.", "2024-09-02", [("1999", "")]),
    ("Приём на 2025/26 учебный год начнётся 1 ноября.", "2024-09-02", [("2025", ""), ("2024-11-01", "")]),
    # ... not two years that do not follow one another, a path, a day and month, or a ratio
    ("The 2023/25 plan was dropped.", "2024-09-02", []),
    ("See example.com/2023/24/report for more.", "2024-09-02", []),
    ("Goals 2023/2025 were missed.", "2024-09-02", []),
    ("The report of 12/03/2024 said so.", "2024-09-02", [("2024-03-12", "")]),
    # (review) ... nor a document's number by year after its number sign or kind (the 24th act of 2023)
    ("Regulation (EU) 2023/24 applies.", "2024-09-02", []),
    ("Directive 2019/2020 was adopted.", "2024-09-02", []),
    ("Постановление № 2023/24 принято.", "2024-09-02", []),
    ("The No. 2023/24 plan and the 2024/25 season.", "2024-09-02", [("2024", "")]),
])
def test_split_year(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "с" and a month look back, unless "будет"/"будут" follows in the clause: the month it starts from lies ahead
    ("Компания с января будет набирать рабочих в Киргизии.", "2024-12-24", [("2025-01", "")]),
    ("С марта тарифы будут расти.", "2024-12-24", [("2025-03", "")]),
    ("С января будет действовать новый закон.", "2024-12-24", [("2025-01", "")]),
    # ... not a past or present verb, nor "будет" past a comma, an "и" or in another clause
    ("С января цены выросли.", "2024-12-24", [("2024-01", "")]),
    ("С января он работает в банке.", "2024-12-24", [("2024-01", "")]),
    ("Он с января жил в Москве и будет жить там.", "2024-12-24", [("2024-01", "")]),
    ("С мая, как будет сказано ниже, всё изменилось.", "2024-12-24", [("2024-05", "")]),
    # (review) ... ahead of the article's date, not of a year the sentence names before the month
    ("В 2023 году он сказал, что с января будет работать.", "2024-12-24", [("2023", ""), ("2024-01", "")]),
    ("В 2023 г. он сказал, что с января будет работать.", "2024-12-24", [("2023", ""), ("2024-01", "")]),
    ("Он сказал, что с января будет работать.", "2024-12-24", [("2025-01", "")]),
    ("В 2023 году цены выросли. С января будет действовать закон.", "2024-12-24", [("2023", ""), ("2025-01", "")]),
])
def test_ru_from_month_future(text, dct, expected):
    assert date_values(text, dct) == expected
