"""What a careful user expects of each file of probe tables26 (made by make_tables26.py), written before presslens
read them.

Per file: ``n`` articles in order, each with the fields given (``title`` whole; ``published`` the date, and the time
where the file gives one, as the start of the ISO date, local times as written and Unix times in UTC; ``source``,
``url`` whole; ``authors`` as many as named, each holding the given words; ``text`` the start of the story text,
without HTML); ``problems``: (article's index, words one of its problems must hold) for what must be reported, never
silently dropped. ``error``: words the one-line error must hold (its file's name and the problem) where the file
cannot be read as articles.
"""

S1 = "Russian President Vladimir Putin and Chinese President Xi Jinping signed a joint statement"
S2 = "Trade between Russia and China reached a record $240 billion in 2023"
S3 = "Chinese banks have tightened checks on payments from Russia"
S4 = "The Power of Siberia 2 gas pipeline"
S5 = "Chinese and Russian warships began joint naval exercises"

EXPECTED = {
    # UTF-16 LE with a BOM, tab-separated, "16-May-2024 10:05AM"; Influencer is the article's author
    "meltwater_export.csv": {"n": 2, "articles": [
        {"title": "Putin and Xi pledge 'new era' of partnership", "published": "2024-05-16T10:05",
         "source": "Reuters", "url": "https://www.reuters.com/a1", "authors": ["Laurie Chen"], "text": S1},
        {"title": "Russia-China trade hits record", "published": "2024-01-09T18:40",
         "source": "South China Morning Post", "authors": ["Finbarr Bermingham"], "text": S2}]},
    # five report rows over the header: left out, and said so
    "brandwatch_mentions.csv": {"n": 2, "articles": [
        {"title": "Chinese banks tighten checks on Russian payments", "published": "2024-03-12T14:05",
         "url": "https://www.ft.com/content/b1", "authors": ["Joe Leahy"], "text": S3},
        {"title": "Power of Siberia 2 stalls over price", "published": "2024-03-19T08:30", "text": S4}],
        "problems": [(0, "above its header")]},
    # "12-Mar-2024 14:05", multi-line quoted cells with embedded quotes
    "cision_clips.csv": {"n": 2, "articles": [
        {"title": 'Xi, Putin hail "best in history" ties', "published": "2024-05-16T14:05",
         "source": "The Associated Press",  # outlets.txt's name (one outlet, one name)
         "authors": ["Ken Moritsugu"], "text": S1,
         "contains": '"We are together," Putin said'},
        {"title": "Joint drills in the Sea of Japan", "published": "2024-03-12T09:00", "source": "The Diplomat",
         "authors": ["Shannon Tiezzi"], "text": S5}]},
    "factiva_results.xlsx": {"n": 2, "articles": [
        {"article_id": "WSJ0000020230321ej3l0005a", "title": "China's Xi meets Putin in Moscow",
         "published": "2023-03-21", "source": "The Wall Street Journal", "text": S1},
        {"title": "Sanctions squeeze payments", "published": "2024-03-12", "source": "Financial Times", "text": S3}],
        "problems": [(0, "above its header")]},
    # a list of stories without their text, read alone: refused with the file's name and why
    "mediacloud_stories.csv": {"error": ["mediacloud_stories.csv", "no text column"]},
    # Abstract Note is the text, Publication Title the outlet, Author "Last, First; Last, First" two people
    "zotero_library.csv": {"n": 2, "articles": [
        {"article_id": "ABCD1234", "title": "Russia's pivot to China goes into overdrive", "published": "2023-03-22",
         "source": "Foreign Affairs", "url": "https://www.foreignaffairs.com/z1",
         "authors": ["Gabuev", "Umarov"], "text": "Moscow has become China's junior partner."},
        {"title": "The Russia-China entente after Ukraine", "published": "2022-06-01", "source": "The Diplomat",
         "authors": ["Lukin"], "text": "The war in Ukraine has pushed Russia closer to China"}]},
    # the HTML in summary.content, Unix times, the link in canonical[0].href, the feed in origin.title
    "inoreader_starred.json": {"n": 2, "articles": [
        {"title": "Putin and Xi sign joint statement", "published": "2024-05-16T10:05",
         "source": "Radio Free Europe/Radio Liberty",  # outlets.txt's name for "RFE/RL"
         "url": "https://www.rferl.org/i1", "text": S1},
        {"title": "Record trade in yuan", "published": "2024-01-09T18:40", "source": "The Moscow Times",
         "url": "https://www.themoscowtimes.com/i2", "text": S2}]},
    # the HTML in content.content (else summary.content), times in milliseconds
    "feedly_saved.json": {"n": 2, "articles": [
        {"title": "China and Russia hold naval drills", "published": "2024-03-12T08:00", "source": "The Diplomat",
         "url": "https://thediplomat.com/f1", "authors": ["Shannon Tiezzi"], "text": S5},
        {"title": "Pipeline talks stall", "published": "2024-03-21T12:00", "source": "Nikkei Asia",
         "url": "https://asia.nikkei.com/f2", "text": S4}]},
    # titles without the <b> marks, the article's own address rather than Google's redirect
    "google_alert.xml": {"n": 2, "articles": [
        {"title": "China and Russia sign energy deals", "published": "2024-05-16T12:00",
         "url": "https://www.aljazeera.com/g1", "text": "Xi and Putin signed a series of energy deals"},
        {"title": "Why China is wary of Russia's war", "published": "2025-02-24T08:00",
         "url": "https://www.economist.com/g2", "text": "Three years into the war"}]},
    # cp1251, semicolons, decimal commas, "12.03.2024", Russian column names
    "monitoring_ru.csv": {"n": 2, "articles": [
        {"title": "Си Цзиньпин и Путин обсудили торговлю", "published": "2024-03-12", "source": "РИА Новости",
         "authors": ["Иван Петров"], "text": "Председатель КНР Си Цзиньпин"},
        {"title": "Газопровод «Сила Сибири 2» снова отложен", "published": "2025-02-05", "source": "Коммерсантъ",
         "text": "Переговоры о строительстве"}]},
    "scraper_ru.json": {"n": 2, "articles": [
        {"title": "Россия и Китай провели совместные учения", "published": "2024-07-15", "source": "ТАСС",
         "url": "https://tass.ru/r1", "authors": ["Анна Смирнова"], "text": "Корабли ВМФ России"},
        {"title": "Пекин призвал к переговорам по Украине", "published": "2023-02-24", "source": "Интерфакс",
         "url": "https://www.interfax.ru/r2", "text": "МИД КНР вновь призвал"}]},
    # two broken lines each keep a row saying which line and why; the blank line is no article
    "scraper_dump.ndjson": {"n": 4, "articles": [
        {"article_id": "n1", "title": "Putin in Beijing", "published": "2024-05-16", "source": "AFP", "text": S1},
        {"text": ""}, {"text": ""},
        {"article_id": "n4", "title": "Naval drills", "published": "2024-07-15", "source": "Reuters", "text": S5}],
        "problems": [(1, "line 2"), (1, "invalid JSON"), (2, "line 4"), (2, "invalid JSON")]},
    # the merged group cells are no header; the totals row is no article, and is said to be left out
    "coding_sheet.xlsx": {"n": 2, "articles": [
        {"title": "Moscow and Beijing sign gas deal", "published": "2022-02-04", "source": "Reuters",
         "text": "The Power of Siberia 2 gas pipeline moved ahead"},
        {"title": "Joint patrol over the Pacific", "published": "2024-11-30", "source": "Kyodo", "text": S5}],
        "problems": [(0, "above its header"), (0, "total")]},
    # a list of saved links, no text: one row per link, with its title, address and the time it was saved, and the
    # missing text said (not one article whose text is the list)
    "pocket_export.html": {"n": 3, "articles": [
        {"title": "Putin and Xi pledge new era of partnership", "url": "https://www.reuters.com/p1",
         "published": "2024-05-16T10:05", "text": ""},
        {"title": "Chinese banks tighten checks on Russian payments", "url": "https://www.ft.com/p2",
         "published": "2024-03-12T08:00", "text": ""},
        {"title": "Why China is wary of Russia's war", "url": "https://www.economist.com/p3",
         "published": "2025-02-24T08:00", "text": ""}],
        "problems": [(0, "no text")]},
}

# Read through `presslens parse FILE --out DIR`: its one line per article names each title
CLI_FILE = "monitoring_ru.csv"
