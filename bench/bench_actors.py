"""Benchmark: actor mentions on a synthetic corpus of N articles (default 20,000) built from the seeds'
sentences (each article: the sentences of one seed, so surnames, labels and coreference behave as in the
seeds). Prints seconds per step, mentions per second, and the ratio to the naive per-alias loop measured
on a sample in the same run.

    .venv/bin/python bench/bench_actors.py [N]
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pandas as pd

import presslens as pl
from presslens import actors as A

ROOT = Path(__file__).resolve().parents[1]


def synthetic(n_articles: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    c = pl.read_corpus(ROOT / "seeds", progress=False)
    groups = [g for _a, g in c.sentences.groupby("article_id")]
    dates = dict(zip(c.articles["article_id"], c.articles["published"], strict=True))
    parts, arts = [], []
    for k in range(n_articles):
        g = groups[k % len(groups)]
        aid = f"syn{k:06d}"
        parts.append(g.assign(article_id=aid))
        arts.append({"article_id": aid, "published": dates[g["article_id"].iloc[0]], "source": ""})
    return pd.concat(parts, ignore_index=True), pd.DataFrame(arts)


def naive(sentences: pd.DataFrame, gaz: list[dict]) -> int:
    """One regex per alias over every sentence: what the trie regex replaces."""
    pats = [re.compile(r"(?<!\w)" + re.escape(a) + r"(?!\w)") for e in gaz for a in [e["name"], *e["aliases"]]]
    return sum(len(p.findall(t)) for t in sentences["text"] for p in pats)


def main(n: int) -> None:
    sentences, articles = synthetic(n)
    gaz = A.read_gazetteer()
    print(f"{n} articles, {len(sentences)} sentences, {len(gaz)} gazetteer entries")
    timings = {}
    for name, kw in [("names only", {"labels": False, "roles": False}), ("full (labels, roles, coreference)", {})]:
        t = time.perf_counter()
        m = A.mentions(sentences, gaz, articles=articles, **kw)
        timings[name] = time.perf_counter() - t
        print(f"{name:36s} {timings[name]:7.2f} s  {len(m):8d} mentions  {len(m) / timings[name]:9.0f} mentions/s")
    t = time.perf_counter()
    A.cooccurrence(m)
    print(f"{'cooccurrence':36s} {time.perf_counter() - t:7.2f} s")
    t = time.perf_counter()
    A.actor_labels(m, articles)
    print(f"{'actor_labels':36s} {time.perf_counter() - t:7.2f} s")
    t = time.perf_counter()
    A.discover_names(sentences, gaz)
    print(f"{'discover_names':36s} {time.perf_counter() - t:7.2f} s")
    sample = sentences.head(max(len(sentences) // 50, 1))
    t = time.perf_counter()
    naive(sample, gaz)
    naive_s = (time.perf_counter() - t) * len(sentences) / len(sample)
    print(f"naive per-alias loop (extrapolated from {len(sample)} sentences): {naive_s:.1f} s, "
          f"{naive_s / timings['names only']:.1f}x the trie regex (names only)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
