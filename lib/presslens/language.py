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

__all__ = ["LANGUAGE_NAMES", "MIN_SHARE", "MIN_WORDS", "detect_language"]

# Share of the majority script's words that must be common function words of the language. Running
# English or Russian prose has 20-35 % of them; French, German or Spanish text under 5 % (the list leaves
# out words those languages share with English: a, an, as, in, on, was, will ...).
MIN_SHARE = 0.12
# Fewer words than this in the majority script: too little evidence, unknown.
MIN_WORDS = 3

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

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _script(word: str) -> str:
    ch = word[0]
    if "a" <= ch.lower() <= "z" or "\u00c0" <= ch <= "\u024f":
        return "latin"
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    return "other"


def detect_language(text: str) -> str:
    """``"en"``, ``"ru"`` or ``""`` (unknown) for ``text`` (an article's story text): the majority script of
    its words, confirmed by the share of that script's words that are common function words of English
    (Latin) or Russian (Cyrillic); see the module's docstring."""
    if not text:
        return ""
    counts = {"latin": 0, "cyrillic": 0, "other": 0}
    common = {"latin": 0, "cyrillic": 0}
    for w in _WORD.findall(text):
        s = _script(w)
        counts[s] += 1
        if s == "latin":
            common[s] += w.lower() in _EN
        elif s == "cyrillic":
            common[s] += w.lower() in _RU
    script = max(counts, key=counts.get)
    n = counts[script]
    if script == "other" or n < MIN_WORDS or n * 2 <= sum(counts.values()):
        return ""
    if common[script] < MIN_SHARE * n:
        return ""
    if script == "latin":
        return "en"
    letters = Counter(ch for ch in text if ch in _NOT_RU or ch in _RU_ONLY)
    not_ru = sum(v for k, v in letters.items() if k in _NOT_RU)
    ru_only = sum(v for k, v in letters.items() if k in _RU_ONLY)
    if not_ru > max(2, n // 50) or (n >= 20 and not ru_only):  # Ukrainian ...; Bulgarian, Serbian ...
        return ""
    return "ru"
