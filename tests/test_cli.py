"""The presslens command line: parse, run (argument errors), timex."""

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from presslens.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def test_parse_writes_tables_and_prints_a_line_per_article(tmp_path, capsys):
    assert main(["parse", str(SEEDS), "--out", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 6  # one per article + summary
    assert lines[0].startswith("000_29787b062033bf3a\t")
    assert "5 article(s)" in lines[-1]
    for name in ("articles", "sentences", "segments", "repairs"):
        assert (tmp_path / f"{name}.csv").exists() and (tmp_path / f"{name}.parquet").exists()
    csv = pd.read_csv(tmp_path / "articles.csv", keep_default_na=False)
    parquet = pd.read_parquet(tmp_path / "articles.parquet")
    assert list(csv["article_id"]) == list(parquet["article_id"])
    assert list(csv["n_words"]) == list(parquet["n_words"])


def test_parse_marks_the_opening_words_of_an_untitled_article_as_no_title(tmp_path, capsys):
    (tmp_path / "flash.txt").write_text("Xi Jinping met Vladimir Putin in Moscow on March 21, 2023. The two "
                                        "leaders signed agreements.\n", encoding="utf-8")
    (tmp_path / "titled.txt").write_text("Putin in Beijing\n\nMay 16, 2024\n\nVladimir Putin arrived in Beijing on "
                                         "Thursday for talks with Xi Jinping.\n", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--out", str(tmp_path / "out")]) == 0
    lines = dict(line.split("\t", 1) for line in capsys.readouterr().out.splitlines()[:-1])
    assert lines["flash"].split("\t")[1] == "(no title) Xi Jinping met Vladimir Putin in Moscow on March 21,…"
    assert lines["titled"].split("\t")[1] == "Putin in Beijing"


def test_parse_with_nothing_readable_fails_with_a_message(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["parse", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    assert "empty file" in captured.out
    assert "0 with story text" in captured.out


def test_parse_missing_path_names_it_without_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "parse", str(tmp_path / "missing"),
                           "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "corpus path not found" in proc.stderr and "missing" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "args, message",
    [(["-p", "no_such_param", "1"], "unknown parameter(s) no_such_param"),
     (["-p", "drop_duplicates", "perhaps"], "drop_duplicates in corpus.ipynb expects bool"),
     (["--corpus", "/nonexistent/corpus"], "corpus path not found: /nonexistent/corpus")],
)
def test_run_refuses_bad_input_before_starting_a_kernel(tmp_path, args, message):
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "run", "corpus", "--out", str(tmp_path / "r"), *args],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode != 0
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "r").exists()


def test_run_reads_a_parameters_file(tmp_path):
    (tmp_path / "p.yaml").write_text("period: [1, 2]\n")
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "run", "corpus", "-f", str(tmp_path / "p.yaml"),
                           "--out", str(tmp_path / "r")], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2
    assert "period in corpus.ipynb expects str" in proc.stderr


def test_parse_to_an_unwritable_place_says_so(tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder")
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "parse", str(SEEDS), "--out", str(tmp_path / "taken"),
                           "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "cannot write the tables to" in proc.stderr and "Traceback" not in proc.stderr


def test_parse_with_a_cache_reads_unchanged_articles_back(tmp_path, capsys):
    args = ["parse", str(SEEDS), "--cache", str(tmp_path / "cache"), "--quiet"]
    assert main([*args, "--out", str(tmp_path / "a")]) == 0
    assert main([*args, "--out", str(tmp_path / "b")]) == 0
    a = pd.read_parquet(tmp_path / "a" / "sentences.parquet")
    b = pd.read_parquet(tmp_path / "b" / "sentences.parquet")
    pd.testing.assert_frame_equal(a, b)
    assert len(list((tmp_path / "cache" / "parse").glob("v-*/_keys/*.parquet"))) == 1


@pytest.mark.parametrize("env, args, want", [
    ("", [], "data/cache"),
    ("/srv/cache", [], "/srv/cache"),
    ("/srv/cache", ["--no-cache"], None),
])
def test_run_keeps_its_cache_where_presslens_cache_dir_says(monkeypatch, tmp_path, env, args, want):
    from presslens import runner

    seen = {}
    monkeypatch.setattr(runner, "run", lambda *a, **kw: seen.update(kw) or [])
    monkeypatch.setenv("PRESSLENS_CACHE_DIR", env)
    assert main(["run", "--corpus", str(SEEDS), "--out", str(tmp_path / "r"), *args]) == 0
    assert seen["cache_dir"] == want


@pytest.mark.parametrize("args, message", [
    (["sentiment", "-p", "period", "X"], "presslens: parameter period in sentiment.ipynb must be one of D, W, M; got 'X'"),
    (["sentiment", "-p", "level", "bogus"],
     "presslens: parameter level in sentiment.ipynb must be one of sentence, paragraph, article; got 'bogus'"),
    (["corpus", "-f", "bad.yaml"], "presslens: parameters file bad.yaml is not valid YAML at line 2, column 1: "
                                   "expected the node content, but found '<stream end>'"),
    (["corpus", "--out", "mynotes"], "presslens: --out {tmp}/mynotes is a folder presslens did not make (it holds "
                                     "notes.txt): presslens replaces the whole --out folder, so it leaves this one "
                                     "alone; choose a new folder for the reports (such as reports) or empty this one"),
    (["corpus", "--corpus", "seeds", "--out", "seeds"], "presslens: --out {tmp}/seeds is the corpus {tmp}/seeds"),
])
def test_run_refuses_bad_values_and_out_folders_with_exit_2_in_one_line(tmp_path, args, message):
    (tmp_path / "bad.yaml").write_text("a: [1,\n")
    (tmp_path / "mynotes").mkdir()
    (tmp_path / "mynotes" / "notes.txt").write_text("x")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("date 2023-05-10\nTalks\n\nOfficials met in Beijing.\n")
    if "--out" not in args:
        args = [*args, "--out", "r"]
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "run", *args], capture_output=True, text=True,
                          cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(message.format(tmp=tmp_path.resolve())), proc.stderr
    assert proc.stderr.count("\n") == 1
    assert (tmp_path / "mynotes" / "notes.txt").read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "mynotes", "seeds"]


