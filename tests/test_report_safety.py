"""Reports are safe to share: article text is untrusted, and no HTML presslens writes lets it run.

Layers: :func:`presslens.runner.clean_html` (every HTML fragment in a report), reports without any
script and with a Content-Security-Policy, an escaped index, parameters passed as values. The browser
test opens every page of a real run on a hostile corpus in headless Chromium and checks that no
payload ran — with the policy, and without it (the sanitizer alone) — after checking that the same
harness does see a script run when one is allowed to.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from presslens import runner
from presslens.tools import build_notebook

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
# Only a script that runs can make the marker: its id and the title are built by concatenation, so
# the payload text itself never contains them (a harmless <div id=...> in the text is not a run).
MARK = "document.title='PW'+'NED';var d=document.createElement('div');d.id='pw'+'ned-marker';document.body.appendChild(d)"
PAYLOADS = [
    f"<script>{MARK}</script>",
    f'<img src=x onerror="{MARK}">',
    f"<a href=\"javascript:{MARK}\">click</a>",
    f'<svg onload="{MARK}"></svg>',
    f'<iframe src="javascript:{MARK}"></iframe>',
    f'<body onload="{MARK}">',
    f'<div style="background:url(javascript:{MARK})">x</div>',
    "<style>@import 'file:///etc/passwd'; body{background:url(file:///etc/passwd)}</style>",
    f"<math><mtext><table><mglyph><style><img src=x onerror=\"{MARK}\">",
    f"<<script>script>{MARK}<</script>/script>",
    f"<form action='javascript:{MARK}'><button>go</button></form>",
    f"<object data='javascript:{MARK}'></object><embed src='javascript:{MARK}'>",
    f"<details open ontoggle=\"{MARK}\">x</details>",
    f"<a href=\"jav&#x09;ascript:{MARK}\">tab</a>",
]


class _Elements(HTMLParser):
    """The real elements of a page (escaped text is text, not tags), their attributes and style text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.css: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.css.append(data)


def assert_inert(html_text: str) -> None:
    """No element or attribute in ``html_text`` can run code or load anything from outside the page."""
    page = _Elements()
    page.feed(html_text)
    for tag, attrs in page.tags:
        assert tag not in {"script", "iframe", "frame", "object", "embed", "svg", "math", "form", "base",
                           "link", "applet"}, f"<{tag}> element"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name}= on <{tag}>"
            squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
            if name in {"href", "src", "action", "formaction", "data", "xlink:href", "background"}:
                assert not squeezed.startswith(("javascript:", "vbscript:", "file:", "data:text")), f"{name}={value}"
            if name == "style":
                assert "url(" not in squeezed and "expression(" not in squeezed, value
        if tag == "meta":
            assert attrs.get("http-equiv", "").lower() != "refresh"
    for css in page.css:
        squeezed = re.sub(r"\s", "", css).lower()
        assert "@import" not in squeezed and not re.search(r"url\((?!['\"]?data:)", squeezed), css[:200]


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_clean_html_makes_payloads_inert(payload):
    assert_inert(runner.clean_html(f"<div><p>Story: {payload}</p></div>"))


@pytest.mark.parametrize(
    "fragment, kept",
    [
        ('<table border="1" class="dataframe"><thead><tr style="text-align: right;"><th>a</th></tr></thead>'
         "<tbody><tr><th>0</th><td>x</td></tr></tbody></table>",
         ['<thead>', '<tr style="text-align: right;">', "<th>a</th>", "<tbody>", "<td>x</td>"]),
        ("<style scoped>.dataframe tbody tr th { vertical-align: top; }</style><table><tr><td>1</td></tr></table>",
         ["<style>.dataframe tbody tr th { vertical-align: top; }</style>"]),
        ('<table><tr><td style="background-color: yellow;" class="data row0">y</td></tr></table>',
         ['style="background-color: yellow;"']),
        ('<h2 id="Results">Results<a class="anchor-link" href="#Results">¶</a></h2>', ['href="#Results"', "<h2"]),
        ('<a href="https://example.org/a?b=1&amp;c=2">link</a>', ['href="https://example.org/a?b=1&amp;c=2"']),
        ('<img src="data:image/png;base64,iVBORw0KGgo=" alt="fig">', ['src="data:image/png;base64,iVBORw0KGgo="']),
        ("<b>bold</b> <em>em</em> <code>x</code> <ul><li>i</li></ul>", ["<b>bold</b>", "<em>em</em>", "<li>i</li>"]),
    ],
    ids=["dataframe-table", "style-block", "inline-style", "heading-anchor", "http-link", "embedded-image", "inline"],
)
def test_clean_html_keeps_tables_styles_links_and_figures(fragment, kept):
    cleaned = runner.clean_html(fragment)
    for piece in kept:
        assert piece in cleaned


