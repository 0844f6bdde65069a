"""A voice spec: read from YAML or JSON, checked against playbook/schemas/voice.schema.json."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from playbook.errors import ContentError, ContentErrors
from playbook.schemafr import Problem, load_schema, problems
from playbook.yamlsource import parse_yaml

SCHEMA_FILE = "voice.schema.json"


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
        found = spec_problems(data)
        if found:
            raise ContentErrors([ContentError(name, 1, str(problem)) for problem in found])
        return data
    document = parse_yaml(text, name)
    data = dates_as_text(document.data)
    found = spec_problems(data)
    if found:
        errors = [
            ContentError(name, document.line_of(problem.path, key=problem.keyword == "additionalProperties"), str(problem))
            for problem in found
        ]
        raise ContentErrors(sorted(errors, key=lambda error: error.line))
    return data


def dates_as_text(value: Any) -> Any:
    """YAML reads `2026-11-23` as a date; the guide keeps it as the text the author wrote."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: dates_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [dates_as_text(item) for item in value]
    return value
