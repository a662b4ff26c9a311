"""The parse chunk's columns made for many articles at once (word counts, text columns) and the one-pass reading of a
plain sample's language: the same values as the per-article, per-value ways they replace."""

import random

import pytest

from presslens import corpus

# Joiners between word characters or not (doubled, leading, trailing, beside a separator, a non-word character
# or the end of a text), word characters beyond the first plane, lone surrogates, digits and underscores,
# characters casefolding does not touch here, the separator U+001F inside a text, other dashes.
AWKWARD = ["", "don't", "it’s co-operate", "a--b", "a-b-c", "-a-", "'a'", "a'", "x-\ud800", "Sino-Russian", "a -b",
           "a- b", "İ-x", "𝐀-𝐀", "_-_", "1-2", "a\x1f-b", "—", "a‐b", "a'’b", "ab'-cd", "Да-да, в т.ч. 5-й"]


def test_word_counts_of_a_chunk_equal_those_of_each_text():
    rng = random.Random(5)
    chars = list("ab '’-_1 .\x1f") + [chr(c) for c in range(0x80, 0x3000, 7)] + ["\ud800", "𝐀"]
    texts = AWKWARD + ["".join(rng.choice(chars) for _ in range(rng.randint(0, 40))) for _ in range(500)]
    for chunk in (texts, texts[::-1], AWKWARD[1:2], ["", "a-"], ["-b", ""], [""], []):
        assert corpus.count_words_many(chunk) == [corpus.count_words(t) for t in chunk]


def test_parsed_articles_count_their_words():
    from presslens.reading import Document

    docs = [Document(article_id=f"a{i}", path=f"a{i}.txt", text=text) for i, text in
            enumerate(["Title\n\nSino-Russian ties don't change, it’s said.\n", "", "Заголовок\n\nДа-да, это так.\n"])]
    articles = corpus.parse_documents([(d.article_id, d) for d in docs])["articles"]
    assert articles["n_words"].tolist() == [corpus.count_words(t) for t in articles["text"]]
    assert articles["n_words"].dtype == "int64"


