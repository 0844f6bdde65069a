"""Checklist files: every mistake an author can make is named at its line with its fix; scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook.catalogue import CHECKLISTS_DIR, Catalogue
from playbook.chapters import load_chapters
from playbook.checklists import load_checklist
from playbook.errors import ContentErrors
from playbook.scoring import round_half_up, score
from tests.conftest import ROOT
from tests.expected_messages import CHECKLIST_MESSAGES as MESSAGES

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad_checklists"
ANCHORS = Catalogue.load(ROOT, load_chapters(ROOT / "chapters", ROOT)).anchors



@pytest.mark.parametrize("case", sorted(MESSAGES))
def test_each_mistake_is_named_at_its_line(case, tmp_path):
    path = tmp_path / CHECKLISTS_DIR / f"{case}.yml"
    path.parent.mkdir(parents=True)
    path.write_text((BAD / f"{case}.yml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_checklist(path, tmp_path, ANCHORS)
    messages = [str(error).replace("\u00a0", " ") for error in caught.value.errors]
    assert messages == [f"{CHECKLISTS_DIR}/{case}.yml{MESSAGES[case]}"]


def test_a_good_checklist_loads(tmp_path):
    checklist = load_checklist(BAD / "unplaced.yml", BAD.parent, ANCHORS)
    assert [item.id for item in checklist.items] == ["premier", "second"]
    assert checklist.max_points == 1


@pytest.fixture
def checklist():
    return load_checklist(BAD / "unplaced.yml", BAD.parent, ANCHORS)


def test_score_weighs_answers_and_finds_the_level(checklist):
    # premier (weight 2) « Oui » = 2 of 2, second (weight 1) « Non » = 0 of 1 → 2/3 = 67 %
    result = score(checklist, {"premier": 1, "second": 0})
    assert (result.answered, result.total, result.percent, result.level.name, result.complete) == (2, 2, 67, "Suite", True)


def test_score_is_provisional_on_the_answered_items(checklist):
    result = score(checklist, {"second": 0})
    assert (result.answered, result.percent, result.level.name, result.complete) == (1, 0, "Début", False)


def test_no_answer_no_score_and_bad_answers_are_ignored(checklist):
    assert score(checklist, {}).percent is None
    assert score(checklist, {"premier": 5, "second": True, "inconnu": 1}).answered == 0


def test_rounding_is_half_up_like_the_browser():
    assert (round_half_up(12.5), round_half_up(66.49), round_half_up(0.5)) == (13, 66, 1)
