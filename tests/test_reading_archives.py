"""Zip archives of articles (Nexis Uni's and Factiva's downloads as separate files, a folder sent zipped): read as
the folder they hold would be, member by member, nothing left unsaid."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

from presslens.corpus import read_corpus
from presslens.reading import archive_documents, iter_documents, read_document, read_documents
from test_formats import docx, para
from test_formats_mail import STORY_EN, mbox, message, three_messages

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parents[1] / "seeds"


def zipped(members: dict[str, bytes], *, encrypted: tuple[str, ...] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name.endswith("/"):
                z.writestr(info, b"")
                continue
            z.writestr(info, content)
    data = bytearray(buf.getvalue())
    for name in encrypted:  # flag a member as encrypted, in its local and central headers
        raw = name.encode()
        for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = 0
            while (at := data.find(sig, at)) >= 0:
                name_at = at + (30 if sig == b"PK\x03\x04" else 46)
                if data[name_at:name_at + len(raw)] == raw:
                    (flags,) = struct.unpack_from("<H", data, at + flag_at)
                    struct.pack_into("<H", data, at + flag_at, flags | 0x1)
                at += 4
    return bytes(data)


def seed(n: int) -> bytes:
    return sorted(SEEDS.glob("*.txt"))[n].read_bytes()


def test_a_zip_archive_is_read_as_the_folder_it_holds(tmp_path):
    m = message(subject="Xi and Putin sign energy pact")
    m.set_content("\n\n".join(STORY_EN))
    inner = zipped({"late/seed4.txt": seed(4)})
    archive = zipped({
        "downloads/": b"",
        "downloads/seed0.txt": seed(0),
        "downloads/Putin_in_Beijing.docx": docx(para("Putin in Beijing") + para(STORY_EN[0]) + para(STORY_EN[1])),
        "nexis_uni.txt": (DATA / "exports" / "nexis_uni.txt").read_bytes(),
        "inbox.mbox": mbox(three_messages()[:2]),
        "note.eml": m.as_bytes(),
        "more.zip": inner,
        "__MACOSX/downloads/._seed0.txt": b"\x00\x05\x16\x07 resource fork",
        "downloads/.DS_Store": b"\x00\x00\x00\x01Bud1",
        "table.csv": b"title,text\nA,B\nC,D\n",
        "links.json": b'[{"name": "a"}]',
        "feeds/rss.xml": (DATA / "feeds" / "rss2.xml").read_bytes(),
        "locked.txt": b"secret",
    }, encrypted=("locked.txt",))
    (tmp_path / "bundle.zip").write_bytes(archive)
    docs = list(iter_documents(tmp_path))
    ids = [d.article_id for d in docs]
    n_items = len([d for d in docs if d.article_id.startswith("bundle/feeds/rss/")])
    assert n_items >= 2
    assert ids == ["bundle/downloads/Putin_in_Beijing", "bundle/downloads/seed0",
                   *[f"bundle/feeds/rss/{i}" for i in range(1, n_items + 1)], "bundle/inbox/1", "bundle/inbox/2",
                   "bundle/links", "bundle/locked", "bundle/more/late/seed4", "bundle/nexis_uni/1", "bundle/nexis_uni/2",
                   "bundle/nexis_uni/3", "bundle/note", "bundle/table-1", "bundle/table-2"]
    by_id = {d.article_id: d for d in docs}
    zip_path = str(tmp_path / "bundle.zip")
    assert by_id["bundle/downloads/seed0"].path == f"{zip_path}#downloads/seed0.txt"
    assert by_id["bundle/downloads/seed0"].text == seed(0).decode("utf-8").lstrip("\ufeff")
    assert by_id["bundle/more/late/seed4"].path == f"{zip_path}#more.zip#late/seed4.txt"
    assert by_id["bundle/downloads/Putin_in_Beijing"].text.startswith("Putin in Beijing\n\n" + STORY_EN[0])
    assert by_id["bundle/downloads/Putin_in_Beijing"].encoding == "docx"
    assert by_id["bundle/inbox/2"].path == f"{zip_path}#inbox.mbox#msg2"
    assert by_id["bundle/note"].encoding.startswith("eml")
    assert by_id["bundle/nexis_uni/2"].path == f"{zip_path}#nexis_uni.txt#doc2"
    # what cannot be read says why, and what was skipped is told once
    assert by_id["bundle/locked"].problems == [
        "encrypted with a password in the zip archive, not read: unzip it with its password"]
    # a table gives its rows, a feed its items, as they would unzipped
    assert [by_id[f"bundle/table-{i}"].text for i in (1, 2)] == ["B", "D"]
    assert by_id["bundle/table-2"].hints["title"] == "C" and by_id["bundle/table-2"].path == f"{zip_path}#table.csv#row2"
    assert by_id["bundle/feeds/rss/1"].path == f"{zip_path}#feeds/rss.xml#item1" and by_id["bundle/feeds/rss/1"].text
    assert by_id["bundle/links"].problems[0].startswith(f"{zip_path}#links.json: no text column found")
    assert by_id["bundle/downloads/Putin_in_Beijing"].problems == [
        "skipped 2 hidden or macOS member(s) of the zip archive"]
    assert by_id["bundle/nexis_uni/1"].problems[0].startswith("cover page (results list) before the first article")
    assert all(not d.problems for d in docs if d.article_id not in
               ("bundle/locked", "bundle/links", "bundle/downloads/Putin_in_Beijing", "bundle/nexis_uni/1")
               and not d.article_id.startswith("bundle/feeds/"))
    # the same articles as the files unzipped
    corpus = read_corpus(tmp_path, progress=False)
    arts = corpus.articles.set_index("article_id")
    assert len(arts) == len(ids)
    assert arts.loc["bundle/nexis_uni/2", "title"] == "Putin arrives in Beijing for state visit"
    assert arts.loc["bundle/inbox/1", "title"] == "Xi and Putin sign energy pact"
    unzipped = tmp_path / "unzipped"
    unzipped.mkdir()
    (unzipped / "seed0.txt").write_bytes(seed(0))
    alone = read_corpus(unzipped, progress=False).articles.iloc[0]
    assert arts.loc["bundle/downloads/seed0", ["title", "published", "source", "n_words"]].tolist() == \
        alone[["title", "published", "source", "n_words"]].tolist()


def test_member_names_written_in_utf8_without_the_flag_are_read_as_written(tmp_path):
    name = "Путин в Пекине.txt"
    data = bytearray(zipped({name: seed(1)}))
    # zipfile flags a non-ASCII name as UTF-8; many tools write UTF-8 names without the flag
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(sig)
        (flags,) = struct.unpack_from("<H", data, at + flag_at)
        struct.pack_into("<H", data, at + flag_at, flags & ~0x800)
    assert zipfile.ZipFile(io.BytesIO(bytes(data))).namelist() != [name]  # (read as code page 437)
    (doc,) = archive_documents(tmp_path / "a.zip", bytes(data), "a")
    assert doc.article_id == "a/Путин в Пекине" and doc.path.endswith("a.zip#Путин в Пекине.txt")


def test_damaged_empty_and_deep_archives_say_so(tmp_path):
    good = zipped({"a.txt": seed(0)})
    (bad,) = archive_documents(tmp_path / "bad.zip", good[:40], "bad")
    assert bad.text == "" and bad.problems[0].startswith("not a readable zip archive (BadZipFile:")
    (empty,) = archive_documents(tmp_path / "e.zip", zipped({}), "e")
    assert empty.problems == ["a zip archive holding no files: nothing to read"]
    (mac,) = archive_documents(tmp_path / "m.zip", zipped({"__MACOSX/._a.txt": b"x"}), "m")
    assert mac.problems == ["a zip archive holding only 1 hidden or macOS member(s): nothing to read"]
    deep = good
    for _ in range(3):
        deep = zipped({"in.zip": deep})
    (doc,) = archive_documents(tmp_path / "d.zip", deep, "d")
    assert doc.article_id == "d/in/in/in" and doc.problems == ["a zip archive inside 3 zip archives, not read: unzip it"]
    (ok,) = archive_documents(tmp_path / "d.zip", zipped({"in.zip": zipped({"in.zip": good})}), "d")
    assert ok.article_id == "d/in/in/a" and ok.text


def test_reading_one_zip_file_gives_its_first_document_and_says_so(tmp_path):
    f = tmp_path / "two.zip"
    f.write_bytes(zipped({"b.txt": seed(1), "a.txt": seed(0)}))
    assert [d.article_id for d in read_documents(f)] == ["two/a", "two/b"]
    one = read_document(f)
    assert one.article_id == "two" and one.text == seed(0).decode("utf-8").lstrip("\ufeff")
    assert one.problems == ["a zip archive of 2 documents: only the first read (read_documents reads them all)"]
    assert [d.article_id for d in iter_documents(f)] == ["two/a", "two/b"]


def test_a_corpus_presslens_saved_inside_the_folder_is_no_article_and_the_report_says_what_was_skipped(tmp_path):
    """`presslens parse --out` inside the corpus folder writes Parquet tables, which are read as tables now: the
    folder is skipped (its sentences are not articles), and hidden files too, both said in the corpus report."""
    from presslens.corpus import read_corpus
    from presslens.reading import folder_notes

    (tmp_path / "seed0.txt").write_bytes(seed(0))
    (tmp_path / ".notes.txt").write_text("my notes")
    read_corpus(tmp_path, progress=False).save(tmp_path / "processed")
    assert (tmp_path / "processed" / "sentences.parquet").exists()
    again = read_corpus(tmp_path, progress=False)
    assert list(again.articles["article_id"]) == ["seed0"]
    assert folder_notes(tmp_path) == ["skipped 1 hidden file(s) or folder(s): .notes.txt",
                                      "skipped processed/: a corpus presslens saved (its tables are not articles)"]
    assert folder_notes(tmp_path / "seed0.txt") == [] and folder_notes(tmp_path / "processed") == []


def test_the_hidden_files_skipped_are_named_by_their_path_inside_the_corpus_not_the_reader_s(tmp_path):
    """The corpus report (which is shared) names what reading skipped by its path inside the corpus folder, the
    first three of them, and how many more: not by the folder's full path on the reader's machine."""
    from presslens.reading import folder_notes

    corpus = tmp_path / "mynews"
    (corpus / "sub" / ".git").mkdir(parents=True)
    for name in ("a.txt", ".DS_Store", "sub/.~lock.b.docx#", "sub/b.txt"):
        (corpus / name).write_text("x")
    assert folder_notes(corpus) == ["skipped 3 hidden file(s) or folder(s): .DS_Store, sub/.git/, sub/.~lock.b.docx#"]
    (corpus / ".z").write_text("x")
    assert folder_notes(corpus) == ["skipped 4 hidden file(s) or folder(s): .DS_Store, .z, sub/.git/ and 1 more"]
    (corpus / ".DS_Store").unlink()
    (corpus / ".z").unlink()
    (corpus / "sub" / ".~lock.b.docx#").unlink()
    (corpus / "sub" / ".git").rmdir()
    assert folder_notes(corpus) == []


def test_a_table_zipped_gives_the_rows_it_gives_unzipped_none_split_as_an_export(tmp_path):
    """A row whose text holds an export's framing line ("End of Document") is one article in a folder's table; zipped,
    it was split into two (the zip's documents went through split_export as if they were files)."""
    table = (b"title,text\nT1,\"First story line one.\nEnd of Document\nSecond story text here.\nEnd of Document\n\"\n"
             )
    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "t.csv").write_bytes(table)
    (folder / "nexis_uni.txt").write_bytes((DATA / "exports" / "nexis_uni.txt").read_bytes())
    unzipped = [(d.article_id, d.text) for d in iter_documents(folder)]
    (tmp_path / "zipped").mkdir()
    (tmp_path / "zipped" / "bundle.zip").write_bytes(
        zipped({"t.csv": table, "nexis_uni.txt": (folder / "nexis_uni.txt").read_bytes()}))
    for source in (tmp_path / "zipped", tmp_path / "zipped" / "bundle.zip"):
        got = [(d.article_id, d.text) for d in iter_documents(source)]
        assert got == [(f"bundle/{aid}", text) for aid, text in unzipped]
    assert [aid for aid, _ in unzipped if aid.startswith("t")] == ["t-1"]
    assert sum(aid.startswith("nexis_uni/") for aid, _ in unzipped) > 1  # the export still split


