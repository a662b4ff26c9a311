"""Collections in the forms news APIs, search engines, Telegram and feed readers give them: JSON objects wrapping
their records (NewsAPI, GDELT, Elasticsearch, the NYT, the Guardian), Telegram Desktop's exports (result.json,
messages.html) and RSS/Atom/RDF feeds; one document per record, message or item (tests/data/feeds)."""

import json
import shutil
from pathlib import Path

import pytest

from presslens import reading
from presslens.cli import main
from presslens.corpus import read_corpus
from presslens.feeds import feed_kind
from presslens.reading import iso_date, iter_documents, read_document, read_documents

DATA = Path(__file__).parent / "data" / "feeds"


def docs_of(name: str) -> list[reading.Document]:
    return list(reading.file_documents(DATA, DATA / name))


# --- JSON objects wrapping their records -------------------------------------------------------------------

def test_newsapi_response():
    docs = docs_of("newsapi.json")
    assert [d.article_id for d in docs] == ["newsapi-1", "newsapi-2", "newsapi-3"]
    assert [d.path.rsplit("/", 1)[1] for d in docs] == ["newsapi.json#row1", "newsapi.json#row2", "newsapi.json#row3"]
    first, second, third = docs
    assert first.hints["title"] == "Kerch bridge reopens to traffic after overnight closure"
    assert (first.hints["source"], first.hints["published"]) == ("BBC News", "2024-05-16T10:00:00Z")
    assert first.text.startswith("Traffic resumed on the Kerch bridge")
    assert first.problems == ["the text is cut short (2113 more characters not given: a news API's free plan?)"]
    assert (second.hints["source"], second.hints["authors"]) == ("Reuters", "Anna Petrova, Mark Jones")
    assert second.problems == []
    assert third.text == "" and third.problems == ["empty text cell"]  # content null: kept, and said


def test_gdelt_response_has_titles_and_links_only():
    docs = docs_of("gdelt.json")
    assert [d.article_id for d in docs] == ["gdelt-1", "gdelt-2"]
    d = docs[0]
    assert d.text == ""
    assert d.hints == {"title": "Bridge reopens after overnight closure", "published": "2024-05-16T10:00:00Z",
                       "source": "aljazeera.com", "url": "https://www.aljazeera.com/news/2024/5/16/bridge-reopens"}
    assert d.problems[0].startswith("no text field in the JSON records (fields: url, url_mobile, title, seendate")


def test_elasticsearch_dump_reads_the_source_fields():
    docs = docs_of("elastic.json")
    assert [d.article_id for d in docs] == ["es-001", "es-002"]  # the hits' _id
    d = docs[0]
    assert d.text.startswith("The port of Odesa resumed operations") and "\n\nShips waiting" in d.text
    assert d.hints == {"title": "Port of Odesa resumes operations", "published": "2024-05-16T12:00:00",
                       "source": "Ukrinform", "url": "https://www.ukrinform.net/rubric-economy/0000001.html",
                       "authors": "Olena Kovalenko"}
    assert d.problems == []


def test_nyt_and_guardian_responses():
    (nyt,) = docs_of("nyt.json")
    assert nyt.article_id == "nyt://article/00000000-0000-0000-0000-000000000001"
    assert nyt.hints["title"] == "Crimea Bridge Closed Overnight, Officials Say"  # headline.main
    assert nyt.hints["authors"] == "By Ivan Nechepurenko and Marc Santora"  # byline.original
    assert nyt.text.startswith("Officials in Crimea said")  # lead_paragraph before abstract
    (guardian,) = docs_of("guardian.json")
    assert guardian.hints["title"] == "Black Sea shipping recovers as insurers return"
    assert guardian.hints["published"] == "2024-05-16T16:20:00Z" and guardian.hints["authors"] == "Dan Sabbagh"
    assert guardian.text.startswith("<p>Shipping in the Black Sea")  # fields.body (HTML: paragraphs kept)


def test_json_object_without_records_is_a_problem_not_an_error():
    (d,) = docs_of("api_error.json")
    assert d.article_id == "api_error" and d.text == ""
    assert d.problems[0].startswith("a JSON object with no list of records (keys: status, code, message): message "
                                    "'Your API key is invalid")


