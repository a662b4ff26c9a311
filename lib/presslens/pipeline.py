"""Per-article stages: cached by content, run on every core, or on a Dask cluster.

A :class:`Stage` is a pure function from one *unit* (a document, or one article's sentences) to rows of
one or more tables, plus a version string naming the code (and data, e.g. a lexicon) that produced
them. :func:`run_stage` runs a stage over many units:

* **cached** — each unit has a key (a hash of its content and the stage version); rows already in the
  :class:`Store` for a key are read back, only new or changed units are processed;
* **parallel** — the ``local`` engine spreads units over processes (all cores), with a progress bar;
* **distributed** — the ``dask`` engine maps the same function over a ``dask.bag`` on a
  ``distributed`` cluster (a LocalCluster by default, or the scheduler at ``scheduler``).

Results are in unit order and identical whatever the engine or cache state.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import math
import os
import shutil
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Container, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

try:
    import fcntl
except ImportError:  # not on Windows: no lock, as before
    fcntl = None

from . import cores, schema
from .progress import progress_bar

KEY = "_key"
ENGINES = ("local", "dask")
# Below this many units, starting processes costs more than it saves.
PARALLEL_MIN_UNITS = 64


@dataclass(frozen=True)
class Stage:
    """A per-article stage: ``func(unit) -> {table: [row dict, ...]}`` for the named ``tables``.

    A *batch* stage (``batch=True``) is vectorized over a chunk of units instead:
    ``func([(key, unit), ...]) -> {table: DataFrame}``, each frame holding a ``_key`` column that says
    which unit a row belongs to, rows grouped by unit in the order given. Keys, caching and engines are the
    same; only the cost per unit drops (one pandas call per chunk, not per article).

    ``before_fork``, when given, is called in this process before the stage's worker processes start: what it
    makes (tables every worker would build for itself) the forked workers find made. Not part of the key.
    """

    name: str
    version: str
    func: Callable[[Any], Any]
    tables: tuple[str, ...]
    batch: bool = False
    before_fork: Callable[[], Any] | None = field(default=None, compare=False)


def source_version(*modules: str, data_files: Sequence[str | Path] = ()) -> str:
    """A version string for a stage: a hash of the named presslens modules' source and any data files,
    so that changing the code (or a lexicon) invalidates cached results."""
    here = Path(__file__).parent
    h = hashlib.blake2b(digest_size=8)
    for name in modules:
        p = here / f"{name}.py"
        h.update(p.read_bytes() if p.exists() else name.encode())
    for f in data_files:
        p = Path(f)
        h.update(p.name.encode())
        h.update(p.read_bytes() if p.is_file() else b"")
    return h.hexdigest()


def content_key(stage: Stage, *parts: str | bytes | memoryview) -> str:
    """Cache key of a unit: a hash of the stage name, its version and the unit's content (strings as
    UTF-8)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{stage.name}\0{stage.version}\0".encode())
    for p in parts:
        h.update(p if isinstance(p, bytes | memoryview) else p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


@contextmanager
def file_lock(path: str | Path, *, wait: bool = True):
    """Hold an exclusive ``flock`` on ``path`` (created with its folder if missing) while inside; other
    processes asking for the same lock wait. With ``wait=False``, yields None at once instead of waiting
    when another process holds it. No lock where ``fcntl`` is missing (Windows)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as fh:
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                yield None
                return
        try:
            yield path
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


# Versions of a stage's results kept in the cache: the ones most recently used (say the current code and
# the one before, or two gazetteers in turn); older versions are deleted when a run uses the stage.
VERSIONS_KEPT = 3


class Store:
    """Rows of one stage kept as Parquet parts under ``root/<stage>/<version>/``, each row tagged with its
    unit key.

    ``<table>/part-*.parquet`` hold the rows, ``_keys/part-*.parquet`` the keys each part covers (so a
    unit that produced no row is still known to be done). :meth:`locked` serializes the processes that
    fill the same store; :meth:`compact` merges many small parts (one per run that added units) into one;
    :meth:`prune` deletes the folders of versions not used lately (:data:`VERSIONS_KEPT`).
    """

    def __init__(self, root: str | Path, stage: Stage):
        self.stage_dir = Path(root) / stage.name
        self.dir = self.stage_dir / ("v-" + hashlib.blake2b(stage.version.encode(), digest_size=8).hexdigest())
        self.stage = stage

    def touch(self) -> None:
        """Record that this version was used now (the mtime of ``.used`` in its folder)."""
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / ".used").touch()

    def prune(self, *, keep: int = VERSIONS_KEPT) -> list[Path]:
        """Delete the folders of this stage's other versions beyond the ``keep`` most recently used
        (this one counts), skipping any another process holds locked; returns those deleted."""
        if not self.stage_dir.is_dir():
            return []

        def last_used(d: Path) -> float:
            try:
                return (d / ".used").stat().st_mtime
            except OSError:
                return d.stat().st_mtime

        others = sorted((d for d in self.stage_dir.iterdir() if d.is_dir() and d != self.dir),
                        key=last_used, reverse=True)
        removed = []
        for d in others[max(0, keep - 1):]:
            with file_lock(d / ".lock", wait=False) as held:
                if held is None:  # in use right now
                    continue
                shutil.rmtree(d, ignore_errors=True)
            removed.append(d)
        return removed

    def _parts(self, table: str) -> list[Path]:
        d = self.dir / table
        return sorted(d.glob("part-*.parquet")) if d.is_dir() else []

    def locked(self):
        """Hold an exclusive lock on this store (a ``flock`` on ``.lock`` in its folder) while inside:
        another process computing the same stage waits, then finds the units this one added."""
        return file_lock(self.dir / ".lock")

    def _index(self) -> dict[str, set[str]]:
        """``{part file name: the unit keys it covers}`` for the complete parts."""
        index: dict[str, set[str]] = {}
        for p in self._parts("_keys"):
            try:
                index[p.name] = set(pq.read_table(p, columns=[KEY]).column(KEY).to_pylist())
            except Exception:  # an unreadable part is ignored; its units are simply recomputed
                continue
        return index

    def keys(self) -> set[str]:
        return set().union(*self._index().values())

    def get(self, keys: set[str], *, index: dict[str, set[str]] | None = None) -> dict[str, pd.DataFrame]:
        """``{table: rows of the given keys}`` (None for a table with no part to read), rows grouped by part."""
        return self._read(keys, index)[0]

    def _read(self, keys: set[str], index: dict[str, set[str]] | None = None,
              ) -> tuple[dict[str, pd.DataFrame | None], set[str]]:
        """The rows of ``keys`` and the keys whose rows could not be read (a damaged part).

        Each key's rows come from one part only (the first that covers it), so overlapping parts (an
        interrupted compaction) never double rows. Only parts covering a wanted key are read, so parts of
        an older version or of units no longer in the corpus cost nothing; a part wanted whole is read
        without a filter, the others with a key filter applied in Arrow before pandas sees the rows.
        """
        index = self._index() if index is None else index
        take: dict[str, tuple[set[str], bool]] = {}  # part -> (its keys to take, all of the part?)
        left = set(keys)
        for name, covered in index.items():
            mine = covered & left
            if mine:
                left -= mine
                take[name] = (mine, len(mine) == len(covered))
        lost: set[str] = set()
        frames: dict[str, list[pd.DataFrame]] = {t: [] for t in self.stage.tables}
        for name, (mine, whole) in take.items():
            try:
                got = {t: _read_part(self.dir / t / name, None if whole else mine) for t in self.stage.tables}
            except Exception:  # a damaged part: its units are computed again
                lost |= mine
                continue
            for t, df in got.items():
                frames[t].append(df)
        out = {t: _joined(fs) for t, fs in frames.items()}
        return out, lost

    def put(self, keys: list[str], rows: dict[str, pd.DataFrame], *, ages: list[int] | None = None) -> None:
        """Store the rows of ``keys`` as a new part (``ages``: the units' ages, see :meth:`compact`). When a
        table cannot be written (a full disk), the tables written already are removed before the error is
        raised: without its key list the part would never be read, nor deleted."""
        if not keys:
            return
        part = f"part-{uuid.uuid4().hex}.parquet"
        try:
            for table, df in rows.items():
                _write_atomic(df, self.dir / table / part)
            # The key list goes last: a part counts only once all its tables are written.
            listed = pd.DataFrame({KEY: keys} if ages is None else {KEY: keys, AGE: pd.Series(ages, dtype="int32")})
            _write_atomic(listed, self.dir / "_keys" / part)
        except BaseException:
            for table in rows:
                (self.dir / table / part).unlink(missing_ok=True)
            raise

    def sweep(self) -> int:
        """Delete what a process killed while writing left in this store (call it inside :meth:`locked`, as
        every writer is): temporary files (``.part-*.tmp``) and table parts without a key list (the
        process died before writing it, so they are never read). Returns how many files went. A listing
        of a few folders of a few parts each: nothing to measure."""
        keys_dir = self.dir / "_keys"
        try:
            with os.scandir(keys_dir) as it:
                listed = {e.name for e in it}
        except OSError:
            listed = set()
        removed = 0
        for folder in (*self.stage.tables, "_keys"):
            try:
                with os.scandir(self.dir / folder) as it:
                    names = [e.name for e in it]
            except OSError:
                continue
            for name in names:
                stray = name.endswith(".tmp") if name.startswith(".") else \
                    folder != "_keys" and name.startswith("part-") and name not in listed
                if stray:
                    with contextlib.suppress(OSError):
                        (self.dir / folder / name).unlink()
                        removed += 1
        return removed

    def compact(self, *, max_parts: int = 1, wanted: Container[str] | None = None) -> bool:
        """Merge all parts into one when there are more than ``max_parts``; returns whether it did.

        ``wanted``: the keys of the units the calling run asked for. A unit not among them at
        :data:`STALE_COMPACTIONS` compactions in a row (its age, kept in the key list) is left out of the
        merged part: the rows of a file edited or deleted since, or of every file of an archive exported
        again with a new download date each night, would otherwise be kept for as long as the code version
        stays the same, the store growing by them run after run. A unit asked for again later is computed
        again; the results are the same. Left None, every unit is kept.

        The merged part is complete (its key list written) before the old parts go, key lists first, and
        nothing is removed when a part cannot be read. Call it inside :meth:`locked`."""
        index = self._index()
        if len(index) <= max_parts:
            return False
        keys = set().union(*index.values())
        ages = None
        if wanted is not None:
            before = self._ages(index)
            ages = {k: 0 if k in wanted else before.get(k, 0) + 1 for k in keys}
            keys = {k for k in keys if ages[k] < STALE_COMPACTIONS}
        rows, lost = self._read(keys, index)
        if lost:
            return False
        kept = sorted(keys)
        self.put(kept, {t: df if df is not None else _empty_table(t) for t, df in rows.items()},
                 ages=None if ages is None else [ages[k] for k in kept])
        for folder in ("_keys", *self.stage.tables):
            for name in index:
                (self.dir / folder / name).unlink(missing_ok=True)
        return True

    def _ages(self, index: dict[str, set[str]]) -> dict[str, int]:
        """Each unit's age (see :meth:`compact`) as the key lists of ``index`` record it: 0 where not recorded
        (a part a run added: its units were all asked for)."""
        ages: dict[str, int] = {}
        for name in index:
            try:
                table = pq.read_table(self.dir / "_keys" / name)
            except Exception:  # read by _index a moment ago: then its units are simply of age 0
                continue
            if AGE in table.column_names:
                ages.update(zip(table.column(KEY).to_pylist(), table.column(AGE).to_pylist(), strict=True))
        return ages


def _joined(frames: list[pd.DataFrame]) -> pd.DataFrame | None:
    """Parts' rows put together. Empty parts are left out when any holds rows: they add none, and their
    columns' types (a part of no rows may have stored an integer column as float or null) would otherwise
    change those of the rows (pandas gives int64 and float64 together float64, with object ints as objects)."""
    if not frames:
        return None
    full = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(full, ignore_index=True) if len(full) > 1 else full[0]


def _empty_table(table: str) -> pd.DataFrame:
    df = schema.empty(table) if table in schema.TABLES else pd.DataFrame()
    return df.assign(**{KEY: pd.Series([], dtype=object)})


_READ_BATCH = 1024  # rows decoded at a time when a part is read
_READ_CHUNK_BYTES = 32 << 20  # decoded batches put together into chunks of about this size


def _read_part(path: Path, keys: set[str] | None) -> pd.DataFrame:
    """A part's rows (only those of ``keys`` unless None), list columns as Python lists like fresh rows.

    The file is decoded a batch of rows at a time, each batch filtered before the next is read: reading a
    whole part at once holds its compressed and decoded pages besides the table (the tokens of 20k
    articles: 560 MB at the peak for a 230 MB table, 370 MB in batches). The batches are put together into
    chunks of about _READ_CHUNK_BYTES, so a column is not thousands of small arrays."""
    import pyarrow.compute as pc

    with pq.ParquetFile(path, pre_buffer=False) as f:
        schema_ = f.schema_arrow
        wanted = pa.array(sorted(keys), type=schema_.field(KEY).type) \
            if keys is not None and f.metadata.num_rows else None
        chunks, batches, size = [], [], 0
        for batch in f.iter_batches(batch_size=_READ_BATCH, use_threads=False):
            if wanted is not None:
                batch = batch.filter(pc.is_in(batch.column(KEY), value_set=wanted))
            batches.append(batch)
            size += batch.nbytes
            if size >= _READ_CHUNK_BYTES:  # a few large chunks, not one per batch
                chunks.append(pa.Table.from_batches(batches, schema=schema_).combine_chunks())
                batches, size = [], 0
        if batches or not chunks:
            chunks.append(pa.Table.from_batches(batches, schema=schema_).combine_chunks())
        del batches
    df = pa.concat_tables(chunks).to_pandas(types_mapper=_text_types())
    del chunks
    lists = [f.name for f in schema_ if pa.types.is_list(f.type) or pa.types.is_large_list(f.type)]
    # a Python list per row and list column (the events of 20k articles: 350k) sets off the cyclic
    # collector's passes, young ones every 700 lists and whole-heap ones as the survivors pile up, for
    # nothing: lists of strings and numbers hold no cycle. It is paused while they are made.
    with gc_paused():
        for col in lists:  # object dtype also when no row is left
            df[col] = pd.Series([v.tolist() if v is not None else None for v in df[col]], index=df.index,
                                dtype=object)
    return df


def _text_types():
    """The ``types_mapper`` that makes Arrow text into pandas' default text dtype, as ``pd.read_parquet``
    does (pyarrow 19 and later do it by themselves; before, pandas 3 asked for it), or None where that
    dtype is ``object`` (pandas 2)."""
    text = pd.Series([], dtype="str").dtype
    if not isinstance(text, pd.StringDtype):
        return None
    return lambda t: text if pa.types.is_string(t) or pa.types.is_large_string(t) else None


# Parts kept per stage before a run merges them (a nightly run over a grown corpus adds one).
MAX_PARTS = 8
# Compactions in a row at which a unit was not asked for before its rows are dropped (see Store.compact):
# with a compaction every MAX_PARTS runs that add units, a few weeks of nightly runs.
STALE_COMPACTIONS = 3
AGE = "_age"  # the column of a key list holding each unit's age


# What _write_atomic writes (stage parts, the duplicate search's pairs) is compressed with LZ4 (Parquet's
# LZ4_RAW), not pandas' default Snappy: smaller, and decoded in a quarter of the CPU (the tokens of 20k
# articles: 63 instead of 85 MB, 0.09-0.10 instead of 0.30-0.37 s). Files written before, in Snappy, are
# read as they are.
PART_COMPRESSION = "lz4"


def _write_atomic(df: pd.DataFrame, path: Path) -> None:
    """Write ``df`` to ``path`` through a temporary file, which a failure (a full disk) removes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        df.to_parquet(tmp, index=False, compression=PART_COMPRESSION)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def gc_paused():
    """Python's cyclic garbage collector paused inside (and restored after, when it was on).

    Per-article work makes and drops millions of small lists and tuples (tokens, matches, rows), all
    freed by reference counting; the collector's passes over them, and over everything else the process
    holds, cost 3-5% of the stages' time and nothing is left for them to find. A collection runs as usual
    once the work is done."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _apply_chunk(func: Callable, keyed_units: Iterable[tuple[str, Any]]) -> list[tuple[str, dict[str, list[dict]]]]:
    with gc_paused():
        return [(key, func(unit)) for key, unit in keyed_units]


def _apply_batch(func: Callable, keyed_units: list[tuple[str, Any]]) -> list[tuple[list[str], dict[str, pd.DataFrame]]]:
    with gc_paused():
        return [([k for k, _ in keyed_units], func(keyed_units))]


def _chunks(seq: Sequence, size: int) -> Sequence[list]:
    """``seq`` cut into lists of ``size`` items (the last shorter), each made when asked for."""
    return _Slices(seq, size)


class LazySequence(Sequence):
    """A sequence whose items are made only when asked for (:meth:`_unit`, given an index in range); a
    slice gives a list."""

    def __getitem__(self, i):
        n = len(self)
        if isinstance(i, slice):
            return [self._unit(k) for k in range(*i.indices(n))]
        if not -n <= i < n:
            raise IndexError(i)
        return self._unit(i % n)

    def _unit(self, i: int):
        raise NotImplementedError


class _Slices(LazySequence):
    def __init__(self, seq: Sequence, size: int):
        self._seq, self._size = seq, size

    def __len__(self) -> int:
        return -(-len(self._seq) // self._size)

    def _unit(self, i: int) -> list:
        return list(self._seq[i * self._size:(i + 1) * self._size])


class _Pending(LazySequence):
    """The ``(key, unit)`` pairs of the units to compute, each unit taken from the stage's units (which
    may make it only then) when asked for: cut into chunks, only the chunks being computed or waiting to
    be are held at once, not every unit of the stage."""

    def __init__(self, units: Sequence, keys: list[str], rows: list[int]):
        self._units, self._keys, self._rows = units, keys, rows

    def __len__(self) -> int:
        return len(self._rows)

    def _unit(self, i: int) -> tuple[str, Any]:
        return self._keys[i], self._units[self._rows[i]]


def _ordered_results(pool, func: Callable, fn: Callable, chunks: Sequence, window: int):
    """``pool.map(func, [fn] * len(chunks), chunks)``, submitting a chunk only when fewer than ``window``
    wait or run, so that only those chunks' units are held (``map`` would make them all at once); results
    in chunk order. Chunks not started are cancelled when the caller stops early."""
    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(func, fn, chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def in_process(n_units: int, *, engine: str = "local", workers: int | None = None, **_options) -> bool:
    """Whether :func:`run_stage` computes ``n_units`` units in this process: the local engine with one
    worker, or too few units (:data:`PARALLEL_MIN_UNITS`) to pay for starting processes. ``_options``
    takes the rest of :func:`presslens.cache.engine_options` (a scheduler) unused."""
    return engine == "local" and ((workers or cores.workers_default()) <= 1 or n_units < PARALLEL_MIN_UNITS)


def _compute(stage: Stage, keyed: list[tuple[str, Any]], *, engine: str, workers: int | None,
             scheduler: str | None, progress: bool | None) -> list:
    """Results of ``stage`` on the keyed units: ``[(key, rows)]`` for a row stage, ``[(keys, frames)]``
    (one per chunk) for a batch stage."""
    if not keyed:
        return []
    if engine == "dask":
        return _compute_dask(stage, keyed, scheduler=scheduler, workers=workers, progress=progress)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose one of {ENGINES}")
    apply = _apply_batch if stage.batch else _apply_chunk
    n = workers or cores.workers_default()
    if in_process(len(keyed), engine=engine, workers=n):
        if not stage.batch:
            return _apply_chunk(stage.func, progress_bar(keyed, desc=stage.name, unit="article", enable=progress))
        chunks = _chunks(keyed, 512)
        bar = progress_bar(chunks, desc=stage.name, unit="chunk", enable=progress, min_items=2)
        return [r for chunk in bar for r in apply(stage.func, chunk)]
    size = max(8, min(256, len(keyed) // (n * 8) or 1))
    chunks = _chunks(keyed, size)
    out: list = []
    if stage.before_fork is not None:
        stage.before_fork()
    with ProcessPoolExecutor(max_workers=n) as pool:
        results = _ordered_results(pool, apply, stage.func, chunks, window=4 * n)
        bar = progress_bar(results, desc=stage.name, unit="chunk", total=len(chunks), enable=progress)
        for part in bar:
            out.extend(part)
    return out


def _compute_dask(stage: Stage, keyed: list[tuple[str, Any]], *, scheduler: str | None,
                  workers: int | None, progress: bool | None = None) -> list:
    """The units cut into partitions (four per worker), each scattered to the cluster and submitted as a
    task; a progress bar advances as tasks finish, and the results are gathered in unit order."""
    from distributed import as_completed

    n = workers or cores.workers_default()
    client = dask_client(scheduler, workers=n)
    size = math.ceil(len(keyed) / max(1, min(len(keyed), n * 4)))
    parts = client.scatter(list(_chunks(keyed, size)))
    apply = _apply_batch if stage.batch else _apply_chunk
    futures = [client.submit(apply, stage.func, part, pure=False) for part in parts]
    try:
        for _ in progress_bar(as_completed(futures), desc=stage.name, unit="chunk", total=len(futures),
                              enable=progress, min_items=2):
            pass
        return [r for part in client.gather(futures) for r in part]
    finally:
        client.cancel(futures + parts)


_CLIENTS: dict[tuple[str, int], Any] = {}


def dask_client(scheduler: str | None = None, *, workers: int | None = None):
    """A ``distributed`` client for the scheduler at ``scheduler``, or for a LocalCluster of ``workers``
    single-threaded worker processes (default: every core) started on first use. Kept for the life of the
    process, so the stages of one notebook or run share one cluster; closed at exit."""
    from distributed import Client, LocalCluster

    key = (scheduler or "", 0 if scheduler else (workers or cores.workers_default()))
    client = _CLIENTS.get(key)
    if client is not None and client.status == "running":
        return client
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=key[1], threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    if not _CLIENTS:
        atexit.register(close_dask_clients)
    _CLIENTS[key] = client
    return client


def close_dask_clients() -> None:
    """Close the clients (and the LocalClusters) started by :func:`dask_client`."""
    while _CLIENTS:
        _, client = _CLIENTS.popitem()
        cluster = client.cluster
        try:
            client.close()
            if cluster is not None:
                cluster.close()
        except Exception:  # shutting down anyway
            pass


def _frames(stage: Stage, computed: list) -> dict[str, pd.DataFrame]:
    if stage.batch:
        return _batch_frames(stage, computed)
    out = {}
    for table in stage.tables:
        rows = [r for _, res in computed for r in res.get(table, [])]
        keys = [key for key, res in computed for _ in range(len(res.get(table, [])))]
        df = schema.frame(table, rows) if table in schema.TABLES else pd.DataFrame(rows)
        df[KEY] = keys if rows else pd.Series([], dtype=object)
        out[table] = df
    return out


def _batch_frames(stage: Stage, computed: list[tuple[list[str], dict[str, pd.DataFrame]]]) -> dict[str, pd.DataFrame]:
    out = {}
    for table in stage.tables:
        parts = [frames[table] for _, frames in computed if frames.get(table) is not None]
        nonempty = [p for p in parts if len(p)]
        if nonempty:
            out[table] = pd.concat(nonempty, ignore_index=True)
        elif parts:
            out[table] = parts[0].iloc[0:0].reset_index(drop=True)
        else:
            df = schema.empty(table) if table in schema.TABLES else pd.DataFrame()
            out[table] = df.assign(**{KEY: pd.Series([], dtype=object)})
    return out


def _done_keys(stage: Stage, computed: list) -> list[str]:
    if stage.batch:
        return [k for keys, _ in computed for k in keys]
    return [k for k, _ in computed]


# Per stage name, of the last :func:`run_stage` in this process: (units read back from the store, units computed),
# counting units of identical content once; what a run reports about reusing its cache.
STAGE_COUNTS: dict[str, tuple[int, int]] = {}


def run_stage(stage: Stage, units: Sequence[Any], keys: Sequence[str], *, store: Store | None = None,
              engine: str = "local", workers: int | None = None, scheduler: str | None = None,
              progress: bool | None = None) -> dict[str, pd.DataFrame]:
    """Run ``stage`` over ``units`` (with their cache ``keys``), reusing ``store`` and filling it.

    Returns ``{table: DataFrame}`` with each table's rows in unit order (rows of one unit in the order
    the stage produced them). ``engine`` is ``local`` (processes on this machine, ``workers`` of them,
    default all cores) or ``dask`` (``scheduler`` address, default a LocalCluster).

    With a store, finding the missing units, computing and storing them happen under the store's lock
    (:meth:`Store.locked`): two processes running the same stage over the same units compute them once,
    the second reading what the first stored.
    """
    if len(units) != len(keys):
        raise ValueError("run_stage needs one key per unit")
    order: dict[str, int] = {}
    for i, k in enumerate(keys):
        order.setdefault(k, i)
    with store.locked() if store is not None else nullcontext():
        cached: dict[str, pd.DataFrame | None] = {}
        done: set[str] = set()
        if store is not None:
            store.touch()
            index = store._index()
            done = set().union(*index.values()) & order.keys()
            if done:
                cached, lost = store._read(done, index)
                done -= lost
        # Units with identical keys (identical content) are computed once.
        todo_keys = [k for k in order if k not in done]
        STAGE_COUNTS[stage.name] = (len(order) - len(todo_keys), len(todo_keys))
        todo = _Pending(units, todo_keys, [order[k] for k in todo_keys])
        computed = _compute(stage, todo, engine=engine, workers=workers, scheduler=scheduler, progress=progress)
        del todo
        fresh = _frames(stage, computed)
        done_keys = _done_keys(stage, computed) if store is not None and computed else []
        del computed  # the chunks' own frames go before the fresh rows are written (two copies otherwise)
        if store is not None:
            store.sweep()
        if done_keys:
            try:
                store.put(done_keys, fresh)
                store.compact(max_parts=MAX_PARTS, wanted=order.keys())
            except OSError as exc:  # a full or read-only disk: the results stand, only the cache misses them
                # (said in the notebook's output, hence in its report: without the cache's path on this machine)
                warnings.warn(f"presslens could not keep the {stage.name} results in its cache "
                              f"({exc.strerror or exc}); they will be computed again next time", stacklevel=2)
    if store is not None:
        store.prune()
    out = {}
    for table in stage.tables:
        parts = [df for df in (cached.get(table), fresh[table]) if df is not None and len(df)]
        df = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0] if parts else fresh[table]
        df = _expand(df, keys, order)
        out[table] = df.drop(columns=[KEY]).reset_index(drop=True)
    return out


def _expand(df: pd.DataFrame, keys: Sequence[str], order: dict[str, int]) -> pd.DataFrame:
    """Rows in unit order; a key shared by several units (identical content) yields rows for the first."""
    if df.empty:
        return df
    codes, uniques = pd.factorize(df[KEY], sort=False)  # each distinct key looked up once, not each row
    pos = np.fromiter((order[k] for k in uniques.tolist()), dtype=np.int64, count=len(uniques))[codes]
    if len(pos) < 2 or bool((pos[1:] >= pos[:-1]).all()):
        return df
    perm = np.argsort(pos, kind="stable")
    # Rows from a few parts (the cache's and this run's new units) come in a few runs of consecutive rows:
    # the runs are put together in order (text columns keep their Arrow buffers as chunks) instead of
    # every row being gathered one by one into new buffers.
    starts = np.r_[0, np.flatnonzero(np.diff(perm) != 1) + 1]
    if len(starts) <= _MAX_RUNS:
        ends = np.r_[starts[1:], len(perm)]
        return pd.concat([df.iloc[int(perm[a]):int(perm[a]) + int(b - a)] for a, b in zip(starts, ends, strict=True)])
    return df.take(perm)


_MAX_RUNS = 256  # at most this many runs of rows in order are put together rather than taken row by row


# --- per-article units of a sentences table (the sentence-level stages: sentiment, targets, actors) ---

_I8 = np.dtype("<i8")


def plain_texts(column: pd.Series) -> list[str]:
    """A text column as a list of str, None and NaN as ''."""
    return [t if isinstance(t, str) else "" if t is None or pd.isna(t) else str(t)
            for t in column.to_numpy(dtype=object).tolist()]


def arrow_text(column: pd.Series):
    """The column as one pyarrow large_string array when it is Arrow-backed text without missing values,
    else None."""
    if not (isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow") and \
            not (isinstance(column.dtype, pd.ArrowDtype) and pa.types.is_string(column.dtype.pyarrow_dtype)):
        return None
    arr = pa.array(column.array)
    arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
    if arr.null_count:
        return None
    return arr.cast(pa.large_string())


def unit_rows(keys: Sequence[str], n_rows: int) -> np.ndarray:
    """Row numbers into a stage's output (one row per distinct key, in the order keys first appear) for
    the units in unit order (units with the same key, hence the same content, share the row)."""
    first: dict[str, int] = {}
    rows = [first.setdefault(k, len(first)) for k in keys]
    if len(first) != n_rows:
        raise RuntimeError(f"the stage returned {n_rows} rows for {len(first)} units")
    return np.asarray(rows, dtype="int64")


def article_runs(article_ids: pd.Series) -> np.ndarray:
    """Start rows of the runs of consecutive rows of one article, and the row count at the end."""
    codes = pd.factorize(article_ids)[0]
    return np.concatenate([[0], np.flatnonzero(codes[1:] != codes[:-1]) + 1, [len(codes)]]).astype("int64")


def equal_runs(values: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of equal consecutive ``values`` (grouped values: each value's rows in one run),
    in order; ``[(0, 0)]`` for no values.

    >>> equal_runs(np.array([3, 3, 1, 2, 2, 2]))
    [(0, 2), (2, 3), (3, 6)]
    """
    cut = np.flatnonzero(np.diff(values)) + 1
    return list(zip(np.concatenate(([0], cut)).tolist(), np.concatenate((cut, [len(values)])).tolist(), strict=True))


