"""Executing the analysis notebooks with papermill and rendering them to shareable HTML.

``run(notebooks, corpus=..., out=...)`` parses the corpus once (cached under ``data/cache``), checks
the parameters against each notebook's ``parameters`` cell before any kernel starts, executes each
notebook, and writes, per notebook, ``<name>.ipynb``, ``<name>.html`` (with code) and
``<name>.report.html`` (without code), plus ``index.html`` and ``tables/*.csv``.

The run is written into a temporary sibling folder and moved into place only at the end, so an
interrupted run never leaves a half-written report where the last good one was; a lock file stops two
runs from writing the same output at once.
"""

from __future__ import annotations

import ast
import datetime as dt
import html
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

KERNEL_NAME = "presslens"
NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
ORDER = ("corpus", "sentiment", "terms", "chronology", "actors")


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
    known = ", ".join(q.stem for q in default_notebooks())
    raise ParameterError(f"no notebook named {name!r} (known: {known})")


def notebook_parameters(path: str | Path) -> dict[str, object]:
    """Names and default values assigned in the notebook's cell tagged ``parameters``.

    Only plain literal assignments are allowed there (``top_n = 20``, ``corpus = "../seeds"``).
    """
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            params: dict[str, object] = {}
            for node in ast.parse(cell.source).body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    try:
                        params[node.targets[0].id] = ast.literal_eval(node.value)
                    except ValueError as exc:
                        raise ParameterError(f"{path}: parameter {node.targets[0].id} is not a plain value") from exc
            return params
    raise ParameterError(f"{path}: no cell tagged 'parameters'")


def _type_name(value: object) -> str:
    return "none" if value is None else type(value).__name__


def coerce(name: str, raw: object, default: object, *, notebook: str = "") -> object:
    """Convert a parameter value to the type of the notebook's default, or raise ParameterError.

    Strings from the command line are read as the default's type: ints, floats, booleans
    (true/false/yes/no/1/0), lists and dicts (JSON or YAML). A value already typed (from a YAML file)
    must match: an int is accepted where a float is expected.
    """
    where = f" in {notebook}" if notebook else ""
    want = type(default)
    if default is None or isinstance(raw, want) and not (isinstance(raw, bool) and want is int):
        return raw
    if want is float and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
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
                if want is list and isinstance(value, str | int | float):
                    value = [value]
                if isinstance(value, want):
                    return value
                raise ValueError
        except ValueError:
            pass
    raise ParameterError(
        f"parameter {name}{where} expects {want.__name__} (default {default!r}); got {_type_name(raw)} {raw!r}"
    )


def validate(notebooks: list[Path], given: dict[str, object]) -> dict[Path, dict[str, object]]:
    """Per notebook, the given parameters it declares, coerced to its defaults' types.

    Raises ParameterError for a name no selected notebook declares, or a value of the wrong type.
    """
    declared = {nb: notebook_parameters(nb) for nb in notebooks}
    known = set().union(*declared.values()) if declared else set()
    unknown = sorted(set(given) - known)
    if unknown:
        raise ParameterError(
            f"unknown parameter(s) {', '.join(unknown)}; the notebooks declare: {', '.join(sorted(known))}"
        )
    out: dict[Path, dict[str, object]] = {}
    for nb, defaults in declared.items():
        out[nb] = {k: coerce(k, v, defaults[k], notebook=nb.name) for k, v in given.items() if k in defaults}
    return out


# --- the kernel ----------------------------------------------------------------------------------

def kernel_path(base: str | Path | None = None) -> Path:
    """A Jupyter data folder holding a kernelspec named ``presslens`` that runs *this* interpreter.

    Prepended to JUPYTER_PATH while notebooks execute, so results never depend on which kernel a
    user happened to register last.
    """
    root = Path(base) if base else Path(tempfile.gettempdir()) / f"presslens-kernel-{os.getuid()}"
    spec_dir = root / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True, exist_ok=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python (presslens)",
        "language": "python",
        "metadata": {"debugger": True},
    }
    target = spec_dir / "kernel.json"
    text = json.dumps(spec, indent=1)
    if not target.exists() or target.read_text() != text:
        target.write_text(text)
    return root


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


def execute(notebook: str | Path, output: str | Path, parameters: dict, *, timeout: int | None = 600,
            cwd: str | Path | None = None) -> NotebookResult:
    """Execute one notebook with papermill into ``output``. A failing notebook is still written,
    with the error in it; the result says ``failed`` with the error's last line."""
    import papermill as pm

    use_own_kernel()
    nb = Path(notebook)
    started = time.perf_counter()
    status, error = "ok", ""
    try:
        pm.execute_notebook(
            str(nb), str(output), parameters=parameters, kernel_name=KERNEL_NAME,
            cwd=str(cwd or nb.parent), progress_bar=False, log_output=False,
            execution_timeout=timeout, report_mode=False,
        )
    except pm.PapermillExecutionError as exc:
        status, error = "failed", f"{exc.ename}: {exc.evalue}".strip().splitlines()[-1]
    except Exception as exc:  # a dead kernel, a timeout, a missing kernel: still a result, not a crash
        status, error = "failed", (f"{type(exc).__name__}: {exc}".strip().splitlines() or ["error"])[-1]
    return NotebookResult(nb.stem, status, time.perf_counter() - started, dict(parameters), error)


