"""Write N realistic synthetic news articles for benchmarks, in every header style presslens parses.

Articles are recombined from the sentences of a seed corpus (default: seeds/): sentences are spliced
at a shared function word, and a share of their lower-case content words is replaced by words drawn from
a large made-up vocabulary with Zipf's law, so that, as in a real archive, almost every sentence is new
and the vocabulary keeps growing with the corpus (recombined seed words alone give a few hundred distinct
words and a few thousand distinct sentences however many articles are written, which flatters every step
that works per distinct word or sentence). They are grouped into paragraphs, and wrapped in one of several
export styles (``date`` prefixes, Russian ``Posted/Modified`` blocks, ``Tuesday, March 21, 2023 | 08:50``
lines, ``Published March 14, 2024 10:15 AM GMT+3``, bylines, ``Source:`` lines), with shifted dates,
injected photo captions and credits, agency tags, subheadings, boilerplate and glued words. A share of
articles are syndicated copies (whole paragraphs repeated), as in real wire coverage.

    python bench/generate.py 1000 /tmp/corpus-1k [--seeds seeds] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SPLICE_WORDS = (" the ", " of ", " and ", " in ", " to ", " with ", " that ", " on ")
CAPTIONS = [
    "{a} and {b} shake hands during a meeting in {place}, {date}. REUTERS/{photog}",
    "{a} attends a press conference in {place} on {date}. (Photo by {photog}/AFP) File, Archive",
    "{a} speaks with {b} in {place}. {date}. Sputnik/{photog}/Pool via REUTERS/File",
    "Фото: РИА Новости",
    "{a} arrives in {place}. Pool Photo via AP",
    "{a} and {b} pose for a photo before talks in {place}, {date}. EPA/{photog}",
]
PEOPLE = ["Xi Jinping", "Vladimir Putin", "Wang Yi", "Sergei Lavrov", "Li Qiang", "Mikhail Mishustin",
          "Dmitry Medvedev", "Valentina Matviyenko", "Antony Blinken", "Volodymyr Zelensky"]
PLACES = ["Beijing", "Moscow", "Samarkand", "Astana", "Vladivostok", "Shanghai", "Kazan", "Harbin"]
PHOTOGS = ["Sergey Bobylev", "Eduardo Munoz", "Grigory Sysoyev", "Alexandr Demyanchuk", "Mikhail Metzel"]
SECTIONS = ["World", "Politics", "Asia", "Europe", "International"]
OUTLETS = ["Sputnik", "TASS", "Xinhua", "EFE", "AFP"]
BOILERPLATE = ["Tweet Share", "Advertisement", "Read also: China and Russia sign new trade deals",
               "Share this article"]
SUBHEADINGS = ["Growing pressure on Europe", "Trade and energy", "A partnership without limits",
               "What comes next"]


def seed_sentences(seeds: Path) -> list[str]:
    """Story sentences of the seed corpus, parsed by presslens (so captions and headers are left out)."""
    from presslens import read_corpus

    corpus = read_corpus(seeds, progress=False)
    return [s for s in corpus.sentences["text"] if len(s.split()) >= 6]


# Words never replaced (the grammar the splices and the parser rely on).
FUNCTION_WORDS = frozenset(
    "the of and in to with that on for from by as at is was are were be been being has have had it its this "
    "these those which who whom will would could should shall may might must not but or an a than then also "
    "said says after before during while over under about into between against since until".split())
REPLACED_SHARE = 0.2  # of the lower-case content words of each sentence


class Vocabulary:
    """Made-up words ranked by frequency, drawn with Zipf's law (the rank-r word ~ 1 / r): a few are
    everywhere, most are rare, and new ones keep coming as the corpus grows, as in news text."""

    def __init__(self, rng: random.Random, size: int = 200_000, exponent: float = 1.0):
        onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st",
                  "tr", "pl", "gr", "sh", "ch"]
        syllables = [o + v for o in onsets for v in ("a", "e", "i", "o", "u", "ai", "or", "en", "an")]
        words: set[str] = set()
        while len(words) < size:
            words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
        self.words = sorted(words)
        rng.shuffle(self.words)
        self.cum = list(itertools.accumulate(1.0 / (r + 1) ** exponent for r in range(size)))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self.cum)[0]


_CONTENT_WORD = re.compile(r"\b[a-z]{4,}\b")


def vary(rng: random.Random, sentence: str, vocab: Vocabulary, share: float = REPLACED_SHARE) -> str:
    """``sentence`` with about ``share`` of its lower-case content words replaced by vocabulary words."""
    def word(m: re.Match) -> str:
        w = m.group(0)
        return w if w in FUNCTION_WORDS or rng.random() >= share else vocab.draw(rng)

    return _CONTENT_WORD.sub(word, sentence)


def splice(rng: random.Random, sentences: list[str]) -> str:
    """A new sentence: the start of one sentence joined to the end of another at a shared word."""
    a, b = rng.choice(sentences), rng.choice(sentences)
    word = rng.choice(SPLICE_WORDS)
    i, j = a.find(word), b.rfind(word)
    if i < 10 or j < 0:
        return a
    return a[:i] + b[j:]


def glue(rng: random.Random, text: str) -> str:
    """Drop one space before a function word after a capitalized name, as lost links do ('Xi Jinpingon')."""
    m = list(re.finditer(r"([A-Z][a-z]{2,}) (on|and|who|in)\b", text))
    if not m:
        return text
    hit = rng.choice(m)
    return text[:hit.start()] + hit.group(1) + hit.group(2) + text[hit.end():]


def header(rng: random.Random, style: int, when: dt.datetime, title: str) -> str:
    day_ru = f"{when.day} {RU_MONTHS[when.month - 1]} {when.year}"
    if style == 0:
        return f" date {when:%Y-%m-%d} "
    if style == 1:
        mod = when + dt.timedelta(days=rng.randint(0, 3), hours=rng.randint(0, 12))
        mod_ru = f"{mod.day} {RU_MONTHS[mod.month - 1]} {mod.year}"
        return (f"Posted {day_ru},, {when:%H:%M}\n\nPublished {day_ru},, {when:%H:%M}\n\n"
                f"Modified {mod_ru},, {mod:%H:%M}\n\nUpdated {mod_ru},, {mod:%H:%M}\n\n"
                f"{title}\n\n{title}\n\n{day_ru}, {when:%H:%M}\nФото: РГ\n")
    if style == 2:
        return (f" date {when:%Y-%m-%d} {rng.choice(SECTIONS)} {title} Source: {rng.choice(OUTLETS)} "
                f"{when:%A}, {EN_MONTHS[when.month - 1]} {when.day}, {when.year} | {when:%H:%M} "
                f"{rng.choice(BOILERPLATE)}\n\n")
    if style == 3:
        hour = when.hour % 12 or 12
        return (f"{title}\n\nPublished {EN_MONTHS[when.month - 1]} {when.day}, {when.year} "
                f"{hour}:{when:%M} {'AM' if when.hour < 12 else 'PM'} GMT+3\n\n"
                f"By {rng.choice(PHOTOGS)}\n\n")
    return f"{title}\n\n{when:%d.%m.%Y}\n\n"


def article(rng: random.Random, sentences: list[str], pool: list[str], n: int,
            vocab: Vocabulary) -> tuple[str, list[str]]:
    """One article's text, and its paragraphs (kept so later articles can syndicate them)."""
    base = dt.datetime(2022, 1, 1) + dt.timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
    title = vary(rng, splice(rng, sentences), vocab).split(",")[0].rstrip(".")[:90]
    paragraphs: list[str] = []
    if pool and rng.random() < 0.15:  # syndicated copy: reuse a run of earlier paragraphs
        start = rng.randrange(len(pool))
        paragraphs = pool[start:start + rng.randint(3, 8)]
    target_words = max(150, int(rng.lognormvariate(6.3, 0.45)))  # ~550 words on average
    while sum(len(p.split()) for p in paragraphs) < target_words:
        paragraphs.append(" ".join(vary(rng, splice(rng, sentences), vocab) for _ in range(rng.randint(1, 4))))
    if rng.random() < 0.3:
        paragraphs[rng.randrange(len(paragraphs))] = glue(rng, paragraphs[0])
    body = list(paragraphs)
    if rng.random() < 0.5:
        date = f"{EN_MONTHS[base.month - 1]} {base.day}, {base.year}"
        a, b = rng.sample(PEOPLE, 2)
        cap = rng.choice(CAPTIONS).format(a=a, b=b, place=rng.choice(PLACES), date=date, photog=rng.choice(PHOTOGS))
        body.insert(rng.randint(0, len(body)), cap)
    if rng.random() < 0.3:
        body.insert(rng.randint(2, max(2, len(body))), rng.choice(SUBHEADINGS))
    if rng.random() < 0.3:
        body[-1] += f" ({rng.choice(OUTLETS)})"
    if rng.random() < 0.2:
        body.append(f"(With information from {rng.choice(OUTLETS)})")
    style = n % 5
    text = header(rng, style, base, title)
    if style == 0:
        text += "\n\n".join(body)
    else:
        text += "\n\n".join(body) + ("\n" if rng.random() < 0.5 else "")
    return text, paragraphs


def generate(n: int, out: Path, *, seeds: Path = ROOT / "seeds", seed: int = 1) -> list[Path]:
    """Write ``n`` articles into ``out`` (created); returns their paths."""
    rng = random.Random(seed)
    sentences = seed_sentences(seeds)
    vocab = Vocabulary(random.Random(seed))
    out.mkdir(parents=True, exist_ok=True)
    pool: list[str] = []
    paths = []
    for i in range(n):
        text, paragraphs = article(rng, sentences, pool, i, vocab)
        pool.extend(paragraphs)
        if len(pool) > 5000:
            pool = pool[-5000:]
        digest = hashlib.sha1(text.encode()).hexdigest()[:16]
        p = out / f"{i:06d}_{digest}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out, seeds=args.seeds, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles, {size / 1e6:.1f} MB, to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
