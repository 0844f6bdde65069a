"""`exercises/course.yml`: the onboarding course, its modules in order and its completion rules.

A module lists the chapter sections to read (`read`) and its activities, each named by kind and id
(`- quiz: conversation`). The completion rules say when a step counts as done; the browser applies
them (course-progress.js), nothing else decides it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from playbook.checklists import Slug, Text
from playbook.course.activities import Minutes, SectionRef, Strict

ActivityKind = Literal["quiz", "scenario", "reflection", "checklist"]
ACTIVITY_KINDS: tuple[ActivityKind, ...] = ("quiz", "scenario", "reflection", "checklist")


class CompletionRules(Strict):
    """When each kind of step is done.

    sections: `read` (the learner reached its end, or marked it read);
    quiz: `passed` (best score at the module's pass mark) or `attempted` (every question answered once);
    scenario: `rated` (answer written, guidance shown, every criterion rated) or `answered` (answer written);
    reflection: `answered` (every prompt answered) or `started` (at least one);
    checklist: `completed` (every item answered, « ne s’applique pas » included) or `started` (one answer).
    """

    sections: Literal["read"]
    quiz: Literal["passed", "attempted"]
    scenario: Literal["rated", "answered"]
    reflection: Literal["answered", "started"]
    checklist: Literal["completed", "started"]


class ActivityRef(Strict):
    """`- quiz: conversation`: one activity of a module, by kind and id; `minutes` overrides its duration."""

    quiz: Slug | None = None
    scenario: Slug | None = None
    reflection: Slug | None = None
    checklist: Slug | None = None
    minutes: Minutes | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> ActivityRef:
        named = [kind for kind in ACTIVITY_KINDS if getattr(self, kind) is not None]
        if len(named) != 1:
            raise ValueError(
                "une activité nomme un seul exercice : « quiz: <id> », « scenario: <id> », « reflection: <id> » ou « checklist: <id> »"
            )
        return self

    @property
    def kind(self) -> ActivityKind:
        return next(kind for kind in ACTIVITY_KINDS if getattr(self, kind) is not None)

    @property
    def id(self) -> str:
        return getattr(self, self.kind)


class Module(Strict):
    id: Slug
    title: Text
    summary: Text
    objectives: Annotated[list[Text], Field(min_length=1, max_length=6)]
    read: Annotated[list[SectionRef], Field(max_length=10)] = []
    activities: Annotated[list[ActivityRef], Field(min_length=1)]
    pass_mark: Annotated[int, Field(ge=0, le=100)] | None = None  # percent; required when the module has a quiz
    debrief: Annotated[list[Text], Field(min_length=1, max_length=6)]

    def activities_of(self, kind: ActivityKind) -> list[str]:
        return [activity.id for activity in self.activities if activity.kind == kind]


class Course(Strict):
    id: Slug
    version: Annotated[int, Field(ge=1)]
    title: Text
    intro: Text
    policy: SectionRef  # the policy section the printable kit opens with (its HTML, as the chapter shows it)
    completion: CompletionRules
    modules: Annotated[list[Module], Field(min_length=1)]

    def module(self, module_id: str) -> Module:
        return next(module for module in self.modules if module.id == module_id)

    def number(self, module_id: str) -> int:
        """« Module 3 »: modules are numbered from 1, in order."""
        return next(index for index, module in enumerate(self.modules, start=1) if module.id == module_id)
