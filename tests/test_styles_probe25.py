"""Web pages saved from the browser as HTML (the 25th probe, tests/data/probes/probe25): a page's kicker over its <h1>,
its standfirst under it, link boxes and support boxes inside the article, embedded posts, the page's own metadata
(JSON-LD, <meta>). Short synthetic pages, one rule each; each test also pins look-alike markup that must keep its old
reading."""

from __future__ import annotations

from style_helpers import body_text, kind_of, parse

_STORY = ("<p>Russia and China signed a joint statement on Thursday after talks in Beijing, officials said.</p>\n"
          "<p>The two leaders also discussed energy projects and the situation in Ukraine, according to state media.</p>\n"
          "<p>Trade between the two countries reached a record last year, customs data showed.</p>\n")


def page(head: str, article: str, *, meta: str = "") -> str:
    """A saved page: <head> with its <title> and ``meta``, a site menu, then the article's markup."""
    return (f"<!DOCTYPE html>\n<html>\n<head>\n<title>Xi and Putin pledge a new era - Daily Planet</title>\n{meta}</head>\n"
            "<body>\n<div class=\"menu\"><ul><li><a href=\"/\">News</a></li><li><a href=\"/world\">World</a></li>"
            f"<li><a href=\"/business\">Business</a></li></ul></div>\n{head}\n<article>\n{article}\n</article>\n</body>\n</html>\n")


def test_the_label_over_the_headline_is_the_section():
    art = parse(page("<div class=\"kicker\"><a href=\"/world/china\">China</a></div>\n"
                     "<h1>Xi and Putin pledge a new era of ties in Beijing</h1>", _STORY), file=False)
    assert art.section == "China" and kind_of(art, "China</a>") == "section"
    # a rubric over the date line (TASS, Kommersant): the date between them is skipped
    art = parse(page("<div class=\"rubric\"><a href=\"/politika\">Политика</a></div>\n"
                     "<div class=\"date\"><span>9 апреля 2024, 08:41</span></div>\n"
                     "<h1>Лавров и Ван И обсудили в Пекине визит Путина</h1>", _STORY), file=False)
    assert art.section == "Политика"
    # the rubric in front of the date on one line (RBC)
    art = parse(page("<div class=\"info\"><a href=\"/business/\">Бизнес</a><span>18 июл, 05:00</span></div>\n"
                     "<h1>Китай стал главным поставщиком станков в Россию</h1>", _STORY), file=False)
    assert art.section == "Бизнес"
    # the last item of a menu right above the headline is no kicker, nor is a furniture phrase or a sentence
    art = parse(page("", "<h1>Xi and Putin pledge a new era of ties in Beijing</h1>\n" + _STORY), file=False)
    assert art.section == ""
    art = parse(page("<div class=\"ad\"><p>Advertisement</p></div>",
                     "<h1>Xi and Putin pledge a new era of ties in Beijing</h1>\n" + _STORY), file=False)
    assert art.section == ""
    art = parse(page("<p>Our reporters are in Beijing for the summit this week.</p>",
                     "<h1>Xi and Putin pledge a new era of ties in Beijing</h1>\n" + _STORY), file=False)
    assert art.section == ""


_H1 = "<h1>Xi and Putin pledge a new era of ties in Beijing</h1>\n"


