"""presslens at scale: per-stage throughput, peak memory and whole-run time, as ratios from one run.

For each size N (default 1k, 10k, 100k) it writes N synthetic articles with bench/generate.py, then, in a
fresh Python process per size (so peak memory is that size's own):

* times each stage — parse (with sentences), sentiment, terms (tokens + 1–3-gram counts), chronology
  (date expressions), actors (gazetteer mentions) — in articles/s and MB/s of source text;
* records the process's peak resident memory and the corpus text size, and their ratio;
* times the incremental case: 1% new articles added to the cached corpus, parsed and analysed again
  (only the new articles are processed; the corpus-level terms count is a full pass).

Then it times the whole ``presslens run`` (every notebook) for each size up to ``--run-max``, cold (empty
cache), warm, and with 1% new article files. Figures are printed as a table and written to bench/out/scale.json; record them in
bench/README.md. The ratios (time per article at N vs at 1k; peak memory / text size) are the figures to
compare across machines, not the absolute seconds.

    .venv/bin/python bench/run.py                       # 1k, 10k, 100k
    .venv/bin/python bench/run.py --sizes 1000 5000 --run-max 5000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def stage_times(corpus_dir: str, cache_dir: str) -> dict:
    """Run in a child process: time every stage on ``corpus_dir`` with an empty cache, then the same
    stages with 1% new articles against the warm cache; report peak memory."""
    import presslens as pl
    from presslens import actors, chronology, sentiment, terms, tokens
    from presslens.corpus import build_corpus
    from presslens.reading import iter_documents

    out: dict = {}
    t0 = time.perf_counter()
    docs = list(iter_documents(corpus_dir))
    out["read_s"] = time.perf_counter() - t0
    text_bytes = sum(len(d.text.encode("utf-8")) for d in docs)
    out["articles"], out["text_mb"] = len(docs), text_bytes / 1e6

    def timed(name, fn):
        t = time.perf_counter()
        result = fn()
        out[f"{name}_s"] = time.perf_counter() - t
        return result

    def stages(corpus, suffix=""):
        timed("sentiment" + suffix, lambda: sentiment.score_corpus(corpus, cache=cache_dir, progress=False))
        toks = timed("tokens" + suffix, lambda: tokens.corpus_tokens(corpus, cache=cache_dir, progress=False))
        timed("terms" + suffix, lambda: terms.frequencies(toks, ngram_min=1, ngram_max=3,
                                                          stopwords=tokens.stopwords()))
        toks = None  # noqa: F841 - free the tokens before the next stage
        timed("chronology" + suffix, lambda: chronology.corpus_timexes(corpus, cache=cache_dir, progress=False))
        timed("actors" + suffix, lambda: actors.mentions(corpus, actors.read_gazetteer(), cache=cache_dir,
                                                         progress=False))

    corpus = timed("parse", lambda: build_corpus(docs, cache_dir=cache_dir, progress=False))
    out["sentences"] = len(corpus.sentences)
    stages(corpus)
    del corpus
    # Incremental: 1% more articles, against the warm cache: only they are parsed and analysed; terms
    # (a corpus-level count) is a full pass.
    extra = max(1, len(docs) // 100)
    more = docs + [type(d)(f"new-{i}-{d.article_id}", d.path + "#new", d.text + "\n\nAn added line.", dict(d.hints),
                           list(d.problems), d.encoding) for i, d in enumerate(docs[:extra])]
    grown = timed("parse_plus_1pct", lambda: build_corpus(more, cache_dir=cache_dir, progress=False))
    stages(grown, "_plus_1pct")
    out["new_articles"] = extra
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["peak_rss_workers_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    del pl
    return out


def child(corpus_dir: str, cache_dir: str) -> dict:
    code = (f"import json, sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import run; "
            f"print(json.dumps(run.stage_times({corpus_dir!r}, {cache_dir!r})))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PRESSLENS_PROGRESS": "0"})
    if proc.returncode != 0:
        raise SystemExit(f"stage run failed for {corpus_dir}:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _tree_pids(pid: int) -> list[int]:
    """``pid`` and all its descendants now (Linux /proc; just ``pid`` elsewhere)."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").glob("[0-9]*"):
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _pss(pid: int) -> int:
    """Proportional set size of ``pid`` in bytes: its resident pages, each shared page divided among the
    processes sharing it (so summing over processes counts a page once); 0 if unreadable."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _run_sampled(cmd: list[str], *, cwd: Path, env: dict) -> tuple[subprocess.CompletedProcess, int, int]:
    """Run ``cmd``; also return the peak of the summed memory (PSS) of it and every process it started
    (kernels, workers) — what the machine must hold at once — and the peak of the largest single one,
    sampled every 0.5 s."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env)
    peak = largest = 0
    done = threading.Event()

    def sample():
        nonlocal peak, largest
        while not done.is_set():
            sizes = [_pss(p) for p in _tree_pids(proc.pid)]
            peak = max(peak, sum(sizes))
            largest = max(largest, max(sizes, default=0))
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), peak, largest


