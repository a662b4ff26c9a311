"""The date stage's shortcuts change nothing: the tagger's quick tests (rule gates, first-character look-aheads,
the word-start test of the tense scan, the DCT's weekday), the date stage's bisecting of sentence offsets and the
key words' ASCII path give what the plain way gives."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens import chronology, timex

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"

# phrases for the rules that have a gate or a look-ahead, next to look-alikes that are no match of them
PHRASES = """
Two years ago, and a year and a half earlier, some three months or so later, the talks four days later ended.
Years later; later that day; the later years; earlier, in 1999; a decade earlier than planned; days earlier.
On March 5, 2024 and on Sept. 16 the ministers met; on 16 September 2022 and 21 декабря 2022 и 13 сен; May 4.
In February 2022, in March of 1998, early June 1999; February this year, July last year, Dec. next year.
Last March, next April, this past June, in January, late November, the March on Washington, the May summit.
This week, last month, the coming year, the previous quarter, the next weekend, the current fiscal year.
In recent weeks, the past few months, the last years, the coming days, Recent decades, the last centuries.
The 2024-25 winter, winter of 2023/24, the 1990-91 season; 08:50, at 10:35 a.m., 0200 GMT, 1900 Moscow time.
16.05.2024, 1.2.3, 3.5, 2023-07-10, 2022-12-21T09:39, 2024-06-29T01:12:44.5+08:00, 1,250,000.
On Monday, this Thursday (16), last Wednesday, Thursday evening, Mondays, The Sunday Times, Tuesday nights.
Hours later, days of talks, weeks after, months of delays, in 2013, fiscal 1989, early 1990, 1989 percent.
He said they would meet on Friday; the Kremlin said on Tuesday the visit will be his first; 'll see Tuesday.
He re-said it on Tuesday; o'clock; they'd met Friday; the armed forces will meet elected officials on Monday.
"""


def _texts() -> list[str]:
    texts = [PHRASES]
    for folder in (ROOT / "seeds", DATA / "articles"):
        for path in sorted(folder.iterdir()):
            if path.is_file():
                texts.append(path.read_bytes().decode("utf-8", "replace"))
    return texts


TEXTS = _texts()
DCTS = [None, "2024-05-17", "2024-05-16"]  # (2024-05-16, a Thursday: "Thursday" is the DCT's weekday)


def _tags() -> list:
    return [timex._tag(text, timex.parse_dct(dct)) for text in TEXTS for dct in DCTS]


def test_gates_name_their_rules():
    """Each gate is a part of its rule's pattern (a rule moved in the list cannot take another's gate)."""
    assert sum(need is not None for need in timex._NEEDS) == len(timex._NEEDS_OF_RULE)
    for k, (fragment, _need) in timex._NEEDS_OF_RULE.items():
        assert fragment in timex._COMPILED[k][0].pattern


def test_every_match_holds_its_gate():
    """Wherever a gated rule matches (over the whole text, the widest window), its gate is found inside the match."""
    found = 0
    for text in TEXTS:
        for k in timex._NEEDS_OF_RULE:
            for m in timex._COMPILED[k][0].finditer(text):
                assert timex._NEEDS[k].search(text, m.start(), m.end()) is not None, (k, m[0])
                found += 1
    assert found > 100


def test_gates_change_nothing(monkeypatch):
    with_gates = _tags()
    monkeypatch.setattr(timex, "_NEEDS", [None] * len(timex._COMPILED))
    assert _tags() == with_gates


def test_first_character_look_aheads_change_nothing(monkeypatch):
    """The look-aheads put before five rules and before the tense scan turn away only positions where no match
    starts."""
    with_them = _tags()
    lead = re.compile(r"^\(\?=\[[^\]]+\]\)")
    plain = []
    stripped = 0
    for rx, resolve, keywords in timex._COMPILED:
        if lead.match(rx.pattern) and rx.pattern.startswith(("(?=[LlNnTtelm", "(?=[TtLlNnMWFS]", "(?=[EeLlMmNnTt]",
                                                             "(?=[hdwmyc]", "(?=[elmtf12]")):
            rx = re.compile(lead.sub("", rx.pattern))
            stripped += 1
        plain.append((rx, resolve, keywords))
    assert stripped == 5
    monkeypatch.setattr(timex, "_COMPILED", plain)
    prefix = r"(?:(?<!\w)|(?='))(?:"
    assert timex._TENSE_WORD.pattern.startswith(prefix)
    words = timex._TENSE_WORD.pattern[len(prefix):-1]
    for first in (timex._FUTURE_FIRST, timex._first_of(*timex._PAST_WORDS)):  # the first letters of each list
        assert words.count(first) == 1
        words = words.replace(first, "")
    monkeypatch.setattr(timex, "_TENSE_WORD", re.compile(words, re.I))
    assert _tags() == with_them


# clauses before a date with a comma: decided by the words after the last comma, by a verb before it (none after
# it decides), or by none; and look-alikes with no comma
CLAUSES = [
    "the visit will be his first trip abroad, the Kremlin said on ", "he will travel, via Paris and Rome, to ",
    "the talks, which were held, ended ", "must be returned in full, and set ", "He said, ", "In a statement, ",
    "expect the Fed, which raised rates in ", "the armed forces, he said, will meet elected officials on ",
    "Peskov said they would meet on ", "the Kremlin said it will hold talks on ", "they'll, ", "He'll see ",
]


def test_the_governing_verb_after_the_last_comma_is_the_whole_scans():
    """The tense words after a clause's last comma, found alone, decide as the whole clause's scan does, and the
    clause's other words when none of them does."""
    lefts = list(CLAUSES)
    for text in TEXTS:
        for m in re.finditer(r"(?<![\w-])(?:Monday|Tuesday|Friday|January|March|May|last|next|this)\b", text):
            lefts.append(timex._clause_before(text, m.start()))
    assert sum("," in left for left in lefts) > 50
    tenses = set()
    for left in lefts:
        whole = timex._nearest_tense(left, list(timex._TENSE_WORD.finditer(left))) or (None, False, "")
        assert timex._governing_tense(left) == whole, left
        tenses.add(whole[0])
    assert tenses == {"past", "future", "reported", None}
    assert timex._governing_tense(CLAUSES[0])[0] == "past" and timex._governing_tense(CLAUSES[1])[0] == "future"
    assert timex._governing_tense(CLAUSES[4]) == ("past", False, ", ")


