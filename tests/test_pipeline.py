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
    import presslens.parsing as parsing_mod  # the corpus module imports the parser where it parses

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2023-01-02 First story. It is short.")
    (folder / "b.txt").write_text("date 2023-01-03 Second story.")
    cache = tmp_path / "cache"
    build_corpus(iter_documents(folder), cache_dir=cache, progress=False)

    parsed = []
    real = parsing_mod.parse_text
    monkeypatch.setattr(parsing_mod, "parse_text", lambda text, **kw: parsed.append(text) or real(text, **kw))
    (folder / "b.txt").write_text("date 2023-01-03 Second story, edited.")
    again = build_corpus(iter_documents(folder), cache_dir=cache, progress=False)
    assert parsed == ["date 2023-01-03 Second story, edited."]
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


# --- the per-article analysis stages ---------------------------------------------------------------------

import shutil  # noqa: E402

from presslens import actors, cache, chronology, sentiment, tokens  # noqa: E402
from presslens.corpus import read_corpus  # noqa: E402

# stage name -> (module, batch function name, how to run it on a corpus with options)
ANALYSES = {
    "sentiment": (sentiment, "_score_units", lambda c, **kw: sentiment.score_corpus(c, **kw)),
    "tokens": (tokens, "_tokenize_units", lambda c, **kw: tokens.corpus_tokens(c, **kw)),
    "timexes": (chronology, "_timex_units", lambda c, **kw: chronology.corpus_timexes(c, **kw)),
    "actors": (actors, "_mentions_batch", lambda c, **kw: actors.mentions(c, **kw)),
}


