"""Widget stylesheets written into the pages that use them instead of fetched.

Each widget links its stylesheet just before it (playbook.blocks.link_stylesheet, Widgets.styles),
so that pages without the widget do not load it and instant navigation brings it along with the
content. Fetched, each of those links held the rest of the page until it had arrived: a chapter
asked for two to four stylesheets besides Material's and ours (widgets, checklist, plays, copy), a
module page for four (widgets, course, quiz, scenario), and on a slow mobile network the requests
queue (Lighthouse, mobile: first paint 150 to 300 ms sooner, largest paint up to 600 ms sooner on
the pages tried). Written into the page, they cost 1.2 to 2.5 KB of compressed HTML on the pages
that use them (`make bench`) and nothing on the others. Runs after minification, on the site as
built; the files stay, for the stylesheets the scripts link themselves (reading progress). The
element says where its rules came from (`data-inlined`), for `make bench` to count them as ours.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from playbook.headscripts import InlineFailed, rewrite_pages
from playbook.widgets import HREF, STYLESHEET_LINK, STYLESHEETS_DIR


def inline_widget_styles(site: Path) -> int:
    """Put each widget stylesheet's rules in place of its link in every page; the number of pages changed."""
    rules: dict[str, str] = {}

    def style(link: re.Match[str]) -> str:
        name = posixpath.basename(HREF.search(link.group(0)).group(1))
        if name not in rules:
            rules[name] = _rules(site, name)
        ending = "\n" if link.group(0).endswith("\n") else ""
        return f'<style data-inlined="{name}">{rules[name]}</style>{ending}'

    return rewrite_pages(site, lambda html: STYLESHEET_LINK.sub(style, html))


def _rules(site: Path, name: str) -> str:
    path = site / STYLESHEETS_DIR / name
    if not path.is_file():
        raise InlineFailed(f"{STYLESHEETS_DIR}/{name} : une page la demande, mais la construction ne l’a pas produite")
    css = path.read_text(encoding="utf-8").strip()
    if "</style" in css.lower():
        raise InlineFailed(f"{STYLESHEETS_DIR}/{name} contient « </style » : elle ne peut pas être écrite dans la page")
    return css
