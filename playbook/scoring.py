"""A checklist's score and level from a reader's answers (the browser's scoring.js does the same)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from playbook.checklists import Checklist, Level

# Item id → index of the chosen step on the checklist's scale.
Answers = dict[str, int]


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


def score(checklist: Checklist, answers: Answers) -> Score:
    """Weighted points over the answered items; answers to unknown items or off the scale are ignored."""
    earned = possible = 0.0
    answered = 0
    for item in checklist.items:
        choice = answers.get(item.id)
        if not isinstance(choice, int) or isinstance(choice, bool) or not 0 <= choice < len(checklist.scale):
            continue
        answered += 1
        earned += item.weight * checklist.scale[choice].points
        possible += item.weight * checklist.max_points
    if not answered:
        return Score(answered=0, total=len(checklist.items), percent=None, level=None)
    percent = round_half_up(100 * earned / possible) if possible else 0
    return Score(answered=answered, total=len(checklist.items), percent=percent, level=checklist.level_for(percent))