def test_the_block_under_the_headline_without_a_full_stop_is_the_standfirst():
    for stand in ("<div class=\"standfirst\"><p>Leaders sign a joint statement as the two countries mark 75 years of "
                  "relations</p></div>\n",
                  "<h2>Leaders sign a joint statement as the two countries mark 75 years of relations.</h2>\n"):
        art = parse(page("", _H1 + stand + _STORY), file=False)
        assert art.lede.startswith("Leaders sign a joint statement"), stand
        assert body_text(art).startswith("Russia and China signed")
    # with its full stop, over the lead photo's caption and the byline (the New York Times)
    art = parse(page("", _H1 + "<p id=\"summary\">Leaders sign a joint statement. It runs to thousands of words.</p>\n"
                     "<figure><img src=\"x.jpg\"><figcaption><span>Xi and Putin in Beijing on Thursday.</span><span>"
                     "Credit...</span><span>Pool photo by Jane Roe</span></figcaption></figure>\n"
                     "<p><span>By </span><span><a href=\"/by/jane-doe\">Jane Doe</a></span><span> and </span><span>"
                     "<a href=\"/by/john-roe\">John Roe</a></span></p>\n" + _STORY), file=False)
    assert art.lede.startswith("Leaders sign") and art.authors == ["Jane Doe", "John Roe"]
    assert "Credit" not in body_text(art) and body_text(art).startswith("Russia and China signed")
    # the story's first paragraph, with its full stop and no header lines under it, stays the story's
    art = parse(page("", _H1 + _STORY), file=False)
    assert art.lede == "" and body_text(art).startswith("Russia and China signed")
    # a paragraph without a full stop under a headline that is no <h1> (a text with a few tags) keeps its old reading
    art = parse("Xi and Putin pledge a new era of ties in Beijing<br>\nLeaders sign a joint statement as the two "
                "countries mark 75 years of relations\n\n" + body_text(parse(page("", _H1 + _STORY), file=False)),
                file=False)
    assert art.lede == ""


def test_a_byline_and_an_update_in_elements_of_their_own():
    art = parse(page("", _H1 + "<div class=\"byline\"><span>By&nbsp;</span><a href=\"/author/ken\">KEN MORITSUGU</a></div>\n"
                     "<div class=\"updated\"><span>Updated </span><bsp-timestamp data-timestamp=\"1721916129000\"><span>"
                     "2:02 PM GMT+3, July 25, 2024</span></bsp-timestamp></div>\n" + _STORY), file=False)
    assert art.authors == ["KEN MORITSUGU"] and art.modified[:10] == "2024-07-25"
    assert body_text(art).startswith("Russia and China signed")
    # a word that is no date's label over a date line stays what it was
    art = parse(page("", _H1 + "<div><span>Beijing</span></div>\n<div><span>July 25, 2024</span></div>\n" + _STORY),
                file=False)
    assert art.modified == ""


_P1, _P2 = _STORY.split("\n")[:2]


def test_a_box_of_links_inside_the_story_is_page_furniture():
    art = parse(page("", _H1 + _P1 + "\n<div class=\"related\"><h2>Related Stories</h2><div><a href=\"/a\">Japan and South "
                     "Korea scramble jets as bombers fly near their airspace</a></div>\n<div><a href=\"/b\"><h3>China and "
                     "Russia start naval drills</h3></a></div></div>\n" + _P2), file=False)
    assert "scramble jets" not in body_text(art) and "naval drills" not in body_text(art)
    assert "The two leaders also discussed" in body_text(art)
    # (between story paragraphs, under a list's heading)
    art = parse(page("", _H1 + _STORY + "<div class=\"read-more\"><h3>Read more</h3><ul><li><a href=\"/a\">Lada sales "
                     "rise as Russians turn to domestic cars</a></li><li><a href=\"/b\">Moskvich plant assembles Chinese "
                     "kits</a></li></ul></div>\n" + _P1), file=False)
    assert "Lada sales" not in body_text(art) and "Moskvich" not in body_text(art)
    assert body_text(art).count("Russia and China signed") == 2
    # the lead-in and its link on one line, the linked article's date under it (RIA Novosti)
    art = parse(page("", _H1 + _P1 + "\n<div class=\"link\"><span>Также по теме</span><a href=\"/x\">Газпром поставил в "
                     "Китай рекордный объем газа</a><div><span>28 января, 10:12</span></div></div>\n" + _P2), file=False)
    assert "рекордный" not in body_text(art) and "28 января" not in body_text(art)
    # a link's words alone with no lead-in over them, and a sentence whose words are a link, stay story text
    art = parse(page("", _H1 + _P1 + "\n<p><a href=\"/a\">Japan and South Korea scramble jets as bombers fly near "
                     "their airspace</a></p>\n<p>Read more</p>\n<p><a href=\"/b\">The ministry said the drills would "
                     "last a week.</a></p>\n" + _P2), file=False)
    assert "scramble jets" in body_text(art) and "drills would last a week." in body_text(art)


