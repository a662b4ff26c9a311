"""Export styles of the 38th probe (tests/data/probes/probe38: ordinary outlets on other stories than China-Russia
relations): in a text with a paragraph on each line (no blank lines), the links' headlines under a lone lead-in line
("Read more from Sky News:", "Читайте также:") are furniture; an editor's correction note in Russian ("ИСПРАВЛЕНИЕ:
в первой версии текста ...") and in English naming "a previous version" are; ANSA's wire dateline, the tag first and
the place and day after it ("(ANSA) - NAPLES, MAR 13 - "), is split off the first paragraph whole; "What we know:" heads
a summary box; "Pic: PA" credits a caption and "Image:" alone labels one; a wire's exchange-rate note is furniture; a
signature naming its outlet in quotes closes the story; writers' names one to a line under a bare-name byline are
bylines; an outlet's masthead in quotes names it; topic links under "Related Topics:" closing the page, a "Key points:"
box inside the story and "Related Story: ..." are furniture; more outlets are known by their mastheads. Short synthetic
texts, one rule each; each test also pins look-alike text that must keep its old reading."""

from __future__ import annotations

from style_helpers import body_text, kind_of, p

_EN = ("Workers vote to extend the strike\n"
       "Tuesday 8 April 2025 12:15\n"
       "Bin workers in Birmingham have voted to extend their strike until the end of June, their union said.\n"
       "The dispute centres on the council's decision to scrap a role, which the union says will cut pay.\n")
_EN_END = ("The council said it had collected more than 5,000 tonnes of waste since the incident was declared.\n"
           "Residents have reported rats in some streets, and officials have warned of a risk of disease.\n")
_RU = ("«Зенит» обыграл «Спартак»\n"
       "9 марта 2025\n"
       "Петербургский «Зенит» в центральном матче тура обыграл московский «Спартак» со счетом 2:1.\n"
       "Первый тайм прошел с небольшим преимуществом петербуржцев, а после перерыва прибавили гости.\n")
_RU_END = ("После этой победы «Зенит» набрал 42 очка и отстает от лидера на одно очко.\n"
           "В следующем туре «Зенит» сыграет на выезде, а «Спартак» примет «Динамо».\n")


def test_links_under_a_lead_in_in_a_text_without_blank_lines_are_furniture():
    # each link's headline on a line of its own under the lead-in, the story going on under them
    art = p(_EN + "Read more from Sky News:\nPrime minister says he will not intervene in bin strike\n"
            "Trump tariffs: What they mean for your money\n" + _EN_END)
    body = body_text(art)
    assert "Prime minister says he will not intervene" not in body and "Trump tariffs" not in body
    assert kind_of(art, "Trump tariffs") == "boilerplate" and "Residents have reported rats" in body
    assert art.subheadings == []
    art = p(_RU + "Читайте также:\n«Краснодар» разгромил «Ахмат» и вернулся на первое место\n" + _RU_END)
    assert "«Краснодар» разгромил" not in body_text(art) and "После этой победы" in body_text(art)
    # look-alikes keeping their reading: a sentence under the lead-in (a full stop closes it) is story text; a text
    # with blank lines is read as before; a subheading under a story paragraph (no lead-in) stays one; five headlines
    # in a row under a lead-in are not a box of links (none is taken)
    art = p(_EN + "Read more:\nThe union said talks with the council would resume on Monday.\n" + _EN_END)
    assert "The union said talks with the council would resume on Monday." in body_text(art)
    art = p(_EN.replace("\n", "\n\n") + "\nRelated:\n\nWhat happens next\n\n" + _EN_END.replace("\n", "\n\n"))
    assert kind_of(art, "What happens next") == "subheading"
    art = p(_EN + "What happens next\n" + _EN_END)
    assert kind_of(art, "What happens next") == "subheading"
    five = "".join(f"Headline number {w} of the list\n" for w in ("one", "two", "three", "four", "five"))
    art = p(_EN + "Read more:\n" + five + _EN_END)
    assert kind_of(art, "Headline number one") != "boilerplate"


