"""« Définir notre voix » in Chromium: steps, errors the GOV.UK way, saving, exports (and their
parity with the CLI), the checker, the phone layout and both palettes. Drafts, share links and
imports: test_voice_sharing.py; what loads when: test_voice_loading.py. The pure logic is tested
under Node (tests/js/voice-*.test.js)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from playbook import cli
from playbook.voice.guide import render
from playbook.voice.spec import load_spec
from tests.browser.axe import axe_violations
from tests.browser.pages import goto, reload, wait_ready
from tests.browser.voice import (
    EXAMPLE,
    FIXTURES,
    GOOD,
    PAGE,
    download,
    field,
    go_to_step,
    open_generator,
    preview,
    said,
    saved_spec,
    show_field,
)
from tests.browser.widgets import storage

NBSP = "\u00a0"


def test_steps_errors_and_preview_follow_the_reader(page, site_url):
    open_generator(page, site_url)
    steps = page.locator(".pb-voice__steps-button")
    expect(steps).to_have_count(7)
    expect(steps.first).to_have_attribute("aria-current", "step")
    field(page, "organisation").fill("Les Jardins du Coin")
    expect(preview(page).locator(".pb-guide__title")).to_have_text("Guide de voix des Jardins du Coin")
    # « Continuer » with empty fields: the summary, focused, lists each problem by its visible label
    page.get_by_role("button", name="Continuer").click()
    summary = page.locator(".pb-voice__errors")
    expect(summary).to_be_focused()
    expect(summary.locator("h3")).to_have_text("Il y a 2" + NBSP + "problèmes")
    links = summary.get_by_role("link")
    expect(links).to_have_text([said("« Mission » ne doit pas être vide"), said("« Responsable du guide » ne doit pas être vide")])
    links.first.click()
    mission = field(page, "mission")
    expect(mission).to_be_focused()
    error = page.locator("#pb-voix-mission-erreur")
    expect(error).to_have_text("Erreur" + NBSP + ": " + said("« Mission » ne doit pas être vide"))
    assert mission.get_attribute("aria-invalid") == "true" and "pb-voix-mission-erreur" in mission.get_attribute("aria-describedby")
    # fixed as you type
    mission.fill("Nous cultivons des jardins partagés.")
    expect(error).to_be_hidden()
    expect(links).to_have_count(1)
    field(page, "responsable").fill("Camille")
    expect(summary).to_be_hidden()
    page.get_by_role("button", name="Continuer").click()
    expect(page.locator(".pb-voice__step-title")).to_be_focused()
    expect(page.locator(".pb-voice__step-title")).to_contain_text("Étape 2 sur 7")
    expect(steps.nth(1)).to_have_attribute("aria-current", "step")
    expect(steps.first).to_contain_text("complète")
    # Enter in the step's only field does not submit (and reload) the page
    field(page, "publics.0").fill("Les jardiniers")
    field(page, "publics.0").press("Enter")
    expect(page.locator(".pb-voice__step-title")).to_contain_text("Étape 2 sur 7")
    assert "?" not in page.url and saved_spec(page)["publics"] == ["Les jardiniers"]
    # lists grow and shrink within the schema's limits
    page.get_by_role("button", name="Ajouter un public").click()
    expect(field(page, "publics.1")).to_be_focused()
    page.get_by_role("button", name="Retirer : Public 2").click()
    expect(page.locator('[data-field="publics"] .pb-voice__item')).to_have_count(1)
    expect(page.get_by_role("button", name="Retirer : Public 1")).to_have_count(0)
    # a trait idea fills the first empty trait, and the preview shows that part of the guide
    go_to_step(page, "Caractère")
    page.get_by_role("button", name="honnête, mais pas brutal").click()
    expect(field(page, "traits.0.a_faire.0")).to_be_focused()
    expect(page.locator('[data-panel="traits.0"] summary')).to_contain_text("Trait 1" + NBSP + ": honnête, mais pas brutal")
    expect(preview(page).locator(".pb-guide__sub").first).to_have_text("Honnête, mais pas brutal")
    expect(preview(page).locator(".pb-guide__section", has_text="Notre caractère")).to_be_in_viewport()
    # a tone moves with the keyboard and says where it stands
    go_to_step(page, "Ton")
    slider = field(page, "tons.serieux_drole")
    slider.focus()
    page.keyboard.press("ArrowRight")
    expect(slider).to_have_attribute("aria-valuetext", "4 sur 5" + NBSP + ": de sérieux (1) à drôle (5)")
    expect(preview(page).locator("tr", has_text="Sérieux ↔ drôle")).to_contain_text("4 sur 5")
    assert saved_spec(page)["tons"]["serieux_drole"] == 4
    assert axe_violations(page) == []


def test_a_finished_export_lists_every_problem_and_each_link_reaches_its_field(page, site_url):
    open_generator(page, site_url)
    go_to_step(page, "Relecture et export")
    expect(page.locator(".pb-voice__state")).to_contain_text("Brouillon")
    downloads: list[str] = []
    page.on("download", lambda item: downloads.append(item.suggested_filename))
    page.locator(".pb-voice__exports").get_by_role("button", name="Markdown", exact=True).click()
    summary = page.locator(".pb-voice__errors")
    expect(summary).to_be_focused()
    target = summary.get_by_role("link", name=said("« Annonce d’un produit — Exemple de réponse » ne doit pas être vide"))
    expect(summary.get_by_role("link", name=said("« Trait 2 — À faire 1 » ne doit pas être vide"))).to_be_visible()
    target.click()
    expect(page.locator(".pb-voice__step-title")).to_contain_text("Situations")
    expect(field(page, "situations.annonce_produit.exemple")).to_be_focused()
    expect(page.locator('[data-panel="situations.annonce_produit"]')).to_have_attribute("open", "")
    expect(page.locator("#pb-voix-situations-annonce_produit-exemple-erreur")).to_be_visible()
    assert downloads == []


def test_work_is_saved_as_you_type(page, site_url):
    open_generator(page, site_url)
    field(page, "organisation").fill("Atelier Rayon")
    show_field(page, "lexique.a_eviter.0.remplacement").fill("les cyclistes")
    reload(page)
    expect(field(page, "organisation")).to_have_value("Atelier Rayon")
    expect(show_field(page, "lexique.a_eviter.0.remplacement")).to_have_value("les cyclistes")
    assert saved_spec(page)["organisation"] == "Atelier Rayon"


def test_a_saved_guide_of_the_wrong_shape_is_set_aside_not_lost(page, site_url):
    broken = {"organisation": "Mon atelier", "traits": "trois traits", "phrase_max": "vingt"}
    open_generator(page, site_url, broken)
    expect(page.locator(".pb-voice__notice")).to_contain_text("mises de côté dans votre navigateur")
    expect(field(page, "organisation")).to_have_value("")
    aside = [json.loads(value)["spec"] for key, value in storage(page).items() if "/mis-de-cote/" in key]
    assert aside == [broken]


def test_exports_of_a_complete_guide_match_the_cli(page, site_url, tmp_path):
    open_generator(page, site_url, GOOD)
    go_to_step(page, "Relecture et export")
    expect(page.locator(".pb-voice__state")).to_have_text("Le guide est complet" + NBSP + ": tous les formats sont prêts.")
    text, name = download(page, "Markdown")
    assert name == "guide-de-voix-atelier-test.md"
    target = tmp_path / "guide.md"
    assert cli.main(["voice", "build", str(FIXTURES / "good.yml"), "--format", "md", "-o", str(target)]) == 0
    assert text.encode("utf-8") == target.read_bytes()
    html, name = download(page, "HTML")
    assert name.endswith(".html") and html == render(GOOD, "html")
    assert "http://" not in html and "https://" not in html and "<script" not in html
    text, name = download(page, "JSON")
    assert name == "guide-de-voix-atelier-test.json" and json.loads(text) == GOOD
    exported = tmp_path / "guide.json"
    exported.write_text(text, encoding="utf-8")
    assert load_spec(exported) == GOOD


def test_pdf_prints_the_guide_alone(page, site_url):
    page.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1; };")
    open_generator(page, site_url, GOOD)
    go_to_step(page, "Relecture et export")
    page.locator(".pb-voice__exports").get_by_role("button", name="PDF (enregistrer en PDF)").click()
    page.wait_for_function("window.__printed === 1")
    page.emulate_media(media="print")
    expect(preview(page).locator(".pb-guide__title")).to_be_visible()
    for hidden in (".pb-voice__step", ".md-header", ".pb-voice__steps", ".pb-voice__toolbar", "article > h1"):
        expect(page.locator(hidden).first).to_be_hidden()


def test_the_checker_finds_conjugated_words_and_counts_remarks(page, site_url):
    open_generator(page, site_url, GOOD)
    go_to_step(page, "Relecture et export")
    page.get_by_label("Collez une publication ou une réponse").fill("Ciblez nos CIBLES !!\nMerci.")
    expect(page.locator(".pb-voice__checker-summary")).to_have_text(
        said("4 remarques : 2 mots à éviter, 1 majuscules qui crient, 1 rafale d’exclamation.")
    )
    assert page.locator(".pb-voice__highlighted mark").all_inner_texts() == ["Ciblez", "CIBLES", "!!"]
    expect(page.locator(".pb-voice__findings li").first).to_have_text(said("Ligne 1, colonne 1 — « Ciblez » : préférez « les personnes »"))


def test_on_a_phone_the_preview_is_a_tab_and_every_control_is_big_enough(new_page, site_url):
    page = new_page(viewport={"width": 390, "height": 844}, color_scheme="light")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_generator(page, site_url, EXAMPLE)
    expect(page.locator(".pb-voice__step")).to_be_visible()
    expect(page.locator(".pb-voice__preview-panel")).to_be_hidden()
    assert not [url for url in requests if "nunjucks" in url]  # the preview's library waits for the preview
    page.get_by_role("tab", name="Aperçu").click()
    expect(preview(page).locator(".pb-guide__title")).to_contain_text("Guide de voix des Jardins du Coin")
    expect(page.locator(".pb-voice__step")).to_be_hidden()
    page.get_by_role("tab", name="Formulaire").click()
    go_to_step(page, "Caractère")
    page.locator('[data-panel="traits.0"] summary').click()
    sizes = page.evaluate(
        """() => {
          const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          const box = (e) => { const r = e.getBoundingClientRect(); return {what: e.dataset.path || e.textContent.trim() || e.type, width: r.width, height: r.height}; };
          const root = document.querySelector('.pb-voice');
          return {
            texts: [...root.querySelectorAll('input[type=text], textarea')].filter(shown).map(box),
            targets: [...root.querySelectorAll('button, input, textarea, summary, [role=tab]')].filter(shown).map(box),
            scroll: document.documentElement.scrollWidth,
          };
        }"""
    )
    assert sizes["scroll"] <= 390
    assert len(sizes["texts"]) > 5 and [t for t in sizes["texts"] if t["width"] < 240] == []
    assert [t for t in sizes["targets"] if t["width"] < 44 or t["height"] < 44] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_both_palettes_are_accessible_with_a_guide_errors_and_the_preview(new_page, site_url, scheme):
    page = new_page(color_scheme=scheme)
    open_generator(page, site_url, {**EXAMPLE, "mission": ""})
    expect(preview(page).locator("blockquote").first).to_be_attached()
    page.get_by_role("button", name="Continuer").click()
    expect(page.locator(".pb-voice__errors")).to_be_visible()
    page.locator('[data-step="4"]').click()
    page.locator('[data-panel="situations.crise"] summary').click()
    assert axe_violations(page) == []
    go_to_step(page, "Relecture et export")
    page.get_by_label("Collez une publication ou une réponse").fill("Nos CIBLES !!")
    expect(page.locator(".pb-voice__highlighted mark").first).to_be_visible()
    assert axe_violations(page) == []


def test_notre_voix_shows_the_organisation_s_guide_from_the_same_template(page, site_url):
    goto(page, site_url + "notre-voix/")
    expect(page.locator("article h1")).to_contain_text("Guide de voix des Jardins du Coin (organisation fictive, exemple)")
    expect(page.locator('meta[name="description"]')).to_have_attribute("content", f"Le guide de voix des Jardins du Coin (organisation fictive, exemple){NBSP}: notre caractère, notre ton selon les situations, nos mots.")
    expect(page.locator("article h3", has_text="Réclamation publique")).to_be_visible()
    page.get_by_role("link", name="Adapter ce guide avec le générateur").click()
    page.wait_for_url(re.compile(rf".*/{re.escape(PAGE)}$"))
    wait_ready(page)
    expect(page.locator(".pb-voice__steps-button")).to_have_count(7)


def test_without_javascript_the_generator_explains_the_other_ways(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(site_url + PAGE)
    fallback = page.locator("[data-fallback]")
    expect(fallback).to_be_visible()
    expect(fallback).to_contain_text("playbook voice init")
    expect(fallback.get_by_role("link", name="l’exemple de guide de voix")).to_be_visible()
