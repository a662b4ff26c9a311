"""Export styles and outlets of the 33rd probe (tests/data/probes/probe33): an English word in lower case glued to an
acronym by a lost link ("state broadcasterCCTV"); a photo credit in brackets naming its agencies in capitals apart by
spaced slashes ("[EPA-EFE/ALEXEI DRUZHININ / SPUTNIK / KREMLIN POOL]", Euractiv's); a standfirst of one line without a
final stop over the lead photo's agency caption and the story's dateline (Arab News' page); a caption closed by a known
agency after a spaced slash ("... 20 декабря 2023 года / Reuters"); a print page's foot closing the text ("«Коммерсантъ»
21.03.2023") and the authors' signature over it; an app's share text opening a copy ("Check out this article from
OUTLET: headline") and its "Download the X app" button; an abbreviated reading time ("Est. 4min") and the Trust
Project's content-type label; an author's box under the story (the name, what they are under it) and the "Материал
подготовлен ..." credit line; an appeal to follow the outlet's channel ("Следите за новостями ... в telegram-канале");
a publication field's issue fields ("Eurasia Daily Monitor Volume: 21 Issue: 142"); a subtitle without a stop under a
print page's headline. Short synthetic texts, one rule each; each test also pins look-alike text that must keep its
old reading."""

from __future__ import annotations

from presslens.parsing import credit_start
from style_helpers import STORY, body_text, kind_of, p


def _glued(word: str) -> str:
    """What ``word``, inside a story sentence of a synthetic article, is read as."""
    art = p("Xi hails trust with Putin\nOctober 18, 2023\n\n"
            f"Xi said so on Wednesday, according to state {word} and other outlets in Beijing.\n\n" + STORY)
    at = art.text.index(word)
    return art.analysis(at, at + len(word))


def test_an_english_word_glued_to_an_acronym_is_two_words():
    assert _glued("broadcasterCCTV") == "broadcaster CCTV"
    assert _glued("officialsNATO") == "officials NATO"
    # look-alikes keeping their spelling: brands and systems opening with one to three letters or ending in two
    # capitals, a word of the list of camelCase spellings, an acronym of six capitals or more
    assert _glued("eVTOL") == "eVTOL"
    assert _glued("macOS") == "macOS"
    assert _glued("watchOS") == "watchOS"
    assert _glued("openSUSE") == "openSUSE"
    assert _glued("mediaUNESCOS") == "mediaUNESCOS"


def test_an_english_word_glued_to_an_acronym_written_so_twice_is_its_own_spelling():
    art = p("Xi hails trust with Putin\nOctober 18, 2023\n\nThe firm's kernelLTS release and its kernelLTS patches "
            "were discussed at the talks in Beijing on Wednesday.\n\n" + STORY)
    at = art.text.index("kernelLTS")
    assert art.analysis(at, at + 9) == "kernelLTS"


_CAPTION = "EU eyes Chinese firms in sanctions package\nFeb 14, 2024\n\nXi and Putin in Beijing, 2022.\n{credit}\n\n" + STORY


def test_a_bracketed_credit_in_capitals_with_spaced_slashes_is_a_credit():
    credit = "[EPA-EFE/ALEXEI DRUZHININ / SPUTNIK / KREMLIN POOL]"
    art = p(_CAPTION.format(credit=credit))
    assert kind_of(art, credit) == kind_of(art, "Xi and Putin in") == "caption"
    assert body_text(art).startswith("Russia and China signed")
    t = "Xi and Putin in Beijing, 2022. " + credit
    assert t[credit_start(t):] == credit
    # look-alikes: the same credit without spaces (read so before), words in brackets that are not all capitals or
    # have no slash keep their reading
    art = p(_CAPTION.format(credit="[EPA-EFE/ALEXEI DRUZHININ/SPUTNIK/KREMLIN POOL]"))
    assert kind_of(art, "[EPA-EFE") == "caption"
    assert credit_start("He met them. [Russia / China]") is None
    assert credit_start("The ministry said so [according to TASS / Interfax]") is None
    assert credit_start("Talks went on. [EDITOR'S NOTE: UPDATED]") is None


