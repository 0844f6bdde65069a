"""French search in the browser: inflected forms find the chapter, the right chapter comes first."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser.pages import goto


def search(page, site_url: str, query: str) -> list[str]:
    """Type `query` into the search box; return the URLs of the results, best first."""
    goto(page, site_url)
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially(query)
    results = page.locator(".md-search-result__item > .md-search-result__link")
    results.first.wait_for(state="attached", timeout=10_000)
    hrefs = results.evaluate_all("links => links.map(link => link.href)")
    return [urlsplit(href)._replace(query="", fragment="").geturl() for href in hrefs]


def test_an_inflected_form_finds_the_chapter(page, site_url):
    # « mesurerons » appears nowhere in the site; the French stemmer reduces it to « mesur ».
    assert search(page, site_url, "mesurerons")[0].endswith("/chapitres/mesure/")


@pytest.mark.parametrize(
    "query, chapter",
    [
        ("réclamation", "service-client"),
        ("communauté", "communaute"),
        ("recrutement", "ressources-humaines"),
        ("mesure", "mesure"),
    ],
)
def test_a_topic_finds_its_chapter_first(page, site_url, query, chapter):
    assert search(page, site_url, query)[0].endswith(f"/chapitres/{chapter}/")


def test_search_reads_words_after_an_apostrophe(page, site_url):
    # « l’engagement » must be found by « engagement », not only by the whole token.
    urls = search(page, site_url, "engagement")
    assert any("/chapitres/" in url for url in urls)
