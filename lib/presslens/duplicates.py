"""Exact and near-duplicate articles: the same story saved twice, or a wire story lightly edited by
another outlet.

Two articles are *near-duplicates* when the Jaccard similarity of their sets of word 5-grams
("shingles", case-folded, punctuation ignored) reaches ``threshold``. Comparing every pair is
quadratic, so candidates come from MinHash signatures and locality-sensitive hashing (LSH): each
article gets a signature of ``num_perm`` minima (one-permutation hashing with densification: one
hash per shingle, so the cost grows with the text, not with ``num_perm``), signatures are cut into
bands, and only articles sharing a whole band are compared — with the *exact* Jaccard of their
shingle sets, so a reported similarity is never an estimate. The work is linear in the size of the
corpus plus a sort per band (100,000 articles take about a minute; see the lead's notes).

"Earlier" means published earlier; undated articles come after dated ones, and ties keep table
order. An article is marked as a duplicate of the earliest article it repeats; the earliest of a
group is the original and is kept by :meth:`presslens.corpus.Corpus.without_duplicates`.

>>> import pandas as pd
>>> story = "Russia and China signed a series of agreements on energy cooperation on Tuesday in Moscow."
>>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "published": ["2023-03-21", "2023-03-22", ""],
...                      "text": [story, story.replace("Tuesday", "Monday"), "Something else entirely."]})
>>> find_duplicates(arts, threshold=0.5)[["article_id", "duplicate_of", "kind"]].to_dict("records")
[{'article_id': 'b', 'duplicate_of': 'a', 'kind': 'near'}]
"""

from __future__ import annotations

import hashlib
import re
from itertools import chain

import numpy as np
import pandas as pd

DEFAULT_THRESHOLD = 0.5
_WORD = re.compile(r"\w+")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
# Large odd 64-bit constants (splitmix64) to spread bits; multiplication wraps modulo 2**64.
_M1, _M2, _GOLD = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB), np.uint64(0x9E3779B97F4A7C15)


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer: a bijection of uint64 that makes every output bit depend on every input bit."""
    h = h ^ (h >> np.uint64(30))
    h = h * _M1
    h = h ^ (h >> np.uint64(27))
    h = h * _M2
    return h ^ (h >> np.uint64(31))


class _Words:
    """Word -> 64-bit hash, stable across processes and runs (unlike ``hash()``), memoized."""

    def __init__(self, seed: int):
        self.key = seed.to_bytes(8, "little")
        self.cache: dict[str, int] = {}

    def ids(self, words: list[str]) -> np.ndarray:
        cache, key = self.cache, self.key
        for w in set(words).difference(cache):
            cache[w] = int.from_bytes(hashlib.blake2b(w.encode("utf-8", "surrogatepass"), digest_size=8,
                                                      key=key).digest(), "little")
        return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))

    def ids_many(self, docs: list[list[str]]) -> list[np.ndarray]:
        """:meth:`ids` for many documents at once (one hash-table pass in C over all their words)."""
        lengths = [len(d) for d in docs]
        flat = list(chain.from_iterable(docs))
        if not flat:
            return [np.empty(0, dtype=np.uint64) for _ in docs]
        codes, uniques = pd.factorize(pd.Series(flat, dtype=object), sort=False)
        ids = self.ids(list(uniques))[codes]
        return np.split(ids, np.cumsum(lengths)[:-1])


def tokens(text: str) -> list[str]:
    """The words compared: runs of letters and digits, case-folded ("U.S." -> ["u", "s"])."""
    return _WORD.findall(str(text).casefold())


def _shingle_hashes(words: list[str], vocab: _Words, size: int, ids: np.ndarray | None = None) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word ``size``-grams (one shingle for a shorter text)."""
    if not words:
        return np.empty(0, dtype=np.uint64)
    if ids is None:
        ids = vocab.ids(words)
    if len(ids) < size:
        size = len(ids)
    n = len(ids) - size + 1
    with np.errstate(over="ignore"):
        h = ids[:n].copy()
        for j in range(1, size):
            h = _mix(h * _GOLD + ids[j:j + n])
    h.sort()
    return h[np.concatenate(([True], h[1:] != h[:-1]))]


def shingles(text: str, *, size: int = 5, seed: int = 1) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word ``size``-grams of ``text`` (its whole word sequence
    as one shingle when it has fewer than ``size`` words; empty for a text without words)."""
    return _shingle_hashes(tokens(text), _Words(seed), size)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted unique arrays (0.0 when both are empty)."""
    if not len(a) and not len(b):
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def _signature(h: np.ndarray, num_perm: int, bits: int) -> np.ndarray:
    """One-permutation MinHash with rotation densification (Shrivastava & Li 2014): the shingle hashes
    are split into ``num_perm`` bins by their top bits, each bin keeps its minimum, and an empty bin
    borrows the next non-empty bin's value (offset by the distance, so borrowed values stay distinct)."""
    bins = (h >> np.uint64(64 - bits)).astype(np.intp)
    vals = h & np.uint64((1 << (64 - bits)) - 1)
    sig = np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(sig, bins, vals)
    full = np.flatnonzero(sig != np.iinfo(np.uint64).max)
    if len(full) < num_perm:
        empty = np.flatnonzero(sig == np.iinfo(np.uint64).max)
        pos = np.searchsorted(full, empty) % len(full)
        src = full[pos]
        dist = (src - empty) % num_perm
        sig[empty] = sig[src] + dist.astype(np.uint64) * _GOLD
    return sig


