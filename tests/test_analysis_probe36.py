"""The analysis probe of the thirty-sixth session (tests/data/probes/analysis36): twelve articles the analyses were
not written from (6 English, 6 Russian) in genres the earlier probes never used (an interview in questions and
answers, an obituary, a football match report, a court report, a film review with its characters, a company's
change of chief executive with a name in both scripts; in Russian an interview, an obituary, a businesswoman's
profile, a court report, a Duma debate, a cup match), with names holding particles, hyphens and initials ("Pieter
van der Berg", "Ruth Ellison-Grant", "Рашид Ибрагим-оглы Мамедов", "А. В. Петрова"), almost all unknown to the
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

# What the code reached. Before the rules (the main branch at this session's start): people 2/2 (Macron and
# Volodin are the only gazetteer people here), people precision 2/3 (the oceanographer "Марина Юрьевна Белоусова"
# read as Andrey Belousov, "Белоусова" being his genitive too), references 56/59, gazetteer actors 8/17, unknown
# people discovered 60/61 (Белоусова again), dates found 114/116 and their values 106/114, tone 21/27. After the
# rules: precision 2/2, references 58/59, discovered 61/61, dates found 115/116 ("the following spring"), values
# 109/115 ("the following spring" after "in 1997", "на следующий год" after "В 1967 году", "Двенадцать лет
# назад"). Left:
# - references: "He asked why ..." in an answer, after the question named Macron (presslens resolves no
#   pronouns; every other pronoun here is of a person the gazetteer does not know, which no rule could give away);
# - actors: the 9 misses are countries named only by a nationality ("French architect", "Dutch engineer",
#   "British orchestra", "Finnish conductor", "The Swede", "Polish director", "German actor", "British-Polish",
#   "Немецкий специалист"), as in analysis35: the general fix changes every probe's actors table;
# - dates: "The opening ceremony on Saturday will be led" and "City play Redbridge again ... on Wednesday" (the
#   future verb after the weekday, the present of a fixture: read as the past days), "And a holiday, finally, in
#   August" (no verb: read as the last August), "a memorial concert is planned for the spring" (the participle
#   read as a past), "the autumn before" (a season before the one the story named: the film's 1953), "В 2007
#   году, когда ..., в конце сентября" (a month in the sentence of a year named before: read as the last
#   September), "за весну" (a season as a span of the year before);
# - tone: VADER's lexicon ("disgraceful" alone in a quotation scored 0.0, "finest" against "ever"), negations it
#   misreads ("Not everyone found her easy", "safe is not exciting"), idioms ("never gave up", "did not live to
#   see it"); VADER's own figures must not change, so no word was added.
FLOORS = {"people recall": 2 / 2, "people precision": 2 / 2, "references right": 58 / 59,
          "actors recall (gazetteer actors)": 8 / 17, "unknown people discovered": 61 / 61,
          "date recall": 115 / 116, "date value accuracy": 109 / 115, "tone agreement": 21 / 27}


probe_score, test_probe_figure_holds = figure_tests("analysis36", FLOORS)


# --- actors ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gaz():
    from presslens import actors

    return actors.read_gazetteer()


@pytest.mark.parametrize("texts, expected", [
    # a patronymic that is not the gazetteer person's own, right before the surname, names someone else: a woman
    # whose surname is his genitive ("Марина Юрьевна Белоусова"), and that surname alone after her (before, both
    # were Andrey Belousov)
    (["Океанолог Марина Юрьевна Белоусова вернулась.", "Белоусова — автор работ."], []),
    (["Анна Сергеевна Медведева прибыла.", "Медведева заявила."], []),
    (["Вчера Олег Иванович Лавров прибыл."], []),
    # ... the person's own patronymic, his genitive with his given name, and a name without a patronymic as before
    (["Андрей Рэмович Белоусов прибыл.", "Белоусов заявил."],
     [("Andrey Belousov", "Андрей Рэмович Белоусов"), ("Andrey Belousov", "Белоусов")]),
    (["Министр обороны Андрей Белоусов прибыл.", "Слова Андрея Белоусова."],
     [("Andrey Belousov", "Андрей Белоусов"), ("Andrey Belousov", "Андрея Белоусова")]),
    (["Сергей Викторович Лавров прибыл."], [("Sergey Lavrov", "Сергей Викторович Лавров")]),
    (["Дмитрий Медведев заявил.", "Медведева поддержали."], [("Dmitry Medvedev", "Дмитрий Медведев"),
                                                           ("Dmitry Medvedev", "Медведева")]),
])
def test_ru_other_patronymic(texts, expected, gaz):
    assert [(a, t) for a, t, _how in sentence_mentions(texts, gaz, "2024-07-17")] == expected


def test_ru_other_patronymic_discovered(gaz):
    # ... and such a name is discovered as an unknown person's, as "Дмитрий Белоусов" was (before, the case form
    # of the gazetteer's surname cut the run: neither "Марина Юрьевна Белоусова" nor "Дмитрия Белоусова" was found)
    from presslens import actors, schema

    texts = ["Вернулась Марина Юрьевна Белоусова.", "Слова Дмитрия Белоусова.", "Слова Андрея Белоусова.",
             "Вернулся Дмитрий Белоусов."]
    rows = [{"article_id": f"a{n}", "sentence_no": 0, "paragraph_no": 0, "start": 0, "end": len(t), "text": t}
            for n, t in enumerate(texts)]
    found = set(actors.discover_names(schema.frame("sentences", rows), gaz, min_count=1, cache=False)["name"])
    assert {"Марина Юрьевна Белоусова", "Дмитрий Белоусов"} <= found
    assert not any("Андре" in n for n in found)


def _corefs(texts, gaz):
    return [(a, t) for a, t, how in sentence_mentions(texts, gaz, "2024-02-21") if how == "coreference"]


@pytest.mark.parametrize("texts, expected", [
    # a Russian sentence opened by a bare "Спикер" and a verb is the one parliament speaker named before, as
    # "Премьер" is the premier (before, nobody)
    (["Председатель Госдумы Вячеслав Володин поручил подготовить поправки.", "Спикер заметил, что закон отклонили."],
     [("Vyacheslav Volodin", "Спикер")]),
    (["Володин выступил.", "Песков сообщил, что спикер подпишет закон."], [("Vyacheslav Volodin", "спикер")]),
    # ... not with none named, not after another speaker the gazetteer does not know ("Спикер МВД Ирина Волк": an
    # acronym between the office and the name), and never in English, where "the speaker" is whoever speaks
    (["Спикер заметил, что закон отклонили."], []),
    (["Володин выступил.", "Спикер МВД Ирина Волк сообщила о задержании.", "Спикер заметила, что ..."], []),
    (["Volodin spoke.", "The speaker said the law was rejected."], []),
    # (the acronym between an office and a name the gazetteer knows leaves the president as before)
    (["Президент РФ Владимир Путин прилетел.", "Президент подписал закон."], [("Vladimir Putin", "Президент")]),
])
def test_ru_bare_speaker(texts, expected, gaz):
    assert _corefs(texts, gaz) == expected


# --- dates -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, values", [
    # "the following spring", "the previous autumn": the season after or before the date the narrative named
    # last (before, "the following spring" was no date, and "the previous autumn" read as the DCT's "the autumn")
    ("She clashed with the board in 1997. She resigned the following spring.", "2023-11-20", ["1997", "1998-SP"]),
    ("Pike was arrested in November 2021 and charged the following spring.", "2023-10-12", ["2021-11", "2022-SP"]),
    ("He was arrested in January 2020 and charged the following spring.", "2023-10-12", ["2020-01", "2020-SP"]),
    ("He was jailed in 1997 and died the following winter.", "2023-10-12", ["1997", "1997-WI"]),
    ("He was arrested in March 2020. The previous autumn he had fled.", "2023-10-12", ["2020-03", "2019-FA"]),
    # ... with no date named before, from the DCT; "the spring", "last spring" and "the following year" as before
    ("The following spring will be warm.", "2023-10-12", ["2024-SP"]),
    ("Talks resume in the spring.", "2023-10-12", ["2023-SP"]),
    ("He left in 1997 and returned last spring.", "2023-10-12", ["1997", "2023-SP"]),
    ("He debuted in 1962. The following year he founded an ensemble.", "2023-11-20", ["1962", "1963"]),
])
def test_narrative_season(text, dct, values):
    assert [v for v, _mod in date_values(text, dct)] == values


@pytest.mark.parametrize("text, values", [
    # "на следующий год" and "в следующем году" in a past clause after a year named in the same or the previous
    # sentence are the year after it, as "the following year" (before, the year after the DCT's)
    ("В 1967 году он окончил ГИТИС, а на следующий год поставил спектакль.", ["1967", "1968"]),
    ("В 1967 году он окончил ГИТИС. На следующий год он поставил спектакль.", ["1967", "1968"]),
    ("В 2020 году завод закрыли, а в следующем году открыли.", ["2020", "2021"]),
    # ... ahead or in the present, or with no year before, as before: the DCT's next year
    ("В 2023 году выручка выросла. На следующий год компания планирует рост.", ["2023", "2024"]),
    ("В следующем году завод закроют.", ["2024"]),
    ("В 1967 году он окончил ГИТИС. В Москве было холодно. На следующий год он уехал.", ["1967", "2024"]),
])
def test_ru_following_year_in_past(text, values):
    assert [v for v, _mod in date_values(text, "2023-12-12")] == values


@pytest.mark.parametrize("text, values", [
    # the numerals from eleven to nineteen and the tens from sixty to ninety count ("Двенадцать лет назад": before,
    # only "лет назад", a year ago)
    ("Двенадцать лет назад она пекла хлеб.", ["2013"]),
    ("Она пекла хлеб пятнадцать лет назад.", ["2010"]),
    ("Семьдесят лет назад здесь был лес.", ["1955"]),
    # ... and the words read before as before
    ("Пять лет назад она пекла хлеб.", ["2020"]),
    ("Сорок лет назад он пел.", ["1985"]),
    ("Двадцать лет назад он пел.", ["2005"]),
])
def test_ru_teens_and_tens(text, values):
    assert [v for v, _mod in date_values(text, "2025-03-05")] == values
