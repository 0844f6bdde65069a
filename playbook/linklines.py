"""Give MkDocs' link warnings the line of the link, so an author can go straight to it."""

from __future__ import annotations

import logging
import re
from pathlib import Path

LINK_WARNING = re.compile(r"Doc file '(?P<file>[^']+)' contains a link '(?P<link>[^']+)'")
LOGGER = "mkdocs.structure.pages"


def line_of_link(text: str, link: str) -> int | None:
    """The first line where `link` is the target of a Markdown link or reference."""
    forms = (f"]({link}", f"]: {link}", f"<{link}>", f'href="{link}"')
    for number, line in enumerate(text.splitlines(), start=1):
        if any(form in line for form in forms):
            return number
    return None


class LinkLineFilter(logging.Filter):
    """Prefix `file:line: ` to MkDocs' « Doc file … contains a link … » warnings."""

    def __init__(self, search_dirs: list[Path]) -> None:
        super().__init__("playbook-link-lines")
        self.search_dirs = search_dirs

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        match = LINK_WARNING.match(message)
        if match:
            line = self._line(match["file"], match["link"])
            if line is not None:
                record.msg, record.args = f"{match['file']}:{line}: {message}", ()
        return True

    def _line(self, file: str, link: str) -> int | None:
        for directory in self.search_dirs:
            path = directory / file
            if path.is_file():
                return line_of_link(path.read_text(encoding="utf-8"), link)
        return None


def install(search_dirs: list[Path]) -> None:
    """Attach one filter to MkDocs' page logger (replacing any from an earlier build of `mkdocs serve`)."""
    logger = logging.getLogger(LOGGER)
    for old in [f for f in logger.filters if isinstance(f, LinkLineFilter)]:
        logger.removeFilter(old)
    logger.addFilter(LinkLineFilter(search_dirs))
