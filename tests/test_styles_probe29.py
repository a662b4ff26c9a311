"""Export styles and outlets of the 29th probe (tests/data/probes/probe29): Russian pages' counters and prompts ("Просмотров:
14820", "Оставьте комментарий (7)", "Оцените материал"), a columnist's disclaimer, "X в Telegram: подпишитесь ...", a
blog platform's "You might also like:", "Thanks for reading!" and "More by Name", a donation box between the story's
paragraphs, a Russian word glued to an acronym, an app's row of buttons cut by dots, the article's own address naming
its outlet before a "More from China" box, a feed reader's item line ("Outlet · by Name · date") under an app's menu
block, a date relative to the copy's day ("вчера, 18:40") under the headline or under the labels, a writer's name over
it, a known section named again under the menu, a news database's navigation and citation lines, and a print
page's masthead and date over the headline with its standfirst over the byline. Short synthetic texts, one rule each;
each test also pins look-alike text that must keep its old reading."""

from __future__ import annotations

from presslens.parsing import parse_text
from style_helpers import STORY, body_text, kind_of, p

_STORY_RU = ("Китайские банки в марте ужесточили проверку платежей из России, сообщили участники рынка.\n\n"
             "По их словам, крупные банки КНР фактически перестали принимать переводы от российских компаний.\n\n"
             "Эксперты считают, что проблема носит временный характер, хотя сделки и дорожают.\n")
_HEAD_RU = "Пекин ужесточил проверку платежей из России\n14 марта 2024 14:05\n\n"
_HEAD = "Xi meets Putin in Kazan\n\nOctober 23, 2024\n\n"


def test_a_russian_pages_counters_and_comment_and_rating_prompts_are_furniture():
    art = p(_HEAD_RU + "Просмотров: 14820\n\n" + _STORY_RU + "\nОцените материал\nОставьте комментарий (7)\n\n"
            "Написать комментарий...\n")
    body = body_text(art)
    assert body.startswith("Китайские банки в марте")
    for line in ("Просмотров", "Оцените материал", "Оставьте комментарий", "Написать комментарий"):
        assert line not in body and kind_of(art, line) == "boilerplate"
    art = p(_HEAD_RU + "3 712 просмотров\n\n" + _STORY_RU)
    assert kind_of(art, "3 712 просмотров") == "boilerplate"
    # the same words inside a story's sentence keep their reading
    art = p(_HEAD_RU + _STORY_RU + "\nЗа сутки ролик набрал 3 712 просмотров, подсчитали в компании.\n\n"
            "Оцените материал, прежде чем подписывать договор, советуют юристы.\n\n"
            "Оставьте комментарий на сайте ведомства до пятницы, призвали в министерстве.\n")
    body = body_text(art)
    assert "набрал 3 712 просмотров" in body and "Оцените материал, прежде чем" in body
    assert "Оставьте комментарий на сайте" in body


def test_a_columnists_disclaimer_closing_the_piece_is_furniture():
    art = p(_HEAD_RU + _STORY_RU + "\nМнение автора может не совпадать с позицией редакции.\n")
    assert "Мнение автора" not in body_text(art)
    art = p(_HEAD_RU + _STORY_RU + "\nТочка зрения автора не всегда совпадает с мнением редакции.\n")
    assert "Точка зрения автора" not in body_text(art)
    # a sentence on someone's opinion not matching another's keeps its reading
    art = p(_HEAD_RU + _STORY_RU + "\nМнение автора может не совпадать с мнением большинства, признал он.\n\n"
            "Позиция редакции по этому вопросу не изменилась, добавил главный редактор.\n")
    body = body_text(art)
    assert "Мнение автора может не совпадать с мнением большинства" in body and "Позиция редакции" in body


