"""The scale paths of presslens.sentiment against the plain ways they replace: array statistics bit for bit
against t_interval and numpy's sum, the vectorized caption filter against a loop, and the cached,
parallel target and sentiment stages against one process without a cache."""

from __future__ import annotations

import dataclasses
import math
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens import schema
from presslens import sentiment as sa
from presslens.corpus import Corpus, build_corpus
from presslens.reading import iter_documents

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _loop_stats(values, sizes, confidence=0.95):
    """Per group: numpy's mean and t_interval, one group at a time (what aggregate used to do)."""
    out, at = [], 0
    for n in sizes:
        vals = np.asarray(values[at:at + n], dtype="float64")
        out.append((float(vals.sum() / n), *sa.t_interval(vals.tolist(), confidence=confidence)))
        at += n
    return out


def _bits(x: float) -> tuple:
    return ("nan",) if math.isnan(x) else (x, math.copysign(1.0, x))


@given(st.lists(st.lists(st.floats(-1, 1, allow_nan=False).map(lambda v: round(v, 4)), min_size=1, max_size=40),
                min_size=1, max_size=30),
       st.sampled_from([0.95, 0.9, 0.99]))
@settings(max_examples=200, deadline=None)
def test_group_stats_equal_t_interval_and_numpy_bit_for_bit(groups, confidence):
    values = np.array([v for g in groups for v in g], dtype="float64")
    sizes = np.array([len(g) for g in groups])
    mean, low, high = sa._group_stats(values, sizes, confidence)
    got = [(_bits(m), _bits(lo), _bits(hi)) for m, lo, hi in zip(mean, low, high, strict=True)]
    want = [tuple(_bits(x) for x in row) for row in _loop_stats(values, sizes, confidence)]
    assert got == want


def test_group_stats_loop_handles_missing_values():
    values = np.array([0.5, math.nan, -0.25, 0.1])
    mean, low, high = sa._group_stats_loop(values, np.array([3, 1]), 0.95)
    assert math.isnan(mean[0]) and low[0] == sa.t_interval([0.5, -0.25])[0] and math.isnan(low[1])


@pytest.mark.parametrize("p", [0.975, 0.95, 0.995])
def test_t_quantiles_on_arrays_equal_the_scalar_bisection(p):
    dfs = [*range(1, 120), 250, 999, 4096, 84155, 10**6]
    assert sa._t_quantiles(p, dfs).tolist() == [sa._t_quantile(p, d) for d in dfs]


def test_aggregate_with_large_groups_and_several_keys_equals_the_group_loop():
    rng = np.random.default_rng(3)
    n = 3000
    df = pd.DataFrame({"g": rng.choice(["x", "y", "z", "w"], n), "h": rng.integers(0, 40, n),
                       "compound": np.round(rng.uniform(-1, 1, n), 4)})
    out = sa.aggregate(df, by=["g", "h"])
    for row in out.itertuples(index=False):
        vals = df.loc[(df["g"] == row.g) & (df["h"] == row.h), "compound"].to_numpy()
        mean, low, high = _loop_stats(vals, [len(vals)])[0]
        assert (row.n_sentences, row.mean_compound, row.ci_low, row.ci_high) == (len(vals), mean, low, high)
        assert row.share_positive == np.count_nonzero(vals >= 0.05) / len(vals)


@given(st.lists(st.tuples(st.sampled_from("abc"), st.integers(0, 60), st.integers(1, 30)), max_size=30),
       st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from(["caption", "credit", "body", "boilerplate"]),
                          st.integers(0, 80), st.integers(1, 20)), max_size=8))
@settings(max_examples=150, deadline=None)
def test_story_sentences_equal_the_overlap_loop(sents, segs):
    sentences = schema.frame("sentences", [
        {"article_id": a, "sentence_no": i, "paragraph_no": 0, "start": s, "end": s + n, "text": "x"}
        for i, (a, s, n) in enumerate(sents)])
    segments = pd.DataFrame({"article_id": [a for a, _k, _s, _n in segs], "kind": [k for _a, k, _s, _n in segs],
                             "start": [s for _a, _k, s, _n in segs], "end": [s + n for _a, _k, s, n in segs]})
    bad = [(a, s, s + n) for a, k, s, n in segs if k in sa.NEVER_SCORED]
    keep = [not any(a == ba and s < be and bs < s + n for ba, bs, be in bad) for a, s, n in sents]
    want = sentences[keep].reset_index(drop=True) if bad and len(sentences) else sentences
    pd.testing.assert_frame_equal(sa.story_sentences(sentences, segments), want)


