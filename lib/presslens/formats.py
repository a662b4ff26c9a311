"""Text out of word-processor files: DOCX (Word 2007+, Nexis Uni, LibreOffice), RTF (Word, WordPad,
LibreOffice, Factiva, LexisNexis), ODT (LibreOffice, OpenOffice, Google Docs) and EPUB e-books, with the standard
library only.

The readers return ``(text, problems)`` and never raise. The text has the shape of a plain-text export, so
the parser reads it as it reads a ``.txt`` copy of the same article: each paragraph is one line followed by a
blank line (empty paragraphs add nothing), a line break inside a paragraph is a newline, a tab is a tab; a
table row is one line with its cells joined by `` | ``, the rows of a table one block. A page or section
break ends a paragraph. Headers, footers, footnotes, comments, pictures, embedded objects, hidden and deleted
text are left out; inserted text is kept; of a field (hyperlink, page number) only its shown result is kept.
List bullets and numbers are not shown (a DOCX keeps them outside the text; RTF's ``\\listtext`` copy is
skipped so that both give the same text). DOCX text boxes are read (once); RTF drawing shapes are not. An ODT
gives the same shape (white space collapsed as ODF says: ``text:s`` spaces kept); an EPUB its chapters in
reading order, each block element of their XHTML (``p``, ``h1``, ``li``, ``blockquote``...) a paragraph; a
periodical EPUB (a news download) its articles one by one (:func:`epub_book`).

``problems`` names what could not be read: a file that is not a zip archive, a DOCX without its main part, an
ODT protected by a password, an EPUB with DRM, XML that is not well formed, an RTF whose braces do not balance or that stops inside a group. The text read
up to the damage is kept.
"""

from __future__ import annotations

import codecs
import io
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # binary .doc/.xls, and password-protected Office files
XML_LIMIT = 1024 * 1024 * 1024  # bytes of uncompressed document.xml read at most (a zip bomb stops here)

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f]")  # C0 controls other than tab and newline: not text


def _join_blocks(blocks: list[str]) -> str:
    """Paragraph texts as a text export writes them: one line each, then a blank line."""
    if _CONTROL_CHARS.search("".join(blocks)):
        blocks = [_CONTROL_CHARS.sub("", b) for b in blocks]
    kept = [b for b in blocks if b.strip()]
    return "\n\n".join(kept) + "\n" if kept else ""


def _table_block(rows: list[list[str]]) -> str:
    lines = [" | ".join(cells) for cells in rows if any(cells)]
    return "\n".join(lines)


def _cell_text(paragraphs: list[str]) -> str:
    return " ".join(" ".join(p.split()) for p in paragraphs if p.strip())


# Symbol-font characters (Word's bullets and the like, written as F0xx or as a byte in a symbol font).
_SYMBOL = {0xB7: "\u2022", 0xA7: "\u25aa", 0xB0: "\u00b0", 0xB1: "\u00b1", 0xD7: "\u00d7", 0xB8: "\u00f7",
           0xA3: "\u2264", 0xB3: "\u2265", 0xB9: "\u2260", 0xBB: "\u2248", 0x2D: "\u2212", 0xE2: "\u00ae",
           0xE3: "\u00a9", 0xE4: "\u2122", 0xD2: "\u00ae", 0xD3: "\u00a9", 0xD4: "\u2122", 0xBE: "\u2014",
           0xAE: "\u2192", 0xAC: "\u2190", 0xA5: "\u221e"}

_WINGDINGS = {0x9F: "\u2022", 0xA7: "\u25aa", 0x6C: "\u25cf", 0x6E: "\u25a0", 0xD8: "\u27a2", 0xFC: "\u2713",
              0xFB: "\u2717"}


# --- DOCX -----------------------------------------------------------------------------------------------

_W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                 "http://purl.oclc.org/ooxml/wordprocessingml/main")  # transitional, strict
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _w_tags(*names: str) -> dict[str, str]:
    return {f"{{{ns}}}{name}": name for ns in _W_NAMESPACES for name in names}


# Elements whose content is not shown: deleted and moved-away text, the fallback copy of alternate content
# (its mc:Choice is read), field instructions, and properties (w:tabs inside w:pPr hold w:tab elements).
_DOCX_IGNORED = {**_w_tags("del", "moveFrom", "instrText", "delInstrText", "pPr", "rPr", "sectPr", "tblPr",
                           "trPr", "tcPr", "sdtPr", "fldData"),
                 _MC + "Fallback": "Fallback"}
_DOCX_TAGS = _w_tags("p", "tbl", "tr", "tc", "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen",
                     "sym")