# every kind of count the duration rule reads (each number word, digits, "a", "couple of", "several", a hundred,
# "and a half", in any case), with and without an adjective between it and the unit, over any white space
_COUNTS = ([*timex._SMALL, *timex._TENS, "twenty-one", "ninety nine", "a hundred", "two thousand", "an hour and",
            "couple of", "a couple of", "a number of", "several", "few", "a few", "many", "some", "three and a half",
            "5", "1.5", "7 1/2", "TWENTY", "Several", "MANY", "An", "A"])
COUNTED = " ".join(
    f"For {count}{space}{adjective}{unit} it went on." for k, count in enumerate(_COUNTS)
    for space, adjective, unit in ((" ", "", "years"), ("  ", "more ", "days"), ("\n", "straight ", "weeks"),
                                   ("\u00a0", "", "hour"), (" ", "business ", "days"), (" ", "", "centuries"))
    if k % 2 == 0 or unit != "centuries")
# look-alikes: a unit after no count, in whose windows the rule does not run
UNCOUNTED = "This year, the second round, per day, that week, its first decade, for years, in months, every day."


def test_duration_windows_change_nothing(monkeypatch):
    """The duration rule runs only in the windows of a unit after a count or one of its adjectives: every match of
    it is in one, and it finds the same (the look-alikes' windows, a unit after no count, are left out)."""
    texts = [*TEXTS, COUNTED, UNCOUNTED]
    rx = timex._COMPILED[timex._DURATION][0]
    found = 0
    for text in texts:
        hits = timex._SCAN.hits(text)
        for m in rx.finditer(text):
            assert timex._counted_windows(text, hits, [m.span()]) == [m.span()], m[0]
            found += 1
    assert found > 300
    whole = [(0, len(UNCOUNTED))]
    assert timex._counted_windows(UNCOUNTED, timex._SCAN.hits(UNCOUNTED), whole) == []
    assert timex._counted_windows(COUNTED, timex._SCAN.hits(COUNTED), [(0, len(COUNTED))]) == [(0, len(COUNTED))]
    dcts = [timex.parse_dct(d) for d in DCTS]
    gated = [timex._tag(text, dct) for text in texts for dct in dcts]
    assert sum(row[3] == "DURATION" for rows in gated for row in rows) > 300
    monkeypatch.setattr(timex, "_DURATION", -1)
    assert [timex._tag(text, dct) for text in texts for dct in dcts] == gated


@pytest.mark.parametrize("sentence", ["The leaders said they would meet on Thursday.", "They met on Thursday.",
                                      "Talks on Thursday will focus on trade.", "He is visiting China on Thursday."])
