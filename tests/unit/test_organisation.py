"""`extra.organisation`: validated with mkdocs.yml's lines, and its values filled into pages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from playbook import placeholders
from playbook.errors import ContentErrors
from playbook.organisation import load_organisation

CONFIG = """\
site_name: Essai
site_url: !ENV [PLAYBOOK_SITE_URL, "http://127.0.0.1:8000/"]
extra:
  generator: false
  organisation:
    nom: Mutuelle des Coteaux
    article: la
    horaires: du lundi au vendredi
    contacts:
      politique:
        qui: l’équipe communication
        courriel: com@coteaux.example
      escalade:
        qui: le service client
        courriel: client@coteaux.example
        telephone: 01 99 00 00 01
      crise:
        qui: la direction
        courriel: direction@coteaux.example
        telephone: 01 99 00 00 02
      juridique:
        qui: le service juridique
        courriel: juridique@coteaux.example
      donnees:
        qui: le délégué à la protection des données
        courriel: dpo@coteaux.example
    comptes:
      - reseau: Facebook
        compte: page « Mutuelle des Coteaux »
        usage: questions des adhérents
        responsable: Lucas
        relais: Inès
    porte_parole:
      - nom: Anne Roy
        fonction: directrice
        sujets: [presse]
    delais:
      question: sous un jour ouvré
      reclamation: dans la journée
      escalade: dans l’heure
      crise: tout de suite
"""


class _Loader(yaml.SafeLoader):
    """What MkDocs does with `!ENV`, as far as these tests need: the value is not ours."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def load(tmp_path: Path, text: str = CONFIG):
    path = tmp_path / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    value = (yaml.load(text, Loader=_Loader).get("extra") or {}).get("organisation")
    return load_organisation(path, tmp_path, value)


def errors(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        load(tmp_path, text)
    return [str(error).replace("\u00a0", " ") for error in caught.value.errors]


def line_of(text: str, fragment: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_a_good_organisation_loads_with_its_contractions(tmp_path):
    organisation = load(tmp_path)
    assert (organisation.le_nom, organisation.de_nom, organisation.a_nom) == (
        "la Mutuelle des Coteaux",
        "de la Mutuelle des Coteaux",
        "à la Mutuelle des Coteaux",
    )
    assert organisation.contacts.escalade.a_qui == "au service client"
    assert organisation.fictive is False


def test_each_mistake_names_its_key_and_line_in_mkdocs_yml(tmp_path):
    text = CONFIG.replace("courriel: direction@coteaux.example", "courriel: direction")
    assert errors(tmp_path, text) == [
        f"mkdocs.yml:{line_of(text, 'courriel: direction')}: « extra.organisation.contacts.crise.courriel » : "
        "adresse de courriel attendue, par exemple « communication@exemple.fr »"
    ]
    text = CONFIG.replace("article: la", "article: des")
    assert errors(tmp_path, text) == [
        f"mkdocs.yml:{line_of(text, 'article: des')}: « extra.organisation.article » doit valoir "
        + ", ".join(f"« {a} »" for a in ("le", "la", "les", "l’"))
        + " ou « aucun »"
    ]
    text = CONFIG.replace("qui: la direction", "qui: direction générale")
    assert errors(tmp_path, text)[0].startswith(
        f"mkdocs.yml:{line_of(text, 'qui: direction générale')}: « extra.organisation.contacts.crise.qui » : commencez par l’article"
    )
    text = CONFIG.replace("    delais:", "    delai:")
    assert errors(tmp_path, text) == [
        f"mkdocs.yml:{line_of(text, 'delai:')}: « extra.organisation.delai » n’est pas un champ connu : vouliez-vous dire « delais » ?"
    ]


def test_a_missing_organisation_says_where_to_add_it(tmp_path):
    text = CONFIG[: CONFIG.index("  organisation:")]
    assert errors(tmp_path, text) == [
        "mkdocs.yml:3: « extra.organisation » manquant : décrivez l’organisation qui adopte le playbook (voir le README)"
    ]


def test_phrases_fill_a_line_and_fragments_take_its_indentation(tmp_path):
    organisation = load(tmp_path)
    text = "Le playbook {{ organisation.de_nom }}, écrivez {{ organisation.contacts.escalade.a_qui }}.\n\n- Nos comptes :\n\n    {{ organisation.comptes }}\n\n{{ organisation.inventaire }}\n"
    filled = placeholders.fill(text, organisation)
    assert filled.startswith("Le playbook de la Mutuelle des Coteaux, écrivez au service client.")
    assert "    - **Facebook**, page « Mutuelle des Coteaux »\u00a0: questions des adhérents." in filled
    assert "| Réseau | Compte |" in filled and "| Facebook | page « Mutuelle des Coteaux » |" in filled
    assert "{{" not in filled
    assert placeholders.fill("{{ organisation.note }}", organisation).strip() == ""


def test_the_note_appears_for_a_fictive_organisation(tmp_path):
    organisation = load(tmp_path, CONFIG.replace("    article: la\n", "    article: la\n    fictive: true\n"))
    assert "La Mutuelle des Coteaux n’existe pas" in placeholders.fill("{{ organisation.note }}", organisation)


def test_placeholder_mistakes_name_their_line(tmp_path):
    organisation = load(tmp_path)
    text = "## Titre {{ organisation.nom }}\n\nTexte {{ organisation.nomm }}.\n\nVoir {{ organisation.comptes }} ici.\n\n```\n{{ dans du code }}\n```\n"
    assert [str(e) for e in placeholders.check("x.md", placeholders.scan(text, first_line=5), organisation)] == [
        "x.md:5: « {{ organisation.nom }} » dans un titre : l’ancre de la section changerait avec l’organisation ; sortez-le du titre",
        "x.md:7: valeur inconnue « {{ organisation.nomm }} » : vouliez-vous dire « organisation.nom » ?",
        "x.md:9: « {{ organisation.comptes }} » est un bloc (tableau ou liste) : mettez-le seul sur sa ligne",
    ]
    plays = placeholders.check("p.yml", placeholders.scan("text: {{ organisation.delais }}\n"), organisation, fragments_allowed=False)
    assert [str(e) for e in plays] == ["p.yml:1: « {{ organisation.delais }} » est un bloc (tableau ou liste) : il n’a pas sa place ici"]
