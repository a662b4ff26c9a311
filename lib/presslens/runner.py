"""Executing the analysis notebooks with papermill and rendering them to shareable HTML.

``run(notebooks, corpus=..., out=...)`` parses the corpus once (cached under ``data/cache``), checks
the parameters against each notebook's ``parameters`` cell before any kernel starts, executes each
notebook, and writes, per notebook, ``<name>.ipynb``, ``<name>.html`` (with code) and
``<name>.report.html`` (without code), plus ``index.html`` and ``tables/*.csv``.

The run is written into a temporary sibling folder and moved into place only at the end, so an
interrupted run never leaves a half-written report where the last good one was; a lock file stops two
runs from writing the same output at once. Only a folder presslens made is replaced (its
:data:`REPORT_MARKER` file, see :func:`check_output`); the reports of notebooks not executed, and the last
good report of one that failed, are carried over into the new folder (:func:`_assemble`).
"""

from __future__ import annotations

import ast
import atexit
import datetime as dt
import difflib
import functools
import html
import json
import logging
import os
import re
import secrets
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
import warnings
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from .bounds import parse_date_bound

KERNEL_NAME = "presslens"
NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
ORDER = ("corpus", "sentiment", "terms", "chronology", "actors")
# When notebooks run side by side, the order they start in matters on a first run. Actors starts first: its
# actor mentions are a stage the chronology notebook reads too, and a notebook asking for a stage another is
# computing waits for it (one computes, the other idles). Terms, which shares nothing, runs alongside; the
# chronology follows it, dates its articles first and then finds the mentions done. Sentiment's sentence
# scores are computed by the actors notebook too, so it comes after; the short corpus overview fills the
# end. Notebooks not named here start after these. Reports and results keep the order of ORDER.
START_ORDER = ("actors", "terms", "chronology", "sentiment", "corpus")


class ParameterError(ValueError):
    """A parameter that a notebook does not declare, or a value of the wrong type."""


class RunLockedError(RuntimeError):
    """Another run is writing the same output folder."""


# --- notebooks and their parameters ------------------------------------------------------------

def default_notebooks(directory: str | Path | None = None) -> list[Path]:
    """The analysis notebooks, corpus first, then in the order of :data:`ORDER`, then any others."""
    d = Path(directory) if directory else NOTEBOOK_DIR
    found = sorted(p for p in d.glob("*.ipynb") if not p.name.startswith("."))
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(found, key=lambda p: (rank.get(p.stem, len(ORDER)), p.stem))


def resolve_notebook(name: str) -> Path:
    """A notebook given by path or by name (``sentiment`` or ``sentiment.ipynb`` in notebooks/)."""
    p = Path(name)
    if p.suffix == ".ipynb" and p.exists():
        return p
    candidate = NOTEBOOK_DIR / (p.stem + ".ipynb")
    if candidate.exists():
        return candidate
    known = [q.stem for q in default_notebooks()]
    raise ParameterError(f"no notebook named {name!r}{did_you_mean(p.stem, known)} (known: {', '.join(known)})")


def did_you_mean(typed: str, known: list[str]) -> str:
    """`` (did you mean 'period'?)`` when one of ``known`` is close to what was ``typed`` (a letter left out,
    swapped or mistyped), '' when none is."""
    close = difflib.get_close_matches(typed, known, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def notebook_parameters(path: str | Path) -> dict[str, object]:
    """Names and default values assigned in the notebook's cell tagged ``parameters``.

    Only plain literal assignments are allowed there (``top_n = 20``, ``corpus = "../seeds"``).
    """
    for cell in _cells(path):
        if cell.get("cell_type") == "code" and "parameters" in (cell.get("metadata") or {}).get("tags", []):
            params: dict[str, object] = {}
            source = cell.get("source", "")
            for node in ast.parse(source if isinstance(source, str) else "".join(source)).body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    try:
                        params[node.targets[0].id] = ast.literal_eval(node.value)
                    except ValueError as exc:
                        raise ParameterError(f"{path}: parameter {node.targets[0].id} is not a plain value") from exc
            return params
    raise ParameterError(f"{path}: no cell tagged 'parameters'")


def _cells(path: str | Path) -> list[dict]:
    """The cells of the notebook at ``path`` (format 4), read as JSON: importing nbformat costs the run's
    own process about 1.4 s before anything starts (jsonschema, which it imports, builds a grammar for IRI
    checks). An older notebook (format 3) is converted by nbformat."""
    try:
        with open(path, encoding="utf-8") as f:
            nb = json.load(f)
    except (OSError, ValueError) as exc:
        raise ParameterError(f"{path}: not a readable notebook ({exc})") from exc
    if not isinstance(nb, dict) or not isinstance(nb.get("cells", []), list):
        raise ParameterError(f"{path}: not a notebook (no list of cells)")
    version = nb.get("nbformat", 4)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ParameterError(f"{path}: not a notebook (nbformat {version!r})")
    if version < 4:
        import nbformat

        return nbformat.read(str(path), as_version=4).cells
    return [c for c in nb.get("cells", []) if isinstance(c, dict)]


def _type_name(value: object) -> str:
    return "none" if value is None else type(value).__name__


def _value_text(value: object) -> str:
    """A given value as a message shows it: a date as the user wrote it (2023-01-01, not ``datetime.date(...)``),
    anything else as Python writes it (quoted strings, lists)."""
    if isinstance(value, dt.date):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value_text(v) for v in value) + "]"
    return repr(value)


