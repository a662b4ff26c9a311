"""Runs that fail well: a failing, hung or dead notebook doesn't hide the others; an interrupted run
never replaces the last good report; two runs on the same output don't mix."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from presslens import runner
from presslens.tools import build_notebook

HEADER = """# %% parameters
corpus = "../seeds"
tables_dir = ""
drop_duplicates = False
# %% code
print("started")
"""
# Cells stay light (no presslens import) so that a 2-second timeout only stops the cell meant to hang.
NOTEBOOKS = {
    "a_ok": HEADER + "# %% code\nprint('a is fine')\n",
    "b_raises": HEADER + "# %% code\nraise ValueError('no <thing> in ' + 'the corpus')\n# %% code\nprint('never')\n",
    "c_hangs": HEADER + "# %% code\nimport time\ntime.sleep(120)\n# %% code\nprint('never')\n",
    "d_dies": HEADER + "# %% code\nimport os\nos._exit(1)\n",
    "e_ok": HEADER + "# %% code\nprint('e is fine')\n",
    "sleeps": HEADER + "# %% code\nimport time\ntime.sleep(120)\n",
}


@pytest.fixture
def nbs(tmp_path) -> dict[str, Path]:
    d = tmp_path / "notebooks"
    d.mkdir()
    out = {}
    for name, src in NOTEBOOKS.items():
        nbformat.write(build_notebook(src), d / f"{name}.ipynb")
        out[name] = d / f"{name}.ipynb"
    return out


@pytest.fixture
def tiny_corpus(tmp_path) -> Path:
    c = tmp_path / "corpus"
    c.mkdir()
    (c / "one.txt").write_text("date 2023-05-10\nTalks in Beijing\n\nOfficials met in Beijing on Wednesday.\n")
    return c


def previous_report(out: Path) -> None:
    out.mkdir(parents=True)
    (out / "index.html").write_text("previous good presslens report")


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.glob(f".{out.name}.*") if not p.name.endswith(".lock"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_failing_hung_and_dead_notebooks_do_not_hide_the_others(nbs, tiny_corpus, tmp_path, jobs):
    out = tmp_path / "reports"
    order = ["b_raises", "c_hangs", "d_dies", "e_ok"]
    logged = []
    results = runner.run([nbs[n] for n in order], corpus=tiny_corpus, out=out, timeout=2, cache_dir=None,
                         jobs=jobs, log=logged.append)
    assert sorted(line.split()[0] for line in logged[1:]) == sorted(order), "one log line per notebook"
    got = {r.name: (r.status, r.error) for r in results}
    assert [r.name for r in results] == order
    assert got["e_ok"] == ("ok", ""), "the notebook after the failures still ran"
    assert got["b_raises"] == ("failed", "ValueError: no <thing> in the corpus")
    assert got["c_hangs"] == ("failed", "a cell ran longer than the 2 s limit and was stopped (raise it with --timeout)")
    assert got["d_dies"][0] == "failed" and "kernel died" in got["d_dies"][1]
    assert results[1].seconds < 60, "the hung cell was stopped, not waited for"
    index = (out / "index.html").read_text()
    assert "1 of 4 notebook(s) ran" in index
    assert "failed — ValueError: no &lt;thing&gt; in the corpus" in index
    assert "failed — a cell ran longer than the 2 s limit" in index
    for name in order:  # every notebook has its executed copy and both views, the error shown in them
        for suffix in (".ipynb", ".html", ".report.html"):
            assert (out / f"{name}{suffix}").exists(), name + suffix
    for name in ("b_raises", "c_hangs", "d_dies"):
        page = (out / f"{name}.report.html").read_text()
        assert "This notebook failed" in page, name
    assert "ValueError" in (out / "b_raises.html").read_text()
    assert "e is fine" in (out / "e_ok.report.html").read_text()
    assert leftovers(out) == []


def test_an_exception_mid_run_leaves_the_last_good_report(nbs, tiny_corpus, tmp_path, monkeypatch):
    out = tmp_path / "reports"
    previous_report(out)
    calls = []

    def execute(notebook, output, parameters, **kw):
        calls.append(notebook)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C, or SIGTERM turned into one
        Path(output).write_text(Path(notebook).read_text())
        return runner.NotebookResult(Path(notebook).stem, "ok", 0.1, dict(parameters))

    monkeypatch.setattr(runner, "execute", execute)
    with pytest.raises(KeyboardInterrupt):
        runner.run([nbs["a_ok"], nbs["e_ok"]], corpus=tiny_corpus, out=out, cache_dir=None, log=lambda *a: None)
    assert (out / "index.html").read_text() == "previous good presslens report"
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]
    assert leftovers(out) == [], "the temporary folder is removed"


@pytest.mark.parametrize("full", [True, False])
def test_a_full_disk_under_the_reports_is_one_line_and_keeps_the_last_good_report(full, nbs, tiny_corpus, tmp_path,
                                                                                  monkeypatch, capsys):
    # it used to end the run with a traceback of 40 lines in cron's log
    import errno

    from presslens import cli

    out = tmp_path / "reports"
    previous_report(out)

    def execute(notebook, output, parameters, **kw):
        Path(output).write_text(Path(notebook).read_text())
        return runner.NotebookResult(Path(notebook).stem, "ok", 0.1, dict(parameters))

    monkeypatch.setattr(runner, "execute", execute)
    if full:
        def no_space(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(runner, "write_index", no_space)
    code = cli.main(["run", str(nbs["a_ok"]), "--corpus", str(tiny_corpus), "--out", str(out), "--no-cache",
                     "--jobs", "1"])
    err = capsys.readouterr().err
    assert leftovers(out) == []
    if full:
        assert code == 1
        assert err.startswith("presslens: could not write the reports in ") and err.count("\n") == 1, err
        assert "No space left on device" in err and "Traceback" not in err
        assert (out / "index.html").read_text() == "previous good presslens report"
    else:  # look-alike: with room on the disk the same run replaces the report
        assert code == 0, err
        assert "a_ok.report.html" in (out / "index.html").read_text()


def _start_run(nb: Path, corpus: Path, out: Path, cwd: Path, *more: Path, jobs: int = 1) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "presslens.cli", "run", str(nb), *map(str, more), "--corpus",
                             str(corpus), "--out", str(out), "--timeout", "300", "--no-cache", "--jobs", str(jobs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd)


def _kernels_under(pid: int) -> set[int]:
    """Pids of the live kernel processes descending from ``pid`` (Linux /proc): a run's kernels start as
    ``python -m presslens.kernel`` (see runner.kernel_path), other kernels as ipykernel's launcher."""
    return {child for child in _descendants(pid) if any(w in _cmdline(child) for w in (b"presslens.kernel",
                                                                                        b"ipykernel"))}


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _wait_until_executing(proc: subprocess.Popen, out: Path, *, limit: float = 90) -> None:
    """Until the run holds the lock and papermill has written its notebook into the temporary folder."""
    lock = out.parent / f".{out.name}.lock"
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if proc.poll() is not None:
            pytest.fail(f"the run ended early ({proc.returncode}): {proc.stderr.read()}")
        held = lock.exists() and f"pid {proc.pid}" in lock.read_text()
        if held and list(out.parent.glob(f".{out.name}.tmp-*/sleeps.ipynb")):
            time.sleep(1.0)  # let the kernel start the sleeping cell
            return
        time.sleep(0.2)
    proc.kill()
    pytest.fail("the run never started executing")


