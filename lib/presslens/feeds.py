"""News feeds saved as files: RSS 2.0 (and 0.91/0.92), RSS 1.0 and 0.90 (RDF) and Atom (1.0, and 0.3), one
article per item or entry, with the standard library's :mod:`xml.etree`.

:func:`feed_kind` tells a feed by its content (its root element, after the XML declaration, comments and a
DOCTYPE), whatever the file's name (``.xml``, ``.rss``, ``.atom``, ``.rdf``...). :func:`feed_items` reads it in
one pass, item by item (a feed of 10,000 items is never held as a whole tree), into :class:`Item` s:

* the **text** is the item's fullest content, as it is (HTML, which the parser reads): RSS's ``content:encoded``,
  Atom's ``content`` (an XHTML one written back as HTML), else the ``description`` (RSS) or ``summary`` (Atom);
  CDATA and escaped HTML give the same string;
* the **title** (tags and entities of an HTML title taken off), the **link** (RSS ``link``, else a ``guid`` that
  is a permalink; Atom's ``link`` of ``rel="alternate"``; a link through Google's redirect, as Google Alerts
  gives them, as the address it leads to), the **date** (``pubDate``, ``dc:date``, Atom's
  ``published``; an entry with only an ``updated`` date is given that one, and a problem says so; RFC 822 dates
  written as ISO 8601 by :func:`presslens.reading.iso_date`), the **authors** (``dc:creator``, ``author``: an
  e-mail address's name in brackets, Atom's ``author/name``), the **source** (the item's own ``source``
  element, an aggregator's; else the feed's title) and the first **category** (``category``, ``dc:subject``,
  Atom's ``category/@term``) as its section.

Elements of other namespaces (Media RSS's ``media:title``, ``media:content``...) are left out, never mistaken
for the item's own. An item with no text is kept, with a problem. A DOCTYPE declaring entities (the "billion
laughs" attack) is refused, and HTML's named entities (``&nbsp;``), which feeds use undeclared, are read as the
characters they name.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from .formats import _HTML_ENTITY, _entity_reference

ATOM = "http://www.w3.org/2005/Atom"
ATOM03 = "http://purl.org/atom/ns#"
RSS1 = "http://purl.org/rss/1.0/"
RSS09 = "http://my.netscape.com/rdf/simple/0.9/"
DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
XHTML = "http://www.w3.org/1999/xhtml"

# The start of a feed: a BOM, the XML declaration, comments, processing instructions (a style sheet) and a DOCTYPE
# (with an internal subset), then the root element
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,300}\?>\s*)?(?:(?:<!--(?:[^-]|-(?!->)){0,4000}-->|"
                     rb"<\?[^>]{0,500}\?>|<!DOCTYPE\s[^>\[]{0,500}(?P<subset>\[[^\]]{0,20000}\])?\s*>)\s*){0,20}"
                     rb"<(?P<root>rss|feed|(?:[A-Za-z][\w.-]*:)?RDF)(?=[\s>/])")
_FEED_NS = {ATOM: "atom", ATOM03: "atom", RSS1: "rss", RSS09: "rss", "": "rss"}


def feed_kind(data: bytes) -> str:
    """"rss", "atom" or "rdf" when ``data`` is a feed (by its root element, and for Atom and RDF the namespace
    declared in its first 4 KB), else ""."""
    start = data[:64].lstrip()
    if not (start.startswith(b"<") or start.startswith(b"\xef\xbb\xbf")):
        return ""
    m = _PROLOG.match(data, 0, 65536)
    if not m:
        return ""
    root = m.group("root")
    head = data[m.start("root"):m.start("root") + 4096]
    if root == b"rss":
        return "rss"
    if root == b"feed":
        return "atom" if ATOM.encode() in head or ATOM03.encode() in head else ""
    return "rdf" if RSS1.encode() in head or RSS09.encode() in head else ""


@dataclass
class Item:
    """One item (RSS) or entry (Atom) of a feed."""

    text: str = ""
    title: str = ""
    link: str = ""
    published: str = ""
    authors: list[str] = field(default_factory=list)
    source: str = ""
    section: str = ""
    problems: list[str] = field(default_factory=list)

    def hints(self) -> dict:
        """The item's metadata as a document's ``hints`` (the parser's title, published, source, url, authors
        and section)."""
        from .reading import iso_date

        out = {"title": self.title, "published": iso_date(self.published), "source": self.source,
               "url": redirect_target(self.link)}
        if self.authors:
            out["authors"] = ", ".join(self.authors)
        if self.section:
            out["section"] = self.section
        return out


_CHUNK = 1 << 18


def feed_items(data: bytes, kind: str) -> tuple[list[Item], str, list[str]]:
    """The items of a feed (``kind`` from :func:`feed_kind`): ``(items, feed title, problems)``. A feed that
    cannot be read as XML (not well-formed, entities declared) gives no items and a problem saying why (its
    caller reads the file as text then). Never raises."""
    m = _PROLOG.match(data, 0, 65536)
    if m and m.group("subset") and b"<!ENTITY" in m.group("subset"):
        return [], "", ["its DOCTYPE declares XML entities (<!ENTITY ...>): refused as a feed (an entity-expansion "
                        "attack?)"]
    if b"&" in data and _HTML_ENTITY.search(data):
        data = _HTML_ENTITY.sub(_entity_reference, data)  # HTML's named entities, which feeds use undeclared
    reader = _Reader(kind)
    parser = ET.XMLPullParser(events=("start", "end"))
    try:
        for at in range(0, len(data), _CHUNK):
            parser.feed(data[at:at + _CHUNK])
            reader.events(parser.read_events())
        parser.close()
        reader.events(parser.read_events())
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        reason = re.sub(r"^not well-formed \((.*)\)$", r"\1", re.sub(r": line \d+, column \d+$", "", str(exc)))
        return [], "", [f"not well-formed XML at line {line}, column {column} ({reason})"]
    except Exception as exc:  # never let one file stop the run
        return [], "", [f"unreadable as XML ({type(exc).__name__}: {exc})"]
    for item in reader.items:
        if not item.source:
            item.source = reader.title
    return reader.items, reader.title, []


def _split(tag: str) -> tuple[str, str]:
    if tag[:1] == "{":
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


class _Reader:
    """The items of a feed, from an :class:`xml.etree.ElementTree.XMLPullParser`'s events: each item read when
    it ends, then cleared (the memory a feed takes is one item's)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.items: list[Item] = []
        self.title = ""
        self.path: list[str] = []  # local names of the open elements (root first)

    def events(self, events) -> None:
        for event, elem in events:
            ns, local = _split(elem.tag)
            if event == "start":
                self.path.append(local)
                continue
            self.path.pop()
            depth = len(self.path)  # the element's parent is self.path[-1]
            if local in ("item", "entry") and _FEED_NS.get(ns) is not None and self._item_level(depth):
                self.items.append(_atom_entry(elem) if local == "entry" else _rss_item(elem))
                elem.clear()
            elif local == "title" and not self.title and _FEED_NS.get(ns) is not None and depth and \
                    self.path[-1] in ("channel", "feed") and depth <= 2:
                self.title = _plain(_text_construct(elem))

    def _item_level(self, depth: int) -> bool:
        # RSS 2.0: rss/channel/item; RSS 1.0: rdf:RDF/item; Atom: feed/entry (entries nested in another entry's
        # source are not items)
        return 1 <= depth <= 2 and "entry" not in self.path and "item" not in self.path


_INLINE_TAG = re.compile(r"</?(?:b|i|em|strong|u|span|a|mark|font|small|sup|sub)\b[^>]*>", re.I)
_GOOGLE_REDIRECT = re.compile(r"https?://(?:www\.)?google\.[a-z.]{2,6}/url\?\S*")


def _plain(value: str) -> str:
    """A title or name as plain text: tags taken off (inline ones, as Google Alerts' <b> marks, with nothing in their
    place: "<b>Russia</b>'s" is "Russia's"; others, as a <br>, with a space), entities decoded, white space
    collapsed."""
    if "<" in value:
        value = re.sub(r"<[^>]*>", " ", _INLINE_TAG.sub("", value))
    return " ".join(html.unescape(value).split())


def redirect_target(link: str) -> str:
    """A link through Google's redirect ("https://www.google.com/url?rct=j&sa=t&url=https://...&ct=ga", as Google
    Alerts' feeds give them) as the address it leads to; any other link as it is."""
    if "google." not in link or not _GOOGLE_REDIRECT.fullmatch(link):
        return link
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(link).query)
    target = (query.get("url") or query.get("q") or [""])[0]
    return target if re.match(r"(?i)https?://", target) else link


