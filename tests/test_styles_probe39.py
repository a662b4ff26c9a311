"""Export styles of the 39th probe (tests/data/probes/probe39: genres on other subjects than China-Russia relations):
a menu's country in initials with their dots ("U.K.") is a label over the headline; a standfirst of three or four
points, one a line, over the byline is the lede (MailOnline); "By JANE DOE FOR MAILONLINE" names the writer (the
capitals stop at "FOR") and a known outlet filed for is the source; "What to know about ...:" heads a summary box; a
live blog entry's time with the outlet after a slash ("11:52 PM EST / CBS News") is a header line, and the entry's
headline over it a subheading even before the first paragraph, a quotation after a colon closing it ('...: "This is
your win"'). Short synthetic texts, one rule each; each test also pins look-alike text that must keep its old
reading."""

from __future__ import annotations

from style_helpers import body_text, kind_of, p

_STORY = ("Britain is being battered by a storm today, with gusts of more than 90mph recorded in Wales overnight.\n"
          "The Met Office has extended its amber wind warning to cover most of Wales until 9pm, the forecaster said.\n"
          "Transport for Wales cancelled all services on two lines, while another operator told passengers not to travel.\n")


def test_initials_of_a_country_are_a_menu_label_over_the_headline():
    art = p("Home\nNews\nU.K.\nSport\nWeather\nStorm brings 90mph gusts to Wales as thousands lose power\n"
            "Met Office extends amber warning until 9pm Saturday\nGusts of 93mph recorded at Capel Curig overnight\n"
            "By James Carver\n7 December 2024\n" + _STORY)
    assert art.title == "Storm brings 90mph gusts to Wales as thousands lose power"
    assert kind_of(art, "U.K.") != "body"
    # look-alikes keeping their reading: initials inside a sentence of the story; a longer run of capitals with dots
    art = p("Storm brings 90mph gusts to Wales\n7 December 2024\n" + _STORY
            + "Forecasters in the U.K. said the winds would ease on Sunday, officials added.\n")
    assert "Forecasters in the U.K. said" in body_text(art)


def test_a_standfirst_of_three_or_four_points_over_the_byline_is_the_lede():
    # under the site's menu (the headline's labels), as MailOnline's page copy has it
    head = "Home\nNews\nWeather\nStorm brings 90mph gusts to Wales as thousands lose power\n"
    points = ("Met Office extends amber warning until 9pm Saturday\n"
              "Gusts of 93mph recorded at Capel Curig overnight\n"
              "Trains cancelled across Wales and the West Country\n")
    art = p(head + points + "By James Carver\n7 December 2024\n" + _STORY)
    assert art.title == head.split("\n")[3] and "Gusts of 93mph" in art.lede and "Trains cancelled" in art.lede
    assert "Gusts of 93mph" not in body_text(art) and body_text(art).startswith("Britain is being battered")
    # look-alikes keeping their reading: the same lines under the date and byline (story text's short lines are no
    # standfirst), and five points (more than a standfirst holds) over the byline are not
    # read as one
    art = p(head + "By James Carver\n7 December 2024\n" + _STORY + points)
    assert "Gusts of 93mph" not in art.lede
    five = points + "Ferries suspended between Dover and Calais for hours\nPower cut to homes across the South West\n"
    art = p(head + five + "By James Carver\n7 December 2024\n" + _STORY)
    assert "Met Office extends" not in art.lede  # (the rule leaves them: read as before)


def test_a_capitals_byline_for_a_known_outlet_names_the_writer_and_the_outlet():
    art = p("Storm brings 90mph gusts to Wales\nBy JAMES CARVER FOR MAILONLINE\n7 December 2024\n" + _STORY)
    assert art.authors == ["JAMES CARVER"] and art.source in ("Daily Mail", "MailOnline")
    art = p("Storm brings 90mph gusts to Wales\nBy Jane Doe for The Guardian\n7 December 2024\n" + _STORY)
    assert art.authors == ["Jane Doe"] and art.source == "The Guardian"
    # look-alikes keeping their reading: a name in capitals without "FOR", a writer filing for an unknown name (no
    # outlet read from it)
    art = p("Storm brings 90mph gusts to Wales\nBy JAMES CARVER\n7 December 2024\n" + _STORY)
    assert art.authors == ["JAMES CARVER"]
    art = p("Storm brings 90mph gusts to Wales\nBy Jane Doe for Storm Watchers\n7 December 2024\n" + _STORY)
    assert art.authors == ["Jane Doe"] and art.source == ""