def test_a_sites_channel_named_with_a_colon_before_the_subscribe_prompt_is_furniture():
    art = p(_HEAD_RU + _STORY_RU + "\nАзаттык в Telegram: подпишитесь, чтобы быть в курсе главных событий.\n")
    assert "в Telegram" not in body_text(art)
    # a story's sentence about a channel keeps its reading (no prompt after the colon)
    art = p(_HEAD_RU + _STORY_RU + "\nМинистерство в Telegram: подписчиков у канала стало вдвое больше за год.\n")
    assert "Министерство в Telegram" in body_text(art)


def test_a_blog_platforms_link_box_closing_lines_and_link_to_the_writers_pieces():
    art = p(_HEAD + STORY + "\nYou might also like:\nWhy Russia's Central Bank Keeps Raising Rates\n"
            "The Myth of the BRICS Currency\n\n" + STORY + "\nThanks for reading! If you enjoyed this, clap and follow "
            "for more.\n\nMore by Marcus Hale\n")
    body = body_text(art)
    for line in ("You might also like", "Keeps Raising Rates", "The Myth of the BRICS", "Thanks for reading",
                 "clap and follow", "More by Marcus Hale"):
        assert line not in body
    art = p(_HEAD + STORY + "\nIf you enjoyed this, clap and follow for more.\n")
    assert "clap and follow" not in body_text(art)
    # look-alikes: the words opening a story's sentence keep their reading
    art = p(_HEAD + STORY + "\nYou might also like the new rules, the minister told reporters.\n\n"
            "Thanks for reading the report, the senator told the committee.\n\n"
            "More by design than accident, the talks produced a deal.\n")
    body = body_text(art)
    assert "You might also like the new rules" in body and "Thanks for reading the report" in body
    assert "More by design than accident" in body


def test_a_donation_box_between_the_storys_paragraphs_is_furniture():
    box = ("Поддержите «Эхо»\nМы работаем благодаря вам. Каждый донат помогает нам оставаться независимыми.\n"
           "Поддержать\n\n")
    art = p(_HEAD_RU + _STORY_RU + "\n" + box + _STORY_RU)
    body = body_text(art)
    assert "Поддержите" not in body and "Каждый донат" not in body and "Поддержать" not in body
    assert kind_of(art, "Мы работаем благодаря вам") == "boilerplate"
    # a heading without an imperative, the button naming the outlet
    art = p(_HEAD_RU + _STORY_RU + "\nЖурналистика, которую невозможно заблокировать\n«Медуза» работает для вас — и "
            "только благодаря вам. Поддержите нас\nПоддержать «Медузу»\n\n" + _STORY_RU)
    assert "благодаря вам" not in body_text(art)
    # look-alikes: a story's block closed by a sentence with the verb, a block closed by the bare verb without an
    # appeal above it, and a heading that is a sentence keep their reading
    art = p(_HEAD_RU + _STORY_RU + "\nДепутаты обсудили законопроект о платежах\nВ итоге они решили его поддержать.\n\n"
            + _STORY_RU)
    assert "В итоге они решили его поддержать." in body_text(art)
    art = p(_HEAD_RU + _STORY_RU + "\nКак поступить с законопроектом\nДепутаты спорили весь день о судьбе поправок.\n"
            "Поддержать\n\n" + _STORY_RU)
    assert "Депутаты спорили весь день" in body_text(art)
    art = p(_HEAD_RU + _STORY_RU + "\nВласти призвали граждан: поддержите местных производителей.\nКаждый донат "
            "важен, сказал мэр.\nПоддержать\n\n" + _STORY_RU)
    assert "Власти призвали граждан" in body_text(art)


def test_a_russian_word_glued_to_an_acronym_in_capitals():
    art = p(_HEAD_RU + "Экспорт вырос на 47%, следует из данных таможниКНР за прошлый год.\n\n" + _STORY_RU)
    at = art.text.index("таможниКНР")
    assert art.analysis(at, at + len("таможниКНР")) == "таможни КНР"
    # Latin brands in lower case before capitals and units keep their spelling
    text = _HEAD + "Apple updated macOS and iOS on Tuesday, the company said.\n\n" + STORY
    art = p(text)
    assert art.analysis(0, len(text)).count("macOS and iOS") == 1
    art = p(_HEAD_RU + "Мощность станции составит 500 кВт, а стоимость — 40 млн рублей.\n\n" + _STORY_RU)
    at = art.text.index("кВт")
    assert art.analysis(at, at + 3) == "кВт"


