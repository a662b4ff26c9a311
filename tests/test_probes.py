"""Probes of articles in export styles the parser's rules were not written from (tests/data/probes/): 30 of the
seventeenth session (browser copies, Markdown clippers, newsletters, e-mail, Russian sites, wire copy), 14 of
the eighteenth (Gale, EBSCOhost, Meltwater, Wayback Machine, reader views, syndicated and print copies, Russian
mobile pages, Chinese and Japanese state and wire media, a live blog), 16 each of the nineteenth and twentieth
(transcripts, blogs, terminal copy; British, American, Russian, Ukrainian, Central Asian, Mongolian, Singaporean and
Indian outlets' page copies, a clipper's note) and 16 of the twenty-first (a wire's slug copy, reader modes and
RSS readers, LinkedIn, a podcast transcript, a think tank's PDF text, a Word draft with tracked-change debris; Turkish,
Indian, Gulf and Russian state outlets; a Telegram web preview, a VK post, Fontanka). Each file's expectations (expected.py next to it) were written
by a careful reader before the parser was run on it: title, publication date, outlet, authors, agencies, section,
subheadings, how the story starts, text that must be in the story's sentences and furniture that must not, glued
words and their repair."""

import importlib.util
from pathlib import Path

import pytest

from presslens.parsing import parse_text

PROBES = Path(__file__).parent / "data" / "probes"


