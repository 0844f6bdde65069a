"""Self-assessment checklists: `exercises/checklists/<id>.yml`, validated into typed models."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from playbook.errors import ContentError, ContentErrors, did_you_mean
from playbook.textfile import read_text
from playbook.validation import known_id, validate
from playbook.yamlsource import parse_yaml

SECONDS_PER_ITEM = 20  # reading an item and choosing an answer

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
SECTION_REF = re.compile(r"^(?P<file>[\w.-]+\.md)#(?P<anchor>[\w-]+)$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def check_section(reference: str, info: ValidationInfo) -> str:
    """`03-service-client.md#le-silence-se-remarque` must name a chapter and one of its headings."""
    match = SECTION_REF.match(reference)
    if not match:
        raise ValueError("écrivez « NN-chapitre.md#ancre », par exemple « 03-service-client.md#le-silence-se-remarque »")
    anchors_by_chapter: dict[str, dict[str, str]] = (info.context or {}).get("anchors", {})
    chapter, anchor = match["file"], match["anchor"]
    if chapter not in anchors_by_chapter:
        raise ValueError(f"le chapitre « {chapter} » n’existe pas{did_you_mean(chapter, anchors_by_chapter)}")
    if anchor not in anchors_by_chapter[chapter]:
        hint = did_you_mean(anchor, anchors_by_chapter[chapter], shown="#{}")
        raise ValueError(f"aucune section « #{anchor} » dans {chapter}{hint}")
    return reference


PlayId = Annotated[str, known_id("play", "plays", "exercises/plays/")]


class ScaleStep(_Strict):
    label: Text
    points: Annotated[int, Field(ge=0)]


class Item(_Strict):
    """One observable behaviour, rated on the checklist's scale."""

    id: Slug
    text: Text
    help: Text | None = None
    weight: Annotated[float, Field(gt=0, le=10)]
    section: str

    _section = field_validator("section")(check_section)


class Level(_Strict):
    """From `min` percent up: what the score means and what to read and do first."""

    min: Annotated[float, Field(ge=0, le=100)]
    name: Text
    meaning: Text
    sections: Annotated[list[str], Field(min_length=1, max_length=5)]
    actions: Annotated[list[Text], Field(min_length=1, max_length=5)]
    plays: Annotated[list[PlayId], Field(max_length=3)] = []  # the plays that fit this level, by id

    @field_validator("sections")
    @classmethod
    def _sections(cls, references: list[str], info: ValidationInfo) -> list[str]:
        return [check_section(reference, info) for reference in references]


class Checklist(_Strict):
    id: Slug
    version: Annotated[int, Field(ge=1)]
    title: Text
    domaine: Text
    intro: Text
    scale: Annotated[list[ScaleStep], Field(min_length=2, max_length=7)]
    items: Annotated[list[Item], Field(min_length=1)]
    levels: Annotated[list[Level], Field(min_length=1)]

    @property
    def minutes(self) -> int:
        """The time it takes: reading each item and choosing an answer (the chapter header and the course say it)."""
        return max(1, math.ceil(len(self.items) * SECONDS_PER_ITEM / 60))


def _consistency_problems(checklist: Checklist) -> list[tuple[tuple, str]]:
    """(location, message) for what no single field can tell: repeated ids, scale and level order."""
    problems: list[tuple[tuple, str]] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(checklist.items):
        if item.id in seen:
            problems.append(
                (("items", index, "id"), f"« {item.id} » est déjà l’id de items[{seen[item.id] + 1}] : choisissez un autre id")
            )
        seen.setdefault(item.id, index)
    for index in range(1, len(checklist.scale)):
        if checklist.scale[index].points <= checklist.scale[index - 1].points:
            problems.append(
                (("scale", index, "points"), "les points de l’échelle doivent croître d’un cran à l’autre")
            )
    if checklist.levels[0].min != 0:
        problems.append((("levels", 0, "min"), "le premier niveau doit commencer à 0"))
    for index in range(1, len(checklist.levels)):
        previous, current = checklist.levels[index - 1].min, checklist.levels[index].min
        if current <= previous:
            problems.append(
                (
                    ("levels", index, "min"),
                    f"seuils non croissants : {current:g} après {previous:g} ; classez les niveaux du plus bas au plus haut",
                )
            )
    return problems


def load_checklist(
    path: Path, root: Path, anchors: dict[str, dict[str, str]], plays: set[str] | None = None
) -> Checklist:
    """One checklist file: its fields, then what only the whole can tell (repeats, orders, file name)."""
    file = path.relative_to(root).as_posix()
    document = parse_yaml(read_text(path, file), file)
    checklist = validate(Checklist, document, context={"anchors": anchors, "plays": plays or set()})
    problems = _consistency_problems(checklist)
    if checklist.id != path.stem:
        problems.append((("id",), f"l’id « {checklist.id} » doit reprendre le nom du fichier : « {path.stem} »"))
    if problems:
        raise ContentErrors([document.error(location, message) for location, message in problems])
    return checklist


def load_checklists(
    directory: Path, root: Path, anchors: dict[str, dict[str, str]], plays: set[str] | None = None
) -> dict[str, Checklist]:
    """Every checklist of `directory`, by id; all problems are raised together."""
    checklists: dict[str, Checklist] = {}
    errors: list[ContentError] = []
    for path in sorted(directory.glob("*.yml")):
        try:
            checklist = load_checklist(path, root, anchors, plays)
        except ContentErrors as exc:
            errors.extend(exc.errors)
            continue
        checklists[checklist.id] = checklist
    if errors:
        raise ContentErrors(errors)
    return checklists
