"""presslens.tokens: tokenizer rules, offsets mapped through repairs, stopwords, normalization."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens import schema
from presslens.tokens import (
    fold,
    normalizer,
    source_offset,
    split_words,
    stopwords,
    to_source,
    tokenize,
    tokenizer,
    words_total,
)


def sentences_of(*texts: str, article_id: str = "a") -> pd.DataFrame:
    """A sentences table for one article whose source is the texts joined by one space (no repairs)."""
    rows, pos = [], 0
    for i, t in enumerate(texts):
        rows.append({"article_id": article_id, "sentence_no": i, "paragraph_no": 0, "start": pos,
                     "end": pos + len(t), "text": t})
        pos += len(t) + 1
    return schema.frame("sentences", rows)


@pytest.mark.parametrize("text, options, tokens", [
    ("Sino-Russian ties don't break", {}, ["Sino-Russian", "ties", "don't", "break"]),
    ("China’s economy grew 3.5% in 2023.", {}, ["China", "’s", "economy", "grew", "in"]),
    ("China’s economy grew 3.5% in 2023.", {"numbers": True}, ["China", "’s", "economy", "grew", "3.5", "in", "2023"]),
    ("China’s economy grew 3.5% in 2023.", {"numbers": True, "punctuation": True},
     ["China", "’s", "economy", "grew", "3.5", "%", "in", "2023", "."]),
    ("The U.S. and the U.N. met O'Brien.", {}, ["The", "U.S.", "and", "the", "U.N.", "met", "O'Brien"]),
    ("“Unbounded friendship” (…) — 1,000 troops", {}, ["Unbounded", "friendship", "troops"]),
    ("the 73rd anniversary", {}, ["the", "73rd", "anniversary"]),
    ("Xi's and it's", {}, ["Xi", "'s", "and", "it", "'s"]),
])
def test_tokens_as_written(text, options, tokens):
    assert tokenize(sentences_of(text), **options)["token"].tolist() == tokens


@pytest.mark.parametrize("options, norms", [
    ({}, ["china", "'s", "partners", "were", "meeting"]),
    ({"lower": False}, ["China", "'s", "partners", "were", "meeting"]),
    ({"stem": True}, ["china", "'s", "partner", "were", "meet"]),
])
def test_norms(options, norms):
    assert tokenize(sentences_of("China’s partners were meeting"), **options)["norm"].tolist() == norms


def test_lemmatize_uses_simplemma():
    assert tokenize(sentences_of("countries were talks"), lemmatize=True)["norm"].tolist() == ["country", "be", "talk"]


def test_stem_reads_russian_words_with_the_russian_stemmer():
    """stem=True gave Russian words untouched (the English stemmer skips Cyrillic): "России", "Россия",
    "Россией" stayed three terms. A word with a Cyrillic letter now takes the Russian Snowball stemmer;
    English words keep the English one, and the shipped Russian stopwords keep their own form (their
    stems are those of content words: "среди"/"среду", "после"/"послом")."""
    t = tokenize(sentences_of("России и Россией, о Россия: Москвы и Москве.",
                              "Партнёры и партнеры, partners of partnership."), stem=True)
    norm = dict(zip(t["token"].astype(str), t["norm"].astype(str), strict=True))
    assert norm["России"] == norm["Россией"] == norm["Россия"] == "росс"
    assert norm["Москвы"] == norm["Москве"] and norm["Партнёры"] == norm["партнеры"]
    # look-alikes: English words stem as before, the Russian function words are only folded
    assert (norm["partners"], norm["partnership"], norm["of"]) == ("partner", "partnership", "of")
    assert (norm["и"], norm["о"]) == ("и", "о")
    n = normalizer(stem=True)
    assert (n("среди"), n("после"), n("Ещё")) == ("среди", "после", "еще")
    assert (n("среду"), n("послом")) == ("сред", "посл")
    # abbreviations in capitals and single letters are names, not stemmed; a case ending after one is
    assert (n("НАТО"), n("ИА"), n("Ъ"), n("МИДа"), n("Мида")) == ("нато", "иа", "ъ", "мид", "мид")
    sw = stopwords(stem=True)
    assert {"среди", "после", "have"} <= sw and not {"сред", "посл"} & sw  # Wednesday, ambassador kept


def test_fold_writes_russian_yo_as_ye():
    """One word whichever letter its outlet prints: "объём" and "объем" fold alike; "е" stays "е" and
    lower=False keeps the word as written."""
    assert fold("Объём") == fold("объем") == "объем" and fold("Ёлка") == "елка"
    t = tokenize(sentences_of("Объём торговли и объем поставок"))
    assert t["norm"].astype(str).tolist() == ["объем", "торговли", "и", "объем", "поставок"]
    assert tokenize(sentences_of("Объём"), lower=False)["norm"].astype(str).tolist() == ["Объём"]
    assert "еще" in stopwords() and "ещё" not in stopwords()


@pytest.mark.parametrize("options", [{}, {"stem": True}, {"lemmatize": True}])
def test_an_abbreviation_in_capitals_is_one_word_with_or_without_dots(options):
    """AP writes U.S. and U.N., Reuters US and UN: "U.S." folded to "u.s." and "US" to "us", so one
    country was two terms. Capitals with dots now lose them; lower-case abbreviations (e.g., a.m.), a
    dotted word not all in capitals and lower=False keep theirs."""
    t = tokenize(sentences_of("The U.S. and US, the U.N. and UN, e.g. at 9 a.m. with U.s. Ph.D."), **options)
    norm = dict(zip(t["token"].astype(str), t["norm"].astype(str), strict=True))
    assert norm["U.S."] == norm["US"] == "us" and norm["U.N."] == norm["UN"] == "un"
    assert (norm["e.g."], norm["a.m."], norm["U.s."]) == ("e.g.", "a.m.", "u.s.")
    assert tokenize(sentences_of("The U.S. and US"), lower=False)["norm"].astype(str).tolist() == [
        "The", "U.S.", "and", "US"]


def test_unicode_hyphens_join_a_word_as_the_ascii_one_does():
    """Word and web copies print U+2011 (non-breaking hyphen) or U+2010: "Sino\u2011Russian" was three
    tokens ("sino", a left-out punctuation mark, "russian"); it is now the word "Sino-Russian" is.
    Look-alikes: an en or em dash between words still splits them."""
    t = tokenize(sentences_of("Sino\u2011Russian ties, Sino-Russian ties and вице\u2010премьер."))
    assert t["token"].astype(str).tolist() == ["Sino\u2011Russian", "ties", "Sino-Russian", "ties", "and",
                                               "вице\u2010премьер"]
    assert t["norm"].astype(str).tolist() == ["sino-russian", "ties", "sino-russian", "ties", "and", "вице-премьер"]
    assert tokenize(sentences_of("China\u2013Russia trade \u2014 talks"))["norm"].astype(str).tolist() == [
        "china", "russia", "trade", "talks"]
    assert [tok for tok in tokenizer().tokenize("Sino\u2011Russian")] == ["Sino\u2011Russian"]  # nltk's too


def test_the_stemmed_tokens_stage_names_the_russian_stopword_list(monkeypatch):
    """Stemmed norms leave the shipped Russian stopwords whole, so the stemmed stage's cache version must
    change with that list; the unstemmed stage does not read it and keeps its version."""
    from presslens import pipeline
    from presslens.tokens import tokens_stage

    seen = []

    def recording(*modules, data_files=()):
        seen.append([Path(f).name for f in data_files])
        return "v"

    monkeypatch.setattr(pipeline, "source_version", recording)
    tokens_stage(lower=True, stem=True)
    tokens_stage(lower=True, stem=False)
    assert seen == [["stopwords_ru.txt"], []]


def test_stem_and_lemmatize_exclude_each_other():
    with pytest.raises(ValueError, match="not both"):
        normalizer(stem=True, lemmatize=True)


def test_left_out_tokens_leave_a_gap_in_token_no():
    t = tokenize(sentences_of("Russia, China and 2 others", "Next one"))
    assert t["token_no"].tolist() == [0, 2, 3, 5, 0, 1]
    assert t["sentence_no"].tolist() == [0, 0, 0, 0, 1, 1]


def test_columns_offsets_and_no_mutation():
    s = sentences_of("Putin met Xi.", "Then they left.")
    before = s.copy()
    t = tokenize(s)
    assert list(t.columns) == schema.columns("tokens")
    source = "Putin met Xi. Then they left."
    assert [source[a:b] for a, b in zip(t["start"], t["end"], strict=True)] == t["token"].tolist()
    assert t["offset"].tolist() == [0, 6, 10, 0, 5, 10]
    pd.testing.assert_frame_equal(s, before)


def test_empty_sentences_give_the_empty_table():
    t = tokenize(schema.empty("sentences"))
    assert list(t.columns) == schema.columns("tokens") and t.empty


def test_nltk_tokenizer_and_bulk_path_agree(seeds_corpus):
    tricky = "U.S.-backed Sino-Russian ‘partners’ (AFP) 1,000.5 don't O’Brien’s x__y — …"
    texts = seeds_corpus.sentences["text"].tolist() + [tricky]
    for text in texts:
        assert tokenizer().tokenize(text) == split_words(text)


def test_arrow_splits_on_pythons_white_space_character_for_character():
    # tokens split a batch's text into chunks with Arrow's utf8_split_whitespace, as str.split() would
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    chars = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    parts = pc.list_value_length(pc.utf8_split_whitespace(pa.array([f"a{ch}b" for ch in chars]))).to_numpy()
    assert (parts == np.array([2 if ch.isspace() else 1 for ch in chars])).all()


@pytest.mark.parametrize("text", ["", "   ", " a", "a ", "  a \u3000\n b  ", "\x1c\x1da\x85b\xa0", "a\u200bb",
                                  "\u2028x\u2029", "Xi\n\nmet  Putin’s\tenvoy", "lone \ud800 surrogate", "a a a b a"])
def test_chunks_are_str_split_numbered_in_order_of_first_appearance(text):
    from presslens.tokens import _chunk_codes

    codes, distinct = _chunk_codes(text)
    chunks = text.split()
    assert [distinct[c] for c in codes.tolist()] == chunks
    assert distinct == list(dict.fromkeys(chunks))


def test_bulk_path_reads_a_text_arrow_cannot_take():
    from presslens.tokens import _split_tokens

    text = "Xi met \ud800 Putin’s envoy"  # a lone surrogate: not UTF-8
    codes, vocab, start, _url = _split_tokens(text)
    assert [(vocab[c], s) for c, s in zip(codes.tolist(), start.tolist(), strict=True)] == \
        [(m.group(), m.start()) for m in re.finditer(r"\w+|’s|[^\w\s]", text)]




def test_packed_token_lines_are_joined_as_in_python():
    # each unit's words one per line (an empty unit too), as the frame kept the lines joined in Python
    import numpy as np

    from presslens.tokens import _unit_lines

    vocab = np.array(["Xi", "Putin’s", "Москва"], dtype=object)
    lines = _unit_lines(vocab, np.array([0, 1, 2, 1, 0]), np.array([0, 2, 2, 5]))
    got = pd.DataFrame({"tokens": lines})
    expected = pd.DataFrame({"tokens": ["Xi\nPutin’s", "", "Москва\nPutin’s\nXi"]})
    assert got.equals(expected) and got["tokens"].dtype == expected["tokens"].dtype


@pytest.mark.parametrize("starts, ends", [([0, 40, 90], [39, 89, 120]),     # in reading order: bisection
                                           ([40, 0, 90], [89, 39, 120]),     # out of order: a scan
                                           ([0, 0, 90], [60, 89, 120])])     # nested spans: a repair in both
def test_unit_sentence_repairs_are_sentence_repairs_of_the_tables(starts, ends):
    # the tokens stage reads each unit's repairs from the unit, as sentence_repairs reads the two tables:
    # a repair goes to every sentence whose span holds it (one across a sentence boundary goes to none)
    from presslens.tokens import _unit_sentence_repairs, sentence_repairs

    reps = [(10, 19, "Xi Jinpingon", "Xi Jinping on"), (35, 45, "ChinaRussia", "China Russia"),
            (50, 60, "UkraineWang", "Ukraine Wang"), (39, 40, "a", "a"), (100, 120, "NATOsaid", "NATO said")]
    sentences = pd.DataFrame({"article_id": "a1", "sentence_no": [0, 1, 2], "start": starts, "end": ends})
    repairs = pd.DataFrame({"article_id": "a1", "start": [r[0] for r in reps], "end": [r[1] for r in reps],
                            "raw": [r[2] for r in reps], "repaired": [r[3] for r in reps]})
    got: dict = {}
    _unit_sentence_repairs("a1", [0, 1, 2], starts, ends, reps, got)
    assert got == sentence_repairs(sentences, repairs)

# --- offsets through repairs ------------------------------------------------------------------------

UKR = (100, 111, "UkraineWang", "Ukraine Wang")


@pytest.mark.parametrize("offset, repairs, end, expected", [
    (0, [], False, 100),
    (5, [], True, 105),
    (0, [UKR], False, 100),       # 'U'
    (7, [UKR], True, 107),        # end of 'Ukraine'
    (7, [UKR], False, 107),       # the inserted space maps to the next source character, 'W'
    (8, [UKR], False, 107),       # 'W'
    (12, [UKR], True, 111),       # end of 'Wang'
    (13, [UKR], False, 112),      # after the repair: shifted back by the one inserted character
    # two repairs in one span, source from 100: 'Xi Jinpingon' (repair at 103..112), 8 other characters,
    # 'Wangwho' (120..127); analysis text: 'Xi Jinping on' + 8 characters + 'Wang who'
    (11, [(103, 112, "Jinpingon", "Jinping on"), (120, 127, "Wangwho", "Wang who")], False, 110),  # 'o' of on
    (16, [(103, 112, "Jinpingon", "Jinping on"), (120, 127, "Wangwho", "Wang who")], False, 115),
    (26, [(103, 112, "Jinpingon", "Jinping on"), (120, 127, "Wangwho", "Wang who")], False, 124),
    (29, [(120, 127, "Wangwho", "Wang who"), (103, 112, "Jinpingon", "Jinping on")], True, 127),  # end of who
])
def test_source_offset(offset, repairs, end, expected):
    assert source_offset(offset, start=100, repairs=repairs, end=end) == expected


def test_tokenize_maps_glued_words_to_the_source():
    source = "Putin met Xi Jinpingon Monday. Effects on UkraineWang called for talks."
    rep = [("Jinpingon", "Jinping on"), ("UkraineWang", "Ukraine Wang")]
    repairs = schema.frame("repairs", [
        {"article_id": "a", "start": source.index(raw), "end": source.index(raw) + len(raw), "raw": raw,
         "repaired": fixed, "rule": "test"} for raw, fixed in rep])
    s1, s2 = source.index("Effects"), len(source)
    sentences = schema.frame("sentences", [
        {"article_id": "a", "sentence_no": 0, "paragraph_no": 0, "start": 0, "end": s1 - 1,
         "text": "Putin met Xi Jinping on Monday."},
        {"article_id": "a", "sentence_no": 1, "paragraph_no": 0, "start": s1, "end": s2,
         "text": "Effects on Ukraine Wang called for talks."}])
    t = tokenize(sentences, repairs)
    assert t["token"].tolist() == ["Putin", "met", "Xi", "Jinping", "on", "Monday", "Effects", "on", "Ukraine",
                                   "Wang", "called", "for", "talks"]
    assert [source[a:b] for a, b in zip(t["start"], t["end"], strict=True)] == t["token"].tolist()


words = st.text(alphabet="abcdefgh", min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(words, st.booleans()), min_size=1, max_size=12), st.integers(0, 30))
def test_offsets_survive_any_glued_words(parts, lead):
    """Glue some words to the next one in the source; repairs split them again; every token maps back."""
    source, analysis, repairs = " " * lead, "", []
    i = 0
    while i < len(parts):
        word, glued = parts[i]
        if glued and i + 1 < len(parts):
            nxt = parts[i + 1][0]
            repairs.append({"article_id": "a", "start": len(source), "end": len(source) + len(word) + len(nxt),
                            "raw": word + nxt, "repaired": f"{word} {nxt}", "rule": "test"})
            source += word + nxt + " "
            analysis += f"{word} {nxt} "
            i += 2
        else:
            source += word + " "
            analysis += word + " "
            i += 1
    sentences = schema.frame("sentences", [{"article_id": "a", "sentence_no": 0, "paragraph_no": 0,
                                            "start": lead, "end": len(source) - 1, "text": analysis[:-1]}])
    t = tokenize(sentences, schema.frame("repairs", repairs))
    assert [source[a:b] for a, b in zip(t["start"], t["end"], strict=True)] == t["token"].tolist()


def test_to_source_maps_spans_found_in_sentence_text():
    sentences = schema.frame("sentences", [{"article_id": "a", "sentence_no": 0, "paragraph_no": 0,
                                            "start": 100, "end": 111, "text": "Ukraine Wang"}])
    spans = pd.DataFrame({"article_id": ["a"], "sentence_no": [0], "start": [8], "end": [12], "label": ["x"]})
    out = to_source(spans, sentences, schema.frame("repairs", [{"article_id": "a", "start": 100, "end": 111,
                                                                 "raw": "UkraineWang", "repaired": "Ukraine Wang",
                                                                 "rule": "t"}]))
    assert out[["start", "end", "label"]].values.tolist() == [[107, 111, "x"]]
    assert spans["start"].tolist() == [8]


def test_seed_tokens_slice_the_source_exactly(seeds_corpus):
    """Holds for any parser keeping the sentences/repairs contract: a token's source slice is the token."""
    t = tokenize(seeds_corpus.sentences, seeds_corpus.repairs)
    paths = dict(zip(seeds_corpus.articles["article_id"], seeds_corpus.articles["path"], strict=True))
    sources = {a: Path(p).read_bytes().decode("utf-8-sig") for a, p in paths.items()}
    sliced = [sources[a][s:e] for a, s, e in zip(t["article_id"], t["start"], t["end"], strict=True)]
    assert sliced == t["token"].tolist()


