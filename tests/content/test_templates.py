"""« Modèles »: the templates the issue asks for, each with something to copy, each linked from a chapter."""

from __future__ import annotations

import re

import pytest

from playbook.blocks import scan_blocks
from tests.browser.widgets import catalogue
from tests.conftest import ROOT

TEMPLATES = catalogue().templates
CHAPTERS_TEXT = "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "chapters").glob("*.md")))
REQUIRED = {
    "reponses": "banque de réponses",
    "escalade-et-moderation": "arbre d’escalade et de modération, avec les délais de réponse",
    "crise": "check-list de crise (première heure, premier jour)",
    "inventaire-des-comptes": "inventaire des comptes",
    "argumentaire": "argumentaire en une page",
    "retour-produit": "fiche de retour client pour l’équipe produit",
    "tableau-de-bord-mensuel": "tableau de bord mensuel",
    "circuit-de-validation": "circuit de validation",
    "securite-des-comptes": "sécurité des comptes",
    "charte-de-moderation": "règles de modération",
}


def text_of(template_id: str) -> str:
    return (ROOT / "docs" / TEMPLATES[template_id].src_uri).read_text(encoding="utf-8")


def test_the_templates_the_issue_asks_for_exist():
    assert set(REQUIRED) <= set(TEMPLATES), {key: REQUIRED[key] for key in set(REQUIRED) - set(TEMPLATES)}


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_every_template_has_something_to_copy_and_is_linked_from_a_chapter(template_id):
    copies = [use for use in scan_blocks(text_of(template_id)) if use.name == "copie"]
    assert copies and all(use.argument for use in copies), "au moins un bloc « /// copie | libellé »"
    assert f"../modeles/{template_id}.md" in CHAPTERS_TEXT, "aucun chapitre ne renvoie à ce modèle"
    assert any(template_id in play.templates for play in catalogue().plays.values()), "aucun play ne s’en sert"


def test_the_bank_holds_at_least_fifteen_replies_for_the_common_situations():
    text = text_of("reponses")
    labels = [use.argument for use in scan_blocks(text) if use.name == "copie"]
    assert len(labels) >= 15
    for situation in ("réclamation", "retard", "compliment", "hors sujet", "injurieux", "rumeur", "emploi"):
        assert any(situation in label.lower() for label in labels) or situation in text.lower(), situation


def test_the_escalation_tree_sets_response_times_and_the_crisis_list_its_hours():
    escalation = text_of("escalade-et-moderation")
    for key in ("question", "reclamation", "escalade", "crise"):
        assert f"{{{{ organisation.delais.{key} }}}}" in escalation
    crisis = text_of("crise")
    assert "**La première heure**" in crisis and "**Le premier jour**" in crisis


def test_the_dashboard_measures_what_chapter_7_says_to_measure():
    dashboard = text_of("tableau-de-bord-mensuel")
    boussole, vitrine = dashboard.index("La boussole"), dashboard.index("La vitrine")
    assert boussole < vitrine, "la boussole se lit avant la vitrine"
    for measure in ("résolues dès notre première réponse", "réponse personnelle", "revenues vers nous", "lecture du vendredi"):
        assert measure in dashboard, measure
    assert re.search(r"Vues|Abonnés", dashboard)