def _as_text(value: object) -> str | None:
    """A value YAML typed (a date, a datetime, a number) as the text the user wrote for it, for a parameter
    that takes text: ``date_from: 2023-01-01`` and ``date_from: 2023`` mean the text. A datetime at midnight is
    its date. None for any other value (a boolean: YAML reads yes/no/on/off as true/false, which is not what
    was written)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() and value.tzinfo is None else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _text_items(name: str, where: str, values: list) -> list:
    """A list parameter's items (words, names, paths) that YAML typed as numbers or dates, as text
    (``keywords: [2023, Arctic]``); ParameterError for a true/false item, which YAML made of a yes, no, on or off."""
    out = []
    for v in values:
        if isinstance(v, bool):
            raise ParameterError(f"parameter {name}{where}: item {v!r} is YAML's reading of yes/no/on/off/true/false; "
                                 f"put the word in quotes (\"no\")")
        text = _as_text(v)
        out.append(v if text is None else text)
    return out


def coerce(name: str, raw: object, default: object, *, notebook: str = "") -> object:
    """Convert a parameter value to the type of the notebook's default, or raise ParameterError.

    Strings from the command line are read as the default's type: ints, floats, booleans
    (true/false/yes/no/1/0), lists and dicts (JSON or YAML). A value already typed (from a YAML file)
    must match: an int is accepted where a float is expected, and a date or a number where text is
    (``date_from: 2023-01-01``, ``split_value: 2023``, ``keywords: [2023]``: see :func:`_as_text`).
    """
    where = f" in {notebook}" if notebook else ""
    want = type(default)
    if want is list and isinstance(raw, list) and all(isinstance(v, str) for v in default):
        return _text_items(name, where, raw)
    if default is None or isinstance(raw, want) and not (isinstance(raw, bool) and want is int):
        return raw
    if want is float and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
    if want is str and (text := _as_text(raw)) is not None:
        return text
    if isinstance(raw, str):
        text = raw.strip()
        try:
            if want is bool:
                low = text.lower()
                if low in ("true", "yes", "1", "on"):
                    return True
                if low in ("false", "no", "0", "off"):
                    return False
                raise ValueError
            if want is int:
                return int(text)
            if want is float:
                return float(text)
            if want in (list, dict):
                import yaml

                value = yaml.safe_load(text) if text else want()
                if want is list and isinstance(value, str | int | float | dt.date):
                    value = [value]
                if isinstance(value, want):
                    return coerce(name, value, default, notebook=notebook) if want is list else value
                raise ValueError
        except ValueError:
            pass
    raise ParameterError(
        f"parameter {name}{where} expects {want.__name__} (default {default!r}); got {_type_name(raw)} {_value_text(raw)}"
    )


def validate(notebooks: list[Path], given: dict[str, object]) -> dict[Path, dict[str, object]]:
    """Per notebook, the given parameters it declares, coerced to its defaults' types.

    Raises ParameterError for a name no selected notebook declares, a value of the wrong type, or one the
    notebook does not allow (:data:`ALLOWED_VALUES`: choices, ranges, dates, files).
    """
    declared = {nb: notebook_parameters(nb) for nb in notebooks}
    known = set().union(*declared.values()) if declared else set()
    unknown = sorted(set(given) - known)
    if unknown:
        typed = ", ".join(name + did_you_mean(name, sorted(known)) for name in unknown)
        raise ParameterError(f"unknown parameter(s) {typed}; the notebooks declare: {', '.join(sorted(known))}")
    out: dict[Path, dict[str, object]] = {}
    for nb, defaults in declared.items():
        out[nb] = {k: check_value(nb, k, coerce(k, v, defaults[k], notebook=nb.name))
                   for k, v in given.items() if k in defaults}
        _check_together(nb, out[nb], defaults)
    return out


# --- allowed values: parameters with a fixed set of values, a range, a date or a file ---------------------

@dataclass(frozen=True)
class Allowed:
    """What values a notebook parameter takes beyond its type: one of ``choices`` (matched ignoring case,
    given back as spelled here), a number at least ``minimum``, a ``date`` (``from``: the first day of a
    year or month given; ``to``: its last), or an existing ``file`` (``file-or-empty``: empty allowed;
    ``word-lists``: a list whose items ending in .txt are existing files)."""
    choices: tuple = ()
    minimum: float | None = None
    date: str = ""
    file: str = ""


_DATES = {"date_from": Allowed(date="from"), "date_to": Allowed(date="to")}
_COMMON = {**_DATES, "engine": Allowed(choices=("local", "dask")), "workers": Allowed(minimum=0),
           "top_n": Allowed(minimum=1), "min_mentions": Allowed(minimum=1)}
# Per analysis notebook (by name), the parameters whose values are checked before any kernel starts; a
# parameter a notebook does not declare is skipped, so the notebooks may drop or add parameters.
ALLOWED_VALUES: dict[str, dict[str, Allowed]] = {
    "corpus": {**_COMMON, "period": Allowed(choices=("D", "W", "M", "auto"))},
    "sentiment": {**_COMMON, "period": Allowed(choices=("D", "W", "M")),
                  "level": Allowed(choices=("sentence", "paragraph", "article")),
                  "rolling": Allowed(minimum=1), "max_rows": Allowed(minimum=1), "targets": Allowed(file="file")},
    "terms": {**_COMMON, "period": Allowed(choices=("D", "W", "M", "Q", "Y")), "ngram_min": Allowed(minimum=1),
              "ngram_max": Allowed(minimum=1), "min_count": Allowed(minimum=1), "window": Allowed(minimum=1),
              "max_articles": Allowed(minimum=1), "extra_stopwords": Allowed(file="word-lists")},
    "chronology": {**_COMMON, "granularity_floor": Allowed(choices=("day", "week", "month", "season", "year")),
                   "color_by": Allowed(choices=("article", "source")), "max_events": Allowed(minimum=1),
                   "gazetteer": Allowed(file="file-or-empty")},
    "actors": {**_COMMON, "gazetteer": Allowed(file="file")},
}

def check_value(notebook: Path, name: str, value: object, *, cwd: Path | None = None) -> object:
    """``value`` of parameter ``name`` of ``notebook`` if :data:`ALLOWED_VALUES` allows it (normalized: a
    choice as spelled there, a date as YYYY-MM-DD, a file relative to ``cwd`` made absolute, since the
    notebook runs in its own folder); ParameterError naming the parameter, the value and what is allowed
    otherwise."""
    rule = ALLOWED_VALUES.get(notebook.stem, {}).get(name)
    if rule is None:
        return value
    where = f"parameter {name} in {notebook.name}"
    if rule.choices and isinstance(value, str):
        for choice in rule.choices:
            if value.strip().lower() == choice.lower():
                return choice
        raise ParameterError(f"{where} must be one of {', '.join(rule.choices)}; got {value!r}")
    if rule.minimum is not None and isinstance(value, int | float) and not isinstance(value, bool):
        if value < rule.minimum:
            raise ParameterError(f"{where} must be at least {rule.minimum:g}; got {value!r}")
        return value
    if rule.date and isinstance(value, str):
        if not value.strip():
            return ""
        try:
            return parse_date_bound(value, end=rule.date == "to")
        except ValueError:
            raise ParameterError(f"{where} must be a date as YYYY-MM-DD (also YYYY/MM/DD, YYYY-MM or YYYY), "
                                 f"or empty; got {value!r}") from None
    if rule.file == "word-lists" and isinstance(value, list):
        return [_word_list_item(notebook, where, v, cwd) for v in value]
    if rule.file and isinstance(value, str):
        if not value.strip() and rule.file == "file-or-empty":
            return ""
        found = _existing_file(notebook, value, cwd)
        if found is not None:
            return found
        empty = ", or empty" if rule.file == "file-or-empty" else ""
        raise ParameterError(f"{where} must be an existing file{empty}; got {value!r}, not found "
                             f"(relative paths are read from {cwd or Path.cwd()})")
    return value


def _existing_file(notebook: Path, value: str, cwd: Path | None) -> str | None:
    """The file ``value`` names: relative to ``cwd`` (the folder presslens runs from), made absolute, since the
    notebook runs in its own folder; else relative to the notebook's folder, as the notebooks' defaults are,
    kept as given; None when neither is a file."""
    given = Path(value.strip()).expanduser()
    here = given if given.is_absolute() else (cwd or Path.cwd()) / given
    if here.is_file():
        return str(here.resolve())
    if not given.is_absolute() and (notebook.parent / given).is_file():
        return value
    return None


def _word_list_item(notebook: Path, where: str, item: object, cwd: Path | None) -> object:
    """An item of a list of words that may name word-list files (``extra_stopwords``): one ending in ``.txt``
    is a file, found as :func:`_existing_file` finds it, or a ParameterError; any other item is a word."""
    if not (isinstance(item, str) and item.strip().lower().endswith(".txt")):
        return item
    found = _existing_file(notebook, item, cwd)
    if found is None:
        raise ParameterError(f"{where}: word list {item!r} not found (an item ending in .txt is a file of words, "
                             f"one a line; relative paths are read from {cwd or Path.cwd()})")
    return found


def _check_together(notebook: Path, values: dict, defaults: dict) -> None:
    """Values of an analysis notebook checked together (given ones, with the defaults of the others): date_from
    not after date_to, ngram_min not above ngram_max, keywords words or phrases (a '*' only at their end), and
    split_value a date when the corpus is split by publication date. ``values`` is updated with the normalized split_value."""
    if notebook.stem not in ALLOWED_VALUES:
        return
    both = {**defaults, **values}
    lo, hi = both.get("date_from"), both.get("date_to")
    if isinstance(lo, str) and isinstance(hi, str) and lo and hi and lo > hi and {"date_from", "date_to"} & set(values):
        raise ParameterError(f"parameter date_from ({lo}) is after date_to ({hi}) in {notebook.name}: no article "
                             "would be left")
    lo, hi = both.get("ngram_min"), both.get("ngram_max")
    if isinstance(lo, int) and isinstance(hi, int) and lo > hi and {"ngram_min", "ngram_max"} & set(values):
        raise ParameterError(f"parameter ngram_min ({lo}) is above ngram_max ({hi}) in {notebook.name}")
    if isinstance(values.get("keywords"), list):
        from .corpus import keyword_pattern

        try:
            keyword_pattern(values["keywords"])
        except ValueError as exc:
            raise ParameterError(f"parameter keywords in {notebook.name}: {exc}") from None
    split = values.get("split_value")
    if isinstance(split, str) and split.strip() and both.get("split_column") == "published":
        try:
            values["split_value"] = parse_date_bound(split)
        except ValueError:
            raise ParameterError(f"parameter split_value in {notebook.name} must be a date as YYYY-MM-DD (also "
                                 f"YYYY/MM/DD, YYYY-MM or YYYY) while split_column is published, or empty; "
                                 f"got {split!r}") from None


# --- the output folder: only a folder presslens made is replaced ---------------------------------------

# Written into every report folder: it marks the folder as one presslens made (and may replace), and says
# which run each notebook's report and tables come from (a JSON manifest, see :func:`read_manifest`).
REPORT_MARKER = ".presslens-report"
# What report folders of earlier presslens versions (before the marker) held.
_LEGACY_NAME = re.compile(r"(?:[^/]+\.(?:report\.html|html|ipynb)|\.corpus-ready(?:\.part)?|\.DS_Store)\Z")
_LEGACY_DIRS = {"tables": re.compile(r"[^/]+\.csv\Z|\.DS_Store\Z"), ".ipynb_checkpoints": re.compile(r".*")}
# The tables each notebook of earlier versions saved, to tell them apart in a report folder without a marker.
_LEGACY_TABLES = {
    "corpus": ("articles", "inventory", "problems"),
    "sentiment": ("sentiment_metadata", "sentiment_sentences", "sentiment_articles", "sentiment_targets"),
    "terms": ("terms", "tfidf", "keyness", "collocations", "kwic", "dispersion", "trends"),
    "chronology": ("timexes", "events", "timeline"),
    "actors": ("actors", "actor_labels", "cooccurrence", "discovered_names"),
}


class OutputError(ValueError):
    """``--out`` names a place presslens must not replace (the corpus, a file, the user's own folder...)."""


class ReportWriteError(RuntimeError):
    """The reports could not be written (a full disk, a folder made read-only): the run stops, and ``--out``
    keeps the last complete report."""


def _legacy_report_problem(folder: Path) -> str | None:
    """Why ``folder`` (without :data:`REPORT_MARKER`) does not look like a report folder of an earlier
    presslens version; None when it does: an ``index.html`` made by presslens, notebooks and their HTML
    views, ``tables/*.csv``, and nothing else."""
    for entry in sorted(folder.iterdir()):
        if entry.is_dir() and not entry.is_symlink() and entry.name in _LEGACY_DIRS:
            pattern = _LEGACY_DIRS[entry.name]
            for inner in sorted(entry.iterdir()):
                if not (inner.is_file() and pattern.match(inner.name)):
                    return f"it holds {entry.name}/{inner.name}"
        elif not (entry.is_file() and not entry.is_symlink() and _LEGACY_NAME.match(entry.name)):
            return f"it holds {entry.name}"
    try:
        with open(folder / "index.html", "rb") as f:
            made_by_us = b"presslens" in f.read(65536)
    except OSError:
        return "it has no index.html of a presslens report"
    return None if made_by_us else "its index.html was not written by presslens"


def check_output(out: str | Path, corpus: str | Path | None = None) -> None:
    """Raise :class:`OutputError` unless ``out`` is a place presslens may replace by a report folder: not a
    filesystem root or the home folder, not the corpus nor a folder holding it or inside it, not an
    existing file, and if it is an existing folder, one presslens made (:data:`REPORT_MARKER`, or the
    contents of an earlier version's report folder) or an empty one."""
    out = Path(out).expanduser().resolve()
    hint = "choose a new folder for the reports (such as reports) or empty this one"
    if out.parent == out:
        raise OutputError(f"--out {out} is the root of a filesystem: presslens replaces the whole --out folder; "
                          "give a folder of its own for the reports, such as reports")
    with suppress(RuntimeError, KeyError, OSError):
        if out == Path.home().resolve():
            raise OutputError(f"--out {out} is your home folder: presslens replaces the whole --out folder; "
                              "give a folder of its own for the reports, such as ~/reports")
    if corpus is not None:
        c = Path(corpus).expanduser().resolve()
        if out == c or out in c.parents:
            raise OutputError(f"--out {out} {'is' if out == c else 'holds'} the corpus {c}: presslens replaces the "
                              "whole --out folder, which would delete the articles; give a folder outside the corpus")
        if c in out.parents:
            raise OutputError(f"--out {out} lies inside the corpus {c}: the reports would be read as articles by "
                              "the next run; give a folder outside the corpus")
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise OutputError(f"--out {out} is an existing file, not a folder: presslens writes a folder of "
                              "reports there; give a folder name")
        if (out / REPORT_MARKER).is_file():
            return
        try:
            empty = not any(out.iterdir())
            problem = None if empty else _legacy_report_problem(out)
        except OSError as exc:
            raise OutputError(f"--out {out} cannot be read: {exc.strerror or exc}") from None
        if problem:
            raise OutputError(f"--out {out} is a folder presslens did not make ({problem}): presslens replaces the "
                              f"whole --out folder, so it leaves this one alone; {hint}")
    elif out.parent.exists() and not out.parent.is_dir():
        raise OutputError(f"--out {out}: {out.parent} is a file, not a folder")


def read_manifest(folder: Path) -> dict | None:
    """The manifest (:data:`REPORT_MARKER`) of a report folder: ``{"started": ..., "corpus": ...,
    "notebooks": {name: entry}}``, each entry saying the run its report comes from (``started``), its
    ``status``, ``error``, ``seconds``, ``parameters``, the ``files`` and ``tables`` it owns, and
    ``failed_later`` when a later run of it failed (its report then is the one of ``started``). None
    without a manifest; for a folder of an earlier version, what its index and file names tell."""
    path = folder / REPORT_MARKER
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _legacy_manifest(folder) if folder.is_dir() else None
    except (OSError, ValueError):
        return {"notebooks": {}}
    if not isinstance(data, dict) or not isinstance(data.get("notebooks"), dict):
        return {"notebooks": {}}
    data["notebooks"] = {k: v for k, v in data["notebooks"].items() if isinstance(v, dict)}
    return data


def _legacy_manifest(folder: Path) -> dict | None:
    """What a report folder of an earlier version (no manifest) tells: the notebooks its index lists, with
    their status, the run's start, and the tables each of the analysis notebooks is known to save."""
    if _legacy_report_problem(folder) is not None:
        return None
    text = (folder / "index.html").read_text(encoding="utf-8", errors="replace")
    m = re.search(r"Run started ([0-9T:\-]+)", text)
    started = m.group(1) if m else dt.datetime.fromtimestamp((folder / "index.html").stat().st_mtime).isoformat(
        timespec="seconds")
    m = re.search(r"Corpus <code>([^<]*)</code>", text)
    corpus = str(Path(html.unescape(m.group(1))).expanduser().resolve()) if m else ""
    notebooks = {}
    for status, name in re.findall(r"<tr class='(ok|failed)'><td>([^<]+)</td>", text):
        name = html.unescape(name)
        files = [f for f in (f"{name}.ipynb", f"{name}.html", f"{name}.report.html") if (folder / f).is_file()]
        if not files:
            continue
        tables = [f"{t}.csv" for t in _LEGACY_TABLES.get(name, ()) if (folder / "tables" / f"{t}.csv").is_file()]
        notebooks[name] = {"status": status, "started": started, "corpus": corpus, "seconds": None, "parameters": {},
                           "error": "" if status == "ok" else "failed (see its report)", "files": files,
                           "tables": tables}
    return {"started": started, "notebooks": notebooks}


def _link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    with suppress(FileNotFoundError):
        dst.unlink()
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _assemble(tmp: Path, results: list[NotebookResult], previous: Path, *, started: str, corpus: str,
              corpus_path: Path, log=print) -> dict:
    """Put this run's tables (each notebook saved them into ``tmp/.tables-<name>``) into ``tmp/tables`` and,
    from the report folder ``previous`` (if presslens made it), carry over the reports of the same corpus
    (``corpus_path``) of the notebooks this run did not execute, and the last good report and tables of a
    notebook that failed this time (this run's failed notebook then goes to ``<name>.failed.*``); reports of
    another corpus are left out, and said so. Writes and returns the manifest (:func:`read_manifest`)."""
    old = read_manifest(previous) if previous.is_dir() else None
    same = str(corpus_path)
    old_entries = {name: e for name, e in (old or {}).get("notebooks", {}).items() if e.get("corpus") == same}
    other = sorted(set((old or {}).get("notebooks", {})) - set(old_entries) - {r.name for r in results})
    if other:
        log(f"not kept from the previous report (another corpus): {', '.join(other)}")
    tables = tmp / "tables"
    tables.mkdir(exist_ok=True)
    entries: dict[str, dict] = {}
    taken: set[str] = set()  # tables written by this run
    for r in results:
        own = tmp / f".tables-{r.name}"
        written = sorted(p.name for p in own.glob("*.csv")) if own.is_dir() else []
        before = old_entries.get(r.name)
        keep_previous = r.status != "ok" and before and before.get("status") == "ok" and _has_files(previous, before)
        if keep_previous:
            failed_files = []
            for suffix in (".ipynb", ".html", ".report.html"):
                src = tmp / f"{r.name}{suffix}"
                if src.exists():
                    os.replace(src, tmp / f"{r.name}.failed{suffix}")
                    failed_files.append(f"{r.name}.failed{suffix}")
            entry = dict(before, failed_later={"started": started, "error": r.error, "seconds": round(r.seconds, 1),
                                                "parameters": r.parameters, "files": failed_files})
            entry["files"] = [f for f in before.get("files", []) if ".failed." not in f]
            entries[r.name] = entry
        else:
            for name in written:
                os.replace(own / name, tables / name)
                taken.add(name)
            entries[r.name] = {"status": r.status, "started": started, "corpus": same,
                               "seconds": round(r.seconds, 1),
                               "parameters": r.parameters, "error": r.error, "note": r.note,
                               "files": [f for f in (f"{r.name}.ipynb", f"{r.name}.html", f"{r.name}.report.html")
                                         if (tmp / f).exists()],
                               "tables": written}
        shutil.rmtree(own, ignore_errors=True)
    ran = {r.name for r in results}
    for name, before in old_entries.items():
        if name in ran and "failed_later" not in entries[name]:
            continue
        if name not in ran:
            if not _has_files(previous, before):
                continue
            entry = dict(before)
            for f in before.get("files", []) + (before.get("failed_later") or {}).get("files", []):
                if isinstance(f, str) and "/" not in f and (previous / f).is_file():
                    _link_or_copy(previous / f, tmp / f)
            entries[name] = entry
        entry = entries[name]
        if name in ran:  # failed this time: its last good report
            for f in entry["files"]:
                _link_or_copy(previous / f, tmp / f)
        kept = []
        for t in entry.get("tables", []):
            if isinstance(t, str) and "/" not in t and t not in taken and (previous / "tables" / t).is_file():
                _link_or_copy(previous / "tables" / t, tables / t)
                kept.append(t)
        entry["tables"] = kept
    kept = [name for name in entries if entries[name].get("started") != started]
    if kept:
        log(f"kept from earlier runs: {', '.join(kept)}")
    manifest = {"presslens": _version(), "started": started, "corpus": corpus, "notebooks": entries}
    (tmp / REPORT_MARKER).write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")
    return manifest


def _has_files(folder: Path, entry: dict) -> bool:
    files = entry.get("files") or []
    return bool(files) and all(isinstance(f, str) and "/" not in f and (folder / f).is_file() for f in files)


def _version() -> str:
    from . import __version__

    return __version__


# --- the kernel ----------------------------------------------------------------------------------

def kernel_path(base: str | Path | None = None) -> Path:
    """A Jupyter data folder holding a kernelspec named ``presslens`` that runs *this* interpreter.

    Prepended to JUPYTER_PATH while notebooks execute, so results never depend on which kernel a
    user happened to register last. The default folder is named after this interpreter too, so runs
    from two environments at once (two checkouts, two virtualenvs) never start each other's kernels.
    """
    import hashlib

    interpreter = hashlib.blake2b(sys.executable.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    root = Path(base) if base else own_temp_folder(f"presslens-kernel-{os.getuid()}-{interpreter}")
    spec_dir = root / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True, exist_ok=True)
    spec = {
        # The kernel's own log (a TCP warning at every start, a traceback when a run is stopped mid-cell)
        # would only clutter an unattended run's log; the notebook's output and errors are unaffected.
        # (ipykernel's launcher, with the collector set by presslens from the interpreter's start: presslens.kernel)
        "argv": [sys.executable, "-m", "presslens.kernel", "-f", "{connection_file}",
                 "--IPKernelApp.log_level=CRITICAL"],
        "display_name": "Python (presslens)",
        "language": "python",
        "metadata": {"debugger": True},
    }
    target = spec_dir / "kernel.json"
    text = json.dumps(spec, indent=1)
    if not target.exists() or target.read_text() != text:
        target.write_text(text)
    return root


def ipython_dir_without_home() -> None:
    """When the home folder cannot be written (a service user whose HOME is /nonexistent or /proc/nohome) and
    IPYTHONDIR is not set, set it to a folder of this user's under the temporary folder, for this process and
    the kernels it starts: IPython would otherwise warn on stderr, in every kernel, that it uses a temporary
    folder, and a scheduled run's log would hold more than its one ``presslens:`` line on failure."""
    if os.environ.get("IPYTHONDIR"):
        return
    home = Path(os.path.expanduser("~"))
    if home.is_dir() and os.access(home, os.W_OK):
        return
    os.environ["IPYTHONDIR"] = str(own_temp_folder(f"presslens-ipython-{os.getuid()}"))


def own_temp_folder(name: str) -> Path:
    """The folder ``name`` in the temporary folder, made if missing, when it is this user's own (a folder, not a link,
    that no one else may write); else a fresh folder of this user's there. What presslens keeps there is run (a
    kernelspec's command, IPython's startup files): a folder another user made first must not be used."""
    folder = Path(tempfile.gettempdir()) / name
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = folder.lstat()
        if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o022:
            return folder
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix=f"{name}-"))


