"""What the notebooks call: open the corpus named by their parameters, save the tables they show."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from . import schema
from .bounds import NOTHING_TO_SHOW
from .cache import cached_corpus
from .corpus import Corpus
from .memory import release_memory


def open_corpus(corpus: str | Path, *, date_from: str = "", date_to: str = "", drop_duplicates: bool = False,
                sources=(), languages=(), keywords=(), progress: bool | None = None, engine: str = "local",
                workers: int | None = 0, scheduler: str | None = "") -> Corpus:
    """The parsed corpus at ``corpus`` (folder, file, table or saved corpus), cached when
    ``PRESSLENS_CACHE_DIR`` is set, limited to the articles published in ``[date_from, date_to]`` when either is
    given, from the outlets named in ``sources`` (:meth:`Corpus.from_sources`), in ``languages``
    (:meth:`Corpus.in_languages`) and holding one of ``keywords`` (:meth:`Corpus.mentioning`) when these are
    given, and without flagged duplicates when ``drop_duplicates``. What was selected, and how many articles each
    step kept, is in ``c.selection`` (:func:`selection_summary`, :func:`selection_note`).

    ``engine`` (local or dask), ``workers`` (0: every core) and ``scheduler`` (a Dask scheduler address,
    empty for a LocalCluster) say where parsing runs; left at these defaults they follow
    PRESSLENS_ENGINE/WORKERS/SCHEDULER (see :func:`presslens.cache.engine_options`).

    Returns a :class:`~presslens.corpus.Corpus` with the columns :func:`presslens.corpus.read_corpus` gives:
    ``articles`` (article_id, path, published, modified, title, section, lede, source, url, authors, agencies,
    captions, subheadings, text, n_words, n_sentences, language, problems, duplicate_of), ``sentences``
    (article_id, sentence_no, paragraph_no, start, end, text), ``segments`` (article_id, kind, start, end, text)
    and ``repairs`` (article_id, start, end, raw, repaired, rule), each holding the selected articles only."""
    _release_after_cells()
    sources, languages, keywords = (_listed(v) for v in (sources, languages, keywords))
    c = cached_corpus(corpus, progress=progress, engine=engine, workers=workers, scheduler=scheduler)
    pub = c.articles["published"].fillna("").astype(str)
    selection = {"corpus": str(corpus), "n_read": len(c.articles), "n_dated": int((pub != "").sum()),
                 "steps": [], "n_duplicates": 0}
    if date_from or date_to:
        c = c.between(date_from, date_to)
        selection["steps"].append(("dates", _range_words(date_from, date_to), len(c.articles)))
    if sources:
        before, c = c, c.from_sources(sources)
        selection["steps"].append(("sources", sources, len(c.articles)))
        selection["known_sources"] = _most_common(before.articles["source"])
    if languages:
        before, c = c, c.in_languages(languages)
        selection["steps"].append(("languages", languages, len(c.articles)))
        selection["known_languages"] = _most_common(before.articles["language"])
    if keywords:
        c = c.mentioning(keywords)
        selection["steps"].append(("keywords", keywords, len(c.articles)))
    if drop_duplicates:
        n = len(c.articles)
        c = c.without_duplicates()
        selection["n_duplicates"] = n - len(c.articles)
    c.selection = selection
    return c


def _listed(value) -> list[str]:
    """A list parameter's value as a list of strings: a single string is a list of one (``sources="TASS"``)."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    return [" ".join(str(v).split()) for v in value if str(v).strip()]


def _most_common(column: pd.Series, n: int = 8) -> list[tuple[str, int]]:
    counts = column.fillna("").astype(str).replace("", "(none)").value_counts()
    return [(str(k), int(v)) for k, v in counts.head(n).items()]


def _range_words(date_from: str, date_to: str) -> str:
    if date_from and date_to:
        return f"between {date_from} and {date_to}"
    return f"on or after {date_from}" if date_from else f"on or before {date_to}"


