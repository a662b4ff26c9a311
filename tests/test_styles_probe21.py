"""Export styles and outlets of the 21st probe (tests/data/probes/probe21): an AP wire's slug copy, Sputnik International,
Daily Sabah, The Times of India, a Telegram web preview, a VK post with its comments, Xinhua's Russian service and
Fontanka. Short synthetic texts, one rule each; each test also pins look-alike story text that must stay."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p


def test_a_pages_tags_and_widget_lines_under_the_last_sentence_are_furniture():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nRussia\nChina\nSergei Lavrov\nWang Yi\n"
            "Russia-China Relations\n\nDiscussion\nTo participate in the discussion\nlog in or register\nloader\nChats\n\n"
            "Comment\n")
    body = body_text(art)
    assert "Wang Yi" not in body and "log in" not in body and "loader" not in body and "customs data showed" in body
    # a story's last lines of six words and more are no widget's
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nThe talks covered three points\nTrade in national "
            "currencies between the two\nThe gas pipeline through Mongolia to China\nJoint patrols in the Pacific Ocean\n"
            "\nComment\n")
    assert "Joint patrols in the Pacific Ocean" in body_text(art)


def test_a_comments_heading_inside_a_block_of_buttons_starts_the_comments():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nНравится 245\nКомментировать 12\nПоделиться 37\n\n"
            "Иван Сорокин\nОпять меморандумы, а денег как не было\n5 сен в 19:03  Ответить\n\n"
            "Показать следующие комментарии\n")
    body = body_text(art)
    assert "Нравится" not in body and "Опять меморандумы" not in body and "customs data showed" in body
    # a short line of the story naming comments among other lines stays
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nThe ministry said so.\nShow comments of the week\n"
            "and more words here, the ministry said in its statement.\n")
    assert "the ministry said in its statement" in body_text(art)


def test_a_widgets_counters_on_their_own_lines_are_furniture():
    art = p("China trace\n@china_trace\n48.2K subscribers\n1.3K photos\n152 videos\n\nTalks in Beijing end\n\n"
            "May 2, 2025\n\n" + STORY + "\n👍 312  🔥 45  🤔 18\n8.7K views\nedited  14:32\n\nЛАЙК0\nСМЕХ0\n\n17 478\n")
    for line in ("48.2K subscribers", "152 videos", "👍 312", "8.7K views", "edited  14:32", "ЛАЙК0", "17 478"):
        assert kind_of(art, line) == "boilerplate", line
    # a part's number, an episode's, a year: no counters
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nPart 2\n\nThe talks went on, officials said.\n")
    assert kind_of(art, "Part 2") != "boilerplate"


def test_a_wires_slug_editors_note_stamp_and_copyright_in_parentheses():
    art = p("BC-EU--Russia-China, 1st Ld-Writethru\nPutin courts Chinese buyers for gas as Beijing drives a hard bargain\n"
            "Eds: UPDATES with Kremlin comment. With AP Photos.\nBy DARIA LITVINOVA\nAssociated Press\nMOSCOW (AP) — "
            + STORY + "\nFollow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine\n\n"
            "(Copyright 2024 The Associated Press. All rights reserved. This material may not be published.)\n\n"
            "AP-WF-05-28-24 1452GMT\n")
    assert art.title == "Putin courts Chinese buyers for gas as Beijing drives a hard bargain"
    assert (art.published[:16], art.source, art.agencies) == ("2024-05-28T14:52", "The Associated Press", ["AP"])
    body = body_text(art)
    assert body.startswith("Russia and China signed") and "Eds:" not in body and "Follow AP" not in body
    assert "Copyright" not in body
    # a sentence following a story up at its address stays; a date not in the stamp's form is no stamp
    art = p("Talks end\n\nMay 2, 2025\n\n" + STORY + "\nFollow the talks, officials said at the briefing.\n")
    assert "Follow the talks" in body_text(art)


def test_a_source_line_listing_an_agency_among_other_sources_names_no_outlet():
    art = p("Talks end\n\nMay 2, 2025\n\n" + STORY + "\nИсточник: пресс-служба Кремля, РИА Новости\n")
    assert (art.source, art.agencies) == ("", ["RIA Novosti"])
    art = p("Talks end\n\nMay 2, 2025\n\n" + STORY + "\nSource: Global Times\n")
    assert art.source == "Global Times"


def test_an_outlet_with_an_agency_as_the_byline_and_the_place_over_the_date():
    art = p("DAILY SABAH\nWorld\n\nErdogan meets Putin, Xi on sidelines of SCO summit\n\nDAILY SABAH WITH AA\nISTANBUL\n"
            "JUL 03, 2024 - 4:18 PM GMT+3\n\n" + STORY)
    assert (art.source, art.agencies, art.published[:10]) == ("Daily Sabah", ["Anadolu"], "2024-07-03")
    assert body_text(art).startswith("Russia and China signed")
    # "By X with AP" keeps its own reading; a masthead in capitals over the date stays the outlet
    art = p("NATO chief warns China\nBy Eurowire with AFP\nPublished on 14/06/2024 - 09:40\n\n" + STORY)
    assert art.source == "Eurowire"
    art = p("China, Russia vow to push trade to new heights\nCGTN\nUpdated 21:37, 20-Mar-2024\n\n" + STORY)
    assert art.source == "CGTN"


def test_a_wires_end_mark_closes_the_story_and_its_slash_dateline_takes_its_dashes():
    art = p("Си Цзиньпин провел переговоры с Путиным\n\n2024-05-16 15:21:08\n\nПекин, 16 мая /Синьхуа/ -- Председатель "
            "КНР Си Цзиньпин в четверг провел переговоры.\n\nВ переговорах приняли участие официальные лица. -0-\n\n"
            "【Ответственный редактор: 李娜】\n\nДополнительно:\nПутин прибыл в Пекин с визитом\n")
    body = body_text(art)
    assert body.startswith("Председатель КНР") and "-0-" not in body and "Путин прибыл" not in body
    assert "официальные лица." in body
    # a dash inside a sentence, no end mark
    art = p("Talks end\n\nMay 2, 2025\n\n" + STORY + "\nThe score was 2-0 in the end.\n\nThe talks went on, it said.\n")
    assert "The talks went on" in body_text(art)


def test_a_comment_counter_in_the_header_and_a_label_in_full_width_brackets_are_furniture():
    art = p("Китайские машины заняли рынок\n\n12 июня 2024, 14:05\nКомментарии 37\n\n" + STORY +
            "\n【Источник: Синьхуа】\n")
    body = body_text(art)
    assert "Комментарии" not in body and "Источник" not in body and body.startswith("Russia and China signed")


def test_a_headline_printed_twice_under_label_lines_is_the_title():
    """Arab News' and the Times of India's page copies: the site's name and menu, a category, then the headline, and
    the headline again under the share row or the picture. Before, the site's name or the category was the title."""
    from presslens.parsing import parse_text

    story = ("BEIJING: Chinese President Xi Jinping and Russian President Vladimir Putin on Thursday pledged a new era "
             "of partnership between their countries, officials said after the talks.\n\n"
             "The two leaders signed a joint statement on energy, trade and security cooperation in the Chinese "
             "capital.\n")
    headline = "Putin and Xi hail new era in ties, warn US over alliances"
    page = (f"Arab News\nSaudi Arabia\nMiddle-East\nWorld\nBusiness\n\nMain category: World\n\n{headline}\n\n"
            f"Short Url\n\nUpdated 16 May 2024\n\nAFP\nMay 16, 2024 15:27\n\nFollow\n\n{headline}\n\n{story}")
    art = parse_text(page)
    assert art.title == headline and art.source == "Arab News" and art.published.startswith("2024-05-16")
    assert not any(p.startswith("title guessed") for p in art.problems)
    toi = f"News\nWorld News\nChina News\n{headline}\n\n{headline}\n\nShare\n\n{story}"
    art = parse_text(toi)
    assert art.title == headline and art.source != "China News"  # the line above the headline is its category
    # a caption printed twice under the date lines is no headline; a headline first is read as it always was
    scmp = ("China\nDiplomacy\n" + headline + "\nPublished: 6:00am, 20 May 2024\nXi greets Putin in Beijing last week. "
            "Photo: Reuters\nXi greets Putin in Beijing last week. Photo: Reuters\n\n" + story)
    assert parse_text(scmp).title == headline


