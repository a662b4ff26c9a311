"""Chronology: every date in the text, resolved, and a timeline of events across articles.

>>> tx = corpus_timexes(corpus)                 # every temporal expression, where it stands  # doctest: +SKIP
>>> ev = event_mentions(corpus, tx)             # one row per dated sentence                # doctest: +SKIP
>>> tl = timeline(ev)                           # mentions of the same event merged           # doctest: +SKIP

The tagger is :func:`presslens.timex.timexes`; it runs on each article's whole decoded source with the
article's publication date as the document creation time, so offsets point into the file and header or
caption dates are found too — and marked as such (``where``) and kept out of the events by default.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import numpy as np
import pandas as pd

from . import schema
from .corpus import Corpus
from .timex import timexes, value_period

WHERE_OF_KIND = {
    "body": "body", "subheading": "body", "lede": "body",
    "caption": "caption", "credit": "caption",
}
GRANULARITY_RANK = {"minute": 0, "hour": 0, "partofday": 1, "day": 1, "week": 2, "month": 3, "quarter": 4,
                    "season": 4, "year": 5, "decade": 6, "century": 7}
# Mentions coarser than a month only merge with mentions of exactly the same value.
FINE_ENOUGH = 3

_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\-]+")
_CAPNAME = re.compile(r"\b[A-Z][a-z]+(?:[ \-](?:[A-Z][a-z]+|bin|al|de|van|von))*(?:\s+[A-Z][a-z]+)+\b")
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month months year years "
    "day days last next this earlier later ago recent".split()
)


def source_texts(corpus: Corpus) -> dict[str, str]:
    """Each article's decoded source, rebuilt from its segments (they cover it exactly, in order)."""
    seg = corpus.segments
    return {aid: "".join(g["text"]) for aid, g in seg.groupby("article_id", sort=False)}


def article_timexes(article_id: str, text: str, dct: str, sentences: pd.DataFrame,
                    segments: pd.DataFrame) -> pd.DataFrame:
    """The temporal expressions of one article, with the sentence and the part of the file they are in.

    Returns columns: article_id, sentence_no (-1 outside story sentences), start, end, text, type, value,
    mod, where (body, header, caption, or the segment kind).
    """
    return _article_timexes(article_id, text, dct, sentences["start"].to_numpy(), sentences["end"].to_numpy(),
                            sentences["sentence_no"].to_numpy(), segments["start"].to_numpy(),
                            segments["kind"].to_numpy())


def _article_timexes(article_id, text, dct, starts, ends, numbers, seg_starts, kinds) -> pd.DataFrame:
    found = timexes(text, dct=dct or None)
    found.insert(0, "article_id", article_id)
    sent_no, where = [], []
    for s in found["start"]:
        i = np.searchsorted(starts, s, side="right") - 1
        inside = i >= 0 and s < ends[i]
        sent_no.append(int(numbers[i]) if inside else -1)
        j = np.searchsorted(seg_starts, s, side="right") - 1
        kind = kinds[j] if j >= 0 else "header"
        where.append("body" if inside else WHERE_OF_KIND.get(kind, "header" if kind != "body" else "body"))
    found.insert(1, "sentence_no", pd.Series(sent_no, dtype="int64"))
    found["where"] = where
    return found


def timex_stage():
    """The per-article date stage: one article's source, date and sentence and segment offsets in, its
    temporal expressions out. Its version names the chronology and timex code."""
    from .pipeline import Stage, source_version

    return Stage("timexes", source_version("chronology", "timex"), _timex_units, ("timexes",), batch=True)


def _timex_units(keyed: list[tuple[str, tuple]]) -> dict[str, pd.DataFrame]:
    frames = [_article_timexes(*unit).assign(_key=key) for key, unit in keyed]
    frames = [f for f in frames if len(f)]
    if not frames:
        return {"timexes": _empty_timexes().assign(_key=pd.Series([], dtype=object))}
    return {"timexes": pd.concat(frames, ignore_index=True)}


def _empty_timexes() -> pd.DataFrame:
    return schema.empty("timexes").assign(where=pd.Series([], dtype=object))