def lsh_bands(threshold: float, num_perm: int, *, recall: float = 0.97) -> tuple[int, int]:
    """``(bands, rows)`` for LSH: the most selective split (most rows per band, so fewest chance
    candidates) under which a pair of similarity ``threshold`` still shares a band with probability
    at least ``recall``. A candidate only costs an exact comparison, so the bias is towards recall.

    >>> lsh_bands(0.5, 256)
    (64, 4)
    """
    best = (num_perm, 1)
    for r in range(1, num_perm + 1):
        b = num_perm // r
        if 1 - (1 - threshold ** r) ** b >= recall:
            best = (b, r)
    return best


def find_duplicates(articles: pd.DataFrame, *, threshold: float = DEFAULT_THRESHOLD, shingle_size: int = 5,
                    num_perm: int = 256, seed: int = 1, max_group: int = 64,
                    text_column: str = "text") -> pd.DataFrame:
    """The articles that repeat an earlier one, exactly or nearly (see the module docstring).

    ``threshold`` is the Jaccard similarity of word ``shingle_size``-grams from which two articles are
    near-duplicates: half of all five-word sequences shared (0.5) is far above what two different
    stories share (under 0.05) and still flags a wire story reprinted with a new headline, words
    changed and the end cut (about 0.7), or cut to two thirds; 1.0 flags only exact repeats.
    Articles without words are never duplicates.
    ``num_perm`` (a power of two) sets the signature length; ``max_group`` caps how many earlier
    members of one LSH bucket each article is compared with, so thousands of copies stay cheap.
    ``articles`` needs ``article_id`` and ``text`` (and uses ``published`` when present).

    Returns columns: article_id, duplicate_of (the earliest article it repeats), similarity (exact
    Jaccard of the shingle sets; 1.0 for an exact repeat), kind ('exact': the same words in the same
    order, ignoring case and punctuation; 'near'). One row per duplicate, in table order.
    """
    found = _find(articles, threshold=threshold, shingle_size=shingle_size, num_perm=num_perm, seed=seed,
                  max_group=max_group, text_column=text_column)
    ids = articles["article_id"].astype(str).tolist()
    rows = [(ids[i], ids[j], round(s, 4), k) for i, (j, s, k) in sorted(found.items())]
    return pd.DataFrame(rows, columns=["article_id", "duplicate_of", "similarity", "kind"]).astype(
        {"similarity": "float64"})


def mark_duplicates(articles: pd.DataFrame, *, threshold: float = DEFAULT_THRESHOLD, **options) -> pd.DataFrame:
    """A copy of ``articles`` with ``duplicate_of`` filled: the article_id of the earliest article it
    repeats (see :func:`find_duplicates`, which takes the same options), '' for an original.

    Works by position, so it stays right when two rows share an article_id.
    """
    found = _find(articles, threshold=threshold, **options)
    ids = articles["article_id"].astype(str).tolist()
    out = articles.copy()
    out["duplicate_of"] = [ids[found[i][0]] if i in found else "" for i in range(len(ids))]
    return out


def _find(articles: pd.DataFrame, *, threshold: float = DEFAULT_THRESHOLD, shingle_size: int = 5,
          num_perm: int = 256, seed: int = 1, max_group: int = 64,
          text_column: str = "text") -> dict[int, tuple[int, float, str]]:
    """Duplicate row position -> (original row position, similarity, kind)."""
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1]; got {threshold}")
    if num_perm < 2 or num_perm & (num_perm - 1):
        raise ValueError(f"num_perm must be a power of two >= 2; got {num_perm}")
    n = len(articles)
    texts = articles[text_column].fillna("").astype(str).tolist()
    published = (articles["published"].fillna("").astype(str).tolist() if "published" in articles
                 else [""] * n)
    # rank: earlier first; undated last; ties in table order
    order = sorted(range(n), key=lambda i: (published[i] == "", published[i], i))

    found: dict[int, tuple[int, float, str]] = {}  # duplicate row -> (original row, similarity, kind)
    # 1. exact repeats: the same word sequence
    first_of: dict[bytes, int] = {}
    reps: list[int] = []  # one row per distinct word sequence, the earliest
    words_of: dict[int, list[str]] = {}
    for i in order:
        words = tokens(texts[i])
        if not words:
            continue
        key = hashlib.blake2b("\x1f".join(words).encode("utf-8", "surrogatepass"), digest_size=16).digest()
        j = first_of.get(key)
        if j is None:
            first_of[key] = i
            reps.append(i)
            words_of[i] = words
        else:
            found[i] = (j, 1.0, "exact")
    if threshold < 1 and len(reps) > 1:
        _near(reps, words_of, found, threshold=threshold, size=shingle_size, num_perm=num_perm,
              seed=seed, max_group=max_group)
    return found


