"""Export styles and outlets of the 23rd probe (tests/data/probes/probe23), and the sign-off closing a story
(probe22's Daily Maverick). Short synthetic texts, one rule each; each test also pins look-alike text that must keep
its old reading."""

from __future__ import annotations

from style_helpers import STORY, body_text, kind_of, p

_LAST = ("For South Africa, the summit is also a test of logistics and security after a year of power cuts and a "
         "stagnant economy. Whether it ends with a clear statement may say more about Beijing's influence than about "
         "Pretoria's.")


def test_a_sign_off_closing_the_last_paragraph_is_no_photo_credit():
    for sign in ("DM", "ENDS", "/TASS/", "MT/JM", "© AFP 2023"):
        art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + _LAST + " " + sign + "\n\nGallery\n")
        assert "than about Pretoria's." in body_text(art), sign
        assert kind_of(art, sign) == "boilerplate" and sign not in body_text(art), sign
        assert art.captions == [], sign
    # a real caption of one sentence with its credit, under the story's paragraphs, stays a caption
    cap = "Chinese President Xi Jinping is welcomed by Deputy President Paul Mashatile at the airport on Tuesday. EPA"
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + cap + "\n\nOfficials said the talks went well.\n")
    assert kind_of(art, cap) == "caption" and "Mashatile" not in body_text(art)
    # a two-sentence caption with a photo's credit stays a caption too
    cap = ("Xi Jinping and Vladimir Putin meet at the Kremlin in Moscow on March 21, 2023. The two leaders signed two "
           "statements on the future of their partnership. Photo: AP")
    art = p("Talks in Beijing end\n\nMay 2, 2025\n\n" + STORY + "\n" + cap + "\n\nOfficials said the talks went well.\n")
    assert kind_of(art, cap) == "caption"
