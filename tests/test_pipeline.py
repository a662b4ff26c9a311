"""Per-article stages: cached by content, identical results on every engine and cache state."""

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from presslens.corpus import build_corpus, parse_stage
from presslens.pipeline import Stage, Store, content_key, run_stage
from presslens.reading import iter_documents

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

calls: list[str] = []


def _count_words(unit):
    calls.append(unit)
    return {"words": [{"unit": unit, "i": i, "word": w} for i, w in enumerate(unit.split())]}


STAGE = Stage("words", "v1", _count_words, ("words",))


def _run(units, store=None, **kw):
    return run_stage(STAGE, units, [content_key(STAGE, u) for u in units], store=store, **kw)["words"]


def test_rows_come_back_in_unit_order_and_identical_units_are_computed_once():
    calls.clear()
    out = _run(["b a", "c", "b a", ""])
    assert list(out["word"]) == ["b", "a", "c"]
    assert calls == ["b a", "c", ""]


def test_only_new_units_are_processed_when_a_store_has_the_rest(tmp_path):
    store = Store(tmp_path, STAGE)
    calls.clear()
    first = _run(["x y", "z"], store)
    assert calls == ["x y", "z"]
    calls.clear()
    second = _run(["x y", "z", "new one"], store)
    assert calls == ["new one"]
    assert list(second["word"]) == ["x", "y", "z", "new", "one"]
    pd.testing.assert_frame_equal(second.head(3), first)


def test_a_new_stage_version_invalidates_the_cache(tmp_path):
    calls.clear()
    _run(["x"], Store(tmp_path, STAGE))
    v2 = dataclasses.replace(STAGE, version="v2")
    run_stage(v2, ["x"], [content_key(v2, "x")], store=Store(tmp_path, v2))
    assert calls == ["x", "x"]


def test_parallel_parse_equals_serial_parse():
    docs = list(iter_documents(SEEDS))
    many = [dataclasses.replace(d, article_id=f"{d.article_id}-{i}") for i in range(30) for d in docs]
    serial = build_corpus(many, workers=1, progress=False)
    parallel = build_corpus(many, workers=2, progress=False)
    for name in ("articles", "sentences", "segments", "repairs"):
        pd.testing.assert_frame_equal(serial.tables()[name], parallel.tables()[name])


def test_a_changed_file_is_parsed_again_and_an_unchanged_one_is_not(tmp_path, monkeypatch):
    import presslens.corpus as corpus_mod

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2023-01-02 First story. It is short.")
    (folder / "b.txt").write_text("date 2023-01-03 Second story.")
    cache = tmp_path / "cache"
    build_corpus(iter_documents(folder), cache_dir=cache, progress=False)

    parsed = []
    real = corpus_mod.process_document
    monkeypatch.setattr(corpus_mod, "process_document", lambda d: parsed.append(d.article_id) or real(d))
    (folder / "b.txt").write_text("date 2023-01-03 Second story, edited.")
    again = build_corpus(iter_documents(folder), cache_dir=cache, progress=False)
    assert parsed == ["b"]
    assert list(again.articles["article_id"]) == ["a", "b"]
    assert "edited" in again.articles.loc[1, "text"]


@pytest.mark.slow
def test_dask_engine_gives_identical_tables():
    docs = list(iter_documents(SEEDS))
    local = build_corpus(docs, workers=1, progress=False)
    dask = build_corpus(docs, engine="dask", workers=2, progress=False)
    for name in ("articles", "sentences", "segments", "repairs"):
        pd.testing.assert_frame_equal(local.tables()[name], dask.tables()[name])


def test_parse_stage_version_depends_on_parser_source():
    assert len(parse_stage().version) == 16
