"""Tokens: the words of the story sentences, with offsets into the decoded source, shared by analyses.

>>> from presslens.tokens import tokenize                      # doctest: +SKIP
>>> toks = tokenize(corpus.sentences, corpus.repairs)           # doctest: +SKIP
>>> toks[["article_id", "sentence_no", "token_no", "start", "end", "token", "norm"]]  # doctest: +SKIP

Tokens come from ``sentences.text`` (the analysis text: story only, glued words repaired), so captions,
credits and boilerplate are never tokens, and "UkraineWang" repaired to "Ukraine Wang" gives two tokens.
Their ``start``/``end`` are offsets into the article's decoded source, mapped back through the repairs
by :func:`source_offset` / :func:`to_source` (which other analyses use for their own matches).

The tokenizer is nltk's :class:`~nltk.tokenize.RegexpTokenizer` with the pattern :data:`TOKEN_PATTERN`
(no downloaded data; :func:`tokenize` runs the same pattern with the stdlib engine for speed): abbreviations with dots (U.S.), numbers with separators (1,000 3.5; with the
abbreviation of a unit glued on, 1.5bn, a number as 25bn is: see :func:`token_kind`), words with
inner hyphens (also Unicode's hyphen and non-breaking hyphen, which Word and web copies print: folded to
"-") and apostrophes (Sino-Russian, don't, O'Brien), the possessive clitic 's split off as its
own token (China's -> China + 's, as nltk's Treebank tokenizer does), and any other single character
that is not a letter, digit or space as punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from . import schema
from .pipeline import ArticleUnits

# The abbreviations of units written glued to a number ("1.5bn", "2,600km"): the tokenizer keeps them in the
# number's token, and token_kind reads such a token as a number (_NUMBER_UNIT)
_UNITS = "bn|mn|trn|tn|km|kg|bcm|m|k|b"

TOKEN_PATTERN = r"""
    (?:[^\W\d_]\.){2,}                         # abbreviations with dots: U.S.  U.N.  e.g.
  | \d+(?:[.,:/]\d+)+(?:(?:""" + _UNITS + r""")(?!\w))?  # numbers with separators: 1,000  3.5  10:30  1.5bn
  | \w+(?:[-\u2010\u2011]\w+|['’](?![sS]\b)\w+)*  # words: Sino-Russian  don't  O'Brien  (not the 's)
  | ['’][sS]\b                                 # the possessive clitic 's / ’s
  | [^\w\s]                                    # any other non-space character: punctuation
"""

STOPWORDS_FILE = "stopwords_en.txt"
# The shipped stopword lists, used together: a Russian function word never clashes with an English word
# (other script), so each list applies to the tokens of its language.
STOPWORDS_FILES = (STOPWORDS_FILE, "stopwords_ru.txt")

# The flags nltk's RegexpTokenizer compiles with. The bulk path (tokenize) runs the same pattern with the
# stdlib engine: nltk 3.10 routes tokenizer patterns through the `regex` module under a wall-clock limit
# per call, which is ~4x slower and trips on a whole corpus at once. The pattern is linear (every repeat
# starts with a separator character), and tests check both engines give the same tokens.
_FLAGS = re.UNICODE | re.MULTILINE | re.DOTALL | re.VERBOSE
_TOKEN_RE = re.compile(TOKEN_PATTERN, _FLAGS)
_SPLIT_RE = re.compile("(" + TOKEN_PATTERN + ")", _FLAGS)  # split() then alternates gap, token, gap, ...


# Web addresses and their like, never words of the story: URLs (markdown links and images left in an
# export), bare domains and file names (scmp.com, photo.jpg), e-mail addresses and @handles. Their tokens
# ("https", "www", "com", "jpg") are left out of the tokens table as punctuation is (a gap in token_no).
_TLD = (r"com|org|net|gov|edu|int|info|io|ru|su|cn|jp|kr|tw|hk|uk|de|fr|eu|ua|kz|"
        r"html?|php|aspx?|jsp|jpe?g|png|gif|webp|svg|bmp|tiff?|pdf|docx?|xlsx?|pptx?|csv|zip|mp[34]|mov")
URL_PATTERN = re.compile(
    r"(?:https?|ftp)://[^\s<>\[\]()\"']*"                # http://... up to white space or a bracket
    r"|www\.[^\s<>\[\]()\"']+"                           # www.example.com/...
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"                        # e-mail address
    r"|(?<![\w@])@\w+"                                       # @handle
    r"|(?<![\w@.])(?:[\w-]+\.)+(?:" + _TLD + r")\b(?:/[^\s<>\[\]()\"']*)?",  # domain.com/..., photo.jpg
    re.IGNORECASE)
_URL_CHARS = frozenset("/@.")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a URL, a bare domain or file name, an e-mail address or an @handle.

    >>> url_spans("See [the visit](https://www.scmp.com/news/3262800) and photo.jpg")
    [(16, 49), (55, 64)]
    """
    return [m.span() for m in URL_PATTERN.finditer(text)]


# --- normalization ----------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Case-fold ``text``, write curly apostrophes straight (``"China’s"`` -> ``"china's"``) and Russian ё
    as е (``"Объём"`` -> ``"объем"``): most Russian outlets print е for ё, some print ё, and a word must
    count as one whichever its article used (as the Russian Snowball stemmer folds it too); Unicode's
    hyphen and non-breaking hyphen (U+2010, U+2011) are written "-", as "Sino-Russian". For the same
    reason an abbreviation written in capitals with dots loses them (``"U.S."`` -> ``"us"``, as ``"US"``;
    ``"U.N."`` -> ``"un"``): house styles differ (AP's U.S., Reuters' US). Lower-case ones such as
    ``"e.g."`` and ``"a.m."`` keep their dots. British "co-operation" and "co-ordinate" are written as
    America's "cooperation" and "coordinate" (any "co-" before an "o"; "co-founder" keeps its hyphen)."""
    folded = text.casefold().replace("’", "'").replace("ё", "е")
    if "\u2010" in folded or "\u2011" in folded:  # Unicode's hyphen and non-breaking hyphen
        folded = folded.replace("\u2010", "-").replace("\u2011", "-")
    if "." in text and text.isupper() and _DOTTED_CAPITALS.fullmatch(text):
        return folded.replace(".", "")
    if "co-o" in folded:  # British "co-operation", "co-ordinate": the same words as "cooperation", "coordinate"
        return _CO_O.sub("co", folded)
    return folded


_DOTTED_CAPITALS = re.compile(r"(?:[^\W\d_]\.){2,}")
_CO_O = re.compile(r"\bco-(?=o)")


# A word with a Cyrillic letter is stemmed as Russian (the English stemmer leaves it as it is).
_CYRILLIC = re.compile("[\u0400-\u04ff]")


# A number and the abbreviation of its unit written as one ("$25bn", "36m tonnes"): a number, never a word.
_NUMBER_UNIT = re.compile(r"\d+(?:[.,]\d+)*(?:" + _UNITS + ")")


def token_kind(token: str) -> str:
    """``"word"`` (has a letter), ``"number"`` (digits, no letter; or a number glued to the abbreviation of its
    unit, as money and quantities are written: ``"25bn"``, ``"1.5bn"``, ``"36m"``, ``"200km"``) or ``"punct"``
    (neither). Only lower-case units count: "3M", "5G" and "4K" are names, and "1990s" or "2nd" no unit.

    >>> [token_kind(t) for t in ("25bn", "1.5bn", "3M", "1990s", "G20", "Sino-Russian", "2,600", "—")]
    ['number', 'number', 'word', 'word', 'word', 'word', 'number', 'punct']
    """
    if token[:1].isdigit() and _NUMBER_UNIT.fullmatch(token):
        return "number"
    if any(ch.isalpha() for ch in token):
        return "word"
    if any(ch.isdigit() for ch in token):
        return "number"
    return "punct"


def normalizer(*, lower: bool = True, stem: bool = False, lemmatize: bool = False) -> Callable[[str], str]:
    """The function that turns a token as written into its ``norm``.

    ``lower`` case-folds (see :func:`fold`); ``stem`` applies nltk's Snowball stemmer (which folds case
    itself): the Russian one to a word with a Cyrillic letter ("России", "Россией" -> "росс"), the
    English one to any other; a word of the shipped Russian stopword list is only folded, not stemmed
    (the list holds each form in full, and its stems would be those of content words: "среди" and
    "среду" are both "сред", "после" and "послом" both "посл"), nor is a Russian abbreviation in
    capitals or a single letter ("НАТО", "ИА", "Ъ"). ``lemmatize`` applies simplemma's
    English lemmatizer (an optional dependency that ships its data in the package) to every word.
    Stemming and lemmatization exclude each other.
    """
    if stem and lemmatize:
        raise ValueError("choose stem=True or lemmatize=True, not both")
    steps: list[Callable[[str], str]] = []
    if lemmatize:
        try:
            import simplemma
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("lemmatize=True needs the simplemma package: pip install simplemma") from exc
        steps.append(lambda w: simplemma.lemmatize(w, lang="en"))
    if stem:
        from nltk.stem.snowball import SnowballStemmer

        english, russian = SnowballStemmer("english").stem, _russian_stem
        russian_stop = _shipped_russian_stopwords()

        def stem_word(w: str) -> str:
            if _CYRILLIC.search(w) is None:
                # U.S. as US, co-operation as cooperation (see fold)
                return english(fold(w) if "." in w or "-" in w else w.replace("’", "'"))
            folded = fold(w)
            # an abbreviation in capitals or a single letter is a name, not a word with endings: the
            # stemmer cuts "НАТО" to "нат", "ИА" to the stopword "и", Kommersant's "Ъ" to "ь"
            if folded in russian_stop or len(w) < 2 or w.isupper():
                return folded
            return russian(folded)

        steps.append(stem_word)
    if lower:
        steps.append(fold)
    else:
        steps.append(lambda w: w.replace("’", "'"))

    def norm(word: str) -> str:
        for step in steps:
            word = step(word)
        return word

    return norm


@lru_cache(maxsize=1 << 16)
def _russian_stem(word: str) -> str:
    """nltk's Russian Snowball stem of ``word`` (folded), remembered: the stemmer costs ~10 µs a word,
    several times the English one, and each batch of articles stems its own distinct words again."""
    return _russian_stemmer().stem(word)


@lru_cache(maxsize=1)
def _russian_stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("russian")


# --- stopwords ---------------------------------------------------------------------------------------

def read_word_list(path: str | Path) -> list[str]:
    """Words from a file, one a line; blank lines and lines starting with ``#`` are skipped."""
    return _word_lines(Path(path).read_text(encoding="utf-8"))


def _word_lines(text: str) -> list[str]:
    """The words of a word list's text (see :func:`read_word_list`)."""
    return [w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#")]


@lru_cache(maxsize=4)
def _shipped_list(name: str) -> tuple[str, ...]:
    """The words of a list shipped in ``presslens/data`` (none when it is missing)."""
    path = resources.files("presslens").joinpath("data", name)
    return tuple(_word_lines(path.read_text(encoding="utf-8"))) if path.is_file() else ()


@lru_cache(maxsize=1)
def _shipped_stopwords() -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for name in STOPWORDS_FILES for w in _shipped_list(name)))


@lru_cache(maxsize=1)
def _shipped_russian_stopwords() -> frozenset[str]:
    """The shipped Russian stopwords, folded: the words the stemmer leaves whole (see :func:`normalizer`)."""
    return frozenset(fold(w) for w in _shipped_list("stopwords_ru.txt"))


def stopwords(extra: Iterable[str] = (), *, base: bool = True, stem: bool = False,
              lemmatize: bool = False) -> frozenset[str]:
    """The stopword set: the shipped English list (``data/stopwords_en.txt``, documented in its header)
    and Russian list (``data/stopwords_ru.txt``: about 350 function words, prepositions, conjunctions,
    pronouns and particles, one a line, with the hyphenated ones the tokenizer keeps whole: "из-за",
    "что-то", "какой-либо", "кое-что"; and the abbreviations "т.е.", "т.д.", "т.к." and the lone letters of
    units and abbreviations, "г", "м", "т", Kommersant's "Ъ": never words) plus ``extra``, all folded (see
    :func:`fold`). The two shipped lists are in different scripts, so each removes only the function words of
    its own language.

    An item of ``extra`` ending in ``.txt`` that names an existing file is read as a word list
    (:func:`read_word_list`), e.g. ``["mystop.txt", "said"]``; an item ending in
    ``.txt`` that is not a file is an error. ``base=False`` leaves the shipped list out.
    ``stem``/``lemmatize``: also hold each stopword's stem/lemma, to filter tokens normalized that way
    (a content word sharing a stem with a stopword is dropped too, e.g. "having" -> "have"; the shipped
    Russian stopwords keep their own form, as :func:`normalizer` leaves them unstemmed).
    """
    words: list[str] = list(_shipped_stopwords()) if base else []
    for item in [extra] if isinstance(extra, str) else extra:
        item = str(item)
        if item.lower().endswith(".txt"):
            if not Path(item).is_file():
                raise FileNotFoundError(f"stopword file {item!r} not found (relative to {Path.cwd()})")
            words.extend(read_word_list(item))
        else:
            words.append(item)
    folded = {fold(w) for w in words}
    if stem or lemmatize:
        norm = normalizer(stem=stem, lemmatize=lemmatize)
        folded |= {norm(w) for w in folded}
    return frozenset(folded)


# --- offsets ------------------------------------------------------------------------------------------

def _in_repair(raw: str, repaired: str, k: int) -> int:
    """Index in ``raw`` of character ``k`` of ``repaired`` (inserted characters map to the next raw one)."""
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, raw, repaired, autojunk=False).get_opcodes():
        if j1 <= k < j2:
            if tag == "equal":
                return i1 + (k - j1)
            return min(i1 + (k - j1), max(i2 - 1, i1))
    return len(raw)


