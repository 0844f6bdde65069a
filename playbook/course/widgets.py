"""The course's widget HTML for the page being built: quizzes, scenarios, reflections, the path,
a module's header and its « étape suivante », the attestation, the learner record, the debriefs.

Every widget works and prints without its script (the answer key of a quiz is a <details>, the
guidance of a scenario too); the script adds saving, feedback, scores and progress.
"""

from __future__ import annotations

from typing import Protocol

from markupsafe import Markup

from playbook.course.data import ACTIVITY_ANCHORS, CoursePlan, course_data
from playbook.course.loader import CourseContent
from playbook.course.pages import ATTESTATION_PAGE, PATH_PAGE, module_page
from playbook.render import render

LETTERS = "ABCDEFGH"


class PageLinks(Protocol):
    """What the site's widget renderer gives: links and stylesheets relative to the page being built."""

    def page_href(self, src_uri: str, anchor: str = "") -> str: ...

    def href(self, reference: str) -> str: ...

    def styles(self, *names: str) -> Markup: ...


class CourseWidgets:
    """Renders the course's blocks for the page `links` is building."""

    def __init__(self, links: PageLinks, plan: CoursePlan) -> None:
        self.links = links
        self.plan = plan

    @property
    def content(self) -> CourseContent:
        return self.plan.catalogue.course

    def data(self, only: str | None = None) -> dict:
        return course_data(self.plan, self.links.page_href, only)

    def section(self, reference: str) -> dict:
        """A section as the templates show it: its title, its chapter's title and its link."""
        chapter = reference.partition("#")[0]
        return {
            "title": self.plan.catalogue.section_title(reference),
            "chapter": self.plan.chapter_titles[chapter],
            "href": self.links.href(reference),
        }

    def _context(self, **more) -> dict:
        return {"course_id": self.plan.course.id, "letters": LETTERS, **more}

    def quiz_html(self, quiz_id: str) -> str:
        quiz = self.content.quizzes[quiz_id]
        sections = {question.id: self.section(question.section) for question in quiz.questions}
        data = {
            "id": quiz.id,
            "course": self.plan.course.id,
            "version": self.plan.course.version,
            "passMark": self.content.pass_mark(quiz.id),
            "questions": [
                {
                    "id": question.id,
                    "type": question.type,
                    "correct": question.correct,
                    "feedback": [choice.feedback for choice in question.choices],
                    "section": sections[question.id],
                }
                for question in quiz.questions
            ],
        }
        return render(
            "course/quiz.html",
            **self._context(quiz=quiz, data=data, sections=sections, pass_mark=data["passMark"], styles=self.links.styles("quiz")),
            anchor=ACTIVITY_ANCHORS["quiz"].format(quiz.id),
        )

    def scenario_html(self, scenario_id: str) -> str:
        scenario = self.content.scenarios[scenario_id]
        data = {"id": scenario.id, "course": self.plan.course.id, "version": self.plan.course.version, "criteria": [criterion.id for criterion in scenario.criteria]}
        return render(
            "course/scenario.html",
            **self._context(scenario=scenario, data=data, sections=[self.section(s) for s in scenario.sections]),
            anchor=ACTIVITY_ANCHORS["scenario"].format(scenario.id),
            styles=self.links.styles("scenario"),
        )

    def reflection_html(self, reflection_id: str) -> str:
        reflection = self.content.reflections[reflection_id]
        data = {"id": reflection.id, "course": self.plan.course.id, "version": self.plan.course.version, "prompts": [prompt.id for prompt in reflection.prompts]}
        return render(
            "course/reflection.html",
            **self._context(reflection=reflection, data=data),
            anchor=ACTIVITY_ANCHORS["reflection"].format(reflection.id),
            styles=self.links.styles("scenario"),
        )

    def course_html(self) -> str:
        """The path page's list of modules, with their progress once the script has read it."""
        return render(
            "course/path.html",
            **self._context(
                course=self.plan.course,
                data=self.data(),
                attestation_href=self.links.page_href(ATTESTATION_PAGE),
                styles=self.links.styles("course"),
            ),
        )

    def module_html(self, module_id: str) -> str:
        """A module page's header: status, summary, duration, objectives, sections to read, activities."""
        module = self.plan.course.module(module_id)
        data = self.data(only=module_id)
        return render(
            "course/module.html",
            **self._context(module=module, data=data, entry=data["modules"][0], styles=self.links.styles("course")),
        )

    def module_next_html(self, module_id: str) -> str:
        """« Module N · étape suivante », worked out by the script; links back and onwards without it."""
        course = self.plan.course
        number = course.number(module_id)
        following = course.modules[number] if number < len(course.modules) else None
        return render(
            "course/next.html",
            **self._context(
                module=course.module(module_id),
                number=number,
                data=self.data(only=module_id),
                path_href=self.links.page_href(PATH_PAGE),
                next_module=following,
                next_href=self.links.page_href(module_page(following.id)) if following else self.links.page_href(ATTESTATION_PAGE),
                styles=self.links.styles("course"),
            ),
        )

    def attestation_html(self) -> str:
        return render(
            "course/attestation.html",
            **self._context(data=self.data(), path_href=self.links.page_href(PATH_PAGE), styles=self.links.styles("course")),
        )

    def record_html(self) -> str:
        """The learner record: export (with the name and « inclure mes textes »), import with undo. Its
        data loads with the first export or import (playbook.course.site.RECORD_SCRIPT)."""
        return render("course/record.html", **self._context(styles=self.links.styles("record")))

    def debrief_html(self) -> str:
        """The facilitator guide's debrief questions, module by module (no script)."""
        modules = [(module, self.links.page_href(module_page(module.id))) for module in self.plan.course.modules]
        return render("course/debrief.html", modules=modules)
