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
import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from . import schema
from .corpus import Corpus
from .patterns import WORD_CHAR
from .pipeline import LazySequence, equal_runs
from .timex import value_period

WHERE_OF_KIND = {
    "body": "body", "subheading": "body", "lede": "body",
    "caption": "caption", "credit": "caption",
}
# A weekend (Saturday and Sunday) is finer than its week and coarser than its days.
GRANULARITY_RANK = {"minute": 0, "hour": 0, "partofday": 1, "day": 1, "weekend": 1.5, "week": 2, "month": 3,
                    "quarter": 4, "season": 4, "year": 5, "decade": 6, "century": 7}
# Mentions coarser than a month only merge with mentions of exactly the same value.
FINE_ENOUGH = 3

_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\-]+")
# The words of _WORD as _keywords keeps them, stripped of their last apostrophes and hyphens, and only those left
# with more than 3 characters: a match of _WORD runs to the end of its run of letters, apostrophes and hyphens,
# and this one to its last letter (a run whose stripped word is shorter holds no match of it, and no part of it
# does); the others are no key words.
_KEY_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\-]{2,}[A-Za-zÀ-ÿ]")
_CAPNAME = re.compile(r"\b[A-Z][a-z]+(?:[ \-](?:[A-Z][a-z]+|bin|al|de|van|von))*(?:\s+[A-Z][a-z]+)+\b")
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month months year years "
    "day days last next this earlier later ago recent".split()
)


def source_texts(corpus: Corpus) -> dict[str, str]:
    """Each article's decoded source, rebuilt from its segments (they cover it exactly, in order)."""
    return _source_texts(corpus.segments)


def _source_texts(segments: pd.DataFrame) -> dict[str, str]:
    if segments.empty:
        return {}
    codes, aids = pd.factorize(segments["article_id"])  # articles in order of first appearance
    texts = segments["text"].tolist()
    perm = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[perm], np.arange(len(aids) + 1)).tolist()
    if (perm[1:] > perm[:-1]).all():  # each article's segments together: slices, not lookups
        return {aid: "".join(texts[a:b]) for aid, a, b in zip(aids, bounds[:-1], bounds[1:], strict=True)}
    perm = perm.tolist()
    return {aid: "".join([texts[k] for k in perm[a:b]]) for aid, a, b in zip(aids, bounds[:-1], bounds[1:],
                                                                            strict=True)}


def article_timexes(article_id: str, text: str, dct: str, sentences: pd.DataFrame,
                    segments: pd.DataFrame) -> pd.DataFrame:
    """The temporal expressions of one article, with the sentence and the part of the file they are in.

    Returns columns: article_id, sentence_no (-1 outside story sentences), start, end, text, type, value,
    mod, where (body, header, caption, or the segment kind).
    """
    unit = (article_id, text, dct, sentences["start"].to_numpy(), sentences["end"].to_numpy(),
            sentences["sentence_no"].to_numpy(), segments["start"].to_numpy(), segments["kind"].to_numpy())
    out = _timex_units([("", unit)])["timexes"]
    return out.drop(columns=["_key"]) if len(out) else _empty_timexes()


def _where(kind: str) -> str:
    return WHERE_OF_KIND.get(kind, "header" if kind != "body" else "body")


def timex_stage():
    """The per-article date stage: one article's source, date and sentence and segment offsets in, its
    temporal expressions out. Its version names the chronology and timex code, and patterns' (timex's keyword
    scan)."""
    from .pipeline import Stage, source_version

    return Stage("timexes", source_version("chronology", "timex", "patterns"), _timex_units, ("timexes",), batch=True)


def _timex_units(keyed: list[tuple[str, tuple]]) -> dict[str, pd.DataFrame]:
    """The date stage's batch function: the tagger's rows of every article of the chunk in one table,
    each with its sentence (by offset) and the part of the file it is in."""
    from .timex import _frame, _tag, parse_dct

    ids, keys, numbers_out, where, rows = [], [], [], [], []
    for key, (aid, text, dct, starts, ends, numbers, seg_starts, kinds) in keyed:
        found = _tag(text, parse_dct(dct or None))
        if not found:
            continue
        st, en, nu = _by_start(starts, ends, numbers)
        gs, kinds = _by_start(seg_starts, kinds)
        # an article has a dozen dates: bisecting Python lists costs a fraction of numpy's searchsorted calls (the
        # last sentence, and segment, starting at or before each date)
        for r in found:
            s = r[0]
            i = bisect_right(st, s) - 1
            if i >= 0 and s < en[i]:
                numbers_out.append(nu[i])
                where.append("body")
            else:
                k = bisect_right(gs, s) - 1
                numbers_out.append(-1)
                where.append(_where(kinds[k] if k >= 0 else "header"))
        ids.extend([aid] * len(found))
        keys.extend([key] * len(found))
        rows.extend(found)
    if not rows:
        return {"timexes": _empty_timexes().assign(_key=pd.Series([], dtype=object))}
    out = _frame(rows, {"article_id": np.array(ids, dtype=object)})
    out.insert(1, "sentence_no", np.array(numbers_out, dtype=np.int64))
    out["where"] = np.array(where, dtype=object)
    out["_key"] = np.array(keys, dtype=object)
    return {"timexes": out}


def _by_start(starts, *others) -> tuple[list, ...]:
    """``starts`` and the columns beside it as lists, in increasing order of start: as the parser gives them, or
    sorted (stably) when given in another order (:func:`article_timexes` takes any table), to be bisected."""
    st = np.asarray(starts).tolist()
    cols = [np.asarray(c).tolist() for c in others]
    if st != sorted(st):
        order = sorted(range(len(st)), key=st.__getitem__)
        st = [st[k] for k in order]
        cols = [[c[k] for k in order] for c in cols]
    return (st, *cols)


def _empty_timexes() -> pd.DataFrame:
    return schema.empty("timexes").assign(where=pd.Series([], dtype=object))


def timex_units(stage, corpus: Corpus) -> tuple[Sequence[tuple], list[str]]:
    """Per-article units of the date stage, in the articles' order (articles without source text left
    out), and their cache keys (the article's id, source, publication date, sentence and segment offsets).

    Each unit ``(article_id, source, published, sentence starts, ends and numbers, segment starts and
    kinds)`` is made when first asked for: with a warm cache none is, and the sources (the segments' texts
    joined) are hashed for the keys from the text column's Arrow bytes, without a Python string each."""
    from .pipeline import content_key

    sents, segs = corpus.sentences, corpus.segments
    s_idx = sents.groupby("article_id", sort=False).indices if len(sents) else {}
    g_idx = segs.groupby("article_id", sort=False).indices if len(segs) else {}
    s_cols = [sents[c].to_numpy(dtype=np.int64) for c in ("start", "end", "sentence_no")]
    g_start, g_kind = segs["start"].to_numpy(dtype=np.int64), segs["kind"].to_numpy()
    sources = _Sources(segs)
    none = np.array([], dtype=np.int64)
    parts, keys = [], []
    for aid, published in corpus.articles[["article_id", "published"]].itertuples(index=False):
        source = sources.encoded(aid)
        if not source:
            continue
        si, gi = s_idx.get(aid, none), g_idx.get(aid, none)
        starts, ends, numbers = (c[si] for c in s_cols)
        seg_starts, kinds = g_start[gi], g_kind[gi]
        parts.append((aid, published, starts, ends, numbers, seg_starts, kinds))
        keys.append(content_key(stage, str(aid), source, str(published or ""), numbers.tobytes(), starts.tobytes(),
                                ends.tobytes(), seg_starts.tobytes(), "\x1f".join(kinds.tolist())))
    return _TimexUnits(parts, sources), keys


class _Sources:
    """Each article's decoded source, the texts of its segments joined (:func:`source_texts`): as UTF-8
    bytes (:meth:`encoded`, for keys) and as a string (:meth:`text`), taken from the text column's Arrow
    buffer when every article's segments are one run of rows (as parsed), else from joined strings."""

    def __init__(self, segments: pd.DataFrame):
        from .pipeline import arrow_buffers, arrow_text, article_runs

        self._texts: dict[str, str] | None = None
        self._spans: dict[str, tuple[int, int]] | None = None
        self._segments = segments
        arrow = arrow_text(segments["text"]) if len(segments) else None
        if arrow is None:
            return
        runs = article_runs(segments["article_id"])
        aids = segments["article_id"].to_numpy(dtype=object)[runs[:-1]].tolist()
        if len(set(aids)) != len(aids):  # an article's segments in more than one run: join strings instead
            return
        self._data, offsets = arrow_buffers(arrow)
        cuts = offsets[runs].tolist()
        self._spans = {aid: (lo, hi) for aid, lo, hi in zip(aids, cuts[:-1], cuts[1:], strict=True)}

    def _joined(self) -> dict[str, str]:
        if self._texts is None:
            self._texts = _source_texts(self._segments)
        return self._texts

    def encoded(self, aid) -> bytes | memoryview:
        if self._spans is not None:
            lo, hi = self._spans.get(aid, (0, 0))
            return self._data[lo:hi]
        return self._joined().get(aid, "").encode("utf-8", "surrogatepass")

    def text(self, aid) -> str:
        if self._spans is not None:
            lo, hi = self._spans.get(aid, (0, 0))
            return str(self._data[lo:hi], "utf-8")
        return self._joined().get(aid, "")


class _TimexUnits(LazySequence):
    """The units of :func:`timex_units`, each made (its source decoded) when asked for."""

    def __init__(self, parts: list[tuple], sources: _Sources):
        self._parts, self._sources = parts, sources

    def __len__(self) -> int:
        return len(self._parts)

    def _unit(self, i: int) -> tuple:
        aid, published, *rest = self._parts[i]
        return (aid, self._sources.text(aid), published, *rest)


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


def _keywords(sentence: str, stop: frozenset[str], drop: set[str], seen: dict | None = None) -> list[str]:
    """The key words of a sentence, sorted: its Latin words of more than 3 letters, lower-cased, that are no
    stopword, date word (or one's possessive, "week's") or word of ``drop``, a possessive as its noun ("Forge's":
    "forge"); its Cyrillic words of more than 3 letters that are no Russian
    stopword (``data/stopwords_ru.txt``) or date word, lower-cased and stripped of a case ending
    (:func:`_ru_stem`: "визита", "визитом" -> "визит"), so that Russian mentions have key words too; and
    its numbers (:func:`_numbers`: "$240.1 billion", "240,1 млрд" -> "240"), which carry across
    languages. ``seen`` keeps each sentence's candidates (before ``drop``) for the next date of the same
    sentence."""
    words = seen.get(sentence) if seen is not None else None
    if words is None:
        ascii_only = sentence.isascii()
        low = sentence.lower()
        if ascii_only or (len(low) == len(sentence) and not _LOWER_INTO_WORD.search(sentence)):
            # lower-casing maps each character to one, a word's letters to letters and nothing else into them: the
            # same words, lower-cased in one call, found stripped and of more than 3 letters (:data:`_KEY_WORD`)
            # a date word's possessive ("week's") is a date word: taken out as a set of its own, in the same C call
            words = set(_KEY_WORD.findall(low)).difference(stop, _DATE_WORDS, _DATE_POSSESSIVES)
        else:
            words = {w.lower().strip("'’-") for w in _WORD.findall(sentence)}
            words = {w for w in words.difference(stop)
                     if len(w) > 3 and (w[:-2] if w.endswith(_POSSESSIVE) else w) not in _DATE_WORDS}
        if "'" in sentence or "’" in sentence:
            # a possessive is its noun's key word ("Orbital Forge's chief executive" and "its builder Orbital Forge"
            # share "forge")
            words = {w[:-2] if w.endswith(_POSSESSIVE) and len(w) > 5 else w for w in words}.difference(stop)
        if not ascii_only:  # (no Cyrillic word in ASCII text)
            ru_stop = _stopwords_ru()
            for w in _CYR_WORD.findall(sentence):
                w = w.lower().replace("ё", "е").strip("-")
                if len(w) > 3 and w not in ru_stop and not _RU_DATE_WORD.match(w):
                    words.add(_ru_stem(w))
        words.update(_numbers(sentence))
        if seen is not None:
            seen[sentence] = words
    return sorted(words.difference(drop))


