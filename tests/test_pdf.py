"""PDF files: text, paragraphs, running headers and footers, page and column breaks (presslens.pdftext).

The PDFs in tests/data/pdf/ were printed by Chromium from source texts (tests/data/pdf/make_pdfs.py), one HTML
paragraph a source paragraph; the reader must give the source's paragraphs back, without the date, title,
address and page number Chromium prints at the top and bottom of every page.
"""

import re
from pathlib import Path

import pytest

from presslens.corpus import read_corpus
from presslens.pdftext import _furniture, _Line, _paragraphs, pdf_text
from presslens.reading import document_text, iter_documents

DATA = Path(__file__).parent / "data"
PDF = DATA / "pdf"


def paragraphs(text: str) -> list[str]:
    """Blank-line-separated paragraphs, each with its lines joined (a line ending in a hyphen: no space)."""
    return [" ".join(re.sub(r"-\n(?=[a-zа-яё])", "-", b).split()) for b in text.split("\n\n") if b.strip()]


def pieces(paras: list[str], whole: list[str]) -> bool:
    """Whether ``paras`` are ``whole`` with some of them cut into consecutive pieces."""
    i = 0
    for w in whole:
        got = []
        while i < len(paras) and " ".join(got) != w:
            got.append(paras[i])
            i += 1
        if " ".join(got) != w:
            return False
    return i == len(paras)


@pytest.mark.parametrize("name,source", [
    ("indented", PDF / "indented.txt"),  # no space between paragraphs: first lines indented
    ("double", PDF / "double.txt"),  # double spacing; a paragraph goes on over the page break
    ("columns_ru", PDF / "columns_ru.txt"),  # two columns, Russian, a word hyphenated at a line's end
    ("no_furniture", PDF / "indented.txt"),  # printed without running header and footer
    ("nexis_uni", DATA / "exports" / "nexis_uni.txt"),  # three documents, each from a new page; 32 paragraphs
])
def test_pdf_gives_the_source_paragraphs_without_page_furniture(name, source):
    text, problems = pdf_text((PDF / f"{name}.pdf").read_bytes())
    assert problems == []
    want = paragraphs(source.read_text(encoding="utf-8"))
    if name == "nexis_uni":  # its blocks of short lines ("User Name: ...", "Job Number: ...") give a paragraph a line
        lines = [" ".join(ln.split()) for ln in source.read_text(encoding="utf-8").splitlines() if ln.strip()]
        assert pieces(paragraphs(text), want) and paragraphs(text) == lines  # (each line one, as in the source)
    else:
        assert paragraphs(text) == want
    for furniture in ("file://", "page.html", "1/2", "2/2", "1/1"):
        assert furniture not in text, furniture
    assert not re.search(r"\d+/\d+/\d+, \d+:\d+ [AP]M", text)  # the date and time of printing
    assert not re.search(r"(?m)^\d+/\d+$", text)  # page numbers


def test_a_paragraph_over_a_page_break_and_a_hyphen_at_a_line_end():
    import pypdfium2 as pdfium

    data = (PDF / "double.pdf").read_bytes()
    doc = pdfium.PdfDocument(data)
    assert len(doc) == 2 and doc[1].get_textpage().get_text_range().startswith("stop stirring up confrontation")
    doc.close()
    text, _ = pdf_text(data)
    para = next(p for p in text.split("\n\n") if p.startswith("The exercises come a week"))
    assert " ".join(para.split()).endswith("which he said did not need a new Cold War.")  # the break is inside it
    assert "should\nstop stirring" in para
    ru, _ = pdf_text((PDF / "columns_ru.pdf").read_bytes())
    assert "российско-\nкитайскую" in ru  # PDFium's joined word ("российско\ufffeкитайскую") back on two lines