def test_an_apps_row_of_buttons_cut_by_dots_is_furniture():
    art = p(_HEAD + STORY + "\nMark as read · Save · Share · Tag\n")
    assert "Mark as read" not in body_text(art) and kind_of(art, "Mark as read") == "boilerplate"
    # places, a dateline's pieces or topics cut by dots are no buttons
    art = p(_HEAD + STORY + "\nMoscow · Beijing · New Delhi\n\n" + STORY)
    assert kind_of(art, "Moscow · Beijing") != "boilerplate"
    art = p(_HEAD + STORY + "\nShare · Politics · World · Asia\n\n" + STORY)
    assert kind_of(art, "Share · Politics") != "boilerplate"


def test_the_articles_own_address_names_its_outlet_before_a_more_from_box():
    text = ("# Why China will not abandon Russia\n\nSource: https://www.economist.com/china/2024/08/15/why-china\n\n"
            + STORY + "\nMore from China\n\nWhy Chinese students are returning home\n")
    assert p(text).source == "The Economist"
    # look-alikes: without an address the box still names the site; an address on no known outlet's site leaves the
    # box's name
    text = "Why China will not abandon Russia\n\n" + STORY + "\nMore from SCMP\n"
    assert p(text).source == "South China Morning Post"
    text = ("# Why China will not abandon Russia\n\nSource: https://blog.example.org/2024/china\n\n" + STORY
            + "\nMore from SCMP\n")
    assert p(text).source == "South China Morning Post"


def test_a_feed_readers_item_line_under_an_apps_menu_block():
    text = ("Inoreader\nDashboard\nAll articles\nAsia feeds\n\n"
            "Japan scrambles jets as Chinese, Russian bombers fly together near Tokyo\n"
            "Kyodo News · by KYODO NEWS · Nov 30, 2024 21:14\n\n" + STORY)
    art = p(text)
    assert art.title == "Japan scrambles jets as Chinese, Russian bombers fly together near Tokyo"
    assert art.published.startswith("2024-11-30") and body_text(art).startswith("Russia and China signed")
    assert "Dashboard" not in body_text(art) and "Asia feeds" not in body_text(art)
    # look-alikes: a line of places cut by dots over the date is no item line; a two-word line right under the
    # labels over a standfirst (no headline under the blank line) is not taken into the menu
    art = p("Japan scrambles jets as Chinese, Russian bombers fly together near Tokyo\n"
            "Tokyo · Seoul · Beijing\n\n" + STORY)
    assert art.published == ""
    art = p("The Economist\nChina\nUnequal partners\n\nTrade is slowing, but Beijing's bet on Moscow is intact.\n\n"
            "Aug 15th 2024\n\n" + STORY)
    assert art.title == "Unequal partners" and art.section == "China"


def test_a_date_relative_to_the_copys_day_under_the_headline_and_the_writer_under_it():
    text = ("Газета.Ru\nПолитика\nБизнес\nОбщество\nАрмия\nНаука\n\nБизнес\n"
            "Экспорт российской нефти в Китай обновил рекорд\n"
            "Поставки через морские порты и трубопровод выросли на четверть\nвчера, 18:40\nАнна Сергеева\n\n"
            + _STORY_RU)
    art = p(text)
    assert art.title == "Экспорт российской нефти в Китай обновил рекорд" and art.section == "Бизнес"
    assert art.authors == ["Анна Сергеева"] and art.published == ""
    assert body_text(art).startswith("Китайские банки в марте") and kind_of(art, "вчера, 18:40") == "date"
    # look-alike: the words in a story's sentence are story text
    art = p(_HEAD_RU + _STORY_RU + "\nВчера, 18:40 — именно в это время поступил первый платеж.\n")
    assert "Вчера, 18:40 — именно" in body_text(art)