def _text_construct(elem: ET.Element) -> str:
    """The content of an element, as HTML when it holds XHTML (Atom's ``type="xhtml"``)."""
    if elem.get("type") == "xhtml" or len(elem):
        children = list(elem)
        if len(children) == 1 and _split(children[0].tag) == (XHTML, "div") and not (elem.text or "").strip():
            return _inner_html(children[0])  # the wrapping <div> of an XHTML construct is not content
        return _inner_html(elem)
    return elem.text or ""


def _inner_html(elem: ET.Element) -> str:
    out = [html.escape(elem.text or "", quote=False)]
    for child in elem:
        _, local = _split(child.tag)
        attrs = "".join(f' {_split(k)[1]}="{html.escape(v)}"' for k, v in child.attrib.items()
                        if _split(k)[1] in ("href", "src", "alt", "title"))
        out.append(f"<{local}{attrs}>{_inner_html(child)}</{local}>")
        out.append(html.escape(child.tail or "", quote=False))
    return "".join(out)


def _author_name(value: str) -> str:
    """RSS's ``author``, an e-mail address with the name in brackets ("jo@example.com (Jo Smith)"): the name."""
    value = " ".join(value.split())
    m = re.fullmatch(r"\S+@\S+\s*\((.+)\)", value)
    return m.group(1).strip() if m else value


