"""Export styles and outlets of the 18th probe: library database records (EBSCOhost, Gale), a media-monitoring clip,
a Wayback Machine copy, a reader view, reprint and print-edition notes, Russian print-edition lines and page widgets,
Chinese and Japanese state and agency pages, a live blog. Example articles in tests/data/articles/p18_*; each test
also pins look-alike story text that must stay."""

from __future__ import annotations

import pytest

from presslens.parsing import normalize_date
from presslens.reading import export_spans
from style_helpers import ARTICLES, kind_of, parse, sents


def body(art) -> str:
    return "\n".join(sents(art))


# --- library database records ----------------------------------------------------------------------------------

def test_ebsco_record():
    art = parse("p18_ebsco.txt")
    assert art.title == "Moscow and Beijing test a new rail route to Europe's doorstep"  # the catalogue's "." off
    assert art.published == "2023-11-14"  # from "Source: Financial Post. 11/14/2023, pFP4. 1p."
    assert art.source == "Financial Post"
    assert art.authors == ["Paul Harrington"]  # "Authors: Harrington, Paul"
    assert art.section == "World"
    assert sents(art)[0].startswith("Freight trains carrying Chinese consumer goods")
    # a field's value going on over the next lines, the abstract, EBSCOhost's copyright notice
    for line in ("*INTERNATIONAL trade", "KAZAKHSTAN", "Abstract:", "Accession Number:"):
        assert kind_of(art, line) == "header"
    assert kind_of(art, "Copyright of Financial Post") == "boilerplate"
    assert "listserv" not in body(art) and "Red Sea" not in body(art)


def test_gale_record():
    art = parse("p18_gale.txt")
    assert (art.title, art.published, art.source, art.authors) == (
        "Russia and China tighten energy embrace as Western buyers retreat", "2023-04-09",
        "The Christian Science Monitor", ["Margaret Ellison"])
    assert sents(art)[0].startswith("When European buyers turned away")  # "Full Text:" split off
    assert kind_of(art, "Source Citation (MLA 9th Edition)") == "boilerplate"
    assert kind_of(art, "Ellison, Margaret.") == "boilerplate"  # the citation under its label
    assert kind_of(art, "Gale Document Number") == "header"
    assert sents(art)[-1].startswith("Trade between the two countries")


def test_record_fields_need_a_record():
    # one field-like line is no database record: the story's lines stay story text
    text = ("Russia builds a grain registry\nMay 3, 2024\n\nThe registry opens in June.\n\nDatabase: the new registry will list every grain shipment to China, "
            "officials said.\n\nThe two sides still disagree about its terms, a diplomat said.\n")
    art = parse(text, file=False)
    assert "Database: the new registry" in body(art) and "The two sides" in body(art)


def test_record_exports_split():
    one = (ARTICLES / "p18_ebsco.txt").read_text(encoding="utf-8")
    spans, _notes = export_spans(one + "\n\n" + one.replace("Record: 1", "Record: 2"))
    assert len(spans) == 2
    gale = (ARTICLES / "p18_gale.txt").read_text(encoding="utf-8")
    spans, _notes = export_spans(gale + "\n" + gale)
    assert len(spans) == 2
    # "Record: 12" over story text (no "Title:" field under it) splits nothing
    story = "Team results\n\nRecord: 12\nThe document shows the team won twelve games in a row.\n"
    assert len(export_spans(story + story)[0]) == 1


# --- dates -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "iso"), [
    ("20-Mar-2024", "2024-03-20"), ("Updated 21:37, 20-Mar-2024", "2024-03-20T21:37"), ("2023.07.07", "2023-07-07"),
    # guards: a version number, a Russian date with "г." and a time after it
    ("version 2023.1.2", ""), ("4 октября 2024 г. 21:40", "2024-10-04T21:40"),
])
def test_new_date_forms(value, iso):
    assert normalize_date(value) == iso


# --- media-monitoring clip -------------------------------------------------------------------------------------

MONITOR = ("Meltwater\nMedia Monitoring Report\n\nHeadline: Kazakhstan courts Chinese investors\nSource: Eurasianet\n"
           "Date: 2024-02-27 09:14\nAuthor: Almaz Kumenov\nReach: 184,300\nSentiment: Neutral\n\n"
           "Kazakhstan signed agreements worth $4.5 billion with Chinese companies on Monday.\n\n"
           "Tone: the talks were tense at times, two officials said after the meeting.\n")


def test_monitoring_clip():
    art = parse(MONITOR, file=False)
    assert (art.title, art.source, art.authors, art.published) == (
        "Kazakhstan courts Chinese investors", "Eurasianet", ["Almaz Kumenov"], "2024-02-27T09:14")
    assert kind_of(art, "Meltwater") == kind_of(art, "Media Monitoring Report") == "header"
    assert kind_of(art, "Reach:") == kind_of(art, "Sentiment:") == "header"
    assert sents(art)[0].startswith("Kazakhstan signed")
    assert "Tone: the talks were tense" in body(art)  # a sentence opening with the word stays story text


# --- Russian print-edition lines, "Текст:", widgets ------------------------------------------------------------