@pytest.mark.parametrize(
    "fragment, gone",
    [('<img src="http://tracker.example/p.gif">', "tracker.example"),
     ('<img src="file:///etc/passwd">', "passwd"),
     ('<a href="data:text/html,<script>x</script>">d</a>', "data:text/html")],
    ids=["remote-image", "file-image", "data-link"],
)
def test_clean_html_drops_what_leaves_the_page(fragment, gone):
    cleaned = runner.clean_html(fragment)
    assert not re.search(r"(src|href)=\"[^\"]*" + re.escape(gone), cleaned)


def executed_notebook_with_hostile_outputs(path: Path) -> Path:
    """An 'executed' notebook whose outputs carry the payloads in every form a notebook can show them."""
    import matplotlib

    matplotlib.use("Agg")
    import base64
    import io

    import matplotlib.pyplot as plt

    text = " ".join(PAYLOADS)
    df = pd.DataFrame({"title": PAYLOADS, "n": range(len(PAYLOADS))})
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    out = nbformat.v4.new_output
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    cell = nbformat.v4.new_code_cell(f"show({text!r})")
    cell.outputs = [
        out("execute_result", data={"text/html": df.to_html(), "text/plain": repr(df)}, execution_count=1),
        out("display_data", data={"text/html": df.style.to_html(), "text/plain": "styler"}),
        out("display_data", data={"text/html": f"<div class='kwic'>{text}</div>", "text/plain": "kwic"}),
        out("display_data", data={"text/markdown": f"**Article**: {text}", "text/plain": "md"}),
        out("display_data", data={"application/javascript": MARK, "text/plain": "js"}),
        out("display_data", data={"image/svg+xml": f'<svg xmlns="http://www.w3.org/2000/svg" onload="{MARK}"/>'}),
        out("display_data", data={"text/vnd.mermaid": f"</pre><script>{MARK}</script>"}),
        out("display_data", data={"text/latex": f"$\\href{{javascript:{MARK}}}{{x}}$"}),
        out("display_data", data={"image/png": base64.b64encode(buf.getvalue()).decode(), "text/plain": "fig"}),
        out("stream", name="stdout", text=text),
        out("error", ename="ValueError", evalue=text, traceback=[text]),
    ]
    cell.execution_count = 1
    nb.cells = [nbformat.v4.new_markdown_cell(f"# Report\n\nAn article said: {text}"), cell,
                nbformat.v4.new_raw_cell(text)]
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize("with_code", [True, False], ids=["with-code", "report"])
def test_rendered_reports_have_no_script_and_keep_tables_and_figures(tmp_path, with_code):
    page = runner.render_html(executed_notebook_with_hostile_outputs(tmp_path / "n.ipynb"), with_code=with_code)
    assert_inert(page)
    assert f'content="{runner.REPORT_CSP}"' in page
    assert page.count("<thead>") == 2 and page.count("<th") > 20, "DataFrame and Styler tables survive"
    assert 'src="data:image/png;base64,' in page, "figures survive"
    assert "&lt;script&gt;document.title='PW'+'NED'" in page, "payload text is shown, as text"


