"""Checklist files: every mistake an author can make is named at its line with its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook.catalogue import CHECKLISTS_DIR, Catalogue
from playbook.chapters import load_chapters
from playbook.checklists import load_checklist
from playbook.errors import ContentErrors
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
    assert [step.points for step in checklist.scale] == [0, 1]
