"""The validators of what learners store load only when there is something to check: not on a
first visit, where the page trusts what it wrote itself; on a later visit, before the widgets read;
and when another tab stores a value, before this page's widgets hear of it."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.browser.course import PATH, answer_quiz, course, done_state, module_url, quiz, seed_state, state_key, stored_state
from tests.browser.pages import goto, reload

VALIDATORS = "/bundles/validators-"


def requests_to_validators(page) -> list[str]:
    """The validators' requests this page makes from now on (a list that fills as they happen)."""
    seen: list[str] = []
    page.on("request", lambda request: VALIDATORS in request.url and seen.append(request.url))
    return seen


def module_status(page, index: int):
    return page.locator(f'[data-module="{course().modules[index].id}"] [data-status]')


def test_a_first_visit_loads_no_validators_and_a_later_one_checks_what_was_stored(page, site_url):
    validators = requests_to_validators(page)
    quiz_id = course().modules[0].activities_of("quiz")[0]
    goto(page, site_url + module_url(0))
    answer_quiz(page, quiz_id, right=True)
    expect(quiz(page, quiz_id).locator("[data-result]")).to_contain_text("100")
    assert stored_state(page)["quizzes"][quiz_id]["passed"] is True
    assert validators == [], "chargés sans rien à vérifier"
    assert page.log.console_errors == []

    reload(page)
    assert len(validators) == 1
    expect(quiz(page, quiz_id).locator("[data-result]")).to_contain_text("100")


def test_a_mis_shaped_state_stored_before_the_visit_is_set_aside(page, site_url):
    seed_state(page, site_url, {"schema": 1, "sections": "toutes"})
    validators = requests_to_validators(page)
    quiz_id = course().modules[0].activities_of("quiz")[0]
    goto(page, site_url + module_url(0))
    assert len(validators) == 1
    kept = page.evaluate("prefix => Object.keys(localStorage).filter(key => key.startsWith(prefix))", state_key() + "/mis-de-cote/")
    assert len(kept) == 1
    assert json.loads(page.evaluate("key => localStorage.getItem(key)", kept[0])) == {"schema": 1, "sections": "toutes"}
    expect(quiz(page, quiz_id).locator("[data-result]")).to_be_empty()
    assert page.log.console_errors == []


def test_what_another_tab_stores_is_checked_before_this_page_shows_it(page, site_url):
    validators = requests_to_validators(page)
    goto(page, site_url + PATH)
    expect(module_status(page, 0)).to_have_text("À faire")
    assert validators == []
    other = page.context.new_page()
    goto(other, site_url + "glossaire/", ready=False)

    # A mis-shaped value: this page checks it first, sets it aside, and goes on.
    other.evaluate("([key, value]) => localStorage.setItem(key, value)", [state_key(), '{"schema": 1, "quizzes": 3}'])
    aside = state_key() + "/mis-de-cote/"
    page.wait_for_function("prefix => Object.keys(localStorage).some(key => key.startsWith(prefix))", arg=aside)
    assert len(validators) == 1
    expect(module_status(page, 0)).to_have_text("À faire")

    # A good one: the path shows it.
    other.evaluate("([key, value]) => localStorage.setItem(key, value)", [state_key(), json.dumps(done_state([0]))])
    expect(module_status(page, 0)).to_have_text("Terminé")
    assert page.log.console_errors == []
    other.close()


FULL_AFTER_FIRST_WRITE = """
  const realSetItem = Storage.prototype.setItem;
  let writes = 0;
  Storage.prototype.setItem = function (name, value) {
    if (name.startsWith('playbook-social/course/') && ++writes > 1) throw new DOMException('plein', 'QuotaExceededError');
    return realSetItem.call(this, name, value);
  };
"""
REFUSED = "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('refusé', 'SecurityError'); } });"


@pytest.mark.parametrize("script", [FULL_AFTER_FIRST_WRITE, REFUSED], ids=["pleine", "refusee"])
def test_full_or_refused_storage_needs_no_validators_and_breaks_nothing(page, site_url, script):
    page.add_init_script(script)
    validators = requests_to_validators(page)
    quiz_id = course().modules[0].activities_of("quiz")[0]
    goto(page, site_url + module_url(0))
    answer_quiz(page, quiz_id, right=True)
    expect(quiz(page, quiz_id).locator("[data-notice]")).to_contain_text("enregistr")
    expect(quiz(page, quiz_id).locator("[data-result]")).to_contain_text("100")
    assert validators == []
    assert page.log.console_errors == []
