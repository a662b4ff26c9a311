"""The article parser: header styles, dates, captions and credits, agency tags, subheadings, glued words.

Tables of hand-written articles (inline, or files in tests/data/articles/) beyond the five seeds, so
the rules are pinned on export styles and wordings the seeds do not contain.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslens.parsing import (
    ParsedArticle,
    Repair,
    _alt,
    credit_start,
    find_glued,
    normalize_date,
    parse_text,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def kinds(art, *, skip=("blank",)):
    return [(s.kind, art.text[s.start:s.end]) for s in art.segments if s.kind not in skip]


def check_lossless(art):
    text = art.text
    assert "".join(text[s.start:s.end] for s in art.segments) == text
    pos = 0
    for s in art.segments:
        assert s.start == pos and s.end > s.start
        pos = s.end
    for pno, s, e in art.sentences:
        ps, pe = art.paragraphs[pno]
        assert ps <= s < e <= pe
    for r in art.repairs:
        assert text[r.start:r.end] == r.raw
    for (_, a), (b, _) in zip(art.paragraphs, art.paragraphs[1:], strict=False):
        assert a <= b


# --- dates -----------------------------------------------------------------------------------------

DATES = [
    ("2023-07-10", "2023-07-10"),
    ("2024-03-14T10:15:00+03:00", "2024-03-14T10:15:00"),
    ("2024-03-14 10:15", "2024-03-14T10:15"),
    ("21 декабря 2022,, 09:39", "2022-12-21T09:39"),
    ("21 декабрь 2022", "2022-12-21"),
    ("в январе 2023", ""),  # no day: not a date of publication
    ("5 января 2023", "2023-01-05"),
    ("5 январь 2023", "2023-01-05"),
    ("1 мая 2024 г., 10:00", "2024-05-01T10:00"),
    ("20 марта 2023", "2023-03-20"),
    ("Tuesday, March 21, 2023 | 08:50", "2023-03-21T08:50"),
    ("Published March 14, 2024 10:15 AM GMT+3", "2024-03-14T10:15"),
    ("March 14, 2024 4:05 PM", "2024-03-14T16:05"),
    ("March 14, 2024 12:30 AM", "2024-03-14T00:30"),
    ("Sept. 5, 2023", "2023-09-05"),
    ("Sep 5, 2023", "2023-09-05"),
    ("Jan. 17, 2024", "2024-01-17"),
    ("17 Jan 2024", "2024-01-17"),
    ("March 14, 2024", "2024-03-14"),
    ("14.03.2024", "2024-03-14"),
    ("03/14/2024", "2024-03-14"),
    ("2024/03/14", "2024-03-14"),
    ("10 de julho de 2023", "2023-07-10"),
    ("16 de mayo de 2024", "2024-05-16"),
    ("2023-02-31", ""),
    ("31.02.2023", ""),
    ("2023", "2023"),
    ("2023-07", "2023-07"),
    ("yesterday", ""),
    ("", ""),
    (None, ""),
]


@pytest.mark.parametrize("value,expected", DATES, ids=[str(v) for v, _ in DATES])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


HEADER_DATES = [
    # (text, published, modified)
    ("Posted 21 декабря 2022,, 09:39\n\nModified 24 декабря 2022,, 22:38\n\nXi met Medvedev in Beijing today.",
     "2022-12-21T09:39", "2022-12-24T22:38"),
    ("Published 3 января 2024, 11:00\nUpdated 4 январе 2024, 12:00\n\nStory text goes here.",
     "2024-01-03T11:00", "2024-01-04T12:00"),
    (" date 2023-03-21 Body text of the story starts here and goes on.", "2023-03-21", ""),
    (" date 2023-03-21 World Some title here Source: Sputnik Tuesday, March 21, 2023 | 08:50\n\nStory.",
     "2023-03-21T08:50", ""),
    ("Xi visits Moscow\n\nPublished March 14, 2024 10:15 AM GMT+3\n\nStory text.", "2024-03-14T10:15", ""),
    ("Xi visits Moscow\n\n20 марта 2023, 18:05\n\nStory text.", "2023-03-20T18:05", ""),
    ("Xi visits Moscow\n\n14.03.2024\n\nStory text.", "2024-03-14", ""),
    ("Xi visits Moscow\n\nMarch 14, 2024\n\nStory text.", "2024-03-14", ""),
    ("Date: 2024-03-14\nTitle: Xi visits Moscow\n\nStory text.", "2024-03-14", ""),
    # only an updated date: the article was published then or before, the nearest date known (noted)
    ("Xi visits Moscow\n\nLast updated: Sept. 2, 2024\n\nStory text.", "2024-09-02", "2024-09-02"),
]


@pytest.mark.parametrize("text,published,modified", HEADER_DATES, ids=[t[:30] for t, _, _ in HEADER_DATES])
def test_header_dates(text, published, modified):
    art = parse_text(text)
    check_lossless(art)
    assert (art.published, art.modified) == (published, modified)
    assert any(k == "date" for k, _ in kinds(art))


def test_impossible_date_is_not_used_and_noted():
    art = parse_text("Published 2023-02-31\n\nStory text here, long enough to be a story.")
    assert art.published == ""
    assert any("impossible date" in p for p in art.problems)


def test_time_zone_is_noted():
    art = parse_text("Title here\n\nPublished March 14, 2024 10:15 AM GMT+3\n\nStory.")
    assert art.published == "2024-03-14T10:15"
    assert any("GMT+3" in p for p in art.problems)


def test_published_hint_fills_a_missing_date():
    art = parse_text("Story text without any date at all.", hints={"published": "14/03/2024"})
    assert art.published == "2024-03-14"


PUBLISHED_HINTS = [
    # (text date line, hint, published, a problem that must be noted or None)
    ("Posted 2023-03-19 10:00", "2023-03-20", "2023-03-20", "differs from the date in the text"),  # the column wins
    ("Posted 2023-03-20 10:00", "2023-03-20", "2023-03-20T10:00", None),  # same day, the text's time refines it
    ("Posted 2023-03-20", "2023-03-20T08:15", "2023-03-20T08:15", None),
    ("Posted 2023-03-20", "not a date", "2023-03-20", "unreadable"),
    ("Posted 2023-03-20", "", "2023-03-20", None),
]


@pytest.mark.parametrize("line,hint,published,problem", PUBLISHED_HINTS, ids=[f"{h[0]}|{h[1]}" for h in PUBLISHED_HINTS])
def test_published_hint_is_the_record_date(line, hint, published, problem):
    art = parse_text(f"{line}\n\nXi met Putin in Moscow on Monday.", hints={"published": hint})
    assert art.published == published
    noted = [p for p in art.problems if "published hint" in p]
    assert (problem is None and not noted) or (problem is not None and any(problem in p for p in noted))


HINTED_TITLES = [
    # (text, hinted title, kinds of the segments (blanks left out), first sentence)
    ("A story whose words go on. And on.", "Talks in Beijing",
     ["body"], "A story whose words go on."),
    ("Talks in Beijing\nA story whose words go on.", "Talks in Beijing",
     ["title", "body"], "A story whose words go on."),
    ("TALKS  in beijing\n\nA story whose words go on.", "Talks in Beijing",
     ["title", "body"], "A story whose words go on."),
    ("Talks in Beijing &amp; Moscow\n\nA story whose words go on.", "Talks in Beijing & Moscow",
     ["title", "body"], "A story whose words go on."),
    ("Talks in Beijing A story whose words go on.", "Talks in Beijing",
     ["title", "body"], "A story whose words go on."),
    # a short first line that is not the given title is story text: no second title is made up
    ("Officials met\n\nA story whose words go on.", "Talks in Beijing",
     ["body", "body"], "Officials met"),
    ("date 2023-05-10\nTalks in Beijing\n\nA story whose words go on.", "Talks in Beijing",
     ["date", "title", "body"], "A story whose words go on."),
    ("Talks in Beijing\n\nA story whose words go on.", "<b>Talks</b> in Beijing",  # tags in the title cell
     ["title", "body"], "A story whose words go on."),
    ("A story whose <script>alert(1)</script> text is hostile, with a <a href=x>link</a>.", "Talks",
     ["body", "markup", "body", "markup", "body", "markup", "body"], "A story whose"),
]


@pytest.mark.parametrize("text,title,want_kinds,first", HINTED_TITLES, ids=[h[0][:30] for h in HINTED_TITLES])
def test_a_hinted_title_is_the_title_and_never_guessed_from_the_text(text, title, want_kinds, first):
    art = parse_text(text, hints={"title": title})
    check_lossless(art)
    assert art.title == title
    assert [k for k, _ in kinds(art)] == want_kinds
    _, s, e = art.sentences[0]
    assert art.analysis(s, e).startswith(first)
    assert not any("title guessed" in p or "differs from the title given" in p for p in art.problems)


def test_a_title_in_the_text_that_differs_from_the_hint_is_noted():
    art = parse_text("Title: Kremlin welcomes plan\n\nThe Kremlin said it welcomed the plan.",
                     hints={"title": "Moscow backs plan"})
    assert art.title == "Moscow backs plan"
    assert any("differs from the title given" in p for p in art.problems)


def test_table_row_title_column_is_the_title(tmp_path):
    from presslens.reading import iter_documents

    (doc,) = iter_documents(ROOT / "tests" / "data" / "hostile" / "payloads.csv")
    art = parse_text(doc.text, hints=doc.hints)
    check_lossless(art)
    assert art.title == " ".join(doc.hints["title"].split())
    assert art.sentences and art.analysis(*art.sentences[0][1:]).startswith("A story whose")
    assert "title" not in {s.kind for s in art.segments}


# --- header styles -----------------------------------------------------------------------------------

HEADERS = [
    # (name, text, expected fields)
    ("run-together with section, title, lede, source, date, share, credit",
     " date 2024-01-05 Politics Putin Says Talks Are Possible The Russian leader said on Friday that talks "
     "could resume. Source: TASS Friday, January 5, 2024 | 14:20 Share Tweet Mikhail Metzel/TASS Host Photo "
     "Agency via Reuters\n\nPutin told reporters in the Kremlin that Moscow never refused to talk.",
     {"section": "Politics", "title": "Putin Says Talks Are Possible", "source": "TASS", "agencies": ["TASS"],
      "lede": "The Russian leader said on Friday that talks could resume.", "published": "2024-01-05T14:20",
      "captions": ["Mikhail Metzel/TASS Host Photo Agency via Reuters"],
      "first": "Putin told reporters in the Kremlin"}),
    ("run-together, sentence-case title",
     " date 2023-05-02 Economy China buys more Russian oil Imports rose by a fifth in April, customs data "
     "showed. Source: Xinhua Tuesday, May 2, 2023 | 10:00\n\nChina imported record volumes of crude.",
     {"section": "Economy", "title": "China buys more Russian oil", "source": "Xinhua", "agencies": ["Xinhua"],
      "lede": "Imports rose by a fifth in April, customs data showed.", "first": "China imported record"}),
    ("date prefix then story",
     " date 2023-07-10 Xi Jinping met Valentina Matviyenko in Beijing on Monday. She praised the ties.\n\n"
     "More text follows here.",
     {"title": "", "published": "2023-07-10", "first": "Xi Jinping met Valentina Matviyenko"}),
    ("date prefix then a caption paragraph",
     " date 2022-10-02 Putin speaks with Xi in Samarkand, Uzbekistan. September 16, 2022. "
     "Sputnik/Sergey Bobylev/Pool via REUTERS/File\n\nThe Russian President congratulated Xi today.",
     {"captions": ["Putin speaks with Xi in Samarkand"], "first": "The Russian President congratulated",
      "agencies": []}),
    ("line header with repeated title, date, credit",
     "Posted 21 декабря 2022,, 09:39\n\nXi tells Medvedev of closer ties\n\nXi tells Medvedev of closer ties\n\n"
     "21 декабря 2022, 09:39\nФото: РГ\nChina is ready to move closer to Russia, Xi said.\n\nMore.",
     {"title": "Xi tells Medvedev of closer ties", "captions": ["Фото: РГ"], "first": "China is ready",
      "kinds": ["date", "title", "title_repeat", "date", "credit", "body", "body"]}),
    ("key-value export",
     "Title: Kremlin welcomes plan\nSource: Reuters\nPublished: 14.03.2024\nAuthor: Anna Petrova and Mark Smith\n"
     "Length: 412 words\n\nThe Kremlin said it welcomed the plan.",
     {"title": "Kremlin welcomes plan", "source": "Reuters", "published": "2024-03-14",
      "authors": ["Anna Petrova", "Mark Smith"], "first": "The Kremlin said"}),
    ("title, lede, byline",
     "Xi and Putin sign pact\n\nThe deal covers gas deliveries through 2040.\n\nBy Jane Doe\n\n"
     "China and Russia signed a deal on Thursday.\n\nMore text.",
     {"title": "Xi and Putin sign pact", "lede": "The deal covers gas deliveries through 2040.",
      "authors": ["Jane Doe"], "first": "China and Russia signed"}),
    ("standalone section line",
     "World\n\nXi visits Moscow\n\nXi Jinping arrived in Moscow on Monday for talks.\n\nMore.",
     {"section": "World", "title": "Xi visits Moscow", "first": "Xi Jinping arrived"}),
    ("hinted title repeated at the top",
     "Xi visits Moscow.\nXi Jinping arrived in Moscow on Monday for talks.",
     {"hints": {"title": "Xi visits Moscow."}, "title": "Xi visits Moscow.", "first": "Xi Jinping arrived"}),
    ("hinted title run into the story",
     "Xi visits Moscow Xi Jinping arrived in Moscow on Monday for talks.",
     {"hints": {"title": "Xi visits Moscow"}, "title": "Xi visits Moscow", "first": "Xi Jinping arrived"}),
    ("date prefix, then a story sentence holding a dated time",
     " date 2023-07-10 Xi met Putin on Monday, July 10, 2023 at 10:00 in Beijing. They talked for hours.",
     {"title": "", "published": "2023-07-10", "first": "Xi met Putin on Monday, July 10, 2023 at 10:00"}),
    ("plain story, no header",
     "Xi Jinping arrived in Moscow on Monday for talks with Putin.\n\nThey met for hours.",
     {"title": "", "first": "Xi Jinping arrived"}),
]


@pytest.mark.parametrize("name,text,want", HEADERS, ids=[h[0] for h in HEADERS])
def test_header_styles(name, text, want):
    art = parse_text(text, hints=want.get("hints"))
    check_lossless(art)
    for key in ("title", "section", "lede", "source", "published", "authors", "agencies"):
        if key in want:
            assert getattr(art, key) == want[key], key
    for cap in want.get("captions", []):
        assert any(c.startswith(cap) for c in art.captions)
        assert cap not in art.body()
    if "first" in want:
        p, s, e = art.sentences[0]
        assert art.text[s:e].startswith(want["first"])
    if "kinds" in want:
        assert [k for k, _ in kinds(art)] == want["kinds"]


def test_title_lede_guess_is_noted():
    art = parse_text(" date 2023-03-21 World China: We agree Beijing said it stands by Moscow. Source: Sputnik\n\nText.")
    assert (art.title, art.lede) == ("China: We agree", "Beijing said it stands by Moscow.")
    assert any("title/lede boundary guessed" in p for p in art.problems)


# --- captions and credits ----------------------------------------------------------------------------

CAPTIONS = [
    "Wang Yi attends the UN General Assembly in New York, September 24, 2022. REUTERS/Eduardo Munoz",
    "Xi and Putin pose in Samarkand on September 15, 2022. (Photo by Alexandr Demyanchuk/SPUTNIK/AFP ) File, Archive",
    "Фото: РГ",
    "Photo: Kremlin press service",
    "Putin and Xi shake hands in Moscow. Pool Photo via AP",
    "Putin speaks with Xi in Samarkand. September 16, 2022. Sputnik/Sergey Bobylev/Pool via REUTERS/File",
    "Putin and Xi at the Kremlin on March 21, 2023. Getty Images",
    "Putin and Xi at the Kremlin. EPA-EFE/SERGEI ILNITSKY",
    "Xi Jinping meets Putin in Beijing. Xinhua/Li Xueren",
    "File photo: Putin and Xi in Beijing in 2022.",
    "Xi and Putin in Beijing. (File photo)",
    "Putin arrives in Beijing. AP Photo/Alexander Zemlianichenko",
    "Putin in Beijing, May 16, 2024. (Getty Images)",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_caption_paragraphs_leave_the_body(caption):
    text = f"Xi met Putin.\n\nThe talks lasted for hours, officials said.\n\n{caption}\n\nThey agreed on more trade."
    art = parse_text(text)
    check_lossless(art)
    assert art.captions == [" ".join(caption.split())]
    assert caption not in art.body()
    assert "They agreed on more trade." in art.body()
    assert credit_start(caption) is not None


@pytest.mark.parametrize("tail", [
    "Xi met Putin. REUTERS/Eduardo Munoz", "The talks went on. (Photo by Jane Doe)", "Fotos via AP", "a trivial tail",
    "he said via telephone", "obvia", "viaduct", "Files on File", "FILEx", "x iStock", "Getty", "the photographer",
    "Фото: РГ", "(c) 2024", "A CAPITAL TASS", "an illustration", "", "Pic: PA", "Pics: PA", "PIC: PA", "pic: PA",
    "pics: PA", "PICS: PA", "Pic PA", "topics: trade",
])
def test_credit_hint_is_the_hint_regex(tail):
    """credit_start's hint (substring tests, one scan of the capitalized words) finds what _CREDIT_HINT finds: "via",
    "File" and "FILE" only as words."""
    from presslens import parsing

    assert parsing._credit_hint(tail) is bool(parsing._CREDIT_HINT.search(tail))


@pytest.mark.parametrize("word", ["Pic", "Pics", "PIC", "pic", "pics"])
def test_credit_pic_read_in_every_form_its_hint_takes(word):
    """A picture's credit "Pic: PA" closing the text is read in each form _PHOTO_WORD and _CREDIT_HINT take, "pics:"
    too (its substring hint for the credit pattern was missing: the pattern was never tried); "topics: trade" (the
    hint inside a word) and "PICS: PA" (a form neither takes) stay story text."""
    from presslens.parsing import credit_start

    text = "The minister spoke to reporters on Friday about the plan and the budget for next year. "
    assert credit_start(text + word + ": PA") == len(text)
    assert credit_start(text + "Other topics: PA") is None
    assert credit_start(text + "PICS: PA") is None


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["via", "File", "FILE", "photo", "Photo", "iStock", "AP", "/", "©", "(c)", "Фото",
                                 "x", "é", " ", "_", "1", "o", "V", "F"]), max_size=8))
def test_credit_hint_agrees_with_the_hint_regex(parts):
    from presslens import parsing

    tail = "".join(parts)
    assert parsing._credit_hint(tail) is bool(parsing._CREDIT_HINT.search(tail))



@pytest.mark.parametrize("run", [
    "They met. (With information from EFE)", "Com informações da Reuters", "Avec l'AFP", "По материалам ТАСС",
    "Agencies", "with reporting by", "With inputs from agencies", "without any reporting", "the agency said", "",
])
def test_with_info_hint_holds_the_literals(run):
    """The substring tests that gate the "(With information from EFE)" pattern find what the literals' scan found:
    each literal holds one of the pieces tested first."""
    from presslens import parsing

    assert all(any(p in w for p in parsing._WITH_INFO_PIECES) for w in parsing._WITH_INFO_WORDS)
    literals = re.compile("|".join(re.escape(w) for w in parsing._WITH_INFO_WORDS))
    assert parsing._with_info_hint(run) is bool(literals.search(run))


NOT_CAPTIONS = [
    "He said so in an interview with Reuters.",
    "The poll was conducted by Reuters/Ipsos in March.",
    "The talks were reported by AP and AFP.",
    "A photo of the meeting was published by the Kremlin.",
    "Xinhua said the leaders met for hours.",
    "Traders sold the 50/50 contracts on Friday.",
]


@pytest.mark.parametrize("para", NOT_CAPTIONS)
def test_story_paragraphs_are_not_captions(para):
    art = parse_text(f"Xi met Putin.\n\n{para}\n\nThey agreed.")
    assert art.captions == []
    assert para in art.body()


def test_trailing_credit_of_a_long_paragraph_is_split_off():
    story = " ".join(["The leaders talked about trade, energy and security for many hours."] * 8)
    art = parse_text(f"{story} REUTERS/Eduardo Munoz\n\nMore text here.")
    assert "REUTERS/Eduardo Munoz" not in art.body()
    assert art.captions == ["REUTERS/Eduardo Munoz"]
    assert story in art.body()


# --- agency tags, source, bylines, boilerplate, subheadings -------------------------------------------

AGENCY_TAGS = [
    # (paragraph, agencies, kind sequence of the paragraph's segments, body text left)
    ("Wang Yi urged restraint at the UN on Saturday. (AFP)", ["AFP"], ["body", "agency"],
     "Wang Yi urged restraint at the UN on Saturday."),
    ("(With information from EFE)", ["EFE"], ["agency"], ""),
    ("(With information from AFP and Reuters)", ["AFP", "Reuters"], ["agency"], ""),
    ("The ministry confirmed the visit. (Reuters)", ["Reuters"], ["body", "agency"], "The ministry confirmed the visit."),
    ("MOSCOW (AP) — Russia and China held naval drills.", ["AP"], ["agency", "body"], "Russia and China held naval drills."),
    ("BEIJING, March 21 (Reuters) - China said it would mediate.", ["Reuters"], ["agency", "body"],
     "China said it would mediate."),
    ("Source: Sputnik", ["Sputnik"], ["source"], ""),
    ("The talks went well, he said.\n\n(Xinhua)", ["Xinhua"], ["body", "agency"], "The talks went well, he said."),
]


@pytest.mark.parametrize("para,agencies,seq,body", AGENCY_TAGS, ids=[a[0][:30] for a in AGENCY_TAGS])
def test_agency_tags(para, agencies, seq, body):
    art = parse_text(f"Xi met Putin in Moscow on Monday.\n\n{para}")
    check_lossless(art)
    assert art.agencies == agencies
    assert [k for k, _ in kinds(art)][1:] == seq
    assert art.body() == "\n\n".join(x for x in ["Xi met Putin in Moscow on Monday.", body] if x)


def test_source_line_sets_source_and_agency_only_for_agencies():
    art = parse_text("Source: Global Times\n\nXi met Putin in Moscow on Monday.")
    assert (art.source, art.agencies) == ("Global Times", [])
    art = parse_text("Source: Sputnik\n\nXi met Putin in Moscow on Monday.")
    assert (art.source, art.agencies) == ("Sputnik", ["Sputnik"])


def test_photo_credits_do_not_count_as_agencies():
    art = parse_text("Xi met Putin.\n\nPutin in Moscow. REUTERS/Maxim Shemetov\n\nMore. (AFP)")
    assert art.agencies == ["AFP"]


BOILERPLATE = ["Tweet Share", "Advertisement", "Read also: Xi meets Putin in Moscow", "Share this article",
               "Subscribe to our newsletter", "Читайте также: Си Цзиньпин прибыл в Москву", "ADVERTISEMENT"]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate(line):
    art = parse_text(f"Xi met Putin on Monday.\n\n{line}\n\nThey agreed on trade.")
    assert ("boilerplate", line) in kinds(art)
    assert line not in art.body()


BYLINES = [
    ("By John Smith", ["John Smith"]),
    ("By John Smith and Jane Doe, Reuters", ["John Smith", "Jane Doe"]),
    ("Author: Anna Petrova", ["Anna Petrova"]),
    ("Автор: Анна Петрова", ["Анна Петрова"]),
]


@pytest.mark.parametrize("line,authors", BYLINES)
def test_bylines(line, authors):
    art = parse_text(f"Xi visits Moscow\n\n{line}\n\nXi met Putin on Monday in the Kremlin.\n\nMore.")
    assert art.authors == authors
    assert ("byline", line) in kinds(art)


def test_by_in_a_story_sentence_is_not_a_byline():
    art = parse_text("Xi met Putin.\n\nBy Monday, the troops had left the border area.\n\nMore.")
    assert art.authors == []
    assert "By Monday, the troops" in art.body()


def test_subheadings_between_story_paragraphs():
    text = ("Xi met Putin in Beijing on Thursday.\n\nThey signed a statement.\n\nGrowing pressure on Europe\n\n"
            "Europe reacted cautiously.\n\nA shared worldview\n\nBoth criticised NATO.\n\nThe End")
    art = parse_text(text)
    assert art.subheadings == ["Growing pressure on Europe", "A shared worldview"]
    assert "Growing pressure" not in art.body()
    assert "The End" in art.body()  # last line: nothing follows it, so it is story text


def test_markdown_heading_is_a_subheading():
    art = parse_text("Xi met Putin on Thursday.\n\n## Energy\n\nThey signed deals.")
    assert art.subheadings == ["Energy"]


# --- glued words ------------------------------------------------------------------------------------

GLUED_CONTEXT = ("Xi Jinping and Wang Yi spoke. Ukraine and Russia. Wang said it. Kremlin. Jinping said. "
                 "Ukraine is at war. Thursday came. McDonald iPhone YouTube Israelis Parisian Chinatown "
                 "Washington Berlin Kyiv Russian Japanese Boston Clinton. ")
GLUED = [
    ("Xi Jinpingon the occasion", "Xi Jinping on the occasion", "name+function"),
    ("Wangwho at no time", "Wang who at no time", "name+function"),
    ("the invasion on UkraineWang called", "the invasion on Ukraine Wang called", "camel"),
    ("from Russia y Ukraineand welcomes", "from Russia y Ukraine and welcomes", "name+function"),
    ("talks with theKremlin today", "talks with the Kremlin today", "function+name"),
    # a word no name opens, glued to one the text never writes alone: a lost link all the same
    ("the war againstMoldova drags on", "the war against Moldova drags on", "function+name"),
    ("trade amidSanctions grew", "trade amid Sanctions grew", "function+name"),
    ("поставки изКитая выросли", "поставки из Китая выросли", "function+name"),  # a Russian preposition
    ("as reported toXinhua today", "as reported to Xinhua today", "function+name"),
    # verbs of saying after a name the text writes alone ("Wang Yi spoke", GLUED_CONTEXT)
    ("as Wangwarned the envoys", "as Wang warned the envoys", "name+function"),
    ("and Wangstressed it", "and Wang stressed it", "name+function"),
]


@pytest.mark.parametrize("raw,fixed,rule", GLUED, ids=[g[0] for g in GLUED])
def test_glued_words_are_repaired_in_the_analysis_text(raw, fixed, rule):
    text = GLUED_CONTEXT + raw + "."
    art = parse_text(text)
    assert fixed in art.body()
    assert raw in art.text  # the raw text is kept
    assert [r.rule for r in art.repairs] == [rule]


NOT_GLUED = ["McDonald", "iPhone", "YouTube", "Israelis", "Parisian", "Chinatown", "Washington", "Berlin", "Kyiv",
             "Russian", "Japanese", "Boston", "Clinton", "Newton", "PetroChina", "DeSantis", "MacArthur",
             # a lower-case opening that brands use ("in", "on", "e", "i"), the second word never alone: kept
             "inDrive", "eBay", "onSemi", "ВКонтакте"]


@pytest.mark.parametrize("word", NOT_GLUED)
def test_words_that_are_not_glued(word):
    text = (f"{GLUED_CONTEXT}Clint Eastwood and Mac and Arthur and Petro and China and Santis. "
            f"He mentioned {word} twice: {word}. New and Paris and Israel and Russi.")
    assert parse_text(text).repairs == []


# find_glued looks only at candidate runs found by one regex scan; the rules must hold for capitals
# outside Latin-1 and Cyrillic, for runs cut by the span, and when many words are counted (full count).
GLUED_DIRECT = [
    ("Łódźand was shelled. Łódź and Łódź.", [(0, 36)], [("Łódźand", "Łódź and", "name+function")]),
    ("Ωmega Αθήναand Αθήνα Αθήνα", [(0, 26)], [("Αθήναand", "Αθήνα and", "name+function")]),
    ("theKremlin Kremlin", [(3, 18)], []),  # the span cuts the run: "Kremlin" is no glued word
    ("x theKremlin Kremlin", [(0, 20)], [("theKremlin", "the Kremlin", "function+name")]),
    ("UkraineWang Ukraine Wang ÷Wang", [(0, 30)], [("UkraineWang", "Ukraine Wang", "camel")]),
    (" ".join(f"Name{i}on" for i in range(30)), [(0, 10_000)], []),  # digits split the runs: "on" stays
    (" ".join(f"Nam{c}on Nam{c} Nam{c}" for c in "abcdefghijklmnopq"), [(0, 10_000)],
     [(f"Nam{c}on", f"Nam{c} on", "name+function") for c in "abcdefghijklmnopq"]),
]


@pytest.mark.parametrize("text,spans,want", GLUED_DIRECT, ids=[g[0][:30] for g in GLUED_DIRECT])
def test_find_glued_candidates(text, spans, want):
    got = find_glued(text, [(s, min(e, len(text))) for s, e in spans])
    assert [(r.raw, r.repaired, r.rule) for r in got] == want
    assert all(text[r.start:r.end] == r.raw for r in got)


def _glue_runs_by_two_scans(para: str) -> dict[int, int]:
    """find_glued's candidate runs as two scans found them: capitalized runs ending in a function word (or a Russian
    verb's ending), then the runs holding a lower-to-upper case change."""
    from presslens import parsing

    func_run = re.compile(
        r"[^\W\d_a-zà-ÿа-яё](?<![^\W\d_][^\W\d_])(?:" + parsing._GLUE_RU_VERB + r"|[^\W\d_]*+(?:"
        + "|".join("(?<=" + _alt(w for w in parsing._FUNC if len(w) == n) + ")"
                   for n in sorted({len(w) for w in parsing._FUNC})) + "))")
    runs = {m.start(): m.end() for m in func_run.finditer(para)}
    for m in re.finditer(r"[A-ZÀ-ÞА-ЯЁ](?<=[a-zà-ÿа-яё].)", para):
        lm = re.compile(r"[^\W\d_]+").match(para, m.start() - 1)
        if lm is not None:
            a = m.start() - 1
            while a > 0 and re.match(r"[^\W\d_]", para[a - 1]):
                a -= 1
            runs[a] = lm.end()
    return runs