_GULF = ("Xi hails trust with Putin at Beijing talks\nOctober 18, 2023\n\nXi hails trust with Putin at Beijing talks\n\n"
         "{dek}\n\nPutin and Xi attend a ceremony in Beijing. (AFP)\n\n{first}\n\n" + STORY)
_DEK = "Putin was in Beijing for the forum, his first trip since the warrant"
_FIRST = ("BEIJING: Chinese leader Xi Jinping said Wednesday that trust between Beijing and Moscow was deepening, as he "
          "hosted Putin.")


def test_a_standfirst_over_the_lead_photos_agency_caption_and_a_dateline_is_the_lede():
    art = p(_GULF.format(dek=_DEK, first=_FIRST))
    assert kind_of(art, _DEK) == "lede" and art.lede == _DEK
    assert kind_of(art, "Putin and Xi attend") == "caption"
    assert body_text(art).startswith("Chinese leader Xi Jinping said Wednesday")
    # look-alikes keeping their old reading: the paragraph over the caption ends in a full stop (a story's
    # paragraph), or no dateline opens the paragraph under the caption, or no caption stands between them
    for dek, first in ((_DEK + ".", _FIRST), (_DEK, _FIRST.removeprefix("BEIJING: "))):
        art = p(_GULF.format(dek=dek, first=first))
        assert kind_of(art, _DEK) == "body" and body_text(art).startswith(_DEK)
    art = p(_GULF.replace("Putin and Xi attend a ceremony in Beijing. (AFP)\n\n", "").format(dek=_DEK, first=_FIRST))
    assert kind_of(art, _DEK) == "body"


_RU_HEAD = "Китай предупредил Россию? Что стоит за визитом в Пекин\nСергей Дубинин\n20 декабря 2023\n\n{caption}\n\n"
_RU_STORY = ("Председатель правительства России провел в Пекине переговоры с премьером Госсовета КНР.\n\n"
             "Главной темой переговоров, по данным российской стороны, стала торговля между двумя странами.\n\n"
             "Мишустина также принял председатель КНР Си Цзиньпин, сообщили китайские государственные СМИ.\n")


def test_a_caption_closed_by_an_agency_after_a_spaced_slash_is_a_caption():
    cap = "Михаил Мишустин и Ли Цян во время встречи в Пекине, 20 декабря 2023 года / Reuters"
    art = p(_RU_HEAD.format(caption=cap) + _RU_STORY)
    assert kind_of(art, cap) == "caption"
    assert body_text(art).startswith("Председатель правительства России провел")
    t = "Xi and Putin in Moscow, March 21, 2023 / AFP"
    assert t[credit_start(t):] == "/ AFP"
    # look-alikes keeping their reading: a sentence ending in its stop after the agency, a name that is no agency's
    # after the slash, an agency's name glued to another's by a slash without spaces inside a sentence
    assert credit_start("The figures came from the customs office / Reuters.") is None
    assert credit_start("Михаил Мишустин и Ли Цян во время встречи в Пекине / Иван Петров") is None
    assert credit_start("A poll by Reuters/Ipsos showed support was growing fast") is None


_PRINT = ("Си Цзиньпин приехал за стабильностью\n21 марта 2023\n\n"
          "Визит председателя КНР в Москву стал первым зарубежным визитом китайского лидера после переизбрания.\n\n"
          "Первая встреча двух лидеров прошла в неформальном формате и продолжалась более четырех часов.\n\n"
          "На Западе визит восприняли настороженно, заявил госсекретарь США Энтони Блинкен.\n\n{end}\n")


def test_a_print_pages_foot_closing_the_text_and_the_signature_over_it():
    art = p(_PRINT.format(end="Елена Черненко, Андрей Колесников\n«Коммерсантъ» 21.03.2023"))
    assert kind_of(art, "«Коммерсантъ» 21.03.2023") == "boilerplate"
    assert kind_of(art, "Елена Черненко") == "byline"
    assert art.authors == ["Елена Черненко", "Андрей Колесников"]
    assert body_text(art).endswith("Энтони Блинкен.")
    # a single name over the foot signs too
    art = p(_PRINT.format(end="Елена Черненко\n«Коммерсантъ» 21.03.2023"))
    assert art.authors == ["Елена Черненко"] and kind_of(art, "«Коммерсантъ» 21") == "boilerplate"
    # look-alikes keeping their reading: a foot naming no known outlet, names the story is about over the foot (not
    # signatures), two names apart by a comma closing the story with no foot under them
    art = p(_PRINT.format(end="Елена Черненко, Андрей Колесников\n«Рога и копыта» 21.03.2023"))
    assert kind_of(art, "«Рога и копыта»") == "body" and art.authors == []
    art = p(_PRINT.format(end="Антон Блинкенов, Андрей Колесников\n«Коммерсантъ» 21.03.2023").replace(
        "Энтони Блинкен.", "Антон Блинкенов."))
    assert kind_of(art, "Антон Блинкенов, Андрей") == "body" and art.authors == []
    art = p(_PRINT.format(end="Елена Черненко, Андрей Колесников"))
    assert kind_of(art, "Елена Черненко") == "body" and art.authors == []


