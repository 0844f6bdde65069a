"""Content errors: what is wrong, in which file, on which line."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError:
    """One problem in an author's file, reported as `file:line: message`."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def did_you_mean(word: str, choices: Iterable[str], shown: str = "{}") -> str:
    """` : vouliez-vous dire « title » ?` when a choice is close to `word`, else an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" : vouliez-vous dire « {shown.format(close[0])} » ?" if close else ""


class ContentErrors(Exception):
    """Every problem found in a batch of content files; the build reports them all at once."""

    def __init__(self, errors: list[ContentError]) -> None:
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors
