"""The chronology at scale stays exact: the merge against comparing every pair of a block (with common
words and crowded values, where the block size limit matters), the timeline rows against the per-event
pandas aggregation they replace."""

import datetime as dt
from collections import Counter
from unittest import mock

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from presslens import chronology
from test_chronology import _pairwise_timeline_ids as _pairwise_ids  # the two-phase merge, pair by pair

VALUES = {  # value: (period_start, period_end, granularity)
    "2023-03-20": ("2023-03-20", "2023-03-20", "day"), "2023-03-21": ("2023-03-21", "2023-03-21", "day"),
    "2023-03-21TEV": ("2023-03-21", "2023-03-21", "partofday"),
    "2023-03-27": ("2023-03-27", "2023-03-27", "day"), "2023-W12": ("2023-03-20", "2023-03-26", "week"),
    "2023-W13": ("2023-03-27", "2023-04-02", "week"), "2023-W13-WE": ("2023-04-01", "2023-04-02", "weekend"),
    "2023-03": ("2023-03-01", "2023-03-31", "month"), "2023-04": ("2023-04-01", "2023-04-30", "month"),
    "2023-Q1": ("2023-01-01", "2023-03-31", "quarter"), "2023": ("2023-01-01", "2023-12-31", "year"),
    "2023-03-23/29": ("2023-03-23", "2023-03-29", "week"),  # seven days, not a calendar week
}
ACTORS = [("Xi Jinping", "person"), ("Vladimir Putin", "person"), ("China", "country"), ("SCO", "organization"),
          ("Moscow", "place"), ("Beijing", "place")]
WORDS = ["summit", "talks", "trade", "visit", "energy", "gas"]
mention = st.tuples(st.sampled_from(sorted(VALUES)), st.sets(st.sampled_from(range(len(ACTORS))), max_size=3),
                    st.sets(st.sampled_from(WORDS), max_size=4), st.integers(0, 5))


def _rows(items):
    rows = []
    for k, (value, actor_ids, words, art) in enumerate(items):
        start, end, gran = VALUES[value]
        rows.append({"article_id": f"a{art}", "sentence_no": k, "timex_start": k % 3, "timex_text": value,
                     "value": value, "period_start": start, "period_end": end, "granularity": gran,
                     "published": "" if art == 5 else f"2023-05-0{art + 1}",
                     "actors": [ACTORS[a][0] for a in sorted(actor_ids)],
                     "actor_types": [ACTORS[a][1] for a in sorted(actor_ids)], "keywords": sorted(words),
                     "sentence": f"The talks on {value} went on, said the minister number {k % 4}."
                     + "".join(f" They met in {ACTORS[a][0]}." for a in sorted(actor_ids) if k % 2 and a >= 4)})
    return pd.DataFrame(rows)


@given(st.lists(mention, min_size=1, max_size=16), st.sampled_from([2, 3, 400]))
@example([("2023", {2}, {"trade", "gas"}, 0), ("2023", {2}, {"trade", "gas"}, 1), ("2023", set(), {"trade", "gas"}, 2)],
         2)  # a crowded value: its block of mentions naming actors is too large, and so is each word's
@example([("2023-03-20", {0}, {"summit", "talks"}, 0), ("2023-03-21TEV", {0}, {"summit", "talks"}, 1)], 400)
@example([("2023-W13-WE", {0}, {"gas"}, 0), ("2023-W13-WE", {0}, set(), 1), ("2023-04", {0}, {"gas"}, 2)], 400)
@example([("2023-03-20", {1}, set(), 0), ("2023-03-21TEV", {0}, set(), 1), ("2023-W12", {0, 1}, {"gas"}, 2),
          ("2023-03", {1}, set(), 3), ("2023-Q1", {1}, set(), 4)], 400)  # the week and the month see two days
@example([("2023-03", {0}, {"gas"}, 0), ("2023-W13", {0}, {"gas", "trade"}, 1), ("2023-04", {0}, {"trade"}, 2),
          ("2023-W13-WE", {0}, {"trade"}, 3)], 400)  # a week across two months joins neither; its weekend, April
