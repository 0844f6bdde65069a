"""The learner record component on « Mon bilan » (the same as on the path page): export with the
learner's name and texts only on request; import of v1 and v2 files checked by the schema, what
would change shown and confirmed, the replaced values kept aside, and undo."""

from __future__ import annotations

import json
import re

import jsonschema
from playwright.sync_api import expect

from tests.browser.course import done_state, seed_state, state_key
from tests.browser.pages import goto
from tests.browser.widgets import checklist, downloaded_text, key, storage, stored_value
from tests.conftest import ROOT

BILAN = "mon-bilan/"
SCHEMA = json.loads((ROOT / "playbook" / "schemas" / "learner-record.schema.json").read_text(encoding="utf-8"))
SERVICE = {item.id: 3 for item in checklist("service-client").items}


def seed(page, site_url) -> None:
    seed_state(page, site_url, done_state([0]), {key("service-client"): stored_value(checklist("service-client"), SERVICE)})


def export(page) -> tuple[str, dict]:
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporter mon dossier (JSON)").click()
    record = json.loads(downloaded_text(download.value))
    jsonschema.validate(record, SCHEMA)
    return download.value.suggested_filename, record


def test_export_carries_the_name_and_the_texts_only_when_asked(page, site_url):
    seed(page, site_url)
    goto(page, site_url + BILAN)
    texts = page.get_by_label("Inclure mes textes (scénarios et réflexions) dans le dossier")
    expect(texts).not_to_be_checked()
    name, record = export(page)
    assert re.fullmatch(r"dossier-\d{4}-\d{2}-\d{2}\.json", name)
    assert "name" not in record["learner"] and record["includesTexts"] is False
    assert record["checklists"]["service-client"]["answers"] == SERVICE
    assert record["course"]["modules"]["conversation"]["status"] == "done"
    assert all("answer" not in entry for entry in record["course"]["scenarios"].values())
    assert all("answers" not in entry for entry in record["course"]["reflections"].values())

    page.get_by_label("Votre nom (facultatif)").fill("Zoé Lefèvre-Ångström")
    page.get_by_label("Votre nom (facultatif)").press("Tab")
    texts.check()
    name, record = export(page)
    assert re.fullmatch(r"dossier-zoe-lefevre-angstrom-\d{4}-\d{2}-\d{2}\.json", name)
    assert record["learner"]["name"] == "Zoé Lefèvre-Ångström" and record["includesTexts"] is True
    assert all(entry["answer"] == "Ma réponse." for entry in record["course"]["scenarios"].values())
    profile = json.loads(storage(page)["playbook-social/learner/profile"])
    assert profile["includeTexts"] is True and re.fullmatch(r"[a-z0-9]{16}", profile["id"])
    assert record["learner"]["id"] == profile["id"]


def test_what_the_record_scores_with_comes_with_the_first_export_not_with_the_page(page, site_url):
    """The checklists and the course's rules (record-data.js) would double the page's size if its
    HTML carried them: they load once, with the first export."""
    seed(page, site_url)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    goto(page, site_url + BILAN)
    expect(page.get_by_role("button", name="Exporter mon dossier (JSON)")).to_be_visible()
    assert not [url for url in requested if url.endswith("/record-data.js")]
    assert "data-record=" not in page.content()
    for _ in range(2):
        _, record = export(page)
        assert record["checklists"]["service-client"]["score"] == 100
    assert len([url for url in requested if url.endswith("/record-data.js")]) == 1


