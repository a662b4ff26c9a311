"""Splitting story paragraphs into sentences, with character offsets into the source text.

A rule-based splitter built for machine-translated news: it needs no trained model and no nltk_data,
is deterministic per paragraph (the result never depends on other articles) and is fast (a few regex
scans per paragraph).

A period, ``!``, ``?`` or ellipsis (with any closing quotes or brackets after it: ``said.”``) ends a
sentence when white space and a new sentence follow; a full-width ``。``, ``！`` or ``？`` (Chinese punctuation, kept
by machine translation) ends one with or without a space after it. It does not when:

* the next word starts with a lowercase letter: an abbreviation ("approx. five") or a
  machine-translation slip ("a Ministry of Affairs statement. foreign.", "Olympics. from Beijing.");
* more punctuation follows (a stray ``". ."`` stays with the sentence before it);
* the word before the period is a title or other listed abbreviation ("Mr.", "Gen.", "Sept.", "No.")
  or a single capital initial ("J. R. R. Tolkien");
* the mark is an omission inside brackets: ``(…)``, ``[...]``;
* the word before is an abbreviation that may also end a sentence ("U.S.", "a.m.", "Inc.") and the
  next word is not a usual sentence opener ("the U.S. Senate" vs "in the U.S. The president").

Sentences made only of punctuation are merged into the one before them, so none is empty.

A paragraph that ends in one capitalized word and a period after a sentence ending in a period ("... for
the war in Russia. Ukraine.", "..., he said. Wang.") ends in a translation slip, not a sentence: the word
is merged into the sentence before when the same text uses it as a name elsewhere (capitalized right
after a lowercase word: "in Ukraine", "said Wang"). A real one-word sentence is kept: one that is quoted
("“Never.”"), ends in ``?`` or ``!``, follows a question, or is no name in the text ("He agreed. Yes.").

>>> sentences("Mr. Xi met Gen. Smith in the U.S. on Sept. 5. He left. foreign. Then “Yes.” ok")
['Mr. Xi met Gen. Smith in the U.S. on Sept. 5.', 'He left. foreign.', 'Then “Yes.” ok']
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["split_sentences", "sentences", "abbreviations"]


@lru_cache(maxsize=1)
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """``(titles, ambiguous)``: lower-cased abbreviations from ``data/abbreviations.txt`` (no final period).

    Titles never end a sentence; ambiguous ones end it only before a usual sentence opener.
    """
    titles: set[str] = set()
    ambiguous: set[str] = set()
    target = titles
    text = resources.files("presslens").joinpath("data", "abbreviations.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line == "[titles]":
            target = titles
        elif line == "[ambiguous]":
            target = ambiguous
        else:
            target.add(line.lower())
    return frozenset(titles), frozenset(ambiguous)


# Words that usually open a sentence; after an ambiguous abbreviation ("U.S.") they signal a boundary.
_OPENERS = frozenset("""
the a an he she it they we i you his her its their our this that these those there here in on at
but and yet so however meanwhile also after before when while as if although though since because
according earlier later last next some many most all both each one two no not what who why how
where mr mrs ms dr president minister officials government
в во на по с со к и а но это этот эта эти он она оно они мы я вы его её ее их при после до как что когда если
так также однако кроме между за из для
""".split())

# A sentence-ending mark: . ! ? … (runs of them), then closing quotes/brackets, then space or the end; or a
# full-width one (。！？), which needs no space after it ("...China and Russia。Over the past 75 years...").
# (Written "[.!?…][.!?…]*", not "[.!?…]+": a pattern that opens with a character class lets the regex
# engine skip to the next mark quickly; the matches are the same.)
_END = re.compile(r"[.!?…。！？](?:[.!?…]*['\"”’»)\]]*(?=\s|\Z)|(?<=[。！？])[。！？]*['\"”’»)\]」』）]*)")
_OPENING = "\"'“‘«([¿¡"
_DOTTED = re.compile(r"(?:\w\.)+\w")  # u.s, a.m, ph.d, т.е
_ALNUM = re.compile(r"\w")
_WORD = re.compile(r"[\w.'’-]+")


def split_sentences(text: str, *, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, as offsets into ``text``.

    Leading and trailing white space is left out of each sentence; a span with no letter or digit is
    merged into its neighbour, so every sentence holds a word (none when the span has none).
    """
    end = len(text) if end is None else end
    titles, ambiguous = abbreviations()
    spans: list[tuple[int, int]] = []
    pos = _skip_space(text, start, end)
    for m in _END.finditer(text, pos, end):
        if m.start() < pos:
            continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        if _is_boundary(text, m, nxt, end, titles, ambiguous):
            spans.append((pos, m.end()))
            pos = nxt
    last = _rstrip(text, pos, end)
    if last > pos:
        spans.append((pos, last))
    spans = _merge_wordless(text, spans)
    return _merge_final_name(text, spans) if len(spans) > 1 and text[spans[-1][1] - 1] == "." else spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see :func:`split_sentences`)."""
    return [text[s:e] for s, e in split_sentences(text)]


def _is_boundary(text: str, m: re.Match, nxt: int, end: int, titles, ambiguous) -> bool:
    c = text[nxt]
    if c.islower():
        return False
    if c in ".,;:!?…)]»”":
        return False  # stray punctuation: ". ." stays with the sentence
    if m.start() > 0 and text[m.start() - 1] in "([":
        return False  # "(…)" marks an omission inside a quote
    mark = text[m.start():m.end()].rstrip("'\"”’»)]")
    if mark != ".":
        return True
    # the run of non-space characters right before the mark (at most 40 of them)
    before = text[max(0, m.start() - 40):m.start()]
    if not before or before[-1].isspace():
        return True
    token = before.rsplit(None, 1)[-1].lstrip(_OPENING)
    low = token.lower()
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. R. R. Tolkien"
    if low in titles:
        return False
    if low in ambiguous or (_DOTTED.fullmatch(low) and len(low) <= 7):
        w = _WORD.match(text, nxt + (1 if c in _OPENING else 0), end)
        return bool(w) and w.group(0).lower().strip(".") in _OPENERS
    return True


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _merge_wordless(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pending: int | None = None  # start of a leading wordless run, to prepend to the next sentence
    for s, e in spans:
        if _ALNUM.search(text, s, e):
            if pending is not None:
                s, pending = pending, None
            out.append((s, e))
        elif out:
            out[-1] = (out[-1][0], e)
        elif pending is None:
            pending = s
    if pending is not None and out:
        out[0] = (pending, out[0][1])
    return out


_ONE_WORD = re.compile(r"[^\W\d_a-zà-ÿа-яё][^\W\d_]+\.")  # "Ukraine.": a capital, 2+ letters, a period
# A capitalized word right after a lowercase word (", " allowed between): used as a name inside a sentence.
_NAME_IN_SENTENCE = re.compile(r"(?<=[a-zà-ÿа-яё])[,;:]?[^\S\n]+([^\W\d_a-zà-ÿа-яё][^\W\d_]+)")


def _merge_final_name(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge a paragraph's last sentence into the one before when it is a slipped name ("... said. Wang.")."""
    if len(spans) < 2:
        return spans
    s, e = spans[-1]
    if not _ONE_WORD.fullmatch(text, s, e):
        return spans
    ps, pe = spans[-2]
    if text[pe - 1] != "." or text[pe - 2:pe - 1] == ".":  # after a plain period (not "?", "...", ".”")
        return spans
    if text[s:e - 1] not in _names_in(text):
        return spans
    return spans[:-2] + [(ps, e)]


@lru_cache(maxsize=2)
def _names_in(text: str) -> frozenset[str]:
    """Capitalized words used inside a sentence somewhere in ``text`` (one scan per text, when needed)."""
    return frozenset(_NAME_IN_SENTENCE.findall(text))
