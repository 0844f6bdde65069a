"""Whether a build speaks to an LMS (SCORM) or to a learning record store (xAPI), and how.

Both are off unless the build is asked for them, in `mkdocs.yml` or in the environment (which
wins, so that `make scorm` and a deployment script need not edit the file):

    extra:
      scorm: auto              # or "1.2", "2004"; PLAYBOOK_SCORM
      xapi:
        endpoint: https://lrs.exemple.fr/xAPI/     # PLAYBOOK_XAPI_ENDPOINT
        activity_base: https://intranet.exemple.fr/playbook   # PLAYBOOK_XAPI_ACTIVITY_BASE
        recipient: le service RH                   # PLAYBOOK_XAPI_RECIPIENT

The store's key is never in a file of the project: PLAYBOOK_XAPI_AUTH gives it at build time
(`clé:secret`, or `Basic …`), or the launch URL brings it (`?auth=…`, as an LMS or portal does).
Every mistake is reported as `mkdocs.yml:line: …` or `PLAYBOOK_… : …`, in French.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import AfterValidator, BeforeValidator, ValidationError

from playbook.checklists import Text
from playbook.course.activities import Strict
from playbook.errors import ContentError, ContentErrors
from playbook.validation import describe, validate
from playbook.yamlsource import YamlDocument, config_nodes

ENVIRONMENT = {
    "scorm": "PLAYBOOK_SCORM",
    "endpoint": "PLAYBOOK_XAPI_ENDPOINT",
    "activity_base": "PLAYBOOK_XAPI_ACTIVITY_BASE",
    "recipient": "PLAYBOOK_XAPI_RECIPIENT",
}
AUTH_VARIABLE = "PLAYBOOK_XAPI_AUTH"
# describe() names the field first (« @ » …): a variable's message names the variable instead.
PLACEHOLDER_FIELD = re.compile(r"^«\s*@\s*»\s*:?\s*")


def _web_address(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("doit être une adresse web complète, comme https://lrs.exemple.fr/xAPI/")
    if parts.username or parts.password:
        raise ValueError(f"ne doit pas contenir d’identifiants : donnez la clé par la variable {AUTH_VARIABLE}")
    if parts.query or parts.fragment:
        raise ValueError("ne doit contenir ni « ? » ni « # »")
    return value


def _version_text(value: Any) -> Any:
    """YAML reads `scorm: 1.2` as a number and `scorm: 2004` as an integer: both mean the text."""
    if isinstance(value, bool):
        return value
    return str(value) if isinstance(value, (int, float)) else value


WebAddress = Annotated[str, AfterValidator(_web_address)]


class XapiSettings(Strict):
    """Where statements go (`endpoint`), the base of their activity ids, and who reads them."""

    endpoint: WebAddress
    activity_base: WebAddress | None = None
    recipient: Text | None = None


class LmsExtra(Strict):
    scorm: Annotated[Literal["1.2", "2004", "auto"], BeforeValidator(_version_text)] | None = None
    xapi: XapiSettings | None = None


@dataclass(frozen=True)
class Xapi:
    """xAPI as the browser receives it: the endpoint (ending in /), the activity base (without a
    final /), who reads the statements, and the Authorization header given at build time, if any."""

    endpoint: str
    activity_base: str
    recipient: str | None
    auth: str | None

    @property
    def host(self) -> str:
        return urlsplit(self.endpoint).netloc


@dataclass(frozen=True)
class LmsSettings:
    scorm: str | None  # "1.2", "2004" or "auto" (the SCORM launcher speaks whichever API the LMS has)
    xapi: Xapi | None

    @classmethod
    def off(cls) -> LmsSettings:
        return cls(scorm=None, xapi=None)


def _extra_document(config_file: Path, extra: dict) -> YamlDocument:
    """`extra`'s scorm and xapi, with the YAML nodes of mkdocs.yml so that errors name their line."""
    node = None
    root = config_nodes(config_file)
    if isinstance(root, yaml.MappingNode):
        node = next((value for key, value in root.value if key.value == "extra"), None)
    data = {key: extra[key] for key in ("scorm", "xapi") if key in extra}
    return YamlDocument(data=data, node=node, file=config_file.name)


def _from_environment(environ: dict[str, str]) -> dict[str, Any]:
    return {field: environ[name].strip() for field, name in ENVIRONMENT.items() if environ.get(name, "").strip()}


class VariableError(ContentError):
    """A mistake in an environment variable: `PLAYBOOK_XAPI_ENDPOINT : …` (it has no line)."""

    def __str__(self) -> str:
        return f"{self.file} : {self.message}"


def _auth_header(value: str) -> str:
    if value.lower().startswith("basic "):
        return value
    if ":" not in value:
        raise ContentErrors([VariableError(AUTH_VARIABLE, 0, "doit être « clé:secret » ou « Basic … »")])
    return "Basic " + base64.b64encode(value.encode("utf-8")).decode("ascii")


def _environment_errors(exc: ValidationError) -> list[ContentError]:
    errors = []
    for detail in exc.errors(include_url=False):
        field = next((str(part) for part in reversed(detail["loc"]) if isinstance(part, str) and part in ENVIRONMENT), "endpoint")
        sentence = describe({**detail, "loc": ("@",)})
        errors.append(VariableError(ENVIRONMENT[field], 0, PLACEHOLDER_FIELD.sub("", sentence, count=1)))
    return errors


def load_settings(config_file: Path, extra: dict, site_url: str | None, environ: dict[str, str] | None = None) -> LmsSettings:
    """The build's SCORM and xAPI settings; raises ContentErrors listing every mistake."""
    environ = dict(os.environ if environ is None else environ)
    document = _extra_document(config_file, extra)
    xapi_data = document.data.get("xapi")
    if isinstance(xapi_data, dict) and "auth" in xapi_data:
        raise ContentErrors([document.error(("xapi", "auth"), f"la clé de l’entrepôt de traces ne s’écrit jamais dans mkdocs.yml : donnez-la au moment de construire par la variable {AUTH_VARIABLE}", key=True)])
    written = validate(LmsExtra, document)
    overrides = _from_environment(environ)
    merged: dict[str, Any] = {"scorm": overrides.get("scorm", written.scorm)}
    xapi_fields = {key: value for key, value in overrides.items() if key != "scorm"}
    if written.xapi is not None or xapi_fields:
        merged["xapi"] = {**(written.xapi.model_dump(exclude_none=True) if written.xapi else {}), **xapi_fields}
    try:
        settings = LmsExtra.model_validate(merged)
    except ValidationError as exc:
        raise ContentErrors(_environment_errors(exc)) from None
    xapi = None
    if settings.xapi is not None:
        base = settings.xapi.activity_base or site_url
        if not base:
            raise ContentErrors([document.error(("xapi",), f"indiquez la base des identifiants des activités : « xapi.activity_base », {ENVIRONMENT['activity_base']} ou, à défaut, site_url")])
        auth = environ.get(AUTH_VARIABLE, "").strip()
        endpoint = settings.xapi.endpoint if settings.xapi.endpoint.endswith("/") else settings.xapi.endpoint + "/"
        xapi = Xapi(endpoint=endpoint, activity_base=base.rstrip("/"), recipient=settings.xapi.recipient, auth=_auth_header(auth) if auth else None)
    return LmsSettings(scorm=settings.scorm, xapi=xapi)
