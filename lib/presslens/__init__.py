"""presslens: turn folders of messy news-article exports into clean tables, and analyse them.

>>> import presslens as pl
>>> c = pl.read_corpus("seeds")                          # doctest: +SKIP
>>> pl.timexes("They met last Friday.", dct="2024-05-17")  # doctest: +SKIP

The analysis modules load on first use: ``pl.sentiment``, ``pl.terms``, ``pl.tokens``, ``pl.chronology``,
``pl.timex``, ``pl.actors``, ``pl.plots``.
"""

import importlib

from . import cores

__version__ = "0.1.0"

# Every process presslens runs imports this package first: the command line and the worker processes its pools
# start (forked, spawned or from a fork server), the parse's child, the notebook workers, the kernels. Each makes and
# drops millions of small lists and tuples, and its cyclic collector runs less often (see cores.collect_less).
cores.collect_less()

# Names loaded on first use, like the modules below: importing presslens.runner or presslens.cli (the
# command line, its notebook workers) needs neither pandas nor the parser (0.6 s of imports a process).
_LAZY_NAMES = {"Corpus": "corpus", "read_articles": "corpus", "read_corpus": "corpus", "open_corpus": "notebook",
               "save_table": "notebook", "CorpusError": "reading"}

_LAZY_MODULES = ("actors", "chronology", "duplicates", "plots", "sentiment", "terms", "timex", "tokens", "schema", "pipeline",
                 "runner")


# The other modules, as attributes too (``presslens.notebook`` after ``import presslens``).
_SUBMODULES = frozenset(("bounds", "cache", "cli", "cores", "corpus", "eval", "feeds", "kernel", "mailtext", "memory", "msgtext", "notebook", "parsing", "patterns", "pdftext", "progress", "reading", "telegram", "worddoc",
                         "sentences", "tools"))


def __getattr__(name: str):
    if name in _LAZY_NAMES:
        return getattr(importlib.import_module(f".{_LAZY_NAMES[name]}", __name__), name)
    if name in _LAZY_MODULES or name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name == "timexes":
        from .timex import timexes

        return timexes
    if name in ("find_duplicates", "mark_duplicates"):
        return getattr(importlib.import_module(".duplicates", __name__), name)
    raise AttributeError(f"module 'presslens' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBMODULES})


__all__ = ["Corpus", "CorpusError", "open_corpus", "read_articles", "read_corpus", "save_table", "timexes", "find_duplicates", "mark_duplicates",
           "__version__", *_LAZY_MODULES]
