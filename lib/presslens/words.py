"""Words as the regex ``\\w+`` finds them, for many texts at once: a table of the word characters, one of what
each character casefolds to, and the runs of word characters of a chunk of texts found in one array
(:class:`WordRuns`); for the duplicate search, the same texts casefolded with every other character made the
separator, by one lookup a character (:func:`folded_words`).

Its own module, apart from :mod:`presslens.patterns`: the parse's word counts and the duplicate search's words
use these alone, so a cached stage built on them names this module in its version (see
:func:`presslens.pipeline.source_version`) and is not made again when a scan of ``patterns`` changes.

>>> runs = WordRuns(["Straße, U.S.", "x"], fold=True)
>>> runs.per_text(np.flatnonzero(runs.starts)).tolist()
[3, 1]
"""

from __future__ import annotations

import functools
import re

import numpy as np

WORD_CHAR = re.compile(r"\w")  # a word character, as \w and (?<!\w) see it


@functools.cache
def word_chars():
    """A numpy array of one bool per code point (0 to 0x10FFFF): whether it is a word character, as
    :data:`WORD_CHAR` (``\\w``) sees it: the regex engine's own answer, read once per process (in 0.05 s).
    Looked up for the characters of a whole chunk of texts at once (their code points as one array, see
    :func:`code_points`), it finds the texts' words as a regex would, without the engine's step per character nor a
    string per word."""
    every = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    table = np.zeros(0x110000, dtype=bool)
    found = "".join(WORD_CHAR.findall(every)).encode("utf-32-le", "surrogatepass")
    table[np.frombuffer(found, dtype=np.uint32)] = True
    return table


@functools.cache
def casefold_chars():
    """Two numpy arrays over the code points (0 to 0x10FFFF): the code point each one casefolds to (itself when
    :meth:`str.casefold` leaves it alone), and whether it casefolds to several characters instead ("ß" -> "ss",
    "İ" -> "i̇"; its entry in the first array is then itself). Casefolding maps each character on its own (no
    context, unlike :meth:`str.lower`'s final sigma), so the characters of many texts can be folded in one
    lookup; only the few that fold to several need :meth:`str.casefold`. Made once per process (in 0.03 s): a
    range of code points that casefolding leaves as it is (one :meth:`str.casefold` of the range says) is not
    looked at character by character."""
    table = np.arange(0x110000, dtype=np.uint32)
    several = np.zeros(0x110000, dtype=bool)
    every = table.tobytes().decode("utf-32-le", "surrogatepass")
    step = 64
    for block in range(0, 0x110000, step):
        chars = every[block:block + step]
        if chars.casefold() == chars:
            continue
        for c, ch in enumerate(chars, block):
            folded = ch.casefold()
            if len(folded) > 1:
                several[c] = True
            elif folded != ch:
                table[c] = ord(folded)
    return table, several


def code_points(text: str) -> np.ndarray:
    """The code points of ``text`` in the narrowest array that holds them: uint8 for ASCII (CPython knows a
    string is ASCII without reading it), uint16 (its UTF-16 units) when no character is above U+FFFF, else
    uint32 (its UTF-32 units). The same values every way (a lone surrogate is a character of its own, kept
    with ``surrogatepass``); UTF-32 alone made four bytes of fresh memory per character of every text."""
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(text):  # one UTF-16 unit per character: its code point
        return np.frombuffer(data, dtype=np.uint16)
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


