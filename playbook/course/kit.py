"""The printable welcome kit (`/parcours/kit/`): the policy as chapter 10 renders it, the course's
checklists and scenarios as paper forms, the quizzes as paper sheets and their answer keys on
separate pages. Rendered on the server from the content only: a printed kit never carries the
printer's own answers.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from mkdocs.utils import get_relative_url

from markupsafe import Markup

from playbook.course.data import CoursePlan
from playbook.course.pages import PATH_PAGE
from playbook.printable import prefix_ids
from playbook.render import render

HREF = re.compile(r'href="([^"]*)"')
HEADING = re.compile(r"<h2\b")
COPY_BLOCK = re.compile(r'<div class="pb-copy"[^>]*>')


def section_html(chapter_html: str, anchor: str) -> str:
    """The HTML of the h2 section `anchor` of a chapter's body, up to the next h2."""
    start = chapter_html.find(f'id="{anchor}"')
    if start == -1:
        raise LookupError(f"section #{anchor} absente du chapitre rendu")
    start = chapter_html.rfind("<", 0, start)
    following = HEADING.search(chapter_html, start + 1)
    return chapter_html[start : following.start() if following else len(chapter_html)]


def on_paper(html: str) -> str:
    """A section for print: text to copy (`/// copie`) stays, its copy button and its copy go."""
    return COPY_BLOCK.sub('<div class="pb-copy">', html)


def rebase(html: str, prefix: str, from_url: str, to_url: str) -> str:
    """Ids prefixed (the kit holds other sections); links rewritten for a page at `to_url`:
    a fragment of the section stays in the kit, any other link points where it pointed."""

    def target(match: re.Match[str]) -> str:
        href = match.group(1)
        if href.startswith("#"):
            return f'href="#{prefix}{href[1:]}"'
        if re.match(r"^[a-z]+:", href):
            return match.group(0)
        absolute = urljoin(f"/{from_url}", href)
        path, _, fragment = absolute.partition("#")
        relative = get_relative_url(path.lstrip("/") or ".", to_url)
        return f'href="{relative}{"#" + fragment if fragment else ""}"'

    return HREF.sub(target, prefix_ids(html, prefix))


def kit_html(plan: CoursePlan, policy_html: str, section_link, page_href, styles: Markup) -> str:
    """The kit page's content. `section_link(reference)` and `page_href(src_uri)` link from the kit."""
    content = plan.catalogue.course
    course = content.course
    modules = list(enumerate(course.modules, start=1))
    quizzes = [(number, content.quizzes[quiz_id]) for number, module in modules for quiz_id in module.activities_of("quiz")]
    scenarios = [(number, content.scenarios[s]) for number, module in modules for s in module.activities_of("scenario")]
    checklists = [plan.catalogue.checklists[c] for _, module in modules for c in module.activities_of("checklist")]
    sections = {
        reference: {"title": plan.catalogue.section_title(reference), "href": section_link(reference)}
        for _, quiz in quizzes
        for reference in [question.section for question in quiz.questions]
    }
    return render(
        "course/kit.html",
        course=course,
        policy_html=policy_html,
        policy_title=plan.catalogue.section_title(course.policy),
        checklists=checklists,
        scenarios=scenarios,
        quizzes=quizzes,
        sections=sections,
        letters="ABCDEFGH",
        path_href=page_href(PATH_PAGE),
        styles=styles,
    )
