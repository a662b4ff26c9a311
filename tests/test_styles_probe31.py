"""Export styles and outlets of the 31st probe (tests/data/probes/probe31): a LexisNexis record's "Section:" field with
its print page ("WORLD NEWS; Pg. 4"), an outlet's dotted name in a sentence ("рассказала Сибирь.Реалии активистка"),
a Japanese or Chinese date line ("2024年12月1日 10時30分", NHK's pages in other languages), a known masthead over a
language switcher and the desk's line ("NHK WORLD-JAPAN" / "Русский" / "Новости"), Дзен's "Вам также может
понравиться" links inside the story and a channel's appeal asked as a question ("Понравилась статья? Ставьте лайк
..."), a photo's caption on the line right under its credit in plain text ("Фото: пресс-служба порта" / "Угольный
терминал в порту"), and a wire's agency alone under its byline ("By DASHA LITVINOVA and KEN MORITSUGU" / "Associated
Press"). Short synthetic texts, one rule each; each test also pins look-alike text that must keep its old reading."""

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