def test_an_editors_correction_note_in_russian_or_naming_a_previous_version_is_furniture():
    art = p(_RU + _RU_END + "ИСПРАВЛЕНИЕ: в первой версии текста неверно указано число маршрутов. Ошибка исправлена.\n")
    assert "ИСПРАВЛЕНИЕ" not in body_text(art) and "После этой победы" in body_text(art)
    art = p(_RU + _RU_END + "В предыдущей версии этого материала была допущена ошибка в счете матча.\n")
    assert "была допущена ошибка" not in body_text(art)
    art = p(_EN + _EN_END + "Correction: A previous version of this article misstated the date of the strike.\n")
    assert "A previous version" not in body_text(art)
    # look-alikes keeping their reading: a story's sentence on a draft law's first version (no label, no "этого"), a
    # label over words that speak of no version or error, a story's "previous version" of a product
    for text, kept in ((_RU + "В первой версии текста законопроекта предлагалось запретить забастовки.\n" + _RU_END,
                        "В первой версии текста законопроекта"),
                       (_RU + "Уточнение: матч начнется в 19:00 по московскому времени, сообщил клуб.\n" + _RU_END,
                        "Уточнение: матч начнется"),
                       (_EN + "A previous version of the app was withdrawn after complaints, the company said.\n"
                        + _EN_END, "A previous version of the app")):
        assert kept in body_text(p(text))


def test_a_dateline_after_the_agency_tag_is_split_off_whole():
    art = p("Quake shakes Campi Flegrei\n13 March 2025 10:22\n"
            "(ANSA) - NAPLES, MAR 13 - An earthquake of magnitude 4.4 struck the area west of Naples on Thursday.\n"
            "Schools in Pozzuoli were closed so that buildings could be checked, officials said.\n")
    body = body_text(art)
    assert body.startswith("An earthquake of magnitude 4.4") and "NAPLES" not in body and "ANSA" in art.agencies
    # look-alikes keeping their reading: capitals after the tag that are no place and dash ("NATO allies said"), the
    # place before the tag ("ROME (ANSA) - ..."), a tag then a sentence
    art = p("Allies meet\n13 March 2025\n(ANSA) - NATO allies said on Thursday they would meet in Rome next week.\n"
            "Ministers will discuss spending, officials said.\n")
    assert body_text(art).startswith("NATO allies said on Thursday")
    art = p("Allies meet\n13 March 2025\nROME, MAR 13 (ANSA) - Ministers said on Thursday they would meet next week.\n"
            "Spending will be discussed, officials said.\n")
    assert body_text(art).startswith("Ministers said on Thursday")
    art = p("Allies meet\n13 March 2025\n(ANSA) - The ministers said on Thursday they would meet next week.\n"
            "Spending will be discussed, officials said.\n")
    assert body_text(art).startswith("The ministers said on Thursday")


def test_a_what_we_know_box_over_the_story_is_its_summary():
    # a breaking story's points under "What we know:" ("Что известно к этому часу") over the story: the lede, not story
    art = p("Wildfire forces thousands to evacuate\n\nAug. 14, 2025\n\nWhat we know:\n"
            "The fire has burned about 18,400 acres and was 12% contained.\nNo deaths have been reported.\n\n"
            + _EN_END.replace("\n", "\n\n"))
    assert "18,400 acres" not in body_text(art) and "18,400 acres" in art.lede and kind_of(art, "What we know") == "header"
    art = p("Пожар в Подмосковье\n\n9 марта 2025\n\nЧто известно к этому часу\nПлощадь пожара — 40 гектаров.\n"
            "Жителей двух поселков эвакуировали.\n\n" + _RU_END.replace("\n", "\n\n"))
    assert "40 гектаров" not in body_text(art) and "40 гектаров" in art.lede
    # look-alikes keeping their reading: "What we know" further down, under a story paragraph (a subheading), and a
    # headline opening so ("What we know about the fire") over the story
    art = p("Wildfire forces thousands to evacuate\n\nAug. 14, 2025\n\n" + _EN_END.replace("\n", "\n\n")
            + "\nWhat we know\n\nThe fire has burned about 18,400 acres, officials said on Thursday.\n")
    assert "18,400 acres" in body_text(art) and kind_of(art, "What we know") == "subheading"
    art = p("What we know about the fire near Boise\n\nAug. 14, 2025\n\nThe fire has burned about 18,400 acres, officials "
            "said.\n\n" + _EN_END.replace("\n", "\n\n"))
    assert art.title == "What we know about the fire near Boise" and "18,400 acres" in body_text(art)


