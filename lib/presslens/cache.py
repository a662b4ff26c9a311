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
import functools
import hashlib
import json
import os
import shutil
import time
from pathlib import Path

from .corpus import MARKER, Corpus, build_corpus, document_key, parse_stage, read_corpus
from .pipeline import file_lock
from .progress import progress_bar
from .reading import TABLE_SUFFIXES, CorpusError, corpus_file_names, file_ids, iter_documents


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
                  counts: bool = False, **options) -> Corpus | tuple[int, int, list[tuple[str, str]]]:
    """:func:`~presslens.corpus.read_corpus` with the cache folder and engine taken from the arguments,
    or from the environment where left at their defaults.

    With a cache folder, the finished corpus (parsed, duplicates marked, dates checked) is also kept as a
    snapshot under ``<cache>/corpus/``, keyed by every document's parse key and today's date: the
    notebooks of one run (and any later run over unchanged files on the same day) load it instead of
    repeating the corpus-level passes. The newest :data:`SNAPSHOTS_KEPT` snapshots are kept.

    Finding the snapshot needs no file to be read when a *file list* (see :func:`_listing`) recorded with
    it still matches every file's size, modification and change times and inode, and all of them are
    older than the list by :data:`RACY_SECONDS` (a file written in the same instant might not show its
    change in its times); otherwise the files that changed or are new are read and hashed, and the others
    (those of a folder holding one article each, listed the same and old enough) keep the key recorded
    for them, read again only if the parse cache lost their rows. Two processes wanting the same corpus
    build it once: the second waits for the first and loads its snapshot.

    With ``counts=True`` only :meth:`Corpus.counts <presslens.corpus.Corpus.counts>` is returned (articles,
    articles without story text, the first of these named), and a snapshot found is not loaded (its counts are
    recorded with it).
    """
    root = resolve_cache(cache)
    p = Path(path)
    run = engine_options(engine, workers, scheduler)
    if root is None or (p.is_dir() and (p / MARKER).exists()):
        corpus = read_corpus(path, progress=progress, cache_dir=root, **{**run, **options})
        return corpus.counts() if counts else corpus
    stage = parse_stage()
    today = datetime.date.today().isoformat()
    folder = root / "corpus"
    listing_file = folder / f"files-{_digest(str(p.resolve()), repr(sorted(options.items())), stage.version)}.json"
    listed_at = time.time_ns()
    listing = _listing(p)
    snap = _listed_snapshot(listing_file, listing, today)
    if snap is not None:
        if counts and (recorded := snapshot_counts(snap)) is not None:
            return recorded
        try:
            corpus = Corpus.load(snap)
            return corpus.counts() if counts else corpus
        except Exception:  # a damaged snapshot: read the files
            pass
    if p.is_dir():
        docs, keys, file_keys = _folder_documents(p, listing, _unchanged_keys(listing_file, listing), stage,
                                                  options, progress, workers=run.get("workers"))
    else:
        read = list(progress_bar(iter_documents(p, **options), desc="reading", unit="file", enable=progress))
        keys = [document_key(stage, d) for d in read]
        docs = _Documents(p, read, keys, stage, options)
        unread = any(q.startswith("unreadable: ") for d in read for q in d.problems)
        del read
        file_keys = [READ_AGAIN if unread else None] * len(listing)
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{stage.version}\0{today}\0".encode())
    for k in keys:
        h.update(k.encode())
    snap = folder / h.hexdigest()
    with file_lock(folder / ".lock"):
        corpus = None
        if counts and (snap / MARKER).exists() and (recorded := snapshot_counts(snap)) is not None:
            _write_listing(listing_file, listing, listed_at, snap.name, today, file_keys)
            return recorded
        if (snap / MARKER).exists():
            try:
                corpus = Corpus.load(snap)
            except Exception:  # a damaged snapshot is rebuilt
                shutil.rmtree(snap, ignore_errors=True)
        if corpus is None:
            corpus = build_corpus(docs, cache_dir=root, progress=progress, keys=keys, **run)
            if len(corpus) == 0:
                raise CorpusError(f"no articles found under {p}")
            tmp = snap.with_name(f".{snap.name}.{os.getpid()}.tmp")
            try:
                corpus.save(tmp, csv=False, parquet=False, arrow=True)  # memory-mapped by every notebook
                os.replace(tmp, snap)
            except OSError:  # another process wrote the same snapshot first, or the disk is full: no matter
                shutil.rmtree(tmp, ignore_errors=True)
            _prune_snapshots(folder)
        _write_listing(listing_file, listing, listed_at, snap.name, today, file_keys)
    return corpus.counts() if counts else corpus


