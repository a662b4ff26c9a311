"""The notebook runner: parameters checked before any kernel starts, reports written, failures shown."""

import os
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from presslens import runner
from presslens.tools import build_notebook

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

NB_SOURCE = """# %% [markdown]
# # A test notebook
# %% parameters
corpus = "../seeds"
tables_dir = ""
top_n = 3
ratio = 0.5
flag = False
words = ["a"]
label = "x"
fail = False
# %% code
import presslens as pl
c = pl.open_corpus(corpus)
if fail:
    raise RuntimeError("asked to fail")
pl.save_table(c.articles[["article_id"]].head(top_n), "ids", tables_dir)
print(repr(label), len(c.articles))
"""


@pytest.fixture
def nb_dir(tmp_path):
    d = tmp_path / "notebooks"
    d.mkdir()
    nbformat.write(build_notebook(NB_SOURCE), d / "probe.ipynb")
    return d


@pytest.mark.parametrize(
    "raw, expected",
    [({"top_n": "7"}, {"top_n": 7}), ({"ratio": "2"}, {"ratio": 2.0}), ({"ratio": 2}, {"ratio": 2.0}),
     ({"flag": "yes"}, {"flag": True}), ({"words": "[b, c]"}, {"words": ["b", "c"]}),
     ({"words": "b"}, {"words": ["b"]}), ({"label": "12"}, {"label": "12"})],
)
def test_values_are_coerced_to_the_defaults_types(nb_dir, raw, expected):
    nb = nb_dir / "probe.ipynb"
    assert runner.validate([nb], raw)[nb] == expected


@pytest.mark.parametrize(
    "raw, message",
    [({"topn": "7"}, "unknown parameter"), ({"top_n": "seven"}, "top_n in probe.ipynb expects int"),
     ({"flag": "maybe"}, "flag in probe.ipynb expects bool"), ({"top_n": True}, "expects int"),
     ({"words": "{a: 1}"}, "words in probe.ipynb expects list")],
)
def test_bad_parameters_are_refused_by_name(nb_dir, raw, message):
    with pytest.raises(runner.ParameterError, match=message):
        runner.validate([nb_dir / "probe.ipynb"], raw)


def test_parameters_cell_must_hold_plain_values(tmp_path):
    p = tmp_path / "bad.ipynb"
    nbformat.write(build_notebook("# %% parameters\nx = open('f')\n"), p)
    with pytest.raises(runner.ParameterError, match="not a plain value"):
        runner.notebook_parameters(p)


