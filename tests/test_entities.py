"""HTML entities left in a plain-text copy of a web page ("China &amp; World", "By Jane Doe&nbsp;|&nbsp;Published:
21 Mar 2023 &#8212; 10:45"): its header lines are read as the same lines without them are (parse_text reads the
text with its well-formed entities decoded and puts what it found back at its offsets), and each value is given
decoded; the story's analysis text decodes them as before. Text with an "&" that is no entity keeps its reading."""

import html

import pytest

from presslens.parsing import parse_text

STORY = ("Chinese President Xi Jinping and Russian President Vladimir Putin agreed on Tuesday to deepen their "
         "partnership, as the two leaders met for a second day of talks at the Kremlin.\n\n"
         "In a joint statement, the two sides said their relations had reached the highest level in history and "
         "were not directed against any third country.\n\n"
         "Trade between the two countries reached a record $190 billion last year, officials said on Tuesday.\n")


def reading(text: str) -> tuple:
    a = parse_text(text)
    return (a.title, a.published, a.authors, a.section, a.source, a.lede, a.agencies,
            [(s.kind, " ".join(a.analysis(s.start, s.end).split())) for s in a.segments if s.kind != "blank"],
            [" ".join(a.analysis(s, e).split()) for _p, s, e in a.sentences])


def plain(text: str) -> str:
    """The text as the page showed it: its entities decoded, a no-break space a space."""
    return html.unescape(text).replace("\xa0", " ")


def check_lossless(text: str) -> None:
    a = parse_text(text)
    assert a.segments[0].start == 0 and a.segments[-1].end == len(text)
    assert all(x.end == y.start for x, y in zip(a.segments, a.segments[1:], strict=False))


COPYRIGHT = "\n&copy; 2023 Foo Tribune. All rights reserved.\n&nbsp;\n"


@pytest.mark.parametrize("header,tail", [
    # a title with entities in its words
    ("Xi&#8217;s visit: Beijing &amp; Moscow hail &quot;new era&quot; of ties\n\n"
    "By Jane Doe | Published: 21 Mar 2023 10:45\n\n", ""),
    # a byline and date on one line, apart by no-break spaces and a bar
    ("Xi and Putin hail new era of ties in Moscow talks\n\n"
    "By Jane Doe&nbsp;&nbsp;|&nbsp;Published: 21 Mar 2023 10:45\n\n", ""),
    # a date line with an em dash before the time
    ("Xi and Putin hail new era of ties in Moscow talks\n\nBy Jane Doe\n\n"
    "Published: 21 Mar 2023 &#8212; 10:45 HKT\n\n", ""),
    # a section's breadcrumb over the headline
    ("World &gt; Asia\n\nXi and Putin hail new era of ties in Moscow talks\n\n"
    "By Jane Doe | 21 Mar 2023 10:45\n\n", ""),
    # the outlet's name over the headline
    ("Source: Foo &amp; Bar\n\nXi and Putin hail new era of ties in Moscow talks\n\n"
    "By Jane Doe | 21 Mar 2023 10:45\n\n", ""),
    # a copyright line closing the page, a no-break space alone on a line
    ("Xi and Putin hail new era of ties in Moscow talks\n\nBy Jane Doe | 21 Mar 2023 10:45\n\n", COPYRIGHT),
], ids=["title", "byline-nbsp-bar", "date-emdash", "section-gt", "source-amp", "copyright"])
def test_header_with_entities_is_read_as_without_them(header, tail):
    text = header + STORY + tail
    got, want = reading(text), reading(plain(text))
    assert got == want
    check_lossless(text)


def test_the_values_are_decoded():
    text = ("Source: Foo &amp; Bar\n\nXi&#8217;s visit: Beijing &amp; Moscow hail &quot;new era&quot;\n\n"
            "By Jane Doe&nbsp;&nbsp;|&nbsp;Published: 21 Mar 2023 &#8212; 10:45\n\n" + STORY)
    a = parse_text(text)
    assert a.title == "Xi’s visit: Beijing & Moscow hail \"new era\""
    assert a.authors == ["Jane Doe"]
    assert a.published.startswith("2023-03-21T10:45")
    assert a.source == "Foo & Bar"
    # the segments are on the text itself: the byline-and-date line whole, entities and all
    assert any(text[s.start:s.end] == "By Jane Doe&nbsp;&nbsp;|&nbsp;Published: 21 Mar 2023 &#8212; 10:45"
               for s in a.segments)
    check_lossless(text)