def _two_article_folder(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for src in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(src, folder / src.name)
    return folder


@pytest.mark.parametrize("name", list(ANALYSES))
def test_a_changed_article_is_analysed_again_and_an_unchanged_one_is_not(name, tmp_path, monkeypatch):
    module, func_name, run = ANALYSES[name]
    folder = _two_article_folder(tmp_path)
    store = tmp_path / "cache"
    first = read_corpus(folder, cache_dir=store, progress=False)
    cold = run(first, cache=store, progress=False)

    seen: list[str] = []
    real = getattr(module, func_name)

    def counting(keyed, **kw):
        seen.extend(unit[0] for _, unit in keyed)
        return real(keyed, **kw)

    monkeypatch.setattr(module, func_name, counting)
    warm = run(first, cache=store, progress=False)
    assert seen == []
    pd.testing.assert_frame_equal(warm, cold)

    changed = sorted(folder.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nOn Monday, Xi Jinping met Vladimir Putin again. "
                       "It was a good and friendly meeting.\n", encoding="utf-8")
    second = read_corpus(folder, cache_dir=store, progress=False)
    again = run(second, cache=store, progress=False)
    assert seen == [changed.stem]
    pd.testing.assert_frame_equal(again, run(second, cache=False, progress=False))
    assert len(again[again["article_id"] == changed.stem]) > len(cold[cold["article_id"] == changed.stem])


@pytest.fixture(scope="module")
def many_articles():
    docs = list(iter_documents(SEEDS))
    many = [dataclasses.replace(d, article_id=f"{d.article_id}-{i:02d}") for i in range(16) for d in docs]
    return build_corpus(many, workers=1, progress=False)


@pytest.mark.parametrize("name", list(ANALYSES))
def test_analysis_stages_on_every_core_equal_one_core_and_the_plain_functions(name, many_articles, tmp_path):
    run = ANALYSES[name][2]
    c = many_articles
    serial = run(c, workers=1, cache=False, progress=False)
    parallel = run(c, workers=2, cache=tmp_path, progress=False)
    pd.testing.assert_frame_equal(serial, parallel)
    plain = {
        "sentiment": lambda: sentiment.score_sentences(sentiment.story_sentences(c.sentences, c.segments)),
        "tokens": lambda: tokens.tokenize(c.sentences, c.repairs),
        "timexes": lambda: pd.concat([chronology.article_timexes(
            a, "".join(c.segments.loc[c.segments["article_id"] == a, "text"]), p,
            c.sentences[c.sentences["article_id"] == a], c.segments[c.segments["article_id"] == a])
            for a, p in zip(c.articles["article_id"], c.articles["published"], strict=True)], ignore_index=True),
        "actors": lambda: actors.mentions(c, workers=1, cache=False),
    }[name]()
    pd.testing.assert_frame_equal(serial, plain)


def test_identical_sentences_are_scored_once_per_process(many_articles):
    sentiment._scores_of.cache_clear()
    out = sentiment.score_corpus(many_articles, workers=1, cache=False, progress=False)
    assert sentiment._scores_of.cache_info().misses == out["text"].nunique() < len(out)


@pytest.mark.slow
def test_analysis_stages_on_dask_equal_the_local_engine(many_articles):
    c = many_articles.select(many_articles.articles["article_id"].head(12))
    for name, (_, _, run) in ANALYSES.items():
        local = run(c, workers=1, cache=False, progress=False)
        dask = run(c, engine="dask", workers=2, cache=False, progress=False)
        pd.testing.assert_frame_equal(local, dask, obj=name)


@pytest.mark.parametrize("env, args, expected", [
    ({}, {}, {"engine": "local"}),
    ({"PRESSLENS_ENGINE": "dask", "PRESSLENS_WORKERS": "3", "PRESSLENS_SCHEDULER": "tcp://h:8786"}, {},
     {"engine": "dask", "workers": 3, "scheduler": "tcp://h:8786"}),
    ({"PRESSLENS_ENGINE": "dask", "PRESSLENS_WORKERS": "3"}, {"engine": "dask", "workers": 1},
     {"engine": "dask", "workers": 1}),
    ({}, {"engine": "dask", "scheduler": "tcp://x:1"}, {"engine": "dask", "scheduler": "tcp://x:1"}),
    ({"PRESSLENS_ENGINE": "", "PRESSLENS_WORKERS": ""}, {"workers": 0}, {"engine": "local"}),
])
def test_engine_options_take_the_environment_where_arguments_are_left_at_their_defaults(env, args, expected,
                                                                                         monkeypatch):
    for k in ("PRESSLENS_ENGINE", "PRESSLENS_WORKERS", "PRESSLENS_SCHEDULER"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert cache.engine_options(**args) == expected


@pytest.mark.parametrize("value, expected", [(None, "env"), (True, "env"), (False, None), ("", None),
                                             ("/x/y", "/x/y")])
def test_resolve_cache(value, expected, monkeypatch):
    monkeypatch.setenv("PRESSLENS_CACHE_DIR", "env")
    got = cache.resolve_cache(value)
    assert (str(got) if got is not None else None) == expected


def test_a_batch_stage_keeps_unit_order_and_caches_units_that_gave_no_rows(tmp_path):
    seen = []

    def batch(keyed):
        seen.extend(u for _, u in keyed)
        rows = [(k, u, i) for k, u in keyed for i in range(len(u))]
        return {"chars": pd.DataFrame(rows, columns=["_key", "unit", "i"])}

    stage = Stage("chars", "v1", batch, ("chars",), batch=True)
    units = ["ab", "", "c", "ab"]
    keys = [content_key(stage, u) for u in units]
    first = run_stage(stage, units, keys, store=Store(tmp_path, stage))["chars"]
    assert list(first["unit"]) == ["ab", "ab", "c"] and seen == ["ab", "", "c"]
    seen.clear()
    again = run_stage(stage, units, keys, store=Store(tmp_path, stage))["chars"]
    assert seen == []
    pd.testing.assert_frame_equal(again, first)


def test_a_snapshot_column_is_one_mapped_array_that_stages_take_without_a_copy(tmp_path):
    from presslens.corpus import _read_arrow, _write_arrow
    from presslens.pipeline import arrow_text

    parts = [pd.DataFrame({"text": pd.array([f"sentence {i} of part {p}" for i in range(50)], dtype="str"),
                           "n": range(50)}) for p in range(3)]
    table = pd.concat(parts, ignore_index=True)  # as the parse's parts make a corpus table: chunked columns
    assert table["text"].array.__arrow_array__().num_chunks == 3
    _write_arrow(table, tmp_path / "sentences.arrow")
    loaded = _read_arrow(tmp_path / "sentences.arrow")
    pd.testing.assert_frame_equal(loaded, table)
    mapped = loaded["text"].array.__arrow_array__()
    assert mapped.num_chunks == 1
    taken = arrow_text(loaded["text"])  # what a stage makes its units of (chunks would be copied into one)
    assert taken.buffers()[2].address == mapped.chunk(0).buffers()[2].address  # the file's bytes, no copy
    assert taken.to_pylist() == table["text"].tolist()


def test_an_empty_snapshot_loads_with_the_column_types_of_its_parquet_copy(tmp_path):
    from presslens import schema
    from presslens.corpus import TABLE_NAMES, Corpus

    empty = Corpus(**{name: schema.empty(name) for name in TABLE_NAMES})
    empty.save(tmp_path / "mapped", csv=False, parquet=False, arrow=True)
    empty.save(tmp_path / "parquet", csv=False, parquet=True, arrow=False)
    mapped, plain = Corpus.load(tmp_path / "mapped"), Corpus.load(tmp_path / "parquet")
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(mapped.tables()[name], plain.tables()[name])
    assert mapped.articles["authors"].dtype == object  # a list column, not float64 for want of rows


def test_the_corpus_snapshot_is_what_parsing_gives_and_follows_changed_files(tmp_path, monkeypatch):
    import presslens.cache as cache_mod

    folder = _two_article_folder(tmp_path)
    store = tmp_path / "cache"
    built = cache.cached_corpus(folder, cache=store, progress=False)
    (snap,) = [d for d in (store / "corpus").iterdir() if d.is_dir()]
    # kept as uncompressed Arrow files, which every notebook maps into memory instead of reading a copy
    assert sorted(p.name for p in snap.glob("*.arrow")) == ["articles.arrow", "repairs.arrow", "segments.arrow",
                                                            "sentences.arrow"]
    assert not list(snap.glob("*.parquet"))
    calls = []
    monkeypatch.setattr(cache_mod, "build_corpus", lambda *a, **k: calls.append(1) or build_corpus(*a, **k))
    loaded = cache.cached_corpus(folder, cache=store, progress=False)
    assert calls == []
    plain = read_corpus(folder, progress=False)
    for name in ("articles", "sentences", "segments", "repairs"):
        pd.testing.assert_frame_equal(loaded.tables()[name], built.tables()[name])
        pd.testing.assert_frame_equal(loaded.tables()[name], plain.tables()[name])
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nOne more line.\n", encoding="utf-8")
    again = cache.cached_corpus(folder, cache=store, progress=False)
    assert calls == [1] and "One more line." in again.articles.loc[0, "text"]
    pd.testing.assert_frame_equal(cache.cached_corpus(folder, cache=False, progress=False).articles, again.articles)


@pytest.mark.parametrize("kind", ["folder", "table"])
def test_the_documents_read_are_let_go_before_the_duplicate_search(kind, tmp_path, monkeypatch):
    """Once parsed, the articles' text lives in the tables: the documents read (a corpus's text again, as
    Python strings) are not kept through the corpus-level passes, whether read from a folder of files or
    from one table file."""
    import gc

    import presslens.corpus as corpus_mod
    from presslens.reading import Document

    folder = _two_article_folder(tmp_path)
    if kind == "table":
        rows = [{"article_id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(folder.glob("*.txt"))]
        source = tmp_path / "articles.csv"
        pd.DataFrame(rows).to_csv(source, index=False)
    else:
        source = folder
    alive = []
    real = corpus_mod.mark_duplicates

    def spy(articles, **kw):
        gc.collect()
        alive.append(sum(isinstance(o, Document) for o in gc.get_objects()))
        return real(articles, **kw)

    monkeypatch.setattr(corpus_mod, "mark_duplicates", spy)
    built = cache.cached_corpus(source, cache=tmp_path / "cache", progress=False)
    assert alive == [0]
    assert len(built) == 2 and built.articles["text"].str.len().min() > 500


def test_corpus_counts_come_from_the_snapshot_without_loading_it(tmp_path, monkeypatch):
    import presslens.cache as cache_mod

    folder = _two_article_folder(tmp_path)
    (folder / "empty.txt").write_text("")
    store = tmp_path / "cache"
    want = (3, 1, [(str(folder / "empty.txt"), "empty file")])  # three articles, one without story text: why
    assert cache.cached_corpus(folder, cache=False, counts=True, progress=False) == want
    assert cache.cached_corpus(folder, cache=store, counts=True, progress=False) == want  # built
    monkeypatch.setattr(cache_mod.Corpus, "load", lambda *a: pytest.fail("the snapshot was loaded"))
    assert cache.cached_corpus(folder, cache=store, counts=True, progress=False) == want  # from the file list
    for listing in (store / "corpus").glob("files-*.json"):
        listing.unlink()
    assert cache.cached_corpus(folder, cache=store, counts=True, progress=False) == want  # from the files' keys


def test_files_read_by_worker_processes_give_what_reading_them_here_gives(tmp_path, monkeypatch):
    import presslens.cache as cache_mod

    folder = _two_article_folder(tmp_path)
    (folder / "empty.txt").write_text("")
    (folder / "table.csv").write_text("title,text\nOne,First text.\nTwo,Second text.\n", encoding="utf-8")
    (folder / "latin.txt").write_bytes("Caf\xe9 au lait, Moscow.".encode("latin-1"))
    listing = cache_mod._listing(folder)
    stage = parse_stage()
    here = cache_mod._folder_documents(folder, listing, {1: "recorded"}, stage, {}, False, workers=1)
    monkeypatch.setattr(cache_mod, "READ_PARALLEL_MIN", 2)
    spawned = []
    real = cache_mod._read_parallel
    monkeypatch.setattr(cache_mod, "_read_parallel", lambda *a: spawned.append(a[-1]) or real(*a))
    there = cache_mod._folder_documents(folder, listing, {1: "recorded"}, stage, {}, False, workers=2)
    assert spawned == [2]
    assert there[1] == here[1] and there[2] == here[2]  # keys, and each file's key
    assert there[0].items == here[0].items  # documents (a Path for the file not read)
    table = [Path(f[0]).name for f in listing].index("table.csv")
    assert len(here[1]) == len(listing) + 1 and here[1][1] == "recorded" and here[2][table] is None
    # a table naming no text column among the articles: one document saying so, the folder still read
    (folder / "bad.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    docs, keys, _files = cache_mod._folder_documents(folder, cache_mod._listing(folder), {}, stage, {}, False, workers=2)
    bad = next(d for d in (docs[i] for i in range(len(docs))) if d.article_id == "bad")
    assert bad.text == "" and "bad.csv: no text column found among ['a', 'b']" in bad.problems[0]
    assert len(keys) == len(listing) + 2  # (the table's row, and now bad.csv's)
    # a column the caller named and a table lacks: the whole read is refused
    with pytest.raises(cache_mod.CorpusError, match="no column named 'words'"):
        cache_mod._folder_documents(folder, cache_mod._listing(folder), {}, stage, {"text_column": "words"}, False,
                                    workers=2)


def _count_in_file(unit):
    """A stage that notes each call in the file named by the unit and takes a while (so runs overlap)."""
    import time

    counter, text = unit
    with open(counter, "a", encoding="utf-8") as fh:
        fh.write(text + "\n")
    time.sleep(0.2)
    return {"words": [{"unit": text, "i": i, "word": w} for i, w in enumerate(text.split())]}


COUNTING = Stage("counting", "v1", _count_in_file, ("words",))


def _run_counting(root, counter, out):
    units = [(str(counter), t) for t in ("a b", "c", "d e f")]
    got = run_stage(COUNTING, units, [content_key(COUNTING, t) for _, t in units], store=Store(root, COUNTING),
                    workers=1, progress=False)["words"]
    got.to_pickle(out)


def test_two_processes_running_one_stage_over_the_same_units_compute_them_once(tmp_path):
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    counter = tmp_path / "calls.txt"
    procs = [ctx.Process(target=_run_counting, args=(tmp_path / "cache", counter, tmp_path / f"out{i}.pkl"))
             for i in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert sorted(counter.read_text(encoding="utf-8").splitlines()) == ["a b", "c", "d e f"]
    first, second = (pd.read_pickle(tmp_path / f"out{i}.pkl") for i in range(2))
    pd.testing.assert_frame_equal(first, second)
    assert list(first["word"]) == ["a", "b", "c", "d", "e", "f"]


def test_many_parts_are_merged_into_one_and_read_back_identical(tmp_path):
    import presslens.pipeline as pipeline

    store = Store(tmp_path, STAGE)
    units = [f"unit {i} word{i}" for i in range(12)]
    for i in range(len(units)):  # one run per new unit, as nightly runs over a growing corpus
        _run(units[:i + 1], store)
    parts = sorted((store.dir / "_keys").glob("part-*.parquet"))
    assert 1 <= len(parts) <= pipeline.MAX_PARTS
    calls.clear()
    again = _run(units, store)
    assert calls == []
    pd.testing.assert_frame_equal(again, _run(units))


def test_parts_are_written_in_lz4_and_parts_in_snappy_from_before_still_read(tmp_path):
    import pyarrow.parquet as pq

    import presslens.pipeline as pipeline

    store = Store(tmp_path, STAGE)
    first = _run(["unit one", "unit two"], store)
    parts = list(store.dir.glob("*/part-*.parquet"))
    codecs = {pq.ParquetFile(p).metadata.row_group(0).column(0).compression for p in parts}
    assert parts and codecs <= {"LZ4", "LZ4_RAW"}, codecs  # as pyarrow names LZ4_RAW
    for p in parts:  # the same parts as an earlier version wrote them: Snappy, pandas' default
        pd.read_parquet(p).to_parquet(p, index=False)
    assert {pq.ParquetFile(p).metadata.row_group(0).column(0).compression for p in parts} == {"SNAPPY"}
    calls.clear()
    again = _run(["unit one", "unit two", "unit three"], store)
    assert calls == ["unit three"]  # the Snappy parts are read back, only the new unit computed
    pd.testing.assert_frame_equal(again.iloc[:len(first)], first)
    pd.testing.assert_frame_equal(again, _run(["unit one", "unit two", "unit three"]))
    assert pipeline.PART_COMPRESSION == "lz4"


@pytest.mark.parametrize("wanted", ["all", "some", "none"])
def test_a_part_read_in_batches_gives_the_rows_of_the_keys_asked_in_file_order(tmp_path, monkeypatch, wanted):
    import presslens.pipeline as pipeline

    monkeypatch.setattr(pipeline, "_READ_BATCH", 7)  # many batches, a key's rows split between two
    rows = pd.DataFrame({"_key": [f"k{i // 3:03d}" for i in range(100)], "n": range(100),
                         "text": pd.array([f"row {i}" for i in range(100)], dtype="str"),
                         "lists": [[f"x{i}"] * (i % 3) for i in range(100)]})
    rows = rows.sample(frac=1, random_state=1).reset_index(drop=True)  # keys in no order
    path = tmp_path / "part.parquet"
    rows.to_parquet(path, index=False)
    keys = {"all": None, "some": {"k001", "k017", "k030", "k033", "no such key"}, "none": {"no such key"}}[wanted]
    got = pipeline._read_part(path, keys)
    expected = rows if keys is None else rows[rows["_key"].isin(keys)].reset_index(drop=True)
    assert len(expected) == {"all": 100, "some": 10, "none": 0}[wanted]
    pd.testing.assert_frame_equal(got, expected)
    assert got["text"].array.__arrow_array__().num_chunks <= 1  # the batches put together, not 15 pieces
    monkeypatch.setattr(pipeline, "_READ_CHUNK_BYTES", 1)  # a chunk per batch: the same rows
    pd.testing.assert_frame_equal(pipeline._read_part(path, keys), expected)


@pytest.mark.parametrize("runs", [1, 3, 300])
def test_rows_put_in_unit_order_are_the_rows_taken_one_by_one(runs):
    import numpy as np

    import presslens.pipeline as pipeline

    rng = np.random.default_rng(runs)
    n_units = 900
    keys = [f"k{i:04d}" for i in range(n_units)]
    order = {k: i for i, k in enumerate(keys)}
    # each unit's rows (0-3 of them) together; the units in ``runs`` blocks, the blocks shuffled, as parts of
    # the cache and this run's new units come
    blocks = np.array_split(np.arange(n_units), runs)
    shuffled = [blocks[i] for i in rng.permutation(len(blocks))] if runs > 1 else blocks
    unit_of_row = [u for b in shuffled for u in b.tolist() for _ in range(u % 4)]
    df = pd.DataFrame({"_key": [keys[u] for u in unit_of_row], "n": np.arange(len(unit_of_row)),
                       "text": pd.array([f"text of {u}" for u in unit_of_row], dtype="str"),
                       "lists": [[u] * (u % 3) for u in unit_of_row]})
    got = pipeline._expand(df, keys, order)
    pos = np.array([order[k] for k in df["_key"]])
    expected = df.take(np.argsort(pos, kind="stable"))
    pd.testing.assert_frame_equal(got, expected)
    assert list(got["_key"]) == sorted(got["_key"])


def test_overlapping_parts_never_double_rows(tmp_path):
    store = Store(tmp_path, STAGE)
    _run(["x y", "z"], store)
    part = next((store.dir / "_keys").glob("part-*.parquet"))
    for folder in ("words", "_keys"):  # the same units twice, as an interrupted merge would leave them
        shutil.copy(store.dir / folder / part.name, store.dir / folder / f"part-0{part.name[5:]}")
    calls.clear()
    again = _run(["x y", "z"], store)
    assert calls == [] and list(again["word"]) == ["x", "y", "z"]


def test_cached_rows_hold_lists_like_fresh_ones(tmp_path):
    folder = _two_article_folder(tmp_path)
    fresh = build_corpus(iter_documents(folder), cache_dir=tmp_path / "cache", progress=False)
    cached = build_corpus(iter_documents(folder), cache_dir=tmp_path / "cache", progress=False)
    for name in ("articles", "sentences", "segments", "repairs"):
        pd.testing.assert_frame_equal(cached.tables()[name], fresh.tables()[name])
    for col in ("authors", "agencies", "captions", "subheadings", "problems"):
        assert all(type(v) is list for v in cached.articles[col]), col


def _corpus_reads(monkeypatch):
    """The names of the article files read from now on."""
    import presslens.reading as reading_mod

    reads = []
    real = reading_mod.read_documents  # (what a folder's files are read with: one or more documents a file)
    monkeypatch.setattr(reading_mod, "read_documents", lambda path, **k: reads.append(Path(path).name) or real(path, **k))
    return reads


def test_an_unchanged_folder_opens_its_snapshot_without_reading_a_file(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)
    folder = _two_article_folder(tmp_path)
    store = tmp_path / "cache"
    built = cache.cached_corpus(folder, cache=store, progress=False)
    reads = _corpus_reads(monkeypatch)
    loaded = cache.cached_corpus(folder, cache=store, progress=False)
    assert reads == []
    pd.testing.assert_frame_equal(loaded.articles, built.articles)


def test_a_file_changed_behind_unchanged_size_and_mtime_is_read_again(tmp_path, monkeypatch):
    import os

    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)
    folder = _two_article_folder(tmp_path)
    store = tmp_path / "cache"
    cache.cached_corpus(folder, cache=store, progress=False)
    changed = sorted(folder.glob("*.txt"))[0]
    before = changed.stat()
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("the", "THE", 1), encoding="utf-8")  # same size
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))  # as cp -p or rsync -t would leave it
    assert changed.stat().st_size == before.st_size and changed.stat().st_mtime_ns == before.st_mtime_ns
    reads = _corpus_reads(monkeypatch)
    again = cache.cached_corpus(folder, cache=store, progress=False)
    assert reads == [changed.name]  # its change time gives it away; the other file keeps its recorded key
    assert "THE" in again.articles.loc[0, "text"]
    pd.testing.assert_frame_equal(again.articles, cache.cached_corpus(folder, cache=False, progress=False).articles)


def test_a_file_named_alike_added_beside_an_unchanged_one_changes_its_id(tmp_path, monkeypatch):
    """'a.txt' read before is unchanged when 'a.md' is added beside it, but its id is no longer 'a' ('a.txt' and
    'a.md' both keep their suffix): the recorded key, made with the old id, must not stand."""
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)
    folder = _two_article_folder(tmp_path)
    store = tmp_path / "cache"
    first = sorted(folder.glob("*.txt"))[0]
    stem = first.stem
    ids = set(cache.cached_corpus(folder, cache=store, progress=False).articles["article_id"])
    assert stem in ids
    (folder / f"{stem}.md").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    reads = _corpus_reads(monkeypatch)
    again = cache.cached_corpus(folder, cache=store, progress=False)
    assert sorted(reads) == sorted([first.name, f"{stem}.md"])
    assert set(again.articles["article_id"]) == (ids - {stem}) | {first.name, f"{stem}.md"}
    (folder / f"{stem}.md").unlink()
    assert set(cache.cached_corpus(folder, cache=store, progress=False).articles["article_id"]) == ids


def test_files_written_just_before_the_listing_are_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "RACY_SECONDS", 3600.0)  # every file counts as just written
    folder = _two_article_folder(tmp_path)
    store = tmp_path / "cache"
    cache.cached_corpus(folder, cache=store, progress=False)
    reads = _corpus_reads(monkeypatch)
    cache.cached_corpus(folder, cache=store, progress=False)
    assert reads == sorted(f.name for f in folder.glob("*.txt"))


