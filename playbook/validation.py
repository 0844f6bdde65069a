"""Validate YAML data against a typed model and say, in French, what to fix and where."""

from __future__ import annotations

import difflib
import re
from typing import TypeVar

from pydantic import AfterValidator, BaseModel, ValidationError, ValidationInfo
from pydantic_core import ErrorDetails

from playbook.errors import ContentError, ContentErrors, did_you_mean
from playbook.messages import text
from playbook.yamlsource import YamlDocument, field_path

Model = TypeVar("Model", bound=BaseModel)
# Pydantic error types → the catalogue's predicate for them (the same words as JSON Schema's, see
# schemafr.py) and the context keys that fill it in.
PREDICATES = {
    "string_type": ("validation.type", {"kinds": "validation.kinds.string"}),
    "string_sub_type": ("validation.type", {"kinds": "validation.kinds.string"}),
    "int_type": ("validation.type", {"kinds": "validation.kinds.integer"}),
    "int_parsing": ("validation.type", {"kinds": "validation.kinds.integer"}),
    "int_from_float": ("validation.type", {"kinds": "validation.kinds.integer"}),
    "float_type": ("validation.type", {"kinds": "validation.kinds.number"}),
    "float_parsing": ("validation.type", {"kinds": "validation.kinds.number"}),
    "bool_type": ("validation.type", {"kinds": "validation.kinds.boolean"}),
    "list_type": ("validation.type", {"kinds": "validation.kinds.array"}),
    "tuple_type": ("validation.type", {"kinds": "validation.kinds.array"}),
    "dict_type": ("validation.type", {"kinds": "validation.kinds.object"}),
    "model_type": ("validation.type", {"kinds": "validation.kinds.object"}),
    "model_attributes_type": ("validation.type", {"kinds": "validation.kinds.object"}),
    "date_type": ("validation.pattern", {}),
    "date_parsing": ("validation.pattern", {}),
    "date_from_datetime_parsing": ("validation.pattern", {}),
}
COUNTED = {
    "string_too_short": ("validation.minLength", "min_length"),
    "string_too_long": ("validation.maxLength", "max_length"),
    "too_short": ("validation.minItems", "min_length"),
    "too_long": ("validation.maxItems", "max_length"),
}
LIMITS = {
    "greater_than": ("validation.exclusiveMinimum", "gt"),
    "greater_than_equal": ("validation.minimum", "ge"),
    "less_than": ("validation.exclusiveMaximum", "lt"),
    "less_than_equal": ("validation.maximum", "le"),
}
DATE_FORMAT = "AAAA-MM-JJ, comme 2026-11-28"


def validate(model: type[Model], document: YamlDocument, context: dict | None = None) -> Model:
    """Return the model built from the document, or raise ContentErrors with one line per problem."""
    if not isinstance(document.data, dict):
        raise ContentErrors([document.error((), "un dictionnaire de clés (« clé: valeur ») est attendu")])
    try:
        return model.model_validate(document.data, context=context)
    except ValidationError as exc:
        raise ContentErrors(errors_for(model, document, exc)) from None


def errors_for(model: type[BaseModel], document: YamlDocument, exc: ValidationError) -> list[ContentError]:
    """One ContentError per pydantic error, each at the line of the value it concerns."""
    details = exc.errors(include_url=False)
    # A misspelt key (« titel ») also leaves its field missing: report the typo only, with its fix.
    misspelt = set()
    for detail in details:
        if detail["type"] == "extra_forbidden":
            location = _location(detail)
            close = difflib.get_close_matches(str(location[-1]), _allowed_keys(model, location), n=1)
            if close:
                misspelt.add((*location[:-1], close[0]))
    errors = []
    for detail in details:
        location = _location(detail)
        if detail["type"] == "missing" and location in misspelt:
            continue
        message = describe(detail, _allowed_keys(model, location))
        errors.append(document.error(location, message, key=detail["type"] == "extra_forbidden"))
    return errors


def describe(detail: ErrorDetails, allowed: list[str] | None = None) -> str:
    """A French sentence that says what is wrong with one value and how to fix it."""
    location = _location(detail)
    field = field_path(location) or text("validation.document")
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    if kind == "missing":
        problem = text("validation.required")
    elif kind == "extra_forbidden":
        key = str(location[-1])
        close = difflib.get_close_matches(key, allowed or [], n=1)
        if close:
            hint = text("validation.hint", close=close[0])
        else:
            hint = text("validation.allowed", keys=", ".join(allowed)) if allowed else ""
        problem = text("validation.unknown", hint=hint)
    elif kind in PREDICATES:
        key, params = PREDICATES[kind]
        problem = text(key, format=DATE_FORMAT, **{name: text(value) for name, value in params.items()})
    elif kind in COUNTED:
        key, name = COUNTED[kind]
        problem = text(key, count=ctx[name])
    elif kind in LIMITS:
        key, name = LIMITS[kind]
        problem = text(key, limit=_number(ctx[name]))
    elif kind == "literal_error":
        problem = text("validation.enum", values=_french_choices(str(ctx.get("expected", ""))))
    elif kind == "value_error":
        return text("validation.said", field=field, problem=ctx.get("error", detail["msg"]))
    else:
        return text("validation.said", field=field, problem=detail["msg"])
    return text("validation.at", field=field, problem=problem)


def _french_choices(expected: str) -> str:
    """Pydantic's « 'a', 'b' or 'c' » said the French way: « a », « b » ou « c »."""
    choices = re.findall(r"'([^']*)'", expected)
    if not choices:
        return expected
    quoted = [f"«\u00a0{choice}\u00a0»" for choice in choices]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " ou " + quoted[-1]


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _location(detail: ErrorDetails) -> tuple:
    # Pydantic adds the tag of a union member or a validator name as a string part; keep data keys only.
    return tuple(part for part in detail["loc"] if not (isinstance(part, str) and part.startswith("function-")))


def _allowed_keys(model: type[BaseModel], location: tuple) -> list[str]:
    current: type[BaseModel] | None = model
    for part in location[:-1]:
        if current is None or isinstance(part, int):
            continue
        field = current.model_fields.get(str(part))
        current = _model_in(field.annotation) if field else None
    return list(current.model_fields) if current else []


def _model_in(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        found = _model_in(argument)
        if found:
            return found
    return None


def known_id(kind: str, context_key: str, folder: str) -> AfterValidator:
    """An id that must name one of the `context_key` ids the validation context holds (a play, a
    template…): « play « x » introuvable dans exercises/plays/ : vouliez-vous dire… »."""

    def check(value: str, info: ValidationInfo) -> str:
        known: set[str] = (info.context or {}).get(context_key, set())
        if value not in known:
            raise ValueError(f"{kind} « {value} » introuvable dans {folder}{did_you_mean(value, known)}")
        return value

    return AfterValidator(check)
