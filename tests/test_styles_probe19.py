"""Export styles and outlets of the 19th probe (tests/data/probes/probe19): press-conference and Kremlin transcripts,
think-tank commentary with a notes list, blog platforms (Substack, Medium), terminal wire copy, Indian, Korean,
Japanese and French outlets in English, TASS in Russian, editors' notes, pull quotes, press releases. Short synthetic
texts, one rule each; each test also pins look-alike story text that must stay."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

# --- the header: where the headline is -----------------------------------------------------------------------------

def test_headline_right_above_the_date_under_lines_that_are_no_labels_by_form():
    art = p("President of Russia\nEvents\nNews\nTranscripts\n\nRussian-Chinese talks\n\nMay 16, 2024\n\n" + STORY)
    assert art.title == "Russian-Chinese talks"
    assert kind_of(art, "Transcripts") != "body" and kind_of(art, "Events") != "body"
    # an issuer's name over a press release's headline is its source
    art = p("U.S. Department of the Treasury\nPress Releases\n\nTreasury Targets Networks Supplying Russia's "
            "Military\n\nJune 12, 2024\n\n" + STORY)
    assert (art.title, art.source) == ("Treasury Targets Networks Supplying Russia's Military",
                                       "U.S. Department of the Treasury")
    # a headline over a standfirst without a full stop, a short label under them: the headline stays the title
    art = p("Xi and Putin sign a pact on energy\nThe leaders of the two countries met again in Beijing\nWorld\n\n"
            "May 16, 2024\n\n" + STORY)
    assert art.title == "Xi and Putin sign a pact on energy"


def test_a_rubric_over_the_date_lines_then_the_headline_and_a_standfirst_over_the_agency_dateline():
    art = p("Международная панорама\n16 мая 2024, 14:25\n\nПутин и Си Цзиньпин договорились расширять сотрудничество "
            "в энергетике\n\nЛидеры двух стран подписали совместное заявление об углублении партнерства\n\n"
            "ПЕКИН, 16 мая. /ТАСС/. Президент России Владимир Путин и председатель КНР Си Цзиньпин договорились "
            "расширять сотрудничество.\n\nВизит продлится до 17 мая.\n")
    assert art.title == "Путин и Си Цзиньпин договорились расширять сотрудничество в энергетике"
    assert art.section == "Международная панорама"
    assert art.lede.startswith("Лидеры двух стран")
    assert body_text(art).startswith("Президент России Владимир Путин")
    # a short headline over the date, then a story paragraph: no rubric
    art = p("Sanctions widen\n\nMay 2, 2025\n\nBeijing, May 16 (Xinhua)，President Xi Jinping held talks。\n\n"
            "The talks continue.\n")
    assert art.title == "Sanctions widen"


def test_blog_platform_headers_and_widgets():
    art = p("Open in app\nSign up\nSign in\nWrite\n\nWhy Central Asia Is Drifting Toward Beijing\nRussia's backyard is "
            "becoming China's marketplace\nDaniyar Sultanov\nFollow\nPublished in\nGeopolitical Notes\n·\n7 min read\n"
            "·\nMar 12, 2024\n312\n4\nListen\nShare\n\n" + STORY)
    assert (art.title, art.authors, art.source, art.published) == (
        "Why Central Asia Is Drifting Toward Beijing", ["Daniyar Sultanov"], "Geopolitical Notes", "2024-03-12")
    assert body_text(art).startswith("Russia and China signed")
    art = p("The Eurasia Ledger\nSubscribe\nSign in\n\nDiscover more from The Eurasia Ledger\nMoney, energy and power "
            "between Russia and China.\nOver 12,000 subscribers\nSubscribe\n\nPower of Siberia 2 is still stuck\n"
            "Gazprom's numbers and Beijing's patience tell the story\nNadia Petrenko\nJun 04, 2024\n48\n6\nShare\n\n"
            + STORY + "\nThanks for reading The Eurasia Ledger! Subscribe for free to receive new posts.\n\n"
            "The gap is large, and neither side has moved much.\n\n48 Likes∙6 Restacks\nShare\n")
    assert (art.title, art.authors, art.source) == ("Power of Siberia 2 is still stuck", ["Nadia Petrenko"],
                                                    "The Eurasia Ledger")
    body = body_text(art)
    assert "Thanks for reading" not in body and "Likes" not in body and "subscribers" not in body
    assert "The gap is large" in body


def test_editors_update_and_correction_notes_are_no_story():
    art = p("World\n\nUpdate, May 17, 2024, 9:40 a.m. ET: This article has been updated with comments from the White "
            "House.\n\nChina and Russia hail 'new era' as Putin and Xi meet\n\nThe summit comes as the U.S. warns "
            "Beijing.\n\nMay 16, 2024, 6:12 AM EDT / Updated May 17, 2024, 9:40 AM EDT\nBy Caroline Hsu\n\n" + STORY
            + "\nCorrection (May 17, 2024, 11:05 a.m. ET): An earlier version of this article misstated the date.\n")
    assert (art.title, art.published[:10]) == ("China and Russia hail 'new era' as Putin and Xi meet", "2024-05-16")
    body = body_text(art)
    assert "has been updated" not in body and "An earlier version" not in body
    assert "The story was updated as talks went on." in body_text(p("Talks\n\nMay 2, 2025\n\n" + STORY +
                                                                     "\nThe story was updated as talks went on.\n"))


# --- bylines and dates -----------------------------------------------------------------------------------------

def test_bylines_with_a_note_after_each_name():
    art = p("Putin's visit highlights Russia's dependence\n\nBy Camille Roussel (Beijing, correspondent) and Julien "
            "Mercier (Moscow, correspondent)\nPublished on May 17, 2024, at 5:13 pm (Paris), updated at 6:02 pm\n\n"
            + STORY + "\nCamille Roussel(Beijing, correspondent) and Julien Mercier(Moscow, correspondent)\n")
    assert art.authors == ["Camille Roussel", "Julien Mercier"] and art.published[:10] == "2024-05-17"
    assert "correspondent" not in body_text(art) and "(Paris)" not in body_text(art)
    art = p("Bombers fly near Japan again\n\nBy KENTARO IWATA/ Staff Writer and MAYU SATO/ Staff Writer\n\n"
            "November 30, 2023 at 18:05 JST\n\n" + STORY)
    assert art.authors == ["KENTARO IWATA", "MAYU SATO"]  # names as written (see the Nikkei test)


def test_date_lines_with_a_dash_after_the_label_a_place_after_the_date_an_hour_without_minutes():
    art = p("India watches as Russia, China deepen ties\nUpdated - May 19, 2024 10:42 pm IST\nPublished - May 19, "
            "2024 09:15 pm IST - NEW DELHI\nAnirban Sen\n\n" + STORY)
    assert (art.published[:10], art.authors) == ("2024-05-19", ["Anirban Sen"])
    assert body_text(art).startswith("Russia and China signed")
    art = p("The Limits of the Friendship\n\nBy Laura Brennan\n\nMay 20, 2024, 7 AM ET\n\n" + STORY)
    assert art.published == "2024-05-20" and "7 AM ET" not in body_text(art)


def test_indian_wire_dateline_and_an_agency_with_its_desk():
    art = p("China, Russia reaffirm ties as Putin wraps up visit\n\nPutin ended his visit in Harbin, where he met "
            "students\n\nANI Asia\nLast Updated : May 17 2024 | 11:52 PM IST\n\nBeijing [China], May 17 (ANI): "
            + STORY + "\n(Only the headline and picture of this report may have been reworked by the Business "
                      "Standard staff; the rest of the content is auto-generated from a syndicated feed.)\n")
    assert art.authors == [] and "ANI" in art.agencies and art.section == "Asia"
    body = body_text(art)
    assert body.startswith("Russia and China signed") and "syndicated feed" not in body and "ANI Asia" not in body


# --- what closes a text --------------------------------------------------------------------------------------------

def test_a_notes_list_and_the_authors_under_written_by():
    art = p("The Yuan Corridor: How Russia–China Trade Adapted to Sanctions\n\nHannah Whitlock and Pavel Korin\n12 March 2024\n\n" + STORY
            + "\nNotes\n\n[1] The White House, 'Executive Order', 22 December 2023.\n\n[2] Reuters, 'Banks Tighten "
              "Curbs', 28 February 2024.\n\nWRITTEN BY\n\nHannah Whitlock\nResearch Fellow, International Security "
              "Studies\n")
    body = body_text(art)
    assert "[1]" not in body and "Executive Order" not in body and "Research Fellow" not in body
    assert art.authors == ["Hannah Whitlock", "Pavel Korin"]
    # numbered lines with no notes heading over them stay story text
    art = p("Three lessons\n\nMay 2, 2025\n\n" + STORY + "\n1. Sanctions raise costs for everyone involved.\n")
    assert "Sanctions raise costs" in body_text(art)


def test_a_comments_section_after_the_story():
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nDiscussion about this post\n\nAlex M.\nJun 5\nGreat piece. Does "
                                                 "Gazprom have any leverage at all?\nLike\nReply\n")
    assert "Great piece" not in body_text(art) and "customs data showed" in body_text(art)


def test_an_authors_box_under_written_by():
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nFollow\nWritten by Daniyar Sultanov\n1.2K Followers\n·Writer for "
                                                 "Geopolitical Notes\nAnalyst covering Central Asia. Based in Almaty.\n")
    assert "Almaty" not in body_text(art) and "Writer for" not in body_text(art)


def test_contact_lines_and_first_line_indents_of_terminal_copy():
    art = p("Xi, Putin Vow Deeper Ties\n2024-05-16 08:41:27.118 GMT\n\nBy Lucille Liu\n  (Bloomberg) -- Xi and Putin "
            "pledged to deepen ties.\n  The two leaders signed a joint statement.\n  Putin told reporters about energy."
            "\n  --With assistance from Sam Kim.\n\nTo contact the reporter on this story:\nLucille Liu in Beijing at "
            "lliu152@bloomberg.net\nTo contact the editors responsible for this story:\nNeil Western\n")
    assert len(art.paragraphs) == 3
    body = body_text(art)
    assert "bloomberg.net" not in body and "Neil Western" not in body and "To contact" not in body


def test_pull_quote_printed_again_from_the_story():
    art = p("The Limits\n\nMay 20, 2024\n\nWhen Putin arrived, the pageantry was lavish.\n\n“Beijing will not "
            "sacrifice its relationship with Europe to rescue Moscow.”\n\n\"Beijing will not sacrifice its "
            "relationship with Europe to rescue Moscow,\" a European diplomat told me.\n\n“We are ready to talk.”\n\n"
            "Xi has reasons to keep Putin close.\n")
    body = body_text(art)
    assert "rescue Moscow.”" not in body and "rescue Moscow,\" a European diplomat" in body
    assert "“We are ready to talk.”" in body  # a quotation the story prints once


def test_an_appeal_box_closing_the_page_and_the_authors_signature():
    art = p("Junior partner\n\n18 June 2024\nSource: Novaya Gazeta Europe\n\n" + STORY + "\nYevgenia Ivanova, Novaya "
            "Gazeta Europe\n\nJoin us in rebuilding Novaya Gazeta Europe\nThe Russian government has banned independent "
            "media.\nSupport us financially to help us fight for peace.\nSupport Novaya Gazeta Europe\n")
    assert art.authors == ["Yevgenia Ivanova"]
    assert "banned independent media" not in body_text(art) and "customs data showed" in body_text(art)


def test_topics_lead_ins_and_their_tags():
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nExplore More Topics\nChina, Russia, Vladimir Putin, Xi Jinping\n")
    assert "Explore" not in body_text(art) and "Vladimir Putin, Xi" not in body_text(art)


# --- outlets -------------------------------------------------------------------------------------------------------

def test_outlets_named_by_notes_copyright_lines_and_mastheads_in_capitals():
    art = p("Talks\n\nMay 2, 2025\nBy Caroline Hsu\n\n" + STORY + "\nCaroline Hsu is a Beijing-based reporter for "
                                                                   "NBC News.\n")
    assert art.source == "NBC News"
    art = p("Press Conference on May 17, 2024\nUpdated: May 17, 2024 19:32\n\n" + STORY
            + "\nCopyright © Ministry of Foreign Affairs of the People's Republic of China\n")
    assert art.source == "Ministry of Foreign Affairs of the People's Republic of China"
    art = p("THE ASAHI SHIMBUN\nPOLITICS\n\nChinese, Russian bombers fly jointly near Japan\n\nNovember 30, 2023\n\n"
            + STORY)
    assert art.source == "The Asahi Shimbun"
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\nTranslation of an article originally published in French on "
                                                 "lemonde.fr; the publisher may only be liable for the French version.\n")
    assert art.source == "Le Monde" and "Translation" not in body_text(art)


def test_photo_credits_of_korean_and_japanese_pages():
    art = p("Talks\n\nMay 17, 2024\nBy Kang Hye-rin\n\nPutin and Xi shake hands in Beijing on Thursday. (AP-Yonhap)\n\n"
            + STORY + "\nSeoul said talks would resume. (Yonhap)\n")
    assert art.captions == ["Putin and Xi shake hands in Beijing on Thursday. (AP-Yonhap)"]
    assert "Seoul said talks would resume." in body_text(art)  # an agency's tag closing a story paragraph
    art = p("Bombers\n\nNovember 30, 2023\n\nPhoto/Illutration A Chinese bomber flies over the sea on Nov. 30. "
            "(Provided by the Joint Staff Office)\n\n" + STORY)
    assert "bomber flies" not in body_text(art)


def test_the_section_right_above_the_headline_under_a_sites_menu():
    art = p("Novaya Gazeta Europe\nNews\nAnalysis\nOpinion\nInvestigations\nDonate\n\nAnalysis\nJunior partner: "
            "Russia's trade with China has hit a ceiling\nChinese banks are squeezing Russian importers\n"
            "18:47, 18 June 2024\n\n" + STORY)
    assert art.section == "Analysis"
    assert art.title == "Junior partner: Russia's trade with China has hit a ceiling"


def test_transcript_omission_marks_and_a_click_here_line():
    art = p("Talks\n\nMay 2, 2025\n\n" + STORY + "\n<…>\n\nFor identifying information on the entities sanctioned "
                                                 "today, click here.\n\n###\n")
    assert "<…>" not in body_text(art) and "click here" not in body_text(art)


def test_a_standfirst_between_the_date_lines_and_the_pages_buttons():
    art = p("The Yuan Corridor: How Russia–China Trade Adapted to Sanctions\n\nHannah Whitlock\n12 March 2024\n\n"
            "Russia and China have found workarounds for Western financial pressure, at a rising cost.\n\n"
            "Download PDF\n\n" + STORY)
    assert art.lede.startswith("Russia and China have found workarounds")
    assert body_text(art).startswith("Russia and China signed")
    # the story's first paragraph over an advertisement stays story text
    art = p("Talks in Beijing\n\nHannah Whitlock\n12 March 2024\n\nRussia and China met again on Friday.\n\n"
            "Advertisement\n\n" + STORY)
    assert art.lede == "" and body_text(art).startswith("Russia and China met again")


def test_a_head_of_state_sites_name_opening_the_text_is_the_source():
    art = p("President of Russia\nEvents\nNews\nTranscripts\n\nRussian-Chinese talks\n\nMay 16, 2024\n\n" + STORY)
    assert art.source == "President of Russia"
    # a short headline over the date, a standfirst and the story: no rubric taken for it
    art = p("Xi Meets Putin\n\nMay 16, 2024\n\nLeaders of the two countries discuss trade ties and the war\n\n" + STORY)
    assert art.title == "Xi Meets Putin"


def test_a_subscription_widget_in_the_storys_flow_names_the_blog():
    art = p("Why Beijing keeps Moscow at arm's length\nA close reading of the latest customs data\nTom Harlow\n"
            "Sep 12, 2024\n\n" + STORY + "\nSubscribe to Sinica Notes\n\nLaunched 2 years ago\n\nAnalysis of China's "
                                         "foreign economic policy.\n\nSubscribe\n\nThe picture may change soon.\n")
    assert art.source == "Sinica Notes"
    body = body_text(art)
    assert "Launched" not in body and "Analysis of China" not in body and "The picture may change soon." in body


def test_a_terminals_coded_line_over_the_headline():
    art = p("BN 09/05 07:12 *China, Russia Plan Joint Patrols After Summit\n\nChina, Russia Plan Joint Patrols After "
            "Summit\n2024-09-05 07:12:03.441 GMT\n\nBy Dmitry Sokolov\n  (Bloomberg) -- China and Russia agreed to "
            "expand joint patrols.\n  The agreement was reached in Beijing.\n")
    assert art.title == "China, Russia Plan Joint Patrols After Summit" and art.lede == ""


def test_the_time_and_place_lines_under_the_date_of_a_kremlin_page():
    art = p("Президент России\nСобытия\nНовости\nСтенограммы\n\nРоссийско-китайские переговоры\n\n16 мая 2024 года\n"
            "12:10\nПекин\n\nВладимир Путин и Председатель КНР Си Цзиньпин провели переговоры в Пекине.\n\nВ.Путин: "
            "Уважаемый товарищ Председатель!\n\nПубликация сайта: 16 мая 2024 года, 12:55\nСсылка на материал: "
            "http://kremlin.ru/d/74040\n")
    # the site's "Публикация сайта" (publication) time wins over the event's time under the date
    assert (art.title, art.published, art.source) == ("Российско-китайские переговоры", "2024-05-16T12:55",
                                                      "Президент России")
    body = body_text(art)
    assert body.startswith("Владимир Путин") and "Пекин\n" not in body and "kremlin.ru" not in body
    assert "Публикация сайта" not in body and art.subheadings == []


def test_portal_notes_on_agency_copy_and_a_member_only_mark():
    art = p("New Delhi [India], October 5 (ANI): " + STORY + "\nThis report is auto-generated from ANI news service. "
            "ThePrint holds no responsibility for its content.\n")
    assert "auto-generated" not in body_text(art) and "ANI" in art.agencies
    art = p("Member-only story\n\nHow the Yuan Took Over Russia\nThe ruble's collapse pushed Moscow into Beijing's "
            "currency\nAlina Markova\nFollow\n6 min read\n·\nFeb 2, 2024\n\n" + STORY)
    assert (art.title, art.authors) == ("How the Yuan Took Over Russia", ["Alina Markova"])


def test_a_press_releases_header_lines():
    art = p("FOR IMMEDIATE RELEASE\nContact: Press Office, +1 202 555 0100\n\nSenators Urge Sanctions on Chinese Banks "
            "Aiding Russia\n\nWASHINGTON, D.C. — " + STORY + "\n###\n")
    assert art.title == "Senators Urge Sanctions on Chinese Banks Aiding Russia"
    assert "Press Office" not in body_text(art) and "customs data showed" in body_text(art)
