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


# The README's facts a test can keep right: the options, parameters, defaults and make targets it names exist,
# and the docstrings of the public functions list the columns they return.

README = ROOT / "README.md"
# Options of the other tools the README shows (conda, ipykernel, useradd, systemctl, dask, bench/bench_parse.py).
OTHER_TOOLS_OPTIONS = {"--user", "--name", "--system", "--home-dir", "--shell", "--now", "--nthreads", "--dump", "--check"}


def _subcommand_options() -> dict[str, set[str]]:
    """Each presslens subcommand's option strings, from the parser the command line uses."""
    import argparse

    from presslens.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: {s for a in p._actions for s in a.option_strings} for name, p in sub.choices.items()}


def _evaluation_options() -> set[str]:
    """The options of ``python -m presslens.eval NAME`` for every evaluation, from their own ``--help``."""
    import subprocess
    import sys

    from presslens.eval.__main__ import EVALUATIONS

    found: set[str] = set()
    for name in EVALUATIONS:
        shown = subprocess.run([sys.executable, "-m", "presslens.eval", name, "--help"], capture_output=True,
                               text=True, check=True).stdout
        found |= set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", shown))
    return found


def test_readme_commands_use_only_options_their_command_has():
    """Every ``presslens run|parse|timex ...`` the README shows uses options of that command (``presslens run
    --encoding`` would be refused), and every other ``--option`` it names belongs to a presslens command, to an
    evaluation (``python -m presslens.eval timex --only``) or to one of the other tools it shows."""
    options = _subcommand_options()
    text = README.read_text(encoding="utf-8")
    wrong = []
    for m in re.finditer(r"presslens (run|parse|timex)\b([^`\n]*)", text):
        wrong += [(m.group(0), o) for o in re.findall(r"(?<![\w-])--[a-z][a-z-]*", m.group(2))
                  if o not in options[m.group(1)]]
    assert not wrong, wrong
    known = set().union(*options.values()) | _evaluation_options() | OTHER_TOOLS_OPTIONS | {"--version", "--help"}
    assert not set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", text)) - known


def test_readme_states_the_defaults_of_the_options_it_gives_one():
    from presslens.cli import build_parser

    run = _subcommand_options()  # (the parser is built again below for its defaults)
    assert "--timeout" in run["run"]
    defaults = build_parser().parse_args(["run"])
    text = README.read_text(encoding="utf-8")
    stated = re.findall(r"`--timeout` seconds \(default (\d+)\)", text)
    assert stated and all(int(s) == defaults.timeout for s in stated), (stated, defaults.timeout)
    stated = re.findall(r"presslens parse PATH\.\.\. --out DIR` \(default `([^`]+)`\)", text)
    assert stated == [build_parser().parse_args(["parse", "x"]).out]


_SHARED_PARAMETERS = {"corpus", "tables_dir", "date_from", "date_to", "drop_duplicates", "sources", "languages",
                      "keywords"}
_ENGINE_PARAMETERS = {"engine", "workers", "scheduler"}  # (every notebook but corpus, which only reads)


def _notebook_parameters() -> dict[str, dict[str, object]]:
    from presslens.runner import notebook_parameters

    return {nb.stem: notebook_parameters(nb) for nb in sorted((ROOT / "notebooks").glob("*.ipynb"))}


def _readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n### {title}\n")
    return text[start:text.index("\n#", start + 1)]


