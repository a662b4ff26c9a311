"""Reading article files into documents: decoding, folder walks, DOCX, RTF, ODT, EPUB, PDF, e-mail and MHTML
files, news feeds, Telegram exports, CSV and JSONL tables and JSON files.

A :class:`Document` is one article as read, before parsing: its id, where it came from, the decoded
text, metadata given by table columns, and the problems met while reading. Every file (and every table
row) becomes at least one document, even when it cannot be read: then ``text`` is ``""`` and
``problems`` says why. A database export holding several articles (Nexis Uni, LexisNexis Academic,
Factiva, ProQuest, EBSCOhost, Gale, in their other interfaces too; Integrum, East View, Public.ru) becomes one document
per article (:func:`split_export`), a mailbox file
(mbox) one per message, a news download in one EPUB one per article, a news feed (RSS, RDF, Atom:
:mod:`presslens.feeds`, told by its content whatever its name) one per item and a page of a Telegram Desktop HTML
export one per message (:mod:`presslens.telegram`), a page listing saved links (a Pocket export, bookmarks:
:func:`saved_links`) one per link, all through :func:`read_documents`, ids ``<id>/1``, ``<id>/2``...
(:func:`part_id`); a zip archive gives the documents of the files it holds (:func:`archive_documents`).

A table (:func:`iter_table`) gives one document per row: CSV/TSV, a workbook (:func:`sheet_rows`: Excel's .xlsx,
.xlsm, binary .xlsb and 97-2003 .xls, LibreOffice's .ods), a
Parquet file (:func:`parquet_rows`), JSON Lines, a JSON array of objects, or a JSON
object wrapping its records as news APIs and search engines do (:func:`json_records`: NewsAPI, GDELT, the NYT, the
Guardian, Elasticsearch dumps), its nested fields as dotted columns (``source.name``). A CSV file's delimiter and
header line are found by the header's names (:func:`_csv_header`: Meltwater's tab-separated ".csv", a Russian
Excel's semicolons, Brandwatch's report lines over the header), a totals row at a table's end is left out and said
(:func:`_totals_rows`), "Last, First; Last, First" author lists are turned round (:func:`_inverted_names`), a text
column of short notes gives way to one of paragraphs (:func:`_body_column`), and a CSV of saved links (Pocket's)
gives its links with no text; a Telegram export's
``result.json`` gives one document per message. Machine-written dates (GDELT's "20240516T100000Z", RFC 822) are
given to the parser as ISO (:func:`iso_date`).

Files with a suffix in :data:`DOCUMENT_SUFFIXES` (any case) are recognised by their content
(:func:`document_content`): DOCX, ODT, EPUB and RTF files have their text extracted by :mod:`presslens.formats`
(a ``.doc`` is often an RTF, HTML or DOCX file renamed), PDF files by :mod:`presslens.pdftext`, saved e-mails
(``.eml``, mailboxes) and web-page archives (``.mhtml``, ``.mht``) by :mod:`presslens.mailtext`, Outlook messages
(``.msg``) by :mod:`presslens.msgtext` (a page archive's address
goes into the document's ``hints["url"]``), binary Word files (``.doc``) by :mod:`presslens.worddoc`; a Word 6/95
``.doc``, a scanned PDF (no text), a document or PDF
protected by a password, an encrypted e-mail and an e-book with DRM are not read, and say so in ``problems``.
Every other file but the tables is decoded as text (:func:`decode_bytes`), unless it is plainly a raw MIME
message (an e-mail's source saved as ``.txt``: :func:`presslens.mailtext.mime_kind`, which an article that
merely starts with "From:" and "Subject:" lines is not).
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import functools
import io
import json
import os
import re
import stat
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import feeds, formats, mailtext, telegram

# Article files are decoded as text whatever their suffix, except tables and DOCUMENT_SUFFIXES (and a raw MIME
# message, see read_document); TEXT_SUFFIXES names the usual text ones.
TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xml", ".rss", ".atom", ".rdf", ""}
DOCUMENT_SUFFIXES = {".docx", ".rtf", ".doc", ".pdf", ".odt", ".ott", ".epub", ".eml", ".mbox", ".msg", ".mht",
                     ".mhtml"}
# Workbooks (Excel's, LibreOffice's), read by calamine: media-monitoring exports (Meltwater, Brandwatch, Factiva...)
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"} | SPREADSHEET_SUFFIXES
BINARY_TABLE_SUFFIXES = SPREADSHEET_SUFFIXES | {".parquet"}  # tables not kept as text (see _binary_table_reader)

# Column names recognized in CSV/JSONL files, most specific first (compared case-insensitively). A JSON record's
# nested objects are columns named by their dotted path ("source.name", "headline.main", see _flat); the fields of
# a record's content object (RECORD_BODIES: Elasticsearch's "_source", the Guardian's "fields") answer to these names
# too ("_source.text"). Feed readers' exports (Inoreader, Feedly: the Google Reader API's items) hold the HTML in
# "content.content" or "summary.content", the feed in "origin.title", the link in "canonical" or "alternate"
# (lists of {"href": ...}); Zotero's CSV names "Abstract Note" and "Publication Title"; Meltwater's "Influencer" is
# the author; tables made for Russian teams name their columns in Russian ("Заголовок", "Текст", "Дата").
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("article_id", "id", "doc_id", "document_id", "uid", "guid", "key", "_id"),
    "title": ("title", "headline", "heading", "head", "name", "headline.main", "webtitle", "заголовок", "название"),
    "text": ("text", "body", "content", "article", "story", "full_text", "fulltext", "maintext", "bodytext",
             "article_text", "body_text", "lead_paragraph", "content_text", "content_html", "description", "abstract",
             "summary", "snippet", "opening_text", "hit_sentence", "content.content", "summary.content", "abstract_note",
             "текст", "текст_статьи", "полный_текст", "содержание"),
    "date": ("published", "date", "publication_date", "published_at", "pub_date", "pubdate", "datetime",
             "date_published", "publish_date", "time", "timestamp", "created", "created_at", "publishedat",
             "webpublicationdate", "seendate", "published_date", "дата", "дата_публикации", "time_added", "add_date"),
    "source": ("source", "outlet", "publisher", "media", "site", "domain", "newspaper", "source_name",
               "source.name", "source.title", "media_name", "media_outlet", "outlet_name", "publication",
               "publication_name", "publication_title", "origin.title", "источник", "сми", "издание"),
    "url": ("url", "link", "href", "permalink", "uri", "web_url", "weburl", "canonical", "alternate", "ссылка"),
    "authors": ("authors", "author", "byline", "byline.original", "creator", "writer", "author_name", "journalist",
                "journalists", "influencer", "автор", "авторы"),
}
RECORD_BODIES = ("_source", "fields")

SAVED_CORPUS_MARKER = "presslens-corpus.json"  # in a folder written by Corpus.save (`presslens parse --out`)
MAX_BYTES = 200 * 1024 * 1024  # larger files get a row with a problem instead of exhausting memory


class CorpusError(Exception):
    """A corpus path or table that cannot be used at all (not found, no text column...)."""


@dataclass
class Document:
    article_id: str
    path: str
    text: str
    hints: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    encoding: str = ""


# --- decoding ---------------------------------------------------------------------------------

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF]{3,}")
_MIXED = re.compile(r"[A-Za-z][\u0400-\u04FF]|[\u0400-\u04FF][A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def _controls_in(text: str) -> bool:
    return len(_CONTROL.findall(text[:4096])) > max(2, len(text[:4096]) // 200)


def decode_bytes(data: bytes, *, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """Decode a file's bytes; return ``(text, encoding, problems)``.

    UTF-8 (with or without BOM) and UTF-16/32 with BOM are read silently. With a note in ``problems``:
    a declared ``encoding``; UTF-16 without BOM (recognised by its byte pattern, Latin or not); UTF-8
    with NUL bytes or a few invalid bytes (replaced by U+FFFD); a legacy encoding (cp1251, KOI8-R, cp866 or
    ISO 8859-5 when the bytes read as Cyrillic words, whichever reads as Russian, see :func:`_legacy_cyrillic`;
    cp1252 when they hold Windows punctuation, else latin-1); text that is only white space. The BOM is dropped;
    newlines are left as they are. Text decoded from Unicode bytes whose UTF-8 was once read as Windows-1252
    ("Chinaâ€™s") is read as its writer wrote it, with a note (:func:`repair_mojibake`).
    Binary data gives ``("", "", [why])``. Never raises.
    """
    if not data:
        return "", "", ["empty file"]
    text, enc, problems = _decode(data, encoding)
    if enc.lower().startswith("utf") and (enc not in ("utf-8", "utf-8-sig") or _MOJIBAKE_BYTES.search(data)):
        # Mojibake is a fault of the text, not of the bytes: a Unicode file may hold it whatever its encoding; a
        # legacy 8-bit file read as such has no UTF-8 sequences to misread. A UTF-8 file is searched for the
        # signature in its bytes first, ten times as fast as in its text.
        text, repaired = repair_mojibake(text)
        if repaired:
            problems = [*problems, repaired]
    if text and not text.strip():
        problems = [*problems, "only white space, no text"]
    return text, enc, problems


def _decode(data: bytes, encoding: str | None) -> tuple[str, str, list[str]]:
    if encoding:
        try:
            return _strip_bom(data.decode(encoding)), encoding, [f"decoded as declared encoding {encoding}"]
        except (LookupError, UnicodeDecodeError) as exc:
            return "", "", [f"cannot decode as declared encoding {encoding}: {exc}"]
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", []
        except UnicodeDecodeError:
            pass
    for bom, name in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                      (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _strip_bom(data.decode(name)), name, []
            except UnicodeDecodeError:
                return "", "", [f"unreadable: {name.upper()} byte-order mark but invalid {name.upper()} data"]
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and "\x00" not in utf8 and not _controls_in(utf8):
        return utf8, "utf-8", []
    bomless16 = _guess_utf16(data)
    if bomless16:
        try:
            text = data.decode(bomless16)
            if _reads_as_text(text):
                return text, bomless16, [f"no byte-order mark: decoded as {bomless16}"]
        except UnicodeDecodeError:
            pass
    if utf8 is not None and "\x00" in utf8 and not _looks_binary(data.replace(b"\x00", b"")):
        # Text with stray NUL bytes is still text: drop nothing (offsets stay true), report the NULs.
        return utf8, "utf-8", [f"contains {data.count(0)} NUL byte(s)"]
    if _looks_binary(data):
        return "", "", ["binary file, not text"]
    if utf8 is not None:
        return utf8, "utf-8", [f"contains {len(_CONTROL.findall(utf8))} control character(s)"]
    mostly = _mostly_utf8(data)
    if mostly is not None:
        text, bad = mostly
        return text, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"]
    cyrillic = _legacy_cyrillic(data)
    if cyrillic is not None:
        text, enc = cyrillic
        return text, enc, [f"not UTF-8: decoded as {enc} (detected Cyrillic)"]
    if _C1.search(data):
        # Bytes 0x80-0x9F are control codes in latin-1 but quotes and dashes in Windows-1252.
        try:
            return data.decode("cp1252"), "cp1252", ["not UTF-8: decoded as cp1252 (Windows Western)"]
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1", ["not UTF-8: decoded as latin-1"]


_C1 = re.compile(rb"[\x80-\x9f]")
# Russian's legacy 8-bit encodings: Windows (cp1251), Unix and old mail and web archives (KOI8-R), DOS (cp866),
# ISO 8859-5. Each maps Cyrillic letters to other bytes, so text in one read as another is Cyrillic still, but
# mostly capitals (KOI8-R's small letters are cp1251's capitals) or signs (cp866's small letters under cp1251).
_CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "cp866", "iso8859_5")
# the small letters that make up most of Russian text (о е а и н т с р в л: about 55% of its letters)
_COMMON_RU = re.compile(r"[оеаинтсрвл]")


def _legacy_cyrillic(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` when ``data`` (not UTF-8) reads as Russian in one of :data:`_CYRILLIC_ENCODINGS`, else
    None: the encoding whose reading has the most of Russian's common small letters, among those that decode it
    to whole Cyrillic words rather than Cyrillic letters stuck inside Latin words (Western text read as cp1251:
    "CafĂ©" -> "Cafй"). cp1251 comes first and wins a tie (it was the only one read)."""
    best = None
    for enc in _CYRILLIC_ENCODINGS:
        text = data.decode(enc, errors="replace")
        if len(_CYRILLIC_WORD.findall(text)) <= len(_MIXED.findall(text)):
            continue
        score = len(_COMMON_RU.findall(text))
        if best is None or score > best[0]:
            best = (score, text, enc)
    return None if best is None else (best[1], best[2])


