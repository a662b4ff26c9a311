"""Benchmark: presslens.timex against dateparser.search.search_dates on TempEval-3 TimeML files.

    .venv/bin/python bench/bench_timex.py ../shared/eval/tempeval3/train [--repeat 3] [--limit N]

Both taggers read the same plain ``<TEXT>`` bodies with the same DCT (dateparser gets it as
``RELATIVE_BASE``) and are scored with the TempEval-3 measures of :mod:`presslens.eval.timex`
(strict/relaxed span F1, value accuracy, value F1). dateparser returns (substring, datetime) pairs: each
substring is located in the text after the previous one, and its value is the datetime's day
(``YYYY-MM-DD``) with type DATE, since dateparser fills in every missing field. Throughput is characters
per second of the tagging calls only (reading and scoring excluded), best of ``--repeat`` interleaved
runs after one warm-up call each; presslens is timed both through :func:`presslens.timex.timexes`
(one DataFrame per document) and through :func:`presslens.timex.articles_timexes` (one table for all).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

import pandas as pd  # noqa: E402
from dateparser.search import search_dates  # noqa: E402

from presslens.eval.timex import SPAN_COLUMNS, evaluate, read_tml_dir  # noqa: E402
from presslens.timex import articles_timexes, timexes  # noqa: E402


def dateparser_tagger(text: str, *, dct=None) -> pd.DataFrame:
    """search_dates as a tagger: spans located in order, values at day granularity."""
    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(dct[:10])} if dct else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    rows, cursor = [], 0
    for substring, when in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            continue
        end = start + len(substring)
        cursor = end
        rows.append((start, end, substring, "DATE", when.date().isoformat(), ""))
    return pd.DataFrame(rows, columns=SPAN_COLUMNS)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", help="TempEval-3 train (or test) folder with .tml files")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs; the best is reported")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N documents (0 = all)")
    args = ap.parse_args(argv)

    docs = read_tml_dir(args.directory)
    if args.limit:
        docs = docs[: args.limit]
    chars = sum(len(d.text) for d in docs)
    table = pd.DataFrame({"article_id": [d.doc_id for d in docs], "text": [d.text for d in docs],
                          "published": [d.dct for d in docs]})

    scores = {}
    for name, tagger in (("dateparser", dateparser_tagger), ("presslens", None)):
        summary, _, _ = evaluate(docs, tagger)
        scores[name] = summary["overall"]

    dateparser_tagger(docs[0].text, dct=docs[0].dct)  # warm-up: language data, caches
    timexes(docs[0].text, dct=docs[0].dct)
    best = {"dateparser": float("inf"), "presslens": float("inf"), "presslens table": float("inf")}
    for _ in range(args.repeat):  # interleaved, so load from other work hits all alike
        best["dateparser"] = min(best["dateparser"], timed(lambda: [dateparser_tagger(d.text, dct=d.dct)
                                                                    for d in docs]))
        best["presslens"] = min(best["presslens"], timed(lambda: [timexes(d.text, dct=d.dct) for d in docs]))
        best["presslens table"] = min(best["presslens table"], timed(lambda: articles_timexes(table)))

    print(f"{len(docs)} documents, {chars:,} characters ({args.directory}); best of {args.repeat}\n")
    cols = ["strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "value_acc", "value_f1"]
    print(f"{'tagger':<12}" + "".join(f"{c:>11}" for c in cols) + f"{'chars/s':>13}")
    for name in ("dateparser", "presslens"):
        m = scores[name]
        print(f"{name:<12}" + "".join(f"{m[c]:>11.3f}" for c in cols) + f"{chars / best[name]:>13,.0f}")
    base = chars / best["dateparser"]
    print(f"\nthroughput ratio presslens / dateparser: {best['dateparser'] / best['presslens']:.1f}x "
          f"(timexes per document), {best['dateparser'] / best['presslens table']:.1f}x "
          f"(articles_timexes over the table: {chars / best['presslens table']:,.0f} chars/s; "
          f"dateparser {base:,.0f} chars/s)")
    print(f"value F1 difference: {scores['presslens']['value_f1'] - scores['dateparser']['value_f1']:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