def test_a_fields_line_with_a_desk_a_site_address_and_a_dated_time_zone_is_metadata():
    """The Times of India's "TOI World Desk / TIMESOFINDIA.COM / Updated: Oct 22, 2024, 21:41 IST": a desk (no
    person), the site by its address and a date with its time zone were three fields no rule read, so the line
    stayed in the story and the article had no date."""
    from presslens.parsing import parse_text

    story = ("NEW DELHI: Chinese President Xi Jinping arrived in the Russian city of Kazan on Tuesday for the annual "
             "Brics summit and held talks with Putin.\n\nPutin greeted Xi as a dear friend, officials said.\n")
    for sep in (" / ", " | "):
        line = sep.join(["TOI World Desk", "TIMESOFINDIA.COM", "Updated: Oct 22, 2024, 21:41 IST"])
        art = parse_text(f"Xi arrives in Kazan for Brics summit\n\n{line}\n\n{story}")
        assert art.published == "2024-10-22T21:41" and art.source == "The Times of India" and art.authors == []
        assert line not in "\n".join(art.text[s:e] for _p, s, e in art.sentences)
    # a person's byline with a dated time zone; a sentence with a slash stays a sentence
    art = parse_text(f"Xi arrives in Kazan\n\nBy Jane Doe | Updated: Oct 22, 2024 21:41 GMT\n\n{story}")
    assert art.authors == ["Jane Doe"] and art.published == "2024-10-22T21:41"


