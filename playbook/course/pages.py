"""The course's pages: the path (`/parcours/`), one page per module, the attestation and the
printable kit, generated from course.yml; the facilitator guide is authored in `docs/parcours/`."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from playbook.course.loader import CourseContent
from playbook.render import render

PATH_PAGE = "parcours/index.md"
ATTESTATION_PAGE = "parcours/attestation.md"
KIT_PAGE = "parcours/kit.md"
GUIDE_PAGE = "parcours/guide-animation.md"
# In mkdocs.yml's nav, this entry stands for every module page, in the course's order.
MODULES_NAV_ENTRY = "parcours/*.md"


def module_page(module_id: str) -> str:
    """`parcours/conversation.md`, served at `/parcours/conversation/`."""
    return f"parcours/{module_id}.md"


def course_pages(config: MkDocsConfig, content: CourseContent) -> list[File]:
    """The generated pages; their widgets come from the blocks they hold."""
    course = content.course
    pages = {
        PATH_PAGE: render("course/path.md.j2", course=course),
        ATTESTATION_PAGE: render("course/attestation.md.j2", course=course),
        KIT_PAGE: render("course/kit.md.j2", course=course),
    }
    for number, module in enumerate(course.modules, start=1):
        pages[module_page(module.id)] = render("course/module.md.j2", course=course, module=module, number=number)
    return [File.generated(config, src_uri, content=markdown) for src_uri, markdown in pages.items()]
