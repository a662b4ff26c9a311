"""Progress bars for long work, in the terminal and in notebooks (tqdm.auto: widgets in JupyterLab).

Bars are shown when stderr is a terminal or the code runs in a notebook kernel, unless
``PRESSLENS_PROGRESS=0``. Kernels started by ``presslens run`` (which sets ``PRESSLENS_REPORT=1``) show
none: a report is no place for a progress bar. Work known to be small (fewer than ``min_items`` items)
gets no bar.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

MIN_ITEMS = 50


def progress_enabled(enable: bool | None = None) -> bool:
    """``enable`` when given; otherwise off when PRESSLENS_PROGRESS is 0/false/no, on in a terminal or a
    notebook kernel."""
    if enable is not None:
        return enable
    env = os.environ.get("PRESSLENS_PROGRESS")
    if env is not None:
        return env.strip().lower() not in ("0", "false", "no", "off", "")
    in_kernel = "ipykernel" in sys.modules
    if in_kernel and os.environ.get("PRESSLENS_REPORT"):
        return False
    return sys.stderr.isatty() or in_kernel


def progress_bar(iterable: Iterable, *, desc: str = "", unit: str = "it", total: int | None = None,
                 enable: bool | None = None, min_items: int = MIN_ITEMS):
    """Wrap ``iterable`` in a tqdm bar when progress is enabled and the work is not known to be small;
    otherwise return it unchanged."""
    if not progress_enabled(enable):
        return iterable
    if total is None and hasattr(iterable, "__len__"):
        total = len(iterable)
    if total is not None and total < min_items and enable is None:
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, desc=desc, unit=unit, total=total, leave=False, mininterval=0.5)
