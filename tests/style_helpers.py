"""What the parser style tests share: reading an example article, its sentences and the kind of one of its lines."""

from pathlib import Path

from presslens.parsing import parse_text

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def parse(name_or_text: str, *, file: bool = True):
    """The parse of tests/data/articles/<name> (or of the text itself, ``file=False``), checked lossless: its
    segments rebuild the text."""
    text = (ARTICLES / name_or_text).read_text(encoding="utf-8") if file else name_or_text
    art = parse_text(text)
    assert "".join(text[s.start:s.end] for s in art.segments) == text  # lossless
    return art


def sents(art) -> list[str]:
    """The analysed text of each sentence."""
    return [art.analysis(s, e) for _p, s, e in art.sentences]


def body_text(art) -> str:
    """The sentences as written, one a line."""
    return "\n".join(art.text[s:e] for _pno, s, e in art.sentences)


def kind_of(art, line: str) -> str:
    """The kind of the segment holding the start of ``line`` (as written in the text)."""
    at = art.text.index(line)
    return next(s for s in art.segments if s.start <= at < s.end).kind


# Three story paragraphs under the synthetic headers of the probe tests (tests/test_styles_probe*.py)
STORY = ("Russia and China signed a joint statement on Thursday after talks in Beijing, officials said.\n\n"
         "The two leaders also discussed energy projects and the situation in Ukraine, according to state media.\n\n"
         "Trade between the two countries reached a record last year, customs data showed.\n")


def p(text: str):
    """The parse of ``text`` (a synthetic article, not a file's name)."""
    return parse(text, file=False)
