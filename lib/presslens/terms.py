"""Term frequency: frequency lists and n-grams, TF-IDF, keyness, collocations, KWIC, dispersion and trends.

Every function reads the ``tokens`` table (:func:`presslens.tokens.tokenize`) and returns a named table
of :mod:`presslens.schema`. Counting is vectorized (numpy codes for words and n-grams), so 20,000
articles take seconds.

Rules used throughout:

* **Words.** Totals and "per 10k" rates count the tokens of the table other than punctuation
  (``words``): with the default tokenizer options, words only.
* **N-grams** are runs of ``n`` tokens that follow each other in one sentence: they never cross a
  sentence boundary, nor a token left out of the table (punctuation, a number) — a gap in ``token_no``.
* **Stopwords.** An n-gram is dropped when its first or its last word is a stopword (or punctuation);
  stopwords inside are kept ("people's republic of china": a term shows the possessive 's, a token of
  its own, joined to the word before it). So a unigram that is a stopword is dropped,
  and so is every n-gram made only of stopwords. ``stopwords=None`` means the shipped English list
  (:func:`presslens.tokens.stopwords`); pass an empty set to keep every word.
* **Search terms** (KWIC, dispersion, trends) are split into tokens like the text; a term matches a run
  of consecutive tokens whose case-folded form as written, or whose ``norm``, equals each word of the
  term case-folded. So "Ukraine" finds "UKRAINE" and "Ukraine's", and a stem copied from a stemmed
  frequency list ("partnership", "ukrain") finds its words. With ``stem=True`` (for tokens made with
  stem on) a word of the term also matches the tokens whose norm is its own stem, as the frequency list
  counts them: "Россия" finds "России" and "Россией", "partners" finds "partner". With ``forms=True`` a
  word of the term matches every word of the text with its Snowball stem, however the tokens were made
  (stem off too): "Украина" finds "Украины" and "Украине", so a search finds a Russian word's forms
  without stemming the frequency lists.
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import schema
from .tokens import fold, normalizer, split_words, token_kind
from .tokens import stopwords as shipped_stopwords

# ---------------------------------------------------------------------------------------------------
# shared machinery: tokens as integer codes, n-grams as dense integer keys


@dataclass
class _Coded:
    """The tokens table in reading order as numpy arrays."""

    t: pd.DataFrame  # tokens in reading order, fresh RangeIndex
    codes: np.ndarray  # code of each token's norm (an integer array, of the smallest type that holds it)
    vocab: np.ndarray  # norm of each code
    art: np.ndarray  # article code of each token, 0, 1, ... in reading order (an integer array)
    art_ids: np.ndarray  # article_id of each article code
    run: np.ndarray  # id of the run of consecutive tokens (same sentence, no gap) each token is in (int32)
    wordlike: np.ndarray  # per code: has a letter or digit
    facts: dict | None = None  # the norm categories' memo (_word_facts), when the codes are theirs
    keep: np.ndarray | None = None  # the categories the codes number (all when None)
    # what the analyses work out from these codes alone, kept for the next analysis of the same table
    # (:func:`_shared`): stopword masks, n-grams, their terms, search matches
    memo: dict = field(default_factory=dict)

    def per_word(self, name: str, make) -> np.ndarray:
        """``make(words)`` (one value per word, an array) for this table's vocabulary (:func:`_per_word`)."""
        return _per_word(self.vocab, self.facts, self.keep, name, make)


_FACTS: dict[int, tuple[weakref.ref, dict]] = {}


def _word_facts(categories: pd.Index) -> dict:
    """The memo of per-word facts (``words``: the categories as strings; then folded forms, whether a word
    has a letter or digit, as :func:`_per_word` adds them) of a categorical column's categories: an
    immutable Index that the column shares with its copies and subsets, so the words of one tokens table
    are looked at once, not by every analysis. It lives as long as the categories."""
    key = id(categories)
    entry = _FACTS.get(key)
    if entry is not None and entry[0]() is categories:
        return entry[1]
    memo = {"words": np.asarray(categories.astype(str), dtype=object)}
    _FACTS[key] = (weakref.ref(categories, lambda _ref, key=key: _FACTS.pop(key, None)), memo)
    return memo


def _per_word(vocab: np.ndarray, facts: dict | None, keep: np.ndarray | None, name: str, make) -> np.ndarray:
    """``make(words)`` (one value per word, an array) for the words ``vocab`` that :func:`_codes` gave with
    ``facts``: made once per categories as ``facts[name]`` and cut to the categories ``keep`` (all when
    None), or made on ``vocab`` when there is no memo."""
    if facts is None:
        return make(vocab)
    if name not in facts:
        facts[name] = make(facts["words"])
    return facts[name] if keep is None else facts[name][keep]


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray, dict | None]:
    """Integer codes of a string column, the distinct values they name (an object array), and the memo of
    those values' per-word facts (:func:`_word_facts`) when they are a categorical column's categories.

    A categorical column (the tokens table's article_id, token and norm) gives its own codes (int8 to
    int32, not copied) and categories, so no string is hashed; any other column, or one with missing
    values, is factorized as strings (no memo). The tokens table has millions of rows: every int64 copy of
    a column costs, so none is made here.
    """
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.array.codes  # the column's own (read-only); ``.cat.codes`` would copy them
        if not len(codes) or codes.min() >= 0:
            facts = _word_facts(values.cat.categories)
            return codes, facts["words"], facts
    codes, uniques = pd.factorize(values.astype(str), sort=False)
    return codes, np.asarray(uniques, dtype=object), None


# The _Coded of each tokens table analysed, while the table lives: a notebook asks frequencies, TF-IDF,
# keyness, collocations, KWIC, dispersion and trends of one table in turn, and each coded it again (its
# order checked, its runs numbered) and made the same n-grams and matches again. A table is known by its
# identity, its columns and their arrays; the entry holds a shallow copy of the table, so pandas copies a
# column before writing into it (copy on write) and a table changed in place has new arrays: coded anew.
_CODED: dict[int, tuple[weakref.ref, pd.DataFrame, list, _Coded]] = {}


def _coded(tokens: pd.DataFrame) -> _Coded:
    """The :class:`_Coded` of ``tokens``, made once while the table and its columns stay the same."""
    arrays = getattr(getattr(tokens, "_mgr", None), "arrays", None)
    if arrays is None:  # not a DataFrame's blocks: nothing to know it by
        return _make_coded(tokens)
    key = id(tokens)
    entry = _CODED.get(key)
    if entry is not None and entry[0]() is tokens and entry[1].columns.equals(tokens.columns) \
            and len(entry[2]) == len(arrays) and all(x is y for x, y in zip(entry[2], arrays, strict=True)):
        return entry[3]
    c = _make_coded(tokens)
    _CODED[key] = (weakref.ref(tokens, lambda _ref, key=key: _CODED.pop(key, None)), tokens.copy(deep=False),
                   list(arrays), c)
    return c


def _shared(c: _Coded, key: tuple, make):
    """``make()``, made once per coded table and ``key`` (:attr:`_Coded.memo`)."""
    if key not in c.memo:
        c.memo[key] = make()
    return c.memo[key]


