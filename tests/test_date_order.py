"""Numeric dates with slashes that read either way ("03/07/2024": March 7 or July 3?) are read in the order the
export's other dates show: the article's own other dates, the same form of date line in other articles from the
same source or folder, or a table's date column (corpus.read_date_order, reading.column_date_order)."""

from pathlib import Path

import pytest

from presslens.corpus import read_corpus
from presslens.parsing import month_first, slash_date_order

STORY = "Chinese and Russian officials met in {city} to discuss trade. Both sides said the talks went well.\n"


def _article(date_line: str, title: str, city: str = "Moscow") -> str:
    return f"{title}\n{date_line}\n\n{STORY.format(city=city)}"


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _articles(path: Path):
    return read_corpus(path, progress=False).articles.set_index("article_id")


@pytest.mark.parametrize("text,order,raw", [
    ("Posted 03/14/2024 10:15", "md", "03/14/2024"),
    ("14/03/2024", "dm", "14/03/2024"),
    ("03/07/2024", "?", "03/07/2024"),
    ("05/05/2024", "", ""),  # the same either way
    ("2024/03/07", "", ""),  # year first: no question
    ("14.03.2024", "", ""),  # full stops: always day first
    ("1/3/2024 and 3/14/2024", "?", "1/3/2024"),  # the first date
])
def test_slash_date_order(text, order, raw):
    assert slash_date_order(text) == (order, raw)


def test_month_first_reads_the_first_slash_date_month_first():
    assert month_first("03/07/2024 10:15") == "2024-03-07T10:15"
    assert month_first("Posted 12/01/1998 14:11:00") == "1998-12-01T14:11:00"


def test_a_folder_whose_other_dates_are_month_first(tmp_path):
    folder = _write(tmp_path / "wire", {
        "a.txt": _article("Posted 03/14/2024 10:15", "Xi and Putin meet"),
        "b.txt": _article("Posted 03/07/2024 09:05", "Trade talks resume", "Beijing"),
        "c.txt": _article("Posted 04/21/2024 18:40", "Gas deal stalls", "Astana"),
    })
    arts = _articles(folder)
    assert arts.at["b", "published"] == "2024-03-07T09:05"
    note = [p for p in arts.at["b", "problems"] if "numeric date" in p]
    assert note == ["numeric date '03/07/2024 09:05' read month first (2024-03-07): 2 date lines of the same form "
                    "in other articles from the same folder written so (e.g. '03/14/2024')"]
    assert arts.at["a", "published"] == "2024-03-14T10:15"
    assert not [p for p in arts.at["a", "problems"] if "numeric date" in p]


def test_a_folder_whose_other_dates_are_day_first_keeps_day_first_and_says_why(tmp_path):
    folder = _write(tmp_path / "eu", {
        "a.txt": _article("Posted 14/03/2024 10:15", "Xi and Putin meet"),
        "b.txt": _article("Posted 03/07/2024 09:05", "Trade talks resume", "Beijing"),
    })
    arts = _articles(folder)
    assert arts.at["b", "published"] == "2024-07-03T09:05"
    assert [p for p in arts.at["b", "problems"] if "numeric date" in p] == [
        "numeric date '03/07/2024 09:05' read day first (2024-07-03): 1 date line of the same form in other "
        "articles from the same folder written so (e.g. '14/03/2024')"]


def test_dates_that_disagree_or_another_form_settle_nothing(tmp_path):
    mixed = _write(tmp_path / "mixed", {
        "a.txt": _article("Posted 14/03/2024 10:15", "Xi and Putin meet"),
        "b.txt": _article("Posted 03/07/2024 09:05", "Trade talks resume", "Beijing"),
        "c.txt": _article("Posted 04/21/2024 18:40", "Gas deal stalls", "Astana"),
    })
    other_form = _write(tmp_path / "forms", {
        "a.txt": _article("Updated: 04/21/2024", "Gas deal stalls", "Astana"),  # another export's date line
        "b.txt": _article("Posted 03/07/2024 09:05", "Trade talks resume", "Beijing"),
    })
    for folder in (mixed, other_form):
        arts = _articles(folder)
        assert arts.at["b", "published"] == "2024-07-03T09:05"
        assert "ambiguous numeric date '03/07/2024 09:05' read day first" in arts.at["b", "problems"]


def test_the_articles_own_other_date_settles_it(tmp_path):
    text = "Trade talks resume\nPublished 03/07/2024 09:05\nUpdated 03/14/2024 11:20\n\n" + STORY.format(city="Beijing")
    arts = _articles(_write(tmp_path / "one", {"b.txt": text}))
    assert arts.at["b", "published"] == "2024-03-07T09:05"
    assert arts.at["b", "modified"] == "2024-03-14T11:20"
    assert any(p.startswith("numeric date '03/07/2024 09:05' read month first") and "'03/14/2024'" in p
               for p in arts.at["b", "problems"])


def test_a_table_date_column_is_read_in_the_order_its_other_cells_show(tmp_path):
    rows = "Headline,Date,Body\nA,03/14/2024,Xi met Putin.\nB,03/07/2024,Putin met Xi.\nC,05/05/2024,Trade grew.\n"
    (tmp_path / "clips.csv").write_text(rows, encoding="utf-8")
    arts = _articles(tmp_path / "clips.csv")
    assert arts["published"].tolist() == ["2024-03-14", "2024-03-07", "2024-05-05"]
    assert arts.at["clips-2", "problems"] == [
        "numeric date '03/07/2024' read month first (2024-03-07): the column's other dates are written so "
        "(e.g. '03/14/2024')"]
    assert arts.at["clips-3", "problems"] == []  # the same day either way


def test_a_table_whose_date_cells_disagree_is_read_as_before(tmp_path):
    rows = "Headline,Date,Body\nA,03/14/2024,Xi met Putin.\nB,03/07/2024,Putin met Xi.\nC,21/05/2024,Trade grew.\n"
    (tmp_path / "clips.csv").write_text(rows, encoding="utf-8")
    arts = _articles(tmp_path / "clips.csv")
    assert arts.at["clips-2", "published"] == "2024-07-03"
    assert any("ambiguous numeric date '03/07/2024' read day first" in p for p in arts.at["clips-2", "problems"])