def test_overlapping_runs_are_refused_and_sigterm_keeps_the_last_good_report(nbs, tiny_corpus, tmp_path):
    out = tmp_path / "reports"
    previous_report(out)
    first = _start_run(nbs["sleeps"], tiny_corpus, out, tmp_path)
    try:
        _wait_until_executing(first, out)
        second = subprocess.run([sys.executable, "-m", "presslens.cli", "run", str(nbs["a_ok"]), "--corpus",
                                 str(tiny_corpus), "--out", str(out), "--no-cache"],
                                capture_output=True, text=True, cwd=tmp_path, timeout=120)
        assert second.returncode == 1
        assert f"another presslens run is writing {out} (pid {first.pid} since" in second.stderr
        assert "Traceback" not in second.stderr
        first.send_signal(signal.SIGTERM)  # what cron's timeout, systemd or `kill` sends
        _stdout, stderr = first.communicate(timeout=60)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 130
    assert "presslens: interrupted" in stderr and "Traceback" not in stderr
    assert f"nothing of this run was written to {out} (its last report, if any, is left as it was)" in stderr
    assert (out / "index.html").read_text() == "previous good presslens report"
    assert leftovers(out) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the kernels")
def test_sigterm_stops_notebooks_running_in_parallel_and_their_kernels(nbs, tiny_corpus, tmp_path):
    out = tmp_path / "reports"
    previous_report(out)
    first = _start_run(nbs["sleeps"], tiny_corpus, out, tmp_path, nbs["c_hangs"], jobs=2)
    try:
        _wait_until_executing(first, out)
        end = time.monotonic() + 30
        while len(kernels := _kernels_under(first.pid)) < 2 and time.monotonic() < end:
            time.sleep(0.2)
        assert len(kernels) == 2, "both notebooks' kernels run at once"
        first.send_signal(signal.SIGTERM)
        _stdout, stderr = first.communicate(timeout=60)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 130
    assert "presslens: interrupted" in stderr and "Traceback" not in stderr
    assert (out / "index.html").read_text() == "previous good presslens report"
    assert leftovers(out) == []
    end = time.monotonic() + 20
    while any(_alive(k) for k in kernels) and time.monotonic() < end:
        time.sleep(0.2)
    assert not [k for k in kernels if _alive(k)], "no kernel is left running"


