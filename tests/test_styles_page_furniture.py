"""A text copied from a paginated document (a think tank's report out of its PDF, a print edition's pages): running
heads and feet, a page's footnotes, a table of contents, numbered section headings (_Parse.page_furniture).
Short synthetic texts, one rule each; each test also pins look-alike story text that must stay."""

from __future__ import annotations

from style_helpers import body_text, kind_of, p

HEAD = "Gas and power: the eastward turn of Russian energy"
PAGES = [
    "Energy has long been the backbone of the relationship between China and Russia, officials said.",
    "The first pipeline began operating in December 2019 and reached its design capacity last year.",
    "Oil has been the great success of the eastward pivot, with record imports in 2023.",
    "The relationship is likely to deepen further, although on terms set in Beijing.",
]


def paginated(pages: list[str], *, head: str = HEAD, foot: str = "{n} Institute of Energy Studies") -> str:
    """A report's text: a title page, then each page's text under the running head and over the numbered foot."""
    out = ["Research Paper\n\n" + head + "\n\nAnna Berg\n\n"]
    for n, text in enumerate(pages, 1):
        out.append(f"{head}\n\n{text}\n\n{foot.format(n=n)}\n\n")
    return "".join(out)


def test_running_heads_and_numbered_feet_repeated_on_every_page_are_furniture():
    art = p(paginated(PAGES))
    body = body_text(art)
    assert all(x in body for x in PAGES)
    assert "Institute of Energy Studies" not in body and body.count(HEAD) == 0
    assert kind_of(art, "3 Institute of Energy Studies") == "boilerplate"
    # a head that opens a paragraph: the lines under it stay the story's
    art = p(paginated(PAGES[:3]) + f"{HEAD}\nThe report closes with three findings on prices, the authors said.\n")
    assert "The report closes with three findings" in body_text(art)


def test_lines_repeated_fewer_times_or_read_as_speech_are_no_running_heads():
    # twice only: a refrain, a repeated short line of the story
    art = p(paginated(PAGES[:2], foot="Talks resume in Beijing on Monday"))
    assert [s.kind for s in art.segments if art.text[s.start:s.end] == "Talks resume in Beijing on Monday"] == [
        "subheading", "body"]
    # a speaker's label ending in a colon, however often
    qa = "".join(f"Sergei Lavrov:\n\n{x}\n\n" for x in PAGES)
    art = p("Lavrov interview\n\nMay 2, 2025\n\n" + qa)
    assert kind_of(art, "Sergei Lavrov:") != "boilerplate"
    # a live blog's times: numbers and one word are no page's head
    blog = "".join(f"10:{n}5 GMT\n\n{x}\n\n" for n, x in enumerate(PAGES))
    assert all(x in body_text(p("Live: talks in Beijing\n\nMay 2, 2025\n\n" + blog)) for x in PAGES)


def test_footnotes_numbered_as_the_texts_superscripts_are_furniture():
    pages = [PAGES[0].replace("officials said.", "officials said.¹"),
             PAGES[1].replace("last year.", "last year.²") + "\n\n1 See, for example, Gabuev, A. (2023), Foreign Affairs.",
             PAGES[2] + "\n\n2 General Administration of Customs (2024), monthly statistics.\n3 Interviews, Moscow.",
             PAGES[3]]
    pages[2] = pages[2].replace("in 2023.", "in 2023.³")
    body = body_text(p(paginated(pages)))
    assert "Gabuev" not in body and "monthly statistics" not in body and "Interviews, Moscow" not in body
    assert all(x.split(",")[0] in body for x in PAGES)
    # numbered lines without superscripts over them are the story's (a list, figures)
    pages = [PAGES[0], PAGES[1] + "\n\n1 See the table of exports below.\n2 Compare the figures for 2022.",
             PAGES[2], PAGES[3]]
    body = body_text(p(paginated(pages)))
    assert "See the table of exports below." in body and "Compare the figures for 2022." in body


