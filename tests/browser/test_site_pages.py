"""Every HTML page the build produces: accessible, private, complete, with no leftover syntax."""

from __future__ import annotations

import re

from tests.browser.axe import axe_violations
from tests.browser.pages import goto

LEFTOVER_SYNTAX = {
    "///": "bloc pymdownx non rendu",
    "{{": "syntaxe de gabarit",
    "{%": "syntaxe de gabarit",
}
RAW_YAML = re.compile(r"^(title|description|domaine|duree|objectifs|id|version|items|levels):\s", re.MULTILINE)


# Pages checked whole; on the others, the header, the navigation and the footer are the same as
# theirs, and only the content is checked (the dark scheme test checks more pages whole).
WHOLE_PAGES = {"", "chapitres/service-client/", "parcours/", "definir-notre-voix/", "modeles/reponses/"}
# The printable book is every chapter again, with the same styles on screen: the chapters' pages
# check its colours (axe's contrast rule takes 3 s there alone); its structure is checked here.
SAME_COLOURS_AS_THE_CHAPTERS = {"chapitres/version-imprimable/"}


def page_problems(page, url: str, *, whole: bool = True, contrast: bool = True) -> list[str]:
    goto(page, url)
    violations = axe_violations(page, None if whole else ".md-content", skip=() if contrast else ("color-contrast",))
    problems = [f"accessibilité : {violation}" for violation in violations]
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


def test_page_is_accessible_private_and_complete(looking_page, site_url, site_page):
    problems = page_problems(
        looking_page, site_url + site_page, whole=site_page in WHOLE_PAGES, contrast=site_page not in SAME_COLOURS_AS_THE_CHAPTERS
    )
    assert not problems, "\n".join(problems)


def test_dark_scheme_is_accessible(new_page, site_url):
    page = new_page(color_scheme="dark")
    for path in ("", "chapitres/", "chapitres/service-client/", "glossaire/", "mon-bilan/", "definir-notre-voix/", "parcours/", "parcours/conversation/"):
        goto(page, site_url + path)
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        violations = axe_violations(page)
        assert not violations, f"{path or 'accueil'} en thème sombre :\n" + "\n".join(violations)