_POSSESSIVE = ("'s", "’s")  # "this week's", "Thursday's": date words too
_DATE_POSSESSIVES = frozenset(w + p for w in _DATE_WORDS for p in _POSSESSIVE)
# The characters outside :data:`_WORD`'s letters that lower-case into them (Ÿ, ẞ, the Kelvin and Angstrom signs;
# "İ" becomes two characters): a sentence holding one has its words lower-cased one by one.
_LOWER_INTO_WORD = re.compile("[\u0178\u1e9e\u212a\u212b]")
_CYR_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё\-]+")
# Russian date words (months in any case, days of the week, "year", "day", "week"...): no key words.
_RU_DATE_WORD = re.compile(
    r"(?:январ|феврал|март|апрел|ма[йяюе]$|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[аыуе]$|"
    r"четверг|пятниц|суббот|воскресень|сегодня|вчера|завтра|накануне|год|лет$|месяц|недел|дн[яеи]|день|ранее|позже|"
    r"утр[аоме]|вечер|ночь|ночью)")
# One case ending, taken off a Russian word of more than 3 letters when 4 letters stay (a light stemmer:
# the forms of one word meet, "Пекине"/"Пекина" -> "пекин"; nothing more is attempted).
_RU_ENDINGS = frozenset("ами ями ого его ому ему ыми ими ых их ым им ой ей ий ый ая яя ое ее ом ем ах ях ам ям ов ев "
                        "ую юю а я о е и ы у ю ь".split())


def _ru_stem(word: str) -> str:
    for n in (3, 2, 1):
        if len(word) - n >= 4 and word[-n:] in _RU_ENDINGS:
            return word[:-n]
    return word


@functools.lru_cache(maxsize=1)
def _stopwords_ru() -> frozenset[str]:
    from importlib import resources

    text = resources.files("presslens").joinpath("data", "stopwords_ru.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower().replace("ё", "е") for w in text.splitlines()
                     if w.strip() and not w.lstrip().startswith("#"))


# The words that say what happened, in English and Russian, as one key word each (:func:`_translated`): a Russian
# report and an English one of the same day share their key words only through such words ("vetoed" / "вето",
# "drills" / "учения"), names of people and places being actors. Each concept: its English words (key words are
# not stemmed) and its Russian word forms (stemmed below as key words are, :func:`_ru_stem`). Only words that
# name a kind of event or act, and mean it in either language: no "project"/"проект" (a draft or a venture),
# "акции" (shares or protests), "удар" (a strike or a blow), "ракета" (a missile or a space rocket: "запуск ракеты
# «Союз»" is no missile launch; "баллистическая" says it), nor country adjectives, which say as little as
# the countries themselves; nor words that only qualify or time an act, whatever it is ("joint" / "совместные",
# "began" / "начались"): two such words tie a joint patrol that began to joint research that began the same day.
_TRANSLATIONS = {
    "veto": ("veto vetoed vetoes vetoing", "вето"),
    "resolution": ("resolution resolutions", "резолюция резолюции резолюцию резолюций"),
    "vote": ("vote voted votes voting", "голосование голосования голосовании проголосовали проголосовал "
             "проголосовала"),
    "exercise": ("exercise exercises drill drills manoeuvres maneuvers wargames",
                 "учения учениях учениям маневры маневров маневрах"),  # not "учений": "ученых" stems alike
    "naval": ("naval navy navies maritime", "военно-морские военно-морских военно-морской военно-морского морские "
              "морских морское морской"),
    "talks": ("talks negotiations", "переговоры переговоров переговорах"),
    "visit": ("visit visits visited visiting trip travel travelled traveled travels",
              "визит визита визитом визите посетит посетил посетила посетили посещение поездка поездки"),
    "sign": ("sign signs signed signing", "подписали подписал подписала подписание подписания подписан подписать "
             "подпишут"),
    "agreement": ("agreement agreements deal deals accord memorandum",
                  "соглашение соглашения соглашению соглашений договор договора договоренность меморандум"),
    "pipeline": ("pipeline pipelines", "газопровод газопровода газопроводу трубопровод трубопровода"),
    "sanctions": ("sanction sanctions", "санкции санкций санкциями санкциях"),
    "ballistic": ("ballistic", "баллистических баллистической баллистические баллистическая"),
    "launch": ("launch launches launched", "запуск запуски запусков запуска запустила запустил"),
    "summit": ("summit summits", "саммит саммита саммите"),
    "minister": ("minister ministers", "министр министра министром министры министров"),
    "accuse": ("accuse accused accuses accusing", "обвинил обвинила обвинили обвиняет обвиняют"),
}
_CONCEPT = {w: c for c, (en, ru) in _TRANSLATIONS.items() for w in (*en.split(), *(_ru_stem(x) for x in ru.split()))}
_CONCEPT_WORDS = frozenset(_CONCEPT)


def _translated(keywords: list[str]) -> list[str]:
    """``keywords`` with each word of :data:`_TRANSLATIONS` as its concept ("vetoed", "вето" -> "veto"), once:
    the key words the merge compares, so that one report's "vetoed" and another's "вето" are one shared word.
    The list itself when it holds none (most do; the test is one C-level pass)."""
    if _CONCEPT_WORDS.isdisjoint(keywords):
        return keywords
    return list(dict.fromkeys(_CONCEPT.get(k, k) for k in keywords))


# A number: 1,000,000 (English thousands), 240.1, 240,1 (Russian decimal comma), 240; not part of a word
# ("Tu-95" is kept, "73rd" is not) and not inside a longer run of digits and separators.
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:[.,]\d+)?(?![\w]|[.,]\d)")
_DIGIT = re.compile(r"\d")


def _numbers(sentence: str) -> set[str]:
    """The numbers of a sentence as key words: their whole part ("107.02 million" and "107 million" meet),
    from 32 up (days of the month, small counts and most percentages say little) and not a year
    (1800-2100), which dates say."""
    out = set()
    first = _DIGIT.search(sentence)  # a quick scan: most sentences hold no number, and none starts before it
    if first is None:
        return out
    for m in _NUMBER.finditer(sentence, first.start()):
        n = int(m.group(1).replace(",", ""))
        if n >= 32 and not 1800 <= n <= 2100:
            out.add(str(n))
    return out


def segment_actors(corpus: Corpus, gazetteer=None, *, kinds=("caption", "credit", "header", "date", "title"),
                   **run) -> pd.DataFrame:
    """Gazetteer actors in non-story segments (captions, headers), numbered as sentences -1, -2, ...

    Returns the ``actors`` table (article_id, sentence_no, start, end, actor, type, text, label, match) for
    those segments; ``sentence_no`` is ``-1 - k`` for the article's k-th
    segment, which is how :func:`event_mentions` finds them. ``run``: as for :func:`corpus_timexes`.
    """
    return _segment_actors(corpus.segments, corpus.sentences, corpus.articles, gazetteer, kinds=kinds, **run)


def _segment_actors(segments: pd.DataFrame, sentences: pd.DataFrame, articles: pd.DataFrame, gazetteer, *,
                    kinds=("caption", "credit", "header", "date", "title"), **run) -> pd.DataFrame:
    from .actors import mentions

    seg = segments.assign(sentence_no=-1 - segments.groupby("article_id").cumcount())
    pseudo = seg[seg["kind"].isin(kinds)][["article_id", "sentence_no", "start", "end", "text"]]
    pseudo = pseudo.assign(paragraph_no=-1)
    if pseudo.empty:
        return mentions(sentences.head(0), gazetteer, articles=articles)
    return mentions(pseudo.reset_index(drop=True), gazetteer, articles=articles, labels=False, roles=False,
                    **run)


EVENT_COLUMNS = ["article_id", "sentence_no", "start", "end", "timex_start", "timex_end", "timex_text", "type",
                 "value", "where", "period_start", "period_end", "granularity", "published", "lag_days", "actors",
                 "actor_types", "keywords", "sentence"]
_LIST_COLUMNS = ("actors", "actor_types", "keywords")


def events_stage(actors_version: str = ""):
    """The per-article event stage: one article's dated sentences (with their actors, or none to guess
    names) in, its event mentions out. Its version names the chronology, timex and tokens code and
    ``actors_version`` (how the actors were found)."""
    from .pipeline import Stage, source_version

    words = Path(__file__).parent / "data" / "stopwords_ru.txt"  # the Russian key words leave these out
    return Stage("events", f"{source_version('chronology', 'timex', 'tokens', data_files=[words])}-{actors_version}",
                 _event_units, ("events",), batch=True)


def _event_units(keyed: list[tuple[str, tuple]]) -> dict[str, pd.DataFrame]:
    """The event stage's batch function. A unit is ``(article_id, published, rows)``, a row ``(i,
    sentence_no, sentence start, end, sentence, timex start, end, text, type, value, where, found, clause)``
    with ``found`` the sentence's (actor, type) pairs (with their places, (actor, type, starts), when
    ``clause`` is given), or None to take capitalized names instead, and ``clause`` the span in the sentence of
    the date's side clause (:func:`_side_clause`) or None; the output rows carry ``_i``, the row's place among the
    article's dates."""
    from .tokens import stopwords

    stop = stopwords()
    seen: dict[str, set[str]] = {}  # sentence -> its key word candidates
    drops: dict[tuple, set[str]] = {}  # actors -> the lower-cased words of their names, left out of the key words
    out: list[tuple] = []  # a tuple per row, the columns of EVENT_COLUMNS then _i and _key: made columns at the end
    for key, unit in keyed:
        if unit is None:
            raise RuntimeError("the cache folder changed while event mentions were read from it; run again")
        aid, pub, rows = unit
        day = None
        for i, sno, s_start, s_end, sentence, t_start, t_end, t_text, typ, value, where, found, clause in rows:
            period = _value_period(value)
            if period is None:
                continue
            p_start, p_end, gran, p_start_iso, p_end_iso = period
            if GRANULARITY_RANK.get(gran, 9) >= GRANULARITY_RANK["year"] and _baseline(
                    sentence, t_start - s_start, t_text):
                continue
            if day is None and len(pub) >= 10:
                day = dt.date.fromisoformat(pub[:10])
            # a date in an apposition or a relative clause ("..., a university sanctioned by the U.S. government
            # in 2020"): the clause's actors and words, when it names any
            text = sentence
            if found is None:
                found = [(n, "name") for n in _names(sentence)]
                if clause is not None:
                    inside = [(n, "name") for n in _names(sentence[clause[0]:clause[1]])]
                    if inside:
                        found, text = inside, sentence[clause[0]:clause[1]]
            elif clause is not None:
                lo, hi = clause
                inside = [f for f in found if any(lo <= st - s_start < hi for st in f[2])]
                if inside:
                    found, text = inside, sentence[lo:hi]
            names = [f[0] for f in found]
            drop = drops.get(key_names := tuple(names))  # (the same actors come back: a sentence's dates, a story's)
            if drop is None:
                drop = drops[key_names] = {w.lower() for a in names for w in a.split()}
            out.append((aid, sno, s_start, s_end, t_start, t_end, t_text, typ, value, where, p_start_iso,
                        p_end_iso, gran, pub, (day - p_start).days if day is not None else None, names,
                        [f[1] for f in found], _keywords(text, stop, drop, seen), sentence, i, key))
    names_out = (*EVENT_COLUMNS, "_i", "_key")
    cols: dict[str, list] = (dict(zip(names_out, map(list, zip(*out, strict=True)), strict=True)) if out
                             else {c: [] for c in names_out})
    cols["lag_days"] = pd.array(cols["lag_days"], dtype="Int64")
    # typed columns even when no row is left: an empty part stored with float or null columns (what a frame of
    # empty lists gets) would turn the integer columns of every part read with it to floats
    frame = pd.DataFrame(cols)
    if not len(frame):
        frame = frame.astype({c: _EVENT_DTYPES.get(c, object) for c in frame.columns if c != "lag_days"})
    return {"events": frame}


