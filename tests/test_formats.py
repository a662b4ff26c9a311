"""DOCX and RTF article files: their text (presslens.formats), how reading.py reads them, and that an
article exported as DOCX or RTF parses as its .txt export does. The files are built here: DOCX with zipfile
(the parts Word writes), RTF as Word, WordPad and LibreOffice write it."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from presslens.corpus import read_corpus
from presslens.formats import docx_text, rtf_text
from presslens.parsing import parse_text
from presslens.reading import corpus_files, iter_documents, read_document

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"

# --- building DOCX files -------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{part}" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="{part}"/></Relationships>'
)
DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
    '<w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId8"/>'
    '<w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>'
)


def docx(body: str, *, part: str = "word/document.xml", extra: dict | None = None) -> bytes:
    """A DOCX file whose main part holds ``body`` (the children of w:body)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(part=part))
        z.writestr("_rels/.rels", RELS.format(part=part))
        z.writestr(part, DOCUMENT.format(body=body).encode("utf-8"))
        z.writestr("word/header1.xml", f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>PAGE HEADER</w:t></w:r></w:p></w:hdr>')
        for name, content in (extra or {}).items():
            z.writestr(name, content)
    return buf.getvalue()


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, style: str = "") -> str:
    ppr = (f'<w:pPr><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'
           '<w:spacing w:after="160"/></w:pPr>') if style else ""
    return f"<w:p>{ppr}{''.join(r if r.startswith('<') else run(r) for r in runs)}</w:p>"


# --- DOCX ----------------------------------------------------------------------------------------------

def test_docx_paragraphs_runs_and_inline_marks():
    body = "".join([
        para(run("Xi and Putin meet", "<w:b/>"), run(" in Samar"), run("kand"), style="Title"),
        para(),  # an empty paragraph adds nothing
        para("Name:", "<w:r><w:tab/></w:r>", "Value", "<w:r><w:br/></w:r>", "second line",
             "<w:r><w:cr/></w:r>", "third"),
        para("co", "<w:r><w:softHyphen/></w:r>", "operation, non", "<w:r><w:noBreakHyphen/></w:r>", "stop ",
             '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>', " dot"),
        para("Read ", '<w:hyperlink r:id="rId9" w:history="1">' + run("the statement", '<w:rStyle w:val="Hyperlink"/>')
             + "</w:hyperlink>", " online."),
        para('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
             + run("Beijing") + "</w:smartTag>", " and ",
             '<w:fldSimple w:instr=" DATE \\@ &quot;MMMM d, yyyy&quot; ">' + run("May 16, 2024") + "</w:fldSimple>"),
        para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK '
             '"https://example.com" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
             run("shown link"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        '<w:sdt><w:sdtPr><w:alias w:val="Lede"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr>'
        '<w:sdtContent>' + para("Content control text.") + "</w:sdtContent></w:sdt>",
        para("Talks were ", '<w:del w:id="1" w:author="Ed" w:date="2024-05-16T10:00:00Z"><w:r><w:delText>not '
             '</w:delText></w:r></w:del>', '<w:ins w:id="2" w:author="Ed">' + run("very ") + "</w:ins>",
             "frank.", '<w:moveFrom w:id="3" w:author="Ed">' + run(" MOVED AWAY") + "</w:moveFrom>"),
        para("Before the page break.", '<w:r><w:br w:type="page"/></w:r>', "After it.",
             "<w:r><w:lastRenderedPageBreak/></w:r>"),
        para("Anchor ", '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline>'
             '<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' + para("Boxed quote.")
             + '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>'
             '</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + para("Boxed quote.")
             + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
             "text."),
        '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
    ])
    text, problems = docx_text(docx(body))
    assert problems == []
    assert text == (
        "Xi and Putin meet in Samarkand\n\n"
        "Name:\tValue\nsecond line\nthird\n\n"
        "cooperation, non-stop \u2022 dot\n\n"
        "Read the statement online.\n\n"
        "Beijing and May 16, 2024\n\n"
        "shown link\n\n"
        "Content control text.\n\n"
        "Talks were very frank.\n\n"
        "Before the page break.\n\n"
        "After it.\n\n"
        "Boxed quote.\n\n"  # the text box's paragraph, once (the fallback copy is not read)
        "Anchor text.\n"
    )
    assert "PAGE HEADER" not in text


def test_docx_tables_are_rows_of_cells():
    def cell(*paras: str) -> str:
        return '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>' + "".join(paras) + "</w:tc>"

    table = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/>'
             '</w:tblGrid>'
             '<w:tr>' + cell(para("Country")) + cell(para("Trade, bn")) + '</w:tr>'
             '<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>' + cell(para("China"), para("(mainland)"))
             + cell(para("240.1")) + '</w:tr>'
             '<w:tr>' + cell(para()) + cell(para()) + '</w:tr>'  # an empty row: no line
             '<w:tr>' + cell(para("Russia")) + cell(para("— ")) + '</w:tr></w:tbl>')
    text, problems = docx_text(docx(para("Before.") + table + para("After.")))
    assert problems == []
    assert text == "Before.\n\nCountry | Trade, bn\nChina (mainland) | 240.1\nRussia | —\n\nAfter.\n"


