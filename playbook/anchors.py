"""The sections of each chapter: the anchors MkDocs will give their headings, and their titles."""

from __future__ import annotations

import re
from collections.abc import Iterable

from markdown.extensions.toc import slugify, unique

from playbook.chapters import Chapter, Heading

INLINE_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]")


def heading_anchors(found: Iterable[Heading]) -> dict[str, str]:
    """Anchor → heading text, as the `toc` extension (default slugify) names them."""
    anchors: dict[str, str] = {}
    used: set[str] = set()
    for heading in found:
        text = INLINE_MARKUP.sub(lambda m: m.group(1) or "", heading.text)
        anchors[unique(slugify(text, "-"), used)] = text
    return anchors


def chapter_anchors(chapters: Iterable[Chapter]) -> dict[str, dict[str, str]]:
    """Chapter file name → its anchors."""
    return {chapter.file_name: heading_anchors(chapter.headings) for chapter in chapters}