@pytest.mark.parametrize("para", [
    "Xi Jinpingon Monday UkraineWang theKremlin", "Ван Иотметил, Лихачевподчеркнул", "Łódźand Αθήναand ßand",
    "аб×Word wordand×x Jinpingand×", "÷Wang a÷B ×Ab Name1on", "", "×", "a×", "Washington’s “Bostonand” — Kremlin…",
])
def test_glue_runs_are_the_two_scans_runs(para):
    """One scan (_GLUE_CANDIDATE, and "×" on its own) finds the runs the two scans found, no more."""
    from presslens import parsing

    assert parsing._glue_runs(para) == _glue_runs_by_two_scans(para)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="aAbBxX ×÷ßÞàÀéÉ ЖжАаЁёлтяь1_.-’ЛиВанonandthesaidΩαª²", max_size=16))
def test_glue_runs_agree_with_the_two_scans(para):
    from presslens import parsing

    assert parsing._glue_runs(para) == _glue_runs_by_two_scans(para)
    assert parsing._glue_runs("Jinping" + para) == _glue_runs_by_two_scans("Jinping" + para)


def test_no_letters_class_names_no_letter():
    """The characters named in _GLUE_CANDIDATE's class to be ruled out first are no letters: naming them changes
    nothing the class matches."""
    from presslens import parsing

    named = re.compile(f"[{parsing._NO_LETTERS}]")
    letter = re.compile(r"[^\W\d_]")
    named_chars = [chr(c) for c in range(0x2100) if named.fullmatch(chr(c))]
    assert len(named_chars) > 200 and not any(letter.fullmatch(c) for c in named_chars)