def test_docx_cyrillic_chinese_and_main_part_named_in_rels():
    body = para("Москва и Пекин подписали соглашение") + para("中国和俄罗斯签署协议") + para("Émigré café")
    text, problems = docx_text(docx(body, part="word/document2.xml"))
    assert problems == []
    assert text == "Москва и Пекин подписали соглашение\n\n中国和俄罗斯签署协议\n\nÉmigré café\n"


def test_docx_damaged_files_give_a_reason_not_an_exception():
    good = docx(para("Some text."))
    text, problems = docx_text(good[: len(good) // 2])  # cut short: the zip directory is lost
    assert text == "" and len(problems) == 1
    assert problems[0].startswith("not a readable DOCX file: not a valid zip archive (damaged or cut short?)")

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(part="word/document.xml"))
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert docx_text(buf.getvalue()) == ("", ["not a Word document: the zip archive has no word/document.xml"])

    broken = docx(para("Kept paragraph.") + "<w:p><w:r><w:t>Cut</w:r></w:p>")
    text, problems = docx_text(broken)
    assert text == "Kept paragraph.\n\nCut\n"  # the text read before the error
    assert len(problems) == 1 and problems[0].startswith("word/document.xml is not well-formed XML (mismatched tag")

    assert docx_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))[0] == ""
    assert docx_text(b"") == ("", ["empty file"])
    assert docx_text(docx("")) == ("", ["no text in the document"])


def test_docx_never_raises_on_damaged_bytes():
    good = docx(para("Москва и Пекин.") + para("Second paragraph with more words in it."))
    rng = random.Random(7)
    for i in range(300):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if i % 3 == 0:
            data = data[: rng.randrange(len(data))]
        text, problems = docx_text(bytes(data))
        assert isinstance(text, str) and isinstance(problems, list)
        assert text or problems


# --- RTF -----------------------------------------------------------------------------------------------

def cp1251_hex(text: str) -> bytes:
    """Text as Word writes it into an RTF with \\ansicpg1251: every non-ASCII byte as \\'hh."""
    return b"".join(b"\\'%02x" % b if b > 127 else bytes([b]) for b in text.encode("cp1251"))


