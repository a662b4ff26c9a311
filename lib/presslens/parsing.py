"""Parsing one article's decoded text into segments, metadata, body paragraphs and sentences.

CONTRACT (used by presslens.corpus; keep it):

    parse_text(text: str, *, hints: dict | None = None) -> ParsedArticle

* ``segments`` are contiguous, in order, and cover ``text`` exactly: ``segments[0].start == 0``,
  ``segments[i].end == segments[i+1].start``, ``segments[-1].end == len(text)`` (none when text is '').
* ``paragraphs`` are the (start, end) spans of body paragraphs (story text only: no captions, credits,
  agency tags, boilerplate, subheadings, headers).
* ``sentences`` are (paragraph_no, start, end) spans inside those paragraphs.
* ``repairs`` are glued words repaired in the analysis text; ``analysis(start, end)`` returns
  ``text[start:end]`` with the repairs inside that span applied (the space a repair puts after a full stop,
  "security.Kishida", is left out at the span's end: the sentence "... security." ends there).
* ``hints`` carries metadata known from outside the text (CSV/JSONL columns, a feed item's or a chat message's
  fields: title, published, source, url, authors, section).
  A hinted title *is* the title (entities decoded, white space collapsed): where the text repeats it (the
  same words, whatever the case, spacing, punctuation or tags) that line is a ``title`` segment, and no
  other title is guessed from the text (a title found there that differs is noted in ``problems``). A
  hinted date is the record's date: it wins over a date in the text (a disagreement is noted), and a text
  date of the same day that also gives the time refines it. A hinted source fills ``source`` only when the
  text names none.

How an article is read
----------------------
The text is cut into *units*: non-blank lines (and, in HTML, the text between block tags). The
**header** is read unit by unit from the top. Inside a header unit, *anchors* are found first: dates
("date 2023-07-10", "Published 21 декабря 2022,, 09:39", "Tuesday, March 21, 2023 | 08:50"),
"Source: X", share-button runs ("Tweet Share"), key-value lines ("Title: ..."), bylines; the free text
between anchors is then a section name (from ``data/sections.txt``), a title (and a lede when one
free run holds both, split at a guessed boundary noted in ``problems``), a repeated title, a photo
caption or credit, or the start of the story. Short label lines above the headline of a browser copy
(the site's name, a desk, menu words: "VOA News" / "EAST ASIA PACIFIC") are the source, the section or
furniture: the headline is the line above the standfirst and the byline/date lines (see
:meth:`_Parse.headline_after_labels`). The **body** is read in paragraphs (blank-line blocks):
captions and credits (a paragraph ending in "REUTERS/Name", "(Photo by .../AFP)", "Фото: РГ",
"... via AP", "Getty Images", "File photo"...), agency tags ("(AFP)" closing a paragraph,
"(With information from EFE)", "MOSCOW (AP) —" datelines), boilerplate (``data/boilerplate.txt``),
bylines, and subheadings (a short line without final punctuation between story paragraphs) are split
off; what is left is story text. Glued words ("UkraineWang", "Xi Jinpingon") are repaired in the
analysis text through :class:`Repair` records (the raw text is kept); HTML tags become ``markup``
segments and entities are decoded the same way. A plain text holding HTML entities (a page's text copy: "China
&amp; World", "By Jane Doe&nbsp;|&nbsp;Published: ...") is read with its well-formed entities decoded, as the same
text without them is, and what is found there is put back at its offsets in the text (see :func:`_entity_decoded`).

The body's edges: a dateline without an agency ("WASHINGTON —", "KYIV, Ukraine —") opening one of the
first two story paragraphs is a ``header`` segment; a caption is also a "FILE - ..." paragraph, a line
repeating a caption (or the line before it) word for word, a credit in capitals ("... 2023. VCG") or after
a bar ("... Friday. | Reuters"), and a caption glued to the credit before it. What follows the story is
read line by line from the end of the text up to the last line of story text (:meth:`_Parse.end_matter`):
authors' notes ("Jack Detsch is a Pentagon reporter at Foreign Policy." about a byline's name), editors'
initials ("kk"), a letter's closing, postal addresses, and the short lines without a full stop under a line
announcing them ("Related Posts", "KEYWORDS", "Материалы по теме:", "Sign up for our newsletters"). In a
forwarded e-mail, the note above the "Forwarded message" line is furniture; a message quoted line by line ("> ")
under a mail's header or "... wrote:" line is read unquoted, and a chat's export ("[04/09/2024, 08:12] Name: ...")
without its messages' prefixes, the talk around the pasted article furniture (see :func:`_parse_unquoted`). A full stop with no space after
it ("security.Kishida") gets one in the analysis text and ends the sentence.

HTML: a tag is read with its quoted attribute values (a ">" inside one does not end it); ``<script>`` and
``<style>`` elements are one ``markup`` segment each, contents included (one never closed runs to the end
of the text, as a browser reads it), so their code never reaches the body or a sentence. Block tags (p,
div, br, h1, li, td ...) end a paragraph; inline and embedded ones (b, a, span, img, svg, iframe,
script, style, comments) do not: "The article mentions <script>...</script> in its text." is one
paragraph, and sentences are split on the text with the tags blanked out. A piece of a line cut by tags
is never a subheading, title or metadata line of its own: in HTML only ``<h1>``-``<h6>`` (and
``<title>``) give titles and subheadings. Title decisions read a line's words with entities decoded and
the tags they encode left out ("&lt;b&gt;Beijing &amp; Moscow&lt;/b&gt; hold talks" is a title line).

Markdown (notes saved by web clippers and read-later apps, Jekyll/Hugo posts): a YAML ("---") or TOML ("+++")
front matter block opening the text is read as the metadata it is (see :meth:`_Parse.front_matter`), each of its
lines a header segment; a "# Title" line opening the note is the title (or repeats the front matter's), images
are photos whose alt text is the caption, lines of links are page furniture, and link, emphasis and quote syntax
inside the story is left out of the analysis text by ``markdown`` repairs, as inline HTML tags are. The
article's URL (``url``) comes from the front matter or a "URL:" header line.

Database records and other copies: a library database's record (ProQuest, EBSCOhost, Gale) is read by its fields
(:meth:`_Parse.proquest_kind`: "Authors: Harrington, Paul", "Source: Financial Post. 11/14/2023, pFP4. 1p.", a
field's value going on over the next lines, Gale's "Source Citation" and the citation under it); a media-monitoring
clip's "Headline:" field makes the free lines above it the service's labels; a Wayback Machine copy's banner and
toolbar are furniture (:meth:`_Parse.archive_banner`), and a label line whose words or initials spell the site's
domain ("Radio Free Asia" on rfa.org) is the outlet; a live blog's entry time alone on its line ("04:05 GMT") is a
header line and the entry's headline under it a subheading.

Other page copies: a headline may sit right above the byline or date lines under short lines that are no labels by
their form (a site's name, a menu: "President of Russia" / "Events" / "Transcripts"; see
:meth:`_Parse.headline_above_meta`), or under the date lines after a short rubric (TASS); a blog platform's widgets
(counters, "Follow", "Published in", subscription prompts and boxes), editors' update and correction notes, portals'
notes on syndicated agency copy, a notes list under its heading ("Notes", "[1] ..."), a comments section, an author's
box ("Written by ..."), contact lines (an e-mail address, "To contact the reporter ..."), an appeal box closing the page
and a pull quote printed again from the story are furniture; a line indented under a sentence's end starts a paragraph
(terminal copy). The outlet may come from a copyright line or an issuer's name opening the text, an author's note
("... a reporter for NBC News."), a blog's subscription prompt, or a reprint or translation note.

More page copies (the twentieth probe): a name, a dash and the date on one line ("Iryna Kutielieva — Tuesday, 4 June
2024, 14:22"); a blog's "By X in Category on Date"; "Jun 18, 2024 - World"; a masthead word over the date line; a
"section | rubric" label; an audio player's lines under "Listen to this story"; a summary's heading and points opening
the body ("KEY POINTS") as the lede; link boxes' headings ("Новости и материалы по теме", "Don't miss ...", "Related
stories from ..."), video widgets, print-edition notes and two-line appeal boxes as furniture; agencies in capitals on
a line of their own ("REUTERS, AFP"); a clipper's "Clipped from:" address as the article's URL; the page's first label
line, when its furniture names it again, as the outlet.

The twenty-first probe: a news wire's slug line ("BC-EU--Russia-China, 1st Ld-Writethru"), editors' note ("Eds: ..."),
agency line over the dateline and transmission stamp ("AP-WF-05-28-24 1452GMT", the date); a copyright line in
parentheses; "Follow ... at https://..." prompts; "OUTLET WITH AGENCY" bylines and the place in capitals under them;
widget counters on their own lines ("48.2K subscribers", "👍 312  🔥 45", "ЛАЙК0"); a comments heading inside a block
of buttons and the first heading of a comments run; tags and widget lines of up to six words under the last sentence;
a source line listing an agency among other sources (agencies, no outlet); Xinhua's end mark "-0-" closing the story.

Saved web pages (the twenty-fifth probe): the label over the <h1> is the section (a kicker, a rubric over the date line or
in front of it; a menu's <li> item, links side by side, the site's name, a writer's linked name or a date's month is
none), the block right under it the standfirst when it is a heading, has no full stop, or stands over the lead photo's
caption and the byline (one opening with a dateline or ending in a colon is the story's); without an <h1>, the block
repeating the metadata headline plays its part; the writer's name linked to their page, alone, is the byline; boxes the
page marks by their class (newsletter, donation, subscription, ad, share, related, tags, bio, player...: 150 words at
most; a class in camel case read by its parts; the short words not when the class names the story's text, "article-body
ad-free", nor round most of the page's words, nor an ad's, share or tags box round a sentence) and posts embedded from a
social network (X, Instagram, TikTok, Bluesky, Threads, Facebook, Reddit) are markup with their contents; a box of links
under a lead-in ("Related Stories", "Также по теме") is furniture; the lead photo's title under its credit is its
caption (no heading, no dateline); an authors' box on one line of elements gives its authors; the page metadata names
no outlet as an author (an agency stays the agency; the site's name after a writer's is cut), finds a publisher and
authors by their JSON-LD @id, and its authors count in the closing run; a date's label in an element of its own labels
the date under it. Header lines, datelines and dates with tags inside are read by their words ("Nov. 8, 2023</time>
<span>Updated: Nov. 9, 2023": a date, then a labelled one, on one line is read so in a text copy too).

Exports and apps (the twenty-ninth probe): a feed reader's item line ("Kyodo News · by KYODO NEWS · Nov 30, 2024 21:14")
is a byline-and-date line, and an app's menu block closes with its last item over a blank line and the headline; a
date relative to the day the page was copied ("вчера, 18:40", "Сегодня в 09:12") is a date line with no date (under the
headline, or under the labels over it), and a person's name right over it the byline; a known section named again in a
block of its own under the menu is the article's; a print page's masthead and date may stand over the headline, its
standfirst over a "By" byline; a donation box ("Поддержите «Эхо»" / ... / "Поддержать") is furniture wherever it
stands; the article's own address on a known outlet's site names the outlet before its furniture's "More from ..."
(which may name a desk); a row of buttons cut by dots ("Mark as read · Save · Share · Tag") is furniture; a Russian
word in lower case glued to an acronym ("таможниКНР") is two words.

Notes, feeds and wires (the thirtieth probe): "Последнее обновление:" and an RSS item's "pubDate:" label dates; an RSS
item's raw fields ("dc:creator:", "guid:", "description:", "content:encoded:") and a markup tag alone on its line
("<item>") are its header; a reference manager's fields ("Item Type:", "Website Title:", "Accessed:", "Notes:" under
another field) too, the page's headline again under them opening the page's own header (its standfirst, the writer
named again over the date); Kyodo's "TOKYO, May 12 Kyodo - " dateline and "==Kyodo" end mark; a Central Asian site's
dateline with its own name ("ДУШАНБЕ, 22 мая — Asia-Plus.", "БИШКЕК – 24.kg, Имя Фамилия."); a Russian word in lower
case glued to a capitalized Russian word or a Latin acronym is two words; a date line with day, month and time and no
year ("13 мар, 09:12") is a date line with no date; a menu copied on one line with its items apart by runs of spaces is
furniture (not a table's head over its row of figures, nor a headline set out so over its byline or date line); a known section under the date line is the article's; a Russian reading time under the writer's name; an
illustrative photo's label, an outlet's "Korea Times file" or "Name/Outlet" picture credit, the "Другие материалы
рубрики:" lead-in, the "Ошибка в тексте?" and news-tip prompts, an archive's "Архив 2022" label, a note's "Saved from
..." and print page ("ST print p.A12") lines are furniture; a dateline may give the country in capitals in brackets
("KAZAN (RUSSIA) –"). An English word in lower case glued to an acronym ("broadcasterCCTV", "theUN"; not a protocol's:
"openSSL") is two words; a credit in brackets may space its slashes ("[EPA-EFE/ALEXEI DRUZHININ / SPUTNIK / KREMLIN
POOL]", an agency or a pool named), and a caption may close with a known agency after a spaced slash after the
picture's date ("... 2023 года / Reuters"); a one-line standfirst over the lead photo's
agency caption is the lede, and so is a subtitle under a print page's headline when its edition line opens the text; a
print page's foot ("«Коммерсантъ» 21.03.2023") closing the text is furniture, the signature over it the byline, as is
an author's box under the story (the name, what they are on the line under it); a publication field's issue fields
("Volume: 21 Issue: 142") are not the outlet's name. The Russian foreign-agent notice (its 2020 and 2022 forms, the
agent named in full; not a sentence quoting it), a subtitle file's "WEBVTT" header, cue timings and sound tags alone on
a line ("[music]", "(Applause.)"), and a press release's contact block ("Media contact:", the name and position under
it, a phone number with its '+' or label) are furniture; the notes under "About the author(s)" are bylines though no
byline gave their names. The databases' other interfaces (the thirty-seventh probe): Factiva in Russian ("512 слов",
"Документ <accession number>") is read in the display layout, whose section, headline and byline stand over the word
count by their places; a Russian press database's fields ("Заглавие:", "Дата выпуска:", "Номер:", "Страница:", "Объем:")
and Nexis Uni's German ones ("Rubrik:", "Länge:", "Autor:", "Ladedatum:", a German weekday after the date) are header
when their values fit them (a date, a length, a name; not a story's sentence), its "Text" line over the story furniture;
a "Read also" label glued to its link's headline is furniture; a source field citing the issue with its date
("Коммерсантъ (Москва), № 192, 18.10.2023, с. 1") gives the outlet and the date. Ordinary outlets on other stories
(the thirty-eighth probe): in a text with a paragraph on each line, the links' headlines under a lead-in ("Read more from
Sky News:", "Читайте также:"; a capital opening each) and a "Key points:" box's points inside the story are furniture, as
topic links under a lead-in with its colon closing the page are ("Related Topics:", "Suggested Topics:"); a correction
note in Russian ("ИСПРАВЛЕНИЕ: в первой версии текста ...", its label's words naming the text's version or what it got
wrong) or naming "a previous version" of this article (not of "this report", a story's), a wire's exchange-rate note
("($1 = 0.8487 euros)") and "Related Story: ..." are furniture; ANSA's dateline after its tag ("(ANSA) - NAPLES, MAR 13 -
") is split off whole; "What we know:" heads a summary (without its colon, only over a list of points); "Pic: PA" credits
a caption, "Image:" alone labels one; writers' names one to a line under a bare-name byline are bylines (none with a word
the text writes in small letters, none of a run of four); a signature naming its outlet in quotes ("Дмитрий Ермолаев,
«Фонтанка.ру»") closes the story; an outlet's masthead in quotes ("«Новая газета Европа»") names it.

The thirty-ninth probe (genres): a menu's country in initials with their dots ("U.K.") is a label over the headline; a
standfirst of up to four points, one a line, over the byline is the lede (MailOnline); "By JANE DOE FOR MAILONLINE" names
the writer (a name's words in capitals stop at "FOR") and a known outlet the writer filed for ("By ... for RFA") is the
source; "What to know about ...:" heads a summary box; a live entry's time with its outlet after a slash ("11:52 PM EST /
CBS News") is a header line, and the entry's headline right over an entry's time is a subheading even before the first
paragraph (a quotation after a colon may close it: '... Newark: "This is your win"'); comments buttons and counts on their
own lines ("View comments", "Comments 142", "Комментарии 214") are furniture. Left: bylines with a role and a two-digit
year on one line, author boxes of two lines, a date between the menu and the headline, reviews' credits boxes at the end,
tables pasted one cell to a line (tests/test_probes.py's KNOWN).

Dates are ISO 8601 as precise as written ("2023-07-10", "2022-12-21T09:39"). A time given with a time
zone ("10:15 AM GMT+3") is kept as the local time written, and the zone is noted in ``problems``.
"Posted"/"Published"/"date" label a publication date, "Modified"/"Updated" a modification date; an
unlabelled header date fills ``published`` when nothing is labelled, and a more precise header date
that agrees on the day refines it. A section's or a desk's name before a comma and the date is such a date line
("World, 16 May 2024"; "Business Desk, 15 February 2024", "Moscow Bureau, 3 May 2024": the thirty-fifth analysis
probe), a person's name there is not ("Jane Doe, 15 February 2024").

Speed (about 1,500 articles of 4 KB per second and core; ``bench/bench_parse.py``): word lists are
compiled as prefix trees (:func:`_alt`); hot patterns open with a literal or a character class, which
the regex engine scans for in C; costly patterns run only after a cheap literal pre-check or on the end
of a paragraph where they are anchored; glued-word candidates come from two regex scans, not a loop over
words. Every step is linear in the text, so a 50 MB article parses in seconds. Any change here must
keep ``bench/bench_parse.py --check`` identical, or say why not.
"""

from __future__ import annotations

import ast
import datetime as dt
import html
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import replace as _replace_field
from datetime import date as _date
from functools import lru_cache
from importlib import resources

from .sentences import abbreviations, sentences, split_sentences

__all__ = ["Segment", "Repair", "ParsedArticle", "parse_text", "normalize_date", "SEGMENT_KINDS", "site_domain",
           "find_glued", "find_missing_spaces", "find_footnotes", "credit_start"]

SEGMENT_KINDS = ("header", "date", "section", "title", "title_repeat", "lede", "source", "byline", "caption",
                 "credit", "agency", "subheading", "boilerplate", "body", "blank", "markup")


@dataclass(frozen=True)
class Segment:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Repair:
    start: int
    end: int
    raw: str
    repaired: str
    rule: str


@dataclass
class ParsedArticle:
    text: str
    segments: list[Segment] = field(default_factory=list)
    published: str = ""
    modified: str = ""
    title: str = ""
    section: str = ""
    lede: str = ""
    source: str = ""
    url: str = ""
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int, int]] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def analysis(self, start: int, end: int) -> str:
        """``text[start:end]`` with the glued-word repairs that fall inside the span applied."""
        reps = self.repairs
        if not reps:
            return self.text[start:end]
        out, pos = [], start
        lo, hi = 0, len(reps)
        if self._repairs_sorted():  # only repairs starting in [start, end] can apply: find them by bisection
            lo = bisect_left(reps, start, key=_repair_start)
            hi = bisect_right(reps, end, lo=lo, key=_repair_start)
        for i in range(lo, hi):
            r = reps[i]
            if r.start >= start and r.end <= end:
                if r.end == end and r.rule == "missing space":
                    continue  # "security." ending a sentence: no space after it
                out.append(self.text[pos:r.start])
                out.append(r.repaired)
                pos = r.end
        out.append(self.text[pos:end])
        return "".join(out)

    def _repairs_sorted(self) -> bool:
        """Whether ``repairs`` is sorted by start, none ending before it starts (checked once per list and
        length; parse_text's repairs always are)."""
        reps = self.repairs
        known = self.__dict__.get("_sorted_repairs")
        if known is None or known[0] is not reps or known[1] != len(reps):
            known = (reps, len(reps), all(a.start <= b.start for a, b in zip(reps, reps[1:], strict=False))
                     and all(r.start <= r.end for r in reps))
            self.__dict__["_sorted_repairs"] = known
        return known[2]

    def body(self) -> str:
        """The clean story text: body paragraphs, repaired, joined by a blank line."""
        return "\n\n".join(self.analysis(s, e) for s, e in self.paragraphs)


def _repair_start(r: Repair) -> int:
    return r.start


# ================================================================================================
# Shipped lists (lib/presslens/data/*.txt)
# ================================================================================================

def _data_lines(name: str) -> list[str]:
    text = resources.files("presslens").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _alt(words) -> str:
    """Regex alternation of literal ``words`` that prefers the longest, as a prefix tree (trie).

    Same matches as ``"|".join(sorted(words, key=len, reverse=True))`` (the words that fit at a position
    are prefixes of each other, tried longest first), but the engine follows one branch per character
    instead of trying every word in turn: a long word list costs about as much as one word.
    """
    root: dict = {}
    for w in set(words):
        if not w:
            raise ValueError("an empty word in a regex word list")
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[None] = True  # a word ends here

    def emit(node: dict) -> str:
        kids = sorted((ch, sub) for ch, sub in node.items() if ch is not None)
        alts = [re.escape(ch) + emit(sub) for ch, sub in kids]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if None in node else body

    return emit(root)


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """Agency alias (as written, and in capitals) -> canonical name, from ``data/agencies.txt``."""
    out: dict[str, str] = {}
    for line in _data_lines("agencies.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for alias in names:
            out.setdefault(alias, names[0])
            out.setdefault(alias.upper(), names[0])
    return out


@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Outlet name, variant or web domain, in lower case -> the name to report, from ``data/outlets.txt``.

    A careful reader knows the big outlets by name: a page whose masthead is only "NHK WORLD-JAPAN", "DAWN.COM" or
    "THE HINDU" over its menu names its outlet, though no rule tells that line from a menu's by its form. Looked up
    whole (a dict lookup on a few candidate lines, never a search of the text): see :func:`_masthead_outlet`; and a
    byline that is only a known outlet's name ("Голос Америки" under the headline, "By Foreign Policy") names that
    outlet, no author (:func:`_byline_outlet`).
    """
    return {key: names[0] for key, names in _outlet_lines().items()}


@lru_cache(maxsize=1)
def _outlet_lines() -> dict[str, tuple[str, ...]]:
    """Outlet name, variant or web domain, in lower case -> every name of its line of ``data/outlets.txt`` that is
    not a web domain, the name to report first."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _data_lines("outlets.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        shown = tuple(n for i, n in enumerate(names) if i == 0 or not _WEB_DOMAIN.fullmatch(n))
        for alias in names:
            out.setdefault(_outlet_key(alias), shown)
        for alias in names:
            # the name in quotes, as Russian pages print an outlet's masthead: "«Новая газета Европа»" (only so: a
            # bare word a list writes in quotes, "«Эксперт»", is no outlet's name unquoted, "Эксперт" over a comment)
            if not _WEB_DOMAIN.fullmatch(alias) and alias[:1] not in "«\"“":
                key = _outlet_key(alias)
                for q in ("«{}»", "\"{}\"", "“{}”"):
                    out.setdefault(q.format(key), shown)
    return out


_WEB_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.ASCII)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def reported_outlet(name: str, sample: str = "") -> str:
    """The name to report of the known outlet (:func:`outlets`) ``name`` is a variant of, ``name`` itself when it is
    none: the list's first name ("SCMP" -> "South China Morning Post", "МК" -> "Московский комсомолец", "Лента.ру"
    -> "Lenta.ru"), except over an article not in Cyrillic (``sample``: its title or the start of its text) that names
    in Latin letters an outlet listed first by its Cyrillic name: an English copy of ТАСС, Интерфакс or «Коммерсантъ»
    reports the list's first Latin name (TASS, Interfax, Kommersant), as its English readers know it.

    >>> reported_outlet("TASS", "Russia and China sign a gas deal"), reported_outlet("tass.ru", "Россия и Китай")
    ('TASS', 'ТАСС')
    >>> reported_outlet("SCMP", "China and Russia"), reported_outlet("Unknown Weekly")
    ('South China Morning Post', 'Unknown Weekly')
    """
    names = _outlet_lines().get(_outlet_key(name))
    if not names:
        return name
    if _CYRILLIC.search(names[0]) and not _CYRILLIC.search(name) and not _CYRILLIC.search(sample):
        return next((n for n in names[1:] if not _CYRILLIC.search(n)), names[0])
    return names[0]


def _byline_outlet(names: str) -> str:
    """The name to report of the known outlet (:func:`outlets`) a byline candidate is whole, its "By" / "От" /
    "Автор:" aside ("By Foreign Policy", "Голос Америки"); '' when it is none, when it names an agency as written
    ("Reuters", "By AP": read as an agency, as before) or when it is one word shaped as a person's name ("Dawn",
    "Forbes": a given name or a surname as well). A dict lookup: no search of the text."""
    key = _outlet_key(names.strip(" .,"))
    if key[:1] in "bоаa" and (lab := _BYLINE_LABEL_LC.match(key)):
        key = key[lab.end():]
    name = outlets().get(key, "")
    if not name or _agency_of(names) or (" " not in key and _NAME_SHAPED.fullmatch(names.strip(" .,").split()[-1])):
        return ""
    return name


def _outlet_key(line: str) -> str:
    """A line or a name as :func:`outlets` keys it: lower case, white space collapsed, without a leading "www."."""
    key = " ".join(line.split()).lower()
    return key[4:] if key.startswith("www.") else key


@lru_cache(maxsize=1)
def _lists():
    ag = agencies()
    ag_alt = _alt(ag)
    sections = _data_lines("sections.txt")
    sec = sections + [s.upper() for s in sections]
    boiler = _data_lines("boilerplate.txt")  # the patterns' sources: see _boilerplate_fullmatch
    camel = frozenset(_data_lines("camelcase.txt"))
    return ag_alt, _alt(sec), boiler, camel


@lru_cache(maxsize=1)
def _rx():
    """Compiled patterns built from the shipped lists."""
    ag_alt, sec_alt, _b, _c = _lists()
    return {
        "agency": re.compile(rf"(?<!\w)(?:{ag_alt})(?!\w)"),
        "agency_tail": re.compile(rf"\s+(?:{ag_alt})$"),
        "agency_head": re.compile(rf"\s*(?:{ag_alt})(?!\w)"),
        "section": re.compile(rf"(?:{sec_alt})(?=\s+[^\s:]|$)"),
    }


def _agency_of(name: str) -> str:
    """Canonical agency for a name ('REUTERS' -> 'Reuters'), '' when it is not an agency."""
    return agencies().get(name.strip().strip(".").strip(), "")


def _agencies_in(text: str) -> list[str]:
    found = []
    for m in _rx()["agency"].finditer(text):
        a = agencies()[m.group(0)]
        if a not in found:
            found.append(a)
    return found


# ================================================================================================
# Dates
# ================================================================================================

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate([
    "january jan enero janeiro janvier januar gennaio", "february feb febrero fevereiro février fevrier februar febbraio",
    "march mar marzo março marco mars märz marz", "april apr abril avril aprile",
    "may mayo maio mai maggio", "june jun junio junho juin juni giugno",
    "july jul julio julho juillet juli luglio", "august aug agosto août aout",
    "september sep sept septiembre setiembre setembro septembre settembre",
    "october oct octubre outubro octobre oktober ottobre", "november nov noviembre novembro novembre",
    "december dec diciembre dezembro décembre decembre dezember dicembre",
], start=1):
    for _n in _names.split():
        _MONTHS.setdefault(_n, _i)
# Russian month names in every grammatical case (январь, января, январе, январю, январём ...).
for _i, _stem in enumerate(["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
                            "октябр", "ноябр", "декабр"], start=1):
    _ends = ["", "а", "е", "у", "ом"] if _stem in ("март", "август") else (
        ["й", "я", "е", "ю", "ем"] if _stem == "ма" else ["ь", "я", "е", "ю", "ём", "ем"])
    for _e in _ends:
        _MONTHS[_stem + _e] = _i
for _i, _ab in enumerate(["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"], 1):
    _MONTHS.setdefault(_ab, _i)
_MONTHS.update({"сент": 9, "нояб": 11, "февр": 2})

_WEEKDAYS = {n: i for i, ns in enumerate([
    "monday mon lunes segunda-feira lundi montag понедельник", "tuesday tue tues martes terça-feira mardi dienstag вторник",
    "wednesday wed miércoles miercoles quarta-feira mercredi mittwoch среда", "thursday thu thur thurs jueves quinta-feira jeudi donnerstag четверг",
    "friday fri viernes sexta-feira vendredi freitag пятница", "saturday sat sábado sabado samedi samstag суббота",
    "sunday sun domingo dimanche sonntag воскресенье"]) for n in ns.split()}

_MON = rf"(?i:{_alt(_MONTHS)})"
_WD = rf"(?i:{_alt(_WEEKDAYS)})"
_TIME = (r"(?P<H>\d{1,2})[:h.](?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
         r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?!\w))?"
         r"(?:\s*\(?(?P<tz>(?:GMT|UTC|MSK|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|BST|IST|JST|KST|HKT|SGT|ET|PT|CT)(?![A-Za-z])"
         r"(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?|Z|[+\-]\d{2}:?\d{2})\)?)?")
_DATE = re.compile(
    r"(?<![\w/.\-])(?:(?P<H0>\d{1,2}):(?P<M0>\d{2})\s?(?P<ampm0>[AaPp]\.?\s?[Mm]\.?)?(?:\s?[A-Z]{2,4})?\s*[,|]?\s*)?(?:(?P<wd>" + _WD + r")\.?,?\s+)?(?:"
    r"(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th|-?го|er|º)?\.?\s+(?:de\s+)?(?P<mon2>" + _MON + r")\.?,?\s+(?:de\s+)?(?P<y2>\d{4})"
    r"(?:\s?(?:года|год|г\.|г)(?!\w))?"
    # "20-Mar-2024" (CGTN, server logs): day, month's name and year joined by hyphens
    r"|(?P<d6>\d{1,2})-(?P<mon6>" + _MON + r")-(?P<y6>\d{4})"
    r"|(?P<mon3>" + _MON + r")\.?\s+(?P<d3>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{4})"
    r"|(?P<d4>\d{1,2})(?P<sep4>[./])(?P<m4>\d{1,2})[./](?P<y4>\d{4})"
    r"|(?P<y5>\d{4})/(?P<m5>\d{1,2})/(?P<d5>\d{1,2})"
    # "2023.07.07" (RFA, East Asian sites): year, month, day with full stops, two digits each
    r"|(?P<y7>\d{4})\.(?P<m7>\d{2})\.(?P<d7>\d{2})"
    # "2024年12月1日 10時30分" (Japanese and Chinese pages, NHK's in other languages too): year, month and day marked
    # by their characters, the time by 時 and 分 (or a colon: "2024年3月5日 14:05", read by the time after any date);
    # a Japanese page's weekday in brackets after the day ("2024年3月5日(火)"), the hour alone ("10時") or in the
    # afternoon ("午後2時30分")
    r"|(?P<y8>\d{4})年(?P<m8>\d{1,2})月(?P<d8>\d{1,2})日(?:\s?[(（][月火水木金土日][)）])?"
    r"(?:\s*(?P<pm8>午[前後])?(?P<H8>\d{1,2})時(?:(?P<M8>\d{1,2})分)?)?"
    # a weekday after the date, as LexisNexis writes it ("September 15, 2022 Thursday"): full English names
    # only, capitalized (a "sat" after a date in a story is a verb); German ones as Nexis Uni's German interface writes
    # them ("3. Juli 2024 Mittwoch")
    # the year, then no digit, or the time glued to it as a page's copy joins two fields ("July 20, 20231:22 PM")
    r")(?:(?!\d)|(?=\d{1,2}:\d{2}))(?:,?\s+(?P<wd2>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch)(?!\w))?"
    r"(?:(?:\s*[,|@·•–—\-]+\s*|\s+|T|(?<=\d)(?=\d))(?:at\s+|в\s+|à\s+|às\s+|a las\s+|um\s+)?" + _TIME + r")?")
_LABEL = re.compile(
    r"(?i)(?:^|(?<=[\s|,;(]))(?P<label>date|dated|posted|published|publication date|first published|issued|sent|"
    r"originally published|released|modified|updated|update|last updated|last update|last modified|edited|"
    r"pubdate|опубликовано|опубликован|обновлено|изменено|последнее обновление|дата публикации|публикация сайта|дата выпуска|дата|publicado|publicada|publicación|"
    r"actualizado|atualizado|atualizada|publié le|publié|mis à jour le|mis à jour|veröffentlicht|aktualisiert)"
    r"(?:\s+(?:time|date|at))?\s*(?:(?:on|el|le|am|em)(?!\w)\s*)?(?::|\s[-–—])?\s*$")
_MODIFIED_LABELS = ("modif", "updat", "edit", "обновл", "измен", "actualiz", "atualiz", "mis à jour", "aktual")


@dataclass
class _DateHit:
    start: int
    end: int
    iso: str = ""
    tz: str = ""
    label: str = ""  # 'published', 'modified' or '' (unlabelled)
    strong: bool = False  # carries a time or a weekday: a header date even inside a line
    problem: str = ""


def _beside(text: str, a: _DateHit, b: _DateHit) -> bool:
    """The dates ``a`` and ``b`` stand side by side: on one line or on two lines in a row, with at most a separator
    between them ("07/03/2024" / "July 3, 2024", "07/03/2024 | July 3, 2024")."""
    gap = text[a.end:b.start] if a.end <= b.start else text[b.end:a.start]
    return len(gap) <= 8 and gap.count("\n") <= 1 and not gap.strip(" \t\n|·•,–—-/()")


def _date_from_match(m: re.Match) -> _DateHit:
    g = m.groupdict()
    hit = _DateHit(m.start(), m.end(), strong=bool(g["H"] or g["H0"] or g["H8"] or g["wd"] or g["wd2"]))
    try:
        if g["y1"]:
            y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
        elif g["y2"]:
            y, mo, d = int(g["y2"]), _MONTHS[g["mon2"].lower()], int(g["d2"])
        elif g["y3"]:
            y, mo, d = int(g["y3"]), _MONTHS[g["mon3"].lower()], int(g["d3"])
        elif g["y4"]:
            y, d, mo = int(g["y4"]), int(g["d4"]), int(g["m4"])
            if mo > 12 >= d:
                d, mo = mo, d  # 03/14/2024 is month first
            elif d <= 12 and mo <= 12 and d != mo and g["sep4"] == "/":
                hit.problem = f"{_AMBIGUOUS_OPENS}{m.group(0)!r} read day first"
        elif g["y6"]:
            y, mo, d = int(g["y6"]), _MONTHS[g["mon6"].lower()], int(g["d6"])
        elif g["y7"]:
            y, mo, d = int(g["y7"]), int(g["m7"]), int(g["d7"])
        elif g["y8"]:
            y, mo, d = int(g["y8"]), int(g["m8"]), int(g["d8"])
        else:
            y, mo, d = int(g["y5"]), int(g["m5"]), int(g["d5"])
    except (KeyError, ValueError):
        hit.problem = f"unreadable date {m.group(0)!r} ignored"
        return hit
    if not 1800 <= y <= 2200:
        hit.problem = f"implausible year in date {m.group(0)!r} ignored"
        return hit
    try:
        _date(y, mo, d)
    except ValueError:
        hit.problem = f"impossible date {m.group(0)!r} ignored"
        return hit
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    if g["H"]:
        hh, mm, ss, ampm = g["H"], g["M"], g["S"], g["ampm"]
    elif g["H8"]:  # "10時" (no minutes), "午後2時30分" (in the afternoon)
        hh, mm, ss, ampm = g["H8"], g["M8"] or "0", None, {"午後": "pm", "午前": "am"}.get(g["pm8"] or "")
    else:
        hh, mm, ss, ampm = g["H0"], g["M0"], None, g["ampm0"]
    if hh:
        h, mi = int(hh), int(mm)
        ampm = (ampm or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        if h <= 23 and mi <= 59 and (not ss or int(ss) <= 59):
            iso += f"T{h:02d}:{mi:02d}" + (f":{int(ss):02d}" if ss else "")
            hit.tz = (g["tz"] or "").strip()
        else:
            hit.problem = f"impossible time in {m.group(0)!r}; date kept without it"
    hit.iso = iso
    return hit


# == (?<!\d)\d{4}(?!\d), written to open with a single character class, which the engine scans for fast
_YEAR4 = re.compile(r"\d\d{3}(?<!\d{5})(?:(?!\d)|(?=\d{1,2}:\d\d))")  # (or a time glued to it: "20231:22 PM")


def _date_matches(text: str, start: int, end: int) -> list[re.Match]:
    """_DATE matches in text[start:end], searched only in windows around 4-digit numbers (speed)."""
    first = _YEAR4.search(text, start, end)
    if first is None:
        return []  # most lines: no 4-digit number, no date
    windows: list[list[int]] = []
    for y in _YEAR4.finditer(text, first.start(), end):
        a, b = max(start, y.start() - 50), min(end, y.end() + 45)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    last = start
    out = []
    for a, b in windows:
        for m in _DATE.finditer(text, max(a, last), b):
            last = m.end()
            out.append(m)
    return out


def _find_dates(text: str, start: int = 0, end: int | None = None) -> list[_DateHit]:
    end = len(text) if end is None else end
    hits = []
    for m in _date_matches(text, start, end):
        hit = _date_from_match(m)
        lab = _LABEL.search(text, max(start, m.start() - 40), m.start())
        if lab:
            word = lab.group("label").lower()
            hit.label = "modified" if any(k in word for k in _MODIFIED_LABELS) else "published"
            hit.start = lab.start()
        hits.append(hit)
    return hits


# what a page adds after its date, relative to the moment it was copied ("May 16, 2024 8:30 AM EDTUpdated 2 hours
# ago"): no date to read in it, and no story text
_UPDATED_AGO = re.compile(r"(?i)\s*(?:[A-Z]{2,4})?\s*[|·•,]?\s*(?:updated|modified)\s+(?:\d+|an?|one)\s+"
                          r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\s*$")
_HOUR_ONLY = re.compile(r"\s*[,|·•]?\s*(?:at\s+)?\d{1,2}\s?[AaPp]\.?\s?[Mm]\.?(?:\s*\(?[A-Z]{2,4}\)?)?\s*")


def _after_date(rest: str, iso: str) -> str:
    """What follows a date (``iso``) on its line, less a relative "Updated 2 hours ago" (see _UPDATED_AGO) and the
    same day written again ("05/16/2024May 16, 2024", DW)."""
    if "ago" in rest or "AGO" in rest:
        rest = _UPDATED_AGO.sub("", rest)
    if ("M" in rest or "m" in rest) and _HOUR_ONLY.fullmatch(rest):
        return ""  # "May 20, 2024, 7 AM ET": the hour without its minutes
    again = _DATE.fullmatch(rest.strip()) if rest and rest[:1].isalnum() else None
    if again is not None and _date_from_match(again).iso[:10] == iso[:10]:
        return ""
    return rest


_YEAR_ONLY = re.compile(r"\s*(\d{4})(?:-(\d{2}))?\s*")


def normalize_date(value) -> str:
    """A date/time as ISO 8601 text, as precise as given ('' if unreadable or impossible).

    Reads ISO ("2023-07-10", "2024-03-14T10:15:00+03:00"), day-month-year and month-day-year with
    English, Russian (any case: "21 декабря 2022"), Spanish, Portuguese, French and German month names
    or abbreviations ("Sept. 5, 2023"), weekdays ("Tuesday, March 21, 2023 | 08:50"), numeric
    "14.03.2024", and a time after the date with AM/PM. A time zone is dropped: the local time as
    written is kept.

    >>> normalize_date("Published March 14, 2024 10:15 AM GMT+3")
    '2024-03-14T10:15'
    >>> normalize_date("21 декабря 2022,, 09:39"), normalize_date("2023-02-31"), normalize_date("2023")
    ('2022-12-21T09:39', '', '2023')
    """
    return _read_date(value)[0]


_EPOCH = re.compile(r"\s*(\d{9,10}|\d{12,13})(?:\.\d+)?\s*")


def _read_date(value, *, epoch: bool = False) -> tuple[str, _DateHit | None]:
    """:func:`normalize_date` of ``value`` and the date found in it (its time zone, its problem), if any;
    ``epoch``: also read a number of 9-10 digits as Unix time in seconds, 12-13 digits in milliseconds (a
    table's timestamp column), as UTC."""
    if value is None:
        return "", None
    value = str(value)
    if epoch and (m := _EPOCH.fullmatch(value)):
        n = int(m.group(1))
        stamp = dt.datetime.fromtimestamp(n / 1000 if len(m.group(1)) > 10 else n, tz=dt.UTC)
        hit = _DateHit(0, len(value), iso=stamp.strftime("%Y-%m-%dT%H:%M:%S"), tz="UTC")
        hit.problem = f"published {value.strip()!r} read as Unix time: {hit.iso} UTC"
        return hit.iso, hit
    for m in _DATE.finditer(value):
        hit = _date_from_match(m)
        return hit.iso, hit
    m = _YEAR_ONLY.fullmatch(value)
    if m and 1800 <= int(m.group(1)) <= 2200:
        if m.group(2) and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{m.group(2)}", None
        return (m.group(1) if not m.group(2) else ""), None
    return "", None


# a day, month and year with slashes ("03/14/2024", "14/03/2024"): which of the first two numbers is the month is
# known only where one of them is over 12
_SLASH_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def slash_date_order(text: str) -> tuple[str, str]:
    """The order the first day/month/year date written with slashes in ``text`` shows, and that date as written:
    ``("md", "03/14/2024")`` month first, ``("dm", "14/03/2024")`` day first, ``("?", "03/07/2024")`` when either
    number could be the month, ``("", "")`` when ``text`` holds no such date (or "05/05/2024", the same either way).

    >>> slash_date_order("Posted 03/14/2024 10:15"), slash_date_order("07/03/2024")
    (('md', '03/14/2024'), ('?', '07/03/2024'))
    """
    m = _SLASH_DATE.search(text)
    if m is None:
        return "", ""
    a, b = int(m.group(1)), int(m.group(2))
    if a == b or not (1 <= a <= 31 and 1 <= b <= 31) or a > 12 and b > 12:
        return "", ""
    return ("md" if b > 12 else "dm" if a > 12 else "?"), m.group(0)


def month_first(value: str) -> str:
    """:func:`normalize_date` of ``value`` with its first day/month/year date with slashes read month first
    ("03/07/2024 10:15" -> "2024-03-07T10:15"), for an export whose other dates show that order."""
    m = _SLASH_DATE.search(value)
    if m is None:
        return normalize_date(value)
    return normalize_date(f"{value[:m.start()]}{m.group(2)}/{m.group(1)}/{m.group(3)}{value[m.end():]}")


# how the problem of a date that reads either way opens, and the whole problem, the date as repr() writes it
_AMBIGUOUS_OPENS = "ambiguous numeric date "
_AMBIGUOUS_PROBLEM = re.compile(_AMBIGUOUS_OPENS + r"((['\"]).*\2) read day first$")


def ambiguous_date(problem: str) -> str | None:
    """The date as written in a problem the parser notes for a date that reads either way ("ambiguous numeric date
    '03/07/2024' read day first" -> "03/07/2024"); None for any other problem."""
    if not problem.startswith(_AMBIGUOUS_OPENS) or (m := _AMBIGUOUS_PROBLEM.match(problem)) is None:
        return None
    try:
        value = ast.literal_eval(m.group(1))
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def date_in_order(value: str, order: str, why: str) -> tuple[str, str]:
    """A date that reads either way (``value``, "03/07/2024") read in ``order`` ("md" month first, "dm" day
    first) as ISO 8601 ('' if unreadable), and the problem saying so and ``why``."""
    iso = month_first(value) if order == "md" else normalize_date(value)
    return iso, f"numeric date {value!r} read {'month' if order == 'md' else 'day'} first ({iso[:10]}): {why}"


# ================================================================================================
# Photo credits, agency tags, bylines, boilerplate
# ================================================================================================

_CAP = r"[A-ZÀ-ÞА-ЯЁ]"
_CREDIT_WORDS = re.compile(
    r"(?<!\w)(?:Pool|POOL|File|FILE|Handout|HANDOUT|Getty|Shutterstock|iStock|Kremlin|Photo|PHOTO|Press Service|"
    r"Press Office|Reuters|REUTERS)(?!\w)")
_NAMEISH = (r"(?:[A-ZÀ-ÞА-ЯЁ][\w.'’&\-]*|via|de|da|do|dos|van|von|der|la|le|di|du|bin|al|el|y|e|and)")
_SLASH_CHAIN = re.compile(
    rf"(?<![\w/])({_NAMEISH}(?:,?\s{_NAMEISH}){{0,9}}(?:\s?/\s?{_NAMEISH}(?:,?\s{_NAMEISH}){{0,9}})+)"
    r"\s?/?\s?\)?[\s.]*$")
# The characters a _SLASH_CHAIN match consists of, matched from the end of a reversed tail (see credit_start)
_CHAIN_RUN_REVERSED = re.compile(r"[\w.'’&\-,\s/)]*")
# ("Pic: PA", as British pages credit a picture: read only with its colon, see _credit_hint)
_PHOTO_WORD = (r"(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mages?|[Pp]ictures?|[Pp]ics?|PIC|[Ff]otos?|Фото|ФОТО|Снимок|[Ff]ile [Pp]hoto|[Cc]redit|"
               r"[Pp]hoto [Cc]redit|[Ii]mage [Cc]redit|[Ii]llustration|Иллюстрация|ИЛЛЮСТРАЦИЯ|"
               # the picture over the link to the story on the front page: "Фото на анонсе: Росатом"
               r"Фото на (?:анонсе|превью)|"
               r"(?:[Hh]eader|[Tt]op|[Cc]over|[Ll]ead|[Mm]ain|[Ff]eatured?|[Bb]anner) (?:[Ii]mage|[Pp]hoto))")
_CREDIT_RES = [
    # (Photo by Alexandr Demyanchuk/SPUTNIK/AFP ) File, Archive
    re.compile(r"\(\s*" + _PHOTO_WORD + r"\b[^()\n]{0,150}\)(?:[\s,.;/]*(?:File|Archive|FILE|Handout|HANDOUT|"
               r"Illustrative|Illustration|[Ff]ile [Pp]hoto)\b)*[\s.]*$"),
    # Фото: РГ / Photo: Reuters / Photo by X
    re.compile(r"(?:^|(?<=[.!?)”\"»]\s)|(?<=\|\s))" + _PHOTO_WORD + r"\s*(?::|\bby\b|\|)\s*[^\n]{1,120}$"),
    # ... Pool Photo via AP / via REUTERS/File / via Getty Images
    re.compile(r"(?:[Pp]ool\s+)?(?:[Pp]hoto\s+)?\bvia\s+(?:AGENCY|Getty Images|Getty|Pool)\b[^\n]{0,40}$"),
    # AP Photo/Alexander Zemlianichenko, Xinhua Photo
    re.compile(r"(?<!\w)(?:AGENCY|Getty)\s+(?:Photo|PHOTO|Images|photo)\b[^\n]{0,60}$"),
    # (Getty Images), (AFP/Getty)
    re.compile(r"\((?:[^()\n]{0,60}/)?\s*(?:Getty Images|Getty|Shutterstock|iStock)[^()\n]{0,30}\)[\s.]*$"),
    re.compile(r"(?<!\w)Getty Images[\s.]*$"),
    # File photo / FILE PHOTO: ... / "Фото из архива" (Russian sites' "file photo")
    # (the Russian credit ends the text after three words at most, whose archive: "Фото из архива ТАСС", "Фото из
    # личного архива героя"; a sentence opening so goes on: "Фото из архива семьи Романовых впервые выставили ...")
    re.compile(r"(?:^|(?<=[\s(]))(?:(?:File|FILE)\s+(?:photo|PHOTO|image|picture)\b[^\n]{0,120}|(?:Фото|ФОТО|Снимок)\s+из"
               r"\s+(?:личного\s+|семейного\s+)?архива(?:\s+[^\s.!?]{1,30}){0,3}[\s.]*)$"),
    # "... in New York. REUTERS" (an agency in capitals after the caption)
    re.compile(r"(?<=[.!?”\"]\s)(?:REUTERS|AFP|EPA(?:-EFE)?|XINHUA|TASS|AP|SPUTNIK|ANADOLU)(?:\s?/\s?[^\n/]{1,40})*[\s.]*$"),
    # "... in Beijing on February 4, 2022. © Alexei Druzhinin, Sputnik, AFP": a credit after the caption's sentence
    re.compile(r"(?<=[.!?”\"]\s)©\s*[^\n©]{1,120}(?<![.!?])$"),
    # "... on Thursday. [Photo/Xinhua]", "[Sergei Bobylev/Sputnik/Kremlin Pool via Reuters]": a credit in brackets
    # (in Russian too: "[Фото/Синьхуа]", CGTN's Russian pages); a space may follow the slash between names all in
    # capitals: "[EPA-EFE/ALEXEI DRUZHININ / SPUTNIK / KREMLIN POOL]" (Euractiv's; "[Russia / China]" is no credit), a
    # known agency or a pool among them ("[WORLD / ASIA]", "[UPDATE / CORRECTION]", "[RUSSIA / CHINA]" are a page's
    # labels)
    re.compile(r"\[(?:[^\[\]\n]{0,150}(?:\bvia\b|[Pp]hoto\b|PHOTO\b|Фото\b|ФОТО\b)[^\[\]\n]{0,150}"
               r"|[A-Z][^\[\]/\n]{0,60}(?:/[A-Z][^\[\]/\n]{0,60})+"
               r"|(?=[^\[\]\n]{0,200}?(?<![A-Z])(?i:AGENCY|POOL|PHOTO|HANDOUT|GETTY)(?![A-Z]))"
               r"[A-Z][A-Z\-.&' ]{1,60}(?:/[^\S\n]?[A-Z][A-Z\-.&' ]{1,60})+)\][\s.]*$"),
    # "... in Singapore on Friday. | Reuters", "... on May 16. | Ryusei Takahashi": a bar, then the credit's names
    re.compile(rf"(?<=[.!?”\"][^\S\n])\|[^\S\n]*{_CAP}[\w.'’&\-]*(?:[^\S\n]*[/\-][^\S\n]*{_CAP}[\w.'’&\-]*"
               rf"|[^\S\n]+(?:{_CAP}[\w.'’&\-]*|via|and|de|van|von)){{0,6}}[\s.]*$"),
    # "... on Thursday. (AP-Yonhap)": two agencies joined by a hyphen, a photo's (a story's tag lists them with
    # commas); "... on Nov. 30. (Provided by the Joint Staff Office)", "(Courtesy of ...)": who supplied the photo
    re.compile(r"(?<=[.!?”\"][^\S\n])\((?:(?:AGENCY)(?:-(?:AGENCY))+|(?:[Pp]rovided by|[Cc]ourtesy of)[^\S\n]"
               r"[^()\n]{1,100})\)[\s.]*$"),
    # "... в Астане. Фото Reuters", "... on Tuesday. Photo AFP": the photo's word and a known agency after the caption's
    # sentence, no colon between them
    re.compile(r"(?<=[.!?”\"»][^\S\n])(?:Фото|ФОТО|Photo|PHOTO|Foto)[^\S\n]+(?:AGENCY)[\s.]*$"),
    # "... во время встречи в Пекине, 20 декабря 2023 года / Reuters": a known agency after a slash between spaces,
    # closing a caption without its full stop on the picture's date (a story's sentence ends in a mark; "Reuters/Ipsos"
    # has no spaces; a channel's news item names its source so, with no date: "Китай нарастил импорт нефти на 20% /
    # Reuters", "..., — сказал он агентству / Reuters")
    re.compile(r"(?:(?<=\d{4}[^\S\n])|(?<=\d{4}[^\S\n]года[^\S\n])|(?<=\d{4}[^\S\n]г\.[^\S\n]))"
               r"/[^\S\n]+(?:AGENCY)[^\S\n]*$"),
]
_PHOTO_HINTS = ("hoto", "HOTO", "oto", "Фото", "ФОТО", "Снимок", "mage", "icture", "redit", "llustration", "ЛЛЮСТРАЦИЯ",
                "ллюстрация", "Pic:", "Pics:", "PIC:", "pic:", "pics:")  # (each form _PHOTO_WORD and _CREDIT_HINT read)
_CREDIT_RE_HINTS = [("(",), _PHOTO_HINTS, ("via",), ("Photo", "PHOTO", "photo", "Images"),
                    ("Getty", "Shutterstock", "iStock"), ("Getty",), ("File", "FILE", "архив"),
                    ("REUTERS", "AFP", "EPA", "XINHUA", "TASS", "AP", "SPUTNIK", "ANADOLU"), ("©",), ("[",), ("|",),
                    (")",),  # (only when the tail ends in its ")": see credit_start)
                    ("Фото", "ФОТО", "Photo", "PHOTO", "Foto"), (" / ",)]
_CREDIT_PAREN_AT_END = 11  # the credit in parentheses closing the text ("(AP-Yonhap)"): tried only then
_CREDIT_RE_REACH = [300, 170, 100, 110, 120, 40, 160, 70, 125, 310, 90, 120, 60, 50]  # how far from the end each credit can start
_CREDIT_HINT = re.compile(r"/|[Pp]hoto|PHOTO|[Ff]oto|Фото|ФОТО|Снимок|[Ii]mage|[Pp]icture|[Pp]ics?:|PIC:|[Cc]redit|Getty|Shutterstock|"
                          r"iStock|\bvia\b|\bFile\b|\bFILE\b|[Ii]llustration|Иллюстрация|ИЛЛЮСТРАЦИЯ|©|\(c\)|Copyright|REUTERS|AFP|EPA|XINHUA|TASS|AP|SPUTNIK|ANADOLU")
# A word naming a picture or its maker in a credit: a closing token carrying one is a photo's credit, not a sign-off
_SIGNOFF_PHOTO = re.compile(r"(?i)photo|foto|фото|image|getty|pool|file|handout")
# How many lines a page copy's banners and menus may take above its headline and byline or date lines (a site's
# name, its account links, a menu of ten sections, the section and topic over the headline)
_MENU_REACH = 26
_SENT_END_BEFORE = re.compile(r".*[.!?”\"]\s+", re.S)
# _CREDIT_HINT's search, found faster (see _credit_hint): its words that open with a lower-case letter by substring
# tests (a regex engine tries them at every such letter of the text: a line of prose costs it most), the others by one
# scan (a prefix tree: they open with capitals and signs, rarer in prose), and "via", "File" and "FILE", which must
# stand as words, by the exact regex only where a substring test finds them
_CREDIT_HINT_LOWER = ("photo", "foto", "image", "picture", "pic:", "pics:", "credit", "iStock", "illustration")
_CREDIT_HINT_UPPER = re.compile(_alt((
    "/", "Photo", "PHOTO", "Foto", "Фото", "ФОТО", "Снимок", "Image", "Picture", "Pic:", "Pics:", "PIC:", "Credit",
    "Getty", "Shutterstock", "Illustration", "Иллюстрация", "ИЛЛЮСТРАЦИЯ", "©", "(c)", "Copyright", "REUTERS", "AFP", "EPA", "XINHUA", "TASS",
    "AP", "SPUTNIK", "ANADOLU")))
_CREDIT_HINT_WORDS = re.compile(r"\bvia\b|\bFile\b|\bFILE\b")


def _credit_hint(tail: str) -> bool:
    """Whether ``_CREDIT_HINT.search(tail)`` finds a hint of a credit."""
    return (any(w in tail for w in _CREDIT_HINT_LOWER) or _CREDIT_HINT_UPPER.search(tail) is not None
            or ("via" in tail or "File" in tail or "FILE" in tail) and _CREDIT_HINT_WORDS.search(tail) is not None)


@lru_cache(maxsize=1)
def _credit_res() -> list[re.Pattern]:
    ag_alt = _lists()[0]
    return [re.compile(r.pattern.replace("AGENCY", f"(?:{ag_alt})"), r.flags) for r in _CREDIT_RES]


# A credit in capitals after a caption's sentence, on its line, with no period after it: "... 2023. VCG", "IC/VCG",
# "ТАСС" (any letters in capitals: no agency list needed; a story's sentence never ends in a bare acronym); or a
# photographer's name and the paper's in capitals, apart by a slash: "... on Friday. ZHANG TAO/CHINA DAILY"
_CAPS_WORDS = r"[A-ZÀ-ÞА-ЯЁ]{2,12}(?: [A-ZÀ-ÞА-ЯЁ]{2,12}){0,3}"
_CAPS_CREDIT = re.compile(r"(?:(?<=[a-zà-ÿа-яё\d)][.!?][^\S\n])|(?<=[a-zà-ÿа-яё\d)][.!?][”\"][^\S\n]))"
                          rf"(?:[A-ZÀ-ÞА-ЯЁ]{{2,8}}(?:[/\-][A-ZÀ-ÞА-ЯЁ]{{2,8}}){{0,2}}|{_CAPS_WORDS}/{_CAPS_WORDS})$")


# A credit naming whose archive the picture comes from, after the caption's sentence: "... in 2019. Korea Times file",
# "... on Monday. Yonhap file photo" (one to four capitalized words, then "file"; a story's sentence ends in a mark:
# "... declined to comment. The Mueller file." is one, a credit has no full stop after a bare "file"), maybe in title
# case or in brackets: "Yonhap File Photo", "(Yonhap file photo)". "file" and the picture's word in any case (copies
# mix them: "Yonhap File photo", "Yonhap file Photo"); credit_start's gate (_FILE_ENDS, on the tail in lower case)
# takes the same words, so that the whole credit is read, its bracket and outlet too
_FILE_CREDIT = re.compile(rf"(?<=[.!?”\"][^\S\n])\(?{_CAP}[\w.&'’\-]*(?:[^\S\n]{_CAP}[\w.&'’\-]*){{0,3}}[^\S\n]+"
                          r"(?i:file)(?:[^\S\n]+(?i:photo|image|picture)\.?)?\)?\s*$")
_FILE_ENDS = ("file", "file photo", "file image", "file picture")


# What a copied page adds after a picture's credit: the words of a link and what a screen reader says of it
_LINK_SUFFIX = re.compile(r"\s*(?:(?:Purchase Licensing Rights|Buy (?:this )?photo)[,.]?\s*)?(?:,?\s*opens (?:in )?(?:a )?"
                          r"new (?:tab|window))?\s*$", re.I)
_LINK_SUFFIX_ENDS = ("new tab", "new window", "Licensing Rights", "Buy photo", "Buy this photo")


@lru_cache(maxsize=4096)
def credit_start(text: str) -> int | None:
    """Where a photo credit that ends ``text`` begins ("... REUTERS/Eduardo Munoz"), or None.

    >>> t = "Wang Yi at the UN, September 24, 2022. REUTERS/Eduardo Munoz"
    >>> t[credit_start(t):]
    'REUTERS/Eduardo Munoz'
    >>> credit_start("He said so in an interview with Reuters.") is None
    True
    """
    if text[-40:].rstrip().endswith(_LINK_SUFFIX_ENDS):  # "... via REUTERS Purchase Licensing Rights, opens new tab"
        junk = _LINK_SUFFIX.search(text, max(0, len(text) - 80))
        if junk:
            text = text[:junk.start()]
    tail_from = max(0, len(text) - 300)
    tail = text[tail_from:]
    best: int | None = None
    end = tail[-1:]
    if (end.isupper() or end.isspace()) and (last := tail.rstrip())[-2:].isupper() and (
            caps := _CAPS_CREDIT.search(last, max(0, len(last) - 60))):
        best = caps.start()  # "... Harbin, Heilongjiang province, 2023. VCG": a credit in capitals after the caption
    if tail[-16:].rstrip(" .)").lower().endswith(_FILE_ENDS) and (fm := _FILE_CREDIT.search(tail, max(0, len(tail) - 70))):
        best = fm.start()  # "... in Beijing in 2019. Korea Times file": the outlet's own file picture
    closing = tail[-4:].rstrip(" .")[-1:] == ")"
    supplied = closing and ("rovided by" in tail or "ourtesy of" in tail)  # "(Provided by ...)": no hint needed
    if tail.find("|", len(tail) - 90) < 0 and not supplied and not _credit_hint(tail):
        return None if best is None else tail_from + best  # (a bar near the end: maybe "... Friday. | Reuters")
    for i, rx in enumerate(_credit_res()):
        if not any(h in tail for h in _CREDIT_RE_HINTS[i]) or (i == _CREDIT_PAREN_AT_END and not closing):
            continue
        m = rx.search(tail, max(0, len(tail) - _CREDIT_RE_REACH[i]))
        if not m:
            continue
        s = m.start()
        if s == 0 and tail_from > 0 and i in (1, 6):
            continue  # "^" met the cut made for speed, not the start of the text
        if i in (2, 3):  # "via AP" / "AP Photo": the credit starts at its own sentence, or its bracket
            ob = max(tail.rfind("[", 0, s), tail.rfind("(", 0, s))
            if ob >= 0 and tail.find("]", ob, s) < 0 and tail.find(")", ob, s) < 0:
                s = ob  # "... on May 16, 2024 [Sergei Bobylev/Sputnik/Kremlin Pool via Reuters]"
            else:
                before = _SENT_END_BEFORE.match(tail, 0, s)
                s = before.end() if before else 0
        if best is None or s < best:
            best = s
    if "/" in tail:
        # a chain runs to the end over its own characters only: searched from where they start, not from every
        # position of the tail (a caption of capitalized words and slashes ending otherwise, "[AB CD / EF GH]a", cost
        # the regex ~1 ms a line trying each start); the leftmost match is the same
        run = _CHAIN_RUN_REVERSED.match(tail[::-1]).end()
        m = _SLASH_CHAIN.search(tail, len(tail) - run) if "/" in tail[len(tail) - run:] else None
        if m:
            chain = m.group(1)
            s = m.start(1)
            cut = chain.rfind(". ", 0, chain.find("/"))
            if cut >= 0:
                s += cut + 2
                chain = chain[cut + 2:]
            # (or a known outlet's name after the photographer's: "Chen Yuxi/Sixth Tone", the outlet's own picture)
            if _agencies_in(chain) or _CREDIT_WORDS.search(chain) or _outlet_key(chain.rsplit("/", 1)[-1]) in outlets():
                if best is None or s < best:
                    best = s
    if best is None:
        return None
    mark = re.search(r"(?:©|\(c\)|Copyright|COPYRIGHT)\s*$", tail[:best])
    if mark:
        best = mark.start()
    return tail_from + best


_WITH_INFO_KEY = (
    r"(?:[Ww]ith (?:information|reporting|additional reporting|inputs?|agencies|wires|wire services)"
    r"(?: from| by)?|WITH (?:INFORMATION|REPORTING) FROM|[Cc]om informações d[aeo]s?|[Cc]om (?:a )?agências|"
    r"[Cc]on (?:información|informaciones) de|[Cc]on agencias|[Aa]vec (?:l'|les )?(?:AFP|agences)|"
    r"[Mm]it Material von|[Пп]о материалам|[Aa]gencies|"
    # "Some information for this report came from The Associated Press and Reuters." (VOA), "This story includes
    # reporting from Reuters"
    r"[Ss]ome (?:information|material|reporting|details) (?:for|in|from) this (?:report|story|article) "
    r"(?:came|comes|was|is|were) (?:from|provided by)|"
    r"[Tt]his (?:report|story|article) (?:includes|contains) (?:information|material|reporting) from)")
_WITH_INFO = re.compile(r"\(?\s*" + _WITH_INFO_KEY + r"\b[^()\n]{0,100}\)?[\s.]*$")
# "(With information from EFE)" closing a paragraph; its key phrase (a gated one: at most 30 characters) ends at
# most 101 characters before the run of white space and periods that ends the paragraph.
_WITH_INFO_END = re.compile(r"(?:(?<=[.!?”\"]\s)|(?<=[.!?”\"]))\s*" + _WITH_INFO.pattern)
# Literals one of which every key phrase holds (tested for fast; the exact pattern runs only after a hit).
_WITH_INFO_WORDS = (
    "ith information", "ith reporting", "ith additional reporting", "ith input", "ith agencies", "ith wire",
    "WITH INFORMATION", "WITH REPORTING", "om informações", "agências", "on informaci", "on agencias", "vec ",
    "it Material von", "о материалам", "gencies")
# (The key phrases naming "this report", "Some information for this report came from ...", are read on a line of
# their own only: their literals here would make the engine try every literal at each of their first letters.)
# Pieces one of which each of those literals holds: fewer substring tests rule out most paragraphs' ends first (a
# regex engine scanning for the literals tries them at each of their first letters, mostly common lower-case ones)
_WITH_INFO_PIECES = ("ith ", "WITH ", "informa", "agências", "genc", "vec ", "Material von", "материалам")


def _with_info_hint(run: str) -> bool:
    """Whether ``run`` holds one of the literals of _WITH_INFO_WORDS."""
    return any(p in run for p in _WITH_INFO_PIECES) and any(w in run for w in _WITH_INFO_WORDS)


def _trail_start(t: str, a: int, b: int) -> int:
    """Offset after the last character of t[a:b] that is neither white space nor a period (a if none)."""
    while b > a and (t[b - 1] == "." or t[b - 1].isspace()):
        b -= 1
    return b


# An outlet's name of one word in a dateline ("Asia-Plus", "24.kg", "Kun.uz", "AKIpress": a Latin letter or a figure
# in it; a Russian word there is a person's name, "МОСКВА, 22 мая — Путин. ...") and a person's two names
_SITE_WORD = r"(?=[\w\-.]{0,40}?[A-Za-z0-9])[^\W_][\w\-]{0,20}(?:\.[\w\-]{1,20})?"
_SITE_DOMAIN = r"[^\W_][\w\-]{0,20}\.[a-z]{2,6}"
_TWO_NAMES = rf"{_CAP}[\w\-]+\s{_CAP}[\w\-]+"


@lru_cache(maxsize=1)
def _agency_res():
    ag_alt = _lists()[0]
    tag = rf"\(\s*(?:{ag_alt})(?:\s*(?:,|/|and|&|y|e|et|и|with)\s*(?:{ag_alt}))*\s*\)"
    # ... and "/Синьхуа/" closing the story's last paragraph, as Xinhua's and People's Daily's Russian pages close it
    # (after a space or a sentence's mark: "tass.ru/ТАСС/" closes a link's address, no tag)
    trail = re.compile(rf"\s*(?:{tag}|(?<![^\s.!?»”\"])/(?:{ag_alt})/)[\s.]*$")
    # "MOSCOW (AP) —", "NAIROBI, Kenya (AP) _" (1990s wire copy), "Beijing, May 16 (Xinhua)，" (full-width comma)
    dateline = re.compile(
        rf"(?:{_CAP}[\w.'’\-]*(?:(?:[ ,/\-]{{1,2}}|\s\[|\],\s)[\w.'’\-]+){{0,5}}\s*)?(?:{tag}\.?\s*[-–—:，：_]+|\.?\s*/(?:{ag_alt})/\.?(?:\s*[-–—]{{1,2}}(?=\s))?)\s*"
        # "BEIJING, May 17 – RIA Novosti.": a place, its month and day, a dash and the agency
        rf"|{_CAP}[\w.'’\-]*(?:[ \-][\w.'’\-]+){{0,3}},\s+{_MON}\.?\s+\d{{1,2}}\s+[-–—]\s*(?:{ag_alt})\.\s*"
        # "TOKYO, May 12 Kyodo - ": the agency after the day without brackets, then the dash (Kyodo's wire)
        rf"|{_CAP}[\w.'’\-]*(?:[ \-][\w.'’\-]+){{0,3}},\s+{_MON}\.?\s+\d{{1,2}}\s+(?:{ag_alt})\s+[-–—]+\s+"
        # "Москва. 16 мая. INTERFAX.RU - ", "МОСКВА, 16 мая — РИА Новости.": the day before the month (and maybe the
        # year: "МОСКВА, 12 апреля 2024 — РИА Новости.")
        rf"|{_CAP}[\w'’\-]*(?:[ \-][\w'’\-]+){{0,3}}[.,]\s+\d{{1,2}}\s+{_MON}(?:\s+\d{{4}}(?:\s*г\.)?)?"
        rf"(?:[.,]\s*(?:{ag_alt})\s*[-–—]+"
        rf"|\s+[-–—]\s*(?:{ag_alt})\.)\s*"
        # the outlet's own name there, as Central Asian sites write it: "ДУШАНБЕ, 22 мая — Asia-Plus." (the place in
        # capitals; a name of one word closed by a full stop, no story's sentence), or its address, maybe with the
        # writer's name and no day: "БИШКЕК – 24.kg, Анара Абдыбаева." (a name and a comma after a place's dash
        # without the day can open a story: "ДУШАНБЕ – Рахмон, Эмомали Шарипович. ...")
        rf"|[A-ZА-ЯЁ]{{3,}}(?:[ \-][A-ZА-ЯЁ]{{2,}}){{0,2}}(?:,\s+\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?\s+[-–—]\s*{_SITE_WORD}"
        rf"|(?:,\s+\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?)?\s+[-–—]\s*{_SITE_DOMAIN}(?:,\s*{_TWO_NAMES})?)\.\s+")  # .match
    return re.compile(rf"{tag}[\s.]*"), trail, dateline


@lru_cache(maxsize=1)
def _agency_signoff() -> re.Pattern:
    """Agencies named in capitals after the last sentence of a paragraph, with no brackets ("... on the war.
    REUTERS, AFP"; "... he said. - AFP"): the wires the story was written from, as Singapore's and Malaysia's papers
    close it. (Searched only in a paragraph ending in a capital letter; the names must be in capitals.)"""
    ag_alt = _lists()[0]
    return re.compile(rf"(?<=[.!?”\"’])[^\S\n]+(?:[-–—][^\S\n]*)?((?:{ag_alt})(?:[^\S\n]*(?:,|/|&|and)[^\S\n]*(?:{ag_alt}))*)"
                      rf"[^\S\n]*$")


# A dateline without an agency opening the story: one to three words in capitals (a place), maybe its country or
# state and the day, then a dash: "WASHINGTON —", "ABU DHABI --", "KYIV, Ukraine —", "BRUSSELS, June 5 -", "MIAMI _",
# "KAZAN (RUSSIA) –", "MOSCOW--"
# (the underscore of wire copy from the 1990s)
_PLACE_DATELINE = re.compile(
    r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’\-]{2,}(?:[^\S\n][A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’\-]+){0,2}"
    # the country in capitals in brackets after the city, as The Straits Times prints it: "KAZAN (RUSSIA) –"
    r"(?:[^\S\n]\([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’\-]+(?:[^\S\n][A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’\-]+){0,2}\))?"
    rf"(?:,[^\S\n]+{_CAP}[\w.'’\-]+(?:[^\S\n]{_CAP}[\w.'’\-]+){{0,2}})?"
    rf"(?:,[^\S\n]+{_MON}\.?[^\S\n]+\d{{1,2}}(?:,[^\S\n]+\d{{4}})?)?"
    r"(?:[^\S\n]+[-–—_]{1,2}[^\S\n]+(?=[\"“‘'«]?[A-ZÀ-ÞА-ЯЁ0-9])"
    # Dow Jones Newswires' and The Wall Street Journal's wire copy: two hyphens and no spaces, "MOSCOW--Russia and
    # China signed ..." (then a word of capital and small letters: "ABC--DEF" is a code)
    r"|--(?=[\"“‘'«]?[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]))")
_DASH_GATE = re.compile(r"\s[-–—]\s")  # a dash between spaces, near a paragraph's start: maybe a dateline's
# The same with a colon, as South Asian and Gulf outlets write it: "NEW DELHI: Chinese President Xi Jinping ...",
# "BEIJING: ..." (a place of four capitals at least, or of two words, then a sentence)
_COLON_PLACE = (r"(?=[A-ZÀ-ÞА-ЯЁ]*[AEIOUYАЕЁИОУЫЭЮЯ])(?:[A-ZÀ-ÞА-ЯЁ]{4,}|[A-ZÀ-ÞА-ЯЁ]{3}(?=[^\S\n][A-ZÀ-ÞА-ЯЁ]))(?:[^\S\n](?=[A-ZÀ-ÞА-ЯЁ]*[AEIOUYАЕЁИОУЫЭЮЯ])"
                r"[A-ZÀ-ÞА-ЯЁ]{2,}){0,2}")
_COLON_LABEL = (r"(?!(?:UPDATED?|NOTE|QUESTION|ANSWER|CORRECTION|CLARIFICATION|EDITOR|BREAKING|WATCH|LISTEN|READ|"
                r"ALSO|SUMMARY|BACKGROUND|CONTEXT|WARNING|DISCLAIMER|SOURCE|ОБНОВЛЕНО|ВОПРОС|ОТВЕТ|ВНИМАНИЕ)[^\S\n]?[:/])")
_COLON_DATELINE = re.compile(rf"{_COLON_LABEL}{_COLON_PLACE}(?:[^\S\n]?/[^\S\n]?{_COLON_PLACE})?:(?:[^\S\n]+|[^\S\n]*\n)"
                             r"(?=[\"“‘'«]?[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё])")
# (a vowel in each word: a place's name, not a broadcaster's letters as a transcript's speaker, "CCTV: ..."; two
# places apart by a slash, "MOSCOW / BEIJING: ...", and the place on its line over the paragraph, as Pakistani papers
# print it: "ISLAMABAD:" / "Pakistan on Monday ..."; an editor's label in capitals is no place: "UPDATE:",
# "QUESTION:" over the first paragraph)


# A line of capitals and a colon alone, further down the text: a transcript's speaker ("XI:"), where a colon dateline
# on its own line ("ISLAMABAD:") heads the first paragraph only
_SPEAKER_LINE = re.compile(r"\n[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’\-]{0,30}:[^\S\n]*\n")


def _opens_with_dateline(run: str) -> bool:
    """Whether ``run`` opens with a dateline, an agency's ("BEIJING (Reuters) - ") or a place's ("BEIJING — ",
    "NEW DELHI: "): a story's first paragraph, whatever else it looks like."""
    return bool(_agency_res()[2].match(run) or _COLON_DATELINE.match(run)
                or (_DASH_GATE.search(run, 0, 80) and _PLACE_DATELINE.match(run)))


_NAME = rf"{_CAP}[\w'’.\-]+(?:\s+(?:(?!FOR\s){_CAP}[\w'’.\-]*|de|da|van|von|der|bin|al|el|la|le|di)){{0,3}}"
# what a byline says after a name: where and what the person is, in parentheses ("Camille Roussel (Beijing,
# correspondent)", Le Monde), or the role after a slash ("KENTARO IWATA/ Staff Writer", The Asahi Shimbun)
_NAME_NOTE = (r"(?:\s*\([^()\n]{1,40}\)|\s*/\s*(?:(?:Staff|Senior|Special|Contributing|Chief|Foreign)\s+)?"
              r"(?:Writer|Correspondent|Reporter|Editor)s?)")
_NAME_NOTES = re.compile(_NAME_NOTE)
# What separates the writers a byline names: commas, "and" and "&" (and their words in the languages read: "и", "y",
# "e", "et", "und"), semicolons, a bar between spaces ("Jane Doe, John Roe", "Анна Балашова и Петр Канаев")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|，|、|\band\b|&|\bи\b|\by\b|\be\b|\bet\b|\bund\b|;|(?<=\s)\|(?=\s))\s*")
# A writer's job, as a byline names it (see _APPOSITION, _JOB_TITLE)
_JOB = (r"(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|analyst|commentator|producer|"
        r"photographer|fellow|researcher|scholar|professor|director|chief|staff|редактор|корреспондент|обозреватель|"
        r"журналист|колумнист)")
_BYLINE = re.compile(
    rf"^(?:(?:By|BY|Por|POR|Par|Von|От|Автор|Авторы|Author|Authors|AUTHOR|Written by|Reporting by|Report by|Texto|Text"
    # an interview's byline names who asked ("Беседовала Мария Ефимова", "Interview by Jane Doe"): its writer
    rf"|Беседовал[аи]?|Interview by|Interviewed by"
    # the piece's genre before "by" ("Analysis by East Asia correspondent Bill Birtles", "Opinion by Jane Doe"): the
    # writer's job may stand between the label and the name, three words at most before the job's word
    rf"|(?:Analysis|Opinion|Commentary|Perspective) by(?=\s+{_CAP})(?:\s+(?:[\w'’\-]+\s+){{0,3}}?(?i:{_JOB})(?=\s+{_CAP}))?)"
    rf"(?:\s*[:：]\s*|\s+)|(?:Reporters?|REPORTERS?|Корреспондент)\s*[:：]\s*"
    # "Автор, Андрей Горянов", "Author, Jane Doe" (the BBC's language services): the label, a comma, the name
    rf"|(?:Автор|Авторы|Author|Authors),\s+(?=\S+\s+\S))"  # "Reporter：Wang Xin，Zhang Hua"
    rf"(?P<names>{_NAME}(?:\s+in\s+{_NAME})?{_NAME_NOTE}?(?:\s*(?:,|，|、|and|&|и|y|e|et|und)\s*{_NAME}"
    rf"(?:\s+in\s+{_NAME})?{_NAME_NOTE}?)*)"
    # "By Euronews with AP": who wrote it, with the agency (or a person) that helped
    rf"(?:\s+with\s+(?P<with>agencies|wires|(?:[Tt]he\s+)?{_CAP}[\w.\-]*(?:\s+{_CAP}[\w.\-]*)?"
    rf"(?:\s*(?:,|and|&)\s*(?:[Tt]he\s+)?{_CAP}[\w.\-]*(?:\s+{_CAP}[\w.\-]*)?)*))?"
    # "By Shen Ming for RFA Mandarin", "By Jane Doe for The Guardian", "By JANE DOE FOR MAILONLINE" (a name's words in
# capitals stop at "FOR"): the service or paper the writer filed for
    rf"(?:\s+(?:for|FOR)\s+(?P<for>(?:[Tt]he\s+|THE\s+)?{_CAP}[\w.&'’/\-]*(?:\s+{_CAP}[\w.&'’/\-]*){{0,3}}))?"
    rf"(?:\s*[,|/–—\-]\s*(?P<rest>[^\n]{{1,60}}?))?\s*$")
# What a byline's person is, as a magazine writes it after the name: "By Jack Detsch, a Pentagon and national security
# reporter at Foreign Policy, and Christina Lu, a reporter at Foreign Policy."
_APPOSITION = (rf"(?:,\s+(?:a|an|the|its|our)\s+(?:[\w'’\-]+\s+(?:and\s+)?){{0,5}}?(?i:{_JOB})s?"
               rf"(?:\s+(?:at|for|with|in)\s+(?:the\s+)?{_CAP}[\w.&'’\-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*"
               rf"{_CAP}[\w.&'’\-]*){{0,6}})?)")
# A byline's label alone on its line, the names on the lines under it
_BYLINE_KEY_LINE = re.compile(r"(?:Авторы?|АВТОРЫ?|Authors?|AUTHORS?|By|BY|Текст|Text|Written by|Reporting by)\s*[:：]?")
_CAP_START = re.compile(_CAP)
_JOB_WORD = re.compile(rf"(?i:{_JOB})")
# Lower-case words of what a byline says after the name besides the job itself: "Moscow bureau chief", "senior
# correspondent at ..." (see _Parse.byline_rest_ok)
_BYLINE_REST_WORDS = frozenset("and in of at for staff bureau senior deputy special foreign contributing".split())
# What a writer is, as a byline lists it after the name with a comma: "Moscow Correspondent", "Staff Writer", "Senior
# Fellow" (capitalized words, the last a job's); not a person's name
_JOB_TITLE = re.compile(rf"(?:{_CAP}[\w'’\-]*\s+){{0,3}}(?i:{_JOB})s?")
# Where the person named on the line above filed from: "in Beijing", "из Пекина"
_IN_PLACE_LINE = re.compile(rf"(?:in|в|из)\s+{_CAP}[\w'’.\-]*(?:\s+{_CAP}[\w'’.\-]*){{0,2}}")
# The same place as a dateline writes it, alone on its line in capitals: "NEW DELHI", "МОСКВА" (no section: see its use)
_CITY_CAPS = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’.\-]+(?:\s[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’.\-]+){0,2}")
_BYLINE_APPOSITION = re.compile(
    rf"(?:By|BY)\s+(?P<n1>{_NAME}){_APPOSITION}(?:,?\s+and\s+(?P<n2>{_NAME}){_APPOSITION}?)?\s*\.?")
# The outlet a byline's person works for: "... reporter at Foreign Policy", "... correspondent for The Moscow Times"
_JOB_AT = re.compile(rf"(?:reporter|correspondent|editor|writer|columnist|journalist)s?\s+(?:at|for|with)\s+"
                     rf"(?P<outlet>(?:The\s+)?{_CAP}[\w.&'’\-]*(?:\s+{_CAP}[\w.&'’\-]*){{0,4}})$")
# A government body or institute issuing a text under its name ("U.S. Department of the Treasury", "Ministry of
# Foreign Affairs of the People's Republic of China"): the source of a press release or transcript
_ISSUER = re.compile(rf"(?:The\s+)?(?:U\.S\.\s+|{_CAP}[\w'’.\-]*\s+){{0,3}}(?:Ministry|Department|Embassy|Office|"
                     rf"Commission|Council|Institute|Endowment|Foundation|Министерство|МИД|(?:President|Government|"
                     rf"Prime Minister|Президент|Правительство)(?=\s+(?:of|России|Российской)\b))"
                     rf"(?:\s+(?:of|for|on|the|and|{_CAP}[\w'’.\-]*)){{0,10}}")
# The holder a copyright line names ("Copyright © Ministry of Foreign Affairs of ...", "© 2024 The Moscow Times")
_COPYRIGHT_HOLDER = re.compile(r"(?:Copyright|COPYRIGHT|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*"
                               r"(?P<holder>[^\n.]{3,90}?)\s*(?:[.,]\s*(?:All rights reserved\.?)?)?")
# The same with more sentences after its "All rights reserved" ("... This material may not be published ...")
_COPYRIGHT_RESERVED = re.compile(r"(?:Copyright|COPYRIGHT|©)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*"
                                 r"(?P<holder>[^\n.]{3,90}?)\s*[.,]\s*All rights reserved\b")
# A copyright notice opening a line, its terms of reuse maybe after it: "Copyright 1995 - 2024. All rights reserved.
# The content ... shall not be republished", "© 2024 Kommersant. All rights reserved."
_COPYRIGHT_NOTICE = re.compile(r"(?:Copyright|COPYRIGHT|©)[^\n]{0,120}?(?:All rights reserved|ALL RIGHTS RESERVED|"
                               r"Все права защищены)")
# A news wire's slug line and editors' note over the story ("BC-EU--Russia-China, 1st Ld-Writethru"; "Eds: UPDATES with
# ..."), and its transmission stamp closing it ("AP-WF-05-28-24 1452GMT": month, day, year, hour and minute)
_WIRE_SLUG = re.compile(r"BC-[A-Za-z][\w\-]{2,60}(?:,[^\n]{0,80})?|Eds?:[ \t][^\n]{3,300}")
_WITH_AGENCY = re.compile(r"(?P<who>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s+(?:WITH|[Ww]ith)\s+"
                          r"(?P<ag>[A-Z][\w.\-]*(?:\s*(?:,|&|and|AND)\s*[A-Z][\w.\-]*){0,3})")
_COMMENT_COUNT = re.compile(r"(?i)\d[\d,.]*k?\s+comments?|comments?\s*[:(]?\s*\d+\)?|комментари(?:и|ев)\s*[:(]?\s*\d+\)?")
_FOLLOW_AT = re.compile(r"(?:Follow|Read|Watch|Listen to|See|Sign up|Download)\b[^\n]{3,150}?\s+(?:at|on|here:?)\s+"
                        r"https?://\S{3,300}")  # a prompt to a page of the outlet, its address closing the line
_WIRE_STAMP = re.compile(r"[A-Z]{2,4}-[A-Z]{2,4}-(\d{2})-(\d{2})-(\d{2})[ \t]+(\d{2})(\d{2})GMT")
# Where a reprinted or translated story first ran: "Translation of an article originally published in French on
# lemonde.fr", "This story was originally published by The Philadelphia Inquirer."
_REPRINT_OF = re.compile(r"originally published(?: in [A-Z][a-z]+)? (?:on|in|by|at) (?P<outlet>(?:The\s+)?[A-Z][\w&'’\-]*"
                         r"(?:\s+[A-Z][\w&'’\-]*){0,4}|[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6})(?![\w.])")
# The same inside an author's note: "... is a Beijing-based reporter for NBC News."
_JOB_AT_IN = re.compile(rf"(?:reporter|correspondent|editor|writer|columnist|journalist|producer|contributor)s?\s+"
                        rf"(?:at|for|with)\s+(?P<outlet>(?:The\s+)?{_CAP}[\w&'’\-]*(?:\s+{_CAP}[\w&'’\-]*){{0,4}})"
                        rf"(?=[.,;]?(?:\s|$))")
# An outlet's name rather than a person's: a name ending in one of the words newspapers, magazines, agencies and
# broadcasters are called by ("The Moscow Times", "South China Morning Post", "The Guardian")
_OUTLET = re.compile(
    rf"(?:The\s+)?(?:{_CAP}[\w'’.&\-]*\s+){{0,4}}(?:Times|Post|News|Journal|Herald|Tribune|Telegraph|Gazette|"
    r"Chronicle|Observer|Guardian|Economist|Atlantic|Diplomat|Spectator|Independent|Express|Mail|Monitor|Review|Daily|"
    r"Weekly|Today|Standard|Press|Wire|Insider|Mirror|Courier|Dispatch|Inquirer|Examiner|Register|Sentinel|Globe|"
    r"Bulletin|Agency|Magazine|Digest|Online|Network|Broadcasting|Radio|Television|TV|Global|Shimbun|Ilbo|Zeitung|"
    r"Gazeta|Monde|"
    # Russian papers' names end in the same kind of word ("Независимая газета", "Комсомольская правда")
    r"газета|Газета|правда|Правда|Ведомости|Известия|Вестник|вестник)")
# Words one signs a byline with that are no outlet's name ("By Staff")
_NOT_OUTLETS = frozenset("staff editor editors admin administrator correspondent reporter anonymous guest "
                         "редакция редактор корреспондент".split())
# The label a byline candidate may still carry when read whole as an outlet's name ("By Foreign Policy", "Автор:
# Голос Америки"): matched at the start of the lower-cased text only
_BYLINE_LABEL_LC = re.compile(r"(?:by|от|автор|авторы|author)\b:?\s*")
# One word shaped as a given name or a surname ("Dawn", "Forbes", "Rand"): an outlet's name of one such word is also a
# person's, so a byline of it alone is not taken for the outlet
_NAME_SHAPED = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+")
# "The Guardian (London)": the outlet, its city. The city is tried only where a run of spaces starts (or at the
# second character): tried inside the run it would scan the rest of the run again at every position, quadratic on
# a line holding a long one, and it cannot match there when it did not where the run starts
_OUTLET_PLACE = re.compile(r"(.+?)(?:(?:(?<!\s)|(?<=\A\s))\s*\([^()\n]{1,30}\))?")
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # CNN, BBC, SCMP after a person's name in a byline
_IN_PLACE = re.compile(rf"\s+in\s+{_CAP}[\w'’.\-]*(?:\s+{_CAP}[\w'’.\-]*){{0,2}}$")
# Names with what they are to the outlet, without a "By": "CK TAN and TAISEI HOYAMA, Nikkei staff writers"
_STAFF_NAMES = re.compile(
    rf"(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*),\s+(?:(?P<outlet>{_CAP}[\w.&'’\-]*(?:\s+{_CAP}[\w.&'’\-]*){{0,3}})"
    r"\s+)?(?:staff\s+|senior\s+|chief\s+|special\s+)?(?:writers?|correspondents?|reporters?|editors?)")
# The closing line naming who contributed ("Associated Press writer Jim Heintz in Tallinn, Estonia, contributed to
# this report.", "Keith Bradsher contributed reporting from Beijing.", "David Pierson reported from Beijing, and
# Valerie Hopkins from Berlin."): sentences, each ending in such a clause (a middle initial's full stop inside it:
# "Lolita C. Baldor") or naming a reporter and a place
_CONTRIBUTED_LINE = re.compile(
    r"(?:(?:[^.!?\n]|(?<=\b[A-Z])\.){0,160}\bcontributed (?:reporting|additional reporting|research|to this (?:report|story|article))"
    r"(?: from [^.!?\n]{1,60})?[.!]?\s*"
    rf"|(?!The\b){_CAP}[\w'’\-]+(?:\s+{_CAP}[\w'’.\-]+){{0,2}} reported from {_CAP}(?:(?!\b(?:that|on|as)\b)[^.!?\n]){{0,120}}"
    r"[.!]?\s*)+")
_REPORTED_AND = re.compile(rf",?\s+and\s+{_CAP}[\w'’\-]+(?:\s+{_CAP}[\w'’.\-]+){{0,2}}\s+from\s+{_CAP}")
# Reporters with the place they filed from, as a print edition lists them: "MAX SEDDON — RIGA JOE LEAHY — BEIJING"
_NAME_AT_PLACE = re.compile(rf"(?P<name>{_CAP}[\w'’.\-]+(?:\s+{_CAP}[\w'’.\-]+){{1,2}})\s+[—–]\s+(?P<place>{_CAP}[A-ZÀ-Þ'’.\-]+)")
_NAMES_AT_PLACES = re.compile(rf"(?:{_NAME_AT_PLACE.pattern.replace('?P<name>', '').replace('?P<place>', '')}\s*)+")
# The print edition an article appeared in: "Газета «Коммерсантъ» №85 от 17.05.2024, стр. 1" (the name in any
# quotes), "Российская газета - Федеральный выпуск: №5(9249)" (the paper, its edition and the issue's number)
_PRINT_EDITION = re.compile(
    r"(?:(?:Газета|Журнал|Еженедельник)\s+[«\"“„](?P<paper>[^»\"“”\n]{1,60})[»\"”“]\s*(?:№\s*\d+(?:/\d+)?)?"
    r"\s*(?:от\s+[^,\n]{6,30})?\s*(?:,\s*стр\.\s*\d+)?"
    r"|(?P<paper2>[А-ЯЁ][^\n:–—]{1,60}?)\s+[-–—]\s+(?:[А-ЯЁа-яё]+\s+)?(?:выпуск|издание)\s*:?\s*№\s*\d+(?:/\d+)?"
    r"(?:\s*\(\d+\))?)\s*")
# The closing line of names, with the places they wrote from: "Андрей Колесников, Пекин; Елена Черненко"
_SIGNATURE = re.compile(rf"{_NAME}(?:,\s*{_CAP}[\w'’\-]+)?(?:\s*;\s*{_NAME}(?:,\s*{_CAP}[\w'’\-]+)?)+")
# A journal's or bulletin's issue fields after its name on the same line: "Eurasia Daily Monitor Volume: 21 Issue: 142"
# (see set_source; a field's label and colon, then a number; "Vol: 450" without the abbreviation's point too)
_ISSUE_FIELDS = re.compile(r"\s+(?:Volume|Vol\.?|Issue|Number|No\.|Том|Выпуск|Номер)\s*:\s*\d[^\n]*$")
# A print page's foot closing the text: an outlet's name, maybe in quotation marks, and a date in figures (see
# print_foot): "«Коммерсантъ» 21.03.2023"
_PRINT_FOOT = re.compile(r"[«\"“]?(?P<outlet>[^\W\d_][^«»\"“”\n\d]{1,40}?)[»\"”]?[^\S\n]+\d{1,2}\.\d{1,2}\.\d{4}")
# A message's header in a Telegram export: the channel, then the date and time in brackets
_CHANNEL_HEAD = re.compile(r"(?P<channel>[^\[\]\n,]{1,60}),\s*\[(?P<when>[^\[\]\n]{8,30})\]")
# A publication's name and a dash before its date: capitalized words, "The" after a comma, a place in brackets
_OUTLET_DASH = re.compile(rf"(?P<outlet>{_CAP}[\w.&'’\-]*(?:,?\s+(?:{_CAP}[\w.&'’\-]*|of|and|&|\([^()\n]{{1,40}}\))){{0,7}})"
                          r"\s+[-–—]+\s+")
# The time of a live blog's entry, alone on its line: "04:05 GMT", "9:41 a.m. ET", "14:05"
_ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\s*\(?(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|MSK|"
                         r"JST|KST|HKT|SGT|IST|PT|PST|PDT)(?:\s?[+\-]\s?\d{1,2}(?::?\d{2})?)?\)?)?\s*")
# A live blog entry's time with the outlet after a slash, under the entry's headline: "11:52 PM EST / CBS News"
_ENTRY_TIME_BY = re.compile(_ENTRY_TIME.pattern + r"/[ \t]*[A-Z][\w.&'’\-]*(?:[ \t]+[A-Z][\w.&'’\-]*){0,3}[ \t]*")
# A name of one to four capitalized words in parentheses, alone after a date: "(Mainichi Japan)", "(AFP)" (fullmatch)
_PAREN_NAME = re.compile(r"\s*\(\s*([A-ZÀ-ÞА-ЯЁ][\w.&'’\-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w.&'’\-]*){0,3})\s*\)\s*")
# A WeChat article's head line, the mark of its own writing ("原创", machine-translated "Original"), the names of the
# author and the account, the date and time, the province it was posted from (fullmatch)
_WECHAT_HEAD = re.compile(r"(?:Original|原创)[ \t]+(?P<names>[^\W\d_][^\n\d]{0,80}?)[ \t]+(?P<when>\d{4}-\d{2}-\d{2}"
                          r"(?:[ \t]+\d{1,2}:\d{2})?)(?:[ \t]+[^\W\d_][\w\- ]{0,30})?[ \t]*")
# An agency's name in brackets opening a line, before the date: "(Xinhua) 09:15, March 02, 2024"
_AGENCY_BEFORE = re.compile(r"\(\s*([^()\n]{2,40}?)\s*\)\s*")
# The desks a page files the story under, after its date: " | World, All" (the first one is the section)
_DESK_TAIL = re.compile(r"\s*[|│]\s*([^\W\d_][^|│,\n]{0,40})(?:,\s*[^|│,\n]{1,40}){0,4}\s*")
# A rubric before a date on its line: one to three capitalized words, then a comma or a bar ("Политика, 21 мар 2024")
_RUBRIC = re.compile(rf"({_CAP}[\w'’\-]*(?:\s+(?:{_CAP}[\w'’\-]*|в|и|of|and|&)){{0,2}})\s*[,|│·•]\s*")
_BY_LABEL = re.compile(r"(?:By|BY)\s+")
# A news agency's name closing a dateline, after a full stop or a dash: "Астана, 6 июля 2024. Kazinform"
_AGENCY_AFTER = re.compile(r"\s*[.—–-]\s*([^\W\d_][\w\- ]{1,30}?)\s*\.?\s*")
# A dateline's place, one or two capitalized words and a comma, before a date in a field of its own (anchored: the
# whole text before the date): "Пекин, 9 апреля 2024", "Hong Kong, 9 April 2024"
_DATELINE_PLACE = re.compile(rf"\A{_CAP}[^\W\d_]+(?:[ \-]{_CAP}[^\W\d_]+)?,\s*\Z")
# A publication's name and a comma before its date: "Российская газета, 27.03.2023" (the name as _OUTLET tells one)
_OUTLET_COMMA = re.compile(r"([^\n,]{2,60}?)\s*,\s*")
_NOT_NEWLINE = re.compile(r"[^\n]")
_STAFF_ENDS = ("writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor", "editors")
# People's names (two to four words each, the outlet's "The ..." excluded), as a line of them: "Дмитрий Гринкевич,
# Максим Иванов", "Amber Wang", "Jane Doe and John Roe"
_PERSON = rf"(?!The\b){_CAP}[\w'’\-]+(?:\s+(?:{_CAP}[\w'’.\-]+|de|da|van|von|der|bin|al|el|la|le|di)){{1,3}}"
# people's names apart by commas, "and", "&" or a spaced bar ("Юлия Вишневецкая | Максим Нелюбин", DW's bylines)
_PERSONS = re.compile(rf"{_PERSON}(?:\s*(?:,|，|&|\s(?:and|и)|(?<=\s)\|(?=\s))\s*{_PERSON})*")
_NAME_RX = re.compile(_NAME)
_NAME_LINE = re.compile(rf"{_NAME}(?:\s+in\s+{_NAME})?(?:(?:\s+(?:and|&|\|)|,)\s+{_NAME}(?:\s+in\s+{_NAME})?)*")
# Who wrote the story from whose reports: "Written by Reid Standish based on reporting by RFE/RL's Kazakh Service."
_WRITTEN_BASED = re.compile(
    rf"(?:Written|Compiled|Prepared|Reported|Edited) by (?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*),?\s+"
    r"(?P<rest>(?:based on|with|from|using|drawing on|and) (?:the )?(?:reporting|reports|material|information|"
    r"dispatches|wire reports|agency reports)\b[^\n]{0,150})")
_WRITTEN_STARTS = ("Wri", "Com", "Pre", "Rep", "Edi")
_STAFF = re.compile(r"(?:(?:Additional reporting|Reporting|Writing|Editing|Compiled|Edited|Translated|Text|Graphics)"
                    r" by|[-–—]+\s*With assistance from)\s+\S.{0,200}$")
_KV = re.compile(
    r"(?i)^(?P<key>title|headline|from|to|cc|заголовок|заглавие|titre|título|source|publication|publisher|outlet|источник|издание|"
    r"fuente|fonte|quelle|author|authors|byline|автор|section|rubric|category|рубрика|раздел|sección|secção|"
    r"url|link|ссылка|clipped from|source url|original url|length|language|язык|load-date|document type|publication[ -]type|word count|words|"
    r"author/byline|readability|record number|edition|page|pages|"
    r"keywords|tags|теги|тэги|country|region|subject|id|document id|dateline|date|published|updated|дата|"
    r"created|created at|created time|date created|clipped|clipped at|date clipped|saved|saved at|saved on|date saved|"
    r"domain|reading time|topic|"
    r"last edited|last edited time|"
    # a reference manager's note of a saved page (Zotero): its kind, the site's name, when it was read
    r"item type|website title|accessed|date accessed|access date|notes|"
    # an RSS item's fields as a feed's raw text gives them ("pubDate: Sun, 21 Apr 2024 ...", "dc:creator: Eliot Chen")
    r"pubdate|dc:creator|guid|description|content:encoded|"
    # a media-monitoring service's clip (Meltwater, Cision, Medialogia): the audience and tone it measured
    r"reach|potential reach|audience|circulation|impressions|sentiment|tone|ave|media type|media|"
    # "Текст: Игорь Дунаевский" (Российская газета): who wrote the story
    r"текст|"
    # a Russian press database's record (Integrum, East View's UDB, Public.ru): the issue's date, number, page and the
    # story's length ("Дата выпуска: 14.03.2024", "Номер: 44", "Страница: 7", "Объем: 318 слов")
    r"дата выпуска|номер|страница|объ[её]м|"
    # Nexis Uni's German interface: "Rubrik: WORLD; Pg. 4", "Länge: 563 Wörter", "Autor: ...", "Ladedatum: ..."
    r"rubrik|länge|autor|ladedatum)\s*[:：]\s*(?P<value>.*)$")
# A Markdown line opening with a field's name in bold: "**Domain:** arctictoday.com", "__Tags__: arctic" (fullmatch)
_MD_KEY = re.compile(r"(\*\*|__)([^*_:\n]{1,40}?)(?::\1|\1\s*:)\s*(.*)")
# Keys of the lines giving when a note was made or saved ("Created: June 3, 2024 9:41 AM", Notion): a date follows
_NOTE_DATE_KEYS = frozenset(("created", "created at", "created time", "date created", "clipped", "clipped at",
                             "date clipped", "saved", "saved at", "saved on", "date saved", "last edited",
                             "last edited time"))
def _kv_value_fits(key: str, value: str) -> bool:
    """Whether ``value`` can be the value of the header field ``key``. Fields whose names also open sentences
    ("From:", "To:", "Subject:", "Record number:") need a value that looks like one: a sender or addressee
    (a capitalized name, an address), a subject that is not a lower-case phrase, an identifier."""
    v = value.strip()
    if key in ("from", "to", "cc"):
        return bool(v) and ("@" in v or (v[:1].isupper() and _nwords(v) <= 8 and not _LOWER_WORDS.search(v)))
    if key == "subject":
        return bool(v) and not v[:1].islower()
    if key in ("record number", "document id", "id"):
        return bool(re.fullmatch(r"[\w./:-]{1,60}", v))
    if key in ("page", "pages", "edition", "readability"):
        return _nwords(v) <= 8
    if key in _ISSUE_KEYS:
        # a number ("Номер: 44 (7742)", "Страница: 7"), not a sentence opening with the word ("Номер: его так и не
        # назвали"); the story's length counts words or characters ("Объем: 318 слов", "Объём: 1 842 знака"), not the
        # tonnes of a story's table ("Объем: 5 млн т")
        if key != "номер" and key != "страница":
            return _nwords(v) <= 4 and _ISSUE_LENGTH.fullmatch(v) is not None
        return _nwords(v) <= 4 and v[:1].isdigit()
    if key == "дата выпуска" or key == "ladedatum":
        # the issue's date, the day a record was loaded ("14.03.2024", "3. Juli 2024"), not a sentence opening with
        # the words ("Дата выпуска: 2025 год, сообщил производитель"); alone, the label over its date
        return not v or (_nwords(v) <= 6 and _DATE.match(v) is not None)
    if key == "länge":
        return v[:1].isdigit() and _nwords(v) <= 3 and v.endswith(("Wörter", "Wort"))  # "Länge: 563 Wörter"
    if key == "rubrik":
        # a section's name ("Rubrik: WORLD; Pg. 4"), not a sentence on a newspaper's section ("Rubrik: Die Zeitung
        # führte eine neue Rubrik ein, ...")
        return _nwords(v) <= 8 and not v[:1].islower() and v[-1:] not in ".!?…"
    if key == "autor":
        # names, with the writer's title or place ("Autor: Amy Hawkins Senior China correspondent", "Polina Ivanova
        # and Joe Leahy in Astana"), not a sentence going on from the word ("Autor: Thomas Mann schrieb darüber schon
        # 1924 einen Roman.")
        return _nwords(v) <= 12 and v[-1:] not in ".!?…" and len(_LOWER_WORDS.findall(v)) < 3
    if key in _MONITOR_KEYS:
        return _nwords(v) <= 4  # "Reach: 184,300", "Sentiment: Neutral" (not "Tone: the talks were ...")
    if key == "topic":
        # a section's name ("Topic: World Politics"), not a sentence opening so ("Topic: the war dominated ...")
        return v[:1].isupper() and _nwords(v) <= 6 and v[-1:] not in ".!?…"
    if key == "текст":
        return _PERSONS.fullmatch(v) is not None  # "Текст: Игорь Дунаевский", not a sentence about a text
    if key in _FEED_KEYS:
        # a feed item's summary opens as a headline does ("description: How Chinese banks became ..."), not as a
        # sentence going on after the word ("Description: the ministry called the talks frank ..."); its writer is
        # a name; its identifier and the key over the item's text one token or none
        if key == "description":
            return v[:1].isupper() or v[:1] in "\"“«'‘"
        if key == "dc:creator":
            return _PERSONS.fullmatch(v) is not None
        return len(v.split()) <= 1
    if key in ("accessed", "date accessed", "access date"):
        return _nwords(v) <= 8 and _YEAR4.search(v) is not None  # when a note's page was read: a date
    if key == "pubdate" or key in _NOTE_DATE_KEYS:
        # a note's or a feed item's date ("pubDate: Sun, 21 Apr 2024 09:00:00 +0000"), not a sentence on the field
        # ("pubDate: the field is case sensitive, ...")
        return _nwords(v) <= 8 and _YEAR4.search(v) is not None and _DATE.search(v) is not None
    if key in _SOURCE_KEYS:
        # a name, not a sentence saying where the news came from ("Source: Chinese Foreign Ministry spokesperson
        # Mao Ning at a briefing on 4 June, as reported by Reuters", Ukrainska Pravda's story furniture; in Russian:
        # "Источник: Зеленский на пресс-конференции с президентом Финляндии ..., цитирует ..."). Russian writes an
        # organisation's long name in lower case ("пресс-служба Министерства иностранных дел ... и посольство КНР в Москве"):
        # its lower-case words count only in a value with a clause set off by a comma
        if _nwords(v) <= 8:
            return True
        return len(_LOWER_WORDS.findall(v)) + (len(_LOWER_WORDS_RU.findall(v)) if "," in v else 0) < 3
    return True


def _field_line(line: str, reach: int = 30) -> bool:
    """Whether ``line`` (stripped) is a header field with a value that fits its key ("Tags: Russia; trade",
    "Created: 12/28/2024 9:14 AM"), its colon within the first ``reach`` characters."""
    return ":" in line[:reach] and (kv := _KV.match(line)) is not None and _kv_value_fits(kv.group("key").lower(),
                                                                                         kv.group("value"))


# What a source line says of its source after a comma, in lower case: ", compiled from Russian media reports", ", with
# agencies", ", по материалам агентств"
_SOURCE_CLAUSE = re.compile(r",\s+(?:compiled|based|adapted|translated|edited|with|from|according|по материалам|"
                            r"с использованием)\b.*$")
_FEED_KEYS = frozenset(("description", "dc:creator", "guid", "content:encoded"))
# Fields only a feed's or a reference manager's record writes, read only in a block of fields (one more right above
# or below): alone, "Description: Suspect is a man of about 40" or "Accessed: 12 March 2024" is a line of a story
_BLOCK_KEYS = _FEED_KEYS | frozenset(("pubdate", "item type", "website title", "accessed", "date accessed",
                                      "access date"))
_SOURCE_KEYS = frozenset(("source", "источник", "fuente", "fonte", "quelle", "publisher", "outlet"))
# A Russian press database's citation of the issue as a source field's value (Public.ru, Integrum): the outlet, its city
# in brackets, the issue's number, the date and the page: "Коммерсантъ (Москва), № 192, 18.10.2023, с. 1", the number
# sign typed as a Latin N too ("Коммерсантъ, N 192, 18.10.2023", "Kommersant, No. 192, ...")
_ISSUE_CITATION = re.compile(r"\s*(?P<name>[^,()\n]{2,80}?)(?:\s*\([^()\n]{1,40}\))?,\s*(?:№|No?\.?\s?(?=\d))")


# The Wayback Machine's banner and toolbar lines on a copied page (see _Parse.archive_banner)
_WAYBACK_BANNER = re.compile(r"The Wayback Machine\s*[-–—]\s*https?://web\.archive\.org/web/\d{4,14}\w*/(https?://\S+)\s*")
_WB_MON = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_WAYBACK_TOOLBAR = re.compile(
    r"https?://\S+|Go|" + _WB_MON + r"(?:\s+" + _WB_MON + r"){0,2}|\d{1,2}|(?:19|20)\d\d(?:\s+(?:19|20)\d\d){0,2}|"
    r"[\d,]+\s+captures?|\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}|"
    r"(?i:about this capture|collected by|close|help|(?:organization|collection)\s*:.{0,80})")
# A reading-time line of a reader view or an article page: "5–6 minutes", "4 min read"
# (labelled, in English and Russian: "Reading time: 5 min", "Время чтения: 5 мин", "5 мин чтения")
_READING_TIME = re.compile(r"\s*(?:\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:minutes?|mins?)(?: read)?|(?:[Rr]eading time|"
                           r"[Вв]ремя (?:чтения|прочтения))\s*:?\s*\d{1,3}\s*(?:minutes?|mins?|мин(?:\.|ут[аы]?)?)|"
                           r"\d{1,3}\s*мин(?:\.|ут[аы]?)?\s*(?:чтения|на чтение))\s*")
_TITLE_KEYS = frozenset(("title", "headline", "заголовок", "заглавие", "titre", "título"))
_ISSUE_KEYS = frozenset(("номер", "страница", "объем", "объём"))
_ISSUE_LENGTH = re.compile(r"\d[\d \u00a0]*(?:слов[ао]?|знак(?:а|ов)?|симв(?:\.|ол(?:а|ов)?)?|зн\.)")  # "1 842 знака"
_MONITOR_KEYS = frozenset(("reach", "potential reach", "audience", "circulation", "impressions", "sentiment", "tone",
                           "ave", "media type", "media"))
_LOWER_WORDS_RU = re.compile(r"(?<![\w<@.])[а-яё]{3,}(?![\w])")  # Russian words in lower case, as _LOWER_WORDS
_LOWER_WORDS = re.compile(r"(?<![\w<@.])(?!(?:of|and|the|de|von|van|for)\b)[a-z]{3,}\b")
_KV_KIND = {"title": "title", "headline": "title", "subject": "title", "заголовок": "title", "заглавие": "title", "titre": "title", "título": "title",
            "source": "source", "from": "source", "publication": "source", "publisher": "source", "outlet": "source",
            "источник": "source", "издание": "source", "fuente": "source", "fonte": "source", "quelle": "source",
            "website title": "source",
            "author": "byline", "authors": "byline", "dc:creator": "byline", "byline": "byline", "автор": "byline", "author/byline": "byline",
            "текст": "byline",
            "section": "section", "rubric": "section", "category": "section", "рубрика": "section", "topic": "section", "rubrik": "section",
            "autor": "byline",
            "раздел": "section", "sección": "section", "secção": "section",
            **{k: "created" for k in ("created", "created at", "created time", "date created", "clipped",
                                      "clipped at", "date clipped")}}
# A Russian mail program's header fields, read as the English ones ("Тема:" as "Subject:"; "Дата:" is read by _KV),
# only inside a block of them (see _Parse.mail_block_ru): their first two letters are a cheap test before the pattern
# The fields of a block of them, each with the English field it is read as ("" for those only marking the block)
_MAIL_FIELDS_RU = {"Тема": "subject", "От": "from", "Дата": "", "Кому": "to", "Копия": "cc", "Отправлено": ""}
_MAIL_KEY_RU_EN = {ru: en for ru, en in _MAIL_FIELDS_RU.items() if en}
_MAIL_KEY_RU = re.compile(r"(?P<key>" + "|".join(_MAIL_KEY_RU_EN) + r")\s*:\s*(?P<value>.*)$")
_MAIL_RU_STARTS = frozenset(ru[:2] for ru in _MAIL_KEY_RU_EN)
# A mail's header fields, read as such only above the story (Parse.line_kind)
_MAIL_KEYS = frozenset(("from", "subject", "to", "cc"))
_MAIL_FIELD_RU = re.compile("(?:" + "|".join(_MAIL_FIELDS_RU) + r")\s*:")
_MAIL_FIELD_RU_STARTS = frozenset(ru[:2] for ru in _MAIL_FIELDS_RU)
# "(?<!\w)(?:Source|SOURCE|...)": each word checks the character before it itself, so the pattern opens
# with literals that the engine scans for fast (same matches).
_SOURCE = re.compile("(?:" + "|".join(f"{w}(?<!\\w{w})" for w in (
    "Source", "SOURCE", "Sources", "Источник", "Fuente", "Fonte", "Quelle")) + r")\s*[:：]\s*")
_INLINE_BOILER = re.compile(
    r"(?<!\w)(?:(?:Share|SHARE) (?:on|via) )?(?:Tweet|Share|Print|E-?mail|WhatsApp|Telegram|Facebook|Twitter|VK|LinkedIn|"
    r"Pinterest|Reddit)(?:\s+(?:(?:Share|SHARE) (?:on|via) )?(?:Tweet|Share|Print|E-?mail|WhatsApp|Telegram|Facebook|"
    r"Twitter|VK|LinkedIn|Pinterest|Reddit))+(?!\w)")
# Every _INLINE_BOILER match holds one of these words (a fast literal scan before the exact pattern).
_INLINE_BOILER_GATE = re.compile("Tweet|Share|Print|Email|E-mail|WhatsApp|Telegram|Facebook|Twitter|VK|LinkedIn|"
                                 "Pinterest|Reddit")
_TERMINAL = ".!?…"
_WORDS = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")


# A running page header or footer of a PDF's text: a line starting or ending with "Page 2 of 3" (a pattern kept out
# of data/boilerplate.txt, whose lines are tried against every line: this one gates on a literal first)
_PAGE_FOOTER = re.compile(r"^(?:Page|PAGE) \d+ of \d+\b|\b(?:Page|PAGE) \d+ of \d+$")


# The Conversation's disclosure statement under every article (republished under its licence by many sites): "X does
# not work for, consult, own shares in or receive funding from any company or organisation that would benefit ..."
# (kept out of data/boilerplate.txt, whose lines are tried against every line: this one gates on a literal first)
# The Trust Project's badge on its member outlets' story pages: "Newsweek Is A Trust Project Member"
_TRUST_BADGE = re.compile(r"(?i)(?:[^\n]{1,40} (?:is|are) )?an? trust project (?:member|partner|participant)\.?")
_DISCLOSURE = re.compile(r".{2,100} (?:does|do) not work for, consult, own shares in or receive funding from any "
                         r"company or organi[sz]ation .{0,200}", re.I)


# the foreign-agent notice's first words, in Russian and as a translation tool puts them in English
_AGENT_NOTICE_OPENINGS = frozenset(("данное со", "настоящий", "this mess", "this mate"))


def _is_boilerplate(t: str, menu: bool = True) -> bool:
    """Whether the line ``t`` is page furniture on its own (``menu``: a menu's items apart by runs of spaces, see
    _menu_row, are; the caller knows the line is no menu, a table's head over its rows, when False)."""
    if len(t) > 250:
        # the foreign-agent notice (data/boilerplate.txt) naming its agent in full runs longer than other furniture
        # ("... НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ ОБЩЕСТВОМ С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «ТЕЛЕКАНАЛ ДОЖДЬ» ЛИБО ...")
        return len(t) <= 600 and t[:9].lower() in _AGENT_NOTICE_OPENINGS and _boilerplate_fullmatch()(t) is not None
    if _INLINE_BOILER.fullmatch(t):
        return True
    if ("age " in t or "AGE " in t) and _PAGE_FOOTER.search(t):
        return True
    if "not work for" in t and _DISCLOSURE.fullmatch(t):
        return True
    if ("ck here" in t or "ap here" in t or "CK HERE" in t) and _CLICK_HERE.fullmatch(t):
        return True
    if ("syndicated feed" in t or "not been edited by" in t or "auto-generated from" in t) and _SYNDICATED.fullmatch(t):
        return True
    if ("pdated" in t or "orrected" in t or "mended" in t or "hanged" in t or " version" in t) \
            and _EDITORS_NOTE.fullmatch(t):
        return True
    if ("очнени" in t or "равлени" in t or "ОЧНЕНИ" in t or "РАВЛЕНИ" in t or "версии" in t) and _EDITORS_NOTE_RU.fullmatch(t):
        return True
    if ("rust " in t or "RUST " in t) and _TRUST_BADGE.fullmatch(t):
        return True
    if _boilerplate_fullmatch()(t):
        return True
    if " / " in t and t.count(" / ") >= 2 and _is_section(t[:t.index(" / ")]):
        return True  # a breadcrumb trail from a section down to the story: "News / World News / Putin, Xi hail ..."
    for sep in (" · ", " • ", " | "):
        if sep in t and t.count(sep) >= 2 and _widget_run(t.split(sep)):
            return True  # an app's row of buttons: "Mark as read · Save · Share · Tag", "Like • Reply • Share"
    if menu and "  " in t and _menu_row(t):
        return True  # a site's menu copied as one line, its items apart by runs of spaces: "Новости  Видео  Прямой эфир"
    # data/boilerplate_short.txt: lines of 160 characters at most, that end without a sentence's final mark or open
    # as the prompts that have one do ("Thanks for reading ...!", "Support us ...", "By clicking ...", "Ready for more?")
    return len(t) <= 160 and (t[-1:] not in _SENTENCE_END or t[:4].lower() in _SHORT_PROMPTS) and bool(
        _short_boilerplate_fullmatch()(t))


_SENTENCE_END = frozenset(".!?”\"»…")
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
_MENU_SIGNS = frozenset(("+", "|", "│", "…", "•", "·", "/", "›", "»", "≡", "☰", "⋯"))


def _menu_row(t: str, single: bool = False) -> bool:
    """Whether the line ``t`` is a menu's or a toolbar's items copied on one line, apart by runs of two spaces or more
    (a text copy of a page's bar: "Новости  Видео  Программы  Прямой эфир", "Posts   Files   Wiki   +"): three items at
    least, each of one to three words opening with a capital (or a button's sign, "+", "|"), none closed by a
    sentence's mark, none with a comma (a byline's pieces set apart so by markup: "By Laura Bicker  ,  China
    correspondent, Beijing"). A sentence's words have single spaces; a table's row opens its cells with
    figures ("Russia  240  190"); a saved page's line cut by its tags has longer runs where they stood (an authors'
    box: "Авторы", then the names linked). One item at least has two words or is a button's sign: a menu names a
    place or a show so ("Прямой эфир", "Sign in"), while a line of single words apart so is a table's head
    ("Country  Exports  Imports") or a poem's line set out wide; ``single`` lets all items be single words (over the
    headline, where no table or poem stands: "News  Sport  Weather  Video"). No item is a function word alone ("On",
    "The", "Of": a menu names places and shows, while a headline in title case set out wide has them, a PDF's or a
    justified copy's: "China  Slams  Tariffs  On  Steel")."""
    parts = [x for x in _SPACE_RUN.split(t.strip()) if x]
    if len(parts) < 3 or any(len(r) > 6 for r in _SPACE_RUN.findall(t.strip())):
        return False  # (a run of more than six: a saved page's tags cut out, "<span>Авторы</span><a ...>Анна ...")
    wide = False  # an item of two words or more, or a sign
    for x in parts:
        if x in _MENU_SIGNS:
            wide = True
            continue  # a button's sign or a separator
        if _nwords(x) > 3 or not x[:1].isupper() and x[:1] not in "«\"" or x[-1] in _TERMINAL or "," in x \
                or x[-1] in ";:":
            return False
        if " " in x:
            wide = True
        elif len(x) <= 4 and x.lower() in _FUNC_LEFT:
            return False
    return wide or single


def _figures_row(line: str, items: int) -> bool:
    """Whether ``line`` is a table's row under a head of ``items`` cells: as many cells apart by runs of spaces (or one
    more, the row's label under the head's empty corner), one at least a figure (digits, maybe with commas, a point
    and a per cent sign: "Russia  240  190", "Total  1,250.5  12%"). The items over it are the table's head, no menu's
    (see :meth:`_Parse.table_head`)."""
    cells = [x for x in _SPACE_RUN.split(line.strip()) if x]
    return 2 <= len(cells) and items <= len(cells) <= items + 1 and any(
        x[:1].isdigit() and x.replace(",", "").replace(".", "").rstrip("%").isdigit() for x in cells)


def _widget_run(parts: list[str]) -> bool:
    """Whether the pieces of a line cut at its dots (bullets, bars) are a row of buttons: three at least, each of
    three words at most and without a sentence's final mark, two in three of them furniture on their own ("Mark as
    read", "Save", "Share"; a tag button "Tag" among them). Places or a dateline's pieces ("Moscow · Beijing · Delhi", "Kyodo News · by KYODO
    NEWS · Nov 30, 2024") are no buttons."""
    parts = [x.strip() for x in parts]
    if len(parts) < 3 or any(not x or _nwords(x) > 3 or x[-1] in _SENTENCE_END for x in parts):
        return False
    return 3 * sum(1 for x in parts if _is_boilerplate(x)) >= 2 * len(parts)
_SHORT_PROMPTS = frozenset(("than", "supp", "by c", "read"))


# A link's instruction: "For identifying information on the entities sanctioned today, click here."
_CLICK_HERE = re.compile(r"(?i)[^\n]{0,150}\b(?:click|tap) here(?: (?:to|for) [^.!?\n]{1,100})?\.?")
# Syndicated copy on news portals: "(Only the headline ... reworked by the Business Standard staff; the rest of the
# content is auto-generated from a syndicated feed.)", "(Except for the headline, this story has not been edited by
# NDTV staff ...)"
_SYNDICATED = re.compile(r"(?i)\(?[^()\n]{0,200}\b(?:syndicated feed|(?:has|have) not been edited by [^()\n]{0,40}\bstaff|"
                         r"auto-generated from [^()\n]{1,60}\b(?:news service|feed|wire|service))"
                         r"\b[^()\n]{0,200}\)?")
# An editor's update or correction note: "Update, May 17, 2024, 9:40 a.m. ET: This article has been updated with ...",
# "Correction (May 17): An earlier version of this article misstated ..."
_EDITORS_NOTE = re.compile(
    r"(?i)(?:(?:update|updated|correction|clarification|editor'?s note)\b[^\n]{0,60}?:\s*)?(?:this (?:article|story|post|"
    r"piece|report) (?:has been|was) (?:updated|corrected|amended|changed)|an earlier version of this (?:article|story|post|"
    # (not "A previous version of this report, released in 2022, put the toll at 300": a story's report, not the text)
    r"piece|report)|(?:a previous|the original) version of this (?:article|story|post|piece)).{0,300}")
# The same note in Russian: under its label ("ИСПРАВЛЕНИЕ: в первой версии текста неверно указано ...", "Уточнение от 12
# марта: ...") when it speaks of the text's version or says what it got wrong ("ошибочно указано", "неверно назван"),
# or without one naming "this" text's earlier version ("В предыдущей версии этого материала была допущена ошибка", "...
# этой статьи ..."); a story's "В первой версии текста законопроекта предлагалось ..." names no label and no
# "этого"/"данного", "Уточнение: Минфин уточнил, что ошибка в расчетах ..." speaks of another's error, and "в
# предыдущей версии этой статьи закона (УК)" of a law's article: story text
_EDITORS_NOTE_RU = re.compile(
    r"(?i)(?:(?:исправление|уточнение)(?: от [^:\n]{1,30})?:\s*(?=[^\n]{0,120}?(?:верси[июя] |(?:ошибочно|неверно|"
    r"некорректно|неточно) (?:был[аио]? )?(?:указ|написа|сказа|говори|сообща|назва|привед)))|"
    r"в (?:первой|предыдущей|первоначальной|прежней|ранней) версии (?:(?:этого|данного) (?:текста|материала)|"
    r"(?:этой|данной) (?:статьи(?! (?:закона|кодекса|(?-i:[А-ЯЁ])))|заметки|новости|публикации))).{0,300}")



@lru_cache(maxsize=1)
def _short_boilerplate_fullmatch():
    """``fullmatch`` of the patterns of data/boilerplate_short.txt (lines of 160 characters at most), joined."""
    return _joined_fullmatch(_data_lines("boilerplate_short.txt"))


@lru_cache(maxsize=1)
def _boilerplate_fullmatch():
    """``fullmatch`` of the boilerplate patterns (data/boilerplate.txt) joined (see _joined_fullmatch)."""
    return _joined_fullmatch(_lists()[2])


def _joined_fullmatch(sources: list[str]):
    """``fullmatch`` of the patterns ``sources`` (ignoring case) joined in one alternation (matches when one of them
    does); the alternatives written as plain words ("sign in", "поделиться") go first, as one prefix tree (see _alt:
    the engine follows one branch per character instead of trying every word in turn). (The patterns are compiled
    one by one only where they cannot be joined: joined, they are checked all at once, and the gate compiles the
    pieces it tries.)"""
    literals: set[str] = set()
    patterns: list[str] = []
    for source in sources:
        alts = _top_alternatives(source)
        literals.update(a.lower() for a in alts if _PLAIN_ALTERNATIVE.fullmatch(a))
        rest = [a for a in alts if not _PLAIN_ALTERNATIVE.fullmatch(a)]
        if rest:
            patterns.append("|".join(rest))
    if literals:
        patterns.insert(0, _alt(literals))
    try:
        joined = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    except re.error:  # patterns that cannot be joined (global flags, clashing group names): one by one
        boiler = [re.compile(source, re.I) for source in sources]
        return lambda t: next((m for rx in boiler if (m := rx.fullmatch(t))), None)
    return _FirstCharGate(patterns, joined).fullmatch


class _FirstCharGate:
    """``fullmatch`` of an alternation of ``units`` (compiled ignoring case as ``joined``), trying only the units
    a text's first character may open: the engine tries every alternative of a fullmatch in turn (it looks for
    first characters only when it searches), and of the hundreds of boilerplate patterns most cannot start
    with the first letter of a line of prose. The units that may are tried in turn, each compiled once (see
    :meth:`_in_turn`). The result is truthy exactly when ``joined.fullmatch`` is: the same alternatives, in the
    same order, among them every one that can match.
    Without first characters known for every unit (a back reference, a construct not read here), every text
    gets ``joined``.

    A unit that any character may open, any match of which holds a word of plain ASCII letters (see
    :func:`_needed_words`: "not responsible for the content" in ".{0,80}\\b(is|are) not responsible for the
    content\\b.{0,150}"), is tried on a text only when the text, in lower case, holds one of its words: such
    units open with runs of any character that the engine backtracks over on every line of prose, and a substring
    test rules most of them out first. (Not on a text with a character outside ASCII that an ASCII letter matches
    ignoring case, :data:`_FOLDS_TO_ASCII`: "s" a long s, "k" the Kelvin sign.)"""

    def __init__(self, units: list[str], joined: re.Pattern):
        self._joined = joined.fullmatch
        self._units = units
        self._classes: list[re.Pattern | None] | None = None
        try:  # each unit read once, for both gates below
            trees = [re._parser.parse(u, re.I).data for u in units]
        except Exception:  # noqa: BLE001 - any doubt: no gate (the same matches, found slower)
            trees = None
        try:
            if not _CLASS_ESCAPES:
                raise ValueError("re's private parser is not the one read here")
            if any(_BACK_REFERENCE.search(u) for u in units):
                raise ValueError("a back reference")  # joined, it would name another unit's group
            if trees is None:
                raise ValueError("a unit re's private parser does not read")
            classes = []
            for tree in trees:
                chars, _empty = _first_chars(tree)
                classes.append(None if chars is None else re.compile("[" + "".join(chars) + "]", re.I)
                               if chars else _NEVER)
            self._classes = classes
        except Exception:  # noqa: BLE001 - any doubt about a unit: no gate (the same matches, found slower)
            self._classes = None
        self._by_char: dict[str, Callable] = {}
        self._by_units: dict[tuple[int, ...], Callable] = {}
        self._compiled: list[Callable | None] = [None] * len(units)  # each unit's fullmatch, once tried
        try:  # the words one of which each unit's matches hold (None: no such words known)
            self._needed = [None] * len(units) if trees is None else [_needed_words(tree) for tree in trees]
        except Exception:  # noqa: BLE001 - any doubt: no word gate (the same matches, found slower)
            self._needed = [None] * len(units)

    def fullmatch(self, text: str):
        if self._classes is None or not text:
            return self._joined(text)
        f = self._by_char.get(text[0])
        if f is None:
            f = self._by_char[text[0]] = self._for_char(text[0])
        return f(text)

    def _for_char(self, c: str) -> Callable:
        picked = tuple(k for k, cls in enumerate(self._classes) if cls is None or cls.fullmatch(c))
        # (only the units any first character opens: those with a class of first characters cost little where they
        # fail, and a word test per unit would cost more than it saves)
        gated = {k for k in picked if self._classes[k] is None and self._needed[k]}
        if not gated:
            return self._for_units(picked)
        words = [(w, k) for k in sorted(gated) for w in self._needed[k]]
        base = tuple(k for k in picked if k not in gated)
        every, fewest, for_units = self._for_units(picked), self._for_units(base), self._for_units

        def gate(text: str):
            if not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
                return every(text)
            low = text.lower()
            present = {k for w, k in words if w in low}
            # (the units in their order: the same alternatives as ``joined`` tries, less those that cannot match)
            return fewest(text) if not present else for_units(tuple(sorted((*base, *present))))(text)
        return gate

    def _for_units(self, picked: tuple[int, ...]) -> Callable:
        f = self._by_units.get(picked)
        if f is None:
            if len(picked) == len(self._units):
                f = self._joined
            elif not picked:
                f = _no_match
            else:
                f = self._in_turn(picked)
            self._by_units[picked] = f
        return f

    def _in_turn(self, picked: tuple[int, ...]) -> Callable:
        """``fullmatch`` of the units ``picked`` tried one by one, in their order, each compiled once (when first
        tried): the match of the first that matches, the alternative their alternation's fullmatch takes too. (A line
        reaches the gate some ten times per article, and the sets of units differ by first character and by the
        words present: compiling an alternation per set cost 0.6 s per process over the first 1,000 articles, 44
        compiles of the same units again and again; trying them in turn costs a few calls per line.)"""
        compiled, units = self._compiled, self._units

        def fullmatch(text: str):
            for k in picked:
                rx = compiled[k]
                if rx is None:
                    rx = compiled[k] = re.compile(units[k], re.I).fullmatch
                if m := rx(text):
                    return m
            return None
        return fullmatch


_NEVER = re.compile(r"(?!)")
# The only characters outside ASCII that re, ignoring case, matches to ASCII ones ("İ" and "ı" to "i", "ſ" to "s", the
# Kelvin sign to "k"): a text without them holds an ASCII word ignoring case only where its lower case holds it
_FOLDS_TO_ASCII = ("İ", "ı", "ſ", "\u212a")
# a back reference (\1, (?P=name)) or a condition on a group ((?(1)...)) in a pattern, or what looks like one
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
# \d, \s, \w and their complements as re._parser reads them, written back for a character class; re's parser is
# private: a Python whose parser is not what this reads gets no gate (the same matches, found slower), not an error
try:
    _CLASS_ESCAPES = {re._constants.CATEGORY_DIGIT: r"\d", re._constants.CATEGORY_NOT_DIGIT: r"\D",
                      re._constants.CATEGORY_SPACE: r"\s", re._constants.CATEGORY_NOT_SPACE: r"\S",
                      re._constants.CATEGORY_WORD: r"\w", re._constants.CATEGORY_NOT_WORD: r"\W"}
except AttributeError:  # pragma: no cover - no such private module in this Python
    _CLASS_ESCAPES = {}


def _no_match(_text: str) -> None:
    return None


def _first_chars(items) -> tuple[list[str] | None, bool]:
    """What a match of ``items`` (a parsed pattern's ops, re._parser's) may start with: character-class pieces
    (escaped characters and ranges; case is left to the class's flags), None for any character; and whether it
    may match the empty string. A superset where unsure: look-arounds and anchors consume nothing."""
    c = re._constants
    out: list[str] = []
    for op, av in items:
        empty = False
        if op is c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    out.append(re.escape(chr(iav)))
                elif iop is c.RANGE:
                    out.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
                elif iop is c.CATEGORY and iav in _CLASS_ESCAPES:
                    out.append(_CLASS_ESCAPES[iav])
                else:  # a negated class, another category
                    return None, False
        elif op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
            sub, empty = _first_chars((av[-1] if op is c.SUBPATTERN else av).data)
            if sub is None:
                return None, False
            out += sub
        elif op is c.BRANCH:
            empty = False
            for branch in av[1]:
                sub, e = _first_chars(branch.data)
                if sub is None:
                    return None, False
                out += sub
                empty = empty or e
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sub, e = _first_chars(av[2].data)
            if sub is None:
                return None, False
            out += sub
            empty = e or av[0] == 0
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            empty = True
        else:  # any character, a negated literal, a category
            return None, False
        if not empty:
            return out, False
    return out, True


def _needed_words(items) -> list[str] | None:
    """Words (lower case, plain ASCII, 4 characters or more) one of which every match of ``items`` (a parsed pattern's
    ops, re._parser's) holds as written, ignoring case; None when no such words are known. Read: runs of literal
    characters in sequence, groups, alternations (a word of each branch) and repeats of one time or more; anything
    else (a class, a look-around, an optional part) holds no needed word. The run of fewest words, the longest, wins."""
    c = re._constants
    best: list[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL and av < 128:
            run.append(chr(av))
            continue
        cands = [["".join(run).lower()]] if len(run) >= 4 else []
        run = []
        if op is c.SUBPATTERN:
            cands.append(_needed_words(av[-1].data))
        elif op is c.ATOMIC_GROUP:
            cands.append(_needed_words(av.data))
        elif op is c.BRANCH:
            subs = [_needed_words(b.data) for b in av[1]]
            cands.append(None if any(w is None for w in subs) else [x for w in subs for x in w])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            cands.append(_needed_words(av[2].data))
        for words in cands:
            if words and (best is None or (len(words), -min(map(len, words))) < (len(best), -min(map(len, best)))):
                best = words
    return best


_PLAIN_ALTERNATIVE = re.compile(r"[^\W_][\w '’,!\-]*")  # no regex syntax in it: the words as written


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level: split at the bars outside brackets and parentheses."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


# Factiva exports: each field behind a code of two or three capitals at the start of a line, its value after it
# or on the next line; the story's paragraphs follow LP (lead paragraph) and TD (text). HD headline, BY byline,
# PD publication date, ET time, SN source name; the others (word count, language, copyright, subject codes,
# document number...) are header fields.
_FACTIVA_CODES = ("HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "VOL", "LA", "CY", "LP", "TD", "CT",
                  "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "CLM", "ART", "NGC")
_FACTIVA_CODE = re.compile(r"(" + "|".join(_FACTIVA_CODES) + r")(?:[ \t]+|[ \t]*$)")
_FACTIVA_LINE = re.compile(r"^(" + "|".join(_FACTIVA_CODES) + r")(?=[ \t]|$)", re.M)
_FACTIVA_TEXT_CODES = ("LP", "TD")


def _is_factiva(text: str) -> bool:
    """Whether ``text`` is a Factiva export: a line starting with the headline code HD and lines with at least
    three more of the codes (one or two such lines are ordinary text: "IN BRIEF", "AN OPEN LETTER")."""
    if not (text.startswith("HD") or "\nHD" in text):
        return False
    found = {m.group(1) for m in _FACTIVA_LINE.finditer(text)}
    return "HD" in found and len(found & {"PD", "SN", "WC", "LP", "TD", "AN", "SC", "LA", "BY", "NS"}) >= 3


# Factiva's other export layout, the articles as displayed ("Full Article"): the same fields in the same order
# without their codes (headline, byline, "534 words", date, time, source, source code, language, copyright),
# each article ending with its accession number on a line of its own ("Document LBA0000020230321ej3l00abc");
# Factiva's Russian interface writes the same fields in Russian ("512 слов", "Документ VEDOMO0020230822ej8m0000b")
_FACTIVA_ACCESSION = re.compile(r"^[ \t]*(?:Document|Документ)[ \t]+(?=[A-Za-z]*\d)[A-Za-z0-9]{16,40}[ \t]*\r?$", re.M)
_WORD_COUNT_LINE = re.compile(r"^[ \t]*\d[\d,]*(?:[ \u00a0]\d{3})* (?:words|слов[ао]?)[ \t]*\r?$", re.M)


def _is_factiva_display(text: str) -> bool:
    """Whether ``text`` is a Factiva article in the display layout: a word-count line among its first lines
    and its accession number on a line of its own."""
    wc = _WORD_COUNT_LINE.search(text, 0, 1500)
    return wc is not None and text.count("\n", 0, wc.start()) <= 12 and \
        _FACTIVA_ACCESSION.search(text, wc.end()) is not None


# A library database's record (ProQuest, EBSCOhost, Gale): the record's fields on lines of their own, the story after
# a "Full text:" label or after the fields, maybe more fields after the story.
# ProQuest's full-text export: the headline, "Author: Pierson, David", "Publication info: ...", "Full text: " before
# the story's first paragraph, then the record's fields after the story ("Title:", "Publication date:", "Database:").
# EBSCOhost's (Academic Search, Newspaper Source): "Record: 1", "Title:", "Authors: Harrington, Paul", "Source:
# Financial Post. 11/14/2023, pFP4. 1p." (the publication, then its date and pages), "Subject Terms:" and
# "Geographic Terms:" whose values go on over the next lines, "Abstract:", "Accession Number:", "Database:", the story,
# and "Copyright of <publication> is the property of ..." under it. Gale's (OneFile, Academic OneFile): the headline,
# "Author:", "Date:", "From: <publication>", "Publisher:", "Length:", "Full Text:", the story, then "Source Citation
# (MLA 9th Edition)" over the citation's paragraph and "Gale Document Number: GALE|A744812093".
_PROQUEST_GATE = re.compile(r"^(?:ProQuest document link|Full [Tt]ext:|Publication info:|ProQuest document ID:|"
                            r"Accession [Nn]umber:|Database:|Full Text Word Count:|Subject Terms:|"
                            r"Gale Document Number:|Source Citation\b)", re.M)
_PROQUEST_FIELD = re.compile(
    r"(?P<key>Author|Authors|Publication info|Publication title|Publication date|Title|Abstract|Full text|"
    r"Subject|Location|People|Company / organization|Identifier / keyword|Section|Publisher|Place of publication|"
    r"Country of publication|Publication subject|ISSN|e-ISSN|Source type|Language of publication|Document type|"
    r"Document feature|Pages|Publication year|Volume|Issue|First page|Number of pages|Dateline|Edition|Column|"
    r"Credit|Illustration|Classification|Accession number|ProQuest document ID|Document URL|Copyright|"
    r"Last updated|Database|Links|Update|"
    # EBSCOhost's and Gale's
    r"Record|Source|Date|From|Length|Subject Terms|Geographic Terms|Company/Entity|NAICS/Industry Codes|"
    r"Reviews & Products|Author Affiliations|Lexile|Full Text Word Count|Publication Type|Persistent link to this "
    r"record(?: \(Permalink\))?|Cut and Paste|Gale Document Number|Reading Level|Content Level)\s*:\s*(?P<value>.*)",
    re.I)
# Gale's label over the record's citation (the next paragraph); EBSCOhost's copyright notice under the story
_CITATION_LABEL = re.compile(r"Source Citation(?:\s*\([^()\n]{1,40}\))?\s*:?")
_RECORD_COPYRIGHT = re.compile(r"Copyright of .{1,150}? is the property of .*")


def _is_proquest(text: str) -> bool:
    """Whether ``text`` is a library database's record (ProQuest, EBSCOhost, Gale): two of its field lines
    ("ProQuest document link", "Publication info:", "Full text:", "Accession Number:", "Database:", "Subject
    Terms:", "Gale Document Number:", "Source Citation ...")."""
    return len({m.group(0).lower() for m in _PROQUEST_GATE.finditer(text)}) >= 2


# A credit in brackets glued to the text after it: "... 2024. (Photo by Sergei Guneev/POOL/AFP via Getty Images)Turkish"
_GLUED_CREDIT = re.compile(r"\(\s*" + _PHOTO_WORD + r"\b[^()\n]{0,150}\)(?=[\"“«]?[A-ZÀ-ÞА-ЯЁ])")
# A boilerplate line opening a box of short lines that belong to it: a newsletter's sign-up, a row of share buttons
_BOX_MARK = re.compile(r"(?i)sign ?up|subscribe|newsletter|share this|share on|подпи|рассылк|"
                       r"contact (?:the )?(?:reporter|editor|writer|author)|print edition|watch now|video\s+\d{1,2}:\d{2}")


def _headline_like(t: str) -> bool:
    """A short line that reads as a link's headline or a widget's label: at most 20 words, capitalized, no full stop."""
    t = t.strip()
    return bool(t) and t[-1] not in _TERMINAL and _nwords(t) <= _LINK_WORDS and (t[0].isupper() or t[0].isdigit()
                                                                                  or t[0] in "\"“«'‘")


# What closes a text after the story (see _Parse.end_matter)
_WIDGET_WORDS = re.compile(r"[a-zа-яё][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}")


def _line_starts(t: str, a: int, b: int) -> list[int]:
    """Where the lines of text[a:b] start."""
    out = [a]
    i = t.find("\n", a, b)
    while i >= 0:
        out.append(i + 1)
        i = t.find("\n", i + 1, b)
    return out


def _widget_word_line(t: str) -> bool:
    """A widget's words in lower case, four at most, no mark ("loader", "log in or register"), under a story."""
    return len(t) <= 40 and _WIDGET_WORDS.fullmatch(t) is not None


_INITIALS = re.compile(r"[a-z]{2,4}(?:[/,\-][a-z]{2,4}){0,3}")  # an editor's initials: "kk", "ao/jm" (lower case only)
_VALEDICTION = re.compile(r"(?i)(?:best|best regards|best wishes|kind regards|warm regards|regards|cheers|thanks|"
                          r"many thanks|thank you|sincerely|yours|warmly|all best|all the best|с уважением|"
                          r"всего доброго|спасибо)\s*[,!.]?")
_AUTHORS_LABEL = re.compile(r"(?:Authors?|AUTHORS?|Автор[ыа]?|АВТОР[ЫА]?|Текст|Text|Written by|WRITTEN BY|"
                            r"About the (?:[Aa]uthors?|[Ww]riters?|[Rr]eporters?|[Cc]ontributors?)|"
                            r"ABOUT THE (?:AUTHORS?|WRITERS?|REPORTERS?|CONTRIBUTORS?))\s*:?")
# A numbered note of a notes list closing a commentary ("[1] The White House, 'Executive Order ...', 22 December
# 2023."), and the heading over the list ("Notes", "References", "Примечания")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"  # superscript digits: note numbers (a notes list's entries, find_footnotes)
_NOTE_ENTRY = re.compile(rf"(?:\[\d{{1,3}}\]|\d{{1,3}}[.)]|[{_SUPERSCRIPTS}]{{1,3}}|\^\d{{1,3}})\s*\S")
_NOTES_HEAD = re.compile(r"(?i)(?:end ?notes|foot ?notes|notes|references|sources|bibliography|works cited|"
                         r"примечания|источники|литература|сноски)\s*:?")
# Page furniture of a text copied from a paginated document (a report's PDF, a print edition), see
# _Parse.page_furniture: a table of contents' heading; a line's page number at its end ("01 Introduction 3");
# a section's number alone over its heading ("01", "2", "IV"); a note's number opening a line ("1 See, for example")
_CONTENTS_HEAD = re.compile(r"(?i)(?:table of )?contents|in this (?:report|paper|issue)|содержание|оглавление")
_PAGE_NUMBER_END = re.compile(r"\S.*?[\s.]\d{1,3}")
_SECTION_NUMBER = re.compile(r"\d{1,2}\.?|[IVX]{1,4}\.?")
_NOTE_NUMBER = re.compile(r"(\d{1,3})\s+\S")
_TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_DIGITS = re.compile(r"\d+")
# A comments section's heading after the story: what follows it is readers' comments, not the story
_COMMENTS_HEAD = re.compile(r"(?i)discussion about this (?:post|article|story)|\d[\d,.]*k?\s+comments?|comments?\s*\(\d+\)|"
                            r"join the (?:discussion|conversation)|leave a (?:comment|reply)|(?:show|view|read|load) "
                            r"(?:all |more |previous |next )?comments?|комментари(?:и|ев)\s*\(?\d+\)?|"
                            r"комментировать\s*\d+|показать (?:все |ещё |еще |следующие |предыдущие )?комментари\w*|"
                            # the comments' sort order: "Сначала популярные", "Sort by: Newest", "Oldest first"
                            r"сначала (?:популярные|новые|старые|лучшие|интересные)|(?:newest|oldest|best|top) first|"
                            r"sort(?:ed)? by:?\s*(?:newest|oldest|best|top|popular|most recent)")
# A reader's comment's head line: the name, a comma, when ("вчера, 18:40", "12 марта 2024, 14:05", "May 2, 2025 at 14:05")
_COMMENT_BY = re.compile(r"[A-ZА-ЯЁ][\w.'’\-]{0,20}(?: [A-ZА-ЯЁ][\w.'’\-]{0,20}){0,2},\s*(?:вчера|сегодня|позавчера|"
                         r"yesterday|today|\d{1,2}\s+[^\W\d]{3,9}\.?(?:\s+\d{4})?|[^\W\d]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|"
                         r"\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,|\s+в|\s+at)?\s+\d{1,2}:\d{2}")
# A page's document buttons under a standfirst: "Download PDF", "Print", "Listen to this article", "Read later"
_ACTION_LINE = re.compile(r"(?i)[ \t]*(?:download(?: the)? (?:pdf|report)|print(?: this)?|listen(?: to (?:this )?(?:article|"
                          r"story))?|save(?: article)?|read later|\d{1,3} min(?:ute)?s? read)[ \t]*")
_APPEAL = re.compile(r"(?i)\b(?:subscribe|sign up|support (?:us|our)|donat(?:e|ion)|become (?:a|our) (?:member|patron|supporter)"
                     r"|patreon"
                     r"|by clicking)\b")
# A donation box's button closing the box, alone on its line: "Поддержать", "Поддержать «Медузу»", "Помочь проекту",
# "Сделать пожертвование", "Donate now"
_DONATE_BUTTON = re.compile(r"(?i)(?:поддержать|помочь|пожертвовать|задонатить|сделать пожертвование|donate(?: now| today)?)"
                            r"(?:\s+(?:«[^»\n]{1,40}»|нам|нас|проекту|проект|редакции|редакцию))?\s*[.!]?")
# The appeal in a donation box's lines: "Поддержите «Эхо»", "Каждый донат помогает ...", "... благодаря пожертвованиям"
_DONATE_APPEAL = re.compile(r"(?i)\bподдержите\b|\bдонат|пожертвован|\bdonat(?:e|ion)|\bsupport (?:us|our)\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A news database's citation line right under the line ending at the match's start: "\nCitation (aglc Style)"
_CITATION_STYLE_NEXT = re.compile(r"(?i)[ \t]*\r?\n[ \t]*citations? \([\w .-]{1,20} style\)")
_JOIN_PROMO = re.compile(r"(?i)join (?:hundreds|thousands|millions|tens of thousands|more than|over|our|\d)[^\n]{0,150}")
_POSTAL = re.compile(r"\b\d{1,5}(?:[-–]\d{1,5})?\s+(?:[A-Z0-9][\w.'’\-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|"
                     r"Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Court|Ct|Parkway|Pkwy|Highway|Hwy)\b")
_POSTCODE = re.compile(r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
# An author's note: the name, maybe an apposition, and what the person is or does ("Zhang Weiwei is an associate
# professor ...", "Amber Wang joined the Post in 2022 ..."); in Russian the name, a dash and the position
_BIO = re.compile(rf"(?P<name>{_CAP}[\w'’.\-]+(?:\s+(?:{_CAP}[\w'’.\-]*|de|da|van|von|der|bin|al|el|la|le|di)){{1,3}})"
                  r"(?:,\s[^,.]{2,80},)?\s+(?:is|was|has been|serves as|joined|covers|writes|reports|teaches|leads|"
                  r"heads|directs|works)\b")
_BIO_RU = re.compile(rf"(?P<name>{_CAP}[\w'’\-]+(?:\s+{_CAP}[\w'’\-]+){{1,2}})\s+[—–]\s+[а-яё]")
_BIO_MORE = re.compile(r"(?:He|She|They|His|Her|Their|Follow|Twitter|X|Email|E-mail|Contact|Он|Она|Его|Ее|Её)\b")
# A credit in parentheses closing a line after its sentence: "... in September 2024. (Rosatom)", "(Photo: Jane Doe)"
_PAREN_CREDIT_END = re.compile(r"(?<=[.!?”\"])\s+\([A-ZÀ-ÞА-ЯЁ][^()\n]{0,60}\)$")
_CREDIT_SMALL_WORDS = frozenset("of the by via for and from de da von van photo courtesy file".split())  # "(Courtesy of ...)"
_SAID_WORDS = (" said", " says", " told ", "according to", " reported")  # a story's attribution, no caption's
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]{1,2000}(?:\s+\"[^\"\n]{0,200}\")?\)")
_NOT_NAME_START = frozenset("The This That These Those A An It He She They We Our His Her Their Its".split())
# What kind of outlet an outlet's description of itself says it is (see _Parse.outlet_blurb)
_MEDIA_KIND = re.compile(r"(?i)\b(?:news|media|journalism|publication|newspaper|magazine|outlet|newsroom|website|"
                         r"broadcaster|news ?letter|издание|сми|газета|журнал|агентство)")


def _masthead_like(t: str) -> bool:
    """Whether a page's first line ``t`` reads as the site's masthead, not a headline: four words at most, each
    capitalized or no word ("ABC News", "The Moscow Times", "Eurasianet"; not "China says talks went well")."""
    words = t.split()
    return 0 < len(words) <= 4 and len(t) <= 40 and all(not w[:1].isalpha() or w[:1].isupper() for w in words)


def _trailer_mark(line: str) -> bool:
    """Whether a boilerplate line announces the short lines under it as furniture (see _Parse.end_matter); a
    copyright notice does too: the lines under it are the page's footer links ("©2024 Bloomberg L.P. All Rights
    Reserved" / "Careers" / "Advertise"): a notice with its year first or its rights reserved, not a photo's credit
    over the story's last lines ("© AFP 2024", "© Reuters/Jane Doe")."""
    return (_is_lead_in(line) or _BOX_MARK.search(line) is not None or _END_LINE.fullmatch(line) is not None
            or _SHARE_MARK.match(line) is not None or ((line[:1] == "©" or line[:9].lower() == "copyright")
                                                      and _FOOTER_NOTICE.search(line) is not None)
            or _CONTACT_MARK.fullmatch(line) is not None)


# A press release's contact heading: the name, position and address lines under it are the press office's
# ("Media contact:" / "Elena Markova" / "Head of Communications, ..."), see data/boilerplate.txt
_CONTACT_MARK = re.compile(r"(?i)(?:for )?(?:media|press|news ?room|investor)(?: relations)? (?:contacts?|enquiries|"
                           r"inquiries)(?:,? please contact)?\s*:?|контакты для (?:сми|прессы)\s*:?")


# A copyright notice of a page's footer: its year first ("©2024 Bloomberg L.P.", "Copyright © 2024 ...") or its rights
_FOOTER_NOTICE = re.compile(r"(?i)^(?:©|copyright)\s*(?:©\s*|\(c\)\s*)?(?:19|20)\d\d|rights reserved|права защищены")


_END_LINE = re.compile(r"(?i)\(end\)|\(ends\)|-30-|#{3,}|end of (?:story|article)|конец")
_SHARE_MARK = re.compile(r"(?i)share\b|поделиться")
# The line that opens a forwarded message in an e-mail (Gmail, Outlook, Apple Mail, Thunderbird, Russian clients)
_FORWARD = re.compile(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:Forwarded [Mm]essage|Original [Mm]essage|Пересылаемое сообщение|Исходное сообщение)"
    r"[ \t]*-{2,}|Begin forwarded message:|-{3,}[ \t]*Forwarded by [^\n]{0,80}-{3,}"
    r"|_{10,}(?=[ \t]*\r?\n[ \t]*(?:From|От|De|Von)[ \t]*:))[ \t]*\r?$", re.M)
# Literals one of which the lines _FORWARD finds hold (str.find each: faster than one regex alternation of them)
# A web mail printout's sender line: the name, the address, a tab, the date it was sent (fullmatch on the line)
_MAIL_SENDER = re.compile(r"(?P<name>[^<>\t\n@]{1,80}?)[ \t]*<[^<>@\s]+@[^<>\s]+>\t+(?P<when>[^\t\n]{6,60})")
_ISSUE_NO = re.compile(r"(?i)(?:issue|no\.|vol\.|volume|number|выпуск|номер)[ \t]*(?:#|№)?[ \t]*\d{1,5}")  # a field
_MAIL_TO = re.compile(r"(?:To|Cc|Bcc|Reply-To):[ \t]")  # an addressee's line under it
_FORWARD_WORDS = ("orwarded", "riginal Message", "__________", "ересылаемое", "сходное сообщение")
_FILE_CAPTION = re.compile(r"FILE(?: PHOTO)?[^\S\n]*[-–—]+[^\S\n]+[^\W\d_]")  # AP's caption of a file photo
# A caption that says what its picture is: "This photo, released by the Korean Central News Agency, shows ...", "In this
# photo provided by ...", "This undated handout image shows ..." (wires' captions set among the story's paragraphs)
_THIS_PHOTO = re.compile(r"(?:In )?[Tt]his (?:(?:undated|file|handout|screen ?grab|satellite|aerial|pool) ){0,2}"
                         r"(?:photo(?:graph)?|image|picture|screenshot|still)\b[^\S\n]*(?:,|taken|provided|released|"
                         r"distributed|made|shows|obtained)")
# who supplied it, in parentheses closing it after the caption's sentence or its use note: ". (Yonhap)", "... No
# Redistribution) (Yonhap)" (a story's sentence about a photo may close with a remark in parentheses: "... on the
# bridge (Kyiv denied it was staged)")
_PAREN_TAIL = re.compile(r"(?<=[.!?”\")])\s+\([A-ZÀ-ÞА-ЯЁ][^()\n]{0,60}\)$")
_END_MARK = re.compile(r"(?<=[.!?”\"’)\s])\s*(?:Enditem|ENDITEM|-0-)$")  # Xinhua's end marks

# A print page reference closing a record's "Section:" field (LexisNexis: "WORLD NEWS; Pg. 4", "A-SECTION; Pg. A12",
# "NEWS; PAGE 4", "Page A-4", a spread "Pg. 4-5" or "Pg. 4, 5"; a Russian database's "Экономика; стр. 4"): where the
# story was printed, not the section's name
_SECTION_PAGE = re.compile(r";\s*(?:[Pp][Gg]|P(?:AGE|age)|[Сс]тр)\.?\s*(?:[A-Z]-?)?\d{1,4}[A-Z]?"
                           r"(?:\s*(?:[-–,&]|and)\s*(?:[A-Z]-?)?\d{1,4}[A-Z]?)?$")


def _section_value(value: str) -> str:
    """A "Section:" field's value without the print page reference closing it (see _SECTION_PAGE)."""
    if ";" not in value:
        return value
    m = _SECTION_PAGE.search(value)
    return value[:m.start()].rstrip() if m and m.start() else value


# What sets header fields apart on one line: a bar or bullet (spaces around it or not), or a slash with spaces
# around it ("RFE/RL / by Reid Standish": the first slash joins a name)
_FIELD_SEP = re.compile(r"\s*[|│·•]\s*|\s+/\s+")
# A date line relative to the moment a page was copied, its day named by a word: "вчера, 18:40", "Сегодня в 09:12",
# "Yesterday at 6:40 PM", the time first ("18:40, вчера"), or its age ("2 часа назад", "5 hours ago") (no date to read:
# the day is unknown), or its day and month with the time and no year ("13 мар, 09:12", "Mar 13, 9:12 AM": the year is
# unknown)
_RELATIVE_TIME = re.compile(r"(?i)(?:вчера|сегодня|позавчера|yesterday|today)(?:\s*,|\s+в|\s+at)?\s+\d{1,2}:\d{2}"
                            r"(?:\s*[ap]\.?m\.?)?|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s+(?:вчера|сегодня|позавчера|"
                            r"yesterday|today)|\d{1,3}\s+(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|minutes?|hours?|"
                            r"days?)\s+(?:назад|ago)"
                            rf"|\d{{1,2}}\s+{_MON}\.?(?:\s*,|\s+в)\s+\d{{1,2}}:\d{{2}}"
                            rf"|{_MON}\.?\s+\d{{1,2}}(?:,|\s+at)\s+\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?")
# ... and such a date (or a time alone) as the date an update was made, labelled, in parentheses or not:
# "(обновлено: 13 мар, 11:40)", "Updated Mar 13, 11:40", "(updated 11:40)", "Updated at 11:40 GMT", "Обновлено в 11:40
# МСК" under the date line
_UPDATED_RELATIVE = re.compile(r"(?i)(\()?(?:обновлено|изменено|updated|modified)\s*:?\s+(?:(?:(?:at|в)\s+)?\d{1,2}:\d{2}"
                               r"(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|JST|MSK|МСК|ET|PT))?|"
                               r"(?P<rel>[^()]{1,30}?))(?(1)\))")


def _surname_again(text: str, name: str, at: int) -> bool:
    """Whether the text from ``at`` on names the person ``name`` again by their surname (its last word; a long one
    by its stem, as Russian inflects it: "Кузнецов" in "Кузнецова", "Сергеева" in "Сергеевой")."""
    last = name.split()[-1].strip(".,")
    return text.find(last[:-1] if len(last) > 5 else last, at) >= 0


def _relative_time(t: str) -> bool:
    """Whether the line ``t`` is a date relative to the day the page was copied ("вчера, 18:40", "Сегодня в 09:12")."""
    if t[:1] in "(оОиИuUmM" and len(t) <= 50 and (m := _UPDATED_RELATIVE.fullmatch(t)) is not None:
        return m.group("rel") is None or _relative_time(m.group("rel"))
    return (t[:1] in "вВсСпПyYtT" or t[:1].isdigit() or t[-1:].isdigit() or t[-1:] in "mM.") and len(t) <= 30 and _RELATIVE_TIME.fullmatch(t) is not None


# A feed reader's item line before its date: the outlet, then "by" and the writer, apart by middle dots ("Kyodo News ·
# by KYODO NEWS · Nov 30, 2024 21:14"); each part short and without a sentence's mark
_FEED_BY = re.compile(r"[^\W\d][^\n·.!?]{0,59}?\s+·\s+[Bb]y\s+[^\W\d][^\n·.!?]{0,59}?\s+·\s*")
# An RSS reader's field naming the author on the feed ("Anastasia Tenisheva on The Moscow Times - Independent News
# from Russia"): the names, then the feed's title, its tagline after a dash left out
_NAMES_ON_FEED = re.compile(rf"(?P<names>{_PERSONS.pattern})\s+on\s+(?P<feed>[A-Z0-9«\"“][^|│·•]{{1,80}}?)"
                            r"(?:\s+[-–—]\s+[^|│·•]{1,80})?")
# A time zone's letters after a date field's time ("21:41 IST", "14:05 GMT", "10:00 MSK")
_ZONE_AFTER = re.compile(r"^\s*\(?(?:[A-Z]{2,4}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?\s*$")
# The desk that filed a story, named instead of a person: "TOI World Desk", "Web Desk", "News Bureau"
_DESK = re.compile(r"(?:[A-Z][\w.&'’\-]*\s+){0,3}(?:Desk|Bureau|Newsroom|desk|bureau|newsroom)")

# After a section's name, the name of a part of it: "News|Russia-Ukraine war", "World › Asia", "Opinion / Columns"
_SECTION_SEP = re.compile(r"[|/›>»]")
_SUBSECTION = re.compile(r"\s*[|/›>»]\s*[^\W\d_][^|/›>»\n.!?]{0,58}")
# Editors' initials closing a story ("dh/rc", "bur-oho/qan")
_SIGNOFF = re.compile(r"[a-z]{2,4}(?:-[a-z]{2,4})*/[a-z]{2,4}(?:/[a-z]{2,4})*")

# A line announcing links to other stories or topics; the short lines under it are those links
_LEAD_IN = re.compile(
    r"(?i)\W*(?:read more(?: from [^.!?]{1,40})?|suggested (?:topics|reading|stories|articles)|read also|also read|see also|more on this(?: story| topic)?|(?:explore )?(?:more |related )"
    r"topics|related(?: articles?| stor(?:y|ies)| "
    r"content| links?| news| coverage| explainers?| videos?| galleries| podcasts?)?(?: from [^.!?]{1,40})?|"
    # the same boxes named by the kind of their items ("More galleries", "More videos") or by the reader's interest
    # ("Вас может заинтересовать:", "You may also be interested in")
    r"more (?:galleries|videos|explainers|podcasts)|вас (?:также |тоже )?(?:может|могут) заинтересовать|"
    r"you (?:may|might) also be interested in|(?:don'?t|do not|don’t) miss(?: these| this| our)?"
    r"(?: [^.!?]{1,60})?|(?:(?:новости|материалы|статьи)(?: и (?:новости|материалы|статьи))? )?по теме|топ-новости|"
    r"главные новости|most read(?: from .{1,40})?|explore more on these topics|in this article|"
    r"you (?:may|might) also (?:like|enjoy)|вам (?:также |тоже )?(?:может|могут) понравиться|recommended(?: for you)?|рекомендуем(?: прочитать| почитать| посмотреть| к прочтению)?|редакция рекомендует|more (?:work |articles |analysis |commentary )?from .{1,40}|читайте также|смотрите также|по теме|lire aussi|"
    r"read next|up next|what to read next|также по теме|(?:читайте|смотрите|смотри) по теме|"
    r"leia também|lea también|lesen sie auch|related posts|keywords|tags|topics|теги|метки|more stories|latest news|"
    r"popular news|"
    r"top stories|trending(?: now)?|most popular|most viewed|editor'?s picks|материалы по теме|последние новости|"
    r"новости сми2|новости партн[её]ров|"
    # the rubric's or writer's other pieces: "Другие материалы рубрики:", "Другие статьи автора", maybe with the
    # rubric's name: "Другие материалы рубрики «Политика»:"
    r"другие (?:материалы|статьи|новости|публикации) (?:рубрики|раздела|автора)(?: «[^»\n]{1,40}»)?)\W*")
_LINK_WORDS = 20  # at most this many words in a link's line


def _is_lead_in(t: str) -> bool:
    return len(t) < 80 and _LEAD_IN.fullmatch(t) is not None


def _promo_line(t: str) -> bool:
    """Whether the line ``t`` (a paragraph of its own) is a prompt to more of the outlet's coverage elsewhere: one
    sentence of at most 200 characters opening with "Подробнее", "Больше новостей", "Read more", "For more on" ...
    that carries a link (a web address, "www.", an @handle), the words of a site or channel ("на сайте", "в
    спецпроекте", "special report", "Telegram") or a known outlet's name closing it ("... — на РБК"). A story's
    sentence opening so names no site: "Подробнее об этом министр рассказал в интервью ТАСС." stays story text."""
    if len(t) > 200 or not t.startswith(_PROMO_STARTS) or not _PROMO_OPEN.match(t):
        return False
    body = t.rstrip(" .!»\"”")
    if any(body.find(x) >= 0 for x in (". ", "! ", "? ")):
        return False  # more than one sentence: story text
    if _PROMO_SITE.search(body) or ((d := _DOMAIN_NAME.search(body)) and not body[d.end():d.end() + 1].isalnum()):
        return True
    tail = body.rsplit(" на ", 1)[-1] if " на " in body else body.rsplit(" at ", 1)[-1]
    return tail != body and _outlet_key(tail.strip(" «»\"“”")) in outlets()


def _nwords(t: str) -> int:
    return len(t.split())  # == len(_WORDS.findall(t)): str.split and regex \s agree on white space


@lru_cache(maxsize=1024)
def _norm(t: str) -> str:
    return " ".join(_NOT_WORD_OR_SPACE.sub(" ", html.unescape(t)).lower().split())


_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")


def _title_like(t: str) -> bool:
    n = _nwords(t)
    if not 1 <= n <= 25 or len(t) > 250 or not _LETTER.search(t):
        return False
    first = t.lstrip("\"'“‘«(")[:1]
    if not first or first.islower():
        return False
    return t.rstrip()[-1:] not in ".,;:"


# A site's name written as its web address ("Lenta.ru", "INTERFAX.RU", "politico.eu")
_DOMAIN_NAME = re.compile(r"[^\W_][\w\-]*(?:\.[\w\-]+)*\.(?:ru|com|net|org|eu|cn|ua|uk|kz|by|jp|kr|de|fr|info|news|"
                          r"media|io|az|ge|am|uz|kg|tj|in|hk|sg|tw)", re.I)
# A line pointing the reader to more of the outlet's coverage elsewhere (a special project, its site, its channel):
# "Read more in our special report at scmp.com/...", "Подробнее о сотрудничестве — в спецпроекте ТАСС tass.ru/...",
# "Больше новостей в Telegram-канале РБК". Its opening words (_PROMO_STARTS, a literal test first), then a link or the
# words of a site (_PROMO_SITE) or a known outlet's name closing it (see _promo_line)
_PROMO_STARTS = ("Подробнее", "Больше ", "Ещё больше", "Еще больше", "Все новости", "Все материалы", "Читайте подробн",
                 "Read more", "Find out more", "Learn more", "See more", "For more ", "For the latest", "For full ",
                 "More news", "More stories", "More coverage", "Read the full", "Read our", "Full coverage")
_PROMO_FIRST = frozenset(start[0] for start in _PROMO_STARTS)  # a block's first letter, before the rest is tried
_PROMO_OPEN = re.compile(
    r"(?:Подробнее|(?:Ещ[её] )?[Бб]ольше (?:новостей|материалов|информации|подробностей|о\b|об\b)|Все (?:новости|"
    r"материалы)|Читайте подробн\w*|Read more|Find out more|Learn more|See more|For more (?:news|stories|coverage|"
    r"information|details|on|about|from)\b|For the latest|For full coverage|More (?:news|stories|coverage)\b|"
    r"Read the full|Read our|Full coverage)")
_PROMO_SITE = re.compile(
    r"(?i)https?://|\bwww\.|(?<!\w)@\w{3,}|\b(?:web ?site|special (?:report|project|section|coverage)|(?:our|the|its)"
    r" site|telegram|телеграм|спецпроект\w*|специальн\w+ проект\w*)|\bна (?:сайте|портале|странице)\b|"
    r"\bв (?:разделе|сюжете|нашем)\b")
# An acronym joined by a slash or an ampersand: "RFE/RL"
_SLASH_ACRONYM = re.compile(r"[A-Z]{2,}(?:[/&][A-Z]{2,})+")
# One word in capitals ("POLITICO", "TIME"): a masthead, unless it names the kind of story
# A forum post's head lines: its board ("r/geopolitics"), the board's search box ("Search in r/geopolitics"), the
# board or poster with the post's age ("r/geopolitics • 1 yr. ago", "Posted by u/steppe_analyst 5 hr. ago",
# "Пост от vasya_1984 · 3 ч. назад"); group "board" is the board alone
_FORUM_AGE = (r"\d{1,3}[ \t]*(?:yrs?|years?|mo|mos|months?|w|wks?|weeks?|d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?)\.?"
              r"[ \t]+ago|\d{1,3}[ \t]*(?:г\.|год[а]?|лет|мес\.?|месяц(?:а|ев)?|нед\.?|недел[юиь]|д\.|дн(?:я|ей)?\.?|день|ч\.?|"
              r"час(?:а|ов)?|мин\.?|минут[ы]?)[ \t]+назад")
_FORUM_HEAD = re.compile(rf"(?P<board>r/[A-Za-z0-9_]{{2,21}})|(?:Search in|Поиск в)[ \t]+r/[A-Za-z0-9_]{{2,21}}|"
                         rf"(?:(?:(?:Posted by|Пост от)[ \t]+(?:u/|@)?[\w.-]{{2,30}}|[ru]/\w{{2,21}}|@[\w.-]{{2,30}})"
                         rf"[ \t]*[•·|—-]?[ \t]*)?(?:{_FORUM_AGE})|"
                         rf"(?:Posted by|Пост от)[ \t]+(?:u/|@)?[\w.-]{{2,30}}")
# A forum user's name on a line of its own under the post's head line: "steppe_analyst", "u/steppe_analyst"
_FORUM_USER = re.compile(r"(?:u/|@)?(?=[\w.-]*[_\d])[A-Za-z][\w.-]{2,29}")
# A menu's link to the site's home page, in capitals: "HOME", "ГЛАВНАЯ"
_MENU_HOME = re.compile(r"HOME|HOMEPAGE|MAIN|ГЛАВНАЯ|НА ГЛАВНУЮ")
_CAPS_WORD = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ0-9\-]{1,11}")
# The button next to an author's name on a blog platform's page (Medium, Substack): "Follow", "+ Follow"
_FOLLOW = re.compile(r"[ \t]*(?:\+\s*)?(?:Follow|FOLLOW|Подписаться)[ \t]*")
# A line of counters (likes, comments, restacks: "312", "1.2K") or of punctuation only ("·"): a page's widgets
# A widget's counters on a line of their own: a count in thousands or millions ("48.2K subscribers", "8.7K views",
# "👁 18K"), a count and a noun in lower case ("152 videos"), reactions' symbols with their counts ("👍 312  🔥 45"), a
# button in capitals glued to its count ("ЛАЙК0"), a count grouped by spaces ("17 478"). No "Part 2", "Episode 142".
_COUNTER_GATE = re.compile(r"\d")
_COUNTER_LINE = re.compile(
    r"[ \t]*(?:(?:[^\w\s]{1,3}[ \t]*)?\d[\d,.]*[KkMmКкМ](?![^\W\d_])[ \t]*(?:[^\W\d_]+)?|\d{1,6}[ \t]+[a-zа-яё]{3,15}|"
    r"(?:[^\w\s]{1,3}[ \t]*\d[\d,.]*[KkMm]?[ \t]*){1,8}|[A-ZА-ЯЁ]{3,15}\d{1,6}|\d{1,3}(?:[ \u202f\u00a0]\d{3})+|"
    # a count in thousands or millions written out, maybe with the reading time ("48 тыс подписчиков", "12,4 тыс
    # прочитали · 6 мин.", "1,2 млн просмотров")
    r"\d[\d,.]*[ \t\u00a0]*(?:тыс|млн)\.?[ \t\u00a0]+[а-яё]{3,15}(?:[ \t]*[·•][ \t]*\d{1,3}[ \t\u00a0]*мин\.?)?)[ \t]*")
_BUTTON_COUNT = re.compile(r"[ \t]*[^\W\d_]{3,15}[ \t]+\d[\d,.]*[KkMm]?[ \t]*")  # "Нравится 245", "Like 87"
_EDITED_TIME = re.compile(r"(?:edited|изменено)[ \t]+\d{1,2}:\d{2}[ \t]*")
_COUNTS_LINE = re.compile(r"[ \t]*(?:\d[\d,]*(?:\.\d+)?[KkMm]?|[^\w\s]{1,3})[ \t]*")
# "Published in" over a publication's name (Medium): the publication
_PUBLISHED_IN = re.compile(r"[ \t]*(?:Published|Posted) in(?:\s+(?P<name>[A-Z][^\n]{1,60}?))?[ \t]*")
# A blog's or newsletter's name in its subscription prompt: "Discover more from The Eurasia Ledger", "Thanks for
# reading The Eurasia Ledger! Subscribe for free ..." (Substack, Ghost)
_NEWSLETTER_NAME = re.compile(r"(?:Discover more from|Thanks for reading|Subscribe to)\s+(?!(?:Our|The newsletter|Newsletter)\b)"
                              r"([A-Z][^\n!.?]{1,60}?)\s*[!.]?"
                              r"(?:\s+Subscribe\b.*)?")
_KICKER_WORDS = frozenset(
    "EXCLUSIVE BREAKING LIVE UPDATE UPDATED UPDATES WATCH VIDEO VIDEOS PHOTOS PHOTO GALLERY INTERVIEW EXPLAINER "
    "EXPLAINED FEATURE FEATURES REVIEW COMMENT PREMIUM INSIGHT INSIGHTS BRIEFING SPECIAL INVESTIGATION PODCAST "
    "NEWSLETTER SPONSORED TRENDING POPULAR LATEST NEW DEVELOPING ANALYSIS OPINION EDITORIAL PERSPECTIVE "
    "ЭКСКЛЮЗИВ МНЕНИЕ ИНТЕРВЬЮ АНАЛИТИКА ВИДЕО ФОТО КОММЕНТАРИЙ".split())


def _outlet_like(t: str) -> bool:
    """Whether the short line ``t`` names an outlet by its form alone: a name ending in a word outlets are called
    by ("VOA News", "Asia Times", "Независимая газета"; two words at least, and no section's name such as
    "World News"), a news agency, a web address ("Lenta.ru"), an acronym joined by a slash ("RFE/RL")."""
    if _agency_of(t) or _DOMAIN_NAME.fullmatch(t) or _SLASH_ACRONYM.fullmatch(t):
        return True
    return _nwords(t) >= 2 and _OUTLET.fullmatch(t) is not None and not _rx()["section"].fullmatch(t)


_AND_AGENCIES = re.compile(r"\s+(?:and|&|with)\s+(?:(?:news|wire|other)\s+)?agencies$")
_SECTION_PAIR = re.compile(r"([^\W\d_]+)\s+(?:и|and)\s+([^\W\d_]+)")


# The arrows between a breadcrumb's items; its items: 1-4 capitalized words (small joining words and "&" allowed)
_CRUMB_ARROW = re.compile(r" [>›»] ")
_CRUMB_ITEM = re.compile(r"[A-ZÀ-ÞА-ЯЁ][^\W\d_]*(?:[-'’][^\W\d_]+)?"
                         r"(?: (?:&|and|of|the|и|[A-ZÀ-ÞА-ЯЁ][^\W\d_]*(?:[-'’][^\W\d_]+)?)){0,3}")


# Words a headline cannot end with: a line ending with one goes on on the next line
_HEADLINE_NEVER_ENDS = frozenset("the of to and with in for on as a an и в на с по для о".split())


def _crumb_trail(t: str) -> bool:
    """Whether ``t`` is a breadcrumb of 2-4 short capitalized items apart by arrows (" > ", " › ", " » "):
    "China & World > Diplomacy", "News › World › Asia"; not "Q3 > Q2" (digits), not a headline quoting a sum or a
    sentence ("Putin says \"Russia > West\"": its items are no names)."""
    t = t.strip()
    if len(t) > 60:
        return False
    items = _CRUMB_ARROW.split(t)
    return 2 <= len(items) <= 4 and all(len(i) <= 30 and _CRUMB_ITEM.fullmatch(i) for i in items)


def _is_section(t: str) -> bool:
    """Whether ``t`` is a section's name from ``data/sections.txt`` ("Politics", "В мире"), or one with the name
    of a part of it ("Политика / Статья", "News|Russia-Ukraine war")."""
    if _rx()["section"].fullmatch(t):
        return True
    if len(t) <= 40 and (" и " in t or " and " in t) and (pair := _SECTION_PAIR.fullmatch(t)) and _rx()["section"].fullmatch(pair.group(1)) and (
            _rx()["section"].fullmatch(pair.group(2)[:1].upper() + pair.group(2)[1:])):
        # two sections joined by a word: "Экономика и бизнес", "Politics and Society" (a headline joining a section's
        # word to another, "Politics and Prejudice", "Политика и деньги", is no section)
        return True
    sep = _SECTION_SEP.search(t, 0, 40)
    return bool(sep and _SUBSECTION.fullmatch(t, sep.start()) and _rx()["section"].fullmatch(t[:sep.start()].rstrip()))


# The line of an article's audio player: "Listen to this story.", "Listen to this article · 5:12 min"
_LISTEN_LINE = re.compile(r"(?i)[ \t]*listen to (?:this )?(?:article|story)\b")
# A person's name written with the initial of the father's name joined to it: "Kh.Aminaa", "B. Enkhbayar" (Mongolian)
_INITIAL_NAME = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]?\.\s?[A-ZА-ЯЁ][a-zа-яё]{2,}")
def _agency_list(t: str) -> list[str]:
    """The agencies a line of agencies' names names ("REUTERS, AFP", "AP / AFP", "Reuters | AFP"), [] when anything else
    is on it."""
    parts = [x for x in re.split(r"\s*[,/|&]\s*|\s+(?:AND|and)\s+", t.strip(" .")) if x]
    found = [_agency_of(x) for x in parts]
    return found if parts and all(found) else []


# Words no person's name holds, as a standfirst in title case does ("Why Beijing and Moscow Will Stay Partners, Not Allies")
_NOT_NAME_WORDS = re.compile(r"\b(?:Why|How|What|Not|Is|Are|Was|Were|Can|Could|Should|Would|Must|Does|Did|Has|Have|Had|From|"
                             r"Into|Over|After|Before|Against|Between|Without|Versus|Vs)\b")
# A bimonthly magazine's issue: "May/June 2024"
_ISSUE_MONTHS = re.compile(rf"{_MON}\s*/\s*{_MON}\s+\d{{4}}")
# A newsletter's or magazine's issue label, alone or after a short name and a bar: "Issue 512", "No. 47", "Issue #12",
# "Vol. 3, No. 12", "Weekly Newsletter | Issue 512", "Выпуск № 512" (ends in its number)
_ISSUE_LABEL = re.compile(r"(?:[^\W\d][\w'’.&-]*(?:[ \t][\w'’.&-]+){0,3}[ \t]*[|·•—–:][ \t]*)?"
                          r"(?:(?:Vol\.|Volume|Том|Т\.)[ \t]*\d{1,4}[ \t]*[,.|·•]?[ \t]*)?"
                          r"(?:Issue|ISSUE|No\.|Nr\.|Edition|Выпуск|ВЫПУСК|Номер|№)[ \t]*(?:№[ \t]*|#)?\d{1,5}")
# A photo's place in a gallery opening its caption: "[1/3] Chinese and Russian warships ...", "(2/5) ..."
_GALLERY_INDEX = re.compile(r"[\[(]\d{1,2}\s*/\s*\d{1,2}[\])]\s+\S")
# A heading's last words in quotes, opened inside it after a word (not after a comma: a signature's "Name, «Outlet»"),
# with no mark of a sentence's end before the closing quote:
# 'Energy cooperation remains the "ballast stone"', "Насколько реален «обратный Киссинджер»", or after a colon, a live
# entry's 'Whitfield thanks supporters in Newark: "This is your win"' (searched at the end)
_QUOTED_END = re.compile(r"(?<=[^\W_]|:)\s(?:«[^«»\n]*[^\W_]»|“[^“”\n]*[^\W_]”|\"[^\"\n]*[^\W_]\")$")
# A summary's heading over its points at the top of the story (see _Parse.summary_box)
_SUMMARY_HEAD = re.compile(r"(?i)[ \t]*(?:key points|key takeaways|takeaways|(?:executive )?summary|highlights|in brief|in short|"
                           r"tl;dr|at a glance|главное|коротко|кратко|"
                           # a breaking story's points: "What we know:", "What we know so far", "Что известно к этому часу"
                           r"what we know(?: so far| now)?|что (?:мы )?известно(?: к этому часу| на данный момент| сейчас)?|"
                           # a live page's "What to know about the New Jersey governor's race:" (its colon closing it)
                           r"what to know(?: about [^:\n]{1,80}:)?)"
                           r"[ \t]*:?[ \t]*")


def _news_summary_head(head: str) -> bool:
    """Whether the summary's heading ``head`` is a breaking story's without its colon ("What we know", "Что известно
    к этому часу"): a story's section can open so too ("What we know" over the story's first paragraph), so only a
    list of points (two at least, lines of one block) under it is a summary; "What we know:" heads one as it is."""
    head = head.strip()
    return head[-1:] != ":" and head[:4].lower() in ("what", "что ")


# A caption's label opening its line: "Подпись к фото, ...", "Image caption, ..." (the BBC's pages)
_CAPTION_LABEL_ALONE = re.compile(r"(?:Подпись к фото|Image caption|Caption)\s*[,:]")
_BYLINE_ROLE = re.compile(r"(?:Подпись автора|Role)\s*,\s*\S")  # the BBC's author box: "Author, X" / "Role, Y"
_CAPTION_LABEL = re.compile(r"(?:Подпись к фото|Image caption|Caption)\s*[,:]\s*\S")
# A dash and a section's name after a date on its line: "Jun 18, 2024 - World"
_DASH_SECTION = re.compile(r"\s+[-–—]\s+([^\W\d_][^\n]{0,40}?)\s*")
# The word before the date of a byline "By Jane Doe on May 3, 2024", and the category a blog files the post in
# ("By Jane Doe in Politics on 3 July 2024")
_BY_ON = re.compile(r"\s+(?:on|posted on|published on)$")
_IN_CATEGORY = re.compile(r"\s+in\s+([^\W\d_][\w&'’\- ]{1,30})$")
# People's names, then a dash before a date on their line (see _Parse.name_before_date)
_NAME_DASH = re.compile(r"([^\W\d_][^\n—–|]{2,80}?)(?:\s+[—–]\s+|\s*\|\s*)")  # or a bar: "Jane Doe |17.05.2024"
# First words of two-word place names, which a dateline puts before a dash as a byline puts a name
_PLACE_FIRST_WORDS = frozenset("New San Santa Saint St. St Sao São Hong Buenos Abu Las Los Rio Tel Kuala "
                               "Phnom Port Cape Sri Nizhny Nizhniy Novy Veliky Velikiy Rostov Naryan Petropavlovsk "
                               "Yuzhno Южно Нижний Великий Ростов Новый Санкт".split())
# A label, a bar, then a rubric of one to four words, the first capitalized ("China | Unequal partners")
_RUBRIC_BAR = re.compile(r"([^|\n]{2,30}?)\s*\|\s*[A-ZÀ-ÞА-ЯЁ][^\W\d_]*(?:\s+[^\W\d_][\w'’\-]*){0,3}")


# A rubric's name in sentence case, two or three words with the first capitalized and the others in lower case
# ("Weekly digest", "World news", "Daily brief"): beside a date and nothing else on a line apart by a bar, the
# line is the header's date line and the words its section (an outlet's name capitalizes each word, "Energy
# Markets Daily"; a headline's words run longer)
_RUBRIC_WORDS = re.compile(r"[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]{1,15}(?: [a-zà-ÿа-яё]{2,15}){1,2}")
# ... unless its first word labels page furniture rather than names a rubric: a credit, a byline's or a date's
# label ("Photo by staff", "Posted in news", "Updated today", "By staff", "Фото пресс-службы")
_NOT_RUBRIC_FIRST = frozenset("By Photo Photos Image Images Picture Credit Credits Source Posted Published Updated "
                              "Modified Filed Video Watch Listen Read Share Фото Автор Источник Обновлено "
                              "Опубликовано Видео".split())


_TAGLINE_DASH = re.compile(r"\s[-–—|]\s")  # between a site's name and its tagline ("Outlet - News from Russia")


_NAME_WORD = re.compile(r"[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’]+(?:-[A-ZÀ-ÞА-ЯЁ]?[a-zà-ÿа-яё'’]+)?")  # "Селиверстов", "Jean-Paul"
# How Russian and Ukrainian surnames end ("Селиверстов", "Полякова", "Белоусовский", "Шевчук"): a signature under a
# story is told from a place's or a company's two capitalized words ("Нижний Новгород", "Газпром Нефть") by it
_RU_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ской", "ская",
                    "цкая", "ко", "ук", "юк", "ич", "ян", "дзе", "швили", "их", "ых")
_CRUMB_MARKS = frozenset("/ & | › > » ·".split())


_INITIALS_LABEL = re.compile(r"(?:[A-Z]\.){2,3}")


def _label_like(t: str) -> bool:
    """Whether the line ``t`` reads as a label over a headline rather than a headline: a short name without final
    punctuation, each word capitalized ("Central Asia", "Vladimir Putin"), in capitals ("EAST ASIA PACIFIC"), a
    section's name or an outlet's ("Независимая газета"); an outlet's name with its tagline after a dash, as a feed
    or a page's title gives it ("The Moscow Times - Independent News from Russia")."""
    if len(t) > 40 and (dash := _TAGLINE_DASH.search(t, 0, 40)) and len(t) <= 110 and t[-1:] not in ".!?,;:…":
        return _outlet_like(t[:dash.start()]) and _nwords(t[dash.end():]) <= 8
    if len(t) <= 8 and _INITIALS_LABEL.fullmatch(t):
        return True  # a menu's country or region in initials with their dots ("U.K.", "U.S."): no sentence's end
    if len(t) > 40 or t[-1:] in ".!?,;:…" or not _LETTER.search(t):
        return False
    if "|" in t and (bar := _RUBRIC_BAR.fullmatch(t)):
        # a section's name and a rubric apart by a bar ("China | Unequal partners"): a label line
        return _label_like(bar.group(1))
    words = t.split()
    # a breadcrumb's marks between its words ("NATIONAL / POLITICS & DIPLOMACY") are no words of the label
    if not 1 <= len(words) - sum(1 for w in words if w in _CRUMB_MARKS) <= 4:
        return False
    if t.upper() == t or _is_section(t) or _outlet_like(t):
        return True
    if (" > " in t or " › " in t or " » " in t) and _crumb_trail(t):
        return True  # a breadcrumb of the site's sections, its items apart by arrows: "China & World > Diplomacy"
    return len(words) <= 3 and all(w[:1].isupper() or not _LETTER.search(w) for w in words)


# ================================================================================================
# Glued words
# ================================================================================================

# Verbs of saying split off like function words, from a left part of 3+ letters ("Retold", "Untold" stay)
_SAID_VERBS = ("told", "added", "noted", "wrote", "warned", "stressed", "explained", "insisted", "stated", "argued",
               "emphasized", "emphasised", "replied", "urged")
_FUNC = ("and", "on", "who", "the", "of", "in", "to", "for", "with", "from", "at", "by", "that", "which",
         "said", "was", "were", "has", "had", "have", "will", "would", "as", "or", "but", "after", "before",
         "during", "while", "when", "where", "whose", "into", "over", "under", "amid", "against", "between",
         "about", "also", "says", "this", *_SAID_VERBS)
_FUNC_LEFT = ("the", "of", "and", "in", "on", "to", "for", "with", "from", "by", "at")
# Words in lower case that no name or brand opens (English ones of two letters or more): glued to a capitalized word ("againstUkraine",
# "amidSanctions") they were two words whether or not the text writes the second alone (a lost link's only trace)
_FUNC_LEFT_ALWAYS = frozenset(("the", "of", "and", "to", "by", "for", "at", "with", "from", "against", "amid", "between", "about", "after",
                               "before", "during", "into", "over", "under", "toward", "towards", "across", "among",
                               "than", "that", "while", "where", "which", "whose", "within", "without", "despite",
                               # Russian prepositions and conjunctions ("изКитая", "вМоскве", "иПекин")
                               "в", "во", "на", "из", "от", "до", "для", "с", "со", "к", "ко", "по", "о", "об", "при",
                               "про", "без", "над", "под", "за", "у", "через", "между", "после", "перед", "против",
                               "и", "а", "но", "что"))
_NAME_PREFIXES = ("Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O")
_LETTERS = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"[A-ZÀ-ÞА-ЯЁ]?[a-zà-ÿа-яё]+(?:[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+)+")
_LETTER_CH = re.compile(r"[^\W\d_]")



def find_glued(text: str, spans: list[tuple[int, int]], *, counts: Counter | None = None) -> list[Repair]:
    """Glued words inside ``spans`` of ``text``, as :class:`Repair` records (sorted, non-overlapping).

    Rules (``Repair.rule``), all requiring evidence from the same text (``counts`` of letter-runs,
    computed from ``text`` when not given):

    * ``camel``: "UkraineWang" -> "Ukraine Wang" when every part occurs on its own in the text (a part after
      the first that is a function word, "KishidaSaid", in lower case: "said"), the left
      part has 3+ letters and is no name prefix (Mc, Mac, De...), and the word is not in
      ``data/camelcase.txt`` (YouTube, iPhone is never matched: its left part is one letter);
    * ``name+function``: "Jinpingon" -> "Jinping on", "Ukraineand" -> "Ukraine and" when the capitalized
      part occurs on its own more often than the whole word (so Washington, Boston, Berlin stay), or as often
      but the text writes it elsewhere after the same capitalized word as here ("Xi Jinpingand" and "Xi
      Jinping": a name's last word glued);
      's', 'is', 'an' are never split off (Israelis, Parisian, Russian);
    * ``function+name``: "theKremlin" -> "the Kremlin" when "Kremlin" occurs on its own; without that when
      the lower-case part is a word no name or brand opens (:data:`_FUNC_LEFT_ALWAYS`: "againstUkraine");
    * ``name+function`` also splits off the verbs of saying "told", "added", "noted" ("Blinkentold"), from a
      part of 3+ letters;
    * ``name+function`` also when the capitalized part occurs on its own exactly as often as the whole word
      ("Alexander Kozlov ... Kozlovsaid", "Xi Jinping ... Xi Jinpingin"), if it is 4+ letters, ends a name
      there (a capitalized word or an honorific, "Mr. Kozlov", and one space right before it) and the
      function word is one of
      :data:`_FUNC_TIE` (never "or", "as", "to"...: "Theresa May ... the Mayor" stays);
    * ``name+verb`` (Russian): "Лихачевподчеркнул" -> "Лихачев подчеркнул", "Ван Иотметил" -> "Ван И
      отметил": a capitalized Cyrillic word made of a part that occurs on its own (as often as the whole word
      or more) and a lowercase part of 5+ letters with a verb ending (-л, -ла, -ли, -ет, -ит, -ют, -ят...);
      a part of under 4 letters only when it ends a name ("Ван И") and the verb occurs on its own too, or
      (2-3 letters) the part stands elsewhere as a subject before a past verb ("Ли заявил ... Липодчеркнул").
      Endings of nouns such as -ть ("Газпромнефть") never count.

    Only letter-runs that can match a rule are looked at (speed): runs with a lower-to-upper case
    change inside, and capitalized runs ending in a function word (one regex scan per span, see _GLUE_CANDIDATE).
    """
    camel_ok = _lists()[3]
    own = counts is None  # counts of this text: a substring count may answer first (see _unglue)
    counts = counts if counts is not None else _RunCounts(text)
    seen: dict[str, tuple[str, str]] = {}  # word -> _unglue(word): the same counts for the whole text
    seen_after: dict[tuple[str, str], tuple[str, str]] = {}  # (word before, word) -> the repair of a name's glue
    out: list[Repair] = []
    for s, e in spans:
        para = text[s:e]
        runs = _glue_runs(para)
        for a in sorted(runs):
            w = para[a:runs[a]]
            if len(w) < 5 or w in camel_ok:
                continue
            known = seen.get(w)
            if known is None:
                known = seen[w] = _unglue(w, counts, text if own else None)
            fixed, rule = known
            if rule == "name?" and a > 1 and para[a - 1] == " ":
                # "Xi Jinpingand" where the text writes "Xi Jinping" elsewhere as a name of its own: the name's last
                # word glued to a function word, though it occurs alone only as often as glued
                fm = _FUNC_END.search(w)
                left = w[:fm.start()]
                i = a - 1
                while i > 0 and para[i - 1].isalpha():
                    i -= 1
                prev = para[i:a - 1]
                # (a two-letter name only before a verb of saying: "Wang Yi ... Wang Yisaid")
                if (len(left) >= 3 or fm.group(0) in _SAYING) and len(prev) >= 2 and prev[0].isupper() and \
                        prev[1:].islower() and (
                        i == 0 or not (para[i - 1].isalnum() or para[i - 1] in "'’")):
                    key = (prev, w)
                    if key not in seen_after:
                        phrase = f"{prev} {left}"
                        seen_after[key] = (f"{left} {fm.group(0)}", "name+function") if (
                            text.count(phrase) > text.count(f"{prev} {w}")
                            and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)) else ("", "")
                    fixed, rule = seen_after[key]
            if fixed:
                out.append(Repair(s + a, s + runs[a], w, fixed, rule))
    return out



def _glue_runs(para: str) -> dict[int, int]:
    """The letter-runs of ``para`` find_glued looks at, start -> end: each run holding a lower-to-upper case change,
    and each capitalized run ending in a function word (or a Russian verb's ending), in one scan (_GLUE_CANDIDATE)."""
    runs: dict[int, int] = {}
    changes: list[int] = []  # capitals right after a lower-case letter
    for m in _GLUE_CANDIDATE.finditer(para):
        if m.end() - m.start() > 1:
            runs[m.start()] = m.end()  # a letter-run ending in a function word (or a Russian verb)
        else:
            changes.append(m.start())
    if "×" in para:  # (in the range of capitals a case change opens, though no letter: see _GLUE_TIMES)
        changes = sorted(changes + [m.start() for m in _GLUE_TIMES.finditer(para)])
    pos = 0
    for c in changes:
        h = c - 1
        if h < pos:
            continue  # inside a run already taken
        lm = _LETTERS.match(para, h)
        if lm is None:
            continue  # '÷': in the class range, not a letter
        a = h
        while a > 0 and _LETTER_CH.match(para, a - 1):
            a -= 1
        pos = lm.end()
        runs[a] = pos
    return runs


# A full stop with no space after it, between a word and a capitalized one: "security.Kishida" (checked in
# find_missing_spaces); the regex opens with the literal period, which the engine scans for fast
_GLUED_STOP = re.compile(r"\.([\"”’)]?)(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё])")


def find_missing_spaces(text: str, spans: list[tuple[int, int]], *, counts=None) -> list[Repair]:
    """Full stops with no space after them inside ``spans`` ("security.Kishida added"), as :class:`Repair`
    records (rule ``missing space``) that put the space in the analysis text ("security. Kishida added"); the
    sentence is split there (see :func:`parse_text`).

    The word before is a plain word of three letters or more (lower case after its first letter, no
    abbreviation from ``data/abbreviations.txt``: "Sept.Five" stays); the word after is capitalized and occurs
    elsewhere in the text, as a word of its own, not only each time right after a capitalized word and a stop (an
    outlet's dotted name, "рассказала Сибирь.Реалии активистка", is one word wherever it is written, and so are its
    siblings, "Север.Реалии"; "ceasefire.However" twice is two lost spaces: see :func:`_dotted_name_part`). Neither
    is part of an address: nothing but white space or
    punctuation other than "/", "@", ".", ":" before the first word, and no ".", "@" or "/" with a letter after
    the second ("www.Reuters.com", "mailto:press.Office@...", "St.Petersburg", "U.S.Treasury", "Amazon.com",
    "Node.js", "No.1" all stay)."""
    out: list[Repair] = []
    if not spans or _GLUED_STOP.search(text, spans[0][0], spans[-1][1]) is None:
        return out  # most texts: one scan for the literal period finds none
    titles, ambiguous = abbreviations()
    counts = counts if counts is not None else _RunCounts(text)
    dotted: dict[str, bool] = {}  # word -> _dotted_name_part (a scan of the whole text: once a word, not a glue)
    for s, e in spans:
        for m in _GLUED_STOP.finditer(text, s, e):
            p = m.start()
            q = p - 1 if p > s and text[p - 1] in "\"”’)" else p  # a closing quote or bracket before the stop
            a = q
            while a > s and text[a - 1].isalpha():
                a -= 1
            left = text[a:q]
            if len(left) < 3 or not left[1:].islower() or left.lower() in titles or left.lower() in ambiguous:
                continue
            if a > s and text[a - 1] in "./@:_\\":
                continue
            b = m.end()
            c = b
            while c < e and text[c].isalpha():
                c += 1
            right = text[b:c]
            if c + 1 < len(text) and text[c] in ".@/" and text[c + 1].isalnum():
                continue  # "www.Reuters.com"
            if counts.get(right, 0) < 2:
                continue
            if left[:1].isupper() and (dotted[right] if right in dotted else dotted.setdefault(
                    right, _dotted_name_part(text, right, counts.get(right, 0)))):
                # "Сибирь.Реалии", "Кавказ.Реалии": the second word never stands alone, only right after a stop (the
                # same dotted name, or a family of them: "Сибирь.Реалии" and "Север.Реалии" in one text)
                continue
            out.append(Repair(p, b, text[p:b], text[p:b] + " ", "missing space"))
    return out


def _dotted_name_part(text: str, word: str, n: int) -> bool:
    """Whether ``word`` (``n`` times in ``text`` as a word) is written only as the second part of dotted names: each
    time right after a stop and a capitalized word ("Сибирь.Реалии", "Север.Реалии", "«Газете.Ru»"). A word that opens
    sentences ("However", "Однако") glued once to a sentence's last word in lower case ("ceasefire.However") is a
    lost space wherever it comes ("... on Tuesday.However" too), however often the text writes it so."""
    k, i = 0, text.find("." + word)
    while i >= 0:
        a = i
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        if a == i or not text[a].isupper():
            return False
        k += 1
        i = text.find("." + word, i + 1)
    return n <= k


# A closing guillemet glued to the next word: «Коммерсанту»заявил (Russian typography always spaces after »)
_GLUED_GUILLEMET = re.compile(r"»(?=[а-яё])")


def find_glued_quotes(text: str, spans: list[tuple[int, int]]) -> list[Repair]:
    """Closing guillemets with a lower-case Cyrillic word right after them inside ``spans`` ("в интервью
    «Коммерсанту»заявил": a link on the paper's name lost its space), as :class:`Repair` records (rule ``glued
    quote``) that put the space in the analysis text. A capitalized word or a Latin one after it is left alone."""
    if not spans or "»" not in text:
        return []
    return [Repair(m.start(), m.end() + 1, text[m.start():m.end() + 1], "» " + text[m.end()], "glued quote")
            for s, e in spans for m in _GLUED_GUILLEMET.finditer(text, s, e)]


# A footnote's number glued after a word's punctuation, as a think tank's or a journal's article copied from
# its page or PDF gives it: "exports.12 Trade", "equals,4 but", "said.”3 The", "exports.[12] Trade"; or in
# superscript digits, also right after the word ("exports¹² Trade"). (The regex opens with the punctuation,
# which the engine scans for fast; the word before is checked in find_footnotes.)
_FOOTNOTE = re.compile(r"[.,;:!?][\"”’»)\]]?(\d{1,3}|\[\d{1,3}\])(?=[^\S\n]*(?:\n|\Z|[\"“‘«(]?([^\W\d_])))")
_FOOTNOTE_SUP = re.compile(rf"[.,;:!?\"”’»)\]]?([{_SUPERSCRIPTS}]{{1,3}})(?=\s|\Z)")
_FOOTNOTE_END = re.compile(rf"[^\W\d_][.!?…][\"”’»)]?(?:\d{{1,3}}|\[\d{{1,3}}\]|[{_SUPERSCRIPTS}]{{1,3}})\Z")
_MONTH_WORDS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec января февраля марта апреля мая июня июля августа сентября
октября ноября декабря""".split())


def _footnote_cut(text: str, start: int, end: int) -> int | None:
    """Where the sentence after the footnote number ``text[start:end]`` starts, when the number follows a
    sentence's end mark (".", "!", "?", a closing quote after one) and a capitalized word follows it on its line."""
    i = start - 1
    if i > 0 and text[i] in "\"”’»)":
        i -= 1
    if i < 0 or text[i] not in ".!?":
        return None
    j = end
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    k = j + 1 if j < len(text) and text[j] in "\"“‘«(" else j
    return j if k < len(text) and text[k].isupper() else None


def find_footnotes(text: str, spans: list[tuple[int, int]]) -> list[Repair]:
    """Footnote numbers inside ``spans`` glued after a word and its punctuation ("exports.12 Trade reached",
    "one of equals,4 but", "exports.[12] Trade", "exports¹² Trade"), as :class:`Repair` records (rule
    ``footnote``) that leave them out of the analysis text; after a sentence's end mark the sentence is split
    there (see :func:`parse_text`).

    One to three digits, right after a letter's punctuation (or a closing quote), then the line's end or white
    space and a word: after a full stop, "!" or "?" a capitalized word (a new sentence), after a comma,
    semicolon or colon a lowercase one (the sentence goes on). Left alone: numbers after a digit ("3.5", "1,200"),
    after an abbreviation ("No.1", "p.12", "Art.5", "Sept.11") or a month ("May,12"), and longer ones ("2024")."""
    out: list[Repair] = []
    sup = any(c in text for c in _SUPERSCRIPTS)
    if not spans or (not sup and _FOOTNOTE.search(text, spans[0][0], spans[-1][1]) is None):
        return out
    titles, ambiguous = abbreviations()
    for s, e in spans:
        for m in _FOOTNOTE.finditer(text, s, e):
            p = m.start()
            if p <= s or not (text[p - 1].isalpha() or text[p - 1] in "\"”’»)" and p - 1 > s and text[p - 2].isalpha()):
                continue
            nxt = m.group(2)
            mark = text[p]
            if nxt is not None and (nxt.isupper() if mark in ",;:" else not nxt.isupper()):
                continue
            a = p
            while a > s and text[a - 1].isalpha():
                a -= 1
            word = text[a:p].lower()
            if mark == "." and (word in titles or word in ambiguous) or word in _MONTH_WORDS:
                continue
            if a > s and text[a - 1] in "./@:_\\-" or len(word) < 2 and mark == ".":
                continue  # "www.site.com/a.1", "U.S.2" (an initial or a dotted abbreviation)
            out.append(Repair(m.start(1), m.end(1), m.group(1), "", "footnote"))
        if sup:
            for m in _FOOTNOTE_SUP.finditer(text, s, e):
                if m.start() > s and text[m.start() - 1].isalpha():
                    out.append(Repair(m.start(1), m.end(1), m.group(1), "", "footnote"))
    return out


# Fields of a line that a PDF's layout copy (pdftotext -layout) sets apart by wide gaps of spaces
_LAYOUT_GAP = re.compile(r"[^\S\n]{3,}")
_CELL_NUMBER = re.compile(r"[-+−$€£¥₽]?\d[\d.,\s]*%?")  # a table's cell of a number: "107.5", "$2.3", "17%"
_YEAR_CELL = re.compile(r"1[89]\d\d|20\d\d")


def _folio_line(line: str) -> bool:
    """Whether ``line`` is a page's running head or foot as a PDF's layout copy prints it: three fields at least
    apart by wide gaps, the page's number alone as the first or the last ("24    THE EURASIA QUARTERLY    SPRING
    2024", "4     Вторник, 21 мая 2024     № 87 (31297)     ИЗВЕСТИЯ"), two other fields of words and none a
    number (a table's row has numbers in its other cells: "Crude oil     107.5     24"; and a table's rows are a
    paragraph of several lines, where this line stands alone)."""
    fields = _LAYOUT_GAP.split(line.strip())
    if len(fields) < 3:
        return False
    # (a year is no page's number: "Exports to China     Imports from China     2023" is a table's head)
    if fields[0].isdigit() and len(fields[0]) <= 4 and not _YEAR_CELL.fullmatch(fields[0]):
        rest = fields[1:]
    elif fields[-1].isdigit() and len(fields[-1]) <= 4 and not _YEAR_CELL.fullmatch(fields[-1]):
        rest = fields[:-1]
    else:
        return False
    return (line[-1:] not in _TERMINAL and sum(sum(c.isalpha() for c in f) >= 3 for f in rest) >= 2
            and not any(_CELL_NUMBER.fullmatch(f) for f in rest))


# A draft's comment listed under its text: its anchor, letters ("[a]", "[ab]", Google Docs) or initials and a number
# ("[SH1]", Word), then the comment; a comment's lines are looked for this far above a line
_DOC_COMMENT = re.compile(r"\[(?:[a-z]{1,2}|[A-Z]{1,4}\d{1,3})\](?=\S)")
_COMMENT_REACH = 600
# A word cut at a line's end by a hyphen, as a PDF's text or a hard-wrapped copy gives it: "part-\nnership"
_HYPHEN_SPACE_NL = re.compile(r"-[^\S\n]+\n")
# (opening at a run of letters' first letter: a start inside the run finds no other match, and rescanning the run
# from each of its letters would cost its length squared)
_LINE_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)([-\u00ad])[^\S\n]*\n[^\S\n]*([a-zà-ÿа-яё][^\W\d_]*)")
# First parts that a compound always writes with its hyphen, so a line break after them never cuts a word:
# "well-\nknown", "self-\nreliance", "вице-\nпремьер" (a part that also opens plain words is not here: "ex"
# opens "export", "экс" "эксперт", "северо" "североамериканский", "по" "политика")
_HYPHEN_FIRST = frozenset(("well", "self", "quasi", "вице", "кое"))
# ... but a suffix after them makes a plain word: "self-\nish", "well-\nness" (and the joined word standing elsewhere
# in the text unbroken, "Wellington", says the same)
_HYPHEN_FIRST_SUFFIXES = frozenset(("ish", "ishly", "ishness", "less", "lessly", "lessness", "ness", "hood", "ie",
                                    "ies", "ington"))
# Russian particles a hyphen joins to the word before: "где-\nнибудь", "все-\nтаки" ("то" is not here: a line
# may cut "мес-\nто")
_HYPHEN_PARTICLES = frozenset(("либо", "нибудь", "таки"))
# ... and "то" after a pronoun or an adverb it makes indefinite ("что-\nто", "как-\nто"), and the compound
# prepositions ("из-\nза", "из-\nпод"): none of these joined is a word
_HYPHEN_TO = frozenset(("что", "чего", "чем", "чему", "кто", "кого", "кому", "кем", "ком", "где", "как", "когда", "куда",
                        "откуда", "почему", "зачем", "какой", "какая", "какое", "какие", "какого", "какую", "каким",
                        "какими", "каких", "чей", "чья", "чьё", "чье", "чьи"))
_HYPHEN_PREPOSITIONS = frozenset((("из", "за"), ("из", "под")))
# An English number of tens and units, always hyphenated: "twenty-\nfive", "thirty-\nthird" ("twentyfold" is a word:
# only the units follow)
_HYPHEN_TENS = frozenset(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))
_HYPHEN_UNITS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second",
                           "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"))
# Characters a page shows as nothing, left in copied text: soft hyphens, zero-width spaces and joiners, word
# joiners, a byte-order mark inside the text
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")


def find_invisible(text: str, spans: list[tuple[int, int]]) -> list[Repair]:
    """Invisible characters inside ``spans`` (see _INVISIBLE), as :class:`Repair` records (rule ``invisible``)
    that remove them from the analysis text: "Chi\u00adnese" is analysed as "Chinese"."""
    if not any(c in text for c in _INVISIBLE_CHARS):  # substring searches in C: most texts have none
        return []
    return [Repair(m.start(), m.end(), m.group(0), "", "invisible") for s, e in spans
            for m in _INVISIBLE.finditer(text, s, e)]


def find_hyphenated(text: str, spans: list[tuple[int, int]]) -> list[Repair]:
    """Words hyphenated across a line break inside ``spans``, as :class:`Repair` records (rule
    ``hyphenation``): "part-\nnership" -> "partnership", "co-\noperation" -> "cooperation". When the text
    writes the two parts with a hyphen on one line elsewhere ("co-operation", "well-known"), or each part as a
    word of its own elsewhere ("long" and "term": "long-\nterm"), the hyphen is the word's own and only the
    line break goes; so it does when the continuation goes on with a hyphen ("Ростова-\nна-Дону": a compound
    of three parts), after a first part always written with its hyphen (_HYPHEN_FIRST: "well-\nknown") and
    before a Russian particle ("где-\nнибудь"). Only a lower-case continuation is joined: "Russia-\nChina" stays
    apart (a hyphenated compound of names, or a dash)."""
    out: list[Repair] = []
    if text.find("-\n") < 0 and _HYPHEN_SPACE_NL.search(text) is None and "\u00ad" not in text:
        return out  # most texts: no line ends in a hyphen
    counts = _HyphenWords(text)
    for s, e in spans:
        for m in _LINE_HYPHEN.finditer(text, s, e):
            left, right = m.group(1), m.group(3)
            if m.group(2) == "\u00ad":  # a soft hyphen: never the word's own
                out.append(Repair(m.start(), m.end(), m.group(0), left + right, "hyphenation"))
                continue
            hyphenated = f"{left}-{right}"
            low, rlow = left.lower(), right.lower()
            # (a third part: a hyphen and a letter, not a dash of two hyphens or another line's end: "coop-\neration--and")
            keep = ((text.startswith("-", m.end()) and text[m.end() + 1:m.end() + 2].isalpha())
                    or (low in _HYPHEN_FIRST and rlow not in _HYPHEN_FIRST_SUFFIXES
                        and counts.word(left + right) == 0)
                    or rlow in _HYPHEN_PARTICLES or (rlow == "то" and low in _HYPHEN_TO)
                    or (low, rlow) in _HYPHEN_PREPOSITIONS or (low in _HYPHEN_TENS and rlow in _HYPHEN_UNITS)
                    or counts.pair(left, right) > 0
                    or (counts.word(left) > 1 and counts.word(right) > 1))
            out.append(Repair(m.start(), m.end(), m.group(0), hyphenated if keep else left + right, "hyphenation"))
    return out


class _HyphenWords:
    """How often ``text`` writes a word, or two words joined by one hyphen, as a whole word (no letter right before
    or after it), case aside: counted once over the whole text, when :func:`find_hyphenated` first asks. A search
    of the text per line-end hyphen made a long hard-wrapped copy (a book's chapter as PDF text) cost its number of
    hyphens times its length.

    A whole word is one maximal run of letters (``_LETTERS``), and "left-right" two runs with exactly one hyphen
    between them (each part is bounded by the text's non-letters or by the hyphen). Case is compared by
    ``str.lower``, as the regular-expression engine's IGNORECASE does for every letter but a few (the long s, the
    Kelvin sign)."""

    def __init__(self, text: str):
        self.text = text
        self.words: Counter | None = None
        self.pairs: Counter | None = None

    def _count(self) -> None:
        text = self.text
        runs = [(m.start(), m.end(), m.group(0).lower()) for m in _LETTERS.finditer(text)]
        self.words = Counter(w for _s, _e, w in runs)
        self.pairs = Counter((a[2], b[2]) for a, b in zip(runs, runs[1:], strict=False)
                             if b[0] == a[1] + 1 and text[a[1]] == "-")

    def word(self, word: str) -> int:
        if self.words is None:
            self._count()
        return self.words[word.lower()]

    def pair(self, left: str, right: str) -> int:
        if self.pairs is None:
            self._count()
        return self.pairs[(left.lower(), right.lower())]


class _RunCounts:
    """``Counter(_LETTERS.findall(text))`` looked up lazily: a few words are counted by a literal regex
    search each, the full count is built only when many are asked for (most articles need a handful)."""

    def __init__(self, text: str):
        self.text = text
        self.known: dict[str, int] = {}
        self.full: Counter | None = None

    def get(self, word: str, default: int = 0) -> int:
        if self.full is not None:
            return self.full.get(word, default)
        n = self.known.get(word)
        if n is None:
            if len(self.known) >= 12 or not _LETTERS.fullmatch(word):
                self.full = Counter(_LETTERS.findall(self.text))
                return self.full.get(word, default)
            n = self.known[word] = len(_whole_run_rx(word).findall(self.text))
        return n if n else default


@lru_cache(maxsize=4096)
def _whole_run_rx(word: str) -> re.Pattern:
    """``word`` as a whole letter-run: no letter right before or after it. The word comes first so the
    regex engine searches for it as a literal (fast); the lookbehind then checks the letter before."""
    w = re.escape(word)
    return re.compile(rf"{w}(?<![^\W\d_]{w})(?![^\W\d_])")


def _unglue(w: str, counts: Counter, text: str | None = None) -> tuple[str, str]:
    """``(repaired, rule)`` for the letter-run ``w`` (see :func:`find_glued`), ``("", "")`` when it stays.

    ``text``, when given, is the text ``counts`` counts: it lets the name+function rule skip the counting
    when a substring count already shows the left part never stands alone (each occurrence of ``w`` holds
    one of ``left`` followed by a letter, so ``left`` occurs alone at most ``count(left) - count(w)``
    times; neither can overlap itself, as only its first letter is upper case)."""
    if w.islower():
        return "", ""  # no capital anywhere: nothing to go on
    if not w[1:].islower():
        if not _CAMEL.fullmatch(w):
            if (am := _RU_ACRONYM_GLUED.fullmatch(w)) is not None:
                # a Russian word in lower case glued to an acronym in capitals ("таможниКНР", "санкцийЕС"): no
                # Russian word or brand is written so (brands open in capitals: "ВКонтакте", "МегаФон")
                return f"{am.group(1)} {am.group(2)}", "function+name"
            if ((em := _EN_ACRONYM_GLUED.fullmatch(w)) is not None and counts.get(w, 0) <= 1
                    and (em.group(2) or em.group(4)) not in _EN_TECH_ACRONYMS):
                # an English word in lower case glued to an acronym of three to five capitals ("broadcasterCCTV",
                # "officialsNATO"), or a function word to one of two at least ("theUN", "ofNATO"): a lost link opening
                # at the acronym. Brands and systems written so open with one to three letters or end in two capitals
                # ("iPhone", "eSIM", "mRNA", "macOS", "watchOS"), or end in a protocol's or format's acronym
                # ("openSSL", "wolfSSL", "openVPN", "parseJSON"); one the text writes so more than once is its own
                # spelling
                left = em.group(1) or em.group(3)
                return f"{left} {w[len(left):]}", "function+name"
            return "", ""
        parts = _CAMEL_PART.findall(w)
        left = parts[0]
        if left.lower() in _FUNC_LEFT and len(parts) == 2 and counts.get(parts[1], 0) >= 1:
            return f"{left} {parts[1]}", "function+name"
        if left in _FUNC_LEFT_ALWAYS and len(parts) == 2 and len(parts[1]) >= 3:
            return f"{left} {parts[1]}", "function+name"
        if (len(left) >= 3 and left not in _NAME_PREFIXES and counts.get(w, 0) <= 1
                and all(counts.get(p, 0) >= 1 or (k and p.lower() in _FUNC and counts.get(p.lower(), 0) >= 1)
                        for k, p in enumerate(parts))):
            return " ".join(parts), "camel"  # "UkraineWang", "KishidaSaid" (a function word after a name)
        if (len(parts) == 2 and len(left) >= 4 and left.islower() and len(parts[1]) >= 3 and counts.get(w, 0) <= 1
                and counts.get(parts[1], 0) >= 1 and (text is None or _name_alone(text, parts[1], w))):
            # a word in lower case glued to a name the text writes alone elsewhere: a lost link opening at the name
            # ("вице-премьерДенис Мантуров ... Денис Мантуров", "ministerWang ... Wang"); a brand in lower case opens
            # with one or two letters ("iPhone", "eBay"), not with a word
            return " ".join(parts), "camel"
        if len(parts) == 2 and left.islower() and _RU_WORD_GLUED.fullmatch(w):
            # a Russian word in lower case glued to a capitalized Russian one ("районеИшкашима", "транспортаМаксим"):
            # Russian spells no word so (its brands open in capitals: "ВКонтакте"), and it declines a name, so the
            # name need not stand alone elsewhere in the text
            return " ".join(parts), "camel"
        return "", ""
    if w[0].isupper():
        if "\u0400" <= w[0] <= "\u04ff":
            return _unglue_ru(w, counts, text)
        m = _FUNC_END.search(w)
        if m and m.start() >= (3 if m.group(0) in _SAID_VERBS else 2):
            left = w[: m.start()]
            if text is not None and text.count(left) <= text.count(w):
                return "", ""
            n_left, n_word = counts.get(left, 0), counts.get(w, 0)
            if n_left > n_word:
                return f"{left} {m.group(0)}", "name+function"
            if (n_left == n_word and text is not None and m.group(0) in _FUNC_TIE
                    and ((len(left) >= 4 and _ends_name(text, left, w if m.group(0) in ("in", "on") else None))
                         # a surname written first ("Zhang Xiaogang ... Zhangsaid", "Xi Jinping ... Xisays"):
                         # before a verb of saying, a word that opens a name elsewhere is that name, unless it is a
                         # prefix of that verb ("Under Armour ... Understated", "Un Kim ... Unsaid")
                         or (m.group(0) in _SAYING and _starts_name(text, left, w))
                         # a name's last word glued to a verb of saying right after the name's first word ("John
                         # Kirbysaid ... Kirby was right"): the full name stands nowhere else to show where it ends
                         # (and the part stands alone inside a sentence, as a name does: "The Court Reinstated
                         # him ... Rein was there" stays), unless the part makes a word of the verb ("the Aforesaid
                         # Agreement ... Afore", "Gainsaid ... Gain": see _SAYING_PREFIXES)
                         or (m.group(0) in _SAYING and len(left) >= 4 and left.lower() not in _SAYING_PREFIXES
                             and re.search(rf"{_NAME_BEFORE} {re.escape(w)}(?![^\W\d_])", text) is not None
                             and re.search(rf"[a-z,] {re.escape(left)}(?![^\W\d_])", text) is not None))):
                return f"{left} {m.group(0)}", "name+function"
            if counts.get(left, 0) >= 1:
                return "", "name?"  # as often alone as glued: find_glued looks at the word before it
        elif (m and m.start() == 2 and m.group(0) in _SAYING and text is not None
              and counts.get(w[:2], 0) >= max(1, counts.get(w, 0))
              and (_ends_name(text, w[:2], w) or _starts_name(text, w[:2], w))):
            # a two-letter name glued to a verb of saying, after the word it follows elsewhere ("Wang Yi ... Wang
            # Yinoted", as the Russian rule takes "Ван Иотметил") or opening a name elsewhere ("Li Qiang ...
            # Linoted")
            return f"{w[:2]} {m.group(0)}", "name+function"
    return "", ""


_SAYING = ("said", "says", *_SAID_VERBS)


# Beginnings that make words of the verbs of saying ("Understated", "Foretold", "Gainsaid", "Unsaid", "Retold",
# "Misstated", "Assays"): such a glued word is one word, whatever name the beginning opens elsewhere ("Under
# Armour", "As Putin said")
_SAYING_PREFIXES = frozenset("un re mis out pre over under fore afore gain with as".split())


def _starts_name(text: str, word: str, glued: str) -> bool:
    """``word`` occurs on its own right before a capitalized word and one space ("Zhang Xiaogang"), and
    ``glued`` is not a word made with it as a prefix (see :data:`_SAYING_PREFIXES`)."""
    return word.lower() not in _SAYING_PREFIXES and re.search(
        rf"(?<![^\W\d_]){re.escape(word)} [A-ZÀ-ÞА-ЯЁ][^\W\d_]", text) is not None


def _name_alone(text: str, word: str, glued: str) -> bool:
    """``word`` stands on its own as a name: before a capitalized word ("Денис Мантуров", see _starts_name) or
    capitalized after a word in lower case ("... said Wang"); a capitalized word opening a sentence may be any word
    ("readFile" ... "File sharing grew")."""
    return _starts_name(text, word, glued) or re.search(
        rf"(?:(?<=[a-zà-ÿа-яё] )|(?<=[a-zà-ÿа-яё], )){re.escape(word)}(?![^\W\d_])", text) is not None


# Function words split off a name that occurs on its own only as often as the glued word (see find_glued):
# words a lost link leaves after a name, not endings of names or words ("Mayor", "Thomas", "Toronto"); "in"
# and "on" end names too ("Morrison", "Martin"), so they need the same name before both (_ends_name)
_FUNC_TIE = frozenset(("said", "says", "and", "on", "in", "who", "has", "had", "was", "were", "will", "would",
                       "with", "from", "also", *_SAID_VERBS))
# What shows a word is a name's last word when it stands right before it: a capitalized word ("Alexander
# Kozlov", "Mr Kwatra") or an honorific with its full stop ("Mr. Kwatra")
_NAME_BEFORE = r"(?:(?<![^\W\d_])[A-ZÀ-ÞА-ЯЁ][^\W\d_]*|(?<![^\W\d_])(?:Mr|Mrs|Ms|Dr)\.)"


def _ends_name(text: str, word: str, glued: str | None = None) -> bool:
    """``word`` occurs on its own right after a capitalized word or an honorific and one space ("Alexander
    Kozlov", "Mr. Kozlov"); with
    ``glued``, that same capitalized word also stands right before ``glued`` ("Xi Jinping ... Xi Jinpingin")."""
    w = re.escape(word)
    if glued is None:
        return re.search(rf"{_NAME_BEFORE} {w}(?![^\W\d_])", text) is not None
    names = set()
    at = text.find(" " + glued)
    while at > 0:  # the capitalized word right before each " <glued>"
        before = _LAST_WORD.search(text, max(0, at - 40), at)
        if before is not None and before[0][0].isupper():
            names.add(before[0])
        at = text.find(" " + glued, at + 1)
    return any(re.search(rf"(?<![^\W\d_]){re.escape(n)} {w}(?![^\W\d_])", text) for n in names)


_LAST_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")


# A Russian verb form's ending (past -л/-ла/-ли/-ло, present -ет/-ит/-ют/-ят/-ут/-ат, reflexive -ся/-сь)
_RU_VERB_END = re.compile(r"(?:л|ла|ло|ли|лся|лась|лись|ет|ёт|ит|ут|ют|ят|ат|ется|ится|ются|ятся)$")
# Candidates for the Russian name+verb rule (one branch of _GLUE_FUNC_RUN, so the text is scanned once): a
# capitalized Cyrillic letter-run of 7+ letters with a verb's last letter ("Ван Изаявил")
_GLUE_RU_VERB = r"(?<=[А-ЯЁ])[а-яё]{6,}(?<=л|а|о|и|т|я|ь)(?![^\W\d_])"
# The verbs of saying that end no Russian word but themselves: glued after a name of 4+ letters, they are split
# off though the name never stands alone in the text ("Пресс-секретарь Кремля Песковзаявил"); "назвал" with them
# ("Токаевназвал встречу исторической": a name's verb of judging; "сказал" is no such verb, it ends "рассказал")
_RU_SAYING_GLUED = frozenset(
    f"{v}{g}" for v in ("заявил", "подчеркнул", "отметил", "сообщил", "добавил", "уточнил", "пояснил", "напомнил",
                        "назвал")
    for g in ("", "а"))


def _unglue_ru(w: str, counts, text: str | None) -> tuple[str, str]:
    """The ``name+verb`` rule of :func:`find_glued` for the capitalized Cyrillic run ``w``."""
    if not w[1:].islower():
        return "", ""
    n_word = counts.get(w, 0)
    for k in range(len(w) - 5, 0, -1):  # the longest name first
        left, right = w[:k], w[k:]
        if k >= (5 if right[:1] == "н" else 4) and right in _RU_SAYING_GLUED:  # ("Переназвал" is one word)
            return f"{left} {right}", "name+verb"
        if not _RU_VERB_END.search(right) or counts.get(left, 0) < max(1, n_word):
            continue
        if k >= 4 or (text is not None and _ends_name(text, left) and (
                counts.get(right, 0) >= 1 or (k >= 2 and _before_verb(text, left)))):
            return f"{left} {right}", "name+verb"
    return "", ""


def _before_verb(text: str, name: str) -> bool:
    """The short name ``name`` stands elsewhere in ``text`` as a subject right before a verb ("Ли заявил")."""
    return re.search(rf"(?<![^\W\d_]){re.escape(name)} [а-яё]{{3,}}(?:л|ла|ли|лся|лась|лись)(?![^\W\d_])",
                     text) is not None


_CAMEL_PART = re.compile(r"[A-ZÀ-ÞА-ЯЁ]?[a-zà-ÿа-яё]+")
# A Russian word in lower case (three letters at least, or a preposition) glued to an acronym of two to five capitals;
# not a prefix that Russian spells glued to an acronym ("микроРНК", "антиВИЧ", "госСМИ": one word)
_RU_GLUE_PREFIXES = (r"(?:микро|мини|макро|анти|нано|пост|псевдо|супер|мега|гипер|контр|квази|нео|мульти|"
                     r"моно|поли|радио|теле|фото|видео|агро|био|эко|гео|гидро|электро|термо|гос|авто)")
# (or of two to five Latin capitals, a company's or body's acronym: "в том числеCOSCO", "санкцииOFAC")
_RU_ACRONYM_GLUED = re.compile(r"(?!" + _RU_GLUE_PREFIXES + r"[А-ЯЁA-Z])([а-яё]{3,}|в|во|на|из|от|до|для|с|со|к|по|о|"
                               r"об|при|про|без|у|и|а)([А-ЯЁ]{2,5}|[A-Z]{2,5})")
# An English word in lower case (four letters at least) glued to an acronym of three to five capitals: "broadcasterCCTV";
# or a function word glued to one of two to five: "theUN", "ofNATO" (see _unglue)
_EN_ACRONYM_GLUED = re.compile(r"([a-z]{4,})([A-Z]{3,5})|(the|of|and|for|from|with|by)([A-Z]{2,5})")
# Acronyms of protocols, formats and hardware that software and products glue to a word of their name ("openSSL",
# "wolfSSL", "openVPN", "innerHTML", "parseJSON"): no lost link (see _unglue)
_EN_TECH_ACRONYMS = frozenset(("SSL", "SSH", "TLS", "VPN", "HTML", "XML", "JSON", "YAML", "URL", "URI", "API", "SQL",
                               "CSS", "SDK", "DNS", "HTTP", "HTTPS", "RPC", "DOM", "CSV", "GPU", "CPU", "USB"))
# A Russian word in lower case (three letters at least, no such prefix) glued to a capitalized Russian word of three
# letters at least: "районеИшкашима" (see _unglue)
_RU_WORD_GLUED = re.compile(r"(?!" + _RU_GLUE_PREFIXES + r"[А-ЯЁ])[а-яё]{3,}[А-ЯЁ][а-яё]{2,}")
_FUNC_END = re.compile("(?:" + "|".join(sorted(_FUNC, key=len, reverse=True)) + ")$")
# Characters that are no letters, the commonest in text (ASCII's white space, digits and punctuation, Latin-1's
# signs, General Punctuation's quotes and dashes): named in a negated class of letters, they are ruled out by its
# first test, a table lookup, before the Unicode category tests that every other character costs
_NO_LETTERS = r"\x00-\x40\x5b-\x60\x7b-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\u2000-\u206f"
# Candidates for find_glued, in one scan of the text (a regex engine's scan costs about as much per character as
# the work at the few candidates it finds: one scan, not two): a letter-run ending in a function word whose first
# letter is not a common lowercase one (_unglue checks str.isupper), matched whole; and a lower-to-upper case change
# (camel, function+name), matched as its capital alone (a run matched whole holds no case change find_glued needs:
# it takes each run once). The scan opens with a character class so the engine can skip ahead to candidate
# characters quickly; a run's ASCII letters are taken by a class of them alone (a table lookup), the rest by the
# class of all letters.
_GLUE_CANDIDATE = re.compile(
    r"[^\W\d_a-zà-ÿа-яё" + _NO_LETTERS + r"](?:(?<![^\W\d_][^\W\d_])(?:" + _GLUE_RU_VERB + r"|[A-Za-z]*+[^\W\d_]*+(?:"
    + "|".join("(?<=" + _alt(w for w in _FUNC if len(w) == n) + ")" for n in sorted({len(w) for w in _FUNC}))
    + r"))|(?<=[a-zà-ÿа-яё][A-ZÀ-ÞА-ЯЁ]))")
# The one character of the capitals' range [A-ZÀ-ÞА-ЯЁ] that is no letter, "×", which _GLUE_CANDIDATE's class leaves
# out: after a lower-case letter it is a case change too (the letter-run before it is looked at), found by this
# literal scan when the text holds one
_GLUE_TIMES = re.compile(r"×(?<=[a-zà-ÿа-яё]×)")


# ================================================================================================
# Units: lines, and text between HTML block tags
# ================================================================================================

_HTML_NAMES = ("html head body title meta link script style p br div span a b i u em strong small sup sub h1 h2 h3 "
               "h4 h5 h6 ul ol li dl dt dd img figure figcaption table tr td th tbody thead tfoot section "
               "article header footer nav aside blockquote hr font center iframe noscript time main picture "
               "source label button form input svg path abbr cite q pre code mark del ins s strike address details "
               "summary dialog template select option optgroup textarea video audio canvas track object embed param "
               "caption col colgroup fieldset legend map area hgroup wbr bdi bdo dfn kbd samp var data ruby rt rp "
               "meter progress output base").split()
_INLINE_TAGS = frozenset("a b i u em strong small sup sub span font abbr cite q mark del ins s strike time label code "
                         "wbr bdi bdo dfn kbd samp var data ruby rt rp".split())
# Elements that sit inside running text without ending a paragraph: inline text tags, embedded objects,
# and script/style/comments, which show nothing at all ("mentions <script>...</script> in its text" is
# one paragraph). Every other tag (p, div, br, h1, li, td ...) ends one.
_NONBREAKING = _INLINE_TAGS | frozenset("img svg path picture source iframe input button script style".split())
# Attributes, quoted values read whole so a ">" inside one does not end the tag (<img alt="a > b" ...>).
# Single-character steps under a possessive star: no backtracking, linear; a quoted value is at most 4096
# characters (a longer one, say a data: URI, falls back to the plain form "[^<>]*>").
_ATTRS = r"""(?:[^<>"'=]|=\s*+"[^"]{0,4096}+"|=\s*+'[^']{0,4096}+'|=)*+"""
# <script> and <style> are markup with their contents; one never closed runs to the end of the text (as a
# browser reads it: nothing after it would be shown as text).
# Page furniture elements are markup with their contents too, when closed (navigation, asides, footers, forms,
# buttons, dialogs such as cookie banners, templates, vector drawings): nothing in them is the story. An
# unclosed one is only its tag. Custom elements ("<gu-island>"), namespaced ones ("<o:p>"), XML declarations,
# CDATA sections and conditional comments ("<![if !supportLists]>") are markup as well.
# (A <form> is left out: some sites wrap the whole page in one.) The contents are matched up to the closing tag
# but never past another opening of the same element, so a run of unclosed ones costs one pass, not one each.
_FURNITURE = "nav|aside|footer|noscript|svg|template|dialog|button|select"
_TAG = re.compile(r"<(script|style)\b(?:" + _ATTRS + r">|[^<>]*>)(?:.*?</\1\s*>|.*)"
                  r"|<(" + _FURNITURE + r")\b(?:" + _ATTRS + r">|[^<>]*>)(?:(?!</?\2\b).)*</\2\s*>"
                  r"|<!--.*?-->|<!DOCTYPE[^>]*>|<\?xml[^<>]*\?>|<!\[CDATA\[(?:(?!<!\[CDATA\[|\]\]>).)*\]\]>"
                  r"|<!\[(?:end)?if[^\]<>]*\]>|</?("
                  + "|".join(sorted(_HTML_NAMES, key=len, reverse=True))
                  + r"|[a-z][a-z0-9]*-[a-z0-9\-]*|[a-z]+:[a-z]+)\b(?:" + _ATTRS + r">|[^<>]*>)",
                  re.I | re.S)
# A bare opening tag without attributes, of an element with contents (not a void one such as <br>): the words of a
# sentence naming it, when it stands between spaces in a plain text (see _units)
_NAMED_TAG = re.compile(r"<(?!(?:br|hr|img|wbr|p|li|meta|link|input|source|area|base|col|embed|param|track)>)[a-z]+>")
# An e-mail address in angle brackets, "<name@example.com>": _EMAIL's form between "<" and ">", its parts bounded by the
# lengths an address's parts may have (64 characters before the "@", 63 a domain's label)
_MAIL_ADDRESS = re.compile(r"<[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,6}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_NON_SPACE_RUN = re.compile(r"\S*")


@lru_cache(maxsize=4096)
def _entity_text(entity: str) -> str:
    """A well-formed entity's text as a page shows it (a white space a space, never a line break: "&nbsp;",
    "&#10;"); the entity itself when HTML knows no such entity ("&foo;"). Cached: a page repeats a few entities."""
    rep = html.unescape(entity)
    return rep if rep == entity or not any(c.isspace() for c in rep) else "".join(
        " " if c.isspace() else c for c in rep)


def _entity_view(text: str) -> str | None:
    """``text`` with its well-formed HTML entities decoded, of the same length and line breaks, or None when it
    holds none: a plain-text copy of a web page keeps them in its header lines ("China &amp; World &gt; Diplomacy",
    "By Jane Doe&nbsp;|&nbsp;Published: 21 Mar 2023 &#8212; 10:45"), and its lines are read as the same lines
    without them are. Each run of non-space characters holding an entity is decoded and padded with spaces at its
    end ("Xi&#8217;s" -> "Xi’s" and six spaces), so a word keeps its letters together and every run its offsets;
    a decoded white space (a no-break space, "&#10;") is a space, never a line break. Only well-formed entities
    (:data:`_ENTITY`: "AT&T", "&nbsp" and "&copy2024" are left as they are). Linear: each character is looked at
    a bounded number of times."""
    m = _ENTITY.search(text)
    if m is None:
        return None
    parts, pos = [], 0
    while m is not None:
        a = m.start()
        while a > pos and not text[a - 1].isspace():  # back to the run's start (never before the last run's end)
            a -= 1
        b = _NON_SPACE_RUN.match(text, m.end()).end()
        run = _ENTITY.sub(lambda e: _entity_text(e.group(0)), text[a:b])
        parts.append(text[pos:a])
        parts.append(run + " " * (b - a - len(run)))
        pos = b
        m = _ENTITY.search(text, pos)
    parts.append(text[pos:])
    return "".join(parts)


def _entity_decoded(text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``text`` with its well-formed HTML entities decoded (:data:`_ENTITY`; a decoded white space is a space, never
    a line break), and each decoded entity's place ``(start, end)`` in the decoded text followed by its place in
    ``text``, in order (see :func:`_raw_offset`)."""
    parts, marks, pos, shift = [], [], 0, 0
    for m in _ENTITY.finditer(text):
        rep = _entity_text(m.group(0))
        if rep == m.group(0):
            continue  # no entity HTML knows ("&foo;"): left as it is
        parts.append(text[pos:m.start()])
        parts.append(rep)
        ds = m.start() - shift
        marks.append((ds, ds + len(rep), m.start(), m.end()))
        shift += m.end() - m.start() - len(rep)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), marks


def _raw_offset(marks: list[tuple[int, int, int, int]], mark_starts: list[int], at: int, end: bool) -> int:
    """The offset in the text of the offset ``at`` in its decoded copy (:func:`_entity_decoded`): a span's start or
    ``end`` inside a decoded entity takes the whole entity."""
    i = bisect_right(mark_starts, at) - 1
    if i < 0:
        return at
    ds, de, rs, re_ = marks[i]
    if at == ds:
        return rs
    if at < de:
        return re_ if end else rs
    return at + re_ - de


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_INDENT_GAP = re.compile(r"[^\S\n]*\n(?: {2,}|\t)[^\S\n]*")  # a line break, then the next line's indent
_PARA_END = ".!?\"”’»)…:"


@dataclass
class _Unit:
    start: int
    end: int
    ctx: str = ""  # enclosing HTML element that gives meaning: h1..h6, figcaption, title, li


def _tag_name(tag: str) -> str:
    m = re.match(r"</?\s*([a-zA-Z0-9]+)", tag)
    return m.group(1).lower() if m else ""


def _units(text: str) -> tuple[list[_Unit], list[tuple[int, int, bool]]]:
    """Units and markup spans ``(start, end, inline)``."""
    markup: list[tuple[int, int, bool]] = []
    for m in _TAG.finditer(text):
        tag = m.group(0)
        markup.append((m.start(), m.end(), _tag_name(tag) in _NONBREAKING or tag.startswith("<!--")))
    if 0 < len(markup) <= 2 and all(_NAMED_TAG.fullmatch(text, ms, me) and text[ms - 1:ms] == " "
                                    and text[me:me + 1] == " " for ms, me, _i in markup):
        # a tag named in a sentence of a plain text, no element closed ("Your browser does not support the <audio>
        # element."): words, not markup
        markup = []
    if markup and "@" in text:
        # an e-mail address in angle brackets ("To: Asia Desk <asia-desk@example.com>", a mail's header lines) is
        # words, not a tag: a name with a hyphen reads as a custom element's, and a plain text with one read as a page
        # would lose its mail header's rules
        # (one scan of the text, not a copy of each tag's: a tag is an address where one starts and ends with it)
        if addresses := {m.start(): m.end() for m in _MAIL_ADDRESS.finditer(text)}:
            markup = [ms for ms in markup if addresses.get(ms[0]) != ms[1]]
    if markup and ("-tweet" in text or "-media" in text or "-embed" in text or "xfbml" in text):
        markup = _as_markup(text, markup, [(m.start(), m.end()) for m in _EMBED.finditer(text)])
    if markup and "class=" in text:
        markup = _as_markup(text, markup, _boxes(text, markup))
    units: list[_Unit] = []
    pos, ctx = 0, ""
    joinable = False  # the next unit continues the last one: inside a heading, across inline tags and lines
    bounds = markup + [(len(text), len(text), False)]
    for ms, me, inline in bounds:
        for lm in re.finditer(r"[^\n]+", text[pos:ms]):
            s, e = pos + lm.start(), pos + lm.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                if joinable and units[-1].ctx == ctx and (ctx in _JOIN_CTX or text.find("\n", units[-1].end, s) < 0):
                    # "<h1>Xi <b>hosts</b> Putin</h1>" is one heading, "Xi <em>hosts</em> Putin" one line
                    units[-1].end = e
                else:
                    units.append(_Unit(s, e, ctx))
                joinable = ctx in _JOIN_CTX or text.find("\n", e, ms) < 0  # (find: stops at the line's end)
        if ms < me:
            joinable = joinable and inline
            tag = text[ms:me]
            name = _tag_name(tag)
            if name in ("h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "title", "li"):
                ctx = "" if tag.startswith("</") else name
        pos = me
    return units, markup


# A post embedded from a social network (X/Twitter, Instagram, TikTok, Bluesky, Threads, Facebook, Reddit): the
# blockquote its script turns into the embed, each network's class name for it
_EMBED = re.compile(r"""<blockquote\b[^<>]{0,500}?\bclass\s*=\s*["'][^"'<>]{0,200}?\b(?:twitter-tweet|instagram-media|"""
                    r"""tiktok-embed|bluesky-embed|text-post-media|fb-xfbml-parse-ignore|reddit-embed-bq)\b[^<>]*>"""
                    r"""(?:(?!</?blockquote\b).)*</blockquote\s*>""", re.I | re.S)


# A box the site marks as one by its class: a newsletter's or a donation's appeal, a subscription offer, an
# advertisement's slot, share buttons, related links, a promotion or a teaser, a list of tags, an author's bio, an
# audio player ("article__block--contribute",
# "newsletter-signup", "DonatesTeaser-root", "td-ad-slot", "doc__incut"); the short words only as a whole part of a
# class name, between hyphens or underscores ("ad" in "td-ad-slot", not in "header" or "shadow")
_BOX_OPEN = re.compile(r"""<(div|section|aside|ul)\b[^<>]{0,300}?\bclass\s*=\s*["']([^"'<>]{1,300})["'][^<>]*>""", re.I)
_BOX_CLASS = re.compile(r"(?i)newsletter|donat|contribut|subscri|paywall|(?:^|[-_])(?:ad|ads|advert\w*|share|sharing|"
                        r"social|related|promo|teaser|incut|recirc|tags|bio|player|audio)(?:$|[-_])")
# The short words alone are weaker signs: a word of the class naming the story's text ("article-body ad-free",
# "story-bio-text", "related-story-body", "audio-transcript") makes the element the text's, not a box's
_BOX_LONG = re.compile(r"(?i)newsletter|donat|contribut|subscri|paywall")
_BOX_TEXT_PART = re.compile(r"(?i)(?:^|[-_])(?:body|text|transcript|free)(?:$|[-_])")
# ... and the boxes of an advertisement, of share buttons or of tags hold no sentence of the story's: a block of ten
# words or more ending in a full stop there ("main_ad_wrapper" around the lead paragraph and an ad) is story text
_BOX_NO_PROSE = re.compile(r"(?i)(?:^|[-_])(?:ad|ads|advert\w*|share|sharing|social|tags)(?:$|[-_])")
_INLINE_TAG = re.compile(r"</?(?:a|b|i|u|em|strong|span|small|time|abbr|cite|q|mark)\b[^<>]*>", re.I)
# a lower-case letter then a capital in a class name is a part's boundary too ("AdSlot", "ShareButtons")
_CLASS_CAMEL = re.compile(r"([a-z0-9])([A-Z])")


def _box_classes(classes: str) -> list[str]:
    """The words of a class attribute, a name in camel case ("RelatedArticles") also spelt with hyphens between its
    parts ("Related-Articles")."""
    words = classes.split()
    if classes.islower():
        return words  # no capital, no camel case (most class names; cheap to tell)
    return words + [_CLASS_CAMEL.sub(r"\1-\2", c) for c in words if not c.islower()]


def _prose_block(chunk: str) -> bool:
    """Whether the markup ``chunk`` holds a block of ten words or more ending in a full stop (its inline tags read
    through)."""
    return any(_nwords(b) >= 10 and b.rstrip()[-1:] in ".!?" for b in _TAG.split(_INLINE_TAG.sub("", chunk))
               if b and not b.isspace())


def _boxes(text: str, markup: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The spans of the boxes a saved page marks by their class (:data:`_BOX_CLASS`), each from its opening tag to the
    tag closing it (the same element's tags counted between), when it holds 150 words at most: a box, not a wrapper
    of the story however it is named."""
    starts = [ms for ms, _me, _inline in markup]
    out: list[tuple[int, int]] = []
    page_words = -1
    for m in _BOX_OPEN.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        classes = _box_classes(m.group(2))
        if not any(_BOX_CLASS.search(c) for c in classes):
            continue
        weak = not any(_BOX_LONG.search(c) for c in classes)
        if weak and any(_BOX_TEXT_PART.search(c) for c in classes):
            continue
        i = bisect_left(starts, m.start())
        if i >= len(markup) or markup[i][0] != m.start():
            continue  # not a tag of its own (inside a script's code or a comment)
        name, depth, end = m.group(1).lower(), 0, -1
        for ms, me, _inline in markup[i:i + 400]:
            tag = text[ms:me].lower()
            if tag.startswith("</" + name) and not tag[2 + len(name):3 + len(name)].isalnum():
                depth -= 1
                if depth == 0:
                    end = me
                    break
            elif tag.startswith("<" + name) and not tag[1 + len(name):2 + len(name)].isalnum():
                depth += 1
        if end <= 0 or end - m.start() > 8000:
            continue
        words = _nwords(_TAG.sub(" ", text[m.start():end]))
        if words > 150:
            continue
        if weak and _prose_block(text[m.start():end]):
            # (a box without a sentence, a list of links or tags, is none of the story's text, whatever its share)
            if any(_BOX_NO_PROSE.search(c) for c in classes):
                continue
            if page_words < 0:  # (counted once, for the first such box: the words between the markup spans)
                page_words = sum(_nwords(text[pe:ms]) for (_s, pe, _i), (ms, _e, _j) in zip(
                    [(0, 0, False)] + markup, markup + [(len(text), len(text), False)], strict=True))
            if 2 * words > page_words:
                continue  # the most of the page's words: the story itself, however short, in a wrapper so named
        out.append((m.start(), end))
    return out


def _as_markup(text: str, markup: list[tuple[int, int, bool]], spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """``markup`` with each of ``spans`` one markup span, its contents included, as a <nav> or an <aside> is: a post
    embedded from a social network (its text and its "— Name (@handle) June 11, 2024" line are another's, shown by a
    widget: the story quotes what it needs) or a box of the page's. The spans stay sorted and disjoint."""
    starts = {ms: me for ms, me, _inline in markup}
    # (its opening tag a markup span of its own: not one inside a script's code or a comment)
    whole = []
    for a, b in spans:
        if starts.get(a, b + 1) <= b and (not whole or a >= whole[-1][1]):
            whole.append((a, b))
    if not whole:
        return markup
    out, k = [], 0
    for ms, me, inline in markup:
        while k < len(whole) and whole[k][1] <= ms:
            out.append((whole[k][0], whole[k][1], False))
            k += 1
        if k < len(whole) and ms < whole[k][1] and me > whole[k][0]:
            continue  # a tag inside the span (its own tags open and close it)
        out.append((ms, me, inline))
    out.extend((a, b, False) for a, b in whole[k:])
    return out


# A saved page's own metadata: <meta> tags (Open Graph, article:, Dublin Core, parsely...), JSON-LD and <time>
_META_TAG = re.compile(r"<meta\b[^<>]{0,2000}>", re.I)
_META_KEY = re.compile(r"""\b(?:name|property|itemprop)\s*=\s*["']([^"']{1,60})["']""", re.I)
_META_VALUE = re.compile(r"""\bcontent\s*=\s*(?:"([^"]{0,500})"|'([^']{0,500})')""", re.I)
_JSON_LD = re.compile(r"""<script\b[^<>]{0,500}type\s*=\s*["']application/ld\+json["'][^<>]{0,500}>"""
                      r"((?:(?!</?script\b).)*)</script\s*>", re.I | re.S)
_TIME_TAG = re.compile(r"""<time\b[^<>]{0,300}?\bdatetime\s*=\s*["']([^"'<>]{4,40})["']""", re.I)
_META_KEYS = {
    "published": ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                  "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"),
    "modified": ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified"),
    "title": ("og:title", "twitter:title", "dc.title", "headline"),
    "author": ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"),
    "source": ("og:site_name", "application-name", "dc.publisher"),
}
_ARTICLE_TYPES = ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                  "OpinionNewsArticle", "LiveBlogPosting", "WebPage")


def _page_metadata(text: str) -> dict:
    """What a saved HTML page says of itself in its <meta> tags, JSON-LD and first <time datetime>: published,
    modified (ISO), title, authors (list), source; only the keys found. JSON-LD of an article type wins over
    the <meta> tags, which win over <time>."""
    import json

    out: dict = {}
    lower = {k: key for key, keys in _META_KEYS.items() for k in keys}
    for m in _META_TAG.finditer(text):
        k, v = _META_KEY.search(m.group(0)), _META_VALUE.search(m.group(0))
        if not (k and v):
            continue
        key, value = lower.get(k.group(1).lower()), html.unescape(v.group(1) or v.group(2) or "").strip()
        if not key or not value:
            continue
        if key == "author":
            if not value.startswith(("http", "/")):
                out.setdefault("authors", [value])
        else:
            out.setdefault(key, value)
    blocks = []
    for m in _JSON_LD.finditer(text):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        blocks.append(data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else [])
    # the organizations the blocks name by "@id" ("publisher": {"@id": "https://www.nytimes.com/#publisher"}, the
    # NewsMediaOrganization described in a block of its own)
    # (and the people and organizations given as the author so, as WordPress's Yoast writes its graph: "author":
    # {"@id": ".../#/schema/person/..."}, the Person a node of its own)
    described = {item["@id"]: item for items in blocks for item in items if isinstance(item, dict)
                 and isinstance(item.get("@id"), str) and isinstance(item.get("name"), str) and item["name"].strip()}
    named = {k: item["name"].strip() for k, item in described.items()}
    outlets: set[str] = set()  # organizations given as the author ("author": {"@type": "Organization", ...})
    for items in blocks:
        for item in items:
            kind = item.get("@type") if isinstance(item, dict) else None
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(k in _ARTICLE_TYPES for k in kinds):
                continue
            for key, field_ in (("published", "datePublished"), ("modified", "dateModified"), ("title", "headline")):
                if isinstance(item.get(field_), str) and item[field_].strip():
                    out[key] = html.unescape(item[field_]).strip()
            people = item.get("author")
            people = people if isinstance(people, list) else [people]
            people = [described.get(p["@id"], p) if isinstance(p, dict) and "name" not in p and isinstance(
                p.get("@id"), str) else p for p in people]
            # (a news agency given so stays, to be read as the story's agency: "Reuters")
            outlets.update(p["name"].strip() for p in people if isinstance(p, dict) and isinstance(p.get("name"), str)
                           and "Organization" in str(p.get("@type")) and not _agencies_in(p["name"]))
            names = [p.get("name") if isinstance(p, dict) else p for p in people]
            names = [n.strip() for n in names if isinstance(n, str) and n.strip() and not n.startswith("http")
                     and n.strip() not in outlets]
            if names:
                out["authors"] = names
            pub = item.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                out.setdefault("source", pub["name"].strip())
            elif isinstance(pub, dict) and named.get(pub.get("@id")):
                out.setdefault("source", named[pub["@id"]])
            break
    if out.get("authors") and (outlets or out.get("source")):
        # an outlet is no author: the site's name in an author <meta> tag or an organization as JSON-LD's author
        # ("The Moscow Times", "Meduza")
        drop = {n.lower() for n in outlets} | {str(out.get("source", "")).lower()}
        drop.discard("")
        # (nor is it when it follows the writer's name: "Jane Doe, Daily Planet", "Jane Doe | Daily Planet")
        out["authors"] = [next((n[:-len(d)].rstrip().rstrip(",|-–—").rstrip() for d in drop if n.lower().endswith(d)
                                and n[:-len(d)].rstrip()[-1:] in (",", "|", "-", "–", "—")), n)
                          for n in out["authors"] if n.lower() not in drop]
        if not out["authors"]:
            del out["authors"]
    if "published" not in out and (t := _TIME_TAG.search(text)):
        out["published"] = t.group(1)
    return out


_TIME_BEFORE_DATE = re.compile(r"[012]?\d[:.][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)(?:[+-]\d{1,2})?)?\s*,?")
# A link to a writer's page: rel="author", or an address under /author/, /authors/, /profile/, /by/, /journalist/
_AUTHOR_LINK = re.compile(r"""\brel\s*=\s*["']?author\b|\bhref\s*=\s*["'][^"'<>]*/(?:authors?|profile|by|journalists?)/""", re.I)
_NBSP_ENTITY = re.compile(r"&(?:nbsp|#160);")
_LINKS_SIDE_BY_SIDE = re.compile(r"</a\s*>\s*<a\b", re.I)  # a menu's links, nothing but blanks between them
_CLOCK = re.compile(r"(?<!\d)[012]?\d:[0-5]\d(?!\d)")  # a time of day on a page's date line ("18 июл, 05:00")
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?]\s+[A-Z]")
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|td|blockquote|section|article)\b", re.I)
_JOIN_CTX = frozenset("h1 h2 h3 h4 h5 h6 figcaption title".split())


# ================================================================================================
# Markdown clippings: front matter, images, links, emphasis
# ================================================================================================

# Front matter: a block of YAML between "---" lines (TOML between "+++" lines in Hugo) at the very start of a note
# saved by a web clipper or a static site (Obsidian Web Clipper, Readwise Reader, Pocket exports, Jekyll, Hugo).
# Its keys, lower-cased with "-" and " " read as "_", by the field they give; others are header lines.
_FM_KEYS: dict[str, str] = {}
for _role, _names in (
    ("title", "title headline og_title"),
    ("published", "published date published_date publish_date publishdate pubdate pub_date date_published "
                  "datepublished published_at published_on publication_date posted posted_at posted_on issued"),
    ("modified", "updated modified lastmod last_modified date_modified datemodified updated_at modified_at "
                 "last_updated"),
    # when the note was made (the page clipped): no publication date, used only when nothing else gives one
    ("created", "created created_at created_on date_created created_date clipped clipped_at date_clipped"),
    # when a read-later app saved the page: never the publication date
    ("saved", "saved saved_date saved_at saved_on date_saved added date_added added_at archived archived_at"),
    ("author", "author authors byline creator creators by writer writers"),
    ("site", "site_name sitename site publisher publication outlet source_name newspaper"),
    ("source", "source"),  # an outlet's name, or (Obsidian) the page's URL
    ("url", "url link source_url original_url canonical canonical_url permalink href origin source_link article_url "
            "web_url"),
    ("lede", "description excerpt summary subtitle dek standfirst abstract lede"),
    ("section", "section rubric"),
    ("category", "category categories"),  # a section when data/sections.txt knows it (Reader's "article" is not)
):
    for _k in _names.split():
        _FM_KEYS[_k] = _role
_FM_LIMIT = 20_000  # characters: a front matter block ends within them
_FM_START = re.compile(r"[\ufeff\s]*(?:---|\+\+\+)")
_FM_YAML_KEY = re.compile(r"([A-Za-z_][\w\-. ]{0,40}?)[^\S\n]*:(?:[^\S\n]+(.*?))?[^\S\n]*")  # fullmatch on a line
_FM_TOML_KEY = re.compile(r"([A-Za-z_][\w\-.]{0,40})[^\S\n]*=[^\S\n]*(.*?)[^\S\n]*")
_FM_ITEM = re.compile(r'[^\S\n]*(?:"(?:[^"\\\n]|\\.){0,2000}"|\'(?:[^\'\n]|\'\'){0,2000}\'|[^,\n]+)')
_WIKILINK = re.compile(r"\[\[(?:[^\[\]|\n]{0,200}\|)?([^\[\]|\n]{0,200})\]\]")  # [[Name]], [[Page|Name]]
_URL_VALUE = re.compile(r"<?(https?://[^\s<>\"']{3,2000})>?")


@dataclass
class _FmEntry:
    key: str  # lower case, "-" and " " read as "_"
    start: int  # its key line
    vs: int  # the value on the key line
    ve: int
    lines: list[tuple[int, int]] = field(default_factory=list)  # the lines under the key (a list, a block)

    @property
    def end(self) -> int:
        return self.lines[-1][1] if self.lines else self.ve


def _front_matter(text: str) -> tuple[list[tuple[int, int]], list[_FmEntry], int] | None:
    """The front matter block that opens ``text``: ``(other_lines, entries, end)`` (its "---"/"+++" lines,
    comments and TOML table names; its entries; the offset after its closing line), or None. Each line of it must
    be a key line, a line under one (indented, a "- " list item, a TOML array's continuation), a comment or blank,
    and one key must be known (see _FM_KEYS): a story that opens with a line of dashes and its byline is no front
    matter. It must close within _FM_LIMIT characters."""
    m = _FM_START.match(text)
    if m is None:
        return None
    i, n = m.end() - 3, len(text)
    fence = text[i:i + 3]
    nl = text.find("\n", i)
    if nl < 0 or text[i + 3:nl].strip():
        return None
    toml = fence == "+++"
    key_rx = _FM_TOML_KEY if toml else _FM_YAML_KEY
    entries: list[_FmEntry] = []
    others = [(i, i + 3)]
    pos, limit = nl + 1, min(n, nl + 1 + _FM_LIMIT)
    while pos < limit:
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        line = text[pos:eol]
        s = line.strip()
        if s == fence or (not toml and s == "..."):
            if not any(en.key in _FM_KEYS for en in entries):
                return None
            others.append((pos + line.index(s), pos + line.index(s) + len(s)))
            return others, entries, eol
        if not s:
            pass
        elif s[0] == "#" or (toml and s[0] == "[" and s[-1] == "]"):  # a comment, a TOML table's name ("[params]")
            others.append((pos + line.index(s), pos + line.index(s) + len(s)))
        elif (toml or not line[:1].isspace()) and (km := key_rx.fullmatch(s)):  # TOML keys may be indented
            key = re.sub(r"[\s\-]+", "_", km.group(1).strip().lower())
            at = pos + line.index(s)
            vs = at + (km.start(2) if km.group(2) is not None else km.end())
            entries.append(_FmEntry(key, at, vs, at + km.end(2) if km.group(2) is not None else vs))
        elif entries and (line[:1].isspace() or s[0] == "-" or (toml and s[0] in "\"']")):
            entries[-1].lines.append((pos + line.index(s), pos + line.index(s) + len(s)))
        else:
            return None
        pos = eol + 1
    return None


def _fm_scalar(v: str) -> str:
    """A YAML/TOML scalar as text: quotes taken off (with their escapes), wiki links as their names."""
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"':
        v = re.sub(r'\\(["\\/])', r"\1", v[1:-1]).replace("\\n", " ").replace("\\t", " ")
    elif len(v) >= 2 and v[0] == v[-1] == "'":
        v = v[1:-1].replace("''", "'")
    if "[[" in v:
        v = _WIKILINK.sub(r"\1", v)
    return " ".join(v.split())


def _fm_values(text: str, en: _FmEntry) -> list[str]:
    """The values of a front matter entry: a scalar (on its line, or folded over the lines under it), a list
    ("- a" lines, "[a, b]"), or the "name" of a mapping under it; quotes and wiki links taken off."""
    raw = text[en.vs:en.ve].strip()
    kids = [k for a, b in en.lines if (k := text[a:b].strip()) and k[0] != "#"]
    if raw[:1] == "[" and raw[:2] != "[[":  # a flow list: [a, "b"]
        flow = " ".join([raw] + kids).strip()
        flow = flow[1:-1] if flow.endswith("]") else flow[1:]
        return [v for m in _FM_ITEM.finditer(flow) if (v := _fm_scalar(m.group(0)))]
    block = raw[:1] in ("|", ">") and len(raw) <= 3
    if raw and not block:
        return [v] if (v := _fm_scalar(" ".join([raw] + kids))) else []
    if not kids:
        return []
    if block:
        return [" ".join(" ".join(kids).split())]
    if all(k[0] == "-" for k in kids):  # "- [[Name]]" items, or "- name: X" mappings
        items = [re.sub(r"^name\s*:\s*", "", k[1:].strip(), flags=re.I) for k in kids]
        return [v for it in items if (v := _fm_scalar(it))]
    names = [km.group(2) or "" for k in kids if (km := _FM_YAML_KEY.fullmatch(k)) and km.group(1).lower() == "name"]
    if names or any(_FM_YAML_KEY.fullmatch(k) for k in kids):  # a mapping under the key: its name, if any
        return [v for v in map(_fm_scalar, names[:1]) if v]
    return [v] if (v := _fm_scalar(" ".join(kids))) else []


# A Markdown link or image: [text](url "title"), ![alt](url); the text may hold one level of brackets (a linked
# image: [![alt](img)](url)), the URL one level of parentheses (Wikipedia's)
_MD_LINK = re.compile(r"(?P<img>!)?\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]{0,500}\](?:\([^()\s]{0,2000}\))?){0,1000})\]"
                      r"\((?P<url>[^()\s]{0,2000}(?:\([^()\s]{0,500}\)[^()\s]{0,500}){0,3})"
                      r"(?:[^\S\n]+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'))?\)")
# "#" opening a line, then a heading's first letter: Markdown ("# 1 hit" and "#MeToo" are not headings)
_MD_HEADING = re.compile(r"#(?<![^\n]#)#{0,5}[^\S\n]+(?:[^\W\d_]|[*_\[])")
_MD_TITLE = re.compile(r"#[^\S\n]+(?P<title>\S.*?)(?:[^\S\n]+#+)?[^\S\n]*")  # "# Title" (fullmatch)
_MD_STRONG = re.compile(r"\*\*(?=[^\s*])[^*\n]{1,500}?(?<=[^\s*])\*\*(?!\*)|__(?=[^\s_])[^_\n]{1,500}?(?<=[^\s_])__(?![\w_])")
_MD_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*\n]{1,500}?(?<=[^\s*])\*(?![\w*])"
                    r"|(?<![\w_])_(?=[^\s_])[^_\n]{1,500}?(?<=[^\s_])_(?![\w_])")
_MD_QUOTE = re.compile(r"(?<![^\n])[^\S\n]*(?:>[^\S\n]?)+")  # "> " opening a line of a quoted paragraph
_MD_WRAPPED = re.compile(r"(\*\*|\*|__|_)(?=\S)[^\n]+(?<=\S)\1")  # a line in italics or bold as a whole
# The text of a link to the page itself ("[Original article](https://...)", Instapaper)
_MD_ORIGINAL = re.compile(r"(?i)(?:view |read |open |see |go to )?(?:the )?(?:original(?: article| link| url| source| "
                          r"story| post| page)?|source(?: link| url)?|permalink|article link|link to (?:the )?article)")
_MD_FIELDS = re.compile(r"[^\S\n]*[·|•]")  # fields after a link, apart by bullets or bars
_MD_FIELD = re.compile(r"[^·|•\n]+")
# The label of a quoted standfirst under a clipped note's title ("> ## Excerpt", MarkDownload)
_MD_EXCERPT = re.compile(r"(?i)>\s*(?:#{1,6}\s*)?[*_]*\s*(?:excerpt|summary|description|standfirst|tl;\s?dr|abstract)"
                         r"\s*:?\s*[*_]*\s*:?")
_MD_HIGHLIGHTS = re.compile(r"(?i)#{0,6}\s*[*_]*\s*(?:my\s+)?(?:highlights|notes|annotations|highlights (?:and|&) "
                            r"notes)\s*(?:\(\d+\))?\s*:?\s*[*_]*")


def _md_visible(s: str) -> str:
    """What a reader sees of a Markdown line: images as their alt text, links as their text, no emphasis
    markers, as one line of words."""
    if "](" in s:
        for _ in range(2):  # a linked image: the image, then the link around it
            s = _MD_LINK.sub(lambda m: m.group("text"), s)
    if "*" in s or "_" in s:
        s = _MD_STRONG.sub(lambda m: m.group(0)[2:-2], s)
        s = _MD_EM.sub(lambda m: m.group(0)[1:-1], s)
    return " ".join(s.split())


def _md_repairs(text: str, spans: list[tuple[int, int]]) -> list[Repair]:
    """Markdown syntax inside ``spans`` (story paragraphs, the title) as :class:`Repair` records (rule
    ``markdown``) that leave it out of the analysis text, as inline HTML tags are: "[the ministry](https://...)"
    reads "the ministry", "**Moscow**" reads "Moscow", an image inside a paragraph nothing, the ">" opening a
    quoted line nothing. Sorted, none overlapping."""
    out: list[Repair] = []

    def cut(a: int, b: int) -> None:
        out.append(Repair(a, b, text[a:b], "", "markdown"))

    for s, e in spans:
        para = text[s:e]
        if "](" in para:
            for m in _MD_LINK.finditer(text, s, e):
                ts, te = m.span("text")
                if m.group("img") or m.group("text").startswith("!["):
                    cut(m.start(), m.end())
                else:
                    cut(m.start(), ts)
                    cut(te, m.end())
        if "*" in para or "_" in para:
            for rx, w in ((_MD_STRONG, 2), (_MD_EM, 1)):
                for m in rx.finditer(text, s, e):
                    cut(m.start(), m.start() + w)
                    cut(m.end() - w, m.end())
        if ">" in para:
            for m in _MD_QUOTE.finditer(text, s, e):
                if m.end() > m.start() and ">" in m.group(0):
                    cut(m.start(), m.end())
    out.sort(key=lambda r: (r.start, r.end))
    kept: list[Repair] = []
    for r in out:
        if not kept or r.start >= kept[-1].end:
            kept.append(r)
    return kept


# ================================================================================================
# The parser
# ================================================================================================

class _Parse:
    """State of one parse_text call (private; the public API is the function)."""

    def __init__(self, text: str, hints: dict):
        self.text = text
        self.hints = hints
        self.art = ParsedArticle(text=text)
        self.pieces: list[tuple[str, int, int]] = []
        self.dates: list[_DateHit] = []
        self.header_dates: list[_DateHit] = []
        self.title_span: tuple[int, int] | None = None
        self._stop_lines: list[tuple[str, list[int]]] = []  # each text read and its ".\n" offsets (see stop_lines)
        self.blank_lines = bool(_BLANK_LINE.search(text))
        self.units: list[_Unit] = []
        self.unit_starts: list[int] = []  # the units' starts, in order (units follow one another in the text)
        self.meta_after_title = False
        self.title_from_field = False  # the title was read from a "Title:" field
        self.problem_set: set[str] = set()  # art.problems as a set: membership in O(1) on huge inputs
        self.caption_set: set[str] = set()
        self.markup: list[tuple[int, int, bool]] = []
        self.markup_starts: list[int] = []
        self.markup_by_start: dict[int, int] = {}
        self.markup_by_end: dict[int, int] = {}
        self.inline_starts: set[int] = set()
        # the text with its tags blanked out (index_markup sets it): the text itself until then, as for a record with
        # no text whose author field is read alone (add_authors asks for it)
        self.masked = text
        # a title from outside the text (a CSV/JSONL title column): it is the title; the text only repeats it
        self.hint_title = " ".join(html.unescape(str(hints.get("title") or "")).split())
        self.unit_alone = True  # the header unit being read is alone on its line (or in a heading element)
        self.html_blocks = False  # set by index_markup: paragraphs come from block elements, not line breaks
        self.meta: dict = {}  # what a saved page's metadata says (see _page_metadata)
        self.date_label = ""  # a date's label read on the unit above the date's ("Updated" in an element of its own)
        self.factiva = _is_factiva(text)  # a Factiva export: fields behind two-letter codes ("HD", "PD", "SN")
        self.factiva_fields = False  # a field of the Factiva record read (lines above the first are labels)
        self.factiva_pending = ""  # a Factiva code alone on its line: the next line is its value
        # the field a line of Factiva's display layout is expected to hold next (see factiva_display_kind):
        # "WC" before the word count, then "PD", "ET", "SN", "rest" (code, language, copyright); "" when done
        self.factiva_display = "WC" if not self.factiva and ("words" in text[:1500] or "слов" in text[:1500]) and \
            _is_factiva_display(text) \
            else ""
        self.proquest = _is_proquest(text) if "Pro" in text or "Full" in text or "Publication" in text or \
            "Accession" in text or "Gale" in text or "Database" in text else False
        self.record_end = -1  # where the last field line of a database record ended (its value may go on below)
        self.record_cite = False  # under Gale's "Source Citation" label: the next line is the citation
        self.print_dates: list[_DateHit] = []  # a print edition's date: the publication date when no other is
        # a note saved by a web clipper: its front matter (see _front_matter), and whether it is Markdown (front
        # matter, a link or image, or a "# Heading" line), whose syntax is left out of the analysis text
        self.front = _front_matter(text) if text[:3] in ("---", "+++") or (
            text[:1].isspace() or text[:1] == "\ufeff") and _FM_START.match(text) else None
        self.markdown = self.front is not None or ("](" in text and _MD_LINK.search(text) is not None) or (
            "#" in text and _MD_HEADING.search(text) is not None)
        self.title_text = ""  # the title as front matter gives it (quotes and escapes taken off)
        self.section_field = False  # the section was read from a "Topic:" field (see _line_kind)
        self.created_dates: list[_DateHit] = []  # when a note was made: the publication date only when no other is
        self.dateline_dates: list[_DateHit] = []  # the full date of the story's agency dateline: the same
        self.dateline_agency = ""  # the agency of the story's dateline ("MOSCOW, May 16 (Reuters) -")
        self.taken: set[int] = set()  # starts of header units already read with the unit before them
        self.prev_kind = ""  # the kind given to the header unit before the one being read
        self.end_mark = -1  # where a wire's end mark closing a story paragraph ("... officials. -0-") stands
        self.story_paras = 0  # story paragraphs read so far (body_paragraph): a dateline opens one of the first two
        self.story_from = len(text)  # where the body starts (a name in an author's note must not be used after it)
        self.story_begun = False  # whether a block of the body has given a story paragraph yet
        self.caption_keys: set[str] = set()  # captions read, their credit left out, as _norm keys
        self.menu_sections = 0  # known sections' names among the label lines above the headline
        self.headline_twice = False  # the headline is printed twice (:meth:`headline_repeated`)
        self.label_runs: set[str] = set()  # the label lines read above the headline
        # the label lines above the headline in blocks apart by blank lines: where the last one ended, how many
        # the current block holds, and the longest block before it (a site's menu: several lines in a row)
        self.label_end = -1
        self.label_block = 0
        self.menu_block = 0
        self.block_first = ""  # the current block's first label
        self.forum_head_end = -1  # where a forum post's head line ends ("r/geopolitics • 1 yr. ago")
        self.caption_label_end = -1  # where a caption's label alone on its line ends ("Подпись к фото,")
        self.caps_menu: dict[int, str] = {}  # starts of a menu's items in capitals above the headline -> their kind
        self.caption_lens: set[int] = set()  # their lengths, give or take 6 (a paragraph of another is no repeat)
        # a plain text holding HTML entities, read decoded (see parse_text): its view of the same length
        # (_entity_view) and where each decoded entity stands in both (_entity_decoded); None and [] otherwise
        self.view: str | None = None
        self.marks: list[tuple[int, int, int, int]] = []

    def index_markup(self, markup: list[tuple[int, int, bool]]) -> None:
        """Keep the markup spans (sorted, disjoint: from one finditer) with their starts for bisection."""
        self.markup = markup
        self.html_blocks = sum(1 for ms, me, inline in markup
                               if not inline and _BLOCK_TAG.match(self.text, ms, me)) >= 3
        self.markup_starts = [ms for ms, _me, _inline in markup]
        self.markup_by_start = {ms: me for ms, me, _inline in markup}
        self.markup_by_end = {me: ms for ms, me, _inline in markup}
        self.inline_starts = {ms for ms, _me, inline in markup if inline}
        self.masked = self.text
        if markup:
            # the text with its tags blanked out (each character a space but its line breaks): a header line with tags
            # inside it ("<span>Kenji Tanaka</span> | <time>14 July 2023</time>") read by its words at its offsets
            parts, pos = [], 0
            for ms, me, _inline in markup:
                parts.append(self.text[pos:ms])
                span = self.text[ms:me]
                parts.append(" " * len(span) if "\n" not in span else _NOT_NEWLINE.sub(" ", span))
                pos = me
            parts.append(self.text[pos:])
            self.masked = "".join(parts)
            if "&nbsp;" in self.text or "&#160;" in self.text:
                # a no-break space written as an entity is a space between the words ("By&nbsp;</span><a ...>KEN
                # MORITSUGU</a>", AP): blanked as the tags are
                self.masked = _NBSP_ENTITY.sub(lambda m: " " * len(m.group(0)), self.masked)

    def tagged_items(self, s: int, e: int) -> list[str]:
        """The runs of words between the tags inside text[s:e] (the items of a row of links or spans)."""
        items, pos = [], s
        i = bisect_left(self.markup_starts, s)
        while i < len(self.markup) and self.markup[i][0] < e:
            ms, me, _inline = self.markup[i]
            if (w := " ".join(self.masked[pos:ms].split())) and w.strip("|·•/,"):
                items.append(w)
            pos = max(pos, me)
            i += 1
        if (w := " ".join(self.masked[pos:e].split())) and w.strip("|·•/,"):
            items.append(w)
        return items

    def has_markup(self, s: int, e: int) -> bool:
        """Whether a tag stands inside text[s:e]."""
        i = bisect_left(self.markup_starts, s)
        return i < len(self.markup) and self.markup[i][0] < e

    # --- helpers ------------------------------------------------------------------------------
    def add(self, kind: str, s: int, e: int) -> None:
        t = self.text
        if self.title_span and kind in ("date", "byline", "source"):
            self.meta_after_title = True
        elif kind == "title_repeat" and self.title_from_field:
            # the headline again under a clipper's or reference manager's fields ("Title: ..." / "Date: ..." / the
            # page's headline): the page's own header starts there, its standfirst over its byline and date lines
            self.meta_after_title = False
        while s < e and t[s].isspace():
            s += 1
        while e > s and t[e - 1].isspace():
            e -= 1
        if e > s:
            self.pieces.append((kind, s, e))

    def problem(self, msg: str) -> None:
        if msg not in self.problem_set:
            self.problem_set.add(msg)
            self.art.problems.append(msg)

    def clean(self, s: int, e: int) -> str:
        """text[s:e] as one line of words, tags left out (inline ones join the words around them)."""
        t, markup = self.text, self.markup
        i = bisect_left(self.markup_starts, s)
        if i >= len(markup) or markup[i][0] >= e:
            return " ".join(t[s:e].split())
        parts, pos = [], s
        while i < len(markup) and markup[i][0] < e:
            ms, me, inline = markup[i]
            parts.append(t[pos:ms])
            parts.append("" if inline else " ")
            pos = max(pos, min(me, e))
            i += 1
        parts.append(t[pos:e])
        return " ".join("".join(parts).split())

    def add_agency(self, name: str) -> None:
        if name and name not in self.art.agencies:
            self.art.agencies.append(name)

    # --- line kinds shared by header and body ----------------------------------------------------
    def by_words(self, s: int, e: int, read: Callable, *args, **kwargs):
        """``read(*args, **kwargs)`` on the text with its tags blanked out (:attr:`masked`: the same offsets) when a
        tag stands on the line of text[s:e], else on the text: a header line of a saved page read by its words
        ("<span>Kenji Tanaka</span> | <time>14 July 2023</time>", "By <a href=...>Jane Doe</a>")."""
        if not self.markup or self.text is self.masked or not self.has_markup(self.unit_start_of(s), self.unit_end_of(e)):
            return read(*args, **kwargs)  # (a tag on the line, before a label: "<span>Published 14 July 2023</span>")
        text, self.text = self.text, self.masked
        try:
            return read(*args, **kwargs)
        finally:
            self.text = text

    def line_kind(self, s: int, e: int) -> str:
        """Kind of a whole line that is page metadata, or ''. Records what it finds. A line with tags inside it is
        read by its words (:meth:`by_words`)."""
        return self.by_words(s, e, self._line_kind, s, e)

    def _line_kind(self, s: int, e: int) -> str:
        if self.factiva:
            kind = self.factiva_kind(s, e)
            if kind is not None:
                return kind
        elif self.factiva_display:
            kind = self.factiva_display_kind(s, e)
            if kind is not None:
                return kind
        elif self.proquest:
            kind = self.proquest_kind(s, e)
            if kind is not None:
                return kind
        t = self.text[s:e]
        if self.markdown and "](" in t:
            kind = self.md_line(s, e, t)
            if kind:
                return kind
        if len(t) > 300 and not (t[:3] in ("By ", "BY ") and self.text is self.masked and len(" ".join(t.split())) <= 300):
            # every metadata line below is shorter; a byline read by its words is measured without its blanked tags
            # ("By <span><a ...>David Pierson</a></span><span> and </span>...": the New York Times)
            return ""
        if len(t) <= 14 and t[:1] in "BbCc" and t.strip().lower() in ("bibliography", "citation", "citations") and \
                _CITATION_STYLE_NEXT.match(self.text, e):
            return "boilerplate"  # a news database's citation box closing its record: "Bibliography" / "Citation
            # (aglc Style)" (alone, the word heads an essay's references: data/boilerplate.txt leaves it)
        if len(t) <= 8 and _COUNTS_LINE.fullmatch(t):
            return "boilerplate"  # a widget's counter ("312", "1.2K") or a bullet alone ("·")
        if len(t) <= 60 and (t[0].isdigit() or t[-1].isdigit() or not t[0].isalnum()) and _COUNTER_GATE.search(t) and (
                _COUNTER_LINE.fullmatch(t)):
            return "boilerplate"  # "48.2K subscribers", "152 videos", "👍 312  🔥 45", "ЛАЙК0", "17 478"
        if len(t) <= 30 and _EDITED_TIME.fullmatch(t):
            return "boilerplate"  # a post's "edited 14:32" ("изменено 14:32")
        if len(t) <= 40 and 0 < (sp := t.find(" ")) <= 12 and t[:1].isupper() and _agency_of(t[:sp]) and _is_section(
                t[sp + 1:]) and not _OUTLET.fullmatch(t):  # (not "Bloomberg News", "Reuters News": the outlet's name)
            # "ANI Asia" (Business Standard): the agency the story is from, and its desk
            self.add_agency(_agency_of(t[:sp]))
            if not self.art.section:
                self.art.section = t[sp + 1:]
            return "section"
        if t[:1] in "©(" and credit_start(t) == 0 and _nwords(t) <= 25:
            return "credit"
        if t[:1] in "FRWLSD" and t[-1:] != " " and "://" in t and _FOLLOW_AT.fullmatch(t):
            return "boilerplate"  # "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine"
        if len(t) <= 70 and (" WITH " in t or " with " in t or " With " in t) and t[:3] not in ("By ", "BY ") and (
                wa := _WITH_AGENCY.fullmatch(t)) and all(
                ags := [_agency_of(x) for x in re.split(r"\s*(?:,|&|\band\b|\bAND\b)\s*", wa.group("ag"))]):
            # "DAILY SABAH WITH AA", "Daily Sabah with AFP": the outlet's staff and the agencies its story draws on
            for a in ags:
                self.add_agency(a)
            who = wa.group("who")
            if not self.person_line(who) or re.search(rf"(?m)^[ \t]*{re.escape(who)}[ \t]*$", self.text[:s]):
                # (a name in capitals is the outlet's when a label line above names it: the masthead "DAILY SABAH")
                self.set_source(who.title() if who.isupper() else who)
            return "byline"
        if 3 <= len(t) <= 20 and t.isupper() and t.isalpha() and s < 3000 and self.pieces and (
                self.pieces[-1][0] == "byline") and self.place_over_date(e):
            return "header"  # "ISTANBUL" between a byline and the date line: the place the story is filed from
        if t[:1] == "【" and t[-1:] == "】" and len(t) <= 80:
            return "boilerplate"  # "【Ответственный редактор: 李娜】": a label in full-width brackets (the editor, the source)
        if len(t) <= 25 and ("omment" in t or "OMMENT" in t or "омментари" in t) and _COMMENT_COUNT.fullmatch(t):
            return "boilerplate"  # a page's comment counter: "Комментарии 37", "12 comments"
        if t[:2] in ("BC", "Ed") and _WIRE_SLUG.fullmatch(t):
            return "header"  # a wire's slug and editors' note: "BC-EU--Russia-China, 1st Ld-Writethru", "Eds: UPDATES ..."
        if t[:1].isupper() and t[-3:] == "GMT" and (ws := _WIRE_STAMP.fullmatch(t)):
            mo, d, y, hh, mm = (int(x) for x in ws.groups())
            try:
                iso = dt.datetime(2000 + y, mo, d, hh, mm).strftime("%Y-%m-%dT%H:%M")
            except ValueError:
                return "header"
            self.dates.append(_DateHit(s, e, iso=iso, tz="GMT", strong=True))  # "AP-WF-05-28-24 1452GMT": sent then
            return "date"
        if self.text is self.masked and len(items := self.tagged_items(s, e)) > 1 and all(map(_is_boilerplate, items)):
            return "boilerplate"  # a row of links, each page furniture: "Share on Facebook", "Share on X", "Copy link"
        table = False
        if (menu := "  " in t and _menu_row(t, single=True)) and self.table_head(s, e):
            menu, table = False, True  # a table's head over its first row of figures (see :meth:`table_head`)
        if menu and not self.under_story(s, 1) and not self.headline_set_wide(t, e):
            # a menu of single words over the story's text (no paragraph closed by a full stop above it, after the
            # headline if one is read): "News  Sport  Weather" (see _menu_row)
            return "boilerplate"
        if len(t) == 4 and t.lower() == "text" and (not self.under_story(s) or not (
                self.blank_above(s) and self.blank_below(e))):
            # Nexis Uni's German "Text" over the story (the English interface's "Body"), a translation page's "Text"
            # tab over it, a reader's toggles under it ("Story" / "Text" / "Original"): furniture. Under the story's
            # text, alone between blank lines, the word heads what follows ("Text" over a statement's full text)
            return "boilerplate"
        paren = t[:1] == "(" and t[-1:] == ")" and t[1:2] in "©C" and _is_boilerplate(t[1:-1].strip())
        if paren or _is_boilerplate(t, not table):
            if paren:
                t = t[1:-1].strip()  # "(Copyright 2024 The Associated Press. All rights reserved. ...)"
            if t[:3] in ("Dis", "Tha", "Sub") and not self.art.source and (nm := _NEWSLETTER_NAME.fullmatch(t)):
                self.set_source(nm.group(1))  # "Thanks for reading The Eurasia Ledger! Subscribe ...": the blog
            elif not self.art.source and "riginally published" in t and (rm := _REPRINT_OF.search(t)):
                self.set_source(rm.group("outlet"))  # "... originally published in French on lemonde.fr; ..."
            elif t[:1] in "©C(" and not self.art.source and (
                    cm := _COPYRIGHT_HOLDER.fullmatch(t) or _COPYRIGHT_RESERVED.match(t)) and (
                    _ISSUER.fullmatch(cm.group("holder")) or _OUTLET.fullmatch(cm.group("holder"))):
                self.set_source(cm.group("holder"))  # "Copyright © Ministry of Foreign Affairs of ...": the issuer
            return "boilerplate"
        if t[:1] == "(" and t[-1:] == ")" and _nwords(t) <= 6 and (sm := _SOURCE.match(t, 1)) and "(" not in t[1:]:
            # "(Source: Kremlin.ru)" alone on its line: where the photo above the story comes from; under the story's
            # text (two paragraphs ending in a full stop above it, after the headline: a standfirst over a photo's
            # note is one), a news agency so named is where the story comes from ("(Источник: Синьхуа)", CGTN's
            # Russian pages). A paragraph of its own: one right under a line of text is that line's credit, a
            # photo's note in the story ("The mayor speaks at the meeting.\n(Source: Reuters)")
            if (a := _agency_of(t[sm.end():-1])) and self.under_story(s) and self.blank_above(s):
                self.add_agency(a)
            return "credit"
        if len(t) <= 70 and ("/" in t or "ago" in t or "назад" in t or "Пост" in t or "Posted" in t) and (
                fh := _FORUM_HEAD.fullmatch(t)):
            if fh.group("board"):
                if not self.art.source:
                    self.set_source(t)  # "r/geopolitics" over the post: the forum board it is on
                return "source"
            if "r/" in t or "u/" in t or "Posted" in t or "Пост" in t:
                self.forum_head_end = e  # a forum's own head line (a bare "5 hr. ago" may be any page's)
            return "header"  # the board's search box; the board or the poster, and how long ago the post was made
        if len(t) <= 32 and self.forum_head_end >= 0 and not self.text[self.forum_head_end:s].strip() and (
                _FORUM_USER.fullmatch(t)):
            return "header"  # the poster's user name under the post's head line
        if len(t) <= 30 and self.forum_head_end >= 0 and self.title_span and not self.text[
                self.title_span[1]:s].strip() and _nwords(t) <= 3 and t[-1:] not in _TERMINAL:
            return "header"  # a forum post's flair under its title: "Discussion", "News", "Обсуждение"
        if len(t) <= 30 and "/" in t and _ISSUE_MONTHS.fullmatch(t):
            return "header"  # "May/June 2024": the magazine's issue
        if len(t) <= 60 and t[-1:].isdigit() and _ISSUE_LABEL.fullmatch(t):
            return "header"  # "Weekly Newsletter | Issue 512", "Выпуск № 512": the issue, not a headline
        if t[:1] in "ПIC" and _CAPTION_LABEL.match(t) and _nwords(t) <= 80:
            return "caption"  # "Подпись к фото, ...", "Image caption, ..." (the BBC's pages): a photo's caption
        if len(t) <= 9 and t[-1:] == ":" and t[:-1].rstrip() in ("Image", "Picture", "Pic"):
            return "caption"  # "Image:" alone over the caption and its credit (Sky News' pages): the caption's label
        if t[:1] in "ПIC" and _CAPTION_LABEL_ALONE.fullmatch(t):
            self.caption_label_end = e  # the label alone, the caption on the next line (a copy of the BBC's page)
            return "caption"
        if (self.caption_label_end >= 0 and s > self.caption_label_end and _nwords(t) <= 80
                and not self.text[self.caption_label_end:s].strip() and self.text.count("\n", self.caption_label_end, s) == 1):
            self.caption_label_end = -1
            return "caption"  # the caption under its label ("Подпись к фото," / "Владимир Путин и Си Цзиньпин ...")
        if (t[:1] in "ПR" and self.pieces and self.pieces[-1][0] == "byline" and _BYLINE_ROLE.match(t) and _nwords(t) <= 12
                and t[-1:] not in _TERMINAL):  # (a role, no sentence: "Role, and responsibility ... lay with ...")
            return "byline"  # "Автор, Марина Полякова" / "Подпись автора, Русская служба Би-би-си" (the BBC's "Role, ...")
        if t.startswith("FILE") and _FILE_CAPTION.match(t) and _nwords(t) <= 80:
            return "caption"  # "FILE - U.S. Secretary of State Antony Blinken speaks ...": an AP/VOA file photo's caption
        if t[:2] in ("Th", "In") and t[-1:] == ")" and _THIS_PHOTO.match(t) and _nwords(t) <= 80 and (
                _PAREN_TAIL.search(t, max(0, len(t) - 72)) is not None):
            return "caption"  # "This photo, released by ..., shows ... on June 19, 2024. (Yonhap)": closed by its credit
        tag_re, _trail, _dl = _agency_res()
        if tag_re.fullmatch(t) or _WITH_INFO.fullmatch(t):
            for a in _agencies_in(t):
                self.add_agency(a)
            return "agency"
        if len(t) <= 60 and t[:2].isupper() and t.isupper() and (agencies := _agency_list(t)):
            # the agencies a story is from, in capitals on a line of their own: "REUTERS, AFP", "AFP"
            for x in agencies:
                self.add_agency(x)
            return "agency"
        if len(t) <= 60 and ("|" in t or "," in t or "/" in t or " and " in t or "&" in t) and len(
                agencies := _agency_list(t)) >= 2:
            # the same in the agencies' own spelling, two at least ("Reuters | AFP" under a headline, Dawn): one
            # name alone is no line of agencies ("Reuters" may be a menu's item or the outlet's name)
            for x in agencies:
                self.add_agency(x)
            return "agency"
        hits = _find_dates(self.text, s, e)
        one = hits[0] if len(hits) == 1 and hits[0].iso else None  # the line's only date, a readable one
        if one and not _LETTER.search(
                _LABEL.sub("", self.text[s:one.start] + _after_date(self.text[one.end:e], one.iso))):
            self.dates.append(one)
            if one.problem:
                self.problem(one.problem)
            return "date"
        if one and one.start - s <= 2 and (ds := _DASH_SECTION.fullmatch(self.text, one.end, e)) and _is_section(
                ds.group(1)):
            # "Jun 18, 2024 - World": the date, a dash, the section
            self.dates.append(one)
            if not self.art.section:
                self.art.section = ds.group(1)
            return "date"
        if one and one.start - s <= 2 and (po := _PAREN_NAME.fullmatch(self.text, one.end, e)) and (
                _agency_of(po.group(1)) or not (po.group(1).isupper() or po.group(1).lower() in _WEEKDAYS)):
            # "May 24, 2022 (Mainichi Japan)", "16 May 2024 (AFP)": the date, then the outlet or the agency
            if ag := _agency_of(po.group(1)):
                self.add_agency(ag)
            elif not self.art.source:
                self.set_source(po.group(1))
            self.dates.append(one)
            return "date"
        if one and t[:1] in "O原" and (wx := _WECHAT_HEAD.fullmatch(t)) and s + wx.start("when") == one.start:
            self.wechat_head(wx)
            self.dates.append(one)
            return "date"
        if one and t[:1] == "(" and (ap := _AGENCY_BEFORE.match(t)) and s + ap.end() == one.start and _agency_of(
                ap.group(1)) and not _LETTER.search(_after_date(self.text[one.end:e], one.iso)):
            # "(Xinhua) 09:15, March 02, 2024" (People's Daily Online): the agency the story is from, and the date
            self.add_agency(_agency_of(ap.group(1)))
            self.dates.append(one)
            return "date"
        if one and one.start - s > 8 and self.text[one.start - 2:one.start].rstrip().endswith(",") and (
                oc := _OUTLET_COMMA.fullmatch(self.text, s, one.start)) and _OUTLET.fullmatch(oc.group(1)) and (
                not _LETTER.search(_after_date(self.text[one.end:e], one.iso))):
            # "Российская газета, 27.03.2023", "Amur Valley Gazette, 22 August 2023": the outlet, a comma, the date
            # (a rubric's words or a person's name before a comma stay the branch below's)
            if not self.art.source:
                self.set_source(oc.group(1))
            self.dates.append(one)
            return "date"
        if one and (rub := _RUBRIC.fullmatch(self.text, s, one.start)) and (not _LETTER.search(
                rest := _after_date(self.text[one.end:e], one.iso)) or (
                (at := _AGENCY_AFTER.fullmatch(rest)) and _agency_of(at.group(1)))) and not _BYLINE.match(
                rub.group(1)) and (
                _is_section(rub.group(1)) or " " not in rub.group(1) or not _PERSONS.fullmatch(rub.group(1))
                or _DESK.fullmatch(rub.group(1))):
            # "Политика, 21 мар 2024, 12:45", "World, 16 May 2024": the section's name (when it is one), then the
            # date; a news agency's name may close the line after a full stop or a dash ("Астана, 6 июля 2024.
            # Kazinform"): the agency the story is from (only an agency's name: any other words make a sentence).
            # The desk that filed it reads as two capitalized words, a person's name, but is none: "Business
            # Desk, 15 February 2024", "Moscow Bureau, 3 May 2024" are the desk, then the date
            if _LETTER.search(rest):
                self.add_agency(_agency_of(at.group(1)))
            if not self.art.section and _is_section(rub.group(1)):
                self.art.section = rub.group(1)
            self.dates.append(one)
            if one.problem:
                self.problem(one.problem)
            return "date"
        if hits and all(h.label for h in hits) and not _LETTER.search(
                re.sub(_DATE, "", _LABEL_ANY.sub("", t))):
            self.dates.extend(h for h in hits if h.iso)
            for h in hits:
                if h.problem:
                    self.problem(h.problem)
            return "date"
        if hits and hits[0].problem and len(hits) == 1 and _nwords(t) <= 6:
            self.problem(hits[0].problem)
            return "date"
        if len(t) <= 200 and ("|" in t or "·" in t or "•" in t or " / " in t or "│" in t):
            kind = self.fields_line(s, e)
            if kind:
                return kind
        if self.markdown and t[:2] in ("**", "__") and (mk := _MD_KEY.fullmatch(t)):
            # "**Domain:** arctictoday.com" (a read-later app's Markdown export): the field without its bold marks,
            # its value where it is in the line
            t = f"{mk.group(2)}:".ljust(mk.start(3)) + t[mk.start(3):]
        kv = _KV.match(t)
        key = kv.group("key").lower() if kv else ""
        if not kv and t[:2] in _MAIL_RU_STARTS and (kv := _MAIL_KEY_RU.match(t)):
            # "Тема: ..." / "От: ..." / "Кому: ...": a Russian mail program's header, read as its English fields. Alone,
            # "Тема: ..." is a Russian site's topic label and "От: ..." can open a line of text: only inside a block of
            # such fields (one more on the line right above or below)
            key = _MAIL_KEY_RU_EN[kv.group("key")] if self.mail_block_ru(s, e) else ""
            kv = kv if key else None
        if kv and not _kv_value_fits(key, kv.group("value")):
            kv = None  # "From: Moscow's point of view, ...": a sentence, not an e-mail header
        if kv and key == "notes" and not self.field_around(s, e, below=False):
            kv = None  # a note's "Notes:" field closes its block of fields; alone, the line heads a story's notes
        if kv and key in _ISSUE_KEYS and self.title_span and self.under_story(s):
            kv = None  # "Номер: 1" under the story's text: a row of a table in the story, not the issue's number
        if kv and key in _BLOCK_KEYS and not self.field_around(s, e):
            kv = None  # a feed's or a note's own field stands in a block of fields (see _BLOCK_KEYS)
        if kv and key in _MAIL_KEYS and self.title_span and self.under_story(s):
            # under the story's text (two paragraphs ending in a full stop above it, after the headline) a mail's
            # fields are a letter the story quotes ("The newsroom received this e-mail: / From: ... / Subject: ..."),
            # not the printout's header: its sender is no source
            kv = None
        if kv:
            kind = _KV_KIND.get(key, "header")
            value = " ".join(kv.group("value").split())
            if key in ("url", "link", "ссылка", "clipped from", "source url", "original url"):
                self.set_url(value)
            elif kind == "created":  # "Created: June 3, 2024 9:41 AM" (Notion): when the note was made
                self.created_dates.extend(h for h in _find_dates(self.text, s + kv.start("value"), e) if h.iso)
                return "header"
            if kind == "title":
                if not self.title_span and value:
                    self.title_span = (s + kv.start("value"), e)
                    self.art.title = value
                    self.title_from_field = True
                return "title" if value else "header"
            if kind == "source":
                self.source_field(s + kv.start("value"), e)
            elif kind == "byline":
                self.add_authors(re.sub(r"^(?:By|BY|by)\s+", "", value))  # "BYLINE: By David Pierson"
            elif kind == "section" and value and (not self.art.section or (key == "topic" and not self.section_field)):
                # a page's "Topic: World Politics" field names the story's section over a menu's word guessed above it
                self.art.section = _section_value(value)
                self.section_field = True
            return kind
        sm = _SOURCE.match(t)
        if sm and _nwords(t) <= 8:
            self.source_field(s + sm.end(), e)
            return "source"
        staff = t[1:-1] if t[:1] == "(" and t[-1:] == ")" else t  # "(Reporting by ...; Editing by ...)"
        if _STAFF.match(staff) and _nwords(t) <= 30:
            helpers_only = bool(self.art.authors) and not re.search(r"(?<!dditional )(?:[Rr]eporting|[Ww]riting|[Ww]ritten) by",
                                                               staff)
            for m in re.finditer(r"(?:[Rr]eporting|[Ww]riting|[Ww]ritten) by\s+([^;]+)", staff):
                if not helpers_only:  # a line of additional reporting alone, under a byline: who helped the writers
                    self.add_authors(m.group(1))
            return "byline"
        if t[:3] in _WRITTEN_STARTS and (wb := _WRITTEN_BASED.fullmatch(t)) and _nwords(t) <= 40:
            # "Written by Reid Standish based on reporting by RFE/RL's Kazakh Service.": the writer, and the agencies
            self.add_authors(wb.group("names"))
            for a in _agencies_in(wb.group("rest")):
                self.add_agency(a)
            return "byline"
        if (pe := _PRINT_EDITION.fullmatch(t)) is not None:
            # "Газета «Коммерсантъ» №85 от 17.05.2024, стр. 1": the paper, and its issue's date when no other
            self.set_source(pe.group("paper") or pe.group("paper2"))
            self.print_dates.extend(h for h in hits if h.iso)
            return "source"
        if one and (tg := _CHANNEL_HEAD.fullmatch(t)) and s + tg.start("when") <= one.start:
            # "Rybar in English, [16.05.2024 13:42]": a Telegram message copied from the desktop app
            self.set_source(tg.group("channel"))
            self.dates.append(one)
            return "date"
        if one and (one.end == e or (tail := _DESK_TAIL.fullmatch(self.text, one.end, e))) and (
                om := _OUTLET_DASH.fullmatch(self.text, s, one.start)) and (
                ", The" in om.group("outlet") or _OUTLET.fullmatch(om.group("outlet")) or (
                om.group("outlet").isupper() and _OUTLET.fullmatch(om.group("outlet").title()))):
            # "Japan Times, The (Tokyo, Japan) - May 17, 2024" (NewsBank): the publication and its date; "KYODO NEWS -
            # Nov 30, 2023 - 19:12 | World, All" (Kyodo's pages): its name in capitals, the date and time, its desks
            self.set_source(om.group("outlet"))
            self.dates.append(one)
            if one.end < e and not self.art.section:
                self.art.section = tail.group(1)
            return "date"
        if one and (names := self.name_before_date(s, e, one)):
            # "Iryna Kutielieva — Tuesday, 4 June 2024, 14:22": the author, a dash, the date
            self.add_authors(names)
            self.dates.append(one)
            return "date"
        if len(hits) > 1 and hits[0].iso and all(h.label == "modified" for h in hits[1:]) and (
                names := self.name_before_date(s, hits[1].start, hits[0])):
            # "Ahmet Gencturk |17.05.2024 - Update : 17.05.2024" (Anadolu): the author, the date, its update
            self.add_authors(names)
            self.dates.extend(h for h in hits if h.iso)
            return "date"
        if one and t[:3].lower() == "by ":
            # "by Martin Fornusek May 16, 2024 4:11 PM 2 min read", "By Jane Doe, May 16, 2024, 10:15": the byline,
            # the date, its time, page furniture
            head = _BY_ON.sub("", self.text[s + 3:one.start].strip().rstrip(",|│·•—–-").strip())
            section = ""
            if (cat := _IN_CATEGORY.search(head)) and _is_section(cat.group(1)):
                # "By Aiman Nakispekova in Politics on 3 July 2024" (a blog's byline): the section the post is in
                head, section = head[:cat.start()], cat.group(1)
            names = _BYLINE.fullmatch("By " + head)
            rest = self.text[one.end:e].strip()
            if names and not names.group("rest") and (
                    not rest or _is_boilerplate(rest) or not _LETTER.search(_after_date(rest, one.iso))):
                self.add_authors(names.group("names"))
                self.dates.append(one)
                if section:
                    self.art.section = section  # the post's own, over a menu's label above the headline
                return "date"
        if ("contributed" in t or (" reported from " in t and _REPORTED_AND.search(t))) and _nwords(t) <= 40 \
                and _CONTRIBUTED_LINE.fullmatch(t):
            return "byline"  # "CNN's Wayne Chang contributed reporting.": who helped, not the story
        sw = _STAFF_NAMES.fullmatch(t) if t.endswith(_STAFF_ENDS) else None
        if sw and _nwords(t) <= 16:  # "CK TAN and TAISEI HOYAMA, Nikkei staff writers"
            self.add_authors(_BY_LABEL.sub("", sw.group("names")))  # ("By Jane Doe, Moscow correspondent": no "By")
            ow = sw.group("outlet")
            if ow and (" staff " in t[sw.start("outlet"):].lower() or _agency_of(ow) or _OUTLET.fullmatch(ow)
                       or _ACRONYM.fullmatch(ow)):
                # the staff of "Nikkei staff writers", a "BBC correspondent"; a "Moscow correspondent" is the city's
                self.set_source(ow)
            return "byline"
        bm = _BYLINE.match(t) or self.lower_byline(t, e)
        if bm and _nwords(t) <= 14 and self.byline_rest_ok(bm.group("rest")):
            self.byline_names(bm.group("names"), bm.group("with"))
            if (fw := bm.group("for")) and _outlet_key(fw) in outlets():
                self.set_source(fw)  # "By JANE DOE FOR MAILONLINE": a known outlet the writer filed for
            if bm.group("rest"):
                for a in _agencies_in(bm.group("rest")):
                    self.add_agency(a)
            return "byline"
        if t[:3] in ("By ", "BY ") and (ap := _BYLINE_APPOSITION.fullmatch(t)):
            # "By Jack Detsch, a Pentagon ... reporter at Foreign Policy, and Christina Lu, a reporter at ...": the
            # names without what they are; where they work is the outlet
            self.add_authors(ap.group("n1"))
            if ap.group("n2"):
                self.add_authors(ap.group("n2"))
            for m in re.finditer(r",\s+(?:a|an|the|its|our)\s+([^,;\n]{1,100})", t):
                if jm := _JOB_AT.search(m.group(1).rstrip(". ")):
                    self.set_source(jm.group("outlet"))
            return "byline"
        if credit_start(t) == 0 and _nwords(t) <= 25:
            return "credit"
        if t[:1] == "#" and (_MD_HEADING.match(t) or self.markdown and re.match(r"#{1,6}[^\S\n]+\S", t)):
            return "subheading"  # "## Energy" (in plain text not "# 1 hit in Russia", a wrapped line of a story)
        return ""

    def wechat_head(self, wx: re.Match) -> None:
        """The names over a WeChat article's date ("Original Wang Haitao Eurasian Observation 2024-08-12 20:31
        Beijing", "原创 王海涛 欧亚观察 2024-08-12"): the author's name (two words) and the account's when four words
        at least stand there, else the account's name alone."""
        words = wx.group("names").split()
        if len(words) >= 4:
            self.add_authors(" ".join(words[:2]))
            words = words[2:]
        if not self.art.source:
            self.set_source(" ".join(words))

    def place_over_date(self, e: int) -> bool:
        """Whether the line after ``e`` is a date line (a date with its time or weekday, nothing else but a dash)."""
        t = self.text
        a = e
        while a < len(t) and t[a] in " \t\r\n":
            a += 1
        b = t.find("\n", a)
        b = len(t) if b < 0 else b
        hits = _find_dates(t, a, b) if 0 < b - a <= 60 else []
        return len(hits) == 1 and hits[0].strong and hits[0].start - a <= 1

    def name_before_date(self, s: int, e: int, one: _DateHit) -> str:
        """The people's names opening the line ``text[s:e]`` before a dash and its only date ``one``, nothing but the
        time after it ("Iryna Kutielieva — Tuesday, 4 June 2024, 14:22"), or ''. A place ("Hong Kong — 4 June
        2024"), a section or an outlet before the dash is no name: two names at least, or a name of two words
        whose first is a given name's form (no place's: not "New", "San", "Hong")."""
        nd = _NAME_DASH.fullmatch(self.text, s, one.start)
        if nd is None or _LETTER.search(_after_date(self.text[one.end:e], one.iso)):
            return ""
        names = nd.group(1)
        if not _PERSONS.fullmatch(names) or _outlet_like(names) or _is_section(names) or _agency_of(names.split()[0]):
            return ""
        if names.split()[0] in _PLACE_FIRST_WORDS:
            return ""
        return names

    def md_line(self, s: int, e: int, t: str) -> str:
        """Kind of a Markdown line made of links or images: images alone (with the links around them) are a photo
        ("caption", its alt text the caption); links alone, or a lead-in and links ("**READ MORE:** [...](...)"),
        page furniture; a link followed by the site, byline and date ("[Original article](https://...) ·
        politico.eu · by Stuart Lau · May 20, 2024", Instapaper) header fields, the link the article's URL. ''
        for any other line (a story sentence with a link in it)."""
        links = list(_MD_LINK.finditer(t))
        if not links:
            return ""
        pos, rest = 0, []
        for m in links:
            rest.append(t[pos:m.start()])
            pos = m.end()
        rest.append(t[pos:])
        bare = "".join(rest).strip(" \t*_>|·•:,;-–—")
        images = sum(1 for m in links if m.group("img") or m.group("text").lstrip().startswith("!["))
        if not bare:
            if images == len(links):
                return "caption"
            if sum(_nwords(_md_visible(m.group("text"))) for m in links) > _LINK_WORDS:
                return ""
            if len(links) == 1 and _MD_ORIGINAL.fullmatch(links[0].group("text").strip(" *_")):
                self.set_url(links[0].group("url"))  # "[Original article](https://...)": the page itself
            return "boilerplate"
        if not images and _is_lead_in(bare):
            return "boilerplate"  # "Read more: [...](...)"
        first = links[0]
        if len(links) == 1 and t[:first.start()].strip(" *_") in ("By", "by", "BY") and not images:
            return self.md_linked_byline(s, e, first)
        if len(links) == 1 and not t[:first.start()].strip(" *_") and _MD_FIELDS.match(t, first.end()):
            kind = self.md_link_fields(s, e, first)
            if not kind and _MD_ORIGINAL.fullmatch(first.group("text").strip(" *_")):
                self.set_url(first.group("url"))  # "[Original article](https://...) · politico.eu"
                kind = "header"
            return kind
        return ""

    def md_linked_byline(self, s: int, e: int, link: re.Match) -> str:
        """Kind of a byline whose names link to the author's page, maybe with the date after a bullet or bar ("By
        [Kari Lindholm](https://.../author/kari-lindholm/) · October 7, 2024"): 'date' or 'byline', '' when the
        link's text is no names or the rest is no date."""
        t = self.text
        names = _md_visible(link.group("text")).strip()
        if not _NAME_LINE.fullmatch(names) or _NOT_NAME_WORDS.search(names):
            return ""
        dates = []
        if t[s + link.end():e].strip(" *_"):
            if not _MD_FIELDS.match(t, s + link.end()):
                return ""
            for fm in _MD_FIELD.finditer(t, s + link.end(), e):
                a, b = self.strip(fm.start(), fm.end())
                if a >= b:
                    continue
                hits = _find_dates(t, a, b)
                if len(hits) != 1 or not hits[0].iso or _LETTER.search(
                        _LABEL.sub("", t[a:hits[0].start]) + t[hits[0].end:b]):
                    return ""
                dates.append(hits[0])
        self.add_authors(names)
        self.dates.extend(dates)
        return "date" if dates else "byline"

    def md_link_fields(self, s: int, e: int, link: re.Match) -> str:
        """Kind of a line of a link, then fields apart by bullets or bars: a date, a byline ("by X") and at most
        one other short field (the site); '' when the fields are not that, or hold no date or byline."""
        t = self.text
        dates, names, others = [], [], []
        for fm in _MD_FIELD.finditer(t, s + link.end(), e):
            a, b = self.strip(fm.start(), fm.end())
            if a >= b:
                continue
            f = t[a:b]
            hits = _find_dates(t, a, b)
            if len(hits) == 1 and hits[0].iso and not _LETTER.search(
                    _LABEL.sub("", t[a:hits[0].start]) + t[hits[0].end:b]):
                dates.append(hits[0])
            elif (bm := _BYLINE.fullmatch(f[:1].upper() + f[1:])) and not bm.group("rest"):
                names.append(bm.group("names"))
            elif _nwords(f) <= 5 and not others and not _URL_VALUE.fullmatch(f):
                others.append(f)
            else:
                return ""
        if not (dates or names):
            return ""
        self.set_url(link.group("url"))
        self.record_fields(dates, names, others)
        return "date" if dates else "byline"

    def set_url(self, value: str) -> None:
        """The article's URL, when none is known yet and ``value`` is one."""
        m = _URL_VALUE.fullmatch(value.strip())
        if m and not self.art.url:
            self.art.url = m.group(1)

    def record_fields(self, dates: list[_DateHit], names: list[str], outlets: list[str]) -> None:
        """Record what a line of header fields gave: its dates (and their problems), authors and outlets."""
        for h in dates:
            self.dates.append(h)
            if h.problem:
                self.problem(h.problem)
        for n in names:
            self.add_authors(n)
        for o in outlets:
            self.set_source(o)

    def fields_line(self, s: int, e: int) -> str:
        """Kind of a line of header fields apart by bars, bullets or spaced slashes ("By CAO DESHENG | China Daily
        | Updated: 2024-05-17 07:17", "RFE/RL / by Reid Standish / Thu, 16 May 2024 14:05:00 +0000"): a date or
        a byline among fields that are each a date, a byline, an outlet or page furniture ("3 min read"), and at
        most one other short capitalized field (the outlet) when both are there. '' for any other line; the
        fields are recorded only when the line is one."""
        t = self.text
        cuts = [(m.start(), m.end()) for m in _FIELD_SEP.finditer(t, s, e)]
        bounds = [s] + [x for c in cuts for x in c] + [e]
        fields = [self.strip(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
        fields = [(a, b) for a, b in fields if a < b]
        if len(fields) < 2:
            return ""
        dates, names, outlets, others, sections = [], [], [], [], []
        rubric = False  # a section read by its words only (_RUBRIC_WORDS)
        helped: list[tuple[str, str]] = []  # a byline's names and who helped them
        for a, b in fields:
            f = t[a:b]
            hits = _find_dates(t, a, b)
            if len(hits) == 1 and hits[0].iso and not _LETTER.search(
                    _DATELINE_PLACE.sub("", _LABEL.sub("", t[a:hits[0].start]), count=1)
                    + _ZONE_AFTER.sub("", t[hits[0].end:b])):
                # (a time zone after it: "Updated: Oct 22, 2024, 21:41 IST"; the dateline's place and a comma
                # before it: "Синьхуа | Пекин, 9 апреля 2024")
                dates.append(hits[0])
            elif _DESK.fullmatch(f):
                continue  # the desk that filed it, no person: "TOI World Desk", "Web Desk"
            elif _DOMAIN_NAME.fullmatch(f):
                outlets.append(f)  # the site, by its address: "TIMESOFINDIA.COM"
            elif (bm := _BYLINE.match(f) or _BYLINE.match(f[:1].upper() + f[1:])) and not bm.group("rest"):
                if bm.group("with"):
                    helped.append((bm.group("names"), bm.group("with")))  # "By Euronews with AP • Updated: ..."
                else:
                    names.append(bm.group("names"))
            elif _is_section(f):
                sections.append(f)  # "Politics | May 16, 2024"; "By ... / Jan 22, 2024 05:14 PM / Economy"
            elif _OUTLET.fullmatch(re.sub(r"\s*\([^()]{1,30}\)$", "", f)) or _agency_of(f):
                outlets.append(f)  # "Financial Times (UK)"
            elif nd := _NAMES_AT_PLACES.fullmatch(f):
                names.extend(m.group("name") for m in _NAME_AT_PLACE.finditer(nd.group(0)))
            elif " on " in f and (on := _NAMES_ON_FEED.fullmatch(f)):
                names.append(on.group("names"))
                outlets.append(on.group("feed"))
            elif dates and _PERSONS.fullmatch(f) and (_nwords(f) > 3 or "·" in t[s:e] or "•" in t[s:e]):
                # people after the date, without a "By": "4 октября 2024 г. 21:40 · Дмитрий Гринкевич, Максим Иванов"
                # (one name of two words after a bar may be a place: "May 16, 2024 | Hong Kong")
                names.append(f)
            elif _is_boilerplate(f) or f.isdigit() or _ISSUE_NO.fullmatch(f):
                continue  # (a newsletter's or magazine's issue: "Issue #112 | April 4, 2025")
            elif dates and f.isupper() and _nwords(f) <= 3 and _LETTER.search(f):
                continue  # the dateline's place after the date: "May 23rd 2024 | BEIJING"
            elif len(fields) == 2 and _RUBRIC_WORDS.fullmatch(f) and f.split(" ", 1)[0] not in _NOT_RUBRIC_FIRST:
                sections.append(f)  # a rubric the sections' list lacks, in sentence case: "Weekly digest | July 5, 2024"
                rubric = True
            else:
                others.append(f)
        if not (dates or names or helped) or len(others) > (1 if dates and (names or helped) else 0):
            return ""
        if rubric and not dates:
            return ""  # a rubric's words beside no date: nothing says the line is the header's ("Politics | By
            # John Smith", a section the list knows, stays a byline line)
        if others and (_nwords(others[0]) > 4 or not others[0][:1].isupper()):
            return ""
        self.record_fields(dates, names, outlets + others)
        for who, with_ in helped:
            self.byline_names(who, with_)  # as a byline line of its own reads them (the outlet's one word, agencies)
        if sections and not self.art.section:
            self.art.section = sections[0]
        return "date" if dates else "byline"

    def source_field(self, vs: int, e: int) -> None:
        """Record the value text[vs:e] of a "Source:" line. "Xinhua| 2024-05-16 21:33:50|Editor: huaxia" holds
        fields apart by bars: the source is the first, and a date among the others is the article's. An e-mail
        sender's address is left out ("From: Foreign Policy <newsletters@foreignpolicy.com>")."""
        value = re.sub(r"\s*<[^<>@\s]+@[^<>\s]+>", "", self.text[vs:e])
        if value[:4] == "http" and _URL_VALUE.fullmatch(value.strip()):
            # "Source: https://www.rferl.org/a/...": the page, not the outlet's name; the outlet is then the site's
            # (parse_text: the known outlet on that site, or its host). Under the story's text (two paragraphs ending
            # in a full stop above it, after the headline) it is what the story cites ("Source:
            # https://www.gao.gov/products/..."): neither the page's address nor its outlet
            if not self.under_story(vs):
                self.set_url(value)
            return
        label = _LABEL_ANY.search(value)  # "Source: Global Times Published: 2024/5/16 22:12:49"
        if ("№" in value or ", N" in value) and (cite := _ISSUE_CITATION.match(value)) is not None and \
                (issued := [h for h in _find_dates(self.text, vs, e) if h.iso]):
            # a press database's citation of the issue: the outlet, then its city, number, date and page (a number
            # without a date cites no issue: "Источник: Иван Петров, № 5 в списке" keeps its reading)
            self.set_source(cite.group("name"))
            self.dates.extend(issued)
            return
        if "|" not in value and "│" not in value and label is None:
            self.set_source(value)
            return
        self.set_source(re.split(r"[|│]", value[:label.start()] if label else value, maxsplit=1)[0])
        for h in _find_dates(self.text, vs, e):
            if h.problem:
                self.problem(h.problem)
            if h.iso:
                self.dates.append(h)

    def factiva_kind(self, s: int, e: int) -> str | None:
        """Kind of a line of a Factiva export: a field ("PD 21 March 2023", or "PD" alone with its value on the
        next line), or None for a line that is not one (story text, or "LP"/"TD" with the story's text after
        it, which :meth:`body_paragraph` splits off)."""
        t = self.text
        code, self.factiva_pending = self.factiva_pending, ""
        if code:  # the value of a code alone on the line before
            return self.factiva_field(code, s, e)
        m = _FACTIVA_CODE.match(t, s, e)
        if m is None:
            # a line above the record's first field is the service's label ("Factiva"): the HD field is the title
            return None if self.factiva_fields else "header"
        self.factiva_fields = True
        code, vs = m.group(1), m.end()
        if not t[vs:e].strip():
            if code not in _FACTIVA_TEXT_CODES:
                self.factiva_pending = code
            return "header"
        if code in _FACTIVA_TEXT_CODES:
            return None
        return self.factiva_field(code, vs, e)

    def factiva_display_kind(self, s: int, e: int) -> str | None:
        """Kind of a header line of a Factiva article in the display layout, by its place after the word count
        (the fields of :meth:`factiva_field` without their codes), or None: the title and byline before the
        word count, and every line from the first that is none of the expected fields, go to the other
        rules."""
        t = self.text[s:e].strip()
        state = self.factiva_display
        if state == "WC":
            if _WORD_COUNT_LINE.match(t):
                self.factiva_display = "PD"
                if self.title_span:
                    self.title_confirmed()  # the line before the byline and word count is the headline
                return "header"
            return self.factiva_display_head(s, e, t)
        if state == "PD":
            kind = self.factiva_field("PD", s, e)
            self.factiva_display = "ET" if kind == "date" else ""
            return kind if kind == "date" else None
        if state == "ET":
            self.factiva_display = "SN"
            if re.fullmatch(r"\d{1,2}:\d{2}", t):
                return self.factiva_field("ET", s, e)
            state = "SN"
        if state == "SN":
            self.factiva_display = "rest"
            if 0 < _nwords(t) <= 8 and t[-1:] not in ".!?:;":
                return self.factiva_field("SN", s, e)
            self.factiva_display = ""
            return None
        # after the source: its code ("LBA"), edition or page, the language; the copyright ends the fields
        if t[:1] in "©(" or t.lower().startswith("copyright"):
            self.factiva_display = ""
            return "credit" if credit_start(t) == 0 else None
        if 0 < _nwords(t) <= 3 and t[-1:] not in ".!?:;":
            return "header"
        self.factiva_display = ""
        return None

    def factiva_display_head(self, s: int, e: int, t: str) -> str | None:
        """Kind of a line over the word count of a Factiva article in the display layout, read by the lines left
        between it and the word count: the layout is [section] headline [byline] word count, so a short first line
        is the section when the headline alone or the headline and a name follow it, the line after it the headline,
        and a name right over the word count under the headline the byline ("Деловые новости" / "Пекин и Москва
        ..." / "Анастасия Веденеева" / "512 слов"). A headline wrapped over two lines is no section over its headline
        (its second line goes on in lower case: "Beijing and Moscow agree" / "on coal deliveries by land"), nor is its
        second line in capitals under a headline in capitals a byline ("CHINA, RUSSIA AGREE" / "ON COAL DELIVERIES"); a
        section names no number (a date or a page over the headline, "13 May 2024", "Page 4", is none). None otherwise (the other rules read the line)."""
        rest = self.lines_to_word_count(e)
        if rest is None:
            return None
        name = _PERSONS.fullmatch
        if self.title_span is None and not self.art.section and 0 < _nwords(t) <= 5 and t[-1:] not in _TERMINAL and (
                (len(rest) == 1 and not name(rest[0])) or (len(rest) == 2 and name(rest[1]) and not name(rest[0]))) \
                and not rest[0][:1].islower() and not _DIGITS.search(t):
            self.art.section = t
            return "section"
        if self.title_span is None and self.art.section and (not rest or (len(rest) == 1 and name(rest[0]))):
            return self.factiva_field("HD", s, e)
        if self.title_span is not None and not rest and _nwords(t) <= 6 and name(t) and not (
                t.isupper() and self.text[self.title_span[0]:self.title_span[1]].isupper()):
            return self.factiva_field("BY", s, e)
        return None

    def lines_to_word_count(self, e: int) -> list[str] | None:
        """The non-blank lines (stripped) between ``e`` and the word count line of a Factiva article in the display
        layout, when it comes within three lines; None when it does not."""
        t, out, pos = self.text, [], e
        while len(out) <= 3:
            nl = t.find("\n", pos + 1)
            a, b = pos + 1, (len(t) if nl < 0 else nl)
            if a > len(t):
                return None
            line = t[a:b].strip()
            if line:
                if _WORD_COUNT_LINE.match(line):
                    return out
                out.append(line)
            if nl < 0:
                return None
            pos = nl
        return None

    def proquest_kind(self, s: int, e: int) -> str | None:
        """Kind of a line of a library database's record (ProQuest, EBSCOhost, Gale; see _PROQUEST_FIELD): its fields
        ("Author: Pierson, David" and "Authors: Harrington, Paul" are David Pierson and Paul Harrington; the source
        from "Publication title:", "From:", or the first part of "Publication info:" or "Source:", whose date is the
        publication date when no field gives one; "Publication date:", "Date:"; "Section:"), a field's value going
        on over the lines under it with no blank line between ("Subject Terms: *RAILROADS" / "*INTERNATIONAL
        trade"), the "ProQuest document link" line, Gale's "Source Citation" label and the citation under it,
        EBSCOhost's copyright notice, and the headline, the first line that is none of these. None for other lines
        and for "Full text:", whose story text :meth:`body_paragraph` splits off."""
        t = self.text[s:e].strip()
        if t == "ProQuest document link":
            return "boilerplate"
        if t.startswith("Source Citation") and _CITATION_LABEL.fullmatch(t):
            self.record_cite = True
            return "boilerplate"
        if t.startswith("Copyright of ") and _RECORD_COPYRIGHT.fullmatch(t):
            return "boilerplate"
        m = _PROQUEST_FIELD.fullmatch(t)
        if m is None:
            if self.record_cite and t:
                self.record_cite = False
                return "boilerplate"  # 'Ellison, Margaret. "Russia and China ..." The Christian Science Monitor, ...'
            if 0 <= self.record_end < s and self.text.count("\n", self.record_end, s) == 1:
                self.record_end = e
                return "header"  # a field's value going on: "*INTERNATIONAL trade" under "Subject Terms: *RAILROADS"
            if not self.title_span and t and not _is_boilerplate(t) and _nwords(t) <= 30:
                self.set_title(*self.strip(s, e))
                self.art.title = self.clean(*self.title_span)
                return "title"
            return None
        key, value = m.group("key").lower(), " ".join(m.group("value").split())
        if key == "full text":
            self.record_end = -1
            return None
        self.record_end = e
        if key in ("author", "authors"):
            for name in re.split(r"\s*;\s*", value):
                last, sep, given = name.partition(", ")
                self.add_authors(f"{given} {last}" if sep and " " not in last.strip() else name)
            return "byline"
        if key in ("publication title", "publication info", "source", "from"):
            if not self.art.source and value:
                # "Financial Post. 11/14/2023, pFP4. 1p.": the publication is the part before its date and pages
                self.set_source(re.split(r"\s*[;,:]\s*|\.\s", value)[0].rstrip("."))
            if key == "source":
                self.print_dates.extend(h for h in _find_dates(self.text, s + m.start("value"), e) if h.iso)
            return "source"
        if key in ("publication date", "date"):
            hits = [h for h in _find_dates(self.text, s + m.start("value"), e) if h.iso]
            if hits:
                hits[0].label = "published"
                self.dates.append(hits[0])
                return "date"
        if key == "title" and not self.title_span and value:
            va, vb = self.strip(s + m.start("value"), e)
            if value[-1:] == "." and value[-2:-1].islower():
                vb -= 1  # EBSCOhost ends every title with a full stop ("Title: ... Europe's doorstep."): not the headline's
            self.title_span = (va, vb)
            self.art.title = self.text[va:vb]
            return "title"
        if key == "section" and value and not self.art.section:
            self.art.section = _section_value(value)
        return "header"

    def factiva_field(self, code: str, vs: int, e: int) -> str:
        """Record the Factiva field ``code`` whose value is text[vs:e]; return the line's kind."""
        t = self.text
        value = " ".join(t[vs:e].split())
        if code == "HD":
            if not self.title_span and value:
                self.title_span = self.strip(vs, e)
                self.art.title = value
                return "title"
            return "header"
        if code == "BY":
            value = re.sub(r"^(?:By|BY)\s+", "", value)
            sw = _STAFF_NAMES.fullmatch(value) if value.endswith(_STAFF_ENDS) else None
            self.add_authors(sw.group("names") if sw else value)  # "HIROSHI TAKEMURA, Nikkei staff writer"
            return "byline"
        if code == "SN":
            self.set_source(value)
            return "source"
        if code == "PD":
            for h in _find_dates(t, vs, e):
                if h.problem:
                    self.problem(h.problem)
                if h.iso:
                    h.label = "published"
                    self.dates.append(h)
                    return "date"
            return "header"
        if code == "ET":  # the time of the day PD gave: "ET 18:42"
            tm = re.fullmatch(r"(\d{1,2}):(\d{2})", value)
            last = next((h for h in reversed(self.dates) if h.label == "published"), None)
            if tm and last is not None and len(last.iso) == 10 and int(tm.group(1)) < 24 and int(tm.group(2)) < 60:
                last.iso += f"T{int(tm.group(1)):02d}:{tm.group(2)}"
            return "date"
        return "header"

    @staticmethod
    def byline_rest_ok(rest: str | None) -> bool:
        if not rest:
            return True
        if _agencies_in(rest):
            return True
        words = rest.split()
        # "Moscow correspondent", "Moscow bureau chief", "Senior Fellow at Carnegie": what and where the writer is
        return len(words) <= 6 and all(w[:1].isupper() or w.lower() in _BYLINE_REST_WORDS or _JOB_WORD.fullmatch(w)
                                       or (w[-1:] == "s" and _JOB_WORD.fullmatch(w[:-1])) for w in words)

    def set_source(self, value: str) -> None:
        if "](" in value or "[[" in value:
            value = _md_visible(_WIKILINK.sub(r"\1", value))  # "Source: [The Japan Times](https://...)"
        value = " ".join(value.split()).strip(" .,;|")
        if value.endswith("agencies") and (ag := _AND_AGENCIES.search(value)):
            value = value[:ag.start()]  # "Source: Al Jazeera and news agencies": the outlet, helped by wires unnamed
        if not value:
            return
        if "," in value and len(value) <= 120:
            parts = [x.strip() for x in value.split(",")]
            ags = [a for a in map(_agency_of, parts) if a]
            if ags and len(ags) < len(parts):
                # "Источник: пресс-служба Кремля, РИА Новости": where the story's facts come from, an agency among
                # them; the agencies are named, the list is no outlet
                for a in ags:
                    self.add_agency(a)
                return
        if "," in value and (cl := _SOURCE_CLAUSE.search(value)):
            value = value[:cl.start()]  # "Eurasian Observation, compiled from Russian media reports"
        if ":" in value and (vm := _ISSUE_FIELDS.search(value)) and vm.start() > 0:
            value = value[:vm.start()]  # "Publication: Eurasia Daily Monitor Volume: 21 Issue: 142": the issue's fields
        if not self.art.source:
            self.art.source = value
        a = _agency_of(value)
        if a:
            self.add_agency(a)

    def byline_names(self, names: str, helped: str | None = None) -> None:
        """The names of a "By" line, and who helped (``helped``: "By Euronews with AP"). A name of one word that is
        no agency is the outlet's ("By Euronews"): people sign with two names at least."""
        one = names.strip(" .")
        if " " not in one and not _agency_of(one) and one.lower() not in _NOT_OUTLETS:
            self.set_source(one)
        else:
            self.add_authors(names)
        if helped:
            found = _agencies_in(helped)
            for a in found:
                self.add_agency(a)
            if not found and helped.lower() not in ("agencies", "wires"):
                self.add_authors(helped)

    def add_authors(self, names: str, *, outlets_known: bool = True) -> None:
        """Add the people of a byline ``names`` as authors (its outlets, agencies, places and jobs where they
        belong). ``outlets_known=False`` for a record's own author field (a table's column, a feed item's author): its
        names are the record's, not a line whose form the page leaves in doubt, so the list of known outlets
        (:func:`outlets`) does not read them as the outlet (the record's source column names that)."""
        if "](" in names or "[[" in names:
            names = _md_visible(_WIKILINK.sub(r"\1", names))  # "Author: [Jesse Johnson](https://...)", "[[Name]]"
        if outlets_known and len(names) <= 60 and (outlet := _byline_outlet(names)):
            # a known outlet's name alone where a byline stands ("Голос Америки" under the headline, "By Foreign
            # Policy"): the outlet, no person; one whose name is an agency's is credited as "By Reuters" is
            if ag := _agency_of(outlet):
                self.add_agency(ag)
            else:
                self.set_source(outlet)
            return
        if "(" in names or "/" in names:  # "Camille Roussel (Beijing, correspondent)", "MAYU SATO/ Staff Writer"
            for note in _NAME_NOTES.finditer(names):
                ags = [_agency_of(x) for x in re.split(r"\s*,\s*", note.group(0).strip(" ()"))]
                for ag in ags if all(ags) else []:
                    self.add_agency(ag)  # "Jane Doe (Reuters)", "By Hoai Linh (Reuters, AFP)"
            names = _NAME_NOTES.sub("", names)
        if self.text is self.masked and self.markup and "        " in names:
            # read by its words (:meth:`by_words`): names in elements of their own, a tag's blanks between them, are
            # names apart ("Авторы <a ...>Анна Балашова</a><a ...>Петр Канаев</a>")
            names = re.sub(r"[^\S\n]{8,}", ", ", names.strip())
        parts = _AUTHOR_SPLIT.split(names)
        for k, part in enumerate(parts):
            part = " ".join(part.split()).strip(" .")  # (one space between words: a tag blanked out between them)
            if k and (_OUTLET.fullmatch(part) or _ACRONYM.fullmatch(part) or (outlets_known and _byline_outlet(part))):
                self.set_source(part)  # "By Simone McCarthy, CNN", "Jane Doe, The Moscow Times": the outlet
                continue
            if k and part.split()[:1] and part.split()[0] in _PLACE_FIRST_WORDS and _nwords(part) <= 3:
                continue  # "By Karan Mehrotra, New Delhi": where the writer filed from
            if k and _JOB_TITLE.fullmatch(part):
                continue  # "By JANE DOE, Staff Writer", "Jane Doe, Moscow Correspondent": what the writer is
            part = _IN_PLACE.sub("", part)  # "Laurie Chen in Beijing" is Laurie Chen
            tail = _rx()["agency_tail"].search(part)
            if tail:
                self.add_agency(_agency_of(tail.group(0)))
                part = part[:tail.start()]
            if not part or _agency_of(part):
                if part:
                    self.add_agency(_agency_of(part))
                continue
            if _DESK.fullmatch(part) and (k or not part.endswith(("Bureau", "bureau"))):
                # "Reporting by Liz Lee and Beijing newsroom": a desk helped, no person; "News Desk" alone on the line
                # above the date is the desk that filed the story, no person either ("Jean Bureau" alone there is a
                # person: Bureau is a surname as well)
                continue

            if part not in self.art.authors:
                self.art.authors.append(part)

    # --- header ---------------------------------------------------------------------------------
    def anchors(self, u: _Unit) -> list[tuple[str, int, int]]:
        """Header anchors inside one unit, sorted and non-overlapping: (kind, start, end)."""
        t, s, e = self.text, u.start, u.end
        found: list[tuple[str, int, int, object]] = []
        label, self.date_label = self.date_label, ""
        # a line read by its words when tags are inside it ("Nov. 8, 2023</time><span ...>Updated: Nov. 8, 2023")
        tm = self.masked if self.markup and self.has_markup(s, e) else t
        hits = _find_dates(tm, s, e)
        span = e - s if tm is t else len(" ".join(tm[s:e].split()))
        for j, h in enumerate(hits):
            if label and h.iso and not h.label:
                h.label, label = label, ""  # the label was the unit above ("Updated" / "2:02 PM GMT+3, July 25, 2024")
            nxt = hits[j + 1] if j + 1 < len(hits) else None
            # (a date, then a labelled one: "Nov. 8, 2023 Updated: Nov. 9, 2023": the first is the line's own date)
            after = _LABEL.sub("", tm[h.end:nxt.start]) if nxt is not None and nxt.label else tm[h.end:e]
            whole = bool(h.iso) and span - (h.end - h.start) < 60 and not _LETTER.search(
                _LABEL.sub("", tm[s:h.start]) + after)
            if h.label or h.strong or whole:
                found.append(("date", h.start, h.end, h))
        for m in _SOURCE.finditer(t, s, e):
            found.append(("source", m.start(), m.end(), None))
        for m in _INLINE_BOILER.finditer(t, s, e) if _INLINE_BOILER_GATE.search(t, s, e) else ():
            found.append(("boilerplate", m.start(), m.end(), None))
        found.sort(key=lambda a: (a[1], -a[2]))
        out, last = [], s
        for kind, a, b, h in found:
            if a < last:
                continue
            if kind == "date":
                self.header_dates.append(h)
                if h.problem:
                    self.problem(h.problem)
            out.append((kind, a, b))
            last = b
        # a Source: value runs to the next anchor, or is a short name
        fixed = []
        for i, (kind, a, b) in enumerate(out):
            if kind == "source":
                nxt = out[i + 1][1] if i + 1 < len(out) else e
                b = self.source_value_end(b, nxt)
                self.set_source(t[out[i][2]:b])
            fixed.append((kind, a, b))
        return fixed

    def source_value_end(self, vs: int, limit: int) -> int:
        t = self.text
        value = t[vs:limit]
        if _nwords(value) <= 4 or limit < len(t) and limit != self.unit_end_of(vs):
            return limit
        m = _rx()["agency_head"].match(value) or re.match(rf"\s*{_CAP}[\w.&'’\-]*(?:\s{_CAP}[\w.&'’\-]*){{0,3}}", value)
        return vs + m.end() if m else limit

    def on_own_line(self, s: int, e: int) -> bool:
        """Whether text[s:e] has nothing but white space beside it on its line (units are cut at newlines
        and tags, so anything else there is a tag). Looks only across the white space next to the span."""
        if not self.markup:
            return True  # units are whole lines when there are no tags
        t = self.text
        # In a text copy with a few tags, a tag beside the span on its line ("A pact<br>") is no text; in an HTML
        # page (paragraphs from block elements) only a heading's context makes a unit a line of its own.
        skip = not self.html_blocks
        i = s
        while True:
            while i > 0 and t[i - 1] != "\n" and t[i - 1].isspace():
                i -= 1
            if skip and i > 0 and t[i - 1] == ">" and (ms := self.markup_by_end.get(i)) is not None:
                i = ms
                continue
            break
        if i > 0 and t[i - 1] != "\n":
            return False
        j, n = e, len(t)
        while True:
            while j < n and t[j] != "\n" and t[j].isspace():
                j += 1
            if skip and j < n and t[j] == "<" and (me := self.markup_by_start.get(j)) is not None:
                j = me
                continue
            break
        return j >= n or t[j] == "\n"

    def unit_start_of(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def unit_end_of(self, pos: int) -> int:
        nl = self.text.find("\n", pos)
        return len(self.text) if nl < 0 else nl

    def header(self, units: list[_Unit]) -> tuple[int, int | None]:
        """Read header units; return (index of the first body unit, body start offset inside it or None)."""
        hint_title = _norm(_TAG.sub(" ", self.hint_title))  # compared by its words: tags in a title cell left out
        first = self.front_matter(units) if self.front is not None else 0
        md_first = first  # the first unit after the front matter: a "# Title" line there is the title
        title_unit = first - 1 if self.title_span else -2  # the unit of the title (a dek may follow it)
        h1 = next((k for k, u in enumerate(units) if u.ctx == "h1"), 0) if self.markup and not first else 0
        if not h1 and self.markup and not first and hint_title and self.html_blocks:
            # no <h1>: the block repeating the page's metadata headline word for word plays its part (RIA Novosti
            # prints the headline in a <div>), under the <title> that gives it with the site's name
            h1 = next((k for k, u in enumerate(units[:60]) if k and not u.ctx and _nwords(
                self.text[u.start:u.end]) <= 60 and _norm(self.clean(u.start, u.end)) == hint_title), 0)
        if h1 and any(_nwords(self.text[u.start:u.end]) > 40 for u in units[:h1]):
            h1 = 0  # a paragraph of a story before the <h1>: the <h1> is not the page's headline
        if h1:  # a saved page: before its headline, the site's banners and menus (and maybe the date or byline)
            kinds = ["header" if u.ctx == "title" else (self.line_kind(u.start, u.end) or "boilerplate")
                     for u in units[:h1]]
            kicker = self.page_kicker(units, h1, kinds)
            for k, (u, kind) in enumerate(zip(units[:h1], kinds, strict=True)):
                self.add("section" if k == kicker else "header" if kind == "title" else kind, u.start, u.end)
            first = h1
        elif not self.markup and self.text.startswith("Gmail"):
            first = self.mail_print(units)
        elif not self.markup and any(self.text.find(w, 0, 6000) >= 0 for w in _FORWARD_WORDS):
            first = self.forwarded(units)
        if first < len(units) and not self.markup and self.text.startswith("The Wayback Machine", units[first].start):
            first = self.archive_banner(units, first)
        # a "Headline:"/"Title:" field among the first lines (a media-monitoring clip: "Meltwater" / "Media Monitoring
        # Report" / "Headline: ..." / "Source: ..."): it gives the title, and the free lines above it are the
        # service's labels, not a headline
        kv_title = None if (self.markup or self.hint_title or self.factiva or self.proquest or self.factiva_display) \
            else next((k for k in range(first, min(len(units), first + 15)) if self.title_field(units[k])), None)
        plan = None if (self.markup or self.hint_title or self.factiva or self.proquest or self.factiva_display
                        or kv_title is not None) else (self.headline_repeated(units, first)
                                                       or self.headline_after_labels(units, first))
        if plan is None and not (self.markup or self.hint_title or self.factiva or self.proquest
                                 or self.factiva_display or kv_title is not None):
            plan = self.headline_above_meta(units, first) or self.headline_under_meta(units, first)
        if plan is not None and plan[1] > first:
            self.caps_menu = self.menu_in_capitals(units[first:plan[1]])  # (not the label right above the headline)
        player, player_end = False, 0  # under an audio player's "Listen to this story" line, and where it ends
        # the header's lines: fifteen, or down to the lines under a headline found below a long menu
        reach = first + 15 if plan is None else max(first + 15, plan[0] + 6)
        for ui, u in enumerate(units[first:reach], start=first):
            if u.start in self.taken:
                continue  # a line read with the one before it ("in Beijing" under a byline's name)
            if u.ctx == "title" and (self.title_span or any(v.ctx == "h1" for v in units)):
                self.add("header", u.start, u.end)  # the page <title>; the <h1> is the headline
                continue
            if u.ctx in ("h1", "title") and not self.title_span:
                self.set_title(u.start, u.end)
                continue
            if self.title_span and _norm(self.clean(u.start, u.end)) == _norm(self.clean(*self.title_span)):
                self.add("title_repeat", u.start, u.end)
                self.title_confirmed()
                title_unit = ui
                continue
            if self.title_span and _relative_time(self.text[u.start:u.end].strip()):
                self.add("date", u.start, u.end)  # "вчера, 18:40" under the headline: a date line with no date to read
                continue
            if ui == md_first and self.text.startswith("# ", u.start) and self.md_title(u):
                title_unit = ui
                continue
            if ui == title_unit + 1 and self.markdown and self.md_dek(u):
                continue
            if self.title_span and self.html_blocks and not u.ctx and (name := self.author_link(u)):
                # the writer's name linked to their page under the headline ("<a rel="author" href=".../profile/amy-
                # hawkins">Amy Hawkins</a> Senior China correspondent"; "The Moscow Times" linked to /author/...): the
                # byline, its words after the name what the writer is; an outlet's name is no author, nor is the
                # site's own (the <title>'s last part)
                self.add("byline", u.start, u.end)
                if not _outlet_like(name) and not self.title_site(name):
                    self.add_authors(name)
                continue
            if u.ctx == "figcaption" and self.title_span and self.html_blocks:
                # a saved page's lead photo under the headline: its <figcaption> is the caption, whatever its words
                # ("... on Wednesday.Credit...Pool photo by ...": no credit the text rules know)
                self.add("caption", u.start, u.end)
                self.add_caption(u.start, u.end)
                continue
            kind = self.line_kind(u.start, u.end)
            if kind == "date" and self.date_label:
                kind = ""  # the date under its label's element ("Updated" / "July 25, 2024"): read with the label
            if player and not kind and _nwords(line := self.text[u.start:u.end]) <= 15 and not self.is_meta_unit(
                    u, dated=True) and credit_start(line) is None and not self.person_line(line) and (
                    line[-1:] not in _TERMINAL or not _BLANK_LINE.search(self.text, player_end, u.start)):
                # under a "Listen to this story" line, the audio player's short lines up to the story: in its block
                # ("Enjoy more audio and podcasts on iOS or Android.", "Your browser does not support the <audio>
                # element."), or without a final mark ("OK")
                self.add("boilerplate", u.start, u.end)
                player_end = u.end
                continue
            player = kind == "boilerplate" and (player or _LISTEN_LINE.match(self.text, u.start, u.end) is not None)
            player_end = u.end
            if not kind and kv_title is not None and ui < kv_title:
                kind = "header"  # a label above the clip's "Headline:" field
            if not kind and self.markdown and (w := _MD_WRAPPED.fullmatch(self.text, u.start, u.end)):
                kind = self.line_kind(u.start + len(w.group(1)), u.end - len(w.group(1)))  # "*By Jane Smith*"
                if not kind and self.pieces and self.md_image_caption(self.pieces[-1], u.start, u.end):
                    kind = "caption"  # "*The container ship ... (Rosatom)*" under the image above the byline
            elif not kind and self.markdown and self.pieces and self.pieces[-1][0] == "caption" and self.md_image_caption(
                    self.pieces[-1], u.start, u.end):
                kind = "caption"  # the same caption in plain text, on the image's next line
            if kind:
                self.add(kind, u.start, u.end)
                if kind in ("caption", "credit"):
                    self.add_caption(u.start, u.end)
                continue
            if (plan is not None and ui == plan[0] + 1 and self.title_span and plan[1] > first and ui + 1 < len(units)
                    and self.text[u.start:u.end] == self.text[units[first].start:units[first].end]
                    and _norm(self.clean(units[ui + 1].start, units[ui + 1].end)) == _norm(self.clean(*self.title_span))):
                self.add("header", u.start, u.end)  # the masthead printed again over the headline printed again
                continue
            if plan is not None and plan[1] < ui < plan[0] and not self.title_span and self.is_meta_unit(u, dated=True):
                # a date line between the labels and the headline that line_kind does not read whole, the outlet and the
                # rubric after the date ("14 июня 2024, 16:45 — EADaily — Аналитика"): its dates, the rest header
                pos = u.start
                for k, a, b in [*self.anchors(u), ("", u.end, u.end)]:
                    fa, fb = self.strip(pos, a)
                    if fa < fb:
                        self.add("header", fa, fb)
                    if a < b:
                        self.add(k, a, b)
                    pos = max(pos, b)
                continue
            if plan is not None and ui <= plan[0] and not self.title_span:
                if ui == plan[0] - 1 and self.headline_goes_on(u, units[ui + 1]):
                    # a headline split over two lines: both are the title, the second is no headline of its own
                    self.set_title(u.start, units[ui + 1].end)
                    self.taken.add(units[ui + 1].start)
                    self.problem("title guessed: the line above the standfirst and byline/date lines, under "
                                 "label lines (the site's name, a section, page furniture)")
                    continue
                if ui < plan[0]:
                    self.label_line(u.start, u.end, last=ui == plan[1])
                else:
                    self.set_title(u.start, u.end)
                    if not self.headline_twice:  # (a headline printed twice is no guess)
                        self.problem("title guessed: the line above the standfirst and byline/date lines, under "
                                     "label lines (the site's name, a section, page furniture)")
                continue
            self.prev_kind = self.pieces[-1][0] if self.pieces and ui > first and \
                self.pieces[-1][2] >= units[ui - 1].start else ""
            # a line cut by tags ("A story whose <script>...</script> text is ...") is running text: no
            # title is guessed from a piece of it (in HTML only <h1>-<h6> and <title> give titles)
            self.unit_alone = bool(u.ctx) or self.on_own_line(u.start, u.end)
            anchors = self.anchors(u)
            free = []
            pos = u.start
            for _kind, a, b in anchors:
                if self.masked[pos:a].strip():  # (tags alone between anchors are no free text)
                    free.append((pos, a, True))
                pos = b
            if self.masked[pos:u.end].strip():
                free.append((pos, u.end, False))
            body_at = None
            events = sorted([(a, b, k) for k, a, b in anchors] + [(a, b, "free" if anc else "free-last")
                                                                    for a, b, anc in free])
            first_free = True
            for a, b, k in events:
                if not k.startswith("free"):
                    self.add(k, a, b)
                    continue
                a, b = self.strip(a, b)
                res = self.header_free(a, b, followed=k == "free", whole=(a, b) == (u.start, u.end),
                                       first=first_free, next_unit=units[ui + 1] if ui + 1 < len(units) else None,
                                       hint_title=hint_title)
                first_free = False
                if res is not None:
                    body_at = res
                    break
            if body_at is not None:
                # pieces after body_at in this unit were not added: the body reader takes them, and dates
                # written inside the story are not header dates
                self.header_dates = [h for h in self.header_dates if h.start < body_at]
                return ui, body_at
        return min(len(units), reach), None

    def page_kicker(self, units: list[_Unit], h1: int, kinds: list[str]) -> int | None:
        """The index of a saved page's kicker, the section label printed over its <h1> ("China", "Foreign Affairs",
        "Diplomacy | Central Asia", "Политика"), which becomes the article's section (when none is known), or None.
        It is the nearest unit above the headline, a label of one to four words that is no furniture phrase and no
        menu's item (an <li>: the last item of a menu right above the headline is no kicker); only dates, captions,
        credits and furniture phrases ("Advertisement") may stand between it and the headline (TASS and Kommersant
        print the date under the rubric)."""
        if self.art.section:
            return None
        for k in range(h1 - 1, max(-1, h1 - 5), -1):
            u, kind = units[k], kinds[k]
            line = self.clean(u.start, u.end)
            if kind in ("caption", "credit") or (kind == "boilerplate" and _is_boilerplate(line)):
                continue  # between the kicker and the headline
            words = self.masked[u.start:u.end]  # (a date in a tag's attribute is none the page shows)
            dates = [h for h in _find_dates(self.masked, u.start, u.end) if h.iso] if _nwords(line) <= 8 else []
            if _nwords(line) <= 8 and (_CLOCK.search(words) or dates):
                # the date line under the kicker ("9 апреля 2024, 08:41"), or with it in front ("Бизнес 18 июл, 05:00");
                # the words of the date itself ("June 3, 2024": its month) are no label
                cut = u.start + re.search(r"\d", words).start()
                label = self.clean(u.start, min([cut] + [h.start for h in dates])).strip(" |·•,")
                if (label and 1 <= _nwords(label) <= 4 and _label_like(label) and not _is_boilerplate(label)
                        and label.lower().rstrip(".") not in _MONTHS and label.lower().rstrip(".,") not in _WEEKDAYS):
                    self.art.section = label
                    return None
                continue
            if (u.ctx or kind not in ("boilerplate", "section") or not 1 <= _nwords(line) <= 4
                    or not _label_like(line) or _is_boilerplate(line) or not self.kicker_like(u, line)):
                return None
            self.art.section = line
            return k
        return None

    def title_site(self, line: str) -> bool:
        """Whether ``line`` is the site's name a saved page's <title> ends with, after a separator ("Xi and Putin
        pledge ... - Daily Planet", "The" before it or not; not its first part: a title may open with its section,
        "China: ...")."""
        title = next((self.clean(u.start, u.end) for u in self.units[:40] if u.ctx == "title"), "")
        name = line[4:] if line.startswith("The ") else line  # ("The Daily Planet" for "... - Daily Planet")
        return (bool(name) and title != line and title.endswith(name)
                and title[:-len(name)].rstrip().removesuffix("The").rstrip()[-1:] in ("-", "|", "–", "—", "·", "•"))

    def kicker_like(self, u: _Unit, line: str) -> bool:
        """Whether the label ``line`` over a saved page's headline may be its kicker: not the site's name (the last
        part of the page's <title>, :meth:`title_site`, or the domain's name), not a writer's name linked to their page, not a menu (links side by side with nothing but
        blanks between them: a kicker's two links have a separator, "Diplomacy | Central Asia")."""
        if self.title_site(line) or self.site_name(line) or self.author_link(u):
            return False
        raw = self.text[u.start:u.end]
        return not (("</a" in raw or "</A" in raw) and _LINKS_SIDE_BY_SIDE.search(raw))

    def archive_banner(self, units: list[_Unit], first: int) -> int:
        """A page copied from the Internet Archive's Wayback Machine: its banner line ("The Wayback Machine -
        https://web.archive.org/web/20230708114212/https://www.rfa.org/...", whose second address is the article's
        URL) and the lines of its toolbar under it (the address again, "Go", the months and years of the calendar,
        the day, "14 captures", the captures' span "08 Jul 2023 - 02 Mar 2024", "About this capture") are page
        furniture: none of their dates is the article's. Returns the index of the first unit after them."""
        t = self.text
        u = units[first]
        m = _WAYBACK_BANNER.fullmatch(t, u.start, u.end)
        if m is None:
            return first
        self.add("header", u.start, u.end)
        self.set_url(m.group(1))
        i = first + 1
        while i < min(len(units), first + 14) and _WAYBACK_TOOLBAR.fullmatch(t[units[i].start:units[i].end].strip()):
            self.add("boilerplate", units[i].start, units[i].end)
            i += 1
        return i

    def under_story(self, pos: int, paragraphs: int = 2) -> bool:
        """Whether ``pos`` is under the story's text: ``paragraphs`` paragraphs ending in a full stop above it, after
        the headline (from the text's start when none is known yet). (Counted in :meth:`stop_lines`, not by a count
        over the text above: it is asked on line after line, a menu's thousands of rows too.)"""
        stops = self.stop_lines()
        return bisect_right(stops, pos - 2) - bisect_left(stops, self.title_span[1] if self.title_span else 0) >= paragraphs

    def stop_lines(self) -> list[int]:
        """Where the text's lines ending in a full stop end (the offsets of its ".\n"), in order: one scan of the text,
        and one of :attr:`masked` when it is read in place of the text (see :meth:`by_words`)."""
        text = self.text
        for read, found in self._stop_lines:
            if read is text:
                return found
        found, i = [], text.find(".\n")
        while i >= 0:
            found.append(i)
            i = text.find(".\n", i + 2)
        self._stop_lines.append((text, found))
        return found

    def blank_above(self, s: int) -> bool:
        """Whether the line starting at ``s`` has a blank line (or the text's start) right above it."""
        above = self.text[max(0, s - 400):s]
        return above.count("\n", len(above.rstrip())) >= 2 or not above.strip()

    def blank_below(self, e: int) -> bool:
        """Whether the line ending at ``e`` has a blank line (or the text's end) right under it."""
        below = self.text[e:e + 400]
        return below[:len(below) - len(below.lstrip())].count("\n") >= 2 or not below.strip()

    def mail_block_ru(self, s: int, e: int) -> bool:
        """Whether the line ``s:e`` has a Russian mail header field ("Тема:", "От:", "Дата:", "Кому:", "Копия:",
        "Отправлено:") on the line right above or right below it: the header block of a mail program's printout."""
        return any(_MAIL_FIELD_RU.match(x) is not None for x in map(str.lstrip, self.lines_around(s, e))
                   if x[:2] in _MAIL_FIELD_RU_STARTS)

    def headline_set_wide(self, t: str, e: int) -> bool:
        """Whether the line ``t`` (ending at ``e``), words apart by runs of spaces as a menu's items are, is the
        headline set out wide, as a PDF's or a justified copy gives it: right over its byline or date line
        ("Putin  Visits  Beijing" / "By John Smith"). A menu there names the site's sections, two at least
        ("News  Sport  Weather  Video" / "May 3, 2024")."""
        if sum(map(_is_section, _SPACE_RUN.split(t.strip()))) >= 2:
            return False
        i = bisect_right(self.unit_starts, e)
        return i < len(self.units) and self.is_meta_unit(self.units[i], dated=True)

    def table_head(self, s: int, e: int) -> bool:
        """Whether the line ``s:e``, its cells apart by runs of spaces, is a table's head: the next line that is not
        blank is a row of as many cells holding a figure ("Country  Total exports  Total imports" / "Russia  240  190",
        see _figures_row). Such a head is no menu, whatever its items (see _menu_row): a menu stands over no table."""
        i = bisect_right(self.unit_starts, e)
        if i >= len(self.units):
            return False
        u = self.units[i]
        return _figures_row(self.text[u.start:u.end], len(_SPACE_RUN.split(self.text[s:e].strip())))

    def lines_around(self, s: int, e: int) -> tuple[str, str]:
        """The line right above the one starting at ``s`` and the line right below the one ending at ``e``, as
        written ('' at the text's start or end)."""
        t = self.text
        above = t[t.rfind("\n", 0, s - 1) + 1:s - 1] if s > 0 else ""
        if e >= len(t):
            return above, ""
        b = t.find("\n", e + 1)
        return above, t[e + 1:b if b >= 0 else len(t)]

    def authors_again(self, run: str) -> bool:
        """Whether the line ``run`` names only the authors already read, each in full ("Chen Yuxi" under a note's
        "Author: Chen Yuxi")."""
        known = set(self.art.authors)
        return len(run) <= 120 and all(" ".join(x.split()).strip(" .") in known for x in _AUTHOR_SPLIT.split(run.strip())
                                       if x)

    def field_around(self, s: int, e: int, *, below: bool = True) -> bool:
        """Whether the line right above the line ``s:e`` (or, with ``below``, the one right below it) is a header
        field ("Tags: Russia; trade"); lines apart from it by a line break only."""
        t = self.text
        above, under = self.lines_around(s, e)
        return (s >= 2 and t[s - 1] == "\n" and _field_line(above.strip())) or (
            below and e < len(t) - 1 and t[e] == "\n" and _field_line(under.strip()))

    def title_field(self, u: _Unit) -> bool:
        """Whether the unit is a title field with a value: "Headline: ...", "Title: ...", "Заголовок: ..." (not an
        e-mail's "Subject:")."""
        t = self.text
        if t.find(":", u.start, min(u.end, u.start + 12)) < 0 and t.find("：", u.start, min(u.end, u.start + 12)) < 0:
            return False
        kv = _KV.match(t[u.start:u.end])
        return kv is not None and kv.group("key").lower() in _TITLE_KEYS and bool(kv.group("value").strip())

    def front_matter(self, units: list[_Unit]) -> int:
        """Read the front matter (see _front_matter) as the article's metadata block: title, dates (a note's
        creation date only when nothing else gives one, the date it was saved never), authors (lists and wiki
        links), the outlet (site_name before source; a URL is no outlet's name: it gives the article's URL),
        the URL, the description as the lede, a known section; its lines are header segments. Returns the index
        of the first unit after it."""
        others, entries, end = self.front
        t, art = self.text, self.art
        for a, b in others:  # its fences, comments, TOML table names
            self.add("header", a, b)
        site = named = ""
        for en in entries:
            role = _FM_KEYS.get(en.key, "")
            values = _fm_values(t, en) if role else []
            kind = "header"
            if not role and not en.lines:
                # a key the front matter list does not know, on one line: what the header's line reading makes
                # of it ("Subject: ...", "From: Foreign Policy <...>", "Language: English")
                kind = self.line_kind(en.start, en.ve)
                kind = kind if kind in ("title", "date", "byline", "source", "section", "boilerplate") else "header"
            elif not values:
                pass
            elif role == "title":
                if not self.title_span:
                    a, b = self.strip(en.vs, en.ve)
                    if en.lines and (a == b or t[a] in "|>"):
                        a, b = en.lines[0][0], en.lines[-1][1]  # a block scalar: the lines under the key
                    elif en.lines:
                        b = en.lines[-1][1]  # a plain scalar folded over the lines under it
                    elif b - a >= 2 and t[a] == t[b - 1] and t[a] in "\"'":
                        a, b = a + 1, b - 1
                    self.add("header", en.start, a)
                    self.set_title(a, b)
                    self.add("header", b, en.end)
                    self.title_text = values[0]
                    continue
            elif role in ("published", "modified", "created"):
                hits = [h for h in _find_dates(t, en.vs, en.ve) if h.iso]
                for h in hits[:1]:
                    if h.problem:
                        self.problem(h.problem)
                    if role == "created":
                        self.created_dates.append(h)
                    else:
                        h.label = role
                        self.dates.append(h)
                        kind = "date"
            elif role == "author":
                for v in values:
                    if _OUTLET.fullmatch(v):
                        named = named or v  # "author: South China Morning Post": the outlet, when no byline
                    elif not _URL_VALUE.fullmatch(v):
                        self.add_authors(v)
                kind = "byline"
            elif role in ("site", "source", "url"):
                if _URL_VALUE.fullmatch(values[0]):
                    self.set_url(values[0])  # "source: https://www.scmp.com/...": the page, not the outlet's name
                elif role == "site":
                    site, kind = site or values[0], "source"
                elif role == "source":
                    named, kind = named or values[0], "source"
            elif role == "lede":
                if not art.lede:
                    art.lede = _md_visible(values[0])
                kind = "lede"
            elif role in ("section", "category"):
                if not art.section and (role == "section" or _rx()["section"].fullmatch(values[0])):
                    art.section = values[0]
                    self.section_field = True  # the front matter's: no "Topic:" line below overrides it
                    kind = "section"
            self.add(kind, en.start, en.end)
        if site or named:
            self.set_source(site or named)
        return bisect_left([u.start for u in units], end)

    def md_title(self, u: _Unit) -> bool:
        """A "# Title" line opening a Markdown note (after its front matter): the title when none is known, a
        repeat of the one the front matter gives when one holds the other's words ("X" and "X | Outlet")."""
        m = _MD_TITLE.fullmatch(self.text, u.start, u.end)
        if m is None or _nwords(m.group("title")) > 30 or self.hint_title:
            return False
        if not self.title_span:
            self.title_span = m.span("title")
            self.add("title", u.start, u.end)
            return True
        have, got = _norm(self.title_text or self.clean(*self.title_span)), _norm(_md_visible(m.group("title")))
        if got and (have.startswith(got + " ") or got.startswith(have + " ")) and _nwords(min(have, got, key=len)) >= 4:
            self.add("title_repeat", u.start, u.end)
            return True
        return False

    def md_dek(self, u: _Unit) -> bool:
        """A line in italics or bold right under a Markdown note's title: its standfirst, the lede (the one the
        page printed, before a description in the front matter, which a read-later app may have written). A
        photo caption ending in its credit, a byline or a date line is not one."""
        t = self.text[u.start:u.end]
        if not _MD_WRAPPED.fullmatch(t) or not 6 <= _nwords(t) <= 80 or credit_start(t) is not None:
            return False
        dek = _md_visible(t)
        if _BYLINE.match(dek) or _DATE.search(dek):
            return False  # "*By Jane Smith and John Roe in Moscow*", "*Published May 16, 2024 at 10:15*"
        self.art.lede = dek
        self.add("lede", u.start, u.end)
        return True

    def headline_repeated(self, units: list[_Unit], first: int) -> tuple[int, int] | None:
        """(index of the headline, index of the line above it) when a page copy prints its headline twice under
        short label lines (the site's name, its menu, a category: "Arab News" / "Saudi Arabia" / "World" / ...
        / "Main category: World" / headline / ... / headline; "News" / "World News" / headline / headline): a
        title-like line of four words at least, found again word for word within the next twelve lines, with only
        lines of six words at most above it. None for any other layout (a headline first is read as it is)."""
        t = self.text
        if first >= len(units) or _nwords(t[units[first].start:units[first].end]) > 6:
            return None  # the first line is a headline or a story's: the usual layout (tested fast)
        seen: dict[str, int] = {}
        meta = False  # a byline or date line met: a line first seen under it is no headline (a caption printed twice)
        for i in range(first, min(len(units), first + 16)):
            u = units[i]
            line = t[u.start:u.end]
            n = _nwords(line)
            if u.ctx or n > 25:
                return None
            if n >= 4 and _title_like(line) and credit_start(line) is None:
                key = _norm(line)
                if key in seen and i - seen[key] <= 12:
                    k = seen[key]
                    self.headline_twice = k > first
                    return (k, k - 1) if k > first else None
                if not meta:
                    seen.setdefault(key, i)
            elif n > 6 and not seen:
                return None  # a long line above any headline: no labels' block
            meta = meta or self.is_meta_unit(u, dated=True)
        return None

    def headline_after_labels(self, units: list[_Unit], first: int) -> tuple[int, int] | None:
        """(index of the headline, index of the last label line) when a browser copy puts short label lines above
        the headline: the site's name, a desk, a topic, menu words ("RFE/RL" / "Central Asia"; "Foreign Policy" /
        "Sign In" / "ANALYSIS"). The headline is then the first line of text under them, with at most a standfirst
        and page furniture between it and the byline or date lines that follow (the headline sits right above
        the standfirst and the byline/date block). None for any other layout."""
        t = self.text
        labels: list[int] = []
        texts: list[int] = []
        for i in range(first, min(len(units), first + _MENU_REACH)):
            if i == first + 14 and len(labels) < 8:
                return None  # (a long menu of eight labels at least may push the headline's lines further down)
            u = units[i]
            line = t[u.start:u.end]
            if u.ctx or _nwords(line) > 60:
                return None
            if "№" in line and _PRINT_EDITION.fullmatch(line):
                if texts and _YEAR4.search(line):
                    break  # the print edition's line under the headline gives its date ("... №151 от 22.08.2024")
                continue  # (the print edition among the labels)
            if _is_boilerplate(line) or (texts and credit_start(line) is not None):
                continue  # menus, share buttons, "3 min read"; a photo under the standfirst
            if not texts and not labels and not _label_like(line):
                return None  # the first line is no label (the cheap test first: most texts end here)
            if self.is_meta_unit(u, dated=True) or (texts and (self.name_then_meta(u) or _relative_time(line))):
                break  # (a date relative to the copy's day under the headline ends its lines as a date does)
            if not texts and (_label_like(line) or (len(labels) > 1 and self.menu_word_line(line) and (
                    line in [t[units[k].start:units[k].end] for k in labels]  # the section, named in the menu too
                    or (labels[-1] == i - 1 and i + 1 < len(units) and not _BLANK_LINE.search(
                        t, units[i - 1].end, units[i + 1].start))  # an item inside a menu's block
                    or self.menu_block_end(units, labels, i)))):
                labels.append(i)
                continue
            if not texts and labels and _menu_row(line, single=True):
                labels.append(i)  # the site's menu on one line under its name ("Sputnik" / "Новости  Экономика  Мнения")
                continue
            if texts and len(line) <= 60 and _is_section(line) and i + 1 < len(units) and self.is_meta_unit(
                    units[i + 1], dated=True):
                break  # the story's rubric right above the date line ("Бизнес / ТЭК" / "2 сентября 2025, 21:15")
            if len(texts) == 2 and line == t[units[texts[0]].start:units[texts[0]].end] and labels and (
                    t[units[texts[1]].start:units[texts[1]].end] == t[units[labels[0]].start:units[labels[0]].end]):
                texts.pop()  # the headline printed again under the masthead's name printed again (a page's sticky
                continue  # header over its article: "Ведомости" / headline): neither is a standfirst
            texts.append(i)
            if len(texts) > 2 and not (len(texts) <= 5 and self.standfirst_bullets(units, texts)):
                return None  # story paragraphs: no header of this kind
        else:
            return None
        if not texts and len(labels) > 2 and (" и " in (last := t[units[labels[-1]].start:units[labels[-1]].end])
                                             or " and " in last) and _SECTION_PAIR.fullmatch(last):
            # two sections' words joined ("Спорт и политика") right over the date line, no headline under them: the
            # headline itself, as it was read before such a line could be a label
            texts.append(labels.pop())
        if not labels or not texts:
            return None
        head = t[units[texts[0]].start:units[texts[0]].end]
        label_texts = [t[units[i].start:units[i].end] for i in labels]
        marked = [self.marked_label(x) or x in label_texts[:j] for j, x in enumerate(label_texts)]
        # one plain label ("Vladimir Putin") over a headline of five words at least, as the topic line rule asks;
        # a headline of three words under labels that are surely labels (two or more, capitals, a section, an outlet)
        if _title_like(head) and _nwords(head) >= (3 if len(labels) > 1 or any(marked) else 5):
            return texts[0], labels[-1]
        last = t[units[labels[-1]].start:units[labels[-1]].end]
        if (len(labels) > 1 and len(texts) == 1 and not marked[-1] and _nwords(last) > 1
                and head.rstrip("\"”’»)")[-1:] in _TERMINAL):
            # a short headline in title case ("Beijing's Careful Distance") over a standfirst ("China wants ...")
            return labels[-1], labels[-2]
        return None

    def menu_block_end(self, units: list[_Unit], labels: list[int], i: int) -> bool:
        """Whether the line ``units[i]`` (a menu's word, :meth:`menu_word_line`) closes a block of label lines with a
        blank line under it, over a headline-like line (no final mark): an app's or a site's menu block ("Inoreader"
        / "Dashboard" / "All articles" / "Asia feeds", then the headline under a blank line) ends with its last
        item, not with the headline. The headline is known by its date line right under it (the feed's item line)
        or by a standfirst under it, a line without a final mark that is no date or byline ("International
        relations" / "" / "China and Russia stage ..." / "" / "Flight over Sea of Japan seen as ..."): a line right
        under the labels with a standfirst under the blank ("Unequal partners" / "" / "Trade is slowing but ..."
        without a full stop, a blank line, the date) keeps its reading."""
        t = self.text
        if len(labels) < 2 or labels[-1] != i - 1 or i + 2 >= len(units) or _BLANK_LINE.search(
                t, units[i - 1].end, units[i].start) or not _BLANK_LINE.search(t, units[i].end, units[i + 1].start):
            return False
        nxt = t[units[i + 1].start:units[i + 1].end].rstrip()
        if nxt[-1:] in _TERMINAL or not _title_like(nxt) or _nwords(nxt) < 3:
            return False
        if not _BLANK_LINE.search(t, units[i + 1].end, units[i + 2].start):
            return self.is_meta_unit(units[i + 2], dated=True)
        under = t[units[i + 2].start:units[i + 2].end].rstrip()
        return under[-1:] not in _TERMINAL and _nwords(under) <= 25 and not self.is_meta_unit(units[i + 2])

    @staticmethod
    def menu_word_line(t: str) -> bool:
        """A line of one or two words in sentence case, as Russian menus write their items ("Мировая политика",
        "Потребительский рынок"): under two label lines at least, inside their block or naming one of them again,
        a menu's item, no headline."""
        return len(t) <= 30 and t[:1].isupper() and t[-1:] not in ".!?,;:…" and 1 <= _nwords(t) <= 2 \
            and _LETTER.search(t[-1:]) is not None

    def standfirst_bullets(self, units: list[_Unit], texts: list[int]) -> bool:
        """Whether the lines under the headline line ``texts[0]`` are a standfirst in points, one line each and
        no full stop closing any ("Leaders sign joint statement in Beijing ..." / "Putin's first foreign trip
        ..."): story paragraphs end in one. The points are one block, line under line."""
        t = self.text
        return (all(self.point_line(t[units[i].start:units[i].end]) for i in texts[1:])
                and not _BLANK_LINE.search(t, units[texts[1]].end, units[texts[2]].start))

    @staticmethod
    def point_line(t: str) -> bool:
        """A standfirst's point: a line of 4 to 30 words with no final mark (a story's paragraph ends in one), not
        opening in lower case nor with a function word closing it ("... The Xi–Putin Summit and the" / "Limits of
        ...", "Xi and Putin pledge a new era of ties" / "in Beijing as ...": a headline wrapped over lines)."""
        return (t[-1:] not in _TERMINAL and not t[:1].islower() and 4 <= _nwords(t) <= 30
                and t.rsplit(None, 1)[-1].lower() not in _FUNC_LEFT_ALWAYS)

    def point_then_meta(self, u: _Unit) -> bool:
        """The unit ``u`` is a standfirst's point on a line of its own with the byline or date lines under it, or
        under the standfirst's other points, two more at most, each on the next line (MailOnline's four points)."""
        for more in range(3):
            if not self.point_line(self.text[u.start:u.end]) or self.is_meta_unit(u):
                return False
            nxt = self.next_unit_after(u)
            if nxt is None:
                return False
            if self.meta_follows(nxt):
                return True
            if more == 2 or self.text.count("\n", u.end, nxt.start) != 1:
                return False
            u = nxt
        return False

    def headline_above_meta(self, units: list[_Unit], first: int) -> tuple[int, int] | None:
        """(index of the headline, index of the label line right above it or -1) when a page copy puts two short
        lines at least above the headline that are no labels by their form ("President of Russia" / "Events" /
        "News" / "Transcripts"; "U.S. Department of the Treasury" / "Press Releases"; a blog's name and its
        description): the headline is the title-like line right above the byline or date lines, or above a
        standfirst over them. Lines above it are short (12 words at most), the line right above it no longer than
        it when it is title-like too, and it is no section's, outlet's or capitals' label. None for any other
        layout (see :meth:`headline_after_labels` for labels by their form)."""
        t = self.text
        if first + 3 >= len(units) or _nwords(t[units[first].start:units[first].end]) > 12:
            return None  # the first line is long: a story or a standfirst, not a page's labels
        second = t[units[first + 1].start:units[first + 1].end]
        if second[:3] in ("By ", "BY ") or (_YEAR4.search(second) and self.is_meta_unit(units[first + 1], dated=True)):
            return None  # a byline or date line second: one line above it at most (the common layout, tested fast)
        lines: list[int] = []
        for i in range(first, min(len(units), first + _MENU_REACH)):
            u = units[i]
            line = t[u.start:u.end]
            if u.ctx or _nwords(line) > 40:
                return None
            if _is_boilerplate(line) or (lines and credit_start(line) is not None) or _field_line(line, 20):
                continue  # furniture, a photo's credit, a clipper's field ("Created: 12/28/2024 9:14 AM")
            if self.is_meta_unit(u, dated=True) or (lines and self.name_then_meta(u)):
                break
            lines.append(i)
        else:
            return None
        if len(lines) < 3:
            return None
        texts = [t[units[i].start:units[i].end].strip() for i in lines]
        h = len(lines) - 1
        if (not _label_like(texts[h - 1]) and _title_like(texts[h - 1])
                and (texts[h].rstrip("\"”’»)")[-1:] in _TERMINAL or _nwords(texts[h]) >= 6)):
            h -= 1  # the line above a standfirst
        head = texts[h]
        if h < 2 or not _title_like(head) or _nwords(head) < 2 or self.marked_label(head) or head in texts[:h]:
            return None  # (a line repeating one above it is a menu's item again: the section, no headline)
        if _title_like(texts[h - 1]) and _nwords(texts[h - 1]) > _nwords(head) and not (
                lines[h - 1] == lines[h] - 1 and self.headline_goes_on(units[lines[h - 1]], units[lines[h]])):
            # a headline over a standfirst without a full stop, a short label under them (not a headline's first
            # half over its second: read whole by the caller)
            return None
        if any(_nwords(x) > 12 for x in texts[:h]):
            return None
        return lines[h], lines[h - 1] if _label_like(texts[h - 1]) else -1

    def headline_under_meta(self, units: list[_Unit], first: int) -> tuple[int, int] | None:
        """(index of the headline, index of the last label line) when a page copy puts its date and byline lines
        between the labels and the headline: two short label lines at least (the site's name, its menu, a
        section), then the date or byline lines, then the headline right above the story's first paragraph, a
        photo's credit or caption between them at most ("VnExpress International" / "News" / ... / "World" /
        "Thursday, 16/5/2024, 18:32 (GMT+7)" / headline / standfirst; "Экономика" / "21 марта 2023, 14:05" /
        "Текст: Ольга Самохина" / headline / "Фото: ..." / story). None for any other layout."""
        t = self.text
        if first >= len(units) or _nwords(t[units[first].start:units[first].end]) > 4:
            return None  # the first line is a headline or a story's: the usual layout (tested fast)
        labels: list[int] = []
        meta = False
        for i in range(first, min(len(units), first + 20)):
            u = units[i]
            line = t[u.start:u.end]
            if u.ctx:
                return None
            if _is_boilerplate(line) or (meta and credit_start(line) is not None):
                if not meta and labels and _menu_row(line, single=True):
                    labels.append(i)  # the site's menu on one line under its name ("EADaily" / "Лента новостей  Аналитика")
                continue
            if self.is_meta_unit(u, dated=True) or (labels and _relative_time(line)):
                meta = True  # (a date relative to the copy's day, "вчера, 18:40", under the labels too)
                continue
            if not meta:
                if _nwords(line) > 4 or line[-1:] in _TERMINAL:
                    return None  # no label: a story's line, a headline above the date lines
                labels.append(i)
                continue
            if len(labels) < 2 or not _title_like(line) or _nwords(line) < 4 or line[-1:] in _TERMINAL:
                return None
            for k in range(i + 1, min(len(units), i + 4)):
                nxt = t[units[k].start:units[k].end]
                if credit_start(nxt) is not None or _is_boilerplate(nxt) or (k > i + 1 and self.is_meta_unit(units[k])):
                    continue  # a photo's credit ("Фото: Сергей Бобылев/ТАСС") between the headline and the story (or
                    # the byline under a standfirst)
                if _nwords(nxt) >= 15:
                    return i, labels[-1]
                if k == i + 1 and k + 1 < len(units) and (credit_start(below := t[units[k + 1].start:units[k + 1].end])
                                                          is not None or _is_boilerplate(below)
                                                          or (below[:3] in ("By ", "BY ") and self.is_meta_unit(
                                                              units[k + 1]))):
                    continue  # a short standfirst right under the headline, over the photo's credit, a counter or the
                    # byline ("By Kim Arin")
                return None
            return None
        return None

    @staticmethod
    def marked_label(t: str) -> bool:
        """Whether the label line ``t`` is surely no headline: in capitals, a section's name, an outlet's."""
        return t.isupper() or _is_section(t) or _outlet_like(t)

    def name_then_meta(self, u: _Unit) -> bool:
        """A line of names ("Amy Hawkins in Beijing and Pjotr Sauer") with a date or byline line under it, or a
        person's name over where or what they are and the date line ("Laura Zhou" / "in Beijing" / "Published: ...")."""
        if not _NAME_LINE.fullmatch(self.text[u.start:u.end]):
            return False
        nxt = self.next_unit_after(u)
        if nxt is None:
            return False
        if (self.is_meta_unit(nxt, dated=True) or _READING_TIME.fullmatch(
                self.text, nxt.start, nxt.end) is not None  # a reader view: the author, then "5–6 minutes"
                or _FOLLOW.fullmatch(self.text, nxt.start, nxt.end) is not None):  # a blog's author, then "Follow"
            return True
        # the place or job line between the name and the date (a page's author box), checked last: it costs most
        if not (self.under_name(nxt, u.start) and self.person_line(self.text[u.start:u.end])
                and (after := self.next_unit_after(nxt)) is not None):
            return False
        if self.is_meta_unit(after, dated=True):
            return True
        # a field line of the author box between them ("Тэги: китай, россия", "Tags: ..."), then the date line
        line = self.text[after.start:after.end]
        return (":" in line[:20] and _KV.match(line) is not None and (then := self.next_unit_after(after)) is not None
                and self.is_meta_unit(then, dated=True))

    def label_line(self, a: int, b: int, *, last: bool) -> None:
        """A label line above the headline (see :meth:`headline_after_labels`): the outlet's name (by its form, or
        a masthead in capitals the story names again), the section (a known one, a desk in capitals, or the label
        right above the headline: a topic line), or else page furniture."""
        run = " ".join(self.text[a:b].split())
        if self.label_end >= 0 and _BLANK_LINE.search(self.text, self.label_end, a):
            self.menu_block, self.label_block = max(self.menu_block, self.label_block), 0  # a new block of labels
        self.label_block += 1
        self.label_end = b
        if self.label_block == 1:
            self.block_first = run
        if (menu := self.caps_menu.get(a)) is not None:
            self.add(menu, a, b)
            if menu == "source" and not self.art.source:
                self.set_source(run)
            return
        if len(run) > 40 and (dash := _TAGLINE_DASH.search(run, 0, 40)) and _outlet_like(run[:dash.start()]):
            run = run[:dash.start()]  # the outlet's name with its tagline ("The Moscow Times - Independent News ...")
        # (over a headline printed twice, the line right above it is its topic or category, as "China News" is)
        if not self.art.source and not (last and self.headline_twice and self.text[:a].strip()) and (_outlet_like(run) or self.masthead(run, b, again=True) or self.site_name(run) or (
                not self.text[:a].strip() and "," in run and _outlet_like(run.split(",")[0])) or (
                run.isupper() and _nwords(run) > 1 and _outlet_like(run.title())) or (
                not self.text[:a].strip() and _ISSUER.fullmatch(run)) or (  # an issuer's name opening the text
                not self.text[:a].strip() and self.told_outlet(run, b))):
            self.add("source", a, b)
            self.set_source(run)
            return
        if _nwords(run) <= 3 and self.person_line(run) and (nxt := self.date_line_under(a, run)) is not None and (
                not _surname_again(self.text, run, nxt.end)):
            # a person's name right over the date line among the labels ("Финансы" / "Игорь Кузнецов" / "вчера,
            # 18:40" / headline, a blog platform's post): the writer, not a topic line (that one is over the headline).
            # A name the headline or story names again ("Владимир Путин" / date / "Путин и Си ..."; its stem, as
            # Russian inflects it: "Путина") is the topic's tag a page puts over the date, not its writer
            self.add("byline", a, b)
            self.add_authors(run)
            return
        known = _is_section(run)
        self.menu_sections += known
        # (a known section's name again opening a block under the menu, right over the date line, "Новости" / "Мир" /
        # "Экономика" / "" / "Экономика" / "Сегодня в 09:12": the article's section, named by the menu too; a topic
        # under it, "Мир" / "Китай", leaves the menu's first known section)
        again = run in self.label_runs and (not known or (
            self.label_block == 1 and self.menu_block >= 3 and self.date_line_under(a, run) is not None))
        self.label_runs.add(run)
        if again:
            # a label repeating an item of the site's menu above it ("Arctic" / "Industry and Energy" / "Security" /
            # "Industry and Energy"): the article's section, over a known section's name in the menu
            self.art.section = run
            self.add("section", a, b)
            return
        if (last and self.art.section and self.menu_block >= 3 and (self.label_block == 1 or (
                self.label_block == 2 and run != self.block_first and set(self.block_first.split()) <= set(run.split())))
                and len(run) <= 40 and _nwords(run) <= 4 and ":" not in run
                and not all(w.upper() in _KICKER_WORDS for w in run.split())):
            # the rubric right above the headline, apart from the site's menu by a blank line (a block of one label
            # under a block of three at least: "News" / "Asia" / "World" / "" / "China / Diplomacy"), or a
            # breadcrumb's narrower item under its section ("Asia" / "East Asia"): the article's, over the menu's
            # first known section. A label of the menu's own block right above the headline ("Politics" / "Economy"
            # / "Society") is a menu item; a topic under the section ("Мир" / "Китай") leaves the section; a kicker
            # ("EXCLUSIVE") names none, and a field ("Main category: World") is read by the field's rules.
            self.art.section = run
            self.add("section", a, b)
            return
        if known or last or run.isupper():
            # a known section right above the headline, under a site's menu (three sections named at least:
            # "News" / "Analysis" / "Opinion" / ... / "Analysis"), is the article's: not the menu's first item
            if not self.art.section or (known and (not _is_section(self.art.section) or (
                    last and self.menu_sections >= 3))):
                self.art.section = run
            self.add("section", a, b)
            return
        self.add("header", a, b)

    def menu_in_capitals(self, labels: list[_Unit]) -> dict[int, str]:
        """The site's menu among the label lines above the headline: four lines or more in a row, each one or two
        words in capitals ("HOME" / "CHINA" / "OPINION" / "WORLD"). Its items are page furniture, not the outlet or
        the section; the line opening the text right above a menu that starts with its home page ("GT" / "HOME")
        is the site's logo, its name. Returns {unit start: kind}."""
        t = self.text
        runs: list[list[_Unit]] = [[]]
        for u in labels:
            line = t[u.start:u.end].strip()
            if len(line) <= 25 and line.isupper() and _nwords(line) <= 2 and "/" not in line:
                runs[-1].append(u)
            elif runs[-1]:
                runs.append([])
        out: dict[int, str] = {}
        for run in runs:
            if len(run) < 4:
                continue
            out.update((u.start, "boilerplate") for u in run)
            if not t[:run[0].start].strip() and _MENU_HOME.fullmatch(t[run[1].start:run[1].end].strip()):
                out[run[0].start] = "source"
        return out

    def told_outlet(self, run: str, after: int) -> bool:
        """Whether the label ``run`` opening the text is the outlet the story says people spoke to: "Newsweek" over
        "..., a national security analyst, told Newsweek" (a name of three words at most, each capitalized)."""
        words = run.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or _is_section(run):
            return False
        return self.text.find("told " + run, after) >= 0 and re.compile(
            rf"\btold {re.escape(run)}(?![\w'’])").search(self.text, after) is not None

    def site_name(self, run: str) -> bool:
        """Whether the label ``run`` is the name of the site the article's URL is on: its words, or their initials,
        spell the domain's name ("Radio Free Asia" on rfa.org, "The Conversation" on theconversation.com)."""
        site = site_domain(self.art.url).split(".")[0] if self.art.url else ""
        if not site or not 1 <= _nwords(run) <= 6:
            return False
        words = [w for w in re.findall(r"[^\W\d_]+", run)]
        return len(site) >= 3 and ("".join(words).lower() == site or (
            len(words) >= 3 and all(w[:1].isupper() for w in words if w.lower() not in ("of", "and", "the"))
            and "".join(w[0] for w in words if w.lower() not in ("of", "and", "the")).lower() == site))

    def masthead(self, run: str, after: int, *, again: bool) -> bool:
        """Whether ``run`` is an outlet's name in capitals ("POLITICO", "TIME"): one word, no section's name or
        kind of story ("ANALYSIS", "EXCLUSIVE"); ``again``: only when the text names it again, as written, after
        ``after`` ("seen by POLITICO"), where a desk named in capitals over a headline ("CHINA") is not."""
        if not _CAPS_WORD.fullmatch(run) or run in _KICKER_WORDS or _is_section(run):
            return False
        return not again or _whole_run_rx(run).search(self.text, after) is not None

    def mail_print(self, units: list[_Unit]) -> int:
        """A web mail's printout ("Gmail - Subject" / "Gmail<tab>Jonas Weber <jonas@...>" / the subject / "1 message" /
        "Eurasia Brief <newsletter@...><tab>Fri, Apr 4, 2025 at 7:02 AM" / "To: ..."): its lines up to the sender's
        and the addressees' are ``header``, the date it was sent the article's, the sender's name its source.
        Returns the index of the first unit of the message's text (0: no such printout)."""
        t = self.text
        k = next((i for i, u in enumerate(units[:12]) if "\t" in t[u.start:u.end] and "@" in t[u.start:u.end]
                  and i and _MAIL_SENDER.fullmatch(t, u.start, u.end)), None)
        if k is None:
            return 0
        sender = _MAIL_SENDER.fullmatch(t, units[k].start, units[k].end)
        hits = [h for h in _find_dates(t, sender.start("when"), units[k].end) if h.iso]
        if len(hits) != 1:
            return 0
        self.dates.append(hits[0])
        self.set_source(sender.group("name").strip(" \"'"))
        for u in units[:k + 1]:
            self.add("header", u.start, u.end)
        k += 1
        while k < len(units) and _MAIL_TO.match(t, units[k].start, units[k].end):
            self.add("header", units[k].start, units[k].end)  # "To: ...", "Cc: ...", "Reply-To: ..."
            k += 1
        return k

    def forwarded(self, units: list[_Unit]) -> int:
        """A forwarded e-mail: the forwarder's note above the "---------- Forwarded message ---------" line (a
        greeting, a comment, a signature: "Hi all -- useful piece ... Best, Marta") is ``boilerplate``, the line
        itself ``header``; the forwarded message's own header lines (From:, Date:, Subject:) follow. Returns the
        index of the first unit after the last such line, among the first 30 units and 400 words (0: none)."""
        t = self.text
        last = None
        for m in _FORWARD.finditer(t, 0, min(len(t), 6000)):
            last = m
        if last is None or _nwords(t[:last.start()]) > 400:
            return 0
        k = next((i for i, u in enumerate(units) if u.end > last.start()), None)
        if k is None or k > 30:
            return 0
        for u in units[:k]:
            self.add("boilerplate", u.start, u.end)
        self.add("header", units[k].start, units[k].end)
        return k + 1

    def strip(self, a: int, b: int) -> tuple[int, int]:
        t = self.text
        while a < b and t[a].isspace():
            a += 1
        while b > a and t[b - 1].isspace():
            b -= 1
        return a, b

    def title_confirmed(self) -> None:
        """A repeated title confirms the guess: the "title guessed" problems go (also when a guess is withdrawn,
        see :meth:`kicker_from_title`)."""
        self.art.problems = [p for p in self.art.problems if not p.startswith("title guessed")]
        self.problem_set = set(self.art.problems)

    def headline_goes_on(self, u: _Unit, nxt: _Unit) -> bool:
        """Whether the line ``u`` right above the headline line ``nxt`` is the headline's first half, split over two
        lines: both short (80 characters at most), on lines next to each other, the first with no final stop and
        ending with a word no headline ends with (an article, a preposition, a conjunction: "the", "of", "и", "на"),
        a comma or, after three words at least, a colon ("China and Russia in the Sea of Japan:" / "A Partnership
        Tested at Sea"). (A second line opening in lower case is not taken as a sign: the layouts that find the
        headline do not reach such a line.) A section over a headline ("World" / "Xi and Putin
        meet"), a kicker ("EXCLUSIVE") and a label ending with a colon ("Analysis:") keep their reading."""
        t = self.text
        one, two = t[u.start:u.end].strip(), t[nxt.start:nxt.end].strip()
        if not one or not two or len(one) > 80 or len(two) > 80 or u.ctx or nxt.ctx or t.count("\n", u.end, nxt.start) != 1:
            return False
        if one[-1:] in _TERMINAL:
            return False
        if one[-1:] == ",":
            return True
        if one[-1:] == ":":
            # (a line with a digit or an address before its colon is a mail's "On Thu, May 16, 2024 at 7:01 AM Tom
            # Lee <tom@example.org> wrote:" or a time's label, no headline's first half)
            return _nwords(one) >= 3 and not any(c.isdigit() or c in "@<" for c in one)
        last = one.rsplit(None, 1)[-1].lower()
        return last in _HEADLINE_NEVER_ENDS

    def set_title(self, a: int, b: int) -> None:
        self.title_span = (a, b)
        self.add("title", a, b)

    def add_caption(self, a: int, b: int) -> None:
        c = self.clean(a, b)
        if self.markdown:
            c = _md_visible(c)  # "![Xi and Putin in Beijing. Photo: AP](https://...)": the alt text, or nothing
        cs = credit_start(c)
        head = (c[:cs] if cs else c).rstrip()
        half = len(head) // 2
        if half > 10 and head[half - 1:half] in _TERMINAL and head[:half] == head[half:]:
            c = head[:half] + c[len(head):]  # "X speaks on Friday.X speaks on Friday. | Reuters": the caption twice
            head = head[:half]
        if c and c not in self.caption_set:
            self.caption_set.add(c)
            self.art.captions.append(c)
            self.caption_keys.add(_norm(head))
            self.caption_lens.update(range(len(head) - 6, len(head) + 7))

    def header_free(self, a: int, b: int, *, followed: bool, whole: bool, first: bool, next_unit, hint_title: str):
        """Classify a free run of header text; return its start when the story begins there, else None."""
        t = self.text
        if a >= b:
            return None
        run = t[a:b]
        if hint_title and not self.title_span:
            nr = _norm(run)
            if nr == hint_title:
                self.set_title(a, b)
                return None
            if nr.startswith(hint_title + " "):
                cut = self.prefix_end(a, b, hint_title)
                if cut:
                    self.set_title(a, cut)
                    return self.header_free(*self.strip(cut, b), followed=followed, whole=False, first=False,
                                            next_unit=next_unit, hint_title="")
        if self.title_span and _norm(run) == _norm(t[slice(*self.title_span)]):
            self.add("title_repeat", a, b)
            self.title_confirmed()
            return None
        if (whole and self.title_span and _nwords(run) <= 25 and run.rstrip()[-1:] not in _TERMINAL
                and self.under_credit() and not self.unit_ctx(a) and not _opens_with_dateline(run) and (
                    self.html_blocks or (not self.markup and self.pieces[-1][0] == "credit" and run.rstrip()[-1:] != ":"
                                         and t.count("\n", self.pieces[-1][2], a) == 1
                                         and (next_unit is None or _BLANK_LINE.search(t, b, next_unit.start)
                                              or self.paragraph_line(next_unit))
                                         and not self.writers_line(a, run)))):
            # (no heading: a subheading opens the story under the photo; no dateline: the story's first paragraph;
            # with no blank line under it, the next line must be a paragraph's whole line, a copy not wrapped by hand:
            # "Фото: Владимир ВЕЛЕНГУРИН" / "Автомобили китайских марок на стоянке" / "С 1 октября ... автомобилей.")
            # the lead photo's title in a block of its own under its credit (and the photobank's link): "© РИА Новости /
            # Алексей Никольский" / "Перейти в фотобанк" / "Сварка газопровода "Сила Сибири"" (RIA Novosti); in plain
            # text the line right under the credit line that closes its block ("Фото: пресс-служба порта" / "Угольный
            # терминал в порту Усть-Луга" / blank line), unless it announces what follows ("What is at stake:") or
            # names people the headline does not, the writer's byline under the lead photo ("Photo: Reuters" / "Jane
            # Smith"), read below (people it names are the photo's: "Xi Jinping and Vladimir Putin in Kazan")
            self.add("caption", a, b)
            self.add_caption(a, b)
            return None
        if (whole and self.title_span and len(run) <= 40 and self.pieces and self.pieces[-1][0] == "byline"
                and t.count("\n", self.pieces[-1][2], a) == 1 and (agency := _agency_of(run))):
            # the writers' agency alone on the line right under their byline ("By DASHA LITVINOVA and KEN MORITSUGU" /
            # "Associated Press", a wire's copy): whom they write for, not the story's first line
            self.add("agency", a, b)
            self.add_agency(agency)
            return None
        if followed and not whole and len(run) <= 20 and run[:1].isdigit() and _TIME_BEFORE_DATE.fullmatch(run):
            # the time written before the date it belongs to ("2:02 PM GMT+3, July 25, 2024", AP)
            self.add("date", a, b)
            return None
        if (whole and next_unit is not None and self.html_blocks and len(run) <= 30 and _LABEL.fullmatch(run)
                and _nwords(t[next_unit.start:next_unit.end]) <= 8
                and any(h.iso for h in _find_dates(t, next_unit.start, next_unit.end))):
            # a date's label in an element of its own over the date in the next ("<span>Updated </span><bsp-timestamp
            # ...>2:02 PM GMT+3, July 25, 2024", AP): the label of that date
            self.date_label = "modified" if run.lower().startswith(_MODIFIED_LABELS) else "published"
            self.add("date", a, b)
            return None
        if (not whole and not followed and self.title_span and self.pieces and self.pieces[-1][0] == "date"
                and self.pieces[-1][2] >= self.unit_start_of(a) and _nwords(run) <= 8
                and run.rstrip()[-1:] not in _TERMINAL):
            # what a date line adds after the date: the dateline's place ("Published - May 19, 2024 09:15 pm IST -
            # NEW DELHI"), the time zone's city and the update's time ("(Paris), updated at 6:02 pm")
            self.pieces[-1] = ("date", self.pieces[-1][1], b)
            return None
        if first and not self.art.section and not self.title_span:
            sm = _rx()["section"].match(run)
            sep = _SECTION_SEP.search(run, 0, 40)
            if (sep and _SUBSECTION.fullmatch(run, sep.start())
                    and _rx()["section"].fullmatch(run[:sep.start()].rstrip())):  # "News|Russia-Ukraine war"
                self.art.section = " ".join(run.split())
                self.add("section", a, b)
                return None
            if sm and _nwords(run) == 2 and whole and sm.end() < len(run):  # "News Feed": one name, not a title
                self.art.section = " ".join(run.split())
                self.add("section", a, b)
                return None
            if sm and (sm.end() == len(run) or re.match(r"\s+[\"“«'A-ZÀ-ÞА-ЯЁ]", run[sm.end():])):
                self.art.section = sm.group(0)
                self.add("section", a, a + sm.end())
                if sm.end() == len(run):
                    return None
                return self.header_free(*self.strip(a + sm.end(), b), followed=followed, whole=False, first=False,
                                        next_unit=next_unit, hint_title=hint_title)
        cs = credit_start(run)
        if cs is not None and _nwords(run[:cs]) <= 60:
            self.add("credit" if not run[:cs].strip() else "caption", a, b)
            self.add_caption(a, b)
            return None
        if _is_boilerplate(run, "  " not in run or not self.table_head(a, b)):
            self.add("boilerplate", a, b)
            return None
        if whole and run[:1] == "P" and (pm := _PUBLISHED_IN.fullmatch(run)):
            # "Published in" / "Geopolitical Notes" (Medium): the publication the post is in
            name = pm.group("name")
            if not name and next_unit is not None and _label_like(t[next_unit.start:next_unit.end].strip()):
                name = t[next_unit.start:next_unit.end].strip()
                self.add("source", next_unit.start, next_unit.end)
                self.taken.add(next_unit.start)
            if name:
                self.set_source(name)
                self.add("source" if pm.group("name") else "header", a, b)
                return None
        last_word = run.split()[-1].lower()
        # no title known yet, and a line of its own: one may be guessed here, deciding on the words a reader
        # sees: entities decoded and the tags they encode left out ("&lt;b&gt;Beijing &amp; Moscow&lt;/b&gt;"
        # reads as the title "Beijing & Moscow"; the segment and the title text keep everything)
        guess = not self.title_span and not self.hint_title and self.unit_alone
        if guess and "&" in run and (decoded := _TAG.sub(" ", html.unescape(run))).split():
            run, last_word = decoded, decoded.split()[-1].lower()
        if (followed and guess and _nwords(run) <= 90 and run[-1] not in ",;:(-–—"
                and last_word not in _FUNC_LEFT + ("a", "an", "as", "than", "since", "until")):
            self.title_lede(a, b)
            return None
        if (guess and whole and next_unit is not None and _nwords(run) <= 25 and run[-1:] == "."
                and run.lstrip("\"'“‘«(")[:1].isupper() and self.is_meta_unit(next_unit, dated=True)):
            self.set_title(a, b)
            self.problem("title guessed: a short line ending in a period, right above a date or byline")
            return None
        outlet = _OUTLET_PLACE.fullmatch(run) if whole and next_unit is not None and not self.art.source else None
        if outlet and _OUTLET.fullmatch(outlet.group(1)) and self.is_meta_unit(next_unit, dated=True):
            # "The Moscow Times", "The Guardian (London)" right above the date line (LexisNexis)
            self.add("source", a, b)
            self.set_source(outlet.group(1))
            return None
        if (whole and next_unit is not None and self.title_span and not self.art.source and _label_like(run)
                and (_outlet_like(run) or self.masthead(run, b, again=False) or self.site_name(run))
                and (self.is_meta_unit(next_unit, dated=True) or self.name_then_meta(next_unit))):
            # "TIME" between the headline and the byline: the masthead
            self.add("source", a, b)
            self.set_source(run)
            return None
        if (whole and next_unit is not None and self.title_span and _is_section(run)
                and (self.is_meta_unit(next_unit, dated=True) or (self.prev_kind == "date" and (
                    not self.art.section or not _is_section(self.art.section))))):
            # a section's name between the headline (or the byline under it) and the date line: the article's,
            # over a menu's label above the headline ("Kh.Aminaa" / "Politics" / "2024-09-03 17:45"); or a known
            # section's name right under the date line ("13 мар, 09:12" / "Транспорт", Moscow 24), over a label
            # guessed above the headline (the site's name)
            self.add("section", a, b)
            self.art.section = run
            return None
        # (or the writers read from a note's "Author:" field, named again over the page's own date line)
        people = whole and (not self.art.authors or self.authors_again(run)) and len(run) <= 120 \
            and _CAP_START.match(run) is not None \
            and (self.person_line(run) or _INITIAL_NAME.fullmatch(run) is not None)
        if people and next_unit is not None and self.title_span and (self.is_meta_unit(next_unit, dated=True) or (
                _is_section(t[next_unit.start:next_unit.end]) and (after := self.next_unit_after(next_unit))
                and self.is_meta_unit(after, dated=True)) or (
                _READING_TIME.fullmatch(t, next_unit.start, next_unit.end)) or _FOLLOW.fullmatch(
                t, next_unit.start, next_unit.end)):
            # "Jane Smith in Beijing" right above the date line (under the headline: the first line of a text,
            # "Russia's China Dilemma", is its headline), or above a reader view's reading time ("5–6 minutes")
            self.add("byline", a, b)
            self.problem(f"byline guessed from a line of names above the date: {self.clean(a, b)[:60]!r}")
            self.add_authors(re.sub(rf"\s+in\s+{_NAME}", "", run))
            return None
        if (people and self.title_span and self.art.lede and self.dates and self.pieces and self.pieces[-1][0] == "lede"
                and (place := _IN_PLACE.search(run)) is not None and not self.named_above(a, run[:place.start()])):
            # "Pjotr Sauer in Almaty" right under the standfirst, the date line read above the headline (a print
            # page's text copy): the writer and where they filed from (a name alone there may be a subheading; so
            # is one the headline or the standfirst names, the story's subject where it went: "Xi Jinping in Moscow")
            self.add("byline", a, b)
            self.add_authors(run)
            return None
        if people and next_unit is not None and self.under_name(next_unit, a):
            # "Amber Wang" over "in Beijing"; "Андрей Мельников" over "Заместитель главного редактора «НГ»"
            self.add("byline", a, b)
            nt = t[next_unit.start:next_unit.end]
            if len(nt) <= 40 and (agency := _agency_of(nt)):
                # an agency's name in capitals is no city the writer filed from ("Анна Иванова" / "ТАСС"): whom
                # they write for, as under a byline (header_free)
                self.add("agency", next_unit.start, next_unit.end)
                self.add_agency(agency)
            else:
                self.add("byline", next_unit.start, next_unit.end)
            self.taken.add(next_unit.start)
            self.add_authors(run)
            return None
        if whole and self.prev_kind == "byline" and self.under_name_text(run):
            self.add("byline", a, b)  # "By Gabriel Dominguez" / "Staff writer": what the author is
            return None
        if (people and self.prev_kind == "title" and next_unit is not None and _nwords(run) <= 4
                and credit_start(t[next_unit.start:next_unit.end]) is not None):
            # a bare name under the headline, over a photo's caption and credit: the author ("Dave Lawler")
            self.add("byline", a, b)
            self.problem(f"byline guessed from a line of names under the title: {self.clean(a, b)[:60]!r}")
            self.add_authors(run)
            return None
        if people and self.prev_kind in ("date", "byline") and self.title_span:
            # a bare name under the date line ("Опубликовано: 17.05.2024 14:32" / "Анна Устинова")
            self.add("byline", a, b)
            self.problem(f"byline guessed from a line of names under the date: {self.clean(a, b)[:60]!r}")
            self.add_authors(run)
            return None
        if (guess and whole and next_unit is not None and not self.art.source and _nwords(run) <= 2
                and _label_like(run) and not _is_section(run) and not self.text[:a].strip()
                and self.is_meta_unit(next_unit, dated=True) and (after := self.next_unit_after(next_unit))
                and _title_like(at := t[after.start:after.end]) and _nwords(at) >= 4 and at[-1:] not in _TERMINAL
                and credit_start(at) is None):
            # a masthead of a word or two opening the text, over the date line and the headline under it ("Axios" /
            # "Jun 18, 2024 - World" / "Putin heads to North Korea as China watches warily"): the outlet
            self.add("source", a, b)
            self.set_source(run)
            return None
        if (guess and whole and next_unit is not None and not self.art.source and _nwords(run) <= 4
                and not self.text[:a].strip() and _outlet_like(run)
                and _title_like(nt := t[next_unit.start:next_unit.end]) and _nwords(nt) >= 4 and nt[-1:] not in _TERMINAL
                and (after := self.next_unit_after(next_unit)) and _agency_res()[2].match(t, after.start, after.end)):
            # an outlet's name opening the text, over the headline and the story's agency dateline ("РИА Новости" /
            # "Лавров: Россия и Китай не создают военный союз" / "МОСКВА, 12 апреля 2024 — РИА Новости. ..."): the outlet
            self.add("source", a, b)
            self.set_source(run)
            return None
        if guess and _title_like(run) and (next_unit is not None) and (whole or not followed):
            self.set_title(a, b)
            self.problem("title guessed: the first short line without a final period")
            return None
        if (whole and next_unit is not None and len(self.pieces) > 1 and self.pieces[-2][0] == "section"
                and self.title_span and self.pieces[-1] == ("title", *self.title_span) and self.series_guessed(a)
                and _title_like(run) and _nwords(run) >= 5 and run[-1:] not in _TERMINAL and self.blank_above(
                    self.pieces[-2][1]) and self.blank_above(next_unit.start)):
            # a block of three lines: the section, a series' or topic's name of a word or three, the headline ("World
            # news" / "Central Asia" / "Kazakhstan caught between ...", a print page's text copy): the short line
            # taken for the title is the series' name, the long one under it the headline
            ta, tb = self.title_span
            self.pieces[-1] = ("header", ta, tb)
            self.title_span = None
            self.title_confirmed()
            self.set_title(a, b)
            self.problem("title guessed: the line under a section's and a series' names in their block")
            return None
        if (whole and next_unit is not None and self.kicker_guessed() and _title_like(run) and _nwords(run) >= 5
                and (self.meta_follows(next_unit) or self.standfirst_then_meta(next_unit))):
            # the short line taken for the title is the page's topic line ("Vladimir Putin", above the headline)
            self.kicker_from_title()
            self.set_title(a, b)
            self.problem("title guessed: the line above the standfirst and byline/date lines, after a short topic "
                         "line (kept as the section)")
            return None
        if (whole and next_unit is not None and self.prev_kind == "date" and self.meta_after_title
                and not self.art.authors and self.rubric_guessed(run)):
            # a rubric, the date lines, then the headline ("Международная панорама" / "16 мая 2024, 14:25" /
            # "Путин и Си Цзиньпин договорились ...", TASS): the first short line was the rubric
            self.kicker_from_title()
            self.set_title(a, b)
            self.problem("title guessed: a headline under the date lines, after a short rubric line (kept as the "
                         "section)")
            return None
        if (whole and len(run) <= 20 and self.pieces and self.pieces[-1][0] == "date" and _ENTRY_TIME.fullmatch(run)
                and _BLANK_LINE.search(t, self.pieces[-1][2], a) is None):
            # the time on its own line right under the date ("May 16, 2024" / "12:10", kremlin.ru): the date's time
            # (a time set apart by a blank line is a live blog's first entry)
            last = self.dates[-1] if self.dates else None
            tm = re.match(r"\s*(\d{1,2})[:.](\d{2})", run)
            if last is not None and len(last.iso) == 10 and last.start >= self.pieces[-1][1] and int(tm.group(1)) < 24:
                last.iso += f"T{int(tm.group(1)):02d}:{tm.group(2)}"
            self.add("date", a, b)
            return None
        if (whole and next_unit is not None and self.title_span and ("(" in run or "/" in run)
                and (m := _agency_res()[2].match(t, a, b)) and not t[m.end():b].strip() and _agencies_in(m.group(0))
                and _nwords(t[next_unit.start:next_unit.end]) >= 8):
            # the story's agency dateline on a line of its own, under the headline and the date ("WASHINGTON (AP) —" /
            # "The FBI ..."): the agency's
            self.take_dateline(m)
            self.add("agency", a, b)
            return None
        if (whole and next_unit is not None and self.title_span and _nwords(run) <= 3 and self.after_date_time()
                and _label_like(run) and _nwords(t[next_unit.start:next_unit.end]) >= 8):
            # the place under the date and time lines ("May 16, 2024" / "12:10" / "Beijing", kremlin.ru), over the story
            self.add("header", a, b)
            return None
        if (whole and self.prev_kind == "title" and self.title_span and _nwords(run) >= 3 and len(run) < 250
                and _norm(t[slice(*self.title_span)]).endswith(" " + _norm(run))):
            # a line ending in the headline, then the headline ("BN 09/05 07:12 *China, Russia Plan Joint Patrols" /
            # "China, Russia Plan Joint Patrols"): the first is the terminal's coded line, the second the headline
            ta, tb = self.title_span
            self.pieces = [("header" if pc == ("title", ta, tb) else pc[0], pc[1], pc[2]) for pc in self.pieces]
            self.set_title(a, b)
            return None
        if (self.title_span and not self.art.lede and not self.meta_after_title and whole and next_unit is not None
                and _nwords(run) <= 80
                and (run.rstrip("\"”’»)")[-1:] in _TERMINAL or _nwords(run) >= 8
                     or (self.prev_kind == "title" and _nwords(run) >= 4))
                and (self.meta_follows(next_unit) or self.caption_then_meta(next_unit) or self.page_standfirst(a, run)
                     or self.section_then_meta(next_unit)
                     or (self.prev_kind == "title" and self.point_line(run) and t.count("\n", b, next_unit.start) == 1
                         and self.point_then_meta(next_unit))
                     or (self.prev_kind == "title" and "№" in (nu := t[next_unit.start:next_unit.end])
                         and _PRINT_EDITION.fullmatch(nu) is not None)  # over "Газета «...» №151 от ..."
                     # a subtitle without a stop under the headline of a print page whose edition line opens the
                     # text ("Газета «Коммерсантъ» №45 от 21.03.2023, стр. 6" / rubric / headline / "Председатель КНР
                     # провел первый день переговоров в Москве" / the story's first paragraph)
                     or (self.prev_kind == "title" and run.rstrip()[-1:] not in _TERMINAL and _nwords(run) <= 25
                         and self.print_head() and _nwords(t[next_unit.start:next_unit.end]) >= 25))):
            self.art.lede = self.clean(a, b)
            self.add("lede", a, b)
            self.problem("lede guessed: the paragraph between the title and the byline/date lines")
            return None
        if (whole and self.prev_kind == "lede" and self.art.lede and next_unit is not None and self.point_line(run)
                and self.point_line(self.art.lede) and self.pieces and self.pieces[-1][0] == "lede"
                and t.count("\n", self.pieces[-1][2], a) == 1 and (
                    self.meta_follows(next_unit) or (t.count("\n", b, next_unit.start) == 1
                                                     and self.point_then_meta(next_unit)))):
            # the standfirst's second point (or third or fourth), on its own line right under the first (one block: a paragraph set apart
            # by a blank line, "Watch the video ...", is no point of it) over the byline or date lines
            self.art.lede += "\n" + self.clean(a, b)
            self.add("lede", a, b)
            return None
        if (whole and next_unit is not None and self.prev_kind in ("date", "byline") and self.title_span
                and not self.art.lede and _nwords(run) <= 35 and run.rstrip("\"”’»)")[-1:] in _TERMINAL
                and _ACTION_LINE.fullmatch(t, next_unit.start, next_unit.end) and len(split_sentences(run)) == 1):
            # one sentence under the byline and date lines, over the page's buttons ("Download PDF", "Listen"): the
            # standfirst, not the story's first paragraph
            self.art.lede = self.clean(a, b)
            self.add("lede", a, b)
            self.problem("lede guessed: a sentence between the date lines and the page's buttons")
            return None
        if (whole and next_unit is not None and self.prev_kind == "title" and not self.art.lede
                and 6 <= _nwords(run) <= 60 and self.text.find("\n", b, next_unit.start) >= 0
                and _agency_res()[2].match(self.text, next_unit.start, next_unit.end)):
            # a line right under the headline, over the story's agency dateline ("ПЕКИН, 16 мая. /ТАСС/."): the
            # standfirst
            self.art.lede = self.clean(a, b)
            self.add("lede", a, b)
            self.problem("lede guessed: the paragraph between the title and the story's agency dateline")
            return None
        return a

    def series_guessed(self, a: int) -> bool:
        """Whether the guessed title is a series' name under the section's in one block, right over the line at ``a``:
        at most three capitalized words, no final mark, the section's line, it and that line apart by single line
        breaks."""
        ta, tb = self.title_span
        sb = self.pieces[-2][2]  # where the section's line ends
        return (self.short_title_guessed(_TERMINAL, signs=False)
                and self.text.count("\n", sb, ta) == 1 and self.text.count("\n", tb, a) == 1)

    def kicker_guessed(self) -> bool:
        """Whether the title is a guess that may be a topic line: at most three words, each capitalized ("Vladimir
        Putin", "Analysis"; a headline that short reads "Xi visits Moscow"), no section known."""
        if self.title_span is None or self.art.section or self.art.lede or self.meta_after_title:
            return False
        return self.short_title_guessed("!?", signs=True)

    def short_title_guessed(self, marks: str, *, signs: bool) -> bool:
        """Whether the title is a guess (a "title guessed" problem noted) of at most three words, each capitalized (or,
        with ``signs``, without a letter: "—", "2024"), its last not ending in one of ``marks``: what a series' name
        and a topic line look like (see series_guessed, kicker_guessed)."""
        words = self.text[slice(*self.title_span)].split()
        return (len(words) <= 3 and all(w[:1].isupper() or (signs and not _LETTER.search(w)) for w in words)
                and words[-1][-1:] not in marks and any(p.startswith("title guessed") for p in self.art.problems))

    def print_head(self) -> bool:
        """Whether a print edition's line ("Газета «Коммерсантъ» №45 от 21.03.2023, стр. 6") was read as the header's
        source line."""
        return any(k == "source" and "№" in self.text[a:b] and _PRINT_EDITION.fullmatch(self.text[a:b].strip())
                   for k, a, b in self.pieces)

    def after_date_time(self) -> bool:
        """Whether the header piece read last is a date line, or a time alone on its line right under one."""
        ps = self.pieces
        if not ps:
            return False
        if ps[-1][0] == "date":
            return True
        return (ps[-1][0] == "header" and len(ps) > 1 and ps[-2][0] == "date"
                and _ENTRY_TIME.fullmatch(self.text, ps[-1][1], ps[-1][2]) is not None)

    def rubric_guessed(self, run: str) -> bool:
        """Whether the title, guessed as the first short line, is a rubric of three words at most with the line
        ``run`` (read under the date lines) a headline of six words at least, twice as many as it has."""
        if self.title_span is None or self.art.lede or self.art.section or not _title_like(run):
            return False
        words = self.text[slice(*self.title_span)].split()
        n = _nwords(run)
        nxt = self.next_unit_after_pos(self.title_span[1], run)
        if nxt is None or not (_title_like(self.text[nxt.start:nxt.end])
                               or _agency_res()[2].match(self.text, nxt.start, nxt.end)):
            return False  # the line under it is a story's paragraph: it is a standfirst, not the headline
        return (len(words) <= 3 and n >= 6 and n >= 2 * len(words) and words[-1][-1:] not in "!?"
                and run.rstrip("\"”’»)")[-1:] not in _TERMINAL + "。！？"
                and "title guessed: the first short line without a final period" in self.problem_set
                and not _agency_res()[2].match(run))

    def next_unit_after_pos(self, after: int, run: str) -> _Unit | None:
        """The unit after the first one holding ``run`` past offset ``after``."""
        at = self.text.find(run, after)
        if at < 0:
            return None
        i = bisect_right(self.unit_starts, at)
        return self.units[i] if i < len(self.units) else None

    def date_line_under(self, after: int, run: str) -> _Unit | None:
        """The unit under the label line ``run`` (past offset ``after``) when it is a date line: a dated meta line or a
        relative time ("вчера, 18:40"); else None (see :meth:`label_line`)."""
        nxt = self.next_unit_after_pos(after, run)
        if nxt is not None and (self.is_meta_unit(nxt, dated=True)
                                or _relative_time(self.text[nxt.start:nxt.end].strip())):
            return nxt
        return None

    def kicker_from_title(self) -> None:
        """The guessed title is a topic line above the headline: make it the section."""
        a, b = self.title_span
        self.pieces = [("section" if p == ("title", a, b) else p[0], p[1], p[2]) for p in self.pieces]
        self.art.section = self.clean(a, b)
        self.title_span = None
        self.title_confirmed()  # the guess is withdrawn: its problem goes

    def section_then_meta(self, u: _Unit) -> bool:
        """``u`` is the story's rubric, a known section's name on its line, and a byline or date line follows it
        ("Бизнес / ТЭК" between the standfirst and "2 сентября 2025, 21:15", Vedomosti)."""
        line = self.text[u.start:u.end]
        if len(line) > 60 or line[-1:] in _TERMINAL or not _is_section(line):
            return False
        nxt = self.next_unit_after(u)
        return nxt is not None and self.is_meta_unit(nxt, dated=True)

    def caption_then_meta(self, u: _Unit) -> bool:
        """``u`` is a photo caption ending in its credit and a byline or date line follows it (Al Jazeera puts
        the lead photo between the standfirst and the date)."""
        if credit_start(self.text[u.start:u.end]) is None:
            return False
        nxt = self.next_unit_after(u)
        return nxt is not None and self.meta_follows(nxt)

    def unit_index(self, a: int) -> int:
        """The index of the unit starting at ``a``, or -1 when none does."""
        i = bisect_left(self.unit_starts, a)
        return i if i < len(self.unit_starts) and self.unit_starts[i] == a else -1

    def unit_ctx(self, a: int) -> str:
        """The element context of the unit starting at ``a`` ("h2", "li", ...; '' for a plain block or none)."""
        i = self.unit_index(a)
        return self.units[i].ctx if i >= 0 else ""

    def under_credit(self) -> bool:
        """Whether the header's last piece is a photo's credit, or furniture right under one ("Перейти в фотобанк")."""
        for kind, _a, _b in reversed(self.pieces[-3:]):
            if kind != "boilerplate":
                return kind == "credit"
        return False

    def author_link(self, u: _Unit) -> str:
        """The name a short unit (twelve words at most) opens with when it is a link to the writer's page (``rel=
        "author"``, or an address under /author/, /authors/, /profile/, /by/, /journalist/), or ''."""
        t = self.text
        pos = u.start
        for _ in range(3):  # back over the tags right before the words ("<a ...><strong>")
            ms = self.markup_by_end.get(pos)
            if ms is None:
                return ""
            if t.startswith(("<a ", "<A "), ms):
                break
            pos = ms
        else:
            return ""
        if not _AUTHOR_LINK.search(t, ms, pos) or _nwords(self.clean(u.start, u.end)) > 12:
            return ""
        close = t.find("</a>", u.start, u.end)
        name = self.clean(u.start, close if close > 0 else u.end)
        rest = self.clean(close, u.end) if close > 0 else ""
        # a name's words (an address under /by/ or /profile/ may be a page of anything: "Bylaws of the council"),
        # and no sentence going on after it ("Jane Doe reports from Beijing on the talks."): the story's line
        if not _NAME_RX.fullmatch(name) or (_nwords(rest) >= 3 and rest.rstrip("\"”’»)")[-1:] in _TERMINAL):
            return ""
        return name

    def page_standfirst(self, a: int, run: str) -> bool:
        """Whether the free run ``run`` at ``a``, a whole unit right under a saved page's <h1>, is its standfirst: a
        heading (<h2>-<h6>: a subheading stands between story paragraphs, never right under the headline) or a block
        of six to sixty words without a final full stop (as sites print standfirsts; a story's paragraph ends in one),
        or one with it over the lead photo's caption and the byline or date lines (the New York Times). A caption
        (<figcaption>) or a menu's item is none, nor is a block opening with a dateline ("BEIJING (Reuters) - ...":
        the story's first paragraph, however it ends) or ending in a colon (it leads into what follows: a list)."""
        if not self.html_blocks or self.prev_kind != "title" or not 6 <= _nwords(run) <= 60:
            return False
        if run.rstrip()[-1:] in (":", "：") or _opens_with_dateline(run):
            return False
        i = self.unit_index(a)
        if i < 1 or self.units[i - 1].ctx != "h1" or self.units[i].ctx in (
                "figcaption", "li", "title"):
            return False
        if self.units[i].ctx or run.rstrip("\"”’»)")[-1:] not in _TERMINAL:
            return True
        j = i + 1
        while j < min(len(self.units), i + 4) and self.units[j].ctx == "figcaption":
            j += 1
        return i + 1 < j < len(self.units) and self.meta_follows(self.units[j])

    def standfirst_then_meta(self, u: _Unit) -> bool:
        """``u`` reads as a standfirst (a line of eight words or more) and a byline or date line follows it."""
        if _nwords(self.text[u.start:u.end]) < 8:
            return False
        nxt = self.next_unit_after(u)
        return nxt is not None and self.meta_follows(nxt)

    def prefix_end(self, a: int, b: int, normalized: str) -> int | None:
        """Offset in text[a:b] after the words that make up ``normalized``."""
        want = normalized.split()
        got = 0
        for m in re.finditer(r"\w+", self.text[a:b]):
            got += 1
            if got == len(want):
                end = a + m.end()
                while end < b and not self.text[end].isspace():
                    end += 1
                return end
        return None

    def meta_follows(self, u: _Unit) -> bool:
        """A metadata unit follows: ``u`` itself, or a name line ("Jane Smith in Beijing") then one, or a person's
        name over where or what they are ("Amber Wang" / "in Beijing")."""
        return self.by_words(u.start, u.end, self._meta_follows, u)

    def _meta_follows(self, u: _Unit) -> bool:
        if self.is_meta_unit(u):
            return True
        if _NAME_LINE.fullmatch(self.text[u.start:u.end]):
            nxt = self.next_unit_after(u)
            return nxt is not None and (self.is_meta_unit(nxt) or (
                self.person_line(self.text[u.start:u.end]) and self.under_name(nxt, u.start)))
        return False

    def person_line(self, t: str) -> bool:
        """Whether the line ``t`` is people's names (two words at least each, "in Place" after one allowed): "Amber
        Wang", "Jane Smith in Beijing and John Roe"; not "TIME" or "The Moscow Times"."""
        return len(t) <= 120 and _NAME_LINE.fullmatch(t) is not None and not _NOT_NAME_WORDS.search(t) and not (
            _SUMMARY_HEAD.fullmatch(t)) and _PERSONS.fullmatch(
            re.sub(rf"\s+in\s+{_NAME}", "", t)) is not None and not _outlet_like(t) and not _is_section(t) and not (
            _agency_of(t.split()[0]))  # "ANI Asia": the agency and its desk

    def writers_line(self, a: int, t: str) -> bool:
        """Whether the line ``t`` at ``a`` is people's names that the text above does not name: the writers ("Jane
        Smith", "Jane Smith in Astana"), not the people a photo or the story is about ("Xi Jinping and Vladimir Putin"
        under "Xi meets Putin"). Only the names' capitalized words are looked for ("and" is in any headline)."""
        if not self.person_line(t):
            return False
        place = _IN_PLACE.search(t)
        names = t[:place.start()] if place else t
        return not self.named_above(a, " ".join(w for w in names.split() if w[:1].isupper()))

    def under_name(self, u: _Unit, name_at: int = -1) -> bool:
        """Whether ``u`` says where or what the person named on the line above (starting at ``name_at``, when the
        caller has it) is: "in Beijing", "Заместитель главного редактора «НГ»", "Senior correspondent", "NEW DELHI".
        A place in capitals is the writer's only where the lines above (the headline, the standfirst) do not name
        the person: a page's tag of the story's subject over its country's tag ("Vladimir Putin" / "RUSSIA" under
        "Putin and Xi pledge ...") is no byline."""
        t = self.text[u.start:u.end]
        if self.under_name_plain(t):
            return True
        return self.city_caps(t) and not (name_at >= 0 and self.named_above(name_at))

    def named_above(self, at: int, line: str | None = None) -> bool:
        """Whether the 600 characters above the name line at ``at`` name a word of it (its stem too: "Путина"), or of
        ``line`` when given (the names alone, without the "in Place" after them)."""
        if line is None:
            end = self.text.find("\n", at)
            line = self.text[at:end if end >= 0 else len(self.text)]
        above = self.text[max(0, at - 600):at]
        return any(re.search(r"(?<!\w)" + re.escape(w), above) is not None for w in re.findall(r"[^\W\d_]{2,}", line))

    @staticmethod
    def city_caps(t: str) -> bool:
        """The city the writer filed from, in capitals as a dateline's ("Suhasini Haidar" / "NEW DELHI"); not a
        section's name or a button's ("SHARE", "READ LATER")."""
        return len(t) <= 30 and t.isupper() and _CITY_CAPS.fullmatch(t) is not None and not _is_section(
            t) and not _is_boilerplate(t)

    @staticmethod
    def under_name_plain(t: str) -> bool:
        if _IN_PLACE_LINE.fullmatch(t):
            return True
        return _nwords(t) <= 10 and t[:1].isupper() and t[-1:] not in ".!?" and _JOB_WORD.search(t) is not None

    @classmethod
    def under_name_text(cls, t: str) -> bool:
        return cls.under_name_plain(t) or cls.city_caps(t)

    def next_unit_after(self, u: _Unit) -> _Unit | None:
        """The first unit starting after ``u`` ends, or None."""
        i = bisect_right(self.unit_starts, u.end)
        return self.units[i] if i < len(self.units) else None

    def lower_byline(self, t: str, e: int) -> re.Match | None:
        """The byline match of a line ``t`` (ending at ``e``) reading "by" in lower case over a date line ("by Oksana
        Dubrovska" / "May 9, 2025, 7:45 pm"), names only; None for any other line (a wrapped story line "by Xi
        Jinping" has no date line under it)."""
        if t[:3] != "by " or _nwords(t) > 7 or not (bm := _BYLINE.fullmatch("By " + t[3:])) or bm.group("rest"):
            return None
        ns = e + 1
        ne = self.text.find("\n", ns)
        if ne > ns and self.under_name_text(self.text[ns:ne].strip()):
            ns = ne + 1  # the writer's job or place between ("by Kenji Morioka" / "Staff writer" / "Nov 30, 2022")
            ne = self.text.find("\n", ns)
        hits = _find_dates(self.text, ns, len(self.text) if ne < 0 else ne)
        return bm if hits and hits[0].iso and hits[0].start - ns <= 2 else None

    def is_meta_unit(self, u: _Unit, *, dated: bool = False) -> bool:
        """Whether ``u`` is a header metadata line (``dated``: only a date or a byline), read by its words
        (:meth:`by_words`)."""
        return self.by_words(u.start, u.end, self._is_meta_unit, u, dated=dated)

    def _is_meta_unit(self, u: _Unit, *, dated: bool = False) -> bool:
        t = self.text[u.start:u.end]
        if not dated and (_is_boilerplate(t) or _KV.match(t) or _SOURCE.match(t)):
            return True
        if (_BYLINE.match(t) or self.lower_byline(t, u.end)) and _nwords(t) <= 14:
            return True
        if t.endswith(_STAFF_ENDS) and _nwords(t) <= 16 and _STAFF_NAMES.fullmatch(t):
            return True  # "SHIN NAKAMURA, Nikkei staff writer"
        if (kv := _KV.match(t)) and _KV_KIND.get(kv.group("key").lower()) == "byline" and _kv_value_fits(
                kv.group("key").lower(), kv.group("value")) and _nwords(t) <= 14:
            return True  # "Author: Margaret Ellison", "Текст: Игорь Дунаевский"
        if t[:3] in ("By ", "BY ") and _BYLINE_APPOSITION.fullmatch(t):
            return True  # "By Jack Detsch, a reporter at Foreign Policy"
        if not dated and _relative_time(t):
            return True  # a date relative to the day the page was copied: "вчера, 18:40", "Сегодня в 09:12"
        hits = _find_dates(self.text, u.start, u.end)
        if hits and hits[0].iso and t[:3].lower() == "by " and _NAME_LINE.fullmatch(_BY_ON.sub(
                "", self.text[u.start + 3:hits[0].start].rstrip())):
            return True  # "by Gabriel Honrada July 18, 2024", "By Aiman Nakispekova in Politics on 3 July 2024"
        if hits and hits[0].iso and all(h.label == "modified" for h in hits[1:]) and self.name_before_date(
                u.start, hits[1].start if len(hits) > 1 else u.end, hits[0]):
            return True  # "Iryna Kutielieva — Tuesday, 4 June 2024, 14:22", "Jane Doe |17.05.2024 - Update : 17.05.2024"
        if hits and hits[0].iso and " on " in t and (sep := _FIELD_SEP.search(self.text, u.start, hits[0].start)) and \
                sep.end() == hits[0].start and _NAMES_ON_FEED.fullmatch(self.text, u.start, sep.start()):
            return True  # an RSS reader's "Anastasia Tenisheva on The Moscow Times - Independent News · Oct 14 2024"
        if hits and hits[0].iso and (" · by " in t or " · By " in t) and (fb := _FEED_BY.match(t)) and \
                u.start + fb.end() == hits[0].start:
            return True  # a feed reader's item line: "Kyodo News · by KYODO NEWS · Nov 30, 2024 21:14"
        if hits and t[:1] == "(" and (ap := _AGENCY_BEFORE.match(t)) and u.start + ap.end() == hits[0].start and \
                _agency_of(ap.group(1)):
            return True  # "(Xinhua) 09:15, March 02, 2024"
        if hits and hits[0].iso and "," in t[:30] and (rb := _RUBRIC.match(t)) and u.start + rb.end() == hits[0].start \
                and _is_section(rb.group(1)):
            return True  # a known section before the date: "Экономика, 21 мар 2024, 18:40"
        if hits and hits[0].iso and hits[0].strong and 2 < hits[0].start - u.start <= 30 and _is_boilerplate(
                self.text[u.start:hits[0].start].strip()):
            return True  # a widget's label before a date with its time: "All News 16:32 June 19, 2024" (Yonhap)
        return bool(hits) and hits[0].start - u.start <= 2 and (hits[0].label or hits[0].strong or _nwords(t) <= 6)

    def title_lede(self, a: int, b: int) -> None:
        """A free run holding a title and maybe a lede ("China: We have decided Beijing's ... said.")."""
        t = self.text
        run = t[a:b]
        words = [(m.start(), m.end()) for m in _WORDS.finditer(run)]
        if run.rstrip("\"”’»)")[-1:] not in _TERMINAL or len(words) < 4:
            self.set_title(a, b)
            return
        best, best_score = None, 0.0
        for k in range(2, min(len(words) - 3, 26)):
            ws, we = words[k]
            w = run[ws:we].lstrip("\"“‘«(")
            prev = run[words[k - 1][0]:words[k - 1][1]]
            if not w[:1].isupper() or not prev[-1:].isalnum():
                continue
            score = 0.0
            if prev[:1].islower():
                score += 2
            if prev.lower() in _FUNC_LEFT or prev.lower() in ("a", "an", "as", "de", "y", "e"):
                score -= 3
            if w.lower() in ("the", "a", "an", "in", "on", "after", "according", "this", "its", "his", "her"):
                score += 1
            left = [run[x:y] for x, y in words[:k]]
            right = [run[x:y] for x, y in words[k:k + 12]]
            caps = lambda ws_: sum(1 for x in ws_ if x[:1].isupper()) / max(1, len(ws_))  # noqa: E731
            score += caps(left) - caps(right)
            if score > best_score:
                best, best_score = k, score
        if best is None:
            self.set_title(a, b)
            self.problem("title run holds no clear title/lede boundary: all of it taken as the title")
            return
        cut = a + words[best][0]
        ta, tb = self.strip(a, cut)
        self.set_title(ta, tb)
        self.art.lede = self.clean(cut, b)
        self.add("lede", cut, b)
        self.problem(f"title/lede boundary guessed: '…{t[max(a, cut - 20):cut].strip()} | {t[cut:cut + 20]}…'")

    # --- body -----------------------------------------------------------------------------------
    def body(self, units: list[_Unit], first: int, first_at: int | None, markup) -> None:
        if first >= len(units):
            return
        us = list(units[first:])
        if first_at is not None:
            us[0] = _Unit(first_at, us[0].end, us[0].ctx)
        self.story_from = us[0].start
        blocks: list[list[_Unit]] = []
        for u in us:
            if blocks and not self.breaks(blocks[-1][-1].end, u.start, markup, lines=not self.blank_lines):
                blocks[-1].append(u)
            else:
                blocks.append([u])
        kinds: list[list[tuple[str, int, int]]] = []
        for b in blocks:
            kinds.append(self.body_block(b))
            if not self.story_begun:
                self.story_begun = any(k == "body" for k, _s, _e in kinds[-1])
        # a block of short lines after a lone lead-in ("Explore more on these topics", then the topics): links
        # (whether a story paragraph stands before block i - 1, for a summary's box: the blocks are read for it once
        # each as the loop passes them, none changing once behind it; a scan from the first block per heading was
        # quadratic on a text of many "Key points:" lines)
        body_upto, body_before = 0, False
        for i in range(1, len(kinds)):
            prev = kinds[i - 1]
            if (len(prev) == 1 and prev[0][0] == "boilerplate" and _is_lead_in(self.text[prev[0][1]:prev[0][2]])
                    and len(blocks[i]) > 1 and all(
                        _nwords(self.text[u.start:u.end]) <= _LINK_WORDS for u in blocks[i])):
                kinds[i] = [("boilerplate", u.start, u.end) for u in blocks[i]]
            elif not self.blank_lines and len(prev) == 1 and prev[0][0] == "boilerplate" and len(blocks[i]) == 1 \
                    and _is_lead_in(self.text[prev[0][1]:prev[0][2]]):
                # a text with a paragraph on each line: the links under a lead-in ("Read more from Sky News:",
                # "Читайте также:") are lines of their own, each a headline (no sentence's end, 20 words at most);
                # up to four of them, the story going on after them ("... said the offer was fair." stays)
                self.lead_in_links(blocks, kinds, i)
            elif (not self.blank_lines and i >= 2 and len(prev) == 1 and prev[0][0] in ("body", "subheading?")
                  and len(blocks[i]) == 1 and prev[0][2] - prev[0][1] <= 30
                  and _SUMMARY_HEAD.fullmatch(self.text, prev[0][1], prev[0][2])):
                # a summary's box inside the story ("Key points:" over its points, a paragraph on each line): the
                # heading and its points (two at least, headlines as the links under a lead-in are) are furniture
                while not body_before and body_upto < i - 1:
                    body_before = any(k == "body" for k, _a, _b in kinds[body_upto])
                    body_upto += 1
                if body_before and self.lead_in_links(blocks, kinds, i, least=2, headlines=False):
                    kinds[i - 1] = [("boilerplate", prev[0][1], prev[0][2])]
        if self.html_blocks:
            self.link_boxes(blocks, kinds)
        # the story's last paragraph naming its authors only ("Андрей Колесников, Пекин; Елена Черненко")
        if kinds and kinds[-1] and len(blocks[-1]) == 1 and kinds[-1][0][0] in ("body", "subheading?"):
            _k, a, b = kinds[-1][0]
            if len(kinds[-1]) == 1 and _SIGNATURE.fullmatch(self.text, a, b):
                kinds[-1] = [("byline", a, b)]
                for part in self.text[a:b].split(";"):
                    self.add_authors(part.split(",")[0])
        if self.markdown:
            self.highlights_tail(blocks, kinds)
            self.md_excerpt(blocks, kinds)
            for i in range(1, len(kinds)):  # an image, then its caption in italics as a paragraph of its own
                if (kinds[i - 1] and len(kinds[i]) == 1 and kinds[i][0][0] in ("body", "subheading?")
                        and self.md_image_caption(kinds[i - 1][-1], kinds[i][0][1], kinds[i][0][2])):
                    kinds[i] = [("caption", kinds[i][0][1], kinds[i][0][2])]
        # a byline's label on a line of its own, the names on the next ("Авторы" / "Анастасия Гуляева, Ирина Петрова")
        for i in range(len(kinds) - 1):
            if (len(blocks[i]) == 1 and blocks[i][0].end - blocks[i][0].start <= 14 and len(blocks[i + 1]) == 1
                    and len(kinds[i + 1]) == 1
                    and _BYLINE_KEY_LINE.fullmatch(self.text, blocks[i][0].start, blocks[i][0].end)):
                _k, a, b = kinds[i + 1][0]
                if self.person_line(self.text[a:b]):
                    kinds[i] = [("byline", blocks[i][0].start, blocks[i][0].end)]
                    kinds[i + 1] = [("byline", a, b)]
                    self.add_authors(self.text[a:b])
        self.names_under_byline(kinds, blocks)
        if self.title_span:
            self.agency_caption(kinds, blocks)
            self.title_in_body(kinds)
        self.summary_box(blocks, kinds)  # (under the lead photo's caption and the title printed again, if any)
        if "   " in self.text:  # (a layout copy's wide gaps: most texts have none)
            self.folio_lines(kinds, blocks)
        if len(kinds) >= 6:
            self.page_furniture(kinds, blocks)
        self.repeated_captions(kinds)
        self.comments_section(kinds)
        if self.end_mark >= 0:
            # the story ends at a wire's end mark: the lines under it are the page's ("Дополнительно:" and its links)
            for i, ps in enumerate(kinds):
                if ps and ps[0][1] > self.end_mark:
                    kinds[i] = [("boilerplate" if k in ("body", "subheading?") else k, a, b) for k, a, b in ps]
        self.subscribe_widget(kinds)
        self.appeal_box(kinds, blocks)
        self.donation_box(kinds, blocks)
        self.end_matter(kinds, blocks)
        self.pull_quotes(kinds)
        # a subheading sits between story paragraphs
        is_body = [any(k == "body" for k, _, _ in ps) for ps in kinds]
        # any(is_body[i + 1:]) for every i, from the values as first computed (a later block's value is
        # only changed at its own turn); any(is_body[:i]) is kept as a running value of the updated ones
        body_after = [False] * len(is_body)
        for i in range(len(is_body) - 2, -1, -1):
            body_after[i] = body_after[i + 1] or is_body[i + 1]
        body_before = False
        ctx_starts: set[int] | None = None
        for i, ps in enumerate(kinds):
            if len(ps) == 1 and ps[0][0] == "subheading?" or len(ps) == 2 and ps[1][0] == "subheading?":
                # (two pieces: a live blog entry's time, then its headline, which heads the entry's story text even
                # before the first paragraph)
                _, a, b = ps[-1]
                # (or one over its entry's time alone, "Castellano concedes" / "11:31 PM EST", CBS News' layout)
                ok = (body_before or len(ps) == 2 or self.entry_time_block(kinds, i + 1)) and body_after[i]
                kinds[i] = ps[:-1] + [("subheading" if ok else "body", a, b)]
                if ok and not self.text[a:b].startswith("#"):
                    if ctx_starts is None:
                        ctx_starts = {u.start for u in self.units if u.ctx}
                    if a not in ctx_starts:
                        self.problem(f"subheading guessed (short line without final punctuation): {self.clean(a, b)[:60]!r}")
                is_body[i] = not ok
            body_before = body_before or is_body[i]
        for ps in kinds:
            for k, a, b in ps:
                self.add(k, a, b)
                if k in ("caption", "credit"):
                    self.add_caption(a, b)
                elif k == "subheading":
                    sub = self.clean(a, b).lstrip("#").strip()
                    self.art.subheadings.append(_md_visible(sub.rstrip("#")) if self.markdown else sub)

    def names_under_byline(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """The authors' names one to a line, the header's byline a bare name ("Иван Ткачёв" / "Ольга Кувшинова" /
        story): the lines opening the body right under it that are each a writer's name alone (two or three
        capitalized words, no name the text above gives: see :meth:`writers_line`) are bylines too, three at most.
        A byline with more than the name ("By Jane Doe", "Jane Doe, Reuters") is not followed so: a story's first
        line naming people ("Xi Jinping" as a photo's subject) stays where it is. A line with a word the text writes
        in small letters too is no name ("New York", "Market Outlook" over a story saying "new", "market"), and a
        fourth such line makes the run a list the story gives (a team's lineup): none is taken then."""
        if not (kinds and self.pieces and self.pieces[-1][0] == "byline"):
            return
        t = self.text
        _k, pa, pb = self.pieces[-1]
        prev = t[pa:pb].strip()
        if not (_nwords(prev) <= 3 and prev in self.art.authors):
            return  # (the line is the name it gave, nothing more)
        run = []
        for i in range(min(4, len(kinds))):
            if len(blocks[i]) != 1 or len(kinds[i]) != 1 or kinds[i][0][0] not in ("body", "subheading?"):
                break
            _k, a, b = kinds[i][0]
            line = t[a:b].strip()
            if not (_nwords(line) <= 3 and t.count("\n", pb, a) == 1 and self.writers_line(a, line)) or any(
                    re.search(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", t) for w in line.split() if w[:1].isupper()):
                break
            run.append((i, a, b, line))
            pb = b
        if len(run) > 3:
            return
        for i, a, b, line in run:
            kinds[i] = [("byline", a, b)]
            self.add_authors(line)

    def lead_in_links(self, blocks: list[list[_Unit]], kinds: list[list[tuple[str, int, int]]], i: int, *,
                      least: int = 1, headlines: bool = True) -> bool:
        """The one-line blocks from ``i`` under a lone lead-in, in a text without blank lines (a paragraph on each
        line): up to four lines that are each a link's headline (a story paragraph or a subheading read so far, 20
        words at most, no mark of a sentence's end closing it) are the box's links, page furniture; the box ends at
        the first line that is not one. More than four such lines, or fewer than ``least``, are not a box of links:
        none is taken. A link's headline opens with a capital (a digit, a quote): a line opening in small letters goes
        on with the story's words ("See also:" / "the union's statement on its website"), and ends the box, unless
        ``headlines`` is false (a summary's points: "ставка сохранена на уровне 21%"). Whether they were."""
        t = self.text
        run = []
        for j in range(i, min(i + 5, len(kinds))):
            ps, u = kinds[j], blocks[j][0]
            line = t[u.start:u.end].rstrip()
            if (len(blocks[j]) != 1 or len(ps) != 1 or ps[0][0] not in ("body", "subheading?")
                    or line[-1:] in _TERMINAL or _nwords(line) > _LINK_WORDS or (headlines and line[:1].islower())):
                break
            run.append(j)
        else:
            if len(run) > 4:
                return False
        if len(run) < least:
            return False
        for j in run:
            kinds[j] = [("boilerplate", kinds[j][0][1], kinds[j][0][2])]
        return bool(run)

    def link_boxes(self, blocks: list[list[_Unit]], kinds: list[list[tuple[str, int, int]]]) -> None:
        """A saved page's box of links inside the story ("Related Stories", "Read more", "Читайте также", "Также по
        теме" over links to other articles): under a lone lead-in line, or opening one line with it, the blocks that are
        a link's words alone (an <a> element opened right before them and closed right after, only tags between: no
        sentence of the story is a link from its first word to its last), without a full stop, and the date printed
        under one ("28 января, 10:12"), are the box's: page furniture."""
        t = self.text
        box = bool(self.pieces) and self.pieces[-1][0] == "boilerplate" and _is_lead_in(self.clean(*self.pieces[-1][1:]))
        for i in range(len(kinds)):  # (the lead-in may close the header: "Related Stories" under a standfirst)
            ps, u = kinds[i], blocks[i][0]
            one = len(blocks[i]) == 1 and len(ps) == 1
            line = t[u.start:u.end]
            if one and ps[0][0] == "boilerplate" and _is_lead_in(self.clean(u.start, u.end)):
                box = True
                continue
            if one and ps[0][0] in ("body", "subheading?") and _nwords(self.clean(u.start, u.end)) <= _LINK_WORDS + 4 \
                    and line.rstrip()[-1:] not in ".!?…" and self.linked(u.start, u.end, lead=not box):
                kinds[i] = [("boilerplate", u.start, u.end)]
                box = True
                continue
            if box and one and ps[0][0] in ("body", "date", "header") and _nwords(line) <= 5 and (
                    _CLOCK.search(line) or any(h.iso for h in _find_dates(t, u.start, u.end))):
                kinds[i] = [("boilerplate", u.start, u.end)]  # the date of the article linked
                continue
            box = False

    def linked(self, s: int, e: int, *, lead: bool) -> bool:
        """Whether text[s:e] is a link's words alone: an <a> element opens right before them (only tags and white
        space between) and one closes right after them; ``lead``: the words open with a lead-in ("Также по теме")
        in an element of its own, the link after it."""
        t = self.text
        if lead:
            i = bisect_left(self.markup_starts, s)
            if i >= len(self.markup) or self.markup[i][0] >= e or not _is_lead_in(" ".join(t[s:self.markup[i][0]].split())):
                return False
            while i < len(self.markup) and self.markup[i][0] < e and t[self.markup[i][1]:e].strip():
                ms, me, _inline = self.markup[i]
                if t.startswith(("<a ", "<a>"), ms):
                    s = me
                    break
                i += 1
            else:
                return False
        found, pos = False, s
        for _ in range(4):  # back over the tags right before the words ("<a ...><h3>...")
            while pos > 0 and t[pos - 1].isspace():
                pos -= 1
            ms = self.markup_by_end.get(pos)
            if ms is None:
                break
            if t.startswith(("<a ", "<a>"), ms):
                found = True
                break
            pos = ms
        if not found:
            return False
        pos = e
        for _ in range(4):  # on over the tags right after them ("...</h3></a>")
            while pos < len(t) and t[pos].isspace():
                pos += 1
            if t.startswith("</a>", pos):
                return True
            me = self.markup_by_start.get(pos)
            if me is None:
                return False
            pos = me
        return False

    def summary_box(self, blocks: list[list[_Unit]], kinds: list[list[tuple[str, int, int]]]) -> None:
        """A summary's heading opening the body ("KEY POINTS", "Executive Summary:", "Key takeaways") over its points,
        before any story paragraph: the heading is a ``header`` line and its points (the lines under it in its
        block, or the block under it: six lines at most, 60 words each) the ``lede``, not the story."""
        t = self.text
        if blocks and self.pieces and self.pieces[-1][2] <= blocks[0][0].start and _SUMMARY_HEAD.fullmatch(
                t, self.pieces[-1][1], self.pieces[-1][2]) and len(blocks[0]) <= 6 and all(
                _nwords(t[u.start:u.end]) <= 60 for u in blocks[0]) and len(blocks) > 1 and (
                len(blocks[0]) > 1 or not _news_summary_head(t[self.pieces[-1][1]:self.pieces[-1][2]])):
            # the heading read with the header ("KEY POINTS" under the byline), its points opening the body
            kinds[0] = [("lede", blocks[0][0].start, blocks[0][-1].end)]
            if not self.art.lede:
                self.art.lede = " ".join(" ".join(t[u.start:u.end].split()) for u in blocks[0])
            return
        for i, ps in enumerate(kinds[:8]):
            if any(k == "body" for k, _a, _b in ps) and not _SUMMARY_HEAD.fullmatch(t, blocks[i][0].start,
                                                                                    blocks[i][0].end):
                return  # a story paragraph first
            if not _SUMMARY_HEAD.fullmatch(t, blocks[i][0].start, blocks[i][0].end):
                continue
            points = blocks[i][1:] or (blocks[i + 1] if i + 1 < len(blocks) else [])
            if not points or len(points) > 6 or any(_nwords(t[u.start:u.end]) > 60 for u in points) or (
                    len(points) == 1 and _news_summary_head(t[blocks[i][0].start:blocks[i][0].end])):
                return
            kinds[i] = [("header", blocks[i][0].start, blocks[i][0].end)] + (
                [("lede", points[0].start, points[-1].end)] if len(blocks[i]) > 1 else [])
            if len(blocks[i]) == 1:
                kinds[i + 1] = [("lede", points[0].start, points[-1].end)]
            if not self.art.lede:
                self.art.lede = " ".join(" ".join(t[u.start:u.end].split()) for u in points)
            return

    def pull_quotes(self, kinds: list[list[tuple[str, int, int]]]) -> None:
        """A paragraph that is only a quotation (in quote marks, 50 words at most) whose words another story paragraph
        holds ("“Beijing will not sacrifice ... to rescue Moscow.”" over the paragraph quoting the diplomat): a
        magazine's pull quote, printed again from the story, is page furniture (``boilerplate``)."""
        t = self.text
        cands = []
        for i, ps in enumerate(kinds):
            if len(ps) == 1 and ps[0][0] == "body" and t[ps[0][1]] in "\"“«„'‘" and t[ps[0][2] - 1] in "\"”»“'’":
                _k, a, b = ps[0]
                if _nwords(t[a:b]) <= 50 and t.find("\n", a, b) < 0:
                    cands.append(i)
        if not cands:
            return
        paras = {i: _norm(self.clean(ps[0][1], ps[-1][2])) for i, ps in enumerate(kinds)
                 if any(k == "body" for k, _a, _b in ps)}
        for i in cands:
            key = paras.get(i, "")
            if len(key) >= 20 and any(j != i and key in p and len(p) > len(key) for j, p in paras.items()):
                kinds[i] = [("boilerplate", kinds[i][0][1], kinds[i][0][2])]

    def subscribe_widget(self, kinds: list[list[tuple[str, int, int]]]) -> None:
        """A subscription widget in the story's flow: two lines of a subscribe or sign-up box ("Subscribe to Sinica
        Notes" ... "Subscribe") with at most three short paragraphs between them (12 words at most each: "Launched 2
        years ago", the blog's description): the paragraphs between are the widget's."""
        t = self.text
        marks = [i for i, ps in enumerate(kinds) if len(ps) == 1 and ps[0][0] == "boilerplate"
                 and ps[0][2] - ps[0][1] <= 60 and _BOX_MARK.search(t, ps[0][1], ps[0][2])]
        for i, j in zip(marks, marks[1:], strict=False):
            if 1 < j - i <= 4 and all(len(kinds[m]) == 1 and kinds[m][0][0] in ("body", "subheading?")
                                      and _nwords(t[kinds[m][0][1]:kinds[m][0][2]]) <= 12 for m in range(i + 1, j)):
                for m in range(i + 1, j):
                    kinds[m] = [("boilerplate", kinds[m][0][1], kinds[m][0][2])]

    def appeal_box(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """A box appealing for support or subscriptions among the last four paragraphs: a block of three lines at
        least headed by a line without a full stop ("Join us in rebuilding Novaya Gazeta Europe"), with a button's
        or a subscription's line in it ("Support Novaya Gazeta Europe", "Subscribe") read as boilerplate: the
        whole block is the box, its sentences ("The Russian government has banned independent media. ...") too
        (lines of 40 words at most: a story's paragraph is no box's)."""
        t = self.text
        for i in range(len(blocks) - 1, max(-1, len(blocks) - 5), -1):
            blk = blocks[i]
            if len(blk) < 2 or not any(k == "body" for k, _a, _b in kinds[i]):
                continue
            head = t[blk[0].start:blk[0].end]
            if not (_headline_like(head) or _nwords(head) <= 12 and _APPEAL.search(head)) or _nwords(head) < 3:
                continue  # a heading without a full stop, or an appeal of its own ("Support X on Patreon!")
            if len(blk) == 2 and not all(_APPEAL.search(t, u.start, u.end) for u in blk):
                continue  # two lines: an appeal's heading and an appeal ("... support us, or become our patron!")
            if (any(k == "boilerplate" and _APPEAL.search(t, a, b) for k, a, b in kinds[i]) or any(
                    _APPEAL.search(t, u.start, u.end) and _is_boilerplate(t[u.start:u.end]) for u in blk)
                    or len(blk) == 2) and all(_nwords(t[u.start:u.end]) <= 40 for u in blk):
                kinds[i] = [("boilerplate", blk[0].start, blk[-1].end)]

    def donation_box(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """A donation box anywhere in the story's flow (as pages put it between paragraphs): a block of two to five
        lines closed by the box's button alone on its line ("Поддержать", "Поддержать «Медузу»", "Donate now"), headed
        by a line without a full stop, with an appeal for money or support in a line above the button ("Поддержите
        «Эхо»" / "Мы работаем благодаря вам. Каждый донат ..." / "Поддержать"): the whole block is the box. A story's
        block never closes on the bare verb, and one whose lines ask for nothing ("Власти решили поддержать
        ..." closes no block on a button) keeps its reading."""
        t = self.text
        for i, blk in enumerate(blocks):
            if not 2 <= len(blk) <= 5 or not any(k == "body" for k, _a, _b in kinds[i]):
                continue
            last = blk[-1]
            if last.end - last.start > 40 or not ("оддерж" in (btn := t[last.start:last.end].lower()) or "онат" in btn
                                                  or "ожертв" in btn or "омоч" in btn or "onate" in btn):
                continue  # (the cheap test first: the button's word on a short last line)
            if not _DONATE_BUTTON.fullmatch(t[last.start:last.end].strip()):
                continue
            head = t[blk[0].start:blk[0].end].rstrip()
            if head[-1:] == "." or any(_nwords(t[u.start:u.end]) > 40 for u in blk):
                continue
            if any(_DONATE_APPEAL.search(t, u.start, u.end) for u in blk[:-1]):
                kinds[i] = [("boilerplate", blk[0].start, blk[-1].end)]

    def bare_comments_head(self, kinds: list[list[tuple[str, int, int]]], i: int, j: int) -> bool:
        """Whether the piece kinds[i][j] is a bare "Comments"/"Комментарии" (a button as often as a heading) over a
        reader's comment: the next piece opens with the commenter's name and when they wrote ("Сергей К., вчера,
        18:40", "Jane D., May 2, 2025 at 14:05")."""
        t = self.text
        _k, a, b = kinds[i][j]
        if t[a:b].strip().lower() not in ("comments", "комментарии", "reader comments", "комментарии читателей"):
            return False
        nxt = kinds[i][j + 1] if j + 1 < len(kinds[i]) else (kinds[i + 1][0] if i + 1 < len(kinds) and kinds[i + 1]
                                                             else None)
        if nxt is None:
            return False
        line_end = t.find("\n", nxt[1], nxt[2])
        return _COMMENT_BY.fullmatch(t[nxt[1]:nxt[2] if line_end < 0 else line_end].strip()) is not None

    def comments_section(self, kinds: list[list[tuple[str, int, int]]]) -> None:
        """A comments section's heading after three story paragraphs at least ("Discussion about this post",
        "12 Comments", "Join the conversation"): readers' comments and the page's widgets follow it, not the story
        (the last such heading counts; its pieces and all after it are ``boilerplate``)."""
        t = self.text
        if not ("omments" in t or "iscussion about" in t or "he conversation" in t or "he discussion" in t
                or "eave a " in t or "OMMENTS" in t or "омментари" in t or " first" in t or "ort by" in t):
            return  # no heading of the kind anywhere
        found = None  # the first heading of the run of comments (a page may show several: "12 Comments" ...
        # "Show more comments"), three story paragraphs at least above it
        for i in range(len(kinds) - 1, max(-1, len(kinds) - 60), -1):
            for j, (k, a, b) in enumerate(kinds[i]):
                if k not in ("body", "subheading?", "boilerplate"):
                    continue
                at = a
                if t.find("\n", a, b) >= 0:
                    # a line of a block of short lines ("Нравится 245" / "Комментировать 12" / "Поделиться 37"): the
                    # block is cut there, the heading's line and the lines under it go with the comments
                    if b - a > 400:
                        continue
                    starts = _line_starts(t, a, b)
                    n = next((x for x, s in enumerate(starts) if _COMMENTS_HEAD.fullmatch(
                        t[s:(t.find("\n", s, b) + 1 or b + 1) - 1].strip())), None)
                    if n is None:
                        continue
                    while n and _BUTTON_COUNT.fullmatch(t, starts[n - 1], starts[n] - 1):
                        n -= 1  # a button with its count above it ("Нравится 245")
                    at = starts[n]
                elif b - a > 40 or not (_COMMENTS_HEAD.fullmatch(t[a:b].strip()) or self.bare_comments_head(kinds, i, j)):
                    continue
                if sum(1 for ps in kinds[:i] for p in ps if p[0] == "body") < 3:
                    break
                found = (i, j, at)
        if found is None:
            return
        i, j, at = found
        k, a, b = kinds[i][j]
        if at > a:
            kinds[i] = kinds[i][:j] + [(k, a, at - 1), (k, at, b)] + kinds[i][j + 1:]
            j += 1
        kinds[i] = kinds[i][:j] + [("boilerplate" if p[0] in ("body", "subheading?") else p[0], p[1], p[2])
                                   for p in kinds[i][j:]]
        for m in range(i + 1, len(kinds)):
            kinds[m] = [("boilerplate" if p[0] in ("body", "subheading?") else p[0], p[1], p[2]) for p in kinds[m]]

    def md_excerpt(self, blocks: list[list[_Unit]], kinds: list[list[tuple[str, int, int]]]) -> None:
        """A quoted block labelled as the excerpt before the story ("> ## Excerpt", then "> Beijing and Moscow
        say ..."; MarkDownload): the lede, its label a header line."""
        t = self.text
        for i, blk in enumerate(blocks):
            if (len(blk) > 1 and all(t[u.start] == ">" for u in blk)
                    and _MD_EXCERPT.fullmatch(t, blk[0].start, blk[0].end)):
                kinds[i] = [("header", blk[0].start, blk[0].end), ("lede", blk[1].start, blk[-1].end)]
                if not self.art.lede:
                    self.art.lede = _md_visible(_MD_QUOTE.sub(" ", t[blk[1].start:blk[-1].end]))
                return
            if any(k == "body" for k, _a, _b in kinds[i]):
                return  # the story has begun

    def md_image_caption(self, prev: tuple[str, int, int], a: int, b: int) -> bool:
        """Whether text[a:b] is a line in italics (or bold) of at most 60 words right under a Markdown image line
        (``prev``, the piece before it): the image's caption. A plain line is one too when it is the very next line
        (no blank line between: a clipper writes a figure's caption so, "![...](...)" / "The container ship ...
        (Rosatom)") of at most 40 words and two sentences, the last closed by a credit in parentheses: a name, each
        word capitalized but a credit's small words ("(Rosatom)", "(Courtesy of the ministry)"; not "(See chart)",
        "(Russian only)"), and no one said to speak in it (the story's first paragraph signed by its agency: "...,
        officials said. (Reuters)")."""
        k, pa, pb = prev
        if not (k == "caption" and self.text.startswith(("![", "[!["), pa) and _nwords(self.text[a:b]) <= 60):
            return False
        if _MD_WRAPPED.fullmatch(self.text, a, b) is not None:
            return True
        line = self.text[a:b].rstrip()
        if not (line[-1:] == ")" and self.text[pb:a].strip(" \t") == "\n" and _nwords(line) <= 40
                and line.count(". ") <= 2 and (m := _PAREN_CREDIT_END.search(line)) is not None):
            return False
        return (all(not w[:1].isalpha() or w[:1].isupper() or w in _CREDIT_SMALL_WORDS
                    for w in line[m.start() + 1:].strip(" ()").split())
                and not any(w in line for w in _SAID_WORDS))

    def highlights_tail(self, blocks: list[list[_Unit]], kinds: list[list[tuple[str, int, int]]]) -> None:
        """A read-later app's highlights after the story ("Highlights", "## My notes", then quoted or listed
        passages of the story to the end): page furniture, not story text said twice."""
        t = self.text
        k = len(blocks)
        while k > 0 and all(t[u.start] in ">-*•" for u in blocks[k - 1]):
            k -= 1
        if k == len(blocks) or k == 0:
            return
        head = blocks[k - 1]
        if not _MD_HIGHLIGHTS.fullmatch(t, head[0].start, head[-1].end):
            return
        for i in range(k - 1, len(blocks)):
            kinds[i] = [("boilerplate", blocks[i][0].start, blocks[i][-1].end)]

    def agency_caption(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """The lead photo's caption between the header and the story, closed by the agency that took the photo in
        parentheses ("Putin and Xi attend a welcoming ceremony in Beijing on May 16, 2024. (AFP)"), as Gulf and South
        Asian outlets print it: a ``caption`` and its ``credit`` when it is the first paragraph of the body, of one
        line, and the next paragraph of text repeats the title or opens with a dateline ("BEIJING: ...", "MOSCOW
        (AFP) - ..."), with two story paragraphs at least after it. (A story's paragraph closed by an agency's tag
        has the story going on under it, no headline or dateline.) A standfirst may stand over the caption: a
        paragraph of one line without a final stop ("Putin was in Beijing for the Belt and Road Forum, his first trip
        ..." / the caption / "BEIJING: ..."), Arab News' page: the ``lede``, when the caption is read."""
        dek = -1  # the standfirst's block over the caption, if any
        for i, ps in enumerate(kinds[:4]):
            if not any(k == "body" for k, _a, _b in ps):
                continue
            if len(blocks[i]) != 1 or len(ps) != 2 or ps[0][0] != "body" or ps[1][0] != "agency":
                if (dek < 0 and len(blocks[i]) == 1 and len(ps) == 1 and i + 1 < len(kinds)
                        and self.text[ps[0][2] - 1] not in ".!?\"”»:;," and _nwords(self.text[ps[0][1]:ps[0][2]]) <= 40):
                    dek = i  # (the caption must be the very next block: see below)
                    continue
                return
            if dek >= 0 and dek != i - 1:
                return
            nxt = next((j for j in range(i + 1, min(len(kinds), i + 3))
                        if any(k in ("body", "subheading?") for k, _a, _b in kinds[j])), None)
            if nxt is None or sum(any(k == "body" for k, _a, _b in q) for q in kinds[nxt:]) < 2:
                return
            a, b = kinds[nxt][0][1], kinds[nxt][-1][2]
            repeat = b - a <= 250 and _norm(self.clean(a, b)) == _norm(self.clean(*self.title_span))
            dated = kinds[nxt][0][0] == "agency" or self.place_dateline(a, b, reach=60) is not None
            if not (repeat or dated):
                return
            kinds[i] = [("caption", ps[0][1], ps[0][2]), ("credit", ps[1][1], ps[1][2])]
            if dek >= 0:
                kinds[dek] = [("lede", kinds[dek][0][1], kinds[dek][0][2])]
                if not self.art.lede:
                    self.art.lede = self.clean(kinds[dek][0][1], kinds[dek][0][2])
            # the story's first paragraph, under the title printed again (and a summary's points): its dateline, read
            # as the third story paragraph's when the paragraphs were read, is split off now ("BEIJING: Chinese ...")
            for k in range(nxt + 1, min(len(kinds), nxt + 4)) if repeat else (nxt,):
                if len(kinds[k]) == 1 and kinds[k][0][0] == "body":
                    a, b = kinds[k][0][1], kinds[k][0][2]
                    if (end := self.place_dateline(a, b)) is not None:
                        kinds[k] = [("header", a, end), ("body", end, b)]
                        break
            return

    def title_in_body(self, kinds: list[list[tuple[str, int, int]]]) -> None:
        """The title printed again at the start of the body, after short lines only (a newsletter's masthead
        under a forwarded message's header: "CARNEGIE POLITIKA", then the title): a ``title_repeat``, and those
        lines ``header``. Looks at the first four paragraphs, before any story paragraph."""
        t = self.text
        key = None
        for j, ps in enumerate(kinds[:4]):
            if len(ps) != 1 or ps[0][0] not in ("body", "subheading?"):
                if any(k == "body" for k, _a, _b in ps):
                    return
                continue
            _k, a, b = ps[0]
            if b - a > 250 or not _headline_like(t[a:b]):
                return
            key = key or _norm(self.clean(*self.title_span))
            if _norm(self.clean(a, b)) == key:
                kinds[j] = [("title_repeat", a, b)]
                for i in range(j):
                    if kinds[i][0][0] in ("body", "subheading?"):
                        kinds[i] = [("header", kinds[i][0][1], kinds[i][0][2])]
                self.title_confirmed()
                return

    # a running head or foot: a line of this many words at most, found so at least this many times
    RUNNING_WORDS = 12
    RUNNING_TIMES = 3

    def page_furniture(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """What a page's layout prints around the story, in a text copied from a paginated document (a think
        tank's report from its PDF, a print edition's page): ``boilerplate`` all, but a section's heading.

        * running heads and feet: a line of :attr:`RUNNING_WORDS` words at most, two of them words of letters,
          without a sentence's final stop or a speaker's colon, that is a paragraph or opens one, and that stands so
          :attr:`RUNNING_TIMES` times at least, its numbers aside ("Pipeline politics: China, Russia and the limits
          of energy partnership" over every page, "1 Chatham House", "2 Chatham House" under them);
        * a page's footnotes: a paragraph each of whose lines opens with a number that a superscript marks in the
          text before it ("1 See, for example, Gabuev ..." under "... the obvious destination.¹"), numbers in
          order;
        * a table of contents: a paragraph opening with its heading ("Contents", "Содержание") whose other lines,
          two at least, mostly end in a page number;
        * a section's number alone on a line ("01") over a short line without a full stop: that line is the
          section's heading (a ``subheading?``, made a subheading between story paragraphs)."""
        t = self.text
        firsts: dict[str, list[int]] = {}  # a first line's words, numbers aside -> the blocks it opens
        for i, ps in enumerate(kinds):
            if not ps or ps[0][0] not in ("body", "subheading?") or not blocks[i]:
                continue
            a, b = self.strip(blocks[i][0].start, blocks[i][0].end)
            if b - a > 160 or t[b - 1:b] in ".!?…:" or not t[a:b].strip():
                continue
            line = t[a:b]
            if _nwords(line) > self.RUNNING_WORDS:
                continue
            if sum(len(w) > 1 and w.isalpha() for w in line.split()) >= 2:
                firsts.setdefault(" ".join(_DIGITS.sub("#", line).casefold().split()), []).append(i)
            if len(blocks[i]) >= 3 and _CONTENTS_HEAD.fullmatch(line):
                rest = [self.line_text(u.start, u.end) for u in blocks[i][1:]]
                if sum(_PAGE_NUMBER_END.fullmatch(x) is not None for x in rest) * 3 >= len(rest) * 2:
                    kinds[i] = [("boilerplate", blocks[i][0].start, blocks[i][-1].end)]
        for at in firsts.values():
            if len(at) < self.RUNNING_TIMES:
                continue
            for i in at:
                ua = blocks[i][0]
                if len(blocks[i]) == 1:
                    kinds[i] = [("boilerplate", *self.strip(ua.start, ua.end))]
                else:  # the head opens a paragraph: the lines under it stay what they were
                    k, _a, b = kinds[i][0]
                    rest = blocks[i][1].start
                    kinds[i] = [("boilerplate", ua.start, ua.end)] + ([(k, rest, b)] if b > rest else []) + kinds[i][1:]
        self.section_numbers(kinds, blocks)
        if any(c in t for c in _SUPERSCRIPTS):
            self.page_footnotes(kinds, blocks)

    def folio_lines(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """A page's running head or foot as a PDF's layout copy prints it (see :func:`_folio_line`), a paragraph of
        one line: ``boilerplate``, found once or more (the running heads of :meth:`page_furniture` must stand three
        times, with their words in the same order, where a two-page excerpt has a verso's foot and a recto's)."""
        t = self.text
        for i, ps in enumerate(kinds):
            if len(ps) != 1 or len(blocks[i]) != 1 or ps[0][0] not in ("body", "subheading?"):
                continue
            a, b = self.strip(blocks[i][0].start, blocks[i][0].end)
            if b - a <= 200 and "   " in t[a:b] and _folio_line(t[a:b]) and not any(
                    self.table_row(blocks[j][0]) for j in (i - 1, i + 1) if 0 <= j < len(blocks) and blocks[j]):
                kinds[i] = [("boilerplate", a, b)]

    def table_row(self, u: _Unit) -> bool:
        """Whether the paragraph ``u`` opens with a table's row of a layout copy: three fields at least apart by wide
        gaps, not a page's head or foot. A folio stands among the story's paragraphs; a line of words and a number by
        a table's row is the table's head ("Region     Gazprom     Rosneft     12" over "Siberia     40.1     22.3")."""
        t = self.text
        e = t.find("\n", u.start, u.end)
        line = t[u.start:e if e >= 0 else u.end].strip()
        return "   " in line and len(_LAYOUT_GAP.split(line)) >= 3 and not _folio_line(line)

    def section_numbers(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """A section's number alone on a line ("01", "IV.") over its heading, a short line without a full stop, in the
        same paragraph or the next: the number is ``boilerplate``, the heading a ``subheading?``."""
        t = self.text
        for i, ps in enumerate(kinds):
            if not ps or len(blocks[i]) > 2 or not _SECTION_NUMBER.fullmatch(t, *self.strip(blocks[i][0].start,
                                                                                            blocks[i][0].end)):
                continue
            if len(blocks[i]) == 2:
                j, head = i, blocks[i][1]
            elif i + 1 < len(kinds) and len(blocks[i + 1]) == 1:
                j, head = i + 1, blocks[i + 1][0]
            else:
                continue
            a, b = self.strip(head.start, head.end)
            if (not t[a:a + 1].isupper() or t[b - 1:b] in _TERMINAL + ":" or _nwords(t[a:b]) > 10
                    or not all(k in ("body", "subheading?", "boilerplate") for k, _a, _b in kinds[i] + kinds[j])):
                continue
            number = self.strip(blocks[i][0].start, blocks[i][0].end)
            kinds[i] = [("boilerplate", *number)] + ([("subheading?", a, b)] if j == i else [])
            if j != i:
                kinds[j] = [("subheading?", a, b)]

    def page_footnotes(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """A page's footnotes (see :meth:`page_furniture`): paragraphs of numbered lines whose numbers a superscript
        marks in the text above them, in order."""
        t = self.text
        for i, ps in enumerate(kinds):
            if len(ps) != 1 or ps[0][0] not in ("body", "subheading?") or not t[ps[0][1]:ps[0][1] + 1].isdigit():
                continue
            numbers = []
            for u in blocks[i]:
                m = _NOTE_NUMBER.match(t, *self.strip(u.start, u.end))
                if m is None:
                    break
                numbers.append(int(m.group(1)))
            if len(numbers) != len(blocks[i]) or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
                continue
            before = t[:ps[0][1]]
            if all(str(n).translate(_TO_SUPERSCRIPT) in before for n in numbers):
                kinds[i] = [("boilerplate", ps[0][1], ps[0][2])]

    def repeated_captions(self, kinds: list[list[tuple[str, int, int]]]) -> None:
        """A paragraph that repeats a photo caption read before it (in the header or the body; its credit left
        out) is a caption: a page copied with its picture's caption shown twice, once without the credit. Only
        paragraphs of one line and 60 words at most are compared. (Two paragraphs that only repeat each other
        stay story text: a story's paragraph printed twice is not a caption.)"""
        t = self.text
        for i, ps in enumerate(kinds):
            if len(ps) != 1 or ps[0][0] not in ("body", "subheading?"):
                for k, a, b in ps:
                    if k == "caption":
                        self.caption_key(t[a:b].strip())
                continue
            if not self.caption_lens:
                continue
            _k, a, b = ps[0]
            if b - a not in self.caption_lens:
                continue
            a, b = self.strip(a, b)
            if t[a:a + 1].isupper() and t.find("\n", a, b) < 0 and _norm(t[a:b]) in self.caption_keys:
                kinds[i] = [("caption", a, b)]

    def caption_key(self, caption: str) -> None:
        """Remember a caption's words without its credit (see :meth:`repeated_captions`)."""
        cs = credit_start(caption)
        head = (caption[:cs] if cs else caption).strip()
        self.caption_keys.add(_norm(head))
        self.caption_lens.update(range(len(head) - 6, len(head) + 7))

    def end_matter(self, kinds: list[list[tuple[str, int, int]]], blocks: list[list[_Unit]]) -> None:
        """Page furniture after the story's last paragraph, read line by line from the end of the text up to the
        first line of story text:

        * the authors' notes: a line of sentences about a byline's name ("Jack Detsch is a Pentagon reporter at
          Foreign Policy. Twitter: @JackDetsch"; or about a name the story never used, in a note set apart: see
          :meth:`is_bio`), or an author's name alone, are a ``byline``;
        * editors' initials ("kk"), a letter's closing ("Best,") and the name under it, an invitation to join
          ("Join thousands of ..."), a postal address, are ``boilerplate``;
        * short lines without a full stop (headlines of links, a widget's items) under a line that announces them
          ("Related Posts", "More from SCMP", "KEYWORDS", "Материалы по теме:", "Sign up for our newsletters",
          "(END)", "Best,") are ``boilerplate``; under "Authors"/"Авторы" a line of names is a ``byline``.

        The same sentences inside the story stay story text: "Wang Yi is a veteran diplomat" is an author's note
        only in this closing run, and only when it names an author or is set apart as a note."""
        t = self.text
        if not self.markup:  # most texts end in a line of story text, where the loop below would stop at once
            last = next((p for ps in reversed(kinds) for p in reversed(ps) if p[0] in ("body", "subheading?")), None)
            if last is None:
                return
            k, a, b = last
            ls = t.rfind("\n", a, b) + 1 or a
            line = t[ls:b].strip()
            sp = line.find(" ") + 1  # a note opens with a name of two capitalized words at least
            if (len(line) > 30 and line[-1] in ".!?…\"”»" and line[0] not in "*_" and line[:4].lower() != "join"
                    and not (line[0] in "C©" and _COPYRIGHT_NOTICE.match(line))
                    and not (line[sp:sp + 1].isupper() and (_BIO.match(line) or _BIO_RU.match(line)))
                    and not (" is " in line[:45] and self.outlet_blurb(line))
                    and not (line[0] in "[0123456789¹²³⁴⁵⁶⁷⁸⁹^" and _NOTE_ENTRY.match(line))
                    and not self.doc_comment(ls, line)
                    # what an author is, closing an author's box: "Корреспондент «Настоящего Времени»"
                    and not (line[-1] == "»" and self.under_name_text(line))
                    # a signature naming the outlet in quotes: "Дмитрий Ермолаев, «Фонтанка.ру»" (see trailer_kind)
                    and not (line[-1] == "»" and len(line) <= 100 and line.count(",") == 1
                             and self.person_line(line.partition(",")[0]))):
                return
        new: dict[tuple[int, int], str] = {}  # a line's span -> its kind
        pending: list[tuple[int, int]] = []  # short lines without a full stop, below the line being read
        notes: list[tuple[int, int]] = []  # numbered notes below the line being read ("[1] ...")
        seen = 0
        done = False
        furniture = False  # a boilerplate line read below
        foot = False  # the last line is a print page's foot (see print_foot): the line above it closes the story
        for i in range(len(kinds) - 1, -1, -1):
            for k, a, b in reversed(kinds[i]):
                if k not in ("body", "subheading?"):
                    furniture = furniture or k == "boilerplate"
                    if k == "boilerplate" and pending and _trailer_mark(self.line_text(a, b)):
                        new.update(dict.fromkeys(pending, "boilerplate"))
                        pending = []
                    continue
                for la, lb in reversed(self.lines_in(blocks[i], a, b)):
                    seen += 1
                    if seen == 1 and self.print_foot(la, lb):
                        new[(la, lb)] = "boilerplate"  # "«Коммерсантъ» 21.03.2023": the page's foot under the story
                        foot = True
                        continue
                    kind = self.trailer_kind(la, lb, a, closing=seen == 1 or (seen == 2 and foot), foot=foot)
                    if kind == "authors:" or kind == "mark":  # "Авторы", "Best,": what follows is theirs
                        for pa, pb in pending:
                            if kind == "authors:" and _NAME_LINE.fullmatch(t, pa, pb) and not _JOB_WORD.search(
                                    t, pa, pb):
                                new[(pa, pb)] = "byline"
                                self.add_authors(t[pa:pb])
                            elif kind == "authors:" and self.under_name_text(t[pa:pb]):
                                new[(pa, pb)] = "byline"  # "Research Fellow, International Security Studies"
                            else:
                                new[(pa, pb)] = "boilerplate"
                        pending = []
                        new[(la, lb)] = "byline" if kind == "authors:" else "boilerplate"
                    elif kind:
                        new[(la, lb)] = kind
                        if (kind == "byline" and pending and self.lines_adjacent(lb, pending[-1][0])
                                and self.under_name_text(t[pending[-1][0]:pending[-1][1]])):
                            # an author's box under the story: the name ("Сергей Дубинин", an author's), then what
                            # they are on the line right under it ("Корреспондент «Настоящего Времени»"), read first
                            # as a link's headline
                            new[pending.pop()] = "byline"
                    elif t[la:la + 1].isupper() and _BIO.match(t, la, lb) and self.under_about_author(la):
                        # the author's note right under "About the author": the heading sets it apart, so its name
                        # need not be one the byline gave ("Dr Annette Bohr is an associate fellow of ...")
                        new[(la, lb)] = "byline"
                    elif t[la] in "[0123456789¹²³⁴⁵⁶⁷⁸⁹^" and _NOTE_ENTRY.match(t, la, lb):
                        notes.append((la, lb))  # a note of the list closing the text, if a heading is over them
                    elif notes and lb - la <= 25 and _NOTES_HEAD.fullmatch(self.line_text(la, lb)):
                        new.update(dict.fromkeys(notes + pending, "boilerplate"))
                        new[(la, lb)] = "boilerplate"
                        notes, pending = [], []
                    elif seen <= 60 and (_headline_like(lt := self.line_text(la, lb)) or _widget_word_line(lt)):
                        pending.append((la, lb))
                    elif (self.under_name_text(lt if seen <= 60 else self.line_text(la, lb))
                          and self.line_above(la).lower() in self.author_keys()):
                        # (``lt`` is this line's text only when the branch above read it: past the 60th line it is
                        # another line's, or unset when no line above the 61st came that far)
                        new[(la, lb)] = "byline"  # "Nonresident Scholar, Russia and Eurasia Program" under her name
                    else:
                        if (len(pending) >= 3 and (furniture or "boilerplate" in new.values()) and self.line_text(la, lb)[-1:] in
                                _TERMINAL + "\"”»" and self.tag_run([self.line_text(pa, pb) for pa, pb in pending])):
                            # a page's topic tags under the story's last sentence, above its buttons ("... Харбин." /
                            # "Путин" / "Китай" / "Си Цзиньпин" / "Добавить в избранное"): three short names at least
                            new.update(dict.fromkeys(pending, "boilerplate"))
                            pending = []
                        done = True
                        break
                if done:
                    break
            if done or seen > 60:
                break
        if not new:
            return
        for i, ps in enumerate(kinds):
            if not any(k in ("body", "subheading?") and any(a <= la < b for la, _lb in new) for k, a, b in ps):
                continue
            out: list[tuple[str, int, int]] = []
            for k, a, b in ps:
                if k not in ("body", "subheading?"):
                    out.append((k, a, b))
                    continue
                for la, lb in self.lines_in(blocks[i], a, b):
                    kind = new.get((la, lb), k)
                    if out and out[-1][0] == kind == k:
                        out[-1] = (k, out[-1][1], lb)
                    else:
                        out.append((kind, la, lb))
            kinds[i] = out

    def lines_adjacent(self, b: int, a: int) -> bool:
        """Whether the line starting at ``a`` is right under the line ending at ``b``: one line break between them."""
        return self.text.count("\n", b, a) == 1 and not self.text[b:a].strip()

    @staticmethod
    def tag_run(lines: list[str]) -> bool:
        """Whether the short lines under the story's last sentence (read from the end) are a page's tags and widgets:
        three names of three words at most ("Russia" / "China" / "Wang Yi"), the rest no longer than six words
        ("Top Trending Stories" / "Who is Vikram Misri"; "Discussion" / "To participate in the discussion")."""
        return sum(_nwords(x) <= 3 for x in lines) >= 3 and all(_nwords(x) <= 6 for x in lines)

    def lines_in(self, units: list[_Unit], a: int, b: int) -> list[tuple[int, int]]:
        """The lines (units) of text[a:b], a piece of the block ``units``, cut to it and stripped."""
        out = []
        for u in units:
            if u.end <= a or u.start >= b:
                continue
            la, lb = self.strip(max(a, u.start), min(b, u.end))
            if la < lb:
                out.append((la, lb))
        return out

    def signs_story(self, name: str, a: int) -> bool:
        """Whether the name line ``name`` (starting at ``a``) under the story is its writer's signature, not a name the
        story ends on: the paragraph above ends in a sentence's mark (not after a quotation's mark: its speaker may be
        named under it; nor a line wrapped before a place: "... will be held in" / "Нижний Новгород"), and the
        surname is nowhere above it in any form ("Путин", "Путина": a person the story is about)."""
        t = self.text
        j = a - 1
        while j >= 0 and t[j].isspace():
            j -= 1
        if j < 1 or t[j] not in _TERMINAL or t[j - 1] in "»”\"'’":
            return False  # (a quotation closing in its mark, then the full stop: «...».)
        last = name.rsplit(None, 1)[-1]
        return t.find(last[:-1] if len(last) > 4 else last, 0, a) < 0

    def paragraph_line(self, u: _Unit) -> bool:
        """Whether the line ``u`` is a paragraph's whole line in a copy not wrapped by hand: longer than a wrapped
        line is (100 characters), ending in a sentence's stop."""
        line = self.text[u.start:u.end].rstrip()
        return len(line) > 100 and line[-1:] in _TERMINAL

    def doc_comment(self, a: int, line: str) -> bool:
        """Whether ``line`` (at ``a``) is a comment of a word processor's draft, listed under its text as Google
        Docs and Word export them: its anchor opens it ("[a]Check share ...", "[SH1]Check date ...") and is glued to
        a word or a mark of the text above ("... through Russia.[a] Since 2022"); or a line of such a comment, under
        its first line with no blank line between (a reply: "Marta Nowicka: Can we add a line ..."). A line that
        opens with no "[" and has no line opening with one in the :data:`_COMMENT_REACH` characters above costs one
        search back: the callers ask it of every line they read."""
        text = self.text
        if line[:1] != "[":
            j = text.rfind("\n[", max(0, a - _COMMENT_REACH), a)
            if j < 0 or _BLANK_LINE.search(text, j + 1, a) is not None:
                return False
            a, line = j + 1, text[j + 1:text.find("\n", j + 1)]
        m = _DOC_COMMENT.match(line)
        if not m:
            return False
        at = text.find(m.group(0), 0, a)
        while at > 0:
            if not text[at - 1].isspace():
                return True  # the anchor in the text, glued to what it comments
            at = text.find(m.group(0), at + 1, a)
        return False

    def trailer_kind(self, a: int, b: int, para_start: int, *, closing: bool = False, foot: bool = False) -> str:
        """Kind of a line read in the run of furniture closing the text (see :meth:`end_matter`): 'byline',
        'boilerplate', 'authors:' (a label over the authors' names), 'mark' (a letter's closing), or '' (none).
        ``closing``: the line is the last of the story's text; ``foot``: a print page's foot is under it."""
        raw = self.line_text(a, b)
        line = raw.strip("*_ \t")
        n = len(line)
        if not n:
            return ""
        if (closing and n <= (40 if not foot else 100) and "А" <= line[0] <= "Я" and not self.art.authors
                and para_start == a and " " in line
                and (foot or not self.text[b:b + 40].strip() or _BLANK_LINE.match(self.text, b) is not None)
                and all(x.endswith(_RU_SURNAME_ENDS) and 2 <= _nwords(x) <= 3
                        and all(_NAME_WORD.fullmatch(w) for w in x.split()) and self.person_line(x)
                        and self.signs_story(x, a) for x in (line.split(", ") if foot else [line]))):
            # a person's name alone closing the story, a paragraph of its own, and no byline above: the author
            # signs under the story, as Russian papers print it ("Дмитрий Селиверстов"); over a print page's foot,
            # the names of two or three authors apart by commas ("Елена Черненко, Андрей Колесников" /
            # "«Коммерсантъ» 21.03.2023": under the story only the paper's foot prints names so)
            for x in line.split(", ") if foot else [line]:
                self.add_authors(x)
            return "byline"
        if self.doc_comment(a, line):
            return "boilerplate"  # a draft's comment under it: "[a]Check share – annual report says 43%?"
        if n <= 30:
            if _INITIALS.fullmatch(line):
                return "boilerplate"  # an editor's initials: "kk", "ao/jm"
            if _VALEDICTION.fullmatch(line):
                return "mark"
            if _AUTHORS_LABEL.fullmatch(line):
                return "authors:"
            if line[-1] == ":" and _is_lead_in(line):
                # a lead-in with its colon over the page's topic links closing it ("Related Topics:" / "Birmingham" /
                # "Strikes"), read as a line of text (no list of furniture holds it): what is under it is furniture
                return "mark"
            if line.lower() in self.author_keys():
                return "byline"  # "Amber Wang" above her note
        if self.markup and n <= 200 and 2 <= len(items := self.tagged_items(a, b)) <= 8 and (
                _AUTHORS_LABEL.fullmatch(items[0])) and all(self.person_line(x) for x in items[1:]):
            # a page's authors' box as one line of elements ("<span>Авторы</span><a ...>Анна Балашова</a><a ...>Петр
            # Канаев</a>", RBC): the label, then each name an author
            for x in items[1:]:
                self.add_authors(x)
            return "byline"
        if "contributed" in line and _nwords(line) <= 40 and _CONTRIBUTED_LINE.fullmatch(line):
            # "Associated Press writer Lolita C. Baldor in Washington contributed to this report." closing a page's
            # story in a paragraph of its own (a text copy's line is read so with the lines of its paragraph)
            return "byline"
        if n <= 160 and self.art.authors and ("(" in line or "/" in line) and _NAME_NOTES.search(line):
            names = [x.strip(" .").lower() for x in re.split(r"\s*(?:,|\band\b|&)\s*", _NAME_NOTES.sub("", line))]
            if names and all(x in self.author_keys() for x in names):
                return "byline"  # "Camille Roussel(Beijing, correspondent) and Julien Mercier(Moscow, correspondent)"
        if n <= 100 and "," in line and line[-1:] not in _TERMINAL:
            name, _c, outlet = line.partition(",")
            # (in quotes, as a Russian signature names it: "Дмитрий Ермолаев, «Фонтанка.ру»")
            outlet = outlet.strip().strip("«»\"“”„")
            if self.person_line(name) and (outlet.lower() == self.art.source.lower() or _outlet_like(outlet)
                                           or _outlet_key(outlet) in outlets()):
                self.add_authors(name)  # "Yevgenia Ivanova, Novaya Gazeta Europe": the author signs under the story
                if not self.art.source:
                    self.set_source(outlet)
                return "byline"
        menu = "  " not in raw or not self.table_head(a, b)  # (no menu: a table's head, see :meth:`table_head`)
        if n <= 250 and (_is_boilerplate(raw, menu) or (self.markdown and n < len(raw.strip()) and _is_boilerplate(
                line, menu))):
            # a piece of a line cut by tags ("Share: <a>WeChat</a>"), a line, or one in italics in Markdown ("*Saved
            # with wallabag*")
            return "mark" if _trailer_mark(raw) else "boilerplate"
        if line[:1].isupper() and (_BIO.match(line) or _BIO_RU.match(line)) and self.is_bio(raw, a, para_start):
            if not self.art.source and (jm := _JOB_AT_IN.search(line)):
                self.set_source(jm.group("outlet"))  # "Laura Brennan is a contributing writer at The Atlantic."
            return "byline"
        if n <= 600 and _COPYRIGHT_NOTICE.match(line):
            return "boilerplate"  # "Copyright 1995 - 2024. All rights reserved. The content ... shall not be republished"
        if n <= 400 and " is " in line[:45] and self.outlet_blurb(line):
            return "boilerplate"  # "Eurasianet is an independent news organization that covers ..."
        if n > 250:
            return ""
        if line[:4].lower() == "join" and _JOIN_PROMO.fullmatch(line):
            return "boilerplate"
        if "@" in line and _EMAIL.search(line):
            return "boilerplate"  # a contact line under the story: "Lucille Liu in Beijing at lliu152@bloomberg.net;"
        if line[:2] == "![" and _MD_IMAGE.fullmatch(line):
            return "boilerplate"  # a picture's markdown after the note: "![Alexandra Prokopenko](https://...jpg)"
        if (pm := _POSTAL.search(line)) and (_POSTCODE.search(line, pm.end()) or "Suite" in line):
            return "boilerplate"  # "Carnegie Endowment ..., 1779 Massachusetts Avenue NW, Washington, DC 20036"
        return ""

    def print_foot(self, a: int, b: int) -> bool:
        """Whether the line text[a:b], the last of the text, is a print page's foot: a known outlet's name (maybe in
        quotation marks) and the issue's date in figures, nothing else ("«Коммерсантъ» 21.03.2023", "The Irish Times
        23.03.2023"). A story's sentence has a verb and its stop."""
        if b - a > 70 or not self.text[b - 1].isdigit() or not (m := _PRINT_FOOT.fullmatch(self.text, a, b)):
            return False
        return _outlet_key(m.group("outlet")) in outlets()

    def outlet_blurb(self, line: str) -> bool:
        """Whether ``line`` is the outlet's description of itself closing the page: it opens with the outlet's name
        (the source read, or the page's first line, where a copy has the site's masthead) and "is a"/"is an"/"is
        the" ("Eurasianet is an independent news organization that covers ..."). A story's sentence about the outlet
        names it so only where the page's masthead is not its first line. The first line counts only when it reads as
        a masthead (a short name, each word capitalized: not a headline such as "China is a partner"), and the line
        must say what kind of outlet it is (a news organization, a magazine ...): a story's closing sentence on the
        outlet says something else ("Meduza is the target of ...")."""
        head = self.text.lstrip()[:60].split("\n", 1)[0].strip()
        for name in (self.art.source.strip(), head if _masthead_like(head) else ""):
            if 2 < len(name) <= 40 and line.startswith(name) and line.startswith((" is a ", " is an ", " is the "),
                                                                                  len(name)):
                return _MEDIA_KIND.search(line, len(name), len(name) + 120) is not None
        return False

    def line_text(self, a: int, b: int) -> str:
        """text[a:b] stripped, its tags left out when the text has markup."""
        return self.clean(a, b) if self.markup else self.text[a:b].strip()

    def author_keys(self) -> set[str]:
        """The authors' names as keys: the bylines', and a saved page's metadata's (read into the article at the end:
        "Ольга Шерункова" alone on a line under the story is hers)."""
        return {" ".join(n.split()).lower() for n in (*self.art.authors, *self.meta.get("authors", ()))}

    def is_bio(self, raw: str, a: int, para_start: int) -> bool:
        """Whether the line ``raw`` (at offset ``a``) is an author's note: sentences about an author, the first
        opening with the name and "is", "was", "joined" ... ("Zhang Weiwei is an associate professor of Russian
        at Heilongjiang University."), the others naming an author too, opening with a pronoun, or giving a
        social-media handle or e-mail address. A name no byline gave counts when the note is set apart as one
        (in italics: "*Temur Umarov is a fellow at ...*", under the name alone on the line above or under a heading
        such as "About the writer") and the
        story did not use the name before: "Yvon Bussieres was named senior executive vice president of
        Provigo." closing a story is story text."""
        authors = self.author_keys()
        line = raw.strip()
        words = line.strip("*_ ")
        m = _BIO.match(words) or _BIO_RU.match(words)
        name = " ".join(m.group("name").split()) if m else ""
        # set apart as a note: in italics, or under a line holding the name alone
        above = " ".join(self.line_above(a).split())
        apart = (line[:1] in "*_" and line[-1:] in "*_") or above == name or (
            len(above) <= 40 and _AUTHORS_LABEL.fullmatch(above) is not None)  # under "About the writer"
        if not name or name.lower() not in authors and not apart:
            return False  # no author's name, and not set apart as a note: a story's sentence
        new: list[str] = []
        for n, sent in enumerate(sentences(words)):
            m = _BIO.match(sent) or _BIO_RU.match(sent)
            name = " ".join(m.group("name").split()) if m else ""
            if name and name.lower() in authors:
                continue
            if n and (_BIO_MORE.match(sent) or _is_boilerplate(sent)):
                continue  # "She covers retail.", "Twitter: @rutavait"
            if (name and n == 0 and apart and _nwords(name) <= 3 and name.split()[0] not in _NOT_NAME_START
                    and self.text.find(name, self.story_from, para_start) < 0):
                new.append(name)
                continue
            return False
        for name in new:
            self.add_authors(name)
        return True

    def under_about_author(self, a: int) -> bool:
        """Whether the line at offset ``a`` is under an "About the author(s)" heading, the notes of the other authors
        between maybe ("About the authors" / "Dr Annette Bohr is ..." / "James Nixey is ...": the box of two lists a
        note each, one a line; three notes at most between)."""
        t = self.text
        for _ in range(4):
            j = t.rfind("\n", 0, a)
            while j > 0 and not t[(i := t.rfind("\n", 0, j)) + 1:j].strip():
                j = i
            if j <= 0:
                return False
            a = t.rfind("\n", 0, j) + 1
            above = t[a:j].strip()
            if above[:5].lower() == "about" and _AUTHORS_LABEL.fullmatch(above):
                return True
            if not (above[:1].isupper() and _BIO.match(above)):
                return False
        return False

    def line_above(self, a: int) -> str:
        """The last line with text before offset ``a`` (whole lines of the plain text)."""
        t = self.text
        j = t.rfind("\n", 0, a)
        while j > 0:
            i = t.rfind("\n", 0, j)
            if t[i + 1:j].strip():
                return t[i + 1:j].strip()
            j = i
        return ""

    def breaks(self, a: int, b: int, markup, *, lines: bool = False) -> bool:
        """Whether the gap text[a:b] between two units separates paragraphs (``lines``: any newline does).

        A block tag in the gap separates them; inside the gap, what a nonbreaking element holds (the blank
        lines of a <script>) does not count, only the text around the tags does.
        """
        if not markup:  # the plain-text case, inline (hot)
            t = self.text
            if lines:
                return t.find("\n", a, b) >= 0
            if _BLANK_LINE.search(t, a, b) is not None:
                return True
            # a first-line indent after a sentence's end ("... the accusation.\n  --With assistance from"): wire
            # and terminal copy that starts each paragraph indented on the next line, with no blank line
            return (b - a >= 3 and t[b - 1] in " \t" and a > 0 and t[a - 1] in _PARA_END
                    and _INDENT_GAP.fullmatch(t, a, b) is not None)
        if self.html_blocks and markup is self.markup:
            # a page made of block elements (<p>, <div>, <br>...): they end paragraphs, and so does a blank line;
            # a line break of the source inside one does not ("<p>...met Russian President\nVladimir Putin</p>")
            i = bisect_left(self.markup_starts, a)
            while i < len(markup) and markup[i][1] <= b:
                if not markup[i][2]:
                    return True
                i += 1
            return _BLANK_LINE.search(self.text, a, b) is not None
        starts = self.markup_starts if markup is self.markup else [ms for ms, _me, _inline in markup]
        # markup spans are sorted and disjoint: those inside [a, b] follow the first one starting at a
        i = bisect_left(starts, a)
        pos = a
        while i < len(markup) and markup[i][1] <= b:
            ms, me, inline = markup[i]
            if not inline or self.gap_breaks(pos, ms, lines):
                return True
            pos = me
            i += 1
        return self.gap_breaks(pos, b, lines)

    def gap_breaks(self, a: int, b: int, lines: bool) -> bool:
        """Whether text[a:b] (no markup in it) holds a blank line (``lines``: a newline)."""
        if a >= b:
            return False
        if lines:
            return self.text.find("\n", a, b) >= 0
        return _BLANK_LINE.search(self.text, a, b) is not None

    def entry_time_block(self, kinds: list[list[tuple[str, int, int]]], i: int) -> bool:
        """Whether the body block ``kinds[i]`` is a live blog entry's time alone, read as a header line."""
        if i >= len(kinds) or len(kinds[i]) != 1 or kinds[i][0][0] != "header":
            return False
        _, a, b = kinds[i][0]
        return _ENTRY_TIME.fullmatch(self.text, a, b) is not None or _ENTRY_TIME_BY.fullmatch(self.text, a, b) is not None

    def body_block(self, units: list[_Unit]) -> list[tuple[str, int, int]]:
        t = self.text
        s, e = units[0].start, units[-1].end
        block = t[s:e]
        ctx = units[0].ctx
        if ctx in ("h2", "h3", "h4", "h5", "h6"):
            if e - s < 80 and _is_lead_in(self.clean(s, e)):
                return [("boilerplate", s, e)]  # <h3>Related</h3> over a list of links
            return [("subheading?" if ctx != "h1" else "title", s, e)]
        if ctx == "figcaption":
            return [("caption", s, e)]
        if len(units) <= 2 and block[:1].isdigit() and (_ENTRY_TIME.fullmatch(t, s, units[0].end) or (
                "/" in block and _ENTRY_TIME_BY.fullmatch(t, s, units[0].end))) and (
                len(units) == 1 or self.subheading_like(t[units[1].start:units[1].end].strip())):
            # a live blog's entry: its time on a line of its own ("04:05 GMT"), maybe the entry's headline under it
            return [("header", s, units[0].end)] + [("subheading?", u.start, u.end) for u in units[1:]]
        if len(units) == 1 and "/" in block and (ags := self.outlet_agencies(block)):
            # "ABC/Reuters" on its own line: the outlet and the agencies the story drew on, no photo's credit
            for ag in ags:
                self.add_agency(ag)
            return [("agency", s, e)]
        if len(units) == 1 and block[:1] in _PROMO_FIRST and _promo_line(block.strip()):
            return [("boilerplate", s, e)]  # "Подробнее ... — в спецпроекте ТАСС tass.ru/...", between paragraphs
        if len(units) == 1:
            k = self.line_kind(s, e)
            if k == "title":
                k = "header"
            if k:
                return [(k, s, e)]
        if len(units) > 1 and units[0].end - units[0].start <= 40 and block[:1].isupper() and (
                ag := _agency_of(t[units[0].start:units[0].end])):
            # "Associated Press" under a wire's byline, on the line above the dateline: the agency, not the story's
            self.add_agency(ag)
            return [("agency", units[0].start, units[0].end)] + self.body_block(units[1:])
        if 1 < len(units) <= 4 and units[0].end - units[0].start <= 14 and _BYLINE_KEY_LINE.fullmatch(
                t, units[0].start, units[0].end) and all(
                self.person_line(t[u.start:u.end]) for u in units[1:]):
            # "Авторы" over "Анастасия Гуляева, Ирина Петрова": the authors, named under their label
            for u in units[1:]:
                self.add_authors(t[u.start:u.end])
            return [("byline", u.start, u.end) for u in units]
        if "(" in block and (gc := _GLUED_CREDIT.search(t, s, units[0].end)) and _nwords(t[s:gc.end()]) <= 60:
            # "... July 4, 2024. (Photo by Sergei Guneev/POOL/AFP via Getty Images)Turkish President ...": a caption
            # whose credit is glued to the next caption (one sentence, the rest of the line) of a photo gallery
            out = [("caption", s, gc.end())]
            rest = t[gc.end():units[0].end]
            if _nwords(rest) <= 40 and len(split_sentences(rest)) == 1:
                out.append(("caption", gc.end(), units[0].end))
            else:
                out.extend(self.body_paragraph(gc.end(), units[0].end))
            return out + (self.body_block(units[1:]) if len(units) > 1 else [])
        cs = credit_start(block)
        if cs is not None and len(units) == 1 and self.signed_off(block, cs):
            # "... than about Pretoria's. DM": a story paragraph closed by the outlet's sign-off, not a caption
            out = self.body_paragraph(s, self.strip(s, s + cs)[1])
            if block[-2:].isupper() and self.signoff_agencies(max(s, s + cs - 4), e) is not None:
                return out + [("agency", s + cs, e)]  # the wire the story came from in capitals: "... on the war. REUTERS"
            return out + [("boilerplate", s + cs, e)]
        if cs is not None and _nwords(block[:cs]) <= 60:
            split = self.caption_under_meta(units) if len(units) > 1 else None
            return split or [("credit" if not block[:cs].strip() else "caption", s, e)]
        if len(units) == 1 and (self.subheading_like(block) or self.markdown and block[:2] in ("**", "__") and (
                _MD_WRAPPED.fullmatch(block) and self.subheading_like(_md_visible(block)))) and self.on_own_line(s, e):
            return [("subheading?", s, e)]  # "## Energy", "**By the numbers**" between story paragraphs
        pieces: list[tuple[str, int, int]] = []
        run: list[int] | None = None
        links = ""  # under a "Read more:" line ("lead"): its links; in a newsletter or share box ("box"): its items
        prev_kind, prev_key = "", ""  # the kind given to the line before, and its words (a caption's, no credit)
        multi = len(units) > 1
        for i, u in enumerate(units):
            # a whole line only: a piece of a line cut by tags ("a link <a ...>click here</a> in") is story text
            k = self.line_kind(u.start, u.end) if multi and self.on_own_line(u.start, u.end) else ""
            if k == "title":
                k = "header"
            if multi:
                line = t[u.start:u.end]
                key = line.strip()
                if not k and (key[:1].isupper() or key[:1] in "[(" and _GALLERY_INDEX.match(key)) and _nwords(key) <= 60:
                    # a caption among the lines: one ending in a credit ("... last week. Photo: Reuters") where a
                    # sentence can start (not the middle of a paragraph wrapped into lines), or one repeating the
                    # line before word for word (a caption printed twice, once with its credit and once without)
                    cs = credit_start(key)
                    if (cs is not None and cs > 0 and (i == 0 or prev_kind or prev_key[-1:] in _TERMINAL) and (
                            i + 1 == len(units) or not t[units[i + 1].start:units[i + 1].end].lstrip()[:1].islower())):
                        k, key = "caption", key[:cs].strip()
                    elif i and abs(len(prev_key) - len(key)) <= 3 and _norm(prev_key) == _norm(key):
                        k = "caption"
                        if not prev_kind and run and run[1] == units[i - 1].end:  # the line before: a caption too
                            if run[0] < units[i - 1].start:
                                pieces.append(("body", run[0], units[i - 2].end))
                            pieces.append(("caption", units[i - 1].start, units[i - 1].end))
                            run = None
                if (k == "boilerplate" and key[:1] == "©" and i and not prev_kind and not self.story_begun
                        and run == [units[i - 1].start, units[i - 1].end]
                        and _nwords(key) <= 4 and not any(c.isdigit() for c in key) and prev_key[-1:] not in _TERMINAL
                        and 2 <= _nwords(prev_key) <= 25):
                    # "Ледокол «50 лет Победы» на трассе Северного морского пути" / "© Росатом": a line with no full
                    # stop over a copyright mark and a name or two (no year, no "all rights reserved": a page's
                    # copyright line has them) is a photo's caption over its credit; above the story only, where a
                    # page puts its lead photo: among the story's paragraphs the line may be a subheading over a
                    # photo credited alone ("What comes next" / "© Reuters")
                    k = "credit"
                    pieces.append(("caption", run[0], run[1]))
                    run = None
                if not k and prev_kind == "credit" and key[-1:] not in _TERMINAL and _nwords(key) <= 25:
                    k = "caption"  # "Фото: kremlin.ru" / "Владимир Путин и Си Цзиньпин на Красной площади": under its credit
                if not k and pieces and self.markdown and self.md_image_caption(pieces[-1], u.start, u.end):
                    k = "caption"  # "![](https://...)" then "*Putin and Xi in Beijing.*" on the next line
                if not k and links and _nwords(line) <= _LINK_WORDS and (links == "lead" or _headline_like(line)) and not (
                        key[-1:] == "." and key[-2:-1] != "." and "," in key and not _is_lead_in(prev_key)):
                    # (a sentence with a comma and a full stop under a link's headline is the story going on: "ЧИТАЙТЕ
                    # ТАКЖЕ" / "Эксперты назвали самые надежные кроссоверы" / "По словам экспертов, цены ... в октябре.")
                    k = "boilerplate"
                prev_kind, prev_key = k, key
                if k != "boilerplate":
                    links = ""
                elif _is_lead_in(line):
                    links = "lead"
                elif not links and _BOX_MARK.search(line):
                    links = "box"
            if k:
                if run:
                    pieces.append(("body", run[0], run[1]))
                    run = None
                pieces.append((k, u.start, u.end))
            elif run:
                run[1] = u.end
            else:
                run = [u.start, u.end]
        if run:
            pieces.append(("body", run[0], run[1]))
        for j in range(len(pieces) - 1 if self.story_paras >= 2 else 0):  # under the story only
            if pieces[j][0] == "byline" and _AUTHORS_LABEL.match(t, pieces[j][1]) and t.startswith(
                    ("Written by", "WRITTEN BY", "About the", "ABOUT THE"), pieces[j][1]):
                # an author's box under the story ("Written by Daniyar Sultanov" / "1.2K Followers" / "Writer for
                # Geopolitical Notes" / a line about them): the lines under the name in its block are the author's
                for m in range(j + 1, len(pieces)):
                    if pieces[m][0] == "body" and _nwords(t[pieces[m][1]:pieces[m][2]]) <= 60:
                        pieces[m] = ("byline", pieces[m][1], pieces[m][2])
                break
        out = []
        for k, a, b in pieces:
            out.extend(self.body_paragraph(a, b) if k == "body" else [(k, a, b)])
        return out

    def signed_off(self, block: str, cs: int) -> bool:
        """Whether ``block``, whose end from ``cs`` reads as a photo's credit, is rather a story paragraph closed by a
        sign-off (the outlet's or desk's initials "DM", "ENDS", "/TASS/", "© AFP 2023"): the story is under way (two
        of its paragraphs read), the "credit" is a token or two with no photo's word, and the text before it is
        sentences no caption runs to (two at least, 25 words at least). A caption's one sentence keeps its credit."""
        if self.story_paras < 2 or _nwords(block[:cs]) < 25:
            return False
        sign = block[cs:].strip()
        if len(sign) > 16 or _nwords(sign) > 3 or _SIGNOFF_PHOTO.search(sign):
            return False
        return len(split_sentences(block[:cs])) >= 2

    def caption_under_meta(self, units: list[_Unit]) -> list[tuple[str, int, int]] | None:
        """A block of lines ending in a photo credit whose lines above the caption are page metadata ("By Euronews
        with AP" / "Published on 16/05/2024 - 11:22" / "Share this article" / caption / caption - Copyright ... via
        AP): each metadata line keeps its kind, only the lines right above the credit with none are the caption;
        a line with none above a metadata line is the header's too (no story sentence sits among them). None when
        no line of the block is metadata (the whole block is the caption)."""
        t = self.text
        kinds = [self.line_kind(u.start, u.end) if self.on_own_line(u.start, u.end) else "" for u in units[:-1]] + [""]
        if all(k in ("", "credit", "caption") for k in kinds):
            return None
        c = len(units) - 1
        while c > 0 and kinds[c - 1] in ("", "credit", "caption"):
            c -= 1
        out = [("header" if k in ("", "title") else k, u.start, u.end) for u, k in zip(units[:c], kinds[:c],
                                                                                     strict=True)]
        a, b = units[c].start, units[-1].end
        out.append(("credit" if credit_start(t[a:b]) == 0 else "caption", a, b))
        return out

    def subheading_like(self, t: str) -> bool:
        if len(t) > 100 or not 1 <= _nwords(t) <= 12:
            return False
        if t[-1:] in ".!?,;:…\"”’»)-–—。！？，；：）" and not _QUOTED_END.search(t) and not (
                t[-1:] == ":" and _nwords(t) <= 2 and t[:1].isupper() and _LETTER.match(t[-2:]) is not None
                and not _is_lead_in(t) and not _is_boilerplate(t) and self.colon_label(t)):
            # (a label of a word or two with its colon heads what follows: "Предыстория:", "Background:")
            return False
        if _FOOTNOTE_END.search(t):
            return False  # "... rose by half.5": a sentence's end mark, then a footnote's number
        if _SENTENCE_INSIDE.search(t):
            return False  # "... a success. Enditem": a sentence ends inside
        first = t[:1]
        if not (first.isupper() or first.isdigit()):
            return False
        return not _DATE.search(t)

    def colon_label(self, t: str) -> bool:
        """Whether ``t``, a word or two with a colon, is a label heading the paragraphs under it ("Предыстория:",
        "Key Facts:"), not a sentence's lead-in to a quotation ("He added:", "Лавров заявил:": a word in lower case
        after the first) or a speaker's name in a transcript ("Putin:", "Q:": its words named elsewhere in the text,
        or the label said again)."""
        words = t[:-1].split()
        if not all(w[:1].isupper() for w in words):
            return False
        return all(self.text.count(w) == 1 for w in words)

    def outlet_agencies(self, block: str) -> list[str]:
        """The agencies a line naming the outlet, a slash and agencies names ("ABC/Reuters", "ABC/AFP/AP", ABC News
        closing its stories), the outlet by its name or its name's first word (the source read so far, or the
        text's first line, where a page copy has the site's name); [] for any other line (a photo's credit:
        "REUTERS/Eduardo Munoz", "ABC News/Jane Smith"). The first line is taken for the site's name only when it
        reads as a masthead: a headline's first word is no outlet ("China/Xinhua" under "China says ...")."""
        first, _sep, rest = block.strip().partition("/")
        first = first.rstrip()  # "BBC / AFP"
        if len(block) > 60 or not rest or not first or not first[:1].isupper() or len(first) > 30:
            return []
        head = self.text.lstrip()[:80].split("\n", 1)[0].strip()
        outlet = first.lower()
        if not any(n and (outlet == n or outlet == n.split()[0]) for n in (
                self.art.source.strip().lower(), head.lower() if _masthead_like(head) else "")):
            return []
        return _agency_list(rest)

    def signoff_agencies(self, a: int, b: int) -> int | None:
        """Where agencies named in capitals close text[a:b] after its last sentence (:func:`_agency_signoff`: "... on
        the war. REUTERS, AFP"), those agencies recorded as the story's; None when no such sign-off does."""
        so = _agency_signoff().search(self.text, a, b)
        if so is None or not so.group(1).isupper() or not (ags := _agencies_in(so.group(1))):
            return None
        for ag in ags:
            self.add_agency(ag)
        return so.start()

    def place_dateline(self, a: int, b: int, *, reach: int = 120) -> int | None:
        """Where a dateline without an agency opening the paragraph text[a:b] ends, or None: a place in capitals and
        a dash ("WASHINGTON — The United States on Wednesday ...", within ``reach`` characters) or a colon ("NEW
        DELHI: Chinese President Xi Jinping arrived ...", a sentence of eight words at least after it), read by its
        words: a place linked to its page is one too ("<a href=...>TOKYO</a> -- Japanese trading houses ...")."""
        t = self.masked
        if b - a <= 8 or not (t[a].isupper() and t[a + 1].isupper()):
            return None
        if (m := _PLACE_DATELINE.match(t, a, min(b, a + reach))) and m.end() < b:
            place = m.group(0)[:-2]
            if m.group(0)[-1] == "-" and place[-1:].isalpha() and (
                    (len(place) < 4 and " " not in place) or t.find(place, m.end()) >= 0 or t.rfind(place, 0, a) >= 0):
                # two hyphens glued to a code of three capitals or a name the text writes in capitals elsewhere is
                # a compound's dash, not Dow Jones' dateline: "USD--Ruble rates ...", "NATO--Russia ties ... NATO"
                return None
            return m.end()
        if b - a > 40 and (m := _COLON_DATELINE.match(t, a, min(b, a + 40))) and _nwords(t[m.end():b]) >= 8:
            if t[m.end() - 1] == "\n" and _SPEAKER_LINE.search(t, m.end()):
                return None  # "PUTIN:" on its line, and "XI:" on its line further down: a transcript's speakers
            return m.end()
        return None

    def take_dateline(self, m: re.Match) -> None:
        """Record what the agency dateline ``m`` (a match of the dateline pattern of :func:`_agency_res`) says: its
        agencies, and the day the story was filed when it gives one with its year."""
        found = _agencies_in(m.group(0))
        for ag in found:
            self.add_agency(ag)
        if len(found) == 1 and not self.dateline_agency:
            self.dateline_agency = found[0]
        if not self.dateline_dates and any(c.isdigit() for c in m.group(0)):
            # the day the story was filed, when the dateline gives its year ("МОСКВА, 12 апреля 2024 — ...")
            self.dateline_dates = [h for h in _find_dates(self.text, m.start(), m.end()) if len(h.iso) >= 10][:1]

    def body_paragraph(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """Split a dateline, a closing agency tag or a trailing credit off a story paragraph."""
        t = self.text
        out_head: list[tuple[str, int, int]] = []
        out_tail: list[tuple[str, int, int]] = []
        _tag, trail, dateline = _agency_res()
        if self.factiva and (fm := _FACTIVA_CODE.match(t, a, b)) and fm.group(1) in _FACTIVA_TEXT_CODES:
            out_head.append(("header", a, a + len(fm.group(1))))  # "LP MOSCOW, March 21 (Reuters) - ..."
            a = fm.end()
        elif self.proquest and t.startswith(("Full text:", "Full Text:"), a, b):
            out_head.append(("header", a, a + 10))  # "Full text: BEIJING -- Vladimir V. Putin and ..."
            a = self.strip(a + 10, b)[0]
        m = dateline.match(t, a, b) if (t.find("(", a, b) >= 0 or t.find("/", a, b) >= 0
                                         or _DASH_GATE.search(t, a, min(b, a + 90))) else None
        if m and m.end() < b and t[m.end():b].strip():
            self.take_dateline(m)
            out_head.append(("agency", a, m.end()))
            a = m.end()
            if t[m.start()] == "(" and self.story_paras < 2 and (end := self.place_dateline(a, b)) is not None:
                # the tag first, the place and day after it, as ANSA's wire writes it: "(ANSA) - NAPLES, MAR 13 - An
                # earthquake ..." (the place read as a dateline without an agency is: "NATO allies said" is none)
                out_head.append(("header", a, end))
                a = end
        elif m and _agencies_in(m.group(0)):
            # the dateline as a paragraph of its own, the story under it ("BEIJING (Reuters) -" / "Chinese ..."); never
            # story text, wherever it stands (a digest's second story opens so too)
            self.take_dateline(m)
            return [("agency", a, b)]
        elif self.story_paras < 2 and (end := self.place_dateline(a, b)) is not None:
            out_head.append(("header", a, end))
            a = end
        if t.endswith(("Enditem", "ENDITEM", "-0-"), a, b) and (em := _END_MARK.search(t, max(a, b - 12), b)):
            out_tail.append(("boilerplate", em.start(), b))  # Xinhua's end mark: "... a success. Enditem"
            self.end_mark = em.start()
            b = em.start()
        tail_end = _trail_start(t, a, b)  # the closing tag's ")" (or "/") must be the last mark before it
        m = trail.search(t, a, b) if tail_end > a and t[tail_end - 1] in ")/" else None
        if m and m.start() > a and self.strip(a, m.start())[1] > a:
            for ag in _agencies_in(m.group(0)):
                self.add_agency(ag)
            out_tail.append(("agency", m.start(), b))
            b = m.start()
        else:
            wi = None
            if _with_info_hint(t[max(a, tail_end - 101 - 64):b]):
                wi = _WITH_INFO_END.search(t[a:b])
            if wi and wi.start() > 0 and _agencies_in(wi.group(0)):
                for ag in _agencies_in(wi.group(0)):
                    self.add_agency(ag)
                out_tail.append(("agency", a + wi.start(), b))
                b = a + wi.start()
            elif (b - a > 40 and t[b - 1].isupper() and t[b - 2].isupper()
                  and (so := self.signoff_agencies(max(a, b - 60), b)) is not None):
                out_tail.append(("agency", so, b))  # "... a neutral position on the war. REUTERS, AFP"
                b = so
        if out_tail and _SIGNOFF.fullmatch(t[a:b].strip()):  # "dh/rc (AFP, Reuters, dpa)"
            return out_head + [("boilerplate", a, b)] + out_tail
        cs = credit_start(t[a:b])
        if cs is not None and cs > 0:
            c0 = a + cs
            out_tail.insert(0, ("credit", c0, b))
            self.problem(f"photo credit split off the end of a story paragraph: {self.clean(c0, b)[:60]!r}")
            b = c0
        self.story_paras += 1
        return out_head + [("body", a, b)] + out_tail

    # --- finishing --------------------------------------------------------------------------------
    def finish(self, markup) -> None:
        art, t = self.art, self.text
        decoded = t
        if self.view is not None:
            # the text was read with its entities decoded: the pieces found go back to their offsets in the text, and
            # are cut into segments and paragraphs on its view of the same length (_entity_view: "&nbsp;" alone on
            # a line is a blank line there too)
            starts = [m[0] for m in self.marks]
            self.pieces = [(k, _raw_offset(self.marks, starts, a, False), _raw_offset(self.marks, starts, b, True))
                           for k, a, b in self.pieces]
            if self.title_span:
                a, b = self.title_span
                self.title_span = (_raw_offset(self.marks, starts, a, False), _raw_offset(self.marks, starts, b, True))
            t = self.text = self.masked = self.view
        # markup wins: a piece holding tags (a paragraph with <b> or <script> in it) is cut around them
        pieces = [] if markup else sorted(self.pieces, key=lambda p: (p[1], p[2]))
        starts = self.markup_starts
        for k, a, b in sorted(self.pieces, key=lambda p: (p[1], p[2])) if markup else ():
            i = bisect_left(starts, a)
            while i < len(markup) and markup[i][0] < b:
                ms, me, _inline = markup[i]
                pa, pb = self.strip(a, ms)
                if pa < pb:
                    pieces.append((k, pa, pb))
                a = max(a, me)
                i += 1
            a, b = self.strip(a, b)
            if a < b:
                pieces.append((k, a, b))
        for ms, me, _inline in markup:
            pieces.append(("markup", ms, me))
        pieces.sort(key=lambda p: (p[1], p[2]))
        segs: list[Segment] = []
        pos = 0
        for k, a, b in pieces:
            if a < pos:  # never overlap: trim (defensive; pieces are built disjoint)
                a = pos
            if b <= a:
                continue
            if a > pos:
                segs.append(Segment("blank" if not t[pos:a].strip() else "body", pos, a))
            segs.append(Segment(k, a, b))
            pos = b
        if pos < len(t):
            segs.append(Segment("blank" if not t[pos:].strip() else "body", pos, len(t)))
        art.segments = segs
        # paragraphs: body segments, joined across single newlines and inline markup
        paras: list[list[int]] = []
        last_kind = ""
        for sg in segs:
            if sg.kind == "body":
                if paras and last_kind in ("body", "inline") and not self.breaks(
                        paras[-1][1], sg.start, markup, lines=not self.blank_lines):
                    paras[-1][1] = sg.end
                else:
                    paras.append([sg.start, sg.end])
                last_kind = "body"
            elif sg.kind == "blank" and last_kind in ("body", "inline") and not self.breaks(
                    sg.start, sg.end, markup, lines=not self.blank_lines):
                continue
            elif sg.kind == "markup" and sg.start in self.inline_starts:
                last_kind = "inline" if last_kind in ("body", "inline") else last_kind
            else:
                last_kind = sg.kind
        art.paragraphs = [(a, b) for a, b in paras]
        if self.view is not None:
            t = self.text = self.masked = art.text  # the repairs, sentences and values: on the text itself
        # repairs: entities everywhere outside markup, inline tags inside paragraphs, glued words in paragraphs
        repairs: list[Repair] = []
        md: list[Repair] = []
        if self.markdown:  # Markdown syntax in the story and the title (not inside HTML tags)
            spans = art.paragraphs + ([self.title_span] if self.title_span and not self.title_text else [])
            for r in _md_repairs(t, spans):
                j = bisect_right(self.markup_starts, r.end - 1) - 1
                if j < 0 or markup[j][1] <= r.start:
                    md.append(r)
        md_starts = [r.start for r in md]
        for m in _ENTITY.finditer(t):
            j = bisect_right(self.markup_starts, m.start()) - 1  # the only markup span that can hold it
            if j >= 0 and m.start() < markup[j][1]:
                continue
            j = bisect_right(md_starts, m.start()) - 1
            if j >= 0 and m.start() < md[j].end:
                continue  # inside a link's URL, left out
            rep = html.unescape(m.group(0))
            if rep != m.group(0):
                repairs.append(Repair(m.start(), m.end(), m.group(0), rep, "entity"))
        para_starts = [ps for ps, _pe in art.paragraphs]
        for ms, me, inline in markup:
            k = bisect_right(para_starts, ms) - 1  # paragraphs are sorted and disjoint
            if k >= 0 and me <= art.paragraphs[k][1]:
                repairs.append(Repair(ms, me, t[ms:me], "" if inline else " ", "markup"))
        if repairs:
            self.problem(f"HTML markup or entities in the text ({len(repairs)}): removed or decoded in the analysis text")
        repairs.extend(md)
        taken = sorted((r.start, r.end) for r in repairs)
        taken_starts = [s for s, _e in taken]
        taken_max_end, top = [], -1  # the furthest end among the spans so far
        for _s, e in taken:
            top = max(top, e)
            taken_max_end.append(top)
        hyphenated = find_hyphenated(t, art.paragraphs)
        joined = [(r.start, r.end) for r in hyphenated]
        invisible = [r for r in find_invisible(t, art.paragraphs)
                     if not any(a <= r.start < b for a, b in joined)]  # a soft hyphen at a line's end: joined
        stops = find_missing_spaces(t, art.paragraphs)
        notes = find_footnotes(t, art.paragraphs)
        quotes = find_glued_quotes(t, art.paragraphs)
        for r in find_glued(t, art.paragraphs) + hyphenated + invisible + stops + notes + quotes:
            j = bisect_left(taken_starts, r.end) - 1  # spans starting before r ends: does one reach into r?
            if j < 0 or taken_max_end[j] <= r.start:
                repairs.append(r)
        repairs.sort(key=lambda r: r.start)
        art.repairs = repairs
        # sentences, split on the text with tags blanked out (same offsets): no boundary falls inside markup,
        # and a period inside a <script> or before a closing </b> reads as it would on the page
        if any(r.rule == "entity" and r.repaired.isspace() for r in repairs):  # "year.&nbsp;It followed"
            chars = list(t)
            for r in repairs:
                if r.rule == "entity" and r.repaired.isspace():
                    chars[r.start:r.end] = " " * (r.end - r.start)
            t_split = "".join(chars)
        else:
            t_split = t
        split_on = t_split
        if any(r.rule == "markup" for r in repairs) or md:
            blanks = sorted([(ms, me) for ms, me, _inline in markup] + [(r.start, r.end) for r in md])
            parts, pos = [], 0
            for ms, me in blanks:
                parts.append(t_split[pos:ms])
                parts.append(" " * (me - ms))
                pos = me
            parts.append(t_split[pos:])
            split_on = "".join(parts)
        # two sentences: "security.Kishida" (cut after the stop), "exports.12 Trade" (cut after the number, the
        # next one starting at its word)
        cuts = sorted({r.end: r.end for r in repairs if r.rule == "missing space"}.items()) if stops else []
        if notes:
            cuts = sorted(cuts + [(r.end, nxt) for r in repairs if r.rule == "footnote"
                                  and (nxt := _footnote_cut(t, r.start, r.end)) is not None])
        ends = [c for c, _n in cuts]
        for pno, (a, b) in enumerate(art.paragraphs):
            for s, e in split_sentences(split_on, start=a, end=b):
                if cuts:
                    for c, n in cuts[bisect_right(ends, s):bisect_left(ends, e)]:
                        if n < e:
                            art.sentences.append((pno, s, c))
                            s = n
                art.sentences.append((pno, s, e))
        # text fields through the analysis text (entities decoded, glue repaired)
        if self.title_span:  # through the analysis text, tags left out ("<h1>Xi <b>hosts</b> Putin</h1>")
            a, b = self.title_span
            i, parts = bisect_left(self.markup_starts, a), []
            while i < len(markup) and markup[i][0] < b:
                ms, me, inline = markup[i]
                parts.append(art.analysis(a, ms))
                parts.append("" if inline else " ")
                a = max(a, min(me, b))
                i += 1
            parts.append(art.analysis(a, b))
            art.title = " ".join("".join(parts).split())
        if self.title_text:
            art.title = self.title_text  # the front matter's value, unquoted
        # (read on the decoded text, they are decoded already: "&amp;lt;" written in one stays "&lt;")
        unescape = html.unescape if self.view is None else str
        art.captions = [" ".join(unescape(c).split()) for c in art.captions]
        art.subheadings = [" ".join(unescape(c).split()) for c in art.subheadings]
        art.lede = " ".join(unescape(_md_visible(art.lede) if self.markdown else art.lede).split())
        self.text = decoded  # the dates found are at their offsets in the text read (the decoded one, see parse_text)
        self.resolve_dates()
        # what parse_text reads after this (the segments' words) is read on the view of the text's offsets
        self.text = art.text if self.view is None else self.view

    def outside_date(self, key: str, iso: str, differs: str) -> None:
        """Set the article's ``key`` date (published, modified) from a record outside the text (a table's date
        column, a page's metadata): it wins over the date read in the text, except that a text date of the same
        day written more precisely refines it; ``differs`` (a format with {iso} and {have}) is the problem noted
        when the days differ."""
        have = getattr(self.art, key)
        if have and have[:10] != iso[:10]:
            self.problem(differs.format(iso=iso, have=have))
        if not have or have[:10] != iso[:10] or len(iso) > len(have):
            setattr(self.art, key, iso)

    def page_dates(self) -> None:
        """A saved page's metadata (``self.meta``): its dates win over the ones read in the text (they are the
        site's own record, where the text may say "3 hours ago"), except a text date of the same day written
        more precisely; its authors and site name fill in what the text did not give."""
        art, meta = self.art, self.meta
        for key in ("published", "modified"):
            iso, _hit = _read_date(meta.get(key))
            if iso:
                self.outside_date(key, iso, f"page metadata gives {key} {{iso}}, the text {{have}}: the metadata kept")
        if meta.get("authors") and not art.authors:
            for name in meta["authors"]:
                self.add_authors(name)
        if meta.get("source") and not art.source:
            self.set_source(meta["source"])

    def resolve_dates(self) -> None:
        art = self.art
        hits = [h for h in self.header_dates + self.dates if h.iso]
        seen, uniq = set(), []
        for h in hits:
            if (h.start, h.end) not in seen:
                seen.add((h.start, h.end))
                uniq.append(h)
        uniq.sort(key=lambda h: h.start)

        def pick(cands: list[_DateHit], pool: list[_DateHit]) -> _DateHit | None:
            if not cands:
                return None
            best = cands[0]
            for h in pool:
                if h.iso[:10] == best.iso[:10] and len(h.iso) > len(best.iso):
                    best = h
            return best

        pub_l = [h for h in uniq if h.label == "published"]
        mod_l = [h for h in uniq if h.label == "modified"]
        unl = [h for h in uniq if not h.label] or self.print_dates[:1]
        pub = pick(pub_l or unl, pub_l + unl)
        mod = pick(mod_l, mod_l)
        if pub and pub.problem and "ambiguous numeric date" in pub.problem and len(pub.iso) >= 10:
            # a date that reads either way ("07/03/2024") and the same day spelled out beside it ("July 3, 2024" on
            # the next line, DW's pages print both): the spelled day says which number is the month. Beside it
            # only: a teaser's date further down the header is another article's; the numeric one's time is kept
            y, mo, d = pub.iso[:10].split("-")
            spelled = next((h for h in pub_l + unl if h is not pub and h.iso[:10] == f"{y}-{d}-{mo}"
                            and not h.problem and _beside(self.text, pub, h)), None)
            if spelled is not None:
                pub = spelled if len(spelled.iso) >= len(pub.iso) else _DateHit(
                    pub.start, pub.end, f"{y}-{d}-{mo}{pub.iso[10:]}", pub.tz, pub.label, pub.strong)
        if pub:
            art.published = pub.iso
            others = {h.iso[:10] for h in pub_l + unl if h.iso[:10] != pub.iso[:10]}
            if others:
                self.problem(f"header dates disagree: published {pub.iso} kept, also {', '.join(sorted(others))}")
            if pub.tz:
                self.problem(f"published time given in time zone {pub.tz}: kept as written (local time)")
        if mod:
            art.modified = mod.iso
            if mod.tz:
                self.problem(f"modified time given in time zone {mod.tz}: kept as written (local time)")
            if not pub:
                # a page that shows only when it was last updated (AP, CNN): the article was published then
                # or before; the updated date is the nearest date known, and relative dates need one
                art.published = mod.iso
                self.problem(f"no publication date, only an updated one: published taken as {mod.iso}")
        self.page_dates()
        hp = self.hints.get("published") if self.hints else ""
        if hp:
            # a table's date column is the record's metadata: it wins over a date found in the text, except
            # that a text date of the same day written more precisely (with a time) refines it
            hiso, hit = _read_date(hp, epoch=True)
            if hit is not None and hit.problem and hiso:  # read day first; read as Unix time
                self.problem(hit.problem)
            if hit is not None and hit.tz and hiso and hit.tz != "UTC":
                self.problem(f"published hint time given in time zone {hit.tz}: kept as written (local time)")
            if not hiso:
                self.problem(f"published hint {hp!r} unreadable")
            else:
                self.outside_date("published", hiso,
                                  "published hint {iso} differs from the date in the text {have}: the hint kept")
        if not art.published and self.dateline_dates:
            # no date in the header: the story's dateline says the day it was filed ("МОСКВА, 12 апреля 2024 — РИА
            # Новости."), the nearest date known, and relative dates need one
            art.published = self.dateline_dates[0].iso
            self.problem(f"no publication date in the header: published taken from the story's dateline, {art.published}")
        if not art.published and self.created_dates:
            # a clipped note's creation date ("created: 2024-05-21"): when the page was saved, after it was
            # published; the nearest date known, and relative dates need one
            art.published = self.created_dates[0].iso
            self.problem(f"no publication date, only the date the note was created: published taken as {art.published}")


_LABEL_ANY = re.compile(_LABEL.pattern.replace(r"\s*$", r"\s*").replace("(?i)(?:^|(?<=[\\s|,;(]))", "(?i)(?<!\\w)"))


def parse_text(text: str, *, hints: dict | None = None) -> ParsedArticle:
    """Parse one article's decoded text (see the module docstring). Never raises; lossless segments.

    >>> a = parse_text(" date 2023-07-10 Xi met Putin. He said so. (AFP)")
    >>> a.published, [s.kind for s in a.segments], a.agencies
    ('2023-07-10', ['blank', 'date', 'blank', 'body', 'blank', 'agency'], ['AFP'])
    """
    if text.count("\n>") >= 5 and (cuts := _quote_marks(text)) is not None:
        return _parse_unquoted(text, cuts, hints)  # a mail forwarding a message quoted line by line ("> ")
    if (chat := _chat_marks(text)) is not None:
        art = _parse_unquoted(text, chat[0], hints, chat[1])  # a chat's export, each message under its sender's line
        if not art.published and (hits := _find_dates(text, chat[2], chat[3])) and hits[0].iso:
            art.published = hits[0].iso  # nothing in the article dates it: the day it was sent is the best there is
        return art
    hints = dict(hints or {})
    meta = _page_metadata(text) if "<" in text and ("<meta" in text or "ld+json" in text or "<time" in text) else {}
    if meta.get("title") and not hints.get("title"):
        hints["title"] = meta["title"]  # the page's headline, as a table's title column would give it
    p = _Parse(text, hints)
    p.meta = meta
    if text:
        units, markup = _units(text)
        if not markup and "&" in text and p.front is None and (view := _entity_view(text)) is not None:
            # a plain text holding HTML entities (a web page's text copy: "China &amp; World", "By Jane Doe&nbsp;|"):
            # its header and body are read on the text with them decoded, as the same text without them is read,
            # and what was found is put back at its offsets in the text (see finish), unless decoding them makes
            # tags ("&lt;b&gt;"): those are read as words, as before. (A note's front matter is read by its own
            # rules, at offsets found in the text: such a note is read as before)
            decoded, marks = _entity_decoded(text)
            units_dec, markup_dec = _units(decoded)
            if not markup_dec:
                # (whether blank lines part the paragraphs stays read on the text itself: a "&nbsp;" alone on one
                # line, an empty paragraph of the page, does not make a page of one line per paragraph one paragraph)
                units, p.text, p.masked, p.view, p.marks = units_dec, decoded, decoded, view, marks
        p.units, p.unit_starts = units, [u.start for u in units]
        p.index_markup(markup)
        first, at = p.header(units)
        p.body(units, first, at, markup)
        p.finish(markup)
    else:
        p.resolve_dates()
    art = p.art
    if p.hint_title:
        if art.title and _norm(_TAG.sub(" ", art.title)) != _norm(_TAG.sub(" ", p.hint_title)):
            p.problem(f"title in the text {art.title[:60]!r} differs from the title given: the given one kept")
        art.title = p.hint_title
    if not art.authors and (names := " ".join(str(hints.get("authors") or "").split())):
        p.add_authors(re.sub(r"(?i)^by\s+", "", names), outlets_known=False)  # a record's author field: "By Jane Doe"
        outlet = _norm(str(hints.get("source") or art.source))
        art.authors = [a for a in art.authors if _norm(a) != outlet]  # (APIs give the outlet as the author)
    if not art.section and hints.get("section"):
        art.section = " ".join(str(hints["section"]).split())
    masthead, top = _masthead_outlet(p)
    if top and art.source and _menu_label_source(p):
        # a known outlet's masthead on the page's first line over its menu, and a menu's label under it taken for the
        # outlet by its form ("The National" / "UAE" / "World" ...): the masthead is the outlet
        art.source = masthead
    if not art.source and hints.get("source"):
        art.source = " ".join(str(hints["source"]).split())
    # the article's own address on a known outlet's site ("Source: https://www.economist.com/china/...") names the
    # outlet before the page's furniture does: "More from China" under The Economist's story names its desk. (A
    # masthead or a dateline's agency still goes first, as before: a wire's story on an aggregator's site,
    # "https://news.yahoo.com/..." with "BEIJING (Reuters) -", is Reuters'; the address gives the outlet last, below)
    url = hints.get("url") or art.url
    # the known outlet the article's address is on ('' for none), looked up once for the two steps that ask
    url_outlet = _url_outlet(str(url)) if url and not art.source else ""
    if not art.source and not url_outlet:
        # a page's own furniture names its site: "More from SCMP", "Читайте РБК в Telegram"
        for seg in reversed(art.segments):
            if seg.kind in ("boilerplate", "credit") and (name := _site_named(p.clean(seg.start, seg.end))):
                # a Russian appeal names the site in the accusative ("Поддержите «Новую газету Европа»"): the page's
                # first line naming it in the nominative ("Новая газета Европа") gives its name
                first_line = p.text.lstrip()[:200].split("\n", 1)[0].strip()
                art.source = first_line if _inflected_as(name, first_line) else name
                break
    if not art.source and (name := _label_named_again(p)):
        art.source = name  # the page's first line, named again in its furniture ("Support Ukrainska Pravda ...")
    if not art.source and masthead:
        art.source = masthead  # a known outlet's masthead over the page: "NHK WORLD-JAPAN", "DAWN.COM", "THE HINDU"
    if not art.source and p.dateline_agency:
        art.source = p.dateline_agency  # the story's dateline names its agency, and nothing else names a source
    if not art.source and url:
        # nothing names the outlet: the site the article is on, by the outlet's name when it is a known one
        # ("https://www.thehindu.com/..." -> "The Hindu"), else by its host ("scmp.com")
        art.source = url_outlet or site_domain(str(url))
    if art.source:
        # one outlet, one name: a known outlet's variant, abbreviation or domain, wherever it was read (a masthead
        # "SCMP", furniture's "More from SCMP", a dateline's "/TASS/", a byline), gives the name outlets.txt reports
        # (in the article's own script where the page wrote it so: an English copy of TASS is TASS's, not ТАСС's)
        art.source = reported_outlet(art.source, art.title or art.text[:300])
    return art


# A sign of a mail above (or at the top of) a quoted block: its header, two of its fields on lines in a row ("From:"
# over "Sent:", "От:" over "Кому:") or a sender's line with an address ("From: Jane Roe <jane@example.com>"; one
# "From:" or "Subject:" line alone, no address in it, is a note's or a forum post's words), the
# line a reply quotes under ("On Mon, ... Jane Roe wrote:", "... писал(а):", Thunderbird's "... пишет:", a localized
# Gmail's "ср, 15 мая 2024 г. в 7:01, Tom Lee <tom@example.org>:") or a forward's line (see _FORWARD)
_MAIL_FIELD = (r"[ \t>]*(?:from|sent|date|to|cc|subject|от|отправлено|дата|кому|копия|тема|de|von|an|gesendet|datum"
               r"|betreff|objet|envoyé|à|para|asunto)[ \t]*:[ \t]*\S")
_MAIL_SIGN = re.compile(rf"(?im)^{_MAIL_FIELD}[^\n]*\n{_MAIL_FIELD}|^[ \t>]*(?:from|от|de|von)[ \t]*:[^\n@]*@[\w\-]+\."
                        r"|(?:wrote|писал|писала|писал\(а\)|пишет|schrieb|a écrit|escribió|ha scritto)[ \t]*:[ \t]*\r?$"
                        r"|@[\w.\-]+>[ \t]*:[ \t]*\r?$")


def _quote_marks(text: str) -> list[tuple[int, int]] | None:
    """The quote marks opening the lines of a mail's quoted message (a reply or forward from Outlook, Gmail or
    Thunderbird that quotes the message line by line with "> "), when that message is the text's article: eight
    quoted lines or more, at least four in five of the non-blank lines from the first quoted one on, under a mail's
    sign (two header fields in a row, a "... wrote:" line, a forward's line) above them or among their first lines. None
    otherwise: a story quoting a line or a Markdown quote inside a story is not a quoted mail."""
    if "</" in text:
        return None  # a page's markup: its ">" closes tags
    # (a line's quote marks in a mail's reply or forward, "> ", "> > ", ">>", with the space after them, are a
    # Markdown quote's marks)
    marks = [m.span() for m in _MD_QUOTE.finditer(text)]
    if len(marks) < 8:
        return None
    first = marks[0][0]
    lines = quoted = 0
    mark_starts = {a for a, _b in marks}
    pos = first
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip():
            lines += 1
            quoted += pos in mark_starts
        pos = end + 1
    if quoted * 5 < lines * 4:
        return None
    head_end = marks[min(len(marks), 10) - 1][1]
    lo, hi = max(0, first - 3000), text.find("\n", head_end) % (len(text) + 1) or len(text)
    if _MAIL_SIGN.search(text, lo, hi) is None and _FORWARD.search(text, lo, hi) is None:
        return None
    return marks


# A chat app's message line: the day and time it was sent and the sender, then the message (fullmatch on the prefix):
# WhatsApp on iOS "[04/09/2024, 08:12] Oleg: ", on Android "04.09.2024, 08:12 - Олег: " (any locale's order and
# separators, seconds and AM/PM or not), or Telegram Desktop's plain text line over the message "Oleg, [04.09.2024 08:12]"
# (or "[04.09.24 08:12]", a two-digit year)
_CHAT_PREFIX = re.compile(
    r"(?m)^(?:\u200e?\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[^\S\n]\d{1,2}:\d{2}(?::\d{2})?(?:[^\S\n]?[APap]\.?[Mm]\.?)?\]"
    r"[^\S\n](?P<a>[^:\n\[\]]{1,60}):[^\S\n]"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[^\S\n]\d{1,2}:\d{2}(?:[^\S\n]?[APap]\.?[Mm]\.?)?[^\S\n][-–][^\S\n]"
    r"(?P<b>[^:\n]{1,60}):[^\S\n]"
    r"|(?P<c>[^,\n\[\]]{1,60}),[^\S\n]\[\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})?[^\S\n]\d{1,2}:\d{2}(?::\d{2})?\][^\S\n]*$)")


_LEADING_SPACE = re.compile(r"\s*")


def _chat_marks(text: str) -> tuple[list[tuple[int, int]], list[str], int, int] | None:
    """The sender's lines of a chat's export that opens with a message (three messages or more), as cuts for
    :func:`_parse_unquoted` with their kinds: each message's prefix (its time and sender) is ``markup``; the longest
    message (its lines under the prefix included) is the pasted article, and the messages after it and those of
    other senders before it are the chat's talk, ``boilerplate`` whole; last, where the article's message's prefix
    stands (its date). None for any other text: a story quoting a timestamped line, a transcript's "[14:05] Speaker:"
    lines, and a text none of whose messages holds half its messages' words (a live blog's entries each opening
    with its day and time, the chat's talk alone: no article to single out)."""
    first = _LEADING_SPACE.match(text).end()  # (not a copy of the text, as lstrip makes: this runs on every text)
    c = text[first:first + 1]
    if not (c.isdigit() or c in "[\u200e" or c.isalpha()) or _CHAT_PREFIX.match(text, first) is None:
        return None
    msgs = list(_CHAT_PREFIX.finditer(text))
    if len(msgs) < 3:
        return None
    ends = [m.start() for m in msgs[1:]] + [len(text)]
    sizes = [len(text[m.end():e].strip()) for m, e in zip(msgs, ends, strict=True)]
    k = max(range(len(msgs)), key=sizes.__getitem__)
    if sizes[k] * 2 < sum(sizes):
        return None  # no message holds most of the text: a live blog's entries ("12.03.2024, 14:05 - Update: ..."), a
        # chat's talk with no article pasted in it

    def sender(m: re.Match) -> str:
        return (m.group("a") or m.group("b") or m.group("c") or "").strip()

    cuts, kinds = [], []
    for i, (m, e) in enumerate(zip(msgs, ends, strict=True)):
        if i > k or (i < k and sender(m) != sender(msgs[k])):
            b = e
            while b > m.start() and text[b - 1].isspace():
                b -= 1
            cuts.append((m.start(), b))  # the chat's talk around the article: the whole message, and the line's end
            kinds.append("boilerplate")  # with it (no blank line left in its place: the article's lines are lines)
            if b < e:
                cuts.append((b, e))
                kinds.append("blank")
        else:
            cuts.append((m.start(), m.end()))
            kinds.append("markup")
    return cuts, kinds, msgs[k].start(), msgs[k].end()


def _parse_unquoted(text: str, cuts: list[tuple[int, int]], hints: dict | None,
                    kinds: list[str] | None = None) -> ParsedArticle:
    """Parse a mail's text with its quote marks (``cuts``) left out, as the message quoted reads, and give the
    result on the text as it is: each mark a ``markup`` segment (a piece of another kind is cut around it), a mark
    inside a paragraph left out of its analysis text by a :class:`Repair` (rule ``quote``). (A chat's cuts come
    with their ``kinds``: a message's prefix is markup, a message of the chat's talk boilerplate.)"""
    parts, pos, ustarts, shifts = [], 0, [], [0]  # (shifts[i]: the characters the marks before mark i take)
    for a, b in cuts:
        parts.append(text[pos:a])
        ustarts.append(a - shifts[-1])  # where the mark stood in the unquoted text
        shifts.append(shifts[-1] + b - a)
        pos = b
    parts.append(text[pos:])
    plain = "".join(parts)

    def at(u: int) -> int:  # the text's offset of the unquoted text's character at u (after a mark standing there)
        return u + shifts[bisect_right(ustarts, u)]

    def end(u: int) -> int:  # the text's offset of the end of an unquoted span ending at u
        return at(u - 1) + 1 if u > 0 else 0

    art = parse_text(plain, hints=hints)
    pieces: list[tuple[str, int, int]] = [(kinds[i] if kinds else "markup", a, b) for i, (a, b) in enumerate(cuts)]
    starts = [a for a, _b in cuts]
    for sg in art.segments:
        a, b = at(sg.start), end(sg.end)
        i = bisect_right(starts, a)
        while i < len(cuts) and cuts[i][0] < b:
            if cuts[i][0] > a:
                pieces.append((sg.kind, a, cuts[i][0]))
            a = cuts[i][1]
            i += 1
        if a < b:
            pieces.append((sg.kind, a, b))
    pieces.sort(key=lambda p: p[1])
    art.segments = [Segment(k, a, b) for k, a, b in pieces]
    art.paragraphs = [(at(a), end(b)) for a, b in art.paragraphs]
    art.sentences = [(k, at(a), end(b)) for k, a, b in art.sentences]
    repairs = [r2 for r in art.repairs if text[(r2 := _replace_field(r, start=at(r.start), end=end(r.end) if r.end > r.start
                                                                     else at(r.start))).start:r2.end] == r.raw]
    for ps, pe in art.paragraphs:
        i = bisect_right(starts, ps)
        while i < len(cuts) and cuts[i][0] < pe:
            repairs.append(Repair(cuts[i][0], cuts[i][1], text[cuts[i][0]:cuts[i][1]], "", "quote"))
            i += 1
    repairs.sort(key=lambda r: (r.start, r.end))
    art.repairs = repairs
    art.text = text
    return art


# Segment kinds a masthead line is never read from: the headline (a headline can be an outlet's name, "The Economist"),
# a byline ("By Jane Doe, Reuters"), a photo credit or an agency tag (Reuters credited is not the outlet)
_NOT_MASTHEAD = frozenset(("title", "title_repeat", "lede", "byline", "credit", "caption", "agency", "body"))


def _masthead_outlet(p: _Parse) -> tuple[str, bool]:
    """The outlet a known masthead names, and whether it is the text's first line: one of the first three non-blank
    lines of the text, alone on its line and equal (case ignored, "www." aside) to a name, variant or domain of
    :func:`outlets`, when it is no headline, byline, credit, agency tag or story text; ('', False) otherwise. Only the
    page's top is looked at, so an outlet named in the story ("The Times reported ...") or in a related-links box
    under it never counts."""
    text, names, segs = p.text, outlets(), p.art.segments
    if not segs:
        return "", False
    pos, seen, n = 0, 0, len(text)
    while seen < 3 and pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end].strip()
        if line:
            seen += 1
            if len(line) <= 60 and (name := names.get(_outlet_key(line))):
                at = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
                kind = next((sg.kind for sg in segs if sg.start <= at < sg.end), "")
                # (a line read as the page's section is the desk's name, "Foreign Affairs" over the headline, unless
                # the desk's own line is under it: "SCMP" / "China Diplomacy" / the headline)
                desk = kind == "section" and line == p.art.section
                if desk and (under := _desk_under(p, at)) is not None:
                    # the masthead over the desk's line: the masthead's line is a source line, the desk the section
                    i, p.art.section = under
                    segs[i] = _replace_field(segs[i], kind="source")
                    desk = False
                if kind not in _NOT_MASTHEAD and not desk:
                    return name, seen == 1
        pos = end + 1
    return "", False


def _desk_under(p: _Parse, at: int) -> tuple[int, str] | None:
    """Whether the known outlet's name at ``at``, read as the page's section, is its masthead over the desk's name:
    the next line that is not blank is a section line too, above the headline ("SCMP" / "China Diplomacy" /
    headline), page furniture aside. The desk is then the section, and the masthead's line a source line: the masthead's segment's index
    and the desk's name are returned for the caller to write so; None when not. A name alone over the headline
    stays the section ("Foreign Affairs" / headline: the desk)."""
    segs = p.art.segments
    i = next((i for i, sg in enumerate(segs) if sg.start <= at < sg.end), -1)
    # (page furniture between them, a language switcher's "Русский" or a menu's words, leaves the desk under the
    # masthead: "NHK WORLD-JAPAN" / "Русский" / "Новости" / headline)
    j = next((j for j in range(i + 1, min(i + 8, len(segs))) if segs[j].kind not in ("blank", "header", "boilerplate")),
             -1)
    if i < 0 or j < 0 or segs[j].kind != "section" or (p.title_span and segs[j].start >= p.title_span[0]):
        return None
    desk = p.text[segs[j].start:segs[j].end].strip()
    if not desk or _outlet_key(desk) in outlets():
        return None
    return i, desk


def _menu_label_source(p: _Parse) -> bool:
    """Whether the source read is a label line of the page's menu taken for the outlet by its form: a ``source``
    segment that is the whole value, a line of its own under the first line and above the headline (among the first
    twelve), and no known outlet's name itself ("The National" / "UAE" / "World": "UAE"; "Голос Америки" /
    "Главная" / "Россия" / "США": "США")."""
    src = p.art.source.strip()
    if not src or _outlet_key(src) in outlets():
        return False
    title_at = p.title_span[0] if p.title_span else len(p.text)
    segs = [sg for sg in p.art.segments if sg.kind != "blank"]
    return any(sg.kind == "source" and sg.start < title_at and p.text[sg.start:sg.end].strip() == src
               for sg in segs[1:12])


def _url_outlet(url: str) -> str:
    """The known outlet (:func:`outlets`) whose web domain a URL is on: its host without "www.", or the site
    :func:`site_domain` names ("https://russian.people.com.cn/..." -> people.com.cn); '' for none."""
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""
    names = outlets()
    return names.get(_outlet_key(host)) or names.get(site_domain(url)) or ""


# A line of a page's furniture naming the site it is on: "More from SCMP", "Why you can trust SCMP", "Follow Al
# Jazeera English on X", "© 2024 South China Morning Post Publishers Ltd. All rights reserved.", "Подпишитесь на
# «Ведомости» в Telegram", "Читайте РБК в Telegram"
_SITE_NAME = r"[A-ZА-ЯЁ][\w.&'’\-]*(?:\s+(?:[A-ZА-ЯЁ][\w.&'’\-]*|of|and|&)){0,5}"
_SITE_NAMED = [
    re.compile(rf"(?:More (?:stories )?from|Why you can trust|Latest from|Follow)\s+(?!Us\b|Our\b|The\s+(?:author|writer))"
               rf"(?P<o>{_SITE_NAME})(?:\s+on\s+(?:Twitter|X|Facebook|Instagram|Telegram|LinkedIn|WhatsApp|Threads|"
               rf"YouTube|Google News|Bluesky))?\s*[.:!»]?"),
    re.compile(rf"(?:©|\([Cc]\)|Copyright|COPYRIGHT)(?:\s*(?:©|\([Cc]\)))?\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*,?\s*)?(?P<o>{_SITE_NAME}?)"
               r"(?:,?\s+(?:Publishing\s+House|(?:(?:Newspapers?|Publishers?|Publishing)\s+)?(?:Ltd|Limited|Inc|LLC|Co|Corp|"
               r"Corporation|Group|GmbH|S\.A))\.?(?:\s+\d{4})?)?[.,]?\s+"
               r"(?:All rights reserved|Все права защищены)\.?", re.IGNORECASE),
    re.compile(r"(?:Подпишитесь|Подписывайтесь|Читайте)(?:\s+на)?\s+(?!нас\b)«?(?P<o>[A-ZА-ЯЁ][^«»\n]{1,30}?)»?\s+в\s+"
               r"(?:Telegram|Телеграм\w*|«?Дзен\w*»?|VK|ВКонтакте|MAX|Max|YouTube|RuTube)\b.{0,40}"),
]


# A site's name of capitalized words and the small words between them: "Carnegie Endowment for International Peace"
_SITE_WORDS = re.compile(r"[A-ZА-ЯЁ][\w.&'’\-]*(?:\s+(?:[A-ZА-ЯЁ][\w.&'’\-]*|of|for|and|on|the|&)){0,5}")


def _label_named_again(p: _Parse) -> str:
    """The label line opening a page copy (a header or section line of one to six capitalized words, no section's
    name; a "Skip to main content" line may come first) when a furniture line of the page names it again, as written
    ("Ukrainska Pravda" / ... / "Support Ukrainska Pravda on Patreon!"), or a line of its own right above the page's
    copyright line ("Carnegie Endowment for International Peace" / "© 2025 All rights reserved."): the site's name.
    '' otherwise."""
    segs = [sg for sg in p.art.segments if sg.kind != "blank"]
    first = next((sg for sg in segs if sg.kind != "boilerplate"), None)
    if first is None or first.kind not in ("header", "section"):
        return ""
    name = p.text[first.start:first.end].strip()
    if not 1 <= _nwords(name) <= 6 or not (_label_like(name) or _SITE_WORDS.fullmatch(name)) or _is_section(name) or (
            name.isupper() and " " not in name):
        return ""
    rx = _whole_run_rx(name)
    for i, sg in enumerate(segs):
        if sg.kind == "boilerplate" and sg.start > first.end and (m := rx.search(p.text, sg.start, sg.end)):
            ls, le = p.text.rfind("\n", sg.start, m.start()) + 1 or sg.start, p.text.find("\n", m.end(), sg.end)
            if p.text[max(ls, sg.start):le if le >= 0 else sg.end].strip() != name:
                return name  # named inside a line of furniture, not as a topic tag of its own ("Vladimir Putin")
            nxt = segs[i + 1] if i + 1 < len(segs) else None
            if nxt is not None and nxt.kind == "boilerplate" and _COPYRIGHT_NOTICE.match(p.text, nxt.start, nxt.end):
                return name  # the site's name over its copyright line
    return ""


def _inflected_as(name: str, line: str) -> bool:
    """Whether ``name`` is ``line`` with other Russian case endings on some of its words: the same words, each the
    same but for its last two letters at most, and those Cyrillic ("Новую газету Европа" / "Новая газета Европа",
    "Газету.Ru" / "Газета.Ru")."""
    a, b = _WORD_RUNS.findall(name), _WORD_RUNS.findall(line)
    if not a or len(a) != len(b) or a == b:
        return False
    for x, y in zip(a, b, strict=True):
        k = min(len(x), len(y)) - 2
        if x != y and (k < 3 or abs(len(x) - len(y)) > 1 or x[:k] != y[:k] or not _RU_ENDING.fullmatch(x[k:] + y[k:])):
            return False
    return True


_WORD_RUNS = re.compile(r"\w+")
_RU_ENDING = re.compile(r"[а-яё]{2,4}")


def _site_named(line: str) -> str:
    """The site a furniture line names (:data:`_SITE_NAMED`), or ""."""
    line = " ".join(line.split())
    if not 8 <= len(line) <= 120:
        return ""
    for rx in _SITE_NAMED:
        m = rx.fullmatch(line)
        if m and m.group("o") and m.group("o")[:1].isupper():
            return m.group("o").strip(" .,")
    return ""


# A host's second-level names under a country's domain: "bbc.co.uk", "asahi.co.jp", "xinhuanet.com.cn"
_SECOND_LEVEL = frozenset("co com net org gov ac edu ne or go gob nic info".split())


def site_domain(url: str) -> str:
    """The site a URL is on, as people name it: its host without "www.", "m.", "amp." and other subdomains
    ("https://www.scmp.com/news/..." -> "scmp.com", "https://news.cgtn.com/..." -> "cgtn.com",
    "https://www.bbc.co.uk/..." -> "bbc.co.uk"); "" for no web address."""
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2 or not labels[-1].isalpha() or host.replace(".", "").isdigit():
        return ""
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])
