"""Rules from probe tables26 (tests/test_tables_probe26.py): tables as media-monitoring and research tools write them.
Each test gives the shape the rule reads and a look-alike that keeps its old reading."""

from __future__ import annotations

import csv
import io
import json

import openpyxl

from presslens.parsing import parse_text
from presslens.reading import iter_documents

STORY = "Russian and Chinese warships began joint drills in the Sea of Japan on Monday, the ministry said."


def rows_csv(rows: list[list], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def test_a_csv_separated_by_tabs_or_semicolons_is_read_by_its_header(tmp_path):
    """Meltwater writes its ".csv" tab-separated (UTF-16 with a BOM), a Russian or German Excel with semicolons:
    the delimiter is the one that splits the first line into a header naming a text column."""
    (tmp_path / "melt.csv").write_bytes(b"\xff\xfe" + rows_csv(
        [["Date", "Headline", "Opening Text", "Source"], ["16-May-2024", "Drills", STORY, "Reuters"]],
        "\t").encode("utf-16-le"))
    (tmp_path / "ru.csv").write_bytes(rows_csv([["Дата", "Заголовок", "Текст", "Тональность"],
                                                ["12.03.2024", "Учения", "Корабли вышли в море.", "0,35"]],
                                               ";").encode("cp1251"))
    # look-alike: a comma-separated file whose cells hold semicolons and tabs is read with commas
    (tmp_path / "plain.csv").write_text(rows_csv([["title", "text"], ["A; b", "One;\ttwo; three."]]), encoding="utf-8")
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert (docs["melt-1"].text, docs["melt-1"].hints["title"], docs["melt-1"].hints["source"]) == (STORY, "Drills",
                                                                                                    "Reuters")
    assert (docs["ru-1"].text, docs["ru-1"].hints["title"], docs["ru-1"].hints["published"]) == (
        "Корабли вышли в море.", "Учения", "12.03.2024")
    assert (docs["plain-1"].text, docs["plain-1"].hints["title"]) == ("One;\ttwo; three.", "A; b")


def test_a_csv_header_under_a_report_title_is_found_and_the_lines_above_said(tmp_path):
    p = tmp_path / "bw.csv"
    p.write_text(rows_csv([["Brandwatch"], ["Report:", "China Russia"], [], ["Date", "Title", "Author", "Full Text"],
                           ["2024-03-12 14:05:00.0", "Drills", "Joe Leahy", STORY]]), encoding="utf-8")
    (doc,) = iter_documents(p)
    assert (doc.text, doc.hints["title"], doc.hints["authors"]) == (STORY, "Drills", "Joe Leahy")
    assert doc.problems == ["3 line(s) above its header left out"]
    # look-alike: a first line as wide as the row naming "Story" below it is the header; the row is data
    q = tmp_path / "named.csv"
    q.write_text("key,words,when\nk1,Story,2020-01-02\n", encoding="utf-8")
    (doc,) = iter_documents(q, text_column="words")
    assert (doc.text, doc.problems) == ("Story", [])


def workbook(rows: list[list], merge: str | None = None) -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_a_group_row_of_merged_cells_over_the_header_is_no_header(tmp_path):
    (tmp_path / "coded.xlsx").write_bytes(workbook([
        ["Article", None, "Publication", None], ["Headline", "Text", "Outlet", "Date"],
        ["Drills", STORY, "Kyodo", "2024-11-30"]], merge="A1:B1"))
    (doc,) = iter_documents(tmp_path / "coded.xlsx")
    assert (doc.text, doc.hints["title"], doc.hints["source"]) == (STORY, "Drills", "Kyodo")
    assert doc.problems == ["worksheet 'Sheet': 1 row(s) above its header left out"]
    # look-alike: a header on the first row, a row of data naming fewer columns below it
    (tmp_path / "plain.xlsx").write_bytes(workbook([["Article", "Outlet"], ["Text", "Reuters"]]))
    (doc,) = iter_documents(tmp_path / "plain.xlsx")
    assert (doc.text, doc.hints["source"], doc.problems) == ("Text", "Reuters", [])


def test_a_totals_row_at_the_end_is_no_article_and_is_said(tmp_path):
    (tmp_path / "sheet.xlsx").write_bytes(workbook([
        ["No.", "Headline", "Text", "Frame"], [1, "Drills", STORY, "security"], ["Total", None, None, 1]]))
    docs = list(iter_documents(tmp_path / "sheet.xlsx"))
    assert [d.hints["title"] for d in docs] == ["Drills"]
    assert docs[0].problems == ["row 2: a totals row ('Total'), not an article: left out"]
    # look-alike: a last row opening with "Total" that has a title is an article
    p = tmp_path / "war.csv"
    p.write_text(rows_csv([["Section", "Title", "Text"], ["Opinion", "Drills", STORY],
                           ["Total", "Total war in Europe?", "A column on the war."]]), encoding="utf-8")
    assert [d.hints["title"] for d in iter_documents(p)] == ["Drills", "Total war in Europe?"]


def test_column_names_of_zotero_meltwater_feed_readers_and_russian_tables(tmp_path):
    p = tmp_path / "zotero.csv"
    p.write_text(rows_csv([["Key", "Author", "Title", "Publication Title", "Abstract Note", "Date", "Date Added",
                            "Notes"],
                           ["K1", "Lukin, Artyom", "Entente", "The Diplomat", STORY, "2022-06-01",
                            "2024-01-05 10:12:00", "<p>mine</p>"]]), encoding="utf-8")
    (doc,) = iter_documents(p)
    assert (doc.article_id, doc.text, doc.hints["source"], doc.hints["published"]) == ("K1", STORY, "The Diplomat",
                                                                                      "2022-06-01")
    q = tmp_path / "ru.json"
    q.write_text(json.dumps([{"заголовок": "Учения", "текст": "Корабли вышли.", "дата": "2024-07-15",
                              "источник": "ТАСС", "ссылка": "https://tass.ru/1", "автор": "Анна Смирнова"}]),
                 encoding="utf-8")
    (doc,) = iter_documents(q)
    assert doc.text == "Корабли вышли." and doc.hints == {"title": "Учения", "published": "2024-07-15",
                                                          "source": "ТАСС", "url": "https://tass.ru/1",
                                                          "authors": "Анна Смирнова"}
    m = tmp_path / "melt.csv"
    m.write_text(rows_csv([["Headline", "Opening Text", "Influencer"], ["Drills", STORY, "Laurie Chen"]]))
    assert next(iter_documents(m)).hints["authors"] == "Laurie Chen"
    # look-alike: a column merely holding a known word ("Notes", "Date Added") is not read as one
    assert "mine" not in doc.text and next(iter_documents(p)).hints["published"] == "2022-06-01"


def test_a_feed_readers_items_give_their_html_origin_and_first_link(tmp_path):
    items = [{"title": "Drills", "published": 1710230400, "canonical": [{"href": "https://x.org/1"}],
              "alternate": [{"href": "https://x.org/1", "type": "text/html"}],
              "content": {"content": f"<p>{STORY}</p>"}, "summary": {"content": "Short."},
              "origin": {"title": "The Diplomat"}, "categories": [{"label": "starred"}]},
             {"title": "Pipeline", "published": 1711022400, "alternate": [{"href": "https://x.org/2"}],
              "summary": {"content": "<p>Talks stall.</p>"}, "origin": {"title": "Nikkei Asia"}}]
    p = tmp_path / "starred.json"
    p.write_text(json.dumps({"id": "user/1/state/com.google/starred", "items": items}), encoding="utf-8")
    first, second = iter_documents(p)
    assert (first.text, first.hints["url"], first.hints["source"]) == (f"<p>{STORY}</p>", "https://x.org/1",
                                                                        "The Diplomat")
    # an item without a content field gives its summary; the list of objects without a link is left out
    assert (second.text, second.hints["url"], second.problems) == ("<p>Talks stall.</p>", "https://x.org/2", [])
    # look-alike: a record whose text field is there but null keeps its empty text, and says so
    q = tmp_path / "api.json"
    q.write_text(json.dumps({"articles": [{"title": "A", "description": "Desc.", "content": None},
                                          {"title": "B", "description": "D.", "content": STORY}]}))
    a, _b = iter_documents(q)
    assert (a.text, a.problems) == ("", ["empty text cell"])


def test_names_written_last_first_in_a_semicolon_list_are_turned_round(tmp_path):
    p = tmp_path / "zotero.csv"
    p.write_text(rows_csv([["Title", "Abstract Note", "Author"], ["A", STORY, "Gabuev, Alexander; Umarov, Temur"],
                           ["B", STORY, "Lukin, Artyom"]]), encoding="utf-8")
    assert [d.hints["authors"] for d in iter_documents(p)] == ["Alexander Gabuev; Temur Umarov", "Artyom Lukin"]
    # look-alikes: a name and its outlet, a list of whole names, alone in their columns, are left as they are
    for cells in (["Jane Doe, CNN", "Lukin, Artyom"], ["Jane Doe; John Roe", "Lukin, Artyom"]):
        q = tmp_path / "other.csv"
        q.write_text(rows_csv([["title", "text", "author"], *(["T", STORY, c] for c in cells)]), encoding="utf-8")
        assert [d.hints["authors"] for d in iter_documents(q)] == cells


def test_a_record_with_an_author_and_no_text_is_parsed():
    """A table row or feed item with no text and an author used to raise AttributeError (the author field was read
    before the text's markup was indexed)."""
    art = parse_text("", hints={"authors": "RFE/RL", "title": "Drills"})
    assert (art.title, art.authors) == ("Drills", ["RFE/RL"])
    assert parse_text("<p>Drills began.</p>", hints={"authors": "Jane Doe"}).authors == ["Jane Doe"]


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Google Alert - china russia</title>
{entries}</feed>
"""
ENTRY = """<entry><title type="html">{title}</title><link href="{link}"/><published>2024-05-16T12:00:00Z</published>
<content type="html">Xi and Putin met.</content></entry>
"""


def test_feed_titles_lose_inline_marks_without_a_space_and_google_redirects_lead_to_the_article(tmp_path):
    """Google Alerts' titles mark the words searched with <b> (escaped), its links go through google.com/url."""
    redirect = "https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://www.reuters.com/a%3Fx%3D1&amp;ct=ga&amp;usg=AOv"
    entries = [("Why &lt;b&gt;China&lt;/b&gt; is wary of &lt;b&gt;Russia&lt;/b&gt;&amp;#39;s war", redirect),
               # look-alikes: a line break still parts the words; Google's own pages and another site's link with a
               # "url" parameter stay as they are
               ("Xi&lt;br/&gt;Putin", "https://www.google.com/alerts/feeds/1/2"),
               ("Talks", "https://example.com/url?url=https://x.org/1")]
    p = tmp_path / "alert.xml"
    p.write_text(ATOM.format(entries="".join(ENTRY.format(title=t, link=k) for t, k in entries)), encoding="utf-8")
    docs = list(iter_documents(p))
    assert [d.hints["title"] for d in docs] == ["Why China is wary of Russia's war", "Xi Putin", "Talks"]
    assert [d.hints["url"] for d in docs] == ["https://www.reuters.com/a?x=1", "https://www.google.com/alerts/feeds/1/2",
                                              "https://example.com/url?url=https://x.org/1"]


def test_a_page_listing_saved_links_gives_one_row_per_link(tmp_path):
    """Pocket's export and a browser's bookmarks (Netscape format) give every link the time it was saved."""
    (tmp_path / "pocket.html").write_text(
        '<html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul>'
        '<li><a href="https://x.org/1" time_added="1715853900" tags="">Putin &amp; Xi meet</a></li>'
        '<li><a href="https://x.org/2" time_added="1710230400" tags="china">Drills</a></li></ul></body></html>',
        encoding="utf-8")
    (tmp_path / "bookmarks.html").write_text(
        '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<DL><p>\n'
        '<DT><A HREF="https://x.org/3" ADD_DATE="1740384000">Wary of war</A>\n'
        '<DT><A HREF="https://x.org/4" ADD_DATE="1740384100" ICON="data:x">Pipeline</A>\n</DL>\n', encoding="utf-8")
    # look-alike: an article's page with one link so marked among others is one article
    (tmp_path / "story.html").write_text(
        f'<html><body><h1>Drills</h1><p>{STORY}</p><p><a href="/a" time_added="1">saved</a> '
        '<a href="/menu">More news</a></p></body></html>', encoding="utf-8")
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert sorted(docs) == ["bookmarks/1", "bookmarks/2", "pocket/1", "pocket/2", "story"]
    assert [(docs[k].text, docs[k].hints["title"], docs[k].hints["url"], docs[k].hints["published"])
            for k in ("pocket/1", "bookmarks/2")] == [("", "Putin & Xi meet", "https://x.org/1", "1715853900"),
                                                     ("", "Pipeline", "https://x.org/4", "1740384100")]
    assert docs["pocket/1"].problems[0].startswith("a list of saved links")
    assert STORY in docs["story"].text and not docs["story"].hints


def test_only_names_that_read_last_first_are_turned_round(tmp_path):
    """Review of the Last-First rule: a list of whole names each followed by its outlet ("Jane Doe, CNN; John Roe,
    BBC") is no Zotero list, and a column that is one leaves agencies ("Reuters, AP") as they are; surnames opening
    with particles ("van der Berg, Anna") and given names with an initial ("Smith, John Q.") are Last-First too."""
    def authors(*cells):
        p = tmp_path / "t.csv"
        p.write_text(rows_csv([["title", "text", "author"], *(["T", STORY, c] for c in cells)]), encoding="utf-8")
        return [d.hints["authors"] for d in iter_documents(p)]

    assert authors("Jane Doe, CNN; John Roe, BBC", "Smith, John") == ["Jane Doe, CNN; John Roe, BBC", "Smith, John"]
    assert authors("Smith, John; Doe, Jane", "Reuters, AP", "Lukin, Artyom") == [
        "John Smith; Jane Doe", "Reuters, AP", "Artyom Lukin"]
    assert authors("Smith, John Q.; Doe, Jane", "van der Berg, Anna; O'Neil, Pat") == [
        "John Q. Smith; Jane Doe", "Anna van der Berg; Pat O'Neil"]
    # look-alikes keeping their reading: a Zotero column of Russian names, a column with no such list
    assert authors("Иванов, Иван; Петров, Пётр", "Сидоров, Олег") == ["Иван Иванов; Пётр Петров", "Олег Сидоров"]
    assert authors("Smith, John", "Moscow, Russia") == ["Smith, John", "Moscow, Russia"]


def test_a_page_whose_dated_links_stand_around_a_story_is_one_article(tmp_path):
    """Review of the saved-links rule: a blog's page whose archive links all carry the time they were added holds
    its story in a paragraph between them: one article, not a row per link. A bookmarks file with a heading and a
    bookmark's description (<DD>) stays a list of links."""
    links = "".join(f'<li><a href="/p{i}" add_date="170000000{i}">Post {i}</a></li>' for i in range(3))
    (tmp_path / "blog.html").write_text(f"<html><body><h1>Drills began</h1><p>{STORY}</p><ul>{links}</ul></body></html>",
                                        encoding="utf-8")
    (tmp_path / "marks.html").write_text(
        '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks Menu</H1>\n<DL><p>\n'
        '<DT><H3 ADD_DATE="1740384000">News</H3>\n<DL><p>\n'
        '<DT><A HREF="https://x.org/3" ADD_DATE="1740384000">Wary of war</A>\n'
        '<DD>A long note the reader wrote on this story when saving it to read it again later this week\n'
        '<DT><A HREF="https://x.org/4" ADD_DATE="1740384100">Pipeline</A>\n</DL><p>\n</DL>\n', encoding="utf-8")
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert sorted(docs) == ["blog", "marks/1", "marks/2"]
    assert STORY in docs["blog"].text
    assert [docs[k].hints["title"] for k in ("marks/1", "marks/2")] == ["Wary of war", "Pipeline"]


def test_a_google_redirect_in_a_table_leads_to_the_article(tmp_path):
    """Review of the Google-redirect rule, so far a feed's only: Google Alerts' links copied into a table (a
    spreadsheet of alerts, a JSON dump of the feed) lead to the article too; Google's own pages, as a map whose
    address holds a "url" parameter, stay as they are."""
    (tmp_path / "alerts.jsonl").write_text("\n".join(json.dumps({"title": t, "text": STORY, "url": u}) for t, u in (
        ("A", "https://www.google.com/url?rct=j&sa=t&url=https://www.reuters.com/a%3Fx%3D1&ct=ga"),
        ("B", "https://www.google.com/maps?url=https://x.org/"),
        ("C", "https://www.google.co.uk/url?q=notalink"))), encoding="utf-8")
    (tmp_path / "sheet.csv").write_text(rows_csv([["title", "text", "link"], [
        "D", STORY, "https://www.google.com/url?rct=j&sa=t&url=https://x.org/d&ct=ga"]]), encoding="utf-8")
    docs = {d.article_id: d.hints["url"] for d in iter_documents(tmp_path)}
    assert docs == {"alerts-1": "https://www.reuters.com/a?x=1", "alerts-2": "https://www.google.com/maps?url=https://x.org/",
                    "alerts-3": "https://www.google.co.uk/url?q=notalink", "sheet-1": "https://x.org/d"}


RU_BODY = ("Корабли Тихоокеанского флота России и ВМС Китая 12 марта вышли в Японское море и начали совместные "
           "учения, сообщило Министерство обороны. Учения продлятся пять дней, в них участвуют более десяти кораблей.")


def test_a_text_column_of_short_notes_gives_way_to_the_body_column(tmp_path):
    """Review of the Russian column names: a team's table may name its notes "Текст" and the body "Содержание"
    (content); the column named most like a text gives way to another text column when it holds short notes
    only and the other holds paragraphs. Look-alikes keep their column: short texts beside no longer column,
    tweets beside their authors' longer descriptions, and a text column the user names."""
    def texts(rows, **columns):
        p = tmp_path / "t.csv"
        p.write_text(rows_csv(rows, ";"), encoding="utf-8")
        return [d.text for d in iter_documents(p, **columns)]

    notes = [["Заголовок", "Текст", "Содержание"], ["Учения", "прим.", RU_BODY], ["Визит", "см. ниже", RU_BODY[:150]]]
    assert texts(notes) == [RU_BODY, RU_BODY[:150]]
    assert texts(notes, text_column="Текст") == ["прим.", "см. ниже"]
    assert texts([["Заголовок", "Текст", "Содержание"], ["Учения", "Корабли вышли в море.", "Флот"]]) == [
        "Корабли вышли в море."]
    tweet = "Russian and Chinese warships began joint drills in the Sea of Japan on Monday, the ministry said #news"
    assert texts([["text", "description"], [tweet, RU_BODY], [tweet[:70], RU_BODY]]) == [tweet, tweet[:70]]


def test_a_totals_row_written_in_the_title_column_is_no_article(tmp_path):
    """Review of the totals rule: a sheet whose first column is the title's writes "Total:" there, the sums beside;
    a last row titled "Total recall" (its text not yet pasted) and a last article from the outlet "Total" are
    articles."""
    p = tmp_path / "sheet.csv"
    p.write_text(rows_csv([["Headline", "Text", "Reach"], ["Drills", STORY, 100], ["Total recall", "", 5],
                           ["Total:", "", 105]]), encoding="utf-8")
    docs = list(iter_documents(p))
    assert [d.hints["title"] for d in docs] == ["Drills", "Total recall"]
    assert docs[0].problems == ["row 3: a totals row ('Total:'), not an article: left out"]
    q = tmp_path / "outlets.csv"
    q.write_text(rows_csv([["Source", "Title", "Text"], ["Total", "", STORY]]), encoding="utf-8")
    assert [d.hints["source"] for d in iter_documents(q)] == ["Total"]


def test_pockets_csv_export_gives_one_row_per_link(tmp_path):
    """Review of the saved-links rule, so far a page's only: Pocket now exports a CSV (title, url, time_added,
    tags, status), with no text column: one row per link, as its HTML export. Look-alike: a table with such a
    column and a text column of a name not known (its cells paragraphs) still asks for the text column."""
    (tmp_path / "part_000000.csv").write_text(rows_csv([
        ["title", "url", "time_added", "tags", "status"],
        ["Putin and Xi pledge new era", "https://x.org/1", "1715853900", "china", "unread"],
        ["Drills", "https://x.org/2", "1710230400", "", "archive"]]), encoding="utf-8")
    docs = list(iter_documents(tmp_path))
    assert [(d.text, d.hints["title"], d.hints["url"], d.hints["published"]) for d in docs] == [
        ("", "Putin and Xi pledge new era", "https://x.org/1", "1715853900"),
        ("", "Drills", "https://x.org/2", "1710230400")]
    assert docs[0].problems[0].startswith("a list of saved links")
    (tmp_path / "part_000000.csv").unlink()
    (tmp_path / "team.csv").write_text(rows_csv([["title", "story_body", "time_added"], ["A", RU_BODY, "1"]]),
                                       encoding="utf-8")
    (doc,) = iter_documents(tmp_path)
    assert doc.text == "" and "no text column found" in doc.problems[-1]
