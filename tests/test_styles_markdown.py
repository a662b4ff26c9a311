"""Markdown clippings: notes saved by web clippers and read-later apps (Obsidian Web Clipper, Readwise Reader,
Notion, Instapaper, Pocket) and static-site posts (Jekyll, Hugo), in tests/data/articles/md_*. Their front
matter is read as one metadata block (not line by line as a story's header), a "# Title" line opening the note
is the title, images are photos (their alt text the caption), lines of links are page furniture, and the
Markdown syntax inside the story is left out of the analysis text. Plain-text look-alikes (a story opening with
a line of dashes, "# 1 hit" in a wrapped line, "#MeToo") are read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslens.corpus import read_corpus
from presslens.parsing import parse_text

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
HEADER_KINDS = {"header", "title", "title_repeat", "date", "byline", "source", "lede", "section"}


def parse(name: str):
    art = parse_text((ARTICLES / name).read_text(encoding="utf-8"))
    check(art)
    return art


def check(art):
    """Lossless segments, sentences inside paragraphs, sorted repairs that match the text."""
    text = art.text
    assert "".join(text[s.start:s.end] for s in art.segments) == text
    for pno, s, e in art.sentences:
        ps, pe = art.paragraphs[pno]
        assert ps <= s < e <= pe
    for r in art.repairs:
        assert text[r.start:r.end] == r.raw
    assert all(a.end <= b.start for a, b in zip(art.repairs, art.repairs[1:], strict=False))


def sentences(art) -> list[str]:
    return [art.analysis(s, e) for _pno, s, e in art.sentences]


def kind_of(art, line: str) -> str:
    at = art.text.index(line)
    return next(s.kind for s in art.segments if s.start <= at < s.end)


def front_matter_kinds(art) -> set[str]:
    end = art.text.index("\n---", 3) + 4 if art.text.startswith("---") else art.text.index("\n+++", 3) + 4
    return {s.kind for s in art.segments if s.start < end and s.kind != "blank"}


# --- front matter ---------------------------------------------------------------------------------------------

def test_obsidian_web_clipper_note():
    art = parse("md_obsidian_nikkei.md")
    assert art.title == 'Russia\'s "pivot to Asia" runs into Chinese caution over Arctic shipping'  # \" unescaped
    assert art.authors == ["Hiroshi Tanaka", "Mariko Sato"]  # the list of [[wiki links]]
    assert art.published == "2024-06-12T07:30:00"  # "published", not "created"
    assert "published time given in time zone +09:00: kept as written (local time)" in art.problems
    # "source:" holds the page's URL: no outlet's name but the article's URL, and its site stands for the outlet (by the
    # known outlet's name on that site, data/outlets.txt)
    assert art.source == "Nikkei Asia"
    assert art.url == "https://asia.nikkei.com/Politics/International-relations/Russia-s-pivot-to-Asia-runs-into-Chinese-caution"
    assert art.lede == "Beijing's shipping firms are wary of Western sanctions as Moscow courts them for the Northern Sea Route."
    assert art.captions == ["A Russian icebreaker escorts a cargo ship along the Northern Sea Route. Photo by Reuters"]
    assert art.subheadings == ["Sanctions worries", "A long game"]
    assert front_matter_kinds(art) <= HEADER_KINDS
    assert kind_of(art, "**Related:** [Putin and Xi") == "boilerplate"  # a lead-in and a link
    assert kind_of(art, "[China's Cosco halts Arctic voyages]") == "boilerplate"  # a line that is only a link
    assert sentences(art) == [
        "Russian officials have spent months courting Chinese shipping companies to use the Northern Sea Route, "
        "but only a handful of vessels have made the trip this year.",  # the link's text; its URL holds "(shipping)"
        "State nuclear company Rosatom said on Tuesday that transit cargo fell in the first five months, and that "
        "it expected a recovery once new ice-class ships were delivered.",  # **bold** markers left out
        '"Chinese carriers have long memories of secondary sanctions," said Elizabeth Wishnick, a senior research '
        "scientist at CNA.",
        '"The route is cheaper on paper, but the insurance question has not been solved," said a Shanghai-based '
        "logistics executive.",  # the quote's ">" left out
        "Alexei Likhachev, head of Rosatom, told reporters in St. Petersburg that year-round navigation would be "
        "possible by 2030.",
    ]
    assert art.text.count("**transit cargo**") == 1  # the raw text is kept


def test_readwise_reader_export_in_russian():
    art = parse("md_readwise_ru.md")
    assert art.title == 'Путин и Си Цзиньпин договорились о "новой эпохе" сотрудничества'  # single quotes off
    assert art.authors == ["Анна Иванова", "Олег Петров"]  # "[[A]], [[B]]"
    assert art.source == "Ведомости"  # site_name
    assert art.url == "https://www.vedomosti.ru/politics/articles/2024/05/16/putin-si"
    assert art.published == "2024-05-16T18:20:00"  # published_date; saved_date is never the publication date
    assert art.modified == "" and art.section == ""  # Reader's "category: article" is a document type
    assert art.lede == "Переговоры в Пекине продолжались больше трех часов, сообщили в Кремле."  # the printed dek
    assert kind_of(art, "# Путин и Си") == "title_repeat" and art.subheadings == []
    assert kind_of(art, "**Читайте также:**") == "boilerplate"
    assert front_matter_kinds(art) <= HEADER_KINDS
    assert sentences(art) == [
        "Президент России Владимир Путин и председатель КНР Си Цзиньпин подписали в четверг совместное заявление, "
        "сообщает пресс-служба Кремля.",
        "Стороны договорились расширять расчеты в национальных валютах, заявил помощник президента Юрий Ушаков.",
        "Визит продлится два дня.",
    ]


def test_jekyll_post():
    art = parse("md_jekyll_post.md")
    assert art.title == 'Moscow\'s "turn to the East" tested by Kazakhstan'  # '' inside single quotes
    assert art.published == "2024-06-02T08:15:00"
    assert (art.source, art.authors, art.section) == ("The Moscow Times", ["Jane Doe"], "World")
    assert art.url == "https://www.themoscowtimes.com/2024/06/02/moscows-turn-east"  # permalink
    assert art.subheadings == ["Trade routes"]
    assert front_matter_kinds(art) <= HEADER_KINDS
    assert kind_of(art, "layout: post") == "header" and kind_of(art, "word_count: 512") == "header"
    assert sentences(art)[0] == ("Kazakhstan has become the test case for Moscow's promised turn to the East, "
                                 "diplomats in Astana say.")
    assert len(sentences(art)) == 3


def test_hugo_toml_front_matter():
    art = parse("md_hugo_toml.md")
    assert art.title == "Xi and Putin sign an energy pact in Beijing"
    assert (art.published, art.modified) == ("2024-05-16T10:00:00", "2024-05-17T09:00:00")  # date, lastmod
    assert art.authors == ["Wang Lei", "Li Na"]  # an array over several lines
    assert art.source == "Global Times"  # publisher, under [params]
    assert front_matter_kinds(art) <= HEADER_KINDS
    assert sentences(art) == [
        "Chinese President Xi Jinping and Russian President Vladimir Putin signed an energy pact on Thursday.",
        "The deal covers oil and gas supplies through 2030, the Kremlin said.",
    ]


@pytest.mark.parametrize("head, published, problem", [
    # a note's creation date: the publication date only when nothing else gives one, and said so
    ("created: 2024-05-21T10:12\n", "2024-05-21T10:12",
     "no publication date, only the date the note was created: published taken as 2024-05-21T10:12"),
    ("created: 2024-05-21\ndate: 2024-05-16\n", "2024-05-16", None),
    # when a read-later app saved the page: never
    ("saved_date: 2024-05-21\n", "", None),
    ("date_saved: 2024-05-21\npubDate: 2024-05-15\n", "2024-05-15", None),
])
def test_front_matter_dates(head, published, problem):
    art = parse_text(f"---\ntitle: Xi and Putin sign energy pact\n{head}---\n\nXi and Putin signed a pact on Thursday.\n")
    check(art)
    assert art.published == published
    assert (problem in art.problems) if problem else not any("created" in p for p in art.problems)
    assert sentences(art) == ["Xi and Putin signed a pact on Thursday."]


@pytest.mark.parametrize("head, authors, source, lede", [
    ('author: "[[Finbarr Bermingham]], [[Laura Zhou]]"\n', ["Finbarr Bermingham", "Laura Zhou"], "", ""),
    ("authors: [Jane Perlez, 'Keith O''Brien']\nsite: The New York Times\nsource: NYT Digest\n",
     ["Jane Perlez", "Keith O'Brien"], "The New York Times", ""),  # the site's name before "source"
    ("author:\n  name: Jane Doe\n  url: https://example.com/jane\n", ["Jane Doe"], "", ""),  # a mapping: its name
    ("author: South China Morning Post\n", [], "South China Morning Post", ""),  # an outlet, not a person
    ("description: >\n  Beijing and Moscow say they will\n  expand oil and gas trade.\n", [], "",
     "Beijing and Moscow say they will expand oil and gas trade."),  # a folded block
    ("excerpt: |\n  Beijing and Moscow\n  expand trade.\n", [], "", "Beijing and Moscow expand trade."),
])
def test_front_matter_people_outlets_lede(head, authors, source, lede):
    art = parse_text(f"---\ntitle: Talks\n{head}---\n\nXi and Putin signed a pact on Thursday.\n")
    check(art)
    assert (art.authors, art.source, art.lede) == (authors, source, lede)
    assert sentences(art) == ["Xi and Putin signed a pact on Thursday."]


def test_front_matter_title_over_several_lines_and_crlf():
    text = ("---\r\ntitle: >-\r\n  China and Russia hold\r\n  joint drills\r\ndate: 2024-07-15\r\n---\r\n\r\n"
            "The navies of China and Russia began drills on Monday.\r\n")
    art = parse_text(text)
    check(art)
    assert (art.title, art.published) == ("China and Russia hold joint drills", "2024-07-15")
    assert sentences(art) == ["The navies of China and Russia began drills on Monday."]


# --- Markdown bodies ------------------------------------------------------------------------------------------

def test_notion_page():
    art = parse("md_notion_rferl.md")
    assert art.title == "Kazakhstan weighs Russian and Chinese bids for its first nuclear plant"  # "# Title"
    assert art.authors == ["Chris Rickleton"]  # "Author: [Chris Rickleton](https://...)"
    assert art.source == "Radio Free Europe/Radio Liberty"  # "Source: [RFE/RL](https://...)"
    assert art.url == "https://www.rferl.org/a/kazakhstan-nuclear-plant-russia-china/32900000.html"
    # only "Created" (when the page was clipped) gives a date: taken, and said so; "Last edited time" never
    assert (art.published, art.modified) == ("2024-07-08T22:02", "")
    assert "no publication date, only the date the note was created: published taken as 2024-07-08T22:02" in art.problems
    for line in ("Created: July 8", "Last edited time:", "Tags: Kazakhstan", "URL: https"):
        assert kind_of(art, line) == "header"
    assert kind_of(art, "![](https://gdb.rferl.org/nuclear.jpg)") == "caption"
    assert art.captions == ["The site near Lake Balkhash was chosen in 2023. | Photo: RFE/RL"]  # no alt: no caption
    assert art.subheadings == []
    assert sentences(art) == [
        "Kazakhstan is weighing bids from Russia's Rosatom and China's CNNC to build its first nuclear power plant, "
        "officials said.",
        "Energy Minister Almasadam Satkaliyev said a decision would be made after a referendum in October.",
    ]


def test_instapaper_export():
    art = parse("md_instapaper_voa.md")
    assert art.title == "US warns Chinese banks over Russia trade"
    # "[Source](https://...) | voanews.com | By Nike Ching | 16 May 2024": the URL, the site, the byline, the date
    assert (art.published, art.source, art.authors) == ("2024-05-16", "Voice of America", ["Nike Ching"])
    assert art.url == "https://www.voanews.com/a/us-warns-chinese-banks/7600000.html"
    assert kind_of(art, "Saved to Instapaper") == "boilerplate"
    assert art.captions == ["Secretary of State Antony Blinken speaks in Beijing."]  # in italics under the image
    assert kind_of(art, "## My Highlights") == "boilerplate" and art.subheadings == []
    assert sentences(art) == [
        "The United States warned Chinese banks on Thursday that they could face sanctions for helping Russia buy "
        "military goods.",
        "Deputy Treasury Secretary Wally Adeyemo said the warning applied to banks of any size.",
    ]  # the highlights repeat the story: not said twice


def test_markdownload_clipping():
    art = parse("md_markdownload_scmp.md")
    assert art.title == "China and Russia pledge deeper energy ties | South China Morning Post"
    assert art.authors == ["Finbarr Bermingham"]
    assert art.published == "2024-05-21T10:00:00"  # only "created": taken, and said so
    assert "no publication date, only the date the note was created: published taken as 2024-05-21T10:00:00" in art.problems
    assert art.url == "https://www.scmp.com/news/china/diplomacy/article/3263012/china-and-russia"
    assert art.lede == ("Beijing and Moscow say they will expand oil and gas trade, but the pipeline remains without "
                        "a pricing deal.")  # the quoted "## Excerpt"
    assert kind_of(art, "> ## Excerpt") == "header"
    assert sentences(art) == [
        'China and Russia have promised to "consolidate and expand" their energy partnership, officials said on '
        "Thursday.",
        "Trade between the two countries hit a record last year.",
    ]


def test_omnivore_export():
    art = parse("md_omnivore_scmp.md")
    assert art.title == "Xi and Putin hail 'new era' in Beijing"
    assert (art.published, art.authors) == ("2024-05-16T18:00:00", ["Laura Zhou"])  # date_published, not date_saved
    assert art.url == "https://www.scmp.com/news/china/diplomacy/article/3262800"  # "[Read Original](...)"
    for line in ("#Omnivore", "[Read on Omnivore]", "[Read Original]", "## Highlights", "> Xi and Putin hailed"):
        assert kind_of(art, line) == "boilerplate"
    assert sentences(art) == [
        'Chinese President Xi Jinping and Russian President Vladimir Putin hailed a "new era" of ties on Thursday.',
        "The two leaders signed a joint statement.",
    ]


def test_markdown_headings_images_links_and_emphasis():
    text = ("# **Xi** hosts Putin\n\n*Beijing and Moscow pledge a new era of ties after two days of talks.*\n\n"
            "By Jane Doe | May 16, 2024\n\n"
            "Xi Jinping hosted [Vladimir Putin](https://en.wikipedia.org/wiki/Vladimir_Putin) in Beijing, "
            "state media [reported](https://example.com/r \"Xinhua\").\n\n"
            "![Putin arrives](https://example.com/b.jpg)\n\n_Putin arrives in Beijing on Thursday._\n\n"
            "**By the numbers**\n\n"
            "Trade reached $240 billion in 2023, *customs data* show. Exports rose ![](https://example.com/c.png) "
            "again.\n\n"
            "- [Xi and Putin in pictures](https://example.com/p)\n- [Timeline](https://example.com/t)\n")
    art = parse_text(text)
    check(art)
    assert art.title == "Xi hosts Putin"
    assert art.lede == "Beijing and Moscow pledge a new era of ties after two days of talks."
    assert (art.published, art.authors) == ("2024-05-16", ["Jane Doe"])
    assert art.captions == ["Putin arrives", "Putin arrives in Beijing on Thursday."]
    assert art.subheadings == ["By the numbers"]
    assert sentences(art) == [
        "Xi Jinping hosted Vladimir Putin in Beijing, state media reported.",
        "Trade reached $240 billion in 2023, customs data show.",
        "Exports rose  again.",
    ]


def test_a_title_line_that_repeats_the_front_matter_title_with_the_outlet():
    art = parse_text("---\ntitle: Xi and Putin sign an energy pact | Global Times\n---\n\n"
                     "# Xi and Putin sign an energy pact\n\nXi and Putin signed a pact on Thursday.\n")
    check(art)
    assert art.title == "Xi and Putin sign an energy pact | Global Times"
    assert kind_of(art, "# Xi and Putin") == "title_repeat" and art.subheadings == []


# --- look-alikes: plain text read as before -------------------------------------------------------------------

def test_a_story_opening_with_a_line_of_dashes_is_no_front_matter():
    art = parse_text("---\nXi meets Putin in Beijing\nBy John Smith\nMay 16, 2024\n---\n\n"
                     "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday.\n\n"
                     "The two leaders discussed trade, officials said.\n")
    check(art)
    assert (art.title, art.authors, art.published, art.url) == (
        "Xi meets Putin in Beijing", ["John Smith"], "2024-05-16", "")
    assert len(art.sentences) == 2
    # lines that look like keys, none a known one: story text (its "MOSCOW:" a dateline, as "MOSCOW -" is)
    art = parse_text("---\nMOSCOW: The Kremlin said on Thursday that talks with Beijing went well.\n"
                     "Officials: they agreed on energy.\n---\n\nXi met Putin in Beijing on Thursday.\n")
    check(art)
    assert art.title == ""
    assert sentences(art) == ["The Kremlin said on Thursday that talks with Beijing went well.",
                              "Officials: they agreed on energy.", "Xi met Putin in Beijing on Thursday."]


def test_mail_headers_between_dashes_read_as_before():
    art = parse_text("---\nFrom: Foreign Policy <newsletters@foreignpolicy.com>\nDate: Thu, May 16, 2024 at 8:01 AM\n"
                     "Subject: China Brief: Xi and Putin meet in Beijing\nTo: reader@example.com\n---\n\n"
                     "Welcome to Foreign Policy's China Brief.\n\nXi and Putin met in Beijing on Thursday.\n")
    check(art)
    assert (art.title, art.published, art.source) == ("China Brief: Xi and Putin meet in Beijing", "2024-05-16T08:01",
                                                      "Foreign Policy")
    assert sentences(art) == ["Welcome to Foreign Policy's China Brief.", "Xi and Putin met in Beijing on Thursday."]


def test_hash_signs_in_a_plain_story():
    art = parse_text("Pop star tops Russian charts again\n\nMay 16, 2024\n\nThe singer, whose song was the\n"
                     "# 1 hit in Russia last year, returned to the charts on Thursday, the agency said.\n"
                     "Her fans used the hashtag\n#MeToo and others.\n\nThe label said sales had doubled since January.\n")
    check(art)
    assert art.subheadings == [] and art.title == "Pop star tops Russian charts again"
    assert sentences(art) == [
        "The singer, whose song was the\n# 1 hit in Russia last year, returned to the charts on Thursday, the agency said.",
        "Her fans used the hashtag\n#MeToo and others.",
        "The label said sales had doubled since January.",
    ]


def test_a_url_line_in_a_plain_header_fills_the_url():
    art = parse_text("Title: Xi meets Putin\nURL: https://example.com/xi-putin\nDate: 2024-05-16\n\n"
                     "Xi met Putin in Beijing on Thursday.\n")
    assert (art.title, art.url, art.published) == ("Xi meets Putin", "https://example.com/xi-putin", "2024-05-16")


def test_corpus_url_column_from_the_front_matter(tmp_path):
    (tmp_path / "a.md").write_text((ARTICLES / "md_jekyll_post.md").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Xi meets Putin\n\nXi met Putin in Beijing on Thursday.\n", encoding="utf-8")
    arts = read_corpus(tmp_path, progress=False).articles.set_index("article_id")
    assert arts.loc["a", "url"] == "https://www.themoscowtimes.com/2024/06/02/moscows-turn-east"
    assert arts.loc["b", "url"] == ""


# --- hostile input --------------------------------------------------------------------------------------------

FRAGMENTS = ["---\n", "+++\n", "title: ", "author:\n", "  - ", '"', "'", "[[", "]]", "[", "](", ")", "![", "**", "*",
             "_", "> ", "# ", "## ", "- ", "\n", "\n\n", "Highlights\n", "https://x.org/a_(b)", "date: 2024-05-16",
             "created: 2024-05-21", "title = ", "[params]\n", "Xi met Putin.", "·", " | ", "by Jane Doe", "May 20, 2024",
             "Read more: ", "\r\n", "&amp;", "<b>", "</b>"]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=30))
def test_lossless_on_markdown_like_text(parts):
    check(parse_text("".join(parts)))


@pytest.mark.parametrize("unit, authors, published, source", [
    # inline links, emphasis, nested and unclosed brackets and emphasis on every line
    ("A [link](https://x.org/a) and **bold** and *it* _x_ > q [a [b] [c] ![i](u) **a **b *c\n", [], "", ""),
    # a clipper's source line, an image and a caption, repeated
    ("[Original](https://x.org) · site · by Jane Doe · May 20, 2024\n![a](b)\n*caption*\n\n", ["Jane Doe"],
     "2024-05-20", "site"),
    # a link target and a bracket never closed
    ("[a](" + "b" * 300 + " [" + "c" * 300 + "\n", [], "", ""),
], ids=["inline", "byline", "unclosed"])
def test_many_hostile_markdown_lines_keep_title_byline_and_date(unit, authors, published, source):
    # a long front-matter-like head, then the same line many times (time against size: bench/bench_linear.py)
    head = "---\ntitle: T\n" + "key: value\n" * 5000 + "---\n\n# T\n\n"
    art = parse_text(head + unit * 200)
    check(art)  # lossless
    assert art.text == head + unit * 200
    assert (art.title, art.authors, art.published, art.source) == ("T", authors, published, source)
    assert art.problems == []


def test_an_unclosed_front_matter_is_read_as_text():
    text = "---\ntitle: Xi meets Putin\n" + "tag: x\n" * 20_000  # no closing line within its reach
    art = parse_text(text)
    check(art)
    assert art.url == "" and kind_of(art, "---") != "header"
