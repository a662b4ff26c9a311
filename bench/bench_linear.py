"""Linear time on hostile input: each case's CPU time at size n and at k*n, as a ratio from one run.

    .venv/bin/python bench/bench_linear.py
    .venv/bin/python bench/bench_linear.py acronym credits   # only the cases whose names hold one of these words

The inputs are the hostile texts the tests once timed (tests/test_exports.py, test_formats.py,
test_sentences.py, test_styles_body.py, test_styles_header.py, test_styles_markdown.py); the tests now check
only what these inputs parse into, at a smaller size. Each case builds its input at n and at k*n repeated
units and times the function on each: CPU time (``time.process_time``, so other processes on the machine do
not count), best of 3, after one warm-up call on a small input.

It prints one row per case: n, k, seconds at n ("small") and at k*n ("big"), ratio = big / small, and
ratio/k (1.0 is linear; a quadratic step gives about k), flagged ``SUPERLINEAR?`` when the ratio is above
2*k; the RTF and sentence cases also print their throughput at k*n (MB/s of RTF source, sentences/s). A
summary line follows. It measures and does not judge: the exit code is 0 whatever the figures. About 170 s
on a 2-core machine.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from presslens.formats import rtf_text  # noqa: E402
from presslens.parsing import parse_text  # noqa: E402
from presslens.reading import decode_bytes, export_spans, iter_documents, repair_mojibake  # noqa: E402
from presslens.sentences import split_sentences  # noqa: E402
from presslens.timex import timexes  # noqa: E402

REPEAT = 3


# --- hostile inputs (as built in the tests) ------------------------------------------------------------

EXPORT_UNIT = "1. A\nClient/Matter: -None-\nA\nEnd of Document\n"


def export_text(n: int) -> str:
    # many framing lines, many cover keys, a results-list title repeated everywhere: no rescans
    return "User Name: x\n" + EXPORT_UNIT * n


RTF_PARA = (rb"\pard\plain \ltrpar\ql\f0\fs24 {\rtlch\fcs1 \af0 \ltrch\fcs0 \insrsid123 Putin and Xi met in "
            rb"\'c1\'e5\'e9\'f6\'e7\'e8\'ed\'e5 \u8220\'93today\u8221\'94 {\*\bkmkstart a}{\*\bkmkend a}"
            rb"{\field{\*\fldinst HYPERLINK \"https://x\"}{\fldrslt link}}}\par" + b"\n")


def rtf_source(n: int) -> bytes:
    # n Word paragraphs of nested groups, code-page hex, \u with fallbacks, bookmarks and hyperlink fields, then
    # a picture group of 80 hex bytes a paragraph (1.6 MB at the tests' former 5 MB)
    return (rb"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0\fcharset204 Arial;}}" + RTF_PARA * n
            + b"{\\pict\\pngblip " + b"0123456789abcdef" * (5 * n) + b"}}")


SENTENCE_PARA = ("Chinese leader Xi Jinping met Mr. Putin in the U.S. capital on Sept. 5. "
                 "“We agree,” he said. The talks failed. undeterred, they met again (…) later. ")


def sentence_text(n: int) -> str:
    # abbreviations, initials, quotes, an ellipsis and a lowercase slip, 3 sentences a unit, in one paragraph
    return SENTENCE_PARA * n


BODY_UNIT = ("Related Posts\nA headline without a stop\nkk\nJane Roe is a reporter at the Post.\n"
             "Xi speaks in Beijing. Photo: Reuters\nXi speaks in Beijing.\nTalks ended.Putin left.\n\n")


def body_text(n: int) -> str:
    # many short lines under lead-ins, notes, initials, repeated captions, full stops with no space after them
    return "A title\n\nBy Jane Roe\n\nMay 2, 2025\n\nPutin met Xi.\n\n" + BODY_UNIT * n


def header_block(n: int) -> str:
    # a block of n metadata lines ending in a credit: each line's kind must be read once, not once per line after
    return "Talks\n\nPublished: 2024-05-16\n\nXi met Putin.\n\n" + "Share\n" * n + "Putin in Beijing. Photo: Reuters\n"


def header_labels(n: int) -> str:
    # 40 label lines at the top, each a word in capitals that n story lines repeat
    return "WORD\n" * 40 + "Xi and Putin agree to expand trade\nBy Jane Doe\nMay 16, 2024\n\n" + "WORD said so.\n" * n


MARKDOWN_HEAD = "---\ntitle: T\n" + "key: value\n" * 5000 + "---\n\n# T\n\n"
MARKDOWN_UNITS = {
    # inline links, emphasis, a quote mark, nested and unclosed brackets and emphasis on every line
    "inline": "A [link](https://x.org/a) and **bold** and *it* _x_ > q [a [b] [c] ![i](u) **a **b *c\n",
    # a clipper's source/byline/date line, an image and an emphasized caption, repeated
    "byline": "[Original](https://x.org) · site · by Jane Doe · May 20, 2024\n![a](b)\n*caption*\n\n",
    # a link target and a bracket never closed on a long line
    "unclosed": "[a](" + "b" * 300 + " [" + "c" * 300 + "\n",
}


def markdown_text(unit: str) -> Callable[[int], str]:
    # a long front-matter-like head, then n repeated Markdown lines
    return lambda n: MARKDOWN_HEAD + unit * n


CHAT_UNITS = {
    # a chat's export, one message a unit: WhatsApp, Android and Telegram Desktop's prefixes (see _chat_marks)
    "WhatsApp": "[04/09/2024, 08:12] Ann: Putin met Xi in Beijing today\n",
    "Android": "04.09.2024, 08:12 - Ann: Putin met Xi in Beijing today\n",
    "Telegram": "Ann, [04.09.2024 08:12]\nPutin met Xi in Beijing today\n",
}


def chat_text(unit: str) -> Callable[[int], str]:
    return lambda n: unit * n


def quoted_mail(n: int) -> str:
    # a mail's header and "... wrote:" line over n quoted lines (see _quote_marks, _parse_unquoted)
    return "From: ann@example.com\nSent: Monday\nSubject: Talks\n\nOn Mon, Ann wrote:\n" + "> Putin met Xi in Beijing.\n" * n


def nested_quotes(n: int) -> str:
    # n lines quoted 200 deep ("> > > ...")
    return "Ann wrote:\n" + ("> " * 200 + "Putin met Xi.\n") * n


def one_line(piece: str) -> Callable[[int], str]:
    # a story line of n pieces (1 MB at the larger size): bracketed mail addresses, Japanese dates and years
    return lambda n: "Talks\n\nPutin met Xi. " + piece * n + "\n"


def menu_rows(n: int) -> str:
    # n menu rows under a site's name (see _menu_row, under_story)
    return "Sputnik\n" + "News  Economy  Opinion  Sport\n" * n + "\nTalks\n\nPutin met Xi.\n"


def glued_stops(n: int) -> str:
    # n full stops glued to the next word after a capitalized one, then one after a word in lower case: every
    # "However" is a lost space, asked of the whole text once (see _dotted_name_part)
    return "Talks\n\n" + "Talks ended on Tuesday.However they met. " * n + "It ended in a ceasefire.However they met."


def dotted_names(n: int) -> str:
    # n pairs of an outlet's dotted names (see _dotted_name_part)
    return "Talks\n\n" + "Activist told Сибирь.Реалии and Север.Реалии so. " * n


def updated_words(n: int) -> str:
    # an update line, then a long line of "Updated" words and relative times (see _UPDATED_RELATIVE)
    return "Talks\n\nUpdated 10:45\n\n" + "Updated updated (updated 5 minutes ago) " * n + "\n"


def credit_lines(n: int) -> str:
    # a header with n caption and photo-credit lines under a byline (see writers_line)
    return "Xi meets Putin\n\nBy Jane Roe\n\n" + "Xi Jinping and Vladimir Putin\nPhoto: Reuters\n" * n + "\nPutin met Xi.\n"


def hyphenated_lines(n: int) -> str:
    # n hard-wrapped lines, each ending in a word cut by a hyphen (a book's chapter as PDF text): whether each cut
    # keeps its hyphen asks how often the text writes its parts, counted once (see _HyphenWords)
    cuts = ("negotia-\ntions", "coop-\neration", "self-\nreliance", "well-\nknown", "что-\nто", "long-\nterm")
    return "Talks go on\n\nMay 3, 2024\n\n" + "\n".join(
        f"The talks on item {i} went on as {cuts[i % 6]} were held in the capital city today." for i in range(n))



# The 33rd probe's rules (see presslens.parsing's module docstring): each unit is a case the rule reads, repeated

def code(i: int) -> str:
    # i in letters ("abc" for 12): words that differ without digits, so each is a letter-run of its own
    return "".join("abcdefghij"[int(d)] for d in str(i))


RU_DIGITS = str.maketrans("abcdefghij", "абвгдежзик")  # code(i) in Cyrillic letters


def acronym_glues(n: int) -> str:
    # one story line of n different lower-case words glued to an acronym ("broadcasterbcCCTV"; 1 MB at k*n): each is
    # two words, asked once a word how often the text writes it (see _unglue, _RunCounts)
    return "Talks\n\nPutin met Xi. " + "".join(f"state broadcaster{code(i)}CCTV said so. " for i in range(n)) + "\n"


PROBE33_STORY = ("Russia and China signed a joint statement on Thursday after talks in Beijing, officials said.\n\n"
                 "The two leaders also discussed energy projects and the situation in Ukraine, according to state media.\n\n")


def bracket_credits(n: int) -> str:
    # n captions, each over a credit in brackets naming agencies in capitals apart by spaced slashes (see _CREDIT_RES)
    return ("EU eyes Chinese firms in sanctions package\nFeb 14, 2024\n\n" + PROBE33_STORY
            + "Xi and Putin in Beijing, 2022.\n[EPA-EFE/ALEXEI DRUZHININ / SPUTNIK / KREMLIN POOL]\n\n" * n)


def slash_captions(n: int) -> str:
    # n captions closed by an agency after a spaced slash, each over a story paragraph
    return ("Китай предупредил Россию?\nСергей Дубинин\n20 декабря 2023\n\n"
            + ("Михаил Мишустин и Ли Цян во время встречи в Пекине, 20 декабря 2023 года / Reuters\n\n"
               "Главной темой переговоров стала торговля между двумя странами.\n\n") * n)


PRINT_STORY = ("Си Цзиньпин приехал за стабильностью\n21 марта 2023\n\n"
               "Визит председателя КНР в Москву стал первым зарубежным визитом китайского лидера после переизбрания.\n\n"
               "На Западе визит восприняли настороженно, заявил госсекретарь США Энтони Блинкен.\n\n")


def print_feet(n: int) -> str:
    # n story paragraphs, each with two authors' names apart by a comma over a print page's foot: the last foot
    # closes the text, the names over it the byline (see print_foot); the surnames differ so none is named above
    return PRINT_STORY + "".join(
        f"Стороны договорились продолжить переговоры.\n\nЕлена Чер{c}ненко, Андрей Колес{c}ников\n«Коммерсантъ» 21.03.2023\n\n"
        for c in (code(i).translate(RU_DIGITS) for i in range(n)))


def author_boxes(n: int) -> str:
    # n author's boxes under the story (the name, what they are on the line under it), the credit line over them, a
    # channel's appeal under them (see end_matter)
    return ("Что стоит за визитом в Пекин\nСергей Дубинин\n20 декабря 2023\n\n"
            "Председатель правительства России провел в Пекине переговоры с премьером Госсовета КНР.\n\n"
            "Материал подготовлен Настоящим Временем\n" + "Сергей Дубинин\nКорреспондент «Настоящего Времени»\n" * n
            + "Следите за новостями России и мира в telegram-канале URA.RU.\n")


APP_LINES = ("Check out this article from South China Morning Post: China, Russia hold first joint air patrol\n"
             "Download the SCMP app for the latest news\nEst. 4min\nМатериал подготовлен Настоящим Временем\n")


def app_lines(n: int) -> str:
    # n runs of the rules' furniture lines under the story: an app's share text and button, an abbreviated reading
    # time, a Russian page's credit line (data/boilerplate.txt, boilerplate_short.txt)
    return "China, Russia hold talks\n\nPublished: 4:30pm, 25 Jul 2024\n\n" + PROBE33_STORY + APP_LINES * n


def issue_fields(n: int) -> str:
    # a publication field whose name is followed by n issue fields on its line (1 MB at k*n: see set_source)
    return ("Publication: Eurasia Daily Monitor" + " Volume: 21 Issue: 142" * n + "\nRussia's Northern Sea Route\n"
            "By: Sergey Sukhankin\nSeptember 24, 2024\n\n" + PROBE33_STORY)


def print_editions(n: int) -> str:
    # n print editions' lines over the rubric, the headline, a subtitle without a stop and the first paragraph: the
    # subtitle is the lede, asked once whether an edition's line was read (see print_head)
    return ("Газета «Коммерсантъ» №45 от 21.03.2023, стр. 6\n" * n + "Мировая политика\n"
            "Си Цзиньпин приехал за стабильностью\nПредседатель КНР провел первый день переговоров в Москве\n"
            "Визит председателя КНР Си Цзиньпина в Москву, начавшийся в понедельник, стал первым зарубежным визитом "
            "китайского лидера после его переизбрания на третий срок, и в Кремле переговоры назвали очень важными.\n\n"
            + PROBE33_STORY)


def standfirst_captions(n: int) -> str:
    # a standfirst without a stop over the lead photo's agency caption and a "CITY:" dateline, then n more such
    # triples (only the first four blocks are asked: see lead_caption)
    return "Xi hails trust with Putin\nOctober 18, 2023\n\n" + (
        "Putin was in Beijing for the forum, his first trip since the warrant\n\n"
        "Putin and Xi attend a ceremony in Beijing. (AFP)\n\n"
        "BEIJING: Chinese leader Xi Jinping said Wednesday that trust between Beijing and Moscow was deepening.\n\n") * n



# The 34th probe's rules: the foreign-agent notice, a subtitle file's header, cues and sound tags, a press release's
# contact block and phone lines, authors' notes under "About the author(s)"

RU_AGENT_NOTICE = ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, "
                   "ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ "
                   "ИНОСТРАННОГО АГЕНТА.\n")
EN_AGENT_NOTICE = ("THIS MESSAGE (MATERIAL) WAS CREATED AND (OR) DISTRIBUTED BY A FOREIGN MASS MEDIA PERFORMING THE "
                   "FUNCTIONS OF A FOREIGN AGENT AND (OR) A RUSSIAN LEGAL ENTITY PERFORMING THE FUNCTIONS OF A FOREIGN "
                   "AGENT.\n")


def agent_notices(n: int) -> str:
    # n pairs of the notice's lines, in Russian and in English, under the story (20,000 lines at k*n): each is
    # furniture (data/boilerplate.txt)
    return "China, Russia hold talks\nMay 2, 2024\n\n" + PROBE33_STORY + (RU_AGENT_NOTICE + EN_AGENT_NOTICE) * n


def long_notices(n: int) -> str:
    # n lines of 590 characters opening with the notice's words, the agent named over and over (lines up to 600
    # characters opening so are asked, see _is_boilerplate; none is the notice: it runs on too long), then one such
    # line of 1.7 million characters at k*n (too long to be asked)
    line = "Данное сообщение (материал) " + "иностранным агентом, " * 26 + "x\n"
    return ("China, Russia hold talks\nMay 2, 2024\n\n" + PROBE33_STORY + line * n
            + "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) " + "создано иностранным агентом " * (6 * n) + "\n")


def cue_timings(n: int) -> str:
    # n subtitle cue timings under the story, one a line (50,000 at k*n)
    return "China, Russia hold talks\n\n" + PROBE33_STORY + "00:00:03.400 --> 00:00:07.900\n" * n


def subtitle_cues(n: int) -> str:
    # a WebVTT file's header, then n numbered cues of a timing with its settings, a line of speech and a sound tag
    return "WEBVTT - Talks\nKind: captions\nLanguage: en\n\n" + "".join(
        f"{i}\n00:{i // 60 % 60:02d}:{i % 60:02d}.400 --> 00:{i // 60 % 60:02d}:{i % 60:02d}.900 align:start "
        f"position:0%\nRussia and China signed a joint statement on Thursday.\n(Applause.)\n\n" for i in range(n))


def media_contacts(n: int) -> str:
    # n press release contact blocks under the story: the heading, a name, a position and a phone number (see
    # _CONTACT_MARK, _trailer_mark)
    return ("Acme signs supply deal with Chinese partner\nMay 2, 2024\n\n" + PROBE33_STORY
            + "Media contact:\nElena Markova\nHead of Communications, Acme\n+7 812 555 0142\n\n" * n)


def phone_lines(n: int) -> str:
    # n pairs of a labelled phone number and a figure's change in groups of three digits ("+1 250 000", no number)
    return "China, Russia hold talks\nMay 2, 2024\n\n" + PROBE33_STORY + "".join(
        f"Tel.: +44 20 {7957 + i % 1000} 5700\n+1 250 000\n" for i in range(n))


def about_authors(n: int) -> str:
    # n "About the author" headings, each over two authors' notes (10,000 at k*n), under the story (see
    # under_about_author, end_matter)
    return ("Talks\nBy Jane Roe\nMay 2, 2024\n\n" + PROBE33_STORY
            + "About the author\n\nAnnette Bohr is an associate fellow of the programme.\n\n"
              "James Nixey is the director of the programme.\n\n\n" * n)

def mojibake_line(n: int) -> str:
    # one line of n runs alternating valid and invalid mojibake ("Ã©" then a lone "Ã": 1 MB at k*n), for
    # repair_mojibake's run search and per-run decoding
    return "Chinaâ€™s talks " + "Ã©Ã x" * n + "\n"


def garbled_file(n: int) -> bytes:
    # a file's bytes: n lines of UTF-8 read as Windows-1252 (quotes, accents, Chinese), as decode_bytes reads them
    return ("Xi hailed a â€œnew eraâ€; ChloÃ© Dubois on ä¹\xa0è¿‘å¹³ and Ð¡ÐµÑ€Ð³ÐµÐ¹.\n" * n).encode("utf-8")

def entity_line(n: int) -> str:
    # one line of n no-break spaces and ampersands written as entities ("&nbsp;&amp;x": 1 MB at k*n, one run of
    # non-space characters), read decoded (parsing._entity_view, _entity_decoded)
    return "Xi&#8217;s talks\n\n" + "&nbsp;&amp;x" * n + "\n"


def entity_headers(n: int) -> str:
    # n header-like lines holding entities (10,000 at k*n): bylines and dates apart by "&nbsp;|&nbsp;", sections
    # with "&gt;", each line read decoded and its findings put back at their offsets
    return "".join(f"World &gt; Asia\nBy Jane Doe&nbsp;&nbsp;|&nbsp;Published: {1 + i % 28} Mar 2023 &#8212; 10:45\n"
                   for i in range(n // 2)) + PROBE33_STORY


# The 37th probe's rules: bulk exports of other interfaces ("Документ N из M", "Документ <accession number>", "Ende des
# Dokuments"), records parted by rules of equals signs, Factiva's Russian display layout, Russian database and Nexis Uni
# German fields, a glued "Read also", a source field citing the issue

RU_STORY = ("Российские угольщики и китайские железнодорожники согласовали новую схему поставок энергетического угля "
            "по сухопутным переходам на Дальнем Востоке, сообщили два участника переговоров в понедельник поздно вечером.\n")
RULE = "=" * 50 + "\n"


def ru_numbered(n: int) -> str:
    # a Russian database's export: n records each opening with "Документ i из n" (see reading._EXPORT_START)
    return f"ИНТЕГРУМ\nНайдено документов: {n}\n\n" + "".join(
        f"Документ {i} из {n}\n\nКоммерсантъ\nДата выпуска: 14.03.2024\nЗаглавие: Юань\n\n{RU_STORY}\n"
        for i in range(1, n + 1))


RULED_RECORD = f"Источник: Коммерсантъ (Москва), № 192, 18.10.2023, с. 1\nЗаголовок: Т\n\n{RU_STORY}\n" + RULE


def ruled_records(n: int) -> str:
    # a selection's header, then n records each opening with a field under a rule of equals signs: split
    return "Подборка\n" + RULE + RULED_RECORD * n


def ruled_not_split(n: int) -> str:
    # the same, then story text under the last rule that opens with no field: not split (every part read first)
    return ruled_records(n) + RU_STORY


FACTIVA_RU = ("Деловые новости\nПекин и Москва договорились о поставках угля\nАнастасия Веденеева\n512 слов\n"
              "22 августа 2023\nВедомости\nVEDOMO\nРусский язык\n© 2023 АО «Бизнес Ньюс Медиа». Все права защищены.\n\n"
              + RU_STORY + "\nДокумент VEDOMO0020230822ej8m0000b\n\n")


def factiva_ru(n: int) -> str:
    # n articles of Factiva's Russian interface in the display layout, each closed by its accession number
    return FACTIVA_RU * n


def factiva_ru_file(n: int) -> Path:
    # the same written to a file (read and split as a corpus reads it: reading.iter_documents)
    path = Path(tempfile.mkdtemp(prefix="bench_linear_")) / f"factiva_{n}.txt"
    path.write_text(factiva_ru(n), encoding="utf-8")
    return path


def read_documents_of(path: Path) -> int:
    return sum(1 for _ in iter_documents(path))


def cover_title_line(n: int) -> str:
    # a Nexis Uni export (German interface) whose cover page holds a line repeating the results list's first title n
    # times (1.6 MB at k*n): each line looked at once for the title alone on it (see reading._cover_end)
    return ("Benutzername: U\nDokumente (2)\n\n1. Talks in Astana\n2. Trade\n" + "Talks in Astana " * n
            + "\nSuchbegriffe: x\n\nTalks in Astana\n\n" + RU_STORY + "Ende des Dokuments\n\nTrade\n\n" + RU_STORY
            + "Ende des Dokuments\n")


def cover_entry_spaces(n: int) -> str:
    # the same cover page's "1. <title>" entry holding 5n spaces inside its title (the entry's end tried once a run)
    return ("Benutzername: U\nDokumente (2)\n\n1. Talks in" + " " * (5 * n) + "Astana\n2. Trade\nSuchbegriffe: x\n\n"
            "Talks in Astana\n\n" + RU_STORY + "Ende des Dokuments\n\nTrade\n\n" + RU_STORY + "Ende des Dokuments\n")


def word_count_lines(n: int) -> str:
    # a Factiva display header, the story, then n "1 024 слов" lines (50,000 at k*n)
    return FACTIVA_RU.split("\n\n")[0] + "\n\n" + RU_STORY + "1 024 слов\n" * n + "\nДокумент VEDOMO0020230822ej8m0000b\n"


def glued_read_also(n: int) -> str:
    # one story line of n "Read also" labels glued to a headline (1.2 MB at k*n)
    return "Talks\n\nPutin met Xi. " + "Read alsoChina's talks " * n + "\n"


def issue_citations(n: int) -> str:
    # n source fields citing the issue ("Источник: Коммерсантъ (Москва), № 192, 18.10.2023, с. 1"), see set_source
    return "Китай и Россия\n\n" + "Источник: Коммерсантъ (Москва), № 192, 18.10.2023, с. 1\n" * n + "\n" + RU_STORY


def ru_database_fields(n: int) -> str:
    # n runs of a Russian press database's fields (issue date, number, page, length, title)
    return ("Коммерсантъ\n" + "Дата выпуска: 14.03.2024\nНомер: 44\nСтраница: 7\nОбъем: 318 слов\nЗаглавие: Юань\n" * n
            + "\n" + RU_STORY)


def nexis_de_fields(n: int) -> str:
    # n runs of Nexis Uni's German fields and a date with its German weekday
    return ("China and Russia\n\nFinancial Times (London, England)\n" + "3. Juli 2024 Mittwoch\nRubrik: WORLD; Pg. 4\n"
            "Länge: 563 Wörter\nAutor: Polina Ivanova\nLadedatum: 14. Mai 2024\n" * n + "\nText\n\n" + RU_STORY)


def outlet_line_spaces(n: int) -> str:
    # an outlet's name, 5n spaces and no city in brackets over the date line (see _OUTLET_PLACE)
    return "Putin and Xi agree\n\nThe Moscow Times" + " " * (5 * n) + "x\nMay 16, 2024\n\nPutin met Xi in Beijing.\n"


# the 38th probe's rules (parsing: a paragraph on each line, no blank lines, in most of them)
P38_EN = ("Workers vote to extend the strike\nTuesday 8 April 2025 12:15\n"
          "Bin workers in Birmingham have voted to extend their strike until the end of June, their union said.\n")
P38_EN_END = "Residents have reported rats in some streets, and officials have warned of a risk of disease.\n"
P38_RU = ("Петербургский «Зенит» в центральном матче тура обыграл московский «Спартак» со счетом 2:1.\n"
          "После этой победы «Зенит» набрал 42 очка и отстает от лидера на одно очко.\n")


def lead_in_links(n: int) -> str:
    # n "Read more:" lead-ins, each over four links' headlines on lines of their own and a story line (see
    # _Parse.lead_in_links: the links looked at under each lead-in, five lines at most)
    return P38_EN + ("Read more:\nPrime minister will not intervene\nTrump tariffs explained\nUnion vote closes\n"
                     "Schools shut across region\nThe union said the offer was fair.\n") * n


def key_points_boxes(n: int) -> str:
    # n "Key points:" boxes of two points between story lines: each a box inside the story, furniture
    return P38_EN + ("Key points:\nAbout 17,000 tonnes of rubbish are uncollected\nThe council declared a major "
                     "incident\n" + P38_EN_END) * n


def key_points_headings(n: int) -> str:
    # n "Key points:" headings each over one short line (no box: five lines in a row): whether a story paragraph
    # stands above each heading is read once a block (it was a scan from the first block per heading: quadratic)
    return P38_EN + "Key points:\nx\n" * n + P38_EN_END


def names_under_byline(n: int) -> str:
    # a bare-name byline over n writers' names one to a line (the first three are bylines: see names_under_byline)
    return "ЦБ сохранил ключевую ставку\nВедомости\n21 марта 2025\nИван Ткачёв\n" + "Ольга Кувшинова\n" * n + P38_RU


def ansa_line(n: int) -> str:
    # one paragraph of n sentences (1.3 MB at k*n) opening with ANSA's tag and its dateline after it
    return ("Quake shakes Campi Flegrei\n13 March 2025 10:22\n(ANSA) - NAPLES, MAR 13 - "
            + "An earthquake of magnitude 4.4 struck the area west of Naples. " * n + "\n")


def quoted_mastheads(n: int) -> str:
    # n lines of an outlet's name in quotes (a masthead, see _outlet_lines) over the headline and the story
    return ("«Новая газета Европа»\n" * n + "Сюжеты\n«Нам платят меньше»: бастуют водители\n12 марта 2025 года\n"
            + P38_RU)


def topic_links(n: int) -> str:
    # n "Related Topics:" lead-ins, each over two topics' links, closing the page (see trailer_kind)
    return P38_EN + P38_EN_END + "Related Topics:\nBirmingham\nStrikes\n" * n


def quoted_signatures(n: int) -> str:
    # n signatures naming the outlet in quotes closing the story (see end_matter, trailer_kind)
    return ("Фонтанка.ру\nСуд арестовал директора управляющей компании\n11 февраля 2025, 14:05\n" + P38_RU
            + "Дмитрий Ермолаев, «Фонтанка.ру»\n" * n)


def correction_notes(n: int) -> str:
    # n editors' notes, in Russian and naming "a previous version", between story lines (see _EDITORS_NOTE_RU)
    return P38_EN + ("ИСПРАВЛЕНИЕ: в первой версии текста неверно указано число маршрутов. Ошибка исправлена.\n"
                     "Correction: A previous version of this article misstated the date of the strike.\n"
                     + P38_EN_END) * n


def what_we_know(n: int) -> str:
    # n "What we know:" boxes of two points, blank lines between them, over the story (see summary_box)
    return ("Wildfire forces thousands to evacuate\n\nAug. 14, 2025\n\n" + "What we know:\nThe fire has burned about "
            "18,400 acres and was 12% contained.\nNo deaths have been reported.\n\n" * n + P38_EN_END)


def picture_labels(n: int) -> str:
    # n "Image:" labels over a caption closing with its "Pic: PA" credit, between story lines
    return P38_EN + ("Image:\nRubbish bags piled up on a street in Birmingham. Pic: PA\n" + P38_EN_END) * n


def rate_notes(n: int) -> str:
    # n wires' exchange-rate notes and "Related Story:" lines between story lines (data/boilerplate*.txt)
    return P38_EN + ("($1 = 0.8487 euros)\nRelated Story: Prime minister says he will not intervene in bin strike\n"
                     + P38_EN_END) * n


# --- cases ---------------------------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    build: Callable[[int], object]
    run: Callable[[object], object]
    n: int
    k: int
    throughput: Callable[[object, object, float], str] | None = None  # (input, result, seconds) -> text


def rtf_throughput(src, _result, seconds: float) -> str:
    return f"{len(src) / 1e6 / seconds:,.1f} MB/s"


def sentence_throughput(_text, spans, seconds: float) -> str:
    return f"{len(spans) / seconds:,.0f} sentences/s"


# coordinated dates (timex._coordinated): one long chain of months and seasons joined by commas and "и"/"and" (each
# chain was copied at every join once: quadratic), and days listed before a day and month, spans of years by dashes
def coordinated_periods(n: int) -> str:
    return "Работы шли в мае, июне или в июле и весной и летом, the spring and summer and " * n


def day_lists(n: int) -> str:
    return "прошли 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 и 11 мая, in 2019-2020-2021 and 2019-20, last week on Tuesday " * n


def timex_tag(text: str) -> int:
    return len(timexes(text, dct="2024-03-10"))


CASES = [
    Case("exports: export_spans", export_text, export_spans, 40_000, 4),
    Case("formats: rtf_text", rtf_source, rtf_text, 5_000, 4, rtf_throughput),
    Case("sentences: split_sentences", sentence_text, split_sentences, 5_000, 4, sentence_throughput),
    Case("body: end-matter lines", body_text, parse_text, 2_000, 4),
    Case("header: metadata block", header_block, parse_text, 10_000, 10),
    Case("header: label runs", header_labels, parse_text, 10_000, 10),
    *[Case(f"markdown: {name} lines", markdown_text(unit), parse_text, 1_000, 4) for name, unit in MARKDOWN_UNITS.items()],
    *[Case(f"chat: {name}", chat_text(unit), parse_text, 4_000 if name == "WhatsApp" else 2_000, 5)
      for name, unit in CHAT_UNITS.items()],
    Case("mail: quoted lines", quoted_mail, parse_text, 10_000, 5),
    Case("mail: quoted 200 deep", nested_quotes, parse_text, 500, 5),
    Case("line: <mail addresses>", one_line("<a@b.com> "), parse_text, 20_000, 5),
    Case("line: Japanese dates", one_line("2024年5月16日 "), parse_text, 3_000, 5),
    Case("line: Japanese years", one_line("2024年 "), parse_text, 25_000, 5),
    Case("header: menu rows", menu_rows, parse_text, 2_000, 5),
    Case("body: glued stops", glued_stops, parse_text, 10_000, 5),
    Case("body: dotted names", dotted_names, parse_text, 2_000, 5),
    Case("body: Updated words", updated_words, parse_text, 2_000, 5),
    Case("header: credit lines", credit_lines, parse_text, 1_000, 5),
    Case("body: hyphenated line ends", hyphenated_lines, parse_text, 1_000, 5),
    Case("line: acronym glues", acronym_glues, parse_text, 6_000, 5),
    Case("body: bracketed credits", bracket_credits, parse_text, 4_000, 5),
    Case("body: slash agency captions", slash_captions, parse_text, 1_000, 5),
    Case("body: print feet", print_feet, parse_text, 1_000, 5),
    Case("body: author boxes", author_boxes, parse_text, 2_000, 5),
    Case("body: app lines", app_lines, parse_text, 1_000, 5),
    Case("line: issue fields", issue_fields, parse_text, 10_000, 5),
    Case("header: print editions", print_editions, parse_text, 2_000, 5),
    Case("body: standfirst captions", standfirst_captions, parse_text, 1_000, 5),
    Case("body: agent notices", agent_notices, parse_text, 2_000, 5),
    Case("line: long agent notices", long_notices, parse_text, 2_000, 5),
    Case("body: cue timings", cue_timings, parse_text, 10_000, 5),
    Case("body: subtitle cues", subtitle_cues, parse_text, 1_000, 5),
    Case("body: media contacts", media_contacts, parse_text, 1_000, 5),
    Case("body: phone lines", phone_lines, parse_text, 2_000, 5),
    Case("body: about the authors", about_authors, parse_text, 2_000, 5),
    Case("reading: mojibake line", mojibake_line, repair_mojibake, 40_000, 5),
    Case("reading: garbled file", garbled_file, decode_bytes, 2_000, 5),
    Case("line: entities", entity_line, parse_text, 16_000, 5),
    Case("header: entity lines", entity_headers, parse_text, 2_000, 5),
    Case("exports: Документ N из M", ru_numbered, export_spans, 4_000, 5),
    Case("exports: ruled records", ruled_records, export_spans, 2_000, 5),
    Case("exports: ruled, not split", ruled_not_split, export_spans, 2_000, 5),
    Case("exports: cover title line", cover_title_line, export_spans, 20_000, 5),
    Case("exports: cover entry spaces", cover_entry_spaces, export_spans, 20_000, 5),
    Case("reading: Factiva RU file", factiva_ru_file, read_documents_of, 1_000, 5),
    Case("header: Factiva RU records", factiva_ru, parse_text, 200, 5),
    Case("body: word-count lines", word_count_lines, parse_text, 10_000, 5),
    Case("line: glued Read also", glued_read_also, parse_text, 10_000, 5),
    Case("header: issue citations", issue_citations, parse_text, 1_000, 5),
    Case("header: RU database fields", ru_database_fields, parse_text, 500, 5),
    Case("header: Nexis DE fields", nexis_de_fields, parse_text, 500, 5),
    Case("header: outlet line spaces", outlet_line_spaces, parse_text, 20_000, 5),
    Case("body: lead-in links", lead_in_links, parse_text, 1_000, 5),
    Case("body: Key points boxes", key_points_boxes, parse_text, 1_000, 5),
    Case("body: Key points headings", key_points_headings, parse_text, 10_000, 5),
    Case("header: names under byline", names_under_byline, parse_text, 4_000, 5),
    Case("line: ANSA dateline", ansa_line, parse_text, 4_000, 5),
    Case("header: quoted mastheads", quoted_mastheads, parse_text, 4_000, 5),
    Case("body: Related Topics", topic_links, parse_text, 2_000, 5),
    Case("body: quoted signatures", quoted_signatures, parse_text, 2_000, 5),
    Case("body: correction notes", correction_notes, parse_text, 1_000, 5),
    Case("header: What we know", what_we_know, parse_text, 1_000, 5),
    Case("body: Image labels, Pic:", picture_labels, parse_text, 1_000, 5),
    Case("body: rate notes", rate_notes, parse_text, 1_000, 5),
    Case("timex: coordinated months, seasons", coordinated_periods, timex_tag, 1_000, 4),
    Case("timex: day lists, year spans", day_lists, timex_tag, 1_000, 4),
]


def best_time(run, arg) -> tuple[float, object]:
    """Best CPU seconds of REPEAT calls, and the last call's result."""
    best, result = float("inf"), None
    for _ in range(REPEAT):
        gc.collect()
        started = time.process_time()
        result = run(arg)
        best = min(best, time.process_time() - started)
    return best, result


