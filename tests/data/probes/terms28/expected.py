# Written BEFORE running presslens on these articles: what a careful analyst expects of the term tables (terms probe
# of the twenty-eighth session: twelve articles, 6 English and 6 Russian, tests/data/probes/terms28/articles,
# invented but plausible, on China-Russia relations 2024-2025, in two outlets' styles per language: a wire agency's
# web copy (dateline "CITY, Mon D (Reuters) -", sign-off "(Reporting by ...)") and a Hong Kong daily's web page
# (masthead, desk, standfirst, "Published:" line, "More from ..." furniture); ТАСС's copy ("МОСКВА, 2 января.
# /ТАСС/.") and a business daily's (РБК's rubric line, «Коммерсантъ»'s print-edition line and its “Ъ”).
#
# Counts are of the story text (the headline, header lines, sign-offs and page furniture are no story text);
# where the standfirst may or may not count as story, both counts are accepted (a list).
#
# Per article (E), with stopwords the shipped lists, min_count 1:
# words:       unigrams that must be among the article's 15 most frequent words, stem off (as written, folded);
# stems:       words whose Snowball stem must be among the article's 15 most frequent words with stem on
#              (the scorer stems the word as written here: "газопровода" -> its stem);
# phrases:     n-grams (2-3 words) that must be among the article's 10 most frequent phrases, stem off;
# present:     terms that must be in the article's frequency list at all (alternatives in a tuple: "U.S." may come
#              out as "us" or "u.s.", either is right, but it must not vanish as the pronoun "us" does);
# absent:      terms that must NOT be in the article's frequency list (n-grams of 1-3 words): furniture words,
#              pieces of URLs, e-mails, hashtags and handles, split abbreviations ("u", "s", "т", "е"),
#              abbreviations of units and dates ("т.е.", "г", "гг"), clitics alone, variant spellings that must
#              fold into one ("co-operation" is "cooperation", "объём" is "объем");
# kwic:        (search term, stem, expected count in this article: an int or a list of acceptable ints).
#
# Whole set (SET):
# absent:      terms that must not be in the whole set's frequency list (n-grams of 1-3 words, min_count 1);
# top_words:   words that must be among the set's 30 most frequent words (stem off);
# dispersion:  search term -> (count, doc_count) over the set, stem off;
# trends:      (term, period Y) -> {year: count};
# keyness:     (target files' prefix, reference files' prefix, terms that must be key for the target with g2 > 0 and
#              p < 0.05, terms that must not be in the keyness table at all).