WORD_RU = rb"""{\rtf1\adeflang1025\ansi\ansicpg1251\uc1\adeff31507\deff0\stshfdbch31505\stshfloch31506\deflang1049\deflangfe1049{\fonttbl{\f0\fbidi \froman\fcharset204\fprq2{\*\panose 02020603050405020304}Times New Roman;}
{\f1\fbidi \fswiss\fcharset0\fprq2{\*\panose 020b0604020202020204}Arial;}{\f3\fbidi \froman\fcharset2\fprq2{\*\panose 05050102010706020507}Symbol;}}
{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}{\*\defchp \f31506\fs22\lang1049\langfe1033 }
{\stylesheet{\ql \li0\ri0\sa160\sl259\slmult1\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \rtlch\fcs1 \af31507\afs22\alang1025 \ltrch\fcs0 \f31506\fs22\lang1049\langfe1033\cgrid\langnp1049\langfenp1033 \snext0 \sqformat \spriority0 Normal;}{\*\cs10 \additive \ssemihidden \sunhideused \spriority1 Default Paragraph Font;}}
{\*\rsidtbl \rsid1792351\rsid6968135}{\mmathPr\mmathFont34\mbrkBin0}{\info{\title \'cf\'f3\'f2\'e8\'ed}{\author User}{\operator User}{\creatim\yr2024\mo5\dy16\hr10\min2}}{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}
\paperw11906\paperh16838\margl1701\margr850\margt1134\margb1134 \widowctrl\ftnbj\aenddoc\trackmoves0\trackformatting1\donotembedsysfont1\relyonvml0\donotembedlingdata0\viewkind1\viewscale100
{\*\generator Microsoft Word 16.0;}{\header \pard\plain \s15\ql \ltrpar\f0 {\rtlch\fcs1 \af0 \ltrch\fcs0 \'ca\'ee\'eb\'ee\'ed\'f2\'e8\'f2\'f3\'eb}\par}
{\*\pnseclvl1\pnucrm\pnstart1\pnindent720\pnhang {\pntxta .}}
\pard\plain \ltrpar\s1\qc \li0\ri0\sa160\widctlpar\wrapdefault\faauto\rin0\lin0\itap0 \rtlch\fcs1 \af0 \ltrch\fcs0 \b\f0\fs28\lang1049\langfe1033\langnp1049\insrsid6968135 TITLE
\par \pard\plain \ltrpar\ql \li0\ri0\sa160\widctlpar\wrapdefault\faauto\rin0\lin0\itap0 {\rtlch\fcs1 \af0 \ltrch\fcs0 \f0\fs24\lang1049\insrsid6968135 SAID \ldblquote QUOTE\rdblquote \emdash  ADDED: 20\~BN}{\rtlch\fcs1 \af0 \ltrch\fcs0 \f1\fs24\lang1033\insrsid6968135  (Reuters)}{\rtlch\fcs1 \af0 \ltrch\fcs0 \f0\fs24\insrsid6968135
\par }{\*\bkmkstart _GoBack}{\*\bkmkend _GoBack}{\pict{\*\picprop\shplid1025{\sp{\sn shapeType}{\sv 75}}}\picscalex100\picscaley100\picw1000\pich1000\pngblip\bliptag-1{\*\blipuid 8f2d4e}
89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff610000000467414d410000b18f0bfc6105000000
0a49444154789c6360000000020001e221bc330000000049454e44ae426082}
{\listtext\pard\plain \f3\fs24 \'b7\tab}LIST\par
}"""
for _word, _text in ((b"TITLE", "Путин и Си Цзиньпин встретились"), (b"SAID", "Президент сказал:"),
                     (b"QUOTE", "Отношения крепнут"), (b"ADDED", "он добавил"), (b"BN", "млрд."),
                     (b"LIST", "Список: один")):
    WORD_RU = WORD_RU.replace(_word, cp1251_hex(_text))


def test_word_rtf_russian_in_cp1251_fonts():
    text, problems = rtf_text(WORD_RU)
    assert problems == []
    assert text == (
        "Путин и Си Цзиньпин встретились\n\n"
        "Президент сказал: \u201cОтношения крепнут\u201d\u2014 он добавил: 20\u00a0млрд. (Reuters)\n\n"
        "Список: один\n"  # the list's bullet ({\\listtext}) is not shown, as in a DOCX
    )
    assert "Колонтитул" not in text and "89504e47" not in text and "Пути\n" not in text


def test_word_rtf_reports_its_code_page(tmp_path):
    p = tmp_path / "Statement.RTF"
    p.write_bytes(WORD_RU)
    doc = read_document(p)
    assert doc.encoding == "rtf (cp1251)"
    assert doc.problems == []
    assert doc.text.startswith("Путин и Си")


