# Written BEFORE running presslens on these articles: what a careful analyst expects of the chronology's timeline
# on the story corpus of the twenty-sixth session (tests/data/probes/chronology26/articles): ten short articles,
# six English and four Russian, invented but plausible (a Reuters, AP, TASS, RIA, SCMP, DW, Izvestia, Politico,
# Kommersant and Global Times report), on one week, Monday 17 to Sunday 23 March 2025, with dates written
# differently ("on Tuesday", "March 18", "18 марта", "вчера", "в среду") and background dates ("in 2019", "last
# year", "в 2014 году").
#
# EVENTS: per event of the week, its date (the day's TimeML value), a readable label (what the analyst would write)
# and its mentions: (article file, the date expression as written, which occurrence of it in the file, 0-based).
# Scored (test_chronology_probe26.py): an event is RIGHT when all its mentions are in one timeline event holding
# no mention of another listed event, SPLIT when its mentions are in several timeline events, MERGED when its
# timeline event holds mentions of another listed event (an event may be both).
EVENTS = {
    "call": dict(
        date="2025-03-17", label="Lavrov and Wang Yi speak by phone",
        mentions=[("en_wire_summit.txt", "on Monday", 0), ("ru_ria_call.txt", "в понедельник", 0),
                  ("en_scmp_call.txt", "on Monday", 0)]),
    "summit": dict(
        date="2025-03-18", label="Xi and Putin hold summit talks in the Kremlin",
        mentions=[("en_wire_summit.txt", "on Tuesday", 0), ("en_ap_summit.txt", "on March 18", 0),
                  ("ru_tass_summit.txt", "во вторник", 0), ("ru_ria_call.txt", "во вторник", 0),
                  ("en_globaltimes_statement.txt", "on Tuesday", 0)]),
    "drill": dict(
        date="2025-03-19", label="China and Russia begin a joint naval drill in the Sea of Japan",
        mentions=[("en_ap_summit.txt", "on Wednesday", 0), ("ru_tass_summit.txt", "В среду", 0),
                  ("en_dw_drill.txt", "Wednesday, March 19", 0), ("ru_izv_drill.txt", "19 марта", 0)]),
    "sanctions": dict(
        date="2025-03-20", label="EU adopts its 17th sanctions package against Russia",
        mentions=[("en_politico_sanctions.txt", "on Thursday", 0), ("ru_kommersant_sanctions.txt", "вчера", 0),
                  ("en_globaltimes_statement.txt", "March 20", 0), ("en_dw_drill.txt", "on Thursday", 0)]),
    "statement": dict(
        date="2025-03-21", label="China's Foreign Ministry (Mao Ning) opposes the EU sanctions",
        mentions=[("en_globaltimes_statement.txt", "on Friday", 0), ("ru_kommersant_sanctions.txt", "в пятницу", 0)]),
}
# Not scored but expected: Xi's arrival on Monday evening (en_ap "on Monday evening", ru_tass "накануне вечером",
# ru_ria "сегодня вечером") as an event of its own or with the call's day apart; the ambassadors' agreement on
# Wednesday evening (en_politico) apart from the drill; the Japanese jets "on Wednesday"/"в среду" (en_dw, ru_izv) with
# the drill or apart. Background dates (March 2023, 2019, 2012, 2001, 2021, 2014, February 2022, "last year" said of
# trade, the drill, sanctions packages and meetings) are context: none should merge with a week's event, and
# "last year"'s unrelated mentions should not be one event that tops the most reported ones.
BACKGROUND_YEARS = ("2001", "2012", "2014", "2019", "2021", "2022", "2023", "2024")