def test_the_page_metadata_names_no_outlet_as_an_author_and_its_publisher_by_its_id():
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":'
          '"Xi and Putin pledge a new era of ties in Beijing","datePublished":"2024-05-16T09:00:00Z","author":{"@type":'
          '"Organization","name":"The Daily Planet"},"publisher":{"@id":"https://planet.example/#publisher"}}</script>\n'
          '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsMediaOrganization","name":'
          '"The Daily Planet","@id":"https://planet.example/#publisher"}</script>\n')
    art = parse(page("", _H1 + _STORY, meta='<meta name="author" content="The Daily Planet">\n' + ld), file=False)
    assert art.authors == [] and art.source == "The Daily Planet" and art.published.startswith("2024-05-16")
    # a person as the author stays the author
    art = parse(page("", _H1 + _STORY, meta=ld.replace('"@type":"Organization","name":"The Daily Planet"',
                                                          '"@type":"Person","name":"Jane Doe"')), file=False)
    assert art.authors == ["Jane Doe"] and art.source == "The Daily Planet"


def test_without_an_h1_the_block_repeating_the_metadata_headline_is_the_headline():
    head = ("<div class=\"nav\"><a href=\"/politics/\">Политика</a><a href=\"/world/\">В мире</a><a href=\"/economy/\">"
            "Экономика</a></div>\n<div class=\"radio\"><a href=\"https://radio.example\">Радио Sputnik</a></div>\n"
            "<div class=\"date\"><a href=\"/20250203/\">04:00 03.02.2025</a></div>\n")
    meta = '<meta property="og:title" content="Эксперт объяснил, почему Китай не спешит с газопроводом">\n'
    art = parse(page(head, "<div class=\"title\">Эксперт объяснил, почему Китай не спешит с газопроводом</div>\n" + _STORY,
                     meta=meta), file=False)
    assert art.authors == [] and art.lede == "" and body_text(art).startswith("Russia and China signed")
    assert kind_of(art, "Эксперт объяснил, почему Китай не спешит с газопроводом</div>") == "title"
    # no block repeats it: the page reads as before (the <title> line is taken for the title's place)
    art = parse(page(head, _STORY, meta=meta), file=False)
    assert kind_of(art, "Xi and Putin pledge a new era - Daily Planet") == "title"


def test_a_post_embedded_from_a_social_network_is_no_story_text():
    tweet = ("<blockquote class=\"twitter-tweet\" data-dnt=\"true\"><p lang=\"en\" dir=\"ltr\">We will keep up the pressure "
             "on the Kremlin.</p>&mdash; Kaja Kallas (@kajakallas) <a href=\"https://twitter.com/kajakallas/status/1\">"
             "February 24, 2025</a></blockquote>\n<script async src=\"https://platform.twitter.com/widgets.js\"></script>\n")
    art = parse(page("", _H1 + _P1 + "\n" + tweet + _P2), file=False)
    assert "@kajakallas" not in body_text(art) and "keep up the pressure" not in body_text(art)
    assert "The two leaders also discussed" in body_text(art)
    # a quotation in a blockquote of the story's own, and the same markup inside a script's code, keep their reading
    art = parse(page("", _H1 + _P1 + "\n<blockquote><p>We will keep up the pressure on the Kremlin.</p></blockquote>\n"
                     + _P2), file=False)
    assert "We will keep up the pressure on the Kremlin." in body_text(art)
    art = parse(page("", _H1 + _P1 + "\n<script>var t='" + tweet.split("\n")[0] + "';</script>\n" + _P2), file=False)
    assert "keep up the pressure" not in body_text(art) and "The two leaders also discussed" in body_text(art)


