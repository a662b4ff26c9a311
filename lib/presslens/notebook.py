"""What the notebooks call: open the corpus named by their parameters, save the tables they show."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import schema
from .cache import cached_corpus
from .corpus import Corpus


def open_corpus(corpus: str | Path, *, date_from: str = "", date_to: str = "", drop_duplicates: bool = False,
                progress: bool | None = None, engine: str = "local", workers: int | None = 0,
                scheduler: str | None = "") -> Corpus:
    """The parsed corpus at ``corpus`` (folder, file, table or saved corpus), cached when
    ``PRESSLENS_CACHE_DIR`` is set, limited to ``[date_from, date_to]`` when either is given, and
    without flagged duplicates when ``drop_duplicates``.

    ``engine`` (local or dask), ``workers`` (0: every core) and ``scheduler`` (a Dask scheduler address,
    empty for a LocalCluster) say where parsing runs; left at these defaults they follow
    PRESSLENS_ENGINE/WORKERS/SCHEDULER (see :func:`presslens.cache.engine_options`)."""
    c = cached_corpus(corpus, progress=progress, engine=engine, workers=workers, scheduler=scheduler)
    if date_from or date_to:
        c = c.between(date_from, date_to)
    if drop_duplicates:
        c = c.without_duplicates()
    return c


def save_table(df: pd.DataFrame, name: str, tables_dir: str | Path | None) -> Path | None:
    """Write ``df`` as ``<tables_dir>/<name>.csv`` (list columns joined by ' | '); no-op without a folder.

    A name defined in :mod:`presslens.schema` is checked against its columns first.
    """
    if not tables_dir:
        return None
    if name in schema.TABLES:
        schema.check(df, name)
    d = Path(tables_dir)
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"{name}.csv"
    schema.to_csv_frame(df, name if name in schema.TABLES else None).to_csv(path, index=False)
    return path
