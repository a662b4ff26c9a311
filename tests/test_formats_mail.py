"""Saved e-mails (.eml), web-page archives (.mhtml/.mht), OpenDocument text (.odt) and e-books (.epub): their text
(presslens.mailtext, presslens.formats), how reading.py recognises them, and what the parser makes of them. The
files are built here: e-mails with email.message.EmailMessage (as mail clients write them), MHTML as Chrome
writes it, ODT and EPUB with zipfile."""

from __future__ import annotations

import base64
import io
import quopri
import random
import zipfile
from email import policy
from email.message import EmailMessage

import pytest

from presslens.corpus import read_corpus
from presslens.formats import epub_text, odt_text, zip_kind
from presslens.mailtext import mbox_messages, mime_kind, mime_text
from presslens.parsing import parse_text
from presslens.reading import decode_bytes, document_content, iter_documents, read_document

STORY_EN = ("Two years into the war in Ukraine, China buys nearly a third of Russia's exports and supplies most of "
            "its imported cars, machinery and electronics.",
            "Vladimir Putin insists that the relationship is one of equals. Yet in areas that matter most to "
            "Moscow, Beijing sets the terms.",
            "Xi Jinping, for his part, has little interest in an alliance that could expose Chinese firms to "
            "Western sanctions.")
STORY_RU = ("Москва и Пекин подписали соглашение о сотрудничестве в энергетике, сообщил министр энергетики "
            "России после переговоров в китайской столице.",
            "По его словам, поставки газа по новому маршруту начнутся не раньше 2030 года, а цена ещё обсуждается.")


def eml(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=policy.SMTP)  # CRLF line ends, as a mail client saves them


def message(subject: str = "Why Russia Cannot Afford to Be China's Junior Partner",
            sender: str = "Carnegie Politika <politika@carnegieendowment.org>",
            date: str = "Wed, 12 Jun 2024 09:02:00 -0400") -> EmailMessage:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "marta.k@example.org"
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<20240612090200.1234@carnegieendowment.org>"
    return m


def html_page(title: str, paragraphs, *, head: str = "") -> str:
    ps = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{head}"
            "<style>p { margin: 0 }</style></head>\n"
            f"<body><div class=\"nav\"><a href=\"/\">Home</a></div><article><h1>{title}</h1>\n{ps}</article>"
            "</body></html>\n")


# --- e-mails -------------------------------------------------------------------------------------------

def test_quoted_printable_koi8r_plain_part_is_read_with_its_header_lines():
    m = message(subject="Пекин и Москва подписали соглашение", sender="Коммерсантъ <news@kommersant.ru>",
                date="Thu, 16 May 2024 10:15:00 +0300")
    m.set_content("\n\n".join(STORY_RU) + "\n", charset="koi8-r", cte="quoted-printable")
    data = eml(m)
    assert b"=?utf-8?b?" in data and b"quoted-printable" in data  # encoded words, QP body
    text, enc, problems, hints = document_content(data, ".eml")
    assert text == ("From: Коммерсантъ <news@kommersant.ru>\nDate: Thu, 16 May 2024 10:15:00 +0300\n"
                    "Subject: Пекин и Москва подписали соглашение\n\n" + "\n\n".join(STORY_RU) + "\n")
    assert enc == "eml (koi8-r)"
    assert problems == [] and hints == {}
    art = parse_text(text)
    assert art.title == "Пекин и Москва подписали соглашение"
    assert art.published.startswith("2024-05-16")
    assert art.source == "Коммерсантъ"
    assert art.body().startswith(STORY_RU[0])


