"""presslens.terms: frequency lists, n-gram rules, keyness (G2 by hand), collocations, KWIC, dispersion, trends."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens import schema
from presslens import terms as T
from presslens.tokens import fold, stopwords, tokenize


def corpus_tokens(articles: dict[str, list[str]], **options) -> pd.DataFrame:
    """Tokens of hand-written articles: {article_id: [sentence, ...]}, sources = sentences joined by a space."""
    rows = []
    for aid, sents in articles.items():
        pos = 0
        for i, text in enumerate(sents):
            rows.append({"article_id": aid, "sentence_no": i, "paragraph_no": 0, "start": pos,
                         "end": pos + len(text), "text": text})
            pos += len(text) + 1
    return tokenize(schema.frame("sentences", rows), **options)


def sentences_table(articles: dict[str, list[str]]) -> pd.DataFrame:
    rows = []
    for aid, sents in articles.items():
        pos = 0
        for i, text in enumerate(sents):
            rows.append({"article_id": aid, "sentence_no": i, "paragraph_no": 0, "start": pos,
                         "end": pos + len(text), "text": text})
            pos += len(text) + 1
    return schema.frame("sentences", rows)


SMALL = {
    "a1": ["The strategic partnership of Russia and China.", "Strategic ties, partnership talks."],
    "a2": ["China and Russia: a strategic partnership.", "Ukraine war."],
    "a3": ["Ukraine and the war in Ukraine."],
}


def counts(table: pd.DataFrame) -> dict[str, tuple[int, int]]:
    return {t: (c, d) for t, c, d in zip(table["term"], table["count"], table["doc_count"], strict=True)}


# --- frequencies --------------------------------------------------------------------------------------

@pytest.mark.parametrize("term, expected", [
    ("strategic", (3, 2)),
    ("partnership", (3, 2)),
    ("ukraine", (3, 2)),
    ("strategic partnership", (2, 2)),
    ("russia china", None),                 # never adjacent
    ("ties partnership", None),             # a comma stands between them (gap in token_no)
    ("partnership strategic", None),        # would cross a sentence boundary in a1
    ("the strategic", None),                # starts with a stopword
    ("war in", None),                       # ends with a stopword
    ("and", None),                          # a stopword alone
    ("russia and china", (1, 1)),           # stopword inside is kept
    ("war in ukraine", (1, 1)),
    ("ukraine war", (1, 1)),
])
def test_frequency_rules(term, expected):
    f = T.frequencies(corpus_tokens(SMALL), ngram_max=3)
    assert counts(f).get(term) == expected


def test_frequency_columns_rates_and_order():
    toks = corpus_tokens(SMALL)
    f = T.frequencies(toks, ngram_max=2)
    assert list(f.columns) == schema.columns("terms")
    words = len(toks)  # no punctuation kept, so every token is a word
    assert words == 25  # a1: 7 + 4, a2: 6 + 2, a3: 6
    row = f[f["term"] == "ukraine"].iloc[0]
    assert row["n"] == 1 and row["per_10k"] == pytest.approx(3 * 10_000 / 25)
    assert f["count"].is_monotonic_decreasing
    assert set(f["n"]) == {1, 2}


def test_frequency_options():
    toks = corpus_tokens(SMALL)
    assert "and" in set(T.frequencies(toks, stopwords=[])["term"])
    f = T.frequencies(toks, stopwords=None, min_count=3, ngram_max=2)
    assert set(f["term"]) == {"strategic", "partnership", "ukraine"}
    extra = T.frequencies(toks, stopwords=stopwords(["ukraine"]))
    assert "ukraine" not in set(extra["term"])
    with pytest.raises(ValueError, match="ngram_min"):
        T.frequencies(toks, ngram_min=2, ngram_max=1)


def test_frequencies_do_not_mutate_and_accept_any_row_order():
    toks = corpus_tokens(SMALL)
    shuffled = toks.sample(frac=1, random_state=1)
    before = shuffled.copy()
    pd.testing.assert_frame_equal(T.frequencies(shuffled, ngram_max=3), T.frequencies(toks, ngram_max=3))
    pd.testing.assert_frame_equal(shuffled, before)


def test_stemmed_tokens_drop_stemmed_stopwords():
    toks = corpus_tokens({"a": ["They were having talks during the talks."]}, stem=True)
    f = T.frequencies(toks, stopwords=stopwords(stem=True))
    assert counts(f) == {"talk": (2, 1)}


def test_stemmed_russian_case_forms_count_as_one_term():
    """With stem on, a Russian word's case forms are one term ("России", "Россией", "Россию"), while the
    Russian stopwords stay out and a content word that shares a stem with one is kept ("в среду":
    Wednesday, though "среди" is a stopword)."""
    toks = corpus_tokens({"a": ["Визит в Россию и переговоры в России.", "Пекин и Россией довольны в среду."],
                          "b": ["Среди партнёров России переговоры шли в среду."]}, stem=True)
    f = counts(T.frequencies(toks, ngram_max=1, stopwords=stopwords(stem=True)))
    assert f["росс"] == (4, 2) and f["переговор"] == (2, 2) and f["сред"] == (2, 2)
    assert not {"в", "и", "среди"} & set(f)
    # look-alike: without stem each form is its own term, as written
    plain = counts(T.frequencies(corpus_tokens({"a": ["Визит в Россию и переговоры в России."]}), ngram_max=1))
    assert plain["россию"] == (1, 1) and plain["россии"] == (1, 1)


def test_search_terms_match_russian_yo_and_ye_alike():
    toks = corpus_tokens({"a": ["Объём торговли вырос.", "Объем торговли упал."]})
    assert counts(T.frequencies(toks, ngram_max=2))["объем торговли"] == (2, 1)
    assert len(T.occurrences(toks, "объём")) == 2 and len(T.occurrences(toks, "объем")) == 2
    assert len(T.occurrences(toks, "торговли")) == 2 and len(T.occurrences(toks, "тёрговли")) == 0


def test_us_with_and_without_dots_is_one_term_and_one_search():
    toks = corpus_tokens({"ap": ["New U.S. sanctions hit banks."], "reuters": ["New US sanctions hit banks."],
                          "x": ["Notes, e.g. these, at 9 a.m. today."]})
    f = counts(T.frequencies(toks, ngram_max=2))
    assert f["us sanctions"] == (2, 2) and f["us"] == (2, 2) and "u.s." not in f
    assert len(T.occurrences(toks, "U.S.")) == len(T.occurrences(toks, "US")) == 2
    assert f["e.g."] == (1, 1) and f["a.m."] == (1, 1)  # look-alikes: lower-case abbreviations keep their dots


def test_a_term_shows_the_possessive_joined_to_its_word():
    """Terms read "russia 's war" (the clitic is a token of its own); they now read "russia's war",
    in frequencies, keyness, TF-IDF and collocations alike, and a search for the term as shown finds
    it. Look-alikes: a quoted word after a space ('s is no clitic there) and "it's" keep their reading."""
    arts = {"a": ["Russia's war and Russia’s war went on.", "The people's republic of China's people."],
            "b": ["He said 'sanctions' twice, 'sanctions' again.", "It's Russia's war."]}
    toks = corpus_tokens(arts)
    f = counts(T.frequencies(toks, ngram_max=3))
    assert f["russia's war"] == (3, 2) and "russia 's war" not in f
    assert "people's republic" in f and not any(" 's" in t for t in f)
    assert f["sanctions"] == (2, 1) and "it's" not in f  # stopword
    groups = pd.DataFrame({"article_id": ["a", "b"], "group": ["target", "reference"]})
    assert "russia's war" in set(T.keyness(toks, groups, ngram_max=3, min_count=1)["term"])
    assert "russia's war" in set(T.tfidf(toks, ngram_min=3, ngram_max=3)["term"])
    col = T.collocations(toks, stopwords=set(), min_count=2)
    assert "russia's" in set(col["term"]) and set(col.loc[col["term"] == "russia's", "word2"]) == {"'s"}
    assert len(T.occurrences(toks, "russia's war")) == 3 == len(T.occurrences(toks, "russia 's war"))


def test_hyphenated_russian_function_words_are_stopwords():
    """The tokenizer keeps "из-за" (because of) and "что-то" (something) whole, and the list held only
    their parts: they were counted as content words. Look-alikes: hyphenated content words stay terms."""
    toks = corpus_tokens({"a": ["Из-за санкций что-то изменилось, сказал вице-премьер.",
                                "Какие-либо платежи из-за санкций шли кое-как, сообщил пресс-секретарь."]})
    f = counts(T.frequencies(toks, ngram_max=2))
    assert not {"из-за", "что-то", "какие-либо", "кое-как"} & set(f)
    assert f["санкций"] == (2, 1) and {"вице-премьер", "пресс-секретарь", "платежи"} <= set(f)


def test_the_russian_year_abbreviation_is_no_term():
    """Russian dates end in "г." / "гг." (год, годы: "в мае 2024 г."): the letters were counted as words.
    Look-alikes: words starting with those letters stay terms."""
    toks = corpus_tokens({"a": ["Товарооборот в 2023 г. вырос, в 2021-2022 гг. падал.",
                                "В 2024 г. Госдума и город Гагра обсудили рост."]})
    f = counts(T.frequencies(toks, ngram_max=2))
    assert not {"г", "гг"} & set(f)
    assert {"товарооборот", "госдума", "гагра", "город"} <= set(f)


def test_a_stemmed_search_finds_every_word_of_its_stem():
    """With stem on the frequency list counts "России", "Россией", "Россию" as "росс", but a search for
    "Россия" found the one form written so (and "partners" only "partners"). stem=True now matches a
    search word's stem too, in occurrences, KWIC, dispersion and trends. Look-alikes: without it a
    search stays exact, and a stem copied from the list still finds its words."""
    arts = {"a": ["Россия и Китай.", "Визит в Россию и переговоры в России."],
            "b": ["Партнерство с Россией.", "The partners and a partner met in Russia."]}
    toks = corpus_tokens(arts, stem=True)
    assert len(T.occurrences(toks, "Россия", stem=True)) == 4 and len(T.occurrences(toks, "Россия")) == 1
    assert len(T.occurrences(toks, "partners", stem=True)) == 2 and len(T.occurrences(toks, "partners")) == 1
    assert len(T.occurrences(toks, "росс")) == 4 and len(T.occurrences(toks, "партнерство", stem=True)) == 1
    assert set(T.kwic(toks, sentences_table(arts), "россия", stem=True)["keyword"]) == {
        "Россия", "Россию", "России", "Россией"}
    assert T.dispersion(toks, ["Россия"], stem=True)["count"].tolist() == [4]
    arts_table = pd.DataFrame({"article_id": ["a", "b"], "published": ["2024-01-05", "2024-02-05"]})
    assert T.trends(toks, arts_table, ["Россия"], stem=True)["count"].tolist() == [3, 1]
    assert T.trends(toks, arts_table, ["Россия"])["count"].tolist() == [1, 0]


def test_tfidf_by_hand():
    toks = corpus_tokens(SMALL)
    t = T.tfidf(toks)
    assert list(t.columns) == schema.columns("tfidf")
    row = t[(t["article_id"] == "a3") & (t["term"] == "ukraine")].iloc[0]
    # a3 has 6 words, 'ukraine' twice; 'ukraine' is in 2 of 3 articles
    assert row["count"] == 2
    assert row["tf"] == pytest.approx(2 / 6)
    assert row["tf_idf"] == pytest.approx(2 / 6 * math.log(3 / 2))
    top = T.tfidf(toks, top_n=1)
    assert top.groupby("article_id").size().max() == 1 and len(top) == 3


# --- keyness --------------------------------------------------------------------------------------------

def test_g2_by_hand():
    # Rayson's calculator: a=10 in a target of c=1000 words, b=5 in a reference of d=2000 words.
    # E1 = c(a+b)/(c+d) = 1000*15/3000 = 5;  E2 = d(a+b)/(c+d) = 2000*15/3000 = 10
    # G2 = 2 (10 ln(10/5) + 5 ln(5/10)) = 2 (10 ln 2 - 5 ln 2) = 10 ln 2 = 6.931471805599453
    assert T.log_likelihood(10, 5, 1000, 2000) == pytest.approx(10 * math.log(2))
    # log ratio = log2((10/1000) / (5/2000)) = log2(0.01 / 0.0025) = log2(4) = 2
    assert T.log_ratio(10, 5, 1000, 2000) == pytest.approx(2.0)
    # chi-square 1 df critical values: 6.63 -> p = .01, 7.88 -> p = .005
    p = float(T.chi2_p(10 * math.log(2)))
    assert 0.005 < p < 0.01
    assert p == pytest.approx(math.erfc(math.sqrt(10 * math.log(2) / 2)))


def test_g2_zero_counts_and_sign():
    # a=0, b=4, c=d=100: E1 = E2 = 100*4/200 = 2; G2 = 2 (0 + 4 ln(4/2)) = 8 ln 2, under-used -> negative
    assert T.log_likelihood(0, 4, 100, 100) == pytest.approx(-8 * math.log(2))
    # zero taken as 0.5: log2((0.5/100) / (4/100)) = log2(1/8) = -3
    assert T.log_ratio(0, 4, 100, 100) == pytest.approx(-3.0)
    assert T.log_ratio(4, 0, 100, 100) == pytest.approx(3.0)
    assert T.log_likelihood(3, 3, 100, 100) == pytest.approx(0.0)
    assert float(T.chi2_p(0.0)) == pytest.approx(1.0)


ARTICLES = pd.DataFrame({
    "article_id": ["a1", "a2", "a3", "a4"],
    "published": ["2022-01-05", "2022-06-01T10:00", "2023-02-01", ""],
    "source": ["X", "Y", "X", "Y"],
    "authors": [["Ann"], [], ["Bo", "Ann"], []],
})


@pytest.mark.parametrize("column, value, target, reference", [
    ("published", "2022-06-01", {"a2", "a3"}, {"a1"}),
    ("published", "2022-06-02", {"a3"}, {"a1", "a2"}),
    ("published", "", {"a2", "a3"}, {"a1"}),          # median of three dated articles: 2022-06-01
    ("source", "Y", {"a2", "a4"}, {"a1", "a3"}),
    ("authors", "Ann", {"a1", "a3"}, {"a2", "a4"}),
])
def test_split_groups(column, value, target, reference):
    g = T.split_groups(ARTICLES, column=column, value=value)
    assert set(g.loc[g["group"] == "target", "article_id"]) == target
    assert set(g.loc[g["group"] == "reference", "article_id"]) == reference


def test_split_value_defaults():
    assert T.split_value(ARTICLES) == "2022-06-01"
    assert T.split_value(ARTICLES, column="source") in {"X", "Y"}
    assert T.split_value(ARTICLES.assign(published=""), column="published") == ""
    with pytest.raises(KeyError, match="nope"):
        T.split_value(ARTICLES, column="nope")


def test_keyness_counts_totals_and_g2():
    toks = corpus_tokens(SMALL)
    groups = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "group": ["target", "target", "reference"]})
    k = T.keyness(toks, groups, min_count=1, ngram_max=2)
    assert list(k.columns) == schema.columns("keyness")
    ukr = k[k["term"] == "ukraine"].iloc[0]
    # target a1+a2: 11 + 8 = 19 words, 'ukraine' once; reference a3: 6 words, 'ukraine' twice
    assert (ukr["target_count"], ukr["reference_count"], ukr["target_total"], ukr["reference_total"]) == (1, 2, 19, 6)
    assert ukr["g2"] < 0
    strat = k[k["term"] == "strategic partnership"].iloc[0]
    assert (strat["target_count"], strat["reference_count"]) == (2, 0) and strat["g2"] > 0
    assert k["g2"].is_monotonic_decreasing
    recomputed = T.log_likelihood(k["target_count"], k["reference_count"], k["target_total"], k["reference_total"])
    np.testing.assert_allclose(k["g2"], recomputed)


