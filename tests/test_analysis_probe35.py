"""The analysis probe of the thirty-fifth session (tests/data/probes/analysis35): twelve articles the analyses were
not written from (6 English, 6 Russian) on subjects the earlier probes, almost all about China-Russia relations,
never touched (a football club's promotion, a company's results and its chief executive, a bribery trial, a nurses'
strike, a rocket launch, an EU summit on farming; in Russian a mayor's budget, a flood, a chemist's prize, a singer's
cancelled tour, a regional election, a Kazakh oil project), so that almost every person named is unknown to the
gazetteer, scored against a careful reader's expectations written before presslens ran on them
(tests/analysis_probe_score.py), and a short test for each rule added after it, with look-alikes that must not
change."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import figure_tests  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

FLOORS = {"people recall": 0.0, "people precision": 0.0, "references right": 0.0,
          "actors recall (gazetteer actors)": 0.0, "unknown people discovered": 0.0,
          "date recall": 0.0, "date value accuracy": 0.0, "tone agreement": 0.0}


probe_score, test_probe_figure_holds = figure_tests("analysis35", FLOORS)
