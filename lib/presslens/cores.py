"""How many processes a run may use, and how often they collect cyclic garbage, without importing pandas
(the command line asks before anything runs)."""

from __future__ import annotations

import gc
import os

# Allocations of container objects (lists, tuples, dicts...) between two passes of Python's cyclic garbage
# collector over its youngest objects; Python's own default is 700 (see :func:`collect_less`).
YOUNG_THRESHOLD = 50_000


def workers_default() -> int:
    """The cores this process may run on (its CPU affinity where the system has one), at least 1."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def collect_less() -> None:
    """Make the cyclic garbage collector of this process run its passes less often.

    Parsing and the analyses make and drop millions of small lists, tuples and dicts (tokens, matches,
    rows), nearly all freed by reference counting as soon as they are dropped. With Python's default
    thresholds the collector walks the youngest objects every 700 allocations, and the whole heap (the
    corpus's tables, the parser's rules) each time the survivors of those passes have grown by a quarter:
    in a cold run over 20,000 articles, 7.8 s of CPU went to such passes in the processes that report
    them, against 4.3 s with a first threshold of :data:`YOUNG_THRESHOLD` set when a notebook's kernel first
    imported presslens, 2.8 s set from each interpreter's start, as a run's kernels now do (:mod:`presslens.kernel`
    imports presslens before ipykernel starts up). Cycles are still
    collected, a little later, so memory stays the same (largest process 1.41-1.44 GB either way).

    Only raises the first threshold: a process whose collector is off, or set to run less often already,
    is left as it is. Called when :mod:`presslens` is imported, so in every process presslens runs (and in a
    script or notebook that imports it)."""
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, *older)
