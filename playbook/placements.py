"""Where each widget stands: every page's blocks checked, and each checklist placed in a chapter
or in a module of the course."""

from __future__ import annotations

from pathlib import Path

from playbook.blocks import check_block_uses, scan_blocks
from playbook.catalogue import CHECKLISTS_DIR, Catalogue
from playbook.chapters import Chapter
from playbook.course import COURSE_FILE
from playbook.course.pages import module_page
from playbook.errors import ContentError, ContentErrors
from playbook.textfile import read_text


def known_arguments(catalogue: Catalogue) -> dict[str, set[str]]:
    """The valid argument of each kind of block."""
    content = catalogue.course
    return {
        "checklist": set(catalogue.checklists),
        "quiz": set(content.quizzes),
        "scenario": set(content.scenarios),
        "reflection": set(content.reflections),
        "module": {module.id for module in content.course.modules},
    }


def place_widgets(root: Path, docs_dir: Path, chapters: list[Chapter], catalogue: Catalogue) -> dict[str, str]:
    """Checklist id → the page that shows it (`chapters/03-service-client.md`, or a module page
    `parcours/premier-mois.md`): its first chapter block, else the module that lists it.

    Checks the blocks of every chapter and `docs/` page; raises ContentErrors naming file and line.
    """
    known = known_arguments(catalogue)
    errors: list[ContentError] = []
    placed: dict[str, str] = {}
    for chapter in chapters:
        uses = scan_blocks(chapter.body, first_line=chapter.body_first_line)
        errors += check_block_uses(chapter.src_uri, uses, known)
        for use in uses:
            if use.name == "checklist" and use.argument in known["checklist"]:
                placed.setdefault(use.argument, chapter.src_uri)
    for module in catalogue.course.course.modules:
        for checklist_id in module.activities_of("checklist"):
            placed.setdefault(checklist_id, module_page(module.id))
    for path in sorted(docs_dir.rglob("*.md")):
        file = path.relative_to(root).as_posix()
        try:
            markdown = read_text(path, file)
        except ContentErrors as exc:
            errors += exc.errors
            continue
        errors += check_block_uses(file, scan_blocks(markdown), known)
    for checklist_id in sorted(set(catalogue.checklists) - set(placed)):
        errors.append(
            ContentError(
                f"{CHECKLISTS_DIR}/{checklist_id}.yml",
                1,
                f"cette grille n’est placée dans aucun chapitre : ajoutez « /// checklist | {checklist_id} » puis « /// »"
                f" dans la section « Passer à l’action » de son chapitre, ou « - checklist: {checklist_id} » aux activités"
                f" d’un module de {COURSE_FILE}",
            )
        )
    if errors:
        raise ContentErrors(errors)
    return placed