@pytest.mark.parametrize("words", [["mar", "march", "marzo", "may", "ma"], ["AP", "AFP", "APA", "A P"],
                                   ["Reuters", "REUTERS", "Reuter"]])
def test_word_alternation_prefers_the_longest_word(words):
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(_alt(words))
    for text in ["march 5", "marzo", "mar.", "may ma", "AFP AP APA A P", "REUTERS Reuter Reuters", "xmay"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
        # with something after the word, the engine backs off to shorter words in the same order
        after = re.compile(f"(?:{_alt(words)})\\b")
        plain_after = re.compile(f"(?:{plain.pattern})\\b")
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in plain_after.finditer(text)]


def test_analysis_follows_changes_to_repairs():
    art = ParsedArticle(text="talks with theKremlin today",
                        repairs=[Repair(11, 21, "theKremlin", "the Kremlin", "function+name")])
    assert art.analysis(0, 27) == "talks with the Kremlin today"
    assert art.analysis(11, 21) == "the Kremlin" and art.analysis(12, 27) == "heKremlin today"
    art.repairs = []
    assert art.analysis(0, 27) == "talks with theKremlin today"
    art.repairs.append(Repair(0, 5, "talks", "Talks", "test"))
    assert art.analysis(0, 27) == "Talks with theKremlin today"