_LIVE_HEAD = ("Live Updates: Whitfield wins New Jersey governor's race\nBy Dana Kessler\n"
              "Updated on: November 4, 2025 / 11:58 PM EST / CBS News\n")
_ENTRY = ("Karen Whitfield told a crowd of supporters that her victory belonged to every family in the state.\n"
          "She promised to make property tax relief her first priority, aides said afterwards.\n")
_ENTRY2 = ("Republican Tom Castellano conceded the race shortly after 11 p.m., telling supporters he had called her.\n"
           "Castellano won large margins in three counties but could not match her numbers elsewhere.\n")


def test_what_to_know_about_heads_a_summary_box():
    art = p(_LIVE_HEAD + "What to know about the New Jersey governor's race:\n"
            "Democrat Karen Whitfield defeated Republican Tom Castellano, CBS News projects.\n\n" + _ENTRY + _ENTRY2)
    assert "Democrat Karen Whitfield defeated" in art.lede and "Democrat Karen Whitfield defeated" not in body_text(art)
    # look-alikes keeping their reading: a headline opening so, without a colon, over the date and the story
    art = p("What to know about the New Jersey governor's race\nNovember 4, 2025\n" + _ENTRY + _ENTRY2)
    assert art.title == "What to know about the New Jersey governor's race" and "Karen Whitfield told" in body_text(art)


def test_a_live_entrys_time_with_the_outlet_is_a_header_under_the_entrys_headline():
    art = p(_LIVE_HEAD + 'Whitfield thanks supporters in Newark: "This is your win"\n11:52 PM EST / CBS News\n' + _ENTRY
            + "Castellano concedes the race\n11:31 PM EST\n" + _ENTRY2)
    assert kind_of(art, "11:52 PM EST / CBS News") == "header" and kind_of(art, "Whitfield thanks") == "subheading"
    assert "11:52 PM" not in body_text(art) and body_text(art).startswith("Karen Whitfield told")
    assert kind_of(art, "Castellano concedes the race") == "subheading"
    # look-alikes keeping their reading: a sentence closing on a quotation after a colon ('He said: "..."', a
    # sentence's words over twelve) and a time with a slash inside a story's line are story text
    art = p(_LIVE_HEAD + _ENTRY + 'At the rally in Newark the governor-elect told her cheering supporters: "This is your win"\n'
            + "The count stood at 11:52 PM EST / 78% of the vote by then, officials said.\n" + _ENTRY2)
    body = body_text(art)
    assert "This is your win" in body and "The count stood at 11:52 PM EST" in body


def test_comments_buttons_and_counts_on_their_own_lines_are_furniture():
    art = p("Storm brings 90mph gusts to Wales\n7 December 2024\nView comments\n" + _STORY
            + "Share or comment on this article:\nComments 142\nShare what you think\n")
    body = body_text(art)
    assert body.startswith("Britain is being battered") and "View comments" not in body
    assert "Comments 142" not in body and "Share what you think" not in body and "Share or comment" not in body
    art = p(_RU_HEAD + _RU_STORY + "Комментарии 214\n")
    assert "Комментарии 214" not in body_text(art)
    # look-alikes keeping their reading: sentences on comments and a count inside them
    art = p("Storm brings 90mph gusts to Wales\n7 December 2024\n" + _STORY
            + "Readers can view comments from the forecaster on the website, the office said.\n"
            + "Comments 142 times on a single post were deleted by the moderators, officials said.\n")
    body = body_text(art)
    assert "Readers can view comments" in body and "Comments 142 times" in body


_RU_HEAD = "«Локомотив» проиграл ЦСКА\n16 марта 2025, 21:58\n"
_RU_STORY = ("ЦСКА вырвал победу у «Локомотива» в компенсированное время и поднялся на второе место в таблице.\n"
             "Решающий мяч забил Глебов ударом с линии штрафной в дальний угол ворот.\n")
