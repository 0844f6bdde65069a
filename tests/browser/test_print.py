"""The printable version: every chapter in order, a contents page, no navigation, links that print
their address only when they leave the site, empty checklists, and a book of a known length."""

from __future__ import annotations

import re

import pytest

from playbook.chapters import load_chapters
from tests.browser.pages import goto
from tests.conftest import RESULTS, ROOT

BOOK = "chapitres/version-imprimable/"
# A4 pages of the printable book as Chromium prints it (measured: 109 before the print styles were
# made compact, 52 after; 71 once the second edition gave each chapter its plays, about two pages
# a chapter). A chapter that grows may raise it, knowingly.
PAGE_BUDGET = 74


@pytest.fixture
def book(looking_page, site_url):
    """The printable book, opened once for the tests that only read it (it is the site's longest page)."""
    if looking_page.url != site_url + BOOK:
        goto(looking_page, site_url + BOOK)
    return looking_page


def test_every_chapter_is_in_the_book_in_order(book):
    titles = book.locator("section.pb-print-chapter > h2").all_inner_texts()
    expected = [chapter.meta.title for chapter in load_chapters(ROOT / "chapters", ROOT)]
    assert [title.replace("¶", "").strip() for title in titles] == expected


def test_ids_are_unique_and_inner_links_land_in_the_book(book):
    duplicates = book.evaluate(
        """() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
                   return ids.filter((id, i) => ids.indexOf(id) !== i); }"""
    )
    assert duplicates == []
    inner_targets = book.evaluate(
        """() => [...document.querySelectorAll('article a[href]')]
                 .filter(a => a.pathname === location.pathname && a.hash)
                 .map(a => decodeURIComponent(a.hash.slice(1)))"""
    )
    missing = book.evaluate("targets => targets.filter(id => !document.getElementById(id))", inner_targets)
    assert missing == []
    # A link from one chapter to another stays inside the book.
    assert "mesure" in inner_targets


def test_print_shows_the_book_not_the_site(page, site_url):
    goto(page, site_url + BOOK)
    page.evaluate(
        """() => document.querySelector('article p').insertAdjacentHTML('beforeend',
             ' <a id="dehors" href="https://exemple.org/guide" data-pb-external>un guide</a>')"""
    )
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
    # A link out of the site prints its address, once; the site's own links print none.
    after = "a => getComputedStyle(a, '::after').content"
    assert page.locator("#dehors").evaluate(after) == '" (https://exemple.org/guide)"'
    inner = page.locator("article a[href]:not([data-pb-external])")
    assert inner.count() > 50
    assert set(inner.evaluate_all(f"links => links.map({after})")) <= {"none", "normal"}
    # The contents come first; checklists print as empty forms (boxes, no radio button).
    contents = page.get_by_role("navigation", name="Sommaire de la version imprimable")
    assert contents.is_visible()
    titles = contents.locator("li").all_inner_texts()
    assert titles == [chapter.meta.title for chapter in load_chapters(ROOT / "chapters", ROOT)]
    assert page.locator("article input[type=radio]").evaluate_all("inputs => inputs.every(i => !i.offsetParent)")


def test_the_printable_book_fits_its_page_budget(book):
    pdf = book.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "printable-pages.txt").write_text(f"{pages}\n", encoding="utf-8")
    assert 10 < pages <= PAGE_BUDGET, f"la version imprimable fait {pages} pages A4 (budget : {PAGE_BUDGET})"

