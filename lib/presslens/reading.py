"""Reading article files into documents: decoding, folder walks, CSV and JSONL tables.

A :class:`Document` is one article as read, before parsing: its id, where it came from, the decoded
text, metadata given by table columns, and the problems met while reading. Every file (and every table
row) becomes exactly one document, even when it cannot be read: then ``text`` is ``""`` and
``problems`` says why.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xml", ""}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json"}

# Column names recognized in CSV/JSONL files, most specific first (compared case-insensitively).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("article_id", "id", "doc_id", "document_id", "uid", "guid", "key"),
    "title": ("title", "headline", "heading", "head", "name"),
    "text": ("text", "body", "content", "article", "story", "full_text", "fulltext", "maintext"),
    "date": ("published", "date", "publication_date", "published_at", "pub_date", "pubdate", "datetime",
             "date_published", "publish_date", "time", "timestamp", "created", "created_at"),
    "source": ("source", "outlet", "publisher", "media", "site", "domain", "newspaper", "source_name"),
    "url": ("url", "link", "href", "permalink", "uri"),
}

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

    UTF-8 (with or without BOM) and UTF-16 with BOM are read silently; UTF-16 without BOM, a declared
    ``encoding``, or a detected legacy encoding (cp1251 for Cyrillic, else latin-1) are read with a note
    in ``problems``. The BOM is dropped; newlines are left as they are. Binary data gives ``("", "", [why])``.
    """
    if not data:
        return "", "", ["empty file"]
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
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _strip_bom(data.decode("utf-16")), "utf-16", []
        except UnicodeDecodeError:
            return "", "", ["unreadable: UTF-16 byte-order mark but invalid UTF-16 data"]
    bomless16 = _guess_utf16(data)
    if bomless16:
        try:
            text = data.decode(bomless16)
            if not _controls_in(text):
                return text, bomless16, [f"no byte-order mark: decoded as {bomless16}"]
        except UnicodeDecodeError:
            pass
    if b"\x00" in data or _looks_binary(data):
        if b"\x00" in data:
            # Text with stray NUL bytes is still text: drop nothing, report the NULs.
            try:
                text = data.decode("utf-8")
                if not _looks_binary(data.replace(b"\x00", b"")):
                    return text, "utf-8", [f"contains {data.count(0)} NUL byte(s)"]
            except UnicodeDecodeError:
                pass
        return "", "", ["binary file, not text"]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    cp1251 = data.decode("cp1251", errors="replace")
    # Russian in cp1251 decodes to whole Cyrillic words; Western text read as cp1251 gives Cyrillic letters
    # stuck inside Latin words ("CafĂ©" -> "Cafй"). Count both shapes.
    words = len(_CYRILLIC_WORD.findall(cp1251))
    mixed = len(_MIXED.findall(cp1251))
    if words > mixed:
        return cp1251, "cp1251", ["not UTF-8: decoded as cp1251 (detected Cyrillic)"]
    return data.decode("latin-1"), "latin-1", ["not UTF-8: decoded as latin-1"]


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _guess_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zero_odd > 0.3 and zero_even < 0.05:
        return "utf-16-le"
    if zero_even > 0.3 and zero_odd < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


# --- files and folders ----------------------------------------------------------------------------

def read_document(path: str | Path, *, article_id: str | None = None, encoding: str | None = None) -> Document:
    """Read one article file. Never raises for a bad file: the reason goes into ``problems``."""
    p = Path(path)
    aid = article_id if article_id is not None else p.stem
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            return Document(aid, str(p), "", problems=[f"file too large ({size} bytes; limit {MAX_BYTES})"])
        data = p.read_bytes()
    except IsADirectoryError:
        why = "symbolic link to a folder, not followed" if p.is_symlink() else "is a directory"
        return Document(aid, str(p), "", problems=[why])
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return Document(aid, str(p), "", problems=[f"unreadable: {reason}"])
    text, enc, problems = decode_bytes(data, encoding=encoding)
    return Document(aid, str(p), text, problems=problems, encoding=enc)


def corpus_files(root: str | Path) -> tuple[list[Path], list[str]]:
    """Files of a corpus folder, recursive and sorted; returns ``(files, notes)``.

    Hidden files and folders (name starting with '.') are skipped and counted in ``notes``; symbolic
    links to folders are not followed (no loops); links to files are read like files.
    """
    root = Path(root)
    files: list[Path] = []
    hidden = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        hidden += sum(1 for d in dirnames if d.startswith("."))
        # Links to folders are listed (and reported as not followed) rather than walked: no loops.
        filenames = filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                hidden += 1
                continue
            files.append(Path(dirpath) / name)
    files.sort(key=lambda p: p.relative_to(root).as_posix())
    notes = [f"skipped {hidden} hidden file(s) or folder(s) under {root}"] if hidden else []
    return files, notes


