"""The article header of browser copies: label lines above the headline (the site's name, a desk, menu words), header
blocks that end in a photo credit, a rubric before the date, bylines without "By" (a name under the date, names after
the date on its line, a name over its position or place, an "Авторы" block, appositions), and the outlet named by a
masthead, a "By X with AP" line or an agency's dateline. Examples in tests/data/articles/header_*.txt; each test pins
what a careful reader takes from the header, and the look-alike story lines that must stay story.
"""

from __future__ import annotations

import pytest

from presslens.parsing import parse_text
from style_helpers import body_text, kind_of, parse, sents

# --- label lines above the headline ------------------------------------------------------------------------

def test_masthead_and_desk_above_the_headline():
    art = parse("header_labels_voa.txt")
    assert art.title == "China and Russia stage joint bomber patrol over Sea of Japan"
    assert (art.source, art.section) == ("Voice of America", "EAST ASIA PACIFIC")
    assert (art.published, art.authors) == ("2024-06-07T09:10", ["Liam Harper"])
    body = body_text(art)
    for junk in ("VOA News", "EAST ASIA PACIFIC", "stage joint bomber patrol", "Skip to main"):
        assert junk not in body, junk
    assert "Tokyo scrambled fighter jets" in body


def test_site_name_menu_words_and_desk_above_a_short_headline():
    # "Foreign Affairs Weekly" / "Sign In" / "Subscribe" / "ANALYSIS" / a headline of three words / the standfirst;
    # the byline with what each author is ("a senior correspondent at ...")
    art = parse("header_labels_multi.txt")
    assert art.title == "Beijing's Careful Distance"
    assert art.lede == "China wants Russian energy, not Russia's war—and it is pricing that in."
    assert (art.source, art.section) == ("Foreign Affairs Weekly", "ANALYSIS")
    assert art.authors == ["Maria Lopez", "Tom Becker"]
    assert art.published == "2024-06-03T11:20"
    assert kind_of(art, "Sign In") == "boilerplate"
    assert body_text(art).startswith("Chinese buyers have driven")


def test_cookie_banner_then_a_masthead_in_capitals_the_story_names_again():
    art = parse("header_masthead_caps.txt")
    assert art.title == "EU weighs tariffs on Chinese firms supplying Russia's army"
    assert art.source == "BRUSSELSWIRE"  # "... who spoke to BRUSSELSWIRE."
    assert art.lede == "Diplomats say the measures could come before the summer break."
    assert (art.published, art.authors) == ("2024-06-12T06:00", ["Anna Keller", "Piotr Nowak"])
    assert art.captions == ["European Commission President Ursula von der Leyen speaks in Brussels. | "
                            "Photo by John Thys/AFP via Getty Images"]
    assert kind_of(art, "Cookie settings") == "boilerplate"
    assert kind_of(art, "We and our partners use cookies") == "boilerplate"
    assert body_text(art).startswith("The European Union is weighing")


def test_desk_and_follow_button_then_a_name_over_its_city():
    art = parse("header_name_lines.txt")
    assert art.title == "Why Beijing is slowing payments for Russian trade despite warm words at the summit"
    assert art.section == "Asia" and kind_of(art, "Diplomacy") == "section"
    assert art.lede.startswith("Chinese banks have tightened checks")
    assert art.authors == ["Laura Chen"]
    assert kind_of(art, "in Shanghai") == "byline"
    body = body_text(art)
    assert body.startswith("Chinese banks have slowed payments")
    for junk in ("FOLLOW", "Trucks queue", "Laura Chen", "in Shanghai"):
        assert junk not in body, junk


@pytest.mark.parametrize("top,source,section", [
    ("Lenta.ru\nМир", "Lenta.ru", "Мир"),  # a web address
    ("RFE/RL\nCentral Asia", "Radio Free Europe/Radio Liberty", "Central Asia"),  # an acronym joined by a slash; an unknown desk right above
    ("Asia Times\nNORTHEAST ASIA", "Asia Times", "NORTHEAST ASIA"),
    ("РИА Новости\nВ мире", "РИА Новости", "В мире"),  # an agency
    ("China\nDiplomacy", "", "Diplomacy"),  # a place over a known section: no outlet
    ("CHINA", "", "CHINA"),  # a desk in capitals the story does not name again: no masthead
])
def test_label_lines_variants(top, source, section):
    text = (f"{top}\nXi and Putin agree to expand trade in national currencies\nBy Jane Doe\nMay 16, 2024\n\n"
            "Chinese leader Xi Jinping and Russian President Vladimir Putin agreed on Thursday to expand trade.\n")
    art = parse_text(text)
    assert art.title == "Xi and Putin agree to expand trade in national currencies"
    assert (art.source, art.section, art.authors) == (source, section, ["Jane Doe"])


