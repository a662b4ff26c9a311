"""The analysis probe of the twenty-third session (tests/data/probes/analysis23): fourteen more articles the
analyses were not written from (10 English, 4 Russian), scored against a careful reader's expectations
written before presslens ran on them (tests/analysis_probe_score.py), and a short test for each rule added after it,
with look-alikes that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from presslens import actors

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests, sentence_mentions  # noqa: E402
from test_analysis_probe22 import discovered  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules: people 58/58 (precision 58/58), references 69/87, gazetteer actors
# 117/118, unknown people discovered 32/36, dates found 147/152 and their values 135/147, glued words 5/14,
# tone 27/28. Left: the APP story gives no year anywhere (its dateline is "ISLAMABAD, Oct 16 (APP)"), so its
# eight dates stay XXXX and its roles unread (no publication date); 'the 69-year-old leader' with two
# leaders named (the gazetteer has no ages); 'the day before' anchored on the sentence before's Wednesday;
# 'S. Jaishankar' (an initial: discovered since, 35 -> 36/36); 'Parkadded' ('Park' never stands alone: no evidence; the parser's verbs of saying
# and words glued before a name, 'Sybihawrote', 'toXinhua', went from 5/14 to 13/14 and the gazetteer actors from
# 117 to 118 with them); 'not a risk, but a guarantee'
# (VADER's negation reaches past "but"; stopping it there costs the VADER tweets set 0.001).
FLOORS = {"people recall": 58 / 58, "people precision": 58 / 58, "references right": 83 / 87,
          "actors recall (gazetteer actors)": 118 / 118, "unknown people discovered": 36 / 36,
          "date recall": 152 / 152, "date value accuracy": 143 / 152, "glued repaired": 13 / 14,
          "tone agreement": 27 / 28}


probe_score, test_probe_figure_holds = figure_tests("analysis23", FLOORS)


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # the current decade, with its part
    ("Moscow wants cargo to double by the end of the decade.", "2024-12-04", [("202", "END")]),
    ("This decade will be hard.", "2024-12-04", [("202", "")]),
    ("The past decade was hard.", "2024-12-04", [("P1DE", "")]),                # a span, as before
    # a winter named by the two years it spans
    ("Payments stalled over the 2024-25 winter.", "2025-02-12", [("2024-WI", "")]),
    ("It froze in the winter of 2023/24.", "2025-02-12", [("2023-WI", "")]),
    ("The 2023-24 season was long.", "2025-02-12", [("2023", "")]),  # no winter: the year it opens in, as "2023/24"
    # last and next season counted from the current one, December's winter included
    ("They will be back next summer.", "2024-12-04", [("2025-SU", "")]),
    ("Last spring it rose.", "2024-12-04", [("2024-SP", "")]),
    ("Last winter was cold.", "2025-03-04", [("2024-WI", "")]),
    ("Next winter will be cold.", "2024-10-02", [("2024-WI", "")]),              # December 2024 to February
    # "since the summer" looks back
    ("Since the summer, banks have refused payments.", "2025-02-12", [("2024-SU", "")]),
    ("The summer was hot.", "2025-03-04", [("2025-SU", "")]),                    # as before
    # a Russian month's abbreviation after a day
    ("МОСКВА, 13 сен — ПРАЙМ.", "2024-09-13", [("2024-09-13", "")]),
    ("Маршрут 13 марша изменили.", "2024-09-13", []),
    # a "would" a long way before a weekday still governs it
    ("Sybiha said Ukraine would raise the issue with the European Union at a meeting of foreign ministers in "
     "Brussels on Monday.", "2025-04-09", [("2025-04-14", "")]),
    ("Sybiha said Ukraine raised the issue with the European Union at a meeting of foreign ministers in "
     "Brussels on Monday.", "2025-04-09", [("2025-04-07", "")]),
])
def test_dates(text, dct, expected):
    assert date_values(text, dct) == expected


# --- actors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, published, expected", [
    # a name inside a role the article's label gave someone is the role's word
    (["Kremlin spokesman Dmitry Peskov said so.", "The Kremlin spokesman did not say more."], "2025-02-12",
     [("Kremlin", "Kremlin", "name"), ("Dmitry Peskov", "Dmitry Peskov", "name"),
      ("Dmitry Peskov", "Kremlin spokesman", "coreference")]),
    (["Kremlin spokesman Dmitry Peskov said so.", "The Kremlin did not say more."], "2025-02-12",
     [("Kremlin", "Kremlin", "name"), ("Dmitry Peskov", "Dmitry Peskov", "name"), ("Kremlin", "Kremlin", "name")]),
    # states named by their nationality adjective, offices in Russian and English
    (["German officials said he had raised concerns."], "2024-04-16", [("Germany", "German officials", "role")]),
    (["Many German officials said so."], "2024-04-16", []),
    (["Soviet officials said so."], "2024-04-16", []),                                  # no Soviet Union then
    (["Спикер Совфеда заявила, что это так."], "2025-06-20",
     [("Valentina Matviyenko", "Спикер Совфеда", "role")]),
    (["После этого американский президент заявил."], "2025-02-20",
     [("Donald Trump", "американский президент", "role")]),
    (["После этого американский президент заявил."], "2023-02-20", [("Joe Biden", "американский президент", "role")]),
    (["Глава российского МИД сказал."], "2025-02-20", [("Sergey Lavrov", "Глава российского МИД", "role")]),
    (["The top US diplomat told Wang."], "2024-07-26", [("Antony Blinken", "top US diplomat", "role")]),
    (["The top US diplomat told Wang."], "2025-07-26", [("United States", "US", "name")]),  # Rubio's time
    (["The French leader last visited China in 2019."], "2023-04-06",
     [("Emmanuel Macron", "French leader", "role"), ("China", "China", "name")]),
    # a bare office noun stands for the one holder of that office the article has named
    (["Ukrainian President Volodymyr Zelensky said so.", "The 47-year-old president told reporters."],
     "2025-04-09", [("Volodymyr Zelensky", "Volodymyr Zelensky", "name"),
                    ("Volodymyr Zelensky", "president", "coreference")]),
    (["German Chancellor Olaf Scholz arrived.", "The chancellor met students."], "2024-04-16",
     [("Olaf Scholz", "Olaf Scholz", "name"), ("Olaf Scholz", "chancellor", "coreference")]),
    (["Председатель правительства России Михаил Мишустин поручил это.", "Премьер подчеркнул, что это так."],
     "2024-05-18", [("Russia", "России", "name"), ("Mikhail Mishustin", "Михаил Мишустин", "name"),
                    ("Mikhail Mishustin", "Премьер", "coreference")]),
    (["Russian President Vladimir Putin and Chinese President Xi Jinping spoke.", "The president said so."],
     "2024-04-16", [("Vladimir Putin", "Vladimir Putin", "name"), ("Xi Jinping", "Xi Jinping", "name")]),
    (["President Yoon Suk Yeol and Russian President Vladimir Putin spoke.", "The president said so."],
     "2024-04-16", [("Vladimir Putin", "Vladimir Putin", "name")]),              # a holder the gazetteer lacks
    (["Putin met Mongolia's president Ukhnaagiin Khurelsukh.", "The president said so."], "2024-09-04",
     [("Vladimir Putin", "Putin", "name"), ("Mongolia", "Mongolia", "name")]),
    (["The president said so.", "Russian President Vladimir Putin spoke."], "2024-04-16",
     [("Vladimir Putin", "Vladimir Putin", "name")]),                           # nobody named before it
    (["Russian President Vladimir Putin spoke.", "The president of the bank said so."], "2024-04-16",
     [("Vladimir Putin", "Vladimir Putin", "name")]),
    (["Russian President Vladimir Putin spoke.", "Премьер подчеркнул это."], "2024-04-16",
     [("Vladimir Putin", "Vladimir Putin", "name")]),
    # the title of a name the gazetteer lacks, in Russian as in English ("лидер" was left out of the titles)
    (["Российский лидер Владимир Путин и лидер Эмомали Рахмон встретились.", "Лидер подчеркнул, что это так."],
     "2024-05-18", [("Vladimir Putin", "Владимир Путин", "name")]),
    (["Российский лидер Владимир Путин выступил.", "Лидер подчеркнул, что это так."], "2024-05-18",
     [("Vladimir Putin", "Владимир Путин", "name"), ("Vladimir Putin", "Лидер", "coreference")]),
    # "the new <role>": a holder who took office in the year before
    (["Trump and Xi spoke, and the new U.S. president said so."], "2025-01-21",
     [("Donald Trump", "Trump", "name"), ("Xi Jinping", "Xi", "name"), ("Donald Trump", "U.S. president", "role")]),
    (["The new U.S. president will take office in January."], "2024-12-10", [("United States", "U.S.", "name")]),
    (["The U.S. president said so."], "2022-12-10", [("Joe Biden", "U.S. president", "role")]),
    # a state's nationality adjective before a title and a name the gazetteer lacks, or coordinated with another
    (["President Joe Biden and South Korean President Yoon Suk Yeol met."], "2023-07-24",
     [("Joe Biden", "Joe Biden", "name"), ("South Korea", "South Korean", "role")]),
    (["Kazakh and Mongolian officials watched the talks."], "2024-09-04",
     [("Kazakhstan", "Kazakh", "role"), ("Mongolia", "Mongolian", "role")]),
    (["Russian President Vladimir Putin said so."], "2024-09-04", [("Vladimir Putin", "Vladimir Putin", "name")]),
    (["The South Korean Won fell."], "2024-09-04", []),                        # no title: a currency
    # a place named after someone is no namesake: the surname still stands for the person named
    (["North Korean leader Kim Jong Un signed it.", "He spoke in Kim Il Sung Square.", "Kim visited Russia."],
     "2024-06-20", [("Kim Jong Un", "Kim Jong Un", "name"), ("Kim Jong Un", "Kim", "surname"),
                    ("Russia", "Russia", "name")]),
    (["North Korean leader Kim Jong Un signed it.", "Kim Yo Jong spoke.", "Kim visited Russia."], "2024-06-20",
     [("Kim Jong Un", "Kim Jong Un", "name"), ("Russia", "Russia", "name")]),
])
def test_roles(gaz, texts, published, expected):
    assert sentence_mentions(texts, gaz, published) == expected


@pytest.mark.parametrize("texts, expected", [
    # a Russian name after a gazetteer name in a title is a name of its own
    (["Вице-премьер России Татьяна Голикова рассказала журналистам."], ["Татьяна Голикова"]),
    (["Официальный представитель МИД КНР Го Цзякунь заявил, что это так."], ["Го Цзякунь"]),
    (["Работа Москва Сити идет.", "The Moscow Exchange fell."], []),             # one word: a name's rest
])
def test_discovered_names(gaz, texts, expected):
    assert discovered(texts, gaz) == expected


@pytest.mark.parametrize("texts", [
    ["Kremlin spokesman Dmitry Peskov said so.", "The Kremlin spokesman did not say more."],
    ["Chinese Foreign Ministry spokesman Lin Jian said so.", "The Chinese Foreign Ministry spokesman added that."],
    ["German Chancellor Olaf Scholz came.", "The chancellor left.", "South Korean Defense Minister Kim Yong-hyun spoke."],
])
def test_the_chronology_view_is_what_no_labels_find(texts):
    """The labelled table with its hidden rows, less coreference, is what finding mentions without labels
    gives (the chronology reads it so): a name inside a coreference or a hidden role goes as without labels."""
    import pandas as pd

    from presslens import schema
    from test_actors import _without_labels_from_the_labelled_table

    rows = [{"article_id": "a1", "sentence_no": i, "paragraph_no": 0, "start": 0, "end": len(t), "text": t}
            for i, t in enumerate(texts)]
    sents = schema.frame("sentences", rows)
    arts = pd.DataFrame({"article_id": ["a1"], "published": ["2024-04-16"], "source": [""]})
    full = actors._mention_table(sents, articles=arts, hidden=True, cache=False)
    plain = actors.mentions(sents, articles=arts, labels=False, cache=False)
    cols = [c for c in plain.columns if c != "label"]
    pd.testing.assert_frame_equal(_without_labels_from_the_labelled_table(full)[cols], plain[cols])