def timex_units(stage, corpus: Corpus) -> tuple[list[tuple], list[str]]:
    """Per-article units of the date stage, in the articles' order (articles without source text left
    out), and their cache keys (the article's id, source, publication date, sentence and segment offsets)."""
    from .pipeline import content_key

    texts = source_texts(corpus)
    sents, segs = corpus.sentences, corpus.segments
    s_idx = sents.groupby("article_id", sort=False).indices if len(sents) else {}
    g_idx = segs.groupby("article_id", sort=False).indices if len(segs) else {}
    s_cols = [sents[c].to_numpy() for c in ("start", "end", "sentence_no")]
    g_start, g_kind = segs["start"].to_numpy(), segs["kind"].to_numpy()
    none = np.array([], dtype=np.int64)
    units, keys = [], []
    for aid, published in corpus.articles[["article_id", "published"]].itertuples(index=False):
        text = texts.get(aid, "")
        if not text:
            continue
        si, gi = s_idx.get(aid, none), g_idx.get(aid, none)
        starts, ends, numbers = (c[si] for c in s_cols)
        seg_starts, kinds = g_start[gi], g_kind[gi]
        units.append((aid, text, published, starts, ends, numbers, seg_starts, kinds))
        keys.append(content_key(stage, str(aid), text, str(published or ""),
                                ",".join(f"{n}:{s}:{e}" for n, s, e in zip(numbers, starts, ends, strict=True)),
                                ",".join(f"{s}:{k}" for s, k in zip(seg_starts, kinds, strict=True))))
    return units, keys


def corpus_timexes(corpus: Corpus, *, progress: bool | None = None, cache=None, engine: str = "local",
                   workers: int | None = 0, scheduler: str | None = "") -> pd.DataFrame:
    """Every temporal expression in every article (headers and captions included, marked in ``where``).

    Runs as a per-article stage (:func:`timex_stage`): each article's expressions are kept in the cache
    folder (``cache``: a path, False for none, default PRESSLENS_CACHE_DIR) keyed by its source,
    publication date and offsets, and found on every core or on Dask (``engine``, ``workers``,
    ``scheduler``; defaults from the environment, see :func:`presslens.cache.engine_options`).

    Returns the ``timexes`` table (article_id, sentence_no, start, end, text, type, value, mod) plus
    ``where``: body, header or caption.
    """
    from .cache import engine_options, store_for
    from .pipeline import run_stage

    stage = timex_stage()
    units, keys = timex_units(stage, corpus)
    if not units:
        return _empty_timexes()
    out = run_stage(stage, units, keys, store=store_for(stage, cache), progress=progress,
                    **engine_options(engine, workers, scheduler))["timexes"]
    if out.empty:
        return _empty_timexes()
    return out.reset_index(drop=True)


def _names(sentence: str) -> list[str]:
    """Capitalized multi-word names in a sentence: the fallback actors when no gazetteer is used."""
    return list(dict.fromkeys(m.group(0) for m in _CAPNAME.finditer(sentence)))


def _keywords(sentence: str, stop: frozenset[str], drop: set[str]) -> list[str]:
    words = (w.lower().strip("'’-") for w in _WORD.findall(sentence))
    return sorted({w for w in words if len(w) > 3 and w not in stop and w not in _DATE_WORDS and w not in drop})


def segment_actors(corpus: Corpus, gazetteer=None, *, kinds=("caption", "credit", "header", "date", "title"),
                   **run) -> pd.DataFrame:
    """Gazetteer actors in non-story segments (captions, headers), numbered as sentences -1, -2, ...

    Returns the actors table for those segments; ``sentence_no`` is ``-1 - k`` for the article's k-th
    segment, which is how :func:`event_mentions` finds them. ``run``: as for :func:`corpus_timexes`.
    """
    from .actors import mentions

    seg = corpus.segments
    seg = seg.assign(sentence_no=-1 - seg.groupby("article_id").cumcount())
    pseudo = seg[seg["kind"].isin(kinds)][["article_id", "sentence_no", "start", "end", "text"]]
    pseudo = pseudo.assign(paragraph_no=-1)
    if pseudo.empty:
        return mentions(corpus.sentences.head(0), gazetteer, articles=corpus.articles)
    return mentions(pseudo.reset_index(drop=True), gazetteer, articles=corpus.articles, labels=False, roles=False,
                    **run)


