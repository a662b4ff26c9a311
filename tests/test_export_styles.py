"""Export styles the seeds do not have: database exports (Factiva, LexisNexis) and web-page copies (Reuters, CNN,
Guardian, Xinhua, Bloomberg via Yahoo, France 24), in tests/data/articles/. Each test pins what a careful reader
takes from the header and what stays out of the story's sentences, so a rule that stops working on one of these
styles shows here.
"""

from __future__ import annotations

import pytest

from presslens.parsing import parse_text
from style_helpers import ARTICLES, body_text, kind_of, parse


@pytest.mark.parametrize("name", ["factiva.txt", "factiva_own_lines.txt"])
def test_factiva_fields(name):
    # codes with their value on the same line, or alone on a line with the value under it
    art = parse(name)
    assert art.title == "Russia, China sign pledge on 'new era' of partnership as Xi meets Putin"
    assert art.published == "2023-03-21T18:42"  # PD with ET's time of day
    assert art.source == "Reuters News"
    assert art.authors == ["Guy Faulconbridge", "Laurie Chen"]
    assert "Reuters" in art.agencies  # from the dateline after LP, and the source
    body = body_text(art)
    assert body.startswith("Chinese President Xi Jinping")  # neither "LP" nor the dateline
    assert "signed a statement" in body and "arrest warrant" in body  # the lead paragraphs and the text (TD)
    for junk in ("534 words", "LBA", "Reuters Limited", "Kremlin", "Domestic Politics", "Document LBA",
                 "Thomson Reuters (Markets)", "Editing by"):
        assert junk not in body, junk


def test_factiva_codes_in_ordinary_text_are_text():
    # capitals at a line's start are not a Factiva export unless the headline code and several more are there
    text = "Talks in Moscow\n\nIN BRIEF\nXi met Putin on Tuesday.\n\nAN OPEN LETTER was published.\n"
    art = parse_text(text)
    assert "AN OPEN LETTER was published." in body_text(art)


def test_lexisnexis():
    art = parse("lexisnexis.txt")
    assert art.title == "Xi and Putin meet in Samarkand, first talks since Ukraine invasion"
    assert art.published == "2022-09-15"  # "September 15, 2022 Thursday", not the Load-Date
    assert art.source == "The Moscow Times"  # the publication line, not an author
    assert art.authors == ["Jane Doe", "John Roe"]
    assert art.subheadings == []
    body = body_text(art)
    assert body.startswith("Russian President Vladimir Putin met")
    for junk in ("Body", "End of Document", "Load-Date", "Copyright", "412 words"):
        assert junk not in body, junk


def test_updated_only_page():
    # CNN and AP pages show only when they were last updated: that date is the nearest known, and is noted
    art = parse("cnn.txt")
    assert art.published == art.modified == "2023-10-18T06:44"
    assert any("only an updated one" in p for p in art.problems)
    assert art.authors == ["Simone McCarthy"] and art.source == "CNN"  # "By Simone McCarthy, CNN"
    body = body_text(art)
    for junk in ("Link Copied", "Ad Feedback", "Related article", "what has it achieved?"):
        assert junk not in body, junk
    assert art.subheadings == []
    assert kind_of(art, "CNN's Wayne Chang contributed reporting.") == "byline"  # who helped: not story text
    assert art.authors == ["Simone McCarthy"]


def test_reuters_page():
    art = parse("reuters_web.txt")
    assert art.published == "2024-05-16T08:30"  # "May 16, 2024 8:30 AM EDTUpdated 2 hours ago"
    assert art.authors == ["Laurie Chen", "Guy Faulconbridge", "Ethan Wang"]  # "Laurie Chen in Beijing" once
    assert kind_of(art, "May 16, 2024 8:30 AM EDTUpdated 2 hours ago") == "date"
    # a caption whose credit is followed by the words of a link
    assert kind_of(art, "attend an official welcoming ceremony") == "caption"
    body = body_text(art)
    for junk in ("Updated 2 hours ago", "Scroll to continue", "Read more", "Power of Siberia 2 pipeline?",
                 "not forming a military alliance", "Our Standards", "opens new tab", "Purchase Licensing"):
        assert junk not in body, junk
    assert "Western officials say" in body


