"""A new hire's way through the course: from the path page through a whole module (reading, a quiz
failed then passed, a scenario, a reflection), back to the path showing it done; then the whole
course to the attestation and the record, which a fresh browser imports."""

from __future__ import annotations

import json
import re

import jsonschema
from playwright.sync_api import expect

from playbook.course import section_key
from tests.browser.course import PATH, answer_quiz, course, done_state, module_url, quiz, seed_state, state_key, stored_state
from tests.browser.pages import goto, wait_ready
from tests.browser.widgets import answer, catalogue, downloaded_text
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "playbook" / "schemas" / "learner-record.schema.json").read_text(encoding="utf-8"))


def module_entry(page, index: int):
    return page.locator(f'[data-module="{course().modules[index].id}"]')


def read_module_sections(page, module) -> None:
    """Reach the end of each section, as a reader does: scrolling down to its marker (wheel)."""
    for reference in module.read:
        key = section_key(reference)
        marker = page.locator(f'[data-read="{key}"]')
        if not marker.count():
            chapter = key.split("#")[0]
            goto(page, f"{page.url.split('chapitres/')[0]}chapitres/{chapter}/")
            marker = page.locator(f'[data-read="{key}"]')
        expect(marker).to_be_visible()
        marker.scroll_into_view_if_needed()
        page.mouse.wheel(0, 40)
        expect(marker.get_by_role("button", name=re.compile("^Marquer cette section comme lue"))).to_have_attribute("aria-pressed", "true")


