"""Actors: who the coverage is about, who appears with whom, and how each article names each actor.

>>> gaz = read_gazetteer()                                   # data/actors.yml        # doctest: +SKIP
>>> m = mentions(corpus, gaz)                                # the ``actors`` table   # doctest: +SKIP
>>> actor_labels(m, corpus.articles)                         # "Chinese dictator" ... # doctest: +SKIP
>>> cooccurrence(m)                                          # pairs in one sentence  # doctest: +SKIP

**The gazetteer** (``data/actors.yml``) is a YAML list of ``{name, type, aliases, surname, roles}``
entries, read and checked by :func:`read_gazetteer`; see the comments at the top of that file. Matching is
dictionary matching (like GDELT's actor dictionaries or quanteda's dictionaries), no model: one regular
expression built as a character trie of every alias runs once over all sentences.

**Mentions** (:func:`mentions`) are found in ``sentences.text`` (story text, glued words repaired) and their
offsets mapped back to the decoded source through the repairs (:func:`presslens.tokens.to_source`). A
mention is, by ``match``:

* ``name`` — the canonical name or an alias, as written (case-sensitive; "Xi's" and "Xi’s" match "Xi";
  Russian names also with case endings: "Путина"; not after another's given name or, where the gazetteer gives
  the person's patronymic, another patronymic: "Дмитрий Белоусов", "Марина Юрьевна Белоусова" are someone else,
  and so is the surname alone after them);
* ``surname`` — a person's surname alone ("Wang", "Belousov"), only after the same article named the
  person in full; when two actors share the surname, the one named most recently wins (and nobody when
  someone else of that surname was named since: "Li Hui"); a surname written first (Chinese, Korean) is
  also the first word of the person's Russian aliases ("Ли" of "Ли Цян");
* ``coreference`` — "the <label>" after the article used that label for one actor ("Chinese leader Xi
  Jinping ... the Chinese leader said"): labels of two words or more holding a role noun, used for exactly
  one actor in the article; a bare office noun ("the president", "Премьер подчеркнул", in Russian only "Спикер
  заметил"; "Глава государства" for a president, not before the copula or a word of a power or duty: "Глава государства является ...",
  "вправе ...") for the one holder named before; a Russian nationality adjective and a bare "министр"
  ("Китайский министр", "российским министром") for the one minister of that state named before (by a gazetteer
  role such as "Chinese Foreign Minister" in its period); a Russian given name and patronymic ("Михаил
  Владимирович", "Валентина Ивановна") for the one person of that given name and patronymic (a gazetteer alias
  of three words gives it: "Михаил Владимирович Мишустин") named in full before;
* ``role`` — "the <role>" for a role listed in the gazetteer, only when the article's publication date lies
  in the role's period and exactly one actor held it then ("the Chinese President" -> Xi Jinping from
  2013-03-14). Undated articles get no role mentions.

Role and coreference phrases must follow "the" directly ("the former Russian President" is no match) and
are skipped when a capitalized word follows (a name: "the Chinese leader Deng Xiaoping") or when they are
part of another mention's label. A role also counts without "the" where copy by writers whose language has
no articles drops it: capitalized, opening a sentence or right after a comma or closing quote, and followed
by a lower-case word ("Chinese leader arrived in Astana"; '..., " Russian leader said'). Russian roles
need no article and decline ("китайского лидера", "с российской стороной"; :func:`_ru_role_key`). A state
has roles too, its nationality adjective and a word for its government ("Chinese officials said", "the Russian
side", "российская сторона"). A name inside a role mention is the role's word, not a mention of its own
("Kremlin" in "the Kremlin chief").

**Labels**: the words that name an actor where it is mentioned, in this order of preference:

1. a title run right before the name: capitalized title words, nationality adjectives, organization names
   and the role nouns and modifiers listed in :data:`ROLE_NOUNS` and :data:`MODIFIERS`, joined by "of"/"of
   the"/"for", holding at least one role noun ("Russian Federation Council President Valentina
   Matviyenko", "US Secretary of State Antony Blinken", "Former Russian President Dmitry Medvedev");
2. an apposition before the name, between a comma and the name, with the name followed by a comma or the
   end of the sentence ("The Russian President, Vladimir Putin, highlighted"; "the chief of Chinese
   diplomacy, Wang Yi, urged");
3. an apposition after the name, between commas or ending the sentence ("Sergei Shoigu, now secretary of
   the Russian Security Council.").

An apposition is a noun phrase: [determiner] modifiers* ROLE-NOUN [preposition + up to 8 words], with no
conjunction, relative pronoun or verb of saying in it. A leading determiner (the, a, his, her, its, their)
and, after a name, an adverb (now, currently) are dropped; the rest is kept as written.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from . import schema
from .patterns import WORD_CHAR as _WORD_CHAR
from .patterns import trie_regex
from .patterns import word_start_matches as _word_start_matches
from .tokens import _TokenUnits, _unit_sentence_repairs, article_repairs

__all__ = [
    "GazetteerError", "TYPES", "ROLE_NOUNS", "MODIFIERS", "default_gazetteer_path", "read_gazetteer",
    "check_gazetteer", "gazetteer_table", "check_types", "resolve_names", "targets", "actor_tone", "mentions", "mentions_stage", "label_summary", "actor_counts", "actor_labels",
    "cooccurrence", "mentions_over_time", "discover_names", "names_stage", "plot_counts", "plot_over_time", "plot_network",
]

TYPES = ("person", "organization", "country", "place", "media")

# Role nouns: a label must hold one of these (lower-cased; the last part of a hyphenated word counts,
# so "ex-president" and "vice-chairman" do). Kept deliberately to nouns that name an office, a function or
# a relation between officials, never a plain occupation or a description.
ROLE_NOUNS = frozenset("""
president leader dictator autocrat strongman despot tyrant ruler premier chancellor minister
chairman chairwoman chairperson chair secretary secretary-general spokesman spokeswoman spokesperson
diplomat counterpart official officials ambassador envoy representative delegate negotiator adviser
advisor aide head chief director governor mayor speaker senator lawmaker legislator deputy commissioner
commander general admiral marshal colonel officer king queen prince monarch emperor tsar czar patriarch
pope founder ceo boss mp vice-president vice-premier prime-minister broadcaster agency newspaper daily
media outlet channel network tabloid magazine
""".split())
# The role nouns that name an organization, not a person's office: labels an organization may have
ORG_ROLE_NOUNS = frozenset("broadcaster agency newspaper daily media outlet channel network tabloid magazine".split())

# Russian role nouns, as stems (case endings vary: президент, президента, президентом).
_RU_ROLE = re.compile(r"^(?:президент|председател|лидер|глав[аеуыо]|министр|премьер|генсек|секретар|"
                      r"пресс-секретар|посол|посл[аеуо]м?|спикер|канцлер|замглав|зампред|заместител|помощник|"
                      r"советник|руководител|директор|губернатор|мэр[аеуом]*$|депутат|сенатор|генерал|командующ|"
                      r"представител|диктатор|вице-)", re.IGNORECASE)

# Words allowed in a title run besides role nouns and capitalized words (lower-cased).
MODIFIERS = frozenset("""
former ex new late then current incumbent incoming outgoing acting interim deputy vice first top chief
senior foreign defense defence state prime general main powerful longtime long-time veteran supreme
military security finance economy economic trade national federal party communist authoritarian
presidential special permanent executive assistant associate high press government regional
intelligence opposition rebel separatist pro-kremlin pro-russian pro-western nationalist hardline
hard-line ousted exiled jailed self-proclaimed elected president-elect de facto official news public
""".split())

# Determiners dropped from the left of a label; adverbs dropped after a name ("Shoigu, now secretary ...").
DETERMINERS = frozenset("the a an his her its their our this that".split())
ADVERBS = frozenset("now currently also still".split())
PREPOSITIONS = frozenset("of for at to in on from with".split())
# Words that end an apposition: conjunctions, relative pronouns, verbs of saying.
NOT_IN_APPOSITION = frozenset("""
and or but nor who whom whose which that where when while said says say told tells added noted stressed
urged called announced is are was were has have had will would should could can may might be been being
""".split())
# Capitalized words that never belong to a title run or a discovered name.
STOP_CAPS = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December I A An The This That These Those There Here It He She They
We You His Her Their Its Our My Your However But And Or Yet So Then Now Also Meanwhile When While After
Before Earlier Later Last Next On In At During As For With From By Since Until Under Over Amid Despite
Following Ahead Yesterday Today Tomorrow Tonight According Speaking Asked Both Even Still Thus Moreover
Furthermore Besides Instead Although Though Because If Unlike Like Previously Recently Currently Finally
Only Just Some Many Most All No Not Other Another Such What Which Who Whom Whose Where Why How Every Each
Mr Mrs Ms Dr Sir Madam Of To Into About Against Between Through Without Within Among Toward Towards Per
Via Is Are Was Were Be Has Have Had Do Does Did Will Would Should Could Can May Might Must Shall Let
Photo Source Read More Share Tweet Updated Posted Published Modified File Archive Already Again Nevertheless See
Nonetheless Indeed Perhaps Otherwise Therefore Hence Together Once Soon Jan Feb Mar Apr Jun Jul Aug Sep Sept
Oct Nov Dec Two Three Four Five Six Seven Eight Nine Ten Several Dozens Hundreds Thousands Few
""".split())
# Nationality adjectives: the usual suffixes (Russian, Korean, Chinese, British) and a list of the rest.
_NATIONALITY = re.compile(
    r"^(?:[A-Z][a-z]+(?:ian|ean|ese|ish)|American|Mexican|Cuban|Venezuelan|Afghan|Kazakh|Uzbek|Tajik|Kyrgyz|"
    r"Turkmen|Thai|Dutch|French|Greek|Czech|Slovak|Swiss|Welsh|Moroccan|Filipino|Israeli|Pakistani|Saudi|"
    r"Iraqi|Emirati|Qatari|Yemeni|Azerbaijani|Bangladeshi|Kuwaiti|Omani|Somali|Nepali|Arab|Slavic|Baltic|"
    r"Nordic|Western|Sino|Soviet|German|Kazakhstani|Uzbekistani|Tajikistani|Kyrgyzstani|Belarusian)$")

# a token: initials with periods ("U.S.", two letters at least) or a word with inner hyphens and apostrophes,
# (?:[^\W\d_]\.){2,}|\w+(?:[-'’]\w+)* written with the first character, which both alternatives start with,
# taken out front: the engine then scans for word characters in C instead of trying both at every position
_TOKEN = re.compile(r"\w(?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+|\w*(?:[-'’]\w+)*)")
# Where a name ends: no word character after it, nor an apostrophe with letters after it other than a possessive
# "s" ("Xi's" is Xi, "Xi'an" a city)
_NAME_END = r"(?!\w)(?![$])(?!['’](?!s(?!\w))[^\W\d_])"  # "US$240" is a currency
_SEP = "\x00"  # joins sentences for one regex pass; neither \w nor \s, so nothing matches across it
_CYRILLIC_ENDING = r"(?:ами|ями|ого|ему|ому|ой|ей|ом|ем|ым|им|ах|ях|ов|ев|а|я|у|ю|е|ы|и)?"
# the other case endings of a word in -а/-я (Москвы, Москве, Москву, Москвой; России, Россию, Россией)
_CYRILLIC_FEM_ENDING = r"(?:ою|ею|ой|ей|ы|и|е|у|ю)"
# A given name before the last word of a Russian alias declines too ("Владимира Путина", "Юрия Ушакова",
# "Марии Захаровой"): its stem, then one of these, by the name's last letter (see _declined_words)
# the case endings of a word in -ь, masculine or feminine (Кремль: Кремля, Кремлём, в Кремле; Казань: Казани)
_CYRILLIC_SOFT_ENDING = r"(?:ем|ём|ью|ь|я|ю|е|и)"
# the case endings of a place's name in the plural, -ы (Штаты: Штатов, Штатам, Штатами, Штатах; Филиппины:
# Филиппин, with none)
_CYRILLIC_PLURAL_ENDING = r"(?:ы|ов|ам|ами|ах)?"
# the case endings of a plural noun in -а after plural adjectives (Соломоновы Острова: Соломоновых Островов,
# Островам, Островами, на Островах), and of a short possessive adjective in the plural before it (Соломоновы,
# Маршалловы, Каймановы: -ых, -ым, -ыми)
_PLURAL_A_ENDING = r"(?:а|ов|ам|ами|ах)"
# the case endings of a man's surname that declines as an adjective, after its stem less -ий (Зеленский:
# Зеленского, Зеленскому, Зеленским, о Зеленском)
_ADJ_SURNAME_ENDING = r"(?:ий|ого|ому|им|ом)"
_SHORT_POSSESSIVE_ENDING = r"(?:ыми|ых|ым|ы)"
_GIVEN_ENDINGS = {"\x03": r"(?:ем|ём|й|я|ю|е|и)",      # Юрий, Сергей: Юрия, Сергеем
                  "\x04": r"(?:ем|ём|ь|я|ю|е|и)",      # Игорь: Игоря
                  "\x05": r"(?:ою|ею|ой|ей|а|я|ы|и|е|у|ю)"}  # Мария, Анна, Никита: Марии, Анны


class GazetteerError(ValueError):
    """A malformed gazetteer: the message names the file, the entry and the problem."""


# --- the gazetteer -------------------------------------------------------------------------------------

def default_gazetteer_path() -> Path:
    """``data/actors.yml`` of the repository holding this package, else ``data/actors.yml`` or
    ``../data/actors.yml`` from the working directory (notebooks run in ``notebooks/``)."""
    import presslens

    candidates = [Path(presslens.__file__).resolve().parents[2] / "data" / "actors.yml",
                  Path("data") / "actors.yml", Path("..") / "data" / "actors.yml"]
    for p in candidates:
        if p.is_file():
            return p
    return candidates[0]


