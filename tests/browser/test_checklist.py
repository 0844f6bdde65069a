"""A checklist in its chapter: answers saved and restored, score and level, export, reset, print."""

from __future__ import annotations

import csv
import io
import json
import re

import jsonschema
from playwright.sync_api import expect

from playbook.scoring import score
from tests.browser.axe import axe_violations
from tests.browser.pages import goto, reload
from tests.browser.widgets import (
    CHECKLIST_ID,
    CHECKLIST_PAGE,
    answer,
    checklist,
    downloaded_text,
    key,
    storage,
    widget,
)
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT

READY = re.compile(r"\bis-ready\b")
SCHEMA = json.loads((ROOT / "playbook" / "schemas" / "learner-record.schema.json").read_text(encoding="utf-8"))


def open_checklist(page, site_url):
    goto(page, site_url + CHECKLIST_PAGE)
    expect(widget(page)).to_have_class(READY)


def checked_choices(page) -> list[int | None]:
    return widget(page).locator("[data-item]").evaluate_all(
        """rows => rows.map(row => { const input = row.querySelector('input:checked'); return input ? Number(input.value) : null; })"""
    )


def test_an_answer_survives_a_reload(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 2)
    answer(page, 3, 1)
    reload(page)
    expect(widget(page)).to_have_class(READY)
    assert checked_choices(page)[:4] == [2, None, None, 1]
    stored = json.loads(storage(page)[key(CHECKLIST_ID)])
    assert stored["answers"] == {checklist().items[0].id: 2, checklist().items[3].id: 1}
    assert stored["version"] == checklist().version


def test_answers_survive_instant_navigation_away_and_back(page, site_url):
    open_checklist(page, site_url)
    answer(page, 1, 3)
    page.evaluate("window.__stillHere = true")
    page.locator(".md-nav--primary a[href$='glossaire/']").first.click()
    expect(page.locator("article h1")).to_have_text("Glossaire")
    page.locator(".md-nav--primary a[href$='chapitres/service-client/']").first.click()
    expect(widget(page)).to_have_class(READY)
    assert checked_choices(page)[1] == 3
    assert page.evaluate("window.__stillHere === true"), "la navigation a rechargé la page"


def test_answers_survive_a_browser_restart(browser, site_url, tmp_path):
    profile = tmp_path / "profil"

    def session(action):
        context = browser.browser_type.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        page = context.new_page()
        open_checklist(page, site_url)
        result = action(page)
        context.close()
        return result

    session(lambda page: answer(page, 2, 1))
    assert session(checked_choices)[2] == 1


def test_score_and_level_are_those_of_the_scoring_rules(page, site_url):
    open_checklist(page, site_url)
    data = checklist()
    choices = [(index * 7 + 1) % len(data.scale) for index in range(len(data.items))]
    for index, choice in enumerate(choices[:5]):
        answer(page, index, choice)
    partial = score(data, {item.id: choice for item, choice in zip(data.items[:5], choices[:5])})
    result = widget(page).locator("[data-result]")
    expect(result).to_have_text(
        f"Score provisoire : {partial.percent}\u00a0% — niveau «\u00a0{partial.level.name}\u00a0» (5 réponses sur {len(data.items)})."
    )
    for index, choice in enumerate(choices[5:], start=5):
        answer(page, index, choice)
    final = score(data, {item.id: choice for item, choice in zip(data.items, choices)})
    expect(result).to_have_text(f"Score : {final.percent}\u00a0% — niveau «\u00a0{final.level.name}\u00a0» (toutes les réponses données).")
    assert result.get_attribute("aria-live") == "polite"
    current = widget(page).locator(".pb-checklist__level.is-current")
    expect(current).to_have_count(1)
    expect(current).to_contain_text(final.level.name)
    assert current.locator("a").count() >= 1


