"""Make the files of probe tables26: corpus tables and bundles as media-monitoring and research tools export them
(Meltwater's UTF-16 tab-separated CSV, a Brandwatch CSV with report rows over its header, a Cision CSV, a Factiva
workbook, Media Cloud's CSV, a Zotero CSV, Inoreader's and Feedly's JSON, a Google Alerts feed, a Russian Excel's
CSV, a JSON array with Russian keys, NDJSON with broken lines, a workbook with merged header cells and a totals row,
Pocket's HTML list of saved links).

Run it from anywhere: ``python make_tables26.py`` writes the files into ``articles/`` beside it. The texts are short
made-up reports on China-Russia relations, 2022-2025, in the shapes the tools write.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parent / "articles"

S1 = ("Russian President Vladimir Putin and Chinese President Xi Jinping signed a joint statement in Beijing on "
      "Thursday, pledging a \"new era\" of partnership between the two countries.")
S2 = ("Trade between Russia and China reached a record $240 billion in 2023, the Chinese customs administration said, "
      "with most payments now settled in yuan and roubles.")
S3 = ("Chinese banks have tightened checks on payments from Russia after the United States threatened secondary "
      "sanctions, traders in Moscow and Shanghai said.")
S4 = ("The Power of Siberia 2 gas pipeline remains stalled over pricing, officials in Moscow said on Tuesday, "
      "despite repeated pledges by both governments.")
S5 = ("Chinese and Russian warships began joint naval exercises in the Sea of Japan on Monday, the defence "
      "ministry in Moscow said.")


def csv_text(rows: list[list], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def meltwater() -> None:
    """Meltwater's CSV export: UTF-16 LE with a BOM, tab-separated, its dates "16-May-2024 10:05AM"."""
    rows = [["Date", "Headline", "URL", "Opening Text", "Hit Sentence", "Source", "Influencer", "Country", "Reach",
             "Sentiment"],
            ["16-May-2024 10:05AM", "Putin and Xi pledge 'new era' of partnership", "https://www.reuters.com/a1",
             S1, "pledging a new era", "Reuters", "Laurie Chen", "China", "1200000", "Positive"],
            ["09-Jan-2024 06:40PM", "Russia-China trade hits record", "https://www.scmp.com/a2", S2, "", "South China "
             "Morning Post", "Finbarr Bermingham", "Hong Kong", "350000", "Neutral"]]
    (OUT / "meltwater_export.csv").write_bytes(b"\xff\xfe" + csv_text(rows, "\t").encode("utf-16-le"))


def brandwatch() -> None:
    """Brandwatch's CSV export: report rows (the project, the query, the dates) over the header."""
    rows = [["Brandwatch"], ["Report:", "China Russia relations"], ["Date Range:", "2024-03-01 - 2024-03-31"],
            ["Query:", "(China OR Beijing) AND (Russia OR Moscow)"], [],
            ["Query Id", "Query Name", "Date", "Title", "Url", "Domain", "Sentiment", "Author", "Full Text"],
            ["1998273", "China Russia", "2024-03-12 14:05:00.0", "Chinese banks tighten checks on Russian payments",
             "https://www.ft.com/content/b1", "ft.com", "negative", "Joe Leahy", S3],
            ["1998273", "China Russia", "2024-03-19 08:30:00.0", "Power of Siberia 2 stalls over price",
             "https://www.themoscowtimes.com/b2", "themoscowtimes.com", "neutral", "", S4]]
    (OUT / "brandwatch_mentions.csv").write_text(csv_text(rows), encoding="utf-8")


def cision() -> None:
    """A Cision (or Muck Rack) CSV: Outlet, Headline, Full Text, Publish Date ("12-Mar-2024 14:05"), multi-line
    quoted cells with embedded quotes."""
    body = (S1 + "\n\n\"We are together,\" Putin said, adding that ties were \"at their best in history\".\n\n"
            "Xi said the two sides would deepen energy cooperation.")
    rows = [["Outlet", "Headline", "Author", "Publish Date", "Full Text", "Reach", "Media Type"],
            ["Associated Press", "Xi, Putin hail \"best in history\" ties", "Ken Moritsugu", "16-May-2024 14:05",
             body, "2500000", "Online"],
            ["The Diplomat", "Joint drills in the Sea of Japan", "Shannon Tiezzi", "12-Mar-2024 09:00", S5, "40000",
             "Online"]]
    (OUT / "cision_clips.csv").write_text(csv_text(rows), encoding="utf-8")