@example([("2023-W12", {3}, {"gas"}, 0), ("2023-03-23/29", {3}, {"gas", "visit"}, 1), ("2023-W13", {3}, {"visit"}, 2),
          ("2023-03-27", {3}, set(), 3)], 400)  # weeks of one granularity overlapping in part, chained by words
@settings(max_examples=400, deadline=None)
def test_merge_equals_comparing_every_pair_whatever_the_block_limit(items, limit):
    m = _rows(items)
    with mock.patch.object(chronology, "MAX_BLOCK", limit):
        events, _ = chronology.timeline(m)
        assert events["event_id"].tolist() == _pairwise_ids(m)


@given(st.lists(mention, min_size=1, max_size=16), st.sampled_from([2, 3, 400]), st.sampled_from([0.1, 0.3, 0.5]))
@example([("2023", {1}, {"trade", "gas"}, 0), ("2023", {1}, {"trade", "visit"}, 1), ("2023", {1}, {"gas"}, 2),
          ("2023", {0}, {"trade", "gas"}, 3)], 400, 0.3)  # a common person links no year, two rare words do
@example([("2023-03-20", {1, 4}, {"trade", "gas"}, 0), ("2023-03-20", {1, 4}, {"trade"}, 1),
          ("2023-03-20", {4}, {"gas", "visit"}, 2), ("2023-W12", {1}, {"gas", "energy"}, 3)], 3, 0.3)  # a common day
@settings(max_examples=300, deadline=None)
def test_merge_equals_comparing_every_pair_with_common_actors_and_words(items, limit, share):
    """Actors and words held by many articles' mentions count as no evidence (a common person still does
    between days): the merge stays equal to comparing every pair, with few articles made a corpus."""
    m = _rows(items)
    with mock.patch.object(chronology, "MAX_BLOCK", limit), mock.patch.object(chronology, "COMMON_MIN", 2), \
            mock.patch.object(chronology, "COMMON_SHARE", share):
        events, _ = chronology.timeline(m)
        assert events["event_id"].tolist() == _pairwise_ids(m)


def _timeline_by_groupby(m: pd.DataFrame, min_mentions: int) -> pd.DataFrame:
    """The timeline rows as first written: a pandas aggregation per event."""
    events = []
    for eid, g in m.groupby("event_id", sort=True):
        rank = g["granularity"].map(lambda x: chronology.GRANULARITY_RANK.get(x, 9))
        finest = g[rank == rank.min()]
        date = Counter(finest["value"]).most_common(1)[0][0]
        head = finest[finest["value"] == date].iloc[0]
        p_lo, p_hi = finest["period_start"].min(), finest["period_end"].max()
        if (p_lo, p_hi) != (head["period_start"], head["period_end"]):
            date = f"{p_lo}/{p_hi}"
        actors = Counter(a for lst in g["actors"] for a in lst)
        pubs = sorted(p for p in g["published"] if p)
        first = pubs[0] if pubs else ""
        events.append({
            "event_id": int(eid), "date": date, "period_start": p_lo, "period_end": p_hi,
            "granularity": head["granularity"], "label": chronology.event_phrase(head["sentence"], head["timex_text"]),
            "actors": [a for a, _ in actors.most_common()], "n_mentions": len(g),
            "n_articles": g["article_id"].nunique(), "article_ids": sorted(g["article_id"].unique()),
            "first_published": first,
            "lag_days": (dt.date.fromisoformat(first[:10]) - dt.date.fromisoformat(p_lo)).days if first else None,
            "sentences": list(dict.fromkeys(g["sentence"])),
        })
    cols = ["event_id", "date", "period_start", "period_end", "granularity", "label", "actors", "n_mentions",
            "n_articles", "article_ids", "first_published", "lag_days", "sentences"]
    tl = pd.DataFrame(events, columns=cols)
    tl["lag_days"] = tl["lag_days"].astype("Int64")
    return tl[tl["n_mentions"] >= min_mentions].sort_values(["period_start", "event_id"]).reset_index(drop=True)


