# Written BEFORE running presslens on these articles: what a careful reader finds in each (analysis probe of
# the thirty-sixth session: twelve articles, 6 English and 6 Russian, tests/data/probes/analysis36/articles,
# invented but plausible, in genres the earlier probes (news reports, mostly on China-Russia relations, and
# analysis35's reports on other subjects) never used, so that almost nobody named is in data/actors.yml: an
# interview in questions and answers (the architect "Jean-Luc Moreau" named once, then "him"; "President Emmanuel
# Macron ... I told the president"; "Pieter van der Berg", "van der Berg" alone), an obituary ("the late pianist
# Thomas Ellison", "Ruth Ellison-Grant", "the 1970s", "The following year", "the following spring"), a football
# match report ("Mensah-Boateng", "The striker", "the City goalkeeper", "The keeper", "The Swede", "since December
# 7"), a court report ("Judge Helen Okonkwo", "the defendant", "The prosecutor", "Dr Anne-Marie Kowalczyk"), a
# film review (the director, actors, and the characters they play, who are nobody in the news: "Harriet Crane",
# "Elias Rook"; "the winter of 1953"), a company story ("the company's founder", "The new chief executive", a
# name in both scripts: "Arkady Volkov" and "Аркадий Волков", "Yelena Markova (Елена Маркова)"); in Russian an
# interview ("Марина Юрьевна Белоусова", a woman's surname that is also the genitive of the defence minister's,
# "она"; "Министр науки" nobody named), an obituary ("Рашид Ибрагим-оглы Мамедов", "покойный", "Н. А.
# Савельева", "В 1970-х годах", "на следующий год"), a businesswoman's profile ("Алина Рустамовна Гарипова",
# "Основательница компании", "предпринимательница", "заявила", "Двенадцать лет назад", "через год"), a court
# report ("А. В. Петрова" in the accusative, "Гособвинитель Наталья Сергеевна Ким", "Прокурор заявила",
# "Судья"), a Duma debate ("Председатель Госдумы Вячеслав Володин ... Спикер заметил"; "депутат Денис Ли ...
# Депутат Ли", who is not Li Qiang; "Министр напомнил" of a minister the gazetteer does not know) and a cup
# match ("Жоао Мендеш (João Mendes)", "вратарь", "наставник", "Ханс-Петер Брандт (Hans-Peter Brandt)", "из
# Владимира" the town). The format is analysis35's:
#
# people:    (canonical full name, the full name as first written in the article) for every person the story
#            names (not the bylines, not a film's characters, not composers or playwrights named for their works,
#            not a person named by a given name alone: "a son, James"); canonical names follow data/actors.yml
#            where the person is there, English transliteration otherwise.
# actors:    key organisations, countries and places, canonical as in data/actors.yml. A country named only by its
#            nationality adjective counts when the adjective means the state or its people ("Dutch engineer",
#            "Finnish conductor", "Немецкий специалист"); "Welsh" (no state) does not.
# refs:      (a words of the sentence, the name/surname/title/pronoun as written there, whom it means); None =
#            nobody in particular or a person the gazetteer does not know (it must not be given to someone else:
#            "Белоусова" is not Andrey Belousov, "Ли" is not Li Qiang, "Министр" is no minister the gazetteer
#            holds).
# timex:     (the expression as written, which occurrence (0-based) in the file, title line included, TimeML
#            value or the list of acceptable values), resolved against the publication date `dct` (a date in a
#            story's past told relative to another: "The following year" after 1962 is 1963). Durations ("for 17
#            years", "за последние десять лет", "шесть лет"), sets ("every Wednesday"), generic times ("in
#            summer"), header lines and datelines are not listed.
# glued:     (as written, as meant): words fused by a lost link (none in these articles).
# sentiment: (a sentence's words, +1 / -1): English sentences of clearly positive or negative tone as a reader
#            feels them, ironic, negated, hedged and concessive ones included (presslens scores English only).