def utf8_buffers(texts: list[str]) -> tuple[bytes | memoryview, np.ndarray]:
    """The texts' UTF-8 bytes, concatenated, and each text's byte offsets (n + 1 of them)."""
    try:
        arr = pa.array(texts, type=pa.large_string())
    except (pa.ArrowException, UnicodeError):  # a lone surrogate: encoded as the cache keys always were
        encoded = [t.encode("utf-8", "surrogatepass") for t in texts]
        sizes = np.fromiter(map(len, encoded), dtype="int64", count=len(encoded))
        return b"".join(encoded), np.concatenate([[0], np.cumsum(sizes)]).astype("int64")
    return arrow_buffers(arr)


def arrow_buffers(arr) -> tuple[bytes | memoryview, np.ndarray]:
    """A pyarrow large_string array's data bytes (a view of its buffer, not a copy) and offsets (relative
    to its first text)."""
    offsets = np.frombuffer(arr.buffers()[1], dtype=_I8, count=len(arr) + 1, offset=arr.offset * 8)
    data = arr.buffers()[2]
    data = memoryview(data)[int(offsets[0]):int(offsets[-1])] if data is not None else b""
    return data, offsets - offsets[0]


def text_buffers(column: pd.Series) -> tuple[Any, bytes | memoryview, np.ndarray]:
    """A sentences table's text column as per-article units take it — a pyarrow string array (sliced for
    each unit, see :class:`ArticleUnits`) when it is Arrow text without missing values, else a list of str
    ('' for a missing or non-text value) — with its UTF-8 bytes and offsets for the units' keys (read from
    the Arrow buffers, without a Python string per text)."""
    arrow = arrow_text(column)
    if arrow is not None:
        data, offsets = arrow_buffers(arrow)
        return arrow, data, offsets
    texts = [t if isinstance(t, str) else "" for t in column.to_numpy(dtype=object).tolist()]
    data, offsets = utf8_buffers(texts)
    return texts, data, offsets


