"""The cached, parallel paths of presslens.actors against one process without a cache."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from presslens import actors
from presslens.corpus import build_corpus
from presslens.reading import iter_documents

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def many():
    docs = list(iter_documents(SEEDS))
    return build_corpus([dataclasses.replace(d, article_id=f"{d.article_id}-{i:02d}") for i in range(12) for d in docs],
                        workers=1, progress=False)


def test_discover_names_cached_and_parallel_equal_one_process(many, tmp_path):
    plain = actors.discover_names(many, cache=False, workers=1)
    assert len(plain) > 5
    for _ in range(2):  # cold, then from the cache
        pd.testing.assert_frame_equal(actors.discover_names(many, cache=tmp_path, workers=2), plain)
    pd.testing.assert_frame_equal(actors.discover_names(many, min_count=30, cache=tmp_path, workers=2),
                                  actors.discover_names(many, min_count=30, cache=False, workers=1))


def test_mentions_of_unsorted_sentences_from_the_cache_equal_one_process(many, tmp_path):
    shuffled = many.sentences.sample(frac=1, random_state=0).reset_index(drop=True)
    plain = actors.mentions(shuffled, articles=many.articles, repairs=many.repairs, cache=False, workers=1)
    assert plain["match"].nunique() >= 3
    for _ in range(2):
        got = actors.mentions(shuffled, articles=many.articles, repairs=many.repairs, cache=tmp_path, workers=2)
        pd.testing.assert_frame_equal(got, plain)


@pytest.mark.parametrize("types", [["person"], ["country", "organization"], ["media"]])
def test_mentions_of_some_types_from_the_cache_equal_one_process(many, tmp_path, types):
    # from the cache the rows of other types (and the roles a label hides) are left out before the table is
    # made; without a cache, from the finished table
    plain = actors.mentions(many, types=types, cache=False, workers=1)
    assert len(plain) > 10 or types == ["media"]
    for _ in range(2):  # cold, then from the cache
        pd.testing.assert_frame_equal(actors.mentions(many, types=types, cache=tmp_path, workers=2), plain)
    everything = actors.mentions(many, cache=tmp_path, workers=2)
    pd.testing.assert_frame_equal(everything[everything["type"].isin(types)].reset_index(drop=True), plain)
    with pytest.raises(ValueError, match="unknown actor type 'no such type'"):  # a typo is said, not an empty table
        actors.mentions(many, types=["no such type"], cache=tmp_path, workers=2)