class _DocxText:
    """The text of a document.xml, as an XML parser's target: called for each tag as the file is read (no
    tree is built), so a damaged file keeps the text before the damage."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.paragraphs: list[list[str]] = []  # open paragraphs, innermost last (text boxes nest them)
        self.sinks: list[list[str]] = [self.blocks]  # where a finished paragraph goes: a table cell or the body
        self.tables: list[list[list[str]]] = []  # open tables: rows of cell texts
        self.ignored = 0  # depth inside elements whose content is not shown
        self.cells = 0  # open table cells
        self.in_text = False  # inside a shown w:t

    def start(self, tag: str, attrib: dict) -> None:
        if tag in _DOCX_IGNORED:
            self.ignored += 1
            return
        name = _DOCX_TAGS.get(tag)
        if name is None or self.ignored:
            return
        if name == "t":
            self.in_text = bool(self.paragraphs)
        elif name == "p":
            self.paragraphs.append([])
        elif name == "tbl":
            self.tables.append([])
        elif name == "tr":
            if self.tables:
                self.tables[-1].append([])
        elif name == "tc":
            self.sinks.append([])
            self.cells += 1
        elif self.paragraphs:
            run = self.paragraphs[-1]
            if name in ("tab", "ptab"):
                run.append("\t")
            elif name == "br":
                kind = next((v for k, v in attrib.items() if k.endswith("}type") or k == "type"), "")
                if kind == "page" and not self.cells:
                    self.sinks[-1].append("".join(run))  # a page break ends the paragraph
                    run.clear()
                else:
                    run.append("\n")
            elif name == "cr":
                run.append("\n")
            elif name == "noBreakHyphen":
                run.append("-")
            elif name == "sym":
                run.append(_docx_symbol(attrib))
            # softHyphen: an optional hyphen, not shown

    def data(self, text: str) -> None:
        if self.in_text:
            self.paragraphs[-1].append(text)

    def end(self, tag: str) -> None:
        if tag in _DOCX_IGNORED:
            self.ignored -= 1
            return
        name = _DOCX_TAGS.get(tag)
        if name is None or self.ignored:
            return
        if name == "t":
            self.in_text = False
        elif name == "p":
            if self.paragraphs:
                self.sinks[-1].append("".join(self.paragraphs.pop()))
        elif name == "tc":
            if self.cells:
                self.cells -= 1
                cell = _cell_text(self.sinks.pop())
                if self.tables and self.tables[-1]:
                    self.tables[-1][-1].append(cell)
        elif name == "tbl":
            if self.tables:
                self.sinks[-1].append(_table_block(self.tables.pop()))

    def close(self) -> None:
        pass

    def read(self, stream) -> None:
        parser = ET.XMLParser(target=self)
        while chunk := stream.read(1 << 20):
            parser.feed(chunk)
        parser.close()

    def text(self) -> str:
        self.in_text = False
        while self.paragraphs:  # a damaged file: paragraphs still open
            self.sinks[-1].append("".join(self.paragraphs.pop()))
        return _finished(self.blocks, self.sinks, self.tables)


def _finished(blocks: list[str], sinks: list[list[str]], tables: list[list[list[str]]]) -> str:
    """The text of a document read to its end or to the damage: cells and tables still open are closed (their
    text kept), then the blocks joined."""
    while len(sinks) > 1:
        cell = sinks.pop()
        sinks[-1].append(_cell_text(cell))
    for rows in tables:
        blocks.append(_table_block(rows))
    return _join_blocks(blocks)


def _docx_symbol(attrib: dict) -> str:
    attrs = {k.rsplit("}", 1)[-1]: v for k, v in attrib.items()}
    try:
        code = int(attrs.get("char", ""), 16)
    except ValueError:
        return ""
    font = attrs.get("font", "").lower()
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    if font == "symbol":
        return _SYMBOL.get(code, "")
    if font.startswith("wingdings") or font == "webdings":
        return _WINGDINGS.get(code, "")
    try:
        return chr(code)
    except ValueError:
        return ""


def _docx_main_part(zf: zipfile.ZipFile) -> str | None:
    """The name of the main document part: from _rels/.rels, else word/document.xml, else None."""
    names = set(zf.namelist())
    try:
        rels = ET.fromstring(zf.read("_rels/.rels"))
        for rel in rels.iter(_REL + "Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if target in names:
                    return target
    except Exception:  # no or damaged relationships: fall back to the usual name
        pass
    return "word/document.xml" if "word/document.xml" in names else None


def docx_text(data: bytes) -> tuple[str, list[str]]:
    """The text of a DOCX file's main document part (see the module docstring); ``(text, problems)``."""
    if not data:
        return "", ["empty file"]
    if data.startswith(OLE_MAGIC):
        return "", ["not a DOCX (zip) file but an OLE compound file: a password-protected document or a "
                    "binary Word .doc renamed; not read"]
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # BadZipFile mostly; NotImplementedError, ValueError... for damaged headers
        damaged = " (damaged or cut short?)" if data.startswith(b"PK") else ""
        return "", [f"not a readable DOCX file: not a valid zip archive{damaged}: {exc}"]
    with zf:
        try:
            name = _docx_main_part(zf)
        except Exception as exc:
            return "", [f"not a readable DOCX file: {type(exc).__name__}: {exc}"]
        if name is None:
            return "", ["not a Word document: the zip archive has no word/document.xml"]
        info = zf.getinfo(name)
        if info.file_size > XML_LIMIT:
            return "", [f"{name} too large ({info.file_size} bytes uncompressed; limit {XML_LIMIT})"]
        reader = _DocxText()
        problems: list[str] = []
        try:
            with zf.open(info) as stream:
                reader.read(stream)
        except ET.ParseError as exc:
            problems.append(f"{name} is not well-formed XML ({exc}): the text before the error is kept")
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            problems.append(f"{name} cannot be decompressed ({type(exc).__name__}: {exc}): the text before "
                            f"the damage is kept")
        except Exception as exc:  # never let one file stop the run
            problems.append(f"{name} unreadable ({type(exc).__name__}: {exc}): the text before the error is kept")
        text = reader.text()
    if not text and not problems:
        problems.append("no text in the document")
    return text, problems


# --- RTF ------------------------------------------------------------------------------------------------

_NOT_BLANK = re.compile(r"[^\x00\s}]")
_RTF_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # 1, 2: control word and its parameter (one space delimiter eaten)
    r"|\\'([0-9a-fA-F]{2})"  # 3: a byte in the current code page
    r"|\\(.)"  # 4: control symbol
    r"|([{}])"  # 5: group
    r"|([^\\{}\r\n]+)"  # 6: text
    r"|[\r\n]+|\\",  # line ends are not text; a lone backslash at the end
    re.DOTALL,
)

# Destinations whose text is not shown (any destination marked \* is skipped as well).
_RTF_SKIP = frozenset("""
    colortbl stylesheet info pict object objdata header headerl headerr headerf footer footerl footerr
    footerf footnote annotation atnauthor atnid atndate atnref atrfstart atrfend listtable listoverridetable
    rsidtbl themedata colorschememapping datastore latentstyles generator xmlnstbl mmathPr bkmkstart bkmkend
    fldinst filetbl revtbl pgdsctbl pn pntxta pntxtb xe tc txe nonshppict shppict shp shpinst shprslt
    ftnsep ftnsepc aftnsep aftnsepc ftncn aftncn private userprops docvar template fchars lchars
    wgrffmtfilter passwordhash protusertbl listpicture blipuid panose falt do picprop background
    listtext pntext formfield datafield comment doccomm keywords author operator title subject company category manager
""".split())

