"""The French message catalogue: one JSON file per namespace, read by Python and by the browser.

A message is a text with `{name}` placeholders, or a pair of texts chosen by `count`
(`{"one": …, "other": …}`, French rule: one below 2). `text("schema.type", kinds="un texte")`
in Python and `PlaybookSocial.text("schema.type", {kinds: "un texte"})` in the browser
give the same sentence; tests/fixtures/messages-cases.json holds both to it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

PLACEHOLDER = re.compile(r"\{(\w+)\}")
BROWSER_DIR = "assets/javascripts/messages"
# Groups no page shows, left out of the browser's scripts: the command line's sentences.
COMMAND_LINE_ONLY = {"voice": ("cli",)}
# Groups a page needs only once part of a widget has loaded, in a script of their own that adds
# them to their namespace: the voice generator's fields beyond the first step (lists, panels, scales,
# trait ideas) and its review step (exports, files, links, the draft checker).
LATER_PARTS = {
    "voice-fields": ("voice", ("add", "remove", "removeLabel", "removed", "listFull", "ideas", "tone", "panel", "example")),
    "voice-review": ("voice", ("checker", "exports", "import", "link", "review", "more")),
}


class MessageError(LookupError):
    """A key or a placeholder the catalogue does not have: a bug in the caller, never the reader's fault."""


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    """Namespace → its messages, from every `*.json` beside this module."""
    found = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda entry: entry.name):
        if entry.name.endswith(".json"):
            found[entry.name[: -len(".json")]] = json.loads(entry.read_text(encoding="utf-8"))
    return found


def lookup(key: str) -> Any:
    """The raw entry at `namespace.path.to.message`."""
    namespace, _, path = key.partition(".")
    entry: Any = catalogue().get(namespace)
    for part in path.split(".") if path else ():
        entry = entry.get(part) if isinstance(entry, dict) else None
    if entry is None:
        raise MessageError(f"unknown message: {key}")
    return entry


def plural_form(count: float) -> str:
    return "one" if abs(count) < 2 else "other"


def shown(value: Any) -> str:
    """A parameter as the browser shows it: 3.0 → "3", True → "true"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def fill(template: str, params: dict[str, Any]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            raise MessageError(f'missing parameter "{name}" for "{template}"')
        return shown(params[name])

    return PLACEHOLDER.sub(replace, template)


def text(key: str, **params: Any) -> str:
    """The sentence at `key`, its placeholders filled from `params`."""
    entry = lookup(key)
    if isinstance(entry, dict) and set(entry) == {"one", "other"}:
        if "count" not in params:
            raise MessageError(f'"{key}" has plural forms: give "count"')
        entry = entry[plural_form(params["count"])]
    if not isinstance(entry, str):
        raise MessageError(f'"{key}" is a group of messages, not a message')
    return fill(entry, params)


def browser_script(namespace: str, groups: dict[str, Any]) -> str:
    """The classic script that adds `groups` to one namespace of the browser's catalogue."""
    data = json.dumps(groups, ensure_ascii=False, separators=(",", ":"))
    return (
        "(window.PlaybookSocial=window.PlaybookSocial||{}).messages=window.PlaybookSocial.messages||{};"
        f"Object.assign(window.PlaybookSocial.messages[{json.dumps(namespace)}]=window.PlaybookSocial.messages[{json.dumps(namespace)}]||{{}},{data});\n"
    )


def browser_files() -> dict[str, str]:
    """Site path → script: one per namespace, with what pages show at once; one per later part."""
    later = {(namespace, key) for namespace, keys in LATER_PARTS.values() for key in keys}
    files = {}
    for namespace, groups in catalogue().items():
        left_out = set(COMMAND_LINE_ONLY.get(namespace, ())) | {key for shown_in, key in later if shown_in == namespace}
        files[f"{BROWSER_DIR}/{namespace}.js"] = browser_script(namespace, {key: entry for key, entry in groups.items() if key not in left_out})
    for part, (namespace, keys) in LATER_PARTS.items():
        files[f"{BROWSER_DIR}/{part}.js"] = browser_script(namespace, {key: catalogue()[namespace][key] for key in keys})
    return files