def event_mentions(corpus: Corpus, timex_table: pd.DataFrame | None = None, *, actors: pd.DataFrame | None = None,
                   gazetteer=None, include_captions: bool = False, include_headers: bool = False,
                   **run) -> pd.DataFrame:
    """One row per dated expression in a story sentence: what the sentence says happened when.

    ``actors`` is the actors table (:func:`presslens.actors.mentions`); given a ``gazetteer`` instead (path
    or entries), the actors are found here, in captions and headers too. Without either, capitalized
    multi-word names stand in. Only DATE and TIME expressions that denote a calendar period count (not durations or
    vague references like "recently"). Caption and header dates are left out unless asked for.

    Returns columns: article_id, sentence_no, start, end (the sentence's offsets in the source),
    timex_start, timex_end, timex_text, type, value, where, period_start, period_end, granularity,
    published, lag_days (publication minus the period's start), actors (list), actor_types (list),
    keywords (list), sentence.

    ``run``: ``cache``, ``engine``, ``workers``, ``scheduler``, ``progress`` for the per-article stages
    run here (dates when no ``timex_table`` is given, actors; see :func:`corpus_timexes`).
    """
    from .tokens import stopwords

    tx = corpus_timexes(corpus, **run) if timex_table is None else timex_table
    keep = tx["type"].isin(["DATE", "TIME"])
    allowed = {"body"} | ({"caption"} if include_captions else set()) | ({"header"} if include_headers else set())
    keep &= tx["where"].isin(allowed)
    tx = tx[keep]
    if actors is None and gazetteer is not None:
        from .actors import mentions

        actors = pd.concat([mentions(corpus, gazetteer, labels=False, **run),
                            segment_actors(corpus, gazetteer, **run)], ignore_index=True)
    sent_rows = {(a, int(n)): (int(st), int(en), t) for a, n, st, en, t in corpus.sentences[
        ["article_id", "sentence_no", "start", "end", "text"]].itertuples(index=False)}
    texts = source_texts(corpus)
    segments = {a: g.reset_index(drop=True) for a, g in corpus.segments.groupby("article_id", sort=False)}
    published = dict(zip(corpus.articles["article_id"], corpus.articles["published"], strict=True))
    by_sentence: dict[tuple[str, int], list[tuple[str, str]]] = {}
    if actors is not None and len(actors):
        for r in actors[["article_id", "sentence_no", "actor", "type"]].itertuples(index=False):
            lst = by_sentence.setdefault((r.article_id, r.sentence_no), [])
            if (r.actor, r.type) not in lst:
                lst.append((r.actor, r.type))
    stop = stopwords()
    rows = []
    for r in tx.itertuples(index=False):
        period = value_period(r.value)
        if period is None:
            continue
        p_start, p_end, gran = period
        if r.sentence_no >= 0:
            s_start, s_end, sentence = sent_rows[(r.article_id, int(r.sentence_no))]
        else:  # a caption or header: the segment holding the date stands for the sentence
            g = segments[r.article_id]
            k = int(np.searchsorted(g["start"].to_numpy(), r.start, side="right")) - 1
            s_start, s_end = int(g["start"].iloc[k]), int(g["end"].iloc[k])
            sentence = texts[r.article_id][s_start:s_end].strip()
            key = (r.article_id, -1 - k)
        if r.sentence_no >= 0:
            key = (r.article_id, int(r.sentence_no))
        if actors is not None:
            found = by_sentence.get(key, [])
        else:
            found = [(n, "name") for n in _names(sentence)]
        names = [a for a, _ in found]
        drop = {w.lower() for a in names for w in a.split()}
        pub = published.get(r.article_id, "")
        lag = (dt.date.fromisoformat(pub[:10]) - p_start).days if len(pub) >= 10 else None
        rows.append({
            "article_id": r.article_id, "sentence_no": int(r.sentence_no), "start": s_start, "end": s_end,
            "timex_start": int(r.start), "timex_end": int(r.end), "timex_text": r.text, "type": r.type,
            "value": r.value, "where": r.where, "period_start": p_start.isoformat(), "period_end": p_end.isoformat(),
            "granularity": gran, "published": pub, "lag_days": lag, "actors": names,
            "actor_types": [t for _, t in found], "keywords": _keywords(sentence, stop, drop), "sentence": sentence,
        })
    cols = ["article_id", "sentence_no", "start", "end", "timex_start", "timex_end", "timex_text", "type", "value",
            "where", "period_start", "period_end", "granularity", "published", "lag_days", "actors", "actor_types",
            "keywords", "sentence"]
    out = pd.DataFrame(rows, columns=cols)
    out["lag_days"] = out["lag_days"].astype("Int64")
    return out


