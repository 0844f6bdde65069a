"""YAML parsed with its positions, so that every problem can name its line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from playbook.errors import ContentError, ContentErrors

Location = tuple[str | int, ...]


def field_path(location: Location) -> str:
    """('traits', 1, 'est') → `traits[2].est`: indexes counted from 1, as people count."""
    text = ""
    for part in location:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@dataclass(frozen=True)
class YamlDocument:
    """A YAML document's data and node tree; `first_line` is the file line where the YAML starts."""

    data: Any
    node: yaml.Node | None
    file: str
    first_line: int = 1

    def line_of(self, location: Location, *, key: bool = False) -> int:
        """The file line of the value at `location` (of its key, if `key`), or of its closest parent."""
        node = self.node
        line = node.start_mark.line if node is not None else 0
        for index, part in enumerate(location):
            child = _child(node, part, key=key and index == len(location) - 1)
            if child is None:
                break
            node = child
            line = child.start_mark.line
        return self.first_line + line

    def error(self, location: Location, message: str, *, key: bool = False) -> ContentError:
        return ContentError(self.file, self.line_of(location, key=key), message)


def _child(node: yaml.Node | None, part: str | int, *, key: bool = False) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if key_node.value == part:
                return key_node if key or _is_empty(value) else value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part]
    return None


def _is_empty(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.value == ""


class _Loader(yaml.CSafeLoader):
    """libyaml's safe loader (fast, with line numbers), except that a date that does not exist (2026-13-01) stays text, for validation to name."""


def _timestamp_or_text(loader: yaml.CSafeLoader, node: yaml.ScalarNode):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def parse_yaml(text: str, file: str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document (libyaml's C parser, with line numbers); a syntax error, an alias
    (`*name`) or a repeated key raises ContentErrors with its line."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            _refuse_aliases(node, text, file, first_line)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        message = f"YAML invalide : {_french_problem(exc.problem or exc.context or '')}"
        if exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
            message += f" (élément commencé ligne {first_line + exc.context_mark.line})"
        raise ContentErrors([ContentError(file, line, message)]) from None
    document = YamlDocument(data=data, node=node, file=file, first_line=first_line)
    duplicates = list(_duplicate_keys(node, document))
    if duplicates:
        raise ContentErrors(duplicates)
    return document


def config_nodes(config_file: Path) -> yaml.Node | None:
    """mkdocs.yml's node tree (libyaml), for the lines of errors in `extra`; its tags (`!ENV`…)
    are kept, never constructed. None when it cannot be read: MkDocs has reported that already."""
    try:
        return yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except (OSError, yaml.YAMLError):
        return None


def _refuse_aliases(root: yaml.Node | None, text: str, file: str, first_line: int) -> None:
    """A node met twice in the tree is an alias: refused, since nested aliases (« billion laughs »)
    make a few lines grow into gigabytes. The walk stops at the first repeat, so it stays linear."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise ContentErrors([ContentError(file, first_line + _alias_line(text), ALIAS_MESSAGE)])
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in node.value for child in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


ALIAS_MESSAGE = "alias YAML (« *nom ») refusé : recopiez la valeur à cet endroit au lieu d’y renvoyer"


def _alias_line(text: str) -> int:
    """The 0-based line of the first alias of `text` (only read when there is one)."""
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark.line
    return 0


YAML_PROBLEMS = (
    ("mapping values are not allowed", "deux-points inattendu : mettez ce texte entre guillemets doubles"),
    ("could not find expected ':'", "il manque « : » après une clé"),
    ("expected ',' or ']'", "crochet « [ » non fermé"),
    ("expected ',' or '}'", "accolade « { » non fermée"),
    ("found character '\\t'", "tabulation : indentez avec des espaces"),
    ("found unexpected end of stream", "guillemet non fermé"),
    ("did not find expected key", "indentation incohérente"),
    ("expected <block end>", "indentation incohérente"),
    ("did not find expected '-'", "indentation incohérente dans une liste"),
)


def _french_problem(problem: str) -> str:
    """PyYAML's problem, said in French when it is a common one; as PyYAML says it otherwise."""
    for english, french in YAML_PROBLEMS:
        if english in problem:
            return french
    return problem or "syntaxe invalide"


def _duplicate_keys(node: yaml.Node | None, document: YamlDocument):
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                yield ContentError(
                    document.file,
                    document.first_line + key.start_mark.line,
                    f"clé « {key.value} » en double : gardez-en une seule",
                )
            seen.add(key.value)
            yield from _duplicate_keys(value, document)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _duplicate_keys(item, document)
