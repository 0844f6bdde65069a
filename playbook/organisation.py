"""The organisation that adopts the playbook: `extra.organisation` in mkdocs.yml, validated.

Its name (with the article French contracts), the contacts for the policy, escalation, crises,
legal questions and personal data, its official accounts, its spokespeople and its response-time
targets. Pages use them through `{{ organisation.… }}` (see `playbook.placeholders`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from playbook import french
from playbook.errors import ContentError, ContentErrors
from playbook.validation import validate
from playbook.yamlsource import YamlDocument, config_nodes

CONFIG_KEY = ("extra", "organisation")
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
PHONE = re.compile(r"^\+?[0-9][0-9 .]{5,20}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Contact(_Strict):
    """Who to write to: `qui` starts with its article (« l’équipe communication »), so that
    « à » and « de » contract properly (« au service client »)."""

    qui: Text
    courriel: str
    telephone: str | None = None

    @field_validator("qui")
    @classmethod
    def _with_article(cls, value: str) -> str:
        if not french.split_article(value)[0]:
            raise ValueError("commencez par l’article, par exemple « l’équipe communication » ou « le service client »")
        return value

    @field_validator("courriel")
    @classmethod
    def _email(cls, value: str) -> str:
        if not EMAIL.match(value.strip()):
            raise ValueError("adresse de courriel attendue, par exemple « communication@exemple.fr »")
        return value.strip()

    @field_validator("telephone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and not PHONE.match(value.strip()):
            raise ValueError("numéro attendu en chiffres, par exemple « 01 23 45 67 89 »")
        return value.strip() if value else value

    @property
    def a_qui(self) -> str:
        return french.a(self.qui)

    @property
    def de_qui(self) -> str:
        return french.de(self.qui)


class Contacts(_Strict):
    politique: Contact  # questions on the policy, what may be said or shared
    escalade: Contact  # a sensitive message the person answering cannot settle
    crise: Contact  # a crisis, at any hour
    juridique: Contact  # the legal team: rights, contests, defamation, the charter
    donnees: Contact  # personal data (the DPO where there is one)


class Account(_Strict):
    reseau: Text
    compte: Text
    usage: Text
    responsable: Text
    relais: Text


class Spokesperson(_Strict):
    nom: Text
    fonction: Text
    sujets: Annotated[list[Text], Field(min_length=1)]


class Delays(_Strict):
    """Response-time targets, as a reader would say them: « dans les 4 heures ouvrées »."""

    question: Text  # a question, a compliment, an everyday message
    reclamation: Text  # a complaint
    escalade: Text  # passing a sensitive message to the escalation contact
    crise: Text  # alerting the crisis contact


class Organisation(_Strict):
    nom: Text
    article: Literal["le", "la", "les", "l’", "aucun"]
    fictive: bool = False
    horaires: Text
    contacts: Contacts
    comptes: Annotated[list[Account], Field(min_length=1)]
    porte_parole: Annotated[list[Spokesperson], Field(min_length=1)]
    delais: Delays

    @field_validator("article", mode="before")
    @classmethod
    def _typographic_apostrophe(cls, value: Any) -> Any:
        return value.replace("'", french.APOSTROPHE) if isinstance(value, str) else value

    @property
    def le_nom(self) -> str:
        """« les Jardins du Coin », for the middle of a sentence."""
        return french.with_article(self.article, self.nom)

    @property
    def de_nom(self) -> str:
        return french.contract("de", self.article, self.nom)

    @property
    def a_nom(self) -> str:
        return french.contract("à", self.article, self.nom)


class _ConfigFile(BaseModel):
    """mkdocs.yml as far as the playbook reads it: `extra.organisation`, the rest left to MkDocs."""

    model_config = ConfigDict(extra="allow")

    extra: _Extra


class _Extra(BaseModel):
    model_config = ConfigDict(extra="allow")

    organisation: Organisation


_ConfigFile.model_rebuild()


def load_organisation(config_file: Path, root: Path, value: Any) -> Organisation:
    """`extra.organisation` (already read by MkDocs as `value`), validated; errors name mkdocs.yml's lines."""
    file = _shown(config_file, root)
    document = YamlDocument(data={"extra": {"organisation": value}}, node=config_nodes(config_file), file=file)
    if value is None:
        raise ContentErrors(
            [
                ContentError(
                    file,
                    document.line_of(("extra",), key=True),
                    "« extra.organisation » manquant : décrivez l’organisation qui adopte le playbook (voir le README)",
                )
            ]
        )
    return validate(_ConfigFile, document).extra.organisation


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name