def factiva() -> None:
    """A Factiva list of results saved as a workbook: a title row, then Headline, Source Name, Publication Date,
    Word Count, Lead Paragraph, Document ID."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Factiva"
    ws.append(["Factiva search results: China AND Russia"])
    ws.append([])
    ws.append(["Headline", "Source Name", "Publication Date", "Word Count", "Lead Paragraph", "Document ID"])
    ws.append(["China's Xi meets Putin in Moscow", "The Wall Street Journal", "2023-03-21", 812, S1.replace(
        "Beijing on Thursday", "Moscow on Tuesday"), "WSJ0000020230321ej3l0005a"])
    ws.append(["Sanctions squeeze payments", "Financial Times", "2024-03-12", 640, S3, "FTFTA00020240312ek3c0001b"])
    book.save(OUT / "factiva_results.xlsx")


def mediacloud() -> None:
    """Media Cloud's story list: publish_date with a time zone, no text column."""
    rows = [["id", "indexed_date", "language", "media_name", "media_url", "publish_date", "title", "url"],
            ["a1b2c3", "2024-05-16 11:00:00.123456+00:00", "en", "reuters.com", "reuters.com",
             "2024-05-16 10:05:00+00:00", "Putin arrives in Beijing", "https://www.reuters.com/c1"],
            ["d4e5f6", "2024-05-17 09:00:00.654321+00:00", "en", "apnews.com", "apnews.com",
             "2024-05-17 07:30:00+00:00", "Putin visits Harbin", "https://apnews.com/c2"]]
    (OUT / "mediacloud_stories.csv").write_text(csv_text(rows), encoding="utf-8")


def zotero() -> None:
    """Zotero's CSV export: Title, Abstract Note, Date, Publication Title, Author "Last, First; Last, First", Notes
    with HTML, and its many other columns."""
    head = ["Key", "Item Type", "Publication Year", "Author", "Title", "Publication Title", "ISBN", "ISSN", "DOI",
            "Url", "Abstract Note", "Date", "Date Added", "Date Modified", "Access Date", "Pages", "Issue", "Volume",
            "Language", "Manual Tags", "Notes"]
    rows = [head,
            ["ABCD1234", "newspaperArticle", "2023", "Gabuev, Alexander; Umarov, Temur", "Russia's pivot to China "
             "goes into overdrive", "Foreign Affairs", "", "", "", "https://www.foreignaffairs.com/z1",
             "Moscow has become China's junior partner. " + S2, "2023-03-22", "2024-01-05 10:11:12",
             "2024-01-05 10:11:12", "", "", "", "", "en", "China; Russia", "<p>Read for <b>chapter 2</b></p>"],
            ["EFGH5678", "magazineArticle", "2022", "Lukin, Artyom", "The Russia-China entente after Ukraine",
             "The Diplomat", "", "", "", "https://thediplomat.com/z2",
             "The war in Ukraine has pushed Russia closer to China than at any time since the 1950s.",
             "2022-06-01", "2024-01-05 10:12:00", "2024-01-05 10:12:00", "", "", "", "", "en", "", ""]]
    (OUT / "zotero_library.csv").write_text("\ufeff" + csv_text(rows), encoding="utf-8")


