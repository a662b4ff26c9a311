"""The section of a page copy whose site menu comes first: the rubric right above the headline, apart from the menu by
a blank line, is the article's section, over the menu's first known section ("News" / "Asia" / "World" / "" / "China /
Diplomacy" / headline). Short synthetic pages; each test also pins look-alikes that keep their old reading: a menu's
item right above the headline inside the menu's own block, a topic under the section named again, a kicker, a field
line, and a headline under a date line only."""

from __future__ import annotations

from presslens.parsing import parse_text

_MENU = "Daily Planet\nNews\nPolitics\nBusiness\nWorld\nOpinion\n"
_MENU_RU = "Вечерний вестник\nНовости\nЭкономика\nПолитика\nОбщество\nМир\n"
_UNDER = ("Moscow and Beijing sign new pipeline accord as gas talks drag on\n\n"
          "The two sides agreed on the route but not on the price, officials said on Friday.\n\n"
          "By Anna Fischer\nMay 16, 2024, 7:45 pm\n\n"
          "Russia and China signed a framework accord on a new gas pipeline on Thursday, officials said.\n\n"
          "The price of the gas is still under discussion, according to two people familiar with the talks.\n\n"
          "Analysts expect the talks to take several more months before a final contract is signed.\n")
_UNDER_RU = ("Россия и Китай подписали соглашение о новом газопроводе через Монголию\n\n"
             "Стороны договорились о маршруте, но не о цене, сообщили официальные лица.\n\n"
             "Анна Фишер\n16 мая 2024, 19:45\n\n"
             "Россия и Китай подписали в четверг рамочное соглашение о новом газопроводе.\n\n"
             "Цена газа все еще обсуждается, сообщили два источника, знакомые с ходом переговоров.\n\n"
             "Аналитики ожидают, что переговоры займут еще несколько месяцев.\n")


def test_the_rubric_above_the_headline_apart_from_the_menu():
    # a rubric the sections' list lacks, alone between a blank line under the menu and the headline
    for rubric in ("Energy Security", "China / Diplomacy", "N. Korea"):
        art = parse_text(_MENU + "\n" + rubric + "\n\n" + _UNDER)
        assert art.title.startswith("Moscow and Beijing sign") and art.section == rubric
    art = parse_text(_MENU_RU + "\nАрктика\n\n" + _UNDER_RU)
    assert art.title.startswith("Россия и Китай подписали") and art.section == "Арктика"
    # the same over a headline printed twice and a source line (a Chinese state site's layout)
    head = _UNDER_RU.split("\n")[0] + "\n"
    art = parse_text(_MENU_RU + "\nКитай и Россия\n" + head + head + "Источник: Синьхуа | 2025-04-01 15:38:20\n\n"
                     + _UNDER_RU.split("19:45\n\n")[1])
    assert art.title.startswith("Россия и Китай подписали") and art.section == "Китай и Россия"
    # a menu's item right above the headline, inside the menu's own block, is no rubric: the menu's first known section
    art = parse_text(_MENU + "Energy Security\n\n" + _UNDER)
    assert art.title.startswith("Moscow and Beijing sign") and art.section == "News"
    # no rubric: the menu's last known section right above the headline keeps its reading
    art = parse_text(_MENU + "\n" + _UNDER)
    assert art.title.startswith("Moscow and Beijing sign") and art.section == "Opinion"


def test_a_breadcrumb_narrower_item_and_a_topic_under_the_section():
    # "Asia" / "East Asia": the breadcrumb's narrower item under its section is the article's section
    art = parse_text(_MENU + "Asia\n\nAsia\nEast Asia\n\n" + _UNDER)
    assert art.section == "East Asia"
    # "Мир" / "Китай": a topic under a section named again is no narrower item: the menu's first known section stays
    art = parse_text(_MENU_RU + "\nМир\nКитай\n\n" + _UNDER_RU)
    assert art.section == "Экономика"


def test_a_kicker_a_field_or_a_date_line_above_the_headline_is_no_rubric():
    # a kicker over the headline names no section: the menu's first known section stays
    art = parse_text(_MENU + "\nEXCLUSIVE\n\n" + _UNDER)
    assert art.section == "News"
    # a field line ("Main category: World") is read by the field's rules, not taken whole as a rubric
    art = parse_text(_MENU + "\nMain category: World\n\n" + _UNDER)
    assert "Main category" not in art.section
    # a headline under a date line only: no rubric, the menu's last known section keeps its reading
    art = parse_text(_MENU + "\nMay 16, 2024\n\n" + _UNDER.replace("May 16, 2024, 7:45 pm\n", ""))
    assert art.title.startswith("Moscow and Beijing sign") and art.section == "Opinion"