_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken bytes (a file cut mid-character, one stray latin-1 byte), or None.

    Legacy 8-bit text almost never forms valid multi-byte UTF-8 sequences, so a text with at least as
    many valid ones as broken ones is UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text))
    if good >= 2 and bad <= good:
        return text, bad
    return None


def _guess_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes have UTF-16's shape: one byte of each pair (the high
    byte) takes very few values (0 for Latin text, 4 for Cyrillic...), the other many."""
    if len(data) % 2 or len(data) < 8:
        return None
    sample = data[:8192]
    even, odd = sample[0::2], sample[1::2]

    def few(side: bytes) -> bool:
        counts = sorted((side.count(b) for b in set(side)), reverse=True)
        return sum(counts[:3]) >= 0.9 * len(side)

    def many(side: bytes) -> bool:
        return len(set(side)) >= min(8, len(side) // 2)

    if few(odd) and many(even):
        return "utf-16-le"
    if few(even) and many(odd):
        return "utf-16-be"
    return None


def _reads_as_text(text: str) -> bool:
    sample = text[:4096]
    if not sample or _controls_in(sample) or "\x00" in sample:
        return False
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\r\n\t")
    return printable >= 0.98 * len(sample)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


# Mojibake: UTF-8 text decoded once as Windows-1252 (Latin-1 for its five undefined bytes, as the tools that
# garble text do) and saved again. Each byte of a UTF-8 sequence became one character: a lead byte 0xC2-0xF4 one of
# "Â".."ô", each continuation byte 0x80-0xBF one of _CONTINUATION. Reading the characters back as those bytes and
# the bytes as UTF-8 is reading the text right, as reading a legacy encoding is.
_BYTE_CHAR = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0x100)}
_TO_BYTE = str.maketrans({ch: chr(b) for b, ch in _BYTE_CHAR.items()})  # then .encode("latin-1")
_CONTINUATION = "[" + "".join(re.escape(_BYTE_CHAR[b]) for b in range(0x80, 0xC0)) + "]"
# the signature: a lead character and a continuation one (cheap search; ordinary text has none or few)
_MOJIBAKE_SIGN = re.compile("[\u00c2-\u00f4]" + _CONTINUATION)
# the same in a UTF-8 file's bytes, loosely: "Ã" (C3 82-B4 for "Â".."ô") and the first byte of a continuation
# character (C2 for U+0080-U+00BF, C5/C6/CB for "Œ", "ƒ", "ˆ"..., E2 for the quotes, dashes, "€" and "™"); a
# literal first byte, so the search skips ahead fast (a pre-check only: _MOJIBAKE_SIGN decides)
_MOJIBAKE_BYTES = re.compile(rb"\xc3[\x82-\xb4][\xc2\xc5\xc6\xcb\xe2]")
# a run of whole UTF-8 sequences seen through Windows-1252: each alternative starts with its own lead characters,
# so the regex never backtracks more than one sequence
_MOJIBAKE_RUN = re.compile(
    f"(?:[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}})+")
# a repair giving these is taken back: C1 control codes (unless the repair is mojibake still, text garbled twice:
# "Â\x9d" of "â€\x9d" is to be read again), and the Syriac, Thaana and NKo blocks, which are what "Ü", "Þ" or "ß"
# followed by a Windows quote or dash ('Grüß”', 'MENÜ“': real German or Icelandic) decode to
_UNLIKELY_REPAIR = re.compile("[\u0700-\u07ff]")
_C1_CONTROL = re.compile("[\u0080-\u009f]")
_MOJIBAKE_PASSES = 3


def repair_mojibake(text: str) -> tuple[str, str]:
    """``(text, note)``: ``text`` with its runs of mojibake (UTF-8 read as Windows-1252: "â€œ", "Ã©", "Ð¡") read
    as UTF-8, and a note for ``problems`` ("" when nothing was repaired).

    A run (whole UTF-8 sequences in their Windows-1252 image) is repaired only where its bytes are valid UTF-8 and
    decode to no control code or unlikely script (:data:`_C1_CONTROL`, :data:`_UNLIKELY_REPAIR`), so a half-garbled
    file is repaired run by run and "Ñ", "ß", "é", Portuguese "NÃO" or Cyrillic stay as they are. A text whose only candidate is one
    run while other non-ASCII characters are read right ('"Ã©" instead of "é"') spells it on purpose and is left
    alone. Text garbled twice is repaired by repeating the repair while it changes (at most three times).

    >>> repair_mojibake("Chinaâ€™s envoy ChloÃ© Dubois")
    ('China’s envoy Chloé Dubois', 'mojibake: UTF-8 read as Windows-1252, repaired (2 runs)')
    >>> repair_mojibake("AÑO, Gruß, café")
    ('AÑO, Gruß, café', '')
    """
    if text.isascii() or not _MOJIBAKE_SIGN.search(text):
        return text, ""
    total = passes = 0
    while passes < _MOJIBAKE_PASSES:
        runs = list(_MOJIBAKE_RUN.finditer(text))
        if len(runs) == 1 and len(text) - len(text.encode("ascii", "ignore")) > len(runs[0].group()):
            break
        pieces: list[str] = []
        last = count = 0
        for m in runs:
            try:
                fixed = m.group().translate(_TO_BYTE).encode("latin-1").decode("utf-8")
            except UnicodeError:
                continue
            if _UNLIKELY_REPAIR.search(fixed) or (_C1_CONTROL.search(fixed) and not _MOJIBAKE_SIGN.search(fixed)):
                continue
            pieces += (text[last:m.start()], fixed)
            last = m.end()
            count += 1
        if not count:
            break
        pieces.append(text[last:])
        text = "".join(pieces)
        total += count
        passes += 1
        if not _MOJIBAKE_SIGN.search(text):
            break
    if not total:
        return text, ""
    twice = ", garbled more than once" if passes > 1 else ""
    return text, f"mojibake: UTF-8 read as Windows-1252, repaired ({total} run{'s' if total > 1 else ''}{twice})"


# --- dates --------------------------------------------------------------------------------------

def date_problems(published: str, *, today: dt.date | None = None) -> list[str]:
    """What is wrong with an article's ISO publication date, as ``problems`` entries ([] when fine).

    A date after ``today`` (default: the local date; one day of slack for time zones) is kept but noted:
    a scraper's clock, a mistyped year or an embargo date. An impossible ISO date (2023-02-31) is noted
    too; the parser normally refuses those before they get here.

    >>> date_problems("2031-01-02", today=dt.date(2030, 1, 1))
    ['publication date 2031-01-02 is in the future (today is 2030-01-01)']
    """
    if not published:
        return []
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", published)
    if not m:
        return [f"publication date {published!r} is not an ISO date"]
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return [f"impossible publication date {published!r}"]
    today = today or dt.date.today()
    if day > last_present_day(today):
        return [f"publication date {published} is in the future (today is {today.isoformat()})"]
    return []


def last_present_day(today: dt.date | None = None) -> dt.date:
    """The last publication day that is not in the future: ``today`` (default: the local date) and one day of
    slack for time zones (see :func:`date_problems`)."""
    return (today or dt.date.today()) + dt.timedelta(days=1)


_COMPACT_ISO = re.compile(r"\s*(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}:?\d{2})?\s*")
_RFC822 = re.compile(r"\s*(?:[A-Za-z]{3},?\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")


def iso_date(value: str) -> str:
    """A machine-written date as ISO 8601 for the parser (which reads ISO and much else): GDELT's compact
    "20240516T100000Z" as "2024-05-16T10:00:00Z", an RFC 822 date (feeds, e-mail: "Thu, 16 May 2024 10:00:00
    +0300") as "2024-05-16T10:00:00+03:00"; anything else as it is (the parser reads ISO dates, and numbers as
    Unix time).

    >>> iso_date("20240516T100000Z"), iso_date("Thu, 16 May 2024 10:00:00 +0300"), iso_date("2024-05-16")
    ('2024-05-16T10:00:00Z', '2024-05-16T10:00:00+03:00', '2024-05-16')
    """
    if not value or not value[:1].isalnum() and not value[:1].isspace():
        return value
    if m := _COMPACT_ISO.fullmatch(value):
        y, mo, d, h, mi, s, tz = m.groups()
        if tz and tz != "Z" and ":" not in tz:
            tz = f"{tz[:3]}:{tz[3:]}"
        return f"{y}-{mo}-{d}T{h}:{mi}:{s}{tz or ''}"
    if _RFC822.match(value):
        from email.utils import parsedate_to_datetime

        try:
            stamp = parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError, OverflowError):
            return value
        return stamp.isoformat()
    return value


# --- files and folders ----------------------------------------------------------------------------

def _file_bytes(p: Path, aid: str) -> bytes | Document:
    """The bytes of the file ``p``, or its :class:`Document` saying why it cannot be read."""
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            why = "symbolic link to a folder, not followed" if p.is_symlink() else "is a directory"
            return Document(aid, str(p), "", problems=[why])
        if not stat.S_ISREG(st.st_mode):
            # Reading a FIFO or a device would block the run or never end.
            return Document(aid, str(p), "", problems=[f"not a regular file ({_file_kind(st.st_mode)}), not read"])
        if st.st_size > MAX_BYTES:
            return Document(aid, str(p), "", problems=[f"file too large ({st.st_size} bytes; limit {MAX_BYTES})"])
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return Document(aid, str(p), "", problems=[f"file too large (over {MAX_BYTES} bytes)"])
    except OSError as exc:
        return Document(aid, str(p), "", problems=[f"unreadable: {_os_reason(exc)}"])
    except Exception as exc:  # never let one file stop the run
        return Document(aid, str(p), "", problems=[f"unreadable: {type(exc).__name__}: {exc}"])
    return data


def _from_bytes(p: Path, aid: str, data: bytes, encoding: str | None, *, shown: str | None = None) -> Document:
    suffix = p.suffix.lower()
    hints: dict = {}
    if suffix in DOCUMENT_SUFFIXES:
        text, enc, problems, hints = document_content(data, suffix, encoding=encoding)
    elif suffix not in TABLE_SUFFIXES and (kind := mailtext.mime_kind(data, suffix)):
        # a raw e-mail or web-page archive saved under a text file's name (see mailtext.mime_kind: strict)
        text, enc, problems, hints = mailtext.mime_text(data, kind, encoding=encoding)
        what = "an e-mail (MIME message)" if kind == "mail" else "a web-page archive (MHTML)"
        problems = [f"{what} named {suffix or 'without a suffix'}: read as {'e-mail' if kind == 'mail' else 'MHTML'}",
                    *problems]
    else:
        text, enc, problems = decode_bytes(data, encoding=encoding)
    return Document(aid, str(p) if shown is None else shown, text, hints=hints, problems=problems, encoding=enc)


def read_document(path: str | Path, *, article_id: str | None = None, encoding: str | None = None) -> Document:
    """Read one article file: a text file decoded (:func:`decode_bytes`), or, for a suffix in
    :data:`DOCUMENT_SUFFIXES` (``.docx``, ``.rtf``, ``.doc``, ``.pdf``, ``.odt``, ``.ott``, ``.epub``, ``.eml``,
    ``.mbox``, ``.mht``, ``.mhtml``, any case), the text of a DOCX, RTF, PDF, ODT, EPUB, e-mail or web-page archive
    file (see :func:`document_content`; a binary .doc is not read), with the metadata it gives in ``hints`` (a
    page archive's URL). A raw MIME message under another name is read as one (see
    :func:`presslens.mailtext.mime_kind`). A mailbox holding several messages, a periodical e-book several
    articles or a zip archive several documents gives its first one here, with a problem saying so:
    :func:`read_documents` gives them all. Never raises for a bad file: the reason goes into ``problems``."""
    docs = read_documents(path, article_id=article_id, encoding=encoding)
    if len(docs) == 1:
        return docs[0]
    p = Path(path)
    first = docs[0]
    if p.suffix.lower() in ARCHIVE_SUFFIXES:
        what = f"a zip archive of {len(docs)} documents"
    elif first.path.endswith("#msg1"):
        what = f"a mailbox of {len(docs)} messages"
    elif p.suffix.lower() == ".epub":
        what = f"a periodical e-book of {len(docs)} articles"
    else:
        what = f"a file of {len(docs)} articles (a feed or a chat export)"
    return Document(article_id if article_id is not None else p.stem, str(p), first.text, hints=first.hints,
                    problems=[f"{what}: only the first read (read_documents reads them all)", *first.problems],
                    encoding=first.encoding)


def read_documents(path: str | Path, *, article_id: str | None = None, encoding: str | None = None) -> list[Document]:
    """:func:`read_document`, but a mailbox file (mbox: Thunderbird's folders, a Gmail Takeout ``.mbox``, see
    :func:`presslens.mailtext.mbox_messages`) gives one document per message, each read as a saved e-mail is,
    ids ``<id>/1``, ``<id>/2``... (zero-padded as :func:`split_export` pads them) and paths ``<path>#msg1``...;
    a mailbox of one message gives one document with the file's id. A periodical e-book (an EPUB of news
    calibre or KindleEar downloaded, see :func:`presslens.formats.epub_book`) gives one document per
    article, ids ``<id>/1``... and paths ``<path>#<its chapter in the book>``; a zip archive the documents of
    its files (:func:`archive_documents`)."""
    p = Path(path)
    aid = article_id if article_id is not None else p.stem
    data = _file_bytes(p, aid)
    if isinstance(data, Document):
        return [data]
    if p.suffix.lower() in ARCHIVE_SUFFIXES:
        return archive_documents(p, data, aid, encoding=encoding)
    return _documents(p.name, str(p), aid, data, encoding)


# An Apple Numbers file (a zip of Apple's own IWA format) is no workbook calamine reads
_NUMBERS = "an Apple Numbers spreadsheet, not read: export it as .xlsx or CSV (File > Export To) to read its rows"


def _documents(name: str, shown: str, aid: str, data: bytes, encoding: str | None) -> list[Document]:
    """The documents of a file named ``name`` (its suffix says what to try) holding ``data``: ``shown`` is where it
    is said to be (a path; ``archive.zip#member`` for a member of an archive)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".numbers":
        return [Document(aid, shown, "", problems=[_NUMBERS])]
    if suffix in DOCUMENT_SUFFIXES and data[:4] == b"PK\x03\x04" and formats.zip_kind(data) == "epub":
        articles, text, problems = formats.epub_book(data)  # (its package read once, whichever it is)
        named = [] if suffix == ".epub" else [f"an EPUB file named {suffix}: read as EPUB"]
        if articles is None:  # a book: one document, as document_content reads it
            return [Document(aid, shown, text, problems=[*named, *problems], encoding="epub" if text else "")]
        return [Document(part_id(aid, i, len(articles)), f"{shown}#{chapter}", text, hints=hints,
                         problems=[*(named if i == 1 else []), *problems], encoding="epub" if text else "")
                for i, (chapter, text, problems, hints) in enumerate(articles, start=1)]
    if suffix not in DOCUMENT_SUFFIXES and suffix not in TABLE_SUFFIXES:
        if kind := feeds.feed_kind(data):
            return _feed_documents(name, shown, aid, data, kind, encoding)
        if suffix in (".html", ".htm") and telegram.is_html_export(data):
            text, enc, problems = decode_bytes(data, encoding=encoding)
            posts, notes = telegram.html_posts(text)
            return parts_documents(shown, aid, [(post.anchor, post.text, post.hints(), post.problems) for post in posts],
                                   [*problems, *notes], enc, what="a Telegram export page with no messages")
        if suffix in (".html", ".htm") and (b"time_added=" in data or b"ADD_DATE=" in data or b"add_date=" in data):
            text, enc, problems = decode_bytes(data, encoding=encoding)
            if (links := saved_links(text)) is not None:
                return parts_documents(shown, aid, links, [*problems, _SAVED_LINKS], enc,
                                       what="a list of saved links with no links")
    messages = mailtext.mbox_messages(data) if suffix not in TABLE_SUFFIXES else None
    if messages is None:
        return [_from_bytes(Path(name), aid, data, encoding, shown=shown)]
    named = [] if suffix in (".mbox", "") else [f"a mailbox (mbox) named {suffix}: read as e-mail"]
    if len(messages) == 1:  # (a saved e-mail may open with its separator line too)
        text, enc, problems, hints = mailtext.mime_text(messages[0], "mail", encoding=encoding)
        named = [] if suffix == ".eml" else named
        return [Document(aid, shown, text, hints=hints, problems=[*named, *problems], encoding=enc)]
    docs = []
    for i, message in enumerate(messages, start=1):
        text, enc, problems, hints = mailtext.mime_text(message, "mail", encoding=encoding)
        docs.append(Document(part_id(aid, i, len(messages)), f"{shown}#msg{i}", text, hints=hints,
                             problems=[*(named if i == 1 else []), *problems], encoding=enc))
    return docs


_LINK = re.compile(r"<a\b([^>]*)>([^<]*)</a\s*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LINK_OPEN = re.compile(r"<a\b", re.I)
_NOT_SHOWN = re.compile(r"<!--.*?-->|<(script|style|title)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_TAG_THEN_TEXT = re.compile(r"<(/?[\w-]*)[^<>]*>([^<]*)")
_HEADING_WORDS = 12  # words of a heading at most
_SAVED_LINKS = "a list of saved links (a Pocket export, browser bookmarks): one row per link, no text"


def saved_links(text: str) -> list[tuple[str, str, dict, list[str]]] | None:
    """The links of a page that is a list of saved links, as :func:`parts_documents` takes them (``link1``... , no
    text, the link's title, address and the time it was saved as hints); None for any other page. Pocket's export
    and the browsers' bookmark files (the Netscape format) give every link the time it was saved (``time_added``,
    ``ADD_DATE``, Unix time): a page where every link has one, two links at least, is such a list; an article's page
    has links without (its menus, its sources)."""
    import html as html_module

    links = _LINK.findall(text)
    if len(links) < 2 or len(links) != len(_LINK_OPEN.findall(text)):
        return None
    # outside its links such a list holds headings only ("Unread", a bookmarks folder's name) and a bookmark's
    # description (<DD>); a run of text longer than a heading is an article's paragraph (a blog's page whose
    # archive links are so marked, its story between them)
    rest = _NOT_SHOWN.sub(" ", _LINK.sub(" ", text))
    if any(m[1].lower() != "dd" and len(m[2].split()) > _HEADING_WORDS for m in _TAG_THEN_TEXT.finditer(rest)):
        return None
    parts = []
    for i, (attributes, title) in enumerate(links, start=1):
        attrs = {k.lower(): a or b for k, a, b in _ATTRIBUTE.findall(attributes)}
        added = attrs.get("time_added") or attrs.get("add_date")
        if not added:
            return None
        hints = {"title": " ".join(html_module.unescape(title).split()), "published": added.strip(),
                 "url": html_module.unescape(attrs.get("href", "")).strip()}
        parts.append((f"link{i}", "", hints, ["a saved link: no text, only its title, address and when it was saved"]))
    return parts


def parts_documents(shown: str, aid: str, parts: list[tuple[str, str, dict, list[str]]], notes: list[str],
                    encoding: str, *, what: str) -> list[Document]:
    """The documents of a file holding several articles (a feed's items, a chat export's messages), ``parts``
    as ``(fragment, text, hints, problems)`` in the file's order: ids ``<aid>/1``, ``<aid>/2``... (:func:`part_id`)
    and paths ``<shown>#<fragment>`` (``shown``: the file's path), the file's ``notes`` on the first; a file of one article gives one document
    with the file's id, and a file of none one empty document whose problems say it is ``what`` ("a feed with
    no items")."""
    if not parts:
        return [Document(aid, shown, "", problems=[what, *notes], encoding=encoding)]
    n = len(parts)
    return [Document(aid if n == 1 else part_id(aid, i, n), f"{shown}#{fragment}", text, hints=hints,
                     problems=[*(notes if i == 1 else []), *problems], encoding=encoding)
            for i, (fragment, text, hints, problems) in enumerate(parts, start=1)]


_FEED_NAMES = {"rss": "an RSS feed", "atom": "an Atom feed", "rdf": "an RSS 1.0 (RDF) feed"}


def _feed_documents(name: str, shown: str, aid: str, data: bytes, kind: str, encoding: str | None) -> list[Document]:
    """A feed file's items (:func:`presslens.feeds.feed_items`) as documents, paths ``<path>#item1``...; a feed
    that cannot be read as XML is read as text, with a problem saying why."""
    items, _title, problems = feeds.feed_items(data, kind)
    feed_name = _FEED_NAMES[kind]
    if problems:
        doc = _from_bytes(Path(name), aid, data, encoding, shown=shown)
        doc.problems[:0] = [f"{feed_name} that cannot be read as one: {problems[0]}; read as text"]
        return [doc]
    parts = [(f"item{i}", item.text, item.hints(), item.problems) for i, item in enumerate(items, start=1)]
    return parts_documents(shown, aid, parts, [], kind, what=f"{feed_name} with no items")


# --- zip archives of articles ------------------------------------------------------------------------
#
# Databases and users hand over articles zipped: Nexis Uni's and Factiva's downloads of many documents as
# separate files, a colleague's folder sent by mail. A ``.zip`` file of the corpus is read as the folder it
# holds would be: each member as the file it is (an export member split into its articles, a mailbox into its
# messages), ids ``<archive>/<member's path without its suffix>``, paths ``<archive>#<member>``.

ARCHIVE_SUFFIXES = {".zip"}
ARCHIVE_DEPTH = 3  # archives inside archives read this deep at most
ARCHIVE_LIMIT = 1024 * 1024 * 1024  # bytes of an archive's members read at most, uncompressed


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its maker wrote it: names not flagged UTF-8 are read by zipfile as code page 437, which
    many tools (and macOS, Linux) write UTF-8 into anyway."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def archive_documents(path: str | Path, data: bytes, aid: str, *, encoding: str | None = None,
                      depth: int = 1) -> list[Document]:
    """The documents of the zip archive ``path`` (its bytes ``data``; ``aid`` its id): every member read as
    :func:`read_documents` reads a file, in the order of their names, ids ``<aid>/<member path without its
    suffix>`` (whole where two members would share it: :func:`file_ids`), paths ``<path>#<member>``; a database export member split into its articles (:func:`split_export`). Folders, hidden members (a name starting with '.') and macOS's
    ``__MACOSX`` copies are skipped, with a note on the first document. A table gives its rows (:func:`iter_table`,
    its columns found by their names; ids ``<aid>/<member>-<row>``), or one document saying why not. A member
    encrypted with a password or larger than :data:`MAX_BYTES` gets its document with the reason; a damaged archive
    one document saying so. Never raises."""
    shown = str(path)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # (zipfile raises several kinds on damaged archives)
        return [Document(aid, shown, "", problems=[f"not a readable zip archive ({type(exc).__name__}: {exc})"])]
    docs: list[Document] = []
    skipped = 0
    total = 0
    with zf:
        members = []
        for info in infos:
            if info.is_dir():
                continue
            name = _member_name(info)
            if any(part.startswith(".") or part == "__MACOSX" for part in name.split("/")):
                skipped += 1
                continue
            members.append((name, info))
        members.sort(key=lambda m: m[0])
        for (name, info), member_id in zip(members, file_ids([m[0] for m in members]), strict=True):
            member_id = f"{aid}/{member_id}"
            member_path = f"{shown}#{name}"
            suffix = Path(name).suffix.lower()
            why = ""
            if info.flag_bits & 0x1:
                why = "encrypted with a password in the zip archive, not read: unzip it with its password"
            elif info.file_size > MAX_BYTES:
                why = f"file too large ({info.file_size} bytes; limit {MAX_BYTES})"
            elif suffix in ARCHIVE_SUFFIXES and depth >= ARCHIVE_DEPTH:
                why = f"a zip archive inside {depth} zip archives, not read: unzip it"
            elif total + info.file_size > ARCHIVE_LIMIT:
                why = f"not read: the archive's files before it hold {total} bytes (limit {ARCHIVE_LIMIT}): unzip it"
            if why:
                docs.append(Document(member_id, member_path, "", problems=[why]))
                continue
            try:
                with zf.open(info) as fh:
                    content = fh.read(MAX_BYTES + 1)
            except Exception as exc:
                docs.append(Document(member_id, member_path, "", problems=[
                    f"cannot be taken out of the zip archive ({type(exc).__name__}: {exc})"]))
                continue
            total += len(content)
            if len(content) > MAX_BYTES:
                docs.append(Document(member_id, member_path, "", problems=[f"file too large (over {MAX_BYTES} bytes)"]))
            elif suffix in ARCHIVE_SUFFIXES:
                docs.extend(archive_documents(member_path, content, member_id, encoding=encoding, depth=depth + 1))
            elif suffix in TABLE_SUFFIXES:  # its columns as found (--text-column and the like name a file's)
                try:
                    docs.extend(iter_table(member_path, encoding=encoding, id_prefix=member_id, data=content))
                except CorpusError as exc:
                    docs.append(Document(member_id, member_path, "", problems=[str(exc)]))
            else:  # (export files split here: a table's rows are not, as in a folder)
                docs.extend(part for doc in _documents(name, member_path, member_id, content, encoding)
                            for part in split_export(doc))
    if not docs:
        what = f"only {skipped} hidden or macOS member(s)" if skipped else "no files"
        return [Document(aid, shown, "", problems=[f"a zip archive holding {what}: nothing to read"])]
    if skipped:
        first = docs[0]
        docs[0] = Document(first.article_id, first.path, first.text, hints=first.hints, encoding=first.encoding,
                           problems=[f"skipped {skipped} hidden or macOS member(s) of the zip archive", *first.problems])
    return docs


# --- export files holding several articles -------------------------------------------------------
#
# Database exports put many articles in one file, each framed by a line of the database's own: Nexis Uni
# ends every article with "End of Document", Factiva with its accession number ("Document
# LBA0000020230321ej3l00abc", or the field "AN" before it), LexisNexis Academic starts each with "1 of 100
# DOCUMENTS", ProQuest with "Document 1 of 100", EBSCOhost with "Record: 1" (over its "Title:" field); Gale ends
# each with its document number ("Gale Document Number: GALE|A744812093"). Only these lines split a file: a
# story's own text never consists of them. The same lines in the databases' other interfaces count too: Factiva's
# Russian one ends each article with "Документ <accession number>", Nexis Uni's German and French ones with "Ende
# des Dokuments" and "Fin du document" (over a cover page of "Benutzername:", "Dokumente (2)"...), and Russian
# databases (Integrum, East View's UDB in Russian) open each record with "Документ 1 из 25", ProQuest's line in
# Russian, over the record's fields (see _fields_follow: a list of documents in a story numbered so is no export).

_EXPORT_END = re.compile(
    r"^[ \t]*(?:End of Document|Ende des Dokuments|Fin du document|"
    r"(?:AN[ \t]+)?(?:Document|Документ)[ \t]+(?=[A-Za-z]*\d)[A-Za-z0-9]{16,40}|"
    r"Gale Document Number:[ \t]*GALE\|[A-Z0-9]{6,20})[ \t]*\r?$", re.M)
_EXPORT_START = re.compile(r"^[ \t]*(?:\d{1,6} of \d{1,6} DOCUMENTS?|Document \d{1,6} of \d{1,6}|"
                           r"Документ \d{1,6} из \d{1,6}|Record:[ \t]*\d{1,6}"
                           r"(?=[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*Title:))[ \t]*\r?$", re.M | re.I)
_EXPORT_TOTAL = re.compile(r"^[ \t]*(?:\d{1,6} of (\d{1,6}) DOCUMENTS?|Document \d{1,6} of (\d{1,6})|"
                           r"Документ \d{1,6} из (\d{1,6})|Dokumente \((\d{1,6})\)|Documents \((\d{1,6})\))"
                           r"[ \t]*\r?$", re.M | re.I)
# The first lines of a Nexis Uni cover page (the results list before the first article) and the keys of
# its entries; the search summary Factiva appends after the last article.
_COVER_START = re.compile(r"\s*(?:User Name:|Date and Time:|Job Number:|Documents \(\d+\)|Results list for\b|"
                          r"Benutzername:|Datum und Uhrzeit:|Auftragsnummer:|Dokumente \(\d+\)|"
                          r"Download Request:|Report Information from ProQuest)", re.I)
_COVER_KEY = re.compile(r"[ \t]*(?:Client/Matter:|Search Terms:|Search Type:|Narrowed by:?|Content Type\b|"
                        r"Timeline:|User Name:|Date and Time:|Job Number:|Documents \(\d+\)|Results list for\b|"
                        r"Suchbegriffe:|Suchart:|Eingegrenzt durch:?|Inhaltstyp\b|Benutzername:|Datum und Uhrzeit:|"
                        r"Auftragsnummer:|Dokumente \(\d+\)|"
                        r"Table of contents|Report Information from ProQuest)", re.I)
# (the line's end is tried only where a run of spaces and tabs starts: tried inside the run it would scan the rest
# of the run again at every position, quadratic on a line holding a long one; it cannot match there when it did
# not where the run starts)
_TOC_FIRST = re.compile(r"^[ \t]*1\.[ \t]+(\S.*?)(?<![ \t])[ \t]*\r?$", re.M)
_SUMMARY_START = re.compile(r"\s*Search Summary\s*$", re.I | re.M)
_LONG_LINE = 25  # words: a line this long is story text, not a cover page or a search summary
# Public.ru's selections (as other press databases' text downloads) part their records by rules of equals signs, each
# record opening with a block of its fields, the source or the headline among them ("Источник: Коммерсантъ (Москва),
# № 192, 18.10.2023, с. 1", "Заголовок: ...", "Автор: ..."). A story or a newsletter ruled so does not open each of its
# parts with such a block (a newsletter's items with one "Source: Reuters" line each are one text).
_RULE_LINE = re.compile(r"^[ \t]*={10,}[ \t]*\r?$", re.M)
_RECORD_FIELD = re.compile(r"[ \t]*(?:Источник|Заголовок|Заглавие|Source|Title|Headline)[ \t]*:[ \t]*\S", re.I)
_DATE_ALONE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
_ANY_FIELD = re.compile(r"[ \t]*[^\W\d_][\w .-]{0,30}?[ \t]*:[ \t]*\S")  # "Автор: ...", "Дата: 18.10.2023"


def export_spans(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Where the articles of a database export file are: ``(spans, notes)``.

    ``spans`` are ``(start, end)`` offsets into ``text``, one per article, in order; one span, the whole
    text, when the file holds one article (no export framing, or only one framed article). A cover page
    before the first article (Nexis Uni's results list, ProQuest's report header and table of contents)
    and Factiva's search summary after the last are left out of every span, and ``notes`` says so
    (nothing dropped silently); a count the export states ("Documents (25)", "1 of 25 DOCUMENTS") that
    differs from the articles found is noted too.
    """
    whole = [(0, len(text))]
    if "==========" in text and (ruled := _ruled_records(text)) is not None:
        return ruled
    if "ocument" not in text and "OCUMENT" not in text and "Документ" not in text and "Dokument" not in text:
        return whole, []
    ends = [m.end() for m in _EXPORT_END.finditer(text)]
    starts = [m.start() for m in _EXPORT_START.finditer(text)
              if text[m.start():m.end()].lstrip()[:1] not in "Дд" or _fields_follow(text, m.end())]
    if not ends and not starts:
        return whole, []
    cuts = sorted({0, len(text), *ends, *starts})
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]
    notes: list[str] = []
    if starts and pieces and pieces[0][0] < starts[0]:
        # text before the first article's opening line: a report header or a table of contents, unless it
        # holds story-length lines (then it is kept as an article of its own)
        a, b = pieces[0]
        if not _has_story_line(text[a:b]):
            notes.append(_left_out("text before the first article", text[a:b]))
            pieces = pieces[1:]
    if ends and pieces and pieces[-1][0] >= ends[-1]:
        a, b = pieces[-1]
        if _SUMMARY_START.match(text, a) or not _has_story_line(text[a:b]):
            what = "search summary after the last article" if _SUMMARY_START.match(text, a) else \
                "text after the last article"
            notes.append(_left_out(what, text[a:b]))
            pieces = pieces[:-1]
    if pieces and _COVER_START.match(text, pieces[0][0]):
        a, b = pieces[0]
        cut = _cover_end(text, a, b)
        if cut is not None:
            notes.insert(0, _left_out("cover page (results list) before the first article", text[a:cut]))
            pieces[0] = (cut, b)
    if not pieces or (len(pieces) == 1 and not notes):
        return whole, []  # one article: the file's text as it is
    totals = {int(next(g for g in m.groups() if g)) for m in _EXPORT_TOTAL.finditer(text)}
    if len(totals) == 1 and (stated := totals.pop()) != len(pieces):
        notes.append(f"the export file says it holds {stated} documents; {len(pieces)} found")
    return pieces, notes


def _ruled_records(text: str) -> tuple[list[tuple[int, int]], list[str]] | None:
    """The records of an export whose records are parted by rules of equals signs (see _RULE_LINE), each span
    running to the end of the rule under it, as :func:`export_spans` gives them; None unless at least two parts open
    with a record's field and hold story text and every other part holds none (a header, a footer: left out, and
    said)."""
    rules = list(_RULE_LINE.finditer(text))
    if len(rules) < 2:
        return None
    bounds = [0, *[m.end() for m in rules], len(text)]
    records: list[tuple[int, int]] = []
    notes: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if not text[a:b].strip(" \t\r\n="):
            continue
        if _opens_with_fields(text, a, b) and _has_story_line(text[a:b]):
            records.append((a, b))
        elif _has_story_line(text[a:b]):
            return None  # story text outside a record: not an export so ruled
        else:
            notes.append(_left_out("text before the first article" if not records else "text after the last article",
                                   text[a:b]))
    return (records, notes) if len(records) >= 2 else None


def _fields_follow(text: str, pos: int) -> bool:
    """Whether a field ("Дата выпуска: 14.03.2024", "Источник: ...") or a date alone ("14.03.2024") stands among the
    first four lines after ``pos`` that are not blank: a Russian database's record opened by "Документ 1 из 25" (a story
    or a list of documents, "Документ 1 из 3" over its title, has none)."""
    lines = [x for x in text[pos:pos + 600].splitlines() if x.strip()][:4]
    return any(_ANY_FIELD.match(x) or _DATE_ALONE.fullmatch(x.strip()) for x in lines)


def _opens_with_fields(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] opens (after blank lines) with a block of two fields or more, one of them a record's source or
    headline (see _RECORD_FIELD)."""
    lines = text[a:min(b, a + 2000)].lstrip("\r\n \t").splitlines()
    n = 0
    while n < len(lines) and n < 12 and _ANY_FIELD.match(lines[n]):
        n += 1
    return n >= 2 and any(_RECORD_FIELD.match(line) for line in lines[:n])


def _has_story_line(text: str) -> bool:
    return any(len(line.split()) >= _LONG_LINE for line in text.splitlines())


def _left_out(what: str, text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = lines[0] if lines else ""
    return f"{what} left out ({len(lines)} lines, starting {first[:60]!r})"


def _cover_end(text: str, a: int, b: int) -> int | None:
    """Where the first article starts in ``text[a:b]``, a piece opening with a cover page: at the line
    repeating the first title of the results list ("1. Title"), else after the block of lines that ends
    with the last cover entry key ("Search Type:", "Narrowed by"...). None when the piece is all cover."""
    first = _TOC_FIRST.search(text, a, b)
    if first:
        title = first.group(1)
        at = first.end()
        while (at := text.find(title, at, b)) >= 0:
            line_start = text.rfind("\n", a, at) + 1
            line_end = text.find("\n", at, b)
            line_end = b if line_end < 0 else line_end
            if text[line_start:line_end].strip() == title.strip():
                return line_start
            at = line_end  # (the title again on the same line is the same line: each line is looked at once)
    last_key = None
    pos = a
    while pos < b:
        nl = text.find("\n", pos, b)
        end = b if nl < 0 else nl + 1
        if _COVER_KEY.match(text, pos, end):
            last_key = end
        pos = end
    if last_key is None:
        return None
    # the key's entry goes on to the next blank line (a "Narrowed by" table's rows)
    pos = last_key
    while pos < b:
        nl = text.find("\n", pos, b)
        end = b if nl < 0 else nl + 1
        if not text[pos:end].strip():
            break
        pos = end
    return pos if text[pos:b].strip() else None


def part_id(file_id: str, i: int, n: int) -> str:
    """The id of the ``i``-th of ``n`` articles a file holds: ``<file_id>/<i>``, zero-padded to ``n``'s width
    (``/01``... for ten or more) so that the ids sort in the file's order."""
    return f"{file_id}/{i:0{len(str(n))}d}"


def split_export(doc: Document) -> list[Document]:
    """``doc`` as the articles it holds (:func:`export_spans`): itself when one, else one document each,
    ids ``<id>/1``, ``<id>/2``... (as if the export were a folder of articles; zero-padded to the count's width,
    ``<id>/01``... for ten or more, so that they sort in the file's order) and paths ``<path>#doc1``...,
    the reading problems on each and the notes on the first."""
    if not doc.text:
        return [doc]
    spans, notes = export_spans(doc.text)
    if len(spans) == 1 and spans[0] == (0, len(doc.text)):
        return [doc]
    if len(spans) == 1:
        a, b = spans[0]
        return [Document(doc.article_id, doc.path, doc.text[a:b], hints=doc.hints,
                         problems=[*doc.problems, *notes], encoding=doc.encoding)]
    return [Document(part_id(doc.article_id, i, len(spans)), f"{doc.path}#doc{i}", doc.text[a:b], hints=dict(doc.hints),
                     problems=[*doc.problems, *(notes if i == 1 else [])], encoding=doc.encoding)
            for i, (a, b) in enumerate(spans, start=1)]


_FORMAT_NAMES = {".docx": "DOCX", ".rtf": "RTF", ".doc": "Word .doc", ".pdf": "PDF", ".odt": "ODT", ".ott": "ODT", ".epub": "EPUB",
                 ".eml": "e-mail (.eml)", ".mbox": "mailbox (.mbox)", ".msg": "Outlook message (.msg)", ".mht": "MHTML", ".mhtml": "MHTML"}
# What a zip archive is read as, by what it holds (formats.zip_kind) or, when that cannot be told (a damaged
# archive), by the file's name
_ZIP_READERS = {"docx": ("DOCX", formats.docx_text), "odt": ("ODT", formats.odt_text),
                "epub": ("EPUB", formats.epub_text)}
_ZIP_BY_SUFFIX = {".odt": "odt", ".ott": "odt", ".epub": "epub"}


def document_text(data: bytes, suffix: str, *, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """The text of a file named with a suffix in :data:`DOCUMENT_SUFFIXES`: ``(text, encoding, problems)``;
    :func:`document_content` without the hints."""
    text, enc, problems, _hints = document_content(data, suffix, encoding=encoding)
    return text, enc, problems


def document_content(data: bytes, suffix: str, *, encoding: str | None = None) -> tuple[str, str, list[str], dict]:
    """The text of a file named ``*.docx``, ``*.rtf``, ``*.doc``, ``*.pdf``, ``*.odt``, ``*.epub``, ``*.eml``,
    ``*.mht`` or ``*.mhtml``: ``(text, encoding, problems, hints)``; ``hints`` the metadata the file gives
    besides its text (a web-page archive's address: ``{"url": ...}``), else {}.

    The content decides, not the name: a zip archive is read as DOCX, ODT or EPUB by what it holds (``encoding``
    "docx", "odt", "epub"), a file starting with ``{\\rtf`` as RTF ("rtf (cp1251)": the code page that decoded
    most of its bytes), each through :mod:`presslens.formats`, with a note when the name says otherwise; a PDF
    (``%PDF-`` in its first 1,024 bytes) through :mod:`presslens.pdftext` ("pdf"); a MIME message (a header block
    first, see :func:`presslens.mailtext.mime_kind`) as an e-mail ("eml (koi8-r)") or a web-page archive
    ("mhtml (utf-8)") through :mod:`presslens.mailtext`; an OLE file as an Outlook message ("msg",
    :mod:`presslens.msgtext`) or a binary Word file ("doc", :mod:`presslens.worddoc`). Another OLE file gives no
    text and a problem saying so; anything else (an HTML page saved as .doc) is decoded as text (:func:`decode_bytes`), with a note.
    Never raises.
    """
    if not data:
        return "", "", ["empty file"], {}
    name = _FORMAT_NAMES.get(suffix, suffix)
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):  # a zip archive
        kind = formats.zip_kind(data)
        expected = _ZIP_BY_SUFFIX.get(suffix, "docx")
        if kind.startswith("opendocument "):
            return "", "", [f"an OpenDocument {kind.split()[1]} file, not a text document: not read"], {}
        fmt, reader = _ZIP_READERS.get(kind) or _ZIP_READERS[expected]
        text, problems = reader(data)
        if kind in _ZIP_READERS and kind != expected or (kind and suffix not in (".docx", ".odt", ".ott", ".epub")):
            problems = [f"an {fmt} file named {suffix}: read as {fmt}" if fmt[0] in "AEIOU" else
                        f"a {fmt} file named {suffix}: read as {fmt}", *problems]
        return text, fmt.lower() if text else "", problems, {}
    if formats.rtf_header(data):
        text, codec, problems = formats.rtf_text_codec(data)
        if suffix != ".rtf":
            problems = [f"an RTF file named {suffix}: read as RTF", *problems]
        return text, f"rtf ({codec})" if text else "", problems, {}
    if data.startswith(formats.OLE_MAGIC):
        read = _ole_content(data, suffix)
        if read is not None:
            return read
        if suffix == ".msg":
            return "", "", ["an OLE compound file but no Outlook message, not read: save the message as .eml or "
                            "text"], {}
        if suffix == ".doc":
            return "", "", ["not a Word document but another OLE compound file (an Excel or PowerPoint file?), not "
                            "read: save it as .docx, .rtf or text"], {}
        if suffix == ".eml":
            return "", "", ["not an e-mail (.eml) but an OLE compound file, not read: save the message as .eml or "
                            "text"], {}
        return "", "", [f"not a {name} file but an OLE compound file (a password-protected document?), not read: "
                        "save it as .docx, .rtf or text"], {}
    if data[:1024].lstrip().startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        from .pdftext import pdf_text  # (imports PDFium: only when a PDF comes)

        text, problems = pdf_text(data)
        if suffix != ".pdf":
            problems = [f"a PDF file named {suffix}: read as PDF", *problems]
        return text, "pdf" if text else "", problems, {}
    kind = mailtext.mime_kind(data, suffix)
    if kind:
        text, enc, problems, hints = mailtext.mime_text(data, kind, encoding=encoding)
        if kind == "web" and suffix not in (".mht", ".mhtml"):
            problems = [f"a web-page archive (MHTML) named {suffix}: read as MHTML", *problems]
        elif kind == "mail" and suffix not in (".eml", ".mbox"):
            problems = [f"an e-mail (MIME message) named {suffix}: read as e-mail", *problems]
        return text, enc, problems, hints
    text, enc, problems = decode_bytes(data, encoding=encoding)
    missing = {".docx": "no zip archive", ".rtf": "no '{\\rtf' header", ".pdf": "no '%PDF' header",
               ".odt": "no zip archive", ".ott": "no zip archive", ".epub": "no zip archive", ".eml": "no e-mail header lines",
               ".mbox": "no 'From ' separator line nor e-mail header lines", ".msg": "no OLE signature",
               ".mht": "no MIME header lines", ".mhtml": "no MIME header lines"}.get(
        suffix, "no Word, RTF or DOCX signature")
    article = "an" if name in ("e-mail (.eml)", "ODT", "EPUB", "MHTML", "Outlook message (.msg)") else "a"  # ("a RTF": as tests expect it)
    note = f"not {article} {name} file ({missing})" + (": read as text" if text else "")
    return text, enc, [note, *problems], {}


def _ole_content(data: bytes, suffix: str) -> tuple[str, str, list[str], dict] | None:
    """An OLE compound file read as an Outlook message (:mod:`presslens.msgtext`) or a Word 97-2003 document
    (:mod:`presslens.worddoc`), whichever it holds, with a note when the name says otherwise; None when it holds
    neither, or is too damaged to open and its name (.msg, .doc) does not say what it should hold."""
    import olefile  # (only when an OLE file comes)

    from .msgtext import msg_text
    from .worddoc import doc_text

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # damaged: olefile raises OSError and others
        what = {".msg": "Outlook message (.msg)", ".doc": "Word .doc file"}.get(suffix)
        return ("", "", [f"damaged {what}, not read ({type(exc).__name__}: {exc})"], {}) if what else None
    with ole:
        read = msg_text(ole)
        if read is not None:
            if suffix != ".msg":
                read = (read[0], read[1], [f"an Outlook message (.msg) named {suffix}: read as Outlook message",
                                           *read[2]], read[3])
            return read
        word = doc_text(ole)
    if word is None:
        return None
    text, problems = word
    if suffix != ".doc":
        problems = [f"a Word .doc file named {suffix}: read as Word .doc", *problems]
    return text, "doc" if text else "", problems, {}


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "no such file (broken symbolic link?)"
    return exc.strerror or f"{type(exc).__name__}: {exc}"


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device")):
        if test(mode):
            return name
    return "special file"


def corpus_files(root: str | Path) -> tuple[list[Path], list[str]]:
    """Files of a corpus folder, recursive and sorted; returns ``(files, notes)``.

    Hidden files and folders (name starting with '.') are skipped and counted in ``notes``; symbolic
    links to folders are not followed (no loops); links to files are read like files.
    """
    listed, notes = corpus_file_names(root)
    return [Path(full) for _, full in listed], notes


def corpus_file_names(root: str | Path) -> tuple[list[tuple[str, str]], list[str]]:
    """:func:`corpus_files` as ``([(path relative to root with '/', path as str), ...], notes)``: the same
    files in the same order, without building a Path per file (a warm cache lists 20,000 files often)."""
    root = Path(root)
    top = str(root)
    files: list[tuple[str, str]] = []
    hidden: list[str] = []  # paths relative to root
    saved: list[str] = []
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        if SAVED_CORPUS_MARKER in filenames and dirpath != top:
            # presslens's own output (a corpus saved by `presslens parse`): its tables are no articles
            saved.append(os.path.relpath(dirpath, top))
            dirnames[:] = []
            continue
        rel_dir = os.path.relpath(dirpath, top)
        prefix = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        hidden += [prefix + d + "/" for d in dirnames if d.startswith(".")]
        # Links to folders are listed (and reported as not followed) rather than walked: no loops.
        filenames = filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                hidden.append(prefix + name)
                continue
            files.append((prefix + name, os.path.join(dirpath, name)))
    files.sort(key=lambda f: f[0])
    notes = [_hidden_note(sorted(hidden))] if hidden else []
    notes += [f"skipped {d.replace(os.sep, '/')}/: a corpus presslens saved (its tables are not articles)"
              for d in saved]
    return files, notes


def _hidden_note(hidden: list[str], named: int = 3) -> str:
    """What a report says of the hidden files and folders skipped (paths inside the corpus folder, not the
    reader's own): how many, and the first ``named`` of them."""
    more = f" and {len(hidden) - named:,} more" if len(hidden) > named else ""
    return f"skipped {len(hidden)} hidden file(s) or folder(s): {', '.join(hidden[:named])}{more}"


def _split_suffix(name: str) -> tuple[str, str]:
    """``name`` (a path with '/') without the suffix of its last part, and that suffix in lower case with its dot:
    "world/a.TXT" gives ("world/a", ".txt"); "world/a" gives ("world/a", "")."""
    if "." not in name.rpartition("/")[2][1:]:
        return name, ""
    stem, suffix = name.rsplit(".", 1)
    return stem, "." + suffix.lower()


def file_ids(names: list[str]) -> list[str]:
    """The article ids of the files ``names`` (paths with '/' under one folder or zip archive): each name without
    its suffix, or, where two files would share that id ("a.txt" and "a.docx", "a" and "a.md"), each of those
    names whole, so that no article is taken for another. A table's rows have ids of their own ("a-1", or its id
    column's), so a table ("a.csv") shares no id with "a.txt" and keeps its name without the suffix as theirs. An
    id depends on the names beside it: a file's id changes when a file named alike is added or removed."""
    split = [_split_suffix(n) for n in names]
    files = Counter(stem for stem, suffix in split if suffix not in TABLE_SUFFIXES)  # (the tables' rows apart)
    return [n if suffix not in TABLE_SUFFIXES and files[stem] > 1 else stem
            for n, (stem, suffix) in zip(names, split, strict=True)]


def folder_notes(path: str | Path) -> list[str]:
    """What reading the corpus folder ``path`` skips on purpose (hidden files and folders, a corpus presslens
    saved inside it), for the corpus report: :func:`corpus_file_names`'s notes; [] for a file."""
    p = Path(path)
    return corpus_file_names(p)[1] if p.is_dir() and not (p / SAVED_CORPUS_MARKER).exists() else []


def iter_documents(path: str | Path, *, encoding: str | None = None, **columns) -> Iterator[Document]:
    """Documents from a folder (recursive, sorted), a single text file, or a CSV/TSV/JSONL table.

    ``columns`` may name table columns explicitly: ``id_column``, ``title_column``, ``text_column``,
    ``date_column``, ``source_column``, ``url_column``, ``authors_column``. Raises :class:`CorpusError` for a path that does
    not exist or a table without a usable text column (in a folder, a CSV/JSON one: a workbook or Parquet file
    there gives one document saying so, see :func:`file_documents`).
    """
    p = Path(path)
    if not p.exists() and not p.is_symlink():
        raise CorpusError(f"corpus path not found: {p}")
    if p.is_dir():
        listed, _notes = corpus_file_names(p)
        for aid, (_, full) in zip(file_ids([rel for rel, _ in listed]), listed, strict=True):
            yield from file_documents(p, Path(full), encoding=encoding, article_id=aid, **columns)
    elif p.suffix.lower() in TABLE_SUFFIXES:
        yield from iter_table(p, encoding=encoding, **columns)
    elif p.suffix.lower() in ARCHIVE_SUFFIXES:  # (its export files split already, its tables' rows not)
        yield from read_documents(p, encoding=encoding)
    else:
        for doc in read_documents(p, encoding=encoding):
            yield from split_export(doc)


def file_documents(root: Path, f: Path, *, encoding: str | None = None, article_id: str | None = None,
                   **columns) -> Iterator[Document]:
    """The documents of one file ``f`` of the corpus folder ``root``, as :func:`iter_documents` reads them:
    a table's rows, or the file as one article named ``article_id`` (by default its path under ``root`` without
    the suffix; :func:`file_ids` gives the ids of a folder's files) (an export file holding several articles: one
    each, that name with ``/1``, ``/2``... appended). A table without a text column (CSV, JSON, workbook, Parquet)
    gives one document saying so (it may be no table of articles: a codebook, figures); a CSV/JSON table without a
    column the caller named (``text_column=...``) raises :class:`CorpusError`."""
    rel = article_id if article_id is not None else _split_suffix(f.relative_to(root).as_posix())[0]
    if f.suffix.lower() in BINARY_TABLE_SUFFIXES:
        # A workbook or Parquet file among the articles may be no table of articles (a codebook, figures): one row
        # saying why, as in a zip archive, not the whole folder refused (these were read as binary files before)
        try:
            yield from list(iter_table(f, encoding=encoding, id_prefix=rel, **columns))
        except CorpusError as exc:
            yield Document(rel, str(f), "", problems=[str(exc)])
    elif f.suffix.lower() in TABLE_SUFFIXES:
        rows = iter_table(f, encoding=encoding, id_prefix=rel, **columns)
        try:
            first = next(rows, None)
        except CorpusError as exc:
            if any(columns.values()):
                raise  # a column the user named is not there: the whole read is wrong, not this file
            # a table among the articles whose columns name no text (a codebook, a list of sources): one row saying
            # so, not the whole folder refused (its columns are checked before its first row is read)
            yield Document(rel, str(f), "", problems=[str(exc)])
            return
        if first is not None:
            yield first
            yield from rows
    elif f.suffix.lower() in ARCHIVE_SUFFIXES:  # (its export files split already, its tables' rows not)
        yield from read_documents(f, article_id=rel, encoding=encoding)
    else:
        for doc in read_documents(f, article_id=rel, encoding=encoding):
            yield from split_export(doc)


def resolve_columns(names: list[str], path: str, *, need_text: bool = True,
                    **explicit: str | None) -> dict[str, str | None]:
    """Map roles (id, title, text, date, source, url, authors) to a table's column names.

    Explicit names (``title_column=...``) win and must exist; otherwise the aliases in
    :data:`COLUMN_ALIASES` are tried, case-insensitively and with spaces, hyphens and underscores alike ("Opening
    Text" is ``opening_text``), then the same names inside a record's content object
    (:data:`RECORD_BODIES`: "_source.text"). Without a text column, raises :class:`CorpusError` (or, when not
    ``need_text``, maps text to None).
    """
    lower = {_column_key(n): n for n in reversed(names)}  # (the first of two that read the same)
    out: dict[str, str | None] = {}
    for role, aliases in COLUMN_ALIASES.items():
        given = explicit.get(f"{role}_column")
        if given:
            if given not in names:
                raise CorpusError(f"{path}: no column named {given!r} for {role} (columns: {names})")
            out[role] = given
            continue
        out[role] = next((lower[a] for a in aliases if a in lower), None) or next(
            (lower[f"{body}.{a}"] for body in RECORD_BODIES for a in aliases if f"{body}.{a}" in lower), None)
    if out["text"] is None and need_text:
        raise CorpusError(
            f"{path}: no text column found among {names}; name it with --text-column (text_column=...)"
        )
    return out


def _column_key(name: str) -> str:
    """A column's name as the aliases are written: lower case, runs of spaces, hyphens and underscores one "_"."""
    return _SEPARATORS.sub("_", str(name).strip().lower())


_SEPARATORS = re.compile(r"(?<=[^\W_])[\s_\-]+(?=[^\W_])")


_CUT_SHORT = re.compile(r"[.…]*\s*\[\+(\d+) chars\]\s*$")


def iter_table(path: str | Path, *, encoding: str | None = None, id_prefix: str | None = None,
               data: bytes | None = None, **columns) -> Iterator[Document]:
    """One document per row of a CSV/TSV or JSON Lines file (or a JSON array of objects, or a JSON object
    holding one: see :func:`json_records`). A Telegram export (``result.json``) gives one document per message
    (:mod:`presslens.telegram`). ``data``: the file's bytes, when they are not read from ``path`` (a member of a
    zip archive, ``path`` then saying where it is)."""
    p = Path(path)
    prefix = id_prefix or p.stem
    wrapped = False
    binary = _binary_table_reader(p.suffix.lower())
    if binary is not None:  # a table not kept as text: an Excel workbook, a Parquet file
        raw = data if data is not None else _file_bytes(p, prefix)
        if isinstance(raw, Document):
            yield raw
            return
        rows, problems, first_notes = binary(raw)
        doc = Document(prefix, str(p), "", encoding=p.suffix.lower()[1:])
        if rows is None:
            yield Document(prefix, str(p), "", problems=first_notes)
            return
    else:
        first_notes = []
        doc = read_document(p, encoding=encoding) if data is None else _documents(p.name, str(path), prefix, data,
                                                                                  encoding)[0]
        if doc.problems and not doc.text:
            yield Document(prefix, str(p), "", problems=doc.problems)
            return
        if p.suffix.lower() == ".json" and doc.text.lstrip()[:1] == "{":
            whole = _json_object(doc.text)
            if isinstance(whole, str):
                yield Document(prefix, str(p), "", problems=[*doc.problems, whole], encoding=doc.encoding)
                return
            if whole is not None:
                if telegram.is_json_export(whole):
                    posts, notes = telegram.json_posts(whole)
                    yield from parts_documents(str(p), prefix,
                                               [(post.anchor, post.text, post.hints(), post.problems) for post in posts],
                                               [*doc.problems, *notes], doc.encoding,
                                               what="a Telegram export with no messages")
                    return
                records, problems = json_records(whole)
                if records is None:
                    yield Document(prefix, str(p), "", problems=[*doc.problems, *problems], encoding=doc.encoding)
                    return
                doc.problems.extend(problems)
                rows, problems, wrapped = [_flat(r) if isinstance(r, dict) else {"__error__": "not a JSON object"}
                                           for r in records], [], True
        if not wrapped:
            rows, problems = _table_rows(doc.text, p, columns.get("text_column"))
    if not rows:
        yield Document(prefix, str(p), "", problems=first_notes + doc.problems + problems + ["table has no rows"])
        return
    names = list(dict.fromkeys(k for r in rows[:1000] for k in r))
    # a table of saved links (Pocket's CSV export: title, url, time_added, tags) has no text column, as their page
    # (see saved_links) has no text: its rows are links; a cell as long as a paragraph is in a text column whose
    # name is not known (the user is asked to name it)
    saved = not wrapped and any(_column_key(n) in _SAVED_TIME_KEYS for n in names) and not any(
        len(str(v)) > 3 * _NOTE_CHARS for row in rows[:_BODY_SAMPLE] for v in row.values() if v is not None)
    roles = resolve_columns(names, str(p), need_text=not (wrapped or saved), **columns)
    no_text = ""
    if roles["text"] is None:
        if not (roles["title"] or roles["url"]):
            resolve_columns(names, str(p), **columns)  # (raises: no text column)
        no_text = _SAVED_LINKS if saved else (
            f"no text field in the JSON records (fields: {', '.join(names[:15])}): title, date and link only")
    order, shown = column_date_order(rows, roles["date"])
    inverted = _inverted_names(rows, roles["authors"])
    # the other columns of each role, for a JSON record that lacks the one chosen (a feed reader's item with a summary
    # and no content, an "alternate" link and no "canonical" one); a field that is there but null stays empty
    more = {role: [n for a in COLUMN_ALIASES[role] for n in names if _column_key(n) == a and n != roles[role]]
            for role in ("title", "text", "date", "source", "url", "authors")}
    # (a text column named by the user is read whatever it holds)
    if roles["text"] and more["text"] and not columns.get("text_column") and (
            body := _body_column(rows, roles["text"], more["text"])):
        first_notes = [*first_notes, f"text read from column {body!r}: column {roles['text']!r} holds short notes"]
        more["text"] = [n for n in more["text"] if n != body]
        roles = {**roles, "text": body}
    cell = functools.partial(_record_cell, roles=roles, more=more)
    totals = _totals_rows(rows, roles)
    if totals:
        first_notes = [*first_notes, *(f"row {n}: a totals row ({what!r}), not an article: left out"
                                       for n, what in totals.items())]
    seen: set[str] = set()
    by_row: dict[int, list[str]] = {}  # (one look-up a row: a list scanned for every row is quadratic)
    for n, m in problems:
        by_row.setdefault(n, []).append(m)
    for i, row in enumerate(rows, start=1):
        if i in totals:
            continue
        row_problems = (first_notes if i == 1 else []) + list(doc.problems) + by_row.get(i, [])
        if "__error__" in row:
            yield Document(f"{prefix}-{i}", f"{p}#row{i}", "", problems=row_problems + [row["__error__"]])
            continue
        raw_id = _cell(row, roles["id"])
        aid = raw_id or f"{prefix}-{i}"
        if aid in seen:
            row_problems.append(f"id {aid!r} repeated; renamed {aid}-{i}")
            aid = f"{aid}-{i}"
        seen.add(aid)
        text = cell(row, "text")
        if no_text:
            row_problems.append(no_text)
        elif not text.strip():
            row_problems.append("empty text cell")
        elif text.endswith("chars]") and (cut := _CUT_SHORT.search(text)):
            row_problems.append(f"the text is cut short ({cut.group(1)} more characters not given: a news API's "
                                "free plan?)")
        published = iso_date(cell(row, "date"))
        if order:
            published = _in_column_order(published, order, shown, row_problems)
        hints = {
            "title": cell(row, "title"),
            "published": published,
            "source": cell(row, "source"),
            "url": cell(row, "url"),
        }
        hints["url"] = feeds.redirect_target(hints["url"])  # a Google Alerts link kept in a table: where it leads
        if authors := cell(row, "authors"):
            hints["authors"] = _first_last(authors) if inverted else authors
        yield Document(aid, f"{p}#row{i}", text, hints=hints, problems=row_problems, encoding=doc.encoding)


_SAVED_TIME_KEYS = frozenset(("time_added", "add_date"))  # when a link was saved (Pocket's, bookmarks' names)
_NOTE_CHARS = 60  # the longest cell of a column of notes
_BODY_SAMPLE = 50  # rows whose cells tell a column of notes from one of texts


def _body_column(rows: list[dict], column: str, others: list[str]) -> str | None:
    """Another text column (``others``, in :data:`COLUMN_ALIASES`' order) to read the texts from when the one named
    most like a text (``column``) holds short notes: a cell filled in half the first rows at least, none longer than
    :data:`_NOTE_CHARS` ("прим.", "см. ниже": a Russian table's "Текст" beside its "Содержание"), where the other's
    cells are longer, one at least as long as a paragraph. None otherwise: a column of short texts (tweets, snippets)
    beside no longer one, or an empty one, keeps its reading."""
    sample = rows[:_BODY_SAMPLE]
    cells = [c for row in sample if (c := _cell(row, column).strip())]
    if 2 * len(cells) < len(sample) or any(len(c) > _NOTE_CHARS for c in cells):
        return None
    for other in others:
        lengths = [len(_cell(row, other).strip()) for row in sample]
        if max(lengths, default=0) > 3 * _NOTE_CHARS and sum(lengths) > 4 * sum(map(len, cells)):
            return other
    return None


_TOTALS = frozenset(("total", "totals", "grand_total", "sum", "итого", "всего", "итого:", "total:", "всего:"))
_TOTALS_AT_END = 3  # rows at a table's end looked at for a totals row


def _totals_rows(rows: list[dict], roles: dict[str, str | None]) -> dict[int, str]:
    """The totals rows at the end of a table kept by hand (row numbers and what their first cell says): rows with no
    text whose first filled cell says "Total", "Sum", "Итого"..., that cell being the title's or the title empty (a
    sheet whose first column is the title's writes its "Total:" there). A row with text, or with a title of its own
    ("Total recall"), is an article whatever its first cell says."""
    out = {}
    for i in range(max(1, len(rows) - _TOTALS_AT_END + 1), len(rows) + 1):
        row = rows[i - 1]
        if "__error__" in row or _cell(row, roles["text"]).strip():
            continue
        first = next((str(v).strip() for v in row.values() if v is not None and str(v).strip()), "")
        if _column_key(first) in _TOTALS and _cell(row, roles["title"]).strip() in ("", first):
            out[i] = first
    return out


_LAST_FIRST = re.compile(r"([^\W\d_][^,;\d]*?),[^\S\n]*([^\W\d_][^,;\d]*)")
# The small words a surname may open with ("van der Berg, Anna", "de la Cruz, Juan"), in any case
_SURNAME_PARTICLES = frozenset("van von der den de del della di da du la le dos das ter ten bin ibn al el".split())
_INITIALS = re.compile(r"(?:[^\W\d_]\.-?)+")  # "J.", "J.R.", "J.-P."


def _last_first(part: str) -> re.Match | None:
    """``part`` (one name of a list) read as "Last, First": a surname of one capitalized word, after its particles
    if any ("Umarov", "O'Neil", "Smith-Jones", "van der Berg"), then one to three given names or initials ("Temur",
    "John Q.", "Jean-Luc"); None for anything else: a whole name and its outlet ("Jane Doe, CNN", "Jane Doe,
    Reuters": two capitalized words before the comma) or agencies ("Reuters, AP": no given name is in capitals)."""
    m = _LAST_FIRST.fullmatch(part)
    if m is None:
        return None
    last, given = m.group(1).split(), m.group(2).split()
    if not last[-1][:1].isupper() or any(w.lower() not in _SURNAME_PARTICLES for w in last[:-1]):
        return None
    if len(given) > 3 or not all(_INITIALS.fullmatch(w) or (w[:1].isupper() and not w.isupper()) for w in given):
        return None
    return m


def _inverted_names(rows: list[dict], column: str | None) -> bool:
    """Whether a table's authors column writes names surname first, "Last, First", as reference managers do (Zotero:
    "Gabuev, Alexander; Umarov, Temur"): some cell lists several names so (:func:`_last_first`), apart with
    semicolons, and no cell lists names with semicolons otherwise. One "Last, First" alone could be two surnames
    ("Smith, Jones") or a place ("Moscow, Russia"): only such a column tells."""
    if not column:
        return False
    listed = False
    for row in rows[:1000]:
        cell = _cell(row, column)
        if ";" not in cell:
            continue
        if not all(_last_first(part.strip()) for part in cell.split(";") if part.strip()):
            return False
        listed = True
    return listed


def _first_last(names: str) -> str:
    """Names written "Last, First; Last, First" (see :func:`_inverted_names`) as "First Last; First Last"; a part
    that reads otherwise (:func:`_last_first`: "Reuters, AP" in such a column) as it is."""
    out = []
    for part in names.split(";"):
        m = _last_first(part.strip())
        out.append(f"{' '.join(m.group(2).split())} {' '.join(m.group(1).split())}" if m else part.strip())
    return "; ".join(p for p in out if p)


def column_date_order(rows: list[dict], column: str | None) -> tuple[str, str]:
    """The order a table's date column writes its dates with slashes in, and one date showing it: ``("md",
    "03/14/2024")`` month first, ``("dm", "14/03/2024")`` day first; ``("", "")`` when no cell shows an order
    (every day 12 or under), or cells disagree."""
    from .parsing import slash_date_order

    if column is None:
        return "", ""
    orders: dict[str, str] = {}
    for row in rows:
        order, raw = slash_date_order(_cell(row, column))
        if order in ("md", "dm"):
            orders.setdefault(order, raw)
    return next(iter(orders.items())) if len(orders) == 1 else ("", "")


def _in_column_order(value: str, order: str, shown: str, problems: list[str]) -> str:
    """A date cell ``value`` read in its column's ``order`` (see :func:`column_date_order`) when it could be read
    either way ("03/07/2024"), as ISO 8601, a note added to ``problems``; any other value as it is."""
    from .parsing import date_in_order, slash_date_order

    if slash_date_order(value)[0] != "?":
        return value
    iso, note = date_in_order(value, order, f"the column's other dates are written so (e.g. {shown!r})")
    if not iso:
        return value
    problems.append(note)
    return iso


def parquet_rows(data: bytes) -> tuple[list[dict] | None, list[tuple[int, str]], list[str]]:
    """The rows of a Parquet file (a table of articles saved with pandas or Arrow) as a table's: ``(rows, problems,
    notes)``, rows None when it cannot be read (notes say why). Columns of nested values are left out (named in
    ``notes``); dates and times are read as ISO 8601, lists of words (authors) joined with ", "."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as exc:  # (Arrow raises several kinds on damaged files)
        return None, [], [f"Parquet file not read ({type(exc).__name__}: {str(exc)[:200]})"]
    kept, left = [], []
    for column in table.schema:
        kind = column.type
        flat = not (pa.types.is_struct(kind) or pa.types.is_map(kind) or pa.types.is_binary(kind)
                    or pa.types.is_large_binary(kind) or (pa.types.is_list(kind) and not (
                        pa.types.is_string(kind.value_type) or pa.types.is_large_string(kind.value_type))))
        (kept if flat else left).append(column.name)
    notes = [f"columns of nested or binary values not read: {', '.join(left)}"] if left else []
    columns = {name: [_sheet_cell(v) if not isinstance(v, list) else ", ".join(str(x) for x in v if x)
                      for v in table.column(name).to_pylist()] for name in kept}
    rows = [dict(zip(kept, values, strict=True)) for values in zip(*columns.values(), strict=True)] if kept else []
    return rows, [], notes


_SHEET_HEADER_ROWS = 30  # rows of a worksheet looked through for its header (exports put a report's title first)
_KNOWN_NAMES = frozenset(a for aliases in COLUMN_ALIASES.values() for a in aliases)


def header_row(rows: list[list[str]], text_names: set[str] | frozenset[str]) -> int | None:
    """Which of the first rows of a table (its cells) is its header: of those naming a text column (``text_names``,
    as :func:`_column_key` writes them), the one naming most known columns (:data:`COLUMN_ALIASES`), the first of
    equals; None when none names one. Exports put a report's title and search over the header, and a sheet kept
    by hand a row of merged group cells ("Article" over "Headline" and "Text", "Publication" over "Outlet" and
    "Date"): the row naming the columns one by one names more of them than the group row."""
    best, most = None, 0
    for k, row in enumerate(rows[:_SHEET_HEADER_ROWS]):
        keys = [_column_key(v) for v in row if v]
        if any(key in text_names for key in keys):
            known = sum(key in _KNOWN_NAMES for key in keys)
            if known > most:
                best, most = k, known
    return best



def sheet_rows(data: bytes, suffix: str = ".xlsx") -> tuple[list[dict] | None, list[tuple[int, str]], list[str]]:
    """The rows of a workbook (:data:`SPREADSHEET_SUFFIXES`: Excel's ``.xlsx``, ``.xlsm``, binary ``.xlsb`` and 97-2003
    ``.xls``, an OpenDocument ``.ods``; the content decides, ``suffix`` only names it in notes) as a table's:
    ``(rows, problems, notes)``, rows None when it cannot be read (notes say why, :func:`_unread_workbook`).

    The worksheet read is the first whose header holds a text column (:data:`COLUMN_ALIASES`), else the first that
    is not empty; the header is the row naming one (media-monitoring exports put a title and the search over it:
    :func:`header_row`), else its first row that is not empty. Cells are read as the spreadsheet shows their values (the
    formulas' last results): a date or time as ISO 8601, a whole number without ".0". Empty rows are skipped; other
    worksheets holding cells are named in ``notes``."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except CalamineError as exc:  # a damaged or encrypted workbook, or no workbook at all
        return None, [], [_unread_workbook(data, suffix, exc)]
    text_names = {_column_key(a) for a in COLUMN_ALIASES["text"]}
    chosen, fallback, others = None, None, []
    with book:
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:  # (chart and macro sheets hold no rows)
                continue
            try:
                sheet = book.get_sheet_by_name(meta.name)
            except CalamineError as exc:
                return None, [], [f"{_SHEET_NAMES.get(suffix, 'workbook')} not read (worksheet {meta.name!r} "
                                  f"damaged: {exc}): save it again as .xlsx or CSV"]
            if chosen is not None:  # the sheet is read already: the others only named when they hold cells
                if any(_sheet_cell(v) for row in sheet.iter_rows() for v in row):
                    others.append(meta.name)
                continue
            values = [[_sheet_cell(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            values = [row for row in values if any(row)]
            if not values:
                continue
            header = header_row(values, text_names)
            if header is not None:
                chosen = (meta.name, values, header)
            elif fallback is None:
                fallback = (meta.name, values, 0)
            else:
                others.append(meta.name)
    if chosen is None and fallback is None:
        return [], [], ["the workbook's worksheets are empty"]
    if chosen is not None and fallback is not None:
        others.insert(0, fallback[0])
    title, values, header = chosen or fallback
    head = list(values[header])
    while head and not head[-1]:  # (a worksheet's rows are as wide as its widest)
        head.pop()
    names, seen = [], set()
    for k, v in enumerate(head):
        name = v or f"column {k + 1}"
        while name in seen:
            name += "'"
        seen.add(name)
        names.append(name)
    rows, problems = [], []
    for i, row in enumerate(values[header + 1:], start=1):
        extra = [v for v in row[len(names):] if v]
        if extra:
            problems.append((i, f"{len(extra)} cell(s) right of the header's last column"))
        rows.append(dict(zip(names, row[:len(names)] + [""] * (len(names) - len(row)), strict=True)))
    notes = []
    if header:
        notes.append(f"worksheet {title!r}: {header} row(s) above its header left out")
    if others:
        notes.append(f"worksheet {title!r} read; not read: " + ", ".join(repr(o) for o in others))
    return rows, problems, notes


# What the notes call a workbook, by its file's suffix
_SHEET_NAMES = {".xlsx": "Excel workbook", ".xlsm": "Excel workbook", ".xlsb": "Excel binary workbook (.xlsb)",
                ".xls": "Excel 97-2003 workbook (.xls)", ".ods": "OpenDocument spreadsheet (.ods)"}
_ENCRYPTED = "encrypted with a password"
_XLS_FILEPASS, _XLS_EOF = 0x002F, 0x000A  # BIFF records: the workbook is encrypted; the end of its globals


def _unread_workbook(data: bytes, suffix: str, exc: Exception) -> str:
    """The note on a workbook calamine cannot open, saying why as far as its bytes tell: encrypted (an Excel file
    saved with a password is an OLE file, whatever its suffix), damaged or cut short, or no spreadsheet at all."""
    what = _SHEET_NAMES.get(suffix, "workbook")
    if data.startswith(formats.OLE_MAGIC):
        why = _ENCRYPTED if suffix in (".xlsx", ".xlsm", ".xlsb") else _ole_workbook_problem(data)
    elif data[:4] == b"PK\x03\x04":
        why = f"a damaged zip archive or no workbook in it: {exc}"
    elif not data:
        why = "empty file"
    elif _looks_binary(data):
        why = "not a spreadsheet file"
    else:
        why = "not a spreadsheet but text: a web page or a CSV file given a spreadsheet's name?"
    if why == _ENCRYPTED:
        return f"{what} not read ({why}): save it as .xlsx without a password, or as CSV"
    return f"{what} not read ({why}): save it again as .xlsx or CSV"


def _ole_workbook_problem(data: bytes) -> str:
    """Why calamine could not read an OLE file named as an Excel 97-2003 workbook: encrypted (its workbook stream
    opens with a FILEPASS record, or it holds an encrypted Office package), damaged, or no workbook in it."""
    import olefile  # (only when an unreadable OLE file comes)

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptedPackage"):
                return _ENCRYPTED
            stream = next((name for name in ("Workbook", "Book") if ole.exists(name)), None)
            if stream is None:
                return "an OLE file holding no workbook (a Word or PowerPoint file?)"
            biff = ole.openstream(stream).read()
    except Exception as exc:  # damaged: olefile raises OSError and others
        return f"damaged or cut short ({type(exc).__name__})"
    pos = 0
    while pos + 4 <= len(biff):  # the records of the workbook's globals, up to their EOF
        kind, size = int.from_bytes(biff[pos:pos + 2], "little"), int.from_bytes(biff[pos + 2:pos + 4], "little")
        if kind == _XLS_FILEPASS:
            return _ENCRYPTED
        if kind == _XLS_EOF:
            break
        pos += 4 + size
    return "damaged or cut short"


def _binary_table_reader(suffix: str):
    """The reader of the rows of a table not kept as text (:data:`BINARY_TABLE_SUFFIXES`), or None."""
    if suffix in SPREADSHEET_SUFFIXES:
        return functools.partial(sheet_rows, suffix=suffix)
    return parquet_rows if suffix == ".parquet" else None


def _sheet_cell(value) -> str:
    """A worksheet cell's value as text: a date at midnight as YYYY-MM-DD, other dates and times as ISO 8601, a
    whole number without ".0", nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() and value.tzinfo is None else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if isinstance(value, str) else str(value)


def _json_object(text: str) -> dict | str | None:
    """A ``.json`` file's text that starts with "{": the object it holds; None when it is JSON Lines (one
    object a line); the problem, when it is neither."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            return None
        first = next((line for line in text.splitlines() if line.strip()), "")
        try:
            json.loads(first)
            return None  # JSON Lines with a broken line: each line's problem on its row
        except json.JSONDecodeError:
            return f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
    return whole if isinstance(whole, dict) else None


_RECORDS_DEPTH = 3  # how deep in a JSON object its list of records is looked for


def json_records(obj: dict) -> tuple[list | None, list[str]]:
    """The records a JSON object holds: ``(records, notes)``, records None when it holds none (notes say why).

    An API's response or a search engine's dump wraps its list of records in an object, with nested fields:
    ``{"status": "ok", "articles": [...]}`` (NewsAPI, GDELT), ``{"hits": {"hits": [{"_source": {...}}]}}``
    (Elasticsearch, OpenSearch), ``{"response": {"docs": [...]}}`` (the New York Times), ``{"response":
    {"results": [...]}}`` (the Guardian), ``{"results": [...]}`` (Media Cloud), ``{"items": [...]}`` (JSON Feed).
    The records are the list of objects found nearest the top (within three levels of objects) whose objects
    have a text field; of several at that level, the longest (the others noted). Without one, an object with a
    text field is one record itself (its list of related links is no list of records); else the list nearest
    the top whose objects have a title or link field (GDELT's), else of any objects.
    """
    found = _record_lists(obj, _TEXT_NAMES)
    if not found:
        if any(_column_key(k) in _TEXT_NAMES and isinstance(v, str) for k, v in _flat(obj).items()):
            return [obj], []
        found = _record_lists(obj, _RECORD_NAMES) or _record_lists(obj, None)
    if found:
        found.sort(key=lambda f: -len(f[1]))
        name, records = found[0]
        notes = []
        if len(found) > 1:
            notes.append(f"records read from {name!r} ({len(records)}); other lists of objects not read: " +
                         ", ".join(f"{n!r} ({len(v)})" for n, v in found[1:6]))
        return records, notes
    empty = [k for k, v in obj.items() if isinstance(v, list) and not v]
    if empty:
        return [], [f"the JSON object's list {empty[0]!r} is empty: no records"]
    said = next((f": {k} {str(obj[k])[:200]!r}" for k in ("message", "error", "detail", "reason")
                 if obj.get(k) and isinstance(obj[k], str | dict)), "")
    return None, [f"a JSON object with no list of records (keys: {', '.join(map(str, list(obj)[:20]))}){said}"]


_TEXT_NAMES = frozenset(COLUMN_ALIASES["text"]) | {f"{b}.{a}" for b in RECORD_BODIES for a in COLUMN_ALIASES["text"]}
_RECORD_NAMES = _TEXT_NAMES | {f"{b}{a}" for b in ("", *(f"{r}." for r in RECORD_BODIES))
                               for role in ("title", "url") for a in COLUMN_ALIASES[role]}


def _record_lists(obj: dict, names: frozenset[str] | None) -> list[tuple[str, list]]:
    """The lists of objects nearest the top of ``obj`` (their dotted paths and themselves); with ``names``, only
    those whose objects have a field of one of these names (dotted paths), compared as :func:`resolve_columns`
    compares a table's columns (:func:`_column_key`: "Full Text" is ``full_text``)."""
    level: list[tuple[str, dict]] = [("", obj)]
    for _depth in range(_RECORDS_DEPTH):
        found: list[tuple[str, list]] = []
        deeper: list[tuple[str, dict]] = []
        for where, node in level:
            for key, value in node.items():
                name = f"{where}.{key}" if where else str(key)
                if isinstance(value, dict):
                    deeper.append((name, value))
                elif isinstance(value, list) and value:
                    sample = value[:100]
                    objects = [v for v in sample if isinstance(v, dict)]
                    if len(objects) * 2 <= len(sample):
                        continue
                    if names is not None and not any(_column_key(k) in names for v in objects[:20] for k in _flat(v)):
                        continue
                    found.append((name, value))
        if found or not deeper:
            return found
        level = deeper
    return []


def _flat(obj: dict, prefix: str = "", out: dict | None = None, depth: int = 0) -> dict:
    """A JSON record with its nested objects' fields as columns named by their dotted path (``{"source":
    {"name": "BBC"}}`` as ``{"source.name": "BBC"}``, four levels at most); a list of plain values (or of
    objects with a "name") as one cell, the values joined with ", "; a list of links (objects with an "href") as
    its first link; other lists left out."""
    if out is None:
        if not any(isinstance(v, dict | list) for v in obj.values()):
            return obj
        out = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            if depth < 3:
                _flat(value, name + ".", out, depth + 1)
        elif isinstance(value, list):
            if all(not isinstance(v, dict | list) for v in value):
                out[name] = ", ".join(str(v) for v in value if v is not None and str(v).strip())
            elif all(isinstance(v, dict) and isinstance(v.get("name"), str) for v in value):
                out[name] = ", ".join(v["name"] for v in value)
            elif isinstance(value[0], dict) and isinstance(value[0].get("href"), str):
                out[name] = value[0]["href"]  # a list of links (Google Reader API's "canonical", "alternate"): the first
        else:
            out[name] = value
    return out


def _record_cell(row: dict, role: str, roles: dict[str, str | None], more: dict[str, list[str]]) -> str:
    """A row's cell of a role: its column's, or, when the row (a JSON record) lacks that field, the first filled of
    the role's other columns (``more``)."""
    name = roles[role]
    if name in row or not more[role]:
        return _cell(row, name)
    return next((v for n in more[role] if (v := _cell(row, n)).strip()), "")


def _cell(row: dict, name: str | None) -> str:
    if not name:
        return ""
    v = row.get(name)
    if v is None:
        return ""
    if isinstance(v, float) and v != v:
        return ""
    return str(v)


def _table_rows(text: str, p: Path, text_column: str | None = None) -> tuple[list[dict], list[tuple[int, str]]]:
    suffix = p.suffix.lower()
    problems: list[tuple[int, str]] = []
    if suffix in (".jsonl", ".ndjson") or (suffix == ".json" and not text.lstrip().startswith("[")):
        rows: list[dict] = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                rows.append({"__error__": f"line {n}: invalid JSON ({exc.msg})"})
                continue
            rows.append(_flat(obj) if isinstance(obj, dict) else {"__error__": f"line {n}: not a JSON object"})
        return rows, problems
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{p}: invalid JSON ({exc.msg} at line {exc.lineno})") from exc
        return [_flat(r) if isinstance(r, dict) else {"__error__": "not a JSON object"} for r in data], problems
    delimiter, skip = _csv_header(text, "\t" if suffix == ".tsv" else ",", text_column)
    if skip:
        problems.append((1, f"{skip} line(s) above its header left out"))
        text = text[sum(len(line) + 1 for line in text[:_HEADER_CHARS].split("\n")[:skip]):]
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    for row in reader:
        if None in row:
            extra = row.pop(None)
            problems.append((len(rows) + 1, f"{len(extra)} extra field(s) beyond the header"))
        rows.append(row)
    return rows, problems


_HEADER_CHARS = 64 * 1024  # characters of a CSV file looked through for its header line
_DELIMITERS = (",", "\t", ";")


def _csv_header(text: str, delimiter: str, text_column: str | None = None) -> tuple[str, int]:
    """A CSV file's delimiter and how many lines stand above its header: ``(delimiter, lines)``. A header naming a
    text column (or ``text_column``) on the first line, split by ``delimiter`` (the suffix's: a tab for .tsv, else
    a comma), is taken at once; else the first lines are tried with commas, tabs and semicolons (Meltwater writes
    its ".csv" tab-separated, a Russian or German Excel with semicolons) for the header :func:`header_row` picks
    (Brandwatch and Talkwalker put the report's title and search above it, each line half as wide as the header at
    most). Nothing found: ``(delimiter, 0)``."""
    names = _TEXT_KEYS | ({_column_key(text_column)} if text_column else set())
    first = text[:text.find("\n")] if "\n" in text[:_HEADER_CHARS] else text[:_HEADER_CHARS]
    if delimiter in first and any(_column_key(c) in names for c in next(csv.reader([first], delimiter=delimiter))):
        return delimiter, 0
    lines = [line.rstrip("\r") for line in text[:_HEADER_CHARS].split("\n")[:_SHEET_HEADER_ROWS]]
    found = []
    for order, d in enumerate(dict.fromkeys((delimiter, *_DELIMITERS))):
        rows = [next(csv.reader([line], delimiter=d), []) if d in line else [line] for line in lines]
        k = header_row(rows, names)
        # the lines above a header are a report's title and search, a cell or two each: a line as wide as the
        # header above it is itself the header (one naming no text column), the "header" a row of data
        if k is not None and all(2 * len([c for c in row if c.strip()]) <= len(rows[k]) for row in rows[:k]):
            found.append((sum(_column_key(v) in _KNOWN_NAMES for v in rows[k]), -k, -order, d))
    if not found:
        return delimiter, 0
    _known, k, _order, d = max(found)  # (most known columns, then the first line, then the suffix's delimiter)
    return d, -k


_TEXT_KEYS = frozenset(_column_key(a) for a in COLUMN_ALIASES["text"])
