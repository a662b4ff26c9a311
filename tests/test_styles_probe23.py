"""Export styles and outlets of the 23rd probe (tests/data/probes/probe23), and the sign-off closing a story
(probe22's Daily Maverick). Short synthetic texts, one rule each; each test also pins look-alike text that must keep
its old reading."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

_LAST = ("For South Africa, the summit is also a test of logistics and security after a year of power cuts and a "
         "stagnant economy. Whether it ends with a clear statement may say more about Beijing's influence than about "
         "Pretoria's.")


def test_a_sign_off_closing_the_last_paragraph_is_no_photo_credit():
    for sign in ("DM", "ENDS", "/TASS/", "MT/JM", "© AFP 2023"):
        art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + _LAST + " " + sign + "\n\nGallery\n")
        assert "than about Pretoria's." in body_text(art), sign
        assert kind_of(art, sign) == "boilerplate" and sign not in body_text(art), sign
        assert art.captions == [], sign
    # a real caption of one sentence with its credit, under the story's paragraphs, stays a caption
    cap = "Chinese President Xi Jinping is welcomed by Deputy President Paul Mashatile at the airport on Tuesday. EPA"
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + cap + "\n\nOfficials said the talks went well.\n")
    assert kind_of(art, cap) == "caption" and "Mashatile" not in body_text(art)
    # a two-sentence caption with a photo's credit stays a caption too
    cap = ("Xi Jinping and Vladimir Putin meet at the Kremlin in Moscow on March 21, 2023. The two leaders signed two "
           "statements on the future of their partnership. Photo: AP")
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + cap + "\n\nOfficials said the talks went well.\n")
    assert kind_of(art, cap) == "caption"


def test_a_lower_case_by_line_over_the_date_line_is_the_byline():
    art = p("Xi at Moscow Parade: Kyiv Warns Beijing\n\nby Oksana Dubrovska\nMay 9, 2025, 7:45 pm\n\n" + STORY)
    assert art.authors == ["Oksana Dubrovska"] and kind_of(art, "by Oksana") == "byline"
    # a story's line wrapped before "by" with no date under it stays story text
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\nThe delegation was received\nby Wang Yi\n"
            "at the guest house, officials said.\n")
    assert art.authors == [] and "by Wang Yi" in body_text(art)


_MENU = "".join(f"{w}\n" for w in ("Latest", "Business", "Markets", "Tech", "Politics & Economy", "Opinion",
                                    "Life & Arts", "Spotlight", "Podcasts", "Business Spotlight"))


def test_the_headline_under_a_long_menu_above_a_staff_writers_byline():
    art = p("Nikkei Asia\n\nSkip to main content\nMenu\nSearch\nSign In\nSubscribe\n\n" + _MENU +
            "\nPolitics & Economy\nInternational relations\n\n"
            "China and Russia stage joint bomber patrol as Quad leaders meet in Tokyo\n\n"
            "Flight over Sea of Japan seen as warning to US-led grouping\n\n"
            "SHIN NAKAMURA, Nikkei staff writer\nMay 24, 2022 20:41 JST\n\n" + STORY)
    assert art.title == "China and Russia stage joint bomber patrol as Quad leaders meet in Tokyo"
    assert body_text(art).startswith("Russia and China signed") and "Spotlight" not in body_text(art)
    assert art.authors == ["SHIN NAKAMURA"]
    # the same menu over story paragraphs with no byline or date lines: no headline is taken from under it
    art = p("Nikkei Asia\n\n" + _MENU + "\n" + STORY)
    assert art.title == "Nikkei Asia" and "Russia and China signed" in body_text(art)


def test_a_credit_in_capitals_with_a_slash_closes_a_caption():
    cap = "Visitors look at products at the China-Russia Expo in Harbin on Friday. ZHANG TAO/CHINA DAILY"
    art = p("Harbin expo showcases border trade\n\nUpdated: 2024-05-18 08:17\n\n" + cap + "\n\n" + STORY)
    assert kind_of(art, cap) == "caption" and "Visitors look" not in body_text(art)
    assert body_text(art).startswith("Russia and China signed")
    # capitals after a sentence with no slash are no such credit
    art = p("Harbin expo showcases border trade\n\nUpdated: 2024-05-18 08:17\n\n" + STORY +
            "\nThe expo closes on Tuesday, organizers said. NEW YORK TIMES\n\nMore text follows here, officials said.\n")
    assert "The expo closes on Tuesday" in body_text(art)


def test_a_copyright_notice_with_its_terms_of_reuse_closes_the_page():
    note = ("Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo) "
            "published in this site belongs to China Daily Information Co (CDIC). Without written authorization from "
            "CDIC, such content shall not be republished or used in any form.")
    art = p("Harbin expo showcases border trade\n\nUpdated: 2024-05-18 08:17\n\n" + STORY + "\n" + note + "\n")
    assert "CDIC" not in body_text(art) and kind_of(art, note) == "boilerplate"
    # a story's closing paragraph about copyright, with no rights reserved, stays story text
    line = ("Copyright protection for Russian films shown in China was also on the agenda, officials said, after "
            "several studios complained that their films had been copied and sold online without permission. The two "
            "sides agreed to set up a working group that will report to the intergovernmental commission next year.")
    art = p("Harbin expo showcases border trade\n\nUpdated: 2024-05-18 08:17\n\n" + STORY + "\n" + line + "\n")
    assert kind_of(art, line) == "body"


_CLOSING = ("\nCarnegie does not take institutional positions on public policy issues; the views represented herein are "
            "those of the author(s) and do not necessarily reflect the views of Carnegie, its staff, or its trustees.\n\n"
            "About the Author\nYulia Kravets\nNonresident Scholar, Russia and Eurasia Program\n\n"
            "Yulia Kravets is a nonresident scholar at the Carnegie Russia Eurasia Center.\n\n"
            "More Work from Carnegie Politika\nHow Central Asia Learned to Live With Sanctions\n"
            "The Kremlin's New Arctic Gamble\n\nCarnegie Endowment for International Peace\n© 2025 All rights reserved.\n")


def test_a_think_tanks_disclaimer_author_box_and_more_work_links_close_the_page():
    art = p("Skip to main content\nCarnegie Endowment for International Peace\nResearch\nPolitika\nEmissary\n\n"
            "Why Beijing Is in No Hurry to Sign Power of Siberia 2\n\nBy Yulia Kravets\nPublished on February 7, 2025\n\n"
            + STORY + _CLOSING)
    body = body_text(art)
    for furniture in ("does not necessarily reflect", "About the Author", "Nonresident Scholar", "More Work from",
                      "Arctic Gamble", "Carnegie Endowment"):
        assert furniture not in body, furniture
    assert art.authors == ["Yulia Kravets"] and art.source == "Carnegie Endowment for International Peace"
    # the views of a person in the story are story text; a first line not named again at the foot is no outlet
    line = "Analysts said the views expressed by Lavrov reflect the Kremlin's line, not a new policy."
    art = p("Skip to main content\nEurasia Desk\nResearch\nPolitika\nEmissary\n\nWhy Beijing Is in No Hurry\n\n"
            "By Yulia Kravets\nPublished on February 7, 2025\n\n" + STORY + "\n" + line + "\n\n© 2025 All rights reserved.\n")
    assert line in body_text(art) and art.source == ""


def test_a_publishing_house_in_a_copyright_line_is_the_outlet():
    art = p("Russian exporters move to yuan bonds\n\n12.04.2024, 10:43\n\n" + STORY +
            "\n© 2024 Kommersant Publishing House. All rights reserved.\n")
    assert art.source == "Kommersant"  # an English copy: the name its readers know
    art = p("Russian exporters move to yuan bonds\n\n12.04.2024, 10:43\n\n" + STORY +
            "\n© 2024 Chatham House. All rights reserved.\n")
    assert art.source == "Chatham House"


_FACTIVA = ("HD     Chinese banks tighten checks on Russian payments\nBY     HIROSHI TAKEMURA, Nikkei staff writer\n"
            "WC     571 words\nPD     22 January 2024\nSN     Nikkei Asia\nLA     English\n\nLP     \n" + STORY)


def test_a_factiva_records_label_line_and_staff_writer_byline():
    art = p("Factiva\n\n" + _FACTIVA)
    assert art.title == "Chinese banks tighten checks on Russian payments"
    assert art.authors == ["HIROSHI TAKEMURA"] and art.source == "Nikkei Asia"
    # a byline field of names only keeps them all
    art = p(_FACTIVA.replace("HIROSHI TAKEMURA, Nikkei staff writer", "Hiroshi Takemura and Kenji Morita"))
    assert art.authors == ["Hiroshi Takemura", "Kenji Morita"]


def test_a_caption_line_under_its_photo_credit_line():
    art = p("Си Цзиньпин на параде Победы\n\n9 мая 2025\n\n" + STORY + "\nФото: kremlin.ru\n"
            "Владимир Путин и Си Цзиньпин на Красной площади 9 мая 2025 года\n\nВизит Си продолжался четыре дня.\n")
    assert kind_of(art, "Владимир Путин и Си") == "caption" and "Красной площади" not in body_text(art)
    # a story sentence under a credit line stays story text
    art = p("Си Цзиньпин на параде Победы\n\n9 мая 2025\n\n" + STORY + "\nФото: kremlin.ru\n"
            "Владимир Путин и Си Цзиньпин провели переговоры в Кремле.\n\nВизит Си продолжался четыре дня.\n")
    assert "Владимир Путин и Си Цзиньпин провели переговоры в Кремле." in body_text(art)


def test_a_newsletters_issue_label_is_no_title():
    for label in ("Weekly Newsletter | Issue 512", "Issue 512", "No. 47", "Vol. 3, No. 12", "Выпуск № 512",
                  "Issue #12"):
        art = p("Eurasia Brief\n" + label + "\nNovember 14, 2024\n\nWhat Russia's Gambit Means for Beijing\n"
                "By Jane Doe\n\n" + STORY)
        assert art.title == "What Russia's Gambit Means for Beijing", label
        assert kind_of(art, label) == "header", label
    # a headline with "Issue" as a word stays the title
    art = p("The Issue of Taiwan in China-Russia Talks\n\nNovember 14, 2024\n\n" + STORY)
    assert art.title == "The Issue of Taiwan in China-Russia Talks"


def test_a_newsletters_archive_line_and_a_sponsored_note_are_furniture():
    closing = ("Read the full archive at example.com", "About Sponsored Content",
               "This content was commissioned by the Global Business Bureau.",
               "Example Media Inc. No reproduction without permission.")
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + "\n".join(closing) + "\n")
    for line in closing:
        assert line not in body_text(art) and kind_of(art, line) == "boilerplate", line
    # story sentences about archives, commissions and reproduction stay story text
    kept = ("Researchers read the full archive of the talks at the foreign ministry in Moscow.",
            "The report was commissioned by the Russian government and published on Monday.")
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + "\n\n".join(kept) + "\n")
    for line in kept:
        assert line in body_text(art), line


_CAPS_MENU = "GT\nHOME\nCHINA\nSOURCE\nOPINION\nIN-DEPTH\nWORLD\n\n"


def test_a_menu_in_capitals_is_neither_outlet_nor_section():
    art = p(_CAPS_MENU + "CHINA / DIPLOMACY\n\nChina and Russia vow to safeguard multilateralism in Beijing\n\n"
            "By Zhao Yiran\nPublished: Apr 09, 2024 10:32 PM\n\n" + STORY)
    assert art.title == "China and Russia vow to safeguard multilateralism in Beijing"
    assert art.section == "CHINA / DIPLOMACY" and art.source == "GT"
    assert kind_of(art, "OPINION") == "boilerplate" and kind_of(art, "HOME") == "boilerplate"
    # a menu that does not start with its home page: no logo over it, the items still furniture
    art = p(_CAPS_MENU.replace("HOME\n", "ECONOMY\n") + "CHINA / DIPLOMACY\n\nChina and Russia vow to safeguard "
            "multilateralism in Beijing\n\nBy Zhao Yiran\nPublished: Apr 09, 2024 10:32 PM\n\n" + STORY)
    assert art.source == "" and art.section == "CHINA / DIPLOMACY"
    # three label lines in capitals are no menu: a desk over the headline keeps its old reading
    art = p("WORLD\nASIA\nCHINA\n\nChina and Russia vow to safeguard multilateralism in Beijing\n\n"
            "By Zhao Yiran\nPublished: Apr 09, 2024 10:32 PM\n\n" + STORY)
    assert art.section and kind_of(art, "ASIA") != "boilerplate"


_POST = ("Russia now sells more oil to China than Saudi Arabia does. What does Moscow get out of it?\n\n"
         "Discussion\n\n" + STORY)


def test_a_forum_posts_head_lines_are_furniture():
    art = p("r/geopolitics\nSearch in r/geopolitics\nLog In\n\nr/geopolitics • 1 yr. ago\nsteppe_analyst\n\n" + _POST)
    assert art.title.startswith("Russia now sells more oil") and art.source == "r/geopolitics"
    assert body_text(art).startswith("Russia and China signed a joint statement")
    for line in ("Search in r/geopolitics", "1 yr. ago", "steppe_analyst", "Discussion"):
        assert line not in body_text(art), line
    art = p("Posted by u/steppe_analyst 5 hr. ago\n\n" + _POST)
    assert art.title.startswith("Russia now sells more oil") and "Posted by" not in body_text(art)
    art = p("Пост от vasya_1984 · 3 ч. назад\n\nРоссия продаёт Китаю больше нефти, чем Саудовская Аравия\n\n"
            "Обсуждение\n\nРоссия и Китай подписали совместное заявление в четверг после переговоров в Пекине.\n\n"
            "Товарооборот двух стран в прошлом году достиг рекорда, показали данные таможни.\n")
    assert art.title == "Россия продаёт Китаю больше нефти, чем Саудовская Аравия"
    assert "назад" not in body_text(art) and "Обсуждение" not in body_text(art)
    # a story sentence quoting a user and a board stays story text
    said = "A user, u/steppe_analyst, wrote on r/geopolitics that the discounts matter 5 hr. ago."
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + said + "\n")
    assert said in body_text(art)
