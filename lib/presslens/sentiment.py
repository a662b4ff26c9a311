"""Sentiment of the story text with VADER: sentences, paragraphs, articles, targets and time.

The instrument is nltk's VADER (:class:`nltk.sentiment.vader.SentimentIntensityAnalyzer`) with the
lexicon shipped inside the pinned ``vaderSentiment`` package (``vader_lexicon.txt``), read from the
package's files: nothing is downloaded and nothing is read from ``nltk_data``. The lexicon's name,
version and sha256 travel with every output (``DataFrame.attrs["sentiment"]`` and
:func:`sentiment_metadata`), so a result can be reproduced.

Only story text is scored: the ``sentences`` table of a corpus (captions, credits and boilerplate are
not in it; :func:`score_corpus` also drops any sentence overlapping such a segment, as a guard).

Only English is scored: VADER's lexicon and rules are English, so a Russian sentence has no lexicon word
and would score exactly 0.0, "neutral", pulling every mean it enters toward 0. :func:`score_corpus` gives
the sentences of an article whose ``language`` (articles table, :mod:`presslens.language`) is not English
NaN scores instead; every aggregate leaves NaN out, and :func:`not_scored` / :func:`not_scored_note` say
how many articles and sentences were left out and why.

Caveat: VADER was built and validated on social-media text. Its own paper (Hutto & Gilbert 2014)
reports r = 0.88 against human ratings on tweets but only r = 0.49 on New York Times editorial
sentences; on news and diplomatic prose it is a rough instrument (run ``python -m presslens.eval
sentiment DIR`` for the figures with this lexicon). Read differences between groups together with
their counts and intervals.

>>> round(polarity("I love it.")["compound"], 4)
0.6369
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import functools
import hashlib
import importlib.metadata
import importlib.resources
import itertools
import math
import multiprocessing
import operator
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

from . import cores, schema
from .pipeline import arrow_text, gc_paused, plain_texts, sentence_units, unit_rows
from .progress import progress_bar

__all__ = [
    "BUILTIN_TARGETS", "CAVEAT", "LEVELS", "NEG_THRESHOLD", "POS_THRESHOLD", "SCORE_COLUMNS",
    "SCORED_LANGUAGES", "add_article_info", "aggregate", "analyzer", "article_sentiment", "classify",
    "extremes", "domain_rules", "lexicon_info", "lexicon_text", "load_targets", "metadata_table", "not_scored",
    "not_scored_note", "plot_by_source", "plot_over_time",
    "plot_targets", "polarity", "score_corpus", "score_paragraphs", "sentence_units", "sentiment_stage", "score_sentences", "score_texts",
    "score_titles", "sentiment_metadata", "sentiment_over_time", "story_sentences", "t_interval",
    "target_mentions", "target_sentiment", "target_stage", "targets_source", "units_at",
]

LEXICON_PACKAGE = "vaderSentiment"
LEXICON_FILE = "vader_lexicon.txt"
DOMAIN_FILE = "vader_domain.txt"  # presslens's domain adjustments (data/vader_domain.txt), see domain_rules
SCORE_COLUMNS = ["neg", "neu", "pos", "compound"]

# VADER's own convention (its README): compound >= 0.05 is positive, <= -0.05 negative, else neutral.
POS_THRESHOLD = 0.05
NEG_THRESHOLD = -0.05

# Below this many distinct texts, scoring runs in this process: a pool of 2 forked workers costs about
# 50 ms to start and VADER about 0.25 ms a sentence, so parallel scoring pays off from roughly 1,000.
MIN_PARALLEL = 1000

# Languages VADER's lexicon can score (articles.language); other articles' sentences get NaN scores.
SCORED_LANGUAGES = ("en",)

# Segment kinds that are never story text; a sentence overlapping one is not scored (see score_corpus).
NEVER_SCORED = ("caption", "credit", "boilerplate")

CAVEAT = (
    "Lexicon sentiment on news and diplomatic prose is a rough instrument. VADER was built for social-media "
    "text: its own paper reports a correlation with human ratings of r = 0.88 on tweets but only r = 0.49 on "
    "New York Times editorial sentences. Diplomatic wording (\"friendship\", \"cooperation\", \"mutual trust\") "
    "scores as positive whoever uses it and whatever it hides, and sarcasm, quotation and reported speech are "
    "not understood. Compare groups only where the counts are large and the intervals do not overlap."
)

# A small list of targets for the China-Russia sample when no gazetteer is given.
BUILTIN_TARGETS: dict[str, list[str]] = {
    "Xi Jinping": ["Xi Jinping", "Xi"],
    "Vladimir Putin": ["Vladimir Putin", "Putin"],
    "China": ["China", "Beijing", "PRC"],
    "Russia": ["Russia", "Moscow", "Kremlin", "Russian Federation"],
    "United States": ["United States", "US", "U.S.", "USA", "Washington"],
    "Ukraine": ["Ukraine", "Kyiv", "Kiev"],
}

# --- the instrument -------------------------------------------------------------------------------


@functools.cache
def lexicon_text() -> str:
    """The text of ``vader_lexicon.txt`` from the installed ``vaderSentiment`` package (trailing newlines
    dropped: nltk's parser expects every line to hold an entry)."""
    return _lexicon_bytes().decode("utf-8").rstrip("\r\n")


def _lexicon_bytes() -> bytes:
    try:
        return importlib.resources.files(LEXICON_PACKAGE).joinpath(LEXICON_FILE).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as e:
        raise RuntimeError(f"cannot read {LEXICON_FILE} from the {LEXICON_PACKAGE} package ({e}); "
                           f"install it with `pip install vaderSentiment==3.3.2`") from e


class DomainRules:
    """The domain adjustments of ``data/vader_domain.txt``: ``words`` (word -> valence everywhere; 0
    removes the word from the lexicon) and ``context`` (word -> rules ``(valence, kind, words)``, kind
    'before', 'after' or 'negated'), read from lines ``word<TAB>valence[<TAB>kind[<TAB>w1|w2]]<TAB># reason``.
    """

    def __init__(self, text: str):
        self.words: dict[str, float] = {}
        self.context: dict[str, list[tuple[float, str, frozenset[str]]]] = {}
        self.n_rules = 0
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rule, _, reason = line.partition("#")
            fields = [f.strip() for f in rule.split("\t") if f.strip()]
            if len(fields) < 2 or not reason.strip() or (len(fields) > 2 and fields[2] not in
                                                          ("before", "after", "negated")):
                raise ValueError(f"{DOMAIN_FILE} line {n}: expected word<TAB>valence[<TAB>before|after|negated"
                                 f"[<TAB>w1|w2]]<TAB># reason, got {line!r}")
            word, valence = fields[0].lower(), float(fields[1])
            if len(fields) == 2:
                self.words[word] = valence
            else:
                self.context.setdefault(word, []).append(
                    (valence, fields[2], frozenset(fields[3].lower().split("|")) if len(fields) > 3 else frozenset()))
            self.n_rules += 1

    def lexicon(self, lexicon: dict[str, float]) -> dict[str, float]:
        """``lexicon`` with the word rules applied (a word of valence 0 removed)."""
        out = {k: v for k, v in lexicon.items() if self.words.get(k, 1) != 0}
        out.update({k: v for k, v in self.words.items() if v != 0})
        return out


def _domain_bytes() -> bytes:
    return importlib.resources.files("presslens").joinpath("data", DOMAIN_FILE).read_bytes()


@functools.cache
def domain_rules() -> DomainRules:
    """The domain adjustments applied to VADER for every user (``data/vader_domain.txt``, each rule with
    its reason): words that are topics, not feelings, in news on politics, security and energy
    ("security"; "crude" before "oil"; "united" in "United States"; "no" in "no limits") and words whose
    negation VADER turns into praise ("did not condemn")."""
    return DomainRules(_domain_bytes().decode("utf-8"))


@functools.cache
def lexicon_info() -> dict:
    """Name, package, version, sha256 and size (lines, distinct entries) of the lexicon in use, and the
    analyzer and nltk version that read it."""
    data = _lexicon_bytes()
    return {
        "lexicon": LEXICON_FILE,
        "lexicon_package": LEXICON_PACKAGE,
        "lexicon_version": importlib.metadata.version(LEXICON_PACKAGE),
        "lexicon_sha256": hashlib.sha256(data).hexdigest(),
        "lexicon_lines": sum(1 for line in lexicon_text().split("\n") if line.strip()),
        "lexicon_entries": len(analyzer().lexicon),  # distinct words: a repeated word keeps its last line
        "domain_file": DOMAIN_FILE,
        "domain_sha256": hashlib.sha256(_domain_bytes()).hexdigest(),
        "domain_rules": domain_rules().n_rules,
        "analyzer": "nltk.sentiment.vader.SentimentIntensityAnalyzer",
        "nltk_version": importlib.metadata.version("nltk"),
    }


# A quotation mark closing a quotation after its punctuation ('positive,"', 'disaster.”') is read as a space
# before scoring. nltk finds a word in a token only when the punctuation after it is one mark of its list or a
# run of ! and ?: the word that ends a quotation kept ',"' and was no lexicon word, so news quotes lost their
# last word's tone. A quoted word without punctuation inside the marks (scare quotes: the "peace" plan) is
# left as it was.
_QUOTE_CLOSE = re.compile(r'(?<=[.,!?;:])["”»]+')
# Where _QUOTE_CLOSE can match, found without its look-behind: a pattern opening with a look-behind makes the
# engine run its program at every position, one opening with a class skips in C to the next candidate.
_QUOTE_CLOSE_AT = re.compile(r'[.,!?;:]["”»]')
# A quotation of two words or more closed right before the sentence's punctuation ('was "very worrying".',
# British and wire style) loses its last word the same way: that closing mark is read as a space too. A quoted
# single word ('called the timing "provocative".') stays a scare quote, left as nltk reads it.
_QUOTE_PHRASE_CLOSE = re.compile(r'(["“«](?=[^"“”«»\s]*+\s)[^"“”«»\n]*+)(?<=[^\W_])["”»](?=[.,!?;:])')


def _quote_reading(text: str) -> str:
    """``text`` with the closing quotation marks nltk would glue to a quotation's last word read as spaces."""
    if '"' not in text and "”" not in text and "»" not in text:  # both patterns need a closing mark
        return text
    if _QUOTE_CLOSE_AT.search(text) is not None:
        text = _QUOTE_CLOSE.sub(" ", text)
    if ('"' in text or "”" in text or "»" in text) and _QUOTE_PHRASE_CLOSE.search(text) is not None:
        text = _QUOTE_PHRASE_CLOSE.sub(r"\1 ", text)
    return text
_PUNCTUATION = string.punctuation  # what nltk's REGEX_REMOVE_PUNCTUATION removes
_HAS_PUNCTUATION = re.compile(f"[{re.escape(_PUNCTUATION)}]").search
_PUNC_SET = frozenset(VaderConstants.PUNC_LIST)


def _nltk_word(token: str) -> str | None:
    """The word nltk's ``SentiText.words_and_emoticons`` makes of ``token`` (one item of ``text.split()``),
    None for a token it drops (one character): the analyzer's reading of every token (:class:`_TokenInfo`).

    nltk builds, for every sentence, a dictionary of each of its words with each punctuation mark before
    and after (20 x 2 entries per word, most of its scoring time) and maps a token to ``word`` when it is
    ``run + word`` or ``word + run``, ``run`` one of ``PUNC_LIST`` and ``word`` one of ``words_only``: the
    sentence's tokens after every ASCII punctuation mark is removed, less those of one character. Such a
    ``word`` has no punctuation, so it is the token itself with its run removed, and that token puts it in
    ``words_only`` exactly when it is longer than one character: the test needs no ``words_only`` at all.
    A token with a run at both ends maps to itself (what is left keeps a mark). Tested equal to nltk's."""
    if len(token) <= 1:
        return None
    if token[-1] in _PUNCTUATION:  # a run after: token = word + run
        word = token.rstrip(_PUNCTUATION)
        if len(word) > 1 and token[len(word):] in _PUNC_SET and not _HAS_PUNCTUATION(word):
            return word
    elif token[0] in _PUNCTUATION:  # a run before: token = run + word
        word = token.lstrip(_PUNCTUATION)
        if len(word) > 1 and token[:len(token) - len(word)] in _PUNC_SET and not _HAS_PUNCTUATION(word):
            return word
    return token


class _Constants(VaderConstants):
    """nltk's constants; ``negated`` of one word (the only way the scoring rules call it) remembered per
    word. Same answers as nltk's method."""

    def __init__(self):  # noqa: D107
        super().__init__()
        self._negated_word: dict[str, bool] = {}

    def negated(self, input_words, include_nt=True):  # noqa: D102 - nltk's
        if len(input_words) != 1 or not include_nt:
            return super().negated(input_words, include_nt)
        word = input_words[0]
        known = self._negated_word.get(word)
        if known is None:
            if len(self._negated_word) > 200_000:  # a bound for endless vocabularies
                self._negated_word.clear()
            known = self._negated_word[word] = super().negated(input_words, include_nt)
        return known


def _columns(found: Sequence[tuple]) -> tuple[list[str], list[str]]:
    """A sentence's words and their lower case, from its tokens' infos (:class:`_TokenInfo`): made for a
    sentence only when a rule first needs them (rare), then kept for the others."""
    return [x[0] for x in found], [x[1] for x in found]


def _allcap_differential(words) -> bool:
    """nltk's ``SentiText.allcap_differential`` (``is_cap_diff``): some but not all of ``words`` are in
    capitals. Tested equal to nltk's."""
    allcap_words = sum(1 for w in words if w.isupper())
    return 0 < len(words) - allcap_words < len(words)


# The pairs of words that open one of nltk's idioms (SPECIAL_CASE_IDIOMS) or two-word boosters ("kind of"),
# as written (nltk compares the words as they stand), and their first words: see _idiom_near.
_IDIOM_PAIRS = frozenset(tuple(key.split(" ")[:2]) for key in (*VaderConstants.SPECIAL_CASE_IDIOMS,
                                                               *VaderConstants.BOOSTER_DICT) if " " in key)
_IDIOM_FIRSTS = frozenset(first for first, _second in _IDIOM_PAIRS)
_TOKEN_CACHE = 500_000  # bound on the tokens remembered per process (an endless vocabulary)


# The bits of a token's ``near`` (see _TokenInfo): its word can change the valence of a scored word up to
# three words after it in nltk's rules, or opens one of nltk's idioms or two-word boosters (_IDIOM_FIRSTS).
_NEAR_SPECIAL = 2
_NEAR_IDIOM = 1
_SCORED = operator.itemgetter(2)  # a token's info: whether its word is scored
_NEGATE = frozenset(VaderConstants.NEGATE)  # nltk's negations (see _TokenInfo)


class _Rounded(dict):
    """Float -> ``round(value, digits)``, remembered: the scores of most sentences are a few thousand
    values (a sentence's shares and compound depend only on its valences and word count), and ``round``
    with digits (a correctly rounded decimal conversion) cost a tenth of the scoring. The values rounded
    are never -0.0 (shares are ``fabs``, and a compound of 0 is 0.0 / x), which a dict would take for 0.0."""

    def __init__(self, digits: int):  # noqa: D107
        super().__init__()
        self.digits = digits

    def __missing__(self, value: float) -> float:
        if len(self) >= _TOKEN_CACHE:
            self.clear()
        out = self[value] = round(value, self.digits)
        return out


_ROUNDED_3, _ROUNDED_4 = _Rounded(3), _Rounded(4)


class _TokenInfo(dict):
    """Token (from ``str.split``) -> ``(word, word lower-cased, scored, near)`` as the analyzer reads it: the
    word nltk makes of the token (:func:`_nltk_word`), whether it is in the lexicon and not a booster (a
    word that goes through nltk's valence rules), and ``near``, the bits ``_NEAR_SPECIAL`` (standing among
    the three words before a lexicon word, it can change that word's valence in nltk's rules: a booster,
    ``scalar_inc_dec``; a negation, ``negated``, which ``_never_check`` asks; "never", "so" or "this",
    ``_never_check``; "least", ``_least_check``) and ``_NEAR_IDIOM`` (the word, as written, opens one of
    nltk's idioms or two-word boosters: :meth:`_PackagedLexiconAnalyzer._idiom_near` decides); ``()`` for
    a token nltk drops (one character). Each distinct token is worked out once per process."""

    def __init__(self, lexicon: Mapping[str, float], constants: VaderConstants):  # noqa: D107
        super().__init__()
        self.lexicon, self.constants = lexicon, constants

    def __missing__(self, token: str):
        word = _nltk_word(token)
        if word is None:
            info = ()
        else:
            low = word.lower()
            boosters = self.constants.BOOSTER_DICT
            # nltk's negated([low]): low in NEGATE or holding "n't" (after lower-casing low again, which changes
            # nothing; its third rule needs two words), without the call for every new token. Tested equal.
            special = (low in boosters or low in ("never", "so", "this", "least") or "n't" in low or low in _NEGATE)
            info = (word, low, low in self.lexicon and low not in boosters,
                    (_NEAR_SPECIAL if special else 0) | (_NEAR_IDIOM if word in _IDIOM_FIRSTS else 0))
        if len(self) >= _TOKEN_CACHE:
            self.clear()
        self[token] = info
        return info


class _PackagedLexiconAnalyzer(SentimentIntensityAnalyzer):
    """nltk's analyzer, its lexicon parsed by nltk's own ``make_lex_dict`` from the text we pass in.

    nltk's ``__init__`` only loads the file through ``nltk.data`` (which reads nltk_data), parses it and
    builds the constants; this does the same from a string. Scoring follows nltk's (3.10) code step for
    step (:meth:`scores`): nltk's reading of each token (:func:`_nltk_word`), remembered per token
    (:class:`_TokenInfo`), finds the same words faster; a word outside the lexicon, or a booster, is given
    the 0 that every branch of nltk's loop gives it without going through them, and a lexicon word with
    nothing before it that nltk's rules react to (``_TokenInfo``'s ``near``, :meth:`_idiom_near`) its
    lexicon valence, as those rules leave it; ``sentiment_valence`` (with ``scalar_inc_dec`` and
    ``_least_check``, :meth:`_valence`), ``_but_check`` and ``score_valence`` (:meth:`_score_valence`) are
    nltk's rules written out on words lower-cased once; the checks ``_never_check`` (with :class:`_Constants`) and
    ``_idioms_check`` are nltk's methods, untouched. Tested equal to nltk's own analyzer, once a quotation
    mark closing a quotation after its punctuation, or a quotation of two words or more right before it, is
    read as a space (:func:`_quote_reading`).
    """

    def __init__(self, lexicon: str, domain: DomainRules | None = None):  # noqa: D107 - mirrors nltk's __init__
        self.lexicon_file = lexicon
        self.lexicon = self.make_lex_dict()
        self.constants = _Constants()
        self.context = {}
        if domain is not None:  # presslens's domain adjustments: word rules edit the lexicon
            self.lexicon = domain.lexicon(self.lexicon)
            self.context = {w: r for w, r in domain.context.items() if w in self.lexicon}
        self._token_info = _TokenInfo(self.lexicon, self.constants)

    def _in_context(self, k: int, lowered: list[str]) -> float | None:
        """The valence a context rule of the domain gives the word at ``k`` here, or None."""
        for valence, kind, words in self.context[lowered[k]]:
            if kind == "before" and k + 1 < len(lowered) and lowered[k + 1] in words:
                return valence
            if kind == "after" and k > 0 and lowered[k - 1] in words:
                return valence
            if kind == "negated" and any(self.constants.negated([w]) for w in lowered[max(0, k - 3):k]):
                return valence
        return None

    def polarity_scores(self, text):
        """nltk's ``polarity_scores``: ``{"neg", "neu", "pos", "compound"}`` of ``text`` (see :meth:`scores`)."""
        neg, neu, pos, compound = self.scores(text)
        return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

    def scores(self, text) -> tuple[float, float, float, float]:
        """nltk's ``polarity_scores`` of ``text`` as a tuple (neg, neu, pos, compound).

        Every token of the text (``str.split``) is looked up once per process (:class:`_TokenInfo`): the
        word nltk makes of it (:func:`_nltk_word`), lower-cased, whether it is a scored lexicon word (in
        the lexicon, not a booster) and whether it may change a scored word's valence after it. A word not
        in the lexicon, or a booster, gets valence 0 in every branch of nltk's loop, so only the scored
        words go through the valence rules; a text without one scores as nltk scores all zeros (neutral,
        or nothing for a text without words). A scored word none of whose three preceding words can change
        its valence (a booster, a negation, "never", "so", "this" or "least": ``_TokenInfo``'s ``near``)
        and that no idiom or two-word booster can reach (:meth:`_idiom_near`) gets its lexicon valence
        (raised in capitals among words that are not), as nltk's rules leave it: each adds 0.0; the others
        go through :meth:`_valence`. nltk's ``_but_check`` and ``score_valence`` are applied to the non-zero
        valences only: a zero adds nothing to a sum started at 0 and is counted as neutral, as nltk counts
        it."""
        if isinstance(text, str):
            text = _quote_reading(text)
        else:  # nltk's SentiText: not a str, so (as nltk) no quotation reading
            text = str(text.encode("utf-8"))
        # the tokens' infos, the dropped tokens' () left out: map and filter run the loop in C (the
        # subscript of a dict subclass calls its __missing__ as info[t] does)
        found = list(filter(None, map(self._token_info.__getitem__, text.split())))
        if not found:  # no word: nltk's score_valence of no sentiments
            return (0.0, 0.0, 0.0, 0.0)
        # Only the scored words are looked at: the words' own columns (all words, all lower-cased) are made
        # for a sentence only when a rule needs them (rare), not for every sentence.
        flags = tuple(map(_SCORED, found))
        if True not in flags:  # nltk: every valence 0 (times 0.5 or 1.5 after a "but")
            return (0.0, 1.0, 0.0, 0.0)
        n = len(found)
        last = n - 1
        lexicon, context = self.lexicon, self.context
        words = lowered = cap_diff = None
        vals: list[tuple[int, float]] = []  # (position, valence) of the scored words, in order
        # nltk rates a word at the position of its first occurrence (list.index): every occurrence of a
        # scored word is scored, so its first is its first scored position (a dict, not list.index, keeps
        # a long text linear)
        first: dict[str, int] = {}
        for k in itertools.compress(range(n), flags):
            item, low, _scored, near = found[k]
            i = first.setdefault(item, k)
            if i < last and low == "kind" and found[i + 1][1] == "of":
                continue
            # the near bits of the three words before it (those of a word depend on the word alone)
            before = ((found[i - 1][3] if i else 0) | (found[i - 2][3] if i > 1 else 0)
                      | (found[i - 3][3] if i > 2 else 0))
            # nothing before it boosts or negates (no _NEAR_SPECIAL), and no idiom can reach it (no
            # _NEAR_IDIOM there or at it, else _idiom_near decides): nltk's loop adds 0.0 to its valence
            if (not before and not near & _NEAR_IDIOM) or (not before & _NEAR_SPECIAL
                                                           and not self._idiom_near(found, i)):
                v = lexicon[low]
                if item.isupper():
                    if cap_diff is None:
                        if words is None:
                            words, lowered = _columns(found)
                        cap_diff = _allcap_differential(words)
                    if cap_diff:
                        v = v + self.constants.C_INCR if v > 0 else v - self.constants.C_INCR
            else:
                if words is None:
                    words, lowered = _columns(found)
                if cap_diff is None:
                    cap_diff = _allcap_differential(words)
                v = self._valence(words, cap_diff, item, i, lowered)
            if context and low in context:
                if words is None:
                    words, lowered = _columns(found)
                c = self._in_context(k, lowered)
                if c is not None:
                    v = c
            vals.append((k, v))
        # nltk's _but_check, on the words lower-cased once: a word whose lower case is "but" leaves "but" in
        # the text's lower case (a pre-check, without the column of lower-cased words)
        if "but" in text.lower():
            if words is None:
                words, lowered = _columns(found)
            if "but" in lowered:
                bi = lowered.index("but")
                vals = [(k, v * 0.5 if k < bi else v * 1.5 if k > bi else v) for k, v in vals]
        return self._score_valence([v for _k, v in vals], n, text)

    def _score_valence(self, sentiments: list[float], n_words: int, text: str) -> tuple[float, float, float, float]:
        """nltk's ``score_valence`` (with ``_punctuation_emphasis`` and ``_sift_sentiment_scores``) of a text
        of ``n_words`` words whose valences are ``sentiments`` in order and 0 elsewhere: the same operations
        in the same order, the zeros (which add nothing and count as neutral) left out."""
        sum_s = float(sum(sentiments))
        ep_count = text.count("!")
        if ep_count > 4:
            ep_count = 4
        qm_count = text.count("?")
        qm_amplifier = 0
        if qm_count > 1:
            qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
        punct_emph_amplifier = ep_count * 0.292 + qm_amplifier
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        compound = sum_s / math.sqrt((sum_s * sum_s) + 15)  # VaderConstants.normalize
        pos_sum = 0.0
        neg_sum = 0.0
        neu_count = n_words
        for s in sentiments:
            if s > 0:
                pos_sum += float(s) + 1
                neu_count -= 1
            elif s < 0:
                neg_sum += float(s) - 1
                neu_count -= 1
        if pos_sum > math.fabs(neg_sum):
            pos_sum += punct_emph_amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punct_emph_amplifier
        total = pos_sum + math.fabs(neg_sum) + neu_count
        r3 = _ROUNDED_3
        return (r3[math.fabs(neg_sum / total)], r3[math.fabs(neu_count / total)], r3[math.fabs(pos_sum / total)],
                _ROUNDED_4[compound])

    def _idiom_near(self, found: Sequence[tuple], i: int) -> bool:
        """Whether nltk's ``_idioms_check`` could change the valence of the word at ``i`` (``found``: the
        sentence's words' infos, see :class:`_TokenInfo`): each sequence it looks up (of two or three words)
        starts with a pair among (i-3, i-2), (i-2, i-1), (i-1, i) and (i, i+1), so unless one of these
        pairs opens an idiom or a two-word booster, it changes nothing."""
        for j in range(max(0, i - 3), min(i + 1, len(found) - 1)):
            if found[j][3] & _NEAR_IDIOM and (found[j][0], found[j + 1][0]) in _IDIOM_PAIRS:
                return True
        return False

    def _valence(self, words: Sequence[str], cap_diff: bool, item: str, i: int, lowered: Sequence[str]) -> float:
        """nltk's ``sentiment_valence`` of the lexicon word ``item`` at ``i`` (``lowered``: the sentence's
        words lower-cased, which nltk lower-cases again at every look; ``cap_diff``: nltk's ``is_cap_diff``
        of ``words``, see :func:`_allcap_differential`): the same operations in the same order, with
        ``scalar_inc_dec`` and ``_least_check`` written out; ``_never_check`` and ``_idioms_check`` are
        nltk's."""
        lexicon, c = self.lexicon, self.constants
        valence = lexicon[lowered[i]]
        if item.isupper() and cap_diff:  # a sentiment word in capitals among others that are not
            if valence > 0:
                valence += c.C_INCR
            else:
                valence -= c.C_INCR
        boosters = c.BOOSTER_DICT
        for start_i in range(0, 3):
            j = i - (start_i + 1)
            if i > start_i and lowered[j] not in lexicon:
                s = 0.0  # scalar_inc_dec(words[j], valence, is_cap_diff)
                if lowered[j] in boosters:
                    s = boosters[lowered[j]]
                    if valence < 0:
                        s *= -1
                    if words[j].isupper() and cap_diff:
                        if valence > 0:
                            s += c.C_INCR
                        else:
                            s -= c.C_INCR
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._never_check(valence, words, start_i, i)
                if start_i == 2:
                    valence = self._idioms_check(valence, words, i)
        # _least_check
        if i > 1 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
            if lowered[i - 2] != "at" and lowered[i - 2] != "very":
                valence = valence * c.N_SCALAR
        elif i > 0 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
            valence = valence * c.N_SCALAR
        return valence


@functools.cache
def analyzer() -> SentimentIntensityAnalyzer:
    """The shared analyzer (built once per process)."""
    return _PackagedLexiconAnalyzer(lexicon_text(), domain_rules())


def polarity(text: str) -> dict[str, float]:
    """nltk's ``polarity_scores`` of one text: ``{"neg", "neu", "pos", "compound"}``."""
    return analyzer().polarity_scores(text)


def sentiment_metadata(*, pos_threshold: float = POS_THRESHOLD, neg_threshold: float = NEG_THRESHOLD,
                       **extra) -> dict:
    """Everything needed to reproduce a result: the lexicon (name, version, sha256), the analyzer and
    nltk version, the class thresholds, plus any ``extra`` settings given (level, period, targets...)."""
    return {**lexicon_info(), "pos_threshold": pos_threshold, "neg_threshold": neg_threshold,
            "languages_scored": ", ".join(SCORED_LANGUAGES) + " (VADER's lexicon is English; sentences of other "
                                "articles are not scored: NaN)", **extra}


def metadata_table(meta: Mapping) -> pd.DataFrame:
    """A metadata dict as a two-column table for saving. Returns columns: key, value."""
    return pd.DataFrame({"key": list(meta), "value": [str(v) for v in meta.values()]})


def _with_meta(df: pd.DataFrame, **extra) -> pd.DataFrame:
    df.attrs["sentiment"] = sentiment_metadata(**extra)
    return df


# --- scoring --------------------------------------------------------------------------------------


def _score_chunk(texts: list[str]) -> list[tuple[float, float, float, float]]:
    a = analyzer()
    out = []
    with gc_paused():
        for t in texts:
            out.append(a.scores(t))
    return out


def _pool_context():
    # fork shares the already-built analyzer with the workers and starts in milliseconds; spawn elsewhere.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def score_texts(texts: Iterable[str], *, processes: int | None = None, min_parallel: int = MIN_PARALLEL,
                progress: bool | None = None) -> pd.DataFrame:
    """VADER scores of each text, in input order, exactly as nltk's ``polarity_scores`` gives them.

    Identical texts are scored once and mapped back (syndicated copy repeats whole paragraphs). With at
    least ``min_parallel`` distinct texts and more than one process allowed (``processes``, default:
    the cores this process may use), the distinct texts are scored in worker processes; otherwise here.

    Returns columns: neg, neu, pos, compound (one row per input text, default index).
    """
    texts = [t if isinstance(t, str) else "" if t is None or pd.isna(t) else str(t) for t in texts]
    unique = list(dict.fromkeys(texts))
    n_proc = cores.workers_default() if processes is None else max(1, int(processes))
    n_proc = min(n_proc, max(1, len(unique) // 64))
    analyzer()  # build before forking, so workers inherit it
    if n_proc > 1 and len(unique) >= min_parallel:
        chunk = max(64, min(2000, len(unique) // (n_proc * 8) + 1))
        chunks = [unique[i : i + chunk] for i in range(0, len(unique), chunk)]
        try:
            with concurrent.futures.ProcessPoolExecutor(n_proc, mp_context=_pool_context()) as pool:
                parts = progress_bar(pool.map(_score_chunk, chunks), desc="sentiment", unit="chunk",
                                     total=len(chunks), enable=progress)
                scores = [s for part in parts for s in part]
        except (OSError, concurrent.futures.process.BrokenProcessPool):
            # no processes here (sandbox, resource limits): same scores, one core
            scores = _score_chunk(unique)
    else:
        scores = _score_chunk(progress_bar(unique, desc="sentiment", unit="text", total=len(unique),
                                           enable=progress if len(unique) >= min_parallel else False))
    by_text = dict(zip(unique, scores, strict=True))
    out = pd.DataFrame([by_text[t] for t in texts], columns=SCORE_COLUMNS, dtype="float64")
    return _with_meta(out, n_texts=len(texts), n_distinct=len(unique))


def score_sentences(sentences: pd.DataFrame, **options) -> pd.DataFrame:
    """Score every row of a ``sentences`` table (the story text) with VADER.

    ``options`` go to :func:`score_texts` (processes, min_parallel, progress).

    Returns the ``sentiment_sentences`` table — columns: article_id, sentence_no, start, end, text, neg,
    neu, pos, compound — in the input's order.
    """
    schema.check(sentences, "sentences")
    scores = score_texts(sentences["text"], **options)
    out = sentences[["article_id", "sentence_no", "start", "end", "text"]].reset_index(drop=True)
    out = pd.concat([out, scores], axis=1)
    return _with_meta(out[schema.columns("sentiment_sentences")], n_texts=scores.attrs["sentiment"]["n_texts"],
                      n_distinct=scores.attrs["sentiment"]["n_distinct"])


def story_sentences(sentences: pd.DataFrame, segments: pd.DataFrame, *,
                    exclude: Sequence[str] = NEVER_SCORED) -> pd.DataFrame:
    """The sentences that overlap no segment of the kinds in ``exclude`` (captions, credits,
    boilerplate by default). Returns the sentences table's columns (a new frame; with pandas' copy on
    write, the columns of ``sentences`` itself when none is left out)."""
    bad = segments[segments["kind"].isin(list(exclude))]
    if bad.empty or sentences.empty:
        return sentences.reset_index(drop=True)
    # every (sentence, excluded segment of its article) pair, overlap tested on whole columns
    codes, uniques = pd.factorize(pd.concat([sentences["article_id"], bad["article_id"]], ignore_index=True))
    s_code, b_code = codes[:len(sentences)], codes[len(sentences):]
    by_article = np.argsort(b_code, kind="stable")
    lo = np.searchsorted(b_code[by_article], s_code, side="left")
    hi = np.searchsorted(b_code[by_article], s_code, side="right")
    n = hi - lo
    rows = np.repeat(np.arange(len(sentences)), n)
    seg = by_article[np.repeat(lo, n) + (np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n))]
    s_start = sentences["start"].to_numpy(dtype="int64")[rows]
    s_end = sentences["end"].to_numpy(dtype="int64")[rows]
    b_start = bad["start"].to_numpy(dtype="int64")[seg]
    b_end = bad["end"].to_numpy(dtype="int64")[seg]
    hit = np.zeros(len(sentences), dtype=bool)
    hit[rows[(s_start < b_end) & (b_start < s_end)]] = True
    return sentences[~hit].reset_index(drop=True) if hit.any() else sentences.reset_index(drop=True)


def _scored_rows(sentences: pd.DataFrame, articles: pd.DataFrame | None,
                 languages: Sequence[str] = SCORED_LANGUAGES) -> np.ndarray:
    """Per row of ``sentences``: True when its article's language is one VADER scores (all True when the
    articles table has no ``language`` column, as a table made before it had one)."""
    if articles is None or "language" not in articles.columns or sentences.empty:
        return np.ones(len(sentences), dtype=bool)
    scored = articles["language"].fillna("").astype(str).isin(list(languages)).to_numpy()
    if scored.all():
        return np.ones(len(sentences), dtype=bool)
    ok = dict(zip(articles["article_id"].astype(str).tolist(), scored.tolist(), strict=True))
    aid = sentences["article_id"]
    return aid.map(ok).astype(object).fillna(True).to_numpy(dtype=bool)


def score_corpus(corpus, *, cache=None, engine: str = "local", workers: int | None = 0,
                 scheduler: str | None = "", progress: bool | None = None,
                 languages: Sequence[str] = SCORED_LANGUAGES, **options) -> pd.DataFrame:
    """:func:`score_sentences` on a corpus's story sentences, leaving out any sentence that overlaps a
    caption, credit or boilerplate segment (there should be none; ``attrs["sentiment"]["dropped"]``
    counts them).

    The sentences of an article whose ``language`` (articles table) is not one of ``languages`` (English:
    VADER's lexicon is English) are kept as rows but not scored: their four scores are NaN, which every
    aggregate of this module leaves out (see :func:`not_scored`); ``attrs["sentiment"]["not_scored"]``
    counts them.

    Scoring runs as a per-article stage (:func:`sentiment_stage`): each article's sentences are scored
    once and their scores kept in the cache folder (``cache``: a path, False for none, default
    PRESSLENS_CACHE_DIR), keyed by the article's sentence texts and the code and lexicon version, on every
    core or on Dask (``engine``, ``workers``, ``scheduler``; defaults from the environment, see
    :func:`presslens.cache.engine_options`). Identical sentences are scored once per process. The scores
    are exactly :func:`score_sentences`'s. ``options``: ``processes`` (as ``workers``).

    Returns the ``sentiment_sentences`` table — columns: article_id, sentence_no, start, end, text, neg, neu,
    pos, compound (NaN for a sentence not scored) — in the order of ``corpus.sentences``.
    """
    from .cache import engine_options, store_for
    from .pipeline import run_stage

    story = story_sentences(corpus.sentences, corpus.segments)
    schema.check(story, "sentences")
    if options.get("processes"):
        workers = workers or int(options.pop("processes"))
    stage = sentiment_stage()
    arrow = arrow_text(story["text"])
    as_text = arrow is not None
    scored_rows = _scored_rows(story, corpus.articles, languages)
    if scored_rows.all():
        units, keys = sentence_units(stage, story, texts=arrow)
    else:
        part = story[scored_rows].reset_index(drop=True)
        units, keys = sentence_units(stage, part, texts=arrow_text(part["text"]))
    out = pd.DataFrame({
        "article_id": story["article_id"].reset_index(drop=True) if story["article_id"].dtype == "str"
        else story["article_id"].astype(str).to_numpy(dtype=object).tolist(),
        "sentence_no": story["sentence_no"].to_numpy(dtype="int64"),
        "start": story["start"].to_numpy(dtype="int64"),
        "end": story["end"].to_numpy(dtype="int64"),
        "text": story["text"].reset_index(drop=True) if as_text else plain_texts(story["text"])})
    scores = np.zeros((len(out), 4)) if scored_rows.all() else np.full((len(out), 4), np.nan)
    if len(units):
        packed = run_stage(stage, units, keys, store=store_for(stage, cache), progress=progress,
                           **engine_options(engine, workers, scheduler))[_SCORES]
        blobs = packed["scores"].to_numpy(dtype=object)[unit_rows(keys, len(packed))]
        found = np.frombuffer(b"".join(blobs), dtype=_F8).reshape(-1, 4)
        if scored_rows.all():
            scores = found
        else:
            scores[scored_rows] = found
    for j, c in enumerate(SCORE_COLUMNS):
        out[c] = scores[:, j].copy()
    out = out[schema.columns("sentiment_sentences")]
    n_distinct = _distinct_texts(arrow) if as_text else len(set(out["text"].tolist()))
    return _with_meta(out, n_texts=len(out), n_distinct=n_distinct, dropped=len(corpus.sentences) - len(story),
                      not_scored=int((~scored_rows).sum()), languages=list(languages))


def not_scored(scored: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sentences left unscored (NaN compound: their article is not in English), per language.

    ``articles`` (the articles table) names each article's language; without it, or without its
    ``language`` column, they are counted under ''. Returns columns: language (code), name ('Russian',
    'unknown language'), n_articles, n_sentences, reason; no row when every sentence was scored.
    """
    from .language import LANGUAGE_NAMES

    cols = ["language", "name", "n_articles", "n_sentences", "reason"]
    left = scored.loc[scored["compound"].isna(), ["article_id"]].astype(str)
    if left.empty:
        return pd.DataFrame({c: pd.Series([], dtype="int64" if c.startswith("n_") else object) for c in cols})
    lang = pd.Series("", index=left.index, dtype=object)
    if articles is not None and "language" in articles.columns:
        by_id = dict(zip(articles["article_id"].astype(str), articles["language"].fillna("").astype(str), strict=True))
        lang = left["article_id"].map(by_id).fillna("")
    g = left.assign(language=lang).groupby("language", sort=True)
    out = g.agg(n_articles=("article_id", "nunique"), n_sentences=("article_id", "size")).reset_index()
    out["name"] = [LANGUAGE_NAMES.get(code, code) for code in out["language"]]
    out["reason"] = [f"in {LANGUAGE_NAMES.get(code, code)}: VADER's lexicon is English" if code
                     else "language unknown: VADER's lexicon is English" for code in out["language"]]
    out = out.sort_values(["n_articles", "language"], ascending=[False, True], kind="stable")
    return out[cols].astype({"n_articles": "int64", "n_sentences": "int64"}).reset_index(drop=True)


def not_scored_note(scored: pd.DataFrame, articles: pd.DataFrame | None = None) -> str:
    """One sentence for a report: how many articles and sentences were not scored, and why ("6 articles in
    Russian (65 sentences) not scored: VADER's lexicon is English; they are left out of every average.");
    '' when every sentence was scored."""
    rows = not_scored(scored, articles)
    if rows.empty:
        return ""

    def part(r) -> str:
        arts = f"{r.n_articles} article{'s' if r.n_articles != 1 else ''}"
        sents = f"{r.n_sentences} sentence{'s' if r.n_sentences != 1 else ''}"
        where = f"in {r.name}" if r.language else "in an unknown language"
        return f"{arts} {where} ({sents})"

    return (f"{'; '.join(part(r) for r in rows.itertuples(index=False))} not scored: VADER's lexicon is English; "
            f"they are left out of every average, figure and ranking.")


def _distinct_texts(arrow) -> int:
    """Distinct texts in a pyarrow string array without nulls, counted by Arrow's dictionary encoding (its
    hash table compares the texts' UTF-8 bytes in C): a fifth of the time of a 128-bit blake2b digest of
    each text in a Python set, and exact."""
    return len(arrow.dictionary_encode().dictionary)


# The stages keep one row per article, its numbers packed little-endian: a row per sentence or mention,
# each tagged with its unit's key, made reading the cache back cost more than the rows themselves.
_SCORES = "sentiment_scores"  # column scores: (neg, neu, pos, compound) of each sentence, float64
_F8 = np.dtype("<f8")
_I8 = np.dtype("<i8")


def sentiment_stage():
    """The per-article sentiment stage: one article's story sentence texts in, their VADER scores out.
    Its version names this module's code and the lexicon's sha256."""
    from .pipeline import Stage, source_version

    info = lexicon_info()
    version = f"{source_version('sentiment')}-{info['lexicon_sha256'][:16]}-{info['domain_sha256'][:16]}"
    return Stage("sentiment", version, _score_units, (_SCORES,), batch=True)


@functools.lru_cache(maxsize=200_000)
def _scores_of(text: str) -> tuple[float, float, float, float]:
    # one process scores a repeated sentence (syndicated copy) once
    return analyzer().scores(text)


def _score_units(keyed: list[tuple[str, tuple]]) -> dict[str, pd.DataFrame]:
    """The sentiment stage's batch function: one row per unit (with ``_key``), its sentences' scores
    packed."""
    blobs = [np.array([_scores_of(t) for t in texts], dtype=_F8).reshape(len(texts), 4).tobytes()
             for _key, (_aid, texts) in keyed]
    return {_SCORES: pd.DataFrame({"scores": blobs, "_key": [key for key, _ in keyed]})}


def score_paragraphs(sentences: pd.DataFrame, **options) -> pd.DataFrame:
    """Score each story paragraph as one text (its sentences joined by a space).

    VADER's compound saturates towards +-1 on long texts (it normalizes a sum), so paragraph scores run
    more extreme than sentence scores; compare paragraphs with paragraphs.

    Returns columns: article_id, paragraph_no, start, end, n_sentences, text, neg, neu, pos, compound.
    """
    schema.check(sentences, "sentences")
    ordered = sentences.sort_values(["article_id", "paragraph_no", "sentence_no"], kind="stable")
    paras = (ordered.groupby(["article_id", "paragraph_no"], sort=False)
             .agg(start=("start", "min"), end=("end", "max"), n_sentences=("sentence_no", "size"),
                  text=("text", " ".join))
             .reset_index())
    paras["n_sentences"] = paras["n_sentences"].astype("int64")
    scores = score_texts(paras["text"], **options)
    return _with_meta(pd.concat([paras, scores], axis=1))


def score_titles(articles: pd.DataFrame, **options) -> pd.DataFrame:
    """Score the headlines separately from the story (articles without a title, and articles not in
    English when the table has a ``language`` column, are left out).

    Returns columns: article_id, title, neg, neu, pos, compound.
    """
    has_title = articles["title"].fillna("").str.strip() != ""
    if "language" in articles.columns:
        has_title &= articles["language"].fillna("").isin(list(SCORED_LANGUAGES))
    titled = articles.loc[has_title, ["article_id", "title"]]
    titled = titled.reset_index(drop=True)
    return _with_meta(pd.concat([titled, score_texts(titled["title"], **options)], axis=1))


# --- aggregation -----------------------------------------------------------------------------------


def classify(compound: pd.Series, *, pos_threshold: float = POS_THRESHOLD,
             neg_threshold: float = NEG_THRESHOLD) -> pd.Series:
    """'positive' (compound >= pos_threshold), 'negative' (<= neg_threshold) or 'neutral'."""
    if neg_threshold >= pos_threshold:
        raise ValueError(f"neg_threshold ({neg_threshold}) must be below pos_threshold ({pos_threshold})")
    c = pd.Series(compound, dtype="float64")
    out = pd.Series("neutral", index=c.index, dtype=object)
    out[c >= pos_threshold] = "positive"
    out[c <= neg_threshold] = "negative"
    return out


def _betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta I_x(a, b) (continued fraction, Numerical Recipes 6.4)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    ln_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x > (a + 1) / (a + b + 2):
        return 1.0 - _betainc(b, a, 1.0 - x)
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return math.exp(ln_front) * h / a


@functools.lru_cache(maxsize=4096)
def _t_quantile(p: float, df: float) -> float:
    """Quantile of Student's t with ``df`` degrees of freedom, for 0.5 < p < 1 (bisection on the cdf)."""
    def upper_tail(t: float) -> float:  # P(T > t) for t >= 0
        return 0.5 * _betainc(df / 2, 0.5, df / (df + t * t))

    lo, hi = 0.0, 1.0
    while upper_tail(hi) > 1 - p:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if upper_tail(mid) > 1 - p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2


def _betainc_many(a: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """:func:`_betainc` of each (a, b, x), bit for bit: the same operations in the same order, on arrays
    (logs and exponentials with :mod:`math`, one value at a time, as there)."""
    out = np.empty(len(x))
    low, high = x <= 0, x >= 1
    out[low] = 0.0
    out[high & ~low] = 1.0
    inside = ~(low | high)
    flip = inside & (x > (a + 1) / (a + b + 2))
    direct = np.flatnonzero(inside & ~flip)
    if len(direct):
        out[direct] = _betainc_fraction(a[direct], b[direct], x[direct])
    if flip.any():
        out[flip] = 1.0 - _betainc_many(b[flip], a[flip], 1.0 - x[flip])
    return out


def _betainc_fraction(a: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The continued fraction of :func:`_betainc` for arrays, each value stopping at its own step."""
    ln_front = [math.lgamma(ai + bi) - math.lgamma(ai) - math.lgamma(bi) + ai * math.log(xi) + bi * math.log1p(-xi)
                for ai, bi, xi in zip(a.tolist(), b.tolist(), x.tolist(), strict=True)]
    tiny = 1e-300
    c = np.ones(len(x))
    d = 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / np.where(np.abs(d) > tiny, d, tiny)
    h = d.copy()
    live = np.arange(len(x))
    for m in range(1, 300):
        if not len(live):
            break
        al, bl, xl, dl, cl, hl = a[live], b[live], x[live], d[live], c[live], h[live]
        for num in (m * (bl - m) * xl / ((al + 2 * m - 1) * (al + 2 * m)),
                    -(al + m) * (al + bl + m) * xl / ((al + 2 * m) * (al + 2 * m + 1))):
            dl = 1.0 + num * dl
            dl = 1.0 / np.where(np.abs(dl) > tiny, dl, tiny)
            cl = 1.0 + num / cl
            cl = np.where(np.abs(cl) > tiny, cl, tiny)
            hl = hl * (dl * cl)
        d[live], c[live], h[live] = dl, cl, hl
        live = live[~(np.abs(dl * cl - 1.0) < 1e-15)]
    return np.array([math.exp(v) for v in ln_front]) * h / a


_T_QUANTILES: dict[tuple[float, int], float] = {}


def _t_quantiles(p: float, dfs: Iterable[int]) -> np.ndarray:
    """:func:`_t_quantile` ``(p, df)`` for each of ``dfs`` (whole numbers), bit for bit, all bisections
    run side by side on arrays; kept for the life of the process."""
    dfs = [int(v) for v in dfs]
    todo = sorted({v for v in dfs if (p, v) not in _T_QUANTILES})
    if todo:
        df = np.array(todo, dtype="float64")
        half = np.full(len(df), 0.5)

        def upper_tail(t: np.ndarray, at: np.ndarray) -> np.ndarray:  # P(T > t) for t >= 0
            return 0.5 * _betainc_many(df[at] / 2, half[at], df[at] / (df[at] + t * t))

        lo, hi = np.zeros(len(df)), np.ones(len(df))
        live = np.arange(len(df))
        while len(live):
            grow = upper_tail(hi[live], live) > 1 - p
            hi[live[grow]] *= 2
            live = live[grow]
        live = np.arange(len(df))
        for _ in range(200):
            if not len(live):
                break
            mid = (lo[live] + hi[live]) / 2
            up = upper_tail(mid, live) > 1 - p
            lo[live[up]] = mid[up]
            hi[live[~up]] = mid[~up]
            live = live[~(hi[live] - lo[live] < 1e-12)]
        for v, q in zip(todo, ((lo + hi) / 2).tolist(), strict=True):
            _T_QUANTILES[(p, v)] = q
    return np.array([_T_QUANTILES[(p, v)] for v in dfs], dtype="float64")


def t_interval(values: Iterable[float], *, confidence: float = 0.95, lower: float = -1.0,
               upper: float = 1.0) -> tuple[float, float]:
    """Student-t confidence interval for the mean of ``values``, clipped to [lower, upper] (the range of
    VADER's compound, which a mean cannot leave); (nan, nan) with fewer than two values.

    The t interval assumes roughly independent sentences; sentences of one article are not, so read it
    as a lower bound on the uncertainty.
    """
    v = [float(x) for x in values if x == x]
    n = len(v)
    if n < 2:
        return (math.nan, math.nan)
    mean = sum(v) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in v) / (n - 1))
    half = _t_quantile(0.5 + confidence / 2, n - 1) * sd / math.sqrt(n)
    return (max(lower, mean - half), min(upper, mean + half))


_AGG_COLUMNS = ["n_sentences", "mean_compound", "ci_low", "ci_high", "share_positive", "share_neutral",
                "share_negative"]


def aggregate(scored: pd.DataFrame, *, by: str | Sequence[str], pos_threshold: float = POS_THRESHOLD,
              neg_threshold: float = NEG_THRESHOLD, confidence: float = 0.95) -> pd.DataFrame:
    """Sentence scores summarized per group (``by``: column or columns of ``scored``).

    Sentences not scored (NaN compound: not English, see :func:`score_corpus`) are left out; a group with
    none scored has no row.

    Returns columns: the ``by`` columns, n_sentences, mean_compound, ci_low, ci_high (Student-t interval
    of the mean at ``confidence``, clipped to [-1, 1]; NaN for a single sentence), share_positive, share_neutral,
    share_negative (classes by the thresholds, see :func:`classify`).
    """
    keys = [by] if isinstance(by, str) else list(by)
    df = scored[keys + ["compound"]]
    if df["compound"].isna().any():
        df = df[df["compound"].notna()]
    cls = classify(df["compound"], pos_threshold=pos_threshold, neg_threshold=neg_threshold).to_numpy()
    comp = df["compound"].to_numpy(dtype="float64")
    if not len(df):
        out = pd.DataFrame([], columns=keys + _AGG_COLUMNS)
    else:
        # one grouping pass, then whole-column arithmetic in the order t_interval and numpy's sum use
        gb = df.groupby(keys, sort=True, dropna=False)
        codes = gb.ngroup().to_numpy()
        names = gb.size().index
        order = np.argsort(codes, kind="stable")
        sizes = np.bincount(codes, minlength=len(names))
        if np.isnan(comp).any():
            stats = _group_stats_loop(comp[order], sizes, confidence)
        else:
            stats = _group_stats(comp[order], sizes, confidence)
        out = names.to_frame(index=False) if isinstance(names, pd.MultiIndex) else pd.DataFrame({keys[0]: names})
        out["n_sentences"] = sizes
        out["mean_compound"], out["ci_low"], out["ci_high"] = stats
        for kind in ("positive", "neutral", "negative"):
            out[f"share_{kind}"] = np.bincount(codes[cls == kind], minlength=len(names)) / sizes
        out = out.reset_index(drop=True)
    out["n_sentences"] = out["n_sentences"].astype("int64")
    for col in _AGG_COLUMNS[1:]:
        out[col] = out[col].astype("float64")
    return out


# Groups smaller than this are summed column by column over all groups at once; larger ones one by one.
_SMALL_GROUP = 8


def _group_stats(values: np.ndarray, sizes: np.ndarray, confidence: float
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per group of ``values`` (grouped, in group order; ``sizes`` of the groups, all > 0, no NaN): the
    mean as ``values.sum() / n`` and the interval as :func:`t_interval` gives them, bit for bit.

    numpy sums fewer than 8 values one after the other from 0.0, as Python's ``sum`` does, so small
    groups are summed a column at a time over all of them; larger groups use numpy's sum and Python's
    ``sum`` on their slice. Squares are taken with Python's ``**`` (C ``pow``), as in t_interval."""
    n_groups = len(sizes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    small = sizes < _SMALL_GROUP
    big = np.flatnonzero(~small)
    np_sum = np.zeros(n_groups)   # numpy's sum: the mean shown
    py_sum = np.zeros(n_groups)   # Python's sum: the interval's centre
    for k in range(_SMALL_GROUP - 1):
        has = small & (sizes > k)
        np_sum[has] += values[starts[has] + k]
    py_sum[small] = np_sum[small]
    for g in big.tolist():
        part = values[starts[g]:starts[g] + sizes[g]]
        np_sum[g] = part.sum()
        py_sum[g] = sum(part.tolist())
    mean = np_sum / sizes
    centre = py_sum / sizes
    needed = np.repeat(sizes >= 2, sizes)  # a single value has no interval
    dev = (values - np.repeat(centre, sizes))[needed]
    sq = np.zeros(len(values))
    sq[needed] = np.fromiter(map(pow, dev.tolist(), itertools.repeat(2)), dtype="float64", count=len(dev))
    ss = np.zeros(n_groups)
    for k in range(_SMALL_GROUP - 1):
        has = small & (sizes > k)
        ss[has] += sq[starts[has] + k]
    for g in big.tolist():
        ss[g] = sum(sq[starts[g]:starts[g] + sizes[g]].tolist())
    low = np.full(n_groups, math.nan)
    high = np.full(n_groups, math.nan)
    two = sizes >= 2
    if two.any():
        n = sizes[two]
        q = _t_quantiles(0.5 + confidence / 2, (n - 1).tolist())
        half = q * np.sqrt(ss[two] / (n - 1)) / np.sqrt(n.astype("float64"))
        lo, hi = centre[two] - half, centre[two] + half
        low[two] = np.where(lo > -1.0, lo, -1.0)  # max(-1.0, lo), NaN-free
        high[two] = np.where(hi < 1.0, hi, 1.0)
    return mean, low, high


def _group_stats_loop(values: np.ndarray, sizes: np.ndarray, confidence: float
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_group_stats` one group at a time (any values, NaN included: the mean is NaN, the interval
    leaves NaN out)."""
    bounds = np.concatenate([[0], np.cumsum(sizes)]).tolist()
    mean, low, high = [], [], []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        vals = values[a:b]
        mean.append(float(vals.sum() / (b - a)))
        lo, hi = t_interval(vals.tolist(), confidence=confidence)
        low.append(lo)
        high.append(hi)
    return np.array(mean, dtype="float64"), np.array(low, dtype="float64"), np.array(high, dtype="float64")


def add_article_info(table: pd.DataFrame, articles: pd.DataFrame,
                     columns: Sequence[str] = ("published", "source", "title")) -> pd.DataFrame:
    """``table`` with the given articles columns joined on article_id ('' where unknown).
    Returns the columns of ``table`` followed by ``columns``."""
    cols = [c for c in columns if c not in table.columns]
    info = articles[["article_id", *cols]].drop_duplicates("article_id")
    out = table.merge(info, on="article_id", how="left")
    for c in cols:
        out[c] = out[c].fillna("")
    out.attrs = dict(table.attrs)
    return out


def article_sentiment(scored: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                      titles: pd.DataFrame | None = None, pos_threshold: float = POS_THRESHOLD,
                      neg_threshold: float = NEG_THRESHOLD, confidence: float = 0.95) -> pd.DataFrame:
    """One row per article: the mean compound of its sentences, its interval and class shares.

    ``articles`` (optional) adds published, source and title, and gives a row (n_sentences 0, NaN
    scores) to articles without a scored sentence. ``titles`` (from :func:`score_titles`) fills
    title_compound.

    Returns the ``sentiment_articles`` table — columns: article_id, published, source, title,
    n_sentences, mean_compound, ci_low, ci_high, share_positive, share_neutral, share_negative,
    title_compound.
    """
    schema.check(scored, "sentiment_sentences")
    agg = aggregate(scored, by="article_id", pos_threshold=pos_threshold, neg_threshold=neg_threshold,
                    confidence=confidence)
    if articles is not None:
        base = articles[["article_id", "published", "source", "title"]].drop_duplicates("article_id")
        out = base.merge(agg, on="article_id", how="left")
        out["n_sentences"] = out["n_sentences"].fillna(0).astype("int64")
    else:
        out = agg.assign(published="", source="", title="")
    if titles is not None and len(titles):
        out = out.merge(titles[["article_id", "compound"]].rename(columns={"compound": "title_compound"}),
                        on="article_id", how="left")
    else:
        out["title_compound"] = math.nan
    out["title_compound"] = out["title_compound"].astype("float64")
    for c in ("published", "source", "title"):
        out[c] = out[c].fillna("").astype(object)
    out = out[schema.columns("sentiment_articles")].reset_index(drop=True)
    return _with_meta(out, pos_threshold=pos_threshold, neg_threshold=neg_threshold, confidence=confidence,
                      interval="Student t on sentence compounds")


def _dates(published: pd.Series) -> pd.Series:
    """Publication day as a timestamp; NaT when unknown or less precise than a day."""
    day = published.fillna("").astype(str).str.slice(0, 10)
    return pd.to_datetime(day.where(day.str.fullmatch(r"\d{4}-\d{2}-\d{2}")), errors="coerce",
                          format="%Y-%m-%d")


def sentiment_over_time(article_scores: pd.DataFrame, *, period: str = "M", rolling: int = 3) -> pd.DataFrame:
    """Article sentiment per day/week/month (``period``: 'D', 'W' or 'M'), every period in the span.

    Each article counts once (the mean of its sentences), so a long article does not outweigh a short
    one. ``rolling_mean`` is the mean over all articles in the last ``rolling`` periods (empty periods
    included), weighted by article counts. Undated articles are left out (counted in
    ``attrs["sentiment"]["undated"]``).

    Returns columns: period (str), start (timestamp), n_articles, n_sentences, mean_compound,
    rolling_mean.
    """
    if period not in ("D", "W", "M"):
        raise ValueError(f"period must be 'D', 'W' or 'M', not {period!r}")
    df = article_scores[article_scores["n_sentences"] > 0].copy()
    df["_date"] = _dates(df["published"])
    undated = int(df["_date"].isna().sum())
    df = df.dropna(subset=["_date"])
    cols = ["period", "start", "n_articles", "n_sentences", "mean_compound", "rolling_mean"]
    if df.empty:
        out = pd.DataFrame({c: pd.Series([], dtype="float64") for c in cols})
        return _with_meta(out, period=period, rolling=rolling, undated=undated)
    df["_period"] = df["_date"].dt.to_period(period)
    g = df.groupby("_period").agg(n_articles=("article_id", "size"), n_sentences=("n_sentences", "sum"),
                                  total=("mean_compound", "sum"))
    full = pd.period_range(g.index.min(), g.index.max(), freq=period)
    g = g.reindex(full, fill_value=0)
    window = max(1, int(rolling))
    roll_n = g["n_articles"].rolling(window, min_periods=1).sum()
    roll_total = g["total"].rolling(window, min_periods=1).sum()
    out = pd.DataFrame({
        "period": [str(p) for p in g.index],
        "start": g.index.to_timestamp(),
        "n_articles": g["n_articles"].astype("int64").values,
        "n_sentences": g["n_sentences"].astype("int64").values,
        "mean_compound": (g["total"] / g["n_articles"].where(g["n_articles"] > 0)).values,
        "rolling_mean": (roll_total / roll_n.where(roll_n > 0)).values,
    })
    return _with_meta(out, period=period, rolling=window, undated=undated)


def extremes(table: pd.DataFrame, *, n: int = 5, column: str = "compound") -> pd.DataFrame:
    """The ``n`` highest and ``n`` lowest rows of ``table`` by ``column`` (ties: reading order).

    Returns columns: side ('positive' or 'negative'), rank (1 = most extreme), then ``table``'s columns.
    """
    valid = table[table[column].notna()]
    if n >= 0 and pd.api.types.is_numeric_dtype(valid[column]) and not pd.api.types.is_bool_dtype(valid[column]):
        # the n first of a stable sort, without sorting the whole table: only the values that reach the
        # n-th highest (lowest) are sorted
        v = valid[column].to_numpy(dtype="float64")
        k = min(int(n), len(v))
        if k == 0:
            top_rows = bottom_rows = np.zeros(0, dtype="int64")
        else:
            high = np.flatnonzero(v >= np.partition(v, len(v) - k)[len(v) - k])
            low = np.flatnonzero(v <= np.partition(v, k - 1)[k - 1])
            top_rows = high[np.argsort(-v[high], kind="stable")][:k]
            bottom_rows = low[np.argsort(v[low], kind="stable")][:k]
        top = valid.iloc[top_rows].assign(side="positive")
        bottom = valid.iloc[bottom_rows].assign(side="negative")
    else:
        top = valid.sort_values(column, ascending=False, kind="stable").head(n).assign(side="positive")
        bottom = valid.sort_values(column, ascending=True, kind="stable").head(n).assign(side="negative")
    top["rank"] = range(1, len(top) + 1)
    bottom["rank"] = range(1, len(bottom) + 1)
    out = pd.concat([top, bottom], ignore_index=True)
    return out[["side", "rank", *table.columns]]


LEVELS = ("sentence", "paragraph", "article")


def units_at(level: str, corpus, *, scored: pd.DataFrame, article_scores: pd.DataFrame,
             **options) -> pd.DataFrame:
    """The scored units of one ``level`` ('sentence', 'paragraph' or 'article') with their article's
    source and date, in one shape for figures and rankings. Sentences are ``scored`` (from
    :func:`score_corpus`); paragraphs are scored here from the corpus's story sentences; an article's
    compound is the mean of its sentences (``article_scores`` from :func:`article_sentiment`; articles
    without story text left out).

    Returns columns: level, article_id, source, published, unit_no (sentence_no, paragraph_no, or -1),
    start, end (offsets into the decoded source; -1 for articles), n_sentences, text (the title for
    articles), compound.
    """
    if level == "sentence":  # the scored ones: a sentence of another language has no compound
        out = scored[scored["compound"].notna()].rename(columns={"sentence_no": "unit_no"}).assign(n_sentences=1)
    elif level == "paragraph":
        story = story_sentences(corpus.sentences, corpus.segments)
        scored_rows = _scored_rows(story, corpus.articles)
        if not scored_rows.all():  # not English: not scored
            story = story[scored_rows].reset_index(drop=True)
        out = score_paragraphs(story, **options).rename(columns={"paragraph_no": "unit_no"})
    elif level == "article":
        out = article_scores[article_scores["n_sentences"] > 0].rename(
            columns={"mean_compound": "compound", "title": "text"}).assign(unit_no=-1, start=-1, end=-1)
    else:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    out = add_article_info(out.drop(columns=["source", "published"], errors="ignore"), corpus.articles,
                           ("source", "published"))
    cols = ["level", "article_id", "source", "published", "unit_no", "start", "end", "n_sentences", "text",
            "compound"]
    out = out.assign(level=level)[cols].reset_index(drop=True)
    out["n_sentences"] = out["n_sentences"].astype("int64")
    return _with_meta(out, level=level)


# --- targets ---------------------------------------------------------------------------------------


def _aliases_of(name: str, value) -> list[str]:
    if value is None:
        aliases = []
    elif isinstance(value, str):
        aliases = [value]
    elif isinstance(value, Mapping):
        aliases = list(value.get("aliases") or [])
    else:
        aliases = list(value)
    return list(dict.fromkeys(a.strip() for a in [name, *map(str, aliases)] if str(a).strip()))


def load_targets(targets, *, fallback: Mapping[str, Sequence[str]] | None = None) -> dict[str, list[str]]:
    """Targets as ``{name: [name, alias, ...]}`` from any of these shapes:

    * a dict ``{name: [aliases]}`` (aliases may also be a string, None, or ``{"aliases": [...]}``);
    * a list of names, or of gazetteer entries ``{name: ..., type: ..., aliases: [...], roles: [...]}``
      (the format of ``data/actors.yml``; only name and aliases are used here: role phrases and
      surname-only mentions depend on context that a sentence-level match does not check);
    * a path (str or Path) to a YAML file holding either shape (or ``{actors: [...]}`` /
      ``{targets: ...}`` around it).

    The name is always an alias of itself. An empty path ('') gives the ``fallback`` targets
    (``BUILTIN_TARGETS`` for instance) when one is given; a path that does not exist is a FileNotFoundError
    naming it (a mistyped file never falls back to another list unnoticed).
    """
    if isinstance(targets, str) and not targets.strip() and fallback is not None:
        return load_targets(dict(fallback))
    if isinstance(targets, str | Path):
        path = Path(targets)
        if not path.is_file():
            raise FileNotFoundError(f"targets file {path} does not exist; give a YAML file, a list of names "
                                    f"or a dict {{name: [aliases]}}")
        from .actors import safe_load_yaml

        data = safe_load_yaml(path.read_text(encoding="utf-8"))
        if isinstance(data, Mapping) and set(data) & {"actors", "targets"} and len(data) == 1:
            data = next(iter(data.values()))
        try:
            return load_targets(data)
        except ValueError as e:
            raise ValueError(f"{path}: {e}") from None
    out: dict[str, list[str]] = {}
    if isinstance(targets, Mapping):
        for name, value in targets.items():
            out[str(name).strip()] = _aliases_of(str(name).strip(), value)
    elif isinstance(targets, Iterable):
        for entry in targets:
            if isinstance(entry, str):
                out[entry.strip()] = _aliases_of(entry.strip(), None)
            elif isinstance(entry, Mapping) and entry.get("name"):
                name = str(entry["name"]).strip()
                out[name] = list(dict.fromkeys(out.get(name, []) + _aliases_of(name, entry)))
            else:
                raise ValueError(f"a target entry must be a name or a mapping with a 'name', not {entry!r}")
    else:
        raise ValueError(f"targets must be a dict, a list or a YAML path, not {type(targets).__name__}")
    out = {k: v for k, v in out.items() if k}
    if not out:
        raise ValueError("no targets given")
    return out


def targets_source(targets) -> str:
    """Where :func:`load_targets` takes its targets from, in words (for the notebook and metadata)."""
    if isinstance(targets, str) and not targets.strip():
        return "the built-in list"
    if isinstance(targets, str | Path):
        return f"file {targets}" if Path(targets).is_file() else f"{targets} (not found)"
    return "the list given"


def _case_sensitive(alias: str) -> bool:
    # Short aliases and acronyms are matched as written: "Xi" is not "xi", "US" is not "us".
    return len(alias) <= 4 or alias.isupper()


@functools.cache
def _target_regex(aliases: tuple[str, ...]) -> re.Pattern:
    parts = []
    for a in sorted(aliases, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in a.split())
        parts.append(body if _case_sensitive(a) else f"(?i:{body})")
    # word boundaries that also hold around punctuation-ending aliases ("U.S."); a possessive
    # ("Xi's", "Xi’s") is part of the mention.
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?:['’]s)?(?!\w)")


_WORD_RUN = re.compile(r"\w+")


def _first_word_index(tg: Mapping[str, Sequence[str]]) -> tuple[dict[str, set[int]], set[int], list[str]]:
    """``{first word of an alias, case-folded: {target numbers}}``, the targets with an alias that starts
    with no word character (checked in every sentence), and the first words as written."""
    index: dict[str, set[int]] = {}
    always: set[int] = set()
    written: list[str] = []
    for j, aliases in enumerate(tg.values()):
        for a in aliases:
            m = _WORD_RUN.match(a.strip())
            if m is None:
                always.add(j)
            else:
                index.setdefault(m.group(0).casefold(), set()).add(j)
                written.append(m.group(0))
    return index, always, written


def _trie(words: set[str]) -> str:
    """A regex matching exactly ``words``, as a prefix tree (one branch per next character), so that a
    few hundred words cost about one word per position."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return walk(tree)


# Word characters outside ASCII: a sentence holding one is gated the exact (slow) way, see _target_hits. (The
# ASCII range first: the engine tests a class's parts in order, and most characters are ASCII, for which the
# Unicode category then need not be looked up.)
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f\W]")
_ASCII_WORD_CHARS = "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SEP = "\x00"  # joins sentences: neither \w nor \s, so no target pattern matches across it


@functools.lru_cache(maxsize=4096)
def _ascii_folds(ch: str) -> tuple[str, ...]:
    """The lower-case ASCII word characters that the non-ASCII ``ch`` matches case-insensitively, sorted
    (asked once per character: a gazetteer's Cyrillic names repeat the same few dozen letters)."""
    return tuple(sorted({a.lower() for a in _ASCII_WORD_CHARS if re.fullmatch(re.escape(ch), a, re.IGNORECASE)}))


def _ascii_forms(word: str, limit: int = 64) -> set[str] | None:
    """The lower-case ASCII words that ``word`` matches case-insensitively (Python's ``re`` rules: "Kelvin"
    with a Kelvin sign matches "kelvin"); an empty set when none can, None when there are too many."""
    forms = [""]
    for ch in word:
        options = (ch.lower(),) if ch.isascii() else _ascii_folds(ch)
        forms = [f + o for f in forms for o in options]
        if len(forms) > limit:
            return None
    return set(forms)


def _suffix_trie(branches: Mapping[str, str]) -> str:
    """A regex matching any key of ``branches`` as a prefix tree, each key followed by its own pattern
    (a lookahead, or '' for none)."""
    tree: dict = {}
    for word, tail in branches.items():
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[None] = tail

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(child) for ch, child in sorted((k, v) for k, v in node.items() if k is not None)]
        if None in node:
            alts.append(node[None])  # the shorter word last: the longest word that fits wins, like the regex
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return walk(tree)


@functools.lru_cache(maxsize=64)
def _fast_gate(tg_items: tuple[tuple[str, tuple[str, ...]], ...]):
    """The case-folded gate for ASCII text: a regex over lower-cased text matching, at a word start, the
    first word of an alias (lower-cased, group 1) when the rest of some such alias may follow (a lookahead,
    for ASCII aliases), and ``{matched word: target numbers}``; None when a first word has too many forms.

    The word start is matched as the non-word character before it (``\\W``), not as ``\\b``: a pattern
    that opens with a character class lets the engine skip in C to the next candidate, where one that
    opens with ``\\b`` runs its program at every position (the text scanned must then open with a
    non-word character, for a word at its very start). The matches are the same: the word ends in a word
    character and the ``\\b`` after it, so the next match's non-word character is never inside it.

    That non-word character is matched as ``[^a-z0-9_]``, which is ``\\W`` in the text the gate reads (see
    :func:`_target_hits`): lower-cased sentences holding no word character outside ASCII (the others are
    blanked), where no character but those is a word character, since lower-casing an ASCII character or a
    non-word one never makes another (``tests/test_sentiment_scale.py`` checks every character). The engine tests
    that class of ASCII ranges on each character it skips several times faster than the Unicode category."""
    tails: dict[str, set[str]] = {}
    index: dict[str, set[int]] = {}
    for j, (_name, aliases) in enumerate(tg_items):
        if any(_WORD_RUN.match(a.strip()) is None for a in aliases):
            continue  # a target with an alias that starts with no word character runs over every sentence
        for a in aliases:
            a = a.strip()
            first = _WORD_RUN.match(a).group(0)
            forms = _ascii_forms(first)
            if forms is None:
                return None
            if not a.isascii():
                rest = None
            else:
                parts = a.lower().split()
                rest = re.escape(parts[0][len(first):]) + "".join(r"\s+" + re.escape(p) for p in parts[1:])
            for f in forms:
                index.setdefault(f, set()).add(j)
                tails.setdefault(f, set()).add(rest or "")
    if not index:
        return re.compile(r"(?!)"), {}
    branches = {f: "" if "" in t else "(?=" + "|".join(sorted(t)) + ")" for f, t in tails.items()}
    gate = re.compile(r"[^a-z0-9_](" + _suffix_trie(branches) + r")\b")
    return gate, {f: tuple(sorted(js)) for f, js in index.items()}


def _target_hits(texts: list[str], tg: Mapping[str, Sequence[str]], *, mentions: bool = True):
    """Every match of every target's pattern (:func:`_target_regex`) in each text, as ``finditer`` on
    each text finds them: arrays (text number, target number, offset, length) and the matched strings
    (None unless ``mentions``: the stages keep offsets and lengths only), ordered by text, target and
    offset.

    A match starts where a word starts, and that word is its alias's first word (up to case). The
    sentences are joined into one string (by a separator no pattern crosses); on its lower-cased copy one
    regex (a prefix tree of the first words, each followed by a lookahead for the rest of its aliases)
    finds the word starts where some alias may begin, and only there do the candidate targets' own
    patterns run (``match`` at that position). Sentences holding a word character outside ASCII, where
    lower-casing is not the regex engine's case folding, are gated by the exact case-insensitive regex
    of the first words instead; a target with an alias that starts with no word character runs over all.
    """
    items = tuple((name, tuple(aliases)) for name, aliases in tg.items())
    regexes = [_target_regex(aliases) for _name, aliases in items]
    if any(_SEP in a for _n, aliases in items for a in aliases):  # a pattern that could cross the separator
        found = [(i, j, m.start(), m.end() - m.start(), m.group(0)) for i, t in enumerate(texts)
                 for j, rx in enumerate(regexes) for m in rx.finditer(t)]
        return (np.asarray([f[0] for f in found], dtype=np.int64), np.asarray([f[1] for f in found], dtype=np.int64),
                np.asarray([f[2] for f in found], dtype=np.int64), np.asarray([f[3] for f in found], dtype=np.int64),
                [f[4] for f in found])
    fast = _fast_gate(items)
    found_pos: list[int] = []
    found_j: list[int] = []
    found_end: list[int] = []
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]) if len(texts) else np.zeros(0, dtype=np.int64)
    joined = _SEP.join(texts)

    def run(hits, group: int, candidates):
        # hits: matches in increasing position whose start is a word's start in joined and whose group
        # ``group`` is the key of the candidate targets; finditer's rule per target: the next match starts
        # at or after the end of the previous one
        last_end = [0] * len(items)
        match = [rx.match for rx in regexes]
        for g in hits:
            p = g.start()
            for j in candidates(g.group(group)):
                if p < last_end[j]:
                    continue
                m = match[j](joined, p)
                if m is not None:
                    found_pos.append(p)
                    found_j.append(j)
                    last_end[j] = e = m.end()
                    found_end.append(e)

    if fast is None:
        slow = list(range(len(texts)))
        always = set(range(len(items)))
    else:
        gate, index = fast
        slow = [i for i, t in enumerate(texts) if not t.isascii() and _NON_ASCII_WORD.search(t)]
        # One separator before the first text: the gate matches the non-word character before a word.
        # Each text is lower-cased on its own: an all-ASCII one (most) on str.lower's fast path, which the
        # joined text, holding any curly quote or dash, would not take (the same characters: only a
        # final sigma's lower case depends on its neighbours, and a sigma is a word character: slow).
        if slow:
            skip = set(slow)
            low = _SEP + _SEP.join(" " * len(t) if i in skip else t.lower() for i, t in enumerate(texts))
        else:
            low = _SEP + _SEP.join(map(str.lower, texts))  # (no texts: the separator alone, as before)
        if len(low) != len(joined) + 1:  # a character whose lower case is longer sits outside ASCII: never here
            raise AssertionError("lower-casing changed the text's length")
        # a match's start in ``low``, where its non-word character stands, is its word's start in ``joined``
        run(gate.finditer(low), 1, index.__getitem__)
        always = {j for j, (_n, aliases) in enumerate(items) if any(_WORD_RUN.match(a.strip()) is None
                                                                     for a in aliases)}
    if slow:
        first_index, _always, written = _first_word_index(dict(items))
        for js in first_index.values():
            js.difference_update(always)
        if first_index:
            exact = re.compile(r"(?<!\w)(?:" + _trie(set(written)) + r")(?!\w)", re.IGNORECASE)

            def exact_targets(word: str) -> list[int]:
                js = first_index.get(word.casefold())
                if js is None:  # a case pairing casefold() does not share with the regex engine (rare)
                    js = {j for w in written if re.fullmatch(re.escape(w), word, re.IGNORECASE)
                          for j in first_index[w.casefold()]}
                return sorted(js)

            # each text's part of joined, read as the text alone: the separator before it is no word
            # character, as nothing is, and endpos ends the string there
            run(itertools.chain.from_iterable(exact.finditer(joined, int(starts[i]), int(starts[i]) + len(texts[i]))
                                              for i in slow), 0, exact_targets)
    for j in sorted(always):
        for m in regexes[j].finditer(joined):
            found_pos.append(m.start())
            found_j.append(j)
            found_end.append(m.end())
    pos = np.asarray(found_pos, dtype=np.int64)
    js = np.asarray(found_j, dtype=np.int64)
    end = np.asarray(found_end, dtype=np.int64)
    row = np.searchsorted(starts, pos, side="right") - 1
    order = np.lexsort((pos, js, row))
    pos, end = pos[order], end[order]
    return (row[order], js[order], pos - starts[row[order]], end - pos,
            [joined[a:b] for a, b in zip(pos.tolist(), end.tolist(), strict=True)] if mentions else None)


_MENTION_COLUMNS = ["article_id", "sentence_no", "target", "mention", "offset", "length"]


def target_mentions(sentences: pd.DataFrame, targets, *, cache=None, engine: str = "local",
                    workers: int | None = 0, scheduler: str | None = "", progress: bool | None = None
                    ) -> pd.DataFrame:
    """Every mention of every target in the sentences' text (word boundaries; short aliases and
    acronyms case-sensitive, longer ones not; possessives included).

    Each article's sentences are matched on their own, so this runs as a per-article stage
    (:func:`target_stage`) when there is a cache folder (``cache``: a path, False for none, default
    PRESSLENS_CACHE_DIR) or many articles and more than one core: the mentions kept per article and set
    of targets, found on every core or on Dask (``engine``, ``workers``, ``scheduler``; see
    :func:`presslens.cache.engine_options`). The table is the same either way.

    Returns columns: article_id, sentence_no, target, mention (as written), offset, length — offset into
    the sentence's ``text``.
    """
    tg = load_targets(targets)
    texts = [t if type(t) is str else str(t) for t in sentences["text"].to_numpy(dtype=object).tolist()]
    row, js, offset, length = _target_rows(sentences, tg, texts=texts, cache=cache, engine=engine,
                                           workers=workers, scheduler=scheduler, progress=progress)
    if not len(row):
        out = pd.DataFrame([], columns=_MENTION_COLUMNS)
    else:
        rows = row.tolist()
        snos = sentences["sentence_no"].to_numpy(dtype=object)
        out = pd.DataFrame({"article_id": sentences["article_id"].to_numpy(dtype=object)[row].tolist(),
                            "sentence_no": [int(n) for n in snos[row].tolist()],
                            "target": np.asarray(list(tg), dtype=object)[js].tolist(),
                            "mention": [texts[i][o:o + n] for i, o, n in zip(rows, offset.tolist(), length.tolist(),
                                                                               strict=True)],
                            "offset": offset, "length": length})
    for c in ("sentence_no", "offset", "length"):
        out[c] = out[c].astype("int64")
    return out


def _target_rows(sentences: pd.DataFrame, tg: Mapping[str, Sequence[str]], *, texts: list[str] | None = None,
                 cache=None, engine: str = "local", workers: int | None = 0, scheduler: str | None = "",
                 progress: bool | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_target_hits` over the sentences, through the cached per-article stage when there is a cache
    or parallel work (see :func:`target_mentions`): arrays (row of ``sentences``, target number, offset,
    length), ordered by row, target and offset. ``texts``: the text column as a list of str."""
    from .cache import engine_options, store_for
    from .pipeline import in_process, run_stage

    stage = target_stage(tg)
    store = store_for(stage, cache)
    opts = engine_options(engine, workers, scheduler)
    n_articles = sentences["article_id"].nunique() if len(sentences) else 0
    serial = in_process(n_articles, **opts)
    if store is None and serial:
        if texts is None:
            texts = [t if type(t) is str else str(t) for t in sentences["text"].to_numpy(dtype=object).tolist()]
        return _target_hits(texts, tg, mentions=False)[:4]
    if texts is None and sentences["text"].isna().any():  # str(NaN) is 'nan', which plain_texts makes ''
        texts = [str(t) for t in sentences["text"].to_numpy(dtype=object).tolist()]
    units, keys = sentence_units(stage, sentences, texts=texts)
    if not len(units):
        return tuple(np.zeros(0, dtype="int64") for _ in range(4))
    packed = run_stage(stage, units, keys, store=store, progress=progress, **opts)[_TARGET_MENTIONS]
    blobs = packed["hits"].to_numpy(dtype=object)[unit_rows(keys, len(packed))]
    hits = np.frombuffer(b"".join(blobs), dtype=_I8).reshape(-1, 4)
    starts = np.asarray(units.bounds[:-1], dtype="int64")
    per_unit = np.fromiter((len(b) // 32 for b in blobs), dtype="int64", count=len(blobs))
    row = np.repeat(starts, per_unit) + hits[:, 0]
    return row, hits[:, 1].copy(), hits[:, 2].copy(), hits[:, 3].copy()


_TARGET_MENTIONS = "target_mentions"  # column hits: (sentence in the unit, target, offset, length), int64


def target_stage(targets: Mapping[str, Sequence[str]]):
    """The per-article target-mentions stage for ``targets`` (as :func:`load_targets` returns them): one
    article's sentence texts in, its mentions out. Its version names this module's code and the targets
    with their aliases."""
    import json

    from .pipeline import Stage, source_version

    items = tuple((str(name), tuple(str(a) for a in aliases)) for name, aliases in targets.items())
    digest = hashlib.sha256(json.dumps(items, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()
    return Stage("targets", f"{source_version('sentiment')}-{digest[:16]}",
                 functools.partial(_target_units, targets=items), (_TARGET_MENTIONS,), batch=True)


def _target_units(keyed: list[tuple[str, tuple]], *, targets: tuple) -> dict[str, pd.DataFrame]:
    """The targets stage's batch function: one row per unit (with ``_key``), its mentions packed."""
    texts: list[str] = []
    first = []
    for _key, (_aid, unit_texts) in keyed:
        first.append(len(texts))
        texts.extend(unit_texts)
    row, js, offset, length, _ = _target_hits(texts, dict(targets), mentions=False)
    unit = np.searchsorted(np.asarray(first, dtype="int64"), row, side="right") - 1
    table = np.column_stack([row - np.asarray(first, dtype="int64")[unit], js, offset, length]).astype(_I8)
    cuts = np.searchsorted(unit, np.arange(len(keyed) + 1)).tolist()
    blobs = [table[a:b].tobytes() for a, b in zip(cuts[:-1], cuts[1:], strict=True)]
    return {_TARGET_MENTIONS: pd.DataFrame({"hits": blobs, "_key": [key for key, _ in keyed]})}


def _sentence_rows_unique(scored: pd.DataFrame) -> bool:
    """Whether no (article_id, sentence_no) pair repeats in ``scored``."""
    codes, _ = pd.factorize(scored["article_id"])
    s_no = scored["sentence_no"].to_numpy(dtype="int64")
    if len(s_no) == 0:
        return True
    lo = int(s_no.min())
    return pd.Index(codes.astype("int64") * (int(s_no.max()) - lo + 1) + (s_no - lo)).is_unique


TARGET_GROUPINGS = ("all", "article", "source", "period")


def target_sentiment(scored: pd.DataFrame, targets, *, articles: pd.DataFrame | None = None,
                     by: str | Sequence[str] = TARGET_GROUPINGS, period: str = "M",
                     pos_threshold: float = POS_THRESHOLD, neg_threshold: float = NEG_THRESHOLD,
                     confidence: float = 0.95, cache=None, engine: str = "local", workers: int | None = 0,
                     scheduler: str | None = "", progress: bool | None = None) -> pd.DataFrame:
    """Sentiment of the sentences that mention each target, per target x group.

    A sentence mentioning a target counts once for it however often it names it (and counts for every
    target it names). Sentences not scored (NaN: their article is not in English) are left out; see
    :func:`not_scored_note`. ``by`` picks the groupings, stacked in one table: 'all' (the whole corpus),
    'article', 'source' ('(unknown)' when the article names none) and 'period' (publication
    day/week/month by ``period``, 'undated' when unknown; 'source' and 'period' need ``articles``). Intervals are Student-t on the sentence compounds (NaN for one sentence), so thin
    evidence shows as a wide or missing interval and a small n_sentences. ``cache``, ``engine``,
    ``workers``, ``scheduler``, ``progress``: where the mentions are kept and found (see
    :func:`target_mentions`).

    Returns the ``sentiment_targets`` table — columns: target, by, group, n_sentences, n_articles,
    mean_compound, ci_low, ci_high, share_positive, share_neutral, share_negative.
    """
    schema.check(scored, "sentiment_sentences")
    groupings = [by] if isinstance(by, str) else list(by)
    unknown = [g for g in groupings if g not in TARGET_GROUPINGS]
    if unknown:
        raise ValueError(f"unknown grouping(s) {unknown}; choose from {TARGET_GROUPINGS}")
    if articles is None and {"source", "period"} & set(groupings):
        raise ValueError("grouping by source or period needs the articles table (articles=...)")
    tg = load_targets(targets)
    options = {"cache": cache, "engine": engine, "workers": workers, "scheduler": scheduler, "progress": progress}
    cols = schema.columns("sentiment_targets")
    parts = _target_groups(scored, tg, groupings, articles=articles, period=period, pos_threshold=pos_threshold,
                           neg_threshold=neg_threshold, confidence=confidence, options=options)
    if parts:
        out = pd.concat(parts, ignore_index=True)
        out["group"] = out["group"].astype(str)
        out["n_articles"] = out["n_articles"].astype("int64")
        order = {name: i for i, name in enumerate(tg)}
        out = out.assign(_t=out["target"].map(order), _b=out["by"].map(groupings.index))
        out = out.sort_values(["_t", "_b", "group"], kind="stable")[cols].reset_index(drop=True)
    else:
        out = schema.empty("sentiment_targets")
    return _with_meta(out, pos_threshold=pos_threshold, neg_threshold=neg_threshold, confidence=confidence,
                      interval="Student t on sentence compounds", period=period, targets=sorted(tg),
                      not_scored=int(scored["compound"].isna().sum()))


def _article_labels(articles: pd.DataFrame, article_ids: pd.Index, period: str) -> tuple[np.ndarray, np.ndarray]:
    """Each of ``article_ids``'s source ('(unknown)' when none) and publication period ('undated')."""
    info = articles[["article_id", "published", "source"]].drop_duplicates("article_id")
    source = info["source"].fillna("").replace("", "(unknown)").to_numpy(dtype=object)
    periods = np.asarray([str(p) if p == p else "undated"
                          for p in _dates(info["published"].fillna("")).dt.to_period(period)], dtype=object)
    at = pd.Index(info["article_id"]).get_indexer(article_ids)
    known = at >= 0
    return np.where(known, source[at], "(unknown)"), np.where(known, periods[at], "undated")


def _target_groups(scored: pd.DataFrame, tg: Mapping[str, Sequence[str]], groupings: list[str], *,
                   articles: pd.DataFrame | None, period: str, pos_threshold: float, neg_threshold: float,
                   confidence: float, options: dict) -> list[pd.DataFrame]:
    """target_sentiment's rows of each grouping (columns target, group, aggregate's columns, n_articles,
    by), in no particular order. Groups are numbered (target x group label) and summarized on arrays."""
    if not _sentence_rows_unique(scored):  # a sentence numbered twice: the general join, as always
        return _target_groups_joined(scored, tg, groupings, articles=articles, period=period,
                                     pos_threshold=pos_threshold, neg_threshold=neg_threshold,
                                     confidence=confidence, options=options)
    names = np.asarray(list(tg), dtype=object)
    row, js, _offset, _length = _target_rows(scored, tg, **options)
    keep = ~pd.Series(row * len(names) + js).duplicated().to_numpy()  # a sentence counts once per target
    row, js = row[keep], js[keep]
    scored_here = ~np.isnan(scored["compound"].to_numpy(dtype="float64")[row])  # not English: left out
    if not scored_here.all():
        row, js = row[scored_here], js[scored_here]
    if not len(row):
        return []
    comp = scored["compound"].to_numpy(dtype="float64")[row]
    kind = classify(pd.Series(comp), pos_threshold=pos_threshold, neg_threshold=neg_threshold).to_numpy()
    art_codes, art_ids = pd.factorize(scored["article_id"])
    art = art_codes[row].astype("int64")
    labels: dict[str, tuple[np.ndarray, np.ndarray]] = {
        "all": (np.zeros(len(row), dtype="int64"), np.asarray(["all"], dtype=object)),
        "article": (art, np.asarray(art_ids, dtype=object))}
    if articles is not None and {"source", "period"} & set(groupings):
        for g, per_article in zip(("source", "period"), _article_labels(articles, pd.Index(art_ids), period),
                                  strict=True):
            codes, uniques = pd.factorize(per_article)
            labels[g] = (codes.astype("int64")[art], np.asarray(uniques, dtype=object))
    grouped = []
    for g in groupings:
        codes, values = labels[g]
        inv, groups = pd.factorize(js * len(values) + codes)  # numbered as they come: the order is set below
        grouped.append((g, values, inv, groups, np.bincount(inv, minlength=len(groups))))
    # The t quantiles of every grouping's group sizes, asked for at once: one bisection for all of them
    # instead of one per grouping (each quantile is worked out on its own: the same values).
    sizes_all = np.concatenate([sizes for *_, sizes in grouped])
    if (sizes_all >= 2).any():
        _t_quantiles(0.5 + confidence / 2, (np.unique(sizes_all[sizes_all >= 2]) - 1).tolist())
    parts = []
    for g, values, inv, groups, sizes in grouped:
        order = np.argsort(inv, kind="stable")
        stats = (_group_stats_loop if np.isnan(comp).any() else _group_stats)(comp[order], sizes, confidence)
        pairs = pd.unique(inv.astype("int64") * (int(art.max()) + 1) + art)
        n_art = np.bincount(pairs // (int(art.max()) + 1), minlength=len(groups))
        part = pd.DataFrame({"target": names[groups // len(values)].tolist(),
                             "group": values[groups % len(values)].tolist(), "n_sentences": sizes.astype("int64"),
                             "mean_compound": stats[0], "ci_low": stats[1], "ci_high": stats[2]})
        for cls in ("positive", "neutral", "negative"):
            part[f"share_{cls}"] = np.bincount(inv[kind == cls], minlength=len(groups)) / sizes
        parts.append(part.assign(n_articles=n_art.astype("int64"), by=g))
    return parts


def _target_groups_joined(scored: pd.DataFrame, tg: Mapping[str, Sequence[str]], groupings: list[str], *,
                          articles: pd.DataFrame | None, period: str, pos_threshold: float, neg_threshold: float,
                          confidence: float, options: dict) -> list[pd.DataFrame]:
    """:func:`_target_groups` through a join of the mentions and the sentences on (article_id,
    sentence_no), for a table that numbers a sentence twice (each pair then counts as often as it joins)."""
    found = target_mentions(scored, tg, **options)[["article_id", "sentence_no", "target"]].drop_duplicates()
    hits = found.merge(scored[["article_id", "sentence_no", "compound"]], on=["article_id", "sentence_no"])
    hits = hits[hits["compound"].notna()]  # not scored (not English): left out
    if articles is not None:
        hits["source"], hits["period"] = _article_labels(articles, pd.Index(hits["article_id"]), period)
    hits["all"] = "all"
    hits["article"] = hits["article_id"]
    parts = []
    for g in groupings:
        if hits.empty:
            continue
        agg = aggregate(hits, by=["target", g], pos_threshold=pos_threshold, neg_threshold=neg_threshold,
                        confidence=confidence)
        n_art = hits.groupby(["target", g])["article_id"].nunique().rename("n_articles").reset_index()
        parts.append(agg.merge(n_art, on=["target", g]).rename(columns={g: "group"}).assign(by=g))
    return parts


# --- figures ---------------------------------------------------------------------------------------


def _plt():
    from . import plots  # sets a headless backend outside notebooks before pyplot loads

    return plots.plt


def _short(label, width: int = 40) -> str:
    """A figure label cut to ``width`` characters (a URL used as a source name would squeeze the plot)."""
    label = " ".join(str(label).split())
    return label if len(label) <= width else label[: width - 1] + "…"


def plot_over_time(article_scores: pd.DataFrame, *, period: str = "M", rolling: int = 3,
                   max_points: int = 1500):
    """Each article's mean compound at its publication date (dots sized by sentences), and the rolling
    mean per period (over every article). With more than ``max_points`` dated articles, a fixed random
    sample of ``max_points`` is drawn as dots, smaller and fainter, and the legend says so. Returns the
    Figure."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(9, 3.4))
    dated = article_scores.assign(_date=_dates(article_scores["published"])).dropna(subset=["_date"])
    dated = dated[dated["n_sentences"] > 0]
    if dated.empty:
        ax.text(0.5, 0.5, "no dated articles", ha="center", va="center", transform=ax.transAxes)
    else:
        dots, label, size, alpha = dated, "article (size: sentences)", 12 + 2 * dated["n_sentences"], 0.6
        if len(dated) > max_points:
            dots = dated.sample(max_points, random_state=0)
            label, size, alpha = f"{max_points} of {len(dated)} articles (random sample)", 6, 0.35
        ax.scatter(dots["_date"], dots["mean_compound"], s=size if isinstance(size, int) else size.loc[dots.index],
                   alpha=alpha, color="#3b6ea8", label=label)
        series = sentiment_over_time(article_scores, period=period, rolling=rolling)
        ax.plot(series["start"], series["rolling_mean"], color="#c0392b", marker=".",
                label=f"rolling mean, {rolling} x {period}")
        ax.legend(loc="best", fontsize=8)
    ax.axhline(0, color="grey", lw=0.6)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("mean compound")
    ax.set_title("Article sentiment over publication time")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def plot_by_source(table: pd.DataFrame, *, column: str = "compound", title: str = "Sentiment by source",
                   max_sources: int = 20):
    """Box plot of ``column`` per source (``table`` needs a source column), sources labelled with n; the
    ``max_sources`` sources with most units when there are more (the title says so). Returns the Figure."""
    plt = _plt()
    df = table[table[column].notna()]
    src = df["source"].fillna("").replace("", "(unknown source)")
    groups = {k: v[column].to_numpy() for k, v in df.assign(source=src).groupby("source")}
    if len(groups) > max_sources:
        keep = sorted(groups, key=lambda k: -len(groups[k]))[:max_sources]
        title += f" ({max_sources} of {len(groups)} sources, most units)"
        groups = {k: v for k, v in groups.items() if k in set(keep)}
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.45 * max(len(groups), 2)))
    if groups:
        ax.boxplot(list(groups.values()), orientation="horizontal")
        ax.set_yticks(range(1, len(groups) + 1), [f"{_short(k)} (n={len(v)})" for k, v in groups.items()])
    ax.axvline(0, color="grey", lw=0.6)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel(column)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_targets(target_scores: pd.DataFrame, *, max_targets: int = 20,
                 title: str = "Sentiment of sentences naming each target"):
    """Horizontal bars of mean compound per target ('all' grouping), with 95% intervals and counts, for
    the ``max_targets`` targets named in most sentences. Returns the Figure."""
    plt = _plt()
    df = target_scores[target_scores["by"] == "all"]
    shown = df.sort_values("n_sentences", ascending=False, kind="stable").head(max_targets)
    df = df[df.index.isin(shown.index)].iloc[::-1]
    if len(shown) < (target_scores["by"] == "all").sum():
        title += f" ({len(shown)} most named)"
    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.45 * max(len(df), 2)))
    if df.empty:
        ax.text(0.5, 0.5, "no target mentioned", ha="center", va="center", transform=ax.transAxes)
    else:
        y = range(len(df))
        low = (df["mean_compound"] - df["ci_low"]).fillna(0).clip(lower=0)
        high = (df["ci_high"] - df["mean_compound"]).fillna(0).clip(lower=0)
        colors = ["#3b8a4a" if v >= 0 else "#b03a2e" for v in df["mean_compound"]]
        ax.barh(list(y), df["mean_compound"], xerr=[low, high], color=colors, capsize=3)
        ax.set_yticks(list(y), [f"{_short(t)} (n={n})" for t, n in zip(df["target"], df["n_sentences"], strict=True)])
    ax.axvline(0, color="grey", lw=0.6)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean compound of sentences naming the target (95% t interval)")
    ax.set_title(title)
    fig.tight_layout()
    return fig