def use_own_kernel() -> None:
    """Point Jupyter at :func:`kernel_path` for this process and the kernels it starts."""
    root = str(kernel_path())
    paths = os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
    if root not in paths:
        os.environ["JUPYTER_PATH"] = os.pathsep.join([root] + [p for p in paths if p])


# --- executing and rendering ---------------------------------------------------------------------

@dataclass
class NotebookResult:
    name: str
    status: str  # "ok" or "failed"
    seconds: float
    parameters: dict = field(default_factory=dict)
    error: str = ""
    note: str = ""  # a notebook that ran but shows nothing: its report's sentence saying why (nothing_shown)


def execute(notebook: str | Path, output: str | Path, parameters: dict, *, timeout: int | None = 600,
            cwd: str | Path | None = None, km=None) -> NotebookResult:
    """Execute one notebook with papermill into ``output``. Never raises for a failing notebook: it is
    still written, with the error in it (and a note at the top saying what failed), and the result
    says ``failed`` with a one-line reason: the exception's last line, a cell that ran longer than
    ``timeout`` seconds, or a kernel that died. ``km``: a kernel manager whose kernel is started already
    (:func:`start_kernel`) to run it in, which the caller stops; by default papermill starts one and
    stops it. A kernel that never becomes ready (:data:`KERNEL_NOT_STARTED`) is replaced by a new one,
    once."""
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    use_own_kernel()
    nb = Path(notebook)
    started = time.perf_counter()
    status, error = "ok", ""
    try:
        try:
            _papermill(nb, output, parameters, cwd=cwd, timeout=timeout, km=km)
        except RuntimeError as exc:
            if not str(exc).startswith(KERNEL_NOT_STARTED):
                raise
            # Kernels started at the same moment by two processes can be given the same port: one never
            # answers. Nothing has run yet; a new kernel gets new ports. Said, as it costs the wait.
            print(f"presslens: {nb.stem}: {_last_line(str(exc))}; starting another kernel", file=sys.stderr,
                  flush=True)
            _papermill(nb, output, parameters, cwd=cwd, timeout=timeout)
    except pm.PapermillExecutionError as exc:
        status, error = "failed", _last_line(f"{exc.ename}: {exc.evalue}")
    except CellTimeoutError:
        status, error = "failed", f"a cell ran longer than the {timeout} s limit and was stopped (raise it with --timeout)"
    except DeadKernelError:
        status, error = "failed", "the kernel died while running the notebook (killed, out of memory, or exited)"
    except Exception as exc:  # a missing kernel, a broken notebook file: still a result, not a crash
        status, error = "failed", _last_line(f"{type(exc).__name__}: {exc}")
    if status == "failed":
        _note_failure(Path(output), nb, error)
    note = nothing_shown(Path(output)) if status == "ok" else ""
    return NotebookResult(nb.stem, status, time.perf_counter() - started, dict(parameters), error, note)


