"""The chronology probe of the twenty-sixth session (tests/data/probes/chronology26): ten short articles, six English
and four Russian, from different outlets on the same five events of one week (a phone call, a summit, a naval drill,
a sanctions package, a statement), with their dates written differently and background dates around them. The
timeline is scored against what a careful analyst expected before presslens ran on them (``expected.py``): per
event, right (its mentions in one timeline event holding no other event's), split (in several) or merged (its
timeline event holds another's)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from presslens import chronology, read_corpus

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "data" / "probes" / "chronology26"

# What the code reached. Before the rules (main at 6688a62): right 0/5, split 1/5, merged 5/5: the call, Xi's
# arrival, the summit and the English reports of the drill were one event (chained over consecutive days by the
# actors and words of ", hours before Xi set off for Moscow" and ", a day after Xi and Putin met"), the sanctions
# package and China's statement the next day another. After the rule on such clauses (_ANCHOR): right 2/5 (call,
# summit), split 1/5 (the drill: the Russian reports name only countries and share no word with the English ones),
# merged 2/5 (the package and the statement, linked as consecutive days of the EU and two shared words).
SCORE_BEFORE = {"right": 0, "split": 1, "merged": 5}
FLOORS = {"right": 2, "split": 1, "merged": 2}  # at least "right", at most "split" and "merged"


def _expected():
    spec = importlib.util.spec_from_file_location("chronology26_expected", PROBE / "expected.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def probe_timeline():
    c = read_corpus(PROBE / "articles", progress=False)
    tx = chronology.corpus_timexes(c, cache=False, progress=False)
    ev = chronology.event_mentions(c, tx, gazetteer=ROOT / "data" / "actors.yml", cache=False, progress=False)
    return chronology.timeline(ev)


def _event_of(events, file: str, text: str, nth: int) -> int | None:
    """The event of the mention at the ``nth`` place of ``text`` in ``file`` (by its offsets), None if none."""
    source = (PROBE / "articles" / file).read_bytes().decode("utf-8")
    at = -1
    for _ in range(nth + 1):
        at = source.find(text, at + 1)
        assert at >= 0, (file, text, nth)
    rows = events[(events["article_id"] == file.rsplit(".", 1)[0]) & (events["timex_start"] < at + len(text))
                  & (events["timex_end"] > at)]
    return int(rows["event_id"].iloc[0]) if len(rows) else None


def probe_score(events) -> tuple[dict[str, int], dict[str, str]]:
    """``({"right": n, "split": n, "merged": n}, {event: its verdict})`` of the timeline's ``events`` table."""
    exp = _expected().EVENTS
    ids = {name: {_event_of(events, *mention) for mention in e["mentions"]} for name, e in exp.items()}
    score, verdicts = {"right": 0, "split": 0, "merged": 0}, {}
    for name, mine in ids.items():
        split = len(mine) > 1 or None in mine
        merged = any(mine & theirs for other, theirs in ids.items() if other != name)
        score["split"] += split
        score["merged"] += merged
        score["right"] += not (split or merged)
        verdicts[name] = " and ".join(w for w, on in (("split", split), ("merged", merged)) if on) or "right"
    return score, verdicts


def test_probe_score_holds(probe_timeline):
    events, _ = probe_timeline
    score, verdicts = probe_score(events)
    print(score, verdicts)
    assert score["right"] >= FLOORS["right"], verdicts
    assert score["split"] <= FLOORS["split"] and score["merged"] <= FLOORS["merged"], verdicts


def test_right_events_have_their_date(probe_timeline):
    """An event scored right spans the day the analyst expected, and the call is that day alone. (The summit reads
    2025-03-17/2025-03-18: Xi's arrival on Monday evening joins it, as a consecutive day of Xi sharing two key
    words, which in the Russian reports are Xi's and Moscow's names themselves, "цзиньпин" and "москв": the key
    words drop an actor's English name only. Left for a later session.)"""
    events, tl = probe_timeline
    _, verdicts = probe_score(events)
    by_id = tl.set_index("event_id")
    assert verdicts["call"] == "right" and verdicts["summit"] == "right"
    for name, e in _expected().EVENTS.items():
        if verdicts[name] == "right":
            row = by_id.loc[_event_of(events, *e["mentions"][0])]
            assert row["period_start"] <= e["date"] <= row["period_end"], name
    assert by_id.loc[_event_of(events, *_expected().EVENTS["call"]["mentions"][0]), "date"] == "2025-03-17"
