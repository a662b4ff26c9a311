# Written BEFORE running the parser (seventeenth session). source: list of acceptable values (case-insensitive
# exact match), or None where the copy never names its outlet (set after the first runs).
# body_out: strings that must NOT be in body sentences; body_in: strings that MUST be in body sentences.
# people: people a careful reader sees named in the story.
E = {
"obsidian_scmp.md": dict(
    title="China and Russia pledge deeper energy ties as Power of Siberia 2 talks stall",
    published="2024-05-18", source=["South China Morning Post", "SCMP", "scmp.com", "www.scmp.com"],
    authors=["Finbarr Bermingham", "Laura Zhou"],
    body_out=["clippings", "created:", "description:", "Photo: AP", "i-scmp.com", "READ MORE", "[[", "A buyer's market", "Western pressure", "---"],
    body_in=["China and Russia have promised", "Pricing is still the sticking point", "Gazprom needs this pipeline"],
    subheadings=["A buyer's market", "Western pressure"],
    people=["Xi Jinping", "Vladimir Putin", "Alexander Gabuev", "Li Shuo", "Alexander Novak", "Janet Yellen", "Wang Wenbin"]),
"scmp_browser.txt": dict(
    title="Why China is quietly hedging on Russia's war economy, even as Xi embraces Putin",
    published="2024-05-20", source=["South China Morning Post", "SCMP"], authors=["Amber Wang"],
    body_out=["FOLLOW", "Reading Time", "Why you can trust", "Listen to this article", "Photo: Reuters", "Advertisement", "More from SCMP", "joined the Post in 2022", "in Beijing\n"],
    body_in=["When Vladimir Putin stepped off", "Trade between China and Russia fell"],
    people=["Xi Jinping", "Vladimir Putin", "Joe Biden", "Zhao Long", "Dmitry Peskov"]),
"notion_japantimes.md": dict(
    title="Japan watches warily as Russian and Chinese bombers fly joint patrol near Hokkaido",
    published="2024-05-31", source=["The Japan Times", "Japan Times"], authors=["Jesse Johnson"],
    body_out=["Created:", "Tags:", "URL:", "japantimes.co.jp", "Joint Staff Office", "via Kyodo", "A Chinese H-6 bomber, right", "An expanding pattern"],
    body_in=["Japan scrambled fighter jets", "Japan has been building up"],
    subheadings=["An expanding pattern"],
    people=["Minoru Kihara", "Yoichi Kato", "Yoshimasa Hayashi"]),
"reader_almonitor.md": dict(
    title="Iran, Russia and China hold naval drills in Gulf of Oman",
    published="2024-03-12", source=["Al-Monitor"], authors=[],  # "Al-Monitor Staff" is not a person; [] or ["Al-Monitor Staff"] tolerated
    authors_ok=[[], ["Al-Monitor Staff"]],
    body_out=["saved_date", "word_count", "01hxq9a8m2", "WANA via REUTERS", "Read more", "drone carrier", "tags:"],
    body_in=["Iranian, Russian and Chinese warships began", "The first Maritime Security Belt drill"],
    people=["Shahram Irani", "Jonathan Fulton"]),
"jekyll_diplomat.md": dict(
    title="What the SCO Summit in Astana Revealed About China-Russia Competition in Central Asia",
    published="2024-07-08", source=["The Diplomat"], authors=["Temur Umarov"],
    body_out=["layout: post", "tags:", "thediplomat.com", "Belarus joins, and little else", "Following the money", "is a fellow at the Carnegie"],
    body_in=["The Shanghai Cooperation Organization summit", "Russia remains the main destination"],
    subheadings=["Belarus joins, and little else", "Following the money"],
    people=["Xi Jinping", "Kassym-Jomart Tokayev", "Vladimir Putin", "Murat Nurtleu", "Nargis Kassenova"]),
"izvestia_ru.txt": dict(
    title="«Новая эпоха»: Путин и Си Цзиньпин договорились расширить расчеты в нацвалютах",
    published="2024-05-17", source=["Известия", "Izvestia"], authors=["Анна Устинова"],
    body_out=["Опубликовано", "Фото: ИЗВЕСТИЯ", "Читайте также", "Ушаков рассказал о планах", "Подписывайтесь", "Стороны подписали совместное заявление и более"],
    body_in=["Президент России Владимир Путин и председатель", "Визит Путина продлится"],
    people=["Владимир Путин", "Си Цзиньпин", "Юрий Ушаков", "Василий Кашин"]),
"vedomosti_ru.txt": dict(
    title="Россия и Китай впервые провели совместное патрулирование в Арктике",
    published="2024-10-04", source=["Ведомости", "Vedomosti"], authors=["Дмитрий Гринкевич", "Максим Иванов"],
    body_out=["Политика / Статья", "Пресс-служба ФСБ России / ТАСС", "Пограничные корабли России и Китая во время", "Подпишитесь", "СМИ2"],
    body_in=["Береговая охрана ФСБ России", "Министр по развитию Дальнего Востока"],
    people=["Василий Кашин", "Пэт Райдер", "Алексей Чекунков"]),
"interfax_ru.txt": dict(
    title="Путин прибыл в Пекин с государственным визитом",
    published="2024-05-16", source=["Интерфакс", "Interfax", "INTERFAX.RU"], authors=[],
    agencies=["Interfax"],  # presslens names the agency in English (data/agencies.txt), as it names РИА Новости "RIA Novosti"
    body_out=["Москва. 16 мая. INTERFAX.RU", "Теги:"],
    body_in=["Президент РФ Владимир Путин прибыл", "Китай является крупнейшим"],
    people=["Владимир Путин", "Хань Чжэн", "Юрий Ушаков", "Си Цзиньпин", "Андрей Белоусов", "Сергей Лавров", "Сергей Шойгу"]),
"interfax_en.txt": dict(
    title="Lavrov says Russia, China to coordinate on Ukraine peace conference response",
    published="2024-05-16", source=["Interfax", "Интерфакс"], authors=[], agencies=["Interfax"],
    body_out=["MOSCOW. May 16 (Interfax)", "kk", "partner publications"],
    body_in=["Russian Foreign Minister Sergei Lavrov said", "Ukrainian President Volodymyr Zelensky"],
    people=["Sergei Lavrov", "Vladimir Putin", "Wang Yi", "Viola Amherd", "Antony Blinken", "Volodymyr Zelensky"]),
"rbc_ru.txt": dict(
    title="Песков оценил слова Ван И о роли Китая в урегулировании на Украине",
    published="2024-03-21", source=["РБК", "RBC"], authors=["Анастасия Гуляева", "Ирина Петрова"],
    body_out=["Поделиться", "Фото: Сергей Гунеев", "Читайте РБК", "Авторы", "Анастасия Гуляева"],
    body_in=["Москва внимательно изучает", "Ранее Путин говорил"],
    people=["Дмитрий Песков", "Ван И", "Ли Хуэй", "Михаил Галузин", "Путин"]),
"lenta_ru.txt": dict(
    title="В Китае назвали условия участия в конференции по Украине",
    published="2024-05-17", source=None, authors=[],  # the copy never names its outlet
    section="Мир",
    body_out=["Фото: Florence Lo", "Материалы по теме", "Последние новости", "Он не может не чувствовать", "14:20"],
    body_in=["Официальный представитель министерства", "В апреле канцлер Германии"],
    people=["Мао Нин", "Иньяцио Кассис", "Владимир Путин", "Си Цзиньпин", "Олаф Шольц"]),
"caixin.txt": dict(
    title="Russia Overtakes Saudi Arabia as China's Top Crude Supplier Again",
    published="2024-01-22", source=["Caixin Global", "Caixin"], authors=["Wang Xintong", "Denise Jia"],
    body_out=["Photo: VCG", "Contact reporter", "Download our app", "Must-Read newsletter", "ECONOMY"],
    body_in=["Russia was China's largest source", "China's total crude imports"],
    people=["Mia Geng"]),
"sixthtone.txt": dict(
    title="Why Young Chinese Are Learning Russian Again",
    published="2024-03-08", source=None, authors=["Zhang Weiwei"],  # the copy never names its outlet
    body_out=["VOICES", "Editor: Vincent Chow", "Header image", "Students attend a Russian language class", "is an associate professor"],
    body_in=["In the lecture halls of Heilongjiang University", "salaries lag behind"],
    people=["Liu Yang", "Li Peng"]),
"foreignpolicy.txt": dict(
    title="The Limits of the No-Limits Partnership",
    published="2024-05-17", source=["Foreign Policy"], authors=["Jack Detsch", "Christina Lu"],
    body_out=["We use cookies", "Skip to content", "Sign In", "Subscribe", "Listen to this article", "via Getty Images", "walk together in Zhongnanhai",
              "Advertisement", "Sign up for our newsletter", "Get China Brief", "Enter your email", "Most read", "Houthis", "Twitter:", "47 Comments", "Read More"],
    body_in=["When Russian President Vladimir Putin landed", "Beijing was \"fueling\""],
    people=["Vladimir Putin", "Xi Jinping", "Evan Feigenbaum", "Antony Blinken"]),
"politico_eu.txt": dict(
    title="EU threatens Chinese firms with sanctions over Russian war supplies",
    published="2024-06-05", source=["Politico", "POLITICO", "Politico Europe"], authors=["Stuart Lau", "Camille Gijs"],
    body_out=["Cookie settings", "cookies", "Listen", "3 minutes read", "Ludovic Marin", "has dismissed accusations", "Most Read", "Macron calls snap", "BRUSSELS —"],
    body_in=["The European Union is preparing", "Valdis Dombrovskis, is expected"],
    people=["Xi Jinping", "Gabrielius Landsbergis", "Viktor Orbán", "Valdis Dombrovskis"]),
"euronews.txt": dict(
    title="Xi and Putin vow to deepen 'no limits' ties during Beijing talks",
    published="2024-05-16", source=["Euronews"], authors=[], agencies=["AP"],
    body_out=["By Euronews", "Share this article", "Comments", "shake hands during a signing", "Copyright Sergei", "Advertisement", "Related", "Putin arrives in China for state visit"],
    body_in=["Chinese President Xi Jinping and Russian President Vladimir Putin pledged", "Putin will travel to Harbin"],
    people=["Xi Jinping", "Vladimir Putin", "Volodymyr Zelenskyy", "Jens Stoltenberg"]),
"nhk_world.txt": dict(
    title="Japan protests as Chinese, Russian coast guard ships enter waters near Senkakus",
    published="2024-06-28", source=["NHK WORLD-JAPAN", "NHK World", "NHK", "NHK WORLD-JAPAN News"], authors=[],
    body_out=["Watch video", "Back to Top", "Share", "NHK WORLD-JAPAN News"],
    body_in=["Japan has lodged a protest", "Former Defense Minister Nakatani Gen"],
    people=["Hayashi Yoshimasa", "Lin Jian", "Nakatani Gen"]),
"yonhap.txt": dict(
    title="(LEAD) N. Korea slams U.S. 'double standards' after Putin-Xi statement on Korean Peninsula",
    title_ok=["N. Korea slams U.S. 'double standards' after Putin-Xi statement on Korean Peninsula"],
    published="2024-05-17", source=["Yonhap", "Yonhap News Agency"], authors=["Kim Soo-yeon"], agencies=["Yonhap"],
    body_out=["All News", "SEOUL, May 17 (Yonhap) --", "ATTN", "syk@yna.co.kr", "(END)"],
    body_in=["North Korea on Friday accused", "has rejected offers of talks"],
    people=["Vladimir Putin", "Xi Jinping", "Kim Yo-jong", "Kim Jong-un", "Lim Soo-suk", "Cho Tae-yul", "Wang Yi"]),
"asiatimes.txt": dict(
    title="China, Russia hold 'Northern/Interaction-2024' naval drills in Sea of Japan",
    published="2024-07-18", source=["Asia Times"], authors=["Gabriel Honrada"],
    body_out=["Share this", "Click to share", "Image: Chinese Ministry", "Sign up for one", "Daily Report", "Related Posts", "bombers fly near Alaska in first", "NORTHEAST ASIA"],
    body_in=["China and Russia have launched joint naval", "held Joint Sea drills annually"],
    people=["Lyle Goldstein", "Minoru Kihara"]),
"rferl.txt": dict(
    title="Russia And China Compete For Kazakhstan's First Nuclear Power Plant",
    published="2024-04-22", source=["RFE/RL", "Radio Free Europe/Radio Liberty"], authors=["Reid Standish"],
    body_out=["Comments", "Print", "meets with Chinese leader Xi Jinping in Astana", "Copyright (c)", "Written by Reid Standish", "Central Asia\n"],
    body_in=["Russia's state nuclear company Rosatom", "shore of Lake Balkhash"],
    people=["Kassym-Jomart Tokayev", "Temur Umarov", "Aleksei Likhachev"]),
"voa.txt": dict(
    title="US warns Chinese banks of sanctions over Russia trade",
    published="2024-05-02", source=["VOA", "VOA News", "Voice of America"], authors=["Liam Scott"], agencies=["AP", "Reuters"],
    body_out=["Share", "Print", "FILE - U.S. Secretary", "Some information for this report", "Related", "Popular News", "Blinken urges China", "WASHINGTON —"],
    body_in=["The United States on Wednesday imposed", "Treasury Secretary Janet Yellen"],
    people=["Antony Blinken", "Xi Jinping", "Lin Jian", "Janet Yellen"]),
"email_fwd.eml": dict(
    title="Why Russia Cannot Afford to Be China's Junior Partner",
    published="2024-06-11", published_ok=["2024-06-11", "2024-06-12"], source=["Carnegie Politika", "Carnegie Endowment for International Peace"], authors=["Alexander Gabuev"],
    body_out=["Hi all", "Best,", "Marta", "Forwarded message", "From:", "Subject:", "Read the full article", "Unsubscribe", "1779 Massachusetts", "is director of the Carnegie"],
    body_in=["Two years into the war", "no new financing"],
    people=["Vladimir Putin", "Xi Jinping"]),
"gdocs_paste.txt": dict(
    title="Kremlin-Beijing Ties: Rare Earths Deal Signals Shift in Supply Chains",
    published="2024-04-03", source=["The Japan Times", "Japan Times"], authors=["Gabriel Dominguez"],
    body_out=["| April 3, 2024 |"],
    body_in=["Russia and China have signed an agreement", "about 70% of global rare earth mining"],
    min_paragraphs=8,
    people=["Alexander Kozlov", "Nicholas Trickett", "Sanae Takaichi"]),
"applenews.txt": dict(
    title="Putin's Pivot to Asia Has Hit a Wall in Mongolia",
    published="2024-09-04", source=["TIME", "Time"], authors=["Charlie Campbell"],
    body_out=["Shared from Apple News", "apple.news"],
    body_in=["Vladimir Putin's visit to Ulaanbaatar", "little room for maneuver"],
    people=["Vladimir Putin", "Ukhnaagiin Khurelsukh", "Munkhnaran Bayarlkhagva", "Mao Ning"]),
"cn_mt.txt": dict(
    title="习近平同普京举行会谈 —— Xi Jinping held talks with Putin",
    title_ok=["Xi Jinping held talks with Putin"],
    published="2024-05-17", source=["People's Daily", "People's Network－People's Daily", "People's Network-People's Daily"], authors=["Wang Xin", "Zhang Hua"],
    agencies=["Xinhua"],
    body_out=["Source：", "Reporter：", "Editor in charge", "Beijing, May 16 (Xinhua)"],
    body_in=["President Xi Jinping held talks with Russian President", "Cai Qi，Wang Yi and others"],
    people=["Xi Jinping", "Vladimir Putin", "Cai Qi", "Wang Yi"]),
"ng_ru.txt": dict(
    title="Пекин выторговал у Москвы скидки на газ",
    published="2024-05-17", source=["Независимая газета", "НГ"], authors=["Андрей Мельников"],
    body_out=["Заместитель главного редактора", "Опубликовано в разделе", "Переговоры по «Силе Сибири 2» снова отложены"],
    body_in=["Вчера в Пекине завершились", "Следующий раунд консультаций"],
    people=["Владимир Путин", "Си Цзиньпин", "Александр Новак", "Игорь Юшков", "Алексей Миллер"]),
"instapaper.md": dict(
    title="Europe's China Reckoning After Putin's Beijing Trip",
    published="2024-05-20", source=["Politico", "POLITICO", "politico.eu", "Politico Europe"], authors=["Stuart Lau"],
    body_out=["Original article", "Saved to Instapaper", "Sergei Bobylev/Sputnik", "Great Hall of the People in Beijing on May 16", "Highlights", "cdn-cgi"],
    body_in=["When Vladimir Putin and Xi Jinping embraced", "Beijing has warned of retaliation"],
    people=["Vladimir Putin", "Xi Jinping", "Ursula von der Leyen", "Emmanuel Macron", "Olaf Scholz", "Annalena Baerbock"]),
"pocket_carnegie.md": dict(
    title="How Russia's War Turned the Yuan Into Moscow's Reserve Currency",
    published="2024-02-14", source=["Carnegie Politika", "Carnegie Endowment for International Peace"], authors=["Alexandra Prokopenko"],
    body_out=["pocket_id", "tags:", "carnegieendowment.org", "The limits of the yuan", "What comes next", "is a fellow at the Carnegie", "prokopenko.jpg"],
    body_in=["Before 2022, the Chinese yuan", "decisions in Beijing"],
    subheadings=["The limits of the yuan", "What comes next"],
    people=["Elvira Nabiullina", "Sergei Aleksashenko", "Anton Siluanov"]),
}
E["japantimes_browser.txt"] = dict(
    title="Kishida warns of 'unprecedented' Russia-China military coordination",
    published="2024-06-04", source=None, authors=["Gabriel Dominguez"],  # the copy never names its outlet
    body_out=["NATIONAL / POLITICS", "Staff writer", "Share/Save", "| Reuters", "Shangri-La Dialogue in Singapore", "KEYWORDS", "Japan-China relations"],
    body_in=["Prime Minister Fumio Kishida has warned", "at the alliance's summit in Washington"],
    glued=[("security.Kishida", "security. Kishida"), ("exercises.Belousov", "exercises. Belousov")],
    people=["Fumio Kishida", "Dong Jun", "Andrei Belousov", "Tetsuo Kotani", "Yoko Kamikawa", "Jens Stoltenberg"])
E["almonitor_browser.txt"] = dict(
    title="Turkey courts China and Russia with SCO bid as EU talks stall",
    published="2024-07-10", source=None, authors=["Ezgi Akin"],  # the copy never names its outlet
    body_out=["via Getty Images", "attends the SCO summit in Astana, Kazakhstan, July 4", "ANKARA —", "Read more", "Al-Monitor PRO"],
    body_in=["Turkey's interest in joining", "additional tariffs on Chinese electric vehicles"],
    glued=[("favor.Turkey", "favor. Turkey")],
    people=["Recep Tayyip Erdogan", "Xi Jinping", "Vladimir Putin", "Hakan Fidan", "Selcuk Colakoglu"])