def nothing_shown(executed: Path) -> str:
    """The sentence an executed notebook's report opens with when its selection left it nothing to show
    (:func:`presslens.notebook.selection_note`: "Nothing to show: none of the 42 articles read is from ..."), ''
    when it shows something; the run's log and index repeat it, so that an empty report is not taken for a
    result."""
    import nbformat

    from .bounds import NOTHING_TO_SHOW  # not from presslens.notebook: a notebook worker never needs pandas

    try:
        nb = nbformat.read(executed, as_version=4)
    except Exception:  # no notebook to read: nothing to repeat
        return ""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            text = str(out.get("data", {}).get("text/markdown", ""))
            if text.startswith(NOTHING_TO_SHOW):
                return _last_line(text)
    return ""


# How nbclient says a kernel never became ready (it answered nothing, or exited first).
KERNEL_NOT_STARTED = ("Kernel didn't respond", "Kernel died before replying to kernel_info")


def _papermill(nb: Path, output: str | Path, parameters: dict, *, cwd, timeout: int | None, km=None) -> None:
    """papermill's ``execute_notebook`` of ``nb`` as :func:`execute` runs it (in ``km``'s kernel if given)."""
    import papermill as pm

    started_kernel = {"engine_name": _started_kernel_engine(), "km": km} if km is not None else {}
    pm.execute_notebook(
        str(nb), str(output), parameters=parameters, kernel_name=KERNEL_NAME,
        cwd=str(cwd or nb.parent), progress_bar=False, log_output=False,
        execution_timeout=timeout, report_mode=False, **started_kernel,
    )


def _last_line(message: str) -> str:
    lines = [ln.strip() for ln in message.strip().splitlines() if ln.strip().strip("-")]
    return lines[-1] if lines else "error"


# What the analysis notebooks import first, imported by a kernel started ahead (see start_kernel) for a notebook
# whose imports cannot be read (preload); the plots module (matplotlib's pyplot) is left to the notebook, which
# sets up its figures as it imports it.
_PRELOAD = ("import presslens.notebook, presslens.actors, presslens.chronology, presslens.sentiment, "
            "presslens.terms, presslens.tokens")


def preload(notebook: str | Path) -> str:
    """The import statement a kernel started ahead for ``notebook`` runs as it starts (see :func:`start_kernel`):
    :mod:`presslens.notebook` (which opens the corpus) and the presslens modules the notebook's code cells
    import, but not :mod:`presslens.plots` (see :data:`_PRELOAD`, said for a notebook that cannot be read).
    Only these: the corpus notebook's kernel imports no analysis module (the sentiment module's nltk, the date
    patterns), which each kernel paid for while the corpus was parsed (0.1-0.3 s of CPU a kernel)."""
    from . import _LAZY_MODULES, _SUBMODULES

    modules = {"presslens.notebook": None}  # in order, once each
    try:
        cells = _cells(notebook)
    except ParameterError:
        return _PRELOAD
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        try:
            tree = ast.parse(source if isinstance(source, str) else "".join(source))
        except (SyntaxError, ValueError):  # IPython's magics (%time): that cell's imports are left to it
            continue
        for node in tree.body:  # what the cell imports as it runs (not inside a function or a condition)
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "presslens":
                # names of the package: its modules, or functions and classes (whose modules open_corpus loads)
                names = [f"presslens.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                package, _, module = name.partition(".")
                module = module.split(".")[0]
                # presslens's own modules only, so that the kernel's start never meets an import that fails
                if package == "presslens" and module != "plots" and (module in _LAZY_MODULES or module in _SUBMODULES):
                    modules.setdefault(f"presslens.{module}")
    return "import " + ", ".join(modules)


def kernel_manager():
    """An (asynchronous) kernel manager for the project's kernel spec, as papermill makes one; start its
    kernel with :func:`start_kernel`."""
    from jupyter_client import AsyncKernelManager

    use_own_kernel()
    return AsyncKernelManager(kernel_name=KERNEL_NAME)


def start_kernel(km, cwd: str | Path, notebook: str | Path | None = None) -> None:
    """Start ``km``'s kernel in ``cwd`` as papermill would, importing presslens's analysis modules as it
    starts (the first cell's imports, done before it runs): those ``notebook`` imports (:func:`preload`),
    all of them (:data:`_PRELOAD`) when it is not given; for :func:`execute`; stop it with
    :func:`stop_kernel`."""
    from jupyter_core.utils import run_sync

    lines = _PRELOAD if notebook is None else preload(notebook)
    run_sync(km.start_kernel)(cwd=str(cwd), extra_arguments=["--HistoryManager.hist_file=:memory:",
                                                             f"--IPKernelApp.exec_lines={lines}"])


def stop_kernel(km, *, now: bool = False) -> None:
    """Shut down ``km``'s kernel (see :func:`start_kernel`; nothing if it is not running)."""
    from jupyter_core.utils import run_sync

    try:
        if run_sync(km.is_alive)():
            run_sync(km.shutdown_kernel)(now=now)
    finally:
        run_sync(km.cleanup_resources)()


_ENGINE = "presslens-started-kernel"
_engine_registered = False


def _started_kernel_engine() -> str:
    """The name of a papermill engine (registered on first use) running a notebook in the kernel passed as
    ``km``: papermill's own engine, with the kernel client closed afterwards (papermill closes it only with
    a kernel it started itself)."""
    global _engine_registered
    if _engine_registered:
        return _ENGINE
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.log import logger
    from papermill.utils import merge_kwargs, remove_args

    class StartedKernelClient(PapermillNotebookClient):
        def execute(self, **kwargs):
            try:
                return super().execute(**kwargs)
            finally:
                if self.kc is not None:
                    self.kc.stop_channels()
                    self.kc = None

    class StartedKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                     stderr_file=None, start_timeout=60, execution_timeout=None, **kwargs):
            # as NBClientEngine.execute_managed_notebook, with the client above
            kwargs = remove_args(["input_path"], **kwargs)
            options = merge_kwargs(remove_args(["timeout", "startup_timeout"], **kwargs),
                                   timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
                                   startup_timeout=start_timeout, kernel_name=kernel_name, log=logger,
                                   log_output=log_output, stdout_file=stdout_file, stderr_file=stderr_file)
            return StartedKernelClient(nb_man, **options).execute()

    papermill_engines.register(_ENGINE, StartedKernelEngine)
    _engine_registered = True
    return _ENGINE


def _note_failure(output: Path, source: Path, error: str) -> None:
    """Put a note saying what failed at the top of the executed notebook (written from the source
    notebook when the run stopped before papermill wrote anything)."""
    import nbformat

    try:
        nb = nbformat.read(str(output if output.exists() else source), as_version=4)
        note = nbformat.v4.new_markdown_cell(
            f"**This notebook failed:** <code>{html.escape(error)}</code>. Outputs below stop where it failed."
        )
        note.metadata["tags"] = ["presslens-error"]
        nb.cells.insert(0, note)
        nbformat.write(nb, str(output))
    except Exception:  # the result still says failed; the note is a courtesy
        pass


# Reports are static pages: nothing in them needs JavaScript, so none may run (article text is
# untrusted). The policy also keeps a report from loading anything outside itself.
REPORT_CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
              "base-uri 'none'; form-action 'none'")

# The lab template, minus its scripts (MathJax, require.js, mermaid and widgets, fetched from CDNs),
# plus the policy above; mermaid text is escaped (the stock template writes it raw), and printed text wraps
# between words.
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}
<meta http-equiv="Content-Security-Policy" content="{{ resources.presslens_csp }}">
{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block data_widget_view -%}{%- endblock data_widget_view -%}
{%- block data_javascript -%}{%- endblock data_javascript -%}
{%- block data_mermaid -%}<pre>{{ output.data['text/vnd.mermaid'] | escape_html }}</pre>{%- endblock data_mermaid -%}
{%- block html_head_css -%}
<style>
/* printed text wraps between words, as prose does (JupyterLab breaks it anywhere: "every date e / xpression");
   only a word longer than the line (a path, a URL) is broken */