_SHARE = ("Check out this article from South China Morning Post: China, Russia hold first joint air patrol near Alaska\n\n"
          "https://scmp.com/news/china/military/article/3271642/china-russia-hold-first-joint-air-patrol\n\n"
          "Download the SCMP app: https://scmp.com/app\n\n"
          "China, Russia hold first joint air patrol near Alaska\n\nAmber Wang\n\nPublished: 4:30pm, 25 Jul 2024\n\n"
          + STORY)


def test_an_apps_share_text_and_its_download_button_are_furniture():
    art = p(_SHARE)
    assert art.title == "China, Russia hold first joint air patrol near Alaska"
    assert kind_of(art, "Check out this article") == kind_of(art, "Download the SCMP app") == "boilerplate"
    assert art.authors == ["Amber Wang"] and art.published.startswith("2024-07-25")
    assert body_text(art).startswith("Russia and China signed")
    # look-alikes keeping their reading: a story's sentence telling readers to look at a text, with its stop, and one
    # telling them to download files (no app)
    for line in ("Read this story from Moscow: the talks went on for hours after the dinner.",
                 "Download the files the ministry published on Monday and compare the two lists of figures."):
        art = p("China, Russia hold first joint air patrol near Alaska\n\nPublished: 4:30pm, 25 Jul 2024\n\n" + STORY
                + "\n" + line + "\n")
        assert kind_of(art, line) == "body", line


def test_a_reading_time_abbreviated_and_the_trust_projects_content_type_label_are_furniture():
    head = ("EU eyes Chinese firms in new Russia sanctions package\n\nBy Alexandra Brzozowski | Euractiv\n\nEst. 4min\n\n"
            "Feb 14, 2024\n\nContent-Type:\n\nNews Based on facts, either observed and verified directly by the reporter,"
            " or reported and verified from knowledgeable sources.\n\n")
    art = p(head + STORY)
    for line in ("Est. 4min", "Content-Type:", "News Based on facts"):
        assert kind_of(art, line) != "body", line
    assert body_text(art).startswith("Russia and China signed")
    # look-alikes keeping their reading: a story's sentences saying "based on facts" and "est." in other words
    for line in ("The ruling was based on facts, the judge said, not on the politics of the moment in Brussels.",
                 "Est. 1991 reads the sign above the door of the old trading house in Harbin, near the river."):
        art = p(head + STORY + "\n" + line + "\n")
        assert kind_of(art, line) == "body", line


_BOX = ("Что стоит за визитом Мишустина в Пекин\nСергей Дубинин\n20 декабря 2023\n\n" + _RU_STORY
        + "\nЭксперты отмечают, что Пекин не спешит брать на себя новые долгосрочные обязательства.\n{end}\n"
        "Подписывайтесь на наш канал в Telegram\n")


def test_an_authors_box_under_the_story_and_the_credit_line_over_it():
    art = p(_BOX.format(end="Материал подготовлен Настоящим Временем\nСергей Дубинин\nКорреспондент «Настоящего Времени»"))
    assert kind_of(art, "Корреспондент «Настоящего") == kind_of(art, "Сергей Дубинин\nКорр") == "byline"
    assert kind_of(art, "Материал подготовлен") == "boilerplate"
    assert body_text(art).endswith("долгосрочные обязательства.")
    # look-alikes keeping their reading: a line that is no job's under the author's name, a story's sentence saying
    # a text was prepared, with its stop
    art = p(_BOX.format(end="Сергей Дубинин\nКак Китай стал главным торговым партнером России"))
    assert kind_of(art, "Как Китай стал") == "body"
    line = "Материал подготовлен к печати еще в ноябре, но его публикацию отложили до визита премьера."
    assert kind_of(p(_BOX.format(end=line)), line) == "body"