# --- stopwords ---------------------------------------------------------------------------------------

def test_shipped_stopwords_are_documented_and_plain():
    from importlib import resources

    text = resources.files("presslens").joinpath("data", "stopwords_en.txt").read_text(encoding="utf-8")
    assert text.startswith("#") and "NLTK" in text
    sw = stopwords()
    assert {"the", "of", "and", "'s", "don't", "not"} <= sw
    assert not {"said", "china", "president"} & sw
    assert len(stopwords(base=False)) == 0


def test_shipped_russian_stopwords_are_a_plain_list_used_with_the_english_one():
    from importlib import resources

    lines = resources.files("presslens").joinpath("data", "stopwords_ru.txt").read_text(encoding="utf-8").splitlines()
    words = [w for w in lines if w.strip() and not w.startswith("#")]
    assert 180 <= len(words) and all(re.fullmatch(r"[а-яё]+(?:-[а-яё]+)?|(?:[а-я]\.)+", w) for w in words)
    sw = stopwords()
    assert {"в", "и", "что", "не", "по", "на", "это", "который"} <= sw
    assert not {"путин", "китай", "россия", "заявил", "переговоры"} & sw
    assert {"the", "of"} <= sw and len(sw) >= 180 + len({fold(w) for w in words})  # "ещё" and "еще" are one


