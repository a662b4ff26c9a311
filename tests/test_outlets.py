"""The outlets a careful reader knows by name (lib/presslens/data/outlets.txt): a page whose masthead is only the
outlet's name over its menu ("NHK WORLD-JAPAN", "DAWN.COM", "THE HINDU"), or whose URL is on a known outlet's site,
names that outlet, though no rule tells the line from a menu's by its form. Only the page's top and its URL are read
that way: an outlet named in the story, in a byline, in a credit or in a related-links box never is, and an explicit
field ("Source:") still wins. A byline that is only a known outlet's name ("Голос Америки" under the headline, "By
Foreign Policy") is the outlet, no author."""

from presslens.parsing import outlets, parse_text

STORY = ("Chinese and Russian officials signed a new grain agreement in Beijing on Tuesday, officials said.\n\n"
         "The deal covers wheat and barley shipped across the Amur river, the ministry said in a statement.\n\n"
         "Trade between the two countries reached a record last year, according to customs data.\n")


def _page(top: str) -> str:
    """A browser copy of a page: ``top`` (masthead, menu), then headline, standfirst, byline, date and story."""
    return (f"{top}\n\nChina and Russia sign grain deal as trade grows\n"
            "Beijing and Moscow agree to expand farm exports across their border\n"
            "By Jane Roe\nMay 16, 2024\n\n" + STORY)


def test_the_list_is_read_with_names_variants_and_domains():
    names = outlets()
    assert len(set(names.values())) >= 250
    assert names["the hindu"] == names["thehindu.com"] == "The Hindu"
    assert names["tass"] == names["tass.com"] == "ТАСС"


def test_a_known_masthead_over_the_menu_names_the_outlet():
    # a web address as the masthead, a Russian name, a name in capitals no rule reads by its form (source '' before)
    assert parse_text(_page("www.scmp.com\nSubscribe\nLogin\n\nNEWS\nChina\nWorld")).source == "South China Morning Post"
    assert parse_text(_page("КОММЕРСАНТЪ\nНовости\nПолитика\nЭкономика")).source == "Коммерсантъ"
    assert parse_text(_page("The National\nUAE\nWorld\nBusiness\nOpinion\n\nWorld\nAsia")).source == "The National"


def test_an_unknown_masthead_and_an_outlet_named_in_the_story_keep_their_old_reading():
    # look-alikes: a name no list holds (read by its form, as before), a first line of no known name, and a sentence
    # of the story naming an outlet
    assert parse_text(_page("EASTERN STEPPE HERALD\nE-Paper\nSubscribe\nLogin\n\nNEWS\nWorld")).source == \
        "EASTERN STEPPE HERALD"
    assert parse_text(_page("Desert Ledger\nUAE\nWorld\nBusiness\nOpinion\n\nWorld\nAsia")).source == ""
    text = _page("News\nWorld\nBusiness").replace("Trade between", "The Times reported that trade between")
    assert parse_text(text).source == ""


def _menu_page(masthead: str) -> str:
    """A page whose menu's first label ('UAE') is named in the headline, and so read as the outlet by its form."""
    head = "Kazakhstan and China sign a new grain deal as UAE traders watch"
    return (f"{masthead}\nUAE\nWorld\nBusiness\nOpinion\nPodcasts\nWeekend\n\nWorld\nAsia\n{head}\n{head}\n"
            "Traders in Dubai and refiners in Shandong have become central to the grain trade\nJane Roe\n"
            "Jan 15, 2025\nListen\n\n" + STORY)


def test_a_menu_label_under_a_known_masthead_is_not_the_outlet():
    # the menu's first label was taken for the outlet by its form ('UAE'); the known masthead over it is the outlet
    assert parse_text(_menu_page("The National")).source == "The National"
    # look-alike: under a first line of no known name, the label keeps its old reading
    assert parse_text(_menu_page("Desert Ledger")).source == "UAE"
    # the label further down the menu ("Voice of America" / "Home" / "Russia" / "UAE")
    assert parse_text(_menu_page("Voice of America\nHome\nRussia")).source == "Voice of America"
    assert parse_text(_menu_page("Desert Ledger\nHome\nRussia")).source == "UAE"