E = {
"en_wire_power_of_siberia.txt": dict(
    words=["gas", "gazprom", "pipeline", "siberia", "power", "china", "talks", "cnpc"],
    stems=["gas", "gazprom", "pipeline", "talks"],
    phrases=["power of siberia"],
    present=[("us", "u.s."), ("cooperation",), ("sino-russian",)],
    absent=["u", "s", "'s", "bn", "25bn", "1.5bn", "reuters", "reporting", "editing", "potter", "co-operation"],
    kwic=[("Power of Siberia", False, 4), ("gas", False, 10), ("Gazprom", False, 5), ("U.S.", False, 2)],
),
"en_wire_yuan_trade.txt": dict(
    words=["trade", "russia", "china", "russian", "chinese", "banks", "payments"],
    stems=["payment", "trade", "russia", "china"],
    phrases=["china and russia", "trade between china"],
    present=[("us", "u.s."), ("un", "u.n."), ("brics",), ("cooperation",)],
    absent=["u", "s", "n", "'s", "’s", "china’s", "china's", "russia’s", "reuters", "reporting", "editing",
            "co-operation"],
    kwic=[("payments", False, 3), ("payment", True, 7), ("China", False, 7), ("U.N.", False, 2)],
),
"en_wire_sco_summit.txt": dict(
    words=["sco", "belt", "road", "summit", "eurasian", "russia"],
    stems=["sco", "belt", "road", "summit"],
    phrases=["belt and road", "eurasian economic union"],
    present=[("un", "u.n."), ("cooperation",)],
    absent=["sectsco", "http", "www", "html", "org", "scotianjin2025", "cn", "press", "reuters", "reporting",
            "editing", "'s", "co-operation"],
    kwic=[("Belt and Road", False, 5), ("SCO", False, 9), ("Eurasian Economic Union", False, 3)],
),
"en_web_belt_road_eaeu.txt": dict(
    words=["belt", "road", "russia", "china", "cooperation", "eurasian", "union"],
    stems=["belt", "road", "russia", "china", "cooperation"],
    phrases=["belt and road", "eurasian economic union", "central asia", "belt and road initiative"],
    present=[("sino-russian",)],
    absent=["finbarr", "bermingham", "scmp", "com", "read", "'s", "’s", "co-operation", "bn"],
    kwic=[("Belt and Road", False, 5), ("cooperation", False, 4), ("Sino-Russian", False, 2),
          ("Central Asia", False, [2, 3])],
),
"en_web_arctic_nsr.txt": dict(
    words=["route", "arctic", "ships", "chinese", "northern", "sea"],
    stems=["route", "arctic", "ship", "chinese"],
    phrases=["northern sea route", "container ships"],
    present=[("us", "u.s."), ("sino-russian",), ("near-arctic",)],
    absent=["arcticshipping", "northernsearoute", "kinling", "'s", "’s", "china’s", "scmp"],
    kwic=[("Northern Sea Route", False, 4), ("Arctic", False, 6), ("ships", True, 7)],
),
"en_web_nato_ukraine.txt": dict(
    words=["china", "russia", "ukraine", "war", "nato", "declaration"],
    stems=["china", "russia", "ukraine", "war"],
    phrases=["machine tools", "china and russia"],
    present=[("us", "u.s."), ("un", "u.n."), ("sino-russian",)],
    absent=["finbarrberming", "follow", "'s", "bn", "240bn", "scmp"],
    kwic=[("Ukraine", False, 4), ("Nato", False, 3), ("U.S.", False, 3), ("war", False, 4)],
),
"ru_tass_sila_sibiri.txt": dict(
    words=["сибири", "объем", "газа"],
    stems=["газа", "газопровод", "сибири", "сила", "объем", "китай"],
    phrases=["сила сибири"],
    present=[("российско-китайский",), ("газпром",)],
    absent=["т.е.", "т.к.", "т.д.", "т", "е", "д", "к", "г", "м", "www", "gazprom", "ru", "тасс", "объём"],
    kwic=[("Сила Сибири", True, 6), ("Сила Сибири", False, 5), ("объем", False, 4), ("объём", False, 4)],
),
"ru_tass_shos_brics.txt": dict(
    words=["шос", "брикс", "нато"],
    stems=["шос", "брикс", "нато", "лавров"],
    phrases=[],
    present=[("российско-китайское",)],
    absent=["т.е.", "т.д.", "т", "е", "д", "г", "тасс"],
    kwic=[("НАТО", False, 4), ("ШОС", False, 8), ("ШОС", True, 8), ("БРИКС", False, 7)],
),
"ru_tass_torgovlya.txt": dict(
    words=["товарооборот", "млрд"],
    stems=["товарооборот", "китай", "российско-китайский", "автомобилей"],
    phrases=[],
    present=[("объем",)],
    absent=["т.е.", "т.д.", "т", "е", "д", "г", "тасс", "rossiya-kitay", "rossiya", "kitay", "ru", "tass", "объём"],
    kwic=[("товарооборот", True, 5), ("российско-китайский", True, 4), ("российско-китайский", False, 1),
          ("объем", False, 2)],
),
"ru_rbc_yuan_banks.txt": dict(
    words=["банки"],
    stems=["платежи", "расчеты", "банки"],
    phrases=[],
    present=[("российско-китайская",), ("объем",)],
    absent=["экономика", "санкции", "telegram", "читайте", "rbc", "press", "ru", "т.е.", "т.д.", "т", "е", "д",
            "г", "объём"],
    kwic=[("расчеты", True, [6, 7]), ("расчеты", False, [3, 4]), ("платежи", True, [5, 6])],
),
"ru_kommersant_smp.txt": dict(
    words=["северному", "морскому", "пути"],
    stems=["путь", "северный", "морской", "арктике"],
    phrases=["северному морскому пути"],
    present=[("российско-китайское",), ("объем",)],
    absent=["ъ", "стр", "газета", "коммерсантъ", "kommersant", "theme", "arctic", "ru", "т.е.", "г", "т", "е",
            "объём"],
    kwic=[("Северный морской путь", True, 7), ("Северный морской путь", False, 0)],
),
"ru_kommersant_poyas.txt": dict(
    words=["еаэс"],
    stems=["еаэс", "пояс", "китай"],
    phrases=[],
    present=[("российско-китайское",)],
    absent=["ъ", "стр", "газета", "коммерсантъ", "т.е.", "г", "гг", "т", "е"],
    kwic=[("ЕАЭС", False, [8, 9]), ("пояс", True, [5, 6])],
),
}

SET = dict(
    absent=["u", "s", "n", "'s", "’s", "ъ", "т.е.", "т.д.", "т.к.", "г", "гг", "т", "е", "д", "м", "bn", "www",
            "com", "ru", "http", "html", "reuters", "scmp", "тасс", "co-operation", "объём"],
    top_words=["china", "russia", "russian", "chinese"],
    dispersion={"Belt and Road": (10, 2), "Sino-Russian": (5, 4), "U.S.": (8, 4), "cooperation": (9, 4),
                "Power of Siberia": (4, 1)},
    trends={("Sino-Russian", "Y"): {"2024": 4, "2025": 1}},
    keyness=[("en_wire", "en_web", ["yuan"], ["reuters", "scmp"]),
             ("ru_tass", "ru_", ["млрд"], ["ъ", "тасс", "г"])],
)