def test_after_a_sigkill_the_next_run_cleans_up_and_replaces_the_report(nbs, tiny_corpus, tmp_path):
    out = tmp_path / "reports"
    previous_report(out)
    killed = _start_run(nbs["sleeps"], tiny_corpus, out, tmp_path)
    try:
        _wait_until_executing(killed, out)
        os.kill(killed.pid, signal.SIGKILL)  # no chance to clean up
        killed.wait(timeout=30)
    finally:
        if killed.poll() is None:
            killed.kill()
    assert (out / "index.html").read_text() == "previous good presslens report"
    assert len(leftovers(out)) == 1, "a killed run leaves its temporary folder"
    # the next run (from cron, say) removes it, reports, and exits non-zero because a notebook failed
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "run", str(nbs["a_ok"]), str(nbs["b_raises"]),
                           "--corpus", str(tiny_corpus), "--out", str(out), "--timeout", "60"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=180)
    assert proc.returncode == 1, proc.stderr
    # the whole output on failure: it once missed b_raises' error line under heavy load (seventh session)
    assert "left by an interrupted run" in proc.stdout, proc.stdout
    assert "1 of 2 notebook(s) ran" in proc.stdout, proc.stdout
    assert "b_raises" in proc.stdout and "ValueError: no <thing> in the corpus" in proc.stdout, \
        proc.stdout + proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert leftovers(out) == []
    assert "a_ok.report.html" in (out / "index.html").read_text()


