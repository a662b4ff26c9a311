"""Export styles and outlets of the 22nd probe (tests/data/probes/probe22): DW's and VnExpress's page copies, Взгляд,
Радио Свобода, Reuters through an AMP cache, Newsweek, a WeChat article machine-translated. Short synthetic texts,
one rule each; each test also pins look-alike text that must keep its old reading."""

from __future__ import annotations

from presslens.parsing import _find_dates
from style_helpers import STORY, body_text, kind_of, p


def test_names_apart_by_a_bar_over_the_date_line_are_the_byline():
    art = p("DW\nПолитика\nЭкономика\nКультура\n\nПолитика\n\nПочему Пекин настороженно следит за Москвой\n\n"
            "В Китае приветствуют переговоры, но опасаются последствий. Анализ DW.\n\n"
            "Юлия Вишневецкая | Максим Нелюбин\n20.02.2025\n\n" + STORY)
    assert art.title == "Почему Пекин настороженно следит за Москвой"
    assert art.authors == ["Юлия Вишневецкая", "Максим Нелюбин"]
    assert body_text(art).startswith("Russia and China signed") and "Анализ DW" not in body_text(art)
    # a section and its rubric apart by a bar are no people
    art = p("Talks in Beijing end\n\nChina | Unequal partners\nMay 2, 2025\n\n" + STORY)
    assert art.authors == []


def test_a_subheading_may_end_in_a_quoted_phrase():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nНасколько реален «обратный Киссинджер»\n\n"
            "Most experts consider the scenario unlikely, officials said.\n\n"
            "Energy cooperation remains the \"ballast stone\"\n\nRussia remained China's largest oil supplier.\n")
    assert art.subheadings == ["Насколько реален «обратный Киссинджер»", "Energy cooperation remains the \"ballast stone\""]
    # a signature "Name, «Outlet»" and a whole line in quotes stay as they were read
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nИрина Ильина, «Фонтанка.ру»\n\n"
            "«Мы выступаем за расчеты в юанях»\n\nMost experts consider the scenario unlikely, officials said.\n")
    assert art.subheadings == []


def test_a_headline_under_the_date_and_byline_lines():
    art = p("VnExpress International\nNews\nBusiness\nWorld\n\nWorld\nThursday, 16/5/2024, 18:32 (GMT+7)\n\n"
            "Putin, Xi pledge new era of partnership in Beijing talks\n\n" + STORY)
    assert art.title == "Putin, Xi pledge new era of partnership in Beijing talks"
    assert art.published[:10] == "2024-05-16" and art.section == "World"
    assert body_text(art).startswith("Russia and China signed") and "Business" not in body_text(art)
    art = p("ВЗГЛЯД / Деловая газета\nГлавная\nПолитика\n\nЭкономика\n21 марта 2023, 14:05\n\nТекст: Ольга Самохина\n\n"
            "Россия и Китай договорились нарастить поставки газа\n\nФото: Сергей Бобылев/ТАСС\n\n" + STORY)
    assert art.title == "Россия и Китай договорились нарастить поставки газа"
    assert art.authors == ["Ольга Самохина"] and body_text(art).startswith("Russia and China signed")
    # a line under the date with a short line under it keeps its reading (the story's first line after the title,
    # not a headline over the story) and the labels keep theirs
    art = p("World\nNews\n\nMay 2, 2025\n\nTalks in Beijing end on Friday\n\nPart one\n\n" + STORY)
    assert (art.title, art.source, art.section) == ("Talks in Beijing end on Friday", "News", "World")
    assert body_text(art).startswith("Part one")


def test_agencies_listed_in_a_bylines_parentheses():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nBy Hoai Linh (Reuters, AFP)\n")
    assert art.authors == ["Hoai Linh"] and art.agencies == ["Reuters", "AFP"]
    # a place and a role in the parentheses name no agency
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nBy Hoai Linh (Hanoi, correspondent)\n")
    assert art.authors == ["Hoai Linh"] and art.agencies == []


def test_read_next_and_related_heads_and_a_pages_story_buttons_close_the_story():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nRead Next\nChina\nChina's ex-foreign minister removed "
            "from post\nAsia Pacific\nJapan, U.S. hold joint exercises\n")
    assert "removed from post" not in body_text(art) and "customs data showed" in body_text(art)
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nТакже по теме:\nПесков: Визит открывает новую главу\n"
            "Запад раскритиковал мирный план\n")
    assert "Песков" not in body_text(art)
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nRequest Reprint & Licensing\nSubmit Correction\n"
            "View Editorial Guidelines\n")
    body = body_text(art)
    assert "Reprint" not in body and "Correction" not in body and "Guidelines" not in body
    # a story's sentence naming a correction, and one reading next stay
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nThe ministry will submit a correction to the "
            "agreement, officials said.\n")
    assert "submit a correction" in body_text(art)