def test_keyness_keeps_terms_several_articles_of_their_group_use():
    """A phrase repeated in one article of a small target scored G² 11 (2 / 0) and such phrases filled
    the top; a term is now key only when min_docs (2) articles of the group using it more have it.
    Look-alikes: the same counts spread over two articles stay, an under-used term needs two reference
    articles, and a group of one article (comparing one article with the rest) keeps its own words."""
    arts = {"t1": ["The zorbat plan was new.", "The zorbat plan was old."], "t2": ["Sanctions hit banks."],
            "t3": ["Sanctions hit trade."], "r1": ["Trade talks went on."], "r2": ["Trade talks ended."],
            "r3": ["Trade talks resumed, the klimov memo said.", "The klimov memo was long."]}
    toks = corpus_tokens(arts)
    groups = pd.DataFrame({"article_id": list(arts), "group": ["target"] * 3 + ["reference"] * 3})
    k = T.keyness(toks, groups, ngram_max=2)
    got = {t: (a, b) for t, a, b in zip(k["term"], k["target_count"], k["reference_count"], strict=True)}
    assert "zorbat" not in got and "zorbat plan" not in got and "klimov" not in got
    assert got["sanctions"] == (2, 0) and got["sanctions hit"] == (2, 0) and got["talks"] == (0, 3)
    assert got["trade"] == (1, 3)  # under-used in the target, in three reference articles
    old = T.keyness(toks, groups, ngram_max=2, min_docs=1)
    assert {"zorbat", "zorbat plan", "klimov"} <= set(old["term"])
    one = T.keyness(toks, pd.DataFrame({"article_id": list(arts), "group": ["target"] + ["reference"] * 5}))
    assert one.loc[one["term"] == "zorbat", "target_count"].tolist() == [2]


