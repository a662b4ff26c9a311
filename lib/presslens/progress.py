"""Progress bars for long work, in the terminal and in notebooks (tqdm.auto)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable


def progress_enabled(enable: bool | None = None) -> bool:
    """``enable`` when given; otherwise on unless PRESSLENS_PROGRESS=0 or stderr is not a terminal
    outside a notebook kernel."""
    if enable is not None:
        return enable
    env = os.environ.get("PRESSLENS_PROGRESS")
    if env is not None:
        return env not in ("0", "false", "no", "")
    return sys.stderr.isatty() or "ipykernel" in sys.modules


def progress_bar(iterable: Iterable, *, desc: str = "", unit: str = "it", total: int | None = None,
                 enable: bool | None = None, min_items: int = 1):
    """Wrap ``iterable`` in a tqdm bar when progress is enabled; otherwise return it unchanged."""
    if not progress_enabled(enable):
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, desc=desc, unit=unit, total=total, leave=False, mininterval=0.5)