def test_old_versions_are_pruned_keeping_the_most_recently_used(tmp_path):
    import dataclasses
    import fcntl
    import os

    stores = []
    for i in range(5):  # five code versions in turn, each used a minute after the one before
        store = Store(tmp_path, dataclasses.replace(STAGE, version=f"{STAGE.version}-{i}"))
        _run(["a b", "c"], store)
        os.utime(store.dir / ".used", (1_000_000 + 60 * i, 1_000_000 + 60 * i))
        stores.append(store)
    versions = {d.name for d in (tmp_path / "words").iterdir() if d.is_dir()}
    assert versions == {stores[i].dir.name for i in (4, 3, 2)}, "the 3 most recently used are kept"
    calls.clear()
    again = _run(["a b", "c"], stores[4])
    assert calls == [] and list(again["word"]) == ["a", "b", "c"], "the newest version is read back"
    _run(["a b", "c"], stores[0])  # version 0 comes back: now the most recent, so version 2 goes
    assert {d.name for d in (tmp_path / "words").iterdir() if d.is_dir()} == {stores[i].dir.name for i in (0, 4, 3)}
    os.utime(stores[0].dir / ".used", (1_000_000, 1_000_000))
    with open(stores[0].dir / ".lock", "a+b") as held:  # another process is using version 0
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert stores[4].prune(keep=2) == [], "a version in use is never deleted under its user"
    assert stores[4].prune(keep=2) == [stores[0].dir] and not stores[0].dir.exists()