def test_a_relative_date_and_the_writers_name_under_the_labels_over_the_headline():
    text = ("vc.ru\nПопулярное\nСвежее\nМоя лента\nФинансы\n\nФинансы\nИгорь Кузнецов\nвчера, 18:40\n"
            "Как мы платим китайским поставщикам в 2024 году: опыт небольшого импортера\n"
            "Рассказываю, сколько стоит перевод и почему платеж может идти месяц\n3 712 просмотров\n\n"
            "Меня зовут Игорь, у нас небольшая компания в Новосибирске: мы возим из Китая комплектующие для "
            "промышленного оборудования, и до конца прошлого года с платежами проблем не было.\n\n" + _STORY_RU)
    art = p(text)
    assert art.title == "Как мы платим китайским поставщикам в 2024 году: опыт небольшого импортера"
    assert art.authors == ["Игорь Кузнецов"] and art.section == "Финансы" and art.source == "vc.ru"
    assert body_text(art).startswith("Меня зовут Игорь")
    # look-alike: a person's name as the topic line right over the headline (no date under it) is no byline
    art = p("Новости\nМир\nЭкономика\n\nВладимир Путин\nПутин и Си Цзиньпин договорились расширить торговлю\n"
            "14 марта 2024, 14:05\n\n" + _STORY_RU)
    assert art.authors == [] and art.section == "Владимир Путин"


def test_a_known_section_named_again_in_a_block_under_the_menu_is_the_articles():
    text = ("Kun.uz\nНовости\nУзбекистан\nМир\nЭкономика\nОбщество\n\nЭкономика\nСегодня в 09:12\n2 148\n\n"
            "Китай стал крупнейшим торговым партнером Узбекистана, обойдя Россию\n"
            "Китай стал крупнейшим торговым партнером Узбекистана, обойдя Россию\n\nФото: Kun.uz\n\n"
            "По итогам 2023 года Китай впервые стал крупнейшим торговым партнером Узбекистана, обойдя Россию, "
            "следует из данных Национального агентства статистики республики.\n\n" + _STORY_RU)
    assert p(text).section == "Экономика"
    # look-alikes: the section named in the menu's block only, a rubric under the menu that no menu item names again,
    # or the section named again over a topic line ("Экономика" / "Китай" / date; tests/test_styles_section27.py) keep
    # the menu's first known section
    assert p(text.replace("\n\nЭкономика\nСегодня", "\n\nЭкономика\nКитай\nСегодня")).section == "Мир"
    assert p(text.replace("Общество\n\nЭкономика\nСегодня", "Общество\n\nСегодня")).section == "Мир"
    assert p(text.replace("Общество\n\nЭкономика\nСегодня", "Общество\n\nЭкономика и бизнес\nСегодня")).section == "Мир"


def test_a_news_databases_navigation_and_citation_lines_are_furniture():
    text = ("Access World News\nSearch Results | Article 3 of 27\n\n"
            "India walks a tightrope as Russia leans on China\nJuly 10, 2024\n\n" + STORY
            + "\nBibliography\nCitation (aglc Style)\n")
    art = p(text)
    assert art.title == "India walks a tightrope as Russia leans on China"
    assert "Bibliography" not in body_text(art) and "Citation" not in body_text(art)
    # look-alike: a story's sentence citing a record keeps its reading
    art = p(_HEAD + STORY + "\nCitation of the record was disputed by both governments, officials said.\n")
    assert "Citation of the record" in body_text(art)


