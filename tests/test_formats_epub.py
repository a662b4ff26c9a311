"""Periodical e-books: news calibre's "Fetch news" (or KindleEar) downloaded into one EPUB, read one document per
article, with the issue's own pages and the navigation bars left out."""

from __future__ import annotations

import io
import zipfile

from presslens.corpus import read_corpus
from presslens.formats import epub_book, epub_text
from presslens.reading import read_document, read_documents

NAVBAR_TOP = ('<div class="calibre_navbar calibre_rescale_70" style="text-align:center">| '
              '<a class="article_link" href="../article_{next}/index.html">Next</a> | '
              '<a href="../index.html#article_{i}">Section menu</a> | '
              '<a href="../../index.html#feed_{feed}">Main menu</a> | </div>')
NAVBAR_BOTTOM = ('<div class="calibre_navbar calibre_rescale_70" style="text-align:center"><hr/>'
                 '<p style="text-align:left">This article was downloaded by <strong>calibre</strong> from '
                 '<a rel="calibre-downloaded-from" href="{url}">{url}</a></p><br/><br/>| '
                 '<a class="article_link" href="../article_{next}/index.html">Next</a> | '
                 '<a href="../index.html#article_{i}">Section menu</a> | '
                 '<a href="../../index.html#feed_{feed}">Main menu</a> | </div>')

ARTICLES = [
    # (feed, section, title, author, url, body)
    (0, "World", "Putin arrives in Beijing for talks with Xi", "Laurie Chen",
     "https://www.reuters.com/world/putin-arrives-beijing-2024-05-16/",
     "<h1>Putin arrives in Beijing for talks with Xi</h1><p>By Laurie Chen</p><p>May 16, 2024</p>"
     "<p>BEIJING (Reuters) - Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state "
     "visit.</p><p>The two leaders are expected to discuss the war in Ukraine and energy trade.</p>"),
    (0, "World", "China and Russia sign energy pact", "",
     "https://www.reuters.com/business/energy/china-russia-energy-2024-05-17/",
     "<h1>China and Russia sign energy pact</h1><p>May 17, 2024</p><p>Chinese and Russian officials signed a "
     "pact on gas supplies on Friday, officials said.</p><p>The deal covers deliveries through 2030.</p>"),
    (1, "Business", "Yuan trade settlement grows", "",
     "https://www.reuters.com/markets/yuan-trade-2024-05-17/",
     "<h2>Yuan trade settlement grows</h2><p>May 17, 2024</p><p>Trade between the two countries is now mostly "
     "settled in yuan and roubles, the central bank said.</p>"),
]


def _page(title: str, body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f"<title>{title}</title></head><body>{body}</body></html>")