def test_the_dcts_weekday_is_the_dct(sentence):
    """A bare weekday that is the DCT's is the DCT, whatever the tense (forward and back both give it); the day
    before is read by the tense ("would meet on Wednesday" and "met on Wednesday" differ)."""
    assert timex.timexes(sentence, dct="2024-05-16")["value"].tolist() == ["2024-05-16"]
    before = sentence.replace("Thursday", "Wednesday")
    assert timex.timexes(before, dct="2024-05-16")["value"].tolist()[0] in ("2024-05-15", "2024-05-22")


def _reference(starts, ends, numbers, seg_starts, kinds, positions):
    """The sentence number and part of each position, by a plain scan."""
    out = []
    for s in positions:
        inside = [k for k in range(len(starts)) if starts[k] <= s]
        i = inside[-1] if inside else -1
        if i >= 0 and s < ends[i]:
            out.append((numbers[i], "body"))
            continue
        segs = [k for k in range(len(seg_starts)) if seg_starts[k] <= s]
        out.append((-1, chronology._where(kinds[segs[-1]] if segs else "header")))
    return out


def test_date_stage_places_dates_by_offsets():
    """Dates in sentences, between them (a caption segment) and before the first segment: sentence and part as
    a plain scan gives them, by bisecting the offsets, also when the sentences and segments are listed out of order."""
    text = "Headline May 16\nOn Monday talks began. Photo: Friday rally\nOn Tuesday they ended. Later, in 2023."
    rows = timex._tag(text, timex.parse_dct("2024-05-17"))
    positions = [r[0] for r in rows]
    assert len(positions) >= 4
    b1, b2 = text.index("On Monday"), text.index("On Tuesday")
    starts = np.array([b1, b2, text.index("Later")], dtype=np.int64)
    ends = np.array([text.index("Photo"), text.index(" Later"), len(text)], dtype=np.int64)
    numbers = np.array([0, 1, 2], dtype=np.int64)
    seg_starts = np.array([0, b1, text.index("Photo"), b2], dtype=np.int64)
    kinds = np.array(["title", "body", "caption", "body"], dtype=object)
    unit = ("a1", text, "2024-05-17", starts, ends, numbers, seg_starts, kinds)
    got = chronology._timex_units([("k", unit)])["timexes"]
    assert list(zip(got["sentence_no"], got["where"], strict=True)) == _reference(
        starts.tolist(), ends.tolist(), numbers.tolist(), seg_starts.tolist(), kinds.tolist(), positions)
    assert set(got["where"]) == {"body", "caption", "header"}
    # the same article with its sentences and segments listed out of order: the same sentences and parts
    order, seg_order = [2, 0, 1], [3, 1, 0, 2]
    shuffled = ("a1", text, "2024-05-17", starts[order], ends[order], numbers[order], seg_starts[seg_order],
                kinds[seg_order])
    again = chronology._timex_units([("k", shuffled)])["timexes"]
    assert list(zip(again["sentence_no"], again["where"], strict=True)) == list(zip(got["sentence_no"], got["where"],
                                                                                 strict=True))


def test_segment_actors_only_for_articles_with_dates_outside_sentences(tmp_path, monkeypatch):
    """The captions' and headers' actors are found for the articles with a date outside the story's sentences
    only (the others' are not wanted): the event mentions are those found when every article's are."""
    import shutil

    from presslens import read_corpus

    for name in ("runon_politics.txt", "header_outlet_ru.txt", "em_captions.txt", "cnn.txt"):
        shutil.copy(DATA / "articles" / name, tmp_path / name)
    monkeypatch.setenv("PRESSLENS_CACHE_DIR", str(tmp_path / "cache"))
    c = read_corpus(tmp_path / ".", progress=False)
    tx = chronology.corpus_timexes(c, progress=False, cache=False)
    outside = set(tx.loc[(tx["where"] == "body") & (tx["sentence_no"] < 0), "article_id"])
    assert outside == {"runon_politics", "header_outlet_ru"}
    seen: list[set] = []
    segment_actors = chronology._segment_actors

    def recording(segments, *args, **kwargs):
        seen.append(set(segments["article_id"]))
        return segment_actors(segments, *args, **kwargs)

    monkeypatch.setattr(chronology, "_segment_actors", recording)
    gaz = ROOT / "data" / "actors.yml"
    got = chronology.event_mentions(c, tx, gazetteer=gaz, cache=False)
    assert seen == [outside]
    found_actors = chronology._found_actors

    def every_article(corpus, aids, mode, actors, gazetteer, segments, *args):  # as before: all articles' segments
        return found_actors(corpus, aids, mode, actors, gazetteer, set(aids) if segments else set(), *args)

    monkeypatch.setattr(chronology, "_found_actors", every_article)
    assert chronology.event_mentions(c, tx, gazetteer=gaz, cache=False).equals(got)
    assert seen[-1] == set(c.articles["article_id"])


