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