def test_guardian_page_furniture():
    art = parse("guardian_page.txt")
    assert art.published == "2024-05-16T08:37" and art.modified == "2024-06-04T10:12"
    body = body_text(art)
    for junk in ("more than 1 month old", "Explore more on these topics", "Reuse this content", "\nnews"):
        assert junk not in body, junk
    assert "Western diplomats had urged China last week" in body


def test_source_line_with_fields():
    # Xinhua: "Source: Xinhua| 2024-05-16 21:33:50|Editor: huaxia"
    art = parse("xinhua.txt")
    assert art.source == "Xinhua"
    assert art.published == "2024-05-16T21:33:50"


def test_links_under_a_lead_in_line():
    art = parse("bloomberg_yahoo.txt")
    body = body_text(art)
    for junk in ("In this article", "Most Read from Bloomberg", "Steep Tariffs", "ChatGPT"):
        assert junk not in body, junk
    assert "Vladimir Putin will travel to China on Thursday" in body


def test_links_rule_keeps_story_lines():
    # a lead-in takes only the short lines right under it; a story paragraph after them stays
    text = ("Xi meets Putin\n\nPublished: 2024-05-16\n\nXi met Putin in Beijing on Thursday.\n\nRead more:\n"
            "Putin says Russia and China are not allies\n\nThe two leaders signed a joint statement.\n")
    art = parse_text(text)
    body = body_text(art)
    assert "not allies" not in body
    assert "The two leaders signed a joint statement." in body


def test_issued_on_label():
    # France 24: "Issued on: 04/02/2022 - 14:02" is the publication date (read day first, and said so)
    art = parse("france24.txt")
    assert art.published == "2022-02-04T14:02" and art.modified == "2022-02-04T18:27"
    assert any("ambiguous numeric date" in p for p in art.problems)


@pytest.mark.parametrize("line", ["(Reporting by Guy Faulconbridge; Editing by Kevin Liffey)",
                                  "Reporting by Guy Faulconbridge; Editing by Kevin Liffey"])
def test_staff_line_in_parentheses(line):
    art = parse_text(f"Xi meets Putin\n\nPublished: 2024-05-16\n\nXi met Putin in Beijing.\n\n{line}\n")
    assert kind_of(art, line) == "byline"
    assert "Guy Faulconbridge" in art.authors


def test_weekday_after_date_only_when_capitalized():
    art = parse_text("Talks\n\nSeptember 15, 2022 Thursday\n\nXi met Putin.\n")
    assert art.published == "2022-09-15"
    assert kind_of(art, "September 15, 2022 Thursday") == "date"


def test_end_marks_and_assistance_lines():
    art = parse("xinhua.txt")
    assert kind_of(art, "Enditem") == "boilerplate"
    assert body_text(art).rstrip().endswith("a success.")
    art = parse("bloomberg_yahoo.txt")
    assert kind_of(art, "--With assistance from Jennifer Jacobs.") == "byline"
    assert art.authors == []  # those who assisted are not the authors


def test_glued_this():
    art = parse_text("Talks\n\nPublished: 2024-05-16\n\nXi met Putinthis week. Putin said so. Putin left.\n")
    assert [(r.raw, r.repaired) for r in art.repairs] == [("Putinthis", "Putin this")]


def test_topic_line_above_the_headline():
    art = parse("guardian_page.txt")
    assert art.section == "Vladimir Putin"
    assert art.title == "Putin and Xi pledge 'new era' of partnership at Beijing summit"
    assert art.lede.startswith("Russian president's state visit")
    assert art.authors == ["Amy Hawkins", "Pjotr Sauer"]
    assert kind_of(art, "attend a welcoming ceremony in Tiananmen Square") == "caption"
    assert body_text(art).startswith("Vladimir Putin and Xi Jinping have pledged")