def test_web_addresses_are_never_words():
    t = tokenize(sentences_of("See [the visit](https://www.scmp.com/news/3262800) and ![](photo.jpg) at "
                              "reuters.com, write to wang@caixin.com or @JackDetsch. U.S. e.g. 3.5"))
    assert t["norm"].tolist() == ["see", "the", "visit", "and", "at", "write", "to", "or", "us", "e.g."]
    assert not {"https", "www", "com", "jpg", "caixin", "wang"} & set(t["norm"])
    # a web address leaves a gap in token_no: no n-gram spans it
    no = dict(zip(t["norm"], t["token_no"], strict=True))
    assert no["and"] - no["visit"] > 1


def test_extra_stopwords_words_and_files(tmp_path):
    f = tmp_path / "stopwords_extra.txt"
    f.write_text("# mine\nSaid\n\nChina’s\n", encoding="utf-8")
    sw = stopwords(["Also", str(f)])
    assert {"also", "said", "china's", "the"} <= sw
    assert stopwords(["x"], base=False) == frozenset({"x"})
    with pytest.raises(FileNotFoundError, match="nothere.txt"):
        stopwords([str(tmp_path / "nothere.txt")])


def test_fold_and_words_total():
    assert fold("China’S") == "china's"
    t = tokenize(sentences_of("Xi met Putin, twice."), punctuation=True)
    assert len(t) == 6 and words_total(t) == 4