def _descendants(pid: int) -> set[int]:
    """Pids of the live processes descending from ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").glob("[0-9]*"):
        try:
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            todo.append(child)
            if _alive(child):
                found.add(child)
    return found


def test_a_sigkilled_run_leaves_no_notebook_worker_or_kernel_behind(nbs, tiny_corpus, tmp_path):
    # the notebook workers and their kernels used to outlive a SIGKILL of the run (cron's `timeout -s KILL`,
    # the OOM killer): each finished its notebook into the temporary folder the next run deletes, then waited
    # for work for ever, holding its memory
    out = tmp_path / "reports"
    killed = _start_run(nbs["sleeps"], tiny_corpus, out, tmp_path, nbs["c_hangs"], jobs=2)
    try:
        _wait_until_executing(killed, out)
        end = time.monotonic() + 30
        while len(_kernels_under(killed.pid)) < 2 and time.monotonic() < end:
            time.sleep(0.2)
        left = _descendants(killed.pid)
        assert len(_kernels_under(killed.pid)) == 2 and len(left) >= 4, "two workers, each with its kernel"
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(timeout=30)
    finally:
        if killed.poll() is None:
            killed.kill()
    end = time.monotonic() + 20
    while any(_alive(p) for p in left) and time.monotonic() < end:
        time.sleep(0.2)
    try:
        assert not [p for p in left if _alive(p)], "no worker or kernel of the killed run is left running"
    finally:
        for p in left:
            with contextlib.suppress(OSError):
                os.kill(p, signal.SIGKILL)


def test_a_report_that_cannot_be_rendered_is_a_page_saying_why(nbs, tiny_corpus, tmp_path, monkeypatch):
    def broken(executed, *, with_code):
        raise RuntimeError("template exploded <b>")

    monkeypatch.setattr(runner, "render_html", broken)
    monkeypatch.setattr(runner, "execute", lambda nb, output, params, **kw: (
        Path(output).write_text(Path(nb).read_text()), runner.NotebookResult(Path(nb).stem, "ok", 0.0, params))[1])
    out = tmp_path / "reports"
    (result,) = runner.run([nbs["a_ok"]], corpus=tiny_corpus, out=out, cache_dir=None, log=lambda *a: None)
    assert (result.status, result.error) == ("failed", "could not render the report: RuntimeError: template exploded <b>")
    page = (out / "a_ok.report.html").read_text()
    assert "template exploded &lt;b&gt;" in page and "<b>" not in page


# A kernel started ahead has imported presslens.notebook (with the presslens modules its notebook imports: see
# runner.preload); this notebook imports none.
PROBE = HEADER + "# %% code\nimport sys\nprint('preloaded' if 'presslens.notebook' in sys.modules else 'cold')\n"


def _outputs(path: Path) -> str:
    nb = nbformat.read(str(path), as_version=4)
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the kernels")
def test_a_notebook_waiting_for_the_corpus_has_its_kernel_started_and_its_time_limit_counts_after(tmp_path):
    """In a parallel run the first notebooks' kernels start (importing presslens) while the corpus is
    parsed; the notebook runs when the run says the corpus is ready, its cells' time limit counting from
    then, and the kernel is stopped afterwards."""
    import threading

    d = tmp_path / "nb"
    d.mkdir()
    nbformat.write(build_notebook(PROBE + "# %% code\nimport time\ntime.sleep(1.5)\n"), d / "probe.ipynb")
    (tmp_path / "out").mkdir()
    params = {"corpus": str(tmp_path), "tables_dir": ""}
    ready = tmp_path / "out" / ".corpus-ready"
    seen: list[set[int]] = []

    def parsed():  # the corpus is "parsed" 4 s later, once the waiting kernel is seen
        end = time.monotonic() + 60
        while not (kernels := _kernels_under(os.getpid())) and time.monotonic() < end:
            time.sleep(0.1)
        seen.append(kernels)
        time.sleep(4)
        runner._write_state(ready, "ok")

    waiter = threading.Thread(target=parsed)
    waiter.start()
    result = runner._execute_and_render(d / "probe.ipynb", tmp_path / "out" / "probe.ipynb", params, timeout=3,
                                        ready=ready)
    waiter.join()
    assert result.status == "ok", result.error  # 4 s of waiting and a 1.5 s cell, within a 3 s limit
    assert seen and seen[0], "the kernel ran while the corpus was being parsed"
    assert "preloaded" in _outputs(tmp_path / "out" / "probe.ipynb")
    assert (tmp_path / "out" / "probe.report.html").exists()
    end = time.monotonic() + 20
    while any(_alive(k) for k in seen[0]) and time.monotonic() < end:
        time.sleep(0.2)
    assert not [k for k in seen[0] if _alive(k)], "the kernel is stopped"
    # without the wait (the corpus parsed already, or one notebook at a time) papermill starts the kernel
    plain = runner._execute_and_render(d / "probe.ipynb", tmp_path / "out" / "probe.ipynb", params, timeout=30,
                                       ready=ready)
    assert plain.status == "ok" and "cold" in _outputs(tmp_path / "out" / "probe.ipynb")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the kernels")
def test_a_notebook_waiting_for_a_corpus_that_could_not_be_parsed_fails_saying_why(tmp_path):
    import threading

    d = tmp_path / "nb"
    d.mkdir()
    nbformat.write(build_notebook(PROBE), d / "probe.ipynb")
    (tmp_path / "out").mkdir()
    ready = tmp_path / "out" / ".corpus-ready"
    seen: list[set[int]] = []

    def failed():
        end = time.monotonic() + 60
        while not (kernels := _kernels_under(os.getpid())) and time.monotonic() < end:
            time.sleep(0.1)
        seen.append(kernels)
        runner._write_state(ready, "CorpusError: no articles found under x")

    waiter = threading.Thread(target=failed)
    waiter.start()
    result = runner._execute_and_render(d / "probe.ipynb", tmp_path / "out" / "probe.ipynb",
                                        {"corpus": str(tmp_path), "tables_dir": ""}, timeout=30, ready=ready)
    waiter.join()
    assert result.status == "failed" and result.error == "the corpus was not parsed: CorpusError: no articles found under x"
    assert not (tmp_path / "out" / "probe.ipynb").exists()
    end = time.monotonic() + 20
    while any(_alive(k) for k in seen[0]) and time.monotonic() < end:
        time.sleep(0.2)
    assert seen[0] and not [k for k in seen[0] if _alive(k)], "the kernel is stopped"


def test_a_parallel_run_over_a_corpus_without_articles_stops_the_waiting_kernels(nbs, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "reports"
    previous_report(out)
    proc = _start_run(nbs["a_ok"], empty, out, tmp_path, nbs["e_ok"], jobs=2)
    _stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode != 0 and "presslens:" in stderr and "Traceback" not in stderr
    assert (out / "index.html").read_text() == "previous good presslens report" and leftovers(out) == []
    assert not _kernels_under(proc.pid)


def test_a_kernel_that_cannot_be_started_ahead_is_started_by_papermill_once_the_corpus_is_ready(tmp_path, monkeypatch):
    import threading

    def broken(km, cwd):
        raise RuntimeError("no such kernel")

    monkeypatch.setattr(runner, "start_kernel", broken)
    d = tmp_path / "nb"
    d.mkdir()
    nbformat.write(build_notebook(PROBE), d / "probe.ipynb")
    (tmp_path / "out").mkdir()
    ready = tmp_path / "out" / ".corpus-ready"
    threading.Timer(0.5, runner._write_state, (ready, "ok")).start()
    result = runner._execute_and_render(d / "probe.ipynb", tmp_path / "out" / "probe.ipynb",
                                        {"corpus": str(tmp_path), "tables_dir": ""}, timeout=30, ready=ready)
    assert result.status == "ok", result.error
    assert "cold" in _outputs(tmp_path / "out" / "probe.ipynb")


@pytest.mark.parametrize("message", runner.KERNEL_NOT_STARTED)
def test_a_kernel_that_never_becomes_ready_is_replaced_once(tmp_path, monkeypatch, capsys, message):
    d = tmp_path / "nb"
    d.mkdir()
    nbformat.write(build_notebook(PROBE), d / "probe.ipynb")
    real, calls = runner._papermill, []

    def flaky(*args, **kwargs):
        calls.append(kwargs.get("km"))
        if len(calls) == 1:
            raise RuntimeError(f"{message} in 60 seconds")
        return real(*args, **kwargs)

    monkeypatch.setattr(runner, "_papermill", flaky)
    result = runner.execute(d / "probe.ipynb", tmp_path / "probe.ipynb", {"corpus": str(tmp_path)}, timeout=30)
    assert result.status == "ok" and len(calls) == 2 and "started" in _outputs(tmp_path / "probe.ipynb")
    assert f"presslens: probe: {message} in 60 seconds; starting another kernel" in capsys.readouterr().err

    def never(*args, **kwargs):
        calls.append(kwargs.get("km"))
        raise RuntimeError(f"{message} in 60 seconds")

    calls.clear()
    monkeypatch.setattr(runner, "_papermill", never)
    result = runner.execute(d / "probe.ipynb", tmp_path / "again.ipynb", {"corpus": str(tmp_path)}, timeout=30)
    assert result.status == "failed" and result.error == f"RuntimeError: {message} in 60 seconds" and len(calls) == 2


# Light notebooks saving a table each (written as save_table would, without importing presslens).
TABLE_NOTEBOOK = """# %% parameters
corpus = "../seeds"
tables_dir = ""
label = "first"
fail = False
# %% code
import os
os.makedirs(tables_dir, exist_ok=True)
with open(os.path.join(tables_dir, "{table}.csv"), "w") as f:
    f.write("label\\n" + label + "\\n")
