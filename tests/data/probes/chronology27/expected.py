# Written BEFORE running presslens on these articles: what a careful analyst expects of the chronology's timeline
# on the story corpus of the twenty-seventh session (tests/data/probes/chronology27/articles): twelve short
# articles, six English and six Russian, invented but plausible (a Reuters, Bloomberg, SCMP, AP, AFP and Guardian
# report; TASS, Kommersant, RIA Novosti, Izvestia, Interfax and Rossiyskaya Gazeta), on one fortnight, Monday 2 to
# Sunday 15 June 2025: a gas-pipeline deal signed in Beijing, the market's reaction the next day, a foreign
# minister's visit announced and then made, a joint naval exercise, a UN Security Council veto and the reactions
# to it the next day. Dates are written differently ("on Wednesday", "June 4", "12 июня", "вчера", "накануне", "в
# четверг", "the day before", "earlier this week"), with previews of coming events ("will travel to Moscow next
# week", "на следующей неделе ... посетит") and background dates ("in 2019", "since 2014", "с 2012 года", "last
# year", "в мае 2022 года").
#
# EVENTS: per event of the fortnight, its date (the day's TimeML value), a readable label (what the analyst would
# write) and its mentions: (article file, the date expression as written, which occurrence of it in the file,
# 0-based). Scored (test_chronology_probe27.py) as in probe 26: an event is RIGHT when all its mentions are in one
# timeline event holding no mention of another listed event, SPLIT when its mentions are in several timeline
# events (or one is in none), MERGED when its timeline event holds mentions of another listed event (an event may
# be both); and WRONG DATE when it is right but its timeline event's period does not hold the expected day.
EVENTS = {
    "pipeline": dict(
        date="2025-06-04", label="Gazprom and CNPC sign a binding deal on the Power of Siberia 2 pipeline in Beijing",
        mentions=[("en_reuters_gas.txt", "on Wednesday", 0), ("en_bloomberg_gas.txt", "on Wednesday", 0),
                  ("en_scmp_preview.txt", "on Wednesday", 0), ("ru_tass_gas.txt", "в среду", 0),
                  ("ru_kommersant_gas.txt", "в среду", 0)]),
    "shares": dict(
        date="2025-06-05", label="Gazprom shares jump 7.4% in Moscow the day after the deal",
        mentions=[("en_bloomberg_gas.txt", "on Thursday", 0), ("ru_kommersant_gas.txt", "вчера", 0)]),
    "announcement": dict(
        date="2025-06-06", label="China's foreign ministry announces Wang Yi's visit to Moscow",
        mentions=[("en_scmp_preview.txt", "on Friday", 0), ("ru_izvestia_visit.txt", "6 июня", 0)]),
    "exercise": dict(
        date="2025-06-09", label="China and Russia begin the Joint Sea-2025 naval exercise in the Sea of Japan",
        mentions=[("en_ap_exercise.txt", "on Monday", 0), ("ru_ria_exercise.txt", "в понедельник", 0),
                  ("ru_izvestia_visit.txt", "9 июня", 0)]),
    "visit": dict(
        date="2025-06-10", label="Wang Yi and Lavrov hold talks in Moscow",
        mentions=[("ru_izvestia_visit.txt", "накануне", 0), ("en_guardian_reaction.txt", "on Tuesday", 0),
                  ("ru_rg_reaction.txt", "10 июня", 0)]),
    "veto": dict(
        date="2025-06-12", label="Russia and China veto a US draft on North Korea sanctions in the UN Security Council",
        mentions=[("en_un_vote.txt", "on Thursday", 0), ("ru_interfax_vote.txt", "12 июня", 0),
                  ("en_guardian_reaction.txt", "on Thursday", 0), ("ru_rg_reaction.txt", "в четверг", 0)]),
    "reaction": dict(
        date="2025-06-13", label="Rubio condemns the veto; China's Lin Jian defends it",
        mentions=[("en_guardian_reaction.txt", "on Friday", 0), ("en_guardian_reaction.txt", "on Friday", 1),
                  ("ru_rg_reaction.txt", "накануне", 0), ("ru_rg_reaction.txt", "в пятницу", 0)]),
}
# Previews of the visit, said before it happened: "will travel to Moscow next week" (SCMP, 6 June), "на следующей
# неделе ... посетит" (Kommersant, 6 June), "prepares to visit Moscow this week" (AP, 9 June). They are the week
# of 9 June; the visit has its own day (10 June), so they must not be in the visit's timeline event (nor in any
# other listed event's): what was announced is not what happened.
PREVIEWS = [("en_scmp_preview.txt", "next week", 0), ("ru_kommersant_gas.txt", "на следующей неделе", 0),
            ("en_ap_exercise.txt", "this week", 0)]
# Must NOT be merged (each pair a day apart, sharing actors and words): the deal and the shares' jump the day
# after; the announcement of the visit and the visit; the veto and the reactions the day after. (Scored as
# "merged" above.)
# Not scored but expected: the Chinese ships' arrival in Vladivostok "накануне" (RIA, 8 June) apart from the
# exercise or with it; Russia's rival draft "the day before" (AFP, 11 June) apart from the veto; Kunlun's shares
# "on Thursday" (Bloomberg) with the Gazprom shares or apart; "earlier this week" of the drills (Guardian) with the
# exercise or apart. Background dates (2006, 2012, 2014, 2019, December 2019, 2022, May 2022, 2023, 2024, April
# last year, "last year" said of trade, gas exports and drills) are context: none should merge with an event of
# the fortnight, and no event coarser than a month should be among the most reported (the top len(EVENTS) of
# most_reported).
BACKGROUND_YEARS = ("2006", "2012", "2014", "2019", "2022", "2023", "2024")