def test_no_token_reads_nltk_data(monkeypatch, tmp_path):
    """Tokenizing, stemming and stopwords work with nltk's data path pointing nowhere."""
    import nltk

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    t = tokenize(sentences_of("The partners were meeting in Beijing."), stem=True)
    assert t["norm"].tolist() == ["the", "partner", "were", "meet", "in", "beij"]
    assert re.fullmatch(r"[a-z'а-яё.-]+", " ".join(stopwords()).replace(" ", "")) is not None  # т.е., т.д.


# --- the compact table and its per-article cache ------------------------------------------------------

def test_the_tokens_table_is_compact_with_sorted_categories():
    t = tokenize(sentences_of("Xi met Putin", "then Putin met Xi", article_id="b"))
    assert {c: str(t[c].dtype) for c in ("sentence_no", "token_no", "start", "end", "offset")} == dict.fromkeys(
        ("sentence_no", "token_no", "start", "end", "offset"), "int32")
    for c in ("article_id", "token", "norm"):
        assert isinstance(t[c].dtype, pd.CategoricalDtype)
        cats = t[c].cat.categories.tolist()
        assert cats == sorted(set(t[c].astype(str))), c  # the values used, sorted
    assert t["token"].cat.categories.tolist() == ["Putin", "Xi", "met", "then"]
    assert t["norm"].cat.categories.tolist() == ["met", "putin", "then", "xi"]
    empty = tokenize(schema.empty("sentences"))
    assert empty.dtypes.astype(str).tolist() == t.dtypes.astype(str).tolist()
    assert t.sort_values("norm", kind="stable")["norm"].astype(str).tolist() == sorted(t["norm"].astype(str))


