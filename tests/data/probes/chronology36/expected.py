# Written BEFORE running presslens on these articles: what a careful reader of the timeline page expects of the
# chronology on the thirty-sixth session's probe (tests/data/probes/chronology36/articles): twelve articles, six
# English and six Russian, invented but plausible, on subjects other than China-Russia relations and in kinds the
# earlier chronology probes did not use: a football season review (en_season_review: matchdays, "the 2019/20
# season", "Last season", "next season", play-off legs), an ice-hockey season review (ru_season_ladoga:
# "сезона-2023/24", "в прошлом сезоне", "до конца сезона-2025/26", "через неделю"), a trial with its hearings
# adjourned and its verdict (en_trial_verdict: "October 7 last year", "that Monday", "the following week",
# "adjourned sentencing until April 25", "the same day"), a company's history on its anniversary
# (en_company_anniversary: "founded in 1998", "A decade later", "In the 2010s", "fiscal 2016", a range "9–13
# October") and the obituary of its founder two years later (en_obituary_whitcombe: "aged 87", birth, career,
# death, "eleven years later", "five years later", "the new year"), a natural disaster day by day told by two
# outlets (en_storm_diary: "On the first day", "Overnight", "by Thursday evening", "On the third day", "shortly
# after 11am" of a named Sunday; ru_flood_days: "к вечеру четверга", "Сутки спустя", "На третьи сутки", "В ночь на
# воскресенье", "около полудня"), an election calendar (ru_election_calendar: registration deadlines, "второй тур
# пройдёт через две недели, 1 июня", the 2020 election's dates told without their year), a medical trial's phases
# over years (ru_medical_trial: "в 2018–2019 годах", "с марта 2020 по декабрь 2022 года", "во второй половине 2027
# года"), a space mission's schedule (en_space_mission: "slipped to the second half of 2026", launch windows "October
# to December 2023", "August 3, 2026, and closes on August 9", "from 1 to 6 September" of 2026), a tax law with its
# effective dates (ru_tax_law: "с 1 января следующего года", "с 1 июля 2025 года", "до конца 2030 года", "в тот же
# день") and a festival programme (ru_festival: "с 5 по 9 июня", "с пятницы по воскресенье", "в 19:00", last year's
# "с 6 по 10 июня", "в 2021-м его перенесли на осень").
#
# EVENTS: as in chronology26/27/34: per event, its date (a day inside the expected period: for a coarser event a
# day inside its month or year), a readable label and its mentions (article file, the date expression as written,
# which occurrence of it in the file, 0-based). RIGHT when all its mentions are in one timeline event holding no
# other listed event's, SPLIT when in several (or one in none), MERGED when its timeline event holds another listed
# event's mention, WRONG DATE when right but the timeline event's period does not hold the date.
EVENTS = {
    # the football season review (published Monday 5 May 2025)
    "final_matchday": dict(
        date="2025-05-03", label="Westbury Athletic draw 1-1 with Norwich on the final matchday",
        mentions=[("en_season_review.txt", "on Saturday", 0)]),
    "hart_dismissed": dict(
        date="2024-11-04", label="Westbury dismiss manager Colin Hart",
        mentions=[("en_season_review.txt", "November 4", 0)]),
    "sorensen_appointed": dict(
        date="2024-11-06", label="Mikkel Sorensen appointed Westbury manager",
        mentions=[("en_season_review.txt", "two days later", 0)]),
    "first_leg": dict(
        date="2025-05-09", label="Play-off semi-final first leg against Sheffield United (scheduled)",
        mentions=[("en_season_review.txt", "on Friday", 0)]),
    "second_leg": dict(
        date="2025-05-13", label="Play-off semi-final second leg at Bramall Lane (scheduled)",
        mentions=[("en_season_review.txt", "Tuesday, May 13", 0)]),
    "wembley_final": dict(
        date="2025-05-24", label="Play-off final at Wembley (scheduled)",
        mentions=[("en_season_review.txt", "Saturday, May 24", 0)]),
    # the trial (published Friday 14 March 2025)
    "verdict": dict(
        date="2025-03-13", label="Graham Pryce found guilty of fraud at Bristol Crown Court",
        mentions=[("en_trial_verdict.txt", "on Thursday", 0), ("en_trial_verdict.txt", "Thursday afternoon", 0)]),
    "second_adjournment": dict(
        date="2024-10-21", label="Pryce's trial adjourned again after new defence evidence",
        mentions=[("en_trial_verdict.txt", "October 21", 0)]),
    "trial_opens": dict(
        date="2025-01-13", label="Pryce's trial finally opens",
        mentions=[("en_trial_verdict.txt", "January 13", 0), ("en_trial_verdict.txt", "that Monday", 0)]),
    "prosecution_closes": dict(
        date="2025-02-20", label="The prosecution closes its case",
        mentions=[("en_trial_verdict.txt", "February 20", 0)]),
    "jury_retires": dict(
        date="2025-03-06", label="The jury retires",
        mentions=[("en_trial_verdict.txt", "March 6", 0)]),
    "sentencing": dict(
        date="2025-04-25", label="Sentencing of Pryce and Kellaway (scheduled)",
        mentions=[("en_trial_verdict.txt", "April 25", 0), ("en_trial_verdict.txt", "the same day", 0)]),
    # the company's anniversary (5 October 2023) and its founder's obituary (10 November 2025)
    "founding": dict(
        date="1998-06-30", label="Alan Whitcombe and Priya Nair found Kestrel Software",
        mentions=[("en_company_anniversary.txt", "in 1998", 0), ("en_obituary_whitcombe.txt", "in 1998", 0)]),
    "ipo": dict(
        date="2008-06-12", label="Kestrel floats on the London Stock Exchange",
        mentions=[("en_company_anniversary.txt", "12 June 2008", 0), ("en_obituary_whitcombe.txt", "12 June 2008", 0)]),
    "handover": dict(
        date="2016-03-15", label="Whitcombe hands over as chief executive to Nair",
        mentions=[("en_company_anniversary.txt", "March 2016", 0), ("en_obituary_whitcombe.txt", "March 2016", 0)]),
    "open_days": dict(
        date="2023-10-09", label="Kestrel's 25th anniversary open days begin",
        mentions=[("en_company_anniversary.txt", "on Monday", 0)]),
    "death": dict(
        date="2025-11-08", label="Sir Alan Whitcombe dies at Addenbrooke's Hospital",
        mentions=[("en_obituary_whitcombe.txt", "on Saturday", 0)]),
    "funeral": dict(
        date="2025-11-21", label="Whitcombe's funeral in Sheffield (scheduled)",
        mentions=[("en_obituary_whitcombe.txt", "November 21", 0)]),
    # the storm, told by two outlets (17 and 18 September 2024)
    "storm_arrives": dict(
        date="2024-09-12", label="Storm Boris arrives over the Czech-Polish border",
        mentions=[("en_storm_diary.txt", "on Thursday", 0), ("ru_flood_days.txt", "в четверг, 12 сентября", 0)]),
    "romania": dict(
        date="2024-09-13", label="The storm strikes Romania",
        mentions=[("en_storm_diary.txt", "on Friday", 0), ("ru_flood_days.txt", "Сутки спустя", 0)]),
    "evacuation": dict(
        date="2024-09-14", label="Czech authorities evacuate 10,000 people from Opava and Krnov",
        mentions=[("en_storm_diary.txt", "On the third day", 0), ("ru_flood_days.txt", "в субботу", 0)]),
    "dam_burst": dict(
        date="2024-09-15", label="The dam at Stronie Slaskie gives way",
        mentions=[("en_storm_diary.txt", "On Sunday", 0), ("ru_flood_days.txt", "в воскресенье", 0)]),
    "disaster_declared": dict(
        date="2024-09-16", label="Tusk declares a state of natural disaster",
        mentions=[("en_storm_diary.txt", "Monday afternoon", 0), ("ru_flood_days.txt", "В понедельник", 0)]),
    "flood_1997": dict(
        date="1997-07-15", label="The 'flood of the millennium' in Wroclaw",
        mentions=[("en_storm_diary.txt", "July 1997", 0), ("ru_flood_days.txt", "в июле 1997 года", 0)]),
    # the space mission (20 February 2025)
    "delay_announced": dict(
        date="2025-02-19", label="Orbital Forge announces Selene-2's delay to the second half of 2026",
        mentions=[("en_space_mission.txt", "on Wednesday", 0), ("en_space_mission.txt", "on Wednesday", 1)]),
    "engine_failure": dict(
        date="2025-01-23", label="Selene-2's landing engine fails its test at Lampoldshausen",
        mentions=[("en_space_mission.txt", "January 23", 0)]),
    "launch_window": dict(
        date="2026-08-03", label="Selene-2's first suitable launch window opens (planned)",
        mentions=[("en_space_mission.txt", "August 3, 2026", 0)]),
    "nasa_landing": dict(
        date="2025-03-02", label="A third NASA commercial lander due to land",
        mentions=[("en_space_mission.txt", "March 2", 1)]),
    # the hockey season review (2 May 2024)
    "press_conference": dict(
        date="2024-05-02", label="Ladoga's end-of-season press conference",
        mentions=[("ru_season_ladoga.txt", "в четверг", 0)]),
    "semi_final_loss": dict(
        date="2024-04-14", label="Ladoga lose the deciding semi-final game in Yaroslavl",
        mentions=[("ru_season_ladoga.txt", "14 апреля", 0)]),
    "coach_fired": dict(
        date="2023-11-06", label="Ladoga dismiss coach Igor Kovalchuk",
        mentions=[("ru_season_ladoga.txt", "6 ноября", 0)]),
    "ska_win": dict(
        date="2024-01-20", label="Ladoga beat SKA 5:2",
        mentions=[("ru_season_ladoga.txt", "20 января", 0)]),
    "regular_season_end": dict(
        date="2024-02-25", label="Ladoga finish the regular season sixth",
        mentions=[("ru_season_ladoga.txt", "25 февраля", 0)]),
    "playoff_start": dict(
        date="2024-03-02", label="Ladoga's play-off series with Avangard begins",
        mentions=[("ru_season_ladoga.txt", "2 марта", 0)]),
    "camp": dict(
        date="2024-07-15", label="Ladoga's pre-season camp begins (planned)",
        mentions=[("ru_season_ladoga.txt", "15 июля", 0)]),
    # the election calendar (25 March 2025)
    "registration_closed": dict(
        date="2025-03-24", label="Poland's electoral commission closes the registration of candidates' committees",
        mentions=[("ru_election_calendar.txt", "в понедельник", 0)]),
    "election_called": dict(
        date="2025-01-15", label="Marshal of the Sejm Holownia calls the presidential election",
        mentions=[("ru_election_calendar.txt", "15 января", 0)]),
    "first_round": dict(
        date="2025-05-18", label="First round of Poland's presidential election (scheduled)",
        mentions=[("ru_election_calendar.txt", "18 мая", 0)]),
    "runoff": dict(
        date="2025-06-01", label="Runoff of Poland's presidential election (scheduled)",
        mentions=[("ru_election_calendar.txt", "1 июня", 0)]),
    "signatures_deadline": dict(
        date="2025-04-04", label="Deadline for the candidates' 100,000 signatures",
        mentions=[("ru_election_calendar.txt", "4 апреля", 0)]),
    "inauguration": dict(
        date="2025-08-06", label="The new president takes office",
        mentions=[("ru_election_calendar.txt", "6 августа", 0)]),
    "runoff_2020": dict(
        date="2020-07-12", label="Duda re-elected in the 2020 runoff",
        mentions=[("ru_election_calendar.txt", "12 июля", 0)]),
    # the medical trial (8 October 2025)
    "trial_announcement": dict(
        date="2025-10-07", label="Neyrofarm announces the end of enrolment in the phase 3 trial",
        mentions=[("ru_medical_trial.txt", "во вторник", 0)]),
    "enrolment_done": dict(
        date="2025-09-30", label="The last of 1,200 participants receives a first dose of NF-201",
        mentions=[("ru_medical_trial.txt", "30 сентября", 0)]),
    "phase3_permit": dict(
        date="2023-11-14", label="The health ministry authorises the phase 3 trial",
        mentions=[("ru_medical_trial.txt", "14 ноября 2023 года", 0)]),
    "phase2_results": dict(
        date="2023-04-15", label="Phase 2 results presented in Gothenburg",
        mentions=[("ru_medical_trial.txt", "в апреле 2023 года", 0)]),
    # the tax law (13 July 2024)
    "law_signed": dict(
        date="2024-07-12", label="Putin signs the tax reform law",
        mentions=[("ru_tax_law.txt", "в пятницу", 0)]),
    "third_reading": dict(
        date="2024-07-10", label="The Duma passes the tax reform in the third reading",
        mentions=[("ru_tax_law.txt", "10 июля", 0)]),
    "in_force": dict(
        date="2025-01-01", label="Most of the tax changes take effect",
        mentions=[("ru_tax_law.txt", "1 января следующего года", 0)]),
    "bill_submitted": dict(
        date="2024-06-03", label="The finance ministry submits the reform to the government",
        mentions=[("ru_tax_law.txt", "3 июня", 0)]),
    "first_reading": dict(
        date="2024-06-20", label="The Duma passes the reform in the first reading",
        mentions=[("ru_tax_law.txt", "20 июня", 0)]),
    "address": dict(
        date="2024-02-29", label="Putin's address to the Federal Assembly",
        mentions=[("ru_tax_law.txt", "29 февраля", 0)]),
    # the festival programme (28 May 2025)
    "programme_announced": dict(
        date="2025-05-27", label="The Northern Light festival announces its programme",
        mentions=[("ru_festival.txt", "во вторник", 0)]),
    "fest_opening": dict(
        date="2025-06-05", label="The festival opens with Maria Kravets's 'Ice' (scheduled)",
        mentions=[("ru_festival.txt", "в четверг, 5 июня", 0)]),
    "retrospective": dict(
        date="2025-06-07", label="Retrospective for Pavel Zorin's centenary (scheduled)",
        mentions=[("ru_festival.txt", "в субботу, 7 июня", 0)]),
    "closing": dict(
        date="2025-06-09", label="Closing and awards ceremony (scheduled)",
        mentions=[("ru_festival.txt", "в понедельник, 9 июня", 0)]),
    "tickets": dict(
        date="2025-06-01", label="Festival tickets go on sale (scheduled)",
        mentions=[("ru_festival.txt", "1 июня", 0)]),
}
# Must not be merged (scored as "merged" above): Hart's dismissal and Sorensen's appointment two days later (one
# club, one sentence apart); the two play-off legs of one sentence; the jury's retiring and its verdict a week
# later (one trial, same people); the trial's opening and the prosecution's close; the storm's days from Thursday
# to Monday (one storm, consecutive days, the same places); the election's first round and its runoff (one
# sentence); the Duma's third reading and Putin's signature two days later (one law); the festival's opening,
# retrospective and closing (one festival, same programme); the trial's end of enrolment and its announcement a
# week later (one sentence).
#
# TIMEX: per article, its publication date (the DCT) and each date expression a reader resolves, as in chronology34:
# (the expression as written, which occurrence (0-based) in the file, title line included, TimeML value or the list
# of acceptable values). A season or fiscal year across two calendar years ("the 2019/20 season", "сезона-2023/24",
# "2020-21 accounts") has the value of its first year, as the tagger writes "2023/24"; "Last season" said in May of
# a season just ended is the one before it. A range ("9–13 October", "с 5 по 9 июня") may take its first day or
# its month; two years joined ("в 2018–2019 годах") either year. A date told in a story of another year takes that
# year ("in March 2020 ... finished behind closed doors in July"; "в июле 2020-го, когда второй тур прошёл 12 июля.
# Тогда первый тур пришлось перенести с 10 мая на 28 июня"). Durations ("for the next four days", "over five days",
# "на полгода", "18 месяцев"), ages ("aged 87") and header lines are not listed.
TIMEX = {
    "en_season_review.txt": dict(dct="2025-05-05", timex=[
        ("in October", 0, "2024-10"), ("on Saturday", 0, "2025-05-03"), ("in August", 0, "2024-08"),
        ("in October", 1, "2024-10"), ("November 4", 0, "2024-11-04"), ("two days later", 0, "2024-11-06"),
        ("November 9", 0, "2024-11-09"), ("January 18", 0, "2025-01-18"), ("March 15", 0, "2025-03-15"),
        ("March 29", 0, "2025-03-29"), ("in January", 0, "2025-01"), ("the 2019/20 season", 0, "2019"),
        ("March 2020", 0, "2020-03"), ("in July", 0, "2020-07"), ("that year", 0, "2020"), ("in 2022", 0, "2022"),
        ("Last season", 0, "2023"), ("on Friday", 0, "2025-05-09"), ("Tuesday, May 13", 0, "2025-05-13"),
        ("Saturday, May 24", 0, "2025-05-24"), ("the summer of 2027", 0, "2027-SU"), ("this month", 0, "2025-05"),
        ("next season", 0, "2025")]),
    "en_trial_verdict.txt": dict(dct="2025-03-14", timex=[
        ("on Thursday", 0, "2025-03-13"), ("August 2023", 0, "2023-08"), ("2020-21", 0, "2020"),
        ("October 7 last year", 0, "2024-10-07"), ("October 21", 0, "2024-10-21"), ("January 13", 0, "2025-01-13"),
        ("that Monday", 0, "2025-01-13"), ("the next day", 0, "2025-01-14"), ("February 20", 0, "2025-02-20"),
        ("the following week", 0, "2025-W09"), ("March 6", 0, "2025-03-06"),
        ("Thursday afternoon", 0, ["2025-03-13TAF", "2025-03-13"]), ("April 25", 0, "2025-04-25"),
        ("in December", 0, "2024-12"), ("the same day", 0, "2025-04-25"), ("in 2022", 0, "2022"),
        ("on Friday", 0, "2025-03-14")]),
    "en_company_anniversary.txt": dict(dct="2023-10-05", timex=[
        ("on Monday", 0, "2023-10-09"), ("9–13 October", 0, ["2023-10-09", "2023-10"]), ("in 1998", 0, "1998"),
        ("A decade later", 0, "2008"), ("12 June 2008", 0, "2008-06-12"), ("the end of the year", 0, "2008"),
        ("the spring of 1999", 0, "1999-SP"), ("2001", 0, "2001"), ("the 2010s", 0, "201"), ("in 2014", 0, "2014"),
        ("September 2019", 0, "2019-09"), ("March 2016", 0, "2016-03"), ("since 2003", 0, "2003"),
        ("until 2021", 0, "2021"), ("fiscal 2016", 0, "2016"), ("last year", 0, "2022"),
        ("on Tuesday", 0, "2023-10-03"), ("early next year", 0, "2024")]),
    "en_obituary_whitcombe.txt": dict(dct="2025-11-10", timex=[
        ("on Saturday", 0, "2025-11-08"), ("14 March 1938", 0, "1938-03-14"), ("in 1956", 0, "1956"),
        ("in 1961", 0, "1961"), ("the 1970s", 0, "197"), ("in 1987", 0, "1987"), ("in 1997", 0, "1997"),
        ("in 1998", 0, "1998"), ("12 June 2008", 0, "2008-06-12"), ("eleven years later", 0, "2019"),
        ("March 2016", 0, "2016-03"), ("five years later", 0, ["2021", "2021-03"]), ("2019", 0, "2019"),
        ("in 2015", 0, "2015"), ("November 21", 0, "2025-11-21"), ("the new year", 0, "2026"),
        ("on Sunday", 0, "2025-11-09"), ("last spring", 0, "2025-SP")]),
    "en_storm_diary.txt": dict(dct="2024-09-17", timex=[
        ("on Thursday", 0, "2024-09-12"), ("On the first day", 0, "2024-09-12"),
        ("Thursday evening", 0, ["2024-09-12TEV", "2024-09-12"]), ("Overnight", 0, ["2024-09-12TNI", "2024-09-13"]),
        ("Friday morning", 0, ["2024-09-13TMO", "2024-09-13"]), ("On the third day", 0, "2024-09-14"),
        ("On Sunday", 0, "2024-09-15"), ("11am", 0, "2024-09-15T11:00"),
        ("overnight into Monday", 0, ["2024-09-15TNI", "2024-09-16"]),
        ("Monday afternoon", 0, ["2024-09-16TAF", "2024-09-16"]), ("Monday evening", 0, ["2024-09-16TEV", "2024-09-16"]),
        ("on Friday", 0, "2024-09-13"), ("on Wednesday", 0, "2024-09-18"), ("Thursday", 2, "2024-09-19"),
        ("the weekend", 0, "2024-W38-WE"), ("July 1997", 0, "1997-07"), ("1997", 1, "1997"), ("2010", 0, "2010"),
        ("2002", 0, "2002"), ("on Tuesday", 0, "2024-09-17")]),
    "en_space_mission.txt": dict(dct="2025-02-20", timex=[
        ("second half of 2026", 0, "2026-H2"), ("the second half of 2026", 0, "2026-H2"),
        ("on Wednesday", 0, "2025-02-19"), ("in January", 0, "2025-01"), ("in 2019", 0, "2019"),
        ("October to December 2023", 0, ["2023-10", "2023-Q4", "2023-12"]), ("the spring of 2024", 0, "2024-SP"),
        ("March 2024", 0, "2024-03"), ("September 14 this year", 0, "2025-09-14"), ("January 23", 0, "2025-01-23"),
        ("the second quarter", 0, "2025-Q2"), ("the autumn", 0, "2025-FA"), ("the spring of next year", 0, "2026-SP"),
        ("August 3, 2026", 0, "2026-08-03"), ("August 9", 0, "2026-08-09"),
        ("1 to 6 September", 0, ["2026-09-01", "2026-09"]), ("on Wednesday", 1, "2025-02-19"),
        ("last March", 0, "2024-03"), ("mid-2027", 0, "2027"), ("in 2024", 0, "2024"), ("March 2", 1, "2025-03-02")]),
    "ru_season_ladoga.txt": dict(dct="2024-05-02", timex=[
        ("сезона-2023/24", 0, "2023"), ("в четверг", 0, "2024-05-02"), ("В сезоне-2023/24", 0, "2023"),
        ("14 апреля", 0, "2024-04-14"), ("в прошлом сезоне", 0, "2022"), ("1 сентября", 0, "2023-09-01"),
        ("к 1 октября", 0, "2023-10-01"), ("в ноябре", 0, "2023-11"), ("6 ноября", 0, "2023-11-06"),
        ("через неделю", 0, ["2023-11-13", "2023-W46"]), ("3 декабря", 0, "2023-12-03"), ("20 января", 0, "2024-01-20"),
        ("сезона-2018/19", 0, "2018"), ("25 февраля", 0, "2024-02-25"), ("2 марта", 0, "2024-03-02"),
        ("до конца сезона-2025/26", 0, "2025"), ("15 июля", 0, "2024-07-15"), ("сезона-2024/25", 0, "2024"),
        ("в начале сентября", 0, "2024-09"), ("с 2017 года", 0, "2017")]),
    "ru_flood_days.txt": dict(dct="2024-09-18", timex=[
        ("в четверг, 12 сентября", 0, "2024-09-12"), ("к вечеру четверга", 0, ["2024-09-12TEV", "2024-09-12"]),
        ("Сутки спустя", 0, "2024-09-13"), ("На третьи сутки", 0, "2024-09-14"), ("в субботу", 0, "2024-09-14"),
        ("В ночь на воскресенье", 0, ["2024-09-14TNI", "2024-09-15"]), ("в воскресенье", 0, "2024-09-15"),
        ("около полудня", 0, "2024-09-15T12:00"), ("в ночь на понедельник", 0, ["2024-09-15TNI", "2024-09-16"]),
        ("В понедельник", 0, "2024-09-16"), ("Во вторник", 0, "2024-09-17"), ("Сегодня", 0, "2024-09-18"),
        ("в выходные", 0, "2024-W38-WE"), ("в июле 1997 года", 0, "1997-07"), ("2002", 0, "2002"),
        ("2010 годах", 0, "2010"), ("до конца года", 0, "2024")]),
    "ru_election_calendar.txt": dict(dct="2025-03-25", timex=[
        ("в понедельник", 0, "2025-03-24"), ("15 января", 0, "2025-01-15"), ("18 мая", 0, "2025-05-18"),
        ("через две недели", 0, ["2025-06-01", "2025-W22"]), ("1 июня", 0, "2025-06-01"),
        ("до 4 апреля", 0, "2025-04-04"), ("к 12 апреля", 0, "2025-04-12"), ("3 мая", 0, "2025-05-03"),
        ("17 мая", 0, ["2025-05-17", "2025-05-17T24:00", "2025-05-18T00:00"]), ("6 августа", 0, "2025-08-06"),
        ("в 2015 году", 0, "2015"), ("в июле 2020-го", 0, "2020-07"), ("12 июля", 0, "2020-07-12"),
        ("с 10 мая", 0, "2020-05-10"), ("на 28 июня", 0, "2020-06-28"), ("пять лет назад", 0, "2020"),
        ("В феврале", 0, "2025-02")]),
    "ru_medical_trial.txt": dict(dct="2025-10-08", timex=[
        ("во вторник", 0, "2025-10-07"), ("30 сентября", 0, "2025-09-30"), ("в 2014 году", 0, "2014"),
        ("в 2016-м", 0, "2016"), ("в 2018–2019 годах", 0, ["2018", "2019"]),
        ("с марта 2020 по декабрь 2022 года", 0, ["2020-03", "2022-12"]), ("в апреле 2023 года", 0, "2023-04"),
        ("14 ноября 2023 года", 0, "2023-11-14"), ("в феврале 2024-го", 0, "2024-02"),
        ("во второй половине 2027 года", 0, "2027-H2"), ("в первом квартале 2028 года", 0, "2028-Q1"),
        ("на весну следующего года", 0, "2026-SP"), ("В прошлом году", 0, "2024"), ("с начала года", 0, "2025"),
        ("В 2010-х годах", 0, "201"), ("в среду", 0, "2025-10-08")]),
    "ru_tax_law.txt": dict(dct="2024-07-13", timex=[
        ("в пятницу", 0, "2024-07-12"), ("10 июля", 0, "2024-07-10"), ("в тот же день", 0, "2024-07-10"),
        ("с 1 января следующего года", 0, "2025-01-01"), ("с 1 июля 2025 года", 0, "2025-07-01"),
        ("с 2025 года", 0, "2025"), ("до конца 2030 года", 0, "2030"), ("3 июня", 0, "2024-06-03"),
        ("20 июня", 0, "2024-06-20"), ("29 февраля", 0, "2024-02-29"), ("в 2025 году", 0, "2025"),
        ("на 2025–2027 годы", 0, ["2025", "2027"]), ("в сентябре", 0, "2024-09"), ("до 2001 года", 0, "2001"),
        ("на следующий год", 0, "2025"), ("осенью", 0, "2024-FA")]),
    "ru_festival.txt": dict(dct="2025-05-28", timex=[
        ("с 5 по 9 июня", 0, ["2025-06-05", "2025-06"]), ("во вторник", 0, "2025-05-27"),
        ("в четверг, 5 июня", 0, "2025-06-05"), ("с пятницы по воскресенье", 0, ["2025-06-06", "2025-06-08"]),
        ("в субботу, 7 июня", 0, "2025-06-07"), ("в 1925 году", 0, "1925"), ("в понедельник, 9 июня", 0, "2025-06-09"),
        ("19:00", 0, "2025-06-09T19:00"), ("с 15 января по 31 марта", 0, ["2025-01-15", "2025-01"]),
        ("В прошлом году", 0, "2024"), ("с 6 по 10 июня", 0, ["2024-06-06", "2024-06"]), ("в 2012 году", 0, "2012"),
        ("в 2020-м", 0, "2020"), ("в 2021-м", 0, "2021"), ("на осень", 0, "2021-FA"), ("1 июня", 0, "2025-06-01"),
        ("до конца недели", 0, "2025-W22"), ("в июне 2026 года", 0, "2026-06")]),
}
