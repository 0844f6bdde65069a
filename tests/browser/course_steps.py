"""Going through a module of the course as a learner does, with the real widgets: its quiz passed,
its scenario written, revealed and rated, its sections marked read. Works on a page or a frame."""

from __future__ import annotations

import yaml
from playwright.sync_api import expect

from playbook.course import section_key

from tests.browser.pages import wait_ready
from tests.conftest import ROOT

# The shortest module: five sections of one chapter, a quiz and a scenario.
MODULE = "mesure"
CHAPTER_PAGE = "chapitres/mesure"


def module_plan(module_id: str = MODULE) -> dict:
    course = yaml.safe_load((ROOT / "exercises" / "course.yml").read_text(encoding="utf-8"))
    return next(module for module in course["modules"] if module["id"] == module_id)


def section_keys(module_id: str = MODULE) -> set[str]:
    """How the course state names the module's sections: `mesure#sortir-du-culte-du-clic`."""
    return {section_key(reference) for reference in module_plan(module_id)["read"]}


def right_answers(quiz_id: str) -> dict[str, list[int]]:
    quiz = yaml.safe_load((ROOT / "exercises" / "quizzes" / f"{quiz_id}.yml").read_text(encoding="utf-8"))
    return {q["id"]: [i for i, choice in enumerate(q["choices"]) if choice["correct"]] for q in quiz["questions"]}


def open_in(frame, url: str) -> None:
    frame.goto(url, wait_until="domcontentloaded")
    wait_ready(frame)


def pass_quiz(frame, quiz_id: str) -> None:
    quiz = frame.locator(f'[data-widget="quiz"]#quiz-{quiz_id}')
    for question_id, indexes in right_answers(quiz_id).items():
        question = quiz.locator(f'[data-question="{question_id}"]')
        for index in indexes:
            question.locator(f'input[value="{index}"]').check()
        question.locator('[data-action="check"]').click()
    expect(quiz.locator("[data-result]")).to_contain_text("100")


def do_scenario(frame, scenario_id: str) -> None:
    scenario = frame.locator(f'[data-widget="scenario"]#scenario-{scenario_id}')
    scenario.locator("[data-answer]").fill("Ce qui a changé pour les clients ce mois-ci, puis nos chiffres.")
    scenario.locator('[data-action="reveal"]').click()
    for criterion in scenario.locator("[data-criterion]").all():
        criterion.locator('input[value="2"]').check()
    expect(scenario.locator("[data-result]")).not_to_be_empty()


def read_sections(frame, module_id: str = MODULE) -> None:
    """Move through the chapter (a wheel turn, then each section's end in view): each section read."""
    # The markers show once reading.js watches them: a wheel turn before that would not count.
    expect(frame.locator("[data-read-toggle]").first).to_be_visible()
    frame.locator("article").dispatch_event("wheel")
    for reference in module_plan(module_id)["read"]:
        anchor = reference.partition("#")[2]
        toggle = frame.locator(f'[data-read$="#{anchor}"] [data-read-toggle]')
        toggle.scroll_into_view_if_needed()  # reaching a section's end marks it read
        expect(toggle).to_have_attribute("aria-pressed", "true")


def complete_module(frame, site: str, *, suffix: str = "/", module_id: str = MODULE) -> None:
    """`site`: the URL of the site's root (ending in /); `suffix`: "/" for directory URLs, ".html" offline."""
    plan = module_plan(module_id)
    open_in(frame, f"{site}parcours/{module_id}{suffix}")
    for activity in plan["activities"]:
        if "quiz" in activity:
            pass_quiz(frame, activity["quiz"])
        elif "scenario" in activity:
            do_scenario(frame, activity["scenario"])
    open_in(frame, f"{site}{CHAPTER_PAGE}{suffix}")
    read_sections(frame, module_id)