E = {
"interview_architect_library.txt": dict(
    dct="2024-03-14",
    people=[("Jean-Luc Moreau", "Jean-Luc Moreau"), ("Emmanuel Macron", "Emmanuel Macron"),
            ("Pieter van der Berg", "Pieter van der Berg"), ("Grégoire Dumas-Lefèvre", "Grégoire Dumas-Lefèvre")],
    actors=["France", "Netherlands"],
    refs=[("I told the president", "president", "Emmanuel Macron"),
          ("He asked why the reading rooms", "He", "Emmanuel Macron"),
          ("van der Berg solved the roof", "van der Berg", None),
          ("Pieter does the impossible", "Pieter", None),
          ("led by the mayor of Lyon", "Grégoire Dumas-Lefèvre", None)],
    timex=[("on Saturday", 0, "2024-03-16"), ("on Tuesday", 0, "2024-03-12"), ("in 2015", 0, "2015"),
           ("last spring", 0, "2023-SP"), ("in 1977", 0, "1977"), ("2022", 0, "2022"), ("2023", 0, "2023"),
           ("in the autumn", 0, "2024-FA"), ("in 2026", 0, "2026"), ("in August", 0, "2024-08"),
           ("in 2019", 0, "2019"), ("on Saturday", 1, "2024-03-16"), ("the end of April", 0, "2024-04")],
    glued=[],
    sentiment=[("the building is better for it", +1), ("far too hot in summer", -1),
               ("find something else to hate", -1), ("deeply grateful to him", +1),
               ("did not live to see it", -1)],
),
"obituary_conductor_ellison.txt": dict(
    dct="2023-11-20",
    people=[("Margaret Ellison", "Margaret Ellison"), ("Ruth Ellison-Grant", "Ruth Ellison-Grant"),
            ("Thomas Ellison", "Thomas Ellison"), ("Deborah O'Malley", "Deborah O'Malley"),
            ("Neville Hartley", "Neville Hartley"), ("Aino Virtanen-Koski", "Aino Virtanen-Koski")],
    actors=["United Kingdom", "Finland"],
    refs=[("Ellison studied the violin", "Ellison", None), ("Ellison had \"made all", "Ellison", None),
          ("The late Sir Neville Hartley", "Neville Hartley", None), ("the late pianist", "Thomas Ellison", None)],
    timex=[("on Saturday", 0, "2023-11-18"), ("3 May 1939", 0, "1939-05-03"), ("in 1962", 0, "1962"),
           ("The following year", 0, "1963"), ("in 2008", 0, "2008"), ("the 1970s", 0, ["197", "197X"]),
           ("In 1981", 0, "1981"), ("on Sunday", 0, "2023-11-19"), ("in 1995", 0, "1995"),
           ("in 1997", 0, "1997"), ("the following spring", 0, "1998-SP"), ("last year", 0, "2022"),
           ("last December", 0, "2022-12"), ("on Friday", 0, "2023-11-24"), ("for the spring", 0, "2024-SP")],
    glued=[],
    sentiment=[("fierce, funny and utterly generous", +1), ("one of the finest ever made", +1),
               ("a bitter dispute over her contract", -1), ("Not everyone found her easy", -1)],
),
"match_report_harbour_city.txt": dict(
    dct="2025-02-16",
    people=[("Kofi Mensah-Boateng", "Kofi Mensah-Boateng"), ("Callum Birch", "Callum Birch"),
            ("Luis Ortega", "Luis Ortega"), ("Yannick van Dijk-Mertens", "Yannick van Dijk-Mertens"),
            ("Anders Lindqvist", "Anders Lindqvist"), ("Dominic Fairweather", "Dominic Fairweather"),
            ("Tomasz Wisniewski", "Tomasz Wiśniewski")],
    actors=["Ghana", "Sweden", "Germany"],
    refs=[("Ortega had conceded", "Ortega", None), ("Birch was sent off", "Birch", None),
          ("The striker levelled", "striker", None), ("Kofi was magnificent", "Kofi", None),
          ("Fairweather, whose side", "Fairweather", None), ("The keeper has been linked", "keeper", None)],
    timex=[("on Saturday", 0, "2025-02-15"), ("since November", 0, "2024-11"), ("since December 7", 0, "2024-12-07"),
           ("in October 2023", 0, "2023-10"), ("in January", 0, "2025-01"), ("this summer", 0, "2025-SU"),
           ("on Wednesday", 0, "2025-02-19"), ("next Saturday", 0, "2025-02-22")],
    glued=[],
    sentiment=[("The lads never gave up", +1), ("Kofi was magnificent", +1), ("a disgraceful decision", -1),
               ("was furious with the referee", -1), ("was their best player", +1)],
),
"court_fraud_sentencing.txt": dict(
    dct="2024-06-07",
    people=[("Darren Whitlock", "Darren Whitlock"), ("Helen Okonkwo", "Helen Okonkwo"),
            ("Simon Fairbairn", "Simon Fairbairn"), ("Anne-Marie Kowalczyk", "Anne-Marie Kowalczyk"),
            ("Rebecca Sturridge", "Rebecca Sturridge")],
    actors=[],
    refs=[("the defendant had", "defendant", None), ("The judge told Whitlock", "Whitlock", None),
          ("The prosecutor said Whitlock", "prosecutor", None), ("Dr Kowalczyk said", "Dr Kowalczyk", None),
          ("Ms Sturridge said", "Ms Sturridge", None)],
    timex=[("on Thursday", 0, "2024-06-06"), ("in April", 0, "2024-04"), ("2017", 0, "2017"), ("2022", 0, "2022"),
           ("the autumn of 2022", 0, "2022-FA"), ("last year", 0, "2023"), ("in 2016", 0, "2016"),
           ("in September", 0, "2024-09"), ("last summer", 0, "2023-SU")],
    glued=[],
    sentiment=[("betrayed the trust of sick children", -1), ("Families lost care they desperately needed", -1),
               ("her client was ashamed", -1), ("consumed by a gambling addiction", -1),
               ("it was relieved that the case was over", +1)],
),
"film_review_lighthouse.txt": dict(
    dct="2023-09-29",
    people=[("Agnieszka Wolska-Nowak", "Agnieszka Wolska-Nowak"), ("Maeve Donnellan", "Maeve Donnellan"),
            ("Gareth Pryce-Jones", "Gareth Pryce-Jones"), ("Jonas Albrecht", "Jonas Albrecht"),
            ("Ruth Sullivan", "Ruth Sullivan"), ("Marek Nowak", "Marek Nowak")],
    actors=["Poland", "Germany", "United Kingdom"],
    refs=[("Donnellan barely raises", "Donnellan", None), ("Sullivan worked with", "Sullivan", None),
          ("by the director and her husband", "director", None), ("Only Jonas Albrecht, as Rook", "Rook", None),
          ("Harriet is played by", "Harriet", None)],
    timex=[("on Friday", 0, "2023-09-29"), ("in 2019", 0, "2019"), ("the winter of 1953", 0, "1953-WI"),
           ("the autumn before", 0, "1952-FA"), ("earlier this month", 0, "2023-09"),
           ("from December", 0, "2023-12")],
    glued=[],
    sentiment=[("a performance of astonishing control", +1), ("disappoints", -1),
               ("The last twenty minutes drag", -1), ("the best British-Polish co-production in years", +1)],
),
"corporate_founder_steps_down.txt": dict(
    dct="2024-10-03",
    people=[("Arkady Volkov", "Arkady Volkov"), ("Sophie Lindqvist-Amari", "Sophie Lindqvist-Amari"),
            ("Hendrik de Graaf", "Hendrik de Graaf"), ("Yelena Markova", "Yelena Markova")],
    actors=["Netherlands", "European Commission"],
    refs=[("The company's founder, who was born", "company's founder", None), ("Volkov will remain", "Volkov", None),
          ("written as Аркадий Волков", "Аркадий Волков", None), ("Lindqvist-Amari is a safe", "Lindqvist-Amari", None),
          ("The new chief executive said", "chief executive", None)],
    timex=[("in 2011", 0, "2011"), ("on Wednesday", 0, "2024-10-02"), ("the end of the year", 0, "2024"),
           ("on January 1", 0, "2025-01-01"), ("since 2019", 0, "2019"), ("in 1998", 0, "1998"),
           ("last year", 0, "2023"), ("on Thursday", 0, "2024-10-03"), ("in March", 0, "2024-03"),
           ("in the summer", 0, "2024-SU"), ("since January", 0, "2024-01"), ("on November 14", 0, "2024-11-14"),
           ("in 2016", 0, "2016")],
    glued=[],
    sentiment=[("Investors welcomed the news", +1), ("a safe pair of hands", +1), ("safe is not exciting", -1),
               ("a difficult year", -1)],
),
"ru_intervyu_okeanolog.txt": dict(
    dct="2024-04-18",
    people=[("Marina Belousova", "Марина Юрьевна Белоусова"), ("Ibragim Aliyev", "Ибрагим Рашидович Алиев"),
            ("Stefan Huber", "Штефан Хубер"), ("Oleg Pantyukhin", "Олег Пантюхин")],
    actors=[],
    refs=[("Белоусова — автор", "Белоусова", None), ("Министр науки обещал", "Министр", None),
          ("Руководил гидрологами", "Ибрагим Рашидович Алиев", None), ("Мы поговорили с ней", "ней", None)],
    timex=[("в марте", 0, "2024-03"), ("во вторник", 0, "2024-04-16"), ("В 2007 году", 0, "2007"),
           ("в конце сентября", 0, "2007-09"), ("Прошлой осенью", 0, "2023-FA"), ("с 1989 года", 0, "1989"),
           ("в январе", 0, "2024-01"), ("В августе", 0, "2024-08"), ("в феврале", 0, "2024-02"),
           ("до конца мая", 0, "2024-05"), ("в 2021 году", 0, "2021"), ("В прошлом году", 0, "2023"),
           ("25 апреля", 0, "2024-04-25")],
    glued=[],
    sentiment=[],
),
"ru_nekrolog_rezhisser.txt": dict(
    dct="2023-12-12",
    people=[("Rashid Mamedov", "Рашид Ибрагим-оглы Мамедов"), ("Leyla Mamedova", "Лейла Мамедова"),
            ("Andrey Goncharov", "Андрея Гончарова"), ("Eldar Gasanov", "Эльдар Гасанов"),
            ("N. A. Savelyeva", "Н. А. Савельева"), ("Farid Guseynzade", "Фарид Гусейнзаде"),
            ("Sevil Mamedova", "Севиль Мамедову")],
    actors=["Azerbaijan", "Moscow"],
    refs=[("Мамедов родился", "Мамедов", None), ("покойный выпустил", "покойный", None),
          ("Мамедов пережил", "Мамедов", None), ("Критик Н. А. Савельева", "Савельева", None)],
    timex=[("В воскресенье", 0, "2023-12-10"), ("в 1944 году", 0, "1944"), ("В 1967 году", 0, "1967"),
           ("на следующий год", 0, "1968"), ("В 1970-х годах", 0, ["197", "197X"]), ("С 1985", 0, "1985"),
           ("2010 год", 0, "2010"), ("прошлой весной", 0, "2023-SP"), ("в январе", 0, "2024-01"),
           ("в четверг", 0, "2023-12-14")],
    glued=[],
    sentiment=[],
),
"ru_profil_predprinimatelnitsa.txt": dict(
    dct="2025-03-05",
    people=[("Alina Garipova", "Алина Рустамовна Гарипова"), ("Rustam Garipov", "Рустама Гарипова"),
            ("Timur Akhmetzyanov", "Тимур Ахметзянов"), ("Olga Kravets-Ilyina", "Ольга Кравец-Ильина"),
            ("Dmitry Solovyov", "Дмитрий Соловьёв")],
    actors=["Kazakhstan"],
    refs=[("сказала Гарипова", "Гарипова", None), ("признала предпринимательница", "предпринимательница", None),
          ("По словам Ахметзянова", "Ахметзянова", None), ("Основательница компании признаётся", "Основательница", None),
          ("Сама Гарипова осторожнее", "Гарипова", None)],
    timex=[("Двенадцать лет назад", 0, "2013"), ("за прошлый год", 0, "2024"), ("в 2013 году", 0, "2013"),
           ("2020 год", 0, "2020"), ("за весну", 0, "2020-SP"), ("В 2022 году", 0, "2022"), ("через год", 0, "2023"),
           ("в этом году", 0, "2025"), ("к 2027 году", 0, "2027"), ("В мае", 0, "2025-05")],
    glued=[],
    sentiment=[],
),
"ru_sud_zastroyshchik.txt": dict(
    dct="2024-11-27",
    people=[("A. V. Petrov", "А. В. Петрова"), ("Natalya Kim", "Наталья Сергеевна Ким"),
            ("Igor Zaretsky", "Игорь Валентинович Зарецкий"), ("Mark Epstein", "Марк Эпштейн"),
            ("Galina Morozova", "Галина Морозова")],
    actors=[],
    refs=[("Прокурор заявила", "Прокурор", None), ("Петров был задержан", "Петров", None),
          ("Адвокат Петрова", "Петрова", None), ("Губернатор области", "Губернатор", None),
          ("Сам Петров в последнем", "Петров", None), ("Гособвинитель Наталья Сергеевна Ким", "Ким", None)],
    timex=[("во вторник", 0, "2024-11-26"), ("с 2018", 0, "2018"), ("2021 год", 0, "2021"),
           ("в феврале 2023 года", 0, "2023-02"), ("с 2019 года", 0, "2019"), ("в прошлом месяце", 0, "2024-10"),
           ("к концу 2025 года", 0, "2025"), ("10 декабря", 0, "2024-12-10")],
    glued=[],
    sentiment=[],
),
"ru_duma_zakon_o_lesakh.txt": dict(
    dct="2024-02-21",
    people=[("Oleg Krylov", "Олег Крылов"), ("Nina Ostapenko", "Нина Остапенко"),
            ("Ruslan Gadzhi-Magomedov", "Руслан Гаджи-Магомедов"), ("Denis Li", "Денис Ли"),
            ("Vyacheslav Volodin", "Вячеслав Володин")],
    actors=["State Duma"],
    refs=[("Министр напомнил", "Министр", None), ("заявила депутат", "депутат", None),
          ("Спикер заметил", "Спикер", "Vyacheslav Volodin"), ("депутат Денис Ли", "Денис Ли", None),
          ("Депутат Ли в кулуарах", "Ли", None)],
    timex=[("во вторник", 0, "2024-02-20"), ("прошлым летом", 0, "2023-SU"), ("до 15 марта", 0, "2024-03-15"),
           ("в прошлом году", 0, "2023"), ("на апрель", 0, "2024-04"), ("в 2021 году", 0, "2021")],
    glued=[],
    sentiment=[],
),
"ru_futbol_kubok.txt": dict(
    dct="2025-04-14",
    people=[("Joao Mendes", "Жоао Мендеш"), ("Artem Ibragimov", "Артёма Ибрагимова"),
            ("Svyatoslav Koval-Berezhnoy", "Святослав Коваль-Бережной"), ("Viktor Ganeev", "Виктор Ганеев"),
            ("Hans-Peter Brandt", "Ханс-Петер Брандт")],
    actors=["Germany"],
    refs=[("признался вратарь", "вратарь", None), ("сказал наставник", "наставник", None),
          ("Ганеев возглавил", "Ганеев", None), ("в том числе от Мендеша", "Мендеша", None),
          ("«Торпедо» из Владимира", "Владимира", None)],
    timex=[("в воскресенье", 0, "2025-04-13"), ("в декабре 2023 года", 0, "2023-12"), ("с прошлого лета", 0, "2024-SU"),
           ("7 мая", 0, "2025-05-07"), ("во вторник", 0, "2025-04-15")],
    glued=[],
    sentiment=[],
),
}
