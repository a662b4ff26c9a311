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

import functools
import hashlib
import re

import numpy as np
import pandas as pd

from .pipeline import equal_runs, gc_paused
from .words import folded_word_table, folded_words

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
        self.encoded: dict[bytes, int] = {}  # the same, keyed by the word's UTF-8 bytes (see _words_many)

    def ids(self, words: list[str]) -> np.ndarray:
        cache, key = self.cache, self.key
        for w in set(words).difference(cache):
            cache[w] = int.from_bytes(hashlib.blake2b(w.encode("utf-8", "surrogatepass"), digest_size=8,
                                                      key=key).digest(), "little")
        return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))

    def ids_encoded(self, words: list[bytes]) -> np.ndarray:
        """:meth:`ids` of words given as their UTF-8 bytes (as :meth:`ids` encodes them): the same values."""
        cache, key = self.encoded, self.key
        for w in set(words).difference(cache):
            cache[w] = int.from_bytes(hashlib.blake2b(w, digest_size=8, key=key).digest(), "little")
        return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))


def tokens(text: str) -> list[str]:
    """The words compared: runs of letters and digits, case-folded ("U.S." -> ["u", "s"])."""
    return _WORD.findall(str(text).casefold())


def _words_many(texts: list[str], vocab: _Words, *, keys: bool = True, ids: bool = True
                ) -> tuple[list[bytes | None] | None, np.ndarray | None, np.ndarray]:
    """For many texts at once: with ``keys``, the key of each text's word sequence (the digest of its
    :func:`tokens` joined by U+001F, None for a text without words); with ``ids``, the ids
    (:meth:`_Words.ids` in ``vocab``) of all their words, text after text; and each text's number of words
    (None for what was not asked for: a search for exact repeats needs no ids, the shingles of a pair's texts
    no keys). The same values as :func:`tokens`, :meth:`_Words.ids` and the join, without a Python string
    per word: the regex engine reads a text a character at a time and a word becomes a string and a
    hash-table entry, the bulk of the duplicate search's time; here the texts' characters are casefolded and
    the others made separators by one table lookup in one array (:func:`presslens.words.folded_words`), the
    words are cut out of their UTF-8 bytes, and only each distinct word is hashed."""
    folded, bounds = folded_words(texts)  # casefolded, the other characters made U+001F
    word = folded != 0x1F
    after = np.empty_like(word)  # a word character before
    after[0] = False
    after[1:] = word[:-1]
    counts = np.diff(np.searchsorted(np.flatnonzero(word & ~after), bounds))  # words (runs' starts) per text
    # the words, each followed by one separator (the first character of the run of others after it):
    # "w1\x1fw2\x1f...", as UTF-8 (U+001F is one byte there, never inside another character's)
    kept = folded[word | after]
    del folded, word, after
    if kept.dtype == np.uint8:  # ASCII: its own UTF-8
        data = kept
    else:
        text = str(kept.data, "utf-16-le" if kept.dtype == np.uint16 else "utf-32-le", "surrogatepass")
        if len(text) != len(kept):  # a high surrogate then a low one (each a character) read as one by UTF-16
            text = str(kept.astype(np.uint32).data, "utf-32-le", "surrogatepass")
        data = np.frombuffer(text.encode("utf-8", "surrogatepass"), dtype=np.uint8)
        del text
    del kept
    ends = np.flatnonzero(data == 0x1F)  # each word's end (its separator)
    digests: list[bytes | None] | None = None
    if keys:  # a text's key: its words with their separators between them, one slice of the bytes
        starts = np.empty(len(ends), dtype=np.int64)
        if len(ends):
            starts[0] = 0
            starts[1:] = ends[:-1] + 1
        raw = memoryview(data)
        first_word = np.cumsum(counts) - counts
        digests = [hashlib.blake2b(raw[int(starts[a]):int(ends[a + c - 1])], digest_size=16).digest() if c else None
                   for a, c in zip(first_word.tolist(), counts.tolist(), strict=True)]
        del raw, starts
    if not ids:
        return digests, None, counts
    if not len(ends):
        return digests, np.empty(0, dtype=np.uint64), counts
    # the words' bytes, each with the separator after it, as an Arrow binary array over the same bytes (no
    # copy without the separators), whose distinct values Arrow finds (no Python object per word); the
    # separator is cut off each distinct word before it is hashed
    import pyarrow as pa
    import pyarrow.compute as pc

    offsets = np.empty(len(ends) + 1, dtype=np.int64)
    offsets[0] = 0
    offsets[1:] = ends + 1
    words = pa.LargeBinaryArray.from_buffers(pa.large_binary(), len(ends),
                                             [None, pa.py_buffer(offsets), pa.py_buffer(data)])
    coded = pc.dictionary_encode(words)
    distinct = [w[:-1] for w in coded.dictionary.to_pylist()]
    return digests, vocab.ids_encoded(distinct)[coded.indices.to_numpy()], counts


