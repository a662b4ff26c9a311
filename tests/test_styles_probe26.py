"""Export styles and outlets of the 26th probe (tests/data/probes/probe26): a byline opened by the piece's genre with
the writer's job before the name, a page's "Topic:" field, a name over its city in capitals over the date line, a
widget's label before a date line, БелТА's dateline, Russian file-photo and agency credits, a field line in an author
box, print, rating, reading-time, follow and update-note lines, a line of agencies under the headline, an "In short:"
box, the outlet and its agencies closing the story, a Markdown image's plain caption, the outlet's description of
itself and the footer under the copyright line, a "This photo ..." caption, a bare comments heading, the rubric
between the standfirst and the date line and the masthead and headline printed again. Short synthetic texts, one rule
each; each test also pins look-alike text that must keep its old reading, and the review of these rules added
the look-alikes that misfired on them as first merged (story sentences, a headline's word, a subject's tag) and the
plain variants they missed (other outlets' wording, Russian)."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

_MENU = "".join(f"{w}\n" for w in ("Just In", "For You", "Australia", "World", "Business", "Politics", "Analysis"))


def test_a_genre_byline_with_the_writers_job_before_the_name():
    art = p("Daily Planet\n" + _MENU + "\nXi welcomes Putin to Beijing as allies hail their friendship\n"
            "Analysis by East Asia correspondent Jane Birtles\nPosted Thu 16 May 2024 at 9:41pm\n\n" + STORY)
    assert art.title == "Xi welcomes Putin to Beijing as allies hail their friendship"
    assert art.authors == ["Jane Birtles"] and body_text(art).startswith("Russia and China signed")
    art = p("Xi welcomes Putin to Beijing\nOpinion by Jane Birtles\nMay 16, 2024\n\n" + STORY)
    assert art.authors == ["Jane Birtles"]
    # a sentence opening with "Analysis by" is no byline: no capitalized name after the job's words
    art = p("Xi welcomes Putin to Beijing\nMay 16, 2024\n\nAnalysis by the correspondent suggests little will change.\n\n"
            + STORY)
    assert art.authors == [] and "Analysis by the correspondent" in body_text(art)


def test_a_topic_field_names_the_section_over_a_menu_word():
    art = p("Daily Planet\n" + _MENU + "\nXi welcomes Putin to Beijing as allies hail their friendship\n"
            "By Jane Birtles\nTopic: World Politics\nPosted Thu 16 May 2024 at 9:41pm\n\n" + STORY)
    assert art.section == "World Politics" and kind_of(art, "Topic:") == "section"
    assert "Topic" not in body_text(art)
    # without the field the menu's last word is the section, as before
    art = p("Daily Planet\n" + _MENU + "\nXi welcomes Putin to Beijing as allies hail their friendship\n"
            "By Jane Birtles\nPosted Thu 16 May 2024 at 9:41pm\n\n" + STORY)
    assert art.section == "Analysis"
    # a story's sentence opening with "Topic:" is no field: it stays story text and names no section
    art = p("Xi meets Putin\nMay 16, 2024\n\n" + STORY + "\nTopic: the war dominated the talks, officials said.\n")
    assert art.section == "" and "Topic: the war dominated the talks" in body_text(art)
    # the front matter's category is the page's own: a "Topic:" line under it does not override it
    art = p('---\ntitle: "Xi meets Putin"\ncategories: World\n---\nTopic: Sanctions\n\n' + STORY)
    assert art.section == "World"


def test_a_name_over_its_city_in_capitals_over_the_date_line_is_the_byline():
    head = ("THE DAILY\nNEWS\nIndia\nWorld\n\nWorld\nIndia, China, Russia: RIC format back on the table as Lavrov pushes"
            " for revival\n\nRussia says the trilateral mechanism should resume; New Delhi says it will decide\n\n")
    art = p(head + "Suhasini Haidar\nNEW DELHI\nUpdated - May 30, 2025 10:32 pm IST\n\n" + STORY)
    assert art.title.startswith("India, China, Russia: RIC format") and art.authors == ["Suhasini Haidar"]
    assert art.published[:10] == "2025-05-30" and "NEW DELHI" not in body_text(art)
    # a button in capitals under the name is no city: it stays page furniture
    art = p(head + "Suhasini Haidar\nSHARE\nUpdated - May 30, 2025 10:32 pm IST\n\n" + STORY)
    assert kind_of(art, "SHARE") == "boilerplate"
    # a page's tag of the story's subject (named in the headline) over its country's tag is no writer over a city
    art = p("World\nPutin and Xi pledge deeper ties at Kremlin talks\n\nThe leaders signed a statement on energy\n\n"
            "Vladimir Putin\nRUSSIA\nMay 30, 2025\n\n" + STORY)
    assert art.authors == []
    art = p("Мир\nПутин и Си Цзиньпин договорились о поставках\n\nЛидеры подписали заявление\n\nВладимир Путин\n"
            "РОССИЯ\n30 мая 2025\n\n" + _STORY_RU)
    assert art.authors == []
    # another writer over another city, in Russian too
    art = p("Мир\nРоссия и Китай возобновили переговоры\n\nПереговоры возобновились после паузы\n\nИван Петров\n"
            "МОСКВА\n30 мая 2025\n\n" + _STORY_RU)
    assert art.authors == ["Иван Петров"] and "МОСКВА" not in body_text(art)


def test_a_widgets_label_before_a_date_with_its_time_is_a_date_line():
    art = p("Wire Agency\nENGLISH\nNEWS\nNational\nEconomy\n\nN. Korea\nPutin, Kim sign pact pledging mutual aid"
            "\nAll News 16:32 June 19, 2024\n\n" + STORY)
    assert art.title == "Putin, Kim sign pact pledging mutual aid" and art.published == "2024-06-19T16:32"
    assert body_text(art).startswith("Russia and China signed")
    # a label that is no page furniture before the date keeps its old reading (no date line read there)
    art = p("Wire Agency\nENGLISH\nNEWS\nNational\nEconomy\n\nN. Korea\nPutin, Kim sign pact pledging mutual aid"
            "\nSummit talks 16:32 June 19, 2024\n\n" + STORY)
    assert art.published == ""

_STORY_RU = ("Россия и Китай подписали в четверг совместное заявление по итогам переговоров в Пекине.\n\n"
             "Стороны также обсудили энергетические проекты и ситуацию на Украине, сообщили официальные лица.\n\n"
             "Товарооборот двух стран в прошлом году достиг рекорда, свидетельствуют данные таможни.\n")


def test_belarus_agency_in_cyrillic_opens_the_dateline():
    art = p("Лукашенко: Беларусь готова стать мостом между ЕАЭС и Китаем\n04.07.2024 15:22\n\n"
            "МИНСК, 4 июля (БЕЛТА) – " + _STORY_RU)
    assert "BelTA" in art.agencies and body_text(art).startswith("Россия и Китай подписали")
    # the agency named inside a sentence is no tag: the sentence stays whole
    art = p("Лукашенко: Беларусь готова стать мостом\n04.07.2024 15:22\n\n"
            "Об этом сообщает БЕЛТА со ссылкой на пресс-службу президента.\n\n" + _STORY_RU)
    assert body_text(art).startswith("Об этом сообщает БЕЛТА")


def test_a_russian_file_photo_line_and_a_photo_word_before_an_agency_are_credits():
    art = p("Лукашенко: Беларусь готова стать мостом\n04.07.2024 15:22\n\nФото из архива\n\n" + _STORY_RU)
    assert kind_of(art, "Фото из архива") != "body" and body_text(art).startswith("Россия и Китай подписали")
    art = p("Пекин не спешит с признанием интересов Москвы\n17.06.2025 18:05:00\n\n"
            "Встреча лидеров стран Центральной Азии и Китая в Астане. Фото Reuters\n\n" + _STORY_RU)
    assert "Встреча лидеров" not in body_text(art) and body_text(art).startswith("Россия и Китай подписали")
    # a story sentence on a photo from an archive, and one naming an agency after "фото", keep their reading
    art = p("Пекин не спешит с признанием интересов Москвы\n17.06.2025 18:05:00\n\n" + _STORY_RU +
            "\nВ музее показали фото из архива семьи.\n\nЭто фото Reuters опубликовало в понедельник.\n")
    assert "фото из архива семьи." in body_text(art) and "Это фото Reuters опубликовало" in body_text(art)
    # a story's sentence opening with the same words goes on after them: it stays story text, at a paragraph's start or
    # after its first sentence
    art = p("Пекин не спешит с признанием интересов Москвы\n17.06.2025 18:05:00\n\n" + _STORY_RU +
            "\nФото из архива семьи Романовых впервые выставили в Эрмитаже в понедельник, сообщили в музее.\n\n"
            "Музей открыл выставку в понедельник. Фото из архива семьи Романовых показали впервые.\n")
    body = body_text(art)
    assert "Фото из архива семьи Романовых впервые выставили" in body and "Музей открыл выставку" in body
    # other sites' wording of the credit: whose archive it is
    for credit in ("Фото из личного архива", "Фото из архива ТАСС"):
        art = p("Лукашенко: Беларусь готова стать мостом\n04.07.2024 15:22\n\n" + credit + "\n\n" + _STORY_RU)
        assert credit not in body_text(art) and body_text(art).startswith("Россия и Китай подписали")


def test_a_field_line_between_the_writers_job_and_the_date_line():
    head = ("Независимая газета\nПолитика\nЭкономика\n\nДипкурьер\n"
            "Пекин не спешит с признанием интересов Москвы в Центральной Азии\n"
            "Китай наращивает военное присутствие в регионе\nВладимир Скосырев\nОбозреватель «Независимой газеты»\n")
    art = p(head + "Тэги: китай, россия, центральная азия\n17.06.2025 18:05:00\n\n" + _STORY_RU)
    assert art.title == "Пекин не спешит с признанием интересов Москвы в Центральной Азии"
    assert art.authors == ["Владимир Скосырев"] and body_text(art).startswith("Россия и Китай подписали")
    # a sentence between the job line and the date is no field line: the header keeps its old reading
    art = p(head + "Тэги и рубрики сайта меняются каждый день без объяснения причин.\n17.06.2025 18:05:00\n\n" + _STORY_RU)
    assert art.authors == []


def test_a_print_version_button_and_a_rating_widget_are_furniture():
    art = p("Пекин не спешит с признанием интересов Москвы\n17.06.2025 18:05:00\n\n" + _STORY_RU +
            "\nВерсия для печати\nРейтинг: 0\n")
    assert "Версия для печати" not in body_text(art) and "Рейтинг" not in body_text(art)
    # a sentence on a rating is story text
    art = p("Пекин не спешит с признанием интересов Москвы\n17.06.2025 18:05:00\n\n" + _STORY_RU +
            "\nРейтинг: 0 из 10 экспертов поддержали это решение.\n")
    assert "Рейтинг: 0 из 10" in body_text(art)
    # a heading over a ranking names its year, no score: it stays the story's subheading
    art = p("Пекин не спешит с признанием интересов Москвы\n17.06.2025 18:05:00\n\n" + _STORY_RU +
            "\nРейтинг 2024\n\nВ рейтинг вошли сто компаний, сообщили составители.\n")
    assert kind_of(art, "Рейтинг 2024") != "boilerplate" and "Рейтинг 2024" in art.subheadings


def test_a_russian_reading_time_line_is_furniture():
    art = p("Газпром и CNPC подписали меморандум\n2 сентября 2025, 21:15\n\nЧтение: 5 мин.\n\n" + _STORY_RU)
    assert "Чтение" not in body_text(art) and body_text(art).startswith("Россия и Китай подписали")
    # a sentence on reading is story text
    art = p("Газпром и CNPC подписали меморандум\n2 сентября 2025, 21:15\n\n" + _STORY_RU +
            "\nЧтение: 5 минут в день помогает детям, считают педагоги.\n")
    assert "Чтение: 5 минут в день" in body_text(art)
    # the same line with the minutes first ("5 мин. чтения", another site's wording)
    art = p("Газпром и CNPC подписали меморандум\n2 сентября 2025, 21:15\n\n5 мин. чтения\n\n" + _STORY_RU)
    assert "чтения" not in body_text(art) and body_text(art).startswith("Россия и Китай подписали")


def test_a_line_of_two_agencies_in_their_own_spelling_under_the_headline():
    art = p("World\nPakistan, China, Russia push for an inclusive Afghan government at SCO meet\nReuters | AFP\n"
            "Published July 5, 2024\n\n" + STORY)
    assert art.agencies == ["Reuters", "AFP"] and body_text(art).startswith("Russia and China signed")
    # an agency and a word that names none on such a line keep their old reading (no agencies' line)
    art = p("World\nPakistan, China, Russia push for an inclusive Afghan government at SCO meet\nReuters | Business\n"
            "Published July 5, 2024\n\n" + STORY)
    assert art.agencies == [] and body_text(art).startswith("Reuters | Business")
    # the same joined by "and" (another outlet's wording), but not a story's sentence naming them
    art = p("World\nPakistan, China, Russia push for an inclusive Afghan government at SCO meet\nReuters and AFP\n"
            "Published July 5, 2024\n\n" + STORY)
    assert art.agencies == ["Reuters", "AFP"] and body_text(art).startswith("Russia and China signed")
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\nReuters and AFP reported the talks.\n")
    assert art.agencies == [] and "Reuters and AFP reported the talks." in body_text(art)


def test_the_print_editions_line_a_follow_prompt_and_a_wires_update_note_are_furniture():
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\nFollow Dawn Business on X, LinkedIn, Instagram and Facebook "
            "for insights on business.\n\nThe two sides met again on Friday.\n\n(Updates with analyst comment in fifth "
            "paragraph.)\n\nPublished in Dawn, July 5th, 2024\n")
    body = body_text(art)
    assert "Follow Dawn" not in body and "(Updates with" not in body and "Published in Dawn" not in body
    assert body.endswith("The two sides met again on Friday.")
    # look-alikes in story sentences keep their reading: a study published in a journal, a call to follow a rule, a
    # parenthesis that opens with another word
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\nPublished in Nature, the study found the ice thinning "
            "fast.\n\nFollow the money, investigators on the case said.\n\n(Adding to the pressure, the talks "
            "failed.)\n")
    body = body_text(art)
    assert "Published in Nature" in body and "Follow the money" in body and "(Adding to the pressure" in body
    # a story's sentence in parentheses opening with one of the notes' verbs, and a story's sentence that goes on
    # after the networks, keep their reading
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\n(Changes in the law took effect in May, the ministry "
            "said.)\n\n(Adds to a long list of sanctions imposed since 2022.)\n\nFollow the money on Telegram, the "
            "investigators said, and you will find the sellers.\n\nFollow him on Instagram and you will see the "
            "lifestyle, the prosecutor told the court.\n\n(Updates on the talks are expected next week.)\n\n"
            "The two sides met again on Friday.\n")
    body = body_text(art)
    assert "(Changes in the law" in body and "(Adds to a long list" in body and "(Updates on the talks" in body
    assert "Follow the money on Telegram" in body and "Follow him on Instagram" in body
    # other wires' and outlets' wording of the same lines
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\n(Changes headline, adds quotes from ministry)\n\n"
            "Follow Reuters on X and Threads for the latest news.\n\nThe two sides met again on Friday.\n")
    body = body_text(art)
    assert "(Changes headline" not in body and "Follow Reuters" not in body
    assert body.endswith("The two sides met again on Friday.")


def test_an_in_short_box_opening_the_body_is_the_summary():
    head = "Xi welcomes Putin to Beijing as allies hail their friendship\nBy Jane Birtles\nMay 16, 2024\n\n"
    art = p(head + "In short:\nPutin has arrived in Beijing for a two-day state visit.\nThe leaders signed a joint "
            "statement.\nWhat's next?\nWestern governments will watch for any sign of more support.\n\n" + STORY)
    assert "In short" not in body_text(art) and "two-day state visit" in art.lede
    assert body_text(art).startswith("Russia and China signed")
    # "In short," opening a story's sentence is no box's heading
    art = p(head + "In short, the visit changed little for either side.\n\n" + STORY)
    assert body_text(art).startswith("In short, the visit changed little")
    # the same box in another outlet's wording, in English and in Russian; a Russian sentence opening so stays story
    art = p(head + "TL;DR:\nPutin has arrived in Beijing for a two-day state visit.\nThe leaders signed a joint "
            "statement.\n\n" + STORY)
    assert "TL;DR" not in body_text(art) and "two-day state visit" in art.lede
    art = p("Путин в Пекине\n16 мая 2024\n\nКратко:\nПутин прибыл в Пекин с государственным визитом.\n"
            "Лидеры подписали совместное заявление.\n\n" + _STORY_RU)
    assert "Кратко" not in body_text(art) and "государственным визитом" in art.lede
    art = p("Путин в Пекине\n16 мая 2024\n\nКратко: визит ничего не изменил, считают эксперты.\n\n" + _STORY_RU)
    assert body_text(art).startswith("Кратко: визит ничего не изменил")


def test_the_outlet_and_its_agencies_apart_by_a_slash_close_the_story():
    art = p("ABC News\nWorld\n\nXi welcomes Putin to Beijing as allies hail their friendship\nBy Jane Birtles\n"
            "May 16, 2024\n\n" + STORY + "\nABC/Reuters\n")
    assert art.agencies == ["Reuters"] and kind_of(art, "ABC/Reuters") == "agency"
    # a person's name after the outlet's (a photo's credit) is no agency: the line keeps its old reading
    art = p("ABC News\nWorld\n\nXi welcomes Putin to Beijing as allies hail their friendship\nBy Jane Birtles\n"
            "May 16, 2024\n\n" + STORY + "\nABC/Jane Smith\n")
    assert art.agencies == [] and kind_of(art, "ABC/Jane Smith") != "agency"
    # an agency after another outlet's name (a photo's credit: "CBS/Reuters" on an ABC page) is no such line
    art = p("ABC News\nWorld\n\nXi welcomes Putin to Beijing as allies hail their friendship\nBy Jane Birtles\n"
            "May 16, 2024\n\n" + STORY + "\nCBS/Reuters\n")
    assert kind_of(art, "CBS/Reuters") != "agency"
    # a headline's first word on the first line is no outlet's name ("China/Xinhua" under "China says ..."): a credit
    art = p("China says talks went well\nMay 2, 2025\n\n" + STORY + "\nChina/Xinhua\n")
    assert art.agencies == [] and kind_of(art, "China/Xinhua") != "agency"
    art = p("Russia warns the West\nMay 2, 2025\n\n" + STORY + "\nRussia/Reuters\n")
    assert art.agencies == [] and kind_of(art, "Russia/Reuters") != "agency"
    # another outlet's masthead, the slash set apart by spaces
    art = p("BBC News\nWorld\n\nXi welcomes Putin to Beijing as allies hail their friendship\nBy Jane Birtles\n"
            "May 16, 2024\n\n" + STORY + "\nBBC / AFP\n")
    assert art.agencies == ["AFP"] and kind_of(art, "BBC / AFP") == "agency"


_CLIP = ('---\ntitle: "Russia and China eye Arctic shipping"\nauthor: "Jane Doe"\npublished: 2024-10-08\n---\n'
         "![Container ship in ice](https://example.com/ship.jpg)\n")


def test_a_plain_caption_line_with_its_credit_under_a_markdown_image():
    art = p(_CLIP + "The container ship NewNew Polar Bear on the route in September 2024. (Rosatom)\n\n" + STORY)
    assert "container ship NewNew" not in body_text(art) and body_text(art).startswith("Russia and China signed")
    # inside the story too
    art = p(_CLIP + "\n" + STORY + "\n![Port](https://example.com/port.jpg)\nThe port of Murmansk in 2023. (TASS)\n\n"
            "Transit shipping remains a small part of the traffic, officials said.\n")
    assert "port of Murmansk" not in body_text(art) and "Transit shipping remains" in body_text(art)
    # a story line under the image with no credit closing it, or after a blank line, stays story text
    art = p(_CLIP + "Chinese shipping companies made a record number of voyages this summer, data show.\n\n" + STORY)
    assert body_text(art).startswith("Chinese shipping companies made a record")
    art = p(_CLIP + "\nChinese shipping companies made a record number of voyages this summer. (Updated)\n\n" + STORY)
    assert body_text(art).startswith("Chinese shipping companies made a record")
    # the story's first paragraph on the image's next line, closed by its agency's tag after an attribution or by a
    # note that names no one, stays story text
    art = p(_CLIP + "Russia and China agreed on Tuesday to expand shipping on the route, officials said. (Reuters)\n\n"
            + STORY)
    assert body_text(art).startswith("Russia and China agreed on Tuesday")
    art = p(_CLIP + "The ministry published the shipping figures on Tuesday. (Russian only)\n\n" + STORY)
    assert body_text(art).startswith("The ministry published the shipping figures")
    art = p(_CLIP + "Shipping rose in 2024. Officials welcomed the figures. (See chart)\n\n" + STORY)
    assert body_text(art).startswith("Shipping rose in 2024.")
    # a credit with a credit's small words is one
    art = p(_CLIP + "The port of Murmansk in 2023. (Courtesy of the Port Authority)\n\n" + STORY)
    assert "port of Murmansk" not in body_text(art) and body_text(art).startswith("Russia and China signed")


def test_the_outlets_description_of_itself_under_the_authors_note_closes_the_page():
    head = "Eurasianet\nKazakhstan\nKyrgyzstan\n\nRailway to China finally breaks ground\nJane Imanova\nDec 27, 2024\n\n"
    art = p(head + STORY + "\nJane Imanova is a Bishkek-based journalist.\n\nEurasianet is an independent news "
            "organization that covers news from and about Central Asia.\n")
    body = body_text(art)
    assert "independent news organization" not in body and "Bishkek-based journalist" not in body
    assert body.endswith("customs data showed.")
    # a closing sentence about another body ("Gazprom is ...") stays story text
    art = p(head + STORY + "\nGazprom is a state-controlled company that exports gas to China.\n")
    assert body_text(art).endswith("Gazprom is a state-controlled company that exports gas to China.")
    # a closing sentence on the outlet that does not say what kind of outlet it is stays story text
    art = p(head + STORY + "\nEurasianet is a frequent target of criticism from the governments it covers.\n")
    assert body_text(art).endswith("Eurasianet is a frequent target of criticism from the governments it covers.")
    # a headline on the first line is no masthead: a closing sentence opening with it stays story text
    art = p("China is a partner\nDec 27, 2024\n\n" + STORY + "\nChina is a partner is the slogan the news agency "
            "chose for the year.\n")
    assert body_text(art).endswith("China is a partner is the slogan the news agency chose for the year.")
    # another outlet's description of itself
    art = p("The Moscow Times\nWorld\n\nRailway to China finally breaks ground\nJane Imanova\nDec 27, 2024\n\n"
            + STORY + "\nThe Moscow Times is an independent news source covering Russia since 1992.\n")
    assert body_text(art).endswith("customs data showed.")


def test_the_footers_links_under_the_copyright_line_are_furniture():
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\nHave a tip for our reporters? Get in Touch\nOur app is out\n"
            "LEARN MORE\n©2024 Daily Planet L.P. All Rights Reserved\nCareers\nMade in NYC\nAdvertise\nAd Choices\n")
    assert "Made in NYC" not in body_text(art) and "Careers" not in body_text(art)
    # the same short lines with no copyright line over them keep their old reading (story text: nothing announces
    # them as furniture)
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\nCareers\nMade in NYC\nAdvertise\nAd Choices\n")
    assert "Made in NYC" in body_text(art)
    # a photo's credit ("© AFP 2024") over the story's last short lines announces nothing: they stay story text
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\n© AFP 2024\nXi said\nThe talks went well\n")
    assert "The talks went well" in body_text(art)
    # another footer's notice: "Copyright © 2024 ..." over its links
    art = p("Xi meets Putin\nMay 2, 2025\n\n" + STORY + "\nCopyright © 2024 The Daily Planet\nCareers\nMade in NYC\n")
    assert "Made in NYC" not in body_text(art)


def test_a_this_photo_caption_closed_by_its_credit_among_the_story_paragraphs():
    art = p("Putin, Kim sign pact\nJune 19, 2024\n\n" + STORY + "\nThis photo, released by the Korean Central News "
            "Agency, shows Kim Jong-un and Vladimir Putin in Pyongyang on June 19, 2024. (Yonhap)\n\n"
            "China has kept a low profile on the visit, officials said.\n")
    assert "This photo" not in body_text(art) and "China has kept a low profile" in body_text(art)
    # a story's sentence on a photo, closed by no credit, stays story text
    art = p("Putin, Kim sign pact\nJune 19, 2024\n\n" + STORY + "\nThis photo, officials said, was taken days before "
            "the summit and proves nothing.\n")
    assert "This photo, officials said" in body_text(art)
    # a story's sentence on a photo closed by a remark in parentheses (no sentence's end before it) stays story text
    art = p("Putin, Kim sign pact\nJune 19, 2024\n\n" + STORY + "\nThis photo, which went viral on Monday, shows a "
            "soldier on the bridge (Kyiv denied it was staged)\n\nChina has kept a low profile, officials said.\n")
    assert "This photo, which went viral" in body_text(art)
    # another wire's caption: "This undated handout image shows ... (Rosatom)"
    art = p("Putin, Kim sign pact\nJune 19, 2024\n\n" + STORY + "\nThis undated handout image shows the ship in the "
            "Arctic. (Rosatom)\n\nChina has kept a low profile, officials said.\n")
    assert "This undated handout" not in body_text(art)


def test_a_bare_comments_heading_over_a_readers_comment_opens_the_comments():
    art = p("Ван И в Москве\n12 марта 2024, 14:05\n\n" + _STORY_RU + "\nКомментарии\nСергей К., вчера, 18:40\n"
            "Главное — чтобы платежи проходили.\n")
    assert "Главное — чтобы платежи" not in body_text(art) and "Сергей К." not in body_text(art)
    # a bare "Комментарии" over a line that is no comment's head keeps its old reading: the story's sentence after
    # it stays story text
    art = p("Ван И в Москве\n12 марта 2024, 14:05\n\n" + _STORY_RU + "\nКомментарии\n"
            "Стороны также договорились продолжить консультации.\n")
    assert "Стороны также договорились продолжить консультации." in body_text(art)


_VED = "Деловая газета\nГлавная\nЭкономика\nФинансы\nБизнес\nПолитика\n\n"
_HEADLINE_RU = "Газпром и CNPC подписали меморандум, но цену так и не согласовали"
_STANDFIRST_RU = "Стороны договорились о документе, но сроки и условия поставок не раскрываются"


def test_a_rubric_between_the_standfirst_and_the_date_line():
    art = p(_VED + _HEADLINE_RU + "\n" + _STANDFIRST_RU + "\nБизнес / ТЭК\n2 сентября 2025, 21:15\n"
            "Алексей Волков, Ольга Мордюшенко\n\n" + _STORY_RU)
    assert art.title == _HEADLINE_RU and art.lede == _STANDFIRST_RU and art.section == "Бизнес / ТЭК"
    assert art.authors == ["Алексей Волков", "Ольга Мордюшенко"] and body_text(art).startswith("Россия и Китай")
    # a line that is no section's name between them keeps its old reading: no standfirst is read over it
    art = p(_VED + _HEADLINE_RU + "\n" + _STANDFIRST_RU + "\nНовости партнеров дня\n2 сентября 2025, 21:15\n"
            "Алексей Волков, Ольга Мордюшенко\n\n" + _STORY_RU)
    assert art.lede == ""


def test_the_masthead_and_the_headline_printed_again_under_the_headline():
    art = p(_VED + _HEADLINE_RU + "\nДеловая газета\n" + _HEADLINE_RU + "\n" + _STANDFIRST_RU + "\nБизнес / ТЭК\n"
            "2 сентября 2025, 21:15\nАлексей Волков, Ольга Мордюшенко\n\n" + _STORY_RU)
    assert art.title == _HEADLINE_RU and art.lede == _STANDFIRST_RU
    assert "меморандум" not in body_text(art) and body_text(art).startswith("Россия и Китай")
    # another line between the headline and its repeat (no masthead printed again) keeps its old reading: no
    # headline is read under the menu
    art = p(_VED + _HEADLINE_RU + "\nМнение редакции\n" + _HEADLINE_RU + "\n" + _STANDFIRST_RU + "\nБизнес / ТЭК\n"
            "2 сентября 2025, 21:15\nАлексей Волков, Ольга Мордюшенко\n\n" + _STORY_RU)
    assert art.lede == ""
