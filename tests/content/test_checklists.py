"""The checklists as the playbook needs them: one per domain, a sensible length, in « Passer à l’action »."""

from __future__ import annotations

import pytest

from playbook.blocks import scan_blocks
from playbook.chapters import headings
from playbook.frontmatter import split_front_matter
from tests.browser.widgets import catalogue
from tests.conftest import ROOT

DOMAINS = {"relation", "communauté", "service client", "produit", "RH", "contenu", "mesure", "voix"}


def test_there_is_a_checklist_for_every_domain():
    assert DOMAINS <= {checklist.domaine for checklist in catalogue().checklists.values()}


@pytest.mark.parametrize("checklist_id", sorted(catalogue().checklists))
def test_a_checklist_has_eight_to_fifteen_items_and_graded_levels(checklist_id):
    checklist = catalogue().checklists[checklist_id]
    assert 8 <= len(checklist.items) <= 15
    assert len(checklist.levels) >= 3


def test_every_checklist_sits_in_its_chapter_s_passer_a_l_action_or_in_the_course():
    placed = {}
    for path in sorted((ROOT / "chapters").glob("*.md")):
        source = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        sections = [heading for heading in headings(source.body) if heading.level == 2]
        for use in scan_blocks(source.body):
            if use.name != "checklist":
                continue
            section = [heading.text for heading in sections if heading.line < use.line][-1]
            assert section == "Passer à l’action", f"{path.name}:{use.line} est dans « {section} »"
            placed[use.argument] = path.name
    in_course = {c for module in catalogue().course.course.modules for c in module.activities_of("checklist")}
    assert set(placed) | in_course == set(catalogue().checklists)
