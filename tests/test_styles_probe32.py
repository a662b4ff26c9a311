"""Export styles and outlets of the 32nd probe (tests/data/probes/probe32): a PDF's or a scanned page's text with its
words hyphenated at the lines' ends, where the hyphen of a compound must stay: a compound of three parts
("Ростова-\\nна-Дону"), a first part always written with its hyphen ("well-\\nknown", "вице-\\nпремьер") and a Russian
particle ("где-\\nнибудь"). Short synthetic texts, one rule each; each test also pins look-alike text that must keep
its old reading."""

from __future__ import annotations

from presslens.parsing import find_hyphenated


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
