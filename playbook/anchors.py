"""The sections of each chapter: the anchors MkDocs will give their headings, their titles and lengths."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique

from playbook.chapters import Chapter, Heading, count_words

INLINE_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]")


@dataclass(frozen=True)
class Section:
    """A heading of a chapter: its anchor, text, level (2 for `##`) and the words it holds,
    its subsections included (up to the next heading of the same or a higher level)."""

    anchor: str
    title: str
    level: int
    words: int


def _anchored(found: Iterable[Heading]) -> list[tuple[str, str, Heading]]:
    """(anchor, text, heading) of each heading, anchored as the `toc` extension (default slugify) names them."""
    used: set[str] = set()
    anchored = []
    for heading in found:
        text = INLINE_MARKUP.sub(lambda m: m.group(1) or "", heading.text)
        anchored.append((unique(slugify(text, "-"), used), text, heading))
    return anchored


def heading_anchors(found: Iterable[Heading]) -> dict[str, str]:
    """Anchor → heading text."""
    return {anchor: text for anchor, text, _ in _anchored(found)}


def sections_of(body: str, found: Iterable[Heading]) -> list[Section]:
    """Every heading of a Markdown body as a section, with the words up to its end."""
    lines = body.splitlines()
    anchored = _anchored(found)
    sections = []
    for index, (anchor, text, heading) in enumerate(anchored):
        end = next((later.line for _, _, later in anchored[index + 1 :] if later.level <= heading.level), len(lines) + 1)
        sections.append(Section(anchor, text, heading.level, count_words("\n".join(lines[heading.line : end - 1]))))
    return sections


def chapter_sections(chapters: Iterable[Chapter]) -> dict[str, list[Section]]:
    """Chapter file name → its sections in order, with their lengths."""
    return {chapter.file_name: sections_of(chapter.body, chapter.headings) for chapter in chapters}


def chapter_anchors(chapters: Iterable[Chapter]) -> dict[str, dict[str, str]]:
    """Chapter file name → its anchors."""
    return {chapter.file_name: heading_anchors(chapter.headings) for chapter in chapters}