def test_language_of_plain_texts_read_in_one_pass_equals_the_full_reading(monkeypatch):
    """A sample of ASCII and the punctuation English news prints is read with one regex (its letter runs are its
    Latin runs); the language found is the one the three-regex reading finds, also for the signs beside that set
    that are word characters (ª ² µ ½) or Latin-run characters that are not letters (×)."""
    import re

    from presslens import language

    rng = random.Random(11)
    words = ["the", "of", "and", "to", "is", "Le", "la", "der", "die", "Путин", "и", "что", "café", "ª²", "µm",
             "3½", "×", "“quote”", "—", "it’s", "\u00a0", "«»", "Abc", "Über", "İs", "і", "ы", "in", "a"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    plain = [language.detect_language(t) for t in texts]
    monkeypatch.setattr(language, "_NOT_PLAIN", re.compile(r"(?s:.)|$"))  # every sample read in full
    assert plain == [language.detect_language(t) for t in texts]
    assert {"en", "ru", ""} <= set(plain)


def test_text_columns_made_by_arrow_are_those_pandas_makes():
    import pandas as pd
    import pyarrow as pa

    for values in (["a", "b"], ["", "é", "日本", "a\x00b"], ["a", None], [None, None], [], [["a"], []], [b"a"],
                   ["a", 1], ["x\ud800"]):
        try:
            want = pd.DataFrame({"c": values})["c"]
        except (pa.ArrowException, UnicodeError) as exc:  # pandas cannot make it: nor can the chunk
            with pytest.raises(type(exc)):
                pd.DataFrame({"c": corpus._text_column(values)})
            continue
        got = pd.DataFrame({"c": corpus._text_column(values)})["c"]
        pd.testing.assert_series_equal(got, want)
        if isinstance(want.dtype, pd.StringDtype):  # the same Arrow type too (large_string)
            assert pa.array(got.array).type == pa.array(want.array).type


def test_latin_runs_of_a_plain_sample_are_those_the_regex_finds():
    """A plain sample's Latin runs, split out of its bytes with the non-letters made spaces, are the regex's:
    beside digits, underscores, apostrophes, control characters and the non-ASCII signs a plain sample may hold
    (no-break space, curly quotes, dashes, guillemets, ©, ±, ¿)."""
    from presslens import language

    rng = random.Random(3)
    chars = list("abcXYZ _1'-.\t\n\r\x00\x7f\x1f") + ["\u00a0", "“", "”", "’", "—", "«", "»", "©", "±", "¿", "\u2009"]
    samples = ["", " ", "a", "Ab9cd_ef", "x\u00a0y", *("".join(rng.choice(chars) for _ in range(rng.randint(1, 40)))
                                                         for _ in range(2000))]
    for s in samples:
        assert language._NOT_PLAIN.search(s) is None
        assert language._plain_latin(s) == language._LATIN.findall(s)


@pytest.mark.parametrize("alphabet, width", [
    ("ab '-_1.\x1f\t", "uint8"),  # ASCII only: a byte a character
    ("ab '’-1.é—Да\x1f", "uint16"),  # up to U+FFFF: two bytes
    ("ab '-\ud800\udc00\udfff", "uint16"),  # lone surrogates, also a high one then a low one: a character each
    ("ab '’-𝐀😀Да", "uint32"),  # a character above U+FFFF: four bytes
])
def test_a_chunks_code_points_are_kept_in_the_narrowest_array_with_the_same_values(alphabet, width):
    """WordRuns keeps a chunk's code points one, two or four bytes each (the fewest that hold them all), not
    always four; the code points, the word counts and the duplicate search's words are the same either way."""
    import numpy as np

    from presslens import duplicates
    from presslens.words import WordRuns

    rng = random.Random(len(alphabet))
    texts = ["", *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(300))]
    runs = WordRuns(texts)
    assert runs.cp.dtype == np.dtype(width)
    assert runs.cp.tolist() == [ord(ch) for ch in "\x1f".join(texts) + "\x1f"]
    assert corpus.count_words_many(texts) == [corpus.count_words(t) for t in texts]
    assert WordRuns(texts, fold=True).cp.dtype == np.uint32  # casefolded: the fold table's code points
    vocab = duplicates._Words(3)
    keys, ids, counts = duplicates._words_many(texts, vocab)
    words = [duplicates.tokens(t) for t in texts]
    assert counts.tolist() == [len(w) for w in words]
    assert ids.tolist() == vocab.ids([w for ws in words for w in ws]).tolist()
    assert [k is None for k in keys] == [not w for w in words]
    assert WordRuns([]).cp.tolist() == [0x1F]  # no text: the separator alone, as before


def test_folded_words_are_word_runs_casefolded_with_the_other_characters_made_separators():
    """folded_words (the duplicate search's one lookup a character, in a table of the chunk's width) gives what
    WordRuns(fold=True) gives with every character that is not a word character made U+001F: for ASCII,
    first-plane and astral chunks, characters casefolding to several (ß, İ, ﬀ), lone surrogates, U+001E."""
    import numpy as np

    from presslens.words import WordRuns, folded_words

    rng = random.Random(17)
    for alphabet in ("aB '-_1.\x1e\x1f\t", "aB ’ßİﬀΣσς-Да\x1e", "aB \ud800\udc00\udfffẞ", "aB 𝐀😀ǅß"):
        texts = ["", *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(300))]
        for chunk in (texts, texts[:1], [t for t in texts if "ß" not in t and "İ" not in t], []):
            runs = WordRuns(chunk, fold=True)
            folded, bounds = folded_words(chunk)
            assert folded.tolist() == np.where(runs.word, runs.cp, 0x1F).tolist()
            assert bounds.tolist() == runs.bounds.tolist()
