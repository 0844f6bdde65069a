"""Reading the site: instant navigation keeps the page alive, a glossary term carries its definition,
the navigation drawer of a phone is out of reach until opened."""

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


def _focused(page) -> str:
    return page.evaluate(
        "(e => (e.closest('.md-sidebar--primary') ? 'tiroir ' : '') + e.tagName)(document.activeElement)"
    )


def test_on_a_phone_the_closed_drawer_is_out_of_reach_and_its_button_opens_it(new_page, site_url):
    page = new_page(viewport={"width": 390, "height": 844})
    goto(page, site_url + "glossaire/")
    link = page.locator(".md-sidebar--primary a[href$='chapitres/']").first
    # Closed: no link of it takes the focus, the keyboard goes from the button to the rest.
    assert not link.evaluate("(a) => { a.focus(); return document.activeElement === a }")
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('for')") == "__drawer"
    assert page.evaluate("document.activeElement.title") == "Navigation"
    for _ in range(6):
        page.keyboard.press("Tab")
        assert not _focused(page).startswith("tiroir"), "le tiroir fermé prend le focus"
    # Opened with the keyboard: drawn, reachable, and its links lead on.
    page.locator("label.md-header__button[for=__drawer]").focus()
    page.keyboard.press("Enter")
    expect(link).to_be_visible()
    assert link.evaluate("(a) => { a.focus(); return document.activeElement === a }")
    link.click()
    page.wait_for_url("**/chapitres/")
    expect(page.locator("article h1")).to_have_text("Le playbook")


def test_closing_the_drawer_keeps_it_drawn_while_it_slides_out(new_page, site_url):
    page = new_page(viewport={"width": 390, "height": 844})
    goto(page, site_url + "glossaire/")
    page.locator("label.md-header__button[for=__drawer]").click()
    expect(page.locator(".md-sidebar--primary a[href$='chapitres/']").first).to_be_visible()
    wrap = page.locator(".md-sidebar--primary .md-sidebar__scrollwrap")
    # Closed (the overlay's click) and its slide-out held midway, in one task: what is drawn then
    # does not depend on how fast the machine reaches the next step.
    drawn = wrap.evaluate(
        """(e) => {
          document.querySelector("label.md-overlay").click();
          const sliding = e.getAnimations().find((a) => a.transitionProperty === "content-visibility");
          if (!sliding) return "no transition";
          sliding.pause();
          const midway = getComputedStyle(e).contentVisibility;
          sliding.finish();
          return [midway, getComputedStyle(e).contentVisibility];
        }"""
    )
    assert drawn == ["visible", "hidden"]


def test_on_a_wide_screen_the_navigation_stays_in_reach(new_page, site_url):
    page = new_page(viewport={"width": 1280, "height": 900})
    goto(page, site_url + "glossaire/")
    link = page.locator(".md-sidebar--primary a[href$='chapitres/']").first
    expect(link).to_be_visible()
    assert link.evaluate("(a) => { a.focus(); return document.activeElement === a }")
