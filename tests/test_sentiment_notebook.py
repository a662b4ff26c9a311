"""notebooks/sentiment.ipynb executed for real by papermill on seeds/, its tables read back and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens import schema
from presslens import sentiment as sa

DATA = Path(__file__).resolve().parent / "data" / "sentiment"


@pytest.mark.notebook
def test_sentiment_notebook_on_seeds(run_notebook, seeds_corpus):
    run = run_notebook("sentiment", top_n=3, targets=str(DATA / "actors.yml"), period="W", rolling=2)

    sentences = run.table("sentiment_sentences")
    assert list(sentences.columns) == schema.columns("sentiment_sentences")
    story = sa.story_sentences(seeds_corpus.sentences, seeds_corpus.segments)
    assert len(sentences) == len(story) > 0
    assert sentences["text"].tolist() == story["text"].tolist()
    # every saved score is nltk's, to the precision VADER rounds to
    for text, neg, neu, pos, compound in sentences[["text", *sa.SCORE_COLUMNS]].itertuples(index=False):
        assert (neg, neu, pos, compound) == tuple(sa.polarity(text)[k] for k in sa.SCORE_COLUMNS)

    articles = run.table("sentiment_articles")
    assert list(articles.columns) == schema.columns("sentiment_articles")
    assert sorted(articles["article_id"]) == sorted(seeds_corpus.articles["article_id"])
    expected = sentences.groupby("article_id")["compound"].mean()
    for aid, mean in zip(articles["article_id"], articles["mean_compound"], strict=True):
        assert mean == pytest.approx(expected[aid])
    shares = articles[["share_positive", "share_neutral", "share_negative"]].sum(axis=1)
    assert shares.tolist() == pytest.approx([1.0] * len(articles))

    targets = run.table("sentiment_targets")
    assert list(targets.columns) == schema.columns("sentiment_targets")
    assert set(targets["target"]) <= {"Xi Jinping", "Vladimir Putin", "Russia", "United States"}
    assert {"Xi Jinping", "Vladimir Putin"} <= set(targets["target"])
    assert set(targets["by"]) == {"all", "article", "source", "period"}
    overall = targets[targets["by"] == "all"].set_index("target")
    for target, group in targets[targets["by"] == "article"].groupby("target"):
        assert group["n_sentences"].sum() == overall.loc[target, "n_sentences"]
    assert targets.loc[targets["by"] == "period", "group"].str.contains("W|undated|/").all()  # weekly periods

    meta = dict(run.table("sentiment_metadata").itertuples(index=False, name=None))
    assert meta["lexicon_sha256"] == sa.lexicon_info()["lexicon_sha256"]
    assert meta["lexicon_version"] == "3.3.2"
    assert meta["targets"].startswith("file ")
    # the report opens with results: how the scores were made (lexicon, versions, settings) comes last
    shown = [i for i, c in enumerate(run.nb.cells) for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    made = [i for i, c in enumerate(run.nb.cells) if "lexicon_sha256" in str(c.get("outputs", ""))]
    heading = next(i for i, c in enumerate(run.nb.cells) if c.source.startswith("## How these scores were made"))
    assert made == [heading + 1] == [max(shown)], (made, heading, shown)
    assert str(run.tables_dir) not in run.outputs_text(), "where the tables were saved is no output"

    assert run.images() >= 3  # over time, by source, targets
    over_time = next(c for c in run.nb.cells if "sentiment_over_time(" in c.source)
    assert any("text/html" in o.get("data", {}) for o in over_time.outputs), "the periods' table under the figure"
    text = run.outputs_text()
    assert "story sentences scored" in text and "targets from file" in text
    # the extreme sentences are shown in full (the report asks readers to check them before quoting)
    html = "\n".join(str(o.get("data", {}).get("text/html", "")) for c in run.nb.cells for o in c.get("outputs", []))
    extremes = sa.extremes(sentences, n=3)
    longest = max(extremes["text"], key=len)
    assert len(longest) > 60 and longest.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in html
    assert f"{int(sentences['compound'].notna().sum())} scored sentences" in text  # not every sentence of the corpus


@pytest.mark.notebook
def test_sentiment_notebook_paragraph_level_with_named_targets(run_notebook, seeds_corpus):
    run = run_notebook("sentiment", level="paragraph", targets=["Xi Jinping", "Putin"], tables_dir="")
    assert not run.tables_dir.exists()  # tables_dir "" saves nothing
    text = run.outputs_text()
    story = sa.story_sentences(seeds_corpus.sentences, seeds_corpus.segments)
    n_paragraphs = len(story[["article_id", "paragraph_no"]].drop_duplicates())
    assert f"{n_paragraphs} scored paragraphs" in text
    assert "targets from the list given: Xi Jinping, Putin" in text


@pytest.mark.notebook
def test_sentiment_notebook_a_targets_file_that_does_not_exist_is_an_error(tmp_path):
    from presslens import runner

    missing = tmp_path / "nonexistent.yml"
    nb = Path(__file__).resolve().parents[1] / "notebooks" / "sentiment.ipynb"
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    result = runner.execute(nb, tmp_path / "out.ipynb", {"corpus": str(seeds), "tables_dir": "", "targets": str(missing)},
                            timeout=300)
    assert result.status == "failed" and "FileNotFoundError" in result.error and "nonexistent.yml" in result.error
