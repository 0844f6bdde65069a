"""Where each widget stands: every page's blocks checked, and each checklist placed in a chapter."""

from __future__ import annotations

from pathlib import Path

from playbook.blocks import check_block_uses, scan_blocks
from playbook.catalogue import CHECKLISTS_DIR, Catalogue
from playbook.chapters import Chapter
from playbook.errors import ContentError, ContentErrors
from playbook.textfile import read_text


def place_widgets(root: Path, docs_dir: Path, chapters: list[Chapter], catalogue: Catalogue) -> dict[str, str]:
    """Checklist id → file name of the chapter whose block shows it (its first block, if several).

    Checks the blocks of every chapter and `docs/` page; raises ContentErrors naming file and line.
    """
    known = {"checklist": set(catalogue.checklists)}
    errors: list[ContentError] = []
    placed: dict[str, str] = {}
    for chapter in chapters:
        uses = scan_blocks(chapter.body, first_line=chapter.body_first_line)
        errors += check_block_uses(chapter.src_uri, uses, known)
        for use in uses:
            if use.name == "checklist" and use.argument in known["checklist"]:
                placed.setdefault(use.argument, chapter.file_name)
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
                " dans la section « Passer à l’action » de son chapitre",
            )
        )
    if errors:
        raise ContentErrors(errors)
    return placed
