"""Outlook messages saved as .msg files (presslens.msgtext): header lines, which body is read (plain, HTML, RTF),
code pages, attachments and attached messages, and what is no Outlook message. The files are built by
tests/olewriter.py as Outlook lays them out."""

from __future__ import annotations

import datetime as dt

from olewriter import message_streams, ole_file, rtf_compressed
from presslens.corpus import read_corpus
from presslens.msgtext import rtf_decompress
from presslens.parsing import parse_text
from presslens.reading import document_content, read_document

UTC = dt.UTC
STORY = ("Two years into the war in Ukraine, China buys nearly a third of Russia's exports and supplies most of its "
         "imported cars, machinery and electronics.\r\n\r\nVladimir Putin insists that the relationship is one of "
         "equals. Yet in areas that matter most to Moscow, Beijing sets the terms.\r\n")
STORY_RU = ("Москва и Пекин подписали соглашение о сотрудничестве в энергетике, сообщил министр энергетики России "
            "после переговоров в китайской столице.\r\n")


def msg(**kw) -> bytes:
    kw.setdefault("subject", "Xi and Putin sign an energy pact in Beijing")
    kw.setdefault("sender", "Marta Kowalska")
    kw.setdefault("address", "marta.k@example.org")
    kw.setdefault("when", dt.datetime(2024, 5, 16, 10, 15, tzinfo=UTC))
    return ole_file(message_streams(**kw))


def test_an_outlook_message_gives_its_header_lines_and_plain_body(tmp_path):
    (tmp_path / "pact.msg").write_bytes(msg(body=STORY, attachments=("chart.png", "statement.pdf")))
    doc = read_document(tmp_path / "pact.msg")
    assert doc.text.startswith("From: Marta Kowalska <marta.k@example.org>\nDate: Thu, 16 May 2024 10:15:00 +0000\n"
                               "Subject: Xi and Putin sign an energy pact in Beijing\n\nTwo years into the war")
    assert "\r" not in doc.text and "Beijing sets the terms." in doc.text
    assert doc.encoding == "msg" and doc.problems == ["2 attachment(s) not read: chart.png, statement.pdf"]
    art = parse_text(doc.text)
    assert (art.title, art.published[:10]) == ("Xi and Putin sign an energy pact in Beijing", "2024-05-16")
    corpus = read_corpus(tmp_path, progress=False)
    assert corpus.articles.loc[0, "title"] == "Xi and Putin sign an energy pact in Beijing"


def test_a_long_body_and_8_bit_strings_in_the_messages_code_page():
    long = STORY * 40  # over 4,096 bytes: in sectors of its own, not in the mini stream
    text = document_content(msg(body=long), ".msg")[0]
    assert text.count("Beijing sets the terms.") == 40
    data = msg(subject="Пекин и Москва подписали соглашение", sender="Коммерсантъ", address="news@kommersant.ru",
               body=STORY_RU, string8="cp1251", codepage=1251)
    text, enc, problems, _ = document_content(data, ".msg")
    assert "Subject: Пекин и Москва подписали соглашение" in text and STORY_RU.strip() in text
    assert "From: Коммерсантъ <news@kommersant.ru>" in text and problems == []


def test_the_html_body_when_the_plain_one_is_missing_or_a_stub():
    page = ("<html><head><meta charset=\"utf-8\"></head><body><h1>Пекин и Москва</h1><p>"
            + STORY.replace("\r\n\r\n", "</p><p>") + "</p></body></html>").encode("utf-8")
    text = document_content(msg(html=page), ".msg")[0]
    assert "<h1>Пекин и Москва</h1>" in text and "Beijing sets the terms." in text
    stub = "View this e-mail in your browser: https://example.org/v/123\r\n"
    text = document_content(msg(body=stub, html=page), ".msg")[0]
    assert "<h1>" in text and "View this e-mail" not in text
    # a plain body as long as the HTML one is kept
    text = document_content(msg(body=STORY, html=page), ".msg")[0]
    assert "<h1>" not in text and "Beijing sets the terms." in text
    # no charset declared: the message's code page
    text = document_content(msg(html="<p>Москва и Пекин</p>".encode("cp1251"), codepage=1251), ".msg")[0]
    assert "<p>Москва и Пекин</p>" in text


def test_the_rtf_body_decompressed_when_there_is_no_other():
    rtf = (b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 Two years into the war in Ukraine, "
           b"China buys nearly a third of Russia's exports.\\par\\par Vladimir Putin insists that the relationship "
           b"is one of equals. Vladimir Putin insists.\\par}")
    for compressed in (rtf_compressed(rtf), rtf_compressed(rtf, stored=True)):
        assert rtf_decompress(compressed) == rtf
        text, _, problems, _ = document_content(msg(rtf=compressed), ".msg")
        assert "China buys nearly a third of Russia's exports." in text and "\\par" not in text
        assert "Vladimir Putin insists that the relationship is one of equals." in text
    assert len(rtf_compressed(rtf)) < len(rtf) + 16  # the references were used
    text, _, problems, _ = document_content(msg(body="", rtf=b"\x00" * 20), ".msg")
    assert problems[0].startswith("the message's RTF body is damaged")


def test_a_message_forwarded_as_attachment_follows_under_its_own_header_lines():
    inner = message_streams(subject="Russia, China agree on Power of Siberia 2 price", sender="Reuters",
                            address="alerts@reuters.com", when=dt.datetime(2024, 5, 15, 8, 0, tzinfo=UTC),
                            body=STORY, header=24)
    text, _, problems, _ = document_content(msg(body="FYI, see below.\r\n", embedded=inner), ".msg")
    head, _, rest = text.partition("---------- Forwarded message ---------\n")
    assert "FYI, see below." in head and "Beijing sets the terms." not in head
    assert rest.startswith("From: Reuters <alerts@reuters.com>\nDate: Wed, 15 May 2024 08:00:00 +0000\n"
                           "Subject: Russia, China agree on Power of Siberia 2 price\n\nTwo years into the war")
    assert problems == []


def test_what_is_no_readable_outlook_message_gets_its_reason(tmp_path):
    encrypted = ole_file(message_streams(subject="secret", kind="IPM.Note.SMIME", attachments=("smime.p7m",)))
    assert document_content(encrypted, ".msg")[2] == ["encrypted Outlook message (S/MIME), not read"]
    sheet = ole_file({"Workbook": bytes(700)})
    assert document_content(sheet, ".msg")[2] == ["an OLE compound file but no Outlook message, not read: save the "
                                                  "message as .eml or text"]
    damaged = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    assert document_content(damaged, ".msg")[2][0].startswith("damaged Outlook message (.msg), not read")
    empty = msg(body="")
    text, _, problems, _ = document_content(empty, ".msg")
    assert text.startswith("From: Marta Kowalska") and problems == ["no text in the message's body"]
    # an Outlook message under another name is read, and the name noted
    (tmp_path / "saved.eml").write_bytes(msg(body=STORY))
    doc = read_document(tmp_path / "saved.eml")
    assert doc.problems == ["an Outlook message (.msg) named .eml: read as Outlook message"]
    assert "Beijing sets the terms." in doc.text
    (tmp_path / "plain.msg").write_text(STORY, encoding="utf-8")
    assert read_document(tmp_path / "plain.msg").problems == ["not an Outlook message (.msg) file (no OLE signature): "
                                                              "read as text"]
