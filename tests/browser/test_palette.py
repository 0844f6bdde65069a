"""Material's palette choice in local storage: a corrupt value never breaks a page, and is kept aside."""

from __future__ import annotations

import json

import pytest

from tests.browser.pages import goto
from tests.browser.widgets import seed, storage

PALETTE = "/.__palette"  # Material's key: the site's path, then ".__palette"


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("{pas du JSON", id="json-illisible"),
        pytest.param(json.dumps({"index": 7, "color": {"scheme": "slate"}}), id="palette-inconnue"),
        pytest.param(json.dumps("slate"), id="mauvaise-forme"),
    ],
)
def test_a_corrupt_palette_is_set_aside_and_the_page_works(page, site_url, raw):
    seed(page, site_url, {PALETTE: raw})
    page.log.console_errors.clear()
    goto(page, site_url + "chapitres/service-client/")
    assert page.log.console_errors == []
    kept = {key: value for key, value in page.evaluate("() => ({...localStorage})").items() if key.startswith(PALETTE + "/mis-de-cote/")}
    assert list(kept.values()) == [raw]
    # The reader can still switch the theme, and Material saves a sound value again.
    page.locator('label[title="Passer au thème sombre"]').click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert json.loads(page.evaluate("key => localStorage.getItem(key)", PALETTE))["index"] == 1


def test_a_sound_palette_is_kept(page, site_url):
    sound = json.dumps({"index": 1, "color": {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "custom", "accent": "custom"}})
    seed(page, site_url, {PALETTE: sound})
    goto(page, site_url)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert not [key for key in storage(page) if "mis-de-cote" in key]


def test_switching_palettes_changes_colours_at_once(page, site_url):
    """A link goes from one palette's colour to the other's without fading through the colours between
    (Material's transitions are held during a switch, playbook.js; not on every load, playbook/palettecss.py)."""
    goto(page, site_url + "chapitres/service-client/")
    page.evaluate(
        """() => {
          window.linkColours = [];
          const link = document.querySelector("article p a:not(.headerlink)");
          const sample = () => {
            window.linkColours.push(getComputedStyle(link).color);
            if (window.linkColours.length < 40) requestAnimationFrame(sample);
          };
          requestAnimationFrame(sample);
        }"""
    )
    page.locator('label[for^="__palette"]:not([hidden])').click()
    page.wait_for_function("() => window.linkColours.length === 40")
    colours = page.evaluate("() => window.linkColours")
    assert colours[0] != colours[-1], "la couleur des liens ne change pas d’un thème à l’autre"
    assert set(colours) == {colours[0], colours[-1]}, f"couleurs intermédiaires : {sorted(set(colours))}"