_RTF_SYMBOLS = {"emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
                "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "emspace": " ", "enspace": " ",
                "qmspace": " ", "zwj": "\u200d", "zwnj": "\u200c", "zwbo": "\u200b", "line": "\n", "tab": "\t",
                "lbr": "\n", "nestcell": " "}
_RTF_CONTROL_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "-", "\t": "\t"}

_CHARSET_CODEPAGE = {2: "symbol", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk",
                     136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
                     186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250", 254: "cp437", 255: "cp850"}
# 0 (ANSI) and 1 (default) mean the document's \ansicpg: Word writes text outside it as \u.
_CODEPAGE_NAMES = {10000: "mac_roman", 10001: "cp932", 10006: "mac_greek", 10007: "mac_cyrillic",
                   10029: "mac_latin2", 20866: "koi8_r", 21866: "koi8_u", 28591: "latin-1", 28595: "iso8859_5",
                   65001: "utf-8", 936: "gbk"}


def _codepage(n: int) -> str | None:
    name = _CODEPAGE_NAMES.get(n, f"cp{n}")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _decode_bytes(raw: bytes | bytearray, codec: str) -> str:
    if codec == "symbol":
        return "".join(_SYMBOL.get(b, chr(b) if b < 0x80 else "") for b in raw)
    return bytes(raw).decode(codec, errors="replace")


class _Rtf:
    """One pass over the tokens of an RTF file, keeping the shown text (see :func:`rtf_text`)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.blocks: list[str] = []
        self.cur: list[str] = []  # the paragraph being read
        self.cells: list[str] = []  # the table row being read
        self.rows: list[list[str]] = []  # the table being read
        self.fonts: dict[int, str] = {}  # font number -> codec, from the font table
        self.doc_cp = "cp1252"
        self.deff = 0
        self.pending = bytearray()  # \'hh bytes not decoded yet (a double-byte character takes two)
        self.pending_cp = ""
        self.high = 0  # a \u high surrogate waiting for its low half
        self.used: Counter = Counter()  # code page -> bytes decoded with it
        self.unknown_cp: set[int] = set()

    # output
    def flush(self) -> None:
        if self.pending:
            self.cur.append(_decode_bytes(self.pending, self.pending_cp))
            self.used[self.pending_cp] += len(self.pending)
            self.pending.clear()
        if self.high:
            self.cur.append("\ufffd")
            self.high = 0

    def emit(self, s: str) -> None:
        if self.pending or self.high:
            self.flush()
        self.cur.append(s)

    def par(self, intbl: bool) -> None:
        self.flush()
        if intbl:
            self.cur.append("\n")
            return
        if self.rows:
            self.end_table()
        self.blocks.append("".join(self.cur))
        self.cur = []

    def cell(self) -> None:
        self.flush()
        self.cells.append(_cell_text(["".join(self.cur)]))
        self.cur = []

    def row(self) -> None:
        self.flush()
        if "".join(self.cur).strip():
            self.cell()
        self.cur = []
        self.rows.append(self.cells)
        self.cells = []

    def end_table(self) -> None:
        if self.cells:
            self.rows.append(self.cells)
            self.cells = []
        self.blocks.append(_table_block(self.rows))
        self.rows = []

    def codec(self, font: int) -> str:
        return self.fonts.get(font) or self.doc_cp

    def run(self, s: str) -> str:
        """The text of the RTF source ``s`` (bytes read as latin-1, one character per byte)."""
        token = _RTF_TOKEN
        skip_words = _RTF_SKIP
        symbols = _RTF_SYMBOLS
        # group state: skipped, in the font table, \uc count, font, in a table, hidden or deleted
        skipped = fonttbl = False
        uc, font, intbl, hidden = 1, 0, False, False
        stack: list[tuple] = []
        fresh = star = False  # right after '{' (a destination may follow); after \*
        fallback = 0  # characters still to skip after a \u
        def_font = 0  # font being defined in the font table
        early_close = 0
        ahead = -1  # position of the next character that is not blank or '}'
        pos, end = 0, len(s)
        while pos < end:
            for m in token.finditer(s, pos):
                kind = m.lastindex
                if kind == 2:  # a control word with its parameter
                    kind = 1
                if kind == 5:  # brace
                    fallback = 0
                    if m.group(5) == "{":
                        stack.append((skipped, fonttbl, uc, font, intbl, hidden))
                        fresh, star = True, False
                    else:  # the document's own group is open until the end (see below)
                        skipped, fonttbl, uc, font, intbl, hidden = stack.pop()
                        fresh = star = False
                        if not stack:  # the document's closing brace: the end, unless text follows
                            if ahead < m.end():  # where the next text is (found once for a run of '}')
                                found = _NOT_BLANK.search(s, m.end())
                                ahead = found.start() if found else end
                            if ahead >= end:
                                extra = s.count("}", m.end())
                                if extra:
                                    self.problems.append(f"unbalanced braces: {extra} '}}' too many at the end, "
                                                         "ignored")
                                return self.finish(0, early_close)
                            early_close += 1  # a '}' too many: read on as if it were not there
                            stack.append((False, False, uc, font, intbl, hidden))
                    continue
                if kind is None or (skipped and kind != 1):
                    continue  # a line end, or text of a skipped destination
                if kind == 1:  # control word
                    word = m.group(1)
                    if word == "bin":  # binary data: skip its bytes
                        n = int(m.group(2) or 0)
                        pos = m.end() + max(n, 0)
                        break
                    if fresh:
                        fresh = False
                        if star or word in skip_words:
                            skipped = True
                            star = False
                            continue
                        if word == "fonttbl":
                            fonttbl = skipped = True
                            continue
                    elif word in skip_words:  # a destination word later in its group: skip the group
                        skipped = True
                        continue
                    if skipped:
                        if fonttbl:
                            param = m.group(2)
                            if param is not None:
                                n = int(param)
                                if word == "f":
                                    def_font = n
                                elif word == "fcharset":
                                    if n in _CHARSET_CODEPAGE:
                                        self.fonts[def_font] = _CHARSET_CODEPAGE[n]
                                elif word == "cpg":
                                    cp = _codepage(n)
                                    if cp:
                                        self.fonts[def_font] = cp
                        continue
                    if fallback:
                        fallback -= 1
                        continue
                    if word == "u":
                        value = int(m.group(2) or 0)
                        if value < 0:
                            value += 65536
                        fallback = uc
                        if hidden:
                            continue
                        self.unicode(value)
                    elif word == "par":
                        if not hidden:
                            self.par(intbl)
                    elif word in symbols:
                        if not hidden:
                            self.emit(symbols[word])
                    elif word in ("sect", "page"):
                        self.par(intbl)
                    elif word == "cell":
                        self.cell()
                    elif word == "row":
                        self.row()
                    elif word == "pard":
                        intbl = False
                    elif word == "intbl":
                        intbl = True
                    elif word == "plain":
                        font, hidden = self.deff, False
                    elif word == "f":
                        font = int(m.group(2) or 0)
                    elif word in ("v", "deleted"):
                        hidden = m.group(2) != "0"
                    elif word == "uc":
                        uc = max(int(m.group(2) or 0), 0)
                    elif word == "ansicpg":
                        n = int(m.group(2) or 0)
                        cp = _codepage(n)
                        if cp:
                            self.doc_cp = cp
                        else:
                            self.unknown_cp.add(n)
                    elif word == "deff":
                        self.deff = font = int(m.group(2) or 0)
                    elif word in ("mac", "pc", "pca"):
                        self.doc_cp = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
                    continue
                if kind == 6:  # text
                    fresh = False
                    text = m.group(6)
                    if fallback:
                        cut = min(fallback, len(text))
                        fallback -= cut
                        text = text[cut:]
                        if not text:
                            continue
                    if hidden:
                        continue
                    if not text.isascii():
                        text = _decode_bytes(text.encode("latin-1"), self.codec(font))
                    self.emit(text)
                    continue
                if kind == 3:  # \'hh
                    fresh = False
                    if fallback:
                        fallback -= 1
                        continue
                    if hidden:
                        continue
                    codec = self.codec(font)
                    if self.high:
                        self.flush()
                    if self.pending and codec != self.pending_cp:
                        self.flush()
                    self.pending_cp = codec
                    self.pending.append(int(m.group(3), 16))
                    continue
                # control symbol
                sym = m.group(4)
                if sym == "*":
                    star = fresh
                    continue
                fresh = False
                if fallback:
                    fallback -= 1
                    continue
                if hidden:
                    continue
                if sym in ("\n", "\r"):  # backslash + line end is \par
                    self.par(intbl)
                elif sym in _RTF_CONTROL_SYMBOLS:
                    self.emit(_RTF_CONTROL_SYMBOLS[sym])
                # \- (optional hyphen), \| \: and unknown symbols: nothing shown
            else:
                break  # the tokens ran out
        return self.finish(len(stack), early_close)

    def unicode(self, value: int) -> None:
        if 0xD800 <= value < 0xDC00:
            if self.pending or self.high:
                self.flush()
            self.high = value
            return
        if 0xDC00 <= value < 0xE000:
            if self.high:
                pair = 0x10000 + ((self.high - 0xD800) << 10) + (value - 0xDC00)
                self.high = 0
                self.emit(chr(pair))
            else:
                self.emit("\ufffd")
            return
        self.emit(chr(value))

    def finish(self, unclosed: int, early_close: int = 0) -> str:
        self.flush()
        if self.cells or self.rows:
            self.end_table()
        self.blocks.append("".join(self.cur))
        self.cur = []
        if early_close:
            self.problems.append(f"unbalanced braces: {early_close} '}}' closed the document before its end; "
                                 "the text after read as well")
        if unclosed > 0:
            self.problems.append(f"unbalanced braces: {unclosed} group(s) not closed at the end of the file "
                                 "(cut short?)")
        if self.unknown_cp:
            self.problems.append(f"unknown code page(s) {sorted(self.unknown_cp)}: read as {self.doc_cp}")
        return _join_blocks(self.blocks)


def rtf_header(data: bytes) -> bool:
    """Whether ``data`` starts as an RTF file does (``{\\rtf``, after a BOM or white space)."""
    head = data[:64]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.lstrip(b" \t\r\n").startswith(b"{\\rtf")


def rtf_text(data: bytes) -> tuple[str, list[str]]:
    """The shown text of an RTF file (see the module docstring); ``(text, problems)``.

    Bytes written as ``\\'hh`` (or raw) are decoded with the code page of their font's ``\\fcharset`` or
    ``\\cpg`` (204 Cyrillic, 134 GBK, 128 Shift-JIS...), else of the document's ``\\ansicpg`` (default
    cp1252); ``\\uN`` characters skip their ``\\ucN`` fallback, surrogate pairs are combined. One pass over
    the tokens: linear in the file's size.
    """
    text, _codec, problems = rtf_text_codec(data)
    return text, problems


def rtf_text_codec(data: bytes) -> tuple[str, str, list[str]]:
    """:func:`rtf_text`, also giving the code page that decoded most bytes (the document's when none)."""
    if not data:
        return "", "", ["empty file"]
    if not rtf_header(data):
        return "", "", ["not an RTF file: does not start with '{\\rtf'"]
    reader = _Rtf()
    s = data.decode("latin-1")
    start = s.index("{\\rtf")
    try:
        text = reader.run(s[start:])
    except Exception as exc:  # never let one file stop the run; keep what was read
        reader.problems.append(f"RTF reading stopped ({type(exc).__name__}: {exc}): the text before is kept")
        try:
            text = reader.finish(0)
        except Exception:
            text = ""
    codec = reader.used.most_common(1)[0][0] if reader.used else reader.doc_cp
    problems = list(reader.problems)
    if not text and not problems:
        problems.append("no text in the document")
    return text, codec, problems


# --- zip packages: which document a zip archive holds ------------------------------------------------------

_ODF_TEXT_TYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
                   "application/vnd.oasis.opendocument.text-master")


def zip_kind(data: bytes) -> str:
    """What a zip archive holds: "docx" (a Word document), "odt" (an OpenDocument text), "epub" (an e-book),
    "ods"... ("opendocument <kind>" for other OpenDocument files), "zip" (another archive), or "" when it
    cannot be opened (a damaged archive: then only its first entry, the ``mimetype`` of an ODF or EPUB file,
    is looked at)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = ""
            if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
                mimetype = zf.read("mimetype").decode("ascii", "replace").strip()
    except Exception:
        if data[30:38] == b"mimetype":  # the first entry, stored: its content follows the local header
            mimetype = data[38:120].split(b"PK", 1)[0].decode("ascii", "replace").strip()
            return _mimetype_kind(mimetype) or ""
        return ""
    kind = _mimetype_kind(mimetype)
    if kind:
        return kind
    if "word/document.xml" in names or "_rels/.rels" in names:
        return "docx"
    if "content.xml" in names:
        return "odt"
    if "META-INF/container.xml" in names:
        return "epub"
    return "zip"


def _mimetype_kind(mimetype: str) -> str:
    if mimetype in _ODF_TEXT_TYPES:
        return "odt"
    if mimetype == "application/epub+zip":
        return "epub"
    if mimetype.startswith("application/vnd.oasis.opendocument."):
        return "opendocument " + mimetype.rsplit(".", 1)[-1]
    return ""


def _open_zip(data: bytes, what: str) -> tuple[zipfile.ZipFile | None, list[str]]:
    if not data:
        return None, ["empty file"]
    if data.startswith(OLE_MAGIC):
        return None, [f"not a {what} (zip) file but an OLE compound file: a password-protected document or a "
                      "binary Office file renamed; not read"]
    try:
        return zipfile.ZipFile(io.BytesIO(data)), []
    except Exception as exc:
        damaged = " (damaged or cut short?)" if data.startswith(b"PK") else ""
        return None, [f"not a readable {what} file: not a valid zip archive{damaged}: {exc}"]


def _read_xml(zf: zipfile.ZipFile, name: str, target, problems: list[str], *, html_entities: bool = False) -> None:
    """Feed the part ``name`` of the archive to an XML parser calling ``target``; damage goes to ``problems``
    (the text before it is kept). ``html_entities``: HTML's named entities (``&nbsp;``, which XHTML files use
    without declaring them) are read as the characters they name."""
    try:
        parser = ET.XMLParser(target=target)
        if html_entities:
            parser.feed(_HTML_ENTITY.sub(_entity_reference, zf.read(name)))
        else:
            with zf.open(name) as stream:
                while chunk := stream.read(1 << 20):
                    parser.feed(chunk)
        parser.close()
    except ET.ParseError as exc:
        problems.append(f"{name} is not well-formed XML ({exc}): the text before the error is kept")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        problems.append(f"{name} cannot be decompressed ({type(exc).__name__}: {exc}): the text before the damage "
                        "is kept")
    except Exception as exc:  # never let one file stop the run
        problems.append(f"{name} unreadable ({type(exc).__name__}: {exc}): the text before the error is kept")


_HTML_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset((b"amp", b"lt", b"gt", b"quot", b"apos"))


def _entity_reference(m: re.Match) -> bytes:
    """``&nbsp;`` as ``&#160;``: a character reference any XML parser reads (an unknown name is left as it is)."""
    from html.entities import name2codepoint

    name = m.group(1)
    if name in _XML_ENTITIES:
        return m.group(0)
    code = name2codepoint.get(name.decode("ascii"))
    return b"&#%d;" % code if code is not None else m.group(0)