LIBREOFFICE = rb"""{\rtf1\ansi\deff4\adeflang1025
{\fonttbl{\f0\froman\fprq2\fcharset0 Times New Roman;}{\f1\froman\fprq2\fcharset2 Symbol;}{\f4\fswiss\fprq2\fcharset0 Liberation Sans;}{\f5\fnil\fprq2\fcharset134 SimSun;}}
{\colortbl;\red0\green0\blue0;\red0\green0\blue128;}
{\stylesheet{\s0\snext0\hich\af6\dbch\af7\afs24\loch\f4\fs24\lang2057 Normal;}
{\*\cs15\snext15 Internet Link;}}{\*\generator LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2}{\info{\creatim\yr2024\mo5\dy16\hr9\min1}{\revtim\yr2024\mo5\dy16\hr9\min3}{\printim\yr0\mo0\dy0\hr0\min0}}{\*\userprops}\deftab709
\hyphauto1\viewscale100
{\*\pgdsctbl
{\pgdsc0\pgdscuse451\pgwsxn11906\pghsxn16838\marglsxn1134\margrsxn1134\margtsxn1134\margbsxn1134\pgdscnxt0 Default Page Style;}}
\formshade\paperh16838\paperw11906\margl1134\margr1134\margt1134\margb1134\sectd\sbknone\sftnnar\saftnnrlc\sectunlocked1\pgwsxn11906\pghsxn16838\marglsxn1134\margrsxn1134\margtsxn1134\margbsxn1134\ftnbj\ftnstart1\ftnrstcont\ftnnar\aenddoc\aftnrstcont\aftnstart1\aftnnrlc
{\*\ftnsep\chftnsep}\pgndec\pard\plain \s0\hich\af6\langfe2052\dbch\af7\afs24\alang1081\loch\f4\fs24\lang2057{\rtlch \ltrch\loch
\u1052\'3f\u1086\'3f\u1089\'3f\u1082\'3f\u1074\'3f\u1072\'3f and \uc2 \u21271\'b1\'b1\u20140\'be\'a9\uc1  talks}
\par \pard\plain \s0{\loch
The minister\rquote s aide said it was \u8220\'93frank\u8221\'94 \endash\~and long\uc0\u8230 }
\par \pard\plain \s0{\field{\*\fldinst HYPERLINK "https://example.com/story?id=1" }{\fldrslt {\cs15\ul\ulc0\cf2\loch
the full story}}}{\loch
 is online; emoji \u-10179\'3f\u-8704\'3f ok.}
\par \pard\plain \s0{\f5\loch\'d6\'d0\'b9\'fa\'ba\'cd\'b6\'ed\'c2\'de\'cb\'b9}
\par \pard\plain \s0 co\-operation, non\_stop, a\\b \{braces\} {\v hidden words }{\deleted removed }kept\line second line\tab tabbed
\par }"""


def test_libreoffice_rtf_unicode_fallbacks_fields_and_chinese():
    text, problems = rtf_text(LIBREOFFICE)
    assert problems == []
    assert text == (
        "Москва and 北京 talks\n\n"
        "The minister\u2019s aide said it was \u201cfrank\u201d \u2013\u00a0and long\u2026\n\n"
        "the full story is online; emoji \U0001F600 ok.\n\n"
        "中国和俄罗斯\n\n"
        "cooperation, non-stop, a\\b {braces} kept\nsecond line\ttabbed\n"  # \\- is an optional hyphen
    )