def source_offset(offset: int, *, start: int, repairs: Sequence[tuple] = (), end: bool = False) -> int:
    """Map an offset into an analysis text (a source span with glued-word repairs applied) to the source.

    ``start`` is the span's offset in the decoded source (``sentences.start``); ``repairs`` are
    ``(start, end, raw, repaired)`` tuples in source offsets for the repairs applied inside the span
    (rows of the ``repairs`` table), in any order. A character inserted by a repair (the space in
    "Ukraine Wang") maps to the source character after it. With ``end=True`` ``offset`` is an end
    (one past the last character) and maps to one past the source position of the character before it,
    so ``source[source_offset(s) : source_offset(e, end=True)]`` is the span as written.

    >>> source_offset(8, start=100, repairs=[(100, 111, "UkraineWang", "Ukraine Wang")])
    107
    >>> source_offset(7, start=100, repairs=[(100, 111, "UkraineWang", "Ukraine Wang")], end=True)
    107
    """
    return _offset_through(offset, start, _sorted_repairs(repairs), end)


def _sorted_repairs(repairs: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """``repairs`` as :func:`source_offset` walks them: ``(start, end, raw, repaired)``, sorted."""
    return sorted((int(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in repairs)


def _offset_through(offset: int, start: int, repairs: list[tuple[int, int, str, str]], end: bool = False) -> int:
    """:func:`source_offset` with the repairs already sorted (:func:`_sorted_repairs`): a sentence's tokens
    sort its repairs once, not twice per token."""
    if end:
        return start if offset <= 0 else _offset_through(offset - 1, start, repairs) + 1
    pos_src, pos_txt = start, 0
    for r_start, r_end, raw, repaired in repairs:
        gap = r_start - pos_src
        if offset < pos_txt + gap:
            break
        pos_txt += gap
        if offset < pos_txt + len(repaired):
            return r_start + _in_repair(raw, repaired, offset - pos_txt)
        pos_txt += len(repaired)
        pos_src = r_end
    return pos_src + (offset - pos_txt)


def sentence_repairs(sentences: pd.DataFrame, repairs: pd.DataFrame | None) -> dict[tuple[str, int], list[tuple]]:
    """The repairs applied inside each sentence: ``{(article_id, sentence_no): [(start, end, raw, repaired)]}``
    for the sentences that have any (a repair belongs to a sentence when it lies within its source span)."""
    if repairs is None or repairs.empty or sentences.empty:
        return {}
    r = repairs[["article_id", "start", "end", "raw", "repaired"]].rename(columns={"start": "r_start", "end": "r_end"})
    s = sentences[["article_id", "sentence_no", "start", "end"]]
    m = s.merge(r, on="article_id")
    m = m[(m["r_start"] >= m["start"]) & (m["r_end"] <= m["end"])]
    out: dict[tuple[str, int], list[tuple]] = {}
    for rec in m.itertuples(index=False):
        out.setdefault((rec.article_id, int(rec.sentence_no)), []).append(
            (int(rec.r_start), int(rec.r_end), rec.raw, rec.repaired))
    return out


def to_source(spans: pd.DataFrame, sentences: pd.DataFrame, repairs: pd.DataFrame | None = None, *,
              start: str = "start", end: str = "end") -> pd.DataFrame:
    """Spans found in ``sentences.text``, with their offsets mapped to the decoded source.

    ``spans`` has ``article_id``, ``sentence_no`` and the columns named by ``start`` and ``end`` holding
    offsets into that sentence's text; ``repairs`` is the corpus's repairs table. Returns a copy of
    ``spans`` whose ``start``/``end`` columns are source offsets (see :func:`source_offset`).
    """
    out = spans.copy()
    if out.empty:
        return out
    base = out[["article_id", "sentence_no"]].merge(
        sentences[["article_id", "sentence_no", "start"]].rename(columns={"start": "_base"}),
        on=["article_id", "sentence_no"], how="left")["_base"]
    if base.isna().any():
        missing = out.loc[base.isna().to_numpy(), ["article_id", "sentence_no"]].head(3).to_dict("records")
        raise ValueError(f"spans name sentences that are not in the sentences table, e.g. {missing}")
    base = base.to_numpy(dtype=np.int64)
    s = out[start].to_numpy(dtype=np.int64) + base
    e = out[end].to_numpy(dtype=np.int64) + base
    fixes = sentence_repairs(sentences, repairs)
    if fixes:
        keys = list(zip(out["article_id"], out["sentence_no"].astype(int), strict=True))
        for i, key in enumerate(keys):
            reps = fixes.get(key)
            if reps:
                b = int(base[i])
                s[i] = source_offset(int(s[i] - b), start=b, repairs=reps)
                e[i] = source_offset(int(e[i] - b), start=b, repairs=reps, end=True)
    out[start] = s
    out[end] = e
    return out


# --- tokenizing ----------------------------------------------------------------------------------------

def tokenizer():
    """The nltk tokenizer used here (a :class:`~nltk.tokenize.RegexpTokenizer` over :data:`TOKEN_PATTERN`)."""
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(TOKEN_PATTERN, flags=_FLAGS)


def split_words(text: str) -> list[str]:
    """The tokens of ``text`` as written (all kinds), e.g. to turn a search phrase into tokens."""
    return _TOKEN_RE.findall(text)


# The tokens table is the largest table (a row per word: 13 million at 20,000 articles), so it is kept
# compact: article_id, token and norm are categoricals (integer codes into their distinct values, sorted,
# so sorting and grouping behave as on strings) and the integer columns are int32.
_INT_COLUMNS = ("sentence_no", "token_no", "start", "end", "offset")
_INT = np.int32


def _sorted_codes(values: np.ndarray, used: np.ndarray) -> tuple[np.ndarray, pd.CategoricalDtype]:
    """For distinct strings ``values`` of which ``used`` (a mask) are used: the categorical dtype of the
    used ones, sorted, and each value's code in it (-1 for unused), in the dtype pandas keeps codes in."""
    kept = values[used].tolist()
    order = sorted(range(len(kept)), key=kept.__getitem__)
    dtype = pd.CategoricalDtype(pd.Index([kept[i] for i in order], dtype="str"))
    # pandas keeps codes in the smallest of these that holds len(categories) (coerce_indexer_dtype)
    code_type = np.int8 if len(kept) < 127 else np.int16 if len(kept) < 32767 else np.int32
    remap = np.full(len(values), -1, dtype=code_type)
    remap[np.flatnonzero(used)[order]] = np.arange(len(order))
    return remap, dtype


def _int_block(n: int) -> np.ndarray:
    """Room for the integer columns of ``n`` tokens, one row per column of ``_INT_COLUMNS`` (the frame
    takes it as its int32 block without copying)."""
    return np.empty((len(_INT_COLUMNS), n), dtype=_INT)


def _tokens_frame(parts: dict, art_ids, block: np.ndarray, vocab, norms) -> pd.DataFrame:
    """The tokens table from arrays: ``parts`` holds ``codes`` (each token's code into ``vocab``, the
    distinct tokens, whose norms are ``norms``) and each token's article as ``art`` (codes into
    ``art_ids``, distinct) or as ``art_runs`` (how many tokens each of ``art_ids`` has, in order); the
    integer columns are ``block`` (from :func:`_int_block`). Categories are the values used, sorted.

    ``parts`` is emptied as its arrays are used, so that the caller holds none of them: the token codes go
    once the column's codes are made (no third array of every token at once)."""
    codes = parts.pop("codes")
    art, runs = parts.pop("art", None), parts.pop("art_runs", None)
    art_ids, vocab = np.asarray(art_ids, dtype=object), np.asarray(vocab, dtype=object)
    art_used = np.asarray(runs) > 0 if runs is not None else np.bincount(art, minlength=len(art_ids)) > 0
    art_remap, art_dtype = _sorted_codes(art_ids, art_used)
    used = np.bincount(codes, minlength=len(vocab)) > 0
    tok_remap, tok_dtype = _sorted_codes(vocab, used)
    norm_of_vocab, norm_vocab = pd.factorize(np.asarray(norms, dtype=object), sort=False)
    norm_used = np.zeros(len(norm_vocab), dtype=bool)
    norm_used[norm_of_vocab[used]] = True
    norm_remap, norm_dtype = _sorted_codes(np.asarray(norm_vocab, dtype=object), norm_used)
    # each token category's norm category (a token has one norm): the norm codes are made from the token
    # codes, after the vocabulary's codes are let go of
    norm_of_category = np.full(max(len(tok_dtype.categories), 1), -1, dtype=norm_remap.dtype)
    norm_of_category[tok_remap[used]] = norm_remap[norm_of_vocab[used]]
    del norm_of_vocab

    def cat(remap: np.ndarray, dtype: pd.CategoricalDtype) -> pd.Categorical:
        return pd.Categorical.from_codes(remap, dtype=dtype, validate=False)

    out = pd.DataFrame(block.T, columns=list(_INT_COLUMNS), copy=False)
    tok_codes = tok_remap[codes]
    del codes
    norm_codes = norm_of_category[tok_codes]
    art_codes = np.repeat(art_remap, runs) if runs is not None else art_remap[art]
    del art
    out.insert(0, "article_id", cat(art_codes, art_dtype))
    out.insert(5, "token", cat(tok_codes, tok_dtype))
    out.insert(6, "norm", cat(norm_codes, norm_dtype))
    return out


def _empty_tokens() -> pd.DataFrame:
    none = np.empty(0, np.int64)
    return _tokens_frame({"codes": none, "art": none}, [], _int_block(0), [], [])


@lru_cache(maxsize=1)
def _space_table() -> np.ndarray:
    """Per code point below U+3001: white space as ``str.split()`` and the pattern's ``\\s`` see it
    (both use Python's isspace; U+3000 is the last such character)."""
    return np.array([chr(i).isspace() for i in range(0x3001)] + [False], dtype=bool)


def _chunk_codes(text: str) -> tuple[np.ndarray, list[str]]:
    """The white-space separated chunks of ``text`` (``str.split()``'s) as codes into the distinct chunks,
    in order of first appearance.

    Split and numbered by Arrow in C++ (``utf8_split_whitespace``, whose white space is Python's
    ``isspace``, character for character: tests check every code point; white space at either end of the
    text gives it empty chunks, so it is stripped first), without a Python string per chunk; a text
    Arrow cannot take (a lone surrogate) goes through ``str.split`` and ``pd.factorize``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = text.strip()
    if not text:
        return np.empty(0, np.intp), []
    try:
        arrow = pa.array([text], type=pa.large_string())
    except (pa.ArrowException, UnicodeError):
        arrow = None
    if arrow is not None:
        enc = pc.dictionary_encode(pc.list_flatten(pc.utf8_split_whitespace(arrow)))
        distinct = enc.dictionary.to_pylist()
        if "" not in distinct:  # (an empty chunk comes only from white space at an end: stripped above)
            return enc.indices.to_numpy(zero_copy_only=False), distinct
    codes, uniques = pd.factorize(np.asarray(text.split(), dtype=object), sort=False)
    return codes, uniques.tolist()


def _split_tokens(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The tokens of ``text`` (as :data:`TOKEN_PATTERN` finds them): ``codes`` into ``vocab`` (distinct
    tokens, in order of first appearance), where each starts in ``text``, and whether each lies in a web
    address (:func:`url_spans`, found per white-space separated chunk: no address holds white space).

    No token holds or touches white space in a way that depends on what lies beyond it (``\\b`` sees
    white space and the end of the text alike), so the text is cut into white-space separated chunks
    (``str.split``, at C speed) and the pattern runs once per distinct chunk, not once per token; a
    chunk of letters and digits only is one token. The same tokens as ``_TOKEN_RE.finditer(text)``.
    """
    chunk_code, distinct = _chunk_codes(text)
    if not len(chunk_code):
        return np.empty(0, np.intp), np.empty(0, dtype=object), np.empty(0, np.int64), np.empty(0, bool)
    # Where each chunk starts: a non-space character after a space (or at the start).
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = _space_table()[np.minimum(cp, 0x3001)]
    chunk_start = np.flatnonzero(~space & np.r_[True, space[:-1]])
    del cp, space
    # The tokens of each distinct chunk, flattened: their text and offset in the chunk.
    words: list[str] = []
    where: list[int] = []
    in_url: list[int] = []  # positions in words of the tokens inside a web address
    count = np.empty(len(distinct), dtype=np.int64)
    finditer = _TOKEN_RE.finditer
    for k, chunk in enumerate(distinct):
        if chunk.isalnum():
            words.append(chunk)
            where.append(0)
            count[k] = 1
        else:
            n = len(words)
            for m in finditer(chunk):
                words.append(m.group())
                where.append(m.start())
            count[k] = len(words) - n
            if not _URL_CHARS.isdisjoint(chunk):
                spans = url_spans(chunk)
                if spans:
                    in_url.extend(j for j in range(n, len(words))
                                  if any(a <= where[j] < b for a, b in spans))
    word_code, vocab = pd.factorize(np.asarray(words, dtype=object), sort=False)
    first = np.cumsum(count) - count  # first flattened token of each distinct chunk
    per_chunk = count[chunk_code]
    chunk_of = np.repeat(np.arange(len(chunk_code)), per_chunk)
    flat = np.repeat(first[chunk_code] - (np.cumsum(per_chunk) - per_chunk), per_chunk) + np.arange(len(chunk_of))
    tok_start = chunk_start[chunk_of] + np.asarray(where, dtype=np.int64)[flat]
    url = np.zeros(len(words), dtype=bool)
    url[in_url] = True
    return word_code[flat], np.asarray(vocab, dtype=object), tok_start, url[flat]


def _token_arrays(sents: pd.DataFrame, repairs: pd.DataFrame | None, options: dict, *,
                  texts: list[str] | None = None, norms: bool = True,
                  fixes: dict[tuple[str, int], list[tuple]] | None = None) -> dict:
    """The tokens of ``sents`` (sorted by article and sentence, fresh index) as arrays: ``sent`` (row of
    ``sents``), the integer columns, ``codes`` into ``vocab`` (distinct tokens kept) and ``norms`` (the
    norm of each vocab entry; None unless ``norms``). ``texts``: the sentences' texts as a list of str,
    when ``sents`` has no ``text`` column; ``fixes``: :func:`sentence_repairs` of ``sents`` and
    ``repairs`` when the caller has them (``repairs`` is then unused)."""
    if texts is None:
        texts = sents["text"].astype(str).tolist()
    # All sentences joined by newlines (no token spans white space), then vectorized bookkeeping.
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    codes, vocab, tok_start, url = _split_tokens("\n".join(texts))
    vocab_len = np.fromiter(map(len, vocab), dtype=np.int64, count=len(vocab))
    tok_len = vocab_len[codes]
    # Tokens are in text order: each sentence's first token is found by a search per sentence (not one per
    # token), and the sentences are repeated over their runs of tokens.
    first_of_sent = np.searchsorted(tok_start, starts[:len(texts)], side="left")  # (starts is [0] for no text)
    sent = np.repeat(np.arange(len(texts)), np.diff(first_of_sent, append=len(tok_start)))
    token_no = np.arange(len(tok_start)) - first_of_sent[sent]
    keep_kind = {"word": True, "number": options.get("numbers", False), "punct": options.get("punctuation", False)}
    # a token of letters only is a word (token_kind's first test), told at C speed
    keep_vocab = np.fromiter((keep_kind["word" if w.isalpha() else token_kind(w)] for w in vocab), dtype=bool,
                             count=len(vocab))
    idx = np.flatnonzero(keep_vocab[codes] & ~url)  # web addresses are never words
    codes, sent, tok_len = codes[idx], sent[idx], tok_len[idx]
    offset = tok_start[idx] - starts[sent]
    base = sents["start"].to_numpy(dtype=np.int64)[sent]
    src_start, src_end = base + offset, base + offset + tok_len
    aid = sents["article_id"].to_numpy(dtype=object)
    sno = sents["sentence_no"].to_numpy(dtype=np.int64)
    if fixes is None:
        fixes = sentence_repairs(sents, repairs)
    if fixes:
        fixed = np.zeros(len(sents), dtype=bool)
        # Row of each sentence with repairs (the last row with its key), looked up among their articles only.
        rows = np.flatnonzero(pd.Index(aid).isin({key[0] for key in fixes}))
        pos = {key: int(i) for i, key in zip(rows.tolist(), zip(aid[rows].tolist(), sno[rows].tolist(), strict=True),
                                             strict=True)}
        first_fix = np.zeros(len(sents), dtype=np.int64)  # where the sentence's first repair starts
        for key, reps in fixes.items():
            fixed[pos[key]] = True
            first_fix[pos[key]] = min(int(r[0]) for r in reps)
        # A token that ends before its sentence's first repair keeps base + offset (source_offset's own
        # answer there): only the tokens in or after a repair are mapped one by one.
        walked = {key: _sorted_repairs(reps) for key, reps in fixes.items()}
        for j in np.flatnonzero(fixed[sent] & (src_end > first_fix[sent])).tolist():
            si = sent[j]
            reps, b = walked[(aid[si], int(sno[si]))], int(base[j])
            src_start[j] = _offset_through(int(offset[j]), b, reps)
            src_end[j] = _offset_through(int(offset[j] + tok_len[j]), b, reps, True)
    out = {"sent": sent, "sentence_no": sno[sent], "token_no": token_no[idx], "start": src_start,
           "end": src_end, "offset": offset, "length": tok_len, "codes": codes, "vocab": vocab, "norms": None}
    if norms:
        norm_of = normalizer(lower=options.get("lower", True), stem=options.get("stem", False),
                             lemmatize=options.get("lemmatize", False))
        out["norms"] = [norm_of(w) if k else "" for w, k in zip(vocab.tolist(), keep_vocab.tolist(), strict=True)]
    return out


def tokenize(sentences: pd.DataFrame, repairs: pd.DataFrame | None = None, *, lower: bool = True,
             numbers: bool = False, punctuation: bool = False, stem: bool = False,
             lemmatize: bool = False) -> pd.DataFrame:
    """The ``tokens`` table of the story sentences.

    ``sentences`` is the corpus's sentences table (its ``text`` is tokenized); ``repairs`` its repairs
    table, used to map offsets back to the source. ``numbers``/``punctuation`` keep number and
    punctuation tokens (left out by default). Left-out tokens still take a ``token_no``, so a gap in
    ``token_no`` marks where a comma or a number stood: n-grams never span one.
    The tokens of web addresses (URLs, bare domains and file names, e-mail addresses, @handles: see
    :func:`url_spans`) are always left out: "https", "www", "com" or "jpg" are never words.
    ``lower``, ``stem`` and ``lemmatize`` shape ``norm`` (see :func:`normalizer`).

    Returns columns: article_id, sentence_no, token_no, start, end (offsets into the decoded source),
    token (as written in the analysis text), norm, offset (where the token starts in ``sentences.text``).
    Rows are in reading order. article_id, token and norm are categoricals (sorted categories), the
    other columns int32: see the ``tokens`` entry of :mod:`presslens.schema`.
    """
    schema.check(sentences, "sentences")
    if sentences.empty:
        return _empty_tokens()
    options = {"lower": lower, "numbers": numbers, "punctuation": punctuation, "stem": stem,
               "lemmatize": lemmatize}
    sents = sentences.sort_values(["article_id", "sentence_no"], kind="stable").reset_index(drop=True)
    a = _token_arrays(sents, repairs, options)
    art_of_sent, art_ids = pd.factorize(sents["article_id"].to_numpy(dtype=object), sort=False)
    block = _int_block(len(a["codes"]))
    for row, c in zip(block, _INT_COLUMNS, strict=True):
        row[:] = a[c]
    return _tokens_frame({"codes": a.pop("codes"), "art": art_of_sent[a.pop("sent")]}, art_ids, block, a["vocab"],
                         a["norms"])


def corpus_tokens(corpus, *, lower: bool = True, numbers: bool = False, punctuation: bool = False,
                  stem: bool = False, lemmatize: bool = False, cache=None, engine: str = "local",
                  workers: int | None = 0, scheduler: str | None = "", progress: bool | None = None) -> pd.DataFrame:
    """:func:`tokenize` on a corpus's sentences and repairs, as a cached per-article stage.

    Each article's tokens are kept in the cache folder (``cache``: a path, False for none, default
    PRESSLENS_CACHE_DIR) as one packed row (see ``_PACKED``) keyed by the article's sentences and
    repairs, the options and this module's code, and computed on every core or on Dask (``engine``, ``workers``, ``scheduler``; defaults from
    the environment, see :func:`presslens.cache.engine_options`). The table is exactly
    ``tokenize(corpus.sentences, corpus.repairs, ...)``.

    Returns the ``tokens`` table (as :func:`tokenize` gives it) — columns: article_id, sentence_no, token_no,
    start, end, token, norm, offset — in reading order.
    """
    from .cache import engine_options, store_for
    from .pipeline import run_stage

    options = {"lower": lower, "numbers": numbers, "punctuation": punctuation, "stem": stem,
               "lemmatize": lemmatize}
    schema.check(corpus.sentences, "sentences")
    stage = tokens_stage(**options)
    units, keys = article_units(stage, corpus.sentences, corpus.repairs)
    if not units:
        return _empty_tokens()
    tables = run_stage(stage, units, keys, store=store_for(stage, cache), progress=progress,
                       **engine_options(engine, workers, scheduler))
    del units, keys  # every sentence's text as a Python string: not kept while the table is built
    return _unpack(tables, options)


def tokens_stage(**options):
    """The per-article tokens stage for :func:`tokenize`'s ``options``; its version names this module's
    code and the options (and, with ``stem``, the shipped Russian stopword list)."""
    import functools

    from .pipeline import Stage, source_version

    opts = ",".join(f"{k}={options[k]}" for k in sorted(options))
    # stemmed norms depend on the shipped Russian stopwords too (left unstemmed, see normalizer)
    data = [Path(__file__).parent / "data" / "stopwords_ru.txt"] if options.get("stem") else []
    version = f"{source_version('tokens', data_files=data)}-{opts}"
    return Stage("tokens", version, functools.partial(_tokenize_units, options=dict(options)), (_PACKED,),
                 batch=True)


def article_units(stage, sentences: pd.DataFrame, repairs: pd.DataFrame | None) -> tuple[Sequence[tuple], list[str]]:
    """Per-article units of the sentences (sorted by article and sentence number) with the article's
    repairs, and their cache keys for ``stage``.

    A unit is ``(article_id, sentence_nos, paragraph_nos, starts, ends, texts, repairs)``, ``repairs`` a
    list of ``(start, end, raw, repaired)``. Units are made when asked for (a warm cache asks for none);
    the keys hash the sentences' numbers and offsets and their texts' UTF-8 bytes and lengths, taken from
    the text column's Arrow buffers when it has them, without making a Python string per sentence.
    """
    from .pipeline import article_runs, content_key, text_buffers

    if sentences.empty:
        return [], []
    aids = sentences["article_id"].astype(str).to_numpy(dtype=object)
    snos = sentences["sentence_no"].to_numpy(dtype=np.int64)
    if len(aids) > 1 and not bool(((aids[1:] > aids[:-1]) | ((aids[1:] == aids[:-1]) & (snos[1:] > snos[:-1]))).all()):
        sentences = sentences.sort_values(["article_id", "sentence_no"], kind="stable")  # a corpus's are sorted
        aids = sentences["article_id"].astype(str).to_numpy(dtype=object)
    ints = np.column_stack([sentences[c].to_numpy(dtype=np.int64) for c in ("sentence_no", "paragraph_no", "start", "end")])
    texts, data, offsets = text_buffers(sentences["text"])
    sizes = np.diff(offsets)
    fixes = article_repairs(repairs)
    bounds = article_runs(sentences["article_id"]).tolist()
    cuts = offsets[bounds].tolist()
    keys = []
    for a, b, lo, hi in zip(bounds[:-1], bounds[1:], cuts[:-1], cuts[1:], strict=True):
        # the sentences' numbers and offsets as int64 bytes, their texts' lengths and bytes, the repairs
        keys.append(content_key(stage, aids[a], ints[a:b].tobytes(), sizes[a:b].tobytes(), data[lo:hi],
                                "\x1f".join(f"{s}:{e}:{r}:{f}" for s, e, r, f in fixes.get(aids[a], []))))
    return _TokenUnits([str(aids[a]) for a in bounds[:-1]], bounds, texts, ints, fixes), keys


def article_repairs(repairs: pd.DataFrame | None) -> dict[str, list[tuple]]:
    """Each article's glued-word repairs, ``{article_id: [(start, end, raw, repaired), ...]}`` in table
    order, as the per-article units carry them."""
    fixes: dict[str, list[tuple]] = {}
    if repairs is not None and len(repairs):
        for rec in zip(repairs["article_id"].astype(str).tolist(), repairs["start"].astype("int64").tolist(),
                       repairs["end"].astype("int64").tolist(), repairs["raw"].astype(str).tolist(),
                       repairs["repaired"].astype(str).tolist(), strict=True):
            fixes.setdefault(rec[0], []).append(tuple(rec[1:]))
    return fixes


class _TokenUnits(ArticleUnits):
    """The units of :func:`article_units`, each made when asked for: the article's texts as
    :class:`~presslens.pipeline.ArticleUnits` gives them, with its numbers, offsets and repairs."""

    def __init__(self, aids: list[str], bounds: list[int], texts, ints: np.ndarray, fixes: dict[str, list[tuple]]):
        super().__init__(aids, bounds, texts)
        self.ints, self.fixes = ints, fixes

    def _unit(self, i: int):
        aid, texts = super()._unit(i)
        a, b = self.bounds[i], self.bounds[i + 1]
        return (aid, *self.ints[a:b].T.tolist(), texts, self.fixes.get(aid, []))


# The tokens stage keeps one row per article (not per token): a unit key per token row made reading the
# cache back cost more than tokenizing. The row holds the article's tokens as text (one per line: no
# token holds a newline), their norms too when stemmed or lemmatized (else they are recomputed from the
# distinct tokens when read back, which is cheaper), and its integers packed little-endian (int32):
#   sents  (sentence_no, tokens in it, sentence start) for each sentence with a token;
#   ints   (token_no, offset) for each token;
#   fixes  (token index in the article, start, end) for each token whose source offsets are not
#          sentence start + offset (and + its length): the tokens in or after a glued-word repair.
_PACKED = "packed_tokens"
_I4 = np.dtype("<i4")


def _tokenize_units(keyed: list[tuple[str, tuple]], *, options: dict) -> dict[str, pd.DataFrame]:
    """The tokens stage's batch function: one packed row (with ``_key``) per unit (see ``_PACKED``)."""
    # the texts stay a list of str: a text column would be made an Arrow string column, to be turned back
    cols: dict[str, list] = {c: [] for c in ("article_id", "sentence_no", "paragraph_no", "start", "end")}
    all_texts: list[str] = []
    fixed: dict[tuple[str, int], list[tuple]] = {}
    for _, (aid, snos, pnos, starts, ends, texts, fixes) in keyed:
        cols["article_id"].extend([aid] * len(snos))
        for c, v in zip(("sentence_no", "paragraph_no", "start", "end"), (snos, pnos, starts, ends), strict=True):
            cols[c].extend(v)
        all_texts.extend(texts)
        if fixes:
            _unit_sentence_repairs(aid, snos, starts, ends, fixes, fixed)
    sents = pd.DataFrame(cols).astype({c: "int64" for c in ("sentence_no", "paragraph_no", "start", "end")})
    a = _token_arrays(sents, None, options, texts=all_texts, norms=_norms_stored(options),
                      fixes=fixed)  # a unit's texts are str (text_buffers)
    sent, codes = a["sent"], a["codes"]
    norm_vocab = None
    if _norms_stored(options):
        norm_vocab = np.asarray(a["norms"], dtype=object)
        if any("\n" in w for w in norm_vocab[np.unique(codes)].tolist()):
            raise ValueError("a norm holds a line break; the tokens cache cannot keep it (check the lemmatizer)")
    base = sents["start"].to_numpy(dtype=np.int64)[sent]
    plain_start = base + a["offset"]
    fixed = (a["start"] != plain_start) | (a["end"] != plain_start + a["length"])
    # Sentences with tokens: where each starts among the tokens, and how many it has.
    sent_first = np.flatnonzero(np.r_[True, sent[1:] != sent[:-1]]) if len(sent) else np.empty(0, np.int64)
    sent_rows = sent[sent_first]
    sent_count = np.diff(np.r_[sent_first, len(sent)])
    sent_table = np.column_stack([sents["sentence_no"].to_numpy()[sent_rows], sent_count,
                                  sents["start"].to_numpy()[sent_rows]]).astype(_I4)
    ints = np.column_stack([a["token_no"], a["offset"]]).astype(_I4)
    # Rows of sents and of tokens where each unit begins (units are in sents order, one article each).
    unit_sents = np.cumsum([0] + [len(u[1]) for _, u in keyed])
    tok_bounds = np.searchsorted(sent, unit_sents, side="left")
    st_bounds = np.searchsorted(sent_rows, unit_sents, side="left")
    rows = {"_key": [], "article_id": [], "n": [], "sents": [], "ints": [], "fixes": []}
    for k, (key, unit) in enumerate(keyed):
        lo, hi = int(tok_bounds[k]), int(tok_bounds[k + 1])
        fix = np.flatnonzero(fixed[lo:hi])
        rows["_key"].append(key)
        rows["article_id"].append(unit[0])
        rows["n"].append(hi - lo)
        rows["sents"].append(sent_table[st_bounds[k]:st_bounds[k + 1]].tobytes())
        rows["ints"].append(ints[lo:hi].tobytes())
        rows["fixes"].append(np.column_stack([fix, a["start"][lo:hi][fix], a["end"][lo:hi][fix]]).astype(_I4).tobytes())
    rows["tokens"] = _unit_lines(a["vocab"], codes, tok_bounds)
    rows["norms"] = _unit_lines(norm_vocab, codes, tok_bounds) if norm_vocab is not None else [""] * len(keyed)
    columns = ["_key", "article_id", "n", "tokens", "norms", "sents", "ints", "fixes"]
    return {_PACKED: pd.DataFrame({c: rows[c] for c in columns}).astype({"n": np.int64})}


def _unit_sentence_repairs(aid: str, snos: list[int], starts: list[int], ends: list[int], repairs: list[tuple],
                           out: dict[tuple[str, int], list[tuple]]) -> None:
    """:func:`sentence_repairs` for one unit (an article's sentences and its repairs), added to ``out``:
    each repair goes to every sentence whose source span holds it, in the order of the repairs.

    Read from the unit, which carries its article's repairs, not from a table of the batch's repairs
    merged with its sentences (a merge, a rename and a filter of pandas per batch). Sentences in reading
    order (starts and ends not decreasing, as a parse gives them) are found by bisection; others by a
    scan of them all."""
    from bisect import bisect_left, bisect_right

    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False)) and \
        all(a <= b for a, b in zip(ends, ends[1:], strict=False))
    for rep in repairs:
        r_start, r_end = int(rep[0]), int(rep[1])
        if ordered:  # the sentences with start <= r_start and end >= r_end: a run of them
            rows = range(bisect_left(ends, r_end), bisect_right(starts, r_start))
        else:
            rows = [j for j, (a, b) in enumerate(zip(starts, ends, strict=True)) if a <= r_start and r_end <= b]
        for j in rows:
            out.setdefault((aid, int(snos[j])), []).append((r_start, r_end, rep[2], rep[3]))


def _unit_lines(vocab: np.ndarray, codes: np.ndarray, bounds: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """Each unit's words, ``vocab[codes]`` from ``bounds[k]`` to ``bounds[k + 1]``, one per line: the
    packed row's text column, as the frame's string column holds it (Arrow large strings).

    Joined by Arrow in C (a take of the distinct words, then a join per unit), not made a Python string
    per token, joined per unit, then copied into Arrow by the frame. (A word that is not UTF-8, a lone
    surrogate, raises here as the frame raised on it.)"""
    import pyarrow as pa
    import pyarrow.compute as pc

    words = pa.array(vocab, type=pa.large_string())
    units = pa.LargeListArray.from_arrays(pa.array(bounds, type=pa.int64()), words.take(pa.array(codes)))
    return pd.array(pc.binary_join(units, pa.scalar("\n", type=pa.large_string())), dtype="str")


def _norms_stored(options: dict) -> bool:
    return bool(options.get("stem") or options.get("lemmatize"))


def _split_lines(texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The lines of all ``texts`` in order, as codes into the distinct lines (first appearance order)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.chunked_array([pa.array(texts.to_numpy(dtype=object), type=pa.large_string())]) \
        if texts.dtype == object else pa.chunked_array(pa.array(texts))
    lines = pc.list_flatten(pc.split_pattern(arr, "\n"))
    enc = pc.dictionary_encode(lines).combine_chunks()
    return enc.indices.to_numpy(zero_copy_only=False), np.asarray(enc.dictionary.to_pylist(), dtype=object)


def _unpack(tables: dict[str, pd.DataFrame], options: dict) -> pd.DataFrame:
    """The tokens table from the tokens stage's packed rows (one per article, in reading order), taken out
    of ``tables`` (the stage's output): the rows are let go of once read, before the table is made."""
    packed = tables.pop(_PACKED)
    if packed.empty or "n" not in packed.columns:
        return _empty_tokens()
    packed = packed[packed["n"].to_numpy() > 0]
    if packed.empty:
        return _empty_tokens()
    n = packed["n"].to_numpy(dtype=np.int64)
    sents = np.frombuffer(b"".join(packed["sents"]), dtype=_I4).reshape(-1, 3)
    count = sents[:, 1].astype(np.int64)
    ints = np.frombuffer(b"".join(packed["ints"]), dtype=_I4).reshape(-1, 2)
    codes, vocab = _split_lines(packed["tokens"])
    if _norms_stored(options):
        norm_codes, norm_vocab = _split_lines(packed["norms"])
        # The norm of each distinct token (a token has one norm).
        norm_of = np.zeros(len(vocab), dtype=np.int64)
        norm_of[codes] = norm_codes
        norms = norm_vocab[norm_of]
    else:
        norm = normalizer(lower=options.get("lower", True))
        norms = [norm(w) for w in vocab.tolist()]
    n_fix = np.fromiter((len(f) for f in packed["fixes"]), dtype=np.int64, count=len(packed)) // (3 * _I4.itemsize)
    fixes = np.frombuffer(b"".join(packed["fixes"]), dtype=_I4).reshape(-1, 3).astype(np.int64) \
        if n_fix.any() else None
    art_ids = packed["article_id"].to_numpy(dtype=object)
    del packed  # all read: the packed rows go before the table's columns are made
    # Offsets fit int32 (the block's type): start = sentence start + offset, end = start + length.
    block = _int_block(len(codes))
    sentence_no, token_no, start, end, offset = block
    sentence_no[:] = np.repeat(sents[:, 0], count)
    token_no[:], offset[:] = ints[:, 0], ints[:, 1]
    del ints
    start[:] = np.repeat(sents[:, 2], count)
    start += offset
    vocab_len = np.fromiter(map(len, vocab), dtype=_INT, count=len(vocab))
    np.add(start, vocab_len[codes], out=end)
    if fixes is not None:
        at = fixes[:, 0] + np.repeat(np.cumsum(n) - n, n_fix)
        start[at], end[at] = fixes[:, 1], fixes[:, 2]
    parts = {"codes": codes, "art_runs": n}
    del codes  # _tokens_frame holds the only reference, and lets go of it once the column's codes are made
    return _tokens_frame(parts, art_ids, block, vocab, norms)


def words_total(tokens: pd.DataFrame) -> int:
    """Tokens that are words or numbers (punctuation kept in the table is not counted)."""
    return int(_is_wordlike(tokens["norm"]).sum())


def _is_wordlike(norm: pd.Series) -> pd.Series:
    vocab = norm.cat.categories if isinstance(norm.dtype, pd.CategoricalDtype) else pd.unique(norm.to_numpy())
    ok = {w: any(ch.isalnum() for ch in str(w)) for w in vocab}
    return norm.map(ok).astype(bool)


__all__ = ["TOKEN_PATTERN", "URL_PATTERN", "article_repairs", "article_units", "corpus_tokens", "fold", "normalizer", "read_word_list", "sentence_repairs", "source_offset",
           "split_words", "stopwords", "to_source", "token_kind", "tokenize", "tokenizer", "tokens_stage", "url_spans",
           "words_total"]