def test_keyness_with_an_empty_group_is_empty():
    toks = corpus_tokens(SMALL)
    groups = pd.DataFrame({"article_id": ["a1", "a2"], "group": ["target", "target"]})
    k = T.keyness(toks, groups)
    assert k.empty and list(k.columns) == schema.columns("keyness")


# --- collocations -------------------------------------------------------------------------------------

def test_collocations_match_pmi_by_hand():
    toks = corpus_tokens({
        "a": ["Xi Jinping met Putin.", "Xi Jinping spoke.", "Vladimir Putin replied."],
        "b": ["Putin and Xi Jinping agreed."],
    })
    col = T.collocations(toks, min_count=2)
    assert list(col.columns) == schema.columns("collocations")
    assert col["term"].tolist() == ["xi jinping"]  # 'vladimir putin' occurs once; 'and' is a stopword
    row = col.iloc[0]
    # N = 4 + 3 + 3 + 5 = 15 words; xi 3, jinping 3, pair 3: PMI = log2(3 * 15 / (3 * 3)) = log2(5)
    assert row["count"] == 3
    assert row["pmi"] == pytest.approx(math.log2(5))
    assert row["likelihood_ratio"] > 0


def _nltk_collocations(tokens: pd.DataFrame, stop: set[str], min_count: int) -> pd.DataFrame:
    """collocations() as nltk computes it: a BigramCollocationFinder fed each sentence's words."""
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
    from nltk.probability import FreqDist

    words = tokens.sort_values(["article_id", "sentence_no", "token_no"], kind="stable")
    word_fd, bigram_fd = FreqDist(), FreqDist()
    for _, sent in words.groupby(["article_id", "sentence_no"], sort=False, observed=True):
        norms, numbers = sent["norm"].tolist(), sent["token_no"].tolist()
        word_fd.update(norms)
        # adjacent tokens: consecutive token numbers (a token the table leaves out breaks the pair)
        bigram_fd.update((a, b) for a, b, i, j in zip(norms, norms[1:], numbers, numbers[1:], strict=False)
                         if j == i + 1)
    finder = BigramCollocationFinder(word_fd, bigram_fd)
    finder.apply_freq_filter(min_count)
    folded = {fold(w) for w in stop}
    finder.apply_word_filter(lambda w: fold(w) in folded or not any(ch.isalnum() for ch in w))  # or punctuation
    measures = BigramAssocMeasures()
    pmi = dict(finder.score_ngrams(measures.pmi))
    rows = [{"term": f"{x} {y}", "word1": x, "word2": y, "count": finder.ngram_fd[(x, y)], "pmi": pmi[(x, y)],
             "likelihood_ratio": score} for (x, y), score in finder.score_ngrams(measures.likelihood_ratio)]
    out = schema.frame("collocations", rows)
    return out.sort_values(["likelihood_ratio", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _random_articles(seed: int, n_articles: int = 40) -> dict[str, list[str]]:
    rng = np.random.default_rng(seed)
    vocab = ["xi", "jinping", "putin", "met", "in", "moscow", "the", "talks", "gas", "deal", "and", "said", ",",
             "pipeline", "power", "of", "siberia", "trade", "rose", "yuan"]
    weights = 1 / np.arange(1, len(vocab) + 1)
    return {f"a{i}": [" ".join(rng.choice(vocab, rng.integers(1, 25), p=weights / weights.sum())) + "."
                      for _ in range(rng.integers(1, 8))] for i in range(n_articles)}


@pytest.mark.parametrize("min_count", [1, 2, 5])
def test_collocations_scores_are_nltks_to_the_last_bit(seed_tokens, min_count):
    stop = stopwords()
    for toks in (seed_tokens, corpus_tokens(_random_articles(min_count)),
                 corpus_tokens(_random_articles(min_count + 10, n_articles=300))):
        got = T.collocations(toks, stopwords=stop, min_count=min_count)
        want = _nltk_collocations(toks, set(stop), min_count)
        assert len(got) > 3
        pd.testing.assert_frame_equal(got, want, check_exact=True)


# --- finding terms --------------------------------------------------------------------------------------

def test_kwic_words_and_phrases():
    arts = {"a1": SMALL["a1"], "a3": ["UKRAINE and the war in Ukraine’s east."]}
    toks = corpus_tokens(arts)
    k = T.kwic(toks, sentences_table(arts), ["Strategic Partnership", "ukraine"], window=2)
    assert list(k.columns) == schema.columns("kwic")
    assert k["keyword"].tolist() == ["strategic partnership", "UKRAINE", "Ukraine"]
    assert k["term"].tolist() == ["Strategic Partnership", "ukraine", "ukraine"]
    first = k.iloc[0]
    assert (first["left"], first["right"]) == ("The", "of Russia")
    last = k.iloc[2]
    assert (last["left"], last["right"]) == ("war in", "’s east")
    source = " ".join(arts["a3"])
    assert source[last["start"]:last["end"]] == "Ukraine"


def test_kwic_context_reaches_neighbour_sentences():
    arts = {"a": ["One two three.", "Four Ukraine five.", "Six seven."]}
    k = T.kwic(corpus_tokens(arts), sentences_table(arts), "ukraine", window=3)
    assert (k.iloc[0]["left"], k.iloc[0]["right"]) == ("two three. Four", "five. Six seven")


def test_occurrences_positions():
    toks = corpus_tokens({"a": ["Ukraine one two three four Ukraine"]})
    occ = T.occurrences(toks, "ukraine")
    assert list(occ.columns) == schema.columns("occurrences")
    assert occ["position"].tolist() == [0.0, 1.0]
    with pytest.raises(ValueError, match="no word"):
        T.occurrences(toks, "—")


@pytest.mark.parametrize("arts, d, dp", [
    # the same rate in two articles of equal size: perfectly even
    ({"a": ["x war y z"], "b": ["war p q r"]}, 1.0, 0.0),
    # all occurrences in one of two equal articles: D = 1 - (sd/mean)/sqrt(1) = 1 - 1 = 0; DP = .5(|1-.5|+|0-.5|) = .5
    ({"a": ["war war y z"], "b": ["m p q r"]}, 0.0, 0.5),
])
def test_dispersion_by_hand(arts, d, dp):
    out = T.dispersion(corpus_tokens(arts), ["war"])
    assert list(out.columns) == schema.columns("dispersion")
    assert out.iloc[0]["juilland_d"] == pytest.approx(d)
    assert out.iloc[0]["gries_dp"] == pytest.approx(dp)


def test_trends_per_period():
    arts = {"a1": ["war and war peace"], "a2": ["peace now"], "a3": ["war again today"]}
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "published": ["2023-01-10", "2023-01-20", "2023-03-02"]})
    tr = T.trends(corpus_tokens(arts), articles, ["war"], period="M")
    assert list(tr.columns) == schema.columns("trends")
    assert tr["period"].tolist() == ["2023-01", "2023-02", "2023-03"]
    assert tr["count"].tolist() == [2, 0, 1]
    assert tr["words"].tolist() == [6, 0, 3]
    assert tr["per_10k"].iloc[0] == pytest.approx(2 * 10_000 / 6)
    assert math.isnan(tr["per_10k"].iloc[1])


