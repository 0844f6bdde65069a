"""What the voice generator proposes: trait ideas, words pre-filled in every new guide, hints per situation.

The data ships with the package (playbook/voice/suggestions.yml), so `playbook voice init` works
from any install; the build, the generator page and the CLI read it through this module.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from playbook.validation import validate
from playbook.yamlsource import parse_yaml

SUGGESTIONS_FILE = "playbook/voice/suggestions.yml"
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


def parse_suggestions(text: str, shown_as: str = SUGGESTIONS_FILE) -> Suggestions:
    """Suggestions from YAML text; raises ContentErrors naming the file, the line and the field."""
    return validate(Suggestions, parse_yaml(text, shown_as))


@cache
def load_suggestions() -> Suggestions:
    text = resources.files(__package__).joinpath("suggestions.yml").read_text(encoding="utf-8")
    return parse_suggestions(text)
