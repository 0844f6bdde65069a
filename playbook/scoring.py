"""A checklist's score and level from a reader's answers (the browser's scoring.js does the same)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from playbook.checklists import Checklist, Level

# Item id → index of the chosen step on the checklist's scale (or "na": the item does not apply).
Answers = Mapping[str, object]


@dataclass(frozen=True)
class Score:
    """`percent` of the points possible on the answered items, and the level it reaches."""

    answered: int
    total: int
    percent: int | None
    level: Level | None

    @property
    def complete(self) -> bool:
        return self.answered == self.total


def round_half_up(value: float) -> int:
    """Math.round, as the browser rounds: 12.5 → 13 (Python's round would give 12)."""
    return math.floor(value + 0.5)


def weighted_percent(items: Iterable[tuple[str, float]], points: Sequence[int], answers: Answers) -> tuple[int, int | None]:
    """(answered, percent) for items given as (id, weight) on a scale of `points`: weighted points
    over the answered items, rounded half up; answers to unknown items, off the scale or "na" are left out."""
    earned = possible = 0.0
    answered = 0
    top = max(points)
    for item_id, weight in items:
        choice = answers.get(item_id)
        if not isinstance(choice, int) or isinstance(choice, bool) or not 0 <= choice < len(points):
            continue
        answered += 1
        earned += weight * points[choice]
        possible += weight * top
    if not answered:
        return 0, None
    return answered, round_half_up(100 * earned / possible) if possible else 0


def score(checklist: Checklist, answers: Answers) -> Score:
    answered, percent = weighted_percent(
        ((item.id, item.weight) for item in checklist.items), [step.points for step in checklist.scale], answers
    )
    total = len(checklist.items)
    return Score(answered=answered, total=total, percent=percent, level=None if percent is None else checklist.level_for(percent))
