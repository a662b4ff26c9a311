"""The examples in the library's docstrings run and show what they say (VADER's scores pinned in
:mod:`presslens.sentiment`, a date's value in :mod:`presslens.timex`...): an example that went stale is a failure,
not a lie left for a reader to find. Examples marked ``# doctest: +SKIP`` need a corpus on disk and are not run."""

import doctest
import importlib
import pkgutil

import pytest

import presslens

MODULES = sorted(m.name for m in pkgutil.walk_packages(presslens.__path__, "presslens.") if not m.name.endswith("__main__"))


def test_the_modules_are_found():
    assert {"presslens.sentiment", "presslens.timex", "presslens.eval.timex"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} docstring example(s) failed in {name}"