class WordRuns:
    """The characters of many texts as one array and their runs of word characters, as the regex ``\\w+``
    finds them in each text: the texts joined, each followed by one U+001F (not a word character, so no run
    crosses from a text into the next), as code points (``cp``: uint8, uint16 or uint32, see
    :func:`code_points`; uint32 with ``fold``), looked up in the table of the word characters
    (:func:`word_chars`: ``word``). ``starts``: the positions where a run starts (a word
    character not after one); ``bounds``: each text's first position, and the end. With ``fold``, the texts
    are casefolded first (:meth:`str.casefold`, through :func:`casefold_chars`).

    What the word counts of the parse (:func:`presslens.corpus.count_words_many`) and the words compared by
    the duplicate search (:func:`presslens.duplicates._words_many`) both start from: the regex engine's step per
    character, and a string per word, cost several times as much as these lookups of a whole chunk at once."""

    def __init__(self, texts: list[str], *, fold: bool = False):
        cp = self._code_points(texts)
        bounds = self._bounds(texts)
        if fold:
            table, several = casefold_chars()
            longer = several[cp]
            if longer.any():  # the texts holding a character that folds to several: casefolded as strings
                at = set((np.searchsorted(bounds, np.flatnonzero(longer), side="right") - 1).tolist())
                texts = [t.casefold() if k in at else t for k, t in enumerate(texts)]
                cp, bounds = self._code_points(texts), self._bounds(texts)
            # (casefolding a folded text again changes nothing: those texts' characters map to themselves)
            cp = table[cp]
        self.cp, self.bounds = cp, bounds
        self.word = word_chars()[cp]
        self.starts = self.word.copy()  # a run starts at a word character not after one
        self.starts[1:] &= ~self.word[:-1]

    @staticmethod
    def _code_points(texts: list[str]):
        # the separator joined after the last text as well (adding it to the joined text would copy it again)
        return code_points("\x1f".join([*texts, ""]) if texts else "\x1f")

    @staticmethod
    def _bounds(texts: list[str]):
        n = len(texts)
        bounds = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=n) + 1, out=bounds[1:])
        return bounds

    def per_text(self, positions):
        """How many of ``positions`` (sorted positions in :attr:`cp`) fall in each text."""
        return np.diff(np.searchsorted(positions, self.bounds))


@functools.cache
def folded_word_table(width: int) -> np.ndarray:
    """What each code point of a chunk of ``width`` bytes a character (1: ASCII, 2: up to U+FFFF, 4: all; see
    :func:`code_points`) becomes in the words the duplicate search compares: the character it casefolds to
    (:func:`casefold_chars`) where that is a word character (:func:`word_chars`), U+001F (the separator, not a
    word character) where it is not, and U+001E (not a word character either, so no folded word character)
    where it casefolds to several characters. An array of the same width: ASCII casefolds to ASCII and the first
    plane to the first plane (checked when made)."""
    table, several = casefold_chars()
    out = np.where(word_chars()[table], table, np.uint32(0x1F)).astype(np.uint32)
    out[several] = 0x1E
    size, dtype = {1: (0x80, np.uint8), 2: (0x10000, np.uint16), 4: (0x110000, np.uint32)}[width]
    out = out[:size]
    if int(out.max()) > np.iinfo(dtype).max:
        raise AssertionError(f"a code point below {size:#x} casefolds beyond it")
    return out.astype(dtype)


def folded_words(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The texts joined as :class:`WordRuns` joins them, casefolded as ``WordRuns(texts, fold=True).cp`` (the
    texts holding a character that casefolds to several casefolded as strings first), with every character that
    is not a word character made U+001F; in the narrowest array (see :func:`code_points`), and each text's first
    position and the end (``bounds``). One lookup a character (:func:`folded_word_table`) where
    :class:`WordRuns` makes three (the fold, the characters folding to several, the word characters), in a table
    of the chunk's width (a smaller table, and no four bytes a character for an ASCII or first-plane chunk)."""
    cp, bounds = WordRuns._code_points(texts), WordRuns._bounds(texts)
    folded = folded_word_table(cp.dtype.itemsize)[cp]
    longer = np.flatnonzero(folded == 0x1E)  # characters casefolding to several
    if len(longer):
        at = set((np.searchsorted(bounds, longer, side="right") - 1).tolist())
        texts = [t.casefold() if k in at else t for k, t in enumerate(texts)]
        cp, bounds = WordRuns._code_points(texts), WordRuns._bounds(texts)
        folded = folded_word_table(cp.dtype.itemsize)[cp]
        left = np.flatnonzero(folded == 0x1E)  # none (a casefolded text casefolds to itself): kept as WordRuns would
        if len(left):
            folded[left] = np.where(word_chars()[cp[left]], cp[left], 0x1F)
    return folded, bounds
