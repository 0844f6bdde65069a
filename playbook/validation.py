"""Validate YAML data against a typed model and say, in French, what to fix and where."""

from __future__ import annotations

import difflib
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from playbook.errors import ContentError, ContentErrors, did_you_mean
from playbook.yamlsource import YamlDocument, field_path

Model = TypeVar("Model", bound=BaseModel)


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
    if kind in ("string_type", "string_sub_type"):
        return f"« {field} » doit être un texte"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"« {field} » doit être un nombre entier"
    if kind in ("float_type", "float_parsing"):
        return f"« {field} » doit être un nombre"
    if kind == "bool_type":
        return f"« {field} » doit valoir true ou false"
    if kind in ("list_type", "tuple_type"):
        return f"« {field} » doit être une liste"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"« {field} » doit être un dictionnaire de clés"
    if kind == "string_too_short":
        return f"« {field} » ne doit pas être vide"
    if kind == "string_too_long":
        return f"« {field} » est trop long : {ctx.get('max_length')} caractères au plus"
    if kind == "too_short":
        return f"« {field} » doit contenir au moins {ctx.get('min_length')} élément(s)"
    if kind == "too_long":
        return f"« {field} » doit contenir au plus {ctx.get('max_length')} élément(s)"
    if kind == "greater_than":
        return f"« {field} » doit être supérieur à {_number(ctx.get('gt'))}"
    if kind == "greater_than_equal":
        return f"« {field} » doit valoir au moins {_number(ctx.get('ge'))}"
    if kind == "less_than_equal":
        return f"« {field} » doit valoir au plus {_number(ctx.get('le'))}"
    if kind == "literal_error":
        return f"« {field} » doit valoir {ctx.get('expected')}"
    if kind == "value_error":
        return f"« {field} » : {ctx.get('error', detail['msg'])}"
    return f"« {field} » : {detail['msg']}"


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