def _strong(names: list[str], types: list[str]) -> set[str]:
    """Actors specific enough to identify an event: people, organizations, names (not countries/places)."""
    return {n for n, t in zip(names, types, strict=True) if t not in ("country", "place")}


def _linked(a, b) -> bool:
    """Do two event mentions (rows) report the same event?

    Their periods overlap, or are adjacent days (a two-day summit), and they share a specific actor (a
    person or organization) with a shared key word, the same value, or one period inside the other; or
    they have the same value and two key words in common (or one, and any actor). Mentions coarser than a
    month ("in 2023") merge only with the same value.
    """
    gap = (_day(b.period_start) - _day(a.period_end)).days
    gap2 = (_day(a.period_start) - _day(b.period_end)).days
    ga, gb = GRANULARITY_RANK.get(a.granularity, 9), GRANULARITY_RANK.get(b.granularity, 9)
    same = a.value == b.value
    if max(ga, gb) > FINE_ENOUGH and not same:
        return False
    strong = _strong(a.actors, a.actor_types) & _strong(b.actors, b.actor_types)
    kw = len(set(a.keywords) & set(b.keywords))
    if gap > 0 or gap2 > 0:  # disjoint periods: only adjacent days of one event
        return max(gap, gap2) == 1 and ga <= 1 and gb <= 1 and bool(strong) and kw >= 2
    shared_any = set(a.actors) & set(b.actors)
    contains = (a.period_start <= b.period_start and b.period_end <= a.period_end) or (
        b.period_start <= a.period_start and a.period_end <= b.period_end)
    if strong and (same or kw >= 1 or contains):
        return True
    return same and (kw >= 2 or (bool(shared_any) and kw >= 1))


def _merge_roots(m: pd.DataFrame) -> list[int]:
    """The event of each mention (rows sorted as in :func:`timeline`): a representative mention's index.

    The links are those of comparing, with :func:`_linked`, every pair of mentions inside a block of
    :func:`_candidate_blocks`, but found without comparing pairs. What the blocks and the rule say, per
    pair of mentions ``i``, ``j``:

    * the same value: linked when they share a specific actor (:func:`_strong`); or when they share a key
      word ``k`` and another feature (a key word or any actor), provided ``k`` is held by at most
      :data:`MAX_BLOCK` mentions of that value, or both name an actor and at most :data:`MAX_BLOCK`
      mentions of that value do;
    * different values, both no coarser than a month, sharing a specific actor: linked when their periods
      are the same or nested, or overlap and they share a key word, or are consecutive days (both a day or
      finer) and they share two key words.

    So mentions sharing a value and an actor are joined at once; an actor's mentions of one period are
    joined, and periods are then compared as wholes (nested, shared words) or, for consecutive days, row by
    row; and the key-word blocks of a value are only walked while the value's mentions are not all joined
    yet, each block only while its members are not. Near-linear in the mentions and their words.
    """
    n = len(m)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[rj] = ri

    values, actors, types, keywords = (m[c].tolist() for c in ("value", "actors", "actor_types", "keywords"))
    rank_of = {g: GRANULARITY_RANK.get(g, 9) for g in m["granularity"].unique()}
    rank = [rank_of[g] for g in m["granularity"].tolist()]
    day_of = {s: _day(s).toordinal() for s in set(m["period_start"].unique()) | set(m["period_end"].unique())}
    starts = [day_of[s] for s in m["period_start"].tolist()]
    ends = [day_of[s] for s in m["period_end"].tolist()]

    first: dict[tuple, int] = {}
    fine_by_actor: dict[str, list[int]] = {}
    for i in range(n):
        if not types[i]:
            continue
        strong = _strong(actors[i], types[i])
        for a in strong:  # the same value and a specific actor
            union(first.setdefault((values[i], a), i), i)
        if rank[i] <= FINE_ENOUGH:
            for a in strong:
                fine_by_actor.setdefault(a, []).append(i)
    for rows in fine_by_actor.values():
        _link_periods(rows, starts, ends, keywords, find, union)

    by_value: dict[str, list[int]] = {}
    for i, v in enumerate(values):
        by_value.setdefault(v, []).append(i)
    marked: dict[int, list[str]] = {}  # a mention's actors as features (a leading NUL: no actor is a word)
    for rows in by_value.values():
        if len(rows) < 2 or _joined(rows, find):
            continue
        blocks: dict[str, list[int]] = {}
        for i in rows:
            for k in keywords[i]:
                blocks.setdefault(k, []).append(i)
        named = sum(1 for i in rows if actors[i]) <= MAX_BLOCK  # the value's block of mentions naming actors
        for k, block in blocks.items():
            if len(block) > MAX_BLOCK:  # a common word: only mentions naming actors are compared, if few
                block = [i for i in block if actors[i]] if named else []
            if len(block) < 2 or _joined(block, find):
                continue
            # two of the block's mentions are linked when they share another word or an actor; so are
            # the events they are in: compare the events' features, not the mentions'
            feats: dict[int, set[str]] = {}
            for i in block:
                f = feats.get(find(i))
                if f is None:
                    feats[find(i)] = f = set()
                f.update(keywords[i])
                if actors[i]:
                    f.update(marked[i] if i in marked else marked.setdefault(i, ["\0" + a for a in actors[i]]))
            if len(feats) < 2:
                continue
            holder: dict[str, int] = {}
            for r, f in feats.items():
                f.discard(k)
                for x in f:
                    h = holder.setdefault(x, r)
                    if h != r:
                        union(h, r)
    return [find(i) for i in range(n)]