def test_a_box_the_page_marks_by_its_class_is_page_furniture():
    box = ("<div class=\"article__block article__block--contribute\"><h3>A Message from The Daily Planet:</h3><p>Dear "
           "readers,</p><p>We are facing unprecedented challenges.</p><a href=\"/contribute\">Support us!</a></div>\n")
    art = parse(page("", _H1 + _P1 + "\n" + box + _P2), file=False)
    assert "unprecedented" not in body_text(art) and "Dear readers" not in body_text(art)
    assert "The two leaders also discussed" in body_text(art)
    art = parse(page("", _H1 + _P1 + "\n" + box.replace("article__block article__block--contribute",
                                                         "DonatesTeaser-root") + _P2), file=False)
    assert "unprecedented" not in body_text(art)
    # an audio player over the story, a list of tags and an author's bio under it
    art = parse(page("", _H1 + "<div class=\"audio-player\"><p>Press play to listen to this article</p><p>Voiced by "
                     "artificial intelligence.</p></div>\n" + _STORY + "<div class=\"Page-tags\"><a href=\"/hub/china\">"
                     "China</a><a href=\"/hub/russia\">Russia</a></div>\n<div class=\"Author-bio\"><p>Doe is the "
                     "agency's news director for Greater China, based in Beijing.</p></div>\n"), file=False)
    assert body_text(art).startswith("Russia and China signed") and body_text(art).endswith("customs data showed.")
    # a wrapper of the story named so (its words are many), and "ad" inside a class's word, keep their reading
    long_story = _STORY * 5
    art = parse(page("", _H1 + "<div class=\"article-body js-share-highlight\">\n" + long_story + "</div>\n"), file=False)
    assert body_text(art).count("Trade between the two countries") == 5
    art = parse(page("", _H1 + _P1 + "\n<div class=\"shadow-header\"><p>We are facing unprecedented challenges.</p></div>\n"
                     + _P2), file=False)
    assert "We are facing unprecedented challenges." in body_text(art)


def test_a_date_then_its_update_on_one_line_read_by_its_words():
    art = parse(page("", _H1 + "<div class=\"byline\"><time datetime=\"2023-11-08T13:45:00+03:00\">Nov. 8, 2023</time>"
                     "<span class=\"updated\">Updated: Nov. 9, 2023</span></div>\n" + _STORY), file=False)
    assert art.published[:10] == "2023-11-08" and art.modified[:10] == "2023-11-09"
    assert body_text(art).startswith("Russia and China signed")
    # in a text copy too
    art = parse("Xi and Putin pledge a new era of ties in Beijing\n\nBy Jane Doe\nNov. 8, 2023 Updated: Nov. 9, 2023\n\n"
                + body_text(parse(page("", _H1 + _STORY), file=False)).replace("\n", "\n\n"), file=False)
    assert art.published == "2023-11-08" and art.modified == "2023-11-09"
    # a date followed by words that are no label keeps its old reading (story text)
    art = parse("Xi and Putin pledge a new era of ties in Beijing\n\nBy Jane Doe\nNov. 8, 2023 was a cold day in Beijing: "
                "Nov. 9, 2023 was colder\n\n" + body_text(parse(page("", _H1 + _STORY), file=False)).replace("\n", "\n\n"),
                file=False)
    assert art.modified == "" and "was a cold day" in body_text(art)


def test_the_line_naming_who_contributed_closes_a_page_in_a_paragraph_of_its_own():
    art = parse(page("", _H1 + _STORY + "<p>___</p>\n<p>Associated Press writer Lolita C. Baldor in Washington "
                     "contributed to this report.</p>\n"), file=False)
    assert "contributed" not in body_text(art) and body_text(art).endswith("customs data showed.")
    # (a middle initial in a text copy's closing line too)
    art = parse("Xi and Putin pledge a new era of ties\n\nBy Jane Doe\nMay 2, 2025\n\n" + body_text(
        parse(page("", _H1 + _STORY), file=False)).replace("\n", "\n\n") + "\n\nJohn Q. Public in Beijing contributed to "
        "this report.\n", file=False)
    assert "contributed" not in body_text(art)
    # a story sentence saying who contributed what, inside the story, stays story text
    art = parse(page("", _H1 + _P1 + "\n<p>Officials said the fund, to which China contributed to this report's "
                     "surprise $2 billion, would be expanded.</p>\n" + _P2), file=False)
    assert "to which China contributed" in body_text(art)


def test_the_names_under_the_story_are_the_authors_the_page_metadata_gives():
    meta = '<meta name="author" content="Ольга Шерункова">\n'
    names = "<div class=\"doc__authors\"><p><a href=\"/authors/1\">Ольга Шерункова</a></p></div>\n"
    art = parse(page("", _H1 + _STORY + names, meta=meta), file=False)
    assert "Шерункова" not in body_text(art) and art.authors == ["Ольга Шерункова"]
    # a name the metadata does not give stays where it was read
    art = parse(page("", _H1 + _STORY + names.replace("Ольга Шерункова", "Анна Иванова"), meta=meta), file=False)
    assert "Анна Иванова" in body_text(art)


