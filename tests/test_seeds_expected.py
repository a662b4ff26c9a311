"""Every fact in tests/data/seeds_expected.json, checked on the parsed sample corpus (read_corpus("seeds")).

quoted_outlets and people belong to other modules and are not checked here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
EXPECTED = json.loads((DATA / "seeds_expected.json").read_text(encoding="utf-8"))
FILES = sorted(k for k in EXPECTED if not k.startswith("_"))


def _row(corpus, name):
    aid = Path(name).stem
    rows = corpus.articles[corpus.articles["article_id"] == aid]
    assert len(rows) == 1, f"{aid} not parsed"
    return rows.iloc[0]


@pytest.mark.parametrize("name", FILES)
def test_dates(seeds_corpus, name):
    row, want = _row(seeds_corpus, name), EXPECTED[name]
    assert row["published"] == want["published"]
    assert row["modified"] == (want.get("modified") or "")


@pytest.mark.parametrize("name", FILES)
def test_header_fields(seeds_corpus, name):
    row, want = _row(seeds_corpus, name), EXPECTED[name]
    assert row["title"] == (want["title"] or "")
    for key in ("section", "lede", "source"):
        assert row[key] == (want.get(key) or ""), key


@pytest.mark.parametrize("name", FILES)
def test_first_body_sentence(seeds_corpus, name):
    row, want = _row(seeds_corpus, name), EXPECTED[name]
    sents = seeds_corpus.sentences[seeds_corpus.sentences["article_id"] == row["article_id"]]
    first = sents.sort_values("sentence_no").iloc[0]["text"]
    assert first.startswith(want["first_body_sentence"])
    assert row["text"].startswith(want["first_body_sentence"])


@pytest.mark.parametrize("name", FILES)
def test_captions_are_listed_and_kept_out_of_the_body(seeds_corpus, name):
    row, want = _row(seeds_corpus, name), EXPECTED[name]
    assert len(row["captions"]) == len(want["captions"])
    for cap in want["captions"]:
        assert any(c.startswith(cap) for c in row["captions"]), cap
        assert cap not in row["text"]


@pytest.mark.parametrize("name", FILES)
def test_agencies_and_subheadings(seeds_corpus, name):
    row, want = _row(seeds_corpus, name), EXPECTED[name]
    assert list(row["agencies"]) == want["agencies"]
    assert list(row["subheadings"]) == want["subheadings"]
    for sub in want["subheadings"]:
        assert sub not in row["text"]


@pytest.mark.parametrize("name", FILES)
def test_glued_words_repaired(seeds_corpus, name):
    row, want = _row(seeds_corpus, name), EXPECTED[name]
    repairs = seeds_corpus.repairs[seeds_corpus.repairs["article_id"] == row["article_id"]]
    raw = (Path(__file__).resolve().parents[1] / "seeds" / name).read_text(encoding="utf-8")
    for glued, meant in want["glued"]:
        assert glued in raw
        assert glued not in row["text"]
        assert meant in row["text"]
    assert len(repairs) == len(want["glued"])


@pytest.mark.parametrize("name", FILES)
def test_segments_rebuild_the_source(seeds_corpus, name):
    row = _row(seeds_corpus, name)
    segs = seeds_corpus.segments[seeds_corpus.segments["article_id"] == row["article_id"]]
    raw = (Path(__file__).resolve().parents[1] / "seeds" / name).read_text(encoding="utf-8")
    assert "".join(segs["text"]) == raw


@pytest.mark.parametrize("name", FILES)
def test_no_sentence_is_one_slipped_name(seeds_corpus, name):
    """Translation slips such as "... for the war in Russia. Ukraine." give no one-word sentence."""
    row = _row(seeds_corpus, name)
    sents = seeds_corpus.sentences[seeds_corpus.sentences["article_id"] == row["article_id"]]
    assert not [t for t in sents["text"] if re.fullmatch(r"[A-Z][a-z]+\.", t)]
