"""The printable version: every chapter in order, one page each, no navigation, readable links."""

from __future__ import annotations

from playbook.chapters import load_chapters
from tests.browser.pages import goto
from tests.conftest import ROOT

BOOK = "chapitres/version-imprimable/"


def test_every_chapter_is_in_the_book_in_order(page, site_url):
    goto(page, site_url + BOOK)
    titles = page.locator("section.pb-print-chapter > h2").all_inner_texts()
    expected = [chapter.meta.title for chapter in load_chapters(ROOT / "chapters", ROOT)]
    assert [title.replace("¶", "").strip() for title in titles] == expected


def test_ids_are_unique_and_inner_links_land_in_the_book(page, site_url):
    goto(page, site_url + BOOK)
    duplicates = page.evaluate(
        """() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
                   return ids.filter((id, i) => ids.indexOf(id) !== i); }"""
    )
    assert duplicates == []
    inner_targets = page.evaluate(
        """() => [...document.querySelectorAll('article a[href]')]
                 .filter(a => a.pathname === location.pathname && a.hash)
                 .map(a => decodeURIComponent(a.hash.slice(1)))"""
    )
    assert [target for target in inner_targets if not page.locator(f'[id="{target}"]').count()] == []
    # A link from one chapter to another stays inside the book.
    assert "mesure" in inner_targets


def test_print_styles_hide_navigation_and_break_pages_between_chapters(page, site_url):
    goto(page, site_url + BOOK)
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        assert not page.locator(selector).first.is_visible(), f"{selector} visible à l’impression"
    breaks = page.locator("section.pb-print-chapter").evaluate_all(
        "sections => sections.map(s => getComputedStyle(s).breakBefore)"
    )
    assert breaks and set(breaks) == {"page"}
    link = page.locator("article p a[href]").first
    style = link.evaluate("a => [getComputedStyle(a).color, getComputedStyle(a).textDecorationLine]")
    assert style == ["rgb(0, 0, 0)", "underline"]