@pytest.mark.parametrize("title", ["Xi visits Moscow", "Talks end?"])
def test_short_headline_stays_the_title(title):
    # a short headline with a lower-case word (or a question) is no topic line, whatever follows it
    art = parse_text(f"{title}\n\nChina and Russia deepen their ties amid the war\n\nPublished: 2024-03-20\n\n"
                     "Xi met Putin in Moscow on Monday.\n")
    assert art.title == title


def test_global_times_source_line_with_a_date_label():
    # "Source: Global Times Published: 2024/5/16 22:12:49"; "By Zhang Hui in Beijing"
    art = parse("globaltimes.txt")
    assert (art.source, art.published) == ("Global Times", "2024-05-16T22:12:49")
    assert art.authors == ["Zhang Hui"]
    assert art.section == "CHINA / DIPLOMACY"
    assert "By Zhang Hui" not in body_text(art)


@pytest.mark.parametrize("name,authors,source,published", [
    ("chinadaily.txt", ["CAO DESHENG"], "China Daily", "2024-05-17T07:17"),  # "By X | China Daily | Updated: ..."
    ("feedly_rss.txt", ["Reid Standish"], "Radio Free Europe/Radio Liberty", "2024-05-16T14:05:00"),  # "RFE/RL / by X / Thu, 16 May ..."
])
def test_header_fields_on_one_line(name, authors, source, published):
    art = parse(name)
    assert (art.authors, art.source, art.published) == (authors, source, published)
    body = body_text(art)
    assert authors[0] not in body.split("\n")[0]
    for junk in ("Share - WeChat", "Visit Website", "@chinadaily.com.cn", "[Photo/Xinhua]"):
        assert junk not in body, junk


def test_fields_rule_needs_a_date_or_byline():
    # bars in a story sentence, or fields without a date or a byline, are no header line
    for line in ("Trade rose | exports fell | imports held", "Politics | Analysis"):
        art = parse_text(f"Xi meets Putin in Beijing\n\nPublished: 2024-05-16\n\nXi met Putin.\n\n{line}\n\nThey left.\n")
        assert line in body_text(art) or kind_of(art, line) != "date"
        assert art.authors == []


def test_al_jazeera_page():
    art = parse("aljazeera.txt")
    assert art.section == "News|Russia-Ukraine war"
    assert art.title == "Putin and Xi hail ‘new era’ of partnership as Russian leader visits China"
    assert art.lede.startswith("Russian President Vladimir Putin is on a two-day state visit")
    assert art.published == "2024-05-16"
    assert art.captions[0].endswith("[Sergei Bobylev/Sputnik/Kremlin Pool via Reuters]")  # caption with its credit
    body = body_text(art)
    for junk in ("Kremlin Pool", "Save articles to read later"):
        assert junk not in body, junk


def test_dw_furniture_and_signoff():
    art = parse("dw.txt")
    body = body_text(art)
    for junk in ("https://p.dw.com", "dh/rc", "(AFP, Reuters, dpa)"):
        assert junk not in body, junk
    assert {"AFP", "Reuters"} <= set(art.agencies)


@pytest.mark.parametrize("name,title,authors", [
    ("nyt.txt", "Putin and Xi Pledge Deeper Ties as Russia Presses War in Ukraine", ["David Pierson", "Valerie Hopkins"]),
    ("wapo.txt", "Putin and Xi pledge to deepen partnership in Beijing show of unity",
     ["Christian Shepherd", "Robyn Dixon"]),
])
def test_us_newspaper_pages(name, title, authors):
    art = parse(name)
    assert (art.title, art.authors, art.published) == (title, authors, "2024-05-16T05:00")
    body = body_text(art)
    for junk in ("SKIP ADVERTISEMENT", "Supported by", "Share full article", "appears in print", "Listen",
                 "Add to your saved stories", "\nSave\n"):
        assert junk not in body, junk