# --- HTML ------------------------------------------------------------------------------------------------

def test_html_tags_are_markup_segments_and_entities_are_decoded():
    art = parse_text((ARTICLES / "html_article.txt").read_text(encoding="utf-8"))
    check_lossless(art)
    assert art.title == "Xi hosts Putin in Beijing"
    assert art.published == "2024-05-16T10:30"
    assert art.captions == ["Xi and Putin in Beijing. Photo: Xinhua"]
    assert art.subheadings == ["Energy deals"]
    assert "welcomed Vladimir Putin at the Great Hall of the People & praised" in art.body()
    assert "<" not in art.body()
    assert {s.kind for s in art.segments} >= {"markup", "title", "date", "caption", "body"}


HOSTILE = ROOT / "tests" / "data" / "hostile"


def body_segments_text(art):
    return " ".join(art.text[s.start:s.end] for s in art.segments if s.kind == "body")


MARKUP_ELEMENTS = [
    # (text, a raw piece that must be inside one markup segment, story words that must stay in the body)
    ("<p>Xi met Putin.</p><script>var x = '<p>'; if (a > b) {}</script><p>They talked.</p>",
     "<script>var x = '<p>'; if (a > b) {}</script>", ["Xi met Putin.", "They talked."]),
    ("<p>Xi met Putin.</p>\n<style type='text/css'>\np { color: red }\n\nbody{}</style>\n<p>They talked.</p>",
     "<style type='text/css'>\np { color: red }\n\nbody{}</style>", ["Xi met Putin.", "They talked."]),
    ("Xi met Putin. <SCRIPT>alert(1)</SCRIPT > They talked.", "<SCRIPT>alert(1)</SCRIPT >",
     ["Xi met Putin.", "They talked."]),
    # never closed: the rest is the element's (as a browser reads it)
    ("Xi met Putin.\n\nThey talked.<script>document.write(1)\n\nalert(2)", "<script>document.write(1)\n\nalert(2)",
     ["Xi met Putin.", "They talked."]),
    # a ">" inside a quoted attribute value does not end the tag
    ('Xi met Putin. <img alt="a > b" src=x onerror=alert(1)> They talked.', '<img alt="a > b" src=x onerror=alert(1)>',
     ["Xi met Putin.", "They talked."]),
    ("Xi met Putin. <img alt='x>y' title=\"q>r\"> They talked.", "<img alt='x>y' title=\"q>r\">",
     ["Xi met Putin.", "They talked."]),
    # an apostrophe in an unquoted value is part of it, not an opening quote
    ("Xi met <a href=x title=Xi's>Putin</a>. They talked.", "<a href=x title=Xi's>", ["Xi met", "Putin", "They talked."]),
]