def test_a_pic_credit_and_an_image_label_mark_a_caption():
    # "Pic: PA" closing the caption's line (British pages), "Image:" alone over it (Sky News)
    art = p("Workers vote to extend the strike\nTuesday 8 April 2025 12:15\nImage:\n"
            "Rubbish bags piled up on a street in the Small Heath area of Birmingham. Pic: PA\n" + _EN.split("\n", 2)[2])
    assert kind_of(art, "Image:") == "caption" and kind_of(art, "Rubbish bags") == "caption"
    assert body_text(art).startswith("Bin workers in Birmingham") and "Pic: PA" not in body_text(art)
    # look-alikes keeping their reading: "pic" inside a sentence ("the team's pic of the week"), "pic:" after a word
    # of the sentence, not after its end ("The club posted a pic: ..."), "Image" opening a sentence with no colon
    for line in ("Fans voted for the team's pic of the week, a shot of the goalkeeper, the club said.\n",
                 "The club posted a pic: the goalkeeper lifting the trophy over his head.\n",
                 "Image is everything for the council, which has hired a new press officer.\n"):
        art = p(_EN + line + _EN_END)
        assert line.strip() in body_text(art)


def test_a_wires_exchange_rate_note_is_furniture():
    art = p(_EN + _EN_END + "($1 = 0.8487 euros)\n(£1 = $1.2650)\n")
    assert "0.8487" not in body_text(art) and "1.2650" not in body_text(art) and "Residents have" in body_text(art)
    # look-alikes keeping their reading: a sentence giving a rate, a bracketed aside of the story with words around
    for line in ("The euro traded at $1.08 on Friday ($1 = 0.92 euros), dealers said.\n",
                 "(The rate was set at $1 = 0.8487 euros by the central bank on Friday.)\n"):
        assert line.strip()[:30] in body_text(p(_EN + line + _EN_END))


def test_a_signature_naming_the_outlet_in_quotes_closes_the_story():
    art = p("Фонтанка.ру\nСуд арестовал директора управляющей компании\n11 февраля 2025, 14:05\n" + _RU.split("\n", 2)[2]
            + _RU_END + "Дмитрий Ермолаев, «Фонтанка.ру»\n")
    assert art.authors == ["Дмитрий Ермолаев"] and "Ермолаев" not in body_text(art)
    # look-alikes keeping their reading: a quotation closing the story after a name and a comma ("Иван Петров,
    # «мы не сдадимся»" is no outlet), a sentence ending in an outlet's name in quotes
    for line in ("Иван Петров, «мы еще вернемся»\n",
                 "Об этом говорится в сообщении пресс-службы клуба, передает «Фонтанка.ру»\n"):
        art = p("Фонтанка.ру\nСуд арестовал директора\n11 февраля 2025, 14:05\n" + _RU.split("\n", 2)[2] + _RU_END + line)
        assert art.authors == [] and line.strip()[:20] in body_text(art)


