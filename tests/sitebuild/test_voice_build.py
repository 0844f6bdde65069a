"""The organisation's guide named by `extra.voice` becomes « Notre voix »; a bad guide stops the build."""

from __future__ import annotations

import re

from tests.conftest import copy_project, run_mkdocs
from tests.sitebuild.failing import failing_build_output

VOICE = "exercises/voix/exemple.yml"


def test_a_bad_voice_spec_stops_the_build_at_its_line(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / VOICE
    text = path.read_text(encoding="utf-8")
    line = next(number for number, content in enumerate(text.splitlines(), start=1) if content.strip().startswith("serieux_drole:"))
    path.write_text(re.sub(r"serieux_drole: \d", "serieux_drole: 9", text), encoding="utf-8")
    output = failing_build_output(project, tmp_path / "site")
    assert f"{VOICE}:{line}: « tons.serieux_drole » doit être compris entre 1 et 5" in output.replace("\u00a0", " ")


def test_without_extra_voice_there_is_no_notre_voix_page(tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"\n  voice: .*\n", "\n", config.read_text(encoding="utf-8")), encoding="utf-8")
    site = tmp_path / "site"
    result = run_mkdocs(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (site / "notre-voix").exists()
    assert (site / "definir-notre-voix" / "index.html").exists()
    # No link to the page (the course's module « Notre voix », parcours/notre-voix/, is another page).
    assert not re.search(r'href="(\./)?notre-voix/', (site / "index.html").read_text(encoding="utf-8"))
