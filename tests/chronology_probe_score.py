"""Scoring of the chronology probes (tests/data/probes/chronology*/: short articles on one story and what a careful
analyst expected of their timeline, ``expected.py``), shared by tests/test_chronology_probe*.py. Per expected event:
right (its mentions in one timeline event holding no other event's), split (in several), merged (its timeline
event holds another's) and, when the timeline table is given, right but with the wrong date (its timeline event's
period does not hold the expected day)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from analysis_probe_score import score_dates
from presslens import chronology, read_corpus

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "data" / "probes"


def expected(probe: str):
    """The probe's ``expected.py`` module (EVENTS, and what else the probe lists)."""
    spec = importlib.util.spec_from_file_location(f"{probe}_expected", PROBES / probe / "expected.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def probe_timeline(probe: str):
    """``chronology.timeline`` of the probe's articles (mentions table, timeline), actors from data/actors.yml."""
    c = read_corpus(PROBES / probe / "articles", progress=False)
    tx = chronology.corpus_timexes(c, cache=False, progress=False)
    ev = chronology.event_mentions(c, tx, gazetteer=ROOT / "data" / "actors.yml", cache=False, progress=False)
    return chronology.timeline(ev)


def event_of(probe: str, events, file: str, text: str, nth: int) -> int | None:
    """The event of the mention at the ``nth`` place of ``text`` in the probe's ``file`` (by its offsets), None if
    none."""
    source = (PROBES / probe / "articles" / file).read_bytes().decode("utf-8")
    at = -1
    for _ in range(nth + 1):
        at = source.find(text, at + 1)
        assert at >= 0, (file, text, nth)
    rows = events[(events["article_id"] == file.rsplit(".", 1)[0]) & (events["timex_start"] < at + len(text))
                  & (events["timex_end"] > at)]
    return int(rows["event_id"].iloc[0]) if len(rows) else None


def probe_score(probe: str, events, tl=None) -> tuple[dict[str, int], dict[str, str]]:
    """``({"right": n, "split": n, "merged": n[, "wrong_date": n]}, {event: its verdict})`` of the timeline's
    ``events`` table; "wrong_date" only with the timeline table ``tl``."""
    exp = expected(probe).EVENTS
    ids = {name: {event_of(probe, events, *mention) for mention in e["mentions"]} for name, e in exp.items()}
    by_id = tl.set_index("event_id") if tl is not None else None
    score, verdicts = {"right": 0, "split": 0, "merged": 0}, {}
    if by_id is not None:
        score["wrong_date"] = 0
    for name, mine in ids.items():
        split = len(mine) > 1 or None in mine
        merged = any(mine & theirs for other, theirs in ids.items() if other != name)
        wrong = False
        if by_id is not None and not (split or merged):
            row = by_id.loc[next(iter(mine))]
            wrong = not (row["period_start"] <= exp[name]["date"] <= row["period_end"])
            score["wrong_date"] += wrong
        score["split"] += split
        score["merged"] += merged
        score["right"] += not (split or merged or wrong)
        verdicts[name] = " and ".join(w for w, on in (("split", split), ("merged", merged), ("wrong date", wrong))
                                      if on) or "right"
    return score, verdicts


def assert_score_holds(probe: str, timeline: tuple, floors: dict[str, int]) -> None:
    """The probe's score (:func:`probe_score` of ``timeline``, :func:`probe_timeline`'s events and timeline table)
    holds its ``floors``: at least ``floors["right"]`` events right, at most the floors' split, merged and wrong-date
    counts."""
    events, tl = timeline
    score, verdicts = probe_score(probe, events, tl)
    print(score, verdicts)
    assert score["right"] >= floors["right"], verdicts
    assert all(score[k] <= floors[k] for k in ("split", "merged", "wrong_date")), verdicts


def timex_score(probe: str, timexes) -> tuple[dict[str, int], list[tuple]]:
    """``({"dates": n, "found": n, "value": n}, misses)``: of the date expressions the probe's ``expected.py`` lists
    in TIMEX (per file: its DCT and (expression as written, occurrence, TimeML value or list of values)), how many
    the ``timexes`` table (``chronology.corpus_timexes``) finds, and of those how many with a listed value. Only the
    probes with a TIMEX list (chronology34 on) use it."""
    exp = expected(probe).TIMEX
    n, misses = {"dates": 0, "found": 0, "value": 0}, []
    for file, e in exp.items():
        source = (PROBES / probe / "articles" / file).read_bytes().decode("utf-8")
        at = timexes[timexes["article_id"] == file.rsplit(".", 1)[0]]
        dates, found, right = score_dates(at, source, e["timex"], file, misses)
        n["dates"] += dates
        n["found"] += found
        n["value"] += right
    return n, misses


def assert_dates_hold(probe: str, floors: dict[str, int]) -> None:
    """The probe's dates (:func:`timex_score` of ``chronology.corpus_timexes`` over its articles, no cache) hold
    their ``floors``: at least ``floors["found"]`` found and ``floors["value"]`` with a listed value."""
    c = read_corpus(PROBES / probe / "articles", progress=False)
    n, misses = timex_score(probe, chronology.corpus_timexes(c, cache=False, progress=False))
    print(n, misses)
    assert n["found"] >= floors["found"] and n["value"] >= floors["value"], misses