@pytest.mark.parametrize("text,title", [
    # a short headline in title case over a standfirst and the date: the headline, not a label
    ("Xi Meets Putin\nThe two leaders met in Beijing on Thursday for talks on trade.\nMay 16, 2024\n\nXi met Putin.\n",
     "Xi Meets Putin"),
    # a headline with lower-case words is never a label
    ("Xi visits Moscow\nChina and Russia deepen their ties amid the war\nPublished: 2024-03-20\n\nXi met Putin.\n",
     "Xi visits Moscow"),
    # a story paragraph under a short line: no header of this kind
    ("Moscow\nRussia and China signed a deal on Monday. The talks lasted three hours and ended with a statement.\n"
     "It was the second meeting this year.\nThe leaders will meet again in the autumn.\nMay 16, 2024\n", "Moscow"),
])
def test_headlines_that_are_no_labels(text, title):
    assert parse_text(text).title == title


# --- header blocks ending in a photo credit --------------------------------------------------------------------

def test_meta_lines_of_a_block_ending_in_a_credit_keep_their_kinds():
    # "By Eurowire with AFP" / "Published on ..." / "Share this article" / "Comments" / caption / caption - Copyright
    art = parse("header_with_agency.txt")
    assert art.title == "NATO chief warns China over support for Russia's war"
    assert (art.published, art.source, art.agencies, art.authors) == ("2024-06-14T09:40", "Eurowire", ["AFP"], [])
    assert kind_of(art, "By Eurowire with AFP") == "byline"
    assert kind_of(art, "Published on") == "date"
    assert kind_of(art, "Share this article") == "boilerplate"
    assert kind_of(art, "Comments") == "boilerplate"
    assert kind_of(art, "speaks during a news conference in Brussels, Friday") == "caption"
    assert body_text(art).startswith("NATO Secretary General Jens Stoltenberg said on Friday")


def test_block_in_the_body_ending_in_a_credit_keeps_its_meta_lines():
    # the same block where the header has already ended: only the lines over the credit are the caption
    text = ("Xi and Putin meet in Beijing\n\nPublished: 2024-05-16\n\nXi met Putin on Thursday.\n\nAdvertisement\n"
            "Updated: May 17, 2024\nPutin and Xi in Beijing on Thursday.\nPhoto: Reuters\n\nThey signed a statement.\n")
    art = parse_text(text)
    assert kind_of(art, "Advertisement") == "boilerplate"
    assert kind_of(art, "Updated: May 17, 2024") == "date" and art.modified == "2024-05-17"
    assert kind_of(art, "Putin and Xi in Beijing on Thursday.") == "caption"
    assert art.captions == ["Putin and Xi in Beijing on Thursday. Photo: Reuters"]
    # without metadata lines, the block is one caption as before
    art = parse_text("Talks\n\nPublished: 2024-05-16\n\nXi met Putin.\n\nPutin and Xi in Beijing.\nA second line.\n"
                     "Photo: Reuters\n\nThey left.\n")
    assert art.captions == ["Putin and Xi in Beijing. A second line. Photo: Reuters"]


# --- a rubric before the date ------------------------------------------------------------------------------------

def test_rubric_then_date_on_one_line_and_authors_block():
    art = parse("header_rubric_ru.txt")
    assert (art.section, art.published) == ("Экономика", "2024-04-12T10:05")
    assert art.title == "Китай нарастил закупки российского угля до рекорда"
    assert art.authors == ["Ольга Смирнова", "Павел Орлов"]  # "Авторы" over the names
    assert kind_of(art, "Поделиться") == "boilerplate"
    assert kind_of(art, "Александр Новак\nФото") == "caption"  # a caption between two credits, not a byline
    body = body_text(art)
    for junk in ("Авторы", "Ольга Смирнова", "Поделиться", "Фото:"):
        assert junk not in body, junk


