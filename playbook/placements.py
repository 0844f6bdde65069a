"""Where each widget stands: every page's blocks read once and checked, each checklist placed in a
chapter or in a module of the course, each play in a chapter."""

from __future__ import annotations

from dataclasses import dataclass

from playbook.blocks import BlockUse, check_block_uses, scan_blocks
from playbook.catalogue import CHECKLISTS_DIR, Catalogue
from playbook.chapters import Chapter
from playbook.course import COURSE_FILE
from playbook.course.pages import module_page
from playbook.docpages import DocPage
from playbook.errors import ContentError, ContentErrors
from playbook.plays import PLAYS_DIR


@dataclass(frozen=True)
class PageBlocks:
    """The blocks of one page: its file (as authors name it), its chapter file name if it is a chapter."""

    file: str
    chapter: str | None
    uses: list[BlockUse]


@dataclass(frozen=True)
class Placements:
    """Checklist id → chapter file name of its first block; play id → chapter file name of its block;
    checklist id → the module page (`parcours/premier-mois.md`) of a checklist the course places."""

    checklists: dict[str, str]
    plays: dict[str, str]
    course_checklists: dict[str, str]


def known_arguments(catalogue: Catalogue) -> dict[str, set[str]]:
    """The valid argument of each kind of block."""
    content = catalogue.course
    return {
        "checklist": set(catalogue.checklists),
        "play": set(catalogue.plays),
        "quiz": set(content.quizzes),
        "scenario": set(content.scenarios),
        "reflection": set(content.reflections),
        "module": {module.id for module in content.course.modules},
    }


def place(chapters: list[Chapter], doc_pages: list[DocPage], catalogue: Catalogue) -> Placements:
    """Check the blocks of every chapter and `docs/` page, then place checklists and plays;
    raises ContentErrors naming file and line for every problem at once."""
    pages = [
        PageBlocks(chapter.src_uri, chapter.file_name, scan_blocks(chapter.body, first_line=chapter.body_first_line))
        for chapter in chapters
    ] + [PageBlocks(page.file, None, scan_blocks(page.body, first_line=page.first_line)) for page in doc_pages]
    errors: list[ContentError] = []
    known = known_arguments(catalogue)
    for page in pages:
        errors += check_block_uses(page.file, page.uses, known)
    in_course = {c: module_page(m.id) for m in catalogue.course.course.modules for c in m.activities_of("checklist")}
    checklists, checklist_errors = _place_checklists(pages, catalogue, set(in_course))
    plays, play_errors = _place_plays(pages, catalogue)
    errors += checklist_errors + play_errors
    if errors:
        raise ContentErrors(errors)
    return Placements(checklists=checklists, plays=plays, course_checklists=in_course)


def _place_checklists(
    pages: list[PageBlocks], catalogue: Catalogue, in_course: set[str]
) -> tuple[dict[str, str], list[ContentError]]:
    placed: dict[str, str] = {}
    for page in pages:
        for use in page.uses:
            if page.chapter and use.name == "checklist" and use.argument in catalogue.checklists:
                placed.setdefault(use.argument, page.chapter)
    errors = [
        ContentError(
            f"{CHECKLISTS_DIR}/{checklist_id}.yml",
            1,
            f"cette grille n’est placée dans aucun chapitre : ajoutez « /// checklist | {checklist_id} » puis « /// »"
            f" dans la section « Passer à l’action » de son chapitre, ou « - checklist: {checklist_id} » aux activités"
            f" d’un module de {COURSE_FILE}",
        )
        for checklist_id in sorted(set(catalogue.checklists) - set(placed) - in_course)
    ]
    return placed, errors


def _place_plays(pages: list[PageBlocks], catalogue: Catalogue) -> tuple[dict[str, str], list[ContentError]]:
    """A play stands in one chapter, exactly once, and never on a `docs/` page."""
    placed: dict[str, str] = {}
    errors: list[ContentError] = []
    for page in pages:
        for use in page.uses:
            if use.name != "play" or use.argument not in catalogue.plays:
                continue
            if page.chapter is None:
                errors.append(ContentError(page.file, use.line, "un play se place dans un chapitre, dans sa section « Passer à l’action »"))
            elif use.argument in placed:
                errors.append(
                    ContentError(
                        page.file,
                        use.line,
                        f"le play « {use.argument} » est déjà placé dans {placed[use.argument]} : un play ne se place qu’une fois",
                    )
                )
            else:
                placed[use.argument] = page.chapter
    for play_id in sorted(set(catalogue.plays) - set(placed)):
        errors.append(
            ContentError(
                f"{PLAYS_DIR}/{play_id}.yml",
                1,
                f"ce play n’est placé dans aucun chapitre : ajoutez « /// play | {play_id} » puis « /// »"
                " dans la section « Passer à l’action » de son chapitre",
            )
        )
    return placed, errors
