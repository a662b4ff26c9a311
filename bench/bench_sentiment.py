"""Benchmark: presslens.sentiment.score_texts against a plain single-process loop over nltk's VADER.

    .venv/bin/python bench/bench_sentiment.py [--n 20000] [--dup 0 0.3 0.6] [--repeat 3] [--seed 0]

Sentences are generated from the story sentences of seeds/: each new sentence joins clauses (split at
commas and semicolons) drawn from different seed sentences, so lengths and vocabulary are those of the
sample news, all distinct; then a share ``dup`` of the sentences is replaced by copies of others (syndicated copy
repeats whole paragraphs). For each duplication share, one run prints sentences per second of both ways,
their ratio (wall clock), the CPU seconds each spent (workers included: the cost of splitting the work),
and whether every score (neg, neu, pos, compound) is identical. Best of ``--repeat`` interleaved timings;
the ratio is only meaningful on an otherwise idle machine (the load average is printed).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants  # noqa: E402

from presslens import read_corpus, sentiment  # noqa: E402


def plain_analyzer() -> SentimentIntensityAnalyzer:
    """nltk's analyzer holding the same lexicon, built without presslens's helper class."""
    a = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    a.lexicon_file = sentiment.lexicon_text()
    a.lexicon = a.make_lex_dict()
    a.constants = VaderConstants()
    return a


def make_sentences(seed_sentences: list[str], n: int, dup: float, rng: random.Random) -> list[str]:
    clauses = [c.strip() for s in seed_sentences for c in re.split(r"[,;]\s+", s) if len(c.split()) >= 3]
    out: dict[str, None] = {}  # distinct sentences, in the order made
    while len(out) < n:
        parts = rng.sample(clauses, rng.choice((1, 2, 2, 3, 3)))
        text = ", ".join(parts)
        out[text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?", "”")) else ".")] = None
    out = list(out)
    n_dup = int(round(dup * n))
    originals = out[: n - n_dup]
    out = originals + [rng.choice(originals) for _ in range(n_dup)]
    rng.shuffle(out)
    return out


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished children (the workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fn):
    c0, t0 = cpu_seconds(), time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, cpu_seconds() - c0, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="sentences per run")
    ap.add_argument("--dup", type=float, nargs="+", default=[0.0, 0.3, 0.6], help="duplication shares")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    seeds = read_corpus(ROOT / "seeds", progress=False).sentences["text"].tolist()
    seeds = [s for s in seeds if len(s.split()) >= 4]
    rng = random.Random(args.seed)
    plain = plain_analyzer()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{cores} cores (load average {load:.1f}: other work on the machine lowers the ratio); "
          f"{args.n} sentences per run from {len(seeds)} seed sentences; best of {args.repeat}")
    print(f"{'dup':>5} {'distinct':>8} {'plain/s':>9} {'presslens/s':>12} {'ratio':>6} {'cpu plain':>10} "
          f"{'cpu presslens':>14}  identical")
    all_ok = True
    for dup in args.dup:
        texts = make_sentences(seeds, args.n, dup, rng)
        t_plain = t_ours = cpu_plain = cpu_ours = float("inf")
        for _ in range(args.repeat):  # interleaved, so load from other work hits both alike
            dt, dc, ref = timed(lambda texts=texts: [plain.polarity_scores(t) for t in texts])
            t_plain, cpu_plain = min(t_plain, dt), min(cpu_plain, dc)
            dt, dc, ours = timed(lambda texts=texts: sentiment.score_texts(texts, progress=False))
            t_ours, cpu_ours = min(t_ours, dt), min(cpu_ours, dc)
        ref_rows = [(r["neg"], r["neu"], r["pos"], r["compound"]) for r in ref]
        our_rows = list(ours.itertuples(index=False, name=None))
        identical = ref_rows == our_rows
        all_ok &= identical
        print(f"{dup:5.2f} {len(set(texts)):8d} {args.n / t_plain:9.0f} {args.n / t_ours:12.0f} "
              f"{t_plain / t_ours:6.2f} {cpu_plain:9.2f}s {cpu_ours:13.2f}s  {'yes' if identical else 'NO'}")
    if not all_ok:
        print("scores differ from nltk's analyzer", file=sys.stderr)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
