"""Database export files holding several articles (Nexis Uni, LexisNexis Academic, Factiva, ProQuest): split into
one document each, the cover page and search summary left out with a note, and every article parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.corpus import read_corpus
from presslens.parsing import parse_text
from presslens.reading import Document, export_spans, iter_documents, split_export

EXPORTS = Path(__file__).parent / "data" / "exports"
ARTICLES = Path(__file__).parent / "data" / "articles"

# id: (title, published, source, authors, first words of the story)
EXPECTED = {
    "nexis_uni": {
        "nexis_uni/1": ("Xi and Putin meet in Samarkand, first talks since Ukraine invasion", "2022-09-15",
                        "The Moscow Times", ["Jane Doe", "John Roe"], "Russian President Vladimir Putin met"),
        "nexis_uni/2": ("Putin arrives in Beijing for state visit", "2024-05-16", "The Washington Post",
                        ["Christian Shepherd"], "Russian President Vladimir Putin arrived"),
        "nexis_uni/3": ("Xi lands in Moscow", "2023-03-21T18:02", "The Guardian", ["Pjotr Sauer"],
                        "Xi Jinping has arrived in Moscow"),
    },
    "factiva_display": {
        "factiva_display/1": ("Russia, China sign pledge on 'new era' of partnership as Xi meets Putin",
                              "2023-03-21T18:42", "Reuters News", ["Guy Faulconbridge", "Laurie Chen"],
                              "Chinese President Xi Jinping and Russian President"),
        "factiva_display/2": ("Putin, Xi pledge 'new era' as Russian leader visits Beijing", "2024-05-16T10:05",
                              "Reuters News", ["Laurie Chen"], "Chinese President Xi Jinping and Russian President"),
    },
    "lexis_academic": {
        "lexis_academic/1": ("Putin and Xi Pledge Deeper Ties", "2024-05-17", "The New York Times", ["David Pierson"],
                             "Vladimir V. Putin and Xi Jinping vowed"),
        "lexis_academic/2": ("Xi leaves Moscow with no peace deal", "2023-03-22", "The Guardian", ["Pjotr Sauer"],
                             "Xi Jinping left Moscow on Wednesday"),
    },
    "proquest": {
        "proquest/1": ("Putin and Xi Vow Deeper Partnership", "2024-05-17", "The New York Times", ["David Pierson"],
                       "Vladimir V. Putin and Xi Jinping vowed"),
        "proquest/2": ("Xi Ends Moscow Visit", "2023-03-22", "The Guardian", ["Pjotr Sauer"],
                       "Xi Jinping left Moscow on Wednesday"),
    },
}

# what must not reach any article's story text
FURNITURE = ("End of Document", "Document LBA", "DOCUMENTS", "Search Summary", "Client/Matter", "Load-Date",
             "LOAD-DATE", "words", "ProQuest", "Publication", "Database", "Late Edition", "Full text", "Full Text",
             "Reuters News\n", "LBA\n", "English\n")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_export_file_is_split_and_each_article_parsed(name):
    docs = list(iter_documents(EXPORTS / f"{name}.txt"))
    assert [d.article_id for d in docs] == list(EXPECTED[name])
    assert [d.path for d in docs] == [f"{EXPORTS / name}.txt#doc{i}" for i in range(1, len(docs) + 1)]
    for d in docs:
        title, published, source, authors, first = EXPECTED[name][d.article_id]
        a = parse_text(d.text)
        assert (a.title, a.published, a.source, a.authors) == (title, published, source, authors), d.article_id
        paragraphs = [d.text[s.start:s.end] for s in a.segments if s.kind == "body"]
        assert paragraphs[0].startswith(first), d.article_id
        assert len(paragraphs) == 2, (d.article_id, paragraphs)
        assert not [f for f in FURNITURE if f in "\n".join(paragraphs) + "\n"], d.article_id


def test_what_is_left_out_is_noted_on_the_first_article():
    nexis = list(iter_documents(EXPORTS / "nexis_uni.txt"))
    assert nexis[0].problems == ["cover page (results list) before the first article left out "
                                 "(25 lines, starting 'User Name: =Jane Researcher')"]
    assert nexis[1].problems == nexis[2].problems == []
    assert "Client/Matter" not in nexis[0].text and nexis[0].text.startswith("Xi and Putin meet in Samarkand")
    factiva = list(iter_documents(EXPORTS / "factiva_display.txt"))
    assert factiva[0].problems == ["search summary after the last article left out (12 lines, starting "
                                   "'Search Summary')"]
    assert "Results Found" not in factiva[-1].text
    proquest = list(iter_documents(EXPORTS / "proquest.txt"))
    assert proquest[0].problems[0].startswith("text before the first article left out (8 lines")
    assert "Table of contents" not in proquest[0].text


def test_a_stated_count_that_differs_is_noted():
    text = (EXPORTS / "nexis_uni.txt").read_text(encoding="utf-8")
    cut = text.index("Xi lands in Moscow\n\nThe Guardian")
    spans, notes = export_spans(text[:cut])
    assert len(spans) == 2
    assert notes[-1] == "the export file says it holds 3 documents; 2 found"


def test_the_cover_page_is_cut_at_the_first_title_even_without_a_results_list_entry_match():
    # no "1. Title" line: the cover ends with the block of its last entry key
    text = ("User Name: =A\nDate and Time: = 2024-05-20\nJob Number: 1\n\nDocuments (2)\n\nClient/Matter: -None-\n"
            "Search Terms: x\nNarrowed by:\nContent Type Narrowed by\nNews Timeline: 2022 to 2024\n\n"
            "First headline\n\nThe Moscow Times\nMay 1, 2024\n\nBody\n\nThe first story has a sentence.\n\n"
            "End of Document\n\nSecond headline\n\nThe Moscow Times\nMay 2, 2024\n\nBody\n\n"
            "The second story has a sentence.\n\nEnd of Document\n")
    docs = split_export(Document("x", "x.txt", text))
    assert [d.text.strip().splitlines()[0] for d in docs] == ["First headline", "Second headline"]
    assert [parse_text(d.text).published for d in docs] == ["2024-05-01", "2024-05-02"]


def test_single_article_exports_stay_whole():
    for f in ("lexisnexis.txt", "factiva.txt", "factiva_own_lines.txt", "newsbank.txt"):
        text = (ARTICLES / f).read_text(encoding="utf-8")
        assert export_spans(text) == ([(0, len(text))], []), f
        (doc,) = iter_documents(ARTICLES / f)
        assert doc.text == text and doc.article_id == f[:-4]
    one = "1 of 1 DOCUMENT\n\nThe Moscow Times\n\nMay 17, 2024 Friday\n\nA headline here\n\nA story sentence here.\n"
    assert export_spans(one) == ([(0, len(one))], [])


@pytest.mark.parametrize("text", [
    "A headline\n\nThe report's Document 12 of the archive was cited.\n\nEnd of Document is what it said.\n",
    "A headline\n\nThe court read the document aloud.\n\nDocuments (3) were filed.\n",
    "Title\n\nThe 1 of 3 documents that leaked said so.\n\nAnother line of the story.\n",
    "Title\n\nDocument ABCDEFGHIJKLMNOPQRST was a name with no digit.\n\nMore text of the story here.\n",
])
def test_story_lines_that_mention_documents_do_not_split(text):
    assert export_spans(text) == ([(0, len(text))], [])


def test_a_story_before_the_first_document_line_is_kept_as_an_article():
    story = " ".join(["The talks in Beijing went on for hours and covered trade, energy and security."] * 3)
    text = f"Preface headline\n\n{story}\n\n" + (EXPORTS / "lexis_academic.txt").read_text(encoding="utf-8")
    docs = list(split_export(Document("f", "f.txt", text)))
    assert [d.article_id for d in docs] == ["f/1", "f/2", "f/3"]
    assert docs[0].text.startswith("Preface headline") and docs[0].problems == [
        "the export file says it holds 2 documents; 3 found"]


def test_a_folder_with_an_export_gives_one_row_per_article(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nexis.txt").write_bytes((EXPORTS / "nexis_uni.txt").read_bytes())
    (corpus / "single.txt").write_bytes((ARTICLES / "lexisnexis.txt").read_bytes())
    first = read_corpus(corpus, cache_dir=tmp_path / "cache", progress=False)
    again = read_corpus(corpus, cache_dir=tmp_path / "cache", progress=False)
    for c in (first, again):
        arts = c.articles.set_index("article_id")
        assert list(arts.index) == ["nexis/1", "nexis/2", "nexis/3", "single"]
        assert list(arts["published"]) == ["2022-09-15", "2024-05-16", "2023-03-21T18:02", "2022-09-15"]
        assert arts.loc["nexis/1", "problems"][0].startswith("cover page (results list)")
        assert set(c.sentences["article_id"]) == set(arts.index)


def test_hostile_export_splits_into_every_article():
    # many framing lines, many cover keys, a results-list title repeated everywhere (its time against its size is
    # measured in bench/bench_linear.py)
    unit = "1. A\nClient/Matter: -None-\nA\nEnd of Document\n"
    text = "User Name: x\n" + unit * 2_000
    spans, notes = export_spans(text)
    assert len(spans) == 2_000
    assert text[spans[0][0]:spans[0][1]] == "A\nEnd of Document"  # the cover page, up to the first title, left out
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))  # one after the other, nothing lost
    assert {text[s:e] for s, e in spans[1:]} == {"\n" + unit[:-1]}
    assert notes == ["cover page (results list) before the first article left out (3 lines, starting 'User Name: x')"]
    ids = [d.article_id for d in split_export(Document("x", "x.txt", text))]
    assert ids == [f"x/{i:04d}" for i in range(1, 2_001)]  # zero-padded, so sorted as numbered


def test_a_nexis_uni_docx_export_is_split_like_its_text(tmp_path):
    from test_formats import docx, para

    text = (EXPORTS / "nexis_uni.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    (tmp_path / "nexis.docx").write_bytes(docx("".join(para(line) for line in lines)))
    docs = list(iter_documents(tmp_path / "nexis.docx"))
    assert [d.article_id for d in docs] == ["nexis/1", "nexis/2", "nexis/3"]
    assert [parse_text(d.text).title for d in docs] == [t for t, *_ in EXPECTED["nexis_uni"].values()]
    assert [parse_text(d.text).published for d in docs] == [p for _t, p, *_ in EXPECTED["nexis_uni"].values()]
    assert docs[0].problems[0].startswith("cover page (results list) before the first article left out")
