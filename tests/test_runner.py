"""The notebook runner: parameters checked before any kernel starts, reports written, failures shown."""

from pathlib import Path

import nbformat
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


def test_run_writes_notebook_html_report_index_and_tables(nb_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "NOTEBOOK_DIR", nb_dir)
    out = tmp_path / "reports"
    results = runner.run(None, corpus=SEEDS, out=out, parameters={"top_n": "2", "label": "x'\"; import os"},
                         cache_dir=tmp_path / "cache", log=lambda *a: None)
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
    assert "probe.report.html" in (out / "index.html").read_text()
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
    with pytest.raises(CorpusError, match="corpus path not found: .*nowhere"):
        runner.run(None, corpus=tmp_path / "nowhere", out=tmp_path / "r", cache_dir=None)


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