def test_russian_print_edition_lines():
    rg = parse("Российская газета\nЭкономика\nОбъем торговли России и Китая обновил рекорд\n\nТекст: Игорь Дунаевский\n"
               "Российская газета - Федеральный выпуск: №5(9249)\n12.01.2024 20:35\n\n"
               "Товарооборот России и Китая в 2023 году вырос на 26,3 процента.\n\n"
               "Текст: соглашение опубликовано на сайте правительства.\n\nПодписывайтесь на «РГ» в Дзене\n", file=False)
    assert (rg.title, rg.source, rg.authors, rg.section) == (
        "Объем торговли России и Китая обновил рекорд", "Российская газета", ["Игорь Дунаевский"], "Экономика")
    assert sents(rg)[0].startswith("Товарооборот") and "Федеральный выпуск" not in body(rg)
    assert "Текст: соглашение опубликовано" in body(rg)  # "Текст:" before a sentence: story text
    kom = parse('Коммерсантъ\nГазета "Коммерсантъ" №84 от 17.05.2024, стр. 1\nБизнес\nГаз сверх плана\n'
                "Переговоры о «Силе Сибири 2» снова отложены\n\nДмитрий Козлов\n17.05.2024, 00:29\nПодписаться\nДзен\n"
                "Telegram\nПереговоры о строительстве газопровода не принесли результата.\n\nДмитрий Козлов\n"
                "Ссылка скопирована\n", file=False)
    assert (kom.title, kom.source, kom.authors, kom.section, kom.lede) == (
        "Газ сверх плана", "Коммерсантъ", ["Дмитрий Козлов"], "Бизнес", "Переговоры о «Силе Сибири 2» снова отложены")
    assert sents(kom) == ["Переговоры о строительстве газопровода не принесли результата."]


RIA = ("РИА Новости\nВ мире\nПутин и Си Цзиньпин обсудили в Пекине энергетическое сотрудничество\n"
       "16:42 16.05.2024 (обновлено: 17:05 16.05.2024)\n© РИА Новости / Сергей Бобылев\nПерейти в фотобанк\n"
       "Читать ria.ru в\nДзен\nTelegram\nПодписаться\nПЕКИН, 16 мая - РИА Новости. Президент России Владимир Путин "
       "и председатель КНР Си Цзиньпин обсудили поставки нефти и газа.\n\n"
       "Визит Путина в Китай продлится два дня. В пятницу он посетит Харбин.\nПутин\nКитай\nСи Цзиньпин\nВ мире\n"
       "Добавить в избранное\nПодписаться\n")


def test_russian_page_widgets_and_tags():
    art = parse(RIA, file=False)
    assert sents(art)[0].startswith("Президент России Владимир Путин")
    assert sents(art)[-1] == "В пятницу он посетит Харбин."  # the topic tags above the buttons are furniture
    for line in ("Перейти в фотобанк", "Читать ria.ru в", "Дзен", "Добавить в избранное", "Си Цзиньпин\nВ мире"):
        assert kind_of(art, line) == "boilerplate"
    # guard: short lines closing a story with nothing under them stay (no buttons below: no tag list)
    plain = parse("Саммит ШОС\n\nВ саммите участвовали три страны.\nКитай\nРоссия\nИран\n", file=False)
    assert "Китай\nРоссия\nИран" in plain.text[plain.paragraphs[-1][0]:plain.paragraphs[-1][1]]


# --- Wayback Machine, reader view, "By ... for ..." ------------------------------------------------------------

def test_wayback_copy():
    art = parse("p18_wayback.txt")
    assert (art.title, art.published, art.source, art.authors) == (
        "China and Russia hold joint naval drills in Sea of Japan", "2023-07-07", "Radio Free Asia", ["Shen Ming"])
    assert art.url == "https://www.rfa.org/english/news/china/russia-china-drills-07072023.html"
    for line in ("Go\n", "JUN JUL AUG", "14 captures", "08 Jul 2023 - 02 Mar 2024", "About this capture"):
        assert kind_of(art, line) == "boilerplate"
    assert sents(art)[0].startswith("Chinese and Russian warships began")


def test_label_named_by_the_site():
    # guard: a label whose initials do not spell the site's name is no outlet (here: the section); the site is
    text = ("The Wayback Machine - https://web.archive.org/web/20230708114212/https://www.rfa.org/english/x.html\n"
            "About this capture\n\nEast Asia Desk\n\nChina and Russia hold joint naval drills near Japan\n\n"
            "By Shen Ming\n2023.07.07\n\nChinese and Russian warships began a joint exercise on Friday.\n")
    art = parse(text, file=False)
    # (the site's known outlet by its name, data/outlets.txt)
    assert art.source == "Radio Free Asia" and art.title == "China and Russia hold joint naval drills near Japan"


