"""The playbook's chapters: `chapters/*.md`, their validated front matter, in file-name order."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from playbook.errors import ContentError, ContentErrors
from playbook.frontmatter import split_front_matter
from playbook.review import Owner, ReviewDate
from playbook.textfile import read_text
from playbook.validation import validate

WORDS_PER_MINUTE = 220
RESERVED_SLUGS = {"index", "version-imprimable"}
# Every chapter opens with « En bref » and closes with these sections, in this order (STYLE.md).
OPENING_SECTION = "En bref"
CLOSING_SECTIONS = ("Exemples", "À faire / à éviter", "Passer à l’action", "Sources")
WORD_RANGE = (1200, 2500)
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class ChapterMeta(BaseModel):
    """What a chapter's front matter may hold; any other key is a mistake."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    title: Text
    description: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    domaine: Text
    duree: Annotated[int, Field(gt=0, le=120)] | None = None
    objectifs: Annotated[list[Text], Field(min_length=1, max_length=6)]
    revise: ReviewDate  # the date of the last review
    responsable: Owner  # the team that keeps the chapter true


@dataclass(frozen=True)
class Heading:
    """A Markdown heading: its level (2 for `##`), its text and its line in the body."""

    level: int
    text: str
    line: int


@dataclass(frozen=True)
class Chapter:
    """One chapter, read once: where it lives, the slug of its URL, its front matter, its Markdown
    body (and the file line where the body starts), its headings and its length."""

    src_uri: str
    slug: str
    meta: ChapterMeta
    body: str
    body_first_line: int
    headings: tuple[Heading, ...]
    words: int

    @property
    def file_name(self) -> str:
        return self.src_uri.rsplit("/", 1)[-1]

    @property
    def reading_minutes(self) -> int:
        return self.meta.duree or max(1, math.ceil(self.words / WORDS_PER_MINUTE))


def slug_of(path: Path) -> str:
    """`03-service-client.md` → `service-client`: the order prefix stays out of the URL."""
    return re.sub(r"^\d+[-_]", "", path.stem)


def count_words(markdown: str) -> int:
    return len(re.findall(r"[\w’'-]+", markdown))


def headings(body: str) -> list[Heading]:
    """The ATX headings of a Markdown body, code fences skipped."""
    found, in_fence = [], False
    for number, line in enumerate(body.splitlines(), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (match := HEADING.match(line)):
            found.append(Heading(len(match.group(1)), match.group(2), number))
    return found


def load_chapter(path: Path, root: Path) -> Chapter:
    file = path.relative_to(root).as_posix()
    source = split_front_matter(read_text(path, file), file)
    meta = validate(ChapterMeta, source.front_matter)
    return Chapter(
        src_uri=file,
        slug=slug_of(path),
        meta=meta,
        body=source.body,
        body_first_line=source.body_first_line,
        headings=tuple(headings(source.body)),
        words=count_words(source.body),
    )


def load_chapters(directory: Path, root: Path) -> list[Chapter]:
    """Every chapter of `directory` in file-name order; all problems are raised together."""
    chapters: list[Chapter] = []
    errors: list[ContentError] = []
    slugs: dict[str, str] = {}
    for path in sorted(directory.glob("*.md")):
        try:
            chapter = load_chapter(path, root)
        except ContentErrors as exc:
            errors.extend(exc.errors)
            continue
        if chapter.slug in RESERVED_SLUGS:
            errors.append(ContentError(chapter.src_uri, 1, f"nom de fichier réservé « {chapter.slug} » : renommez le chapitre"))
        elif chapter.slug in slugs:
            errors.append(
                ContentError(chapter.src_uri, 1, f"même adresse que {slugs[chapter.slug]} : changez le nom du fichier")
            )
        slugs[chapter.slug] = chapter.src_uri
        chapters.append(chapter)
    if errors:
        raise ContentErrors(errors)
    return chapters