def test_wrapper_found_by_shape_not_by_name(tmp_path):
    # any key, two levels down; the list of record-like objects chosen over a list of other objects
    p = tmp_path / "dump.json"
    p.write_text(json.dumps({"meta": {"count": 2}, "payload": {"page": {"stories": [
        {"uid": "s1", "headline": "One", "body": "First story.", "tags": [{"k": 1}]},
        {"uid": "s2", "headline": "Two", "body": "Second story."}]}, "facets": [{"k": "x"}, {"k": "y"}, {"k": "z"}]}}))
    docs = list(iter_documents(p))
    assert [(d.article_id, d.hints["title"], d.text) for d in docs] == [("s1", "One", "First story."),
                                                                        ("s2", "Two", "Second story.")]
    # one article as an object: one record (its related links are no records)
    p.write_text(json.dumps({"title": "Alone", "text": "Only story.", "images": [{"src": "a.jpg"}],
                             "related": [{"title": "Other", "url": "https://x.example/other"}]}))
    (d,) = iter_documents(p)
    assert (d.article_id, d.text, d.hints["title"]) == ("dump-1", "Only story.", "Alone")
    # a JSON Feed: its own description is no article text, its items are the records
    p.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "description": "News",
                             "items": [{"id": "1", "title": "A", "content_html": "<p>Story A.</p>",
                                        "date_published": "2024-05-16T10:00:00+03:00", "authors": [{"name": "Jo"}]}]}))
    (d,) = iter_documents(p)
    assert (d.article_id, d.text, d.hints["authors"]) == ("1", "<p>Story A.</p>", "Jo")
    # an empty result list, and a broken file
    p.write_text(json.dumps({"status": "ok", "totalResults": 0, "articles": []}))
    (d,) = iter_documents(p)
    assert d.text == "" and d.problems == ["the JSON object's list 'articles' is empty: no records", "table has no rows"]
    p.write_text('{\n  "articles": [\n    {"title": "x",\n')
    (d,) = iter_documents(p)
    assert d.problems == ["invalid JSON (Expecting property name enclosed in double quotes at line 4, column 1)"]


def test_records_are_found_by_field_names_folded_as_table_columns_are(tmp_path):
    """A record's "Full Text" field was mapped to the text column ("Full Text" is full_text, as a table's column
    is), but its list was not told as records by it: the longer list of other objects was read instead, and an
    article given as one object lost to its list of related links."""
    p = tmp_path / "export.json"
    p.write_text(json.dumps({"results": [{"Headline": "One", "Full Text": "First story."},
                                         {"Headline": "Two", "Full Text": "Second story."}],
                             "facets": [{"Headline": "x"}, {"Headline": "y"}, {"Headline": "z"}]}))
    docs = list(iter_documents(p))
    assert [(d.hints["title"], d.text) for d in docs] == [("One", "First story."), ("Two", "Second story.")]
    assert docs[0].problems == []
    p.write_text(json.dumps({"Headline": "Alone", "Body Text": "Only story.",
                             "related": [{"Title": "Other", "URL": "https://x.example/other"}]}))
    (d,) = iter_documents(p)
    assert (d.article_id, d.text, d.hints["title"]) == ("export-1", "Only story.", "Alone")
    # a field whose name only holds a text column's name is no text field: the longer list is read, as before
    p.write_text(json.dumps({"results": [{"Headline": "One", "Text Length": 120}],
                             "facets": [{"Headline": "x"}, {"Headline": "y"}]}))
    assert [d.hints["title"] for d in iter_documents(p)] == ["x", "y"]


def test_jsonl_rows_with_nested_fields(tmp_path):
    p = tmp_path / "news.jsonl"
    p.write_text(json.dumps({"source": {"id": None, "name": "TASS"}, "title": "T", "content": "Story.",
                             "publishedAt": "20240516T100000Z", "authors": ["A. Ivanov", "B. Petrov"]}) + "\n")
    (d,) = iter_documents(p)
    assert d.hints == {"title": "T", "published": "2024-05-16T10:00:00Z", "source": "TASS", "url": "",
                       "authors": "A. Ivanov, B. Petrov"}


