"""Chronology: dates placed in the file, event mentions, and the merged timeline."""

import re
from pathlib import Path

import pandas as pd
import pytest

from presslens import chronology
from presslens.corpus import read_corpus

ROOT = Path(__file__).resolve().parents[1]

# The events a careful reader finds in the seeds (issue: chronology), as (date, actor, words in a sentence).
SEED_EVENTS = [
    ("2022-02", "Vladimir Putin", "unbounded friendship"),
    ("2022-09-30", "Vladimir Putin", "annexation"),
    ("2022-12-21", "Dmitry Medvedev", "Beijing"),
    ("2023-03-20", "Xi Jinping", "Moscow"),
    ("2023-07-10", "Valentina Matviyenko", "Beijing"),
    ("2024-05-16", "Vladimir Putin", "Beijing"),
    ("2024-06", "Switzerland", "peace conference"),  # the conference "next month", not Xi's call in May
]


@pytest.fixture(scope="module")
def seeds_timeline(seeds_corpus):
    tx = chronology.corpus_timexes(seeds_corpus)
    mentions = chronology.event_mentions(seeds_corpus, tx, gazetteer=ROOT / "data" / "actors.yml")
    return tx, chronology.timeline(mentions)


def _event(tl: pd.DataFrame, date: str, actor: str | None = None) -> pd.Series:
    hits = tl[tl["date"] == date]
    if actor is not None:
        hits = hits[[actor in a for a in hits["actors"]]]
    assert len(hits) == 1, f"expected one event on {date}, got {list(tl['date'])}"
    return hits.iloc[0]


@pytest.mark.parametrize("date, actor, words", SEED_EVENTS)
def test_each_seed_event_is_on_the_timeline(seeds_timeline, date, actor, words):
    _, (_, tl) = seeds_timeline
    ev = _event(tl, date, actor)
    assert actor in ev["actors"]
    assert any(words in s for s in ev["sentences"])


def test_mentions_of_one_event_in_several_articles_are_merged(seeds_timeline):
    _, (events, tl) = seeds_timeline
    xi_moscow = _event(tl, "2023-03-20")  # "last March" (000) and "arrived in Moscow on March 20" (003)
    assert xi_moscow["n_articles"] == 2
    # February 2022: the "unbounded friendship" (000) and, in a relative clause of 004 ("Putin, whose country's
    # economy has become increasingly dependent on China since the February 2022 invasion of Ukraine, praised
    # ..."), the invasion: two events, the second's actors those of its clause
    feb = tl[tl["date"] == "2022-02"]
    assert len(feb) == 2
    assert _event(tl, "2022-02", "Vladimir Putin")["n_articles"] == 1
    invasion = feb[["whose country's economy" in x[0] for x in feb["sentences"]]]
    assert len(invasion) == 1 and sorted(invasion.iloc[0]["actors"]) == ["China", "Ukraine"]
    beijing = _event(tl, "2024-05-16")
    assert beijing["n_mentions"] >= 5  # "this Thursday (16)", "Thursday evening", "Thursday" ...
    assert set(events["event_id"]) >= set(tl["event_id"])


def test_caption_and_header_dates_are_marked_and_kept_out_by_default(seeds_corpus, seeds_timeline):
    tx, (events, tl) = seeds_timeline
    where = tx.set_index("text")["where"]
    assert where["September 16, 2022"] == "caption"
    assert where["Tuesday, March 21, 2023 | 08:50"] == "header"
    assert set(events["where"]) == {"body"}
    assert "2022-09-15" not in set(tl["date"])
    with_captions = chronology.event_mentions(seeds_corpus, tx, gazetteer=ROOT / "data" / "actors.yml",
                                              include_captions=True)
    _, tl2 = chronology.timeline(with_captions)
    sco = _event(tl2, "2022-09-15/2022-09-16")  # the SCO summit, one photo per day
    assert {"Vladimir Putin", "Xi Jinping"} <= set(sco["actors"])


def test_offsets_point_into_the_source(seeds_corpus, seeds_timeline):
    tx, (events, _) = seeds_timeline
    for r in tx.itertuples():
        source = next((ROOT / "seeds").glob(f"{r.article_id}.txt")).read_bytes().decode("utf-8")
        assert source[r.start:r.end] == r.text
    for r in events.itertuples():
        source = next((ROOT / "seeds").glob(f"{r.article_id}.txt")).read_bytes().decode("utf-8")
        assert source[r.timex_start:r.timex_end] == r.timex_text
        assert r.start <= r.timex_start < r.timex_end <= r.end


def test_reporting_lag_is_publication_minus_event(seeds_timeline):
    _, (_, tl) = seeds_timeline
    assert _event(tl, "2022-12-21")["lag_days"] == 0
    assert _event(tl, "2024-06")["lag_days"] == -15  # announced on 2024-05-17 for June


def _m(value, start, end, gran, actors=(), types=None, keywords=()):
    return pd.Series({"value": value, "period_start": start, "period_end": end, "granularity": gran,
                      "actors": list(actors), "actor_types": list(types or ["person"] * len(actors)),
                      "keywords": list(keywords)})


