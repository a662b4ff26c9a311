"""The analysis probe of the twenty-seventh session (tests/data/probes/analysis27): fourteen articles the analyses were
not written from (7 English, 7 Russian) in kinds the earlier probes did not use (a summit's live blog with timestamped
entries, a foreign ministry spokesperson's Q&A, a long-read with flashbacks over seven decades, a wire factbox, an
ironic column, a sports exchange story, a business daily on yuan settlements; in Russian a regional outlet's border
report, a Kazakh agency's analysis, a Chinese state agency's readout, a forum's live blog, an ironic column, a culture
exchange story and a reference note on ШОС/БРИКС/ОДКБ), scored against a careful reader's expectations written before
presslens ran on them (tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes
that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests, sentence_mentions  # noqa: E402
from test_analysis_probe22 import discovered  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules (the main branch at this session's start): people 38/38 (precision
# 38/38), references 77/84, gazetteer actors 101/114, unknown people discovered 38/39, dates found 160/170 and their
# values 138/160, glued words 1/4, tone 11/15. Left:
# - the expectations' own misses, by their header's rule that a body named only inside a person's role does not
#   count: Russia, India, Turkey, Kazakhstan in the live blog named only in "Russian President Vladimir Putin",
#   "Indian Prime Minister", "the Turkish president", "Kazakh President"; Russia in the Russian live blog
#   ("российского лидера") and in the border report ("российских туристов", an adjective before no word for its
#   government, as China and Russia in the long-read: "Chinese cars", "Russian songs"); Ukraine as "по украинскому
#   кризису"; the Kremlin as "Kremlin spokesman" only; Reuters in "BEIJING, May 15 (Reuters)" and "(Compiled by
#   Beijing newsroom ...)", which are no story text, so Beijing too; "U.N. Security Council" (no alias with dots);
# - the Q&A's date, printed only inside its title ("... Press Conference on March 21, 2024"): its relative dates
#   stay unresolved (XXXX), and "The spokesperson urges Manila" has no role for Mao Ning in the gazetteer;
# - "Глава государства" (no role for it: whose state is the sentence's), "Alexander Gabuev" (written once, in "said
#   Alexander Gabuev of the Carnegie Russia Eurasia Center": the run takes the institution's name with it, and a
#   run holding a gazetteer name, Russia, is dropped), "годом ранее" (the year before the one named, not the DCT's),
#   "к концу десятилетия", "Год назад", "два часа назад" from a live blog entry's time (a duration PT2H: entries'
#   times are no anchor), "за первые четыре месяца года" (a duration), "the 2025-26 season";
# - glued words whose name's surname is nowhere else alone ("Nabiullinatold", "Сунь Елезаявил") or whose verb is not
#   one of saying ("Gorbachevwent");
# - irony (VADER reads the column's "Congratulations are in order" and "Friendship has rarely been so profitable
#   for one side" as praise) and "Not all news is good" (VADER: positive).
FLOORS = {"people recall": 38 / 38, "people precision": 38 / 38, "references right": 82 / 84,
          "actors recall (gazetteer actors)": 101 / 114, "unknown people discovered": 38 / 39,
          "date recall": 166 / 170, "date value accuracy": 154 / 166, "glued repaired": 1 / 4,
          "tone agreement": 11 / 15}


probe_score, test_probe_figure_holds = figure_tests("analysis27", FLOORS)


# --- header: a dateline's place and an agency beside the date ------------------------------------------

BODY = ("\n\nThe body of the article goes here and is long enough to be a paragraph of text.\n\nAnother paragraph "
        "of the body text that goes on.\n")


@pytest.mark.parametrize("line, published, source, agencies", [
    # the outlet, a bar, the dateline's place and a comma before the date
    ("Синьхуа | Пекин, 9 апреля 2024", "2024-04-09", "Синьхуа", ["Xinhua"]),  # (an agency's name: its agency)
    ("Reuters | Hong Kong, 9 April 2024", "2024-04-09", "Reuters", ["Reuters"]),
    ("Синьхуа | 9 апреля 2024", "2024-04-09", "", []),                  # no place: as before
    ("Politics | Trade and war, 9 April 2024", "", "", []),             # a headline's words, not a place
    ("Reuters | Beijing 9 April 2024", "", "", []),                     # no comma: no dateline
    ("Reuters | Beijing, the capital, 9 April 2024", "", "", []),       # more than a place's name
    # the dateline's place, the date, a full stop or dash and a news agency's name
    ("Астана, 6 июля 2024. Kazinform", "2024-07-06", "", ["Kazinform"]),
    ("Москва, 6 июля 2024 — ТАСС", "2024-07-06", "", ["TASS"]),
    ("Астана, 6 июля 2024. Саммит завершился", "", "", []),             # a sentence after the date
    ("Астана, 6 июля 2024. Жара", "", "", []),                          # a word that names no agency
    ("Астана, 6 июля 2024", "2024-07-06", "", []),                      # as before
])
def test_dateline_beside_outlet(line, published, source, agencies):
    from presslens.parsing import parse_text

    art = parse_text(f"Some headline here for the test\n\n{line}{BODY}")
    assert (art.published, art.source, list(art.agencies)) == (published, source, agencies)


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # a season named "this" opening a reported clause is the DCT's year's (the saying's past is no past summer)
    ("Любимова рассказала, что уже этим летом Большой театр покажет балет.", "2024-05-20", [("2024-SU", "")]),
    ("She said that this summer the theatre will tour.", "2024-05-20", [("2024-SU", "")]),
    ("Он сообщил, что этой осенью театр покажет балет.", "2024-05-20", [("2024-FA", "")]),
    # ... but a winter spans two years: the tense still tells which; "last", a bare season keep their reading
    ("This winter was mild.", "2024-03-20", [("2023-WI", "")]),
    ("This fall, the school enrolled its largest class.", "2024-03-08", [("2023-FA", "")]),  # its own verb
    ("Этой осенью школа набрала рекордный класс.", "2024-03-08", [("2023-FA", "")]),
    ("Он сказал, что этой зимой было холодно.", "2024-03-20", [("2023-WI", "")]),
    ("Этой зимой было холодно.", "2024-03-20", [("2023-WI", "")]),
    ("Прошлым летом театр был там.", "2024-05-20", [("2023-SU", "")]),
    ("Летом театр был там.", "2024-05-20", [("2023-SU", "")]),
    ("Last summer it rained.", "2024-05-20", [("2023-SU", "")]),
    # "на днях": a few days back (or ahead under a future verb), not the "days" of an occasion
    ("Губернатор на днях провел совещание.", "2025-02-14", [("PAST_REF", "")]),
    ("На днях университет открыл центр.", "2024-05-20", [("PAST_REF", "")]),  # a noun in -ет is no future
    ("Соглашение подпишут на днях.", "2024-05-20", [("FUTURE_REF", "")]),
    ("Мы встретились на днях рождения друзей.", "2024-05-20", []),
    ("Он выступил на днях российской культуры в Пекине.", "2024-05-20", []),
    ("Он был на днях открытых дверей.", "2024-05-20", []),
    ("Он выступил на днях национальной кухни.", "2024-05-20", []),  # any adjective and a feminine noun
    # ... but a subject opening the sentence after it is no occasion's name (whole words only)
    ("На днях городской суд вынес решение.", "2024-05-20", [("PAST_REF", "")]),
    ("На днях кинотеатр открылся.", "2024-05-20", [("PAST_REF", "")]),
    ("На днях российское правительство одобрило план.", "2024-05-20", [("PAST_REF", "")]),
    ("На днях областной суд вынес решение.", "2024-05-20", [("PAST_REF", "")]),
    # the weekend: the last one, the coming one, or by the tense; not an imprint's "выходные данные"
    ("Очередь за выходные растянулась.", "2025-02-14", [("2025-W06-WE", "")]),
    ("В ближайшие выходные откроют полосу.", "2025-02-14", [("2025-W07-WE", "")]),
    ("В прошлые выходные шел снег.", "2025-02-14", [("2025-W06-WE", "")]),
    ("В выходные пройдут концерты.", "2025-02-14", [("2025-W07-WE", "")]),
    ("В следующие выходные будет бал.", "2025-02-15", [("2025-W08-WE", "")]),
    ("Укажите в выходные данные.", "2025-02-14", []),
    ("Выплатят за выходные пособия.", "2025-02-14", []),
    # ... nor the days off in general, "выходные дни" (a weekend named so with "эти"/"прошлые" is rare)
    ("В выходные дни банки не работают.", "2025-02-14", []),
    ("Компенсацию выплатят за выходные и праздничные дни.", "2025-02-14", []),
    ("За минувшие выходные произошло 10 ДТП.", "2025-02-17", [("2025-W07-WE", "")]),  # on a Monday: the last
])
def test_dates(text, dct, expected):
    assert date_values(text, dct) == expected


# --- actors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, published, expected", [
    # the foreign minister by his state's adjective, declined, in his term
    (["Сергей Лавров прилетел.", "Российский министр иностранных дел выступил."], "2024-04-09",
     [("Sergey Lavrov", "Сергей Лавров", "name"), ("Sergey Lavrov", "Российский министр иностранных дел", "role")]),
    (["Российского министра иностранных дел приняли в Пекине."], "2024-04-09",
     [("Sergey Lavrov", "Российского министра иностранных дел", "role"), ("Beijing", "Пекине", "name")]),
    (["Китайского министра иностранных дел встретили."], "2024-04-09",
     [("Wang Yi", "Китайского министра иностранных дел", "role")]),
    # ... not before a name, not out of his term (Qin Gang's months), not another ministry's
    (["Российский министр иностранных дел Андрей Козырев прилетел."], "1993-04-09", []),
    (["Китайский министр иностранных дел заявил."], "2023-03-01", []),
    (["Российский министр финансов выступил."], "2024-04-09", []),
    # ... nor a former holder, any Russian role ("бывший", "тогдашний", "экс-": "the former Russian President")
    (["Бывший российский министр иностранных дел выступил."], "2024-04-09", []),
    (["Тогдашнего китайского министра иностранных дел приняли."], "2024-04-09", []),
    (["Экс-глава МИД России выступил."], "2024-04-09", [("Russian Foreign Ministry", "МИД России", "name")]),
    (["Бывший посол сказал, что глава МИД России прилетит."], "2024-04-09",  # "бывший" of another word
     [("Sergey Lavrov", "глава МИД России", "role")]),
])
def test_actors(gaz, texts, published, expected):
    assert sentence_mentions(texts, gaz, published) == expected


@pytest.mark.parametrize("texts, expected", [
    # a surname in -ского the dictionary lacks is a -ский's genitive, not simplemma's mangled guess ("Чайковскто")
    (["Монахи показали номер под музыку Чайковского."], ["Чайковский"]),
    # ... the dictionary's own lemmas, a first name before it, a feminine form and a common adjective keep theirs
    (["Пьесы Толстого и Горького."], ["Горький"]),
    (["Концерт Григория Соколовского."], ["Григория Соколовского"]),
    (["Анна Чайковская выступила."], ["Анна Чайковская"]),
    (["Ансамбль Московского университета."], []),
])
def test_discovered_names(gaz, texts, expected):
    assert discovered(texts, gaz) == expected
