"""« Mon bilan »: status and level of every checklist, chart (readable on a phone) and table, weakest
answers, reset. Its export and import are the learner record's (tests/browser/test_record.py)."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.axe import axe_violations
from tests.browser.pages import PHONE, goto
from tests.browser.widgets import (
    catalogue,
    checklist,
    key,
    seed,
    storage,
    stored_value,
)

DASHBOARD = "mon-bilan/"


def answers_for(checklist_id: str, choices: list[int]) -> dict[str, int]:
    return {item.id: choice for item, choice in zip(checklist(checklist_id).items, choices)}


SERVICE = answers_for("service-client", [3] * len(checklist("service-client").items))  # every answer « Tout à fait »: 100 %, the top level
MESURE = answers_for("mesure", [0, 1, 2])  # three answers, the first « Pas du tout »
# By the rules of scoring.js (tests/js/scoring.test.js): 0, 1 and 2 of 3 on weights 3, 2, 3 give 8 of 24.
MESURE_SCORE = (33, "Premiers pas")


def seed_two(page, site_url):
    seed(
        page,
        site_url,
        {
            key("service-client"): stored_value(checklist("service-client"), SERVICE),
            key("mesure"): stored_value(checklist("mesure"), MESURE),
        },
    )


def open_dashboard(page, site_url):
    goto(page, site_url + DASHBOARD)
    expect(page.locator("[data-app]")).to_be_visible()


def entry(page, checklist_id):
    return page.locator(f'.pb-dashboard__entry[data-checklist="{checklist_id}"]')


def test_every_checklist_with_its_status_and_level(page, site_url):
    seed_two(page, site_url)
    open_dashboard(page, site_url)
    expect(page.locator(".pb-dashboard__entry")).to_have_count(len(catalogue().checklists))
    expect(entry(page, "service-client").locator("[data-status]")).to_have_text("Terminée")
    expect(entry(page, "service-client").locator("[data-level]")).to_have_text("Exemplaire (100\u00a0%)")
    expect(entry(page, "mesure").locator("[data-status]")).to_have_text(f"En cours : 3 sur {len(checklist('mesure').items)}")
    expect(entry(page, "mesure").locator("[data-level]")).to_have_text(f"{MESURE_SCORE[1]} ({MESURE_SCORE[0]}\u00a0%)")
    expect(entry(page, "voix").locator("[data-status]")).to_have_text("Pas commencée")
    # A checklist in progress does not look like a finished one: a dashed edge, not a solid one.
    edges = [entry(page, name).evaluate("e => getComputedStyle(e).borderLeftStyle") for name in ("service-client", "mesure")]
    assert edges == ["solid", "dashed"]
    # the link leads to the checklist in its chapter
    href = entry(page, "mesure").get_by_role("link").get_attribute("href")
    assert href.endswith("chapitres/mesure/#grille-mesure")


def test_chart_and_table_show_the_same_levels(page, site_url):
    seed_two(page, site_url)
    open_dashboard(page, site_url)
    bars = page.locator(".pb-chart .pb-chart__bar")
    expect(bars).to_have_count(2)
    assert page.locator(".pb-chart").get_attribute("aria-hidden") == "true"
    rows = page.locator(".pb-dashboard__table tbody tr")
    expect(rows).to_have_count(len(catalogue().checklists))
    row = rows.filter(has_text=checklist("service-client").title)
    assert row.locator("td").all_inner_texts()[1:] == [f"{len(SERVICE)} sur {len(SERVICE)}", "100\u00a0%", checklist("service-client").levels[-1].name]
    page.emulate_media(media="print")
    expect(page.locator(".pb-dashboard__table")).to_be_visible()
    expect(page.locator(".pb-chart")).to_be_hidden()


def test_the_chart_is_readable_on_a_phone(new_page, site_url):
    page = new_page(**PHONE)
    seed_two(page, site_url)
    open_dashboard(page, site_url)
    chart = page.locator(".pb-chart")
    chart.scroll_into_view_if_needed()
    sizes = chart.locator(".pb-chart__label, .pb-chart__value").evaluate_all(
        "spans => spans.map(span => parseFloat(getComputedStyle(span).fontSize))"
    )
    assert min(sizes) >= 12, f"libellés trop petits : {min(sizes)} px"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = chart.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    # Each bar takes the width of the chart, its label and caption above it.
    bar_widths = chart.locator(".pb-chart__track").evaluate_all("tracks => tracks.map(t => t.getBoundingClientRect().width)")
    assert min(bar_widths) > 0.8 * box["width"]
    # The checklist in progress is told apart by its pattern and its caption, not by colour alone.
    partial = chart.locator(".pb-chart__row--partial")
    expect(partial).to_have_count(1)
    expect(partial).to_contain_text(f"{MESURE_SCORE[0]}\u00a0% · {MESURE_SCORE[1]} · en cours, 3 sur {len(checklist('mesure').items)}")
    patterns = [
        chart.locator(selector).first.evaluate("bar => getComputedStyle(bar).backgroundImage")
        for selector in (".pb-chart__row--partial .pb-chart__bar", ".pb-chart__row:not(.pb-chart__row--partial) .pb-chart__bar")
    ]
    assert patterns[0].startswith("repeating-linear-gradient") and patterns[1] == "none"


def test_the_three_weakest_answers_come_first(page, site_url):
    seed_two(page, site_url)
    open_dashboard(page, site_url)
    weakest = page.locator(".pb-dashboard__weakest > li")
    expect(weakest).to_have_count(3)
    items = checklist("mesure").items
    first = weakest.first
    expect(first).to_contain_text(items[0].text)  # « Pas du tout »
    expect(weakest.nth(1)).to_contain_text(items[1].text)  # « Un peu »
    assert first.get_by_role("link").get_attribute("href").split("#")[1] == items[0].section.split("#")[1]


def test_not_applicable_is_no_weak_point_and_every_answer_prints(page, site_url):
    items = checklist("mesure").items
    answers = {items[0].id: "na", items[1].id: 2, items[2].id: 3}
    seed(page, site_url, {key("mesure"): stored_value(checklist("mesure"), answers)})
    open_dashboard(page, site_url)
    weakest = page.locator(".pb-dashboard__weakest > li")
    expect(weakest).to_have_count(1)
    expect(weakest.first).to_contain_text(items[1].text)
    # « ne s’applique pas » is an answer (3 of 14) left out of the score (2 and 3 of 3 on weights 1 and 3: 11 of 12)
    expect(entry(page, "mesure").locator("[data-status]")).to_have_text(f"En cours : 3 sur {len(items)}")
    expect(entry(page, "mesure").locator("[data-level]")).to_contain_text("(92\u00a0%)")
    # Every answer, folded on screen, prints in full: this is where a reader prints their answers.
    answers = page.locator(".pb-dashboard__answers li")
    expect(answers.first).to_be_hidden()
    page.emulate_media(media="print")
    expect(answers).to_have_count(len(items))
    expect(answers.first).to_be_visible()
    expect(answers.first).to_contain_text(f"{items[0].text} Ne s’applique pas")
    expect(answers.nth(3)).to_contain_text("pas encore de réponse")


def test_reset_everything_after_confirmation(page, site_url):
    seed_two(page, site_url)
    open_dashboard(page, site_url)
    page.get_by_role("button", name="Effacer toutes mes réponses").click()
    page.get_by_role("button", name="Annuler").click()
    assert key("mesure") in storage(page)
    page.get_by_role("button", name="Effacer toutes mes réponses").click()
    page.get_by_role("button", name="Oui, tout effacer").click()
    expect(page.locator(".pb-dashboard__message")).to_have_text("Toutes vos réponses sont effacées.")
    assert [name for name in storage(page) if "/checklist/" in name and "mis-de-cote" not in name] == []
    expect(entry(page, "mesure").locator("[data-status]")).to_have_text("Pas commencée")


def test_the_filled_dashboard_is_accessible(page, site_url):
    seed_two(page, site_url)
    open_dashboard(page, site_url)
    assert axe_violations(page) == []
