"""Excel workbooks (.xlsx) as media-monitoring tools export them (Meltwater, Brandwatch, Talkwalker): one article per
row, the header found under the report's title rows, columns by their names as those tools write them."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
import xlwt

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


def meltwater_rows_read(folder: Path, suffix: str) -> None:
    """The MELTWATER export saved as ``meltwater<suffix>`` in ``folder`` reads as its two articles: their text, hints,
    paths and the problems the worksheet gives."""
    docs = list(iter_documents(folder))
    assert [d.article_id for d in docs] == ["meltwater-1", "meltwater-2"]
    first, second = docs
    assert first.text == STORY and first.hints["title"] == "Putin and Xi pledge new era"
    assert first.hints["published"] == "2024-05-16T10:05:00" and second.hints["published"] == "2024-05-17"
    assert first.hints["source"] == "Reuters" and first.hints["url"] == "https://example.com/a"
    assert first.path == f"{folder / f'meltwater{suffix}'}#row1" and first.encoding == suffix[1:]
    assert first.problems == ["worksheet 'Export': 2 row(s) above its header left out",
                              "worksheet 'Export' read; not read: 'Summary'"]
    assert second.problems == ["1 cell(s) right of the header's last column"]


def test_a_media_monitoring_workbook_gives_one_article_per_row(tmp_path):
    (tmp_path / "meltwater.xlsx").write_bytes(workbook(MELTWATER))
    meltwater_rows_read(tmp_path, ".xlsx")
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
    monkeypatch.setattr(reading, "sheet_rows", lambda data, suffix: (rows, problems, []))
    (tmp_path / "big.xlsx").write_bytes(b"PK\x03\x04 replaced")
    docs = list(reading.iter_table(tmp_path / "big.xlsx"))
    assert len(docs) == n and docs[41].problems == ["1 cell(s) right of the header's last column (row 42)"]
    assert len(scans) <= 2


# --- Excel 97-2003 (.xls) and OpenDocument (.ods) workbooks, read as .xlsx ones are -----------------------------

def xls_workbook(sheets: dict[str, list[list]]) -> bytes:
    """An Excel 97-2003 workbook of these rows (xlwt), dates shown as dates, a row of one cell merged across as an
    export's title is."""
    book = xlwt.Workbook(encoding="utf-8")
    stamp, day = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm"), xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for title, rows in sheets.items():
        ws = book.add_sheet(title)
        for r, row in enumerate(rows):
            if len(row) == 1 and r == 0:
                ws.write_merge(r, r, 0, 5, row[0])
                continue
            for c, v in enumerate(row):
                if isinstance(v, dt.datetime):
                    ws.write(r, c, v, day if v.time() == dt.time() else stamp)
                elif v is not None:
                    ws.write(r, c, v)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


_ODS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"}
_ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"


