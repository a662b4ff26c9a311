"""Evaluate the sentiment instrument (:mod:`presslens.sentiment`) on VADER's human-rated ground truth.

Usage::

    python -m presslens.eval sentiment DIR [--json OUT] [--human-threshold 0.5]
                                           [--pos-threshold 0.05] [--neg-threshold -0.05]

``DIR`` holds the ``*_GroundTruth.txt`` files of Hutto & Gilbert (ICWSM 2014): tab-separated id, mean
human rating (-4 .. +4, about 20 raters each) and text, CRLF line ends, possibly a UTF-8 BOM. Each file
is one set (tweets, NYT editorial snippets, movie reviews, Amazon reviews), named by the part before
``_GroundTruth``.

Per set it reports:

* Pearson r between VADER's compound score and the mean human rating (the paper's measure);
* 3-class macro-F1 and accuracy. VADER's class: compound >= 0.05 positive, <= -0.05 negative, else
  neutral (VADER's own convention). Human class: mean rating > 0.5 positive, < -0.5 negative, else
  neutral. Why 0.5: raters answered on an integer scale from -4 to +4, so a mean within half a step of
  0 rounds to the scale's own "neutral" point; a strict 0 would call a sentence positive when one rater
  in twenty gave it +1. Both thresholds are options.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import pandas as pd

__all__ = ["read_ground_truth", "read_ground_truth_dir", "score_ground_truth", "pearson", "macro_f1",
           "evaluate", "main", "HUMAN_THRESHOLD", "CLASSES"]

HUMAN_THRESHOLD = 0.5
CLASSES = ("negative", "neutral", "positive")
SUFFIX = "_GroundTruth.txt"


def read_ground_truth(path: str | Path) -> pd.DataFrame:
    """One ``*_GroundTruth.txt`` file (BOM and CRLF tolerated; blank lines skipped).

    Returns columns: set, id, rating (float), text.
    """
    p = Path(path)
    name = p.name[: -len(SUFFIX)] if p.name.endswith(SUFFIX) else p.stem
    rows = []
    for lineno, line in enumerate(p.read_bytes().decode("utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        if len(parts) != 3:
            raise ValueError(f"{p}:{lineno}: expected 'id<TAB>rating<TAB>text', got {line[:80]!r}")
        try:
            rating = float(parts[1])
        except ValueError:
            raise ValueError(f"{p}:{lineno}: rating {parts[1]!r} is not a number") from None
        rows.append((name, parts[0].strip(), rating, parts[2]))
    return pd.DataFrame(rows, columns=["set", "id", "rating", "text"])


def read_ground_truth_dir(directory: str | Path) -> pd.DataFrame:
    """Every ``*_GroundTruth.txt`` under ``directory`` (sorted by name). Returns columns: set, id, rating, text."""
    d = Path(directory)
    files = sorted(d.glob(f"*{SUFFIX}"))
    if not files:
        raise FileNotFoundError(f"no *{SUFFIX} files in {d}; give the folder of VADER's ground truth "
                                f"(e.g. ../shared/eval/vader)")
    return pd.concat([read_ground_truth(f) for f in files], ignore_index=True)


def human_class(rating: pd.Series, *, threshold: float = HUMAN_THRESHOLD) -> pd.Series:
    """'positive' (mean rating > threshold), 'negative' (< -threshold) or 'neutral'."""
    out = pd.Series("neutral", index=rating.index, dtype=object)
    out[rating > threshold] = "positive"
    out[rating < -threshold] = "negative"
    return out


def score_ground_truth(gold: pd.DataFrame, *, human_threshold: float = HUMAN_THRESHOLD,
                       pos_threshold: float | None = None, neg_threshold: float | None = None,
                       **options) -> pd.DataFrame:
    """``gold`` with VADER's scores and both classes added. ``options`` go to
    :func:`presslens.sentiment.score_texts`.

    Returns columns: set, id, rating, text, neg, neu, pos, compound, human, vader.
    """
    from .. import sentiment

    pos = sentiment.POS_THRESHOLD if pos_threshold is None else pos_threshold
    neg = sentiment.NEG_THRESHOLD if neg_threshold is None else neg_threshold
    scores = sentiment.score_texts(gold["text"], **options)
    out = pd.concat([gold.reset_index(drop=True), scores], axis=1)
    out["human"] = human_class(out["rating"], threshold=human_threshold)
    out["vader"] = sentiment.classify(out["compound"], pos_threshold=pos, neg_threshold=neg).values
    return out


def pearson(x, y) -> float:
    """Pearson correlation of two equal-length sequences (NaN when either is constant or too short)."""
    xs, ys = [float(v) for v in x], [float(v) for v in y]
    n = len(xs)
    if n != len(ys):
        raise ValueError(f"pearson: lengths differ ({n} vs {len(ys)})")
    if n < 2:
        return math.nan
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(xs, ys, strict=True))
    sxx = sum((a - mx) ** 2 for a in xs)
    syy = sum((b - my) ** 2 for b in ys)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else math.nan


def per_class_f1(gold, pred, classes=CLASSES) -> dict[str, float]:
    """F1 of each class (0 when a class is neither predicted nor present... see :func:`macro_f1`)."""
    pairs = list(zip(gold, pred, strict=True))
    out = {}
    for c in classes:
        tp = sum(g == c and p == c for g, p in pairs)
        fp = sum(g != c and p == c for g, p in pairs)
        fn = sum(g == c and p != c for g, p in pairs)
        out[c] = 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else 0.0
    return out


def macro_f1(gold, pred, classes=CLASSES) -> float:
    """Unweighted mean of the per-class F1 over ``classes`` (a class absent from both gold and
    predictions scores 0, as in scikit-learn with ``labels=`` given)."""
    f1 = per_class_f1(gold, pred, classes)
    return sum(f1.values()) / len(classes)


def evaluate(directory: str | Path, *, human_threshold: float = HUMAN_THRESHOLD,
             pos_threshold: float | None = None, neg_threshold: float | None = None,
             **options) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score every ground-truth set in ``directory``.

    Returns (summary, scored). summary columns: set, n, pearson_r, macro_f1, accuracy, f1_negative,
    f1_neutral, f1_positive, human_negative, human_neutral, human_positive (class counts); scored is
    :func:`score_ground_truth`'s table.
    """
    scored = score_ground_truth(read_ground_truth_dir(directory), human_threshold=human_threshold,
                                pos_threshold=pos_threshold, neg_threshold=neg_threshold, **options)
    rows = []
    for name, g in scored.groupby("set", sort=True):
        f1 = per_class_f1(g["human"], g["vader"])
        counts = g["human"].value_counts()
        rows.append({
            "set": name, "n": len(g), "pearson_r": pearson(g["compound"], g["rating"]),
            "macro_f1": sum(f1.values()) / len(CLASSES), "accuracy": float((g["human"] == g["vader"]).mean()),
            **{f"f1_{c}": f1[c] for c in CLASSES},
            **{f"human_{c}": int(counts.get(c, 0)) for c in CLASSES},
        })
    return pd.DataFrame(rows), scored