def periodical(articles=ARTICLES, *, marked: str = "both", shared_chapter: bool = False) -> bytes:
    """An EPUB laid out as calibre writes a news download: the masthead page (index.html), one page per feed listing
    its articles (feed_N/index.html), one page per article (feed_N/article_M/index.html) between navigation bars,
    an NCX whose entries are classed periodical/section/article. ``marked``: "both", "meta" (only the package's
    calibre:publication_type) or "ncx" (only the NCX classes) or "none" (an ordinary book)."""
    files: dict[str, str] = {}
    per_feed: dict[int, list[int]] = {}
    names = []
    for n, (feed, _section, title, _author, url, body) in enumerate(articles):
        i = len(per_feed.setdefault(feed, []))
        per_feed[feed].append(n)
        name = f"feed_{feed}/article_{i}/index.html"
        if shared_chapter and n == 1:
            name = names[0]
            files[name] = files[name].replace("</body>", f"<div id='second'>{body}</div></body>")
        else:
            files[name] = _page(title, NAVBAR_TOP.format(next=i + 1, i=i, feed=feed) + f"<div>{body}</div>"
                                + NAVBAR_BOTTOM.format(url=url, next=i + 1, i=i, feed=feed))
        names.append(name)
    files["index.html"] = _page("Reuters", "<h1>Reuters</h1><p>Thu, 16 May 2024</p><ul>" + "".join(
        f'<li><a href="feed_{f}/index.html">{articles[ns[0]][1]}</a></li>' for f, ns in per_feed.items()) + "</ul>")
    for f, ns in per_feed.items():
        files[f"feed_{f}/index.html"] = _page(articles[ns[0]][1], "<ul>" + "".join(
            f'<li><a href="article_{k}/index.html">{articles[n][2]}</a><div>{articles[n][2]}</div></li>'
            for k, n in enumerate(ns)) + "</ul>")
    klass = (lambda c: f' class="{c}"') if marked in ("both", "ncx") else (lambda c: "")
    points = []
    for f, ns in per_feed.items():
        inner = "".join(
            f'<navPoint{klass("article")} id="a{n}" playOrder="{n + 10}"><navLabel><text>{articles[n][2]}</text>'
            f'</navLabel><content src="{names[n]}{"#second" if shared_chapter and n == 1 else ""}"/>'
            f'<mbp:meta name="author">{articles[n][3]}</mbp:meta></navPoint>' for n in ns)
        points.append(f'<navPoint{klass("section")} id="f{f}" playOrder="{f + 1}"><navLabel><text>'
                      f'{articles[ns[0]][1]}</text></navLabel><content src="feed_{f}/index.html"/>{inner}</navPoint>')
    ncx = ('<?xml version="1.0" encoding="utf-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
           'xmlns:mbp="http://mobipocket.com/ns/mbp" version="2005-1"><head/><docTitle><text>Reuters</text>'
           f'</docTitle><navMap><navPoint{klass("periodical")} id="p" playOrder="0"><navLabel><text>Reuters'
           f'</text></navLabel><content src="index.html"/>{"".join(points)}</navPoint></navMap></ncx>')
    meta = ('<meta name="calibre:publication_type" content="periodical:unknown:Reuters"/>'
            if marked in ("both", "meta") else "")
    spine_files = ["index.html"] + [n for f in per_feed for n in [f"feed_{f}/index.html"]
                                    + [names[k] for k in per_feed[f]]]
    spine_files = list(dict.fromkeys(spine_files))
    ids = {name: f"c{k}" for k, name in enumerate(spine_files)}
    opf = ('<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0" '
           'unique-identifier="uuid_id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:opf="http://www.idpf.org/2007/opf"><dc:title>Reuters [Thu, 16 May 2024]</dc:title>'
           f'<dc:creator opf:role="aut">calibre</dc:creator><dc:date>2024-05-16T08:00:00+00:00</dc:date>{meta}'
           "</metadata><manifest>"
           + "".join(f'<item href="{n}" id="{ids[n]}" media-type="application/xhtml+xml"/>' for n in spine_files)
           + '<item href="index.ncx" id="ncx" media-type="application/x-dtbncx+xml"/></manifest><spine toc="ncx">'
           + "".join(f'<itemref idref="{ids[n]}"/>' for n in spine_files) + "</spine></package>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:'
                   'container"><rootfiles><rootfile full-path="content.opf" media-type="application/'
                   'oebps-package+xml"/></rootfiles></container>')
        z.writestr("content.opf", opf)
        z.writestr("index.ncx", ncx)
        for name, page in files.items():
            z.writestr(name, page)
    return buf.getvalue()


def test_a_periodical_is_read_one_document_per_article(tmp_path):
    f = tmp_path / "reuters_2024-05-16.epub"
    f.write_bytes(periodical())
    docs = read_documents(f)
    assert [d.article_id for d in docs] == ["reuters_2024-05-16/1", "reuters_2024-05-16/2", "reuters_2024-05-16/3"]
    assert [d.path for d in docs] == [f"{f}#feed_0/article_0/index.html", f"{f}#feed_0/article_1/index.html",
                                      f"{f}#feed_1/article_0/index.html"]
    assert [d.hints for d in docs] == [{"title": t, "url": u} for _f, _s, t, _a, u, _b in ARTICLES]
    assert all(d.problems == [] and d.encoding == "epub" for d in docs)
    assert docs[0].text == ("Putin arrives in Beijing for talks with Xi\n\nBy Laurie Chen\n\nMay 16, 2024\n\n"
                            "BEIJING (Reuters) - Russian President Vladimir Putin arrived in Beijing on Thursday for "
                            "a two-day state visit.\n\nThe two leaders are expected to discuss the war in Ukraine "
                            "and energy trade.\n")
    for d in docs:  # neither the navigation bars nor calibre's note, nor the issue's own pages
        for furniture in ("Next", "Section menu", "Main menu", "downloaded by", "calibre", "http", "|"):
            assert furniture not in d.text, (d.article_id, furniture)
    # read_document gives the first and says so
    one = read_document(f)
    assert one.article_id == "reuters_2024-05-16" and one.text == docs[0].text
    assert one.problems == ["a periodical e-book of 3 articles: only the first read (read_documents reads them all)"]