@given(st.lists(mention, min_size=1, max_size=16), st.integers(1, 3))
@settings(max_examples=150, deadline=None)
def test_timeline_rows_equal_the_per_event_aggregation(items, min_mentions):
    events, tl = chronology.timeline(_rows(items), min_mentions=min_mentions)
    pd.testing.assert_frame_equal(tl, _timeline_by_groupby(events, min_mentions))


def test_empty_mentions_give_empty_tables():
    m = _rows([("2023", set(), set(), 0)]).iloc[0:0]
    events, tl = chronology.timeline(m)
    assert events.empty and tl.empty
    assert list(tl.columns)[:3] == ["event_id", "date", "period_start"]


# --- event mentions: a cached per-article stage, equal to the row-by-row definition ----------------------------

from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from presslens import actors as actors_mod  # noqa: E402
from presslens.timex import value_period  # noqa: E402
from presslens.tokens import stopwords  # noqa: E402

GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "actors.yml"


def _events_row_by_row(corpus, tx, actors, *, include_captions=False, include_headers=False):
    """event_mentions as first written: one dict per date, looked up row by row."""
    keep = tx["type"].isin(["DATE", "TIME"])
    allowed = {"body"} | ({"caption"} if include_captions else set()) | ({"header"} if include_headers else set())
    tx = tx[keep & tx["where"].isin(allowed)]
    sent_rows = {(a, int(n)): (int(st), int(en), t, int(p)) for a, n, st, en, t, p in corpus.sentences[
        ["article_id", "sentence_no", "start", "end", "text", "paragraph_no"]].itertuples(index=False)}
    texts = chronology.source_texts(corpus)
    segments = {a: g.reset_index(drop=True) for a, g in corpus.segments.groupby("article_id", sort=False)}
    published = dict(zip(corpus.articles["article_id"], corpus.articles["published"], strict=True))
    by_sentence = {}  # (article, sentence): {(actor, type): [its mentions' offsets]}
    if actors is not None:
        for r in actors[["article_id", "sentence_no", "actor", "type", "start"]].itertuples(index=False):
            by_sentence.setdefault((r.article_id, r.sentence_no), {}).setdefault((r.actor, r.type), []).append(r.start)
    rows = []
    for r in tx.itertuples(index=False):
        period = value_period(r.value)
        if period is None:
            continue
        keys = []
        if r.sentence_no >= 0:
            s_start, s_end, sentence, para = sent_rows[(r.article_id, int(r.sentence_no))]
            keys.append((r.article_id, int(r.sentence_no)))
            prev = sent_rows.get((r.article_id, int(r.sentence_no) - 1))
            if chronology._ANAPHORIC.fullmatch(sentence.strip()) and prev is not None and prev[3] == para:
                # "Об этом сообщила пресс-служба Кремля.": the sentence before it is the event's
                s_start, sentence = prev[0], f"{prev[2]} {sentence}"
                keys.insert(0, (r.article_id, int(r.sentence_no) - 1))
        else:
            g = segments[r.article_id]
            k = int(np.searchsorted(g["start"].to_numpy(), r.start, side="right")) - 1
            s_start, s_end = int(g["start"].iloc[k]), int(g["end"].iloc[k])
            sentence = texts[r.article_id][s_start:s_end].strip()
            keys.append((r.article_id, -1 - k))
        clause = chronology._side_clause(sentence, r.start - s_start)
        text = sentence
        if actors is not None:
            merged = {}
            for key in keys:
                for at, starts in by_sentence.get(key, {}).items():
                    merged.setdefault(at, []).extend(starts)
            found = list(merged)
            if clause is not None:
                inside = [at for at, starts in merged.items()
                          if any(clause[0] <= x - s_start < clause[1] for x in starts)]
                if inside:
                    found, text = inside, sentence[clause[0]:clause[1]]
        else:
            found = [(n, "name") for n in chronology._names(sentence)]
            if clause is not None and chronology._names(sentence[clause[0]:clause[1]]):
                text = sentence[clause[0]:clause[1]]
                found = [(n, "name") for n in chronology._names(text)]
        names = [a for a, _ in found]
        if period[2] in ("year", "decade", "century") and chronology._baseline(sentence, r.start - s_start, r.text):
            continue  # "up 24% from 2022": a baseline, not an event
        pub = published.get(r.article_id, "")
        drop = {w.lower() for a in names for w in a.split()}
        rows.append({
            "article_id": r.article_id, "sentence_no": int(r.sentence_no), "start": s_start, "end": s_end,
            "timex_start": int(r.start), "timex_end": int(r.end), "timex_text": r.text, "type": r.type,
            "value": r.value, "where": r.where, "period_start": period[0].isoformat(),
            "period_end": period[1].isoformat(), "granularity": period[2], "published": pub,
            "lag_days": (chronology._day(pub[:10]) - period[0]).days if len(pub) >= 10 else None,
            "actors": names, "actor_types": [t for _, t in found],
            "keywords": chronology._keywords(text, stopwords(), drop),
            "sentence": sentence,
        })
    out = pd.DataFrame(rows, columns=chronology.EVENT_COLUMNS)
    out["lag_days"] = out["lag_days"].astype("Int64")
    return out