def _ods_cell(v) -> str:
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, dt.date):
        return f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}"/>'
    if isinstance(v, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{v}"/>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'


def ods_workbook(sheets: dict[str, list[list]]) -> bytes:
    """An OpenDocument spreadsheet of these rows, as LibreOffice writes one (a title row of one cell spanning six
    columns, the cells it covers after it)."""
    tables = []
    for title, rows in sheets.items():
        cells = []
        for r, row in enumerate(rows):
            if len(row) == 1 and r == 0:
                cells.append(f'<table:table-row><table:table-cell office:value-type="string" '
                             f'table:number-columns-spanned="6"><text:p>{escape(row[0])}</text:p></table:table-cell>'
                             '<table:covered-table-cell table:number-columns-repeated="5"/></table:table-row>')
            else:
                cells.append("<table:table-row>" + "".join(_ods_cell(v) for v in row or [None]) + "</table:table-row>")
        tables.append(f'<table:table table:name="{escape(title)}">{"".join(cells)}</table:table>')
    spaces = " ".join(f'xmlns:{k}="{v}"' for k, v in _ODS.items() if k != "manifest")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {spaces} office:version="1.2">'
               f'<office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body>'
               '</office:document-content>')
    manifest = (f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{_ODS["manifest"]}" '
                f'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_TYPE}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", _ODS_TYPE, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


@pytest.mark.parametrize("suffix, write", [(".xls", xls_workbook), (".ods", ods_workbook)])
def test_excel_97_and_opendocument_workbooks_are_read_as_xlsx_ones_are(tmp_path, suffix, write):
    """Factiva, Nexis and older monitoring tools export .xls, LibreOffice saves .ods: these gave one row saying to
    save them as .xlsx. The same export gives the same articles, dates, notes and problems as its .xlsx."""
    (tmp_path / f"meltwater{suffix}").write_bytes(write(MELTWATER))
    meltwater_rows_read(tmp_path, suffix)
    rows, _problems, _notes = sheet_rows(write(MELTWATER), suffix)
    assert rows[0]["Reach"] == "1200000" and rows[1]["Influencer"] == ""  # whole numbers, empty cells
    # in a zip archive too, and a workbook without a text column among articles is one row saying so
    with zipfile.ZipFile(tmp_path / "export.zip", "w") as zf:
        zf.writestr(f"week1{suffix}", write(MELTWATER))
    assert [d.article_id for d in iter_documents(tmp_path / "export.zip")] == ["export/week1-1", "export/week1-2"]
    (tmp_path / f"codes{suffix}").write_bytes(write({"Codes": [["Code", "Meaning"], ["P", "positive"]]}))
    (codes,) = [d for d in iter_documents(tmp_path) if d.article_id == "codes"]
    assert codes.text == "" and f"codes{suffix}: no text column found among ['Code', 'Meaning']" in codes.problems[0]


_XLSB = Path(__file__).parent / "data" / "sheets" / "meltwater.xlsb"  # MELTWATER saved as .xlsb (make_xlsb.py)


def test_a_binary_excel_workbook_is_read_as_its_xlsx_is(tmp_path):
    """Excel's binary workbook (.xlsb: large exports are saved so to be smaller and faster) gave one empty row saying
    "binary file, not text". The MELTWATER export saved as .xlsb gives the same articles, dates, notes and problems
    as its .xlsx; cut short or locked with a password, it gets a row saying why."""
    data = _XLSB.read_bytes()
    assert sheet_rows(data, ".xlsb") == sheet_rows(workbook(MELTWATER), ".xlsx")  # (the kept file is MELTWATER's)
    (tmp_path / "meltwater.xlsb").write_bytes(data)
    meltwater_rows_read(tmp_path, ".xlsb")
    arts = read_corpus(tmp_path, progress=False).articles.set_index("article_id")
    assert arts.loc["meltwater-1", "published"].startswith("2024-05-16T10:05")
    with zipfile.ZipFile(tmp_path / "export.zip", "w") as zf:
        zf.writestr("week1.xlsb", data)
    assert [d.article_id for d in iter_documents(tmp_path / "export.zip")] == ["export/week1-1", "export/week1-2"]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "cut.xlsb").write_bytes(data[:len(data) // 2])
    (bad / "locked.xlsb").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    docs = {d.article_id: d for d in iter_documents(bad)}
    assert docs["cut"].text == "" and docs["cut"].problems[0].startswith(
        "Excel binary workbook (.xlsb) not read (a damaged zip archive or no workbook in it")
    assert docs["locked"].problems == ["Excel binary workbook (.xlsb) not read (encrypted with a password): save it "
                                       "as .xlsx without a password, or as CSV"]


def _encrypted_xls() -> bytes:
    """An .xls as Excel writes one protected by a password: a FILEPASS record right after the workbook's BOF."""
    from xlwt.CompoundDoc import XlsDoc

    book = xlwt.Workbook()
    book.add_sheet("S").write(0, 0, "Text")
    stream = book.get_biff_data()
    bof_end = 4 + int.from_bytes(stream[2:4], "little")
    filepass = (0x002F).to_bytes(2, "little") + (54).to_bytes(2, "little") + b"\x01\x00\x01\x00\x01\x00" + b"\x11" * 48
    buf = io.BytesIO()
    XlsDoc().save(buf, stream[:bof_end] + filepass + stream[bof_end:])
    return buf.getvalue()


def test_workbooks_of_other_kinds_that_cannot_be_read_say_why(tmp_path):
    good = xls_workbook(MELTWATER)
    (tmp_path / "cut.xls").write_bytes(good[:len(good) // 2])
    (tmp_path / "page.xls").write_bytes(b"<html><body><table><tr><td>Text</td></tr></table></body></html>\n" * 20)
    (tmp_path / "locked.xls").write_bytes(_encrypted_xls())
    (tmp_path / "calc.ods").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (tmp_path / "figures.numbers").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert sorted(docs) == ["calc", "cut", "figures", "locked", "page"]
    assert all(d.text == "" and len(d.problems) == 1 for d in docs.values())
    assert docs["cut"].path == str(tmp_path / "cut.xls")
    assert docs["cut"].problems[0].startswith("Excel 97-2003 workbook (.xls) not read (damaged or cut short")
    assert docs["cut"].problems[0].endswith("): save it again as .xlsx or CSV")
    assert docs["page"].problems == ["Excel 97-2003 workbook (.xls) not read (not a spreadsheet but text: a web page "
                                     "or a CSV file given a spreadsheet's name?): save it again as .xlsx or CSV"]
    assert docs["locked"].problems == ["Excel 97-2003 workbook (.xls) not read (encrypted with a password): save it "
                                       "as .xlsx without a password, or as CSV"]
    assert docs["calc"].problems[0].startswith("OpenDocument spreadsheet (.ods) not read (a damaged zip archive or "
                                               "no workbook in it")
    assert docs["figures"].problems == ["an Apple Numbers spreadsheet, not read: export it as .xlsx or CSV (File > "
                                        "Export To) to read its rows"]
    # the same workbook, whole, reads (the FILEPASS record is what says it is encrypted)
    assert len(sheet_rows(good, ".xls")[0]) == 2


def test_a_chart_sheet_is_passed_over_and_a_damaged_worksheet_named():
    """A workbook holding a chart sheet was not read at all (openpyxl failed on it); a worksheet whose XML is cut
    short makes the workbook's note name it."""
    book = openpyxl.Workbook()
    book.active.title = "Export"
    book.active.append(["Text"])
    book.active.append([STORY])
    book.create_chartsheet("Chart")
    book.create_sheet("Notes").append(["checked"])
    buf = io.BytesIO()
    book.save(buf)
    assert sheet_rows(buf.getvalue()) == ([{"Text": STORY}], [], ["worksheet 'Export' read; not read: 'Notes'"])
    damaged = io.BytesIO()
    with zipfile.ZipFile(buf) as whole, zipfile.ZipFile(damaged, "w") as out:
        for name in whole.namelist():
            content = whole.read(name)
            out.writestr(name, content[:len(content) // 2] if name == "xl/worksheets/sheet1.xml" else content)
    rows, _problems, (note,) = sheet_rows(damaged.getvalue())
    assert rows is None and note.startswith("Excel workbook not read (worksheet 'Export' damaged: ")
