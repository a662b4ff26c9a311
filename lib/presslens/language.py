"""The language of an article's story text: "en", "ru" or "" (unknown), from script and common words.

Cheap and dependency-free: the letters of the text are counted by script (Latin, Cyrillic, other), and
the words of the majority script are checked against a few dozen of the most common function words of
English and Russian. A text is English when most of its letters are Latin and at least
:data:`MIN_SHARE` of its Latin-script words are common English words ("the", "of", "and" ...); Russian
when most letters are Cyrillic and enough of its words are common Russian words ("и", "в", "что" ...).
Anything else (French, Ukrainian, Chinese, too little text) is "" -- unknown, never guessed.

>>> detect_language("Xi Jinping and Vladimir Putin met in Beijing on Thursday to discuss the war.")
'en'
>>> detect_language("Владимир Путин и Си Цзиньпин провели переговоры в Пекине.")
'ru'
>>> detect_language("Le président chinois a rencontré son homologue russe à Pékin.")
''
>>> detect_language("Президент України заявив, що переговори з Китаєм тривають.")
''
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["LANGUAGE_NAMES", "MIN_SHARE", "MIN_WORDS", "SAMPLE", "detect_language"]

# Share of the majority script's words that must be common function words of the language. Running
# English or Russian prose has 20-35 % of them; French, German or Spanish text under 5 % (the list leaves
# out words those languages share with English: a, an, as, in, on, was, will ...).
MIN_SHARE = 0.12
# Fewer words than this in the majority script: too little evidence, unknown.
MIN_WORDS = 3
# Characters of the text read (about 200 words: plenty to tell English from Russian from anything else)
SAMPLE = 1200

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "": "unknown language"}

_EN = frozenset("""
the of and to is that for with by at from it be are has have had his her their its this which who not
but were would said or been after about than more also over into they she we
""".split())
_RU = frozenset("""
и в не на что с по как это к из о от за для у же его ее её но при так до также был была были было они
он она мы вы который которые которая которое которых года году сообщил заявил после уже или ли бы между
только еще ещё этом этого этой чтобы во со об
""".split())
# Letters of Ukrainian, Belarusian, Serbian and Macedonian that Russian lacks, and Russian's own (ы, э),
# which Bulgarian, Serbian and Ukrainian lack: a Cyrillic text is Russian only with the latter and
# (almost) none of the former.
_NOT_RU = frozenset("іїєґўјљњћђџѓќѕІЇЄҐЎЈЉЊЋЂЏЃЌЅ")
_RU_ONLY = frozenset("ыэЫЭ")

# Runs of letters by script, found by the regex engine (a Python loop over an article's characters costs more than
# the rest of its parse); a run is a word, or a word's part between apostrophes and hyphens
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")


def detect_language(text: str) -> str:
    """``"en"``, ``"ru"`` or ``""`` (unknown) for ``text`` (an article's story text): the majority script of
    its words, confirmed by the share of that script's words that are common function words of English
    (Latin) or Russian (Cyrillic), over its first :data:`SAMPLE` characters; see the module's docstring."""
    if not text:
        return ""
    text = text[:SAMPLE]  # the opening of a story tells its language as well as the whole, at a bounded cost
    total = len(_LETTERS.findall(text))
    latin, cyrillic = _LATIN.findall(text), _CYRILLIC.findall(text)
    counts = {"latin": len(latin), "cyrillic": len(cyrillic), "other": max(0, total - len(latin) - len(cyrillic))}
    script = max(counts, key=counts.get)
    n = counts[script]
    if script == "other" or n < MIN_WORDS or n * 2 <= total:
        return ""
    words, known = (latin, _EN) if script == "latin" else (cyrillic, _RU)
    if sum(1 for w in words if w.lower() in known) < MIN_SHARE * n:
        return ""
    if script == "latin":
        return "en"
    letters = Counter(ch for ch in text if ch in _NOT_RU or ch in _RU_ONLY)
    not_ru = sum(v for k, v in letters.items() if k in _NOT_RU)
    ru_only = sum(v for k, v in letters.items() if k in _RU_ONLY)
    if not_ru > max(2, n // 50) or (n >= 20 and not ru_only):  # Ukrainian ...; Bulgarian, Serbian ...
        return ""
    return "ru"
