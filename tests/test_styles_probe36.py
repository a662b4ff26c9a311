"""Export styles of the 36th probe (tests/data/probes/probe36): an interview's byline naming who asked the questions
("Беседовала Мария Ефимова", "Interview by Jane Doe") names its writer, as "Автор:" and "By" do; a newsletter's prompt
put as a question ("Would you like to receive our newsletter? Sign up") is furniture; a breadcrumb with one arrow over
the headline ("China & World > Diplomacy") is the section (probe 35's mojibake.txt); a headline split over two lines
under the page's labels, its first ending with a colon, a comma or a word no headline ends with, is read whole. Short
synthetic texts, one rule each; each test also pins look-alike text that must keep its old reading."""

from __future__ import annotations

from style_helpers import body_text, kind_of, p

_RU_HEAD = "«Пекин не хочет ни победы, ни поражения России»\n18 марта 2023\n"
_RU_BODY = ("\nПредседатель КНР на следующей неделе прилетит в Москву, сообщили в Кремле.\n\n"
            "— Зачем он едет в Москву именно сейчас?\n\n"
            "— Для Пекина это прежде всего демонстрация, и Китай хочет показать собственную позицию.\n")
_EN_HEAD = "'Beijing wants neither a Russian victory nor a defeat'\nMarch 18, 2023\n"
_EN_BODY = ("\nChina's leader will fly to Moscow next week, the Kremlin said on Friday.\n\n"
            "Q: Why is he going to Moscow now?\n\n"
            "A: For Beijing this is above all a demonstration of its own position on the war.\n")


def test_an_interviews_byline_naming_who_asked_names_the_writer():
    for head, line, body, want in ((_RU_HEAD, "Беседовала Мария Ефимова", _RU_BODY, ["Мария Ефимова"]),
                                   (_RU_HEAD, "Беседовал Илья Азар", _RU_BODY, ["Илья Азар"]),
                                   (_RU_HEAD, "Беседовали Анна Петрова и Олег Смирнов", _RU_BODY,
                                    ["Анна Петрова", "Олег Смирнов"]),
                                   (_EN_HEAD, "Interview by Jane Doe", _EN_BODY, ["Jane Doe"]),
                                   (_EN_HEAD, "Interviewed by John Smith", _EN_BODY, ["John Smith"])):
        assert list(p(head + line + "\n" + body).authors) == want, line
    # look-alikes keeping their reading: the verb in a story's sentence, and the usual labels
    art = p(_RU_HEAD + _RU_BODY + "\nБеседовала с ним корреспондент, которая работала в Пекине десять лет.\n")
    assert list(art.authors) == []
    art = p(_EN_HEAD + _EN_BODY + "\nInterview by interview, the picture of the talks became clearer to diplomats.\n")
    assert list(art.authors) == []
    assert list(p(_RU_HEAD + "Автор: Мария Ефимова\n" + _RU_BODY).authors) == ["Мария Ефимова"]
    assert list(p(_EN_HEAD + "By Jane Doe\n" + _EN_BODY).authors) == ["Jane Doe"]


_EN_STORY = ("Russia hands over island land to China\nNov. 14, 2023\n\n"
             "Russia has completed the handover of a plot of land on an island near Khabarovsk, officials said.\n\n"
             "The island was divided between the two countries in 2008 under a border agreement.\n\n"
             "Officials in Khabarovsk said the transfer was a technical matter and that nobody lived there.\n\n")
_RU_STORY = ("Россия передала Китаю участок острова\n14 ноября 2023\n\n"
             "Россия завершила передачу Китаю участка земли на острове у Хабаровска, сообщили власти края.\n\n"
             "Остров был разделен между двумя странами в 2008 году по соглашению о границе.\n\n"
             "В Хабаровске заявили, что передача носит технический характер и на участке никто не живет.\n\n")