# the integer columns of the events stage's rows (the others are text, lists, or lag_days' Int64)
_EVENT_DTYPES = {c: "int64" for c in ("sentence_no", "start", "end", "timex_start", "timex_end", "_i")}


# A year said as the point a change or state is measured from ("up 24% from 2022", "since 2014", "before
# 2022", "compared with 2023", "higher than in 2022", "in 2022 prices"; "с 2014 года", "по сравнению с 2022
# годом"): a reference, not an event ("no later than 2030", "до 2030 года", "by 2030" are deadlines, and
# kept). A range ("from 2022 to 2024", "с 2014 по 2016 год") is not one.
_BASELINE_BEFORE = re.compile(
    r"(?:\b(?<!later )(?<!earlier )(?<!sooner )(?:since|from|before|than|versus|vs\.?|compared (?:with|to)|relative to)(?:\s+(?:in|the|early|late|mid-?))?"
    r"|(?:^|\s)(?:с|со|по сравнению с|чем)(?:\s+(?:начала|конца))?)\s+$", re.IGNORECASE)
_BASELINE_AFTER = re.compile(r"\s*(?:prices|dollars|levels|terms)\b", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|and|[-–—]|по|до)\s*(?:\d|the\b|early|late|mid)", re.IGNORECASE)


def _baseline(sentence: str, at: int, text: str) -> bool:
    """Is the year ``text`` (at ``at`` in ``sentence``, else its first place there) a baseline, the point a
    change or a state is measured from, rather than when something happened? See :data:`_BASELINE_BEFORE`."""
    if sentence[at:at + len(text)] != text:
        at = sentence.find(text)
        if at < 0:
            return False
    after = sentence[at + len(text):at + len(text) + 30]
    if _BASELINE_AFTER.match(after):
        return True
    return bool(_BASELINE_BEFORE.search(sentence[max(0, at - 40):at])) and not _RANGE_AFTER.match(after)


@functools.lru_cache(maxsize=65536)
def _value_period(value: str):
    """:func:`~presslens.timex.value_period` of a value, and its two days in ISO form (remembered: a corpus repeats
    its values), or None."""
    period = value_period(value)
    return None if period is None else (*period, period[0].isoformat(), period[1].isoformat())


def _empty_events() -> pd.DataFrame:
    out = pd.DataFrame([], columns=EVENT_COLUMNS)
    out["lag_days"] = out["lag_days"].astype("Int64")
    return out


def _row_hashes(df: pd.DataFrame) -> np.ndarray:
    return pd.util.hash_pandas_object(df, index=False).to_numpy() if len(df) else np.zeros(0, dtype=np.uint64)


def _per_article(ids: pd.Series, hashes: np.ndarray, order: pd.Index) -> list[bytes]:
    """The row hashes of each article of ``order`` (rows in table order), as bytes."""
    codes = order.get_indexer(ids)
    perm = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[perm], np.arange(len(order) + 1))
    h = hashes[perm]
    return [h[a:b].tobytes() for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def _pieces(part) -> tuple:
    """A key part of :func:`_per_article` (bytes) or :func:`_per_article_rows` (a tuple of buffers)."""
    return part if isinstance(part, tuple) else (part,)


def _per_article_rows(table: pd.DataFrame, cols: list[str], order: pd.Index) -> list:
    """Per article of ``order``: its rows of ``table`` (``cols``) for a cache key, as
    :func:`_per_article` of :func:`_row_hashes` gives them, but, when each article's rows are one run of
    rows and the text columns are Arrow text, as the rows themselves: the integer columns' bytes and each
    text column's lengths and UTF-8 bytes (views of its Arrow buffer), without a Python string per row."""
    from .pipeline import arrow_buffers, arrow_text

    text_cols = [c for c in cols if not pd.api.types.is_integer_dtype(table[c].dtype)]
    arrows = [arrow_text(table[c]) for c in text_cols] if len(table) else []
    codes = order.get_indexer(table["article_id"])
    perm = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[perm], np.arange(len(order) + 1))
    lo, hi = bounds[:-1], bounds[1:]
    rows = perm[bounds[0]:]
    one_run = not len(rows) or bool((np.diff(rows) == 1)[np.diff(codes[rows]) == 0].all())
    if not len(table) or any(a is None for a in arrows) or not one_run:
        return _per_article(table["article_id"], _row_hashes(table[cols]), order)
    first = np.where(hi > lo, perm[np.minimum(lo, len(perm) - 1)], 0).tolist()
    count = (hi - lo).tolist()
    ints = np.column_stack([table[c].to_numpy(dtype=np.int64) for c in cols if c not in text_cols]
                           or [np.zeros(len(table), dtype=np.int64)]).astype("<i8")
    texts = [arrow_buffers(a) for a in arrows]
    sizes = [np.diff(offsets) for _data, offsets in texts]
    out = []
    for a, n in zip(first, count, strict=True):
        b = a + n
        out.append((ints[a:b].tobytes(), *(x for (data, offsets), size in zip(texts, sizes, strict=True)
                                           for x in (size[a:b].tobytes(), data[int(offsets[a]):int(offsets[b])]))))
    return out


def _actors_version(gazetteer) -> str:
    """How the actors of :func:`event_mentions` are found: the versions of the actors stages it runs."""
    from .actors import check_gazetteer, default_gazetteer_path

    if gazetteer is None or isinstance(gazetteer, str | Path):
        p = Path(gazetteer) if gazetteer is not None else default_gazetteer_path()
        st = p.stat() if p.is_file() else None  # a missing file: read_gazetteer says so
        return _gazetteer_file_version(str(p), st.st_mtime_ns if st else 0, st.st_size if st else 0)
    entries = gazetteer.to_dict("records") if isinstance(gazetteer, pd.DataFrame) else list(gazetteer)
    return _gazetteer_version(check_gazetteer(entries, source="gazetteer (given as a list)"))


@functools.lru_cache(maxsize=16)
def _gazetteer_file_version(path: str, mtime_ns: int, size: int) -> str:
    """:func:`_gazetteer_version` of a file, read and checked once per version of it (its time and size)."""
    from .actors import read_gazetteer

    return _gazetteer_version(read_gazetteer(path))


