"""Write the PDF fixtures of tests/test_pdf.py (run by hand; the tests read the PDFs committed next to this file).

Needs Chromium (``chromium --headless --print-to-pdf``) and, for the password-protected file, pypdf::

    python tests/data/pdf/make_pdfs.py

Each PDF is printed from an HTML page made of a source text in this folder or in tests/data/exports/, one HTML
paragraph a source paragraph (a line, or lines, between blank lines; its lines kept), so that the tests can compare the PDF's
text paragraph by paragraph with the source. Chromium's running header and footer (the date, the page's title,
its address, "1/3") are kept in all but ``no_furniture.pdf``: they are what the reader must leave out.
"""

import base64
import html
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
EXPORTS = HERE.parent / "exports"

BASE_CSS = "body{font-family:'DejaVu Serif',serif;font-size:12pt;margin:0} p{margin:0 0 0.9em 0}"
STYLES = {
    # a database's PDF download: every document on a new page, the title bold and larger
    "nexis_uni": BASE_CSS + " h2{font-size:16pt;margin:0 0 0.8em 0} .doc{break-before:page}",
    # a book's layout: no space between paragraphs, the first line indented, justified
    "indented": BASE_CSS + " p{margin:0;text-indent:2em;text-align:justify} h2{font-size:18pt}",
    # double spacing, a paragraph going on over a page break
    "double": BASE_CSS + " p{font-size:14pt;line-height:2.0;margin:0 0 1em 0} h2{font-size:18pt}",
    # two columns (a magazine's page), in Russian
    "columns_ru": BASE_CSS + " .cols{column-count:2;column-gap:1.5cm} h2{font-size:18pt}",
    "no_furniture": BASE_CSS + " h2{font-size:18pt}",
}


def paragraphs(text: str) -> list[str]:
    """The source's paragraphs, each line of one as a line of its own (a line break in the HTML)."""
    return ["\n".join(" ".join(ln.split()) for ln in b.strip().split("\n")) for b in text.split("\n\n") if b.strip()]


def para_html(p: str) -> str:
    return "<br>".join(html.escape(ln) for ln in p.split("\n"))


def page(name: str, paras: list[str], *, title: str) -> str:
    body = []
    if name == "nexis_uni":
        for p in paras:
            if p == "End of Document":
                body.append(f"<p>{para_html(p)}</p></div><div class='doc'>")
            else:
                body.append(f"<p>{para_html(p)}</p>")
        inner = "<div>" + "".join(body) + "</div>"
    else:
        inner = f"<h2>{para_html(paras[0])}</h2>" + "".join(f"<p>{para_html(p)}</p>" for p in paras[1:])
        if name == "columns_ru":
            inner = f"<h2>{para_html(paras[0])}</h2><div class='cols'>" + "".join(
                f"<p>{para_html(p)}</p>" for p in paras[1:]) + "</div>"
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLES[name]}</style></head><body>{inner}</body></html>")


def chromium_pdf(html_text: str, out: Path, *, furniture: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html_text, encoding="utf-8")
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}"]
        if not furniture:
            cmd.append("--no-pdf-header-footer")
        subprocess.run([*cmd, src.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> None:
    sources = {
        "nexis_uni": EXPORTS / "nexis_uni.txt",
        "indented": HERE / "indented.txt",
        "double": HERE / "double.txt",
        "columns_ru": HERE / "columns_ru.txt",
        "no_furniture": HERE / "indented.txt",
    }
    for name, src in sources.items():
        paras = paragraphs(src.read_text(encoding="utf-8"))
        chromium_pdf(page(name, paras, title=paras[0][:60]), HERE / f"{name}.pdf", furniture=name != "no_furniture")
    # a scanned page: a picture and no text (a 1x1 PNG stretched over the page)
    png = base64.b64encode(bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082")).decode()
    chromium_pdf(f"<html><body><img src='data:image/png;base64,{png}' style='width:15cm;height:20cm'></body></html>",
                 HERE / "scan.pdf", furniture=False)
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:
        sys.exit("pypdf is needed for locked.pdf: pip install pypdf")
    writer = PdfWriter(clone_from=PdfReader(HERE / "no_furniture.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    with open(HERE / "locked.pdf", "wb") as fh:
        writer.write(fh)


if __name__ == "__main__":
    main()
