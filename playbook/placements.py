"""Where each widget stands: every page's blocks checked, and each checklist placed in a chapter."""

from __future__ import annotations

from pathlib import Path

from playbook.blocks import check_block_uses, scan_blocks
from playbook.catalogue import CHECKLISTS_DIR, Catalogue
from playbook.chapters import Chapter
from playbook.errors import ContentError, ContentErrors
from playbook.frontmatter import split_front_matter
from playbook.plays import PLAYS_DIR


def place_widgets(root: Path, docs_dir: Path, chapters: list[Chapter], catalogue: Catalogue) -> dict[str, str]:
    """Checklist id → file name of the chapter whose block shows it (its first block, if several).

    Checks the blocks of every chapter and `docs/` page; raises ContentErrors naming file and line.
    """
    known = {"checklist": set(catalogue.checklists), "play": set(catalogue.plays)}
    errors: list[ContentError] = []
    placed: dict[str, str] = {}
    for chapter in chapters:
        path = root / chapter.src_uri
        source = split_front_matter(path.read_text(encoding="utf-8"), chapter.src_uri)
        uses = scan_blocks(source.body, first_line=source.body_first_line)
        errors += check_block_uses(chapter.src_uri, uses, known)
        for use in uses:
            if use.name == "checklist" and use.argument in known["checklist"]:
                placed.setdefault(use.argument, chapter.file_name)
    for path in sorted(docs_dir.rglob("*.md")):
        file = path.relative_to(root).as_posix()
        errors += check_block_uses(file, scan_blocks(path.read_text(encoding="utf-8")), known)
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


def place_plays(root: Path, docs_dir: Path, chapters: list[Chapter], catalogue: Catalogue) -> dict[str, str]:
    """Play id → file name of the chapter that shows it. A play stands in one chapter, exactly once,
    and never on a `docs/` page; raises ContentErrors naming file and line."""
    errors: list[ContentError] = []
    placed: dict[str, str] = {}
    for chapter in chapters:
        source = split_front_matter((root / chapter.src_uri).read_text(encoding="utf-8"), chapter.src_uri)
        for use in scan_blocks(source.body, first_line=source.body_first_line):
            if use.name != "play" or use.argument not in catalogue.plays:
                continue
            if use.argument in placed:
                errors.append(
                    ContentError(chapter.src_uri, use.line, f"le play « {use.argument} » est déjà placé dans {placed[use.argument]} : un play ne se place qu’une fois")
                )
                continue
            placed[use.argument] = chapter.file_name
    for path in sorted(docs_dir.rglob("*.md")):
        for use in scan_blocks(path.read_text(encoding="utf-8")):
            if use.name == "play":
                file = path.relative_to(root).as_posix()
                errors.append(ContentError(file, use.line, "un play se place dans un chapitre, dans sa section « Passer à l’action »"))
    for play_id in sorted(set(catalogue.plays) - set(placed)):
        errors.append(
            ContentError(
                f"{PLAYS_DIR}/{play_id}.yml",
                1,
                f"ce play n’est placé dans aucun chapitre : ajoutez « /// play | {play_id} » puis « /// »"
                " dans la section « Passer à l’action » de son chapitre",
            )
        )
    if errors:
        raise ContentErrors(errors)
    return placed
