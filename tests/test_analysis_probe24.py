"""The analysis probe of the twenty-fourth session (tests/data/probes/analysis24): fourteen more articles the
analyses were not written from (10 English, 4 Russian: a wire story, an analysis, an interview, an op-ed, a live
blog, a profile, a ministry's press release, a readout of a call...), scored against a careful reader's
expectations written before presslens ran on them (tests/analysis_probe_score.py), and a short test for each rule
added after it, with look-alikes that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import _word_in, date_values, figure_tests, glued, sentence_mentions  # noqa: E402
from test_analysis_probe22 import discovered  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules (with the scorer's whole-word match below): people 59/59 (precision
# 59/59), references 81/92, gazetteer actors 125/134, unknown people discovered 29/32, dates found 198/198 and
# their values 192/198, glued words 11/13, tone 19/20. Left: 'Российский министр' and a bare 'Министр' (a
# minister is no office one person holds: not read), 'the new minister' / 'the former minister' (likewise);
# 'Security Council' alone (the UN's as often as Russia's); Kremlin and Moscow named only in the readout's
# header line, the United States and France only inside a role ('The top U.S. diplomat', 'French President
# Emmanuel Macron') and the Pentagon only in 'The Pentagon chief' (a name inside a role is the role's word);
# the author note of the op-ed, left out of the story by the parser; 'It is a painful turnaround for an industry
# that had enjoyed a remarkable boom' (VADER weighs 'enjoyed' and 'remarkable' over 'painful'). Two date
# misses are the expectations' own: 'last week' said on Monday 27 February of a conference on 17-19 February is
# 2023-W08 as written, and 'this morning' is 2024-05-16TMO, a value the format accepts for an evening. The
# twenty-fifth session's rule for a state's minister named before reads 'Российский министр' (Lavrov): 88/92.
FLOORS = {"people recall": 59 / 59, "people precision": 59 / 59, "references right": 88 / 92,
          "actors recall (gazetteer actors)": 127 / 134, "unknown people discovered": 32 / 32,
          "date recall": 198 / 198, "date value accuracy": 196 / 198, "glued repaired": 13 / 13,
          "tone agreement": 19 / 20}


probe_score, test_probe_figure_holds = figure_tests("analysis24", FLOORS)


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # a date governed through the infinitive of an invitation, an agreement, a promise lies ahead of it
    ("Putin invited Xi to visit Russia on May 9.", "2025-01-21", [("2025-05-09", "")]),
    ("They agreed to meet again in March.", "2024-11-08", [("2025-03", "")]),
    ("Putin said Xi visited Russia on May 9.", "2025-01-21", [("2024-05-09", "")]),
    ("They met again in March.", "2024-11-08", [("2024-03", "")]),
    ("He was said to have met them in March.", "2024-11-08", [("2024-03", "")]),
    # (review) the prospect verb is the date's only when no other verb stands between it and its "to", a plural
    # noun after "to" is a preposition's, "had" makes it a plan since done, a temporal clause or a past verb
    # right after the date takes it, and "asked" is no prospect verb (a request is as often met at once)
    ("He offered help and returned to work in March.", "2024-11-08", [("2024-03", "")]),
    ("He decided the matter and moved to Berlin in March.", "2024-11-08", [("2024-03", "")]),
    ("They agreed to terms in March.", "2024-11-08", [("2024-03", "")]),
    ("Putin had invited Xi to attend the parade on May 9.", "2025-06-10", [("2025-05-09", "")]),
    ("When offered to stay in March, he declined.", "2024-11-08", [("2024-03", "")]),
    ("Workers invited to return in March found the plant closed.", "2024-11-08", [("2024-03", "")]),
    ("He asked reporters to leave the room in March, a witness said.", "2024-11-08", [("2024-03", "")]),
    ("Workers invited to return in March will find the plant closed.", "2024-11-08", [("2025-03", "")]),
    ("The leaders were invited to attend the ceremony on May 9.", "2025-01-21", [("2025-05-09", "")]),
    ("Lavrov agreed with Wang to hold talks in Beijing in April.", "2025-01-21", [("2025-04", "")]),
    ("Putin has invited Xi to visit Russia and to discuss plans in May.", "2025-01-21", [("2025-05", "")]),
    # a relative clause's present after a past verb: the scheduled event's time
    ("The carmaker kept its forecast for the year, which ends in March.", "2024-11-08",
     [("2024", ""), ("2025-03", "")]),
    ("The carmaker kept its forecast, which it raised in March.", "2024-11-08", [("2024-03", "")]),
    # (review) a month right after the present verb is its object, and "from" opens a period that may have begun
    ("Analysts cited the survey, which covers October.", "2024-11-08", [("2024-10", "")]),
    ("Sales rose in the quarter, which runs from October.", "2024-11-08", [("2024-Q3", ""), ("2024-10", "")]),
    ("The ministry raised its target for the fiscal year, which begins in April.", "2024-11-08",
     [("2024", ""), ("2025-04", "")]),
    ("Analysts cited the forum, which opens Tuesday.", "2024-11-08", [("2024-11-12", "")]),
    # a future further back in a long sentence, with no comma between, still governs
    ("The president confirmed that he will travel to China at the end of August and early September for the "
     "summit in Tianjin and for the events marking the 80th anniversary of the end of the war on September 3.",
     "2025-01-21", [("2025-08", "END"), ("2025-09", "START"), ("2025-09-03", "")]),
    ("Hayashi said on Tuesday that Tokyo would \"continue to monitor with concern\" the military cooperation "
     "between Beijing and Moscow, including joint bomber flights near Japan in November.", "2025-01-21",
     [("2025-01-21", ""), ("2024-11", "")]),
    # a Russian plan's noun before an infinitive: the plan's month
    ("Председатель Си Цзиньпин принял приглашение посетить Москву в мае.", "2025-02-10", [("2025-05", "")]),
    ("Председатель Си Цзиньпин посетил Москву в мае.", "2025-02-10", [("2024-05", "")]),
    # (review) only the infinitive right after the plan's noun is the plan's; the Russian prospect verbs
    ("Правительство утвердило план и начало строить завод в мае.", "2025-02-10", [("2024-05", "")]),
    ("Стороны обсудили план построить завод в мае.", "2025-02-10", [("2025-05", "")]),
    ("Путин пригласил Си Цзиньпина посетить Россию 9 мая.", "2025-01-21", [("2025-05-09", "")]),
    ("Лавров пообещал приехать в Пекин в апреле.", "2025-01-21", [("2025-04", "")]),
    ("Путин пригласил Си Цзиньпина, и тот посетил Россию 9 мая.", "2025-01-21", [("2024-05-09", "")]),
])
def test_dates(text, dct, expected):
    assert date_values(text, dct) == expected


# --- actors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, published, expected", [
    # a bare office noun with several holders named: the one the sentence before names
    (["Putin and Xi met.", "Ukraine's president, Volodymyr Zelenskyy, cancelled his trips.",
      "His spokesman said the president had asked to reschedule."], "2024-05-16",
     [("Vladimir Putin", "Putin", "name"), ("Xi Jinping", "Xi", "name"), ("Ukraine", "Ukraine", "name"),
      ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "name"), ("Volodymyr Zelensky", "president", "coreference")]),
    (["Putin met Xi.", "President Biden was right.", '"Putin\'s applauding it," the president told ABC News.'],
     "2023-02-27", [("Vladimir Putin", "Putin", "name"), ("Xi Jinping", "Xi", "name"), ("Joe Biden", "Biden", "name"),
                    ("Vladimir Putin", "Putin", "name"), ("Joe Biden", "president", "coreference")]),
    (["Putin met Xi.", "President Biden and Putin spoke.", "Then the president told ABC News."], "2023-02-27",
     [("Vladimir Putin", "Putin", "name"), ("Xi Jinping", "Xi", "name"), ("Joe Biden", "Biden", "name"),
      ("Vladimir Putin", "Putin", "name")]),                                   # two in the sentence before
    (["Putin met Xi in Moscow.", "The president said so."], "2023-03-22",
     [("Vladimir Putin", "Putin", "name"), ("Xi Jinping", "Xi", "name"), ("Moscow", "Moscow", "name")]),
    # (review) nor one the sentence before names inside a quotation
    (["Putin hosted Xi.", 'Biden said: "Putin is wrong."', "The president added that."], "2024-05-16",
     [("Vladimir Putin", "Putin", "name"), ("Xi Jinping", "Xi", "name"), ("Joe Biden", "Biden", "name"),
      ("Vladimir Putin", "Putin", "name"), ("Joe Biden", "president", "coreference")]),
    (["Putin hosted Xi.", 'Biden told Putin: "You are wrong."', "The president added that."], "2024-05-16",
     [("Vladimir Putin", "Putin", "name"), ("Xi Jinping", "Xi", "name"), ("Joe Biden", "Biden", "name"),
      ("Vladimir Putin", "Putin", "name")]),
    # the English titles of China's head of state in Russian readouts; NATO's and the Pentagon's chiefs
    (["Putin invited the Chairman of the People's Republic of China to visit.", "The Chairman of the PRC agreed."],
     "2025-01-21", [("Vladimir Putin", "Putin", "name"),
                    ("Xi Jinping", "Chairman of the People's Republic of China", "role"),
                    ("Xi Jinping", "Chairman of the PRC", "role")]),
    (["The chairman of the board agreed."], "2025-01-21", []),
    (["The Nato chief said so.", "The Pentagon chief added that."], "2024-07-26",
     [("Jens Stoltenberg", "Nato chief", "role"), ("Lloyd Austin", "Pentagon chief", "role")]),
    (["The NATO chief said so.", "The Pentagon said so."], "2025-02-26",
     [("Mark Rutte", "NATO chief", "role"), ("Pentagon", "Pentagon", "name")]),
    # (review) a role's last noun followed by "of" heads another office
    (["The Pentagon chief of staff resigned.", "The NATO chief of staff left."], "2024-05-16",
     [("Pentagon", "Pentagon", "name"), ("NATO", "NATO", "name")]),
    # ministries in lower case and after the state's possessive; the Asia-Pacific in Russian
    (["A Chinese foreign ministry spokesperson said so.", "Russia's foreign ministry agreed."], "2024-05-16",
     [("Chinese Foreign Ministry", "Chinese foreign ministry", "name"),
      ("Russian Foreign Ministry", "Russia's foreign ministry", "name")]),
    (["Russia's economy and China's ministries grew."], "2024-05-16",
     [("Russia", "Russia", "name"), ("China", "China", "name")]),
    (["Стороны обсудили положение в Азиатско-Тихоокеанском регионе."], "2024-04-09",
     [("Asia-Pacific", "Азиатско-Тихоокеанском регионе", "name")]),
])
def test_roles(gaz, texts, published, expected):
    assert sentence_mentions(texts, gaz, published) == expected


@pytest.mark.parametrize("texts, expected", [
    # an interviewee's post is no author note
    (["We asked Temur Umarov, a fellow at the Carnegie Center, what it means."], ["Carnegie Center", "Temur Umarov"]),
    (["John Smith, a fellow at Brookings, wrote this."], ["Brookings"]),
    # (review) only a verb of interviewing right before the name makes an interviewee; after it, it is the
    # author's own work in his note
    (["Jane Doe is a fellow at Brookings who has interviewed dozens of officials."], ["Brookings"]),
    (["John Smith, a senior fellow at the Atlantic Council, spoke to officials in Kyiv."], ["Atlantic Council"]),
    (["Reporters spoke with Oleg Ivanov, a fellow at the Institute, about it."], ["Institute", "Oleg Ivanov"]),
    # an envoy's title naming the state he is sent to, before his name
    (["Russian Ambassador to China Igor Morgulov attended."], ["Igor Morgulov"]),
    (["He flew to China Southern Airlines' hub."], []),
    # (review) after "the" too; a run ending in a body's or a firm's head noun is the rest of its name
    (["Ambassador to the United Nations Vassily Nebenzia spoke."], ["Vassily Nebenzia"]),
    (["The envoy to China Southern Airlines was there."], []),
    (["The representative in China Development Bank spoke."], []),
    # a given name in -ian is no nationality
    (['"It is dangerous," said Brian Hart, an analyst.'], ["Brian Hart"]),
    (["Russian Christian groups said so."], []),
    # (review) not those that are adjectives too
    (["Orthodox churches keep the Julian Calendar."], []),
    (["The Fabian Society published a pamphlet."], []),
    (["Adrian Smith said so."], ["Adrian Smith"]),
])
def test_discovered_names(gaz, texts, expected):
    assert discovered(texts, gaz) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname written first glued to a verb of saying
    ("The spokesman, Zhang Xiaogang, spoke. Zhangsaid China was ready.", [("Zhangsaid", "Zhang said")]),
    ("Zhang spoke. Zhangsaid China was ready.", []),                         # no name it opens
    # a two-letter name's last word glued to a verb of saying, after the same word as elsewhere
    ("Wang Yi spoke. Wang Yinoted that it was so.", [("Yinoted", "Yi noted")]),
    ("Yi spoke. The Yinoted group met.", []),
    # (review) a prefix of the verb of saying makes one word of it, whatever name it opens elsewhere
    ("Under Armour shares fell. Understated elegance is back.", []),
    ("Gain Capital rose. Gainsaid claims were many.", []),
    ("Un Kim spoke. Unsaid things hurt.", []),
    # (review) a two-letter name before "said" and "says" too, after the word it follows or opening a name
    ("Wang Yi spoke. Wang Yisaid that it was so.", [("Yisaid", "Yi said")]),
    ("Xi Jinping spoke. Xisays so.", [("Xisays", "Xi says")]),
    ("Li Qiang spoke. Linoted it.", [("Linoted", "Li noted")]),
    ("As Putin said, it was so. Assays show gold.", []),
])
def test_glued(text, expected):
    assert glued(text) == expected


def test_scorer_matches_a_mention_inside_a_reference_by_whole_words():
    assert _word_in("Russia", "Russia's foreign minister")
    assert not _word_in("Russia", "Russian foreign minister")