@pytest.mark.parametrize("line,section,published", [
    ("World, 16 May 2024, 12:45", "World", "2024-05-16T12:45"),
    ("Политика, 21 мар 2024, 12:45", "Политика", "2024-03-21T12:45"),
    ("Politics | May 16, 2024", "Politics", "2024-05-16"),
    ("Подробности, 21 мар 2024", "", "2024-03-21"),  # no known section: the date only
    ("Бизнес, 21 мар 2024", "Бизнес", "2024-03-21"),  # a known section since probe 24's review, as "Business"
    ("Moscow, May 16, 2024", "", "2024-05-16"),  # a place: the date only
])
def test_rubric_before_the_date(line, section, published):
    art = parse_text(f"{line}\nXi and Putin sign energy pact\n\nXi met Putin on Thursday.\n")
    assert (art.section, art.published, art.title) == (section, published, "Xi and Putin sign energy pact")
    assert kind_of(art, line) == "date"


def test_story_sentence_with_a_date_is_no_rubric():
    art = parse_text("Xi meets Putin\n\nPublished: 2024-05-16\n\nXi met Putin.\n\nHe said, May 16, 2024 was a good day.\n")
    assert "He said, May 16, 2024 was a good day." in body_text(art)


# --- bylines ---------------------------------------------------------------------------------------------------

def test_outlet_line_above_the_date_and_a_name_over_its_position():
    art = parse("header_outlet_ru.txt")
    assert (art.source, art.published) == ("Российская газета", "2024-06-21T09:30:00")
    assert (art.title, art.lede) == ("Москва и Пекин договорились о поставках зерна", "Первые партии отправят осенью")
    assert art.authors == ["Иван Сергеев"]
    assert kind_of(art, "Обозреватель отдела экономики") == "byline"
    assert body_text(art).startswith("Россия и Китай подписали протокол")


@pytest.mark.parametrize("text,authors", [
    # a bare name under the date line
    ("Политика\nПутин и Си договорились о расчетах\nОпубликовано: 17.05.2024 14:32\nАнна Устинова\n"
     "Фото: ИЗВЕСТИЯ/Павел Бедняков\n\nПрезидент России Владимир Путин прибыл в Пекин.\n", ["Анна Устинова"]),
    ("Xi and Putin sign energy pact\nMay 16, 2024\nJane Smith\n\nXi met Putin on Thursday.\n", ["Jane Smith"]),
    # names after the date on its line
    ("Россия и Китай провели патрулирование\n4 октября 2024 г. 21:40 · Дмитрий Гринкевич, Максим Иванов\n\n"
     "Береговая охрана ФСБ завершила патрулирование.\n", ["Дмитрий Гринкевич", "Максим Иванов"]),
    ("Xi and Putin sign energy pact\nMay 16, 2024 · Jane Smith and John Roe\n\nXi met Putin on Thursday.\n",
     ["Jane Smith", "John Roe"]),
    # a byline over what the author is
    ("Kishida warns of Russia-China coordination\nBy Gabriel Ortiz\nStaff writer\nJun 4, 2024\n\nKishida spoke.\n",
     ["Gabriel Ortiz"]),
    # appositions
    ("The Limits of Partnership\nBy Jack Doe, a Pentagon reporter at Foreign Policy, and Christina Roe, a reporter at "
     "Foreign Policy.\nMay 17, 2024\n\nPutin landed in Beijing.\n", ["Jack Doe", "Christina Roe"]),
    ("Russia's China Dilemma\nBy Alexandra Petrova, a fellow at the Carnegie Russia Eurasia Center\nMay 20, 2024\n\n"
     "Russia depends on China.\n", ["Alexandra Petrova"]),
    # full-width colon and comma
    ("Xi Jinping held talks with Putin\n2024-05-17 08:15 Source：People's Daily\nReporter：Wang Xin，Zhang Hua\n\n"
     "President Xi Jinping held talks with President Vladimir Putin.\n", ["Wang Xin", "Zhang Hua"]),
    # "Авторы" alone on a line, the names on the next, in a copy without blank lines
    ("Китай увеличил импорт нефти\n16 мая 2024, 09:15\nКитай в апреле увеличил импорт российской нефти.\nАвторы\n"
     "Иван Петров, Мария Смирнова\n", ["Иван Петров", "Мария Смирнова"]),
])
def test_bylines_without_by(text, authors):
    art = parse_text(text)
    assert art.authors == authors
    for name in authors:
        assert name not in body_text(art), name