def test_pdf_copy_hyphenation_and_page_footers():
    art = parse("pdf_wrapped.txt")
    fixed = {(r.raw, r.repaired) for r in art.repairs if r.rule == "hyphenation"}
    assert fixed == {("part-\nnership", "partnership"), ("co-\noperation", "cooperation"),
                     ("Execu-\ntive", "Executive"), ("econom-\nic", "economic")}
    analysed = " ".join(art.analysis(s, e) for _p, s, e in art.sentences)
    assert "strategic partnership, which" in analysed and "economic caution" in analysed
    assert "Page 2 of 3" not in body_text(art) and "Page 3 of 3" not in body_text(art)
    assert "military-technical" in analysed  # a hyphen inside a line is the word's own


def test_hyphen_kept_when_the_text_writes_the_compound():
    text = ("Title: Xi and Putin meet\nPublished: 2024-05-16\n\nThe well-known plan of the long talks set long-\nterm goals, "
            "well-\nknown to all; the term ends in May. The strategic part-\nnership grew. Russia-\nChina trade grew.\n")
    art = parse_text(text)
    fixed = [(r.raw, r.repaired) for r in art.repairs if r.rule == "hyphenation"]
    # the compound written elsewhere, both parts words elsewhere, neither; "Russia-\nChina": names stay apart
    assert fixed == [("long-\nterm", "long-term"), ("well-\nknown", "well-known"), ("part-\nnership", "partnership")]


@pytest.mark.parametrize("cell,published,note", [
    ("1710806400", "2024-03-19T00:00:00", "read as Unix time"),  # a JSONL timestamp in seconds
    ("1710806400000", "2024-03-19T00:00:00", "read as Unix time"),  # in milliseconds
    ("2024-05-16T14:05:00Z", "2024-05-16T14:05:00", "time zone Z"),  # the zone dropped, and said so
    ("03/07/2024", "2024-07-03", "ambiguous numeric date"),
    ("May 16, 2024", "2024-05-16", None),
])
def test_table_date_cells(cell, published, note):
    art = parse_text("Xi met Putin in Beijing on Monday.", hints={"published": cell})
    assert art.published == published
    if note:
        assert any(note in p for p in art.problems), art.problems
    else:
        assert art.problems == []


def test_newsbank_record():
    # "Japan Times, The (Tokyo, Japan) - May 17, 2024", "Author/Byline:", "Readability:", "Record Number:"
    art = parse("newsbank.txt")
    assert (art.source, art.published, art.authors) == ("Japan Times, The (Tokyo, Japan)", "2024-05-17", ["Jesse Johnson"])
    assert art.lede == ""
    body = body_text(art)
    for junk in ("Readability", "Lexile", "Record Number", "All rights reserved"):
        assert junk not in body, junk


def test_byline_and_date_on_one_line():
    # Kyiv Independent: "by Martin Fornusek May 16, 2024 4:11 PM 2 min read", under a two-word section line
    art = parse("kyivindependent.txt")
    assert (art.authors, art.published) == (["Martin Fornusek"], "2024-05-16T16:11")
    assert art.section == "News Feed"
    assert art.title.startswith("Xi tells Putin China supports")


def test_staff_writers_line():
    art = parse("nikkei.txt")  # "CK TAN and TAISEI HOYAMA, Nikkei staff writers"
    assert (art.authors, art.source) == (["CK TAN", "TAISEI HOYAMA"], "Nikkei")
    assert "staff writers" not in body_text(art)


def test_headline_ending_in_a_period_above_the_date():
    art = parse("meduza.txt")
    assert art.title == "‘A new era’ Putin and Xi sign a sweeping joint statement in Beijing. Here’s what’s in it."
    assert art.published == "2024-05-16T17:32" and art.source == "Meduza"
    assert "Here’s what’s in it" not in body_text(art)


@pytest.mark.parametrize("line", [
    "Associated Press writer Jim Heintz in Tallinn, Estonia, contributed to this report.",
    "Keith Bradsher contributed reporting from Beijing.",
    "David Pierson reported from Beijing, and Valerie Hopkins from Berlin.",
    "Dixon reported from Riga, Latvia. Pei-Lin Wu in Taipei and Natalia Abbakumova in Riga contributed to this report.",
])
def test_contributor_lines_are_not_story(line):
    art = parse_text(f"Xi meets Putin in Beijing\n\nPublished: 2024-05-16\n\nXi met Putin.\n\n{line}\n")
    assert kind_of(art, line) == "byline"
    assert body_text(art) == "Xi met Putin."