def test_an_appeal_to_follow_the_outlets_channel_is_furniture():
    line = "Следите за новостями России и мира в telegram-канале URA.RU."
    art = p(_RU_HEAD.format(caption="Фото: Владимир Андреев") + _RU_STORY + "\n" + line + "\n")
    assert kind_of(art, line) == "boilerplate"
    assert body_text(art).endswith("китайские государственные СМИ.")
    # look-alikes keeping their reading: a story's sentence with the same verb and no channel named
    for line in ("Следите за новостями, сказал он, ведь ситуация на границе меняется каждый день.",
                 "Следите за событиями внимательно: рынок реагирует быстро, предупредил экономист."):
        art = p(_RU_HEAD.format(caption="Фото: Владимир Андреев") + _RU_STORY + "\n" + line + "\n")
        assert kind_of(art, line) == "body", line


def _published_in(field: str):
    return p(f"{field}\nRussia's Northern Sea Route Depends Ever More on Chinese Cargo\nBy: Sergey Sukhankin\n"
             "September 24, 2024\n\n" + STORY)


def test_a_publication_fields_issue_fields_are_not_the_outlets_name():
    assert _published_in("Publication: Eurasia Daily Monitor Volume: 21 Issue: 142").source == "Eurasia Daily Monitor"
    assert _published_in("Publication: China Brief Vol.: 24 Issue: 9").source == "China Brief"
    # look-alikes keeping their reading: a name without issue fields, a name holding "Issue" without a colon
    assert _published_in("Publication: Eurasia Daily Monitor").source == "Eurasia Daily Monitor"
    assert _published_in("Publication: Issue 142 Press").source == "Issue 142 Press"


_LONG = ("Визит председателя КНР Си Цзиньпина в Москву, начавшийся в понедельник, стал первым зарубежным визитом "
         "китайского лидера после его переизбрания на третий срок, и в Кремле переговоры назвали очень важными.")


def _print_page(dek: str, *, edition: bool = True, first: str = _LONG) -> str:
    return (("Газета «Коммерсантъ» №45 от 21.03.2023, стр. 6\n" if edition else "21.03.2023\n")
            + f"Мировая политика\nСи Цзиньпин приехал за стабильностью\n{dek}\n{first}\n\n" + _RU_STORY)


def test_a_subtitle_under_a_print_pages_headline_is_the_lede():
    dek = "Председатель КНР провел первый день переговоров в Москве"
    art = p(_print_page(dek))
    assert kind_of(art, dek) == "lede" and art.lede == dek
    assert body_text(art).startswith("Визит председателя КНР")
    # look-alikes keeping their reading: no print edition's line over the page, a line under the headline ending in
    # its stop, a short line under it (no story paragraph)
    for text in (_print_page(dek, edition=False), _print_page(dek + ".", edition=True),
                 _print_page(dek, first="Так считают эксперты")):
        assert kind_of(p(text), dek) == "body"


# The review of the rules above (look-alikes in ordinary articles the merged rules misread, and plain variants they
# missed): each case here failed on the rules as first merged.

def test_a_glued_acronym_of_a_protocol_or_format_is_a_spelling_and_a_function_word_glued_to_one_is_two():
    # software and products glue a protocol's or format's acronym to a word of their name: no lost link
    for word in ("openSSL", "wolfSSL", "openVPN", "parseJSON"):
        assert _glued(word) == word, word
    # a function word glued to an acronym (of two capitals too) is a lost link like a longer word
    assert _glued("theNATO") == "the NATO"
    assert _glued("theUN") == "the UN"
    assert _glued("ofNATO") == "of NATO"
    # look-alikes keeping their reading: an organisation's acronym after a longer word, brands opening with one to
    # three letters, a longer word glued to two capitals
    assert _glued("reportsTASS") == "reports TASS"
    for word in ("iPhone", "eBay", "mRNA", "kWh", "gRPC", "vCPU", "macOS"):
        assert _glued(word) == word, word


