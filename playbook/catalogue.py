"""Everything `exercises/` holds, validated together with the chapters it points into."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playbook.anchors import Section, chapter_sections
from playbook.chapters import Chapter
from playbook.checklists import Checklist, load_checklists
from playbook.course import CourseContent, load_course
from playbook.errors import ContentError, ContentErrors

CHECKLISTS_DIR = "exercises/checklists"


@dataclass(frozen=True)
class Catalogue:
    """The checklists by id, the course and its activities, and each chapter's sections
    (file name → anchor → heading, and file name → sections in order with their lengths)."""

    checklists: dict[str, Checklist]
    course: CourseContent
    anchors: dict[str, dict[str, str]]
    sections: dict[str, list[Section]]

    @classmethod
    def load(cls, root: Path, chapters: list[Chapter]) -> Catalogue:
        """Raises ContentErrors with the problems of every file, checklists and course together."""
        sections = chapter_sections(chapters)
        anchors = {name: {s.anchor: s.title for s in found} for name, found in sections.items()}
        errors: list[ContentError] = []
        checklists: dict[str, Checklist] = {}
        try:
            checklists = load_checklists(root / CHECKLISTS_DIR, root, anchors)
        except ContentErrors as exc:
            errors += exc.errors
        try:
            course = load_course(root, anchors, None if errors else set(checklists))
        except ContentErrors as exc:
            errors += exc.errors
        if errors:
            raise ContentErrors(errors)
        return cls(checklists=checklists, course=course, anchors=anchors, sections=sections)

    def section_title(self, reference: str) -> str:
        chapter, _, anchor = reference.partition("#")
        return self.anchors[chapter][anchor]