def test_multipart_alternative_prefers_plain_and_ignores_attachments():
    m = message()
    m.set_content("\n\n".join(STORY_EN) + "\n", charset="windows-1251", cte="base64")
    m.add_alternative(html_page("Newsletter", STORY_EN), subtype="html", cte="base64")
    m.add_attachment(b"%PDF-1.4\n...", maintype="application", subtype="pdf", filename="report.pdf")
    m.add_attachment(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", filename="chart.png")
    text, enc, problems, _ = document_content(eml(m), ".eml")
    assert "<p>" not in text and "%PDF" not in text and "PNG" not in text
    assert text.count(STORY_EN[1]) == 1
    assert enc == "eml (windows-1251)"
    assert problems == ["2 attachment(s) not read: report.pdf, chart.png"]


def test_windows_1251_and_koi8r_bodies_with_and_without_a_declared_charset():
    for charset in ("windows-1251", "koi8-r"):
        m = message(subject="Газ")
        m.set_content("\n\n".join(STORY_RU), charset=charset, cte="8bit")
        text, enc, problems, _ = document_content(eml(m), ".eml")
        assert STORY_RU[1] in text and enc == f"eml ({charset})" and problems == []
    raw = (b"From: news@example.ru\r\nSubject: test\r\nDate: Thu, 16 May 2024 10:15:00 +0300\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + STORY_RU[0].encode("cp1251"))
    text, enc, problems, _ = document_content(raw, ".eml")  # no charset: detected as a text file's would be
    assert STORY_RU[0] in text and enc == "eml (cp1251)"
    assert problems == ["text/plain part: not UTF-8: decoded as cp1251 (detected Cyrillic)"]
    wrong = raw.replace(b"Content-Type: text/plain", b"Content-Type: text/plain; charset=us-ascii")
    text, _, problems, _ = document_content(wrong, ".eml")
    assert STORY_RU[0] in text
    assert problems[0] == "text/plain part not valid us-ascii: decoded as cp1251"
    unknown = raw.replace(b"Content-Type: text/plain", b"Content-Type: text/plain; charset=x-unknown-8")
    text, _, problems, _ = document_content(unknown, ".eml")
    assert STORY_RU[0] in text and problems[0] == "text/plain part unknown charset 'x-unknown-8': decoded as cp1251"


def test_encoded_word_headers_b_and_q_are_decoded_and_unfolded():
    raw = ("From: =?utf-8?B?0KDQkdCa?= <news@rbc.ru>\r\n"
           "Subject: =?utf-8?Q?=D0=9F=D0=B5=D0=BA=D0=B8=D0=BD_=D0=B8?=\r\n =?utf-8?B?INCc0L7RgdC60LLQsA==?=\r\n"
           "Date: Thu, 16 May 2024 10:15:00 +0300\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" + STORY_RU[0] + "\r\n").encode("utf-8")
    text, _, _, _ = document_content(raw, ".eml")
    assert text.startswith("From: РБК <news@rbc.ru>\nDate: Thu, 16 May 2024 10:15:00 +0300\nSubject: Пекин и Москва\n\n")


def test_html_only_email_gives_its_html_to_the_parser():
    m = message()
    m.set_content(html_page("Why Russia Cannot Afford to Be China's Junior Partner", STORY_EN), subtype="html",
                  cte="quoted-printable")
    text, enc, problems, _ = document_content(eml(m), ".eml")
    assert text.startswith("From: Carnegie Politika")
    assert "<article>" in text and enc == "eml (utf-8)" and problems == []
    art = parse_text(text)
    assert art.title == "Why Russia Cannot Afford to Be China's Junior Partner"
    assert art.published.startswith("2024-06-12")
    body = art.body()
    assert all(p in body for p in STORY_EN)
    assert "<" not in "".join(art.analysis(s, e) for _, s, e in art.sentences)


def test_stub_plain_part_gives_way_to_the_html_part():
    m = message()
    m.set_content("View this email in your browser: https://example.org/v/123\n")
    m.add_alternative(html_page("Carnegie Politika", STORY_EN), subtype="html")
    text, _, problems, _ = document_content(eml(m), ".eml")
    assert "View this email" not in text and STORY_EN[2] in text
    assert problems and problems[0].startswith("the e-mail's plain text is a stub (")


def test_forwarded_article_in_the_body_keeps_the_forwarders_note_out_of_the_story():
    inner = ("Hi all -- useful piece for Thursday's discussion. See below.\n\nBest,\nMarta\n\n"
             "---------- Forwarded message ---------\n"
             "From: Carnegie Politika <politika@carnegieendowment.org>\nDate: Wed, Jun 12, 2024 at 9:02 AM\n"
             "Subject: Why Russia Cannot Afford to Be China's Junior Partner\nTo: <marta.k@example.org>\n\n\n"
             "By Alexander Gabuev\nJune 11, 2024\n\n" + "\n\n".join(STORY_EN) + "\n")
    m = message(subject="Fwd: Why Russia Cannot Afford to Be China's Junior Partner",
                sender="Marta K <marta.k@example.org>", date="Wed, 12 Jun 2024 17:40:00 +0200")
    m.set_content(inner, cte="quoted-printable")
    text, _, problems, _ = document_content(eml(m), ".eml")
    assert problems == []
    art = parse_text(text)
    assert art.title == "Why Russia Cannot Afford to Be China's Junior Partner"
    assert art.source == "Carnegie Politika"
    assert art.published.startswith("2024-06-1")
    body = art.body()
    assert "Hi all" not in body and "Marta" not in body and "Forwarded" not in body
    assert all(p in body for p in STORY_EN)


def test_message_forwarded_as_an_attachment_follows_the_note():
    outer = message(subject="FW: article", sender="Marta K <marta.k@example.org>")
    outer.set_content("See the attached article.\n")
    inner = message(subject="Russia and China sign gas deal", sender="Reuters <newsletters@reuters.com>",
                    date="Thu, 16 May 2024 08:00:00 +0000")
    inner.set_content("\n\n".join(STORY_EN) + "\n")
    outer.add_attachment(inner)  # message/rfc822
    text, _, problems, _ = document_content(eml(outer), ".eml")
    assert problems == []
    assert ("See the attached article.\n\n---------- Forwarded message ---------\nFrom: Reuters "
            "<newsletters@reuters.com>\nDate: Thu, 16 May 2024 08:00:00 +0000\nSubject: Russia and China sign gas deal"
            "\n\n" + STORY_EN[0]) in text
    art = parse_text(text)
    assert art.title == "Russia and China sign gas deal"
    assert "See the attached" not in art.body() and STORY_EN[1] in art.body()


def test_format_flowed_lines_are_joined():
    raw = (b"From: a@example.org\r\nSubject: Flowed\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
           b"Two years into the war in Ukraine, China buys nearly \r\na third of Russia's exports.\r\n\r\n"
           b"-- \r\nMarta\r\n")
    text, _, _, _ = document_content(raw, ".eml")
    assert "China buys nearly a third of Russia's exports.\n\n-- \nMarta" in text


def test_encrypted_empty_and_outlook_msg_files_get_a_reason():
    raw = (b"From: a@example.org\r\nSubject: secret\r\nMIME-Version: 1.0\r\nContent-Type: application/pkcs7-mime; "
           b"smime-type=enveloped-data; name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3\r\n")
    assert document_content(raw, ".eml")[2] == ["encrypted e-mail (S/MIME or PGP), not read"]
    assert document_content(b"", ".eml")[2] == ["empty file"]
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    assert document_content(ole, ".eml")[2] == ["not an e-mail (.eml) but an OLE compound file, not read: save the "
                                               "message as .eml or text"]
    headers_only = b"From: a@example.org\r\nSubject: Nothing here\r\nMIME-Version: 1.0\r\n\r\n"
    text, _, problems, _ = document_content(headers_only, ".eml")
    assert text.startswith("From: a@example.org") and problems == ["no text in the e-mail's body"]


def test_eml_without_header_lines_is_read_as_text_and_says_so():
    pasted = ("Hi all -- see below.\n\n---------- Forwarded message ---------\nFrom: X <x@example.org>\n\n"
              + STORY_EN[0] + "\n").encode("utf-8")
    text, enc, problems, _ = document_content(pasted, ".eml")
    assert text == pasted.decode("utf-8") and enc == "utf-8"
    assert problems == ["not an e-mail (.eml) file (no e-mail header lines): read as text"]


# --- recognising MIME by content ------------------------------------------------------------------------

PLAIN_FROM = ("From: Foreign Policy <newsletters@foreignpolicy.com>\nDate: Tuesday, May 21, 2024\n"
              "Subject: China's Bet on Russia\nMIME-Version of the talks: a second draft\n\n" + STORY_EN[0] + "\n")


@pytest.mark.parametrize("text", [
    PLAIN_FROM,
    "From: Foreign Policy <newsletters@foreignpolicy.com>\nSubject: China's Bet\n\n" + STORY_EN[0],
    "From: the editors\nContent-Type: notes\n" + STORY_EN[0] + "\n",  # no blank line ending a header block
    "Title: Xi meets Putin\nMIME-Version: 1.0\nContent-Type: text/plain\n",  # no blank line at all
    "\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" + STORY_EN[0],  # not from the first line
])
def test_a_text_file_starting_with_header_like_lines_stays_text(tmp_path, text):
    p = tmp_path / "article.txt"
    p.write_text(text, encoding="utf-8", newline="")
    doc = read_document(p)
    assert (doc.text, doc.encoding, doc.problems, doc.hints) == (text, "utf-8", [], {})
    assert mime_kind(text.encode(), ".txt") == ""


def test_a_raw_email_saved_as_txt_is_read_as_email(tmp_path):
    m = message()
    m.set_content("\n\n".join(STORY_EN), cte="quoted-printable")
    (tmp_path / "saved.txt").write_bytes(eml(m))
    (tmp_path / "noext").write_bytes(eml(m))
    for name in ("saved.txt", "noext"):
        doc = read_document(tmp_path / name)
        assert doc.text.startswith("From: Carnegie Politika") and STORY_EN[2] in doc.text
        assert doc.problems[0].startswith("an e-mail (MIME message) named ")
    assert mime_kind(eml(m), ".eml") == "mail"
    mbox = b"From politika@carnegieendowment.org Wed Jun 12 09:02:00 2024\n" + eml(m)
    assert mime_kind(mbox, ".txt") == "mail" and mime_kind(b"\xef\xbb\xbf" + eml(m), ".txt") == "mail"
    assert mime_kind(b"\r\n" + eml(m), ".txt") == ""  # strict: the first line
    blank_first = b"\xef\xbb\xbf\r\n\r\n" + eml(m)
    assert mime_kind(blank_first, ".eml") == "mail"
    assert document_content(blank_first, ".eml")[0] == read_document(tmp_path / "saved.txt").text
    page = mhtml(html_page("Xi and Putin hold talks in Beijing", STORY_EN))
    assert mime_kind(b"\n\n" + page, ".mhtml") == "web" == mime_kind(page, ".eml") == mime_kind(page, ".txt")


# --- MHTML ---------------------------------------------------------------------------------------------

def mhtml(page: str, url: str = "https://www.scmp.com/news/china/diplomacy/article/3262711/xi-putin-talks", *,
          closed: bool = True, ie: bool = False, charset: str = "utf-8") -> bytes:
    """A page archive as Chrome's "Save as... Webpage, single file" writes it (or IE's .mht: no snapshot
    field, the page's address on its part)."""
    b = "----MultipartBoundary--8ZQ3aKpWXhCvXGyZ0r1ViEPcKhhcNLRGtJXOYIHdUe----"
    qp = quopri.encodestring(page.encode(charset)).decode("ascii").replace("\n", "\r\n")
    png = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(300)).decode("ascii").replace("\n", "\r\n")
    head = ("From: <Saved by Windows Internet Explorer 8>\r\n" if ie else
            f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\n")
    parts = [
        head + "Subject: =?utf-8?Q?Xi_and_Putin_hold_talks_in_Beijing?=\r\nDate: Fri, 17 May 2024 09:14:33 +0800\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{b}\"\r\n\r\n\r\n",
        f"--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n{qp}\r\n\r\n",
        f"--{b}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: https://cdn.scmp.com/img/photo.png\r\n\r\n{png}\r\n",
        f"--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-2@mhtml.blink>\r\nContent-Transfer-Encoding: "
        "quoted-printable\r\nContent-Location: cid:frame-2@mhtml.blink\r\n\r\n<html><body>Advertisement</body>"
        "</html>\r\n\r\n",
        f"--{b}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: cid:css-1@mhtml.blink\r\n\r\nbody { color: red; }\r\n\r\n",
    ]
    if ie:
        parts[0] = parts[0].replace('\r\n\ttype="text/html";', "")
    return ("".join(parts) + (f"--{b}--\r\n" if closed else "")).encode("ascii")


SCMP_HEAD = ('<meta property="og:site_name" content="South China Morning Post">'
             '<meta property="article:published_time" content="2024-05-16T18:30:00+08:00">')


def test_mhtml_page_is_read_from_its_snapshot_part_with_its_url():
    page = html_page("Xi and Putin hold talks in Beijing — ‘a new era’", STORY_EN, head=SCMP_HEAD)
    data = mhtml(page)
    assert mime_kind(data, ".mhtml") == "web"
    text, enc, problems, hints = document_content(data, ".mhtml")
    assert text.rstrip("\n") == page.rstrip("\n")  # the HTML part as saved (CRLF as LF)
    assert enc == "mhtml (utf-8)" and problems == []
    assert hints == {"url": "https://www.scmp.com/news/china/diplomacy/article/3262711/xi-putin-talks"}
    assert "Advertisement" not in text and "PNG" not in text and "color: red" not in text
    art = parse_text(text, hints=hints)
    assert art.title == "Xi and Putin hold talks in Beijing — ‘a new era’"
    assert art.published.startswith("2024-05-16")
    assert all(p in art.body() for p in STORY_EN)


def test_ie_mht_and_a_page_archive_cut_short():
    page = html_page("Xi and Putin hold talks in Beijing", STORY_EN)
    text, _, problems, hints = document_content(mhtml(page, ie=True), ".mht")
    assert STORY_EN[0] in text and problems == []
    assert hints["url"].startswith("https://www.scmp.com/")  # the page part's Content-Location
    cut = mhtml(page, closed=False)
    cut = cut[:cut.index(b"Content-Type: image/png") + 200]
    text, _, problems, _ = document_content(cut, ".mhtml")
    assert STORY_EN[2] in text
    assert problems and problems[0].startswith("damaged MIME message (")
    assert b"Advertisement" in mhtml(page)  # (the frame's page, left out)


def test_mhtml_page_in_windows_1251_named_by_its_meta_tag():
    page = html_page("Пекин и Москва подписали соглашение", STORY_RU).replace('charset="utf-8"',
                                                                              'charset="windows-1251"')
    text, enc, problems, hints = document_content(mhtml(page, "https://www.kommersant.ru/doc/6700000",
                                                        charset="cp1251"), ".mhtml")
    assert text.rstrip("\n") == page.rstrip("\n") and enc == "mhtml (windows-1251)" and problems == []
    art = parse_text(text, hints=hints)
    assert art.title == "Пекин и Москва подписали соглашение" and art.source == "Коммерсантъ"  # the known outlet of the page's site
    assert art.body() == "\n\n".join(STORY_RU)


def test_mhtml_without_a_page_and_under_another_name():
    only_css = mhtml("x").replace(b"Content-Type: text/html", b"Content-Type: text/css")
    assert document_content(only_css, ".mhtml")[2][0] == "no HTML page in the web archive (MHTML)"
    page = html_page("Xi and Putin hold talks in Beijing", STORY_EN)
    text, _, problems, hints = document_content(mhtml(page), ".html")
    assert STORY_EN[0] in text and hints["url"].startswith("https://")
    assert problems == ["a web-page archive (MHTML) named .html: read as MHTML"]


def test_the_corpus_takes_the_url_of_a_page_archive_and_names_its_site(tmp_path):
    (tmp_path / "page.mhtml").write_bytes(mhtml(html_page("Xi and Putin hold talks in Beijing", STORY_EN)))
    row = read_corpus(tmp_path).articles.iloc[0]
    assert row["url"] == "https://www.scmp.com/news/china/diplomacy/article/3262711/xi-putin-talks"
    assert row["source"] == "South China Morning Post"  # nothing on the page names the outlet: its site's


# --- ODT -----------------------------------------------------------------------------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def odt(body: str, *, manifest_extra: str = "", mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               '<office:font-face-decls/><office:automatic-styles><style:style xmlns:style="urn:oasis:names:tc:'
               'opendocument:xmlns:style:1.0" style:name="P1"/></office:automatic-styles>'
               f'<office:body><office:text><text:sequence-decls><text:sequence-decl text:name="Figure"/>'
               f'</text:sequence-decls>{body}</office:text></office:body></office:document-content>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first, stored, as ODF requires
        z.writestr("content.xml", content.encode("utf-8"))
        z.writestr("styles.xml", f'<office:document-styles {ODF_NS}><office:master-styles><text:p>PAGE HEADER'
                                 '</text:p></office:master-styles></office:document-styles>')
        z.writestr("META-INF/manifest.xml",
                   '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                   f'<manifest:file-entry manifest:full-path="content.xml">{manifest_extra}</manifest:file-entry>'
                   '</manifest:manifest>')
    return buf.getvalue()


ODT_BODY = (
    '<text:h text:outline-level="1">Putin and Xi <text:span text:style-name="T1">meet</text:span> in Beijing</text:h>'
    '<text:p text:style-name="Standard">Russia\u2019s pivot   to\n Asia has hit a wall, analysts say.</text:p>'
    '<text:p>By <text:a xlink:href="https://example.org" xmlns:xlink="http://www.w3.org/1999/xlink">Reid Standish'
    '</text:a><text:line-break/>May 17, 2024</text:p>'
    '<text:p>Two years into the war in Ukraine,<text:s/> China buys nearly a third of Russia\u2019s exports'
    '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
    '<text:p>Customs data for 2023.</text:p></text:note-body></text:note>, and supplies most of its cars.</text:p>'
    '<text:p><office:annotation><dc:creator>Editor</dc:creator><text:p>check this figure</text:p></office:annotation>'
    'The yuan\t<text:tab/>is now the main foreign currency on the Moscow Exchange.</text:p>'
    '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><text:p>Deleted sentence.</text:p>'
    '</text:deletion></text:changed-region></text:tracked-changes>'
    '<text:list text:style-name="L1"><text:list-item><text:number>1.</text:number><text:p>Energy deals signed.</text:p>'
    '</text:list-item><text:list-item><text:p>Payments in yuan.</text:p><text:list><text:list-item><text:p>Nested '
    'item.</text:p></text:list-item></text:list></text:list-item></text:list>'
    '<table:table table:name="T"><table:table-column/><table:table-row><table:table-cell><text:p>Year</text:p>'
    '</table:table-cell><table:table-cell table:number-columns-spanned="1"><text:p>Trade, $bn</text:p>'
    '</table:table-cell><table:covered-table-cell/></table:table-row><table:table-row><table:table-cell><text:p>'
    '2023</text:p></table:table-cell><table:table-cell><text:p>240</text:p></table:table-cell></table:table-row>'
    '</table:table>'
    '<text:p><draw:frame><svg:title>Photo title</svg:title><draw:text-box><text:p>Boxed note.</text:p>'
    '</draw:text-box></draw:frame>Xi Jinping gave Putin ceremony but no new financing.</text:p>'
    '<text:p/><text:p>   </text:p>'
)


def test_odt_headings_paragraphs_lists_tables_and_what_is_left_out():
    text, problems = odt_text(odt(ODT_BODY))
    assert problems == []
    assert text == (
        "Putin and Xi meet in Beijing\n\nRussia\u2019s pivot to Asia has hit a wall, analysts say.\n\nBy Reid Standish\nMay 17, 2024\n\n"
        "Two years into the war in Ukraine,  China buys nearly a third of Russia\u2019s exports, and supplies most "
        "of its cars.\n\nThe yuan \tis now the main foreign currency on the Moscow Exchange.\n\n"
        "Energy deals signed.\n\nPayments in yuan.\n\nNested item.\n\nYear | Trade, $bn\n2023 | 240\n\n"
        "Boxed note.\n\nXi Jinping gave Putin ceremony but no new financing.\n")
    for gone in ("Customs data", "check this", "Deleted", "1.", "PAGE HEADER", "Photo title", "Figure"):
        assert gone not in text


def test_odt_read_by_its_content_and_parsed_like_a_text_copy(tmp_path):
    (tmp_path / "a.odt").write_bytes(odt(ODT_BODY))
    (tmp_path / "b.docx").write_bytes(odt(ODT_BODY))  # an ODT named .docx
    (tmp_path / "c.ott").write_bytes(odt(ODT_BODY, mimetype="application/vnd.oasis.opendocument.text-template"))
    a = read_document(tmp_path / "a.odt")
    assert a.encoding == "odt" and a.problems == [] and a.text.startswith("Putin and Xi meet")
    b = read_document(tmp_path / "b.docx")
    assert b.text == a.text and b.problems == ["an ODT file named .docx: read as ODT"]
    assert read_document(tmp_path / "c.ott").text == a.text  # a template
    art = parse_text(a.text)
    assert art.title == "Putin and Xi meet in Beijing"
    assert art.published == "2024-05-17" and art.authors == ["Reid Standish"]


def test_odt_damaged_protected_and_other_opendocument_files():
    assert odt_text(odt(ODT_BODY, manifest_extra="<manifest:encryption-data/>"))[1][0].startswith(
        "ODT document protected by a password")
    good = odt(ODT_BODY)
    text, _, problems, _ = document_content(good[: len(good) // 2], ".odt")
    assert text == "" and problems[0].startswith("not a readable ODT file: not a valid zip archive (damaged or cut short?)")
    sheet = odt("", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    assert document_content(sheet, ".odt")[2] == ["an OpenDocument spreadsheet file, not a text document: not read"]
    bad_xml = odt("<text:p>Before the damage.</text:p><text:p>unclosed")
    text, problems = odt_text(bad_xml)
    assert text == "Before the damage.\n\nunclosed\n" and "content.xml is not well-formed XML" in problems[0]
    assert document_content(b"", ".odt")[2] == ["empty file"]
    assert zip_kind(good) == "odt" and zip_kind(good[:200]) == "odt" and zip_kind(b"PK\x03\x04junk") == ""


# --- EPUB ----------------------------------------------------------------------------------------------

def epub(chapters: dict[str, str], spine: list[str], *, encrypted: list[str] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:'
                   'container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/'
                   'oebps-package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="{n}" href="Text/{n}.xhtml" media-type="application/xhtml+xml"'
                        f'{" properties=&quot;nav&quot;" if n == "nav" else ""}/>' for n in chapters)
        items = items.replace("&quot;", '"')
        refs = "".join(f'<itemref idref="{n}"/>' for n in spine)
        z.writestr("OEBPS/content.opf",
                   '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
                   '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Digest</dc:title></metadata>'
                   f'<manifest>{items}</manifest><spine>{refs}</spine></package>')
        for n, body in chapters.items():
            z.writestr(f"OEBPS/Text/{n}.xhtml",
                       '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
                       'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Chapter</title><style>p{}</style>'
                       f'</head><body>{body}</body></html>')
        if encrypted:
            refs = "".join(f'<enc:EncryptedData><enc:CipherData><enc:CipherReference URI="{u}"/></enc:CipherData>'
                           "</enc:EncryptedData>" for u in encrypted)
            z.writestr("META-INF/encryption.xml",
                       '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                       f'xmlns:enc="http://www.w3.org/2001/04/xmlenc#">{refs}</encryption>')
    return buf.getvalue()


EPUB_CHAPTERS = {
    "nav": "<nav epub:type=\"toc\"><ol><li>Contents entry</li></ol></nav>",
    "ch2": "<h2>Second story</h2><p>Beijing&nbsp;sets the terms.</p>",
    "ch1": ("<section><h1>Xi meets Putin</h1><div>Loose text<p>First   paragraph\n of the <em>story</em>.</p>"
            "<p>Second<br/>line.</p></div><blockquote><p>A quote.</p></blockquote><ul><li>One</li><li>Two</li></ul>"
            "<table><tr><th>Year</th><td>2023</td></tr></table><pre>  kept   as is</pre>"
            "<aside epub:type=\"footnote\"><p>A footnote.</p></aside><script>var x = 1;</script></section>"),
}


def test_epub_chapters_in_spine_order_without_navigation_and_notes():
    text, problems = epub_text(epub(EPUB_CHAPTERS, ["nav", "ch1", "ch2"]))
    assert problems == []
    assert text == ("Xi meets Putin\n\nLoose text\n\nFirst paragraph of the story.\n\nSecond\nline.\n\nA quote.\n\n"
                    "One\n\nTwo\n\nYear | 2023\n\n  kept   as is\n\nSecond story\n\nBeijing\u00a0sets the terms.\n")


def test_epub_damaged_and_protected():
    book = epub(EPUB_CHAPTERS, ["ch1", "ch2"])
    assert epub_text(epub(EPUB_CHAPTERS, ["ch1"], encrypted=["OEBPS/Text/ch1.xhtml"]))[1] == [
        "EPUB protected by DRM (its chapters are encrypted), not read"]
    assert epub_text(epub(EPUB_CHAPTERS, ["ch1"], encrypted=["OEBPS/Fonts/f.otf"]))[1] == []  # font obfuscation
    text, _, problems, _ = document_content(book[:300], ".epub")
    assert text == "" and problems[0].startswith("not a readable EPUB file: not a valid zip archive")
    assert epub_text(epub(EPUB_CHAPTERS, []))[1] == ["EPUB without chapters in its spine"]
    broken = epub({"ch1": "<p>Kept before the error.</p><p>&undefined; <b></p>"}, ["ch1"])
    text, problems = epub_text(broken)
    assert text.startswith("Kept before the error.") and "is not well-formed XML" in problems[0]


# --- never raising ------------------------------------------------------------------------------------

def test_damaged_bytes_of_every_new_format_give_a_reason_not_an_exception():
    m = message()
    m.set_content("\n\n".join(STORY_EN), cte="base64")
    m.add_alternative(html_page("T", STORY_EN), subtype="html", cte="quoted-printable")
    samples = {".eml": eml(m), ".mhtml": mhtml(html_page("T", STORY_EN)), ".odt": odt(ODT_BODY),
               ".epub": epub(EPUB_CHAPTERS, ["ch1", "ch2"])}
    rng = random.Random(19)
    for suffix, data in samples.items():
        for _ in range(40):
            cut = data[: rng.randrange(1, len(data))]
            flipped = bytearray(data)
            for _ in range(8):
                flipped[rng.randrange(len(flipped))] = rng.randrange(256)
            for sample in (cut, bytes(flipped)):
                text, enc, problems, hints = document_content(sample, suffix)
                assert isinstance(text, str) and isinstance(problems, list) and isinstance(hints, dict)
                assert text or problems, (suffix, len(sample))


def test_mime_text_never_raises_on_garbage():
    for data in (b"\x00" * 100, b"From: x\r\n\r\n", b"Content-Type: multipart/mixed; boundary=\r\n\r\n--\r\n",
                 b"Content-Type: message/rfc822\r\n\r\nnot a message"):
        text, _, problems, _ = mime_text(data)
        assert text or problems


# --- the corpus -----------------------------------------------------------------------------------------

def test_a_folder_of_saved_emails_pages_and_documents_gives_one_article_each(tmp_path):
    m = message(subject="Пекин и Москва подписали соглашение", sender="Коммерсантъ <news@kommersant.ru>",
                date="Thu, 16 May 2024 10:15:00 +0300")
    m.set_content("\n\n".join(STORY_RU) + "\n", charset="koi8-r", cte="quoted-printable")
    m.add_alternative("<p>" + "</p><p>".join(STORY_RU) + "</p>", subtype="html", charset="windows-1251", cte="base64")
    (tmp_path / "mail.eml").write_bytes(eml(m))
    (tmp_path / "page.mhtml").write_bytes(mhtml(html_page("Xi and Putin hold talks in Beijing", STORY_EN,
                                                          head=SCMP_HEAD)))
    (tmp_path / "doc.odt").write_bytes(odt(ODT_BODY))
    (tmp_path / "book.epub").write_bytes(epub(EPUB_CHAPTERS, ["ch1", "ch2"]))
    (tmp_path / "broken.odt").write_bytes(odt(ODT_BODY)[:100])
    (tmp_path / "plain.txt").write_text(PLAIN_FROM, encoding="utf-8")
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert sorted(docs) == ["book", "broken", "doc", "mail", "page", "plain"]
    arts = read_corpus(tmp_path).articles.set_index("article_id")
    mail = arts.loc["mail"]
    assert (mail["title"], mail["published"][:10], mail["source"]) == (
        "Пекин и Москва подписали соглашение", "2024-05-16", "Коммерсантъ")
    assert mail["text"] == "\n\n".join(STORY_RU) and mail["n_sentences"] == 2
    page = arts.loc["page"]
    assert (page["title"], page["published"][:10], page["source"]) == (
        "Xi and Putin hold talks in Beijing", "2024-05-16", "South China Morning Post")
    assert page["url"].startswith("https://www.scmp.com/") and STORY_EN[1] in page["text"]
    doc = arts.loc["doc"]
    assert (doc["title"], doc["published"], doc["authors"]) == ("Putin and Xi meet in Beijing", "2024-05-17",
                                                                ["Reid Standish"])
    assert "Customs data" not in doc["text"] and "no new financing" in doc["text"]
    assert "First paragraph of the story." in arts.loc["book"]["text"]
    assert arts.loc["broken"]["text"] == ""
    assert arts.loc["broken"]["problems"][0].startswith("not a readable ODT file")
    plain = arts.loc["plain"]
    assert plain["title"] == "China's Bet on Russia" and "read as" not in " ".join(plain["problems"])
    assert decode_bytes(PLAIN_FROM.encode())[0] == docs["plain"].text


def test_only_the_version_read_gives_the_charset_and_notes():
    m = message()
    m.set_content("View this email in your browser.\n", charset="koi8-r")
    html = html_page("Carnegie Politika", STORY_EN).encode("utf-8")
    m.add_alternative(html, maintype="text", subtype="html", cte="base64")  # no charset: detected, UTF-8
    text, enc, problems, _ = document_content(eml(m), ".eml")
    assert STORY_EN[0] in text and enc == "eml (utf-8)"
    assert len(problems) == 1 and "stub" in problems[0]
    m = message()
    m.set_content("\n\n".join(STORY_EN), charset="utf-8")
    m.add_alternative(html_page("Carnegie Politika \u2014 Caf\u00e9 talk", STORY_EN).encode("cp1252"), maintype="text",
                      subtype="html")
    text, enc, problems, _ = document_content(eml(m), ".eml")  # the HTML's charset guess is not noted
    assert enc == "eml (utf-8)" and problems == []


def test_html_newsletter_with_inline_pictures_reads_the_page_and_says_nothing_of_the_pictures():
    m = message()
    m.set_content("Your e-mail program cannot show this newsletter.")
    m.add_alternative(html_page("Carnegie Politika", STORY_EN).replace("<article>", '<article><img src="cid:logo">'),
                      subtype="html")
    m.get_payload()[1].add_related(b"\x89PNG\r\n\x1a\n" + bytes(40), maintype="image", subtype="png", cid="<logo>",
                                   filename="logo.png")
    assert m.get_payload()[1].get_content_type() == "multipart/related"
    text, enc, problems, _ = document_content(eml(m), ".eml")
    assert STORY_EN[0] in text and '<img src="cid:logo">' in text and "PNG" not in text
    assert len(problems) == 1 and problems[0].startswith("the e-mail's plain text is a stub")


# --- mailboxes (mbox) ----------------------------------------------------------------------------------

def mbox(messages: list[EmailMessage], *, sep: bytes = b"From - Thu Nov 14 10:22:33 2024") -> bytes:
    """A mailbox as Thunderbird and Gmail's Takeout write it: each message under its separator line, a blank
    line after it, LF line ends, body lines starting with "From " quoted as ">From "."""
    out = b""
    for m in messages:
        raw = m.as_bytes(policy=policy.default.clone(linesep="\n"))
        raw = b"\n".join(b">" + line if line.startswith((b"From ", b">From ")) else line for line in raw.split(b"\n"))
        out += sep + b"\n" + raw + (b"" if raw.endswith(b"\n") else b"\n") + b"\n"
    return out


def three_messages() -> list[EmailMessage]:
    a = message(subject="Xi and Putin sign energy pact", date="Thu, 16 May 2024 10:15:00 +0000")
    a.set_content("\n\n".join(STORY_EN) + "\n\nFrom Moscow, the view is different.\n")
    b = message(subject="Пекин и Москва подписали соглашение", sender="Коммерсантъ <news@kommersant.ru>",
                date="Fri, 17 May 2024 08:00:00 +0300")
    b.set_content("\n\n".join(STORY_RU) + "\n", charset="koi8-r", cte="quoted-printable")
    c = message(subject="Google Alert - Power of Siberia 2", sender="Google Alerts <googlealerts-noreply@google.com>",
                date="Sat, 18 May 2024 06:30:00 +0000")
    c.set_content("Power of Siberia 2 talks stall\n\n" + STORY_EN[1], subtype="plain")
    c.add_alternative("<html><body><p>Power of Siberia 2 talks stall</p><p>" + STORY_EN[1] + "</p></body></html>",
                      subtype="html")
    return [a, b, c]


def test_a_mailbox_gives_one_article_per_message_in_its_order(tmp_path):
    data = mbox(three_messages())
    (tmp_path / "alerts.mbox").write_bytes(data)
    (tmp_path / "Inbox").write_bytes(data)  # Thunderbird's folder files have no suffix
    for name, aid in (("alerts.mbox", "alerts"), ("Inbox", "Inbox")):
        docs = list(iter_documents(tmp_path / name))
        assert [d.article_id for d in docs] == [f"{aid}/1", f"{aid}/2", f"{aid}/3"]
        assert [d.path.rsplit("#", 1)[1] for d in docs] == ["msg1", "msg2", "msg3"]
        assert docs[0].text.startswith("From: Carnegie Politika") and "Subject: Xi and Putin sign energy pact" in docs[0].text
        assert "\nFrom Moscow, the view is different." in docs[0].text  # ">From " unquoted
        assert STORY_RU[1] in docs[1].text and docs[1].encoding == "eml (koi8-r)"
        assert "Power of Siberia 2 talks stall" in docs[2].text and "<p>" not in docs[2].text
        assert all(d.problems == [] for d in docs)
        assert STORY_EN[0] not in docs[1].text + docs[2].text  # no message runs into the next
    corpus = read_corpus(tmp_path / "alerts.mbox", progress=False)
    arts = corpus.articles.set_index("article_id")
    assert arts.loc["alerts/1", "title"] == "Xi and Putin sign energy pact"
    assert arts.loc["alerts/2", "published"].startswith("2024-05-17")
    # read_document gives the first message and says the others are there
    one = read_document(tmp_path / "alerts.mbox")
    assert one.text == docs[0].text and one.problems[0].startswith("a mailbox of 3 messages: only the first read")


def test_mailbox_separators_of_other_writers_and_what_is_no_separator():
    msgs = three_messages()
    for sep in (b"From 1782345678901234567@xxx Thu Nov 14 10:22:33 +0000 2024",  # Gmail Takeout
                b"From MAILER-DAEMON Fri Jul  8 12:08:34 2011", b"From marta.k@example.org Sat Jan  3 01:05:34 1996"):
        got = mbox_messages(mbox(msgs, sep=sep))
        assert got is not None and len(got) == 3, sep
        assert got[1].startswith(b"From: ") or got[1].startswith(b"Subject: ") or b"\nSubject:" in got[1][:400]
    # CRLF line ends, a BOM
    crlf = mbox(msgs).replace(b"\n", b"\r\n")
    assert len(mbox_messages(b"\xef\xbb\xbf" + crlf)) == 3
    # a body line "From ..." with a weekday, a time and a year, but no header line after it, splits nothing
    m = message()
    m.set_content("The minutes, as sent:\n\nFrom the office Mon 12 May 2024 10:15\nThe delegation arrived.\n")
    assert len(mbox_messages(mbox([m]))) == 1
    # articles that start with "From" are no mailboxes
    for text in ("From Beijing to Moscow: a new pipeline\n\nMay 16, 2024\n\n" + STORY_EN[0],
                 "From our correspondent Mon 16 May 2024 10:15\n\nMoscow: " + STORY_EN[0],
                 "From: Reuters\nDate: May 16, 2024\nSubject: talks\n\n" + STORY_EN[0]):
        assert mbox_messages(text.encode()) is None, text


def test_a_mailbox_of_one_message_and_a_mbox_file_that_is_none(tmp_path):
    m = three_messages()[0]
    (tmp_path / "one.mbox").write_bytes(mbox([m]))
    (tmp_path / "one.txt").write_bytes(mbox([m]))
    (tmp_path / "saved.eml").write_bytes(mbox([m]))  # a saved e-mail opening with its separator line
    doc = read_document(tmp_path / "one.mbox")
    assert (doc.article_id, doc.problems) == ("one", []) and "Subject: Xi and Putin sign energy pact" in doc.text
    assert read_document(tmp_path / "one.txt").problems == ["a mailbox (mbox) named .txt: read as e-mail"]
    assert read_document(tmp_path / "saved.eml").problems == []
    (tmp_path / "plain.mbox").write_text("\n\n".join(STORY_EN), encoding="utf-8")
    doc = read_document(tmp_path / "plain.mbox")
    assert doc.problems == ["not a mailbox (.mbox) file (no 'From ' separator line nor e-mail header lines): "
                            "read as text"] and doc.text.startswith(STORY_EN[0])
    # an e-mail saved as .mbox without a separator line is read as one
    (tmp_path / "bare.mbox").write_bytes(eml(m))
    doc = read_document(tmp_path / "bare.mbox")
    assert doc.problems == [] and doc.text.startswith("From: Carnegie Politika")
