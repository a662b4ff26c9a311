"""Binary Word files (Word 97-2003 .doc, presslens.worddoc). tests/data/doc/*.doc were written by LibreOffice 7.4
(`soffice --headless --convert-to "doc:MS Word 97"`) from the .html and .rtf files beside them: a real writer's
File Information Block, piece table, fields, tables, footnotes and headers. The 8-bit pieces Word writes (and
LibreOffice does not) are tested on a piece table built here."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import olefile

from presslens.parsing import parse_text
from presslens.reading import document_content, read_document
from presslens.worddoc import _blocks, _main_text

DATA = Path(__file__).parent / "data" / "doc"


def test_a_word_97_file_gives_its_paragraphs_table_and_field_results():
    doc = read_document(DATA / "pact_table_cyrillic.doc")
    assert doc.problems == [] and doc.encoding == "doc"
    assert doc.text == (
        "Xi and Putin sign an energy pact in Beijing\n\nBy Marta Kowalska\n\n16 May 2024\n\n"
        "Two years into the war in Ukraine, China buys nearly a third of Russia’s exports — and supplies most of its "
        "imported cars.\n\nМосква и Пекин подписали соглашение о сотрудничестве в энергетике, сообщил министр.\n\n"
        "Year | Trade, $bn\n2022 | 190\n2023 | 240\n\nRead the joint statement in full.\n\n"
        "Vladimir Putin insists that the relationship is one of equals.\n")
    art = parse_text(doc.text)
    assert (art.title, art.authors, art.published) == ("Xi and Putin sign an energy pact in Beijing",
                                                       ["Marta Kowalska"], "2024-05-16")


def test_footnotes_headers_and_footers_are_left_out_and_a_fields_result_kept():
    text, _encoding, problems, _hints = document_content((DATA / "footnote_header_field.doc").read_bytes(), ".doc")
    assert problems == []
    assert "Running header" not in text and "Page footer" not in text and "Gazprom statement" not in text
    assert "agreed on the pipeline's price, officials said on Tuesday." in text  # the footnote's mark left out
    assert "Page 1 of the report." in text and "PAGE" not in text  # the field's result, not its code
    assert text.endswith("Page 1 of the report.\n\nAnalysts in Beijing were cautious.\n")  # over the page break


def test_8_bit_and_utf16_pieces_and_the_main_texts_end():
    # WordDocument bytes: an 8-bit piece (code page 1252) at byte 100, a UTF-16 piece at byte 200
    word = bytearray(400)
    word[100:100 + 12] = "Caf\xe9 talks\r".encode("cp1252")
    word[200:200 + 2 * 17] = "Москва, Пекин.\rFN".encode("utf-16-le")
    cps = [0, 11, 26, 28]
    pcds = [(100 * 2) | 0x40000000, 200, 300]
    plc = struct.pack("<4I", *cps) + b"".join(struct.pack("<HIH", 0, fc, 0) for fc in pcds)
    clx = b"\x01" + struct.pack("<h", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    table = bytes(10) + clx
    # (ccpText 26: the main text ends after "Пекин.\r"; the rest would be a footnote's)
    assert _main_text(bytes(word), table, 10, len(clx), 26) == "Café talks\rМосква, Пекин.\r"
    assert _blocks("A \x13 HYPERLINK \"x\" \x14link\x15 b\x0bc\x0cd\x1ee\x01\rcell 1\x07cell 2\x07\x07") == [
        "A link b\nc", "d-e", "cell 1 | cell 2", ""]


def _patched(tmp_path: Path, offset: int, value: int) -> bytes:
    """The test file with one 16-bit field of its FIB changed (the stream keeps its size)."""
    p = tmp_path / "patched.doc"
    shutil.copy(DATA / "pact_table_cyrillic.doc", p)
    with olefile.OleFileIO(str(p), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        struct.pack_into("<H", word, offset, value)
        ole.write_stream("WordDocument", bytes(word))
    return p.read_bytes()


def test_protected_old_damaged_and_other_ole_files_get_their_reason(tmp_path):
    data = (DATA / "pact_table_cyrillic.doc").read_bytes()
    flags = struct.unpack_from("<H", olefile.OleFileIO(data).openstream("WordDocument").read(), 10)[0]
    assert document_content(_patched(tmp_path, 10, flags | 0x0100), ".doc")[2] == [
        "password-protected Word .doc file, not read: save it unprotected as .docx, .rtf or text"]
    assert document_content(_patched(tmp_path, 2, 0x0068), ".doc")[2] == [
        "Word 6/95 .doc file, not read: save it as .docx, .rtf or text"]
    damaged = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    assert document_content(damaged, ".doc")[2][0].startswith("damaged Word .doc file, not read")
    # a Word file under another name is read, and the name noted; an Excel file named .doc is not
    text, enc, problems, _ = document_content(data, ".docx")
    assert problems == ["a Word .doc file named .docx: read as Word .doc"] and "Putin insists" in text
    from olewriter import ole_file

    sheet = ole_file({"Workbook": bytes(700)})
    assert document_content(sheet, ".doc")[2] == ["not a Word document but another OLE compound file (an Excel or "
                                                  "PowerPoint file?), not read: save it as .docx, .rtf or text"]