def test_reader_view_copy():
    art = parse("theconversation.com\nPutin needs Xi more than Xi needs Putin – and both of them know it\n"
                "Elizabeth Wishnick\n5–6 minutes\n\nWhen Vladimir Putin arrived in Beijing in May 2024, the images "
                "were of two equals.\n\nThe substance told a different story.\n\nElizabeth Wishnick does not work for, "
                "consult, own shares in or receive funding from any company or organisation that would benefit from "
                "this article, and has disclosed no relevant affiliations beyond their academic appointment.\n",
                file=False)
    assert (art.title, art.source, art.authors) == (
        "Putin needs Xi more than Xi needs Putin – and both of them know it", "The Conversation",
        ["Elizabeth Wishnick"])
    assert sents(art) == ["When Vladimir Putin arrived in Beijing in May 2024, the images were of two equals.",
                          "The substance told a different story."]


def test_byline_for_a_service():
    art = parse("Drills near Japan\n\nBy Jane Doe for The Guardian\nMay 16, 2024\n\nThe drills began.\n", file=False)
    assert art.authors == ["Jane Doe"]


# --- closing notes, widgets, breadcrumbs -----------------------------------------------------------------------

STORY = ("Xi meets Putin in Moscow\nMarch 21, 2023\n\nXi met Putin in Moscow on Tuesday.\n\n"
         "The two leaders signed a joint statement.\n\n{line}\n")


@pytest.mark.parametrize("line", [
    "This story was originally published by The Philadelphia Inquirer.",
    "This article first appeared in Foreign Affairs.",
    "Appeared in the January 14, 2023, print edition as 'Russia, China Sideline Dollar in Trade'.",
    "(Web editor: Zhang Kaiwei, Liang Jun)",
    "Resize", "(4 min)", "5–6 minutes", "Hot Topics", "Search Trends", "HOME >> CHINA", "Home › World › Asia",
    "Ссылка скопирована", "Перейти в фотобанк",
])
def test_closing_and_widget_lines(line):
    art = parse(STORY.format(line=line), file=False)
    assert body(art) == "Xi met Putin in Moscow on Tuesday.\nThe two leaders signed a joint statement."


@pytest.mark.parametrize("line", [
    "The plan was first published by the ministry in March, officials said.",
    "Home to 3 million people, the city lies on the Amur.",
    "The talks lasted 45 minutes longer than planned.",
])
def test_closing_line_look_alikes_stay(line):
    art = parse(STORY.format(line=line), file=False)
    assert line in body(art)


def test_author_note_above_reprint_note():
    art = parse("Opinion\nWhy Beijing won't walk away from Moscow\n\nBy Trudy Rubin\nMarch 25, 2023\n\n"
                "Xi spent three days in Moscow.\n\nEuropeans are rethinking their dealings with China.\n\n"
                "Trudy Rubin is a columnist for The Philadelphia Inquirer.\n\n"
                "This story was originally published by The Philadelphia Inquirer.\n"
                "©2023 The Philadelphia Inquirer. Visit inquirer.com. Distributed by Tribune Content Agency, LLC.\n",
                file=False)
    assert sents(art) == ["Xi spent three days in Moscow.", "Europeans are rethinking their dealings with China."]


# --- agency and outlet date lines ------------------------------------------------------------------------------

def test_agency_before_date_and_outlet_date_desks():
    pd = parse("People's Daily Online\nHOME >> CHINA\nChina-Russia youth exchange year opens in Harbin\n"
               "(Xinhua) 09:15, March 02, 2024\n\nHARBIN, March 1 (Xinhua) -- A series of events opened in Harbin.\n",
               file=False)
    assert (pd.title, pd.published, pd.source, pd.agencies) == (
        "China-Russia youth exchange year opens in Harbin", "2024-03-02T09:15", "People's Daily", ["Xinhua"])
    ky = parse("Japan scrambles jets as bombers fly near Japan\n\nKYODO NEWS - Nov 30, 2023 - 19:12 | World, All\n\n"
               "Japan scrambled fighter jets on Thursday.\n\nRelated coverage:\nJapan, U.S. hold joint air drills\n",
               file=False)
    assert (ky.published, ky.source, ky.section) == ("2023-11-30T19:12", "Kyodo News", "World")
    assert sents(ky) == ["Japan scrambled fighter jets on Thursday."]
    # guard: a bracketed word that is no agency before a date stays what it was
    g = parse("Talks\n\n(Updated) he said on March 02, 2024 that talks would go on.\n", file=False)
    assert g.agencies == []


# --- live blog -------------------------------------------------------------------------------------------------

def test_live_blog_entries():
    art = parse("Russia-Ukraine war live: Putin arrives in Beijing\n\nBy Nils Adler\nPublished On 16 May 2024\n\n"
                "04:05 GMT\nPutin's plane lands in Beijing\n\nPutin has arrived in Beijing on a state visit.\n\n"
                "03:40 GMT\nPutin says Moscow is open to dialogue\n\nPutin said Russia has never refused to negotiate."
                "\n\nAt 03:10 GMT the Kremlin said the talks would begin on Thursday.\n", file=False)
    assert art.subheadings == ["Putin's plane lands in Beijing", "Putin says Moscow is open to dialogue"]
    assert sents(art) == ["Putin has arrived in Beijing on a state visit.",
                          "Putin said Russia has never refused to negotiate.",
                          "At 03:10 GMT the Kremlin said the talks would begin on Thursday."]  # a time in a sentence
    assert kind_of(art, "04:05 GMT") == "header"