def _gazetteer_version(gaz: list[dict]) -> str:
    from .actors import mentions_stage

    return "|".join(mentions_stage(gaz, **opts).version for opts in (
        {}, {"labels": False}, {"labels": False, "roles": False}))


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

    The per-article work runs as a stage (:func:`events_stage`), cached per article by its dates, their
    sentences and what decides the actors (the article's sentences, repairs and date and the gazetteer,
    or the given actors), on every core or on Dask. ``run``: ``cache``, ``engine``, ``workers``,
    ``scheduler``, ``progress`` for it and for the stages run here (dates when no ``timex_table`` is
    given, actors of articles not cached yet; see :func:`corpus_timexes`).
    """
    from .cache import engine_options, store_for
    from .pipeline import content_key, run_stage

    tx = corpus_timexes(corpus, **run) if timex_table is None else timex_table
    keep = tx["type"].isin(["DATE", "TIME"])
    allowed = {"body"} | ({"caption"} if include_captions else set()) | ({"header"} if include_headers else set())
    keep &= tx["where"].isin(allowed)
    tx = tx[keep].reset_index(drop=True)
    if tx.empty:
        return _empty_events()
    mode = "table" if actors is not None else "gazetteer" if gazetteer is not None else "names"
    stage = events_stage(_actors_version(gazetteer) if mode == "gazetteer" else mode)

    # each date's sentence: a story sentence (the last row of its article and number), or (caption,
    # header) the segment holding it; found by its keys, only the dates' sentences' text is taken (no copy
    # of the sentences table held while the articles are worked on)
    sno = tx["sentence_no"].to_numpy(dtype=np.int64)
    row = _sentence_rows(corpus.sentences, tx["article_id"], sno)
    missing = (row < 0) & (sno >= 0)
    if missing.any():
        first = np.flatnonzero(missing)[0]
        raise KeyError((tx["article_id"].iloc[first], int(sno[first])))
    found = np.flatnonzero(row >= 0)
    s_start = np.full(len(tx), -1, dtype=np.int64)
    s_end = np.full(len(tx), -1, dtype=np.int64)
    s_start[found] = corpus.sentences["start"].to_numpy(dtype=np.int64)[row[found]]
    s_end[found] = corpus.sentences["end"].to_numpy(dtype=np.int64)[row[found]]
    sentence: list = [None] * len(tx)
    for r, text in zip(found.tolist(), corpus.sentences["text"].take(row[found]).tolist(), strict=True):
        sentence[r] = text
    # a sentence that only says who reported "this" ("Об этом вчера сообщила пресс-служба Кремля.", "This was
    # announced on Friday."): its date is the previous sentence's event (of the same paragraph), which the
    # mention takes in (text, offsets, actors)
    prev_of = np.full(len(tx), -1, dtype=np.int64)
    cand = [r for r in found.tolist() if _maybe_anaphoric(sentence[r]) and _ANAPHORIC.fullmatch(sentence[r].strip())]
    if cand:
        prow = _sentence_rows(corpus.sentences, tx["article_id"].take(cand), sno[cand] - 1)
        paras = corpus.sentences["paragraph_no"].to_numpy()
        texts = corpus.sentences["text"]
        starts_all = corpus.sentences["start"].to_numpy(dtype=np.int64)
        for r, pr in zip(cand, prow.tolist(), strict=True):
            if pr >= 0 and paras[pr] == paras[row[r]]:
                sentence[r] = f"{texts.iloc[pr]} {sentence[r]}"
                s_start[r] = starts_all[pr]
                prev_of[r] = sno[r] - 1
    akey = sno.copy()  # the sentence's number among the actors: -1 - k for the article's k-th segment
    neg = np.flatnonzero(sno < 0)
    seg_aids: set = set()  # the articles with a date outside the story's sentences, whose segments' actors count
    if len(neg):
        aids_neg = tx["article_id"].to_numpy()[neg]
        seg_aids = set(aids_neg.tolist())
        segs = corpus.segments[corpus.segments["article_id"].isin(seg_aids)]
        texts = _source_texts(segs)
        groups = {a: (g["start"].to_numpy(), g["end"].to_numpy()) for a, g in segs.groupby("article_id", sort=False)}
        t_start = tx["start"].to_numpy()
        for r, aid in zip(neg, aids_neg, strict=True):
            starts, ends = groups[aid]
            k = int(np.searchsorted(starts, t_start[r], side="right")) - 1
            s_start[r], s_end[r] = int(starts[k]), int(ends[k])
            sentence[r] = texts[aid][s_start[r]:s_end[r]].strip()
            akey[r] = -1 - k

    # per article: its rows, and a key over them and over what decides its actors
    order = pd.Index(pd.unique(tx["article_id"]))
    row_cols = tx[["sentence_no", "start", "end", "text", "type", "value", "where"]].assign(
        _s=s_start, _e=s_end, _t=sentence, _a=akey)
    parts = [_per_article(tx["article_id"], _row_hashes(row_cols), order)]
    if mode == "gazetteer":
        for table, cols in ((corpus.sentences, ["sentence_no", "paragraph_no", "start", "end", "text"]),
                            (corpus.repairs, ["start", "end", "raw", "repaired"]),
                            (corpus.segments if len(neg) else corpus.segments.head(0), ["kind", "start", "end", "text"])):
            parts.append(_per_article_rows(table, cols, order))
    elif mode == "table":
        parts.append(_per_article(actors["article_id"], _row_hashes(actors[["sentence_no", "actor", "type"]]), order))
    published = dict(zip(corpus.articles["article_id"], corpus.articles["published"], strict=True))
    pubs = [published.get(a, "") for a in order]
    keys = [content_key(stage, str(a), str(p), *(x for part in parts for x in _pieces(part[c]))) for c, (a, p) in
            enumerate(zip(order, pubs, strict=True))]

    store = store_for(stage, run.get("cache"))
    done = store.keys() & set(keys) if store is not None else set()
    todo = [c for c, k in enumerate(keys) if k not in done]
    codes = order.get_indexer(tx["article_id"])
    perm = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[perm], np.arange(len(order) + 1))
    rows_todo = np.concatenate([perm[bounds[c]:bounds[c + 1]] for c in todo]) if todo else np.zeros(0, np.int64)
    with_prev = rows_todo[prev_of[rows_todo] >= 0]
    wanted = pd.MultiIndex.from_arrays([
        np.concatenate([tx["article_id"].to_numpy()[rows_todo], tx["article_id"].to_numpy()[with_prev]]),
        np.concatenate([akey[rows_todo], prev_of[with_prev]])])
    # the sentences whose actors' places are needed: a date's side clause, a reporting sentence and the one before
    t_starts = tx["start"].to_numpy(dtype=np.int64)
    aid_arr = tx["article_id"].to_numpy()
    # (the per-row values as lists: an item of a list costs a fraction of a numpy scalar, and of an Index's item)
    at_in = (t_starts - s_start).tolist()
    aid_l, akey_l, prev_l, start_l, end_l = (a.tolist() for a in (aid_arr, akey, prev_of, s_start, s_end))
    todo_rows = rows_todo.tolist()
    clause_of = {r: c for r in todo_rows if (c := _side_clause(sentence[r], at_in[r]))}
    placed = {(aid_l[r], akey_l[r]) for r in todo_rows if prev_l[r] >= 0 or r in clause_of}
    placed.update((aid_l[r], prev_l[r]) for r in with_prev.tolist())
    order_l = order.tolist()
    found = _found_actors(corpus, [order_l[c] for c in todo], mode, actors, gazetteer, seg_aids, run, wanted,
                          placed)
    units: list = [None] * len(order)  # articles already cached need no unit
    cols = [tx[c].tolist() for c in ("sentence_no", "start", "end", "text", "type", "value", "where")]
    for c in todo:
        aid = order_l[c]
        rows = []
        for i, r in enumerate(perm[bounds[c]:bounds[c + 1]].tolist()):
            acts = None if found is None else found.get((aid, akey_l[r]), [])
            if acts is not None and prev_l[r] >= 0:  # the previous sentence's actors first
                acts = _merged_actors(found.get((aid, prev_l[r]), []), acts)
            rows.append((i, cols[0][r], start_l[r], end_l[r], sentence[r], cols[1][r], cols[2][r],
                         cols[3][r], cols[4][r], cols[5][r], cols[6][r], acts, clause_of.get(r)))
        units[c] = (aid, pubs[c], rows)
    out = run_stage(stage, units, keys, store=store, progress=run.get("progress"),
                    **engine_options(run.get("engine", "local"), run.get("workers", 0), run.get("scheduler", "")))[
        "events"]
    if out.empty:
        return _empty_events()
    pos = perm[bounds[order.get_indexer(out["article_id"])] + out["_i"].to_numpy()]
    if not (np.diff(pos) > 0).all():  # back in the order of the dates table
        out = out.iloc[np.argsort(pos, kind="stable")]
    out = out.drop(columns=["_i"]).reset_index(drop=True)
    for c in _LIST_COLUMNS:  # lists read back from the cache are arrays
        out[c] = [v if isinstance(v, list) else list(v) for v in out[c]]
    out["lag_days"] = out["lag_days"].astype("Int64")
    return out[EVENT_COLUMNS]


def _sentence_rows(sentences: pd.DataFrame, article_ids: pd.Series, sentence_nos: np.ndarray) -> np.ndarray:
    """The row of ``sentences`` holding each (article_id, sentence_no), the last of its number when one
    repeats; -1 where none does."""
    keys = pd.MultiIndex.from_arrays([sentences["article_id"], sentences["sentence_no"].to_numpy(dtype=np.int64)])
    last = np.flatnonzero(~keys.duplicated(keep="last"))
    at = keys[last].get_indexer(pd.MultiIndex.from_arrays([article_ids, sentence_nos]))
    rows = np.full(len(at), -1, dtype=np.int64)
    rows[at >= 0] = last[at[at >= 0]]
    return rows


def _found_actors(corpus: Corpus, aids: list[str], mode: str, actors, gazetteer, segments: set, run: dict,
                  wanted_sentences: pd.MultiIndex | None = None,
                  placed: set | None = None) -> dict[tuple[str, int], list[tuple]] | None:
    """``{(article_id, sentence number): [(actor, type), ...]}``, for the sentences in ``placed`` ``[(actor, type,
    starts), ...]`` (``starts``: the offsets of its mentions in the source), for the articles ``aids`` (and only the
    sentences ``wanted_sentences`` when given), None when names are guessed instead. With a gazetteer the
    actors are found here (:func:`_gazetteer_actors`), for these articles only, and in the captions and headers
    of those of ``segments``."""
    if mode == "names":
        return None
    if mode == "gazetteer":
        if not aids:
            return {}
        actors = _gazetteer_actors(corpus, aids, gazetteer, segments, run, wanted_sentences)  # (cut to them)
    else:
        actors = actors[actors["article_id"].isin(set(aids))]
        if wanted_sentences is not None and len(actors):  # only the dated sentences' actors are needed
            at = pd.MultiIndex.from_arrays([actors["article_id"], actors["sentence_no"].astype("int64")])
            actors = actors[at.isin(wanted_sentences)]
    by_sentence: dict[tuple[str, int], list] = {}
    places: dict[tuple[str, int], dict[tuple[str, str], list[int]]] = {}
    snos = actors["sentence_no"].to_numpy(dtype=np.int64).tolist()
    for aid, sno, actor, typ, start in zip(actors["article_id"].tolist(), snos, actors["actor"].tolist(),
                                           actors["type"].tolist(), actors["start"].tolist(), strict=True):
        key = (aid, sno)
        if placed and key in placed:
            places.setdefault(key, {}).setdefault((actor, typ), []).append(int(start))
            continue
        lst = by_sentence.get(key)
        if lst is None:
            by_sentence[key] = [(actor, typ)]
        elif (actor, typ) not in lst:
            lst.append((actor, typ))
    for k, d in places.items():
        by_sentence[k] = [(a, t, tuple(st)) for (a, t), st in d.items()]
    return by_sentence


def _merged_actors(first: list, then: list) -> list:
    """Two sentences' actors (:func:`_found_actors`' triples) as one list: ``first``'s, then ``then``'s new
    ones, an actor in both with the places of both."""
    out = {(a, t): list(starts) for a, t, starts in first}
    for a, t, starts in then:
        out.setdefault((a, t), []).extend(starts)
    return [(a, t, tuple(starts)) for (a, t), starts in out.items()]


# When the articles whose actors are wanted hold at least this share of the sentences, their actors are
# taken from the whole corpus's mention table (the same per-article stage, cached, and shared with the
# actors notebook) instead of a copy of the corpus's tables cut to them.
_WHOLE_SHARE = 0.9


def _gazetteer_actors(corpus: Corpus, aids: list[str], gazetteer, segments: set, run: dict,
                      wanted_sentences: pd.MultiIndex | None) -> pd.DataFrame:
    """The gazetteer's actors in the sentences ``wanted_sentences`` (all when None) of the articles ``aids``,
    and in the captions and headers of the articles of ``segments`` (those with a date outside the story's
    sentences: the others' would be left out with the sentences not wanted, and finding them costs as much as the
    sentences' actors; only those of ``wanted_sentences`` too, the k-th segment's number -1 - k): the rows of
    ``actors.mentions(..., labels=False)`` (article_id, sentence_no, start, end, actor, type, ... in its
    order), then those of :func:`_segment_actors`.

    They are taken from the actors notebook's table (``labels=True``, the same cached stage, so a run of
    both notebooks finds the mentions once), which keeps beside it the role mentions that a label or a
    coreference mention hides (``_mention_table(..., hidden=True)``). Name and surname mentions are the same
    with or without labels (a name inside a coreference mention is kept hidden, and is a name here);
    coreference mentions exist only with labels, and are left out; the role
    mentions without labels are the table's roles and the hidden ones: the same rows as finding every
    mention without labels, without finding them again."""
    from .actors import _HIDDEN, _HIDDEN_NAME, _mention_table

    wanted = set(aids)
    sents, arts, reps = corpus.sentences, corpus.articles, corpus.repairs
    in_wanted = sents["article_id"].isin(wanted).to_numpy()
    whole = in_wanted.all() or in_wanted.mean() >= _WHOLE_SHARE
    if not whole:
        sents, arts, reps = (t[t["article_id"].isin(wanted)] for t in (sents, arts, reps))
        sents = sents.reset_index(drop=True)
    full = _mention_table(sents, gazetteer, articles=arts, repairs=reps, hidden=True, **run)
    match = full["match"].to_numpy(dtype=object)
    keep = match != "coreference"
    if wanted_sentences is not None and len(full):
        at = pd.MultiIndex.from_arrays([full["article_id"], full["sentence_no"].astype("int64")])
        keep &= at.isin(wanted_sentences)
    elif whole and not in_wanted.all():
        keep &= full["article_id"].isin(wanted).to_numpy()
    full = full[keep]
    hidden = (full["match"] == _HIDDEN).to_numpy()
    if hidden.any():
        full = full.assign(match=full["match"].where(~hidden, "role"))
    hidden = (full["match"] == _HIDDEN_NAME).to_numpy()
    if hidden.any():
        full = full.assign(match=full["match"].where(~hidden, "name"))
    found = [full]
    if with_segments := wanted & segments:
        segs = corpus.segments[corpus.segments["article_id"].isin(with_segments)]
        seg_actors = _segment_actors(segs, sents, arts, gazetteer, **run)
        if wanted_sentences is not None and len(seg_actors):  # (the sentences' rows are cut to them above)
            at = pd.MultiIndex.from_arrays([seg_actors["article_id"], seg_actors["sentence_no"].astype("int64")])
            seg_actors = seg_actors[at.isin(wanted_sentences)]
        found.append(seg_actors)
    return pd.concat(found, ignore_index=True)


def _strong(names: list[str], types: list[str]) -> set[str]:
    """Actors specific enough to identify an event: people, organizations, names (not countries/places)."""
    return {n for n, t in zip(names, types, strict=True) if t not in ("country", "place")}


# A feature (actor or key word) held by the mentions of more than this share of the articles, and of at
# least COMMON_MIN articles, is common: its inverse document frequency, log(articles / its articles), is
# below log(1 / COMMON_SHARE), and it says little about which event a mention reports (in a corpus on one
# story, "China", "Putin", "Chinese" are in most of them). Common key words and common actors of any kind
# are no evidence; a common person or organization still is between mentions of one day or finer, where
# "Putin" and the same day say much, but not between coarser ones ("this week", "last year").
COMMON_SHARE = 0.2
COMMON_MIN = 10
# A coarser mention whose actor's finer mentions inside its period are in up to this many events joins the one
# sharing the most of its actors (:func:`_join_nested`); in more, it stays apart.
MAX_NESTED = 3
# Mentions of this rank (:data:`GRANULARITY_RANK`) or finer are fine: a day, a part of a day, a time.
FINE_RANK = 1


class Common(NamedTuple):
    """The common actors and key words of a mentions table (:func:`_common_features`)."""

    actors: frozenset = frozenset()
    keywords: frozenset = frozenset()


NO_COMMON = Common()


def _common_features(m: pd.DataFrame, keywords: list | None = None) -> Common:
    """The actors and key words held by the mentions of more than :data:`COMMON_SHARE` of the articles
    (and of at least :data:`COMMON_MIN`): by their document frequency over the articles of ``m``. Key words
    as :func:`_translated` gives them; ``keywords``: those of ``m``'s rows, so given already."""
    n = m["article_id"].nunique() if len(m) else 0
    if n < COMMON_MIN:
        return NO_COMMON
    limit = max(COMMON_MIN, int(COMMON_SHARE * n) + 1)
    if keywords is None:
        keywords = [_translated(k) for k in m["keywords"].tolist()]
    # each article's rows together (the rows come by period): its actors and words as one set each, made and counted
    # in C (a set per slice of the rows, one count over all the sets), not a Python step per row and per article
    codes, _ = pd.factorize(m["article_id"], use_na_sentinel=False)
    order = np.argsort(codes, kind="stable")
    spans = equal_runs(codes[order])
    order = order.tolist()
    acts = m["actors"].tolist()
    acts, kws = [acts[k] for k in order], [keywords[k] for k in order]
    actors = Counter(chain.from_iterable(set(chain.from_iterable(acts[a:b])) for a, b in spans))
    words = Counter(chain.from_iterable(set(chain.from_iterable(kws[a:b])) for a, b in spans))
    return Common(frozenset(a for a, c in actors.items() if c >= limit),
                  frozenset(k for k, c in words.items() if c >= limit))