def test_a_year_glued_to_the_time_in_a_date_line():
    art = p("China, Russia start joint naval drills\n\nBy Reuters\nJuly 20, 20231:22 PM GMT+8Updated a year ago\n\n"
            + STORY)
    assert art.published[:16] == "2023-07-20T13:22"
    assert kind_of(art, "July 20") == "date" and body_text(art).startswith("Russia and China signed")
    # five digits with no time after them are no year
    assert _find_dates("Trade rose to 20231 tonnes on May 2") == []


def test_a_desk_in_a_reporting_line_is_no_author():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nReporting by Liz Lee and Beijing newsroom; "
            "Editing by Christian Schmollinger\n")
    assert art.authors == ["Liz Lee"]
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nReporting by Liz Lee and Olga Deskova; "
            "Editing by Christian Schmollinger\n")
    assert art.authors == ["Liz Lee", "Olga Deskova"]


def test_the_first_label_the_story_says_people_told_is_the_outlet():
    art = p("Newsweek\nU.S.\nWorld\n\nWorld\n\nChina says joint bomber flight near Alaska aimed at no one\n\n"
            "Published Jul 26, 2024 at 8:47 AM EDT\n\nNewsweek Is A Trust Project Member\n\n" + STORY
            + "\nBrandon Walsh, a national security analyst, told Newsweek: \"This is a signal.\"\n")
    assert art.source == "Newsweek" and "Trust Project" not in body_text(art)
    # a label that people in the story are told nothing by, or a person told something, is no outlet (a label no list
    # of outlets knows: "Newsweek" alone over the menu is the outlet by its name since data/outlets.txt)
    art = p("Tideline\nU.S.\nWorld\n\nWorld\n\nChina says joint bomber flight near Alaska aimed at no one\n\n"
            "Published Jul 26, 2024 at 8:47 AM EDT\n\n" + STORY + "\nThe analyst told Tidelines Review it was a signal.\n")
    assert art.source == ""


def test_a_bio_under_an_about_the_writer_heading_is_the_authors_note():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nAbout the writer\nMicah Dunleavy is a reporter "
            "based in Taipei, Taiwan. He covers China.\n")
    assert "About the writer" not in body_text(art) and "based in Taipei" not in body_text(art)
    assert art.authors == ["Micah Dunleavy"]
    # the same sentence closing a story without the heading is story text
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nMicah Dunleavy is a reporter based in Taipei, "
            "Taiwan. He covers China.\n")
    assert "based in Taipei" in body_text(art)


def test_a_read_later_apps_markdown_fields_linked_byline_and_closing_note():
    art = p("# Russia and China plan joint Arctic shipping company\n\n**Domain:** arctictoday.com\n"
            "**Original URL:** https://www.arctictoday.com/russia-china-arctic-shipping/\n**Reading time:** 5 min\n"
            "**Created at:** 2024-10-09 21:14\n**Tags:** arctic, china\n\n---\n\n"
            "![Container ship in Arkhangelsk](https://www.arctictoday.com/uploads/ship.jpg)\n\n"
            "*The container ship in Arkhangelsk in August 2024. (Rosatom)*\n\n"
            "By [Kari Lindholm](https://www.arctictoday.com/author/kari-lindholm/) · October 7, 2024\n\n" + STORY
            + "\n---\n\n*Saved with wallabag*\n")
    assert (art.authors, art.published[:10]) == (["Kari Lindholm"], "2024-10-07")
    body = body_text(art)
    assert body.startswith("Russia and China signed") and "Reading time" not in body and "wallabag" not in body
    assert "Arkhangelsk" not in body
    # a link after "By" that is no name, a field in bold no header has, and a closing line in italics of the
    # story's stay story text
    art = p("# Talks in Beijing end\n\nOctober 7, 2024\n\n" + STORY + "\nBy [the ministry's count](https://mid.ru/a), "
            "trade rose by a third last year.\n\n**Key points:** the ministry said trade would grow.\n\n"
            "*Russia and China saved the deal with new terms, officials said.*\n")
    body = body_text(art)
    assert "trade rose by a third" in body and "trade would grow" in body and "saved the deal" in body
    assert art.authors == []


