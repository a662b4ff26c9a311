"""Export styles of the 37th probe (tests/data/probes/probe37): the databases' export framing in their other
interfaces splits a bulk export (Factiva's Russian "Документ <accession number>", Nexis Uni's German "Ende des
Dokuments" under its German cover page and French "Fin du document", a Russian database's "Документ 1 из 25"); a
Factiva article in Russian is read in the display layout ("512 слов"), a section, headline and byline over the word
count by their places; a Russian press database's record fields
("Заглавие:", "Дата выпуска:", "Номер:", "Страница:", "Объем:") and Nexis Uni's German ones ("Rubrik:", "Länge:",
"Autor:", "Text", "3. Juli 2024 Mittwoch") are read as the English ones; a "Read also" label glued to its link's
headline is furniture; records parted by rules of equals signs, each opening with a field (Public.ru), split; a source
field citing the issue ("Коммерсантъ (Москва), № 192, 18.10.2023, с. 1") gives the outlet and the date. Short synthetic texts, one rule each; each test also pins look-alike text that must keep its old
reading."""

from __future__ import annotations

from presslens.reading import Document, export_spans, split_export
from style_helpers import body_text, kind_of, p

_RU_PARAS = ("Российские импортеры снова жалуются на задержки платежей в Китай, сообщили участники рынка.\n\n"
             "Крупные китайские банки ужесточили проверки и требуют подтверждений от контрагентов в России.\n\n"
             "В Центробанке ситуацию не комментируют, а аналитики ждут сокращения импорта из Китая.\n")
_EN_PARAS = ("China's exports to Russia have fallen for a second month as Chinese banks grow more wary of sanctions.\n\n"
             "Exports to Russia fell by 13.5% in April compared with a year earlier, customs data showed.\n\n"
             "Beijing has said its trade with Moscow is normal and does not target third parties.\n")


def _parts(text: str) -> list[str]:
    return [d.text for d in split_export(Document("x", "x.txt", text))]


def test_a_bulk_export_in_another_interface_splits():
    # Factiva in Russian: each article ends with its accession number after "Документ"; the search summary is left out
    factiva = "".join(f"Заголовок номер {i}\n512 слов\n22 августа 2023\nВедомости\nVEDOMO\nРусский язык\n\n{_RU_PARAS}\n"
                      f"Документ VEDOMO0020230822ej8m0000{i}\n\n" for i in (1, 2)) + \
        "Поиск: Китай и Россия\nРезультаты найдены: 2\n"
    parts = _parts(factiva)
    assert len(parts) == 2 and "Заголовок номер 2" in parts[1] and "Поиск:" not in parts[1]
    # Nexis Uni in German: its cover page left out, each article ending "Ende des Dokuments"; in French "Fin du document"
    cover = ("Benutzername: Universität Leipzig\nDatum und Uhrzeit: Dienstag, 9. Juli 2024 14:12:00 MESZ\n"
             "Auftragsnummer: 228771903\n\nDokumente (2)\n\n1. First title\n2. Second title\n"
             "Suchbegriffe: China AND Russia\nSuchart: Boolesch\n\n")
    nexis = cover + "".join(f"{t}\n\nThe Guardian (London)\n\n{_EN_PARAS}\nEnde des Dokuments\n\n"
                            for t in ("First title", "Second title"))
    spans, notes = export_spans(nexis)
    assert len(spans) == 2 and nexis[spans[0][0]:].startswith("First title") and "cover page" in notes[0]
    french = "".join(f"Titre {i}\n\n{_EN_PARAS}\nFin du document\n\n" for i in (1, 2))
    assert len(_parts(french)) == 2
    # a Russian database's records opened by "Документ 1 из 2", its search header left out; a count that differs is said
    integrum = "ИНТЕГРУМ\nЗапрос: Китай\nНайдено документов: 2\n\n" + "".join(
        f"Документ {i} из 3\n\nКоммерсантъ\nДата выпуска: 14.03.2024\nЗаглавие: Заголовок {i}\n\n{_RU_PARAS}\n"
        for i in (1, 2))
    spans, notes = export_spans(integrum)
    assert len(spans) == 2 and any("text before the first article" in n for n in notes) and \
        any("says it holds 3 documents; 2 found" in n for n in notes)
    # look-alikes keeping their reading (one article): a story quoting a "Источник:" line, a story in numbered
    # sections, a story naming a document "1 из 2" in a sentence, the words "Ende des Dokuments" inside a sentence,
    # a Russian word count line without an accession number
    for text in ("Заголовок\n\n" + _RU_PARAS + "\nИсточник: Интерфакс\n\n" + _RU_PARAS + "\nИсточник: ТАСС\n",
                 "Заголовок\n\n1. Платежи\n\n" + _RU_PARAS + "\n2. Логистика\n\n" + _RU_PARAS,
                 "Заголовок\n\n" + _RU_PARAS + "\nДокумент 1 из 2 подписан в Пекине, второй отложен.\n\n" + _RU_PARAS,
                 "Title\n\n" + _EN_PARAS + "\nThe words Ende des Dokuments closed the German file.\n\n" + _EN_PARAS,
                 "Заголовок\n512 слов\n22 августа 2023\n\n" + _RU_PARAS + "\nДокумент\n\n" + _RU_PARAS,
                 # a story listing documents numbered so, each over its title (no record's fields under the line)
                 "Заголовок\n\n" + _RU_PARAS + "\nДокумент 1 из 2\nМеморандум о сотрудничестве\n\n" + _RU_PARAS +
                 "\nДокумент 2 из 2\nСоглашение о поставках газа\n\n" + _RU_PARAS):
        assert _parts(text) == [text]


