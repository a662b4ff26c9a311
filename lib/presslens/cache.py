"""Reusing parsed corpora: a cache under ``data/cache`` keyed by the corpus files and the code version.

The cache folder comes from the ``PRESSLENS_CACHE_DIR`` environment variable (``presslens run`` sets
it to ``data/cache``); without it nothing is cached. A corpus is reused when every file's relative
path, size and modification time, and the version of the parsing code, are unchanged.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from .corpus import Corpus, read_corpus
from .reading import corpus_files

_PARSE_MODULES = ("reading.py", "parsing.py", "sentences.py", "corpus.py", "schema.py")


def code_version() -> str:
    """A hash of the parsing code, so a change to the parser invalidates cached results."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in _PARSE_MODULES:
        p = here / name
        if p.exists():
            h.update(p.read_bytes())
    data = here / "data"
    if data.is_dir():
        for p in sorted(data.rglob("*")):
            if p.is_file():
                h.update(p.name.encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


def corpus_key(path: str | Path, **options) -> str:
    """Key of a corpus path: its files' relative paths, sizes and mtimes, the options, the code version."""
    p = Path(path).resolve()
    h = hashlib.sha256(f"{p}|{code_version()}|{sorted(options.items())}".encode())
    files = corpus_files(p)[0] if p.is_dir() else [p]
    for f in files:
        try:
            st = f.stat()
            h.update(f"{f.relative_to(p) if p.is_dir() else f.name}|{st.st_size}|{st.st_mtime_ns}\n".encode())
        except OSError as exc:
            h.update(f"{f}|error {exc.errno}\n".encode())
    return h.hexdigest()[:24]


def cache_dir() -> Path | None:
    value = os.environ.get("PRESSLENS_CACHE_DIR", "")
    return Path(value) if value else None


def cached_corpus(path: str | Path, *, progress: bool | None = None, **options) -> Corpus:
    """:func:`~presslens.corpus.read_corpus`, reusing the cached tables when the corpus is unchanged."""
    root = cache_dir()
    if root is None or Path(path, "presslens-corpus.json").exists():
        return read_corpus(path, progress=progress, **options)
    target = root / "corpus" / corpus_key(path, **options)
    if (target / "presslens-corpus.json").exists():
        try:
            return Corpus.load(target)
        except Exception:  # a damaged cache entry is rebuilt, never trusted
            shutil.rmtree(target, ignore_errors=True)
    corpus = read_corpus(path, progress=progress, **options)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".tmp-"))
    corpus.save(tmp, csv=False)
    try:
        tmp.rename(target)
    except OSError:  # another process wrote it first
        shutil.rmtree(tmp, ignore_errors=True)
    return corpus
