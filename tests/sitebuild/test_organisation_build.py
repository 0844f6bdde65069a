"""`extra.organisation` feeds the site: another organisation in mkdocs.yml changes the home page, the
policy and the templates; a bad value or an unknown placeholder stops the build at its line."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.conftest import copy_project, run_mkdocs
from tests.sitebuild.failing import failing_build_output

OTHER = {
    "nom: Jardins du Coin": "nom: Mutuelle des Coteaux",
    "article: les ": "article: la  ",
    "fictive: true ": "fictive: false",
    "communication@jardins-du-coin.example": "com@coteaux.example",
    "presidence@jardins-du-coin.example": "direction@coteaux.example",
    "qui: la présidence de la coopérative": "qui: le comité de direction",
    "compte: \"@jardinsducoin\"": "compte: \"@mutuelle.coteaux\"",
    "nom: Claire Martin": "nom: Anne Roy",
    "groupe «\u00a0Les Jardins du Coin\u00a0»": "groupe «\u00a0Adhérents des Coteaux\u00a0»",
    "page «\u00a0Les Jardins du Coin\u00a0»": "page «\u00a0Mutuelle des Coteaux\u00a0»",
    "reclamation: dans les 2\u00a0heures ouvrées": "reclamation: dans la demi-journée",
}


def read(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def copy_texts(page_html: str) -> str:
    return "\n".join(html.unescape(text) for text in re.findall(r'data-copy-text="([^"]*)"', page_html))


@pytest.fixture(scope="module")
def other_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("autre") / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for old, new in OTHER.items():
        assert old in text, old
        text = text.replace(old, new)
    config.write_text(text, encoding="utf-8")
    site = project.parent / "site"
    result = run_mkdocs(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_the_home_page_shows_the_other_organisation(other_site):
    home = read(other_site, "")
    assert "celui de la Mutuelle des Coteaux" in home and "la présence en ligne de la Mutuelle des Coteaux" in home
    assert "com@coteaux.example" in home and "@mutuelle.coteaux" in home and "le comité de direction" in home
    assert "Jardins du Coin" not in home
    assert "Une organisation fictive" not in home


def test_the_policy_is_the_other_organisation_s(other_site):
    chapter = read(other_site, "chapitres/presence-durable")
    policy = copy_texts(chapter)
    assert policy.startswith("Politique des réseaux sociaux de la Mutuelle des Coteaux")
    for value in ("@mutuelle.coteaux", "Anne Roy", "dans la demi-journée", "le comité de direction (direction@coteaux.example"):
        assert value in policy, value
    assert "Jardins" not in policy and "Une organisation fictive" not in chapter


def test_the_templates_carry_the_other_organisation(other_site):
    replies = read(other_site, "modeles/reponses")
    assert "pour la Mutuelle des Coteaux" in copy_texts(replies)
    escalation = copy_texts(read(other_site, "modeles/escalade-et-moderation"))
    assert "le comité de direction (direction@coteaux.example" in escalation and "dans la demi-journée" in escalation
    inventory = copy_texts(read(other_site, "modeles/inventaire-des-comptes"))
    assert "@mutuelle.coteaux" in inventory
    crisis = read(other_site, "modeles/crise")
    assert "Anne Roy" in crisis and "Une organisation fictive" not in crisis
    assert "Jardins du Coin" not in crisis + replies


def test_the_shipped_site_marks_its_organisation_as_fictional(tmp_path):
    from tests.conftest import built_site

    site = built_site()
    for page in ("", "chapitres/presence-durable", "modeles/reponses", "modeles/crise"):
        assert "Une organisation fictive" in read(site, page), page or "accueil"


def failing(project: Path, site: Path) -> str:
    return failing_build_output(project, site).replace("\u00a0", " ")


def test_a_bad_value_stops_the_build_at_its_line_in_mkdocs_yml(tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("courriel: presidence@jardins-du-coin.example", "courriel: presidence")
    config.write_text(text, encoding="utf-8")
    line = next(n for n, content in enumerate(text.splitlines(), start=1) if content.strip() == "courriel: presidence")
    output = failing(project, tmp_path / "site")
    assert f"mkdocs.yml:{line}: « extra.organisation.contacts.crise.courriel » : adresse de courriel attendue" in output


def test_an_unknown_placeholder_stops_the_build_at_its_line(tmp_path):
    project = copy_project(tmp_path / "project")
    chapter = project / "chapters" / "03-service-client.md"
    lines = chapter.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, start=1) if "{{ organisation.horaires }}" in line)
    lines[number - 1] = lines[number - 1].replace("{{ organisation.horaires }}", "{{ organisation.horaire }}")
    chapter.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = failing(project, tmp_path / "site")
    assert (
        f"chapters/03-service-client.md:{number}: valeur inconnue « {{{{ organisation.horaire }}}} » : "
        "vouliez-vous dire « organisation.horaires » ?"
    ) in output
