"""A mistake in the course stops `mkdocs build --strict` with its file, line and fix (the unit
tests hold every message; here, that the build shows them), never a traceback."""

from __future__ import annotations

from tests.conftest import copy_project
from tests.sitebuild.failing import failing_build_output

CHAPTER = """---
title: Un chapitre d’essai
description: Un chapitre qui place un quiz mal nommé.
domaine: test
objectifs:
  - Échouer
revise: 2026-11-28
responsable: Équipe test
---

## Passer à l’action

/// quiz | conversaton
///
"""


def build_output(project, site) -> str:
    return failing_build_output(project, site).replace("\u00a0", " ")


def test_a_misspelt_activity_in_course_yml_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    course = project / "exercises" / "course.yml"
    lines = course.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(index for index, line in enumerate(lines, start=1) if line.strip() == "- quiz: conversation")
    lines[number - 1] = lines[number - 1].replace("conversation", "conversaton")
    course.write_text("".join(lines), encoding="utf-8")
    output = build_output(project, tmp_path / "site")
    assert f"exercises/course.yml:{number}: quiz « conversaton » introuvable dans exercises/quizzes/ : vouliez-vous dire « conversation » ?" in output


def test_a_quiz_block_naming_an_unknown_quiz_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "chapters" / "99-essai.md").write_text(CHAPTER, encoding="utf-8")
    output = build_output(project, tmp_path / "site")
    assert "chapters/99-essai.md:13: quiz « conversaton » introuvable : vouliez-vous dire « conversation » ?" in output
