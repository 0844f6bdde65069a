"""A bad checklist file or a bad block stops `mkdocs build --strict` with one line: file, line, fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import copy_project
from tests.expected_messages import CHECKLIST_MESSAGES as MESSAGES
from tests.sitebuild.failing import failing_build_output

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# The unit tests hold the exact message of each mistake; the build must show the same line.
CHECKLIST_CASES = {
    **MESSAGES,
    "unplaced": ":1: cette grille n’est placée dans aucun chapitre : ajoutez « /// checklist | unplaced »",
}

BLOCK_CASES = {
    "unknown-checklist": ":13: checklist « inconnue » introuvable",
    "unknown-option": ":14: option inconnue « titr » pour le bloc checklist : vouliez-vous dire « titre » ?",
    "option-type": ":14: l’option « titre » du bloc checklist doit être un texte",
    "missing-argument": ":13: le bloc checklist attend un argument : « /// checklist | service-client »",
    "unknown-block": ":13: bloc inconnu « checklst » : vouliez-vous dire « checklist » ?",
    "unknown-play": ":13: play « portrait-de-marqe » introuvable : vouliez-vous dire « portrait-de-marque » ?",
    "play-twice": ":13: le play « portrait-de-marque » est déjà placé dans 01-relation-avant-promotion.md : un play ne se place qu’une fois",
    "copy-without-label": ":13: le bloc copie attend un argument : « /// copie | Réponse à une réclamation »",
}


def error_lines(output: str) -> list[str]:
    return [line.replace("\u00a0", " ") for line in output.splitlines() if ".yml:" in line or ".md:" in line]


@pytest.mark.parametrize("case", sorted(CHECKLIST_CASES))
def test_bad_checklist_stops_the_build(tmp_path, case):
    project = copy_project(tmp_path / "project")
    shutil.copy(FIXTURES / "bad_checklists" / f"{case}.yml", project / "exercises" / "checklists" / f"{case}.yml")
    lines = error_lines(failing_build_output(project, tmp_path / "site"))
    assert len(lines) == 1, lines
    assert f"exercises/checklists/{case}.yml{CHECKLIST_CASES[case]}" in lines[0]


@pytest.mark.parametrize("case", sorted(BLOCK_CASES))
def test_bad_block_stops_the_build(tmp_path, case):
    project = copy_project(tmp_path / "project")
    shutil.copy(FIXTURES / "bad_blocks" / f"{case}.md", project / "chapters" / f"99-{case}.md")
    lines = error_lines(failing_build_output(project, tmp_path / "site"))
    assert len(lines) == 1, lines
    assert f"chapters/99-{case}.md{BLOCK_CASES[case]}" in lines[0]


PLAY_CASES = {
    "unknown-template": ":24: « templates[1] » : modèle « reponse » introuvable dans docs/modeles/ : vouliez-vous dire « reponses » ?",
    "good": ":1: ce play n’est placé dans aucun chapitre : ajoutez « /// play | good »",
}


@pytest.mark.parametrize("case", sorted(PLAY_CASES))
def test_bad_play_stops_the_build(tmp_path, case):
    project = copy_project(tmp_path / "project")
    shutil.copy(FIXTURES / "bad_plays" / f"{case}.yml", project / "exercises" / "plays" / f"{case}.yml")
    lines = error_lines(failing_build_output(project, tmp_path / "site"))
    assert len(lines) == 1, lines
    assert f"exercises/plays/{case}.yml{PLAY_CASES[case]}" in lines[0]


def test_a_template_page_with_a_bad_front_matter_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "modeles" / "crise.md"
    page.write_text(page.read_text(encoding="utf-8").replace("revise: 2026-11-28", "revise: bientôt"), encoding="utf-8")
    lines = error_lines(failing_build_output(project, tmp_path / "site"))
    assert lines and "docs/modeles/crise.md:4: « revise » : écrivez la date au format AAAA-MM-JJ" in lines[0]