def _near(reps: list[int], words_of: dict[int, list[str]], found: dict, *, threshold: float, size: int,
          num_perm: int, seed: int, max_group: int) -> None:
    """Add near-duplicates among ``reps`` (distinct texts, earliest first) to ``found``.

    Each later text of a candidate pair is matched with the earliest candidate whose exact Jaccard
    similarity reaches ``threshold``. Similarities are computed for all candidates of one text at once:
    shingles become small integers, the later text's shingles are marked in a table, and the earlier
    texts' shingles are looked up in it (one gather per shingle, no sorting)."""
    vocab = _Words(seed)
    bits = num_perm.bit_length() - 1
    bands, rows = lsh_bands(threshold, num_perm)
    n = len(reps)
    sigs = np.empty((n, num_perm), dtype=np.uint64)
    hashes: list[np.ndarray] = []
    chunk = 2048
    for c in range(0, n, chunk):
        docs = [words_of[i] for i in reps[c:c + chunk]]
        for k, (words, ids) in enumerate(zip(docs, vocab.ids_many(docs), strict=True)):
            h = _shingle_hashes(words, vocab, size, ids)
            hashes.append(h)
            sigs[c + k] = _signature(h, num_perm, bits)
    # candidate pairs (earlier, later) of positions in ``reps`` (already in rank order) sharing a band,
    # coded later * n + earlier so that sorting groups them by the later text, earliest candidate first
    weights = _mix(np.arange(1, rows + 1, dtype=np.uint64) * _GOLD)
    codes = []
    with np.errstate(over="ignore"):
        for b in range(bands):
            keys = _mix((sigs[:, b * rows:(b + 1) * rows] * weights).sum(axis=1, dtype=np.uint64))
            i, j = _bucket_pairs(keys, max_group)
            codes.append(j.astype(np.int64) * n + i)
    del sigs
    codes = np.unique(np.concatenate(codes)) if codes else np.empty(0, dtype=np.int64)
    if not len(codes):
        return
    later, earlier = np.divmod(codes, n)
    del codes
    # shingles as dense integer ids, one flat array with offsets
    lengths = np.fromiter(map(len, hashes), dtype=np.int64, count=n)
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    flat, uniques = pd.factorize(np.concatenate(hashes), sort=False)
    del hashes
    flat = flat.astype(np.int32 if len(uniques) < 2**31 else np.int64)
    mark = np.zeros(len(uniques), dtype=np.int8)
    cut = np.flatnonzero(np.diff(later)) + 1
    for s, e in zip(np.concatenate(([0], cut)).tolist(), np.concatenate((cut, [len(later)])).tolist(), strict=True):
        b = int(later[s])
        own = flat[offsets[b]:offsets[b + 1]]
        cand = earlier[s:e]
        lens = lengths[cand]
        seg = np.concatenate(([0], np.cumsum(lens)[:-1]))
        # positions in ``flat`` of every candidate's shingles, candidate after candidate
        pos = np.arange(int(lens.sum()), dtype=np.int64) + np.repeat(offsets[cand] - seg, lens)
        mark[own] = 1
        inter = np.add.reduceat(mark[flat[pos]], seg, dtype=np.int64)
        mark[own] = 0
        sim = inter / (lens + len(own) - inter)
        ok = np.flatnonzero(sim >= threshold)
        if len(ok):  # candidates are in rank order: the first that passes is the earliest
            found[reps[b]] = (reps[int(cand[ok[0]])], float(sim[ok[0]]), "near")


def _bucket_pairs(keys: np.ndarray, max_group: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of positions with equal keys, as two arrays; each j is paired with at most
    ``max_group`` earlier ones: the earliest members of its bucket (where an original is) and the nearest
    earlier ones."""
    idx = np.argsort(keys, kind="stable")  # stable: a bucket's members come in increasing position
    sk = keys[idx]
    cut = np.flatnonzero(np.diff(sk)) + 1
    starts = np.concatenate(([0], cut))
    sizes = np.diff(np.concatenate((starts, [len(sk)])))
    out_i, out_j = [np.empty(0, dtype=np.intp)], [np.empty(0, dtype=np.intp)]
    for m in np.unique(sizes[sizes > 1]).tolist():
        first = starts[sizes == m]
        members = idx[first[:, None] + np.arange(m)]  # one bucket of size m per row
        pi, pj = _pair_positions(m, max_group)
        out_i.append(members[:, pi].ravel())
        out_j.append(members[:, pj].ravel())
    return np.concatenate(out_i), np.concatenate(out_j)


def _pair_positions(m: int, max_group: int) -> tuple[np.ndarray, np.ndarray]:
    """Within a bucket of ``m`` members: the (earlier, later) member positions compared."""
    half = max(1, max_group // 2)
    pi, pj = [], []
    for jpos in range(1, m):
        earlier = (np.arange(jpos) if jpos <= max_group
                   else np.concatenate((np.arange(half), np.arange(jpos - half, jpos))))
        pi.append(earlier)
        pj.append(np.full(len(earlier), jpos))
    return np.concatenate(pi), np.concatenate(pj)