_FACTIVA_RU = ("Пекин и Москва договорились о поставках угля\nАнастасия Веденеева\n512 слов\n22 августа 2023\nВедомости\n"
               "VEDOMO\nРусский язык\n© 2023 АО «Бизнес Ньюс Медиа». Все права защищены.\n\n" + _RU_PARAS +
               "\nДокумент VEDOMO0020230822ej8m0000b\n")


def test_a_factiva_article_in_russian_is_read_in_the_display_layout():
    art = p(_FACTIVA_RU)
    assert art.title == "Пекин и Москва договорились о поставках угля"
    assert art.published[:10] == "2023-08-22" and art.source == "Ведомости"
    body = body_text(art)
    assert body.startswith("Российские импортеры снова жалуются") and list(art.authors) == ["Анастасия Веденеева"]
    for furniture in ("512 слов", "VEDOMO", "Русский язык", "Документ VEDOMO"):
        assert furniture not in body, furniture
    # the English layout keeps its reading
    en = p(_FACTIVA_RU.replace("512 слов", "512 words").replace("Документ VEDOMO", "Document VEDOMO"))
    assert en.title == art.title and en.source == "Ведомости" and "Document VEDOMO" not in body_text(en)
    # look-alikes keeping their reading: a story's line counting words, the word "Документ" over a sentence
    art = p("Заголовок\n22 августа 2023\n\n" + _RU_PARAS + "\nВ документе 512 слов, и он уже подписан.\n\n"
            "Документ подписали в Пекине VEDOMO0020230822ej8m0000b раньше срока.\n")
    assert "В документе 512 слов" in body_text(art) and "Документ подписали в Пекине" in body_text(art)


def test_a_factiva_articles_section_headline_and_byline_over_the_word_count():
    # [section] headline [byline] word count: the short line over the headline and a name is the section, a name right
    # over the word count the byline, in either language's layout
    for head, want in (("Деловые новости\nПекин и Москва договорились о поставках угля\nАнастасия Веденеева\n512 слов\n",
                        ("Деловые новости", "Пекин и Москва договорились о поставках угля", ["Анастасия Веденеева"])),
                       ("Мировая экономика\nПекин и Москва договорились о поставках угля\n1 024 слов\n",
                        ("Мировая экономика", "Пекин и Москва договорились о поставках угля", [])),
                       ("Pekin i Moskva\nAnastasia Vedeneeva\n512 words\n", ("", "Pekin i Moskva", ["Anastasia Vedeneeva"])),
                       ("Coal\nBeijing and Moscow agree on coal deliveries by land\nAnastasia Vedeneeva\n512 words\n",
                        ("Coal", "Beijing and Moscow agree on coal deliveries by land", ["Anastasia Vedeneeva"]))):
        art = p(head + _FACTIVA_RU[_FACTIVA_RU.index("22 августа"):])
        assert (art.section, art.title, list(art.authors)) == want, head
        assert body_text(art).startswith("Российские импортеры"), head
    # look-alikes keeping their reading: the headline alone over the word count, and the same lines in an article that
    # is not in Factiva's layout (no accession number under it): no section or byline read from their places
    art = p("Пекин и Москва договорились о поставках угля\n512 слов\n" + _FACTIVA_RU[_FACTIVA_RU.index("22 августа"):])
    assert (art.section, art.title, list(art.authors)) == ("", "Пекин и Москва договорились о поставках угля", [])
    art = p("Деловые новости\nПекин и Москва договорились о поставках угля\nАнастасия Веденеева\n22 августа 2023\n\n"
            + _RU_PARAS)
    assert (art.section, art.title, list(art.authors)) == ("", "Деловые новости", ["Анастасия Веденеева"])
    # a headline wrapped over two lines: its first line is no section (the second goes on in lower case), its second
    # line in capitals under a headline in capitals no byline
    for head in ("Пекин и Москва договорились\nо поставках угля по суше\n512 слов\n",
                 "China and Russia agree\non coal deliveries by land\n512 words\n",
                 "CHINA, RUSSIA AGREE\nON COAL DELIVERIES\n512 words\n"):
        art = p(head + _FACTIVA_RU[_FACTIVA_RU.index("22 августа"):])
        assert (art.section, list(art.authors)) == ("", []), head
        assert art.title == head.split("\n")[0], head
    # a date or a page over the headline is no section
    for over in ("22 августа 2023", "Page 4"):
        art = p(over + "\nПекин и Москва договорились о поставках угля\n512 слов\n" + _FACTIVA_RU[_FACTIVA_RU.index("22 августа"):])
        assert (art.section, art.title) == ("", "Пекин и Москва договорились о поставках угля"), over


