"""A new voice guide, as the generator makes one (voice-model.js `starter`), and its problems.

The generator shows, from its first paint, which steps a guide still lacks. For a new guide the
build gives it those problems, so that the page loads the validator only when the reader edits,
checks or reviews the guide, or when a saved guide is there to check (tests/unit/test_voice_starter.py
holds this module to voice-model.js and the browser's validator).
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

from playbook.schemafr import problem_places


def resolve(schema: dict, node: dict) -> dict:
    """`node` with its $ref followed (the node's own keywords win, as in JSON Schema 2020-12)."""
    current = node
    while "$ref" in current:
        target: Any = schema
        for key in current["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        current = {**target, **{key: value for key, value in current.items() if key != "$ref"}}
    return current


def blank(schema: dict, raw: dict) -> Any:
    """An empty value of `raw`: "" for a text, the fewest entries a list may have, an object with its
    required fields, a default where the schema has one; None where the reader must choose."""
    node = resolve(schema, raw)
    if "default" in node:
        return copy.deepcopy(node["default"])
    kind = node.get("type")
    if kind == "string":
        return ""
    if kind == "array":
        return [blank(schema, node["items"]) for _ in range(node.get("minItems", 0))]
    if kind == "object":
        value = {}
        for key in node.get("required", []):
            empty = blank(schema, node["properties"][key])
            if empty is not None:
                value[key] = empty
        return value
    return None


def starter(schema: dict, suggestions: dict, today: str) -> dict:
    """A new guide: empty, with the suggested words to prefer and avoid, dated `today`."""
    return {
        **blank(schema, schema),
        "lexique": {"preferes": copy.deepcopy(suggestions["preferes"]), "a_eviter": copy.deepcopy(suggestions["a_eviter"])},
        "date": today,
    }


def starter_problems(schema: dict, suggestions: dict) -> list[dict]:
    """Where a new guide falls short (`path`, `keyword`): what the generator's steps show first."""
    guide = starter(schema, suggestions, datetime.date.today().isoformat())
    return [{"path": list(path), "keyword": keyword} for path, keyword in problem_places(schema, guide)]