def test_json_array_and_jsonl_named_json_read_as_before(tmp_path):
    p = tmp_path / "rows.json"
    p.write_text(json.dumps({"id": "a", "text": "One."}) + "\n" + json.dumps({"id": "b", "text": "Two."}) + "\n")
    assert [d.article_id for d in iter_documents(p)] == ["a", "b"]
    p.write_text(json.dumps([{"id": "a", "text": "One."}]))
    assert [d.article_id for d in iter_documents(p)] == ["a"]


def test_iso_date():
    assert iso_date("20240516T100000Z") == "2024-05-16T10:00:00Z"
    assert iso_date("20240516T100000+0300") == "2024-05-16T10:00:00+03:00"
    assert iso_date("Thu, 16 May 2024 10:00:00 +0300") == "2024-05-16T10:00:00+03:00"
    assert iso_date("16 May 2024 10:00 GMT") == "2024-05-16T10:00:00+00:00"
    assert iso_date("Thu, 99 Foo 2024 10:00:00") == "Thu, 99 Foo 2024 10:00:00"  # unreadable: as it is
    for same in ("2024-05-16", "1715842800", "May 16, 2024", ""):
        assert iso_date(same) == same


# --- Telegram ------------------------------------------------------------------------------------------------

TELEGRAM_TEXTS = [
    "Kerch bridge reopened\nTraffic resumed on the bridge at 09:40 after a closure of almost eight hours, the Crimean "
    "transport ministry said. Details: https://t.me/example_source/101\nQueues of up to two kilometres were reported "
    "on the Kerch side",
    "Three grain ships left Odesa this morning, the port's dispatcher said. Two more are expected to sail in the "
    "evening.",
    "",
    "Морской порт Новороссийска работает в штатном режиме, сообщили в администрации порта.",
]


@pytest.mark.parametrize("name,stem,notes", [
    ("telegram_json/result.json", "telegram_json/result", "create_channel, pin_message"),
    ("telegram_html/messages.html", "telegram_html/messages",
     'Channel "Black Sea Monitor" created, Black Sea Monitor pinned "Kerch bridge reopened"'),
])
def test_telegram_export(name, stem, notes):
    docs = docs_of(name)
    assert [d.article_id for d in docs] == [f"{stem}/{i}" for i in range(1, 5)]
    assert [d.path.rsplit("#", 1)[1] for d in docs] == ["message2", "message3", "message4", "message6"]
    for doc, text in zip(docs, TELEGRAM_TEXTS, strict=True):
        assert doc.text.startswith(text), (doc.text, text)
    assert [d.hints["published"] for d in docs] == ["2024-05-16T10:00:00", "2024-05-16T11:15:00",
                                                    "2024-05-16T12:00:00", "2024-05-16T13:30:00"]
    assert {d.hints["source"] for d in docs} == {"Black Sea Monitor"}
    assert "authors" not in docs[0].hints and docs[1].hints["authors"] == "Oleg S."  # the post's signature
    assert docs[0].problems == [f"2 service message(s) of the chat, not articles, left out: {notes}"]
    assert docs[1].problems == ["forwarded from Odesa Port Watch"]
    assert docs[2].problems == ["no text in the message: a photo only, not read"]
    assert docs[3].problems == []  # a photo with a caption: the caption is the text


def test_telegram_group_chat_and_whole_account_export(tmp_path):
    chat = {"name": "Analysts", "type": "private_supergroup", "id": 7, "messages": [
        {"id": 10, "type": "message", "date": "2024-05-16T09:00:00", "from": "Jane Doe", "text": "Ships are moving."},
        {"id": 11, "type": "message", "date": "2024-05-16T09:05:00", "from": "Analysts", "text": ""},
        "junk"]}
    p = tmp_path / "result.json"
    p.write_text(json.dumps(chat))
    docs = list(iter_documents(p))
    assert [(d.article_id, d.hints.get("authors")) for d in docs] == [("result/1", "Jane Doe"), ("result/2", None)]
    assert docs[0].problems == ["1 entries of the messages list are not messages (not JSON objects), not read"]
    assert docs[1].problems == ["no text in the message"]
    account = {"about": "...", "personal_information": {"user_id": 1}, "chats": {"about": "", "list": [
        chat, {"name": "News", "type": "public_channel", "id": 8, "messages": [
            {"id": 1, "type": "message", "date": "2024-05-17T09:00:00", "from": "News", "text": "Port open."}]}]}}
    p.write_text(json.dumps(account))
    docs = list(iter_documents(p))
    assert [(d.article_id, d.path.rsplit("#")[1], d.hints["source"]) for d in docs] == [
        ("result/1", "chat7-message10", "Analysts"), ("result/2", "chat7-message11", "Analysts"),
        ("result/3", "chat8-message1", "News")]