@pytest.mark.parametrize("formats", [{"arrow": True, "parquet": False}, {"arrow": False, "parquet": True},
                                     {"arrow": True, "parquet": True}])
def test_a_saved_corpus_loads_back_the_same_from_arrow_or_parquet(tmp_path, formats):
    from presslens.corpus import Corpus

    folder = tmp_path / "mixed"
    folder.mkdir()
    for src in [*SEEDS.glob("*.txt"), *(SEEDS.parent / "tests" / "data" / "articles").glob("*.txt")]:
        shutil.copy(src, folder / src.name)
    (folder / "empty.txt").write_text("")
    corpus = read_corpus(folder, progress=False)
    assert len(corpus.repairs) and corpus.articles["captions"].map(len).gt(0).any()
    loaded = Corpus.load(corpus.save(tmp_path / "saved", csv=False, **formats))
    for name in ("articles", "sentences", "segments", "repairs"):
        pd.testing.assert_frame_equal(loaded.tables()[name], corpus.tables()[name])
    assert all(isinstance(v, list) for v in loaded.articles["captions"])


def _collector_state(unit):
    import gc

    return {"state": [{"unit": unit, "gc_on": gc.isenabled()}]}


def test_stage_functions_run_with_the_collector_paused_and_it_comes_back():
    import gc

    from presslens import pipeline

    stage = Stage("gc-probe", "1", _collector_state, ("state",))
    assert gc.isenabled()
    for workers in (1, 2):  # in this process, and in worker processes
        units = list(range(pipeline.PARALLEL_MIN_UNITS + 1))
        out = run_stage(stage, units, [str(u) for u in units], workers=workers, progress=False)["state"]
        assert out["unit"].tolist() == units and not out["gc_on"].any()
        assert gc.isenabled()
    gc.disable()
    try:
        with pipeline.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # left off, as it was
    finally:
        gc.enable()
    with pytest.raises(RuntimeError, match="stage failed"), pipeline.gc_paused():
        raise RuntimeError("stage failed")
    assert gc.isenabled()  # back on after an error too