def test_one_module_then_the_whole_course_then_the_record_on_another_device(page, new_page, site_url, tmp_path):
    first = course().modules[0]
    goto(page, site_url + PATH)
    expect(module_entry(page, 0).locator("[data-status]")).to_have_text("À faire")
    page.get_by_role("link", name="Commencer le parcours").click()
    page.wait_for_url(f"**/{module_url(0)}")
    wait_ready(page)
    expect(page.locator("[data-widget=course-module] [data-status]")).to_have_text(re.compile("^À faire"))

    # Read: from the module's list to the chapter; a section counts once its end is reached.
    page.locator(".pb-module__steps a").first.click()
    page.wait_for_url("**/chapitres/**")
    wait_ready(page)
    opened = page.locator(f'[data-read="{section_key(first.read[0])}"]')
    expect(opened).to_be_visible()
    assert section_key(first.read[0]) not in (stored_state(page) or {}).get("sections", {}), "lue dès l’ouverture"
    read_module_sections(page, first)
    last = page.locator(f'[data-read="{section_key(first.read[-1])}"] [data-read-next]')
    expect(last).to_contain_text("Module 1 · étape suivante")
    quiz_id = first.activities_of("quiz")[0]
    expect(last.get_by_role("link")).to_have_attribute("href", re.compile(f"{module_url(0)}#quiz-{quiz_id}$"))
    last.get_by_role("link").click()
    expect(quiz(page, quiz_id)).to_have_attribute("data-ready", "true")

    # The quiz, failed, then passed after « Recommencer ».
    answer_quiz(page, quiz_id, right=False)
    result = quiz(page, quiz_id).locator("[data-result]")
    expect(result).to_contain_text("Pas encore réussi")
    feedback = quiz(page, quiz_id).locator("[data-feedback]").first
    expect(feedback).to_contain_text("Relire")
    quiz(page, quiz_id).get_by_role("button", name="Recommencer").click()
    answer_quiz(page, quiz_id, right=True)
    expect(result).to_contain_text("Score : ")
    expect(result).to_contain_text("Réussi")

    # The scenario: write, reveal the guidance, rate every criterion; the reflection.
    scenario = page.locator("[data-widget=scenario]")
    scenario.get_by_label("Votre réponse").fill("Bonjour à vous trois : je reprends vos messages aujourd’hui.")
    scenario.get_by_role("button", name="Voir les conseils et une réponse modèle").click()
    for criterion in scenario.locator("[data-criterion]").all():
        criterion.get_by_label("En partie").check()
    expect(scenario.locator("[data-result]")).to_contain_text("Autoévaluation terminée")
    for field in page.locator("[data-widget=reflection] textarea").all():
        field.fill("Une réponse personnelle.")
    page.locator("[data-widget=reflection] textarea").last.blur()
    expect(page.locator("[data-widget=course-next] [data-next]")).to_contain_text("Module 1 terminé")
    page.get_by_role("link", name="Retour au parcours").click()
    page.wait_for_url(f"**/{PATH}")
    wait_ready(page)
    expect(module_entry(page, 0).locator("[data-status]")).to_have_text("Terminé")
    expect(page.locator("[data-progress-label]")).to_contain_text("1 module terminé sur 6")

    # The rest of the course: modules 2 to 5 done already, module 6 through its activities.
    state = stored_state(page)
    seeded = done_state(list(range(1, len(course().modules) - 1)), read_only=[len(course().modules) - 1])
    for part in ("sections", "quizzes", "scenarios", "reflections"):
        seeded[part].update(state[part])
    seed_state(page, site_url, seeded)
    goto(page, site_url + module_url(-1))
    last_module = course().modules[-1]
    answer_quiz(page, last_module.activities_of("quiz")[0], right=True)
    checklist_id = last_module.activities_of("checklist")[0]
    for index in range(len(catalogue().checklists[checklist_id].items)):
        answer(page, index, 2, checklist_id)
    for field in page.locator("[data-widget=reflection] textarea").all():
        field.fill("Mon plan pour le mois.")
    page.locator("[data-widget=reflection] textarea").last.blur()
    expect(page.locator("[data-widget=course-next] [data-next]")).to_contain_text("Module 6 terminé")
    done_marks = page.locator(".md-nav--primary a.md-nav__link:has(.pb-nav-mark)", has_text="(terminé)")
    expect(done_marks.filter(has_text=course().modules[-1].title).first).to_be_attached()
    marked = {href.rstrip("/").rsplit("/", 1)[-1] for href in done_marks.evaluate_all("links => links.map(a => a.href)")}
    assert marked == {module.id for module in course().modules}

    # The attestation: the name typed, printed.
    goto(page, site_url + "parcours/attestation/")
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name="Imprimer ou enregistrer en PDF").click()
    expect(page.locator(".pb-attestation__error")).to_be_visible()
    page.get_by_label("Votre nom").fill("Camille Martin")
    page.get_by_role("button", name="Imprimer ou enregistrer en PDF").click()
    assert page.evaluate("window.__printed === true")
    expect(page.locator("[data-name]")).to_have_text("Camille Martin")
    expect(page.locator(".pb-certificate__modules tbody tr")).to_have_count(len(course().modules))
    attestation = json.loads(page.evaluate("key => localStorage.getItem(key)", f"{state_key()}/attestation"))
    assert attestation["name"] == "Camille Martin"

    # The record: the name in the file name, no texts unless asked.
    goto(page, site_url + PATH)
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporter mon dossier (JSON)").click()
    assert re.fullmatch(r"dossier-camille-martin-\d{4}-\d{2}-\d{2}\.json", download.value.suggested_filename)
    record = json.loads(downloaded_text(download.value))
    jsonschema.validate(record, SCHEMA)
    assert record["learner"]["name"] == "Camille Martin" and record["includesTexts"] is False
    assert {entry["status"] for entry in record["course"]["modules"].values()} == {"done"}
    assert "completedAt" in record["course"]
    assert not any("answer" in entry for entry in record["course"]["scenarios"].values())
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)

    other = new_page()
    goto(other, site_url + PATH)
    other.get_by_label("Importer un dossier (fichier JSON)").set_input_files(str(exported))
    preview = other.locator(".pb-record__panel")
    expect(preview).to_contain_text("Votre nom : « Camille Martin »")
    expect(preview).to_contain_text("6 modules terminés sur 6")
    other.get_by_role("button", name="Importer et remplacer").click()
    expect(other.locator("[data-progress-label]")).to_contain_text("Avancement : 100")
    goto(other, site_url + "parcours/attestation/")
    expect(other.get_by_label("Votre nom")).to_have_value("Camille Martin")
    expect(other.locator(".pb-certificate__modules tbody tr")).to_have_count(len(course().modules))
    assert other.log.console_errors == [] and page.log.console_errors == []
