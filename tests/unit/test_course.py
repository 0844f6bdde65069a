"""The course and its activities: every mistake an author can make is named at its line with its fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from playbook.catalogue import Catalogue
from playbook.chapters import load_chapters
from playbook.course import load_course, module_steps, reading_minutes, section_key
from playbook.errors import ContentErrors
from tests.conftest import ROOT
from tests.expected_messages import COURSE_CASES

GOOD = Path(__file__).resolve().parents[1] / "fixtures" / "course"
CATALOGUE = Catalogue.load(ROOT, load_chapters(ROOT / "chapters", ROOT))
ANCHORS = CATALOGUE.anchors
CHECKLISTS = {"mesure", "service-client"}


def project(tmp_path: Path, file: str | None = None, old: str = "", new: str = "") -> Path:
    """A copy of the good fixture course, with `old` replaced by `new` (once) in `file`."""
    root = tmp_path / "projet"
    shutil.copytree(GOOD, root)
    if file:
        path = root / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} absent de {file}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def messages(root: Path) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        load_course(root, ANCHORS, CHECKLISTS)
    return [str(error).replace("\u00a0", " ") for error in caught.value.errors]


def test_the_good_fixture_loads_with_its_activities(tmp_path):
    content = load_course(project(tmp_path), ANCHORS, CHECKLISTS)
    assert [module.id for module in content.course.modules] == ["premier", "second"]
    assert [(a.kind, a.id) for a in content.course.modules[1].activities] == [("reflection", "essai"), ("checklist", "mesure")]
    assert content.pass_mark("essai") == 70
    assert content.module_of("scenario", "essai").id == "premier"
    assert content.quizzes["essai"].questions[0].correct == [0]


@pytest.mark.parametrize("case", sorted(COURSE_CASES))
def test_each_mistake_is_named_at_its_line(tmp_path, case):
    file, old, new, expected = COURSE_CASES[case]
    assert messages(project(tmp_path, file, old, new)) == expected


def test_a_file_not_in_utf8_is_named_without_a_traceback(tmp_path):
    root = project(tmp_path)
    path = root / "exercises" / "scenarios" / "essai.yml"
    path.write_bytes(path.read_bytes().replace("se plaint".encode(), "se plaint \xe9".encode("latin-1")))
    assert messages(root)[0].startswith("exercises/scenarios/essai.yml:4: ce fichier est enregistré en Windows-1252")


def test_a_missing_course_file_is_named(tmp_path):
    root = project(tmp_path)
    (root / "exercises" / "course.yml").unlink()
    assert messages(root)[-1] == "exercises/course.yml:1: fichier introuvable : le parcours d’intégration est décrit ici"


def test_unknown_checklists_are_not_reported_when_the_checklists_failed_to_load(tmp_path):
    root = project(tmp_path, "exercises/course.yml", "checklist: mesure", "checklist: mesur")
    load_course(root, ANCHORS, None)  # the checklists' own errors are reported instead


def test_steps_are_the_sections_then_the_activities_with_their_minutes():
    content = CATALOGUE.course
    module = content.course.modules[-1]
    steps = module_steps(content, module, CATALOGUE.sections, CATALOGUE.checklists)
    assert [step.kind for step in steps] == ["section"] * len(module.read) + [a.kind for a in module.activities]
    checklist = next(step for step in steps if step.kind == "checklist")
    assert checklist.minutes == CATALOGUE.checklists[checklist.id].minutes  # as its chapter would announce it
    assert steps[0].key == section_key(module.read[0]) and "#" in steps[0].key and ".md" not in steps[0].key


def test_reading_minutes_are_220_words_a_minute_at_least_one():
    assert (reading_minutes(0), reading_minutes(330), reading_minutes(331), reading_minutes(660)) == (1, 2, 2, 3)


def test_section_keys_name_the_chapter_as_its_url_does():
    assert section_key("03-service-client.md#le-silence-se-remarque") == "service-client#le-silence-se-remarque"
