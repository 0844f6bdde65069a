"""A module's steps in order (its sections to read, then its activities) and their minutes.

A section takes its words at 220 words a minute (at least one minute); an activity takes the
`minutes` of its file (or of its line in course.yml); a checklist, the time it announces (20 seconds
an item) unless course.yml says otherwise. A module lasts the sum of its steps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import PurePosixPath

from playbook.anchors import Section
from playbook.chapters import WORDS_PER_MINUTE, slug_of
from playbook.checklists import Checklist
from playbook.course.loader import CourseContent
from playbook.course.models import ActivityRef, Module



@dataclass(frozen=True)
class Step:
    """One step of a module. `kind` is "section" or an activity kind; `id` is the section reference
    (`03-service-client.md#ancre`) or the activity id; `key` is what the learner's state stores."""

    kind: str
    id: str
    title: str
    minutes: int

    @property
    def key(self) -> str:
        return section_key(self.id) if self.kind == "section" else self.id


def section_key(reference: str) -> str:
    """`03-service-client.md#le-silence` → `service-client#le-silence`: the chapter named as in its URL."""
    chapter, _, anchor = reference.partition("#")
    return f"{slug_of(PurePosixPath(chapter))}#{anchor}"


def reading_minutes(words: int) -> int:
    return max(1, math.floor(words / WORDS_PER_MINUTE + 0.5))


def module_steps(
    content: CourseContent, module: Module, sections: dict[str, list[Section]], checklists: dict[str, Checklist]
) -> list[Step]:
    """The module's sections to read, then its activities, in the order of course.yml."""
    steps = []
    for reference in module.read:
        chapter, _, anchor = reference.partition("#")
        section = next(s for s in sections[chapter] if s.anchor == anchor)
        steps.append(Step("section", reference, section.title, reading_minutes(section.words)))
    for activity in module.activities:
        steps.append(_activity_step(content, activity, checklists))
    return steps


def _activity_step(content: CourseContent, activity: ActivityRef, checklists: dict[str, Checklist]) -> Step:
    if activity.kind == "checklist":
        checklist = checklists[activity.id]
        return Step("checklist", activity.id, checklist.title, activity.minutes or checklist.minutes)
    found = {"quiz": content.quizzes, "scenario": content.scenarios, "reflection": content.reflections}[activity.kind][activity.id]
    return Step(activity.kind, activity.id, found.title, activity.minutes or found.minutes)