def test_position_line_under_a_byline():
    art = parse_text("Kishida warns of Russia-China coordination\nBy Gabriel Ortiz\nStaff writer\nJun 4, 2024\n"
                     "Share/Save\n\nKishida spoke to lawmakers on Tuesday.\n")
    assert (art.authors, art.published) == (["Gabriel Ortiz"], "2024-06-04")
    assert (kind_of(art, "Staff writer"), kind_of(art, "Share/Save")) == ("byline", "boilerplate")
    assert body_text(art) == "Kishida spoke to lawmakers on Tuesday."


def test_outlets_from_bylines():
    art = parse_text("The Limits of Partnership\nBy Jack Doe, a Pentagon reporter at Foreign Policy, and Christina Roe, "
                     "a reporter at Foreign Policy.\nMay 17, 2024\n\nPutin landed in Beijing.\n")
    assert art.source == "Foreign Policy"
    art = parse_text("Xi Jinping held talks with Putin\n2024-05-17 08:15 Source：People's Daily\n\nXi met Putin.\n")
    assert (art.source, art.published) == ("People's Daily", "2024-05-17T08:15")
    assert "Source" not in body_text(art)


def test_masthead_between_the_headline_and_the_byline():
    art = parse_text("Putin's Pivot to Asia Has Hit a Wall\nTIME\nBy Charles Camp\nSeptember 4, 2024\n\n"
                     "Vladimir Putin's visit to Ulaanbaatar this week was meant to showcase Russia's reach.\n")
    assert (art.source, art.authors) == ("TIME", ["Charles Camp"])
    # a word naming the kind of story is no masthead
    art = parse_text("Putin's Pivot to Asia Has Hit a Wall\nANALYSIS\nBy Charles Camp\nSeptember 4, 2024\n\n"
                     "Vladimir Putin's visit to Ulaanbaatar this week was meant to showcase Russia's reach.\n")
    assert (art.source, art.authors) == ("", ["Charles Camp"])


@pytest.mark.parametrize("line,kept", [
    ("By Monday, a reporter at the scene said the talks had ended.", True),  # no apposition of a person
    ("By Monday, a deal was reached.", True),
    ("May 16, 2024 | Hong Kong", True),  # a place after the date: no author
])
def test_story_lines_that_look_like_the_new_bylines(line, kept):
    art = parse_text(f"Xi meets Putin in Beijing\n\nPublished: 2024-05-16\n\nXi met Putin.\n\n{line}\n\nThey left.\n")
    assert art.authors == []
    assert (line in body_text(art)) == kept


def test_name_line_above_the_date_needs_two_words():
    # "TIME", "Putin" above the date are no people
    art = parse_text("Putin\n\n02.03.2022\n\nChina is ready to draw closer to Russia.\n")
    assert (art.title, art.authors) == ("Putin", [])


# --- the outlet --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,source,agencies,junk", [
    ("16 мая 2024 08:21\n\nПутин прибыл в Пекин\n\nМосква. 16 мая. INTERFAX.RU - Президент РФ Владимир Путин прибыл "
     "в Пекин с государственным визитом.\n", "Интерфакс", ["Interfax"], "INTERFAX.RU"),
    ("16 May 2024 10:15\n\nLavrov says Russia, China to coordinate\n\nMOSCOW. May 16 (Interfax) - Russian Foreign "
     "Minister Sergei Lavrov said Moscow and Beijing will coordinate.\n", "Interfax", ["Interfax"], "(Interfax)"),
    ("17 мая 2024\n\nПутин прибыл в Харбин\n\nМОСКВА, 17 мая — РИА Новости. Президент России Владимир Путин прибыл в "
     "Харбин.\n", "РИА Новости", ["RIA Novosti"], "РИА Новости"),
    # a nav label is no outlet; the dateline names the agency
    ("All News\n14:32 May 17, 2024\nN. Korea slams U.S. after Putin-Xi statement\nBy Kim Soo-yeon\n\nSEOUL, May 17 "
     "(Yonhap) -- North Korea on Friday accused the United States of double standards.\n", "Yonhap News Agency", ["Yonhap"],
     "All News"),
    # a trailing section field is no outlet
    ("Caixin Global\nECONOMY\nRussia Overtakes Saudi Arabia as China's Top Crude Supplier\nBy Wang Li and Denise Ma / "
     "Jan 22, 2024 05:14 PM / Economy\n\nRussia was China's largest source of crude oil in 2023.\n", "Caixin Global",
     [], "ECONOMY"),
])
def test_source_from_masthead_or_dateline(text, source, agencies, junk):
    art = parse_text(text)
    assert (art.source, art.agencies) == (source, agencies)
    assert junk not in body_text(art)