def test_parameters_are_read_without_nbformat_from_either_notebook_format(tmp_path):
    """A format-4 notebook's parameters are read as JSON (the run's process does not import nbformat and
    jsonschema for it); a format-3 notebook is converted; a file that is not a notebook is refused by name."""
    import subprocess
    import sys

    from nbformat import v3

    new = tmp_path / "new.ipynb"
    nbformat.write(build_notebook("# %% parameters\ntop_n = 20\nlabel = 'x'\n"), new)
    code = ("import sys, presslens.runner as r; p = r.notebook_parameters(sys.argv[1]); "
            "print(p, 'nbformat' in sys.modules, 'jsonschema' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(new)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["{'top_n':", "20,", "'label':", "'x'}", "False", "False"], out.stdout + out.stderr

    old = tmp_path / "old.ipynb"
    cell = v3.new_code_cell(input="top_n = 5\n", metadata={"tags": ["parameters"]})
    old.write_text(nbformat.writes(v3.new_notebook(worksheets=[v3.new_worksheet(cells=[cell])]), version=3),
                   encoding="utf-8")
    assert runner.notebook_parameters(old) == {"top_n": 5}

    for text, message in [("{not json", "not a readable notebook"), ('{"cells": 3}', "not a notebook"),
                          ('{"cells": [], "nbformat": "4"}', "not a notebook"), ("[]", "not a notebook")]:
        bad = tmp_path / "bad.ipynb"
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(runner.ParameterError, match=f"bad.ipynb: {message}"):
            runner.notebook_parameters(bad)


def test_notebook_workers_import_nbformat_without_the_iri_grammar(tmp_path):
    """A worker's imports skip jsonschema's optional IRI checker (a Lark grammar built at import), and
    nbformat still validates: a good notebook passes, a broken one is still refused."""
    import subprocess
    import sys

    good = tmp_path / "good.ipynb"
    nbformat.write(build_notebook("# %% code\nx = 1\n"), good)
    code = (
        "import sys, presslens.runner as r; r._without_iri_grammar(); import nbformat, papermill, jsonschema\n"
        "nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb)\n"
        "nb.cells[0]['cell_type'] = 'nonsense'\n"
        "try:\n    nbformat.validate(nb); print('accepted')\n"
        "except (nbformat.ValidationError, nbformat.validator.NotebookValidationError):\n    print('refused')\n"
        "print('rfc3987_syntax' in sys.modules and sys.modules['rfc3987_syntax'] is not None)")
    out = subprocess.run([sys.executable, "-c", code, str(good)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["refused", "False"], out.stdout + out.stderr


def test_run_writes_notebook_html_report_index_and_tables(nb_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "NOTEBOOK_DIR", nb_dir)
    out = tmp_path / "reports"
    mask = os.umask(0o022)
    try:
        results = runner.run(None, corpus=SEEDS, out=out, parameters={"top_n": "2", "label": "x'\"; import os"},
                             cache_dir=tmp_path / "cache", log=lambda *a: None)
    finally:
        os.umask(mask)
    # the folder and what is in it as the umask makes them (not tempfile's 0700): a served copy can be read
    assert (out.stat().st_mode & 0o777, (out / "tables").stat().st_mode & 0o777) == (0o755, 0o755)
    assert {p.name: p.stat().st_mode & 0o777 for p in out.rglob("*") if p.is_file()} == {
        p.name: 0o644 for p in out.rglob("*") if p.is_file()}
    assert [(r.name, r.status) for r in results] == [("probe", "ok")]
    for name in ("probe.ipynb", "probe.html", "probe.report.html", "index.html", "tables/ids.csv"):
        assert (out / name).exists(), name
    assert len((out / "tables" / "ids.csv").read_text().splitlines()) == 3
    executed = nbformat.read(out / "probe.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "'x\\'\"; import os' 5" in printed  # a string parameter stays a string
    report = (out / "probe.report.html").read_text()
    assert "open_corpus" in (out / "probe.html").read_text()
    assert "open_corpus" not in report
    index = (out / "index.html").read_text()
    assert "probe.report.html" in index
    # a shared index reveals no local path: the corpus typed as an absolute path is named by its folder
    assert str(SEEDS) not in index and str(tmp_path) not in index and "Corpus <code>seeds</code>" in index
    assert "<title>presslens reports: seeds</title>" in index
    assert "top_n=2" in index and "corpus=" not in index and "tables_dir" not in index
    assert list((tmp_path / "cache" / "parse").glob("v-*/articles/part-*.parquet")), "parsed articles are cached"


def test_a_failing_notebook_is_still_rendered_and_marked_failed(nb_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "NOTEBOOK_DIR", nb_dir)
    out = tmp_path / "reports"
    (results,) = [runner.run(None, corpus=SEEDS, out=out, parameters={"fail": "true"}, cache_dir=None,
                             log=lambda *a: None)]
    assert results[0].status == "failed"
    assert results[0].error == "RuntimeError: asked to fail"
    assert "asked to fail" in (out / "probe.html").read_text()
    assert "failed — RuntimeError: asked to fail" in (out / "index.html").read_text()


def test_missing_corpus_is_reported_by_path(nb_dir, tmp_path, monkeypatch):
    from presslens.reading import CorpusError

    monkeypatch.setattr(runner, "NOTEBOOK_DIR", nb_dir)
    with pytest.raises(CorpusError, match="corpus path not found: .*nowhere; give the folder or file with --corpus"):
        runner.run(None, corpus=tmp_path / "nowhere", out=tmp_path / "r", cache_dir=None)
    # a relative path (the default, seeds) is said relative to the folder presslens runs in
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CorpusError, match=f"corpus path not found: seeds \\(relative to {tmp_path}, where presslens runs"):
        runner.run(None, corpus="seeds", out=tmp_path / "r", cache_dir=None)


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    out = tmp_path / "reports"
    with runner._Lock(out), pytest.raises(runner.RunLockedError, match="another presslens run"):
        with runner._Lock(out):
            pass


@pytest.mark.notebook
def test_corpus_notebook_runs_on_seeds(run_notebook, seeds_expected):
    run = run_notebook("corpus")
    articles = run.table("articles")
    assert len(articles) == 5
    assert run.images() >= 2
    published = dict(zip(articles["article_id"].str[:3], articles["published"], strict=True))
    for name, facts in seeds_expected.items():
        if name.startswith("_"):
            continue
        assert published[name[:3]] == facts["published"]
    inventory = run.table("inventory")
    assert set(inventory.columns) == {"article_id", "kind", "value"}
    assert {"caption", "agency"} <= set(inventory["kind"])
    assert set(run.table("problems").columns) == {"article_id", "path", "problem"}


ENV_SOURCE = """# %% parameters
corpus = "../seeds"
tables_dir = ""
# %% code
import os
import re
import time
import pandas as pd
import presslens as pl
import gc
pl.save_table(pd.DataFrame({"started": [time.time()], "workers": [os.environ.get("PRESSLENS_WORKERS", "")],
                            "young": [gc.get_threshold()[0]]}),
              "probe_{name}", tables_dir)
time.sleep(1)
"""


def test_side_by_side_notebooks_start_in_start_order_and_share_the_cores(tmp_path, monkeypatch):
    d = tmp_path / "notebooks"
    d.mkdir()
    for name in ("corpus", "terms", "chronology", "extra"):
        nbformat.write(build_notebook(ENV_SOURCE.replace("{name}", name)), d / f"{name}.ipynb")
    monkeypatch.setattr(runner, "NOTEBOOK_DIR", d)
    monkeypatch.delenv("PRESSLENS_WORKERS", raising=False)
    monkeypatch.setattr("presslens.cores.workers_default", lambda: 4)
    out = tmp_path / "reports"
    results = runner.run(None, corpus=SEEDS, out=out, cache_dir=None, jobs=2, log=lambda *a: None)
    assert [r.name for r in results] == ["corpus", "terms", "chronology", "extra"]  # reports keep ORDER
    assert all(r.status == "ok" for r in results), [r.error for r in results]
    started = {name: pd.read_csv(out / "tables" / f"probe_{name}.csv", dtype={"workers": str}).iloc[0]
               for name in ("corpus", "terms", "chronology", "extra")}
    assert {s["workers"] for s in started.values()} == {"2"}  # 4 cores shared by 2 notebooks at once
    from presslens.cores import YOUNG_THRESHOLD

    assert {s["young"] for s in started.values()} == {YOUNG_THRESHOLD}  # the kernels' collector runs seldom
    assert "PRESSLENS_WORKERS" not in os.environ  # put back after the run
    first_two = sorted(started, key=lambda n: started[n]["started"])[:2]
    assert set(first_two) == {"chronology", "terms"}
    assert runner.kernel_workers(2, 2) == 1 and runner.kernel_workers(3, 2) == 1 and runner.kernel_workers(1, 8) == 8


def test_the_run_parses_in_a_child_and_reports_its_errors(tmp_path):
    from presslens.reading import CorpusError

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CorpusError, match="no articles"):
        runner.parse_apart(empty)
    (empty / "a.txt").write_text("")
    (empty / "b.txt").write_text("date 2023-05-10\nTalks\n\nOfficials met in Beijing on Wednesday.\n")
    assert runner.parse_apart(empty) == (2, 1)  # two articles, one without story text


PARSE_CHILD_SCRIPT = """
import atexit, os, pathlib, sys
from presslens import cache, runner
corpus, marker, answer = sys.argv[1:4]
atexit.register(pathlib.Path(marker).write_text, "exit handlers ran")

class Send:  # the run's end of the pipe, as a file
    def send(self, value):
        pathlib.Path(answer).write_text(repr(value))
    def close(self):
        pass

if sys.argv[4] == "child":
    runner._parse_child(corpus, Send(), "fork", os.getppid())
else:  # the same parse called by a script of the user's
    Send().send(cache.cached_corpus(corpus, counts=True))
"""


@pytest.mark.parametrize("as_child", [True, False])
def test_the_parse_child_exits_without_teardown_once_its_answer_is_sent(tmp_path, as_child):
    """The run's parse child ends at once after sending its answer (no exit handler runs, exit status 0), the
    answer whole; the same parse in another process (a user's script calling cached_corpus) exits as Python does."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("")
    (corpus / "b.txt").write_text("date 2023-05-10\nTalks\n\nOfficials met in Beijing on Wednesday.\n")
    marker, answer = tmp_path / "atexit.txt", tmp_path / "answer.txt"
    env = {**os.environ, "PRESSLENS_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", PARSE_CHILD_SCRIPT, str(corpus), str(marker), str(answer),
                           "child" if as_child else "script"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    expected = "('ok', 2, 1, [(" if as_child else "(2, 1, [("
    assert answer.read_text().startswith(expected)
    assert marker.exists() is not as_child


WORKER_SCRIPT = """
import atexit, pathlib, sys
from presslens import runner
atexit.register(pathlib.Path(sys.argv[1]).write_text, "exit handlers ran")
if sys.argv[2] == "worker":
    runner._worker_start(None)
print("done", flush=True)
"""


@pytest.mark.parametrize("worker", [True, False])
def test_a_notebook_worker_ends_without_teardown_and_any_other_process_as_python_does(tmp_path, worker):
    """A run's notebook worker (set up by _worker_start, the pool's initializer) ends at once once its work is done:
    an exit handler registered before it was set up does not run, its output is flushed and its exit status 0; a
    process not set up so (the run's own) runs its exit handlers."""
    import subprocess
    import sys

    marker = tmp_path / "atexit.txt"
    done = subprocess.run([sys.executable, "-c", WORKER_SCRIPT, str(marker), "worker" if worker else "run"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "done\n"
    assert marker.exists() is not worker


def test_presslens_processes_run_the_cyclic_collector_seldom_and_never_turn_it_back_on():
    import gc
    import subprocess
    import sys

    from presslens.cores import YOUNG_THRESHOLD, collect_less

    before, enabled = gc.get_threshold(), gc.isenabled()
    try:
        gc.set_threshold(700, 10, 10)
        collect_less()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)  # only the first threshold is raised
        gc.set_threshold(YOUNG_THRESHOLD * 4, 10, 10)
        collect_less()
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD * 4  # already less often: left as it is
        gc.set_threshold(0)  # the collector turned off by a threshold of 0 stays off
        collect_less()
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
        (gc.enable if enabled else gc.disable)()
    # a new interpreter (a spawned worker, the parse's child, a kernel, the command line) as soon as it imports presslens
    done = subprocess.run([sys.executable, "-c", "import gc, presslens; print(gc.get_threshold()[0])"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(YOUNG_THRESHOLD)]


def test_a_runs_kernel_collects_seldom_from_its_start_before_any_cell_imports_presslens(tmp_path):
    """The run's kernel (presslens.kernel, named by the kernelspec of kernel_path) sets the collector as it starts: a
    notebook whose cells never import presslens sees the raised threshold; ipykernel's own launcher left Python's
    default until a cell imported presslens (one started ahead imported it only after ipykernel's start-up)."""
    from presslens.cores import YOUNG_THRESHOLD

    nb = tmp_path / "probe.ipynb"
    nbformat.write(build_notebook('# %% parameters\nx = 1\n# %% code\nimport gc, sys\n'
                                  'print("young", gc.get_threshold()[0], "ipykernel" in sys.modules)\n'), nb)
    result = runner.execute(nb, tmp_path / "out.ipynb", {})
    assert result.status == "ok", result.error
    text = "".join(o.get("text", "") for c in nbformat.read(tmp_path / "out.ipynb", as_version=4).cells
                   if c.cell_type == "code" for o in c.outputs)
    assert f"young {YOUNG_THRESHOLD} True" in text
    spec = (runner.kernel_path(tmp_path / "k") / "kernels" / runner.KERNEL_NAME / "kernel.json").read_text()
    assert '"presslens.kernel"' in spec and "ipykernel_launcher" not in spec


def test_each_interpreter_gets_its_own_kernelspec_folder(monkeypatch, tmp_path):
    import json
    import sys

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    roots = {}
    for exe in ("/envs/one/bin/python", "/envs/two/bin/python"):
        monkeypatch.setattr(sys, "executable", exe)
        roots[exe] = runner.kernel_path()
    assert roots["/envs/one/bin/python"] != roots["/envs/two/bin/python"]
    for exe, root in roots.items():  # neither overwrote the other's spec
        assert json.loads((root / "kernels" / "presslens" / "kernel.json").read_text())["argv"][0] == exe


# --- the output folder: only a folder presslens made is replaced --------------------------------------------

def _user_folder(tmp_path):
    d = tmp_path / "mynotes"
    d.mkdir()
    (d / "notes.txt").write_text("x")
    return d


@pytest.mark.parametrize("make_out, message", [
    (_user_folder, "mynotes is a folder presslens did not make (it holds notes.txt)"),
    (lambda t: t / "corpus", "is the corpus"),
    (lambda t: t, "holds the corpus"),
    (lambda t: t / "corpus" / "reports", "lies inside the corpus"),
    (lambda t: (t / "somefile").write_text("mine") and t / "somefile", "is an existing file, not a folder"),
    (lambda t: Path("/"), "is the root of a filesystem"),
    (lambda t: t / "home", "is your home folder"),
])
def test_an_out_folder_presslens_did_not_make_is_refused(tmp_path, monkeypatch, make_out, message):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("an article")
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    out = make_out(tmp_path)
    with pytest.raises(runner.OutputError, match=re.escape(message)):
        runner.check_output(out, corpus)


def test_a_run_into_the_users_folder_is_refused_before_anything_runs(nb_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "NOTEBOOK_DIR", nb_dir)
    out = _user_folder(tmp_path)
    with pytest.raises(runner.OutputError, match="it holds notes.txt.*choose a new folder"):
        runner.run(None, corpus=SEEDS, out=out, cache_dir=None, log=lambda *a: None)
    assert (out / "notes.txt").read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mynotes", "notebooks"], "no lock, no temporary folder"


def _legacy_report(out: Path) -> None:
    """A report folder as presslens wrote it before the marker file."""
    (out / "tables").mkdir(parents=True)
    (out / "index.html").write_text(
        "<title>presslens reports</title><p>Run started 2026-01-02T03:04:05, took 1.0 s.</p>"
        "<tr class='ok'><td>terms</td><td></td></tr><tr class='failed'><td>actors</td><td></td></tr>")
    for name in ("terms", "actors"):
        for suffix in (".ipynb", ".html", ".report.html"):
            (out / f"{name}{suffix}").write_text(name)
    (out / "tables" / "terms.csv").write_text("term\n")
    (out / "tables" / "actors.csv").write_text("actor\n")
    (out / ".corpus-ready").write_text("ok")


def test_own_empty_and_earlier_versions_report_folders_are_accepted(tmp_path):
    runner.check_output(tmp_path / "new", None)
    (tmp_path / "empty").mkdir()
    runner.check_output(tmp_path / "empty", None)
    own = _user_folder(tmp_path)
    (own / runner.REPORT_MARKER).write_text("{}")
    runner.check_output(own, None)
    legacy = tmp_path / "legacy"
    _legacy_report(legacy)
    runner.check_output(legacy, None)
    manifest = runner.read_manifest(legacy)
    assert manifest["notebooks"]["terms"] == {
        "status": "ok", "started": "2026-01-02T03:04:05", "corpus": "", "seconds": None, "parameters": {}, "error": "",
        "files": ["terms.ipynb", "terms.html", "terms.report.html"], "tables": ["terms.csv"]}
    assert manifest["notebooks"]["actors"]["status"] == "failed"
    (legacy / "my notes.txt").write_text("x")
    with pytest.raises(runner.OutputError, match="it holds my notes.txt"):
        runner.check_output(legacy, None)
    notebooks = tmp_path / "nbs"  # notebooks of one's own, no presslens index: not a report
    notebooks.mkdir()
    (notebooks / "mine.ipynb").write_text("{}")
    (notebooks / "index.html").write_text("<title>my site</title>")
    with pytest.raises(runner.OutputError, match="its index.html was not written by presslens"):
        runner.check_output(notebooks, None)


def test_the_lock_file_goes_when_the_run_ends_and_a_stale_one_is_taken_over(tmp_path):
    out = tmp_path / "reports"
    lock = tmp_path / ".reports.lock"
    lock.write_text("pid 999999 since 2020-01-01T00:00:00")  # left by a killed run: no process holds it
    with runner._Lock(out):
        assert str(os.getpid()) in lock.read_text()
        with pytest.raises(runner.RunLockedError, match=f"pid {os.getpid()}"):
            runner._Lock(out).__enter__()
    assert not lock.exists()


# --- allowed values, checked before any kernel starts --------------------------------------------------------

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.mark.parametrize("given, message", [
    ({"period": "X"}, "parameter period in corpus.ipynb must be one of D, W, M, auto; got 'X'"),
    ({"level": "bogus"}, "parameter level in sentiment.ipynb must be one of sentence, paragraph, article; got 'bogus'"),
    ({"rolling": "0"}, "parameter rolling in sentiment.ipynb must be at least 1; got 0"),
    ({"top_n": "-3"}, "parameter top_n in sentiment.ipynb must be at least 1; got -3"),
    ({"date_from": "2023-13-01"}, "parameter date_from in corpus.ipynb must be a date as YYYY-MM-DD"),
    ({"date_to": "last week"}, "parameter date_to in corpus.ipynb must be a date"),
    ({"date_from": "2024", "date_to": "2023-06"}, r"date_from \(2024-01-01\) is after date_to \(2023-06-30\)"),
    ({"targets": "no/such/targets.yml"}, "parameter targets in sentiment.ipynb must be an existing file; got "
                                         "'no/such/targets.yml', not found"),
    ({"gazetteer": "missing.yml"}, "parameter gazetteer in chronology.ipynb must be an existing file, or empty"),
    ({"granularity_floor": "fortnight"}, "must be one of day, week, month, season, year"),
    ({"ngram_min": "4"}, "parameter ngram_min (4) is above ngram_max (3) in terms.ipynb"),
    ({"split_value": "spring"}, "parameter split_value in terms.ipynb must be a date"),
    ({"keywords": "[Arctic, '*']"}, "parameter keywords in corpus.ipynb: keyword '*': a word or phrase, with at most "
                                    "a '*' at its end"),
])
def test_values_a_notebook_does_not_allow_are_refused_by_name(given, message):
    with pytest.raises(runner.ParameterError, match=re.escape(message) if "\\" not in message else message):
        runner.validate(runner.default_notebooks(NOTEBOOKS), given)


def test_allowed_values_are_normalized(tmp_path, monkeypatch):
    from presslens.bounds import parse_date_bound

    (tmp_path / "mine.yml").write_text("- name: X\n")
    monkeypatch.chdir(tmp_path)
    nbs = {p.stem: p for p in runner.default_notebooks(NOTEBOOKS)}
    got = runner.validate(list(nbs.values()), {"period": "w", "date_from": "2023/5/1", "date_to": "2024-02",
                                               "gazetteer": "mine.yml"})
    assert got[nbs["corpus"]] == {"period": "W", "date_from": "2023-05-01", "date_to": "2024-02-29"}
    assert got[nbs["sentiment"]]["period"] == "W"
    assert got[nbs["actors"]]["gazetteer"] == str(tmp_path / "mine.yml"), "relative to where presslens runs"
    assert parse_date_bound("2024-02", end=True) == "2024-02-29"
    assert parse_date_bound("2023") == "2023-01-01"
    assert parse_date_bound("2023", end=True) == "2023-12-31"
    assert parse_date_bound("2023/05/07") == "2023-05-07"
    got = runner.validate([nbs["chronology"]], {"gazetteer": "", "date_to": "2023"})[nbs["chronology"]]
    assert got == {"gazetteer": "", "date_to": "2023-12-31"}
    assert runner.validate([nbs["terms"]], {"split_value": "2023/06"})[nbs["terms"]] == {"split_value": "2023-06-01"}
    assert runner.validate([nbs["terms"]], {"split_column": "source", "split_value": "BBC"})[nbs["terms"]] == {
        "split_column": "source", "split_value": "BBC"}
    assert runner.validate([nbs["actors"]], {"gazetteer": "../data/actors.yml"})[nbs["actors"]] == {
        "gazetteer": "../data/actors.yml"}, "a path relative to the notebook, as the defaults are, is kept"


def test_the_corpus_line_says_what_came_from_the_cache(tmp_path):
    assert runner.reuse_note(14, (13, 1), cached=True) == "(13 from the cache, 1 parsed)"
    assert runner.reuse_note(14, None, cached=True) == "(all 14 from the cache)"
    assert runner.reuse_note(14, (0, 14), cached=True) == "(14 parsed, none from the cache)"
    assert runner.reuse_note(14, (0, 14), cached=False) == "(14 parsed, no cache)"
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(2):
        (corpus / f"{i}.txt").write_text(f"date 2023-05-1{i}\nTalks {i}\n\nOfficials met in Beijing, day {i}.\n")
    os.environ["PRESSLENS_CACHE_DIR"] = str(tmp_path / "cache")
    try:
        assert runner.parse_apart(corpus, details=True) == (2, 0, [], (0, 2))
        (corpus / "2.txt").write_text("date 2023-05-13\nMore talks\n\nOfficials met in Moscow.\n")
        assert runner.parse_apart(corpus, details=True) == (3, 0, [], (2, 1))
    finally:
        del os.environ["PRESSLENS_CACHE_DIR"]


def test_the_index_page_says_what_each_notebook_shows(tmp_path):
    """Someone opening index.html who never opens Python reads what each report is about: the first sentence of the
    notebook's introduction, without its Markdown marks and bracketed asides."""
    for name in ("corpus", "sentiment", "chronology"):
        about = runner.notebook_summary(NOTEBOOKS / f"{name}.ipynb")
        assert about and "`" not in about and "(" not in about and len(about) <= 201, (name, about)
    assert runner.notebook_summary(NOTEBOOKS / "sentiment.ipynb") == (
        "How positive or negative the story text is, scored with VADER.")
    nb = tmp_path / "x.ipynb"
    v4 = nbformat.v4
    nbformat.write(v4.new_notebook(cells=[v4.new_markdown_cell("# Heading only"), v4.new_code_cell("x = 1")]), nb)
    assert runner.notebook_summary(nb) == ""
    nbformat.write(v4.new_notebook(cells=[v4.new_markdown_cell("# T\n\nReads **[the wire](http://x)** items (all of "
                                                                "them). More.")]), nb)
    assert runner.notebook_summary(nb) == "Reads the wire items."
    assert runner.notebook_summary(tmp_path / "missing.ipynb") == ""
    out = tmp_path / "reports"
    out.mkdir()
    (out / "sentiment.ipynb").write_text((NOTEBOOKS / "sentiment.ipynb").read_text())
    page = runner.write_index(out, [runner.NotebookResult("sentiment", "ok", 1.0)], corpus="seeds", n_articles=5,
                              started="2026-01-01T00:00:00", seconds=1.0).read_text()
    assert "<div class='about'>How positive or negative the story text is, scored with VADER.</div>" in page


def test_yaml_typed_dates_and_numbers_are_read_as_the_text_written(tmp_path, monkeypatch):
    """A parameters file read by YAML gives ``date_from: 2023-01-01`` as a date and ``date_to: 2023`` as an
    int: where the notebook takes text, they are the text written, checked as dates are; a number or a date
    in a list of words is a word. A message never shows Python's repr of a date; a number where a choice is
    wanted is refused by the choice's own message; YAML's reading of "no" in a list of words is refused."""
    import datetime as dt

    import yaml

    nbs = {p.stem: p for p in runner.default_notebooks(NOTEBOOKS)}
    given = yaml.safe_load("date_from: 2023-01-01\ndate_to: 2023\nkeywords: [2023, Arctic]\n"
                           "split_value: 2022-06-01 00:00:00\n")
    assert isinstance(given["date_from"], dt.date) and isinstance(given["date_to"], int)
    got = runner.validate([nbs["corpus"], nbs["terms"]], given)
    assert got[nbs["corpus"]] == {"date_from": "2023-01-01", "date_to": "2023-12-31", "keywords": ["2023", "Arctic"]}
    assert got[nbs["terms"]]["split_value"] == "2022-06-01"
    assert runner.validate([nbs["terms"]], {"kwic_terms": "[1945, Yalta]"})[nbs["terms"]] == {
        "kwic_terms": ["1945", "Yalta"]}, "a list from the command line too"
    with pytest.raises(runner.ParameterError) as err:
        runner.validate([nbs["sentiment"]], {"top_n": dt.date(2023, 1, 1)})
    assert "got date 2023-01-01" in str(err.value) and "datetime" not in str(err.value)
    with pytest.raises(runner.ParameterError, match="must be one of D, W, M; got '5'"):
        runner.validate([nbs["sentiment"]], {"period": 5})
    with pytest.raises(runner.ParameterError, match=r"keywords in corpus.ipynb: item False .*quotes"):
        runner.validate([nbs["corpus"]], yaml.safe_load("keywords: [no, limits]"))
    # look-alikes unchanged: a boolean is no text, text stays text, a float parameter takes an int
    with pytest.raises(runner.ParameterError, match="date_from in corpus.ipynb expects str"):
        runner.validate([nbs["corpus"]], {"date_from": True})
    assert runner.validate([nbs["corpus"]], {"date_from": "2023-02"})[nbs["corpus"]] == {"date_from": "2023-02-01"}
    assert runner.validate([nbs["sentiment"]], {"pos_threshold": 0})[nbs["sentiment"]] == {"pos_threshold": 0.0}


@pytest.mark.parametrize("mask, mode", [(0o022, 0o755), (0o027, 0o750), (0o077, 0o700)])
def test_the_run_folder_has_the_permissions_the_umask_gives(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        tmp = runner._new_temp_dir(tmp_path / "reports")
    finally:
        os.umask(old)
    assert tmp.parent == tmp_path and tmp.name.startswith(".reports.tmp-") and not any(tmp.iterdir())
    assert tmp.stat().st_mode & 0o777 == mode
    assert runner._new_temp_dir(tmp_path / "reports") != tmp


def test_stopword_files_are_read_from_where_presslens_runs_and_checked_before_any_kernel(tmp_path, monkeypatch):
    """``-p extra_stopwords "[mystop.txt]"``: a .txt item is a word list found in the folder presslens runs in,
    as targets and gazetteer files are, and made absolute for the notebook (which runs in its own folder); a
    missing one is refused up front in one line. Words, and a list relative to the notebooks as in JupyterLab,
    are kept as given."""
    (tmp_path / "mystop.txt").write_text("said\ntold\n")
    monkeypatch.chdir(tmp_path)
    terms = NOTEBOOKS / "terms.ipynb"
    got = runner.validate([terms], {"extra_stopwords": "[mystop.txt, reportedly]"})[terms]
    assert got == {"extra_stopwords": [str(tmp_path / "mystop.txt"), "reportedly"]}
    shipped = "../lib/presslens/data/stopwords_en.txt"
    assert runner.validate([terms], {"extra_stopwords": [shipped]})[terms] == {"extra_stopwords": [shipped]}
    with pytest.raises(runner.ParameterError) as err:
        runner.validate([terms], {"extra_stopwords": "[said, nostop.txt]"})
    assert str(err.value) == (f"parameter extra_stopwords in terms.ipynb: word list 'nostop.txt' not found (an item "
                              f"ending in .txt is a file of words, one a line; relative paths are read from {tmp_path})")


def test_paths_named_in_the_notebooks_parameter_comments_exist():
    """A parameter's comment that names an example file (``../data/...``) names one that is there."""
    for nb in runner.default_notebooks(NOTEBOOKS):
        cell = next(c for c in nbformat.read(nb, as_version=4).cells if "parameters" in c.metadata.get("tags", []))
        for line in cell.source.splitlines():
            for path in re.findall(r"\.\./[\w./-]+\.\w+", line.partition("#")[2]):
                assert (nb.parent / path).exists(), (nb.name, line)


def test_the_index_names_the_corpus_as_typed_when_relative_and_by_name_when_absolute():
    assert runner.corpus_shown("seeds") == "seeds"
    assert runner.corpus_shown("data/raw") == "data/raw"
    assert runner.corpus_shown("../other/news.csv") == "../other/news.csv"
    assert runner.corpus_shown("/home/me/private/mynews") == "mynews"
    assert runner.corpus_shown("/home/me/private/mynews/") == "mynews"
    assert runner.corpus_shown("~/mynews") == "mynews"
    assert runner.corpus_shown("/") == "/"


def test_the_kernels_folder_in_the_temporary_folder_is_used_only_when_it_is_this_users(tmp_path, monkeypatch):
    """The kernelspec presslens writes names the command Jupyter runs: a folder of that name made first by someone
    else (a link, a folder others may write) could have its kernel.json swapped, so a fresh folder is used instead."""
    import shutil
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    first = runner.kernel_path()
    assert first.parent == tmp_path and first.name.startswith("presslens-kernel-")
    assert runner.kernel_path() == first  # the same folder each time while it is this user's
    shutil.rmtree(first)
    (tmp_path / "theirs").mkdir()
    first.symlink_to(tmp_path / "theirs")
    other = runner.kernel_path()
    assert other != first and other.parent == tmp_path and not other.is_symlink()
    assert (other / "kernels" / "presslens" / "kernel.json").is_file() and not list((tmp_path / "theirs").iterdir())
    first.unlink()
    first.mkdir(mode=0o777)
    first.chmod(0o777)  # (a folder any user may write)
    assert runner.kernel_path() != first


def test_the_log_names_the_articles_without_story_text_by_their_path_inside_the_corpus(tmp_path):
    """Under the corpus line, a run's log (all that cron mails) names each file or row without story text and
    why, up to the number named; how many more there are is said, not listed; a corpus of readable articles gets no
    such line."""
    corpus = tmp_path / "news"
    corpus.mkdir()
    named = [(str(corpus / "empty.txt"), "empty file"), (str(corpus / "sub/photo.jpg"), "binary file, not text"),
             (str(corpus / "clips.csv#row3"), "no story text found")]
    assert runner.without_text_lines(corpus, 3, named) == [
        "  without story text: empty.txt (empty file)",
        "  without story text: sub/photo.jpg (binary file, not text)",
        "  without story text: clips.csv#row3 (no story text found)"]
    assert runner.without_text_lines(corpus, 1203, named[:1]) == [
        "  without story text: empty.txt (empty file)",
        "  ... and 1,202 more without story text, listed in the corpus report"]
    assert runner.without_text_lines(corpus, 0, []) == []


def test_the_parse_names_the_first_articles_without_story_text_also_from_the_cache(tmp_path, monkeypatch):
    from presslens import corpus as corpus_mod

    monkeypatch.setattr(corpus_mod, "NAMED_WITHOUT_TEXT", 2)
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date 2023-05-10\nTalks\n\nOfficials met in Beijing on Wednesday.\n")
    (corpus / "b.txt").write_text("")
    (corpus / "c.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "d.txt").write_text("   \n")
    want = [(str(corpus / "b.txt"), "empty file"), (str(corpus / "c.txt"), "binary file, not text")]
    assert corpus_mod.read_corpus(corpus, progress=False).counts() == (4, 3, want)
    from presslens import cache

    store = tmp_path / "cache"
    assert cache.cached_corpus(corpus, cache=store, counts=True, progress=False) == (4, 3, want)
    monkeypatch.setattr(cache.Corpus, "load", lambda *a: pytest.fail("the snapshot was loaded"))
    assert cache.cached_corpus(corpus, cache=store, counts=True, progress=False) == (4, 3, want)


def test_the_index_says_how_many_articles_have_no_story_text_and_where_they_are_listed(tmp_path):
    results = [runner.NotebookResult("corpus", "ok", 1.0)]
    page = runner.write_index(tmp_path, results, corpus="news", n_articles=42, without_text=3, started="now",
                              seconds=1.0).read_text()
    assert ("42 article(s), 3 without story text (empty, binary or unreadable: the corpus report lists them, with "
            "why). Run started") in page
    page = runner.write_index(tmp_path, results, corpus="news", n_articles=42, started="now", seconds=1.0).read_text()
    assert "42 article(s). Run started" in page and "without story text" not in page


def test_a_notebook_whose_selection_leaves_nothing_says_so_in_the_log_and_the_index(tmp_path):
    """A typo in `sources` runs every cell well and gives an empty report: the run's result (its log line) and the
    index repeat the report's "Nothing to show: ..." sentence, so the reader of the log knows; the same notebook
    over what the corpus holds has no such note."""
    notebooks = Path(__file__).resolve().parents[1] / "notebooks"
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date 2023-05-10\nTalks in Beijing\n\nReuters\n\nXi Jinping met Vladimir Putin in "
                                  "Beijing on Wednesday to discuss trade.\n")
    given = {"corpus": str(corpus), "tables_dir": ""}
    typo = runner.execute(notebooks / "corpus.ipynb", tmp_path / "typo.ipynb", {**given, "sources": ["Reutres"]})
    assert typo.status == "ok"
    assert typo.note.startswith('Nothing to show: none of the 1 article read is from "Reutres" (sources)')
    fine = runner.execute(notebooks / "corpus.ipynb", tmp_path / "fine.ipynb", given)
    assert fine.status == "ok" and fine.note == ""
    page = runner.write_index(tmp_path, [typo], corpus="news", n_articles=1, started="now", seconds=1.0).read_text()
    assert "<td>ok — Nothing to show: none of the 1 article read is from &quot;Reutres&quot;" in page
    page = runner.write_index(tmp_path, [fine], corpus="news", n_articles=1, started="now", seconds=1.0).read_text()
    assert "<td>ok</td>" in page


def test_a_misspelt_parameter_notebook_or_corpus_gets_the_close_name_suggested(tmp_path):
    """A letter left out, swapped or mistyped: the refusal names what was probably meant; a name close to nothing
    (or a corpus beside nothing alike) gets no guess."""
    from presslens.reading import CorpusError

    assert runner.did_you_mean("perid", ["period", "top_n"]) == " (did you mean 'period'?)"
    assert runner.did_you_mean("colour_by", ["color_by", "corpus"]) == " (did you mean 'color_by'?)"
    assert runner.did_you_mean("xyz", ["period", "top_n"]) == ""
    with pytest.raises(runner.ParameterError, match=r"unknown parameter\(s\) perid \(did you mean 'period'\?\); "):
        runner.run(["sentiment"], parameters={"perid": "W"}, out=tmp_path / "r")
    with pytest.raises(runner.ParameterError, match=r"no notebook named 'sentimnt' \(did you mean 'sentiment'\?\)"):
        runner.run(["sentimnt"], out=tmp_path / "r")
    (tmp_path / "mycorpus").mkdir()
    with pytest.raises(CorpusError, match=re.escape(f"(did you mean '{tmp_path / 'mycorpus'}'?)")):
        runner.run(["corpus"], corpus=tmp_path / "mycorpsu", out=tmp_path / "r")
    with pytest.raises(CorpusError) as far:
        runner.run(["corpus"], corpus=tmp_path / "archive", out=tmp_path / "r")
    assert "did you mean" not in str(far.value)


def _imports_in_a_new_process(code: str, *args: str) -> list[str]:
    """What ``code`` prints, run in a fresh interpreter (as a notebook worker or the run's own process starts)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return out.stdout.split("\n")[:-1]


def test_a_kernel_started_ahead_imports_only_the_presslens_modules_its_notebook_imports(tmp_path):
    """The imports a notebook's kernel runs while the corpus is parsed: presslens.notebook and the presslens modules
    its code cells import at their top level (as modules, from modules, or named from the package), in order, once
    each; not plots (set up by the notebook), not a name that is no module, not an import inside a function, a
    cell with magics, another package's; a notebook that cannot be read gets all of them, as before."""
    source = ("# %% code\nfrom presslens import sentiment as sa, plots, Corpus\nimport pandas as pd, presslens.timex\n"
              "from presslens.tokens import corpus_tokens\nfrom presslens.notebook import show\n"
              "def later():\n    import presslens.terms\n# %% code\n%time import presslens.actors\n"
              "# %% code\nimport presslens.nosuch\nfrom presslens.sentiment import polarity\nimport presslens\n")
    nb = tmp_path / "mine.ipynb"
    nbformat.write(build_notebook(source), nb)
    assert runner.preload(nb) == "import presslens.notebook, presslens.sentiment, presslens.timex, presslens.tokens"
    plain = tmp_path / "plain.ipynb"
    nbformat.write(build_notebook("# %% code\nimport pandas as pd\nfrom presslens.plots import without_future\n"), plain)
    assert runner.preload(plain) == "import presslens.notebook"
    broken = tmp_path / "broken.ipynb"
    broken.write_text("{not json", encoding="utf-8")
    assert runner.preload(broken) == runner._PRELOAD
    shipped = {p.stem: runner.preload(p) for p in runner.default_notebooks()}
    assert shipped["corpus"] == "import presslens.notebook, presslens.corpus, presslens.reading"
    assert shipped["sentiment"] == "import presslens.notebook, presslens.sentiment"


def test_a_notebook_worker_reads_what_a_report_shows_without_pandas(tmp_path):
    """A worker finds the sentence of a report that shows nothing (nothing_shown) without importing pandas; a
    report showing something has no such sentence."""
    from presslens.notebook import NOTHING_TO_SHOW

    empty, full = tmp_path / "empty.ipynb", tmp_path / "full.ipynb"
    for path, text in ((empty, f"{NOTHING_TO_SHOW}none of the 3 articles read is from TASS."),
                       (full, "Nothing much: 3 articles")):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("say()", outputs=[
            nbformat.v4.new_output("display_data", data={"text/markdown": text})])])
        nbformat.write(nb, path)
    code = ("import sys, presslens.runner as r\nfor p in sys.argv[1:]: print(r.nothing_shown(__import__('pathlib')"
            ".Path(p)))\nprint('pandas' in sys.modules)")
    assert _imports_in_a_new_process(code, str(empty), str(full)) == [
        "Nothing to show: none of the 3 articles read is from TASS.", "", "False"]


def test_the_log_lines_of_a_corpus_without_unreadable_files_need_no_pandas(tmp_path):
    """The run's own process imports pandas for the log's lines only when it has files to name."""
    code = ("import sys, pathlib, presslens.runner as r\n"
            "print(r.without_text_lines(pathlib.Path(sys.argv[1]), 0, []), 'pandas' in sys.modules)\n"
            "print(r.without_text_lines(pathlib.Path(sys.argv[1]), 1, [(sys.argv[1] + '/a.txt', 'empty file')]), "
            "'pandas' in sys.modules)")
    assert _imports_in_a_new_process(code, str(tmp_path)) == [
        "[] False", "['  without story text: a.txt (empty file)'] True"]


def test_notebook_workers_run_papermill_without_pyarrow(tmp_path):
    """A worker's papermill leaves out its HDFS handler (pyarrow.fs, with pyarrow and numpy) and still reads and
    writes local notebooks; a process that did not ask for it imports pyarrow with papermill, as before."""
    good = tmp_path / "good.ipynb"
    nbformat.write(build_notebook("# %% code\nx = 1\n"), good)
    code = ("import sys, presslens.runner as r\nif sys.argv[2] == 'worker': r._without_iri_grammar(); "
            "r._without_hadoop_files()\nimport papermill.iorw as io\n"
            "nb = io.load_notebook_node(sys.argv[1]); io.write_ipynb(nb, sys.argv[1] + '.out.ipynb')\n"
            "print(len(nb.cells), 'pyarrow' in sys.modules, 'numpy' in sys.modules)")
    assert _imports_in_a_new_process(code, str(good), "worker") == ["1 False False"]
    assert (tmp_path / "good.ipynb.out.ipynb").exists()
    assert _imports_in_a_new_process(code, str(good), "other") == ["1 True True"]


def test_a_fragment_shown_on_both_pages_of_a_notebook_is_cleaned_once(tmp_path):
    """clean_html cleans a fragment once for both pages of a notebook (the same text, the same result, style
    blocks kept); another fragment is cleaned anew; once the pages are written, nothing is held."""
    runner._cleaned.cache_clear()
    table = "<style>.x {color: red}</style><table class='x'><tr><td onclick='go()'>1</td></tr></table>"
    first = runner.clean_html(table)
    assert runner.clean_html(table.encode()) == first and "<style>.x {color: red}</style>" in first
    assert "onclick" not in first
    assert runner._cleaned.cache_info()[:2] == (1, 1)  # (hits, misses)
    other = runner.clean_html(table.replace("1", "2"))
    assert other == first.replace(">1<", ">2<") and runner._cleaned.cache_info()[:2] == (1, 2)
    runner._write_views(tmp_path, "missing", runner.NotebookResult("missing", "failed", 0.0, error="not run"))
    assert runner._cleaned.cache_info().currsize == 0


# --- a run's kernels exit without Python's teardown; a kernel JupyterLab starts runs its exit handlers ------------

ATEXIT_SOURCE = """# %% parameters
corpus = ""
tables_dir = ""
# %% code
import atexit, pathlib
marker = pathlib.Path({marker!r})
atexit.register(marker.write_text, "exit handlers ran")
rows = [(i, str(i)) for i in range(200000)]  # a heap for the teardown to free
for i in range(300):
    print("line", i)
# %% code
print("last", len(rows))
"""


def _printed(executed: Path) -> str:
    return "".join(o.get("text", "") for c in nbformat.read(executed, as_version=4).cells if c.cell_type == "code"
                   for o in c.outputs)


def _complete(printed: str) -> bool:
    return printed.splitlines() == [f"line {i}" for i in range(300)] + ["last 200000"]


@pytest.mark.parametrize("from_run", [True, False])
def test_a_runs_kernel_exits_without_teardown_and_any_other_runs_its_exit_handlers(tmp_path, from_run):
    """A kernel started with presslens.kernel.RUN_KERNEL in its environment (as presslens run starts them) ends
    without Python's exit handlers (IPython's reset, the heap freed object by object), its notebook's outputs
    complete and its exit status 0; one started without it (a kernel JupyterLab starts with the same kernelspec)
    runs them as IPython's kernel does: its history would be saved, an atexit handler of the notebook's writes
    its file."""
    from presslens.kernel import RUN_KERNEL

    marker = tmp_path / "atexit.txt"
    nb = tmp_path / "probe.ipynb"
    nbformat.write(build_notebook(ATEXIT_SOURCE.replace("{marker!r}", repr(str(marker)))), nb)
    km = runner.kernel_manager()
    with runner._environment(**{RUN_KERNEL: "1" if from_run else ""}):
        runner.start_kernel(km, tmp_path, nb)
    process = km.provisioner.process
    try:
        result = runner.execute(nb, tmp_path / "out.ipynb", {}, km=km)
    finally:
        runner.stop_kernel(km)
    assert result.status == "ok", result.error
    assert _complete(_printed(tmp_path / "out.ipynb"))
    assert process.wait(10) == 0
    assert marker.exists() is not from_run


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_kernels_of_a_run_exit_without_teardown_with_their_outputs_complete(tmp_path, monkeypatch, jobs):
    """Every kernel a run starts (started ahead in a notebook worker, or by papermill) gets RUN_KERNEL: no exit
    handler of its notebook runs, every output is in the report; the variable is put back after the run, and so is
    the caller's PRESSLENS_CACHE_DIR."""
    from presslens.kernel import RUN_KERNEL

    d = tmp_path / "notebooks"
    d.mkdir()
    for name in ("first", "second"):
        source = ATEXIT_SOURCE.replace("{marker!r}", repr(str(tmp_path / f"atexit-{name}.txt")))
        nbformat.write(build_notebook(source), d / f"{name}.ipynb")
    monkeypatch.setattr(runner, "NOTEBOOK_DIR", d)
    monkeypatch.delenv(RUN_KERNEL, raising=False)
    # the caller's own cache setting (a notebook calling run()): the run uses none (cache_dir=None), then puts it back
    monkeypatch.setenv("PRESSLENS_CACHE_DIR", str(tmp_path / "my-cache"))
    out = tmp_path / "reports"
    results = runner.run(None, corpus=SEEDS, out=out, cache_dir=None, jobs=jobs, log=lambda *a: None)
    assert [(r.name, r.status) for r in results] == [("first", "ok"), ("second", "ok")], [r.error for r in results]
    for name in ("first", "second"):
        assert _complete(_printed(out / f"{name}.ipynb")), name
        assert not (tmp_path / f"atexit-{name}.txt").exists(), name
    assert RUN_KERNEL not in os.environ
    assert os.environ["PRESSLENS_CACHE_DIR"] == str(tmp_path / "my-cache")
    assert not (tmp_path / "my-cache").exists(), "the run kept no cache, as told"