.jp-OutputArea-output pre { word-break: normal; overflow-wrap: anywhere; }
</style>
{%- endblock html_head_css -%}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
alt="{{ ((output | get_metadata('alt', 'image/png')) or 'Figure') | escape_html }}"
{%- set width=output | get_metadata('width', 'image/png') -%}
{%- if width is not none %}
width={{ width | escape_html }}
{%- endif %}
{%- set height=output | get_metadata('height', 'image/png') -%}
{%- if height is not none %}
height={{ height | escape_html }}
{%- endif %}
>
</div>
{%- endblock data_png %}
"""

_ALLOWED_TAGS = frozenset(
    "a abbr b blockquote br caption cite code col colgroup dd del details div dl dt em figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup "
    "table tbody td tfoot th thead tr u ul var".split()
)
_CELL_ATTRS = ["colspan", "rowspan", "align", "valign", "style", "class", "id", "title"]
_ALLOWED_ATTRS = {
    "*": ["class", "id", "title", "style"],
    "a": ["href", "title", "class", "id"],
    "img": ["src", "alt", "width", "height", "class"],
    "table": ["border", "class", "id", "style"],
    "td": _CELL_ATTRS, "th": _CELL_ATTRS, "col": ["span", "style"], "colgroup": ["span", "style"],
    "ol": ["start", "type"],
}
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
_UNSAFE_CSS = re.compile(r"<|\\|url\s*\(|@import|expression|javascript|behavior|binding|image-set|src\s*\(", re.I)
_DATA_IMAGE = re.compile(r"data:image/(?:png|jpe?g|gif|webp);base64,[A-Za-z0-9+/=\s]*\Z", re.I)


def _attribute_allowed(tag: str, name: str, value: str) -> bool:
    allowed = _ALLOWED_ATTRS.get(tag, _ALLOWED_ATTRS["*"])
    if name not in allowed:
        return False
    if tag == "img" and name == "src":
        return bool(_DATA_IMAGE.match(value.strip()))  # embedded pictures only: no tracking, no file://
    if name == "href":
        return not re.sub(r"[\x00-\x20]", "", value).lower().startswith("data:")
    return True


def clean_html(fragment) -> str:
    """Make an HTML fragment from a notebook (a table, a markdown cell, a KWIC view) safe to open:
    markup that cannot run code is kept (tables, headings, lists, emphasis, links to http(s)/mailto,
    embedded images, inline styles and ``<style>`` blocks without URLs); anything else — ``<script>``,
    event handlers (``onerror=``), ``javascript:`` links, iframes, forms, SVG — is shown as inert text
    or removed. Replaces nbconvert's ``clean_html``, whose allow-list turns DataFrame tables
    (``thead``, ``th``) and their styles into visible tag soup."""
    return _cleaned(fragment.decode() if isinstance(fragment, bytes) else str(fragment))


# A notebook's two pages (with code, report) hold the same outputs and markdown: each fragment is cleaned once
# (half of their rendering time went to cleaning). Enough for every fragment of one notebook's pages; emptied
# once they are written (_write_views).
@functools.lru_cache(maxsize=512)
def _cleaned(text: str) -> str:
    """:func:`clean_html` of ``text`` (the same whatever the random nonce of its style tokens)."""
    import bleach
    from bleach.css_sanitizer import ALLOWED_CSS_PROPERTIES, CSSSanitizer

    styles: dict[str, str] = {}
    nonce = secrets.token_hex(8)

    def keep_style(m: re.Match) -> str:
        css = m.group(1)
        if _UNSAFE_CSS.search(css):
            return ""
        token = f"presslens-style-{nonce}-{len(styles)}"
        styles[token] = f"<style>{css}</style>"
        return token

    text = _STYLE_BLOCK.sub(keep_style, text)
    css = CSSSanitizer(allowed_css_properties=ALLOWED_CSS_PROPERTIES | {"text-align", "vertical-align",
                                                                       "white-space", "font-family"})
    cleaned = bleach.clean(text, tags=_ALLOWED_TAGS, attributes=_attribute_allowed,
                           protocols={"http", "https", "mailto", "data"}, strip=False, strip_comments=True,
                           css_sanitizer=css)
    for token, block in styles.items():
        cleaned = cleaned.replace(token, block)
    return cleaned


def render_html(executed, *, with_code: bool) -> str:
    """HTML of an executed notebook (its path, or the notebook itself): with its code, or as a report
    showing only outputs.

    Every HTML fragment in it (outputs, markdown) goes through :func:`clean_html`, and the page
    carries :data:`REPORT_CSP` and no script, so article text in a table can never run as code. The page's
    title names the analysis and the corpus (:func:`page_title`); the report ends with the parameters used.
    """
    import nbformat

    nb = executed if isinstance(executed, nbformat.NotebookNode) else nbformat.read(str(executed), as_version=4)
    nb = _with_figure_alt(nb)
    nb.metadata["title"] = page_title(nb, with_code=with_code)
    if not with_code and _run_parameters(nb):
        nb.cells.append(_parameters_cell(nb))
    with _EXPORTER_LOCK:
        body, _ = _exporter(with_code).from_notebook_node(nb, resources={"presslens_csp": REPORT_CSP})
    return body


_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)


def _run_parameters(nb) -> dict:
    """The parameters papermill ran ``nb`` with (its metadata), {} for a notebook it did not run."""
    return dict(((nb.metadata.get("papermill") or {}).get("parameters")) or {})


def _corpus_name(corpus: object) -> str:
    """A corpus path as a shared report names it: its folder's or file's name, never the reader's absolute path."""
    return Path(str(corpus)).name or str(corpus)


def page_title(nb, *, with_code: bool) -> str:
    """The HTML title of a report page: the notebook's first heading (its analysis), the corpus by name, and
    presslens ("Sentiment: seeds · presslens report"); the code view says so."""
    heading = next((re.sub(r"[*_`]", "", found[0]) for cell in nb.cells if cell.cell_type == "markdown"
                    for found in [_HEADING.findall(cell.source)] if found), "")
    analysis = heading or "Notebook"
    corpus = _run_parameters(nb).get("corpus")
    on = f": {_corpus_name(corpus)}" if corpus else ""
    return f"{analysis}{on} · presslens {'notebook with code' if with_code else 'report'}"


def _parameters_cell(nb):
    """A cell, for the end of a report shown without code, listing the parameters papermill ran the notebook
    with (the corpus by name; not where its tables were written), and how to change them."""
    from nbformat import v4

    e = html.escape
    shown = {k: v for k, v in _run_parameters(nb).items() if k != "tables_dir"}
    if "corpus" in shown:
        shown["corpus"] = _corpus_name(shown["corpus"])
    rows = "".join(f"<tr><td><code>{e(k)}</code></td><td><code>{e(json.dumps(v, ensure_ascii=False))}</code></td></tr>"
                   for k, v in shown.items())
    table = f"<table class='dataframe'><thead><tr><th>parameter</th><th>value</th></tr></thead><tbody>{rows}</tbody></table>"
    name = Path(str((nb.metadata.get("papermill") or {}).get("input_path") or "NOTEBOOK")).stem
    page = (f"<h2 id='parameters-used'>Parameters used</h2>{table}<p>Parameters not listed had the notebook's "
            f"default values. To make this report again with other values, "
            f"run <code>presslens run {e(name)} -p NAME VALUE</code> (or <code>-f params.yaml</code>), or change "
            f"the first code cell of the notebook in JupyterLab.</p>")
    return v4.new_code_cell("", outputs=[v4.new_output("display_data", data={"text/html": page,
                                                                              "text/plain": "Parameters used"})])


def _with_figure_alt(nb):
    """A copy of ``nb`` whose figures (PNG outputs without a description) are described for screen readers
    and text browsers by the heading of their section: "Figure: Articles over time"."""
    import copy

    nb = copy.deepcopy(nb)
    heading = ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            found = _HEADING.findall(cell.source)
            if found:
                heading = re.sub(r"[*_`]", "", found[-1])
            continue
        for out in cell.get("outputs", ()):
            if "image/png" in out.get("data", {}):
                meta = out.setdefault("metadata", {}).setdefault("image/png", {})
                if not meta.get("alt"):
                    meta["alt"] = f"Figure: {heading}" if heading else "Figure"
    return nb


_EXPORTER_LOCK = threading.Lock()


@functools.cache
def _exporter(with_code: bool):
    """The HTML exporter of :func:`render_html`, made once a process: its templates are compiled on first
    use (a third of a page's rendering time otherwise). Used under ``_EXPORTER_LOCK``."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", extra_loaders=[DictLoader({"presslens.html.j2": _TEMPLATE})],
                            template_file="presslens.html.j2", filters={"clean_html": clean_html})
    exporter.sanitize_html = True
    if not with_code:
        exporter.exclude_input = True
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
    return exporter


_PIXEL = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def _sample_notebook():
    """A small executed notebook with every kind of cell and output the reports hold."""
    from nbformat import v4

    html_table = "<table class='dataframe'><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
    return v4.new_notebook(cells=[
        v4.new_markdown_cell("# Title\n\nSome *text*, a [link](https://example.org) and `code`."),
        v4.new_code_cell("import pandas as pd\nx = {'a': [1]}  # a comment\npd.DataFrame(x)", execution_count=1,
                         outputs=[v4.new_output("stream", name="stdout", text="printed\n"),
                                  v4.new_output("execute_result", execution_count=1,
                                                data={"text/html": html_table, "text/plain": "   a\n0  1"}),
                                  v4.new_output("display_data", data={"image/png": _PIXEL, "text/plain": "<Figure>"})]),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                 "language_info": {"name": "python"}})


def _fallback_html(name: str, error: str) -> str:
    """A page standing in for a notebook that could not be rendered, saying why."""
    e = html.escape
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{REPORT_CSP}\"><title>{e(name)}</title></head>"
            f"<body><h1>{e(name)}</h1><p>This report could not be produced: <code>{e(error)}</code></p>"
            f"<p>See <a href='{e(name)}.ipynb'>the executed notebook</a> if it exists, and the run's log.</p>"
            f"</body></html>\n")


def notebook_summary(path: Path, *, limit: int = 200) -> str:
    """What a notebook shows, for a reader of the index page: the first sentence of its first Markdown cell's text
    (under its heading), without Markdown marks; '' when it has none (or cannot be read)."""
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return ""
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        prose = " ".join(" ".join(lines).split())
        prose = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", prose)  # [text](link)
        prose = re.sub(r"[`*_]{1,2}(?=\S)|(?<=\S)[`*_]{1,2}", "", prose)
        prose = re.sub(r"\s*\([^()]*\)", "", prose)  # asides in brackets: the gist is wanted here
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", prose, maxsplit=1)[0] if prose else ""
        return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "…"
    return ""


def corpus_shown(corpus: str) -> str:
    """The corpus as a shared index page names it: as typed when relative (``seeds``, ``data/raw``), by its
    folder's or file's name when absolute (``/home/me/mynews``: ``mynews``), so a page shared reveals no
    local path."""
    if not (Path(corpus).is_absolute() or corpus.startswith("~")):
        return corpus
    return _corpus_name(corpus)


def write_index(out: Path, results: list[NotebookResult], *, corpus: str, n_articles: int, started: str,
                seconds: float, manifest: dict | None = None, without_text: int = 0) -> Path:
    """``index.html`` linking every notebook's report and code view, with status, parameters and time: the
    notebooks of this run (``results``) and, from ``manifest`` (:func:`_assemble`), those whose report
    comes from an earlier run, saying which, and for one that failed this time, its last good report.
    ``without_text``: how many of the ``n_articles`` have no story text (said, with where they are listed)."""
    e = html.escape
    entries = dict((manifest or {}).get("notebooks", {}))
    for r in results:
        entries.setdefault(r.name, {"status": r.status, "started": started, "seconds": r.seconds,
                                    "parameters": r.parameters, "error": r.error, "note": r.note})
    rank = {name: i for i, name in enumerate(ORDER)}
    position = {r.name: i for i, r in enumerate(results)}
    names = sorted(entries, key=lambda n: (rank.get(n, len(ORDER)), position.get(n, len(results)), n))
    rows = []
    earlier = 0
    for name in names:
        en = entries[name]
        views = (f"<a href='{e(name)}.report.html'>report</a> · <a href='{e(name)}.html'>with code</a> · "
                 f"<a href='{e(name)}.ipynb'>notebook</a>")
        from_run = en.get("started") or "?"
        this_run = from_run == started
        failed_now = en.get("failed_later") if isinstance(en.get("failed_later"), dict) else None
        if failed_now and failed_now.get("started") == started:
            css = "failed"
            status = (f"failed this time — {e(str(failed_now.get('error', '')))}; the report shown is the last good "
                      f"one, from the run started {e(from_run)} (this run's failed notebook: "
                      f"<a href='{e(name)}.failed.report.html'>report</a> · "
                      f"<a href='{e(name)}.failed.html'>with code</a>)")
            origin = f"earlier run, started {e(from_run)}"
            params_src, secs = failed_now.get("parameters") or {}, failed_now.get("seconds")
        else:
            css = en.get("status", "failed") if this_run else f"earlier {en.get('status', 'failed')}"
            status = "ok" if en.get("status") == "ok" else f"failed — {e(str(en.get('error', '')))}"
            if en.get("status") == "ok" and en.get("note"):
                status += f" — {e(str(en['note']))}"
            if failed_now:
                status += (f"; a later run, started {e(str(failed_now.get('started')))}, failed: "
                           f"{e(str(failed_now.get('error', '')))}")
            origin = "this run" if this_run else f"earlier run, started {e(from_run)}"
            params_src, secs = en.get("parameters") or {}, en.get("seconds")
        if not this_run:
            earlier += 1
        params = ", ".join(f"{k}={v!r}" for k, v in sorted(params_src.items()))
        time_text = f"{secs:.1f} s" if isinstance(secs, int | float) else "—"
        owned = " · ".join(f"<a href='tables/{e(t)}'>{e(t)}</a>" for t in en.get("tables", []))
        about = notebook_summary(out / f"{name}.ipynb")
        about = f"<div class='about'>{e(about)}</div>" if about else ""
        rows.append(f"<tr class='{e(css)}'><td><b>{e(name)}</b>{about}</td><td>{views}</td><td>{status}</td><td>{origin}</td>"
                    f"<td>{time_text}</td><td><code>{e(params)}</code></td><td>{owned}</td></tr>")
    tables = sorted((out / "tables").glob("*.csv")) if (out / "tables").exists() else []
    table_links = " · ".join(f"<a href='tables/{e(t.name)}'>{e(t.name)}</a>" for t in tables) or "none"
    ok = sum(r.status == "ok" for r in results)
    kept = (f" {earlier} report(s) kept from earlier runs, as said in the table." if earlier else "")
    unread = (f", {without_text} without story text (empty, binary or unreadable: the corpus report lists them, with "
              "why)" if without_text else "")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'unsafe-inline'">
<title>presslens reports: {e(corpus_shown(corpus))}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}}table{{border-collapse:collapse}}
td,th{{border-bottom:1px solid #ddd;padding:.4rem .8rem;text-align:left;vertical-align:top}}
tr.failed td{{background:#fde8e8}}tr.earlier td{{color:#555}}code{{font-size:.85em}}
.about{{color:#444;font-size:.9em;max-width:28rem;margin-top:.2rem}}</style></head>
<body><h1>presslens reports</h1>
<p>Corpus <code>{e(corpus_shown(corpus))}</code>: {n_articles} article(s){unread}. Run started {e(started)}, took {seconds:.1f} s.
{ok} of {len(results)} notebook(s) ran.{kept}</p>
<table><tr><th>notebook</th><th>views</th><th>status</th><th>from</th><th>time</th><th>parameters</th><th>tables</th></tr>
{"".join(rows)}
</table>
<p>Tables: {table_links}</p>
</body></html>
"""
    path = out / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


