"""Scenarios and reflections: answers saved as typed, guidance only once something is written,
self-rating on every criterion; without script, the situation and the guidance still read."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.axe import axe_violations
from tests.browser.course import content, course, module_url, stored_state
from tests.browser.pages import goto, reload

MODULE = 0
SCENARIO_ID = course().modules[MODULE].activities_of("scenario")[0]
REFLECTION_ID = course().modules[MODULE].activities_of("reflection")[0]


def test_write_then_reveal_then_rate_and_find_it_all_after_a_reload(page, site_url):
    goto(page, site_url + module_url(MODULE))
    scenario = page.locator(f"#scenario-{SCENARIO_ID}")
    data = content().scenarios[SCENARIO_ID]
    reveal = scenario.get_by_role("button", name="Voir les conseils et une réponse modèle")
    expect(reveal).to_be_disabled()
    expect(scenario.locator(".pb-scenario__model")).to_be_hidden()
    expect(scenario.locator("[data-criterion]").first).to_be_hidden()
    answer = scenario.get_by_label("Votre réponse")
    answer.press_sequentially("Bonjour à vous trois")
    expect(reveal).to_be_enabled()
    expect(scenario.locator("[data-saved]")).to_have_text("Enregistrée dans ce navigateur.")
    assert stored_state(page)["scenarios"][SCENARIO_ID]["answer"] == "Bonjour à vous trois"
    reveal.click()
    expect(scenario.locator(".pb-scenario__model")).to_contain_text(data.model_answer[:40])
    expect(page.locator(":focus")).to_have_class("pb-scenario__guidance")
    criteria = scenario.locator("[data-criterion]")
    expect(criteria).to_have_count(len(data.criteria))
    criteria.first.get_by_label("Oui").check()
    expect(scenario.locator("[data-result]")).to_have_text(f"Autoévaluation : 1\u00a0critère sur {len(data.criteria)}.")
    for criterion in criteria.all()[1:]:
        criterion.get_by_label("Non").check()
    expect(scenario.locator("[data-result]")).to_contain_text(f"«\u00a0oui\u00a0» pour 1\u00a0critère sur {len(data.criteria)}")
    assert axe_violations(page) == []

    reload(page)
    expect(answer).to_have_value("Bonjour à vous trois")
    expect(scenario.locator(".pb-scenario__model")).to_be_visible()
    expect(criteria.first.get_by_label("Oui")).to_be_checked()
    stored = stored_state(page)["scenarios"][SCENARIO_ID]
    assert stored["revealed"] is True
    assert stored["ratings"] == {c.id: (2 if i == 0 else 0) for i, c in enumerate(data.criteria)}

    reflection = page.locator(f"#reflexion-{REFLECTION_ID}")
    prompts = content().reflections[REFLECTION_ID].prompts
    reflection.get_by_label(prompts[0].text).fill("Une marque qui m’a répondu le dimanche.")
    reflection.get_by_label(prompts[0].text).blur()
    expect(reflection.locator("[data-status]")).to_contain_text(f"1\u00a0réponse sur {len(prompts)}")
    reload(page)
    expect(reflection.get_by_label(prompts[0].text)).to_have_value("Une marque qui m’a répondu le dimanche.")


def test_without_javascript_the_situation_and_the_guidance_read(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(site_url + module_url(MODULE))
    scenario = page.locator(f"#scenario-{SCENARIO_ID}")
    data = content().scenarios[SCENARIO_ID]
    expect(scenario.locator(".pb-scenario__situation")).to_contain_text(data.situation[:40])
    expect(scenario.get_by_label("Votre réponse")).to_be_hidden()
    scenario.locator("summary").click()
    expect(scenario.locator(".pb-scenario__model")).to_be_visible()