def safe_load_yaml(text: str):
    """``yaml.safe_load`` with libyaml's parser when PyYAML has it (the same documents, 7x faster on a
    gazetteer), else PyYAML's own."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


def read_gazetteer(path: str | Path | None = None) -> list[dict]:
    """Read and check a gazetteer YAML file (default: :func:`default_gazetteer_path`).

    Returns the checked entries (see :func:`check_gazetteer`). Raises :class:`GazetteerError` naming the
    file, the entry number (1-based) and every problem found, and FileNotFoundError for a missing file.
    """
    import yaml

    p = Path(path) if path is not None else default_gazetteer_path()
    if not p.is_file():
        raise FileNotFoundError(f"gazetteer {p} does not exist (working directory {Path.cwd()}); give the "
                                f"path of an actors YAML file such as data/actors.yml")
    try:
        data = safe_load_yaml(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise GazetteerError(f"{p}: not valid YAML: {e}") from None
    if isinstance(data, Mapping) and len(data) == 1 and set(data) & {"actors", "gazetteer"}:
        data = next(iter(data.values()))
    return check_gazetteer(data, source=str(p))


def _day(value, where: str, problems: list[str]) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str | int) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(value).strip()):
        return str(value).strip()
    problems.append(f"{where}: a date must be written YYYY-MM-DD, got {value!r}")
    return ""


def _strings(value, where: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        problems.append(f"{where} must be a list (write [{value}]), got the string {value!r}")
        return []
    if not isinstance(value, list):
        problems.append(f"{where} must be a list of strings, got {type(value).__name__}")
        return []
    out = []
    for v in value:
        if isinstance(v, str | int | float) and not isinstance(v, bool) and str(v).strip():
            out.append(" ".join(str(v).split()))
        else:
            problems.append(f"{where} holds {v!r}, which is not a non-empty string")
    return out


def check_gazetteer(entries, *, source: str = "gazetteer") -> list[dict]:
    """Check gazetteer entries (a list of mappings) and return them normalized.

    Each returned entry has ``name`` (str), ``type`` (one of :data:`TYPES`), ``aliases`` (list of str,
    without the name), ``surname`` (str; '' for non-persons) and ``roles`` (list of ``{role, from, to}``
    with ISO dates, '' for open ends). Raises :class:`GazetteerError` listing every problem: the entry
    number and name, a missing or wrong field, and aliases given to two actors.
    """
    if not isinstance(entries, list):
        raise GazetteerError(f"{source}: the gazetteer must be a YAML list of entries (- name: ...), "
                             f"got {type(entries).__name__}")
    problems: list[str] = []
    out: list[dict] = []
    owner: dict[str, tuple[int, str]] = {}
    for no, entry in enumerate(entries, start=1):
        where = f"{source}, entry {no}"
        if not isinstance(entry, Mapping):
            problems.append(f"{where}: must be a mapping with name, type and aliases, got {entry!r}")
            continue
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: 'name' is missing or empty")
            continue
        name = " ".join(name.split())
        where = f"{source}, entry {no} ({name})"
        unknown = sorted(set(map(str, entry)) - {"name", "type", "aliases", "surname", "roles", "note"})
        if unknown:
            problems.append(f"{where}: unknown field(s) {unknown}; allowed: name, type, aliases, surname, roles, note")
        kind = entry.get("type")
        if kind not in TYPES:
            problems.append(f"{where}: 'type' must be one of {', '.join(TYPES)}, got {kind!r}")
        aliases = [a for a in _strings(entry.get("aliases"), f"{where}: 'aliases'", problems) if a != name]
        surname = entry.get("surname") or None  # '' (as check_gazetteer returns) means none
        if surname is not None and (not isinstance(surname, str) or not surname.strip()):
            problems.append(f"{where}: 'surname' must be a non-empty string, got {surname!r}")
            surname = None
        if kind == "person":
            surname = " ".join(surname.split()) if surname else name.split()[-1]
        elif surname:
            problems.append(f"{where}: 'surname' is only for persons (type is {kind!r})")
            surname = ""
        else:
            surname = ""
        roles = []
        raw_roles = entry.get("roles")
        if raw_roles is not None and not isinstance(raw_roles, list):
            problems.append(f"{where}: 'roles' must be a list, got {type(raw_roles).__name__}")
            raw_roles = []
        for rno, r in enumerate(raw_roles or [], start=1):
            rw = f"{where}: role {rno}"
            if isinstance(r, str) and r.strip():
                roles.append({"role": " ".join(r.split()), "from": "", "to": ""})
            elif isinstance(r, Mapping) and isinstance(r.get("role"), str) and r["role"].strip():
                extra = sorted(set(map(str, r)) - {"role", "from", "to"})
                if extra:
                    problems.append(f"{rw}: unknown field(s) {extra}; allowed: role, from, to")
                lo, hi = _day(r.get("from"), rw, problems), _day(r.get("to"), rw, problems)
                if lo and hi and hi < lo:
                    problems.append(f"{rw}: 'to' {hi} is before 'from' {lo}")
                roles.append({"role": " ".join(r["role"].split()), "from": lo, "to": hi})
            else:
                problems.append(f"{rw}: must be a phrase or {{role: ..., from: YYYY-MM-DD, to: YYYY-MM-DD}}, got {r!r}")
        for alias in dict.fromkeys([name, *aliases]):
            key = _fold(alias)
            if key in owner and owner[key][1] != name:
                o_no, o_name = owner[key]
                problems.append(f"{where}: alias {alias!r} is also given to {o_name!r} (entry {o_no}); "
                                f"an alias must name one actor")
            else:
                owner.setdefault(key, (no, name))
        if any(e["name"] == name for e in out):
            problems.append(f"{where}: the name {name!r} is used by an earlier entry; merge the two")
        out.append({"name": name, "type": kind, "aliases": list(dict.fromkeys(aliases)), "surname": surname,
                    "roles": roles})
    if problems:
        raise GazetteerError(f"{len(problems)} problem(s) in {source}:\n  " + "\n  ".join(problems))
    return out


def _as_gazetteer(gazetteer) -> list[dict]:
    if gazetteer is None or isinstance(gazetteer, str | Path):
        return read_gazetteer(gazetteer)
    if isinstance(gazetteer, pd.DataFrame):
        gazetteer = gazetteer.to_dict("records")
    return check_gazetteer(list(gazetteer), source="gazetteer (given as a list)")


def check_types(types: Sequence[str] | str | None, gazetteer=None) -> list[str] | None:
    """``types`` as a list (None stays None: every type), each one checked: an actor type that is not in
    :data:`TYPES` nor in ``gazetteer`` raises ValueError naming it, the known types, and the closest of
    them ("persons": did you mean 'person'?), instead of silently leaving every such actor out."""
    if types is None:
        return None
    if isinstance(types, str):
        types = [types]
    known = list(TYPES)
    if gazetteer is not None:
        known += sorted({e["type"] for e in _as_gazetteer(gazetteer)} - set(TYPES))
    unknown = [t for t in types if t not in known]
    if unknown:
        import difflib

        hints = [f"{t!r} (did you mean {close[0]!r}?)" if (close := difflib.get_close_matches(str(t), known, n=1))
                 else repr(t) for t in unknown]
        raise ValueError(f"unknown actor type{'s' if len(unknown) > 1 else ''} {', '.join(hints)}; "
                         f"the known types are {', '.join(known)}")
    return list(types)


def resolve_names(names: Iterable[str], gazetteer=None) -> tuple[list[str], list[str]]:
    """The gazetteer's own names for ``names`` (an actor filter), and a sentence for each name that was
    not one: a name written in another case, an alias or a surname of one actor is taken as that actor
    ("Putin": "Vladimir Putin"); a name several actors share, or one that matches none, is kept as given,
    with the actors it could be or the closest names (difflib) in its sentence.

    Returns ``(names, notes)``."""
    import difflib

    gaz = _as_gazetteer(gazetteer)
    canonical = {e["name"] for e in gaz}
    by_fold: dict[str, set[str]] = {}
    for e in gaz:
        for form in (e["name"], *e["aliases"], e.get("surname") or ""):
            if form:
                by_fold.setdefault(form.casefold(), set()).add(e["name"])
    out, notes = [], []
    for name in names:
        name = str(name)
        if name in canonical:
            out.append(name)
            continue
        hits = sorted(by_fold.get(name.strip().casefold(), ()))
        if len(hits) == 1:
            out.append(hits[0])
            notes.append(f"'{name}' is taken as '{hits[0]}', the gazetteer's name for it.")
            continue
        out.append(name)
        if hits:
            notes.append(f"'{name}' could be any of {', '.join(repr(h) for h in hits)}: give the one meant; "
                         f"no event is kept for '{name}' as written.")
            continue
        close = difflib.get_close_matches(name, sorted(canonical), n=3, cutoff=0.6)
        close_forms = difflib.get_close_matches(name.casefold(), sorted(by_fold), n=3, cutoff=0.6)
        close += [n for f in close_forms for n in sorted(by_fold[f]) if n not in close]
        notes.append(f"'{name}' is not a name in the gazetteer" +
                     (f"; the closest are {', '.join(repr(n) for n in close[:3])}." if close else
                      ", nor close to one: only events naming exactly this name are kept."))
    return out, notes


def gazetteer_table(gazetteer=None) -> pd.DataFrame:
    """The gazetteer as a table, one row per actor.

    Returns columns: name, type, aliases (list), surname, roles (list of 'role (from..to)' strings).
    """
    gaz = _as_gazetteer(gazetteer)
    rows = [{"name": e["name"], "type": e["type"], "aliases": list(e["aliases"]), "surname": e["surname"],
             "roles": [f"{r['role']} ({r['from']}..{r['to']})" for r in e["roles"]]} for e in gaz]
    return pd.DataFrame(rows, columns=["name", "type", "aliases", "surname", "roles"])


def targets(gazetteer=None, *, types: Sequence[str] | None = None,
            names: Iterable[str] | None = None) -> dict[str, list[str]]:
    """``{canonical name: [name, alias, ...]}`` for :func:`presslens.sentiment.target_sentiment` and the
    like, optionally for the given ``types`` and canonical ``names`` only (in the order of ``names``).
    Roles and surnames are left out (they need the article context that :func:`mentions` uses)."""
    gaz = _as_gazetteer(gazetteer)
    types = check_types(types, gaz)
    out = {e["name"]: [e["name"], *e["aliases"]] for e in gaz if types is None or e["type"] in types}
    return out if names is None else {n: out[n] for n in names if n in out}


def actor_tone(scored: pd.DataFrame, gazetteer=None, *, names: Iterable[str] | None = None,
               **options) -> pd.DataFrame:
    """Sentiment of the sentences naming each actor by its name or an alias: the rows of
    :func:`presslens.sentiment.target_sentiment` (``by="all"``) for the :func:`targets` of the gazetteer,
    for the actors ``names`` only (in that order) when given.

    Every actor of the gazetteer is searched for, whatever ``names`` asks: an actor's rows depend on its
    own aliases alone, and these are the sentiment notebook's default targets, so a run of both notebooks
    finds the mentions once (the cached target stage). ``options``: ``cache``, ``engine``, ``workers``,
    ``scheduler``, ``progress`` of :func:`~presslens.sentiment.target_sentiment`.

    Returns the columns of the ``sentiment_targets`` table: target, by, group, n_sentences, n_articles,
    mean_compound, ci_low, ci_high, share_positive, share_neutral, share_negative.
    """
    from .sentiment import target_sentiment

    tg = targets(gazetteer)
    out = target_sentiment(scored, tg, by="all", **options)
    if names is None:
        return out
    rank = {n: i for i, n in enumerate(dict.fromkeys(names))}
    out = out[out["target"].isin(rank)]
    return out.iloc[np.argsort(out["target"].map(rank).to_numpy(), kind="stable")].reset_index(drop=True)


# --- compiled matcher ------------------------------------------------------------------------------------

def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _inflects(alias: str) -> bool:
    last = alias.split()[-1]
    # a short last word declines after another word: a Chinese given name ("Ли Цяном", "Цинь Гана"), a Korean
    # one of two letters ("Ким Чен Ыном")
    return (len(last) >= 4 or (len(last) in (2, 3) and " " in alias)) and bool(_CYRILLIC_WORD.fullmatch(last)) and (
        last[-1].lower() not in "аяоеиыуюьй") and not _adjective_surname_stem(alias)


def _short_i_stem(alias: str) -> str:
    """The stem of a Russian alias whose last word ends in a vowel and -й and declines as a noun (Китай: "из
    Китая", "в Китае", "с Китаем", "по Китаю"; Дубай, Уругвай): the alias less -й, or '' for any other alias (-ий,
    -ой, -ый are adjectives' endings: Зеленский, Толстой)."""
    last = alias.rsplit(" ", 1)[-1]
    if len(last) >= 4 and _CYRILLIC_WORD.fullmatch(last) and last[-2:].lower() in ("ай", "яй", "ей", "уй"):
        return alias[:-1]
    return ""


def _adjective_surname_stem(alias: str) -> str:
    """The stem of a Russian alias whose last word is a man's surname in -ский/-цкий, which declines as an adjective
    (Зеленский: "с Владимиром Зеленским", "Зеленского"): the alias less -ий, or '' for any other alias. (Such a
    surname takes no noun's endings: "Зеленскийого" is no word.)"""
    last = alias.rsplit(" ", 1)[-1]
    if len(last) >= 6 and _CYRILLIC_WORD.fullmatch(last) and last[-4:].lower() in ("ский", "цкий"):
        return alias[:-2]
    return ""


def _feminine_stem(alias: str, *, person: bool = True) -> str:
    """The stem of a Russian alias whose last word declines like Москва, Россия, Захарова (ending in -а/-я):
    the alias less that letter, or '' for any other alias. A person's last word has 5 letters at least (a
    short one is a Chinese or Korean given name: "Ли Цяна"); a place's may have 4 (Куба, Гана, дума) and
    hyphens (Шри-Ланка: Шри-Ланки)."""
    last = alias.split()[-1]
    word = _CYRILLIC_WORD if person else _CYRILLIC_COMPOUND
    if len(last) >= (5 if person else 4) and word.fullmatch(last) and last[-1] in "ая":
        return alias[:-1]
    return ""


def _plural_stem(alias: str) -> str:
    """The stem of a Russian alias of a place whose last word is a plural in -ы (Нидерланды, Соединённые
    Штаты): the alias less that letter, or '' for any other alias."""
    last = alias.split()[-1]
    if len(last) >= 5 and _CYRILLIC_WORD.fullmatch(last) and last[-1] == "ы":
        return alias[:-1]
    return ""


_SHORT_POSSESSIVE = re.compile(r"[А-ЯЁа-яё]{2,}(?:ов|ев|ин|ын)ы")  # Соломоновы, Маршалловы, Каймановы


def _plural_a_stem(alias: str) -> str:
    """The stem of a Russian alias of a place whose last word is a plural noun in -а after plural adjectives
    (Соломоновы Острова, Виргинские Острова: a singular noun in -а follows a singular adjective, Южная Корея): the
    alias less that letter, or '' for any other alias."""
    *before, last = alias.split(" ")
    if before and len(last) >= 5 and _CYRILLIC_WORD.fullmatch(last) and last[-1] == "а" and all(
            w[-2:].lower() in ("ые", "ие") or _SHORT_POSSESSIVE.fullmatch(w) for w in before):
        return alias[:-1]
    return ""


def _soft_stem(alias: str) -> str:
    """The stem of a one-word Russian alias in -ь (Кремль, Казань): the alias less that letter, or ''."""
    if len(alias) >= 5 and re.fullmatch(r"[А-ЯЁ][а-яё]+ь", alias):
        return alias[:-1]
    return ""


def _acronym_word(alias: str) -> str:
    """An organization's acronym of 4+ capital letters written as a word, as British papers and the BBC write
    acronyms read as words ("BRICS" -> "Brics", "NATO" -> "Nato"); '' for any other alias."""
    if len(alias) >= 4 and alias.isascii() and alias.isalpha() and alias.isupper():
        return alias[0] + alias[1:].lower()
    return ""


def _trie_regex(keys: Iterable[str]) -> str:
    """A regex alternation of ``keys`` as a character trie (fast in Python's engine; longest key wins).
    In keys, ' ' stands for any white space, "'" for either apostrophe, '\\x01' for Russian case endings."""
    return trie_regex(keys, {" ": r"\s+", "'": "['’]", "\x01": _CYRILLIC_ENDING, "\x02": _CYRILLIC_FEM_ENDING,
                             "\x06": _CYRILLIC_SOFT_ENDING, "\x0e": _CYRILLIC_PLURAL_ENDING, "\x0f": _SHORT_POSSESSIVE_ENDING,
                             "\x10": _PLURAL_A_ENDING, "\x11": _ADJ_SURNAME_ENDING, **_GIVEN_ENDINGS, **_ROLE_ENDINGS})


_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")
_CYRILLIC_COMPOUND = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")  # a word with hyphens: Шри-Ланка, Коста-Рика
_DASHES = ("—", "–", "-")  # a dash between the words of a name: "Папуа — Новая Гвинея"
# Case endings of the words of Russian roles (see _ru_role_key): an adjective's; a noun's in -а/-я
_ROLE_ENDINGS = {"\x07": r"(?:ыми|ими|ого|его|ому|ему|ий|ый|ой|ей|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ым|им|ом|ем)",
                 "\x08": r"(?:а|я|ою|ею|ой|ей|ы|и|е|у|ю)"}


def _adjective(word: str) -> bool:
    """Whether a Russian word of 5+ letters has an adjective's ending in the nominative (китайский, Южная,
    Соединённые, Святой, Американское)."""
    return len(word) > 4 and word[-2:].lower() in ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые")


def _ru_role_key(role: str) -> str:
    """A Russian role phrase ("китайский лидер", "российская сторона", "председатель КНР") as a key of
    :func:`_trie_regex` with marks for its case endings: its adjectives and its noun decline ("китайского
    лидера", "с российской стороной"); a word after the noun (a genitive, an acronym: "России", "КНР") stays
    as written."""
    out, noun = [], False
    for w in role.split():
        low = w.lower()
        if noun or not _CYRILLIC_WORD.fullmatch(w) or w.isupper():
            out.append(w)
        elif _adjective(w):
            out.append(w[:-2] + "\x07")
        else:
            noun = True
            if low[-1] in "ая":
                out.append(w[:-1] + "\x08")
            elif low[-1] == "ь":
                out.append(w[:-1] + "\x06")
            elif low[-1] in "оеиыуюэё":
                out.append(w)
            else:
                out.append(w + "\x01")
    return " ".join(out)


# A word saying a role's holder is not the one in office at the time ("бывший министр иностранных дел России",
# "экс-глава МИД", "тогдашний", "будущий"), right before a Russian role: as "the former Russian President" in
# English, no mention of the holder of the article's day
_RU_NOT_INCUMBENT = re.compile(r"(?:(?<![\w-])(?:[Бб]ывш|[Тт]огдашн|[Пп]режн|[Бб]удущ)[а-яё]{0,4}\s+|"
                               r"(?<![\w-])[Ээ]кс-\s*)\Z")


def _basic_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a character of U+0400-U+047F (the Russian letters among them): a UTF-8 lead byte
    D0 or D1, found in its encoding by two byte searches, many times cheaper than testing a class at every
    character of the text (an English text in typographic quotes is no ASCII, but holds none)."""
    data = text.encode("utf-8", "surrogatepass")
    return b"\xd0" in data or b"\xd1" in data


def _ru_roles(mt: _Matcher, joined: str, cyrillic: bool | None = None) -> list[tuple[int, int, str]]:
    """Russian roles (see :func:`_ru_role_key`), which need no article: (start, end, text) in ``joined``; not
    one a word such as "бывший" says is not its holder of the day (:data:`_RU_NOT_INCUMBENT`). ``cyrillic``:
    :func:`_basic_cyrillic` of ``joined`` when known."""
    if not mt.ru_role_forms or joined.isascii() or (mt.ru_roles_first is not None and (
            (mt.ru_firsts_basic and not (_basic_cyrillic(joined) if cyrillic is None else cyrillic))
            or mt.ru_roles_first.search(joined) is None)):
        return []  # (no character a Russian role opens with: its pattern not even compiled)
    return [(m.start(), m.end(), m.group(0)) for m in _word_start_matches(mt.ru_roles, joined)
            if not _RU_NOT_INCUMBENT.search(joined, max(0, m.start() - 16), m.start())]


def _declined_words(alias: str, *, person: bool = True) -> tuple[str, list[str]] | None:
    """For a Russian alias of two or more words ("Юрий Ушаков"), its words but the last with their case-ending
    marks ("Юри\x03 "), and their stems (["юри"]), or None for any other alias. The last word is left to
    :func:`_inflects`, :func:`_feminine_stem`, :func:`_plural_stem` and :func:`_plural_a_stem`. In the name of
    anything but a person, a word with an adjective's ending declines as an adjective ("Южная Корея": "Южной",
    "Южную"; "Соединённые Штаты": "Соединённых"), a short possessive one in the plural as one ("Соломоновы
    Острова": "Соломоновых"); a given name does not ("Дмитрий")."""
    words = alias.split(" ")
    if len(words) < 2 or not all(_CYRILLIC_WORD.fullmatch(w) or w in _DASHES for w in words[:-1]) or \
            not _CYRILLIC_WORD.fullmatch(words[-1]):
        return None
    marked, stems = [], []
    for w in words[:-1]:
        last = w[-1].lower()
        if not person and _adjective(w):
            marked.append(w[:-2] + "\x07")
            stems.append(w[:-2].lower())
        elif not person and _SHORT_POSSESSIVE.fullmatch(w):
            marked.append(w[:-1] + "\x0f")
            stems.append(w[:-1].lower())
        elif len(w) < 3:
            marked.append(w)
            stems.append(w.lower())
        elif last in "йь":
            marked.append(w[:-1] + ("\x03" if last == "й" else "\x04"))
            stems.append(w[:-1].lower())
        elif last in "ая":
            marked.append(w[:-1] + "\x05")
            stems.append(w[:-1].lower())
        elif last in "оеиыуюэё":
            marked.append(w)  # indeclinable
            stems.append(w.lower())
        else:
            marked.append(w + "\x01")
            stems.append(w.lower())
    return " ".join(marked) + " ", stems


@dataclass
class _Matcher:
    alias_of: dict[str, str]          # folded alias -> actor
    surname_of: dict[str, list[str]]  # folded surname -> actors
    role_of: dict[str, list[tuple[str, str, str]]]  # folded lower role -> [(actor, from, to)]
    type_of: dict[str, str]
    caps: frozenset[str]              # capitalized words that start an alias (known at sentence start)
    inflected: list[str] = field(default_factory=list)
    # Russian aliases of several words: (stems of the words but the last, folded last word or its stem, actor)
    declined: list[tuple[list[str], str, str]] = field(default_factory=list)
    given_stems: frozenset[str] = frozenset()  # stems of the first words of ``declined`` ("владимир", "юри")
    # ... of people only: an organization's first word ("Совбеза" of "Совбез России") is nobody's given name
    person_given_stems: frozenset[str] = frozenset()
    given_of: dict[str, frozenset[str]] = field(default_factory=dict)  # actor -> its ``given_stems``
    # the given names of the people's aliases in Latin letters ("Dmitry" of "Dmitry Medvedev"; not a surname written
    # first, "Xi" of "Xi Jinping"), and each person's own ("Nikolai", "Nikolay" of Nikolai Patrushev)
    latin_given: frozenset[str] = frozenset()
    latin_given_of: dict[str, frozenset[str]] = field(default_factory=dict)
    # the names and the roles as patterns without a leading (?<!\w), which Python's engine scans for much faster;
    # see _word_start_matches. The names' scan is split (see _name_matches): the names that open with a
    # capital letter, and those that open with a lower-case word ("the Netherlands", "von der Leyen"), looked
    # for only where what follows that word is found; names_scan holds every name, for when that split
    # cannot be made.
    names_scan: re.Pattern | None = None
    names_upper: re.Pattern | None = None
    names_lower: re.Pattern | None = None
    lower_rests: re.Pattern | None = None  # what follows the lower-case words of names_lower's names
    lower_heads: tuple[tuple[str, ...], ...] = ()  # those lower-case words, each name's
    names_open_words: bool = False  # whether names_scan and names_upper match only where a word opens
    roles_scan: re.Pattern | None = None
    bare_roles: re.Pattern | None = None  # a role without "the" opening a sentence or after a quote (see _bare_roles)
    # ... as one pattern for each character it may open with (see _bare_roles)
    bare_role_scans: tuple[re.Pattern, ...] = ()
    # a pattern of the letters the Russian roles open with (see ru_roles), which a text must hold for any to match
    ru_roles_first: re.Pattern | None = None
    # the Russian roles' forms as keys of _trie_regex with marks for their case endings (see _ru_role_key): one for
    # each of ru_role_keys, their patterns made when first wanted (ru_roles, ru_role_lookup)
    ru_role_forms: tuple[str, ...] = ()
    ru_role_keys: tuple[str, ...] = ()
    offices: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # OFFICE_NOUNS key -> holders
    # a state's nationality adjective (from its roles "South Korean officials") -> [(state, from, to)], and the
    # scan for one before a title or coordinated (see _state_adjectives)
    state_adjs: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    # a state -> the people who are its ministers, from English roles ("Chinese Foreign Minister"), and the scan for
    # a Russian nationality adjective before a bare "министр" (see _state_ministers), its stem -> the state
    ministers: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    ru_minister_scan: re.Pattern | None = None
    ru_state_stems: dict[str, str] = field(default_factory=dict)
    state_scan: re.Pattern | None = None
    looked_up: dict[str, tuple[str, str] | None] = field(default_factory=dict)

    def declined_given(self, word: str) -> bool:
        """Whether ``word`` is a case form of the first word of a Russian alias ("Владимиром", "Юрия")."""
        low = word.lower()
        return not word.isascii() and any(low[:len(low) - k] in self.given_stems for k in range(4))

    def other_given(self, word: str, actor: str) -> bool:
        """Whether ``word`` is a case form of a Russian given name that is not ``actor``'s, when the gazetteer
        gives ``actor`` a Russian name with a given name ("Дмитрий" before Andrey Belousov's "Белоусов"): the
        stem and a case ending, not any word that opens with a short stem ("Лишь Путин", "Сила Путина": "ли",
        "си" are Chinese family names, which :attr:`person_given_stems` leaves out too)."""
        own = self.given_of.get(actor)
        if not own or word.isascii() or not word[:1].isupper():
            return False
        low = word.lower()
        if not any(low[:len(low) - k] in self.person_given_stems and low[len(low) - k:] in _RU_GIVEN_ENDINGS
                   for k in range(3)):
            return False
        return not any(low[:len(low) - k] in own for k in range(4))

    def other_patronymic(self, word: str, actor: str) -> bool:
        """Whether ``word`` is a Russian patronymic in any case ("Юрьевна", "Рашидовича", "Ибрагим-оглы") that is not
        ``actor``'s own (the gazetteer gives it in an alias of three words: "Андрей Рэмович Белоусов"): the
        patronymic names the person whose surname follows, so "Марина Юрьевна Белоусова" is not Andrey Belousov
        ("Белоусова" is his genitive too). A person whose patronymic the gazetteer does not give keeps every one."""
        own = self.ru_given_names.get(actor)
        if not own or not _RU_PATRONYMIC_WORD.fullmatch(word):
            return False
        low = word.lower()
        return not any(low.startswith(p) for _g, p in own)

    @functools.cached_property
    def ru_firsts_basic(self) -> bool:
        """Whether every letter :attr:`ru_roles_first` looks for is in U+0400-U+047F: a text without such a character
        (:func:`_basic_cyrillic`) holds none of them."""
        return self.ru_roles_first is not None and all(
            "\u0400" <= c < "\u0480" for c in self.ru_roles_first.pattern.strip("[]"))

    @functools.cached_property
    def ru_roles(self) -> re.Pattern | None:
        """Russian roles in their case forms, without (?<!\\w) (see _ru_role_key); made when first wanted (a text of
        Latin letters needs none)."""
        return re.compile(_trie_regex(self.ru_role_forms) + _NAME_END) if self.ru_role_forms else None

    @functools.cached_property
    def ru_role_lookup(self) -> re.Pattern | None:
        """The Russian roles' lookup pattern, compiled when first wanted (only a role not written as the
        gazetteer has it needs it)."""
        if not self.ru_role_forms:
            return None
        return re.compile("|".join(f"({_trie_regex([k])})" for k in self.ru_role_forms))

    @functools.cached_property
    def state_adjs_by_first(self) -> dict[str, list[str]]:
        """The keys of :attr:`state_adjs` by their first letter, the longest first (two of one length that a
        text opens with are the same): where :func:`_state_adj` looks."""
        out: dict[str, list[str]] = defaultdict(list)
        for a in sorted(self.state_adjs, key=len, reverse=True):
            out[a[:1]].append(a)
        return dict(out)

    @functools.cached_property
    def title_heads(self) -> dict[str, list[tuple[str, str, str]]]:
        """Person -> (head noun, from, to) of its roles, lower case: the title a text puts before the surname
        ("Secretary" of "Secretary of the Russian Security Council", "President" of "Russian President"; in
        Russian the first noun less the ending its cases replace, "секретар" of "секретарь Совбеза"), made when
        first wanted (only after a namesake, see :func:`_own_title_before`)."""
        out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for role, holders in self.role_of.items():
            if role.isascii():  # the noun before "of", else the last ("U.S. Secretary of State", "Russian President")
                head = role.split(" of ", 1)[0].split()[-1]
            else:  # the first noun: "российский лидер" opens with an adjective
                words = [w for w in role.split() if not w.endswith(("ий", "ый", "ой", "ая"))] or role.split()
                head = words[0].rstrip("ьйая") if len(words[0]) > 4 else words[0]
            for actor, lo, hi in holders:
                if self.type_of.get(actor) == "person":
                    out[actor].append((head, lo, hi))
        return dict(out)

    @functools.cached_property
    def ru_given_names(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Person -> (given name, patronymic's stem), lower case, from their Russian aliases of three words whose
        middle word is a patronymic ("Михаил Владимирович Мишустин": ("михаил", "владимирович"); "Валентина
        Ивановна Матвиенко": ("валентина", "ивановн"), less the -а its cases replace). Only a person whose
        patronymic the gazetteer gives can be named by it: "Михаил Петрович" is not Mishustin."""
        out: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for alias, actor in self.alias_of.items():
            words = alias.split(" ")
            if (len(words) == 3 and self.type_of.get(actor) == "person" and _CYRILLIC_WORD.fullmatch(words[0])
                    and (p := _RU_PATRONYMIC.fullmatch(f"{words[0]} {words[1]}"))):
                pat = p["pat"].lower()
                out[actor].add((words[0].lower(), pat[:-1] if pat.endswith("а") else pat))
        return {a: tuple(v) for a, v in out.items()}

    def role_holders(self, text: str) -> list[tuple[str, str, str]]:
        """The (actor, from, to) of the role written ``text`` (a Russian role in any case: "китайского лидера")."""
        key = _fold(text).lower()
        if key not in self.role_of and self.ru_role_forms and (
                m := self.ru_role_lookup.fullmatch(_fold(text))):
            key = self.ru_role_keys[m.lastindex - 1]
        return self.role_of.get(key, [])

    def lookup_name(self, text: str) -> tuple[str, str] | None:
        if text in self.looked_up:
            return self.looked_up[text]
        found = self.looked_up[text] = self._lookup_name(text)
        return found

    def _lookup_name(self, text: str) -> tuple[str, str] | None:
        key = _fold(text)
        if key in self.alias_of:
            return self.alias_of[key], "name"
        if key in self.surname_of:
            return "", "surname"
        for alias in self.inflected:
            if key.startswith(alias) and key != alias and key[len(alias):].isalpha():
                return self.alias_of[alias], "name"
        if self.declined and " " in key and not key.isascii():
            words = key.lower().split(" ")
            for stems, last, actor in self.declined:
                if len(stems) == len(words) - 1 and words[-1].startswith(last) and all(
                        w.startswith(st) and len(w) - len(st) <= 3 for w, st in zip(words, stems, strict=False)):
                    return actor, "name"  # "Юрия Ушакова", "Марии Захаровой"
        return None


_MATCHERS: dict[str, _Matcher] = {}
# An age between "the" and a role, which leaves it the same office-holder: "the 71-year-old Chinese leader"
_AGE = r"(?:\d{1,3}-year-old\s+)?"
# "new" between "the" and a role: "the new U.S. president", a holder who took office in the year before
_NEW = r"(?:new\s+)?"
_NEW_BEFORE = re.compile(r"(?<![\w-])(?i:new)\s+" + _AGE + r"\Z")
_NEW_DAYS = 365

# The offices a bare noun names ("the president", "the 65-year-old chancellor", a sentence opening "Премьер ..."):
# English noun -> its Russian stem. Such a noun stands for a person the article has named only when one person
# named so far holds that office (see _bare_offices).
# (Two words name one office too: "the foreign minister", "Министр иностранных дел также раскритиковал ...")
OFFICE_NOUNS = {"president": "президент", "chancellor": "канцлер", "premier": "премьер", "leader": "лидер",
                "foreign minister": "министр иностранных дел", "speaker": "спикер"}
# ... of which English reads these bare only in Russian: "the speaker" is as often whoever speaks at a meeting, where
# "Спикер заметил, что ..." is a parliament's chair ("Председатель Госдумы Вячеслав Володин ... Спикер заметил")
_RU_ONLY_OFFICES = frozenset({"speaker"})
# ... and a Russian phrase standing for one of them: "Глава государства" (the head of state) is the president
# named before ("Токаев приветствовал соглашение. Глава государства напомнил, что ..."), in the same cases
_RU_OFFICE_PHRASES = {"глава государства": "president"}
# ... but not where it names the office in general, what any holder is, may or must do: "Глава государства
# является гарантом Конституции", "вправе распустить Думу", "обязан", "имеет право" (the copula or a word of a
# power or duty right after it; the phrase is the Constitution's word, so such sentences use it more than
# "президент"). "должен" and "может" are left to refer: news uses them of the holder's plans ("Глава государства
# должен прибыть в среду", "может посетить Китай")
_RU_OFFICE_GENERIC = (r"(?![ \t]+(?:не[ \t]+)?(?:обязан|обязана|вправе|является|имеет[ \t]+право|наделён|наделен)"
                      r"(?![а-яё]))")
_RU_OFFICE_PHRASE_RX = {phrase: phrase + _RU_OFFICE_GENERIC for phrase in _RU_OFFICE_PHRASES}
# the office nouns and phrases capitalized, as they open a sentence (their patterns are all in lower case, so
# capitalize() changes only the first letter)
_RU_OFFICES = tuple(stem.capitalize() for stem in [*OFFICE_NOUNS.values(), *_RU_OFFICE_PHRASE_RX.values()])
# "the [71-year-old] president" not followed by "of" ("the president of the bank") nor by a name
_BARE_OFFICE = re.compile(r"[Tt]he\s+" + _AGE + r"(?P<noun>(?i:"
                          + "|".join(n for n in OFFICE_NOUNS if n not in _RU_ONLY_OFFICES) + r"))(?!\w)"
                          r"(?!\s+of\b|\s*,?\s*[A-ZА-ЯЁ])")
# _BARE_OFFICE as two patterns, opening with "the" and with "The": the engine finds a literal opening by a plain
# loop, where it tests a class ([Tt]) at every character, several times slower. No match holds "the" or "The" after
# its start (none of the nouns, the age or white space does), so the two patterns' matches, merged by their
# starts, are _BARE_OFFICE's (see _bare_office_matches)
_BARE_OFFICE_CASES = tuple(re.compile(_BARE_OFFICE.pattern.replace("[Tt]he", c + "he", 1)) for c in "tT")
# a Russian sentence opened by the bare office noun and a verb: "Премьер подчеркнул, что ..."; or by the noun and
# a parenthetical set off by a comma, which the verb follows: "Президент, как обычно, привезёт ...", "Премьер, по
# словам Пескова, ..." (not a list, "Президент, премьер и министр ...": only the words that open a parenthetical)
_RU_BARE_OFFICE = re.compile(r"(?P<noun>" + "|".join(_RU_OFFICES) + r")(?=[ \t]+[а-яё]|,[ \t]+(?:как[ \t]+обычно|"
                             r"по[ \t]+словам|по[ \t]+данным|видимо|впрочем|однако|конечно|разумеется|судя|"
                             r"кажется|вероятно|похоже|безусловно|в[ \t]+свою[ \t]+очередь)(?![а-яё]))")
# ... or the bare noun inside a sentence, after a comma or a conjunction and before a verb: "Песков сообщил, что
# президент подпишет закон" (an adjective before it names another's office: "что американский президент ...")
_RU_BARE_OFFICE_INNER = re.compile(r"(?:,[ \t]+|(?<![\w-])(?:что|и|а|но|как|когда)[ \t]+)(?P<noun>"
                                   + "|".join([*OFFICE_NOUNS.values(), *_RU_OFFICE_PHRASE_RX.values()]) + r")(?=[ \t]+[а-яё]{2,}"
                                   r"(?:л|ла|ли|ет|ит|ут|ют|ят|ат|ется|ится)(?![а-яё]))")
# what a text holds where any may match (a noun less its first letter, whose case both take)
_OFFICE_HINTS = tuple(noun[1:] for noun in OFFICE_NOUNS) + tuple(stem[1:] for stem in OFFICE_NOUNS.values()) + tuple(
    phrase[1:] for phrase in _RU_OFFICE_PHRASES)
# ... those in Latin letters: the others each hold a Russian letter (U+0400-U+047F), which a text must hold
_OFFICE_HINTS_LATIN = tuple(h for h in _OFFICE_HINTS if h.isascii())
_OFFICE_OF = {**{k: k for k in OFFICE_NOUNS}, **{stem: k for k, stem in OFFICE_NOUNS.items()}, **_RU_OFFICE_PHRASES}
# an office noun as the title of a name ("President Yoon Suk Yeol", "opposition leader Alexei Navalny",
# "Президент Токаев"): a holder the gazetteer may not know
# (an acronym of a state or a body may stand between: "президент ОАЭ Мухаммед бен Заид", "спикер МВД Ирина Волк")
_OFFICE_TITLE = re.compile(r"(?<![\w-])(?P<noun>(?i:" + "|".join([*OFFICE_NOUNS, *OFFICE_NOUNS.values()]) + r"))"
                           r"[ \t]+(?:[A-ZА-ЯЁ]{2,6}[ \t]+)?(?=[A-ZА-ЯЁ][a-zа-яё])")


# the case endings of a Russian given name after its stem ("Дмитри|я", "Мари|ей", "Урсул|ой", "Ким|ом")
_RU_GIVEN_ENDINGS = frozenset(("", "а", "я", "у", "ю", "е", "и", "ы", "й", "ем", "ём", "ом", "ой", "ей", "ою", "ею"))


def _given_of(declined: list[tuple[list[str], str, str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for stems, _last, actor in declined:
        out[actor].add(stems[0])
    return {a: frozenset(v) for a, v in out.items()}


def _matcher(gaz: list[dict]) -> _Matcher:
    key = repr(gaz)
    if key in _MATCHERS:
        return _MATCHERS[key]
    alias_of: dict[str, str] = {}
    surname_of: dict[str, list[str]] = defaultdict(list)
    role_of: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    keys: set[str] = set()
    inflected = []
    declined: list[tuple[list[str], str, str]] = []
    for e in gaz:
        person = e["type"] == "person"
        for alias in [e["name"], *e["aliases"]]:
            a = _fold(alias)
            alias_of[a] = e["name"]
            variants = [a]
            if a.startswith("the "):  # "the Alliance" also opens a sentence
                variants.append("The " + a[4:])
            if "ё" in a.lower():  # "Объединённые" is mostly printed "Объединенные"
                variants.append(a.replace("ё", "е").replace("Ё", "Е"))
            for v in variants:
                alias_of.setdefault(v, e["name"])
                keys.add(v)
                given = _declined_words(v, person=person)
                head = last = ""
                if given:
                    head = given[0]
                    last = v.rsplit(" ", 1)[1]
                    keys.add(head + last)
                    if not _inflects(v) and not _feminine_stem(v, person=person) and (
                            person or not (_plural_stem(v) or _plural_a_stem(v))):
                        # the last word does not decline, the given name does: "Александром Лукашенко"
                        declined.append((given[1], last.lower(), e["name"]))
                if _inflects(v):
                    keys.add(v + "\x01")
                    inflected.append(v)
                    if given:
                        keys.add(head + last + "\x01")
                        declined.append((given[1], last.lower(), e["name"]))
                elif found := next(((stem, mark) for stem, mark in (
                        ("" if person else _plural_a_stem(v), "\x10"),  # Соломоновы Острова: a plural in -а
                        (_feminine_stem(v, person=person), "\x02"),  # Москва, Россия: the -а/-я noun's endings
                        ("" if person else _plural_stem(v), "\x0e"))  # Штаты, Нидерланды: a plural's
                        if stem), None):
                    stem, mark = found
                    keys.add(stem + mark)
                    alias_of.setdefault(stem, e["name"])
                    inflected.append(stem)
                    if given:
                        keys.add(head + last[:-1] + mark)
                        declined.append((given[1], last[:-1].lower(), e["name"]))
                elif stem := _short_i_stem(v):
                    keys.add(stem + "\x03")  # the endings of a given name in -й (Сергей: Сергея, Сергеем)
                    alias_of.setdefault(stem, e["name"])
                    inflected.append(stem)
                    if given:
                        keys.add(head + last[:-1] + "\x03")
                        declined.append((given[1], last[:-1].lower(), e["name"]))
                elif person and (stem := _adjective_surname_stem(v)):
                    keys.add(stem + "\x11")
                    alias_of.setdefault(stem, e["name"])
                    inflected.append(stem)
                    if given:
                        keys.add(head + last[:-2] + "\x11")
                        declined.append((given[1], last[:-2].lower(), e["name"]))
                elif stem := _soft_stem(v):
                    keys.add(stem + "\x06")
                    alias_of.setdefault(stem, e["name"])
                    inflected.append(stem)
    for e in gaz:
        if e["type"] in ("organization", "media"):
            for alias in [e["name"], *e["aliases"]]:
                word = _acronym_word(alias)
                if word and word not in alias_of:
                    alias_of[word] = e["name"]
                    keys.add(word)
    for e in gaz:
        s = _fold(e["surname"]) if e["surname"] else ""
        surnames = [s] if s else []
        if s and e["name"].split(" ", 1)[0] == s:
            # a surname written first (Chinese, Korean): so is it in the Russian aliases ("Ли" of "Ли Цян")
            surnames += [w for a in e["aliases"] if " " in a and _CYRILLIC_WORD.fullmatch(w := a.split(" ", 1)[0])]
        for s in surnames:
            if s not in alias_of and e["name"] not in surname_of[s]:
                surname_of[s].append(e["name"])
                keys.add(s)
        for r in e["roles"]:
            role_of[_fold(r["role"]).lower()].append((e["name"], r["from"], r["to"]))
    roles_scan = bare_roles = None
    bare_role_scans = ()
    ru_first = None
    # Russian roles as written in the gazetteer (acronyms in capitals), lower case or capitalized
    ru_written = {_fold(r["role"]): _fold(r["role"]).lower() for e in gaz for r in e["roles"]
                  if not r["role"].isascii()}
    ru_forms = [(k[0].lower() + k[1:], key) for k, key in ru_written.items()]
    ru_forms += [(k[0].upper() + k[1:], key) for k, key in ru_forms]
    ru_keys = tuple(key for _k, key in ru_forms)
    if ru_forms:
        ru_keys_marked = [_ru_role_key(k) for k, _key in ru_forms]
        firsts = {k[:1] for k in ru_keys_marked}
        if all(c.isalpha() for c in firsts):  # (a key opening with a mark for endings: no such shortcut)
            ru_first = re.compile("[" + "".join(sorted(firsts)) + "]")
    if any(k.isascii() for k in role_of):
        roles_body = _trie_regex(k for k in role_of if k.isascii())
        # [Tt] is what "t" matches ignoring case (no other character does), and a class in front lets the
        # engine skip ahead to candidates
        roles_scan = re.compile(r"[Tt](?i:he\s+" + _NEW + _AGE + "(" + roles_body + r"))(?!\w)")
        bare_after = r"(?: |(?<=\x00))(?i:(" + roles_body + r"))(?=[ \t]+[a-z])"
        bare_roles = re.compile(r"[\x00,\"”]" + bare_after)
        # (each scan with a look-ahead for the capital _bare_roles keeps, a role whose first letter isupper(): an
        # ASCII capital, or a character outside ASCII, which may match a role's letter ignoring case; the role is
        # not tried after the many commas and quotes a lower-case word follows. No match holds another's opening
        # character, so none of those left out hid another)
        bare_role_scans = tuple(re.compile(re.escape(c) + bare_after.replace("(?i:", r"(?=[A-Z]|[^\x00-\x7f])(?i:", 1))
                                for c in "\x00,\"”")
    caps = frozenset(w for k in keys for w in k.split()[:1] if w[:1].isupper())
    type_of = {e["name"]: e["type"] for e in gaz}
    latin_given_of, ru_given_of = {}, {}
    for e in gaz:
        if e["type"] == "person" and e["surname"]:
            own = frozenset(w[0] for a in [e["name"], *e["aliases"]] if a.isascii() and len(w := a.split()) >= 2
                            and w[-1] == e["surname"] and w[0] != e["surname"] and w[0][:1].isupper())
            if own:
                latin_given_of[e["name"]] = own
                # the given names of its Russian aliases ("Дмитрий" of "Дмитрий Кулеба"; a one-word Russian
                # alias is the surname, "Си" of "Си Цзиньпин" opens none)
                ru_last = {a for a in e["aliases"] if not a.isascii() and " " not in a}
                ru_given_of[e["name"]] = {w[0] for a in e["aliases"] if not a.isascii()
                                          and len(w := a.split()) >= 2 and w[-1] in ru_last and w[0] not in ru_last}
    # one Russian given name written in Latin letters in several ways is the same name: "Dmitry Kuleba" is Dmytro
    # Kuleba ("Дмитрий", as Dmitry Medvedev's), "Andrei Yermak" Andriy Yermak, "Volodymyr Putin" Vladimir Putin
    latin_of_ru: dict[str, set[str]] = defaultdict(set)
    for actor, ru in ru_given_of.items():
        for g in ru:
            latin_of_ru[g] |= latin_given_of[actor]
    latin_given_of = {actor: own.union(*(latin_of_ru[g] for g in ru_given_of[actor]))
                      for actor, own in latin_given_of.items()}
    # people whose family name comes first ("Li Qiang", "Kim Jong Un"): the first word of their Russian names
    # ("Ли", "Ким") is no given name, and before a Russian surname makes nobody else of it
    family_first = {e["name"] for e in gaz if e["surname"] and e["name"].split()[0] == e["surname"]}
    m = _Matcher(alias_of, dict(surname_of), dict(role_of), type_of, caps, sorted(inflected, key=len, reverse=True), declined,
                 **_name_scans(keys), roles_scan=roles_scan,
                 bare_roles=bare_roles, bare_role_scans=bare_role_scans, ru_roles_first=ru_first, ru_role_keys=ru_keys,
                 ru_role_forms=tuple(ru_keys_marked) if ru_forms else (),
                 given_stems=frozenset(stems[0] for stems, _last, _actor in declined),
                 person_given_stems=frozenset(stems[0] for stems, _last, actor in declined
                                              if type_of.get(actor) == "person" and actor not in family_first),
                 given_of=_given_of(declined), offices=_offices(role_of, type_of),
                 latin_given=frozenset().union(*latin_given_of.values()), latin_given_of=latin_given_of,
                 **_state_adjectives(gaz), **_ministers(gaz))
    _MATCHERS.clear()  # keep one compiled gazetteer
    _MATCHERS[key] = m
    return m


def _opening_trie(keys: Iterable[str]) -> str | None:
    """:func:`_trie_regex` of ``keys`` whose matches open a word (what ``(?<!\\w)`` before it finds), with that
    look-behind after each key's first character ("P(?<!\\wP)(?:utin|...)"), where the engine tries it only where
    that character is (it spans the character and the one before): the pattern still opens with a character of
    a set, which the engine scans for in C, and its finditer needs no Python step per match to skip the matches
    inside a word (:func:`_word_start_matches`). None when a first character stands for a pattern in
    _trie_regex (white space, an apostrophe, an ending's mark), or for no keys."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        by_first[k[:1]].add(k[1:])
    if not by_first or any(not c or c in " '" or c < " " for c in by_first):
        return None
    return "|".join(re.escape(c) + r"(?<!\w" + re.escape(c) + ")" + _trie_regex(rests)
                    for c, rests in sorted(by_first.items()))


def _name_scans(keys: set[str]) -> dict:
    """The :class:`_Matcher` fields of the names' scans (see :func:`_name_matches`) for the keys of
    :func:`_trie_regex`: names_upper and names_lower, the names opening with a lower-case word, with
    lower_rests and lower_heads; or, when a name opening so has no capitalized word after its lower-case
    ones, all in names_scan. (A lower-case key opens the trie's branch for its letter: a scan for them all
    stops at every "t" of the text for "the Netherlands".) names_scan and names_upper find only matches that
    open a word (:func:`_opening_trie`) when names_open_words is True."""
    lower = sorted(k for k in keys if k[:1].islower())
    heads, rests = set(), set()
    for k in lower:
        words = k.split(" ")
        n = next((j for j, w in enumerate(words) if not w[:1].islower()), len(words))
        if n == len(words) or not words[n][:1].isupper() or not all(w.isalpha() for w in words[:n]):
            # (no name at all, an empty gazetteer: a pattern that never matches, not one matching the empty string)
            body = _opening_trie(keys)
            return {"names_scan": re.compile(r"(?:" + (body or _trie_regex(keys) or "(?!)") + r")" + _NAME_END),
                    "names_open_words": body is not None}
        heads.add(tuple(words[:n]))
        rests.add(" ".join(words[n:]))
    body = _opening_trie([k for k in keys if not k[:1].islower()])
    upper = re.compile(r"(?:" + (body or _trie_regex(k for k in keys if not k[:1].islower()) or "(?!)") + r")"
                       + _NAME_END)
    if not lower:
        return {"names_scan": upper, "names_open_words": body is not None}
    return {"names_upper": upper, "names_open_words": body is not None,
            "names_lower": re.compile(r"(?:" + _trie_regex(lower) + r")" + _NAME_END),
            "lower_rests": re.compile(_trie_regex(rests)), "lower_heads": tuple(sorted(heads))}


def _lower_names(mt: _Matcher, text: str) -> list[re.Match]:
    """Every match of ``mt.names_lower`` in ``text``, at each position where it matches (these never
    overlap a match of names_upper's start: they open with a lower-case letter, those do not), found
    from what follows their lower-case words (a capitalized word: "Netherlands"), then back over the words
    ("the", "von der") and the white space before each. Sorted by start."""
    starts = set()
    search = mt.lower_rests.search
    m = search(text)
    while m is not None:
        q = m.start()
        for head in mt.lower_heads:
            j = q
            for w in reversed(head):
                k = j
                while k > 0 and text[k - 1].isspace():  # str.isspace is what \s matches in a str pattern
                    k -= 1
                if k == j or k < len(w) or not text.startswith(w, k - len(w)):
                    break
                j = k - len(w)
            else:
                starts.add(j)
        m = search(text, q + 1)
    match = mt.names_lower.match
    return [m for p in sorted(starts) if (m := match(text, p)) is not None]


def _name_matches(mt: _Matcher, text: str):
    """What ``_word_start_matches`` of one pattern of all the names finds in ``text`` (see
    :func:`_name_scans`): names_upper's search, with the matches of names_lower, which are rare, slotted
    in where they come first, as a pattern of both would find them."""
    scan = mt.names_scan
    if mt.names_lower is not None:
        lowers = _lower_names(mt, text)
        if lowers:
            return _names_merged(mt, text, lowers)
        scan = mt.names_upper
    return scan.finditer(text) if mt.names_open_words else _word_start_matches(scan, text)


def _names_merged(mt: _Matcher, text: str, lowers: list[re.Match]):
    """:func:`_name_matches` of a text where names_lower matches (``lowers``)."""
    search = mt.names_upper.search
    end, pos, k = len(text), 0, 0
    while pos <= end:
        while k < len(lowers) and lowers[k].start() < pos:
            k += 1
        m = search(text, pos, end)
        if k < len(lowers) and (m is None or lowers[k].start() < m.start()):
            m = lowers[k]
        if m is None:
            return
        start = m.start()
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        yield m
        pos = m.end() if m.end() > start else start + 1


# the words of a state's roles that name its government: "Chinese officials", "South Korean side"
_STATE_WORDS = ("officials", "authorities", "side", "government", "leadership")


def _state_adjectives(gaz: list[dict]) -> dict:
    """The states' nationality adjectives, from their English roles ("South Korean officials"), as the
    :class:`_Matcher` fields ``state_adjs`` and ``state_scan``: an adjective before capitalized words (a title
    and a name, "South Korean Defense Minister Kim Yong-hyun") or coordinated with another before a word for a
    government ("Kazakh and Mongolian officials")."""
    adjs: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for e in gaz:
        if e["type"] == "country":
            for r in e["roles"]:
                words = r["role"].split()
                if len(words) > 1 and words[-1] in _STATE_WORDS and r["role"].isascii():
                    adjs[" ".join(words[:-1])].append((e["name"], r["from"], r["to"]))
    if not adjs:
        return {}
    body = "(?:" + _trie_regex(adjs) + r")(?![\w'’-])"
    scan = re.compile(body + r"(?:[ \t]+and[ \t]+" + body + r"[ \t]+(?:" + "|".join(_STATE_WORDS) + r")(?!\w)"
                      r"|(?:[ \t]+[A-Z][\w'’.-]*){2,7})")
    return {"state_adjs": dict(adjs), "state_scan": scan}


# Words after "министр" that make it a full title ("российский министр обороны"), not the bare noun
_MINISTRY_AFTER = re.compile(r"[ \t]+(?:иностранных|обороны|финансов|экономического|экономики|энергетики|торговли"
                             r"|промышленности|юстиции|внутренних|сельского|транспорта|образования|культуры|труда"
                             r"|здравоохранения|природных|цифрового|науки|строительства|спорта|по|без)(?![а-яё])")


def _ministers(gaz: list[dict]) -> dict:
    """The :class:`_Matcher` fields ``ministers``, ``ru_minister_scan`` and ``ru_state_stems``: each state's
    ministers by their English roles (a nationality adjective and "Minister", not "Prime Minister"), and the Russian
    adjectives of the states (their stems, from roles such as "китайская сторона") before "министр" in any case."""
    adjs: dict[str, str] = {}
    stems: dict[str, str] = {}
    for e in gaz:
        if e["type"] == "country":
            for r in e["roles"]:
                words = r["role"].split()
                if len(words) > 1 and r["role"].isascii() and words[-1] in _STATE_WORDS:
                    adjs[" ".join(words[:-1]).lower()] = e["name"]
                elif len(words) == 2 and not r["role"].isascii() and words[1] in ("сторона", "власти", "руководство"):
                    stems[words[0][:-2].lower()] = e["name"]
    ministers: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for e in gaz:
        if e["type"] != "person":
            continue
        for r in e["roles"]:
            low = r["role"].lower()
            if r["role"].isascii() and low.endswith(" minister") and "prime" not in low:
                state = next((st for a, st in adjs.items() if low.startswith(a + " ")), None)
                if state:
                    ministers[state].append((e["name"], r["from"], r["to"]))
    if not ministers or not stems:
        return {}
    scan = re.compile(r"(?<![а-яёА-ЯЁ-])(?P<adj>(?i:" + "|".join(sorted(stems, key=len, reverse=True)) + r"))"
                      r"(?:ий|ый|ого|ому|им|ым|ом)[ \t]+(?P<noun>министр(?:а|у|ом|е)?)(?![\w-])")
    return {"ministers": dict(ministers), "ru_minister_scan": scan, "ru_state_stems": stems}


def _state_ministers(idx: range, texts, out: list[list], mt: _Matcher, day: str,
                     joined: tuple[str, list[int]] | None = None) -> list[list]:
    """Mentions of a Russian nationality adjective and a bare "министр" ("Китайский министр, в свою очередь,
    подчеркнул", "принял китайского министра") that stand for the one minister of that state named earlier in the
    article (by a gazetteer role in period on ``day``: "Chinese Foreign Minister"); none when two were named, when
    a ministry's name follows ("российский министр обороны") or a name does (a title). ``joined``: the sentences
    joined and their offsets, as :func:`_article_mentions` has them."""
    if joined is not None:
        text, offs = joined
        if text.find("министр", offs[idx[0]], offs[idx[-1]] + len(texts[idx[-1]])) < 0:
            return []  # the common article: no sentence holds the noun (none is looked at below)
    people = sorted((r[0], r[1], r[3]) for r in out if mt.type_of[r[3]] == "person")
    if not people:
        return []
    found = []
    for i in idx[idx.index(people[0][0]):]:
        text = texts[i]
        if "министр" not in text:
            continue  # the common case, without a regex scan
        for m in mt.ru_minister_scan.finditer(text):
            if _followed_by_name(text, m.end()) or _MINISTRY_AFTER.match(text, m.end()):
                continue
            state = mt.ru_state_stems[m["adj"].lower()]
            holders = {a for a, lo, hi in mt.ministers.get(state, ()) if _in_period(day, lo, hi)}
            named = {a for r, s, a in people if (r, s) < (i, m.start()) and a in holders}
            if len(named) == 1:
                found.append([i, m.start(), m.end(), named.pop(), m.group(0), "", "coreference"])
    return found


def _offices(role_of: dict[str, list[tuple[str, str, str]]], type_of: dict[str, str]
             ) -> dict[str, list[tuple[str, str, str]]]:
    """The people's roles by the office noun they name (:data:`OFFICE_NOUNS`): an English role ending in the
    noun ("Chinese Premier", "Russian Foreign Minister"), a Russian one holding a word of its stem ("российский
    премьер") or its words ("министр иностранных дел России")."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for role, holders in role_of.items():
        words = role.split()
        for noun, stem in OFFICE_NOUNS.items():
            if " " in noun:
                found = role.endswith(" " + noun) or f"{stem} " in f"{role} "
            else:
                found = words[-1] == noun or any(w.startswith(stem) for w in words)
            if found:
                out[noun] += [h for h in holders if type_of[h[0]] == "person"]
    return dict(out)


# --- labels ------------------------------------------------------------------------------------------------

def _kind(tok: str, *, initial: bool, caps: frozenset[str]) -> str:
    """'role', 'mod', 'cap', 'det', 'conn', or 'stop' for one token of a title run or apposition."""
    low = tok.lower().replace("’", "'")
    if low in ROLE_NOUNS or low.split("-")[-1] in ROLE_NOUNS or (not low.isascii() and _RU_ROLE.match(low)):
        return "role"
    if low in DETERMINERS:
        return "det"
    if low in ("of", "for"):
        return "conn"
    if low in MODIFIERS or (low.split("-")[0] in MODIFIERS and "-" in low):
        return "mod"
    if tok[:1].isupper():
        if tok in STOP_CAPS:
            return "stop"
        if re.search(r"['’]s$", tok):  # Russia's new Defense Minister
            return "mod"
        if initial and not (tok.isupper() or tok in caps or _NATIONALITY.match(tok)):
            return "stop"
        return "cap"
    return "stop"


@functools.lru_cache(maxsize=1 << 18)
def _kind_of(tok: str, initial: bool, caps: frozenset[str]) -> str:
    """:func:`_kind`, remembered: the same few thousand words come back in every article."""
    return _kind(tok, initial=initial, caps=caps)


def _space(text: str) -> bool:
    return text == "" or text.isspace()


def _np_start(toks: list[str], *, after_name: bool, caps: frozenset[str]) -> int | None:
    """Index of the first label word when ``toks`` form an apposition noun phrase, else None."""
    i = 0
    if after_name and i < len(toks) and toks[i].lower() in ADVERBS:
        i += 1
    if i < len(toks) and toks[i].lower() in DETERMINERS:
        i += 1
    start, head, j = i, None, i
    while j < len(toks):
        k = _kind_of(toks[j], False, caps)
        if k == "role":
            head = j
        elif k not in ("mod", "cap"):
            break
        j += 1
    if head is None or head != j - 1:
        return None
    rest = toks[j:]
    if rest:
        if rest[0].lower() not in PREPOSITIONS or len(rest) > 9:
            return None
        if any(t.lower() in NOT_IN_APPOSITION for t in rest):
            return None
    return start


_JOINERS = [["of"], ["for"], ["of", "the"], ["for", "the"]]
_SHORT_LINE = 50  # characters: a line of wrapped prose (PDF text) is longer; a credit line left in a sentence is not
_WINDOW = 200
_COMMA = re.compile(r"\s*,\s*")
_OPENING = re.compile(r"\s*,\s*$")
_CLOSING = re.compile(r"\s*(?:[,;)—–]|[.!?]+[\"”’)]*\s*$|$)")


def _sentence_tokens(text: str) -> tuple[list[tuple[int, int, str]], list[int], list[int]]:
    """The tokens of a whole text as (start, end, token), their starts and their ends."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    return toks, [t[0] for t in toks], [t[1] for t in toks]


def _window_tokens(text: str, lo: int, hi: int, whole: tuple[list, list[int], list[int]]
                   ) -> tuple[list[tuple[int, int, str]], list[int], list[int]]:
    """What ``_TOKEN.finditer(text, lo, hi)`` finds (tokens, starts, ends), taken from ``whole``, the
    :func:`_sentence_tokens` of all of ``text``.

    ``_TOKEN`` never looks ahead, and behind only at the character it has just matched, so a match on
    ``text`` cut at ``hi`` is a match on the whole text, and a search from a position outside every
    whole-text token finds the next one. The window's search is repeated only while it stands inside a
    whole-text token (``lo`` in the middle of a word, and the matches from there, which may end past that
    token: "Ae.g." is one token, "e.g." from its second letter), and from the token cut at ``hi``; between
    the two, its tokens are the whole text's."""
    toks, starts, ends = whole
    if lo == 0 and hi == len(text):
        return toks, starts, ends
    head = []
    pos = lo
    k = bisect.bisect_right(ends, pos)  # the first token ending after pos
    while k < len(toks) and starts[k] < pos:  # pos inside token k: search as the window does
        m = _TOKEN.search(text, pos, hi)
        if m is None:
            return head, [t[0] for t in head], [t[1] for t in head]
        head.append((m.start(), m.end(), m.group(0)))
        pos = m.end()
        k = bisect.bisect_right(ends, pos, k)
    b = bisect.bisect_right(ends, hi, k)  # past the last whole-text token ending in the window
    tail = None
    if b < len(toks) and starts[b] < hi:  # hi inside token b
        tail = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, starts[b], hi)]
    if not head and tail is None:
        return toks[k:b], starts[k:b], ends[k:b]
    found = head + toks[k:b] + (tail or [])
    return found, [t[0] for t in found], [t[1] for t in found]


# Each of _label's three rules has a necessary condition far cheaper than tokenizing the mention's
# sentence; a mention meeting none of them has no label (most mentions set off by commas are in lists and
# relative clauses: "China, Russia and Iran", "Xi, who met Putin, said").
_NOT_IN_APPOSITION_TEXT = re.compile(r"[^\w\s.'’-]")  # a character no token (_TOKEN) or space holds
_APPOSITION_END = frozenset(",;)—–!?\"”")


def _after_may_hold(text: str, comma: re.Match | None, hi: int, caps: frozenset[str]) -> bool:
    """False when rule 3 (an apposition after the name, "Shoigu, now secretary of the Council.") cannot
    hold: it needs the comma, a token right after it, and then at most 14 tokens apart by spaces followed
    by _CLOSING. The text from the comma to the first character outside tokens and spaces then holds at
    most 15 space-separated runs (the tokens, and a closing run of periods and ’), and that character, if
    any, is one _CLOSING can start with or reach past periods: , ; ) — – ! ? " ”. The noun phrase
    (:func:`_np_start`) opens with that token, past an adverb or a determiner: unless it is one of those,
    it is a role, a modifier or a capitalized word. Most commas after a name open a clause or go on with a
    list ("Xi, speaking alongside Putin, ...", "Xi, who ...", "Guterres, to promote"), which this turns away
    before the sentence is tokenized. ``hi``: where the mention's window ends (its tokens are cut there).
    (The first token's test comes before the search for the first character outside tokens and spaces, which
    may read to the sentence's end, and turns away most commas.)"""
    if comma is None:
        return False
    a = comma.end()
    if a >= len(text) or not _WORD_CHAR.match(text, a):
        return False
    # no token crosses the comma or a space, so the window's token at the comma's end is this one
    first = _TOKEN.match(text, a, hi)
    if first is None:
        return False
    word = first.group(0)
    low = word.lower()
    if not (low in ADVERBS or low in DETERMINERS or _kind_of(word, False, caps) in ("role", "mod", "cap")):
        return False
    q = _NOT_IN_APPOSITION_TEXT.search(text, a)
    if q is not None and text[q.start()] not in _APPOSITION_END:
        return False
    return len(text[a:q.start() if q is not None else len(text)].split(None, 15)) <= 15


def _before_may_hold(text: str, ms: int, closes: bool) -> bool:
    """False when rule 2 (an apposition before the name, "..., the chief of Chinese diplomacy, Wang Yi,
    urged") cannot hold: it needs the name closed off (``closes``: _CLOSING, no possessive) and a comma
    between the previous token and the name, with only white space around it."""
    if not closes:
        return False
    j = ms
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j > 0 and text[j - 1] == ","


def _title_may_start(text: str, ms: int, lo: int, caps: frozenset[str]) -> bool:
    """False when rule 1 (a title run right before the name, "Defense Minister Sergei Shoigu") cannot hold:
    it starts from the token right before the name (the window's tokens from ``lo``), with only white space
    between, which must be a role, a modifier or a capitalized word. That token is the last of the white-
    space-delimited word before the name, tokenized on its own: no token crosses white space, so the
    window's tokens inside that word are the word's own (from ``lo`` when the word begins before it)."""
    j = ms
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == lo:
        return False  # no token before the name in the window
    # the word: from after the last white space character before j (what rsplit splits at) or from lo
    word = text[lo:j].rsplit(None, 1)[-1]
    if word.isascii() and word.isalpha() and word.islower():
        # the common word before a name ("said", "with"): its one token, whose kind the flag of the window's first
        # token does not change (it tells only capitalized words apart)
        return _kind_of(word, False, caps) in ("role", "mod", "cap")
    k = j - len(word)
    found = list(_TOKEN.finditer(text, k, j))  # the word's tokens, mostly one
    last = found[-1] if found else None
    if last is None or last.end() != j:
        return False  # something other than white space between the last token and the name
    initial = lo == 0 and _WORD_CHAR.search(text, 0, last.start()) is None  # the window's first token
    return _kind_of(last.group(0), initial, caps) in ("role", "mod", "cap")


def _title_before(text: str, toks: list[tuple[int, int, str]], n_before: int, ms: int, lo: int,
                  caps: frozenset[str]) -> tuple[str, int, int] | None:
    """:func:`_label`'s rule 1, a title run right before the name at ``ms``: (label, start, end) or None.
    ``toks``: the window's tokens (from ``lo``), of which the first ``n_before`` end before the name; or, when
    there are 13 of those at least, its tokens from a later one on (the rule reads 12 at most, and the first
    token's flag only at the window's first)."""
    run: list[int] = []
    pending: list[int] = []
    right = ms
    for i in range(n_before - 1, max(-1, n_before - 13), -1):
        s, e, t = toks[i]
        if not _space(text[e:right]):
            break
        if "\n" in text[e:right] and e - text.rfind("\n", 0, e) <= _SHORT_LINE:
            break  # a short line before: a credit or caption left in the sentence ("Getty Images\nRussian President")
        k = _kind_of(t, i == 0 and lo == 0, caps)
        if k in ("role", "mod", "cap"):
            if pending and [toks[p][2].lower() for p in reversed(pending)] not in _JOINERS:
                break
            run += pending + [i]
            pending = []
        elif run and (k == "conn" or t.lower() == "the") and len(pending) < 2:
            pending.append(i)  # "Secretary of State", "Chairman of the Russian Security Council"
        else:
            break
        right = s
    if run and any(_kind_of(toks[i][2], i == 0 and lo == 0, caps) == "role" for i in run):
        a, b = toks[min(run)][0], toks[max(run)][1]
        return text[a:b], a, b
    return None


def _comma_after(text: str, me: int) -> re.Match | None:
    """``_COMMA.match(text, me)``, the regex called only where it may match: where a comma follows, or one white
    space character and then a comma or more white space (most names are followed by a space and a word)."""
    after = text[me:me + 2]
    if after[:1] == "," or (after[:1].isspace() and (after[1:] == "," or after[1:].isspace())):
        return _COMMA.match(text, me)
    return None


def _label(text: str, ms: int, me: int, caps: frozenset[str], tokens: dict | None = None
           ) -> tuple[str, int, int] | None:
    """(label, start, end) for a mention at text[ms:me], or None (see the module docstring). ``tokens``
    keeps :func:`_sentence_tokens` of texts (by text); a mention's window takes its tokens from them."""
    # cheap checks first: most mentions follow a lowercase word and are not set off by commas
    comma_after = _comma_after(text, me)
    if not comma_after:
        chunk = text[max(0, ms - 40):ms]
        last = chunk.rstrip()
        # a title word right before the name, or a comma in the 8 characters before it with only white space
        # after it (what ",\s*\Z" searched from ms - 8 finds): the last character ``last`` keeps, no further back
        # than that (rstrip strips what \s matches), without a regex call
        if not ((len(last) < len(chunk) and last != ""
                 and _kind_of(last.rsplit(None, 1)[-1], False, caps) in ("role", "mod", "cap"))
                or (last[-1:] == "," and len(chunk) - len(last) < 8)):
            return None
    lo = max(0, ms - _WINDOW)  # a label is at most 14 words away: tokenize only around the mention
    hi = min(len(text), me + _WINDOW)
    closes = bool(_CLOSING.match(text, me)) and not text.startswith(("'s", "’s"), me)
    # the cheapest condition first: rule 2's is a few character tests, rule 3's may search to the sentence's end
    if not (_before_may_hold(text, ms, closes) or _after_may_hold(text, comma_after, hi, caps)
            or _title_may_start(text, ms, lo, caps)):
        return None
    if tokens is None:
        tokens = {}
    found = tokens.get(text)  # the text's tokens, found once for all its mentions
    if found is None:
        # rules 1 and 2 read at most the 14 tokens before the name, and the first token's flag and whether a
        # token comes before only at the window's first: tried on the tokens of the last 15 words before it
        # (each a token at least, mostly; no token crosses white space, so those from a space on are the
        # window's own), and rule 3 on the 14 tokens from the comma after it (no token holds a comma or a space
        # either); the sentence is tokenized only when those 15 words hold fewer than 15 tokens
        words = text[lo:ms].rsplit(None, 15)
        p = lo + len(words[0]) if len(words) == 16 else lo  # at a space when cut
        head = []
        for t in _TOKEN.finditer(text, p, hi):
            if t.end() > ms:
                break
            head.append((t.start(), t.end(), t.group(0)))
        if p == lo or len(head) >= 15:
            tail = []
            if comma_after and not text.startswith(("'s", "’s"), me):
                for t in _TOKEN.finditer(text, comma_after.end(), hi):
                    tail.append((t.start(), t.end(), t.group(0)))
                    if len(tail) == 14:
                        break
            return (_title_before(text, head, len(head), ms, lo, caps)
                    or _apposition_before(text, head, len(head), ms, closes, caps)
                    or _apposition_after(text, tail, 0, comma_after, me, caps))
        found = tokens[text] = _sentence_tokens(text)
    toks, starts, ends = _window_tokens(text, lo, hi, found)
    n_before = bisect.bisect_right(ends, ms)
    return (_title_before(text, toks, n_before, ms, lo, caps)  # 1. a title run right before the name
            or _apposition_before(text, toks, n_before, ms, closes, caps)
            or _apposition_after(text, toks, bisect.bisect_left(starts, comma_after.end()) if comma_after else 0,
                                 comma_after, me, caps))


def _apposition_before(text: str, toks: list[tuple[int, int, str]], n_before: int, ms: int, closes: bool,
                       caps: frozenset[str]) -> tuple[str, int, int] | None:
    """:func:`_label`'s rule 2, an apposition before the name at ``ms``: "..., the chief of Chinese diplomacy,
    Wang Yi, urged"; (label, start, end) or None. ``toks`` and ``n_before`` as for :func:`_title_before` (15
    tokens before the name at least when not the window's: the rule reads 14 and whether one comes before)."""
    if n_before and closes and _OPENING.match(text[toks[n_before - 1][1]:ms]):
        seg = [n_before - 1]
        while seg[0] > 0 and len(seg) < 14 and _space(text[toks[seg[0] - 1][1]:toks[seg[0]][0]]):
            seg.insert(0, seg[0] - 1)
        words = [toks[i][2] for i in seg]
        for k in range(len(words)):
            st = _np_start(words[k:], after_name=False, caps=caps)
            if st is not None:
                a, b = toks[seg[k + st]][0], toks[seg[-1]][1]
                return text[a:b], a, b
    return None


def _apposition_after(text: str, toks: list[tuple[int, int, str]], first: int, comma: re.Match | None, me: int,
                      caps: frozenset[str]) -> tuple[str, int, int] | None:
    """:func:`_label`'s rule 3, an apposition after the name ending at ``me``: "Sergei Shoigu, now secretary of
    the Russian Security Council."; (label, start, end) or None. ``comma``: _COMMA's match at ``me``; ``toks``:
    the window's tokens, ``first`` the first of them starting after the comma (the rule reads 14 from there:
    the window's from the comma on will do)."""
    if comma and not text.startswith(("'s", "’s"), me):
        seg = []
        j = first
        while j < len(toks) and len(seg) < 14:
            if seg and not _space(text[toks[j - 1][1]:toks[j][0]]):
                break
            seg.append(j)
            j += 1
        after = text[toks[seg[-1]][1]:] if seg else ""
        # "X, the chief of Chinese diplomacy, Wang Yi, ..." names Wang Yi, not X
        if seg and toks[seg[0]][0] == comma.end() and _CLOSING.match(after) and \
                not re.match(r"\s*['’]", after) and not _followed_by_name(after, 0):
            words = [toks[i][2] for i in seg]
            st = _np_start(words, after_name=True, caps=caps)
            if st is not None:
                a, b = toks[seg[st]][0], toks[seg[-1]][1]
                return text[a:b], a, b
    return None


# --- mentions ------------------------------------------------------------------------------------------

def _inputs(corpus_or_sentences, articles, repairs):
    if hasattr(corpus_or_sentences, "sentences") and hasattr(corpus_or_sentences, "articles"):
        c = corpus_or_sentences
        return c.sentences, c.articles if articles is None else articles, c.repairs if repairs is None else repairs
    return corpus_or_sentences, articles, repairs


@functools.lru_cache(maxsize=4096)
def _the_regex(phrases: tuple[str, ...]) -> re.Pattern:
    """'the <phrase>' for any of ``phrases``, case-insensitive; the phrase is group 1."""
    return re.compile(r"(?<!\w)the\s+(" + _trie_regex(phrases) + r")(?!\w)", re.IGNORECASE)


def _new_in_office(lo: str, day: str) -> bool:
    """Whether a period that began on ``lo`` began within :data:`_NEW_DAYS` before ``day`` ("the new president")."""
    return bool(lo) and (date.fromisoformat(day[:10]) - date.fromisoformat(lo[:10])).days <= _NEW_DAYS


def _in_period(day: str, lo: str, hi: str) -> bool:
    return bool(day) and (not lo or day >= lo) and (not hi or day[:len(hi)] < hi)


# the rest of a place or an institution named after someone, after the first word of the name: "Kim" in "Kim Il
# Sung Square" is no one else of that surname
_PLACE_NAMED_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){1,3}?[ \t]+(?:Square|Street|Avenue|Boulevard|Road|Bridge|Stadium|Airport|Station"
    r"|University|Institute|Academy|School|College|Hospital|Museum|Library|Park|Palace|Hall|Tower|Prize"
    r"|Foundation|Center|Centre|Port)(?!\w)")


def _part_of_other_name(text: str, s: int, e: int, caps: frozenset[str]) -> bool:
    """A surname next to another capitalized name word is someone else: "Li Hui", "Maria Wang"."""
    return bool(_NEXT_CAP.match(text, e)) or _words_to_given_name(text, s, caps) is not None


def _words_to_given_name(text: str, s: int, caps: frozenset[str]) -> list[str] | None:
    """The words before ``s`` (up to 40 characters) when the last, right before it with white space between, is
    a capitalized word that may be a given name; else None. A known actor's first word ("Ukraine Wang called", a
    glued word repaired) or the text's first word is no given name."""
    if not text[s - 1:s].isspace():
        return None  # (the common case, without splitting the words before)
    words = text[max(0, s - 40):s].split()
    if words and _kind_of(words[-1], False, caps) == "cap" and \
            words[-1] not in caps and text[:s].strip() != words[-1]:
        return words
    return None


_NEXT_CAP = re.compile(r"[ \t\u00a0]+[A-ZА-ЯЁ][a-zа-яё]")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-ZА-ЯЁ][\w'’\-]*)")
# Capitalized words after an actor's name that leave it the actor ("the Biden Administration", "the Ukraine War",
# "the Beijing Summit", and a state's own institutions: "the US Treasury", "the US Army"), besides roles,
# modifiers, dates and other actors
_SAME_ACTOR_AFTER = frozenset(
    "Administration Government Cabinet Doctrine Era War Crisis Conflict Summit Talks Visit Visits Trip Forum "
    "Treasury Army Navy Congress Senate Embassy "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


# A state's own armed or public body named after it in up to three capitalized words ("the U.S. Seventh Fleet",
# "the US Pacific Fleet", "the China Coast Guard", "the U.S. Marine Corps"): the state, as "the US Army" is
_STATE_BODY_AFTER = re.compile(r"(?:[ \t\u00a0]+[A-Z][\w'’\-]*){0,2}?[ \t\u00a0]+(?:Fleet|Command|Forces?|Guard|Corps"
                               r"|Court|Department|Ministry)(?![\w'’\-])")


def _inside_longer_name(text: str, s: int, e: int, mt: _Matcher, person: bool, actor: str = "") -> bool:
    """A one-word name (or a place's or organization's name of several words: "the Asia Pacific Initiative") inside
    a longer proper name is not the actor: followed by another capitalized word ("the Kyiv Independent", "China
    Foreign Affairs University", "Lavrov Street") that is not a role, a modifier, a date, another actor, a word
    of :data:`STOP_CAPS` ("Already") or of :data:`_SAME_ACTOR_AFTER`, nor the start of a state's own body's name
    (:data:`_STATE_BODY_AFTER`: "the U.S. Seventh Fleet"); for a person written in Latin letters,
    also after a given name of someone else ("Hunter Biden"; see :func:`_words_to_given_name`), unless that
    word is a place after a preposition ("In Kazan Putin said") or ends another actor's name ("In the United
    States Putin is unpopular")."""
    c = text[e:e + 1]
    m = _NEXT_WORD.match(text, e) if c and c in " \t\u00a0" else None  # (it opens with one of these)
    if m and _title_cased(text):
        m = None  # a headline in title case ("Putin Says Russia Will Win"): every word is capitalized
    if m:
        w = m.group(1)
        if (w not in _SAME_ACTOR_AFTER and w not in STOP_CAPS and w not in mt.caps and not w.isupper()
                and mt.lookup_name(w) is None and not mt.declined_given(w)
                and _kind_of(w, False, mt.caps) not in ("role", "mod")
                and not (_STATE_BODY_AFTER.match(text, e) and mt.type_of.get(actor) == "country")):
            return True
    if person and not text[s:e].isascii():
        # Russian puts a genitive before a name ("президентом России Путиным"), so only a given name that is
        # not the actor's makes it someone else: "Дмитрий Белоусов" is not Andrey Belousov
        return _other_given_before(text, s, mt, actor)
    if not person or not text[s:e].isascii():
        return False
    if _other_given_before(text, s, mt, actor):
        return True
    words = _words_to_given_name(text, s, mt.caps)
    return (words is not None and words[-1].isalpha() and mt.lookup_name(words[-1]) is None
            and not (len(words) > 1 and words[-2].lower() in _PLACE_BEFORE)
            and not any(mt.lookup_name(" ".join(words[k:])) for k in range(max(0, len(words) - 4), len(words) - 1)))


_PLACE_BEFORE = frozenset("in at from to near outside inside of across".split())


def _other_given_before(text: str, s: int, mt: _Matcher, actor: str) -> bool:
    """Right before the person's one-word name at ``s``, another person's given name: a Russian one that is not
    ``actor``'s ("Дмитрий Белоусов" is not Andrey Belousov), or one of the gazetteer's in Latin letters that is
    not ``actor``'s ("Dmitry Patrushev" is not Nikolai Patrushev, "Mikhail Lavrov" not Sergey Lavrov:
    :func:`_words_to_given_name` passes over such a word, which opens a known alias)."""
    if not text[s - 1:s].isspace():
        return False
    if not text[s:s + 1].isascii():
        words = text[max(0, s - 40):s].split()
        return bool(words) and (mt.other_given(words[-1], actor) or mt.other_patronymic(words[-1], actor))
    k = text.rfind(" ", max(0, s - 20), s - 1)
    if k < 0 and s > 20 and all(len(g) < s - 1 for g in mt.latin_given):
        return False  # (what the slice below takes, all the text before, is no given name: not copied, not hashed)
    word = text[k + 1:s - 1]  # (the word before, without splitting the text)
    return word in mt.latin_given and not _same_given(word, mt.latin_given_of.get(actor, frozenset()))


def _own_title_before(text: str, s: int, mt: _Matcher, actor: str, day: str) -> bool:
    """Right before the one-word name at ``s``, one of ``actor``'s roles held on ``day`` or its head noun: "President
    Putin", "секретарь Совбеза Патрушев" after a namesake "Dmitry Putin", "Дмитрий Патрушев" name the actor again
    ("Minister Patrushev" after "Agriculture Minister Dmitry Patrushev" does not name Nikolai Patrushev, no
    minister)."""
    if not text[s - 1:s].isspace():
        return False
    words = text[max(0, s - 60):s].split()[-4:]
    if not words:
        return False
    word = words[-1].lower()
    for head, lo, hi in mt.title_heads.get(actor, ()):
        if (word == head or not head.isascii() and word.startswith(head) and len(word) - len(head) <= 3) and \
                _in_period(day, lo, hi):
            return True
    # a Russian role names its holder by its last words, its head declined before them ("секретаря Совбеза")
    return not text[s:s + 1].isascii() and any(
        a == actor and _in_period(day, lo, hi)
        for k in range(2, len(words) + 1) for a, lo, hi in mt.role_holders(" ".join(words[-k:])))


def _same_given(word: str, own: frozenset[str]) -> bool:
    """``word`` is one of the given names ``own`` or another spelling of one: all its letters but the last alike
    ("Yury" of "Yuri", "Sergei" of "Sergey", "Dmitri" of "Dmitry"; not "Alexei" of "Alexander")."""
    for g in own:
        n = 0
        for a, b in zip(word, g, strict=False):
            if a != b:
                break
            n += 1
        if n >= max(3, min(len(word), len(g)) - 1):
            return True
    return False


@functools.lru_cache(maxsize=1 << 12)
def _title_cased(text: str) -> bool:
    """Most words of ``text`` capitalized, as in a headline written in title case. Remembered: it is asked for each
    name a capitalized word follows, and reads the whole sentence (a sentence of thousands of such names read
    once, not once for each)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(1 for w in words if w[:1].isupper()) >= 0.7 * len(words)


def _followed_by_name(text: str, end: int) -> bool:
    # matched from ``end`` in place: the pattern looks neither behind nor at the text's start, so this is its
    # match on ``text[end:]`` without copying the rest of the sentence for every mention
    return _NAME_NEXT.match(text, end) is not None


_NAME_NEXT = re.compile(r"\s*,?\s*[A-ZА-ЯЁ]")


def mentions(corpus_or_sentences, gazetteer=None, *, articles: pd.DataFrame | None = None,
             repairs: pd.DataFrame | None = None, types: Sequence[str] | None = None,
             labels: bool = True, roles: bool = True, cache=None, engine: str = "local",
             workers: int | None = 0, scheduler: str | None = "", progress: bool | None = None) -> pd.DataFrame:
    """Every mention of every gazetteer actor in the story sentences.

    ``corpus_or_sentences`` is a :class:`~presslens.corpus.Corpus` or a ``sentences`` table (then pass
    ``articles`` for publication dates, needed by role mentions, and ``repairs`` for exact source
    offsets). ``gazetteer`` is a path, a list of entries or None for ``data/actors.yml``. ``types`` keeps
    only those actor types (matching always uses the whole gazetteer, so "Russian Federation Council" stays
    the council even when organizations are left out). ``labels=False`` skips labels and coreference,
    ``roles=False`` skips role mentions (both faster).

    Every rule is article-local, so this runs as a per-article stage (:func:`mentions_stage`): each
    article's mentions are kept in the cache folder (``cache``: a path, False for none, default
    PRESSLENS_CACHE_DIR) keyed by its sentences, repairs and date, the gazetteer's content and this
    code, and found on every core or on Dask (``engine``, ``workers``, ``scheduler``; defaults from the
    environment, see :func:`presslens.cache.engine_options`). The table is the same either way.

    Returns the ``actors`` table — columns: article_id, sentence_no, start, end (offsets into the decoded
    source), actor, type, text (as written), label ('' when none), match (name, surname, coreference,
    role) — sorted by article, sentence and offset.
    """
    return _mention_table(corpus_or_sentences, gazetteer, articles=articles, repairs=repairs, types=types,
                          labels=labels, roles=roles, cache=cache, engine=engine, workers=workers,
                          scheduler=scheduler, progress=progress, hidden=False)


def _mention_table(corpus_or_sentences, gazetteer=None, *, articles: pd.DataFrame | None = None,
                   repairs: pd.DataFrame | None = None, types: Sequence[str] | None = None,
                   labels: bool = True, roles: bool = True, cache=None, engine: str = "local",
                   workers: int | None = 0, scheduler: str | None = "", progress: bool | None = None,
                   hidden: bool = False) -> pd.DataFrame:
    """:func:`mentions`; with ``hidden``, also the role mentions that a label or a coreference mention hides
    (match :data:`_HIDDEN`) and the names inside a coreference mention (:data:`_HIDDEN_NAME`), so that the
    table less its coreference mentions, those rows counted as roles and names, is what ``labels=False``
    finds."""
    from .cache import engine_options, store_for
    from .pipeline import in_process, run_stage

    sentences, articles, repairs = _inputs(corpus_or_sentences, articles, repairs)
    schema.check(sentences, "sentences")
    gaz = _as_gazetteer(gazetteer)
    types = check_types(types, gaz)
    stage = mentions_stage(gaz, labels=labels, roles=roles)
    store = store_for(stage, cache)
    opts = engine_options(engine, workers, scheduler)
    n_articles = sentences["article_id"].nunique() if len(sentences) else 0
    serial = in_process(n_articles, **opts)
    if store is None and serial:
        out = _finish(_mention_rows(sentences, gaz, articles, labels=labels, roles=roles, repairs=repairs), types)
    else:
        units, keys = _mention_units(stage, sentences, articles, repairs)
        if not len(units):
            return _finish([], types)
        packed = run_stage(stage, units, keys, store=store, progress=progress, **opts)[_ACTORS]
        out = _unpack_mentions(packed, units, keys, gaz, types=types, hidden=hidden)
        if out is None:
            return _finish([], types)
        # units are articles in sorted order and each unit's rows are sorted (_finish): already in order
        return out[schema.columns("actors")]
    if not hidden and len(out):
        out = out[~out["match"].isin(_HIDDEN_KINDS).to_numpy()]
    return out.reset_index(drop=True)


def mentions_stage(gazetteer: list[dict], *, labels: bool = True, roles: bool = True):
    """The per-article mentions stage for a checked gazetteer (a list of entries); its version names the
    actors and tokens code, the gazetteer's content and the options."""
    import hashlib
    import json

    from .pipeline import Stage, source_version

    gaz_hash = hashlib.sha256(json.dumps(gazetteer, sort_keys=True, default=str).encode()).hexdigest()[:16]
    version = f"{source_version('actors', 'tokens', 'patterns', 'words')}-{gaz_hash}-labels={labels},roles={roles}"
    return Stage("actors", version, functools.partial(_mentions_batch, gaz=gazetteer, labels=labels, roles=roles),
                 (_ACTORS,), batch=True)


# The stage keeps one row per article (a row per mention, each tagged with its unit's key, made reading the
# cache back cost more than finding the mentions): ints holds (sentence_no, start, end, actor number in the
# gazetteer, match number, bytes of text, bytes of label) per mention, int64 little-endian; text and label
# the UTF-8 strings one after the other.
_ACTORS = "packed_actors"
# A role mention hidden by a label or a coreference mention: not in the actors table, but kept with it for
# the chronology, which wants the mentions as finding no labels gives them (see _mention_table)
_HIDDEN = "role hidden by a label"
# A name inside a coreference mention, the role's word ("Kremlin" in "the Kremlin spokesman" after "Kremlin
# spokesman Dmitry Peskov"): kept for the chronology the same way, a name to it (without labels there is no
# coreference mention to hold it)
_HIDDEN_NAME = "name hidden by a coreference"
_HIDDEN_KINDS = (_HIDDEN, _HIDDEN_NAME)
_MATCHES = ("name", "surname", "coreference", "role", _HIDDEN, _HIDDEN_NAME)
_PACKED_INTS = 7


class _MentionUnits(_TokenUnits):
    """The mentions stage's units ``(article_id, sentence_nos, paragraph_nos, starts, ends, texts, repairs,
    day)`` of sentences sorted by article and sentence number, each made when asked for (a warm cache asks
    for none): the tokens stage's units (:func:`presslens.tokens.article_units`) with the article's
    publication day."""

    def __init__(self, aids: list[str], bounds: list[int], texts, ints: np.ndarray, fixes: dict, days: list[str]):
        super().__init__(aids, bounds, texts, ints, fixes)
        self.days = days

    def _unit(self, i: int):
        return (*super()._unit(i), self.days[i])


def _mention_units(stage, sentences: pd.DataFrame, articles, repairs) -> tuple[_MentionUnits, list[str]]:
    """Per-article units of the sentences (sorted by article and sentence number, as
    :func:`presslens.tokens.article_units` cuts them) with the article's repairs and publication day, and
    their cache keys for ``stage`` (the sentences' numbers, offsets and texts, the repairs and the day)."""
    from .pipeline import article_runs, content_key, text_buffers

    sents = sentences
    aid_col = sents["article_id"].astype(str)
    ordered = pd.Index(aid_col).is_monotonic_increasing and not (
        (aid_col.to_numpy()[1:] == aid_col.to_numpy()[:-1]) &
        (np.diff(sents["sentence_no"].to_numpy(dtype="int64")) < 0)).any()
    if not ordered:
        sents = sents.sort_values(["article_id", "sentence_no"], kind="stable")
        aid_col = sents["article_id"].astype(str)
    bounds = article_runs(aid_col).tolist()
    aids = aid_col.to_numpy(dtype=object)[bounds[:-1]].tolist()
    texts, data, offsets = text_buffers(sents["text"])
    ints = np.column_stack([sents[c].to_numpy(dtype="int64") for c in ("sentence_no", "paragraph_no", "start", "end")]
                           + [np.diff(offsets)]).astype("<i8")
    fixes = article_repairs(repairs)
    published = {}
    if articles is not None and "published" in articles.columns:
        published = dict(zip(articles["article_id"].astype(str), articles["published"].fillna("").astype(str),
                             strict=True))
    days = [published.get(a, "")[:10] for a in aids]
    cuts = offsets[bounds].tolist()
    keys = [content_key(stage, aid, ints[a:b].tobytes(), data[lo:hi],
                        "\x1f".join(f"{s}:{e}:{r}:{f}" for s, e, r, f in fixes.get(aid, ())), day)
            for aid, a, b, lo, hi, day in zip(aids, bounds[:-1], bounds[1:], cuts[:-1], cuts[1:], days, strict=True)]
    return _MentionUnits(aids, bounds, texts, ints[:, :4], fixes, days), keys


def _mentions_batch(keyed: list[tuple[str, tuple]], *, gaz: list[dict], labels: bool, roles: bool
                    ) -> dict[str, pd.DataFrame]:
    """The mentions stage's batch function: one row per unit (with ``_key``), its ``actors`` rows packed."""
    # the units' sentences as the lists _mention_rows takes out of its tables, without making those tables
    # (their text column an Arrow string column, turned back into Python strings at once): units come sorted
    # by article and sentence number (see _mention_units), and each repair goes to the sentences whose source
    # span holds it (presslens.tokens._unit_sentence_repairs, which the tokens stage's batches use too)
    aids: list[str] = []
    snos: list[int] = []
    texts: list[str] = []
    starts: list[int] = []
    fixes: dict[tuple[str, int], list[tuple]] = {}
    days = {}
    for _key, (aid, u_snos, _pnos, u_starts, u_ends, u_texts, u_fixes, day) in keyed:
        days[aid] = day
        aids.extend([aid] * len(u_snos))
        snos.extend(u_snos)
        texts.extend(u_texts)
        starts.extend(u_starts)
        if u_fixes:
            _unit_sentence_repairs(aid, u_snos, u_starts, u_ends, u_fixes, fixes)
    if any(aids[k] > aids[k + 1] or (aids[k] == aids[k + 1] and snos[k] > snos[k + 1]) for k in range(len(aids) - 1)):
        # (not as the stage makes units) the stable sort _mention_rows makes
        order = sorted(range(len(aids)), key=lambda k: (aids[k], snos[k]))
        aids, snos, texts, starts = ([v[k] for k in order] for v in (aids, snos, texts, starts))
    # the rows as _finish has them, without building its table only to take it apart again
    mapped = _sorted_mention_rows(aids, snos, texts, starts, fixes, days, _matcher(gaz), labels=labels,
                                  roles=roles) if aids else []
    actor_no = {e["name"]: j for j, e in enumerate(gaz)}
    match_no = {m: j for j, m in enumerate(_MATCHES)}
    # the rows' columns (one transposition in C, not a tuple of seven made per row), packed column by column;
    # the rows come sorted by article (see _sorted_mention_rows), so each unit's rows are one run of them,
    # found by bisection
    cols = list(zip(*mapped, strict=True)) or [()] * 9
    row_aids = cols[0]
    text = [t.encode("utf-8", "surrogatepass") for t in cols[6]]
    label = [t.encode("utf-8", "surrogatepass") for t in cols[7]]
    table = np.column_stack([np.asarray(cols[1], dtype="<i8"), np.asarray(cols[2], dtype="<i8"),
                             np.asarray(cols[3], dtype="<i8"),
                             np.fromiter(map(actor_no.__getitem__, cols[4]), dtype="<i8", count=len(mapped)),
                             np.fromiter(map(match_no.__getitem__, cols[8]), dtype="<i8", count=len(mapped)),
                             np.fromiter(map(len, text), dtype="<i8", count=len(mapped)),
                             np.fromiter(map(len, label), dtype="<i8", count=len(mapped))]).astype("<i8", copy=False)
    packed = {"ints": [], "text": [], "label": []}
    for _key, unit in keyed:
        a = bisect.bisect_left(row_aids, unit[0])
        b = bisect.bisect_right(row_aids, unit[0], a)
        packed["ints"].append(table[a:b].tobytes())
        packed["text"].append(b"".join(text[a:b]))
        packed["label"].append(b"".join(label[a:b]))
    return {_ACTORS: pd.DataFrame({**packed, "_key": [key for key, _ in keyed]})}


def _unpack_mentions(packed: pd.DataFrame, units: _MentionUnits, keys: list[str], gaz: list[dict], *,
                     types: Sequence[str] | None = None, hidden: bool = False) -> pd.DataFrame | None:
    """The ``actors`` table of the stage's packed rows, units in order (None when they hold no mention):
    only the rows of ``types`` (all when None), and the role mentions a label hides (:data:`_HIDDEN`) only
    with ``hidden``. The rows left out are dropped from the packed integers, before any column is made (no
    table of every row to filter)."""
    import pyarrow as pa

    from .pipeline import unit_rows

    at = unit_rows(keys, len(packed))
    blobs = packed["ints"].to_numpy(dtype=object)[at]
    table = np.frombuffer(b"".join(blobs), dtype="<i8").reshape(-1, _PACKED_INTS)
    per_unit = np.fromiter((len(b) // (8 * _PACKED_INTS) for b in blobs), dtype="int64", count=len(blobs))
    del blobs
    if not len(table):
        return None
    names = np.asarray([e["name"] for e in gaz], dtype=object)
    kinds = np.asarray([e["type"] for e in gaz], dtype=object)
    keep = None  # every row
    if not hidden:
        keep = ~np.isin(table[:, 4], [_MATCHES.index(k) for k in _HIDDEN_KINDS])
    if types is not None:
        wanted = np.isin(kinds, list(types))
        keep = wanted[table[:, 3]] if keep is None else keep & wanted[table[:, 3]]
    if keep is not None and keep.all():
        keep = None
    rows = table if keep is None else table[keep]
    mask = None if keep is None else pa.array(keep)

    def strings(column: str, sizes: np.ndarray):
        data = b"".join(packed[column].to_numpy(dtype=object)[at])
        offsets = np.concatenate([[0], np.cumsum(sizes)]).astype("<i8")
        arr = pa.LargeStringArray.from_buffers(len(sizes), pa.py_buffer(offsets.tobytes()), pa.py_buffer(data))
        return pd.array(arr if mask is None else arr.filter(mask), dtype="str")

    def picked(values, codes: np.ndarray):
        """``values[codes]`` as a text column, taken by Arrow from the few distinct values."""
        return pd.array(pa.array(list(values), type=pa.large_string()).take(pa.array(codes)), dtype="str")

    aids = np.repeat(np.arange(len(per_unit)), per_unit)
    actor = rows[:, 3]
    return pd.DataFrame({
        "article_id": picked(units.aids, aids if keep is None else aids[keep]),
        "sentence_no": rows[:, 0].copy(), "start": rows[:, 1].copy(), "end": rows[:, 2].copy(),
        "actor": picked(names, actor), "type": picked(kinds, actor),
        "text": strings("text", table[:, 5]), "label": strings("label", table[:, 6]),
        "match": picked(_MATCHES, rows[:, 4])})


def _mention_rows(sentences: pd.DataFrame, gaz: list[dict], articles, *, labels: bool, roles: bool,
                  repairs: pd.DataFrame | None = None) -> list[tuple]:
    """The mentions as row tuples (article_id, sentence_no, start, end, actor, type, text, label, match),
    offsets into the source (mapped from the sentence's text through ``repairs``,
    :func:`presslens.tokens.source_offset`), sorted by article, sentence and start (stable)."""
    mt = _matcher(gaz)
    if sentences.empty:
        return []
    order = sentences.sort_values(["article_id", "sentence_no"], kind="stable")
    from .tokens import sentence_repairs

    published = {}
    if articles is not None and "published" in articles.columns:
        published = dict(zip(articles["article_id"].astype(str), articles["published"].fillna("").astype(str),
                             strict=True))
    return _sorted_mention_rows(order["article_id"].astype(str).tolist(), order["sentence_no"].astype(int).tolist(),
                                order["text"].fillna("").astype(str).tolist(),
                                order["start"].astype("int64").tolist(), sentence_repairs(sentences, repairs),
                                published, mt, labels=labels, roles=roles)


def _sorted_mention_rows(aids: list[str], snos: list[int], texts: list[str], starts: list[int],
                         fixes: dict[tuple[str, int], list[tuple]], published: dict[str, str], mt: _Matcher, *,
                         labels: bool, roles: bool) -> list[tuple]:
    """:func:`_mention_rows` of the sentences as lists sorted by article and sentence number (stable): their
    articles, numbers, texts and source starts, with the repairs inside each sentence (``{(article_id,
    sentence_no): [(start, end, raw, repaired)]}``, as :func:`presslens.tokens.sentence_repairs` gives them)
    and the articles' publication dates (``{article_id: date}``)."""
    joined = _SEP.join(texts)
    offs = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])

    # each row's sentence start in the source (that of the last sentence of its article and number), and the
    # repairs by sentence
    base_of = dict(zip(zip(aids, snos, strict=True), starts, strict=True))
    source = ([base_of[k] for k in zip(aids, snos, strict=True)], fixes)

    def by_sentence(found: list[tuple[int, int, str]]) -> dict[int, list[tuple[int, int, str]]]:
        """(start, end, text) in ``joined`` -> sentence row -> (start, end, text) in the sentence."""
        out: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        if not found:
            return out
        rows = np.searchsorted(offs, np.fromiter((f[0] for f in found), dtype="int64", count=len(found)),
                               side="right") - 1
        for (s, e, t), i, base in zip(found, rows.tolist(), offs[rows].tolist(), strict=True):
            out[i].append((s - base, e - base, t))
        return out

    hits = _by_row(_name_matches(mt, joined), offs.tolist())
    cyrillic = not joined.isascii() and _basic_cyrillic(joined)  # (a Russian letter anywhere: see _article_mentions)
    # every "the" opening a word, with the end of the white space after it: where the English roles and the
    # coreference phrases are tried ("the Chinese President", "the Chinese leader"), one scan for both
    the_at = None
    if labels or (roles and mt.roles_scan is not None):
        the_at = _the_spans(joined)
    role_hits: dict[int, list[tuple[int, int, str]]] = {}
    if roles and (mt.roles_scan is not None or mt.ru_role_forms):
        role_hits = by_sentence(_the_roles(mt, joined, the_at) + _bare_roles(mt, joined)
                                + _ru_roles(mt, joined, cyrillic))
        if mt.state_scan is not None:
            for i, found in by_sentence([(m.start(), m.end(), m.group(0))
                                         for m in _word_start_matches(mt.state_scan, joined)]).items():
                role_hits.setdefault(i, []).extend((s, e, "\x00" + t) for s, e, t in found)

    rows: list[tuple] = []
    offs = offs.tolist()
    tokens: dict[str, tuple] = {}  # sentence text -> its tokens, for labels
    # (text, start, end) -> _label's result (a function of them): a sentence printed again, in a republished
    # story or a repeated line, has its names labelled once
    labelled: dict[tuple[str, int, int], tuple[str, int, int] | None] = {}
    # rows are grouped by article; walk each article's sentences in order
    bounds = [0] + [k for k in range(1, len(aids)) if aids[k] != aids[k - 1]] + [len(aids)]
    ordered, last = True, None  # whether the articles with rows come in the order sorting their ids gives
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        if not any(i in hits or i in role_hits for i in range(a, b)):
            continue
        found = _article_mentions(range(a, b), aids[a], snos, texts, hits, role_hits, mt,
                                  published.get(aids[a], "")[:10], labels=labels,
                                  joined=(joined, offs), tokens=tokens, source=source, the_at=the_at,
                                  labelled=labelled, cyrillic=cyrillic)
        if found:
            ordered = ordered and (last is None or last < aids[a])
            last = aids[a]
        rows.extend(found)
        tokens.clear()
    if source is not None and not ordered:  # each article's rows are sorted; so must the articles be
        rows.sort(key=operator.itemgetter(0, 1, 2))
    return rows


def _the_roles(mt: _Matcher, joined: str, the_at: list[tuple[int, int]] | None) -> list[tuple[int, int, str]]:
    """What ``_word_start_matches(mt.roles_scan, joined)`` finds, as (start, end, text) of its group (the role),
    tried only where a "the" opens a word (``the_at``: where _THE's such matches start and end; a match of
    roles_scan opens so), and not inside the role found before."""
    if mt.roles_scan is None or the_at is None:
        return []
    match, found, last = mt.roles_scan.match, [], 0
    for p, _q in the_at:
        if p >= last and (m := match(joined, p)) is not None:
            found.append((m.start(1), m.end(1), m.group(1)))
            last = m.end()
    return found


def _by_row(matches, offs: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    """Matches in the sentences joined by _SEP (in order of their starts), whose starts are ``offs``: sentence row
    -> (start, end, text) in the sentence. The row is found again only when a match starts past the current one."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    row, base, nxt, found = -1, 0, 0, []
    for m in matches:
        s = m.start()
        if s >= nxt:
            row = bisect.bisect_right(offs, s, row + 1) - 1
            base = offs[row]
            nxt = offs[row + 1] if row + 1 < len(offs) else 1 << 62  # (past any text)
            found = out[row] = []
        found.append((s - base, m.end() - base, m.group(0)))
    return out


def _bare_roles(mt: _Matcher, joined: str) -> list[tuple[int, int, str]]:
    """Roles written without "the", as copy by writers whose language has no articles drops it ("Chinese
    leader arrived in Kazakhstan"; '..., " Russian leader said'): a capitalized role opening a sentence or
    right after a comma or a closing quote and a space, followed by a lower-case word (a verb, not a name:
    "Russian President Vladimir Putin" is a label). (start, end, text) in ``joined``, sorted."""
    found = []
    head = mt.bare_roles.match("\x00" + joined[:200])  # the first sentence has no separator before it
    if head is not None and head.start(1) == 1 and head.group(1)[0].isupper():
        found.append((0, head.end(1) - 1, head.group(1)))
    # the matches of bare_roles' finditer, as those of one pattern for each character it opens with, merged in
    # order: the engine finds a pattern's first character by a plain loop when it is one, where it tests a
    # class at every character, several times slower; and no match holds another's first character (no role
    # holds a comma, a quotation mark or a separator), so none hides another
    for scan in mt.bare_role_scans:
        for m in scan.finditer(joined):
            if m.group(1)[0].isupper():
                found.append((m.start(1), m.end(1), m.group(1)))
    found.sort(key=operator.itemgetter(0))
    return found


_THE = re.compile(r"[Tt](?i:he\s+)")
# _THE as two patterns, each opening with one letter: the engine finds that by a plain loop over the characters,
# where it tests a class ([Tt]) at every one, several times slower; each with the look-behind for a word's start
# (what _word_start_matches checks) after its letter, where the engine tries it only at that letter (it spans the
# letter and the character before it): their finditer finds the word-opening matches without a Python step per match
_THE_CASES = (re.compile(r"t(?<!\wt)(?i:he\s+)"), re.compile(r"T(?<!\wT)(?i:he\s+)"))


def _the_spans(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the matches ``_word_start_matches(_THE, text, lo, hi)`` finds, in order: those of its two
    cases merged (no match holds a "t" or "T" after its first letter, so none starts inside another, and each
    case finds what _THE finds opening with its letter)."""
    end = len(text) if hi is None else hi
    lower, upper = ([m.span() for m in p.finditer(text, lo, end)] for p in _THE_CASES)
    if not upper:
        return lower
    out = lower + upper
    out.sort()
    return out


@functools.lru_cache(maxsize=1 << 14)
def _the_key_regex(key: str) -> re.Pattern:
    """:func:`_the_regex` of one phrase without its leading ``(?<!\\w)`` (see :func:`_word_start_matches`;
    [Tt] is what "t" matches ignoring case)."""
    return re.compile(r"[Tt](?i:he\s+(" + _trie_regex([key]) + r"))(?!\w)")


def _the_matches(keys: Sequence[str], joined: str, lo: int, hi: int,
                 the_at: list[tuple[int, int]] | None = None) -> list[re.Match]:
    """The matches ``_the_regex(keys).finditer`` finds in ``joined[lo:hi]``, for lower-case ASCII keys,
    with a pattern per key (compiled once for all articles, not one per article's set of keys): at each
    start the longest key wins, as in the trie, and the search goes on after it. ``the_at``: the (start, end)
    of the word-opening matches of _THE in ``joined`` that start in ``joined[lo:hi]``, when known."""
    # every key's match starts with a match of _THE ("the" and spaces), and those never overlap: one search
    # finds the starts, where each key is tried (every match of each key, as searching for it would find)
    if the_at is None:
        the_at = _the_spans(joined, lo, hi)
    found = []
    if the_at:
        # a key's first letter follows the white space (\s+ takes all of it): the starts by the letter after
        # them, lower-cased, so that a key is tried only where its letter is; a non-ASCII character after them
        # may match an ASCII letter ignoring case (the Kelvin sign a "k"), and is tried for every key
        after: dict[str | None, list[int]] = defaultdict(list)
        for p, q in the_at:
            c = joined[q:q + 1]
            after[c.lower() if c.isascii() else None].append(p)
        every = [p for p, _q in the_at]
        for key in keys:
            match = _the_key_regex(key).match
            first = key[:1]
            starts = every
            if first.isascii() and first.isalpha():
                starts = after.get(first, [])
                if None in after:
                    starts = starts + after[None]
            for pos in starts:
                if (m := match(joined, pos, hi)) is not None:
                    found.append((pos, -m.end(), m))
    found.sort(key=lambda f: (f[0], f[1]))
    out, pos = [], lo
    for start, neg_end, m in found:
        if start >= pos:
            out.append(m)
            pos = -neg_end
    return out


def _article_mentions(idx: range, aid: str, snos, texts, hits, role_hits, mt: _Matcher, day: str, *,
                      labels: bool, joined: tuple[str, list[int]] | None = None,
                      tokens: dict | None = None, source: tuple[list[int], dict] | None = None,
                      the_at: list[tuple[int, int]] | None = None, labelled: dict | None = None,
                      cyrillic: bool = True) -> list[tuple]:
    """The mentions in the article of sentence rows ``idx`` (see :func:`_sorted_mention_rows`). ``cyrillic``:
    False when no sentence holds a character of U+0400-U+047F (:func:`_basic_cyrillic`), which every Russian
    rule needs (patronymics, bare Russian offices): those are not looked for."""
    out: list[list] = []  # [row, start, end, actor, text, label, match]
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)  # row -> labels and coreference mentions
    inside: list[tuple[int, int, int, bool]] = []  # (row, start, end, coreference?) of role and coreference mentions
    persons: dict[int, list[tuple[int, int]]] = defaultdict(list)  # row -> person names
    last_full: dict[str, tuple[int, int]] = {}
    # folded surname, or the actor of a one-word alias (whichever case form: "Дмитрия Патрушева ... Патрушев
    # сказал") -> where someone else of that name was last named
    namesake: dict[str, tuple[int, int]] = {}
    type_of, lookup_name, caps = mt.type_of, mt.lookup_name, mt.caps
    for i in idx:
        found_here = hits.get(i)
        if not found_here:
            continue
        text = texts[i]
        for s, e, t in found_here:
            found = lookup_name(t)
            if found is None:
                continue
            actor, how = found
            if how == "surname":
                key = _fold(t)
                if _part_of_other_name(text, s, e, caps):
                    if not _PLACE_NAMED_AFTER.match(text, e):
                        namesake[key] = (i, s)  # "Li Haidong": someone else of that surname
                    continue
                seen = [(last_full[c], c) for c in mt.surname_of[key] if c in last_full]
                if not seen or namesake.get(key, (-1, -1)) > max(seen)[0]:
                    continue  # "Li Qiang ... Li Haidong ... Li said": the last one named is not the actor
                actor = max(seen)[1]
                person = type_of[actor] == "person"
            else:
                person = type_of[actor] == "person"
                if (" " not in t or not person) and _inside_longer_name(text, s, e, mt, person, actor):
                    if person and _other_given_before(text, s, mt, actor):
                        namesake[actor] = (i, s)  # "Dmitry Patrushev": someone else of that name
                    continue  # "the Kyiv Independent", "Trump Tower", "Hunter Biden", "the Asia Pacific Initiative"
                if namesake and person and " " not in t and \
                        namesake.get(actor, (-1, -1)) > last_full.get(actor, (-1, -1)) and \
                        not _own_title_before(text, s, mt, actor, day):
                    continue  # "Dmitry Patrushev ... Patrushev said": the last one named is not the actor
                last_full[actor] = (i, s)
            label = ""
            if labels:
                if labelled is None:
                    lab = _label(text, s, e, caps, tokens)
                elif (lab := labelled.get((text, s, e), labelled)) is labelled:
                    lab = labelled[text, s, e] = _label(text, s, e, caps, tokens)
                if lab and not person and all(
                        _kind_of(w, False, caps) == "role" and w.lower() not in ORG_ROLE_NOUNS
                        for w in lab[0].split()):
                    lab = None  # "Президент РФ Владимир Путин": the office is Putin's, not Russia's
                if lab:
                    label = lab[0]
                    covered[i].append((lab[1], lab[2]))
            if person:  # "the Kremlin spokesman", "the US President" stay possible
                persons[i].append((s, e))
            out.append([i, s, e, actor, t, label, how])
    if out and cyrillic and any(_patronymic_hint(texts[i]) for i in idx):
        out += _patronymic_mentions(idx, texts, out, mt)
    # article-local coreference: "the Chinese leader" after "Chinese leader Xi Jinping"
    if labels and out:
        used: dict[str, set[str]] = defaultdict(set)
        first: dict[str, tuple[int, int]] = {}
        shorts: dict[str, int] = defaultdict(int)  # a label shortened to its nationality and noun -> labels so
        for i, s, _e, actor, _t, label, _h in out:
            words = label.split()
            if len(words) >= 2 and any(_kind_of(w, False, mt.caps) == "role" for w in words):
                key = _fold(label).lower()
                used[key].add(actor)
                first.setdefault(key, (i, s))
                if len(words) >= 3 and _NATIONALITY.match(words[0]) and _kind_of(words[-1], False, mt.caps) == "role":
                    # the label's nationality and its head noun, the words between left out as a reader shortens
                    # it: "the Chinese spokesman" after "Chinese Foreign Ministry spokesman Lin Jian"
                    short = f"{words[0]} {words[-1]}".lower()
                    used[short].add(actor)
                    first.setdefault(short, (i, s))
                    shorts[short] += 1
        unique = {k: next(iter(v)) for k, v in used.items() if len(v) == 1}
        if unique:
            keys = tuple(sorted(unique))
            if joined is not None and all(k.isascii() for k in keys):
                # the sentences joined by _SEP, which neither pattern crosses nor counts as a word character
                text, offs = joined
                found = []
                lo, hi = offs[idx[0]], offs[idx[-1]] + len(texts[idx[-1]])
                at = None
                if the_at is not None:
                    at = the_at[bisect.bisect_left(the_at, (lo, -1)):bisect.bisect_left(the_at, (hi, -1))]
                for m in _the_matches(keys, text, lo, hi, at):
                    i = bisect.bisect_right(offs, m.start(), idx[0], idx[-1] + 1) - 1
                    found.append((i, offs[i], m))
            else:
                pat = _the_regex(keys)
                found = [(i, 0, m) for i in idx for m in pat.finditer(texts[i])]
            for i, base, m in found:
                start, start1, end1, said = m.start() - base, m.start(1) - base, m.end(1) - base, m.group(1)
                key = _fold(said).lower()
                if (i, start1) <= first[key] or _followed_by_name(texts[i], end1):
                    continue
                if any(start < b and a < end1 for a, b in covered[i] + persons[i]):
                    continue
                if key in shorts and _titles_before(idx, texts, key, (i, start1)) > shorts[key]:
                    continue  # another's title shortens so too: "Chinese Commerce Minister Wang Wentao"
                out.append([i, start1, end1, unique[key], said, said, "coreference"])
                covered[i].append((start1, end1))
                inside.append((i, start1, end1, True))
    # gazetteer roles, within their periods; a role that a label or a coreference mention covers is kept as
    # _HIDDEN: the role mention finding no labels would give (without labels nothing is covered)
    if day:
        for i in idx:
            # the sentence's rows so far, made when a state's adjective is first found in it: _state_mentions
            # reads no other (the article's rows were walked twice for every adjective)
            here = None
            for s, e, t in role_hits.get(i, ()):
                if t[0] == "\x00":
                    if here is None:
                        here = [r for r in out if r[0] == i]
                    found = _state_mentions(i, s, t[1:], here, mt, day)
                    out += found
                    here += found
                    continue
                if _followed_by_name(texts[i], e) or any(_next_to(texts[i], s, e, a, b) for a, b in persons[i]):
                    continue
                if texts[i].startswith(" of ", e):
                    continue  # the role's last noun heads another office: "the Pentagon chief of staff"
                if (texts[i][e + 1:e + 2] in _RU_LOWER and (of := _RU_ROLE_OF.match(texts[i], e))
                        and of[1].replace("ё", "е") not in _ru_not_genitive()
                        and _RU_OFFICE_END.search(texts[i], max(s, e - 16), e)):
                    continue  # ... and so in Russian, before a genitive: "белорусский лидер оппозиции" (but a
                    # side is no office: "китайская сторона решения не приняла")
                how = _HIDDEN if any(s - 4 < b and a < e for a, b in covered[i]) else "role"
                holders = {actor for actor, lo, hi in mt.role_holders(t) if _in_period(day, lo, hi)}
                if holders and _NEW_BEFORE.search(texts[i], max(0, s - 24), s):
                    holders = {actor for actor, lo, hi in mt.role_holders(t)
                               if _in_period(day, lo, hi) and _new_in_office(lo, day)}
                if len(holders) == 1:
                    out.append(row := [i, s, e, holders.pop(), t, t, how])
                    if here is not None:
                        here.append(row)
                    inside.append((i, s, e, False))  # hidden too: without labels it is a role
    if labels and day and mt.offices:  # coreference: none without labels
        out += _bare_offices(idx, texts, out, mt, day, joined, cyrillic)
    if labels and day and mt.ru_minister_scan is not None:
        out += _state_ministers(idx, texts, out, mt, day, joined)
    if inside:
        out = _role_words(out, inside)
    type_of = mt.type_of
    # offsets into the source, sorted by sentence and start
    bases, fixes = source
    if fixes and any((aid, snos[i]) in fixes for i in idx):
        from .tokens import source_offset

        found = []
        for i, s, e, actor, t, label, how in out:
            b = bases[i]
            fix = fixes.get((aid, snos[i]))
            if fix:
                s, e = source_offset(s, start=b, repairs=fix), source_offset(e, start=b, repairs=fix, end=True)
            else:
                s, e = s + b, e + b
            found.append((aid, snos[i], s, e, actor, type_of[actor], t, label, how))
    else:
        found = [(aid, snos[i], s + bases[i], e + bases[i], actor, type_of[actor], t, label, how)
                 for i, s, e, actor, t, label, how in out]
    found.sort(key=operator.itemgetter(1, 2))
    return found


# A Russian given name and patronymic without the surname ("Михаил Владимирович провел переговоры", "Валентина
# Ивановна"): the polite way to name again someone named in full before.
_RU_PATRONYMIC = re.compile(r"(?<![\w-])(?P<given>[А-ЯЁ][а-яё]{1,15})[ \t]+(?P<pat>[А-ЯЁ][а-яё]{2,15}?"
                            r"(?:(?P<m>[оеь]вич)(?:а|у|ем|е)?|(?P<f>[оеи]вн|ичн)(?:а|ы|е|у|ой|ою)))(?![\w-])")
# A patronymic alone, in any case: -ович/-евич/-ич's cases, -овна/-евна/-ична/-инична's, and the Turkic "-оглы" and
# "-кызы" written with a hyphen after the father's name ("Ибрагим-оглы")
_RU_PATRONYMIC_WORD = re.compile(r"[А-ЯЁ][а-яё]{2,15}?(?:[оеь]вич(?:а|у|ем|е)?|(?:[оеи]вн|ичн)(?:а|ы|е|у|ой|ою))"
                                 r"|[А-ЯЁ][а-яё]{1,15}-(?:оглы|кызы)")
_RU_NEXT_CAPITAL = re.compile(r"[ \t]+[А-ЯЁ][а-яё]")


def _patronymic_hint(text: str) -> bool:
    """Whether *text* may hold a patronymic (-вич, -вна, -ична): substring tests, many times cheaper than a
    pattern over English text, where they all fail."""
    return "вич" in text or "вн" in text or "ичн" in text


def _patronymic_mentions(idx: range, texts, out: list[list], mt: _Matcher) -> list[list]:
    """ "Михаил Владимирович" after "Михаил Мишустин": a given name and a patronymic (no surname after them) for the
    one gazetteer person of that given name and patronymic (``_Matcher.ru_given_names``) named in full before in the
    article, when no other person of that given name was written before either ("Михаил Мурашко ... Михаил
    Альбертович" is not Mishustin). The mention is a coreference."""
    given_names = mt.ru_given_names
    first: dict[str, tuple[int, int]] = {}
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, s, e, actor, _t, _label, how in out:
        spans[i].append((s, e))
        if how == "name" and " " in _t and actor in given_names:
            first.setdefault(actor, (i, s))
    added: list[list] = []
    for i in idx:
        if not _patronymic_hint(texts[i]):
            continue
        for m in _RU_PATRONYMIC.finditer(texts[i]):
            s, e = m.start(), m.end()
            if _RU_NEXT_CAPITAL.match(texts[i], e) or any(s < b and a < e for a, b in spans[i]):
                continue  # a surname after it: a full name, another's or already a mention
            word, pat = m["given"].lower(), m["pat"].lower()
            matching = [a for a, (fi, fs) in first.items() if (fi, fs) < (i, s) and any(
                word.startswith(g[:-1] if g[-1] in "йьая" else g) and len(word) - len(g) <= 2
                and pat.startswith(p) and len(pat) - len(p) <= 3 for g, p in given_names[a])]
            if len(matching) != 1:
                continue
            stem = word[:4]
            if any(w.lower().startswith(stem) and not any(a <= p < b for a, b in spans[j])
                   for j in idx if j <= i for p, w in _capital_pairs(texts[j], s if j == i else len(texts[j]))):
                continue  # someone else of that given name was written before
            added.append([i, s, e, matching[0], m[0], "", "coreference"])
    return added


_CAPITAL_PAIR = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)(?=[ \t]+[А-ЯЁ][а-яё])")


def _capital_pairs(text: str, end: int) -> list[tuple[int, str]]:
    """(start, first word) of each capitalized Cyrillic word followed by another in text[:end] that does not open a
    given name and patronymic: where names are written."""
    return [(m.start(), m[1]) for m in _CAPITAL_PAIR.finditer(text, 0, end) if not _RU_PATRONYMIC.match(text, m.start())]


def _titles_before(idx: range, texts, short: str, upto: tuple[int, int]) -> int:
    """How many titles the nationality and noun of ``short`` ("chinese minister") open and close in the article's
    sentences before ``upto`` (row, start): "Chinese Foreign Minister Wang Yi", "Chinese Commerce Minister Wang
    Wentao", whether or not the gazetteer knows the name, and a title before no name too ("a Chinese Defence
    Ministry spokesman said", "a Chinese embassy spokesman": another holder, unnamed). The short form itself
    counts only before a name ("Chinese spokesman Mao Ning") or after an indefinite article ("another Chinese
    spokesman"): else it is a mention, not another title."""
    adj, noun = short.split(" ", 1)
    pat = re.compile(rf"(?<![\w-])(?P<ind>(?i:another|an|a|one)[ \t]+)?(?i:{re.escape(adj)})(?:(?:[ \t]+"
                     rf"{_TITLE_MIDDLE}){{1,4}}[ \t]+(?i:{re.escape(noun)})(?![\w-])|[ \t]+(?i:{re.escape(noun)})"
                     r"(?:[ \t]+[A-ZА-ЯЁ]|(?(ind)(?![\w-])|(?!))))")
    return sum(1 for j in idx if j <= upto[0] for m in pat.finditer(texts[j]) if (j, m.start()) < upto)


# a word inside a title between its nationality and its noun ("Foreign Ministry", "Ministry of Commerce",
# "embassy"), not a word that ends the title's phrase ("Chinese officials said the spokesman ...")
_TITLE_MIDDLE = (r"(?!(?:said|says|told|and|or|but|the|a|an|to|that|with|who|which|was|is|were|are|has|had)(?![\w'’-]))"
                 r"[A-Za-z][\w'’-]*")


def _role_words(out: list[list], inside: list[tuple[int, int, int, bool]]) -> list[list]:
    """``out`` without the names inside a role mention, the role's words, not mentions of their own: "Kremlin" in
    "the Kremlin chief", "КНР" in "председатель КНР"; a name inside a coreference mention ("Kremlin" in "the
    Kremlin spokesman" after "Kremlin spokesman Dmitry Peskov") is kept as :data:`_HIDDEN_NAME`."""
    spans: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
    for i, s, e, coref in inside:
        spans[i].append((s, e, coref))
    kept = []
    for r in out:
        here = spans.get(r[0])
        if here is None:  # (most rows: no role or coreference mention in their sentence)
            kept.append(r)
            continue
        holders = [coref for s, e, coref in here if s <= r[1] and r[2] <= e]
        if not holders or r[6] in ("role", "coreference", _HIDDEN):
            kept.append(r)
        elif all(holders) and r[6] == "name":
            kept.append([*r[:6], _HIDDEN_NAME])
        elif all(holders):
            kept.append(r)
    return kept


_WORD = re.compile(r"\S+")


def _state_adj(mt: _Matcher, run: str) -> str:
    """The longest of ``mt.state_adjs`` that ``run`` opens with (one does: state_scan matched there), tried
    among those of its first letter only (:attr:`_Matcher.state_adjs_by_first`, longest first)."""
    return next(a for a in mt.state_adjs_by_first.get(run[:1], ()) if run.startswith(a))


def _state_mentions(i: int, s: int, run: str, out: list[list], mt: _Matcher, day: str) -> list[list]:
    """The states a match of ``mt.state_scan`` at ``s`` in sentence row ``i`` names by their nationality
    adjectives: both of "Kazakh and Mongolian officials"; the one of "South Korean Defense Minister Kim
    Yong-hyun", a title (capitalized words up to a role noun) before a name that is no gazetteer person's (the
    person's label holds it: "Russian President Vladimir Putin" stays Putin's). Each in its roles' periods, and
    only where no other mention is. ``out``: the article's rows so far, or those of row ``i`` (no other is read)."""
    adj = _state_adj(mt, run)
    spans = [(s, s + len(adj))]
    rest = run[len(adj):]
    if rest.lstrip().startswith("and "):
        second = rest.lstrip()[4:].lstrip()
        adj2 = _state_adj(mt, second)
        spans.append((s + len(run) - len(second), s + len(run) - len(second) + len(adj2)))
    else:
        words = list(_WORD.finditer(rest))
        k = next((k for k, w in enumerate(words[:-1]) if _kind_of(w.group(0), False, frozenset()) == "role"), None)
        if k is None or any(r[0] == i and r[1] == s + len(adj) + words[k + 1].start()
                            and mt.type_of[r[3]] == "person" for r in out):
            return []
    rows = []
    for a, b in spans:
        text = run[a - s:b - s]
        states = {st for st, lo, hi in mt.state_adjs[text] if _in_period(day, lo, hi)}
        if len(states) == 1 and not any(r[0] == i and r[1] < b and a < r[2] and r[6] != "coreference" for r in out):
            rows.append([i, a, b, states.pop(), text, "", "role"])
    return rows


def _office_rows(idx: range, texts, joined: tuple[str, list[int]] | None, cyrillic: bool = True) -> list[int]:
    """The rows of ``idx`` whose sentence holds one of :data:`_OFFICE_HINTS`, in order: found by ``str.find``
    over the article's span of ``joined`` (the sentences joined by _SEP, which no hint holds), a search per
    hint and sentence holding it, instead of every hint tried on every sentence. ``cyrillic``: False when the
    joined text holds no character of U+0400-U+047F (:func:`_basic_cyrillic`), so no Russian hint."""
    if joined is None:
        return [i for i in idx if any(h in texts[i] for h in _OFFICE_HINTS)]
    text, offs = joined
    first, last = idx[0], idx[-1]
    hi = offs[last] + len(texts[last])
    rows = set()
    for h in _OFFICE_HINTS if cyrillic else _OFFICE_HINTS_LATIN:
        p = text.find(h, offs[first], hi)
        while p >= 0:
            r = bisect.bisect_right(offs, p, first, last + 1) - 1
            rows.add(r)
            if r == last:
                break
            p = text.find(h, offs[r + 1], hi)  # on from the next sentence: one hit a sentence is enough
    return sorted(rows)


def _bare_offices(idx: range, texts, out: list[list], mt: _Matcher, day: str,
                  joined: tuple[str, list[int]] | None = None, cyrillic: bool = True) -> list[list]:
    """Mentions of a bare office noun ("the president", "the 65-year-old chancellor", "Премьер подчеркнул") that
    stands for the one person named earlier in the article who holds that office on ``day``: none when two
    such people were named, or when the office was the title of a name the gazetteer does not know
    ("President Yoon Suk Yeol"). Rows as ``out``'s, which holds the article's mentions so far; ``joined``: the
    sentences joined and their offsets, as :func:`_article_mentions` has them (``cyrillic``: see :func:`_office_rows`)."""
    people = sorted((r[0], r[1], r[3]) for r in out if mt.type_of[r[3]] == "person")
    if not people:
        return []
    found = []
    for i in _office_rows(idx, texts, joined, cyrillic):  # the common sentence holds none: no regex scan of it
        if i < people[0][0]:
            continue
        text = texts[i]
        ru = _RU_BARE_OFFICE.match(text)
        inner = _RU_BARE_OFFICE_INNER.finditer(text) if not text.isascii() else ()
        for m in [*_bare_office_matches(text), *([ru] if ru else []), *inner]:
            noun = _OFFICE_OF[m["noun"].lower()]
            holders = {a for a, lo, hi in mt.offices.get(noun, ()) if _in_period(day, lo, hi)}
            named = {a for r, s, a in people if (r, s) < (i, m.start()) and a in holders}
            if len(named) > 1:
                # several holders named so far: the one the sentence before names, or this one before the noun,
                # as a reader takes it ("Ukraine's president, Volodymyr Zelenskyy, ... His spokesman said the
                # president had asked ..."), but not one named inside a quotation between ('"Putin's applauding
                # it," the president told ABC News': the speaker is not who he speaks of), nor one the sentence
                # before names inside a quotation ('Biden said: "Putin is wrong." The president added ...')
                named = {a for r, s, a in people if a in holders and (
                    (r == i - 1 and len(_QUOTE_MARKS.findall(texts[r], 0, s)) % 2 == 0)
                    or (r == i and s < m.start() and not _QUOTE_MARKS.search(text, s, m.start())))}
            if len(named) == 1 and not _unknown_title(idx, texts, out, noun, (i, m.start())):
                found.append([i, m.start("noun"), m.end(), named.pop(), m.group(0)[m.start("noun") - m.start():], "",
                              "coreference"])
    return found


_QUOTE_MARKS = re.compile("[\"“”«»]")


def _bare_office_matches(text: str) -> list[re.Match]:
    """``list(_BARE_OFFICE.finditer(text))``, as the matches of its two cases merged (see _BARE_OFFICE_CASES)."""
    lower, upper = (list(p.finditer(text)) for p in _BARE_OFFICE_CASES)
    if not upper:
        return lower
    if not lower:
        return upper
    return sorted(lower + upper, key=lambda m: m.start())


def _unknown_title(idx: range, texts, out: list[list], noun: str, upto: tuple[int, int]) -> bool:
    """Whether the office ``noun`` was the title of a name that is no mention ("President Yoon Suk Yeol") in
    the article's sentences before ``upto`` (row, start)."""
    starts = {(r[0], r[1]) for r in out}
    for i in range(idx[0], upto[0] + 1):
        for m in _OFFICE_TITLE.finditer(texts[i]):
            if (i, m.start()) < upto and _OFFICE_OF[m["noun"].lower()] == noun and (i, m.end()) not in starts:
                return True
    return False


def _next_to(text: str, s: int, e: int, a: int, b: int) -> bool:
    """Whether the role at text[s:e] overlaps the person's name at text[a:b] or follows it within a few
    characters ("Putin, Russian leader"), with no full stop between: "Ван И. Глава МИД КНР ..." is a new
    sentence the splitter took for an initial. A word between leaves them apart ("переговоры Путина с китайским
    лидером": the leader is the other side), but for a possessive ("Putin's")."""
    if not (s - 4 < b and a < e):
        return False
    gap = text[b:s]
    if "," in gap and _RU_VERB_NEXT.match(text, e):
        return False  # "Как сообщил Ушаков, российский лидер провел встречи": the subject of the next clause
    return "." not in gap and not any(c.isalpha() for c in gap.replace("'s", "").replace("’s", ""))


_RU_OFFICE_END = re.compile(r"(?:лидер|президент|канцлер|премьер|глав|министр|председател|генсек)[а-яё]*\Z",
                            re.I)
_RU_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
# A Russian noun in the genitive right after a role, which then heads another office than the state's ("лидер
# оппозиции", "президент компании", "президент клуба", "лидер рынка"): a feminine or neuter "-ии", "-ия", "-ства",
# "-ения", or "-а"/"-ы" after a consonant other than "л" (a past verb: "заявила"), but not the short adjectives and
# participles so ending ("сторона готова", "стороны намерены", "должна", "уверена", "заинтересована"); group 1 is
# the word, which must not be one of :func:`_ru_not_genitive` either
_RU_ROLE_OF = re.compile(r"[ \t]+(?![а-яё]*(?:ов|ен|ан|жн|сн|ят|ыт|ит)[аы](?![а-яё]))"
                         r"([а-яё]+(?:ии|ия|ства|ения|ания|[бвгджзкмнпрстфхцчшщ][аы]))(?![а-яё])")


@functools.lru_cache(maxsize=1)
def _ru_not_genitive() -> frozenset[str]:
    """Words of a genitive's shape that are no genitive heading another office after a role (see :data:`_RU_ROLE_OF`;
    ё written е): adverbs, pronouns and numerals, which the word lists the project keeps already name: its Russian
    function words (data/stopwords_ru.txt: "сюда", "туда", "весьма", "сама", "она", "тогда", "снова", "два") and the
    days timex counts from today ("вчера", "завтра", "послезавтра", "позавчера"); and the adverbs of that shape
    neither holds, of order and time ("сначала", "сперва", "едва", "впоследствии", "навсегда") and the
    multiplicatives in "-жды" ("однажды", "дважды", "трижды"); a short adjective ("рада"); the state itself
    ("лидер страны", "глава государства")."""
    from .timex import _RU_DEICTIC
    from .tokens import _shipped_russian_stopwords

    return _shipped_russian_stopwords() | frozenset(_RU_DEICTIC) | frozenset("""
        сначала сперва едва впоследствии навсегда никуда отсюда однажды дважды трижды четырежды многажды
        рада рады страны государства республики нации державы""".split())


# A Russian finite verb right after a role (past -л/-ла/-ли, present or future -ет/-ит/-ут/-ют/-ят/-ат)
_RU_VERB_NEXT = re.compile(r"[ \t]+[а-яё]{2,}(?:л|ла|ли|ло|лся|лась|лись|ет|ит|ут|ют|ят|ат|ется|ится)(?![а-яё])")


def _finish(rows: list[tuple], types) -> pd.DataFrame:
    """The actors table of the row tuples of :func:`_mention_rows` (source offsets, sorted): only ``types``
    (all when None)."""
    out = pd.DataFrame(rows,
                       columns=["article_id", "sentence_no", "start", "end", "actor", "type", "text", "label", "match"])
    if out.empty:
        return schema.empty("actors")
    for c in ("sentence_no", "start", "end"):
        out[c] = out[c].astype("int64")
    if types is not None:
        out = out[out["type"].isin(list(types))].reset_index(drop=True)
    return out[schema.columns("actors")]


# --- summaries ------------------------------------------------------------------------------------------

def _sentence_codes(mentions: pd.DataFrame, *, sort: bool = False) -> tuple[np.ndarray | None, pd.Index, int]:
    """Each mention's sentence as one integer, its article's code x ``width`` + its sentence number (``width``:
    one more than the largest number), with the article names in the order of their codes (``pd.factorize`` of
    article_id, in sorted order with ``sort``) and ``width``: how :func:`actor_counts` and :func:`cooccurrence`
    tell sentences apart. The integers are None when a mention lacks its article or its sentence number is
    missing, not an integer or negative (each caller then has its own way)."""
    art, art_names = pd.factorize(mentions["article_id"], sort=sort)
    sno = mentions["sentence_no"]
    if not ((art >= 0).all() and pd.api.types.is_integer_dtype(sno.dtype) and not sno.isna().any()):
        return None, art_names, 1
    sno = sno.to_numpy(dtype="int64")
    if len(sno) and sno.min() < 0:
        return None, art_names, 1
    width = int(sno.max()) + 1 if len(sno) else 1
    return art.astype("int64") * width + sno, art_names, width


def actor_counts(mentions: pd.DataFrame, *, min_mentions: int = 1) -> pd.DataFrame:
    """Mentions per actor, most mentioned first.

    Returns columns: actor, type, n_mentions, n_articles, n_sentences, n_labelled.
    """
    schema.check(mentions, "actors")
    if mentions.empty:
        return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in [
            ("actor", object), ("type", object), ("n_mentions", "int64"), ("n_articles", "int64"),
            ("n_sentences", "int64"), ("n_labelled", "int64")]})
    # a sentence is its article and number: as one integer when every mention has both (no string per row
    # made to count them), else as text, whose missing values nunique leaves out as before
    sentence = _sentence_codes(mentions)[0]
    if sentence is None:
        sentence = mentions["article_id"] + "\x00" + mentions["sentence_no"].astype(str)
    m = mentions.assign(_sent=sentence, _lab=mentions["label"].fillna("") != "")
    out = m.groupby(["actor", "type"], as_index=False).agg(
        n_mentions=("start", "size"), n_articles=("article_id", "nunique"), n_sentences=("_sent", "nunique"),
        n_labelled=("_lab", "sum"))
    out = out[out["n_mentions"] >= min_mentions]
    for c in ("n_mentions", "n_articles", "n_sentences", "n_labelled"):
        out[c] = out[c].astype("int64")
    return out.sort_values(["n_mentions", "actor"], ascending=[False, True]).reset_index(drop=True)


