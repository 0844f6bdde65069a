"""A checklist's score and level from a reader's answers: the rules of the browser's scoring.js,
held to the same case table (tests/fixtures/scoring-cases.json)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from playbook.checklists import Checklist, Level

# Item id → index of the chosen step on the checklist's scale, or "na" (the item does not apply).
Answers = Mapping[str, object]
NOT_APPLICABLE = "na"


@dataclass(frozen=True)
class Score:
    """`answered` counts « ne s’applique pas », `scored` does not; `percent` is over the scored items."""

    answered: int
    not_applicable: int
    total: int
    percent: int | None
    level: Level | None

    @property
    def scored(self) -> int:
        return self.answered - self.not_applicable

    @property
    def complete(self) -> bool:
        return self.answered == self.total


def round_half_up(value: float) -> int:
    """Math.round, as the browser rounds: 12.5 → 13 (Python's round would give 12)."""
    return math.floor(value + 0.5)


def _is_step(choice: object, steps: int) -> bool:
    return isinstance(choice, int) and not isinstance(choice, bool) and 0 <= choice < steps


def weighted_percent(items: Iterable[tuple[str, float]], points: Sequence[int], answers: Answers) -> tuple[int, int | None]:
    """(scored, percent) for items given as (id, weight) on a scale of `points`: weighted points over
    the scored items, rounded half up; "na", answers off the scale and to unknown items are left out."""
    earned = possible = 0.0
    scored = 0
    top = max(points)
    for item_id, weight in items:
        choice = answers.get(item_id)
        if not _is_step(choice, len(points)):
            continue
        scored += 1
        earned += weight * points[choice]  # type: ignore[index]
        possible += weight * top
    if not scored:
        return 0, None
    return scored, round_half_up(100 * earned / possible) if possible else 0


def level_for(levels: Sequence[Level], percent: int) -> Level:
    """The highest level whose threshold `percent` reaches (the first when none is reached)."""
    reached = [level for level in levels if level.min <= percent]
    return reached[-1] if reached else levels[0]


def score(checklist: Checklist, answers: Answers) -> Score:
    ids = [item.id for item in checklist.items]
    not_applicable = sum(1 for item_id in ids if answers.get(item_id) == NOT_APPLICABLE)
    scored, percent = weighted_percent(
        ((item.id, item.weight) for item in checklist.items), [step.points for step in checklist.scale], answers
    )
    return Score(
        answered=scored + not_applicable,
        not_applicable=not_applicable,
        total=len(ids),
        percent=percent,
        level=None if percent is None else level_for(checklist.levels, percent),
    )
