"""Excel workbooks (.xlsx) as media-monitoring tools export them (Meltwater, Brandwatch, Talkwalker): one article per
row, the header found under the report's title rows, columns by their names as those tools write them."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from presslens.corpus import read_corpus
from presslens.reading import CorpusError, iter_documents, sheet_rows

STORY = ("Russian President Vladimir Putin and Chinese President Xi Jinping signed a joint statement in Beijing on "
         "Thursday, pledging a new era of partnership between the two countries.")


def workbook(sheets: dict[str, list[list]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


MELTWATER = {
    "Summary": [["Search", "China Russia"], ["Results", 2]],
    "Export": [
        ["Meltwater export: China Russia relations"],
        ["Created 2024-05-20 09:00"],
        [],
        ["Date", "Headline", "URL", "Opening Text", "Hit Sentence", "Source", "Influencer", "Country", "Reach"],
        [dt.datetime(2024, 5, 16, 10, 5), "Putin and Xi pledge new era", "https://example.com/a", STORY,
         "pledging a new era", "Reuters", "Laurie Chen", "China", 1200000.0],
        [dt.datetime(2024, 5, 17), "Trade in yuan grows", "https://example.com/b",
         "Trade between Russia and China is now settled mostly in yuan and roubles, the central bank said.", "",
         "TASS", "", "Russia", 35000.0, "stray note"],
        [],
    ],
}


def test_a_media_monitoring_workbook_gives_one_article_per_row(tmp_path):
    (tmp_path / "meltwater.xlsx").write_bytes(workbook(MELTWATER))
    docs = list(iter_documents(tmp_path))
    assert [d.article_id for d in docs] == ["meltwater-1", "meltwater-2"]
    first, second = docs
    assert first.text == STORY and first.hints["title"] == "Putin and Xi pledge new era"
    assert first.hints["published"] == "2024-05-16T10:05:00" and second.hints["published"] == "2024-05-17"
    assert first.hints["source"] == "Reuters" and first.hints["url"] == "https://example.com/a"
    assert first.path == f"{tmp_path / 'meltwater.xlsx'}#row1" and first.encoding == "xlsx"
    assert first.problems == ["worksheet 'Export': 2 row(s) above its header left out",
                              "worksheet 'Export' read; not read: 'Summary'"]
    assert second.problems == ["1 cell(s) right of the header's last column"]
    arts = read_corpus(tmp_path, progress=False).articles.set_index("article_id")
    assert arts.loc["meltwater-1", "title"] == "Putin and Xi pledge new era"
    assert arts.loc["meltwater-1", "published"].startswith("2024-05-16T10:05")
    assert list(arts["source"]) == ["Reuters", "TASS"]


def test_column_names_match_aliases_whatever_their_spacing_and_case():
    rows, problems, notes = sheet_rows(workbook({"Sheet1": [
        ["Full-Text", "Title", "Published Date", "Media Outlet", "Author Name"],
        [STORY, "A title", "2024-05-16", "The Moscow Times", "Jane Doe"]]}))
    assert notes == [] and problems == []
    (doc,) = [d for d in _docs_of(rows)]
    assert doc.text == STORY and doc.hints["published"] == "2024-05-16"
    assert doc.hints["source"] == "The Moscow Times" and doc.hints["authors"] == "Jane Doe"


def _docs_of(rows):
    from presslens import reading

    names = list(rows[0])
    roles = reading.resolve_columns(names, "x.xlsx")
    for row in rows:
        yield reading.Document("x", "x", row[roles["text"]], hints={
            "title": row[roles["title"]], "published": row[roles["date"]], "source": row[roles["source"]],
            "authors": row[roles["authors"]]})


def test_workbooks_that_cannot_be_read_say_why(tmp_path):
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (tmp_path / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (tmp_path / "empty.xlsx").write_bytes(workbook({"Sheet1": []}))
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert docs["broken"].problems[0].startswith("Excel workbook not read (") and docs["broken"].text == ""
    assert docs["locked"].problems == ["Excel workbook not read (encrypted with a password): save it as .xlsx "
                                       "without a password, or as CSV"]
    assert docs["empty"].problems == ["the workbook's worksheets are empty", "table has no rows"]
    (tmp_path / "no_text.xlsx").write_bytes(workbook({"S": [["Reach", "Country"], [1, "China"]]}))
    with pytest.raises(CorpusError, match="no_text.xlsx: no text column found among"):
        list(iter_documents(tmp_path / "no_text.xlsx"))


def test_a_parquet_table_of_articles_gives_one_article_per_row(tmp_path):
    """A corpus kept with pandas or Arrow: its rows are articles as a CSV's are, dates as dates, a list of authors
    joined, nested columns named and left out."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "id": ["r1", "r2"],
        "headline": ["Putin and Xi pledge new era", "Trade in yuan grows"],
        "body": [STORY, "Trade between Russia and China is now settled mostly in yuan and roubles."],
        "published_at": pa.array([dt.datetime(2024, 5, 16, 10, 5), dt.datetime(2024, 5, 17)], pa.timestamp("us")),
        "authors": [["Laurie Chen", "Guy Faulconbridge"], []],
        "meta": [{"words": 30}, {"words": 12}],
        "thumbnail": pa.array([b"\x89PNG", None], pa.binary()),
    })
    pq.write_table(table, tmp_path / "corpus.parquet")
    docs = list(iter_documents(tmp_path))
    assert [d.article_id for d in docs] == ["r1", "r2"]
    assert docs[0].text == STORY and docs[0].hints["title"] == "Putin and Xi pledge new era"
    assert docs[0].hints["published"] == "2024-05-16T10:05:00" and docs[1].hints["published"] == "2024-05-17"
    assert docs[0].hints["authors"] == "Laurie Chen, Guy Faulconbridge" and docs[0].encoding == "parquet"
    assert docs[0].problems == ["columns of nested or binary values not read: meta, thumbnail"]
    assert docs[1].problems == []
    (tmp_path / "corpus.parquet").write_bytes(b"PAR1 broken")
    (doc,) = iter_documents(tmp_path)
    assert doc.problems[0].startswith("Parquet file not read (")


