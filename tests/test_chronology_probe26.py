"""The chronology probe of the twenty-sixth session (tests/data/probes/chronology26): ten short articles, six English
and four Russian, from different outlets on the same five events of one week (a phone call, a summit, a naval drill,
a sanctions package, a statement), with their dates written differently and background dates around them. The
timeline is scored against what a careful analyst expected before presslens ran on them (``expected.py``): per
event, right (its mentions in one timeline event holding no other event's), split (in several) or merged (its
timeline event holds another's)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from chronology_probe_score import event_of, expected, probe_score  # noqa: E402
from chronology_probe_score import probe_timeline as _timeline  # noqa: E402

PROBE = "chronology26"

# What the code reached. Before the rules (main at 6688a62): right 0/5, split 1/5, merged 5/5: the call, Xi's
# arrival, the summit and the English reports of the drill were one event (chained over consecutive days by the
# actors and words of ", hours before Xi set off for Moscow" and ", a day after Xi and Putin met"), the sanctions
# package and China's statement the next day another. After the rule on such clauses (_ANCHOR): right 2/5 (call,
# summit), split 1/5 (the drill: the Russian reports name only countries and share no word with the English ones),
# merged 2/5 (the package and the statement, linked as consecutive days of the EU and two shared words).
SCORE_BEFORE = {"right": 0, "split": 1, "merged": 5}
FLOORS = {"right": 2, "split": 1, "merged": 2}  # at least "right", at most "split" and "merged"


@pytest.fixture(scope="module")
def probe_timeline():
    return _timeline(PROBE)


def test_probe_score_holds(probe_timeline):
    events, _ = probe_timeline
    score, verdicts = probe_score(PROBE, events)
    print(score, verdicts)
    assert score["right"] >= FLOORS["right"], verdicts
    assert score["split"] <= FLOORS["split"] and score["merged"] <= FLOORS["merged"], verdicts


def test_right_events_have_their_date(probe_timeline):
    """An event scored right spans the day the analyst expected, and the call is that day alone. (The summit reads
    2025-03-17/2025-03-18: Xi's arrival on Monday evening joins it, as a consecutive day of Xi sharing two key
    words, which in the Russian reports are Xi's and Moscow's names themselves, "цзиньпин" and "москв": the key
    words drop an actor's English name only. Left for a later session.)"""
    events, tl = probe_timeline
    _, verdicts = probe_score(PROBE, events)
    by_id = tl.set_index("event_id")
    assert verdicts["call"] == "right" and verdicts["summit"] == "right"
    for name, e in expected(PROBE).EVENTS.items():
        if verdicts[name] == "right":
            row = by_id.loc[event_of(PROBE, events, *e["mentions"][0])]
            assert row["period_start"] <= e["date"] <= row["period_end"], name
    assert by_id.loc[event_of(PROBE, events, *expected(PROBE).EVENTS["call"]["mentions"][0]), "date"] == "2025-03-17"
