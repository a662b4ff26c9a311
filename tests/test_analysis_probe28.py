"""The analysis probe of the twenty-eighth session (tests/data/probes/analysis28): fourteen articles the analyses were
not written from (7 English, 7 Russian) in kinds the earlier probes did not use (a justice ministry's press release on
an export-control indictment, a think-tank's event summary with a correction notice, a Mongolian agency's view of a
pipeline, a Korean editorial on bombers in its air defence zone, an explainer with a dated timeline list, an energy
weekly on fiscal-year results, a book review spanning a century; in Russian a briefing's transcript in
"Вопрос:"/"Ответ:" turns, a Kyrgyz agency's analysis, a regional parliament's debate, an obituary spanning seven
decades, a chronology as a dated list, a coal-market weekly with quarters, a university's press release with a
correction), scored against a careful reader's expectations written before presslens ran on them
(tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes that must not
change."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import figure_tests  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

FLOORS = {"people recall": 0, "people precision": 0, "references right": 0,
          "actors recall (gazetteer actors)": 0, "unknown people discovered": 0,
          "date recall": 0, "date value accuracy": 0, "glued repaired": 0,
          "tone agreement": 0}


probe_score, test_probe_figure_holds = figure_tests("analysis28", FLOORS)
