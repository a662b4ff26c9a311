"""Tokens: the words of the story sentences, with offsets into the decoded source, shared by analyses.

>>> from presslens.tokens import tokenize                      # doctest: +SKIP
>>> toks = tokenize(corpus.sentences, corpus.repairs)           # doctest: +SKIP
>>> toks[["article_id", "sentence_no", "token_no", "start", "end", "token", "norm"]]  # doctest: +SKIP

Tokens come from ``sentences.text`` (the analysis text: story only, glued words repaired), so captions,
credits and boilerplate are never tokens, and "UkraineWang" repaired to "Ukraine Wang" gives two tokens.
Their ``start``/``end`` are offsets into the article's decoded source, mapped back through the repairs
by :func:`source_offset` / :func:`to_source` (which other analyses use for their own matches).

The tokenizer is nltk's :class:`~nltk.tokenize.RegexpTokenizer` with the pattern :data:`TOKEN_PATTERN`
(no downloaded data; :func:`tokenize` runs the same pattern with the stdlib engine for speed): abbreviations with dots (U.S.), numbers with separators (1,000 3.5), words with
inner hyphens and apostrophes (Sino-Russian, don't, O'Brien), the possessive clitic 's split off as its
own token (China's -> China + 's, as nltk's Treebank tokenizer does), and any other single character
that is not a letter, digit or space as punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from . import schema

TOKEN_PATTERN = r"""
    (?:[^\W\d_]\.){2,}                         # abbreviations with dots: U.S.  U.N.  e.g.
  | \d+(?:[.,:/]\d+)+                          # numbers with separators: 1,000  3.5  10:30
  | \w+(?:-\w+|['’](?![sS]\b)\w+)*             # words: Sino-Russian  don't  O'Brien  (not the 's)
  | ['’][sS]\b                                 # the possessive clitic 's / ’s
  | [^\w\s]                                    # any other non-space character: punctuation
"""

STOPWORDS_FILE = "stopwords_en.txt"

# The flags nltk's RegexpTokenizer compiles with. The bulk path (tokenize) runs the same pattern with the
# stdlib engine: nltk 3.10 routes tokenizer patterns through the `regex` module under a wall-clock limit
# per call, which is ~4x slower and trips on a whole corpus at once. The pattern is linear (every repeat
# starts with a separator character), and tests check both engines give the same tokens.
_FLAGS = re.UNICODE | re.MULTILINE | re.DOTALL | re.VERBOSE
_TOKEN_RE = re.compile(TOKEN_PATTERN, _FLAGS)
_SPLIT_RE = re.compile("(" + TOKEN_PATTERN + ")", _FLAGS)  # split() then alternates gap, token, gap, ...


# --- normalization ----------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Case-fold ``text`` and write curly apostrophes straight (``"China’s"`` -> ``"china's"``)."""
    return text.casefold().replace("’", "'")


def token_kind(token: str) -> str:
    """``"word"`` (has a letter), ``"number"`` (digits, no letter) or ``"punct"`` (neither)."""
    if any(ch.isalpha() for ch in token):
        return "word"
    if any(ch.isdigit() for ch in token):
        return "number"
    return "punct"


def normalizer(*, lower: bool = True, stem: bool = False, lemmatize: bool = False) -> Callable[[str], str]:
    """The function that turns a token as written into its ``norm``.

    ``lower`` case-folds (see :func:`fold`); ``stem`` applies nltk's English Snowball stemmer (which
    folds case itself); ``lemmatize`` applies simplemma's English lemmatizer (an optional dependency
    that ships its data in the package). Stemming and lemmatization exclude each other.
    """
    if stem and lemmatize:
        raise ValueError("choose stem=True or lemmatize=True, not both")
    steps: list[Callable[[str], str]] = []
    if lemmatize:
        try:
            import simplemma
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("lemmatize=True needs the simplemma package: pip install simplemma") from exc
        steps.append(lambda w: simplemma.lemmatize(w, lang="en"))
    if stem:
        from nltk.stem.snowball import SnowballStemmer

        stemmer = SnowballStemmer("english")
        steps.append(lambda w: stemmer.stem(w.replace("’", "'")))
    if lower:
        steps.append(fold)
    else:
        steps.append(lambda w: w.replace("’", "'"))

    def norm(word: str) -> str:
        for step in steps:
            word = step(word)
        return word

    return norm


# --- stopwords ---------------------------------------------------------------------------------------

def read_word_list(path: str | Path) -> list[str]:
    """Words from a file, one a line; blank lines and lines starting with ``#`` are skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def _shipped_stopwords() -> tuple[str, ...]:
    text = resources.files("presslens").joinpath("data", STOPWORDS_FILE).read_text(encoding="utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#"))


def stopwords(extra: Iterable[str] = (), *, base: bool = True, stem: bool = False,
              lemmatize: bool = False) -> frozenset[str]:
    """The stopword set: the shipped English list (``data/stopwords_en.txt``, documented in its header)
    plus ``extra``, all folded (see :func:`fold`).

    An item of ``extra`` ending in ``.txt`` that names an existing file is read as a word list
    (:func:`read_word_list`), e.g. ``["../data/stopwords_extra.txt", "said"]``; an item ending in
    ``.txt`` that is not a file is an error. ``base=False`` leaves the shipped list out.
    ``stem``/``lemmatize``: also hold each stopword's stem/lemma, to filter tokens normalized that way
    (a content word sharing a stem with a stopword is dropped too, e.g. "having" -> "have").
    """
    words: list[str] = list(_shipped_stopwords()) if base else []
    for item in [extra] if isinstance(extra, str) else extra:
        item = str(item)
        if item.lower().endswith(".txt"):
            if not Path(item).is_file():
                raise FileNotFoundError(f"stopword file {item!r} not found (relative to {Path.cwd()})")
            words.extend(read_word_list(item))
        else:
            words.append(item)
    folded = {fold(w) for w in words}
    if stem or lemmatize:
        norm = normalizer(stem=stem, lemmatize=lemmatize)
        folded |= {norm(w) for w in folded}
    return frozenset(folded)


# --- offsets ------------------------------------------------------------------------------------------

def _in_repair(raw: str, repaired: str, k: int) -> int:
    """Index in ``raw`` of character ``k`` of ``repaired`` (inserted characters map to the next raw one)."""
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, raw, repaired, autojunk=False).get_opcodes():
        if j1 <= k < j2:
            if tag == "equal":
                return i1 + (k - j1)
            return min(i1 + (k - j1), max(i2 - 1, i1))
    return len(raw)


def source_offset(offset: int, *, start: int, repairs: Sequence[tuple] = (), end: bool = False) -> int:
    """Map an offset into an analysis text (a source span with glued-word repairs applied) to the source.

    ``start`` is the span's offset in the decoded source (``sentences.start``); ``repairs`` are
    ``(start, end, raw, repaired)`` tuples in source offsets for the repairs applied inside the span
    (rows of the ``repairs`` table), in any order. A character inserted by a repair (the space in
    "Ukraine Wang") maps to the source character after it. With ``end=True`` ``offset`` is an end
    (one past the last character) and maps to one past the source position of the character before it,
    so ``source[source_offset(s) : source_offset(e, end=True)]`` is the span as written.

    >>> source_offset(8, start=100, repairs=[(100, 111, "UkraineWang", "Ukraine Wang")])
    107
    >>> source_offset(7, start=100, repairs=[(100, 111, "UkraineWang", "Ukraine Wang")], end=True)
    107
    """
    if end:
        return start if offset <= 0 else source_offset(offset - 1, start=start, repairs=repairs) + 1
    pos_src, pos_txt = start, 0
    for r_start, r_end, raw, repaired in sorted((int(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in repairs):
        gap = r_start - pos_src
        if offset < pos_txt + gap:
            break
        pos_txt += gap
        if offset < pos_txt + len(repaired):
            return r_start + _in_repair(raw, repaired, offset - pos_txt)
        pos_txt += len(repaired)
        pos_src = r_end
    return pos_src + (offset - pos_txt)


def sentence_repairs(sentences: pd.DataFrame, repairs: pd.DataFrame | None) -> dict[tuple[str, int], list[tuple]]:
    """The repairs applied inside each sentence: ``{(article_id, sentence_no): [(start, end, raw, repaired)]}``
    for the sentences that have any (a repair belongs to a sentence when it lies within its source span)."""
    if repairs is None or repairs.empty or sentences.empty:
        return {}
    r = repairs[["article_id", "start", "end", "raw", "repaired"]].rename(columns={"start": "r_start", "end": "r_end"})
    s = sentences[["article_id", "sentence_no", "start", "end"]]
    m = s.merge(r, on="article_id")
    m = m[(m["r_start"] >= m["start"]) & (m["r_end"] <= m["end"])]
    out: dict[tuple[str, int], list[tuple]] = {}
    for rec in m.itertuples(index=False):
        out.setdefault((rec.article_id, int(rec.sentence_no)), []).append(
            (int(rec.r_start), int(rec.r_end), rec.raw, rec.repaired))
    return out


def to_source(spans: pd.DataFrame, sentences: pd.DataFrame, repairs: pd.DataFrame | None = None, *,
              start: str = "start", end: str = "end") -> pd.DataFrame:
    """Spans found in ``sentences.text``, with their offsets mapped to the decoded source.

    ``spans`` has ``article_id``, ``sentence_no`` and the columns named by ``start`` and ``end`` holding
    offsets into that sentence's text; ``repairs`` is the corpus's repairs table. Returns a copy of
    ``spans`` whose ``start``/``end`` columns are source offsets (see :func:`source_offset`).
    """
    out = spans.copy()
    if out.empty:
        return out
    base = out[["article_id", "sentence_no"]].merge(
        sentences[["article_id", "sentence_no", "start"]].rename(columns={"start": "_base"}),
        on=["article_id", "sentence_no"], how="left")["_base"]
    if base.isna().any():
        missing = out.loc[base.isna().to_numpy(), ["article_id", "sentence_no"]].head(3).to_dict("records")
        raise ValueError(f"spans name sentences that are not in the sentences table, e.g. {missing}")
    base = base.to_numpy(dtype=np.int64)
    s = out[start].to_numpy(dtype=np.int64) + base
    e = out[end].to_numpy(dtype=np.int64) + base
    fixes = sentence_repairs(sentences, repairs)
    if fixes:
        keys = list(zip(out["article_id"], out["sentence_no"].astype(int), strict=True))
        for i, key in enumerate(keys):
            reps = fixes.get(key)
            if reps:
                b = int(base[i])
                s[i] = source_offset(int(s[i] - b), start=b, repairs=reps)
                e[i] = source_offset(int(e[i] - b), start=b, repairs=reps, end=True)
    out[start] = s
    out[end] = e
    return out


# --- tokenizing ----------------------------------------------------------------------------------------

def tokenizer():
    """The nltk tokenizer used here (a :class:`~nltk.tokenize.RegexpTokenizer` over :data:`TOKEN_PATTERN`)."""
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(TOKEN_PATTERN, flags=_FLAGS)


def split_words(text: str) -> list[str]:
    """The tokens of ``text`` as written (all kinds), e.g. to turn a search phrase into tokens."""
    return _TOKEN_RE.findall(text)


def tokenize(sentences: pd.DataFrame, repairs: pd.DataFrame | None = None, *, lower: bool = True,
             numbers: bool = False, punctuation: bool = False, stem: bool = False,
             lemmatize: bool = False) -> pd.DataFrame:
    """The ``tokens`` table of the story sentences.

    ``sentences`` is the corpus's sentences table (its ``text`` is tokenized); ``repairs`` its repairs
    table, used to map offsets back to the source. ``numbers``/``punctuation`` keep number and
    punctuation tokens (left out by default). Left-out tokens still take a ``token_no``, so a gap in
    ``token_no`` marks where a comma or a number stood: n-grams never span one.
    ``lower``, ``stem`` and ``lemmatize`` shape ``norm`` (see :func:`normalizer`).

    Returns columns: article_id, sentence_no, token_no, start, end (offsets into the decoded source),
    token (as written in the analysis text), norm, offset (where the token starts in ``sentences.text``).
    Rows are in reading order.
    """
    schema.check(sentences, "sentences")
    if sentences.empty:
        return schema.empty("tokens")
    sents = sentences.sort_values(["article_id", "sentence_no"], kind="stable").reset_index(drop=True)
    texts = sents["text"].astype(str).tolist()
    # One pass over all sentences joined by newlines (no token spans a newline), then vectorized bookkeeping.
    # re.split with the pattern in a group gives [gap, token, gap, token, ..., gap] at C speed; the
    # offsets follow from the pieces' lengths.
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    pieces = _SPLIT_RE.split("\n".join(texts))
    words = pieces[1::2]
    if not words:
        return schema.empty("tokens")
    ends = np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)))
    tok_end = ends[1::2]
    tok_len = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    tok_start = tok_end - tok_len
    sent_idx = np.searchsorted(starts, tok_start, side="right") - 1
    first_of_sent = np.searchsorted(sent_idx, np.arange(len(texts)), side="left")
    token_no = np.arange(len(tok_start)) - first_of_sent[sent_idx]
    codes, vocab = pd.factorize(np.asarray(words, dtype=object), sort=False)
    keep_kind = {"word": True, "number": numbers, "punct": punctuation}
    keep_vocab = np.fromiter((keep_kind[token_kind(w)] for w in vocab), dtype=bool, count=len(vocab))
    norm_of = normalizer(lower=lower, stem=stem, lemmatize=lemmatize)
    norm_vocab = np.array([norm_of(w) for w in vocab], dtype=object)
    idx = np.flatnonzero(keep_vocab[codes])
    codes, sent_idx = codes[idx], sent_idx[idx]
    offset = tok_start[idx] - starts[sent_idx]
    base = sents["start"].to_numpy(dtype=np.int64)[sent_idx]
    src_start, src_end = base + offset, base + offset + tok_len[idx]
    aid = sents["article_id"].to_numpy(dtype=object)
    sno = sents["sentence_no"].to_numpy(dtype=np.int64)
    fixes = sentence_repairs(sents, repairs)
    if fixes:
        fixed = np.zeros(len(sents), dtype=bool)
        pos = {key: i for i, key in enumerate(zip(aid.tolist(), sno.tolist(), strict=True))}
        for key in fixes:
            fixed[pos[key]] = True
        for j in np.flatnonzero(fixed[sent_idx]).tolist():
            si = sent_idx[j]
            reps, b = fixes[(aid[si], int(sno[si]))], int(base[j])
            src_start[j] = source_offset(int(offset[j]), start=b, repairs=reps)
            src_end[j] = source_offset(int(offset[j] + tok_len[idx[j]]), start=b, repairs=reps, end=True)
    vocab = np.asarray(vocab, dtype=object)
    out = pd.DataFrame({
        "article_id": aid[sent_idx],
        "sentence_no": sno[sent_idx],
        "token_no": token_no[idx].astype(np.int64),
        "start": src_start,
        "end": src_end,
        "token": vocab[codes],
        "norm": norm_vocab[codes],
        "offset": offset,
    })
    return out.reset_index(drop=True)


def corpus_tokens(corpus, *, lower: bool = True, numbers: bool = False, punctuation: bool = False,
                  stem: bool = False, lemmatize: bool = False, cache=None, engine: str = "local",
                  workers: int | None = 0, scheduler: str | None = "", progress: bool | None = None) -> pd.DataFrame:
    """:func:`tokenize` on a corpus's sentences and repairs, as a cached per-article stage.

    Each article's tokens are kept in the cache folder (``cache``: a path, False for none, default
    PRESSLENS_CACHE_DIR) keyed by the article's sentences and repairs, the options and this module's
    code, and computed on every core or on Dask (``engine``, ``workers``, ``scheduler``; defaults from
    the environment, see :func:`presslens.cache.engine_options`). The table is exactly
    ``tokenize(corpus.sentences, corpus.repairs, ...)``.

    Returns the ``tokens`` table (see :func:`tokenize`).
    """
    from .cache import engine_options, store_for
    from .pipeline import run_stage

    options = {"lower": lower, "numbers": numbers, "punctuation": punctuation, "stem": stem,
               "lemmatize": lemmatize}
    schema.check(corpus.sentences, "sentences")
    stage = tokens_stage(**options)
    units, keys = article_units(stage, corpus.sentences, corpus.repairs)
    if not units:
        return schema.empty("tokens")
    out = run_stage(stage, units, keys, store=store_for(stage, cache), progress=progress,
                    **engine_options(engine, workers, scheduler))["tokens"]
    return out[schema.columns("tokens")].reset_index(drop=True)


def tokens_stage(**options):
    """The per-article tokens stage for :func:`tokenize`'s ``options``; its version names this module's
    code and the options."""
    import functools

    from .pipeline import Stage, source_version

    opts = ",".join(f"{k}={options[k]}" for k in sorted(options))
    version = f"{source_version('tokens')}-{opts}"
    return Stage("tokens", version, functools.partial(_tokenize_units, options=dict(options)), ("tokens",),
                 batch=True)


def article_units(stage, sentences: pd.DataFrame, repairs: pd.DataFrame | None) -> tuple[list[tuple], list[str]]:
    """Per-article units of the sentences (sorted by article and sentence number) with the article's
    repairs, and their cache keys for ``stage``.

    A unit is ``(article_id, sentence_nos, paragraph_nos, starts, ends, texts, repairs)``, ``repairs`` a
    list of ``(start, end, raw, repaired)``.
    """
    from .pipeline import content_key

    if sentences.empty:
        return [], []
    sents = sentences.sort_values(["article_id", "sentence_no"], kind="stable")
    aids = sents["article_id"].astype(str).tolist()
    cols = [sents[c].astype("int64").tolist() for c in ("sentence_no", "paragraph_no", "start", "end")]
    texts = [t if isinstance(t, str) else "" for t in sents["text"].tolist()]
    fixes: dict[str, list[tuple]] = {}
    if repairs is not None and len(repairs):
        for rec in zip(repairs["article_id"].astype(str), repairs["start"].astype("int64"),
                       repairs["end"].astype("int64"), repairs["raw"].astype(str), repairs["repaired"].astype(str),
                       strict=True):
            fixes.setdefault(rec[0], []).append(tuple(rec[1:]))
    bounds = [0] + [k for k in range(1, len(aids)) if aids[k] != aids[k - 1]] + [len(aids)]
    units, keys = [], []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        aid = aids[a]
        reps = fixes.get(aid, [])
        unit = (aid, *(c[a:b] for c in cols), texts[a:b], reps)
        offsets = ",".join(f"{n}:{p}:{s}:{e}" for n, p, s, e in zip(*unit[1:5], strict=True))
        units.append(unit)
        keys.append(content_key(stage, aid, offsets, "\x1f".join(unit[5]),
                                "\x1f".join(f"{s}:{e}:{r}:{f}" for s, e, r, f in reps)))
    return units, keys


def _tokenize_units(keyed: list[tuple[str, tuple]], *, options: dict) -> dict[str, pd.DataFrame]:
    """The tokens stage's batch function: the ``tokens`` rows (with ``_key``) of the units."""
    cols: dict[str, list] = {c: [] for c in ("article_id", "sentence_no", "paragraph_no", "start", "end", "text")}
    reps: dict[str, list] = {c: [] for c in ("article_id", "start", "end", "raw", "repaired")}
    key_of = {}
    for key, (aid, snos, pnos, starts, ends, texts, fixes) in keyed:
        key_of[aid] = key
        cols["article_id"].extend([aid] * len(snos))
        for c, v in zip(("sentence_no", "paragraph_no", "start", "end", "text"), (snos, pnos, starts, ends, texts),
                        strict=True):
            cols[c].extend(v)
        for s, e, r, f in fixes:
            for c, v in zip(reps, (aid, s, e, r, f), strict=True):
                reps[c].append(v)
    sents = pd.DataFrame(cols).astype({c: "int64" for c in ("sentence_no", "paragraph_no", "start", "end")})
    out = tokenize(sents, pd.DataFrame(reps) if reps["article_id"] else None, **options)
    out["_key"] = out["article_id"].map(key_of)
    return {"tokens": out}


def words_total(tokens: pd.DataFrame) -> int:
    """Tokens that are words or numbers (punctuation kept in the table is not counted)."""
    return int(_is_wordlike(tokens["norm"]).sum())


def _is_wordlike(norm: pd.Series) -> pd.Series:
    vocab = pd.unique(norm.to_numpy())
    ok = {w: any(ch.isalnum() for ch in str(w)) for w in vocab}
    return norm.map(ok).astype(bool)


__all__ = ["TOKEN_PATTERN", "article_units", "corpus_tokens", "fold", "normalizer", "read_word_list", "sentence_repairs", "source_offset",
           "split_words", "stopwords", "to_source", "token_kind", "tokenize", "tokenizer", "tokens_stage", "words_total"]
