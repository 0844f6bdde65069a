"""JSON Schema problems said in French, each with the path of its field (`« traits[2].est » …`).

The browser validates with ajv (code compiled from the same schema files, see validators.py) and
words its problems with the same catalogue (`validation` namespace) through validation.js; the
table of cases in tests/fixtures/schema-cases.json holds the two together.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from playbook.messages import text
from playbook.yamlsource import field_path

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

REQUIRED = re.compile(r"^'(.+)' is a required property$")
# Draft 2020-12 keywords our schemas may use, and our own annotations (declared to ajv as well).
KEYWORDS = frozenset(
    "$schema $id $ref $defs $comment title description default examples deprecated readOnly writeOnly "
    "type enum const properties required additionalProperties propertyNames patternProperties "
    "minProperties maxProperties items prefixItems minItems maxItems uniqueItems contains "
    "minLength maxLength pattern format minimum maximum exclusiveMinimum exclusiveMaximum multipleOf "
    "anyOf oneOf allOf not if then else".split()
)
ANNOTATIONS = frozenset({"x-format", "x-poles"})
MAPS_OF_SCHEMAS = {"properties", "$defs", "patternProperties"}
LISTS_OF_SCHEMAS = {"anyOf", "oneOf", "allOf", "prefixItems"}
SCHEMA_VALUED = {"items", "additionalProperties", "propertyNames", "contains", "not", "if", "then", "else"}


class UnknownKeyword(ValueError):
    """A schema uses a keyword neither JSON Schema 2020-12 nor this project defines."""


@dataclass(frozen=True)
class Problem:
    """What is wrong (`message`, a predicate) with the value at `path` (keys and 0-based indexes)."""

    path: tuple[str | int, ...]
    message: str
    keyword: str = ""

    @property
    def field(self) -> str:
        return field_path(self.path)

    def __str__(self) -> str:
        if not self.path:
            return f"{text('validation.document')} {self.message}"
        return text("validation.at", field=self.field, problem=self.message)


def unknown_keywords(schema: Any, where: str = "#") -> list[str]:
    """Every keyword of `schema` that is not a 2020-12 keyword nor one of our annotations."""
    found: list[str] = []
    if not isinstance(schema, dict):
        return found
    for key, value in schema.items():
        if key not in KEYWORDS and key not in ANNOTATIONS:
            found.append(f"{where}/{key}")
        elif key in MAPS_OF_SCHEMAS and isinstance(value, dict):
            for name, child in value.items():
                found += unknown_keywords(child, f"{where}/{key}/{name}")
        elif key in LISTS_OF_SCHEMAS and isinstance(value, list):
            for index, child in enumerate(value):
                found += unknown_keywords(child, f"{where}/{key}/{index}")
        elif key in SCHEMA_VALUED:
            found += unknown_keywords(value, f"{where}/{key}")
    return found


@cache
def load_data(name: str) -> dict:
    """A JSON file of `playbook/schemas/` (a schema, or data the schemas go with, like checker rules)."""
    return json.loads(resources.files("playbook").joinpath("schemas", name).read_text(encoding="utf-8"))


@cache
def load_schema(name: str) -> dict:
    """`playbook/schemas/<name>`; raises UnknownKeyword rather than let a keyword pass unchecked."""
    schema = load_data(name)
    unknown = unknown_keywords(schema)
    if unknown:
        raise UnknownKeyword(f"{name} : mots-clés inconnus de JSON Schema : {', '.join(unknown)}")
    return schema


def is_valid(schema: dict, data: Any) -> bool:
    """Whether `data` is valid, by jsonschema-rs: compiled once per schema, and imported in a tenth
    of the time Python's jsonschema takes (which every build and command would pay for nothing)."""
    try:
        return _compiled(schema).is_valid(data)
    except ValueError:  # a value JSON has no type for (a date read from YAML): let jsonschema word it
        return False