def _evidence(actors: list[str], types: list[str], keywords: list[str], rank: float,
              common: Common) -> tuple[set[str], set[str], set[str]]:
    """What a mention brings as evidence that it reports the same event as another: its specific actors
    (:func:`_strong`; common ones only when the mention is fine, :data:`FINE_RANK`), its actors of any
    kind that are not common (none when it is coarser: a country or a city and one word do not tie "last
    year" to anything), and its key words that are not common."""
    strong = _strong(actors, types)
    if rank > FINE_RANK:
        strong = strong.difference(common.actors)
        any_ = set()
    else:
        any_ = set(actors).difference(common.actors)
    return strong, any_, set(_translated(keywords)).difference(common.keywords)


def _linked_directly(a, b, common: Common = NO_COMMON) -> bool:
    """Do two event mentions (rows) report the same event by themselves (phase 1 of :func:`_merge_roots`)?

    Their periods are the same, or overlap without one holding the other and are of the same granularity
    (its rank in :data:`GRANULARITY_RANK`), or are adjacent days (a two-day summit), and they share a
    specific actor (a person or organization) with, for overlapping periods, a shared key word, for
    adjacent days two; or they have the same value and two key words in common (or one, and any actor).
    Mentions coarser than a month ("in 2023") link only with the same value, and by key words only when
    two are shared and one of them is a number (:func:`_numbers`: "$240 billion" and "$240 млрд"): "trade",
    "reached" and "billion" are shared by every year's trade figures.

    Actors and key words count as :func:`_evidence` says, with ``common`` the corpus's common features
    (:func:`_common_features`): no common key word or common actor counts, but for a common person or
    organization between mentions of a day or finer; and a mention coarser than a day ("this week",
    "last month", "in 2023") needs a specific actor or two key words: an actor of any kind and one word
    are not enough.

    A period strictly inside the other (a day in "last week", a week in "in March") never links here, even
    with a shared key word: the coarser mention may mean any of the finer events of its period, and words
    such as "talks" or "visit" are shared by several of them as readily as the actor is. Such pairs are
    left to :func:`_nested_actors` and phase 2, which joins a coarser mention to a finer event only when it
    can mean no other.

    Periods of different granularity that overlap without one holding the other (a week from March 27 to
    April 2 and "in April") never link either, here or in phase 2: the week is in neither month for sure,
    and as it shares words with each, linking it would chain the two months (and all they hold) into one
    event. Calendar weeks, months and days tile, so two periods of one granularity overlap only when they
    are the same; the overlap rule is for periods given otherwise (seven days to a date, say).
    """
    gap = (_day(b.period_start) - _day(a.period_end)).days
    gap2 = (_day(a.period_start) - _day(b.period_end)).days
    ga, gb = GRANULARITY_RANK.get(a.granularity, 9), GRANULARITY_RANK.get(b.granularity, 9)
    same = a.value == b.value
    if max(ga, gb) > FINE_ENOUGH and not same:
        return False
    strong_a, any_a, kw_a = _evidence(a.actors, a.actor_types, a.keywords, ga, common)
    strong_b, any_b, kw_b = _evidence(b.actors, b.actor_types, b.keywords, gb, common)
    strong = strong_a & strong_b
    kw = len(kw_a & kw_b)
    if gap > 0 or gap2 > 0:  # disjoint periods: only adjacent days of one event
        return max(gap, gap2) == 1 and ga <= 1 and gb <= 1 and bool(strong) and kw >= 2
    shared_any = any_a & any_b
    equal = (a.period_start, a.period_end) == (b.period_start, b.period_end)
    nested = _within(a, b) or _within(b, a)
    if strong and (same or equal or (kw >= 1 and not nested and ga == gb)):
        return True
    if max(ga, gb) > FINE_ENOUGH:  # "in 2023", "last year": words tie two only with a figure both give
        shared_kw = kw_a & kw_b
        return same and kw >= 2 and any(k[:1].isdigit() for k in shared_kw)
    return same and (kw >= 2 or (bool(shared_any) and kw >= 1))


def _within(inner, outer) -> bool:
    """Is ``inner``'s period strictly inside ``outer``'s (inside it and not the same period)?"""
    return (outer.period_start <= inner.period_start and inner.period_end <= outer.period_end
            and (inner.period_start, inner.period_end) != (outer.period_start, outer.period_end))


def _nested_actors(inner, outer) -> set[str]:
    """The specific actors (:func:`_strong`) that two mentions no coarser than a month share when
    ``inner``'s period is strictly inside ``outer``'s: the pairs phase 2 of :func:`_merge_roots` weighs
    (empty: not such a pair)."""
    if max(GRANULARITY_RANK.get(inner.granularity, 9), GRANULARITY_RANK.get(outer.granularity, 9)) > FINE_ENOUGH:
        return set()
    if not _within(inner, outer):
        return set()
    return _strong(inner.actors, inner.actor_types) & _strong(outer.actors, outer.actor_types)