def test_source_named_in_the_text_wins_over_the_dateline():
    art = parse_text("Source: Global Times\n\nMOSCOW, May 16 (Reuters) - Xi met Putin on Thursday.\n")
    assert (art.source, art.agencies) == ("Global Times", ["Reuters"])
    art = parse_text("Xi met Putin\n\nMOSCOW, May 16 (Reuters) - Xi met Putin.\n", hints={"source": "Moscow Daily"})
    assert art.source == "Moscow Daily"  # a table's source column


# --- hostile input (its time against its size is measured in bench/bench_linear.py) ---------------------------

def test_long_blocks_and_label_runs_keep_their_dates_bylines_and_lines():
    # a block of many metadata lines ending in a credit (each line's kind is read once), and many label lines at the
    # top, each a word in capitals the text repeats
    block = "Talks\n\nPublished: 2024-05-16\n\nXi met Putin.\n\n" + "Share\n" * 2_000 + "Putin in Beijing. Photo: Reuters\n"
    art = parse_text(block)
    assert "".join(art.text[s.start:s.end] for s in art.segments) == art.text == block  # lossless
    assert (art.title, art.published, body_text(art)) == ("Talks", "2024-05-16", "Xi met Putin.")
    kinds = [s.kind for s in art.segments if s.kind != "blank"]
    assert kinds == ["title", "date", "body"] + ["boilerplate"] * 2_000 + ["caption"]

    labels = "WORD\n" * 40 + "Xi and Putin agree to expand trade\nBy Jane Doe\nMay 16, 2024\n\n" + "WORD said so.\n" * 2_000
    art = parse_text(labels)
    assert "".join(art.text[s.start:s.end] for s in art.segments) == art.text == labels  # lossless
    assert (art.authors, art.published) == (["Jane Doe"], "2024-05-16")
    assert kind_of(art, "By Jane Doe") == "byline" and kind_of(art, "May 16, 2024") == "date"
    assert sum(s.kind != "blank" for s in art.segments) == 40 + 3 + 2_000  # every line its own segment


@pytest.mark.parametrize("line,authors,published", [
    ("By Jane Doe | May 16, 2024", ["Jane Doe"], "2024-05-16"),  # a byline is no rubric
    ("By Jane Doe, May 16, 2024", ["Jane Doe"], "2024-05-16"),
    ("By Jane Doe, May 16, 2024, 10:15 GMT", ["Jane Doe"], "2024-05-16T10:15"),
    ("By Jane Doe and John Roe | May 16, 2024", ["Jane Doe", "John Roe"], "2024-05-16"),
    ("By Jane Doe - May 16, 2024", ["Jane Doe"], "2024-05-16"),
])
def test_byline_then_date_on_one_line(line, authors, published):
    art = parse_text(f"Xi hosts Putin\n\n{line}\n\nXi Jinping hosted Putin in Beijing, state media said on Thursday.\n")
    assert (art.authors, art.published) == (authors, published)


