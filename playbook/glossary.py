"""The glossary: one YAML file of terms and definitions, shown as a page and as tooltips."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Annotated

from pydantic import RootModel, StringConstraints

from playbook.textfile import read_text
from playbook.validation import validate
from playbook.yamlsource import parse_yaml

Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
Definition = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=240)]


class Glossary(RootModel[dict[Term, Definition]]):
    """`terme: définition`, one per line; the terms as they appear in the prose (same case)."""

    def entries(self) -> list[tuple[str, str]]:
        """Terms in French alphabetical order, ignoring case and accents."""
        return sorted(self.root.items(), key=lambda item: _sort_key(item[0]))


def _sort_key(term: str) -> str:
    decomposed = unicodedata.normalize("NFKD", term.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def load_glossary(path: Path, root: Path) -> Glossary:
    file = path.relative_to(root).as_posix()
    if not path.exists():
        return Glossary({})
    document = parse_yaml(read_text(path, file), file)
    if document.data is None:
        return Glossary({})
    return validate(Glossary, document)
