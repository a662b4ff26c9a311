"""Export styles and outlets of the 20th probe (tests/data/probes/probe20): the Financial Times and The Economist copied
from the browser, Ukrainska Pravda, The Astana Times, MONTSAME, Gazeta.Ru, BBC Russian, Axios, The Straits Times,
Jamestown's Eurasia Daily Monitor, The Barents Observer, an Evernote clip, CNBC, Foreign Affairs, Hindustan Times and
MK. Short synthetic texts, one rule each; each test also pins look-alike story text that must stay."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p


def test_a_tag_named_in_a_sentence_of_a_plain_text_is_words_not_markup():
    art = p("China | Unequal partners\n\nRussia needs China more than China needs Russia\n\nMay 23rd 2024|BEIJING\n\n"
            "Your browser does not support the <audio> element.\n\n" + STORY)
    assert art.title == "Russia needs China more than China needs Russia"
    # real markup stays markup
    art = p("<p>Xi met Putin in Beijing on Thursday, officials said.</p>\n<p>The talks went on.</p>\n")
    assert "<p>" not in body_text(art)


def test_a_label_with_a_rubric_after_a_bar_over_the_headline_and_a_date_with_its_place_in_capitals():
    art = p("China | Unequal partners\n\nRussia needs China more than China needs Russia\n\nBut Xi is in no hurry\n\n"
            "May 23rd 2024|BEIJING\n\n" + STORY)
    assert (art.title, art.published) == ("Russia needs China more than China needs Russia", "2024-05-23")
    assert kind_of(art, "China | Unequal") == "section"
    # a bar between a date and a sentence: no date line
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nMay 23rd 2024 | the talks went on, officials said.\n")
    assert "the talks went on" in body_text(art)


def test_an_audio_players_short_lines_under_its_listen_line_are_furniture():
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\nListen to this story.\nEnjoy more audio and podcasts on iOS or "
            "Android.\n\nOK\n\n" + STORY)
    body = body_text(art)
    assert "Enjoy more audio" not in body and "OK" not in body and body.startswith("Russia and China signed")
    # the byline under the player stays the byline
    art = p("Talks in Beijing end\nMay 2, 2025\nListen to this article\nAmber Wang\nin Beijing\n" + STORY)
    assert art.authors == ["Amber Wang"]


def test_a_print_edition_note_closes_the_story_and_the_lines_under_it():
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nThis article appeared in the China section of the print edition "
            "under the headline \"Unequal partners\"\n\nChina\nFrom the May 25th 2024 edition\nExplore the edition\n")
    body = body_text(art)
    assert "appeared in" not in body and "Explore the edition" not in body and "customs data showed" in body
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nThe story appeared in the local press, which said so.\n")
    assert "appeared in the local press" in body_text(art)


def test_a_copyright_holders_company_name_with_its_year_names_the_outlet():
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nCopyright © The Economist Newspaper Limited 2024. All rights "
            "reserved.\n")
    assert art.source == "The Economist"


def test_a_name_glued_to_a_function_word_where_the_text_writes_the_whole_name_once():
    art = p("Talks\n\nMay 2, 2025\n\nPutin discussed payments with Xi Jinpingand said problems remained.\n\n"
            "Xi Jinping did not comment, officials said.\n")
    at = art.text.index("Jinpingand")
    assert art.analysis(at, at + 10) == "Jinping and"
    # a word ending in a function word, its first part never written as a name: stays
    art = p("Talks\n\nMay 2, 2025\n\nThe Clinton papers were released, officials said.\n\nBill Clint was absent.\n")
    at = art.text.index("Clinton")
    assert art.analysis(at, at + 7) == "Clinton"


def test_additional_reporting_alone_under_a_byline_names_helpers_not_authors():
    art = p("Talks end\nJoe Castellan in Hong Kong\nPublished June 3 2024\n\n" + STORY +
            "\nAdditional reporting by Cheng Leng in Hong Kong\n")
    assert art.authors == ["Joe Castellan"]
    art = p("Talks end\n\nMay 2, 2025\n\n" + STORY + "\nReporting by Laurie Chen; Additional reporting by Ethan Wang\n")
    assert art.authors == ["Laurie Chen", "Ethan Wang"]


def test_a_name_a_dash_and_a_date_is_the_byline_and_the_date():
    art = p("Ukrainska Pravda\nNews\nColumns\n\nChina ready to host peace conference if both sides agree\n\n"
            "Iryna Kutielieva — Tuesday, 4 June 2024, 14:22\n\n" + STORY)
    assert (art.title, art.authors, art.published[:10]) == (
        "China ready to host peace conference if both sides agree", ["Iryna Kutielieva"], "2024-06-04")
    # a place before the dash is no author
    art = p("Talks end in Beijing\n\nHong Kong — Tuesday, 4 June 2024\n\n" + STORY)
    assert art.authors == []


def test_a_source_field_holding_a_sentence_is_story_text():
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nSource: Chinese Foreign Ministry spokesperson Mao Ning at a "
            "briefing on 4 June, as reported by Reuters\n")
    assert art.source != "Chinese Foreign Ministry spokesperson Mao Ning at a briefing on 4 June, as reported by Reuters"
    assert (p("Talks\nSource: The Moscow Times\nMay 2, 2025\n\n" + STORY)).source == "The Moscow Times"


def test_an_appeal_box_of_two_lines_and_the_first_label_it_names_again_is_the_outlet():
    art = p("Ukrainska Pravda\nNews\nColumns\n\nChina ready to host peace conference if both sides agree\n\n"
            "Iryna Kutielieva — Tuesday, 4 June 2024, 14:22\n\n" + STORY +
            "\nSupport Ukrainska Pravda on Patreon!\nUkrainska Pravda is the place for news. Follow us on Twitter, "
            "support us, or become our patron!\n")
    assert "Patreon" not in body_text(art) and art.source == "Ukrainska Pravda"
    # two lines of story that merely mention support stay
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nMoscow will support the plan, officials said.\nBeijing also "
            "said it would back it.\n")
    assert "Moscow will support the plan" in body_text(art)


def test_a_blog_byline_with_its_category_and_the_word_on_before_the_date():
    art = p("The Astana Times\nNation\nPolitics\n\nXi, Putin Meet on Sidelines of SCO Summit in Astana\n\n"
            "By Aiman Nakispekova in Politics on 3 July 2024\n\n" + STORY)
    assert (art.authors, art.section, art.published) == (["Aiman Nakispekova"], "Politics", "2024-07-03")
    art = p("Talks\n\nBy Jane Doe in Beijing on 3 July 2024\n\n" + STORY)
    assert (art.authors, art.section) == (["Jane Doe"], "")


def test_a_name_with_an_initial_and_a_section_between_the_headline_and_the_date():
    art = p("MONTSAME News Agency\nHome\nPolitics\nSociety\n\nMongolia, Russia Discuss Transit Gas Pipeline\n\n"
            "Kh.Aminaa\nPolitics\n2024-09-03 17:45\n\nUlaanbaatar, September 3, 2024 /MONTSAME/. President "
            "Khurelsukh held talks with Putin.\n\nThe talks went on.\n")
    assert (art.authors, art.section, art.agencies) == (["Kh.Aminaa"], "Politics", ["MONTSAME"])
    assert body_text(art).startswith("President Khurelsukh")


def test_link_box_headings_in_russian_and_english_announce_the_lines_under_them():
    art = p("Переговоры\n\n25.06.2024 | 13:47\n\nПереговоры продолжаются, заявил Песков.\n\nСроки не определены.\n\n"
            "Новости и материалы по теме\n«Газпром» нарастил поставки газа в Китай\nНовак назвал сроки подписания\n")
    assert "Газпром" not in body_text(art)
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nDon't miss these insights from CNBC PRO\nGoldman Sachs says "
            "these 5 stocks are set to benefit\n")
    assert "Goldman" not in body_text(art)
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nRelated stories from around the North:\nRussia and China sign "
            "deal, Barents Observer\n")
    assert "sign deal" not in body_text(art)
    # a story sentence on related matters stays
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nRelated stories from Moscow said the same, officials noted.\n")
    assert "Related stories from Moscow" in body_text(art)


def test_a_date_a_dash_and_a_section_and_a_masthead_word_over_it():
    art = p("Axios\nJun 18, 2024 - World\n\nPutin heads to North Korea as China watches warily\n\nDave Lawler\n\n"
            "Kim and Putin in September. Photo: Vladimir Smirnov/Pool/AFP via Getty Images\n\n" + STORY)
    assert (art.source, art.published, art.section, art.title, art.authors) == (
        "Axios", "2024-06-18", "World", "Putin heads to North Korea as China watches warily", ["Dave Lawler"])
    # a date, a dash and a phrase that is no section's name
    art = p("Talks\n\n" + STORY + "\nJun 18, 2024 - the day talks resumed.\n")
    assert "the day talks resumed" in body_text(art)


def test_bbc_language_services_byline_role_caption_and_reading_time():
    art = p("BBC News, Русская служба\nПерейти к содержанию\nГлавная\nРоссия\nМир\n\nПутин в Пекине: что Россия "
            "получила\n\nАвтор, Андрей Горянов\nДолжность, Би-би-си\n17 мая 2024\n\nАвтор фото, Getty Images\n\n"
            "Подпись к фото, Владимир Путин и Си Цзиньпин в Пекине\n\nВремя прочтения: 5 мин\n\n"
            "Визит Владимира Путина в Китай прошел торжественно.\n\nНо вопросы остались.\n")
    assert (art.title, art.authors, art.source) == ("Путин в Пекине: что Россия получила", ["Андрей Горянов"],
                                                    "Русская служба Би-би-си")
    assert body_text(art).startswith("Визит Владимира Путина")
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nАвтор, как и прежде, не назвал источник.\n")
    assert "Автор, как и прежде" in body_text(art)


def test_site_prompts_breadcrumbs_read_links_and_a_bylines_place():
    art = p("Home\nWorld News\n\nNews / World News / Putin, Xi hail 'best ever' ties at SCO summit\n\n"
            "Putin, Xi hail 'best ever' ties at SCO summit\n\nBy Karan Mehrotra, New Delhi\nJul 04, 2024 06:12 PM IST\n\n"
            + STORY + "\nRead | SCO summit: Jaishankar calls for zero tolerance\n\nThe summit ended on Thursday.\n\n"
            "Join ST's Telegram channel and get the latest breaking news delivered to you.\n"
            "Catch all the Latest India News, Breaking News Events and Latest News Updates.\n")
    body = body_text(art)
    assert art.authors == ["Karan Mehrotra"]
    assert "Jaishankar" not in body and "Telegram" not in body and "Catch all" not in body
    assert "News / World News" not in body and "The summit ended on Thursday." in body
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nLatest news from the front was grim, officials said.\n")
    assert "Latest news from the front" in body_text(art)


def test_agencies_in_capitals_on_their_own_line_close_the_story():
    art = p("Drills begin\n\nJul 21, 2023\n\n" + STORY + "\nREUTERS, AFP\n")
    assert set(art.agencies) == {"Reuters", "AFP"} and "REUTERS" not in body_text(art)
    art = p("Drills begin\n\nJul 21, 2023\n\n" + STORY + "\nNATO, EU\n")
    assert art.agencies == []


def test_a_video_players_lines_in_the_stories_flow():
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nWATCH NOW\nVIDEO 02:41\nChina-Russia trade surges as sanctions bite\n"
            "Squawk Box Asia\n\nRussia became China's largest supplier of crude oil last year.\n")
    body = body_text(art)
    assert "Squawk" not in body and "surges as sanctions bite" not in body and "largest supplier" in body


def test_a_standfirst_in_title_case_is_no_line_of_names_and_a_magazines_issue_is_no_story():
    art = p("Foreign Affairs\nSubscribe\n\nESSAY\n\nThe Myth of the Sino-Russian Alliance\nWhy Beijing and Moscow Will "
            "Stay Partners, Not Allies\n\nBy Elena Marsh and Thomas Whitcombe\nMay/June 2024\nPublished on April 23, "
            "2024\n\n" + STORY)
    assert art.authors == ["Elena Marsh", "Thomas Whitcombe"]
    assert "May/June" not in body_text(art)
    art = p("Talks in Beijing end\n\nJane Smith and John Roe\nMay 2, 2025\n\n" + STORY)
    assert art.authors == ["Jane Smith", "John Roe"]


def test_a_clippers_fields_under_the_notes_title_and_the_sites_name_over_the_byline():
    art = p("Kyrgyzstan: Rail link to China breaks ground\n\nClipped from: https://eurasianet.org/rail-link\n"
            "Created: 12/28/2024 9:14 AM\nTags: Central Asia, railways\n\nEurasianet\nBakyt Osmonov\nDec 27, 2024\n\n"
            + STORY)
    assert (art.title, art.source, art.authors, art.published) == (
        "Kyrgyzstan: Rail link to China breaks ground", "Eurasianet", ["Bakyt Osmonov"], "2024-12-27")
    # a word naming no site of the clip's address stays no source
    art = p("Kyrgyzstan: Rail link to China breaks ground\n\nClipped from: https://example.org/rail-link\n\n"
            "Railways\nBakyt Osmonov\nDec 27, 2024\n\n" + STORY)
    assert art.source != "Railways"


def test_a_summarys_heading_and_its_points_opening_the_body_are_no_story():
    art = p("Trade hits record\n\nJan 18, 2024\n\nKEY POINTS\nTrade hit a record $240.1 billion in 2023.\n"
            "Exports to Russia jumped by almost 47%.\n\n" + STORY)
    body = body_text(art)
    assert "KEY POINTS" not in body and "jumped by almost 47%" not in body and body.startswith("Russia and China")
    art = p("Trade\n\nJan 18, 2024\n\nExecutive Summary:\n\nChinese firms are expanding.\nOfficials worry.\n\n" + STORY)
    assert "Executive Summary" not in body_text(art) and body_text(art).startswith("Russia and China")
    # the same words after story text are story
    art = p("Trade\n\nJan 18, 2024\n\n" + STORY + "\nHighlights\n\nThe summit ended with a joint statement.\n")
    assert "The summit ended" in body_text(art)


def test_a_label_repeating_an_item_of_the_menu_above_the_headline_is_the_section():
    art = p("The Barents Observer\nArctic\nClimate Crisis\nIndustry and Energy\nSecurity\n\nIndustry and Energy\n\n"
            "Chinese ships make record number of Arctic voyages\n\nThe growing presence of Chinese shipping comes as "
            "Moscow and Beijing set up a commission.\n\nIngrid Rognli\nOctober 8, 2024\n\n" + STORY)
    assert art.section == "Industry and Energy"


def test_a_source_note_in_brackets_alone_on_its_line_is_a_credit():
    art = p("Footprint in the Far East\n\nJune 26, 2024\n\n(Source: Kremlin.ru)\n\n" + STORY)
    assert kind_of(art, "(Source: Kremlin.ru)") == "credit"
    art = p("Footprint\n\nJune 26, 2024\n\n" + STORY + "\n(Source: officials said the talks went well, and more.)\n")
    assert "officials said the talks went well" in body_text(art)
