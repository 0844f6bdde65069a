"""The course's blocks (`/// quiz | conversation`, `/// parcours`, `/// dossier`…): each renders one
widget through the course renderer of the page being built. Their specs (name, argument) are in
playbook/blocks.py with the others', which checks every block of every page before rendering."""

from __future__ import annotations

from typing import Protocol

from playbook.blocks import SPECS, _WidgetBlock, pymdownx_options


class CourseRenderer(Protocol):
    """The course's widgets for the page being built (playbook.course.widgets.CourseWidgets)."""

    def quiz_html(self, quiz_id: str) -> str: ...

    def scenario_html(self, scenario_id: str) -> str: ...

    def reflection_html(self, reflection_id: str) -> str: ...

    def course_html(self) -> str: ...

    def module_html(self, module_id: str) -> str: ...

    def module_next_html(self, module_id: str) -> str: ...

    def debrief_html(self) -> str: ...

    def attestation_html(self) -> str: ...

    def record_html(self) -> str: ...


class WithCourse(Protocol):
    course: CourseRenderer


class _CourseBlock(_WidgetBlock):
    """A course block: `RENDER` names the course renderer's method, given the argument if any."""

    RENDER = ""

    def widget_html(self, renderer: WithCourse) -> str:
        method = getattr(renderer.course, self.RENDER)
        return method(self.argument.strip()) if self.ARGUMENT else method()


def _course_block(name: str, render: str) -> type[_CourseBlock]:
    spec = SPECS[name]
    attributes = {"NAME": name, "ARGUMENT": spec.argument is not None, "OPTIONS": pymdownx_options(name), "RENDER": render}
    return type(f"CourseBlock_{render}", (_CourseBlock,), attributes)


COURSE_BLOCKS = tuple(
    _course_block(name, render)
    for name, render in (
        ("quiz", "quiz_html"),
        ("scenario", "scenario_html"),
        ("reflection", "reflection_html"),
        ("parcours", "course_html"),
        ("parcours-module", "module_html"),
        ("parcours-suite", "module_next_html"),
        ("parcours-debrief", "debrief_html"),
        ("attestation", "attestation_html"),
        ("dossier", "record_html"),
    )
)
