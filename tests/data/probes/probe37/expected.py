# Written BEFORE running the parser: what a careful human reader expects of each file.
# source: acceptable values (case-insensitive exact), or None where the text never names the outlet.
# first: how the first body sentence starts; body_out: strings that must NOT be in the body sentences;
# body_in: strings that MUST be in them. Agencies by the project's names (lib/presslens/data/agencies.txt).
# A bulk export's articles are keyed '<file>/<n>' (the n-th article presslens.reading.split_export finds in it).
# Probe 37: bulk exports of the databases researchers of the Russian press use, and aggregator copies.
# Where the layouts come from: no public page describing these exports' text layout was found with the search tool
# (corpora pages/docs), so every record layout here is written from memory of the tools and partly GUESSED:
# - integrum_kommersant.txt: Integrum's text download: search header ('Запрос:', 'Период:', 'Найдено документов:'),
#   records opened by 'Документ N из M', field lines 'Дата выпуска:', 'Номер:', 'Страница:', 'Рубрика:', 'Автор:',
#   'Заглавие:', 'Объем:' (the field names as the brief gives them; their order and the header: guessed);
# - factiva_ru.txt: Factiva with its Russian interface: the English layout (section, title, author, 'N слов', date,
#   outlet, outlet code, language, copyright) with its words localized, each article ending 'Документ <AN>', the
#   search summary ('Поиск:', 'Результаты найдены:') after the last (localized labels guessed);
# - udb_eastview.txt: East View's UDB in its English interface ('Document 1 of 2', 'Source:', 'Date:', 'No.:',
#   'Page:', 'Section:', 'Title:', 'Author:', 'Length:') over Russian text, the title repeated over the text, the
#   'Distributed by East View' copyright line (field names guessed from the UDB record view);
# - nexis_de.txt: Nexis Uni with its German interface: cover page ('Benutzername:', 'Dokumente (2)', results list),
#   'Rubrik:', 'Länge: N Wörter', 'Autor:', 'Text', 'Ladedatum:', articles ending 'Ende des Dokuments' (German labels
#   partly guessed: the layout is the English one's);
# - publicru.txt: Public.ru's selection ('Подборка') with records separated by '=' rules, each opened by
#   'Источник: <outlet> (<city>), № N, <date>, с. N', 'Заголовок:', 'Автор:', 'Рубрика:', 'Объем: N знаков' (guessed);
# - medialogia_report.txt: a Медиалогия report: header, 'Содержание' list, records opened by 'N. <title>' over
#   'Источник:', 'Дата:', 'Автор:', 'Рубрика:', 'Тип СМИ:', 'Индекс заметности:', 'Ссылка:' (guessed).
# Single copies from aggregators: a Дзен Новости story page with its sources' snippets and list, a Google News AMP
# viewer's copy of Reuters, a NewsBlur story view of The Diplomat, Рамблер republishing ТАСС and Новости Mail
# republishing Интерфакс with 'Источник:' lines, a Свободная пресса page with СМИ2 teaser blocks and glued links.
E = {
"integrum_kommersant.txt/1": dict(
    title="Юань застрял на границе", published="2024-03-14", source=["Коммерсантъ"], authors=["Ольга Мельникова"],
    section="Деловые новости", first="Российские импортеры снова жалуются на задержки платежей в Китай.",
    body_out=["ИНТЕГРУМ", "Найдено документов", "Документ 1 из 2", "Дата выпуска:", "Номер: 44", "Страница: 7",
              "Заглавие:", "Объем:", "Документ 2 из 2", "Пекин держит дистанцию"],
    body_in=["Проблема обострилась после того, как Минфин США", "«Раньше мы платили за оборудование за два дня",
             "Банкиры признают, что каналы для расчетов сужаются.", "«политические заявления не проводят платежи»."]),
"integrum_kommersant.txt/2": dict(
    title="Пекин держит дистанцию", published="2024-03-28", source=["Коммерсантъ"], authors=["Сергей Строкан"],
    section="Мировая политика", first="Китай не намерен участвовать в конференции по Украине",
    body_out=["Дата выпуска:", "Номер: 54", "Заглавие:", "Объем:", "Интегрум-Техно", "для внутреннего использования",
              "Юань застрял"],
    body_in=["Позиция Пекина не стала неожиданностью.", "В Москве к этому относятся спокойно.",
             "«Пекину выгодно оставаться в положении страны", "ограничиваются призывами к «политическому урегулированию»."]),
"factiva_ru.txt/1": dict(
    title="Пекин и Москва договорились о поставках угля в обход морских маршрутов", published="2023-08-22",
    source=["Ведомости"], authors=["Анастасия Веденеева"], section="Деловые новости",
    first="Российские угольщики и китайские железнодорожники согласовали",
    body_out=["512 слов", "VEDOMO", "Русский язык", "Все права защищены", "Документ VEDOMO", "Российские автомобили"],
    body_in=["До сих пор значительная часть российского угля", "«Сухопутный маршрут дороже",
             "Аналитики оценивают договоренность сдержанно.", "построить новые терминалы на границе."]),
"factiva_ru.txt/2": dict(
    title="Российские автомобили с китайскими моторами", published="2024-02-05", source=["Известия"],
    authors=["Иван Тарасов"], section="Мировая экономика",
    first="Доля автомобилей, собранных в России на китайских платформах",
    body_out=["448 слов", "IZVEST", "Русский язык", "Все права защищены", "Документ IZVEST", "Поиск:",
              "Результаты найдены", "Отметка времени", "Все авторы"],
    body_in=["После ухода европейских, японских и корейских производителей", "«Сварка и окраска кузова",
             "Китайские компании, однако, не спешат.", "если не изменится ситуация с платежами и логистикой."]),
"udb_eastview.txt/1": dict(
    title="Шанхайская повестка без Москвы", published="2024-06-04", source=["Независимая газета"],
    authors=["Владимир Скосырев"], section="Дипкурьер", first="Накануне саммита ШОС в Астане китайская дипломатия",
    body_out=["East View", "Universal Database", "Print date", "Document 1 of 2", "No.:", "Page: 6", "Length:",
              "Copyright ©", "Пекинские договоренности"],
    body_in=["Главной темой контактов стала железная дорога", "Официально Москва не возражает.",
             "«Китай строит в Центральной Азии не против России", "пока не определились со своей повесткой."]),
"udb_eastview.txt/2": dict(
    title="Пекинские договоренности", published="2024-05-17", source=["Российская газета"], authors=["Евгения Лутова"],
    section="Политика", first="Переговоры Владимира Путина и Си Цзиньпина в Пекине завершились",
    body_out=["Document 2 of 2", "No.:", "Page: 1", "Length:", "Copyright ©", "East View"],
    body_in=["В заявлении стороны выступили против «одностороннего давления»", "Президент России назвал переговоры",
             "После Пекина российский лидер отправился в Харбин", "по которому стороны пока не достигли договоренности о цене."]),
"nexis_de.txt/1": dict(
    title="China and Russia's 'no limits' ties hit a ceiling in Central Asia", published="2024-07-03",
    source=["Financial Times", "Financial Times (London, England)"], authors=["Polina Ivanova", "Joe Leahy"],
    first="When the leaders of the Shanghai Cooperation Organisation gathered in Astana",
    body_out=["Benutzername", "Auftragsnummer", "Dokumente (2)", "Suchbegriffe", "Europe Edition", "Copyright 2024",
              "Rubrik:", "Länge:", "Autor:", "Ladedatum", "Ende des Dokuments", "banks tighten checks"],
    body_in=["Kazakhstan, like its neighbours, has spent two years", "\"Everyone wants to pass through us now,\"",
             "Yet there are limits to the partnership.", "India's prime minister did not attend."]),
"nexis_de.txt/2": dict(
    title="China's exports to Russia fall as banks tighten checks", published="2024-05-13",
    source=["The Guardian", "The Guardian (London)", "Guardian"], authors=["Amy Hawkins"],
    first="China's exports to Russia have fallen for a second month",
    body_out=["Online Edition", "Copyright 2024", "Rubrik:", "Länge:", "Ladedatum", "Ende des Dokuments",
              "Senior China correspondent"],
    body_in=["Exports to Russia fell by 13.5% in April", "\"It is getting harder every week,\"",
             "Bilateral trade reached a record $240bn last year.", "does not target third parties."]),
"publicru.txt/1": dict(
    title="Северный путь для Поднебесной", published="2023-10-16",
    source=["Российская газета - Федеральный выпуск", "Российская газета"], authors=["Тимофей Борисов"],
    section="Экономика", first="Китайские судоходные компании в этом году совершили",
    body_out=["Public.ru", "Подборка", "Источник:", "Заголовок:", "Объем:", "=====", "Путин прилетел"],
    body_in=["Основной поток составляют контейнеровозы", "«Для наших грузоотправителей это уже не эксперимент",
             "Эксперты отмечают, что интерес Пекина к Арктике", "и это положение не обсуждается."]),
"publicru.txt/2": dict(
    title="Путин прилетел на «Пояс и путь»", published="2023-10-18", source=["Коммерсантъ"],
    authors=["Андрей Колесников"], section="Первая полоса", first="Владимир Путин прибыл в Пекин на третий форум",
    body_out=["Источник:", "Заголовок:", "Объем:", "=====", "© Public.ru", "Полнотекстовая библиотека",
              "Северный путь"],
    body_in=["В аэропорту российского лидера встречал", "Главными темами станут энергетика и транспорт.",
             "Китайские официальные лица при этом избегают", "которой в этом году исполнилось десять лет."]),
"medialogia_report.txt/1": dict(
    title="«Сила Сибири — 2» снова без цены", published="2024-05-21", source=["Известия", "Известия (iz.ru)", "iz.ru"],
    authors=["Мария Колесникова"], section="Экономика", first="Россия и Китай вновь не смогли согласовать цену газа",
    body_out=["МЕДИАЛОГИЯ", "Отчет по публикациям", "Содержание", "Тип СМИ", "Индекс заметности", "Ссылка:",
              "Источник:", "Китай нарастил закупки"],
    body_in=["Переговоры по газопроводу мощностью 50 млрд кубометров", "«Китай понимает, что у \"Газпрома\"",
             "В «Газпроме» от комментариев отказались.", "находится «на финальной стадии» согласования."]),
"medialogia_report.txt/2": dict(
    title="Китай нарастил закупки российской нефти", published="2024-05-20", source=["РБК", "РБК (rbc.ru)", "rbc.ru"],
    authors=["Дмитрий Сергеев"], section="Бизнес", first="Импорт российской нефти в Китай в апреле вырос",
    body_out=["Тип СМИ", "Индекс заметности", "Ссылка:", "Источник:", "Отчет подготовлен", "www.mlg.ru"],
    body_in=["Рост закупок связан с сокращением поставок в Индию", "Независимые нефтеперерабатывающие заводы",
             "«Китайские покупатели пользуются тем", "сохранится на уровне около 90%."]),
"yandex_dzen_news.txt": dict(
    title="Путин и Си Цзиньпин обсудили по видеосвязи торговлю и безопасность", published="2025-01-21",
    source=None, authors=[], first="Председатель КНР Си Цзиньпин и президент России Владимир Путин во вторник",
    body_out=["Главное", "Сюжет ·", "РИА Новости · 21 января", "Лидеры двух стран договорились продолжить",
              "Разговор прошел на следующий день", "+ ещё 34 источника", "Читать в источнике",
              "Лавров проведет переговоры", "Сообщить об ошибке", "Дзен.Платформа", "агрегатор новостей"],
    body_in=["Стороны обсудили торговое сотрудничество", "Си Цзиньпин, по данным агентства Синьхуа",
             "Ушаков уточнил, что тема контактов", "не зависит от смены власти в США."]),
"google_news_amp.txt": dict(
    title="China, Russia hold joint bomber patrol near Alaska for first time", published="2024-07-25",
    published_ok=["2024-07-25", "2024-07-24"], source=["Reuters"], authors=["Idrees Ali", "Phil Stewart"],
    agencies=["Reuters"], section="World", first="Two Russian and two Chinese bombers flew near Alaska",
    body_out=["Google News", "View original", "Advertisement", "Scroll to continue", "Reporting by", "Our Standards",
              "Trust Principles", "Pentagon says joint flight", "Full coverage", "WASHINGTON, July 24"],
    body_in=["The North American Aerospace Defense Command (NORAD) said", "\"The Russian and PRC aircraft remained",
             "It was the eighth joint strategic air patrol", "\"It is less about capability than about showing that they can,\""]),
"newsblur_diplomat.txt": dict(
    title="Mongolia's Balancing Act Between Two Giants", published="2024-09-04", source=["The Diplomat"],
    authors=["Temuulen Bayarsaikhan"], first="When Vladimir Putin landed in Ulaanbaatar on September 2",
    body_out=["All Stories", "Unread", "Focus", "Putin's visit to Ulaanbaatar tested", "is a journalist based",
              "Share this story", "Save this story", "Mark as unread", "Original"],
    body_in=["For Mongolian officials, the decision was not a difficult one.", "\"We have two neighbors and no sea,\"",
             "That reflects the reality that the deal depends on Moscow and Beijing",
             "\"Neutrality is not a choice for us, it is a condition of survival,\""]),
"rambler_tass.txt": dict(
    title="В Пекине назвали отношения с Россией лучшими в истории", published="2025-03-11",
    source=["ТАСС", "TASS", "Рамблер", "Рамблер/новости"], authors=[], agencies=["TASS"], section="Мир",
    first="Отношения Китая и России находятся на наивысшем уровне в истории",
    body_out=["Рамблер/новости", "Подписаться", "Обновлено:", "ПЕКИН, 11 марта", "/ТАСС/", "Фото: Global Look Press",
              "Министр иностранных дел КНР Ван И\n", "Читайте также", "Лавров заявил о готовности",
              "Товарооборот России и Китая в январе", "Источник: ТАСС", "Подписывайтесь", "Новости партнеров",
              "Россиянам назвали", "© 2025 Рамблер"],
    body_in=["\"Китайско-российские отношения не направлены против третьих сторон",
             "Ван И также прокомментировал начало контактов", "Министр подчеркнул, что Пекин и Москва",
             "министр ответил на 22 вопроса китайских и иностранных журналистов."]),
"mailru_interfax.txt": dict(
    title="Россия и Китай запустили новый грузовой железнодорожный маршрут через Казахстан", published="2024-10-15",
    source=["Интерфакс", "Interfax", "Новости Mail", "Новости Mail.ru", "Mail"], authors=[], agencies=["Interfax"],
    section="Экономика", first="Первый контейнерный поезд по новому маршруту",
    body_out=["Новости Mail\n", "Источник: Интерфакс", "Мнение редакции", "МОСКВА, 15 октября", "/Интерфакс/",
              "Фото: Depositphotos", "Контейнерный терминал", "Следите за новостями", "Читайте также",
              "Минтранс оценил", "рекордном спросе на российское зерно", "Нашли опечатку"],
    body_in=["Поезд из 55 контейнеров с промышленным оборудованием", "\"Новый сервис позволит разгрузить",
             "Казахстан активно развивает транзит между Китаем и Россией.",
             "отказалась заходить в российские порты из-за санкционных рисков."]),
"smi2_svpressa.txt": dict(
    title="Китай зовет Россию в Арктику, но на своих условиях", published="2023-04-21",
    source=["Свободная пресса", "СП"], authors=["Андрей Иванов"], first="Китай все настойчивее заявляет о своих интересах",
    body_out=["Война и мир /", "Эксперт: Пекину нужны не ледоколы", "Фото: Алексей Никольский", "Новости СМИ2",
              "Названо главное условие", "Ученые раскрыли секрет", "Стало известно, кто заменит",
              "Читайте также", "союз без обязательств", "Пенсионерам напомнили", "Врачи назвали", "Теги:",
              "Комментарии (12)"],
    body_in=["Официально речь идет о логистике.", "— Для Пекина Арктика — это прежде всего доступ к сырью",
             "По его словам, Москве важно сохранить контроль", "будет требовать от Москвы уступок в обмен на инвестиции."],
    glued=[("компанияCOSCO", "компания COSCO")]),
}
