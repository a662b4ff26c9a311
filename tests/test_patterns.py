"""The word-list helpers: trie regexes and the one-pass keyword scan."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.patterns import CasedKeywordScan, KeywordScan, trie_regex
from presslens.timex import _KEYWORDS


def _find_all(text: str, keyword: str) -> list[int]:
    """Every start of ``keyword`` in ``text``, overlapping ones too, by str.find."""
    out, i = [], text.find(keyword)
    while i >= 0:
        out.append(i)
        i = text.find(keyword, i + 1)
    return out


def test_trie_regex_prefers_the_longest_key_and_reads_characters_literally():
    rx = re.compile(trie_regex(["week", "weekend", "a.m", "(x)"]))
    assert rx.findall("weekend week a.m amm (x)") == ["weekend", "week", "a.m", "(x)"]
    assert trie_regex([]) == ""
    assert re.fullmatch(trie_regex(["New York"], {" ": r"\s+"}), "New \n York")


def test_trie_regex_tries_the_longer_keys_first_where_a_head_overlaps_a_character():
    """A head standing for several endings beside a literal character of a longer key: the longer key wins,
    and a text only the head matches still matches it."""
    heads = {"\x02": "(?:е|и|ей)", "\x05": "(?:и|е|ой)", " ": r"\s+"}
    rx = re.compile(trie_regex(["Гвине\x02", "Гвинее-Бисау"], heads) + r"(?!\w)")
    assert [m.group(0) for m in rx.finditer("в Гвинее-Бисау, Гвинеей и Гвинее")] == ["Гвинее-Бисау", "Гвинеей", "Гвинее"]
    rx = re.compile(trie_regex(["Босни\x02", "Босни\x05 и Герцеговин\x02"], heads) + r"(?!\w)")
    assert [m.group(0) for m in rx.finditer("в Боснии и Герцеговине; в Боснии и там")] == ["Боснии и Герцеговине", "Боснии"]


def test_keyword_scan_finds_overlapping_and_nested_keywords():
    hits = KeywordScan(["day", "today", "to", "ay", "0s", "1990s"]).hits("Today: to today, the 1990s, 2000s")
    assert hits == {"to": [7, 10], "today": [10], "day": [2, 12], "ay": [3, 13], "1990s": [21], "0s": [24, 31]}
    assert KeywordScan([]).hits("anything") == {}
    assert KeywordScan(["x"]).hits("") == {}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="adayto 0s19:.-'TMy\n", max_size=80),
       st.lists(st.text(alphabet="adyto0s19:.", min_size=1, max_size=4), min_size=1, max_size=8))
def test_keyword_scan_equals_str_find_from_every_position(text, keywords):
    hits = KeywordScan(keywords).hits(text)
    expected = {k: _find_all(text, k) for k in set(keywords) if _find_all(text, k)}
    assert hits == expected


def test_keyword_scan_on_the_date_keywords():
    keywords = {k for ks in _KEYWORDS for k in ks}
    text = "Last May, on Monday at 10 a.m., years later (in 1990s) the weekend's New Year today: 20:15."
    hits = KeywordScan(keywords).hits(text)
    assert hits == {k: _find_all(text, k) for k in keywords if _find_all(text, k)}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="adayto 0s19:.-'TMyDAYİẞ\n", max_size=80),
       st.lists(st.text(alphabet="adytoDAYM0s19:.", min_size=1, max_size=4), min_size=1, max_size=8))
def test_cased_keyword_scan_equals_its_two_scans(text, keywords):
    """One scan of the lower-cased copy finds what the two scans find (capitalized keywords in the text, the others in
    the copy), also where lower-casing changes the text's length ("İ" becomes two characters: the two scans)."""
    scan = CasedKeywordScan(keywords)
    lowered = text.lower()
    expected = KeywordScan([k for k in keywords if k != k.lower()]).hits(text)
    expected.update(KeywordScan([k for k in keywords if k == k.lower()]).hits(lowered))
    assert scan.hits(text, lowered) == expected
    assert scan.hits(text) == expected


def test_cased_keyword_scan_with_a_capital_sigma():
    """A capital sigma lower-cases by the letter after it ("ΣΑΣ" -> "σας", "ΣΑΣΑ" -> "σασα"): keywords holding one
    are found by the two scans, as written, also before a letter; the others (no sigma) in one scan of the copy."""
    text = "ΣΑΣΑ and ΣΑΣ, ΟΔΥΣΣΕΑΣ odysseas"
    assert CasedKeywordScan(["ΣΑΣ", "odysseas"]).hits(text) == {"ΣΑΣ": [0, 9], "odysseas": [23]}
    assert CasedKeywordScan(["ΟΔΥ", "odysseas"]).hits(text) == {"ΟΔΥ": [14], "odysseas": [23]}