@pytest.mark.parametrize("options", [
    {}, {"stem": True}, {"lemmatize": True}, {"lower": False}, {"numbers": True, "punctuation": True},
])
def test_corpus_tokens_cold_warm_and_uncached_equal_tokenize(seeds_corpus, tmp_path, options):
    """The tokens stage caches one packed row per article; unpacked it must be exactly tokenize()."""
    from presslens.tokens import corpus_tokens

    expected = tokenize(seeds_corpus.sentences, seeds_corpus.repairs, **options)
    cold = corpus_tokens(seeds_corpus, cache=tmp_path, progress=False, workers=1, **options)
    warm = corpus_tokens(seeds_corpus, cache=tmp_path, progress=False, workers=1, **options)
    plain = corpus_tokens(seeds_corpus, cache=False, progress=False, workers=1, **options)
    for got in (cold, warm, plain):
        pd.testing.assert_frame_equal(got, expected)
    assert (tmp_path / "tokens").is_dir()


def test_article_units_keys_and_units_whatever_the_text_column_and_row_order(seeds_corpus, tmp_path):
    """Keys are the same from an Arrow text column and an object one; units are made only when asked
    for, in article and sentence order even when the table's rows are shuffled; a changed sentence
    changes its article's key only."""
    from presslens.tokens import article_units, corpus_tokens, tokens_stage

    stage = tokens_stage(lower=True)
    sents, reps = seeds_corpus.sentences, seeds_corpus.repairs
    units, keys = article_units(stage, sents, reps)
    as_object = sents.astype({"text": object})
    assert article_units(stage, as_object, reps)[1] == keys
    shuffled_units, shuffled_keys = article_units(stage, sents.sample(frac=1, random_state=3), reps)
    assert shuffled_keys == keys and [shuffled_units[i] for i in range(len(keys))] == [units[i] for i in range(len(keys))]
    first = units[0]
    assert first[0] == sents["article_id"].iloc[0] and first[5] == sents[sents["article_id"] == first[0]]["text"].tolist()
    changed = sents.copy()
    changed.loc[changed.index[0], "text"] = changed["text"].iloc[0] + " Added."
    new_keys = article_units(stage, changed, reps)[1]
    assert new_keys[0] != keys[0] and new_keys[1:] == keys[1:]
    shuffled = type(seeds_corpus)(seeds_corpus.articles, sents.sample(frac=1, random_state=4), seeds_corpus.segments, reps)
    pd.testing.assert_frame_equal(corpus_tokens(shuffled, cache=tmp_path, progress=False, workers=1),
                                  tokenize(sents, reps))


