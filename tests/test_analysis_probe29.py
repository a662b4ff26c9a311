"""The analysis probe of the twenty-ninth session (tests/data/probes/analysis29): fourteen articles the analyses were
not written from (7 English, 7 Russian) in kinds the earlier probes did not use (an academic working paper with
author-year citations, a naval-exercise report with ranks, a freight forwarder's bulletin with numeric dates, a film
review of a co-production, a letters page, a press review quoting newspapers, a "week ahead" preview full of
relative dates; in Russian a naval-exercise report with ranks and Chinese names, a shareholders' meeting with
executives, a governor's report to a regional assembly, a book review spanning four centuries, a Ukrainian outlet's
view with relative dates, a story from Harbin's ice festival, a customs notice with numeric dates), scored against a
careful reader's expectations written before presslens ran on them (tests/analysis_probe_score.py), and a short test
for each rule added after it, with look-alikes that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests, sentence_mentions  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules (the main branch at this session's start): people 36/36 (precision
# 36/37), references 101/103, gazetteer actors 96/106, unknown people discovered 51/53, dates found 176/181 and
# their values 171/176, tone 17/21 (no glued words in these articles). The rules below (a Russian year before 1800
# with "год", a weekday joined to one after "last"/"next", a Russian month joined to one after "в", an expectation
# in the present, numeric dates with slashes, "в первые месяцы года", Russian roles by a state's adjective, a
# titled person before "of" and a state, a state's own body after its name) raised references to 102/103, actors
# to 97/106, unknown people to 52/53, dates found to 180/181 and their values to 177/180. Left:
# - "похода Ермака" (Yermak the Cossack, sixteenth century) given to Andriy Yermak, whose surname alone is an
#   alias matched anywhere; and Ермак, one word, is no discovered name;
# - the Soviet Union ("Soviet pilots", "the Sino-Soviet split", "советских руководителей"), China ("Chinese
#   studios", "китайскими партнерами"), India ("Indian and Chinese diplomats") and the United States ("American
#   primacy") named only by an adjective before no word for their government; China in the book review only in
#   its subtitle line, which is no story text;
# - "the day before the final session" (a day counted from an event the text names, not from a date), "on Monday"
#   under the plural present of a scheduled meeting ("ministers meet in Luxembourg on Monday": only a present in
#   -s reads as one) and so "the following Friday" counted from the wrong Monday; "годом ранее" after "январь — май
#   2024 года" read as May 2023 (the period's last month) where the reader took the year;
# - tone: VADER reads "reassure nobody in Europe" ("reassure"), "The dialogue is wooden" ("wooden" is no
#   lexicon word), "a serious concern" and "I read with dismay that Vladimir Putin promised" ("promised") as
#   positive or neutral; VADER's own figures must not change, so no word was added for them.
FLOORS = {"people recall": 36 / 36, "people precision": 36 / 37, "references right": 102 / 103,
          "actors recall (gazetteer actors)": 97 / 106, "unknown people discovered": 52 / 53,
          "date recall": 180 / 181, "date value accuracy": 177 / 180, "tone agreement": 17 / 21}


probe_score, test_probe_figure_holds = figure_tests("analysis29", FLOORS)


def discovered(texts: list[str], gaz) -> list[str]:
    """The names :func:`presslens.actors.discover_names` finds in ``texts``, the sentences of one article."""
    from presslens import actors, schema

    rows, pos = [], 0
    for no, t in enumerate(texts):
        rows.append({"article_id": "a1", "sentence_no": no, "paragraph_no": 0, "start": pos, "end": pos + len(t),
                     "text": t})
        pos += len(t) + 1
    return sorted(actors.discover_names(schema.frame("sentences", rows), gaz, min_count=1, cache=False)["name"])


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # a Russian year before 1800 with the word "год" after it, as "1858 года" is read
    ("Нерчинский договор 1689 года и Айгунский договор 1858 года.", "2023-12-05", [("1689", ""), ("1858", "")]),
    ("В 1552 году Казань была взята, а в конце 1581 года начался поход.", "2023-12-05",
     [("1552", ""), ("1581", "END")]),
    # ... not a number of grams or an amount before another word, nor a number glued to another
    ("Добавьте 1500 г. муки.", "2023-12-05", []),
    ("За 1200 лет город не изменился.", "2023-12-05", []),
    ("Стоимость 1689 рублей за год.", "2023-12-05", []),
    ("Артикул 12-1689 года.", "2023-12-05", []),
    # (review) an ordinal's ending is the same year; a count of years after "через"/"спустя" or before "назад" is none
    ("В 1612-м году ополчение освободило Москву.", "2023-12-05", [("1612", "")]),
    ("Через 1003 года всё изменится, а спустя 1002 года тоже.", "2023-12-05", []),
    ("С 1689-го года по 1700 год.", "2023-12-05", [("1689", ""), ("1700", "")]),
])
def test_ru_year_before_1800(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a weekday joined by "and"/"or" to one after "last"/"next" is of the same past (next) week, whatever the tense
    # of the verb after them
    ("The warm words exchanged in the Kremlin last Monday and Tuesday will not bring them back.", "2023-03-25",
     [("2023-03-20", ""), ("2023-03-21", "")]),
    ("The talks held this past Monday, Tuesday and Wednesday will resume soon.", "2023-03-25",
     [("2023-03-20", ""), ("2023-03-21", ""), ("2023-03-22", "")]),
    # ... not a weekday with its own preposition, after another kind of period, or after a weekday with no
    # "last"/"next"; the next week's days keep their reading
    ("He will be in Kazan next Monday or Tuesday, the aide said.", "2023-03-22",
     [("2023-03-27", ""), ("2023-03-28", "")]),
    ("He arrived last Monday and will leave on Tuesday.", "2023-03-22", [("2023-03-20", ""), ("2023-03-28", "")]),
    ("They met last week and will meet again Tuesday.", "2023-03-22", [("2023-W11", ""), ("2023-03-28", "")]),
    ("Talks on Monday and Tuesday will decide it.", "2023-03-22", [("2023-03-27", ""), ("2023-03-28", "")]),
])
def test_weekday_joined_to_last_or_next(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a Russian month joined by "и" or a comma to one after "в": the preposition is said once for both
    ("Решение примут после анализа работы моста в июле и августе.", "2024-06-14", [("2024-07", ""), ("2024-08", "")]),
    ("Продажи росли в мае, июне и июле.", "2024-09-14",
     [("2024-05", ""), ("2024-06", ""), ("2024-07", "")]),
    # ... not a month's form with no "в" before the first, nor a capitalized name
    ("Журналы «Май» и «Август» вышли в свет.", "2024-06-14", []),
    ("С мая и августе что-то менялось.", "2024-06-14", [("2024-05", "")]),
    ("Мы говорили об июле и августе.", "2024-06-14", []),
])
def test_ru_months_joined(text, dct, expected):
    assert date_values(text, dct) == expected



@pytest.mark.parametrize("text, dct, expected", [
    # an expectation in the present looks ahead, as "expected to" does
    ("Volumes reached a record in February, and we expect a strong second quarter.", "2024-03-15",
     [("2024-02", ""), ("2024-Q2", "")]),
    ("Analysts expect growth in March.", "2024-05-15", [("2025-03", "")]),
    ("The ministry anticipates a deficit in the fourth quarter.", "2024-05-15", [("2024-Q4", "")]),
    # ... not "expected" (a past or a participle), nor an expectation of what happened, nor the noun "forecast"
    ("Analysts expected growth in March.", "2024-05-15", [("2024-03", "")]),
    ("He expects that sales rose in March.", "2024-05-15", [("2024-03", "")]),
    ("The forecast for March was cut.", "2024-05-15", [("2024-03", "")]),
    ("As expected, sales fell in March.", "2024-05-15", [("2024-03", "")]),
    # (review) ... nor what is expected when it is a clause whose own verb is past, with or without "that", nor past
    # a comma that closes the expectation's clause; a future in the clause keeps it ahead
    ("We expect that the talks in March were productive.", "2024-05-15", [("2024-03", "")]),
    ("We expect the talks in March were productive.", "2024-05-15", [("2024-03", "")]),
    ("Investors expect the Fed, which raised rates in March, to pause.", "2024-05-15", [("2024-03", "")]),
    ("We expect that sales will rise in March.", "2024-05-15", [("2025-03", "")]),
])
def test_expectation_looks_ahead(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # (mend) an "-ed" word right after the expectation is an adjective of what is expected: it still looks ahead
    ("Analysts expect increased demand in March.", "2024-05-08", [("2025-03", "")]),
    ("The company expects reduced output in the fourth quarter.", "2024-05-08", [("2024-Q4", "")]),
    ("Officials expect renewed fighting on Monday.", "2024-05-08", [("2024-05-13", "")]),
    # ... not "expected", nor a clause with a past verb of its own after the object, nor past a comma
    ("Analysts expected increased demand in March.", "2024-05-08", [("2024-03", "")]),
    ("Analysts expect demand increased in March.", "2024-05-08", [("2024-03", "")]),
    ("He expects sales rebounded in March.", "2024-05-08", [("2024-03", "")]),
    ("Analysts expect increased demand, which peaked in March, to fade.", "2024-05-08", [("2024-03", "")]),
])
def test_expectation_before_ed_adjective(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a numeric date with slashes: month first in English, day first in Russian, the only valid order when one
    # number is over 12; a two-digit year of the century nearer the DCT
    ("China's customs announced on 03/12/24 that inspections would continue.", "2024-03-15", [("2024-03-12", "")]),
    ("Таможня сообщила 12/03/2024, что проверки продолжатся.", "2024-03-15", [("2024-03-12", "")]),
    ("The deal was signed on 25/03/2024 and took effect on 04/30/98.", "2024-04-15",
     [("2024-03-25", ""), ("1998-04-30", "")]),
    # ... not a fraction, a score, "24/7", a split year, a path, nor a date with no valid order
    ("Open 24/7; half is 1/2; the score was 3/12; see 1/2/3.", "2024-04-15", []),
    # (the thirty-first session: a split year is no slash date, but a year of its own, its first: see
    # test_analysis_probe31.test_split_year)
    ("The 2024/25 season and the 2023/2024 budget.", "2024-04-15", [("2024", ""), ("2023", "")]),
    ("Read http://example.com/12/03/24/story or a/12/03/24.", "2024-04-15", []),
    ("The code 13/13/24 and 31/02/2024.", "2024-04-15", []),
    # (review) with a two-digit year, three small numbers are a statistic unless a leading zero or a word that
    # introduces a date says otherwise; a Russian word quoted in English text leaves it month first
    ("He scored 3/10/15 in the last three games, and the party won 2/3/50 seats.", "2024-04-15", []),
    ("The law took effect on 3/12/24.", "2024-04-15", [("2024-03-12", "")]),
    ("Решение вступило в силу с 5/3/24.", "2024-04-15", [("2024-03-05", "")]),
    ("The ruble closed at 92 on 03/12/24, «Ведомости» said.", "2024-04-15", [("2024-03-12", "")]),
])
def test_slash_numeric_date(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # (mend) a slash date that reads either way: in the order the article's other slash dates show; else, in
    # English, the reading nearer the DCT, of those not after it when one is not (British, Indian, Australian
    # outlets and sites' "Posted" lines write the day first)
    ("The hearing on 03/12/24 was adjourned until 10/12/24.", "2024-12-11", [("2024-12-03", ""), ("2024-12-10", "")]),
    ("The report was posted on 05/06/2024.", "2024-06-05", [("2024-06-05", "")]),
    ("Signed on 25/03/2024, in force from 04/05/2024.", "", [("2024-03-25", ""), ("2024-05-04", "")]),
    # ... an article showing month first keeps it, whatever the DCT; so does English text with no DCT, or with
    # neither reading within half a year of it (a birth date); an American date in mid-March is still March's;
    # Russian text is still read day first; dates showing both orders leave it to the DCT
    ("The deal was signed on 03/25/2024; talks resumed on 04/05/2024.", "2024-05-06",
     [("2024-03-25", ""), ("2024-04-05", "")]),
    ("The law took effect on 03/12/24.", "", [("2024-03-12", "")]),
    ("He was born on 03/12/1960.", "2024-12-11", [("1960-03-12", "")]),
    ("The law took effect on 03/12/24.", "2024-03-20", [("2024-03-12", "")]),
    ("The talks are set for 04/05/2024.", "2024-03-20", [("2024-04-05", "")]),
    ("Таможня сообщила 12/03/2024, что проверки продолжатся.", "2024-12-05", [("2024-03-12", "")]),
    ("The deal was signed on 03/25/2024 and 26/03/2024; talks resumed on 04/05/2024.", "2024-05-06",
     [("2024-03-25", ""), ("2024-03-26", ""), ("2024-05-04", "")]),
])
def test_slash_date_either_way(text, dct, expected):
    assert date_values(text, dct) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # "в первые месяцы года", "за последние три месяца года": the year's start or end, as "в начале года"
    ("На погранпереходе в первые месяцы года фуры простаивали.", "2024-06-20", [("2024", "START")]),
    ("За последние три месяца года экспорт вырос.", "2024-06-20", [("2024", "END")]),
    # ... not the first months of something else, nor of a year named (its own rule's), nor "начале года" changed
    ("В первые месяцы войны экспорт упал.", "2024-06-20", []),
    ("В первые месяцы 2023 года экспорт вырос.", "2024-06-20", [("2023", "")]),
    ("Первые месяцы работы были трудными, сказал он в начале года.", "2024-06-20", [("2024", "START")]),
    ("За три месяца экспорт вырос.", "2024-06-20", [("P3M", "")]),
])
def test_ru_first_months_of_year(text, dct, expected):
    assert date_values(text, dct) == expected

# --- actors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, published, expected", [
    # Russian roles by a state's adjective, as "китайский лидер" names Xi: "французский президент" (Macron),
    # "немецкий канцлер" (Scholz, in office), "турецкий президент", "белорусский лидер", "казахстанский президент"
    (["Дипломаты рассчитывают, что французский президент убедит коллег."], "2024-05-03",
     [("Emmanuel Macron", "французский президент", "role")]),
    (["Встреча с немецким канцлером прошла в Берлине."], "2024-05-03",
     [("Olaf Scholz", "немецким канцлером", "role")]),
    (["Об этом заявил турецкий президент."], "2024-05-03", [("Recep Tayyip Erdogan", "турецкий президент", "role")]),
    (["Белорусский лидер прибыл в Пекин."], "2024-05-03",
     [("Alexander Lukashenko", "Белорусский лидер", "role"), ("Beijing", "Пекин", "name")]),
    (["Казахстанского президента встретили в Москве."], "2024-05-03",
     [("Kassym-Jomart Tokayev", "Казахстанского президента", "role"), ("Moscow", "Москве", "name")]),
    # ... not out of office, not before a name, not another office of that state's
    (["Встреча с немецким канцлером прошла в Берлине."], "2025-06-01", []),
    (["Французский президент Шарль де Голль посетил Москву."], "2024-05-03", [("Moscow", "Москву", "name")]),
    (["Об этом заявил французский министр."], "2024-05-03", []),
    (["Французский посол вручил грамоты."], "2024-05-03", []),
    # (review) ... nor heading another body, named in the genitive after it (as "the Pentagon chief of staff"); a
    # verb, an adverb, a short adjective or the state itself after it leaves it the state's
    (["Белорусский лидер оппозиции Светлана Тихановская выступила."], "2024-05-03", []),
    (["Французский президент компании Renault выступил."], "2024-05-03", []),
    (["Белорусский лидер вчера заявил о поддержке."], "2024-05-03",
     [("Alexander Lukashenko", "Белорусский лидер", "role")]),
    (["Китайская сторона готова к переговорам."], "2024-05-03", [("China", "Китайская сторона", "role")]),
    (["Встреча с российским лидером страны прошла."], "2024-05-03",
     [("Vladimir Putin", "российским лидером", "role")]),
])
def test_ru_state_adjective_roles(gaz, texts, published, expected):
    assert sentence_mentions(texts, gaz, published) == expected


@pytest.mark.parametrize("texts, expected", [
    # (mend) an adverb, a pronoun or a numeral of a genitive's shape after the role leaves it the state's: the
    # project's Russian function words ("сюда", "весьма"), the days counted from today ("завтра"), the adverbs
    # of order and time ("впоследствии") and the multiplicatives ("дважды", "однажды")
    (["Белорусский лидер завтра посетит Пекин."],
     [("Alexander Lukashenko", "Белорусский лидер", "role"), ("Beijing", "Пекин", "name")]),
    (["Китайский лидер дважды встречался с ним."], [("Xi Jinping", "Китайский лидер", "role")]),
    (["Российский лидер впоследствии заявил о поддержке."], [("Vladimir Putin", "Российский лидер", "role")]),
    (["Белорусский лидер сюда не приедет."], [("Alexander Lukashenko", "Белорусский лидер", "role")]),
    (["Французский президент весьма доволен итогами."], [("Emmanuel Macron", "Французский президент", "role")]),
    (["Казахстанский президент однажды уже был в Пекине."],
     [("Kassym-Jomart Tokayev", "Казахстанский президент", "role"), ("Beijing", "Пекине", "name")]),
    # ... a genitive noun still heads another office, whatever adverb follows it
    (["Российский президент клуба завтра выступит."], []),
    (["Китайский лидер рынка дважды снизил цены."], []),
    (["Французский президент банка впоследствии ушёл в отставку."], []),
    (["Белорусский лидер оппозиции сюда не приедет."], []),
])
def test_ru_state_role_before_adverb(gaz, texts, expected):
    assert sentence_mentions(texts, gaz, "2024-05-03") == expected


@pytest.mark.parametrize("texts, expected", [
    # a person named after a title, then "of" and a state: where he serves, not the rest of a longer name
    (["He opened the drills alongside Rear Admiral Alexei Kozlov of Russia's Pacific Fleet."],
     ["Alexei Kozlov", "Pacific Fleet"]),
    (["Beijing hosted Foreign Minister Penny Wong of Australia on Monday."], ["Penny Wong"]),
    (["He met President Ilham Aliyev of Azerbaijan in Baku."], ["Baku", "Ilham Aliyev"]),
    # ... not a name with no title before it, nor the rest of a longer name, a body's or a title alone
    (["He met Alexei Kozlov of Russia's Pacific Fleet."], ["Pacific Fleet"]),
    (["He sailed the Sea of Japan with the Central Bank of Russia's money."], []),
    (["He met the Deputy Foreign Minister of Russia."], []),
    (["He spoke to the Federal Customs Service of Russia."], []),
    (["He spoke to Chief Justice Supreme Court of India."], []),
])
def test_titled_person_of_state(gaz, texts, expected):
    assert discovered(texts, gaz) == sorted(expected)


@pytest.mark.parametrize("texts, expected", [
    # (mend) a hyphenated title is a title as its two words are ("Rear Admiral", "Major General"): before "of" and a
    # state, inside a longer capitalized run, and alone before a surname
    (["He met Vice-Admiral Alexei Kozlov of Russia's Pacific Fleet."], ["Alexei Kozlov", "Pacific Fleet"]),
    (["He met Lieutenant-General Ivan Petrov of Russia's army."], ["Ivan Petrov"]),
    (["He met Pacific Fleet Vice-Admiral Alexei Kozlov in Vladivostok."], ["Alexei Kozlov", "Vladivostok"]),
    (["The drills were led by Vice-Admiral Kozlov on Monday."], ["Kozlov"]),
    # ... not a medium's noun, hyphenated or not, nor another hyphenated word; a hyphenated title with no "of"
    # after the name keeps its reading
    (["He read the Business-Daily Morning Star of India."], []),
    (["He read the Daily Morning Star of India."], []),
    (["He read Business-Daily Policy on Monday."], []),
    (["The drills were led by Admiral Kozlov on Monday."], ["Kozlov"]),
    (["He joined the Asia-Pacific Economic Forum of Russia."], []),
    (["He met Vice-Admiral Alexei Kozlov in Vladivostok."], ["Alexei Kozlov", "Vladivostok"]),
])
def test_hyphenated_title(gaz, texts, expected):
    assert discovered(texts, gaz) == sorted(expected)


@pytest.mark.parametrize("texts, expected", [
    # a state's own armed or public body named after it is the state, as "the US Army" is
    (["He was a deputy commander of the U.S. Seventh Fleet."], [("United States", "U.S.", "name")]),
    (["Ships of the US Pacific Fleet sailed."], [("United States", "US", "name")]),
    (["He joined the U.S. Marine Corps in 1990."], [("United States", "U.S.", "name")]),
    # ... not a company, a newspaper or another name holding the state's, nor a city before a body
    (["He bought shares of U.S. Steel last year."], []),
    (["He flew with China Southern Airlines to Moscow."], [("Moscow", "Moscow", "name")]),
    (["He wrote for the Kyiv Post Weekly."], []),
    (["He read the China Daily."], [("China Daily", "China Daily", "name")]),
])
def test_state_body_after_state(gaz, texts, expected):
    assert sentence_mentions(texts, gaz, "2024-07-16") == expected