def test_a_print_pages_masthead_and_date_over_the_headline_its_standfirst_over_the_byline():
    head = "The Korea Herald\nThe Korea Herald\n2024-06-21\nPage 3\n\nSeoul weighs response as Putin, Kim sign defense pact\n"
    art = p(head + "China keeps its distance from new alliance, analysts say\nBy Kim Arin\n\n" + STORY)
    assert art.title == "Seoul weighs response as Putin, Kim sign defense pact" and art.authors == ["Kim Arin"]
    assert art.published.startswith("2024-06-21") and body_text(art).startswith("Russia and China signed")
    assert "China keeps its distance" not in body_text(art)
    # look-alikes: under the standfirst a name without "By", another headline-like line or a sentence opening with
    # "By" is no byline: the layout is not read (the old reading: the masthead taken for the title)
    for line in ("Kim Arin", "Seoul's envoy visits Beijing", "By the way, officials said little."):
        art = p(head + "China keeps its distance from new alliance, analysts say\n" + line + "\n\n" + STORY)
        assert art.title == "The Korea Herald" and art.authors == []


def test_a_databases_bare_words_are_an_essays_or_storys_headings_and_its_russian_counter_is_furniture():
    # review: "Bibliography", "Citations" and "Search results" alone head an essay's references or a story's section;
    # a database's "Bibliography" is furniture over its "Citation (... Style)" line only
    art = p(_HEAD + STORY + "\nBibliography\n\nSmith, J. (2020). Russia and China. Oxford University Press.\n")
    assert kind_of(art, "Bibliography") == "subheading"
    art = p(_HEAD + STORY + "\nSearch results\n\nGoogle changed how its search results rank news outlets, the company "
            "said on Tuesday.\n\n" + STORY + "\nCitations\n\nThe police issued 40 citations over the weekend.\n")
    assert kind_of(art, "Search results") == "subheading" and kind_of(art, "Citations") == "subheading"
    art = p(_HEAD + STORY + "\nRecord Number: 2C41A7F9E8B0D1\nBibliography\nCitation (apa Style)\n")
    assert kind_of(art, "Bibliography") == "boilerplate"
    # the Russian database's counter and the way back to the results are furniture; a law's article is no counter
    art = p("Интегрум\nДокумент 3 из 27\n\nИндия балансирует между Россией и Китаем\n10 июля 2024\n\n" + _STORY_RU
            + "\nBack to results\n")
    assert art.title == "Индия балансирует между Россией и Китаем"
    assert kind_of(art, "Документ 3 из 27") == "boilerplate" and kind_of(art, "Back to results") == "boilerplate"
    art = p(_HEAD_RU + _STORY_RU + "\nСтатья 3 Конституции\n\n" + _STORY_RU)
    assert kind_of(art, "Статья 3 Конституции") != "boilerplate"


def test_a_person_named_again_below_is_the_topics_tag_over_the_date_not_the_writer():
    # review: a topic's tag over the date line ("Владимир Путин" / date / "Путин и Си ...") is named again by the
    # headline or story; the writer over the date (vc.ru: "Игорь Кузнецов") is not
    for date in ("14 марта 2024, 14:05", "вчера, 18:40"):
        art = p("Новости\nМир\nЭкономика\n\nВладимир Путин\n" + date + "\nПутин и Си Цзиньпин договорились расширить "
                "торговлю\n\nВладимир Путин и Си Цзиньпин договорились расширить торговлю, сообщил Кремль. "
                + _STORY_RU)
        assert art.authors == [] and kind_of(art, "Владимир Путин\n") != "byline"
    art = p("vc.ru\nПопулярное\nСвежее\nМоя лента\nФинансы\n\nФинансы\nИгорь Кузнецов\nвчера, 18:40\n"
            "Как мы платим китайским поставщикам в 2024 году: опыт небольшого импортера\n\n"
            "Меня зовут Игорь, у нас небольшая компания в Новосибирске: мы возим из Китая комплектующие для "
            "промышленного оборудования.\n\n" + _STORY_RU)
    assert art.authors == ["Игорь Кузнецов"]


