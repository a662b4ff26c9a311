"""The cache of a scheduled nightly run: a full disk under it costs the cache, not the results, and what a
writer killed mid-write leaves in it (temporary files, parts without their key list, a half-written
corpus snapshot) goes at the next run instead of staying for ever."""

from __future__ import annotations

import errno
import warnings
from pathlib import Path

import pandas as pd
import pytest

from presslens import cache
from presslens.pipeline import Stage, Store, content_key, run_stage


def _two_tables(unit: str) -> dict:
    return {"words": [{"word": w} for w in unit.split()], "chars": [{"n": len(unit)}]}


STAGE = Stage("nightly", "v1", _two_tables, ("words", "chars"))
UNITS = ["x y", "z", "a b c"]


def _run(units, store=None):
    return run_stage(STAGE, units, [content_key(STAGE, u) for u in units], store=store)


def _files(store: Store) -> list[str]:
    return sorted(str(p.relative_to(store.dir)) for p in store.dir.rglob("*") if p.is_file())


def test_a_full_disk_under_the_cache_keeps_the_results_and_leaves_no_stray_file(tmp_path, monkeypatch):
    store = Store(tmp_path, STAGE)
    written = []
    real = pd.DataFrame.to_parquet

    def disk_full_at_the_second_table(df, path, *args, **kwargs):
        # the first table's part is written whole; the second's file is begun, then the disk is full
        if len(written) == 1:
            Path(path).write_bytes(b"PAR1 half")
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path)
        return real(df, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", disk_full_at_the_second_table)
    with pytest.warns(UserWarning, match="could not keep the nightly results in its cache"):
        got = _run(UNITS, store)
    monkeypatch.undo()
    fresh = _run(UNITS)
    for table in STAGE.tables:
        pd.testing.assert_frame_equal(got[table], fresh[table])
    # neither the half-written file nor the first table's part, which no key list would ever name
    assert _files(store) == [".lock", ".used"]
    # look-alike: with room on the disk the same run keeps its results, without a warning
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = _run(UNITS, store)
    assert len([f for f in _files(store) if f.startswith("_keys/part-")]) == 1
    pd.testing.assert_frame_equal(again["words"], fresh["words"])


def test_what_a_killed_writer_left_in_a_store_goes_at_the_next_run(tmp_path):
    store = Store(tmp_path, STAGE)
    _run(UNITS, store)
    kept = _files(store)
    part = next(p.name for p in (store.dir / "_keys").glob("part-*.parquet"))
    # killed while writing a part's table, and after writing a whole table but before the part's key list
    (store.dir / "words" / ".part-dead.parquet.4242.tmp").write_bytes(b"PAR1 half")
    (store.dir / "chars" / "part-dead.parquet").write_bytes((store.dir / "chars" / part).read_bytes())
    (store.dir / "_keys" / ".part-dead.parquet.4242.tmp").write_bytes(b"PAR1 half")
    _run(UNITS[:1], store)
    assert _files(store) == kept, "the complete part (with its key list) stays, the rest goes"
    pd.testing.assert_frame_equal(_run(UNITS, store)["words"], _run(UNITS)["words"])


def test_a_corpus_snapshot_left_half_written_goes_when_the_next_one_is_made(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSLENS_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date 2023-05-10\nTalks in Beijing\n\nOfficials met in Beijing on Wednesday.\n")
    assert len(cache.cached_corpus(corpus, progress=False)) == 1
    folder = tmp_path / "cache" / "corpus"
    snapshots = sorted(p.name for p in folder.iterdir())
    half = folder / ".0123456789abcdef0123456789abcdef.4242.tmp"  # killed while saving (several times the text)
    half.mkdir()
    (half / "sentences.arrow").write_bytes(b"ARROW1 half")
    (folder / ".files-0123456789abcdef.json.4242.tmp").write_text("{")
    # look-alike: an unchanged corpus opens its snapshot and writes nothing, the stray files wait
    assert len(cache.cached_corpus(corpus, progress=False)) == 1
    assert half.exists()
    (corpus / "b.txt").write_text("date 2023-05-11\nTalks in Moscow\n\nOfficials met in Moscow on Thursday.\n")
    assert len(cache.cached_corpus(corpus, progress=False)) == 2
    left = sorted(p.name for p in folder.iterdir())
    assert not [name for name in left if name.endswith(".tmp")]
    assert set(snapshots) < set(left), "the snapshots and file list made before stay"



def _failing_open(monkeypatch, name: str) -> None:
    """Reading the file ``name`` fails as a network share timing out would, its listing (stat) unchanged."""
    import builtins

    from presslens import reading

    def flaky(file, *args, **kwargs):
        if Path(file).name == name:
            raise OSError(errno.EIO, "Input/output error")
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(reading, "open", flaky, raising=False)


def _reads(monkeypatch) -> list[str]:
    from presslens import reading

    reads = []
    real = reading.read_documents
    monkeypatch.setattr(reading, "read_documents", lambda path, **k: reads.append(Path(path).name) or real(path, **k))
    return reads


@pytest.mark.parametrize("same_day", [True, False])
def test_a_file_that_could_not_be_read_is_read_again_next_run(same_day, tmp_path, monkeypatch):
    # its row ("unreadable: Input/output error") used to stand until the file changed: the snapshot and
    # the key recorded with its unchanged listing kept it, whereas a fresh run reads the file
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2023-05-10\nTalks in Beijing\n\nOfficials met in Beijing on Wednesday.\n")
    (folder / "b.txt").write_text("date 2023-05-11\nTalks in Moscow\n\nOfficials met in Moscow on Thursday.\n")
    store = tmp_path / "cache"
    with monkeypatch.context() as m:
        _failing_open(m, "b.txt")
        first = cache.cached_corpus(folder, cache=store, progress=False)
    assert first.articles["problems"].tolist()[1] == ["unreadable: Input/output error"]
    if not same_day:  # the next night: the day's snapshot is not opened, the files' recorded keys are used
        monkeypatch.setattr(cache, "_listed_snapshot", lambda *a: None)
    reads = _reads(monkeypatch)
    again = cache.cached_corpus(folder, cache=store, progress=False)
    assert reads == ["b.txt"], "the file that failed is read again; the other (look-alike) is not"
    pd.testing.assert_frame_equal(again.articles, cache.cached_corpus(folder, cache=False, progress=False).articles)
    assert "Moscow" in again.articles["text"].tolist()[1]


def test_rows_no_run_asks_for_any_more_leave_the_store_while_the_others_stay(tmp_path, monkeypatch):
    # an archive exported again each night with a new download line: every file's content, hence its key,
    # is new each run; the rows of the old contents used to be kept for as long as the code did not change
    from presslens import pipeline

    monkeypatch.setattr(pipeline, "MAX_PARTS", 2)
    store = Store(tmp_path, STAGE)
    sizes = []
    for night in range(1, 25):
        units = ["kept article"] + [f"exported {i} on night {night}" for i in range(3)]
        got = _run(units, store)
        sizes.append(len(store.keys()))
        pd.testing.assert_frame_equal(got["words"], _run(units)["words"])
    # with a compaction every other run here, about the last six nights' units are kept (not all 24 nights')
    assert max(sizes[12:]) <= 6 * 3 + 1 and sizes[-1] == sizes[-3], sizes
    # look-alike: the unit every run asks for stays, and so does one left out for a night or two
    _run(["kept article", "exported 0 on night 23"], store)
    assert pipeline.STAGE_COUNTS[STAGE.name] == (2, 0), "both read back from the store, nothing computed"


def test_a_warning_of_presslens_in_the_parse_is_one_line_of_the_log():
    # the parse runs in a child whose stderr is the run's log (cron's): "presslens could not keep..." came
    # with the source file, line number and code line, as Python shows a warning
    from presslens import runner

    ours = "presslens could not keep the parse results in its cache (No space left on device)"
    assert runner._log_warning(UserWarning(ours), UserWarning, "/x/corpus.py", 377) == ours + "\n"
    # look-alike: any other warning as Python shows it, where it comes from
    other = runner._log_warning(DeprecationWarning("old call"), DeprecationWarning, "/x/lib.py", 5)
    assert "/x/lib.py:5" in other and "DeprecationWarning: old call" in other
