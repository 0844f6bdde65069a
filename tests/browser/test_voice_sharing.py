"""« Définir notre voix » in Chromium: the guide in and out of the browser — drafts exported and
reopened, share links (compressed, old ones, damaged ones, drafts), imported files."""

from __future__ import annotations

import base64
import json

import pytest
from playwright.sync_api import expect

from playbook.errors import ContentErrors
from playbook.voice.spec import load_spec
from tests.browser.pages import goto
from tests.browser.voice import (
    EXAMPLE,
    FIXTURES,
    GOOD,
    PAGE,
    download,
    field,
    go_to_step,
    open_generator,
    said,
    saved_spec,
    share_link,
    show_field,
)
from tests.browser.widgets import storage


def test_an_incomplete_guide_exports_as_a_draft_that_reopens_as_one(page, new_page, site_url, tmp_path, capsys):
    open_generator(page, site_url)
    field(page, "organisation").fill("Atelier Rayon")
    go_to_step(page, "Relecture et export")
    text, name = download(page, "JSON")
    assert name == "brouillon-guide-de-voix-atelier-rayon.json"
    draft = json.loads(text)
    assert draft["brouillon"] is True and draft["guide"]["organisation"] == "Atelier Rayon"
    expect(page.locator(".pb-voice__message")).to_contain_text("Le brouillon")
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_spec(source)
    assert "brouillon de guide" in str(caught.value.errors[0])

    other = new_page()
    open_generator(other, site_url, GOOD)
    other.get_by_label("Importer un guide (JSON ou YAML)").set_input_files(str(source))
    expect(other.locator(".pb-voice__message")).to_contain_text(said(f"Brouillon importé depuis « {name} »"))
    expect(field(other, "organisation")).to_have_value("Atelier Rayon")
    expect(other.locator(".pb-voice__steps-button").first).to_contain_text("à compléter")
    assert any(json.loads(value)["spec"] == GOOD for key, value in storage(other).items() if "/mis-de-cote/" in key)


def test_share_links_are_short_carry_drafts_and_ask_before_replacing_work(page, new_page, site_url):
    open_generator(page, site_url)
    page.get_by_role("button", name="Partir de l’exemple").click()
    go_to_step(page, "Relecture et export")
    link = share_link(page)
    assert link.startswith(site_url + PAGE + "#guide=z.") and len(link) <= 8000
    assert "Jardins" not in link  # the guide is encoded, and stays in the fragment

    fresh = new_page()
    goto(fresh, link)
    expect(field(fresh, "organisation")).to_have_value(EXAMPLE["organisation"])
    assert "#" not in fresh.url
    assert saved_spec(fresh) == EXAMPLE

    busy = new_page()
    open_generator(busy, site_url, {**GOOD, "organisation": "Autre travail"})
    goto(busy, link)
    expect(busy.locator(".pb-voice__offer")).to_be_visible()
    busy.get_by_role("button", name="Ouvrir ce guide").click()
    expect(field(busy, "organisation")).to_have_value(EXAMPLE["organisation"])

    # an incomplete guide is shared too, and opens as a draft
    show_field(page, "mission").fill("")
    go_to_step(page, "Relecture et export")
    draft_link = share_link(page)
    expect(page.locator(".pb-voice__message")).to_contain_text("brouillon")
    blank = new_page()
    goto(blank, draft_link)
    expect(blank.locator(".pb-voice__message")).to_contain_text(said(f"Le brouillon « {EXAMPLE['organisation']} » reçu par le lien est ouvert"))
    expect(field(blank, "mission")).to_have_value("")


def test_old_links_open_and_a_damaged_link_keeps_the_work(page, new_page, site_url):
    legacy = base64.urlsafe_b64encode(json.dumps(GOOD).encode("utf-8")).decode().rstrip("=")
    goto(page, site_url + PAGE + "#guide=" + legacy)
    expect(field(page, "organisation")).to_have_value("Atelier Test")
    damaged = base64.urlsafe_b64encode(b'{"organisation": "x"').decode().rstrip("=")
    goto(page, site_url + PAGE + "#guide=" + damaged)
    expect(page.locator(".pb-voice__message")).to_contain_text("Votre travail en cours n’a pas changé")
    expect(field(page, "organisation")).to_have_value("Atelier Test")


def test_import_of_good_files_replaces_the_form_and_keeps_the_old_work_aside(page, site_url, tmp_path):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_generator(page, site_url, {**GOOD, "organisation": "Mon travail"})
    assert not [url for url in requests if "js-yaml" in url]  # loaded only for a YAML file
    for suffix in (".json", ".yml"):
        source = tmp_path / f"guide{suffix}"
        source.write_text(json.dumps({**GOOD, "organisation": suffix}) if suffix == ".json" else (FIXTURES / "good.yml").read_text(encoding="utf-8"), encoding="utf-8")
        page.get_by_label("Importer un guide (JSON ou YAML)").set_input_files(str(source))
        expect(page.locator(".pb-voice__message")).to_contain_text(said(f"Guide importé depuis « guide{suffix} »"))
    expect(field(page, "organisation")).to_have_value("Atelier Test")
    assert saved_spec(page) == GOOD
    aside = [json.loads(value)["spec"]["organisation"] for key, value in storage(page).items() if "/mis-de-cote/" in key]
    assert sorted(aside) == [".json", "Mon travail"]


def test_bad_files_are_refused_with_visible_labels_and_the_work_is_kept(page, site_url, tmp_path):
    open_generator(page, site_url, GOOD)
    before = storage(page)
    cases = [
        ((FIXTURES / "bad" / "wrong-type.yml").read_text(encoding="utf-8"), said("« Longueur maximale d’une phrase (en mots) » doit être un nombre entier")),
        ("organisation: [pas fermé", "n’est pas un JSON ou un YAML lisible"),
        ("- une\n- liste\n", "le document doit être un objet"),
    ]
    for index, (content, says) in enumerate(cases):
        source = tmp_path / f"mauvais-{index}.yml"
        source.write_text(content, encoding="utf-8")
        page.get_by_label("Importer un guide (JSON ou YAML)").set_input_files(str(source))
        expect(page.locator(".pb-voice__message")).to_contain_text(says)
        expect(page.locator(".pb-voice__message")).to_contain_text("Votre travail en cours n’a pas changé")
    expect(field(page, "organisation")).to_have_value("Atelier Test")
    assert storage(page) == before