def test_telegram_html_without_messages(tmp_path):
    page = (DATA / "telegram_html" / "messages.html").read_text(encoding="utf-8")
    cut = page[:page.index('<div class="message service" id="message-1">')] + "</div></div></div></body></html>"
    p = tmp_path / "messages2.html"
    p.write_text(cut, encoding="utf-8")
    (d,) = read_documents(p)
    assert d.text == "" and d.problems == ["a Telegram export page with no messages"]


# --- feeds -----------------------------------------------------------------------------------------------------

def test_rss2_feed_items():
    docs = docs_of("rss2.xml")
    assert [d.article_id for d in docs] == ["rss2/1", "rss2/2", "rss2/3"]
    assert [d.path.rsplit("/", 1)[1] for d in docs] == ["rss2.xml#item1", "rss2.xml#item2", "rss2.xml#item3"]
    first, second, third = docs
    # content:encoded (CDATA) over the description; Media RSS's media:title is not the item's title
    assert first.text.startswith("<p>The port of Odesa handled a record 2.3 million tonnes") and "2021" in first.text
    assert first.hints == {"title": "Odesa port handles record grain volume", "published": "2024-05-16T10:00:00+03:00",
                           "source": "Black Sea Shipping News",
                           "url": "https://shipping.example.com/2024/05/16/odesa-record-grain/",
                           "authors": "Maria Lysenko", "section": "Ports"}
    assert first.encoding == "rss" and first.problems == []
    # an escaped HTML description; an author given as "address (name)"; an entity-escaped title
    assert second.text.startswith("<p>London insurers cut war-risk premiums")
    assert second.hints["title"] == "Insurers cut Black Sea war-risk premiums & widen cover"
    assert (second.hints["authors"], second.hints["published"]) == ("Peter Grant", "2024-05-15T18:30:00+00:00")
    assert third.text == "" and third.problems == ["no text in the feed item (only its title)"]


def test_atom_feed_entries():
    first, second = docs_of("atom.atom")
    assert (first.article_id, second.article_id) == ("atom/1", "atom/2")
    assert first.text == ("<p>The ferry between Izmail and Tulcea resumed service on Thursday after a week-long pause "
                          "caused by high water, the operator said.</p><p>Two crossings a day are planned until the end "
                          "of May.</p>")  # XHTML content as HTML, over the summary
    assert first.hints == {"title": "Izmail ferry service resumes", "published": "2024-05-16T09:30:00+03:00",
                           "source": "Danube Delta Reports", "url": "https://danube.example.org/2024/05/izmail-ferry",
                           "authors": "Ion Popescu, Elena Marin", "section": "Transport"}
    assert second.text.startswith("<p>River traffic on the lower Danube")
    assert second.hints["published"] == "2024-05-10T08:00:00Z"
    assert second.problems == ["no publication date in the entry, only when it was updated: 2024-05-10T08:00:00Z taken"]


def test_rdf_feed_items():
    first, second = docs_of("rdf.rdf")
    assert first.hints == {"title": "Poti port expansion approved", "published": "2024-05-16T14:00:00+04:00",
                           "source": "Caucasus Wire", "url": "https://kavkaz.example.net/2024/05/16/poti",
                           "authors": "Nino Beridze", "section": "Economy"}
    assert first.text.startswith("Georgia's government approved")
    assert second.hints["title"] == "Порт Батуми увеличил перевалку грузов" and second.hints["published"] == "2024-05-15"


def test_bad_feeds_read_as_text_with_the_reason():
    (broken,) = docs_of("broken.xml")
    assert broken.article_id == "broken" and "Ferry schedule changes" in broken.text
    assert broken.problems == ["an RSS feed that cannot be read as one: not well-formed XML at line 11, column 46 "
                               "(invalid token); read as text"]
    (bomb,) = docs_of("entities.xml")
    assert bomb.problems[0].startswith("an RSS feed that cannot be read as one: its DOCTYPE declares XML entities")
    assert "aaaa" * 100 not in bomb.text  # nothing expanded
    (empty,) = docs_of("empty_feed.rss")
    assert (empty.text, empty.problems) == ("", ["an RSS feed with no items"])