def test_run_help_lists_the_notebooks(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "by name (corpus, sentiment, terms, chronology, actors)" in text


def test_a_run_says_first_when_it_started_so_appended_logs_can_be_told_apart(monkeypatch, tmp_path, capsys):
    """cron appends every night's run to one log: each run's first line carries its start time, the corpus,
    the notebooks and the output folder; it comes before anything else, a refused parameter included."""
    import re

    from presslens import runner

    monkeypatch.setattr(runner, "run", lambda *a, **kw: [])
    assert main(["run", "sentiment", "--corpus", str(SEEDS), "--out", str(tmp_path / "r")]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert re.fullmatch(rf"presslens run started \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d on {re.escape(str(SEEDS))} "
                        rf"\(sentiment\) -> {re.escape(str(tmp_path / 'r'))}", first), first
    assert main(["run", "--out", "r", "-f", str(tmp_path / "missing.yaml")]) == 2
    got = capsys.readouterr()
    assert got.out.startswith("presslens run started ") and "(all notebooks) -> r" in got.out
    assert got.err.startswith("presslens: cannot read parameters file")


def test_a_service_user_without_a_writable_home_gets_a_clean_stderr(monkeypatch, tmp_path):
    """A systemd service user's HOME may not exist or be writable: IPython would warn in every kernel that it
    uses a temporary folder. The run points IPYTHONDIR at one of its own instead, unless the user set it, and
    leaves it alone when HOME can be written."""
    from presslens import runner

    monkeypatch.delenv("IPYTHONDIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    runner.ipython_dir_without_home()
    assert "IPYTHONDIR" not in os.environ, "a writable home is IPython's business"
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "mine"))
    monkeypatch.setenv("HOME", "/proc/nohome")
    runner.ipython_dir_without_home()
    assert os.environ["IPYTHONDIR"] == str(tmp_path / "mine"), "the user's own setting is kept"
    monkeypatch.delenv("IPYTHONDIR")
    runner.ipython_dir_without_home()
    assert Path(os.environ["IPYTHONDIR"]).is_dir() and os.access(os.environ["IPYTHONDIR"], os.W_OK)
    # the folder's known name taken by a link (or another user's folder): IPython would run its startup files, so
    # a fresh folder of this user's is used instead
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / f"presslens-ipython-{os.getuid()}").symlink_to(tmp_path / "elsewhere")
    monkeypatch.delenv("IPYTHONDIR")
    runner.ipython_dir_without_home()
    chosen = Path(os.environ["IPYTHONDIR"])
    assert chosen.parent == tmp_path and chosen.name.startswith("presslens-ipython-") and not chosen.is_symlink()
    assert chosen.stat().st_mode & 0o777 == 0o700

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date 2023-05-10\nTalks\n\nOfficials met in Beijing.\n")
    env = {k: v for k, v in os.environ.items() if k != "IPYTHONDIR"}
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "run", "corpus", "--corpus", str(corpus),
                           "--out", str(tmp_path / "r"), "--no-cache", "--jobs", "1"],
                          capture_output=True, text=True, cwd=tmp_path, env={**env, "HOME": "/proc/nohome"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "", proc.stderr


def test_a_run_where_no_file_gives_story_text_writes_its_reports_and_fails(tmp_path):
    # an export gone wrong (every file empty or binary): the corpus report says why for each file, and the exit
    # status tells a scheduler the run analysed nothing (one readable article is a good run: the test above)
    corpus = tmp_path / "broken"
    corpus.mkdir()
    (corpus / "a.txt").write_text("")
    (corpus / "b.txt").write_bytes(bytes(range(256)) * 8)
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "run", "corpus", "--corpus", str(corpus),
                           "--out", str(tmp_path / "r"), "--no-cache", "--jobs", "1"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "none of the 2 article(s) under" in proc.stderr and "nothing was analysed" in proc.stderr
    assert (tmp_path / "r" / "index.html").exists() and (tmp_path / "r" / "corpus.report.html").exists()