class _Lock:
    """An exclusive lock on ``.<out>.lock`` next to ``out`` (fcntl), held while a run writes; the file is
    removed when the run ends. A file left by a killed run holds no lock (the kernel released it with the
    process) and is taken over."""

    def __init__(self, out: Path):
        self.path = out.parent / f".{out.name}.lock"

    def __enter__(self):
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            self.fh = open(self.path, "a+")
            try:
                fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self.fh.seek(0)
                holder = self.fh.read().strip()
                self.fh.close()
                raise RunLockedError(
                    f"another presslens run is writing {self.path.parent / self.path.name[1:-5]} "
                    f"({holder or 'unknown pid'}); wait for it to finish or choose another --out"
                ) from None
            # the run holding it before may have removed the file meanwhile (its lock then guards nothing)
            try:
                same = os.path.samestat(os.fstat(self.fh.fileno()), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                break
            self.fh.close()
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}")
        self.fh.flush()
        return self

    def __exit__(self, *exc):
        import fcntl

        with suppress(OSError):
            self.path.unlink()  # while still held: a run waiting on this file finds it gone and makes its own
        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()
        return False


def _near_path(missing: Path) -> str:
    """`` (did you mean '/home/me/news'?)`` when the folder holding the ``missing`` corpus path has a file or
    folder named close to it, '' otherwise."""
    try:
        beside = [p.name for p in missing.parent.iterdir() if not p.name.startswith(".")]
    except OSError:  # no such folder either, or not readable
        return ""
    close = difflib.get_close_matches(missing.name, beside, n=1, cutoff=0.75)
    return f" (did you mean {str(missing.parent / close[0])!r}?)" if close else ""


def run(notebooks: list[str | Path] | None = None, *, corpus: str | Path = "seeds", out: str | Path = "reports",
        parameters: dict | None = None, timeout: int | None = 600, cache_dir: str | Path | None = "data/cache",
        jobs: int = 1, log=print) -> list[NotebookResult]:
    """Parse ``corpus`` once, execute the notebooks on it, and write the reports to ``out``.

    ``jobs`` notebooks execute at once (each in its own kernel, from a worker process when above 1);
    their per-article stages share the cache, so a stage two notebooks need is computed once. Results
    and reports are the same whatever ``jobs`` is; only the log lines come in order of completion.

    ``out`` is replaced only if presslens made it (see :func:`check_output`). The reports of notebooks not
    executed this time, and the last good report of one that failed, are carried over from the previous
    report folder (see :func:`_assemble`); ``index.html`` says which run each comes from.

    Returns one :class:`NotebookResult` per notebook, in the order given (a :class:`RunResults`, which also
    holds the corpus's counts). Raises ParameterError (bad
    parameters, before any kernel starts), OutputError (an ``out`` presslens may not replace), CorpusError
    (no such corpus or no article), RunLockedError (another run on ``out``), ReportWriteError (the reports could
    not be written: a full disk).
    """
    from .kernel import RUN_KERNEL
    from .reading import CorpusError

    ipython_dir_without_home()
    paths = [resolve_notebook(str(n)) for n in notebooks] if notebooks else default_notebooks()
    if not paths:
        raise ParameterError(f"no notebooks found in {NOTEBOOK_DIR}")
    given = dict(parameters or {})
    for reserved in ("corpus", "tables_dir"):
        if reserved in given:
            raise ParameterError(f"set {reserved} with --corpus/--out, not as a parameter")
    per_notebook = validate(paths, given)
    corpus_path = Path(corpus).resolve()
    if not corpus_path.exists():
        where = "" if Path(corpus).expanduser().is_absolute() else f" (relative to {Path.cwd()}, where presslens runs)"
        raise CorpusError(f"corpus path not found: {corpus}{where}{_near_path(corpus_path)}; give the folder or "
                          "file with --corpus PATH")
    check_output(out, corpus_path)
    out = Path(out).expanduser().resolve()
    started_at = dt.datetime.now().isoformat(timespec="seconds")
    t0 = time.perf_counter()
    try:
        lock = _Lock(out).__enter__()
    except OSError as exc:
        raise OutputError(f"cannot write next to --out {out}: {exc.strerror or exc}") from None
    with _term_as_interrupt(), ExitStack() as stops:
        stops.push(lock)
        # the kernels this run starts (in its notebook workers, or papermill's here) exit without Python's
        # teardown once shut down (presslens.kernel.exit_now): the run waits for each before writing its pages
        stops.enter_context(_environment(**{RUN_KERNEL: "1"}))
        _remove_leftovers(out, log=log)
        check_output(out, corpus_path)  # again, now that no other run can be replacing it
        # the run's cache for its processes (None: no cache at all, whatever the environment names), put back as
        # it was on the way out: a notebook or script calling run() keeps its own setting
        stops.enter_context(_environment(PRESSLENS_CACHE_DIR=str(Path(cache_dir).resolve()) if cache_dir else None))
        pool = None
        if jobs > 1 and len(paths) > 1:
            from .cores import workers_default

            jobs = min(jobs, len(paths))
            # the kernels share this machine's cores, unless told how many processes to use (or working on
            # a Dask cluster); the notebook workers start now, and import what they need while the corpus
            # is parsed (the parse leaves a core idle while it reads the files and writes its results)
            shared = os.environ.get("PRESSLENS_WORKERS") or (
                str(kernel_workers(jobs, workers_default()))
                if os.environ.get("PRESSLENS_ENGINE", "local") == "local" else "")
            with _environment(PRESSLENS_WORKERS=shared):
                pool = _notebook_pool(jobs)
            stops.callback(_stop_pool, pool)  # on any way out (shut down already after the notebooks ran)
        try:
            tmp = _new_temp_dir(out)
        except OSError as exc:
            raise OutputError(f"cannot write next to --out {out}: {exc.strerror or exc}") from None
        try:
            (tmp / "tables").mkdir()
            # each notebook saves its tables apart, so that the run knows which are whose (see _assemble)
            tasks = [(nb, tmp / f"{nb.stem}.ipynb",
                      {"corpus": str(corpus_path), "tables_dir": str(tmp / f".tables-{nb.stem}"), **per_notebook[nb]})
                     for nb in paths]
            futures = None
            if pool is not None:
                # the first notebooks' kernels start (and import what they need) while the corpus is parsed,
                # and run the notebooks once the file says it is
                ready = tmp / ".corpus-ready"
                futures = _submit_parallel(tasks, timeout=timeout, pool=pool, ready=ready)
            try:
                n_articles, unreadable, named, reuse = parse_apart(corpus_path, details=True)
                if n_articles == 0:
                    raise CorpusError(f"no articles found under {corpus}")
            except BaseException as exc:
                if futures is not None:
                    _write_state(ready, f"{type(exc).__name__}: {exc}")
                    if isinstance(exc, Exception):  # the workers read it and stop: no signal to send
                        pool.shutdown(wait=True, cancel_futures=True)
                raise
            if futures is not None:
                _write_state(ready, "ok")
            log(f"corpus {corpus}: {n_articles} article(s), {unreadable} without story text "
                f"{reuse_note(n_articles, reuse, cached=bool(cache_dir))}")
            for line in without_text_lines(corpus_path, unreadable, named):
                log(line)

            def done(result: NotebookResult) -> None:
                log(f"  {result.name:<12} {result.status:<6} {result.seconds:6.1f} s  {result.error or result.note}")

            if pool is not None:
                results = _execute_parallel(tasks, timeout=timeout, pool=pool, done=done, futures=futures)
            else:
                results = []
                for task in tasks:
                    results.append(_execute_and_render(*task, timeout=timeout))
                    done(results[-1])
            for internal in (tmp / ".corpus-ready", tmp / ".corpus-ready.part"):
                internal.unlink(missing_ok=True)
            manifest = _assemble(tmp, results, out, started=started_at, corpus=str(corpus),
                                 corpus_path=corpus_path, log=log)
            write_index(tmp, results, corpus=str(corpus), n_articles=n_articles, without_text=unreadable,
                        started=started_at,
                        seconds=time.perf_counter() - t0, manifest=manifest)
            check_output(out, corpus_path)
            _replace_dir(tmp, out)
        except BaseException as exc:
            if pool is not None:  # no worker writes into the folder any more
                _stop_pool(pool)
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, OSError):  # writing a page, a table or the index: one line for the log, not a traceback
                raise ReportWriteError(f"could not write the reports in {out.parent}: {exc.strerror or exc}; "
                                       f"nothing of this run was written to {out} (its last report, if any, is left "
                                       "as it was)") from None
            raise
    return RunResults(results, n_articles=n_articles, without_text=unreadable)


