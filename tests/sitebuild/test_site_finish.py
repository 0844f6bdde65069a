"""Every page the build writes holds what it would otherwise fetch before its first paint (the
palette guard, its widgets' stylesheets), the error page too, and the site's own scripts and
stylesheets are minified, those the pages hold and those they fetch alike (playbook.sitefinish)."""

from __future__ import annotations

import re

from playbook.headscripts import INLINED
from playbook.minify import own_files
from tests.conftest import built_site

FETCHED_GUARD = re.compile(r'<script src="[^"]*palette-guard\.js"')


def test_every_page_holds_the_palette_guard_instead_of_fetching_it():
    site = built_site()
    pages = sorted(site.rglob("*.html"))
    assert site / "404.html" in pages  # written from a theme template, not from a page
    without = [str(page.relative_to(site)) for page in pages if '<script data-inlined="palette-guard.js"' not in page.read_text(encoding="utf-8")]
    fetching = [str(page.relative_to(site)) for page in pages if FETCHED_GUARD.search(page.read_text(encoding="utf-8"))]
    assert not without and not fetching, f"sans le garde : {without} ; le téléchargent : {fetching}"
    assert not any((site / relative).exists() for relative in INLINED)  # nothing loads the file any more


def test_widget_pages_hold_their_stylesheets_minified():
    site = built_site()
    linking = [str(page.relative_to(site)) for page in sorted(site.rglob("*.html")) if "data-pb-style" in page.read_text(encoding="utf-8")]
    assert not linking, f"liens de feuilles de widgets restés : {linking}"
    chapter = (site / "chapitres" / "communaute" / "index.html").read_text(encoding="utf-8")
    rules = re.search(r'<style data-inlined="checklist.css">(.*?)</style>', chapter, re.DOTALL)
    assert rules, "la grille du chapitre n’a pas ses règles dans la page"
    assert "/*" not in rules.group(1) and "\n  " not in rules.group(1)  # minified before the page was written


def test_every_own_script_and_stylesheet_is_minified():
    site = built_site()
    files = own_files(site)
    assert any(path.parent.name == "bundles" for path in files)  # the bundles, written before the pages
    written_out = [str(path.relative_to(site)) for path in files if "\n  " in path.read_text(encoding="utf-8")]
    assert not written_out, f"non minifiés : {written_out}"
