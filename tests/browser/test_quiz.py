"""A quiz on its module page: feedback beside each situation and announced, the score against the
module's pass mark, a retry in another order that a reload keeps, the keyboard; without script,
a paper sheet with an answer key."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.axe import axe_violations
from tests.browser.course import answer_quiz, content, course, module_url, quiz, stored_state
from tests.browser.pages import goto, reload

MODULE = 0
QUIZ_ID = course().modules[MODULE].activities_of("quiz")[0]


def data():
    return content().quizzes[QUIZ_ID]


def situation(page, question_id: str):
    return quiz(page, QUIZ_ID).locator(f'[data-question="{question_id}"]')


def order(page) -> list[str]:
    return quiz(page, QUIZ_ID).locator("[data-question]").evaluate_all("items => items.map(item => item.dataset.question)")


def test_feedback_says_why_beside_each_situation_and_is_announced(page, site_url):
    goto(page, site_url + module_url(MODULE))
    single = next(q for q in data().questions if q.type == "single")
    wrong = next(index for index in range(len(single.choices)) if index not in single.correct)
    element = situation(page, single.id)
    element.get_by_role("button", name="Vérifier").click()
    expect(element.locator("[data-feedback]")).to_have_text("Choisissez d’abord une réponse, puis vérifiez.")
    element.locator(f'input[value="{wrong}"]').check()
    element.get_by_role("button", name="Vérifier").click()
    feedback = element.locator("[data-feedback]")
    assert feedback.get_attribute("aria-live") == "polite"
    expect(feedback).to_contain_text("Ce n’est pas la réponse la plus juste.")
    expect(feedback).to_contain_text(single.choices[wrong].feedback)
    reread = feedback.get_by_role("link", name=re.compile("^Relire"))
    chapter, _, anchor = single.section.partition("#")
    assert reread.get_attribute("href").endswith(f"#{anchor}")
    expect(element.locator(f'input[value="{wrong}"]')).to_be_disabled()

    multiple = next(q for q in data().questions if q.type == "multiple")
    element = situation(page, multiple.id)
    element.locator(f'input[value="{multiple.correct[0]}"]').check()
    element.get_by_role("button", name="Vérifier").click()
    feedback = element.locator("[data-feedback]")
    expect(feedback).to_contain_text("Pas tout à fait")
    expect(feedback.locator("li")).to_have_count(len(multiple.choices))  # a word on every answer
    expect(feedback).to_contain_text("cochée, à juste titre")
    expect(feedback).to_contain_text("à cocher aussi")
    stored = stored_state(page)["quizzes"][QUIZ_ID]
    assert stored["questions"] == {single.id: False, multiple.id: False} and stored["attempts"] == 0
    assert axe_violations(page) == []


def test_score_pass_mark_and_a_retry_in_another_order_that_a_reload_keeps(page, site_url):
    goto(page, site_url + module_url(MODULE))
    written = [question.id for question in data().questions]
    assert order(page) == written  # a first attempt reads as written
    answer_quiz(page, QUIZ_ID, right=True)
    result = quiz(page, QUIZ_ID).locator("[data-result]")
    count = len(written)
    expect(result).to_contain_text(f"Score : {count} sur {count}, soit 100")
    expect(result).to_contain_text(f"Réussi : le seuil de ce module est de {course().modules[MODULE].pass_mark}")
    assert result.get_attribute("aria-live") == "polite"
    quiz(page, QUIZ_ID).get_by_role("button", name="Recommencer").click()
    expect(result).to_contain_text("autre ordre")
    shuffled = order(page)
    assert sorted(shuffled) == sorted(written) and shuffled != written
    first_choices = situation(page, shuffled[0]).locator("[data-choice]").evaluate_all("items => items.map(i => i.dataset.choice)")
    expect(page.locator(":focus")).to_have_attribute("name", re.compile(shuffled[0]))
    stored = stored_state(page)["quizzes"][QUIZ_ID]
    assert (stored["attempts"], stored["best"], stored["passed"]) == (1, 100, True)
    assert stored["current"]["order"]["questions"] == shuffled
    reload(page)
    assert order(page) == shuffled
    assert situation(page, shuffled[0]).locator("[data-choice]").evaluate_all("items => items.map(i => i.dataset.choice)") == first_choices
    expect(result).to_contain_text("Meilleur score : 100")


def test_a_situation_is_answered_and_checked_with_the_keyboard(page, site_url):
    goto(page, site_url + module_url(MODULE))
    question = next(q for q in data().questions if q.type == "single")
    element = situation(page, question.id)
    element.locator("input").first.focus()
    for _ in range(question.correct[0]):
        page.keyboard.press("ArrowDown")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Tab")
    expect(element.get_by_role("button", name="Vérifier")).to_be_focused()
    page.keyboard.press("Enter")
    expect(element.locator("[data-feedback]")).to_contain_text("Bonne réponse.")
    expect(element.get_by_role("button", name="Vérifiée")).to_be_focused()


def test_without_javascript_a_paper_sheet_with_an_answer_key(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(site_url + module_url(MODULE))
    widget = quiz(page, QUIZ_ID)
    expect(widget.locator("[data-question]")).to_have_count(len(data().questions))
    expect(widget.get_by_role("button", name="Vérifier")).to_have_count(0)
    first = data().questions[0]
    key = widget.locator("[data-question]").first.locator("details")
    expect(key.locator("summary")).to_have_text("Voir la réponse")
    key.locator("summary").click()
    expect(key).to_contain_text(first.choices[first.correct[0]].text)
    page.emulate_media(media="print")
    expect(key).to_be_hidden()
    expect(widget.locator("legend").first).to_be_visible()