def _make_coded(tokens: pd.DataFrame) -> _Coded:
    schema.check(tokens, "tokens")
    art, art_ids, _ = _codes(tokens["article_id"])
    sent = tokens["sentence_no"].to_numpy()
    tno = tokens["token_no"].to_numpy()
    # In reading order when the articles come one after the other and, within one, sentences and tokens
    # increase (the article codes need not increase: categories are sorted, the rows need not be).
    same = art[1:] == art[:-1]
    ordered = len(art) < 2 or bool(np.all(
        np.where(same, (sent[1:] > sent[:-1]) | ((sent[1:] == sent[:-1]) & (tno[1:] > tno[:-1])), True)))
    if ordered and len(art) > 1:
        starts = art[np.r_[True, ~same]]
        ordered = len(np.unique(starts)) == len(starts)  # no article comes back after another
    t = tokens
    if not ordered:
        first, _ = pd.factorize(art, sort=False)  # articles in order of first appearance, as before
        order = np.lexsort((tno, sent, first))
        t = tokens.iloc[order]
        art, sent, tno = art[order], sent[order], tno[order]
    t = t.reset_index(drop=True)
    # Article codes numbered in order of appearance (0, 1, 2, ...), distinct articles only. Already so
    # for a whole tokens table (sorted categories, articles in order): then nothing is renumbered.
    step = np.diff(art)
    if not (len(art) and art[0] == 0 and ((step == 0) | (step == 1)).all() and art[-1] == len(art_ids) - 1):
        art, used = pd.factorize(art, sort=False)
        art_ids = art_ids[used]
    codes, vocab, facts = _codes(t["norm"])
    keep = None
    present = np.bincount(codes, minlength=len(vocab)) > 0
    if not present.all():  # a subset of the table: keep the norms it holds
        remap = (np.cumsum(present) - 1).astype(np.int32)
        codes, vocab, keep = remap[codes], vocab[present], np.flatnonzero(present)
    brk = np.ones(len(t), dtype=bool)
    if len(t) > 1:
        brk[1:] = (art[1:] != art[:-1]) | (sent[1:] != sent[:-1]) | (tno[1:] != tno[:-1] + 1)
    wordlike = _per_word(vocab, facts, keep, "wordlike", _wordlike)
    return _Coded(t, codes, vocab, art, art_ids, np.cumsum(brk, dtype=np.int32), wordlike, facts, keep)


def _wordlike(words: np.ndarray) -> np.ndarray:
    return np.fromiter((any(ch.isalnum() for ch in w) for w in words), dtype=bool, count=len(words))


def _folded(words: np.ndarray) -> np.ndarray:
    return np.array([fold(w) for w in words], dtype=object)


def _of_articles(tokens: pd.DataFrame, ids: Iterable[str]) -> pd.DataFrame:
    """The rows of ``tokens`` whose article_id (as a string) is one of ``ids``."""
    col, ids = tokens["article_id"], list(ids)
    if isinstance(col.dtype, pd.CategoricalDtype):
        # the categories' strings (remembered with them) looked up in a set: pandas' isin of Arrow strings
        # makes an Arrow scalar of each id first (20,000 articles: 0.15 s a call)
        idset, names = set(ids), _word_facts(col.cat.categories)["words"]
        wanted = np.append(np.fromiter((w in idset for w in names), dtype=bool, count=len(names)), str(np.nan) in idset)
        rows = wanted[col.array.codes]  # code -1 (missing) reads the last entry
    else:
        rows = col.astype(str).isin(ids).to_numpy()
    # every row kept (every article in a group, every one dated): the table itself, whose coding, n-grams
    # and matches the other analyses have made (_coded); a copy of all its rows would make them again
    return tokens if rows.all() else tokens[rows]


def _stop_set(stopwords: Iterable[str] | None) -> frozenset:
    return shipped_stopwords() if stopwords is None else frozenset(fold(w) for w in stopwords)


def _stop_mask(c: _Coded, stopwords: Iterable[str] | None) -> np.ndarray:
    """Per vocabulary code: True when an n-gram may not start or end with it (stopword or punctuation)."""
    stop = _stop_set(stopwords)
    return _shared(c, ("stop", stop), lambda: _make_stop_mask(c, stop))


def _make_stop_mask(c: _Coded, stop: frozenset) -> np.ndarray:
    folded = c.per_word("folded", _folded)
    is_stop = np.fromiter((w in stop for w in folded), dtype=bool, count=len(folded))
    return _frozen(is_stop | ~c.wordlike)


def _frozen(*arrays: np.ndarray):
    """``arrays`` made read-only (one array alone, or a tuple), as kept in :attr:`_Coded.memo` for the
    analyses that follow: none can change what another reads."""
    for a in arrays:
        a.setflags(write=False)
    return arrays[0] if len(arrays) == 1 else arrays