def test_corpus_tokens_keeps_repaired_offsets_and_articles_without_tokens(tmp_path):
    """An article whose sentences hold no word (left out of the table) and a glued-word repair whose
    tokens do not sit at sentence start + offset both survive the cache."""
    from types import SimpleNamespace

    from presslens.tokens import corpus_tokens

    source = "Putin met Xi Jinpingon Monday. Effects on UkraineWang called for talks."
    rep = [("Jinpingon", "Jinping on"), ("UkraineWang", "Ukraine Wang")]
    repairs = schema.frame("repairs", [
        {"article_id": "a", "start": source.index(raw), "end": source.index(raw) + len(raw), "raw": raw,
         "repaired": fixed, "rule": "test"} for raw, fixed in rep])
    s1 = source.index("Effects")
    sentences = schema.frame("sentences", [
        {"article_id": "a", "sentence_no": 0, "paragraph_no": 0, "start": 0, "end": s1 - 1,
         "text": "Putin met Xi Jinping on Monday."},
        {"article_id": "a", "sentence_no": 1, "paragraph_no": 0, "start": s1, "end": len(source),
         "text": "Effects on Ukraine Wang called for talks."},
        {"article_id": "b", "sentence_no": 0, "paragraph_no": 0, "start": 0, "end": 9, "text": "1,000 — 2"},
        {"article_id": "c", "sentence_no": 3, "paragraph_no": 1, "start": 5, "end": 12, "text": "Hi there"}])
    corpus = SimpleNamespace(sentences=sentences, repairs=repairs)  # all corpus_tokens reads
    expected = tokenize(sentences, repairs)
    assert set(expected["article_id"].astype(str)) == {"a", "c"}
    for _ in range(2):  # cold, then warm
        got = corpus_tokens(corpus, cache=tmp_path, progress=False, workers=1)
        pd.testing.assert_frame_equal(got, expected)
    assert [source[a:b] for a, b in zip(got["start"][:13], got["end"][:13], strict=True)] == \
        got["token"][:13].astype(str).tolist()