def test_a_dateline_whose_place_is_a_link():
    art = parse(page("", _H1 + "<p><a href=\"/Location/Asia/Japan\">TOKYO</a> -- Japanese trading houses will keep their "
                     "stakes in the project, the companies said on Tuesday.</p>\n" + _STORY), file=False)
    assert body_text(art).startswith("Japanese trading houses") and kind_of(art, "TOKYO</a> --") == "header"
    # a linked word in capitals opening a sentence, no dash after it, stays story text
    art = parse(page("", _H1 + "<p><a href=\"/nato\">NATO</a> leaders met in Washington on Tuesday, officials "
                     "said.</p>\n" + _STORY), file=False)
    assert body_text(art).startswith("NATO</a> leaders met in Washington")


def test_the_authors_box_on_one_line_and_an_agency_s_registration_notice_close_the_page():
    tail = ("<div class=\"article__authors\"><span>Авторы</span><a href=\"/tags/?tag=1\"><span>Анна Балашова</span></a>"
            "<a href=\"/tags/?tag=2\"><span>Петр Канаев</span></a></div>\n<div class=\"footer\"><p>Сообщения и материалы "
            "информационного агентства РБК (зарегистрировано Федеральной службой по надзору в сфере связи, "
            "информационных технологий и массовых коммуникаций (Роскомнадзор) за номером ИА № ФС 77-63783).</p></div>\n")
    art = parse(page("", _H1 + _STORY + tail), file=False)
    assert art.authors == ["Анна Балашова", "Петр Канаев"]
    assert body_text(art).endswith("customs data showed.")
    # a story's sentence on an agency's registration names no regulator, and a line of names without the label is no
    # authors' box: both stay story text
    art = parse(page("", _H1 + _STORY + "<p>Информационное агентство «Север» зарегистрировано в прошлом году в "
                     "Мурманске.</p>\n"), file=False)
    assert body_text(art).endswith("в прошлом году в Мурманске.")
    art = parse(page("", _H1 + _STORY + tail.replace("<span>Авторы</span>", "")), file=False)
    assert art.authors == []


def test_the_lead_photo_s_title_under_its_credit_is_its_caption():
    photo = ("<div class=\"photo\"><img src=\"x.jpg\"><div class=\"copyright\">© РИА Новости / Алексей Никольский</div>"
             "<a href=\"/media/\">Перейти в фотобанк</a></div><div class=\"media__title\">Сварка газопровода</div>\n")
    art = parse(page("", _H1 + photo + _STORY), file=False)
    assert "Сварка газопровода" in art.captions[-1] and body_text(art).startswith("Russia and China signed")
    # a story paragraph under the credit (it ends in a full stop) stays the story's
    art = parse(page("", _H1 + photo.replace("Сварка газопровода", "Газопровод строится с 2019 года.") + _STORY),
                file=False)
    assert body_text(art).startswith("Газопровод строится с 2019 года.")


def test_an_offer_opening_with_the_reader_s_enjoyment_is_page_furniture():
    art = parse(page("", _H1 + _P1 + "\n<div class=\"td-enjoy\"><p><strong>Enjoying this article? Click here to subscribe "
                     "for full access. Just $5 a month.</strong></p></div>\n" + _P2), file=False)
    assert "Enjoying" not in body_text(art) and "$5 a month" not in body_text(art)
    # a story sentence about enjoying an article stays story text
    art = parse(page("", _H1 + _P1 + "\n<p>Enjoying this article was not the point, the minister told reporters.</p>\n"
                     + _P2), file=False)
    assert "Enjoying this article was not the point" in body_text(art)


