"""Parsing one article's decoded text into segments, metadata, body paragraphs and sentences.

CONTRACT (used by presslens.corpus; keep it):

    parse_text(text: str, *, hints: dict | None = None) -> ParsedArticle

* ``segments`` are contiguous, in order, and cover ``text`` exactly: ``segments[0].start == 0``,
  ``segments[i].end == segments[i+1].start``, ``segments[-1].end == len(text)`` (none when text is '').
* ``paragraphs`` are the (start, end) spans of body paragraphs (story text only: no captions, credits,
  agency tags, boilerplate, subheadings, headers).
* ``sentences`` are (paragraph_no, start, end) spans inside those paragraphs.
* ``repairs`` are glued words repaired in the analysis text; ``analysis(start, end)`` returns
  ``text[start:end]`` with the repairs inside that span applied.
* ``hints`` carries metadata known from outside the text (CSV/JSONL columns: title, published, source).

This first version is deliberately simple (blank-line paragraphs, regex sentences); the full parser
replaces it behind the same contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Segment:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Repair:
    start: int
    end: int
    raw: str
    repaired: str
    rule: str


@dataclass
class ParsedArticle:
    text: str
    segments: list[Segment] = field(default_factory=list)
    published: str = ""
    modified: str = ""
    title: str = ""
    section: str = ""
    lede: str = ""
    source: str = ""
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int, int]] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def analysis(self, start: int, end: int) -> str:
        """``text[start:end]`` with the glued-word repairs that fall inside the span applied."""
        out, pos = [], start
        for r in self.repairs:
            if r.start >= start and r.end <= end:
                out.append(self.text[pos:r.start])
                out.append(r.repaired)
                pos = r.end
        out.append(self.text[pos:end])
        return "".join(out)

    def body(self) -> str:
        """The clean story text: body paragraphs, repaired, joined by a blank line."""
        return "\n\n".join(self.analysis(s, e) for s, e in self.paragraphs)


_PARA = re.compile(r"\S(?:.*?\S)?(?=\s*(?:\n\s*\n|\Z))", re.S)
_SENT = re.compile(r"\S.*?(?:[.!?]+[\"”’)]*(?=\s+|\Z)|\Z)", re.S)


def parse_text(text: str, *, hints: dict | None = None) -> ParsedArticle:
    art = ParsedArticle(text=text)
    pos = 0
    for m in _PARA.finditer(text):
        if m.start() > pos:
            art.segments.append(Segment("blank", pos, m.start()))
        art.segments.append(Segment("body", m.start(), m.end()))
        art.paragraphs.append((m.start(), m.end()))
        pos = m.end()
    if pos < len(text):
        art.segments.append(Segment("blank", pos, len(text)))
    for pno, (ps, pe) in enumerate(art.paragraphs):
        for m in _SENT.finditer(text, ps, pe):
            art.sentences.append((pno, m.start(), m.end()))
    if hints:
        art.title = hints.get("title", "") or ""
        art.published = hints.get("published", "") or ""
    return art


_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?")


def normalize_date(value: str) -> str:
    """A date/time string from a table column as ISO 8601 text, as precise as given ('' if unreadable)."""
    m = _ISO.match(value or "")
    if not m:
        return ""
    y, mo, d, hh, mm = m.groups()
    out = y
    if mo:
        out += f"-{mo}"
    if d:
        out += f"-{d}"
    if hh:
        out += f"T{hh}:{mm}"
    return out
