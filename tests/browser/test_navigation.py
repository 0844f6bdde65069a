"""Reading the site: instant navigation keeps the page alive, a glossary term carries its definition."""

from __future__ import annotations

from playwright.sync_api import expect

from playbook.chapters import load_chapters
from tests.browser.pages import goto
from tests.conftest import ROOT


def test_instant_navigation_replaces_the_content_without_reloading(page, site_url):
    goto(page, site_url)
    page.evaluate("window.__stillHere = true")
    page.locator(".md-nav--primary a[href$='chapitres/']").first.click()
    page.wait_for_url("**/chapitres/")
    expect(page.locator("article h1")).to_have_text("Le playbook")
    assert page.evaluate("window.__stillHere === true"), "la page a été rechargée"


def test_chapter_shows_reading_time_and_objectives_first(page, site_url):
    goto(page, site_url + "chapitres/mesure/")
    header = page.locator("article .pb-chapter-meta")
    chapter = next(c for c in load_chapters(ROOT / "chapters", ROOT) if c.slug == "mesure")
    assert f"Lecture\u00a0: {chapter.reading_minutes} min" in header.inner_text()
    assert header.locator(".pb-objectives li").count() >= 3
    # the header comes right after the title, before the first section
    order = page.evaluate(
        "() => [...document.querySelector('article').children].slice(0, 3).map(e => e.tagName + '.' + e.className)"
    )
    assert order[1].startswith("DIV.pb-chapter-meta")


def test_glossary_terms_show_their_definition(page, site_url):
    goto(page, site_url + "chapitres/mesure/")
    term = page.locator("article abbr", has_text="ROI").first
    assert "Retour sur investissement" in term.get_attribute("title")


def test_next_chapter_link_at_the_foot_of_a_chapter_lands_on_its_top(new_page, site_url):
    page = new_page(viewport={"width": 390, "height": 844})
    goto(page, site_url + "chapitres/mesure/")
    page.wait_for_timeout(800)  # read a moment
    page.locator("a.md-footer__link--next").click()  # scrolled down to it, past « Sources »
    page.wait_for_url("**/chapitres/voix/")
    page.wait_for_timeout(1000)  # Material would update the address a quarter second after scrolling stops
    assert page.url == site_url + "chapitres/voix/", "l’adresse de la page suivante garde une section de la précédente"


def test_material_finds_the_head_links_and_root_classes_already_as_it_sets_them(page, site_url):
    """Set before the first paint (docs/overrides/main.html), not changed by Material's start after
    it, which would make Chromium restyle the whole page (README « Performances »)."""
    page.add_init_script(
        """document.addEventListener("readystatechange", () => {
             if (document.readyState !== "interactive") return;  // read, before the deferred scripts
             window.__before = {links: [...document.head.querySelectorAll("link[href]")].map((link) => link.getAttribute("href")),
                                classes: document.documentElement.className};
           });"""
    )
    goto(page, site_url + "chapitres/mesure/")
    before = page.evaluate("window.__before")
    after = page.evaluate("[...document.head.querySelectorAll('link[href]')].map((link) => link.getAttribute('href'))")
    assert before["links"] == after, "Material a réécrit les liens de l’en-tête après le premier affichage"
    assert all(href.startswith(site_url) for href in after)
    assert {"js", "js-focus-visible"} <= set(before["classes"].split()) and "no-js" not in before["classes"].split()