@pytest.mark.parametrize("line", [
    "AT&T said on Tuesday it would stop selling the phones in Moscow.",
    "Spending on R&D rose by a third, the ministry said.",
    "In a Q&A with readers, the envoy said the talks went well.",
    "The page printed &nbsp without its semicolon and &copy2024 in the middle of a story sentence.",
    "The template writes &amp;amp; where it means an ampersand, a developer said.",
])
def test_text_without_well_formed_entities_keeps_its_reading(line):
    # look-alikes: an "&" in a word, an entity's name without its semicolon, and (in the last) a real entity, whose
    # story line is read as the same line decoded is, its raw text kept in the segments
    text = "Xi and Putin hail new era of ties in Moscow talks\n\nBy Jane Doe | 21 Mar 2023 10:45\n\n" + line + "\n\n" + STORY
    a = parse_text(text)
    assert a.title == "Xi and Putin hail new era of ties in Moscow talks"
    assert a.authors == ["Jane Doe"]
    sents = [text[s:e] for _p, s, e in a.sentences]
    assert sents[0] == line  # the line is story text, as it was
    check_lossless(text)


def test_offsets_map_back():
    from presslens.parsing import _entity_decoded, _entity_view, _raw_offset
    text = "a &amp; b&#8212;c &nbsp;d AT&T &foo; &#x1F600;!"
    dec, marks = _entity_decoded(text)
    assert dec == "a & b—c  d AT&T &foo; 😀!"
    starts = [m[0] for m in marks]
    for i, ch in enumerate(dec):
        a, b = _raw_offset(marks, starts, i, False), _raw_offset(marks, starts, i + 1, True)
        assert plain(text[a:b]) in (ch, "\xa0", " ") or text[a:b] == ch
    view = _entity_view(text)
    assert len(view) == len(text) and view.split() == dec.split()
    # nothing well formed to decode: the text is read as it always was
    assert _entity_view("AT&T, R&D, Q&A, &nbsp without its semicolon, &copy2024, &foo bar;") is None


def test_an_entity_written_in_a_value_is_decoded_once():
    # a standfirst writing an entity ("&amp;lt;b&amp;gt;": the page shows "&lt;b&gt;") is given as the page shows it,
    # as before: the text read decoded is not decoded again
    text = ("South China Tribune\n\nXi and Putin hail new era of ties in Moscow talks\n\n"
            "The two leaders write &amp;lt;b&amp;gt; in their statement, a standfirst says\n\n"
            "By Jane Doe | 21 Mar 2023 10:45\n\n" + STORY)
    a = parse_text(text)
    assert a.lede == "The two leaders write &lt;b&gt; in their statement, a standfirst says"
    assert a.authors == ["Jane Doe"]


def test_a_note_with_front_matter_keeps_its_reading():
    # a Markdown note's front matter is read by its own rules at its offsets (an entity in a value: as before)
    text = ("---\ntitle: \"Beijing &amp; Moscow hail new era\"\nauthor: Jane Doe\npublished: 2023-03-21\n---\n\n"
            "# Beijing &amp; Moscow hail new era\n\n" + STORY)
    a = parse_text(text)
    assert a.authors == ["Jane Doe"] and a.published.startswith("2023-03-21")
    assert [s.kind for s in a.segments if s.kind != "blank"][:7] == [
        "header", "header", "title", "header", "byline", "date", "header"]  # its lines, fences included
    assert [text[s:e] for _p, s, e in a.sentences][0] == STORY.split("\n")[0].split(", as")[0] + ", as the two " \
        "leaders met for a second day of talks at the Kremlin."
    check_lossless(text)
