"""Mojibake: UTF-8 text once decoded as Windows-1252 (or Latin-1) and saved again as UTF-8 is read as its writer
wrote it when the file is decoded (:func:`presslens.reading.repair_mojibake` through ``decode_bytes``); text with
the same letters spelled on purpose keeps its reading."""

import pytest

from presslens.reading import decode_bytes, read_document, repair_mojibake


def garble(text: str, times: int = 1) -> str:
    """``text`` as a tool garbles it: its UTF-8 bytes read as Windows-1252 (Latin-1 for the undefined bytes)."""
    for _ in range(times):
        text = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))
    return text


def read(text: str) -> tuple[str, list[str]]:
    got, enc, problems = decode_bytes(text.encode("utf-8"))
    assert enc == "utf-8"
    return got, problems


@pytest.mark.parametrize("right", [
    "Xi and Putin hail “new era” of ties; China’s envoy — as ever… said so.",
    "ChloÃ© Dubois".encode("latin-1").decode("utf-8") + " met Søren Ærø and François Müller in Łódź.",
    "Chinese President Xi Jinping (习近平) and Wang Yi (王毅) met.",
    "Сергей Лавров провёл переговоры в Пекине.",
    "© 2023 South China Tribune. Price: 5 €, 20 °C.",
    "An emoji 🙂 and a CJK extension 𠀀 in four bytes.",
], ids=["quotes", "accented-latin", "chinese", "russian", "signs", "four-bytes"])
def test_garbled_text_is_read_as_written(right):
    garbled = garble(right)
    assert garbled != right
    text, problems = read(garbled)
    assert text == right
    assert problems and problems[-1].startswith("mojibake: UTF-8 read as Windows-1252, repaired (")


def test_the_problem_note_counts_the_runs():
    assert read(garble("China’s envoy Chloé"))[1] == ["mojibake: UTF-8 read as Windows-1252, repaired (2 runs)"]
    assert repair_mojibake("plain text") == ("plain text", "")


def test_half_garbled_file_is_repaired_run_by_run():
    good = "Chloé Dubois wrote “new era” for China’s paper.\n"
    bad = garble("Putin said Russia’s “partner” is China — Сергей agreed.\n")
    text, problems = read(good + bad)
    assert text == good + "Putin said Russia’s “partner” is China — Сергей agreed.\n"
    assert problems


def test_doubly_garbled_text_is_repaired_by_repeating():
    right = "China’s “new era” with Chloé"
    assert garble(right, 2) != garble(right)
    text, problems = read(garble(right, 2))
    assert text == right
    assert "garbled more than once" in problems[-1]
    # three times is the most repaired
    assert read(garble(right, 3))[0] == right


def test_a_garbled_file_is_read_right_from_the_folder(tmp_path):
    (tmp_path / "a.txt").write_text(garble("Moscow talks\n\nChina’s envoy said “yes”.\n"), encoding="utf-8")
    doc = read_document(tmp_path / "a.txt")
    assert doc.text == "Moscow talks\n\nChina’s envoy said “yes”.\n"
    assert doc.problems == ["mojibake: UTF-8 read as Windows-1252, repaired (3 runs)"]


@pytest.mark.parametrize("text", [
    "SÃO PAULO — A NAÇÃO e a IRMÃ disseram “não”.",            # Portuguese capitals with Ã
    "EL AÑO DE ESPAÑA: «Ñandú» y “Ñ” en la página.",           # Spanish Ñ, also before a quote
    "ÐÓRÐUR og Þór fóru til Reykjavíkur; „Gruß“ und „Maß”.",  # Icelandic Ð/Þ, German ß before quotes
    "Â alone, Â Â, and “Â” in a sentence; Ã by itself.",      # lead characters with no continuation
    'The page showed "Ã©" where the writer typed "é".',         # mojibake spelled on purpose
    "Café crème à Genève, l’été dernier, « déjà vu ».",        # French read right
    "MENÜ“ and Grüß’ dich — Straße…",                           # Ü/ß then a Windows quote or dash: not Syriac or NKo
    "Ctrl\x01 bytes Ã\x85 and Â\x9d with C1 codes",             # decodes only to control codes
], ids=["portuguese", "spanish", "icelandic-german", "lone-lead", "on-purpose", "french", "umlaut-quote", "binaryish"])
def test_look_alikes_keep_their_reading(text):
    assert repair_mojibake(text) == (text, "")
    assert decode_bytes(text.encode("utf-8"))[0] == text


def test_legacy_encodings_are_not_repaired():
    russian = "Москва и Пекин договорились о сотрудничестве: «новая эра»."
    assert decode_bytes(russian.encode("cp1251")) == (russian, "cp1251", ["not UTF-8: decoded as cp1251 (detected Cyrillic)"])
    french = "Le président a déclaré à Genève : « Ã la carte » café."
    text, enc, problems = decode_bytes(french.encode("latin-1"))
    assert (text, enc) == (french, "latin-1")
    assert not any("mojibake" in p for p in problems)


def test_hostile_lines_are_linear():
    import time

    for line in ("Ã" * 1_000_000, "Ã©Ã" * 300_000, "â€" * 400_000 + "x", "Ã©" * 500_000):
        start = time.perf_counter()
        text, _ = repair_mojibake(line)
        assert time.perf_counter() - start < 2.0
    assert text == "é" * 500_000


def test_the_byte_pre_check_misses_no_signature():
    from presslens import reading

    for lead in range(0xC2, 0xF5):
        for byte in range(0x80, 0xC0):
            pair = chr(lead) + reading._BYTE_CHAR[byte]
            assert reading._MOJIBAKE_SIGN.match(pair)
            assert reading._MOJIBAKE_BYTES.match(pair.encode("utf-8")), pair
    # a UTF-16 file is searched in its text
    text, enc, problems = decode_bytes(garble("China’s “new era”").encode("utf-16"))
    assert (text, enc) == ("China’s “new era”", "utf-16")
    assert problems == ["mojibake: UTF-8 read as Windows-1252, repaired (3 runs)"]
