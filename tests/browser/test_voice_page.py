"""« Notre voix » while the site shows the fictional example: a banner says so, on a phone and a laptop."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.pages import goto


@pytest.mark.parametrize("width", [390, 1280])
def test_the_example_guide_is_announced_as_fictional(new_page, site_url, width):
    page = new_page(viewport={"width": width, "height": 844})
    goto(page, site_url + "notre-voix/")
    banner = page.locator(".admonition.warning").first
    expect(banner).to_be_in_viewport()
    expect(banner).to_contain_text("Exemple fictif")
    expect(banner).to_contain_text("organisation imaginaire")
    assert banner.get_by_role("link", name="générateur de guide de voix").get_attribute("href").endswith("definir-notre-voix/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
