"""Every HTML page the build produces: accessible in both palettes, private, complete, with no
leftover syntax."""

from __future__ import annotations

import re

from tests.browser.axe import axe_violations
from tests.browser.pages import goto

LEFTOVER_SYNTAX = {
    "///": "bloc pymdownx non rendu",
    "{{": "syntaxe de gabarit",
    "{%": "syntaxe de gabarit",
}
# The rules a palette can break: the same page in the other palette keeps its structure, names and roles.
COLOUR_RULES = ("color-contrast", "link-in-text-block")
RAW_YAML = re.compile(r"^(title|description|domaine|duree|objectifs|id|version|items|levels):\s", re.MULTILINE)


def switch_palette(page, to_dark: bool) -> None:
    """As a reader does: Material's toggle in the header (« Passer au thème sombre » or « clair »,
    the toggle's title), then the page's colours follow."""
    page.locator(f'label[for="__palette_{1 if to_dark else 0}"]').click()
    scheme = "slate" if to_dark else "default"
    page.wait_for_function(f"document.body.dataset.mdColorScheme === '{scheme}'")


# Pages checked whole, in both palettes; on the others, the header, the navigation and the footer
# are the same as theirs, and only the content is checked.
WHOLE_PAGES = {"", "chapitres/service-client/", "parcours/", "definir-notre-voix/", "modeles/reponses/"}
# The printable book is every chapter again, with the same styles on screen: the chapters' pages
# check its colours (axe's contrast rule takes 3 s there alone); its structure is checked here.
SAME_COLOURS_AS_THE_CHAPTERS = {"chapitres/version-imprimable/"}


def page_problems(page, url: str, *, whole: bool = True, contrast: bool = True) -> list[str]:
    goto(page, url)
    problems = [f"accessibilité {palette} : {violation}" for palette, violation in palette_violations(page, whole=whole, contrast=contrast)]
    problems += [f"requête vers un autre hôte : {request}" for request in page.log.outside_requests]
    problems += [f"erreur de console : {error}" for error in page.log.console_errors]
    text = page.locator("body").inner_text()
    problems += [f"{label} dans la page : « {mark} »" for mark, label in LEFTOVER_SYNTAX.items() if mark in text]
    if RAW_YAML.search(text):
        problems.append(f"YAML brut dans la page : « {RAW_YAML.search(text).group(0).strip()} »")
    if not page.title().strip():
        problems.append("<title> vide")
    headings = page.locator("h1").count()
    if headings != 1:
        problems.append(f"{headings} titres <h1> au lieu d’un seul")
    description = page.locator('meta[name="description"]')
    if description.count() != 1 or not (description.get_attribute("content") or "").strip():
        problems.append("meta description absente ou vide")
    return problems


def palette_name(dark: bool) -> str:
    return "en thème sombre" if dark else "en thème clair"


def palette_violations(page, *, whole: bool, contrast: bool) -> list[tuple[str, str]]:
    """Every rule in the palette the page opens in (the one the previous page was left in, as a
    reader's choice is kept), then the colour rules in the other, switched to by its toggle: the
    next page opens in that one, so each page costs one switch."""
    within = None if whole else ".md-content"
    dark = page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    if not contrast:
        return [(palette_name(dark), violation) for violation in axe_violations(page, within, skip=("color-contrast",))]
    found = [(palette_name(dark), violation) for violation in axe_violations(page, within)]
    switch_palette(page, to_dark=not dark)
    return found + [(palette_name(not dark), violation) for violation in axe_violations(page, within, only=COLOUR_RULES)]


def test_page_is_accessible_private_and_complete(looking_page, site_url, site_page):
    problems = page_problems(
        looking_page, site_url + site_page, whole=site_page in WHOLE_PAGES, contrast=site_page not in SAME_COLOURS_AS_THE_CHAPTERS
    )
    assert not problems, "\n".join(problems)


def test_the_dark_palette_follows_the_system(new_page, site_url):
    """A reader whose system is dark gets the dark palette at once, on a page and after instant
    navigation; every page's colours in it are checked above (palette_violations)."""
    page = new_page(color_scheme="dark")
    goto(page, site_url)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.locator(".md-nav__link", has_text="Définir notre voix").first.click()
    page.wait_for_url("**/definir-notre-voix/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