def test_a_newsletters_prompt_put_as_a_question_is_furniture():
    for story, line in ((_EN_STORY, "Would you like to receive our newsletter? Sign up"),
                        (_EN_STORY, "Would you like to receive our newsletter?"),
                        (_EN_STORY, "Do you want to get our free weekly newsletter? Subscribe"),
                        (_RU_STORY, "Хотите получать нашу рассылку? Подписаться")):
        art = p(story + line + "\n")
        assert kind_of(art, line) == "boilerplate", line
        assert line.split("?")[0] not in body_text(art), line
    # look-alikes keeping their reading: the same words in a story's sentence going on past the question, and a
    # question about a newsletter that is not the page's prompt
    for story, line in ((_EN_STORY, "Would you like to receive our newsletter? the official asked, handing out leaflets to the crowd."),
                        (_EN_STORY, "Would you like to receive updates from the border post, residents were asked in a survey."),
                        (_RU_STORY, "Хотите получать нашу рассылку? — спросил чиновник у жителей острова на встрече в Хабаровске.")):
        art = p(story + line + "\n")
        assert kind_of(art, line) == "body", line


_CRUMB_STORY = ("By Jane Doe | 21 Mar 2023\n"
                "Chinese President Xi Jinping and Russian President Vladimir Putin agreed on Tuesday to deepen ties.\n"
                "The two leaders met for a second day of talks at the Kremlin, officials said.\n")


def test_a_breadcrumb_with_one_arrow_over_the_headline_is_the_section():
    head = "Xi and Putin hail new era of ties in Moscow talks"
    for crumb in ("China & World > Diplomacy", "Asia Pacific › East Asia", "News » World » Asia",
                  "Мир > Азия"):
        for top in ("South China Tribune\n", ""):
            art = p(top + crumb + "\n" + head + "\n" + _CRUMB_STORY)
            assert (art.title, art.section) == (head, crumb), (top, crumb)
    # look-alikes keeping their reading: a headline holding '>' in a quotation, a sum in a headline, a slash (too
    # common in headlines), items that are no names
    for line in ('Putin says "Russia > West" in Kremlin speech', "China trade in Q3 > Q2 as exports to Russia grow",
                 "Q3 > Q2: China's exports to Russia outpace imports", "Russia/China > all others, says Putin"):
        art = p("South China Tribune\n" + line + "\n" + _CRUMB_STORY)
        assert (art.title, art.section) == (line, ""), line


_SPLIT_TOP = "The Diplomat\nFeatures | Diplomacy | East Asia\n"
_SPLIT_TAIL = ("The two navies have sailed together more often since 2022. What does that tell us?\n"
               "By Kenji Moriyama\nAugust 29, 2023\n"
               "In late July, ten Chinese and Russian warships sailed through the Soya Strait near Hokkaido.\n"
               "It was the third such joint patrol in three years, and by far the largest.\n")


def test_a_headline_split_over_two_lines_is_read_whole():
    for one, two in (("China and Russia in the Sea of Japan:", "A Partnership Tested at Sea"),
                     ("Why China and Russia keep sailing together in the", "Sea of Japan"),
                     ("China and Russia sail together,", "But Not as One Navy"),
                     ("Китай и Россия провели патрулирование в", "Японском море")):
        art = p(_SPLIT_TOP + one + "\n" + two + "\n" + _SPLIT_TAIL)
        assert art.title == one + " " + two, one
    # look-alikes keeping their reading: a section over the headline, a kicker, a label ending with a colon, a
    # headline over a standfirst, a headline over the byline, a blank line between the two lines
    for above, head in (("World", "Xi and Putin meet in Moscow for talks"), ("EXCLUSIVE", "Xi and Putin meet in Moscow"),
                        ("Analysis:", "Xi and Putin meet in Moscow"), ("East Asia", "A Partnership Tested at Sea")):
        art = p(_SPLIT_TOP + above + "\n" + head + "\n" + _SPLIT_TAIL)
        assert art.title == head, above
    art = p(_SPLIT_TOP + "China and Russia in the Sea of Japan:\n\nA Partnership Tested at Sea\n" + _SPLIT_TAIL)
    assert art.title == "A Partnership Tested at Sea"
    art = p("China and Russia sail together\nBy Kenji Moriyama\nAugust 29, 2023\n" + _SPLIT_TAIL.split("\n", 3)[3])
    assert art.title == "China and Russia sail together"