def test_a_russian_database_records_fields_are_read():
    art = p("Коммерсантъ\nДата выпуска: 14.03.2024\nНомер: 44\nСтраница: 7\nРубрика: Деловые новости\n"
            "Автор: Ольга Мельникова\nЗаглавие: Юань застрял на границе\nОбъем: 318 слов\n\n" + _RU_PARAS)
    assert art.title == "Юань застрял на границе" and art.published[:10] == "2024-03-14"
    assert list(art.authors) == ["Ольга Мельникова"] and art.section == "Деловые новости"
    body = body_text(art)
    assert body.startswith("Российские импортеры снова жалуются")
    for line in ("Дата выпуска:", "Номер: 44", "Страница: 7", "Заглавие:", "Объем:"):
        assert line not in body, line
    # the label's other spelling ("Объём") and a number with its issue ("Номер: 44 (7742)")
    art = p("Заглавие: Юань застрял на границе\nДата выпуска: 14.03.2024\nНомер: 44 (7742)\nОбъём: 1 842 знака\n\n"
            + _RU_PARAS)
    assert art.title == "Юань застрял на границе" and "Номер:" not in body_text(art) and "Объём" not in body_text(art)
    # look-alikes keeping their reading: a story's sentences opening with the same words, and the usual labels
    story = ("Заголовок: Юань застрял на границе\nДата: 14.03.2024\n\n" + _RU_PARAS +
             "\nНомер: его так и не назвали, сообщили в банке.\n\nОбъем: в прошлом году он вырос вдвое, сказал министр.\n")
    art = p(story)
    assert art.title == "Юань застрял на границе" and art.published[:10] == "2024-03-14"
    assert "Номер: его так и не назвали" in body_text(art) and "Объем: в прошлом году" in body_text(art)
    # a sentence opening with "Дата выпуска:", and a table in the story numbering its rows and giving volumes in tonnes
    # (neither the issue's date, number nor the story's length); the label alone over its date stays a header
    art = p("Заголовок\n22 августа 2023\n\n" + _RU_PARAS + "\nДата выпуска: 2025 год, сообщил производитель.\n\n"
            "Номер: 1\nТовар: уголь\nОбъем: 5 млн т\n\nНомер: 2\nТовар: нефть\nОбъем: 3 млн т\n\n" + _RU_PARAS)
    body = body_text(art)
    for line in ("Дата выпуска: 2025 год", "Номер: 1", "Объем: 5 млн т", "Номер: 2", "Объем: 3 млн т"):
        assert line in body, line
    art = p("Заголовок\nДата выпуска:\n14.03.2024\n\n" + _RU_PARAS)
    assert kind_of(art, "Дата выпуска:") == "header" and art.published[:10] == "2024-03-14"


_NEXIS_DE = ("China's exports to Russia fall as banks tighten checks\n\nThe Guardian (London)\n13. Mai 2024 Montag\n\n"
             "Copyright 2024 The Guardian All Rights Reserved\n\nRubrik: BUSINESS\nLänge: 412 Wörter\nAutor: Amy Hawkins\n\n"
             "Text\n\n" + _EN_PARAS + "\nLadedatum: 14. Mai 2024\n\nEnde des Dokuments\n")