def snapshot_counts(snapshot: Path) -> tuple[int, int, list[tuple[str, str]]] | None:
    """:meth:`Corpus.counts <presslens.corpus.Corpus.counts>` recorded with a corpus snapshot, None when not
    recorded (a snapshot an earlier version wrote)."""
    try:
        meta = json.loads((snapshot / MARKER).read_text(encoding="utf-8"))
        named = [(str(path), str(why)) for path, why in meta["without_text_named"]]
        return int(meta["articles"]), int(meta["without_text"]), named
    except (OSError, ValueError, KeyError, TypeError):
        return None


# A file whose modification or change time is this close to (or after) the moment its folder was listed
# is read again next time: its times may not yet show a change made in the same instant.
RACY_SECONDS = 2.0


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=8)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def _listing(path: Path) -> list[list]:
    """``[[path, size, mtime_ns, ctime_ns, inode, device, article id], ...]`` of the corpus's files, in reading
    order (``[path, None..., article id]`` for a file that cannot be stat'ed; the id :func:`~presslens.reading.file_ids`
    gives, None for a lone file). Any write to a file changes its ctime, which no tool can set back, so equal
    listings mean equal files (outside the racy window); a file whose id changed (a file named alike was added
    or removed beside it) is listed differently, so it is read again."""
    if path.is_dir():
        listed = corpus_file_names(path)[0]
        pairs = list(zip([full for _, full in listed], file_ids([rel for rel, _ in listed]), strict=True))
    else:
        pairs = [(str(path), None)]
    out = []
    for name, aid in pairs:
        try:
            st = os.stat(name)
            out.append([name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev, aid])
        except OSError:
            out.append([name, None, None, None, None, None, aid])
    return out


def _listed_snapshot(listing_file: Path, listing: list[list], today: str) -> Path | None:
    """The snapshot recorded with ``listing_file`` when the files are exactly as listed there, else None."""
    try:
        saved = json.loads(listing_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("date") != today or saved.get("files") != listing:
        return None
    snap = listing_file.parent / str(saved.get("snapshot", ""))
    return snap if saved.get("trusted") and (snap / MARKER).exists() else None


def _write_listing(listing_file: Path, listing: list[list], listed_at: int, snapshot: str, today: str,
                   file_keys: list[str | None]) -> None:
    """Record ``listing`` with the snapshot it gave, and the document key of each file (None for a table
    file, a file whose times are too close to the listing to be sure it did not change unseen, or one that
    could not be read: :data:`READ_AGAIN`). The snapshot is trusted (opened without reading a file while the
    listing stays the same) only when every file was read and is old enough."""
    limit = listed_at - int(RACY_SECONDS * 1e9)
    old = [f[2] is not None and f[2] < limit and f[3] < limit for f in listing]
    trusted = all(old) and READ_AGAIN not in file_keys
    keys = [k if ok and k != READ_AGAIN else None for k, ok in zip(file_keys, old, strict=True)]
    tmp = listing_file.with_name(f".{listing_file.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps({"date": today, "snapshot": snapshot, "trusted": trusted, "files": listing,
                                   "keys": keys}), encoding="utf-8")
        os.replace(tmp, listing_file)
    except OSError:  # a read-only cache: the files are read each time
        tmp.unlink(missing_ok=True)


def _unchanged_keys(listing_file: Path, listing: list[list]) -> dict[int, str]:
    """Positions in ``listing`` of the files listed exactly the same in the recorded file list, with the
    document key recorded for them (files that had one: see :func:`_write_listing`)."""
    try:
        saved = json.loads(listing_file.read_text(encoding="utf-8"))
        files, keys = saved["files"], saved["keys"]
        recorded = {f[0]: (f, k) for f, k in zip(files, keys, strict=True) if isinstance(k, str)}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}
    out = {}
    for i, f in enumerate(listing):
        hit = recorded.get(f[0])
        if hit is not None and hit[0] == f and f[1] is not None:
            out[i] = hit[1]
    return out


# Reading a file and hashing it takes about 0.15 ms: below this many files to read, starting processes
# costs more than it saves.
READ_PARALLEL_MIN = 1000


def _folder_documents(root: Path, listing: list[list], unchanged: dict[int, str], stage, options: dict,
                      progress: bool | None, *, workers: int | None = None
                      ) -> tuple[_Documents, list[str], list[str | None]]:
    """The documents of the corpus folder ``root`` (its files as ``listing`` lists them), their keys, and
    each file's key when it holds one article (None for a table). The files in ``unchanged`` are not
    read: their recorded key stands, and the document is read only if asked for. With at least
    :data:`READ_PARALLEL_MIN` files to read and more than one worker (default: every core), worker
    processes read and hash them, a chunk of files each at a time."""
    from .cores import workers_default

    todo = [(listing[i][0], listing[i][6]) for i in range(len(listing)) if i not in unchanged]
    n = workers or workers_default()
    if n > 1 and len(todo) >= READ_PARALLEL_MIN:
        read = _read_parallel(root, todo, stage, options, n)
    else:
        read = map(functools.partial(_read_file, root, stage, options), todo)
    read = iter(progress_bar(read, desc="reading", unit="file", total=len(todo), enable=progress))
    items: list = []
    keys: list[str] = []
    file_keys: list[str | None] = []
    for i in range(len(listing)):
        if i in unchanged:
            items.append((Path(listing[i][0]), listing[i][6]))
            keys.append(unchanged[i])
            file_keys.append(unchanged[i])
            continue
        docs, doc_keys, file_key = next(read)
        items.extend(docs)
        keys.extend(doc_keys)
        file_keys.append(file_key)
    return _Documents(root, items, keys, stage, options), keys, file_keys


