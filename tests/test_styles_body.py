"""The story body of export styles: what closes an article (authors' notes, editors' and contact lines, end marks,
newsletter and share boxes, link lists, Russian "Материалы по теме"), captions without a known credit, "CITY —"
datelines, forwarded e-mails, Chinese punctuation in machine translation, and a full stop with no space after it.
Example articles in tests/data/articles/em_*; each test also pins look-alike story text that must stay."""

from __future__ import annotations

import pytest

from presslens.parsing import credit_start, find_missing_spaces, parse_text
from presslens.sentences import sentences, split_sentences
from style_helpers import kind_of, parse, sents


def kinds_of(art, lines: list[str]) -> list[str]:
    return [kind_of(art, line) for line in lines]


# --- end matter ------------------------------------------------------------------------------------------------

def test_web_page_trailer_boxes_and_authors_notes():
    art = parse("em_observer_trailer.txt")
    assert art.authors == ["Ruta Vaitkute", "Daniel Hsu"]
    assert sents(art) == [
        "Lithuania will inspect every Chinese freight train entering from Belarus, the customs service said on "
        "Tuesday, after finding drone parts in two shipments bound for Russia.",
        "Officials said the parts had been declared as agricultural machinery.",
        "\"We cannot be a corridor for Russia's war,\" Finance Minister Gintare Skaiste told reporters.",
        "China's embassy in Vilnius did not respond to a request for comment.",
        # a sentence of the same shape as an author's note, inside the story, about someone else: story text
        "Wang Yi is a veteran diplomat who has repeatedly warned the Baltic states against \"provocations\" over "
        "Taiwan.",
        "The checks begin next week.",  # a short last paragraph of the story stays
    ]
    assert kinds_of(art, ["Share this:", "Click to share on WhatsApp", "Sign up for our newsletter",
                          "Get the Eurasia Brief in your inbox", "Enter your email", "Sign Up", "Related Stories",
                          "Poland closes border crossing", "Why China's rail freight"]) == ["boilerplate"] * 9
    assert kinds_of(art, ["Ruta Vaitkute is a correspondent", "Daniel Hsu is a reporter"]) == ["byline"] * 2
    assert kind_of(art, "VILNIUS —") == "header"  # the dateline, without an agency


def test_wire_end_notes_and_agencies_named_in_them():
    art = parse("em_wire_endnotes.txt")
    assert art.agencies == ["Kyodo", "Reuters"]  # the dateline's, and "Some information in this report came from"
    assert kinds_of(art, ["(MORE)", "Some information in this report", "Editor: Hiroshi Tanaka", "mp\n",
                          "(END)"]) == ["boilerplate", "agency", "boilerplate", "boilerplate", "boilerplate"]
    assert [s.split(",")[0] for s in sents(art)] == [
        "Japan and South Korea lodged protests on Wednesday after Chinese and Russian bombers flew together over "
        "the Sea of Japan and the East China Sea.",
        "Two Chinese H-6 bombers joined two Russian Tu-95 aircraft for about eight hours",
        "South Korea scrambled fighter jets when the aircraft entered its air defense identification zone"]


def test_russian_trailer_and_authors_footer():
    art = parse("em_ru_trailer.txt")
    assert art.authors == ["Ольга Смирнова", "Павел Орлов"]  # "Авторы" over the names, at the end
    assert sents(art)[-1] == "Следующее патрулирование запланировано на осень."
    assert kinds_of(art, ["Читайте нас в Дзене.", "Материалы по теме:", "Пекин и Москва обсудили",
                          "Япония выразила", "Опубликовано в рубрике", "Авторы", "Ольга Смирнова, Павел"]) == \
        ["boilerplate"] * 5 + ["byline"] * 2


@pytest.mark.parametrize("lines,kinds", [
    # a lone lowercase line at the end: an editor's initials; the story line above it stays
    (["It was the first such flight this year.", "kk"], ["body", "boilerplate"]),
    # a letter's closing and the name under it
    (["The talks ended on Friday.", "Best regards,", "Anna"], ["body", "boilerplate", "boilerplate"]),
    # short headline-like lines under a link list's lead-in, across blank lines
    (["Trade rose 3% last year.", "More from the Post", "Xi visits Hanoi", "Putin meets Modi"],
     ["body", "boilerplate", "boilerplate", "boilerplate"]),
    # the same short lines without a lead-in above them: story text (a last paragraph may lack a full stop)
    (["Trade rose 3% last year.", "Xi visits Hanoi", "Putin meets Modi"], ["body", "body", "body"]),
    # an invitation to join and a postal address close a newsletter
    (["The forum opens on Monday.", "Join thousands of readers of the Asia Brief.",
      "Asia Brief, 200 Park Avenue, Suite 1700, New York, NY 10166"], ["body", "boilerplate", "boilerplate"]),
])
def test_closing_lines(lines, kinds):
    text = "Talks on trade resume\n\nMay 2, 2025\n\nChina and Vietnam resumed talks on Thursday.\n\n" + \
        "\n\n".join(lines) + "\n"
    art = parse(text, file=False)
    assert kinds_of(art, lines) == kinds