def test_names_one_to_a_line_under_a_bare_name_byline_are_bylines():
    head = "ЦБ сохранил ключевую ставку\nВедомости\n21 марта 2025\nИван Ткачёв\n"
    art = p(head + "Ольга Кувшинова\n" + _RU.split("\n", 2)[2] + _RU_END)
    assert art.authors == ["Иван Ткачёв", "Ольга Кувшинова"] and body_text(art).startswith("Петербургский «Зенит»")
    art = p("Rates held\n21 March 2025\nJane Smith\nJohn Roe\nAnna Lee\n" + _EN.split("\n", 2)[2])
    assert art.authors == ["Jane Smith", "John Roe", "Anna Lee"]
    # look-alikes keeping their reading: under a byline with more than the name ("By Jane Smith"), a name the headline
    # gives (the story's subject), a name with a blank line between, a line of four words
    for text, line in (("Rates held\n21 March 2025\nBy Jane Smith\nJohn Roe\n" + _EN.split("\n", 2)[2], "John Roe"),
                       ("Nabiullina holds rates\n21 March 2025\nJane Smith\nElvira Nabiullina\n" + _EN.split("\n", 2)[2],
                        "Elvira Nabiullina"),
                       ("Rates held\n\n21 March 2025\n\nJane Smith\n\nJohn Roe\n\n" + _EN_END.replace("\n", "\n\n"),
                        "John Roe"),
                       ("Rates held\n21 March 2025\nJane Smith\nJohn Roe Anna Lee\n" + _EN.split("\n", 2)[2],
                        "John Roe Anna Lee")):
        assert line not in p(text).authors


def test_an_outlets_name_in_quotes_is_the_outlet():
    # a masthead printed in quotes, as Russian pages print an outlet's name: "«Новая газета Европа»"
    art = p("«Новая газета Европа»\nСюжеты\n«Нам платят меньше»: бастуют водители\n12 марта 2025 года\n"
            + _RU.split("\n", 2)[2] + _RU_END)
    assert art.source == "Новая газета Европа" and art.title == "«Нам платят меньше»: бастуют водители"
    # look-alikes keeping their reading: a headline in quotes that is no outlet's name, two outlets' names in quotes
    # on one line (no masthead), a quote opening the line and another closing it
    for first in ("«Нам платят меньше»", "«Ведомости» и «Коммерсантъ»", "«Ведомости», пишет «Коммерсантъ»"):
        art = p(first + "\nСюжеты\nВодители бастуют второй день\n12 марта 2025 года\n" + _RU.split("\n", 2)[2] + _RU_END)
        assert art.source == ""


def test_topic_links_under_a_lead_in_with_its_colon_close_the_story():
    # "Related Topics:" / "Suggested Topics:" read as a line of text over the topics' links closing the page
    for lead in ("Related Topics:", "Suggested Topics:"):
        art = p(_EN + _EN_END + lead + "\nBirmingham\nStrikes\n")
        body = body_text(art)
        assert "Topics" not in body and "Strikes" not in body and "Residents have reported rats" in body
    # look-alikes keeping their reading: the lead-in without its colon closing a sentence-like line, a story's last
    # line ending with a colon that is no lead-in ("The union's demands:"), short lines under no lead-in
    art = p(_EN + _EN_END + "The union's demands:\nHigher pay\nShorter shifts\n")
    assert "The union's demands:" in body_text(art)


def test_a_key_points_box_inside_the_story_is_furniture():
    # "Key points:" over its points, between the story's paragraphs, in a text with a paragraph on each line
    art = p(_EN + "Key points:\nAbout 17,000 tonnes of rubbish are uncollected\nThe council declared a major incident\n"
            + _EN_END)
    body = body_text(art)
    assert "Key points" not in body and "17,000 tonnes" not in body and art.subheadings == []
    assert "Residents have reported rats" in body
    # look-alikes keeping their reading: the heading over one point only, over sentences (full stops), and in a
    # text with blank lines
    for text in (_EN + "Key points:\nAbout 17,000 tonnes of rubbish are uncollected\n" + _EN_END,
                 _EN + "Key points:\nAbout 17,000 tonnes of rubbish are uncollected.\nThe council declared an incident.\n"
                 + _EN_END,
                 _EN.replace("\n", "\n\n") + "Key points:\n\nAbout 17,000 tonnes of rubbish are uncollected\n\n"
                 "The council declared a major incident\n\n" + _EN_END.replace("\n", "\n\n")):
        assert kind_of(p(text), "About 17,000") != "boilerplate"