def test_figures_are_described_by_their_section_heading_as_text():
    """Screen readers and text browsers read a figure's alt: the heading of its section, as text (a heading
    is article-derived in some reports), not nbconvert's "No description has been provided"."""
    from html.parser import HTMLParser

    from nbformat import v4

    class Alts(HTMLParser):
        def __init__(self):
            super().__init__()
            self.alts = []

        def handle_starttag(self, tag, attrs):
            if tag == "img":
                self.alts.append(dict(attrs).get("alt"))

    nb = runner._sample_notebook()
    nb.cells.insert(0, v4.new_markdown_cell('## Tone of "Putin" & <Xi onerror=alert(1)> over *time*'))
    nb.cells.insert(1, v4.new_code_cell("fig", outputs=[v4.new_output(
        "display_data", data={"image/png": runner._PIXEL, "text/plain": "<Figure>"})]))
    for with_code in (True, False):
        page = runner.render_html(nb, with_code=with_code)
        assert_inert(page)
        parser = Alts()
        parser.feed(page)
        assert parser.alts == ['Figure: Tone of "Putin" & <Xi onerror=alert(1)> over time', "Figure: Title"]
    assert "alt" not in nb.cells[1].outputs[0].get("metadata", {}).get("image/png", {})  # the notebook is unchanged


def test_index_escapes_names_errors_and_parameters(tmp_path):
    bad = "<img src=x onerror=alert(1)>"
    results = [runner.NotebookResult("corpus", "failed", 1.0, {"label": bad}, f"ValueError: {bad}")]
    page = runner.write_index(tmp_path, results, corpus=bad, n_articles=1, started="now", seconds=1.0).read_text()
    assert_inert(page)
    assert page.count("&lt;img src=x onerror=alert(1)&gt;") == 4  # the corpus in the title and the text, the error, the label


TRICKY = ['a"b\'c\\d\ne """ \'\'\' {x} %s \\" \\', "\\x00 \u2028 \ud7ff é 中文 \t", "'); import os; open('INJECTED', 'w')#",
          '"; import os; open("INJECTED", "w"); x = "']


def test_parameters_are_values_never_code(tmp_path):
    src = ("# %% parameters\ncorpus = \"../seeds\"\ntables_dir = \"\"\nlabel = \"x\"\nwords = [\"a\"]\n"
           "# %% code\nprint(repr((label, words)))\n")
    nb = tmp_path / "probe.ipynb"
    nbformat.write(build_notebook(src), nb)
    executed = tmp_path / "out.ipynb"
    label = "".join(TRICKY)
    result = runner.execute(nb, executed, {"label": label, "words": TRICKY}, cwd=tmp_path, timeout=60)
    assert result.status == "ok", result.error
    run = nbformat.read(executed, as_version=4)
    printed = "".join(o.get("text", "") for c in run.cells for o in c.get("outputs", []))
    assert ast.literal_eval(printed.strip()) == (label, TRICKY)
    assert not (tmp_path / "INJECTED").exists()


# --- in a real browser ---------------------------------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--virtual-time-budget=2000"]
PROBE = """# %% parameters
corpus = "../seeds"
tables_dir = ""
drop_duplicates = False
# %% code
import presslens as pl
from IPython.display import HTML, Markdown, display
c = pl.open_corpus(corpus, drop_duplicates=drop_duplicates)
arts = c.articles[["article_id", "title", "source", "text"]]
display(arts.style)
display(HTML("".join(f"<p>{t}</p>" for t in arts["text"])))
display(Markdown(chr(10).join(arts["text"])))
arts
"""


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        pytest.fail("headless Chromium is needed to check that reports run no article text: install it "
                    "(Debian/Ubuntu: apt-get install chromium); .ci/run installs it in CI")
    return exe


def dump_dom(page: Path, profile: Path) -> str:
    proc = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "<html" in proc.stdout, f"chromium failed on {page}: {proc.stderr[-2000:]}"
    return proc.stdout


def ran(dom: str) -> bool:
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    return 'id="pwned-marker"' in dom or bool(title and "PWNED" in title.group(1))


def hostile_corpus(root: Path) -> Path:
    root.mkdir()
    for name in ("payloads.txt", "payloads.csv", "markup.html", "wire_original.txt", "wire_edited.txt"):
        shutil.copy(HOSTILE / name, root / name)
    shutil.copy(sorted((ROOT / "seeds").glob("*.txt"))[0], root / "seed.txt")
    return root


