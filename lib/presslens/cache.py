"""Where cached results live: ``PRESSLENS_CACHE_DIR`` (``presslens run`` sets it to ``data/cache``).

Per-article results are kept by :class:`presslens.pipeline.Store`, keyed by each article's content and
the code version, so a run over a grown corpus processes only the new or changed files.
"""

from __future__ import annotations

import os
from pathlib import Path

from .corpus import Corpus, read_corpus


def cache_dir() -> Path | None:
    """The cache folder from ``PRESSLENS_CACHE_DIR``, or None (no caching)."""
    value = os.environ.get("PRESSLENS_CACHE_DIR", "")
    return Path(value) if value else None


def engine_options() -> dict:
    """``engine``, ``workers`` and ``scheduler`` from PRESSLENS_ENGINE, PRESSLENS_WORKERS and
    PRESSLENS_SCHEDULER (``presslens run --engine/--workers/--scheduler`` sets them for the notebooks)."""
    opts: dict = {"engine": os.environ.get("PRESSLENS_ENGINE", "local") or "local"}
    if os.environ.get("PRESSLENS_WORKERS"):
        opts["workers"] = int(os.environ["PRESSLENS_WORKERS"])
    if os.environ.get("PRESSLENS_SCHEDULER"):
        opts["scheduler"] = os.environ["PRESSLENS_SCHEDULER"]
    return opts


def cached_corpus(path: str | Path, *, progress: bool | None = None, **options) -> Corpus:
    """:func:`~presslens.corpus.read_corpus` with the cache folder and engine taken from the environment."""
    return read_corpus(path, progress=progress, cache_dir=cache_dir(), **{**engine_options(), **options})
