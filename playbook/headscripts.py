"""Small scripts of the page's head written into every page of the built site instead of fetched.

A script in the head holds the first paint until it has arrived: on a slow mobile network, one
round trip more before the reader sees anything. The palette guard must run in the head (before
Material reads the palette in the body's first script) and weighs 0.7 KB once minified: each page
carries it (Lighthouse, mobile: first paint 100 to 400 ms sooner on the pages tried). Its code is
read once from the built site (minified by then) and written into each page as MkDocs writes it
(playbook.sitefinish); the file itself is then removed, as nothing loads it any more. The element
says where its code came from (`data-inlined`), for `make bench` to count it as ours.
"""

from __future__ import annotations

import re
from pathlib import Path

INLINED = ("assets/javascripts/palette-guard.js",)


# A part of a page to replace: its start, its end, what stands there instead.
Edit = tuple[int, int, str]


def apply_edits(html: str, edits: list[Edit]) -> str:
    """`html` with the edits made (they do not overlap), in one copy of the page: pages list every
    page of the site in their navigation, and the printable one holds every chapter (60 MB at 100 ×
    our chapters), so each copy counts."""
    if not edits:
        return html
    parts, done = [], 0
    for start, end, text in sorted(edits):
        parts += (html[done:start], text)
        done = end
    parts.append(html[done:])
    return "".join(parts)


class InlineFailed(Exception):
    """A script or stylesheet that cannot stand inside its element: the message names it."""


def _tag(name: str) -> re.Pattern[str]:
    """`<script src="…/name" attributes></script>`, whatever the page's depth."""
    return re.compile(rf'<script src="(?:[^"]*/)?{re.escape(name)}"([^>]*)></script>')


class HeadScripts:
    """The INLINED scripts of a built site, each written into a page in place of its tag."""

    def __init__(self, site: Path) -> None:
        self._site = site
        self._scripts: list[tuple[re.Pattern[str], str, str]] = []
        for relative in INLINED:
            code = (site / relative).read_text(encoding="utf-8").strip()
            if "</script" in code.lower():
                raise InlineFailed(f"{relative} contient « </script » : il ne peut pas être écrit dans la page")
            self._scripts.append((_tag(Path(relative).name), Path(relative).name, code))

    def inline(self, html: str) -> str:
        """`html` with each script's tag replaced by an element holding its code (attributes kept)."""
        return apply_edits(html, self.edits(html))

    def edits(self, html: str) -> list[Edit]:
        """Where `inline` replaces a tag, and with what."""
        edits = []
        for tag, name, code in self._scripts:
            # Searched from the first mention of its name on: the pattern alone would read the whole
            # page, whose navigation lists every page of the site.
            mentioned = html.find(name)
            match = tag.search(html, max(0, html.rfind("<script", 0, mentioned))) if mentioned >= 0 else None
            if match:
                edits.append((match.start(), match.end(), f'<script data-inlined="{name}"{match.group(1)}>{code}</script>'))
        return edits

    def remove_files(self) -> None:
        """Once every page holds the code: nothing loads the files any more."""
        for relative in INLINED:
            (self._site / relative).unlink()