def test_a_v1_file_shows_what_would_change_asks_keeps_aside_and_can_be_undone(page, site_url, tmp_path):
    seed(page, site_url)
    goto(page, site_url + BILAN)
    five = {item.id: 1 for item in checklist("service-client").items[:5]}
    v1 = {"schema": "playbook-social/learner-record", "version": 1, "exportedAt": "2026-11-23T10:00:00Z",
          "checklists": {"service-client": {"version": 1, "answers": five}, "inconnue": {"version": 1, "answers": {}}}}
    path = tmp_path / "ancien.json"
    path.write_text(json.dumps(v1), encoding="utf-8")
    before = storage(page)
    field = page.get_by_label("Importer un dossier (fichier JSON)")
    field.set_input_files(str(path))
    panel = page.locator(".pb-record__panel")
    total = len(checklist("service-client").items)
    expect(panel).to_contain_text(f"{checklist('service-client').title} : 5\u00a0réponses sur {total} remplaceront vos {total}\u00a0réponses.")
    expect(panel).to_contain_text("inconnue")
    page.get_by_role("button", name="Annuler").click()
    expect(page.locator(".pb-record__status")).to_contain_text("Rien n’a été modifié.")
    assert storage(page) == before

    field.set_input_files(str(path))
    page.get_by_role("button", name="Importer et remplacer").click()
    expect(page.locator(".pb-record__status")).to_contain_text("Import terminé")
    assert json.loads(storage(page)[key("service-client")])["answers"] == five
    aside = [name for name in storage(page) if name.startswith(f"{key('service-client')}/mis-de-cote/")]
    assert len(aside) == 1 and json.loads(storage(page)[aside[0]])["answers"] == SERVICE
    entry = page.locator('.pb-dashboard__entry[data-checklist="service-client"]')
    expect(entry.locator("[data-status]")).to_have_text(f"En cours : 5 sur {total}")  # the dashboard follows
    assert storage(page)[state_key()] == before[state_key()]  # a v1 file holds no course

    page.get_by_role("button", name="Annuler l’import").click()
    expect(page.locator(".pb-record__status")).to_contain_text("vos données d’avant sont revenues")
    assert json.loads(storage(page)[key("service-client")])["answers"] == SERVICE
    expect(entry.locator("[data-status]")).to_have_text("Terminée")


BAD_FILES = {
    "{ceci n’est pas du JSON": "n’est pas un JSON lisible",
    json.dumps({"nom": "Camille"}): "n’est pas un dossier du Playbook social : « schema » est obligatoire ; « version » est obligatoire.",
    json.dumps({"schema": "autre-chose", "version": 2}): "« schema » doit valoir «\u00a0playbook-social/learner-record\u00a0».",
    json.dumps({"schema": "playbook-social/learner-record", "version": 9}): "version plus récente du site (version 9)",
    json.dumps({"schema": "playbook-social/learner-record", "version": 2, "exportedAt": "2026-11-23T10:00:00Z",
                "learner": {"id": "abc"}, "checklists": {}}): "« learner.id » n’a pas la forme attendue",
    json.dumps({"schema": "playbook-social/learner-record", "version": 1, "exportedAt": "2026-11-23T10:00:00Z",
                "checklists": {"mesure": {"version": 1, "answers": {"un-item": "beaucoup"}}}}): "« checklists.mesure.answers.un-item » doit être un nombre entier",
}


def test_a_bad_file_is_refused_and_changes_nothing(page, site_url, tmp_path):
    seed(page, site_url)
    goto(page, site_url + BILAN)
    before = storage(page)
    field = page.get_by_label("Importer un dossier (fichier JSON)")
    for index, (content, message) in enumerate(BAD_FILES.items()):
        path = tmp_path / f"mauvais-{index}.json"
        path.write_text(content, encoding="utf-8")
        field.set_input_files(str(path))
        status = page.locator(".pb-record__status")
        expect(status).to_contain_text(message)
        expect(status).to_contain_text("Rien n’a été modifié.")
        assert storage(page) == before


def test_an_export_whose_code_cannot_load_says_so_and_downloads_nothing(page, site_url):
    seed(page, site_url)
    page.route(re.compile(r"/widgets/record\.js$"), lambda route: route.abort())
    downloads: list = []
    page.on("download", lambda download: downloads.append(download))
    goto(page, site_url + BILAN)
    page.get_by_role("button", name="Exporter mon dossier (JSON)").click()
    expect(page.locator(".pb-record__status")).to_have_text("Cette action n’a pas abouti\u00a0: rechargez la page, puis réessayez. Rien n’a été modifié.")
    assert downloads == []
    page.unroute(re.compile(r"/widgets/record\.js$"))
    page.log.console_errors.clear()  # the failure, logged on purpose
    export(page)  # the next try loads it