def test_a_reader_can_answer_with_the_keyboard_only(page, site_url):
    open_checklist(page, site_url)
    count = len(checklist().items)
    widget(page).locator("[data-item]").first.get_by_role("radio").first.focus()
    for index in range(count):
        page.keyboard.press("ArrowRight")  # moves to « Un peu » and selects it
        page.keyboard.press("ArrowRight")  # « En bonne partie »
        focused = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert focused != "none", "le focus n’est pas visible"
        if index < count - 1:
            page.keyboard.press("Tab")  # the « À lire » link
            page.keyboard.press("Tab")  # the next item's first choice
    assert checked_choices(page) == [2] * count
    expect(widget(page).locator("[data-result]")).to_contain_text("Score : 67\u00a0%")


def test_export_gives_a_learner_record_and_a_spreadsheet(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 3)
    answer(page, 1, 0)
    with page.expect_download() as json_download:
        widget(page).get_by_role("button", name="Exporter mes réponses (JSON)").click()
    assert json_download.value.suggested_filename.startswith(f"grille-{CHECKLIST_ID}-")
    record = json.loads(downloaded_text(json_download.value))
    jsonschema.validate(record, SCHEMA)
    entry = record["checklists"][CHECKLIST_ID]
    data = checklist()
    assert entry["answers"] == {data.items[0].id: 3, data.items[1].id: 0}
    assert entry["score"] == score(data, entry["answers"]).percent

    with page.expect_download() as csv_download:
        widget(page).get_by_role("button", name="Exporter mes réponses (CSV)").click()
    text = downloaded_text(csv_download.value)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == ["Affirmation", "Réponse", "Points", "Poids", "À lire"]
    assert rows[1][:3] == [data.items[0].text, data.scale[3].label, str(data.scale[3].points)]
    assert rows[2][:3] == [data.items[1].text, data.scale[0].label, "0"]
    assert rows[3][1] == ""


def test_reset_asks_before_erasing(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 1)
    tools = widget(page)
    tools.get_by_role("button", name="Effacer mes réponses").click()
    expect(tools.locator("[data-confirm]")).to_be_visible()
    tools.get_by_role("button", name="Annuler").click()
    expect(tools.locator("[data-confirm]")).to_be_hidden()
    assert checked_choices(page)[0] == 1
    tools.get_by_role("button", name="Effacer mes réponses").click()
    tools.get_by_role("button", name="Oui, effacer").click()
    assert set(checked_choices(page)) == {None}
    assert key(CHECKLIST_ID) not in storage(page)
    expect(tools.locator("[data-result]")).to_contain_text("effacées")


def test_print_shows_the_answers(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 1)
    page.emulate_media(media="print")
    first = widget(page).locator("[data-item]").first
    expect(first.locator("[data-answer]")).to_be_visible()
    expect(first.locator("[data-answer]")).to_have_text(f"Votre réponse : {checklist().scale[1].label}")
    expect(first.locator(".pb-checklist__choices")).to_be_hidden()
    expect(widget(page).locator("[data-tools]")).to_be_hidden()


def test_without_javascript_the_checklist_is_a_readable_list(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(site_url + CHECKLIST_PAGE)
    items = widget(page).locator("[data-item]")
    expect(items).to_have_count(len(checklist().items))
    expect(items.first.locator("legend")).to_have_text(checklist().items[0].text)
    expect(items.first.locator(".pb-checklist__choices")).to_be_hidden()
    expect(widget(page).locator("[data-tools]")).to_be_hidden()
    expect(widget(page).locator(".pb-checklist__level p").first).to_be_visible()


def test_no_widget_code_on_pages_without_widgets(page, site_url):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    goto(page, site_url + "glossaire/")
    assert not [url for url in requested if "/widgets/" in url or "/vendor/nunjucks" in url]
    goto(page, site_url + CHECKLIST_PAGE)
    assert any(url.endswith("/widgets/checklist.js") for url in requested)
    assert not [url for url in requested if "nunjucks" in url or "js-yaml" in url or "voice" in url]


def test_the_answered_checklist_is_accessible(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 2)
    widget(page).get_by_role("button", name="Effacer mes réponses").click()
    assert axe_violations(page) == []
