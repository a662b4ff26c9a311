"""Export styles and outlets of the 32nd probe (tests/data/probes/probe32): a PDF's or a scanned page's text with its
words hyphenated at the lines' ends, where the hyphen of a compound must stay: a compound of three parts
("Ростова-\nна-Дону"), a first part always written with its hyphen ("well-\nknown", "вице-\nпремьер") and a Russian
particle ("где-\nнибудь"); Dow Jones' dateline of two hyphens ("MOSCOW--Russia and China ..."); a wire's contact
line naming its staff by the outlet ("To contact Bloomberg News staff for this story:"); a draft's comments listed under
it (Google Docs' "[a]...", Word's "[SH1]..."); a PDF layout copy's page head or foot standing once ("24    THE EURASIA
QUARTERLY    SPRING 2024"); the lead photo's caption under its credit with the story's first whole line right under
it; a sentence under a "ЧИТАЙТЕ ТАКЖЕ" link's headline. Short synthetic texts, one rule each; each test also pins
look-alike text that must keep its old reading."""

from __future__ import annotations

from presslens.parsing import find_hyphenated
from style_helpers import STORY, body_text, kind_of, p, sents


def _joined(text: str) -> list[str]:
    """What each word hyphenated at a line's end of ``text`` is read as."""
    return [r.repaired for r in find_hyphenated(text, [(0, len(text))])]


def test_a_compound_cut_at_a_lines_end_keeps_its_own_hyphen():
    # a continuation going on with a hyphen: a compound of three parts
    assert _joined("Перевозчик из Ростова-\nна-Дону рассказал о пробках.") == ["Ростова-на"]  # the repair spans the cut: "-Дону" follows it
    assert _joined("The Asia-\nPacific-wide deal and the once-\nin-a-generation visit.") == ["once-in"]
    # a first part a compound always writes with its hyphen, and a Russian particle after a hyphen
    assert _joined("For Russian officials, this well-\nknown dependence is a price.") == ["well-known"]
    assert _joined("Beijing's self-\nreliance drive goes on.") == ["self-reliance"]
    assert _joined("Его принял вице-\nпремьер Госсовета КНР.") == ["вице-премьер"]
    assert _joined("Платежи где-\nнибудь да пройдут, но все-\nтаки медленно.") == ["где-нибудь", "все-таки"]
    # look-alikes: a word cut at its syllables is joined, also after a part that opens plain words ("ex", "экс",
    # "северо"), and before "то" ("мес-\nто")
    assert _joined("But the economic coop-\neration has also created friction.") == ["cooperation"]
    assert _joined("Its ex-\nports rose.") == ["exports"]
    assert _joined("Как отметил экс-\nперт, сотруд-\nничество растет.") == ["эксперт", "сотрудничество"]
    assert _joined("Рынок северо-\nамериканских машин и это мес-\nто.") == ["североамериканских", "место"]
    # a dash at a line's end before a continuation in capitals stays apart, as before
    assert _joined("The Russia-\nChina border.") == []


def test_a_compound_kept_at_a_lines_end_is_told_from_a_dash_and_a_suffix():
    # a dash of two hyphens (or another line's end) after the continuation is no third part of a compound
    assert _joined("But the economic coop-\neration--and its limits--grew.") == ["cooperation"]
    assert _joined("The negotia-\ntions-\nwere long.") == ["negotiations"]
    # a suffix after an always-hyphenated part makes a plain word; so does the joined word standing elsewhere
    assert _joined("A self-\nish policy.") == ["selfish"]
    assert _joined("In well-\nington boots; Wellington boots are green.") == ["wellington"]
    # closed classes whose joined form is no word: "что-то", "из-за", "twenty-five"
    assert _joined("Что-\nто изменилось из-\nза санкций.") == ["Что-то", "из-за"]
    assert _joined("Some twenty-\nfive ships and thirty-\nthird.") == ["twenty-five", "thirty-third"]
    # look-alikes keeping their old reading: a three-part compound, a compound after "self", "мес-\nто", "twenty-\nfold"
    assert _joined("Перевозчик из Ростова-\nна-Дону.") == ["Ростова-на"]
    assert _joined("Beijing's self-\nreliance drive.") == ["self-reliance"]
    assert _joined("Это мес-\nто и из-\nбыток.") == ["место", "избыток"]
    assert _joined("A twenty-\nfold rise.") == ["twentyfold"]


def _wire(first: str) -> str:
    return ("Russia, China Sign Grain Deal\n\nBy Georgi Kantchev\n\n" + first + "\n\n"
            "The project will handle up to 8 million metric tons of grain a year, the Kremlin said after the talks.\n\n"
            "Russian officials have said they want to double the value of farm exports to China by 2030.\n")


