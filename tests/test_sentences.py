"""The sentence splitter: abbreviations, initials, quotes, ellipses and machine-translation slips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.sentences import sentences, split_sentences

CASES = [
    # (text, expected sentences)
    ("He left. She stayed.", ["He left.", "She stayed."]),
    ("Officials in the U.S. government said so. Then they left.",
     ["Officials in the U.S. government said so.", "Then they left."]),
    ("It happened in the U.S. The president said nothing.", ["It happened in the U.S.", "The president said nothing."]),
    ("On Sept. 16 they met. On Jan. 5 they met again.", ["On Sept. 16 they met.", "On Jan. 5 they met again."]),
    ("Mr. Xi and Dr. Smith met Gen. Gerasimov at St. Petersburg.", ["Mr. Xi and Dr. Smith met Gen. Gerasimov at St. Petersburg."]),
    ("Resolution No. 5 passed. It was late.", ["Resolution No. 5 passed.", "It was late."]),
    ("They met at 9 a.m. on Friday. Talks ended at 5 p.m. The envoy left.",
     ["They met at 9 a.m. on Friday.", "Talks ended at 5 p.m.", "The envoy left."]),
    ("He quoted J. R. R. Tolkien at length. Nobody laughed.", ["He quoted J. R. R. Tolkien at length.", "Nobody laughed."]),
    ("“We agree.” Then he left.", ["“We agree.”", "Then he left."]),
    ('He said: "We agree." Then he left.', ['He said: "We agree."', "Then he left."]),
    ("“Despite it all, (…) we join forces.” He smiled.", ["“Despite it all, (…) we join forces.”", "He smiled."]),
    ("We waited... Nothing came.", ["We waited...", "Nothing came."]),
    ("Why? Because we can! Really.", ["Why?", "Because we can!", "Really."]),
    # machine-translation slips: a period before a lowercase word is not a boundary
    ("It was a Ministry of Affairs statement. foreign.", ["It was a Ministry of Affairs statement. foreign."]),
    ("They met at the Winter Olympics. from Beijing. Then more.", ["They met at the Winter Olympics. from Beijing.", "Then more."]),
    ("The economy appears to be failing. undeterred by sanctions.", ["The economy appears to be failing. undeterred by sanctions."]),
    # a stray " ." stays with the sentence before; no punctuation-only sentences
    ("The two countries agreed. .", ["The two countries agreed. ."]),
    (". . The report is out.", [". . The report is out."]),
    ("...", []),
    ("", []),
    ("   \n  ", []),
    ("No final stop", ["No final stop"]),
    ("Председатель прибыл в Москву. Переговоры продлились 4 ч. в Кремле.",
     ["Председатель прибыл в Москву.", "Переговоры продлились 4 ч. в Кремле."]),
    ("Он родился в 1952 г. в Ленинграде. Потом уехал.", ["Он родился в 1952 г. в Ленинграде.", "Потом уехал."]),
]


SLIPPED_NAMES = [
    # a paragraph ending in one capitalized word after a period: merged when the text uses it as a name
    ("The war in Ukraine goes on. Sanctions on Moscow for the war in Russia. Ukraine.",
     ["The war in Ukraine goes on.", "Sanctions on Moscow for the war in Russia. Ukraine."]),
    ("He met Wang Yi in Moscow. “Peace comes first,” he said. Wang.",
     ["He met Wang Yi in Moscow.", "“Peace comes first,” he said. Wang."]),
    ("Officials in Санкт-Петербург и Москва met. Talks ended. Москва.", ["Officials in Санкт-Петербург и Москва met.",
                                                                         "Talks ended. Москва."]),
    # real one-word sentences stay
    ("He was asked if he agreed. Yes.", ["He was asked if he agreed.", "Yes."]),  # no name in the text
    ("He met Wang Yi. Peace comes first, he said. Wang. Then he left.",  # not the paragraph's end
     ["He met Wang Yi.", "Peace comes first, he said.", "Wang.", "Then he left."]),
    ("Who is to blame in Ukraine? Ukraine.", ["Who is to blame in Ukraine?", "Ukraine."]),  # an answer
    ("Talks in Ukraine failed. Why?", ["Talks in Ukraine failed.", "Why?"]),
    ("In Ukraine he said he would never agree. “Never.”", ["In Ukraine he said he would never agree.", "“Never.”"]),
    ("In Ukraine they met. “Ukraine.”", ["In Ukraine they met.", "“Ukraine.”"]),
    ("In Ukraine he waited... Ukraine.", ["In Ukraine he waited...", "Ukraine."]),
    ("In Ukraine they met. Ukraine!", ["In Ukraine they met.", "Ukraine!"]),
    ("Ukraine.", ["Ukraine."]),
]


@pytest.mark.parametrize("text,expected", SLIPPED_NAMES, ids=[c[0][-30:] for c in SLIPPED_NAMES])
def test_a_slipped_name_at_the_end_of_a_paragraph_is_no_sentence(text, expected):
    assert sentences(text) == expected


def test_slipped_name_evidence_comes_from_the_whole_text_passed():
    text = "Xi met Wang Yi in Moscow.\n\nPeace comes first, he said. Wang."
    para = text.index("Peace")
    assert [text[s:e] for s, e in split_sentences(text, start=para)] == ["Peace comes first, he said. Wang."]
    assert sentences(text[para:]) == ["Peace comes first, he said.", "Wang."]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:30] or "empty" for c in CASES])
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_offsets_point_into_the_source_and_respect_bounds():
    text = "xx He left. She stayed. yy"
    spans = split_sentences(text, start=3, end=23)
    assert [text[s:e] for s, e in spans] == ["He left.", "She stayed."]
    assert all(3 <= s < e <= 23 for s, e in spans)


def test_deterministic_on_a_long_paragraph():
    # its speed (sentences per second) is measured in bench/bench_linear.py
    para = ("Chinese leader Xi Jinping met Mr. Putin in the U.S. capital on Sept. 5. "
            "“We agree,” he said. The talks failed. undeterred, they met again (…) later. ")
    spans = split_sentences(para * 50)
    assert spans == split_sentences(para * 50)
    assert len(spans) == 150
    assert [(para * 50)[s:e] for s, e in spans[:3]] == [
        "Chinese leader Xi Jinping met Mr. Putin in the U.S. capital on Sept. 5.",
        "“We agree,” he said.",
        "The talks failed. undeterred, they met again (…) later.",  # a lowercase slip ends no sentence
    ]
    assert spans[3:] == [(s + i * len(para), e + i * len(para)) for i in range(1, 50) for s, e in spans[:3]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.B?!… \n\"”(…)'U.S.")), max_size=80))
def test_spans_are_ordered_nonempty_and_hold_a_word(text):
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert any(ch.isalnum() for ch in text[s:e])
        last = e


@pytest.mark.parametrize("text, expected", [
    # a unit or a count ends its number, and may end the sentence: before a usual opener it does
    ("Оборот составил $240,1 млрд. В 2022 г. он был ниже. Это рекорд.",
     ["Оборот составил $240,1 млрд.", "В 2022 г. он был ниже.", "Это рекорд."]),
    ("Он живёт в г. Москва. Это город.", ["Он живёт в г. Москва.", "Это город."]),  # г. = город before a name
    ("The road is 20 km. The convoy left.", ["The road is 20 km.", "The convoy left."]),
    ("It weighed 5 kg. Putin left.", ["It weighed 5 kg. Putin left."]),  # no opener: kept together
])
def test_units_end_a_sentence_before_an_opener(text, expected):
    assert sentences(text) == expected
