"""Templates to copy: each page's « Copier » buttons put the template's plain text on the clipboard
and say so; printed, the page shows the text without the buttons; without JavaScript, no button."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.axe import axe_violations
from tests.browser.pages import goto
from tests.browser.widgets import catalogue
from tests.conftest import logged_page, open_page

TEMPLATE_PAGES = [f"modeles/{template_id}/" for template_id in sorted(catalogue().templates)]
CLIPBOARD = ["clipboard-read", "clipboard-write"]


@pytest.fixture(scope="module")
def clipboard_page(browser, site_url):
    """One page for the module's copy tests (each reads back what it copied): the cache kept."""
    page = logged_page(browser, (site_url.rstrip("/"),), permissions=CLIPBOARD)
    yield page
    page.context.close()


def copy_and_read(page, root) -> str:
    label = root.get_attribute("data-copy-label")
    button = root.get_by_role("button", name=f"Copier le texte\u00a0: {label}")
    button.click(timeout=15_000)
    expect(root.get_by_role("status")).to_contain_text("Texte copié")
    return page.evaluate("() => navigator.clipboard.readText()")


@pytest.mark.parametrize("path", TEMPLATE_PAGES, ids=lambda path: path.split("/")[1])
def test_every_copy_button_copies_its_template_s_text(clipboard_page, site_url, path):
    page = clipboard_page
    page.log.console_errors.clear()
    goto(page, site_url + path)
    roots = page.locator('[data-widget="copy"]')
    expect(roots.first.get_by_role("button")).to_be_visible(timeout=15_000)  # the widget's script loads first
    for index in sorted({0, roots.count() - 1}):
        root = roots.nth(index)
        assert copy_and_read(page, root) == root.get_attribute("data-copy-text")
    assert page.log.console_errors == []


def test_the_copied_reply_has_the_organisation_s_values_and_no_markup(clipboard_page, site_url):
    page = clipboard_page
    goto(page, site_url + "modeles/reponses/")
    text = copy_and_read(page, page.locator('[data-widget="copy"][data-copy-label="Un produit ou un service qui ne va pas"]'))
    assert text.startswith("Bonjour [prénom],\n\nMerci de nous l’avoir signalé")
    assert text.endswith("[Votre prénom], pour les Jardins du Coin")
    assert "**" not in text and "{{" not in text


def test_the_button_works_from_the_keyboard_on_the_policy(clipboard_page, site_url):
    page = clipboard_page
    goto(page, site_url + "chapitres/presence-durable/")
    root = page.locator('[data-widget="copy"]')
    button = root.get_by_role("button")
    expect(button).to_be_visible(timeout=15_000)
    button.focus()
    page.keyboard.press("Enter")
    expect(root.get_by_role("status")).to_contain_text("Texte copié")
    text = page.evaluate("() => navigator.clipboard.readText()")
    assert text.startswith("Politique des réseaux sociaux des Jardins du Coin")
    assert "- Instagram, @jardinsducoin\u00a0: photos des parcelles" in text


@pytest.mark.parametrize("path", [*TEMPLATE_PAGES, "chapitres/presence-durable/"], ids=lambda path: path.split("/")[1])
def test_printed_the_template_shows_its_text_without_buttons(looking_page, site_url, path):
    page = looking_page
    page.emulate_media(media="screen")
    goto(page, site_url + path)
    expect(page.locator(".pb-copy__button").first).to_be_visible(timeout=15_000)
    page.emulate_media(media="print")
    assert page.locator(".pb-copy__button").evaluate_all("buttons => buttons.every(b => !b.checkVisibility())")
    texts = page.locator(".pb-copy__text")
    assert texts.count() >= 1
    assert texts.evaluate_all("blocks => blocks.every(b => b.checkVisibility() && b.innerText.trim().length > 0)")
    for selector in (".md-header", ".md-sidebar--primary"):
        assert not page.locator(selector).first.is_visible()


def test_without_javascript_the_template_shows_and_no_button_pretends(browser, request, site_url):
    page = open_page(browser, request, (site_url.rstrip("/"),), java_script_enabled=False)
    page.goto(site_url + "modeles/crise/", wait_until="load")
    expect(page.locator(".pb-copy__text").first).to_contain_text("La première heure")
    assert page.locator(".pb-copy__button").count() == 0


def test_on_a_phone_a_wide_table_scrolls_and_the_keyboard_reaches_it(browser, request, site_url):
    page = open_page(browser, request, (site_url.rstrip("/"),), viewport={"width": 375, "height": 740})
    goto(page, site_url + "modeles/inventaire-des-comptes/")
    area = page.locator('[data-widget="copy"] .md-typeset__scrollwrap')
    expect(area).to_have_attribute("tabindex", "0")
    expect(area).to_have_attribute("aria-label", "Tableau à faire défiler\u00a0: L’inventaire des comptes")
    assert area.evaluate("a => a.scrollWidth > a.clientWidth")
    assert axe_violations(page) == []
