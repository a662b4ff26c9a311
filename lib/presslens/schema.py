"""The named tables of presslens and their fixed columns, defined once.

Every table carries ``article_id`` (where it has one row per article or finer), so any result joins back
to its article and file. Offsets (``start``, ``end``) are character offsets into the article's *decoded
source text*: the file as read (bytes -> str, BOM dropped, newlines untouched), or, for a CSV/JSONL row,
the row's text cell.

List-valued columns hold Python lists in DataFrames and Parquet, and are joined with ``" | "`` in CSV.

Use :func:`empty` for a correctly-shaped empty table and :func:`check` to validate a frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

LIST_SEPARATOR = " | "


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "str", "int", "float", "bool", "list"
    doc: str


def _cols(*spec: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec)


TABLES: dict[str, tuple[Column, ...]] = {
    # --- the corpus -------------------------------------------------------------------------------
    "articles": _cols(
        ("article_id", "str", "the file's path under the corpus folder without its suffix (with it where two files would "
                               "otherwise share an id: `a.txt`, `a.docx`), or the id column of a CSV/JSONL row"),
        ("path", "str", "file the article came from (with '#row' for CSV/JSONL rows)"),
        ("published", "str", "publication date/time, ISO 8601 as precise as the source; '' when unknown"),
        ("modified", "str", "last modification date/time, ISO 8601; '' when unknown"),
        ("title", "str", "headline, counted once even when the export repeats it; '' when none"),
        ("section", "str", "section/rubric named in the header ('World'); '' when none"),
        ("lede", "str", "standfirst/summary printed between title and story; '' when none"),
        ("source", "str", "outlet or source named by the export ('Source: Sputnik') or the source column"),
        ("url", "str", "URL from the url column, else from the text (front matter 'url:', a 'URL:' line); '' when none"),
        ("authors", "list", "byline names"),
        ("agencies", "list", "news agencies credited for the story: '(AFP)', '(With information from EFE)'"),
        ("captions", "list", "photo captions and credits, kept out of the story text"),
        ("subheadings", "list", "section headings inside the body"),
        ("text", "str", "the clean story body used by every analysis (glued words repaired)"),
        ("n_words", "int", "words in text"),
        ("n_sentences", "int", "sentences in text"),
        ("language", "str", "language of the story text, from its script and common words: 'en', 'ru', or '' when "
                            "unknown (presslens.language); sentiment scores English only"),
        ("problems", "list", "everything the reader or parser noticed: decoding, missing date, guesses"),
        ("duplicate_of", "str", "article_id of an earlier exact or near-duplicate; '' when none"),
    ),
    "sentences": _cols(
        ("article_id", "str", "article"),
        ("sentence_no", "int", "0-based, in reading order over the story body"),
        ("paragraph_no", "int", "0-based body paragraph the sentence belongs to"),
        ("start", "int", "offset of the sentence's first character in the decoded source"),
        ("end", "int", "offset one past its last character"),
        ("text", "str", "the sentence as analysed: source[start:end] with glued words repaired"),
    ),
    "segments": _cols(
        ("article_id", "str", "article"),
        ("kind", "str", "header (other metadata: 'Length: 500 words', a dateline without an agency: 'WASHINGTON —'), "
                        "date, section, title, title_repeat, lede, source, byline (also an author's note after the "
                        "story), caption (photo caption), credit (photo credit alone: 'Фото: РГ'), agency "
                        "('(AFP)', 'MOSCOW (AP) —'), subheading, boilerplate ('Tweet Share'), body, blank (white "
                        "space), markup (an HTML tag)"),
        ("start", "int", "offset into the decoded source"),
        ("end", "int", "offset one past the end"),
        ("text", "str", "exactly source[start:end]; in order, segments rebuild the source"),
    ),
    "repairs": _cols(
        ("article_id", "str", "article"),
        ("start", "int", "offset of the glued word in the decoded source"),
        ("end", "int", "offset one past it"),
        ("raw", "str", "the word as written ('Xi Jinpingon' -> 'Jinpingon')"),
        ("repaired", "str", "as meant ('Jinping on')"),
        ("rule", "str", "which rule made the repair: entity, markup (HTML), camel, name+function, function+name, "
                         "name+verb (glued words; name+verb: Russian 'Лихачевподчеркнул'), hyphenation (a word cut at a line break)"),
    ),
    "duplicates": _cols(
        ("article_id", "str", "an article that repeats an earlier one"),
        ("duplicate_of", "str", "the earliest article it repeats (published first; undated last; then table order)"),
        ("similarity", "float", "Jaccard similarity of their word 5-gram sets, exact (1.0 for an exact repeat)"),
        ("kind", "str", "'exact' (same words in the same order, ignoring case and punctuation) or 'near'"),
    ),
    # --- sentiment ----------------------------------------------------------------------------------
    "sentiment_sentences": _cols(
        ("article_id", "str", "article"),
        ("sentence_no", "int", "sentence"),
        ("start", "int", "offset into the decoded source"),
        ("end", "int", "offset one past the end"),
        ("text", "str", "the sentence scored"),
        ("neg", "float", "VADER negative proportion (the four scores are NaN when the article is not in English: "
                         "not scored)"),
        ("neu", "float", "VADER neutral proportion"),
        ("pos", "float", "VADER positive proportion"),
        ("compound", "float", "VADER normalized compound score in [-1, 1]"),
    ),
    "sentiment_articles": _cols(
        ("article_id", "str", "article"),
        ("published", "str", "publication date/time from the articles table; '' when unknown"),
        ("source", "str", "outlet or source; '' when unknown"),
        ("title", "str", "headline; '' when none"),
        ("n_sentences", "int", "story sentences scored (0: no story text, or not in English; scores NaN)"),
        ("mean_compound", "float", "mean VADER compound of the article's sentences"),
        ("ci_low", "float", "lower bound of the 95% Student-t interval of that mean; NaN under 2 sentences"),
        ("ci_high", "float", "upper bound of that interval"),
        ("share_positive", "float", "share of sentences with compound >= pos_threshold (0.05)"),
        ("share_neutral", "float", "share of sentences between the thresholds"),
        ("share_negative", "float", "share of sentences with compound <= neg_threshold (-0.05)"),
        ("title_compound", "float", "VADER compound of the headline, scored apart from the story; NaN if none"),
    ),
    "sentiment_targets": _cols(
        ("target", "str", "canonical target name (from the targets / actors gazetteer)"),
        ("by", "str", "grouping: all, article, source or period"),
        ("group", "str", "the group: 'all', an article_id, a source, or a period ('2023-07'; 'undated')"),
        ("n_sentences", "int", "story sentences naming the target in the group"),
        ("n_articles", "int", "articles those sentences come from"),
        ("mean_compound", "float", "mean VADER compound of those sentences"),
        ("ci_low", "float", "lower bound of the 95% Student-t interval of that mean; NaN under 2 sentences"),
        ("ci_high", "float", "upper bound of that interval"),
        ("share_positive", "float", "share of those sentences with compound >= pos_threshold"),
        ("share_neutral", "float", "share between the thresholds"),
        ("share_negative", "float", "share with compound <= neg_threshold"),
    ),
    # --- tokens and term frequency (presslens.tokens, presslens.terms) ---------------------------------
    # The tokens table has a row per word (13 million at 20,000 articles), so tokenize() keeps it compact:
    # its str columns are categoricals (sorted categories) and its int columns int32.
    "tokens": _cols(
        ("article_id", "str", "article (categorical)"),
        ("sentence_no", "int", "sentence (int32)"),
        ("token_no", "int", "0-based position among all tokens of the sentence, including punctuation and "
                            "numbers left out of the table: a gap means a left-out token stood there (int32)"),
        ("start", "int", "offset of the token in the decoded source (mapped through glued-word repairs; int32)"),
        ("end", "int", "offset one past it (int32)"),
        ("token", "str", "the token as written in the analysis text (sentences.text; categorical)"),
        ("norm", "str", "the token as counted: case-folded, straight apostrophe, stemmed or lemmatized if asked "
                        "(categorical)"),
        ("offset", "int", "offset of the token in its sentence's text (sentences.text; int32)"),
    ),
    "terms": _cols(
        ("term", "str", "word or n-gram: norms joined by one space"),
        ("n", "int", "words (tokens) in the term"),
        ("count", "int", "occurrences in the corpus"),
        ("doc_count", "int", "articles containing it"),
        ("per_10k", "float", "occurrences per 10,000 words of the corpus (tokens other than punctuation)"),
    ),
    "tfidf": _cols(
        ("article_id", "str", "article"),
        ("term", "str", "word or n-gram"),
        ("n", "int", "words in the term"),
        ("count", "int", "occurrences in the article"),
        ("tf", "float", "count / words in the article"),
        ("idf", "float", "natural log of (articles / articles containing the term)"),
        ("tf_idf", "float", "tf * idf"),
    ),
    "keyness": _cols(
        ("term", "str", "word or n-gram"),
        ("n", "int", "words in the term"),
        ("target_count", "int", "occurrences in the target group"),
        ("reference_count", "int", "occurrences in the reference group"),
        ("target_total", "int", "words in the target group"),
        ("reference_total", "int", "words in the reference group"),
        ("g2", "float", "log-likelihood G2 (Rayson & Garside 2000), signed: + over-used in target, - under-used"),
        ("p_value", "float", "chi-square (1 df) p-value of |G2|"),
        ("log_ratio", "float", "Hardie's log ratio: binary log of the ratio of relative frequencies, "
                               "a zero count taken as 0.5"),
    ),
    "collocations": _cols(
        ("term", "str", "the two words joined by a space"),
        ("word1", "str", "first word"),
        ("word2", "str", "second word, right after the first in the same sentence"),
        ("count", "int", "times the pair occurs"),
        ("pmi", "float", "pointwise mutual information (nltk BigramAssocMeasures.pmi, bits)"),
        ("likelihood_ratio", "float", "Dunning's log-likelihood (nltk BigramAssocMeasures.likelihood_ratio)"),
    ),
    "kwic": _cols(
        ("article_id", "str", "article"),
        ("sentence_no", "int", "sentence holding the keyword"),
        ("start", "int", "offset of the keyword in the decoded source"),
        ("end", "int", "offset one past it"),
        ("left", "str", "left context (window words, from the analysis text, may reach earlier sentences)"),
        ("keyword", "str", "the keyword as written"),
        ("right", "str", "right context"),
        ("term", "str", "the search term that matched"),
    ),
    "occurrences": _cols(
        ("article_id", "str", "article"),
        ("sentence_no", "int", "sentence"),
        ("token_no", "int", "token_no of the first token matched"),
        ("start", "int", "offset of the match in the decoded source"),
        ("end", "int", "offset one past it"),
        ("term", "str", "the search term that matched"),
        ("position", "float", "relative position in the article: 0 = first word, 1 = last word"),
    ),
    "dispersion": _cols(
        ("term", "str", "search term"),
        ("count", "int", "occurrences in the corpus"),
        ("doc_count", "int", "articles containing it"),
        ("juilland_d", "float", "Juilland's D over articles: 1 = evenly spread, 0 = all in one article"),
        ("gries_dp", "float", "Gries' DP over articles (sizes in words): 0 = as expected from sizes, near 1 = "
                              "concentrated"),
    ),
    "trends": _cols(
        ("period", "str", "calendar period of publication (pandas period, e.g. 2023-05 or 2023-05-08/2023-05-14)"),
        ("term", "str", "search term"),
        ("count", "int", "occurrences in articles published in the period"),
        ("words", "int", "words in those articles"),
        ("per_10k", "float", "occurrences per 10,000 words of the period (NaN when it has no words)"),
    ),
    # --- chronology -------------------------------------------------------------------------------
    "timexes": _cols(
        ("article_id", "str", "article"),
        ("sentence_no", "int", "sentence holding the expression; -1 outside the story (header, caption)"),
        ("start", "int", "offset into the decoded source"),
        ("end", "int", "offset one past the end"),
        ("text", "str", "the expression as written"),
        ("type", "str", "TIMEX3 type: DATE, TIME, DURATION, SET"),
        ("value", "str", "TIMEX3 value, e.g. 2022-09-16, 2024-W19, PT4.5H, PAST_REF"),
        ("mod", "str", "TIMEX3 mod: START, END, MORE_THAN, APPROX ... or ''"),
    ),
    "events": _cols(
        ("article_id", "str", "article"),
        ("sentence_no", "int", "sentence (negative: a caption or header segment)"),
        ("start", "int", "sentence offsets in the decoded source"),
        ("end", "int", "one past the sentence's end"),
        ("timex_start", "int", "offset of the date expression"),
        ("timex_end", "int", "one past it"),
        ("timex_text", "str", "the date as written"),
        ("type", "str", "DATE or TIME"),
        ("value", "str", "TIMEX3 value"),
        ("where", "str", "body, caption or header"),
        ("period_start", "str", "first day of the period the value denotes (ISO date)"),
        ("period_end", "str", "last day of it"),
        ("granularity", "str", "minute, partofday, day, week, month, season, year, decade ..."),
        ("published", "str", "the article's publication date"),
        ("lag_days", "int", "publication minus the period's start, in days (negative: announced ahead)"),
        ("actors", "list", "actors named in the sentence"),
        ("actor_types", "list", "their types"),
        ("keywords", "list", "content words used to match mentions of one event"),
        ("sentence", "str", "the sentence"),
        ("event_id", "int", "the merged event this mention belongs to (timeline.event_id)"),
    ),
    "timeline": _cols(
        ("event_id", "int", "event"),
        ("date", "str", "TIMEX3 value of its most precise mention, or an ISO interval start/end"),
        ("period_start", "str", "first day (ISO)"),
        ("period_end", "str", "last day (ISO)"),
        ("granularity", "str", "of the most precise mention"),
        ("label", "str", "a short phrase from its sentences"),
        ("actors", "list", "actors in its sentences, most mentioned first"),
        ("n_mentions", "int", "dated sentences reporting it"),
        ("n_articles", "int", "articles reporting it"),
        ("article_ids", "list", "those articles"),
        ("first_published", "str", "earliest publication date among them"),
        ("lag_days", "int", "first publication minus the event's start, in days"),
        ("sentences", "list", "every sentence reporting it"),
    ),
    # --- actors ----------------------------------------------------------------------------------
    "actors": _cols(
        ("article_id", "str", "article"),
        ("sentence_no", "int", "sentence"),
        ("start", "int", "offset of the mention in the decoded source"),
        ("end", "int", "offset one past it"),
        ("actor", "str", "canonical name from the gazetteer (data/actors.yml)"),
        ("type", "str", "person, organization, country, place or media"),
        ("text", "str", "the mention as written (a possessive 's left out)"),
        ("label", "str", "title/role/apposition naming the actor here ('Chinese dictator'); '' when none"),
        ("match", "str", "how it was found: name (or alias), surname (after the full name), coreference "
                         "('the Chinese leader' after a mention so labelled), role (gazetteer role in office)"),
    ),
    "actor_labels": _cols(
        ("actor", "str", "canonical name"),
        ("label", "str", "how the article names the actor"),
        ("article_id", "str", "article"),
        ("source", "str", "article's source; '' when unknown"),
        ("n", "int", "mentions with that label"),
    ),
    "cooccurrence": _cols(
        ("actor_a", "str", "canonical name, the first of the pair alphabetically"),
        ("actor_b", "str", "the other actor"),
        ("n_sentences", "int", "sentences naming both"),
        ("n_articles", "int", "articles holding such a sentence"),
    ),
    "discovered_names": _cols(
        ("name", "str", "capitalized name found in the story text and not in the gazetteer"),
        ("n_words", "int", "words in the name"),
        ("n", "int", "occurrences"),
        ("n_articles", "int", "articles naming it"),
        ("example", "str", "a sentence naming it"),
        ("article_id", "str", "the article of that sentence"),
    ),
}


def columns(table: str) -> list[str]:
    """Column names of a named table, in order."""
    return [c.name for c in TABLES[table]]


def _dtype(kind: str):
    return {"str": object, "int": "int64", "float": "float64", "bool": "bool", "list": object}[kind]


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the table's columns and dtypes."""
    return pd.DataFrame({c.name: pd.Series([], dtype=_dtype(c.kind)) for c in TABLES[table]})


