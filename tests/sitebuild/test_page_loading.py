"""No script fetched by a page holds its first paint: each is deferred (or async), and the deferred
ones keep the order they depend on (the search worker's setup, Material's bundle, ours)."""

from __future__ import annotations

import re

from tests.conftest import built_site

SCRIPT = re.compile(r"<script\b([^>]*)\bsrc=\"([^\"]+)\"([^>]*)>")
ORDER = ("search-setup.js", "bundle.", "playbook.js")


def fetched_scripts(html: str) -> list[tuple[str, str]]:
    """(src, attributes) of each <script src> of a page, in document order."""
    return [(match.group(2), match.group(1) + match.group(3)) for match in SCRIPT.finditer(html)]


def test_no_page_script_holds_the_first_paint():
    holding = [
        f"{page.relative_to(built_site())}: {src}"
        for page in sorted(built_site().rglob("*.html"))
        for src, attributes in fetched_scripts(page.read_text(encoding="utf-8"))
        if not re.search(r"\b(defer|async)\b", attributes)
    ]
    assert not holding, "\n".join(holding)


def test_deferred_scripts_run_in_the_order_they_depend_on():
    for path in ("index.html", "chapitres/communaute/index.html", "definir-notre-voix/index.html"):
        names = [src.rsplit("/", 1)[-1] for src, _ in fetched_scripts((built_site() / path).read_text(encoding="utf-8"))]
        assert [prefix for name in names for prefix in ORDER if name.startswith(prefix)] == list(ORDER), f"{path}: {names}"