def test_a_short_class_word_alone_makes_no_box_of_the_story_s_text():
    # the class naming the story's text besides a short word ("ad-free", "bio-text", "story-body", "transcript"), a
    # wrapper holding most of the page's words however short the story, an ad's wrapper around the lead paragraph:
    # the story keeps its sentences
    for wrap in ("article-body ad-free", "story-bio-text", "related-story-body", "tags-wrapper", "PlayerArticle"):
        art = parse(page("", _H1 + f"<div class=\"{wrap}\">\n" + _STORY + "</div>\n"), file=False)
        assert body_text(art).startswith("Russia and China signed") and "customs data showed." in body_text(art), wrap
    art = parse(page("", _H1 + _P1 + "\n<div class=\"audio-transcript\"><p>The full interview with the minister is "
                     "printed below as it was recorded.</p>" + _P2 + "</div>\n"), file=False)
    assert "The full interview with the minister" in body_text(art) and "The two leaders" in body_text(art)
    art = parse(page("", _H1 + "<div class=\"main_ad_wrapper\">" + _P1 + "<div class=\"ad\"><p>Advertisement</p>"
                     "</div></div>\n" + _P2), file=False)
    assert body_text(art).startswith("Russia and China signed") and "Advertisement" not in body_text(art)
    # look-alikes keeping their reading: a bio, an audio player (their words are sentences) and the newsletter's
    # appeal (a long word) under a short story are boxes still
    art = parse(page("", _H1 + "<div class=\"audio-player\"><p>Press play to listen to this article, voiced by "
                     "artificial intelligence.</p></div>\n" + _STORY + "<div class=\"author-bio\"><p>Jane Doe is a "
                     "correspondent in Beijing. She covers China and its neighbours for the paper.</p></div>\n"
                     "<div class=\"newsletter-signup article-body\"><p>Sign up for our China newsletter, delivered to "
                     "your inbox every week.</p></div>\n"), file=False)
    assert body_text(art).startswith("Russia and China signed") and body_text(art).endswith("customs data showed.")


def test_a_box_s_class_in_camel_case_is_read_by_its_parts():
    for box in ("<div class=\"AdSlot_container\"><p>Visit Beijing this spring with Example Air</p></div>",
                "<div class=\"ShareButtons\"><a href=\"#\">Post on Weibo</a><a href=\"#\">Send to a friend</a></div>",
                "<div class=\"RelatedLinks\"><p>Beijing summit ends with pledges</p></div>"):
        art = parse(page("", _H1 + _STORY + box + "\n"), file=False)
        assert body_text(art).endswith("customs data showed."), box
    # a class in camel case whose parts name no box ("ShadowBox": "ad" is inside a part) keeps the old reading
    art = parse(page("", _H1 + _P1 + "\n<div class=\"ShadowBox\"><p>We are facing unprecedented challenges.</p></div>\n"
                     + _P2), file=False)
    assert "We are facing unprecedented challenges." in body_text(art)


def test_no_site_name_menu_writer_or_month_over_the_headline_is_the_section():
    # the site's name (the <title>'s last part, after its separator), a menu of links side by side, a writer's name
    # linked to their page, a date line's month: no kicker
    for head in ("<div class=\"logo\"><a href=\"/\">Daily Planet</a></div>",
                 "<div class=\"topnav\"><a href=\"/\">News</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></div>",
                 "<div class=\"topnav\"><a href=\"/\">Главное</a><a href=\"/politics\">Политика</a></div>",
                 "<div class=\"author\"><a href=\"/author/jane-doe\">Jane Doe</a></div>",
                 "<div class=\"date\">June 3, 2024</div>"):
        art = parse(page(head, _H1 + _STORY), file=False)
        assert art.section == "", head
    # look-alikes keeping their reading: a kicker, one of two links with a separator, one the title opens with, a
    # rubric in front of a date
    for head, section in (("<div class=\"kicker\"><a href=\"/world\">World</a></div>", "World"),
                          ("<div class=\"kicker\"><a href=\"/d\">Diplomacy</a> | <a href=\"/ca\">Central Asia</a></div>",
                           "Diplomacy | Central Asia"),
                          ("<div class=\"info\"><a href=\"/business/\">Business</a> <span>June 3, 2024</span></div>",
                           "Business")):
        art = parse(page(head, _H1 + _STORY), file=False)
        assert art.section == section, head
    art = parse(page("<div class=\"kicker\">China</div>", _H1 + _STORY).replace(
        "Xi and Putin pledge a new era - Daily Planet", "China: Xi and Putin pledge a new era"), file=False)
    assert art.section == "China"


