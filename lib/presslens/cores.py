"""How many processes a run may use, without importing pandas (the command line asks before anything runs)."""

from __future__ import annotations

import os


def workers_default() -> int:
    """The cores this process may run on (its CPU affinity where the system has one), at least 1."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