def _merge_roots(m: pd.DataFrame) -> list[int]:
    """The event of each mention (rows sorted as in :func:`timeline`): a representative mention's index.

    Two phases, each found without comparing pairs but equal to comparing every pair of mentions inside a
    block of :func:`_candidate_blocks`:

    Actors and key words count as :func:`_evidence` says (common ones, :func:`_common_features`, do not,
    but for a common person or organization between mentions of a day or finer; a coarser mention's
    countries and places do not either).

    1. Direct links (:func:`_linked_directly`), joined transitively. Per pair of mentions ``i``, ``j``:

       * the same value: linked when they share a specific actor (:func:`_strong`); or when they share a key
         word ``k`` (a number, for values coarser than a month) and another feature (a key word or, both a
         day or finer, any actor), provided ``k`` is held by at most
         :data:`MAX_BLOCK` mentions of that value, or both name an actor and at most :data:`MAX_BLOCK`
         mentions of that value do;
       * different values, both no coarser than a month, sharing a specific actor: linked when their
         periods are the same, or are of the same granularity and overlap without either holding the
         other and they share a key word, or are consecutive days (both a day or finer) and they share two
         key words (words of saying, :data:`_SAYING_WORDS`: "said", "told", "сообщил", "пишут", not counted;
         "announced" is counted, what was announced being the event). A week across two months is linked to
         neither month.

    2. Nesting, on the events of phase 1 as they stand after it (a snapshot, so the order mentions are
       visited in changes nothing). A mention ``j`` counts for a phase-1 event ``A`` when, for an actor
       ``a`` of :func:`_nested_actors`, ``j``'s period is strictly inside that of a mention of ``A`` and
       no mention of ``a`` lies strictly inside ``j``'s period: only ``a``'s finest mentions count, so
       for "in March" holding "last week" and "March 20" of one actor, the week, which holds the day, is
       no second candidate beside it. When the mentions counting for ``A`` outside it are all in one
       event, ``A`` joins it; when they are in several, ``A`` stays apart, since it cannot tell which one
       it means. So a coarse mention never bridges two finer events: every event joins at most one other
       in this phase, so two events that join none (days, which hold no finer mention) never end up in
       one. The decision is the phase-1 event's, not each mention's: two mentions of "last week",
       joined in phase 1, one naming Putin and one Xi, would otherwise join Putin's Monday and Xi's
       Thursday to each other. Here every specific actor counts, common or not: the rule itself asks for
       one candidate. A period's mentions may be in several phase-1 events (a common actor's "last
       month"); each decides alone.

    Phase 1 joins mentions sharing a value and an actor at once; an actor's mentions of one period are
    joined, and periods are then compared as wholes (overlap, and shared words per granularity) or, for
    consecutive days, row by row; and the key-word blocks of a value are only walked while the value's
    mentions are not all joined yet, each block only while its members are not. Phase 2 walks, per actor,
    the periods inside each of its periods, and stops at an event's second candidate. Near-linear in the
    mentions and their words.
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
    keywords = [_translated(k) for k in keywords]  # "vetoed" and "вето" as one word
    rank_of = {g: GRANULARITY_RANK.get(g, 9) for g in m["granularity"].unique()}
    rank = [rank_of[g] for g in m["granularity"].tolist()]
    day_of = {s: _day(s).toordinal() for s in set(m["period_start"].unique()) | set(m["period_end"].unique())}
    starts = [day_of[s] for s in m["period_start"].tolist()]
    ends = [day_of[s] for s in m["period_end"].tolist()]

    # what each mention brings as evidence (:func:`_evidence`): specific actors, other actors, key words
    common = _common_features(m, keywords)
    named: list[list[str]] = [[]] * n  # its actors that count (not common; none when coarser than a day)
    if common.keywords:
        keywords = [[k for k in kws if k not in common.keywords] for kws in keywords]
    first: dict[tuple, int] = {}
    fine_by_actor: dict[str, list[int]] = {}  # every specific actor, for phase 2
    linked_by_actor: dict[str, list[int]] = {}  # the specific actors that count, for phase 1
    for i in range(n):
        if not types[i]:
            continue
        strong = _strong(actors[i], types[i])
        counted = strong
        if rank[i] > FINE_RANK:
            counted = strong.difference(common.actors) if common.actors else strong
        else:
            named[i] = [a for a in actors[i] if a not in common.actors] if common.actors else actors[i]
        for a in counted:  # the same value and a specific actor
            union(first.setdefault((values[i], a), i), i)
        if rank[i] <= FINE_ENOUGH:
            for a in strong:
                fine_by_actor.setdefault(a, []).append(i)
            for a in counted:
                linked_by_actor.setdefault(a, []).append(i)
    for rows in linked_by_actor.values():
        _link_periods(rows, starts, ends, rank, keywords, find, union)

    by_value: dict[str, list[int]] = {}
    for i, v in enumerate(values):
        by_value.setdefault(v, []).append(i)
    marked: dict[int, list[str]] = {}  # a mention's actors as features (a leading NUL: no actor is a word)
    for rows in by_value.values():
        if len(rows) < 2 or _joined(rows, find):
            continue
        coarse = rank[rows[0]] > FINE_ENOUGH  # words link its mentions only with a shared number (a figure)
        blocks: dict[str, list[int]] = {}
        for i in rows:
            for k in keywords[i]:
                if not coarse or k[:1].isdigit():
                    blocks.setdefault(k, []).append(i)
        few = sum(1 for i in rows if named[i]) <= MAX_BLOCK  # the value's block of mentions naming actors
        for k, block in blocks.items():
            if len(block) > MAX_BLOCK:  # a common word: only mentions naming actors are compared, if few
                block = [i for i in block if named[i]] if few else []
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
                if named[i]:
                    f.update(marked[i] if i in marked else marked.setdefault(i, ["\0" + a for a in named[i]]))
            if len(feats) < 2:
                continue
            holder: dict[str, int] = {}
            for r, f in feats.items():
                f.discard(k)
                for x in f:
                    h = holder.setdefault(x, r)
                    if h != r:
                        union(h, r)
    _join_nested(fine_by_actor.values(), starts, ends, find, union, actors, types, m["sentence"].tolist())
    return [find(i) for i in range(n)]


def _joined(rows: list[int], find) -> bool:
    r = find(rows[0])
    return all(find(i) == r for i in rows)


def _link_periods(rows: list[int], starts: list[int], ends: list[int], rank: list, keywords: list, find,
                  union) -> None:
    """Phase-1 links among one specific actor's mentions no coarser than a month (``rows``, sorted by
    period; ``rank``: each mention's rank in :data:`GRANULARITY_RANK`): one period's mentions are joined;
    two periods are joined when overlapping, neither inside the other, and two of their mentions of the
    same granularity share a key word, or when consecutive days and two of their mentions share two
    (words of saying not counted).
    Periods one inside the other are left to :func:`_join_nested`; periods of different granularity
    overlapping only in part (a week across two months) are never joined."""
    groups = []  # (start, end, first row, key words by rank, rows)
    for i in rows:
        if groups and groups[-1][0] == starts[i] and groups[-1][1] == ends[i]:
            g = groups[-1]
            union(g[2], i)
            g[3].setdefault(rank[i], set()).update(keywords[i])
            g[4].append(i)
        else:
            groups.append((starts[i], ends[i], i, {rank[i]: set(keywords[i])}, [i]))
    for x, (sx, ex, rx, kx, mx) in enumerate(groups):
        for y in range(x + 1, len(groups)):
            sy, ey, ry, ky, my = groups[y]
            if sy > ex + 1:
                break
            if find(rx) == find(ry):
                continue
            if ey <= ex or (sy == sx and ex <= ey):  # one inside the other: phase 2 decides
                continue
            if sy <= ex:  # overlapping: a shared word between mentions of one granularity
                if any(r in ky and not words.isdisjoint(ky[r]) for r, words in kx.items()):
                    union(rx, ry)
            elif sx == ex and sy == ey and _two_words_shared(mx, my, keywords):  # consecutive days
                union(rx, ry)


def _join_nested(by_actor, starts: list[int], ends: list[int], find, union, actors: list | None = None,
                 types: list | None = None, sentences: list | None = None) -> None:
    """Phase 2 of :func:`_merge_roots`: each phase-1 event joins the one event its actors' finest mentions
    strictly inside its periods are in, if they are in one. If they are in two or three, and each of them
    names every specific actor (:func:`_strong`) of the phase-1 event, it joins the one sharing the most of
    its actors of any kind (``actors``, ``types``: each mention's; places and countries too), when one shares
    more than each other: "When Putin landed in Beijing last week" joins Putin's day in Beijing, not his next
    day in Harbin; "von der Leyen told Xi during his visit" this month joins neither of Xi's days with
    Putin, which do not name her. An event that :func:`_venues` puts somewhere (``sentences``: each
    mention's) never joins one put elsewhere only: "Dong Jun met Belousov in Moscow last month" is not the
    summit held in Beijing that month, whoever else it names. ``by_actor``: per specific actor, its
    mentions no coarser than a month, sorted by period (one period's may be in several phase-1 events:
    "last month" with a common actor links to nothing in phase 1). A period overlapping another only in
    part is not inside it: a week from March 27 to April 2 is a candidate for neither "in March" nor "in
    April"."""
    target: dict[int, list[int] | None] = {}  # phase-1 event: the events seen (at most MAX_NESTED; None after more)
    for rows in by_actor:
        events: dict[tuple[int, int], list[int]] = {}  # period: the phase-1 events of its mentions
        for i in rows:
            got = events.setdefault((starts[i], ends[i]), [])
            r = find(i)  # no union yet: every find reads the phase-1 events
            if r not in got:
                got.append(r)
        periods = sorted(events, key=lambda p: (p[0], -p[1]))  # a period before those inside it
        holds = [False] * len(periods)  # holds another of the actor's periods: not the finest
        for x, (_, ex) in enumerate(periods):
            for y in range(x + 1, len(periods)):
                sy, ey = periods[y]
                if sy > ex:
                    break
                if ey <= ex:
                    holds[x] = True
                    break
        for x, (_, ex) in enumerate(periods):
            if not holds[x]:
                continue
            # the events of the finest periods inside: MAX_NESTED + 2 tell as much as more (each event of
            # the period, whichever it is, sees more than MAX_NESTED others)
            inside: list[int] = []
            for y in range(x + 1, len(periods)):
                sy, ey = periods[y]
                if sy > ex or len(inside) >= MAX_NESTED + 2:
                    break
                if ey > ex or holds[y]:  # overlapping only, or not the finest
                    continue
                for t in events[periods[y]]:
                    if t not in inside:
                        inside.append(t)
                        if len(inside) >= MAX_NESTED + 2:
                            break
            for r in events[periods[x]]:
                seen = target.setdefault(r, [])
                if seen is None:
                    continue
                for t in inside:
                    if t == r or t in seen:
                        continue
                    if len(seen) == MAX_NESTED:
                        target[r] = None  # too many to choose from
                        break
                    seen.append(t)
    held: dict[int, tuple[set, set, set]] = {}  # a phase-1 event's actors of any kind, specific ones, venues
    if actors is not None and types is not None and any(target.values()):
        wanted = {x for r, ts in target.items() if ts for x in (r, *ts)}
        for i, acts in enumerate(actors):
            r = find(i)
            if r in wanted:
                got = held.setdefault(r, (set(), set(), set()))
                got[0].update(acts)
                if types[i]:
                    got[1].update(_strong(acts, types[i]))
                    if sentences is not None and "place" in types[i]:
                        got[2].update(_venues(acts, types[i], sentences[i]))
    none: tuple[set, set, set] = (set(), set(), set())
    for r, ts in target.items():
        if not ts:
            continue
        mine, specific, venues = held.get(r, none)
        # an event said to be somewhere else is another event ("met in Moscow last month")
        fit = [t for t in ts if not (venues and (theirs := held.get(t, none)[2]) and venues.isdisjoint(theirs))]
        if len(ts) == 1:
            if fit:
                union(r, ts[0])
        elif fit:
            if not all(specific <= held.get(t, none)[0] for t in fit):
                continue  # it names someone one of them does not: maybe another event of its period
            shared = sorted((len(mine & held.get(t, none)[0]), t) for t in fit)
            if len(shared) == 1 or shared[-1][0] > shared[-2][0]:
                union(r, shared[-1][1])


# A place where the sentence puts what it reports: "met ... in Moscow", "talks at Zhongnanhai", "In Beijing, ...":
# "in" or "at" not after a letter or digit, the place's name not followed by one
_VENUE = r"(?<![^\W_])(?:[Ii]n|[Aa]t) {}(?![^\W_])"


def _venues(actors: list[str], types: list[str], sentence: str) -> set[str]:
    """The places (actors of type "place") that ``sentence`` says something happened in: named right
    after "in" or "at" ("Dong Jun met Belousov in Moscow last month" -> {"Moscow"}). A city standing for its
    government ("Moscow's troops", "Beijing said") is no venue; neither is a country ("in Ukraine": where a
    war is, not a meeting). Empty when the sentence names its places otherwise (inflected Russian names
    too): no venue is no evidence either way."""
    # the pattern holds "n " or "t " and the name as written ("in Moscow", "At Moscow"): a substring test says
    # no for most places named, before the pattern (which opens with a look-behind, tried at every position)
    return {a for a, t in zip(actors, types, strict=False) if t == "place" and a in sentence
            and ("n " + a in sentence or "t " + a in sentence) and _venue_regex(a).search(sentence)}


@functools.lru_cache(maxsize=4096)
def _venue_regex(place: str) -> re.Pattern:
    """:data:`_VENUE` for ``place``, compiled once."""
    return re.compile(_VENUE.format(re.escape(place)))


# Words that only say who said or reported something ("said", "reported", "сообщил", "заявили"): two reports of
# consecutive days share them whatever the days' events, so they are no evidence that the days' mentions are one
# event ("Лавров сегодня провёл переговоры ..., сообщили в российском ведомстве" and "Завтра Лаврова примет Си
# Цзиньпин, сообщил источник в российской делегации" are two events, a day apart). (Russian ones as _keywords
# gives them: stripped of a case ending, "говорится" -> "говоритс".) Not "announced": what is announced (sanctions,
# a visit, a mobilization) is the event itself, and two outlets dating one announcement a day apart share it
# as they share "signed" (as "объявил" was never listed).
_SAYING_WORDS = frozenset(
    "said says saying told tells telling reported reports according added stated quoted noted wrote writes".split()
    + [_ru_stem(w) for w in "сообщил сообщает сообщают заявил заявляет заявляют сказал отметил добавил передает "
       "рассказал пояснил подчеркнул пишет пишут говорится сообщается".split()])


def _two_words_shared(a: list[int], b: list[int], keywords: list) -> bool:
    """Does a mention of ``a`` share two key words with one of ``b``, words of saying (:data:`_SAYING_WORDS`)
    not counted?"""
    holders: dict[str, list[int]] = {}
    for j in b:
        for k in set(keywords[j]).difference(_SAYING_WORDS):
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


def _candidate_blocks(rows, common: Common = NO_COMMON) -> list[tuple[tuple, list[int]]]:
    """Groups of mention indexes that may be linked: the same specific actor that counts (:func:`_evidence`),
    or the same value and a shared key word, or the same value and actors that count (``"actor"``,
    ``"word"``, ``"value"`` blocks, for direct links); and the same specific actor, common or not, between
    mentions no coarser than a month (``"nest"`` blocks, for nesting). Pairs are only ever compared inside a
    block, so merging stays near-linear."""
    blocks: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        rank = GRANULARITY_RANK.get(r.granularity, 9)
        coarse = rank > FINE_ENOUGH
        strong, any_, words = _evidence(r.actors, r.actor_types, r.keywords, rank, common)
        for a in sorted(strong):
            blocks.setdefault(("actor", a, r.value if coarse else ""), []).append(i)
        if not coarse:
            for a in sorted(_strong(r.actors, r.actor_types)):
                blocks.setdefault(("nest", a), []).append(i)
        for k in sorted(words):
            blocks.setdefault(("word", r.value, k), []).append(i)
        if any_:
            blocks.setdefault(("value", r.value), []).append(i)
    return [(key, b) for key, b in blocks.items()
            if len(b) > 1 and (key[0] in ("actor", "nest") or len(b) <= MAX_BLOCK)]


# A clause that describes something named before it, opening an apposition or a relative clause: ", a university
# sanctioned by the U.S. government in 2020", ", which Moscow annexed in 2014", ", where the two met in 2019",
# "..., который был подписан в 2001 году"
_SIDE_CLAUSE = re.compile(r"(?:a|an|which|who|whose|whom|where|when|once|itself|himself|herself|"
                          r"который|которая|которое|которые|которого|которой|которых|где|когда)\b", re.IGNORECASE)


# A separator of _clauses followed by a word opening a side clause: most sentences have none (one scan finds so)
_SIDE_GATE = re.compile(r"(?:[,;:–—]\s|\s[–—]\s)" + _SIDE_CLAUSE.pattern, re.IGNORECASE)


# An opening phrase naming what comes after the rest of the sentence: "Ahead of the peace conference in Switzerland
# next month, Xi called for ...", "Before the summit on Thursday, ...", "Накануне визита в Пекин 16 мая ...": the date
# is the phrase's event, not the main clause's (which happened before it). "After", "following" and "during" are
# not here: what follows them is mostly of the same day ("After talks on Tuesday, the two leaders signed ...").
_BEFORE_OPENING = re.compile(r"\s*(?:ahead of|before|prior to|in the (?:run|lead)[- ]up to|накануне|перед|в преддверии|"
                             r"в канун)\s", re.IGNORECASE)


# A clause placing the sentence's event by another one, a counted time away: "..., a day after Xi and Putin met in
# Moscow", "..., hours before Xi set off for Moscow", "Two days before the vote, ...", "..., на следующий день после
# переговоров", "..., за день до саммита". That other event is dated elsewhere (or not at all); its actors and words
# are not the date's event's, and linking by them chains the events of consecutive days into one. A bare "after"
# or "before" ("After talks on Tuesday, the leaders signed ...") is no such clause: what follows it is mostly of
# the same day, and is the date's own (see _BEFORE_OPENING).
_ANCHOR_GATE = ("after", "before", "ahead of", "после", "до ")
_ANCHOR = re.compile(
    r"(?:(?:just|only|barely|some|about|nearly|less than|more than)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a few|several|\d{1,2}|the)\s+)?(?:hours?|days?|weeks?|months?|years?|morning|evening|night)\s+"
    r"(?:after|before|ahead of)\b"
    r"|(?:на следующий день|через\s+(?:\S+\s+)?(?:час\w*|д(?:ень|ня|ней)|недел\w+|месяц\w*))\s+после\b"
    r"|за\s+(?:\S+\s+)?(?:час\w*|д(?:ень|ня|ней)|недел\w+|месяц\w*)\s+до\b", re.IGNORECASE)


def _side_clause(sentence: str, at: int) -> tuple[int, int] | None:
    """The span of the clause holding offset ``at`` of ``sentence`` when it is a side clause (:data:`_SIDE_CLAUSE`)
    after the first, or an opening phrase of what comes after the rest (:data:`_BEFORE_OPENING`) followed by
    more: its actors and words, not the sentence's, are the date's; else, when another clause places the
    sentence's event by another event (:data:`_ANCHOR`: "..., a day after Xi and Putin met"), the part of the
    sentence on the date's side of that clause; None otherwise."""
    if not 0 <= at < len(sentence):
        return None
    if _BEFORE_OPENING.match(sentence):
        clauses = _clauses(sentence)
        if len(clauses) > 1 and clauses[0][0] <= at < clauses[0][1]:
            return clauses[0]
    if _SIDE_GATE.search(sentence, 0, at) is not None:
        for s, e in _clauses(sentence):
            if s <= at < e:
                if s > 0 and _SIDE_CLAUSE.match(sentence, s):
                    return (s, e)
                break
    if any(map(sentence.lower().__contains__, _ANCHOR_GATE)):  # (map: no generator frame per word)
        return _outside_anchor(sentence, at)
    return None


def _outside_anchor(sentence: str, at: int) -> tuple[int, int] | None:
    """The part of ``sentence`` on the side of offset ``at`` of the nearest clause placing it by another event
    (:data:`_ANCHOR`) that does not hold ``at``: from the sentence's start to that clause (it comes after the
    date), or from its end on (it comes before); None when no such clause, or the date is in one."""
    lo, hi = 0, len(sentence)
    for s, e in _clauses(sentence):
        if not _ANCHOR.match(sentence, s):
            continue
        if s <= at < e:
            return None  # the date is the other event's: "two days after the talks on Tuesday"
        if e <= at:
            lo = max(lo, e)
        elif hi == len(sentence):
            hi = s
    return (lo, hi) if (lo, hi) != (0, len(sentence)) else None


_CLAUSE_BREAK = re.compile(r"[,;:–—]\s|\s[–—]\s")


def _clauses(sentence: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(sentence)))
    return [(s, e) for s, e in spans if e > s]


# A clause that only says who said it ("the ministry said on Tuesday", "according to customs data"), and an
# opening phrase that is no clause ("Last week at the UN General Assembly, ...", "As the President of China
# since 2013, he ..."): not what happened.
_ATTRIBUTION = re.compile(
    r"^(?:according to\b.*|по данным\b.*|.{0,90}\b(?:said|says|told(?: reporters| journalists)?|announced|reported|"
    r"added|noted|stated|confirmed|сообщил[аио]?|заявил[аио]?|рассказал[аио]?|отметил[аио]?)(?:\s+(?:in|at|on)\s+"
    r"[^,]{0,40})?)$", re.IGNORECASE)
_OPENING = re.compile(r"^(?:as|at|in|on|during|ahead of|after|amid|following|like|unlike)\b", re.IGNORECASE)
_THAT = re.compile(r"^(?:that|что)\s+", re.IGNORECASE)  # a reported clause's conjunction, left out of a label
# A sentence that only says who reported "this" (the sentence before it): "Об этом вчера сообщила пресс-служба
# Кремля.", "Об этом она сообщила на брифинге в пятницу, 17 мая.", "This was announced by the ministry on
# Friday.", "The Kremlin confirmed this on Thursday." (not "Putin said that the talks ...": "that" opens news)
_ANAPHORIC_RU = ("об этом", "эту информацию", "такие данные", "эти данные", "информацию об этом")
_ANAPHORIC_EN = ("this", "that", "the news", "the announcement", "the decision", "the move")
_ANAPHORIC = re.compile(
    rf"(?:(?:{'|'.join(_ANAPHORIC_RU)})\s+[^.!?]{{0,100}}?"
    r"\b(?:сообщ\w*|заявил\w*|заявлял\w*|рассказал\w*|отметил\w*|пиш\w+|говорится|переда[её]т|подтвердил\w*|"
    r"объявил\w*|информиру\w*|сказал\w*)\b[^.!?]{0,100}"
    rf"|(?:{'|'.join(_ANAPHORIC_EN)})\s+(?:was|were|has been|had been)\s+"
    r"(?:announced|reported|confirmed|disclosed|made public|revealed)\b[^.!?]{0,120}"
    r"|[^.!?]{1,80}\b(?:announced|reported|said|confirmed|disclosed|revealed)\s+(?:this|so)"
    r"(?:\s+(?:on|in|at|late|early|last|earlier|later|to)\b[^.!?]{0,60})?)[.!?]?", re.IGNORECASE)


def _maybe_anaphoric(sentence: str) -> bool:
    """A cheap test every sentence of :data:`_ANAPHORIC` passes: its opening words, or "this"/"so" after a verb."""
    low = sentence[:40].lstrip().lower()
    return low.startswith(_ANAPHORIC_RU + _ANAPHORIC_EN) or " this" in sentence or " so" in sentence


# Sentences inside a mention's text (the one before a sentence of _ANAPHORIC, then that one)
_SENTENCE_GAP = re.compile(r"(?<=[.!?…»”\"])\s+(?=[«“\"]?[A-ZА-ЯЁ])")


# A date coordinated with the event's date, left out of its phrase with it: "(in 2021) and 2022", "(March 3) or
# March 4", "(в 2022) и 2023 годах"; "in 2021 and (2022)"
_COORD_DATE = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
               r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?|"
               r"(?:19|20)\d{2}(?:\s*(?:годах|годы|году|года|гг?\.))?)")