class _Paragraphs:
    """The paragraphs, tables and text boxes of a document as an XML parser's target: the bookkeeping
    :class:`_DocxText` does, for formats whose white space is collapsed as HTML's is (ODF, XHTML): a run of
    spaces, tabs and newlines in the text is one space, none at a paragraph's start or end."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.paragraphs: list[list[str]] = []
        self.sinks: list[list[str]] = [self.blocks]
        self.tables: list[list[list[str]]] = []
        self.cells = 0
        self.ignored = 0
        self.space = True  # the text so far ends in white space (or the paragraph has none yet)

    def open_paragraph(self) -> None:
        self.paragraphs.append([])
        self.space = True

    def close_paragraph(self) -> None:
        if self.paragraphs:
            run = self.paragraphs.pop()
            if run and run[-1] == " ":
                run.pop()
            self.sinks[-1].append("".join(run))
        self.space = True

    def text(self, text: str, *, collapse: bool = True) -> None:
        if not self.paragraphs or self.ignored:
            return
        if collapse:
            text = _WHITE.sub(" ", text)
            if self.space and text.startswith(" "):
                text = text[1:]
            if not text:
                return
            self.space = text.endswith(" ")
        else:
            self.space = False
        self.paragraphs[-1].append(text)

    def literal(self, text: str) -> None:
        """Characters written as elements (ODF's text:s, text:tab, text:line-break; XHTML's br): kept."""
        if self.paragraphs and not self.ignored:
            run = self.paragraphs[-1]
            if text == "\n" and run and run[-1] == " ":
                run.pop()
            run.append(text)
            self.space = text == "\n"

    def open_table(self) -> None:
        self.tables.append([])

    def open_row(self) -> None:
        if self.tables:
            self.tables[-1].append([])

    def open_cell(self) -> None:
        self.sinks.append([])
        self.cells += 1

    def close_cell(self) -> None:
        if self.cells:
            self.cells -= 1
            cell = _cell_text(self.sinks.pop())
            if self.tables and self.tables[-1]:
                self.tables[-1][-1].append(cell)

    def close_table(self) -> None:
        if self.tables:
            self.sinks[-1].append(_table_block(self.tables.pop()))

    def close(self) -> None:
        pass

    def result(self) -> str:
        while self.paragraphs:  # a damaged file: paragraphs still open
            self.close_paragraph()
        return _finished(self.blocks, self.sinks, self.tables)


_WHITE = re.compile(r"[ \t\r\n]+")


# --- ODT (OpenDocument text: LibreOffice, OpenOffice, Google Docs' download) ------------------------------

_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODF_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODF_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
# Elements whose content is not shown in the text: footnotes and endnotes (their citation mark too), comments,
# tracked deletions, a list item's rendered number or bullet, pictures' titles and descriptions, declarations
_ODT_IGNORED = frozenset((
    _ODF_TEXT + "note", _ODF_OFFICE + "annotation", _ODF_TEXT + "tracked-changes", _ODF_TEXT + "number",
    _ODF_SVG + "title", _ODF_SVG + "desc", _ODF_TEXT + "sequence-decls", _ODF_TEXT + "variable-decls",
    _ODF_TEXT + "user-field-decls", _ODF_TEXT + "dde-connection-decls", _ODF_OFFICE + "forms",
    _ODF_TABLE + "covered-table-cell", _ODF_OFFICE + "automatic-styles", _ODF_OFFICE + "font-face-decls",
    _ODF_OFFICE + "scripts"))


class _OdtText(_Paragraphs):
    """The text of an ODT's content.xml (see :func:`odt_text`)."""

    def start(self, tag: str, attrib: dict) -> None:
        if tag in _ODT_IGNORED:
            self.ignored += 1
            return
        if self.ignored:
            return
        if tag == _ODF_TEXT + "p" or tag == _ODF_TEXT + "h":
            self.open_paragraph()
        elif tag == _ODF_TEXT + "s":
            try:
                n = int(attrib.get(_ODF_TEXT + "c", "1"))
            except ValueError:
                n = 1
            self.literal(" " * max(1, min(n, 1000)))
        elif tag == _ODF_TEXT + "tab":
            self.literal("\t")
        elif tag == _ODF_TEXT + "line-break":
            self.literal("\n")
        elif tag == _ODF_TABLE + "table":
            self.open_table()
        elif tag == _ODF_TABLE + "table-row":
            self.open_row()
        elif tag == _ODF_TABLE + "table-cell":
            self.open_cell()

    def data(self, text: str) -> None:
        self.text(text)

    def end(self, tag: str) -> None:
        if tag in _ODT_IGNORED:
            self.ignored -= 1
            return
        if self.ignored:
            return
        if tag == _ODF_TEXT + "p" or tag == _ODF_TEXT + "h":
            self.close_paragraph()
        elif tag == _ODF_TABLE + "table-cell":
            self.close_cell()
        elif tag == _ODF_TABLE + "table":
            self.close_table()