def test_authors_note_only_for_an_author_or_a_note_set_apart():
    story = ("Provigo names new operating chief\n\nBy Jane Smith\n\nProvigo said on Monday it would sell its "
             "non-food units.\n\nAnalysts were skeptical.\n\n")
    # a closing sentence naming someone the story did not name before: story text, no author
    art = parse(story + "Yvon Bussieres was named senior executive vice president and chief operating officer of "
                        "Provigo, a new position.\n", file=False)
    assert art.authors == ["Jane Smith"]
    assert sents(art)[-1].startswith("Yvon Bussieres was named")
    # the byline's name: the author's note
    art = parse(story + "Jane Smith is a business reporter at the Gazette. She covers retail.\n", file=False)
    assert kind_of(art, "Jane Smith is a business reporter") == "byline"
    assert sents(art)[-1] == "Analysts were skeptical."
    # without a byline, a note in italics about a person the story never named: the author
    art = parse("Talks in Astana\n\nThe summit ended with few results.\n\n*Temur Umarov is a fellow at the "
                "Carnegie Russia Eurasia Center.*\n", file=False)
    assert art.authors == ["Temur Umarov"]
    assert kind_of(art, "*Temur Umarov") == "byline"


def test_forwarded_outlook_message():
    art = parse("em_outlook_forward.txt")
    assert (art.title, art.source, art.authors) == ("Central Asia's Pivot From Moscow Has Limits", "Eurasia Monitor",
                                                    ["Aliya Sultanova"])
    assert art.subheadings == []
    assert kinds_of(art, ["Colleagues, see the piece", "Regards,", "Tomas", "-----Original Message-----",
                          "EURASIA MONITOR", "Central Asia's Pivot From Moscow Has Limits\n\nBy",
                          "Aliya Sultanova is a senior fellow", "You received this newsletter",
                          "Eurasia Monitor, 1200 18th"]) == \
        ["boilerplate", "boilerplate", "boilerplate", "header", "header", "title_repeat", "byline", "boilerplate",
         "boilerplate"]
    assert [s[:40] for s in sents(art)] == ["Kazakhstan and Uzbekistan have courted B",
                                           "Remittances from Russia still account fo"]


def test_forwarded_apple_mail_message():
    text = ("FYI -- worth reading before the board meeting.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
            "From: China Brief <brief@example.com>\nDate: May 17, 2024 at 7:02:11 AM EDT\nSubject: Putin in Beijing\n\n"
            "Putin and Xi signed a joint statement on Thursday.\n\nThe statement runs to 7,000 words.\n")
    art = parse(text, file=False)
    assert (art.title, art.source, art.published) == ("Putin in Beijing", "China Brief", "2024-05-17T07:02:11")
    assert sents(art) == ["Putin and Xi signed a joint statement on Thursday.", "The statement runs to 7,000 words."]


# --- captions ------------------------------------------------------------------------------------------------

def test_captions_without_a_known_credit():
    art = parse("em_captions.txt")
    assert art.captions == [
        "FILE — Iranian navy vessels sail in formation during a drill in the Gulf of Oman, Jan. 19, 2024.",
        "Chinese Defense Ministry spokesman Zhang Xiaogang speaks at a briefing in Beijing. Photo: Xinhua",
        "Chinese Defense Ministry spokesman Zhang Xiaogang speaks at a briefing in Beijing.",  # printed again
        "Russian and Chinese sailors walk past a destroyer in Chabahar, March 10, 2025. (Photo by Amir Sadeghi/AFP "
        "via Getty Images)",
        "Iranian officers greet the arriving crews.",  # the next caption, glued to the credit
        "A Chinese destroyer docks at Chabahar, March 10, 2025. IC",  # a credit in capitals, no agency list
    ]
    assert [s[:30] for s in sents(art)] == [
        "Iran, China and Russia began t", "Warships and support vessels f", "Analysts say the drill is most",
        '"It shows the three can operat', "The drills are set to end on S"]


