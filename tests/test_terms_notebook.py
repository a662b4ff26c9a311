"""notebooks/terms.ipynb executed by papermill on seeds/, its saved tables read back and checked."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from presslens import schema
from presslens import terms as T

pytestmark = pytest.mark.notebook


def regex_count(texts, phrase: str) -> int:
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)"
    return sum(len(re.findall(pattern, t, flags=re.I)) for t in texts)


def test_terms_notebook_defaults(run_notebook, seeds_corpus):
    run = run_notebook("terms", top_n=10)
    assert run.images() >= 5  # words, phrases, keyness, dispersion, trends

    terms = run.table("terms")
    assert list(terms.columns) == schema.columns("terms")
    assert set(terms["n"]) == {1, 2, 3}
    assert terms["count"].min() >= 2
    count = dict(zip(terms["term"], terms["count"], strict=True))
    texts = seeds_corpus.articles["text"]
    for term in ("ukraine", "strategic partnership", "xi jinping"):
        assert count[term] == regex_count(texts, term)
    assert "the" not in count and "of the" not in count

    key = run.table("keyness")
    assert set(schema.columns("keyness")) <= set(key.columns) and len(key) > 0
    np.testing.assert_allclose(key["g2"], T.log_likelihood(key["target_count"], key["reference_count"],
                                                           key["target_total"], key["reference_total"]), rtol=1e-9)
    np.testing.assert_allclose(key["log_ratio"], T.log_ratio(key["target_count"], key["reference_count"],
                                                             key["target_total"], key["reference_total"]), rtol=1e-9)

    kwic = run.table("kwic")
    assert set(kwic["term"]) == {"strategic partnership", "Ukraine"}
    paths = dict(zip(seeds_corpus.articles["article_id"], seeds_corpus.articles["path"], strict=True))
    for row in kwic.itertuples(index=False):
        source = Path(paths[row.article_id]).read_bytes().decode("utf-8-sig")
        assert " ".join(source[row.start:row.end].split()).casefold() == row.term.casefold()

    col = run.table("collocations")
    assert list(col.columns) == schema.columns("collocations") and (col["count"] >= 2).all()
    assert run.table("trends")["term"].unique().tolist() == ["ukraine", "partnership"]
    assert set(run.table("dispersion")["term"]) == {"strategic partnership", "ukraine", "partnership"}
    text = run.outputs_text()
    assert "target: articles published from " in text and "more in articles published from" not in text
    # the stopwords left out are counted as occurrences in the text, not the size of the list
    assert re.search(r"\d+ occurrences of stopwords left out of the terms \(a list of \d+ ", text)


def test_terms_notebook_parameters(run_notebook, seeds_corpus):
    run = run_notebook("terms", stem=True, ngram_max=2, extra_stopwords=["said"], split_column="source",
                       split_value="Sputnik", kwic_terms=["Wang Yi"], trend_terms=["partners"], period="Y", min_count=3)
    terms = run.table("terms")
    assert set(terms["n"]) == {1, 2} and terms["count"].min() >= 3
    assert "said" not in set(terms["term"]) and "countri" in set(terms["term"])  # Snowball stems
    assert set(run.table("kwic")["keyword"]) == {"Wang Yi"}
    trends = run.table("trends")
    assert trends["period"].astype(str).tolist() == ["2022", "2023", "2024"]
    # with stem on, a search counts every word of its stem, as the frequency list does: "partners" and
    # "partner" (the seeds hold one of each), not "partners" alone
    assert trends["count"].sum() == regex_count(seeds_corpus.articles["text"], "partner") + regex_count(
        seeds_corpus.articles["text"], "partners") == 2
    assert "target: articles with source Sputnik" in run.outputs_text()


def test_terms_notebook_says_when_the_trends_table_cuts_periods_and_searches_russian_too(run_notebook):
    # terms28: the trends table showed the last top_n periods with no word of the earlier ones cut, and the default
    # search terms (English) found nothing in the Russian articles of a mixed corpus
    probe = str(Path(__file__).parent / "data" / "probes" / "terms28" / "articles")
    run = run_notebook("terms", corpus=probe, top_n=5, period="Y", min_count=1)
    text = run.outputs_text()
    assert "The last 5 of" not in text  # look-alike: two years, both shown, no note
    assert "are searched in English and in Russian" in text
    assert "украина" in set(run.table("kwic")["term"].str.casefold())
    assert set(run.table("trends")["term"]) == {"ukraine", "partnership", "украина", "партнерство"}
    run = run_notebook("terms", corpus=probe, top_n=5, period="M", min_count=1, kwic_terms=["Gazprom"],
                       trend_terms=["gas"])
    text = run.outputs_text()
    assert re.search(r"The last 5 of \d+ periods \(top_n\), from 2025-07 on; the \d+ earlier periods from 2024-01", text)
    # look-alike: terms given are searched as given, no Russian added
    assert set(run.table("trends")["term"]) == {"gas"} and "in English and in Russian" not in text
