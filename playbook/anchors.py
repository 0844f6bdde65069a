"""The sections of each chapter: the anchors MkDocs will give their headings, and their titles."""

from __future__ import annotations

import re
from pathlib import Path

from markdown.extensions.toc import slugify, unique

from playbook.chapters import headings
from playbook.frontmatter import split_front_matter

INLINE_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]")


def heading_anchors(body: str) -> dict[str, str]:
    """Anchor → heading text, as the `toc` extension (default slugify) names them."""
    anchors: dict[str, str] = {}
    used: set[str] = set()
    for heading in headings(body):
        text = INLINE_MARKUP.sub(lambda m: m.group(1) or "", heading.text)
        anchors[unique(slugify(text, "-"), used)] = text
    return anchors


def chapter_anchors(directory: Path) -> dict[str, dict[str, str]]:
    """Chapter file name → its anchors; the files are assumed valid (chapters load first)."""
    return {
        path.name: heading_anchors(split_front_matter(path.read_text(encoding="utf-8"), path.name).body)
        for path in sorted(directory.glob("*.md"))
    }