@pytest.mark.parametrize("text,element,story", MARKUP_ELEMENTS, ids=[m[1][:25] for m in MARKUP_ELEMENTS])
def test_script_style_and_quoted_attributes_are_whole_markup_segments(text, element, story):
    art = parse_text(text)
    check_lossless(art)
    at = text.index(element)
    assert any(s.kind == "markup" and s.start <= at and at + len(element) <= s.end for s in art.segments)
    body = body_segments_text(art)
    for words in story:
        assert words in body
    for code in ("alert", "color", "onerror", "document", "var x", "b\"", "y'"):
        assert code not in art.body()


LINES_CUT_BY_TAGS = [
    # a short piece of a paragraph before a tag is no subheading; link text stays in the sentence
    "Xi met Putin in Moscow on Monday.\n\nThe article mentions <script>x()</script> in its text.\n\nThey talked for hours.",
    "Xi met Putin in Moscow on Monday.\n\nIt also has an image <img src=x> and a <a href=y>click here</a> link.\n\n"
    "They talked for hours.",
    "<p>Xi met Putin in Moscow on Monday.</p>\n<p>Talks went well</p>\n<p>They talked for hours.</p>",
    "<p>Xi met Putin in Moscow on Monday.</p><div>Talks went well</div><p>They talked for hours.</p>",
    "Xi met Putin in Moscow on Monday.\n\nA svg <svg onload=f()></svg> and an <iframe src=z></iframe> close it.\n\n"
    "They talked for hours.",
]