def odt_text(data: bytes) -> tuple[str, list[str]]:
    """The text of an OpenDocument text file's content.xml, in the shape :func:`docx_text` gives (see the module
    docstring): headings and paragraphs one line each, list items without their bullets or numbers, tables as
    ``cell | cell`` rows, text boxes read; footnotes, endnotes, comments and tracked deletions left out. A
    document saved with a password is not read (its content is encrypted). ``(text, problems)``."""
    zf, problems = _open_zip(data, "ODT")
    if zf is None:
        return "", problems
    with zf:
        names = set(zf.namelist())
        try:
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
        except Exception:
            manifest = b""
        if b"encryption-data" in manifest:
            return "", ["ODT document protected by a password (its content is encrypted), not read: save it "
                        "without the password"]
        if "content.xml" not in names:
            kind = zip_kind(data)
            what = "a Word document" if kind == "docx" else "an e-book (EPUB)" if kind == "epub" else "zip archive"
            return "", [f"not an OpenDocument text: the {what} has no content.xml"]
        info = zf.getinfo("content.xml")
        if info.file_size > XML_LIMIT:
            return "", [f"content.xml too large ({info.file_size} bytes uncompressed; limit {XML_LIMIT})"]
        reader = _OdtText()
        _read_xml(zf, "content.xml", reader, problems)
        text = reader.result()
    if not text and not problems:
        problems.append("no text in the document")
    return text, problems


