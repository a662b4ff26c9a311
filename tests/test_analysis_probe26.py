"""The analysis probe of the twenty-sixth session (tests/data/probes/analysis26): fourteen articles the analyses were
not written from (9 English, 5 Russian) in genres the earlier probes did not use (a court's sanctions ruling, an
energy market report, an obituary, a parliamentary debate, a travel/visa story, a fact-check, a TV interview's
transcript, weekly digests, a think-tank commentary with footnote markers; in Russian a court ruling, an oil-export
report, a Duma debate, a visa story and a digest), scored against a careful reader's expectations written before
presslens ran on them (tests/analysis_probe_score.py), and a short test for each rule added after it, with
look-alikes that must not change."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from analysis_probe_score import figure_tests  # noqa: E402

# --- the probe ------------------------------------------------------------------------------------------

FLOORS = {"people recall": 0.0, "people precision": 0.0, "references right": 0.0,
          "actors recall (gazetteer actors)": 0.0, "unknown people discovered": 0.0,
          "date recall": 0.0, "date value accuracy": 0.0, "glued repaired": 0.0, "tone agreement": 0.0}


probe_score, test_probe_figure_holds = figure_tests("analysis26", FLOORS)