def test_tokens_frame_takes_its_arrays_with_articles_by_runs_or_per_token():
    """The table made from token codes and articles as runs equals the one from per-token articles; the
    arrays handed over are taken out of the dict (the caller keeps none of them alive); categories are
    the values used, sorted, and each token keeps its own norm."""
    import numpy as np

    from presslens import tokens as TK

    vocab, norms = ["b", "a", "c", "A"], ["b", "a", "c", "a"]
    art_ids, runs = ["x", "w", "z", "y"], np.array([3, 0, 2, 4])
    codes = np.array([0, 1, 3, 2, 2, 1, 0, 3, 3], dtype=np.int32)
    block = TK._int_block(len(codes))
    block[:] = np.arange(len(codes))
    parts = {"codes": codes.copy(), "art_runs": runs}
    by_runs = TK._tokens_frame(parts, art_ids, block.copy(), vocab, norms)
    assert parts == {}
    per_token = TK._tokens_frame({"codes": codes.copy(), "art": np.repeat(np.arange(4), runs)}, art_ids,
                                 block.copy(), vocab, norms)
    pd.testing.assert_frame_equal(by_runs, per_token)
    assert by_runs["token"].astype(str).tolist() == [vocab[c] for c in codes]
    assert by_runs["norm"].astype(str).tolist() == [norms[c] for c in codes]
    assert by_runs["article_id"].astype(str).tolist() == list(np.repeat(art_ids, runs))
    assert list(by_runs["token"].cat.categories) == ["A", "a", "b", "c"]
    assert list(by_runs["norm"].cat.categories) == ["a", "b", "c"]
    assert list(by_runs["article_id"].cat.categories) == ["x", "y", "z"]  # w has no token