def main(argv: list[str] | None = None) -> int:
    from .. import sentiment

    ap = argparse.ArgumentParser(prog="python -m presslens.eval sentiment",
                                 description="VADER (nltk, vaderSentiment lexicon) against human ratings.")
    ap.add_argument("directory", help="folder with *_GroundTruth.txt files (e.g. ../shared/eval/vader)")
    ap.add_argument("--json", metavar="OUT", help="also write the figures and settings to this JSON file")
    ap.add_argument("--human-threshold", type=float, default=HUMAN_THRESHOLD,
                    help="human mean rating above +t is positive, below -t negative (default 0.5)")
    ap.add_argument("--pos-threshold", type=float, default=sentiment.POS_THRESHOLD)
    ap.add_argument("--neg-threshold", type=float, default=sentiment.NEG_THRESHOLD)
    ap.add_argument("--processes", type=int, default=None, help="worker processes (default: all cores)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    try:
        summary, scored = evaluate(args.directory, human_threshold=args.human_threshold,
                                   pos_threshold=args.pos_threshold, neg_threshold=args.neg_threshold,
                                   processes=args.processes, progress=False)
    except (FileNotFoundError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - t0
    settings = sentiment.sentiment_metadata(pos_threshold=args.pos_threshold, neg_threshold=args.neg_threshold,
                                            human_threshold=args.human_threshold)
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.precision", 3):
        print(summary.to_string(index=False))
    print(f"\n{len(scored)} sentences in {elapsed:.1f}s. Classes: VADER compound >= {args.pos_threshold} positive, "
          f"<= {args.neg_threshold} negative; human mean rating > {args.human_threshold} positive, "
          f"< -{args.human_threshold} negative. Lexicon {settings['lexicon_package']} "
          f"{settings['lexicon_version']} sha256 {settings['lexicon_sha256'][:12]}...")
    if args.json:
        out = {"settings": settings, "sets": json.loads(summary.to_json(orient="records"))}
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