def test_figures_draw():
    toks = corpus_tokens(SMALL)
    groups = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "group": ["target", "target", "reference"]})
    figs = [T.keyness_figure(T.keyness(toks, groups, min_count=1)),
            T.keyness_figure(schema.empty("keyness")),
            T.dispersion_figure(T.occurrences(toks, ["ukraine", "partnership"]), articles=["a1", "a2", "a3"]),
            T.trends_figure(schema.empty("trends"))]
    assert all(len(f.axes) == 1 for f in figs)


@pytest.mark.parametrize("target, reference, lines", [
    ("articles with source South China Morning Post (Hong Kong edition, print)", "articles with another source", 3),
    ("articles published from 2024-05-17 on", "articles published before 2024-05-17", 2),
    ("target", "reference", 1),  # look-alike: a short title stays one line
])
def test_keyness_title_fits_the_figure(target, reference, lines):
    """A long group label (an outlet's full name; the date split's own wording was at the edge) ran the
    one-line title off both edges of the figure: it now breaks into a line per side, wrapped."""
    import matplotlib.pyplot as plt

    tab = pd.DataFrame({"term": ["north korea", "yuan"], "n": [2, 1], "target_count": [22, 7],
                        "reference_count": [0, 38], "target_total": 1000, "reference_total": 1000,
                        "g2": [25.0, -32.5], "p_value": 0.0, "log_ratio": 0.0})
    fig = T.keyness_figure(tab, target=target, reference=reference)
    title = fig.axes[0].title
    box = title.get_window_extent(renderer=fig.canvas.get_renderer())
    assert box.x0 >= 0 and box.x1 <= fig.bbox.width
    assert title.get_text().count("\n") + 1 == lines and f"more in {target}" in " ".join(title.get_text().split())
    plt.close(fig)


