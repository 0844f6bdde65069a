"""The course's pages as a learner sees them, on a phone (390 px) and a laptop (1280 px), light
and dark: no horizontal scrolling, accessible once filled in, and screenshots to look at in
test-results/screens/ (the path, a quiz with feedback, a scenario, the attestation, the kit)."""

from __future__ import annotations

import json

import pytest

from tests.browser.axe import axe_violations
from tests.browser.course import course, done_state, module_url, quiz, seed_state
from tests.browser.pages import goto
from tests.browser.widgets import catalogue, key, stored_value
from tests.conftest import RESULTS

SCREENS = RESULTS / "screens"


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.parametrize(("width", "scheme"), [(390, "dark"), (1280, "light")])
def test_the_course_pages_fit_the_screen_and_are_accessible(new_page, site_url, width, scheme):
    page = new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    SCREENS.mkdir(parents=True, exist_ok=True)
    shot = lambda name, target=None: (target or page).screenshot(path=str(SCREENS / f"{name}-{width}-{scheme}.png"), **({} if target else {"full_page": True}))  # noqa: E731
    everything = list(range(len(course().modules)))
    checklist_id = course().modules[-1].activities_of("checklist")[0]
    checklist = catalogue().checklists[checklist_id]
    profile = {"schema": 1, "id": "abcdefgh12345678", "name": "Camille Martin", "includeTexts": False, "updatedAt": "2026-11-20T10:00:00Z"}
    extra = {key(checklist_id): stored_value(checklist, {item.id: 2 for item in checklist.items}), "playbook-social/learner/profile": json.dumps(profile)}
    seed_state(page, site_url, done_state(everything[:2], read_only=[2]), extra)
    problems = []

    goto(page, site_url + "parcours/")
    shot("parcours")
    problems += [f"parcours : {v}" for v in axe_violations(page)] + ([f"parcours : {overflow(page)} px de trop"] if overflow(page) > 0 else [])

    goto(page, site_url + module_url(2))
    quiz_id = course().modules[2].activities_of("quiz")[0]
    for index, element in enumerate(quiz(page, quiz_id).locator("[data-question]").all()[:3]):
        element.locator("input").nth(index % 2).check()
        element.get_by_role("button", name="Vérifier").click()
    top, bottom = quiz(page, quiz_id).evaluate(
        """quiz => { const items = quiz.querySelectorAll('[data-question]'), y = window.scrollY;
                     return [quiz.getBoundingClientRect().top + y, items[2].getBoundingClientRect().bottom + y]; }"""
    )
    page.screenshot(path=str(SCREENS / f"quiz-{width}-{scheme}.png"), full_page=True, clip={"x": 0, "y": top, "width": width, "height": bottom - top})
    scenario = page.locator("[data-widget=scenario]").first
    scenario.locator("textarea").fill("Bonsoir Agathe, vous avez raison : trois paniers sans les œufs, et deux courriels restés sans réponse.")
    scenario.get_by_role("button", name="Voir les conseils et une réponse modèle").click()
    scenario.locator("[data-criterion]").first.locator("input").first.check()
    shot("scenario", scenario)
    problems += [f"module : {v}" for v in axe_violations(page)] + ([f"module : {overflow(page)} px de trop"] if overflow(page) > 0 else [])

    seed_state(page, site_url, done_state(everything), extra)
    goto(page, site_url + "parcours/attestation/")
    shot("attestation")
    problems += [f"attestation : {v}" for v in axe_violations(page)] + ([f"attestation : {overflow(page)} px de trop"] if overflow(page) > 0 else [])

    goto(page, site_url + "parcours/kit/")
    page.emulate_media(media="print")
    page.screenshot(path=str(SCREENS / f"kit-impression-{width}-{scheme}.png"))  # the first screenful: the PDF test counts pages
    page.emulate_media(media="screen")
    problems += [f"kit : {overflow(page)} px de trop"] if overflow(page) > 0 else []
    assert not problems, "\n".join(problems)
