"""The onboarding course as written: the arc the issue asks for, enough practice in every module."""

from __future__ import annotations

from playbook.catalogue import Catalogue
from playbook.chapters import load_chapters
from playbook.course import module_steps
from tests.conftest import ROOT

CATALOGUE = Catalogue.load(ROOT, load_chapters(ROOT / "chapters", ROOT))
CONTENT = CATALOGUE.course
COURSE = CONTENT.course


def test_six_modules_each_with_a_quiz_of_six_questions_or_more():
    assert len(COURSE.modules) >= 6
    for module in COURSE.modules:
        quizzes = module.activities_of("quiz")
        assert quizzes, f"{module.id} n’a pas de quiz"
        assert all(len(CONTENT.quizzes[quiz].questions) >= 6 for quiz in quizzes)
        assert module.read, f"{module.id} n’a rien à lire"


def test_at_least_five_scenarios_and_the_personal_checklist_in_the_course():
    assert len(CONTENT.scenarios) >= 5
    assert any("mes-premiers-pas" in module.activities_of("checklist") for module in COURSE.modules)


def test_the_policy_module_comes_early_and_the_plan_last():
    ids = [module.id for module in COURSE.modules]
    assert ids.index("politique") <= 1
    assert "reflection" in [activity.kind for activity in COURSE.modules[-1].activities]


def test_every_module_fits_in_a_sitting():
    for module in COURSE.modules:
        minutes = sum(step.minutes for step in module_steps(CONTENT, module, CATALOGUE.sections, CATALOGUE.checklists))
        assert 15 <= minutes <= 60, f"{module.id} : {minutes} min"


def test_questions_judge_situations_with_balanced_choices():
    for quiz in CONTENT.quizzes.values():
        for question in quiz.questions:
            assert len(question.prompt) >= 80, f"{quiz.id}/{question.id} : une situation, pas une question de cours"
            assert len(question.choices) >= 3
