"""playbook/scoring.py keeps the browser's rules: the case table scoring.js is tested against."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from playbook.scoring import score

CASES = json.loads((Path(__file__).parents[1] / "fixtures" / "scoring-cases.json").read_text(encoding="utf-8"))


class _Checklist:
    def __init__(self, data: dict) -> None:
        self.items = [SimpleNamespace(**item) for item in data["items"]]
        self.scale = [SimpleNamespace(**step) for step in data["scale"]]
        self.levels = [SimpleNamespace(**level) for level in data["levels"]]


@pytest.mark.parametrize("case", CASES["cases"], ids=[case["title"] for case in CASES["cases"]])
def test_python_scores_as_the_browser_does(case):
    outcome = score(_Checklist(CASES["checklists"][case["checklist"]]), case["answers"])
    found = {
        "total": outcome.total,
        "answered": outcome.answered,
        "notApplicable": outcome.not_applicable,
        "scored": outcome.scored,
        "complete": outcome.complete,
        "percent": outcome.percent,
        "level": outcome.level.name if outcome.level else None,
    }
    assert found == case["expected"]
