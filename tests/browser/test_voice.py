"""« Définir notre voix »: the form, the preview, saving, exports (and their parity with the CLI),
import, the share link, the draft checker, and the same rules as Python."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from playbook import cli
from playbook.voice.guide import render
from playbook.voice.spec import load_spec, spec_problems
from tests.browser.axe import axe_violations
from tests.browser.pages import goto, reload
from tests.browser.widgets import seed, storage
from tests.conftest import open_page

PAGE = "definir-notre-voix/"
KEY = "playbook-social/voice/brouillon"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "voice"
GOOD = load_spec(FIXTURES / "good.yml")
READY = re.compile(r"\bis-ready\b")


def open_generator(page, site_url, spec: dict | None = None):
    if spec is not None:
        seed(page, site_url, {KEY: json.dumps({"schema": 1, "spec": spec})})
    goto(page, site_url + PAGE)
    expect(page.locator('[data-widget="voice-generator"]')).to_have_class(READY)


def field(page, path: str):
    return page.locator(f'[data-path="{path}"]')


def preview(page):
    return page.locator("[data-preview]")


def saved_spec(page) -> dict:
    return json.loads(storage(page)[KEY])["spec"]


def test_filling_the_form_updates_the_preview_and_says_what_is_missing(page, site_url):
    open_generator(page, site_url)
    field(page, "organisation").fill("Atelier Rayon")
    expect(preview(page).locator(".pb-guide__title")).to_have_text("Guide de voix — Atelier Rayon")
    mission = field(page, "mission")
    mission.focus()
    field(page, "responsable").focus()
    error = page.locator('[data-field="mission"] > .pb-field__error')
    expect(error).to_have_text("ne doit pas être vide")
    assert mission.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in mission.get_attribute("aria-describedby")
    mission.fill("Nous réparons des vélos.")
    expect(error).to_be_hidden()
    # a trait idea fills the first empty trait
    page.get_by_role("button", name="honnête, mais pas brutal").click()
    expect(field(page, "traits.0.est")).to_have_value("honnête")
    expect(preview(page).locator(".pb-guide__sub").first).to_have_text("Honnête, mais pas brutal")
    # a tone moves with the keyboard
    slider = field(page, "tons.serieux_drole")
    slider.focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator('[data-field="tons.serieux_drole"] output')).to_have_text("4")
    expect(preview(page).locator("tr", has_text="Sérieux ↔ drôle")).to_contain_text("4 sur 5")
    # lists grow and shrink
    page.get_by_role("button", name="Ajouter un public").click()
    expect(page.locator('[data-field="publics"] .pb-voice__items > li')).to_have_count(2)
    page.get_by_role("button", name="Retirer : public 2").click()
    expect(page.locator('[data-field="publics"] .pb-voice__items > li')).to_have_count(1)
    assert axe_violations(page) == []


def test_work_is_saved_as_you_type(page, site_url):
    open_generator(page, site_url)
    field(page, "organisation").fill("Atelier Rayon")
    field(page, "lexique.a_eviter.0.remplacement").fill("les cyclistes")
    reload(page)
    expect(field(page, "organisation")).to_have_value("Atelier Rayon")
    expect(field(page, "lexique.a_eviter.0.remplacement")).to_have_value("les cyclistes")
    assert saved_spec(page)["organisation"] == "Atelier Rayon"


def download(page, name: str) -> str:
    with page.expect_download() as info:
        page.locator(".pb-voice__buttons").get_by_role("button", name=name, exact=True).click()
    return Path(info.value.path()).read_text(encoding="utf-8"), info.value.suggested_filename


def test_markdown_export_is_byte_identical_to_the_cli(page, site_url, tmp_path, capsys):
    open_generator(page, site_url, GOOD)
    text, name = download(page, "Markdown")
    assert name == "guide-de-voix-atelier-test.md"
    target = tmp_path / "guide.md"
    assert cli.main(["voice", "build", str(FIXTURES / "good.yml"), "--format", "md", "-o", str(target)]) == 0
    assert text.encode("utf-8") == target.read_bytes()


def test_html_and_json_exports(page, site_url, tmp_path):
    open_generator(page, site_url, GOOD)
    html, name = download(page, "HTML")
    assert name.endswith(".html") and html == render(GOOD, "html")
    assert "http://" not in html and "https://" not in html and "<script" not in html
    text, _ = download(page, "JSON")
    assert json.loads(text) == GOOD
    exported = tmp_path / "guide.json"
    exported.write_text(text, encoding="utf-8")
    assert load_spec(exported) == GOOD


def test_pdf_prints_the_guide_alone(browser, request, site_url):
    page = open_page(browser, request, (site_url.rstrip("/"),))
    page.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1; };")
    open_generator(page, site_url, GOOD)
    page.locator(".pb-voice__buttons").get_by_role("button", name="PDF (enregistrer en PDF)").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    expect(preview(page).locator(".pb-guide__title")).to_be_visible()
    for hidden in (".pb-voice__form", ".md-header", ".pb-voice__checker", ".pb-voice__toolbar", "article > h1"):
        expect(page.locator(hidden).first).to_be_hidden()


def test_an_incomplete_guide_is_not_exported_and_the_form_says_why(page, site_url):
    open_generator(page, site_url)
    requests: list[str] = []
    page.on("download", lambda item: requests.append(item.suggested_filename))
    page.locator(".pb-voice__buttons").get_by_role("button", name="Markdown", exact=True).click()
    expect(page.locator(".pb-voice__summary")).to_contain_text("Le guide n’est pas encore complet")
    expect(page.locator(".pb-voice__summary")).to_contain_text("organisation — ne doit pas être vide")
    focused = page.evaluate("document.activeElement.dataset.path")
    assert focused and page.locator(f'[data-path="{focused}"]').get_attribute("aria-invalid") == "true"
    assert requests == []


@pytest.mark.parametrize("suffix", [".json", ".yml"])
def test_import_of_a_good_file_replaces_the_form_and_keeps_the_old_work_aside(page, site_url, tmp_path, suffix):
    open_generator(page, site_url, {**GOOD, "organisation": "Mon travail"})
    source = tmp_path / f"guide{suffix}"
    source.write_text(json.dumps(GOOD) if suffix == ".json" else (FIXTURES / "good.yml").read_text(encoding="utf-8"), encoding="utf-8")
    page.get_by_label("Importer un guide (JSON ou YAML)").set_input_files(str(source))
    expect(page.locator(".pb-voice__message")).to_contain_text(f"Guide importé depuis «\u00a0guide{suffix}\u00a0»")
    expect(field(page, "organisation")).to_have_value("Atelier Test")
    assert saved_spec(page) == GOOD
    assert any(json.loads(value)["spec"]["organisation"] == "Mon travail" for key, value in storage(page).items() if "/mis-de-cote/" in key)


@pytest.mark.parametrize(
    "content, says",
    [
        ((FIXTURES / "bad" / "tone-out-of-range.yml").read_text(encoding="utf-8"), "tons.serieux_drole — doit être compris entre 1 et 5"),
        ("organisation: [pas fermé", "n’est pas un JSON ou un YAML lisible"),
        ("- une\n- liste\n", "le document — doit être un objet"),
    ],
)
def test_a_bad_file_is_refused_and_the_work_is_kept(page, site_url, tmp_path, content, says):
    open_generator(page, site_url, GOOD)
    before = storage(page)
    source = tmp_path / "mauvais.yml"
    source.write_text(content, encoding="utf-8")
    page.get_by_label("Importer un guide (JSON ou YAML)").set_input_files(str(source))
    expect(page.locator(".pb-voice__message")).to_contain_text(says)
    expect(page.locator(".pb-voice__message")).to_contain_text("Votre travail en cours n’a pas changé")
    expect(field(page, "organisation")).to_have_value("Atelier Test")
    assert storage(page) == before


def test_the_share_link_carries_the_guide_and_asks_before_replacing_work(page, new_page, site_url):
    open_generator(page, site_url, GOOD)
    page.get_by_role("button", name="Lien de partage").click()
    link = page.locator("#pb-voix-lien").input_value()
    assert link.startswith(site_url + PAGE + "#guide=")
    assert "Atelier" not in link  # the guide is encoded, and stays in the fragment

    fresh = new_page()
    goto(fresh, link)
    expect(field(fresh, "organisation")).to_have_value("Atelier Test")
    assert "#" not in fresh.url
    assert json.loads(storage(fresh)[KEY])["spec"] == GOOD

    busy = new_page()
    open_generator(busy, site_url, {**GOOD, "organisation": "Autre travail"})
    goto(busy, link)
    expect(busy.locator(".pb-voice__offer")).to_be_visible()
    busy.get_by_role("button", name="Ouvrir ce guide").click()
    expect(field(busy, "organisation")).to_have_value("Atelier Test")


def test_a_damaged_share_link_says_so_and_keeps_the_work(page, site_url):
    open_generator(page, site_url, GOOD)
    damaged = base64.urlsafe_b64encode(b'{"organisation": "x"').decode().rstrip("=")
    goto(page, site_url + PAGE + "#guide=" + damaged)
    expect(page.locator(".pb-voice__message")).to_contain_text("Votre travail en cours n’a pas changé")
    expect(field(page, "organisation")).to_have_value("Atelier Test")


def test_the_checker_highlights_words_and_counts_remarks(page, site_url):
    open_generator(page, site_url, GOOD)
    page.get_by_label("Collez une publication ou une réponse").fill("Nos CIBLES vont adorer !!\nMerci.")
    expect(page.locator(".pb-voice__checker-summary")).to_have_text(
        "3 remarques : 1 mot à éviter, 1 majuscules qui crient, 1 rafale d’exclamation."
    )
    marks = page.locator(".pb-voice__highlighted mark")
    assert marks.all_inner_texts() == ["CIBLES", "!!"]
    expect(page.locator(".pb-voice__findings li").first).to_have_text(
        "Ligne 1, colonne 5 — «\u00a0CIBLES\u00a0»\u00a0: ces majuscules crient\u00a0; écrivez en minuscules"
    )


CASES = json.loads((FIXTURES / "checker-cases.json").read_text(encoding="utf-8"))


def test_the_browser_checker_follows_the_same_rules_as_python(page, site_url):
    open_generator(page, site_url, GOOD)
    results = page.evaluate(
        """([cases, lexique]) => {
             const rules = JSON.parse(document.querySelector('[data-widget=voice-generator]').dataset.voice).rules;
             return cases.map(c => PlaybookSocial.voiceChecker.check(c.draft, {phrase_max: c.phrase_max, lexique}, rules)
                                    .map(f => ({rule: f.rule, line: f.line, column: f.column, text: f.text, message: f.message})));
           }""",
        [CASES["cases"], CASES["lexique"]],
    )
    assert results == [case["expected"] for case in CASES["cases"]]


def test_the_browser_reads_the_schema_as_python_does(page, site_url):
    open_generator(page, site_url, GOOD)
    specs = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((FIXTURES / "bad").glob("*.yml")) if "syntax" not in path.name]
    specs += [{}, [], {**GOOD, "traits": GOOD["traits"] * 2, "zut": 1}, {**GOOD, "organisation": "x" * 121}]
    specs = [json.loads(json.dumps(spec, default=str)) for spec in specs]
    in_browser = page.evaluate(
        """specs => { const schema = JSON.parse(document.querySelector('[data-widget=voice-generator]').dataset.voice).schema;
                      return specs.map(s => PlaybookSocial.schema.problems(schema, s).map(p => [p.field, p.message])); }""",
        specs,
    )
    in_python = [[[problem.field, problem.message] for problem in spec_problems(spec)] for spec in specs]
    assert in_browser == in_python


def test_notre_voix_shows_the_organisation_s_guide_from_the_same_template(page, site_url):
    example = load_spec(Path(__file__).resolve().parents[2] / "exercises" / "voix" / "exemple.yml")
    goto(page, site_url + "notre-voix/")
    expect(page.locator("article h1")).to_contain_text(f"Guide de voix — {example['organisation']}")
    expect(page.locator("article h3", has_text="Réclamation publique")).to_be_visible()
    expect(page.locator("article table").first).to_contain_text("Formel ↔ décontracté")
    page.get_by_role("link", name="Adapter ce guide avec le générateur").click()
    expect(page.locator('[data-widget="voice-generator"]')).to_have_class(READY)


def test_without_javascript_the_generator_explains_the_other_ways(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(site_url + PAGE)
    fallback = page.locator("[data-fallback]")
    expect(fallback).to_be_visible()
    expect(fallback).to_contain_text("playbook voice init")
    expect(fallback.get_by_role("link", name="l’exemple de guide de voix")).to_be_visible()
