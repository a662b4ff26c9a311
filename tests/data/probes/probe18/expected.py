# Written BEFORE running the parser: what a careful human reader expects of each file.
# source: acceptable values (case-insensitive exact), or None where the text never names the outlet.
# first: how the first body sentence starts; body_out: strings that must NOT be in the body sentences;
# body_in: strings that MUST be in them.
E = {
"gale_onefile.txt": dict(
    title="Russia and China tighten energy embrace as Western buyers retreat", published="2023-04-09",
    source=["The Christian Science Monitor", "Christian Science Monitor"], authors=["Margaret Ellison"],
    first="When European buyers turned away",
    body_out=["Author:", "Document Type", "Length: 612", "Full Text", "COPYRIGHT 2023", "csmonitor.com",
              "Source Citation", "Ellison, Margaret.", "Gale Document Number", "GALE|", "Publisher:"],
    body_in=["Russia shipped a record volume", "Trade between the two countries reached"]),
"ebsco_newspaper.txt": dict(
    title="Moscow and Beijing test a new rail route to Europe's doorstep",
    title_ok=["Moscow and Beijing test a new rail route to Europe's doorstep."], published="2023-11-14",
    source=["Financial Post"], authors=["Paul Harrington"], section="World",
    first="Freight trains carrying Chinese consumer goods",
    body_out=["Record: 1", "Subject Terms", "RAILROADS", "KAZAKHSTAN", "Abstract", "as shippers avoid the Red Sea",
              "Lexile", "Accession Number", "Database:", "Section: World", "Copyright of Financial Post",
              "listserv", "Europe's doorstep", "Word Count"],
    body_in=["Russian Railways said container traffic", "China's Ministry of Commerce said"]),
"meltwater_clip.txt": dict(
    title="Kazakhstan courts Chinese investors as Russia's influence wanes", published="2024-02-27",
    source=["Eurasianet"], authors=["Almaz Kumenov"], first="Kazakhstan signed agreements worth",
    body_out=["Media Monitoring Report", "Reach:", "Sentiment", "Keywords:", "eurasianet.org", "Meltwater",
              "For internal use only", "Redistribution", "Headline:"],
    body_in=["The deals cover a copper smelter", "Moscow has pushed Kazakhstan"]),
"wayback_rfa.txt": dict(
    title="China and Russia hold joint naval drills in Sea of Japan", published="2023-07-07",
    source=["Radio Free Asia", "RFA"], authors=["Shen Ming"], first="Chinese and Russian warships began",
    body_out=["Wayback", "web.archive.org", "captures", "About this capture", "JUN JUL AUG", "2022 2023 2024",
              "Go\n", "Translated by", "Edited by Malcolm", "Copyright", "RFA Mandarin"],
    body_in=["The ministry said the", "The two navies have held annual drills"]),
"firefox_reader_conversation.txt": dict(
    title="Putin needs Xi more than Xi needs Putin – and both of them know it", published="",
    source=["The Conversation", "theconversation.com"], authors=["Elizabeth Wishnick"],
    first="When Vladimir Putin arrived in Beijing",
    body_out=["5–6 minutes", "theconversation.com", "does not work for, consult", "disclosed no relevant"],
    body_in=["Russia's economy now depends", "For Xi Jinping, a weakened but stable Russia"]),
"tribune_syndicated.txt": dict(
    title="Why Beijing won't walk away from Moscow", published="2023-03-25",
    source=["The Morning Call", "The Philadelphia Inquirer"], authors=["Trudy Rubin"], section="Opinion",
    first="Anyone who hoped Xi Jinping",
    body_out=["PUBLISHED:", "UPDATED:", "is a columnist for", "originally published", "Tribune Content Agency",
              "Visit inquirer.com", "The Morning Call"],
    body_in=["The Chinese leader spent three days", "Europeans, who had hoped Beijing"]),
"wsj_print.txt": dict(
    title="China, Russia Put Dollar on the Sidelines as Trade Booms", published="2023-01-13",
    source=None, authors=["Evan Gershkovich", "Lingling Wei"], first="Russia and China now settle most",
    body_out=["Share", "Resize", "Listen", "4 min", "Write to", "Appeared in the", "print edition",
              "Dow Jones", "87990cbe", "Bilateral commerce settled"],
    body_in=["Almost two-thirds of payments", "The yuan is filling a vacuum"]),
"ria_mobile_ru.txt": dict(
    title="Путин и Си Цзиньпин обсудили в Пекине энергетическое сотрудничество", published="2024-05-16",
    source=["РИА Новости"], authors=[], agencies=["RIA Novosti"],  # the project's name for РИА Новости (agencies.txt)
    first="Президент России Владимир Путин",
    body_out=["Перейти в фотобанк", "Читать ria.ru", "Дзен", "Telegram", "Подписаться", "Путин\nКитай",
              "Харбин.\nПутин", "Добавить в избранное", "ПЕКИН, 16 мая", "обновлено"],
    body_in=["По его словам, стороны уделили", "В пятницу он посетит Харбин."]),
"rg_ru.txt": dict(
    title="Объем торговли России и Китая обновил рекорд", published="2024-01-12",
    source=["Российская газета", "РГ"], authors=["Игорь Дунаевский"], section="Экономика",
    first="Товарооборот России и Китая в 2023 году",
    body_out=["Федеральный выпуск", "Текст:", "Подписывайтесь", "Поделиться", "20:35"],
    body_in=["Экспорт из Китая в Россию", "Минэкономразвития ожидает"]),
"kommersant_mobile_ru.txt": dict(
    title="Газ сверх плана", published="2024-05-17", source=["Коммерсантъ"], authors=["Дмитрий Козлов"],
    section="Бизнес", first="Переговоры о строительстве газопровода",
    body_out=["№84", "стр. 1", "Подписаться", "Дзен", "Telegram", "Ссылка скопирована", "снова отложены",
              "00:29", "Дмитрий Козлов"],
    body_in=["Газпром рассчитывал подписать", "«Китай может ждать"]),
"cgtn.txt": dict(
    title="China, Russia vow to push bilateral trade to new heights", published="2024-03-20", source=["CGTN"],
    authors=[], agencies=["Xinhua"], first="Chinese Premier Li Qiang on Wednesday",
    body_out=["With input from", "Search Trends", "Hot Topics", "Updated 21:37"],
    body_in=["Mishustin said Russia attaches", "China has been Russia's largest trading partner"]),
"peoplesdaily.txt": dict(
    title="China-Russia youth exchange year opens in Harbin", published="2024-03-02",
    source=["People's Daily Online", "People's Daily"], authors=[], agencies=["Xinhua"],
    first="A series of events marking",
    body_out=["Web editor", "HARBIN, March 1", "HOME >>", "09:15"],
    body_in=["More than 300 students", "A Russian student at Harbin Institute"]),
"kyodo.txt": dict(
    title="Japan scrambles jets as Chinese, Russian bombers fly joint mission near Japan", published="2023-11-30",
    source=["Kyodo News", "Kyodo"], authors=[], first="Japan scrambled fighter jets on Thursday",
    body_out=["KYODO NEWS", "World, All", "Related coverage", "Japan, U.S. hold joint air drills",
              "China, Russia warships sail together"],
    body_in=["It was the seventh joint flight", "South Korea's military said"]),
"aljazeera_liveblog.txt": dict(
    title="Russia-Ukraine war live: Putin arrives in Beijing for talks with Xi", published="2024-05-16",
    source=None, authors=["Nils Adler", "Usaid Siddiqui"], first="Russian President Vladimir Putin has arrived",
    subheadings=["Putin's plane lands in Beijing", "Putin says Moscow is open to dialogue on Ukraine"],
    body_out=["LIVE", "GMT", "Published On", "Putin's plane lands in Beijing", "Ukraine says Russian forces advancing",
              "begins a two-day state visit"],
    body_in=["He was greeted at the airport", "Ukrainian President Volodymyr Zelenskyy said"]),
}