def test_a_dow_jones_dateline_of_two_hyphens_without_spaces_is_not_story_text():
    first = "Russia and China signed an agreement on Thursday to build a new grain terminal near the border."
    assert sents(p(_wire("MOSCOW--" + first)))[0] == first
    assert sents(p(_wire("HONG KONG--" + first)))[0] == first
    # look-alikes: the dateline with spaced dashes as before, capitals joined by two hyphens to a code, a
    # sentence opening with an acronym and a dash
    assert sents(p(_wire("MOSCOW -- " + first)))[0] == first
    assert sents(p(_wire("ABC--DEF codes were used. " + first)))[0].startswith("ABC--DEF codes")
    assert sents(p(_wire("NATO—China ties worsened as " + first[0].lower() + first[1:])))[0].startswith("NATO—China")


def test_two_hyphens_after_a_code_or_an_acronym_are_no_dateline():
    rest = "rates jumped on Thursday after the central bank raised its key rate, traders said."
    assert sents(p(_wire("USD--Ruble " + rest)))[0].startswith("USD--Ruble")
    nato = "NATO--Russia relations worsened on Thursday after the talks, and NATO said it would respond."
    assert sents(p(_wire(nato)))[0].startswith("NATO--Russia")
    # look-alikes: a city of four letters and one of two words keep their dateline
    first = "Italy and China signed an agreement on Thursday to build a new grain terminal near the port."
    assert sents(p(_wire("ROME--" + first)))[0] == first
    assert sents(p(_wire("NEW YORK--" + first)))[0] == first


def _contact(line: str) -> str:
    return ("China's Russian Oil Imports Hit Record\n\nJune 20, 2023\n\n" + STORY + "\n" + line + "\n\n"
            "Sarah Chen in Beijing at schen123@bloomberg.net\n")


def test_a_wires_contact_line_naming_its_staff_by_the_outlet_is_not_story_text():
    for line in ("To contact Bloomberg News staff for this story:", "To contact Reuters staff on this story:",
                 "To contact the editors responsible for this story:", "To contact the reporter on this story:"):
        assert line not in body_text(p(_contact(line))), line
    # look-alikes: story sentences opening with "To contact", or naming staff and a story, keep their place
    for line in ("To contact the families of the crew, the ministry set up a hotline on Friday.",
                 "To contact Chinese staff for this project, the company hired translators in Harbin.",
                 "Reuters was unable to contact ministry staff for this story."):
        assert line in body_text(p(_contact(line))), line


def test_a_sentence_opening_like_a_wires_contact_line_is_story_text():
    # no colon after "this story": the sentence goes on
    line = "To contact the ministry's staff for this story, Reuters called its press office three times on Friday."
    assert line in body_text(p(_contact(line)))
    # look-alike: the contact line with its names on the same line stays furniture
    named = "To contact Bloomberg News staff for this story: Sarah Chen in Beijing at schen123@bloomberg.net"
    assert named not in body_text(p(_contact(named)))


_DRAFT = ("Kazakh uranium and the China–Russia squeeze\n\nBy Tomasz Wielgosz\n\n"
          "Kazakhstan sends most of its uranium along routes that run through Russia.{a} Since 2022, that has become "
          "awkward for Western utilities.\n\n"
          "Rosatom has bought stakes in several Kazakh deposits,{b} giving Moscow a say in who gets the fuel.\n\n"
          "Kazakh officials insist that they will keep selling to all buyers, whatever Moscow and Beijing want.\n\n"
          "{tail}\n")


def test_a_drafts_comments_listed_under_it_are_not_story_text():
    comments = ("[a]Check share – annual report says 43% for 2023?\n[b]Which deposits exactly? Confirm with desk.\n"
                "Marta Nowicka: Can we add a line on the rail route capacity?")
    body = body_text(p(_DRAFT.format(a="[a]", b="[b]", tail=comments)))
    for gone in ("Check share", "Which deposits exactly", "Can we add a line"):
        assert gone not in body, gone
    assert "Kazakh officials insist" in body
    word = body_text(p(_DRAFT.format(a="[SH1]", b="", tail="[SH1]Check date of protocol – Rosatom said 22 August?")))
    assert "Check date of protocol" not in word
    # look-alikes: the same lines with no anchor glued in the text above (a list of bracketed items, an anchor
    # standing apart), and a story's line under a blank line, stay story text
    free = body_text(p(_DRAFT.format(a="", b="", tail=comments)))
    assert "Check share" in free and "Can we add a line" in free
    apart = body_text(p(_DRAFT.format(a=" [a]", b="", tail="[a]Check share – annual report says 43% for 2023?")))
    assert "Check share" in apart
    reply = body_text(p(_DRAFT.format(a="[a]", b="", tail="[a]Check share – annual report says 43% for 2023?\n\n"
                                      "Marta Nowicka said the desk would add a line on the rail route capacity.")))
    assert "Marta Nowicka said the desk" in reply


def _layout(foot: str) -> str:
    return ("Trade figures tell a cautious story\n\nMay 21, 2024\n\n"
            "Chinese exports to Russia rose by nearly half in 2023, and bilateral trade reached a record.\n\n"
            + foot + "\n\n"
            "Yet the big state banks have grown wary of handling Russian payments, traders said on Monday.\n\n"
            "Russia now sends China mainly crude oil, coal and liquefied natural gas, customs data show.\n")


