"""The sections of each chapter: the anchors MkDocs will give their headings, their titles and lengths."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique

from playbook.chapters import Chapter, count_words, headings

INLINE_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]")


@dataclass(frozen=True)
class Section:
    """A heading of a chapter: its anchor, text, level (2 for `##`) and the words it holds,
    its subsections included (up to the next heading of the same or a higher level)."""

    anchor: str
    title: str
    level: int
    words: int


def sections_of(body: str) -> list[Section]:
    """Every heading of a Markdown body, anchored as the `toc` extension (default slugify) names them."""
    lines = body.splitlines()
    found = headings(body)
    used: set[str] = set()
    sections = []
    for index, heading in enumerate(found):
        title = INLINE_MARKUP.sub(lambda m: m.group(1) or "", heading.text)
        end = next((later.line for later in found[index + 1 :] if later.level <= heading.level), len(lines) + 1)
        words = count_words("\n".join(lines[heading.line : end - 1]))
        sections.append(Section(unique(slugify(title, "-"), used), title, heading.level, words))
    return sections


def heading_anchors(body: str) -> dict[str, str]:
    """Anchor → heading text."""
    return {section.anchor: section.title for section in sections_of(body)}


def chapter_sections(chapters: Iterable[Chapter]) -> dict[str, list[Section]]:
    """Chapter file name → its sections in order."""
    return {chapter.file_name: sections_of(chapter.body) for chapter in chapters}


def chapter_anchors(chapters: Iterable[Chapter]) -> dict[str, dict[str, str]]:
    """Chapter file name → its anchors and their headings."""
    return {name: {s.anchor: s.title for s in sections} for name, sections in chapter_sections(chapters).items()}
