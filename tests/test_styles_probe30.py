"""Export styles and outlets of the 30th probe (tests/data/probes/probe30): a Russian "Последнее обновление:" date label,
an RSS item's raw fields ("pubDate:", "dc:creator:", "guid:") and its "<item>" tags, a reference manager's note fields
("Item Type:", "Website Title:", "Accessed:", "Notes:" closing them) with the page's own header under them (the
headline again, its standfirst, the writer named again over the date, a "Name/Outlet" picture credit), Kyodo's wire dateline without brackets and its "==Kyodo" end mark, a
Russian word glued to a capitalized Russian word or to a Latin acronym, a date line with the day and month and no year
("13 мар, 09:12"), a site's menu copied on one line with its items apart by runs of spaces, "Другие материалы рубрики:"
over links, the "Ошибка в тексте?" prompt, "More articles by this reporter", a Central Asian site's dateline with its
own name ("ДУШАНБЕ, 22 мая — Asia-Plus."), an illustrative photo's label over its caption ("Фото иллюстративное.") and
an outlet's file picture credit ("Korea Times file"). Short synthetic texts, one rule each; each test also pins
look-alike text that must keep its old reading."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

_STORY_RU = ("Китайские банки в марте ужесточили проверку платежей из России, сообщили участники рынка.\n\n"
             "По их словам, крупные банки КНР фактически перестали принимать переводы от российских компаний.\n\n"
             "Эксперты считают, что проблема носит временный характер, хотя сделки и дорожают.\n")
_HEAD_RU = "Пекин ужесточил проверку платежей из России\n14 марта 2024 14:05\n\n"
_HEAD = "Xi meets Putin in Kazan\n\nOctober 23, 2024\n\n"


def test_a_russian_last_update_label_dates_the_line_and_the_writer_under_it_is_the_byline():
    text = ("Северный морской путь: Пекин не торопится\n\nОпубликовано: 12.03.2024 в 14:05 (мск)\n"
            "Последнее обновление: 12.03.2024 в 18:30 (мск)\nАлександр Силин\n\n" + _STORY_RU)
    art = p(text)
    assert art.published.startswith("2024-03-12T14:05") and art.modified.startswith("2024-03-12T18:30")
    assert art.authors == ["Александр Силин"] and body_text(art).startswith("Китайские банки в марте")
    # the update alone dates the story, as an "Обновлено:" line alone does
    art = p("Кыргызстан станет транзитным хабом\nПоследнее обновление: 14.06.2024 11:25\n\n" + _STORY_RU)
    assert art.published.startswith("2024-06-14") and kind_of(art, "Последнее обновление") == "date"
    # (review) the English counterpart, "Last update:", labels the modification as "Last updated:" does
    art = p("Xi meets Putin in Kazan\nPublished: 12.06.2024 10:00\nLast update: 14.06.2024 11:25\n\n" + STORY)
    assert art.published.startswith("2024-06-12T10:00") and art.modified.startswith("2024-06-14T11:25")
    art = p(_HEAD + STORY + "\nLast update: the firmware was released on 14.06.2024, the company said.\n\n" + STORY)
    assert "Last update: the firmware" in body_text(art) and art.modified == ""
    # look-alikes: the words opening a story's sentence, and the old label
    art = p(_HEAD_RU + _STORY_RU + "\nПоследнее обновление приложения вышло 12.03.2024, сообщили в компании.\n")
    assert "Последнее обновление приложения вышло" in body_text(art) and art.modified == ""
    art = p("Кыргызстан станет транзитным хабом\nОбновлено: 14.06.2024 11:25\n\n" + _STORY_RU)
    assert art.published.startswith("2024-06-14") and kind_of(art, "Обновлено") == "date"


def test_an_rss_items_raw_fields_and_tags_are_its_header():
    text = ("<item>\ntitle: The Ruble-Yuan Squeeze\nlink: https://www.thewirechina.com/2024/04/21/the-ruble-yuan/\n"
            "dc:creator: Eliot Chen\npubDate: Sun, 21 Apr 2024 09:00:00 +0000\ncategory: Finance\n"
            "guid: https://www.thewirechina.com/?p=41266\n"
            "description: How Chinese banks became the bottleneck of a sanctioned trade.\ncontent:encoded:\n\n"
            + STORY + "\n</item>\n")
    art = p(text)
    assert art.title == "The Ruble-Yuan Squeeze" and art.authors == ["Eliot Chen"]
    assert art.published.startswith("2024-04-21") and art.source == "The Wire China"
    body = body_text(art)
    assert body.startswith("Russia and China signed")
    for line in ("pubDate", "guid:", "How Chinese banks", "content:encoded", "<item>", "</item>"):
        assert line not in body
    # look-alikes: a story's sentence opening with "Description:", a tag named inside a sentence, a line of
    # comparison signs
    art = p(_HEAD + STORY + "\nDescription: the ministry called the talks frank and useful, officials said.\n\n"
            "Engineers tagged the page with <item> markers, the report said.\n\n<< back\n\n" + STORY)
    body = body_text(art)
    assert "Description: the ministry called the talks" in body and "with <item> markers" in body
    # (review) a feed's field alone between a story's paragraphs, with no other field above or below it, is a line
    # of the story even when its value fits ("Description: Suspect is ...", a developer's "pubDate: ..."); a word in
    # capitals in angle brackets is a wire's label, not a tag of markup
    for line in ("Description: Suspect is a man of about 40, police said.", "description: A short summary of the item.",
                 "pubDate: the field is case sensitive, developers said.", "guid: unique", "<Reuters>"):
        art = p(_HEAD + STORY + "\n" + line + "\n\n" + STORY)
        assert line in body_text(art), line


def test_a_reference_managers_note_fields_are_its_header():
    text = ("Snapshot\n\nTitle: Chinese Traders Flock to Russian Border Town\nItem Type: Web Page\nAuthor: Chen Yuxi\n"
            "Website Title: Sixth Tone\nURL: https://www.sixthtone.com/news/1014782\n"
            "Accessed: 3/18/2024, 10:22:41 AM\nDate: 2024-03-14\n\n" + STORY)
    art = p(text)
    assert art.title == "Chinese Traders Flock to Russian Border Town" and art.authors == ["Chen Yuxi"]
    assert art.source == "Sixth Tone" and art.published.startswith("2024-03-14")
    body = body_text(art)
    assert body.startswith("Russia and China signed") and "Accessed" not in body and "Item Type" not in body
    # the day the note was read is no publication date
    art = p(text.replace("Date: 2024-03-14\n", ""))
    assert not art.published.startswith("2024-03-18")
    # look-alike: a story's sentence opening with the word
    art = p(_HEAD + STORY + "\nAccessed by road only in summer, the village has 300 people, officials said.\n")
    assert "Accessed by road only in summer" in body_text(art)
    # (review) a note's own field alone in a story (no field above or below it) is the story's line
    art = p(_HEAD + STORY + "\nAccessed: 12 March 2024\n\n" + STORY)
    assert "Accessed: 12 March 2024" in body_text(art)
    art = p(_HEAD + STORY + "\nItem Type: Newspaper Article\n\n" + STORY)
    assert kind_of(art, "Item Type") != "header"


def test_the_pages_own_header_under_a_notes_fields_and_the_outlets_own_picture_credit():
    fields = ("Title: Chinese Traders Flock to Russian Border Town\nItem Type: Web Page\nAuthor: Chen Yuxi\n"
              "Website Title: Sixth Tone\nDate: 2024-03-14\nTags: Russia; trade\n"
              "Notes: for chapter 4, compare with customs data\n\nChinese Traders Flock to Russian Border Town\n\n")
    page = ("In Heihe, merchants who once sold fruit now broker cars and payment services.\n\nChen Yuxi\n"
            "Mar 14, 2024\n\nA cargo truck waits to cross the bridge in Heihe, Feb. 27, 2024.\nChen Yuxi/Sixth Tone\n\n"
            "HEILONGJIANG, Northeast China — " + STORY)
    art = p(fields + page)
    assert art.lede.startswith("In Heihe, merchants") and art.authors == ["Chen Yuxi"]
    body = body_text(art)
    assert body.startswith("Russia and China signed")
    for line in ("for chapter 4", "In Heihe", "A cargo truck", "Chen Yuxi/Sixth Tone", "HEILONGJIANG"):
        assert line not in body
    # look-alikes: a story's notes headed "Notes:" with no field above; another name over the date is not taken for
    # a writer read before; the headline again over the story's paragraphs (no byline or date under them) leaves the
    # first paragraph the story's; a place after a slash is no outlet's credit
    art = p(_HEAD + STORY + "\nNotes: figures are rounded to the nearest billion, the ministry said.\n")
    assert "Notes: figures are rounded" in body_text(art)
    art = p(fields + page.replace("Chen Yuxi\nMar 14", "Zhang Wei\nMar 14"))
    assert "Zhang Wei" not in art.authors
    art = p(fields + STORY)
    assert body_text(art).startswith("Russia and China signed") and art.lede == ""
    art = p(_HEAD + STORY + "\nPrices rose by a third on the route Moscow/Beijing\n\n" + STORY)
    assert kind_of(art, "Prices rose by a third") == "subheading"


def test_a_wires_dateline_with_its_name_after_the_day_and_its_end_mark():
    art = p("Japan lodges protest over warships\n\nTOKYO, May 12 Kyodo - Japan lodged a diplomatic protest with China "
            "and Russia on Friday, officials said.\n\n" + STORY + "\n==Kyodo\n")
    assert "Kyodo" in art.agencies
    body = body_text(art)
    assert body.startswith("Japan lodged a diplomatic protest") and "==Kyodo" not in body
    # look-alikes: a sentence naming the agency after a day, and a line of equals signs before a word in lower case
    art = p(_HEAD + "Talks ended on May 12 Kyodo - based officials said, without giving details.\n\n" + STORY
            + "\n==note to editors: check the figures\n\n" + STORY)
    body = body_text(art)
    assert "Talks ended on May 12 Kyodo" in body and "==note to editors" in body


def test_a_russian_word_glued_to_a_capitalized_russian_word_or_a_latin_acronym():
    for raw, fixed in (("районеИшкашима", "районе Ишкашима"), ("транспортаМаксим", "транспорта Максим"),
                       ("числеCOSCO", "числе COSCO")):
        art = p(_HEAD_RU + f"Работы пройдут в {raw} и соседних районах, сообщили в ведомстве.\n\n" + _STORY_RU)
        at = art.text.index(raw)
        assert art.analysis(at, at + len(raw)) == fixed
    # look-alikes: a prefix Russian spells glued to a capitalized word, a brand opening in capitals, a Latin word
    # in lower case before a capital
    # (review) Russian brands in camel case, a Russian word before a Latin model's name or a brand in lower case
    for word in ("микроЭВМ", "ВКонтакте", "МегаФон", "iPhone", "eSIM", "СберБанк", "ЛитРес", "еАптека",
                 "ракетаS-400", "самолётовSu-35", "смартфонаiPhone"):
        art = p(_HEAD_RU + f"Компания представила {word} и другие новинки, сообщили в ведомстве.\n\n" + _STORY_RU)
        at = art.text.index(word)
        assert art.analysis(at, at + len(word)) == word


def test_a_date_line_with_the_day_and_month_and_no_year_under_the_headline():
    text = ("Москва 24\n\nКитайские автомобили заняли более половины рынка такси в Москве\n13 мар, 09:12\n\n"
            + _STORY_RU)
    art = p(text)
    assert art.title == "Китайские автомобили заняли более половины рынка такси в Москве"
    assert kind_of(art, "13 мар, 09:12") == "date" and art.published == ""
    for date in ("13 марта в 09:12", "Mar 13, 9:12 AM"):
        assert kind_of(p(text.replace("13 мар, 09:12", date)), date) == "date"
    # look-alikes: the words opening a story's sentence, and a date with its year
    art = p(_HEAD_RU + _STORY_RU + "\n13 марта в 09:12 в городе отключили свет, сообщили в мэрии.\n")
    assert "13 марта в 09:12 в городе" in body_text(art)
    assert p(text.replace("13 мар, 09:12", "13 мар 2024, 09:12")).published.startswith("2024-03-13T09:12")


def test_a_sites_menu_copied_on_one_line_with_its_items_apart_by_spaces():
    art = p("Москва 24\nНовости  Видео  Программы  Прямой эфир\n\n"
            "Китайские автомобили заняли более половины рынка такси в Москве\n14 марта 2024, 09:12\n\n" + _STORY_RU)
    assert art.title == "Китайские автомобили заняли более половины рынка такси в Москве"
    assert kind_of(art, "Новости  Видео") == "boilerplate"
    assert kind_of(p(_HEAD + "Posts   Files   Wiki   +\n\n" + STORY), "Posts   Files") == "boilerplate"
    assert kind_of(p("Эксперт\nЖурнал «Эксперт»  Рейтинги  Аналитика\n\n" + _HEAD_RU + _STORY_RU), "Журнал") == "boilerplate"
    # look-alikes: a sentence with two spaces after its full stop, a table's row of figures, a byline's pieces set
    # apart by markup, two items only
    art = p(_HEAD + STORY + "\nTrade grew fast.  Officials were pleased, the report said.\n\nRussia  240  190\n\n"
            "By Laura Bicker       ,        China correspondent, Beijing\n\nPolitics  Economy\n\n" + STORY)
    for line in ("Trade grew fast.", "Russia  240", "By Laura Bicker", "Politics  Economy"):
        assert kind_of(art, line) != "boilerplate"
    # (review) single words apart by spaces are a table's head or a poem's line set out wide, no menu (a menu has an
    # item of two words or a button's sign: "Прямой эфир", "+")
    for line in ("Country  Exports  Imports  Balance", "Russia  China  India", "Горит  Восток  Зарею  Новой"):
        assert kind_of(p(_HEAD + STORY + "\n" + line + "\n\n" + STORY), line) != "boilerplate", line
    # over the headline, where no table or poem stands, a menu of single words is one all the same
    art = p("Москва 24\nНовости  Видео  Программы  Эфир\n\n"
            "Китайские автомобили заняли более половины рынка такси в Москве\n14 марта 2024, 09:12\n\n" + _STORY_RU)
    assert kind_of(art, "Новости  Видео") == "boilerplate"
    assert art.title == "Китайские автомобили заняли более половины рынка такси в Москве"
    # a line whose runs are a saved page's tags cut out (an authors' box: tests/test_styles_probe25.py) is no menu
    art = p(_HEAD + "Авторы" + " " * 24 + "Анна Балашова" + " " * 24 + "Петр Канаев\n\n" + STORY)
    assert kind_of(art, "Авторы") != "boilerplate"


def test_a_russian_lead_in_to_the_rubrics_other_pieces_and_the_links_under_it():
    art = p(_HEAD_RU + _STORY_RU + "\nДругие материалы рубрики:\n«Большая сделка» не состоялась\n"
            "Индия тоже задает вопросы\n")
    body = body_text(art)
    assert "Другие материалы" not in body and "Большая сделка" not in body and "Индия тоже" not in body
    # (review) the lead-in with the rubric's name
    art = p(_HEAD_RU + _STORY_RU + "\nДругие материалы рубрики «Политика»:\n«Большая сделка» не состоялась\n"
            "Индия тоже задает вопросы\n")
    assert "Другие материалы" not in body_text(art) and "Индия тоже" not in body_text(art)
    # look-alike: a story's sentence opening with the words (with the rubric's name too)
    art = p(_HEAD_RU + _STORY_RU + "\nДругие материалы рубрики редакция опубликует завтра, сообщил главный "
            "редактор.\n\n" + _STORY_RU)
    assert "Другие материалы рубрики редакция" in body_text(art)
    art = p(_HEAD_RU + _STORY_RU + "\nДругие материалы рубрики «Политика» редакция опубликует завтра, сообщил "
            "редактор.\n\n" + _STORY_RU)
    assert "Другие материалы рубрики «Политика» редакция" in body_text(art)


def test_a_typo_prompt_asking_about_the_error_and_a_reporters_link_to_more_articles():
    art = p(_HEAD_RU + _STORY_RU + "\nОшибка в тексте? Выделите ее и нажмите Ctrl+Enter\n")
    assert "Ошибка в тексте" not in body_text(art) and "Ctrl+Enter" not in body_text(art)
    art = p(_HEAD + STORY + "\nMore articles by this reporter\n")
    assert "More articles by this reporter" not in body_text(art)
    # look-alikes: a story's sentence on an error in a text, a headline-like line naming a reporter's articles
    art = p(_HEAD_RU + _STORY_RU + "\nОшибка в тексте закона? Депутаты выделили ее и исправили поправкой.\n\n"
            + _STORY_RU)
    assert "Ошибка в тексте закона?" in body_text(art)
    art = p(_HEAD + STORY + "\nMore articles by this reporter were cited in the complaint, the lawyer said.\n")
    assert "More articles by this reporter were cited" in body_text(art)


def test_a_central_asian_sites_dateline_with_its_own_name():
    for dateline in ("ДУШАНБЕ, 22 мая — Asia-Plus. ", "БИШКЕК – 24.kg, Анара Абдыбаева. "):
        art = p(_HEAD_RU + dateline + "Китай профинансирует строительство нового пограничного поста, сообщили в "
                "комитете.\n\n" + _STORY_RU)
        assert body_text(art).startswith("Китай профинансирует строительство")
    assert body_text(p(_HEAD_RU + "ТАШКЕНТ, 22 мая — Kun.uz. Китай профинансирует строительство поста.\n\n"
                       + _STORY_RU)).startswith("Китай профинансирует")
    # (review) a Russian word after the dash is a person's name opening the story, no site's: a site's name has a
    # Latin letter or a figure ("Asia-Plus", "24.kg")
    for dateline in ("МОСКВА, 22 мая — Путин. ", "ДУШАНБЕ, 22 мая — Рахмон. "):
        art = p(_HEAD_RU + dateline + "Так начался день переговоров о строительстве поста.\n\n" + _STORY_RU)
        assert dateline.strip() in body_text(art)
    # look-alikes: a place's dateline before a sentence of several words, and a capitalized name opening the story
    art = p(_HEAD_RU + "ДУШАНБЕ, 22 мая — Власти Таджикистана объявили о строительстве поста.\n\n" + _STORY_RU)
    assert "Власти Таджикистана объявили о строительстве поста." in body_text(art)
    for dateline in ("ДУШАНБЕ – ", "ДУШАНБЕ, 22 мая — "):
        art = p(_HEAD_RU + dateline + "Рахмон, Эмомали Шарипович. Так подписан указ о строительстве поста.\n\n"
                + _STORY_RU)
        assert "Рахмон, Эмомали Шарипович." in body_text(art)


def test_an_illustrative_photos_label_over_its_caption():
    for line in ("Фото иллюстративное. Грузовики на КПП «Торугарт»", "Иллюстративное фото",
                 "Illustrative photo: trucks at the Torugart border crossing"):
        art = p(_HEAD_RU + line + "\n\n" + _STORY_RU)
        assert line not in body_text(art) and body_text(art).startswith("Китайские банки в марте")
    # (review) the common Russian wording of the label
    art = p(_HEAD_RU + "Фото носит иллюстративный характер\n\n" + _STORY_RU)
    assert "Фото носит" not in body_text(art) and body_text(art).startswith("Китайские банки в марте")
    # look-alikes: a story's sentence opening with the words
    for line in ("Иллюстративное фото опубликовали в соцсетях, сообщили в ведомстве.",
                 "Фото носит иллюстративный характер, заявили в пресс-службе, отвечая на критику.",
                 "Illustrative photos of the border were shown to reporters, officials said."):
        assert line in body_text(p(_HEAD_RU + _STORY_RU + "\n" + line + "\n\n" + _STORY_RU))


def test_an_outlets_file_picture_credit_after_the_caption():
    cap = "Chinese President Xi Jinping and North Korean leader Kim Jong-un in Beijing in 2019. Korea Times file"
    art = p(_HEAD + cap + "\n\n" + STORY)
    body = body_text(art)
    assert "Korea Times file" not in body and body.startswith("Russia and China signed")
    assert "Yonhap file photo" not in body_text(p(_HEAD + STORY + "\nXi and Kim in 2019. Yonhap file photo\n\n" + STORY))
    # look-alikes: a sentence ending in "file" after a full stop inside the paragraph is still a sentence
    art = p(_HEAD + STORY + "\nThe case went to court. Prosecutors said they would file.\n\n" + STORY)
    assert "Prosecutors said they would file." in body_text(art)
    # (review) a sentence of capitalized words and "file" closed by a full stop is a sentence, a credit has none;
    # the credit in title case or in brackets is one
    art = p(_HEAD + STORY + "\nThe senator declined to comment. The Mueller file.\n\n" + STORY)
    assert "The Mueller file." in body_text(art)
    for credit in ("Yonhap File Photo", "(Yonhap file photo)"):
        assert credit not in body_text(p(_HEAD + STORY + f"\nXi and Kim in 2019. {credit}\n\n" + STORY)), credit


def test_a_writers_name_over_a_russian_reading_time_and_an_archives_label_over_the_page():
    text = ("Новая газета\nАрхив 2022\n\nПолитика · 15 сентября 2022\nСамарканд: «вопросы и озабоченности»\n"
            "Путин и Си Цзиньпин впервые встретились после начала войны. Китай не спешит с поддержкой\n\n"
            "Кирилл Мартынов\nВремя чтения: 5 мин\n\n" + _STORY_RU)
    art = p(text)
    assert art.title == "Самарканд: «вопросы и озабоченности»" and art.authors == ["Кирилл Мартынов"]
    assert art.source == "Новая газета" and body_text(art).startswith("Китайские банки в марте")
    for reading in ("5 мин чтения", "Reading time: 5 min"):
        assert p(text.replace("Время чтения: 5 мин", reading)).authors == ["Кирилл Мартынов"]
    # look-alikes: a heading "Архив" alone, and a story's sentence on an archive's year
    art = p(_HEAD_RU + _STORY_RU + "\nАрхив\n\n" + _STORY_RU + "\nАрхив 2022 года передали в музей, сообщили в "
            "министерстве.\n")
    assert kind_of(art, "Архив\n") == "subheading" and "Архив 2022 года передали" in body_text(art)


def test_a_russian_international_section_over_the_headline_and_a_section_under_the_date_line():
    art = p("Эксперт\n\nМеждународная политика\nСеверный морской путь: Пекин не торопится\n\n"
            "Опубликовано: 12.03.2024 в 14:05 (мск)\n\n" + _STORY_RU)
    assert art.section == "Международная политика" and art.title == "Северный морской путь: Пекин не торопится"
    art = p("Москва 24\n\nКитайские автомобили заняли более половины рынка такси в Москве\n13 мар, 09:12\nТранспорт\n\n"
            + _STORY_RU)
    assert art.section == "Транспорт" and body_text(art).startswith("Китайские банки в марте")
    # look-alikes: a known section read above the headline stays the article's; a line under the date that is no
    # section's name stays what it was
    art = p("Политика\nКитайские автомобили заняли более половины рынка такси в Москве\n13 марта 2024, 09:12\n"
            "Транспорт\n\n" + _STORY_RU)
    assert art.section == "Политика"
    art = p("Москва 24\n\nКитайские автомобили заняли более половины рынка такси в Москве\n13 мар, 09:12\n"
            "Таксисты\n\n" + _STORY_RU)
    assert art.section != "Таксисты"


def test_the_newsrooms_request_for_news_tips_closing_the_story():
    for line in ("Если вы хотите сообщить новость, пишите нам в Telegram или WhatsApp.", "Есть новость? Пишите нам",
                 "Have a news tip? Email us at tips@example.com"):
        art = p(_HEAD_RU + _STORY_RU + "\n" + line + "\n")
        assert line[:12] not in body_text(art) and kind_of(art, line[:12]) == "boilerplate"
    # look-alikes: an official's appeal quoted and closed by who made it, and a story's sentence on a tip
    line = "Если вы хотите сообщить новость о нарушениях, пишите нам в приемную, — призвал глава МВД."
    assert line in body_text(p(_HEAD_RU + _STORY_RU + "\n" + line + "\n\n" + _STORY_RU))
    # (review) a quoted appeal closed by a dash and any attribution ("— говорится в обращении ...")
    line = "Есть информация? Пишите нам, — говорится в обращении полиции к жителям."
    assert line in body_text(p(_HEAD_RU + _STORY_RU + "\n" + line + "\n\n" + _STORY_RU)).replace("?\n", "? ")
    art = p(_HEAD_RU + _STORY_RU + "\nЕсть чем поделиться? Пишите нам в Telegram\n")
    assert kind_of(art, "Есть чем поделиться") == "boilerplate"
    line = "Have a news tip? Email the police, the chief told residents at a meeting on Monday."
    assert line in body_text(p(_HEAD + STORY + "\n" + line + "\n\n" + STORY)).replace("?\n", "? ")


def test_a_notes_lines_over_a_print_page_and_a_dateline_with_its_country_in_brackets():
    text = ("ST print p.A12\nSaved from The Straits Times e-paper\n\nThe Straits Times\nThursday, October 24, 2024\n"
            "WORLD\n\nBRICS summit shows Moscow is not alone, but Beijing sets the terms\n"
            "Putin hosts leaders in Kazan as China weighs how far to back Russia\nTan Dawn Wei\nChina Bureau Chief\n\n"
            "KAZAN (RUSSIA) – " + STORY)
    art = p(text)
    assert art.title == "BRICS summit shows Moscow is not alone, but Beijing sets the terms"
    assert art.authors == ["Tan Dawn Wei"] and body_text(art).startswith("Russia and China signed")
    for line in ("Print edition, page 3", "Clipped from The Korea Herald"):
        assert kind_of(p(_HEAD + line + "\n\n" + STORY), line) == "boilerplate"
    # look-alikes: a story's sentence on a print page or on what was saved, and a place's name in brackets in
    # mixed case (an agency's tag is read by its own rule)
    art = p(_HEAD + STORY + "\nThe print edition ran the story on page 3 of the Monday paper.\n\n"
            "Saved from the flood, the archive was moved to Kazan, officials said.\n")
    body = body_text(art)
    assert "The print edition ran the story on page 3" in body and "Saved from the flood" in body
    # (review) a heading naming a film after "Saved from" (a colon after the name), a caption on what was captured
    for line in ("Saved from The Flood: a documentary about Kazan premiered", "Captured from Russian forces in Kherson"):
        assert kind_of(p(_HEAD + STORY + "\n" + line + "\n\n" + STORY), line) != "boilerplate", line
    art = p(_HEAD + "KAZAN (Russia) – " + STORY)
    assert body_text(art).startswith("KAZAN (Russia) – Russia and China signed")


def test_a_file_picture_credit_in_mixed_case_is_read_whole():
    # (review) "file" and the picture's word in any case: the whole credit, its bracket and outlet with it, not the
    # last two words ("(Yonhap" or "Yonhap" left as a sentence of the story), nor no credit at all
    para = ("Russia and China signed a joint statement on Thursday after talks in Beijing that lasted well into the "
            "night, officials said. The two leaders also discussed energy projects, the Power of Siberia 2 pipeline "
            "and the situation in Ukraine, according to state media. Trade between the two countries reached a record "
            "last year, customs data showed, and both sides expect it to grow again this year.")
    for credit in ("(Yonhap File photo)", "Yonhap File picture", "Yonhap file Photo", "YONHAP FILE IMAGE"):
        body = body_text(p(_HEAD + STORY + "\n" + para + " " + credit + "\n\n" + STORY))
        assert "Yonhap" not in body and "YONHAP" not in body and "both sides expect it to grow" in body, credit
        art = p(_HEAD + STORY + f"\nXi and Kim in Beijing in 2019. {credit}\n\n" + STORY)
        assert kind_of(art, "Xi and Kim") == "caption" and "Xi and Kim" not in body_text(art), credit
    # look-alikes: a story's sentence closed by "File" and a full stop, or by other words after "File Photo", stays one
    for line in ("The senator declined to comment. The Mueller File.",
                 "Reporters asked for it. The Yonhap File Photo Archive opened on Monday."):
        assert line.split(". ")[1] in body_text(p(_HEAD + STORY + "\n" + line + "\n\n" + STORY)), line


def test_a_headline_set_out_wide_over_its_byline_is_no_menu():
    # (review) a headline in title case with runs of spaces between its words (a PDF's or a justified copy's): the
    # title, over its byline or date line, or when it has a function word ("On") no menu item is
    for head in ("China  Slams  Tariffs  On  Steel\n\nBy John Smith\n\nMay 3, 2024\n\n",
                 "China  Slams Tariffs  On  Steel\n\nBy John Smith\n\nMay 3, 2024\n\n",
                 "China  Slams  Tariffs  On  Steel\nBeijing raised its duties on Russian steel as talks stalled\n"
                 "May 3, 2024\n\n"):
        art = p(head + STORY)
        assert art.title == "China Slams Tariffs On Steel" and kind_of(art, "China") == "title", head
    art = p("Putin  Visits  Beijing\nBy John Smith\nMay 3, 2024\n\n" + STORY)
    assert art.title == "Putin Visits Beijing" and body_text(art).startswith("Russia and China signed")
    # look-alikes: a menu of single words over the headline, or over the date line when it names the site's
    # sections; a menu with an item of two words over the date line
    for text in ("News  Sport  Weather  Video\nXi meets Putin in Kazan\nBy John Smith\nMay 3, 2024\n\n" + STORY,
                 "News  Sport  Weather  Video\nMay 3, 2024\nXi meets Putin in Kazan\n\n" + STORY,
                 "Home  Live TV  Sign In  Weather\nMay 3, 2024\nXi meets Putin in Kazan\n\n" + STORY):
        art = p(text)
        assert kind_of(art, text[:4]) == "boilerplate" and art.title == "Xi meets Putin in Kazan", text


def test_a_tables_head_over_its_rows_of_figures_is_no_menu():
    # (review) a table's head with cells of two words over a row of figures: the table's, not a menu (under the
    # story, as its paragraph or apart from its rows by a blank line, at its end, or over it)
    head = "Country  Total exports  Total imports"
    for text in (_HEAD + STORY + "\n" + head + "\nRussia  240  190\nIndia  120  90\n\n" + STORY,
                 _HEAD + STORY + "\n" + head + "\n\nRussia  240  190\n\n" + STORY,
                 _HEAD + STORY + "\n" + head + "\nRussia  240  190\nIndia  120  90\n",
                 _HEAD + head + "\nRussia  240  190\nIndia  120  90\n\n" + STORY):
        assert kind_of(p(text), head) != "boilerplate", text
    assert head in body_text(p(_HEAD + STORY + "\n" + head + "\nRussia  1,240.5  190\nIndia  120  90\n\n" + STORY))
    # look-alikes: a menu over a story's paragraph, or over a row with fewer cells than its items
    for text in (_HEAD + STORY + "\nNews  Sport  Live TV\n\n" + STORY,
                 _HEAD + STORY + "\nNews  Sport  Live TV\nRussia  240\n\n" + STORY):
        assert kind_of(p(text), "News  Sport") == "boilerplate", text
