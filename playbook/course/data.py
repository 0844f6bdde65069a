"""What the browser needs of the course: the shape course-progress.js reads, with titles and links.

`course_data(plan, link)` is the same for every widget and for the navigation marks' script; only
the links differ (relative to the page being built, or to the site's root), given by `link`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from playbook.anchors import Section
from playbook.catalogue import Catalogue
from playbook.course.models import Course
from playbook.course.pages import module_page
from playbook.course.steps import Step, module_steps

CHAPTERS_SRC_DIR = "chapters"
# The id of each activity's widget root on its module page: links point to it.
ACTIVITY_ANCHORS = {"quiz": "quiz-{}", "scenario": "scenario-{}", "reflection": "reflexion-{}", "checklist": "grille-{}"}

Link = Callable[[str, str], str]  # (page src_uri, anchor) → URL


@dataclass(frozen=True)
class CoursePlan:
    """The catalogue's course with each module's steps, and the chapters' titles."""

    catalogue: Catalogue
    chapter_titles: dict[str, str]  # chapter file name → title

    @property
    def course(self) -> Course:
        return self.catalogue.course.course

    def steps(self, module_id: str) -> list[Step]:
        catalogue = self.catalogue
        return module_steps(catalogue.course, self.course.module(module_id), catalogue.sections, catalogue.checklists)

    def step_link(self, step: Step, module_id: str, link: Link) -> str:
        if step.kind == "section":
            chapter, _, anchor = step.id.partition("#")
            return link(f"{CHAPTERS_SRC_DIR}/{chapter}", anchor)
        return link(module_page(module_id), ACTIVITY_ANCHORS[step.kind].format(step.id))

    def h2_sections(self, chapter: str) -> list[Section]:
        return [section for section in self.catalogue.sections[chapter] if section.level == 2]


def step_data(plan: CoursePlan, step: Step, module_id: str, link: Link) -> dict:
    data = {"kind": step.kind, "title": step.title, "minutes": step.minutes, "href": plan.step_link(step, module_id, link)}
    content = plan.catalogue.course
    if step.kind == "section":
        data["key"] = step.key
        data["chapter"] = plan.chapter_titles[step.id.partition("#")[0]]
        return data
    data["id"] = step.id
    if step.kind == "scenario":
        data["criteria"] = [criterion.id for criterion in content.scenarios[step.id].criteria]
    elif step.kind == "reflection":
        data["prompts"] = [prompt.id for prompt in content.reflections[step.id].prompts]
    elif step.kind == "checklist":
        data["items"] = [item.id for item in plan.catalogue.checklists[step.id].items]
    elif step.kind == "quiz":
        data["questions"] = len(content.quizzes[step.id].questions)
    return data


def course_data(plan: CoursePlan, link: Link, only: str | None = None) -> dict:
    """The course for course-progress.js and the views; `only` keeps one module (a module page)."""
    course = plan.course
    modules = []
    for number, module in enumerate(course.modules, start=1):
        if only is not None and module.id != only:
            continue
        steps = [step_data(plan, step, module.id, link) for step in plan.steps(module.id)]
        modules.append(
            {
                "id": module.id,
                "number": number,
                "title": module.title,
                "href": link(module_page(module.id), ""),
                "passMark": module.pass_mark,
                "minutes": sum(step["minutes"] for step in steps),
                "steps": steps,
            }
        )
    return {
        "id": course.id,
        "version": course.version,
        "title": course.title,
        "count": len(course.modules),
        "rules": course.completion.model_dump(),
        "modules": modules,
    }


# What course-progress.js reads of a step (titles and links are for the views, SCORM and xAPI).
PROGRESS_STEP_FIELDS = ("kind", "key", "id", "minutes", "criteria", "prompts", "items")


def progress_data(course: dict) -> dict:
    """Of `course_data(...)`, what course-progress.js reads and each module's link: the reading
    progress of every page a learner opens carries no titles."""
    return {
        "id": course["id"],
        "version": course["version"],
        "rules": course["rules"],
        "modules": [
            {
                "id": module["id"],
                "href": module["href"],
                "passMark": module["passMark"],
                "steps": [{field: step[field] for field in PROGRESS_STEP_FIELDS if field in step} for step in module["steps"]],
            }
            for module in course["modules"]
        ],
    }


def record_data(plan: CoursePlan, course: dict) -> dict:
    """What the learner record's export and import read (widgets/record.js, with course-progress.js
    and scoring.js): of `course_data(...)`, the progress fields; of each checklist, what scores and
    restores answers, without its statements nor their sections. Loaded with the first export or
    import (playbook.course.site.RECORD_SCRIPT)."""
    return {
        "course": progress_data(course),
        "checklists": [
            {
                "id": checklist.id,
                "version": checklist.version,
                "title": checklist.title,
                "scale": [{"points": step.points} for step in checklist.scale],
                "items": [{"id": item.id, "weight": item.weight} for item in checklist.items],
                "levels": [{"min": level.min, "name": level.name} for level in checklist.levels],
            }
            for checklist in plan.catalogue.checklists.values()
        ],
    }
