"""The front door: dependencies declared twice agree, notebooks are committed clean, seeds are verbatim."""

import re
import tomllib
from pathlib import Path

import pytest
import yaml

from presslens.tools import notebook_problems

ROOT = Path(__file__).resolve().parents[1]


def _norm(req: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*(.*)$", req)
    assert m, req
    return m.group(1).lower().replace("_", "-"), m.group(3).replace(" ", "")


def test_environment_yml_and_pyproject_name_the_same_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = dict(_norm(r) for r in project["dependencies"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda, pip = {}, []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip.extend(dep.get("pip", []))
        else:
            name, spec = _norm(dep)
            conda[name] = spec
    conda_python = conda.pop("python")
    conda.pop("pip")
    assert "-e ." in pip
    from_pip = dict(_norm(r) for r in pip if r != "-e .")  # (packages conda-forge is not asked for)
    assert not set(conda) & set(from_pip)
    assert conda | from_pip == declared
    assert conda_python.lstrip(">=") == project["requires-python"].lstrip(">=")
    assert "conda-forge" in env["channels"]


@pytest.mark.parametrize("nb", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_are_committed_without_outputs(nb):
    assert notebook_problems(nb) == []


def test_seeds_are_the_five_sample_articles():
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    assert all(re.match(r"^00[0-4]_[0-9a-f]{16}\.txt$", s) for s in seeds)


def test_makefile_help_lists_the_front_door_targets():
    text = (ROOT / "Makefile").read_text()
    for target in ("run", "test", "lab", "lint", "clean", "help"):
        assert re.search(rf"^{target}:.*## ", text, re.M), f"make {target} missing or undocumented"


def test_ci_calls_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_documents_the_tables_as_schema_defines_them():
    from presslens.tools import schema_markdown

    assert schema_markdown() in (ROOT / "README.md").read_text(encoding="utf-8"), (
        "README table schemas are stale: run python -m presslens.tools readme-schema README.md"
    )


def test_readme_shows_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text


def test_importing_presslens_is_light_and_every_name_and_module_is_reachable():
    """``import presslens`` (and the command line's modules) import no pandas; every public name and every
    module is an attribute of the package once asked for, and listed by dir()."""
    import subprocess
    import sys

    code = (
        "import sys, pkgutil, presslens, presslens.cli, presslens.runner\n"
        "print('pandas' in sys.modules)\n"
        "mods = sorted(m.name for m in pkgutil.iter_modules(presslens.__path__))\n"
        "missing = [m for m in mods if getattr(presslens, m).__name__ != 'presslens.' + m]\n"
        "names = [n for n in presslens.__all__ if getattr(presslens, n, None) is None]\n"
        "print(missing, names, sorted(set(mods) - set(dir(presslens))))\n"
        "from presslens import *\n"
        "print(Corpus.__module__, CorpusError.__module__, open_corpus.__module__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:3] == ["False", "[] [] []", "presslens.corpus presslens.reading presslens.notebook"], out
