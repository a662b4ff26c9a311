"""Evaluate the temporal tagger (:mod:`presslens.timex`) on TimeML (``.tml``) files, TempEval-3 style.

Usage::

    python -m presslens.eval timex DIR [--only GLOB ...] [--json OUT] [--errors N]

``DIR`` is searched recursively for ``*.tml`` files (for TempEval-3 training data: ``TimeBank/`` and
``AQUAINT/``); the first directory level below ``DIR`` names the subcorpus. ``--only GLOB`` (repeatable) keeps
the files whose path below ``DIR`` matches one of the globs (``--only 'TimeBank/*'``, ``--only '*/wsj_*'``): a
development half can then be measured and its errors listed while another half is kept out of sight. For each file the ``<TEXT>``
body is stripped of its tags, its ``TIMEX3`` elements become the gold spans (the creation-time TIMEX3 in
the ``<DCT>`` header is not counted; it only gives the DCT), and the tagger runs on the plain body with that DCT.

Measures, as in TempEval-3 task A (UzZaman et al. 2013):

* strict span P/R/F1: system and gold extents are identical;
* relaxed span P/R/F1: the extents overlap (each gold and each system expression is matched at most once);
* value accuracy and type accuracy: over the relaxed-matched pairs;
* value F1 = relaxed F1 x value accuracy (the TempEval-3 ranking measure).
"""

from __future__ import annotations

import argparse
import fnmatch
import html
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

__all__ = ["GoldDoc", "read_tml", "read_tml_dir", "score_doc", "evaluate", "summarize", "main"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^>]*?)?)\s*(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.S)
_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)

SPAN_COLUMNS = ["start", "end", "text", "type", "value", "mod"]


@dataclass
class GoldDoc:
    """One TimeML document: its id, subcorpus, DCT (ISO string), plain body text and gold spans."""

    doc_id: str
    corpus: str
    dct: str
    text: str
    gold: pd.DataFrame = field(repr=False)


