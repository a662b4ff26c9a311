"""Probe tables26: corpus tables and bundles as media-monitoring and research tools export them (Meltwater, Brandwatch,
Cision, Factiva, Media Cloud, Zotero, Inoreader, Feedly, Google Alerts, a Russian Excel, a scraper's JSON and NDJSON,
a hand-kept coding workbook), read with read_corpus and checked against what a careful user expects of each
(tests/data/probes/tables26/expected.py, written before presslens read them; the files are made by
make_tables26.py there)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from presslens.cli import main
from presslens.corpus import read_corpus
from presslens.reading import CorpusError

PROBE = Path(__file__).parent / "data" / "probes" / "tables26"
ARTICLES = PROBE / "articles"
_spec = importlib.util.spec_from_file_location("tables26_expected", PROBE / "expected.py")
expected = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(expected)


def _published(value: str) -> str:
    return str(value).replace(" ", "T")


def misreadings(name: str, exp: dict) -> list[tuple]:
    """The checks of ``exp`` that reading ``name`` fails: (what, expected, got)."""
    path = ARTICLES / name
    if "error" in exp:
        try:
            corpus = read_corpus(path)
        except CorpusError as exc:
            message = str(exc)
            return [("error", w, message) for w in exp["error"] if w not in message or "\n" in message]
        return [("error", exp["error"], f"read {len(corpus.articles)} article(s)")]
    try:
        rows = read_corpus(path).articles.to_dict("records")
    except CorpusError as exc:
        return [("read", exp["n"], str(exc))]
    wrong = []
    if len(rows) != exp["n"]:
        wrong.append(("articles", exp["n"], len(rows)))
    for k, (want, got) in enumerate(zip(exp["articles"], rows, strict=False)):
        for key, value in want.items():
            if key == "published":
                if not _published(got["published"]).startswith(value):
                    wrong.append((f"{k}.published", value, got["published"]))
            elif key == "text":
                if not (got["text"].startswith(value) if value else got["text"] == ""):
                    wrong.append((f"{k}.text", value, got["text"][:80]))
            elif key == "contains":
                if value not in got["text"]:
                    wrong.append((f"{k}.contains", value, got["text"][:200]))
            elif key == "authors":
                authors = list(got["authors"])
                if len(authors) != len(value) or any(w not in a for w, a in zip(value, authors, strict=False)):
                    wrong.append((f"{k}.authors", value, authors))
            elif got[key] != value:
                wrong.append((f"{k}.{key}", value, got[key]))
    for k, words in exp.get("problems", []):
        problems = list(rows[k]["problems"]) if k < len(rows) else []
        if not any(words.lower() in p.lower() for p in problems):
            wrong.append((f"{k}.problems", words, problems))
    return wrong


# Misreadings left on purpose, each with its reason (the test fails when one goes away, so it is then taken off):
KNOWN: dict[str, list[tuple]] = {}


@pytest.mark.parametrize("name", sorted(expected.EXPECTED))
def test_probe_file_reads_as_expected(name):
    assert misreadings(name, expected.EXPECTED[name]) == KNOWN.get(name, [])


def test_probe_has_its_files():
    assert sorted(p.name for p in ARTICLES.iterdir()) == sorted(expected.EXPECTED)
    assert all(p.stat().st_size < 100_000 for p in ARTICLES.iterdir())


def test_parse_on_the_command_line_prints_each_title(tmp_path, capsys):
    exp = expected.EXPECTED[expected.CLI_FILE]
    assert main(["parse", str(ARTICLES / expected.CLI_FILE), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert [a["title"] in out for a in exp["articles"]] == [True] * exp["n"]