@pytest.mark.parametrize("options", [{}, {"stem": True}])
def test_british_co_operation_is_cooperation(options):
    """Britain's "co-operation" and "co-ordinate" are America's "cooperation" and "coordinate": one term, and a
    search for either finds both. A hyphen after another "co-" (co-founder, co-chair), or inside a word
    ending in "co" (Monaco-owned), stays a compound."""
    t = tokenize(sentences_of("Co-operation and cooperation; co-ordinated and coordinated; the co-founder, "
                              "the co-chair, a Monaco-owned yacht, the coop."), **options)
    norm = dict(zip(t["token"].astype(str), t["norm"].astype(str), strict=True))
    assert norm["Co-operation"] == norm["cooperation"] and norm["co-ordinated"] == norm["coordinated"]
    assert fold("Co-operation") == "cooperation" and fold("co\u2011ordination") == "coordination"
    # look-alikes keep their reading
    assert fold("co-founder") == "co-founder" and fold("co-chair") == "co-chair"
    assert fold("Monaco-owned") == "monaco-owned" and fold("coop") == "coop"
    assert norm["co-founder"] != norm.get("cofounder", "cofounder") and "-" in norm["Monaco-owned"]
    from presslens import terms as T

    occ = T.occurrences(t, "co-operation", stem=bool(options))
    assert len(occ) == 2


def test_a_number_glued_to_its_unit_is_a_number():
    """Money and quantities written "$25bn", "$1.5bn", "36m tonnes", "2,600km" are numbers, never words: neither
    "25bn" nor a "bn" split off "1.5" is a term. Names with digits ("3M", "5G", "G20", "Su-35"), decades ("1990s"),
    ordinals ("2nd") and units that are no listed abbreviation ("1.5mm") keep their reading."""
    t = tokenize(sentences_of("A $25bn deal, $1.5bn in fees, 36m tonnes over 2,600km, and 1,200kg."))
    assert t["norm"].tolist() == ["a", "deal", "in", "fees", "tonnes", "over", "and"]
    t = tokenize(sentences_of("3M and 5G, the G20 and Su-35 in the 1990s, the 2nd, 1.5mm and 10bnx."))
    assert t["norm"].tolist() == ["3m", "and", "5g", "the", "g20", "and", "su-35", "in", "the", "1990s", "the",
                                  "2nd", "mm", "and", "10bnx"]
    assert split_words("$1.5bn 1.5mm") == ["$", "1.5bn", "1.5", "mm"]
    assert tokenize(sentences_of("A $25bn deal and $1.5bn"), numbers=True)["token"].astype(str).tolist() == [
        "A", "25bn", "deal", "and", "1.5bn"]


def test_russian_abbreviations_and_lone_letters_are_stopwords():
    """"т.е.", "т.д.", "т.к." and the lone letters of units and abbreviations ("млн т", "куб. м", "т. е.",
    Kommersant's “Ъ”) are no terms; words that only hold those letters ("Т-34", "объезд", "ТАСС") are."""
    from presslens import terms as T

    t = tokenize(sentences_of("Рост, т.е. 5 млн т нефти и 38 млрд куб. м газа, т. е. больше, и т.д., т.к. “Ъ” "
                              "узнал; танк Т-34 на объезде, сообщил ТАСС."))
    terms = set(T.frequencies(t, ngram_max=1, stopwords=stopwords())["term"])
    assert not {"т.е.", "т.д.", "т.к.", "т", "е", "м", "ъ"} & terms
    assert {"рост", "млн", "нефти", "газа", "узнал", "т-34", "объезде", "тасс", "танк"} <= terms
    assert {"т.е.", "ъ", "т"} <= stopwords(stem=True)