def test_files_named_alike_but_for_their_suffix_keep_it_in_their_ids(tmp_path):
    """'a.txt' and 'a.docx' in one folder, or in one zip archive, would both be 'a' without their suffixes: the
    analyses (Corpus.select, per-article units) would take them for one article. Each keeps its whole name
    instead; a file named like no other keeps its id without the suffix."""
    story = seed(0)
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_bytes(story)
    (folder / "a.md").write_bytes(seed(1))
    (folder / "b.txt").write_bytes(seed(2))
    (folder / "sub" / "a.txt").write_bytes(seed(3))  # same name in another folder: no clash
    (tmp_path / "zipped.zip").write_bytes(zipped({"a.txt": story, "a.docx": docx(para("A title") + para(STORY_EN[0])),
                                                  "b.txt": seed(2)}))
    ids = sorted(read_corpus(folder).articles["article_id"])
    assert ids == ["a.md", "a.txt", "b", "sub/a"]
    arts = read_corpus(tmp_path / "zipped.zip").articles
    assert sorted(arts["article_id"]) == ["zipped/a.docx", "zipped/a.txt", "zipped/b"]
    assert not any("is also that of" in p for problems in arts["problems"] for p in problems)
    assert [d.article_id for d in iter_documents(folder)] == ["a.md", "a.txt", "b", "sub/a"]