_MADE_BEFORE_FORK: list[int] = []


def _made_where(unit):
    import os

    return {"made": [{"unit": unit, "made_in": _MADE_BEFORE_FORK[0] if _MADE_BEFORE_FORK else -1,
                      "worker": os.getpid()}]}


def _make_before_fork():
    import os

    _MADE_BEFORE_FORK[:] = [os.getpid()]


def test_a_stages_before_fork_runs_in_the_parent_and_its_workers_find_what_it_made():
    """Stage.before_fork is called before a stage's worker processes start (forked, they find what it made, here
    the parent's process id, instead of making it each); not part of the stage's identity; not called when the
    stage runs in this process."""
    import os

    from presslens import pipeline

    stage = Stage("fork-probe", "1", _made_where, ("made",), before_fork=_make_before_fork)
    assert stage == Stage("fork-probe", "1", _made_where, ("made",))
    units = list(range(pipeline.PARALLEL_MIN_UNITS + 1))
    _MADE_BEFORE_FORK.clear()
    out = run_stage(stage, units, [str(u) for u in units], workers=1, progress=False)["made"]
    assert out["made_in"].tolist() == [-1] * len(units) and not _MADE_BEFORE_FORK
    out = run_stage(stage, units, [str(u) for u in units], workers=2, progress=False)["made"]
    assert _MADE_BEFORE_FORK == [os.getpid()]
    assert out["made_in"].tolist() == [os.getpid()] * len(units)
    assert os.getpid() not in set(out["worker"].tolist())  # computed in the workers
    _MADE_BEFORE_FORK.clear()