# --- the seeds ----------------------------------------------------------------------------------------------

def regex_count(articles: pd.DataFrame, phrase: str) -> int:
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)"
    return sum(len(re.findall(pattern, text, flags=re.I)) for text in articles["text"])


@pytest.fixture(scope="module")
def seed_tokens(seeds_corpus):
    return tokenize(seeds_corpus.sentences, seeds_corpus.repairs)


@pytest.mark.parametrize("term", ["ukraine", "strategic partnership", "xi jinping", "putin", "beijing",
                                  "comprehensive strategic partnership"])
def test_seed_counts_equal_a_plain_regex_count(seeds_corpus, seed_tokens, term):
    f = T.frequencies(seed_tokens, ngram_max=3, min_count=1)
    got = f.loc[f["term"] == term, "count"]
    assert (int(got.iloc[0]) if len(got) else 0) == regex_count(seeds_corpus.articles, term)


def test_seed_glued_ukraine_counts_once_repaired(seeds_corpus, seed_tokens):
    """Seed 001 writes Ukraine 5 times plus 'UkraineWang' and 'Ukraineand'; the parser repairs both,
    so 7 (captions of 001 do not mention Ukraine). Depends on the parser's glued-word repairs."""
    occ = T.occurrences(seed_tokens, "ukraine")
    assert (occ["article_id"] == "001_572afbd63a801590").sum() == 7
    # corpus: 000 twice, 001 7 times, 002 three times, 004 8 times in the story (its 9th is a subheading)
    f = T.frequencies(seed_tokens, min_count=1)
    assert int(f.loc[f["term"] == "ukraine", "count"].iloc[0]) == 20


def test_seed_kwic_offsets_point_at_the_keyword(seeds_corpus, seed_tokens):
    k = T.kwic(seed_tokens, seeds_corpus.sentences, ["strategic partnership", "Ukraine"])
    assert (k["term"] == "strategic partnership").sum() == regex_count(seeds_corpus.articles, "strategic partnership")
    paths = dict(zip(seeds_corpus.articles["article_id"], seeds_corpus.articles["path"], strict=True))
    for row in k.itertuples(index=False):
        source = Path(paths[row.article_id]).read_bytes().decode("utf-8-sig")
        assert " ".join(source[row.start:row.end].split()).casefold() == " ".join(row.keyword.split()).casefold()
        assert row.keyword.casefold() == row.term.casefold()