def test_cased_keyword_scan_on_the_date_keywords():
    keywords = {k for ks in _KEYWORDS for k in ks}
    scan = CasedKeywordScan(keywords)
    for text in ("Last May, on Monday at 10 a.m. EST (in the 1990s) MAY TODAY, they may meet; the interest set "
                 "at 9 ET, МСК, мск 14:00, 5 марта", "İstanbul, May 5, today"):
        lowered = text.lower()
        expected = KeywordScan(k for k in keywords if k != k.lower()).hits(text)
        expected.update(KeywordScan(k for k in keywords if k == k.lower()).hits(lowered))
        assert scan.hits(text, lowered) == expected
        assert "May" in expected and "today" in expected


def test_word_start_matches_moves_on_after_an_empty_match():
    from itertools import islice

    from presslens.patterns import word_start_matches

    # a pattern that can match the empty string (an empty alternation, as an empty gazetteer made) must not
    # yield the same empty match for ever: one match a position at most, then the end
    found = list(islice(word_start_matches(re.compile(r"(?:)"), "ab cd"), 50))
    assert [m.start() for m in found] == [0, 3]
    # one that matches only at the end, after a word character: skipped, and no match past the end
    assert list(islice(word_start_matches(re.compile(r"(?:)(?!\w)"), "ab cd"), 50)) == []


def test_casefold_table_folds_every_code_point_as_str_casefold():
    """Each code point: its one-character fold in the table, or marked as folding to several (then left as it
    is); a folded character maps to itself (a text casefolded as a string can go through the table again)."""
    from presslens.words import casefold_chars

    table, several = casefold_chars()
    for c in range(0x110000):
        folded = chr(c).casefold()
        if len(folded) > 1:
            assert several[c] and table[c] == c, hex(c)
        else:
            assert not several[c] and table[c] == ord(folded), hex(c)
        assert all(table[ord(ch)] == ord(ch) and not several[ord(ch)] for ch in folded), hex(c)
    assert several[ord("ß")] and table[ord("Я")] == ord("я") and table[ord("a")] == ord("a")


def test_word_runs_are_the_regex_words_of_each_text_casefolded_or_not():
    """The runs of a chunk, per text, are the words ``\\w+`` finds in each text (casefolded with ``fold``: the
    same as str.casefold, also where a character folds to several or to a non-word character, "İ" -> "i̇")."""
    import numpy as np

    from presslens.words import WordRuns

    texts = ["İstanbul İİ x", "Straße STRASSE ß", "ǰ ΐ ﬁne ﬃ", "a\x1fb\x1f\x1f c", "\x1f", "\ud800 lone \udfff x",
             "𝐀bc 𝟙𝟚 😀", "Ünïcödé ΣΊΣΥΦΟΣ Дом", "", " lead", "trail ", "ŉ ǅ x"]
    for chunk in (texts, texts[::-1], texts[:1], ["", "a"], [""], []):
        for fold in (False, True):
            runs = WordRuns(chunk, fold=fold)
            want = [re.findall(r"\w+", t.casefold() if fold else t) for t in chunk]
            starts = np.flatnonzero(runs.starts)
            assert runs.per_text(starts).tolist() == [len(w) for w in want]
            ends = np.flatnonzero(runs.word & ~np.append(runs.word[1:], False)) + 1
            got = ["".join(map(chr, runs.cp[a:b].tolist())) for a, b in zip(starts, ends, strict=True)]
            assert got == [w for ws in want for w in ws]


def test_word_start_matches_as_the_look_behind_finds_them():
    from presslens.patterns import word_start_matches

    # the pattern with (?<!\w) is what it stands for: a match after a word character is skipped and the search
    # goes on one character later, where a shorter match inside the skipped one may be kept ("Xb" in "aXb"
    # is not, after "a"; "Xb" after " " is), then on after each kept match; word characters beyond ASCII count
    cases = [("aXb|Xb", "zaXb aXb Xb aXbXb _Xb éXb 1Xb -Xb"), ("Xi", "Xi, taXi Xi"),
             (r"[Tt](?i:he\s+)", "bathe the  The\x00the lathe THE"), ("ab|b", "ab xab b cab")]
    for pat, text in cases:
        scan, look = re.compile(pat), re.compile(r"(?<!\w)(?:" + pat + ")")
        for pos, end in ((0, len(text)), (2, len(text)), (1, len(text) - 3)):
            got = [m.span() for m in word_start_matches(scan, text, pos, end)]
            assert got == [m.span() for m in look.finditer(text, pos, end)], (pat, text, pos, end)
        assert [m.span() for m in word_start_matches(scan, text)] == [m.span() for m in look.finditer(text)]
