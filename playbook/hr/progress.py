"""A progress bar on standard error, for long imports: only on a terminal, and only for many files."""

from __future__ import annotations

import sys
from typing import TextIO

MANY = 50
WIDTH = 30


class Progress:
    """`Progress(total, label)`, then `.advance()` per item and `.close()`; silent when not worth showing."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.label = label
        self.done = 0
        self.shown = -1
        self.active = total >= MANY and self.stream.isatty()

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.active:
            return
        filled = WIDTH * self.done // self.total
        if filled != self.shown or self.done == self.total:
            self.shown = filled
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (WIDTH - filled)}] {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.active:
            self.stream.write("\r" + " " * (len(self.label) + WIDTH + 4 + 2 * len(str(self.total)) + 1) + "\r")
            self.stream.flush()