@pytest.mark.browser
def test_no_article_text_runs_in_any_report_in_a_real_browser(tmp_path):
    chromium()
    probe = tmp_path / "zz_probe.ipynb"
    nbformat.write(build_notebook(PROBE), probe)
    notebooks = [*runner.default_notebooks(), probe]
    out = tmp_path / "reports"
    results = runner.run(notebooks, corpus=hostile_corpus(tmp_path / "corpus"), out=out, cache_dir=None,
                         log=lambda *a: None)
    assert [r.status for r in results] == ["ok"] * len(notebooks), [(r.name, r.error) for r in results]

    # controls: the harness sees a script that runs — a plain page, and the probe rendered by stock
    # nbconvert without sanitizing — so a clean result below means the payloads were stopped
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><html><head><title>t</title></head><body><script>{MARK}</script></body></html>")
    from nbconvert import HTMLExporter

    unsafe = tmp_path / "unsafe.html"
    unsafe.write_text(HTMLExporter().from_filename(str(out / "zz_probe.ipynb"))[0])
    pages = sorted(out.glob("*.html"))
    assert len(pages) == 2 * len(notebooks) + 1
    policy = re.compile(r"<meta[^>]*Content-Security-Policy[^>]*>", re.I)
    stripped = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert policy.search(text), f"{page.name} has no Content-Security-Policy"
        assert_inert(text)
        if page.name.endswith(".report.html") or page.name == "index.html":
            # the same page without the policy: the sanitizer alone must hold (the views with code
            # show the same outputs, plus highlighted code)
            copy = tmp_path / "nopolicy" / page.name
            copy.parent.mkdir(exist_ok=True)
            copy.write_text(policy.sub("", text), encoding="utf-8")
            stripped.append(copy)
    every = [control, unsafe, *pages, *stripped]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        doms = dict(zip(every, pool.map(lambda p: dump_dom(p, tmp_path / "profiles" / f"{p.parent.name}-{p.name}"),
                                        every), strict=True))
    assert ran(doms[control]), "control: a script in a page must be seen running"
    assert ran(doms[unsafe]), "control: the probe's payloads run when nbconvert does not sanitize"
    executed = [p.name for p in [*pages, *stripped] if ran(doms[p])]
    assert executed == [], f"article text ran as code in {executed}"
    corpus_dom = doms[out / "corpus.report.html"]
    assert "<table" in corpus_dom and "<th" in corpus_dom and "data:image/png;base64," in corpus_dom
    assert "document.title='PW'+'NED'" in doms[out / "zz_probe.report.html"], "the payloads are in the page, as text"


def test_the_pool_warm_up_renders_every_kind_of_output_a_report_holds():
    """The notebook workers render a sample while their first notebook runs (setting up templates, syntax
    highlighting and the sanitizer before the first real report): it must go through the paths a report
    does."""
    sample = runner._sample_notebook()
    full = runner.render_html(sample, with_code=True)
    report = runner.render_html(sample, with_code=False)
    for page in (full, report):
        assert_inert(page)
        assert "<thead>" in page and 'src="data:image/png;base64,' in page and "printed" in page
        assert "<em>text</em>" in page and 'href="https://example.org"' in page
    assert "a comment" in full and "a comment" not in report  # the code, highlighted, only with code
    runner._warm_up()  # in a worker: the sample rendered in the background, a real report waiting for it
    assert runner._RENDER_READY is not None
    runner._RENDER_READY.join(60)
    assert not runner._RENDER_READY.is_alive()


def test_one_exporter_a_process_renders_every_page_as_a_new_one_would(tmp_path):
    """The exporters are made once a process (templates compiled once): a page rendered after others,
    with or without code, is the page a fresh exporter gives, and nothing of one notebook leaks into the
    next."""
    hostile = executed_notebook_with_hostile_outputs(tmp_path / "n.ipynb")
    sample = runner._sample_notebook()
    runner._exporter.cache_clear()
    first = {wc: runner.render_html(hostile, with_code=wc) for wc in (True, False)}
    for wc in (True, False):
        runner.render_html(sample, with_code=wc)
    again = {wc: runner.render_html(hostile, with_code=wc) for wc in (True, False)}
    assert runner._exporter.cache_info().currsize == 2
    assert again == first
    assert first[True] != first[False]
    assert "a comment" in runner.render_html(sample, with_code=True)
    assert "a comment" not in again[True]  # the sample's code, rendered in between, is not in the next page


