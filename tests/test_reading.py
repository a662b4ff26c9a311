"""Reading files: decoding, folder walks, CSV/JSONL column detection. Every file becomes one document."""

import json
import os

import pytest

from presslens.reading import CorpusError, decode_bytes, iter_documents, read_document

TEXT = "Москва и Пекин: 21 декабря 2022. Café crème."


@pytest.mark.parametrize(
    "data, text, encoding, noted",
    [
        (TEXT.encode("utf-8"), TEXT, "utf-8", False),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8-sig", False),
        (TEXT.encode("utf-16"), TEXT, "utf-16", False),
        (TEXT.encode("utf-16-le"), TEXT, "utf-16-le", True),
        (TEXT.encode("utf-16-be"), TEXT, "utf-16-be", True),
        ("Москва и Пекин договорились о сотрудничестве".encode("cp1251"),
         "Москва и Пекин договорились о сотрудничестве", "cp1251", True),
        ("Café crème à Genève".encode("latin-1"), "Café crème à Genève", "latin-1", True),
        (b"line one\r\nline two\rline three\n", "line one\r\nline two\rline three\n", "utf-8", False),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom", "cp1251", "latin1", "mixed-newlines"],
)
def test_decoding(data, text, encoding, noted):
    got, enc, problems = decode_bytes(data)
    assert got == text
    assert enc == encoding
    assert bool(problems) == noted


_RU = ("Президент России Владимир Путин и председатель КНР Си Цзиньпин подписали в Москве заявление о "
       "партнёрстве. Ёлки, ЮАР и \"Газпром\" - тоже.\n")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866", "iso8859_5"])
def test_russian_in_any_of_its_legacy_encodings_is_read(encoding):
    """Russian saved as KOI8-R (Unix, old mail and web archives), cp866 (DOS) or ISO 8859-5 was read as cp1251
    (mojibake: "лПУЛЧБ" for "Москва") or as Western text; each is now read in the encoding that reads as Russian,
    and said so. cp1251 is read as before."""
    text, enc, problems = decode_bytes(_RU.encode(encoding))
    assert (text, enc) == (_RU, encoding)
    assert problems == [f"not UTF-8: decoded as {encoding} (detected Cyrillic)"]
    # one word is evidence enough only as before: Western text with its accents stays Western
    for western, enc in (("Café crème à Genève, naïve déjà vu.", "latin-1"),
                         ("Müller’s “Straße” – größer als Zürich.", "cp1252")):
        assert decode_bytes(western.encode(enc)) == (western, enc, [f"not UTF-8: decoded as {enc}" + (
            " (Windows Western)" if enc == "cp1252" else "")])


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty file"), (bytes(range(256)) * 4, "binary file, not text"),
     (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03" * 200, "binary file, not text")],
)
def test_unreadable_content_is_reported_not_raised(data, reason):
    text, _, problems = decode_bytes(data)
    assert text == ""
    assert problems == [reason]


def test_declared_encoding_wins(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Привет".encode("cp1251"))
    doc = read_document(p, encoding="cp1251")
    assert doc.text == "Привет"
    assert "declared encoding cp1251" in doc.problems[0]


def test_folder_is_recursive_sorted_and_ids_are_relative_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("second")
    (tmp_path / "a.txt").write_text("first")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "x.txt").write_text("third")
    (tmp_path / ".hidden.txt").write_text("skipped")
    docs = list(iter_documents(tmp_path))
    assert [d.article_id for d in docs] == ["a", "b/x", "c/x"]
    assert [d.text for d in docs] == ["first", "second", "third"]


def test_unreadable_and_empty_files_still_get_a_document(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert set(docs) == {"empty", "dangling", "locked"}
    assert docs["empty"].problems == ["empty file"]
    assert docs["dangling"].problems[0].startswith("unreadable")
    if os.geteuid() != 0:  # root reads anything
        assert docs["locked"].problems[0].startswith("unreadable")


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [d.article_id for d in iter_documents(tmp_path)] == ["a", "loop"]


def test_missing_path_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        list(iter_documents(tmp_path / "nope"))


def test_csv_columns_are_detected(tmp_path):
    p = tmp_path / "news.csv"
    p.write_text('Headline,Body,Published,Outlet,Link\n"A title","Story text.",2023-03-21,TASS,http://x\n',
                 encoding="utf-8")
    (doc,) = iter_documents(p)
    assert doc.article_id == "news-1"
    assert doc.text == "Story text."
    assert doc.hints == {"title": "A title", "published": "2023-03-21", "source": "TASS", "url": "http://x"}


def test_csv_columns_can_be_named(tmp_path):
    p = tmp_path / "news.csv"
    p.write_text("key,words,when\nk1,Story,2020-01-02\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no text column"):
        list(iter_documents(p))
    (doc,) = iter_documents(p, id_column="key", text_column="words", date_column="when")
    assert (doc.article_id, doc.text, doc.hints["published"]) == ("k1", "Story", "2020-01-02")
    with pytest.raises(CorpusError, match="no column named 'body'"):
        list(iter_documents(p, text_column="body"))


def test_jsonl_bad_lines_get_rows_with_problems(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"id": "a", "content": "One."}) + "\n{broken\n" + json.dumps({"id": "a", "content": "Two."}) + "\n")
    docs = list(iter_documents(p))
    assert [d.article_id for d in docs] == ["a", "feed-2", "a-3"]
    assert "invalid JSON" in docs[1].problems[0]
    assert "repeated" in docs[2].problems[0]


def test_a_csv_naming_no_text_column_in_a_folder_is_one_row_saying_so(tmp_path):
    """A table among the articles whose columns name no text (a codebook, a list of sources) does not stop the folder
    from being read: it gives one document whose problem names the file and its columns."""
    (tmp_path / "story.txt").write_text("Talks end\n\nMay 2, 2025\n\nRussia and China signed a deal.\n", encoding="utf-8")
    (tmp_path / "odd.csv").write_text("head,body_html,when\nA,<p>B</p>,2024\n", encoding="utf-8")
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert set(docs) == {"odd", "story"} and docs["story"].text.startswith("Talks end")
    assert docs["odd"].text == "" and "odd.csv: no text column found among ['head', 'body_html', 'when']" in \
        docs["odd"].problems[0]
    # the same file read alone is refused, as is a folder where a column the caller named is missing
    with pytest.raises(CorpusError, match="no text column"):
        list(iter_documents(tmp_path / "odd.csv"))
    with pytest.raises(CorpusError, match="no column named 'story'"):
        list(iter_documents(tmp_path, text_column="story"))
