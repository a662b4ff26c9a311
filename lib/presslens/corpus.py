"""A corpus: the parsed articles as four named tables (articles, sentences, segments, repairs).

>>> corpus = read_corpus("seeds")                       # doctest: +SKIP
>>> corpus.articles[["article_id", "published", "title"]]  # doctest: +SKIP
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import schema
from .bounds import parse_date_bound
from .language import detect_language
from .memory import release_memory
from .pipeline import KEY, Stage, Store, content_key, run_stage, source_version
from .progress import progress_bar
from .reading import SAVED_CORPUS_MARKER, CorpusError, Document, iter_documents

if TYPE_CHECKING:
    from .parsing import ParsedArticle

TABLE_NAMES = ("articles", "sentences", "segments", "repairs")
MARKER = SAVED_CORPUS_MARKER
NAMED_WITHOUT_TEXT = 10  # articles without story text named with the counts (a run's log); the corpus report lists all

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def count_words(text: str) -> int:
    """Words in ``text``: runs of letters/digits, with inner apostrophes and hyphens (don't, Sino-Russian)."""
    return len(_WORD.findall(text))


def count_words_many(texts: list[str]) -> list[int]:
    """:func:`count_words` of each of ``texts``, the same numbers, for a chunk of texts at once. A word of
    :data:`_WORD` is a run of word characters with the runs joined to it by one apostrophe or hyphen each, so
    a text's words are its runs less its joins (U+0027, U+2019 or U+002D between two word characters), both
    found in one array of the chunk's characters (:class:`presslens.words.WordRuns`): the regex engine's
    step per character and the list of words that :func:`count_words` makes cost six times as much."""
    from .words import WordRuns

    runs = WordRuns(texts)
    cp, word = runs.cp, runs.word
    # a joiner between two word characters (one first in the array is checked against the last character, a
    # separator: not joined; the last is a separator, so a joiner has a character after it)
    joins = np.flatnonzero((cp == 0x2D) | (cp == 0x27) | (cp == 0x2019))
    joins = joins[word[joins - 1] & word[joins + 1]]
    return (runs.per_text(np.flatnonzero(runs.starts)) - runs.per_text(joins)).tolist()


def keyword_pattern(keywords: Iterable[str]) -> re.Pattern | None:
    """One pattern finding any of ``keywords``: each a word or a phrase matched whole (not inside a longer word),
    case ignored, any run of spaces between its words, Russian е and ё alike (outlets print "объем" or
    "объём", as the terms analysis counts them, see :func:`presslens.tokens.fold`); a trailing ``*`` matches
    any ending ("sanction*": sanctions, sanctioned; "Аркти*": Арктика, Арктике). None when no keyword is
    given. A keyword that is only "*" or space raises ValueError."""
    parts = []
    for raw in keywords:
        k = " ".join(str(raw).split())
        if not k:
            continue
        stem, star = (k[:-1].rstrip(), True) if k.endswith("*") else (k, False)
        if not stem or "*" in stem:
            raise ValueError(f"keyword {raw!r}: a word or phrase, with at most a '*' at its end")
        body = r"\s+".join(re.escape(w) for w in stem.split(" "))
        if "е" in body or "ё" in body or "Е" in body or "Ё" in body:
            body = re.sub("[еёЕЁ]", "[её]", body)  # case is ignored: [её] matches Е and Ё too
        parts.append(body + (r"\w*" if star else ""))
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


@dataclass
class Corpus:
    """The parsed corpus: four tables, whose columns (with their meanings) are defined in :mod:`presslens.schema`.

    ``articles``, one row per article: article_id, path, published, modified, title, section, lede, source,
    url, authors, agencies, captions, subheadings, text, n_words, n_sentences, language, problems,
    duplicate_of.
    ``sentences``, one row per sentence of the story text: article_id, sentence_no, paragraph_no, start, end,
    text.
    ``segments``, the source of each article cut into consecutive pieces: article_id, kind, start, end, text.
    ``repairs``, one row per glued word repaired: article_id, start, end, raw, repaired, rule.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    segments: pd.DataFrame
    repairs: pd.DataFrame

    def tables(self) -> dict[str, pd.DataFrame]:
        """The four tables by name: ``{"articles": ..., "sentences": ..., "segments": ..., "repairs": ...}``."""
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def __len__(self) -> int:
        return len(self.articles)

    def select(self, article_ids: Iterable[str]) -> Corpus:
        """A new corpus with only the given articles (all four tables filtered)."""
        keep = set(article_ids)
        return Corpus(**{n: t[t["article_id"].isin(keep)].reset_index(drop=True) for n, t in self.tables().items()})

    def between(self, date_from: str = "", date_to: str = "", *, keep_undated: bool = False) -> Corpus:
        """Articles published in ``[date_from, date_to]``; '' (or None) leaves that side open.

        A bound is a date as YYYY-MM-DD, YYYY/MM/DD, YYYY-MM (YYYY/MM) or YYYY (a ``datetime.date`` too):
        a month or a year as ``date_from`` starts on its first day, as ``date_to`` ends on its last
        ('2023' keeps all of 2023 as an upper bound). Anything else raises ValueError naming the value and
        the accepted forms. Undated articles are left out when a bound is given, unless ``keep_undated``.
        """
        lo = parse_date_bound(date_from, end=False, name="date_from")
        hi = parse_date_bound(date_to, end=True, name="date_to")
        if lo and hi and lo > hi:
            raise ValueError(f"date_from {date_from!r} is after date_to {date_to!r}: no article can be in between")
        pub = self.articles["published"].fillna("").astype(str)
        day = pub.str.slice(0, 10)
        ok = pd.Series(True, index=self.articles.index)
        if lo:
            ok &= day >= lo
        if hi:
            ok &= day <= hi
        if keep_undated:
            ok |= pub == ""
        elif lo or hi:
            ok &= pub != ""
        return self.select(self.articles.loc[ok, "article_id"])

    def from_sources(self, sources: Iterable[str]) -> Corpus:
        """Articles whose ``source`` (the outlet) is one of ``sources``, compared ignoring case and surrounding
        space; a known outlet's variant or abbreviation (data/outlets.txt: "TASS", "SCMP") also selects the names the
        source column gives it ("ТАСС", and "TASS" over its English copies; "South China Morning Post"); an empty list
        keeps every article."""
        from .parsing import _outlet_key, _outlet_lines

        wanted = {" ".join(str(s).split()).casefold() for s in sources if str(s).strip()}
        if not wanted:
            return self
        lines = _outlet_lines()
        wanted |= {n.casefold() for s in sources for n in lines.get(_outlet_key(str(s)), ())}
        have = self.articles["source"].fillna("").astype(str).map(lambda v: " ".join(v.split()).casefold())
        return self.select(self.articles.loc[have.isin(wanted), "article_id"])

    def in_languages(self, languages: Iterable[str]) -> Corpus:
        """Articles whose story text is in one of ``languages`` (codes as in the ``language`` column: "en",
        "ru"; "" for those whose language is unknown); an empty list keeps every article."""
        wanted = {str(code).strip().lower() for code in languages}
        if not wanted:
            return self
        return self.select(self.articles.loc[self.articles["language"].fillna("").isin(wanted), "article_id"])

    def mentioning(self, keywords: Iterable[str]) -> Corpus:
        """Articles whose title or story text holds one of ``keywords`` (see :func:`keyword_pattern`: whole
        words or phrases, case ignored, a trailing ``*`` for any ending); an empty list keeps every article."""
        pattern = keyword_pattern(keywords)
        if pattern is None:
            return self
        a = self.articles
        hit = [bool(pattern.search(t) or pattern.search(x)) for t, x in
               zip(a["title"].fillna("").astype(str), a["text"].fillna("").astype(str), strict=True)]
        return self.select(a.loc[hit, "article_id"])

    def without_duplicates(self) -> Corpus:
        """Drop articles flagged as exact or near duplicates of an earlier one (``duplicate_of``)."""
        return self.select(self.articles.loc[self.articles["duplicate_of"].fillna("") == "", "article_id"])

    def counts(self) -> tuple[int, int, list[tuple[str, str]]]:
        """(articles, articles without story text, the first :data:`NAMED_WITHOUT_TEXT` of these as (path, why),
        which a run's log names)."""
        empty = self.articles["text"] == ""
        named = without_text(self.articles.loc[empty].head(NAMED_WITHOUT_TEXT))
        return len(self), int(empty.sum()), list(zip(named["path"], named["problem"], strict=True))

    def save(self, directory: str | Path, *, csv: bool = True, parquet: bool = True, arrow: bool = False) -> Path:
        """Write the tables as ``<name>.csv`` (lists joined by ' | '), ``<name>.parquet`` and, with ``arrow``,
        ``<name>.arrow`` (Arrow IPC, uncompressed: :meth:`load` maps it into memory instead of reading it)."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        for name, table in self.tables().items():
            if parquet:
                table.to_parquet(d / f"{name}.parquet", index=False)
            if arrow:
                _write_arrow(table, d / f"{name}.arrow")
            if csv:
                schema.to_csv_frame(table, name).to_csv(d / f"{name}.csv", index=False)
        articles, n_without_text, named = self.counts()
        (d / MARKER).write_text(json.dumps({"tables": list(TABLE_NAMES), "articles": articles,
                                            "without_text": n_without_text, "without_text_named": named}),
                                encoding="utf-8")
        return d

    @classmethod
    def load(cls, directory: str | Path) -> Corpus:
        """Read a corpus written by :meth:`save`: its Arrow files when there are some, else its Parquet files.

        Arrow files are memory-mapped, not read: the text columns stay in the file's pages, which the
        system shares between every process that loads the same corpus (the notebooks of one run) and
        reads from disk only when they are used."""
        d = Path(directory)
        tables = {}
        for name in TABLE_NAMES:
            mapped = d / f"{name}.arrow"
            lists = schema.list_columns(name)
            if mapped.exists():
                t = _read_arrow(mapped, lists=lists)
            else:
                t = pd.read_parquet(d / f"{name}.parquet")
                for col in lists:
                    t[col] = t[col].map(lambda v: list(v) if v is not None else [])
            tables[name] = t
        return cls(**tables)


def _write_arrow(table: pd.DataFrame, path: Path) -> None:
    """``table`` as an uncompressed Arrow IPC file, text as large_string (what pandas' text columns hold, so
    loading it needs no conversion), in one record batch: each column loads as one array over the mapped
    file, which a stage takes as it is (a column of many chunks, as the parse's parts make it, would be
    copied into memory whole by every kernel making units of it, see :func:`presslens.pipeline.arrow_text`)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    t = pa.Table.from_pandas(table, preserve_index=False)
    t = t.cast(pa.schema([pa.field(f.name, pa.large_string() if pa.types.is_string(f.type) else f.type)
                          for f in t.schema]))
    t = t.combine_chunks()
    with pa.OSFile(str(path), "wb") as sink, ipc.new_file(sink, t.schema) as writer:
        writer.write_table(t)


def _read_arrow(path: Path, *, lists: Sequence[str] = ()) -> pd.DataFrame:
    """The table in the Arrow file at ``path``, mapped; the columns named in ``lists`` (list columns) as
    Python lists ([] for a missing value), made by Arrow, not through an array per cell."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    # not closed here: the columns' buffers keep the mapping, which goes when the last of them does
    table = ipc.open_file(pa.memory_map(str(path))).read_all()
    names = table.column_names
    lists = sorted((c for c in lists if c in names), key=names.index)
    df = table.drop_columns(lists).to_pandas() if lists else table.to_pandas()
    for col in lists:  # in column order, so each goes back where it was
        df.insert(names.index(col), col, pd.Series([v if v is not None else [] for v in table.column(col).to_pylist()],
                                                   index=df.index, dtype=object))
    return df


def process_document(doc: Document) -> dict[str, list[dict]]:
    """Parse one document into row dicts for the four tables (a pure function of the document): the rows
    of :func:`parse_documents` for it alone."""
    return {t: df.drop(columns=[KEY]).to_dict("records") for t, df in parse_documents([("", doc)]).items()}


def _article_row(doc: Document) -> tuple[dict, ParsedArticle]:
    """The articles row of a document (a dict in the table's column order) and its parse."""
    # the parser is imported where a document is parsed, not with this module: its patterns take 0.15 s of
    # CPU to compile, in every notebook's kernel, which reads the corpus parsed (from the cache) and parses nothing
    from .parsing import parse_text

    parsed: ParsedArticle = parse_text(doc.text, hints=doc.hints)
    body = parsed.body()
    hints = doc.hints or {}
    published = parsed.published or _iso_or_empty(hints.get("published", ""))
    problems = list(doc.problems) + list(parsed.problems)
    if doc.text and not published:
        problems.append("no publication date found")
    if doc.text.strip() and not body.strip():
        problems.append("no story text found")
    article = {
        "article_id": doc.article_id,
        "path": doc.path,
        "published": published,
        "modified": parsed.modified,
        "title": parsed.title or hints.get("title", "") or "",
        "section": parsed.section,
        "lede": parsed.lede,
        "source": parsed.source or hints.get("source", "") or "",
        "url": hints.get("url", "") or parsed.url or "",
        "authors": list(parsed.authors),
        "agencies": list(parsed.agencies),
        "captions": list(parsed.captions),
        "subheadings": list(parsed.subheadings),
        "text": body,
        "n_words": None,  # counted for a chunk of articles at once (count_words_many in parse_documents)
        "n_sentences": len(parsed.sentences),
        "language": detect_language(body),
        "problems": problems,
        "duplicate_of": "",
    }
    return article, parsed


def _iso_or_empty(value: str) -> str:
    from .parsing import normalize_date  # the parser owns date formats

    return normalize_date(value) if value else ""


def mark_duplicates(articles: pd.DataFrame, *, workers: int | None = None, cache_dir: str | Path | None = None,
                    engine: str = "local", scheduler: str | None = None, progress: bool | None = None
                    ) -> pd.DataFrame:
    """Fill ``duplicate_of`` for articles whose story text repeats an earlier article's, exactly or
    nearly (see :func:`presslens.duplicates.find_duplicates`; ``workers`` processes hash the texts of a
    large corpus, default every core). With ``cache_dir`` each text's hashes are kept there, so a corpus
    grown by a few articles hashes only those (:func:`presslens.duplicates.signature_stage`; ``engine``,
    ``scheduler``: see :func:`presslens.pipeline.run_stage`). Returns a new frame."""
    from . import duplicates

    return duplicates.mark_duplicates(articles, workers=workers, cache_dir=cache_dir, engine=engine,
                                      scheduler=scheduler, progress=progress)


_NUMERIC = {"int": "int64", "float": "float64", "bool": "bool"}


def parse_documents(keyed: list[tuple[str, Document]]) -> dict[str, pd.DataFrame]:
    """Parse a chunk of documents, ``[(key, document), ...]``, into the four corpus tables.

    Returns ``{table: DataFrame}`` with each table's columns (see :mod:`presslens.schema`) plus ``_key``
    (the key of the document a row comes from), rows grouped by document in the order given, built column
    by column (no row dicts but the article's), so a worker hands back compact columnar tables.
    """
    names = {t: schema.columns(t) for t in TABLE_NAMES}
    art_cols = [[] for _ in names["articles"]]
    sen_aid, sen_no, sen_pno, sen_s, sen_e, sen_text = [], [], [], [], [], []
    seg_cols: list[list] = [[] for _ in names["segments"]]
    rep_cols: list[list] = [[] for _ in names["repairs"]]
    keys: dict[str, list[str]] = {t: [] for t in TABLE_NAMES}
    for key, doc in keyed:
        article, parsed = _article_row(doc)
        for values, c in zip(art_cols, names["articles"], strict=True):
            values.append(article[c])
        keys["articles"].append(key)
        aid, text = doc.article_id, doc.text
        sents = parsed.sentences
        if sents:
            n = len(sents)
            sen_aid.extend([aid] * n)
            sen_no.extend(range(n))
            pnos, starts, ends = zip(*sents, strict=True)
            sen_pno.extend(pnos)
            sen_s.extend(starts)
            sen_e.extend(ends)
            analysis = parsed.analysis
            sen_text.extend([analysis(s, e) for _p, s, e in sents])
            keys["sentences"].extend([key] * n)
        n = _append_rows(seg_cols, aid, [(g.kind, g.start, g.end, text[g.start:g.end]) for g in parsed.segments])
        keys["segments"].extend([key] * n)
        n = _append_rows(rep_cols, aid, [(r.start, r.end, r.raw, r.repaired, r.rule) for r in parsed.repairs])
        keys["repairs"].extend([key] * n)
    if keys["articles"]:
        texts = art_cols[names["articles"].index("text")]
        art_cols[names["articles"].index("n_words")] = count_words_many(texts)
    cols = {"articles": art_cols, "sentences": [sen_aid, sen_no, sen_pno, sen_s, sen_e, sen_text],
            "segments": seg_cols, "repairs": rep_cols}
    out = {}
    for t in TABLE_NAMES:
        if not keys[t]:
            out[t] = schema.empty(t).assign(**{KEY: pd.Series([], dtype=object)})
            continue
        data = {}
        for c, values in zip(schema.TABLES[t], cols[t], strict=True):
            data[c.name] = np.array(values, dtype=_NUMERIC[c.kind]) if c.kind in _NUMERIC else _text_column(values)
        df = pd.DataFrame(data, columns=names[t])
        df[KEY] = _text_column(keys[t])
        out[t] = df
    return out


@functools.cache
def _arrow_text_dtype():
    """pandas' default text dtype when it is Arrow's large_string (pandas 3), else None."""
    import pyarrow as pa

    dtype = pd.Series([], dtype="str").dtype
    if not isinstance(dtype, pd.StringDtype) or dtype.storage != "pyarrow":
        return None
    probe = pd.array(pa.array([""], type=pa.large_string()), dtype=dtype)
    return dtype if pa.array(probe).type == pa.large_string() else None


def _text_column(values: list) -> list | pd.api.extensions.ExtensionArray:
    """A chunk's column of strings as the text array pandas would make of the list, made by Arrow directly:
    pandas checks every value in a loop of its own before Arrow converts them (a tenth of the parse stage's
    time outside the parser). Only for a list of str alone, where pandas' text is Arrow's; any other list is
    given back for pandas to read as before."""
    import pyarrow as pa

    dtype = _arrow_text_dtype()
    if dtype is None or not values or set(map(type, values)) != {str}:
        return values
    try:
        arr = pa.array(values, type=pa.string())
    except (pa.ArrowException, UnicodeError):  # a lone surrogate: pandas says what it makes of it
        return values
    return pd.array(arr.cast(pa.large_string()), dtype=dtype)


PARSE_STAGE = "parse"  # the parse stage's name (its cache folder, and its counts in pipeline.STAGE_COUNTS)


def parse_stage() -> Stage:
    """The parse stage: a chunk of documents in, their rows of the four corpus tables out
    (:func:`parse_documents`)."""
    data = sorted((Path(__file__).parent / "data").glob("*"))
    version = source_version("reading", "formats", "mailtext", "msgtext", "worddoc", "pdftext", "feeds", "telegram", "parsing", "sentences", "corpus", "schema", "language",
                             "words", data_files=data)
    # the table of the word characters (count_words_many) made before the workers start, not once in each of them
    from .words import word_chars

    return Stage(PARSE_STAGE, version, parse_documents, TABLE_NAMES, batch=True, before_fork=word_chars)


def _append_rows(cols: list[list], article_id: str, rows: list[tuple]) -> int:
    """Append ``rows`` (the values of every column but the first, article_id) to the columns ``cols``;
    return how many."""
    if rows:
        cols[0].extend([article_id] * len(rows))
        for col, values in zip(cols[1:], zip(*rows, strict=True), strict=True):
            col.extend(values)
    return len(rows)


def document_key(stage: Stage, doc: Document) -> str:
    hints = "\0".join(f"{k}={v}" for k, v in sorted((doc.hints or {}).items()))
    return content_key(stage, doc.article_id, doc.path, doc.text, hints, "\0".join(doc.problems))


def build_corpus(documents: Iterable[Document], *, cache_dir: str | Path | None = None, engine: str = "local",
                 workers: int | None = None, scheduler: str | None = None,
                 progress: bool | None = None, keys: list[str] | None = None) -> Corpus:
    """Parse documents into a :class:`Corpus` (one articles row per document, always).

    With ``cache_dir``, articles parsed before (same content, same parser version) are read back from
    the cache instead of parsed again. ``engine``/``workers``/``scheduler``: see
    :func:`presslens.pipeline.run_stage`. ``keys``: the documents' :func:`document_key` values when the
    caller has them already; then ``documents`` may be a sequence whose items are read only when asked
    for (the parse stage asks only for the documents it does not find in the cache).
    """
    if keys is not None and hasattr(documents, "__getitem__") and hasattr(documents, "__len__"):
        docs = documents  # read already, or read only where the stage needs one (see presslens.cache)
    else:
        docs = list(progress_bar(documents, desc="reading", unit="file", enable=progress))
    # the parser's patterns compiled here, before the parse's worker processes start: forked, they find them
    # compiled instead of each compiling them again (0.2 s of CPU a process); this process needs them for the
    # dates anyway (read_date_order)
    from . import parsing  # noqa: F401

    stage = parse_stage()
    store = Store(cache_dir, stage) if cache_dir else None
    if keys is None or len(keys) != len(docs):
        keys = [document_key(stage, d) for d in docs]
    tables = run_stage(stage, docs, keys, store=store, engine=engine,
                       workers=workers, scheduler=scheduler, progress=progress)
    # the documents' text is in the tables now: let it go before the corpus-level passes (a corpus's text
    # twice over, as Python strings, at the duplicate search's peak otherwise)
    del docs
    release = getattr(documents, "release", None)
    if callable(release):
        release()
    release_memory()
    articles = read_date_order(tables["articles"], tables["segments"])
    tables["articles"] = mark_duplicates(note_repeated_ids(note_dates(articles)), workers=workers,
                                         cache_dir=cache_dir,
                                         engine=engine, scheduler=scheduler, progress=progress)
    return Corpus(**tables)


def note_repeated_ids(articles: pd.DataFrame) -> pd.DataFrame:
    """Add a problem to every article whose ``article_id`` another article has too (files named alike but for their
    suffix, "a.txt" and "a.docx", in one folder or one zip archive both give "a"): the tables and the analyses tell
    articles apart by their id only, so such articles are selected, counted and grouped as one. Returns ``articles``
    itself when every id is unique, else a new frame."""
    repeated = articles["article_id"].duplicated(keep=False)
    if not repeated.any():
        return articles
    paths: dict[str, list[str]] = {}
    for aid, path in zip(articles.loc[repeated, "article_id"], articles.loc[repeated, "path"], strict=True):
        paths.setdefault(aid, []).append(str(path))
    out = articles.copy()
    out["problems"] = [
        list(p) + [f"article id {aid!r} is also that of " + ", ".join(q for q in paths[aid] if q != path)[:300]
                   + ": the analyses take them for one article (rename one of the files)"] if rep else p
        for p, aid, path, rep in zip(out["problems"], out["article_id"], out["path"], repeated, strict=True)]
    return out


_DIGITS = re.compile(r"\d+")


def _date_shape(line: str) -> str:
    """A date line's form, its numbers left out ("Posted 03/14/2024 10:15" -> "posted 9/9/9 9:9"): lines of one
    shape come from one export style."""
    return _DIGITS.sub("9", " ".join(line.lower().split()))


def read_date_order(articles: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Read the header dates the parser found ambiguous ("03/07/2024": March 7 or July 3?, read day first, and
    said so in ``problems``) in the order the export's other dates show. An article's own other date lines count
    first ("Updated 03/14/2024": month first); else the date lines of the same shape ("posted 9/9/9 9:9") in
    the other articles from the same source, or, when the source is unknown or its other articles show no
    order, from the same folder. The
    order is taken only when every such date that shows one agrees; the problem then says which order was
    read and why. ``published`` and ``modified`` are read again; everything else is left as it is. Returns
    ``articles`` itself when no date is ambiguous or none could be settled, else a new frame."""
    from .parsing import ambiguous_date, date_in_order, normalize_date, slash_date_order

    problems = articles["problems"].tolist()
    todo = [i for i, p in enumerate(problems) if any(ambiguous_date(q) for q in p)]
    if not todo or segments.empty:
        return articles
    dates = segments.loc[segments["kind"].to_numpy() == "date", ["article_id", "text"]]
    aids = articles["article_id"].astype(str).tolist()
    sources = articles["source"].fillna("").astype(str).str.strip().str.lower().tolist()
    folders = [str(Path(str(p).split("#", 1)[0]).parent) for p in articles["path"]]
    groups_of = {aid: ((f"source:{s}",) if s else ()) + (f"folder:{f}",)
                 for aid, s, f in zip(aids, sources, folders, strict=True)}
    own: dict[str, list[tuple[str, str]]] = {}  # an article's date lines that show an order: (order, as written)
    shapes: dict[str, dict[str, set[str]]] = {}  # an article's dates: as written -> the shapes of their lines
    seen: dict[tuple[str, str], dict[str, list[str]]] = {}  # (group, shape) -> order -> the articles showing it
    for aid, line in zip(dates["article_id"].astype(str), dates["text"].astype(str), strict=True):
        order, raw = slash_date_order(line)
        if not order:
            continue
        shape = _date_shape(line)
        shapes.setdefault(aid, {}).setdefault(raw, set()).add(shape)
        if order != "?":
            own.setdefault(aid, []).append((order, raw))
            for group in groups_of.get(aid, ()):
                seen.setdefault((group, shape), {}).setdefault(order, []).append(raw)
    out = None
    for i in todo:
        aid = aids[i]
        kept = []
        published, modified = articles.at[articles.index[i], "published"], articles.at[articles.index[i], "modified"]
        for q in problems[i]:
            raw = ambiguous_date(q)
            found = _settled_order(raw, aid, own, shapes, seen, groups_of) if raw else None
            if found is None:
                kept.append(q)
                continue
            read, note = date_in_order(raw, *found)
            day_first = normalize_date(raw)  # as the parser read it
            published = read if published == day_first else published
            modified = read if modified == day_first else modified
            kept.append(note)
        if kept != problems[i]:
            if out is None:
                out = articles.copy()
                out["problems"] = [list(p) for p in problems]
            j = out.index[i]
            out.at[j, "published"], out.at[j, "modified"] = published, modified
            out.at[j, "problems"] = kept
    return articles if out is None else out


def _settled_order(raw: str, aid: str, own: dict, shapes: dict, seen: dict, groups_of: dict
                   ) -> tuple[str, str] | None:
    """The order ("md" or "dm") the dates around an ambiguous one (``raw``, in article ``aid``) agree on, and a
    note saying which dates showed it; None when none shows one, or they disagree (see :func:`read_date_order`)."""
    from .parsing import slash_date_order

    mine = own.get(aid, [])
    if mine:
        orders = {o for o, _ in mine}
        if len(orders) == 1:
            return orders.pop(), f"the article's date {mine[0][1]!r} is written so"
        return None
    forms = sorted(shapes.get(aid, {}).get(slash_date_order(raw)[1], ()))
    shown: dict[str, list[str]] = {}
    group = ""
    for group in groups_of.get(aid, ()):  # the same source first; the same folder where the source shows no order
        for form in forms:
            for order, examples in seen.get((group, form), {}).items():
                shown.setdefault(order, []).extend(examples)
        if shown:
            break
    if len(shown) != 1:
        return None
    order, examples = next(iter(shown.items()))
    where = "source" if group.startswith("source:") else "folder"
    lines = f"{len(examples)} date line" + ("s" if len(examples) > 1 else "")
    return order, f"{lines} of the same form in other articles from the same {where} written so (e.g. {examples[0]!r})"


def note_dates(articles: pd.DataFrame, *, today=None) -> pd.DataFrame:
    """Add date problems (a publication date in the future) to ``problems``. Done after the cache, not
    in the per-article stage, because the answer depends on today's date. Returns a new frame."""
    from .reading import date_problems

    out = articles.copy()
    out["problems"] = [list(p) + [q for q in date_problems(d, today=today) if q not in p]
                       for p, d in zip(out["problems"], out["published"], strict=True)]
    return out


def read_corpus(path: str | Path, *, encoding: str | None = None, cache_dir: str | Path | None = None,
                engine: str = "local", workers: int | None = None, scheduler: str | None = None,
                progress: bool | None = None, **columns) -> Corpus:
    """Read and parse a folder (recursive, sorted), one article file (text, HTML, Markdown, Word, RTF, PDF,
    ODT, EPUB, e-mail, feed, zip archive...) or a table of articles (CSV/TSV, JSON Lines, JSON, workbook,
    Parquet): every file kind :func:`presslens.reading.iter_documents` reads.

    A directory written by :meth:`Corpus.save` (it holds ``presslens-corpus.json``) is loaded as is.
    ``cache_dir`` keeps parsed articles keyed by content, so unchanged files are not parsed again;
    ``engine`` (``local`` or ``dask``), ``workers`` and ``scheduler`` say where parsing runs.
    ``encoding`` decodes text files with that encoding instead of detecting it.
    ``columns`` may name table columns: ``id_column``, ``title_column``, ``text_column``,
    ``date_column``, ``source_column``, ``url_column``, ``authors_column``. Raises
    :class:`~presslens.reading.CorpusError` when the path does not exist or yields no document at all.

    Returns a :class:`Corpus` of four tables (columns defined in :mod:`presslens.schema`):
    ``articles`` (article_id, path, published, modified, title, section, lede, source, url, authors, agencies,
    captions, subheadings, text, n_words, n_sentences, language, problems, duplicate_of), ``sentences``
    (article_id, sentence_no, paragraph_no, start, end, text), ``segments`` (article_id, kind, start, end, text)
    and ``repairs`` (article_id, start, end, raw, repaired, rule).
    """
    p = Path(path)
    if p.is_dir() and (p / MARKER).exists():
        return Corpus.load(p)
    corpus = build_corpus(iter_documents(p, encoding=encoding, **columns), cache_dir=cache_dir, engine=engine,
                          workers=workers, scheduler=scheduler, progress=progress)
    if len(corpus) == 0:
        raise CorpusError(f"no articles found under {p}")
    return corpus


def read_articles(path: str | Path, **kwargs) -> pd.DataFrame:
    """The ``articles`` table of :func:`read_corpus` (one row per file or table row).

    Columns: article_id, path, published, modified, title, section, lede, source, url, authors,
    agencies, captions, subheadings, text, n_words, n_sentences, language, problems,
    duplicate_of.
    """
    return read_corpus(path, **kwargs).articles


__all__ = ["Corpus", "CorpusError", "read_corpus", "read_articles", "build_corpus", "process_document"]


def inventory(articles: pd.DataFrame) -> pd.DataFrame:
    """What the parser found besides the story, one row per item.

    Returns columns: article_id, kind (section, source, author, agency, caption, subheading), value.
    """
    rows = []
    for rec in articles.itertuples(index=False):
        for kind, col in (("section", "section"), ("source", "source")):
            if getattr(rec, col):
                rows.append((rec.article_id, kind, getattr(rec, col)))
        for kind, col in (("author", "authors"), ("agency", "agencies"), ("caption", "captions"),
                          ("subheading", "subheadings")):
            rows.extend((rec.article_id, kind, v) for v in getattr(rec, col))
    return pd.DataFrame(rows, columns=["article_id", "kind", "value"])


def problems(articles: pd.DataFrame) -> pd.DataFrame:
    """Every problem the reader and parser noted, one row each.

    Returns columns: article_id, path, problem.
    """
    rows = [(r.article_id, r.path, p) for r in articles.itertuples(index=False) for p in r.problems]
    return pd.DataFrame(rows, columns=["article_id", "path", "problem"])


def without_text(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles without story text (an empty, binary or unreadable file, a table row without text), which
    every analysis leaves out, with why: their problems joined by '; ' ("no story text found" when none says).

    Returns columns: article_id, path, problem.
    """
    rows = [(r.article_id, r.path, "; ".join(r.problems) or "no story text found")
            for r in articles.itertuples(index=False) if not r.text]
    return pd.DataFrame(rows, columns=["article_id", "path", "problem"])


# What differs between two problems of one kind: a quoted excerpt in single quotes (up to the problem's last
# quote, as an excerpt may hold an apostrophe), a quotation in double, curly or angle quotes, or a number, date,
# time or time zone offset ("2031-05-20", "GMT+3", "12 lines"), not a digit of a name ("UTF-8", "cp1251")
_PROBLEM_DETAIL = re.compile(r"""(?<![\w'])'.*'(?!\w)|"[^"]*"|“[^”]*”|«[^»]*»"""
                             r"|(?<![\w-])\d(?:[\d\-/.:T+]*\d)?")


def problem_kinds(noted: pd.DataFrame) -> pd.DataFrame:
    """The problems of ``noted`` (from :func:`problems`) by kind, so that the few problems of one file are seen
    among a note repeated on every article: each problem with its particulars (quoted excerpts, numbers and
    dates) replaced by '…', the number of articles noting it, and the first such article's path and problem as
    an example (no example when the problem has no particulars); the kind most articles note first.

    Returns columns: kind, articles, path, example.
    """
    columns = ["kind", "articles", "path", "example"]
    if noted.empty:
        return pd.DataFrame(columns=columns)
    kinds = noted.assign(kind=noted["problem"].str.replace(_PROBLEM_DETAIL, "…", regex=True))
    grouped = kinds.groupby("kind", sort=False)
    out = grouped.first()[["path", "problem"]].rename(columns={"problem": "example"})
    out["example"] = out["example"].where(out["example"] != out.index, "")
    out.insert(0, "articles", grouped["article_id"].nunique())
    out = out.reset_index().sort_values("articles", ascending=False, kind="stable")
    return out[columns].reset_index(drop=True)