@pytest.fixture(scope="module")
def seeds_tx(seeds_corpus):
    return chronology.corpus_timexes(seeds_corpus, cache=False)


@pytest.mark.parametrize("captions", [False, True])
def test_event_mentions_with_a_gazetteer_equal_the_row_by_row_definition_cold_and_cached(
        seeds_corpus, seeds_tx, tmp_path, captions):
    c = seeds_corpus
    found = pd.concat([actors_mod.mentions(c, GAZETTEER, labels=False, cache=False),
                       chronology.segment_actors(c, GAZETTEER, cache=False)], ignore_index=True)
    expected = _events_row_by_row(c, seeds_tx, found, include_captions=captions, include_headers=captions)
    if captions:
        assert (expected["sentence_no"] < 0).any() and expected["actors"].map(len).gt(0).any()
    for _ in range(2):  # computed, then read back from the cache
        got = chronology.event_mentions(c, seeds_tx, gazetteer=GAZETTEER, include_captions=captions,
                                        include_headers=captions, cache=tmp_path)
        pd.testing.assert_frame_equal(got, expected)
    assert (tmp_path / "events").is_dir()


def test_event_mentions_with_an_actors_table_or_guessed_names(seeds_corpus, seeds_tx, tmp_path):
    c = seeds_corpus
    table = actors_mod.mentions(c, GAZETTEER, cache=False)
    for known in (table, None, table[table["type"] == "person"]):
        expected = _events_row_by_row(c, seeds_tx, known)
        for _ in range(2):
            pd.testing.assert_frame_equal(chronology.event_mentions(c, seeds_tx, actors=known, cache=tmp_path),
                                          expected)


def test_event_mentions_keep_the_order_of_a_shuffled_dates_table(seeds_corpus, seeds_tx):
    shuffled = seeds_tx.sample(frac=1.0, random_state=3).reset_index(drop=True)
    got = chronology.event_mentions(seeds_corpus, shuffled, gazetteer=GAZETTEER, cache=False)
    found = actors_mod.mentions(seeds_corpus, GAZETTEER, labels=False, cache=False)
    pd.testing.assert_frame_equal(got, _events_row_by_row(seeds_corpus, shuffled, found))
    assert got["article_id"].tolist() != sorted(got["article_id"].tolist())


def test_no_dates_give_the_empty_events_table(seeds_corpus, seeds_tx):
    got = chronology.event_mentions(seeds_corpus, seeds_tx.head(0), cache=False)
    pd.testing.assert_frame_equal(got, _events_row_by_row(seeds_corpus, seeds_tx.head(0), None))
