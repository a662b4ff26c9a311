"""Export styles of the 28th probe (tests/data/probes/probe28): a Russian mail program's header block ("Тема:" /
"От:" / "Дата:"), read as the English "Subject:" / "From:" / "Date:" are, and its "Открыть в браузере" link; a Russian
photo credit in brackets ("[Фото/Синьхуа]"); a news agency named in "(Источник: ...)" under the story; an outlet named
in the accusative in its furniture ("Поддержите «Новую газету Европа»") read as the page's first line names it. Short
synthetic texts, one rule each; each test also pins look-alike text that must keep its old reading."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

_STORY_RU = ("Китайские банки в марте ужесточили проверку платежей из России, сообщили участники рынка.\n\n"
             "По их словам, крупные банки КНР фактически перестали принимать переводы от российских компаний.\n\n"
             "Эксперты считают, что проблема носит временный характер, хотя сделки и дорожают.\n")


def test_a_russian_mail_header_block():
    art = p("Тема: Пекин ужесточил проверку платежей из России\nОт: Утренний обзор <news@obzor.example>\n"
            "Дата: 19 марта 2024 г., 08:15\n\n" + _STORY_RU)
    assert art.title == "Пекин ужесточил проверку платежей из России"
    assert art.source == "Утренний обзор" and art.published.startswith("2024-03-19")
    assert kind_of(art, "Тема:") == "title" and kind_of(art, "От:") == "source"
    assert body_text(art).startswith("Китайские банки в марте")
    # the fields in another order, "Кому:" among them: still a mail header
    art = p("От: Утренний обзор <news@obzor.example>\nКому: reader@mail.example\n"
            "Тема: Пекин ужесточил проверку платежей из России\n\n" + _STORY_RU)
    assert art.title == "Пекин ужесточил проверку платежей из России" and art.source == "Утренний обзор"


def test_russian_mail_field_names_outside_a_header_block_keep_their_reading():
    # a Russian site's topic label alone under the headline is no mail subject
    head = "Пекин ужесточил проверку платежей из России\n14 марта 2024 14:05\n\n"
    old = p(head + _STORY_RU)
    art = p(head + "Тема: Россия и Китай\n\n" + _STORY_RU)
    assert art.title == old.title == "Пекин ужесточил проверку платежей из России"
    # nor over a line of text opening with "От" (no colon): no header block
    art = p("Тема: Россия и Китай\nОт редакции\n\n" + head + _STORY_RU)
    assert art.title != "Россия и Китай" and art.source == old.source
    # a story line opening with "От:" or "Тема:" (a quoted dialogue, a list) among story lines is story text
    art = p(head + _STORY_RU + "\nОт: кого угодно можно ждать такого решения, считают аналитики.\n\n"
            "Тема: санкций снова стала главной на переговорах в Пекине.\n")
    assert "От: кого угодно" in body_text(art) and "Тема: санкций" in body_text(art)
    # two such lines apart by a blank line are no header block: the topic label keeps its reading
    art = p("Тема: Россия и Китай\n\nОт: редакции\n\n" + head + _STORY_RU)
    assert art.title != "Россия и Китай" and art.source == old.source


_HEAD = "Си Цзиньпин встретился с Владимиром Путиным в Казани\n2024-10-23 21:15:08\n\n"


def test_a_russian_photo_credit_in_brackets():
    art = p(_HEAD + "Председатель КНР встретился с президентом России в Казани, сообщили в Пекине.\n\n"
            "[Фото/Синьхуа]\n\n" + _STORY_RU)
    assert kind_of(art, "[Фото/Синьхуа]") == "credit" and "[Фото" not in body_text(art)
    assert kind_of(art, "Председатель КНР") == "body"
    # brackets in a story's sentence keep their reading: the lower-case word, a photo's number inside the sentence,
    # an editor's insertion in a quote
    art = p(_HEAD + _STORY_RU + "\nОн опубликовал снимок переговоров [фото прилагается].\n\n"
            "На снимке [Фото 3] видно, как строится новый мост через Амур.\n\n"
            "«Они [китайские банки] не готовы рисковать ради нас», — сказал он.\n")
    body = body_text(art)
    assert "[фото прилагается]" in body and "[Фото 3] видно" in body and "[китайские банки]" in body


def test_a_news_agency_named_as_the_source_in_brackets_under_the_story():
    art = p(_HEAD + _STORY_RU + "\n(Источник: Синьхуа)\n")
    assert art.agencies == ["Xinhua"] and kind_of(art, "(Источник") == "credit"
    art = p("Xi meets Putin in Kazan\n\nOctober 23, 2024\n\n" + STORY + "\n(Source: Xinhua)\n")
    assert art.agencies == ["Xinhua"]
    # the same note right under the headline (over the photo) names where the photo comes from: no agency
    art = p(_HEAD + "(Источник: Синьхуа)\n\n" + _STORY_RU)
    assert art.agencies == [] and kind_of(art, "(Источник") == "credit"
    # under a one-paragraph standfirst too
    art = p(_HEAD + "Лидеры обсудили торговлю и расчеты в национальных валютах.\n\n(Source: Reuters)\n\n" + _STORY_RU)
    assert art.agencies == []
    # a source that is no news agency under the story names none
    art = p(_HEAD + _STORY_RU + "\n(Источник: Kremlin.ru)\n")
    assert art.agencies == [] and kind_of(art, "(Источник") == "credit"



def test_a_source_note_right_under_a_photos_caption_in_the_story_names_no_agency():
    # "(Source: Reuters)" right under a line of text (no blank line between) is that line's credit, a photo's note
    # in the story, however many paragraphs stand above it (merged code: Reuters read as the story's agency)
    cap = "Президент выступает на встрече в Кремле во вторник.\n(Источник: ТАСС)\n\n"
    art = p(_HEAD + _STORY_RU + "\n" + cap + _STORY_RU)
    assert art.agencies == []
    art = p("Xi meets Putin in Kazan\n\nOctober 23, 2024\n\n" + STORY
            + "\nThe two leaders meet in Kazan on Tuesday.\n(Source: Xinhua)\n\n" + STORY)
    assert art.agencies == []
    # look-alikes: the note as a paragraph of its own, under the story or after a quoted paragraph in its middle,
    # still names the agency the story comes from
    art = p(_HEAD + _STORY_RU + "\n(Источник: Синьхуа)\n\n" + _STORY_RU)
    assert art.agencies == ["Xinhua"]
    art = p("Xi meets Putin in Kazan\n\nOctober 23, 2024\n\n" + STORY + "\n(Source: Xinhua)\n")
    assert art.agencies == ["Xinhua"]


def test_a_russian_mails_link_to_its_web_copy_is_furniture():
    art = p("Тема: Пекин ужесточил проверку платежей из России\nОт: Утренний обзор <news@obzor.example>\n\n"
            "Открыть в браузере\n\n" + _STORY_RU + "\nСмотреть письмо в браузере\n")
    assert kind_of(art, "Открыть в браузере") == "boilerplate" and kind_of(art, "Смотреть письмо") == "boilerplate"
    assert body_text(art).startswith("Китайские банки в марте")
    # story sentences about opening something in a browser keep their reading
    art = p(_HEAD + _STORY_RU + "\nОткрыть в браузере документ не удалось, сообщил он.\n\n"
            "Читать в браузере удобнее, чем в приложении, считают читатели.\n")
    body = body_text(art)
    assert "Открыть в браузере документ" in body and "Читать в браузере удобнее" in body


def test_an_outlet_named_in_the_accusative_in_its_furniture_is_read_as_the_first_line_names_it():
    page = "Новая газета Европа\nНовости\nМнения\n\n" + _HEAD + _STORY_RU
    art = p(page + "\nПоддержите «Новую газету Европа»\nПодписывайтесь на «Новую газету Европа» в Telegram\n")
    assert art.source == "Новая газета Европа"
    art = p("Лента.ру\nНовости\nМнения\n\n" + _HEAD + _STORY_RU + "\nПодписывайтесь на «Ленту.ру» в Дзен\n")
    assert art.source == "Lenta.ru"
    # the furniture naming another site, or the same site with fewer words, keeps its reading: its own name
    art = p(page + "\nПодписывайтесь на «Медузу» в Telegram\n")
    assert art.source == "Медузу"
    art = p(page + "\nПодписывайтесь на «Новую газету» в Telegram\n")
    assert art.source == "Новую газету"
    # the first line alike in its first letters but another word keeps the furniture's name (endings only, and
    # no more than two letters)
    art = p("Новости Европы\nМнения\n\n" + _HEAD + _STORY_RU + "\nПодписывайтесь на «Новое Европа» в Telegram\n")
    assert art.source == "Новое Европа"


def test_a_mail_quoted_under_the_story_is_story_text_not_the_pages_header():
    # a letter the story quotes, its "От:" / "Тема:" block under two paragraphs of the story: no sender read as the
    # page's source, its lines kept in the story (merged code: source "Пресс-служба мэрии", the lines cut out)
    letter = "Редакция получила письмо.\n\nОт: Пресс-служба мэрии\nТема: Продление программы\n\n"
    art = p(_HEAD + _STORY_RU + "\n" + letter + _STORY_RU)
    assert art.source == "" and "От: Пресс-служба мэрии" in body_text(art)
    art = p("Xi meets Putin in Kazan\n\nOctober 23, 2024\n\n" + STORY
            + "\nThe newsroom received this e-mail.\n\nFrom: City Hall Press Office\nSubject: Program extension\n\n"
            + STORY)
    assert art.source == "" and "From: City Hall Press Office" in body_text(art)
    # look-alike: the same block at the top of a mail's printout is its header, its sender the source
    art = p("От: Пресс-служба мэрии\nТема: Продление программы\n\n" + _STORY_RU)
    assert art.source == "Пресс-служба мэрии" and kind_of(art, "От:") == "source"
