"""What the build does to the site's own files once MkDocs has copied them, and to each page as
MkDocs writes it (hooks/events.py calls it at those moments).

Before the first page: the widget scripts are bundled (playbook.scriptbundles) and esbuild starts
minifying, in two processes of its own (playbook.minify): the stylesheets and the head scripts,
which every page holds, then the scripts, which no page holds and which the build waits for only
at its end. Each page then gets its head scripts and widget stylesheets written into it in memory
(playbook.headscripts, playbook.widgetstyles): rewriting every page once written meant reading and
writing the whole site twice more (`make bench`, 1 031 pages: 4.4 s of a 51 s build).
`mkdocs serve` keeps the scripts and stylesheets as written, unminified.
"""

from __future__ import annotations

from pathlib import Path

from playbook.headscripts import INLINED, HeadScripts, apply_edits
from playbook.minify import Minification, own_files
from playbook.palettecss import drop_switching_rule
from playbook.scriptbundles import bundle_site
from playbook.widgetstyles import WidgetStyles


class SiteFinish:
    """One build's finishing of the site in `site`; `node_modules` holds esbuild (None: not minified)."""

    def __init__(self, site: Path, docs: Path, node_modules: Path | None) -> None:
        self._site = site
        self._docs = docs
        self._node_modules = node_modules
        self._begun = False
        self._inlined: Minification | None = None  # what pages hold: stylesheets, head scripts
        self._scripts: Minification | None = None  # the rest
        self._inliners: tuple[HeadScripts, WidgetStyles] | None = None

    def begin(self) -> None:
        """Once MkDocs has copied the static files, before it writes any page: bundle, start minifying."""
        if self._begun:
            return
        self._begun = True
        bundle_site(self._site, self._docs)
        if self._node_modules is not None:
            held = {self._site / relative for relative in INLINED}
            files = own_files(self._site)
            inlined = [path for path in files if path.suffix == ".css" or path in held]
            self._inlined = Minification(self._site, self._node_modules, inlined)
            self._scripts = Minification(self._site, self._node_modules, [path for path in files if path not in inlined])

    def page(self, html: str) -> str:
        """A page's HTML with its head scripts and widget stylesheets written into it."""
        head, styles = self._ready()
        return apply_edits(html, head.edits(html) + styles.edits(html))

    def end(self) -> None:
        """After the last page: wait for the scripts, remove what the pages now hold, trim the palette."""
        head, _ = self._ready()
        if self._scripts is not None:
            self._scripts.wait()
        head.remove_files()
        drop_switching_rule(self._site)

    def abandon(self) -> None:
        """The build failed: stop esbuild."""
        for minification in (self._inlined, self._scripts):
            if minification is not None:
                minification.cancel()

    def _ready(self) -> tuple[HeadScripts, WidgetStyles]:
        if self._inliners is None:
            self.begin()
            if self._inlined is not None:
                self._inlined.wait()
            self._inliners = (HeadScripts(self._site), WidgetStyles(self._site))
        return self._inliners