def _joined(rows: list[int], find) -> bool:
    r = find(rows[0])
    return all(find(i) == r for i in rows)


def _link_periods(rows: list[int], starts: list[int], ends: list[int], keywords: list, find, union) -> None:
    """Links among one specific actor's mentions no coarser than a month (``rows``, sorted by period):
    one period's mentions are joined; two periods are joined when nested, when overlapping and some of
    their mentions share a key word, or when consecutive days and two of their mentions share two."""
    groups = []  # (start, end, first row, key words, rows)
    for i in rows:
        if groups and groups[-1][0] == starts[i] and groups[-1][1] == ends[i]:
            g = groups[-1]
            union(g[2], i)
            g[3].update(keywords[i])
            g[4].append(i)
        else:
            groups.append((starts[i], ends[i], i, set(keywords[i]), [i]))
    for x, (sx, ex, rx, kx, mx) in enumerate(groups):
        for y in range(x + 1, len(groups)):
            sy, ey, ry, ky, my = groups[y]
            if sy > ex + 1:
                break
            if find(rx) == find(ry):
                continue
            if ey <= ex or (sy == sx and ex <= ey):  # one inside the other
                union(rx, ry)
            elif sy <= ex:  # overlapping
                if not kx.isdisjoint(ky):
                    union(rx, ry)
            elif sx == ex and sy == ey and _two_words_shared(mx, my, keywords):  # consecutive days
                union(rx, ry)


def _two_words_shared(a: list[int], b: list[int], keywords: list) -> bool:
    """Does a mention of ``a`` share two key words with one of ``b``?"""
    holders: dict[str, list[int]] = {}
    for j in b:
        for k in set(keywords[j]):
            holders.setdefault(k, []).append(j)
    for i in a:
        seen: set[int] = set()
        for k in set(keywords[i]):
            for j in holders.get(k, ()):
                if j in seen:
                    return True
                seen.add(j)
    return False


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# A keyword shared by more mentions of one value than this says nothing about which event they report.
MAX_BLOCK = 400


def _candidate_blocks(rows) -> list[list[int]]:
    """Groups of mention indexes that may be linked: the same specific actor, or the same value and a
    shared key word. Pairs are only ever compared inside a block, so merging stays near-linear."""
    blocks: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        coarse = GRANULARITY_RANK.get(r.granularity, 9) > FINE_ENOUGH
        for a in _strong(r.actors, r.actor_types):
            blocks.setdefault(("actor", a, r.value if coarse else ""), []).append(i)
        for k in r.keywords:
            blocks.setdefault(("word", r.value, k), []).append(i)
        if r.actors:
            blocks.setdefault(("value", r.value), []).append(i)
    return [(key, b) for key, b in blocks.items() if len(b) > 1 and (key[0] == "actor" or len(b) <= MAX_BLOCK)]


def _clauses(sentence: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"[,;:–—]\s|\s[–—]\s", sentence):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(sentence)))
    return [(s, e) for s, e in spans if e > s]