def test_a_caption_line_repeated_and_a_story_paragraph_repeated():
    caption = "Kazakh President Kassym-Jomart Tokayev meets Chinese leader Xi Jinping in Astana in July."
    story = "Kazakhstan will hold a referendum on the plant in October."
    text = f"Astana weighs nuclear bids\n\nApril 22, 2024\n\n{caption}\n{caption}\n\n{story}\n\n{story}\n"
    art = parse(text, file=False)
    assert art.captions == [caption]
    assert sents(art) == [story, story]  # a paragraph printed twice is still story text


@pytest.mark.parametrize("text,credit", [
    ("Students attend a Russian class in Harbin, Heilongjiang province, 2023. VCG", "VCG"),
    ("A Chinese destroyer docks at Chabahar. IC/VCG", "IC/VCG"),
    ("Kishida speaks in Singapore on Friday. | Reuters", "| Reuters"),
    ("Kishida speaks in Singapore on Friday. | Ryusei Takahashi", "| Ryusei Takahashi"),
    ("(Header image: Students attend a Russian class in Harbin, 2023. VCG)",
     "(Header image: Students attend a Russian class in Harbin, 2023. VCG)"),
    ("It was carried by the U.S. NAVY", None),  # capitals after an abbreviation's period: no credit
    ("Talks resumed. | Updated May 6", None),
    ("He said the deal was done.", None),
])
def test_credit_forms(text, credit):
    cs = credit_start(text)
    assert (text[cs:] if cs is not None else None) == credit


# --- datelines -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("para,kind,dateline", [
    ("WASHINGTON — The United States imposed new sanctions on Wednesday.", "header", "WASHINGTON —"),
    ("KYIV, Ukraine — Russian drones struck the capital overnight.", "header", "KYIV, Ukraine —"),
    ("ABU DHABI -- The Gulf states met on Sunday.", "header", "ABU DHABI --"),
    ("BRUSSELS, June 5 - The EU proposed new sanctions.", "header", "BRUSSELS, June 5 -"),
    ("NEW YORK _ A Brooklyn court ruled on Thursday.", "header", "NEW YORK _"),  # 1990s wire copy
    ("NAIROBI, Kenya (AP) _ Kenya's president spoke.", "agency", "NAIROBI, Kenya (AP) _"),
    ("Beijing, May 16 (Xinhua)，President Xi Jinping held talks。", "agency", "Beijing, May 16 (Xinhua)，"),
    ("NATO — the alliance said on Monday — will meet again.", "body", ""),
    ("US — China talks resumed in Geneva on Monday.", "body", ""),
])
def test_datelines(para, kind, dateline):
    art = parse(f"Sanctions widen\n\nMay 2, 2025\n\n{para}\n\nThe talks continue.\n", file=False)
    first = next(s for s in art.segments if s.start >= art.text.index(para) and s.kind != "blank")
    assert first.kind == kind
    if dateline:
        assert art.text[first.start:first.end] == dateline
        assert not sents(art)[0].startswith(dateline)


def test_a_dateline_only_opens_the_story():
    text = ("Sanctions widen\n\nMay 2, 2025\n\nThe EU met on Monday.\n\nThe talks went on.\n\n"
            "MOSCOW — Russia said it would respond.\n")
    art = parse(text, file=False)
    assert sents(art)[-1] == "MOSCOW — Russia said it would respond."  # a third paragraph: story text


# --- Chinese punctuation -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Xi said，ties are strong。Over 75 years，they grew。", ["Xi said，ties are strong。", "Over 75 years，they grew。"]),
    ("He left！Really？ yes。", ["He left！", "Really？ yes。"]),  # a lowercase word after the mark: no boundary
    ("They signed 《the Joint Statement》。Then they left.", ["They signed 《the Joint Statement》。", "Then they left."]),
    ("He left. She stayed.", ["He left.", "She stayed."]),
])
def test_full_width_sentence_marks(text, expected):
    assert sentences(text) == expected
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_machine_translated_chinese():
    art = parse("em_cn_mt.txt")
    assert art.agencies == ["Xinhua"]
    assert kind_of(art, "Moscow, June 3 (Xinhua)，") == "agency"
    assert art.subheadings == []  # the last paragraph, ending in "。", is story text
    assert sents(art) == [
        "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held a phone call "
        "with Russian Foreign Minister Sergei Lavrov on the evening of 3rd。",
        "Wang Yi said，China and Russia should strengthen strategic coordination。",
        "The two sides agreed to keep close communication on the Ukraine issue！",
        "Lavrov said，Russia appreciates China's objective and impartial position。",
        "Both sides also exchanged views on the situation in the Middle East。",
    ]