def test_an_outlet_named_under_the_story_or_in_a_byline_or_credit_is_not_the_masthead():
    # a related-links box whose lines equal outlets' names, under the story
    text = _page("E-Paper\nSubscribe\nLogin\n\nNEWS\nWorld") + "\nRelated\nThe Diplomat\nNikkei Asia\n"
    assert parse_text(text).source == ""
    # an agency credited in a byline without "By": not read as the outlet, before as now
    head = "China and Russia sign grain deal as trade grows\n"
    assert parse_text(head + "Jane Doe, Reuters\nMay 16, 2024\n\n" + STORY).source == ""
    # an agency's name alone at the top of a wire copy is its headline-like first line, not a masthead
    assert parse_text("Reuters\n\n" + STORY).source == ""


def test_a_line_read_as_the_pages_section_or_headline_is_not_the_masthead():
    # "Foreign Affairs" is a desk's name too: over the headline it is the section, not the journal
    text = ("Foreign Affairs\n\nBeijing and Moscow agree to expand farm exports across their border\n\n"
            "By Jane Roe\nMay 16, 2024\n\n" + STORY)
    art = parse_text(text)
    assert art.section == "Foreign Affairs" and art.source == ""
    # the journal's masthead over its own menu and the essay's rubric is the outlet
    text = ("Foreign Affairs\nSubscribe\nSign In\n\nESSAY\n\nBeijing and Moscow agree to expand farm exports\n\n"
            "By Jane Roe\nMay 16, 2024\n\n" + STORY)
    assert parse_text(text).source == "Foreign Affairs"
    # a headline that is an outlet's name is the title
    art = parse_text("Foreign Affairs\nMay 16, 2024\n\n" + STORY)
    assert art.title == "Foreign Affairs" and art.source == ""


def test_an_explicit_field_wins_over_a_known_masthead():
    text = _page("www.scmp.com\nSubscribe\nLogin\n\nNEWS\nWorld").replace("By Jane Roe\n", "By Jane Roe\nSource: Global Times\n")
    assert parse_text(text).source == "Global Times"


def test_a_url_on_a_known_outlets_site_names_the_outlet():
    body = "China and Russia sign grain deal as trade grows\nMay 16, 2024\n\n" + STORY
    assert parse_text(body, hints={"url": "https://www.thehindu.com/news/international/x/article1.ece"}).source == \
        "The Hindu"
    assert parse_text(body, hints={"url": "https://russian.rt.com/world/article/1"}).source == "RT на русском"
    # a "Source:" line giving the page's address: the URL, and the outlet on its site (before: the URL as the source)
    art = parse_text("Source: https://www.rferl.org/a/china-russia/1.html\n\n" + body)
    assert art.source == "Radio Free Europe/Radio Liberty" and art.url == "https://www.rferl.org/a/china-russia/1.html"
    # look-alikes: an unknown site is still named by its host, and a hinted source still wins
    assert parse_text(body, hints={"url": "https://www.steppe-herald.kz/news/1"}).source == "steppe-herald.kz"
    assert parse_text(body, hints={"url": "https://www.thehindu.com/a", "source": "The Hindu BusinessLine"}).source == \
        "The Hindu BusinessLine"


def test_a_source_url_under_the_story_is_what_it_cites_not_the_pages_address():
    # a "Source:" line with a link after the story's paragraphs names the document the story cites, not the page: no
    # url and no outlet read from it (merged code: url and source the cited site's, "gao.gov")
    page = _page("www.scmp.com").replace("www.scmp.com\n", "")
    art = parse_text(page + "\nSource: https://www.gao.gov/products/gao-24-106543\n")
    assert art.url == "" and art.source == ""
    # look-alike: the same line at the top of a clipped page is the page's address, and its site names the outlet
    art = parse_text("Source: https://www.theguardian.com/world/2024/may/16/china-russia\n\n" + page)
    assert art.url == "https://www.theguardian.com/world/2024/may/16/china-russia" and art.source == "The Guardian"


def _headed(byline: str, russian: bool = False) -> str:
    """A headline, ``byline`` alone on the line under it, a date line and the story."""
    if russian:
        return (f"Китай и Россия подписали зерновую сделку\n{byline}\nОпубликовано 16 мая 2024, 10:40\n\n"
                "Китайские и российские чиновники подписали новое зерновое соглашение в Пекине во вторник.\n\n"
                "Сделка охватывает пшеницу и ячмень, сообщило министерство в заявлении.\n")
    return f"China and Russia sign grain deal as trade grows\n{byline}\nMay 16, 2024\n\n" + STORY