def test_pdf_problems_name_what_was_not_read():
    scan = (PDF / "scan.pdf").read_bytes()
    assert pdf_text(scan) == ("", ["PDF file without text (a scanned image?), not read: run OCR on it first"])
    assert pdf_text((PDF / "locked.pdf").read_bytes()) == (
        "", ["PDF file protected by a password, not read: save an unprotected copy"])
    data = (PDF / "nexis_uni.pdf").read_bytes()
    for cut in (data[:len(data) // 2], data[:2000], b"%PDF-1.7\n"):
        text, problems = pdf_text(cut)
        assert text == "" and len(problems) == 1 and "damaged or cut short" in problems[0], problems


def test_nexis_uni_pdf_reads_like_its_text_export(tmp_path):
    (tmp_path / "as_pdf.pdf").write_bytes((PDF / "nexis_uni.pdf").read_bytes())
    (tmp_path / "as_txt.txt").write_text((DATA / "exports" / "nexis_uni.txt").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    docs = list(iter_documents(tmp_path))
    assert [d.article_id for d in docs] == ["as_pdf/1", "as_pdf/2", "as_pdf/3", "as_txt/1", "as_txt/2", "as_txt/3"]
    assert {d.encoding for d in docs[:3]} == {"pdf"}
    c = read_corpus(tmp_path)
    a = c.articles.set_index("article_id")
    cols = ["title", "published", "source", "authors", "n_sentences"]
    for k in ("1", "2", "3"):
        assert a.loc[f"as_pdf/{k}", cols].tolist() == a.loc[f"as_txt/{k}", cols].tolist()
    assert a.loc["as_pdf/2", "title"] == "Putin arrives in Beijing for state visit"


def test_a_pdf_under_another_name_and_a_text_named_pdf():
    data = (PDF / "indented.pdf").read_bytes()
    text, enc, problems = document_text(data, ".doc")
    assert enc == "pdf" and problems == ["a PDF file named .doc: read as PDF"]
    assert text.startswith("Beijing Weighs the Cost of a Closer Embrace\n\nBy Maria Lindqvist\n\nMarch 22, 2023\n\n")
    text, enc, problems = document_text(b"Just text, named .pdf.\n", ".pdf")
    assert (text, problems) == ("Just text, named .pdf.\n", ["not a PDF file (no '%PDF' header): read as text"])


def line(text, top, *, left=72.0, right=540.0, size=14.0):
    return _Line(text, left, right, top, top - size, size)


def test_paragraph_rules_on_line_positions():
    # single spacing (14 pt lines), a gap of 12 pt between paragraphs, a short last line, an indented first line
    lines = [line("Headline in large type", 700, size=24, right=400),
             line("The first paragraph runs over", 660), line("two lines.", 646, right=150),
             line("A second paragraph after a gap", 620), line("that ends here.", 606, right=540),
             line("An indented third paragraph", 592, left=100),
             line("goes on.", 578, right=200)]
    assert _paragraphs(lines) == [["Headline in large type"], ["The first paragraph runs over", "two lines."],
                                  ["A second paragraph after a gap", "that ends here."],
                                  ["An indented third paragraph", "goes on."]]
    # every paragraph one line, 24 pt apart (no line wraps: single spacing assumed, so each is a paragraph)
    wire = [line(f"Paragraph {i} ends.", 700 - 24 * i, right=300) for i in range(4)]
    assert _paragraphs(wire) == [[f"Paragraph {i} ends."] for i in range(4)]
    # double spacing: 28 pt between the lines of a paragraph, 42 pt between paragraphs
    double = [line("Lines of a paragraph in double", 700), line("spacing, wrapped twice over the", 672),
              line("page's width.", 644, right=200), line("The next paragraph after a gap", 602),
              line("of its own.", 574, right=150)]
    assert _paragraphs(double) == [["Lines of a paragraph in double", "spacing, wrapped twice over the",
                                    "page's width."], ["The next paragraph after a gap", "of its own."]]
    # ligatures and justified spacing
    assert _paragraphs([line("The ofﬁcial   aﬀairs", 700)]) == [["The official affairs"]]


def test_running_headers_and_page_numbers_are_furniture():
    story = ["The summit opened.", "Talks went on.", "Trade grew.", "Xi spoke.", "Putin left.", "It ended."]
    pages = [[line("Foreign Affairs Weekly | May 2024", 760, size=9), line(story[2 * p - 2], 700),
              line(story[2 * p - 1], 686), line(f"Page {p} of 3", 40, size=9)] for p in (1, 2, 3)]
    assert _furniture(pages, [792.0] * 3) == [{0, 3}] * 3
    # one page: a small line in the margin with a date or address is furniture; a story's line is not
    one = [[line("12/6/26, 2:45 PM Title", 780, size=9), line("The story's first line, 2024.", 700),
            line("Its last line.", 686), line("Photo: Reuters 2024", 660, size=9)]]
    assert _furniture(one, [792.0]) == [{0}]
