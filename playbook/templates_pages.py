"""« Modèles »: the templates a reader copies, one page each under `docs/modeles/`, and their index.

A template page is Markdown with a front matter (`title`, `description`, `revise`, `responsable`);
what a reader copies stands in `/// copie | libellé` blocks. Plays name templates by id (the
file name); the build adds each page's header and the index of all templates.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from playbook.errors import ContentError, ContentErrors
from playbook.french import sort_key
from playbook.frontmatter import split_front_matter
from playbook.review import Owner, ReviewDate
from playbook.validation import validate

TEMPLATES_DIR = "modeles"
INDEX = f"{TEMPLATES_DIR}/index.md"
NAV_ENTRY = f"{TEMPLATES_DIR}/*.md"
SEARCH_BOOST = 0.5  # Material's per-page search boost: templates rank after the chapters they serve

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class TemplateMeta(BaseModel):
    """What a template page's front matter holds; any other key is a mistake."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    title: Text
    description: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    revise: ReviewDate
    responsable: Owner
    hide: list[Literal["navigation", "toc", "footer"]] = []  # Material's: room for a wide table


@dataclass(frozen=True)
class TemplatePage:
    """One template: its id (file name), where it lives under `docs/`, its front matter."""

    id: str
    src_uri: str
    meta: TemplateMeta


def load_template_pages(docs_dir: Path, root: Path) -> dict[str, TemplatePage]:
    """Every `docs/modeles/*.md` but the index, by id, in French alphabetical order of title."""
    pages: list[TemplatePage] = []
    errors: list[ContentError] = []
    directory = docs_dir / TEMPLATES_DIR
    for path in sorted(directory.glob("*.md")) if directory.is_dir() else []:
        if path.stem == "index":
            errors.append(ContentError(_shown(path, root), 1, "« index.md » est la liste des modèles, que le site écrit lui-même : renommez ce fichier"))
            continue
        file = _shown(path, root)
        try:
            meta = validate(TemplateMeta, split_front_matter(path.read_text(encoding="utf-8"), file).front_matter)
        except ContentErrors as exc:
            errors.extend(exc.errors)
            continue
        pages.append(TemplatePage(id=path.stem, src_uri=f"{TEMPLATES_DIR}/{path.name}", meta=meta))
    if errors:
        raise ContentErrors(errors)
    return {page.id: page for page in sorted(pages, key=lambda page: sort_key(page.meta.title))}


def template_uses(catalogue, play_placements: dict[str, str], chapter_order: list[str], link) -> dict[str, list[tuple[str, str]]]:
    """Template id → (play title, `link(play id)`) for each play that names it, in reading order."""
    uses: dict[str, list[tuple[str, str]]] = {template_id: [] for template_id in catalogue.templates}
    chapter_position = {chapter: number for number, chapter in enumerate(chapter_order)}

    def position(play) -> tuple[int, int]:
        return (chapter_position.get(play_placements.get(play.id, ""), len(chapter_order)), 0)

    for play in sorted(catalogue.plays.values(), key=position):
        for template_id in play.templates:
            uses[template_id].append((play.title, link(play.id)))
    return uses


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