def test_a_known_outlets_name_alone_on_the_byline_line_is_the_outlet_not_an_author():
    # the whole line (a "By" / "Автор:" aside, case ignored) is a listed outlet's name: no author; it names the
    # outlet (before: authors ['THE HINDU'], ['Foreign Policy'], ['Голос Америки'], ['Голос Америки'], source '')
    for line, outlet, russian in [("THE HINDU", "The Hindu", False), ("By Foreign Policy", "Foreign Policy", False),
                                  ("Голос Америки", "Голос Америки", True),
                                  ("Автор: Голос Америки", "Голос Америки", True)]:
        art = parse_text(_headed(line, russian))
        assert (art.authors, art.source) == ([], outlet), line
    # a field naming the outlet still wins; the byline's outlet is no author either (before: author 'Foreign Policy')
    art = parse_text("Source: Asia Times\n" + _headed("By Foreign Policy"))
    assert (art.authors, art.source) == ([], "Asia Times")
    # an outlet named after a person's name in the byline is the outlet (before: authors ['Jane Doe', 'The Hindu'])
    art = parse_text(_headed("By Jane Doe, The Hindu"))
    assert (art.authors, art.source) == (["Jane Doe"], "The Hindu")
    # an outlet whose name to report is an agency's is credited as "By Reuters" is (before: author 'Bloomberg News')
    art = parse_text(_headed("By Bloomberg News"))
    assert (art.authors, art.agencies) == ([], ["Bloomberg"])


def test_a_persons_name_an_agency_and_an_unlisted_blog_on_the_byline_line_keep_their_reading():
    # look-alikes: people's names (one sharing its first word with a listed outlet, "Dawn"), a name alone under the
    # headline, an agency alone or after "By" (read as an agency, as before), a blog named after its author that no
    # list holds, and a listed outlet's name of one word that is a person's name as well
    assert parse_text(_headed("Jane Doe")).authors == ["Jane Doe"]
    assert parse_text(_headed("By Dawn Smith")).authors == ["Dawn Smith"]
    assert parse_text(_headed("Анна Устинова", russian=True)).authors == ["Анна Устинова"]
    art = parse_text(_headed("Reuters"))
    assert (art.authors, art.source, art.agencies) == ([], "Reuters", ["Reuters"])
    art = parse_text(_headed("By Reuters"))
    assert (art.authors, art.source, art.agencies) == ([], "", ["Reuters"])
    art = parse_text(_headed("By Kevin Drum"))
    assert (art.authors, art.source) == (["Kevin Drum"], "")
    art = parse_text(_headed("Author: Dawn"))
    assert (art.authors, art.source) == (["Dawn"], "")


def test_a_records_author_field_is_its_author_even_when_it_names_a_known_outlet():
    """A table's or a feed's author column is the record's own data, not a byline line whose form leaves doubt: a
    known outlet's name there stays the author, and the record's source column names the outlet. Look-alike: the
    same name on a byline line of a page's text is the outlet (test above)."""
    art = parse_text("Russia and China held talks.\n", hints={"authors": "Foreign Policy", "source": "Asia Times"})
    assert (art.authors, art.source) == (["Foreign Policy"], "Asia Times")
    art = parse_text("", hints={"authors": "RFE/RL", "title": "Drills", "source": "RFE/RL"})
    assert (art.authors, art.source) == ([], "Radio Free Europe/Radio Liberty")  # the outlet given as the author (news APIs): no author


def test_one_outlet_is_named_one_way_wherever_its_name_is_read():
    # terms28: "SCMP" in one article (its "More from SCMP" furniture), "South China Morning Post" in another (its
    # masthead), '' in a third (its masthead "SCMP" over the desk "China Diplomacy" taken for the section). The name
    # outlets.txt reports, wherever the source is read from: furniture, a byline, a dateline's agency, a URL's host
    head = "Ships take the Arctic route\n\nThe number of voyages grew\n\nBy Jane Roe\nPublished: 6:00pm, 21 Oct 2024\n\n"
    assert parse_text(head + STORY + "\nMore from SCMP\n").source == "South China Morning Post"
    art = parse_text("SCMP\nChina Diplomacy\n\n" + head + STORY)
    assert (art.source, art.section) == ("South China Morning Post", "China Diplomacy")
    assert parse_text("МОСКВА, 2 января. /ТАСС/. " + STORY).source == "ТАСС"  # 'TASS' before (the agency's name)
    assert parse_text(_page("Source: RFE/RL")).source == "Radio Free Europe/Radio Liberty"
    # look-alikes: a name no list holds is kept as read; an outlet's canonical name stays; a desk's name alone over
    # the headline stays the section ("Foreign Affairs"); a listed name over a second listed name is no masthead
    # over a desk; the agencies column keeps the agency's own name
    assert parse_text(head + STORY + "\nMore from Eastern Steppe Herald\n").source == "Eastern Steppe Herald"
    assert parse_text(_page("South China Morning Post\nSubscribe")).source == "South China Morning Post"
    art = parse_text("Foreign Affairs\n\n" + head + STORY)
    assert (art.source, art.section) == ("", "Foreign Affairs")
    assert parse_text("МОСКВА, 2 января. /ТАСС/. " + STORY).agencies == ["TASS"]