def test_a_standfirst_without_a_full_stop_under_the_blank_does_not_close_the_menu():
    # review: under the labels, a headline, a blank line and a standfirst without a full stop over the date: the
    # standfirst is no headline (the menu's block closes with its last item only over a headline with its date line
    # or its standfirst under it)
    art = p("The Economist\nChina\nUnequal partners\n\nTrade is slowing but Beijing's bet on Moscow is intact\n\n"
            "Aug 15th 2024\n\n" + STORY)
    assert art.title == "Unequal partners" and art.section == "China"
    # the menu's last item over a headline with its standfirst under it is still a label
    art = p("Nikkei Asia\n\nLatest\nBusiness\nMarkets\nTech\n\nPolitics & Economy\nInternational relations\n\n"
            "China and Russia stage joint bomber patrol near Japan\n\nFlight over Sea of Japan seen as a warning\n\n"
            "May 24, 2022 20:41 JST\n\n" + STORY)
    assert art.title == "China and Russia stage joint bomber patrol near Japan"
    assert kind_of(art, "International relations") == "section"


def test_a_known_outlets_address_yields_to_a_wires_dateline_but_not_to_the_furniture():
    # review: the address on an aggregator's site (a known outlet's) goes after the dateline's agency, as before
    # probe 29; it still goes before the furniture's "More from China"
    text = ("# Why China will not abandon Russia\n\nSource: https://news.yahoo.com/why-china-123.html\n\n"
            "BEIJING (Reuters) - " + STORY)
    assert p(text).source == "Reuters"
    assert parse_text("Why China will not abandon Russia\n\nBEIJING (Reuters) - " + STORY,
                      hints={"url": "https://news.yahoo.com/why-china-123.html"}).source == "Reuters"
    text = ("# Why China will not abandon Russia\n\nSource: https://www.economist.com/china/2024/08/15/why-china\n\n"
            + STORY + "\nMore from China\n")
    assert p(text).source == "The Economist"
    assert parse_text("Why China will not abandon Russia\n\n" + STORY + "\nMore from China\n",
                      hints={"url": "https://www.economist.com/china/2024/08/15/why-china"}).source == "The Economist"


def test_a_channels_prompt_is_named_by_the_site_and_a_storys_quote_of_a_post_keeps_its_reading():
    # review: the site's name before "в Telegram", a dash or another app as well, and the English counterpart
    for line in ("Азаттык в Telegram — подпишитесь, чтобы быть в курсе главных событий.",
                 "Kun.uz в WhatsApp: подписывайтесь на наш канал.",
                 "«Новая газета» в YouTube: подпишитесь на канал редакции.",
                 "RFA on Telegram: subscribe to stay informed."):
        assert kind_of(p(_HEAD_RU + _STORY_RU + "\n" + line + "\n"), line[:12]) == "boilerplate"
    # look-alikes: a story's line quoting a post, or one closed by who said it
    for line in ("Он написал в Telegram: подписывайтесь на меня, будет интересно.",
                 "Губернатор в Telegram: подпишитесь на канал области, чтобы узнавать об отключениях, призвал он.",
                 "Мэр в Telegram: подписывайтесь на канал города, — призвал Собянин."):
        assert line in body_text(p(_HEAD_RU + _STORY_RU + "\n" + line + "\n\n" + _STORY_RU))
    line = "Zelensky on Telegram: follow only the official channel for alerts, he urged."
    assert line in body_text(p(_HEAD + STORY + "\n" + line + "\n\n" + STORY))


def test_a_blogs_furniture_in_other_wordings_and_a_title_case_heading_opening_with_more_by():
    # review: the platforms' other wordings of the same furniture
    art = p(_HEAD + STORY + "\nYou may also enjoy:\nWhy Russia's Central Bank Keeps Raising Rates\n\n" + STORY
            + "\nThank you for reading!\n\nThanks for reading.\n\nMore stories by Marcus Hale\n")
    body = body_text(art)
    for line in ("You may also enjoy", "Keeps Raising Rates", "Thank you for reading", "Thanks for reading",
                 "More stories by"):
        assert line not in body
    # look-alikes: a heading in title case opening with "More by", and sentences opening with the words
    art = p(_HEAD + STORY + "\nMore by Accident Than Design\n\n" + STORY + "\nYou may also enjoy the view from the "
            "bridge, the guide said.\n\nThank you for reading this far. The rest of the letter was blank.\n")
    assert kind_of(art, "More by Accident Than Design") == "subheading"
    body = body_text(art)
    assert "You may also enjoy the view" in body and "Thank you for reading this far." in body