# --- EPUB (an e-book: the chapters, XHTML, in reading order) -------------------------------------------

_XHTML = "{http://www.w3.org/1999/xhtml}"
_OPF = "{http://www.idpf.org/2007/opf}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_EPUB_NS = "{http://www.idpf.org/2007/ops}"
_XHTML_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li dt dd blockquote pre section article header footer "
                          "figcaption caption address aside main hr".split())
_XHTML_SKIP = frozenset("head script style nav svg math object iframe noscript template".split())
_NOTE_TYPES = frozenset("footnote endnote rearnote note footnotes endnotes rearnotes".split())
_DOWNLOADED_FROM = "calibre-downloaded-from"
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")  # an address outside the book: "https:", "mailto:"
_BAR = " \t\r\n|·•–—-/\u00a0"  # what separates the links of a navigation bar


class _XhtmlText(_Paragraphs):
    """The text of an XHTML chapter: block elements (p, div, h1-h6, li, blockquote...) end the paragraph before
    them and start one (the text of a block holding blocks makes paragraphs of its own between them); tables
    are ``cell | cell`` rows; the head, scripts, styles, navigation and notes (``epub:type="footnote"``) are left
    out. White space is collapsed but in ``<pre>``."""

    def __init__(self, *, periodical: bool = False) -> None:
        self.periodical = periodical
        self.kept: list[list[bool]] = []  # per open paragraph (periodical): [text of its own, internal links' text]
        self.links: list[bool] = []  # per open <a> (periodical): whether it links inside the book
        self.url = ""  # (periodical) the address the article was downloaded from
        super().__init__()
        self.skips: list[bool] = []  # for each open element: whether its content is left out
        self.pre = 0
        self.open_paragraph()

    def open_paragraph(self) -> None:
        super().open_paragraph()
        if self.periodical:
            self.kept.append([False, False])

    def close_paragraph(self) -> None:
        if self.periodical and self.paragraphs:
            own, linked = self.kept.pop() if self.kept else (True, False)
            if linked and not own:  # a bar of links to the book's other pages ("| Next | Section menu |")
                self.paragraphs[-1].clear()
        super().close_paragraph()

    def start(self, tag: str, attrib: dict) -> None:
        name = tag.rsplit("}", 1)[-1].lower()
        skip = bool(self.ignored or name in _XHTML_SKIP or attrib.get("hidden") is not None
                    or _NOTE_TYPES & set(attrib.get(_EPUB_NS + "type", "").split()))
        if self.periodical and name == "a" and not skip:
            href = attrib.get("href", "")
            if attrib.get("rel") == _DOWNLOADED_FROM:
                # calibre's "This article was downloaded by calibre from <url>": the article's address, not its text
                self.url = self.url or href
                if self.paragraphs:
                    self.paragraphs[-1].clear()
                    if self.kept:
                        self.kept[-1] = [False, True]
                skip = True
            self.links.append(bool(href) and not _URL_SCHEME.match(href))
        self.skips.append(skip)
        if skip:
            self.ignored += 1
            return
        if name in _XHTML_BLOCKS:
            self.close_paragraph()
            self.open_paragraph()
            self.pre += name == "pre"
        elif name in ("td", "th"):
            self.close_paragraph()
            self.open_cell()
            self.open_paragraph()
        elif name == "table":
            self.close_paragraph()
            self.open_table()
            self.open_paragraph()
        elif name == "tr":
            self.open_row()
        elif name == "br":
            self.literal("\n")

    def data(self, text: str) -> None:
        if self.periodical and self.kept and not self.ignored and text.strip(_BAR):
            self.kept[-1][bool(self.links and self.links[-1])] = True
        self.text(text, collapse=not self.pre)

    def end(self, tag: str) -> None:
        skip = self.skips.pop() if self.skips else False
        name = tag.rsplit("}", 1)[-1].lower()
        if self.periodical and name == "a" and self.links:
            self.links.pop()
        if skip:
            self.ignored -= 1
            return
        if name in _XHTML_BLOCKS:
            self.pre -= name == "pre"
            self.close_paragraph()
            self.open_paragraph()
        elif name in ("td", "th"):
            self.close_paragraph()
            self.close_cell()
            self.open_paragraph()
        elif name == "table":
            self.close_paragraph()
            self.close_table()
            self.open_paragraph()