def test_readme_lists_each_notebooks_own_parameters_with_their_defaults():
    """The table of each notebook's own parameters names all of them and no other, each with the default its
    ``parameters`` cell sets; every notebook has the selection parameters and the others named beside them."""
    import ast

    params = _notebook_parameters()
    rows = {}
    for line in _readme_section("Each notebook's own parameters").splitlines():
        m = re.match(r"\| (\w+) \| (.+) \|$", line)
        if m and m.group(1) in params:
            rows[m.group(1)] = dict(re.findall(r"`(\w+)` \(`([^`]+)`", m.group(2)))
    assert set(rows) == set(params)
    for nb, listed in rows.items():
        assert set(listed) == set(params[nb]) - _SHARED_PARAMETERS - _ENGINE_PARAMETERS, nb
        for name, default in listed.items():
            assert ast.literal_eval(default) == params[nb][name], (nb, name, default)
    for nb, declared in params.items():
        assert _SHARED_PARAMETERS <= set(declared), nb
        assert (_ENGINE_PARAMETERS <= set(declared)) == (nb != "corpus"), nb
    assert "`engine`, `workers`, `scheduler`" in _readme_section("Each notebook's own parameters")


def test_readme_names_only_parameters_the_notebooks_declare():
    """Every ``-p NAME`` in the README (and every parameter of the selection table) is declared by a notebook,
    by the one the command names when it names one."""
    params = _notebook_parameters()
    text = README.read_text(encoding="utf-8")
    for m in re.finditer(r"presslens run((?: [a-z]+)*)[^`\n]*", text):
        named = [n for n in m.group(1).split() if n in params] or list(params)
        for name in re.findall(r"-p ([a-z]\w*)(?![\w/])", m.group(0)):
            assert any(name in params[nb] for nb in named), (m.group(0), name)
    for name in re.findall(r"-p ([a-z]\w*)(?![\w/])", text):
        assert any(name in p for p in params.values()), name
    selection = re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", _readme_section("Choosing articles: dates, outlets, "
                                                                         "languages, keywords"), re.M)
    names = {n for pair in selection for n in pair if n}
    assert names == {"date_from", "date_to", "sources", "languages", "keywords", "drop_duplicates"}
    assert all(names <= set(p) for p in params.values())


def test_readme_make_commands_are_makefile_targets():
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(), re.M))
    named = set(re.findall(r"(?<![\w-])make ([a-z][a-z-]*)", README.read_text(encoding="utf-8")))
    assert named and named <= targets, named - targets


@pytest.mark.parametrize("function, tables", [  # (tables by name, or columns)
    ("presslens.corpus.read_corpus", ("articles", "sentences", "segments", "repairs")),
    ("presslens.corpus.Corpus", ("articles", "sentences", "segments", "repairs")),
    ("presslens.notebook.open_corpus", ("articles", "sentences", "segments", "repairs")),
    ("presslens.corpus.read_articles", ("articles",)),
    ("presslens.duplicates.find_duplicates", ("duplicates",)),
    ("presslens.timex.timexes", ("start", "end", "text", "type", "value", "mod")),
    ("presslens.chronology.corpus_timexes", ("timexes",)),
    ("presslens.chronology.segment_actors", ("actors",)),
    ("presslens.chronology.filter_timeline", ("timeline",)),
    ("presslens.sentiment.score_corpus", ("sentiment_sentences",)),
    ("presslens.tokens.corpus_tokens", ("tokens",)),
])
def test_public_functions_list_the_columns_they_return(function, tables):
    """The project promises that a public function's docstring lists the columns it returns."""
    import importlib
    import inspect

    from presslens import schema

    module, _, name = function.rpartition(".")
    doc = inspect.getdoc(getattr(importlib.import_module(module), name))
    columns = [c.name for t in tables if t in schema.TABLES for c in schema.TABLES[t]]
    columns += [t for t in tables if t not in schema.TABLES]
    missing = [c for c in columns if not re.search(rf"\b{c}\b", doc)]
    assert not missing, missing


def test_readme_links_point_at_its_headings():
    """Every ``(#anchor)`` link of the README names one of its headings, as GitHub makes their anchors (lower
    case, punctuation dropped, spaces as hyphens)."""
    text = README.read_text(encoding="utf-8")
    anchors = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")
               for h in re.findall(r"^#+ (.+)$", re.sub(r"```.*?```", "", text, flags=re.S), re.M)}
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert links and not set(links) - anchors, set(links) - anchors