def test_each_article_of_a_periodical_is_parsed_with_its_title_date_and_site(tmp_path):
    (tmp_path / "issue.epub").write_bytes(periodical())
    corpus = read_corpus(tmp_path, progress=False)
    arts = corpus.articles.set_index("article_id")
    assert list(arts.index) == ["issue/1", "issue/2", "issue/3"]
    assert list(arts["title"]) == [t for _f, _s, t, _a, _u, _b in ARTICLES]
    assert list(arts["published"].str[:10]) == ["2024-05-16", "2024-05-17", "2024-05-17"]
    # the dateline names the agency; else the site the article was downloaded from (a known outlet's, by its name)
    assert list(arts["source"]) == ["Reuters", "Reuters", "Reuters"]
    assert arts.loc["issue/1", "authors"] == ["Laurie Chen"]
    first = corpus.sentences[corpus.sentences["article_id"] == "issue/1"]["text"].tolist()
    assert first[0] == "Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit."


def test_the_periodical_is_told_by_its_metadata_or_by_its_table_of_contents(tmp_path):
    for marked in ("meta", "ncx"):
        found = epub_book(periodical(marked=marked))[0]
        assert [hints["title"] for _c, _t, _p, hints in found] == [a[2] for a in ARTICLES], marked
    # an ordinary book (no periodical metadata, no classed entries) stays one document, its pages in spine order
    book = periodical(marked="none")
    assert epub_book(book)[0] is None
    f = tmp_path / "book.epub"
    f.write_bytes(book)
    (doc,) = read_documents(f)
    assert doc.article_id == "book" and doc.text == epub_text(book)[0]
    assert "Putin arrives in Beijing" in doc.text and "Yuan trade settlement grows" in doc.text
    # a periodical of one article is that one document too
    assert epub_book(periodical(ARTICLES[:1]))[0] is None


def test_articles_sharing_a_chapter_are_read_as_one_with_a_note():
    found = epub_book(periodical(shared_chapter=True))[0]
    assert [c for c, _t, _p, _h in found] == ["feed_0/article_0/index.html", "feed_1/article_0/index.html"]
    chapter, text, problems, hints = found[0]
    assert "Putin arrived in Beijing" in text and "signed a pact on gas supplies" in text
    assert problems == ["2 articles of the table of contents in this one chapter: read as one"]
    assert "title" not in hints and hints["url"] == ARTICLES[0][4]


def test_a_book_that_is_no_periodical_has_its_package_read_once(tmp_path, monkeypatch):
    """An ordinary book was opened and its package document parsed twice: once to see whether it is a periodical,
    once more for its text. A periodical's package is read once too, and both read as before."""
    from presslens import formats

    reads = []
    package = formats._epub_package
    monkeypatch.setattr(formats, "_epub_package", lambda zf: reads.append(1) or package(zf))
    book = periodical(marked="none")
    (tmp_path / "book.epub").write_bytes(book)
    (tmp_path / "issue.epub").write_bytes(periodical())
    (doc,) = read_documents(tmp_path / "book.epub")
    assert len(reads) == 1
    assert "Putin arrives in Beijing" in doc.text and doc.encoding == "epub" and doc.problems == []
    reads.clear()
    assert len(read_documents(tmp_path / "issue.epub")) == 3 and len(reads) == 1
    (tmp_path / "book.docx").write_bytes(book)  # named otherwise: the same text, with a note
    (named,) = read_documents(tmp_path / "book.docx")
    assert named.text == doc.text and named.problems == ["an EPUB file named .docx: read as EPUB"]