def _epub_package(zf: zipfile.ZipFile) -> tuple[ET.Element | None, str, str]:
    """The EPUB's package document (parsed), its name in the archive, and the problem when there is none."""
    names = set(zf.namelist())
    if "META-INF/container.xml" not in names:
        return None, "", "not an EPUB: no META-INF/container.xml"
    root = ET.fromstring(zf.read("META-INF/container.xml"))
    opf = next((r.get("full-path", "") for r in root.iter(_CONTAINER + "rootfile")), "")
    if opf not in names:
        return None, opf, f"EPUB without its package document ({opf or 'none named'})"
    return ET.fromstring(zf.read(opf)), opf, ""


def _folder_of(name: str) -> str:
    """The folder of the file ``name`` in the archive, with its "/" ('' at the top): what its links start from."""
    return name.rsplit("/", 1)[0] + "/" if "/" in name else ""


def _book_path(base: str, href: str) -> str:
    """The name in the archive of the file ``href`` (relative to the folder ``base``) links to, without its
    fragment."""
    from posixpath import normpath
    from urllib.parse import unquote

    return normpath(base + unquote(href.split("#", 1)[0]))


def _epub_spine(zf: zipfile.ZipFile, package: tuple[ET.Element | None, str, str]) -> tuple[list[str], str]:
    """The chapters of an EPUB in reading order (names in the archive) and the problem when there are none;
    ``package`` as :func:`_epub_package` gives it."""
    pkg, opf, why = package
    if pkg is None:
        return [], why
    names = set(zf.namelist())
    base = _folder_of(opf)
    items = {}
    for item in pkg.iter(_OPF + "item"):
        items[item.get("id", "")] = (item.get("href", ""), item.get("media-type", ""), item.get("properties", ""))
    chapters = []
    for ref in pkg.iter(_OPF + "itemref"):
        href, mtype, props = items.get(ref.get("idref", ""), ("", "", ""))
        if not href or ref.get("linear") == "no" or "nav" in props.split():
            continue
        if mtype not in ("application/xhtml+xml", "text/html", "application/x-dtbook+xml"):
            continue
        name = _book_path(base, href)
        if name in names and name not in chapters:
            chapters.append(name)
    return chapters, "" if chapters else "EPUB without chapters in its spine"


_NCX = "{http://www.daisy.org/z3986/2005/ncx/}"


def _periodical_articles(zf: zipfile.ZipFile, package: tuple[ET.Element | None, str, str]) -> list[tuple[str, str, int]]:
    """The articles of a periodical EPUB (its package as :func:`_epub_package` gives it), in the order of its table
    of contents: (chapter, title, articles in that chapter) each; [] for any other book.

    A periodical (calibre's news downloads, KindleEar and other tools writing Kindle periodicals) says so in its
    package metadata (``<meta name="calibre:publication_type" content="periodical:...">``) or in its NCX table of
    contents, whose entries are classed ``periodical``, ``section`` and ``article``: each ``article`` entry names
    the chapter holding one article and its title. A periodical by its metadata whose entries are not classed has
    its articles deepest in the table of contents (periodical > section > article)."""
    pkg, opf, _why = package
    if pkg is None:
        return []
    base = _folder_of(opf)
    periodical = any(m.get("name") == "calibre:publication_type" and m.get("content", "").startswith("periodical")
                     for m in pkg.iter(_OPF + "meta"))
    ncx = next((i.get("href", "") for i in pkg.iter(_OPF + "item")
                if i.get("media-type") == "application/x-dtbncx+xml"), "")
    names = set(zf.namelist())
    ncx_name = _book_path(base, ncx) if ncx else ""
    if ncx_name not in names:
        return []
    toc = ET.fromstring(zf.read(ncx_name))
    ncx_base = _folder_of(ncx_name)
    nav_map = toc.find(_NCX + "navMap")
    leaves: list[tuple[int, ET.Element]] = []  # entries without entries under them, with their depth
    classed: list[ET.Element] = []

    def walk(point: ET.Element, depth: int) -> None:
        children = point.findall(_NCX + "navPoint")
        if "article" in point.get("class", "").split():
            classed.append(point)
        elif not children:
            leaves.append((depth, point))
        for child in children:
            walk(child, depth + 1)

    for point in nav_map.findall(_NCX + "navPoint") if nav_map is not None else []:
        walk(point, 1)
    if classed:
        points = classed
    elif periodical and leaves and (deepest := max(d for d, _p in leaves)) >= 2:
        # a periodical whose entries are not classed: its articles are the entries deepest in the table of contents
        # (periodical > section > article), not the or a section's own page
        points = [p for d, p in leaves if d == deepest]
    else:
        return []
    found: list[tuple[str, str]] = []
    for point in points:
        content = point.find(_NCX + "content")
        label = point.find(f"{_NCX}navLabel/{_NCX}text")
        name = _book_path(ncx_base, content.get("src", "")) if content is not None else ""
        if name in names:
            found.append((name, " ".join((label.text or "").split()) if label is not None else ""))
    per_chapter = Counter(name for name, _title in found)
    out, seen = [], set()
    for name, title in found:
        if name not in seen:
            seen.add(name)
            out.append((name, title, per_chapter[name]))
    return out