def iter_documents(path: str | Path, *, encoding: str | None = None, **columns) -> Iterator[Document]:
    """Documents from a folder (recursive, sorted), a single text file, or a CSV/TSV/JSONL table.

    ``columns`` may name table columns explicitly: ``id_column``, ``title_column``, ``text_column``,
    ``date_column``, ``source_column``, ``url_column``. Raises :class:`CorpusError` for a path that does
    not exist or a table without a usable text column.
    """
    p = Path(path)
    if not p.exists() and not p.is_symlink():
        raise CorpusError(f"corpus path not found: {p}")
    if p.is_dir():
        files, _notes = corpus_files(p)
        for f in files:
            rel = f.relative_to(p).with_suffix("").as_posix()
            if f.suffix.lower() in TABLE_SUFFIXES:
                yield from iter_table(f, encoding=encoding, id_prefix=rel, **columns)
            else:
                yield read_document(f, article_id=rel, encoding=encoding)
    elif p.suffix.lower() in TABLE_SUFFIXES:
        yield from iter_table(p, encoding=encoding, **columns)
    else:
        yield read_document(p, encoding=encoding)


def resolve_columns(names: list[str], path: str, **explicit: str | None) -> dict[str, str | None]:
    """Map roles (id, title, text, date, source, url) to a table's column names.

    Explicit names (``title_column=...``) win and must exist; otherwise the aliases in
    :data:`COLUMN_ALIASES` are tried, case-insensitively.
    """
    lower = {n.strip().lower(): n for n in names}
    out: dict[str, str | None] = {}
    for role, aliases in COLUMN_ALIASES.items():
        given = explicit.get(f"{role}_column")
        if given:
            if given not in names:
                raise CorpusError(f"{path}: no column named {given!r} for {role} (columns: {names})")
            out[role] = given
            continue
        out[role] = next((lower[a] for a in aliases if a in lower), None)
    if out["text"] is None:
        raise CorpusError(
            f"{path}: no text column found among {names}; name it with --text-column (text_column=...)"
        )
    return out


def iter_table(path: str | Path, *, encoding: str | None = None, id_prefix: str | None = None,
               **columns) -> Iterator[Document]:
    """One document per row of a CSV/TSV or JSON Lines file (or a JSON array of objects)."""
    p = Path(path)
    doc = read_document(p, encoding=encoding)
    if doc.problems and not doc.text:
        yield Document(id_prefix or p.stem, str(p), "", problems=doc.problems)
        return
    rows, problems = _table_rows(doc.text, p)
    if not rows:
        yield Document(id_prefix or p.stem, str(p), "", problems=doc.problems + problems + ["table has no rows"])
        return
    names = list(dict.fromkeys(k for r in rows[:1000] for k in r))
    roles = resolve_columns(names, str(p), **columns)
    prefix = id_prefix or p.stem
    seen: set[str] = set()
    for i, row in enumerate(rows, start=1):
        row_problems = list(doc.problems) + [m for (n, m) in problems if n == i]
        if "__error__" in row:
            yield Document(f"{prefix}-{i}", f"{p}#row{i}", "", problems=row_problems + [row["__error__"]])
            continue
        raw_id = _cell(row, roles["id"])
        aid = raw_id or f"{prefix}-{i}"
        if aid in seen:
            row_problems.append(f"id {aid!r} repeated; renamed {aid}-{i}")
            aid = f"{aid}-{i}"
        seen.add(aid)
        text = _cell(row, roles["text"])
        if not text.strip():
            row_problems.append("empty text cell")
        hints = {
            "title": _cell(row, roles["title"]),
            "published": _cell(row, roles["date"]),
            "source": _cell(row, roles["source"]),
            "url": _cell(row, roles["url"]),
        }
        yield Document(aid, f"{p}#row{i}", text, hints=hints, problems=row_problems, encoding=doc.encoding)


def _cell(row: dict, name: str | None) -> str:
    if not name:
        return ""
    v = row.get(name)
    if v is None:
        return ""
    if isinstance(v, float) and v != v:
        return ""
    return str(v)


def _table_rows(text: str, p: Path) -> tuple[list[dict], list[tuple[int, str]]]:
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
            rows.append(obj if isinstance(obj, dict) else {"__error__": f"line {n}: not a JSON object"})
        return rows, problems
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{p}: invalid JSON ({exc.msg} at line {exc.lineno})") from exc
        return [r if isinstance(r, dict) else {"__error__": "not a JSON object"} for r in data], problems
    delimiter = "\t" if suffix == ".tsv" else ","
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    for row in reader:
        if None in row:
            extra = row.pop(None)
            problems.append((len(rows) + 1, f"{len(extra)} extra field(s) beyond the header"))
        rows.append(row)
    return rows, problems
