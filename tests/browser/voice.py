"""Helpers for the tests of « Définir notre voix » (not a test module)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import expect

from playbook.voice.spec import load_spec
from tests.browser.pages import goto
from tests.browser.widgets import seed, storage
from tests.conftest import ROOT

PAGE = "definir-notre-voix/"
KEY = "playbook-social/voice/brouillon"
FIXTURES = ROOT / "tests" / "fixtures" / "voice"
GOOD = load_spec(FIXTURES / "good.yml")
EXAMPLE = load_spec(ROOT / "exercises" / "voix" / "exemple.yml")
NOT_LOADED = "Cette partie du générateur n’a pas pu se charger\u00a0: rechargez la page"
STEPS = ["Identité et mission", "Publics", "Caractère", "Ton", "Situations", "Lexique", "Relecture et export"]


def said(text: str) -> str:
    """`text` with French typography's non-breaking spaces, as the catalogue writes it."""
    return text.replace(" : ", "\u00a0: ").replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def open_generator(page, site_url: str, spec: dict | None = None) -> None:
    """The generator, with `spec` saved in the browser beforehand when given."""
    if spec is not None:
        seed(page, site_url, {KEY: json.dumps({"schema": 1, "spec": spec})})
    goto(page, site_url + PAGE)


def field(page, key: str):
    return page.locator(f'[data-path="{key}"]')


def preview(page):
    return page.locator("[data-preview]")


def saved_spec(page) -> dict:
    return json.loads(storage(page)[KEY])["spec"]


def go_to_step(page, title: str) -> None:
    """Click the step in the step list; return once its title is shown."""
    page.locator(".pb-voice__steps-button", has_text=title).click()
    expect(page.locator(".pb-voice__step-title")).to_contain_text(title)


def show_field(page, key: str):
    """The control of `key`, on its step, with the panels around it opened."""
    step = page.evaluate("key => PlaybookSocial.voiceModel.STEPS.findIndex(step => step.fields.includes(key.split('.')[0]))", key)
    go_to_step(page, STEPS[step])
    page.evaluate(
        "key => { for (let p = document.querySelector(`[data-path='${key}']`).closest('details'); p; p = p.parentElement.closest('details')) p.open = true; }",
        key,
    )
    return field(page, key)


def download(page, name: str) -> tuple[str, str]:
    """Click the export button `name` on the last step; the file's text and name."""
    with page.expect_download() as info:
        page.locator(".pb-voice__exports").get_by_role("button", name=name, exact=True).click()
    return Path(info.value.path()).read_text(encoding="utf-8"), info.value.suggested_filename


def share_link(page) -> str:
    output = page.locator("#pb-voix-lien")
    if output.count():  # a link made before: emptied, so that the new one is waited for
        output.evaluate("element => { element.value = ''; }")
    page.locator(".pb-voice__exports").get_by_role("button", name="Lien de partage").click()
    expect(output).not_to_have_value("")
    return output.input_value()


def refuse(page, pattern: re.Pattern[str]) -> list[str]:
    """Requests matching `pattern` fail, as on a broken network, until `page.unroute(pattern)`; the
    list returned fills with those the page makes."""
    requested: list[str] = []
    page.on("request", lambda request: pattern.search(request.url) and requested.append(request.url))
    page.route(pattern, lambda route: route.abort())
    return requested
