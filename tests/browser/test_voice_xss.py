"""Every field, imported file, share link and draft is text, never markup: the payloads of
tests/fixtures/voice/xss-payloads.json go through the form, the error summary, the panels' titles,
the preview, the exports (Markdown and HTML) and the checker; nothing runs, nothing is injected."""

from __future__ import annotations

import base64
import json
from html.parser import HTMLParser

import markdown
import pytest
from playwright.sync_api import expect

from playbook.french import de as preposition_de
from playbook.voice.spec import spec_problems
from tests.browser.pages import goto
from tests.browser.voice import (
    FIXTURES,
    GOOD,
    KEY,
    PAGE,
    go_to_step,
    preview,
    show_field,
)
from tests.browser.widgets import seed
from tests.conftest import open_page

PAYLOADS = json.loads((FIXTURES / "xss-payloads.json").read_text(encoding="utf-8"))
# What the guide template itself writes; any other element in a rendered guide was injected.
GUIDE_TAGS = {"html", "head", "meta", "title", "body", "article", "style", "header", "h1", "h2", "h3", "h4", "h5", "p", "section",
              "div", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "span", "strong", "blockquote"}
MARKDOWN_TAGS = {"h1", "h2", "h3", "p", "em", "strong", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "hr"}
INJECTED = """() => ({
  ran: window.__xss !== undefined,
  markers: document.querySelectorAll('#xss-lien, #xss-marqueur, [data-xss]').length,
  handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on')).length,
  previewTags: [...new Set([...document.querySelectorAll('[data-preview] *')].map(e => e.localName))],
  highlightTags: [...new Set([...document.querySelectorAll('.pb-voice__highlighted *')].map(e => e.localName))],
  summaryTags: [...new Set([...document.querySelectorAll('.pb-voice__errors *, .pb-voice__panel-title *')].map(e => e.localName))],
})"""


def with_payloads(payloads: list[str], offset: int = 0, length: int | None = None):
    """The good guide with the payloads in its text fields, in turn from `offset` (cut to `length`):
    with more fields than payloads, every payload is in the guide, and another offset moves each
    one to other fields."""
    counter = iter(range(10_000))

    def walk(value):
        if isinstance(value, dict):
            return {k: v if k == "date" else walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(item) for item in value]
        if isinstance(value, str):
            return payloads[(offset + next(counter)) % len(payloads)][:length]
        return value

    return walk(GOOD)


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


def assert_clean_html(html: str, allowed: set[str]):
    parsed = Elements()
    parsed.feed(html)
    assert parsed.tags <= allowed, parsed.tags - allowed
    assert not [name for name, _ in parsed.attributes if name.startswith("on")]
    assert not [value for _, value in parsed.attributes if "javascript:" in value.lower()]


@pytest.fixture
def guarded(browser, request, site_url):
    page = open_page(browser, request, (site_url.rstrip("/"),))
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return page


def assert_nothing_injected(page):
    found = page.evaluate(INJECTED)
    assert not found["ran"] and found["markers"] == 0 and found["handlers"] == 0, found
    assert set(found["previewTags"]) <= GUIDE_TAGS, found["previewTags"]
    assert set(found["highlightTags"]) <= {"mark"}, found["highlightTags"]
    assert set(found["summaryTags"]) <= {"h3", "ul", "li", "a", "p", "button", "span"}, found["summaryTags"]
    assert page.dialogs == []


ROTATIONS = 6


def guide_of_payloads_stays_text(page, site_url, spec) -> None:
    seed(page, site_url, {KEY: json.dumps({"schema": 1, "spec": {**spec, "mission": ""}})})
    goto(page, site_url + PAGE)
    page.get_by_role("button", name="Continuer").click()  # the error summary names fields whose group holds a payload
    expect(page.locator(".pb-voice__errors")).to_be_visible()
    go_to_step(page, "Relecture et export")
    page.get_by_label("Collez une publication ou une réponse").fill(f"{spec['organisation']} cibles !!")
    expect(page.locator(".pb-voice__checker-summary")).not_to_be_empty(timeout=15_000)
    # each payload is shown as the text it is
    title = f"Guide de voix {preposition_de(' '.join(spec['organisation'].split()))}"
    expect(preview(page).locator(".pb-guide__title")).to_have_text(title)
    assert_nothing_injected(page)
    exports = page.evaluate(
        """async () => { const c = JSON.parse(document.querySelector('[data-widget=voice-generator]').dataset.voice);
                   const spec = JSON.parse(localStorage.getItem('playbook-social/voice/brouillon')).spec;
                   await PlaybookSocial.voiceRender.ready();
                   return { md: PlaybookSocial.voiceRender.render(c.templates, c.schema, spec, 'md'),
                            html: PlaybookSocial.voiceRender.render(c.templates, c.schema, spec, 'html') }; }"""
    )
    assert_clean_html(exports["html"], GUIDE_TAGS)
    assert_clean_html(markdown.markdown(exports["md"], extensions=["tables"]), MARKDOWN_TAGS)


@pytest.mark.parametrize("rotation", range(ROTATIONS), ids=lambda rotation: f"rotation-{rotation + 1}")
def test_every_payload_whole_in_the_fields_stays_text(guarded, site_url, rotation):
    guide_of_payloads_stays_text(guarded, site_url, with_payloads(PAYLOADS, rotation * len(PAYLOADS) // ROTATIONS))


def test_payloads_typed_into_the_form_stay_text(guarded, site_url):
    seed(guarded, site_url, {KEY: json.dumps({"schema": 1, "spec": GOOD})})
    goto(guarded, site_url + PAGE)
    paths = ["organisation", "mission", "publics.0", "traits.0.est", "traits.0.description", "traits.1.a_faire.0",
             "situations.crise.exemple", "lexique.a_eviter.0.mot", "responsable", "lexique.preferes.0"]
    for index, payload in enumerate(PAYLOADS):
        show_field(guarded, paths[index % len(paths)]).fill(payload)
    # a last edit, after all the others: once the preview shows it, it has rendered every payload
    show_field(guarded, "organisation").fill("Fin des charges")
    expect(preview(guarded).locator(".pb-guide__title")).to_have_text("Guide de voix de Fin des charges")
    assert_nothing_injected(guarded)


def test_imported_files_and_share_links_stay_text(guarded, site_url, tmp_path, new_page):
    spec = with_payloads(PAYLOADS, length=60)
    assert spec_problems(spec) == []
    seed(guarded, site_url, {KEY: json.dumps({"schema": 1, "spec": GOOD})})
    goto(guarded, site_url + PAGE)
    source = tmp_path / "piege.json"
    source.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    guarded.get_by_label("Importer un guide (JSON ou YAML)").set_input_files(str(source))
    expect(guarded.locator(".pb-voice__message")).to_contain_text("Guide importé")
    assert_nothing_injected(guarded)

    encoded = base64.urlsafe_b64encode(json.dumps(spec).encode("utf-8")).decode().rstrip("=")
    other = new_page()
    other.dialogs = []
    other.on("dialog", lambda dialog: (other.dialogs.append(dialog.message), dialog.dismiss()))
    goto(other, site_url + PAGE + "#guide=" + encoded)
    expect(other.locator('[data-path="organisation"]')).to_have_value(spec["organisation"])
    expect(preview(other).locator(".pb-guide__title")).to_have_text(f"Guide de voix {preposition_de(' '.join(spec['organisation'].split()))}")
    assert_nothing_injected(other)