def test_a_grown_folder_reads_only_its_new_files(tmp_path, monkeypatch):
    """After one file is added, the others keep the key recorded for them and are not read; the corpus is
    the one a fresh read gives. A table file in the folder is always read (its rows have no file key)."""
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)
    folder = _two_article_folder(tmp_path)
    pd.DataFrame({"id": ["t1"], "title": ["A table row"], "text": ["Moscow and Beijing met again on Monday."]}
                 ).to_csv(folder / "rows.csv", index=False)
    store = tmp_path / "cache"
    cache.cached_corpus(folder, cache=store, progress=False)
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copy(seeds[2], folder / seeds[2].name)
    reads = _corpus_reads(monkeypatch)
    grown = cache.cached_corpus(folder, cache=store, progress=False)
    assert reads == [seeds[2].name, "rows.csv"]
    fresh = cache.cached_corpus(folder, cache=False, progress=False)
    for name in ("articles", "sentences", "segments", "repairs"):
        pd.testing.assert_frame_equal(getattr(grown, name), getattr(fresh, name))


def test_files_kept_by_key_are_read_when_the_parse_cache_lost_them(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)
    folder = _two_article_folder(tmp_path)
    store = tmp_path / "cache"
    cache.cached_corpus(folder, cache=store, progress=False)
    shutil.rmtree(store / "parse")
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copy(seeds[2], folder / seeds[2].name)
    reads = _corpus_reads(monkeypatch)
    grown = cache.cached_corpus(folder, cache=store, progress=False)
    assert sorted(reads) == sorted(f.name for f in folder.glob("*.txt"))  # the new one, then the two asked for
    pd.testing.assert_frame_equal(grown.articles, cache.cached_corpus(folder, cache=False, progress=False).articles)