@pytest.mark.parametrize("text", LINES_CUT_BY_TAGS, ids=[t[35:70] for t in LINES_CUT_BY_TAGS])
def test_lines_cut_by_tags_are_story_text_not_subheadings(text):
    art = parse_text(text)
    check_lossless(art)
    assert art.subheadings == []
    assert not {"subheading", "boilerplate"} & {s.kind for s in art.segments}
    assert art.body().startswith("Xi met Putin") and art.body().endswith("They talked for hours.")
    words = re.sub(r"<[^<>]*>", " ", text).split()
    assert " ".join(art.body().split()) == " ".join(w for w in words if w != "x()")


def test_plain_text_and_html_subheadings_are_still_found():
    plain = parse_text("Xi met Putin in Moscow on Monday.\n\nTalks went well\n\nThey talked for hours.")
    html_ = parse_text("<p>Xi met Putin in Moscow on Monday.</p>\n<h3>Talks went <b>well</b></h3>\n<p>They talked.</p>")
    assert plain.subheadings == ["Talks went well"]
    assert html_.subheadings == ["Talks went well"]


def test_headings_and_captions_with_inline_tags_are_whole():
    art = parse_text("<h1>Xi <b>hosts</b>\nPutin &amp; Li</h1>\n<p>Posted 16 May 2024</p>\n"
                     "<p>Chinese President Xi welcomed Putin. They talked.</p><h2>Energy <i>deals</i></h2>"
                     "<p>More text.</p><figure><figcaption>Xi <b>and</b> Putin. Photo: Xinhua</figcaption></figure>")
    check_lossless(art)
    assert (art.title, art.subheadings, art.captions) == ("Xi hosts Putin & Li", ["Energy deals"],
                                                          ["Xi and Putin. Photo: Xinhua"])
    assert art.body() == "Chinese President Xi welcomed Putin. They talked.\n\nMore text."


ENCODED_TITLES = [
    ("&lt;b&gt;Beijing &amp; Moscow&lt;/b&gt; hold talks\n\nOfficials met on Wednesday. They talked.",
     "<b>Beijing & Moscow</b> hold talks"),
    ("date 2023-05-10\nBeijing &amp; Moscow &lt;i&gt;hold talks&lt;/i&gt;\n\nOfficials met on Wednesday.",
     "Beijing & Moscow <i>hold talks</i>"),
]


@pytest.mark.parametrize("text,title", ENCODED_TITLES, ids=[t[1] for t in ENCODED_TITLES])
def test_a_title_line_with_encoded_markup_is_the_title(text, title):
    art = parse_text(text)
    check_lossless(art)
    assert art.title == title
    assert art.body().startswith("Officials met")


def test_hostile_payloads_file():
    text = (HOSTILE / "payloads.txt").read_text(encoding="utf-8")
    art = parse_text(text)
    check_lossless(art)
    assert art.title.startswith("Hostile <script>") and art.title.endswith("onerror=\"" + art.title.split('onerror="')[1])
    assert art.subheadings == []
    body = art.body()
    for words in ("The article mentions in its text.", "It also has an image and a link click here in the story.",
                  "A svg and an iframe close the story, with a style and fetch("):
        assert words in " ".join(body.split())
    # every raw (not entity-encoded) element is inside a markup segment
    for m in re.finditer(r"<(script|style|img|svg|iframe|a)\b", text):
        assert any(s.kind == "markup" and s.start <= m.start() < s.end for s in art.segments), m.group(0)
    assert "background:url" not in body


# --- whole files -------------------------------------------------------------------------------------------