def test_a_workbook_or_parquet_file_without_a_text_column_in_a_folder_is_one_row_not_the_folder_refused(tmp_path):
    """A codebook or a table of figures kept with the articles was read as a binary file (one row) before workbooks
    and Parquet files were tables; it must not make the whole folder unreadable (a zip archive of the same files
    gives the row too)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "story.txt").write_text(f"Putin and Xi pledge new era\n\n{STORY}\n", encoding="utf-8")
    (tmp_path / "codebook.xlsx").write_bytes(workbook({"Codes": [["Code", "Meaning"], ["P", "positive"]]}))
    pq.write_table(pa.table({"reach": [1, 2], "country": ["China", "Russia"]}), tmp_path / "figures.parquet")
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert sorted(docs) == ["codebook", "figures", "story"]
    assert docs["codebook"].text == "" and "codebook.xlsx: no text column found among ['Code', 'Meaning']" in \
        docs["codebook"].problems[0]
    assert "figures.parquet: no text column found" in docs["figures"].problems[0]
    assert docs["story"].text.startswith("Putin and Xi")
    with pytest.raises(CorpusError, match="codebook.xlsx: no text column found"):  # the file itself: refused
        list(iter_documents(tmp_path / "codebook.xlsx"))


def test_row_problems_are_looked_up_once_a_row_not_scanned_for_every_row(monkeypatch, tmp_path):
    """A workbook of 100,000 rows each with a cell right of its header took minutes: every row scanned the list of
    all the rows' problems."""
    from presslens import reading

    scans = []

    class Problems(list):
        def __iter__(self):
            scans.append(1)
            return super().__iter__()

    n = 300
    rows = [{"Title": f"T{i}", "Text": f"Story {i}."} for i in range(n)]
    problems = Problems((i, f"1 cell(s) right of the header's last column (row {i})") for i in range(1, n + 1))
    monkeypatch.setattr(reading, "sheet_rows", lambda data: (rows, problems, []))
    (tmp_path / "big.xlsx").write_bytes(b"PK\x03\x04 replaced")
    docs = list(reading.iter_table(tmp_path / "big.xlsx"))
    assert len(docs) == n and docs[41].problems == ["1 cell(s) right of the header's last column (row 42)"]
    assert len(scans) <= 2


def test_spreadsheets_presslens_cannot_read_say_how_to_save_them(tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (tmp_path / "calc.ods").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert docs["old"].problems == ["an Excel 97-2003 workbook (.xls), not read: save it as .xlsx or CSV to read its "
                                    "rows"] and docs["old"].text == ""
    assert docs["calc"].problems[0].startswith("an OpenDocument spreadsheet (.ods), not read")