def frame(table: str, rows: list[dict] | None = None) -> pd.DataFrame:
    """Build a table from row dicts, in the table's column order (missing keys are an error)."""
    if not rows:
        return empty(table)
    df = pd.DataFrame.from_records(rows, columns=columns(table))
    for c in TABLES[table]:
        if c.kind in ("int", "float", "bool"):
            df[c.name] = df[c.name].astype(_dtype(c.kind))
    return df


def check(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Raise ``ValueError`` naming the table and columns when ``df`` lacks any of the table's columns.

    Extra columns are allowed (an analysis may add some); returns ``df`` so it can sit in a ``.pipe``.
    """
    missing = [c for c in columns(table) if c not in df.columns]
    if missing:
        raise ValueError(f"{table} table is missing column(s) {missing}; it has {list(df.columns)}")
    return df


def list_columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table] if c.kind == "list"]


def to_csv_frame(df: pd.DataFrame, table: str | None = None) -> pd.DataFrame:
    """A copy of ``df`` with list columns joined by ``" | "``, ready for CSV."""
    out = df.copy()
    names = list_columns(table) if table else [c for c in out.columns if _holds_lists(out[c])]
    for name in names:
        if name in out.columns:
            out[name] = _joined_lists(out[name])
    return out


def _joined_lists(s: pd.Series) -> pd.Series:
    """``s`` with each list or tuple joined by :data:`LIST_SEPARATOR`, its items as ``str`` writes them.

    The lists of the tables hold strings (actors, ids, sentences), which ``join`` takes as they are: a third
    of the cost of passing each through ``str`` first (a column's lists make most of a table's CSV time
    outside the writer). A column holding anything else (numbers) is joined through ``str``."""
    join = LIST_SEPARATOR.join
    try:
        return s.map(lambda v: join(v) if isinstance(v, (list, tuple)) else v)
    except TypeError:  # an item that is no string
        return s.map(lambda v: join(map(str, v)) if isinstance(v, (list, tuple)) else v)


def from_csv_frame(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Inverse of :func:`to_csv_frame`: split the table's list columns, fill empty strings."""
    out = df.copy()
    for c in TABLES[table]:
        if c.name not in out.columns:
            continue
        if c.kind == "list":
            out[c.name] = out[c.name].map(lambda v: [] if not isinstance(v, str) or v == "" else v.split(LIST_SEPARATOR))
        elif c.kind == "str":
            out[c.name] = out[c.name].map(lambda v: "" if not isinstance(v, str) else v).astype(object)
    return out


def _holds_lists(s: pd.Series) -> bool:
    return s.dtype == object and any(isinstance(v, list | tuple) for v in s.head(50))


def describe(table: str) -> str:
    """Markdown table documenting a table's columns (used to write the README's schema section)."""
    lines = [f"`{table}`", "", "| column | type | meaning |", "| --- | --- | --- |"]
    lines += [f"| {c.name} | {c.kind} | {c.doc} |" for c in TABLES[table]]
    return "\n".join(lines)
