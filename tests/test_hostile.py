"""Hostile input: every file gets a row and a clear reason, and nothing stops the run.

The corpus is built in tmp_path (binary, encodings, special files, loops, a 2 MB line); the small
text fixtures (wire story and its edited copy, HTML markup, XSS payloads) are in tests/data/hostile/.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslens import duplicates, reading, schema
from presslens.corpus import build_corpus, read_corpus
from presslens.parsing import parse_text
from presslens.reading import date_problems, decode_bytes, iter_documents, read_document

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
HEAD = "date 2023-05-10\nOfficials meet in Beijing\n\n"
STORY = ("Chinese and Russian officials met in Beijing on Wednesday to discuss trade and security. "
         "The talks lasted four hours, the foreign ministry said in a statement.\n\n")
RU = ("date 2023-05-10\nМосква и Пекин провели переговоры\n\n"
      "Российские и китайские официальные лица встретились в Пекине в среду.\n")


def build_hostile_corpus(root: Path) -> Path:
    """Write the hostile corpus under ``root`` (see EXPECTED for what each file must produce)."""
    root.mkdir(parents=True, exist_ok=True)

    def w(name: str, data: bytes | str) -> None:
        (root / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    w("empty.txt", b"")
    w("blank.txt", b"  \n\n \t \n")
    w("binary.txt", bytes(range(256)) * 8)
    w("png.txt", b"\x89PNG\r\n\x1a\n" + bytes((i * 37 + 11) % 256 for i in range(2000)))
    w("nul.txt", (HEAD + STORY).encode().replace(b"Wednesday", b"Wed\x00nesday"))
    w("utf16_bom.txt", (HEAD + STORY).encode("utf-16"))
    w("utf16le_nobom.txt", (HEAD + STORY).encode("utf-16-le"))
    w("utf16be_nobom_ru.txt", RU.encode("utf-16-be"))
    w("cp1251.txt", RU.encode("cp1251"))
    w("latin1.txt", (HEAD + "Les responsables se sont réunis à Pékin mercredi pendant quatre heures.\n").encode("latin-1"))
    w("cp1252.txt", (HEAD + "The minister said \u201cthe talks were frank\u201d \u2014 and long.\n").encode("cp1252"))
    w("mixed_newlines.txt", HEAD.replace("\n", "\r\n") + STORY.replace(". The", ".\rThe") + "Last line.\n\r\n")
    w("single_line_2mb.txt", "word " * 400_000)
    w("impossible_date.txt", "date 2023-02-31\nOfficials meet in Beijing\n\n" + STORY)
    w("future_date.txt", "date 2031-05-10\nOfficials meet in Beijing\n\n" + STORY)
    w("no_date.txt", "Officials meet in Beijing\n\n" + STORY)
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "loop_a.txt").symlink_to(root / "loop_b.txt")
    (root / "loop_b.txt").symlink_to(root / "loop_a.txt")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    (root / "io_error.txt").symlink_to("/proc/self/mem")  # unreadable even for root: EIO
    os.mkfifo(root / "fifo.txt")  # reading it would block forever
    locked = root / "locked.txt"
    locked.write_text(HEAD + STORY)
    locked.chmod(0)
    (root / "wire").mkdir()
    for name in ("wire_original.txt", "wire_edited.txt"):
        shutil.copy(HOSTILE / name, root / "wire" / name)
    shutil.copy(HOSTILE / "wire_original.txt", root / "wire" / "wire_reprint.txt")
    for name in ("markup.html", "payloads.txt", "payloads.csv"):
        shutil.copy(HOSTILE / name, root / name)
    return root


# article_id -> (a reason that must be in its problems, or None for none; whether it has story text)
EXPECTED = {
    "empty": ("empty file", False),
    "blank": ("only white space", False),
    "binary": ("binary file, not text", False),
    "png": ("binary file, not text", False),
    "nul": ("contains 1 NUL byte(s)", True),
    "utf16_bom": (None, True),
    "utf16le_nobom": ("no byte-order mark: decoded as utf-16-le", True),
    "utf16be_nobom_ru": ("no byte-order mark: decoded as utf-16-be", True),
    "cp1251": ("decoded as cp1251", True),
    "latin1": ("decoded as latin-1", True),
    "cp1252": ("decoded as cp1252", True),
    "mixed_newlines": (None, True),
    "single_line_2mb": ("no publication date found", True),
    "impossible_date": ("impossible date '2023-02-31'", True),
    "future_date": ("is in the future", True),
    "no_date": ("no publication date found", True),
    "loop": ("symbolic link to a folder, not followed", False),
    "loop_a": ("unreadable: symbolic link loop", False),
    "loop_b": ("unreadable: symbolic link loop", False),
    "dangling": ("unreadable: no such file", False),
    "io_error": ("unreadable: Input/output error", False),
    "fifo": ("not a regular file (named pipe), not read", False),
    "locked": (None, True) if os.geteuid() == 0 else ("unreadable: Permission denied", False),
    "wire/wire_original": (None, True),
    "wire/wire_edited": (None, True),
    "wire/wire_reprint": (None, True),
    "markup": ("HTML markup or entities", True),
    "payloads": ("HTML markup or entities", True),
    "xss-title": ("HTML markup or entities", True),
}


@pytest.fixture(scope="module")
def parsed_by_cli(tmp_path_factory):
    """``presslens parse`` run as a real process on the hostile corpus: (process, articles table)."""
    tmp = tmp_path_factory.mktemp("hostile")
    corpus = build_hostile_corpus(tmp / "corpus")
    proc = subprocess.run([sys.executable, "-m", "presslens.cli", "parse", str(corpus), "--out", str(tmp / "out")],
                          capture_output=True, text=True, timeout=300, cwd=tmp)
    articles = pd.read_parquet(tmp / "out" / "articles.parquet") if proc.returncode == 0 else None
    return proc, articles


def test_parse_survives_the_hostile_corpus_without_a_traceback(parsed_by_cli):
    proc, articles = parsed_by_cli
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == len(EXPECTED) + 1, "one line per file (and per CSV row), then the summary"
    assert all(len(line.split("\t")) == 5 for line in lines[:-1]), "a reason never spills onto a second line"
    assert lines[-1].startswith(f"{len(EXPECTED)} article(s)")
    assert set(articles["article_id"]) == set(EXPECTED)


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_every_file_gets_a_row_and_a_clear_reason(parsed_by_cli, article_id):
    _, articles = parsed_by_cli
    row = articles.set_index("article_id").loc[article_id]
    reason, has_text = EXPECTED[article_id]
    problems = "; ".join(row["problems"])
    if reason is None:
        assert problems == "" or "publication date" not in problems, problems
    else:
        assert reason in problems
    assert (row["text"] != "") == has_text, (article_id, problems)
    for line in row["problems"]:
        assert "\n" not in line and len(line) < 300, "a reason is one short line"


def test_decoded_text_is_right_whatever_the_encoding(parsed_by_cli):
    _, articles = parsed_by_cli
    text = dict(zip(articles["article_id"], articles["text"], strict=True))
    for aid in ("utf16_bom", "utf16le_nobom", "mixed_newlines", "nul"):
        assert "officials met in Beijing" in text[aid].replace("\x00", ""), aid
    for aid in ("utf16be_nobom_ru", "cp1251"):
        assert "встретились в Пекине" in text[aid]
    assert "réunis à Pékin" in text["latin1"]
    assert "\u201cthe talks were frank\u201d \u2014" in text["cp1252"]


def test_markup_is_out_of_the_story_words_are_kept_entities_decoded(parsed_by_cli):
    _, articles = parsed_by_cli
    row = articles.set_index("article_id").loc["markup"]
    assert row["title"] == "Beijing & Moscow hold talks"
    assert row["published"] == "2023-05-10"
    assert "<" not in row["text"] and "&amp;" not in row["text"] and "&nbsp;" not in row["text"]
    assert "met in Beijing on Wednesday to discuss trade & security" in row["text"]
    assert "\u201cfrank\u201d talks" in row["text"]


def test_dates_impossible_future_and_missing(parsed_by_cli):
    _, articles = parsed_by_cli
    pub = dict(zip(articles["article_id"], articles["published"], strict=True))
    assert pub["impossible_date"] == "" and pub["no_date"] == ""
    assert pub["future_date"] == "2031-05-10", "a future date is kept (and noted), not dropped"


def test_duplicates_are_flagged_and_can_be_dropped(parsed_by_cli, tmp_path):
    _, articles = parsed_by_cli
    dup = dict(zip(articles["article_id"], articles["duplicate_of"], strict=True))
    assert dup["wire/wire_reprint"] == "wire/wire_original"  # exact
    assert dup["wire/wire_edited"] == "wire/wire_original"  # near: new headline, words changed, end cut
    assert {k for k, v in dup.items() if v.startswith("wire/")} == {"wire/wire_reprint", "wire/wire_edited"}
    # the same short story saved in other encodings and line endings is one story too
    same = ["utf16_bom", "utf16le_nobom", "mixed_newlines", "locked"] if os.geteuid() == 0 else ["utf16_bom"]
    assert len({dup[a] or a for a in same}) == 1


def test_every_notebook_can_drop_duplicates():
    from presslens.runner import default_notebooks, notebook_parameters

    for nb in default_notebooks():
        assert notebook_parameters(nb).get("drop_duplicates") is False, f"{nb.name} lacks drop_duplicates = False"


def test_open_corpus_drops_duplicates_on_request(tmp_path):
    from presslens.notebook import open_corpus

    corpus = tmp_path / "c"
    (corpus / "wire").mkdir(parents=True)
    for name in ("wire_original.txt", "wire_edited.txt"):
        shutil.copy(HOSTILE / name, corpus / "wire" / name)
    shutil.copy(HOSTILE / "wire_original.txt", corpus / "wire" / "wire_reprint.txt")
    shutil.copy(HOSTILE / "markup.html", corpus / "markup.html")
    assert len(open_corpus(corpus)) == 4
    kept = open_corpus(corpus, drop_duplicates=True)
    assert sorted(kept.articles["article_id"]) == ["markup", "wire/wire_original"]
    assert set(kept.sentences["article_id"]) == {"markup", "wire/wire_original"}


# --- reading, unit by unit ---------------------------------------------------------------------

RU_TEXT = "Российские и китайские официальные лица встретились в Пекине в среду, сообщил МИД."


@pytest.mark.parametrize(
    "data, text, encoding, problem",
    [
        (RU_TEXT.encode("utf-16-le"), RU_TEXT, "utf-16-le", "no byte-order mark"),
        (RU_TEXT.encode("utf-32"), RU_TEXT, "utf-32", None),
        ("\u201cQuoted\u201d \u2014 text".encode("cp1252"), "\u201cQuoted\u201d \u2014 text", "cp1252", "cp1252"),
        ("Café crème, déjà vu".encode() + b"\xe9", "Café crème, déjà vu\ufffd", "utf-8", "1 invalid UTF-8"),
        (b" \r\n\t\n", " \r\n\t\n", "utf-8", "only white space"),
        (b"Line one\x07 bell", "Line one\x07 bell", "utf-8", None),
    ],
    ids=["utf16le-cyrillic-nobom", "utf32-bom", "cp1252", "utf8-one-bad-byte", "whitespace", "one-control"],
)
def test_decoding_hostile_bytes(data, text, encoding, problem):
    got, enc, problems = decode_bytes(data)
    assert (got, enc) == (text, encoding)
    assert (problem in "; ".join(problems)) if problem else problems == []


def test_a_file_that_errors_on_read_gets_a_reason(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("text")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reading, "open", refuse, raising=False)
    doc = read_document(p)
    assert (doc.text, doc.problems) == ("", ["unreadable: Permission denied"])


def test_a_file_that_raises_anything_still_gets_a_row(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("text")

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(reading, "open", explode, raising=False)
    (doc,) = iter_documents(tmp_path)
    assert doc.problems == ["unreadable: RuntimeError: disk on fire"]


@pytest.mark.slow
def test_a_50mb_article_is_read_whole_and_parsed(tmp_path):
    """About 13 s for the parse (see the lead's notes); the reading itself takes a fraction of a second."""
    from presslens.corpus import process_document

    p = tmp_path / "big.txt"
    n = 50 * 1024 * 1024 // len(STORY)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(HEAD)
        for _ in range(n):
            fh.write(STORY)
    doc = read_document(p)
    assert doc.problems == [] and doc.encoding == "utf-8"
    assert len(doc.text) == p.stat().st_size
    rows = process_document(doc)
    (article,) = rows["articles"]
    assert (article["published"], article["title"]) == ("2023-05-10", "Officials meet in Beijing")
    assert article["n_sentences"] == 2 * n and len(rows["sentences"]) == 2 * n
    assert rows["segments"][-1]["end"] == len(doc.text)


def test_a_file_over_the_limit_gets_a_row_not_a_memory_error(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    (tmp_path / "big.txt").write_text("x" * 2000)
    (doc,) = iter_documents(tmp_path)
    assert doc.text == "" and doc.problems[0].startswith("file too large (2000 bytes")


@pytest.mark.parametrize(
    "published, problem",
    [("2023-05-10", None), ("", None), ("2023", None), ("2031-01-02", "in the future (today is 2030-01-01)"),
     ("2030-01-02", None), ("2023-02-31", "impossible publication date"), ("yesterday", "not an ISO date")],
)
def test_date_problems(published, problem):
    got = date_problems(published, today=dt.date(2030, 1, 1))
    assert got == [] if problem is None else problem in got[0]


# --- near-duplicates -----------------------------------------------------------------------------

WIRE = (HOSTILE / "wire_original.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "texts, published, expected",
    [
        ([WIRE, WIRE.upper(), "Something else entirely, about the weather in Oslo."], ["", "", ""],
         [("b", "a", "exact")]),
        ([WIRE, (HOSTILE / "wire_edited.txt").read_text(encoding="utf-8"), ""], ["2023-03-22", "2023-03-21", ""],
         [("a", "b", "near")]),  # the earlier publication is the original
        (["", "", "   "], ["", "", ""], []),  # empty texts are never duplicates of each other
        (["Short one.", "Short one!", "Short two."], ["", "", ""], [("b", "a", "exact")]),
    ],
    ids=["exact-ignoring-case", "near-earliest-is-original", "empty", "short"],
)
def test_find_duplicates(texts, published, expected):
    arts = pd.DataFrame({"article_id": ["a", "b", "c"], "published": published, "text": texts})
    got = duplicates.find_duplicates(arts)
    assert list(got.columns) == schema.columns("duplicates")
    assert list(zip(got["article_id"], got["duplicate_of"], got["kind"], strict=True)) == expected


def test_threshold_is_a_parameter():
    edited = (HOSTILE / "wire_edited.txt").read_text(encoding="utf-8")
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": [WIRE, edited]})
    sim = duplicates.jaccard(duplicates.shingles(WIRE), duplicates.shingles(edited))
    assert 0.5 < sim < 0.95
    assert len(duplicates.find_duplicates(arts, threshold=sim - 0.01)) == 1
    assert len(duplicates.find_duplicates(arts, threshold=sim + 0.01)) == 0
    assert duplicates.find_duplicates(arts, threshold=0.5)["similarity"].iloc[0] == pytest.approx(sim, abs=1e-4)


def test_mark_duplicates_does_not_mutate_and_works_by_position():
    arts = pd.DataFrame({"article_id": ["x", "x", "y"], "text": [WIRE, WIRE, "Other words here."],
                         "duplicate_of": ["", "", ""]})
    before = arts.copy()
    marked = duplicates.mark_duplicates(arts)
    assert list(marked["duplicate_of"]) == ["", "x", ""]
    pd.testing.assert_frame_equal(arts, before)


def test_near_duplicates_found_among_thousands_without_false_positives():
    """2,000 distinct synthetic articles and 40 edited copies (the end cut, three words changed)."""
    import random

    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(5000)]
    texts = [" ".join(rng.choices(vocab, k=rng.randint(120, 400))) for _ in range(2000)]
    planted = {}
    for k in range(0, 2000, 50):
        words = texts[k].split()[: int(len(texts[k].split()) * 0.85)]
        for m in rng.sample(range(len(words)), 3):
            words[m] = "edited"
        planted[f"d{len(texts)}"] = f"d{k}"
        texts.append(" ".join(words))
        assert duplicates.jaccard(duplicates.shingles(texts[k]), duplicates.shingles(texts[-1])) > 0.55
    arts = pd.DataFrame({"article_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    got = duplicates.find_duplicates(arts)
    assert dict(zip(got["article_id"], got["duplicate_of"], strict=True)) == planted


@pytest.mark.parametrize("threshold, num_perm", [(0.5, 256), (0.7, 256), (0.9, 128), (0.3, 64)])
def test_lsh_bands_keep_recall_at_the_threshold(threshold, num_perm):
    b, r = duplicates.lsh_bands(threshold, num_perm)
    assert b * r <= num_perm
    assert 1 - (1 - threshold ** r) ** b >= 0.97


# --- properties: for any text, nothing raises and offsets stay inside ------------------------------

TEXTS = st.text(alphabet=st.characters(codec="utf-8"), max_size=400) | st.sampled_from([
    "", "\x00", "\r\n\r", "<p>a &amp; b</p>", "date 2023-02-31\n\nX.", "Published 2031-05-10\nT\n\nBody. More.",
    "Xi Jinpingon said (AFP)", "&lt;script&gt;x&lt;/script&gt;", "\ufeff\u200b\u2028\u2029", "<",
])
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(TEXTS)
def test_parser_is_lossless_and_never_raises(text):
    art = parse_text(text)
    segs = art.segments
    if text:
        assert segs[0].start == 0 and segs[-1].end == len(text)
        assert all(a.end == b.start for a, b in zip(segs, segs[1:], strict=False))
        assert "".join(text[s.start:s.end] for s in segs) == text
    else:
        assert segs == []
    for s, e in art.paragraphs:
        assert 0 <= s <= e <= len(text)
    for _p, s, e in art.sentences:
        assert 0 <= s <= e <= len(text)
    for r in art.repairs:
        assert text[r.start:r.end] == r.raw


@PROPS
@given(TEXTS)
def test_timex_offsets_are_inside_the_text(text):
    from presslens.timex import timexes

    found = timexes(text, dct="2023-05-10")
    for r in found.itertuples(index=False):
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text


@PROPS
@given(TEXTS)
def test_sentiment_is_always_in_range(text):
    try:
        from presslens.sentiment import polarity
    except ModuleNotFoundError:  # pragma: no cover - only while the module is being written
        pytest.skip("presslens.sentiment does not exist yet")
    scores = polarity(text)
    assert set(scores) == {"neg", "neu", "pos", "compound"}
    assert -1 <= scores["compound"] <= 1
    assert all(0 <= scores[k] <= 1 for k in ("neg", "neu", "pos"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_building_a_corpus_from_any_texts_never_raises(texts):
    docs = [reading.Document(f"a{i}", f"a{i}.txt", t) for i, t in enumerate(texts)]
    c = build_corpus(docs, progress=False)
    assert list(c.articles["article_id"]) == [d.article_id for d in docs]


def test_read_corpus_of_only_bad_files_still_has_rows(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    c = read_corpus(tmp_path, progress=False)
    assert sorted(c.articles["article_id"]) == ["bin", "empty"]
    assert (c.articles["text"] == "").all() and c.sentences.empty


def test_many_glued_stops_after_capitalized_words_read_once_a_word():
    # thousands of "Tuesday.However": whether "However" is only ever a dotted name's second part is a property of the
    # word in the text (asked once, not once a glue); one glue after a word in lower case makes every one a lost space
    glued = "Talks\n\n" + "Talks ended on Tuesday.However they met. " * 300
    assert not parse_text(glued).repairs
    lost = parse_text(glued + "It ended in a ceasefire.However they met.")
    assert [r.rule for r in lost.repairs] == ["missing space"] * 301
    assert all(lost.text[r.start:r.end + 7] == ".However" and r.repaired == ". " for r in lost.repairs)
    # look-alike: an outlet's dotted names, however many, keep their stops
    assert not parse_text("Talks\n\n" + "Activist told Сибирь.Реалии and Север.Реалии so. " * 300).repairs


def test_a_site_menu_of_many_rows_over_the_story():
    # hundreds of menu rows under the site's name: each row is asked whether it stands under the story's text (no
    # count over the text above it each time); all are furniture, the story stays (so far under the top no headline is
    # looked for: "Talks" is read as text)
    text = "Sputnik\n" + "News  Economy  Opinion  Sport\n" * 300 + "\nTalks\n\nPutin met Xi.\n"
    kinds = [(sg.kind, text[sg.start:sg.end]) for sg in parse_text(text).segments if sg.kind != "blank"]
    assert kinds == ([("source", "Sputnik")] + [("boilerplate", "News  Economy  Opinion  Sport")] * 300
                     + [("body", "Talks"), ("body", "Putin met Xi.")])
    # look-alike: the same row under a paragraph closed by a full stop is under the story, no menu
    below = "Talks ended\n\nPutin met Xi in Beijing.\n\nNews  Economy  Opinion  Sport\n\nXi left.\n"
    assert ("subheading", "News  Economy  Opinion  Sport") in [
        (sg.kind, below[sg.start:sg.end]) for sg in parse_text(below).segments]
    above = below.replace("Beijing.", "Beijing")
    assert ("boilerplate", "News  Economy  Opinion  Sport") in [
        (sg.kind, above[sg.start:sg.end]) for sg in parse_text(above).segments]


def test_a_long_hard_wrapped_copy_reads_every_cut_word_by_the_whole_texts_counts():
    # thousands of words cut at a line's end (a book's chapter as PDF text): how often the text writes each part is
    # counted once over the whole text (_HyphenWords), not searched for again at every cut
    from presslens.parsing import find_hyphenated

    def code(i: int) -> str:  # letters only, one word per line
        return "".join("abcdefghij"[int(d)] for d in str(i))

    lines = [f"Item went on as neg{code(i)}-\ntions{code(i)} were held in the city today." for i in range(3000)]
    body = "\n".join(lines)
    seven, nine = code(7), code(9)
    # each part of cut 7 written twice elsewhere, cut 9 written whole with its hyphen on one line (another case)
    body += f"\nWe neg{seven} and tions{seven}, neg{seven} or tions{seven}. NEG{nine}-TIONS{nine} too.\n"
    repaired = {r.raw: r.repaired for r in find_hyphenated(body, [(0, len(body))])}
    assert len(repaired) == 3000
    assert repaired[f"neg{seven}-\ntions{seven}"] == f"neg{seven}-tions{seven}"
    assert repaired[f"neg{nine}-\ntions{nine}"] == f"neg{nine}-tions{nine}"
    assert all(v == k.replace("-\n", "") for k, v in repaired.items() if k not in (f"neg{seven}-\ntions{seven}",
                                                                                    f"neg{nine}-\ntions{nine}"))
    # look-alikes: only one part written again, or the pair apart by two hyphens, is no evidence
    one = f"Talks\n\nIt was neg{seven}-\ntions{seven}. Then neg{seven} alone, and neg{nine}--tions{nine}.\n"
    assert [r.repaired for r in find_hyphenated(one, [(0, len(one))])] == [f"neg{seven}tions{seven}"]


def test_a_caption_tail_of_capitals_and_slashes_is_searched_for_a_credit_only_where_one_can_run_to_the_end():
    # the slash chain is searched from where the tail's run of a chain's characters starts (credit_start), not from
    # every word of a 300-character tail that ends otherwise ("... X]a" cost ~1 ms a line): the same readings
    from presslens.parsing import credit_start

    chain = " / ".join(f"AB{i} CD{i}" for i in range(30))
    assert credit_start(f"Xi met. [{chain} X]a") is None
    assert credit_start(f"Xi met. {chain} X]a") is None
    # look-alikes: chains that run to the end stay credits, from the same start as before
    assert credit_start("Xi met Putin in Moscow. Sergei Bobylev / TASS / Kremlin Pool") == 24
    assert credit_start("Xi met Putin. Alexei Druzhinin/Sputnik") == 14
    assert credit_start("Xi met Putin. John Smith/Sixth Tone ") == 14
    assert credit_start("Xi met Putin (Alexei Druzhinin/Sputnik)") == 14
    text = "Title of story\n\n" + "\n\n".join(f"Xi met. [{chain} Z{j}]a" for j in range(200))
    assert parse_text(text).text.count("Xi met.") == 200


def test_end_matter_past_its_sixtieth_line_reads_each_line_by_its_own_text():
    # sixty author's notes closing the text, one a paragraph, then the story's paragraph: the 61st line up from the
    # end is read by its own text (it was the text of a line read earlier, or none: the parse raised)
    head = "Talks\nBy Jane Roe\nMay 2, 2024\n\n"
    story = ("Russia and China signed a joint statement on Thursday after talks in Beijing, officials said.\n\n"
             "The two leaders also discussed energy projects and the situation in Ukraine, according to state media.")
    for notes in (60, 59, 61):  # (look-alikes: one fewer, one more, read the same before)
        text = head + story + "\n\n" + "Jane Roe is a reporter at the Post.\n\n" * notes
        art = parse_text(text)
        assert art.authors == ["Jane Roe"] and art.body() == story
        assert [text[sg.start:sg.end] for sg in art.segments if sg.kind == "byline"] == (
            ["By Jane Roe"] + ["Jane Roe is a reporter at the Post."] * notes)
    # thirty "About the authors" boxes of two notes each (the 61st line up a heading's note): the heading furniture,
    # every note a byline, the story as it was
    box = "About the authors\nAnnette Bohr is an associate fellow.\nJames Nixey is the director.\n\n"
    for boxes in (30, 29):
        text = head + story + "\n\n" + box * boxes
        art = parse_text(text)
        assert art.body() == story
        kinds = [(sg.kind, text[sg.start:sg.end]) for sg in art.segments if sg.kind != "blank"][5:]
        assert kinds == [("boilerplate", "About the authors"), ("byline", "Annette Bohr is an associate fellow."),
                         ("byline", "James Nixey is the director.")] * boxes


def test_a_header_line_holding_a_long_run_of_spaces_is_asked_for_an_outlet_once_a_run():
    # an outlet's name, half a million spaces, then no city in brackets, over the date: whether the line is "Outlet
    # (City)" is asked where the run starts, not again at each of its spaces (was quadratic: minutes for this line);
    # read as it was, the line under the headline
    head, tail = "Putin and Xi agree to expand trade\n\n", "\nMay 16, 2024\n\nPutin met Xi in Beijing on Thursday.\n"
    line = "The Moscow Times" + " " * 500_000 + "x"
    art = parse_text(head + line + tail)
    assert (art.source, art.published, art.title) == ("", "2024-05-16", "Putin and Xi agree to expand trade")
    assert [(sg.kind, sg.end - sg.start) for sg in art.segments if sg.kind != "blank"] == [
        ("title", 34), ("lede", len(line)), ("date", 12), ("body", 36)]
    # look-alikes: the same run before a city in brackets (spaces or no-break spaces), and the plain "Outlet (City)",
    # stay the outlet's line
    for line in ("The Moscow Times" + " " * 500_000 + "(Moscow)", "The Moscow Times" + "\u00a0" * 500_000 + "(Москва)",
                 "The Moscow Times (Moscow)"):
        art = parse_text(head + line + tail)
        assert art.source == "The Moscow Times" and ("source", len(line)) in [
            (sg.kind, sg.end - sg.start) for sg in art.segments]


def test_a_cover_page_holding_its_first_title_many_times_on_a_line_is_cut_where_the_title_stands_alone():
    # a Nexis Uni export (German interface) whose cover page holds a line repeating the results list's first title
    # 300,000 times, or whose "1. <title>" entry holds 300,000 spaces inside the title: each line is looked at once
    # for the title alone on it, and the entry's end is tried once a run of spaces (both were quadratic: minutes)
    story = ("Kazakhstan has spent two years balancing between Moscow, its traditional security partner, and Beijing, "
             "its biggest source of investment, diplomats in Astana said this week.\n")

    def export(toc: str, cover_line: str, heading: str = "Talks in Astana") -> str:
        return ("Benutzername: Universität Leipzig\nDokumente (2)\n\n" + toc + "2. Trade slows\n" + cover_line
                + "\nSuchbegriffe: China AND Russia\nSuchart: Boolesch\n\n" + heading + "\n\n" + story
                + "Ende des Dokuments\n\nTrade slows\n\n" + story + "Ende des Dokuments\n")

    def read(text: str) -> list[str]:
        spans, notes = reading.export_spans(text)
        assert len(notes) == 1 and notes[0].startswith("cover page (results list) before the first article left out")
        return [text[a:b] for a, b in spans]

    first, second = f"Talks in Astana\n\n{story}Ende des Dokuments", f"\n\nTrade slows\n\n{story}Ende des Dokuments"
    # the article starts at the line holding the title alone
    assert read(export("1. Talks in Astana\n", "Talks in Astana " * 300_000)) == [first, second]
    # no line repeats the entry's title: the cover ends after its last key's block
    assert read(export("1. Talks in" + " " * 300_000 + "Astana\n", "")) == ["\n" + first, second]
    # look-alikes: the title never alone on a line (the cover ends after its last key's block); spaces after the
    # entry's title (not part of it: the article starts at the line holding the title alone)
    assert read(export("1. Talks in Astana\n", "Talks in Astana " * 300_000, "Talks in Astana today")) == [
        f"\nTalks in Astana today\n\n{story}Ende des Dokuments", second]
    assert read(export("1. Talks in Astana" + " " * 300_000 + "\n", "")) == [first, second]
def test_many_key_points_boxes_in_a_text_without_blank_lines_read_the_blocks_above_once():
    # 300 "Key points:" boxes between the story's lines (a paragraph on each line): each box's heading and points are
    # furniture, the story's lines under them stay (whether a story paragraph stands above a heading was looked for
    # from the first block for each heading: quadratic on many)
    head = "Workers vote to extend the strike\nTuesday 8 April 2025 12:15\n"
    lede = "Bin workers in Birmingham have voted to extend their strike until the end of June, their union said.\n"
    end = "Residents have reported rats in some streets, and officials have warned of a risk of disease.\n"
    box = "Key points:\nAbout 17,000 tonnes of rubbish are uncollected\nThe council declared a major incident\n"
    text = head + lede + (box + end) * 300
    art = parse_text(text)
    kinds = [(sg.kind, text[sg.start:sg.end]) for sg in art.segments if sg.kind != "blank"]
    assert kinds == [("title", head.split("\n")[0]), ("date", head.split("\n")[1]), ("body", lede.strip())] + [
        ("boilerplate", "Key points:"), ("boilerplate", "About 17,000 tonnes of rubbish are uncollected"),
        ("boilerplate", "The council declared a major incident"), ("body", end.strip())] * 300
    # (look-alike: a heading each over one line, 300 in a row: no box of two to four points, every heading stays)
    text = head + lede + "Key points:\nx\n" * 300 + end
    kinds = [(sg.kind, text[sg.start:sg.end]) for sg in parse_text(text).segments if sg.kind != "blank"][3:]
    assert kinds == [("body", "Key points:"), ("boilerplate", "x")] * 300 + [("body", end.strip())]
    # (the box over the story, no story paragraph above it: the story's summary, as before)
    art = parse_text("Workers vote\nTuesday 8 April 2025 12:15\n" + box + end)
    assert "About 17,000 tonnes" in art.lede and art.body() == "The council declared a major incident\n\n" + end.strip()