def test_a_headline_with_inline_html_tags_in_a_text_copy_stays_one_line():
    story = ("Russia and China signed a joint statement on Thursday after talks in Beijing, officials said.\n\n"
             "The two leaders also discussed energy projects and the situation in Ukraine.\n")
    art = parse("Xi and Putin <em>sign</em> a pact\n\nMay 16, 2024\n\n" + story, file=False)
    assert (art.title, art.published) == ("Xi and Putin sign a pact", "2024-05-16")
    art = parse("Why <b>Russia</b> needs China\nBy John Smith\nMay 16, 2024\n\n" + story, file=False)
    assert (art.title, art.authors) == ("Why Russia needs China", ["John Smith"])
    # a tag between two lines still parts them: the headline is not joined to the line under it
    art = parse("Xi and Putin sign a pact<br>\n<i>The leaders met in Beijing</i>\n\nMay 16, 2024\n\n" + story,
                file=False)
    assert art.title == "Xi and Putin sign a pact"
    # inline tags inside a story line keep it one sentence
    art = parse("Sanctions widen\n\nMay 16, 2024\n\nRussia and <a href=\"/china\">China</a> signed a joint "
                "statement on Thursday, officials said.\n\nThe talks continue.\n", file=False)
    assert any("officials said" in s and "signed" in s for s in
               (art.text[a:b] for _p, a, b in art.sentences))


# --- what the writer is, after the name in a byline -------------------------------------------------------

_HEAD = "Putin and Xi pledge partnership\n\n"
_STORY = ("Russian President Vladimir Putin and Chinese leader Xi Jinping declared a partnership on Friday, as the "
          "two leaders met in Beijing.\n\nIn a joint statement, the two sides said they opposed any further "
          "enlargement of NATO.\n")


@pytest.mark.parametrize("byline, authors, source", [
    # the writer's job after a comma is no second author, and a "By" is no part of the name
    ("By Jane Smith, Moscow correspondent", ["Jane Smith"], ""),
    ("By JANE SMITH, Staff Writer", ["JANE SMITH"], ""),
    ("By Jane Smith, Moscow Correspondent", ["Jane Smith"], ""),
    ("By Jane Smith and John Roe, Staff Writers", ["Jane Smith", "John Roe"], ""),
    # a job the byline check did not know, or in more words: the byline was lost (taken for the lede)
    ("By Jane Smith, Moscow bureau chief", ["Jane Smith"], ""),
    ("By Jane Smith, Senior Fellow at Carnegie", ["Jane Smith"], ""),
    # a correspondent named by the city is no outlet's ("Moscow"); by the outlet or its staff, it is
    ("Jane Smith, Beijing correspondent", ["Jane Smith"], ""),
    ("Jane Smith, BBC correspondent", ["Jane Smith"], "BBC News"),
    ("Jane Smith, Nikkei staff writer", ["Jane Smith"], "Nikkei"),
    # look-alikes: a second person, an agency after the name, a person whose name is a job's word
    ("By Anna Fellow, Jane Smith", ["Anna Fellow", "Jane Smith"], ""),
    ("By Jane Smith, Reuters", ["Jane Smith"], ""),
])
def test_what_the_writer_is_after_the_name_is_no_author(byline, authors, source):
    art = parse_text(_HEAD + byline + "\nFebruary 4, 2022\n\n" + _STORY)
    assert (art.authors, art.source, art.published, art.lede) == (authors, source, "2022-02-04", "")
    assert kind_of(art, byline) == "byline" and byline not in body_text(art)


def test_a_sentence_opening_with_by_and_a_day_stays_story():
    art = parse_text(_HEAD + "February 4, 2022\n\nBy Tuesday, the Kremlin had said nothing more.\n\n" + _STORY)
    assert art.authors == [] and "By Tuesday, the Kremlin had said nothing more." in body_text(art)


_PAGE = ("<html><head><title>Putin and Xi pledge partnership</title></head><body><main><article>\n"
         "<h1>Putin and Xi pledge partnership</h1>\n{byline}\n<time>February 4, 2022</time>\n"
         "<p>Russian President Vladimir Putin and Chinese leader Xi Jinping declared a partnership on Friday, as the two "
         "leaders met in Beijing.</p>\n<p>In a joint statement, the two sides said they opposed any further enlargement "
         "of NATO.</p>\n</article></main></body></html>\n")


