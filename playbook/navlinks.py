"""A navigation section's entries, written for Material's template.

Material's navigation lists every page on every page, rendering each entry with its Jinja macros: a
site of n pages renders n² entries, a third of the build at 100 × our chapters (1 031 pages). Most
entries are plain links to pages other than the one shown, and a link's content (its title, icon,
subtitle, status) is the same on every page: only its address, relative to the page shown, changes.
Our copy of Material's `partials/nav-item.html` hands the loop over a section's entries to
`NavChildren`, which writes such links itself (their content rendered once per build, a section's
links once per folder of pages), and leaves every other entry (the page shown, a section, a page
with pages) to Material's macro; and Material's other loop over a section's entries, the search for
its index page, to `SectionIndex` (once per section). What was left to each page was still a step
per page of the site, 10 % of the build at 100 × (sampled): a page now joins what is kept.

The HTML is Material's but for whitespace (tests/unit/test_navlinks.py). Its loops and macros
indent each link over a dozen lines, 190 bytes of a link's 300: at 100 × our chapters, 170 KB of
each page's 430, the site 538 MB instead of 371, and writing a page took four times longer at the
end of that build than at its start. Links are written on one line, and the loops' whitespace is
not written: a run of whitespace holding a line break, between block boxes or at the ends of a
line, is not rendered (CSS Text, white-space processing), and nothing reads the text nodes it made."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from jinja2.utils import Namespace
from mkdocs.utils.templates import url_filter

# What Material's macros write around and between tags, on lines of their own: not rendered.
LINE_BREAKS = re.compile(r"\s*\n\s*")


def one_line(html: str) -> str:
    """`html` without the whitespace that holds a line break (a title's own spaces are kept)."""
    return LINE_BREAKS.sub("", html)


class NavChildren:
    """One build's section entries. It keeps each link's rendered content, by entry, and, for each
    section and folder of pages, the section's entries as written for the pages of that folder:
    from `chapitres/a/` or `chapitres/b/`, the link to `chapitres/c/` is `../c/` alike. A page then
    writes afresh only what differs on it (itself, a section, a link to an address that begins its
    own) and joins the rest as kept, so that a section of n pages costs each page a join, not n
    steps of Python. Entries and sections are found by `id()` (MkDocs' pages are not hashable) and
    kept with the object itself, which a look-up checks."""

    def __init__(self) -> None:
        self._contents: dict[int, tuple[object, str]] = {}
        self._plans: dict[tuple[int, int, str], _SectionPlan] = {}

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
        shown = getattr(page, "url", "")
        children = section.children

        def entry(number: int) -> str:
            item = children[number]
            if item is index:
                return ""
            if self._plain_link(item, page):
                return self._link(context, item, render_content)
            return str(render(item, f"{path}_{number + 1}", level + 1, section))

        if not shown.endswith("/"):  # the home page, 404.html, file addresses: written for the page alone
            return "".join(entry(number) for number in range(len(children)))
        # Only the part of the page's address after its folder could change a link, and only a
        # link whose address begins the same way (`chapitres/a…` for `chapitres/a/`).
        own = shown[:-1]
        folder = own.rpartition("/")[0]
        key = (id(section), id(index), folder)
        plan = self._plans.get(key)
        if plan is None or plan.section is not section or plan.index is not index:
            plan = _SectionPlan(section, index, [None if self._afresh(item, own) else entry(number) for number, item in enumerate(children)])
            self._plans[key] = plan
        parts: list[str] = []
        done = 0
        for number in plan.afresh_on(own):
            parts.extend(plan.kept[done:number])
            parts.append(entry(number))
            done = number + 1
        parts.extend(plan.kept[done:])
        return "".join(parts)  # type: ignore[arg-type]  # every None was in afresh_on

    @staticmethod
    def _afresh(item: object, own: str) -> bool:
        """Whether an entry is written on each page rather than kept for the folder: a section, a
        page with pages, a link whose address begins the page's own."""
        return bool(getattr(item, "children", None) or getattr(item, "pages", None)) or str(getattr(item, "url", "")).startswith(own)

    @staticmethod
    def _plain_link(item: object, page: object) -> bool:
        """Whether Material's macro takes its last branch, with nothing set on the way."""
        return (
            item is not page
            and not getattr(item, "active", False)
            and not getattr(item, "children", None)
            and not getattr(item, "pages", None)
        )

    def _link(self, context: Context, item: object, render_content: Callable[[object], str]) -> str:
        """A plain link, as Material's macro writes it, on one line."""
        return f'<li class="md-nav__item"><a href="{url_filter(context, str(item.url))}" class="md-nav__link">{self._content(item, render_content)}</a></li>'

    def _content(self, item: object, render_content: Callable[[object], str]) -> str:
        kept = self._contents.get(id(item))
        if kept is None or kept[0] is not item:
            kept = (item, one_line(str(render_content(item))))
            self._contents[id(item)] = kept
        return kept[1]


class SectionIndex:
    """Material's search for a section's index page (its first entry that is one, with
    `navigation.indexes`), done once per section: the index goes into the template's namespace.
    Material's loop writes nothing else, but two lines of whitespace per entry: none is written."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[object, object]] = {}

    def __call__(self, section: object, found: Namespace) -> str:
        kept = self._kept.get(id(section))
        if kept is None or kept[0] is not section:
            kept = (section, next((item for item in section.children if getattr(item, "is_index", False)), None))
            self._kept[id(section)] = kept
        if kept[1] is not None:
            found["index"] = kept[1]
        return ""


class _SectionPlan:
    """A section's entries as written for the pages of one folder (None: written on each page),
    and which entries a page of that folder must write afresh."""

    def __init__(self, section: object, index: object, kept: list[str | None]) -> None:
        self.section, self.index, self.kept = section, index, kept
        self._afresh = [number for number, html in enumerate(kept) if html is None]
        # The entries' addresses in order, to find those that begin a page's own in log n.
        self._addresses = sorted((str(getattr(item, "url", "")), number) for number, item in enumerate(section.children))

    def afresh_on(self, own: str) -> list[int]:
        """The entries a page whose address is `own` + "/" writes itself, in order."""
        addresses = self._addresses
        at = bisect_left(addresses, (own,))
        beginning = []
        while at < len(addresses) and addresses[at][0].startswith(own):
            beginning.append(addresses[at][1])
            at += 1
        return sorted(set(self._afresh).union(beginning))


def write_nav_children(env: Environment) -> Environment:
    """MkDocs' theme environment, with a fresh `nav_children` and `section_index` for this build."""
    children = NavChildren()
    env.globals["section_index"] = SectionIndex()

    @pass_context
    def nav_children(context: Context, *args: object) -> str:
        return children(context, *args)

    env.globals["nav_children"] = nav_children
    return env
