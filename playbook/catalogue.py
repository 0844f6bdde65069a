"""Everything `exercises/` holds, validated together with the chapters it points into."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playbook.anchors import chapter_anchors
from playbook.chapters import Chapter
from playbook.checklists import Checklist, load_checklists

CHECKLISTS_DIR = "exercises/checklists"


@dataclass(frozen=True)
class Catalogue:
    """The checklists by id, and each chapter's sections (file name → anchor → heading)."""

    checklists: dict[str, Checklist]
    anchors: dict[str, dict[str, str]]

    @classmethod
    def load(cls, root: Path, chapters: list[Chapter]) -> Catalogue:
        anchors = chapter_anchors(chapters)
        checklists = load_checklists(root / CHECKLISTS_DIR, root, anchors)
        return cls(checklists=checklists, anchors=anchors)

    def section_title(self, reference: str) -> str:
        chapter, _, anchor = reference.partition("#")
        return self.anchors[chapter][anchor]