def test_a_story_paragraph_closed_by_an_agency_after_a_spaced_slash_is_no_caption():
    # a channel's news item names its source so, with no picture's date before it; so does a quote's attribution
    for line in ("The figures, compiled by the customs office, showed trade rising to a record / Reuters",
                 "«Мы готовы к диалогу», — сказал он агентству / Reuters"):
        art = p("Xi meets Putin in Moscow\nMarch 21, 2023\n\n" + line + "\n\n" + STORY)
        assert kind_of(art, line) == "body", line
        assert credit_start(line) is None, line
    # look-alikes keeping their reading: a caption closed by the picture's date ("2023 года", "2023 г.", English)
    for t, credit in (("Xi and Putin in Moscow, March 21, 2023 / AFP", "/ AFP"),
                      ("Путин в Кремле, 2023 г. / ТАСС", "/ ТАСС")):
        assert t[credit_start(t):] == credit
    art = p("Xi meets Putin in Moscow\nMarch 21, 2023\n\nPutin and Xi at the Kremlin, March 21, 2023 / Reuters\n\n" + STORY)
    assert kind_of(art, "Putin and Xi at the Kremlin") == "caption"


def test_a_bracketed_label_in_capitals_with_spaced_slashes_names_an_agency_to_be_a_credit():
    # a page's labels in brackets, in capitals, name no agency nor pool
    for t in ("The leaders met in Beijing. [WORLD / ASIA]", "He spoke to reporters. [UPDATE / CORRECTION]",
              "Talks ended. [RUSSIA / CHINA]"):
        assert credit_start(t) is None, t
    # look-alikes keeping their reading: a credit naming an agency or a pool
    for credit in ("[AP / REUTERS]", "[SERGEI BOBYLEV / TASS]", "[ALEXEI DRUZHININ / KREMLIN POOL]"):
        t = "Xi and Putin in Beijing. " + credit
        assert t[credit_start(t):] == credit, credit


def test_a_story_sentence_naming_an_app_or_a_story_is_no_share_text():
    # a story's sentence telling readers to download an app, closed by who did; a sentence after a colon in lower case
    for line in ("Download the Diia app and register your car, the ministry urged residents on Monday.",
                 "Download the government's new app to report drones, officials told residents of the region.",
                 "I found this story on Al Jazeera: it said the talks had failed",
                 "Look at this piece from the ministry: the figures do not add up, analysts say"):
        art = p("China, Russia hold first joint air patrol near Alaska\n\nPublished: 4:30pm, 25 Jul 2024\n\n" + STORY
                + "\n" + line + "\n")
        assert kind_of(art, line) == "body", line
    # look-alike keeping its reading: the share text and the button (test above), the button with its pitch
    line = "Download the BBC News app for the latest news"
    art = p("China, Russia hold first joint air patrol near Alaska\n\nPublished: 4:30pm, 25 Jul 2024\n\n" + STORY
            + "\n" + line + "\n")
    assert kind_of(art, line) == "boilerplate"


def test_an_appeal_to_follow_a_channel_closed_by_who_made_it_is_a_sentence():
    for line in ("Следите за новостями в telegram-канале администрации, — призвал жителей глава города.",
                 "Следите за новостями в нашем телеграм-канале, призвал губернатор жителей области.",
                 "Следите за событиями в соцсетях ведомства, — говорится в сообщении МЧС."):
        art = p(_RU_HEAD.format(caption="Фото: Владимир Андреев") + _RU_STORY + "\n" + line + "\n")
        assert kind_of(art, line) == "body", line
    # look-alike keeping its reading: the outlet's own appeal, with a comma inside and no one named after it
    line = "Следите за новостями России и мира, экономики и спорта в telegram-канале URA.RU."
    art = p(_RU_HEAD.format(caption="Фото: Владимир Андреев") + _RU_STORY + "\n" + line + "\n")
    assert kind_of(art, line) == "boilerplate"


def test_issue_fields_with_an_abbreviation_without_its_point():
    assert _published_in("Publication: The Economist Vol: 450 Issue: 9").source == "The Economist"
    # look-alike keeping its reading: a name holding a field's word before a figure, no colon
    assert _published_in("Publication: Number 10 Review").source == "Number 10 Review"
