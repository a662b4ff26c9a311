"""The ``presslens`` command: ``parse``, ``run`` and ``timex``. ``presslens --help`` lists them."""

from __future__ import annotations

import argparse
import datetime
import logging
import os
import sys
import textwrap
from pathlib import Path

from . import __version__, cores

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _add_column_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("CSV/JSONL/Excel columns (detected when not given)")
    for role in ("id", "title", "text", "date", "source", "url", "authors"):
        g.add_argument(f"--{role}-column", metavar="NAME", help=f"column holding the article {role}")
    p.add_argument("--encoding", help="decode text files with this encoding instead of detecting it")


def _add_engine_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("where per-article work runs")
    g.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: processes on this machine (default); dask: a Dask cluster")
    g.add_argument("--workers", type=int, metavar="N", help="processes (local) or workers (dask LocalCluster); "
                                                            "default: every core")
    g.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (tcp://host:8786); default: a LocalCluster on this machine")


def _engine(args) -> dict:
    if args.scheduler and args.engine != "dask":
        raise SystemExit("presslens: --scheduler needs --engine dask")
    return {"engine": args.engine, "workers": args.workers, "scheduler": args.scheduler}


def _engine_environment(args) -> None:
    """Pass the engine choice to the notebooks' kernels (they inherit this process's environment)."""
    import os

    opts = _engine(args)
    os.environ["PRESSLENS_REPORT"] = "1"  # the notebooks' kernels show no progress bars in the reports
    os.environ["PRESSLENS_ENGINE"] = opts["engine"]
    for name in ("workers", "scheduler"):
        if opts[name]:
            os.environ[f"PRESSLENS_{name.upper()}"] = str(opts[name])


def _columns(args) -> dict:
    return {f"{r}_column": getattr(args, f"{r}_column") for r in ("id", "title", "text", "date", "source", "url", "authors")
            if getattr(args, f"{r}_column")}


def _notebook_names() -> list[str]:
    """The names of the analysis notebooks (notebooks/*.ipynb), for ``run --help``."""
    from .runner import default_notebooks

    try:
        return [p.stem for p in default_notebooks()]
    except OSError:
        return []


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presslens",
        description="Turn folders of news-article exports into clean tables and run the analysis notebooks.",
    )
    parser.add_argument("--version", action="version", version=f"presslens {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="parse articles into articles/sentences/segments tables (CSV + Parquet)",
                       description="Parse articles and write the tables articles, sentences, segments and "
                                   "repairs as CSV and Parquet. Prints one line per article.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="folder, article file (.txt, .html, .docx, .rtf, .pdf, .odt, .eml, .msg, .mbox, .mhtml, "
                        "an RSS/Atom feed, a Telegram export...), or CSV/JSONL/JSON/Excel table of articles")
    p.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
    p.add_argument("--quiet", action="store_true", help="print only the summary line")
    p.add_argument("--cache", metavar="DIR", help="reuse articles parsed before, kept in DIR by content")
    _add_column_options(p)
    _add_engine_options(p)

    r = sub.add_parser("run", help="parse once, execute the notebooks, write HTML reports",
                       description="Parse the corpus once, execute the notebooks with papermill, and write "
                                   "<name>.ipynb, <name>.html (with code), <name>.report.html (without code), "
                                   "index.html and tables/*.csv under --out.")
    r.add_argument("notebooks", nargs="*", metavar="NOTEBOOK",
                   help=f"notebooks to run, by name ({', '.join(_notebook_names()) or 'none found'}) or path to an "
                        ".ipynb file (default: all); the reports of the others are kept from the last run")
    r.add_argument("--corpus", default="seeds",
                   help="folder, article file (.txt, .docx, .pdf, .eml, .mhtml...), or CSV/JSONL/Excel table "
                        "(default: seeds)")
    r.add_argument("--out", default="reports",
                   help="output folder (default: reports), replaced at the end of the run; presslens replaces only a "
                        "folder it made (holding .presslens-report) or an empty one")
    r.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="set a notebook parameter (repeatable); checked against the notebooks' parameters")
    r.add_argument("-f", "--parameters-file", metavar="params.yaml", help="YAML mapping of parameters")
    r.add_argument("--timeout", type=int, default=600, help="seconds one cell may run (default: 600)")
    r.add_argument("--no-cache", action="store_true",
                   help="keep no cache: parse and analyse every article again (default cache: $PRESSLENS_CACHE_DIR, "
                        "else data/cache below the current folder)")
    r.add_argument("--jobs", type=int, default=0, metavar="N",
                   help="notebooks executed at once, each in its own kernel (default: one per core)")
    _add_engine_options(r)

    t = sub.add_parser("timex", help="print the temporal expressions found in files, as TSV",
                       description="Tag temporal expressions in each whole decoded file (headers and captions "
                                   "included, so offsets point into the file) and print TSV: "
                                   "start end text type value mod.")
    t.add_argument("files", nargs="+", metavar="FILE")
    t.add_argument("--dct", help="document creation time (ISO date); default: each article's publication date")
    return parser