class RunResults(list):
    """What :func:`run` returns: its :class:`NotebookResult` list, with the corpus's counts, ``n_articles`` and
    ``without_text`` (articles whose file gave no story text: empty, binary, unreadable)."""

    def __init__(self, results=(), *, n_articles: int = 0, without_text: int = 0):
        super().__init__(results)
        self.n_articles = n_articles
        self.without_text = without_text

    @property
    def nothing_read(self) -> bool:
        """Whether no article had story text: the run analysed nothing (an export gone wrong, a wrong folder)."""
        return self.n_articles > 0 and self.without_text >= self.n_articles


def parse_apart(corpus: Path, *, details: bool = False) -> tuple:
    """Parse ``corpus`` into the cache (:func:`presslens.cache.cached_corpus`, every core) in a child process,
    and return its number of articles and of articles without story text (with ``details``, also the first of
    these as (path, why), see :meth:`~presslens.corpus.Corpus.counts`, and what :func:`_parse_reuse` says).

    The kernels load the parsed corpus from the cache themselves; parsing here would leave this process,
    which only waits for them afterwards, holding the memory the parse took (Python does not give it back
    to the system). Errors are raised here: a :class:`~presslens.reading.CorpusError` as such, anything
    else as a RuntimeError naming it. An interrupt stops the child."""
    import multiprocessing

    from .reading import CorpusError

    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    # the child makes its worker pools as this process would (a spawned child defaults to spawning them,
    # each worker then importing everything again)
    child = ctx.Process(target=_parse_child, name="presslens-parse",
                        args=(str(corpus), send, multiprocessing.get_start_method(), os.getpid()))
    child.start()
    send.close()
    try:
        try:
            kind, *answer = receive.recv()
        except EOFError:  # the child died without a word (killed, out of memory)
            child.join()
            raise RuntimeError(f"parsing {corpus} stopped: the process exited with code {child.exitcode}") from None
        child.join()
    except BaseException:
        if child.is_alive():
            child.terminate()
            child.join(10)
        raise
    finally:
        receive.close()
    if kind == "ok":
        return tuple(answer) if details else tuple(answer[:2])
    if kind == "CorpusError":
        raise CorpusError(answer[0])
    raise RuntimeError(f"parsing {corpus} failed: {kind}: {answer[0]}")


def _parse_reuse() -> tuple[int, int] | None:
    """After :func:`presslens.cache.cached_corpus` in this process: (articles' files read back from the parse
    cache, files parsed); None when the parse stage did not run (the corpus snapshot was found: nothing
    parsed, everything from the cache)."""
    from .corpus import PARSE_STAGE
    from .pipeline import STAGE_COUNTS

    return STAGE_COUNTS.get(PARSE_STAGE)


def without_text_lines(corpus: Path, n: int, named: list[tuple[str, str]]) -> list[str]:
    """The log's lines under the corpus line naming the articles without story text (``named``: the first of
    the ``n``, as (path, why)), by their path inside the corpus, and how many more the corpus report lists:
    ``  without story text: empty.txt (empty file)``."""
    if not named and n == 0:  # nothing to name: the run's own process need not import pandas (0.3-0.4 s)
        return []
    import pandas as pd

    from .notebook import relative_paths

    paths = relative_paths(pd.Series([path for path, _ in named], dtype=object), corpus)
    lines = [f"  without story text: {path} ({why})" for path, (_, why) in zip(paths, named, strict=True)]
    if n > len(named):
        lines.append(f"  ... and {n - len(named):,} more without story text, listed in the corpus report")
    return lines


def reuse_note(n_articles: int, reuse: tuple[int, int] | None, *, cached: bool) -> str:
    """What the corpus line says about the cache: ``(13 from the cache, 1 parsed)``."""
    if not cached:
        return f"({n_articles} parsed, no cache)"
    if reuse is None:
        return f"(all {n_articles} from the cache)"
    from_cache, parsed = reuse
    if parsed == 0:
        return f"(all {n_articles} from the cache)"
    if from_cache == 0:
        return f"({n_articles} parsed, none from the cache)"
    return f"({from_cache} from the cache, {parsed} parsed)"


def _parse_child(corpus: str, send, start_method: str, parent: int) -> None:
    """In the child of :func:`parse_apart`: worker pools start by ``start_method`` (the parent's); SIGTERM
    stops the parse (KeyboardInterrupt, so its worker pool is shut down), and so does the death of the run's
    process ``parent`` (:func:`_watch_parent`); the answer goes back through ``send``."""
    import multiprocessing

    from .cache import cached_corpus
    from .reading import CorpusError

    multiprocessing.set_start_method(start_method, force=True)

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, interrupt)
    warnings.formatwarning = _log_warning
    try:
        _watch_parent(parent)  # a run killed mid-parse: its parse stops too, not after the whole corpus
        answer = ("ok", *cached_corpus(corpus, counts=True), _parse_reuse())
    except CorpusError as exc:
        answer = ("CorpusError", str(exc))
    except Exception as exc:
        answer = (type(exc).__name__, str(exc))
    except KeyboardInterrupt:
        if _ORPHANED.is_set():  # the run is gone: no one to answer, and nothing for its log
            os._exit(128 + signal.SIGTERM)
        raise
    send.send(answer)
    send.close()
    # the answer is the child's last act: it ends without the interpreter's teardown (see exit_now), which the
    # run waits for (child.join) before its notebooks may start
    from .kernel import exit_now

    exit_now()


def _log_warning(message, category, filename, lineno, line=None, *, default=warnings.formatwarning) -> str:
    """A warning of presslens's own (``presslens could not keep the parse results in its cache (...)``) as one
    line of the run's log, without the source file and line Python adds; any other as Python shows it."""
    if str(message).startswith("presslens "):
        return f"{message}\n"
    return default(message, category, filename, lineno, line)


def _execute_and_render(notebook: Path, output: Path, params: dict, *, timeout: int | None,
                        ready: Path | None = None) -> NotebookResult:
    """Execute one notebook into ``output`` and write its two HTML views next to it.

    ``ready``: a file the run writes once the corpus is parsed (:func:`_write_state`). While it is not
    there, the notebook's kernel is started and imports the analysis modules; the notebook runs when the
    file says ``ok`` (its cells' time limit counts from then), and fails with the file's reason otherwise."""
    global _BUSY
    # the index names the corpus once, as typed (write_index): not this run's absolute paths
    params_shown = {k: v for k, v in params.items() if k not in ("tables_dir", "corpus")}
    km = None
    now = True  # a started kernel is stopped at once on any way out but a notebook that ran
    _BUSY = True
    try:
        if ready is not None and not ready.exists():
            try:
                km = kernel_manager()
                start_kernel(km, notebook.parent, notebook)
            except Exception:  # no kernel to start: papermill tries once the corpus is ready, and says why
                failed, km = km, None
                if failed is not None:
                    with suppress(Exception):
                        stop_kernel(failed, now=True)
            state = _wait_state(ready)
            if state != "ok":
                return NotebookResult(notebook.stem, "failed", 0.0, params_shown, f"the corpus was not parsed: {state}")
        if _RENDER_READY is not None:
            _IMPORTED.wait()
        result = execute(notebook, output, params, timeout=timeout, km=km)
        now = False
    finally:
        if km is not None:
            stop_kernel(km, now=now)
        _BUSY = False
        if _ORPHANED.is_set():  # the run died (see _watch_parent): its kernel is stopped, nothing to report to
            os._exit(128 + signal.SIGTERM)
    result.parameters = params_shown
    _write_views(output.parent, notebook.stem, result)
    return result


def _write_state(path: Path, state: str) -> None:
    """Write ``state`` to ``path`` at once (it appears whole): "ok", or why the corpus was not parsed."""
    part = path.with_name(path.name + ".part")
    part.write_text(state, encoding="utf-8")
    os.replace(part, path)


def _wait_state(path: Path, *, poll: float = 0.05) -> str:
    """The text of ``path`` once it exists (see :func:`_write_state`)."""
    while not path.exists():
        time.sleep(poll)
    return path.read_text(encoding="utf-8")


def _worker_start(parent: int | None = None) -> None:
    """In a worker process: SIGTERM (sent by the parent when the run is interrupted or stops early)
    becomes KeyboardInterrupt while a notebook executes, so its kernel is shut down instead of left
    running; otherwise (warming up, idle) the worker exits at once, quietly. The notebook client's asyncio
    task still waiting for the interrupted cell then reports the dead kernel, with a traceback, when it is
    collected: that is this interruption, which the run reports, not a new error.

    ``parent``: the run's process id. When that process dies without stopping the pool (SIGKILL, the
    OOM killer, ``timeout -s KILL``), the worker stops as it would on its SIGTERM (:func:`_watch_parent`):
    a worker left behind would finish its notebook into a temporary folder the next run deletes, take
    the next one queued, then wait for work for ever, holding its memory.

    Once the pool is shut down the worker ends without the interpreter's teardown
    (:func:`presslens.kernel.exit_now`)."""
    def interrupt(signum, frame):
        if not _BUSY:  # starting, warming up or idle: no kernel to shut down
            os._exit(128 + signum)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second one ends the worker at once, mid-cleanup
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, interrupt)
    if parent is not None:
        _watch_parent(parent)
    # once the pool is shut down the worker ends without the interpreter's teardown (see exit_now: 0.45 s of CPU a
    # worker, freeing papermill's, nbconvert's and their templates' objects, which the run waits for at its end);
    # registered now, it runs after the exit handlers registered later (by what a notebook's execution imports)
    from .kernel import exit_now

    atexit.register(exit_now)
    _without_iri_grammar()
    _without_hadoop_files()