def test_a_pdf_layout_copys_page_foot_standing_once_is_not_story_text():
    for foot in ("24    THE EURASIA QUARTERLY                    SPRING 2024",
                 "SPRING 2024                    THE EURASIA QUARTERLY    25",
                 "4     Вторник, 21 мая 2024     № 87 (31297)     ИЗВЕСТИЯ"):
        art = p(_layout(foot))
        assert kind_of(art, foot) == "boilerplate" and foot.split()[1] not in art.subheadings, foot
        assert "Yet the big state banks" in body_text(art)
    # look-alikes: a table's row (its other cells numbers), a line of two fields, the same words apart by single
    # spaces (a subheading, as before), and a sentence set out with wide gaps are no furniture
    for line in ("Crude oil     107.5     24", "THE EURASIA QUARTERLY     25", "24 THE EURASIA QUARTERLY SPRING 2024",
                 "Russia's oil sales     rose again     in May 2024."):
        assert kind_of(p(_layout(line)), line) != "boilerplate", line


def test_a_tables_head_in_a_layout_copy_is_no_page_foot():
    # a year in the number's place, and a line of words and a number over a table's rows, are a table's
    table = "Region     Gazprom     Rosneft     12\n\nSiberia     40.1     22.3     9\n\nArctic     12.5     3.1     4"
    assert kind_of(p(_layout(table)), "Region") != "boilerplate"
    head = "Exports to China     Imports from China     2023"
    assert kind_of(p(_layout(head)), head) != "boilerplate"
    # look-alikes: a verso's foot over a recto's head stay furniture, both
    feet = "24    THE EURASIA QUARTERLY                    SPRING 2024\n\nSPRING 2024                    THE EURASIA QUARTERLY    25"
    art = p(_layout(feet))
    assert kind_of(art, "24    THE") == kind_of(art, "SPRING 2024     ") == "boilerplate"


_LEAD = ("Китайские машины подорожают с 1 октября\n30 сентября 2024 14:22\nФото: Владимир ВЕЛЕНГУРИН\n{caption}\n"
         "С 1 октября в России вырастет утилизационный сбор на автомобили, и больше всего это скажется на импорте из "
         "Китая.{rest}\n"
         "Как объяснили в Минпромторге, повышение сбора должно поддержать российских производителей.\n")


def test_a_lead_photos_caption_under_its_credit_over_a_whole_paragraph_line_is_a_caption():
    art = p(_LEAD.format(caption="Автомобили китайских марок на стоянке дилера в Москве", rest=""))
    assert "Автомобили китайских марок на стоянке дилера в Москве" in art.captions
    assert sents(art)[0].startswith("С 1 октября в России")
    # look-alikes: a copy wrapped by hand (the next line short, no stop), and a line with a stop under the credit,
    # stay the story's
    wrapped = ("Китайские машины подорожают с 1 октября\n30 сентября 2024 14:22\nФото: Владимир ВЕЛЕНГУРИН\n"
               "Автомобили китайских марок подорожают уже в октябре, когда\nвырастет утилизационный сбор на машины.\n\n"
               "Как объяснили в Минпромторге, повышение сбора должно поддержать российских производителей.\n")
    assert sents(p(wrapped))[0].startswith("Автомобили китайских марок подорожают")
    full = p(_LEAD.format(caption="Цены на китайские машины вырастут уже в октябре.", rest=""))
    assert sents(full)[0].startswith("Цены на китайские машины вырастут")


def _read_also(after: str) -> str:
    return ("Китайские машины подорожают с 1 октября\n30 сентября 2024 14:22\n\n"
            "С 1 октября в России вырастет утилизационный сбор на автомобили, сообщили в правительстве.\n"
            "ЧИТАЙТЕ ТАКЖЕ\nЭксперты назвали самые надежные китайские кроссоверы\n" + after + "\n"
            "Продажи новых легковых автомобилей в России за восемь месяцев 2024 года выросли на 60%, по данным "
            "аналитиков.\n")


def test_a_sentence_under_a_read_also_links_headline_is_the_story_going_on():
    line = "По словам экспертов, цены на новые автомобили могут вырасти на 5-10% уже в октябре."
    body = body_text(p(_read_also(line)))
    assert line in body and "Эксперты назвали самые надежные" not in body
    # look-alikes: more links' headlines under the first (no stop; a question; a stop but no comma), and a
    # headline with a comma and a stop right under the lead-in, stay the box's
    for link in ("Почему Haval, Chery и Geely обошли всех", "Сколько стоит растаможка, и кто ее платит?",
                 "Утильсбор вырос в полтора раза."):
        assert link not in body_text(p(_read_also(link))), link
    first = ("Китайские машины подорожают\n30 сентября 2024 14:22\n\n"
             "С 1 октября в России вырастет утилизационный сбор на автомобили, сообщили в правительстве.\n"
             "ЧИТАЙТЕ ТАКЖЕ\nHaval, Chery и Geely: рейтинг продаж.\n"
             "Продажи новых легковых автомобилей выросли на 60%, по данным аналитиков.\n")
    assert "рейтинг продаж" not in body_text(p(first))