FILES = {
    "kv_header.txt": {"title": "Kremlin welcomes Chinese peace plan", "source": "Reuters", "published": "2024-03-14",
                      "agencies": ["Reuters"], "captions": 1, "first": "The Kremlin said on Thursday"},
    "gmt_byline.txt": {"title": "Xi and Putin sign energy pact", "published": "2024-03-14T10:15",
                       "modified": "2024-09-02T16:05", "authors": ["Jane Doe"], "agencies": ["AP", "Reuters"],
                       "captions": 1, "first": "China and Russia signed"},
    "russian_lines.txt": {"title": "Си Цзиньпин встретился с Путиным в Москве", "published": "2023-03-20T18:05",
                          "captions": 1, "first": "Председатель КНР"},
    "runon_politics.txt": {"title": "Putin Says Talks Are Possible", "section": "Politics", "source": "TASS",
                           "published": "2024-01-05T14:20", "captions": 1, "first": "Russian President Vladimir"},
    "guardian.txt": {"title": "Xi Jinping hails ‘new era’ of ties as he meets Putin in Moscow",
                     "lede": "Chinese leader says relations between the two countries are entering a new era as "
                             "western concern grows.",
                     "authors": ["Pjotr Sauer", "Helen Davidson"], "published": "2023-03-20T14:05", "captions": 1,
                     "first": "Xi Jinping has arrived in Moscow"},
    "tass.txt": {"title": "", "agencies": ["TASS"], "captions": 1, "first": "Russian President Vladimir Putin"},
    "efe.txt": {"agencies": ["EFE"], "captions": 0, "first": "El presidente chino", "subheadings": []},
    "ap.txt": {"title": "Putin, Xi vow to deepen ties", "authors": ["KEN MORITSUGU"], "agencies": ["AP"],
               "published": "2023-03-20T17:45", "first": "Chinese leader", "subheadings": []},
    "rt.txt": {"title": "Putin and Xi discuss Ukraine peace plan", "published": "2023-03-21T08:50",
               "modified": "2023-03-21T10:15", "captions": 1, "first": "Russian President Vladimir Putin has said"},
    "wrapped.txt": {"title": "Xi and Putin meet in Moscow", "published": "2023-03-21T08:50",
                    "first": "Chinese President Xi Jinping and Russian President Vladimir Putin held\ntalks"},
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_article_files(name):
    want = FILES[name]
    art = parse_text((ARTICLES / name).read_text(encoding="utf-8"))
    check_lossless(art)
    for key, value in want.items():
        if key == "captions":
            assert len(art.captions) == value
        elif key == "first":
            _, s, e = art.sentences[0]
            assert art.text[s:e].startswith(value)
        else:
            assert getattr(art, key) == value, key


# --- lossless on anything -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")) + sorted(ARTICLES.glob("*.txt")),
                         ids=lambda p: p.name)
def test_lossless_on_files(path):
    check_lossless(parse_text(path.read_text(encoding="utf-8")))


FRAGMENTS = ["date 2023-07-10", " ", "\n", "\n\n", "\n\n\n\n", "Source: ", "Sputnik", "REUTERS/Eduardo Munoz", "(AFP)",
             "Tweet Share", "World", "China: We", "Xi Jinpingon", "UkraineWang", "<p>", "</p>", "<b>", "&amp;",
             "Фото: РГ", "Posted 21 декабря 2022,, 09:39", "Tuesday, March 21, 2023 | 08:50", ". .", "(…)", "Mr.",
             "U.S.", "By John Smith", "Title: X", "MOSCOW (AP) — ", "said.", "the", "Hello", "\r\n", "”", "“",
             "(With information from EFE)", "(Photo by X/AFP)", "via AP", "2023-02-31", "Getty Images", "## ",
             "<script>", "</script>", "<style a='>'>", '<img alt="a > b" src=x>', "&lt;b&gt;", "<!--", "-->", "<br>"]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=25),
       st.sampled_from([None, {"title": "Hello World", "published": "2023-01-02"}]))
def test_lossless_on_article_like_text(parts, hints):
    check_lossless(parse_text("".join(parts), hints=hints))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_lossless_on_any_text(text):
    check_lossless(parse_text(text))


def test_empty_text():
    art = parse_text("", hints={"title": "T", "published": "2023-01-02"})
    assert (art.segments, art.title, art.published) == ([], "T", "2023-01-02")


@pytest.mark.parametrize("url,site", [
    ("https://www.scmp.com/news/china/article/3263012", "scmp.com"), ("https://news.cgtn.com/news/2024", "cgtn.com"),
    ("https://www.bbc.co.uk/news/world", "bbc.co.uk"), ("https://m.lenta.ru/news/2024/05/16/", "lenta.ru"),
    ("http://192.168.0.1/page", ""), ("not a web address", ""), ("https://localhost/x", ""),
])
def test_site_domain(url, site):
    from presslens.parsing import site_domain

    assert site_domain(url) == site


def test_source_falls_back_to_the_site_of_the_url():
    # a known outlet's site by the outlet's name (data/outlets.txt), another by its host
    assert parse_text("Xi met Putin in Beijing.", hints={"url": "https://www.bbc.co.uk/news/x"}).source == "BBC News"
    assert parse_text("Xi met Putin in Beijing.", hints={"url": "https://www.pressdesk.co.uk/x"}).source == "pressdesk.co.uk"
    art = parse_text("Xi met Putin in Beijing.", hints={"url": "https://www.bbc.co.uk/news/x", "source": "BBC News"})
    assert art.source == "BBC News"  # a named outlet wins
    assert parse_text("Source: Global Times\n\nXi met Putin.\n", hints={"url": "https://x.org/a"}).source == "Global Times"


@pytest.mark.parametrize("text, boiler", [
    ("Share this article", True),
    ("ſhare this article", True),  # the long s folds to "s" ignoring case: a gate by first letter must know it
    ("SHARE VIA", True),
    ("12 comments", True),  # a unit opening with \d
    ("https://example.com/x", True),
    ("The company is not responsible for the content of external sites.", True),  # a unit opening with any character
    ("Shares in Gazprom fell 3% on Monday.", False),  # a look-alike line of prose keeps its reading
    ("12 commentators agreed.", False),
    ("", False),
])
def test_boilerplate_gate_by_first_character(text, boiler):
    """The boilerplate patterns tried by a line's first character (_FirstCharGate) match exactly when all of
    them joined do."""
    from presslens import parsing

    gated = parsing._boilerplate_fullmatch()
    assert isinstance(gated.__self__, parsing._FirstCharGate)
    assert bool(gated(text)) is boiler
    assert bool(gated.__self__._joined(text)) is boiler


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="sSſkKKaAbB1 .:#@(-)\nпП", max_size=12))
def test_boilerplate_gate_agrees_with_the_joined_patterns(text):
    from presslens import parsing

    units = ["share|kremlin", r"\d+ a", r"(?-i:B)b+", r"[^a]x", r"(?=s)s\w*", "п[а-я]*|@.*"]
    gate = parsing._FirstCharGate(units, re.compile("|".join(f"(?:{u})" for u in units), re.I))
    assert gate._classes is not None and gate._classes[3] is None  # a negated class opens with any character
    assert bool(gate.fullmatch(text)) == bool(gate._joined(text))


