"""French search in the browser: the relevance suite (tests/data/search-relevance.yml), accents and
inflections forgiven, accented text shown, and whole words highlighted on the page a result opens."""

from __future__ import annotations

import unicodedata
from urllib.parse import parse_qs, urlsplit

import yaml
from playwright.sync_api import expect

from tests.browser.pages import goto, wait_ready
from tests.conftest import ROOT

SUITE = yaml.safe_load((ROOT / "tests" / "data" / "search-relevance.yml").read_text(encoding="utf-8"))
PLACEHOLDER = "Taper pour démarrer la recherche"
FIELD = "input.md-search__input"


def fold(text: str) -> str:
    """Lower case, no accents: how a reader on a phone types."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def open_search(page, site_url: str) -> None:
    """A page with its search box open, once the search has indexed the site."""
    goto(page, site_url + "glossaire/")
    page.locator(FIELD).click()
    expect(page.locator(".md-search-result__meta")).to_have_text(PLACEHOLDER, timeout=15_000)


def search(page, query: str) -> list[list[str]]:
    """Type `query` in the open search box; the results, one list per page, each best first.

    An entry is the result's path and anchor, relative to the site ("chapitres/mesure/#anchor").
    """
    field = page.locator(FIELD)
    meta = page.locator(".md-search-result__meta")
    field.fill("")
    field.dispatch_event("keyup")
    expect(meta).to_have_text(PLACEHOLDER)
    field.fill(query)
    field.dispatch_event("keyup")
    expect(meta).not_to_have_text(PLACEHOLDER)
    groups = page.locator(".md-search-result__item").evaluate_all(
        """items => items.map(item => [...item.querySelectorAll('.md-search-result__link')]
                 .map(link => [Number(link.querySelector('article').dataset.mdScore), link.href])
                 .sort((a, b) => b[0] - a[0]).map(([, href]) => href))"""
    )
    base = urlsplit(page.url)._replace(path="/", query="", fragment="").geturl()
    return [[href.split("?")[0].replace(base, "") + ("#" + href.split("#")[1] if "#" in href else "") for href in group] for group in groups]


def placement(groups: list[list[str]], page_path: str, section: str) -> tuple[int, int]:
    """(rank of the page among the pages, rank of the section among the page's results); -1 when absent."""
    target = f"{page_path}#{section}" if section else page_path
    for page_rank, group in enumerate(groups):
        if group[0].split("#")[0] == page_path:
            return page_rank, group.index(target) if target in group else -1
    return -1, -1


def test_every_query_of_the_relevance_suite_finds_its_page_and_section(page, site_url):
    assert len(SUITE) >= 20
    open_search(page, site_url)
    misses = []
    for case in SUITE:
        groups = search(page, case["query"])
        page_rank, section_rank = placement(groups, case["page"], case["section"])
        if not (0 <= page_rank < 3 and 0 <= section_rank < 3):
            found = "\n    ".join(" | ".join(group[:3]) for group in groups[:3])
            misses.append(f"« {case['query']} » → {case['page']}#{case['section']} : page {page_rank}, section {section_rank}\n    {found}")
    assert not misses, "\n".join(misses)


def test_the_suite_asks_with_and_without_accents_one_to_four_words():
    queries = [case["query"] for case in SUITE]
    assert any(query != fold(query) for query in queries) and any(query == fold(query) for query in queries)
    assert {len(query.split()) for query in queries} >= {1, 2, 3, 4}


def test_results_show_the_accented_text_and_the_words_typed(page, site_url):
    open_search(page, site_url)
    search(page, "reclamation zzzz")
    first = page.locator(".md-search-result__item").first
    expect(first.locator("mark").first).to_have_text("réclamation")
    expect(first.locator(".md-search-result__terms del").first).to_have_text("zzzz")


def test_a_result_highlights_whole_words_and_no_stop_word(page, site_url):
    open_search(page, site_url)
    search(page, "ton de la marque")
    link = page.locator('.md-search-result__link[href*="notre-voix/"][href*="#notre-ton"]').first
    assert parse_qs(urlsplit(link.get_attribute("href")).query)["h"] == ["ton"]
    link.click()
    wait_ready(page)
    marks = page.locator("article mark[data-md-highlight]")
    expect(marks.first).to_be_visible()
    words = {fold(text) for text in marks.all_inner_texts()}
    assert words == {"ton"}, f"mots surlignés : {words}"
    # Whole words only: « ton » is not marked inside « tonalité » or « bouton ».
    assert page.evaluate(
        """() => [...document.querySelectorAll('article mark[data-md-highlight]')].every(mark =>
                 !/[\\p{L}\\p{N}]/u.test((mark.previousSibling?.textContent || ' ').slice(-1)) &&
                 !/[\\p{L}\\p{N}]/u.test((mark.nextSibling?.textContent || ' ').charAt(0)))"""
    )


def test_search_dialog_has_an_accessible_name(page, site_url):
    goto(page, site_url)
    expect(page.get_by_role("dialog", name="Rechercher dans le site")).to_have_count(1)


def test_the_index_is_downloaded_when_the_reader_turns_to_the_search(page, site_url):
    """Not with every page: 0.6 MB that most readers never use. The keyboard shortcut opens the
    search, the index arrives, and the first query finds its page."""
    index = []
    page.on("request", lambda request: "search_index" in request.url and index.append(request.url))
    goto(page, site_url + "glossaire/")
    page.locator(".md-nav__link", has_text="Définir notre voix").first.click()
    page.wait_for_url("**/definir-notre-voix/")
    wait_ready(page)
    assert index == [], "index téléchargé sans recherche"
    page.keyboard.press("/")
    expect(page.locator(FIELD)).to_be_focused()
    expect(page.locator(".md-search-result__meta")).to_have_text(PLACEHOLDER, timeout=15_000)
    assert len(index) == 1
    page.keyboard.type("reclamation")
    expect(page.locator(".md-search-result__item").first).to_contain_text("réclamation")