def _expected(probe: str) -> dict:
    spec = importlib.util.spec_from_file_location(f"expected_{probe}", PROBES / probe / "expected.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.E


CASES = [(probe, name, exp) for probe in ("probe17", "probe18", "probe19", "probe20", "probe21", "probe22") for name, exp in _expected(probe).items()]


def misreadings(text: str, exp: dict) -> list[tuple]:
    """What the parse of ``text`` gets wrong against the expectations ``exp``: (field, wanted, got) each."""
    art = parse_text(text)
    sents = [art.text[s:e] for _p, s, e in art.sentences]
    body = "\n".join(sents)
    wrong = []
    if art.title.strip() not in [exp["title"], *exp.get("title_ok", [])]:
        wrong.append(("title", exp["title"], art.title))
    if art.published[:10] not in exp.get("published_ok", [exp["published"]]):
        wrong.append(("published", exp["published"], art.published))
    if exp["source"] is not None and art.source.strip().lower() not in [s.lower() for s in exp["source"]]:
        wrong.append(("source", exp["source"][0], art.source))
    if list(art.authors) not in exp.get("authors_ok", [exp["authors"]]):
        wrong.append(("authors", exp["authors"], art.authors))
    missing = [a for a in exp.get("agencies", []) if not any(a.lower() in g.lower() for g in art.agencies)]
    if missing:
        wrong.append(("agencies", exp["agencies"], art.agencies))
    if "section" in exp and art.section != exp["section"]:
        wrong.append(("section", exp["section"], art.section))
    if "first" in exp and not (sents and sents[0].startswith(exp["first"])):
        wrong.append(("first sentence", exp["first"], sents[0][:80] if sents else ""))
    wrong += [("subheading", s, art.subheadings) for s in exp.get("subheadings", [])
              if not any(s in x for x in art.subheadings)]
    wrong += [("furniture in the story", s, body[max(0, body.index(s) - 60):body.index(s) + 80])
              for s in exp["body_out"] if s in body]
    wrong += [("story text missing", s, "") for s in exp["body_in"] if s not in body]
    for raw, repaired in exp.get("glued", []):
        at = art.text.find(raw)
        got = art.analysis(at, at + len(raw)) if at >= 0 else ""
        if got != repaired:
            wrong.append(("glued word", f"{raw} -> {repaired}", got))
    if "min_paragraphs" in exp and len(art.paragraphs) < exp["min_paragraphs"]:
        wrong.append(("paragraphs", exp["min_paragraphs"], len(art.paragraphs)))
    return wrong


# Misreadings left on purpose, each with its reason (the test fails when one goes away, so it is then taken off):
KNOWN = {
    # "China | Unequal partners": the section line is kept whole, as the project keeps "News|Russia-Ukraine war"
    # (tests/test_export_styles.py); the reader wrote only the section's name
    ("probe20", "economist.txt"): [("section", "China", "China | Unequal partners")],
    # the page names its outlet only in a widget's "... from CNBC PRO" and a first line "Foreign Affairs" whose form
    # says no outlet (no word outlets are called by, no repeat in the furniture): no rule short of a list of names
    ("probe20", "cnbc.txt"): [("source", "CNBC", "")],
    ("probe20", "foreign_affairs.txt"): [("source", "Foreign Affairs", "")],
    # Probe 21: 134 wrong checks before any change, 90 after the rules of tests/test_styles_probe21.py; 84 pinned here
    # at the 21st session's end, 65 after the page-layout rules of tests/test_styles_page_furniture.py, 58 after
    # those of tests/test_styles_reader_copies.py, 50 after the caption, summary and link rules closing
    # tests/test_styles_probe21.py; what is left
    # needs layouts no rule reads yet (each file's reason below), not a list of the probe's own words
    # a menu, a standfirst, a caption and a 'Go to the mediabank' line between the headline and a date line
    # far below it: no header rule reaches the headline over that many lines (left for a headline-above-a-credit rule)
    ("probe21", 'sputnik_en.txt'): [
        ('title', 'Russia, China Agree to Coordinate More Closely at UN After Lavrov-Wang Talks in Beijing', 'World'),
        ('published', '2024-04-09', ''),
        ('section', 'World', 'International'),
        ('first sentence', 'Russia and China have agreed to step up coordination', 'Russia\nAfrica\nAsia\nAnalysis\nMultimedia'),
        ('furniture in the story', 'Russian Foreign Minister Sergei Lavrov is on a two-day visit', 'inate More Closely at UN After Lavrov-Wang Talks in Beijing\nRussian Foreign Minister Sergei Lavrov is on a two-day visit to China, where he '),
        ('furniture in the story', 'shake hands before talks', 'received by President Xi Jinping.\nSergei Lavrov and Wang Yi shake hands before talks in Beijing\nGo to the mediabank\n13:42 GMT 09.04.2024 (Up'),
        ('furniture in the story', 'Go to the mediabank', 'rgei Lavrov and Wang Yi shake hands before talks in Beijing\nGo to the mediabank\n13:42 GMT 09.04.2024 (Updated: 15:10 GMT 09.04.2024)\nRussia '),
        ('furniture in the story', '13:42 GMT', ' Yi shake hands before talks in Beijing\nGo to the mediabank\n13:42 GMT 09.04.2024 (Updated: 15:10 GMT 09.04.2024)\nRussia and China have agree'),
    ],
    # the outlet is named only by the reader's 'www.rfa.org' line, which is taken for page furniture
    ("probe21", 'edge_immersive_rfa.txt'): [
        ('source', 'Radio Free Asia', ''),
    ],
    # the author's name twice and his headline line with '|' over 'Published' and '+ Follow': the headline
    # line is taken for the title; LinkedIn is named only by the first menu line
    ("probe21", 'linkedin.txt'): [
        ('title', "The Rouble–Yuan Question: What Russia's Pivot East Means for Commodity Traders", 'Head of Eurasia Research at Vistula Commodities | Former Reuters correspondent in Moscow'),
        ('source', 'LinkedIn', ''),
        ('authors', ['Marek Kowalczyk'], []),
    ],
    # a show's 'Hosted by'/'Guest:' lines, the transcript note and '[00:00:04]' timecodes opening the
    # speakers' lines: timecodes inside a paragraph's lines are not split off yet
    ("probe21", 'podcast_transcript.txt'): [
        ('first sentence', 'Claire Benton: Welcome to The Eurasia Desk', 'Hosted by Claire Benton\nGuest: Anton Ilyin, senior fellow at the Institute for E'),
        ('furniture in the story', 'Hosted by', 'Hosted by Claire Benton\nGuest: Anton Ilyin, senior fellow at the Institute for E'),
        ('furniture in the story', 'Guest:', 'Hosted by Claire Benton\nGuest: Anton Ilyin, senior fellow at the Institute for Eurasian Studies\nThis tra'),
        ('furniture in the story', 'This transcript was generated', ' Ilyin, senior fellow at the Institute for Eurasian Studies\nThis transcript was generated automatically and lightly edited for clarity.\nPlea'),
        ('furniture in the story', '[00:0', "for clarity.\nPlease check against the audio before quoting.\n[00:00:04] Claire Benton: Welcome to The Eurasia Desk, I'm Claire Benton.\nA mont"),
        ('furniture in the story', 'Related episodes', '\nIf you enjoyed it, please subscribe and leave us a review.\nRelated episodes\nEpisode 141: Central Asia between Moscow and Beijing\nEpisode 13'),
        ('furniture in the story', 'Episode 141', 't, please subscribe and leave us a review.\nRelated episodes\nEpisode 141: Central Asia between Moscow and Beijing\nEpisode 139: What the SCO i'),
    ],
    # a think tank PDF's text: its running heads and feet, contents, page-foot notes and numbered section headings
    # are read (tests/test_styles_page_furniture.py); the cover's 'Research Paper' label is still taken for the title,
    # so the names under the real title are not read as a byline, and the programme line, the institute's blurb and
    # the authors' notes at the end stay story text
    ("probe21", 'chatham_pdf.txt'): [
        ('title', 'Pipeline politics: China, Russia and the limits of energy partnership', 'Research Paper'),
        ('published', '2024-06-01', ''),
        ('source', 'Chatham House', ''),
        ('authors', ['Helen Marlowe', 'Dmitri Sokolenko'], []),
        ('furniture in the story', 'Russia and Eurasia Programme', 'Russia and Eurasia Programme\nJune 2024\nChatham House, the Royal Institute of Int'),
        ('furniture in the story', 'is a world-leading policy institute', 'hatham House, the Royal Institute of International Affairs, is a world-leading policy institute based in London.\nOur mission is to help gove'),
        ('furniture in the story', 'About the authors', ' is a lasting dependency of Moscow on its largest customer.\nAbout the authors\nHelen Marlowe is a senior research fellow in the Russia and Eu'),
        ('furniture in the story', 'is a senior research fellow', 'ow on its largest customer.\nAbout the authors\nHelen Marlowe is a senior research fellow in the Russia and Eurasia Programme at Chatham House'),
    ],
    # a draft's 'Filed:' field is not a date label, and the comments closing the draft ('[SH1]Check ...') are
    # read as story text
    ("probe21", 'word_tracked.txt'): [
        ('published', '2023-09-14', ''),
        ('first sentence', 'When Chinese and Russian officials signed a protocol last month', 'Filed: 14 September 2023'),
        ('furniture in the story', 'Filed:', 'Filed: 14 September 2023\nWhen Chinese and Russian officials signed a protocol la'),
        ('furniture in the story', 'is a senior fellow at the Fridtjof Nansen', 'y what Russia is willing to concede to China.\nSigrid Haugen is a senior fellow at the Fridtjof Nansen Institute in Oslo.\n[SH1]Check date of '),
        ('furniture in the story', 'Check date of protocol', 'enior fellow at the Fridtjof Nansen Institute in Oslo.\n[SH1]Check date of protocol – Rosatom said 22 August?\n[ED2]Need source for the "recor'),
        ('furniture in the story', 'Need source for the', '\n[SH1]Check date of protocol – Rosatom said 22 August?\n[ED2]Need source for the "record" claim – Barents Observer count?\nPlease add link.'),
    ],
    # a Telegram preview: the channel name and description over a day 'June 7' without a year, the post's first
    # line its headline: no rule for a channel page's layout yet
    ("probe21", 'tme_preview_ru.txt'): [
        ('title', 'Торговля России и Китая снижается третий месяц подряд', 'Китайский след'),
        ('published', '2024-06-07', ''),
        ('source', 'Китайский след', ''),
        ('first sentence', 'По данным Главного таможенного управления КНР', 'Аналитика и новости о Китае и российско-китайских отношениях.'),
        ('furniture in the story', 'Аналитика и новости о Китае', 'Аналитика и новости о Китае и российско-китайских отношениях.\nДля связи: @trace_'),
    ],
    # the community's name printed twice over the post's date: taken for the title and its repeat; the post's
    # first line and its 'ВЛАДИВОСТОК, 5 сентября.' dateline (no agency, no dash) are read as story
    ("probe21", 'vk_post_ru.txt'): [
        ('title', 'Путин и вице-премьер Госсовета КНР Дин Сюэсян обсудили на ВЭФ энергетику и Северный морской путь', 'Восточный экспресс | Новости Азии'),
        ('source', 'Восточный экспресс | Новости Азии', ''),
        ('first sentence', 'Президент России Владимир Путин провел на полях', 'Путин и вице-премьер Госсовета КНР Дин Сюэсян обсудили на ВЭФ энергетику и Север'),
        ('furniture in the story', 'ВЛАДИВОСТОК, 5 сентября', 'н Сюэсян обсудили на ВЭФ энергетику и Северный морской путь\nВЛАДИВОСТОК, 5 сентября.\nПрезидент России Владимир Путин провел на полях Восточн'),
    ],
    # the copyright line names XINHUANET.com, the outlet's web address, which the reader did not list
    ("probe21", 'xinhua_ru.txt'): [
        ('source', 'Синьхуа', 'XINHUANET.com'),
    ],
    # the site's name with a Cyrillic domain ('Фонтанка.ру') is not read as an outlet, so the signature
    # 'Ирина Ильина, «Фонтанка.ру»' and the appeal and error-report lines under the story stay story text
    ("probe21", 'fontanka_ru.txt'): [
        ('source', 'Фонтанка.ру', ''),
        ('authors', ['Ирина Ильина'], []),
        ('furniture in the story', 'Ирина Ильина, «Фонтанка.ру»', 'итогам первых пяти месяцев 2024 года их доля превысила 55%.\nИрина Ильина, «Фонтанка.ру»\nБольше новостей — в нашем телеграм-канале «Фонтанка '),
        ('furniture in the story', 'Больше новостей', '024 года их доля превысила 55%.\nИрина Ильина, «Фонтанка.ру»\nБольше новостей — в нашем телеграм-канале «Фонтанка SPB online».\nПодписывайтесь,'),
        ('furniture in the story', 'Подписывайтесь', 'е новостей — в нашем телеграм-канале «Фонтанка SPB online».\nПодписывайтесь, чтобы первыми узнавать о главном.\nНашли ошибку?\nВыделите текст и'),
        ('furniture in the story', 'Нашли ошибку', ' online».\nПодписывайтесь, чтобы первыми узнавать о главном.\nНашли ошибку?\nВыделите текст и нажмите Ctrl+Enter\nАвтомобилиКитайБизнес'),
        ('furniture in the story', 'АвтомобилиКитайБизнес', ' главном.\nНашли ошибку?\nВыделите текст и нажмите Ctrl+Enter\nАвтомобилиКитайБизнес'),
    ],

}


@pytest.mark.parametrize("probe,name,exp", CASES, ids=[f"{p}/{n}" for p, n, _ in CASES])
def test_probe_article_is_read_as_a_careful_reader_reads_it(probe, name, exp):
    text = (PROBES / probe / "articles" / name).read_text(encoding="utf-8")
    assert misreadings(text, exp) == KNOWN.get((probe, name), [])


def test_the_checks_can_fail():
    probe, name, exp = CASES[0]
    text = (PROBES / probe / "articles" / name).read_text(encoding="utf-8")
    assert [w[0] for w in misreadings(text, {**exp, "title": "Another title", "body_in": ["no such words"]})] == [
        "title", "story text missing"]
