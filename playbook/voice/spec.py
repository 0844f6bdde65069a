"""A voice spec: read from YAML or JSON, checked against playbook/schemas/voice.schema.json.

The generator exports an unfinished guide as a draft, `{"brouillon": true, "guide": {…}}`: a
draft whose guide is complete builds like any guide; otherwise each missing piece is named.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from playbook.errors import ContentError, ContentErrors
from playbook.messages import text as message
from playbook.schemafr import Problem, load_schema, problems
from playbook.yamlsource import parse_yaml

SCHEMA_FILE = "voice.schema.json"
DRAFT_KEYS = {"brouillon", "guide"}


def is_draft(data: Any) -> bool:
    """The generator's envelope for an unfinished guide."""
    return isinstance(data, dict) and set(data) == DRAFT_KEYS and data["brouillon"] is True


def draft_of(spec: Any) -> dict:
    return {"brouillon": True, "guide": spec}


def schema() -> dict:
    return load_schema(SCHEMA_FILE)


def spec_problems(spec: Any) -> list[Problem]:
    """Every way `spec` breaks the voice schema (empty when it is a valid guide)."""
    return problems(schema(), spec)


def load_spec(path: Path, shown_as: str | None = None) -> dict:
    """Read and check a spec file; raise ContentErrors with one `file:line: field : problem` per problem."""
    name = shown_as or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentErrors([ContentError(name, 1, f"fichier illisible ({exc.strerror or exc})")]) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ContentErrors([ContentError(name, exc.lineno, f"JSON invalide : {exc.msg}")]) from None
        guide, draft = _unwrapped(data)
        found = spec_problems(guide)
        if found:
            raise ContentErrors(_draft_notice(name, draft) + [ContentError(name, 1, str(problem)) for problem in found])
        return guide
    document = parse_yaml(text, name)
    guide, draft = _unwrapped(dates_as_text(document.data))
    found = spec_problems(guide)
    if found:
        prefix = ("guide",) if draft else ()
        errors = [
            ContentError(name, document.line_of(prefix + problem.path, key=problem.keyword == "additionalProperties"), str(problem))
            for problem in found
        ]
        raise ContentErrors(_draft_notice(name, draft) + sorted(errors, key=lambda error: error.line))
    return guide


def _unwrapped(data: Any) -> tuple[Any, bool]:
    """(the guide, whether it came in a draft's envelope)."""
    return (data["guide"], True) if is_draft(data) else (data, False)


def _draft_notice(name: str, draft: bool) -> list[ContentError]:
    return [ContentError(name, 1, message("voice.cli.draft"))] if draft else []


def dates_as_text(value: Any) -> Any:
    """YAML reads `2026-11-23` as a date; the guide keeps it as the text the author wrote."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: dates_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [dates_as_text(item) for item in value]
    return value
