"""Near-duplicate search: the vectorized candidate pairs and comparisons give exactly what the plain
pairwise loop over the same LSH candidates gives."""

import hashlib
import random

import numpy as np
import pandas as pd
import pytest

from presslens import duplicates

SENTENCES = [
    "Russia and China signed a series of agreements on energy cooperation on Tuesday in Moscow.",
    "The two leaders discussed trade, security and the war in Ukraine.",
    "Officials said the talks were friendly and constructive.",
    "Oil exports to China rose by a fifth last year, customs data show.",
    "Critics in the West called the visit a show of support for the Kremlin.",
    "A joint statement promised deeper ties in finance and technology.",
    "Markets in Shanghai closed slightly higher after the announcement.",
    "The next summit is planned for the autumn in Beijing.",
]


def _articles(n, seed):
    """Texts recombining a few sentences (so LSH buckets are crowded, as in the generated corpora),
    some copied whole or with a word changed, some without words, dates with ties and gaps."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        r = rng.random()
        if texts and r < 0.15:
            texts.append(rng.choice(texts))
        elif texts and r < 0.3:
            words = rng.choice(texts).split() or ["empty"]
            words[rng.randrange(len(words))] = rng.choice(["Monday", "Friday", "officials", "--"])
            texts.append(" ".join(words))
        elif r < 0.33:
            texts.append(rng.choice(["", "...", "  "]))
        else:
            texts.append(" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6))))
    published = [rng.choice(["", "2023-03-21", "2023-03-22", f"2023-04-{rng.randint(10, 28)}"]) for _ in range(n)]
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "published": published, "text": texts})


def _reference_pairs(keys, max_group):
    """The candidate pairs of one band, as the plain loop over each bucket's members makes them."""
    idx = np.argsort(keys, kind="stable")
    buckets: dict[int, list[int]] = {}
    for i in idx.tolist():
        buckets.setdefault(int(keys[i]), []).append(i)
    half = max(1, max_group // 2)
    for members in buckets.values():
        for jpos in range(1, len(members)):
            earlier = members[:jpos] if jpos <= max_group else members[:half] + members[jpos - half:jpos]
            for i in earlier:
                yield i, members[jpos]


def _reference_find(articles, *, threshold, max_group, num_perm=256, seed=1, size=5):
    """Pairwise: every candidate pair compared with ``jaccard``, each later text matched with its
    earliest candidate that reaches ``threshold``."""
    n = len(articles)
    texts = articles["text"].tolist()
    published = articles["published"].tolist()
    order = sorted(range(n), key=lambda i: (published[i] == "", published[i], i))
    digests, hashes, sigs = duplicates._prepare(texts, size=size, num_perm=num_perm, seed=seed, near=True,
                                                workers=1)
    found, first_of, reps = {}, {}, []
    for i in order:
        if digests[i] is None:
            continue
        if digests[i] in first_of:
            found[i] = (first_of[digests[i]], 1.0, "exact")
        else:
            first_of[digests[i]] = i
            reps.append(i)
    if threshold == 1:  # only exact repeats then
        return found
    bands, rows = duplicates.lsh_bands(threshold, num_perm)
    weights = duplicates._mix(np.arange(1, rows + 1, dtype=np.uint64) * duplicates._GOLD)
    rep_sigs = sigs[reps]
    pairs = set()
    with np.errstate(over="ignore"):
        for b in range(bands):
            keys = duplicates._mix((rep_sigs[:, b * rows:(b + 1) * rows] * weights).sum(axis=1, dtype=np.uint64))
            pairs.update(_reference_pairs(keys, max_group))
    best = {}
    for a, b in sorted(pairs):
        if b not in best:
            s = duplicates.jaccard(hashes[reps[a]], hashes[reps[b]])
            if s >= threshold:
                best[b] = (a, s)
    for b, (a, s) in best.items():
        found[reps[b]] = (reps[a], s, "near")
    return found


@pytest.mark.parametrize("seed, threshold, max_group", [(0, 0.5, 64), (1, 0.5, 4), (2, 0.3, 8), (3, 0.8, 2),
                                                         (4, 1.0, 64), (5, 0.15, 3)])
def test_vectorized_search_equals_the_pairwise_loop(seed, threshold, max_group):
    arts = _articles(300, seed)
    got = duplicates._find(arts, threshold=threshold, max_group=max_group, workers=1)
    assert got == _reference_find(arts, threshold=threshold, max_group=max_group)
    assert any(kind == "near" for _, _, kind in got.values()) or threshold == 1.0


def test_texts_hashed_on_several_processes_give_the_same_result(monkeypatch):
    monkeypatch.setattr(duplicates, "PARALLEL_MIN_TEXTS", 10)
    monkeypatch.setattr(duplicates, "_CHUNK", 64)
    arts = _articles(400, 7)
    pd.testing.assert_frame_equal(duplicates.find_duplicates(arts, workers=2),
                                  duplicates.find_duplicates(arts, workers=1))


def test_the_overlap_bound_never_drops_a_pair_that_reaches_the_threshold():
    arts = _articles(200, 11)
    _, hashes, _ = duplicates._prepare(arts["text"].tolist(), size=5, num_perm=256, seed=1, near=True, workers=1)
    keep = [i for i, h in enumerate(hashes) if len(h)]
    hashes = [hashes[i] for i in keep]
    lengths = np.array([len(h) for h in hashes])
    later, earlier = np.array([(j, i) for j in range(len(hashes)) for i in range(j)]).T
    counts = duplicates._bin_counts(np.concatenate(hashes), lengths)
    for threshold in (0.2, 0.5, 0.9):
        kept = set(zip(*duplicates._bounded(later, earlier, counts, lengths, threshold), strict=True))
        exact = {(j, i) for j, i in zip(later, earlier, strict=True)
                 if duplicates.jaccard(hashes[i], hashes[j]) >= threshold}
        assert exact <= kept and len(kept) < len(later)


# Texts whose words a chunk cuts as the regex does only if it reads characters as the regex does: casefolding
# that lengthens a text ("ß" -> "ss") or makes a letter and a combining mark, which is not a word character
# ("İ" -> "i̇"), lone surrogates, characters beyond the first plane, the separator U+001F itself, digits of other
# scripts, no word at all, a word ending the text.
AWKWARD_TEXTS = ["İstanbul İİ x", "Straße STRASSE ß", "ǰ ΐ ﬁne ﬃ", "a\x1fb\x1f\x1f c", "\x1f",
                 "\ud800 lone \udfff x\ud800y", "𝐀bc 𝟙𝟚 😀 smile", "under_score __ _", "x² ³ ½ ٣٤", "日本語 한국어 ﾃｽﾄ",
                 " lead", "trail ", "co-operate don't it’s", "\u0301a\u0301", "", "ŉ ǅ"]


def test_shingles_and_signatures_of_a_chunk_equal_those_of_each_text():
    texts = [*_articles(120, 13)["text"].tolist(), "", "!!!", "one", "two words", "a b c d", "a b c d e",
             "x " * 400, "Да, это так. Yes, it is.", *AWKWARD_TEXTS]
    vocab = duplicates._Words(1)
    digests, flat, lengths, sigs = duplicates._prepare_chunk(texts, 5, 64, 1, True, vocab=vocab)
    assert len(lengths) == len(texts) and sigs.shape == (len(texts), 64)
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    for k, text in enumerate(texts):
        h = duplicates.shingles(text)
        np.testing.assert_array_equal(flat[offsets[k]:offsets[k + 1]], h)
        words = duplicates.tokens(text)
        assert digests[k] == (hashlib.blake2b("\x1f".join(words).encode("utf-8", "surrogatepass"),
                                              digest_size=16).digest() if words else None)
        want = duplicates._signature(h, 64, 6) if len(h) else np.zeros(64, dtype=np.uint64)
        np.testing.assert_array_equal(sigs[k], want)
    assert (sigs[len(texts) - 3] != sigs[len(texts) - 2]).any()  # empty bins filled, differently


def test_words_of_many_texts_are_those_of_each_text():
    """The words of a chunk, cut from a table of the word characters, are the regex's, with the same ids, in
    every chunk the texts may come in (a text first, last, alone, beside empty ones)."""
    texts = [*AWKWARD_TEXTS, *_articles(20, 3)["text"].tolist()]
    vocab = duplicates._Words(7)
    for chunk in (texts, texts[::-1], texts[:1], ["", *texts[:3], ""], [""], []):
        _digests, ids, counts = duplicates._words_many(chunk, vocab)
        words = [duplicates.tokens(t) for t in chunk]
        assert counts.tolist() == [len(w) for w in words]
        assert ids.tolist() == [i for w in words for i in duplicates._Words(7).ids(w).tolist()]


@pytest.mark.parametrize("seed, threshold, max_group", [(0, 0.5, 64), (2, 0.3, 8), (3, 0.8, 2), (5, 0.15, 3)])
def test_cached_hashes_give_the_same_duplicates(tmp_path, seed, threshold, max_group):
    """With a cache folder, the search reads each text's key, counts and signature back (hashing only the
    texts of the candidate pairs again) and finds the same pairs, cold and warm."""
    arts = _articles(300, seed)
    want = duplicates._find(arts, threshold=threshold, max_group=max_group, workers=1)
    for _ in ("cold", "warm"):
        assert duplicates._find(arts, threshold=threshold, max_group=max_group, workers=1, cache_dir=tmp_path) == want


def test_cached_hashes_are_reused_and_only_new_texts_hashed(tmp_path, monkeypatch):
    """A grown corpus hashes only its new texts (a text that repeats another is hashed once), and
    a bin count too large for one byte is kept exactly (uint16 rows next to uint8 ones)."""
    from presslens.pipeline import Store

    arts = _articles(300, 21)
    arts.loc[5, "text"] = " ".join(f"w{i}" for i in range(300_000))  # about 586 shingles per bin
    arts.loc[6, "text"] = arts.loc[5, "text"].replace("w17 ", "v17 ")  # its near-duplicate
    duplicates._find(arts, workers=1, cache_dir=tmp_path)
    hashed: list[str] = []
    real = duplicates._signature_rows

    def counting(keyed, **kw):
        hashed.extend(t for _k, t in keyed)
        return real(keyed, **kw)

    monkeypatch.setattr(duplicates, "_signature_rows", counting)
    grown = pd.concat([arts, _articles(30, 22).assign(article_id=lambda d: "new" + d["article_id"])],
                      ignore_index=True)
    got = duplicates._find(grown, workers=1, cache_dir=tmp_path)
    assert sorted(hashed) == sorted(set(grown["text"].iloc[300:]) - set(arts["text"]))
    monkeypatch.setattr(duplicates, "_signature_rows", real)
    assert got == duplicates._find(grown, workers=1)
    assert got[6] == (5, got[6][1], "near")
    store = Store(tmp_path, duplicates.signature_stage())
    rows = store.get(store.keys())["signatures"]
    assert {len(b) for b in rows["bins"]} == {512, 1024}


def test_pairs_compared_once_are_not_compared_again(tmp_path, monkeypatch):
    """With a cache, each candidate pair's exact similarity is kept: a warm run compares no pair and hashes
    no text again, a grown corpus only the pairs with a new text; a damaged file is compared afresh. The
    duplicates are those of a search without a cache every time."""
    from presslens.pipeline import Store

    arts = _articles(300, 31)
    compared: list[tuple[int, int]] = []
    real = duplicates._similarities

    def spy(later, earlier, reps, lengths, hashes_of):
        compared.extend((reps[int(a)], reps[int(b)]) for a, b in zip(earlier, later, strict=True))
        return real(later, earlier, reps, lengths, hashes_of)

    monkeypatch.setattr(duplicates, "_similarities", spy)
    want = duplicates._find(arts, workers=1)
    assert any(k == "near" for _j, _s, k in want.values())
    first = len(compared)
    assert first > 0
    compared.clear()
    assert duplicates._find(arts, workers=1, cache_dir=tmp_path) == want  # cold: every pair compared
    assert len(compared) == first
    compared.clear()
    assert duplicates._find(arts, workers=1, cache_dir=tmp_path) == want  # warm: none
    assert compared == []
    redated = arts.assign(published=arts["published"].iloc[::-1].to_numpy())  # pairs the other way round
    got = duplicates._find(redated, workers=1, cache_dir=tmp_path)
    assert compared == []  # a pair is kept whichever of its texts comes first
    assert got == duplicates._find(redated, workers=1)
    compared.clear()
    extra = _articles(40, 32).assign(article_id=lambda d: "new" + d["article_id"])
    extra["text"] = [t + " more" for t in arts["text"].iloc[:40]]  # near-duplicates of old texts
    grown = pd.concat([arts, extra], ignore_index=True)
    got = duplicates._find(grown, workers=1, cache_dir=tmp_path)
    assert compared and all(a >= 300 or b >= 300 for a, b in compared)  # only pairs with a new text
    compared.clear()
    assert got == duplicates._find(grown, workers=1)
    (path,) = Store(tmp_path, duplicates.signature_stage()).dir.glob("pairs.parquet")
    path.write_bytes(b"not parquet")
    compared.clear()
    assert duplicates._find(grown, workers=1, cache_dir=tmp_path) == got
    assert len(compared) > 0


def test_cached_hashes_on_several_processes_give_the_same_duplicates(tmp_path, monkeypatch):
    """The signatures computed and the candidates' shingles hashed again on worker processes."""
    monkeypatch.setattr(duplicates, "PARALLEL_MIN_TEXTS", 10)
    monkeypatch.setattr(duplicates, "_CHUNK", 64)
    arts = _articles(400, 9)
    want = duplicates._find(arts, workers=1)
    for _ in ("cold", "warm"):
        assert duplicates._find(arts, workers=2, cache_dir=tmp_path) == want


def test_cached_search_of_no_text_or_no_words(tmp_path):
    empty = pd.DataFrame({"article_id": pd.Series([], dtype=str), "published": pd.Series([], dtype=str),
                          "text": pd.Series([], dtype=str)})
    assert duplicates._find(empty, workers=1, cache_dir=tmp_path) == {}
    wordless = pd.DataFrame({"article_id": ["a", "b", "c"], "published": ["", "", ""], "text": ["", "...", "x y"]})
    assert duplicates._find(wordless, workers=1, cache_dir=tmp_path) == duplicates._find(wordless, workers=1) == {}


def test_words_of_many_texts_only_what_is_asked_for():
    """Without keys or without ids the other values are the same, and what was not asked for is None; the shingle
    hashes alone of a chunk (a candidate pair's texts) are those made with the keys and signatures."""
    texts = [*AWKWARD_TEXTS, *_articles(20, 4)["text"].tolist()]
    digests, ids, counts = duplicates._words_many(texts, duplicates._Words(3))
    no_ids = duplicates._words_many(texts, duplicates._Words(3), ids=False)
    no_keys = duplicates._words_many(texts, duplicates._Words(3), keys=False)
    assert no_ids[0] == digests and no_ids[1] is None and no_ids[2].tolist() == counts.tolist()
    assert no_keys[0] is None and no_keys[1].tolist() == ids.tolist() and no_keys[2].tolist() == counts.tolist()
    full = duplicates._prepare(texts, size=5, num_perm=64, seed=3, near=True, workers=1)
    only = duplicates._prepare(texts, size=5, num_perm=64, seed=3, near=True, workers=1, hashes_only=True)
    assert only[0] is None and only[2] is None
    assert all(np.array_equal(a, b) for a, b in zip(only[1], full[1], strict=True))
    # with the caller's word hashes (a cached search's hashes_of): the same hashes, its memo used and kept
    vocab = duplicates._Words(3)
    given = duplicates._prepare(texts, size=5, num_perm=64, seed=3, near=True, workers=1, hashes_only=True,
                                vocab=vocab)
    assert vocab.encoded and all(np.array_equal(a, b) for a, b in zip(given[1], full[1], strict=True))
    assert duplicates._prepare([], size=5, num_perm=64, seed=3, near=True, workers=1, hashes_only=True,
                               vocab=vocab) == (None, [], None)


def test_rows_read_as_slices_or_gathers_give_the_same_texts():
    """The stage's units over consecutive rows (a slice of the column) and over rows with gaps (a gather), in
    blocks of the chunk size, are the texts of those rows."""
    texts = pd.Series([f"text {i}" for i in range(3000)], dtype="str")
    for rows in (list(range(3000)), list(range(0, 3000, 3)), [*range(10), *range(500, 2600)], [5], []):
        units = duplicates._Rows(texts, rows)
        assert [units[i] for i in range(len(units))] == [texts.iloc[r] for r in rows]
