"""Text out of PDF files (a database's PDF download, a page printed to PDF), through PDFium (``pypdfium2``).

:func:`pdf_text` returns ``(text, problems)`` and never raises. The text has the shape of a plain-text copy of
the same pages, which the parser reads as it reads any text export:

* the lines of a paragraph are consecutive lines; paragraphs are separated by a blank line. A new paragraph
  starts where the space between two lines is larger than the page's usual line spacing (a third more than
  the spacing most lines of the page have, and than 1.25 times the font's height), where the font's height
  changes by more than 15% (a headline over the story), where the text goes up the page (a new column) or
  where a line is indented by a character's width or more under a line that ends a sentence;
* running headers and footers are left out: among the first two and the last two lines of each page, a line
  that recurs (its digits aside) at the same height on another page ("Page 2 of 7", an outlet's name and the
  date), and a line holding a page number alone ("3", "- 3 -", "3/7", "Page 3 of 7");
* a paragraph that goes on over a page break is one paragraph: the page's last line ends in a hyphen or in
  no sentence-ending mark and the next page's first line starts in lower case;
* typographic ligatures are letters again ("ﬁ" -> "fi"); white space runs inside a line (justified text)
  are one space.

``problems``: a file PDFium cannot open (damaged, or protected by a password), pages that cannot be read, a
PDF without any text (a scanned image: run OCR on it first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

__all__ = ["pdf_text"]

_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_SPACES = re.compile(r"[^\S\n]+")
_LINE = re.compile(r"[^\r\n]+")
# a page number alone: "3", "- 3 -", "3/7", "3 of 7", "Page 3 of 7", "Стр. 3 из 7", "p. 3"
_PAGE_NO = re.compile(r"(?i)[-–—\s]*(?:(?:page|p\.|pg\.?|стр\.?|страница|seite|página)\s*)?\d{1,4}"
                      r"(?:\s*(?:/|of|из|von|de)\s*\d{1,4})?[-–—\s]*")
_DIGITS = re.compile(r"\d+")
_SOFT_HYPHEN = re.compile("[\ufffe\x02]")
_SENTENCE_END = ".!?…:;\"”»’)"


@dataclass
class _Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    size: float  # the font's height (ascent to descent) of the line's characters


def _page_lines(textpage) -> list[_Line]:
    """The page's lines in PDFium's reading order, with their positions (PDF points, y up)."""
    text = textpage.get_text_range()
    if not text.strip():
        return []
    exact = len(text) == textpage.count_chars()  # one str character per PDFium character (no astral planes)
    out: list[_Line] = []
    for start, end in _line_spans(text):
        s = text[start:end]
        if not s.strip():
            continue
        if not exact:
            out.append(_Line(s, 0.0, 0.0, 0.0, 0.0, 0.0))
            continue
        lefts, rights, tops, bottoms, sizes = [], [], [], [], []
        for i in range(start, end):
            if text[i].isspace():
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            lefts.append(left)
            rights.append(right)
            tops.append(top)
            bottoms.append(bottom)
            sizes.append(top - bottom)
        if not sizes:
            continue
        out.append(_Line(s, lefts[0], max(rights), max(tops), min(bottoms), median(sizes)))
    return out


def _line_spans(text: str) -> list[tuple[int, int]]:
    """The lines of a page's text as PDFium gives it: lines end at a line break, and after a hyphen that ended a
    printed line (PDFium joins such a word's halves, the hyphen as U+FFFE or U+0002: "российско\ufffeкитайскую";
    the reader puts the line break back, and the parser decides whether the hyphen is the word's own)."""
    out = []
    for m in _LINE.finditer(text):
        a = m.start()
        for h in _SOFT_HYPHEN.finditer(text, m.start(), m.end()):
            out.append((a, h.end()))
            a = h.end()
        out.append((a, m.end()))
    return out


def _clean(line: str) -> str:
    return _SPACES.sub(" ", _SOFT_HYPHEN.sub("-", line.translate(_LIGATURES))).strip()


def _column_right(lines: list[_Line], line: _Line) -> float:
    """The right edge of the column of ``line``: the largest right edge of the lines of its font's height that
    start where it starts."""
    return max((ln.right for ln in lines if abs(ln.left - line.left) <= 3 * line.size
                and abs(ln.size - line.size) <= 0.1 * line.size), default=line.right)


def _paragraphs(lines: list[_Line]) -> list[list[str]]:
    """A page's lines grouped into paragraphs (see the module's docstring)."""
    if not lines:
        return []
    # the page's line spacing: that of the lines that wrap (a line reaching its column's right edge and ending
    # in no full stop, then the next line of the same height below it); single spacing when no line wraps
    rights = [_column_right(lines, ln) for ln in lines]
    wrapped = [a.bottom - b.bottom for a, b, r in zip(lines, lines[1:], rights, strict=False)
               if a.size and b.size and abs(a.size - b.size) <= 0.1 * a.size and 0 < a.bottom - b.bottom < 3 * a.size
               and a.right >= r - 2 * a.size and a.text.rstrip()[-1:] not in _SENTENCE_END]
    spacing = median(wrapped) if wrapped else 0.0
    paras: list[list[str]] = [[_clean(lines[0].text)]]
    for k, (prev, cur) in enumerate(zip(lines, lines[1:], strict=False)):
        text = _clean(cur.text)
        if not cur.size or not prev.size:  # no positions: one line, one paragraph
            paras.append([text])
            continue
        size = max(prev.size, cur.size)
        usual = spacing or 1.15 * size
        pitch = prev.bottom - cur.bottom
        ended = paras[-1][-1][-1:] in _SENTENCE_END if paras[-1] and paras[-1][-1] else True
        if pitch <= 0.3 * size:  # up the page: a new column (the paragraph may go on in it), or beside the line
            new = ended or not text[:1].islower()
        else:
            new = (pitch > 1.3 * usual and pitch > 1.2 * size  # a gap between paragraphs
                   or abs(prev.size - cur.size) > 0.15 * size  # another font's height: a headline, a caption
                   or prev.right < rights[k] - 8 * prev.size  # a short line: the end of a paragraph
                   or (cur.left - prev.left > 0.8 * size and ended))  # an indented first line
        if new:
            paras.append([text])
        else:
            paras[-1].append(text)
    return [[ln for ln in p if ln] for p in paras if any(p)]


def _edges(lines: list[_Line]) -> list[int]:
    """Indexes of the two highest and the two lowest lines of a page (PDFium gives headers and footers in the
    order the page draws them: often after the story)."""
    by_top = sorted(range(len(lines)), key=lambda i: -lines[i].top)
    by_bottom = sorted(range(len(lines)), key=lambda i: lines[i].bottom)
    return sorted(set(by_top[:2] + by_bottom[:2]))


def _furniture(pages: list[list[_Line]], heights: list[float]) -> list[set[int]]:
    """Per page, the indexes of its running header and footer lines and page numbers (see the docstring)."""
    def key(line: _Line) -> str:
        return _DIGITS.sub("#", " ".join(line.text.lower().split()))

    seen: dict[str, list[tuple[int, float]]] = {}
    for p, lines in enumerate(pages):
        for i in _edges(lines):
            seen.setdefault(key(lines[i]), []).append((p, lines[i].top))
    out: list[set[int]] = []
    for p, lines in enumerate(pages):
        drop = set()
        sizes = [ln.size for ln in lines if ln.size]
        body = median(sizes) if sizes else 0.0
        for i in _edges(lines):
            line = lines[i]
            if _PAGE_NO.fullmatch(line.text):
                drop.add(i)
            elif any(q != p and abs(top - line.top) <= 8 for q, top in seen.get(key(line), ())):
                drop.add(i)  # the same line at the same height on another page
            elif line.size and line.size < 0.85 * body and (_DIGITS.search(line.text) or "://" in line.text
                                                           or "www." in line.text):
                # in small print, in the page's top or bottom margin (half an inch from its edge) or set apart
                # from the other lines: a printed page's date, address, number
                others = [ln for j, ln in enumerate(lines) if j != i and ln.size]
                gap = min((line.bottom - ln.top if line.bottom >= ln.top else ln.bottom - line.top
                           for ln in others if line.bottom >= ln.top or ln.bottom >= line.top), default=0.0)
                if gap > 2 * body or line.bottom > heights[p] - 36 or line.top < 36:
                    drop.add(i)
        out.append(drop)
    return out


def pdf_text(data: bytes) -> tuple[str, list[str]]:
    """The text of the PDF file ``data`` and what could not be read (see the module's docstring)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a dependency of presslens; missing only in a broken install
        return "", ["PDF file, not read: the pypdfium2 package is not installed (pip install pypdfium2)"]
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        why = str(exc)
        if "password" in why.lower():
            return "", ["PDF file protected by a password, not read: save an unprotected copy"]
        why = why.replace("Failed to load document ", "").strip("(). ")  # "(PDFium: Data format error)"
        return "", [f"PDF file not readable ({why}: damaged or cut short?), not read"]
    problems: list[str] = []
    pages: list[list[_Line]] = []
    heights: list[float] = []
    try:
        for p in range(len(doc)):
            try:
                page = doc[p]
                heights.append(page.get_height())
                pages.append(_page_lines(page.get_textpage()))
            except pdfium.PdfiumError as exc:
                problems.append(f"PDF page {p + 1} not readable ({exc})")
                pages.append([])
                heights[p:] = [0.0]
    finally:
        doc.close()
    if not any(pages):
        return "", [*problems, "PDF file without text (a scanned image?), not read: run OCR on it first"]
    drops = _furniture(pages, heights)
    paras: list[list[str]] = []
    for p, lines in enumerate(pages):
        page_paras = _paragraphs([ln for i, ln in enumerate(lines) if i not in drops[p]])
        if not page_paras:
            continue
        if paras and paras[-1]:
            last, first = paras[-1][-1], page_paras[0][0]
            if (last.endswith("-") or last[-1:] not in _SENTENCE_END) and first[:1].islower():
                paras[-1].extend(page_paras[0])  # a paragraph going on over the page break
                page_paras = page_paras[1:]
        paras.extend(page_paras)
    return "\n\n".join("\n".join(p) for p in paras) + "\n", problems
