"""SCORM and xAPI cost the ordinary site nothing; a mistake in `extra.xapi` stops the build at its line."""

from __future__ import annotations

import re

from tests.conftest import built_site, copy_project
from tests.sitebuild.failing import failing_build_output


def test_the_ordinary_site_has_no_launch_page_no_sender_no_consent():
    site = built_site()
    assert not (site / "scorm.html").exists() and not (site / "assets" / "javascripts" / "xapi-config.js").exists()
    path_page = (site / "parcours" / "index.html").read_text(encoding="utf-8")
    assert 'data-widget="xapi' not in path_page
    # The path page says what leaves the browser in this build: nothing, unless the learner exports.
    assert "rien n’est envoyé tant que vous n’exportez pas vous-même votre dossier" in path_page
    assert 'data-widget="xapi"' not in (site / "chapitres" / "mesure" / "index.html").read_text(encoding="utf-8")


def test_a_mistake_in_extra_xapi_stops_the_build_at_its_line(tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("\nextra:\n", "\nextra:\n  xapi:\n    endpoint: lrs.exemple.fr\n", 1)
    config.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    endpoint: lrs.exemple.fr") + 1
    output = failing_build_output(project, tmp_path / "site").replace("\u00a0", " ")
    assert re.search(rf"mkdocs\.yml:{line}: « xapi\.endpoint » : doit être une adresse web complète", output), output
