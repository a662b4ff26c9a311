"""Copies out of RSS readers (Inoreader, Feedly: the feed's title over the headline, then "Author on Feed · date").
Short synthetic texts, one rule each; each test also pins look-alike text that must stay what it was."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p


def test_an_rss_readers_author_on_feed_line_gives_byline_outlet_and_date():
    art = p("Asia Daily News - Independent Reporting from Asia\nTrade Between Russia and China Falls for a Third Month\n"
            "Jane Whitfield on Asia Daily News - Independent Reporting from Asia · Oct 14 2024 08:15\nVisit website\n\n"
            + STORY)
    assert art.title == "Trade Between Russia and China Falls for a Third Month"
    assert (art.source, art.authors, art.published[:16]) == ("Asia Daily News", ["Jane Whitfield"], "2024-10-14T08:15")
    assert body_text(art).startswith("Russia and China signed")
    assert kind_of(art, "Asia Daily News - Independent") != "title"


def test_a_headline_with_a_dash_and_an_on_in_a_dated_line_stay_what_they_were():
    # a headline whose words before a dash are no outlet's name
    art = p("Putin - Xi talks end without a deal on gas prices in Beijing\n\nMay 2, 2025\n\n" + STORY)
    assert art.title == "Putin - Xi talks end without a deal on gas prices in Beijing"
    # "on" in a field that names no person: no byline
    art = p("Talks end\n\nTalks on Ukraine · May 2, 2025\n\n" + STORY)
    assert art.authors == [] and kind_of(art, "Talks on Ukraine") != "byline"