def _rss_item(elem: ET.Element) -> Item:
    item = Item()
    content = description = guid = ""
    for child in elem:
        ns, local = _split(child.tag)
        value = child.text or ""
        if ns in ("", RSS1, RSS09):
            if local == "title":
                item.title = _plain(value)
            elif local == "link":
                item.link = value.strip()
            elif local == "description":
                description = value
            elif local == "pubDate" and not item.published:
                item.published = value.strip()
            elif local == "author" and value.strip():
                item.authors.append(_author_name(value))
            elif local == "category" and not item.section:
                item.section = _plain(value)
            elif local == "source":
                item.source = _plain(value)
            elif local == "guid" and child.get("isPermaLink", "true").lower() == "true":
                guid = value.strip()
        elif ns == DC:
            if local == "date" and not item.published:
                item.published = value.strip()
            elif local == "creator" and value.strip():
                item.authors.append(_plain(value))
            elif local == "subject" and not item.section:
                item.section = _plain(value)
        elif ns == CONTENT and local == "encoded" and value.strip():
            content = value
    if not item.link and re.match(r"(?i)https?://", guid):
        item.link = guid
    item.text = content if content.strip() else description
    if not item.text.strip():
        item.problems.append("no text in the feed item" + (" (only its title)" if item.title else ""))
    return item


def _atom_entry(elem: ET.Element) -> Item:
    item = Item()
    content = summary = updated = ""
    for child in elem:
        ns, local = _split(child.tag)
        if ns not in (ATOM, ATOM03):
            if ns == DC and local == "creator" and (child.text or "").strip():
                item.authors.append(_plain(child.text or ""))
            continue
        if local == "title":
            item.title = _plain(_text_construct(child))
        elif local == "link":
            if child.get("rel", "alternate") == "alternate" and not item.link:
                item.link = (child.get("href") or "").strip()
        elif local in ("published", "issued", "created") and not item.published:
            item.published = (child.text or "").strip()
        elif local in ("updated", "modified") and not updated:
            updated = (child.text or "").strip()
        elif local == "author":
            name = next((c.text for c in child if _split(c.tag)[1] == "name" and c.text), "")
            if name.strip():
                item.authors.append(_plain(name))
        elif local == "category" and not item.section:
            item.section = _plain(child.get("label") or child.get("term") or "")
        elif local == "content":
            if child.get("src"):
                item.problems.append(f"the entry's content is elsewhere ({child.get('src')}), not in the feed")
            else:
                content = _text_construct(child)
        elif local == "summary":
            summary = _text_construct(child)
        elif local == "source":
            title = next((c for c in child if _split(c.tag)[1] == "title"), None)
            if title is not None:
                item.source = _plain(_text_construct(title))
    if not item.published and updated:
        item.published = updated
        item.problems.append(f"no publication date in the entry, only when it was updated: {updated} taken")
    item.text = content if content.strip() else summary
    if not item.text.strip():
        item.problems.append("no text in the feed entry" + (" (only its title)" if item.title else ""))
    return item