def _strip(markup: str) -> tuple[str, list[dict]]:
    """Plain text of *markup* and the TIMEX3 elements in it, with character offsets into that text."""
    out: list[str] = []
    pos = 0
    length = 0
    spans: list[dict] = []
    open_timex: dict | None = None
    for m in _TAG.finditer(markup):
        piece = html.unescape(markup[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if closing:
            if open_timex is not None:
                open_timex["end"] = length
                spans.append(open_timex)
                open_timex = None
        else:
            a = dict(_ATTR.findall(attrs))
            open_timex = {
                "start": length,
                "type": a.get("type", ""),
                "value": a.get("value", ""),
                "mod": a.get("mod", ""),
            }
            if m.group(4):  # empty element: a non-consuming timex, nothing to find in the text
                open_timex = None
    tail = html.unescape(markup[pos:])
    out.append(tail)
    text = "".join(out)
    for s in spans:
        s["text"] = text[s["start"] : s["end"]]
    return text, [s for s in spans if s["end"] > s["start"]]


def read_tml(path: str | Path, *, corpus: str = "") -> GoldDoc:
    """Read one TimeML file into a :class:`GoldDoc` (body text, DCT and gold TIMEX3 spans)."""
    path = Path(path)
    markup = path.read_text(encoding="utf-8")
    dct_m = _DCT.search(markup)
    body_m = _BODY.search(markup)
    if dct_m is None or body_m is None:
        raise ValueError(f"{path}: expected a <DCT> with a TIMEX3 value and a <TEXT> body (is it TimeML?)")
    text, spans = _strip(body_m.group(1))
    gold = pd.DataFrame(spans, columns=SPAN_COLUMNS)
    return GoldDoc(path.stem, corpus, dct_m.group(1), text, gold)


def read_tml_dir(directory: str | Path, only: Iterable[str] = ()) -> list[GoldDoc]:
    """All ``*.tml`` files under *directory*, sorted by path; the first sub-folder names the subcorpus.

    *only*: globs; when given, only the files whose path below *directory* (with ``/``) matches one of them."""
    directory = Path(directory)
    paths = sorted(directory.rglob("*.tml"))
    if not paths:
        raise FileNotFoundError(f"no .tml files under {directory}; pass the TempEval-3 train (or test) folder")
    only = list(only)
    if only:
        paths = [p for p in paths if any(fnmatch.fnmatchcase(p.relative_to(directory).as_posix(), g) for g in only)]
        if not paths:
            raise FileNotFoundError(f"no .tml file under {directory} matches {' or '.join(only)}")
    docs = []
    for p in paths:
        rel = p.relative_to(directory).parts
        docs.append(read_tml(p, corpus=rel[0] if len(rel) > 1 else directory.name))
    return docs


def _pairs(gold: list[tuple], system: list[tuple], *, strict: bool) -> list[tuple[int, int]]:
    """One-to-one matching of gold and system spans (start, end, ...) sorted by start."""
    pairs = []
    used = set()
    j0 = 0
    for gi, g in enumerate(gold):
        while j0 < len(system) and system[j0][1] <= g[0]:
            j0 += 1
        for sj in range(j0, len(system)):
            s = system[sj]
            if s[0] >= g[1]:
                break
            if sj in used:
                continue
            if (s[0] == g[0] and s[1] == g[1]) if strict else (s[0] < g[1] and g[0] < s[1]):
                pairs.append((gi, sj))
                used.add(sj)
                break
    return pairs


def score_doc(gold: pd.DataFrame, system: pd.DataFrame) -> dict:
    """Counts for one document: gold, system, strict and relaxed matches, value and type agreement.

    Also returns the error lists ``missed`` (gold not found), ``spurious`` (system not in gold) and
    ``wrong`` (relaxed-matched pairs with a different value) for error analysis.
    """
    g = list(gold[SPAN_COLUMNS].itertuples(index=False, name=None))
    s = list(system[SPAN_COLUMNS].itertuples(index=False, name=None))
    g.sort()
    s.sort()
    relaxed = _pairs(g, s, strict=False)
    strict = _pairs(g, s, strict=True)
    matched_g = {gi for gi, _ in relaxed}
    matched_s = {sj for _, sj in relaxed}
    value_ok = sum(1 for gi, sj in relaxed if g[gi][4] == s[sj][4])
    type_ok = sum(1 for gi, sj in relaxed if g[gi][3] == s[sj][3])
    return {
        "gold": len(g),
        "system": len(s),
        "strict": len(strict),
        "relaxed": len(relaxed),
        "value_ok": value_ok,
        "type_ok": type_ok,
        "missed": [g[i] for i in range(len(g)) if i not in matched_g],
        "spurious": [s[j] for j in range(len(s)) if j not in matched_s],
        "wrong": [(g[gi], s[sj]) for gi, sj in relaxed if g[gi][4] != s[sj][4]],
        "extent": [(g[gi], s[sj]) for gi, sj in relaxed if (g[gi][0], g[gi][1]) != (s[sj][0], s[sj][1])],
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summarize(counts: Iterable[dict]) -> dict:
    """TempEval-3 measures from per-document counts (as returned by :func:`score_doc`)."""
    tot = Counter()
    for c in counts:
        for k in ("gold", "system", "strict", "relaxed", "value_ok", "type_ok", "chars", "docs"):
            tot[k] += c.get(k, 0)
    out = {"docs": tot["docs"], "gold": tot["gold"], "system": tot["system"]}
    for kind in ("strict", "relaxed"):
        p = tot[kind] / tot["system"] if tot["system"] else 0.0
        r = tot[kind] / tot["gold"] if tot["gold"] else 0.0
        out[f"{kind}_p"], out[f"{kind}_r"], out[f"{kind}_f1"] = p, r, _f1(p, r)
    out["value_acc"] = tot["value_ok"] / tot["relaxed"] if tot["relaxed"] else 0.0
    out["type_acc"] = tot["type_ok"] / tot["relaxed"] if tot["relaxed"] else 0.0
    out["value_f1"] = out["relaxed_f1"] * out["value_acc"]
    out["type_f1"] = out["relaxed_f1"] * out["type_acc"]
    return out


Tagger = Callable[..., pd.DataFrame]


def _default_tagger(text: str, *, dct=None) -> pd.DataFrame:
    from presslens.timex import timexes

    return timexes(text, dct=dct)


def evaluate(docs: list[GoldDoc], tagger: Tagger | None = None) -> tuple[dict, list[dict], float]:
    """Run *tagger* (default: :func:`presslens.timex.timexes`) over *docs*.

    Returns ``(summary, per_doc_counts, seconds)`` where summary maps ``"overall"`` and each subcorpus
    name to the measures of :func:`summarize`, and seconds is the time spent inside the tagger.
    """
    tagger = tagger or _default_tagger
    per_doc = []
    seconds = 0.0
    for d in docs:
        t0 = time.perf_counter()
        system = tagger(d.text, dct=d.dct)
        seconds += time.perf_counter() - t0
        c = score_doc(d.gold, system)
        c.update(doc_id=d.doc_id, corpus=d.corpus, chars=len(d.text), docs=1)
        per_doc.append(c)
    summary = {"overall": summarize(per_doc)}
    for corpus in sorted({c["corpus"] for c in per_doc}):
        summary[corpus] = summarize(c for c in per_doc if c["corpus"] == corpus)
    return summary, per_doc, seconds


def format_summary(summary: dict, *, title: str = "") -> str:
    """A fixed-width table of the measures, one row per subcorpus and one overall."""
    cols = ["docs", "gold", "system", "strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r",
            "relaxed_f1", "value_acc", "type_acc", "value_f1"]
    rows = {name: {c: m[c] for c in cols} for name, m in summary.items() if name != "overall"}
    rows["overall"] = {c: summary["overall"][c] for c in cols}
    frame = pd.DataFrame.from_dict(rows, orient="index")[cols]
    text = frame.to_string(float_format=lambda x: f"{x:.3f}")
    return f"{title}\n{text}" if title else text


def format_errors(per_doc: list[dict], n: int) -> str:
    """The *n* most frequent missed, spurious and wrongly valued expressions (lower-cased text)."""
    missed = Counter((g[2].lower(), g[3]) for c in per_doc for g in c["missed"])
    spurious = Counter((s[2].lower(), s[3]) for c in per_doc for s in c["spurious"])
    wrong = Counter((g[2].lower(), g[4], s[4]) for c in per_doc for g, s in c["wrong"])
    extent = Counter((g[2].lower(), s[2].lower()) for c in per_doc for g, s in c["extent"])
    lines = []
    for title, counter in (("missed (gold text, type)", missed), ("spurious (system text, type)", spurious),
                           ("wrong value (text, gold, system)", wrong), ("extent (gold, system)", extent)):
        lines.append(f"\n== {title}: {sum(counter.values())}")
        lines += [f"{k:5d}  {' | '.join(map(str, key))}" for key, k in counter.most_common(n)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m presslens.eval timex", description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="folder with TimeML .tml files (e.g. tempeval3/train)")
    parser.add_argument("--only", metavar="GLOB", action="append", default=[],
                        help="evaluate only the files whose path below DIR matches GLOB (repeatable), "
                             "e.g. 'TimeBank/*'")
    parser.add_argument("--json", metavar="OUT", help="also write the measures as JSON to OUT ('-' = stdout)")
    parser.add_argument("--errors", metavar="N", type=int, default=0,
                        help="print the N most frequent missed / spurious / wrong-value expressions")
    args = parser.parse_args(argv)
    try:
        docs = read_tml_dir(args.directory, args.only)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary, per_doc, seconds = evaluate(docs)
    chars = sum(len(d.text) for d in docs)
    print(format_summary(summary, title=f"presslens.timex on {args.directory}"))
    print(f"\n{len(docs)} docs, {chars} chars in {seconds:.2f}s ({chars / max(seconds, 1e-9):,.0f} chars/s)")
    if args.errors:
        print(format_errors(per_doc, args.errors))
    if args.json:
        payload = json.dumps({"measures": summary, "seconds": seconds, "chars": chars}, indent=2)
        if args.json == "-":
            print(payload)
        else:
            Path(args.json).write_text(payload + "\n", encoding="utf-8")
    return 0