def event_phrase(sentence: str, timex_text: str, *, max_words: int = 12) -> str:
    """A short phrase for an event: the clause holding the date, without the date; or, when that clause
    says little else, the sentence's longest clause."""
    at = sentence.find(timex_text)
    clauses = _clauses(sentence)
    chosen = None
    if at >= 0:
        for s, e in clauses:
            if s <= at < e:
                before = re.sub(r"\s*\b(?:on|in|at|during|since|until|from|of|by)$", "", sentence[s:at].rstrip())
                rest = (before + " " + sentence[at + len(timex_text):e]).strip()
                if len(_WORD.findall(rest)) >= 4:
                    chosen = rest
                break
    if chosen is None:
        chosen = max((sentence[s:e] for s, e in clauses), key=lambda c: len(_WORD.findall(c)))
    words = re.sub(r"\s+", " ", chosen).strip(" .,;:“”\"'").split(" ")
    words = [w for w in words if w]
    return " ".join(words[:max_words]) + ("…" if len(words) > max_words else "")


def timeline(mentions: pd.DataFrame, *, min_mentions: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge mentions of the same event: overlapping periods and shared actors or key words.

    Returns ``(events, timeline)``: ``events`` is ``mentions`` with an ``event_id`` column (every mention
    kept, with its provenance); ``timeline`` has one row per event with at least ``min_mentions`` mentions.
    Timeline columns: event_id, date (the most precise value among its mentions), period_start,
    period_end, granularity, label, actors (list), n_mentions, n_articles, article_ids (list),
    first_published, lag_days (first publication minus the event's start), sentences (list).

    Which mentions are linked is said by :func:`_linked` and :func:`_candidate_blocks`; the links are
    found by :func:`_merge_roots` without comparing pairs.
    """
    m = mentions.sort_values(["period_start", "period_end", "article_id", "timex_start"]).reset_index(drop=True)
    roots = _merge_roots(m)
    order = {r: k for k, r in enumerate(dict.fromkeys(roots))}
    event_of = [order[r] for r in roots]
    m["event_id"] = event_of
    members: list[list[int]] = [[] for _ in order]
    for i, e in enumerate(event_of):
        members[e].append(i)
    cols = {c: m[c].tolist() for c in ("value", "granularity", "period_start", "period_end", "actors", "published",
                                       "article_id", "sentence", "timex_text")}
    value, gran, ps, pe = cols["value"], cols["granularity"], cols["period_start"], cols["period_end"]
    rank_of = {g: GRANULARITY_RANK.get(g, 9) for g in set(gran)}
    labels: dict[tuple[str, str], str] = {}
    events = []
    for eid, g in enumerate(members):
        if len(g) == 1:
            i = g[0]
            finest, date, head = g, value[i], i
        else:
            ranks = [rank_of[gran[i]] for i in g]
            low = min(ranks)
            finest = [i for i, r in zip(g, ranks, strict=True) if r == low]
            date = Counter(value[i] for i in finest).most_common(1)[0][0]
            head = next(i for i in finest if value[i] == date)
        p_lo, p_hi = min(ps[i] for i in finest), max(pe[i] for i in finest)
        if (p_lo, p_hi) != (ps[head], pe[head]):  # e.g. a two-day summit, day by day
            date = f"{p_lo}/{p_hi}"
        actors = Counter(a for i in g for a in cols["actors"][i])
        pubs = [cols["published"][i] for i in g if cols["published"][i]]
        first = min(pubs) if pubs else ""
        ids = sorted({cols["article_id"][i] for i in g})
        key = (cols["sentence"][head], cols["timex_text"][head])
        label = labels.get(key, "") if len(g) >= min_mentions else ""  # events left out below need none
        if len(g) >= min_mentions and key not in labels:
            label = labels[key] = event_phrase(*key)
        events.append({
            "event_id": eid, "date": date, "period_start": p_lo,
            "period_end": p_hi, "granularity": gran[head], "label": label,
            "actors": [a for a, _ in actors.most_common()], "n_mentions": len(g),
            "n_articles": len(ids), "article_ids": ids, "first_published": first,
            "lag_days": (_day(first[:10]) - _day(p_lo)).days if len(first) >= 10 else None,
            "sentences": list(dict.fromkeys(cols["sentence"][i] for i in g)),
        })
    cols = ["event_id", "date", "period_start", "period_end", "granularity", "label", "actors", "n_mentions",
            "n_articles", "article_ids", "first_published", "lag_days", "sentences"]
    tl = pd.DataFrame(events, columns=cols)
    tl["lag_days"] = tl["lag_days"].astype("Int64")
    tl = tl[tl["n_mentions"] >= min_mentions].sort_values(["period_start", "event_id"]).reset_index(drop=True)
    return m, tl


def unresolved(timex_table: pd.DataFrame) -> pd.DataFrame:
    """Expressions that name no calendar period: vague references (PAST_REF), durations, sets, and dates
    left underspecified (XXXX-…) for lack of a publication date.

    Returns the timexes rows (all their columns) with a ``reason`` column.
    """
    def reason(r) -> str:
        if r.type in ("DURATION", "SET"):
            return r.type.lower()
        if r.value.endswith("_REF"):
            return "vague reference"
        if value_period(r.value) is None:
            return "no calendar period (publication date unknown or value underspecified)"
        return ""

    out = timex_table.assign(reason=[reason(r) for r in timex_table.itertuples(index=False)])
    return out[out["reason"] != ""].reset_index(drop=True)


def filter_timeline(timeline_table: pd.DataFrame, *, granularity_floor: str = "year",
                    actors: list[str] | tuple[str, ...] = ()) -> pd.DataFrame:
    """Events no coarser than ``granularity_floor`` (day, week, month, season, year, ...) that name at
    least one of ``actors`` (all events when empty). Raises ValueError for an unknown granularity."""
    if granularity_floor not in GRANULARITY_RANK:
        raise ValueError(f"granularity_floor must be one of {sorted(GRANULARITY_RANK)}; got {granularity_floor!r}")
    floor = GRANULARITY_RANK[granularity_floor]
    keep = timeline_table["granularity"].map(lambda g: GRANULARITY_RANK.get(g, 9) <= floor)
    if actors:
        wanted = set(actors)
        keep &= timeline_table["actors"].map(lambda a: bool(wanted & set(a)))
    return timeline_table[keep].reset_index(drop=True)


def most_reported(timeline_table: pd.DataFrame, *, n: int = 40) -> pd.DataFrame:
    """The ``n`` events with the most mentions (ties: more articles, then earlier), in date order — what a
    timeline figure can show legibly."""
    if len(timeline_table) <= n:
        return timeline_table
    top = timeline_table.sort_values(["n_mentions", "n_articles", "period_start"], ascending=[False, False, True])
    return top.head(n).sort_values(["period_start", "event_id"]).reset_index(drop=True)


def brief(table: pd.DataFrame, *, max_items: int = 3, max_chars: int = 300) -> pd.DataFrame:
    """``table`` for display: list columns cut to their first ``max_items`` items (plus "... (k more)"),
    text cells to ``max_chars`` characters, so that an event reported by hundreds of articles stays one
    readable row. Returns a copy with the same columns (lists shown as text)."""
    def cut(v):
        return v[:max_chars] + " ..." if isinstance(v, str) and len(v) > max_chars else v

    def shorten(v):
        if not isinstance(v, list | tuple):
            return cut(v)
        more = f" ... ({len(v) - max_items} more)" if len(v) > max_items else ""
        return "; ".join(str(cut(x)) for x in v[:max_items]) + more

    out = table.copy()
    for c in out.columns:
        if out[c].map(lambda v: isinstance(v, list | tuple | str)).any():
            out[c] = out[c].map(shorten)
    return out


def count_events(events: pd.DataFrame) -> int:
    """Distinct events among merged mentions."""
    return int(events["event_id"].nunique()) if len(events) else 0


def first_reported_by(timeline_table: pd.DataFrame, articles: pd.DataFrame, *, by: str = "article") -> pd.Series:
    """For each event, the article (``by='article'``) or its source (``by='source'``) that reported it
    first — by publication date, then article id. Aligned with ``timeline_table``; for colouring."""
    if by not in ("article", "source"):
        raise ValueError(f"color_by must be 'article' or 'source'; got {by!r}")
    pub = dict(zip(articles["article_id"], articles["published"], strict=True))
    src = dict(zip(articles["article_id"], articles["source"], strict=True))
    firsts = [min(ids, key=lambda a: (pub.get(a, "") or "9999", a)) for ids in timeline_table["article_ids"]]
    if by == "source":
        return pd.Series([src.get(a, "") or "(no source)" for a in firsts], index=timeline_table.index)
    return pd.Series(firsts, index=timeline_table.index)