if fail:
    raise RuntimeError("asked to fail")
print("{name} made", label)
"""


def _table_notebooks(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "tnotebooks"
    d.mkdir()
    out = {}
    for name, table in (("first_nb", "one"), ("second_nb", "two")):
        nbformat.write(build_notebook(TABLE_NOTEBOOK.replace("{table}", table).replace("{name}", name)),
                       d / f"{name}.ipynb")
        out[name] = d / f"{name}.ipynb"
    return out


def test_a_run_of_some_notebooks_or_a_failing_one_keeps_the_others_last_reports(tiny_corpus, tmp_path):
    nbs = _table_notebooks(tmp_path)
    out = tmp_path / "reports"
    quiet = {"corpus": tiny_corpus, "out": out, "cache_dir": None, "log": lambda *a: None}
    runner.run([nbs["first_nb"], nbs["second_nb"]], jobs=2, **quiet)
    assert sorted(p.name for p in tmp_path.glob(".reports*")) == [], "no lock file, no temporary folder left"
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [runner.REPORT_MARKER], \
        "no internal file but the marker in the published folder"
    first_run = runner.read_manifest(out)["started"]

    # one notebook: the other's report and table are carried over, and said to be from the first run
    runner.run([nbs["first_nb"]], parameters={"label": "again"}, **quiet)
    assert (out / "tables" / "one.csv").read_text() == "label\nagain\n"
    assert (out / "tables" / "two.csv").read_text() == "label\nfirst\n"
    assert "second_nb made first" in (out / "second_nb.report.html").read_text()
    manifest = runner.read_manifest(out)
    assert manifest["notebooks"]["second_nb"]["started"] == first_run
    assert manifest["notebooks"]["second_nb"]["tables"] == ["two.csv"]
    assert manifest["notebooks"]["first_nb"]["started"] == manifest["started"]
    index = (out / "index.html").read_text()
    assert f"earlier run, started {first_run}" in index and "this run" in index
    assert "1 of 1 notebook(s) ran. 1 report(s) kept from earlier runs" in index

    # a failing notebook: its last good report and table stay, this run's failure is shown beside them
    results = runner.run([nbs["second_nb"]], parameters={"label": "broken", "fail": "true"}, **quiet)
    assert results[0].status == "failed"
    assert "second_nb made first" in (out / "second_nb.report.html").read_text()
    assert (out / "tables" / "two.csv").read_text() == "label\nfirst\n", "not the failed run's partial table"
    assert "asked to fail" in (out / "second_nb.failed.report.html").read_text()
    assert (out / "tables" / "one.csv").read_text() == "label\nagain\n"
    index = (out / "index.html").read_text()
    assert "failed this time — RuntimeError: asked to fail; the report shown is the last good one, from the run " \
           f"started {first_run}" in index
    assert "second_nb.failed.report.html" in index
    assert sorted(p.name for p in tmp_path.glob(".reports*")) == []

    # a run that works again replaces both
    runner.run([nbs["second_nb"]], parameters={"label": "fixed"}, **quiet)
    assert not (out / "second_nb.failed.report.html").exists()
    assert (out / "tables" / "two.csv").read_text() == "label\nfixed\n"
    assert "failed this time" not in (out / "index.html").read_text()

    # another corpus: the reports of the first are not mixed in
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("date 2023-06-10\nMore talks\n\nOfficials met in Moscow on Monday.\n")
    logged = []
    runner.run([nbs["second_nb"]], **{**quiet, "corpus": other, "log": logged.append})
    assert not (out / "first_nb.report.html").exists() and not (out / "tables" / "one.csv").exists()
    assert "not kept from the previous report (another corpus): first_nb" in logged


def test_a_report_folder_of_an_earlier_version_is_replaced_keeping_its_reports(nbs, tiny_corpus, tmp_path):
    out = tmp_path / "reports"
    (out / "tables").mkdir(parents=True)
    (out / "index.html").write_text(f"<title>presslens reports</title><p>Corpus <code>{tiny_corpus}</code>: 1 "
                                    "article(s). Run started 2026-01-02T03:04:05, took 1 s."
                                    "<tr class='ok'><td>terms</td><td>")
    for suffix in (".ipynb", ".html", ".report.html"):
        (out / f"terms{suffix}").write_text("old terms")
    (out / "tables" / "terms.csv").write_text("term\n")
    (out / ".corpus-ready").write_text("ok")
    runner.run([nbs["a_ok"]], corpus=tiny_corpus, out=out, cache_dir=None, log=lambda *a: None)
    assert (out / "terms.report.html").read_text() == "old terms"
    assert (out / "tables" / "terms.csv").exists()
    assert not (out / ".corpus-ready").exists()
    assert "earlier run, started 2026-01-02T03:04:05" in (out / "index.html").read_text()


def test_a_run_names_the_files_without_story_text_in_its_log_and_counts_them_in_the_index(nbs, tiny_corpus, tmp_path):
    (tiny_corpus / "empty.txt").write_text("")
    (tiny_corpus / "sub").mkdir()
    (tiny_corpus / "sub" / "photo.jpg").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "reports"
    logged = []
    runner.run([nbs["a_ok"]], corpus=tiny_corpus, out=out, cache_dir=None, log=logged.append)
    at = next(i for i, line in enumerate(logged) if line.startswith("corpus "))
    assert "3 article(s), 2 without story text" in logged[at]
    assert logged[at + 1:at + 3] == ["  without story text: empty.txt (empty file)",
                                     "  without story text: sub/photo.jpg (binary file, not text)"]
    assert "3 article(s), 2 without story text" in (out / "index.html").read_text()
