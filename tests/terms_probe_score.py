"""Score presslens's term tables on a terms probe (tests/data/probes/terms28, the twenty-eighth session's) against the
careful analyst's expectations written before presslens ran on it (expected.py next to the articles: its header says
what each field means).

``python tests/terms_probe_score.py [terms28]`` prints the figures and every miss."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

PROBES = Path(__file__).parent / "data" / "probes"


def expected(probe: str = "terms28"):
    spec = importlib.util.spec_from_file_location(f"expected_{probe}", PROBES / probe / "expected.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.E, mod.SET


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _ok(got: int, want) -> bool:
    return got in want if isinstance(want, list) else got == want


@lru_cache(maxsize=4)
def _corpus(probe: str):
    import presslens as pl
    from presslens.tokens import corpus_tokens

    c = pl.read_corpus(PROBES / probe / "articles", progress=False)
    return c, corpus_tokens(c, cache=False, progress=False), corpus_tokens(c, stem=True, cache=False, progress=False)


def score(probe: str = "terms28") -> tuple[dict, list[tuple]]:
    """(figures, misses): top words (stem off and on), top phrases, terms present, unwanted terms kept out, KWIC counts
    per article; over the whole set unwanted terms kept out, top words, dispersion counts, trends counts, keyness."""
    from presslens import terms as T
    from presslens.tokens import normalizer, stopwords

    exp, whole = expected(probe)
    c, tok, tok_stem = _corpus(probe)
    stop, stop_stem = stopwords(), stopwords(stem=True)
    stem = normalizer(stem=True)
    n = {k: [0, 0] for k in ("words", "stems", "phrases", "present", "absent", "kwic", "set absent", "set words",
                             "dispersion", "trends", "keyness")}
    misses: list[tuple] = []

    def tally(fig: str, ok: bool, *what) -> None:
        n[fig][1] += 1
        n[fig][0] += ok
        if not ok:
            misses.append((fig, *what))

    for name, e in exp.items():
        aid = name.rsplit(".", 1)[0]
        t, ts = tok[tok["article_id"] == aid], tok_stem[tok_stem["article_id"] == aid]
        f = T.frequencies(t, ngram_min=1, ngram_max=3, stopwords=stop, min_count=1)
        fs = T.frequencies(ts, ngram_min=1, ngram_max=1, stopwords=stop_stem, min_count=1)
        top_words = list(f.loc[f["n"] == 1, "term"].head(15))
        top_stems = list(fs["term"].head(15))
        top_phrases = list(f.loc[f["n"] > 1, "term"].head(10))
        terms = set(f["term"])
        for w in e["words"]:
            tally("words", w in top_words, name, w, top_words)
        for w in e["stems"]:
            tally("stems", stem(w) in top_stems, name, w, stem(w), top_stems)
        for p in e["phrases"]:
            tally("phrases", p in top_phrases, name, p, top_phrases)
        for alts in e["present"]:
            tally("present", any(a in terms for a in alts), name, alts)
        for w in e["absent"]:
            tally("absent", w not in terms, name, w, f.loc[f["term"] == w, "count"].tolist())
        for term, st, want in e["kwic"]:
            got = len(T.occurrences(ts if st else t, term, stem=st))
            tally("kwic", _ok(got, want), name, term, st, want, got)

    f = T.frequencies(tok, ngram_min=1, ngram_max=3, stopwords=stop, min_count=1)
    terms = set(f["term"])
    for w in whole["absent"]:
        tally("set absent", w not in terms, "set", w, f.loc[f["term"] == w, "count"].tolist())
    top = list(f.loc[f["n"] == 1, "term"].head(30))
    for w in whole["top_words"]:
        tally("set words", w in top, "set", w, top)
    d = T.dispersion(tok, list(whole["dispersion"]))
    for term, (cnt, docs) in whole["dispersion"].items():
        row = d[d["term"] == term].iloc[0]
        tally("dispersion", (int(row["count"]), int(row["doc_count"])) == (cnt, docs), "set", term, (cnt, docs),
              (int(row["count"]), int(row["doc_count"])))
    for (term, period), want in whole["trends"].items():
        tr = T.trends(tok, c.articles, [term], period=period)
        got = {str(p)[:4]: int(k) for p, k in zip(tr["period"], tr["count"], strict=True) if k}
        tally("trends", got == want, "set", term, want, got)
    import pandas as pd

    for target, reference, key, never in whole["keyness"]:
        ids = c.articles["article_id"].astype(str)
        groups = pd.DataFrame({"article_id": ids,
                               "group": ["target" if a.startswith(target) else
                                         "reference" if a.startswith(reference) else "none" for a in ids]})
        groups = groups[groups["group"] != "none"]
        k = T.keyness(tok, groups, ngram_min=1, ngram_max=3, stopwords=stop, min_count=2)
        for w in key:
            row = k[k["term"] == w]
            tally("keyness", bool(len(row)) and row["g2"].iloc[0] > 0 and row["p_value"].iloc[0] < 0.05,
                  "set", target, w, row[["g2", "p_value"]].to_dict("records"))
        for w in never:
            tally("keyness", w not in set(k["term"]), "set", target, "not key", w)
    names = {"words": "top words (stem off)", "stems": "top words (stem on)", "phrases": "top phrases",
             "present": "terms present", "absent": "unwanted terms kept out", "kwic": "kwic counts right",
             "set absent": "set: unwanted terms kept out", "set words": "set: top words",
             "dispersion": "set: dispersion counts right", "trends": "set: trends counts right",
             "keyness": "set: keyness right"}
    figures = {names[k]: _ratio(*v) for k, v in n.items()}
    figures.update({names[k] + " (counts)": f"{v[0]}/{v[1]}" for k, v in n.items()})
    return figures, misses


def figure_tests(probe: str, floors: dict[str, float]):
    """The probe test module's two tests of its figures, as the analysis probes' (see
    ``analysis_probe_score.figure_tests``), scored by :func:`score`."""
    from analysis_probe_score import figure_tests as probe_figure_tests

    return probe_figure_tests(probe, floors, scorer=score)


if __name__ == "__main__":
    import sys

    figs, miss = score(probe=sys.argv[1] if len(sys.argv) > 1 else "terms28")
    for k, v in figs.items():
        if isinstance(v, str):
            print(f"{k}: {v}")
    for x in miss:
        print(*x, sep=" | ")