def test_seed_keyness_rows_agree_with_their_counts(seeds_corpus, seed_tokens):
    groups = T.split_groups(seeds_corpus.articles)
    k = T.keyness(seed_tokens, groups, ngram_max=2)
    assert len(k) > 0
    np.testing.assert_allclose(k["g2"], T.log_likelihood(k["target_count"], k["reference_count"],
                                                         k["target_total"], k["reference_total"]))
    assert k["target_total"].nunique() == 1 and k["reference_total"].nunique() == 1


def test_seed_counts_match_the_hand_counted_gold(seed_tokens):
    """tests/data/terms/seeds_counts.tsv: counts read off the seed files by a person (story text only,
    glued words as meant). Depends on the parser leaving captions and subheadings out and repairing
    glued words."""
    gold = pd.read_csv(Path(__file__).parent / "data" / "terms" / "seeds_counts.tsv", sep="\t",
                       keep_default_na=False)
    occ = T.occurrences(seed_tokens, sorted(set(gold["term"])))
    got = occ.groupby(["article_id", "term"]).size()
    for row in gold.itertuples(index=False):
        assert int(got.get((row.article_id, row.term), 0)) == row.count, (row.article_id, row.term, row.note)


def test_empty_tokens_give_empty_tables():
    empty = schema.empty("tokens")
    no_groups = pd.DataFrame({"article_id": [], "group": []})
    assert T.frequencies(empty).empty and list(T.frequencies(empty).columns) == schema.columns("terms")
    assert T.tfidf(empty).empty
    assert T.keyness(empty, no_groups).empty
    assert T.collocations(empty).empty
    assert T.kwic(empty, schema.empty("sentences"), "x").empty
    assert T.occurrences(empty, "x").empty
    assert T.trends(empty, ARTICLES.assign(published=""), "x").empty
    assert T.dispersion(empty, "x")["count"].tolist() == [0]


def test_dispersion_figure_draws_only_the_articles_with_most_occurrences():
    occ = pd.DataFrame({"article_id": ["a1", "a2", "a2", "a3", "a3", "a3"], "term": "x",
                        "position": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]})
    fig = T.dispersion_figure(occ, articles=["a0", "a1", "a2", "a3"], terms=["x"], max_articles=2)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["a2 · x", "a3 · x"]
    assert "2 of 4 articles" in fig.axes[0].get_title()


# --- the compact tokens table (categoricals, int32) and plain string tables give the same results -----------

def _plain(tokens: pd.DataFrame) -> pd.DataFrame:
    """The tokens table with str and int64 columns, as it was before it became compact."""
    return tokens.astype({"article_id": object, "token": object, "norm": object,
                          **{c: "int64" for c in ("sentence_no", "token_no", "start", "end", "offset")}})


ALL_TABLES = {
    "frequencies": lambda t, c: T.frequencies(t, ngram_max=3, min_count=1),
    "frequencies min 2": lambda t, c: T.frequencies(t, ngram_max=3, min_count=2),
    "tfidf": lambda t, c: T.tfidf(t, ngram_max=2),
    "tfidf top 3": lambda t, c: T.tfidf(t, top_n=3),
    "keyness": lambda t, c: T.keyness(t, T.split_groups(c.articles), ngram_max=3),
    "collocations": lambda t, c: T.collocations(t, min_count=2),
    "kwic": lambda t, c: T.kwic(t, c.sentences, ["strategic partnership", "Ukraine", "xi"]),
    "occurrences": lambda t, c: T.occurrences(t, ["ukraine", "xi jinping"]),
    "dispersion": lambda t, c: T.dispersion(t, ["ukraine", "xi jinping"]),
    "trends": lambda t, c: T.trends(t, c.articles, ["ukraine", "partnership"], period="M"),
}


@pytest.mark.parametrize("name", list(ALL_TABLES))
def test_compact_plain_and_shuffled_token_tables_give_the_same_tables(seeds_corpus, seed_tokens, name):
    run = ALL_TABLES[name]
    got = run(seed_tokens, seeds_corpus)
    assert len(got) > 0
    pd.testing.assert_frame_equal(got, run(_plain(seed_tokens), seeds_corpus))
    # rows in another order (articles then come in order of first appearance, not sorted)
    shuffled = seed_tokens.sample(frac=1.0, random_state=3).reset_index(drop=True)
    pd.testing.assert_frame_equal(run(shuffled, seeds_corpus), run(_plain(shuffled), seeds_corpus))


def test_a_subset_of_the_compact_table_equals_the_same_subset_tokenized(seeds_corpus, seed_tokens):
    """Categories of a filtered table keep values no row uses; counts and terms must not see them."""
    keep = sorted(seeds_corpus.articles["article_id"])[1:3]
    subset = seed_tokens[seed_tokens["article_id"].isin(keep)]
    alone = tokenize(seeds_corpus.sentences[seeds_corpus.sentences["article_id"].isin(keep)], seeds_corpus.repairs)
    for run in ALL_TABLES.values():
        c = seeds_corpus.select(keep)
        pd.testing.assert_frame_equal(run(subset, c), run(alone, c))


@pytest.mark.parametrize("top_n", [1, 2, 3, 7])
def test_tfidf_top_n_is_the_head_of_each_article_in_the_full_ranking(seed_tokens, top_n):
    """tfidf(top_n) sorts only candidate rows; it must equal the full ranking cut per article, ties included."""
    full = T.tfidf(seed_tokens, ngram_max=2)
    expected = full.groupby("article_id", sort=False).head(top_n).reset_index(drop=True)
    pd.testing.assert_frame_equal(T.tfidf(seed_tokens, ngram_max=2, top_n=top_n), expected)