def test_report_pages_are_titled_by_analysis_and_corpus_and_end_with_the_parameters_used(tmp_path):
    """A browser tab or bookmark of a report names presslens, the analysis (the notebook's heading) and the
    corpus by its folder's name; the report (code hidden) ends with the parameters it was made with, the
    corpus by name (not the reader's absolute path), where its tables went left out. A notebook papermill did
    not run gets no parameters section."""
    from nbformat import v4

    nb = runner._sample_notebook()
    nb.cells[0].source = "# Sentiment\n\nHow positive."
    nb.metadata["papermill"] = {"input_path": "/x/notebooks/sentiment.ipynb", "parameters": {
        "corpus": "/home/someone/private/mynews", "tables_dir": "/home/someone/.reports.tmp-1/.tables-sentiment",
        "keywords": ["<b>Arctic</b>", "sanction*"], "date_from": "2023-01-01"}}
    report, full = (runner.render_html(nb, with_code=wc) for wc in (False, True))
    assert "<title>Sentiment: mynews · presslens report</title>" in report
    assert "<title>Sentiment: mynews · presslens notebook with code</title>" in full
    assert_inert(report)
    assert "/home/someone" not in report
    shown = report[report.index("Parameters used"):]
    assert "mynews" in shown and "&lt;b&gt;Arctic&lt;/b&gt;" in shown and "2023-01-01" in shown
    assert "tables_dir" not in shown and "presslens run sentiment -p NAME VALUE" in shown
    assert "Parameters used" not in full, "the code view shows the parameters cell itself"
    plain = runner.render_html(runner._sample_notebook(), with_code=False)
    assert "<title>Title · presslens report</title>" in plain and "Parameters used" not in plain
    untitled = v4.new_notebook(cells=[v4.new_code_cell("x = 1")])
    assert runner.page_title(untitled, with_code=False) == "Notebook · presslens report"


def test_notebook_text_reads_right_in_a_report_without_code():
    """The notebooks' Markdown is read in reports that show no code: it never asks the reader to change
    something "below" (a parameters cell the report does not show)."""
    for nb in runner.default_notebooks():
        for cell in nbformat.read(nb, as_version=4).cells:
            if cell.cell_type == "markdown":
                assert not re.search(r"\bchang\w*\b[^.]*\bbelow\b", cell.source, re.I), (nb.name, cell.source)


@pytest.mark.browser
def test_printed_text_in_a_report_wraps_between_words(tmp_path):
    """A cell's printed summary (the chronology's "... timexes.csv every date expression.") wrapped anywhere in the
    reports, "every date e" on one line and "xpression." on the next, as JupyterLab's stylesheet breaks output
    text. Printed to PDF by a real browser, every word of a long printed line comes out whole; a path longer than
    the line is still broken rather than running off the page."""
    import pypdfium2 as pdfium
    from nbformat import v4

    words = [f"{w}{i}" for i in range(60) for w in ("expression", "timeline")]
    path = "/".join(["corpus", *(f"folder{i}" for i in range(40))]) + "/article.txt"
    nb = v4.new_notebook(cells=[v4.new_code_cell("print(...)", outputs=[
        v4.new_output("stream", name="stdout", text=" ".join(words) + "\n" + path + "\n")])])
    page = tmp_path / "report.html"
    page.write_text(runner.render_html(nb, with_code=False), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    proc = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                           "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and pdf.exists(), proc.stderr[-2000:]
    doc = pdfium.PdfDocument(str(pdf))
    lines = [line.strip() for i in range(len(doc))
             for line in doc[i].get_textpage().get_text_range().splitlines() if line.strip()]
    doc.close()
    prose = [line for line in lines if "expression" in line or "timeline" in line]
    assert len(prose) > 3, lines  # the line is wrapped (over several lines of the page)
    assert [w for line in prose for w in line.split()] == words
    held = [line for line in lines if "folder" in line or "corpus/" in line]
    assert len(held) > 1 and "".join(held) == path  # the path broken over lines, none of it lost
