"""JSON Schema problems said in French, each with the path of its field (`traits[2].est`).

The browser's schema.js reads the same schema files and words its messages the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from playbook.yamlsource import field_path

SCHEMAS = Path(__file__).resolve().parent / "schemas"
TYPE_NAMES = {"string": "un texte", "integer": "un nombre entier", "number": "un nombre", "array": "une liste", "object": "un objet", "boolean": "vrai ou faux"}
REQUIRED = re.compile(r"^'(.+)' is a required property$")


@dataclass(frozen=True)
class Problem:
    """What is wrong (`message`) with the value at `path` (keys and 0-based indexes)."""

    path: tuple[str | int, ...]
    message: str

    @property
    def field(self) -> str:
        return field_path(self.path)

    def __str__(self) -> str:
        return f"{self.field or 'le document'} : {self.message}"


@cache
def load_schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def problems(schema: dict, data: Any) -> list[Problem]:
    """Every problem of `data`, sorted by path, in French."""
    found: list[Problem] = []
    for error in Draft202012Validator(schema).iter_errors(data):
        found.extend(_describe(error))
    return sorted(set(found), key=lambda problem: ([str(part) for part in problem.path], problem.message))


def _describe(error: ValidationError) -> list[Problem]:
    path = tuple(error.absolute_path)
    keyword, value, schema = error.validator, error.validator_value, error.schema
    if keyword == "required":
        match = REQUIRED.match(error.message)
        return [Problem((*path, match.group(1) if match else "?"), "champ obligatoire manquant")]
    if keyword == "additionalProperties":
        known = set(schema.get("properties", {}))
        return [Problem((*path, key), "champ inconnu") for key in error.instance if key not in known]
    return [Problem(path, message_for(keyword, value, schema, error.instance))]


def message_for(keyword: str, value: Any, schema: dict, instance: Any) -> str:
    """The French sentence for one failed keyword (the same table as schema.js)."""
    if keyword == "type":
        kinds = value if isinstance(value, list) else [value]
        return "doit être " + " ou ".join(TYPE_NAMES.get(kind, kind) for kind in kinds)
    if keyword == "minItems":
        return f"au moins {value} élément{'s' if value > 1 else ''}"
    if keyword == "maxItems":
        return f"au plus {value} élément{'s' if value > 1 else ''}"
    if keyword == "minLength":
        return "ne doit pas être vide" if value == 1 else f"au moins {value} caractères"
    if keyword == "maxLength":
        return f"trop long\u00a0: {value} caractères au plus"
    if keyword in ("minimum", "maximum"):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and high is not None:
            return f"doit être compris entre {low} et {high}"
        return f"doit valoir au moins {low}" if keyword == "minimum" else f"doit valoir au plus {high}"
    if keyword == "pattern":
        return f"format attendu\u00a0: {schema.get('x-format', value)}"
    if keyword == "const":
        return f"doit valoir «\u00a0{value}\u00a0»"
    if keyword == "enum":
        return "doit valoir " + " ou ".join(f"«\u00a0{choice}\u00a0»" for choice in value)
    return "valeur refusée"