def actor_labels(mentions: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """How each article names each actor: labelled mentions counted per actor x label x article (labels
    that differ only in case are counted as one, spelled the way most mentions spell it).

    Returns the ``actor_labels`` table — columns: actor, label, article_id, source (the article's source,
    '' when unknown or without ``articles``), n — sorted by actor, then most frequent label.
    """
    schema.check(mentions, "actors")
    lab = mentions[mentions["label"].fillna("") != ""]
    if lab.empty:
        return schema.empty("actor_labels")
    # labels differing only in case ("Russian president", "Russian President") are one label, spelled as
    # most mentions spell it
    key = lab["label"].map(lambda s: _fold(s).casefold())
    spelled = lab.assign(_k=key).groupby(["_k", "label"]).size().reset_index(name="_n")
    spelled = spelled.sort_values(["_k", "_n", "label"], ascending=[True, False, True]).drop_duplicates("_k")
    lab = lab.assign(label=key.map(dict(zip(spelled["_k"], spelled["label"], strict=True))))
    out = lab.groupby(["actor", "label", "article_id"], as_index=False).size().rename(columns={"size": "n"})
    src = {}
    if articles is not None and "source" in articles.columns:
        src = dict(zip(articles["article_id"], articles["source"].fillna(""), strict=True))
    out["source"] = out["article_id"].map(lambda a: src.get(a, "")).astype(object)
    out["n"] = out["n"].astype("int64")
    total = out.groupby(["actor", "label"])["n"].transform("sum")
    out = out.assign(_t=total).sort_values(["actor", "_t", "label", "article_id"],
                                           ascending=[True, False, True, True], kind="stable")
    return out[schema.columns("actor_labels")].reset_index(drop=True)


def label_summary(labels: pd.DataFrame, *, actors: Sequence[str] | None = None, top_n: int = 20,
                  max_sources: int = 6) -> pd.DataFrame:
    """The most used labels (of the given ``actors``, default all) over the whole corpus, for display: one
    row per actor x label, most mentions first, at most ``top_n`` rows, with a column per source for the
    ``max_sources`` sources with most labelled mentions among them.

    Returns columns: actor, label, n (mentions), n_articles, then one count column per source shown.
    """
    lab = labels if actors is None else labels[labels["actor"].isin(list(actors))]
    base = ["actor", "label", "n", "n_articles"]
    if lab.empty:
        return pd.DataFrame({c: pd.Series([], dtype="int64" if c.startswith("n") else object) for c in base})
    out = (lab.groupby(["actor", "label"], as_index=False)
           .agg(n=("n", "sum"), n_articles=("article_id", "nunique"))
           .sort_values(["n", "actor", "label"], ascending=[False, True, True], kind="stable").head(top_n))
    src = lab.assign(source=lab["source"].fillna("").replace("", "(unknown source)"))
    shown = src.merge(out[["actor", "label"]], on=["actor", "label"])
    top_sources = shown.groupby("source")["n"].sum().sort_values(ascending=False, kind="stable").head(max_sources)
    wide = shown[shown["source"].isin(top_sources.index)].pivot_table(
        index=["actor", "label"], columns="source", values="n", aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=list(top_sources.index), fill_value=0)
    wide.columns = [str(c) for c in wide.columns]
    out = out.merge(wide.reset_index(), on=["actor", "label"], how="left")
    for c in out.columns[4:]:
        out[c] = out[c].fillna(0).astype("int64")
    for c in ("n", "n_articles"):
        out[c] = out[c].astype("int64")
    return out.reset_index(drop=True)


def cooccurrence(mentions: pd.DataFrame, *, by_article: bool = False, min_count: int = 1) -> pd.DataFrame:
    """Pairs of actors named in the same sentence (each pair counted once per sentence).

    Returns the ``cooccurrence`` table — columns: actor_a, actor_b (alphabetical), n_sentences (sentences
    naming both), n_articles (articles with such a sentence) — strongest first; with ``by_article`` one row
    per article and pair, with article_id first and n_articles = 1.
    """
    schema.check(mentions, "actors")
    cols = schema.columns("cooccurrence")
    # on integer codes: articles and actors numbered in sorted order, so comparing codes compares names
    sentence, art_names, width = _sentence_codes(mentions, sort=True)
    act, act_names = pd.factorize(mentions["actor"], sort=True)
    if sentence is None or (act < 0).any():
        return _cooccurrence_joined(mentions, by_article=by_article, min_count=min_count)
    n_act = max(len(act_names), 1)
    if len(art_names) * width * n_act >= 1 << 62:  # sentence x actor codes would overflow int64
        return _cooccurrence_joined(mentions, by_article=by_article, min_count=min_count)
    p_art, act_a, act_b = _sentence_pairs(sentence, act.astype("int64"), width, n_act)
    if not len(act_a):
        out = schema.empty("cooccurrence")
        return out.assign(article_id=pd.Series([], dtype=object))[["article_id", *cols]] if by_article else out
    pair = act_a * n_act + act_b
    group = p_art * n_act * n_act + pair if by_article else pair
    inv, groups = pd.factorize(group, sort=True)  # groups in the order groupby sorts them
    sizes = np.bincount(inv, minlength=len(groups))
    n_art = np.bincount(pd.unique(inv.astype("int64") * len(art_names) + p_art) // len(art_names),
                        minlength=len(groups))
    pairs = groups % (n_act * n_act)
    out = pd.DataFrame({"actor_a": np.asarray(act_names, dtype=object)[pairs // n_act].tolist(),
                        "actor_b": np.asarray(act_names, dtype=object)[pairs % n_act].tolist(),
                        "n_sentences": sizes, "n_articles": n_art})
    if by_article:
        out.insert(0, "article_id", np.asarray(art_names, dtype=object)[groups // (n_act * n_act)].tolist())
    return _cooccurrence_table(out, by_article=by_article, min_count=min_count)


def _sentence_pairs(sentence: np.ndarray, act: np.ndarray, width: int, n_act: int
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each pair of distinct actors (codes ``act``, below ``n_act``) named in one sentence (``sentence``:
    article code x ``width`` + sentence number), once per sentence: the article code, the smaller and the
    larger actor code, in no particular order (the counts made of them do not depend on it).

    The pairs a self-join of the (sentence, actor) rows on the sentence would give, kept where the first
    actor's code is the smaller, made on sorted codes instead: the (sentence, actor) keys, distinct and
    sorted, put each sentence's actors together in increasing order, and each of them pairs with those
    after it in its sentence (a sentence of k actors: k(k-1)/2 pairs), without the table of all k x k."""
    keys = np.sort(sentence * n_act + act)  # (np.unique hashes before it sorts: 5x the time)
    keys = keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys
    s, a = keys // n_act, keys % n_act
    run = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])  # where each sentence's actors begin
    size = np.diff(np.r_[run, len(keys)])
    end = np.repeat(run + size, size)  # the end of each key's sentence
    later = end - np.arange(len(keys)) - 1  # the keys after it in its sentence
    first = np.repeat(np.arange(len(keys)), later)
    step = np.arange(len(first)) - np.repeat(np.cumsum(later) - later, later)
    return s[first] // width, a[first], a[first + 1 + step]


def _cooccurrence_table(out: pd.DataFrame, *, by_article: bool, min_count: int) -> pd.DataFrame:
    """The pair counts ``out`` as the ``cooccurrence`` table: pairs seen at least ``min_count`` times,
    most frequent first, counts as int64, ``article_id`` first when ``by_article``."""
    cols = schema.columns("cooccurrence")
    out = out[out["n_sentences"] >= min_count]
    out["n_sentences"] = out["n_sentences"].astype("int64")
    out["n_articles"] = out["n_articles"].astype("int64")
    out = out.sort_values(["n_sentences", "n_articles", "actor_a", "actor_b"],
                          ascending=[False, False, True, True]).reset_index(drop=True)
    return out[["article_id", *cols]] if by_article else out[cols]


def _cooccurrence_joined(mentions: pd.DataFrame, *, by_article: bool, min_count: int) -> pd.DataFrame:
    """:func:`cooccurrence` by a self-join on the names (missing values or negative sentence numbers)."""
    cols = schema.columns("cooccurrence")
    u = mentions[["article_id", "sentence_no", "actor"]].drop_duplicates()
    p = u.merge(u, on=["article_id", "sentence_no"], suffixes=("_a", "_b"))
    p = p[p["actor_a"] < p["actor_b"]]
    keys = ["article_id", "actor_a", "actor_b"] if by_article else ["actor_a", "actor_b"]
    if p.empty:
        out = schema.empty("cooccurrence")
        return out.assign(article_id=pd.Series([], dtype=object))[["article_id", *cols]] if by_article else out
    out = p.groupby(keys, as_index=False).agg(n_sentences=("article_id", "size"),
                                              n_articles=("article_id", "nunique"))
    return _cooccurrence_table(out, by_article=by_article, min_count=min_count)


def mentions_over_time(mentions: pd.DataFrame, articles: pd.DataFrame, *, period: str = "M",
                       actors: Sequence[str] | None = None) -> pd.DataFrame:
    """Mentions per period (pandas code: 'D', 'W', 'M') and actor, from the articles' publication dates
    (undated articles are left out). ``actors`` limits and orders the columns.

    Returns a wide table: index ``period`` (Timestamp of the period start), one int column per actor.
    """
    schema.check(mentions, "actors")
    dates = pd.to_datetime(articles["published"].where(articles["published"].fillna("") != ""),
                           errors="coerce", format="ISO8601")
    when = dict(zip(articles["article_id"], dates, strict=True))
    m = mentions.assign(_d=mentions["article_id"].map(when)).dropna(subset=["_d"])
    names = list(actors) if actors is not None else sorted(m["actor"].unique())
    m = m[m["actor"].isin(names)]
    if m.empty:
        return pd.DataFrame(columns=names, index=pd.DatetimeIndex([], name="period")).astype("int64")
    m = m.assign(period=m["_d"].dt.to_period(period).dt.to_timestamp())
    wide = m.groupby(["period", "actor"]).size().unstack(fill_value=0)
    full = pd.period_range(wide.index.min(), wide.index.max(), freq=period).to_timestamp()
    wide = wide.reindex(index=full, columns=names, fill_value=0).astype("int64")
    wide.index.name = "period"
    wide.columns.name = None
    return wide


# --- discovery ----------------------------------------------------------------------------------------

_CONNECT = frozenset("of the de da von der van al bin la le du y".split())


def discover_names(corpus_or_sentences, gazetteer=None, *, min_count: int = 2, max_words: int = 6, cache=None,
                   engine: str = "local", workers: int | None = 0, scheduler: str | None = "",
                   progress: bool | None = None) -> pd.DataFrame:
    """Capitalized names that recur in the story text but are not in the gazetteer, to extend it.

    A name is a run of capitalized words (inner "of", "the", "de", "von der" ... allowed), cut at every
    gazetteer name, alias or surname (a run next to one is the rest of a longer name, "Sea of Japan", unless it is
    a titled person's before "of" and a state: "Rear Admiral Alexei Kozlov of Russia's Pacific Fleet"), with title
    words, role nouns and stop words (weekdays, months, pronouns, sentence openers) trimmed from its ends; runs made
    only of nationality adjectives ("Russian", "Sino-Russian") are left out, and single words count only when they
    do not open a sentence.

    Finding the names is article-local, so it runs as a per-article stage (:func:`names_stage`) when there
    is a cache folder (``cache``: a path, False for none, default PRESSLENS_CACHE_DIR) or many articles
    and more than one core (``engine``, ``workers``, ``scheduler``; see
    :func:`presslens.cache.engine_options`); the counting is one pass over all of them.

    Returns the ``discovered_names`` table — columns: name, n_words, n (occurrences), n_articles, example
    (a sentence), article_id (of the example) — most frequent first, names seen at least ``min_count`` times.
    """
    from .cache import engine_options, store_for
    from .pipeline import in_process, run_stage, sentence_units, unit_rows

    sentences, _a, _r = _inputs(corpus_or_sentences, None, None)
    schema.check(sentences, "sentences")
    gaz = _as_gazetteer(gazetteer)
    if sentences.empty:
        return schema.empty("discovered_names")
    stage = names_stage(gaz, max_words=max_words)
    store = store_for(stage, cache)
    opts = engine_options(engine, workers, scheduler)
    n_articles = sentences["article_id"].nunique()
    serial = in_process(n_articles, **opts)
    if store is None and serial:
        row, found = _names_in(sentences["text"].fillna("").astype(str).tolist(), _matcher(gaz), max_words)
    else:
        units, keys = sentence_units(stage, sentences.assign(text=sentences["text"].fillna("").astype(str)))
        packed = run_stage(stage, units, keys, store=store, progress=progress, **opts)[_NAMES]
        at = unit_rows(keys, len(packed))
        local = np.frombuffer(b"".join(packed["rows"].to_numpy(dtype=object)[at]), dtype="<i8")
        per_unit = np.fromiter((len(b) // 8 for b in packed["rows"].to_numpy(dtype=object)[at]), dtype="int64",
                               count=len(at))
        row = np.repeat(np.asarray(units.bounds[:-1], dtype="int64"), per_unit) + local
        found = [n for text in packed["names"].to_numpy(dtype=object)[at].tolist() if text
                 for n in text.split("\n")]
    if not len(found):
        return schema.empty("discovered_names")
    found, keep = _russian_words(found, _matcher(gaz))
    if not keep.all():
        row, found = row[keep], [n for n, k in zip(found, keep.tolist(), strict=True) if k]
    if not len(found):
        return schema.empty("discovered_names")
    aid_codes, _ = pd.factorize(sentences["article_id"].astype(str))
    occ = pd.DataFrame({"name": found, "row": row, "art": aid_codes[row]})
    by_name = occ.groupby("name", sort=False)
    counts = by_name.agg(n=("row", "size"), n_articles=("art", "nunique"), first=("row", "min"))
    counts = counts[counts["n"] >= min_count]
    if counts.empty:
        return schema.empty("discovered_names")
    first = counts["first"].to_numpy()
    texts = sentences["text"].fillna("").astype(str).to_numpy(dtype=object)[first].tolist()
    aids = sentences["article_id"].astype(str).to_numpy(dtype=object)[first].tolist()
    rows = [{"name": n, "n_words": len(n.split()), "n": int(c), "n_articles": int(a), "example": t, "article_id": i}
            for n, c, a, t, i in zip(counts.index.tolist(), counts["n"].tolist(), counts["n_articles"].tolist(),
                                     texts, aids, strict=True)]
    out = schema.frame("discovered_names", rows)
    out = out[~out["name"].isin(_bylines(occ, counts.index, sentences, _a))].reset_index(drop=True)
    return out.sort_values(["n", "n_words", "name"], ascending=[False, False, True]).reset_index(drop=True)


_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)?")  # a capitalized Russian word


def _russian_words(names: list[str], mt: _Matcher) -> tuple[list[str], np.ndarray]:
    """One-word Russian names in their dictionary form, so that a name's cases count as one ("Казани", "Казань"
    -> "Казань"), and which names to keep: not one whose dictionary form is a common word, capitalized only as
    the first word of a title or an institution's name ("Главного таможенного управления", "Фонда
    национального благосостояния", "Переговоры"), nor one the gazetteer knows in its dictionary form
    ("Китаем" -> "Китай"). simplemma's Russian dictionary; a word it does not know stays as written."""
    out, keep = list(names), np.ones(len(names), dtype=bool)
    forms: dict[str, str] = {}
    for i, name in enumerate(names):
        if name[:1] < "А" or not _CYRILLIC_NAME.fullmatch(name):
            continue
        form = forms.get(name)
        if form is None:
            lemma = _ru_lemma(name)
            known = _fold(lemma) in mt.alias_of or _fold(lemma) in mt.surname_of
            form = forms[name] = "" if lemma[:1].islower() or known else lemma
        if form:
            out[i] = form
        else:
            keep[i] = False
    # a name in another case, merged into the form found as well: a word the dictionary does not know
    # ("Астане", "Росатома" -> "Астана", "Росатом"), a two-word name's head ("Силе Сибири" -> "Сила Сибири"),
    # a person's given name and surname ("Александра Новака" -> "Александр Новак")
    seen = {n for n, k in zip(out, keep.tolist(), strict=True) if k}
    merged: dict[str, str] = {}
    for i, name in enumerate(out):
        if not keep[i] or name[:1] < "А":
            continue
        to = merged.get(name)
        if to is None:
            to = merged[name] = next((c for c in _case_forms(name) if c != name and c in seen), name)
        out[i] = to
    return out, keep


_NOMINATIVE_ENDINGS = (("ами", ("а", "")), ("ями", ("я", "ь")), ("ой", ("а",)), ("ей", ("я", "ь")), ("ом", ("",)),
                       ("ем", ("", "й", "ь")), ("ы", ("а",)), ("и", ("а", "я", "ь")), ("е", ("а", "", "я", "ь")),
                       ("у", ("а", "")), ("ю", ("я", "ь")), ("а", ("",)), ("я", ("ь", "й")))


def _case_forms(name: str) -> list[str]:
    """Forms of the Russian name ``name`` that may be its nominative: each word lemmatized (a person's name),
    the first word lemmatized (a noun and its genitive: "Силе Сибири"), a case ending replaced."""
    words = name.split()

    def lemma(w: str) -> str:
        low = _ru_lemma(w)
        return low[:1].upper() + low[1:] if w[:1].isupper() else low

    forms = [" ".join(lemma(w) for w in words)]
    if len(words) > 1:
        forms.append(" ".join([lemma(words[0]), *words[1:]]))
    last = words[-1]
    heads = [words[:-1], [lemma(w) for w in words[:-1]]] if len(words) > 1 else [[]]
    for ending, news in _NOMINATIVE_ENDINGS:
        if last.endswith(ending) and len(last) > len(ending) + 2:
            forms += [" ".join([*head, last[:-len(ending)] + new]) for head in heads for new in news]
    return forms


_BIO_NOUNS = ("reporter|correspondent|editor|fellow|director|writer|journalist|columnist|analyst|researcher|"
              "professor|scholar|contributor|producer|photographer|intern|author")


def _bylines(occ: pd.DataFrame, names: pd.Index, sentences: pd.DataFrame, articles: pd.DataFrame | None) -> set[str]:
    """The names among ``names`` that are the articles' authors, or that the story text names only in bylines
    and author notes: "By Jack Detsch, a ... reporter at", a line holding the name alone, "X is a fellow at"
    (not in a sentence with a verb of saying: 'said X, a fellow at' quotes a source). They are the press's own
    people, not actors to add."""
    out: set[str] = set()
    if articles is not None and "authors" in articles.columns:
        authors = {a.strip() for lst in articles["authors"] for a in (lst if isinstance(lst, list | tuple) else [])}
        out |= {n for n in names if n in authors}
    texts = sentences["text"].fillna("").astype(str).to_numpy(dtype=object)
    for name, rows in occ[occ["name"].isin(names)].groupby("name", sort=False)["row"]:
        if name in out or len(name.split()) < 2:
            continue
        n = re.escape(name)
        pat = re.compile(rf"(?m)(?:^[ \t]*(?:By|Written by|Reporting by|Text by)[ \t]+(?:[^\n,]*?\band[ \t]+)?{n}\b"
                         rf"|^[ \t]*{n}[ \t]*$|@[ \t]?{n}\b"
                         rf"|\b{n}(?:,[ \t]+an?|[ \t]+(?:is|was|has been)[ \t]+(?:an?|the)?)[ \t]+"
                         rf"(?:[\w\-]+[ \t]+){{0,6}}?(?:{_BIO_NOUNS})s?\b)")
        asked = re.compile(rf"{_INTERVIEWED}[ \t]+{n}\b")
        if all(pat.search(texts[r]) and not _QUOTED.search(texts[r]) and not asked.search(texts[r])
               for r in rows.unique().tolist()):
            out.add(name)
    return out


# A verb of saying in a sentence that gives someone's post: a quoted source ('said Shinji Yamaguchi, a senior
# research fellow at ...'), not an author note
_QUOTED = re.compile(r"\b(?:said|says|told|tells|added|noted|according\s+to)\b")
# A verb of interviewing right before the name: an interview's source ("We asked Temur Umarov, a fellow at ...,
# what it means"); after it, the verb is the author's own work in his note ("Jane Doe is a fellow at Brookings
# who has interviewed dozens of officials")
_INTERVIEWED = r"\b(?:asked|interviewed|(?:spoke|talked)[ \t]+(?:to|with))"


_NAMES = "names"  # one row per article: names (joined by newlines) and rows (sentence in the unit, int64)


def names_stage(gazetteer: list[dict], *, max_words: int = 6):
    """The per-article name-discovery stage for a checked gazetteer: one article's sentence texts in, the
    candidate names in them out. Its version names the actors code, the gazetteer's content and
    ``max_words``."""
    import hashlib
    import json

    from .pipeline import Stage, source_version

    gaz_hash = hashlib.sha256(json.dumps(gazetteer, sort_keys=True, default=str).encode()).hexdigest()[:16]
    return Stage("names", f"{source_version('actors', 'patterns', 'words')}-{gaz_hash}-max_words={max_words}",
                 functools.partial(_names_batch, gaz=gazetteer, max_words=max_words), (_NAMES,), batch=True)


def _names_batch(keyed: list[tuple[str, tuple]], *, gaz: list[dict], max_words: int) -> dict[str, pd.DataFrame]:
    """The names stage's batch function: one row per unit (with ``_key``)."""
    texts: list[str] = []
    first = []
    for _key, (_aid, unit_texts) in keyed:
        first.append(len(texts))
        texts.extend(unit_texts)
    row, found = _names_in(texts, _matcher(gaz), max_words)
    starts = np.asarray(first, dtype="int64")
    unit = np.searchsorted(starts, row, side="right") - 1
    cuts = np.searchsorted(unit, np.arange(len(keyed) + 1)).tolist()
    local = (row - starts[unit]).astype("<i8")
    return {_NAMES: pd.DataFrame({"names": ["\n".join(found[a:b]) for a, b in zip(cuts[:-1], cuts[1:], strict=True)],
                                  "rows": [local[a:b].tobytes() for a, b in zip(cuts[:-1], cuts[1:], strict=True)],
                                  "_key": [key for key, _ in keyed]})}


def _names_in(texts: list[str], mt: _Matcher, max_words: int) -> tuple[np.ndarray, list[str]]:
    """Every candidate name in the texts, in reading order: (text number of each, the names)."""
    known_words = {w for k in list(mt.alias_of) + list(mt.surname_of) for w in k.split()}
    offs = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]).tolist()
    # names and aliases cut runs; a surname alone does not ("Li Hui" is not "Li Qiang")
    joined = _SEP.join(texts)
    # what each matched text is replaced with, found once per distinct text (the same names come back in
    # every article): itself, or its mask
    pieces, at, piece_of = [], 0, {}
    one_person: dict[str, str] = {}  # matched text -> the person of its one-word alias, or ''
    for m in _name_matches(mt, joined):
        said = m.group(0)
        piece = piece_of.get(said)
        if piece is None:
            folded = _fold(said)
            if folded in mt.surname_of:
                piece = said
            else:  # a country's acronym ("U.S.", "КНР") masked apart: it is a title's word more than a name's
                acronym = _ACRONYM.fullmatch(said) and mt.type_of.get(mt.alias_of.get(folded, "")) == "country"
                piece = ("\x02" if acronym else "\x01") * len(said)
            piece_of[said] = piece
            # (a Russian alias's case form is no key of alias_of: "Белоусова" is Белоусов's genitive)
            owner = (mt.alias_of.get(folded) or (mt.lookup_name(said) or ("",))[0]) if " " not in said else ""
            one_person[said] = owner if mt.type_of.get(owner) == "person" else ""
        if one_person[said] and _other_given_before(joined, m.start(), mt, one_person[said]):
            piece = said  # "Dmitry Patrushev", "Дмитрий Белоусов": someone else, the gazetteer's surname in his name
        pieces.append(joined[at:m.start()])
        pieces.append(piece)
        at = m.end()
    pieces.append(joined[at:])
    masked = "".join(pieces)
    starts, names = [], []
    seen: dict[tuple[str, bool], str] = {}  # (run, opens a sentence) -> name or ''
    for m in _CAP_RUN.finditer(masked):
        start, end = m.span()
        said = m.group(0)
        j = start - 1
        while j >= 0 and masked[j] in " \t\n":
            j -= 1
        run = (said, j < 0 or masked[j] in _OPENERS)
        # the run's name first (remembered by run): about half the runs name nothing ("The", "He" opening a
        # sentence, a title alone), and need none of the checks of what stands around them below
        name = seen.get(run)
        if name is None:
            name = _run_name(*run, max_words=max_words)
            if name and (_fold(name) in mt.alias_of or name in known_words):
                name = ""
            seen[run] = name
        if not name:
            continue
        # (each of these three patterns needs a mark in its span, or a space or a hyphen after the run and one of
        # _GAZ_AFTER_SECOND after that: looked for first, without the regex, which most runs then need not run)
        lo40 = max(0, start - 40)
        after_acronym = masked.find("\x02", lo40, start) >= 0 and _ACRONYM_BEFORE.search(masked, lo40, start)
        # a Russian name of two words or more after a gazetteer name is a title's: "Вице-премьер России Татьяна
        # Голикова", "представитель МИД КНР Го Цзякунь"; so is a run opened by an office after a state's name:
        # "Azerbaijan President Ilham Aliyev"; and a run after an envoy's state ("Ambassador to China Igor Morgulov")
        # (a Russian name opened by initials counts as two words: "заместителем Министра России А.Ю.Руденко");
        # _GAZ_BEFORE's match can open only at the last mark before the run (no mark is in what follows it), and
        # whether the run is titled is asked only then
        if (not after_acronym and (mark := masked.rfind("\x01", lo40, start)) >= 0
                and not ((" " in said or (said[1:2] == "." and said[0] >= "А"))
                         and (said[0] >= "А" or _office_first(said, mt.caps)))
                and _GAZ_BEFORE.match(masked, mark, start)
                and not (" " in said and said.rsplit(None, 1)[-1] not in _BODY_HEADS
                         and _ENVOY_TO.search(masked, max(0, start - 60), start))) or \
                (masked[end:end + 1] in (" ", "\t", "-") and masked[end + 1:end + 2] in _GAZ_AFTER_SECOND
                 and _GAZ_AFTER.match(masked, end)
                 and not (masked.startswith(" of ", end) and _titled_person(said))):
            continue  # the rest of a longer name holding a gazetteer name: "Moscow Exchange", "Sea of Japan"
        if after_acronym and " " not in name:
            continue  # after a country's acronym, a name of two words or more: not "US Steel"
        starts.append(start)
        names.append(name)
    # each name's text, for all at once
    rows = np.searchsorted(np.asarray(offs, dtype="int64"), np.asarray(starts, dtype="int64"), side="right") - 1
    return rows.astype("int64"), names


def _person_title(w: str) -> bool:
    """Whether ``w`` is a role noun of a person (:func:`_kind_of`'s "role", so the last part of a hyphenated word
    counts: "Vice-Admiral", "Lieutenant-General"; not a medium's noun, "Daily", "Business-Daily"), written in Latin
    letters (Russian writes a title in lower case inside a sentence; one opening a run :func:`_trim_word` cuts)."""
    return (w.isascii() and _kind_of(w, False, frozenset()) == "role"
            and w.lower().rsplit("-", 1)[-1] not in ORG_ROLE_NOUNS)


def _last_title(words: list[str]) -> int:
    """The index of the last :func:`_person_title` of a capitalized run's ``words`` that leaves two words after it
    (a name), or -1: where :func:`_titled_person` and :func:`_run_name` cut a title."""
    for k in range(len(words) - 3, -1, -1):
        if _person_title(words[k]):
            return k
    return -1


def _titled_person(run: str) -> bool:
    """Whether a capitalized run is a title up to a role noun and then a name of two or three words ("Rear Admiral
    Alexei Kozlov", "Vice-Admiral Alexei Kozlov", "Foreign Minister Penny Wong"): a person, whom "of" and a state
    after the run ("... of Russia's Pacific Fleet", "... of Australia") place, not the rest of a longer name as in
    "Sea of Japan"."""
    words = run.split()
    at = _last_title(words)
    if at < 0:
        return False
    name = words[at + 1:]
    return (len(name) <= 3 and name[-1] not in _BODY_HEADS
            and all(w[:1].isupper() and not _trim_word(w) and not _nationality(w) for w in name))


def _office_first(run: str, caps: frozenset[str]) -> bool:
    """Whether a capitalized run opens with an office or a role and a capitalized word ("President Ilham
    Aliyev"; not "Chief of Staff John Sununu", whose title _run_name does not cut whole)."""
    words = run.split(None, 2)
    return _kind_of(words[0], False, caps) == "role" and words[1][:1].isupper()


# Modifiers that say what a person is or was ("General Abacha", "Former Premier ..."), never an institution's or a
# place's first word, as "New", "National", "Federal", "State" are (see _run_name)
_PERSON_MODIFIERS = frozenset("""
former ex late then current incumbent incoming outgoing acting interim deputy vice top chief senior powerful
longtime long-time veteran general assistant associate executive ousted exiled jailed self-proclaimed elected
president-elect""".split())


def _trim_word(w: str) -> bool:
    """True for a word that does not end a name: a stop word, title or role word (English or Russian:
    "Вице-премьер"), or a connector."""
    low = w.lower().replace("’", "'")
    return (w in STOP_CAPS or low in ROLE_NOUNS or low in MODIFIERS or low in _CONNECT
            or low.split("-")[-1] in ROLE_NOUNS or (not low.isascii() and _RU_ROLE.match(low) is not None))


# Given names spelt as a nationality's suffix ("-ian"): a person's first word ("Brian Hart"), not an adjective
# (those that are adjectives too are left out: "the Julian calendar", "the Fabian Society", "a Marian shrine",
# "the Dorian mode", "Cyprian wine", "Lucian's satires")
_GIVEN_NOT_NATIONALITY = frozenset("Brian Bryan Adrian Damian Sebastian Vivian Lilian Gillian Jillian Florian Kilian "
                                   "Killian Maximilian Ian".split())


def _nationality(w: str) -> bool:
    """Russian, Sino-Russian, Russian-Chinese; Chinese-owned, Russian-made (an adjective from one)."""
    if w in _GIVEN_NOT_NATIONALITY:
        return False
    parts = w.split("-")
    if len(parts) > 1 and _NATIONALITY.match(parts[0]) and all(p.islower() for p in parts[1:]):
        return True
    return all(_NATIONALITY.match(part[:1].upper() + part[1:]) for part in parts)


_CAP_REST = r"[\w\-]*(?:['’](?![sS]\b)\w+)*"  # O'Brien, Asia-Pacific; a possessive 's ends it
_CAP_WORD = r"[A-ZА-ЯЁ]" + _CAP_REST
# a name's initials before the next word of the name: "George W. Bush", "В. В. Путин"
_INITIALS = r"(?:[A-ZА-ЯЁ]\.[ \t]?){1,2}[ \t]+"
# a run's first capital, then the look-behind "no word character, apostrophe or hyphen before it" (it looks
# past the capital): the pattern opens with a character class, which the engine scans for in C, instead of
# a look-behind tried at every position; the first capital may be an initial ("S. Jaishankar", "В.В. Путин")
_CAP_RUN = re.compile(rf"[A-ZА-ЯЁ](?<![\w'’\-].)(?:\.[ \t]?(?:[A-ZА-ЯЁ]\.[ \t]?)?[ \t]*(?=[A-ZА-ЯЁ][a-zа-яё])[A-ZА-ЯЁ])?"
                      rf"{_CAP_REST}"
                      rf"(?:[ \t]+(?:(?:{'|'.join(sorted(_CONNECT))})[ \t]+)*(?:{_INITIALS})?{_CAP_WORD})*")
_OPENERS = frozenset(".!?:;“\"'‘(\x00")
# a gazetteer name (masked as \x01 by _names_in) right before or after a capitalized run, with only spaces,
# a hyphen or connectors ("of", "the") between: the run is a piece of a longer name
_GAZ_BEFORE = re.compile(rf"\x01(?:[ \t]+(?:{'|'.join(sorted(_CONNECT))}))*[ \t\-]+\Z")
_GAZ_AFTER = re.compile(rf"(?:[ \t]+(?:{'|'.join(sorted(_CONNECT))}))*[ \t\-]+[\x01\x02]")
# what may follow the first character of a match of _GAZ_AFTER (a space, a tab or a hyphen): more of them, a mark,
# or a connector's first letter
_GAZ_AFTER_SECOND = frozenset(" \t-\x01\x02" + "".join(w[0] for w in _CONNECT))
# a country's acronym ("U.S.", "US", "РФ", "КНР"), and one masked (\x02) right before a capitalized run, a
# title's word: "U.S. Secretary of State Marco Rubio", "вице-премьер Госсовета КНР Дин Сюэсян"
_ACRONYM = re.compile(r"(?:[A-ZА-ЯЁ]\.){2,}|[A-ZА-ЯЁ]{2,5}")
_ACRONYM_BEFORE = re.compile(r"\x02[ \t]+\Z")
# an envoy's title naming the state he is sent to, right before a capitalized run: "Russian Ambassador to China
# Igor Morgulov", "special envoy to Ukraine Keith Kellogg" (the run is a name of its own, not the state's rest)
# "Ambassador to the United Nations Vassily Nebenzia" too; a run ending in a body's or a firm's head noun is the
# rest of its name, an envoy's title or not ("the envoy to China Southern Airlines", "China Central Television")
_ENVOY_TO = re.compile(r"(?i:ambassador|envoy|representative)[ \t]+(?:to|in)[ \t]+(?:the[ \t]+)?[\x01\x02]+[ \t]+\Z")
_BODY_HEADS = frozenset("Airlines Airways Bank Television Radio Railway Railways Corporation Company Group Holdings "
                        "Petroleum Energy Telecom Mobile News Daily Times Post Exchange Fund Council Committee "
                        "Commission Institute University Forum Union Association Society Agency Ministry".split())


@functools.lru_cache(maxsize=1 << 14)
def _ru_lemma(word: str) -> str:
    """``word``'s dictionary form in simplemma's Russian dictionary (in lower case when it knows the word only
    as a common word; as written when it does not know it)."""
    import simplemma

    lemma = simplemma.lemmatize(word, lang="ru")
    if word.endswith(("ского", "цкого")) and not lemma.endswith(("ский", "цкий", "ской", "цкой")):
        # a surname in -ский the dictionary lacks: simplemma's guess mangles its ending ("Чайковского" ->
        # "Чайковскто"); the genitive of -ский is -ского ("Зеленского")
        return word[:-3] + "ий"
    return lemma


def _run_name(run: str, initial: bool, *, max_words: int) -> str:
    """The name in ``run``, capitalized words that open a sentence when ``initial``, or ''."""
    words = run.split()
    dropped = 0
    # a title before the name, up to its last role noun (_last_title): "Chinese Vice President Han Zheng", "Cabinet
    # Secretary Yoshimasa Hayashi", "Pacific Fleet Vice-Admiral Alexei Kozlov" (two capitalized words at least are
    # left: the name)
    at = _last_title(words)
    if at >= 0 and all(w[:1].isupper() for w in words[at + 1:]):
        dropped += at + 1
        words = words[at + 1:]
    n_words = len(words)
    if initial and len(words) > 1 and words[0][:1] >= "А" and _ru_lemma(words[0])[:1].islower():
        words.pop(0)  # a Russian sentence's first word, a common word ("Слова Александра Новака")
        dropped += 1
    while words and (_trim_word(words[0]) or (len(words) > 1 and _nationality(words[0]))):
        if (not initial and not dropped and len(words) > 1 and words[0].lower() in MODIFIERS
                and words[0].lower() not in _PERSON_MODIFIERS and not _trim_word(words[1]) and not _nationality(words[1])):
            break  # a name's own first word inside a sentence: "New Zealand", "the State Duma", "National Bank"
        words.pop(0)
        dropped += 1
    while words and (_trim_word(words[-1]) or (len(words) > 1 and _nationality(words[-1]))):
        words.pop()  # a name ends in a noun: "the Far East Russian (regions)" -> "Far East"
    if len(words) == 1 and n_words > 1 and not all(
            w.lower().replace("’", "'") in ROLE_NOUNS or _person_title(w)
            for w in run.split()[len(run.split()) - n_words:][:dropped]):
        # one word left of a longer capitalized name once modifiers are cut ("Foreign Policy" -> "Policy"): a
        # fragment; a title alone before it is not ("President Lula", "Vice-Admiral Kozlov")
        return ""
    if not words or len(words) > max_words or all(_nationality(w) for w in words):
        return ""
    if len(words) == 1 and ((initial and not dropped) or len(words[0]) < 3):
        return ""
    if not any(len(w) >= 2 and not _INITIAL_WORD.fullmatch(w) for w in words):
        return ""  # initials alone ("J. K")
    name = _INITIALS_APART.sub("", " ".join(words))  # one spelling of a name's initials: "Н. А." -> "Н.А."
    if name[1:2] == ".":  # ... and a space after them: "А.Ю.Руденко" -> "А.Ю. Руденко"
        name = _INITIALS_GLUED.sub(r"\1 ", name, count=1)
    return name


_INITIALS_GLUED = re.compile(r"^((?:[A-ZА-ЯЁ]\.){1,2})(?=[A-ZА-ЯЁ][a-zа-яё])")


_INITIAL_WORD = re.compile(r"(?:[A-ZА-ЯЁ]\.)+")
_INITIALS_APART = re.compile(r"(?<=(?<![\w.])[A-ZА-ЯЁ]\.) (?=[A-ZА-ЯЁ]\.)")


# --- figures ------------------------------------------------------------------------------------------

def _plt():
    from . import plots  # selects a headless backend outside notebooks before pyplot loads

    return plots.plt


def plot_counts(counts: pd.DataFrame, *, top_n: int = 20, title: str = "Mentions per actor"):
    """Horizontal bars of ``n_mentions`` from :func:`actor_counts`, coloured by type. Returns the Figure."""
    plt = _plt()
    top = counts.head(top_n).iloc[::-1]
    colors = {"person": "#3b6ea8", "country": "#6a8f3b", "organization": "#a8663b", "media": "#7b5ea8",
              "place": "#999999"}
    fig, ax = plt.subplots(figsize=(7, 0.32 * max(len(top), 1) + 1.2))
    bars = ax.barh(top["actor"].astype(str), top["n_mentions"], color=[colors.get(t, "#555") for t in top["type"]])
    ax.bar_label(bars, fmt="%g", padding=2, fontsize=8)
    ax.set_xlabel("mentions")
    ax.set_title(title)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for t, c in colors.items() if t in set(top["type"])]
    ax.legend(handles, [t for t in colors if t in set(top["type"])], loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig


def plot_over_time(wide: pd.DataFrame, *, title: str = "Mentions over time"):
    """Lines of mentions per period for each actor column of :func:`mentions_over_time`. Returns the Figure."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(9, 3.6))
    if wide.empty:
        ax.text(0.5, 0.5, "no dated mentions", ha="center", va="center", transform=ax.transAxes)
    else:
        marker = "o" if len(wide) < 30 else None
        for col in wide.columns:
            ax.plot(wide.index, wide[col], marker=marker, label=str(col))
        ax.legend(fontsize=8, ncol=2, loc="upper left", bbox_to_anchor=(1.01, 1))
        ax.set_ylabel("mentions")
        ax.yaxis.get_major_locator().set_params(integer=True)
        fig.autofmt_xdate()
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_network(pairs: pd.DataFrame, counts: pd.DataFrame | None = None, *, top_n: int = 20,
                 title: str = "Actors named in the same sentence", seed: int = 7):
    """Co-occurrence network (networkx + matplotlib): edge width by ``n_sentences``, node size by mentions
    (``counts`` from :func:`actor_counts`), limited to the ``top_n`` most mentioned actors. Returns the Figure."""
    import networkx as nx

    plt = _plt()
    fig, ax = plt.subplots(figsize=(8, 6.5))
    ax.set_axis_off()
    ax.set_title(title)
    keep = set(counts["actor"].head(top_n)) if counts is not None else None
    p = pairs if keep is None else pairs[pairs["actor_a"].isin(keep) & pairs["actor_b"].isin(keep)]
    if p.empty:
        ax.text(0.5, 0.5, "no two actors named in one sentence", ha="center", va="center", transform=ax.transAxes)
        return fig
    g = nx.Graph()
    for a, b, w in zip(p["actor_a"], p["actor_b"], p["n_sentences"], strict=True):
        g.add_edge(a, b, weight=int(w))
    size = dict(zip(counts["actor"], counts["n_mentions"], strict=True)) if counts is not None else {}
    pos = nx.spring_layout(g, weight="weight", seed=seed, k=1.5 / max(len(g) ** 0.5, 1))
    wmax = max(d["weight"] for _a, _b, d in g.edges(data=True))
    nmax = max([size.get(n, 1) for n in g.nodes] or [1])
    nx.draw_networkx_edges(g, pos, ax=ax, width=[0.5 + 6 * d["weight"] / wmax for _a, _b, d in g.edges(data=True)],
                           edge_color="#8aa1c1", alpha=0.7)
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=[80 + 1400 * size.get(n, 1) / nmax for n in g.nodes],
                           node_color="#3b6ea8", alpha=0.85)
    nx.draw_networkx_labels(g, pos, ax=ax, font_size=8)
    fig.tight_layout()
    return fig