def test_a_channel_posts_counters_appeal_buttons_and_sorted_comments():
    art = p("Дзен\nНовости\nВидео\nСтатьи\nВойти\n\nВосточный вектор\n48 тыс подписчиков\nПодписаться\n\nПочему китайские машины дорожают в России\n\n"
            "14 февраля 2024\n12,4 тыс прочитали · 6 мин.\n\n" + STORY + "\nЕсли статья была полезна, ставьте лайк и "
            "подписывайтесь на канал — здесь каждую неделю разборы о Китае.\n\nНравится\n128\nКомментарии\n37\n"
            "Поделиться\n\nКомментарии\nСначала популярные\nСергей М.\nНу а чего ожидали?\nОтветить\n")
    assert kind_of(art, "48 тыс") == "boilerplate" and kind_of(art, "12,4 тыс") == "boilerplate"
    body = body_text(art)
    assert body.startswith("Russia and China signed") and body.endswith("customs data showed.")
    # a story's condition with "useful" and a count in thousands inside a sentence stay
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nIf the talks prove useful, Beijing will follow up "
            "with a visit, officials said.\n\nВ 2023 году продано 48 тыс машин, сообщили дилеры.\n")
    body = body_text(art)
    assert "If the talks prove useful" in body and "48 тыс машин" in body


def test_a_pages_share_comment_print_buttons_and_an_illustrative_photos_note_in_russian():
    art = p("Почему китайские банки отказываются от денег из России\n\n12 марта 2024, 10:15\n\nМирослава Козырева\n\n"
            "Поделиться\nКомментарии\nПечать\n\nИллюстративное фото\n\n" + STORY)
    assert body_text(art).startswith("Russia and China signed")
    # the words inside a sentence stay
    art = p("Talks end\n\nMay 2, 2025\n\n" + STORY + "\nПечать новых банкнот, по словам министра, не планируется.\n")
    assert "Печать новых банкнот" in body_text(art)


def test_a_date_with_the_outlet_or_agency_in_parentheses_and_a_link_to_another_languages_version():
    art = p("Chinese, Russian bombers fly near Japan\n\nMay 24, 2022 (Mainichi Japan)\n\nJapanese version\n\n" + STORY)
    assert (art.published[:10], art.source) == ("2022-05-24", "Mainichi Japan")
    assert body_text(art).startswith("Russia and China signed")
    art = p("Chinese, Russian bombers fly near Japan\n\nMay 24, 2022 (AFP)\n\n" + STORY)
    assert (art.published[:10], art.source, art.agencies) == ("2022-05-24", "", ["AFP"])
    # a weekday or a time zone in the parentheses names no outlet
    art = p("Chinese, Russian bombers fly near Japan\n\nMay 24, 2022 (Tuesday)\n\n" + STORY)
    assert art.source == ""


def test_a_wechat_articles_head_line_prompts_end_mark_and_source_note():
    art = p("Russian scholars: China-Russia trade will not return to high-speed growth\nOriginal Wang Haitao Eurasian "
            "Observation 2024-08-12 20:31 Beijing\n\nClick on the blue word above to follow us\n\n" + STORY
            + "\nSource: Eurasian Observation, compiled from Russian media reports\n\nReviewer: Zhang Qiang\n\nEND\n\n"
            "Scan the QR code to follow us\nRead the original text\n")
    assert (art.published[:16], art.source, art.authors) == ("2024-08-12T20:31", "Eurasian Observation", ["Wang Haitao"])
    body = body_text(art)
    assert body.startswith("Russia and China signed") and body.endswith("customs data showed.")
    # an account's name alone; a sentence opening with "Original" and an "End" in a story stay
    art = p("Trade will not return to high-speed growth\nOriginal Eurasian Observation 2024-08-12 20:31\n\n" + STORY
            + "\nOriginal plans for 2024-2025 were dropped, officials said.\n\nEnd\n")
    assert (art.source, art.authors) == ("Eurasian Observation", [])
    assert "Original plans" in body_text(art)


def test_a_web_mail_printouts_header_lines_and_a_newsletters_issue_field():
    art = p("Gmail - Eurasia Brief: Talks in Beijing end\n\nGmail\tJonas Weber <jonas.weber@gmail.com>\n"
            "Eurasia Brief: Talks in Beijing end\n1 message\nEurasia Brief <newsletter@eurasiabrief.com>\t"
            "Fri, Apr 4, 2025 at 7:02 AM\nReply-To: Eurasia Brief <reply@eurasiabrief.com>\nTo: jonas.weber@gmail.com\n\n"
            "View this email in your browser\n\nIssue #112 | April 4, 2025\n\n" + STORY)
    assert (art.published[:16], art.source) == ("2025-04-04T07:02", "Eurasia Brief")
    body = body_text(art)
    assert body.startswith("Russia and China signed") and "jonas" not in body and "Issue" not in body
    # a story opening with the word, and an issue named in a sentence, keep their reading
    art = p("Gmail users in Russia report outages\n\nMay 2, 2025\n\n" + STORY + "\nIssue #112 of the bulletin | "
            "the ministry said on May 2, 2025, was delayed.\n")
    assert art.source == "" and "Issue #112 of the bulletin" in body_text(art)