def test_feed_kind_is_told_by_content():
    assert feed_kind(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a comment -->\n<rss version="2.0">') == "rss"
    assert feed_kind(b'<feed xmlns="http://www.w3.org/2005/Atom">') == "atom"
    assert feed_kind(b'<feed xmlns="http://example.org/other">') == ""
    assert feed_kind(b"<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\">") == "rdf"
    assert feed_kind(b"<html><body>rss</body></html>") == ""
    assert feed_kind(b"Moscow, May 16 - <rss> is not a feed") == ""


def test_feed_named_txt_and_read_document(tmp_path):
    p = tmp_path / "saved.txt"
    shutil.copy(DATA / "rss2.xml", p)
    docs = read_documents(p)
    assert [d.article_id for d in docs] == ["saved/1", "saved/2", "saved/3"]
    one = read_document(p)
    assert one.text == docs[0].text
    assert one.problems[0] == "a file of 3 articles (a feed or a chat export): only the first read (read_documents " \
                              "reads them all)"


def test_large_feed_reads_every_item(tmp_path):
    items = "".join(f"<item><title>Item {i}</title><link>https://x.example/{i}</link><description>Story number {i} "
                    f"&amp; more.</description><pubDate>Thu, 16 May 2024 10:00:00 +0300</pubDate></item>"
                    for i in range(2000))
    p = tmp_path / "big.rss"
    p.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>')
    docs = read_documents(p)
    assert len(docs) == 2000 and docs[0].article_id == "big/0001" and docs[-1].article_id == "big/2000"
    assert docs[-1].text == "Story number 1999 & more." and docs[-1].hints["source"] == "Big"


# --- the corpus built from them -----------------------------------------------------------------------------

def test_corpus_rows(tmp_path):
    corpus = read_corpus(DATA, workers=1)
    arts = corpus.articles.set_index("article_id")
    assert len(arts) == 28
    row = arts.loc["rss2/1"]
    assert (row.title, row.published, row.source, row.section, list(row.authors)) == (
        "Odesa port handles record grain volume", "2024-05-16T10:00:00", "Black Sea Shipping News", "Ports",
        ["Maria Lysenko"])
    assert row.text.startswith("The port of Odesa handled a record") and "<p>" not in row.text
    row = arts.loc["newsapi-1"]
    assert (row.title, row.source, list(row.authors)) == (
        "Kerch bridge reopens to traffic after overnight closure", "BBC News", [])  # the outlet is no author
    assert list(arts.loc["nyt://article/00000000-0000-0000-0000-000000000001"].authors) == [
        "Ivan Nechepurenko", "Marc Santora"]
    row = arts.loc["telegram_json/result/2"]
    assert (row.published, row.source) == ("2024-05-16T11:15:00", "Black Sea Monitor")
    assert "forwarded from Odesa Port Watch" in row.problems
    assert arts.loc["telegram_json/result/1"].duplicate_of == "telegram_html/messages/1"
    assert arts.loc["gdelt-2"].title == "Grain shipments rise in May" and arts.loc["gdelt-2"].n_words == 0
    assert list(arts.loc["atom/2"].authors) == []  # the feed's own name given as the author
    assert arts.loc["telegram_html/messages/4"].language == "ru"


def test_parse_cli_on_a_feed_and_a_newsapi_file(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["parse", str(DATA / "rss2.xml"), str(DATA / "newsapi.json"), "--out", str(out), "--workers", "1"]) == 0
    printed = capsys.readouterr().out
    assert "rss2/1\t2024-05-16T10:00:00\tOdesa port handles record grain volume" in printed
    assert "newsapi-2\t2024-05-16T08:30:00\tBlack Sea grain shipments rise in May" in printed
    import pandas as pd

    arts = pd.read_parquet(out / "articles.parquet")
    assert arts.article_id.tolist() == ["rss2/1", "rss2/2", "rss2/3", "newsapi-1", "newsapi-2", "newsapi-3"]