# --- a full stop with no space after it ----------------------------------------------------------------------

def test_missing_space_after_a_full_stop():
    art = parse("em_glued_stops.txt")
    assert [(r.raw, r.repaired, r.rule) for r in art.repairs] == [(".", ". ", "missing space")] * 2
    t = art.text
    for raw in ("said.Lavrov", "Ukraine.Lavrov"):
        i = t.index(raw)
        assert art.analysis(i, i + len(raw)) == raw.replace(".", ". ")
    assert sents(art)[:4] == [
        "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, the two "
        "ministries said.",
        "Lavrov told reporters that Moscow valued Beijing's \"balanced position.\"",
        "Wang said China supported \"all efforts conducive to peace\" in Ukraine.",
        "Lavrov later traveled to St.Petersburg for an economic forum, where officials from Amazon.com and companies "
        "using Node.js were also present.",
    ]


@pytest.mark.parametrize("text,fixed", [
    ("Putin spoke on Thursday.Putin then left. Putin was tired.", ["Thursday.Putin"]),
    ("Он заявил об этом в среду.Путин уехал. Путин устал.", ["среду.Путин"]),
    ('He said "never".Putin left. Putin was tired.', ['"never".Putin']),  # a quote closed before the stop
    ("Talks with the Gov.Newsom team. Newsom agreed.", []),  # an abbreviation
    ("Prices rose in Sept.Prices fell later.", []),  # an abbreviation from data/abbreviations.txt
    ("See mailto:press.Office@mid.example and Office hours.", []),  # part of an address
    ("Read more at news.Reuters.com today. Reuters said so.", []),
    ("A unique word.Zorblax is the name.", []),  # the word after occurs nowhere else
    ("Its version is Node.js and it is Amazon.com now.", []),
])
def test_missing_space_rule(text, fixed):
    reps = find_missing_spaces(text, [(0, len(text))])
    got = []
    for r in reps:
        a = text.rfind(" ", 0, r.start) + 1
        b = text.find(" ", r.end)
        got.append(text[a:b if b >= 0 else len(text)])
    assert got == fixed


def test_function_word_glued_to_a_name():
    art = parse("Kishida warns Russia\n\nKishida met officials on Friday. KishidaSaid the talks were useful, and "
                "officials said so.\n", file=False)
    assert [(r.raw, r.repaired, r.rule) for r in art.repairs] == [("KishidaSaid", "Kishida Said", "camel")]


# --- HTML ------------------------------------------------------------------------------------------------------

def test_html_related_list_and_share_row_after_the_story():
    html = ("<html><body><h1>Xi holds talks with Putin</h1><p>BEIJING, May 16 (Xinhua) -- Xi held talks with Putin "
            "on Thursday.</p><p>The two sides signed a joint statement.</p>"
            "<div class=\"share\">Share: <a>WeChat</a> <a>Weibo</a></div>"
            "<div class=\"related\"><h3>Related</h3><ul><li><a href=\"1.htm\">Xi holds welcome ceremony for Putin</a>"
            "</li><li><a href=\"2.htm\">China, Russia issue joint statement</a></li></ul></div></body></html>")
    art = parse(html, file=False)
    assert sents(art) == ["Xi held talks with Putin on Thursday.", "The two sides signed a joint statement."]
    assert art.subheadings == []


# --- hostile input (its time against its size is measured in bench/bench_linear.py) ---------------------------

def test_body_rules_on_many_short_end_matter_lines():
    # many short lines under lead-ins, notes, initials, repeated captions, full stops with no space after them
    unit = ("Related Posts\nA headline without a stop\nkk\nJane Roe is a reporter at the Post.\n"
            "Xi speaks in Beijing. Photo: Reuters\nXi speaks in Beijing.\nTalks ended.Putin left.\n\n")
    art = parse("A title\n\nBy Jane Roe\n\nMay 2, 2025\n\nPutin met Xi.\n\n" + unit * 200, file=False)  # lossless
    assert (art.title, art.authors, art.published) == ("A title", ["Jane Roe"], "2025-05-02")
    kinds = [s.kind for s in art.segments if s.kind != "blank"]
    assert kinds == ["title", "byline", "date", "body"] + (["boilerplate"] * 4 + ["caption"] * 2 + ["body"]) * 200
    assert sents(art) == ["Putin met Xi."] + ["Talks ended.", "Putin left."] * 200  # each glued full stop split
    assert len(art.repairs) == 200