def test_a_sources_filter_by_a_known_outlets_variant_selects_the_name_the_source_column_gives(tmp_path):
    # "sources = [TASS, Reuters]" (the notebooks' example) selected TASS's stories while their source read 'TASS';
    # named "ТАСС" now (outlets.txt's name), the variant still selects them
    from presslens.notebook import open_corpus

    (tmp_path / "t.txt").write_text("Товарооборот вырос\n\nМОСКВА, 2 января. /ТАСС/. " + STORY, encoding="utf-8")
    (tmp_path / "r.txt").write_text("Trade grows\n\nBEIJING, May 16 (Reuters) - " + STORY, encoding="utf-8")
    assert open_corpus(tmp_path, sources=["TASS"]).articles["source"].tolist() == ["ТАСС"]
    assert open_corpus(tmp_path, sources=["tass.ru", "Reuters"]).articles["source"].tolist() == ["Reuters", "ТАСС"]
    # look-alikes: an outlet of the list not in the corpus, and one no list holds, select nothing
    assert open_corpus(tmp_path, sources=["SCMP"]).articles.empty
    assert open_corpus(tmp_path, sources=["Eastern Steppe Herald"]).articles.empty


def test_an_english_copy_of_an_outlet_listed_by_its_cyrillic_name_reports_its_latin_name():
    from presslens.parsing import reported_outlet

    english = "Russia and China agree on new gas supplies"
    russian = "Россия и Китай договорились о поставках газа"
    # an English copy naming the outlet in Latin letters: the name its English readers know
    assert reported_outlet("TASS", english) == "TASS"
    assert reported_outlet("tass.com", english) == "TASS"  # a web domain is never the name reported
    assert reported_outlet("RIA Novosti", english) == "RIA Novosti"
    assert reported_outlet("KOMMERSANT", english) == "Kommersant"
    # look-alikes keeping the list's first name: a Russian page, a Cyrillic name over an English text, an outlet
    # listed first by a Latin name, an unknown outlet
    assert reported_outlet("tass.ru", russian) == "ТАСС"
    assert reported_outlet("TASS", russian) == "ТАСС"
    assert reported_outlet("Коммерсантъ", english) == "Коммерсантъ"
    assert reported_outlet("Лента.ру", russian) == "Lenta.ru"
    assert reported_outlet("SCMP", english) == "South China Morning Post"
    assert reported_outlet("МК", russian) == "Московский комсомолец"
    assert reported_outlet("Unknown Weekly", english) == "Unknown Weekly"
    # where the line has no Latin name, the first name stays
    assert reported_outlet("НТВ", english) == "НТВ"


def test_a_sources_filter_selects_an_outlets_copies_in_either_script(tmp_path):
    # TASS's Russian page reports "ТАСС", its English copy "TASS": either name selects both
    from presslens.notebook import open_corpus

    (tmp_path / "t.txt").write_text("Товарооборот вырос\n\nМОСКВА, 2 января. /ТАСС/. " + STORY, encoding="utf-8")
    (tmp_path / "e.txt").write_text("Trade grows\n\nMOSCOW, January 2. /TASS/. " + STORY, encoding="utf-8")
    (tmp_path / "r.txt").write_text("Trade grows\n\nBEIJING, May 16 (Reuters) - " + STORY, encoding="utf-8")
    for name in ("ТАСС", "TASS", "tass.com"):
        assert sorted(open_corpus(tmp_path, sources=[name]).articles["source"]) == ["TASS", "ТАСС"], name
    # look-alike: another outlet selects only its own copy
    assert open_corpus(tmp_path, sources=["Reuters"]).articles["source"].tolist() == ["Reuters"]
