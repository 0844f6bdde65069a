"""The authored pages of `docs/`, read once: their Markdown body and the file line it starts at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playbook.errors import ContentError, ContentErrors
from playbook.frontmatter import split_front_matter
from playbook.textfile import read_text


@dataclass(frozen=True)
class DocPage:
    """`docs/…/x.md` as authors name it, its body (after any front matter) and the body's first line."""

    file: str
    body: str
    first_line: int


def read_doc_pages(root: Path, docs_dir: Path) -> list[DocPage]:
    """Every Markdown page of `docs_dir`; raises ContentErrors for files that cannot be read."""
    pages: list[DocPage] = []
    errors: list[ContentError] = []
    for path in sorted(docs_dir.rglob("*.md")):
        file = path.relative_to(root).as_posix()
        try:
            text = read_text(path, file)
        except ContentErrors as exc:
            errors += exc.errors
            continue
        if text.startswith("---"):
            try:
                source = split_front_matter(text, file)
                pages.append(DocPage(file, source.body, source.body_first_line))
                continue
            except ContentErrors:
                pass  # not front matter after all: MkDocs reads it as Markdown, so do we
        pages.append(DocPage(file, text, 1))
    if errors:
        raise ContentErrors(errors)
    return pages
