"""Export styles and outlets of the 26th probe (tests/data/probes/probe26): a byline opened by the piece's genre with
the writer's job before the name, a page's "Topic:" field, a name over its city in capitals over the date line, a
widget's label before a date line. Short synthetic texts, one rule each; each test also pins look-alike text that
must keep its old reading."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

_MENU = "".join(f"{w}\n" for w in ("Just In", "For You", "Australia", "World", "Business", "Politics", "Analysis"))


def test_a_genre_byline_with_the_writers_job_before_the_name():
    art = p("Daily Planet\n" + _MENU + "\nXi welcomes Putin to Beijing as allies hail their friendship\n"
            "Analysis by East Asia correspondent Jane Birtles\nPosted Thu 16 May 2024 at 9:41pm\n\n" + STORY)
    assert art.title == "Xi welcomes Putin to Beijing as allies hail their friendship"
    assert art.authors == ["Jane Birtles"] and body_text(art).startswith("Russia and China signed")
    art = p("Xi welcomes Putin to Beijing\nOpinion by Jane Birtles\nMay 16, 2024\n\n" + STORY)
    assert art.authors == ["Jane Birtles"]
    # a sentence opening with "Analysis by" is no byline: no capitalized name after the job's words
    art = p("Xi welcomes Putin to Beijing\nMay 16, 2024\n\nAnalysis by the correspondent suggests little will change.\n\n"
            + STORY)
    assert art.authors == [] and "Analysis by the correspondent" in body_text(art)


def test_a_topic_field_names_the_section_over_a_menu_word():
    art = p("Daily Planet\n" + _MENU + "\nXi welcomes Putin to Beijing as allies hail their friendship\n"
            "By Jane Birtles\nTopic: World Politics\nPosted Thu 16 May 2024 at 9:41pm\n\n" + STORY)
    assert art.section == "World Politics" and kind_of(art, "Topic:") == "section"
    assert "Topic" not in body_text(art)
    # without the field the menu's last word is the section, as before
    art = p("Daily Planet\n" + _MENU + "\nXi welcomes Putin to Beijing as allies hail their friendship\n"
            "By Jane Birtles\nPosted Thu 16 May 2024 at 9:41pm\n\n" + STORY)
    assert art.section == "Analysis"


def test_a_name_over_its_city_in_capitals_over_the_date_line_is_the_byline():
    head = ("THE DAILY\nNEWS\nIndia\nWorld\n\nWorld\nIndia, China, Russia: RIC format back on the table as Lavrov pushes"
            " for revival\n\nRussia says the trilateral mechanism should resume; New Delhi says it will decide\n\n")
    art = p(head + "Suhasini Haidar\nNEW DELHI\nUpdated - May 30, 2025 10:32 pm IST\n\n" + STORY)
    assert art.title.startswith("India, China, Russia: RIC format") and art.authors == ["Suhasini Haidar"]
    assert art.published[:10] == "2025-05-30" and "NEW DELHI" not in body_text(art)
    # a button in capitals under the name is no city: it stays page furniture
    art = p(head + "Suhasini Haidar\nSHARE\nUpdated - May 30, 2025 10:32 pm IST\n\n" + STORY)
    assert kind_of(art, "SHARE") == "boilerplate"


def test_a_widgets_label_before_a_date_with_its_time_is_a_date_line():
    art = p("Wire Agency\nENGLISH\nNEWS\nNational\nEconomy\n\nN. Korea\nPutin, Kim sign pact pledging mutual aid"
            "\nAll News 16:32 June 19, 2024\n\n" + STORY)
    assert art.title == "Putin, Kim sign pact pledging mutual aid" and art.published == "2024-06-19T16:32"
    assert body_text(art).startswith("Russia and China signed")
    # a label that is no page furniture before the date keeps its old reading (no date line read there)
    art = p("Wire Agency\nENGLISH\nNEWS\nNational\nEconomy\n\nN. Korea\nPutin, Kim sign pact pledging mutual aid"
            "\nSummit talks 16:32 June 19, 2024\n\n" + STORY)
    assert art.published == ""
