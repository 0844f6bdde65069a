"""The page types the benchmark weighs and audits, and how a response counts (ours or not)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PageType:
    """A kind of page, the path of one such page on this site, and whether it holds a widget."""

    name: str
    label: str
    path: str
    widgets: bool


PAGE_TYPES = (
    PageType("home", "accueil", "", False),
    PageType("glossary", "page sans widget (glossaire)", "glossaire/", False),
    PageType("chapter", "chapitre", "chapitres/relation-avant-promotion/", True),
    PageType("checklist", "chapitre avec grille", "chapitres/service-client/", True),
    PageType("dashboard", "« Mon bilan »", "mon-bilan/", True),
    PageType("generator", "« Définir notre voix »", "definir-notre-voix/", True),
    PageType("course", "parcours", "parcours/", True),
    PageType("quiz", "module avec quiz", "parcours/client-en-public/", True),
    PageType("cohort", "rapport de cohorte", "parcours/rapport-de-cohorte/", True),
)
# The plain Material page every type is compared with: the same chapter, without our code.
PLAIN_REFERENCE = "chapitres/service-client/"

# Material's own files (its bundle, search worker, lunr, fonts off): not the project's share.
MATERIAL = re.compile(
    r"/assets/(javascripts/(bundle|workers/search)\.[0-9a-f]+\.min\.js|javascripts/lunr/|stylesheets/(main|palette)\.[0-9a-f]+\.min\.css)"
    r"|/search/search_index"
)
VENDOR = re.compile(r"/assets/vendor/")


def owner(url: str) -> str:
    """« material », « vendor » (third-party code we ship) or « ours »."""
    if MATERIAL.search(url):
        return "material"
    if VENDOR.search(url):
        return "vendor"
    return "ours"


def kind(url: str, content_type: str) -> str:
    """html, css, js or other."""
    path = url.split("?")[0].split("#")[0]
    if path.endswith(".css") or "text/css" in content_type:
        return "css"
    if path.endswith(".js") or "javascript" in content_type:
        return "js"
    if path.endswith((".html", "/")) or "text/html" in content_type:
        return "html"
    return "other"
