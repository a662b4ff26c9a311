"""Export styles of the 34th probe (tests/data/probes/probe34): the notice Russian law makes a listed "foreign agent"
print over every text ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ ...", Дождь's);
a subtitle file's (WebVTT, SubRip) header and cue timings and its sound tags ("[music]") left in a news video's
transcript; a press release's contact block ("Media contact:", the press officer's name, position, phone number); an
author's note right under "About the author" whose name no byline gave (a think tank's comment page). Short synthetic
texts, one rule each; each test also pins look-alike text that must keep its old reading."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

_RU_HEAD = "Китайские банки отказываются принимать платежи из России\n15 февраля 2024\n\n"
_RU_STORY = ("Крупнейшие китайские банки начали отказываться от проведения платежей из России, сообщают импортеры.\n\n"
             "Причиной стал указ президента США, подписанный в декабре 2023 года, пишут участники рынка.\n\n"
             "В Кремле признали наличие проблем с платежами, заявил пресс-секретарь президента.\n")


def test_the_russian_foreign_agent_notice_is_furniture():
    for notice in ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ "
                   "ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, "
                   "ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА. 18+",
                   "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ "
                   "«ДОЖДЬ» ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА «ДОЖДЬ». 18+"):
        art = p(_RU_HEAD + _RU_STORY + "\n" + notice + "\n")
        assert kind_of(art, notice) == "boilerplate", notice
        assert "ИНОСТРАНН" not in body_text(art)
    # look-alikes keeping their reading: story sentences on the status, without the notice's opening words, or with
    # them and no agent named
    for line in ("Минюст признал телеканал иностранным агентом, а затем внес его в список нежелательных организаций.",
                 "Данное сообщение (материал) распространили в Telegram-каналах импортеров, сообщили в ассоциации.",
                 "Настоящий материал (информация) подготовлен по итогам опроса участников рынка, отметили авторы."):
        art = p(_RU_HEAD + _RU_STORY + "\n" + line + "\n")
        assert kind_of(art, line) == "body", line


def test_a_sentence_quoting_the_foreign_agent_notice_stays_story_text():
    # a story on the law quoting the notice goes on past it (a dash, a colon, who said it); the notice does not
    for line in ("Данное сообщение (материал) создано и (или) распространено иностранным средством массовой информации, "
                 "выполняющим функции иностранного агента, — такую надпись с 2020 года обязаны ставить издания из "
                 "реестра, напомнил юрист.",
                 "Настоящий материал (информация) произведен иностранным агентом — такую маркировку с 1 декабря обязаны "
                 "размещать все лица из реестра.",
                 "Данное сообщение (материал) создано и (или) распространено иностранным агентом: так теперь начинается "
                 "каждый текст издания."):
        art = p(_RU_HEAD + _RU_STORY + "\n" + line + "\n")
        assert kind_of(art, line) == "body", line
    # look-alike keeping its reading: the notice itself in lower case, its 18+ after it
    notice = ("данное сообщение (материал) создано и (или) распространено иностранным средством массовой информации, "
              "выполняющим функции иностранного агента, и (или) российским юридическим лицом, выполняющим функции "
              "иностранного агента. 18+")
    art = p(_RU_HEAD + _RU_STORY + "\n" + notice + "\n")
    assert kind_of(art, notice) == "boilerplate"


def test_the_foreign_agent_notice_naming_its_agent_in_full_is_furniture_too():
    # the agent's full legal name makes the notice longer than the 250 characters other furniture keeps to
    notice = ("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ ОБЩЕСТВОМ С "
              "ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «ТЕЛЕКАНАЛ ДОЖДЬ» ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ОБЩЕСТВА С "
              "ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «ТЕЛЕКАНАЛ ДОЖДЬ». 18+")
    assert len(notice) > 250
    for text in (_RU_HEAD + _RU_STORY + "\n" + notice + "\n", _RU_HEAD + notice + "\n\n" + _RU_STORY):
        art = p(text)
        assert kind_of(art, notice) == "boilerplate"
        assert "ИНОСТРАНН" not in body_text(art)
    # look-alike keeping its reading: a long sentence quoting it, who said it after
    line = ("Настоящий материал (информация) произведен, распространен и (или) направлен иностранным агентом ООО "
            "«Телеканал Дождь» либо касается деятельности иностранного агента, и именно эту фразу длиной почти в "
            "триста знаков редакция теперь обязана ставить над каждым текстом, включая короткие новости, напомнил юрист.")
    assert len(line) > 250
    art = p(_RU_HEAD + _RU_STORY + "\n" + line + "\n")
    assert kind_of(art, line) == "body"


def test_the_foreign_agent_notice_in_a_translation_tools_english_is_furniture():
    for notice in ("THIS MESSAGE (MATERIAL) WAS CREATED AND (OR) DISTRIBUTED BY A FOREIGN MASS MEDIA PERFORMING THE "
                   "FUNCTIONS OF A FOREIGN AGENT AND (OR) A RUSSIAN LEGAL ENTITY PERFORMING THE FUNCTIONS OF A FOREIGN "
                   "AGENT. 18+",
                   "This material (information) was produced, distributed and (or) sent by a foreign agent Limited "
                   "Liability Company TV Rain or concerns the activities of a foreign agent Limited Liability Company "
                   "TV Rain. 18+"):
        art = p(_RELEASE + "\n" + notice + "\n")
        assert kind_of(art, notice) == "boilerplate", notice
        assert body_text(art).endswith("customs data showed.")
    # look-alikes keeping their reading: sentences quoting it (who said it, a dash after), and one with the
    # parenthesis and no agent
    for line in ("This message (material) was created by a foreign agent, the regulator said in its ruling on Friday.",
                 "This material (information) was produced by a foreign agent - such a label now opens every story.",
                 "This material (information) was gathered by our correspondents in Beijing and Moscow over three months."):
        art = p(_RELEASE + "\n" + line + "\n")
        assert kind_of(art, line) == "body", line


_VTT_HEAD = "Why China won't abandon Russia\nApril 6, 2023\n\n"


def test_a_subtitle_files_header_and_cue_timings_are_furniture():
    cues = ("WEBVTT\nKind: captions\n\n1\n00:00:03.400 --> 00:00:07.900\n"
            "More than a year into the war in Ukraine, China's support for Russia has not wavered.\n\n"
            "2\n00:00:08,100 --> 00:00:12,600 align:start position:0%\n[music]\n"
            "Trade between the two countries reached a record last year, customs data showed.\n\n")
    art = p(_VTT_HEAD + cues + STORY)
    for line in ("WEBVTT", "Kind: captions", "00:00:03.400 --> 00:00:07.900", "00:00:08,100 --> 00:00:12,600", "[music]"):
        assert kind_of(art, line) == "boilerplate", line
    body = body_text(art)
    assert "-->" not in body and "[music]" not in body and "WEBVTT" not in body
    assert "China's support for Russia has not wavered." in body
    # look-alikes keeping their reading: a story's sentence with an arrow or the words, and a tag inside a sentence
    for line in ("The price rose from 10:00:00.000 --> to the close, traders joked about the ticker, officials said.",
                 "Kind: captions were added to the video later, the broadcaster said on Friday.",
                 "The crowd greeted him with [applause] and chants, according to state media."):
        art = p(_VTT_HEAD + line + "\n\n" + STORY)
        assert kind_of(art, line) == "body", line


def test_a_subtitle_header_is_the_signature_and_cue_timings_take_only_settings():
    # a cue's timings without the hours are a cue's too (WebVTT's short form)
    art = p(_VTT_HEAD + "WEBVTT - Why China won't abandon Russia\n\n00:03.400 --> 00:07.900\n"
            "More than a year into the war in Ukraine, China's support for Russia has not wavered.\n\n" + STORY)
    for line in ("WEBVTT - Why", "00:03.400 --> 00:07.900"):
        assert kind_of(art, line) == "boilerplate", line
    # a story's sentence opening with the format's name, and a programme's line with its item after the times
    for line in ("WebVTT files were attached to the video by the broadcaster, officials said on Friday.",
                 "12:00:00.000 --> 13:00:00.000 Lunch with the delegations"):
        art = p(_VTT_HEAD + "The programme of the visit was published on Thursday.\n" + line + "\n\n" + STORY)
        assert kind_of(art, line) == "body", line


def test_a_sound_tag_in_capitals_with_its_verb_or_in_parentheses_is_furniture():
    tags = ("[MUSIC PLAYING]", "(Applause.)", "(Аплодисменты.)", "[Laughs]")
    art = p(_VTT_HEAD + "The president spoke first at the forum in Vladivostok.\n" + "\n".join(tags) + "\n\n" + STORY)
    for tag in tags:
        assert kind_of(art, tag) == "boilerplate", tag
    assert "Applause" not in body_text(art) and "MUSIC" not in body_text(art)
    # look-alikes keeping their reading: the tag in a sentence, or opening one
    for line in ("He smiled (laughter) and left the stage, officials said.",
                 "(Music) The festival opened on Friday in Vladivostok, officials said."):
        art = p(_VTT_HEAD + line + "\n\n" + STORY)
        assert kind_of(art, line) == "body", line


_RELEASE = ("Freight operators launch a rail-sea corridor between Murmansk and Dalian\nMarch 14, 2024\n\n" + STORY)


def test_a_press_releases_contact_block_is_furniture():
    block = "Media contact:\nElena Markova\nHead of Communications, Arctic Freight Partners\n+7 812 555 0142\n"
    art = p(_RELEASE + "\n" + block + "press@arcticfreight.example\n\n###\n")
    for line in block.splitlines():
        assert kind_of(art, line) == "boilerplate", line
    assert body_text(art).endswith("customs data showed.")
    # look-alikes keeping their reading: a story's sentence on contacts with the press,
    # a sentence opening with the heading's words, a phone number inside a sentence
    for line in ("Media contacts with the delegation were limited during the visit, the ministry said on Friday.",
                 "Press enquiries about the visit went unanswered on Friday, the embassy said.",
                 "Residents can call +7 812 555 0142 for information on the new schedule, the operator said."):
        art = p(_RELEASE + "\n" + line + "\n\nThe trains will run twice a week, the company said on Tuesday.\n")
        assert kind_of(art, line) == "body", line


def test_a_contact_heading_asking_to_contact_and_a_figure_in_groups_of_three():
    # the heading as an invitation reads the same: the name and position under it are the press office's
    block = "For media inquiries, please contact:\nElena Markova\nHead of Communications\nTel: +7 812 555 0142\n"
    art = p(_RELEASE + "\n" + block)
    for line in block.splitlines():
        assert kind_of(art, line) == "boilerplate", line
    assert body_text(art).endswith("customs data showed.")
    # look-alikes keeping their reading: a figure's change alone on its line, its digits in groups of three (a table's
    # or an infographic's value), is no number dialled; one in groups of four or two is
    for line in ("+1 250 000", "+12 500 000"):
        art = p(_RELEASE + "Net inflow of migrants to the region in 2023\n" + line + "\n\n" + STORY)
        assert kind_of(art, line) == "body", line
    for line in ("+1 202 555 0100", "+7 (495) 123-45-67"):
        art = p(_RELEASE + STORY + "\nMedia contact\nElena Markova\n" + line + "\n")
        assert kind_of(art, line) == "boilerplate", line


# a think tank's comment page: a label over the headline, a standfirst, the author's name and position over the story
# (a header no byline rule reads: the name is not one of the article's authors)
_COMMENT = ("Expert comment\nPublished 12 July 2024\n\nChina and Russia's partnership has limits in Central Asia\n\n"
            "The SCO summit in Astana showed Beijing quietly taking the lead in a region Moscow still calls its own.\n\n"
            "Dr Annette Bohr\nAssociate Fellow, Russia and Eurasia Programme\n\n" + STORY)


def test_an_authors_note_under_about_the_author_is_a_byline():
    bio = "Dr Annette Bohr is an associate fellow of the Russia and Eurasia Programme. Her research covers Central Asia."
    notes = "Endnotes\n[1] Shanghai Cooperation Organization, 'Astana Declaration', 4 July 2024.\n"
    related = "\nRelated content\nExpert comment\nWhy Russia cannot afford to lose Kazakhstan\n"
    art = p(_COMMENT + "\n" + notes + "\nAbout the author\n" + bio + "\n" + related)
    assert kind_of(art, bio) == "byline"
    assert kind_of(art, "Endnotes") == "boilerplate"  # the closing run now reaches the notes list over the note
    assert body_text(art).endswith("customs data showed.")
    # look-alikes keeping their reading: the same sentence closing the story over the links without the heading, and
    # under a heading that is no "About the author"
    for head in ("", "Background\n"):
        art = p(_COMMENT + "\n" + head + bio + "\n" + related)
        assert kind_of(art, bio) == "body", head


def test_the_notes_of_two_authors_under_about_the_authors_are_bylines():
    bios = ("Dr Annette Bohr is an associate fellow of the Russia and Eurasia Programme. Her research covers Central Asia.",
            "James Nixey is director of the Russia and Eurasia Programme. He writes on Russian foreign policy.")
    related = "\nRelated content\nExpert comment\nWhy Russia cannot afford to lose Kazakhstan\n"
    art = p(_COMMENT + "\nAbout the authors\n" + "\n".join(bios) + "\n" + related)
    for bio in bios:
        assert kind_of(art, bio) == "byline", bio
    assert body_text(art).endswith("customs data showed.")
    # look-alike keeping its reading: a story's sentence above the notes breaks the run up to the heading
    line = "The summit closed on Friday without a joint statement, officials said."
    art = p(_COMMENT + "\nAbout the authors\n" + line + "\n" + bios[1] + "\n" + related)
    assert kind_of(art, line) == "body"
    assert kind_of(art, bios[1]) == "body"