def test_a_file_that_no_longer_gives_its_recorded_key_stops_the_read(tmp_path, monkeypatch):
    """A file read only because the parse cache lacks it must still be the file its key was recorded for
    (it could change between the listing and the read): otherwise the read stops, saying which file."""
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)
    folder = _two_article_folder(tmp_path)
    store = tmp_path / "cache"
    cache.cached_corpus(folder, cache=store, progress=False)
    shutil.rmtree(store / "parse")
    shutil.copy(sorted(SEEDS.glob("*.txt"))[2], folder / "new.txt")
    monkeypatch.setattr(cache, "_unchanged_keys", lambda listing_file, listing: {0: "0" * 32})
    with pytest.raises(cache.CorpusError, match="changed while the corpus was being read"):
        cache.cached_corpus(folder, cache=store, progress=False)


class _CountingUnits:
    """A stage's units, each made when asked for, counting how many have been made."""

    def __init__(self, n: int):
        self.n, self.made = n, 0

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        self.made += 1
        return f"unit {i}"


def test_units_are_made_chunk_by_chunk_not_all_before_the_stage_runs():
    """run_stage asks for a unit when its chunk is computed (in this process) or submitted (to worker
    processes, a few chunks ahead), so the units of a whole corpus are never held at once."""
    made_when_called = []
    units = _CountingUnits(3000)

    def batch(keyed):
        made_when_called.append(units.made)
        return {"n": pd.DataFrame({"_key": [k for k, _ in keyed], "unit": [u for _, u in keyed]})}

    stage = Stage("count", "v1", batch, ("n",), batch=True)
    keys = [content_key(stage, f"unit {i}") for i in range(len(units))]
    out = run_stage(stage, units, keys, workers=1, progress=False)["n"]
    assert list(out["unit"]) == [f"unit {i}" for i in range(3000)]
    assert made_when_called == [512, 1024, 1536, 2048, 2560, 3000]