def main() -> int:
    only = sys.argv[1:]  # case names holding any of these words: run only those
    header = (f"{'case':<28} {'n':>7} {'k':>3} {'s small':>8} {'s big':>8} {'ratio':>6} {'ratio/k':>7}  "
              f"{'throughput (big)':<20} flag")
    print("CPU seconds, best of 3; ratio = big / small; ratio/k: 1.0 is linear; SUPERLINEAR? when ratio > 2*k")
    print(header)
    print("-" * len(header))
    flagged, ratios = [], []
    started = time.perf_counter()
    for case in CASES:
        if only and not any(w in case.name for w in only):
            continue
        case.run(case.build(max(1, case.n // 20)))  # warm-up: imports, compiled patterns, caches
        small, _ = best_time(case.run, case.build(case.n))
        big_input = case.build(case.n * case.k)
        big, result = best_time(case.run, big_input)
        ratio = big / max(small, 1e-9)
        ratios.append(ratio / case.k)
        flag = "SUPERLINEAR?" if ratio > 2 * case.k else ""
        if flag:
            flagged.append(case.name)
        rate = case.throughput(big_input, result, big) if case.throughput else ""
        print(f"{case.name:<28} {case.n:>7,} {case.k:>3} {small:>8.3f} {big:>8.3f} {ratio:>6.2f} {ratio / case.k:>7.2f}  "
              f"{rate:<20} {flag}".rstrip(), flush=True)
    print("-" * len(header))
    verdict = f"SUPERLINEAR? in {len(flagged)}: {', '.join(flagged)}" if flagged else "none above 2*k"
    print(f"summary: {len(ratios)} cases, ratio/k {min(ratios):.2f}-{max(ratios):.2f}, {verdict}; "
          f"{time.perf_counter() - started:.0f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
