"""Probe harness: python probe18/run.py [file ...] (with PYTHONPATH pointing at the lib to test)."""
import json
import sys
from pathlib import Path

from presslens.parsing import parse_text

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import E  # noqa: E402

A = HERE / "articles"
fails = []
checked = 0
only = sys.argv[1:]
for name, exp in E.items():
    if only and name not in only:
        continue
    text = (A / name).read_text(encoding="utf-8")
    art = parse_text(text)
    sents = [art.text[s:e] for _p, s, e in art.sentences]
    body = "\n".join(sents)

    def fail(field, want, got, name=name):
        fails.append((name, field, want, got))
    checked += 1
    if art.title.strip() not in [exp["title"]] + exp.get("title_ok", []):
        fail("title", exp["title"], art.title)
    checked += 1
    if art.published[:10] not in exp.get("published_ok", [exp["published"]]):
        fail("published", exp["published"], art.published)
    if exp["source"] is not None:
        checked += 1
        if art.source.strip().lower() not in [s.lower() for s in exp["source"]]:
            fail("source", exp["source"][0], art.source)
    checked += 1
    if list(art.authors) not in exp.get("authors_ok", [exp["authors"]]):
        fail("authors", exp["authors"], art.authors)
    if "agencies" in exp:
        checked += 1
        miss = [a for a in exp["agencies"] if not any(a.lower() in g.lower() for g in art.agencies)]
        if miss:
            fail("agencies", exp["agencies"], art.agencies)
    if "section" in exp:
        checked += 1
        if art.section != exp["section"]:
            fail("section", exp["section"], art.section)
    checked += 1
    if not sents or not sents[0].startswith(exp["first"]):
        fail("first sentence", exp["first"], sents[0][:80] if sents else "")
    for s in exp.get("subheadings", []):
        checked += 1
        if not any(s in x for x in art.subheadings):
            fail("subheading", s, art.subheadings)
    for s in exp["body_out"]:
        checked += 1
        if s in body:
            i = body.index(s)
            fail("body has junk", s, "..." + body[max(0, i - 60):i + 80].replace("\n", " ⏎ ") + "...")
    for s in exp["body_in"]:
        checked += 1
        if s not in body:
            fail("body missing", s, "")
    if only:
        print(name, dict(title=art.title, pub=art.published, mod=art.modified, src=art.source, au=art.authors,
                         ag=art.agencies, sec=art.section, lede=art.lede[:80], caps=art.captions,
                         subs=art.subheadings, prob=art.problems))
        for sg in art.segments:
            if sg.kind != "blank":
                print("  ", sg.kind, repr(art.text[sg.start:sg.end][:100]))
for f in fails:
    print(json.dumps(f, ensure_ascii=False))
print("checked", checked, "wrong", len(fails))
