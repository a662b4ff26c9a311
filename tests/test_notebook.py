"""presslens.notebook: the tables the notebooks save."""

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens import notebook
from presslens.notebook import save_table, write_csv

WORDS = ["plain", "a,b", 'say "no"', "two\nlines", "carriage\rreturn", "", "ünïcode — «ё»", " lead", "tab\there"]


def _table(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    floats = rng.standard_normal(n) * 10.0 ** rng.integers(-8, 18, n)
    floats[::7] = np.nan
    floats[1::5] = np.round(floats[1::5])
    return pd.DataFrame({
        "article_id": pd.array(rng.choice(["a1", "b2", "c,3"], n), dtype="str"),
        "n": rng.integers(-10**12, 10**12, n),
        "score": floats,
        "flag": rng.random(n) > 0.5,
        "text": pd.array(rng.choice(WORDS + [None], n), dtype="str"),
        "obj": pd.Series(rng.choice(WORDS + [None, np.nan], n), dtype=object),
        "u8": rng.integers(0, 255, n).astype("uint8"),
        "lag": pd.array(np.where(rng.random(n) < 0.3, None, rng.integers(-10**6, 10**6, n)), dtype="Int64"),
        "u16": pd.array(np.where(rng.random(n) < 0.3, None, rng.integers(0, 60000, n)), dtype="UInt16"),
    })


def _bytes(path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize("n", [0, 3, notebook._FAST_ROWS, notebook._CHUNK_ROWS + 17])
def test_write_csv_is_pandas_to_csv_byte_for_byte(tmp_path, n):
    df = _table(n)
    write_csv(df, tmp_path / "fast.csv")
    df.to_csv(tmp_path / "pandas.csv", index=False)
    assert _bytes(tmp_path / "fast.csv") == _bytes(tmp_path / "pandas.csv")


def test_write_csv_cuts_long_rows_into_chunks_of_about_the_byte_budget(tmp_path, monkeypatch):
    """Rows are formatted a chunk at a time, cut by the CSV bytes they make, not by a fixed row count: a
    table of long rows (articles with their text) is never formatted whole; the file is the same."""
    budget = 2 << 20
    monkeypatch.setattr(notebook, "_CHUNK_BYTES", budget)
    n = 12_000
    df = _table(n).assign(body=pd.array([("word " * (50 + i % 400)) + f"end {i}" for i in range(n)], dtype="str"))
    df.loc[9_000, "obj"] = 7  # one chunk with a non-text value: written by pandas, the same bytes
    sizes, rows = [], []
    fast = notebook._csv_rows

    def spy(part, kinds):
        out = fast(part, kinds)
        sizes.append(len(out))
        rows.append(len(part))
        return out

    monkeypatch.setattr(notebook, "_csv_rows", spy)
    write_csv(df, tmp_path / "fast.csv")
    df.to_csv(tmp_path / "pandas.csv", index=False)
    assert _bytes(tmp_path / "fast.csv") == _bytes(tmp_path / "pandas.csv")
    assert sum(rows) == n and rows[0] == notebook._FIRST_ROWS
    total = len(_bytes(tmp_path / "fast.csv"))
    assert len(sizes) >= total // budget  # many chunks, not one
    assert max(sizes[1:]) < 2 * budget  # none much above the budget once the row size is known


def test_may_need_quotes_searches_the_values_own_bytes():
    """The byte search before quoting looks at a slice's own values only: a comma, a quote or a newline
    anywhere in them says yes, one just outside the slice (or in no value) says no."""
    import pyarrow as pa

    arr = pa.array(["a,b", "plain", "ünï — «ё»", None, "x", 'say "no"', "two\nlines", "end"], type=pa.large_string())
    assert notebook._may_need_quotes(arr)
    assert not notebook._may_need_quotes(arr.slice(1, 4))  # 'a,b' before it, 'say "no"' after it
    assert notebook._may_need_quotes(arr.slice(1, 5))
    assert notebook._may_need_quotes(arr.slice(6, 1))
    assert not notebook._may_need_quotes(arr.slice(3, 1)) and not notebook._may_need_quotes(arr.slice(2, 0))
    assert not notebook._may_need_quotes(pa.chunked_array([arr.slice(1, 2), arr.slice(4, 1)]))
    assert notebook._may_need_quotes(pa.chunked_array([arr.slice(1, 2), arr.slice(7, 1), arr.slice(5, 1)]))


def test_write_csv_columns_quoted_in_some_chunks_only_are_pandas_byte_for_byte(tmp_path, monkeypatch):
    """Columns with nothing to quote are written as they are; one whose quoted values lie in some row
    chunks only (and a column of few distinct values, quoted through its dictionary) the same as pandas."""
    monkeypatch.setattr(notebook, "_CHUNK_BYTES", 1 << 16)
    n = 20_000
    rng = np.random.default_rng(3)
    ids = rng.choice(["id-1", "id-2", "ïd-3"], n).astype(object)
    ids[15_000:15_010] = "id,4"  # a late chunk only
    text = np.array([f"word {i}" for i in range(n)], dtype=object)
    text[[5, 12_345]] = ['he said "no"', "two\nlines"]
    text[::97] = None
    df = pd.DataFrame({"article_id": pd.array(ids, dtype="str"), "text": pd.array(text, dtype="str"),
                       "plain": pd.array(rng.choice(["a", "b", None], n), dtype="str"), "n": np.arange(n)})
    write_csv(df, tmp_path / "fast.csv")
    df.to_csv(tmp_path / "pandas.csv", index=False)
    assert _bytes(tmp_path / "fast.csv") == _bytes(tmp_path / "pandas.csv")


def test_write_csv_short_table_of_long_cells_is_pandas_byte_for_byte(tmp_path):
    """A table of few rows but megabytes of text (a timeline's lists of articles) takes the fast writer,
    ending in the buffer's view; so does one of a single row."""
    long = ",".join(f"art{i}" for i in range(150_000)) + '"quoted"\nline'
    for n in (300, 1):
        df = _table(n).assign(articles=pd.array([long] * n, dtype="str"))
        assert int(df.memory_usage(index=False, deep=True).sum()) >= notebook._FAST_BYTES
        write_csv(df, tmp_path / "fast.csv")
        df.to_csv(tmp_path / "pandas.csv", index=False)
        assert _bytes(tmp_path / "fast.csv") == _bytes(tmp_path / "pandas.csv")


@pytest.mark.parametrize("labels", [
    pd.MultiIndex.from_tuples([("count", "2023"), ("text", "kwic"), ("n", "x")]),  # two header rows
    ["a", "a", "b"], [1, "text", np.nan], ["x", "text", None]], ids=["multiindex", "duplicate", "nan", "none"])
def test_write_csv_odd_column_labels_are_pandas_byte_for_byte(tmp_path, labels):
    """Labels that are not distinct strings are written as pandas writes them (a large table too)."""
    n = notebook._FAST_ROWS + 3
    df = pd.DataFrame({"a": np.arange(n), "b": pd.array(["x,y"] * n, dtype="str"), "c": np.arange(n) / 8})
    df.columns = labels
    write_csv(df, tmp_path / "fast.csv")
    df.to_csv(tmp_path / "pandas.csv", index=False)
    assert _bytes(tmp_path / "fast.csv") == _bytes(tmp_path / "pandas.csv")


@pytest.mark.parametrize("extra", [
    pd.Series(pd.date_range("2024-01-01", periods=notebook._FAST_ROWS, freq="h")),  # datetimes: pandas writes them
    pd.Series(pd.Categorical(["x", "y,z"] * (notebook._FAST_ROWS // 2))),
    pd.Series(pd.array([1.5, None] * (notebook._FAST_ROWS // 2), dtype="Float64")),
    pd.Series([1, "mixed", 2.5, None] * (notebook._FAST_ROWS // 4), dtype=object),
], ids=["datetime", "categorical", "nullable-float", "mixed-object"])
def test_write_csv_other_column_types_fall_back_to_pandas(tmp_path, extra):
    df = _table(len(extra)).assign(extra=extra.to_numpy() if extra.dtype == object else extra.array)
    write_csv(df, tmp_path / "fast.csv")
    df.to_csv(tmp_path / "pandas.csv", index=False)
    assert _bytes(tmp_path / "fast.csv") == _bytes(tmp_path / "pandas.csv")


def test_save_table_joins_list_columns_and_reads_back(tmp_path):
    df = pd.DataFrame({"term": ["a", "b,c"] * 3000, "actors": [["Xi Jinping", "Putin"], []] * 3000})
    path = save_table(df, "custom", tmp_path)
    back = pd.read_csv(path, keep_default_na=False)
    assert back["actors"].tolist() == ["Xi Jinping | Putin", ""] * 3000
    assert back["term"].tolist() == df["term"].tolist()


def test_save_table_without_folder_writes_nothing(tmp_path):
    assert save_table(pd.DataFrame({"a": [1]}), "x", "") is None


EDGE_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e-4, -1e-4, 9.99e-5, 5e-5, 1e-6, 5e-324, 1e9, -1e9,
               999999999.999999, 999999999.9999999, 1e16, 123456.7, 0.30000000000000004, 2.5e-05,
               float("inf"), float("-inf"), float("nan")]


def _repr_or_none(values: list[float]) -> list[str | None]:
    return [None if v != v else repr(v) for v in values]


def test_float_strings_are_repr_of_each_value():
    rng = np.random.default_rng(3)
    values = np.concatenate([
        np.asarray(EDGE_FLOATS),
        np.round(rng.uniform(-1, 1, 20_000), 4),                       # scores: the fast path
        rng.integers(0, 10**6, 5_000).astype("float64"),                # counts held as floats
        np.round(rng.uniform(-2e9, 2e9, 5_000), 2),                     # past the fast path's range
        np.round(rng.uniform(-1e-3, 1e-3, 5_000), 6),                   # small: exponents below 1e-4
        rng.standard_normal(5_000) * 10.0 ** rng.integers(-30, 30, 5_000),
        rng.uniform(0, 1, 5_000),                                       # 16-17 significant digits
    ])
    assert notebook.float_strings(values).to_pylist() == _repr_or_none(values.tolist())
    assert notebook.float_strings(values).to_pylist() == [None if v != v else s for v, s in
                                                          zip(values.tolist(), values.astype(str), strict=True)]


@given(st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=40))
@settings(max_examples=300, deadline=None)
def test_float_strings_match_repr_for_any_floats(values):
    assert notebook.float_strings(np.asarray(values, dtype="float64")).to_pylist() == _repr_or_none(values)


def test_float_strings_cast_range_matches_repr_on_random_doubles():
    """Where Arrow's cast writes the strings (magnitudes 1e-4 to 1e9): random bit patterns of that range,
    every exponent alike, and the doubles next to its edges, as repr writes them."""
    rng = np.random.default_rng(7)
    bits = rng.integers(0, 2**64, 2_000_000, dtype=np.uint64).view(np.float64)
    mag = np.abs(bits)
    inside = bits[(mag >= 1e-4) & (mag < 1e9)]
    spread = np.exp(rng.uniform(np.log(1e-4), np.log(1e9), 200_000)) * rng.choice([-1.0, 1.0], 200_000)
    edges = np.array([1e-4, np.nextafter(1e-4, 1), np.nextafter(1e-4, 0), np.nextafter(1e9, 0), 1e9,
                      999999999.5, 123456789.12345679, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e8 + 0.5])
    values = np.concatenate([inside, spread, -spread, edges])
    assert len(inside) > 30_000  # about 2% of all doubles
    assert notebook.float_strings(values).to_pylist() == _repr_or_none(values.tolist())


@given(st.lists(st.floats(min_value=1e-4, max_value=1e9, exclude_max=True), max_size=40))
@settings(max_examples=300, deadline=None)
def test_float_strings_match_repr_in_the_cast_range(values):
    values = values + [-v for v in values]
    assert notebook.float_strings(np.asarray(values, dtype="float64")).to_pylist() == _repr_or_none(values)


@given(st.lists(st.integers(-10**15, 10**15), max_size=40), st.integers(0, 8))
@settings(max_examples=300, deadline=None)
def test_float_strings_match_repr_for_decimals(numbers, places):
    values = [n / 10**places for n in numbers]  # few decimals: mostly the fast path, near its limits
    assert notebook.float_strings(np.asarray(values, dtype="float64")).to_pylist() == _repr_or_none(values)


def _anon_mb() -> int:
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) // 1024
    raise AssertionError("no RssAnon")


def test_release_memory_gives_freed_heap_back_to_the_system():
    """Strings freed in the middle of the C heap stay resident until released: on glibc the release
    gives them back; elsewhere it says it could not."""
    import platform

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        assert notebook.release_memory() is False
        return
    notebook.release_memory()
    strings = [f"{i:08d}" * 128 for i in range(300_000)]  # ~300 MB of 1 KB strings, from the C heap
    survivor = f"{1:08d}" * 128  # allocated after them: the heap's top cannot simply shrink
    before = _anon_mb()
    del strings
    freed = _anon_mb()
    assert notebook.release_memory() is True
    after = _anon_mb()
    assert freed - after > 150, (before, freed, after)
    assert survivor


def test_release_memory_gives_back_what_arrow_freed():
    """Arrow's allocator keeps the pages of arrays it freed for its next ones: the release gives them
    back (the arrays' size, within a few MB)."""
    import platform

    import pyarrow as pa
    import pyarrow.compute as pc

    if platform.system() != "Linux":
        return
    pool = pa.default_memory_pool()
    notebook.release_memory()
    arrays = [pc.add(pa.array(np.arange(1_000_000, dtype=np.int64)), i) for i in range(40)]  # 320 MB
    assert pool.bytes_allocated() >= 300e6
    del arrays
    assert pool.bytes_allocated() < 20e6
    held = _anon_mb()
    notebook.release_memory()
    released = _anon_mb()
    assert held - released > 200, (pool.backend_name, held, released)


def test_cells_release_memory_in_a_kernel_registered_once(monkeypatch):
    """open_corpus in an IPython kernel releases memory after each cell, registering the hook once however
    often it is called; outside IPython it registers nothing."""
    import IPython

    registered = []

    class Events:
        def register(self, name, func):
            registered.append((name, func))

    class Shell:
        events = Events()

    shell = Shell()
    monkeypatch.setattr(IPython, "get_ipython", lambda: shell)
    notebook._release_after_cells()
    notebook._release_after_cells()
    assert [name for name, _ in registered] == ["post_run_cell"]
    calls = []
    monkeypatch.setattr(notebook, "release_memory", lambda: calls.append(1) or True)
    registered[0][1](None)
    assert calls == [1]
    monkeypatch.setattr(IPython, "get_ipython", lambda: None)
    registered.clear()
    notebook._release_after_cells()
    assert registered == []


def test_a_figure_shown_inline_is_drawn_only_to_make_its_picture():
    """In a kernel, a figure from presslens.plots is drawn as many times as saving its PNG takes (pyplot's
    own drawing after each cell, which the inline backend never shows, is switched off), and still shown."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3")

    def run(code: str) -> list[tuple[str, object]]:
        outs: list[tuple[str, object]] = []

        def hook(msg):
            content = msg["content"]
            if msg["msg_type"] in ("display_data", "execute_result"):
                outs.append((msg["msg_type"], sorted(content["data"])))
            elif msg["msg_type"] in ("stream", "error"):
                outs.append((msg["msg_type"], content.get("text") or content.get("evalue")))

        reply = kc.execute_interactive(code, output_hook=hook, timeout=120)
        assert reply["content"]["status"] == "ok", outs
        return outs

    try:
        run("import io, matplotlib.figure, pandas as pd, presslens.plots as P\n"
            "calls = []\n"
            "draw = matplotlib.figure.Figure.draw\n"
            "matplotlib.figure.Figure.draw = lambda self, renderer: calls.append(1) or draw(self, renderer)\n"
            "frame = pd.DataFrame({'published': ['2024-01-02', '2024-02-03', '']})")
        shown = run("P.publication_timeline(frame);")
        assert shown == [("display_data", ["image/png", "text/plain"])]
        (_, in_cell), = run("print(len(calls))")
        (_, saving), = run("calls.clear()\n"
                           "fig = P.publication_timeline(frame)\n"
                           "fig.savefig(io.BytesIO(), format='png', bbox_inches='tight')\n"
                           "P.plt.close(fig)\n"
                           "print(len(calls))")
        assert int(in_cell) == int(saving) > 0
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


# --- the date range of open_corpus / Corpus.between, and the report helpers ---


def test_corpus_between_parses_dates_in_every_accepted_form(seeds_corpus):
    # published: 2022-10-02, 2022-12-21T09:39, 2023-03-21T08:50, 2023-07-10, 2024-05-17
    def n(lo="", hi=""):
        return len(seeds_corpus.between(lo, hi))

    assert n("2023/01/01") == n("2023-01-01") == n("2023") == n("2023-1") == 3
    assert n("", "2023") == n("", "2023/12") == n("", "2023-12-31") == 4  # a year or month ends on its last day
    assert n("", "2023-03") == n("", "2023-03-21") == 3  # the day given holds a time of that day too
    assert n("2022-12", "2022-12") == 1
    import datetime as dt

    assert n(dt.date(2023, 1, 1)) == 3
    for bad in ("01.01.2023", "notadate", "2023-02-30", "2023-13", "23-01-01"):
        with pytest.raises(ValueError, match=r"date_from .*is not a date.*YYYY-MM-DD, YYYY/MM/DD, YYYY-MM"):
            seeds_corpus.between(bad)
    with pytest.raises(ValueError, match="date_to 'soon'"):
        seeds_corpus.between("", "soon")
    with pytest.raises(ValueError, match="after date_to"):
        seeds_corpus.between("2024", "2023")


def test_open_corpus_says_why_a_selection_is_empty(tmp_path):
    from presslens.notebook import open_corpus, selection_note

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    c = open_corpus(seeds, date_from="2030-01-01", progress=False)
    assert len(c) == 0
    assert selection_note(c) == ("Nothing to show: none of the 5 articles read was published on or after 2030-01-01 "
                                 "(date_from/date_to).")
    assert selection_note(open_corpus(seeds, progress=False)) == ""
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    assert "the article selected has no story text" in selection_note(open_corpus(tmp_path, progress=False))
    with pytest.raises(ValueError, match="'notadate'"):
        open_corpus(seeds, date_from="notadate", progress=False)


def test_report_tables_show_long_text_in_full_without_a_row_number_index():
    from presslens.notebook import plural, show

    long = "A sentence that goes on " + "and on " * 20 + "to its very end."
    df = pd.DataFrame({"article_id": ["a", "b"], "compound": [0.5, 1e-12], "text": [long, "short"]})
    html = show(df, full=["text"])._repr_html_()
    assert long in html and "…" not in html and "..." not in html
    assert "white-space: normal" in html and 'class="dataframe"' in html
    assert ">0<" not in html and ">1<" not in html  # no 0..n index
    assert "1e-12" in html  # small numbers keep their digits
    assert long in repr(show(df, full=["text"]))
    named = df.set_index("article_id")
    assert ">a<" in show(named)._repr_html_()  # a meaningful index is kept
    assert show(df.head(0), empty="") is None
    assert plural(1, "article") == "1 article" and plural(0, "article") == "0 articles"


def test_a_long_report_table_shows_its_first_and_last_rows_and_says_how_many_it_has():
    """As pandas shows a long table: a report of 20,000 articles lists ten of them (a page of 30 MB took
    minutes to render), and says that the CSV table holds every row; a table within display.max_rows is whole."""
    import re

    from presslens.notebook import show

    df = pd.DataFrame({"article_id": [f"a{i}" for i in range(20_000)], "title": ["A title"] * 20_000})
    page = show(df, full=["title"])._repr_html_()
    assert re.findall(r">(a\d+)<", page) == [f"a{i}" for i in (0, 1, 2, 3, 4, 19995, 19996, 19997, 19998, 19999)]
    assert "20,000 rows: the first 5 and the last 5 shown (the saved CSV table holds every row)" in page
    whole = show(df.head(60))._repr_html_()
    assert len(re.findall(r">(a\d+)<", whole)) == 60 and "rows:" not in whole
    with pd.option_context("display.max_rows", 100, "display.min_rows", 20):
        assert len(re.findall(r">(a\d+)<", show(df.head(150))._repr_html_())) == 20


def test_report_tables_write_dates_at_midnight_as_dates_or_months():
    """Mentions per month came out as "2022-10-01 00:00:00": period starts are dates, months are months; a time of
    day is kept where there is one, and the frame itself is not changed."""
    from presslens.notebook import show

    months = pd.DataFrame({"Xi Jinping": [2, 5]}, index=pd.DatetimeIndex(["2022-10-01", "2022-11-01"], name="period"))
    page = show(months, index=True)._repr_html_()
    assert ">2022-10<" in page and ">2022-11<" in page and "00:00" not in page
    days = pd.DataFrame({"day": pd.to_datetime(["2024-05-16", "2024-05-17"]), "n": [1, 2]})
    page = show(days)._repr_html_()
    assert ">2024-05-16<" in page and "00:00" not in page
    timed = pd.DataFrame({"n": [1, 2]}, index=pd.DatetimeIndex(["2024-05-16 10:30", "2024-05-17 00:00"]))
    assert "10:30:00" in show(timed, index=True)._repr_html_()
    assert isinstance(months.index, pd.DatetimeIndex) and days["day"].dtype.kind == "M"


def test_open_corpus_keeps_the_outlets_languages_and_keywords_asked_for_and_the_report_says_so(tmp_path):
    """A story inside a broader corpus: the notebooks' sources, languages and keywords parameters keep its articles,
    and the report says what it was made from (a shared report is read without its parameters)."""
    from presslens.notebook import open_corpus, selection_note, selection_summary

    folder = tmp_path / "news"
    folder.mkdir()
    story = {
        "a.txt": "Arctic route opens\nThe Moscow Times\nPublished May 16, 2024\n\nShips used the Northern Sea Route to "
                 "China.\n",
        "b.txt": "Trade talks\nReuters\nPublished May 17, 2024\n\nSanctioned banks have moved their trade with China to "
                 "the yuan, the bankers said on Friday.\n",
        "c.txt": "Грузы по Севморпути\n18 мая 2024\n\nСуда прошли по Северному морскому пути в Арктике.\n",
        "d.txt": "Summit ends\nReuters\nPublished May 18, 2024\n\nThe leaders met in Astana.\n",
    }
    for name, text in story.items():
        (folder / name).write_text(text, encoding="utf-8")
    every = open_corpus(folder)
    assert len(every.articles) == 4 and selection_summary(every) == ""
    assert sorted(every.articles["source"]) == ["", "Reuters", "Reuters", "The Moscow Times"]

    c = open_corpus(folder, keywords=["northern sea route", "Аркти*"])
    assert sorted(c.articles["article_id"]) == ["a", "c"]
    assert selection_summary(c) == ('Selected: 2 of the 4 articles read, mentioning "northern sea route" or '
                                    '"Аркти*" (2).')
    assert sorted(open_corpus(folder, keywords="sanction*").articles["article_id"]) == ["b"]  # one string: a list
    assert sorted(open_corpus(folder, keywords=["sanction"]).articles["article_id"]) == []  # whole words only
    c = open_corpus(folder, sources=[" reuters "], languages=["EN"], date_to="2024-05-17")
    assert list(c.articles["article_id"]) == ["b"]
    assert selection_summary(c) == ('Selected: 1 of the 4 articles read, published on or before 2024-05-17 (2); '
                                    'from "reuters" (1); in "EN" (1).')
    assert list(open_corpus(folder, languages=["ru"]).articles["article_id"]) == ["c"]
    assert len(c.sentences) and set(c.sentences["article_id"]) == {"b"}  # every table follows
    # nothing left: the note says which step left nothing, and what the corpus has instead
    none = open_corpus(folder, sources=["Xinhua"])
    assert selection_note(none) == ('Nothing to show: none of the 4 articles read is from "Xinhua" (sources); the '
                                    'corpus has "Reuters" (2), "The Moscow Times" (1), "(none)" (1).')
    later = open_corpus(folder, sources=["the moscow times"], keywords=["yuan"])
    assert selection_note(later) == ('Nothing to show: none of the 1 article selected so far mentions "yuan" '
                                     '(keywords).')


def test_keywords_are_whole_words_or_phrases_with_an_ending_wildcard():
    from presslens.corpus import keyword_pattern

    p = keyword_pattern(["Power of Siberia", "sanction*", "ЕАЭС"])
    assert p.search("the POWER OF\nSIBERIA pipeline") and p.search("new sanctions") and p.search("sanctioned banks")
    assert p.search("в рамках ЕАЭС.") and not p.search("Power of Siberians") and not p.search("desanctioned")
    assert keyword_pattern([]) is None and keyword_pattern(["", "  "]) is None
    # Russian е and ё alike, either way round (outlets differ); other letters still exact
    yo = keyword_pattern(["объём торговли", "Еще*"])
    assert yo.search("Объем торговли вырос") and yo.search("ОБЪЁМ ТОРГОВЛИ") and yo.search("ещё раз")
    assert not yo.search("объемы торговли") and not yo.search("объам торговли")
    for bad in (["*"], ["a*b"]):
        with pytest.raises(ValueError, match="a word or phrase"):
            keyword_pattern(bad)


def test_report_paths_are_relative_to_the_corpus(tmp_path):
    """The corpus report's problems table shows where each file is inside the corpus, not the reader's
    absolute path; a path outside the corpus (a folder beside it) and a missing one are shown as they are."""
    from presslens.notebook import relative_paths

    corpus = tmp_path / "mynews"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "press.csv").write_text("a\n")
    paths = pd.Series([f"{corpus}/a.txt", f"{corpus}/sub/b.txt", f"{corpus}/press.csv#row3",
                       f"{tmp_path}/mynews-old/c.txt", None, "relative.txt"])
    assert relative_paths(paths, corpus).tolist() == ["a.txt", "sub/b.txt", "press.csv#row3",
                                                      f"{tmp_path}/mynews-old/c.txt", "", "relative.txt"]
    assert relative_paths(paths, f"{corpus}/").tolist()[:2] == ["a.txt", "sub/b.txt"]
    assert relative_paths(paths.iloc[2:3], corpus / "press.csv").tolist() == ["press.csv#row3"]
    assert paths.iloc[0] == f"{corpus}/a.txt", "the table itself is unchanged"


def test_articles_dated_after_today_are_left_out_of_time_axis_charts_and_said_so():
    """A publication date after tomorrow (what the corpus flags as in the future, a day's leeway for time zones)
    would stretch a chart's time axis over empty years: such articles, and events only they report, are left
    out of the chart, and a line says how many. Tomorrow, today, partial dates and undated articles stay."""
    import datetime as dt

    from presslens import plots

    today = dt.date(2026, 12, 7)
    arts = pd.DataFrame({"article_id": list("abcdefg"),
                         "published": ["2023-05-10", "2026-12-08", "2026-12-09T01:00:00+03:00", "2032-03", "",
                                       "2026-12", None]})
    assert plots.future_dated(arts, today=today).tolist() == [False, False, True, True, False, False, False]
    kept, note = plots.without_future(arts, today=today)
    assert kept["article_id"].tolist() == ["a", "b", "e", "f", "g"]
    assert note == ("Left out of this chart: 2 articles dated after today (a date flagged as a problem in the corpus "
                    "report), which would stretch its time axis.")
    assert plots.without_future(arts.iloc[[0, 1, 4]], today=today)[1] == ""
    events = pd.DataFrame({"event_id": [1, 2, 3, 4], "article_ids": [["c"], ["a", "d"], ["c", "d"], []]})
    kept, note = plots.events_without_future(events, arts, today=today)
    assert kept["event_id"].tolist() == [2, 4], "an event a current article reports too stays"
    assert note.startswith("Left out of this chart: 2 events reported only in articles dated after today")
    kept, note = plots.events_without_future(events, arts.iloc[:2], today=today)
    assert kept is events and note == ""


def test_the_corpus_and_actors_reports_draw_no_future_dated_article(run_notebook, tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    for name, date in (("a", "2023-05-10"), ("b", "2023-06-12"), ("future", "2032-03-14")):
        (corpus / f"{name}.txt").write_text(f"date {date}\nTalks in Beijing\n\nXi Jinping met Vladimir Putin in "
                                            f"Beijing to discuss trade and the partnership of the two countries.\n")
    note = ("Left out of this chart: 1 article dated after today (a date flagged as a problem in the corpus report), "
            "which would stretch its time axis.")
    for name in ("corpus", "actors"):
        run = run_notebook(name, corpus=str(corpus))
        assert note in run.outputs_text(), name
        # the line is under its chart: the output before it is the figure
        outs = [o for c in run.nb.cells for o in c.get("outputs", [])]
        at = next(i for i, o in enumerate(outs) if note in str(o.get("data", {}).get("text/markdown", "")))
        assert "image/png" in outs[at - 1].get("data", {}), name
    shown = run.outputs_text()  # the actors report: its table of mentions per month ends in June 2023
    assert "2023-06" in shown and "2032" not in shown


def test_report_tables_give_raw_column_names_readable_headers_in_html_only():
    """A report's reader sees "mean tone (−1 to +1)", not mean_compound; the plain-text view and the frame (and so
    the saved CSV tables) keep the schema's names; a column wrapped in full keeps its style under its new name;
    a rename that would give two columns one name is not made; other names are left alone."""
    df = pd.DataFrame({"target": ["Xi Jinping"], "n_sentences": [3], "mean_compound": [0.25], "ci_low": [0.1],
                       "ci_high": [0.4], "n": [2]})
    html = notebook.show(df, full=["mean_compound"])._repr_html_()
    for header in ("mean tone (−1 to +1)", "95% interval: low", "95% interval: high", "sentences", ">n<", "target"):
        assert header in html, header
    assert "mean_compound" not in html and "n_sentences" not in html
    assert "min-width: 18em" in html, "the full column keeps its style"
    assert "mean_compound" in repr(notebook.show(df)) and list(df.columns)[2] == "mean_compound"
    clash = pd.DataFrame({"n_articles": [1], "articles": [2]})
    assert "n_articles" in notebook.show(clash)._repr_html_()


def test_problem_kinds_group_a_note_repeated_on_many_articles_apart_from_one_files_problem():
    """The corpus report sums the problems up by kind, so that one empty or binary file is seen among a note every
    article carries: quoted excerpts, numbers and dates are a note's particulars (one kind, its first article and
    note as the example); other wording, and digits inside a name ("UTF-8", "cp1251", "koi8-r"), make other kinds."""
    from presslens.corpus import problem_kinds

    noted = pd.DataFrame([
        ("a", "a.txt", "title guessed: the first short line without a final period"),
        ("b", "b.txt", "title guessed: the first short line without a final period"),
        ("b", "b.txt", "ambiguous numeric date '01/06/2024' read day first"),
        ("c", "t.csv#row2", "ambiguous numeric date '02/06/2024' read day first"),
        ("c", "t.csv#row2", "subheading guessed: 'Putin's visit'"),
        ("d", "d.txt", "subheading guessed: 'Trade in 2024'"),
        ("e", "e.txt", "empty file"),
        ("f", "f.txt", "not UTF-8: decoded as cp1251 (detected Cyrillic)"),
        ("g", "g.txt", "not UTF-8: decoded as koi8-r (detected Cyrillic)"),
        ("h", "h.txt", "publication date 2031-05-20 is in the future (today is 2026-12-07)"),
    ], columns=["article_id", "path", "problem"])
    kinds = problem_kinds(noted)
    assert kinds.columns.tolist() == ["kind", "articles", "path", "example"]
    rows = {k: (n, p, x) for k, n, p, x in kinds.itertuples(index=False)}
    assert rows == {
        "title guessed: the first short line without a final period": (2, "a.txt", ""),
        "ambiguous numeric date … read day first": (2, "b.txt", "ambiguous numeric date '01/06/2024' read day first"),
        "subheading guessed: …": (2, "t.csv#row2", "subheading guessed: 'Putin's visit'"),
        "empty file": (1, "e.txt", ""),
        "not UTF-8: decoded as cp1251 (detected Cyrillic)": (1, "f.txt", ""),
        "not UTF-8: decoded as koi8-r (detected Cyrillic)": (1, "g.txt", ""),
        "publication date … is in the future (today is …)":
            (1, "h.txt", "publication date 2031-05-20 is in the future (today is 2026-12-07)"),
    }
    assert kinds["articles"].tolist()[:3] == [2, 2, 2], "the kinds most articles note first"
    assert problem_kinds(noted.iloc[:0]).columns.tolist() == ["kind", "articles", "path", "example"]


def test_articles_without_story_text_are_listed_with_why():
    from presslens.corpus import without_text

    arts = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "path": ["a.txt", "b.txt", "c.jpg", "t.csv#row1"],
                         "text": ["Story.", "", "", ""],
                         "problems": [["title guessed: x"], ["empty file"], ["binary file, not text", "other"], []]})
    assert without_text(arts).values.tolist() == [["b", "b.txt", "empty file"],
                                                   ["c", "c.jpg", "binary file, not text; other"],
                                                   ["d", "t.csv#row1", "no story text found"]]


def test_the_corpus_report_names_the_files_without_story_text_before_the_parser_s_guesses(run_notebook, tmp_path):
    """A folder where every article has a guessed title and two files are unreadable: the report says first which
    articles have no story text and why, then the problems by kind; a folder of readable articles says nothing of
    the kind."""
    corpus = tmp_path / "news"
    corpus.mkdir()
    for i in range(4):
        (corpus / f"a{i}.txt").write_text(f"Talks in Beijing {i}\n\n2024-05-1{i}\n\nXi Jinping met Vladimir Putin in "
                                          "Beijing to discuss trade and the partnership of the two countries.\n")
    (corpus / "empty.txt").write_text("")
    (corpus / "photo.jpg").write_bytes(bytes(range(256)) * 8)
    shown = run_notebook("corpus", corpus=str(corpus)).outputs_text()
    head = "**2 articles without story text**, left out of every analysis:"
    assert head in shown
    after = shown[shown.index(head):]
    assert after.index("photo.jpg") < after.index("title guessed")
    assert "binary file, not text" in after[:after.index("title guessed")]
    (corpus / "empty.txt").unlink()
    (corpus / "photo.jpg").unlink()
    assert "without story text" not in run_notebook("corpus", corpus=str(corpus)).outputs_text()


def test_a_table_sets_its_words_left_and_its_numbers_as_they_were():
    import re

    from presslens.notebook import Table

    html = Table(pd.DataFrame({"title": ["A long title", "B"], "n": [1, 2]}))._repr_html_()
    style = html.split("</style>")[0]
    assert re.search(r"th\.col_heading\.col0 \{\s*text-align: left;", style)  # the header over the words
    assert re.search(r"_row0_col0, #T_\w+_row1_col0 \{\s*text-align: left;", style)  # and their cells
    assert "col1" not in style  # the numbers' column keeps the page's alignment


def test_report_tables_show_numbers_to_the_digits_a_reader_compares():
    """A report's table showed tones and shares to six digits ("0.0839034", "-0.00972301") and keyness to seven
    ("1523.67"); they are shown to three significant digits below 1, four below 1,000 and whole above, the frame
    (and so the CSV table) keeping every digit; a missing value is an empty cell."""
    df = pd.DataFrame({"target": ["Xi Jinping", "Putin", "NATO"], "mean_compound": [0.0839034, -0.00972301, None],
                       "g2": [1523.6712, 12.34567, 123456789.25], "share": [0.5, 1.0, 0.0]})
    html = notebook.show(df)._repr_html_()
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", html)
    assert cells == ["Xi Jinping", "0.0839", "1,524", "0.5", "Putin", "-0.00972", "12.35", "1", "NATO", "",
                     "123,456,789", "0"]
    assert df.loc[0, "mean_compound"] == 0.0839034  # the frame is unchanged
    assert "0.083903" in repr(notebook.show(df))  # the plain-text view is pandas' own, as before
    assert notebook.shown_number(float("nan")) == "" and notebook.shown_number(2.5e-7) == "2.5e-07"


def test_list_columns_are_joined_through_str_as_before_whatever_their_items(tmp_path):
    """schema.to_csv_frame joins lists of strings as they are, and a column holding any other item (numbers,
    None, mixed) through ``str``, item by item as before; values that are no list are left as they are, and
    the table given is not changed."""
    from presslens import schema

    df = pd.DataFrame({"actors": [["Xi", "Putin"], [], ("NATO", "EU"), None, "plain", ["ё", "z"]],
                       "article_ids": [[1, 2], ["a"], [None], [], [1.5], ["x", 3]],
                       "n": range(6)})
    before = df.copy()
    out = schema.to_csv_frame(df)
    assert out["actors"].tolist()[:3] == ["Xi | Putin", "", "NATO | EU"] and out["actors"].tolist()[4:] == ["plain", "ё | z"]
    assert pd.isna(out["actors"][3])
    assert out["article_ids"].tolist() == ["1 | 2", "a", "None", "", "1.5", "x | 3"]
    assert out["n"].tolist() == list(range(6)) and df.equals(before)
    save_table(df, "t", tmp_path)
    assert (tmp_path / "t.csv").read_text() == out.to_csv(index=False)