def problem_places(schema: dict, data: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """Where `data` falls short (`path`) and which keyword it fails, placed as `problems` places
    them (a missing or unknown key at its own path) but not worded: jsonschema-rs alone."""
    places: set[tuple[tuple[str | int, ...], str]] = set()
    try:
        errors = list(_compiled(schema).iter_errors(data))
    except ValueError:  # a value jsonschema-rs has no type for: the wording validator places it
        places.update((problem.path, problem.keyword) for problem in problems(schema, data))
        errors = []
    for error in errors:
        path, kind = tuple(error.instance_path), error.kind
        if kind.name == "required":
            places.add(((*path, kind.property), kind.name))
        elif kind.name == "additionalProperties":
            places.update(((*path, key), kind.name) for key in kind.unexpected)
        elif kind.name == "propertyNames":
            places.add(((*path, kind.error.instance), kind.name))
        else:
            places.add((path, kind.name))
    return sorted(places, key=lambda place: ([str(part) for part in place[0]], place[1]))


def _compiled(schema: dict) -> Any:
    compiled = _COMPILED.get(id(schema))
    if compiled is None or compiled[0] is not schema:
        compiled = _COMPILED[id(schema)] = (schema, jsonschema_rs.validator_for(schema))
    return compiled[1]


_COMPILED: dict[int, tuple[dict, Any]] = {}


def problems(schema: dict, data: Any) -> list[Problem]:
    """Every problem of `data`, sorted by path, in French: worded from Python's jsonschema, as the
    browser words them, which is loaded only when there is something to say."""
    if is_valid(schema, data):
        return []
    from jsonschema import Draft202012Validator

    found: list[Problem] = []
    for error in Draft202012Validator(schema).iter_errors(data):
        found.extend(_describe(error))
    return sorted(set(found), key=sort_key)


def sort_key(problem: Problem) -> tuple:
    return ([str(part) for part in problem.path], problem.message)


def _describe(error: ValidationError) -> list[Problem]:
    path = tuple(error.absolute_path)
    keyword, value, schema = error.validator, error.validator_value, error.schema
    if "propertyNames" in error.relative_schema_path:
        return [Problem((*path, error.instance), predicate("propertyNames", None, schema), "propertyNames")]
    if keyword == "required":
        match = REQUIRED.match(error.message)
        return [Problem((*path, match.group(1) if match else "?"), predicate("required", value, schema), "required")]
    if keyword == "additionalProperties":
        known = list(schema.get("properties", {}))
        return [
            Problem((*path, key), unknown_key(key, known), "additionalProperties")
            for key in error.instance
            if key not in known
        ]
    return [Problem(path, predicate(keyword, value, schema), keyword)]


def unknown_key(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    return text("validation.unknown", hint=text("validation.hint", close=close[0]) if close else "")


def predicate(keyword: str, value: Any, schema: dict) -> str:
    """The French predicate for one failed keyword: « doit être un texte », « est obligatoire »…"""
    if keyword == "type":
        kinds = [text(f"validation.kinds.{kind}") for kind in (value if isinstance(value, list) else [value])]
        joined = kinds[0]
        for kind in kinds[1:]:
            joined = text("validation.or", first=joined, second=kind)
        return text("validation.type", kinds=joined)
    if keyword in ("minItems", "maxItems", "minLength", "maxLength"):
        return text(f"validation.{keyword}", count=value)
    if keyword in ("minimum", "maximum"):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and high is not None:
            return text("validation.range", min=low, max=high)
        return text(f"validation.{keyword}", limit=value)
    if keyword in ("exclusiveMinimum", "exclusiveMaximum"):
        return text(f"validation.{keyword}", limit=value)
    if keyword == "pattern":
        return text("validation.pattern", format=schema.get("x-format", value))
    if keyword == "propertyNames":
        return text("validation.propertyNames", format=schema.get("x-format", schema.get("pattern", "")))
    if keyword == "const":
        return text("validation.const", value=value)
    if keyword == "enum":
        quoted = [text("validation.quoted", value=choice) for choice in value]
        joined = quoted[0]
        for choice in quoted[1:]:
            joined = text("validation.or", first=joined, second=choice)
        return text("validation.enum", values=joined)
    if keyword in ("anyOf", "oneOf"):
        return text("validation.anyOf", format=schema.get("x-format", ""))
    if keyword in ("required", "uniqueItems"):
        return text(f"validation.{keyword}")
    return text("validation.refused")
