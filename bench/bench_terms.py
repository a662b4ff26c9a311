"""Benchmark: tokens and term tables on a synthetic corpus of N articles (default 20,000) built from the
seeds' sentences, shuffled per article. Prints seconds per step, tokens per second and the size of the
(compact) tokens table.

    .venv/bin/python bench/bench_terms.py [N]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

import presslens as pl
from presslens import terms as T
from presslens.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]


def synthetic(n_articles: int, *, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    c = pl.read_corpus(ROOT / "seeds", progress=False)
    rng = np.random.default_rng(seed)
    pool = c.sentences["text"].tolist()
    per = max(len(pool) // len(c.articles), 1)
    rows, arts = [], []
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    for a in range(n_articles):
        aid = f"a{a:06d}"
        pos = 0
        for s_no, i in enumerate(rng.integers(0, len(pool), per)):
            text = pool[i]
            rows.append((aid, s_no, 0, pos, pos + len(text), text))
            pos += len(text) + 1
        arts.append({"article_id": aid, "published": days[a % len(days)].strftime("%Y-%m-%d"),
                     "source": "ABC"[a % 3]})
    sentences = pd.DataFrame(rows, columns=["article_id", "sentence_no", "paragraph_no", "start", "end", "text"])
    return sentences, pd.DataFrame(arts)


def main(n: int = 20_000) -> None:
    sentences, articles = synthetic(n)
    repairs = pl.read_corpus(ROOT / "seeds", progress=False).repairs.iloc[0:0]
    steps = {}
    t0 = time.perf_counter()
    toks = tokenize(sentences, repairs)
    steps["tokenize"] = time.perf_counter() - t0
    for name, fn in [
        ("frequencies 1-3", lambda: T.frequencies(toks, ngram_max=3, min_count=2)),
        ("tfidf 1", lambda: T.tfidf(toks, top_n=10)),
        ("keyness 1-3", lambda: T.keyness(toks, T.split_groups(articles), ngram_max=3)),
        ("collocations", lambda: T.collocations(toks, min_count=5)),
        ("kwic 2 terms", lambda: T.kwic(toks, sentences, ["strategic partnership", "Ukraine"])),
        ("dispersion 2 terms", lambda: T.dispersion(toks, ["ukraine", "partnership"])),
        ("trends 2 terms", lambda: T.trends(toks, articles, ["ukraine", "partnership"], period="M")),
    ]:
        t0 = time.perf_counter()
        fn()
        steps[name] = time.perf_counter() - t0
    mb = toks.memory_usage(deep=True).sum() / 1e6
    print(f"{n} articles, {len(sentences)} sentences, {len(toks)} tokens; tokens table {mb:.0f} MB "
          f"({mb * 1e6 / max(len(toks), 1):.0f} bytes a token)")
    for name, sec in steps.items():
        print(f"{name:22s} {sec:7.2f} s")
    print(f"{'total':22s} {sum(steps.values()):7.2f} s   ({len(toks) / steps['tokenize']:,.0f} tokens/s tokenizing)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