def _ngrams(c: _Coded, n: int, stopwords: Iterable[str] | None) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_grams` of ``n`` tokens neither starting nor ending with a stopword or punctuation, made once
    per coded table (frequencies, TF-IDF, keyness and collocations count the same ones)."""
    stop = _stop_set(stopwords)
    return _shared(c, ("grams", n, stop), lambda: _frozen(*_grams(c, n, _stop_mask(c, stopwords))))


def _first_shared(c: _Coded, n: int, stopwords: Iterable[str] | None) -> np.ndarray:
    """:func:`_first_of_key` of :func:`_ngrams`, made once per coded table."""
    stop = _stop_set(stopwords)
    return _shared(c, ("first", n, stop), lambda: _frozen(_first_of_key(*_ngrams(c, n, stopwords))))


def _ngram_strings(c: _Coded, n: int, stopwords: Iterable[str] | None, which: np.ndarray) -> np.ndarray:
    """The terms (norms joined by spaces, from each key's first occurrence: :func:`_strings_at`) of the keys
    ``which`` of :func:`_ngrams`: each term's string made once per
    coded table, by the first analysis that shows it (frequencies and keyness show most of the same).
    Kept as the strings made so far and, per key, 1 + its string's place among them (0: none yet; the
    array of zeros costs no memory until written, so no object per key of millions is made)."""
    stop = _stop_set(stopwords)
    first = _first_shared(c, n, stopwords)
    slot, made = _shared(c, ("names", n, stop), lambda: (np.zeros(len(first), dtype=np.int64), []))
    at = slot[which]
    missing = which[at == 0]
    if len(missing):
        done = sum(map(len, made))
        made.append(_strings_at(c, first[missing], n))
        slot[missing] = np.arange(done + 1, done + len(missing) + 1)
        at = slot[which]
    if len(made) > 1:
        made[:] = [np.concatenate(made)]
    return made[0][at - 1] if made else np.empty(0, dtype=object)


def _grams(c: _Coded, n: int, edge_bad: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the first token of every n-gram kept, and a dense key (0..K-1) naming each n-gram."""
    m = len(c.codes) - n + 1
    if m <= 0:
        return np.empty(0, np.int32), np.empty(0, np.int32)
    valid = c.run[n - 1:] == c.run[:m]
    if edge_bad is not None:
        valid &= ~edge_bad[c.codes[:m]] & ~edge_bad[c.codes[n - 1:]]
    # both kept as int32 when they fit (they are the largest arrays of a large corpus's counts)
    small = np.int32 if m < 2**31 else np.int64
    idx = np.flatnonzero(valid).astype(small)
    del valid
    # the first word's codes numbered in order of first appearance, as pd.factorize numbers them, through a
    # table of the vocabulary (no int64 label per position)
    first = c.codes[idx]
    seen = pd.unique(first)
    table = np.zeros(max(len(c.vocab), 1), dtype=small)
    table[seen] = np.arange(len(seen), dtype=small)
    key = table[first]
    del first, seen, table
    width = max(len(c.vocab), 1)
    for k in range(1, n):  # re-densify after each word so keys never overflow
        # key * width + the k-th word's code, in place (key < len(idx): no overflow in int64); codes[k:][idx]
        # is codes[idx + k] without an array of the shifted positions
        wide = key.astype(np.int64)
        del key
        wide *= width
        wide += c.codes[k:][idx]
        labels = pd.factorize(wide, sort=False)[0]
        del wide  # before the labels are narrowed: never the wide codes, their labels and the keys at once
        key = labels.astype(small)
        del labels
    return idx, key


def _strings_at(c: _Coded, first: np.ndarray, n: int) -> np.ndarray:
    """The n-grams of ``n`` tokens starting at token positions ``first``, norms joined by spaces, the
    possessive 's joined to the word before it (:func:`_glue_clitic`)."""
    if not len(first):
        return np.empty(0, object)
    parts = [c.vocab[c.codes[first + j]] for j in range(n)]
    out = np.empty(len(first), dtype=object)
    out[:] = [_glue_clitic(" ".join(ws)) for ws in zip(*parts, strict=True)]
    return out


# The tokenizer splits the possessive off as its own token (China's -> China + 's), which a term then
# showed as "russia 's war". No token holds a space and no word token starts with an apostrophe, so a
# space, an apostrophe and s followed by a space or the end is exactly that token.
_CLITIC = re.compile(r" ('[sS])(?= |$)")


def _glue_clitic(term: str) -> str:
    """``term`` with the possessive clitic joined to the word before it: "russia 's war" -> "russia's
    war" (as written; a search for either finds the same tokens)."""
    return _CLITIC.sub(r"\1", term) if "'" in term else term


def _first_of_key(idx: np.ndarray, key: np.ndarray) -> np.ndarray:
    """Token position of the first occurrence of each key 0..K-1.

    Keys come from ``pd.factorize(sort=False)``, which numbers values in order of first appearance, so a
    first occurrence is exactly where the key exceeds every key before it.
    """
    if not len(key):
        return idx[:0]
    new = np.ones(len(key), dtype=bool)
    new[1:] = key[1:] > np.maximum.accumulate(key)[:-1]
    return idx[new]


# Rows per block in _pair_counts: a hash table of this many int64 stays in the CPU cache.
_PAIR_BLOCK = 65_536


def _pair_counts(key: np.ndarray, art: np.ndarray, n_docs: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (term, article) pairs in order of first appearance (as ``pd.factorize(key * n_docs +
    art, sort=False)`` numbers them), as their terms (in ``key``'s type) and articles (in ``art``'s), and
    how many rows hold each (int32 while the rows fit).

    Rows come article by article (``art`` non-decreasing), and a pair never repeats across articles, so
    the rows are counted in blocks of whole articles: small hash tables (several times faster than one
    table of millions), and no code per row nor per pair (int64) is kept past its block.
    """
    width = max(n_docs, 1)
    small = np.int32 if len(key) < 2**31 else np.int64
    terms, arts, counts = [], [], []
    for block_codes, block_uniques in _pair_blocks(key, art, width):
        term, at = np.divmod(block_uniques, width)
        terms.append(term.astype(key.dtype, copy=False))
        arts.append(at.astype(art.dtype, copy=False))
        counts.append(np.bincount(block_codes, minlength=len(block_uniques)).astype(small, copy=False))
    return tuple(np.concatenate(x) if len(x) > 1 else x[0] for x in (terms, arts, counts))


def _pair_terms(key: np.ndarray, art: np.ndarray, n_docs: int) -> np.ndarray:
    """The terms of :func:`_pair_counts` alone (no article nor count made)."""
    width = max(n_docs, 1)
    terms = [(block_uniques // width).astype(key.dtype, copy=False)
             for _codes, block_uniques in _pair_blocks(key, art, width)]
    return np.concatenate(terms) if len(terms) > 1 else terms[0]


def _pair_blocks(key: np.ndarray, art: np.ndarray, width: int):
    """``pd.factorize`` of the pair codes ``key * width + art``: of all rows at once, or, when the rows come
    article by article (``art`` non-decreasing), block by block of whole articles (a pair never repeats
    across articles: the blocks' uniques put together are all the rows' uniques, in the same order)."""
    if len(art) <= _PAIR_BLOCK or not bool(np.all(art[1:] >= art[:-1])):
        yield pd.factorize(_pair_codes(key, art, width), sort=False)
        return
    starts = np.flatnonzero(np.r_[True, art[1:] != art[:-1]])
    at = np.searchsorted(starts, np.arange(0, len(art), _PAIR_BLOCK))  # first article starting in each block
    cuts = np.unique(np.r_[0, starts[at[at < len(starts)]], len(art)])
    for a, b in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
        # each block's codes made for it alone: no int64 code for every row at once (the largest arrays)
        yield pd.factorize(_pair_codes(key[a:b], art[a:b], width), sort=False)


def _pair_codes(key: np.ndarray, art: np.ndarray, width: int) -> np.ndarray:
    """``key * width + art`` as int64, made in one array (no temporary)."""
    pairs = key.astype(np.int64)
    pairs *= width
    pairs += art
    return pairs


def _ns(ngram_min: int, ngram_max: int) -> range:
    if not 1 <= ngram_min <= ngram_max:
        raise ValueError(f"need 1 <= ngram_min <= ngram_max, got ngram_min={ngram_min}, ngram_max={ngram_max}")
    return range(ngram_min, ngram_max + 1)


def _article_rows(c: _Coded) -> tuple[np.ndarray, np.ndarray]:
    """The first and the last token row of each article code (the codes come in order, 0, 1, ...), made
    once per coded table. The codes searched for are of the codes' own type: an int64 search would copy
    the millions of (int16) article codes to int64 first, for each search."""
    def make():
        codes = np.arange(len(c.art_ids), dtype=c.art.dtype)
        return _frozen(np.searchsorted(c.art, codes, side="left"), np.searchsorted(c.art, codes, side="right") - 1)
    return _shared(c, ("article rows",), make)


def _words(c: _Coded) -> int:
    return len(c.codes) if c.wordlike.all() else int(c.wordlike[c.codes].sum())


def _words_per_article(c: _Coded) -> np.ndarray:
    """Words of each article code, counted once per coded table (TF-IDF, keyness, dispersion and trends
    each divide by them)."""
    return _shared(c, ("words per article",), lambda: _frozen(_count_words_per_article(c)))


def _count_words_per_article(c: _Coded) -> np.ndarray:
    if c.wordlike.all():  # no punctuation kept: every token is a word
        return np.bincount(c.art, minlength=len(c.art_ids))
    return np.bincount(c.art[c.wordlike[c.codes]], minlength=len(c.art_ids))


# ---------------------------------------------------------------------------------------------------
# frequency lists and TF-IDF


def frequencies(tokens: pd.DataFrame, *, ngram_min: int = 1, ngram_max: int = 3,
                stopwords: Iterable[str] | None = None, min_count: int = 1) -> pd.DataFrame:
    """Frequency list of words and n-grams of ``ngram_min`` to ``ngram_max`` words.

    N-grams and stopwords follow the module's rules; terms seen fewer than ``min_count`` times are left
    out. Sorted by count (descending), then n, then term.

    Returns columns: term, n, count, doc_count, per_10k (per 10,000 words of the corpus).
    """
    c = _coded(tokens)
    total = _words(c)
    n_docs = max(len(c.art_ids), 1)
    frames = []
    for n in _ns(ngram_min, ngram_max):
        idx, key = _ngrams(c, n, stopwords)
        if not len(idx):
            continue
        count = np.bincount(key)
        keep = np.flatnonzero(count >= min_count)
        # Articles per term: a term seen once is in one; the others count their distinct (term, article)
        # pairs, hashed for the terms kept only.
        multi = count[key] >= max(min_count, 2)
        doc_count = np.bincount(_pair_terms(key[multi], c.art[idx[multi]], n_docs), minlength=len(count))
        doc_count[count == 1] = 1
        frames.append(pd.DataFrame({"term": _ngram_strings(c, n, stopwords, keep), "n": n, "count": count[keep],
                                    "doc_count": doc_count[keep]}))
    if not frames:
        return schema.empty("terms")
    out = pd.concat(frames, ignore_index=True)
    out["per_10k"] = out["count"] * 10_000.0 / total if total else np.nan
    out["term"] = out["term"].astype(str)
    out = out.take(_stable_order(out, [("count", "descending"), ("n", "ascending"), ("term", "ascending")]))
    return out.reset_index(drop=True)[schema.columns("terms")]


def _stable_order(table: pd.DataFrame, keys: list[tuple[str, str]]) -> np.ndarray:
    """The row order of ``table.sort_values`` by ``keys`` (integer and string columns without missing
    values, each "ascending" or "descending"), stable, from Arrow's sort: a third of the CPU of pandas'
    sort, which factorizes the strings first (a frequency list of 20,000 articles has 280,000 terms).
    Strings sort by their code points either way (UTF-8 keeps that order)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = {}
    for name, _ in keys:
        values = table[name]
        columns[name] = (pa.array(values.to_numpy(dtype=object), type=pa.large_string())
                         if values.dtype.kind not in "iu" else pa.array(values.to_numpy()))
    return pc.sort_indices(pa.table(columns), sort_keys=keys).to_numpy()


def tfidf(tokens: pd.DataFrame, *, ngram_min: int = 1, ngram_max: int = 1,
          stopwords: Iterable[str] | None = None, min_count: int = 1, top_n: int | None = None) -> pd.DataFrame:
    """TF-IDF of each term in each article: tf = count / words in the article, idf = ln(articles /
    articles containing the term), so a term in every article scores 0.

    Terms seen fewer than ``min_count`` times in the corpus are left out; ``top_n`` keeps the best
    terms of each article. Sorted by article, then tf_idf (descending).

    Returns columns: article_id, term, n, count, tf, idf, tf_idf.
    """
    c = _coded(tokens)
    n_docs = len(c.art_ids)
    words = _words_per_article(c)
    prefilter = top_n is not None and top_n <= _TOP_N_PREFILTER
    frames = []
    for n in _ns(ngram_min, ngram_max):
        idx, key = _ngrams(c, n, stopwords)
        if not len(idx):
            continue
        first = _first_shared(c, n, stopwords)  # where each term first occurs
        total = np.bincount(key)
        k, a, count = _pair_counts(key, c.art[idx], n_docs)
        del idx, key
        df = np.bincount(k, minlength=len(total))
        if min_count > 1:
            ok = np.flatnonzero(total[k] >= min_count)
            k, a, count = k[ok], a[ok], count[ok]
        if prefilter:
            # Only the rows that can be among an article's best within this n can be among its best over
            # all n (the prefilter keeps every row scoring at least the top_n-th best), so the millions of
            # (article, term) pairs are not all kept until every n is done; their tf and idf are made for
            # the candidates only (the same values: the same operations on the same numbers).
            score = count / words[a]
            score *= np.log(n_docs / df[k])
            cand = np.flatnonzero(_top_candidates(a, score, top_n))
            a, k, count, score = (x[cand] for x in (a, k, count, score))
        tf = count / words[a]
        idf = np.log(n_docs / df[k])
        if not prefilter:
            score = tf * idf
        frames.append((a, k, count, tf, idf, score, first, n))
    if not frames:
        return schema.empty("tfidf")
    # Rank within each article with numpy (the table can hold millions of article x term pairs). A term
    # is named by its index among all n's terms; its string is made for the rows kept only.
    term_first = np.concatenate([f[6] for f in frames])
    term_n = np.concatenate([np.full(len(f[6]), f[7]) for f in frames])
    offsets = np.cumsum([0] + [len(f[6]) for f in frames])[:-1]
    ns = np.concatenate([np.full(len(f[0]), f[7]) for f in frames])
    term = np.concatenate([f[1] + off for f, off in zip(frames, offsets, strict=True)])
    art, count, tf, idf, score = (np.concatenate([f[j] for f in frames]) for j in (0, 2, 3, 4, 5))
    several, frames = len(frames) > 1, None
    if prefilter and several:
        # the same prefilter over all n: sort only the rows that can be among an article's best (the rest
        # cannot change the result: the sort is stable, so the candidates keep their order)
        cand = np.flatnonzero(_top_candidates(art, score, top_n))
        art, term, ns, count, tf, idf, score = (x[cand] for x in (art, term, ns, count, tf, idf, score))
    order = np.lexsort((-count, -score, art))
    if top_n is not None:
        art_sorted = art[order]
        first_of_art = np.searchsorted(art_sorted, art_sorted, side="left")
        order = order[np.arange(len(order)) - first_of_art < top_n]
    chosen, which = np.unique(term[order], return_inverse=True)
    names = np.empty(len(chosen), dtype=object)
    for n in np.unique(term_n[chosen]).tolist():
        at = np.flatnonzero(term_n[chosen] == n)
        names[at] = _strings_at(c, term_first[chosen[at]], n)
    out = pd.DataFrame({"article_id": c.art_ids[art[order]].astype(str), "term": names[which].astype(str),
                        "n": ns[order].astype(np.int64), "count": count[order].astype(np.int64), "tf": tf[order],
                        "idf": idf[order], "tf_idf": score[order]})
    return out[schema.columns("tfidf")]


# Up to this top_n, tfidf first picks the candidates in top_n passes over the rows (_top_candidates),
# then sorts those only; above it, sorting every row is the cheaper way.
_TOP_N_PREFILTER = 25


def _top_candidates(group: np.ndarray, score: np.ndarray, top_n: int) -> np.ndarray:
    """Per row: whether its score is at least the ``top_n``-th largest score of its group (ties counted
    once each), a superset of each group's ``top_n`` best rows whatever breaks the ties."""
    if top_n <= 0 or not len(group):
        return np.zeros(len(group), dtype=bool)
    grouped = bool(np.all(group[1:] >= group[:-1]))  # one n: rows already come article by article
    by_group = None if grouped else np.argsort(group, kind="stable")
    g, s = (group, score) if grouped else (group[by_group], score[by_group])  # no copy when grouped
    new = np.r_[True, g[1:] != g[:-1]]
    starts = np.flatnonzero(new)
    row_group = np.cumsum(new, dtype=np.int32 if len(starts) < 2**31 else np.int64) - 1
    del new
    threshold = np.full(len(starts), -np.inf)
    taken = np.zeros(len(starts), dtype=np.int64)
    left = s.astype(float)
    for _ in range(top_n):  # each pass takes every group's next best score (with its ties)
        best = np.maximum.reduceat(left, starts)
        open_ = (taken < top_n) & (best > -np.inf)
        if not open_.any():
            break
        hit = left == best[row_group]
        threshold = np.where(open_, best, threshold)
        taken += np.where(open_, np.add.reduceat(hit, starts, dtype=np.int64), 0)
        left[hit] = -np.inf
    del left
    if grouped:
        return s >= threshold[row_group]
    keep = np.empty(len(group), dtype=bool)
    keep[by_group] = s >= threshold[row_group]
    return keep


# ---------------------------------------------------------------------------------------------------
# keyness


def split_value(articles: pd.DataFrame, *, column: str = "published", value: str = "") -> str:
    """The value that splits ``articles`` into target and reference (see :func:`split_groups`):
    ``value`` itself when given; else, for ``published``, the median publication date (ISO day) of
    the dated articles, and for another column its most frequent value. '' when there is none."""
    if value:
        return str(value)
    if column not in articles.columns:
        raise KeyError(f"split column {column!r} is not an articles column; choose one of {list(articles.columns)}")
    if column == "published":
        dates = pd.to_datetime(articles["published"].where(articles["published"].astype(str) != ""),
                               errors="coerce", format="ISO8601").dropna()
        if dates.empty:
            return ""
        return dates.median().strftime("%Y-%m-%d")
    values = articles[column].explode() if articles[column].map(lambda v: isinstance(v, list)).any() \
        else articles[column]
    values = values[values.astype(str) != ""].dropna()
    return "" if values.empty else str(values.astype(str).value_counts().index[0])


def split_groups(articles: pd.DataFrame, *, column: str = "published", value: str = "") -> pd.DataFrame:
    """Assign articles to a ``target`` and a ``reference`` group for :func:`keyness`.

    ``column="published"``: articles published on or after the ISO date ``value`` are the target, those
    before it the reference, undated ones are in neither ('' = the median date, :func:`split_value`).
    Any other column: articles whose value equals ``value`` (or, for a list column such as authors,
    contains it) are the target, all others the reference ('' = the column's most frequent value).

    Returns columns: article_id, group ("target" or "reference").
    """
    value = split_value(articles, column=column, value=value)
    ids = articles["article_id"].astype(str)
    if not value:
        return pd.DataFrame({"article_id": pd.Series([], dtype=object), "group": pd.Series([], dtype=object)})
    if column == "published":
        pub = articles["published"].astype(str).fillna("")
        dated = pub != ""
        target = pub.str.slice(0, len(value)) >= value
        group = np.where(target, "target", "reference")
        return pd.DataFrame({"article_id": ids[dated].to_numpy(), "group": group[dated.to_numpy()]})
    col = articles[column]
    target = col.map(lambda v: value in [str(x) for x in v] if isinstance(v, list | tuple) else str(v) == value)
    return pd.DataFrame({"article_id": ids.to_numpy(), "group": np.where(target, "target", "reference")})


def log_likelihood(a, b, c, d) -> np.ndarray:
    """Signed log-likelihood G² of a term seen ``a`` times in a target of ``c`` words and ``b`` times in a
    reference of ``d`` words (Rayson & Garside 2000, as in Rayson's online calculator):

        E1 = c (a + b) / (c + d),  E2 = d (a + b) / (c + d),  G² = 2 (a ln(a / E1) + b ln(b / E2))

    with 0 ln 0 = 0; negative when the term is relatively rarer in the target (a / c < b / d).
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(np.where(a > 0, a, 1.0) / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(np.where(b > 0, b, 1.0) / e2), 0.0)
        g2 = 2.0 * (t1 + t2)
        under = a * d < b * c
    return np.where(under, -g2, g2)


def log_ratio(a, b, c, d) -> np.ndarray:
    """Hardie's log ratio: log2((a / c) / (b / d)), each zero count taken as 0.5 so the ratio stays finite
    (a term absent from one group still gets a size of effect). 1 = twice as frequent in the target."""
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    a = np.where(a == 0, 0.5, a)
    b = np.where(b == 0, 0.5, b)
    return np.log2((a / c) / (b / d))


def chi2_p(g2) -> np.ndarray:
    """Upper-tail p-value of |G²| under chi-square with 1 degree of freedom: erfc(sqrt(|G²| / 2))."""
    g2 = np.abs(np.asarray(g2, dtype=float))
    return np.array([math.erfc(math.sqrt(x / 2.0)) for x in g2.ravel()]).reshape(g2.shape)


def keyness(tokens: pd.DataFrame, groups: pd.DataFrame, *, ngram_min: int = 1, ngram_max: int = 1,
            stopwords: Iterable[str] | None = None, min_count: int = 2, min_docs: int = 2) -> pd.DataFrame:
    """Keywords of the target group against the reference group (``groups`` from :func:`split_groups`).

    Counts n-grams as :func:`frequencies` does, in each group; keeps terms seen ``min_count`` times or
    more in both groups together, and used in ``min_docs`` or more articles of the group that uses them
    more (or in all its articles, when it has fewer): a phrase one article repeats says nothing of its
    group, yet twice in a small target and never elsewhere scores G² 11 (p < 0.001), and such phrases
    filled the top of the list. Totals are the words of each group. Articles in no group are ignored.
    Empty when either group has no words. Sorted by g2 (over-used in target first, under-used last).

    Returns columns: term, n, target_count, reference_count, target_total, reference_total, g2 (signed
    log-likelihood, :func:`log_likelihood`), p_value (:func:`chi2_p`), log_ratio (:func:`log_ratio`).
    """
    if not {"article_id", "group"} <= set(groups.columns):
        raise ValueError(f"groups needs columns article_id and group (see split_groups); it has {list(groups.columns)}")
    is_target = dict(zip(groups["article_id"].astype(str), groups["group"].astype(str) == "target", strict=True))
    c = _coded(_of_articles(tokens, is_target.keys()))
    in_target = np.fromiter((is_target[str(a)] for a in c.art_ids), dtype=bool, count=len(c.art_ids))
    words = _words_per_article(c)
    target_total, reference_total = int(words[in_target].sum()), int(words[~in_target].sum())
    if target_total == 0 or reference_total == 0:
        return schema.empty("keyness")
    need = (min(min_docs, int(in_target.sum())), min(min_docs, int((~in_target).sum())))
    frames = []
    for n in _ns(ngram_min, ngram_max):
        idx, key = _ngrams(c, n, stopwords)
        if not len(idx):
            continue
        tgt = in_target[c.art[idx]]
        a = np.bincount(key[tgt], minlength=int(key.max()) + 1)
        b = np.bincount(key[~tgt], minlength=int(key.max()) + 1)
        ok = a + b >= min_count
        if max(need) > 1:
            ok &= _used_widely(c, idx, key, tgt, a, b, target_total, reference_total, need)
        keep = np.flatnonzero(ok)
        frames.append(pd.DataFrame({"term": _ngram_strings(c, n, stopwords, keep), "n": n, "target_count": a[keep],
                                    "reference_count": b[keep]}))
    if not frames:
        return schema.empty("keyness")
    out = pd.concat(frames, ignore_index=True)
    out["term"] = out["term"].astype(str)
    out["target_total"] = target_total
    out["reference_total"] = reference_total
    args = (out["target_count"], out["reference_count"], target_total, reference_total)
    out["g2"] = log_likelihood(*args)
    out["p_value"] = chi2_p(out["g2"])
    out["log_ratio"] = log_ratio(*args)
    out = out.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return out[schema.columns("keyness")]


def _used_widely(c: _Coded, idx: np.ndarray, key: np.ndarray, tgt: np.ndarray, a: np.ndarray, b: np.ndarray,
                 target_total: int, reference_total: int, need: tuple[int, int]) -> np.ndarray:
    """Per key: whether the group that uses the term more (target when its G² is not negative, as
    :func:`log_likelihood` signs it) has it in ``need`` (target, reference) articles or more. Articles
    are counted (hashed pairs) only for the terms seen twice or more in that group: a term seen once is
    in one article."""
    over = ~(a.astype(float) * reference_total < b.astype(float) * target_total)
    ok = np.empty(len(a), dtype=bool)
    for side, rows, seen, want in ((over, tgt, a, need[0]), (~over, ~tgt, b, need[1])):
        docs = np.minimum(seen, 1)
        many = side & (seen >= 2) & (want > 1)
        pick = rows & many[key]
        if pick.any():
            counted = np.bincount(_pair_terms(key[pick], c.art[idx[pick]], len(c.art_ids)), minlength=len(a))
            docs = np.where(many, counted, docs)
        ok[side] = docs[side] >= want
    return ok


# ---------------------------------------------------------------------------------------------------
# collocations


def collocations(tokens: pd.DataFrame, *, stopwords: Iterable[str] | None = None, min_count: int = 2,
                 top_n: int | None = None) -> pd.DataFrame:
    """Word pairs that occur together more than chance, scored as nltk's BigramAssocMeasures (PMI and
    likelihood ratio) score them in a :class:`nltk.collocations.BigramCollocationFinder`: the same values
    to the last bit, worked out on arrays (:func:`_bigram_scores`) rather than one pair at a time.

    Pairs are adjacent tokens of one sentence (no gap), seen at least ``min_count`` times, neither word a
    stopword nor punctuation (nltk's ``apply_freq_filter`` / ``apply_word_filter``); word frequencies
    and the corpus size count every token. Sorted by likelihood ratio (descending); ``top_n`` keeps the
    first rows.

    Returns columns: term, word1, word2, count, pmi, likelihood_ratio.
    """
    c = _coded(tokens)
    # nltk's word filter (apply_word_filter) first: a pair with a stopword or punctuation is not counted at
    # all (its count decides nothing else), then the freq filter (apply_freq_filter)
    idx, key = _ngrams(c, 2, stopwords)
    if not len(idx):
        return schema.empty("collocations")
    count = np.bincount(key)
    first = _first_shared(c, 2, stopwords)
    w1, w2 = c.codes[first], c.codes[first + 1]
    keep = np.flatnonzero(count >= max(min_count, 1))
    if not len(keep):
        return schema.empty("collocations")
    word_n = np.bincount(c.codes, minlength=len(c.vocab))
    w1, w2 = w1[keep], w2[keep]
    pmi, llr = _bigram_scores(count[keep], word_n[w1], word_n[w2], len(c.codes))
    x, y = c.vocab[w1], c.vocab[w2]
    out = pd.DataFrame({"term": [_glue_clitic(f"{a} {b}") for a, b in zip(x.tolist(), y.tolist(), strict=True)],
                        "word1": x.tolist(), "word2": y.tolist(), "count": count[keep].astype("int64"),
                        "pmi": pmi, "likelihood_ratio": llr}, columns=schema.columns("collocations"))
    out = out.sort_values(["likelihood_ratio", "term"], ascending=[False, True], kind="stable")
    if top_n is not None:
        out = out.head(top_n)
    return out.reset_index(drop=True)


_SMALL = 1e-20  # nltk.metrics.association._SMALL


def _bigram_scores(n_ii: np.ndarray, n_ix: np.ndarray, n_xi: np.ndarray, n_xx: int) -> tuple[np.ndarray, np.ndarray]:
    """nltk's ``BigramAssocMeasures.pmi`` and ``likelihood_ratio`` of bigrams seen ``n_ii`` times whose
    words are seen ``n_ix`` and ``n_xi`` times among ``n_xx`` words, as a ``BigramCollocationFinder``
    (window 2) scores them, bit for bit: the same float operations in the same order, on arrays, and
    the logarithms from Python's ``math`` as nltk takes them (numpy's may differ in the last bit)."""
    log, log2, n = math.log, math.log2, len(n_ii)
    n_ii = n_ii.astype("float64") / 1.0  # the finder's count / (window_size - 1.0)
    n_ix, n_xi = n_ix.astype("int64"), n_xi.astype("int64")
    # pmi = log2(n_ii * N) - log2(n_ix * n_xi), with math.log2 as nltk's _log2; the product is an int
    left = np.fromiter(map(log2, (n_ii * n_xx).tolist()), dtype="float64", count=n)
    right = np.fromiter(map(log2, (n_ix * n_xi).tolist()), dtype="float64", count=n)
    pmi = left - right
    # likelihood ratio: the contingency table, its expected values, 2 * sum(obs * ln(obs / (exp + SMALL) + SMALL))
    n_oi = n_xi - n_ii
    n_io = n_ix - n_ii
    n_oo = n_xx - n_ii - n_oi - n_io
    cont = (n_ii, n_oi, n_io, n_oo)
    total = ((0.0 + n_ii + n_oi) + n_io) + n_oo  # sum(cont): left to right from 0
    acc = np.zeros(len(n_ii))
    for i in range(4):
        obs = cont[i]
        exp = (obs + cont[i ^ 1]) * (obs + cont[i ^ 2]) / total
        ratio = (obs / (exp + _SMALL) + _SMALL).tolist()
        acc = acc + obs * np.fromiter(map(log, ratio), dtype="float64", count=n)
    return pmi, 2 * acc


# ---------------------------------------------------------------------------------------------------
# finding terms: occurrences, KWIC, dispersion, trends


# The terms notebook's default search terms (its parameters kwic_terms and trend_terms), and the same in Russian
DEFAULT_KWIC_TERMS = ("strategic partnership", "Ukraine")
DEFAULT_TREND_TERMS = ("ukraine", "partnership")
_RUSSIAN_KWIC_TERMS = ("стратегическое партнерство", "Украина")
_RUSSIAN_TREND_TERMS = ("украина", "партнерство")


def search_terms(articles: pd.DataFrame, kwic_terms: Sequence[str], trend_terms: Sequence[str]
                 ) -> tuple[list[str], list[str], bool, str]:
    """The terms the notebook searches for: ``kwic_terms`` and ``trend_terms`` as given, unless both are its
    defaults (:data:`DEFAULT_KWIC_TERMS`, :data:`DEFAULT_TREND_TERMS`) and some articles are in Russian: the
    defaults are English words, which a Russian story never holds, so the same topics in Russian are searched
    too (only they when no article is in another language), every form of their words found by its stem
    (``forms``: "Украина" finds "Украины", "Украине"). Returns (kwic terms, trend terms, forms, a note saying
    what was searched, '' when the terms are as given)."""
    kwic, trend = [str(t) for t in kwic_terms], [str(t) for t in trend_terms]
    if tuple(kwic) != DEFAULT_KWIC_TERMS or tuple(trend) != DEFAULT_TREND_TERMS or "language" not in articles:
        return kwic, trend, False, ""
    told = articles["language"].fillna("").astype(str)
    if "text" in articles:
        told = told[articles["text"].fillna("").astype(str) != ""]
    n_ru = int((told == "ru").sum())
    if not n_ru:
        return kwic, trend, False, ""
    if n_ru < len(told):
        kwic, trend = kwic + list(_RUSSIAN_KWIC_TERMS), trend + list(_RUSSIAN_TREND_TERMS)
    else:
        kwic, trend = list(_RUSSIAN_KWIC_TERMS), list(_RUSSIAN_TREND_TERMS)
    note = (f"{n_ru} of {len(told)} articles are in Russian: the default search terms (kwic_terms, trend_terms) are "
            f"searched {'in English and in Russian' if n_ru < len(told) else 'in Russian'} ("
            + ", ".join(map(repr, dict.fromkeys(t.casefold() for t in kwic + trend))) + "), each word in every form ('Украина' finds "
            "'Украины', 'partnership' finds 'partnerships'). Give the terms to search for your own words.")
    return kwic, trend, True, note


def _query(term: str, *, fold_words: bool = True) -> list[str]:
    words = [fold(w) if fold_words else w for w in split_words(term) if token_kind(w) != "punct"]
    if not words:
        raise ValueError(f"search term {term!r} has no word in it")
    return words


def _as_list(terms: str | Sequence[str]) -> list[str]:
    return [terms] if isinstance(terms, str) else [str(t) for t in terms]


def _find(c: _Coded, terms: Sequence[str], stem: bool = False, forms: bool = False) -> pd.DataFrame:
    """Matches as positions: term, i (first token row), last (last token row); by term, then position.
    ``stem``: a query word also matches the norms equal to its stem; ``forms``: the words written with its stem
    (see the module's matching rule)."""
    tok_codes, tok_vocab, tok_facts = _codes(c.t["token"])
    # the token codes number all the categories (no subset is cut here)
    folded_tok = _per_word(tok_vocab, tok_facts, None, "folded", _folded)
    folded_norm = c.per_word("folded", _folded)
    n = len(c.codes)

    stem_of = normalizer(stem=True) if stem or forms else None

    def same_stem(s: str) -> np.ndarray:
        """Per token code: whether the word as written has the stem ``s``. Only the words opening with the stem's
        first three letters are stemmed (a stem keeps its word's start), so a search costs a scan of the
        vocabulary, not a stemming of it."""
        key = s[:3]
        out = np.zeros(len(tok_vocab), dtype=bool)
        for k in np.flatnonzero([f.startswith(key) for f in folded_tok]):
            out[k] = stem_of(str(tok_vocab[k])) == s
        return out

    def matches(w: str, s: str, at: np.ndarray | None = None) -> np.ndarray:
        """Whether the token at each position ``at`` (all when None) matches the query word ``w`` (folded)
        whose stem is ``s``."""
        tc, nc = (tok_codes, c.codes) if at is None else (tok_codes[at], c.codes[at])
        norm_ok = folded_norm == w
        if s != w:
            norm_ok |= folded_norm == s
        tok_ok = folded_tok == w
        if forms and s:
            tok_ok |= same_stem(s)
        return tok_ok[tc] | norm_ok[nc]

    def at(words: list[str], stems: list[str]) -> np.ndarray:
        """First token row of each run of tokens matching the query ``words`` (whose stems are ``stems``)."""
        L = len(words)
        # Candidates: where the first word matches; then the following words are checked there only.
        i = np.flatnonzero(matches(words[0], stems[0]))
        i = i[i + L - 1 < n]
        i = i[c.run[i + L - 1] == c.run[i]]
        for k in range(1, L):
            i = i[matches(words[k], stems[k], i + k)]
        return i

    found_terms, found_i, found_len = [], [], []
    for term in terms:
        words = _query(term)
        # each word stemmed as the tokenizer stems it, from the word as written ("НАТО" keeps its letters)
        stems = [stem_of(w) for w in _query(term, fold_words=False)] if stem_of is not None else words
        L = len(words)
        if n - L + 1 <= 0:
            continue
        # Candidates: where the first word matches; then the following words are checked there only.
        i = _shared(c, ("find", tuple(words), tuple(stems), forms), lambda words=words, stems=stems: _frozen(at(words, stems)))
        found_terms.append(np.full(len(i), term, dtype=object))
        found_i.append(i)
        found_len.append(L)
    if not found_i:
        return pd.DataFrame({"term": pd.Series([], dtype=object), "i": np.empty(0, np.int64),
                             "last": np.empty(0, np.int64)})
    i = np.concatenate(found_i).astype(np.int64)
    last = i + np.repeat(np.array(found_len, dtype=np.int64) - 1, [len(x) for x in found_i])
    return pd.DataFrame({"term": np.concatenate(found_terms), "i": i, "last": last})


# The order of the occurrences and KWIC tables (sorted by :func:`_stable_order`).
_BY_TERM = [("term", "ascending"), ("article_id", "ascending"), ("start", "ascending")]


def occurrences(tokens: pd.DataFrame, terms: str | Sequence[str], *, stem: bool = False,
                forms: bool = False) -> pd.DataFrame:
    """Every occurrence of the search ``terms`` (words or phrases, see the module's matching rule; ``stem``
    for tokens made with stem on; ``forms`` to find every form of a word by its stem, "Украина" finding
    "Украины").

    Returns columns: article_id, sentence_no, token_no, start, end (offsets of the whole match in the
    decoded source), term, position (0 = the article's first token, 1 = its last).
    """
    c = _coded(tokens)
    hits = _find(c, _as_list(terms), stem, forms)
    if hits.empty:
        return schema.empty("occurrences")
    i, last = hits["i"].to_numpy(), hits["last"].to_numpy()
    first_of_art, _ = _article_rows(c)
    size = np.bincount(c.art, minlength=len(c.art_ids))
    a = c.art[i]
    out = pd.DataFrame({
        "article_id": c.art_ids[a].astype(str),
        "sentence_no": c.t["sentence_no"].to_numpy()[i].astype(np.int64),
        "token_no": c.t["token_no"].to_numpy()[i].astype(np.int64),
        "start": c.t["start"].to_numpy()[i].astype(np.int64),
        "end": c.t["end"].to_numpy()[last].astype(np.int64),
        "term": hits["term"].astype(str).to_numpy(),
        "position": (i - first_of_art[a]) / np.maximum(size[a] - 1, 1),
    })
    return out.take(_stable_order(out, _BY_TERM)).reset_index(drop=True)


def kwic(tokens: pd.DataFrame, sentences: pd.DataFrame, terms: str | Sequence[str], *, window: int = 6,
         stem: bool = False, forms: bool = False) -> pd.DataFrame:
    """Keyword in context: each occurrence of the search ``terms`` (``stem``, ``forms``: see :func:`occurrences`)
    with ``window`` tokens either side.

    Contexts are cut from the analysis text (``sentences.text``, so punctuation shows) and may reach
    into the article's neighbouring sentences; white space is collapsed. ``start``/``end`` point at the
    keyword in the decoded source.

    Returns columns: article_id, sentence_no, start, end, left, keyword, right, term.
    """
    c = _coded(tokens)
    hits = _find(c, _as_list(terms), stem, forms)
    if hits.empty:
        return schema.empty("kwic")
    t = c.t
    i, last = hits["i"].to_numpy(), hits["last"].to_numpy()
    a = c.art[i]
    first_of_art, last_of_art = _article_rows(c)
    lo = np.maximum(first_of_art[a], i - window)
    hi = np.minimum(last_of_art[a], last + window)
    # Only the tokens that bound a context or a keyword are looked at: their sentence, and where they
    # start and end in its text.
    tok_codes, tok_vocab, _ = _codes(t["token"])
    vocab_len = np.fromiter(map(len, tok_vocab), dtype=np.int64, count=len(tok_vocab))
    sno_all, off_all = t["sentence_no"].to_numpy(), t["offset"].to_numpy()
    # Sentences in order of (article code, sentence_no), so a token's sentence is found by binary
    # search and the sentences between two are the rows between theirs.
    s_art = pd.Index(c.art_ids).get_indexer(sentences["article_id"].astype(str))
    s_no = sentences["sentence_no"].to_numpy(dtype=np.int64)
    width = int(max(s_no.max(initial=0), sno_all.max(initial=0))) + 1
    s_key = np.where(s_art >= 0, s_art * width + s_no, -1)
    s_order = np.argsort(s_key, kind="stable")
    s_sorted = s_key[s_order]

    def at(p: np.ndarray) -> tuple[np.ndarray, list[int], list[int], list[int]]:
        """Sentence position (in s_order), sentence_no, start and end in the sentence text of tokens p."""
        want = c.art[p].astype(np.int64) * width + sno_all[p]
        pos = np.searchsorted(s_sorted, want, side="right") - 1  # the last, as a dict keyed by sentence would
        bad = (pos < 0) | (s_sorted[np.maximum(pos, 0)] != want)
        if bad.any():
            k = int(np.flatnonzero(bad)[0])
            raise ValueError(f"tokens name a sentence that is not in the sentences table: article "
                             f"{c.art_ids[c.art[p[k]]]!r}, sentence {int(sno_all[p[k]])}")
        off = off_all[p].astype(np.int64)
        return pos, sno_all[p].tolist(), off.tolist(), (off + vocab_len[tok_codes[p]]).tolist()

    (p_lo, _, o_lo, _), (p_i, s_i, o_i, _), (p_last, _, _, e_last), (p_hi, _, _, e_hi) = at(lo), at(i), at(last), at(hi)
    texts = np.empty(len(s_order), dtype=object)
    need = np.unique(np.concatenate([p_lo, p_i, p_last, p_hi]))
    texts[need] = sentences["text"].iloc[s_order[need]].astype(str).tolist()

    def text(pos: int) -> str:
        if texts[pos] is None:  # a sentence inside a context, between the ones its ends are in
            texts[pos] = str(sentences["text"].iat[int(s_order[pos])])
        return texts[pos]

    def span(pp: int, x: int, pq: int, y: int) -> str:
        """Text from offset x of the sentence at position pp to offset y of the one at pq."""
        if pp == pq:
            return text(pp)[x:y]
        return " ".join([text(pp)[x:]] + [text(n) for n in range(pp + 1, pq)] + [text(pq)[:y]])

    aids = c.art_ids[a].tolist()
    src_start = t["start"].to_numpy()[i].tolist()
    src_end = t["end"].to_numpy()[last].tolist()
    p_lo, p_i, p_last, p_hi = p_lo.tolist(), p_i.tolist(), p_last.tolist(), p_hi.tolist()
    # Column by column, a span within one sentence (nearly all) cut from the list of the texts read above
    # (the ends of every span are among them); a span over several sentences joins them (span).
    ts = texts.tolist()
    keyword = [ts[a][x:y] if a == b else span(a, x, b, y) for a, x, b, y in zip(p_i, o_i, p_last, e_last, strict=True)]
    left = [" ".join((ts[a][x:y] if a == b else span(a, x, b, y)).split()) if lo_k < i_k else ""
            for a, x, b, y, lo_k, i_k in zip(p_lo, o_lo, p_i, o_i, lo.tolist(), i.tolist(), strict=True)]
    right = [" ".join((ts[a][x:y] if a == b else span(a, x, b, y)).split()) if hi_k > last_k else ""
             for a, x, b, y, hi_k, last_k in zip(p_last, e_last, p_hi, e_hi, hi.tolist(), last.tolist(), strict=True)]
    out = pd.DataFrame(dict(zip(schema.columns("kwic"), (aids, s_i, src_start, src_end, left, keyword, right,
                                                         hits["term"].tolist()), strict=True)))
    return out.take(_stable_order(out, _BY_TERM)).reset_index(drop=True)


def dispersion(tokens: pd.DataFrame, terms: str | Sequence[str], *, stem: bool = False,
               forms: bool = False) -> pd.DataFrame:
    """How evenly each search term (``stem``, ``forms``: see :func:`occurrences`) spreads over the articles (the
    corpus parts; sizes in words).

    Juilland's D = 1 - V / sqrt(k - 1), V the coefficient of variation (population SD / mean) of the
    term's relative frequency in the k articles (NaN with one article). Gries' DP = ½ Σ |v_i / f - s_i|,
    v_i the count in article i, f the total, s_i the article's share of the corpus words (NaN when the
    term does not occur).

    Returns columns: term, count, doc_count, juilland_d, gries_dp.
    """
    c = _coded(tokens)
    terms = _as_list(terms)
    hits = _find(c, terms, stem, forms)
    size = _words_per_article(c).astype(float)
    parts = size > 0
    k = int(parts.sum())
    share = size[parts] / size[parts].sum() if k else size[parts]
    rows = []
    for term in terms:
        arts = c.art[hits.loc[hits["term"] == term, "i"].to_numpy()]
        v = np.bincount(arts, minlength=len(c.art_ids)).astype(float)[parts]
        f = v.sum()
        rel = v / size[parts] if k else v
        if k > 1 and f > 0:
            d = 1.0 - (rel.std() / rel.mean()) / math.sqrt(k - 1)
        else:
            d = float("nan")
        dp = 0.5 * float(np.abs(v / f - share).sum()) if f > 0 else float("nan")
        rows.append({"term": term, "count": int(f), "doc_count": int((v > 0).sum()), "juilland_d": d, "gries_dp": dp})
    return schema.frame("dispersion", rows)


def trends(tokens: pd.DataFrame, articles: pd.DataFrame, terms: str | Sequence[str], *, period: str = "M",
           stem: bool = False, forms: bool = False) -> pd.DataFrame:
    """Relative frequency of each search term (``stem``, ``forms``: see :func:`occurrences`) per calendar period of
    publication ('D', 'W', 'M', 'Q', 'Y').

    Every period from the first to the last dated article is listed (zeros included); undated articles
    are left out.

    Returns columns: period, term, count, words, per_10k.
    """
    from .plots import published_dates

    terms = _as_list(terms)
    dates = published_dates(articles)
    per = pd.Series(dates.dt.to_period(period).to_numpy(), index=articles["article_id"].astype(str).to_numpy())
    per = per[per.notna()]
    if per.empty:
        return schema.empty("trends")
    c = _coded(_of_articles(tokens, per.index))
    full = pd.period_range(per.min(), per.max(), freq=per.iloc[0].freq)
    art_period = per.reindex(c.art_ids.astype(str)).to_numpy()
    words = pd.Series(_words_per_article(c), index=art_period).groupby(level=0).sum().reindex(full, fill_value=0)
    hits = _find(c, terms, stem, forms)
    hits["period"] = art_period[c.art[hits["i"].to_numpy()]] if len(hits) else []
    counts = hits.groupby(["term", "period"]).size()
    rows = []
    for term in terms:
        for p in full:
            n = int(counts.get((term, p), 0))
            w = int(words.get(p, 0))
            rows.append({"period": str(p), "term": term, "count": n, "words": w,
                         "per_10k": n * 10_000.0 / w if w else float("nan")})
    return schema.frame("trends", rows)


# ---------------------------------------------------------------------------------------------------
# figures


def keyness_figure(table: pd.DataFrame, *, top_n: int = 15, target: str = "target", reference: str = "reference"):
    """Diverging bars of signed G² for the ``top_n`` most over-used and most under-used terms, each bar
    labelled with its counts (target / reference)."""
    from .plots import plt

    pos = table[table["g2"] > 0].nlargest(top_n, "g2")
    neg = table[table["g2"] < 0].nsmallest(top_n, "g2")
    rows = pd.concat([pos, neg.iloc[::-1]]).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, 0.3 * max(len(rows), 1) + 1.5))
    if rows.empty:
        ax.text(0.5, 0.5, "no keyness to show (a group is empty)", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    colors = np.where(rows["g2"] > 0, "#b2442f", "#3b6ea8")
    bars = ax.barh(rows["term"].astype(str), rows["g2"], color=colors)
    labels = [f"{a} / {b}" for a, b in zip(rows["target_count"], rows["reference_count"], strict=True)]
    ax.bar_label(bars, labels=labels, padding=3, fontsize=7)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel("signed log-likelihood G²   (labels: count in target / count in reference)")
    ax.set_title(_keyness_title(target, reference), fontsize=10)
    ax.margins(x=0.15)
    fig.tight_layout()
    return fig


# Characters of a 10-point title line that fit the keyness figure's 8-inch width.
_TITLE_WIDTH = 90


def _keyness_title(target: str, reference: str) -> str:
    """The keyness figure's title on one line when it fits, else a line for each side, each wrapped: a
    long group label (an outlet's full name, a date split's wording) ran off both edges of the figure."""
    one = f"Keyness — right: more in {target}; left: more in {reference}"
    if len(one) <= _TITLE_WIDTH:
        return one
    import textwrap

    lines = [f"Keyness — right: more in {target};", f"left: more in {reference}"]
    return "\n".join(part for line in lines for part in textwrap.wrap(line, _TITLE_WIDTH))


def trends_figure(table: pd.DataFrame):
    """One line per search term: occurrences per 10,000 words in each period."""
    from .plots import plt

    fig, ax = plt.subplots(figsize=(9, 3.5))
    if table.empty:
        ax.text(0.5, 0.5, "no dated articles", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    wide = table.pivot(index="period", columns="term", values="per_10k")
    wide = wide[list(dict.fromkeys(table["term"]))]
    for term in wide.columns:
        y = wide[term].to_numpy(dtype=float)
        x = np.flatnonzero(~np.isnan(y))  # periods without articles have no point; the line joins the others
        ax.plot(x, y[x], marker="o", label=term)
    step = max(1, len(wide) // 12)
    ax.set_xticks(range(0, len(wide), step))
    ax.set_xticklabels(list(wide.index)[::step], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("per 10,000 words")
    ax.set_title("Trends")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def dispersion_figure(occ: pd.DataFrame, *, articles: Sequence[str] | None = None,
                      terms: Sequence[str] | None = None, max_articles: int = 25):
    """Dispersion plot: one row per article and search term, a tick at each occurrence's relative
    position (0 = start of the article, 1 = end). ``articles`` and ``terms`` fix the rows' order (and
    show articles or terms without a hit). With more than ``max_articles`` articles, only the
    ``max_articles`` holding most occurrences are drawn (in the given order), and the title says so."""
    from .plots import plt

    ids = list(articles) if articles is not None else sorted(occ["article_id"].unique())
    terms = list(terms) if terms is not None else list(dict.fromkeys(occ["term"]))
    title = "Dispersion"
    if len(ids) > max_articles:
        counts = occ["article_id"].value_counts()
        top = set(sorted(ids, key=lambda a: -int(counts.get(a, 0)))[:max_articles])
        title += f" in the {max_articles} of {len(ids)} articles with most occurrences"
        ids = [a for a in ids if a in top]
    labels = [f"{a} · {t}" for t in terms for a in ids]
    fig, ax = plt.subplots(figsize=(9, 0.28 * max(len(labels), 1) + 1.3))
    if occ.empty:
        ax.text(0.5, 0.5, "no occurrences", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    row = {lab: i for i, lab in enumerate(labels)}
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for j, term in enumerate(terms):
        sub = occ[(occ["term"] == term) & occ["article_id"].isin(ids)]
        y = [row[f"{a} · {term}"] for a in sub["article_id"]]
        ax.scatter(sub["position"], y, marker="|", s=120, color=colors[j % len(colors)], label=term)
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("relative position in the article")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    return fig


__all__ = ["chi2_p", "collocations", "dispersion", "dispersion_figure", "frequencies", "keyness",
           "keyness_figure", "kwic", "log_likelihood", "log_ratio", "occurrences", "split_groups",
           "split_value", "tfidf", "trends", "trends_figure"]
