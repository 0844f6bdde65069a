"""What the cohort report knows of the content: the course's modules, quizzes and questions, the
checklists and their items, each section to revisit with its title and link, and the report's bands.

The same dictionary is the site's `cohort-data.js` (links from the site's root, playbook.hr.site)
and the command line's (links to the published site), so both compute and show the same figures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath

from playbook.catalogue import Catalogue
from playbook.chapters import load_chapters, slug_of
from playbook.checklists import Checklist
from playbook.hr.records import MAX_BYTES
from playbook.pages import CHAPTERS_URL_DIR

# Lower bound of each band of quiz scores (percent), and how many weakest items and questions are shown.
BANDS = [0, 50, 70, 85]
TOP = 10


def load_catalogue(root: Path) -> Catalogue:
    """The content of the project at `root`; raises ContentErrors (`file:line: what to fix`)."""
    from playbook.site import CHAPTERS_DIR  # the site imports this module's users: import it when called

    return Catalogue.load(root, load_chapters(root / CHAPTERS_DIR, root))


def site_href(site_url: str) -> Callable[[str], str]:
    """`03-service-client.md#x` → `<site_url>chapitres/service-client/#x`, for a report read away from the site."""
    base = site_url if site_url.endswith("/") else site_url + "/"

    def href(reference: str) -> str:
        chapter, _, anchor = reference.partition("#")
        return f"{base}{CHAPTERS_URL_DIR}/{slug_of(PurePosixPath(chapter))}/#{anchor}"

    return href


def _home_chapter(checklist: Checklist) -> str:
    return checklist.items[0].section.partition("#")[0]


def cohort_data(catalogue: Catalogue, href: Callable[[str], str]) -> dict:
    content = catalogue.course
    course = content.course

    def section(reference: str) -> dict:
        return {"title": catalogue.section_title(reference), "href": href(reference)}

    quizzes = []
    for module in course.modules:
        for quiz_id in module.activities_of("quiz"):
            quiz = content.quizzes[quiz_id]
            quizzes.append(
                {
                    "id": quiz.id,
                    "title": quiz.title,
                    "module": module.id,
                    "passMark": module.pass_mark,
                    "questions": [
                        {"id": question.id, "prompt": question.prompt, "section": section(question.section)} for question in quiz.questions
                    ],
                }
            )
    checklists = sorted(catalogue.checklists.values(), key=lambda checklist: (_home_chapter(checklist), checklist.id))
    return {
        "course": {
            "id": course.id,
            "title": course.title,
            "modules": [
                {"id": module.id, "number": number, "title": module.title, "passMark": module.pass_mark}
                for number, module in enumerate(course.modules, start=1)
            ],
        },
        "quizzes": quizzes,
        "checklists": [
            {
                "id": checklist.id,
                "version": checklist.version,
                "title": checklist.title,
                "domaine": checklist.domaine,
                "scale": [{"label": step.label, "points": step.points} for step in checklist.scale],
                "items": [{"id": item.id, "text": item.text, "weight": item.weight, "section": section(item.section)} for item in checklist.items],
                "levels": [{"min": level.min, "name": level.name} for level in checklist.levels],
            }
            for checklist in checklists
        ],
        "bands": BANDS,
        "top": TOP,
        "maxBytes": MAX_BYTES,
    }
