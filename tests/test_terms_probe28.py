"""The terms probe of the twenty-eighth session (tests/data/probes/terms28): twelve articles the term tables were not
written from (6 English, 6 Russian; a wire agency's and a Hong Kong daily's web copies, ТАСС's, РБК's and
«Коммерсантъ»'s), rich in what term tables get wrong (hyphenated compounds, British and American spellings, curly
possessives, dotted abbreviations, declined acronyms, numbers with units, ё/е, «ёлочки», multi-word names, URLs,
e-mails, hashtags), scored against a careful analyst's expectations written before presslens ran on them
(tests/terms_probe_score.py); the rules added after it have their tests in tests/test_tokens.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from terms_probe_score import figure_tests  # noqa: E402

# What the code reached. Before the rules (the main branch at this session's start): top words stem off 53/53, stem
# on 47/49, top phrases 14/15, terms present 24/25, unwanted terms kept out 102/128, KWIC counts 38/41; over the set
# unwanted terms kept out 17/26, top words 4/4, dispersion 4/5, trends 1/1, keyness 6/7. The misses were
# "co-operation" counted apart from "cooperation" (5 times in 4 articles), "25bn", "240bn" and the "bn" of "$1.5bn"
# as words, Russian "т.е.", "т.д.", "т.к." and the lone "т", "м" of "млн т", "куб. м" and Kommersant's “Ъ” as terms
# ("ъ" even key for Kommersant against ТАСС). Left:
# - the expectations' own misses: "belt and road initiative" is four words (the table counts up to three); "Arctic"
#   occurs 7 times, not 6 (the analyst missed "Russia's Arctic coast"); Snowball stems "shipping" as "ship", so
#   "ships" with stem on finds NewNew Shipping too (10, not 7); "нато" written in lower case is stemmed "нат" while
#   the text's "НАТО", an abbreviation in capitals, stays whole (a search for either finds it);
# - "#SCOTianjin2025", a hashtag inside a sentence, stays a word: a hashtag in prose may be the story's word
#   ("the #MeToo movement"), and the parser already leaves out lines of tags at the story's end;
# - "ТАСС" of "Подробнее ... — в спецпроекте ТАСС tass.ru/...": an outlet's closing promotion line the parser keeps
#   as story text (a parser matter, not the term tables').
FLOORS = {"top words (stem off)": 53 / 53, "top words (stem on)": 48 / 49, "top phrases": 14 / 15,
          "terms present": 25 / 25, "unwanted terms kept out": 126 / 128, "kwic counts right": 39 / 41,
          "set: unwanted terms kept out": 25 / 26, "set: top words": 4 / 4, "set: dispersion counts right": 5 / 5,
          "set: trends counts right": 1 / 1, "set: keyness right": 7 / 7}


probe_score, test_probe_figure_holds = figure_tests("terms28", FLOORS)