_COORDINATED_AFTER = re.compile(rf"^\s*,?\s*(?:and|or|и|или)\s+(?:(?:in|on|в)\s+)?{_COORD_DATE}(?!\w)",
                                re.IGNORECASE)
_COORDINATED_BEFORE = re.compile(rf"(?<!\w)(?:(?:in|on|в)\s+)?{_COORD_DATE}\s*,?\s*(?:and|or|и|или)$", re.IGNORECASE)
# The last characters a match of _COORDINATED_BEFORE can end its text with (either case, or a final line break that
# its "$" may stand before): a text ending otherwise holds none, found without trying the pattern at each position
_COORDINATED_END = "dDrRиИ\n"


# A date written inside a noun phrase, before its noun, dates what the noun names: "since the February 2022 invasion
# of Ukraine", "after Russia's 2014 annexation of Crimea", "at the September 2022 summit in Samarkand", "after
# Thursday's talks in Beijing" (:func:`_dated_noun_phrase`). The phrase is a preposition's (so that it is no clause's
# subject, "The July 4 meeting was..."): before the date, a preposition and a determiner or a possessive (only the
# preposition before a date in the possessive); after it (or after its "'s"), a word that is no function word.
_NP_PREPOSITION = (r"(?:^|\s)(?:since|after|before|during|at|in|on|for|following|ahead\s+of|amid|amidst|until|till|"
                   r"over|from|by|with|of|to|into|against|under|despite|through|throughout|like|unlike|about)\s+")
_NP_DETERMINER = r"(?:the|a|an|its|their|his|her|our|[^\W\d_][\w\-]*['’]s)\s*"
_NP_BEFORE = re.compile(_NP_PREPOSITION + _NP_DETERMINER + "$", re.IGNORECASE)
_NP_BEFORE_POSSESSIVE = re.compile(_NP_PREPOSITION + f"(?:{_NP_DETERMINER})?$", re.IGNORECASE)
_NP_HEAD = re.compile(
    r"^(?P<poss>['’]s)?\s+(?!(?:and|or|but|nor|to|of|in|on|at|by|for|with|from|into|after|before|since|until|till|"
    r"through|during|between|against|over|under|than|as|is|are|was|were|be|been|being|has|have|had|do|does|did|will|"
    r"would|shall|should|can|could|may|might|must|when|while|where|which|who|whom|whose|that|this|these|those|it|its|"
    r"he|she|they|we|i|you|there|here|then|also|not|no|so|too|very|only|just|even|already|still|year|years|month|"
    r"months|week|weeks|day|days|ago|later|earlier|onwards|onward|alone)\b)(?=[^\W\d_])", re.IGNORECASE)
# the words that tie a noun to what follows it in its phrase ("invasion of Ukraine", "talks in Beijing"), and those
# a name may follow inside it ("the Power of Siberia", "Xi and Putin")
_NP_LINKS = frozenset("of in at on with to between for from against over by into among across near within".split())
_NP_GLUE = _NP_LINKS | frozenset("the a an and its their his her our this that".split())
# where the noun phrase ends: a clause's punctuation, a relative word, an auxiliary verb
_NP_END = re.compile(r",(?!\d)|[;:()\[\]–—\"“”«»]|\s-\s|\s(?:which|who|whom|whose|where|when|that|while|is|are|was|"
                     r"were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\b")


def _dated_noun_phrase(before: str, after: str) -> str:
    """The noun phrase a date premodifies (see :data:`_NP_BEFORE`), from its noun to the end of the phrase,
    given the text of the date's clause ``before`` and ``after`` the date; '' when the date is not inside a noun
    phrase, or the phrase is no noun with a prepositional phrase after it ("the 2022 agreement", "the 2020s decade
    overall": the clause says more). The phrase ends at a clause's punctuation, a relative word, an auxiliary, or
    a capitalized word or a past form in "-ed" after a common word (the main clause, when no comma marks it)."""
    head = _NP_HEAD.match(after)
    if head is None or not (_NP_BEFORE_POSSESSIVE if head.group("poss") else _NP_BEFORE).search(before):
        return ""
    rest = after[head.end():]
    end = _NP_END.search(rest)
    words = rest[:end.start() if end else len(rest)].split()
    if len(words) < 3 or words[1].lower() not in _NP_LINKS:
        return ""  # a noun and what it is of, with, in...: "invasion of Ukraine"; else the clause says more
    kept = words[:2]
    for w in words[2:]:
        prev = kept[-1]
        if prev.lower() not in _NP_GLUE and ((w[:1].isupper() and not prev[:1].isupper()) or (
                w.endswith("ed") and w.islower())):
            break  # the phrase ended without a comma: "In his 2023 address to parliament Putin praised ties"
        kept.append(w)
    phrase = " ".join(kept).rstrip(" .!?")
    return phrase if len(kept) >= 3 else ""


# What event_phrase cuts off around the date in its clause: the first day of a range the date ends ("June 15-"
# of "June 15-16") and a preposition before it ("On Friday", "На следующий день"); a possessive or a year word
# after it ("Thursday's discussion", "17 мая 2024 г."), and the end of a range it starts ("-16", "-17 мая").
_RANGE_START = re.compile(r"\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?\d{1,2}\s*[-–—]$")
_PREPOSITION_END = re.compile(r"\s*(?<!\w)(?:on|in|at|during|since|until|from|of|by|в|во|на|до|к|с|со)$",
                              re.IGNORECASE)