@pytest.mark.parametrize("byline, authors", [
    # a saved page links the writer's name to their page: the byline was read as the lede, no author
    ('<p class="byline">By <a href="/authors/jane-smith">Jane Smith</a> in Beijing</p>', ["Jane Smith"]),
    ('<p>By <a href="/a">Jane Smith</a> and <a href="/b">John Roe</a></p>', ["Jane Smith", "John Roe"]),
    ('<div class="byline"><span>By</span> <a href="/a">Jane Smith</a>, <em>Moscow correspondent</em></div>',
     ["Jane Smith"]),
    ('<p class="byline">By Jane Smith</p>', ["Jane Smith"]),  # as before without a link
    # a tag inside a name leaves one space between its words, not the tag's width of them
    ('<p class="byline">By <span>Jane <b>Smith</b></span>, <a>John Roe</a></p>', ["Jane Smith", "John Roe"]),
])
def test_a_byline_whose_names_are_links_in_a_saved_page(byline, authors):
    art = parse_text(_PAGE.format(byline=byline))
    assert (art.authors, art.lede, art.published) == (authors, "", "2022-02-04")
    assert body_text(art).startswith("Russian President") and "Jane Smith" not in body_text(art)


def test_a_story_paragraph_opening_with_a_linked_by_stays_story():
    para = ('<p>By <a href="/t">Tuesday</a>, the Kremlin had said nothing more about the talks with Beijing.</p>')
    art = parse_text(_PAGE.format(byline='<p class="byline">By Jane Smith</p>').replace("<p>In a joint", para + "\n<p>In a joint"))
    assert "By Tuesday, the Kremlin had said nothing more" in " ".join(sents(art))  # (the words, tags left out)


# --- a saved page's header lines, tags inside them ---------------------------------------------------------

_SPANS_PAGE = """<html><head><title>China, Russia hold naval drills near Japan - Global Affairs Daily</title></head><body>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/asia">Asia</a></div>
<article>
<h1>China, Russia hold naval drills near Japan</h1>
<h2 class="standfirst">The exercise is the fifth of its kind since 2021, officials said</h2>
<div class="meta">{meta}</div>
<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div>
<p>Chinese and Russian warships began joint naval drills in the Sea of Japan on Thursday, China's defence ministry
said, the latest show of military cooperation between the two countries.</p>
<p>The drills will run until Sunday and involve more than 10 vessels, the ministry said. The report was
<a href="/r">published 14 July 2023</a> by <a href="/m">the ministry</a>.</p>
<p><a href="/p">Putin</a> and <a href="/x">Xi</a> met in <a href="/b">Beijing</a> in October.</p>
</article></body></html>
"""


@pytest.mark.parametrize("meta", [
    # the spans on one line, a bar between: no date, no author and the rest of the header read as the story
    '<span class="author">Kenji Tanaka</span> <span>|</span> <span class="date">Published 14 July 2023, 09:39</span> '
    '<span class="updated">Updated 14 July 2023, 11:02</span>',
    # the same spans on lines of their own: their labels were not at the start of their lines
    '<span class="author">Kenji Tanaka</span>\n<span class="date">Published 14 July 2023, 09:39</span>\n'
    '<span class="updated">Updated 14 July 2023, 11:02</span>',
])
def test_a_saved_pages_header_lines_are_read_by_their_words(meta):
    art = parse_text(_SPANS_PAGE.format(meta=meta))
    assert (art.title, art.published, art.modified, art.authors) == (
        "China, Russia hold naval drills near Japan", "2023-07-14T09:39", "2023-07-14T11:02", ["Kenji Tanaka"])
    assert art.lede == "The exercise is the fifth of its kind since 2021, officials said"
    story = [" ".join(s.split()) for s in sents(art)]
    assert story[0].startswith("Chinese and Russian warships") and not any("Share on" in s for s in story)
    # (the row's <div class="share"> is a box the page marks by its class: markup with its contents, since the 25th
    # probe; the same row of links each page furniture in a block named otherwise is boilerplate)
    assert kind_of(art, "Share on Facebook") == "markup"
    assert kind_of(parse_text(_SPANS_PAGE.format(meta=meta).replace('class="share"', 'class="row"')),
                   "Share on Facebook") == "boilerplate"
    # look-alikes in the story: a date in a link, a row of links that are words of a sentence
    assert any("The report was published 14 July 2023 by the ministry." in s for s in story)
    assert any(s.startswith("Putin and Xi met in Beijing") for s in story)
