"""Probes of articles in export styles the parser's rules were not written from (tests/data/probes/): 30 of the
seventeenth session (browser copies, Markdown clippers, newsletters, e-mail, Russian sites, wire copy), 14 of
the eighteenth (Gale, EBSCOhost, Meltwater, Wayback Machine, reader views, syndicated and print copies, Russian
mobile pages, Chinese and Japanese state and wire media, a live blog), 16 each of the nineteenth and twentieth
(transcripts, blogs, terminal copy; British, American, Russian, Ukrainian, Central Asian, Mongolian, Singaporean and
Indian outlets' page copies, a clipper's note), 16 of the twenty-first (a wire's slug copy, reader modes and
RSS readers, LinkedIn, a podcast transcript, a think tank's PDF text, a Word draft with tracked-change debris; Turkish,
Indian, Gulf and Russian state outlets; a Telegram web preview, a VK post, Fontanka), 16 of the twenty-second
(Newsweek, Yahoo's syndication of AFP, Reuters through an AMP cache, Mainichi, VnExpress, Kazinform, Daily Maverick,
Взгляд, Радио Свобода, DW in Russian, a Dzen channel, a wallabag Markdown export, a ProQuest record, a OneNote clip, a
WeChat article machine-translated, a Gmail printout) and 16 of the twenty-third (the Guardian app's share text, a
Factiva record of Nikkei Asia, a Nexis Uni export of The Moscow Times with its cover page, The Diplomat's newsletter,
Carnegie Politika, Kommersant in English, Meduza, Новые Известия, Фокус, Global Times, China Daily, Xinhua in English,
Kyiv Post, a Reddit post, a Readwise Reader Markdown export, Nikkei Asia saved as text under its menus) and 16 of the
twenty-fourth (the South China Morning Post, The Straits Times, The Japan Times, Hindustan Times, Al Jazeera and RFE/RL
page copies, a Substack post, an Evernote clip of the Lowy Institute's Interpreter, a Pocket copy of Euronews; ТАСС,
РИА Новости, РБК, Интерфакс, Русская служба Би-би-си, «Коммерсантъ» and «Украинская правда» in Russian) and 12 of the
twenty-fifth, web pages saved from the browser as HTML with their markup, <head> metadata (meta tags, JSON-LD), menus,
boxes and embeds (the Guardian, The New York Times, AP, The Moscow Times, The Diplomat, Nikkei Asia, POLITICO Europe;
ТАСС, РИА Новости, «Коммерсантъ», Meduza and РБК) and 16 of the twenty-sixth (the Financial Times, Bloomberg, NHK World,
Yonhap, Dawn, Eurasianet, ABC News (Australia) and The Hindu page copies, an Apple News share of Foreign Policy, an
Obsidian web clip with YAML front matter; Известия, Lenta.ru, «Ведомости», «Российская газета», «Независимая газета»
and БелТА in Russian) and 16 of the twenty-seventh (CNN, War on the Rocks, DW, RT, France 24, The National, The Express
Tribune page copies, a Feedly item of The National Interest, a Flipboard share of The Independent, a print-to-text
page of The Indian Express's e-paper; Tengrinews, ИА REGNUM, Forbes Россия, «Профиль», Sputnik Беларусь and Жэньминь
жибао онлайн in Russian) and 16 of the twenty-eighth (copies through reading and translation tools: Safari Reader of Le
Monde in English, Send to Kindle of the Taipei Times, Firefox Reader View of Daily NK, an Omnivore Markdown export of
the SCMP's Inside China, DeepL output of Kommersant with its footer, Google Translate of a Xinhua page with both
languages, Yandex.Translate of Reuters into Russian; the Axios China and The Bell newsletters as mail; kremlin.ru and
state.gov pages; Голос Америки, Фергана, «Новая газета Европа», Газета.Ru and CGTN на русском) and 16 of the
twenty-ninth (exports and apps: PressReader's text view of The Korea Herald's print page, a NewsBank (Access World News)
record of The Times of India, an Instapaper copy of Asia Times, a Joplin Markdown clip of The Economist, an Inoreader
item of Kyodo News, Microsoft Edge's immersive reader copy of Foreign Affairs, a Slack message pasting Radio Free Asia,
a Medium post, Caixin Global's page copy; «Московский комсомолец», «Аргументы и факты», «Курсив», Азаттык, Kun.uz на
русском, a vc.ru post and «Эхо» in Russian) and 16 of the thirtieth (notes, clips, feeds and chats: a Zotero snapshot's note
of Sixth Tone, a Notion clip of The Economist's Espresso, an Apple Notes copy of The Straits Times' print page, a
Raindrop.io permanent copy of The China Project, an RSS item's raw text of The Wire China, a Microsoft Teams post pasting
NK News, a Telegram channel's export; Kyodo's English wire, The Korea Times and Radio Free Asia page copies; «Эксперт»,
«Парламентская газета», Москва 24, «Новая газета» (2022 archive), «Азия-Плюс» and 24.kg in Russian) and 16 of the
thirty-first (wire copy, print texts, social posts, chats and mail: AP's wire with '___' separators, the Guardian's
print-edition text, a LexisNexis 'Full text' delivery of the Financial Times, a Voice of America page, an Outlook
forward of POLITICO's China Watcher quoted with '>', a WhatsApp chat export pasting Nikkei Asia, a Mastodon thread and
a Bluesky post pasting The Diplomat and Foreign Affairs, a Ground News story page of Reuters copy; «Деловой Петербург»,
«Российская газета — Неделя» print, Sputnik Казахстан, EADaily, a Дзен article copied from mobile, «Сибирь.Реалии» and
NHK WORLD-JAPAN in Russian) and 14 of the thirty-second (print and scan texts, wires, mail, drafts and shares: a
magazine page's PDF layout text with running feet and words hyphenated at the lines' ends, a scanned clipping's OCR of
The Irish Times, a beehiiv newsletter's mail, a Bloomberg terminal story, Dow Jones Newswires, dpa's international wire,
MSN's syndication of Reuters, a Google Docs draft with its comments, an iMessage share of The New York Times; Интерфакс-АВН,
«Известия» print PDF text, «Комсомольская правда», a Telegram outlet's page (Baza) and «Вечерний Бишкек» in Russian) and 14 of the
thirty-third (video, social and app copies, page copies and print: a YouTube page with its description, chapters,
transcript and comments, a Facebook page's post with its link card and reactions, the SCMP app's share text, The Kyiv
Independent, Jamestown's Eurasia Daily Monitor, Arab News, The Japan News and Euractiv page copies; «Коммерсантъ»'s
print PDF text, URA.RU, Вести.Ru, Росбалт, Life.ru and Настоящее Время in Russian) and 14 of the thirty-fourth (releases, documents,
captures and messages: a company's press release, a Chatham House expert comment with endnotes, a CSIS Q&A, an
archive.today capture of Reuters, a briefing note saved from Word, a news video's WebVTT subtitles, a UN Security
Council meeting record, a Signal forward pasting Nikkei Asia; МИД России's "Сообщение для СМИ", PrimaMedia,
«Амурская правда», an Одноклассники group's post, Znak.com and Дождь with its foreign-agent notice in Russian) and 14 of the thirty-fifth (less common layouts of
ordinary outlets: a byline after the story, a 'Key points' box over the headline, an explainer with numbered questions,
inline 'Related:' lists with pull quotes repeated, a photo gallery, a story over three pages, a print story continued
on another page, smart-quote mojibake with HTML entities, Windows line ends and tabs with two agencies (Kyodo, Jiji);
in Russian «Читайте также» blocks with «Фото:» credits and a «Справка» box, a byline with its role under relative
dates, РБК-Украина and «Зеркало недели» in Russian, a live page whose title is repeated as 'LIVE:') and 14 of the thirty-sixth
(ordinary layouts read slightly differently: a breadcrumb line over The Astana Times' masthead, Hong Kong Free Press
with a headline in capitals and with numbered photo captions ('Photo 1 of 5'), The Diplomat with a headline split over
two lines and authors' bio lines and with a 'Timeline:' list of dated lines, Asia Times dated only at the end ('First
published on'), Nikkei Asia with two authors and their roles, The Moscow Times with an editor's note over the story
and a correction under it; in Russian Лента.ру under a breadcrumb 'Главная / Мир / Азия', a ТАСС dateline
'УЛАН-БАТОР, 2 сентября. /ТАСС/.', a Q&A interview of «Новая газета Европа» with '— Вопрос:'/'— Ответ:' turns,
«Известия» with bullet and dash lists, Фонтанка with its title repeated in capitals as the story's first line, ИА
REGNUM dated and signed only at the end ('Опубликовано:', 'Автор:')) and 12 of the thirty-seventh (bulk exports of the
databases researchers of the Russian press use, two articles each, read as '<file>/<n>': Integrum ('Документ 1 из 2',
'Заглавие:', 'Дата выпуска:'), Factiva in Russian ('512 слов', 'Документ <AN>'), East View's UDB, Nexis Uni in German
('Ende des Dokuments'), a Public.ru selection parted by rules of '=' and a Медиалогия report; and aggregator copies: a
Дзен Новости story page, a Google News viewer's copy of Reuters, a NewsBlur story view of The Diplomat, Рамблер and
Новости Mail republishing ТАСС and Интерфакс, Свободная пресса with СМИ2 teaser blocks) and 12 of the thirty-eighth
(ordinary outlets on other stories than China-Russia relations: USA Today on a wildfire with a 'What we know:' box, NPR
on a medical study with its caption toggles, Reuters' sports wire on a football transfer, Sky News on a strike with a
'Key points:' box mid-story and 'Pic:' credits, the Irish Independent on a court case with a correction, ANSA's
English wire on an earthquake ('(ANSA) - NAPLES, MAR 13 -'), The Local on a film festival; Спорт-Экспресс's match
report with its facts box, Фонтанка on a court case, Газета.Ru on a science find, «Ведомости» on a rate decision with
two authors one to a line, «Новая газета Европа» on a strike with a correction 'ИСПРАВЛЕНИЕ:') and 12 of the thirty-ninth
(genres: opinion columns with the author's role and the outlet's disclaimer (The Hill; Republic's 'Мнение автора может не
совпадать ...'), interviews with names opening the turns (CBC's As It Happens; «Холод»), obituaries (The Independent,
«Бумага»), film reviews with stars or ratings and a credits box (The Sydney Morning Herald; «Афиша Daily»), an election
night live blog with timestamped entries newest first (CBS News), a football live text with minute marks under its score
box («Чемпионат»), an earnings story with a table pasted one cell to a line (The Globe and Mail), a storm story with
'UPDATE' stamps and a 'Do you have a story?' box (MailOnline)).
Each file's
expectations (expected.py next to it) were written by a careful reader before the parser was run on it: title,
publication date, outlet, authors, agencies, section, subheadings, how the story starts, text that must be in the
story's sentences and furniture that must not, glued words and their repair."""

import importlib.util
from pathlib import Path

import pytest

from presslens.parsing import parse_text
from presslens.reading import Document, decode_bytes, split_export

PROBES = Path(__file__).parent / "data" / "probes"