@pytest.mark.parametrize(
    "a, b, linked",
    [
        (_m("2023-03", "2023-03-01", "2023-03-31", "month", ["Xi"], keywords=["visit"]),
         _m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Xi"], keywords=["visit"]), False),
        (_m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Xi"]),
         _m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Blinken"]), False),
        (_m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Xi"]),
         _m("2023-03-20TEV", "2023-03-20", "2023-03-20", "partofday", ["Xi"]), True),
        (_m("2023-W13", "2023-03-27", "2023-04-02", "week", ["Xi"], keywords=["trade"]),
         _m("2023-04", "2023-04-01", "2023-04-30", "month", ["Xi"], keywords=["trade"]), False),
        (_m("2023-03-21/27", "2023-03-21", "2023-03-27", "week", ["Xi"], keywords=["trade", "gas"]),
         _m("2023-03-24/30", "2023-03-24", "2023-03-30", "week", ["Xi"], keywords=["trade"]), True),
        (_m("2023-03-21/27", "2023-03-21", "2023-03-27", "week", ["Xi"], keywords=["gas"]),
         _m("2023-03-24/30", "2023-03-24", "2023-03-30", "week", ["Xi"], keywords=["trade"]), False),
        (_m("2023-W13-WE", "2023-04-01", "2023-04-02", "weekend", ["Xi"], keywords=["trade"]),
         _m("2023-W13", "2023-03-27", "2023-04-02", "week", ["Xi"], keywords=["trade"]), False),
        (_m("2022-09-15", "2022-09-15", "2022-09-15", "day", ["Xi"], keywords=["summit", "samarkand"]),
         _m("2022-09-16", "2022-09-16", "2022-09-16", "day", ["Xi"], keywords=["summit", "samarkand"]), True),
        (_m("2022-09-15", "2022-09-15", "2022-09-15", "day", ["Xi"], keywords=["summit"]),
         _m("2022-09-17", "2022-09-17", "2022-09-17", "day", ["Xi"], keywords=["summit", "samarkand"]), False),
        (_m("2023", "2023-01-01", "2023-12-31", "year", ["Xi"]),
         _m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Xi"]), False),
        (_m("2022-09-30", "2022-09-30", "2022-09-30", "day", ["China"], ["country"], ["annexation", "vote"]),
         _m("2022-09-30", "2022-09-30", "2022-09-30", "day", ["China"], ["country"], ["annexation"]), True),
        (_m("2022-09-30", "2022-09-30", "2022-09-30", "day", ["China"], ["country"], ["vote"]),
         _m("2022-09-30", "2022-09-30", "2022-09-30", "day", ["China"], ["country"], ["trade"]), False),
    ],
    ids=["month-holding-day-waits-for-phase-2", "same-day-other-people", "same-day-part-of-day",
         "week-across-months-links-neither-month", "overlapping-weeks-with-a-word", "overlapping-weeks-no-word",
         "weekend-in-week-waits-for-phase-2", "adjacent-days-summit", "two-days-apart",
         "year-never-absorbs-days", "same-day-country-and-word", "same-day-country-only"],
)
def test_direct_linking_rules(a, b, linked):
    assert chronology._linked_directly(a, b) is linked
    assert chronology._linked_directly(b, a) is linked


@pytest.mark.parametrize(
    "inner, outer, actors",
    [
        (_m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Xi", "China"], ["person", "country"]),
         _m("2023-03", "2023-03-01", "2023-03-31", "month", ["Xi", "China"], ["person", "country"]), {"Xi"}),
        (_m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Xi"]),
         _m("2023-W12", "2023-03-20", "2023-03-26", "week", ["Xi"]), {"Xi"}),
        (_m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["China"], ["country"]),
         _m("2023-03", "2023-03-01", "2023-03-31", "month", ["China"], ["country"]), set()),
        (_m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Xi"]),
         _m("2023", "2023-01-01", "2023-12-31", "year", ["Xi"]), set()),
        (_m("2023-03-20", "2023-03-20", "2023-03-20", "day", ["Xi"]),
         _m("2023-03-20TEV", "2023-03-20", "2023-03-20", "partofday", ["Xi"]), set()),
        (_m("2023-04-01", "2023-04-01", "2023-04-01", "day", ["Xi"]),
         _m("2023-W13-WE", "2023-04-01", "2023-04-02", "weekend", ["Xi"]), {"Xi"}),
        (_m("2023-W13-WE", "2023-04-01", "2023-04-02", "weekend", ["Xi"]),
         _m("2023-W13", "2023-03-27", "2023-04-02", "week", ["Xi"]), {"Xi"}),
        (_m("2023-W13", "2023-03-27", "2023-04-02", "week", ["Xi"]),
         _m("2023-04", "2023-04-01", "2023-04-30", "month", ["Xi"]), set()),
    ],
    ids=["day-in-month", "day-in-week", "countries-only", "year-too-coarse", "same-period-is-not-nested",
         "day-in-weekend", "weekend-in-week", "week-across-months-is-in-neither"],
)
def test_nesting_pairs_share_a_specific_actor_and_hold_strictly(inner, outer, actors):
    assert chronology._nested_actors(inner, outer) == actors
    assert chronology._nested_actors(outer, inner) == set()


def _mentions(items):
    """A mentions table from (value, period_start, period_end, granularity, actors, key words)."""
    return pd.DataFrame([
        {"article_id": f"a{k}", "sentence_no": 0, "timex_start": 0, "timex_text": v, "value": v,
         "period_start": s, "period_end": e, "granularity": g, "published": "2024-05-20", "actors": list(a),
         "actor_types": ["person"] * len(a), "keywords": list(w), "sentence": f"s{k}"}
        for k, (v, s, e, g, a, w) in enumerate(items)])


def _events_of(items):
    events, _ = chronology.timeline(_mentions(items))
    return dict(zip(events["sentence"], events["event_id"], strict=True))


PUTIN = ["Vladimir Putin"]
INAUGURATION = ("2024-05-07", "2024-05-07", "2024-05-07", "day", PUTIN, ["inauguration", "kremlin"])
SUMMIT = ("2024-05-16", "2024-05-16", "2024-05-16", "day", PUTIN, ["summit", "beijing"])
LAST_WEEK = ("2024-W19", "2024-05-06", "2024-05-12", "week", PUTIN, ["kremlin"])


def test_a_week_holding_two_day_events_of_its_actor_joins_neither():
    """"Last week" with Putin, and two Putin days that week: it cannot tell which it means."""
    sworn = ("2024-05-07", "2024-05-07", "2024-05-07", "day", PUTIN, ["inauguration", "oath"])
    visit = ("2024-05-10", "2024-05-10", "2024-05-10", "day", PUTIN, ["visit", "minsk"])
    ev = _events_of([sworn, visit, LAST_WEEK])
    assert len(set(ev.values())) == 3
    # the week shares a word with the inauguration: a word does not choose among the days either
    ev = _events_of([INAUGURATION, visit, LAST_WEEK])
    assert len(set(ev.values())) == 3
    # nor does a month holding both weeks' days, nor the week once the days are in two articles each
    month = ("2024-05", "2024-05-01", "2024-05-31", "month", PUTIN, ["kremlin"])
    ev = _events_of([sworn, visit, sworn, visit, LAST_WEEK, month])
    assert ev["s0"] == ev["s2"] != ev["s1"] == ev["s3"]
    assert len({ev["s0"], ev["s1"], ev["s4"], ev["s5"]}) == 4


def test_a_week_holding_one_day_event_of_its_actor_joins_it():
    """"Last week" with Putin, and Putin's one day that week (his inauguration): the week means it; so
    does the month, whose finest Putin mentions, the inauguration and the summit, are two events."""
    ev = _events_of([INAUGURATION, LAST_WEEK, SUMMIT])
    assert ev["s0"] == ev["s1"] != ev["s2"]
    month = ("2024-05", "2024-05-01", "2024-05-31", "month", PUTIN, [])
    ev = _events_of([INAUGURATION, LAST_WEEK, SUMMIT, month])
    assert ev["s0"] == ev["s1"] and len({ev["s0"], ev["s2"], ev["s3"]}) == 3
    ev = _events_of([INAUGURATION, LAST_WEEK, month])  # one Putin event in the month: the week's day
    assert ev["s0"] == ev["s1"] == ev["s2"]
    xi_day = ("2024-05-08", "2024-05-08", "2024-05-08", "day", ["Xi Jinping"], ["kremlin"])
    ev = _events_of([INAUGURATION, LAST_WEEK, xi_day])  # another actor's day in the week is no rival
    assert ev["s0"] == ev["s1"] != ev["s2"]


def test_a_week_across_two_months_joins_neither_month():
    """Putin's week from March 27 to April 2 shares a word with his March (talks) and one with his April
    (gas): it is in neither month for sure, so it joins neither, and the months, each joining its one day,
    stay two events (a chain of such weeks made one event of February to July 2022 in generated news)."""
    march = ("2023-03", "2023-03-01", "2023-03-31", "month", PUTIN, ["talks"])
    march_day = ("2023-03-20", "2023-03-20", "2023-03-20", "day", PUTIN, ["talks", "moscow"])
    week = ("2023-W13", "2023-03-27", "2023-04-02", "week", PUTIN, ["talks", "gas"])
    april = ("2023-04", "2023-04-01", "2023-04-30", "month", PUTIN, ["gas"])
    april_day = ("2023-04-10", "2023-04-10", "2023-04-10", "day", PUTIN, ["gas", "pipeline"])
    ev = _events_of([march, march_day, week, april, april_day])
    assert ev["s0"] == ev["s1"] != ev["s3"] == ev["s4"]
    assert ev["s2"] not in (ev["s0"], ev["s3"])
    ev = _events_of([march, week, april])  # without the days too
    assert len(set(ev.values())) == 3


def test_overlapping_periods_of_one_granularity_sharing_a_word_join():
    """Calendar weeks never overlap in part, but a mentions table may hold other periods (seven days to a
    date): two of one granularity overlapping in part, of one actor, join on a shared word."""
    a = ("2023-03-21/27", "2023-03-21", "2023-03-27", "week", PUTIN, ["talks", "gas"])
    b = ("2023-03-24/30", "2023-03-24", "2023-03-30", "week", PUTIN, ["gas"])
    c = ("2023-03-24/30", "2023-03-24", "2023-03-30", "week", PUTIN, [])
    ev = _events_of([a, b])
    assert ev["s0"] == ev["s1"]
    ev = _events_of([a, c])
    assert ev["s0"] != ev["s1"]


def test_a_weekend_is_finer_than_its_week():
    """"The weekend" holds its days and is held by its week (and month): Putin's week joins his one
    weekend, which joins his one Saturday; the event's date is the day, or the weekend without it."""
    assert chronology.GRANULARITY_RANK["day"] < chronology.GRANULARITY_RANK["weekend"] < \
        chronology.GRANULARITY_RANK["week"] <= chronology.FINE_ENOUGH
    week = ("2024-W19", "2024-05-06", "2024-05-12", "week", PUTIN, ["kremlin"])
    weekend = ("2024-W19-WE", "2024-05-11", "2024-05-12", "weekend", PUTIN, ["dacha"])
    saturday = ("2024-05-11", "2024-05-11", "2024-05-11", "day", PUTIN, ["dacha", "guests"])
    events, tl = chronology.timeline(_mentions([week, weekend, saturday]))
    assert events["event_id"].nunique() == 1 and tl["date"].tolist() == ["2024-05-11"]
    events, tl = chronology.timeline(_mentions([week, weekend]))
    assert events["event_id"].nunique() == 1 and tl["date"].tolist() == ["2024-W19-WE"]


@pytest.mark.parametrize(
    "sentence, timex, phrase",
    [
        ("Former Russian President Dmitry Medvedev arrived on December 21 on an unannounced visit to Beijing, "
         "where he met Xi.", "December 21", "Former Russian President Dmitry Medvedev arrived on an unannounced visit to Beijing"),
        ("In February 2022, just before the invasion, Putin and Xi proclaimed an unbounded friendship.",
         "February 2022", "Putin and Xi proclaimed an unbounded friendship"),
    ],
)
def test_event_phrase(sentence, timex, phrase):
    assert chronology.event_phrase(sentence, timex) == phrase


@pytest.mark.parametrize(
    "sentence, timex, phrase",
    [
        # the first day of a range the date ends, and the preposition before it, are cut off ...
        ("Leaders met for talks in Harbin on June 15-16 to sign new deals.", "16",
         "Leaders met for talks in Harbin to sign new deals"),
        ("Leaders met for talks in Harbin on 15–16 to sign new deals.", "16",
         "Leaders met for talks in Harbin to sign new deals"),
        ("Лидеры двух стран провели переговоры в Харбине и подписали соглашения в 2024 году.", "2024",
         "Лидеры двух стран провели переговоры в Харбине и подписали соглашения"),
        # ... but a dash or a word that ends no range or preposition stays ("Tu-", "Within")
        ("Chinese bombers flew with Russian Tu- 95 jets over the sea", "95",
         "Chinese bombers flew with Russian Tu- jets over the sea"),
        ("Chinese and Russian officials met to discuss the pipeline within 2024 and beyond", "2024",
         "Chinese and Russian officials met to discuss the pipeline within and beyond"),
        # the date as a whole word: "16" of "June 15-16", not of "160 delegations" before it
        ("The 160 delegations gathered in Harbin on June 15-16 for the expo.", "16",
         "The 160 delegations gathered in Harbin for the expo"),
    ],
)
def test_event_phrase_cuts_the_range_and_the_preposition_before_the_date(sentence, timex, phrase):
    assert chronology.event_phrase(sentence, timex) == phrase


def test_whole_word_finds_what_the_pattern_finds():
    # _whole_word (str.find) in place of a pattern compiled per date text: the same position, or -1
    import random

    def by_pattern(text, part):
        m = re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text)
        return m.start() if m else -1

    rng = random.Random(7)
    chars = "ab1_ .-é½٣\u0301"
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        part = "".join(rng.choice(chars) for _ in range(rng.randint(1, 3)))
        assert chronology._whole_word(text, part) == by_pattern(text, part), (text, part)
    assert chronology._whole_word("160 delegations on June 15-16", "16") == 27
    assert chronology._whole_word("x16 16_", "16") == -1


def test_filter_timeline_by_granularity_and_actor(seeds_timeline):
    _, (_, tl) = seeds_timeline
    days = chronology.filter_timeline(tl, granularity_floor="day")
    assert set(days["granularity"]) <= {"day", "partofday", "minute", "hour"}
    assert "2024-06" not in set(days["date"])
    medvedev = chronology.filter_timeline(tl, actors=["Dmitry Medvedev"])
    assert list(medvedev["date"]) == ["2022-12-21"]
    with pytest.raises(ValueError, match="granularity_floor"):
        chronology.filter_timeline(tl, granularity_floor="fortnight")


@pytest.mark.notebook
def test_chronology_notebook_timeline_has_the_seed_events(run_notebook):
    run = run_notebook("chronology", include_captions=True)
    tl = run.table("timeline")
    dates = set(tl["date"])
    for date, actor, _ in SEED_EVENTS:
        assert date in dates
        assert actor in tl.loc[tl["date"] == date, "actors"].iloc[0]
    assert "2022-09-15/2022-09-16" in dates
    tx = run.table("timexes")
    assert list(tx.columns[:8]) == ["article_id", "sentence_no", "start", "end", "text", "type", "value", "mod"]
    assert len(tx) >= 49  # every gold expression in the seeds (tests/data/seeds_timex.tsv)
    assert run.images() == 2
    # timeline.csv holds every event (year-level ones too), and the report says what it shows of them
    ev = run.table("events")
    assert len(tl) == ev["event_id"].nunique()
    assert "year" in set(tl["granularity"]) or "decade" in set(tl["granularity"])
    text = run.outputs_text()
    assert f"timeline.csv holds all {len(tl)} events" in text and f"merged into {len(tl)} events" in text
    assert "PosixPath" not in text and str(run.tables_dir) not in text  # no local path in the report
    assert "dated less precisely" in text


@pytest.mark.notebook
def test_chronology_notebook_actor_filter_takes_a_surname_to_the_gazetteer_name(run_notebook):
    run = run_notebook("chronology", actor_filter=["Putin", "Wang"])
    text = run.outputs_text()
    assert "actor_filter: 'Putin' is taken as 'Vladimir Putin', the gazetteer's name for it." in text
    assert "'Wang' could be any of 'Wang Wenbin', 'Wang Yi'" in text
    assert re.search(r"\d+ of these events are dated to the month or more precisely and naming Vladimir Putin or Wang", text)
    assert "0 of these events" not in text


def test_timeline_figure_never_overprints_labels():
    from presslens import plots

    day = pd.Timestamp("2024-05-16")
    rows = [{"period_start": str((day + pd.Timedelta(days=i % 3)).date()), "date": "2024-05-16", "label": f"event {i}",
             "n_mentions": 1} for i in range(20)]
    rows.append({"period_start": "2020-01-01", "date": "2020", "label": "old", "n_mentions": 1})
    tl = pd.DataFrame(rows)
    fixed = plots.timeline_figure(tl)
    assert fixed.unlabelled == 12 and len(fixed.axes[0].texts) == 9  # 8 lanes at once: no label drawn over another
    grown = plots.timeline_figure(tl, grow=True)
    assert grown.unlabelled == 0 and len(grown.axes[0].texts) == 21
    assert grown.get_size_inches()[1] > fixed.get_size_inches()[1]
    month = plots.in_period(tl, plots.crowded_periods(tl)[0])
    assert len(month) == 20
    plots.plt.close("all")


def test_brief_cuts_long_lists_and_texts_for_display():
    table = pd.DataFrame({"label": ["x" * 10, "short"], "sentences": [["s1", "s2", "s3", "s4"], ["only"]],
                          "n": [4, 1]})
    out = chronology.brief(table, max_items=2, max_chars=5)
    assert out["sentences"].tolist() == ["s1; s2 ... (2 more)", "only"]
    assert out["label"].tolist() == ["xxxxx ...", "short"]
    assert out["n"].tolist() == [4, 1]
    assert table["sentences"].iloc[0] == ["s1", "s2", "s3", "s4"]  # the input is untouched


# --- the timeline merge stays exact while comparing far fewer pairs ------------------------------------------

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

VALUES = {  # value: (period_start, period_end, granularity)
    "2023-03-20": ("2023-03-20", "2023-03-20", "day"), "2023-03-21": ("2023-03-21", "2023-03-21", "day"),
    "2023-03-27": ("2023-03-27", "2023-03-27", "day"), "2023-W12": ("2023-03-20", "2023-03-26", "week"),
    "2023-W13": ("2023-03-27", "2023-04-02", "week"), "2023-03": ("2023-03-01", "2023-03-31", "month"),
    "2023-04": ("2023-04-01", "2023-04-30", "month"), "2023": ("2023-01-01", "2023-12-31", "year"),
    "2023-03-23/29": ("2023-03-23", "2023-03-29", "week"),  # seven days, not a calendar week
}
ACTORS = [("Xi Jinping", "person"), ("Vladimir Putin", "person"), ("China", "country"), ("SCO", "organization"),
          ("Moscow", "place"), ("Beijing", "place")]
mention = st.tuples(st.sampled_from(sorted(VALUES)), st.sets(st.sampled_from(range(len(ACTORS))), max_size=3),
                    st.sets(st.sampled_from(["summit", "talks", "trade", "visit", "energy", "240"]), max_size=3),
                    st.integers(0, 5))


def _pairwise_timeline_ids(m):
    """The merge by its definition, pair by pair inside the candidate blocks: phase 1 joins the pairs
    within reach that _linked_directly links (periods overlapping in part only when of one granularity);
    phase 2, on the phase-1 events, joins an event to the one event holding the finest mentions (of a
    shared actor, none of that actor inside them) strictly inside its mentions' periods, when they are
    all in one (a period overlapping in part is not inside); when they are in two to MAX_NESTED events that
    all name its specific actors, to the one sharing the most of its actors, if one shares more."""
    import datetime as dt

    m = m.sort_values(["period_start", "period_end", "article_id", "timex_start"]).reset_index(drop=True)
    parent = list(range(len(m)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    rows = list(m.itertuples(index=False))
    common = chronology._common_features(m)  # actors and key words too frequent to count as evidence
    blocks = chronology._candidate_blocks(rows, common)
    for key, block in blocks:  # phase 1: direct links
        if key[0] == "nest":
            continue
        for x, i in enumerate(block):
            reach = (chronology._day(rows[i].period_end) + dt.timedelta(days=1)).isoformat()
            for j in block[x + 1:]:
                if rows[j].period_start > reach:
                    break
                if find(i) != find(j) and chronology._linked_directly(rows[i], rows[j], common):
                    parent[find(j)] = find(i)
    event = [find(i) for i in range(len(m))]  # phase 2 reads these events only
    pairs = [(i, j) for key, block in blocks if key[0] == "nest" for i in block for j in block if i != j]
    holds = {(j, a) for i, j in pairs for a in chronology._nested_actors(rows[i], rows[j])}
    seen = {}  # phase-1 event: the events of the finest mentions of its actors inside its periods
    for i, j in pairs:  # i inside j
        if event[i] != event[j] and any((i, a) not in holds for a in chronology._nested_actors(rows[i], rows[j])):
            seen.setdefault(event[j], set()).add(event[i])
    held = {}  # phase-1 event: its actors of any kind, its specific actors, the places it is said to be in
    for i, row in enumerate(rows):
        acts, specific, venues = held.setdefault(event[i], (set(), set(), set()))
        acts.update(row.actors)
        specific.update(chronology._strong(row.actors, row.actor_types))
        venues.update(chronology._venues(row.actors, row.actor_types, row.sentence))
    for e, found in seen.items():
        if len(found) > chronology.MAX_NESTED:
            continue
        # an event said to be somewhere else is no candidate
        fit = {t for t in found if not (held[e][2] and held[t][2] and held[e][2].isdisjoint(held[t][2]))}
        if len(found) == 1:
            if fit:
                parent[find(e)] = find(fit.pop())
        elif fit and all(held[e][1] <= held[t][0] for t in fit):
            # several: the one sharing the most actors of any kind, if one shares more than each other
            shared = sorted((len(held[e][0] & held[t][0]), t) for t in fit)
            if len(shared) == 1 or shared[-1][0] > shared[-2][0]:
                parent[find(e)] = find(shared[-1][1])
    roots = [find(i) for i in range(len(m))]
    order = {r: k for k, r in enumerate(dict.fromkeys(roots))}
    return [order[r] for r in roots]


@given(st.lists(mention, min_size=1, max_size=12))
@example([("2023-03-20", {0}, {"summit", "talks"}, 0), ("2023-03-21", {0}, {"summit", "talks"}, 1)])  # next day
@example([("2023-03-20", {0}, {"summit"}, 0), ("2023-03-21", {0}, {"summit"}, 1)])  # next day, one word only
@example([("2023-03-20", {1}, set(), 0), ("2023-03", {1}, set(), 1), ("2023-03-27", {1}, set(), 2)])  # inside
@example([("2023-03-20", {1}, set(), 0), ("2023-W12", {1}, set(), 1), ("2023-03", {1}, set(), 2)])  # the finest
@example([("2023-03-20", {1}, set(), 0), ("2023-03-21", {1}, set(), 1), ("2023-W12", {1}, {"talks"}, 2)])  # two days
@example([("2023-03-20", {1}, set(), 0), ("2023-03-21", {0}, set(), 1), ("2023-W12", {1}, {"talks", "trade"}, 2),
          ("2023-W12", {0}, {"talks", "trade"}, 3)])  # a phase-1 event of weeks, one day of each actor
@example([("2023-03", {1, 4}, set(), 0), ("2023-03-27", {0}, set(), 1), ("2023-03-20", {1, 5}, set(), 2)])  # elsewhere
@example([("2023-03", {1, 4}, set(), 0), ("2023-03-27", {0}, set(), 1), ("2023-03-20", {1, 4}, set(), 2)])  # same place
@example([("2023-W12", {1, 4}, set(), 0), ("2023-03-21", {1}, set(), 1), ("2023-03-20", {1, 5}, set(), 2),
          ("2023-03-27", {0}, set(), 3), ("2023-03-21", {1, 4}, set(), 4)])  # two days, one elsewhere
@example([("2023-03-20", {1, 2}, set(), 0), ("2023-03-21", {1}, set(), 1), ("2023-W12", {1, 2}, set(), 2)])  # place
@example([("2023-03-20", {1, 2}, set(), 0), ("2023-03-21", {1}, set(), 1), ("2023-W12", {1, 3}, set(), 2)])  # no
@example([("2023-W13", {0}, {"trade"}, 0), ("2023-04", {0}, {"trade"}, 1), ("2023-W13", {0}, set(), 2)])  # overlap
@example([("2023-W13", {0}, set(), 0), ("2023-04", {0}, {"trade"}, 1)])  # overlap without a shared word
@example([("2023-03", {0}, {"trade"}, 0), ("2023-W13", {0}, {"trade", "energy"}, 1), ("2023-04", {0}, {"energy"}, 2),
          ("2023-03-20", {0}, {"trade"}, 3)])  # a week across two months, a word shared with each: neither
@example([("2023-W12", {1}, {"talks"}, 0), ("2023-03-23/29", {1}, {"talks", "visit"}, 1),
          ("2023-W13", {1}, {"visit"}, 2), ("2023-03-27", {1}, set(), 3)])  # overlapping weeks chain
@example([("2023", {0}, set(), 0), ("2023", {0}, set(), 1), ("2023-03", {0}, set(), 2)])  # coarse: same value only
@example([("2023", {2}, {"trade", "energy"}, 0), ("2023", {2}, {"trade", "energy"}, 1),
          ("2023", set(), {"trade", "240"}, 2), ("2023", set(), {"240", "trade", "visit"}, 3)])  # coarse: a figure
@example([("2023-03", {2}, {"trade", "energy"}, 0), ("2023-03", set(), {"trade", "energy"}, 1),
          ("2023-03", {2}, {"visit"}, 2), ("2023-03", {2}, {"visit", "trade"}, 3)])  # words and shared actors
@settings(max_examples=300, deadline=None)
def test_timeline_merges_exactly_as_comparing_every_pair_in_reach(items):
    rows = []
    for k, (value, actor_ids, words, art) in enumerate(items):
        start, end, gran = VALUES[value]
        names = [ACTORS[a][0] for a in sorted(actor_ids)]
        rows.append({"article_id": f"a{art}", "sentence_no": k, "timex_start": k, "timex_text": value,
                     "value": value, "period_start": start, "period_end": end, "granularity": gran,
                     "published": "2023-05-01", "actors": names,
                     "actor_types": [ACTORS[a][1] for a in sorted(actor_ids)], "keywords": sorted(words),
                     # every other mention says where it happened
                     "sentence": f"s{k}" + "".join(f" in {n}" for n in names if k % 2 == 0 and n in ("Moscow", "Beijing"))})
    events, _ = chronology.timeline(pd.DataFrame(rows))
    assert events["event_id"].tolist() == _pairwise_timeline_ids(pd.DataFrame(rows))


def test_timex_units_keys_and_units_whatever_the_text_column_and_segment_order(seeds_corpus, tmp_path):
    """The date stage's keys are the same from an Arrow text column (the sources' bytes hashed from its
    buffer) and an object one; each unit, made when asked for, carries the article's source as
    :func:`source_texts` joins it; segments of an article split into several runs of rows are joined in
    table order, as before; the dates found are the same either way."""
    stage = chronology.timex_stage()
    units, keys = chronology.timex_units(stage, seeds_corpus)
    texts = chronology.source_texts(seeds_corpus)
    assert len(units) == len(keys) == len(texts)
    assert [u[1] for u in units] == [texts[u[0]] for u in units]
    as_object = seeds_corpus.segments.astype({"text": object})
    object_corpus = type(seeds_corpus)(seeds_corpus.articles, seeds_corpus.sentences, as_object, seeds_corpus.repairs)
    object_units, object_keys = chronology.timex_units(stage, object_corpus)
    assert object_keys == keys and [u[1] for u in object_units] == [u[1] for u in units]
    interleaved = seeds_corpus.segments.sample(frac=1, random_state=5)  # every article in several runs
    mixed = type(seeds_corpus)(seeds_corpus.articles, seeds_corpus.sentences, interleaved, seeds_corpus.repairs)
    mixed_units, mixed_keys = chronology.timex_units(stage, mixed)
    joined = chronology.source_texts(mixed)
    assert [u[1] for u in mixed_units] == [joined[u[0]] for u in mixed_units]
    assert mixed_keys == chronology.timex_units(stage, type(seeds_corpus)(
        seeds_corpus.articles, seeds_corpus.sentences, interleaved.astype({"text": object}), seeds_corpus.repairs))[1]
    assert mixed_keys != keys  # the shuffled segments make other sources
    changed = seeds_corpus.segments.copy()
    changed.loc[changed.index[-1], "text"] = changed["text"].iloc[-1] + " Added."
    changed_keys = chronology.timex_units(stage, type(seeds_corpus)(
        seeds_corpus.articles, seeds_corpus.sentences, changed, seeds_corpus.repairs))[1]
    assert changed_keys[:-1] == keys[:-1] and changed_keys[-1] != keys[-1]
    expected = chronology.corpus_timexes(seeds_corpus, cache=False, progress=False, workers=1)
    pd.testing.assert_frame_equal(chronology.corpus_timexes(object_corpus, cache=tmp_path, progress=False, workers=1),
                                  expected)
    pd.testing.assert_frame_equal(chronology.corpus_timexes(seeds_corpus, cache=tmp_path, progress=False, workers=1),
                                  expected)


def test_event_keys_follow_every_sentence_value_and_only_their_article(seeds_corpus):
    """The event stage's key part for a table (the sentences, repairs, segments that decide an article's
    actors): from the Arrow bytes when each article's rows are one run, from row hashes otherwise; either
    way a changed text or offset changes its own article's part only."""
    from presslens.chronology import _per_article, _per_article_rows, _row_hashes

    cols = ["sentence_no", "paragraph_no", "start", "end", "text"]
    sents = seeds_corpus.sentences
    order = pd.Index(pd.unique(sents["article_id"])[::-1])  # not the table's order
    base = _per_article_rows(sents, cols, order)
    assert all(isinstance(p, tuple) for p in base) and len(base) == len(order)
    last = sents.index[-1]
    changed_article = order.get_loc(sents.loc[last, "article_id"])
    for column, value in (("text", sents.loc[last, "text"] + "!"), ("start", sents.loc[last, "start"] + 1)):
        changed = sents.copy()
        changed.loc[last, column] = value
        got = _per_article_rows(changed, cols, order)
        assert [g != b for g, b in zip(got, base, strict=True)] == [k == changed_article for k in range(len(order))]
    shuffled = sents.sample(frac=1, random_state=6)
    assert _per_article_rows(shuffled, cols, order) == _per_article(shuffled["article_id"],
                                                                     _row_hashes(shuffled[cols]), order)
    as_object = sents.astype({"text": object})
    assert _per_article_rows(as_object, cols, order) == _per_article(as_object["article_id"],
                                                                      _row_hashes(as_object[cols]), order)
    empty = _per_article_rows(sents.head(0), cols, order)
    assert empty == _per_article(sents.head(0)["article_id"], _row_hashes(sents.head(0)[cols]), order)


@pytest.mark.parametrize("include", [False, True])
def test_event_actors_the_same_from_the_whole_mention_table_or_a_cut_one(seeds_corpus, tmp_path, monkeypatch, include):
    """The dated sentences' actors come from the whole corpus's mention table when the articles wanted hold
    most sentences, else from tables cut to those articles: the same event mentions either way, for all
    articles and for a few (a corpus grown by some articles)."""
    gaz = Path(__file__).resolve().parents[1] / "data" / "actors.yml"
    tx = chronology.corpus_timexes(seeds_corpus, cache=False)
    got = []
    for share in (0.0, 1.01):  # always the whole table; never (unless every article is wanted)
        monkeypatch.setattr(chronology, "_WHOLE_SHARE", share)
        for cache in (False, tmp_path / f"c{share}"):
            got.append(chronology.event_mentions(seeds_corpus, tx, gazetteer=gaz, include_captions=include,
                                                 cache=cache, progress=False, workers=1))
        few = tx[tx["article_id"] == tx["article_id"].iloc[0]]  # only one article's dates: the others unwanted
        got.append(chronology.event_mentions(seeds_corpus, few, gazetteer=gaz, include_captions=include,
                                             cache=False, progress=False, workers=1))
    for a, b in ((got[0], got[1]), (got[0], got[3]), (got[0], got[4]), (got[2], got[5])):
        pd.testing.assert_frame_equal(a, b)
    assert len(got[2]) and len(got[0]) > len(got[2])


def test_each_date_finds_its_sentence_as_a_merge_would(seeds_corpus):
    """A date's sentence row found by its keys is what merging the dates on the sentences table (its last
    row of a repeated number kept) finds; -1 for captions and headers (numbered below 0) and for sentences
    the table does not hold."""
    import numpy as np

    sents = seeds_corpus.sentences
    doubled = pd.concat([sents, sents.iloc[:3].assign(text="again")], ignore_index=True)  # three numbers repeat
    aids = pd.Series(list(sents["article_id"].iloc[::7]) + [sents["article_id"].iloc[0]] * 3 + ["nowhere"],
                     dtype="str")
    nos = np.array(list(sents["sentence_no"].iloc[::7]) + [-1, -2, 10_000, 0], dtype=np.int64)
    for table in (sents, doubled):
        rows = chronology._sentence_rows(table, aids, nos)
        last = table.reset_index(drop=True).assign(_row=np.arange(len(table))).drop_duplicates(
            ["article_id", "sentence_no"], keep="last")
        ref = pd.DataFrame({"article_id": aids, "sentence_no": nos}).merge(
            last[["article_id", "sentence_no", "_row"]], on=["article_id", "sentence_no"], how="left", sort=False)
        assert rows.tolist() == ref["_row"].fillna(-1).astype(int).tolist()
    assert chronology._sentence_rows(doubled, aids.iloc[:1], nos[:1]).tolist() == [len(sents)]  # the last of two


def _mention_rows(items):
    """Event mentions: (value, period, granularity, [(actor, type)...], article) each."""
    rows = []
    for k, (value, (start, end), gran, acts, art) in enumerate(items):
        rows.append({"article_id": art, "sentence_no": k, "timex_start": k, "timex_text": value, "value": value,
                     "period_start": start, "period_end": end, "granularity": gran, "published": "2024-05-20",
                     "actors": [a for a, _t in acts], "actor_types": [t for _a, t in acts], "keywords": [],
                     "sentence": f"s{k}"})
    return pd.DataFrame(rows)


def test_a_coarse_mention_joins_the_day_that_shares_its_place():
    putin, xi = ("Vladimir Putin", "person"), ("Xi Jinping", "person")
    beijing, harbin = ("Beijing", "place"), ("Harbin", "place")
    week = ("2024-05-13", "2024-05-19")
    days = [("2024-05-16", ("2024-05-16", "2024-05-16"), "day", [putin, xi, beijing], "a"),  # the talks in Beijing
            ("2024-05-17", ("2024-05-17", "2024-05-17"), "day", [putin, harbin], "b")]  # the next day in Harbin

    def event_of(*actors):
        events, _ = chronology.timeline(_mention_rows([*days, ("2024-W20", week, "week", list(actors), "c")]))
        ev = dict(zip(events["article_id"], events["event_id"], strict=True))
        assert ev["a"] != ev["b"]
        return {ev["a"]: "Beijing day", ev["b"]: "Harbin day"}.get(ev["c"], "apart")

    assert event_of(putin, beijing) == "Beijing day"  # "when Putin landed in Beijing last week"
    assert event_of(putin, harbin) == "Harbin day"
    assert event_of(putin) == "apart"  # "Putin's trip last week": either day
    assert event_of(putin, ("Ursula von der Leyen", "person"), beijing) == "apart"  # names someone neither does
    assert event_of(xi, beijing) == "Beijing day"  # one candidate: as before


def test_a_coarse_mention_put_elsewhere_stays_apart_from_its_one_candidate():
    """"Dong Jun met Belousov in Moscow last month" names an actor of the summit held in Beijing that month,
    its one candidate; said to be in another city, it is another event. Without a venue, or in the same city,
    it joins as before; a city standing for its government ("Moscow's") or a country is no venue."""
    belousov, xi = ("Andrey Belousov", "person"), ("Xi Jinping", "person")
    moscow, beijing = ("Moscow", "place"), ("Beijing", "place")

    def joined(coarse: str, day: str, coarse_acts=(belousov, moscow), day_acts=(belousov, xi, beijing)) -> bool:
        m = _mention_rows([("2024-05-16", ("2024-05-16", "2024-05-16"), "day", list(day_acts), "a"),
                           ("2024-05", ("2024-05-01", "2024-05-31"), "month", list(coarse_acts), "b")])
        m["sentence"] = [day, coarse]
        events, _ = chronology.timeline(m)
        return events["event_id"].nunique() == 1

    talks = "Belousov joined the talks in Beijing on Thursday."
    assert not joined("Dong Jun met his counterpart Andrei Belousov in Moscow last month.", talks)
    assert joined("Dong Jun met his counterpart Andrei Belousov last month.", talks)  # no venue: no evidence
    assert joined("Belousov said last month that Moscow's troops would advance.", talks)  # no venue either
    assert joined("Belousov was in Moscow last month.", "Belousov met Xi at the Kremlin in Moscow on Thursday.",
                  day_acts=(belousov, xi, moscow))
    assert joined("Dong Jun met Belousov in Moscow last month.", "Belousov met Xi on Thursday.")  # day: no venue
    assert chronology._venues(["Moscow", "Beijing", "Ukraine"], ["place", "place", "country"],
                              "In Beijing, the envoy said Moscow's war in Ukraine and talks at Moscowa ...") == {"Beijing"}
    assert chronology._venues(["Moscow"], ["place"], "Talks held at Moscow's request in Moscow.") == {"Moscow"}


def test_a_sentence_that_only_says_who_reported_it_dates_the_sentence_before(tmp_path):
    (tmp_path / "ru.txt").write_text(
        "Россия и Китай завершили патрулирование\n\n6 октября 2024\n\n"
        "Береговая охрана ФСБ России и береговая охрана Китая завершили первое совместное патрулирование в "
        "Арктике. Об этом 4 октября сообщила пресс-служба ФСБ.\n\n"
        "Владимир Путин посетил Пекин. Об этом вчера сообщила пресс-служба Кремля.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        "Talks end\n\nMay 18, 2024\n\nThe two sides signed twelve agreements in Beijing. This was announced by the "
        "Kremlin on Friday.\n\nPutin said that the talks on Thursday were useful.\n", encoding="utf-8")
    c = read_corpus(tmp_path, progress=False)
    tx = chronology.corpus_timexes(c, progress=False)
    m = chronology.event_mentions(c, tx, gazetteer=ROOT / "data" / "actors.yml")
    by = {(a, v): (s, acts) for a, v, s, acts in zip(m["article_id"], m["value"], m["sentence"], m["actors"],
                                                      strict=True)}
    s, _ = by[("ru", "2024-10-04")]
    assert s.startswith("Береговая охрана ФСБ России") and s.endswith("сообщила пресс-служба ФСБ.")
    s, acts = by[("ru", "2024-10-05")]  # "вчера": the day before the article's
    assert s.startswith("Владимир Путин посетил Пекин.") and "Vladimir Putin" in acts and "Beijing" in acts
    s, acts = by[("en", "2024-05-17")]
    assert s.startswith("The two sides signed twelve agreements in Beijing.")
    assert "Beijing" in acts
    said = [s for (a, _v), (s, _acts) in by.items() if a == "en" and "useful" in s]
    assert said == ["Putin said that the talks on Thursday were useful."]  # news of its own: no sentence taken in
    _, tl = chronology.timeline(m)
    labels = set(tl["label"])
    assert "Береговая охрана ФСБ России и береговая охрана Китая завершили первое совместное патрулирование…" in labels
    assert "The two sides signed twelve agreements in Beijing" in labels


@pytest.mark.parametrize("sentence,timex,label", [
    ("На следующий день российский лидер отправится в Харбин, где посетит выставку.", "следующий день",
     "российский лидер отправится в Харбин"),
    ("On Friday, the ministers met in Geneva to discuss trade.", "Friday", "the ministers met in Geneva to discuss trade"),
    ("The deal was signed in Moscow. The Kremlin confirmed this on Thursday.", "Thursday", "The deal was signed in Moscow"),
    ("Amherd invited 160 delegations to the summit on June 15-16.", "16",  # the day, not the "16" of "160"
     "Amherd invited 160 delegations to the summit"),
    ("Президент России Владимир Путин посетит Пекин 16-17 мая.", "17 мая", "Президент России Владимир Путин посетит Пекин"),
    ("Официальный представитель МИД Китая Мао Нин заявила, что Пекин поддерживает созыв мирной конференции. Об этом "
     "она сообщила на брифинге в пятницу.", "пятницу", "Пекин поддерживает созыв мирной конференции"),
    ("Президент России Владимир Путин посетит Пекин 16-17 мая.", "16", "Президент России Владимир Путин посетит Пекин"),
    ("Amherd invited 160 delegations to the summit on June 15-16.", "June 15", "Amherd invited 160 delegations to the summit"),
])
def test_event_phrase_leaves_out_a_capitalized_preposition_and_a_reporting_sentence(sentence, timex, label):
    assert chronology.event_phrase(sentence, timex) == label


def test_year_mentions_share_words_and_a_figure_to_merge():
    def rows(*kws):
        m = _mention_rows([("2023", ("2023-01-01", "2023-12-31"), "year", [], f"a{k}") for k in range(len(kws))])
        m["keywords"] = [sorted(k) for k in kws]
        return m

    # every year's trade figures share "trade", "reached", "billion": different facts
    events, _ = chronology.timeline(rows({"trade", "turkey", "reached", "billion", "48"},
                                         {"trade", "central", "asian", "reached", "billion", "89"}))
    assert events["event_id"].nunique() == 2
    # the same figure, reported twice ("$240 billion", "$240 млрд" in two articles)
    events, _ = chronology.timeline(rows({"trade", "record", "240", "billion"}, {"товарооборот", "240", "record"}))
    assert events["event_id"].nunique() == 1


def test_a_date_in_an_opening_phrase_of_what_comes_later_is_that_event(tmp_path):
    """"Ahead of the peace conference in Switzerland next month, Xi called for ...": June is the conference's
    month, not Xi's call's; the phrase's actors, words and label are the date's. "On Thursday, ..." and "After
    talks on Tuesday, ..." keep the main clause (what follows them happened that day)."""
    m = _article_mentions(tmp_path, "Xi calls for talks\n\nMay 17, 2024\n\nAhead of the planned peace conference in "
                          "Switzerland next month, Xi Jinping called for peace negotiations that take into account the "
                          "positions of both sides.\n\nOn Thursday, Vladimir Putin met Xi Jinping in Beijing.\n")
    by_value = dict(zip(m["value"], m["actors"], strict=True))
    assert by_value["2024-06"] == ["Switzerland"]  # not Xi, who spoke in May
    assert {"Xi Jinping", "Vladimir Putin"} <= set(by_value["2024-05-16"])
    kw = dict(zip(m["value"], m["keywords"], strict=True))
    assert "conference" in kw["2024-06"] and "negotiations" not in kw["2024-06"]
    _, tl = chronology.timeline(m)
    assert dict(zip(tl["date"], tl["label"], strict=True))["2024-06"] == "the planned peace conference in Switzerland"
    for sentence, when, label in [
            ("Before the summit on Thursday, the two sides agreed on a statement of principles.", "Thursday",
             "the summit"),
            ("After talks on Tuesday, the two leaders signed twelve agreements on energy and trade.", "Tuesday",
             "the two leaders signed twelve agreements on energy and trade"),
            ("On Friday, the two leaders signed twelve agreements on energy and trade.", "Friday",
             "the two leaders signed twelve agreements on energy and trade")]:
        at = sentence.find(when)
        assert (chronology._side_clause(sentence, at) is not None) == sentence.startswith("Before"), sentence
        if sentence.startswith("Before"):
            continue  # "the summit": too short a phrase, the longest clause is the label
        assert chronology.event_phrase(sentence, when) == label


def _article_mentions(folder, text: str) -> pd.DataFrame:
    """The event mentions of one article of ``text`` (written into ``folder``), actors from the gazetteer."""
    (folder / "a.txt").write_text(text, encoding="utf-8")
    c = read_corpus(folder, progress=False)
    return chronology.event_mentions(c, chronology.corpus_timexes(c, progress=False),
                                     gazetteer=ROOT / "data" / "actors.yml")


def test_a_date_in_a_side_clause_takes_the_clause_actors(tmp_path):
    m = _article_mentions(tmp_path, "Putin in Harbin\n\nMay 17, 2024\n\nVladimir Putin visited students at the Harbin "
                          "Institute of Technology, a university sanctioned by the United States in 2020.\n\nXi Jinping, "
                          "Vladimir Putin and Narendra Modi met in Kazan on Oct. 23, 2024.\n")
    by_value = dict(zip(m["value"], m["actors"], strict=True))
    assert by_value["2020"] == ["United States"]  # not Putin, who visited in 2024
    assert {"Xi Jinping", "Vladimir Putin"} <= set(by_value["2024-10-23"])  # a list of names is no side clause
    kw = dict(zip(m["value"], m["keywords"], strict=True))
    assert "students" not in kw["2020"] and "university" in kw["2020"]


def test_an_article_without_dated_events_added_to_a_cached_corpus_runs_every_time(tmp_path, monkeypatch):
    """Three articles, then a Reuters flash with no publication date (its "Monday" resolves to nothing)
    added: its empty part in the events cache once made every later run fail (float row indices)."""
    import shutil

    from presslens.notebook import open_corpus

    monkeypatch.setenv("PRESSLENS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in sorted((ROOT / "seeds").iterdir())[:3]:
        shutil.copy(f, folder)

    def run():
        c = open_corpus(folder, progress=False)
        m = chronology.event_mentions(c, chronology.corpus_timexes(c), gazetteer=ROOT / "data" / "actors.yml")
        return len(c.articles), m

    n, first = run()
    assert n == 3 and len(first)
    (folder / "flash.txt").write_text("BEIJING (Reuters) - Chinese President Xi Jinping met Russian President "
                                      "Vladimir Putin, state media said on Monday.\n", encoding="utf-8")
    for _ in range(3):
        n, m = run()
        assert n == 4
        pd.testing.assert_frame_equal(m, first, check_dtype=False)
        assert m["sentence_no"].dtype.kind == "i" and m["start"].dtype.kind == "i"
    events = chronology._event_units([])["events"]
    assert events["_i"].dtype.kind == "i" and events["start"].dtype.kind == "i"


def test_filter_timeline_on_no_events_keeps_the_columns():
    _, tl = chronology.timeline(chronology._empty_events())
    for actors in ([], ["Xi Jinping"]):
        kept = chronology.filter_timeline(tl, granularity_floor="month", actors=actors)
        assert list(kept.columns) == list(tl.columns) and len(kept) == 0


def test_a_part_of_day_date_reads_as_a_date_and_the_part_of_day():
    from presslens.plots import readable_date

    assert readable_date("2024-05-16TNI") == "2024-05-16 night"
    assert readable_date("2024-05-16TMO") == "2024-05-16 morning"
    assert readable_date("2024-05") == "2024-05" and readable_date(None) == ""
    table = pd.DataFrame({"date": ["2024-05-16TEV", "2024-W20"], "label": ["met", "talks"]})
    assert chronology.brief(table)["date"].tolist() == ["2024-05-16 evening", "2024-W20"]


def test_an_event_phrase_leaves_out_a_date_coordinated_with_its_own():
    from presslens.chronology import event_phrase

    s = "Trade grew in 2022 and 2023 as Western sanctions pushed Moscow toward Beijing and its banks."
    assert event_phrase(s, "2022") == event_phrase(s, "2023") == \
        "Trade grew as Western sanctions pushed Moscow toward Beijing and its banks"
    s = "Товарооборот вырос в 2022 и 2023 годах на фоне западных санкций против российских банков."
    assert event_phrase(s, "2022") == event_phrase(s, "2023 годах") == \
        "Товарооборот вырос на фоне западных санкций против российских банков"
    s = "Talks were held on March 3 and March 4 in Beijing between the two foreign ministers."
    assert event_phrase(s, "March 3") == "Talks were held in Beijing between the two foreign ministers"
    # "and" before other words stays
    s = "Xi met Putin in 2023 and the two leaders signed a statement on energy cooperation."
    assert event_phrase(s, "2023") == "Xi met Putin and the two leaders signed a statement on energy…"
    # the link in any case, and before a line break, as the pattern (case-blind, "$") takes it: the cheap test of
    # the text's last character before it (_COORDINATED_END) must let these through
    s = "Trade grew IN 2022 OR 2023 as Western sanctions pushed Moscow toward Beijing and its banks."
    assert event_phrase(s, "2023") == "Trade grew as Western sanctions pushed Moscow toward Beijing and its banks"
    s = "Товарооборот вырос в 2022 ИЛИ 2023 годах на фоне западных санкций против российских банков."
    assert event_phrase(s, "2023 годах") == "Товарооборот вырос на фоне западных санкций против российских банков"
    s = "Trade grew in 2022 and\n2023 as Western sanctions pushed Moscow toward Beijing and its banks."
    assert event_phrase(s, "2023") == "Trade grew as Western sanctions pushed Moscow toward Beijing and its banks"


@pytest.mark.parametrize("sentence, timex, label", [
    ("Putin, whose country's economy has become increasingly dependent on China since the February 2022 invasion of "
     "Ukraine, praised the two countries' cooperation.", "February 2022", "invasion of Ukraine"),
    ("Japan has been diversifying its sources since a 2010 dispute with Beijing.", "2010", "dispute with Beijing"),
    ("Relations soured after Russia's 2014 annexation of Crimea, officials said.", "2014", "annexation of Crimea"),
    ("Xi and Putin met at the September 2022 summit in Samarkand, where they discussed Ukraine.", "September 2022",
     "summit in Samarkand"),
    ("After Thursday's talks in Beijing was signed a joint statement.", "Thursday", "talks in Beijing"),
    ("Trade has doubled since the 2019 launch of the Power of Siberia pipeline, which carries gas to China.", "2019",
     "launch of the Power of Siberia pipeline"),
])
def test_a_date_inside_a_noun_phrase_labels_the_event_with_that_phrase(sentence, timex, label):
    # the date dates what the noun names: "since the February 2022 invasion of Ukraine" is the invasion
    assert chronology.event_phrase(sentence, timex) == label


@pytest.mark.parametrize("sentence, timex", [
    ("The July 4 meeting was a success for both sides, diplomats in Astana said.", "July 4"),  # the clause's subject
    ("The main outcome of the July 4 meeting was the admission of Belarus as a member.", "July 4"),  # a noun alone
    ("Xi noted that this year marks the 75th anniversary of diplomatic ties.", "this year"),  # "that" no determiner
    ("In 2022 trade between the two countries grew by almost a third.", "2022"),  # no determiner: no noun phrase
    ('Modi told Putin on Friday that "today\'s era is not an era of war".', "today"),  # no preposition
])
def test_a_date_not_inside_a_prepositional_noun_phrase_keeps_its_clause(sentence, timex):
    from presslens.chronology import _dated_noun_phrase

    at = sentence.index(timex)
    assert _dated_noun_phrase(sentence[:at], sentence[at + len(timex):]) == ""


@pytest.mark.parametrize("sentence, timex, label", [
    ("In his 2023 address to parliament Putin praised ties with China.", "2023", "address to parliament"),
    ("Turnout was high after the 2024 election in Russia ended a long campaign.", "2024", "election in Russia"),
])
def test_a_dated_noun_phrase_ends_where_the_main_clause_starts_without_a_comma(sentence, timex, label):
    assert chronology.event_phrase(sentence, timex) == label


def test_a_dated_noun_without_a_phrase_after_it_keeps_its_clause():
    from presslens.chronology import _dated_noun_phrase

    sentence = "Sales fell in the 2020s decade overall, the report said."
    at = sentence.index("2020s")
    assert _dated_noun_phrase(sentence[:at], sentence[at + 5:]) == ""


def test_a_clause_placing_the_event_by_another_one_gives_it_no_actors_or_words(tmp_path):
    """"..., a day after Xi and Putin held talks in Moscow": the clause names another event (dated elsewhere);
    its actors and words are not the date's event's, and taking them chained a drill, a summit and a phone call
    of consecutive days into one event. A bare "after" ("After talks on Tuesday, ...") and "a day of talks" name
    no other event: their sentence keeps its actors."""
    m = _article_mentions(tmp_path, "A week of diplomacy\n\nMarch 21, 2025\n\n"
                          "Wang Yi told Sergey Lavrov in a phone call on Monday that Beijing supports Moscow, hours "
                          "before Xi Jinping arrived in Moscow.\n\n"
                          "Xi Jinping and Vladimir Putin held talks in Moscow on Tuesday and signed twelve agreements."
                          "\n\nChina and Russia began a joint naval drill in the Sea of Japan on Wednesday, a day after "
                          "Xi Jinping and Vladimir Putin held talks in Moscow.\n\n"
                          "After talks on Thursday, Sergey Lavrov and Wang Yi signed a protocol.\n\n"
                          "On Friday, a day of talks, Sergey Lavrov and Wang Yi signed a second protocol.\n")
    actors = dict(zip(m["timex_text"], m["actors"], strict=True))
    words = dict(zip(m["timex_text"], m["keywords"], strict=True))
    assert "Xi Jinping" not in actors["Monday"] and {"Wang Yi", "Sergey Lavrov"} <= set(actors["Monday"])
    assert not {"Xi Jinping", "Vladimir Putin"} & set(actors["Wednesday"]) and "drill" in words["Wednesday"]
    assert "talks" not in words["Wednesday"] and "held" not in words["Wednesday"]
    # look-alikes: no other event named, the whole sentence is the date's
    assert {"Sergey Lavrov", "Wang Yi"} <= set(actors["Thursday"]) and "talks" in words["Thursday"]
    assert {"Sergey Lavrov", "Wang Yi"} <= set(actors["Friday"]) and "protocol" in words["Friday"]
    _, tl = chronology.timeline(m)
    drill = tl[tl["date"] == "2025-03-19"]
    assert len(drill) == 1 and drill.iloc[0]["n_mentions"] == 1  # not the talks of the day before
    assert chronology._side_clause("Putin met Xi on Tuesday, after months of preparation.", 16) is None
    s = "The drill began, two days after the talks on Tuesday."  # the date is the other event's: the whole sentence
    assert chronology._side_clause(s, s.find("on Tuesday")) is None
    s = "Учения начались в среду, на следующий день после переговоров Путина и Си Цзиньпина."
    assert chronology._side_clause(s, s.find("в среду")) == (0, s.find("на следующий"))


@pytest.mark.parametrize("sentence, venues", [
    ("Talks were held at Moscow on Friday.", {"Moscow"}),
    ("In Moscow, the envoy spoke.", {"Moscow"}),
    ("The envoy spoke within Moscow's walls.", set()),  # "n Moscow" is there, the word "in" is not
    ("TALKS AT Moscow", set()),  # "[Aa]t": no "t Moscow"
    ("He stayed in  Moscow.", set()),  # one space in the pattern
    ("Moscow said talks in Beijing went well.", set()),
])
def test_venue_needs_in_or_at_right_before_the_place(sentence, venues):
    """_venues tests "n <place>" / "t <place>" before its pattern, compiled once per place
    (_venue_regex): the same venues as the pattern alone finds."""
    assert chronology._venues(["Moscow"], ["place"], sentence) == venues
    assert bool(re.search(chronology._VENUE.format("Moscow"), sentence)) == bool(venues)
    assert chronology._venue_regex("Moscow") is chronology._venue_regex("Moscow")


def test_an_english_and_a_russian_report_of_one_day_share_their_translated_words():
    """Key words meet across languages through the words that say what happened ("vetoed" / "вето",
    "resolution" / "резолюции"), the sentences' own words taken as the events stage takes them: two reports of
    one day sharing two such words are one event, as two English ones sharing two words are. One translated
    word ("talks" / "переговоры") is not enough, as one shared English word is not; and a report of the next
    day ("обвинили ... вето") stays apart."""
    from presslens.tokens import stopwords

    russia, china = ("Russia", "country"), ("China", "country")
    day = ("2025-06-12", ("2025-06-12", "2025-06-12"), "day")
    sentences = {
        "en": (day, [russia, china], "Russia and China vetoed a US-drafted resolution on North Korea on Thursday."),
        "ru": (day, [russia, china], "Россия и Китай 12 июня наложили вето на американский проект резолюции по КНДР."),
        "en_talks": (day, [("Kenya", "country")], "Kenya's president held talks on trade in Nairobi on Thursday."),
        "ru_talks": (day, [russia], "Лавров провел переговоры в Москве 12 июня."),
        "ru_next": (("2025-06-13", ("2025-06-13", "2025-06-13"), "day"), [russia, china],
                    "США 13 июня обвинили Россию и Китай, наложивших вето на резолюцию."),
    }
    m = _mention_rows([(v, p, g, acts, art) for art, ((v, p, g), acts, _s) in sentences.items()])
    m["keywords"] = [chronology._keywords(s, stopwords(), {w.lower() for a, _t in acts for w in a.split()})
                     for _d, acts, s in sentences.values()]
    events, _ = chronology.timeline(m)
    ev = dict(zip(events["article_id"], events["event_id"], strict=True))
    assert ev["en"] == ev["ru"]  # the veto, in English and in Russian
    assert len({ev["en"], ev["en_talks"], ev["ru_talks"], ev["ru_next"]}) == 4  # what they keep apart
    assert len({ev["en_talks"], ev["ru_talks"]}) == 2  # "talks" / "переговоры" alone: two talks of one day


def test_the_articles_own_days_are_drawn_apart_when_background_dates_stretch_the_axis():
    """Articles of one fortnight dating background events years back ("in 2019", "since 2014"): the figure of
    all events squeezes the fortnight into a sliver, so the events of the articles' own period (give or take a
    week: "next week") are drawn again alone. Look-alikes keep one figure: a corpus published over the years its
    events span, and a fortnight's corpus whose events all fall in it."""
    from presslens import plots

    def tl(*starts):
        return pd.DataFrame({"period_start": list(starts), "date": list(starts), "label": ["e"] * len(starts),
                             "n_mentions": [1] * len(starts)})

    fortnight = pd.DataFrame({"article_id": ["a", "b", "c"], "published": ["2025-06-04", "2025-06-09", "2025-06-14"]})
    events = tl("2019-12-01", "2022-05-01", "2025-06-04", "2025-06-05", "2025-06-09", "2025-06-16", "2025-07-01")
    assert plots.news_window(events, fortnight)["period_start"].tolist() == [
        "2025-06-04", "2025-06-05", "2025-06-09", "2025-06-16"]
    years = pd.DataFrame({"article_id": ["a", "b"], "published": ["2019-12-02", "2025-06-14"]})
    assert plots.news_window(events, years).empty
    assert plots.news_window(tl("2025-06-04", "2025-06-05", "2025-06-09"), fortnight).empty


def _events_of_one_day(**sentences: str) -> dict[str, int]:
    """Each article's timeline event, ``sentences`` (article id: its one dated sentence) all dating 2025-06-10
    and naming no actor: what their key words alone join."""
    from presslens.tokens import stopwords

    day = ("2025-06-10", ("2025-06-10", "2025-06-10"), "day")
    m = _mention_rows([(day[0], day[1], day[2], [], art) for art in sentences])
    m["keywords"] = [chronology._keywords(s, stopwords(), set()) for s in sentences.values()]
    events, _ = chronology.timeline(m)
    return dict(zip(events["article_id"], events["event_id"], strict=True))


def test_words_that_only_qualify_or_time_an_act_are_not_translated():
    """Review of _TRANSLATIONS: "joint" / "совместные" and "began" / "начались" say nothing of what happened; an
    English report of a joint air patrol that began on a day and a Russian one of joint research that began the
    same day share those two and no actor: two events. Look-alike: the English and Russian reports of one joint
    naval exercise still share what it is ("drills" / "учения", "naval" / "военно-морские")."""

    ev = _events_of_one_day(en_patrol="Russian and Chinese bombers began a joint air patrol over the Pacific on Tuesday.",
                   ru_research="Совместные российско-китайские научные исследования в Арктике начались 10 июня.")
    assert ev["en_patrol"] != ev["ru_research"]
    ev = _events_of_one_day(en_drills="Chinese and Russian warships began joint naval drills on Tuesday, the ministry said.",
                   ru_drills="Российско-китайские военно-морские учения начались 10 июня, сообщило министерство.")
    assert ev["en_drills"] == ev["ru_drills"]


def test_a_corpus_published_over_years_gets_no_figure_of_its_own_days():
    """Review of plots.news_window: articles published over three years, dating events back to 1945, have no "own
    days" to draw apart (the old rule drew a figure "of the articles' own days" spanning 2022 to 2024). Look-alikes
    keep their figure: a quarter's articles (three months) and a single day's, their events among years of
    background."""
    from presslens import plots

    def tl(*starts):
        return pd.DataFrame({"period_start": list(starts), "date": list(starts), "label": ["e"] * len(starts),
                             "n_mentions": [1] * len(starts)})

    def articles(*days):
        return pd.DataFrame({"article_id": [f"a{k}" for k in range(len(days))], "published": list(days)})

    events = tl("1945-05-09", "2014-03-01", "2022-02-24", "2023-06-01", "2024-03-01", "2024-11-01")
    assert plots.news_window(events, articles("2022-03-01", "2023-06-02", "2024-11-03")).empty
    quarter = tl("1945-05-09", "2014-03-01", "2024-09-02", "2024-10-15", "2024-11-29")
    assert plots.news_window(quarter, articles("2024-09-01", "2024-11-30"))["period_start"].tolist() == [
        "2024-09-02", "2024-10-15", "2024-11-29"]
    day = tl("1945-05-09", "2014-03-01", "2024-10-14", "2024-10-15")
    assert plots.news_window(day, articles("2024-10-15"))["period_start"].tolist() == ["2024-10-14", "2024-10-15"]


def test_a_russian_rocket_is_not_translated_as_a_missile():
    """Review of _TRANSLATIONS: "ракета" is a missile or a space rocket; a Russian report of a Soyuz launch and an
    English one of a North Korean missile launch the same day shared "launch" and "missile" and were one event
    (the English "rocket" and "missile" are two words). Look-alike: a Russian report of the missile itself still
    shares what it is ("ballistic" / "баллистическую", "launched" / "запустила")."""

    missile = "North Korea launched a ballistic missile into the sea on Tuesday, Seoul said."
    ev = _events_of_one_day(en=missile, ru="Роскосмос 10 июня провел запуск ракеты «Союз» с космодрома Восточный.")
    assert ev["en"] != ev["ru"]
    ev = _events_of_one_day(en=missile, ru="КНДР 10 июня запустила баллистическую ракету в сторону моря, сообщил Сеул.")
    assert ev["en"] == ev["ru"]