def test_file_ids_keep_the_suffix_only_where_two_names_would_meet():
    from presslens.reading import file_ids

    assert file_ids(["a.txt", "b.txt", "c"]) == ["a", "b", "c"]
    assert file_ids(["a", "a.md", "x/a.txt", "x/a.tar.gz"]) == ["a", "a.md", "x/a", "x/a.tar"]
    assert file_ids(["a.txt", "a.docx", "a.b.txt"]) == ["a.txt", "a.docx", "a.b"]
    # a table's rows are named apart ("a-1", or by its id column): it shares no id with a text file
    assert file_ids(["a.csv", "a.txt", "b.xlsx", "b.md", "b.docx"]) == ["a", "a", "b", "b.md", "b.docx"]


def test_articles_sharing_an_id_still_say_so():
    """An id two articles still share (a file 'a/1.txt' beside an export 'a.txt' split into 'a/1', 'a/2'; two table
    rows with one id): each says which other file has it."""
    import pandas as pd

    from presslens.corpus import note_repeated_ids

    arts = pd.DataFrame({"article_id": ["a/1", "a/2", "a/1", "b"], "path": ["x/a.txt", "x/a.txt", "x/a/1.txt", "x/b.txt"],
                         "problems": [[], [], ["old"], []]})
    out = note_repeated_ids(arts)
    said = [[p for p in problems if "is also that of" in p] for problems in out["problems"]]
    assert [len(s) for s in said] == [1, 0, 1, 0]
    assert said[0][0].startswith("article id 'a/1' is also that of x/a/1.txt")
    assert said[2][0].startswith("article id 'a/1' is also that of x/a.txt") and out["problems"][2][0] == "old"
    unique = arts.iloc[[1, 3]]
    assert note_repeated_ids(unique) is unique and arts["problems"][0] == []  # (the input left as it was)