def _load_params(args) -> dict:
    """The parameters of ``-f`` (a YAML mapping) and ``-p``; ParameterError (exit 2) for a file that cannot
    be read, is not valid YAML (said in one line: where and what) or holds no mapping."""
    from .runner import ParameterError

    params: dict = {}
    if args.parameters_file:
        import yaml

        path = Path(args.parameters_file)
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise ParameterError(f"cannot read parameters file {path}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise ParameterError(f"parameters file {path} is not UTF-8 text") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            what = getattr(exc, "problem", None) or str(exc).strip().splitlines()[0]
            raise ParameterError(f"parameters file {path} is not valid YAML{where}: {what}") from None
        if not isinstance(loaded, dict):
            raise ParameterError(f"parameters file {path} must hold a mapping of parameter names to values "
                                 f"(name: value, one a line); it holds a {type(loaded).__name__}")
        params.update({str(k): v for k, v in loaded.items()})
    for name, value in args.parameter:
        params[name] = value
    return params


def cmd_parse(args) -> int:
    from .corpus import Corpus, build_corpus, mark_duplicates
    from .reading import CorpusError, iter_documents

    parts = []
    for path in args.paths:
        try:
            parts.append(build_corpus(iter_documents(path, encoding=args.encoding, **_columns(args)),
                                      cache_dir=args.cache, **_engine(args)))
        except CorpusError as exc:
            print(f"presslens: {exc}", file=sys.stderr)
    import pandas as pd

    if not parts or sum(len(p) for p in parts) == 0:
        print("presslens: no article could be read", file=sys.stderr)
        return EXIT_FAILED
    tables = {name: pd.concat([getattr(p, name) for p in parts], ignore_index=True)
              for name in ("articles", "sentences", "segments", "repairs")}
    tables["articles"] = mark_duplicates(tables["articles"])
    corpus = Corpus(**tables)
    try:
        out = corpus.save(args.out)
    except OSError as exc:
        print(f"presslens: cannot write the tables to {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    arts = corpus.articles
    if not args.quiet:
        for r in arts.itertuples(index=False):
            # an untitled article is shown by its opening words, marked so that they are not read as its title
            title = r.title.strip() or f"(no title) {textwrap.shorten(r.text[:200], 58, placeholder='…')}"
            notes = list(r.problems) + ([f"duplicate of {r.duplicate_of}"] if r.duplicate_of else [])
            problems = "; ".join(notes) if notes else "ok"
            print(f"{r.article_id}\t{r.published or '-'}\t{title[:70]}\t{r.n_words} words\t{problems}")
    readable = int((arts["text"].str.len() > 0).sum())
    dups = int((arts["duplicate_of"] != "").sum())
    print(f"{len(arts)} article(s), {readable} with story text, {dups} duplicate(s), "
          f"{len(corpus.sentences)} sentences -> {out}")
    return EXIT_OK if readable else EXIT_FAILED


def start_line(args, now: datetime.datetime | None = None) -> str:
    """The first line a run prints, so that the runs appended to one log (cron's) can be told apart: when it
    started, on which corpus, which notebooks and where the reports go."""
    when = (now or datetime.datetime.now()).strftime("%Y-%m-%d %H:%M:%S")
    notebooks = ", ".join(args.notebooks) if args.notebooks else "all notebooks"
    return f"presslens run started {when} on {args.corpus} ({notebooks}) -> {args.out}"


def cmd_run(args) -> int:
    from . import runner
    from .reading import CorpusError

    _engine_environment(args)
    print(start_line(args), flush=True)
    try:
        params = _load_params(args)
        results = runner.run(args.notebooks or None, corpus=args.corpus, out=args.out, parameters=params,
                             timeout=args.timeout,
                             cache_dir=None if args.no_cache else os.environ.get("PRESSLENS_CACHE_DIR") or "data/cache",
                             jobs=args.jobs or cores.workers_default())
    except (runner.ParameterError, runner.OutputError, CorpusError, runner.RunLockedError,
            runner.ReportWriteError) as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, runner.ParameterError | runner.OutputError) else EXIT_FAILED
    failed = [r for r in results if r.status != "ok"]
    print(f"{len(results) - len(failed)} of {len(results)} notebook(s) ran; reports in {Path(args.out) / 'index.html'}")
    if getattr(results, "nothing_read", False):
        # the reports are written (the corpus report says why for each file), but a scheduled run must not pass
        # for a good one: an export gone wrong or the wrong folder
        print(f"presslens: none of the {results.n_articles} article(s) under {args.corpus} has story text (empty, "
              "binary or unreadable files): nothing was analysed", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK


def cmd_timex(args) -> int:
    from .corpus import process_document
    from .reading import read_document
    from .timex import timexes

    status = EXIT_OK
    print("\t".join(["file", "start", "end", "text", "type", "value", "mod"]) if len(args.files) > 1
          else "\t".join(["start", "end", "text", "type", "value", "mod"]))
    for f in args.files:
        doc = read_document(f)
        if not doc.text:
            print(f"presslens: {f}: {'; '.join(doc.problems) or 'no text'}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        dct = args.dct or process_document(doc)["articles"][0]["published"] or None
        for r in timexes(doc.text, dct=dct).itertuples(index=False):
            text = r.text.replace("\t", " ").replace("\n", " ")
            row = [str(r.start), str(r.end), text, r.type, r.value, r.mod]
            print("\t".join(([f] if len(args.files) > 1 else []) + row))
    return status


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    handler = {"parse": cmd_parse, "run": cmd_run, "timex": cmd_timex}[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        # The kernels stop with the run: a notebook client's asyncio task still waiting for a reply then
        # reports the dead kernel, with a traceback, when it is collected at exit. That is this
        # interruption, already reported, not a new error.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        kept = (f"; nothing of this run was written to {args.out} (its last report, if any, is left as it was)"
                if args.command == "run" else "")
        print(f"presslens: interrupted{kept}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