@pytest.mark.parametrize("word, forms", [
    ("Xi", {"xi"}), ("US", {"us"}), ("\u212aelvin", {"kelvin"}), ("\u017ftate", {"state"}), ("Путин", set()),
    ("Straße", set()), ("António", set()),
])
def test_ascii_forms_follow_the_regex_engines_case_folding(word, forms):
    assert sa._ascii_forms(word) == forms


ODD_TARGETS = {"Kelvin": ["\u212aelvin scale"], "State": ["\u017ftate Council"], "Odd": ["-dash start"],
               "Xi Jinping": ["Xi", "XI JINPING"], "Russia": ["Russia", "Россия"], "Nul": ["a\x00b"]}


@given(st.lists(st.sampled_from(["kelvin", "Kelvin scale", "\u212aELVIN SCALE", "STATE council", "state Council",
                                 "\u017ftate council", "-dash start", "Xi", "xi", "XI  jinping", "Россия", "россия",
                                 "a\x00b", "A\x00B", "the", "Xi’s"]), min_size=0, max_size=10))
@settings(max_examples=150, deadline=None)
def test_target_hits_equal_each_pattern_over_each_sentence(words):
    texts = [" ".join(words), "Xi met Russia", " ".join(reversed(words))]
    row, js, offset, length, mention = sa._target_hits(texts, ODD_TARGETS)
    got = list(zip(row.tolist(), js.tolist(), offset.tolist(), length.tolist(), mention, strict=True))
    want = [(i, j, m.start(), m.end() - m.start(), m.group(0)) for i, t in enumerate(texts)
            for j, aliases in enumerate(ODD_TARGETS.values()) for m in sa._target_regex(tuple(aliases)).finditer(t)]
    assert got == want


def test_gate_class_is_non_word_in_the_lower_cased_text_it_reads():
    """_fast_gate matches the character before a word as [^a-z0-9_], which is \\W in what it reads: sentences
    lower-cased that hold no word character outside ASCII (the others are blanked). Lower-casing an ASCII
    character or a non-word one never makes a word character outside [a-z0-9_] (every code point checked);
    and sentences with non-word characters outside ASCII before and after the aliases (curly quotes, a
    no-break space, a circled capital, whose lower case is a circled letter) find what each pattern finds."""
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    read = re.sub(r"\w", "", every) + "".join(map(chr, range(128)))
    assert re.search(r"[^\Wa-z0-9_]", "".join(c.lower() for c in read)) is None
    assert re.search(r"[^\Wa-z0-9_]", "\u24b6".lower()) is None and "\u24b6".lower() != "\u24b6"
    texts = ["\u201cXi\u201d met \u00abPutin\u00bb\u00a0in Moscow\u2014and Beijing\u2019s U.S. envoy",
             "\u24b6Putin \u24b7\u00a0China", "\u00a0Xi\u00a0Jinping\u2026 the Kremlin\u2019s Washington"]
    row, js, offset, length, mention = sa._target_hits(texts, TARGETS)
    got = list(zip(row.tolist(), js.tolist(), offset.tolist(), length.tolist(), mention, strict=True))
    want = [(i, j, m.start(), m.end() - m.start(), m.group(0)) for i, t in enumerate(texts)
            for j, aliases in enumerate(TARGETS.values()) for m in sa._target_regex(tuple(aliases)).finditer(t)]
    assert len(want) >= 10 and got == want


@pytest.fixture(scope="module")
def many():
    docs = list(iter_documents(SEEDS))
    return build_corpus([dataclasses.replace(d, article_id=f"{d.article_id}-{i:02d}") for i in range(12) for d in docs],
                        workers=1, progress=False)


TARGETS = {"Xi Jinping": ["Xi Jinping", "Xi"], "Vladimir Putin": ["Putin"], "China": ["China", "Beijing"],
           "Russia": ["Russia", "Moscow", "Kremlin"], "United States": ["US", "U.S.", "Washington"]}


def test_target_mentions_cached_and_parallel_equal_one_process(many, tmp_path):
    scored = sa.score_corpus(many, cache=False, workers=1, progress=False)
    plain = sa.target_mentions(scored, TARGETS, cache=False, workers=1)
    assert len(plain) > 100
    for _ in range(2):  # cold, then from the cache
        pd.testing.assert_frame_equal(sa.target_mentions(scored, TARGETS, cache=tmp_path, workers=2), plain)
    pd.testing.assert_frame_equal(sa.target_mentions(scored, TARGETS, cache=False, workers=2), plain)
    full = sa.target_sentiment(scored, TARGETS, articles=many.articles, cache=False, workers=1)
    pd.testing.assert_frame_equal(sa.target_sentiment(scored, TARGETS, articles=many.articles, cache=tmp_path,
                                                      workers=2), full)


