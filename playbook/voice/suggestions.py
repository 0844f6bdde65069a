"""What the voice generator proposes: trait ideas, words pre-filled in every new guide, hints per situation.

The data lives in exercises/voix/suggestions.yml; the build, the generator page and
`playbook voice init` read it through this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from playbook.validation import validate
from playbook.yamlsource import parse_yaml

SUGGESTIONS_FILE = "exercises/voix/suggestions.yml"
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class TraitIdea(_Strict):
    est: Text
    pas: Text
    description: Text


class Replacement(_Strict):
    mot: Text
    remplacement: Text


class SituationHint(_Strict):
    ressenti: Text
    ton: Text


class Suggestions(_Strict):
    traits: Annotated[list[TraitIdea], Field(min_length=3)]
    a_eviter: Annotated[list[Replacement], Field(min_length=1)]
    preferes: list[Text]
    situations: dict[str, SituationHint]


def repository_root() -> Path:
    """The checkout this package runs from (the CLI and the build both run from it)."""
    return Path(__file__).resolve().parents[2]


def load_suggestions(root: Path | None = None) -> Suggestions:
    root = root or repository_root()
    path = root / SUGGESTIONS_FILE
    return validate(Suggestions, parse_yaml(path.read_text(encoding="utf-8"), SUGGESTIONS_FILE))
