"""Giving memory back to the system (no pandas needed: the parse process and the kernels call it)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools


@functools.cache
def _malloc_trim():
    """glibc's ``malloc_trim``, or None (another C library, another system)."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or None).malloc_trim
    except (OSError, AttributeError):
        return None


def release_memory() -> bool:
    """Give the memory Python and Arrow have freed back to the system, where they can: glibc's
    ``malloc_trim``, and Arrow's memory pool (mimalloc or jemalloc) once pyarrow is imported. True if the C
    library could trim.

    Python frees the many small strings and arrays of a pass over the corpus into the C heap, which keeps
    the pages, and Arrow's allocator keeps the pages of the arrays it freed for its next ones: a kernel that
    built its units and tables holds their size until it exits, as much as if it still used them, while the
    other kernels of the run need memory. (20k articles: the terms notebook's tokens table built, 1,081 MB
    resident; trimmed 987 MB; Arrow's pool released too 842 MB; each call takes a few milliseconds.)"""
    import sys

    pa = sys.modules.get("pyarrow")
    if pa is not None:
        pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