def test_nexis_unis_german_fields_are_read():
    art = p(_NEXIS_DE)
    assert art.title == "China's exports to Russia fall as banks tighten checks"
    assert art.published[:10] == "2024-05-13" and list(art.authors) == ["Amy Hawkins"] and art.section == "BUSINESS"
    body = body_text(art)
    assert body.startswith("China's exports to Russia have fallen")
    for line in ("Rubrik:", "Länge:", "Autor:", "Ladedatum", "Ende des Dokuments", "Montag"):
        assert line not in body, line
    # look-alikes keeping their reading: the English interface's fields, an English weekday after the date, and a
    # German weekday's word in a story's sentence
    en = p(_NEXIS_DE.replace("13. Mai 2024 Montag", "May 13, 2024 Monday").replace("Rubrik:", "Section:")
           .replace("Länge: 412 Wörter", "Length: 412 words").replace("Autor:", "Byline:").replace("Text\n", "Body\n")
           .replace("Ladedatum: 14. Mai 2024", "Load-Date: May 14, 2024").replace("Ende des Dokuments", "End of Document"))
    assert en.title == art.title and en.published[:10] == "2024-05-13" and list(en.authors) == ["Amy Hawkins"]
    art = p("Talks in Berlin\nMay 13, 2024\n\n" + _EN_PARAS + "\nOn 13 May 2024 Montag was the name of the ship.\n")
    assert "Montag was the name of the ship." in body_text(art)
    # a German story's sentences opening with the fields' words: no byline, section or header read from them
    de = ("Die Exporte Chinas nach Russland sind im zweiten Monat in Folge gesunken, sagen Händler.\n\n"
          "Peking erklärte, der Handel mit Moskau sei normal und richte sich nicht gegen Dritte.\n")
    lines = ("Autor: Thomas Mann schrieb darüber schon 1924 einen Roman.",
             "Länge: 2000 Kilometer hat die Pipeline, sagte der Minister.",
             "Rubrik: Die Zeitung führte eine neue Rubrik ein, in der Leser schreiben.")
    art = p("Gas aus Sibirien\n13. Mai 2024\n\n" + de + "\n" + "\n\n".join(lines) + "\n\n" + de)
    assert (list(art.authors), art.section) == ([], "")
    for line in lines:
        assert line in body_text(art), line
    # "Text" over the story and in a reader's toggles under it is furniture; alone between blank lines under the story's
    # text it heads what follows (a statement's full text) and keeps its reading
    assert kind_of(p(_NEXIS_DE), "Text\n") == "boilerplate"
    art = p("Title\nMay 13, 2024\n\n" + _EN_PARAS + "\nStory\nText\nOriginal\n")
    assert kind_of(art, "Text\n") == "boilerplate" and not art.authors
    for head in ("Text", "TEXT"):
        art = p("Joint statement\nMay 13, 2024\n\n" + _EN_PARAS + f"\n{head}\n\n" + _EN_PARAS.replace("China's", "Russia's"))
        assert kind_of(art, f"{head}\n\nRussia's") == "subheading", head


def test_a_read_also_label_glued_to_its_links_headline_is_furniture():
    for line in ("Читайте такжеКитай и Россия: союз без обязательствПочему Пекин не спешит",
                 "Смотрите также«Сила Сибири — 2»: новые сроки",
                 "Read alsoRussia, China fly bombers near Japan as Biden visits Tokyo"):
        art = p("Заголовок\n22 августа 2023\n\n" + _RU_PARAS + "\n" + line + "\n\n" + _RU_PARAS.replace("Российские", "Другие"))
        assert kind_of(art, line) == "boilerplate", line
        assert line[:12] not in body_text(art), line
    # look-alikes keeping their reading: the label with its colon, and a sentence going on from "read more" in lower case
    art = p("Title\nMay 13, 2024\n\n" + _EN_PARAS + "\nRead moreover the small print of the deal, analysts say, "
            "and the picture changes.\n\n" + _EN_PARAS.replace("China's", "Russia's"))
    assert "Read moreover the small print" in body_text(art)
    art = p("Title\nMay 13, 2024\n\n" + _EN_PARAS + "\nRead also: Russia, China fly bombers near Japan\n\n"
            + _EN_PARAS.replace("China's", "Russia's"))
    assert "Read also" not in body_text(art)


_RULE = "=" * 50
# a paragraph of story length (25 words and more: what tells a record's story from a header's lines)
_LONG_RU = ("Китайские банки ужесточили проверки платежей из России, сообщили участники рынка в Москве в пятницу вечером, "
            "и добавили, что ситуация вряд ли изменится в ближайшие месяцы, если не будут найдены новые каналы.\n\n")