def _shingle_hashes(words: list[str] | None, vocab: _Words | None, size: int, ids: np.ndarray | None = None
                    ) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word ``size``-grams (one shingle for a shorter text), of ``words``
    or of their ``ids`` when given."""
    if ids is None:
        ids = vocab.ids(words) if words else np.empty(0, dtype=np.uint64)
    if not len(ids):
        return np.empty(0, dtype=np.uint64)
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
                    text_column: str = "text", workers: int | None = None) -> pd.DataFrame:
    """The articles that repeat an earlier one, exactly or nearly (see the module docstring).

    ``threshold`` is the Jaccard similarity of word ``shingle_size``-grams from which two articles are
    near-duplicates: half of all five-word sequences shared (0.5) is far above what two different
    stories share (under 0.05) and still flags a wire story reprinted with a new headline, words
    changed and the end cut (about 0.7), or cut to two thirds; 1.0 flags only exact repeats.
    Articles without words are never duplicates.
    ``num_perm`` (a power of two) sets the signature length; ``max_group`` caps how many earlier
    members of one LSH bucket each article is compared with, so thousands of copies stay cheap.
    ``articles`` needs ``article_id`` and ``text`` (and uses ``published`` when present).
    ``workers`` processes (default: every core) hash the texts of a large table; the result is the same.

    Returns columns: article_id, duplicate_of (the earliest article it repeats), similarity (exact
    Jaccard of the shingle sets; 1.0 for an exact repeat), kind ('exact': the same words in the same
    order, ignoring case and punctuation; 'near'). One row per duplicate, in table order.
    """
    found = _find(articles, threshold=threshold, shingle_size=shingle_size, num_perm=num_perm, seed=seed,
                  max_group=max_group, text_column=text_column, workers=workers)
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
          num_perm: int = 256, seed: int = 1, max_group: int = 64, text_column: str = "text",
          workers: int | None = None, cache_dir=None, engine: str = "local", scheduler: str | None = None,
          progress: bool | None = None) -> dict[int, tuple[int, float, str]]:
    """Duplicate row position -> (original row position, similarity, kind). With ``cache_dir``, each
    distinct text's key, shingle count, bin counts and signature are kept there (:func:`signature_stage`)
    and a text seen before is not hashed again; ``engine``, ``workers``, ``scheduler``: see
    :func:`presslens.pipeline.run_stage`. The result is the same either way."""
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1]; got {threshold}")
    if num_perm < 2 or num_perm & (num_perm - 1):
        raise ValueError(f"num_perm must be a power of two >= 2; got {num_perm}")
    n = len(articles)
    # kept as a (compact, Arrow-backed) column: Python strings are made one chunk at a time
    texts = articles[text_column].fillna("").astype(str).reset_index(drop=True)
    published = (articles["published"].fillna("").astype(str).tolist() if "published" in articles
                 else [""] * n)
    # rank: earlier first; undated last; ties in table order
    order = sorted(range(n), key=lambda i: (published[i] == "", published[i], i))

    near = threshold < 1
    pairs = None  # similarities of pairs compared in earlier runs (with a cache)
    if cache_dir is not None and near and n:
        digests, lengths, counts, sigs, hashes_of, pairs = _prepare_cached(
            texts, size=shingle_size, num_perm=num_perm, seed=seed, cache_dir=cache_dir, engine=engine,
            workers=workers, scheduler=scheduler, progress=progress)
    else:
        digests, hashes, sigs = _prepare(texts, size=shingle_size, num_perm=num_perm, seed=seed, near=near,
                                         workers=workers)
        lengths = np.fromiter(map(len, hashes), dtype=np.int64, count=len(hashes))
        counts = _bin_counts(np.concatenate(hashes), lengths) if hashes else None

        def hashes_of(rows: list[int]) -> list[np.ndarray]:
            return [hashes[i] for i in rows]
    found: dict[int, tuple[int, float, str]] = {}  # duplicate row -> (original row, similarity, kind)
    # 1. exact repeats: the same word sequence
    first_of: dict[bytes, int] = {}
    reps: list[int] = []  # one row per distinct word sequence, the earliest
    for i in order:
        key = digests[i]
        if key is None:  # no words
            continue
        j = first_of.get(key)
        if j is None:
            first_of[key] = i
            reps.append(i)
        else:
            found[i] = (j, 1.0, "exact")
    if near and len(reps) > 1:
        _near(reps, lengths[reps], counts[reps], sigs[reps], hashes_of, found, threshold=threshold,
              num_perm=num_perm, max_group=max_group, pairs=pairs)
    return found


def signature_stage(*, size: int = 5, num_perm: int = 256, seed: int = 1):
    """The per-text stage behind a cached :func:`find_duplicates`: one ``signatures`` row per distinct
    text (key ``_key``: the text and the options), columns ``digest`` (the word sequence's key, b'' for a
    text without words), ``n`` (its distinct shingles), ``bins`` (their counts per bin of the overlap
    bound, uint8, uint16 or int32 by the row's byte length) and ``sig`` (the MinHash signature, uint64)."""
    from .pipeline import Stage, source_version

    return Stage("duplicates", f"{source_version('duplicates', 'words')}-{size}-{num_perm}-{seed}",
                 functools.partial(_signature_rows, size=size, num_perm=num_perm, seed=seed), ("signatures",),
                 batch=True, before_fork=_word_tables)


def _word_tables() -> None:
    """The tables :func:`presslens.words.folded_words` looks characters up in, made in the process that starts the
    workers (forked, they find them made; 0.1-0.15 s of CPU in each otherwise): ASCII and first-plane chunks."""
    folded_word_table(1)
    folded_word_table(2)


_BIN_TYPES = {1: np.uint8, 2: np.uint16, 4: np.int32}


def _signature_rows(keyed: list[tuple[str, str]], *, size: int, num_perm: int, seed: int) -> dict[str, pd.DataFrame]:
    """:func:`signature_stage`'s batch function."""
    from .pipeline import KEY

    digests, flat, lengths, sigs = _prepare_chunk([t for _k, t in keyed], size, num_perm, seed, True)
    counts = _bin_counts(flat, lengths)
    bins = []
    for row in counts:
        top = int(row.max(initial=0))
        bins.append(row.astype(np.uint8 if top < 256 else np.uint16 if top < 65536 else np.int32).tobytes())
    return {"signatures": pd.DataFrame({KEY: [k for k, _t in keyed], "digest": [d or b"" for d in digests],
                                        "n": lengths.astype(np.int64), "bins": bins,
                                        "sig": [row.tobytes() for row in sigs]})}


class _Rows:
    """``texts.iloc[rows[i]]`` as item ``i``: the units of a stage whose texts become Python strings only
    when computed (the cached ones never)."""

    def __init__(self, texts: pd.Series, rows: list[int]):
        self.texts, self.rows = texts, rows
        self._block, self._strings = -1, []

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> str:
        # made a block of rows at a time (the stage asks for its units in order): pandas' item access costs
        # 30 microseconds a text, as much as hashing it
        block = i // _CHUNK
        if block != self._block:
            self._block = block
            rows = self.rows[block * _CHUNK:(block + 1) * _CHUNK]
            # rows in increasing order (the first of each distinct text): the slice of the column from the
            # first to the last, and the rows picked from its strings. A gather (``iloc[rows]``) would be done
            # by Arrow on the column's chunks put together first (the whole corpus's text copied for each
            # block); the slice holds only the block's rows and the repeats among them (a few in a corpus)
            if rows and rows[-1] - rows[0] < 2 * len(rows):
                first = rows[0]
                strings = self.texts.iloc[first:rows[-1] + 1].tolist()
                self._strings = strings if rows[-1] - first == len(rows) - 1 else [strings[r - first] for r in rows]
            else:
                self._strings = self.texts.iloc[rows].tolist()
        return self._strings[i - block * _CHUNK]


def _prepare_cached(texts: pd.Series, *, size: int, num_perm: int, seed: int, cache_dir, engine: str,
                    workers: int | None, scheduler: str | None, progress: bool | None):
    """What :func:`_find` needs of each text, from the :func:`signature_stage` rows kept in ``cache_dir``
    (computed for the texts not seen before): keys of the word sequences, shingle counts, bin counts and
    signatures, a function giving the shingle hashes of some rows, hashed again on demand (only texts
    left in a candidate pair after the bound, and not compared in an earlier run, need them), and the
    similarities of the pairs compared in earlier runs (:class:`_PairSimilarities`)."""
    from .pipeline import Store, content_key, run_stage, text_buffers

    stage = signature_stage(size=size, num_perm=num_perm, seed=seed)
    # the keys hash the texts' UTF-8 bytes, read from the column's Arrow buffers (the bytes a text's key
    # always hashed) without a Python string per text
    _texts, data, offsets = text_buffers(texts)
    bounds = offsets.tolist()
    keys = [content_key(stage, data[a:b]) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    del _texts, data, offsets, bounds
    first: dict[str, int] = {}
    for i, k in enumerate(keys):
        first.setdefault(k, i)
    unique = list(first)  # one unit per distinct text
    rows = run_stage(stage, _Rows(texts, [first[k] for k in unique]), unique, store=Store(cache_dir, stage),
                     engine=engine, workers=workers, scheduler=scheduler, progress=progress)["signatures"]
    del first
    slot = {k: j for j, k in enumerate(unique)}
    at = np.fromiter((slot[k] for k in keys), dtype=np.int64, count=len(keys))
    digests = [d or None for d in rows["digest"].tolist()]
    lengths = rows["n"].to_numpy(dtype=np.int64)
    packed = rows["bins"].tolist()
    sizes = np.fromiter(map(len, packed), dtype=np.int64, count=len(packed))
    width = int(sizes.max(initial=BOUND_BINS)) // BOUND_BINS
    wide = _BIN_TYPES[width] if width in _BIN_TYPES else np.int32
    counts = np.zeros((len(packed), BOUND_BINS), dtype=wide)
    for size_of in np.unique(sizes).tolist():  # the rows of one width read together, not one by one
        same = np.flatnonzero(sizes == size_of)
        counts[same] = np.frombuffer(b"".join([packed[j] for j in same.tolist()]),
                                     dtype=_BIN_TYPES[size_of // BOUND_BINS]).reshape(-1, BOUND_BINS)
    sigs = np.frombuffer(b"".join(rows["sig"].tolist()), dtype=np.uint64).reshape(-1, num_perm)
    vocab = _Words(seed)

    def hashes_of(picked: list[int]) -> list[np.ndarray]:  # (on every core for many texts)
        return _prepare(texts.iloc[picked], size=size, num_perm=num_perm, seed=seed, near=True, workers=workers,
                        hashes_only=True, vocab=vocab)[1]

    return ([digests[j] for j in at.tolist()], lengths[at], counts[at], sigs[at], hashes_of,
            _PairSimilarities(cache_dir, stage, keys))


# Below this many texts, starting worker processes costs more than it saves.
PARALLEL_MIN_TEXTS = 2000
_CHUNK = 1024


def _prepare(texts: pd.Series | list[str], *, size: int, num_perm: int, seed: int, near: bool,
             workers: int | None, hashes_only: bool = False, vocab: _Words | None = None
             ) -> tuple[list[bytes | None] | None, list[np.ndarray], np.ndarray | None]:
    """Per text: the key of its word sequence (None without words), and when ``near`` its sorted unique
    shingle hashes and its MinHash signature (one row of a matrix), worked out on ``workers`` processes
    (default: every core) for a large corpus. Each text's values depend on it alone, so they are the
    same however the texts are split. With ``hashes_only`` (and ``near``), the shingle hashes alone (the
    texts of the candidate pairs, whose keys and signatures are known), None for the rest. ``vocab``: the word
    hashes remembered by the caller, used when the texts are hashed here (few of them), a new one if None."""
    from concurrent.futures import ProcessPoolExecutor

    from .cores import workers_default

    rows = texts.iloc if isinstance(texts, pd.Series) else texts
    chunks = [rows[c:c + _CHUNK] for c in range(0, len(texts), _CHUNK)]
    n = workers or workers_default()
    if n > 1 and len(texts) >= PARALLEL_MIN_TEXTS:
        _word_tables()
        with ProcessPoolExecutor(max_workers=n) as pool:
            parts = list(pool.map(functools.partial(_prepare_chunk, size=size, num_perm=num_perm, seed=seed,
                                                    near=near, hashes_only=hashes_only), chunks))
    else:
        vocab = vocab if vocab is not None else _Words(seed)
        parts = [_prepare_chunk(chunk, size=size, num_perm=num_perm, seed=seed, near=near, vocab=vocab,
                                hashes_only=hashes_only) for chunk in chunks]
    hashes = [h for part in parts for h in np.split(part[1], np.cumsum(part[2])[:-1])] if near else []
    if hashes_only:
        return None, hashes, None
    digests = [d for part in parts for d in part[0]]
    sigs = np.concatenate([part[3] for part in parts]) if parts else np.empty((0, num_perm), dtype=np.uint64)
    return digests, hashes, sigs


_VOCABS: dict[int, _Words] = {}  # per worker process, for the life of its pool


@gc_paused()
def _prepare_chunk(texts: pd.Series | list[str], size: int, num_perm: int, seed: int, near: bool, *,
                   vocab: _Words | None = None, hashes_only: bool = False
                   ) -> tuple[list[bytes | None] | None, np.ndarray, np.ndarray, np.ndarray | None]:
    """:func:`_prepare` on a few texts: keys, all shingle hashes end to end with each text's count, and
    signatures (compact arrays, cheap to send back from a worker); only what is asked for is made (no word
    ids without ``near``; with ``hashes_only``, no keys nor signatures, None). Runs with the collector
    paused."""
    if vocab is None:
        vocab = _VOCABS.setdefault(seed, _Words(seed))
    digests, ids, counts = _words_many(texts.tolist() if isinstance(texts, pd.Series) else list(texts), vocab,
                                       keys=not hashes_only, ids=near)
    if not near:
        empty = np.empty(0, dtype=np.uint64)
        return digests, empty, empty.astype(np.int64), np.empty((0, num_perm), dtype=np.uint64)
    hashes = _shingle_hashes_many(ids, counts, size)
    del ids
    lengths = np.fromiter(map(len, hashes), dtype=np.int64, count=len(hashes))
    flat = np.concatenate(hashes) if hashes else np.empty(0, dtype=np.uint64)
    if hashes_only:
        return None, flat, lengths, None
    return digests, flat, lengths, _signatures(flat, lengths, num_perm, num_perm.bit_length() - 1)


def _shingle_hashes_many(ids: np.ndarray, counts: np.ndarray, size: int) -> list[np.ndarray]:
    """:func:`_shingle_hashes` of many texts, given the ids of all their words end to end (``ids``) and each
    text's number of words (``counts``): the rolling hash is computed once over the word ids of the texts
    of ``size`` words or more (the same element-wise steps, so the same values), and each text keeps its own
    windows."""
    out: list[np.ndarray] = [np.empty(0, dtype=np.uint64)] * len(counts)
    starts = np.cumsum(counts) - counts
    for k in np.flatnonzero((counts > 0) & (counts < size)).tolist():  # one shingle of all its words
        out[k] = _shingle_hashes(None, None, size, ids[starts[k]:starts[k] + counts[k]])
    full = np.flatnonzero(counts >= size)
    if not len(full):
        return out
    flat = ids if len(full) == len(counts) else ids[np.repeat(counts >= size, counts)]
    lens = counts[full]
    n = len(flat) - size + 1
    with np.errstate(over="ignore"):
        h = flat[:n].copy()
        for j in range(1, size):
            h = _mix(h * _GOLD + flat[j:j + n])
    starts = np.cumsum(lens) - lens
    for k, a, m in zip(full.tolist(), starts.tolist(), (lens - size + 1).tolist(), strict=True):
        hk = h[a:a + m]  # the windows inside text k (disjoint from the other texts': sorted in place)
        hk.sort()
        out[k] = hk[np.concatenate(([True], hk[1:] != hk[:-1]))]
    return out


def _signatures(flat: np.ndarray, lengths: np.ndarray, num_perm: int, bits: int) -> np.ndarray:
    """:func:`_signature` of many texts at once, one row each (zeros for a text without shingles):
    ``flat`` holds each text's sorted unique shingle hashes, text after text (``lengths``)."""
    n = len(lengths)
    empty_val = np.iinfo(np.uint64).max
    sigs = np.zeros((n, num_perm), dtype=np.uint64)
    has = lengths > 0
    sigs[has] = empty_val
    if not len(flat):
        return sigs
    doc = np.repeat(np.arange(n), lengths)
    bins = (flat >> np.uint64(64 - bits)).astype(np.intp)
    # hashes are sorted within a text, so a bin's first hash is its smallest (same top bits: ordered by
    # the low bits): no minimum to reduce, one assignment per bin
    first = np.ones(len(flat), dtype=bool)
    first[1:] = (bins[1:] != bins[:-1]) | (doc[1:] != doc[:-1])
    sigs[doc[first], bins[first]] = flat[first] & np.uint64((1 << (64 - bits)) - 1)
    rows = np.flatnonzero(has & (sigs == empty_val).any(axis=1))
    if len(rows):  # densification: an empty bin borrows the next non-empty one's value, wrapping around
        sub = sigs[rows]
        empty = sub == empty_val
        pos = np.where(empty, 2 * num_perm, np.arange(num_perm))
        nxt = np.minimum.accumulate(np.concatenate((pos, pos + num_perm), axis=1)[:, ::-1], axis=1)[:, ::-1]
        r, e = np.nonzero(empty)
        src = nxt[r, e] % num_perm
        dist = (src - e) % num_perm
        with np.errstate(over="ignore"):
            sub[r, e] = sub[r, src] + dist.astype(np.uint64) * _GOLD
        sigs[rows] = sub
    return sigs


def _near(reps: list[int], lengths: np.ndarray, counts: np.ndarray, sigs: np.ndarray, hashes_of, found: dict, *,
          threshold: float, num_perm: int, max_group: int, pairs: _PairSimilarities | None = None) -> None:
    """Add near-duplicates among ``reps`` (distinct texts, earliest first, with their numbers of distinct
    shingles ``lengths``, shingle counts per bin ``counts`` (:func:`_bin_counts`) and signatures ``sigs``)
    to ``found``; ``hashes_of(rows)`` gives the sorted unique shingle hashes of some of the texts (rows of
    the table, as in ``reps``), asked only for those left in a pair after the bound.

    Each later text of a candidate pair is matched with the earliest candidate whose exact Jaccard
    similarity reaches ``threshold``. Similarities are computed for all candidates of one text at once:
    shingles become small integers, the later text's shingles are marked in a table, and the earlier
    texts' shingles are looked up in it (one gather per shingle, no sorting). Pairs that cannot reach
    ``threshold`` by a cheap upper bound (:func:`_bounded`) are not compared at all, nor pairs whose
    similarity ``pairs`` (:class:`_PairSimilarities`) knows from an earlier run; it learns the others."""
    bands, rows = lsh_bands(threshold, num_perm)
    n = len(reps)
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
    codes = np.concatenate(codes) if codes else np.empty(0, dtype=np.int64)
    if not len(codes):
        return
    codes.sort()
    codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
    later, earlier = np.divmod(codes, n)
    del codes
    later, earlier = _bounded(later, earlier, counts, lengths, threshold)
    if not len(later):
        return
    sims = np.full(len(later), np.nan)  # exact similarity of each pair left
    rep_rows = np.asarray(reps, dtype=np.int64)
    if pairs is not None:
        sims[:] = pairs.known(rep_rows[earlier], rep_rows[later])
    todo = np.flatnonzero(np.isnan(sims))
    if len(todo):
        sims[todo] = _similarities(later[todo], earlier[todo], reps, lengths, hashes_of)
        if pairs is not None:
            pairs.learn(rep_rows[earlier[todo]], rep_rows[later[todo]], sims[todo])
    for s, e in equal_runs(later):  # the pairs of each later text
        ok = np.flatnonzero(sims[s:e] >= threshold)
        if len(ok):  # candidates are in rank order: the first that passes is the earliest
            found[reps[int(later[s])]] = (reps[int(earlier[s + ok[0]])], float(sims[s + ok[0]]), "near")


def _similarities(later: np.ndarray, earlier: np.ndarray, reps: list[int], lengths: np.ndarray,
                  hashes_of) -> np.ndarray:
    """Exact Jaccard similarity of each pair (``later``, ``earlier``: positions in ``reps``, grouped by
    ``later``): the shingles of the texts in a pair become dense integer ids, and each later text's are
    marked in a table where its candidates' are looked up."""
    n = len(reps)
    involved = np.unique(np.concatenate((later, earlier)))
    hashes = hashes_of([reps[k] for k in involved.tolist()])
    flat, uniques = pd.factorize(np.concatenate(hashes), sort=False)
    del hashes
    flat = flat.astype(np.int32 if len(uniques) < 2**31 else np.int64)
    offsets = np.zeros(n + 1, dtype=np.int64)
    offsets[involved] = np.concatenate(([0], np.cumsum(lengths[involved])[:-1]))  # into ``flat``
    mark = np.zeros(len(uniques), dtype=np.int8)
    out = np.empty(len(later))
    for s, e in equal_runs(later):  # the pairs of each later text
        b = int(later[s])
        own = flat[offsets[b]:offsets[b] + lengths[b]]
        cand = earlier[s:e]
        lens = lengths[cand]
        mark[own] = 1
        inter = np.add.reduceat(mark[flat[_spans(offsets[cand], lens)]],
                                np.concatenate(([0], np.cumsum(lens)[:-1])), dtype=np.int64)
        mark[own] = 0
        out[s:e] = inter / (lens + len(own) - inter)
    return out


def _pair(a: str, b: str) -> tuple[str, str]:
    """Two texts' keys in one order whichever comes first (the similarity is symmetric: a text dated
    earlier than an old one makes their pair the other way round)."""
    return (a, b) if a <= b else (b, a)


class _PairSimilarities:
    """Exact similarities of the candidate pairs compared in earlier runs, kept with the signatures (a
    Parquet file in the signature stage's folder of this version), keyed by the two texts' keys in that
    stage (text and options): a run over a grown corpus compares only the pairs it has not seen, and
    hashes again only their texts. A pair's similarity depends on its two texts alone, so the result is
    the same as comparing every pair. ``keys``: each table row's key. The file keeps the pairs of texts
    still in the corpus."""

    def __init__(self, cache_dir, stage, keys: list[str]):
        from .pipeline import Store

        self.path = Store(cache_dir, stage).dir / "pairs.parquet"
        self.keys = keys
        self.table: dict[tuple[str, str], float] = {}
        if self.path.exists():
            try:
                old = pd.read_parquet(self.path)
                self.table = dict(zip(zip(old["a"].tolist(), old["b"].tolist(), strict=True),
                                      old["sim"].tolist(), strict=True))
            except Exception:  # a damaged file: the pairs are compared again
                self.table = {}

    def known(self, a_rows: np.ndarray, b_rows: np.ndarray) -> np.ndarray:
        """The kept similarity of each pair of table rows (NaN when not kept)."""
        keys, table = self.keys, self.table
        return np.fromiter((table.get(_pair(keys[a], keys[b]), np.nan) for a, b in zip(a_rows.tolist(), b_rows.tolist(),
                                                                                       strict=True)),
                           dtype=np.float64, count=len(a_rows))

    def learn(self, a_rows: np.ndarray, b_rows: np.ndarray, sims: np.ndarray) -> None:
        """Keep these pairs' similarities: the file is written again with them (atomically)."""
        from .pipeline import _write_atomic

        keys = self.keys
        for a, b, v in zip(a_rows.tolist(), b_rows.tolist(), sims.tolist(), strict=True):
            self.table[_pair(keys[a], keys[b])] = v
        present = set(keys)
        pairs = [p for p in self.table if p[0] in present and p[1] in present]
        if not pairs:
            return
        _write_atomic(pd.DataFrame({"a": [p[0] for p in pairs], "b": [p[1] for p in pairs],
                                    "sim": np.fromiter(map(self.table.__getitem__, pairs), dtype=np.float64,
                                                       count=len(pairs))}), self.path)


def _spans(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions ``start, start + 1, ..., start + length - 1`` of each span, span after span."""
    seg = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    return np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - seg, lengths)


# Bins of the overlap bound (see _bounded): about one per shingle of a news article, so that two texts'
# own shingles seldom share a bin and the bound stays close to the true overlap.
BOUND_BINS = 512


def _bin_counts(hashes: np.ndarray, lengths: np.ndarray, bins: int = BOUND_BINS) -> np.ndarray:
    """``(texts, bins)`` counts of each text's shingles per bin (the top bits of the shingle hash)."""
    n = len(lengths)
    where = (hashes >> np.uint64(64 - (bins.bit_length() - 1))).astype(np.int64)
    where += np.repeat(np.arange(n, dtype=np.int64) * bins, lengths)
    counts = np.bincount(where, minlength=n * bins).reshape(n, bins)
    return counts.astype(np.uint8 if counts.max(initial=0) < 256 else np.int32)


def _bounded(later: np.ndarray, earlier: np.ndarray, counts: np.ndarray, lengths: np.ndarray,
             threshold: float, chunk: int = 16384) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs that may reach ``threshold``: the others are dropped without a loss.

    A shingle common to two texts falls in the same bin in both, so the sum over bins of the smaller
    count is an upper bound of their overlap; the Jaccard similarity it implies, computed with the same
    float division as the exact one (monotone), bounds the exact similarity from above. Comparing
    ``bins`` small counts per pair, in bulk, costs a fraction of an exact comparison."""
    keep = np.empty(len(later), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for c in range(0, len(later), chunk):
            a, b = earlier[c:c + chunk], later[c:c + chunk]
            bound = np.minimum(counts[a], counts[b]).sum(axis=1, dtype=np.int64)
            keep[c:c + chunk] = bound / (lengths[a] + lengths[b] - bound) >= threshold
    return later[keep], earlier[keep]


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


@functools.lru_cache(maxsize=1024)
def _pair_positions(m: int, max_group: int) -> tuple[np.ndarray, np.ndarray]:
    """Within a bucket of ``m`` members: the (earlier, later) member positions compared (read-only arrays,
    kept for the next band with buckets of the same size)."""
    half = max(1, max_group // 2)
    pi, pj = [], []
    for jpos in range(1, m):
        earlier = (np.arange(jpos) if jpos <= max_group
                   else np.concatenate((np.arange(half), np.arange(jpos - half, jpos))))
        pi.append(earlier)
        pj.append(np.full(len(earlier), jpos))
    out = np.concatenate(pi), np.concatenate(pj)
    for a in out:
        a.flags.writeable = False
    return out
