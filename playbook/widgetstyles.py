"""Widget stylesheets written into the pages that use them instead of fetched.

Each widget links its stylesheet just before it (playbook.blocks.link_stylesheet, Widgets.styles),
so that pages without the widget do not load it and instant navigation brings it along with the
content. Fetched, each of those links held the rest of the page until it had arrived: a chapter
asked for two to four stylesheets besides Material's and ours (widgets, checklist, plays, copy), a
module page for four (widgets, course, quiz, scenario), and on a slow mobile network the requests
queue (Lighthouse, mobile: first paint 150 to 300 ms sooner, largest paint up to 600 ms sooner on
the pages tried). Written into the page, they cost 1.2 to 2.5 KB of compressed HTML on the pages
that use them (`make bench`) and nothing on the others. Each page gets them as MkDocs writes it,
the stylesheets minified by then (playbook.sitefinish); the files stay, for the stylesheets the
scripts link themselves (reading progress). The element says where its rules came from
(`data-inlined`), for `make bench` to count them as ours.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from playbook.headscripts import Edit, InlineFailed, apply_edits
from playbook.widgets import HREF, STYLE_MARK, STYLESHEET_LINK, STYLESHEETS_DIR


class WidgetStyles:
    """The widget stylesheets of a built site, each read once, when a page first links it."""

    def __init__(self, site: Path) -> None:
        self._site = site
        self._rules: dict[str, str] = {}

    def inline(self, html: str) -> str:
        """`html` with each widget stylesheet's link replaced by its rules, where the link stood."""
        return apply_edits(html, self.edits(html))

    def edits(self, html: str) -> list[Edit]:
        """Where `inline` replaces a link, and with what."""
        # Read from the first link on (most pages have none): the pattern alone would read the
        # whole page, whose navigation lists every page of the site.
        mentioned = html.find(STYLE_MARK)
        if mentioned < 0:
            return []
        start = max(0, html.rfind("<link", 0, mentioned))
        return [(link.start(), link.end(), self._style(link)) for link in STYLESHEET_LINK.finditer(html, start)]

    def _style(self, link: re.Match[str]) -> str:
        name = posixpath.basename(HREF.search(link.group(0)).group(1))
        if name not in self._rules:
            self._rules[name] = self._read(name)
        ending = "\n" if link.group(0).endswith("\n") else ""
        return f'<style data-inlined="{name}">{self._rules[name]}</style>{ending}'

    def _read(self, name: str) -> str:
        path = self._site / STYLESHEETS_DIR / name
        if not path.is_file():
            raise InlineFailed(f"{STYLESHEETS_DIR}/{name} : une page la demande, mais la construction ne l’a pas produite")
        css = path.read_text(encoding="utf-8").strip()
        if "</style" in css.lower():
            raise InlineFailed(f"{STYLESHEETS_DIR}/{name} contient « </style » : elle ne peut pas être écrite dans la page")
        return css