@pytest.mark.parametrize("line", ["The BBC reported from Kyiv that the strikes continued overnight.",
                                  "China contributed to the fund."])
def test_story_sentences_about_reporting_stay(line):
    art = parse_text(f"Xi meets Putin in Beijing\n\nPublished: 2024-05-16\n\nXi met Putin.\n\n{line}\n")
    assert line in body_text(art)


def test_caption_with_a_copyright_credit():
    art = parse("france24.txt")  # "... on February 4, 2022. © Alexei Druzhinin, Sputnik, AFP"
    assert kind_of(art, "meet in Beijing on February 4, 2022.") == "caption"
    assert "Druzhinin" not in body_text(art)


def test_email_newsletter_headers():
    art = parse("newsletter.txt")  # From:, Sent:, Subject: of a newsletter saved as text
    assert art.title == "China Brief: Putin in Beijing; Blinken's warning; Harbin expo"
    assert (art.source, art.published) == ("Foreign Policy", "2024-05-17T07:02")
    assert "View in browser" not in body_text(art)


def test_dateline_with_the_agency_after_a_dash():
    art = parse("ria_ruheader.txt")  # "BEIJING, May 17 – RIA Novosti. Russian President ..."
    assert kind_of(art, "BEIJING, May 17 – RIA Novosti.") == "agency"
    assert "RIA Novosti" in art.agencies  # (its own agency in data/agencies.txt, not Sputnik's brand)
    assert not any(t.startswith("BEIJING") for t in body_text(art).split("\n"))


def test_the_same_date_written_twice_on_one_line():
    art = parse("dw.txt")  # "05/16/2024May 16, 2024"
    assert art.published == "2024-05-16"
    assert "05/16/2024" not in body_text(art)


def test_telegram_post():
    art = parse("telegram.txt")  # "Rybar in English, [16.05.2024 13:42]", hashtags, handle, views
    assert (art.source, art.published) == ("Rybar in English", "2024-05-16T13:42")
    body = body_text(art)
    for junk in ("#China", "@rybar_in_english", "45.2K", "[16.05.2024"):
        assert junk not in body, junk


def test_pressreader_page():
    art = parse("pressreader.txt")  # "Financial Times (UK) · 17 May 2024 · 1 · MAX SEDDON — RIGA JOE LEAHY — BEIJING"
    assert (art.source, art.published, art.authors) == ("Financial Times (UK)", "2024-05-17", ["MAX SEDDON", "JOE LEAHY"])
    body = body_text(art)
    for junk in ("Printed and distributed", "604 278", "COPYRIGHT"):
        assert junk not in body, junk


def test_russian_print_edition_line_and_signature():
    art = parse("kommersant_ru.txt")
    assert (art.source, art.title) == ("Коммерсантъ", "Новая эпоха с китайской спецификой")
    assert art.published == "2024-05-16T22:41"  # the online time wins over the date
    assert art.authors == ["Андрей Колесников", "Елена Черненко"]  # "Андрей Колесников, Пекин; Елена Черненко"
    assert "Колесников" not in body_text(art)
    # without the online time, the date is the publication date
    text = (ARTICLES / "kommersant_ru.txt").read_text(encoding="utf-8").replace("16.05.2024, 22:41", "")
    assert parse_text(text).published == "2024-05-17"


@pytest.mark.parametrize("name,title,published,authors", [
    # title, date and authors from the page's own metadata (og:title, article:published_time, JSON-LD)
    ("reuters_page.html", "China's Xi tells Putin of 'changes not seen for 100 years'", "2023-03-22T10:49:00",
     ["Guy Faulconbridge", "Laurie Chen"]),
    ("bbc_page.html", "Putin and Xi pledge 'new era' as Russian leader visits Beijing", "2024-05-16T05:12:44",
     ["Laura Bicker"]),
])
def test_saved_html_pages(name, title, published, authors):
    art = parse(name)
    assert (art.title, art.published, art.authors) == (title, published, authors)
    body = body_text(art)
    for junk in ("Accept All Cookies", "cookies", "Sustainability", "Breakingviews", "googletagmanager"):
        assert junk not in body, junk  # banners, menus and scripts before the headline or in <nav>