def test_tfidf_top_n_with_ties_and_an_n_without_grams():
    toks = corpus_tokens({"a": ["x y z w"], "b": ["x x y y z z"], "c": ["q"]})
    full = T.tfidf(toks, ngram_min=1, ngram_max=4, stopwords=set())
    for k in (1, 2, 3):
        expected = full.groupby("article_id", sort=False).head(k).reset_index(drop=True)
        pd.testing.assert_frame_equal(T.tfidf(toks, ngram_min=1, ngram_max=4, stopwords=set(), top_n=k), expected)
    assert set(full.loc[full["article_id"] == "a", "n"]) == {1, 2, 3, 4}


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3)), max_size=40), st.integers(0, 6))
def test_top_candidates_hold_every_groups_best(rows, top_n):
    group = np.array([g for g, _ in rows], dtype=np.int64)
    score = np.array([s for _, s in rows], dtype=float)
    keep = T._top_candidates(group, score, top_n)
    for g in set(group.tolist()):
        mine = np.sort(score[group == g])[::-1]
        if top_n == 0:
            assert not keep[group == g].any()
            continue
        threshold = mine[min(top_n, len(mine)) - 1]
        assert (keep[group == g] == (score[group == g] >= threshold)).all()


def test_pairs_counted_in_blocks_of_articles_equal_one_table(seed_tokens, monkeypatch):
    rng = np.random.default_rng(0)
    art = np.sort(rng.integers(0, 300, 5_000))
    key = rng.integers(0, 40, 5_000)
    monkeypatch.setattr(T, "_PAIR_BLOCK", 64)
    terms, arts, counts = T._pair_counts(key, art, 300)
    ref_codes, ref_uniques = pd.factorize(key * 300 + art, sort=False)
    np.testing.assert_array_equal(terms, ref_uniques // 300)
    np.testing.assert_array_equal(arts, ref_uniques % 300)
    np.testing.assert_array_equal(counts, np.bincount(ref_codes))
    for block in (64, 10**9):  # the terms of the pairs, without their counts, block by block and at once
        monkeypatch.setattr(T, "_PAIR_BLOCK", block)
        terms = T._pair_terms(key.astype(np.int32), art, 300)
        assert terms.dtype == np.int32
        np.testing.assert_array_equal(terms, ref_uniques // 300)
    monkeypatch.setattr(T, "_PAIR_BLOCK", 64)
    blocked = (T.frequencies(seed_tokens, ngram_max=3), T.tfidf(seed_tokens, ngram_max=2, top_n=4))
    monkeypatch.setattr(T, "_PAIR_BLOCK", 10**9)
    for got, ref in zip(blocked, (T.frequencies(seed_tokens, ngram_max=3), T.tfidf(seed_tokens, ngram_max=2, top_n=4)),
                        strict=True):
        pd.testing.assert_frame_equal(got, ref)


def test_codes_of_a_categorical_column_are_its_own(seed_tokens):
    """The terms passes read a categorical column's codes in place: a copy of each (13M rows at 20k
    articles) was made by every pass."""
    for column in ("article_id", "norm", "token"):
        codes, words, facts = T._codes(seed_tokens[column])
        own = seed_tokens[column].array.codes
        assert np.shares_memory(codes, own) and codes.dtype == own.dtype
        assert facts is not None and list(words) == list(seed_tokens[column].cat.categories)


def test_word_facts_are_remembered_per_categories_and_follow_them(seed_tokens):
    import gc

    stop = stopwords()
    first = T.frequencies(seed_tokens, stopwords=stop, ngram_max=2)
    facts = T._word_facts(seed_tokens["norm"].cat.categories)
    assert facts is T._word_facts(seed_tokens["norm"].cat.categories) and {"words", "wordlike", "folded"} <= facts.keys()
    pd.testing.assert_frame_equal(T.frequencies(seed_tokens, stopwords=stop, ngram_max=2), first)
    # new categories (renamed words) are new facts: nothing is read from the old ones
    renamed = seed_tokens.assign(norm=seed_tokens["norm"].cat.rename_categories(
        lambda w: "ukrainex" if w == "ukraine" else w))
    got = T.frequencies(renamed, stopwords=stop, ngram_max=1)
    assert "ukrainex" in set(got["term"]) and "ukraine" not in set(got["term"])
    assert got.loc[got["term"] == "ukrainex", "count"].item() == first.loc[first["term"] == "ukraine", "count"].item()
    # a token changed in place to another word of the same categories counts as that word
    changed = seed_tokens.copy()
    at = changed.index[changed["norm"] == "ukraine"][0]
    changed.loc[at, "norm"] = "the"
    counts = T.frequencies(changed, stopwords=[], ngram_max=1).set_index("term")["count"]
    before = T.frequencies(seed_tokens, stopwords=[], ngram_max=1).set_index("term")["count"]
    assert counts["ukraine"] == before["ukraine"] - 1 and counts["the"] == before["the"] + 1
    # the memo goes with its categories
    key = id(renamed["norm"].cat.categories)
    assert key in T._FACTS
    del renamed, got
    gc.collect()
    assert key not in T._FACTS


def test_one_coding_per_tokens_table_shared_by_the_analyses_and_made_anew_when_it_changes(seed_tokens, seeds_corpus):
    import gc

    stop = stopwords()
    tok = seed_tokens.copy()
    fresh = {  # each analysis of a table of its own (nothing shared) as the reference
        "freq": T.frequencies(tok.copy(), stopwords=stop, ngram_max=3, min_count=2),
        "tfidf": T.tfidf(tok.copy(), stopwords=stop, top_n=5),
        "col": T.collocations(tok.copy(), stopwords=stop),
        "occ": T.occurrences(tok.copy(), ["ukraine", "strategic partnership"]),
        "kwic": T.kwic(tok.copy(), seeds_corpus.sentences, ["Ukraine"]),
    }
    shared = {
        "freq": T.frequencies(tok, stopwords=stop, ngram_max=3, min_count=2),
        "tfidf": T.tfidf(tok, stopwords=stop, top_n=5),
        "col": T.collocations(tok, stopwords=stop),
        "occ": T.occurrences(tok, ["ukraine", "strategic partnership"]),
        "kwic": T.kwic(tok, seeds_corpus.sentences, ["Ukraine"]),
    }
    for name, table in fresh.items():
        pd.testing.assert_frame_equal(shared[name], table)
    c = T._coded(tok)
    assert c is T._coded(tok) and any(k[0] == "grams" for k in c.memo)
    idx, key = T._ngrams(c, 2, stop)
    assert not idx.flags.writeable and not key.flags.writeable  # no analysis can change what another reads
    # every article in a group (all dated): keyness codes the table itself, not a copy of all its rows
    assert T._of_articles(tok, tok["article_id"].astype(str).unique()) is tok
    assert len(T._of_articles(tok, tok["article_id"].astype(str).unique()[:1])) < len(tok)
    # a token changed in place, or a column replaced, is a new table: coded anew, counted as it now is
    the_before = len(T.occurrences(tok, ["the"]))  # its matches remembered too
    at = tok.index[tok["norm"] == "ukraine"][0]
    tok.loc[at, "norm"] = "the"
    assert T._coded(tok) is not c
    pd.testing.assert_frame_equal(T.frequencies(tok, stopwords=[], ngram_max=1),
                                  T.frequencies(tok.copy(), stopwords=[], ngram_max=1))
    assert len(T.occurrences(tok, ["the"])) == the_before + 1
    pd.testing.assert_frame_equal(T.occurrences(tok, ["the"]), T.occurrences(tok.copy(), ["the"]))
    c2 = T._coded(tok)
    tok["norm"] = tok["token"]
    assert T._coded(tok) is not c2
    # the coding goes with its table
    key = id(tok)
    assert key in T._CODED
    del tok, c, c2, idx
    gc.collect()
    assert key not in T._CODED


def test_russian_function_words_and_web_addresses_are_never_terms():
    tok = corpus_tokens({
        "ru": ["Путин и Си Цзиньпин в Пекине заявили, что по данным МИД это не так.",
               "В Пекине Путин и Си Цзиньпин подписали заявление, что это на годы."],
        "en": ["Read [the story](https://www.scmp.com/news/3262800) and see photo.jpg at reuters.com.",
               "Write to wang@caixin.com or @JackDetsch; the story ran at www.scmp.com in 2024."]})
    freq = T.frequencies(tok, ngram_min=1, ngram_max=2)
    words = set(freq.loc[freq["n"] == 1, "term"])
    assert not {"в", "и", "что", "по", "это", "не", "на"} & words
    assert {"путин", "пекине", "цзиньпин"} <= words
    assert not {"https", "www", "com", "jpg", "scmp", "reuters", "caixin", "jackdetsch", "2024", "3262800"} & words
    assert not any(w in t.split() for t in freq["term"] for w in ("https", "www", "com", "jpg"))
    groups = pd.DataFrame({"article_id": ["ru", "en"], "group": ["target", "reference"]})
    key = T.keyness(tok, groups, min_count=1)
    assert not {"в", "и", "что", "по", "это"} & set(key["term"])


def test_forms_find_every_form_of_a_search_word_with_stem_off():
    """terms28: with stem off (the terms notebook's default) a search for "Украина" found "Украина" only, never
    "Украины" or "Украину". forms=True finds every word written with the search word's stem, the tokens as they
    are (no stemmed frequency lists). Look-alikes: a word of another stem sharing the start ("Украинский") is
    not found, and without forms a search stays exact."""
    arts = {"a": ["Украина и Украины.", "Поставки в Украину и украинский газ."],
            "b": ["A partnership and two partnerships.", "Partners met."]}
    toks = corpus_tokens(arts)
    assert set(T.kwic(toks, sentences_table(arts), "Украина", forms=True)["keyword"]) == {
        "Украина", "Украины", "Украину"}
    assert len(T.occurrences(toks, "Украина")) == 1 and len(T.occurrences(toks, "partnership")) == 1
    assert T.dispersion(toks, ["partnership", "украина"], forms=True)["count"].tolist() == [2, 3]
    arts_table = pd.DataFrame({"article_id": ["a", "b"], "published": ["2024-01-05", "2024-02-05"]})
    assert T.trends(toks, arts_table, ["украина"], forms=True)["count"].tolist() == [3, 0]


def test_the_default_search_terms_are_searched_in_russian_where_articles_are():
    """The terms notebook's default search terms are English: with Russian articles in the corpus the same topics
    are searched in Russian too (only in Russian when every article is), by their forms. Look-alikes: terms given
    by the user, and a corpus without Russian articles, keep the terms as given."""
    kw, tr = list(T.DEFAULT_KWIC_TERMS), list(T.DEFAULT_TREND_TERMS)
    mixed = pd.DataFrame({"language": ["en", "ru", "ru"], "text": ["x", "y", "z"]})
    k, t, forms, note = T.search_terms(mixed, kw, tr)
    assert k == kw + ["стратегическое партнерство", "Украина"] and t == tr + ["украина", "партнерство"]
    assert forms and "2 of 3 articles are in Russian" in note
    assert T.search_terms(mixed.iloc[1:], kw, tr)[:3] == (["стратегическое партнерство", "Украина"],
                                                           ["украина", "партнерство"], True)
    assert T.search_terms(mixed, ["Gazprom"], tr) == (["Gazprom"], tr, False, "")
    assert T.search_terms(mixed.iloc[:1], kw, tr) == (kw, tr, False, "")