# --- footnote numbers glued to the text -------------------------------------------------------------------

def test_footnote_numbers_after_punctuation_split_sentences_and_leave_the_analysis_text():
    from presslens.parsing import parse_text

    art = parse_text("Russia's pivot to Asia\n\nMay 16, 2024\n\n"
                     "China now buys nearly a third of Russia's exports.12 Trade reached a record in 2023. Officials "
                     "call the relationship one of equals,4 but analysts disagree.[5] “We are partners.”7 Putin said.\n\n"
                     "Gazprom's exports to China rose by half.5\n\nOil flows rose.¹³ Prices fell.\n")
    got = [(art.text[s:e], art.analysis(s, e)) for _p, s, e in art.sentences]
    assert got == [
        ("China now buys nearly a third of Russia's exports.12", "China now buys nearly a third of Russia's exports."),
        ("Trade reached a record in 2023.", "Trade reached a record in 2023."),
        ("Officials call the relationship one of equals,4 but analysts disagree.[5]",
         "Officials call the relationship one of equals, but analysts disagree."),
        ("“We are partners.”7", "“We are partners.”"), ("Putin said.", "Putin said."),
        ("Gazprom's exports to China rose by half.5", "Gazprom's exports to China rose by half."),  # no subheading
        ("Oil flows rose.¹³", "Oil flows rose."), ("Prices fell.", "Prices fell.")]
    assert art.subheadings == []
    # numbers that are no footnotes stay, and split nothing
    art = parse_text("Trade grows\n\nMay 16, 2024\n\nGrowth was 3.5 percent, or 1,200 tonnes. China is the No.1 "
                     "buyer and the No.2 Economy of the region (p.12 Table). The ships left on Sept.11 Monday and "
                     "came back in May,12 days later. The price rose by a third.12 analysts said so. Version 2.0 "
                     "Beta came out; see www.example.com/a.1 Now.\n")
    assert [r for r in art.repairs if r.rule == "footnote"] == []
    assert len(art.sentences) == 5


# --- an agency's dateline on a line or paragraph of its own ----------------------------------------------------

_STORY = ("Chinese President Xi Jinping and Russian President Vladimir Putin signed a gas deal on Tuesday. The talks "
          "lasted four hours.\n\nThe deal covers deliveries from 2030.\n")


@pytest.mark.parametrize("dateline,agency", [
    ("WASHINGTON (AP) —", "AP"),
    ("NAIROBI, Kenya (AP) _", "AP"),  # the underscore of 1990s wire copy
    ("INDEPENDENCE, Mo. (AP)--", "AP"),
    ("BEIJING (Reuters) -", "Reuters"),
    ("MOSCOW, March 21 (Reuters) -", "Reuters"),
    ("ПЕКИН, 16 мая. /ТАСС/.", "TASS"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_agency_dateline_alone_over_the_story(dateline, agency, gap):
    # a page or archive that sets the dateline apart: the agency's line, neither a header line nor story text
    text = f"Xi and Putin sign gas deal\nBy John Smith\nMarch 21, 2023\n\n{dateline}{gap}{_STORY}"
    art = parse_text(text)
    assert art.agencies == [agency]
    assert kind_of(art, dateline) == "agency"
    assert art.body().startswith("Chinese President Xi Jinping")


def test_a_short_line_with_a_dash_that_names_no_agency_is_not_a_dateline():
    # the same shape, but what the parentheses hold is no agency: left as it was read before
    text = f"Xi and Putin sign gas deal\nBy John Smith\nMarch 21, 2023\n\nWASHINGTON (Update) —\n\n{_STORY}"
    art = parse_text(text)
    assert art.agencies == []
    assert "WASHINGTON (Update) —" in art.body()


def test_an_agency_dateline_alone_further_down_is_not_story_text():
    # a digest's second story opens with its dateline set apart, after the first story's paragraphs
    text = ("Asia digest\nMarch 21, 2023\n\n" + _STORY + "\nMOSCOW (AP) —\n\nRussia's central bank held its key rate "
            "at 7.5% on Friday, citing risks from the yuan's swings.\n")
    art = parse_text(text)
    assert kind_of(art, "MOSCOW (AP) —") == "agency"
    assert "MOSCOW (AP)" not in art.body()
    assert "Russia's central bank held its key rate" in art.body()
