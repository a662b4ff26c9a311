"""Where cached results live and where per-article work runs, as the environment says.

``PRESSLENS_CACHE_DIR`` names the cache folder (``presslens run`` sets it to ``data/cache``);
``PRESSLENS_ENGINE``, ``PRESSLENS_WORKERS`` and ``PRESSLENS_SCHEDULER`` say where per-article stages run
(``presslens run --engine/--workers/--scheduler`` set them for the notebooks' kernels).

Per-article results are kept by :class:`presslens.pipeline.Store`, keyed by each article's content and
the code version, so a run over a grown corpus processes only the new or changed files. The analysis
functions that run per-article stages (:func:`presslens.sentiment.score_corpus`,
:func:`presslens.tokens.corpus_tokens`, :func:`presslens.chronology.corpus_timexes`,
:func:`presslens.actors.mentions`) take ``cache``, ``engine``, ``workers`` and ``scheduler``; left at
their defaults, these come from the environment (:func:`engine_options`, :func:`store_for`).
"""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
from pathlib import Path

from .corpus import MARKER, Corpus, build_corpus, document_key, parse_stage, read_corpus
from .progress import progress_bar
from .reading import CorpusError, iter_documents


def cache_dir() -> Path | None:
    """The cache folder from ``PRESSLENS_CACHE_DIR``, or None (no caching)."""
    value = os.environ.get("PRESSLENS_CACHE_DIR", "")
    return Path(value) if value else None


def engine_options(engine: str = "local", workers: int | None = 0, scheduler: str | None = "") -> dict:
    """``{"engine", "workers", "scheduler"}`` for :func:`presslens.pipeline.run_stage`.

    An argument left at its default (``engine="local"``, ``workers=0`` meaning every core,
    ``scheduler=""`` meaning a LocalCluster) takes its value from PRESSLENS_ENGINE, PRESSLENS_WORKERS
    and PRESSLENS_SCHEDULER when those are set, so a notebook's parameters override ``presslens run``'s
    options and otherwise follow them. Only the keys with a value are returned.
    """
    engine = (engine or "local").strip()
    if engine == "local":
        engine = os.environ.get("PRESSLENS_ENGINE", "") or "local"
    opts: dict = {"engine": engine}
    if not workers and os.environ.get("PRESSLENS_WORKERS"):
        workers = int(os.environ["PRESSLENS_WORKERS"])
    if workers:
        opts["workers"] = int(workers)
    scheduler = scheduler or os.environ.get("PRESSLENS_SCHEDULER", "")
    if scheduler:
        opts["scheduler"] = scheduler
    return opts


def resolve_cache(cache: str | Path | bool | None = None) -> Path | None:
    """The cache folder to use: ``cache`` when a path, none when False or '', else :func:`cache_dir`."""
    if cache is None or cache is True:
        return cache_dir()
    if cache is False or cache == "":
        return None
    return Path(cache)


def store_for(stage, cache: str | Path | bool | None = None):
    """A :class:`~presslens.pipeline.Store` for ``stage`` in the cache folder (see :func:`resolve_cache`),
    or None when there is no cache."""
    from .pipeline import Store

    root = resolve_cache(cache)
    return Store(root, stage) if root is not None else None


def cached_corpus(path: str | Path, *, progress: bool | None = None, cache: str | Path | bool | None = None,
                  engine: str = "local", workers: int | None = 0, scheduler: str | None = "",
                  **options) -> Corpus:
    """:func:`~presslens.corpus.read_corpus` with the cache folder and engine taken from the arguments,
    or from the environment where left at their defaults.

    With a cache folder, the finished corpus (parsed, duplicates marked, dates checked) is also kept as a
    snapshot under ``<cache>/corpus/``, keyed by every document's parse key and today's date: the
    notebooks of one run (and any later run over unchanged files on the same day) load it instead of
    repeating the corpus-level passes. The newest :data:`SNAPSHOTS_KEPT` snapshots are kept.
    """
    root = resolve_cache(cache)
    p = Path(path)
    run = engine_options(engine, workers, scheduler)
    if root is None or (p.is_dir() and (p / MARKER).exists()):
        return read_corpus(path, progress=progress, cache_dir=root, **{**run, **options})
    docs = list(progress_bar(iter_documents(p, **options), desc="reading", unit="file", enable=progress))
    stage = parse_stage()
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{stage.version}\0{datetime.date.today().isoformat()}\0".encode())
    for d in docs:
        h.update(document_key(stage, d).encode())
    snap = root / "corpus" / h.hexdigest()
    if (snap / MARKER).exists():
        try:
            return Corpus.load(snap)
        except Exception:  # a damaged snapshot is rebuilt
            shutil.rmtree(snap, ignore_errors=True)
    corpus = build_corpus(docs, cache_dir=root, progress=progress, **run)
    if len(corpus) == 0:
        raise CorpusError(f"no articles found under {p}")
    tmp = snap.with_name(f".{snap.name}.{os.getpid()}.tmp")
    try:
        corpus.save(tmp, csv=False)
        os.replace(tmp, snap)
    except OSError:  # another process wrote the same snapshot first, or the disk is full: no matter
        shutil.rmtree(tmp, ignore_errors=True)
    _prune_snapshots(root / "corpus")
    return corpus


SNAPSHOTS_KEPT = 3


def _prune_snapshots(folder: Path) -> None:
    snaps = sorted((d for d in folder.iterdir() if d.is_dir() and not d.name.startswith(".")),
                   key=lambda d: d.stat().st_mtime, reverse=True)
    for old in snaps[SNAPSHOTS_KEPT:]:
        shutil.rmtree(old, ignore_errors=True)