def _keywords_word_by_word(sentence: str, stop: frozenset[str], drop: set[str]) -> list[str]:
    """The key words as :func:`chronology._keywords` found them before its shortcuts: each word lower-cased on its
    own, the possessive cut by a pattern (a date word's dropped, another's its noun), Cyrillic words looked for in every sentence, numbers from the start."""
    words = {w.lower().strip("'’-") for w in chronology._WORD.findall(sentence)}
    words = {w for w in words if len(w) > 3 and re.sub(r"['’]s$", "", w) not in chronology._DATE_WORDS}.difference(stop)
    words = {w[:-2] if re.search(r"['’]s$", w) and len(w) > 5 else w for w in words}.difference(stop)  # "Forge's"
    ru_stop = chronology._stopwords_ru()
    for w in chronology._CYR_WORD.findall(sentence):
        w = w.lower().replace("ё", "е").strip("-")
        if len(w) > 3 and w not in ru_stop and not chronology._RU_DATE_WORD.match(w):
            words.add(chronology._ru_stem(w))
    for m in chronology._NUMBER.finditer(sentence):
        n = int(m.group(1).replace(",", ""))
        if n >= 32 and not 1800 <= n <= 2100:
            words.add(str(n))
    return sorted(words.difference(drop))


@pytest.mark.parametrize("sentence", [
    "Xi's visit to Moscow on Thursday's schedule cost $240.1 billion, 1,000,000 rubles and 73rd Tu-95 flights.",
    "O'Neill's -report- on the WEEK'S talks in 2024 named 31 ships and 32 planes.",
    "This week's summit: no numbers at all here",
    "Renée Zellweger’s CAFÉ — naïve ÉTUDES in Zürich, 1,250 Øre; ÆGIR’s",
    "ŸVONNE met the press", "İSTANBUL talks ended", "\u212aELVIN scale readings", "\u212bNGSTRÖM units here",
    "STRAẞE names changed",
    # stripped to 3 letters or fewer ("ab'-", "cat's'"), to 4 or more ("tank--", "talks'"), inner ones kept
    "The ab'- and cat's' or dogs-' tank-- talks' rock'n'roll -- a-b-c ab-c'' months' year's day's-x A×B÷CD",
    "Visit's ’s weeks’ Thursday’s o'clock's xx'-yy 'tis",
    "Визит Си Цзиньпина в Москву 21 декабря: 240,1 млрд рублей, ёлка и Пекине",
])
def test_key_words_as_word_by_word(sentence):
    """Key words as lower-casing each word gives them, for ASCII sentences (one call), Latin and Cyrillic ones and
    those with a capital that lower-cases into a word's letters from outside them."""
    stop = frozenset({"the", "and"})
    assert chronology._keywords(sentence, stop, {"moscow"}) == _keywords_word_by_word(sentence, stop, {"moscow"})


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abdeswkyAW'’- .×", max_size=60))
def test_key_words_of_any_runs_of_letters_apostrophes_and_hyphens(sentence):
    """Words stripped to more than 3 letters, possessives of date words ("week's", "days'") and the rest, in runs of
    letters, apostrophes and hyphens of every length: as word by word."""
    stop = frozenset({"sews"})
    assert chronology._keywords(sentence, stop, {"bead"}) == _keywords_word_by_word(sentence, stop, {"bead"})


def test_the_characters_that_lower_case_into_words_are_all_known():
    """Every character that lower-cases to more than one, or from outside :data:`chronology._WORD`'s characters
    into them (or the other way), is one :data:`chronology._LOWER_INTO_WORD` finds (İ by its length)."""
    word_char = re.compile(r"[A-Za-zÀ-ÿ'’\-]")
    odd = []
    for i in range(0x110000):
        c = chr(i)
        low = c.lower()
        if len(low) != 1:
            odd.append(c)
        elif bool(word_char.match(c)) != bool(word_char.match(low)):
            odd.append(c)
            assert chronology._LOWER_INTO_WORD.match(c), hex(i)
    assert odd == ["İ", "Ÿ", "ẞ", "\u212a", "\u212b"]
