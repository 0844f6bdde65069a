"""Helpers for the course's browser tests: the course as the build reads it, states to seed, answers."""

from __future__ import annotations

import json

from playbook.course import module_steps, section_key
from tests.browser.pages import goto
from tests.browser.widgets import catalogue

PATH = "parcours/"
NOW = "2026-11-20T10:00:00.000Z"


def content():
    return catalogue().course


def course():
    return content().course


def state_key() -> str:
    return f"playbook-social/course/{course().id}"


def module_url(index: int) -> str:
    return f"parcours/{course().modules[index].id}/"


def steps(index: int):
    module = course().modules[index]
    return module_steps(content(), module, catalogue().sections, catalogue().checklists)


def done_state(indexes: list[int], read_only: list[int] = ()) -> dict:
    """A stored course state where the modules `indexes` are done, and only the sections of `read_only` read."""
    state = {"schema": 1, "version": course().version, "sections": {}, "quizzes": {}, "scenarios": {}, "reflections": {}, "updatedAt": NOW}
    for index in [*indexes, *read_only]:
        module = course().modules[index]
        for reference in module.read:
            state["sections"][section_key(reference)] = NOW
        if index not in indexes:
            continue
        for quiz in module.activities_of("quiz"):
            questions = {question.id: True for question in content().quizzes[quiz].questions}
            state["quizzes"][quiz] = {"attempts": 1, "best": 100, "last": 100, "passed": True, "questions": questions, "updatedAt": NOW}
        for scenario in module.activities_of("scenario"):
            ratings = {criterion.id: 2 for criterion in content().scenarios[scenario].criteria}
            state["scenarios"][scenario] = {"answer": "Ma réponse.", "revealed": True, "ratings": ratings, "updatedAt": NOW}
        for reflection in module.activities_of("reflection"):
            answers = {prompt.id: "Une réponse." for prompt in content().reflections[reflection].prompts}
            state["reflections"][reflection] = {"answers": answers, "updatedAt": NOW}
    return state


def seed_state(page, site_url: str, state: dict, extra: dict[str, str] | None = None) -> None:
    """Store `state` as the course state (and `extra` raw values), from a page of the site."""
    goto(page, site_url + "glossaire/", ready=False)
    values = {state_key(): json.dumps(state), **(extra or {})}
    page.evaluate("values => { for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v); }", values)


def stored_state(page) -> dict | None:
    raw = page.evaluate("key => localStorage.getItem(key)", state_key())
    return json.loads(raw) if raw else None


def quiz(page, quiz_id: str):
    return page.locator(f'[data-widget="quiz"]#quiz-{quiz_id}')


def answer_quiz(page, quiz_id: str, right: bool) -> None:
    """Check every situation of the quiz, in the order shown: all right, or all wrong."""
    questions = {question.id: question for question in content().quizzes[quiz_id].questions}
    widget = quiz(page, quiz_id)
    for element in widget.locator("[data-question]").all():
        question = questions[element.get_attribute("data-question")]
        if right:
            chosen = question.correct
        else:
            wrong = [index for index in range(len(question.choices)) if index not in question.correct]
            chosen = wrong[:1]
        for index in chosen:
            element.locator(f'input[value="{index}"]').check()
        element.get_by_role("button", name="Vérifier").click()