def test_chunks_go_to_the_pool_a_window_at_a_time_and_come_back_in_order():
    from concurrent.futures import ThreadPoolExecutor

    from presslens.pipeline import _ordered_results

    made = []

    class Chunks:
        def __len__(self):
            return 40

        def __getitem__(self, i):
            if i >= 40:
                raise IndexError(i)
            made.append(i)
            return list(range(i * 3, i * 3 + 3))

    def total(fn, chunk):
        return fn(chunk)

    with ThreadPoolExecutor(2) as pool:
        results = _ordered_results(pool, total, sum, Chunks(), window=4)
        got = []
        for r in results:
            got.append(r)
            assert len(made) <= len(got) + 4  # never more than the window made ahead of the results
        assert got == [sum(range(i * 3, i * 3 + 3)) for i in range(40)]
        made.clear()
        early = _ordered_results(pool, total, sum, Chunks(), window=4)
        assert next(early) == 3
        early.close()  # the caller stops: chunks not started are cancelled, no more are made
        assert len(made) <= 5


def test_article_units_index_like_a_list():
    import pyarrow as pa

    from presslens.pipeline import ArticleUnits

    for texts in (["x", "y", "z"], pa.array(["x", "y", "z"], type=pa.large_string())):
        units = ArticleUnits(["a", "b"], [0, 1, 3], texts)
        assert units[-1] == units[1] == ("b", ["y", "z"]) and units[-2] == ("a", ["x"])
        assert units[0:2] == list(units) == [("a", ["x"]), ("b", ["y", "z"])] and units[::-1] == list(reversed(units))
        for bad in (2, -3):
            with pytest.raises(IndexError):
                units[bad]


def test_a_cached_empty_part_does_not_turn_integer_columns_to_floats(tmp_path):
    # A batch stage's unit that gave no rows is stored as an empty part; a frame of empty lists is float64
    # in pandas (null in Arrow). Read back with the other parts, the integer columns must stay integers.
    def batch(keyed):
        cols = {"_key": [], "unit": [], "i": []}
        for k, u in keyed:
            for i in range(len(u)):
                cols["_key"].append(k)
                cols["unit"].append(u)
                cols["i"].append(i)
        return {"chars": pd.DataFrame(cols)}  # all float64 when no unit gave a row

    stage = Stage("chars", "v1", batch, ("chars",), batch=True)
    store = Store(tmp_path, stage)
    keys = {u: content_key(stage, u) for u in ("abc", "", "de")}
    run_stage(stage, ["abc"], [keys["abc"]], store=store)
    run_stage(stage, ["abc", ""], [keys["abc"], keys[""]], store=store)  # stores an empty part
    got = run_stage(stage, ["abc", "", "de"], [keys[u] for u in ("abc", "", "de")], store=store)["chars"]
    assert got["i"].dtype.kind == "i" and list(got["i"]) == [0, 1, 2, 0, 1]
    again = run_stage(stage, ["abc", ""], [keys["abc"], keys[""]], store=store)["chars"]  # cache only
    assert again["i"].dtype.kind == "i" and list(again["i"]) == [0, 1, 2]
    rows, lost = store._read(set(keys.values()))
    assert not lost and rows["chars"]["i"].dtype.kind == "i"
