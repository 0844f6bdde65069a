"""Widget headings in the page's table of contents.

A widget's HTML is stashed raw by the blocks, so the `toc` extension never sees its heading. A
heading that should be listed carries `data-toc="<anchor>"` (the id to link to); once MkDocs has
built the page's table of contents, it is added under the section it stands in.
"""

from __future__ import annotations

import html as html_module
import re

from mkdocs.structure.toc import AnchorLink, TableOfContents

WIDGET_HEADING = re.compile(r'<h([2-6])\b[^>]*\bdata-toc="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
TAG = re.compile(r"<[^>]+>")


def _entries(links: list[AnchorLink]) -> list[AnchorLink]:
    found = []
    for link in links:
        found.append(link)
        found.extend(_entries(link.children))
    return found


def _position(html: str, anchor: str) -> int:
    return html.find(f'id="{anchor}"')


def add_widget_headings(toc: TableOfContents, html: str) -> None:
    """Add each `data-toc` heading of `html` to `toc`, as a child of the last heading of a higher level before it."""
    for match in WIDGET_HEADING.finditer(html):
        level, anchor = int(match.group(1)), match.group(2)
        title = html_module.escape(html_module.unescape(TAG.sub("", match.group(3)).strip()), quote=False)
        entry = AnchorLink(title, anchor, level)
        before = [
            link for link in _entries(toc.items) if link.level < level and -1 < _position(html, link.id) < match.start()
        ]
        siblings = max(before, key=lambda link: _position(html, link.id)).children if before else toc.items
        later = [index for index, link in enumerate(siblings) if _position(html, link.id) > match.start()]
        siblings.insert(later[0] if later else len(siblings), entry)