def test_the_columnists_disclaimer_the_other_way_round():
    # review: the disclaimer as other sites word it
    for line in ("Мнение редакции может не совпадать с мнением автора.", "Редакция может не разделять мнение автора.",
                 "Позиция автора может не совпадать с позицией редакции"):
        assert line[:14] not in body_text(p(_HEAD_RU + _STORY_RU + "\n" + line + "\n"))
    # look-alike: the words going on as a story's sentence
    line = "Позиция редакции может не совпадать с мнением автора, признал главный редактор в интервью."
    assert line in body_text(p(_HEAD_RU + _STORY_RU + "\n" + line + "\n\n" + _STORY_RU))


def test_a_relative_date_in_other_forms_under_the_headline():
    # review: the time before the day, a 12-hour clock, or the age of the page
    for date, head, story in (("18:40, вчера", "Экспорт российской нефти в Китай обновил рекорд", _STORY_RU),
                              ("2 часа назад", "Экспорт российской нефти в Китай обновил рекорд", _STORY_RU),
                              ("Yesterday at 6:40 PM", "Russian oil exports to China hit a record", STORY),
                              ("5 hours ago", "Russian oil exports to China hit a record", STORY)):
        art = p(head + "\n" + date + "\nАнна Сергеева\n\n" + story)
        assert art.title == head and art.authors == ["Анна Сергеева"] and kind_of(art, date) == "date"
    # look-alike: the words opening a story's sentence
    art = p(_HEAD_RU + _STORY_RU + "\n2 часа назад в городе начался митинг, сообщили очевидцы.\n")
    assert "2 часа назад в городе" in body_text(art)


def test_a_row_of_buttons_cut_by_bullets_or_bars():
    # review: the same row of buttons with other separators
    for row in ("Mark as read • Save • Share • Tag", "Like | Reply | Share"):
        art = p(_HEAD + STORY + "\n" + row + "\n")
        assert row not in body_text(art) and kind_of(art, row) == "boilerplate"
    # look-alikes: places or topics cut by bars or bullets
    art = p(_HEAD + STORY + "\nMoscow | Beijing | New Delhi\n\n" + STORY + "\nShare • Politics • World • Asia\n\n" + STORY)
    assert kind_of(art, "Moscow | Beijing") != "boilerplate" and kind_of(art, "Share • Politics") != "boilerplate"


def test_a_donation_boxs_other_buttons():
    # review: the box's button as other sites word it
    for button in ("Помочь", "Помочь проекту", "Сделать пожертвование"):
        art = p(_HEAD_RU + _STORY_RU + "\nПоддержите «Эхо»\nМы работаем благодаря вам. Каждый донат помогает нам.\n"
                + button + "\n\n" + _STORY_RU)
        assert "Мы работаем благодаря вам" not in body_text(art)
    # look-alike: a story's block closed by the verb, no appeal above it
    art = p(_HEAD_RU + _STORY_RU + "\nКак поступить с законопроектом\nДепутаты спорили весь день о судьбе поправок.\n"
            "Помочь\n\n" + _STORY_RU)
    assert "Депутаты спорили весь день" in body_text(art)


def test_a_prefix_russian_spells_glued_to_an_acronym_is_one_word():
    # review: "микроРНК", "антиВИЧ", "госСМИ" are words of their own; a preposition or word glued to one is not
    for word, reading in (("микроРНК", "микроРНК"), ("антиВИЧ", "антиВИЧ"), ("госСМИ", "госСМИ"),
                          ("изКНР", "из КНР"), ("таможниКНР", "таможни КНР")):
        art = p(_HEAD_RU + f"Ученые изучили {word} и данные за год, сообщили в ведомстве.\n\n" + _STORY_RU)
        at = art.text.index(word)
        assert art.analysis(at, at + len(word)) == reading
