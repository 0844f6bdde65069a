"""Everything `exercises/` holds, validated together with the chapters it points into."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playbook.anchors import Section, chapter_sections
from playbook.chapters import Chapter
from playbook.checklists import Checklist, load_checklists
from playbook.course import CourseContent, load_course
from playbook.errors import ContentError, ContentErrors
from playbook.organisation import Organisation
from playbook.plays import PLAYS_DIR, Play, load_plays
from playbook.templates_pages import TEMPLATES_DIR, TemplatePage, load_template_pages

CHECKLISTS_DIR = "exercises/checklists"


@dataclass(frozen=True)
class Catalogue:
    """The checklists and plays by id, the course and its activities, the template pages by id,
    and each chapter's sections (file name → anchor → heading, and file name → sections in order
    with their lengths)."""

    checklists: dict[str, Checklist]
    course: CourseContent
    anchors: dict[str, dict[str, str]]
    sections: dict[str, list[Section]]
    plays: dict[str, Play] = field(default_factory=dict)
    templates: dict[str, TemplatePage] = field(default_factory=dict)

    @classmethod
    def load(
        cls, root: Path, chapters: list[Chapter], docs_dir: Path | None = None, organisation: Organisation | None = None
    ) -> Catalogue:
        """Templates, then the plays that name them, then the checklists that name plays and sections,
        then the course that names checklists; raises ContentErrors with every file's problems."""
        sections = chapter_sections(chapters)
        anchors = {name: {s.anchor: s.title for s in found} for name, found in sections.items()}
        templates_dir = (docs_dir or root / "docs") / TEMPLATES_DIR
        # Ids are known by their files, so that one bad file is one error, not one per reference to it.
        template_ids = {path.stem for path in templates_dir.glob("*.md") if path.stem != "index"}
        play_ids = {path.stem for path in (root / PLAYS_DIR).glob("*.yml")}
        errors: list[ContentError] = []
        templates: dict[str, TemplatePage] = {}
        plays: dict[str, Play] = {}
        checklists: dict[str, Checklist] = {}
        try:
            templates = load_template_pages(docs_dir or root / "docs", root)
        except ContentErrors as exc:
            errors += exc.errors
        try:
            plays = load_plays(root / PLAYS_DIR, root, template_ids, organisation)
        except ContentErrors as exc:
            errors += exc.errors
        checklist_ids: set[str] | None = None  # unknown when the checklists failed: not checked then
        try:
            checklists = load_checklists(root / CHECKLISTS_DIR, root, anchors, play_ids)
            checklist_ids = set(checklists)
        except ContentErrors as exc:
            errors += exc.errors
        try:
            course = load_course(root, anchors, checklist_ids)
        except ContentErrors as exc:
            errors += exc.errors
        if errors:
            raise ContentErrors(errors)
        return cls(checklists=checklists, course=course, anchors=anchors, sections=sections, plays=plays, templates=templates)

    def section_title(self, reference: str) -> str:
        chapter, _, anchor = reference.partition("#")
        return self.anchors[chapter][anchor]
