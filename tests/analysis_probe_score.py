"""Score presslens's analyses on an analysis probe (tests/data/probes/analysis20, the twentieth session's;
analysis21, analysis22 and analysis23, the twenty-first's to twenty-third's) against the careful reader's expectations
written before presslens ran on it (expected.py next to the articles).

``python tests/analysis_probe_score.py [analysis23]`` prints the figures and every miss (analysis20 by default)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

PROBES = Path(__file__).parent / "data" / "probes"
PROBE = PROBES / "analysis20"


def expected(probe: str = "analysis20") -> dict:
    spec = importlib.util.spec_from_file_location(f"expected_{probe}", PROBES / probe / "expected.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.E


def _word_in(part: str, whole: str) -> bool:
    """``part`` inside ``whole`` as whole words: a mention inside the reference's words, not a word's beginning
    ("Russia" of "Russian president", said by another mention in the sentence, is no answer for it)."""
    import re

    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def score_dates(at, source: str, timex: list[tuple], name: str, misses: list[tuple]) -> tuple[int, int, int]:
    """``(dates, found, right)`` for one article: of its expected date expressions ``timex`` ((expression as
    written, its occurrence in ``source`` counted from 0, TimeML value or list of values)), how many the article's
    rows ``at`` of a timex table overlap, and of those how many with a listed value; each miss is appended to
    ``misses`` as (``name``, kind, what)."""
    found = right = 0
    for text, k, value in timex:
        p = -1
        for _ in range(k + 1):
            p = source.find(text, p + 1)
            assert p >= 0, (name, text, k)
        hit = at[(at["start"] < p + len(text)) & (at["end"] > p)]
        if hit.empty:
            misses.append((name, "date missed", f"{text} ({value})"))
            continue
        found += 1
        values = value if isinstance(value, list) else [value]
        if set(hit["value"]) & set(values):
            right += 1
        else:
            misses.append((name, "date value", f"{text}: want {values[0]}, got {list(hit['value'])}"))
    return len(timex), found, right


def score(cache=False, probe: str = "analysis20") -> tuple[dict, list[tuple]]:
    """(figures, misses): people recall/precision (gazetteer people), references resolved, actors found,
    dates found and their values, glued words repaired, sentence tone agreeing."""
    import presslens as pl
    from presslens import actors, chronology, sentiment
    from presslens.parsing import parse_text

    exp = expected(probe)
    c = pl.read_corpus(PROBES / probe / "articles", progress=False)
    gaz = actors.read_gazetteer()
    kinds = {g["name"]: g["type"] for g in gaz}
    m = actors.mentions(c, gaz, cache=cache)
    tx = chronology.corpus_timexes(c, cache=cache)
    sources = chronology.source_texts(c)
    sents = c.sentences
    scored = sentiment.score_sentences(sents)
    names = set(actors.discover_names(c, gaz, min_count=1, cache=cache)["name"])
    n = dict.fromkeys(("people_exp", "people_hit", "people_found", "people_right", "refs", "refs_ok", "actors",
                       "actors_hit", "other_people", "other_found", "dates", "dates_found", "dates_value",
                       "glued", "glued_ok", "tone", "tone_ok"), 0)
    misses: list[tuple] = []
    for name, e in exp.items():
        aid = name.rsplit(".", 1)[0]
        am = m[m["article_id"] == aid]
        found = set(am.loc[am["type"] == "person", "actor"])
        want = {p for p, _w in e["people"]}
        want_gaz = {p for p in want if kinds.get(p) == "person"}
        n["people_exp"] += len(want_gaz)
        n["people_hit"] += len(found & want_gaz)
        n["people_found"] += len(found)
        n["people_right"] += len(found & want)
        misses += [(name, "person missed", p) for p in sorted(want_gaz - found)]
        misses += [(name, "person not in the story", p) for p in sorted(found - want)]
        for p, written in e["people"]:
            if p not in kinds:
                n["other_people"] += 1
                # (spaces aside: "А.Ю.Руденко" as written is "А.Ю. Руденко" as discovered)
                w = written.replace(" ", "")
                if any(w in x.replace(" ", "") or x.replace(" ", "") in w for x in names if len(x.split()) > 1):
                    n["other_found"] += 1
                else:
                    misses.append((name, "unknown person not discovered", written))
        seen = set(am["actor"])
        known = [a for a in e["actors"] if a in kinds]  # the gazetteer's: others cannot be found by mentions
        n["actors"] += len(known)
        n["actors_hit"] += len(set(known) & seen)
        misses += [(name, "actor missed", a) for a in known if a not in seen]
        asents = sents[sents["article_id"] == aid]
        for ctx, surface, who in e["refs"]:
            n["refs"] += 1
            rows = asents[asents["text"].str.contains(ctx, regex=False)]
            if rows.empty:
                misses.append((name, "reference sentence not found", ctx))
                continue
            sno = rows["sentence_no"].iloc[0]
            here = am[(am["sentence_no"] == sno) & am["text"].map(lambda t, s=surface: s in t or _word_in(t, s)).astype(bool)]
            got = sorted(set(here["actor"]))
            ok = (got == [who]) if who else not any(kinds.get(a) == "person" for a in got)
            n["refs_ok"] += ok
            if not ok:
                misses.append((name, f"reference {surface!r}", f"want {who}, got {got}"))
        src = sources[aid]
        at = tx[tx["article_id"] == aid]
        dates, found, right = score_dates(at, src, e["timex"], name, misses)
        n["dates"] += dates
        n["dates_found"] += found
        n["dates_value"] += right
        if e["glued"]:
            art = parse_text(src)
            for raw, meant in e["glued"]:
                n["glued"] += 1
                s = art.text.find(raw)
                got = art.analysis(s, s + len(raw)) if s >= 0 else ""
                n["glued_ok"] += got == meant
                if got != meant:
                    misses.append((name, "glued word", f"{raw} -> {meant}, got {got!r}"))
        ss = scored[scored["article_id"] == aid]
        for words, sign in e["sentiment"]:
            n["tone"] += 1
            rows = ss[ss["text"].str.contains(words, regex=False)]
            comp = rows["compound"].iloc[0] if len(rows) else float("nan")
            ok = comp >= sentiment.POS_THRESHOLD if sign > 0 else comp <= sentiment.NEG_THRESHOLD
            n["tone_ok"] += bool(ok)
            if not ok:
                misses.append((name, "tone", f"{words!r}: want {sign:+d}, compound {comp}"))
    figures = {
        "people recall": _ratio(n["people_hit"], n["people_exp"]),
        "people precision": _ratio(n["people_right"], n["people_found"]),
        "references right": _ratio(n["refs_ok"], n["refs"]),
        "actors recall (gazetteer actors)": _ratio(n["actors_hit"], n["actors"]),
        "unknown people discovered": _ratio(n["other_found"], n["other_people"]),
        "date recall": _ratio(n["dates_found"], n["dates"]),
        "date value accuracy": _ratio(n["dates_value"], n["dates_found"]),
        "glued repaired": _ratio(n["glued_ok"], n["glued"]),
        "tone agreement": _ratio(n["tone_ok"], n["tone"]),
    }
    figures["counts"] = n
    return figures, misses


if __name__ == "__main__":
    import sys

    figs, miss = score(probe=sys.argv[1] if len(sys.argv) > 1 else "analysis20")
    for k, v in figs.items():
        print(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}")
    for x in miss:
        print(*x, sep=" | ")


def figure_tests(probe: str, floors: dict[str, float], *, scorer=None):
    """A probe test module's two tests of its figures: ``(probe_score, test_probe_figure_holds)``, the module-scoped
    fixture scoring ``probe`` once (with ``scorer``, this module's :func:`score` unless another probe's scorer is
    given) and the test that each figure in ``floors`` holds (assign both in the module)."""
    import pytest

    @pytest.fixture(scope="module")
    def probe_score():
        return (scorer or score)(probe=probe)

    @pytest.mark.parametrize("figure", sorted(floors))
    def test_probe_figure_holds(probe_score, figure):
        figures, misses = probe_score
        assert figures[figure] >= floors[figure] - 1e-9, list(misses)

    return probe_score, test_probe_figure_holds


def glued(text: str) -> list[tuple[str, str]]:
    """(raw, repaired) of each glued word :func:`presslens.parsing.find_glued` finds in ``text``."""
    from presslens.parsing import find_glued

    return [(r.raw, r.repaired) for r in find_glued(text, [(0, len(text))])]


def date_values(text: str, dct: str) -> list[tuple[str, str]]:
    """The (value, mod) of each temporal expression presslens finds in ``text`` written on ``dct``: the probes'
    date tests' way of asking."""
    from presslens.timex import timexes

    got = timexes(text, dct=dct)
    return list(zip(got["value"], got["mod"], strict=True))


def sentence_mentions(texts: list[str], gaz, published: str) -> list[tuple[str, str, str]]:
    """The actor mentions (actor, text, match) presslens finds in ``texts``, the sentences of one article published
    on ``published``, with the gazetteer ``gaz``: the probes' actor tests' way of asking."""
    import pandas as pd

    from presslens import actors, schema

    rows, pos = [], 0
    for no, t in enumerate(texts):
        rows.append({"article_id": "a1", "sentence_no": no, "paragraph_no": 0, "start": pos, "end": pos + len(t),
                     "text": t})
        pos += len(t) + 1
    arts = pd.DataFrame({"article_id": ["a1"], "published": [published], "source": [""]})
    m = actors.mentions(schema.frame("sentences", rows), gaz, articles=arts, cache=False)
    return list(zip(m["actor"], m["text"], m["match"], strict=True))