def test_a_dateline_closed_by_a_colon_opens_the_story_without_being_story_text():
    """South Asian and Gulf outlets write "NEW DELHI: Chinese President ..." where wires write "BEIJING (Reuters) -".
    The place is a header; a transcript's speaker in letters without a vowel ("CCTV:") and an agency of three
    letters ("AFP:") are not places."""
    from presslens.parsing import parse_text

    rest = ("Chinese President Xi Jinping arrived in the Russian city of Kazan on Tuesday for the annual Brics summit "
            "and held talks with Putin.\n\nPutin greeted Xi as a dear friend, officials said.\n")
    for place in ("NEW DELHI", "ISLAMABAD", "ABU DHABI"):
        art = parse_text(f"Xi arrives in Kazan\n\nOctober 22, 2024\n\n{place}: {rest}")
        first = art.text[art.sentences[0][1]:art.sentences[0][2]]
        assert first.startswith("Chinese President Xi Jinping arrived"), (place, first)
    for speaker in ("CCTV", "AFP"):
        art = parse_text(f"Regular press conference\n\nOctober 22, 2024\n\n{speaker}: {rest}")
        assert art.text[art.sentences[0][1]:].startswith(f"{speaker}: Chinese President"), speaker


def test_a_lead_photos_caption_closed_by_an_agency_tag_over_the_title_printed_again_is_a_caption():
    head = ("Talks in Beijing end with a pledge of a new era\n\nMay 16, 2024 15:27\n\n"
            "Putin and Xi attend an official welcoming ceremony in Beijing on May 16, 2024. (AFP)\n\n")
    art = p(head + "Talks in Beijing end with a pledge of a new era\n\nBEIJING: " + STORY)
    body = body_text(art)
    assert "welcoming ceremony" not in body and "BEIJING:" not in body and body.startswith("Russia and China signed")
    assert art.captions and art.captions[0].startswith("Putin and Xi attend")
    assert kind_of(art, "Talks in Beijing end with a pledge of a new era\n\nBEIJING") == "title_repeat"
    # under it, a dateline with the agency: the same
    art = p(head + "MOSCOW (AFP) - " + STORY)
    assert "welcoming ceremony" not in body_text(art) and art.captions
    # a story's first paragraph closed by an agency's tag, the story going on under it: story text
    art = p("Talks in Beijing end\n\nMay 16, 2024\n\nPutin and Xi signed a statement on May 16, 2024, officials said. (AFP)\n\n"
            + STORY)
    assert "Putin and Xi signed a statement" in body_text(art) and not art.captions


