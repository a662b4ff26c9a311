# Written BEFORE running presslens on these articles: what a careful reader of the timeline page expects of the
# chronology on the thirty-fourth session's probe (tests/data/probes/chronology34/articles): twelve articles, six
# English and six Russian, invented but plausible, in kinds the earlier chronology and analysis probes did not use:
# a backgrounder retelling a quarter-century (en_background_decade, ru_background_treaty: the 2001 treaty, the 2004
# border agreement, the 2014 gas contract, the first gas in 2019, "a decade ago", "since 2001", "в конце 90-х",
# "в середине 2000-х", "в начале нулевых"), an announcement of future events (en_future_summit, ru_future_plans:
# the Tianjin summit "next month", "31 августа", the Beijing parade, "by 2030", "до конца года", "в следующем
# году", "later this year"), a court or sanctions story with its procedural dates (en_court_sanctions: an arrest,
# a status hearing, a plea, a sentencing date; ru_court_sanctions: a claim filed, a preliminary hearing, a ruling,
# an appeal), a diary-style reportage (en_diary_border: "On Monday ... By Wednesday ... On Thursday evening";
# ru_diary_harbin: "В понедельник ... Ко вторнику ... В четверг вечером"), a market report by quarters, halves and
# fiscal years (en_market_q3: "Q3 2024", "FY2023", "the July-September period"; ru_market_h1: "в первом
# полугодии", "в 2025 финансовом году", "второго полугодия 2025 года"), a correction/update story with two
# publication times (en_update_talks: published 11 June, updated 12 June, "Correction: ... on Tuesday. They took
# place on Wednesday."), and the same talks told by another outlet in other words (ru_same_talks: "сегодня",
# "Завтра"); vague dates ("the early 2000s", "around mid-May", "в середине марта", "с начала 2010-х").
#
# EVENTS: as in chronology26/27: per event, its date (the day's TimeML value; a quarter's for a quarter), a
# readable label and its mentions (article file, the date expression as written, which occurrence of it in the
# file, 0-based). RIGHT when all its mentions are in one timeline event holding no other listed event's, SPLIT
# when in several (or one in none), MERGED when its timeline event holds another listed event's mention, WRONG
# DATE when right but the timeline event's period does not hold the date.
EVENTS = {
    "treaty": dict(
        date="2001-07-16", label="Putin and Jiang Zemin sign the Treaty of Good-Neighbourliness in Moscow",
        mentions=[("en_background_decade.txt", "July 16, 2001", 0), ("ru_background_treaty.txt", "16 июля 2001 года", 0)]),
    "border": dict(
        date="2004-10-14", label="The supplementary agreement on the eastern border is signed",
        mentions=[("en_background_decade.txt", "October 14, 2004", 0),
                  ("ru_background_treaty.txt", "14 октября 2004 года", 0)]),
    "contract": dict(
        date="2014-05-21", label="Gazprom and CNPC sign the 30-year, $400bn gas contract in Shanghai",
        mentions=[("en_background_decade.txt", "May 21, 2014", 0), ("ru_background_treaty.txt", "21 мая 2014 года", 0)]),
    "first_gas": dict(
        date="2019-12-02", label="Putin and Xi launch Power of Siberia by video link",
        mentions=[("en_background_decade.txt", "December 2, 2019", 0),
                  ("ru_background_treaty.txt", "2 декабря 2019 года", 0)]),
    "relations": dict(
        date="1949-10-02", label="Moscow establishes diplomatic relations with the People's Republic",
        mentions=[("en_background_decade.txt", "October 1949", 0), ("ru_background_treaty.txt", "2 октября 1949 года", 0)]),
    "summit": dict(
        date="2025-08-31", label="The SCO summit opens in Tianjin (announced)",
        mentions=[("en_future_summit.txt", "August 31", 0), ("ru_future_plans.txt", "31 августа", 0)]),
    "parade": dict(
        date="2025-09-03", label="Putin attends the parade in Beijing for the 80th anniversary (announced)",
        mentions=[("en_future_summit.txt", "September 3", 0), ("ru_future_plans.txt", "3 сентября", 0)]),
    "arrest": dict(
        date="2025-01-15", label="Li Wenhao arrested at JFK airport",
        mentions=[("en_court_sanctions.txt", "January 15", 0)]),
    "status_hearing": dict(
        date="2025-03-04", label="Status hearing: Li's lawyers announce a change of plea",
        mentions=[("en_court_sanctions.txt", "March 4", 0)]),
    "plea": dict(
        date="2025-03-11", label="Li Wenhao pleads guilty in Brooklyn to exporting US chips to Russia",
        mentions=[("en_court_sanctions.txt", "on Tuesday", 0), ("en_court_sanctions.txt", "On Tuesday", 0)]),
    "sentencing": dict(
        date="2025-06-20", label="Li Wenhao's sentencing (scheduled)",
        mentions=[("en_court_sanctions.txt", "June 20", 0)]),
    "claim": dict(
        date="2024-11-12", label="Daltekhsnab files its claim against the Chinese bank's subsidiary",
        mentions=[("ru_court_sanctions.txt", "12 ноября 2024 года", 0)]),
    "preliminary": dict(
        date="2025-01-28", label="Preliminary hearing in the Moscow Arbitration Court",
        mentions=[("ru_court_sanctions.txt", "28 января", 0)]),
    "ruling": dict(
        date="2025-04-08", label="The Moscow Arbitration Court orders the bank to return 38 million yuan",
        mentions=[("ru_court_sanctions.txt", "во вторник", 0)]),
    "talks": dict(
        date="2025-06-11", label="Lavrov and Wang Yi hold talks in Beijing",
        mentions=[("en_update_talks.txt", "on Wednesday", 0), ("en_update_talks.txt", "on Wednesday", 1),
                  ("ru_same_talks.txt", "сегодня", 0), ("en_diary_border.txt", "on Wednesday", 0)]),
    "xi_receives": dict(
        date="2025-06-12", label="Xi Jinping receives Lavrov (announced the day before by TASS)",
        mentions=[("en_update_talks.txt", "on Thursday", 0), ("ru_same_talks.txt", "Завтра", 0)]),
    "pyongyang": dict(
        date="2025-06-13", label="Lavrov leaves Beijing for Pyongyang (announced)",
        mentions=[("en_update_talks.txt", "on Friday", 0), ("ru_same_talks.txt", "В пятницу", 0)]),
    "customs_queue": dict(
        date="2025-06-12", label="New customs checks at the Blagoveshchensk bridge; a queue of 300 lorries",
        mentions=[("en_diary_border.txt", "On Thursday evening", 0)]),
    "festival": dict(
        date="2025-06-13", label="Blagoveshchensk holds its Amur festival",
        mentions=[("en_diary_border.txt", "On Friday", 0)]),
    "expo_open": dict(
        date="2025-05-20", label="The Russian-Chinese EXPO opens in Harbin",
        mentions=[("ru_diary_harbin.txt", "Ко вторнику", 0)]),
    "expo_close": dict(
        date="2025-05-23", label="The Harbin EXPO closes: 300,000 visitors, $1.5bn of agreements",
        mentions=[("ru_diary_harbin.txt", "В пятницу", 0)]),
    "q3_sales": dict(
        date="2024-Q3", label="Sales of Chinese car brands in Russia fall 21% in the third quarter",
        mentions=[("en_market_q3.txt", "Q3 2024", 1), ("en_market_q3.txt", "the third quarter", 0),
                  ("ru_market_h1.txt", "третьем квартале 2024 года", 0)]),
}
# Must not be merged (scored as "merged" above): the talks (11 June) and Xi's reception (12 June), a day apart
# with the same people; Xi's reception and the customs queue at the border (12 June, other actors); Lavrov's
# departure for Pyongyang and the Amur festival (13 June, other actors); the arrest, hearing, plea and sentencing
# of one man (same actors, different days); the court's claim, hearing and ruling; the summit and the parade.
#
# RETRACTED: a date the article itself corrects ("Correction: An earlier version of this story said the talks
# with Wang took place on Tuesday. They took place on Wednesday."): the reader expects no event on Tuesday 10 June;
# the mention must not be in the talks' timeline event (nor in any listed event's).
RETRACTED = [("en_update_talks.txt", "on Tuesday", 0)]
#
# TIMEX: per article, its publication date (the DCT) and each date expression a reader resolves, as in the
# analysis probes: (the expression as written, which occurrence (0-based) in the file, title line included,
# TimeML value or the list of acceptable values). A decade its three digits ("the early 2000s": 200), a season its
# code (2025-SU), a fiscal year its number, a quarter or half its code. Durations ("for more than three hours",
# "за последние пять лет", "the first nine months") and header lines are not listed.
TIMEX = {
    "en_background_decade.txt": dict(dct="2024-05-16", timex=[
        ("on Thursday", 0, "2024-05-16"), ("July 16, 2001", 0, "2001-07-16"), ("since 2001", 0, "2001"),
        ("in 2021", 0, "2021"), ("the 1990s", 0, "199"), ("the early 2000s", 0, "200"),
        ("October 14, 2004", 0, "2004-10-14"), ("a decade ago", 0, ["2014", "201"]),
        ("May 21, 2014", 0, "2014-05-21"), ("September", 0, "2014-09"), ("December 2, 2019", 0, "2019-12-02"),
        ("last year", 0, "2023"), ("in 2014", 0, "2014"), ("February 2022", 0, "2022-02"),
        ("last year", 1, "2023"), ("October 1949", 0, "1949-10"), ("This year", 0, "2024"), ("in 2006", 0, "2006")]),
    "ru_background_treaty.txt": dict(dct="2024-05-16", timex=[
        ("в четверг", 0, "2024-05-16"), ("16 июля 2001 года", 0, "2001-07-16"), ("в 2021 году", 0, "2021"),
        ("в конце 90-х", 0, "199"), ("14 октября 2004 года", 0, "2004-10-14"), ("в 2008 году", 0, "2008"),
        ("в середине 2000-х", 0, "200"), ("21 мая 2014 года", 0, "2014-05-21"), ("сентябре 2014 года", 0, "2014-09"),
        ("2 декабря 2019 года", 0, "2019-12-02"), ("в прошлом году", 0, "2023"), ("в 2023 году", 0, "2023"),
        ("в начале нулевых", 0, "200"), ("в 2014 году", 0, "2014"), ("2 октября 1949 года", 0, "1949-10-02"),
        ("В этом году", 0, "2024"), ("с 2006 года", 0, "2006")]),
    "en_future_summit.txt": dict(dct="2025-07-15", timex=[
        ("next month", 0, "2025-08"), ("on Monday", 0, "2025-07-14"), ("August 31", 0, "2025-08-31"),
        ("September 3", 0, "2025-09-03"), ("later this year", 0, "2025"), ("next year", 0, "2026"),
        ("by 2030", 0, "2030"), ("by the end of the year", 0, "2025"), ("in May", 0, "2025-05"),
        ("since 2022", 0, "2022"), ("last May", 0, "2024-05"), ("this year", 1, "2025"), ("in 2026", 0, "2026")]),
    "ru_future_plans.txt": dict(dct="2025-07-16", timex=[
        ("31 августа", 0, "2025-08-31"), ("во вторник", 0, "2025-07-15"), ("3 сентября", 0, "2025-09-03"),
        ("в мае прошлого года", 0, "2024-05"), ("в мае этого года", 0, "2025-05"), ("до конца года", 0, "2025"),
        ("на следующий год", 0, "2026"), ("К 2030 году", 0, "2030"), ("до конца года", 1, "2025"),
        ("с 2022 года", 0, "2022"), ("в следующем году", 0, "2026"), ("с весны", 0, "2025-SP"),
        ("в 2026 году", 0, "2026"), ("к концу августа", 0, "2025-08")]),
    "en_court_sanctions.txt": dict(dct="2025-03-12", timex=[
        ("on Tuesday", 0, "2025-03-11"), ("February 2024", 0, "2024-02"), ("October 2023", 0, "2023-10"),
        ("January 15", 0, "2025-01-15"), ("March 4", 0, "2025-03-04"), ("On Tuesday", 0, "2025-03-11"),
        ("June 20", 0, "2025-06-20"), ("the autumn", 0, "2025-FA"), ("June last year", 0, "2024-06")]),
    "ru_court_sanctions.txt": dict(dct="2025-04-09", timex=[
        ("во вторник", 0, "2025-04-08"), ("с прошлой осени", 0, "2024-FA"), ("в августе 2024 года", 0, "2024-08"),
        ("12 ноября 2024 года", 0, "2024-11-12"), ("28 января", 0, "2025-01-28"), ("В середине марта", 0, "2025-03"),
        ("15 мая", 0, "2025-05-15"), ("с декабря 2023 года", 0, "2023-12"),
        ("в первом квартале текущего года", 0, "2025-Q1"), ("в конце 2023 года", 0, "2023"),
        ("в феврале", 0, "2025-02")]),
    "en_diary_border.txt": dict(dct="2025-06-15", timex=[
        ("On Monday", 0, ["2025-06-09", "2025-06-09TMO"]), ("On Tuesday", 0, "2025-06-10"),
        ("mid-May", 0, "2025-05"), ("By Wednesday", 0, "2025-06-11"), ("on Wednesday", 0, "2025-06-11"),
        ("the early 2010s", 0, "201"), ("On Thursday evening", 0, ["2025-06-12TEV", "2025-06-12"]),
        ("On Friday", 0, "2025-06-13"), ("the 1990s", 0, "199"), ("since 2019", 0, "2019"), ("by 2027", 0, "2027"),
        ("next summer", 0, "2026-SU")]),
    "ru_diary_harbin.txt": dict(dct="2025-05-25", timex=[
        ("В понедельник", 0, ["2025-05-19", "2025-05-19TMO"]), ("Ко вторнику", 0, "2025-05-20"),
        ("в апреле", 0, "2025-04"), ("летом", 0, "2025-SU"), ("В среду", 0, "2025-05-21"),
        ("с начала 2010-х", 0, "201"), ("В четверг вечером", 0, ["2025-05-22TEV", "2025-05-22"]),
        ("в середине марта", 0, "2025-03"), ("с осени", 0, "2024-FA"), ("В пятницу", 0, "2025-05-23"),
        ("с 2014 года", 0, "2014"), ("в прошлом году", 0, "2024"), ("в 2022 году", 0, "2022"),
        ("на конец лета", 0, "2025-SU"), ("В субботу", 0, ["2025-05-24", "2025-05-24TMO"]),
        ("в следующем году", 0, "2026")]),
    "en_market_q3.txt": dict(dct="2024-11-20", timex=[
        ("Q3 2024", 0, "2024-Q3"), ("Q3 2024", 1, "2024-Q3"), ("on Tuesday", 0, "2024-11-19"),
        ("the third quarter", 0, "2024-Q3"), ("the first half", 0, "2024-H1"), ("October 1", 0, "2024-10-01"),
        ("the July-September period", 0, "2024-Q3"), ("since 2021", 0, "2021"), ("FY2023", 0, "2023"),
        ("Q4", 0, "2024-Q4"), ("October was", 0, "2024-10"), ("November looks", 0, "2024-11"),
        ("in October", 0, "2024-10"), ("in December", 0, "2024-12"), ("early last year", 0, "2023"),
        ("February 2022", 0, "2022-02"), ("FY2023", 1, "2023"), ("the third quarter", 1, "2024-Q3"),
        ("next year", 0, "2025"), ("on Wednesday", 0, "2024-11-20")]),
    "ru_market_h1.txt": dict(dct="2024-11-21", timex=[
        ("третьем квартале 2024 года", 0, "2024-Q3"), ("вторым кварталом", 0, "2024-Q2"),
        ("В первом полугодии", 0, "2024-H1"), ("1 октября", 0, "2024-10-01"), ("В октябре", 0, "2024-10"),
        ("в сентябре", 0, "2024-09"), ("августа", 0, "2024-08"), ("в октябре", 0, "2024-10"),
        ("в декабре", 0, "2024-12"), ("По итогам 2023 года", 0, "2023"), ("в среду", 0, "2024-11-20"),
        ("в четвёртом квартале", 0, "2024-Q4"), ("в 2025 финансовом году", 0, "2025"), ("до 2030 года", 0, "2030"),
        ("с начала прошлого года", 0, "2023"), ("в первом квартале следующего года", 0, "2025-Q1"),
        ("второго полугодия 2025 года", 0, "2025-H2"), ("в 2021 году", 0, "2021"), ("в 2022 году", 0, "2022"),
        ("В конце 90-х", 0, "199"), ("в середине 2000-х", 0, "200")]),
    "en_update_talks.txt": dict(dct="2025-06-11", timex=[
        ("on Wednesday", 0, "2025-06-11"), ("the end of August", 0, "2025-08"), ("since 2019", 0, "2019"),
        ("on Friday", 0, "2025-06-13"), ("June 12:", 0, "2025-06-12"), ("on Thursday", 0, "2025-06-12"),
        ("April 2024", 0, "2024-04"), ("April this year", 0, "2025-04"), ("on Tuesday", 0, "2025-06-10"),
        ("on Wednesday", 1, "2025-06-11"), ("early 2023", 0, "2023"), ("in February", 0, "2025-02")]),
    "ru_same_talks.txt": dict(dct="2025-06-11", timex=[
        ("сегодня", 0, "2025-06-11"), ("в конце августа", 0, "2025-08"), ("Завтра", 0, "2025-06-12"),
        ("В пятницу", 0, "2025-06-13"), ("в феврале", 0, "2025-02"), ("в апреле этого года", 0, "2025-04"),
        ("в июле прошлого года", 0, "2024-07"), ("с начала 2000-х", 0, "200"), ("В апреле 2024 года", 0, "2024-04"),
        ("в этом году", 0, "2025")]),
}