def test_a_related_story_line_is_furniture():
    # "Related Story: <headline>" between the story's paragraphs (NPR), as "Related Stories: ..." was
    art = p(_EN + "Related Story: Why a short walk after dinner may help your blood sugar\n" + _EN_END)
    assert "Why a short walk" not in body_text(art) and "Residents have reported rats" in body_text(art)
    # look-alikes keeping their reading: "related story" inside a sentence, a sentence opening "Related stories of"
    for line in ("In a related story, the council said it would hire more drivers from next month.\n",
                 "Related stories of rats in the streets have circulated on social media for weeks.\n"):
        assert line.strip() in body_text(p(_EN + line + _EN_END))


def test_more_outlets_are_known_by_their_masthead():
    # data/outlets.txt: Irish Independent (Independent.ie), The Local's editions, Спорт-Экспресс
    for masthead, source in (("Independent.ie", "Irish Independent"), ("The Local Germany", "The Local"),
                             ("Спорт-Экспресс", "Спорт-Экспресс")):
        art = p(masthead + "\nNews\nWorkers vote to extend the strike\nTuesday 8 April 2025 12:15\n" + _EN.split("\n", 2)[2])
        assert art.source == source, masthead
    # look-alikes keeping their reading: "Local" or "Independent" alone over the headline name no outlet
    for masthead in ("Local", "Independent"):
        art = p(masthead + "\nNews\nWorkers vote to extend the strike\nTuesday 8 April 2025 12:15\n" + _EN.split("\n", 2)[2])
        assert art.source == "", masthead


def test_a_correction_label_over_a_story_paragraph_and_a_story_about_a_report_stay_story():
    # review of probe 38's note rule: under its label the note must speak of the text's version or say what it got
    # wrong ("неверно указано"); a story's "a previous version of this report" is about a report, not the text
    for text, kept in ((_RU + "Уточнение: Минфин уточнил, что ошибка в расчетах бюджета составила 2 млрд рублей.\n"
                        + _RU_END, "Уточнение: Минфин уточнил"),
                       (_RU + "Исправление: ведомство признало, что в прогнозе была ошибка, и пообещало его пересчитать.\n"
                        + _RU_END, "Исправление: ведомство признало"),
                       (_RU + "В предыдущей версии этой статьи закона наказание было мягче, напомнил юрист.\n" + _RU_END,
                        "В предыдущей версии этой статьи закона"),
                       (_EN + "A previous version of this report, released in 2022, put the death toll at 300, the UN "
                        "said.\n" + _EN_END, "A previous version of this report")):
        assert kept in body_text(p(text))
    # variants caught: the feminine "этой статьи" of a note without a label, a label saying what was wrong
    for line in ("В предыдущей версии этой статьи была допущена ошибка в счете матча.\n",
                 "Уточнение: ранее в материале ошибочно указано, что матч прошел в Москве.\n"):
        art = p(_RU + _RU_END + line)
        assert line[:20] not in body_text(art) and "После этой победы" in body_text(art)


def test_short_lines_under_a_bare_name_byline_that_are_no_names_or_a_list_stay_story():
    # review of probe 38's byline rule: a line with a word the text writes in small letters ("New York", "Market
    # Outlook" over a story saying "new", "market") is no writer's name; four names one to a line are a list (a
    # team's lineup), none of them a writer
    story = ("Bin workers signed a new contract on Friday, and the market for key services was calm, the union said.\n"
             "The dispute centres on the council's decision to scrap a role, which the union says will cut pay.\n")
    for line in ("New York", "Market Outlook", "Key Facts"):
        assert p("Rates held\n21 March 2025\nJane Smith\n" + line + "\n" + story).authors == ["Jane Smith"], line
    art = p("Состав объявлен\n21 марта 2025\nИван Ткачёв\nМатвей Сафонов\nАртем Дзюба\nНаиль Умяров\n"
            "Александр Соболев\n" + _RU_END)
    assert art.authors == ["Иван Ткачёв"] and "Матвей Сафонов" in body_text(art)
    # look-alikes keeping their reading: two writers over the same story, three over a Russian one
    assert p("Rates held\n21 March 2025\nJane Smith\nJohn Roe\n" + story).authors == ["Jane Smith", "John Roe"]
    art = p("ЦБ сохранил ставку\n21 марта 2025\nИван Ткачёв\nОльга Кувшинова\nАнна Петрова\n" + _RU.split("\n", 2)[2])
    assert art.authors == ["Иван Ткачёв", "Ольга Кувшинова", "Анна Петрова"]


