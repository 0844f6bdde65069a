"""A navigation section's entries, written for Material's template.

Material's navigation lists every page on every page, rendering each entry with its Jinja macros: a
site of n pages renders n² entries, a third of the build at 100 × our chapters (1 031 pages). Most
entries are plain links to pages other than the one shown, and a link's content (its title, icon,
subtitle, status) is the same on every page: only its address, relative to the page shown, changes.
Our copy of Material's `partials/nav-item.html` hands the loop over a section's entries to
`NavChildren`, which writes such links itself (their content rendered once per build, each link once
per folder of pages), and leaves every other entry (the page shown, a section, a page with pages) to
Material's macro. The HTML is Material's, byte for byte, whitespace included
(tests/test_navlinks.py)."""

from __future__ import annotations

from collections.abc import Callable

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from mkdocs.utils.templates import url_filter

# The whitespace Material's loop and macro write around an entry (partials/nav-item.html).
ITERATION = "\n              "
ITERATION_END = "\n            "
BEFORE_ENTRY = "\n                "
AFTER_ENTRY = "\n              "
LINK_LEAD = "\n  \n  \n  \n  \n    "
LINK_TAIL = "\n  \n"


class NavChildren:
    """One build's section entries. It keeps each link's rendered content, by entry, and each
    link as written for the pages of one folder: from `chapitres/a/` or `chapitres/b/`, the link
    to `chapitres/c/` is `../c/` alike. Both are found by the entry's `id()` (MkDocs' pages are not
    hashable) and kept with the entry itself, which a look-up checks."""

    def __init__(self) -> None:
        self._contents: dict[int, tuple[object, str]] = {}
        self._links: dict[tuple[str, int], tuple[object, str]] = {}

    def __call__(
        self,
        context: Context,
        section: object,
        index: object,
        path: str,
        level: int,
        render: Callable[..., str],
        render_content: Callable[[object], str],
    ) -> str:
        """What Material's loop writes: each entry but the section's index page, a plain link as
        its `render` macro would write it, any other entry by that macro. (Material compares the
        index by equality; MkDocs gives a page listed twice the same object, so identity says the
        same.)"""
        page = context.get("page")
        parts: list[str] = []
        for number, item in enumerate(section.children, 1):
            if item is index:
                parts.append(ITERATION + ITERATION_END)
            elif self._plain_link(item, page):
                parts.append(self._link(context, page, item, render_content))
            else:
                entry = str(render(item, f"{path}_{number}", level + 1, section))
                parts.append(f"{ITERATION}{BEFORE_ENTRY}{entry}{AFTER_ENTRY}{ITERATION_END}")
        return "".join(parts)

    @staticmethod
    def _plain_link(item: object, page: object) -> bool:
        """Whether Material's macro takes its last branch, with nothing set on the way."""
        return (
            item is not page
            and not getattr(item, "active", False)
            and not getattr(item, "children", None)
            and not getattr(item, "pages", None)
        )

    def _link(self, context: Context, page: object, item: object, render_content: Callable[[object], str]) -> str:
        """The loop's whole iteration for a plain link, kept for the pages of the same folder."""
        shown = getattr(page, "url", "")
        target = str(item.url)
        key = None
        # Only the part of the page's address after its folder could change the link: a link
        # whose address begins the same way (`chapitres/a` for `chapitres/a/`) is not kept.
        if shown.endswith("/") and not target.startswith(shown[:-1]):
            key = (shown.rstrip("/").rpartition("/")[0], id(item))
            kept = self._links.get(key)
            if kept is not None and kept[0] is item:
                return kept[1]
        html = (
            f"{ITERATION}{BEFORE_ENTRY}{LINK_LEAD}"
            '<li class="md-nav__item">\n'
            f'      <a href="{url_filter(context, target)}" class="md-nav__link">\n'
            f"        {self._content(item, render_content)}\n"
            "      </a>\n"
            f"    </li>{LINK_TAIL}{AFTER_ENTRY}{ITERATION_END}"
        )
        if key is not None:
            self._links[key] = (item, html)
        return html

    def _content(self, item: object, render_content: Callable[[object], str]) -> str:
        kept = self._contents.get(id(item))
        if kept is None or kept[0] is not item:
            kept = (item, str(render_content(item)))
            self._contents[id(item)] = kept
        return kept[1]


def write_nav_children(env: Environment) -> Environment:
    """MkDocs' theme environment, with a fresh `nav_children` for this build."""
    children = NavChildren()

    @pass_context
    def nav_children(context: Context, *args: object) -> str:
        return children(context, *args)

    env.globals["nav_children"] = nav_children
    return env