def inoreader() -> None:
    """Inoreader's export of starred items: the items' HTML in ``summary.content``, Unix times, links in lists of
    ``{"href": ...}``, the feed in ``origin``."""
    items = [{"crawlTimeMsec": "1715853900000", "timestampUsec": "1715853900000000",
              "id": "tag:google.com,2005:reader/item/00000000aaaa0001", "categories": ["user/1005/state/com.google/starred"],
              "title": "Putin and Xi sign joint statement", "published": 1715853900, "updated": 1715853900,
              "canonical": [{"href": "https://www.rferl.org/i1"}], "alternate": [{"href": "https://www.rferl.org/i1",
                                                                                   "type": "text/html"}],
              "summary": {"direction": "ltr", "content": f"<p>{S1}</p><p>The statement runs to 7,000 words.</p>"},
              "author": "RFE/RL", "origin": {"streamId": "feed/https://www.rferl.org/rss", "title": "RFE/RL",
                                             "htmlUrl": "https://www.rferl.org"}},
             {"crawlTimeMsec": "1704825600000", "timestampUsec": "1704825600000000",
              "id": "tag:google.com,2005:reader/item/00000000aaaa0002", "categories": [],
              "title": "Record trade in yuan", "published": 1704825600, "updated": 1704825600,
              "canonical": [{"href": "https://www.themoscowtimes.com/i2"}], "alternate": [],
              "summary": {"direction": "ltr", "content": f"<p>{S2}</p>"},
              "author": "", "origin": {"streamId": "feed/https://www.themoscowtimes.com/rss",
                                       "title": "The Moscow Times", "htmlUrl": "https://www.themoscowtimes.com"}}]
    data = {"direction": "ltr", "id": "user/1005/state/com.google/starred", "title": "Starred items",
            "self": {"href": "https://www.inoreader.com/reader/public/atom/user/1005/state/com.google/starred"},
            "updated": 1715900000, "items": items}
    (OUT / "inoreader_starred.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def feedly() -> None:
    """Feedly's saved-items export: a JSON array, the HTML in ``content.content``, times in milliseconds."""
    items = [{"id": "f1", "title": "China and Russia hold naval drills", "published": 1710230400000,
              "crawled": 1710231000000, "author": "Shannon Tiezzi",
              "origin": {"title": "The Diplomat", "htmlUrl": "https://thediplomat.com"},
              "alternate": [{"href": "https://thediplomat.com/f1", "type": "text/html"}],
              "content": {"direction": "ltr", "content": f"<div><p>{S5}</p></div>"},
              "summary": {"direction": "ltr", "content": "Joint drills began."}},
             {"id": "f2", "title": "Pipeline talks stall", "published": 1711022400000,
              "crawled": 1711023000000, "origin": {"title": "Nikkei Asia", "htmlUrl": "https://asia.nikkei.com"},
              "alternate": [{"href": "https://asia.nikkei.com/f2", "type": "text/html"}],
              "summary": {"direction": "ltr", "content": f"<p>{S4}</p>"}}]
    (OUT / "feedly_saved.json").write_text(json.dumps(items, indent=1), encoding="utf-8")


def google_alerts() -> None:
    """A Google Alerts Atom feed: titles and snippets with <b> marks as escaped HTML, links through google.com/url."""
    entry = """  <entry>
    <id>tag:google.com,2013:googlealerts/feed:{n}</id>
    <title type="html">{title}</title>
    <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url={url}&amp;ct=ga&amp;cd=CAIyGjA&amp;usg=AOvVaw0"/>
    <published>{date}</published>
    <updated>{date}</updated>
    <content type="html">{content}</content>
    <author><name></name></author>
  </entry>
"""
    entries = [
        entry.format(n=1, title="&lt;b&gt;China&lt;/b&gt; and &lt;b&gt;Russia&lt;/b&gt; sign energy deals",
                     url="https://www.aljazeera.com/g1", date="2024-05-16T12:00:00Z",
                     content="Xi and Putin signed a series of energy deals as &lt;b&gt;Russia&lt;/b&gt; seeks new "
                             "buyers for its gas in &lt;b&gt;China&lt;/b&gt; &amp;nbsp;..."),
        entry.format(n=2, title="Why &lt;b&gt;China&lt;/b&gt; is wary of &lt;b&gt;Russia&lt;/b&gt;&amp;#39;s war",
                     url="https://www.economist.com/g2", date="2025-02-24T08:00:00Z",
                     content="Three years into the war, Beijing still balances its ties with Moscow and the West "
                             "..."),
    ]
    feed = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            'xmlns:idx="urn:atom-extension:indexing">\n  <id>tag:google.com,2005:reference/alerts/1</id>\n'
            '  <title>Google Alert - china russia</title>\n'
            '  <link href="https://www.google.com/alerts/feeds/1/2" rel="self"/>\n'
            '  <updated>2025-02-24T08:00:00Z</updated>\n' + "".join(entries) + "</feed>\n")
    (OUT / "google_alert.xml").write_text(feed, encoding="utf-8")


def russian_excel() -> None:
    """A CSV saved by a Russian Excel: cp1251, semicolons, decimal commas, dates "12.03.2024"."""
    rows = [["Дата", "Заголовок", "Текст", "Источник", "Автор", "Тональность", "Охват"],
            ["12.03.2024", "Си Цзиньпин и Путин обсудили торговлю",
             "Председатель КНР Си Цзиньпин и президент России Владимир Путин обсудили по телефону рост торговли, "
             "которая в 2023 году превысила 240 млрд долларов.", "РИА Новости", "Иван Петров", "0,35", "1200,5"],
            ["05.02.2025", "Газопровод «Сила Сибири 2» снова отложен",
             "Переговоры о строительстве газопровода «Сила Сибири 2» снова зашли в тупик из-за цены, сообщили "
             "источники в Москве.", "Коммерсантъ", "", "-0,2", "800"]]
    (OUT / "monitoring_ru.csv").write_bytes(csv_text(rows, ";").encode("cp1251"))