def test_what_we_know_without_its_colon_over_one_story_paragraph_is_a_section_of_the_story():
    # review of probe 38's summary rule: "What we know" / "What we know so far" without its colon over a single
    # paragraph opening the story is the story's first section's subheading, its paragraph story text
    para = ("The fire started on Monday afternoon near a highway east of the city, officials said, and spread quickly "
            "as the wind picked up.\n\n")
    for head in ("What we know", "What we know so far", "Что известно сейчас"):
        art = p("Wildfire forces thousands to evacuate\n\nAug. 14, 2025\n\n" + head + "\n\n" + para
                + _EN_END.replace("\n", "\n\n"))
        assert "The fire started on Monday" in body_text(art) and art.lede == "", head
    # look-alikes keeping their reading: the heading with its colon over one point (a text with a paragraph on each
    # line, as USA Today's), and without it over a list of points in its block
    art = p("Wildfire forces thousands to evacuate\nAug. 14, 2025\nWhat we know:\n" + para.strip() + "\n" + _EN_END)
    assert "The fire started on Monday" not in body_text(art) and "The fire started" in art.lede
    art = p("Wildfire forces thousands to evacuate\n\nAug. 14, 2025\n\nWhat we know\nThe fire has burned 18,400 acres.\n"
            "No deaths have been reported.\n\n" + _EN_END.replace("\n", "\n\n"))
    assert "18,400 acres" not in body_text(art) and "18,400 acres" in art.lede


def test_a_line_in_small_letters_under_a_lead_in_goes_on_with_the_story():
    # review of probe 38's links rule: a link's headline opens with a capital; a line in small letters under the
    # lead-in ("See also:" / "the union's statement ...") is the story's text going on, not a link
    art = p(_EN + "See also:\nthe union's statement on its website and the council's reply\n" + _EN_END)
    assert "the union's statement on its website" in body_text(art)
    # look-alikes keeping their reading: a capitalized headline under the same lead-in, a quoted one, and a summary's
    # points in small letters under "Главное:" inside the story (no headlines: furniture as before)
    art = p(_EN + "See also:\nThe union's statement on its website\n“Rats everywhere”: residents speak out\n" + _EN_END)
    assert "The union's statement" not in body_text(art) and "Rats everywhere" not in body_text(art)
    art = p(_RU + "Главное:\nставка сохранена на уровне 21%\nинфляция замедлилась до 10%\n" + _RU_END)
    assert "ставка сохранена" not in body_text(art) and "После этой победы" in body_text(art)


def test_an_exchange_rate_note_naming_its_currency_in_words_is_furniture_a_scales_key_is_not():
    # review of probe 38's rate note: the currency named in words or with a country's letters before its sign is the
    # same note; a key with no currency on its left ("(1 = 100)") is a chart's or a scale's, kept as it was
    for line in ("(1 US dollar = 7.10 yuan)", "(US$1 = A$1.55)"):
        art = p(_EN + _EN_END + line + "\n")
        assert line not in body_text(art) and "Residents have" in body_text(art), line
    for line in ("(1 = 100)", "(1 = lowest, 5 = highest)"):
        assert kind_of(p(_EN + _EN_END + line + "\n"), line) != "boilerplate", line
    # look-alike keeping its reading: Reuters' own note
    assert "0.8487" not in body_text(p(_EN + _EN_END + "($1 = 0.8487 euros)\n"))
