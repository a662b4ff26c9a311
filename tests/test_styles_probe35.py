"""Export styles of the 35th probe (tests/data/probes/probe35): a box of links under the story headed by the reader's
interest ("Вас может заинтересовать:", "You may also be interested in") or by the kind of its items ("More galleries",
"Related videos"), as "Вам может понравиться" and "Related stories" were. Short synthetic texts, one rule each; each
test also pins look-alike text that must keep its old reading."""

from __future__ import annotations

from style_helpers import body_text, kind_of, p

_RU = ("Китай не будет продавать оружие России, заявил Ван И\n24 июля 2024\n\n"
       "Министр иностранных дел Китая Ван И заявил, что Пекин не продает летальное оружие сторонам конфликта.\n\n"
       "Визит главы МИД Украины в Китай стал первым с начала полномасштабного вторжения, сообщили в Киеве.\n\n"
       "Пекин отвергает обвинения в поставках России товаров двойного назначения, заявили в МИД КНР.\n\n")
_EN = ("Xi Jinping arrives in Moscow for three-day state visit\nMarch 20, 2023\n\n"
       "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, the Kremlin said.\n\n"
       "The visit came days after the International Criminal Court issued an arrest warrant for Putin.\n\n"
       "Western governments said the visit showed that Beijing was not a neutral mediator.\n\n")


def test_a_box_of_links_headed_by_the_readers_interest_or_the_items_kind_is_furniture():
    for story, head, links in (
            (_RU, "Вас может заинтересовать:", ["Зеленский назвал условия для участия России во втором саммите",
                                                "В ЕС ввели санкции против китайских компаний"]),
            (_RU, "Вас также может заинтересовать", ["Сколько российской нефти покупает Китай"]),
            (_EN, "You may also be interested in", ["China's peace plan: what it says and what it leaves out"]),
            (_EN, "More galleries", ["The week in pictures", "Putin's inauguration in pictures"]),
            (_EN, "Related videos", ["Xi and Putin shake hands at the Kremlin"])):
        art = p(story + head + "\n" + "\n".join(links) + "\n")
        assert kind_of(art, head) == "boilerplate", head
        for link in links:
            assert link not in body_text(art), (head, link)
    # look-alikes keeping their reading: story sentences with the same words, and a headline-like line under a
    # heading the rule does not name
    for story, line in ((_RU, "Вас может заинтересовать, что Пекин покупает все больше российского газа, отметил эксперт."),
                        (_EN, "More galleries and museums in Moscow now display Chinese art, the ministry said."),
                        (_EN, "You may also be interested in the trade figures, the minister told reporters.")):
        art = p(story + line + "\n")
        assert kind_of(art, line) == "body", line
    art = p(_EN + "More photos\n" + "The week in pictures\n")
    assert "The week in pictures" in body_text(art)


def test_a_pagers_buttons_and_page_numbers_are_furniture():
    # a story split over pages: "Page 2 of 3" was furniture, its pager's buttons and numbers were not
    for story, lines in ((_EN, ["Next page", "« Previous page", "Previous page", "1 2 3", "1 2 3 4 5"]),
                         (_RU, ["Следующая страница →", "Предыдущая страница", "1 2"])):
        for line in lines:
            art = p(story + line + "\n\n" + story.split("\n\n", 1)[1])
            assert kind_of(art, line) == "boilerplate", line
            assert line not in body_text(art)
    # look-alikes keeping their reading: story sentences on a next page, and figures not counted from one
    for story, line in ((_EN, "The next page of the relationship will be written in Beijing, the minister said."),
                        (_RU, "Следующая страница в истории отношений будет написана в Пекине, заявил министр."),
                        (_EN, "2 3 4"), (_EN, "1 3 5")):
        art = p(story + line + "\n\n" + story.split("\n\n", 1)[1])
        assert kind_of(art, line) != "boilerplate", line
