"""Benchmark and identity check for the article parser (``presslens.parsing.parse_text``), single process.

Inputs are folders of articles (read as ``presslens`` reads them, hints included) or a number N: N
synthetic articles written by ``bench/generate.py`` into a temporary folder (cached in /tmp).

    # articles/s and MB/s of the current parser
    .venv/bin/python bench/bench_parse.py 2000
    # the same, against an older parser (a git revision) timed alternately on the same inputs
    .venv/bin/python bench/bench_parse.py 2000 --baseline 3714f68
    # pickle every ParsedArticle as a reference, then compare every field against it later
    .venv/bin/python bench/bench_parse.py seeds tests/data/articles 2000 --dump /tmp/parse_ref [--baseline REV]
    .venv/bin/python bench/bench_parse.py seeds tests/data/articles 2000 --check /tmp/parse_ref
    # where the time goes
    .venv/bin/python bench/bench_parse.py 2000 --profile

Timings alternate between the current and the baseline parser round by round, so both see the same
machine load; the ratio is the figure to read. Caches (``lru_cache``) are cleared before each round so
no round profits from an earlier one.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import importlib.util
import pickle
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from presslens import parsing  # noqa: E402
from presslens.reading import iter_documents  # noqa: E402


def inputs(spec: str) -> tuple[str, list[tuple[str, str, dict | None]]]:
    """(label, [(article_id, text, hints)]) for a folder/file or a number of generated articles."""
    if spec.isdigit():
        folder = Path(tempfile.gettempdir()) / f"presslens-bench-parse-{spec}"
        if not folder.is_dir() or len(list(folder.iterdir())) != int(spec):
            subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), spec, str(folder)], check=True,
                           stdout=subprocess.DEVNULL)
        path, label = folder, f"generated-{spec}"
    else:
        path = Path(spec)
        label = path.resolve().as_posix().strip("/").replace("/", "_")
    docs = [(d.article_id, d.text, d.hints) for d in iter_documents(path)]
    return label, docs


def load_revision(rev: str):
    """The parser module (with its sentence splitter) as it was at git revision ``rev``."""
    mods = {}
    for name in ("sentences", "parsing"):
        src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:lib/presslens/{name}.py"], check=True,
                             capture_output=True, text=True).stdout
        src = src.replace("from .sentences import", "from presslens._base_sentences import")
        modname = f"presslens._base_{name}"
        spec = importlib.util.spec_from_loader(modname, loader=None)
        mod = importlib.util.module_from_spec(spec)
        mod.__package__ = "presslens"
        sys.modules[modname] = mod
        exec(compile(src, f"<{rev}:{name}.py>", "exec"), mod.__dict__)
        mods[name] = mod
    return mods["parsing"]


def clear_caches(*modules) -> None:
    for mod in modules:
        for obj in vars(mod).values():
            info = getattr(obj, "cache_info", None)
            if info is not None and (info().maxsize is None or info().maxsize > 8):
                obj.cache_clear()


def as_record(art) -> dict:
    return dataclasses.asdict(art)


def run_once(mod, docs) -> float:
    clear_caches(mod, sys.modules.get("presslens.sentences", mod))
    parse = mod.parse_text
    t0 = time.perf_counter()
    for _aid, text, hints in docs:
        parse(text, hints=hints)
    return time.perf_counter() - t0


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def compare(ref: dict, got: dict) -> list[str]:
    """Fields that differ, with the first difference shown."""
    out = []
    for key in sorted(set(ref) | set(got)):
        a, b = ref.get(key), got.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
            x = a[i] if i < len(a) else "<none>"
            y = b[i] if i < len(b) else "<none>"
            out.append(f"{key}[{i}] (len {len(a)} vs {len(b)}): ref {str(x)[:160]!r} got {str(y)[:160]!r}")
        else:
            out.append(f"{key}: ref {str(a)[:160]!r} got {str(b)[:160]!r}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", default=["2000"], help="folders/files of articles, or N generated articles")
    ap.add_argument("--baseline", metavar="REV", help="git revision of an older parser to time alternately")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds per parser (best is reported)")
    ap.add_argument("--dump", metavar="REFDIR", help="write every ParsedArticle (as a dict) to REFDIR")
    ap.add_argument("--check", metavar="REFDIR", help="compare every ParsedArticle field against REFDIR")
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile of one round")
    ap.add_argument("--no-time", action="store_true", help="skip timing (for --dump/--check only)")
    args = ap.parse_args(argv)

    sets = [inputs(s) for s in args.inputs]
    base = load_revision(args.baseline) if args.baseline else None
    status = 0
    for label, docs in sets:
        if args.dump:
            ref = Path(args.dump)
            ref.mkdir(parents=True, exist_ok=True)
            parser = base or parsing  # with --baseline, references come from the older parser
            records = {aid: (digest(text), hints, as_record(parser.parse_text(text, hints=hints)))
                       for aid, text, hints in docs}
            with open(ref / f"{label}.pkl", "wb") as fh:
                pickle.dump(records, fh, protocol=pickle.HIGHEST_PROTOCOL)
            print(f"{label}: {len(records)} references written to {ref / (label + '.pkl')}")
        if args.check:
            with open(Path(args.check) / f"{label}.pkl", "rb") as fh:
                records = pickle.load(fh)
            bad = missing = 0
            for aid, text, hints in docs:
                if aid not in records or records[aid][0] != digest(text):
                    missing += 1
                    continue
                diffs = compare(records[aid][2], as_record(parsing.parse_text(text, hints=hints)))
                if diffs:
                    bad += 1
                    if bad <= 10:
                        print(f"  MISMATCH {label}/{aid}:")
                        for d in diffs[:6]:
                            print(f"    {d}")
            print(f"{label}: {len(docs) - missing - bad}/{len(docs) - missing} identical"
                  + (f", {missing} without a reference" if missing else ""))
            status |= bool(bad or missing)

    if args.no_time:
        return status
    docs = [d for _label, ds in sets for d in ds]
    n = len(docs)
    mb = sum(len(t.encode("utf-8", "surrogatepass")) for _a, t, _h in docs) / 1e6
    run_once(parsing, docs[:50])  # warm up: compile patterns, load lists
    if base:
        run_once(base, docs[:50])
    times: dict[str, list[float]] = {"current": [], "baseline": []}
    for _r in range(args.rounds):
        times["current"].append(run_once(parsing, docs))
        if base:
            times["baseline"].append(run_once(base, docs))
    print(f"{n} articles, {mb:.2f} MB (UTF-8), best of {args.rounds} rounds, single process")
    for name, ts in times.items():
        if ts:
            best = min(ts)
            print(f"  {name:9s} {n / best:9.0f} articles/s {mb / best:7.2f} MB/s   "
                  f"(rounds: {', '.join(f'{t:.2f}s' for t in ts)})")
    if base:
        ratios = [b / c for c, b in zip(times["current"], times["baseline"], strict=True)]
        print(f"  speed-up current/baseline: best-of {min(times['baseline']) / min(times['current']):.1f}x, "
              f"per round {', '.join(f'{r:.1f}x' for r in ratios)}")
    if args.profile:
        clear_caches(parsing)
        prof = cProfile.Profile()
        prof.enable()
        for _aid, text, hints in docs:
            parsing.parse_text(text, hints=hints)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)
    return status


if __name__ == "__main__":
    sys.exit(main())