def _expected(probe: str) -> dict:
    spec = importlib.util.spec_from_file_location(f"expected_{probe}", PROBES / probe / "expected.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.E


CASES = [(probe, name, exp) for probe in ("probe17", "probe18", "probe19", "probe20", "probe21", "probe22", "probe23", "probe24", "probe25", "probe26", "probe27", "probe28", "probe29", "probe30", "probe31", "probe32", "probe33", "probe34", "probe35", "probe36", "probe37", "probe38", "probe39") for name, exp in _expected(probe).items()]


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
    # the page names its outlet only in a widget's "... from CNBC PRO" (Foreign Affairs' first line is read since the
    # list of outlets' names, data/outlets.txt: tests/test_outlets.py)
    ("probe20", "cnbc.txt"): [("source", "CNBC", "")],
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
    # so the names under the real title are not read as a byline, and the programme line and the institute's blurb
    # stay story text (the authors' notes at the end, two under 'About the authors', are bylines since review 39)
    ("probe21", 'chatham_pdf.txt'): [
        ('title', 'Pipeline politics: China, Russia and the limits of energy partnership', 'Research Paper'),
        ('published', '2024-06-01', ''),
        ('source', 'Chatham House', ''),
        ('authors', ['Helen Marlowe', 'Dmitri Sokolenko'], []),
        ('furniture in the story', 'Russia and Eurasia Programme', 'Russia and Eurasia Programme\nJune 2024\nChatham House, the Royal Institute of Int'),
        ('furniture in the story', 'is a world-leading policy institute', 'hatham House, the Royal Institute of International Affairs, is a world-leading policy institute based in London.\nOur mission is to help gove'),
    ],
    # a draft's 'Filed:' field is not a date label (the comments closing the draft, '[SH1]Check ...', and the
    # author's note over them are read since probe 32: tests/test_styles_probe32.py)
    ("probe21", 'word_tracked.txt'): [
        ('published', '2023-09-14', ''),
        ('first sentence', 'When Chinese and Russian officials signed a protocol last month', 'Filed: 14 September 2023'),
        ('furniture in the story', 'Filed:', 'Filed: 14 September 2023\nWhen Chinese and Russian officials signed a protocol la'),
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
    # the site's name with a Cyrillic domain ('Фонтанка.ру', the outlet since its masthead is a known one) is not read
    # as an outlet's name in the signature 'Ирина Ильина, «Фонтанка.ру»', so it and the appeal lines under the story stay story text (the error-report line is
    # furniture since probe 27: tests/test_styles_probe27.py)
    ("probe21", 'fontanka_ru.txt'): [
        ('authors', ['Ирина Ильина'], []),
        ('furniture in the story', 'Ирина Ильина, «Фонтанка.ру»', 'итогам первых пяти месяцев 2024 года их доля превысила 55%.\nИрина Ильина, «Фонтанка.ру»\nБольше новостей — в нашем телеграм-канале «Фонтанка '),
        ('furniture in the story', 'Больше новостей', '024 года их доля превысила 55%.\nИрина Ильина, «Фонтанка.ру»\nБольше новостей — в нашем телеграм-канале «Фонтанка SPB online».\nПодписывайтесь,'),
        ('furniture in the story', 'Подписывайтесь', 'е новостей — в нашем телеграм-канале «Фонтанка SPB online».\nПодписывайтесь, чтобы первыми узнавать о главном.\nАвтомобилиКитайБизнес'),
        ('furniture in the story', 'АвтомобилиКитайБизнес', ' online».\nПодписывайтесь, чтобы первыми узнавать о главном.\nАвтомобилиКитайБизнес'),
    ],
    # Probe 22: 121 wrong checks before any change, 40 after the rules of tests/test_styles_probe22.py, 39 after
    # a lower-case word no name opens glued to a capitalized one is split without evidence (tests/test_parsing.py)
    # the outlet's mission line closing the page is a sentence, so the closing run stops there and the
    # 'About the writer' note above it stays
    ("probe22", 'newsweek.txt'): [
        ('furniture in the story', 'About the writer', ' Chinese trade and investment along the Northern Sea Route.\nAbout the writer\nMicah Dunleavy is a Newsweek reporter based in Taipei, Taiwan.\n'),
        ('furniture in the story', 'is a Newsweek reporter based in Taipei', 'ong the Northern Sea Route.\nAbout the writer\nMicah Dunleavy is a Newsweek reporter based in Taipei, Taiwan.\nHe covers China, Taiwan and the '),
        ('furniture in the story', 'committed to challenging conventional wisdom', 'vers China, Taiwan and the Indo-Pacific region.\nNewsweek is committed to challenging conventional wisdom and finding connections in the sear'),
    ],
    # the reader wrote no author for 'By Reuters'; the reporting line's reporter is read as the author
    ("probe22", 'amp_reuters.txt'): [
        ('authors', [], ['Liz Lee']),
    ],
    # 'MinisterNobuo': 'Nobuo' never stands alone in the text, so the glue has no evidence
    ("probe22", 'mainichi.txt'): [
        ('glued word', 'MinisterNobuo -> Minister Nobuo', 'MinisterNobuo'),
    ],
    # the 'Follow / date / 14 / Save / More'
    # widget under the byline ends the header at 'More'; the comments box under the story (its heading 'Comments -
    # share your knowledge ...' is no comments heading the parser knows) stays story text
    ("probe22", 'daily_maverick.txt'): [
        ('first sentence', 'Chinese President Xi Jinping landed at OR Tambo International Airport', 'More'),
        ('furniture in the story', 'Comments - share', "y say more about Beijing's influence than about Pretoria's.\nComments - share your knowledge and experience\nPlease note you must be a Maveric"),
        ('furniture in the story', 'Maverick Insider', 'are your knowledge and experience\nPlease note you must be a Maverick Insider to comment.\nSign up here or sign in if you are already an Insid'),
        ('furniture in the story', 'Everybody has an opinion', 'ent.\nSign up here or sign in if you are already an Insider.\nEverybody has an opinion but not everyone has the knowledge and the experience t'),
        ('furniture in the story', 'Gallery', ' the experience to contribute meaningfully to a discussion.\nGallery'),
    ],
    # the masthead 'ВЗГЛЯД / Деловая газета' is not read as the outlet (a slash between name and kind)
    ("probe22", 'vzglyad_ru.txt'): [
        ('source', 'Взгляд', ''),
    ],
    # 'РоссииСергей': 'Сергей' never stands alone in the text, so the glue has no evidence
    ("probe22", 'dw_ru.txt'): [
        ('glued word', 'РоссииСергей -> России Сергей', 'РоссииСергей'),
    ],
    # a ProQuest record whose field lines are unlabelled ('Fenwick, Laura.' / 'The Globe and Mail; Toronto, Ont.')
    # is not recognized as one, so its ABSTRACT/FULL TEXT/DETAILS layout is not read
    ("probe22", 'proquest_globe.txt'): [
        ('first sentence', "When Xi Jinping stepped off his plane at Moscow's Vnukovo airport", 'Fenwick, Laura.'),
        ('furniture in the story', 'Fenwick, Laura', 'Fenwick, Laura.\nThe Globe and Mail; Toronto, Ont.\n[Toronto, Ont].\n21 Mar 2023: A'),
        ('furniture in the story', 'The Globe and Mail; Toronto', 'Fenwick, Laura.\nThe Globe and Mail; Toronto, Ont.\n[Toronto, Ont].\n21 Mar 2023: A.9.\nABSTRACT (EN'),
        ('furniture in the story', 'ABSTRACT', "e and Mail; Toronto, Ont.\n[Toronto, Ont].\n21 Mar 2023: A.9.\nABSTRACT (ENGLISH)\nThe Chinese leader's state visit to Russia underlined Moscow'"),
        ('furniture in the story', "underlined Moscow's growing economic dependence", "STRACT (ENGLISH)\nThe Chinese leader's state visit to Russia underlined Moscow's growing economic dependence on Beijing, with few concrete co"),
        ('furniture in the story', 'FULL TEXT', " few concrete commitments from China on a new gas pipeline.\nFULL TEXT\nWhen Xi Jinping stepped off his plane at Moscow's Vnukovo airport on M"),
        ('furniture in the story', 'Terms and Conditions', 'atabase copyright © 2024 ProQuest LLC.\nAll rights reserved.\nTerms and Conditions   Contact ProQuest'),
    ],
    # a OneNote clip: the clip's date above 'Clipped from:' wins over the page's '11 March 2024'; the site's
    # name and tagline, the 'In Brief' box and 'Author: Name, University' are not read yet
    ("probe22", 'onenote_eaf.txt'): [
        ('published', '2024-03-11', '2024-03-20T10:42'),
        ('authors', ['Jakub Novotny'], ['Jakub Novotny', 'Charles University']),
        ('first sentence', 'When Russia launched its full-scale invasion of Ukraine', 'East Asia Forum\nEconomics, Politics and Public Policy in East Asia and the Pacif'),
        ('furniture in the story', 'Economics, Politics and Public Policy', "East Asia Forum\nEconomics, Politics and Public Policy in East Asia and the Pacific\nChina's limit"),
        ('furniture in the story', 'In Brief', " the Pacific\nChina's limits in backing Russia's war economy\nIn Brief\nChina has become Russia's indispensable economic partner since 2022, bu"),
        ('furniture in the story', "China has become Russia's indispensable economic", "fic\nChina's limits in backing Russia's war economy\nIn Brief\nChina has become Russia's indispensable economic partner since 2022, but Beijing"),
    ],
    # the editor's note opening the article is read as its first paragraph
    ("probe22", 'wechat_mt.txt'): [
        ('first sentence', 'According to data released by the General Administration of Customs of China', "Editor's note: In the first seven months of this year, China-Russia trade showed"),
        ('furniture in the story', "Editor's note", "Editor's note: In the first seven months of this year, China-Russia trade showed"),
    ],
    # under the mail header, a newsletter's masthead, tagline and dated issue line over the headline: the
    # tagline is taken for the title; the newsletter's reading list and sign-off are not read as furniture
    ("probe22", 'gmail_print.txt'): [
        ('title', 'Beijing hedges as Washington courts Moscow', 'Weekly analysis of China, Russia and the space between'),
        ('first sentence', 'Good morning.', 'Beijing hedges as Washington courts Moscow'),
        ('furniture in the story', "What we're reading", "sited Beijing in March, but neither side reported progress.\nWhat we're reading\n- How the yuan became Russia's reserve currency (Carnegie Pol"),
        ('furniture in the story', "How the yuan became Russia's reserve currency", "h, but neither side reported progress.\nWhat we're reading\n- How the yuan became Russia's reserve currency (Carnegie Politika)\n- Kazakhstan's"),
        ('furniture in the story', "That's all for this week", "akhstan's balancing act after the SCO summit (The Diplomat)\nThat's all for this week.\nForward this email to a colleague who might enjoy it.\n"),
        ('furniture in the story', 'Forward this email', "ter the SCO summit (The Diplomat)\nThat's all for this week.\nForward this email to a colleague who might enjoy it.\nEurasia Brief is written b"),
        ('furniture in the story', 'is written by Helena Marsh', 'this email to a colleague who might enjoy it.\nEurasia Brief is written by Helena Marsh and edited by Tom Fischer.'),
    ],

    # Probe 23: 66 wrong checks before any change, 39 after the rules of tests/test_styles_probe23.py, 38 after a
    # Russian preposition glued to a capitalized word is split ('изКитая', tests/test_parsing.py), 24 after a forum
    # post's head lines, issue labels, a menu in capitals and sponsored-content notes (tests/test_styles_probe23.py)
    # the app's share text names its outlet only in 'Sent from the Guardian app' and the link under it; the
    # explainer link 'What is in China's 12-point plan ...?' between paragraphs reads as a question of the story
    ("probe23", 'guardian_app.txt'): [
        ('source', 'The Guardian', ''),
        ('furniture in the story', "What is in China's 12-point plan", ' needs Moscow to stay stable, and not much more than that."\nWhat is in China\'s 12-point plan for peace in Ukraine?\nXi used the visit to prom'),
    ],
    # the Nexis Uni cover page is cut by the reader of files (reading.export_spans, noted in the problems): read
    # through iter_documents the file has no wrong check; parse_text on the raw text still sees the cover
    ("probe23", 'nexis_moscow_times.txt'): [
        ('title', 'Russia and China pledge deeper Arctic cooperation as Northern Sea Route traffic grows', 'User Name: ='),
        ('first sentence', 'Russia and China will set up a joint subcommission on the Northern Sea Route', 'Date and Time: Tuesday, March 4, 2025 2:14:00PM EST\nJob Number: 248113907'),
        ('furniture in the story', 'Date and Time', 'Date and Time: Tuesday, March 4, 2025 2:14:00PM EST\nJob Number: 248113907\nDocume'),
        ('furniture in the story', 'Job Number', 'Date and Time: Tuesday, March 4, 2025 2:14:00PM EST\nJob Number: 248113907\nDocuments (1)\n1.\nRussia and China pledge deeper Arctic coo'),
        ('furniture in the story', 'Documents (1)', ' Tuesday, March 4, 2025 2:14:00PM EST\nJob Number: 248113907\nDocuments (1)\n1.\nRussia and China pledge deeper Arctic cooperation as Northern S'),
        ('furniture in the story', 'Client/Matter', 'eper Arctic cooperation as Northern Sea Route traffic grows\nClient/Matter: -None-\nSearch Terms: china AND russia AND arctic\nSearch Type: Ter'),
        ('furniture in the story', 'Search Terms', 'n as Northern Sea Route traffic grows\nClient/Matter: -None-\nSearch Terms: china AND russia AND arctic\nSearch Type: Terms and Connectors\nNarr'),
        ('furniture in the story', 'Narrowed by', 'ina AND russia AND arctic\nSearch Type: Terms and Connectors\nNarrowed by: \nContent Type: News\nNarrowed by: Sources: The Moscow Times; Timelin'),
    ],
    # ('Журналистика, которую невозможно заблокировать' / ... / 'Поддержать «Медузу»' is a donation box since probe 29:
    # tests/test_styles_probe29.py) 'Еще по теме' with its links and the 'Magic link?' note are one outlet's words
    ('probe23', 'meduza_ru.txt'): [
        ('furniture in the story', 'Еще по теме', 'почти на 2% в годовом выражении — впервые с лета 2022 года.\nЕще по теме\nПочему Китай не спешит строить «Силу Сибири — 2»\nКак российские авто'),
        ('furniture in the story', 'Почему Китай не спешит строить', 'в годовом выражении — впервые с лета 2022 года.\nЕще по теме\nПочему Китай не спешит строить «Силу Сибири — 2»\nКак российские автосалоны запол'),
        ('furniture in the story', 'Magic link', 'и — 2»\nКак российские автосалоны заполнили китайские машины\nMagic link?\nЭто волшебная ссылка: она открывает лайт-версию материала.\nЕе можно '),
        ('furniture in the story', 'волшебная ссылка', 'йские автосалоны заполнили китайские машины\nMagic link?\nЭто волшебная ссылка: она открывает лайт-версию материала.\nЕе можно отправить тому, '),
    ],
    # 'Ранее Фокус писал, ...' is a cross-link line, often story text in Russian news
    ("probe23", 'fokus_ru.txt'): [
        ('furniture in the story', 'Ранее Фокус писал', ' из шести пунктов, который в Киеве назвали «деструктивным».\nРанее Фокус писал, что Китай стал главным поставщиком микроэлектроники для росси'),
    ],
    # the 'Other Topics of Interest' link inside the story and the 'Support Kyiv Post' appeal closing it are not read yet
    ("probe23", 'kyiv_post.txt'): [
        ('furniture in the story', 'Other Topics of Interest', 'ols, electronics and components used in weapons production.\nOther Topics of Interest\nZelensky: Russia Is Using Chinese Satellite Images to T'),
        ('furniture in the story', 'Zelensky: Russia Is Using Chinese Satellite Images', 'onents used in weapons production.\nOther Topics of Interest\nZelensky: Russia Is Using Chinese Satellite Images to Target Ukrainian Cities\nPr'),
        ('furniture in the story', 'Support Kyiv Post', ' reached out to the Chinese Embassy in Ukraine for comment.\nSupport Kyiv Post\nHelp us tell the world the truth about the war.\nBecome a membe'),
        ('furniture in the story', 'Become a member today', 't Kyiv Post\nHelp us tell the world the truth about the war.\nBecome a member today.'),
    ],

    # Probe 24: 67 wrong checks before any change, 25 after the rules of tests/test_styles_probe24.py; what is left is
    # one outlet's wording or a layout no rule reads yet (each file's reason below)
    # the paper's reward game under the story ("Read 3 articles ..." / "Spin the wheel now") is one outlet's wording
    ("probe24", 'straits_times.txt'): [
        ('furniture in the story', 'Read 3 articles', 'hile insisting that it takes a neutral position on the war.\nRead 3 articles and stand to win rewards\nSpin the wheel now'),
        ('furniture in the story', 'Spin the wheel', 'sition on the war.\nRead 3 articles and stand to win rewards\nSpin the wheel now'),
    ],
    # the subscription appeal closing the page is two sentences of the outlet's own wording over "SUBSCRIBE NOW"
    ("probe24", 'japan_times.txt'): [
        ('furniture in the story', 'In a time of both misinformation', 'country, which it calls the most severe since World War II.\nIn a time of both misinformation and too much information, quality journalism is'),
        ('furniture in the story', 'By subscribing', ' information, quality journalism is more crucial than ever.\nBy subscribing, you can help us get the story right.'),
    ],
    # a caption of one sentence closed by an agency in brackets ("... on Tuesday. (PTI)") reads as a story paragraph
    # closed by its agency tag, the common case
    ("probe24", 'hindustan_times.txt'): [
        ('first sentence', "Prime Minister Narendra Modi's two-day visit to Moscow", 'Prime Minister Narendra Modi with Russian President Vladimir Putin at the Kremli'),
        ('furniture in the story', 'Prime Minister Narendra Modi with Russian President Vladimir Putin at the Kremlin', 'Prime Minister Narendra Modi with Russian President Vladimir Putin at the Kremli'),
    ],
    # "share2", a share button's icon text copied with the page, is one site's artefact
    ("probe24", 'al_jazeera.txt'): [
        ('first sentence', 'Chinese President Xi Jinping has called for a "fairer" global order', 'share2'),
        ('furniture in the story', 'share2', 'share2\nChinese President Xi Jinping has called for a "fairer" global order and c'),
    ],
    # the "Discover more from ..." box with its tagline sentence and subscriber count between the newsletter's name and
    # the post's headline: no header rule reaches the headline over it (three text lines)
    ("probe24", 'substack.txt'): [
        ('title', 'A "Reverse Nixon" Is Not on Offer', 'Eastern Front Notes'),
        ('authors', ['Pavel Rudenko'], []),
        ('first sentence', 'Since the phone call between Donald Trump and Vladimir Putin in February', 'A "Reverse Nixon" Is Not on Offer\nWhy Washington\'s courtship of Moscow will not '),
        ('furniture in the story', "Why Washington's courtship of Moscow will not split", 'A "Reverse Nixon" Is Not on Offer\nWhy Washington\'s courtship of Moscow will not split Russia from China\nPavel Rude'),
    ],
    # an Evernote clip: the note's title over its fields, then the page's masthead, its date line and the headline
    # again; the label line above the date is taken for the headline, so the standfirst, the author's name and the
    # notes under the story are not read (reading the first line as the headline printed twice gave the clip's
    # "Updated:" date instead of the page's, whose line ends in "0 Comments")
    ("probe24", 'lowy_evernote.txt'): [
        ('title', "China's Arctic ambitions need Russia, but not on Moscow's terms", 'Published by the Lowy Institute'),
        ('authors', ['Marta Lindgren'], []),
        ('first sentence', 'When Russian and Chinese coast guard ships sailed together in the Arctic', "China's Arctic ambitions need Russia, but not on Moscow's terms"),
        ('furniture in the story', 'Beijing wants access to the Northern Sea Route and Arctic resources, while avoiding', "a's Arctic ambitions need Russia, but not on Moscow's terms\nBeijing wants access to the Northern Sea Route and Arctic resources, while avoid"),
        ('furniture in the story', 'is a visiting fellow in the Lowy Institute', "Russia's need gives China the stronger hand.\nMarta Lindgren is a visiting fellow in the Lowy Institute's Indo-Pacific Development Centre, re"),
        ('furniture in the story', 'Want the Interpreter in your inbox', 'ndo-Pacific Development Centre, researching polar politics.\nWant the Interpreter in your inbox?\nBe the first to comment on this article.'),
        ('furniture in the story', 'Be the first to comment', 'arching polar politics.\nWant the Interpreter in your inbox?\nBe the first to comment on this article.'),
    ],
    # the caption under its credit and the photo bank's link ("© РИА Новости / ..." / "Перейти в фотобанк" /
    # caption), as Sputnik's "Go to the mediabank" of probe 21: a caption below its credit is not read yet
    ("probe24", 'ria_ru.txt'): [
        ('first sentence', 'Президент России Владимир Путин в пятницу открыл в Харбине', 'Президент России Владимир Путин на открытии VIII Российско-Китайского ЭКСПО в Ха'),
        ('furniture in the story', 'Президент России Владимир Путин на открытии VIII', 'Президент России Владимир Путин на открытии VIII Российско-Китайского ЭКСПО в Ха'),
    ],
    # the standfirst between the headline and the photo's credit reads as the photo's caption would (a rule taking
    # it for the standfirst took captions of tests/data/articles and probe 17 for standfirsts)
    ("probe24", 'rbc_ru.txt'): [
        ('first sentence', 'Российские компании, торгующие с Китаем', 'Крупнейшие китайские банки перестали принимать платежи из России.'),
    ],
    # Probe 25 (web pages saved as HTML): 90 wrong checks before any change, 2 after the rules of
    # tests/test_styles_probe25.py; what is left:
    # the page's section is the first item of a breadcrumb list ('Business' / 'Energy' in <li>s): a menu's item over
    # the headline is no kicker by the rule; the story's first sentence starts right (the dateline 'TOKYO --' is
    # split off), but the check compares the raw sentence, where the page writes 'Mitsui &amp; Co.'
    ('probe25', 'nikkei.html'): [
        ('section', 'Business', ''),
        ('first sentence', 'Japanese trading houses Mitsui & Co. and Mitsubishi Corp. will keep their stakes', 'Japanese trading houses Mitsui &amp; Co. and Mitsubishi Corp. will keep their st'),
    ],
    # Probe 26: 86 wrong checks before any change, 25 after the rules of tests/test_styles_probe26.py; what is left is one
    # outlet's wording, a masthead named nowhere else, or a layout no rule reads yet (each file's reason below)
    # the rubric 'Russian economy' over the follow button 'Add to myFT' (one outlet's wording, read as a label) loses to
    # the menu's first known section ('WORLD'): the headline is found over the byline, not under the labels, so no label
    # is the one right above it (tests/test_styles_section27.py); the sharing notice over the story ('Please use the sharing tools ...') is one outlet's wording
    ("probe26", 'ft.txt'): [
        ('section', 'Russian economy', 'WORLD'),
        ('first sentence', 'Chinese banks have stepped up their rejection of payments from Russia', 'Please use the sharing tools found via the share button at the top or side of ar'),
        ('furniture in the story', 'Please use the sharing tools', 'Please use the sharing tools found via the share button at the top or side of ar'),
        ('furniture in the story', 'Copying articles to share', ' found via the share button at the top or side of articles.\nCopying articles to share with others is a breach of FT.com T&Cs and Copyright P'),
        ('furniture in the story', 'licensing@ft.com', 'hers is a breach of FT.com T&Cs and Copyright Policy.\nEmail licensing@ft.com to buy additional rights.\nSubscribers may share up to 10 or 20 '),
        ('furniture in the story', 'gift article service', 'ibers may share up to 10 or 20 articles per month using the gift article service.\nMore information can be found at https://www.ft.com/tour.\n'),
    ],
    # the terminal's advertisement inside the story ('Before it's here, it's on the Bloomberg Terminal.' / 'LEARN
    # MORE') and the tip line over the copyright are one outlet's wording
    ("probe26", 'bloomberg.txt'): [
        ('furniture in the story', "Before it's here", " Russia well ahead of Saudi Arabia as China's top supplier.\nBefore it's here, it's on the Bloomberg Terminal.\nLEARN MORE\nThe surge reflects "),
        ('furniture in the story', 'LEARN MORE', "supplier.\nBefore it's here, it's on the Bloomberg Terminal.\nLEARN MORE\nThe surge reflects a shift in Russian marketing.\nWith Indian refiners"),
        ('furniture in the story', 'Have a confidential tip', "test monthly report, as higher prices offset lower volumes.\nHave a confidential tip for our reporters?\nGet in Touch\nBefore it's here, it's o"),
    ],
    # the caption signed '— PID' on its own line: a dash and capitals close story paragraphs too ('... said. — TASS'),
    # so a caption is not told from them by that form
    ("probe26", 'dawn.txt'): [
        ('furniture in the story', 'Prime Minister Shehbaz Sharif meets Russian President', 'mmit, where security in Afghanistan was high on the agenda.\nPrime Minister Shehbaz Sharif meets Russian President Vladimir Putin on the side'),
        ('furniture in the story', '— PID', 'tin on the sidelines of the SCO summit in Astana on July 4.\n— PID\n"Our region cannot afford another wave of terrorism from Afghan territory,'),
    ],
    # Apple News' share text: a headline of two sentences over the outlet's name alone on its line ('Foreign Policy',
    # read as the outlet by its name, data/outlets.txt): the headline is not read by its form, so the header is read as
    # story
    ("probe26", 'apple_news.txt'): [
        ('title', 'Xi and Putin are closer than ever. Their economies are not.', ''),
        ('first sentence', 'When Vladimir Putin stepped off his plane in Beijing', 'Xi and Putin are closer than ever.'),
        ('furniture in the story', 'Behind the lavish summitry', 'Xi and Putin are closer than ever.\nTheir economies are not.\nBehind the lavish summitry, trade between China and Russia is stalling and Beiji'),
    ],
    # 'inTiananmen': 'in' opens brand names ('inDesign') and 'Tiananmen' stands nowhere else in the text: no evidence
    ("probe26", 'abc_au.txt'): [
        ('glued word', 'inTiananmen -> in Tiananmen', 'inTiananmen'),
    ],
    # 'БразилииМауро': Russian writes brands in camel case too ('МегаФон', 'ВКонтакте') and neither part stands alone
    # in the text: no evidence for a split
    ("probe26", 'izvestia_ru.txt'): [
        ('glued word', 'БразилииМауро -> Бразилии Мауро', 'БразилииМауро'),
    ],
    # the rating widget's prompts ('Что думаешь? Оцени!') and the social links' 'Lenta.ru в Соцсетях' are one outlet's
    # wording
    ("probe26", 'lenta_ru.txt'): [
        ('furniture in the story', 'Что думаешь', 'ки в Россию некоторых моделей из-за трудностей с платежами.\nЧто думаешь?\nОцени!\nLenta.ru в Соцсетях'),
        ('furniture in the story', 'Оцени', 'екоторых моделей из-за трудностей с платежами.\nЧто думаешь?\nОцени!\nLenta.ru в Соцсетях'),
        ('furniture in the story', 'в Соцсетях', ' из-за трудностей с платежами.\nЧто думаешь?\nОцени!\nLenta.ru в Соцсетях'),
    ],
    # the caption under its credit ('Фото: ...' / 'Владимир Путин и Си Цзиньпин на встрече в Казани.') ends in a full
    # stop: a caption below its credit is read only without one (probe 24's RIA Novosti)
    ("probe26", 'rg_ru.txt'): [
        ('furniture in the story', 'Владимир Путин и Си Цзиньпин на встрече в Казани.', 'ю, энергетику, транспортные коридоры и ситуацию на Украине.\nВладимир Путин и Си Цзиньпин на встрече в Казани.\n«Российско-китайское взаимодей'),
    ],
    # Probe 27: 81 wrong checks before any change, 55 after the rules of tests/test_styles_probe27.py; what is left is a
    # layout no rule reads yet (a feed reader's item, a printed page, a header under a long menu), a masthead named
    # nowhere else, or one outlet's wording (each file's reason below)
    # the caption is a full sentence over a credit of names apart by slashes, and the dateline under the credit ('Hong
    # Kong CNN —') is taken for the caption: a caption above its credit line is not read yet
    ("probe27", 'cnn.txt'): [
        ('first sentence', 'Chinese leader Xi Jinping and Russian President Vladimir Putin pledged to deepen military cooperation', 'Russian President Vladimir Putin and Chinese leader Xi Jinping attend a welcomin'),
        ('furniture in the story', 'attend a welcoming ceremony in Tiananmen Square', 'sian President Vladimir Putin and Chinese leader Xi Jinping attend a welcoming ceremony in Tiananmen Square in Beijing on May 16, 2024.\nChin'),
    ],
    # the genre label over the writer's name ('Commentary' / name) under the headline is not read as a byline, so the
    # writer's bio closing the story is not recognized either
    ("probe27", 'war_on_the_rocks.txt'): [
        ('authors', ['Elizabeth Wishnick'], []),
        ('first sentence', 'When Russian and Chinese bombers flew together', 'Commentary\nElizabeth Wishnick'),
        ('furniture in the story', 'is a senior research scientist at CNA', 'it durable, but it also sets its limits.\nElizabeth Wishnick is a senior research scientist at CNA and a senior research scholar at the Weath'),
        ('furniture in the story', 'The views expressed here', ' the Weatherhead East Asian Institute, Columbia University.\nThe views expressed here are her own.'),
    ],
    # the caption over its credit glued to it ('... this weekImage: Pavel Bednyakov/...') is one outlet's layout, and
    # 'Skip next section Explore more' with its links and 'Send us your feedback' are one outlet's wording
    ("probe27", 'dw_en.txt'): [
        ('first sentence', 'When Chinese President Xi Jinping arrived in Astana', 'Kazakh President Kassym-Jomart Tokayev with Chinese President Xi Jinping in Asta'),
        ('furniture in the story', 'Skip next section', "e the Russian-backed separatist regions in eastern Ukraine.\nSkip next section Explore more\nExplore more\nKazakhstan wary of Russia's war in U"),
        ('furniture in the story', 'Explore more', "ed separatist regions in eastern Ukraine.\nSkip next section Explore more\nExplore more\nKazakhstan wary of Russia's war in Ukraine\nCentral Asi"),
        ('furniture in the story', "Kazakhstan wary of Russia's war", "astern Ukraine.\nSkip next section Explore more\nExplore more\nKazakhstan wary of Russia's war in Ukraine\nCentral Asia: China's new Silk Road r"),
        ('furniture in the story', "China's new Silk Road reaches a crossroads", "re\nKazakhstan wary of Russia's war in Ukraine\nCentral Asia: China's new Silk Road reaches a crossroads\nThat experience has pushed Astana to "),
        ('furniture in the story', 'Send us your feedback', 'a will keep saying yes to both neighbors as long as it can.\nSend us your feedback\nYour feedback'),
    ],
    # a feed reader's item: the app's name, 'Today' and the board's name over the headline, and 'Outlet / by Name / 3h'
    # under it: no rule reads a feed reader's item head yet, so the header and its 'Summary' box are read as story
    ("probe27", 'feedly_nationalinterest.txt'): [
        ('title', "Can Russia Afford to Become China's Junior Partner?", 'Feedly'),
        ('source', 'The National Interest', ''),
        ('authors', ['Paul Saunders'], []),
        ('first sentence', "Russia's leaders have long insisted", 'Today'),
        ('furniture in the story', 'China-Russia watch', "Today\nChina-Russia watch\nCan Russia Afford to Become China's Junior Partner?\nThe Natio"),
        ('furniture in the story', 'nationalinterest.org', "nior Partner?\nThe National Interest / by Paul Saunders / 3h\nnationalinterest.org\nSummary\nMoscow's growing reliance on Chinese markets is res"),
        ('furniture in the story', 'Summary', "ional Interest / by Paul Saunders / 3h\nnationalinterest.org\nSummary\nMoscow's growing reliance on Chinese markets is reshaping its foreign po"),
        ('furniture in the story', "Moscow's growing reliance on Chinese markets is reshaping", "terest / by Paul Saunders / 3h\nnationalinterest.org\nSummary\nMoscow's growing reliance on Chinese markets is reshaping its foreign policy.\nRu"),
        ('furniture in the story', 'is president of the Center for the National', "osts of supplying Russia's military industry.\nPaul Saunders is president of the Center for the National Interest."),
    ],
    # 'Dear readers! ...' is one outlet's wording
    ("probe27", 'rt_en.txt'): [
        ('furniture in the story', 'Dear readers', 'd by leaders and representatives of more than 30 countries.\nDear readers!\nThank you for your vigilance and for your interest in our content.'),
    ],
    # a printed page as text: a running head (page, paper, date, site on one line), a headline over two lines, a byline
    # in capitals, a dateline on its own line and words broken at line ends: no rule reads a printed page's layout yet
    ("probe27", 'epaper_indianexpress.txt'): [
        ('title', 'Modi-Putin summit: Delhi keeps an eye on Beijing as Russia deepens China ties', ''),
        ('published', '2024-07-12', ''),
        ('source', 'The Indian Express', ''),
        ('authors', ['Shubhajit Roy'], []),
        ('section', 'World', ''),
        ('first sentence', "PRIME MINISTER Narendra Modi's", '12 THE INDIAN EXPRESS, FRIDAY, JULY 12, 2024 WWW.INDIANEXPRESS.COM'),
        ('furniture in the story', '12 THE INDIAN EXPRESS', '12 THE INDIAN EXPRESS, FRIDAY, JULY 12, 2024 WWW.INDIANEXPRESS.COM\nas Russia dee'),
        ('furniture in the story', 'WWW.INDIANEXPRESS.COM', '12 THE INDIAN EXPRESS, FRIDAY, JULY 12, 2024 WWW.INDIANEXPRESS.COM\nas Russia deepens China ties\ntwo-day visit to Moscow this '),
        ('story text missing', 'Sources said the issue came up', ''),
        ('story text missing', 'Trade between India and Russia', ''),
        ('story text missing', 'Putin told Modi that Russia', ''),
        ('story text missing', 'The leaders also discussed the', ''),
        ('story text missing', 'Analysts said Moscow wants to', ''),
        ('glued word', 'Vladi-\nmir -> Vladimir', 'Vladi-\nmir'),
        ('glued word', 'se-\nnior -> senior', 'se-\nnior'),
    ],
    # the caption closed by the agency in title case ('... of
    # Fujairah. Reuters') reads as a story paragraph (a story's sentence can be followed by that word too)
    ("probe27", 'the_national.txt'): [
        ('first sentence', 'Russia is increasingly relying on traders registered in the UAE', 'Oil tankers anchored off the coast of Fujairah.'),
        ('furniture in the story', 'Oil tankers anchored off the coast of Fujairah', 'Oil tankers anchored off the coast of Fujairah.\nReuters\nRussia is increasingly r'),
    ],
    # menu lines under the masthead, then section, headline, standfirst, author and 'Редакция Forbes' over the date:
    # the header is not found (the same layout with a full date instead of 'вчера, 18:40' fails too)
    ("probe27", 'forbes_ru.txt'): [
        ('title', 'Китайские автопроизводители стали сокращать поставки в Россию', 'Forbes Россия'),
        ('authors', ['Дмитрий Филонов'], []),
        ('section', 'Бизнес', ''),
        ('first sentence', 'Китайские автопроизводители начали сокращать отгрузки', 'Бизнес\nФинансы\nТехнологии\nМиллиардеры\nForbes Life'),
        ('furniture in the story', 'Миллиардеры', 'Бизнес\nФинансы\nТехнологии\nМиллиардеры\nForbes Life\nКитайские автопроизводители начали сокращать отгрузки но'),
    ],
    # the caption under its credit and the photo bank's link, as probe 24's RIA Novosti; 'Подписаться на' / 'Sputnik
    # Беларусь в MAX' is a subscribe button split over two lines
    ("probe27", 'sputnik_by_ru.txt'): [
        ('first sentence', 'Президент Беларуси Александр Лукашенко провел в Пекине переговоры', 'Президент Беларуси Александр Лукашенко и председатель КНР Си Цзиньпин во время в'),
        ('furniture in the story', 'Президент Беларуси Александр Лукашенко и председатель КНР Си Цзиньпин во время встречи', 'Президент Беларуси Александр Лукашенко и председатель КНР Си Цзиньпин во время в'),
        ('furniture in the story', 'Подписаться на', 'ко и председатель КНР Си Цзиньпин во время встречи в Пекине\nПодписаться на\nSputnik Беларусь в MAX\nПрезидент Беларуси Александр Лукашенко про'),
        ('furniture in the story', 'в MAX', 'н во время встречи в Пекине\nПодписаться на\nSputnik Беларусь в MAX\nПрезидент Беларуси Александр Лукашенко провел в Пекине переговоры с предсе'),
    ],
    # Probe 28: 73 wrong checks before any change, 66 after fix28 (a Russian mail header and its 'open in browser'
    # link, a bracketed Russian photo credit, '(Источник: agency)' under the story, an outlet named in the accusative
    # read as the page's first line names it); the rest are pinned with their reason below
    # Le Monde's translation notice under the writer's name closing the story is one outlet's wording
    ('probe28', 'lemonde_safari_reader.txt'): [
        ('furniture in the story', 'lemonde.fr', ')\nTranslation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.'),
        ('furniture in the story', 'Translation of an original article', ' is certain to win.\nHarold Thibault (Beijing correspondent)\nTranslation of an original article published in French on lemonde.fr; the publis'),
        ('furniture in the story', 'the publisher may only be liable', 'n of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.'),
    ],
    # 'Comments will be moderated. Keep comments ...' is one outlet's wording
    ('probe28', 'kindle_taipeitimes.txt'): [
        ('furniture in the story', 'Comments will be moderated', 'ch closely, the bureau said in a report to the legislature.\nComments will be moderated.\nKeep comments relevant to the article.'),
    ],
    # the newsletter's name alone on a line over 'By Name · date' is read as the first sentence; the sponsor's line
    # under 'Sponsored' and 'Did a friend forward this?' are one sender's wording
    ('probe28', 'axios_china.txt'): [
        ('first sentence', 'Welcome back to Axios China.', 'Axios China'),
        ('furniture in the story', 'Get smarter, faster with Axios Pro', "lists Chinese firms accused of supplying Russia's military.\nGet smarter, faster with Axios Pro\nThe yardstick: Whether the two leaders sign a"),
        ('furniture in the story', 'Did a friend forward this?', 'ot lose.\nThanks to Dave Lawler for editing this newsletter.\nDid a friend forward this?\nSign up here.'),
    ],
    # (the Russian mail header 'Тема:' / 'От:' / 'Дата:' is read as the English one, and 'Открыть в браузере' as 'View
    # in browser', since fix28) the sender's name again over the newsletter's dated line opens the story (as in
    # English); the donation and mailing footer is one sender's wording
    ('probe28', 'thebell_ru.txt'): [
        ('first sentence', 'Доброе утро!', 'The Bell'),
        ('furniture in the story', 'Поддержите The Bell', ' это безопасно», — говорит экономист Александра Прокопенко.\nПоддержите The Bell\nМы работаем без рекламы и зависим от наших читателей.\nОформи'),
        ('furniture in the story', 'Оформить подписку', ' Bell\nМы работаем без рекламы и зависим от наших читателей.\nОформить подписку\nПереслали письмо?\nПодпишитесь на рассылку\nОтписаться'),
        ('furniture in the story', 'Переслали письмо', 'без рекламы и зависим от наших читателей.\nОформить подписку\nПереслали письмо?\nПодпишитесь на рассылку\nОтписаться'),
        ('furniture in the story', 'Отписаться', 'Оформить подписку\nПереслали письмо?\nПодпишитесь на рассылку\nОтписаться'),
    ],
    # 'Форум' / 'Комментарии к этой статье закрыты' is one outlet's wording (a glued verb before a capitalized noun in
    # Russian is split since probe 30, tests/test_styles_probe30.py; the outlet's name alone under the headline is no
    # author since it is known by name, and the menu item 'США' is no outlet since the masthead 'Голос Америки' is:
    # tests/test_outlets.py)
    ('probe28', 'voa_ru.txt'): [
        ('furniture in the story', 'Форум', ' страны провели первое совместное воздушное патрулирование.\nФорум\nКомментарии к этой статье закрыты.'),
        ('furniture in the story', 'Комментарии к этой статье закрыты', 'ы провели первое совместное воздушное патрулирование.\nФорум\nКомментарии к этой статье закрыты.'),
    ],
    # menu lines, the rubric, headline, standfirst, 'Name, role' and the reading time over the date are not found as a
    # header (as probe 27's Forbes Россия); (the outlet named in the accusative, 'Новую газету Европа', is read as the
    # first line names it since fix28; the donation box and the columnist's disclaimer are furniture since probe 29)
    # 'Теперь читают' is one outlet's wording
    ('probe28', 'novaya_europe_ru.txt'): [
        ('title', 'Младший партнер', 'Новая газета Европа'),
        ('authors', ['Алексей Чеснаков'], []),
        ('section', 'Мнения', ''),
        ('first sentence', 'Весной 2022 года в Москве еще говорили', 'Новости\nСюжеты\nМнения\nПодкасты'),
        ('furniture in the story', 'Подкасты', 'Новости\nСюжеты\nМнения\nПодкасты\nМнения\nМладший партнер\nПочему Кремль соглашается на любые условия Пекин'),
        ('furniture in the story', 'Почему Кремль соглашается на любые условия Пекина', 'Новости\nСюжеты\nМнения\nПодкасты\nМнения\nМладший партнер\nПочему Кремль соглашается на любые условия Пекина\nАлексей Чеснаков, политолог\nЧи'),
        ('furniture in the story', 'политолог', 'ремль соглашается на любые условия Пекина\nАлексей Чеснаков, политолог\nЧитать 7 минут\nВесной 2022 года в Москве еще говорили о «повороте на В'),
        ('furniture in the story', 'Читать 7 минут', 'ашается на любые условия Пекина\nАлексей Чеснаков, политолог\nЧитать 7 минут\nВесной 2022 года в Москве еще говорили о «повороте на Восток» как'),
        ('furniture in the story', 'Теперь читают', 'на означает медленную потерю самостоятельности в экономике.\nТеперь читают\n«Ни шагу без юаня»: как бизнес живет после ухода западных банков\nВ'),
        ('furniture in the story', 'Ни шагу без юаня', 'ленную потерю самостоятельности в экономике.\nТеперь читают\n«Ни шагу без юаня»: как бизнес живет после ухода западных банков\nВопрос в том, на'),
    ],
    # (menu, rubric, headline, standfirst, 'вчера, 18:40' and the author are read as the header since probe 29) the
    # caption closed by the agency in title case ('... Козьмино. РИА Новости') reads as a story paragraph, as probe 27's
    # The National; 'Что думаете? Ваше мнение важно для нас' is one outlet's wording
    ('probe28', 'gazeta_ru.txt'): [
        ('first sentence', 'Россия в 2023 году поставила в Китай рекордные 107 млн тонн нефти', 'Нефтяной терминал в порту Козьмино.'),
        ('furniture in the story', 'Нефтяной терминал в порту Козьмино', 'Нефтяной терминал в порту Козьмино.\nРИА Новости\nРоссия в 2023 году поставила в К'),
        ('furniture in the story', 'Что думаете', 'крупный клиент, цену назначает клиент», — отмечает Кауфман.\nЧто думаете?\nВаше мнение важно для нас'),
    ],
    # the dateline ' по Гринвичу · Обновлено ...' and the translated dateline 'Пекин, 14 марта (Рейтер) -' are not read
    # (Russian wire datelines are read with '—' and a ТАСС/РИА-style tag); 'Редакция Reuters' is taken for a name;
    # Reuters' standards line and the translator's rating line are one tool's wording
    ('probe28', 'yandex_translate_ru.txt'): [
        ('authors', [], ['Редакция']),
        ('first sentence', 'Крупные китайские государственные банки ужесточили ограничения', 'по Гринвичу · Обновлено 14 марта 2024 г.'),
        ('furniture in the story', 'по Гринвичу', 'по Гринвичу · Обновлено 14 марта 2024 г.\nПекин, 14 марта (Рейтер) - Крупные кита'),
        ('furniture in the story', 'Пекин, 14 марта (Рейтер)', 'по Гринвичу · Обновлено 14 марта 2024 г.\nПекин, 14 марта (Рейтер) - Крупные китайские государственные банки ужесточили ог'),
        ('furniture in the story', 'Наши стандарты', 'среднические схемы в третьих странах, что повышает расходы.\nНаши стандарты: Принципы доверия Thomson Reuters.\nОцените качество перевода'),
        ('furniture in the story', 'Оцените качество перевода', ' расходы.\nНаши стандарты: Принципы доверия Thomson Reuters.\nОцените качество перевода'),
    ],
    # a translation tool's page (its menus, the language pair, the original over the translation) is not read as such:
    # no rule reads a side-by-side original and translation yet
    ('probe28', 'google_translate_xinhua.txt'): [
        ('title', 'China and Russia hold ninth joint air strategic patrol', 'Chinese (Simplified) → English'),
        ('published', '2024-11-30', ''),
        ('source', 'Xinhua', ''),
        ('agencies', ['Xinhua'], []),
        ('first sentence', 'According to the 2024 annual cooperation plan of the Chinese and Russian militaries', '中俄举行第九次联合空中战略巡航\n2024-11-30 10:31:21 来源：新华社\n新华社北京11月30日电 根据中俄两军2024年度合作计划，两国空军于11'),
        ('furniture in the story', 'Source: Xinhua News Agency', 'a hold ninth joint air strategic patrol\n2024-11-30 10:31:21 Source: Xinhua News Agency\nXinhua News Agency, Beijing, November 30 - According '),
        ('furniture in the story', 'Xinhua News Agency, Beijing, November 30 -', 'tegic patrol\n2024-11-30 10:31:21 Source: Xinhua News Agency\nXinhua News Agency, Beijing, November 30 - According to the 2024 annual cooperat'),
    ],
    # 'Outlet, dd.mm.yyyy, hh:mm' on one line names an outlet no list knows; DeepL's footer is one tool's wording
    ('probe28', 'deepl_kommersant.txt'): [
        ('source', 'Kommersant', ''),
        ('furniture in the story', 'Translated with DeepL', 'ects the new bridge to double the capacity of the crossing.\nTranslated with DeepL.com (free version)'),
        ('furniture in the story', '(free version)', 'ble the capacity of the crossing.\nTranslated with DeepL.com (free version)'),
    ],
    # a credit-and-caption line in capitals ('DAILY NK PHOTO: ...') in the middle of the story is one outlet's wording
    ('probe28', 'dailynk_firefox_reader.txt'): [
        ('furniture in the story', 'DAILY NK PHOTO', ' question the purpose of travel when paperwork is in order.\nDAILY NK PHOTO: North Korean workers at a construction site in Russia, 2019.\nBei'),
    ],
    # a government site's menu over the title, then 'READOUT' / 'OFFICE OF THE SPOKESPERSON' / date: the header is not
    # found and the department names itself only in its masthead
    ('probe28', 'state_gov_readout.txt'): [
        ('title', "Secretary Blinken's Meeting with People's Republic of China Foreign Minister Wang Yi", 'U.S. Department of State'),
        ('source', 'U.S. Department of State', ''),
        ('first sentence', 'Secretary of State Antony J. Blinken met today in Beijing', 'Diplomacy in Action\nHome\nPress Releases\nReadouts'),
        ('furniture in the story', 'Diplomacy in Action', "Diplomacy in Action\nHome\nPress Releases\nReadouts\nSecretary Blinken's Meeting wit"),
        ('furniture in the story', 'Press Releases', "Diplomacy in Action\nHome\nPress Releases\nReadouts\nSecretary Blinken's Meeting with People's Republic of Ch"),
        ('furniture in the story', 'READOUT', "ng with People's Republic of China Foreign Minister Wang Yi\nREADOUT\nOFFICE OF THE SPOKESPERSON\nThe below is attributable to Spokesperson Mat"),
        ('furniture in the story', 'OFFICE OF THE SPOKESPERSON', "People's Republic of China Foreign Minister Wang Yi\nREADOUT\nOFFICE OF THE SPOKESPERSON\nThe below is attributable to Spokesperson Matthew Mil"),
        ('furniture in the story', 'The below is attributable to', 'Foreign Minister Wang Yi\nREADOUT\nOFFICE OF THE SPOKESPERSON\nThe below is attributable to Spokesperson Matthew Miller:\nSecretary of State Ant'),
    ],
    # a Markdown quote line with a reader app's 'Highlight:' label is read as story; the two-sentence quote ('"China has
    # time and options. Russia has neither," said ...') is split at its inner full stop, which is a sentence end
    # (the expectation asked for more than a splitter owes)
    ('probe28', 'omnivore_scmp.md'): [
        ('furniture in the story', 'Highlight:', 'ed not to be named because of the sensitivity of the topic.\nHighlight: Beijing has long-term contracts for LNG from Qatar and pipeline gas f'),
        ('story text missing', '"China has time and options. Russia has neither,"', ''),
    ],
    # Probe 29: 67 wrong checks before any change, 18 after the rules of tests/test_styles_probe29.py; what is left
    # is a layout no rule reads yet or one outlet's or app's wording (each file's reason below)
    # the caption closed by '(Yonhap)' reads as a story paragraph closed by its agency tag (probe 24's Hindustan Times)
    ('probe29', 'pressreader_koreaherald.txt'): [
        ('furniture in the story', 'shake hands in Pyongyang on Wednesday', "resident Vladimir Putin and North Korean leader Kim Jong-un shake hands in Pyongyang on Wednesday.\nChina, North Korea's only treaty ally and"),
    ],
    # the database's name opening the record ('Access World News') is taken for the outlet; its 'Times of India, The
    # (India) - July 10, 2024' line is one database's form; the citation under 'Citation (aglc Style)' ends in its
    # address, no lead-in rule reads it yet
    ('probe29', 'newsbank_toi.txt'): [
        ('source', 'The Times of India', 'Access World News'),
        ('furniture in the story', 'infoweb.newsbank.com', "ina', Times of India, The (online), 10 Jul 2024 14 <https://infoweb.newsbank.com/apps/news/document-view?p=AWNB&docref=news/2C41A7F9E8B0D1>"),
    ],
    # a Markdown clip: the page's section and fly-title between the clip's fields and the '## ' headline printed again
    # end the header (the header rules stop at 'China'); 'Enjoy more audio ...' is one outlet's wording
    ('probe29', 'joplin_economist.md'): [
        ('section', 'China', ''),
        ('first sentence', 'WHEN VLADIMIR PUTIN visited Beijing in May', 'China'),
        ('furniture in the story', 'Enjoy more audio', 'China\nEnjoy more audio and podcasts on iOS or Android.\nWHEN VLADIMIR PUTIN visited Bei'),
    ],
    # 'leaderXi': 'Xi' has two letters and stands nowhere else in the text, so the glue has no evidence
    ('probe29', 'edge_foreignaffairs.txt'): [
        ('glued word', 'leaderXi -> leader Xi', 'leaderXi'),
    ],
    # a chat message pasting an article: the poster's name and time are taken for the title, and the article's
    # headline, its place line and the reactions under it are no layout a rule reads yet (one app's layout)
    ('probe29', 'slack_rfa.txt'): [
        ('title', 'China seeks sea access through Tumen River, but Russia and North Korea hold the key', 'Maria Chen 10:42 AM'),
        ('first sentence', "A single line in last week's joint statement", 'China seeks sea access through Tumen River, but Russia and North Korea hold the '),
        ('furniture in the story', 'WASHINGTON', "hrough Tumen River, but Russia and North Korea hold the key\nWASHINGTON\nA single line in last week's joint statement by Chinese leader Xi Jin"),
        ('furniture in the story', ':eyes:', '"\nJapan\'s government said it would watch the talks closely.\n:eyes: 4  :+1: 2  :world_map: 1\nLast reply today at 11:15 AM'),
        ('furniture in the story', 'Last reply today', 'ld watch the talks closely.\n:eyes: 4  :+1: 2  :world_map: 1\nLast reply today at 11:15 AM'),
    ],
    # the page never names Medium; the publication's name between 'Follow' and the '·' lines (one platform's layout)
    # is read as the first sentence
    ('probe29', 'medium_post.txt'): [
        ('source', 'Medium', ''),
        ('first sentence', 'Two years ago, the yuan was a curiosity on the Moscow Exchange', 'Geopolitical Economy Weekly'),
    ],
    # the print edition's line with its own headline and date ('Еженедельник ... № 37. Юань вместо доллара 11/09/2024')
    # is one paper's form: taken for the title, so the writer's name above it is read as a label
    ('probe29', 'aif_ru.txt'): [
        ('title', 'Юань вместо доллара. Чем грозит России зависимость от китайской валюты', 'Еженедельник "Аргументы и Факты" № 37. Юань вместо доллара 11/09/2024'),
        ('authors', ['Иван Петров'], []),
    ],
    # the writer's name right over the headline ('Анна Ермолаева' / 'Ермолаева: ...') reads as a topic line, as a
    # name there does ('Владимир Путин' / headline): only a name over the date line is read as the byline
    ('probe29', 'echo_ru.txt'): [
        ('authors', ['Анна Ермолаева'], []),
    ],
    # Probe 30: 101 wrong checks before any change, 37 after the rules of tests/test_styles_probe30.py; what is left
    # is an app's or one outlet's layout (each file's reason below)
    # a chat app's post pasting an article: the channel's tabs and name ('General'), the poster's name, time and note
    # over the article's headline, and the replies and reactions under it are one app's layout no rule reads yet; the
    # page names NK News only by its publisher ('Korea Risk Group') and its product ('NK Pro')
    ('probe30', 'teams_nknews.txt'): [
        ('title', 'North Korea and Russia resume passenger trains as Beijing watches closely', 'General'),
        ('source', 'NK News', 'Korea Risk'),
        ('first sentence', 'North Korea and Russia have restored regular passenger rail service', "Sophie Lindqvist\nTuesday 1:37 PM\nSharing this one for Thursday's briefing, paywa"),
        ('furniture in the story', 'Sophie Lindqvist', "Sophie Lindqvist\nTuesday 1:37 PM\nSharing this one for Thursday's briefing, paywa"),
        ('furniture in the story', '1:37 PM', "Sophie Lindqvist\nTuesday 1:37 PM\nSharing this one for Thursday's briefing, paywalled so pasting the full "),
        ('furniture in the story', 'Sharing this one', "Sophie Lindqvist\nTuesday 1:37 PM\nSharing this one for Thursday's briefing, paywalled so pasting the full text bel"),
        ('furniture in the story', 'The first regular service since 2020', 'd Russia resume passenger trains as Beijing watches closely\nThe first regular service since 2020 runs between Pyongyang and Moscow via the T'),
        ('furniture in the story', 'Get the full story', ' last 15 kilometers of the river before it reaches the sea.\nGet the full story: Subscribe to NK Pro for analysis, data and our daily update.'),
        ('furniture in the story', 'Daniel Ortiz', 'ubscribe to NK Pro for analysis, data and our daily update.\nDaniel Ortiz  1:52 PM\n   thanks, will add to slide 6'),
        ('furniture in the story', 'will add to slide 6', 'data and our daily update.\nDaniel Ortiz  1:52 PM\n   thanks, will add to slide 6'),
    ],
    # a Notion clip's 'Type: Web clip' property is no field the clip rules know (a word too common to take alone), and
    # the Espresso's 'Also today:', quiz and 'Word of the day' lines are one newsletter's furniture
    ('probe30', 'notion_espresso.md'): [
        ('first sentence', 'Vladimir Putin arrives in Beijing today', 'Type: Web clip'),
        ('furniture in the story', 'Type: Web clip', 'Type: Web clip\nVladimir Putin arrives in Beijing today for his first foreign tri'),
        ('furniture in the story', 'Also today', 'America’s sanctions, is likely to offer warm words instead.\nAlso today:** Britain’s economy, America’s retail sales, the Champions League fi'),
        ('furniture in the story', 'Our quiz will appear', ' America’s retail sales, the Champions League final preview\nOur quiz will appear here at 6:00 GMT.\nSend your answers by 13:00 GMT on Friday.'),
        ('furniture in the story', 'Word of the day', 'here at 6:00 GMT.\nSend your answers by 13:00 GMT on Friday.\nWord of the day:** *Polynya*, an area of open water surrounded by sea ice.'),
    ],
    # the print page's caption under its credit line, closed by a full stop ('PHOTO: REUTERS' / 'Russian President ...
    # on Oct 22.'), reads as a story paragraph (a story's first paragraph may stand so under a credit); 'ON THE WEB' is
    # one paper's box
    ('probe30', 'apple_notes_straitstimes.txt'): [
        ('furniture in the story', 'at the BRICS summit in Kazan on Oct 22', 'n President Vladimir Putin and Chinese President Xi Jinping at the BRICS summit in Kazan on Oct 22.\nThe summit was the first since the group'),
        ('furniture in the story', 'ON THE WEB', 'bout any move that might look like an attack on the dollar.\nON THE WEB'),
    ],
    # a bookmark app's page: its name, collection path, item line ('Article · 6 min · Saved ...'), highlights and note
    # over the 'Permanent copy' are one app's layout no rule reads yet (the app's name taken for the title, the copy's
    # own header then story text); the membership box (its button on the appeal's line) and the writer's bio under
    # the story are that outlet's wording
    ('probe30', 'raindrop_chinaproject.txt'): [
        ('title', "Why Beijing won't pick a side in the Russia–Ukraine war", 'Raindrop.io'),
        ('source', 'The China Project', ''),
        ('authors', ['Jeremy Goldkorn'], []),
        ('first sentence', "On the first anniversary of Russia's full-scale invasion", 'Collections / Reading list / China–Russia'),
        ('furniture in the story', 'Collections', "Collections / Reading list / China–Russia\nWhy Beijing won't pick a side in the R"),
        ('furniture in the story', 'Article · 6 min', ' Russia–Ukraine war — The China Project\nthechinaproject.com\nArticle · 6 min · Saved Feb 24, 2023\nHighlights (2)\n"China wants the war to end,'),
        ('furniture in the story', 'Saved Feb 24', 'r — The China Project\nthechinaproject.com\nArticle · 6 min · Saved Feb 24, 2023\nHighlights (2)\n"China wants the war to end, but not in a way '),
        ('furniture in the story', 'Highlights (2)', 'ct\nthechinaproject.com\nArticle · 6 min · Saved Feb 24, 2023\nHighlights (2)\n"China wants the war to end, but not in a way that looks like a R'),
        ('furniture in the story', 'Note: good quote', 'to end, but not in a way that looks like a Russian defeat."\nNote: good quote for the intro\nWhy Beijing won\'t pick a side in the Russia–Ukrai'),
        ('furniture in the story', 'China\'s 12-point "position paper" on the war says', 'tro\nWhy Beijing won\'t pick a side in the Russia–Ukraine war\nChina\'s 12-point "position paper" on the war says a lot about what Beijing wants'),
        ('furniture in the story', 'SUPPORT THE CHINA PROJECT', 'was more cautious, saying he would like to meet Xi Jinping.\nSUPPORT THE CHINA PROJECT\nHelp us keep our journalism free.\nBecome a member toda'),
        ('furniture in the story', 'Help us keep our journalism free', 'he would like to meet Xi Jinping.\nSUPPORT THE CHINA PROJECT\nHelp us keep our journalism free.\nBecome a member today.\nThe paper is best read '),
        ('furniture in the story', 'is editor-in-chief of The China Project', 'ciple, and no real pressure on either side.\nJeremy Goldkorn is editor-in-chief of The China Project.\nOpen original · Edit · Delete'),
        ('furniture in the story', 'Open original', 'e.\nJeremy Goldkorn is editor-in-chief of The China Project.\nOpen original · Edit · Delete'),
    ],
    # a channel's export rendered as text: its name and 'channel · N subscribers' / 'Exported from Telegram Desktop'
    # lines and the separator over each message with its date and the channel's name again are one export's layout;
    # the channel's name is taken for the title and the post's first line is read as story
    ('probe30', 'telegram_export_ru.txt'): [
        ('title', 'Китай сократил закупки российского угля', 'Восточный вектор'),
        ('source', 'Восточный вектор', ''),
        ('first sentence', 'Импорт угля из России в Китай в первом полугодии', 'channel · 48 213 subscribers\nExported from Telegram Desktop, 19.07.2024'),
        ('furniture in the story', 'channel ·', 'channel · 48 213 subscribers\nExported from Telegram Desktop, 19.07.2024\nВосточны'),
        ('furniture in the story', 'subscribers', 'channel · 48 213 subscribers\nExported from Telegram Desktop, 19.07.2024\nВосточный вектор\nИмпорт у'),
        ('furniture in the story', 'Exported from Telegram', 'channel · 48 213 subscribers\nExported from Telegram Desktop, 19.07.2024\nВосточный вектор\nИмпорт угля из Росси'),
    ],
    # Probe 31: 99 wrong checks before any change, 85 after the rules of tests/test_styles_probe31.py, 50 after its
    # second pass (a mail's quoted message, a chat's export, the labels over the headline); what is left is one
    # site's or app's layout or wording (each file's reason below)
    # the Guardian's print text: the newsletter box's lines under its 'Sign up to' line are one site's wording
    ('probe31', 'guardian_print.txt'): [
        ('furniture in the story', 'Get a different world view', ' named because he was not authorised to speak to the press.\nGet a different world view with a roundup of the best news, features and picture'),
        ('furniture in the story', 'Privacy Notice', 'atures and pictures, curated by our global development team\nPrivacy Notice: Newsletters may contain info about charities, online ads, and co'),
        ('furniture in the story', 'after newsletter promotion', 'arities, online ads, and content funded by outside parties.\nafter newsletter promotion\nChinese companies have pledged billions of dollars to'),
    ],
    # the reporter's beat ('Pentagon') alone under the byline and the service's product name in the footer are one
    # outlet's words
    ('probe31', 'voa_english.txt'): [
        ('first sentence', 'Two Chinese and two Russian bombers flew together near Alaska', 'Pentagon'),
        ('furniture in the story', 'Pentagon', 'Pentagon\nTwo Chinese and two Russian bombers flew together near Alaska on Wednes'),
        ('furniture in the story', 'VOA Learning English', ' other goods that help Russia rebuild its defense industry.\nVOA Learning English'),
    ],
    # an Outlook forward ('-----Original Message-----', 'Sent:', 'FW:') over a newsletter quoted line by line with '> ':
    # the quoted message is read unquoted; its own furniture ('with PHELIM KINE' under the byline, the sponsor's
    # line, the editor's thanks) and the section's name 'CHINA WATCHER' read as a byline are one newsletter's wording
    ('probe31', 'outlook_fwd_politico.txt'): [
        ('authors', ['Stuart Lau', 'Phelim Kine'], ['CHINA WATCHER', 'STUART LAU']),
        ('first sentence', 'Welcome to China Watcher.', 'with PHELIM KINE'),
        ('furniture in the story', 'with PHELIM KINE', 'with PHELIM KINE\nWelcome to China Watcher.\nVladimir Putin rolled into Beijing on'),
        ('furniture in the story', 'Presented by Global Energy Forum', "c's sanctions list, while Germany and Hungary are cautious.\nPresented by Global Energy Forum: Join leaders in Rotterdam this June to shape t"),
        ('furniture in the story', 'THANKS to our editor', 'ial Times looks at how Chinese drone parts reach the front.\nTHANKS to our editor, Jones Hayden.'),
    ],
    # a chat's export ('[04/09/2024, 08:12] Name:' on each message): the prefixes and the talk around the article are
    # read, but the sender's own greeting sent in messages before the headline's is taken for the title
    ('probe31', 'whatsapp_chat.txt'): [
        ('title', 'Chinese carmakers turn Vladivostok into gateway for Russian market', 'Morning all, sharing the Nikkei piece on the Vladivostok port'),
    ],
    # a Mastodon thread: the handle lines, the '1/', '2/' numbering and the post footers ('14 boosts · 22 favourites')
    # between the pasted parts are one app's layout no rule reads yet
    ('probe31', 'mastodon_thread.txt'): [
        ('title', 'Russia and China in Central Asia: A Division of Labor Under Strain', 'Mastodon'),
        ('source', 'The Diplomat', ''),
        ('first sentence', 'For much of the past three decades', 'Explore\nLive feeds'),
        ('furniture in the story', 'Explore', 'Explore\nLive feeds\n@lenavogt@eupolicy.social\n🧵 1/ Worth reading in full: The Dip'),
        ('furniture in the story', 'Live feeds', 'Explore\nLive feeds\n@lenavogt@eupolicy.social\n🧵 1/ Worth reading in full: The Diplomat on'),
        ('furniture in the story', '@lenavogt', 'Explore\nLive feeds\n@lenavogt@eupolicy.social\n🧵 1/ Worth reading in full: The Diplomat on how Russia'),
        ('furniture in the story', '🧵', 'Explore\nLive feeds\n@lenavogt@eupolicy.social\n🧵 1/ Worth reading in full: The Diplomat on how Russia and China are carving up '),
        ('furniture in the story', 'Worth reading in full', 'Explore\nLive feeds\n@lenavogt@eupolicy.social\n🧵 1/ Worth reading in full: The Diplomat on how Russia and China are carving up influ'),
        ('furniture in the story', 'Pasting the key parts', ' Russia and China are carving up influence in Central Asia.\nPasting the key parts for those without a subscription.\n"Russia and China in Cen'),
        ('furniture in the story', 'boosts', ' and Tajikistan in 2022.\nOct 03, 2023, 09:14 · 🌐 · Web · 14 boosts · 22 favourites\n@lenavogt@eupolicy.social\n2/ China has moved into the gap'),
        ('furniture in the story', 'favourites', 'tan in 2022.\nOct 03, 2023, 09:14 · 🌐 · Web · 14 boosts · 22 favourites\n@lenavogt@eupolicy.social\n2/ China has moved into the gap carefully.\n'),
        ('furniture in the story', '2/ China', '· Web · 14 boosts · 22 favourites\n@lenavogt@eupolicy.social\n2/ China has moved into the gap carefully.\nIt held its first summit with the fiv'),
        ('furniture in the story', '3/ For now', " · Web · 6 boosts · 11 favourites\n@lenavogt@eupolicy.social\n3/ For now, the region's leaders continue to court both.\nKazakhstan's president "),
        ('furniture in the story', '09:14', 'es between Kyrgyzstan and Tajikistan in 2022.\nOct 03, 2023, 09:14 · 🌐 · Web · 14 boosts · 22 favourites\n@lenavogt@eupolicy.social\n2/ China h'),
    ],
    # an aggregator's story page: its own summary and bias widgets ('Bias Distribution', 'Leaning Left 19') over the
    # source's copy with its headline again and a wire dateline: one site's layout
    ('probe31', 'ground_news.txt'): [
        ('first sentence', 'China and Russia began joint naval drills in the Sea of Japan on Thursday', 'Summary by Ground News\nRussia and China have begun the "North/Interaction-2023" '),
        ('furniture in the story', 'Summary by Ground News', 'Summary by Ground News\nRussia and China have begun the "North/Interaction-2023" '),
        ('furniture in the story', 'with more than 10 warships and 30 aircraft taking part', 'North/Interaction-2023" naval exercise in the Sea of Japan, with more than 10 warships and 30 aircraft taking part, according to Russia\'s De'),
        ('furniture in the story', 'Bias Distribution', 'Defense Ministry.\nThe drills are set to last until July 23.\nBias Distribution\n45% Left  30% Center  25% Right\nCoverage Details\nTotal News So'),
        ('furniture in the story', '45% Left', 'The drills are set to last until July 23.\nBias Distribution\n45% Left  30% Center  25% Right\nCoverage Details\nTotal News Sources 42\nLeaning L'),
        ('furniture in the story', 'Coverage Details', ' July 23.\nBias Distribution\n45% Left  30% Center  25% Right\nCoverage Details\nTotal News Sources 42\nLeaning Left 19\nLeaning Right 10\nCenter 1'),
        ('furniture in the story', 'Total News Sources', 'stribution\n45% Left  30% Center  25% Right\nCoverage Details\nTotal News Sources 42\nLeaning Left 19\nLeaning Right 10\nCenter 13\nLast Updated 2 '),
        ('furniture in the story', 'Leaning Left', '0% Center  25% Right\nCoverage Details\nTotal News Sources 42\nLeaning Left 19\nLeaning Right 10\nCenter 13\nLast Updated 2 hours ago\nCenter\nChina'),
        ('furniture in the story', 'Last Updated', ' News Sources 42\nLeaning Left 19\nLeaning Right 10\nCenter 13\nLast Updated 2 hours ago\nCenter\nChina, Russia begin joint naval drills in Sea of'),
        ('furniture in the story', 'MOSCOW, July 20 (Reuters)', 'nter\nChina, Russia begin joint naval drills in Sea of Japan\nMOSCOW, July 20 (Reuters) - China and Russia began joint naval drills in the Sea'),
    ],
    # a Bluesky post pasting an article: the menu and the poster's line are taken for the title and story, the post's
    # footer ('Everybody can reply', '12 reposts') is one app's wording
    ('probe31', 'bluesky_post.txt'): [
        ('title', "China's Quiet Hedging on Russia", 'Home'),
        ('source', 'Foreign Affairs', ''),
        ('first sentence', 'Three years into the war in Ukraine', 'Explore\nNotifications'),
        ('furniture in the story', 'Notifications', "Explore\nNotifications\nMaria Repnikova\nNew from me in Foreign Affairs, on what Beijing's "),
        ('furniture in the story', 'New from me', "Explore\nNotifications\nMaria Repnikova\nNew from me in Foreign Affairs, on what Beijing's media say about Russia (and wh"),
        ('furniture in the story', 'Key passages below', 'Beijing\'s media say about Russia (and what they leave out).\nKey passages below.\n"China\'s Quiet Hedging on Russia"\nThree years into the war i'),
        ('furniture in the story', 'Everybody can reply', ' to keep its options open, whatever the outcome of the war.\nEverybody can reply\n12 reposts  3 quotes  48 likes'),
        ('furniture in the story', 'reposts', 'en, whatever the outcome of the war.\nEverybody can reply\n12 reposts  3 quotes  48 likes'),
        ('furniture in the story', '48 likes', 'tcome of the war.\nEverybody can reply\n12 reposts  3 quotes  48 likes'),
    ],
    # the print page's fact box label ('СПРАВКА «РГ»') is one paper's label; its figures are kept as story text
    ('probe31', 'rg_nedelya_ru.txt'): [
        ('furniture in the story', 'СПРАВКА', 'инансового университета при правительстве РФ Алексей Зубец.\nСПРАВКА «РГ»\nТоварооборот России и Китая в 2023 году составил 240,1 млрд долларо'),
    ],
    # the rubric after the date and the outlet on the date line ('14 июня 2024, 16:45 — EADaily — Аналитика') is
    # one site's layout of its section
    ('probe31', 'eadaily_ru.txt'): [
        ('section', 'Аналитика', ''),
    ],
    # Дзен's content-type tab ('Статья') over the story is one platform's word
    ('probe31', 'zen_mobile_ru.txt'): [
        ('first sentence', 'Еще пару лет назад китайские автомобили', 'Статья'),
        ('furniture in the story', 'Статья', 'Статья\nЕще пару лет назад китайские автомобили в России считались дешевой альтер'),
    ],
    # NHK's 'Новости на других языках' link closing the page is one site's wording
    ('probe31', 'nhk_ru.txt'): [
        ('furniture in the story', 'Новости на других языках', 'м и Москвой заметно усилилось после начала войны в Украине.\nНовости на других языках'),
    ],
    # Probe 32: 78 wrong checks at the first run (77 once the agency of interfax_avn_ru.txt was written by the project's
    # name, 'Interfax', not 'Интерфакс'), 58 after the rules of tests/test_styles_probe32.py; what is left needs
    # layouts no rule reads yet, or is one outlet's wording
    # a magazine page's PDF text: its masthead line over a headline broken over two lines and a standfirst; no rule joins
    # a headline's two lines under a running head, so the title, outlet, subheadings and the mid-story photo caption stay
    ('probe32', 'pdf_magazine.txt'): [
        ('title', 'The limits of a "no-limits" friendship', 'THE EURASIA QUARTERLY | SPRING 2024 ANALYSIS'),
        ('source', 'The Eurasia Quarterly', ''),
        ('first sentence', 'When Vladimir Putin and Xi Jinping announced', 'The limits of a\n"no-limits" friendship\nTwo years after Moscow and Beijing declar'),
        ('subheading', 'A lopsided exchange', []),
        ('subheading', 'What comes next', []),
        ('furniture in the story', 'Two years after Moscow and Beijing declared', 'The limits of a\n"no-limits" friendship\nTwo years after Moscow and Beijing declared a partnership without bounds, the tr'),
        ('furniture in the story', 'Cars wait for export at a terminal', 'ders to use barter deals\nor intermediaries in Central Asia.\nCars wait for export at a terminal in Manzhouli on the Chinese-Russian border.\nW'),
    ],
    # a scanned clipping's OCR: the paper's name and date on one line over the section and the headline; the line of the
    # name is taken for the title, so the headline, deck and the byline in capitals are story text; a wrapped line opening
    # after a sentence's end with no stop of its own ('The two leaders signed documents ... strategic') is taken for a
    # subheading; 'Continued on page 12' is a jump line no rule reads yet
    ('probe32', 'ocr_clipping.txt'): [
        ('title', 'Xi and Putin pledge closer ties but oflFer no path to peace', 'THE IRISH TIMES'),
        ('source', 'The Irish Times', ''),
        ('authors', ['Daniel McLaughlin'], []),
        ('section', 'World News', 'WORLD NEWS'),
        ('first sentence', 'Chinese president Xi Jinping left Moscow yesterday', 'Xi and Putin pledge closer ties but oflFer no path to peace'),
        ('furniture in the story', 'Chinese leader leaves Moscow with energy deals', 'Xi and Putin pledge closer ties but oflFer no path to peace\nChinese leader leaves Moscow with energy deals and warm words, but no breakthrou'),
        ('furniture in the story', 'Continued on page 12', 'ween the two countries would exceed $200 billion this year.\nContinued on page 12'),
        ('story text missing', 'The two leaders signed documents', ''),
    ],
    # a newsletter's mail: 'Forwarded this email? Subscribe here for more' is taken for the title over the publication's
    # name and issue line; the sponsor's box under a 'SPONSORED' label and the 'Share <name>' button are one platform's
    ('probe32', 'beehiiv_newsletter.txt'): [
        ('title', "Russia's gas pivot hits the Mongolian steppe", 'Forwarded this email? Subscribe here for more'),
        ('source', 'The Steppe Dispatch', ''),
        ('first sentence', "Mongolia's government has once again left the Power of Siberia 2 pipeline out", 'The Steppe Dispatch\nIssue #87 · Central Asia, Russia and China, every Thursday'),
        ('furniture in the story', 'Issue #87', "The Steppe Dispatch\nIssue #87 · Central Asia, Russia and China, every Thursday\nRussia's gas pivot hi"),
        ('furniture in the story', 'Eurasia Risk Monitor', " price close to Russia's heavily subsidised domestic rates.\nEurasia Risk Monitor: get weekly country risk scores for 14 markets.\nTry it free"),
        ('furniture in the story', 'Share The Steppe Dispatch', '\nIf you enjoyed this issue, forward it to a friend.\nAruzhan\nShare The Steppe Dispatch'),
    ],
    # Dow Jones' trailer '(END) Dow Jones Newswires' and its time line under it: one wire's wording
    ('probe32', 'dowjones_newswires.txt'): [
        ('published', '2024-05-16', ''),
        ('source', 'Dow Jones Newswires', ''),
        ('furniture in the story', '(END) Dow Jones Newswires', ' Snitko, an agricultural economist at a Moscow consultancy.\n(END) Dow Jones Newswires\nMay 16, 2024 09:47 ET (13:47 GMT)'),
        ('furniture in the story', '09:47 ET', ' Moscow consultancy.\n(END) Dow Jones Newswires\nMay 16, 2024 09:47 ET (13:47 GMT)'),
    ],
    # a wire's feed copy: the service's name 'dpa-AFX International' and a slug of topics over the headline, 'Beijing (dpa) -'
    # with a lower-case agency not read as a dateline, and dpa's editor codes and time stamp closing it: one wire's layout
    ('probe32', 'dpa_international.txt'): [
        ('title', 'Lavrov in Beijing: Russia and China reject "bloc thinking"', ''),
        ('source', 'dpa', ''),
        ('agencies', ['dpa'], []),
        ('first sentence', 'Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi', 'dpa-AFX International'),
        ('furniture in the story', 'dpa-AFX International', 'dpa-AFX International\nLavrov in Beijing: Russia and China reject "bloc thinking"'),
        ('furniture in the story', 'Beijing (dpa) -', '\nLavrov in Beijing: Russia and China reject "bloc thinking"\nBeijing (dpa) - Russian Foreign Minister Sergei Lavrov and his Chinese counterpa'),
        ('furniture in the story', 'dpa hgb xxzz', "t for Russia's defence industry, according to US officials.\ndpa hgb xxzz a3 fs\n091215 Apr 24"),
        ('furniture in the story', '091215 Apr 24', 'nce industry, according to US officials.\ndpa hgb xxzz a3 fs\n091215 Apr 24'),
    ],
    # MSN's page: its menu and a 'Story by Reuters' row over the headline; the 'More for You' links under the story
    # (their lead-in is one site's wording; the 'Related video: ...' line over them is furniture since probe 35:
    # tests/test_styles_probe35.py)
    ('probe32', 'msn_syndication.txt'): [
        ('title', 'Russia and China hold joint naval drills in Sea of Japan', 'MSN'),
        ('first sentence', 'Russian and Chinese warships began joint exercises in the Sea of Japan on Thursday', 'News'),
        ('furniture in the story', 'China says it will not sell weapons', 'g naval drills near South Africa and in the East China Sea.\nChina says it will not sell weapons to either side in Ukraine war\nFeedback'),
        ('furniture in the story', 'Feedback', 'says it will not sell weapons to either side in Ukraine war\nFeedback'),
    ],
    # a draft's status line and 'DRAFT –' before the headline, and the comments' anchors left in the sentences
    # ('Russia.[a]'): the comments listed under the draft are read since probe 32; anchors inside sentences are not taken out
    ('probe32', 'gdocs_comments.txt'): [
        ('title', 'Kazakh uranium and the China–Russia squeeze', 'DRAFT – Kazakh uranium and the China–Russia squeeze'),
        ('first sentence', "Kazakhstan produces more than two fifths of the world's uranium", 'For: Weekend Review | Words: ~650 | Status: second edit'),
        ('furniture in the story', 'Words: ~650', 'For: Weekend Review | Words: ~650 | Status: second edit\nKazakh uranium and the China–Russia squeeze\nKa'),
        ('furniture in the story', '[a]', 'the bulk of its output along routes that run through Russia.[a] Since 2022, that dependence has become awkward.\nWestern utilities that buy K'),
        ('furniture in the story', '[b]', 'osatom has bought stakes in several Kazakh uranium deposits,[b] giving Moscow a say in who gets the fuel.\n"Kazakhstan is not choosing betwee'),
        ('furniture in the story', '[c]', 'g for it," said Kassymkhan Kapparov, an economist in Almaty.[c]\nThe Trans-Caspian route, which crosses the Caspian Sea by ship to Azerbaijan'),
    ],
    # a message's link preview (the address, the headline and the site's domain) over the pasted article, and the chat
    # lines under it ('Yeah saw it', 'Delivered'): no rule for a messaging app's share yet
    ('probe32', 'imessage_share.txt'): [
        ('source', 'The New York Times', ''),
        ('first sentence', 'President Vladimir Putin of Russia and Xi Jinping of China vowed on Thursday', 'nytimes.com'),
        ('furniture in the story', "The Russian leader's state visit to Beijing underscored", "n and Xi Pledge a 'New Era' as Russia Leans Harder on China\nThe Russian leader's state visit to Beijing underscored how much Moscow has come"),
        ('furniture in the story', 'Yeah saw it', 'China with historic ties to Russia, to attend a trade fair.\nYeah saw it.\nThe pipeline bit is the interesting part\nDelivered'),
        ('furniture in the story', 'Delivered', 'fair.\nYeah saw it.\nThe pipeline bit is the interesting part\nDelivered'),
    ],
    # Interfax's military desk 'ИНТЕРФАКС-АВН' in the dateline: the dateline ends at the agency's name, so '-АВН -' opens
    # the story (an agency's desk suffix is one agency's)
    ('probe32', 'interfax_avn_ru.txt'): [
        ('first sentence', 'Стратегические ракетоносцы Ту-95МС', 'АВН - Стратегические ракетоносцы Ту-95МС Воздушно-космических сил России и страт'),
    ],
    # the print page's running head ('ИЗВЕСТИЯ  № 87 (31297)  Вторник, 21 мая 2024  www.iz.ru  3', with the page number
    # last after a date and a web address) is taken for the title; so the headline, deck and author stay story text
    ('probe32', 'izvestia_pdf_ru.txt'): [
        ('title', 'Мост через Амур для больших грузов', 'ИЗВЕСТИЯ № 87 (31297)'),
        ('source', 'Известия', ''),
        ('authors', ['Елена Балаян'], []),
        ('first sentence', 'Россия и Китай договорились о расширении пропускной способности', 'Мост через Амур для больших грузов\nРоссия и Китай договорились расширить пропуск'),
        ('furniture in the story', 'Россия и Китай договорились расширить пропускную', 'Мост через Амур для больших грузов\nРоссия и Китай договорились расширить пропускную способность пограничных переход'),
    ],
    # a Telegram channel's web page: the channel's name, handle and subscribers over the post, whose first line is its
    # headline: no rule for a channel page's layout yet (as probe 21's tme_preview_ru.txt)
    ('probe32', 'baza_telegram_ru.txt'): [
        ('title', 'Китайские банки массово отказываются принимать платежи из России — в Москве остаются без оплаты тысячи контрактов', 'Baza'),
        ('source', 'Baza', ''),
        ('first sentence', 'Как выяснила Baza, с начала августа', 'Китайские банки массово отказываются принимать платежи из России — в Москве оста'),
    ],
    # Probe 33: 56 wrong checks before any change, 31 after the rules of tests/test_styles_probe33.py; what is left:
    # a YouTube page's copy: channel line, counts and buttons over a views-and-date line ("412K views  Mar 21,
    # 2023  #China") no date rule reads, the description, chapters and a transcript whose timestamps stand on
    # lines of their own, and viewers' comments under it: no rule for a video page's layout yet
    ('probe33', 'youtube_transcript.txt'): [
        ('published', '2023-03-21', ''),
        ('source', 'DW News', ''),
        ('first sentence', 'Chinese President Xi Jinping and Russian President Vladimir Putin have wrapped up', 'DW News'),
        ('furniture in the story', '412K views', 'DW News\n412K views  Mar 21, 2023  #China #Russia #Xi\nChinese President Xi Jinping has he'),
        ('furniture in the story', '…more', 'ina wants from Russia and why the West is watching closely.\n…more\nFollow along using the transcript.\nChinese President Xi Jinping and Russia'),
        ('furniture in the story', 'Follow along using', 'nts from Russia and why the West is watching closely.\n…more\nFollow along using the transcript.\nChinese President Xi Jinping and Russian Pres'),
        ('furniture in the story', 'China is playing both sides', 'ing leverage it is willing to use remains an open question.\nChina is playing both sides as usual.\nGreat reporting from Beijing.'),
        ('furniture in the story', 'Great reporting from Beijing', 'ins an open question.\nChina is playing both sides as usual.\nGreat reporting from Beijing.'),
    ],
    # a Facebook page post: the page's name over a '·' and 'Follow', the post's text with 'See more', then the
    # link card (domain, headline, standfirst) over the story and the reactions: no rule for a social post's
    # link card yet, so the page's name is taken for the title
    ('probe33', 'facebook_post.txt'): [
        ('title', "Putin and Xi pledge 'new era' of partnership in Beijing talks", 'Al Jazeera English'),
        ('first sentence', 'Russian President Vladimir Putin and Chinese President Xi Jinping have pledged to deepen', 'Russia\'s President Vladimir Putin and China\'s Xi Jinping have pledged a "new era'),
        ('furniture in the story', 'See more', "rip abroad since starting a new six-year term.\nRead more ⬇️ See more\nRussian leader's visit comes as China faces Western pressure over its s"),
        ('furniture in the story', "Russian leader's visit comes as China faces Western pressure", "d since starting a new six-year term.\nRead more ⬇️ See more\nRussian leader's visit comes as China faces Western pressure over its support fo"),
        ('furniture in the story', 'Read more ⬇️', ", his first trip abroad since starting a new six-year term.\nRead more ⬇️ See more\nRussian leader's visit comes as China faces Western pressu"),
        ('furniture in the story', 'All reactions', ' said one Beijing-based diplomat who asked not to be named.\nAll reactions:'),
    ],
    # a masthead under 'Skip to content' (no masthead rule reaches one below furniture) over a menu of section
    # names: the masthead is taken for the title and the menu for the story's start; the membership appeal's
    # sentences and the author's note over it close the page; 'Putinvisited' is two words in lower case after
    # the capital, which no rule can split without a dictionary
    ('probe33', 'kyiv_independent.txt'): [
        ('title', "China says it won't send delegation to Ukraine peace summit in Switzerland", 'The Kyiv Independent'),
        ('source', 'The Kyiv Independent', ''),
        ('first sentence', 'China will not take part in the Ukraine peace summit', 'News Feed'),
        ('furniture in the story', 'is a reporter for the Kyiv Independent', ' is expected to attend only as an observer.\nMartin Fornusek is a reporter for the Kyiv Independent.\nHe studied political science and history'),
        ('furniture in the story', 'Join now', 'our readers.\nJoin our community and help us keep reporting.\nJoin now'),
        ('glued word', 'Putinvisited -> Putin visited', 'Putinvisited'),
    ],
    # the 'Executive Summary:' points are lines of their own under the heading, not one block: only the first is
    # read as the summary (a rule telling the last point from the story's first paragraph needs the photo credit
    # under them)
    ('probe33', 'jamestown_edm.txt'): [
        ('first sentence', 'On September 18, Rosatom', 'Chinese shipping companies are now the main users of the route for transit voyag'),
    ],
    # the masthead 'The Japan News by The Yomiuri Shimbun' (no outlet's variant) over a menu, a section, the
    # headline, the lead photo's caption and credit and the outlet's line over the date: no header rule reaches
    # the headline across the caption, and the tags and ranking box under the story are short lines no rule
    # marks
    ('probe33', 'japan_news.txt'): [
        ('title', 'Japan Scrambles Jets as Chinese, Russian Bombers Fly Joint Mission Near Tokyo', 'The Japan News by The Yomiuri Shimbun'),
        ('source', 'The Japan News', ''),
        ('first sentence', 'Japan’s Air Self-Defense Force scrambled', 'HOME'),
        ('furniture in the story', 'Chinese and Russian bombers fly over the Sea of Japan in this photo', 'HOME\nChinese and Russian bombers fly over the Sea of Japan in this photo released by '),
        ('furniture in the story', 'Related Tags', ' zone without prior notice, the South Korean military said.\nRelated Tags\nChina\nRussia\nDefense\nJapan-China relations\nJapan-Russia relations\nT'),
        ('furniture in the story', 'Japan-China relations', 'uth Korean military said.\nRelated Tags\nChina\nRussia\nDefense\nJapan-China relations\nJapan-Russia relations\nTop Articles in World\nXi, Biden Agr'),
        ('furniture in the story', 'Top Articles in World', 'Russia\nDefense\nJapan-China relations\nJapan-Russia relations\nTop Articles in World\nXi, Biden Agree to Resume Military Communications\nJN ACCES'),
        ('furniture in the story', 'Xi, Biden Agree', 'hina relations\nJapan-Russia relations\nTop Articles in World\nXi, Biden Agree to Resume Military Communications\nJN ACCESS RANKING'),
        ('furniture in the story', 'JN ACCESS RANKING', ' in World\nXi, Biden Agree to Resume Military Communications\nJN ACCESS RANKING'),
    ],
    # the story's first paragraph stands between the headline's photo credit and the date line, where a
    # standfirst stands on other pages: read as the lede (its wording, 'Об этом заявил ..., передает
    # корреспондент', is what tells a lead; no rule reads it)
    ('probe33', 'ura_ru.txt'): [
        ('first sentence', 'Китай не намерен отказываться от закупок российской нефти', '«Нормальное торговое сотрудничество между Китаем и Россией не направлено против '),
    ],

    # Probe 34: 87 wrong checks before any change, 75 after the rules of tests/test_styles_probe34.py; what is left:
    # a press release's layout: the date inside its dateline ('CITY, Country, and CITY, Country – March 14, 2024 –'), the
    # subtitle without a stop over it, and the closing blocks ('About X', 'Forward-Looking Statements') over the contact
    # block (furniture since probe 34: tests/test_styles_probe34.py): no rule for a release's layout yet
    ('probe34', 'press_release.txt'): [
        ('published', '2024-03-14', ''),
        ('first sentence', 'Arctic Freight Partners (AFP Logistics), a Russian multimodal operator', 'New service cuts transit time for Russian fertiliser and Chinese machinery shipm'),
        ('furniture in the story', 'New service cuts transit time', 'New service cuts transit time for Russian fertiliser and Chinese machinery shipm'),
        ('furniture in the story', 'March 14, 2024 –', 'up to nine days\nST. PETERSBURG, Russia, and HARBIN, China – March 14, 2024 – Arctic Freight Partners (AFP Logistics), a Russian multimodal o'),
        ('furniture in the story', 'About Arctic Freight Partners', 'mpanies said settlements would be made in roubles and yuan.\nAbout Arctic Freight Partners\nArctic Freight Partners is a privately held multim'),
        ('furniture in the story', 'is a privately held multimodal', 'yuan.\nAbout Arctic Freight Partners\nArctic Freight Partners is a privately held multimodal logistics operator headquartered in St. Petersbur'),
        ('furniture in the story', 'is a state-owned logistics company', 'xample.\nAbout Harbin Logistics Group\nHarbin Logistics Group is a state-owned logistics company based in Heilongjiang province, China, specia'),
        ('furniture in the story', 'Forward-Looking Statements', 'sing in cross-border rail freight with Russia and Mongolia.\nForward-Looking Statements\nThis press release contains forward-looking statement'),
        ('furniture in the story', 'forward-looking statements that involve', 'lia.\nForward-Looking Statements\nThis press release contains forward-looking statements that involve risks and uncertainties.\nActual results '),
    ],
    # a think tank's comment page: the 'Expert comment' label over the headline is taken for the title, so the
    # author's 'Dr' name and position line are no byline; footnote markers glued after the stops ('.[1]') stay (the
    # note under 'About the author' and the 'Endnotes' list over it are read since probe 34: tests/test_styles_probe34.py)
    ('probe34', 'chatham_comment.txt'): [
        ('title', 'China and Russia’s ‘no limits’ partnership has limits in Central Asia', 'Expert comment'),
        ('authors', ['Annette Bohr'], []),
        ('first sentence', 'When leaders of the Shanghai Cooperation Organization gathered', 'China and Russia’s ‘no limits’ partnership has limits in Central Asia'),
        ('furniture in the story', 'The SCO summit in Astana showed Beijing', 'Russia’s ‘no limits’ partnership has limits in Central Asia\nThe SCO summit in Astana showed Beijing quietly taking the lead in a region Mosc'),
        ('furniture in the story', 'Associate Fellow, Russia and Eurasia Programme', 'ead in a region Moscow still calls its own.\nDr Annette Bohr\nAssociate Fellow, Russia and Eurasia Programme\nWhen leaders of the Shanghai Coop'),
        ('furniture in the story', '[1]', 'ce of influence in Central Asia has shifted towards Beijing.[1]\nXi arrived in Astana a day early for a state visit to Kazakhstan, opening a '),
        ('furniture in the story', '[2]', 'have grown wary of Moscow’s claims to a sphere of influence.[2]\nChina has moved into the space carefully.\nIts trade with the five Central As'),
        ('furniture in the story', '[3]', 'ian states reached $89 billion in 2023, well above Russia’s.[3] It has also begun training police and border guards and has opened a securit'),
    ],
    # archive.today's toolbar over the page ('Saved from', the address, 'All snapshots from host ...'): no rule for its
    # capture toolbar yet; the 'additional reporting by' name is read among the authors; a lower-case word glued to a
    # capitalized name ('spokesmanDmitry') is not split (only one glued to an acronym is: probe 33)
    ('probe34', 'archive_today.txt'): [
        ('title', 'China and Russia fail to seal Power of Siberia 2 deal as Putin visits Beijing', 'Saved from'),
        ('authors', ['Laurie Chen', 'Guy Faulconbridge'], ['Laurie Chen', 'Guy Faulconbridge', 'Vladimir Soldatkin']),
        ('first sentence', 'Russia and China failed to sign a final agreement', 'All snapshots from host www.reuters.com'),
        ('furniture in the story', 'All snapshots', 'All snapshots from host www.reuters.com\nshare download .zip report bug or abuse '),
        ('furniture in the story', 'Buy me a coffee', 'ost www.reuters.com\nshare download .zip report bug or abuse Buy me a coffee\nChina and Russia fail to seal Power of Siberia 2 deal as Putin v'),
        ('glued word', 'spokesmanDmitry -> spokesman Dmitry', 'spokesmanDmitry'),
    ],
    # a briefing note's form fields ('Prepared for:', 'Prepared by:', 'Classification:') over its 'Subject:' line: no
    # rule reads a memo's fields yet; the file path and 'Last saved:' footer closing it are not read as furniture
    ('probe34', 'word_rtf.txt'): [
        ('title', 'Russian–Chinese military cooperation in the Pacific, 2022–2025', 'Prepared for: Committee on Foreign Affairs, Eurasia Working Group'),
        ('authors', ['Oksana Lindqvist'], []),
        ('first sentence', 'Russian and Chinese armed forces have held joint patrols', 'Classification: UNCLASSIFIED // FOR OFFICIAL USE'),
        ('furniture in the story', 'Classification', 'Classification: UNCLASSIFIED // FOR OFFICIAL USE\nRussian and Chinese armed force'),
        ('furniture in the story', 'H:\\EURASIA', 'o its next meeting.\nAnnex: chronology available on request.\nH:\\EURASIA\\Briefings\\2025\\BN-2025-014_RU-CN_military.docx\nLast saved: 27/02/2025'),
        ('furniture in the story', 'Last saved', '.\nH:\\EURASIA\\Briefings\\2025\\BN-2025-014_RU-CN_military.docx\nLast saved: 27/02/2025 16:42'),
    ],
    # a subtitle file's NOTE block naming the video and its upload date ('(uploaded 2023-04-06)') over the cues: the
    # block's keyword is taken for the title and no date rule reads the note (the header, timings and sound tags are
    # furniture since probe 34: tests/test_styles_probe34.py)
    ('probe34', 'vtt_subtitles.txt'): [
        ('title', "Why China won't abandon Russia", 'NOTE'),
        ('published', '2023-04-06', ''),
        ('first sentence', 'More than a year into the war in Ukraine', 'Insider / "Why China won\'t abandon Russia" (uploaded 2023-04-06)'),
    ],
    # a UN meeting record's cover (symbol, session, meeting, 'Provisional', the presiding member's dotted line) and
    # its closing print notice and job number: no rule for a UN document's layout; the 'New York' line is read as a byline
    ('probe34', 'un_document.txt'): [
        ('title', 'Maintenance of international peace and security', '9283rd meeting'),
        ('source', 'United Nations', ''),
        ('authors', [], ['New York']),
        ('first sentence', 'The meeting was called to order at 10.05 a.m.', 'Provisional'),
        ('furniture in the story', 'Provisional', 'Provisional\nPresident:   Mr. Nebenzia .............................\n(Russian Fed'),
        ('furniture in the story', 'Mr. Nebenzia .....', 'Provisional\nPresident:   Mr. Nebenzia .............................\n(Russian Federation)\nThe meeting was '),
        ('furniture in the story', '23-08742', 'ections should be submitted to the original languages only.\n23-08742 (E)\n*2308742*'),
        ('furniture in the story', '*2308742*', 'd be submitted to the original languages only.\n23-08742 (E)\n*2308742*'),
        ('furniture in the story', 'This record contains the text of speeches', 'ow to use it to end the war.\nThe meeting rose at 12.40 p.m.\nThis record contains the text of speeches delivered in English and of the transl'),
        ('furniture in the story', 'Corrections should be submitted', 'be printed in the Official Records of the Security Council.\nCorrections should be submitted to the original languages only.\n23-08742 (E)\n*23'),
    ],
    # a messenger's forward of a pasted story: the forwarder's 'From: Dasha K.' is taken for the source, the byline in
    # capitals keeps its case, the chat's times and replies under the story stay story text; a lower-case word glued
    # to a capitalized name ('MinisterAlexander') is not split
    ('probe34', 'signal_forward.txt'): [
        ('source', 'Nikkei Asia', 'Dasha K'),
        ('authors', ['Kenji Kawase'], ['KENJI KAWASE']),
        ('furniture in the story', '09:14', 'actically all" payment issues with China had been resolved.\n09:14 ✓✓\nThanks, will read\n09:20\nCan you send the graph too?\n09:21'),
        ('furniture in the story', 'Thanks, will read', ' all" payment issues with China had been resolved.\n09:14 ✓✓\nThanks, will read\n09:20\nCan you send the graph too?\n09:21'),
        ('furniture in the story', 'Can you send the graph', 'h China had been resolved.\n09:14 ✓✓\nThanks, will read\n09:20\nCan you send the graph too?\n09:21'),
        ('glued word', 'MinisterAlexander -> Minister Alexander', 'MinisterAlexander'),
    ],
    # a Q&A commentary's 'Q1:'/'A1:' labels are not read as headings and labels; the authors' notes run into one
    # paragraph (the second name not opening a line) and the series' blurb under them stay story text
    ('probe34', 'csis_qa.txt'): [
        ('subheading', 'What did the two leaders agree on?', []),
        ('subheading', "Is China helping Russia's war effort?", []),
        ('furniture in the story', 'Critical Questions', 'lanchette holds the Freeman Chair in China Studies at CSIS.\nCritical Questions is produced by the Center for Strategic and International Stu'),
        ('furniture in the story', 'A1:', ' the war in Ukraine?\nQ1: What did the two leaders agree on?\nA1: The joint statement runs to more than 7,000 words and covers everything from'),
        ('furniture in the story', 'is a senior fellow for Russia', ' shape how long Russia can sustain the war.\nMaria Snegovaya is a senior fellow for Russia and Eurasia with the Europe, Russia, and Eurasia P'),
        ('furniture in the story', 'holds the Freeman Chair', 'national Studies (CSIS) in Washington, D.C. Jude Blanchette holds the Freeman Chair in China Studies at CSIS.\nCritical Questions is produced'),
        ('furniture in the story', 'is produced by the Center', ' Freeman Chair in China Studies at CSIS.\nCritical Questions is produced by the Center for Strategic and International Studies (CSIS), a priv'),
    ],
    # a ministry's page: its name and menu over the headline, the 'Сообщение для СМИ' label between the headline and
    # the date: the ministry's name is taken for the title, and no outlet list names the ministry's site
    ('probe34', 'mid_ru_press.txt'): [
        ('title', 'О переговорах Министра иностранных дел России С.В.Лаврова с Министром иностранных дел КНР Ван И', 'Министерство иностранных дел Российской Федерации'),
        ('source', 'МИД России', ''),
        ('first sentence', '1 апреля в Москве состоялись переговоры', 'Главная'),
    ],
    # the site's menu printed on one line with spaces ('Газета Новости Общество Экономика Политика') is taken for the
    # title; a caption ending in a stop between two copies of its credit is read as the lede
    ('probe34', 'amurpravda_ru.txt'): [
        ('title', 'Первый грузовой поезд прошел по мосту Нижнеленинское – Тунцзян', 'Газета Новости Общество Экономика Политика'),
        ('first sentence', 'Первый грузовой состав прошел', 'Мост через Амур между Нижнеленинским и китайским Тунцзяном на церемонии открытия'),
        ('furniture in the story', 'на церемонии открытия движения.', 'Мост через Амур между Нижнеленинским и китайским Тунцзяном на церемонии открытия движения.\nПервый грузовой состав прошел по железнодорожном'),
        ('furniture in the story', 'Поделиться:', 'ному мосту Благовещенск – Хэйхэ началось грузовое движение.\nПоделиться:'),
    ],
    # an Одноклассники group's post: the group's name printed twice over the date is taken for the title (as probe
    # 21's VK post), and the reactions ('Класс!') and commenters' lines under it stay story text
    ('probe34', 'ok_ru_post.txt'): [
        ('title', 'В Харбине открылась 10-я Российско-Китайская ЭКСПО', 'Россия и Китай | Новости сотрудничества'),
        ('source', 'Россия и Китай | Новости сотрудничества', ''),
        ('furniture in the story', 'Класс!', 'озы вторичных санкций США.\nВыставка продлится до 8 февраля.\nКласс!\nБыли там в прошлом году, очень интересно!\nВиктор Г.\nА толку от этих выста'),
        ('furniture in the story', 'Были там в прошлом году', 'ричных санкций США.\nВыставка продлится до 8 февраля.\nКласс!\nБыли там в прошлом году, очень интересно!\nВиктор Г.\nА толку от этих выставок...'),
        ('furniture in the story', 'А толку от этих выставок', '\nКласс!\nБыли там в прошлом году, очень интересно!\nВиктор Г.\nА толку от этих выставок...'),
    ],
    # the author's name between the 'Источник:' line and the photo credit is not read as a byline; the newsroom's
    # appeal broken after its question mark ('Хотите сообщить новость?' / 'Пишите в наш телеграм-бот') is not read
    ('probe34', 'znak_ru.txt'): [
        ('authors', ['Анастасия Степанова'], []),
        ('first sentence', 'Переговоры Владимира Путина и Си Цзиньпина в Москве', 'Анастасия Степанова'),
        ('furniture in the story', 'Хотите сообщить новость', 'Кремле рассчитывают на визитПутина в Китай уже в этом году.\nХотите сообщить новость?\nПишите в наш телеграм-бот'),
    ],
    # a channel's page: with the foreign-agent notice read as furniture (tests/test_styles_probe34.py), the channel's
    # name and menu ('Дождь', 'Прямой эфир', 'Новости') over the headline: the name is taken for the title, a menu item
    # is read as the lede
    ('probe34', 'dozhd_ru.txt'): [
        ('title', 'Китайские банки массово отказываются принимать платежи из России', 'Дождь'),
        ('source', 'Дождь', ''),
        ('first sentence', 'Крупнейшие китайские банки начали массово', 'Прямой эфир'),
        ('furniture in the story', 'Прямой эфир', 'Прямой эфир\nКрупнейшие китайские банки начали массово отказываться от проведения'),
    ],

    # Probe 35: 62 wrong checks before any change, 55 after the rules of tests/test_styles_probe35.py; what is left:
    # a page copy whose byline comes after the story as the author's note ('X is a senior researcher at ...') with the
    # 'Published:' line under it; the section label over the headline is taken for the title: no rule reads a byline below the story
    ('probe35', 'byline_after.txt'): [
        ('title', "Beijing's quiet bargain in the Arctic", 'Opinion & Analysis'),
        ('source', 'High North News', 'Opinion & Analysis'),
        ('authors', ['Sofia Marchetti'], []),
        ('section', 'Opinion & Analysis', ''),
        ('first sentence', 'When the first Chinese container ship of the season sailed out of Arkhangelsk', "Beijing's quiet bargain in the Arctic"),
        ('furniture in the story', 'Russia needs Chinese ships and money', "Beijing's quiet bargain in the Arctic\nRussia needs Chinese ships and money for its northern sea lane.\nChina wants acce"),
        ('furniture in the story', 'Sofia Marchetti is a senior researcher', 'hat changes will depend less on the ice than on Washington.\nSofia Marchetti is a senior researcher at the Arctic Institute in Oslo.'),
    ],
    # a 'Key points:' box of bullet lines between the menu and the headline: no header rule reaches the headline over
    # the box, so the masthead is the title, the menu's 'Home' and the box's last bullet open the story
    ('probe35', 'key_points.txt'): [
        ('title', 'China and Russia fly joint bomber patrol near Alaska for first time', 'ABC News'),
        ('source', 'ABC News (Australia)', 'Asia'),
        ('authors', ['Erin Handley'], []),
        ('first sentence', 'Chinese and Russian strategic bombers have flown together near Alaska', 'Home'),
        ('furniture in the story', 'Analysts say the flight was a signal', 'Home\nAnalysts say the flight was a signal to Washington rather than a military threat'),
    ],
    # numbered question headings ('1. What is Power of Siberia 2?'): a question with its number is no subheading yet and
    # the number is split off; the related box's links are questions, which link lines are not read as
    ('probe35', 'numbered_explainer.txt'): [
        ('subheading', 'What is Power of Siberia 2?', []),
        ('subheading', 'Why does Russia want it so badly?', []),
        ('subheading', 'Why is China in no hurry?', []),
        ('subheading', 'What happens next?', []),
        ('subheading', 'What does it mean for the partnership?', []),
        ('furniture in the story', 'What happens next?', " to buying only a small part of the pipeline's capacity.\n4.\nWhat happens next?\nRussian officials say talks continue.\nDeputy Prime Minister A"),
        ('furniture in the story', 'Why is China in no hurry?', ' a year to China, far short of what Europe used to take.\n3.\nWhy is China in no hurry?\nBeijing has other options.\nIt imports pipeline gas fro'),
        ('furniture in the story', 'What is the Shanghai Cooperation Organisation?', "ia's largest trading partner, but it buys on its own terms.\nWhat is the Shanghai Cooperation Organisation?\nHow much Russian oil does China b"),
        ('furniture in the story', 'How much Russian oil does China buy?', 's own terms.\nWhat is the Shanghai Cooperation Organisation?\nHow much Russian oil does China buy?'),
    ],
    # 'The Moscow Letter' (no outlet in data/outlets.txt) over the headline; the newsletter prompt closing the page names
    # it with more words and is read as the source (the pull quotes repeated as paragraphs cannot be checked by strings)
    ('probe35', 'related_links.txt'): [
        ('source', 'The Moscow Letter', "The Moscow Letter's daily briefing"),
    ],
    # a print page's text: the newspaper's name, date and page number over the headline take the title; the running
    # foot 'WORLD A8 SUNDAY, ...' closing it is no foot the parser knows (the jump lines are furniture already)
    ('probe35', 'print_continued.txt'): [
        ('title', "A year of war tests the 'no limits' friendship", 'THE BOSTON HERALD-TRIBUNE'),
        ('source', 'The Boston Herald-Tribune', ''),
        ('first sentence', 'A year after Russia invaded Ukraine', "A year of war tests the 'no limits' friendship"),
        ('furniture in the story', 'WORLD A8', 'in the spring, according to people familiar with the plans.\nWORLD A8 SUNDAY, FEBRUARY 26, 2023'),
        ('furniture in the story', 'SUNDAY, FEBRUARY 26', 'ring, according to people familiar with the plans.\nWORLD A8 SUNDAY, FEBRUARY 26, 2023'),
    ],
    # UTF-8 read as Windows-1252 ('â€œ', 'Ã©') is repaired on reading (reading.repair_mojibake: the story's quotes,
    # names and the '© 2023' line are read), and the HTML entities left in its header lines ('&nbsp;', '&#8212;',
    # '&amp;') are decoded for reading them (byline, date and the lines above the headline are read; the breadcrumb
    # 'China & World > Diplomacy' is the section, tests/test_styles_probe36.py); the check reads the story's raw
    # text, where the '&#8230;' ending a story sentence stays (its analysis text has '…')
    ('probe35', 'mojibake.txt'): [
        ('furniture in the story', '&#8230;', 'ouse said China was providing Russia with “diplomatic cover”&#8230;\nXi was accompanied by Wang Yi (王毅), China’s top diplomat, and Commerce M'),
    ],
    # the Japan Times' subscription appeal closing the page is one outlet's wording (Windows line ends, tabs and the two
    # agencies 'KYODO, JIJI' are read)
    ('probe35', 'crlf_kyodo.txt'): [
        ('furniture in the story', 'In a time of both misinformation', 'f them against Chinese aircraft, according to the ministry.\nIn a time of both misinformation and too much information, quality journalism is'),
        ('furniture in the story', 'By subscribing', ' information, quality journalism is more crucial than ever.\nBy subscribing, you can help us get the story right.'),
    ],
    # the «Справка» box closing the story: its heading is furniture but the background paragraph under it stays story
    # text (whether a box is the story's is a reader's call; no rule reads the box's extent)
    ('probe35', 'chitayte_ru.txt'): [
        ('furniture in the story', 'российское аналитическое агентство, специализирующееся', 'одели», — говорит эксперт рынка Антон Шапарин.\n«Автостат» — российское аналитическое агентство, специализирующееся на исследованиях автомоби'),
    ],
    # the lead paragraph printed between the headline and the byline is read as a standfirst (a lede, out of the
    # sentences), as on pages whose standfirst stands there; the reader took it for the story's first paragraph
    ('probe35', 'role_byline_ru.txt'): [
        ('first sentence', 'Министр иностранных дел России Сергей Лавров провел в Пекине переговоры', 'Переговоры прошли в резиденции Дяоюйтай.'),
    ],
    # the masthead 'ZN.UA — Зеркало недели' (two names joined by a dash) is not read as the outlet and is taken for the
    # title, so the section 'Мир' and the subtitle open the story and the byline over its role line is not read
    ('probe35', 'zn_ua_ru.txt'): [
        ('title', 'Пекин и Москва: союз, который не стал союзом', 'ZN.UA — Зеркало недели'),
        ('source', 'Зеркало недели', ''),
        ('authors', ['Андрей Гончарук'], []),
        ('first sentence', 'Прошло почти два года с тех пор', 'Мир'),
        ('furniture in the story', 'Почему Китай не спешит спасать', 'Мир\nПочему Китай не спешит спасать российскую экономику и что из этого следует для У'),
    ],
    # a live page: the 'Обновляется' status line and the closing note, printed first on a page in reverse order, open
    # the story (the entries' times are read)
    ('probe35', 'live_ru.txt'): [
        ('first sentence', 'Путин и Си Цзиньпин посетили концерт', 'Обновляется'),
        ('furniture in the story', 'Обновляется', 'Обновляется\nМы завершаем трансляцию.\nСпасибо, что были с нами.\nПутин и Си Цзиньп'),
        ('furniture in the story', 'Мы завершаем трансляцию', 'Обновляется\nМы завершаем трансляцию.\nСпасибо, что были с нами.\nПутин и Си Цзиньпин посетили '),
    ],
    # Probe 36: 27 wrong checks before any change, 25 after the rules of tests/test_styles_probe36.py
    # HKFP's pipe-separated link bar in the middle of the story, its writer's bio line and its donation appeal at the end
    # are read as story text (no rule reads a '|' menu of page links mid-story; the appeal's wording is the outlet's own)
    ('probe36', 'caps_headline_hkfp.txt'): [
        ('furniture in the story', 'Support HKFP', 't added that banks were expected to manage their own risks.\nSupport HKFP | Policies & Ethics | Error/typo?\n| Contact Us | Newsletter | Trans'),
        ('furniture in the story', 'Policies & Ethics', 'nks were expected to manage their own risks.\nSupport HKFP | Policies & Ethics | Error/typo?\n| Contact Us | Newsletter | Transparency & Annua'),
        ('furniture in the story', 'Hans Tse is a reporter', 'sanctions that were not imposed by the UN Security Council.\nHans Tse is a reporter at HKFP covering politics and business.\nSupport press fre'),
        ('furniture in the story', 'Support press freedom', 's Tse is a reporter at HKFP covering politics and business.\nSupport press freedom & help us surpass 1,000 monthly Patrons: 100% independent,'),
    ],
    # (the headline split over two lines after a colon is read whole, tests/test_styles_probe36.py); the authors' bio lines
    # over the story ('X is a research fellow at ...') open it (bio lines are read as furniture only at the end)
    ('probe36', 'split_headline_diplomat.txt'): [
        ('first sentence', 'In late July, ten Chinese and Russian warships sailed', 'Kenji Moriyama is a research fellow at a Tokyo think tank.'),
        ('furniture in the story', 'is a research fellow', 'Kenji Moriyama is a research fellow at a Tokyo think tank.\nOlivia Grant is a defense analyst ba'),
        ('furniture in the story', 'is a defense analyst', 'ma is a research fellow at a Tokyo think tank.\nOlivia Grant is a defense analyst based in Canberra.\nIn late July, ten Chinese and Russian wa'),
    ],
    # the date only at the end ('First published on ...'): with no date line in the header, the section 'Economy' is
    # taken for the title, the masthead and the 'by' byline are not read, and the headline and standfirst open the story
    ('probe36', 'end_date_asiatimes.txt'): [
        ('title', "Russia's yuan squeeze: why payments to China keep failing", 'Economy'),
        ('source', 'Asia Times', ''),
        ('authors', ['Marcus Whitfield'], []),
        ('first sentence', 'Russian importers have a new word for their most pressing problem', "Russia's yuan squeeze: why payments to China keep failing"),
        ('furniture in the story', 'Moscow has pushed its companies into the Chinese currency', "Russia's yuan squeeze: why payments to China keep failing\nMoscow has pushed its companies into the Chinese currency, but the banks that sh"),
        ('furniture in the story', 'writes about trade and finance', 'hout limits" has at least one: the dollar.\nMarcus Whitfield writes about trade and finance in Eurasia.'),
    ],
    # two authors each followed by a role ('By A, Nikkei staff writer, and B, ... editor'): the line is not read as a
    # byline (a role is read after the last name only; roles between names are left for a byline rule)
    ('probe36', 'two_authors_nikkei.txt'): [
        ('authors', ['Alexandra Kuznetsova', 'Chen Wei'], []),
    ],
    # a photo's caption and its credit ('Wikimedia Commons', with no 'Photo:' label) under the date open the story
    ('probe36', 'editors_note_mt.txt'): [
        ('first sentence', 'Russia has completed the handover of a small plot of land on Bolshoi Ussuriysky Island', 'Bolshoi Ussuriysky Island near Khabarovsk.'),
        ('furniture in the story', 'Wikimedia Commons', 'Bolshoi Ussuriysky Island near Khabarovsk.\nWikimedia Commons\nRussia has completed the handover of a small plot of land on B'),
    ],
    # HKFP's pipe-separated link bar at the story's end is read as story text (as in caps_headline_hkfp.txt)
    ('probe36', 'captions_hkfp.txt'): [
        ('furniture in the story', 'Support HKFP', 'h, like in the nineties," said one operator in Vladivostok.\nSupport HKFP | Policies & Ethics | Error/typo?\n| Contact Us | Newsletter'),
    ],
    # the masthead 'Лента.ру' under a breadcrumb line is not read as the outlet (the breadcrumb hides the header's top)
    ('probe36', 'breadcrumb_lenta.txt'): [
        ('source', 'Лента.ру', ''),
    ],
    # the section label 'Международная панорама' over the headline is taken for the title
    ('probe36', 'dateline_tass.txt'): [
        ('title', 'Россия, Монголия и Китай обсудили в Улан-Баторе экономический коридор', 'Международная панорама'),
    ],
    # the donation appeal 'Поддержите «Новую газету Европа»' at the end is read as story text (the outlet's own wording)
    ('probe36', 'qa_novaya.txt'): [
        ('furniture in the story', 'Поддержите', 'о ждет Кремль, — контракт по газопроводу «Сила Сибири — 2».\nПоддержите «Новую газету Европа»'),
    ],
    # the outlet is read as 'Фонтанку' (from the closing 'Подпишитесь на Фонтанку'), not the masthead 'ФОНТАНКА.ру' in capitals
    ('probe36', 'fontanka_repeat.txt'): [
        ('source', 'Фонтанка.ру', 'Фонтанку'),
    ],
    # date and author only at the end ('Опубликовано:', 'Автор:'): with no header date the masthead 'ИА REGNUM' is taken
    # for the title and the headline opens the story
    ('probe36', 'regnum_enddate.txt'): [
        ('title', 'Китай и Россия начали совместные учения «Северное взаимодействие — 2023»', 'ИА REGNUM'),
        ('source', 'ИА REGNUM', ''),
        ('first sentence', 'Военно-морские силы России и Китая начали в Японском море', 'Китай и Россия начали совместные учения «Северное взаимодействие — 2023»'),
    ],
    # Probe 37: 115 wrong checks before any change, 36 after the rules of tests/test_styles_probe37.py; what is left
    # needs layouts no rule reads yet (each file's reason below)
    # the edition line under the date ('Europe Edition') is taken for a byline: only named editions are furniture
    ('probe37', 'nexis_de.txt/1'): [
        ('authors', ['Polina Ivanova', 'Joe Leahy'], ['Europe Edition', 'Polina Ivanova', 'Joe Leahy']),
    ],
    # a byline running on into the author's role without a comma ('Autor: Amy Hawkins Senior China correspondent')
    ('probe37', 'nexis_de.txt/2'): [
        ('authors', ['Amy Hawkins'], ['Amy Hawkins Senior China correspondent']),
    ],
    # a Медиалогия report: its records opened by 'N. <title>' lines are not split (a numbered list of headlines
    # cannot be told from a story in numbered sections without more of the format than was found), so the
    # report's header, contents and both records are read as one article
    ('probe37', 'medialogia_report.txt/1'): [
        ('title', '«Сила Сибири — 2» снова без цены', 'МЕДИАЛОГИЯ'),
        ('authors', ['Мария Колесникова'], ['Мария Колесникова', 'Дмитрий Сергеев']),
        ('first sentence', 'Россия и Китай вновь не смогли согласовать цену газа', 'Отчет по публикациям\nТема: Россия — Китай: энергетика\nПериод: 20.05.2024 — 22.05'),
        ('furniture in the story', 'Отчет по публикациям', 'Отчет по публикациям\nТема: Россия — Китай: энергетика\nПериод: 20.05.2024 — 22.05'),
        ('furniture in the story', 'Содержание', 'та формирования отчета: 22.05.2024 09:14\nВсего сообщений: 2\nСодержание\n1.\n«Сила Сибири — 2» снова без цены — Известия (iz.ru), 21.05.2024\n2.'),
        ('furniture in the story', 'Тип СМИ', 'БК (rbc.ru), 20.05.2024\n1.\n«Сила Сибири — 2» снова без цены\nТип СМИ: Интернет\nИндекс заметности: 87,4\nРоссия и Китай вновь не смогли согласо'),
        ('furniture in the story', 'Индекс заметности', '.2024\n1.\n«Сила Сибири — 2» снова без цены\nТип СМИ: Интернет\nИндекс заметности: 87,4\nРоссия и Китай вновь не смогли согласовать цену газа для'),
        ('furniture in the story', 'Китай нарастил закупки', 'ибири — 2» снова без цены — Известия (iz.ru), 21.05.2024\n2.\nКитай нарастил закупки российской нефти — РБК (rbc.ru), 20.05.2024\n1.\n«Сила Сиби'),
    ],
    # (the second record is not split off: see the report's first record)
    ('probe37', 'medialogia_report.txt/2'): [
        ('title', 'Китай нарастил закупки российской нефти', ''),
        ('published', '2024-05-20', ''),
        ('source', 'РБК', ''),
        ('authors', ['Дмитрий Сергеев'], []),
        ('section', 'Бизнес', ''),
        ('first sentence', 'Импорт российской нефти в Китай в апреле вырос', ''),
        ('story text missing', 'Рост закупок связан с сокращением поставок в Индию', ''),
        ('story text missing', 'Независимые нефтеперерабатывающие заводы', ''),
        ('story text missing', '«Китайские покупатели пользуются тем', ''),
        ('story text missing', 'сохранится на уровне около 90%.', ''),
    ],
    # a Дзен Новости story page: the story's title over its sources' dated snippets ('РИА Новости · 21 января ...'),
    # the sources list and the links after the text: no rule for an aggregator's story cluster yet
    ('probe37', 'yandex_dzen_news.txt'): [
        ('title', 'Путин и Си Цзиньпин обсудили по видеосвязи торговлю и безопасность', 'Новости'),
        ('first sentence', 'Председатель КНР Си Цзиньпин и президент России Владимир Путин во вторник', 'Путин и Си Цзиньпин обсудили по видеосвязи торговлю и безопасность'),
        ('furniture in the story', 'Лидеры двух стран договорились продолжить', 'судили развитие торговли и ситуацию в мире, сообщил Кремль.\nЛидеры двух стран договорились продолжить тесную координацию на международных пл'),
        ('furniture in the story', 'Разговор прошел на следующий день', ' должны «совместно противостоять внешней неопределенности».\nРазговор прошел на следующий день после инаугурации президента США Дональда Трам'),
        ('furniture in the story', '+ ещё 34 источника', '.\nИсточники\nРИА Новости\nИнтерфакс\nКоммерсантъ\nRT на русском\n+ ещё 34 источника\nПредседатель КНР Си Цзиньпин и президент России Владимир Пути'),
        ('furniture in the story', 'Читать в источнике', 'азать, что их партнерство не зависит от смены власти в США.\nЧитать в источнике\nРИА Новости\nСюжет «Отношения России и Китая»\nВ Пекине оценили'),
        ('furniture in the story', 'Лавров проведет переговоры', 'В Пекине оценили перспективы торговли с Россией в 2025 году\nЛавров проведет переговоры с Ван И в Москве\nКитай увеличил импорт российского га'),
        ('furniture in the story', 'Сообщить об ошибке', 'кве\nКитай увеличил импорт российского газа по «Силе Сибири»\nСообщить об ошибке\nДзен Новости — агрегатор новостей.\nСервис не несет ответствен'),
        ('furniture in the story', 'агрегатор новостей', 'ого газа по «Силе Сибири»\nСообщить об ошибке\nДзен Новости — агрегатор новостей.\nСервис не несет ответственности за содержание материалов ист'),
    ],
    # Google News' list of the story's other coverage after the text ('More on Google News', '<headline> - CNN',
    # 'Full coverage'): no rule reads the viewer's own furniture under the story
    ('probe37', 'google_news_amp.txt'): [
        ('furniture in the story', 'Google News', 'ng that they can," said a former Pentagon official.\nMore on Google News\nChinese, Russian bombers intercepted off Alaska - CNN\nPentagon says '),
        ('furniture in the story', 'Pentagon says joint flight', " News\nChinese, Russian bombers intercepted off Alaska - CNN\nPentagon says joint flight was 'not a surprise' - Politico\nFull coverage"),
        ('furniture in the story', 'Full coverage', "\nPentagon says joint flight was 'not a surprise' - Politico\nFull coverage"),
    ],
    # NewsBlur's story view repeats the headline with the standfirst under it (read as the first paragraph) and
    # ends with its view toggles ('Story' / 'Text' / 'Original'), of which only 'Text' is known furniture
    ('probe37', 'newsblur_diplomat.txt'): [
        ('first sentence', 'When Vladimir Putin landed in Ulaanbaatar on September 2', "Putin's visit to Ulaanbaatar tested the country's neutrality, and its dependence"),
        ('furniture in the story', "Putin's visit to Ulaanbaatar tested", "Putin's visit to Ulaanbaatar tested the country's neutrality, and its dependence"),
        ('furniture in the story', 'Original', 's a condition of survival," said a Mongolian analyst.\nStory\nOriginal'),
    ],
    # the outlet is named only by its first menu line ('Свободная пресса'), not in data/outlets.txt
    ('probe37', 'smi2_svpressa.txt'): [
        ('source', 'Свободная пресса', ''),
    ],
    # Probe 38: 62 wrong checks before any change, 38 after the rules of tests/test_styles_probe38.py; what is left
    # needs layouts no rule reads yet or is the outlets' own wording (each file's reason below)
    # the 'What we know:' points in a text without blank lines: only the first is read with its heading (the others
    # cannot be told by form from the caption and story lines under them), so the caption without a credit label and
    # the dateline, past the story's first two paragraphs, stay story text; 'Contributing: <name>, <agency>' is not read
    ('probe38', 'usatoday_wildfire.txt'): [
        ('first sentence', "A fast-moving wildfire pushed toward the eastern edge of Idaho's capital", 'About 6,500 residents of three subdivisions were ordered to leave their homes ov'),
        ('furniture in the story', 'About 6,500 residents of three', 'About 6,500 residents of three subdivisions were ordered to leave their homes ov'),
        ('furniture in the story', 'No deaths have been reported', 'e subdivisions were ordered to leave their homes overnight.\nNo deaths have been reported; two firefighters were treated for heat exhaustion.'),
        ('furniture in the story', 'A firefighter watches flames', 'eported; two firefighters were treated for heat exhaustion.\nA firefighter watches flames move along a ridge above Warm Springs Avenue on Wed'),
        ('furniture in the story', 'BOISE, Idaho —', "ong a ridge above Warm Springs Avenue on Wednesday evening.\nBOISE, Idaho — A fast-moving wildfire pushed toward the eastern edge of Idaho's "),
        ('furniture in the story', 'Contributing: Rebecca Boone', 'at a dry cold front could bring new gusts over the weekend.\nContributing: Rebecca Boone, Associated Press'),
    ],
    # NPR's header (the section over the headline, the date under it, 'Heard on Morning Edition', the author's
    # name over her headshot's alt text) is not read: the section is taken for the title; the caption's toggles
    # ('hide caption', 'toggle caption') are the outlet's own words
    ('probe38', 'npr_study.txt'): [
        ('title', 'Walking 7,000 steps a day may be enough to cut dementia risk, a large study finds', 'Shots - Health News'),
        ('authors', ['Maria Godoy'], []),
        ('section', 'Shots - Health News', ''),
        ('first sentence', "You don't need to hit 10,000 steps a day to see a benefit for your brain.", 'Heard on Morning Edition'),
        ('furniture in the story', 'Heard on Morning Edition', 'Heard on Morning Edition\nResearchers tracked nearly 60,000 adults wearing step c'),
        ('furniture in the story', 'Researchers tracked nearly 60,000 adults', 'Heard on Morning Edition\nResearchers tracked nearly 60,000 adults wearing step counters for an average of'),
        ('furniture in the story', 'hide caption', "adults wearing step counters for an average of seven years.\nhide caption\ntoggle caption\nYou don't need to hit 10,000 steps a day to see a be"),
        ('furniture in the story', 'toggle caption', "g step counters for an average of seven years.\nhide caption\ntoggle caption\nYou don't need to hit 10,000 steps a day to see a benefit for you"),
    ],
    # the author's name under the headline over a relative time ('Today at 17:45') and the date line is read as story
    # text; the WhatsApp appeal closing the page is the outlet's own wording; two lower-case words glued ('atthe') are
    # not split (only a word glued to a capital is)
    ('probe38', 'irish_indep_court.txt'): [
        ('authors', ['Eoin Reynolds'], []),
        ('first sentence', 'A man who stabbed a food delivery rider in Dublin city centre', 'Eoin Reynolds'),
        ('furniture in the story', 'WhatsApp channel', ' into custody in September 2023.\nJoin the Irish Independent WhatsApp channel\nStay up to date with all the latest news'),
        ('furniture in the story', 'Stay up to date', 'September 2023.\nJoin the Irish Independent WhatsApp channel\nStay up to date with all the latest news'),
        ('glued word', 'atthe -> at the', 'atthe'),
    ],
    # a byline naming the outlet with its address and an agency ('By The Local (news@thelocal.de) + AFP') is not read;
    # the comments prompt closing the page is the outlet's own wording
    ('probe38', 'thelocal_berlinale.txt'): [
        ('agencies', ['AFP'], []),
        ('first sentence', 'The jury, led by US filmmaker Todd Haynes, praised the film', 'By The Local (news@thelocal.de) + AFP'),
        ('furniture in the story', 'news@thelocal.de', 'By The Local (news@thelocal.de) + AFP\nThe jury, led by US filmmaker Todd Haynes, praised the f'),
        ('furniture in the story', 'Join the conversation', 'd Venice, will celebrate its 76th edition in February 2026.\nJoin the conversation in our comments section below.\nShare your own views and ex'),
        ('furniture in the story', 'Please keep comments civil', 'tion for our journalists then email us at news@thelocal.de.\nPlease keep comments civil, constructive and on topic – and make sure to read ou'),
    ],
    # a match's facts box (the round, the score line, 'Голы:', 'Предупреждения:', the stadium) over the report: no
    # rule reads a sports box yet
    ('probe38', 'sportexpress_match.txt'): [
        ('first sentence', 'Петербургский «Зенит» в центральном матче 19-го тура', 'РПЛ.'),
        ('furniture in the story', '«Зенит» — «Спартак» — 2:1', 'РПЛ.\n19-й тур\n«Зенит» — «Спартак» — 2:1 (1:0)\nГолы: Соболев, 23 (1:0), Угальде, 58 (1:1), Собо'),
        ('furniture in the story', 'Голы:', 'РПЛ.\n19-й тур\n«Зенит» — «Спартак» — 2:1 (1:0)\nГолы: Соболев, 23 (1:0), Угальде, 58 (1:1), Соболев, 81 (2:1).\nПредупреждения: В'),
        ('furniture in the story', 'Предупреждения:', 'ы: Соболев, 23 (1:0), Угальде, 58 (1:1), Соболев, 81 (2:1).\nПредупреждения: Вендел, 40; Денисов, 67.\n9 марта.\nСанкт-Петербург.\n«Газпром Арен'),
    ],
    # the signature 'Name, «Outlet»' (read when it closes the text: tests/test_styles_probe38.py) is over the
    # outlet's own closing prompt ('Хотите сообщить новость? Пишите ...'), read as a sentence
    ('probe38', 'fontanka_court.txt'): [
        ('authors', ['Дмитрий Ермолаев'], []),
        ('furniture in the story', 'Дмитрий Ермолаев, «Фонтанка.ру»', '\nПо ее итогам управляющая компания может лишиться лицензии.\nДмитрий Ермолаев, «Фонтанка.ру»\nХотите сообщить новость?\nПишите в наш телеграм-б'),
        ('furniture in the story', 'Хотите сообщить новость', 'ия может лишиться лицензии.\nДмитрий Ермолаев, «Фонтанка.ру»\nХотите сообщить новость?\nПишите в наш телеграм-бот.'),
    ],
    # the masthead repeated over the date and the author's name and role under it ('Научный обозреватель') are read
    # as the story's first line and subheadings; the comments prompt closing the page is the outlet's own wording
    ('probe38', 'gazetaru_science.txt'): [
        ('authors', ['Анна Урманцева'], []),
        ('first sentence', 'Астрономы из Института астрономии РАН и МГУ', 'Газета.Ru'),
        ('furniture in the story', 'Что думаешь?', 'том, что ученые нашли воду в атмосфере далекой экзопланеты.\nЧто думаешь?\nОставь комментарий'),
        ('furniture in the story', 'Оставь комментарий', 'ые нашли воду в атмосфере далекой экзопланеты.\nЧто думаешь?\nОставь комментарий'),
    ],
    # the masthead in quotes over two section lines, the headline, a standfirst and a byline with its role
    # ('Ирина Кравцова, корреспондентка') over the date: the masthead is taken for the title (a masthead in quotes
    # over a plainer header is read: tests/test_styles_probe38.py)
    ('probe38', 'novaya_strike.txt'): [
        ('title', '«Нам платят меньше, чем дворникам»: в Новосибирске бастуют водители автобусов', '«Новая газета Европа»'),
        ('source', 'Новая газета Европа', ''),
        ('authors', ['Ирина Кравцова'], []),
        ('first sentence', 'В Новосибирске второй день продолжается забастовка водителей городских автобусов.', 'Сюжеты'),
        ('furniture in the story', 'Водители трех автопарков второй день не выходят', ', чем дворникам»: в Новосибирске бастуют водители автобусов\nВодители трех автопарков второй день не выходят на линии.\nМэрия обещает повысить'),
    ],
    # Probe 39: 79 wrong checks before any change (80 counted first, one of them the expectation's own error: 'Составы
    # команд' is also words of the story, taken off), 70 after the rules of tests/test_styles_probe39.py; what is left
    # needs layouts no rule reads yet or is the outlets' own wording (each file's reason below)
    # The Hill's byline and date on one line with the writer's role and a two-digit year ('by Laura Kessler, opinion
    # contributor - 03/18/25 8:00 AM ET') is not read, so no header line anchors the headline under the menu; the bio line
    # closing the column names no byline's writer (none was read)
    ('probe39', 'thehill_column.txt'): [
        ('title', "The grid can't wait for Congress to stop arguing about transmission lines", 'The Hill'),
        ('published', '2025-03-18', ''),
        ('source', 'The Hill', ''),
        ('authors', ['Laura Kessler'], []),
        ('first sentence', 'Every summer now brings the same ritual.', 'News'),
        ('furniture in the story', 'opinion contributor', 'News\nby Laura Kessler, opinion contributor - 03/18/25 8:00 AM ET\nEvery summer now brings the same ritua'),
        ('furniture in the story', 'is a senior fellow at the Center for Energy Markets', ' wait for another heat wave to make the case.\nLaura Kessler is a senior fellow at the Center for Energy Markets and a former commissioner of'),
    ],
    # 'CBC Radio · Posted: ...' (a desk's name before the labelled date) is not read as the date line, so the headline
    # under the menu is not found; the caption's credit in parentheses '(Submitted by ...)' and the producer's note
    # closing the Q&A ('Interview produced by ...', 'Q&A edited for length and clarity.') are no furniture a rule knows
    ('probe39', 'cbc_interview.txt'): [
        ('title', 'This B.C. beekeeper lost 400 hives to a cold snap. She says help came too late', 'CBC'),
        ('published', '2025-03-05', ''),
        ('source', 'CBC', ''),
        ('first sentence', 'When Nadia Pelletier opened her hives after a week of', 'Radio'),
        ('furniture in the story', 'Nadia Pelletier says provincial compensation covered', ' lost 400 hives to a cold snap.\nShe says help came too late\nNadia Pelletier says provincial compensation covered less than a fifth of her lo'),
        ('furniture in the story', 'Last Updated', 'f her losses\nCBC Radio · Posted: Mar 05, 2025 6:21 PM EST | Last Updated: March 6\nNadia Pelletier inspects one of her surviving hives near V'),
        ('furniture in the story', 'Submitted by Nadia Pelletier', 'one of her surviving hives near Vernon, B.C., in February.\n(Submitted by Nadia Pelletier)\nWhen Nadia Pelletier opened her hives after a week'),
        ('furniture in the story', 'Nadia Pelletier inspects one of her surviving hives', ' · Posted: Mar 05, 2025 6:21 PM EST | Last Updated: March 6\nNadia Pelletier inspects one of her surviving hives near Vernon, B.C., in Februa'),
        ('furniture in the story', 'Interview produced by', "nd.\nMy daughter wants to keep going, so we're going to try.\nInterview produced by Leslie Amminson.\nQ&A edited for length and clarity."),
        ('furniture in the story', 'edited for length and clarity', 're going to try.\nInterview produced by Leslie Amminson.\nQ&A edited for length and clarity.'),
    ],
    # the lead photo's caption with its credit in parentheses ('(Hull History Centre)'), The Independent's newsletter box
    # and its 'More about' topic list and comments prompt are the outlet's own furniture; the masthead 'Independent'
    # alone is not read as the outlet; the section is taken from the menu ('News') over 'Obituaries'
    ('probe39', 'independent_obituary.txt'): [
        ('source', 'The Independent', ''),
        ('section', 'Obituaries', 'News'),
        ('first sentence', 'When the Humber Bridge opened to traffic in June 1981', 'Ellery on the Humber Bridge shortly before its opening in 1981 (Hull History Cen'),
        ('furniture in the story', 'Hull History Centre', 'ry on the Humber Bridge shortly before its opening in 1981 (Hull History Centre)\nGet the free Morning Headlines email for news from our repo'),
        ('furniture in the story', 'Ellery on the Humber Bridge shortly', 'Ellery on the Humber Bridge shortly before its opening in 1981 (Hull History Cen'),
        ('furniture in the story', 'Morning Headlines', 'fore its opening in 1981 (Hull History Centre)\nGet the free Morning Headlines email for news from our reporters across the world\nI would lik'),
        ('furniture in the story', 'Privacy notice', 't offers, events and updates from The Independent.\nRead our Privacy notice\nWhen the Humber Bridge opened to traffic in June 1981, it was the'),
        ('furniture in the story', 'More about', 'ghter); OBE 2003; died Newcastle upon Tyne 28 February 2025\nMore about\nObituaries\nEngineering\nHumber Bridge\nJoin thought-provoking conversat'),
        ('furniture in the story', 'thought-provoking', 'y 2025\nMore about\nObituaries\nEngineering\nHumber Bridge\nJoin thought-provoking conversations, follow other Independent readers and see their '),
    ],
    # the text-size buttons ('Normal text size') and a caption without a credit label over the review, and the film's
    # credits box closing it ('Director:', 'Starring:', 'Running time:') with the syndication link: no rule reads a
    # review's credits box at the end yet
    ('probe39', 'smh_review.txt'): [
        ('first sentence', 'The first thing you notice in The Dry Country is the sound', 'Normal text size'),
        ('furniture in the story', 'Normal text size', 'Normal text size\nElla Nguyen and Damon Herriman in The Dry Country.\nThe first th'),
        ('furniture in the story', 'Ella Nguyen and Damon Herriman in The Dry Country.', 'Normal text size\nElla Nguyen and Damon Herriman in The Dry Country.\nThe first thing you notice in'),
        ('furniture in the story', 'Director: Tessa Boyd', 'mall complaints about a debut this assured.\nTHE DRY COUNTRY\nDirector: Tessa Boyd\nWriters: Tessa Boyd, Sam Okafor\nStarring: Ella Nguyen, Damo'),
        ('furniture in the story', 'Writers:', ' a debut this assured.\nTHE DRY COUNTRY\nDirector: Tessa Boyd\nWriters: Tessa Boyd, Sam Okafor\nStarring: Ella Nguyen, Damon Herriman, Wayne Bla'),
        ('furniture in the story', 'Starring:', 'OUNTRY\nDirector: Tessa Boyd\nWriters: Tessa Boyd, Sam Okafor\nStarring: Ella Nguyen, Damon Herriman, Wayne Blair, Tasma Walton\nRating: MA15+\nR'),
        ('furniture in the story', 'MA15+', 'a Nguyen, Damon Herriman, Wayne Blair, Tasma Walton\nRating: MA15+\nRunning time: 118 minutes\nIn cinemas from March 13\nLicense this article\nMo'),
        ('furniture in the story', 'Running time', 'en, Damon Herriman, Wayne Blair, Tasma Walton\nRating: MA15+\nRunning time: 118 minutes\nIn cinemas from March 13\nLicense this article\nMovies\nF'),
        ('furniture in the story', 'In cinemas from', 'Blair, Tasma Walton\nRating: MA15+\nRunning time: 118 minutes\nIn cinemas from March 13\nLicense this article\nMovies\nFilm reviews\nMost Viewed in'),
        ('furniture in the story', 'License this article', 'g: MA15+\nRunning time: 118 minutes\nIn cinemas from March 13\nLicense this article\nMovies\nFilm reviews\nMost Viewed in Culture'),
        ('furniture in the story', 'Most Viewed', 'emas from March 13\nLicense this article\nMovies\nFilm reviews\nMost Viewed in Culture'),
    ],
    # the summary box's points are lines with full stops in a text without blank lines: only the first is read with its
    # heading ('What to know about ...:'), as in probe38's USA Today
    ('probe39', 'cbsnews_liveblog.txt'): [
        ('first sentence', 'Karen Whitfield told a crowd of several hundred supporters', 'Whitfield, a former state treasurer, will succeed term-limited Gov. Phil Murphy '),
        ('furniture in the story', 'Whitfield, a former state treasurer', 'Whitfield, a former state treasurer, will succeed term-limited Gov. Phil Murphy '),
        ('furniture in the story', 'Turnout was the highest', "rer, will succeed term-limited Gov. Phil Murphy in January.\nTurnout was the highest for a New Jersey governor's race since 1993, according t"),
    ],
    # the writer's name over two lines, the role and the place ('Colin Frayne' / 'Energy Reporter' / 'Calgary'), then the
    # date: the author box is not read (one line between the name and the date is), so the headline is not found;
    # the table's cells one to a line are read as story text and subheadings; 'Open this photo in gallery:' is not known
    ('probe39', 'globe_earnings.txt'): [
        ('title', 'Prairie Crest profit jumps 31% as oil sands output hits a record', 'Energy Reporter'),
        ('source', 'The Globe and Mail', 'company reports'),
        ('authors', ['Colin Frayne'], []),
        ('first sentence', 'Prairie Crest Energy Ltd. reported a 31-per-cent jump in fourth-quarter profit', 'Calgary'),
        ('furniture in the story', 'Open this photo in gallery', 'Calgary\nOpen this photo in gallery:\nPrairie Crest Energy Ltd. reported a 31-per-cent jum'),
        ('furniture in the story', 'Production (boe/d)', 'are and output)\n+10%\n+31%\nEarnings per share (diluted)\n+34%\nProduction (boe/d)\n+7%\nChief executive officer Monique Arsenault told analysts o'),
    ],
    # two captions without credits between story paragraphs (MailOnline's pictures): no form tells them from story text
    ('probe39', 'dailymail_storm.txt'): [
        ('furniture in the story', 'A fallen tree blocks the A470', 'ed at Capel Curig in Snowdonia at 4am, the forecaster said.\nA fallen tree blocks the A470 near Builth Wells this morning.\nPolice urged drive'),
        ('furniture in the story', 'Waves crash over the sea wall', 'g.\nPolice urged drivers to avoid all but essential journeys\nWaves crash over the sea wall at Porthcawl, South Wales, as Storm Darragh arrive'),
    ],
    # the masthead in quotes «Холод» is not in data/outlets.txt
    ('probe39', 'holod_interview.txt'): [
        ('source', 'Холод', ''),
    ],
    # the author's name over his role in lower case ('экономист, научный сотрудник ...') over the date: a role line opening in
    # lower case is no 'under the name' line, so the headline under the menu is not found
    ('probe39', 'republic_column.txt'): [
        ('title', 'Почему аренда дорожает быстрее зарплат — и что с этим делать', 'Republic'),
        ('source', 'Republic', ''),
        ('authors', ['Антон Шеремет'], []),
        ('first sentence', 'За последний год средняя ставка аренды однокомнатной квартиры', 'Экономика'),
        ('furniture in the story', 'Льготная ипотека закончилась, а спрос', 'Экономика\nЛьготная ипотека закончилась, а спрос на съемное жилье остался.\nРынок аренды в к'),
        ('furniture in the story', 'экономист, научный сотрудник', ' остался.\nРынок аренды в крупных городах подходит к пределу\nэкономист, научный сотрудник Института прикладных экономических исследований\nЗа '),
    ],
    # the date line between the menu and the headline ('Город' / '14 января 2025, 18:40' / headline): the headline under a
    # date under labels is not read (TASS's rubric-date-headline rule needs one short rubric)
    ('probe39', 'bumaga_obituary.txt'): [
        ('title', 'Умер Лев Гринберг — основатель букинистического магазина на Литейном. Ему было 84 года', 'Поддержать «Бумагу»'),
        ('source', 'Бумага', ''),
        ('section', 'Город', 'Подкасты'),
        ('first sentence', 'В Петербурге 13 января умер Лев Гринберг', 'Город'),
    ],
    # the film's name alone over its credits box (read by the credit lines' rule) is left as the story's first line
    ('probe39', 'afisha_review.txt'): [
        ('first sentence', 'В поселке Лямца на берегу Белого моря закрывают рыбзавод.', 'Тихий берег'),
        ('furniture in the story', 'Тихий берег\n', 'Тихий берег\nВ поселке Лямца на берегу Белого моря закрывают рыбзавод.\nЭто послед'),
    ],
    # as «Бумага»: the date between the menu and the headline; the byline 'Текстовая трансляция: Name' is not known, nor is
    # the match's score box (as probe38's Спорт-Экспресс) and the line-ups under the live text
    ('probe39', 'championat_live.txt'): [
        ('title', '«Локомотив» — ЦСКА — 1:2. Онлайн-трансляция матча 20-го тура РПЛ', 'Чемпионат'),
        ('source', 'Чемпионат', ''),
        ('authors', ['Артём Козлов'], []),
        ('first sentence', 'Перед матчем «Локомотив» шел на втором месте', 'Футбол'),
        ('furniture in the story', '«Локомотив» — ЦСКА — 1:2 (0:1)', 'мотив» — ЦСКА — 1:2.\nОнлайн-трансляция матча 20-го тура РПЛ\n«Локомотив» — ЦСКА — 1:2 (0:1)\nГолы: Мусаев, 38 (0:1).\nБаринов, 61 (1:1).\nГлебов'),
        ('furniture in the story', 'Голы:', 'нсляция матча 20-го тура РПЛ\n«Локомотив» — ЦСКА — 1:2 (0:1)\nГолы: Мусаев, 38 (0:1).\nБаринов, 61 (1:1).\nГлебов, 90+2 (1:2).\n«РЖД Арена», Моск'),
        ('furniture in the story', '«РЖД Арена», Москва', 'ы: Мусаев, 38 (0:1).\nБаринов, 61 (1:1).\nГлебов, 90+2 (1:2).\n«РЖД Арена», Москва\nПеред матчем «Локомотив» шел на втором месте, опережая ЦСКА '),
        ('furniture in the story', 'Митрюшкин, Сильянов', 'мотив» в красно-зеленой форме, ЦСКА — в белой.\n«Локомотив»: Митрюшкин, Сильянов, Монтес, Тиканов, Прутцев, Баринов, Карпин, Батраков, Воробь'),
        ('furniture in the story', 'Агкацев, Гаич', 'ов, Карпин, Батраков, Воробьев, Карпукас, Комличенко.\nЦСКА: Агкацев, Гаич, Лукин, Дивеев, Круговой, Глебов, Облякулов, Мусаев, Чалов, Мойзес'),
    ],
}


@pytest.mark.parametrize("probe,name,exp", CASES, ids=[f"{p}/{n}" for p, n, _ in CASES])
def test_probe_article_is_read_as_a_careful_reader_reads_it(probe, name, exp):
    # decoded as presslens decodes a file (a garbled file's mojibake is repaired there, not by parse_text)
    assert misreadings(_probe_text(probe, name), exp) == KNOWN.get((probe, name), [])


def _probe_text(probe: str, name: str) -> str:
    """The text of the probe's article ``name``: a file's, or for ``<file>/<n>`` the n-th article the reader
    splits that bulk export into ("" when it finds fewer: every check then fails, as a missed split does)."""
    file, _, part = name.partition("/")
    text = decode_bytes((PROBES / probe / "articles" / file).read_bytes())[0]
    if not part:
        return text
    docs = split_export(Document(file, file, text))
    return docs[int(part) - 1].text if int(part) <= len(docs) else ""


def test_the_checks_can_fail():
    probe, name, exp = CASES[0]
    text = (PROBES / probe / "articles" / name).read_text(encoding="utf-8")
    assert [w[0] for w in misreadings(text, {**exp, "title": "Another title", "body_in": ["no such words"]})] == [
        "title", "story text missing"]
