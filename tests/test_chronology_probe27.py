"""The chronology probe of the twenty-seventh session (tests/data/probes/chronology27): twelve short articles, six
English and six Russian, from different outlets on one fortnight of China-Russia news (a gas-pipeline deal and the
market's reaction the next day, a visit announced and then made, a naval exercise, a UN veto and the reactions the
next day), with dates written differently, previews of coming events and background dates. The timeline is scored
against what a careful analyst expected before presslens ran on them (``expected.py``): per event, right (its
mentions in one timeline event holding no other event's), split (in several), merged (its timeline event holds
another's) or, right, with the wrong date (its timeline event's period does not hold the expected day)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from presslens import chronology

sys.path.insert(0, str(Path(__file__).parent))
from chronology_probe_score import assert_score_holds, event_of, expected  # noqa: E402
from chronology_probe_score import probe_timeline as _timeline  # noqa: E402

PROBE = "chronology27"

# What the code reached. Before the rule (main at 27d0827): right 3/7 (the pipeline deal, the shares' jump the
# next day, the visit), split 4/7, merged 0, wrong date 0: the announcement, the exercise and the veto were split
# by language, each English report apart from the Russian ones (no shared person, and no shared word: "vetoed" and
# "вето" are different key words); the reactions split by speaker (Rubio, Lin Jian) and Rubio's English and
# Russian reports apart. After the rule on translated key words (_TRANSLATIONS): right 5/7, split 2/7 (the veto:
# Rossiyskaya Gazeta's "Голосование в Совбезе прошло в четверг" shares one translated word, "vote"; the
# reactions: Rubio's two reports share no word, his name not being an actor, and Lin Jian's apart from his),
# merged 0: the next-day reactions and the shares' jump stay apart from what they react to.
SCORE_BEFORE = {"right": 3, "split": 4, "merged": 0, "wrong_date": 0}
FLOORS = {"right": 5, "split": 2, "merged": 0, "wrong_date": 0}  # at least "right", at most the others
# Events coarser than a month among the most reported (the top len(EVENTS)), before and now: one, "last year"
# said of Gazprom's exports in four articles (to Europe in two, to China in two: two facts joined by Gazprom and
# the same year). Left for a later session; the notebook's figure shows months and finer only.
COARSE_IN_TOP = 1


@pytest.fixture(scope="module")
def probe_timeline():
    return _timeline(PROBE)


def test_probe_score_holds(probe_timeline):
    assert_score_holds(PROBE, probe_timeline, FLOORS)


def test_previews_stay_apart(probe_timeline):
    """A preview of the visit ("will travel to Moscow next week") is not in a listed event's timeline event."""
    events, _ = probe_timeline
    exp = expected(PROBE)
    listed = {event_of(PROBE, events, *mention) for e in exp.EVENTS.values() for mention in e["mentions"]}
    for preview in exp.PREVIEWS:
        assert event_of(PROBE, events, *preview) not in listed, preview


def test_background_stays_out_of_the_top(probe_timeline):
    """No more events coarser than a month among the most reported (as many as the analyst listed) than
    COARSE_IN_TOP, and no listed event holds a mention coarser than a month (a background year)."""
    events, tl = probe_timeline
    exp = expected(PROBE)
    coarse_of = events["granularity"].map(lambda g: chronology.GRANULARITY_RANK.get(g, 9) > chronology.FINE_ENOUGH)
    top = chronology.most_reported(tl, n=len(exp.EVENTS))
    coarse = top[top["granularity"].map(lambda g: chronology.GRANULARITY_RANK.get(g, 9) > chronology.FINE_ENOUGH)]
    assert len(coarse) <= COARSE_IN_TOP, coarse[["date", "n_mentions", "label"]].to_string()
    listed = {event_of(PROBE, events, *mention) for e in exp.EVENTS.values() for mention in e["mentions"]}
    held = events[events["event_id"].isin(listed) & coarse_of]
    assert held.empty, held[["article_id", "timex_text", "value"]].to_string()