def test_a_block_opening_with_a_dateline_or_ending_in_a_colon_under_the_headline_is_no_standfirst():
    # the story's first paragraph without its full stop, opening with a dateline (an agency's or a place's), and a
    # block leading into a list: the story's, not a standfirst
    for first in ("<p>BEIJING (Reuters) - Russia and China signed a joint statement on Thursday after talks</p>\n",
                  "<p>BEIJING — Russia and China signed a joint statement on Thursday after talks in the capital</p>\n",
                  "<p>Here is what we know so far about the talks between the two leaders:</p>\n<ul><li>Energy deals"
                  "</li><li>Ukraine</li></ul>\n"):
        art = parse(page("", _H1 + first + _STORY), file=False)
        assert art.lede == "", first
    art = parse(page("", _H1 + "<p>BEIJING (Reuters) - Russia and China signed a joint statement on Thursday after "
                     "talks</p>\n" + _STORY), file=False)
    assert art.source == "Reuters"
    # look-alikes keeping their reading: standfirsts, one naming a place in capitals inside it
    for stand in ("<div class=\"standfirst\"><p>Leaders sign a joint statement as the two countries mark 75 years</p></div>\n",
                  "<h2>Leaders meet in BEIJING – and sign a joint statement as the two countries mark 75 years</h2>\n"):
        art = parse(page("", _H1 + stand + _STORY), file=False)
        assert art.lede.startswith("Leaders"), stand


def test_a_post_embedded_from_other_networks_is_no_story_text():
    # Bluesky's, Threads', Facebook's and Reddit's embeds, as X's: the network's class on the blockquote
    for cls in ("bluesky-embed", "text-post-media", "fb-xfbml-parse-ignore", "reddit-embed-bq"):
        art = parse(page("", _H1 + _P1 + f"\n<blockquote class=\"{cls}\"><p>We will never forget this day in Beijing "
                         "with our friends.</p>&mdash; Leader (@leader) June 11, 2024</blockquote>\n" + _P2), file=False)
        assert "never forget" not in body_text(art) and "The two leaders" in body_text(art), cls
    # a quotation the story sets apart, its class naming an embed or media in other words, keeps its reading
    for cls in ("pull-quote", "embed-quote", "media-quote"):
        art = parse(page("", _H1 + _P1 + f"\n<blockquote class=\"{cls}\"><p>We will never forget this day in Beijing "
                         "with our friends, Xi said.</p></blockquote>\n" + _P2), file=False)
        assert "never forget" in body_text(art), cls


def test_a_link_to_a_page_under_by_or_author_is_a_byline_only_as_a_name_alone():
    # a link whose address has /by/ in it round words that are no name, a writer's linked name opening a sentence of
    # the story: the story's lines
    art = parse(page("", _H1 + "<p><a href=\"https://council.example.gov/by/laws\">Bylaws of the council</a></p>\n"
                     + _STORY), file=False)
    assert art.authors == [] and "Bylaws of the council" in body_text(art)
    art = parse(page("", _H1 + "<p><a href=\"/author/jane-doe\">Jane Doe</a> reports from Beijing on the talks.</p>\n"
                     + _STORY), file=False)
    assert art.authors == [] and "reports from Beijing on the talks." in body_text(art)
    # look-alikes keeping their reading: the name alone, with the writer's role, in capitals, an outlet's name
    for line, authors in (("<a href=\"/by/jane-doe\">Jane Doe</a>", ["Jane Doe"]),
                          ("<a rel=\"author\" href=\"/jd\">Jane Doe</a> Senior China correspondent", ["Jane Doe"]),
                          ("By&nbsp;<a href=\"/author/ken\">KEN MORITSUGU</a>", ["KEN MORITSUGU"]),
                          ("<a href=\"/author/the-daily-planet\">The Daily Planet</a>", [])):
        art = parse(page("", _H1 + f"<div class=\"byline\">{line}</div>\n" + _STORY), file=False)
        assert art.authors == authors and body_text(art).startswith("Russia and China"), line


def _ld(obj: dict) -> str:
    import json
    return f"<script type=\"application/ld+json\">{json.dumps(obj)}</script>\n"