@pytest.mark.parametrize("pattern, words", [
    (r".{0,80}\b(is|are) not responsible for the content\b.{0,150}", [" not responsible for the content"]),
    (r"(tweet|share this)( now)?", ["tweet", "share this"]),  # a word of each branch
    (r"(?:follow us)+ on .*", ["follow us"]),  # a repeat of once or more holds its words
    (r"(follow us)?\W.*", None),  # an optional part holds none
    (r"[a-z]+\s+by\s.*", None),  # a class: no word
    (r"читать далее.*", None),  # no ASCII word
])
def test_needed_words_of_a_boilerplate_unit(pattern, words):
    from presslens import parsing

    assert parsing._needed_words(re._parser.parse(pattern, re.I).data) == words


def test_boilerplate_gate_skips_units_whose_words_a_line_lacks(monkeypatch):
    """A unit that opens with any character is tried on a line only when the line holds one of its words; a line
    with a character an ASCII letter matches ignoring case gets it always ("s" matches a long s: "reſponsible")."""
    from presslens import parsing

    units = [r".{0,80}\b(is|are) not responsible for the content\b.{0,150}", r"share|tw\w+"]
    gate = parsing._FirstCharGate(units, re.compile("|".join(f"(?:{u})" for u in units), re.I))
    used = []  # the units each line is tried with
    for_units = gate._for_units
    monkeypatch.setattr(gate, "_for_units", lambda picked: lambda text: used.append(picked) or for_units(picked)(text))
    assert not gate.fullmatch("Shares in Gazprom fell 3% on Monday after the talks ended.")
    assert not gate.fullmatch("Shares in Gazprom fell 3% on Monday, the company’s CEO said — again.")  # curly quotes
    assert used == [(1,), (1,)]  # lines without the first unit's words: the second unit only
    assert gate.fullmatch("The site is NOT responsible for the content of links.")
    assert gate.fullmatch("The site is not reſponsible for the content of links.")  # a look-alike: kept
    assert used[2:] == [(0, 1), (0, 1)]
    assert gate.fullmatch("Share") and not gate.fullmatch("Shares")


def test_boilerplate_gate_compiles_each_unit_once(monkeypatch):
    """The gate tries a line's units one by one, each compiled once when first tried, not an alternation per set of
    units (the sets differ by first character and by the words a line holds: compiled per set, the same units were
    compiled again and again, most of a process's cold parse cost). The matches are the joined patterns' still."""
    from presslens import parsing

    units = [r".{0,80}\b(is|are) not responsible for the content\b.{0,150}", r"share|tw\w+", r"s\w+ here",
             r"[a-z]+ more", r"\d+ views"]
    gate = parsing._FirstCharGate(units, re.compile("|".join(f"(?:{u})" for u in units), re.I))
    compiled = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda p, flags=0: compiled.append(p) or real_compile(p, flags))
    lines = ["Share", "Shares", "Sign here", "Tweet", "Read more", "12 views", "The site is not responsible for "
             "the content of links.", "Shares in Gazprom fell 3% on Monday.", "Twelve more", "the views here",
             "No match at all", "12 more"]
    for line in lines:
        assert bool(gate.fullmatch(line)) == bool(gate._joined(line)), line
    assert sorted(compiled) == sorted(set(compiled)) and set(compiled) <= set(units)  # one unit each, once each
    assert gate.fullmatch("Sign here") and not gate.fullmatch("Sign there")  # a look-alike: still no match


def test_joined_boilerplate_reads_each_unit_once_and_compiles_no_pattern_alone(monkeypatch):
    """Building the gate reads each unit once (for its first characters and its words alike) and compiles the
    patterns joined, not each alone as well (they are checked joined; the gate compiles the units it tries): a
    process's cold parse paid for both. Patterns that cannot be joined are still tried one by one."""
    from presslens import parsing

    sources = [r"share|sign in", r".{0,80}\bnot responsible for the content\b.*", r"\d+ views"]
    parsed, compiled = [], []
    real_parse, real_compile = re._parser.parse, re.compile
    monkeypatch.setattr(re._parser, "parse", lambda p, flags=0, *a: parsed.append(p) or real_parse(p, flags, *a))
    monkeypatch.setattr(re, "compile", lambda p, flags=0: compiled.append(p) or real_compile(p, flags))
    fullmatch = parsing._joined_fullmatch(sources)
    units = fullmatch.__self__._units
    assert len(units) == 3 and all(parsed.count(u) == 1 for u in units)
    assert not set(sources) & set(compiled)
    assert fullmatch("Sign in") and fullmatch("12 views") and not fullmatch("12 viewers")  # a look-alike: no match
    # (a global flag in the middle cannot be joined: each pattern alone, the same answers)
    alone = parsing._joined_fullmatch(["(?s)x.y|sign in", r"\d+ views"])
    assert alone("x\ny") and alone("Sign in") and alone("12 views") and not alone("12 viewers")


def test_folds_to_ascii_are_every_character_re_matches_to_ascii_ignoring_case():
    from presslens import parsing

    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    assert sorted(re.compile(r"[\x00-\x7f]", re.I).findall(others)) == sorted(parsing._FOLDS_TO_ASCII)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="sSſkKKeEyYéİı .", max_size=14))
def test_boilerplate_word_gate_agrees_with_the_joined_patterns(text):
    from presslens import parsing

    units = [r".*\bkeys\b.*", r"(?-i:S)(ye|key)sk*", r".?(seek|yes)+", r"sky"]
    gate = parsing._FirstCharGate(units, re.compile("|".join(f"(?:{u})" for u in units), re.I))
    assert gate._needed == [["keys"], None, None, None]
    assert bool(gate.fullmatch(text)) == bool(gate._joined(text))


def test_boilerplate_gate_steps_aside_for_back_references():
    from presslens import parsing

    units = [r"(a)\1", "b"]  # joined, the back reference would name another group: no gate
    gate = parsing._FirstCharGate(units, re.compile("|".join(f"(?:{u})" for u in units), re.I))
    assert gate._classes is None
    assert gate.fullmatch("aa") and gate.fullmatch("B") and not gate.fullmatch("ab")


def test_boilerplate_gate_steps_aside_without_re_private_parser(monkeypatch):
    """re's parser is private: where it is not what the gate reads (another Python), the gate is off and every
    text gets the joined patterns, the same matches."""
    from presslens import parsing

    monkeypatch.setattr(parsing, "_CLASS_ESCAPES", {})
    units = ["share|kremlin", r"\d+ a"]
    gate = parsing._FirstCharGate(units, re.compile("|".join(f"(?:{u})" for u in units), re.I))
    assert gate._classes is None
    assert gate.fullmatch("Share") and gate.fullmatch("12 a") and not gate.fullmatch("shares")
