"""A build that must fail, run in this process: what `mkdocs build --strict` would print, without
starting an interpreter and importing MkDocs for each broken project (a second or two each).
`tests/sitebuild/test_build_errors.py` keeps real `mkdocs build` runs: its exit status, no traceback."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

# As run_mkdocs builds (tests/conftest.py): online, SCORM and xAPI off.
ENVIRONMENT = {"PLAYBOOK_OFFLINE": "false", "NO_MKDOCS_2_WARNING": "1"}
SWITCHES = ("PLAYBOOK_SCORM", "PLAYBOOK_XAPI_", "PLAYBOOK_SITE_URL")


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} - {record.getMessage()}")


@contextlib.contextmanager
def _environment(project: Path) -> Iterator[None]:
    saved, cwd = dict(os.environ), os.getcwd()
    for name in [name for name in os.environ if name.startswith(SWITCHES)]:
        del os.environ[name]
    os.environ.update(ENVIRONMENT)
    os.chdir(project)
    try:
        yield
    finally:
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(saved)


def failing_build_output(project: Path, site_dir: Path) -> str:
    """The warnings and errors of the strict build of `project`; the test fails if it builds."""
    handler = _Lines()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        with _environment(project):
            try:
                build(load_config(str(project / "mkdocs.yml"), strict=True, site_dir=str(site_dir)))
            except (Abort, MkDocsException) as exc:
                handler.lines.append(str(exc))
            else:
                raise AssertionError(f"{project} builds, yet it holds a mistake:\n" + "\n".join(handler.lines))
    finally:
        logger.removeHandler(handler)
    return "\n".join(handler.lines)
