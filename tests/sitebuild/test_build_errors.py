"""Bad content stops the build with a message that names the file and the problem, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import copy_project, run_mkdocs
from tests.sitebuild.failing import failing_build_output

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad_chapters"

CASES = {
    "missing-title.md": "chapters/99-missing-title.md:2: « title » est obligatoire",
    "wrong-type.md": "chapters/99-wrong-type.md:5: « duree » doit être un nombre entier",
    "unknown-key.md": "chapters/99-unknown-key.md:5: « objectif » n’est pas un champ connu : vouliez-vous dire « objectifs » ?",
    "yaml-syntax.md": "chapters/99-yaml-syntax.md:4: YAML invalide",
    "no-front-matter.md": "chapters/99-no-front-matter.md:1: en-tête YAML manquant",
    "broken-link.md": "chapters/99-broken-link.md:11: Doc file 'chapters/99-broken-link.md' contains a link '42-introuvable.md'",
    "unknown-anchor.md": "chapters/99-unknown-anchor.md:13: Doc file 'chapters/99-unknown-anchor.md' contains a link '#section-absente'",
    "missing-revise.md": "chapters/99-missing-revise.md:2: « revise » est obligatoire",
    "bad-revise.md": "chapters/99-bad-revise.md:7: « revise » : écrivez la date au format AAAA-MM-JJ, par exemple « 2026-11-28 »",
    "impossible-revise.md": "chapters/99-impossible-revise.md:7: « revise » : date illisible : écrivez la date au format AAAA-MM-JJ",
    "missing-responsable.md": "chapters/99-missing-responsable.md:2: « responsable » est obligatoire",
    "empty-responsable.md": "chapters/99-empty-responsable.md:8: « responsable » ne doit pas être vide",
}


@pytest.mark.parametrize("fixture", sorted(CASES))
def test_bad_chapter_fails_the_build_with_file_and_problem(tmp_path, fixture):
    project = copy_project(tmp_path / "project")
    shutil.copy(BAD / fixture, project / "chapters" / f"99-{fixture}")
    output = failing_build_output(project, tmp_path / "site").replace("\u00a0", " ")
    assert CASES[fixture] in output, output


def test_a_broken_chapter_stops_mkdocs_itself_with_its_status_and_no_traceback(tmp_path):
    """The cases above build in this process; here the command a writer runs."""
    project = copy_project(tmp_path / "project")
    shutil.copy(BAD / "wrong-type.md", project / "chapters" / "99-wrong-type.md")
    result = run_mkdocs(project, tmp_path / "site")
    output = (result.stdout + result.stderr).replace("\u00a0", " ")
    assert result.returncode != 0, output
    assert CASES["wrong-type.md"] in output, output
    assert "Traceback" not in output, output


def test_every_problem_of_a_batch_is_reported_at_once(tmp_path):
    project = copy_project(tmp_path / "project")
    for fixture in ("missing-title.md", "wrong-type.md"):
        shutil.copy(BAD / fixture, project / "chapters" / f"99-{fixture}")
    output = failing_build_output(project, tmp_path / "site")
    assert "99-missing-title.md:2" in output and "99-wrong-type.md:5" in output, output


def test_missing_node_modules_says_what_to_run(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "node_modules").unlink()
    result = run_mkdocs(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "npm ci" in output and "Traceback" not in output, output


@pytest.mark.parametrize("encoding, said", [("cp1252", "Windows-1252"), ("utf-16", "UTF-16")])
def test_a_chapter_not_saved_as_utf8_stops_the_build_with_how_to_resave_it(tmp_path, encoding, said):
    project = copy_project(tmp_path / "project")
    source = (project / "chapters" / "03-service-client.md").read_text(encoding="utf-8")
    (project / "chapters" / "03-service-client.md").write_bytes(source.encode(encoding))
    result = run_mkdocs(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output, output
    [line] = [line for line in output.splitlines() if "03-service-client.md:" in line]
    assert f"ce fichier est enregistré en {said}" in line and "ré-enregistrez-le en UTF-8" in line