def russian_keys() -> None:
    """A JSON array of objects with Russian keys (a scraper written for a Russian team)."""
    records = [{"заголовок": "Россия и Китай провели совместные учения", "текст": "Корабли ВМФ России и НОАК начали "
                "совместные учения в Японском море, сообщило Минобороны России.", "дата": "2024-07-15",
                "источник": "ТАСС", "ссылка": "https://tass.ru/r1", "автор": "Анна Смирнова"},
               {"заголовок": "Пекин призвал к переговорам по Украине", "текст": "МИД КНР вновь призвал Россию и "
                "Украину к мирным переговорам, заявил официальный представитель министерства.", "дата": "2023-02-24",
                "источник": "Интерфакс", "ссылка": "https://www.interfax.ru/r2", "автор": ""}]
    (OUT / "scraper_ru.json").write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")


def broken_ndjson() -> None:
    """NDJSON from a scraper that died mid-write: a good line, a cut line, a blank line, a line with garbage after
    the object, a good line."""
    good1 = json.dumps({"id": "n1", "title": "Putin in Beijing", "text": S1, "date": "2024-05-16", "source": "AFP"})
    cut = json.dumps({"id": "n2", "title": "Trade record", "text": S2, "date": "2024-01-09"})[:60]
    junk = json.dumps({"id": "n3", "title": "Sanctions", "text": S3, "date": "2024-03-12"}) + " ,,"
    good2 = json.dumps({"id": "n4", "title": "Naval drills", "text": S5, "date": "2024-07-15", "source": "Reuters"})
    (OUT / "scraper_dump.ndjson").write_text("\n".join([good1, cut, "", junk, good2]) + "\n", encoding="utf-8")


def merged_totals() -> None:
    """A workbook a researcher kept by hand: a row of merged group cells ("Article", "Publication") over the
    real header, and a totals row at the bottom."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Coding"
    ws.append(["Article", None, None, "Publication", None, "Coding"])
    ws.merge_cells("A1:C1")
    ws.merge_cells("D1:E1")
    ws.append(["No.", "Headline", "Text", "Outlet", "Date", "Frame"])
    ws.append([1, "Moscow and Beijing sign gas deal", S4.replace("remains stalled", "moved ahead"), "Reuters",
               "2022-02-04", "economy"])
    ws.append([2, "Joint patrol over the Pacific", S5, "Kyodo", "2024-11-30", "security"])
    ws.append(["Total", None, None, None, None, "=COUNTA(F3:F4)"])
    ws["F5"] = 2  # (the cached value of a formula is what a reader sees; openpyxl writes none)
    book.save(OUT / "coding_sheet.xlsx")


def pocket() -> None:
    """Pocket's export: an HTML page listing the saved links (their titles, time added as Unix time, tags), no text."""
    links = [("https://www.reuters.com/p1", 1715853900, "Putin and Xi pledge new era of partnership", "china"),
             ("https://www.ft.com/p2", 1710230400, "Chinese banks tighten checks on Russian payments", ""),
             ("https://www.economist.com/p3", 1740384000, "Why China is wary of Russia's war", "china,russia")]
    items = "".join(f'<li><a href="{u}" time_added="{t}" tags="{g}">{title}</a></li>\n' for u, t, title, g in links)
    page = ("<!DOCTYPE html>\n<html>\n<!--So long and thanks for all the fish-->\n<head>\n<meta charset=\"UTF-8\">\n"
            "<title>Pocket Export</title>\n</head>\n<body>\n<h1>Unread</h1>\n<ul>\n" + items[:items.rindex("<li>")] +
            "</ul>\n\n<h1>Read Archive</h1>\n<ul>\n" + items[items.rindex("<li>"):] + "</ul>\n</body>\n</html>\n")
    (OUT / "pocket_export.html").write_text(page, encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for make in (meltwater, brandwatch, cision, factiva, mediacloud, zotero, inoreader, feedly, google_alerts,
                 russian_excel, russian_keys, broken_ndjson, merged_totals, pocket):
        make()


if __name__ == "__main__":
    main()