def test_rtf_tables_nested_destinations_binary_and_symbol_bullets():
    src = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}{\f2\fcharset2 Symbol;}}"
           rb"{\*\listtable{\list\listtemplateid1{\listlevel{\leveltext\'01\u-3913 ?;}{\levelnumbers;}}"
           rb"{\listname ;}\listid1}}{\*\listoverridetable{\listoverride\listid1\ls1}}"
           rb"\pard Before table.\par"
           rb"\trowd\trgaph108\cellx3000\cellx6000\pard\intbl Country\cell Trade\cell\row"
           rb"\trowd\trgaph108\cellx3000\cellx6000\pard\intbl China\par (mainland)\cell 240.1\cell\row"
           rb"\pard After table.{\object\objemb{\*\objclass Excel.Sheet.12}{\*\objdata 0105000002000000}"
           rb"{\result {\pict\wmetafile8 0100090000}}}\par"
           rb"{\*\shppict{\pict\pngblip\bin6 }{}{x}}}{\nonshppict{\pict\wmetafile8 0100}}"
           rb"{\footnote\pard\plain {\chftn} A footnote.}Binary skipped.\par"
           rb"{\f2 \'b7}\tab bullet in Symbol\par"
           rb"\sect\pard Section two, {\*\unknowndest ignorable} \'e9t\'e9 \u233\'e9\par}")
    text, problems = rtf_text(src)
    assert problems == []
    assert text == ("Before table.\n\nCountry | Trade\nChina (mainland) | 240.1\n\nAfter table.\n\n"
                    "Binary skipped.\n\n\u2022\tbullet in Symbol\n\nSection two,  \u00e9t\u00e9 \u00e9\n")


def test_rtf_hex_in_double_byte_code_pages():
    src = (rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}{\f1\fcharset128 MS Mincho;}{\f2\fcharset136 PMingLiU;}"
           rb"{\f3\fcharset238 Arial CE;}{\f4\fcharset161 Arial Greek;}{\f5\cpg1251 Cyr;}}"
           rb"{\f1 \'93\'fa\'96\'7b}\par{\f2 \'a4\'a4\'b0\'ea}\par{\f3 \'8a\'b9\'e8}\par{\f4 \'c1\'e8\'e7\'ed\'e1}\par"
           rb"{\f5 \'d2\'c0\'d1\'d1}\par}")
    text, problems = rtf_text(src)
    assert problems == []
    assert text == "日本\n\n中國\n\nŠąč\n\nΑθηνα\n\nТАСС\n"


