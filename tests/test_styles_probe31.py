"""Export styles and outlets of the 31st probe (tests/data/probes/probe31): a LexisNexis record's "Section:" field with
its print page ("WORLD NEWS; Pg. 4"), an outlet's dotted name in a sentence ("рассказала Сибирь.Реалии активистка"),
a Japanese or Chinese date line ("2024年12月1日 10時30分", NHK's pages in other languages), a known masthead over a
language switcher and the desk's line ("NHK WORLD-JAPAN" / "Русский" / "Новости"), Дзен's "Вам также может
понравиться" links inside the story and a channel's appeal asked as a question ("Понравилась статья? Ставьте лайк
..."), a photo's caption on the line right under its credit in plain text ("Фото: пресс-служба порта" / "Угольный
терминал в порту"), and a wire's agency alone under its byline ("By DASHA LITVINOVA and KEN MORITSUGU" / "Associated
Press"); its second pass: an e-mail address in angle brackets, an update's date line without a year, a mail's message
quoted line by line ("> "), a chat's export (WhatsApp, Telegram Desktop), a site's menu row over the date line, a
series' name between the section and the headline and a "Name in City" byline. Short synthetic texts, one rule each; each test also pins look-alike text that must keep its old reading."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p, sents

_STORY_RU = ("Китайские банки в марте ужесточили проверку платежей из России, сообщили участники рынка.\n\n"
             "По их словам, крупные банки КНР фактически перестали принимать переводы от российских компаний.\n\n"
             "Эксперты считают, что проблема носит временный характер, хотя сделки и дорожают.\n")
_HEAD_RU = "Пекин ужесточил проверку платежей из России\n14 марта 2024 14:05\n\n"
_HEAD = "Xi meets Putin in Kazan\n\nOctober 23, 2024\n\n"


def _lexis(section: str) -> str:
    return ("China's coal imports from Russia hit record\n\nFinancial Times (London, England)\nJanuary 22, 2024 Monday\n\n"
            f"Section: {section}\nLength: 512 words\nByline: Edward White\n\nBody\n\n" + STORY + "\nLoad-Date: January 22, 2024\n")


def test_a_lexis_section_fields_print_page_is_not_the_sections_name():
    assert p(_lexis("WORLD NEWS; Pg. 4")).section == "WORLD NEWS"
    assert p(_lexis("A-SECTION; Pg. A12")).section == "A-SECTION"
    assert p(_lexis("Section A; Column 0; Foreign Desk; Pg. 8")).section == "Section A; Column 0; Foreign Desk"
    # look-alikes: a section without a page, one whose parts are not a page, a page alone
    assert p(_lexis("WORLD NEWS")).section == "WORLD NEWS"
    assert p(_lexis("WORLD NEWS; Version:2")).section == "WORLD NEWS; Version:2"
    assert p(_lexis("Business; Markets")).section == "Business; Markets"
    assert p(_lexis("Pg. 4")).section == "Pg. 4"
    # (review) the page written other ways: in capitals, with its letter after a hyphen, a spread, a Russian database's
    for field, section in (("NEWS; PAGE 4", "NEWS"), ("WORLD; Page A-4", "WORLD"), ("FEATURES; Pg. 4-5", "FEATURES"),
                           ("NEWS; Pg. 12, 13", "NEWS"), ("Экономика; стр. 4", "Экономика")):
        assert p(_lexis(field)).section == section, field
    # look-alikes: a part named with a page's word but no page number, a number that is no page
    assert p(_lexis("Books; Page Turners")).section == "Books; Page Turners"
    assert p(_lexis("Sport; Pages 1970s")).section == "Sport; Pages 1970s"


def test_an_outlets_dotted_name_is_one_word_where_its_second_word_never_stands_alone():
    text = ("Китайская компания получила лес в аренду\n27 ноября 2023 10:15\n\n"
            "Местные экологи опасаются вырубки, рассказала Сибирь.Реалии активистка из Читы.\n\n"
            "Жители соседних сел рассказали Сибирь.Реалии, что узнали о сделке из соцсетей.\n\n" + _STORY_RU
            + "\nСибирь.Реалии\n")
    art = p(text)
    assert "рассказала Сибирь.Реалии активистка из Читы." in sents(art)[0]
    assert not art.repairs
    # look-alikes: a glued full stop before a word the text writes alone too is a lost space, in English and Russian
    art = p(_HEAD + "Russia wants security.Kishida said the talks were useful, officials said.\n\n"
            "Kishida later left Beijing for Tokyo, where he met reporters.\n\n" + STORY)
    assert any(r.rule == "missing space" for r in art.repairs)
    assert "Russia wants security." in sents(art)
    art = p(_HEAD_RU + "Стороны обсудили поставки газа.Песков добавил, что переговоры продолжатся.\n\n"
            "Песков не назвал сроков подписания контракта.\n\n" + _STORY_RU)
    assert "Стороны обсудили поставки газа." in sents(art)
    # a second word written alone once, and in the pair twice, still splits
    art = p(_HEAD + "The deal was signed.Gazprom said so twice.\n\nThe board agreed.Gazprom then left.\n\n"
            "Gazprom has lost most of its European customers since the war began.\n\n" + STORY)
    assert sum(r.rule == "missing space" for r in art.repairs) == 2
    # (review) a family of dotted names sharing the second word, and one name in its grammatical cases: the second
    # word still never stands alone ("Сибирь.Реалии" and "Север.Реалии"; "Газета.Ru", "Газете.Ru")
    art = p(_HEAD_RU + "Об этом рассказали Сибирь.Реалии и Север.Реалии со ссылкой на жителей.\n\n" + _STORY_RU)
    assert not art.repairs and "Об этом рассказали Сибирь.Реалии и Север.Реалии со ссылкой на жителей." in sents(art)
    art = p("Газета.Ru\n\n" + _HEAD_RU + "«Спрос сохранится», — пояснил «Газете.Ru» аналитик.\n\n" + _STORY_RU)
    assert not art.repairs
    # look-alike: the same family with the second word written alone too is glued text (the old reading)
    art = p(_HEAD_RU + "Об этом рассказали Сибирь.Реалии и Север.Реалии со ссылкой на жителей.\n\n"
            "Реалии таковы, считают эксперты.\n\n" + _STORY_RU)
    assert sum(r.rule == "missing space" for r in art.repairs) == 2


def test_a_japanese_or_chinese_date_line_is_the_date():
    text = ("Япония выразила обеспокоенность совместным патрулированием\n\n2024年12月1日 10時30分\n\n" + _STORY_RU)
    art = p(text)
    assert art.published == "2024-12-01T10:30" and kind_of(art, "2024年") == "date"
    assert body_text(art).startswith("Китайские банки в марте")
    art = p("Xi meets Putin in Kazan\n\n2024年3月5日\n\n" + STORY)
    assert art.published == "2024-03-05" and body_text(art).startswith("Russia and China signed")
    # look-alikes: an impossible day, a year alone with its character, the old forms
    art = p("Xi meets Putin in Kazan\n\n2024年13月41日\n\n" + STORY)
    assert art.published == ""
    art = p(_HEAD + "The ministry opened in 2024年, a spokesman said, and it hires staff.\n\n" + STORY)
    assert art.published == "2024-10-23" and "in 2024年, a spokesman said" in body_text(art)
    assert p("Xi meets Putin in Kazan\n\n2024.03.05\n\n" + STORY).published == "2024-03-05"
    # (review) a Japanese page's weekday in brackets, the hour alone, the afternoon's hour
    for line, published in (("2024年3月5日(火) 10時30分", "2024-03-05T10:30"), ("2024年3月5日（火）", "2024-03-05"),
                            ("2024年12月1日 10時", "2024-12-01T10:00"), ("2024年3月5日 午後2時30分", "2024-03-05T14:30")):
        art = p("Xi meets Putin in Kazan\n\n" + line + "\n\n" + STORY)
        assert art.published == published and kind_of(art, line) == "date", line
    # look-alike: such a date inside a story's sentence under the date line is no publication date
    art = p(_HEAD + "A notice dated 2024年3月5日(火) 午後2時 was posted, officials said.\n\n" + STORY)
    assert art.published == "2024-10-23" and "dated 2024年3月5日(火) 午後2時 was posted" in body_text(art)


def test_a_known_masthead_over_furniture_and_the_desk_is_the_source():
    head = "Япония выразила обеспокоенность совместным патрулированием Китая и России\n\n1 декабря 2024 г. 10:30\n\n"
    art = p("NHK WORLD-JAPAN\nРусский\n\nНовости\n" + head + _STORY_RU)
    assert art.source == "NHK WORLD-JAPAN" and art.section == "Новости"
    # look-alikes: the masthead right over the desk (the old rule), a desk's name alone over the headline (a desk,
    # not the outlet), the masthead over furniture and no desk
    art = p("NHK WORLD-JAPAN\n\nНовости\n" + head + _STORY_RU)
    assert art.source == "NHK WORLD-JAPAN" and art.section == "Новости"
    art = p("Foreign Affairs\nXi and Putin Have Bigger Plans Than Ukraine\n\nMay 16, 2024\n\n" + STORY)
    assert art.section == "Foreign Affairs"
    art = p("NHK WORLD-JAPAN\nРусский\n\n" + head + _STORY_RU)
    assert art.source == "NHK WORLD-JAPAN" and art.section != "NHK WORLD-JAPAN"


def test_russian_you_may_also_like_links_and_a_question_appeal_are_furniture():
    text = (_HEAD_RU + _STORY_RU + "\nВам также может понравиться\nТоп-5 китайских кроссоверов 2024 года\n"
            "Как выбрать подержанный автомобиль из Китая\n\nДилеры признаются, что скидки на машины стали меньше.\n\n"
            "Понравилась статья? Ставьте лайк и подписывайтесь на канал!\n")
    body = body_text(art := p(text))
    for line in ("Вам также может понравиться", "Топ-5 китайских", "Как выбрать подержанный", "Понравилась статья"):
        assert line not in body
    assert "Дилеры признаются" in body
    body = body_text(p(_HEAD + STORY + "\nEnjoyed this post? Please subscribe for more.\n"))
    assert "Enjoyed this post" not in body
    # look-alikes: the words inside a story's sentence, a question in a story, the old conditional appeal
    body = body_text(p(_HEAD_RU + "Вам также может понравиться новая модель, считают в компании, и цены на нее ниже.\n\n"
                       + _STORY_RU + "\nПонравилась ли статья чиновникам? Ответа редакция не получила.\n"))
    assert "Вам также может понравиться новая модель" in body and "Понравилась ли статья чиновникам?" in body
    body = body_text(p(_HEAD + STORY + "\nLiked the deal? Please note that Moscow did not, officials said.\n"))
    assert "Liked the deal?" in body
    assert "Если статья" not in body_text(p(_HEAD_RU + _STORY_RU + "\nЕсли статья понравилась, ставьте лайк.\n"))
    assert art.title == "Пекин ужесточил проверку платежей из России"
    # (review) the question asked with its subject: "Вам понравилась статья?", "Did you enjoy this article?"
    body = body_text(p(_HEAD_RU + _STORY_RU + "\nВам понравилась статья? Подписывайтесь на канал.\n"))
    assert "Вам понравилась статья" not in body
    body = body_text(p(_HEAD + STORY + "\nDid you enjoy this article? Please subscribe.\n"))
    assert "Did you enjoy this article" not in body
    # look-alikes: "share" as a noun after the question, the appeal quoted in a story's sentence with its author's words
    body = body_text(p(_HEAD + STORY + "\nLiked the post? Share fell 3% after the results, analysts said.\n"))
    assert "Share fell 3% after the results" in body
    body = body_text(p(_HEAD_RU + _STORY_RU + "\nПонравилась статья? Подписывайтесь, — пишет автор канала, и это "
                       "работает, считает эксперт.\n"))
    assert "пишет автор канала" in body


def test_in_plain_text_the_line_under_a_credit_closing_its_block_is_the_caption():
    head = ("Порт Усть-Луга нарастил отгрузку угля в Китай вдвое\n\nОпубликовано: 12.03.2024 в 14:05\n\n")
    art = p(head + "Фото: пресс-служба порта Усть-Луга\nУгольный терминал в порту Усть-Луга\n\n" + _STORY_RU)
    assert kind_of(art, "Угольный терминал") == "caption" and body_text(art).startswith("Китайские банки в марте")
    assert "Угольный терминал в порту Усть-Луга" in art.captions
    # look-alikes: the line under a blank line after the credit (a subheading's place), the story's first paragraph
    # right under the credit, a caption line with more lines in its block
    art = p(head + "Фото: пресс-служба порта Усть-Луга\n\nУгольный терминал в порту Усть-Луга\n\n" + _STORY_RU)
    assert kind_of(art, "Угольный терминал") != "caption"
    art = p(head + "Фото: пресс-служба порта Усть-Луга\n" + _STORY_RU)
    assert body_text(art).startswith("Китайские банки в марте")
    art = p(head + "Фото: пресс-служба порта Усть-Луга\nУгольный терминал в порту Усть-Луга\n"
            "Отгрузка угля в Китай выросла вдвое, сообщили в порту\n\n" + _STORY_RU)
    assert kind_of(art, "Угольный терминал") != "caption"
    # (review) a line announcing what follows ends in a colon: no caption, in either language (the caption itself
    # without its colon still is one)
    art = p(head + "Фото: пресс-служба порта Усть-Луга\nЧто известно о сделке:\n\n" + _STORY_RU)
    assert kind_of(art, "Что известно о сделке") != "caption"
    assert not any("Что известно" in c for c in art.captions)
    art = p(_HEAD + "Photo: Reuters\nWhat is at stake:\n\n" + STORY)
    assert kind_of(art, "What is at stake") != "caption" and not any("stake" in c for c in art.captions)
    art = p(_HEAD + "Photo: Reuters\nXi Jinping and Vladimir Putin in Kazan\n\n" + STORY)
    assert kind_of(art, "Xi Jinping and Vladimir") == "caption"


def test_an_agency_alone_under_the_byline_is_the_writers_agency():
    text = ("Putin presses Xi on stalled pipeline as talks end without a deal\n\nBy DASHA LITVINOVA and KEN MORITSUGU\n"
            "Associated Press\n\n" + STORY)
    art = p(text)
    assert kind_of(art, "Associated Press") == "agency" and "AP" in art.agencies
    assert body_text(art).startswith("Russia and China signed")
    # look-alikes: the agency under a blank line after the byline, an outlet that is no agency, a longer line
    art = p("Putin presses Xi on stalled pipeline\n\nBy Dasha Litvinova\n\nAssociated Press\n\n" + STORY)
    assert kind_of(art, "Associated Press") != "agency"
    art = p("Putin presses Xi on stalled pipeline\n\nBy Dasha Litvinova\nForeign Policy\n\n" + STORY)
    assert kind_of(art, "Foreign Policy") != "agency" and "Foreign Policy" not in art.agencies
    art = p("Putin presses Xi on stalled pipeline\n\nBy Dasha Litvinova\nAssociated Press reported the talks ended.\n\n"
            + STORY)
    assert "Associated Press reported the talks ended." in body_text(art)
    # (review) the agency under a writer's name with no "By" (an agency's name in capitals is no city they filed from)
    art = p(_HEAD_RU + "Анна Иванова\nТАСС\n\n" + _STORY_RU)
    assert kind_of(art, "ТАСС") == "agency" and art.agencies == ["TASS"] and art.authors == ["Анна Иванова"]
    art = p(_HEAD + "Dasha Litvinova\nAFP\n\n" + STORY)
    assert art.agencies == ["AFP"] and art.authors == ["Dasha Litvinova"]
    # look-alikes: the city in capitals and the place under the name stay the writer's
    art = p(_HEAD_RU + "Анна Иванова\nМОСКВА\n\n" + _STORY_RU)
    assert kind_of(art, "МОСКВА") == "byline" and not art.agencies
    art = p(_HEAD + "Amber Wang\nin Beijing\n\n" + STORY)
    assert kind_of(art, "in Beijing") == "byline" and not art.agencies


def test_a_footers_policy_links_are_furniture():
    art = p(_HEAD + STORY + "\nFollow us\nPrivacy Policy\nTerms of Use\n")
    body = body_text(art)
    assert "Privacy Policy" not in body and "Terms of Use" not in body
    art = p(_HEAD_RU + _STORY_RU + "\nПолитика конфиденциальности\n")
    assert "Политика конфиденциальности" not in body_text(art)
    # look-alikes: the words opening a story's sentence, a heading naming a policy of a government
    art = p(_HEAD + STORY + "\nPrivacy policy changes at the bank drew criticism from regulators, officials said.\n\n"
            + STORY)
    assert "Privacy policy changes at the bank" in body_text(art)
    art = p(_HEAD + STORY + "\nTerms of trade\n\n" + STORY)
    assert kind_of(art, "Terms of trade") != "boilerplate"
    # (review) Russian sites' other names for the same links
    art = p(_HEAD_RU + _STORY_RU + "\nУсловия использования\nПолитика в отношении файлов cookie\n")
    assert kind_of(art, "Условия использования") == kind_of(art, "Политика в отношении") == "boilerplate"
    # look-alike: the words opening a story's sentence
    art = p(_HEAD_RU + _STORY_RU + "\nУсловия использования кредитов изменились весной, сообщили в банке.\n\n"
            + _STORY_RU)
    assert "Условия использования кредитов изменились" in body_text(art)


def _forward(address: str) -> str:
    return ("From: Jane Roe <jane.roe@example.com>\nSent: Thursday, May 16, 2024 3:22 PM\n"
            f"To: Asia Desk {address}\nSubject: FW: Xi meets Putin in Beijing\n\nWorth a read.\n\nJ.\n\n"
            "-----Original Message-----\nFrom: Daily Brief <brief@news.example.org>\n"
            "Sent: Thursday, May 16, 2024 7:01 AM\nTo: Roe, Jane\nSubject: Xi meets Putin in Beijing\n\n" + STORY)


def test_an_email_address_in_angle_brackets_is_not_a_tag():
    # an addressee's address with a hyphen ("<asia-desk@...>") is not read as a custom element's tag: the text stays
    # a plain mail, whose forward line, forwarder's note and quoted header are read as such
    art = p(_forward("<asia-desk@example.com>"))
    assert art.title == "Xi meets Putin in Beijing"
    assert art.source == "Daily Brief"
    assert art.published.startswith("2024-05-16T07:01")
    assert kind_of(art, "Worth a read.") == "boilerplate"
    assert kind_of(art, "To: Asia Desk <asia-desk@example.com>") != "body"
    # look-alikes: the address without a hyphen reads the same as before; a custom element without "@", a mailto link
    # and a tag with an "@" in an attribute are still markup
    art = p(_forward("<asiadesk@example.com>"))
    assert (art.title, art.source) == ("Xi meets Putin in Beijing", "Daily Brief")
    for tag in ("<asia-desk>", '<a href="mailto:asia-desk@example.com">', '<gu-island data-x="a@b.com">'):
        art = p(f"<p>Write to {tag}us</p>\n<p>" + STORY.replace("\n\n", "</p>\n<p>") + "</p>")
        assert kind_of(art, tag) == "markup", tag


def test_an_updated_line_without_a_year_under_the_date_line_is_a_date_line():
    # the update's day and time with no year ("(обновлено: 13 мар, 11:40)", "Updated Mar 13, 11:40") or its time alone
    # ("(updated 11:40)") under a date line with no year: a date line with no date to read, not the story's first line
    for upd in ("(обновлено: 13 мар, 11:40)", "обновлено 13 мар, 11:40", "(updated: Mar 13, 11:40)",
                "Updated Mar 13, 11:40", "(обновлено: 11:40)", "(updated 11:40 am)"):
        art = p("Казахстан и Китай обсудили новый маршрут\n13 мар, 09:12\n" + upd + "\n\n" + STORY)
        assert kind_of(art, upd) == "date", upd
        assert art.published == "", upd  # (no year anywhere: never guessed)
        assert sents(art)[0].startswith("Russia and China signed"), upd
    # look-alikes: an update with its year still gives the date; a labelled line that is no date, and a sentence
    # naming an update's time, keep their reading as story text
    art = p("Казахстан и Китай обсудили новый маршрут\n13 мар, 09:12\n(обновлено: 13 марта 2024, 11:40)\n\n" + STORY)
    assert art.published == "2024-03-13T11:40"
    for line in ("(updated: the ministry revised its figures)", "Updated figures came out on Mar 13, 11:40 local time."):
        art = p("Казахстан и Китай обсудили новый маршрут\n13 мар, 09:12\n" + line + "\n\n" + STORY)
        assert kind_of(art, line) != "date", line


def _quoted(text: str, mark: str = "> ") -> str:
    return "".join(mark + line + "\n" if line else mark.rstrip() + "\n" for line in text.split("\n")[:-1])


_NEWS = "Xi meets Putin in Beijing\n\nBy Jane Roe\n\n" + STORY


def _covered(art) -> bool:
    segs = art.segments
    return segs[0].start == 0 and segs[-1].end == len(art.text) and all(
        a.end == b.start for a, b in zip(segs, segs[1:], strict=False))


def test_a_mails_message_quoted_line_by_line_is_read_unquoted():
    outlook = ("From: Jane Roe <jane.roe@example.com>\nSent: Thursday, May 16, 2024 3:22 PM\nTo: Desk\n"
               "Subject: FW: Xi meets Putin in Beijing\n\nWorth a read.\n\n-----Original Message-----\n"
               "From: Daily Brief <brief@news.example.org>\nSent: Thursday, May 16, 2024 7:01 AM\nTo: Roe, Jane\n"
               "Subject: Xi meets Putin in Beijing\n\n" + _quoted(_NEWS))
    gmail = ("Have a look at this one.\n\nOn Thu, May 16, 2024 at 7:01 AM Tom Lee <tom@example.org> wrote:\n"
             + _quoted(_quoted(_NEWS), "> "))  # a reply quoting a forward: "> > " on each line
    for text in (outlook, gmail):
        art = p(text)
        assert art.title == "Xi meets Putin in Beijing"
        assert art.authors == ["Jane Roe"]
        assert sents(art)[0] == "Russia and China signed a joint statement on Thursday after talks in Beijing, officials said."
        assert ">" not in body_text(art) and "Russia and China signed" in body_text(art)
        assert kind_of(art, "> By Jane Roe") == "markup" and _covered(art)
    assert p(outlook).source == "Daily Brief"
    # a quoted paragraph wrapped over lines is one paragraph, its marks left out of the analysis text
    art = p(outlook.replace("talks in Beijing, officials", "talks in Beijing,\n> officials"))
    assert sents(art)[0] == "Russia and China signed a joint statement on Thursday after talks in Beijing,\nofficials said."
    # look-alikes: a story quoting a line that opens with ">", Markdown quotes inside a story, a quoted block with no
    # mail's sign above it, and a reply whose own text is most of the mail keep their old reading
    story = _NEWS + "\n> This is a quoted line.\n\nThe talks ended on Friday.\n"
    assert p(story).title == "Xi meets Putin in Beijing" and kind_of(p(story), "> This is") != "markup"
    md = _NEWS + "\n" + _quoted("The partnership has no limits, Xi said.\nIt will last, Putin said.\n") + "\n" + STORY
    assert kind_of(p(md), "> The partnership") != "markup"
    assert kind_of(p("Notes from the summit\n\n" + _quoted(_NEWS)), "> By Jane Roe") != "markup"
    reply = ("From: Jane Roe <jane.roe@example.com>\nSubject: Re: summit\n\n" + STORY * 4
             + "On Thu, May 16, 2024 Tom Lee wrote:\n" + _quoted(STORY))
    assert kind_of(p(reply), "> Russia and China") != "markup"


def test_a_chats_export_is_read_without_its_senders_prefixes_and_talk():
    news = "Xi meets Putin in Beijing\nBy Jane Roe\n\n" + STORY
    chats = [
        "[12/03/2024, 14:05] Anna K: Have you seen this?\n[12/03/2024, 14:06] Oleg P: " + news
        + "[12/03/2024, 14:10] Anna K: Thanks!\n[12/03/2024, 14:11] Oleg P: 👍\n",  # WhatsApp on iOS
        "12.03.2024, 14:05 - Анна: Смотрите\n12.03.2024, 14:06 - Олег: " + news
        + "12.03.2024, 14:10 - Анна: Thanks!\n12.03.2024, 14:11 - Олег: 👍\n",  # WhatsApp on Android, Russian
        "Anna K, [12.03.2024 14:05]\nHave you seen this?\n\nOleg P, [12.03.2024 14:06]\n" + news
        + "\nAnna K, [12.03.2024 14:10]\nThanks!\n",  # Telegram Desktop's plain text
    ]
    for text in chats:
        art = p(text)
        assert art.title == "Xi meets Putin in Beijing", text[:30]
        assert art.authors == ["Jane Roe"], text[:30]
        assert sents(art)[0].startswith("Russia and China signed"), text[:30]
        assert "Thanks!" not in body_text(art) and "14:0" not in body_text(art), text[:30]
        assert kind_of(art, "Thanks!") == "boilerplate", text[:30]
        assert art.published == "2024-03-12T14:06", text[:30]  # nothing else dates it: the day it was sent
    # a date in the article wins over the day the message was sent
    art = p(chats[0].replace("By Jane Roe\n", "By Jane Roe\nMarch 10, 2024\n"))
    assert art.published == "2024-03-10"
    # look-alikes: a story quoting a timestamped chat line, a transcript's "[14:05] Speaker:" lines and a text with
    # two messages keep their old reading
    quoting = (news + "[12/03/2024, 14:05] Anna K: see you there\n[12/03/2024, 14:06] Oleg P: ok\n"
               "[12/03/2024, 14:07] Anna K: bye\n")
    assert p(quoting).title == "Xi meets Putin in Beijing" and kind_of(p(quoting), "[12/03/2024, 14:05]") != "markup"
    transcript = "Press briefing\n\n[14:05] Speaker: Good afternoon.\n[14:06] Reporter: A question.\n[14:07] Speaker: Yes.\n"
    assert kind_of(p(transcript), "[14:05] Speaker:") != "markup"
    two = "[12/03/2024, 14:05] Anna K: Have you seen this?\n[12/03/2024, 14:06] Oleg P: " + news
    assert kind_of(p(two), "[12/03/2024, 14:06]") != "markup"


_STORY_LONG = ("Переговоры о газопроводе остаются в тупике, несмотря на регулярные заявления о прогрессе, пишет газета со "
               "ссылкой на источники в обеих столицах.\n\n" + _STORY_RU)


def test_a_masthead_over_its_menu_row_and_the_date_line_is_no_headline():
    # the site's name, its menu on one line ("Лента новостей  Аналитика  Интервью") and the date line (the outlet and
    # the rubric after the date or not) over the headline: the headline is the line under the date line
    for date in ("14 июня 2024, 16:45 — Восток Сегодня — Аналитика", "14 июня 2024, 16:45 | Аналитика",
                 "14 июня 2024, 16:45"):
        art = p("Восток Сегодня\nЛента новостей  Аналитика  Интервью\n\n" + date
                + "\n\nПекин не спешит: почему газопровод снова откладывается\n\n" + _STORY_LONG)
        assert art.title == "Пекин не спешит: почему газопровод снова откладывается", date
        assert art.published == "2024-06-14T16:45", date
        assert sents(art)[0].startswith("Переговоры о газопроводе"), date
    # look-alikes: with no menu row, or no site's name over it, the headline is read as before; with no date line under
    # the menu row, no headline is looked for under it (the first line is still taken for the title, as before)
    for head in ("Восток Сегодня\n\n14 июня 2024, 16:45\n\n", "Лента новостей  Аналитика  Интервью\n\n14 июня 2024, 16:45\n\n"):
        art = p(head + "Пекин не спешит: почему газопровод снова откладывается\n\n" + _STORY_LONG)
        assert (art.title, art.published) == ("Пекин не спешит: почему газопровод снова откладывается",
                                              "2024-06-14T16:45"), head
    art = p("Восток Сегодня\nЛента новостей  Аналитика  Интервью\n\nПекин не спешит: почему газопровод снова "
            "откладывается\n\n" + _STORY_LONG)
    assert art.title == "Восток Сегодня"


def _print_page(block: str, by: str = "Jane Roe in Almaty") -> str:
    return ("The Independent\nTue 12 Mar 2024 06.00 GMT\n\n" + block + "\n\nAstana wants Chinese money and Russian "
            "goodwill – and the balance is getting harder to keep\n\n" + by + "\n\nThis article is more than 2 years old"
            "\n\nMain image: A freight train at the border. Photograph: Ivan Petrov/Reuters\n\n" + STORY)


def test_a_series_line_between_the_section_and_the_headline_and_a_name_in_city_byline():
    head = "Kazakhstan caught between old master and new lender"
    # the section, a series' name and the headline in one block: the headline is the title, the series' name no title
    # nor story; "Name in City" right under the standfirst is the byline
    art = p(_print_page("World news\nCentral Asia\n" + head))
    assert (art.title, art.section, art.authors) == (head, "World news", ["Jane Roe"])
    assert kind_of(art, "Central Asia") == "header" and kind_of(art, "Jane Roe in Almaty") == "byline"
    assert sents(art)[0].startswith("Russia and China signed")
    art = p(_print_page("Central Asia\n" + head))  # no section's line: the byline is read all the same
    assert art.title == head and art.authors == ["Jane Roe"]
    # look-alikes: the series' line set apart from the headline by a blank line, or a "headline" closed by a full stop,
    # keep the old reading (the short line is the title); a name alone under the standfirst is no byline
    for block in ("World news\nCentral Asia\n\n" + head, "World news\nCentral Asia\n" + head + "."):
        assert p(_print_page(block)).title == "Central Asia", block
    art = p(_print_page("World news\nCentral Asia\n" + head, by="Jane Roe"))
    assert art.authors == [] and kind_of(art, "Jane Roe") != "byline"


def test_a_menu_row_of_single_words_under_the_sites_name_is_a_label_over_a_yearless_date_line():
    head = "Казахстан и Китай обсудили новый маршрут в обход Урала"
    # the site's name, its menu on one line in single words, the section and the headline in one block, then a date
    # line without a year: the headline is the title, the section the section, the date line a date (no year: no date)
    art = p("Вести Степи\nНовости  Экономика  Мнения  Радио\n\nЭкономика\n" + head + "\n\n13 мар, 09:12\n\n" + _STORY_LONG)
    assert (art.title, art.section, art.published) == (head, "Экономика", "")
    assert kind_of(art, "13 мар, 09:12") == "date" and sents(art)[0].startswith("Переговоры о газопроводе")
    # look-alikes: the same page with the date's year, with no site's name over the menu, with the menu row under the
    # headline, or a menu of three items, are read as before
    for text in ("Вести Степи\nНовости  Экономика  Мнения  Радио\n\nЭкономика\n" + head + "\n\n13 марта 2024, 09:12\n\n",
                 "Новости  Экономика  Мнения  Радио\n\nЭкономика\n" + head + "\n\n13 мар, 09:12\n\n",
                 "Вести Степи\n\nЭкономика\n" + head + "\nНовости  Экономика  Мнения  Радио\n\n13 мар, 09:12\n\n",
                 "Вести Степи\nНовости  Экономика  Мнения\n\nЭкономика\n" + head + "\n\n13 мар, 09:12\n\n"):
        art = p(text + _STORY_LONG)
        assert (art.title, art.section) == (head, "Экономика"), text[:40]


# Review of the second pass's rules (look-alikes they misread, plain variants they missed)

def test_a_quoted_mails_sign_is_a_mail_header_a_replys_line_or_a_forwards_line():
    # variants: Thunderbird's Russian "... пишет:", a localized Gmail's "..., Tom Lee <tom@example.org>:", a forward's
    # line alone over the quoted message, Russian Outlook's header fields
    for head in ("Смотри.\n\n15.05.2024 07:01, Tom Lee пишет:\n",
                 "Смотри.\n\nср, 15 мая 2024 г. в 7:01, Tom Lee <tom@example.org>:\n",
                 "-------- Forwarded Message --------\n", "From: Tom Lee <tom@example.org>\n\n",
                 "От: Анна <a@example.ru>\nОтправлено: 12 марта 2024 г. 14:05\nКому: Олег\nТема: FW: саммит\n\n"):
        art = p(head + _quoted(_NEWS))
        assert kind_of(art, "> By Jane Roe") == "markup" and art.authors == ["Jane Roe"], head
        assert ">" not in body_text(art), head
    # look-alikes: a post or note with one "From:" or "Subject:" line over a Markdown quote is no mail (its quote keeps
    # its marks in the text, as before); a line ending in a colon that is no address keeps it so too
    for head in ("Posted by u/someone 3 hours ago\n\nFrom: my notes on the summit\n\n", "Subject: my notes on the summit\n\n",
                 "Notes: what the press wrote about it:\n"):
        art = p(head + _quoted(_NEWS) + "\nWhat do you all think?\n")
        assert kind_of(art, "> By Jane Roe") != "markup", head


def test_a_live_blogs_timestamped_entries_are_no_chat_and_telegrams_short_year_is_one():
    entry = "Officials in Beijing said the talks would continue next week, and more meetings are planned for the autumn.\n"
    # look-alikes: a live blog's entries each opening with the day and time ("12.03.2024, 14:05 - Update: ...", a
    # WhatsApp line's shape) keep their text: none holds most of it, so no entry is the article and the others talk
    for fmt in ("12.03.2024, 14:0{} - Update: ", "[12.03.2024, 14:0{}] Update: "):
        art = p("".join(fmt.format(i) + entry for i in range(6)))
        assert kind_of(art, fmt.format(5)) != "boilerplate" and len(sents(art)) >= 6, fmt
    # variant: Telegram Desktop's line with a two-digit year is a sender's line as with four
    news = "Xi meets Putin in Beijing\nBy Jane Roe\n\n" + STORY
    art = p("Anna K, [12.03.24 14:05]\nHave you seen this?\n\nOleg P, [12.03.24 14:06]\n" + news
            + "\nAnna K, [12.03.24 14:10]\nThanks!\n")
    assert kind_of(art, "Oleg P, [12.03.24 14:06]") == "markup" and kind_of(art, "Have you seen") == "boilerplate"
    assert art.title == "Xi meets Putin in Beijing" and art.authors == ["Jane Roe"]


def test_an_update_line_at_a_time_with_its_zone_is_a_date_line():
    for upd in ("Updated at 11:40 GMT", "(обновлено в 11:40 МСК)", "Updated: 11:40 am ET"):
        art = p("Казахстан и Китай обсудили новый маршрут\n13 мар, 09:12\n" + upd + "\n\n" + STORY)
        assert kind_of(art, upd) == "date" and art.published == "", upd
        assert sents(art)[0].startswith("Russia and China signed"), upd
    # look-alikes: an "Updated at ..." line that is no time, and a time followed by words, stay story text
    for line in ("Updated at the ministry's request", "Updated 11:40 figures came out"):
        art = p("Казахстан и Китай обсудили новый маршрут\n13 мар, 09:12\n" + line + "\n\n" + STORY)
        assert kind_of(art, line) != "date", line


def test_a_name_in_city_line_the_headline_names_is_no_byline():
    # a subheading naming the story's subject where it went ("Xi Jinping in Moscow", the headline names Xi) under the
    # standfirst is no byline; the writer's "Name in City" there still is
    art = p(_print_page("World news\nCentral Asia\nXi Jinping courts Kazakhstan with money and a new rail corridor",
                        by="Xi Jinping in Moscow"))
    assert art.authors == [] and kind_of(art, "Xi Jinping in Moscow") != "byline"
    art = p(_print_page("World news\nCentral Asia\nXi Jinping courts Kazakhstan with money and a new rail corridor"))
    assert art.authors == ["Jane Roe"] and kind_of(art, "Jane Roe in Almaty") == "byline"


def test_a_writers_name_under_the_lead_photos_credit_is_the_byline():
    # (review 2) a name alone on the line under the credit, the story's date line under its blank line: the writer,
    # not the photo's caption, in either language
    head = "Kazakhstan and China agree on a new freight route\n\n"
    for credit, name, authors in (("Photo: Reuters", "Jane Smith", ["Jane Smith"]),
                                  ("Фото: Reuters", "Иван Петров", ["Иван Петров"]),
                                  ("Photo: AFP", "Jane Smith in Astana", ["Jane Smith"]),
                                  ("Photo: AP", "Jane Smith and John Roe", ["Jane Smith", "John Roe"])):
        art = p(head + f"{credit}\n{name}\n\nMay 16, 2024\n\n" + STORY)
        assert kind_of(art, name) == "byline", name
        assert art.authors == authors and name not in art.captions
        assert art.published == "2024-05-16" and body_text(art).startswith("Russia and China signed")
    # look-alikes: the photo's title under its credit stays its caption, and so do people the headline names (the
    # photo's subjects), their "and" written in the headline too
    art = p(head + "Фото: пресс-служба порта Усть-Луга\nУгольный терминал в порту Усть-Луга\n\nMay 16, 2024\n\n" + STORY)
    assert kind_of(art, "Угольный терминал") == "caption" and not art.authors
    art = p("Tokayev and Xi agree on a new freight route\n\nPhoto: Reuters\nKassym-Jomart Tokayev and Xi Jinping\n\n"
            "May 16, 2024\n\n" + STORY)
    assert kind_of(art, "Kassym-Jomart Tokayev and") == "caption" and not art.authors


def test_a_word_glued_after_a_lower_case_sentence_end_is_a_lost_space_however_often():
    # (review 2) a word that only ever opens sentences, each time glued to the stop before it: lost spaces, after a
    # word in lower case or a capitalized one, in English and Russian
    art = p(_HEAD + "Officials met on Monday to discuss a ceasefire.However, both sides agreed to meet again.\n\n"
            "The envoy left the capital on Tuesday.However, the guns fell silent by evening.\n\n" + STORY)
    assert sum(r.rule == "missing space" for r in art.repairs) == 2
    assert "The envoy left the capital on Tuesday." in sents(art)
    art = p(_HEAD_RU + "Стороны обсудили поставки газа.Однако сроки не названы.\n\n"
            "Делегация покинула Пекин во вторник.Однако переговоры продолжатся.\n\n" + _STORY_RU)
    assert sum(r.rule == "missing space" for r in art.repairs) == 2
    assert "Стороны обсудили поставки газа." in sents(art)
    # look-alikes: an outlet's dotted names, each after a capitalized word, stay one word (see the test above)
    art = p(_HEAD_RU + "Об этом рассказали Сибирь.Реалии и Север.Реалии со ссылкой на жителей.\n\n"
            "Позже Сибирь.Реалии уточнила данные.\n\n" + _STORY_RU)
    assert not art.repairs
    assert "Позже Сибирь.Реалии уточнила данные." in sents(art)
