"""The language of an article's story text: "en", "ru" or "" (unknown), from script and common words.

Cheap and dependency-free: the letters of the text are counted by script (Latin, Cyrillic, other), and
the words of the majority script are checked against a few dozen of the most common function words of
English and Russian. A text is English when most of its letters are Latin and at least
:data:`MIN_SHARE` of its Latin-script words that are not names (capitalized words other than common ones)
are common English words ("the", "of", "and" ...), and words of other languages written in Latin letters
("le", "der", "el" ...) are few beside them; Russian when most letters are Cyrillic and enough of its words
that are not names are common Russian words ("и", "в", "что" ...).
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
# Common English words that other Latin-script languages use too ("a" in French, Spanish, Italian; "in" in
# German, Italian, Dutch; "on" in French ...): English evidence only when the text holds no more of the common
# words of those languages (:data:`_OTHER`) than a third of its English ones.
_EN_SHARED = frozenset("a an as in on was will two new".split())
# Common function words of French, German, Spanish, Italian, Portuguese and Dutch that English does not use.
_OTHER = frozenset("""
le la les des du et est une un dans pour sur avec qui que pas au aux ce cette son sa ses leur ont été par
der die das und ist nicht mit den dem des ein eine einer auf sich zu im von für auch wird werden hat haben
el los las y del por con para una es se lo al su sus como más pero fue ha
il di che e per non gli della delle dei nel sono è
o os em não uma do da dos das ao na no pelo pela foi são com
het een van en op niet te zijn ook aan bij voor wordt
""".split()) - _EN - _EN_SHARED

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
# A character that is none of: ASCII, the Latin-1 and General Punctuation signs English news prints (no-break
# space, « », curly quotes, dashes, ellipsis: no word character among them, none in the Latin or Cyrillic runs
# above). A text without one has only ASCII letters, so its runs of letters are its Latin runs and it has no
# Cyrillic run: one regex pass reads it instead of three.
_NOT_PLAIN = re.compile(r"[^\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u2000-\u206f]")
# The bytes of a plain sample (see _NOT_PLAIN) that are no ASCII letter, made spaces: its Latin runs are then its
# words split at spaces (its other characters, ASCII or not, are no letter of _LATIN), which bytes.translate and
# split find at a fraction of the regex engine's step per character
_NOT_ASCII_LETTER = bytes(c if 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _plain_latin(sample: str) -> list[str]:
    """``_LATIN.findall(sample)`` for a plain sample (one :data:`_NOT_PLAIN` finds nothing in): its runs of ASCII
    letters, read in its UTF-8 bytes (a character outside ASCII is bytes from 0x80 up there, no letter either)."""
    return sample.encode("utf-8").translate(_NOT_ASCII_LETTER).decode("ascii").split()


def detect_language(text: str) -> str:
    """``"en"``, ``"ru"`` or ``""`` (unknown) for ``text`` (an article's story text): the majority script of
    its words, confirmed by the share of that script's words that are common function words of English
    (Latin) or Russian (Cyrillic), over its first :data:`SAMPLE` characters; see the module's docstring."""
    if not text:
        return ""
    text = text[:SAMPLE]  # the opening of a story tells its language as well as the whole, at a bounded cost
    if _NOT_PLAIN.search(text) is None:  # ASCII letters only (most English stories)
        latin, cyrillic = _plain_latin(text), []
        total = len(latin)
    else:
        total = len(_LETTERS.findall(text))
        latin, cyrillic = _LATIN.findall(text), _CYRILLIC.findall(text)
    counts = {"latin": len(latin), "cyrillic": len(cyrillic), "other": max(0, total - len(latin) - len(cyrillic))}
    script = max(counts, key=counts.get)
    n = counts[script]
    if script == "other" or n < MIN_WORDS or n * 2 <= total:
        return ""
    if script == "latin":
        return "en" if _english(latin) else ""
    known = sum(1 for w in cyrillic if w.lower() in _RU)
    if known < MIN_SHARE * (known + sum(1 for w in cyrillic if w[0].islower() and w not in _RU)):
        return ""  # too few common words among the words that are not names (as for English, :func:`_english`)
    letters = Counter(ch for ch in text if ch in _NOT_RU or ch in _RU_ONLY)
    not_ru = sum(v for k, v in letters.items() if k in _NOT_RU)
    ru_only = sum(v for k, v in letters.items() if k in _RU_ONLY)
    if not_ru > max(2, n // 50) or (n >= 20 and not ru_only):  # Ukrainian ...; Bulgarian, Serbian ...
        return ""
    return "ru"


def _english(words: list[str]) -> bool:
    """Are these Latin-script words English? At least :data:`MIN_SHARE` of them are common English words
    (:data:`_EN`; :data:`_EN_SHARED` too when the words of other languages, :data:`_OTHER`, are fewer than a
    third of the English ones), counted over the words that are not names: capitalized words count only when
    they are common words ("The", "Le"). A short wire sentence is mostly names ("Russian President Vladimir
    Putin and Chinese President Xi Jinping pledged on Thursday a new era of partnership."): its few common
    words are evidence among its other words, not among its names."""
    en = shared = other = rest = 0
    for w in words:
        low = w.lower()
        if low in _EN:
            en += 1
        elif low in _EN_SHARED:
            shared += 1
        elif low in _OTHER:
            other += 1
        elif w[0].islower():
            rest += 1
    if other * 3 < en + shared:  # the shared words are English here
        en, shared = en + shared, 0
    return en >= 2 and en >= MIN_SHARE * (en + shared + other + rest)