def test_records_parted_by_rules_of_equals_signs_split():
    head = "Публичная библиотека\nПодборка: Россия — Китай\nДокументов в подборке: 2\n" + _RULE + "\n\n"
    records = [f"Источник: Коммерсантъ (Москва), № 19{i}, 18.10.2023, с. 1\nЗаголовок: Заголовок {i}\n\n{_LONG_RU}{_RU_PARAS}\n"
               f"{_RULE}\n" for i in (1, 2)]
    text = head + "\n".join(records) + "© Public.ru\n"
    spans, notes = export_spans(text)
    assert len(spans) == 2 and text[spans[1][0]:].lstrip().startswith("Источник: Коммерсантъ (Москва), № 192")
    assert any("text before the first article" in n for n in notes) and any("after the last" in n for n in notes)
    # look-alikes keeping their reading (one article): a newsletter's parts under rules not opening with a record's
    # field, a story with one quoted source between rules, a Markdown headline underlined with equals signs
    for one in ("Weekly China-Russia brief\n" + _RULE + "\n\nTrade\n\n" + _LONG_RU + _EN_PARAS + "\n" + _RULE + "\n\nEnergy\n\n"
                + _LONG_RU + _EN_PARAS + "\n" + _RULE + "\n",
                "Заголовок\n\n" + _RU_PARAS + "\n" + _RULE + "\nИсточник: Интерфакс\n\n" + _LONG_RU + _RU_PARAS + "\n" + _RULE
                + "\n\n" + _LONG_RU,
                "China and Russia\n" + _RULE + "\n\n" + _EN_PARAS,
                # a newsletter's items each opening with one "Source:" line, a digest's parts each with a "Title:" line
                "Weekly brief\n" + _RULE + "\nSource: Reuters\n\n" + _LONG_RU + "\n" + _RULE + "\nSource: AP\n\n" + _LONG_RU
                + "\n" + _RULE + "\n",
                "Digest\n" + _RULE + "\nTitle: Trade\n" + _LONG_RU + _RULE + "\nTitle: Energy\n" + _LONG_RU + _RULE
                + "\nTitle: Arms\n" + _LONG_RU):
        assert _parts(one) == [one]
    # records opening with another field over the source (the block of fields counts, not its first line)
    text = "".join(f"{_RULE}\nАвтор: Иван Петров\nИсточник: Коммерсантъ, № 19{i}, 18.10.2023\n\n{_LONG_RU}" for i in (1, 2))
    assert len(_parts(text + _RULE + "\n")) == 2


def test_a_source_field_citing_the_issue_gives_the_outlet_and_the_date():
    art = p("Источник: Коммерсантъ (Москва), № 192, 18.10.2023, с. 1\nЗаголовок: Путин прилетел в Пекин\n\n" + _RU_PARAS)
    assert art.source == "Коммерсантъ" and art.published[:10] == "2023-10-18"
    art = p("Источник: Российская газета - Федеральный выпуск, № 233 (9176), 16.10.2023, с. 3\n"
            "Заголовок: Северный путь\n\n" + _RU_PARAS)
    assert art.source == "Российская газета - Федеральный выпуск" and art.published[:10] == "2023-10-16"
    # look-alikes keeping their reading: a plain source field, and one naming where the facts come from
    art = p("Источник: Коммерсантъ\nЗаголовок: Путин прилетел в Пекин\nДата: 18.10.2023\n\n" + _RU_PARAS)
    assert art.source == "Коммерсантъ" and art.published[:10] == "2023-10-18"
    art = p("Заголовок\n18 октября 2023\n\n" + _RU_PARAS + "\nИсточник: пресс-служба Кремля, РИА Новости\n")
    assert art.source != "пресс-служба Кремля"
    # the number sign typed as a Latin N
    art = p("Источник: Коммерсантъ, N 192, 18.10.2023, с. 1\nЗаголовок: Путин прилетел в Пекин\n\n" + _RU_PARAS)
    assert art.source == "Коммерсантъ" and art.published[:10] == "2023-10-18"
    # look-alikes keeping their reading: a number without a date cites no issue (a person's place in a list, a
    # letter's number)
    for value in ("Иван Петров, № 5 в списке", "Минфин, № 12-34/567"):
        art = p(f"Заголовок: Путин прилетел в Пекин\nИсточник: {value}\n\n" + _RU_PARAS)
        assert art.source == value, value
