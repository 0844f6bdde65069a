"""Plays: `exercises/plays/<id>.yml`, each a short workshop in the manner of Atlassian's Team Playbook.

For whom, how long, what to prepare, timed steps, « C’est fait quand… », variations, and the
templates it uses. A chapter shows a play with `/// play | <id>` in « Passer à l’action ».
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)

from playbook import placeholders
from playbook.errors import ContentError, ContentErrors
from playbook.organisation import Organisation
from playbook.render import render
from playbook.textfile import read_text
from playbook.validation import known_id, validate
from playbook.yamlsource import parse_yaml

PLAYS_DIR = "exercises/plays"
ANCHOR_PREFIX = "play-"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


TemplateId = Annotated[str, known_id("modèle", "templates", "docs/modeles/")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Step(_Strict):
    """One timed step: how many minutes, what it is called, what to do."""

    minutes: Annotated[int, Field(gt=0, le=240)]
    title: Text
    text: Text


class Variation(_Strict):
    """The play run differently: alone, remotely, with more people, with less time…"""

    title: Text
    text: Text


class Play(_Strict):
    id: Slug
    title: Text
    summary: Text  # one sentence: what the play changes
    audience: Text  # « Pour qui »
    prep_minutes: Annotated[int, Field(ge=0, le=480)]
    frequency: Text | None = None  # « Une fois », « Chaque trimestre »…
    prepare: Annotated[list[Text], Field(min_length=1, max_length=8)]
    steps: Annotated[list[Step], Field(min_length=3, max_length=8)]
    done_when: Annotated[list[Text], Field(min_length=1, max_length=5)]
    variations: Annotated[list[Variation], Field(min_length=1, max_length=4)]
    templates: Annotated[list[TemplateId], Field(max_length=5)] = []

    @property
    def minutes(self) -> int:
        """How long the play runs, preparation aside."""
        return sum(step.minutes for step in self.steps)

    @property
    def anchor(self) -> str:
        return f"{ANCHOR_PREFIX}{self.id}"


@dataclass(frozen=True)
class TemplateLink:
    """A template as a play links to it: its title and the Markdown link target from the page."""

    title: str
    target: str


def play_markdown(play: Play, templates: list[TemplateLink]) -> str:
    """The play as Markdown, to be parsed inside the chapter (its heading joins the table of contents)."""
    return render("play.md.j2", play=play, templates=templates)


def load_play(path: Path, root: Path, templates: set[str], organisation: Organisation | None = None) -> Play:
    """One play; with `organisation`, its `{{ organisation.… }}` placeholders are checked too."""
    file = path.relative_to(root).as_posix()
    text = read_text(path, file)
    document = parse_yaml(text, file)
    if organisation is not None:
        problems = placeholders.check(file, placeholders.scan(text), organisation, fragments_allowed=False)
        if problems:
            raise ContentErrors(problems)
    play = validate(Play, document, context={"templates": templates})
    if play.id != path.stem:
        raise ContentErrors([document.error(("id",), f"l’id « {play.id} » doit reprendre le nom du fichier : « {path.stem} »")])
    return play


def load_plays(directory: Path, root: Path, templates: set[str], organisation: Organisation | None = None) -> dict[str, Play]:
    """Every play of `directory`, by id; all problems are raised together."""
    plays: dict[str, Play] = {}
    errors: list[ContentError] = []
    for path in sorted(directory.glob("*.yml")) if directory.is_dir() else []:
        try:
            play = load_play(path, root, templates, organisation)
        except ContentErrors as exc:
            errors.extend(exc.errors)
            continue
        plays[play.id] = play
    if errors:
        raise ContentErrors(errors)
    return plays