def _epub_encrypted(zf: zipfile.ZipFile, chapters: list[str]) -> bool:
    """Whether the EPUB's chapters are encrypted (DRM); obfuscated fonts alone are not."""
    if "META-INF/encryption.xml" not in set(zf.namelist()):
        return False
    try:
        enc = zf.read("META-INF/encryption.xml").decode("utf-8", "replace")
    except Exception:
        return True
    from urllib.parse import unquote

    uris = {unquote(u) for u in re.findall(r'URI="([^"]+)"', enc)}
    return any(c in uris or c.split("/", 1)[-1] in uris for c in chapters)


EPUB_LIMIT = 256 * 1024 * 1024  # bytes of chapters read at most, uncompressed (each is read whole)


def _chapter_text(zf: zipfile.ZipFile, name: str, problems: list[str], *, periodical: bool = False) -> tuple[str, str]:
    """The text of one chapter, and (``periodical``) the address its article was downloaded from."""
    reader = _XhtmlText(periodical=periodical)
    _read_xml(zf, name, reader, problems, html_entities=True)
    return reader.result(), reader.url


def epub_text(data: bytes) -> tuple[str, list[str]]:
    """The text of an e-book's chapters in reading order (its spine; the table of contents and chapters marked
    non-linear left out), as one document, in the shape :func:`docx_text` gives: each heading and paragraph one
    line and a blank line. An EPUB protected by DRM is not read. ``(text, problems)``. A periodical's articles
    one by one: :func:`epub_book`."""
    zf, problems = _open_zip(data, "EPUB")
    if zf is None:
        return "", problems
    with zf:
        try:
            package = _epub_package(zf)
        except Exception as exc:
            return "", [_damaged_package(exc)]
        return _book_text(zf, package, problems)


def epub_book(data: bytes) -> tuple[list[tuple[str, str, list[str], dict]] | None, str, list[str]]:
    """An e-book read from one reading of its package: ``(articles, "", [])`` for a periodical, ``(None, text,
    problems)`` for any other book (its text as :func:`epub_text` gives it). Never raises.

    A periodical (a newspaper or feeds downloaded by calibre's "Fetch news", KindleEar...; see
    :func:`_periodical_articles`; two articles at least, none encrypted) gives its articles one by one:
    ``(chapter, text, problems, hints)`` each, in the order of its table of contents; ``hints`` the article's title
    (its entry in the table of contents) and the address it was downloaded from (calibre's note under the article:
    ``url``). The issue's own pages (its masthead, the lists of sections and articles) and the navigation bars on
    the articles' pages are left out."""
    zf, problems = _open_zip(data, "EPUB")
    if zf is None:
        return None, "", problems
    with zf:
        try:
            package = _epub_package(zf)
            articles = _periodical_articles(zf, package)
        except Exception as exc:  # a damaged package: one document, saying what is wrong
            return None, "", [_damaged_package(exc)]
        if _is_periodical(zf, articles):
            return _article_texts(zf, articles), "", []
        return (None, *_book_text(zf, package, problems))


def _is_periodical(zf: zipfile.ZipFile, articles: list[tuple[str, str, int]]) -> bool:
    """Whether the open EPUB ``zf`` is read article by article: two or more found, none encrypted."""
    return len(articles) >= 2 and not _epub_encrypted(zf, [name for name, _t, _n in articles])


def _damaged_package(exc: Exception) -> str:
    return f"not a readable EPUB: its package files are damaged ({type(exc).__name__}: {exc})"


def _book_text(zf: zipfile.ZipFile, package: tuple[ET.Element | None, str, str],
               problems: list[str]) -> tuple[str, list[str]]:
    """:func:`epub_text` of the open EPUB ``zf``, its package as :func:`_epub_package` gives it."""
    try:
        chapters, why = _epub_spine(zf, package)
    except Exception as exc:
        return "", [_damaged_package(exc)]
    if why:
        return "", [why]
    if _epub_encrypted(zf, chapters):
        return "", ["EPUB protected by DRM (its chapters are encrypted), not read"]
    parts: list[str] = []
    total = 0
    for name in chapters:
        total += zf.getinfo(name).file_size
        if total > EPUB_LIMIT:
            problems.append(f"chapters too large (over {EPUB_LIMIT} bytes uncompressed): the rest not read")
            break
        if chunk := _chapter_text(zf, name, problems)[0]:
            parts.append(chunk)
    text = "\n".join(parts)
    if not text and not problems:
        problems.append("no text in the e-book")
    return text, problems


def _article_texts(zf: zipfile.ZipFile, articles: list[tuple[str, str, int]]) -> list[tuple[str, str, list[str], dict]]:
    """:func:`epub_book`'s articles of the open EPUB ``zf``, as :func:`_periodical_articles` finds them."""
    out = []
    total = 0
    for name, title, count in articles:
        problems: list[str] = []
        total += zf.getinfo(name).file_size
        if total > EPUB_LIMIT:
            out.append((name, "", [f"not read: the e-book's articles are too large (over {EPUB_LIMIT} bytes "
                                   "uncompressed)"], {}))
            continue
        text, url = _chapter_text(zf, name, problems, periodical=True)
        hints = {k: v for k, v in (("title", title if count == 1 else ""), ("url", url)) if v}
        if count > 1:
            problems.append(f"{count} articles of the table of contents in this one chapter: read as one")
        if not text and not problems:
            problems.append("no text in this article of the e-book")
        out.append((name, text, problems, hints))
    return out
