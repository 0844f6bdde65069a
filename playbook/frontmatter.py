"""Split a Markdown file into its YAML front matter (with line numbers) and its body."""

from __future__ import annotations

from dataclasses import dataclass

from playbook.errors import ContentError, ContentErrors
from playbook.yamlsource import YamlDocument, parse_yaml

FENCE = "---"


@dataclass(frozen=True)
class MarkdownSource:
    """A Markdown file's front matter and body; `body_first_line` is the body's first file line."""

    front_matter: YamlDocument
    body: str
    body_first_line: int


def split_front_matter(text: str, file: str) -> MarkdownSource:
    """Read `---` YAML `---` then Markdown; a missing or unclosed block raises ContentErrors."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FENCE:
        raise ContentErrors([ContentError(file, 1, "en-tête YAML manquant : le fichier doit commencer par « --- »")])
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == FENCE:
            yaml_text = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            document = parse_yaml(yaml_text, file, first_line=2)
            return MarkdownSource(front_matter=document, body=body, body_first_line=index + 2)
    raise ContentErrors([ContentError(file, 1, "en-tête YAML non fermé : ajoutez une ligne « --- » après le dernier champ")])
