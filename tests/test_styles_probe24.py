"""Export styles and outlets of the 24th probe (tests/data/probes/probe24): a page's long menu over a headline with a
standfirst in points and an author box, a byline over the writer's job, breadcrumbs, Russian menus, sections and
print-edition lines, a name signing the story, agencies closing it in capitals, Russian legal notices, the BBC's
author and caption labels. Short synthetic texts, one rule each; each test also pins look-alike text that must keep
its old reading."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

_MENU = "".join(f"{w}\n" for w in ("News", "Hong Kong", "China", "Asia", "World", "Economy", "Tech", "Opinion"))


def test_a_name_over_its_city_over_the_date_line_is_the_byline():
    art = p("Daily Mirror of Asia\nWorld\n\nXi and Putin pledge a new era of ties in Beijing\n\n"
            "Leaders sign a joint statement as the two countries mark 75 years of relations\n\n"
            "Laura Zhou\nin Beijing\nPublished: 8:00pm, 16 May 2024\n\n" + STORY)
    assert art.title == "Xi and Putin pledge a new era of ties in Beijing"
    assert art.authors == ["Laura Zhou"] and body_text(art).startswith("Russia and China signed")
    # a name over its city with no date line under them is no author box: the header is read as before
    art = p("Daily Mirror of Asia\nWorld\n\nXi and Putin pledge a new era of ties in Beijing\n\n"
            "Leaders sign a joint statement as the two countries mark 75 years of relations\n\n"
            "Laura Zhou\nin Beijing\n\n" + STORY)
    assert art.authors == []


def test_a_standfirst_in_points_under_a_headline_below_a_long_menu():
    art = p("South Asia Morning Post\nSign in\n" + _MENU + "\nChina / Diplomacy\n+ FOLLOW\n\n"
            "Xi and Putin pledge a new era of ties in Beijing\n\n"
            "Leaders sign a joint statement as the two countries mark 75 years of relations\n"
            "Putin's first foreign trip of his fifth term underlines how much Moscow relies on Beijing\n\n"
            "Laura Zhou\nPublished: 8:00pm, 16 May 2024\n\n" + STORY)
    assert art.title == "Xi and Putin pledge a new era of ties in Beijing"
    assert "Leaders sign" in art.lede and "fifth term" in art.lede
    assert "Leaders sign" not in body_text(art) and body_text(art).startswith("Russia and China signed")
    # points set apart by blank lines are no standfirst in points: the lines keep their old reading (the line right
    # above the last one is taken for the headline, the last for the standfirst)
    art = p("South Asia Morning Post\nSign in\n" + _MENU + "\n"
            "Xi and Putin pledge a new era of ties in Beijing\n\n"
            "Leaders sign a joint statement as the two countries mark 75 years of relations\n\n"
            "Putin's first foreign trip of his fifth term underlines how much Moscow relies on Beijing\n\n"
            "Laura Zhou\nPublished: 8:00pm, 16 May 2024\n\n" + STORY)
    assert art.title.startswith("Leaders sign") and art.lede.startswith("Putin's first foreign trip")
    # a headline wrapped over two lines (a PDF's text) is no headline over a point: its first line ends in "the"
    art = p("China Brief • Volume 24 • Issue 11 • May 24, 2024\n\nBeijing's Balancing Act: The Xi-Putin Summit and the\n"
            "Limits of the No Limits Partnership\n\nBy Alexander Gabuev\n\n" + STORY)
    assert art.lede == ""
    # (review) a headline wrapped over three lines under the menu is no headline over two points: its second line
    # opens in lower case (the lines keep their old reading)
    art = p("South Asia Morning Post\nSign in\n" + _MENU + "\nXi and Putin pledge a new era of ties\n"
            "in Beijing as the two countries mark\n75 years of relations and sign deals\n\n"
            "Laura Zhou\nPublished: 8:00pm, 16 May 2024\n\n" + STORY)
    assert art.lede == "" and art.title == "75 years of relations and sign deals"
    # a line set apart by a blank line under the standfirst is no second point of it: it keeps its old reading
    art = p("Xi and Putin pledge a new era of ties\n\nLeaders sign a joint statement as the two countries mark 75 years"
            "\n\nWatch the video of the signing ceremony here\n\nBy Jane Doe\nMay 2, 2025\n\n" + STORY)
    assert "Watch the video" not in art.lede and "Watch the video" not in body_text(art)
    # points opening with a bullet are points too
    art = p("South Asia Morning Post\nSign in\n" + _MENU + "\nXi and Putin pledge a new era of ties in Beijing\n\n"
            "• Leaders sign a joint statement as the two countries mark 75 years of relations\n"
            "• Putin's first foreign trip of his fifth term underlines how much Moscow relies on Beijing\n\n"
            "Laura Zhou\nPublished: 8:00pm, 16 May 2024\n\n" + STORY)
    assert art.title == "Xi and Putin pledge a new era of ties in Beijing" and "fifth term" in art.lede


def test_a_lower_case_by_line_over_the_writers_job_over_the_date():
    art = p("The Tokyo Herald\nNEWS\nBUSINESS\nOPINION\n\nNATIONAL / POLITICS & DIPLOMACY\n\n"
            "Japan scrambles jets as Chinese and Russian bombers fly joint patrol\n\n"
            "by Kenji Morioka\nStaff writer\nNov 30, 2022\n\n" + STORY)
    assert art.title == "Japan scrambles jets as Chinese and Russian bombers fly joint patrol"
    assert art.authors == ["Kenji Morioka"] and art.section == "NATIONAL / POLITICS & DIPLOMACY"
    assert "Staff writer" not in body_text(art) and kind_of(art, "Staff writer") == "byline"
    # a story's line wrapped before "by", a job's words and no date under them, stays story text
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nThe delegation was received\nby Wang Yi\n"
            "Foreign minister\nat the guest house, officials said.\n")
    assert art.authors == [] and "by Wang Yi" in body_text(art)


def test_a_known_section_before_the_date_over_the_headline():
    art = p("РБК\nНовости\nЭкономика\nФинансы\nБизнес\n\nЭкономика, 21 мар 2024, 18:40\n\n"
            "Почему российские экспортеры не могут получить деньги из Китая\n\n"
            "Фото: Алексей Майшев / РИА Новости\n\n"
            "Российские компании, торгующие с Китаем, с начала года все чаще сталкиваются с задержками и возвратами "
            "платежей, рассказали представители нескольких экспортеров.\n\n" + STORY)
    assert art.title == "Почему российские экспортеры не могут получить деньги из Китая"
    assert art.published.startswith("2024-03-21") and body_text(art).startswith("Российские компании")
    # words that are no section before the date: the line is not read as the date line over a headline
    art = p("РБК\nНовости\nЭкономика\nФинансы\nБизнес\n\nИван Петров, 21 мар 2024, 18:40\n\n"
            "Почему российские экспортеры не могут получить деньги из Китая\n\n"
            "Фото: Алексей Майшев / РИА Новости\n\n"
            "Российские компании, торгующие с Китаем, с начала года все чаще сталкиваются с задержками и возвратами "
            "платежей, рассказали представители нескольких экспортеров.\n\n" + STORY)
    assert art.title != "Почему российские экспортеры не могут получить деньги из Китая"


_RU_MENU = "Коммерсантъ\nГлавное\nПолитика\nЭкономика\nМировая политика\nБизнес\nФинансы\nПотребительский рынок\nКультура\n"


def test_a_russian_menu_in_sentence_case_and_a_print_editions_line_under_the_headline():
    art = p(_RU_MENU + "\nМировая политика\n\nРоссия и Китай сверили арктические часы\n\n"
            "Михаил Мишустин провел в Пекине переговоры с Ли Цяном\n\n"
            "Газета «Коммерсантъ» №151 от 22.08.2024, стр. 5\n\n" + STORY)
    assert art.title == "Россия и Китай сверили арктические часы" and art.section == "Мировая политика"
    assert art.lede == "Михаил Мишустин провел в Пекине переговоры с Ли Цяном"
    assert art.published.startswith("2024-08-22") and body_text(art).startswith("Russia and China signed")
    # a line of two words after a blank line, naming no label above it, is no menu item: a channel's name over
    # its counter keeps its reading (no section)
    art = p("Дзен\nНовости\nВидео\nСтатьи\nВойти\n\nВосточный вектор\n48 тыс подписчиков\nПодписаться\n\n"
            "Почему китайские машины дорожают в России: три причины\n\n" + STORY)
    assert art.section == ""


def test_a_section_joined_to_a_second_name_is_a_label_over_the_headline():
    art = p("ТАСС\nИнформационное агентство России\nГлавное\nПолитика\nВ мире\n\nЭкономика и бизнес\n\n"
            "Товарооборот России и Китая в 2024 году вырос на 1,9% и достиг рекорда\n\n13 января 2025, 07:12\n\n"
            + STORY)
    assert art.title == "Товарооборот России и Китая в 2024 году вырос на 1,9% и достиг рекорда"
    assert art.section == "Экономика и бизнес"
    # two names joined by "and" that open with no section's name stay a title
    art = p("Xi and Putin\n\nMay 2, 2025\n\n" + STORY)
    assert art.title == "Xi and Putin"
    # (review) a short headline joining a section's word to another word under a menu stays the headline
    for head in ("Politics and Prejudice", "Business and Beijing", "Политика и деньги"):
        art = p("Home\nNews\nWorld\n\n" + head + "\n\nMay 2, 2025\n\n" + STORY)
        assert art.title == head, head
    # two sections joined by a word, in title case, are a label over the headline too
    art = p("Home\nNews\nWorld\n\nPolitics and Society\n\nXi and Putin pledge a new era of ties in Beijing\n\n"
            "May 2, 2025\n\n" + STORY)
    assert art.title == "Xi and Putin pledge a new era of ties in Beijing" and art.section == "Politics and Society"
    # two sections' words joined right over the date line, no headline under them, are the headline (the menu above
    # keeps its reading)
    art = p("ТАСС\nГлавное\nПолитика\nВ мире\nЭкономика\n\nСпорт и политика\n\n13 января 2025, 07:12\n\n" + STORY)
    assert art.title == "Спорт и политика" and art.section == "Экономика"


def test_a_name_alone_closing_the_story_signs_it():
    art = p("Россия и Китай сверили арктические часы\n\n22.08.2024\n\n" + STORY + "\nДмитрий Селиверстов\n\n"
            "Читайте также\nКитайские банки ужесточили проверку российских платежей\n")
    assert art.authors == ["Дмитрий Селиверстов"] and "Селиверстов" not in body_text(art)
    # a run of glued button names is no name; a byline above keeps its author alone
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nFacebookTwitter InstagramYoutube\n")
    assert art.authors == []
    art = p("Talks in Beijing end\n\nBy Jane Doe\nMay 2, 2025\n\n" + STORY + "\nДмитрий Селиверстов\n")
    assert art.authors == ["Jane Doe"]
    # (review) a place's, a company's or an admiral's two capitalized words closing the story, a name under a
    # quotation, a surname the story names above and an English name (no surname form to tell it from a place's) are
    # no signature: they stay story text
    for closing in ("Нижний Новгород", "Газпром Нефть", "South Korea", "Admiral Kuznetsov", "Mao Zedong"):
        art = p("Россия и Китай сверили арктические часы\n\n22.08.2024\n\n" + STORY + "\n" + closing + "\n")
        assert art.authors == [] and closing in body_text(art), closing
    art = p("Россия и Китай сверили арктические часы\n\n22.08.2024\n\n" + STORY
            + "\n«Мы готовы к диалогу с любыми партнерами».\n\nСергей Лавров\n")
    assert art.authors == [] and "Сергей Лавров" in body_text(art)
    art = p("Россия и Китай сверили арктические часы\n\n22.08.2024\n\n" + STORY
            + "\nВ Пекине Лаврова встретил министр иностранных дел КНР.\n\nСергей Лавров\n")
    assert art.authors == [] and "Сергей Лавров" in body_text(art)
    # a Ukrainian surname and a woman's three names sign the same way
    for name in ("Анастасия Процюк", "Анна Петровна Иванова"):
        art = p("Россия и Китай сверили арктические часы\n\n22.08.2024\n\n" + STORY + "\n" + name + "\n")
        assert art.authors == [name] and name not in body_text(art), name


def test_a_russian_sites_legal_notices_tags_and_advertising_labels_close_the_page():
    art = p("Товарооборот вырос\n\n13 января 2025, 07:12\n\n" + STORY + "\nТеги\nКитай\nВнешняя торговля\n\n"
            "Сетевое издание ТАСС зарегистрировано в Федеральной службе по надзору в сфере связи.\n"
            "Все права на информацию, размещенную на веб-сайте, принадлежат АО \"Интерфакс\".\nРеклама:\n")
    body = body_text(art)
    for furniture in ("Теги", "Внешняя торговля", "зарегистрировано", "Все права", "Реклама"):
        assert furniture not in body, furniture
    # a story's sentence about a registration and about rights stays story text
    line = ("Сетевое издание, по словам юристов, было зарегистрировано в 2019 году, а права на его архив спорят "
            "два владельца.")
    art = p("Товарооборот вырос\n\n13 января 2025, 07:12\n\n" + STORY + "\n" + line + "\n")
    assert "зарегистрировано в 2019 году" in body_text(art)
    # (review) story sentences opening with "СМИ" or "Сетевое издание" on a registration that name no regulator, and
    # on rights to no site's content, stay story text
    for line in ("СМИ сообщают, что в 2024 году в Китае зарегистрировано более тысячи российских компаний.",
                 "Сетевое издание «Фонтанка» зарегистрировано в Петербурге, но его редакция работает в Москве.",
                 "Права на материалы архива принадлежат Российской академии наук, пояснили в министерстве."):
        art = p("Товарооборот вырос\n\n13 января 2025, 07:12\n\n" + STORY + "\n" + line + "\n")
        assert line in body_text(art), line
    # other outlets' notices: the regulator by its short name, the certificate's number, the rights of the editors
    for notice in ("Средство массовой информации сетевое издание «Газета.Ru» зарегистрировано Роскомнадзором 28.05.2015.",
                   "СМИ «РИА Новости» зарегистрировано Федеральной службой по надзору в сфере связи, Эл № ФС77-75380.",
                   "Все права на материалы, опубликованные на сайте ria.ru, принадлежат МИА «Россия сегодня»."):
        art = p("Товарооборот вырос\n\n13 января 2025, 07:12\n\n" + STORY + "\n" + notice + "\n")
        assert notice[:20] not in body_text(art), notice


def test_agencies_in_capitals_closing_the_last_paragraph():
    art = p("China, Russia begin naval drills\n\nPublished Jul 20, 2023, 06:35 PM\n\n" + STORY +
            "\nBeijing has refused to condemn Russia's invasion of Ukraine, insisting it takes a neutral position on "
            "the war. REUTERS, AFP\n")
    assert art.agencies == ["Reuters", "AFP"] and "REUTERS" not in body_text(art)
    assert "a neutral position on the war." in body_text(art)
    # an acronym in capitals that is no agency names no agency (and keeps its old reading: a credit in capitals)
    art = p("China, Russia begin naval drills\n\nPublished Jul 20, 2023, 06:35 PM\n\n" + STORY +
            "\nBeijing has refused to condemn Russia's invasion of Ukraine and to join sanctions, officials from "
            "the alliance said. NATO\n")
    assert art.agencies == [] and kind_of(art, "NATO") != "agency"
    # (review) one agency closing a paragraph of two sentences and more, or two apart by a slash, are the wires too
    # (they were read as an outlet's sign-off, "DM", and no agency recorded)
    para = ("Beijing has refused to condemn Russia's invasion of Ukraine. It insists that it takes a neutral position "
            "on the war and has called for talks between the two sides. ")
    for sign, wires in (("REUTERS", ["Reuters"]), ("BERNAMA", ["Bernama"]), ("REUTERS/AFP", ["Reuters", "AFP"])):
        art = p("China, Russia begin naval drills\n\nPublished Jul 20, 2023, 06:35 PM\n\n" + STORY + "\n" + para + sign
                + "\n")
        assert art.agencies == wires and kind_of(art, sign) == "agency" and "between the two sides." in body_text(art)
    # a sign-off that is no agency keeps its reading; a caption's one sentence keeps its credit
    art = p("China, Russia begin naval drills\n\nPublished Jul 20, 2023, 06:35 PM\n\n" + STORY + "\n" + para + "DM\n")
    assert art.agencies == [] and kind_of(art, "DM") == "boilerplate"
    art = p("China, Russia begin naval drills\n\nPublished Jul 20, 2023, 06:35 PM\n\n" + STORY
            + "\nChinese and Russian warships sail in the Sea of Japan on July 20, 2023. REUTERS\n")
    assert art.agencies == [] and kind_of(art, "Chinese and Russian warships") == "caption"


def test_an_outlets_byline_with_an_agency_among_header_fields():
    art = p("China's envoy arrives in Kyiv with peace plan\n\n"
            "By Euronews with AP • Updated: 16/05/2023 - 12:33\n\n" + STORY)
    assert art.agencies == ["AP"] and art.authors == [] and art.source == "Euronews"
    # a person's byline among the same fields keeps its author
    art = p("China's envoy arrives in Kyiv with peace plan\n\nBy Joshua Askew • Updated: 16/05/2023 - 12:33\n\n" + STORY)
    assert art.authors == ["Joshua Askew"] and art.agencies == []


def test_a_sources_news_agencies_are_no_part_of_the_outlets_name():
    art = p("Xi hosts Putin at SCO summit\n\nPublished On 1 Sep 2025\n\n" + STORY + "\nSource: Al Jazeera and news agencies\n")
    assert art.source == "Al Jazeera"
    art = p("Xi hosts Putin at SCO summit\n\nPublished On 1 Sep 2025\n\n" + STORY + "\nSource: Al Jazeera\n")
    assert art.source == "Al Jazeera"


def test_share_read_later_and_subscribe_labels_are_furniture():
    art = p("Talks in Beijing end\n\nView Original\n\nMay 2, 2025\n\nShare Via\nCopy link\n\n"
            "Подписаться на РИА Новости в Дзен\n\n" + STORY)
    body = body_text(art)
    assert "View Original" not in body and "Share Via" not in body and "Подписаться" not in body
    # the same words opening a story's sentence stay story text
    line = "Share via the new pipeline rose to a record, and officials said view original estimates were too low."
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + line + "\n")
    assert line in body_text(art)
    # (review) a story's sentence opening with "Подписаться на" stays story text; the button with a channel's name does not
    line = "Подписаться на облигации федерального займа смогут все граждане, заявил министр."
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + line + "\n")
    assert line in body_text(art)
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nПодписаться на ТАСС в Telegram\n")
    assert "Подписаться" not in body_text(art)


def test_a_russian_source_line_that_is_a_sentence_is_story_text():
    line = ("Источник: Зеленский на пресс-конференции с президентом Финляндии Александром Стуббом, цитирует "
            "\"Европейская правда\"")
    art = p("Зеленский: Китай поставляет России порох\n\n17 апреля 2025, 14:05\n\n" + STORY + "\n" + line + "\n\n"
            "Также Зеленский заявил, что Украина намерена обсудить этот вопрос с партнерами.\n")
    assert "Источник: Зеленский на пресс-конференции" in body_text(art) and art.source == ""
    # a source's name stays the source
    art = p("Зеленский: Китай поставляет России порох\n\n17 апреля 2025, 14:05\n\n" + STORY + "\nИсточник: РБК\n")
    assert art.source == "РБК"
    # (review) a body's long name, in the lower case Russian writes it with, with no clause set off by a comma, stays the
    # source; a sentence naming the agency after a comma is story text
    name = "пресс-служба Министерства иностранных дел Российской Федерации и посольство КНР в Москве"
    art = p("Зеленский: Китай поставляет России порох\n\n17 апреля 2025, 14:05\n\n" + STORY + "\nИсточник: " + name + "\n")
    assert art.source == name
    line = "Источник: глава МИД России Сергей Лавров на встрече с журналистами в Пекине, передает агентство ТАСС"
    art = p("Зеленский: Китай поставляет России порох\n\n17 апреля 2025, 14:05\n\n" + STORY + "\n" + line + "\n")
    assert line in body_text(art) and art.source == ""


def test_a_label_of_a_word_or_two_with_its_colon_heads_the_paragraphs_under_it():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nПредыстория:\n\n"
            "8 апреля Зеленский сообщил, что украинские военные взяли в плен двух граждан Китая.\n")
    assert art.subheadings == ["Предыстория:"] and "Предыстория" not in body_text(art)
    # a sentence's lead-in with its colon over a quotation stays story text
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nLavrov told reporters in Beijing:\n\n"
            "\"We have agreed on everything that matters.\"\n")
    assert art.subheadings == [] and "Lavrov told reporters in Beijing:" in body_text(art)
    # (review) a lead-in of two words ("He added:", "Он добавил:") and a transcript's speaker labels (the speaker
    # named in the story, or the label said again) stay story text
    for lead in ("He added:", "Он добавил:"):
        art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + lead + "\n\n\"We will not back down.\"\n")
        assert art.subheadings == [] and lead in body_text(art), lead
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nPutin answered questions from the press.\n\nPutin:\n\n"
            "We are ready to talk about everything.\n\nQ:\n\nAnd about trade?\n\nQ:\n\nAnd energy?\n")
    assert art.subheadings == [] and "Putin:" in body_text(art) and "Q:" in body_text(art)
    # a label in title case of two words heads what follows
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nKey Facts:\n\n"
            "Two Chinese citizens were captured by Ukrainian troops in April.\n")
    assert art.subheadings == ["Key Facts:"]


def test_the_bbcs_role_line_and_a_caption_under_its_label_alone():
    art = p("Газпром и CNPC подписали меморандум\n\nАвтор, Марина Полякова\nПодпись автора, Русская служба Би-би-си\n"
            "3 сентября 2025\n\nАвтор фото, Getty Images\nПодпись к фото,\n"
            "Владимир Путин и Си Цзиньпин на переговорах в Пекине 2 сентября\n\n" + STORY)
    assert art.authors == ["Марина Полякова"] and body_text(art).startswith("Russia and China signed")
    assert kind_of(art, "Подпись автора") == "byline"
    assert kind_of(art, "Владимир Путин и Си") == "caption" and "Владимир Путин" not in body_text(art)
    # (review) a story's sentence opening with "Role," right under the byline is no role line; the BBC's English
    # page reads as its Russian one
    art = p("Gazprom and CNPC sign memorandum\n\nAuthor, Jane Doe\nRole, and responsibility for the talks lay with the "
            "ministry, officials said.\n3 September 2025\n\n" + STORY)
    assert "Role, and responsibility" in body_text(art)
    art = p("Gazprom and CNPC sign memorandum\n\nAuthor, Jane Doe\nRole, BBC News Russian\n3 September 2025\n\n"
            "Image source, Getty Images\nImage caption,\nVladimir Putin and Xi Jinping in Beijing on 2 September\n\n" + STORY)
    assert art.authors == ["Jane Doe"] and "Role, BBC" not in body_text(art)
    assert kind_of(art, "Vladimir Putin and Xi") == "caption" and body_text(art).startswith("Russia and China signed")
    # a caption label with its caption on the same line keeps its reading; the line under it is story text
    art = p("Газпром и CNPC подписали меморандум\n\n3 сентября 2025\n\n"
            "Подпись к фото, Владимир Путин и Си Цзиньпин на переговорах\n" + STORY)
    assert "Russia and China signed" in body_text(art)