# The file key recorded for a file that could not be read (see _read_file).
READ_AGAIN = ""


def _read_file(root: Path, stage, options: dict, item: tuple[str, str]) -> tuple[list, list[str], str | None]:
    """One file's documents (``item``: its path and article id), their keys, and the file's key when it holds one
    article (else None; :data:`READ_AGAIN` when it could not be read).

    A read can fail while the file's listing stays the same (an input/output error, a network share timing out,
    a file locked by the program writing it): its row saying so must not stand for the file until the file
    changes, as a recorded key would make it, but last only until the next run reads it again."""
    from .reading import file_documents

    f = Path(item[0])
    docs = list(file_documents(root, f, article_id=item[1], **options))
    keys = [document_key(stage, d) for d in docs]
    if f.suffix.lower() in TABLE_SUFFIXES or len(docs) != 1:
        return docs, keys, None
    if any(p.startswith("unreadable: ") for p in docs[0].problems):
        return docs, keys, READ_AGAIN
    return docs, keys, keys[-1]


def _read_files(root: Path, stage, options: dict, items: list[tuple[str, str]]
                ) -> list[tuple[list, list[str], str | None]]:
    return [_read_file(root, stage, options, item) for item in items]


def _read_parallel(root: Path, names: list[tuple[str, str]], stage, options: dict, workers: int):
    """:func:`_read_file` of each of ``names``, in order, computed by ``workers`` processes."""
    from concurrent.futures import ProcessPoolExecutor

    from .pipeline import _chunks

    chunks = _chunks(names, max(32, min(256, len(names) // (workers * 8))))
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for part in pool.map(functools.partial(_read_files, root, stage, options), chunks):
            yield from part
    finally:  # on an error (or the reader stopping early) the chunks not started are dropped
        pool.shutdown(wait=True, cancel_futures=True)


class _Documents:
    """The documents of :func:`_folder_documents` (or of one table file, all read), a file not read yet (an
    item ``(path, article id)``) being read when asked for; raises CorpusError when it no longer gives the key recorded for it (changed
    while the corpus was read). :meth:`release` lets go of the documents read once they are parsed."""

    def __init__(self, root: Path, items: list, keys: list[str], stage, options: dict):
        self.root, self.items, self.keys, self.stage, self.options = root, items, keys, stage, options

    def __len__(self) -> int:
        return len(self.items)

    def release(self) -> None:
        """Forget the documents read (their texts): called once they are parsed."""
        self.items = [item if isinstance(item, tuple) else None for item in self.items]

    def __getitem__(self, i: int):
        from .reading import file_documents

        item = self.items[i]
        if not isinstance(item, tuple):
            return item
        docs = list(file_documents(self.root, item[0], article_id=item[1], **self.options))
        if len(docs) != 1 or document_key(self.stage, docs[0]) != self.keys[i]:
            raise CorpusError(f"{item[0]} changed while the corpus was being read; run again")
        return docs[0]


SNAPSHOTS_KEPT = 3


def _prune_snapshots(folder: Path) -> None:
    """Keep the newest :data:`SNAPSHOTS_KEPT` snapshots, and the file lists that name one of them.

    Also removes the temporary snapshots and file lists (``.<name>.<pid>.tmp``) of a process killed while
    writing them: they are written under the folder's lock, which the caller holds, so any found now is
    a leftover, and a snapshot is several times the corpus's text."""
    for stray in folder.glob(".*.tmp"):
        if stray.is_dir():
            shutil.rmtree(stray, ignore_errors=True)
        else:
            stray.unlink(missing_ok=True)
    snaps = sorted((d for d in folder.iterdir() if d.is_dir() and not d.name.startswith(".")),
                   key=lambda d: d.stat().st_mtime, reverse=True)
    for old in snaps[SNAPSHOTS_KEPT:]:
        shutil.rmtree(old, ignore_errors=True)
    kept = {d.name for d in snaps[:SNAPSHOTS_KEPT]}
    for listing_file in folder.glob("files-*.json"):
        try:
            if json.loads(listing_file.read_text(encoding="utf-8")).get("snapshot") not in kept:
                listing_file.unlink()
        except (OSError, ValueError, AttributeError):
            listing_file.unlink(missing_ok=True)