_POSSESSIVE_OR_YEAR = re.compile(r"^(?:['’]s\b|\s*(?:г\.|гг\.|года\b|году\b|годах\b|годы\b))")
_RANGE_END = re.compile(r"^\s*[-–—]\s*\d{1,2}(?:\s+[^\W\d_]+\.?)?(?!\w)")
_SPACES = re.compile(r"\s+")



def _whole_word(text: str, part: str) -> int:
    """Where ``part`` first occurs in ``text`` with no word character (``\\w``) just before or after it, as
    ``re.search(r"(?<!\\w)" + re.escape(part) + r"(?!\\w)", text)`` finds it; -1 when nowhere. Found with
    ``str.find``: a pattern made per date text would be compiled anew for most of a corpus's dates (re
    keeps 512), at more than the cost of the search."""
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or not WORD_CHAR.match(text, at - 1)) and not WORD_CHAR.match(text, end):
            return at
        at = text.find(part, at + 1)
    return -1


def event_phrase(sentence: str, timex_text: str, *, max_words: int = 12) -> str:
    """A short phrase for an event: the clause holding the date, without the date; or, when that clause
    only says who said it (:data:`_ATTRIBUTION`), the sentence before it (or after it), as when the date is
    in a sentence of its own saying only that (:data:`_ANAPHORIC`: the mention's text then holds the
    sentence before it too); or, when it opens
    the sentence with a phrase that is no clause ("Last week at the UN General Assembly, ...", "As the
    President of China since 2013, ..."), the sentence after it; or, when the clause says little else, the
    sentence's longest clause."""
    # the date as a whole word ("16" of "June 15-16", not of "160 delegations")
    at = _whole_word(sentence, timex_text) if timex_text else -1
    if at < 0:
        at = sentence.find(timex_text)
    gaps = [m.end() for m in _SENTENCE_GAP.finditer(sentence, 0, at)] if at > 0 else []
    if gaps:
        # the date in a sentence that only says who reported the one before it (see _ANAPHORIC): that one
        cut = gaps[-1]
        if _ANAPHORIC.fullmatch(sentence[cut:].strip()):
            return event_phrase(sentence[:cut].rstrip(), "\0", max_words=max_words)  # its longest clause
    clauses = _clauses(sentence)
    chosen = None
    if at >= 0:
        for k, (s, e) in enumerate(clauses):
            if s <= at < e:
                # the first day of a range the date ends ("June 15-" of "June 15-16"), then a preposition ("On
                # Friday", "На следующий день")
                # (each pattern ends the text: tried only when its last character can end a match, since
                # trying one at every position of a long clause to find none is most of the cost)
                before = sentence[s:at].rstrip()
                if before.endswith(("-", "–", "—")):
                    before = _RANGE_START.sub("", before)
                if before[-1:].isalpha() or before.endswith("\n"):  # ($ also matches before a final line break)
                    before = _PREPOSITION_END.sub("", before)
                # "Thursday's discussion"; "17 мая 2024 г."
                after = _POSSESSIVE_OR_YEAR.sub("", sentence[at + len(timex_text):e])
                after = _RANGE_END.sub("", after)  # "-16", "-17 мая"
                # another date coordinated with this one: "in 2021 and 2022", "в 2022 и 2023 годах"
                after = _COORDINATED_AFTER.sub("", after, count=1)
                if before[-1:] in _COORDINATED_END:  # (as above: only where a match can end)
                    before = _COORDINATED_BEFORE.sub("", before, count=1)
                rest = _SPACES.sub(" ", before + " " + after).strip(" .,;:")
                if named := _dated_noun_phrase(sentence[s:at], sentence[at + len(timex_text):e]):
                    chosen = named  # "since the February 2022 invasion of Ukraine": the invasion of Ukraine
                elif _ATTRIBUTION.match(rest) and len(clauses) > 1:
                    head, tail = sentence[:s].strip(" ,;:–—"), sentence[e:].strip(" ,;:–—")
                    chosen = head if len(_WORD.findall(head)) >= 4 or not tail else tail
                elif len(_WORD.findall(rest)) >= 4 or len(_CYR_WORD.findall(rest)) >= 4:
                    chosen = rest
                    if k == 0 and (opener := _BEFORE_OPENING.match(rest)) and len(clauses) > 1:
                        chosen = rest[opener.end():]  # "Ahead of the peace conference next month, ...": the conference
                    elif k == 0 and _OPENING.match(rest) and len(_WORD.findall(sentence[e:])) >= 4:
                        chosen = sentence[e:].strip(" ,;:–—")
                break
    if chosen is None:  # the longest clause that says more than who said it ("..., Мао Нин заявила, что ...")
        pieces = [sentence[s:e] for s, e in clauses]
        told = [c for c in pieces if not _ATTRIBUTION.match(c.strip(" .,;:"))] or pieces
        chosen = _THAT.sub("", max(told, key=lambda c: len(_WORD.findall(c) + _CYR_WORD.findall(c))).lstrip())
    words = _SPACES.sub(" ", chosen).strip(" .,;:“”\"'").split(" ")
    words = [w for w in words if w]
    return " ".join(words[:max_words]) + ("…" if len(words) > max_words else "")


def timeline(mentions: pd.DataFrame, *, min_mentions: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge mentions of the same event: overlapping periods and shared actors or key words.

    Returns ``(events, timeline)``: ``events`` is ``mentions`` with an ``event_id`` column (every mention
    kept, with its provenance); ``timeline`` has one row per event with at least ``min_mentions`` mentions.
    Timeline columns: event_id, date (the most precise value among its mentions), period_start,
    period_end, granularity, label, actors (list), n_mentions, n_articles, article_ids (list),
    first_published, lag_days (first publication minus the event's start), sentences (list).

    Which mentions are linked is said by :func:`_merge_roots`: direct links (:func:`_linked_directly`),
    then a coarser mention ("last week", "in March") joins the finer event of its period and actor only
    when there is one (:func:`_nested_actors`); pairs are only ever compared inside a block of
    :func:`_candidate_blocks`.
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
    acts, pub, aid, sent = cols["actors"], cols["published"], cols["article_id"], cols["sentence"]
    rank_of = {g: GRANULARITY_RANK.get(g, 9) for g in set(gran)}
    labels: dict[tuple[str, str], str] = {}
    events = []
    for eid, g in enumerate(members):
        # most events have one mention, whose own fields are the event's (no count, sort or set of one); the
        # others' fields are gathered into lists first, then counted and sorted in C
        if len(g) == 1:
            i = head = g[0]
            date, p_lo, p_hi = value[i], ps[i], pe[i]
            actors = Counter(acts[i])
            first = pub[i] if pub[i] else ""
            ids = [aid[i]]
            sentences = [sent[i]]
        else:
            ranks = [rank_of[gran[i]] for i in g]
            low = min(ranks)
            finest = [i for i, r in zip(g, ranks, strict=True) if r == low]
            date = Counter([value[i] for i in finest]).most_common(1)[0][0]
            head = next(i for i in finest if value[i] == date)
            p_lo, p_hi = min([ps[i] for i in finest]), max([pe[i] for i in finest])
            if (p_lo, p_hi) != (ps[head], pe[head]):  # e.g. a two-day summit, day by day
                date = f"{p_lo}/{p_hi}"
            actors = Counter(chain.from_iterable([acts[i] for i in g]))
            pubs = [pub[i] for i in g if pub[i]]
            first = min(pubs) if pubs else ""
            ids = sorted({aid[i] for i in g})
            sentences = list(dict.fromkeys([sent[i] for i in g]))
        key = (sent[head], cols["timex_text"][head])
        label = labels.get(key, "") if len(g) >= min_mentions else ""  # events left out below need none
        if len(g) >= min_mentions and key not in labels:
            label = labels[key] = event_phrase(*key)
        events.append({
            "event_id": eid, "date": date, "period_start": p_lo,
            "period_end": p_hi, "granularity": gran[head], "label": label,
            "actors": [a for a, _ in actors.most_common()], "n_mentions": len(g),
            "n_articles": len(ids), "article_ids": ids, "first_published": first,
            "lag_days": (_day(first[:10]) - _day(p_lo)).days if len(first) >= 10 else None,
            "sentences": sentences,
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
    def reason(typ: str, value: str) -> str:
        if typ in ("DURATION", "SET"):
            return typ.lower()
        if value.endswith("_REF"):
            return "vague reference"
        if value_period(value) is None:
            return "no calendar period (publication date unknown or value underspecified)"
        return ""

    pairs = list(zip(timex_table["type"].tolist(), timex_table["value"].tolist(), strict=True))
    of = {p: reason(*p) for p in dict.fromkeys(pairs)}  # a few thousand distinct values among many dates
    out = timex_table.assign(reason=[of[p] for p in pairs])
    return out[out["reason"] != ""].reset_index(drop=True)


def filter_timeline(timeline_table: pd.DataFrame, *, granularity_floor: str = "year",
                    actors: list[str] | tuple[str, ...] = ()) -> pd.DataFrame:
    """Events no coarser than ``granularity_floor`` (day, week, month, season, year, ...) that name at
    least one of ``actors`` (all events when empty). Raises ValueError for an unknown granularity.

    Returns the rows kept of ``timeline_table``, with its columns (the ``timeline`` table: event_id, date,
    period_start, period_end, granularity, label, actors, n_mentions, n_articles, article_ids,
    first_published, lag_days, sentences)."""
    if granularity_floor not in GRANULARITY_RANK:
        raise ValueError(f"granularity_floor must be one of {sorted(GRANULARITY_RANK)}; got {granularity_floor!r}")
    floor = GRANULARITY_RANK[granularity_floor]
    # as numpy booleans: a mapped empty column is of object dtype, which indexing would take for labels
    keep = timeline_table["granularity"].map(lambda g: GRANULARITY_RANK.get(g, 9) <= floor).to_numpy(dtype=bool)
    if actors:
        wanted = set(actors)
        keep = keep & timeline_table["actors"].map(lambda a: bool(wanted & set(a))).to_numpy(dtype=bool)
    return timeline_table.loc[keep].reset_index(drop=True)


def most_reported(timeline_table: pd.DataFrame, *, n: int = 40) -> pd.DataFrame:
    """The ``n`` events with the most mentions (ties: more articles, then earlier), in date order — what a
    timeline figure can show legibly. Returns those rows of ``timeline_table``, with its columns."""
    if len(timeline_table) <= n:
        return timeline_table
    top = timeline_table.sort_values(["n_mentions", "n_articles", "period_start"], ascending=[False, False, True])
    return top.head(n).sort_values(["period_start", "event_id"]).reset_index(drop=True)


def brief(table: pd.DataFrame, *, max_items: int = 3, max_chars: int = 300) -> pd.DataFrame:
    """``table`` for display: list columns cut to their first ``max_items`` items (plus "... (k more)"),
    dates readable (:func:`presslens.plots.readable_date`), text cells to ``max_chars`` characters, so that an event reported by hundreds of articles stays one
    readable row. Returns a copy with the same columns (lists shown as text)."""
    def cut(v):
        return v[:max_chars] + " ..." if isinstance(v, str) and len(v) > max_chars else v

    def shorten(v):
        if not isinstance(v, list | tuple):
            return cut(v)
        more = f" ... ({len(v) - max_items} more)" if len(v) > max_items else ""
        return "; ".join(str(cut(x)) for x in v[:max_items]) + more

    from .plots import readable_date

    out = table.copy()
    for c in out.columns:
        if out[c].map(lambda v: isinstance(v, list | tuple | str)).any():
            out[c] = out[c].map(shorten)
    if "date" in out.columns:  # a TimeML part of day ('2024-05-16TNI') as '2024-05-16 night'
        out["date"] = out["date"].map(readable_date)
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