def test_line_breaks_inside_a_paragraph_element():
    text = ("<html><body><h1>Xi meets Putin</h1><p>Published 2024-10-22</p>\n<p>Xi met Russian President\n"
            "Vladimir Putin in Kazan on Tuesday, the Kremlin\nsaid.</p>\n<p>They talked.</p></body></html>")
    art = parse_text(text)
    assert [art.analysis(s, e).replace("\n", " ") for _p, s, e in art.sentences] == [
        "Xi met Russian President Vladimir Putin in Kazan on Tuesday, the Kremlin said.", "They talked."]


def test_invisible_characters_and_nbsp():
    text = "Xi meets Putin\n\nPublished: 2024-05-16\n\nChi\u00adnese sanc\u200btions grew con\u00ad\nflict.&nbsp;It ended.\n"
    art = parse_text(text)
    assert [art.analysis(s, e) for _p, s, e in art.sentences] == ["Chinese sanctions grew conflict.", "It ended."]


@pytest.mark.parametrize("line", [
    "With assistance from Chinese banks, Russia has kept its exports flowing despite sanctions.",
    "Trade rose 26 percent last year - TASS. The figure was a record.",
    "Trade reached 240 billion dollars [in 2023/24].",
    "The economy grew 5 percent in 2023. © IMF data show the rest.",
    "From: Moscow's point of view, the deal is a lifeline.",
    "To: the surprise of many, Xi agreed.",
    "Record number: 5 million tonnes of grain were shipped.",
    "TASS reported from Moscow.",
    "The Kremlin - May 16, 2024",
])
def test_story_lines_that_look_like_the_new_header_rules_stay_story(line):
    art = parse_text(f"Xi meets Putin in Beijing\n\nPublished: 2024-05-16\n\nXi met Putin.\n\n{line}\n\nThey left.\n")
    assert line in " ".join(art.text[s:e] for _p, s, e in art.sentences)
    assert art.source == "" and art.authors == []


def test_short_last_paragraph_with_an_end_mark():
    art = parse_text("Xi meets Putin in Beijing\n\nPublished: 2024-05-16\n\nXi met Putin.\n\n"
                     "The two sides hailed the talks as a success. Enditem\n")
    assert kind_of(art, "Enditem") == "boilerplate" and art.subheadings == []


def test_html_page_wrapped_in_a_form_and_an_h1_after_the_story():
    story = "<p>" + "Xi and Putin met in Beijing on Thursday and signed a joint statement on their ties. " * 6 + "</p>"
    wrapped = f"<html><body><form id='form1'><h1>Xi meets Putin</h1>{story}<p>They left.</p></form></body></html>"
    art = parse_text(wrapped)
    assert art.title == "Xi meets Putin" and len(art.sentences) == 7
    late = f"<html><body>{story}<p>They left.</p><h1>China Daily</h1></body></html>"
    art = parse_text(late)
    sentences = [art.analysis(s, e) for _p, s, e in art.sentences]
    assert sentences[:7] == [sentences[0]] * 6 + ["They left."]  # a story before the <h1> stays the story


@pytest.mark.parametrize("text", ["<button>x" * 3000, "<nav>" * 3000, "<![CDATA[" * 3000, "<![if" * 3000,
                                  "<time datetime=" * 3000, '<script type="application/ld+json">' * 1000,
                                  '<meta name="' * 3000])
def test_unclosed_markup_repeated(text):
    # a run of unclosed elements once cost a scan to the end for each (bench: bench/bench_parse.py)
    art = parse_text(text)
    assert "".join(text[s.start:s.end] for s in art.segments) == text
