"""The analysis probe of the twenty-fifth session (tests/data/probes/analysis25): twelve Russian articles the
analyses were not written from (a TASS and a RIA wire story, a Kommersant analysis, an interview, a Foreign Ministry
press release, a Kremlin readout, a regional paper's story, a Telegram channel's post, an op-ed, an Interfax story,
an Izvestia report, a summit round-up), scored against a careful reader's expectations written before presslens
ran on them (tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes that
must not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import date_values, figure_tests, glued, sentence_mentions  # noqa: E402
from test_analysis_probe22 import discovered  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

# What the code reached. Before the rules (the main branch of the twenty-fourth session): people 76/79 (precision
# 76/76), references 116/136, gazetteer actors 101/106, unknown people discovered 33/34, dates found 123/137 and
# their values 109/123, glued words 5/9; no tone figure (every sentence is Russian, none scored: see
# test_russian_sentences_are_not_scored). Left: 'Помощник Президента' (a president has several aides), 'главы
# государства', 'наш лидер' and a bare 'генсека' (whose office or state the words do not say); the Foreign
# Ministry as 'российском МИД' or a bare 'МИД' (an alias 'российский МИД' took 'главы российского МИД' from its
# role); Lavrov in the interview, named only as 'Сергей Лавровчасто' (a surname glued to an adverb, never standing
# alone: no evidence in the text to split it); 'через две недели' after 'в начале марта' (counted from the DCT:
# a month is no day to count weeks from). China in the Telegram post is the expectations' own miss: it is named
# only inside the role 'Председатель КНР', which the expectations' header says does not count.
FLOORS = {"people recall": 78 / 79, "people precision": 78 / 78, "references right": 131 / 136,
          "actors recall (gazetteer actors)": 103 / 106, "unknown people discovered": 34 / 34,
          "date recall": 137 / 137, "date value accuracy": 136 / 137, "glued repaired": 8 / 9}


probe_score, test_probe_figure_holds = figure_tests("analysis25", FLOORS)


def test_russian_sentences_are_not_scored():
    """VADER's lexicon is English: the probe's Russian sentences get no tone (NaN, left out of every average), and
    the note the sentiment report opens with says so."""
    import presslens as pl
    from presslens import sentiment

    c = pl.read_corpus(Path(__file__).parent / "data" / "probes" / "analysis25" / "articles", progress=False)
    scored = sentiment.score_corpus(c, cache=False)
    assert len(scored) > 200 and scored["compound"].isna().all()
    assert sentiment.not_scored_note(scored, c.articles).startswith("12 articles in Russian")
    assert sentiment.article_sentiment(scored, c.articles)["mean_compound"].isna().all()


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, expected", [
    # quarters by their Roman numeral; a future quarter already past this year is next year's
    ("Во II квартале прошлого года экспорт рос, в IV квартале он упал.", "2025-02-12",
     [("2024-Q2", ""), ("2024-Q4", "")]),
    ("Посмотрим, что будет в I квартале.", "2024-10-24", [("2025-Q1", "")]),
    ("Посмотрим, что будет в первом квартале.", "2024-10-24", [("2025-Q1", "")]),
    ("Консультации пройдут в III квартале текущего года.", "2024-06-10", [("2024-Q3", "")]),
    ("Восстановить объемы удастся не раньше III квартала.", "2025-02-12", [("2025-Q3", "")]),
    ("В первом квартале рост продолжился.", "2024-05-16", [("2024-Q1", "")]),
    ("В четвертом квартале рост продолжился.", "2024-05-16", [("2023-Q4", "")]),
    ("Он обещал ответ в мае.", "2025-02-12", [("2024-05", "")]),
    # halves named "половина года"; the half of a day or of a match is no date
    ("Визит запланирован на вторую половину года.", "2024-05-16", [("2024-H2", "")]),
    ("Саммит пройдет во второй половине 2026 года.", "2025-09-02", [("2026-H2", "")]),
    ("Во второй половине дня он уехал, в первой половине матча счет не изменился.", "2025-09-02", []),
    # centuries by their Roman numeral
    ("В XXI веке Китай стал главным партнером, а в конце XX века это казалось фантастикой.", "2023-10-05",
     [("20", ""), ("19", "END")]),
    ("Это было в век технологий, сказал человек века.", "2023-10-05", []),
    # "в первых числах октября", "в последних числах мая": the month's start, its end
    ("Мероприятия пройдут в первых числах октября.", "2024-03-13", [("2024-10", "START")]),
    ("В последних числах мая делегация уехала.", "2024-03-13", [("2023-05", "END")]),
    ("Первых чисел было мало.", "2024-03-13", []),
    # seasons in the dative after "к"
    ("В мэрии обещают к зиме построить объездную дорогу.", "2023-08-22", [("2023-WI", "")]),
    ("Дорогу построят в зиму.", "2023-08-22", []),
    # a verb of saying after a comma attributes the clause: the clause's own verb gives the tense
    ("Матвиенко посетит Китай в начале июня, сообщили в аппарате.", "2024-03-13", [("2024-06", "START")]),
    ("Матвиенко посетила Китай в начале июня, сообщили в аппарате.", "2024-03-13", [("2023-06", "START")]),
    ("В начале июня, как сообщили в аппарате, Матвиенко посетит Китай.", "2024-03-13", [("2024-06", "START")]),
    # a comma and "но", "а", "однако" open another clause: its verb is not the gapped clause's
    ("Ван И в феврале ездил в Москву, Ли Шанфу — в апреле, но Китай не поставляет оружие.", "2023-10-05",
     [("2023-02", ""), ("2023-04", "")]),
    ("Ли Шанфу приедет в апреле, но Китай не поставлял оружие.", "2023-10-05", [("2024-04", "")]),
    # a part of the day in the genitive before a weekday's: "до вечера четверга"
    ("В Ханое президент пробудет до вечера четверга.", "2024-06-20", [("2024-06-20TEV", "")]),
    ("С утра воскресенья идут переговоры.", "2024-06-20", [("2024-06-16TMO", "")]),
    ("Он ждал до вечера, в четверг уехал.", "2024-06-20", [("2024-06-20", "")]),
])
def test_dates(text, dct, expected):
    assert date_values(text, dct) == expected


# --- actors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, published, expected", [
    # a Korean name's two-letter last word declines as a longer one does
    (["Переговоры с Председателем Госсовета КНДР Ким Чен Ыном прошли.", "Ким Чен Ына встретили."], "2024-06-10",
     [("North Korea", "КНДР", "name"), ("Kim Jong Un", "Ким Чен Ыном", "name"), ("Kim Jong Un", "Ким Чен Ына", "name")]),
    (["Ван И приехал.", "Ван Ином никто не звал."], "2024-06-10", [("Wang Yi", "Ван И", "name")]),
    # an organization's case form before a surname is no given name of someone else
    (["Сергей Шойгу прибыл.", "По информации Совбеза, Шойгу и Ван И обсудили вопросы."], "2025-04-01",
     [("Sergei Shoigu", "Сергей Шойгу", "name"), ("Sergei Shoigu", "Шойгу", "name"), ("Wang Yi", "Ван И", "name")]),
    (["Андрей Белоусов прибыл.", "Дмитрий Белоусов сказал."], "2025-04-01",
     [("Andrey Belousov", "Андрей Белоусов", "name")]),
    # a role with a word between it and a person's name is no apposition of it: the other side
    (["Владимир Путин прилетел.", "Переговоры Путина с китайским лидером прошли."], "2023-10-05",
     [("Vladimir Putin", "Владимир Путин", "name"), ("Vladimir Putin", "Путина", "name"),
      ("Xi Jinping", "китайским лидером", "role")]),
    (["Путин, российский лидер, сказал."], "2023-10-05", [("Vladimir Putin", "Путин", "name")]),
    # ... nor one after a comma that opens the next clause as its subject
    (["Как сообщил журналистам Юрий Ушаков, российский лидер провел встречи."], "2025-09-02",
     [("Yuri Ushakov", "Юрий Ушаков", "name"), ("Vladimir Putin", "российский лидер", "role")]),
    (["Putin's Russian counterpart spoke."], "2023-10-05", [("Vladimir Putin", "Putin", "name")]),
    # the Russian titles of offices one person holds
    (["В ходе визита секретарь Совбеза провел переговоры.", "По словам северокорейского лидера, все хорошо."],
     "2024-11-19", [("Sergei Shoigu", "секретарь Совбеза", "role"), ("Kim Jong Un", "северокорейского лидера", "role")]),
    (["В ходе визита секретарь Совбеза провел переговоры."], "2023-11-19",
     [("Nikolai Patrushev", "секретарь Совбеза", "role")]),
    (["По словам спикера Госдумы, все хорошо.", "Индийский премьер и китайский вице-председатель согласились."],
     "2024-03-13", [("Vyacheslav Volodin", "спикера Госдумы", "role"), ("Narendra Modi", "Индийский премьер", "role"),
                    ("Han Zheng", "китайский вице-председатель", "role")]),
    (["Глава комитета Госдумы и премьер страны согласились."], "2024-03-13", [("State Duma", "Госдумы", "name")]),
    # a state's adjective and a bare "министр": the one minister of that state named before (by his role's period)
    (["Сергей Лавров встретился с Ван И.", "Китайский министр, в свою очередь, подчеркнул это.",
      "В тот же день китайского министра принял Путин."], "2025-04-01",
     [("Sergey Lavrov", "Сергей Лавров", "name"), ("Wang Yi", "Ван И", "name"),
      ("Wang Yi", "Китайский министр", "coreference"), ("Wang Yi", "китайского министра", "coreference"),
      ("Vladimir Putin", "Путин", "name")]),
    (["Сергей Лавров и Андрей Белоусов приехали.", "Российский министр сказал."], "2025-04-01",
     [("Sergey Lavrov", "Сергей Лавров", "name"), ("Andrey Belousov", "Андрей Белоусов", "name")]),  # two
    (["Сергей Лавров приехал.", "Российский министр обороны сказал."], "2025-04-01",
     [("Sergey Lavrov", "Сергей Лавров", "name")]),                    # another ministry's
    (["Российский министр сказал.", "Сергей Лавров приехал."], "2025-04-01",
     [("Sergey Lavrov", "Сергей Лавров", "name")]),                    # nobody named before
])
def test_roles(gaz, texts, published, expected):
    assert sentence_mentions(texts, gaz, published) == expected


# --- glued words ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a verb of saying that ends no other word, glued to a name the text never writes alone
    ("Пресс-секретарь Кремля Песковзаявил, что все хорошо.", [("Песковзаявил", "Песков заявил")]),
    ("Заявил он одно, а Подчеркнула другое.", []),
    # a two-word Chinese name's one-letter last word glued to a 6-letter verb used elsewhere
    ("Ван И приехал. Ван Изаявил, что Китай готов. Песков заявил иное.", [("Изаявил", "И заявил")]),
    ("Изаявил приехал.", []),
])
def test_glued(text, expected):
    assert glued(text) == expected


def test_closing_guillemet_glued_to_a_word_gets_its_space():
    from presslens.parsing import parse_text

    art = parse_text("Заголовок статьи\n\n12 мая 2024\n\nАнтон Силуанов в интервью «Коммерсанту»заявил, что проблему "
                     "решат. Фирма «Ромашка»Ltd и «Известия»Москвы работают.\n")
    fixed = [(r.raw, r.repaired, r.rule) for r in art.repairs]
    assert fixed == [("»з", "» з", "glued quote")]
    s = art.text.find("«Коммерсанту»заявил")
    assert art.analysis(s, s + len("«Коммерсанту»заявил")) == "«Коммерсанту» заявил"


# --- header: an outlet, a comma, the date ----------------------------------------------------------------

@pytest.mark.parametrize("line, published, source", [
    ("Российская газета, 27.03.2023", "2023-03-27", "Российская газета"),
    ("Amur Valley Gazette, 22 August 2023", "2023-08-22", "Amur Valley Gazette"),
    ("Иван Петров, 27.03.2023", "", ""),                                 # a person's name: no outlet
    ("Политика, 21 мар 2024", "2024-03-21", ""),                         # a rubric: the date, no outlet
])
def test_outlet_comma_date_line(line, published, source):
    from presslens.parsing import parse_text

    art = parse_text(f"Мир после однополярности\n\nФедор Ремизов, политолог\n\n{line}\n\nВизит председателя КНР в "
                     "Москву, завершившийся на прошлой неделе, войдет в учебники. Не потому, что подписали "
                     "соглашения.\n\nВторой абзац текста статьи здесь, достаточно длинный для абзаца.\n")
    assert (art.published, art.source) == (published, source)


# --- unknown people ------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, expected", [
    # initials before a surname after a state's name: a title's state, then the name (as "Вице-премьер России
    # Татьяна Голикова")
    # (spelt with a space after the initials, as when written apart)
    (["Консультации с заместителем Министра иностранных дел России А.Ю.Руденко прошли."], ["А.Ю. Руденко"]),
    (["Консультации с заместителем министра А.Ю.Руденко прошли, сообщил А.Ю. Руденко."], ["А.Ю. Руденко"]),
    (["Консультации с заместителем министра России А. Руденко прошли."], ["А. Руденко"]),
    (["Агентство России Сегодня сообщило об этом."], []),             # one word after a state: a longer name's
])
def test_discovered_names(gaz, texts, expected):
    assert discovered(texts, gaz) == expected