def test_a_table_of_contents_is_furniture_and_a_contents_line_of_the_story_is_not():
    contents = "Contents\nSummary 2\n01 Introduction 3\n02 Gas: a buyer's market 4\n03 Conclusions 7\n\n"
    art = p("Research Paper\n\n" + HEAD + "\n\n" + contents + "\n\n".join(PAGES) + "\n")
    assert "Introduction 3" not in body_text(art) and kind_of(art, "Contents") == "boilerplate"
    kept = "Contents\nThe contents of the deal were not published.\nOfficials declined to comment on them.\n\n"
    art = p("Talks end\n\nMay 2, 2025\n\n" + kept + "\n\n".join(PAGES) + "\n")
    assert "The contents of the deal were not published." in body_text(art)


def test_a_sections_number_alone_over_its_heading_makes_the_heading_a_subheading():
    text = "Talks end\n\nMay 2, 2025\n\n" + PAGES[0] + "\n\n01\nIntroduction\n\n" + PAGES[1] + "\n\n02\n\nGas: a buyer's market\n\n" \
        + PAGES[2] + "\n\n3\nThe pipeline was never built.\n\n" + PAGES[3] + "\n"
    art = p(text)
    assert "Introduction" in art.subheadings and "Gas: a buyer's market" in art.subheadings
    assert kind_of(art, "01\nIntro") == "boilerplate" and kind_of(art, "02\n") == "boilerplate"
    # a number over a sentence: no heading
    assert "The pipeline was never built." in body_text(art)


def test_a_prompt_to_more_coverage_on_a_site_is_furniture_where_it_ends_the_story_or_stands_alone():
    # terms28: "Подробнее ... — в спецпроекте ТАСС tass.ru/..." stayed story text (its words counted as terms)
    ru = ("Товарооборот России и Китая вырос на 26%\n\n12 января 2024, 09:40\n\n"
          "ПЕКИН, 12 января. /ТАСС/. Товарооборот двух стран по итогам года вырос на 26%.\n\n"
          "Об этом свидетельствуют данные таможни, опубликованные в пятницу.\n\n")
    promos = ["Подробнее о российско-китайском сотрудничестве — в спецпроекте ТАСС tass.ru/rossiya-kitay.",
              "Подробнее — на сайте компании www.example.ru.", "Больше новостей в Telegram-канале РБК"]
    for promo in promos:
        art = p(ru + promo + "\n\nСтороны планируют подписать новые соглашения в энергетике.\n")  # between paragraphs
        assert kind_of(art, promo) == "boilerplate" and "энергетике" in body_text(art), promo
        art = p(ru + promo + "\n")  # closing the story
        assert kind_of(art, promo) == "boilerplate", promo
    en = ("Trade between China and Russia fell\n\nBy Jane Roe\nMay 16, 2024\n\nBEIJING, May 16 - Trade between China "
          "and Russia fell in April, customs data showed on Thursday.\n\nAnalysts expect it to recover slowly.\n\n")
    for promo in ("Read more in our special report at scmp.com/china-russia",
                  "For more on the summit, see our live coverage at www.example.com."):
        assert kind_of(p(en + promo + "\n"), promo) == "boilerplate", promo
    # look-alikes: story sentences opening so that name no site (an interview with the agency, a lead-in to a
    # headline, "For more than ..."), and a promo's words inside a paragraph of several sentences
    for line in ("Подробнее об этом министр рассказал в интервью ТАСС.",
                 "Подробнее о переговорах рассказал Песков. Он добавил, что данные есть на сайте ведомства."):
        art = p(ru + line + "\n\nСтороны планируют подписать новые соглашения в энергетике.\n")
        assert kind_of(art, line) == "body" and line.split(".")[0] in body_text(art), line
    for line in ("For more than a decade the site lay empty, officials said.",
                 "More news on the summit is expected on Friday, officials said."):
        assert kind_of(p(en + line + "\n\nThe talks resume in June.\n"), line) == "body", line
