"""Validate YAML data against a typed model and say, in French, what to fix and where."""

from __future__ import annotations

import difflib
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from playbook.errors import ContentError, ContentErrors, did_you_mean
from playbook.yamlsource import YamlDocument, field_path

Model = TypeVar("Model", bound=BaseModel)
# Pydantic error types → the French sentence for them; {field} and the error's context fill it in.
SENTENCES = (
    (("string_type", "string_sub_type"), "« {field} » doit être un texte"),
    (("int_type", "int_parsing", "int_from_float"), "« {field} » doit être un nombre entier"),
    (("float_type", "float_parsing"), "« {field} » doit être un nombre"),
    (("bool_type",), "« {field} » doit valoir true ou false"),
    (("list_type", "tuple_type"), "« {field} » doit être une liste"),
    (("dict_type", "model_type", "model_attributes_type"), "« {field} » doit être un dictionnaire de clés"),
    (("string_too_short",), "« {field} » ne doit pas être vide"),
    (("string_too_long",), "« {field} » est trop long : {max_length} caractères au plus"),
    (("too_short",), "« {field} » doit contenir au moins {min_length} élément(s)"),
    (("too_long",), "« {field} » doit contenir au plus {max_length} élément(s)"),
    (("greater_than",), "« {field} » doit être supérieur à {gt}"),
    (("greater_than_equal",), "« {field} » doit valoir au moins {ge}"),
    (("less_than_equal",), "« {field} » doit valoir au plus {le}"),
    (("literal_error",), "« {field} » doit valoir {expected}"),
)


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
    field = field_path(location) or "le document"
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    if kind == "missing":
        return f"champ obligatoire « {field} » manquant"
    if kind == "extra_forbidden":
        key = str(location[-1])
        hint = (did_you_mean(key, allowed) or f" (clés permises : {', '.join(allowed)})") if allowed else ""
        return f"clé inconnue « {field} »{hint}"
    if kind == "literal_error":
        ctx = {**ctx, "expected": _french_choices(str(ctx.get("expected", "")))}
    template = next((text for kinds, text in SENTENCES if kind in kinds), None)
    if template:
        return template.format(field=field, **{key: _number(value) for key, value in ctx.items()})
    if kind == "value_error":
        return f"« {field} » : {ctx.get('error', detail['msg'])}"
    return f"« {field} » : {detail['msg']}"


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