def whole_run(corpus_dir: str, work: Path, *, jobs: int = 0) -> dict:
    """Wall time of ``presslens run`` over every notebook: with an empty cache (cold), again (warm), and
    after adding 1% new article files (incremental). The added files are removed afterwards."""
    times = {}
    cache = work / "cache"
    corpus = Path(corpus_dir)
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    added = []
    for label in ("cold", "warm", "plus_1pct"):
        if label == "plus_1pct":
            for i, f in enumerate(files[:max(1, len(files) // 100)]):
                new = corpus / f"zz-added-{i}{f.suffix}"
                new.write_text(f.read_text(encoding="utf-8", errors="replace") + "\n\nAn added line.\n",
                               encoding="utf-8")
                added.append(new)
        t = time.perf_counter()
        try:
            proc, peak, largest = _run_sampled([str(Path(sys.executable).parent / "presslens"), "run", "--corpus", corpus_dir,
                                       "--out", str(work / f"reports-{label}"), *(["--jobs", str(jobs)] if jobs else [])],
                                      cwd=work, env={**os.environ, "PRESSLENS_CACHE_DIR": str(cache)})
        finally:
            if label == "plus_1pct":
                for p in added:
                    p.unlink(missing_ok=True)
        times[f"run_{label}_s"] = time.perf_counter() - t
        times[f"run_{label}_peak_total_pss_mb"] = peak / 1e6
        times[f"run_{label}_peak_process_pss_mb"] = largest / 1e6
        times[f"run_{label}_exit"] = proc.returncode
        times[f"run_{label}_notebooks"] = [line.strip() for line in proc.stdout.splitlines() if " ok " in line
                                           or "failed" in line]
        if proc.returncode != 0:
            times[f"run_{label}_error"] = proc.stdout[-500:] + proc.stderr[-500:]
    reports = work / "reports-cold"
    times["report_mb"] = {p.name: round(p.stat().st_size / 1e6, 2) for p in sorted(reports.glob("*.report.html"))}
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 20000, 100000])
    ap.add_argument("--run-max", type=int, default=100000, help="largest N for the whole presslens run timing")
    ap.add_argument("--jobs", type=int, default=0, help="presslens run --jobs (default: its own, one per core)")
    ap.add_argument("--work", type=Path, default=None, help="folder for generated corpora (default: a temp dir)")
    ap.add_argument("--shared", help="accepted for `make bench`; unused here")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    import generate

    work = args.work or Path(tempfile.mkdtemp(prefix="presslens-bench-"))
    results = []
    for n in args.sizes:
        corpus = work / f"corpus-{n}"
        if not corpus.exists() or len(list(corpus.iterdir())) != n:
            shutil.rmtree(corpus, ignore_errors=True)
            t = time.perf_counter()
            generate.generate(n, corpus, seed=n)
            print(f"generated {n} articles in {time.perf_counter() - t:.1f} s", flush=True)
        cache = work / f"cache-{n}"
        shutil.rmtree(cache, ignore_errors=True)
        r = {"n": n, **child(str(corpus), str(cache))}
        if n <= args.run_max:
            run_dir = work / f"run-{n}"
            shutil.rmtree(run_dir, ignore_errors=True)
            run_dir.mkdir()
            r.update(whole_run(str(corpus), run_dir, jobs=args.jobs))
        results.append(r)
        print(json.dumps(r), flush=True)
        OUT.mkdir(exist_ok=True)
        (OUT / "scale.json").write_text(json.dumps(results, indent=1))
    report(results)
    return 0


STAGES = ("parse", "sentiment", "tokens", "terms", "chronology", "actors")


def report(results: list[dict]) -> None:
    base = results[0]
    print(f"\n{'stage':<12}" + "".join(f"{r['n']:>22,}" for r in results) + "   time/article vs first N")
    for st in STAGES:
        cells = []
        for r in results:
            s = r[f"{st}_s"]
            cells.append(f"{r['n'] / s:9.0f}/s {r['text_mb'] / s:6.2f} MB/s")
        per = [(r[f"{st}_s"] / r["n"]) / (base[f"{st}_s"] / base["n"]) for r in results]
        print(f"{st:<12}" + "".join(f"{c:>22}" for c in cells) + "   " + " ".join(f"{p:.2f}" for p in per))
    print(f"{'total':<12}" + "".join(f"{sum(r[f'{s}_s'] for s in STAGES):>20.1f} s" for r in results))
    print(f"{'+1% total':<12}" + "".join(f"{sum(r[f'{s}_plus_1pct_s'] for s in STAGES):>20.1f} s" for r in results))
    print(f"{'+1% / cold':<12}" + "".join(
        f"{sum(r[f'{s}_plus_1pct_s'] for s in STAGES) / sum(r[f'{s}_s'] for s in STAGES):>22.3f}" for r in results))
    print(f"{'text':<12}" + "".join(f"{r['text_mb']:>19.1f} MB" for r in results))
    print(f"{'peak RSS':<12}" + "".join(f"{r['peak_rss_mb']:>19.0f} MB" for r in results))
    print(f"{'worker RSS':<12}" + "".join(f"{r['peak_rss_workers_mb']:>19.0f} MB" for r in results))
    print(f"{'RSS / text':<12}" + "".join(f"{r['peak_rss_mb'] / r['text_mb']:>21.1f}x" for r in results))
    for r in results:
        if "run_cold_s" in r:
            print(f"presslens run, {r['n']:,} articles: cold {r['run_cold_s']:.1f} s (exit {r['run_cold_exit']}), "
                  f"warm {r['run_warm_s']:.1f} s (exit {r['run_warm_exit']}), +1% articles "
                  f"{r['run_plus_1pct_s']:.1f} s (exit {r['run_plus_1pct_exit']}); reports {r['report_mb']} MB")
            peak, one = r["run_cold_peak_total_pss_mb"], r["run_cold_peak_process_pss_mb"]
            print(f"  memory (PSS), peak of all its processes at once: {peak:.0f} MB cold = "
                  f"{peak / r['text_mb']:.1f}x the text, warm {r['run_warm_peak_total_pss_mb']:.0f} MB; "
                  f"largest single process {one:.0f} MB cold = {one / r['text_mb']:.1f}x the text")
            for label in ("cold", "warm", "plus_1pct"):
                print(f"  {label}: " + "; ".join(" ".join(line.split()[:3]) for line in r[f"run_{label}_notebooks"]))


if __name__ == "__main__":
    raise SystemExit(main())