def render_html(executed: str | Path, *, with_code: bool) -> str:
    """HTML of an executed notebook: with its code, or as a report showing only outputs."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.sanitize_html = True
    if not with_code:
        exporter.exclude_input = True
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
    nb = nbformat.read(str(executed), as_version=4)
    body, _ = exporter.from_notebook_node(nb)
    return body


def write_index(out: Path, results: list[NotebookResult], *, corpus: str, n_articles: int, started: str,
                seconds: float) -> Path:
    """``index.html`` linking every notebook's report and code view, with status, parameters and time."""
    e = html.escape
    rows = []
    for r in results:
        params = ", ".join(f"{k}={v!r}" for k, v in sorted(r.parameters.items()))
        status = "ok" if r.status == "ok" else f"failed — {r.error}"
        rows.append(
            f"<tr class='{e(r.status)}'><td>{e(r.name)}</td>"
            f"<td><a href='{e(r.name)}.report.html'>report</a> · <a href='{e(r.name)}.html'>with code</a> · "
            f"<a href='{e(r.name)}.ipynb'>notebook</a></td><td>{e(status)}</td>"
            f"<td>{r.seconds:.1f} s</td><td><code>{e(params)}</code></td></tr>"
        )
    tables = sorted((out / "tables").glob("*.csv")) if (out / "tables").exists() else []
    table_links = " · ".join(f"<a href='tables/{e(t.name)}'>{e(t.name)}</a>" for t in tables) or "none"
    ok = sum(r.status == "ok" for r in results)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'unsafe-inline'">
<title>presslens reports</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}}table{{border-collapse:collapse}}
td,th{{border-bottom:1px solid #ddd;padding:.4rem .8rem;text-align:left;vertical-align:top}}
tr.failed td{{background:#fde8e8}}code{{font-size:.85em}}</style></head>
<body><h1>presslens reports</h1>
<p>Corpus <code>{e(corpus)}</code>: {n_articles} article(s). Run started {e(started)}, took {seconds:.1f} s.
{ok} of {len(results)} notebook(s) ran.</p>
<table><tr><th>notebook</th><th>views</th><th>status</th><th>time</th><th>parameters</th></tr>
{"".join(rows)}
</table>
<p>Tables: {table_links}</p>
</body></html>
"""
    path = out / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


class _Lock:
    """An exclusive lock on ``<out>.lock`` (fcntl), released on exit."""

    def __init__(self, out: Path):
        self.path = out.parent / f".{out.name}.lock"

    def __enter__(self):
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "a+")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.fh.seek(0)
            holder = self.fh.read().strip()
            self.fh.close()
            raise RunLockedError(
                f"another presslens run is writing {self.path.parent / self.path.name[1:-5]} ({holder or 'unknown pid'});"
                " wait for it to finish or choose another --out"
            ) from None
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}")
        self.fh.flush()
        return self

    def __exit__(self, *exc):
        import fcntl

        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()
        return False


def run(notebooks: list[str | Path] | None = None, *, corpus: str | Path = "seeds", out: str | Path = "reports",
        parameters: dict | None = None, timeout: int | None = 600, cache_dir: str | Path | None = "data/cache",
        log=print) -> list[NotebookResult]:
    """Parse ``corpus`` once, execute the notebooks on it, and write the reports to ``out``.

    Returns one :class:`NotebookResult` per notebook. Raises ParameterError (bad parameters, before any
    kernel starts), CorpusError (no such corpus or no article), RunLockedError (another run on ``out``).
    """
    from .cache import cached_corpus
    from .reading import CorpusError

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
        raise CorpusError(f"corpus path not found: {corpus}")
    out = Path(out).resolve()
    started_at = dt.datetime.now().isoformat(timespec="seconds")
    t0 = time.perf_counter()
    with _Lock(out):
        if cache_dir:
            os.environ["PRESSLENS_CACHE_DIR"] = str(Path(cache_dir).resolve())
        parsed = cached_corpus(corpus_path)
        if len(parsed) == 0:
            raise CorpusError(f"no articles found under {corpus}")
        unreadable = int((parsed.articles["text"] == "").sum())
        log(f"corpus {corpus}: {len(parsed)} article(s), {unreadable} without story text")
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        try:
            (tmp / "tables").mkdir()
            results = []
            for nb in paths:
                params = {"corpus": str(corpus_path), "tables_dir": str(tmp / "tables"), **per_notebook[nb]}
                executed = tmp / f"{nb.stem}.ipynb"
                result = execute(nb, executed, params, timeout=timeout)
                shown = {k: v for k, v in params.items() if k != "tables_dir"}
                result.parameters = shown
                if executed.exists():
                    for with_code, suffix in ((True, ".html"), (False, ".report.html")):
                        (tmp / f"{nb.stem}{suffix}").write_text(render_html(executed, with_code=with_code),
                                                               encoding="utf-8")
                results.append(result)
                log(f"  {result.name:<12} {result.status:<6} {result.seconds:6.1f} s  {result.error}")
            write_index(tmp, results, corpus=str(corpus), n_articles=len(parsed), started=started_at,
                        seconds=time.perf_counter() - t0)
            _replace_dir(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return results


def _replace_dir(new: Path, target: Path) -> None:
    """Move ``new`` into place at ``target``, replacing an older one with as small a gap as possible."""
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}"
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
