"""Regular expressions built from word lists.

Python's regex engine tries the alternatives of ``a|b|c`` one after another at every position; written
as a character trie (``(?:J(?:an|u(?:l|n))|...)``) it makes one comparison per character of the text
instead of one per word, and the first characters form a set the engine scans for in C.

>>> import re
>>> re.findall(trie_regex(["week", "weekend", "day"]), "a weekend day, a week")
['weekend', 'day', 'week']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# the word characters as \w sees them, read here by the modules that scan with patterns (its table, casefolding
# and the word runs of many texts: presslens.words, a module of their own)
from .words import WORD_CHAR  # noqa: F401


def trie_regex(keys: Iterable[str], heads: Mapping[str, str] | None = None) -> str:
    """A regex alternation matching any of ``keys``, as a character trie: at a given position the longest
    key that matches wins. Characters are matched literally, except those in ``heads``, which maps a
    character to the regex that stands for it (e.g. ``{" ": r"\\s+"}``). Empty for no keys.

    Where a head and another character may both match (a head standing for case endings, "\\x02" for
    "е|и|ей", beside the literal "е" of a longer key), the branch holding the longer keys is tried first, so
    that the longer key still wins: "Гвинее-Бисау" over "Гвине\\x02"."""
    heads = heads or {}
    trie: dict = {}
    for k in keys:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = True

    depths: dict[int, int] = {}  # id of a node -> the length of the longest key below it

    def depth(node: dict) -> int:
        if id(node) not in depths:
            depths[id(node)] = max((1 + depth(node[ch]) for ch in node if ch != ""), default=0)
        return depths[id(node)]

    def emit(node: dict) -> str:
        chars = sorted((ch for ch in node if ch != ""), key=lambda ch: (-depth(node[ch]), ch))
        alts = [(heads.get(ch) or re.escape(ch)) + emit(node[ch]) for ch in chars]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def word_start_matches(scan: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    r"""The matches ``(?<!\w)`` + ``scan`` finds, as its ``finditer`` finds them (left to right, not
    overlapping; ``scan`` never matches the empty string): a match of ``scan`` after a word character is
    skipped and the search goes on one character later, where the pattern with the look-behind would.

    A pattern that opens with a look-behind (or ``\b``) gives the engine no first characters to scan for,
    so it runs its whole program at every position; without it, the engine skips in C to the characters
    a match can start with.

    >>> [m.group(0) for m in word_start_matches(re.compile("Xi"), "Xi, taXi Xi")]
    ['Xi', 'Xi']
    """
    # finditer's matches while none follows a word character (most: one call into the engine per match, not a
    # search with its arguments each); after one that does, searches from one character on, where a match may
    # overlap the one skipped (finditer would go on after it), until one is kept, then finditer again from its end.
    # A character is a word character when str.isalnum or "_": what \w matches, without a regex call.
    search = scan.search
    end = len(text) if endpos is None else endpos
    while pos <= end:  # (the engine reads a start past the end as the end: an empty match there again)
        for m in scan.finditer(text, pos, end):
            start = m.start()
            if start and ((c := text[start - 1]).isalnum() or c == "_"):
                pos = start + 1
                break
            yield m
            if m.end() == start:  # (an empty match: on from the next character, as below)
                pos = start + 1
                break
        else:
            return
        while pos <= end:
            m = search(text, pos, end)
            if m is None:
                return
            start = m.start()
            if start and ((c := text[start - 1]).isalnum() or c == "_"):
                pos = start + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1  # (an empty match: on, never in place for ever)
            break


# Speed: an automaton's node finds the child for a character by comparing it with each child in the order they were
# added (pyahocorasick), and the root, where the scan is at most characters, has a child for most letters: keywords
# added in the order of their characters' frequency in English and Russian news text (the most frequent first)
# make the common characters found in a few comparisons (the date keywords' scan -21% of its instructions). The
# automaton, and what it finds, is the same in any order.
_FREQUENT = " eintaorshdlcupgfmbwyv,.kxzjq0123456789-:/оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё"
_RANK = {c: i for i, c in enumerate(_FREQUENT)}


def _by_frequency(word: str) -> list[int]:
    """The sort key adding ``word`` to an automaton in frequency order (see :data:`_FREQUENT`)."""
    return [_RANK.get(c, len(_RANK) + ord(c)) for c in word]


class KeywordScan:
    """Every occurrence of every keyword in a text, overlapping ones included (what ``str.find`` from each
    position would find), in one left-to-right pass of an Aho-Corasick automaton (pyahocorasick, in C)
    instead of one scan per keyword.

    >>> KeywordScan(["day", "today", "to"]).hits("today, to")
    {'to': [0, 7], 'today': [0], 'day': [2]}
    """

    def __init__(self, keywords: Iterable[str]):
        import ahocorasick

        self._automaton = None
        keys = sorted(set(keywords))
        if keys:
            self._automaton = ahocorasick.Automaton()
            for k in sorted(keys, key=_by_frequency):
                self._automaton.add_word(k, (len(k) - 1, k))
            self._automaton.make_automaton()

    def hits(self, text: str) -> dict[str, list[int]]:
        """Keyword -> the positions where it starts in ``text``, in increasing order (absent: none)."""
        out: dict[str, list[int]] = {}
        if self._automaton is None or not text:
            return out
        # matches come by end position: one keyword's starts come in increasing order
        for end, (back, kw) in self._automaton.iter(text):
            if kw in out:
                out[kw].append(end - back)
            else:
                out[kw] = [end - back]
        return out


class CasedKeywordScan:
    """Keywords in lower case found in a text's lower-cased copy, the others (with a capital letter) in the
    text as written: what :class:`KeywordScan` finds for each kind (``cased`` and ``lower``, the two scans),
    in one pass over the lower-cased copy. A keyword with a capital is looked for in lower case there and
    kept where the text holds it as written, which it can only do where the copy holds its lower case (each
    character lower-cased on its own). That holds when lower-casing kept every character one character (the
    copy as long as the text): otherwise the positions differ, and the two scans are made; so they are for
    keywords with a capital sigma, whose lower case depends on the letter after it (a final "ς" or "σ").

    >>> CasedKeywordScan(["May", "may", "day"]).hits("May: they may, MAY day")
    {'may': [0, 10, 15], 'May': [0], 'day': [19]}
    """

    def __init__(self, keywords: Iterable[str]):
        import ahocorasick

        keys = sorted(set(keywords))
        self.cased = KeywordScan(k for k in keys if k != k.lower())
        self.lower = KeywordScan(k for k in keys if k == k.lower())
        # each lower-case form: the keyword it is (None if only a capitalized one has it), the capitalized ones
        forms: dict[str, tuple[str | None, list[str]]] = {}
        for k in keys:
            low = k.lower()
            kw, cased = forms.get(low, (None, []))
            forms[low] = (k, cased) if k == low else (kw, [*cased, k])
        self._automaton = None
        self._two_scans = any("Σ" in k for k in keys)
        if forms and not self._two_scans:
            self._automaton = ahocorasick.Automaton()
            for low in sorted(forms, key=_by_frequency):
                kw, cased = forms[low]
                self._automaton.add_word(low, (len(low) - 1, kw, tuple(cased)))
            self._automaton.make_automaton()

    def hits(self, text: str, lowered: str | None = None) -> dict[str, list[int]]:
        """Keyword -> the positions where it starts (``lowered``: ``text.lower()``), in increasing order."""
        if lowered is None:
            lowered = text.lower()
        out: dict[str, list[int]] = {}
        if not text:
            return out
        if self._two_scans or len(lowered) != len(text):
            out = self.cased.hits(text)
            out.update(self.lower.hits(lowered))
            return out
        if self._automaton is None:
            return out
        startswith = text.startswith
        for end, (back, kw, cased) in self._automaton.iter(lowered):
            i = end - back
            if kw is not None:
                if kw in out:
                    out[kw].append(i)
                else:
                    out[kw] = [i]
            for c in cased:  # (as rare as the capitalized keywords' lower case: "et", "mar", "dec" inside words)
                if startswith(c, i):
                    if c in out:
                        out[c].append(i)
                    else:
                        out[c] = [i]
        return out