def test_the_metadata_s_authors_by_their_id_an_agency_as_an_organization_and_the_site_after_a_name():
    # a news agency given as an organization author is the story's agency (as before the outlets were dropped)
    art = parse(page("", _H1 + _STORY, meta=_ld({"@type": "NewsArticle", "author": [
        {"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Reuters"}]})), file=False)
    assert art.authors == ["Jane Doe"] and art.agencies == ["Reuters"]
    # the author named by its @id, a node of the graph of its own (Yoast), as the publisher is
    art = parse(page("", _H1 + _STORY, meta=_ld({"@graph": [
        {"@type": "NewsArticle", "author": {"@id": "#jd"}, "publisher": {"@id": "#org"}},
        {"@type": "Person", "@id": "#jd", "name": "Jane Doe"},
        {"@type": "Organization", "@id": "#org", "name": "Daily Planet"}]})), file=False)
    assert art.authors == ["Jane Doe"] and art.source == "Daily Planet"
    # the site's name after the writer's in an author tag
    art = parse(page("", _H1 + _STORY, meta="<meta name=\"author\" content=\"Jane Doe, Daily Planet\">\n"
                     "<meta property=\"og:site_name\" content=\"Daily Planet\">\n"), file=False)
    assert art.authors == ["Jane Doe"]
    # look-alikes keeping their reading: the outlet as an organization author, a writer whose name ends in the
    # site's word, an @id no node describes
    art = parse(page("", _H1 + _STORY, meta=_ld({"@type": "NewsArticle", "author": {"@type": "Organization",
                                                                                    "name": "Daily Planet"}})), file=False)
    assert art.authors == [] and art.agencies == []
    art = parse(page("", _H1 + _STORY, meta="<meta name=\"author\" content=\"Anna Planet\">\n"
                     "<meta property=\"og:site_name\" content=\"Planet\">\n"), file=False)
    assert art.authors == ["Anna Planet"]
    art = parse(page("", _H1 + _STORY, meta=_ld({"@type": "NewsArticle", "author": {"@id": "#nobody"}})), file=False)
    assert art.authors == []


def test_a_date_under_its_label_s_element_is_read_with_the_label():
    # the label and the date each in an element of their own, the date a plain date line ("Updated" / "July 25,
    # 2024"; "Обновлено" / "25 июля 2024"): the updated date
    for dates in ("<div><time>July 24, 2024</time></div><div><span>Updated</span></div><div><span>July 25, 2024</span></div>",
                  "<div>24 июля 2024</div><div><span>Обновлено</span></div><div><span>25 июля 2024</span></div>"):
        art = parse(page("", _H1 + dates + "\n" + _STORY), file=False)
        assert art.published[:10] == "2024-07-24" and art.modified[:10] == "2024-07-25", dates
        assert body_text(art).startswith("Russia and China signed")
    # look-alikes keeping their reading: the date lines without a label, 'Updated' over no date
    art = parse(page("", _H1 + "<div>July 24, 2024</div><div>July 25, 2024</div>\n" + _STORY), file=False)
    assert art.published[:10] == "2024-07-24" and art.modified == ""
    art = parse(page("", _H1 + "<div>July 24, 2024</div><p>Updated</p>\n" + _STORY), file=False)
    assert art.published[:10] == "2024-07-24" and art.modified == ""


def test_under_the_lead_photo_s_credit_a_subheading_or_a_dateline_opens_the_story():
    # the story's first paragraph opening with a dateline without its full stop, a subheading in its heading
    # element, under the lead photo's credit: the story's, not the photo's title
    credit = "<figure><img src=\"a.jpg\"></figure><div class=\"credit\">Photo: Reuters</div>\n"
    art = parse(page("", _H1 + credit + "<p>BEIJING (Reuters) - Russia and China signed a joint statement on Thursday "
                     "after talks</p>\n" + _STORY), file=False)
    assert "BEIJING (Reuters)" not in " ".join(art.captions) and art.agencies == ["Reuters"]
    art = parse(page("", _H1 + credit + "<h2>What the leaders agreed</h2>\n" + _STORY), file=False)
    assert "What the leaders agreed" in body_text(art) and "What the leaders agreed" not in art.captions
    # the look-alike keeping its reading: the photo's title in a block of its own (RIA Novosti)
    art = parse(page("", _H1 + "<figure><img src=\"a.jpg\"></figure><div class=\"credit\">© РИА Новости / Алексей "
                     "Никольский</div>\n<div>Сварка газопровода Сила Сибири</div>\n" + _STORY), file=False)
    assert "Сварка газопровода Сила Сибири" in art.captions