def _either(values: list[str], word: str = "or") -> str:
    quoted = [f'"{v}"' for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" {word} " + quoted[-1]


_STEP_WORDS = {  # a selection step as a phrase (the summary) and as what the articles left out are not (the note)
    "dates": (lambda v: f"published {v}", lambda v: f"was published {v}"),
    "sources": (lambda v: f"from {_either(v)}", lambda v: f"is from {_either(v)}"),
    "languages": (lambda v: f"in {_either(v)}", lambda v: f"is in {_either(v)}"),
    "keywords": (lambda v: f"mentioning {_either(v)}", lambda v: f"mentions {_either(v)}"),
}
_STEP_PARAMETERS = {"dates": "date_from/date_to", "sources": "sources", "languages": "languages",
                    "keywords": "keywords"}


def selection_summary(c: Corpus) -> str:
    """What part of the corpus ``c`` (from :func:`open_corpus`) is, in a sentence for the report, so that a report
    read without its parameters says it ("12 of the 240 articles read: published between 2023-01-01 and
    2023-12-31 (180), from "TASS" (40), mentioning "Arctic" (12)."); '' when every article read was kept."""
    sel = getattr(c, "selection", None)
    if not sel or (not sel.get("steps") and not sel.get("n_duplicates")):
        return ""
    steps = [f"{_STEP_WORDS[kind][0](value)} ({n:,})" for kind, value, n in sel["steps"]]
    if sel.get("n_duplicates"):
        steps.append(f"without {sel['n_duplicates']:,} duplicate(s) of an earlier article")
    return f"Selected: {len(c.articles):,} of the {sel['n_read']:,} articles read, " + "; ".join(steps) + "."


def selection_note(c: Corpus) -> str:
    """Why ``c`` (from :func:`open_corpus`) holds no article, or no story text, in a sentence for the report;
    '' when it holds some."""
    sel = getattr(c, "selection", None) or {"corpus": "the corpus", "n_read": len(c.articles), "n_dated": 0,
                                            "steps": [], "n_duplicates": 0}
    if len(c.articles) == 0:
        if sel["n_read"] == 0:
            return f"{NOTHING_TO_SHOW}no article was found in {sel['corpus']}."
        left = sel["n_read"]
        for kind, value, n in sel.get("steps", []):
            if n == 0:
                what = _STEP_WORDS[kind][1](value)
                note = (f"{NOTHING_TO_SHOW}none of the {left:,} {'articles' if left != 1 else 'article'} "
                        f"{'read' if left == sel['n_read'] else 'selected so far'} {what} ({_STEP_PARAMETERS[kind]})")
                if kind == "dates":
                    undated = sel["n_read"] - sel["n_dated"]
                    return note + (f"; {undated} of them have no publication date and are left out by a date range."
                                   if undated and left == sel["n_read"] else ".")
                known = sel.get(f"known_{kind}")
                if known:
                    return note + "; the corpus has " + ", ".join(f'"{k}" ({v:,})' for k, v in known) + "."
                return note + "."
            left = n
        return (f"{NOTHING_TO_SHOW}all {left:,} articles selected are duplicates of an earlier one "
                f"(drop_duplicates).")
    if (c.articles["text"].fillna("") == "").all():
        n = len(c.articles)
        return (f"{NOTHING_TO_SHOW}{'the article selected has' if n == 1 else f'the {n} articles selected have'} "
                f"no story text (an empty file, or one that could not be read: see the problems in the corpus "
                f"report).")
    return ""


def say(text: str) -> None:
    """Show ``text`` in the report as a paragraph (Markdown), not as a quoted string."""
    from IPython.display import Markdown, display

    display(Markdown(text))


# Column names of the analyses' tables as a report's reader reads them, in the HTML a report shows; the saved
# CSV tables and the plain-text view keep the names of presslens.schema (which the notebooks' code uses).
HEADERS = {
    "mean_compound": "mean tone (−1 to +1)", "ci_low": "95% interval: low", "ci_high": "95% interval: high",
    "share_positive": "share positive", "share_neutral": "share neutral", "share_negative": "share negative",
    "per_10k": "per 10,000 words", "tf_idf": "tf-idf", "lag_days": "days to first report",
    "n_sentences": "sentences", "n_articles": "articles", "n_mentions": "mentions",
}


def readable_headers(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the columns named in :data:`HEADERS` renamed for readers; as it is when that would give two
    columns one name."""
    renamed = df.rename(columns=HEADERS)
    return renamed if renamed.columns.is_unique else df


def note_under(fig, note: str) -> None:
    """Show the figure ``fig`` now with ``note`` under it: a figure left to the inline backend is drawn only when
    its cell ends, after everything the cell said. Without a note, the figure is left to be drawn as usual."""
    if not note:
        return
    import matplotlib.pyplot as plt
    from IPython.display import display

    display(fig)
    plt.close(fig)
    say(note)


class Table:
    """A table as a report shows it: the columns named in ``full`` in full, wrapped (not cut at pandas'
    50 characters), no index when it is only the row numbers, and headers readers can read (:data:`HEADERS`). The HTML comes from pandas' Styler;
    the plain text (what a terminal or a test reads) from ``to_string``."""

    def __init__(self, df: pd.DataFrame, *, full=(), index: bool | None = None):
        self.df = df
        self.full = [c for c in full if c in df.columns]
        self.index = index if index is not None else not _plain_index(df)

    def _shown(self) -> tuple[pd.DataFrame, str]:
        """The rows shown, and a caption when they are not all: as pandas shows a long table, its first and last
        ``display.min_rows`` rows once it has more than ``display.max_rows`` (a report of 20,000 articles lists
        ten of them, not a 30 MB page)."""
        df, limit = self.df, pd.get_option("display.max_rows")
        if not limit or len(df) <= limit:
            return df, ""
        k = max(2, min(limit, pd.get_option("display.min_rows") or 10))
        shown = pd.concat([df.head(k // 2), df.tail(k - k // 2)])
        return shown, (f"{len(df):,} rows: the first {k // 2} and the last {k - k // 2} shown "
                       f"(the saved CSV table holds every row)")

    def _repr_html_(self) -> str:
        df, caption = self._shown()
        df = readable_headers(_readable_dates(df))
        full = [c for c in (HEADERS.get(c, c) for c in self.full) if c in df.columns]
        styler = df.style.set_table_attributes('class="dataframe"')
        if caption:
            styler = styler.set_caption(caption)
        if not self.index:
            styler = styler.hide(axis="index")
        numbers = df.select_dtypes("float").columns
        if len(numbers):
            styler = styler.format(shown_number, subset=list(numbers))
        # words read from the left, as numbers from the right (notebook and report styles set every cell right)
        words = [c for c in df.columns if pd.api.types.is_string_dtype(df[c].dtype)]  # (object columns too)
        if words:
            styler = styler.set_properties(subset=words, **{"text-align": "left"}).set_table_styles(
                [{"selector": f"th.col_heading.col{df.columns.get_loc(c)}", "props": "text-align: left"}
                 for c in words if isinstance(df.columns.get_loc(c), int)], overwrite=False)
        if full:
            styler = styler.set_properties(subset=full, **{
                "white-space": "normal", "text-align": "left", "min-width": "18em", "max-width": "48em",
                "overflow-wrap": "anywhere"})
        with pd.option_context("styler.render.max_elements", max(262144, df.size + 1)):
            return styler.to_html()

    def __repr__(self) -> str:
        with pd.option_context("display.max_colwidth", None, "display.width", 250):
            return self.df.to_string(index=self.index, max_rows=200)


def shown_number(v: float) -> str:
    """A float as a report's table shows it, to the digits a reader compares (the CSV tables keep every digit):
    three significant digits below 1 (a tone of 0.0839, a share of 0.182, -0.00972), four up to 1,000 (12.35,
    123.5), whole with thousands apart above (keyness 1,524); '' for a missing value."""
    if pd.isna(v):
        return ""
    size = abs(v)
    if size >= 1000 and size < 1e15:
        return f"{v:,.0f}"
    return f"{v:.4g}" if size >= 1 else f"{v:.3g}"


def _date_labels(values: pd.DatetimeIndex) -> pd.Index | None:
    """Dates without a time of day written as dates: "2022-10-01" for "2022-10-01 00:00:00", and "2022-10" when
    every one is a month's first day (months); None when some have a time of day (or a time zone)."""
    if values.tz is not None or len(values) == 0:
        return None
    known = values[~values.isna()]
    if len(known) == 0 or not (known.normalize() == known).all():
        return None
    fmt = "%Y-%m" if (known.day == 1).all() and len(known) > 1 else "%Y-%m-%d"
    return pd.Index([("" if pd.isna(v) else v.strftime(fmt)) for v in values], name=values.name)


def _readable_dates(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with an index or columns of dates at midnight (period starts: :func:`presslens.actors.mentions_over_time`)
    written as dates or months, not as "2022-10-01 00:00:00"; the frame itself unchanged."""
    out = df
    if isinstance(df.index, pd.DatetimeIndex) and (labels := _date_labels(df.index)) is not None:
        out = out.set_axis(labels, axis=0)
    for i in range(df.shape[1]):
        col = df.iloc[:, i]
        if pd.api.types.is_datetime64_dtype(col.dtype) and (labels := _date_labels(pd.DatetimeIndex(col))) is not None:
            out = out.copy() if out is df else out
            out.isetitem(i, labels.to_numpy())
    return out


def _plain_index(df: pd.DataFrame) -> bool:
    """Is ``df``'s index only its row numbers (0, 1, 2 ... or any unnamed integer range)?"""
    idx = df.index
    return idx.name is None and not isinstance(idx, pd.MultiIndex) and pd.api.types.is_integer_dtype(idx.dtype)


def show(df: pd.DataFrame, *, full=(), index: bool | None = None, empty: str | None = None):
    """``df`` for the report (a :class:`Table`). With ``empty`` given and no row, that sentence is said
    instead ('' says nothing) and None returned, so the cell shows no empty table."""
    if empty is not None and len(df) == 0:
        if empty:
            say(empty)
        return None
    return Table(df, full=full, index=index)


def relative_paths(paths: pd.Series, corpus: str | Path) -> pd.Series:
    """``paths`` (the articles' ``path`` column) as a shared report shows them: relative to the corpus folder
    ("sub/a.txt", "press.csv#row3"), or the file's name when the corpus is one file; a path elsewhere as it is.
    The saved tables keep the full paths."""
    root = Path(corpus).expanduser().resolve()
    prefix = str(root if root.is_dir() else root.parent).rstrip("/") + "/"
    text = paths.fillna("").astype(str)
    inside = text.str.startswith(prefix)
    return text.where(~inside, text.str.slice(len(prefix)))


def plural(n: int, word: str, words: str | None = None) -> str:
    """'1 article', '2 articles' (``words`` for an irregular plural)."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def _release_after_cells() -> None:
    """In an IPython kernel, :func:`release_memory` after each cell (registered once)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or getattr(shell, "_presslens_release", False):
        return
    shell.events.register("post_run_cell", lambda result: release_memory())
    shell._presslens_release = True


def save_table(df: pd.DataFrame, name: str, tables_dir: str | Path | None) -> Path | None:
    """Write ``df`` as ``<tables_dir>/<name>.csv`` (list columns joined by ' | '); no-op without a folder.

    A name defined in :mod:`presslens.schema` is checked against its columns first. The CSV holds ``df``'s
    columns, in its order, without the index. Returns the file written, or None without a folder.
    """
    if not tables_dir:
        return None
    if name in schema.TABLES:
        schema.check(df, name)
    d = Path(tables_dir)
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"{name}.csv"
    write_csv(schema.to_csv_frame(df, name if name in schema.TABLES else None), path)
    return path


_FAST_ROWS, _FAST_BYTES = 5_000, 1 << 20  # below both, pandas' writer is as quick
# Rows are formatted a chunk at a time: its column strings and lines are held at once (2-3x the chunk's
# CSV bytes), so a chunk is cut to about _CHUNK_BYTES of CSV, from the bytes per row of the chunks before
# (the first is _FIRST_ROWS rows): a table of long rows (articles with their text) is not made whole.
_CHUNK_BYTES = 16 << 20
_FIRST_ROWS, _MIN_ROWS, _CHUNK_ROWS = 1024, 1024, 200_000


def write_csv(df: pd.DataFrame, path: str | Path) -> None:
    """Write ``df`` to ``path`` as ``df.to_csv(path, index=False)`` would, byte for byte.

    Tables of integer (nullable ones too), float, boolean and string columns (the analyses' tables) are
    formatted column by column with Arrow compute functions, 10-15x less CPU than pandas' row writer on a
    500k-row table; any other column type, or a table too small for it to matter, goes through pandas.
    """
    small = len(df) < _FAST_ROWS and int(df.memory_usage(index=False, deep=True).sum()) < _FAST_BYTES
    columns = None if small or df.shape[1] < 2 else _csv_columns(df.iloc[:0])
    if columns is None:
        df.to_csv(path, index=False)
        return
    import csv
    import io

    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow([str(c) for c in df.columns])
    with open(path, "wb") as f:
        f.write(header.getvalue().encode())
        lo, rows, written = 0, _FIRST_ROWS, 0
        while lo < len(df):
            hi = min(len(df), lo + rows)
            lines = _csv_rows(df.iloc[lo:hi], columns)  # a view of Arrow's buffer, written as it is
            f.write(lines)
            written += len(lines)
            del lines
            lo = hi
            rows = max(_MIN_ROWS, min(_CHUNK_ROWS, _CHUNK_BYTES * lo // max(1, written)))


def _csv_columns(empty: pd.DataFrame) -> list[str] | None:
    """Each column's formatting kind (int, float, bool, str), or None when one has another type or the
    labels are not distinct strings (pandas writes tuples as header rows, a missing label as nothing)."""
    labels = empty.columns
    if isinstance(labels, pd.MultiIndex) or not labels.is_unique or not all(isinstance(c, str) for c in labels):
        return None
    kinds = []
    for name in empty.columns:
        dtype = empty[name].dtype
        if isinstance(dtype, pd.StringDtype):
            kinds.append("str")
        elif dtype is np.dtype(object):
            kinds.append("object")
        elif dtype.kind in "iu" and isinstance(dtype, np.dtype):
            kinds.append("int")
        elif isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in "iu":  # Int64: <NA> as nothing
            kinds.append("nullable int")
        elif dtype == np.float64:
            kinds.append("float")
        elif dtype.kind == "b" and isinstance(dtype, np.dtype):
            kinds.append("bool")
        else:
            return None
    return kinds


def _csv_rows(df: pd.DataFrame, kinds: list[str]) -> bytes | memoryview:
    """The CSV lines of ``df`` (no header), each ending in a newline, quoted like Python's csv module
    (QUOTE_MINIMAL with a newline line terminator: fields holding a comma, a quote or a newline); bytes, or
    a view of the bytes in Arrow's buffer. ``kinds``: its columns' :func:`_csv_columns`."""
    import pyarrow as pa
    import pyarrow.compute as pc

    fields = []
    for name, kind in zip(df.columns, kinds, strict=True):
        values = df[name]
        if kind == "int":
            arr = pc.cast(pa.array(values.to_numpy()), pa.large_string())
        elif kind == "nullable int":
            missing = values.isna().to_numpy()
            arr = pc.cast(pa.array(values.to_numpy(dtype=values.dtype.numpy_dtype, na_value=0), mask=missing),
                          pa.large_string())
        elif kind == "float":
            arr = float_strings(values.to_numpy())
        elif kind == "bool":
            arr = pc.if_else(pa.array(values.to_numpy()), pa.scalar("True", pa.large_string()),
                             pa.scalar("False", pa.large_string()))
        else:
            if kind == "object" and pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
                return _pandas_rows(df)
            if kind == "str" and values.dtype.storage == "pyarrow":  # the Arrow strings themselves, no copy
                arr = pa.chunked_array(values.array._pa_array).cast(pa.large_string())
            else:
                arr = pa.array(values.to_numpy(dtype=object, na_value=None), type=pa.large_string(), from_pandas=True)
            arr = _csv_quoted(arr)
        fields.append(pc.fill_null(arr, pa.scalar("", pa.large_string())))
    # the newline goes on the last field (mostly a short number), so the lines are joined in one pass
    fields[-1] = pc.binary_join_element_wise(fields[-1], pa.scalar("\n", pa.large_string()),
                                             pa.scalar("", pa.large_string()))
    lines = pc.binary_join_element_wise(*fields, pa.scalar(",", pa.large_string())) if len(fields) > 1 else fields[0]
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    if not len(lines):
        return b""
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64)[lines.offset:lines.offset + len(lines) + 1]
    return memoryview(lines.buffers()[2])[int(offsets[0]):int(offsets[-1])]


def _csv_quoted(arr):
    """The strings of ``arr`` (large_string) as the csv module writes them (QUOTE_MINIMAL): in double
    quotes, inner quotes doubled, when they hold a comma, a quote or a newline. A column of few distinct
    values (article ids, actors, kinds: judged by the first 8,192 rows, in which a quarter at most are
    distinct; a longer sample cost a column of sentences more hashing than quoting it) is quoted through
    its dictionary and taken back: one hashing pass instead of four over every value. A column with none
    of the three characters anywhere is returned as it is, before any of this."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not _may_need_quotes(arr):  # most columns (ids, names, kinds, dates): no per-value pass at all
        return arr
    if len(arr) >= 1024:
        head = arr.slice(0, 8192)
        if 4 * pc.count_distinct(head, mode="all").as_py() <= len(head):
            if isinstance(arr, pa.ChunkedArray):
                arr = arr.combine_chunks()
            enc = pc.dictionary_encode(arr)
            return pc.take(_csv_quoted(enc.dictionary), enc.indices)
    needs = pc.match_substring_regex(arr, '[,"\n]')
    if not pc.any(needs).as_py():
        return arr
    quote = pa.scalar('"', pa.large_string())
    quoted = pc.binary_join_element_wise(quote, pc.replace_substring(arr, '"', '""'), quote,
                                         pa.scalar("", pa.large_string()))
    return pc.if_else(needs, quoted, arr)


def _may_need_quotes(arr) -> bool:
    """Whether the UTF-8 bytes of ``arr``'s values (large_string) hold a comma, a quote or a newline: one
    byte search over each chunk's values, an eighth of the cost of matching value by value, or less. Those
    three are ASCII, so they never occur inside another character's bytes; the bytes searched are those
    between the first and last value's offsets (a slice's own), so a true answer may come from a null's
    bytes alone, and only costs the value-by-value pass it would have had anyway."""
    chunks = arr.chunks if hasattr(arr, "chunks") else [arr]
    for chunk in chunks:
        if not len(chunk):
            continue
        _, offsets, data = chunk.buffers()[:3]
        if offsets is None or data is None:
            return True  # (not a string array's buffers: the value-by-value pass decides)
        ends = np.frombuffer(offsets, dtype=np.int64)[[chunk.offset, chunk.offset + len(chunk)]]
        values = memoryview(data)[int(ends[0]):int(ends[1])].tobytes()
        if b"," in values or b'"' in values or b"\n" in values:
            return True
    return False


# Doubles from 1e-4 up to 1e9 (and zeros) Arrow writes as ``repr`` does, save integral values' ".0": both
# write the shortest decimal that reads back as the value (the nearest of several), and neither uses an
# exponent there (repr from 1e16 and below 1e-4; Arrow's cast only further out).
_PLAIN_LOW, _PLAIN_HIGH = 1e-4, 1e9


def float_strings(a: np.ndarray):
    """``a`` (float64) as the strings pandas writes: Python's ``repr`` of each value (the shortest string
    that reads back as it, which is also numpy's ``str``), NaN as null, in an Arrow large_string array.

    Values of magnitude 1e-4 to 1e9 (and zeros), which are what the analyses write (scores, shares,
    counts, statistics), are cast by Arrow, which writes there what ``repr`` writes ("0.1", "-0.4768",
    "0.30000000000000004") but for the ".0" of integral values, added; the others (exponents,
    infinities) go through ``repr`` one by one. Tested equal to ``repr`` on random bit patterns of the
    range and at its edges."""
    import pyarrow as pa
    import pyarrow.compute as pc

    a = np.asarray(a, dtype="float64")
    nan = np.isnan(a)
    with np.errstate(invalid="ignore"):
        mag = np.abs(a)
        plain = ((mag >= _PLAIN_LOW) & (mag < _PLAIN_HIGH)) | (a == 0)
    at = np.flatnonzero(plain)
    text = pa.large_string()
    cast = None
    if len(at):
        values = a if len(at) == len(a) else a[at]
        cast = pc.cast(pa.array(values), text)
        integral = np.floor(values) == values
        if integral.any():
            cast = pc.if_else(pa.array(integral),
                              pc.binary_join_element_wise(cast, pa.scalar(".0", text), pa.scalar("", text)), cast)
        if len(at) == len(a):
            return cast
        if len(at) + int(nan.sum()) == len(a):  # the usual case: the rest are NaN
            return pc.take(cast, pa.array(np.cumsum(plain) - 1, mask=~plain))
    out = np.empty(len(a), dtype=object)
    slow = np.flatnonzero(~plain & ~nan)
    if len(slow):
        out[slow] = list(map(repr, a[slow].tolist()))
    if cast is not None:
        out[at] = cast.to_numpy(zero_copy_only=False)
    return pa.array(out, type=text, mask=nan)


def _pandas_rows(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False, header=False, lineterminator="\n").encode()
