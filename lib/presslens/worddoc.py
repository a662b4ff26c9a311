"""Text out of binary Word files (Word 97 to 2003 ``.doc``), with :mod:`olefile`.

A ``.doc`` file is an OLE compound file ([MS-DOC]). Its ``WordDocument`` stream opens with the File Information
Block (FIB), which gives the length of the main document's text (``ccpText``: footnotes, headers, comments and
text boxes follow it and are left out) and where, in the table stream (``0Table`` or ``1Table``), the piece table
is (``fcClx``). The piece table maps the text's characters to runs of bytes in ``WordDocument``: 8-bit (code page
1252) or UTF-16.

:func:`doc_text` gives the text the shape of a text export, as the DOCX reader does: one paragraph a line, a blank
line between paragraphs, table rows as ``cell | cell`` lines. Of a field (a hyperlink, a page number, a date) its
shown result is kept and its code left out; pictures and drawn objects are left out. Text deleted with changes
tracked is kept (its marks are character formatting, not read). A file encrypted or obfuscated with a password,
or one of Word 6 or 95, gives no text and a problem saying so.
"""

from __future__ import annotations

import re
import struct

__all__ = ["is_word", "doc_text"]

_WORD97 = 0x00C1  # nFib of Word 97 and later (2000, 2002, 2003 keep writing it)
_FC_CLX = 33  # fcClx's pair in FibRgFcLcb97
_CCP_TEXT = 3  # ccpText's place in FibRgLw97
# characters that mean something other than text: a picture, drawn object, footnote or comment reference,
# an optional hyphen; and what others stand for
_DROP = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None)
_MAP = {0x0B: "\n", 0x0C: "\r", 0x0E: "\r", 0x1E: "-"}


def is_word(ole) -> bool:
    """Whether the open OLE file ``ole`` holds a Word document (a ``WordDocument`` stream)."""
    return ole.exists("WordDocument")


def _fields(text: str) -> str:
    """``text`` without its fields' codes: "\\x13 HYPERLINK "..." \\x14shown\\x15" gives "shown" (fields nest)."""
    if "\x13" not in text:
        return text
    out: list[str] = []
    depth_code: list[bool] = []  # per open field: still in its code (before its separator)
    for ch in text:
        if ch == "\x13":
            depth_code.append(True)
        elif ch == "\x14":
            if depth_code:
                depth_code[-1] = False
        elif ch == "\x15":
            if depth_code:
                depth_code.pop()
        elif not any(depth_code):
            out.append(ch)
    return "".join(out)


def _pieces(clx: bytes) -> list[tuple[int, int, int, bool]]:
    """The piece table of a Clx: (first character, character after the last, byte offset, 8-bit) per piece."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting, skipped
        (size,) = struct.unpack_from("<h", clx, pos + 1)
        pos += 3 + max(size, 0)
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5:pos + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n < 1:
        raise ValueError("empty piece table")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for i in range(n):
        (fc,) = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)
        compressed = bool(fc & 0x40000000)
        fc &= 0x3FFFFFFF
        out.append((cps[i], cps[i + 1], fc // 2 if compressed else fc, compressed))
    return out


def _main_text(word: bytes, table: bytes, fc_clx: int, lcb_clx: int, ccp_text: int) -> str:
    parts = []
    for cp_a, cp_b, fc, compressed in _pieces(table[fc_clx:fc_clx + lcb_clx]):
        if cp_a >= ccp_text:
            break
        n = min(cp_b, ccp_text) - cp_a
        if n <= 0:
            continue
        if compressed:
            parts.append(word[fc:fc + n].decode("cp1252", "replace"))
        else:
            parts.append(word[fc:fc + 2 * n].decode("utf-16-le", "replace"))
    return "".join(parts)


def _blocks(text: str) -> list[str]:
    """Paragraphs and table rows of the main text: paragraphs end in \\r; a cell's text ends in \\x07, a table
    row in one more \\x07 after its last cell's ("cell 1\\x07cell 2\\x07\\x07")."""
    text = _fields(text).translate(_DROP)
    if any(chr(c) in text for c in _MAP):
        text = text.translate({c: v for c, v in _MAP.items()})
    blocks: list[str] = []
    cells: list[str] = []
    buf: list[str] = []
    after_cell = False  # the token before was a cell's end mark
    in_rows = False  # the last block is a table's rows (the next row joins it)
    for token in re.split(r"([\r\x07])", text):
        if token == "\r":
            if cells:  # a paragraph inside a cell: the cell goes on
                buf.append(" ")
            else:
                blocks.append("".join(buf).strip())
                buf = []
                in_rows = False
            after_cell = False
        elif token == "\x07":
            cell = " ".join("".join(buf).split())
            buf = []
            if after_cell and not cell:  # the row's end mark: rows of a table are one block, a line each
                row = " | ".join(cells)
                if in_rows:
                    blocks[-1] += "\n" + row
                else:
                    blocks.append(row)
                in_rows = True
                cells = []
                after_cell = False
            else:
                cells.append(cell)
                after_cell = True
        elif token:
            buf.append(token)
            after_cell = False
    if cells:
        blocks.append(" | ".join(cells))
    blocks.append("".join(buf).strip())
    return blocks


def doc_text(ole) -> tuple[str, list[str]] | None:
    """The text of the Word document in the open OLE file ``ole`` (an :class:`olefile.OleFileIO`; see the module
    docstring) and the problems met; None when it holds no Word document. Never raises."""
    from .formats import _join_blocks

    try:
        if not is_word(ole):
            return None
        word = ole.openstream("WordDocument").read()
        if len(word) < 68 or struct.unpack_from("<H", word, 0)[0] != 0xA5EC:
            return "", ["damaged Word .doc file (no File Information Block), not read"]
        n_fib, flags = struct.unpack_from("<H", word, 2)[0], struct.unpack_from("<H", word, 10)[0]
        if flags & 0x0100 or flags & 0x8000:
            return "", ["password-protected Word .doc file, not read: save it unprotected as .docx, .rtf or text"]
        if n_fib < _WORD97:
            return "", ["Word 6/95 .doc file, not read: save it as .docx, .rtf or text"]
        pos = 32
        (csw,) = struct.unpack_from("<H", word, pos)
        pos += 2 + 2 * csw
        (cslw,) = struct.unpack_from("<H", word, pos)
        lw = struct.unpack_from(f"<{cslw}i", word, pos + 2)
        pos += 2 + 4 * cslw
        (cb,) = struct.unpack_from("<H", word, pos)
        if cb <= _FC_CLX or cslw <= _CCP_TEXT:
            return "", ["damaged Word .doc file (File Information Block too short), not read"]
        fc_clx, lcb_clx = struct.unpack_from("<II", word, pos + 2 + 8 * _FC_CLX)
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            return "", [f"damaged Word .doc file (no {table_name} stream), not read"]
        table = ole.openstream(table_name).read()
        text = _main_text(word, table, fc_clx, lcb_clx, max(lw[_CCP_TEXT], 0))
    except Exception as exc:  # never let one file stop the run
        return "", [f"damaged Word .doc file, not read ({type(exc).__name__}: {exc})"]
    out = _join_blocks(_blocks(text))
    return out, ([] if out else ["no text in the Word .doc file"])