def test_a_summary_box_under_the_title_printed_again_is_the_lede():
    art = p("Talks in Beijing end with a pledge of a new era\n\nMay 16, 2024\n\n"
            "Putin and Xi attend a ceremony in Beijing on May 16, 2024. (AFP)\n\n"
            "Talks in Beijing end with a pledge of a new era\n\nSummary\nPutin arrived for a two-day state visit\n"
            "Both leaders criticized US alliances in Asia\n\nBEIJING: " + STORY)
    body = body_text(art)
    assert "two-day state visit" not in body and "Summary" not in body and body.startswith("Russia and China signed")
    assert art.lede.startswith("Putin arrived for a two-day state visit")
    # "Summary" as a story's subheading between its paragraphs stays the story's
    art = p("Talks end\n\nMay 16, 2024\n\n" + STORY + "\nSummary\n\nThe talks covered three points, officials said.\n")
    assert "The talks covered three points" in body_text(art)


def test_a_short_links_label_and_a_topics_line_are_furniture():
    art = p("Talks in Beijing end\n\nShort Url\nhttps://arab.news/8y2vq\n\nMay 16, 2024\n\n" + STORY
            + "\nTopics: China Russia Vladimir Putin Xi Jinping\n")
    assert kind_of(art, "Short Url") == "boilerplate" and kind_of(art, "Topics:") == "boilerplate"
    # a story's sentence opening with "Topics" keeps its full stop and stays
    art = p("Talks end\n\nMay 16, 2024\n\n" + STORY + "\nTopics: trade, energy and security were discussed.\n")
    assert "Topics: trade, energy and security were discussed." in body_text(art)


def test_a_galleries_caption_opening_a_paragraph_over_the_dateline_is_a_caption():
    art = p("Russia, China hold joint naval drills\nBy Guy Faulconbridge\nJuly 21, 2023 10:14 AM GMT\n\n"
            "[1/3] Chinese and Russian warships take part in an exercise in this handout picture released July 20, 2023. "
            "China's Ministry of National Defense/Handout via REUTERS\nMOSCOW/BEIJING, July 21 (Reuters) - " + STORY)
    assert art.captions and art.captions[0].startswith("[1/3] Chinese and Russian warships")
    assert body_text(art).startswith("Russia and China signed")
    # a bracketed number opening a story line is no gallery's index
    art = p("Talks end\n\nMay 2, 2025\n\n[1] The ministry said so in a statement on Friday, officials said.\n" + STORY)
    assert "[1] The ministry said so" in body_text(art) and not art.captions


def test_an_agencys_name_over_the_headline_and_a_dated_dateline_give_outlet_title_and_date():
    text = ("РИА Новости\nЛавров: Россия и Китай не создают военный союз\nМОСКВА, 12 апреля 2024 — РИА Новости. Россия и "
            "Китай не создают военный союз, заявил министр Сергей Лавров.\nПо его словам, сотрудничество двух стран не "
            "направлено против третьих стран.\n")
    art = p(text)
    assert (art.title, art.source, art.published) == ("Лавров: Россия и Китай не создают военный союз", "РИА Новости",
                                                      "2024-04-12")
    assert body_text(art).startswith("Россия и Китай не создают") and any("dateline" in x for x in art.problems)
    # a header's date wins over the dateline's; a dateline without its year gives no date
    art = p(text.replace("РИА Новости\n", "РИА Новости\n11 апреля 2024, 18:05\n", 1))
    assert art.published.startswith("2024-04-11")
    assert p(text.replace("12 апреля 2024", "12 апреля")).published == ""