def test_target_hits_without_mention_strings_give_the_same_arrays(many):
    texts = many.sentences["text"].tolist()
    with_text = sa._target_hits(texts, TARGETS)
    without = sa._target_hits(texts, TARGETS, mentions=False)
    assert without[4] is None and len(with_text[0]) > 100
    for a, b in zip(with_text[:4], without[:4], strict=True):
        assert a.tolist() == b.tolist()
    assert with_text[4] == [texts[i][o:o + n] for i, o, n in zip(*(v.tolist() for v in (with_text[0], with_text[2],
                                                                                         with_text[3])), strict=True)]


def test_target_sentiment_intervals_of_one_grouping_equal_those_of_all_groupings(many, monkeypatch):
    # the t quantiles of every grouping's sizes are worked out in one go: each must be what it is alone
    scored = sa.score_corpus(many, cache=False, workers=1, progress=False)
    monkeypatch.setattr(sa, "_T_QUANTILES", {})
    alone = {g: sa.target_sentiment(scored, TARGETS, articles=many.articles, by=g, cache=False, workers=1)
             for g in sa.TARGET_GROUPINGS}
    monkeypatch.setattr(sa, "_T_QUANTILES", {})
    together = sa.target_sentiment(scored, TARGETS, articles=many.articles, cache=False, workers=1)
    for g, part in alone.items():
        pd.testing.assert_frame_equal(together[together["by"] == g].reset_index(drop=True), part, check_exact=True)
    assert together["ci_low"].notna().sum() > 20


def test_target_sentiment_on_a_table_numbering_a_sentence_twice_joins_as_before():
    scored = schema.frame("sentiment_sentences", [
        {"article_id": "a", "sentence_no": 0, "start": 0, "end": 9, "text": t, "neg": 0.0, "neu": 1.0, "pos": 0.0,
         "compound": c} for t, c in (("Putin spoke.", 0.5), ("Putin left.", -0.25))])
    out = sa.target_sentiment(scored, {"Putin": ["Putin"]}, by="all")
    # the pair (a, 0) names Putin once, and joins both rows numbered (a, 0)
    assert out[["n_sentences", "mean_compound"]].to_dict("records") == [{"n_sentences": 2, "mean_compound": 0.125}]


def test_score_corpus_twice_the_same_article_run_reuses_its_scores(many, tmp_path):
    one = many.select(many.articles["article_id"].head(2))
    sents = one.sentences
    twice = Corpus(one.articles, pd.concat([sents, sents[sents["article_id"] == sents["article_id"].iloc[0]]],
                                           ignore_index=True), one.segments, one.repairs)
    out = sa.score_corpus(twice, cache=tmp_path, workers=1, progress=False)
    assert len(out) == len(twice.sentences)
    pd.testing.assert_frame_equal(out[sa.SCORE_COLUMNS], sa.score_sentences(twice.sentences)[sa.SCORE_COLUMNS])


@given(st.lists(st.one_of(st.sampled_from([0.0, -0.0, 0.5, -0.5, 1.0]), st.floats(-1, 1), st.just(math.nan)),
                max_size=40), st.integers(0, 12))
@settings(max_examples=200, deadline=None)
def test_extremes_equal_a_stable_sort_of_the_whole_table(values, n):
    table = pd.DataFrame({"compound": values, "text": [f"t{i}" for i in range(len(values))]},
                         index=range(100, 100 + len(values)))
    valid = table[table["compound"].notna()]
    top = valid.sort_values("compound", ascending=False, kind="stable").head(n).assign(side="positive")
    bottom = valid.sort_values("compound", kind="stable").head(n).assign(side="negative")
    top["rank"] = range(1, len(top) + 1)
    bottom["rank"] = range(1, len(bottom) + 1)
    want = pd.concat([top, bottom], ignore_index=True)[["side", "rank", "compound", "text"]]
    pd.testing.assert_frame_equal(sa.extremes(table, n=n), want)


def test_target_hits_of_no_text_are_none():
    # a batch of no sentences (a corpus of one empty file): no hit, as before the gate's per-text lower-casing
    for mentions in (True, False):
        hits = sa._target_hits([], TARGETS, mentions=mentions)
        assert all(len(a) == 0 for a in hits[:4])
    # look-alikes: one empty text, and a text with a hit
    assert len(sa._target_hits([""], TARGETS)[0]) == 0
    assert len(sa._target_hits(["Putin met Xi Jinping."], {"Putin": ["Putin"]})[0]) == 1