# How often a worker or the parse's child checks that the run's process is still there (see _watch_parent),
# and how long it then gives its notebook's kernel (or the parse's pool) to stop before it exits anyway.
PARENT_POLL_SECONDS = 1.0
ORPHAN_GRACE_SECONDS = 60.0
_ORPHANED = threading.Event()  # set in a worker or parse child whose run has died


def _watch_parent(parent: int) -> None:
    """Stop this process once ``parent`` is no longer its parent (it died and this one was handed to init or
    a subreaper). A daemon thread checks every :data:`PARENT_POLL_SECONDS`; then SIGTERM goes to the main
    thread (where a blocking wait is interrupted and the handler runs): an idle worker exits, a busy one
    shuts its kernel down (:func:`_execute_and_render` then exits, see :data:`_ORPHANED`), the parse's child
    stops its worker pool. Whatever happens, the process is gone :data:`ORPHAN_GRACE_SECONDS` later.
    os.getppid() is a system call that costs nothing a second: no pipe or /proc reading."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        _ORPHANED.set()
        with suppress(OSError, ValueError):
            signal.pthread_kill(threading.main_thread().ident, signal.SIGTERM)
        time.sleep(ORPHAN_GRACE_SECONDS)
        os._exit(128 + signal.SIGTERM)

    threading.Thread(target=watch, name="presslens-parent-watch", daemon=True).start()


def _without_iri_grammar() -> None:
    """In a notebook worker, before papermill is imported: make jsonschema (imported by nbformat) do without
    its optional IRI checker, whose module builds a Lark grammar when imported, 1.3 s of CPU in each worker
    while the corpus is parsed. jsonschema imports it only if present (an ImportError leaves the "iri"
    format unchecked); nbformat's notebook schema uses no such format, so notebooks validate the same."""
    sys.modules.setdefault("rfc3987_syntax", None)


def _without_hadoop_files() -> None:
    """In a notebook worker, before papermill is imported: papermill imports ``pyarrow.fs`` (and with it pyarrow
    and numpy: 0.15-0.2 s of CPU in each worker) only to offer reading and writing notebooks on HDFS. A worker
    executes notebooks from and into local folders, and nothing else it does imports pyarrow (its kernels, their
    own processes, do); papermill meets an ImportError and leaves its ``hdfs://`` handler out, as it does where
    pyarrow is not installed."""
    sys.modules.setdefault("pyarrow.fs", None)


_BUSY = False  # a worker executing a notebook (see _worker_start)
_RENDER_READY: threading.Thread | None = None  # a worker's warm-up (see _warm_up)
_IMPORTED = threading.Event()  # set when the warm-up's imports are done


def _warm_up() -> None:
    """In a new worker: import what starting a kernel needs, then, in the background, what executing and
    rendering a notebook needs (about 2 s of imports), and render a small notebook both ways, which sets
    up what a first rendering would (templates, syntax highlighting, the sanitizer's patterns: 1-2 s of the
    first report's time otherwise). The worker meanwhile takes its first notebook and starts its kernel;
    it runs the notebook once the imports are done (two threads importing the same modules at once can
    find one half made), and renders it after the sample."""
    global _RENDER_READY
    import jupyter_client  # noqa: F401
    import jupyter_core.utils  # noqa: F401

    def prepare() -> None:
        try:
            import bleach  # noqa: F401
            import nbclient  # noqa: F401
            import nbformat  # noqa: F401
            import papermill  # noqa: F401
            from nbconvert import HTMLExporter  # noqa: F401
        finally:
            _IMPORTED.set()
        sample = _sample_notebook()
        for with_code in (True, False):
            render_html(sample, with_code=with_code)

    _RENDER_READY = threading.Thread(target=prepare, name="presslens-worker-warm-up", daemon=True)
    _RENDER_READY.start()


def _notebook_pool(jobs: int):
    """``jobs`` worker processes for :func:`_execute_parallel`, started now (with this process's environment
    as it is now, which their kernels inherit) and preparing in the background (:func:`_warm_up`)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a fresh interpreter per worker, not a fork of this one (which may hold threads and the corpus)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_start, initargs=(os.getpid(),))
    for _ in range(jobs):  # each submit starts one worker while none is idle
        pool.submit(_warm_up)
    return pool


def _stop_pool(pool) -> None:
    """Stop ``pool``'s workers now (SIGTERM: each shuts its kernel down) and wait for them; nothing more
    for a pool shut down or stopped already (a second SIGTERM would end a worker in its cleanup)."""
    if getattr(pool, "_presslens_stopped", False):
        return
    pool._presslens_stopped = True
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        if proc.is_alive():
            proc.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _submit_parallel(tasks: list[tuple[Path, Path, dict]], *, timeout: int | None, pool,
                     ready: Path | None = None) -> dict:
    """Submit :func:`_execute_and_render` of every task to ``pool`` in :func:`start_order`; returns
    ``{future: task position}``."""
    return {pool.submit(_execute_and_render, *tasks[i], timeout=timeout, ready=ready): i for i in start_order(tasks)}


def _execute_parallel(tasks: list[tuple[Path, Path, dict]], *, timeout: int | None, pool, done,
                      futures: dict | None = None) -> list[NotebookResult]:
    """:func:`_execute_and_render` for every task in the workers of ``pool`` (:func:`_notebook_pool`), as
    many at a time as it has (submitted here, or already as ``futures`` from :func:`_submit_parallel`);
    results in task order; the pool is shut down at the end. On an interrupt the workers are stopped
    (their kernels shut down) before it propagates."""
    from concurrent.futures import as_completed

    try:
        if futures is None:
            futures = _submit_parallel(tasks, timeout=timeout, pool=pool)
        results: list[NotebookResult | None] = [None] * len(tasks)
        for fut in as_completed(futures):
            i = futures[fut]
            try:
                results[i] = fut.result()
            except Exception as exc:  # the worker itself died: still one failed result per notebook
                nb = tasks[i][0]
                params = {k: v for k, v in tasks[i][2].items() if k != "tables_dir"}
                results[i] = NotebookResult(nb.stem, "failed", 0.0, params,
                                            _last_line(f"{type(exc).__name__}: {exc}"))
                _write_views(tasks[i][1].parent, nb.stem, results[i])
            done(results[i])
    except BaseException:
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)
    return [r for r in results if r is not None]


@contextmanager
def _environment(**values: str | None):
    """Set environment variables (inherited by the processes started meanwhile; None: removed), then put them
    back."""
    before = {k: os.environ.get(k) for k in values}
    for k, v in values.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    try:
        yield
    finally:
        for k, v in before.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def start_order(tasks: list[tuple[Path, Path, dict]]) -> list[int]:
    """Positions of ``tasks`` in the order to start them side by side: :data:`START_ORDER`, then the rest as
    given."""
    rank = {name: i for i, name in enumerate(START_ORDER)}
    return sorted(range(len(tasks)), key=lambda i: (rank.get(tasks[i][0].stem, len(START_ORDER)), i))


def kernel_workers(jobs: int, cores: int) -> int:
    """Processes each notebook's per-article stages use when ``jobs`` notebooks run at once on ``cores``
    cores: the cores shared out, at least one (then a stage runs in the kernel itself, without sending the
    articles to worker processes and their results back)."""
    return max(1, cores // max(1, jobs))


def _write_views(folder: Path, name: str, result: NotebookResult) -> None:
    """``<name>.html`` and ``<name>.report.html`` for one executed notebook; a page saying why when the
    notebook could not be rendered (or was never written), so the index never links to nothing."""
    if _RENDER_READY is not None:  # one rendering at a time: the warm-up's first
        _RENDER_READY.join()
    executed = folder / f"{name}.ipynb"
    for with_code, suffix in ((True, ".html"), (False, ".report.html")):
        try:
            if not executed.exists():
                raise FileNotFoundError(result.error or "the notebook was not written")
            page = render_html(executed, with_code=with_code)
        except Exception as exc:
            why = f"{type(exc).__name__}: {exc}".strip().splitlines()[-1] if str(exc) else type(exc).__name__
            if result.status == "ok":
                result.status, result.error = "failed", f"could not render the report: {why}"
            page = _fallback_html(name, result.error or why)
        (folder / f"{name}{suffix}").write_text(page, encoding="utf-8")
    _cleaned.cache_clear()  # the next notebook's fragments are others: hold no page's text after its own


class _term_as_interrupt:
    """While a run writes, SIGTERM (``kill``, systemd stopping a unit, cron's timeout) raises
    KeyboardInterrupt like Ctrl-C, so the temporary folder is removed and kernels are shut down
    instead of the process vanishing mid-write. Only in the main thread (signals can't be set elsewhere)."""

    def __enter__(self):
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            def interrupt(signum, frame):
                raise KeyboardInterrupt(f"signal {signum}")

            self.previous = signal.signal(signal.SIGTERM, interrupt)
        return self

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
        return False


def _remove_leftovers(out: Path, *, log=print) -> None:
    """Remove temporary folders that a killed run (SIGKILL, power loss) left next to ``out``. Called
    with the lock held, so no other run is writing them."""
    for stale in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
        log(f"removed {stale.name}, left by an interrupted run")
    for stale in out.parent.glob(f".{out.name}.old-*"):
        if not out.exists():  # killed between the two renames: the old report is the last good one
            stale.rename(out)
            log(f"restored {out.name} from {stale.name}, left by an interrupted run")
        else:
            shutil.rmtree(stale, ignore_errors=True)


def _new_temp_dir(out: Path) -> Path:
    """A new empty folder ``.<out>.tmp-<random>`` next to ``out``, for the run to write into, with the permissions
    the user's umask gives a new folder (tempfile.mkdtemp's 0700 would follow it into place, and a report folder
    copied or served from there could not be read by anyone else)."""
    while True:
        tmp = out.parent / f".{out.name}.tmp-{secrets.token_hex(4)}"
        try:
            tmp.mkdir(mode=0o777)
            return tmp
        except FileExistsError:
            continue


def _replace_dir(new: Path, target: Path) -> None:
    """Move ``new`` into place at ``target``, replacing an older one with as small a gap as possible."""
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}"
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
