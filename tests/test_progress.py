"""Progress bars: on for long work in a terminal or notebook, never in reports, never for tiny work."""

import sys

import pytest

from presslens.progress import progress_bar, progress_enabled


@pytest.mark.parametrize(
    "env, in_kernel, tty, expected",
    [({}, False, True, True), ({}, False, False, False), ({}, True, False, True),
     ({"PRESSLENS_REPORT": "1"}, True, False, False), ({"PRESSLENS_REPORT": "1"}, False, True, True),
     ({"PRESSLENS_PROGRESS": "0"}, False, True, False), ({"PRESSLENS_PROGRESS": "1"}, False, False, True)],
)
def test_when_bars_are_shown(monkeypatch, env, in_kernel, tty, expected):
    for name in ("PRESSLENS_REPORT", "PRESSLENS_PROGRESS"):
        monkeypatch.delenv(name, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    if in_kernel:
        monkeypatch.setitem(sys.modules, "ipykernel", sys)
    else:
        monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    assert progress_enabled() is expected


def test_small_work_gets_no_bar_and_items_pass_through(monkeypatch):
    monkeypatch.setenv("PRESSLENS_PROGRESS", "1")
    few = [1, 2, 3]
    assert progress_bar(few) is few
    many = list(range(500))
    bar = progress_bar(many)
    assert bar is not many and list(bar) == many