def test_rtf_unbalanced_braces_keep_the_text_and_say_so():
    # a '}' too many closes the document early: the text after it is read as well
    text, problems = rtf_text(rb"{\rtf1\ansi {\b Bold} text.\par} More text.\par}")
    assert text == "Bold text.\n\n More text.\n"
    assert problems == ["unbalanced braces: 1 '}' closed the document before its end; the text after read as well"]
    text, problems = rtf_text(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}} Cut short {\b in a group")
    assert text == " Cut short in a group\n"  # the space after the font table is text
    assert problems == ["unbalanced braces: 2 group(s) not closed at the end of the file (cut short?)"]
    text, problems = rtf_text(rb"{\rtf1\ansi Text }}}" + b"\r\n\x00")  # closing braces, then nothing
    assert (text, problems) == ("Text \n", ["unbalanced braces: 2 '}' too many at the end, ignored"])
    assert rtf_text(b"{\\rtf1 a\x01\x1fb\\par}") == ("ab\n", [])  # control characters are not text
    assert rtf_text(b"not rtf at all") == ("", ["not an RTF file: does not start with '{\\rtf'"])
    assert rtf_text(rb"{\rtf1 {\*\generator x}}") == ("", ["no text in the document"])
    assert rtf_text(rb"{\rtf1 {\pict 0a0b") == ("", ["unbalanced braces: 2 group(s) not closed at the end of the "
                                                       "file (cut short?)"])


def test_rtf_never_raises_on_damaged_bytes():
    for src in (WORD_RU, LIBREOFFICE):
        for cut in range(0, len(src), 7):  # every truncation
            text, problems = rtf_text(src[:cut])
            assert isinstance(text, str) and isinstance(problems, list)
        rng = random.Random(11)
        for _ in range(300):
            data = bytearray(src)
            for _ in range(rng.randint(1, 12)):
                data[rng.randrange(len(data))] = rng.choice(b"{}\\'0123456789abcdefu-*\x00\xff ")
            text, problems = rtf_text(bytes(data))
            assert isinstance(text, str) and isinstance(problems, list)


def test_rtf_of_many_fields_bookmarks_and_a_picture_gives_every_paragraph():
    # nested groups, code-page hex, \u with fallbacks, bookmarks and hyperlink fields in every paragraph, a large
    # picture group (500 KB here; its time against its size is measured in bench/bench_linear.py)
    para = (rb"\pard\plain \ltrpar\ql\f0\fs24 {\rtlch\fcs1 \af0 \ltrch\fcs0 \insrsid123 Putin and Xi met in "
            rb"\'c1\'e5\'e9\'f6\'e7\'e8\'ed\'e5 \u8220\'93today\u8221\'94 {\*\bkmkstart a}{\*\bkmkend a}"
            rb"{\field{\*\fldinst HYPERLINK \"https://x\"}{\fldrslt link}}}\par" + b"\n")
    n = 400_000 // len(para)
    src = rb"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0\fcharset204 Arial;}}" + para * n
    src += b"{\\pict\\pngblip " + b"0123456789abcdef" * 6_250 + b"}}"
    text, problems = rtf_text(src)
    assert problems == []
    assert text == "\n".join(["Putin and Xi met in Бейцзине “today” link\n"] * n)  # nothing of the picture


# --- reading.py ----------------------------------------------------------------------------------------

def test_folder_lists_and_reads_docx_and_rtf(tmp_path):
    (tmp_path / "a.txt").write_text("Plain text.\n")
    (tmp_path / "b.docx").write_bytes(docx(para("Из DOCX.")))
    (tmp_path / "c.RTF").write_bytes(rb"{\rtf1\ansi\ansicpg1251 \'c8\'e7 RTF.\par}")
    (tmp_path / "d.DocX").write_bytes(docx(para("Upper-case suffix.")))
    (tmp_path / "e.doc").write_bytes(rb"{\rtf1\ansi Saved as .doc by an export.\par}")
    (tmp_path / "f.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    (tmp_path / "g.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (tmp_path / "h.rtf").write_bytes(bytes(range(256)) * 8)  # binary garbage named .rtf
    (tmp_path / "i.docx").write_bytes(docx(para("x"))[:300])  # cut short
    (tmp_path / "j.rtf").write_text("Just text, named .rtf.\n")
    files, _ = corpus_files(tmp_path)
    assert [f.name for f in files] == ["a.txt", "b.docx", "c.RTF", "d.DocX", "e.doc", "f.doc", "g.pdf", "h.rtf",
                                       "i.docx", "j.rtf"]
    docs = {d.article_id: d for d in iter_documents(tmp_path)}
    assert list(docs) == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
    got = {k: (d.text, d.encoding, d.problems) for k, d in docs.items()}
    assert got["b"] == ("Из DOCX.\n", "docx", [])
    assert got["c"] == ("Из RTF.\n", "rtf (cp1251)", [])
    assert got["d"] == ("Upper-case suffix.\n", "docx", [])
    assert got["e"] == ("Saved as .doc by an export.\n", "rtf (cp1252)", ["an RTF file named .doc: read as RTF"])
    assert got["f"][:2] == ("", "") and got["f"][2][0].startswith("damaged Word .doc file, not read")
    assert got["g"] == ("", "", ["PDF file not readable (PDFium: Data format error: damaged or cut short?), not read"])
    assert got["h"] == ("", "", ["not a RTF file (no '{\\rtf' header)", "binary file, not text"])
    assert got["i"][:2] == ("", "") and len(got["i"][2]) == 1
    assert got["i"][2][0].startswith("not a readable DOCX file: not a valid zip archive (damaged or cut short?)")
    assert got["j"] == ("Just text, named .rtf.\n", "utf-8", ["not a RTF file (no '{\\rtf' header): read as text"])


def test_corpus_of_docx_and_rtf_files_has_one_row_each(tmp_path):
    txt = (ARTICLES / "lexisnexis.txt").read_text(encoding="utf-8")
    (tmp_path / "as_txt.txt").write_text(txt, encoding="utf-8")
    (tmp_path / "as_docx.docx").write_bytes(lexisnexis_docx(txt))
    (tmp_path / "as_rtf.rtf").write_bytes(lexisnexis_rtf(txt))
    (tmp_path / "broken.rtf").write_bytes(b"\x00\x01garbage" * 100)
    arts = read_corpus(tmp_path).articles.set_index("article_id")
    assert list(arts.index) == ["as_docx", "as_rtf", "as_txt", "broken"]
    for aid in ("as_docx", "as_rtf"):
        assert arts.loc[aid, ["title", "published", "source"]].tolist() == \
            arts.loc["as_txt", ["title", "published", "source"]].tolist()
    assert arts.loc["as_txt", "title"] == "Xi and Putin meet in Samarkand, first talks since Ukraine invasion"
    assert list(arts.loc["broken", "problems"])[:2] == ["not a RTF file (no '{\\rtf' header)", "binary file, not text"]


# --- end to end: one LexisNexis article as .txt, .docx and .rtf ---------------------------------------------

def lexisnexis_docx(txt: str) -> bytes:
    """The LexisNexis export as Nexis Uni writes it to Word: one paragraph per line (no empty ones), the
    title in bold, 'Body' a heading, a run split inside a word, a bookmark."""
    paras = []
    for i, line in enumerate(ln for ln in txt.splitlines() if ln.strip()):
        if i == 0:
            mid = line.index("Samar") + 5
            paras.append(para(run(line[:mid], "<w:b/><w:sz w:val=\"32\"/>"), '<w:proofErr w:type="spellStart"/>',
                              run(line[mid:], "<w:b/>"), style="Title"))
        elif line == "Body":
            paras.append(para(run(line, "<w:b/>"), style="Heading2"))
        else:
            paras.append(para('<w:bookmarkStart w:id="1" w:name="Bookmark_1"/>', run(line), '<w:bookmarkEnd w:id="1"/>',
                              style="Normal"))
    return docx("".join(paras))


def _rtf_escape(line: str) -> bytes:
    out = []
    for ch in line:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
    return "".join(out).encode("ascii")


def lexisnexis_rtf(txt: str) -> bytes:
    """The LexisNexis export as RTF (Word's way: header groups, font and colour tables, a \\pard per line)."""
    head = (rb"{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}"
            rb"{\f1\fswiss\fcharset0 Arial;}}{\colortbl;\red0\green0\blue0;}{\*\generator LexisNexis RTF 1.0;}"
            rb"{\info{\title Xi and Putin meet}{\author LexisNexis}}"
            rb"{\footer \pard\plain \qc\f1\fs16 Page {\field{\*\fldinst PAGE}{\fldrslt 1}} of 1\par}"
            b"\n")
    body = []
    for i, line in enumerate(ln for ln in txt.splitlines() if ln.strip()):
        props = rb"\pard\plain\ql\sb120\sa120\f0\fs24 "
        if i == 0:
            body.append(props + rb"{\b\fs32 " + _rtf_escape(line) + rb"}\par" + b"\n")
        else:
            body.append(props + _rtf_escape(line) + rb"\par" + b"\n")
    return head + b"".join(body) + b"}"


def _fields(text: str):
    art = parse_text(text)
    return (art.title, art.published, art.source, art.authors, art.subheadings,
            [text[s:e] for s, e in art.paragraphs])


@pytest.mark.parametrize("kind", ["docx", "rtf"])
def test_lexisnexis_article_parses_the_same_from_docx_and_rtf(kind, tmp_path):
    txt = (ARTICLES / "lexisnexis.txt").read_text(encoding="utf-8")
    expected = _fields(txt)
    assert expected[0] == "Xi and Putin meet in Samarkand, first talks since Ukraine invasion"
    assert expected[1:3] == ("2022-09-15", "The Moscow Times")
    assert len(expected[5]) == 4
    p = tmp_path / f"article.{kind}"
    p.write_bytes(lexisnexis_docx(txt) if kind == "docx" else lexisnexis_rtf(txt))
    doc = read_document(p)
    assert doc.problems == []
    assert "Page 1 of 1" not in doc.text and "LexisNexis" not in doc.text
    assert _fields(doc.text) == expected