class ArticleUnits(LazySequence):
    """The per-article units ``(article_id, texts)`` of a sentences table, each made when asked for:
    a stage asks only for the units it has to compute (none with a warm cache), so the texts are only
    turned into Python strings then, unit by unit. ``texts``: the text column as a list of str, or as a
    pyarrow string array (sliced for each unit)."""

    def __init__(self, aids: list[str], bounds: list[int], texts):
        self.aids, self.bounds, self._texts = aids, bounds, texts
        self._arrow = isinstance(texts, pa.Array)

    def __len__(self) -> int:
        return len(self.aids)

    def _unit(self, i: int):
        a, b = self.bounds[i], self.bounds[i + 1]
        if self._arrow:
            return (self.aids[i], self._texts.slice(a, b - a).to_pylist())
        return (self.aids[i], self._texts[a:b])


def sentence_units(stage, sentences: pd.DataFrame, *, texts: list[str] | pa.Array | None = None
                   ) -> tuple[Sequence[tuple], list[str]]:
    """A ``sentences`` table cut into per-article units ``(article_id, texts)`` (runs of consecutive rows
    of one article, in table order; each made when first asked for) and their cache keys for ``stage``
    (the article id and the sentences' texts). ``texts``: the text column as a list of str or as a pyarrow
    string array without nulls (default: the column, None and NaN as '')."""
    if sentences.empty:
        return [], []
    bounds = article_runs(sentences["article_id"]).tolist()
    aids = sentences["article_id"].astype(str).to_numpy(dtype=object)[bounds[:-1]].tolist()
    if isinstance(texts, pa.Array):
        arrow, texts = texts.cast(pa.large_string()), None
    else:
        arrow = arrow_text(sentences["text"]) if texts is None else None
    if arrow is not None:
        data, offsets = arrow_buffers(arrow)
        texts = arrow  # made into strings unit by unit, when computed
    else:
        texts = plain_texts(sentences["text"]) if texts is None else texts
        data, offsets = utf8_buffers(texts)
    cuts = offsets[bounds].tolist()
    sizes = np.diff(offsets)
    keys = [content_key(stage, aid, sizes[a:b].tobytes(), data[lo:hi])
            for aid, a, b, lo, hi in zip(aids, bounds[:-1], bounds[1:], cuts[:-1], cuts[1:], strict=True)]
    return ArticleUnits(aids, bounds, texts), keys
