"""A chapter's prose as sentences, the way a reader meets them: for tests on what is said where."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from playbook.chapters import FENCE, HEADING
from playbook.frontmatter import split_front_matter

LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MARKUP = re.compile(r"\*\*|\*|`|<[^>]+>|\{:[^}]*\}")
PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«“\"(A-ZÀ-ÖØ-Ý0-9])")
LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
BLOCK_LINE = re.compile(r"^\s*/{3,}")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
SPACES = re.compile(r"[\s\u00a0\u202f]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a chapter: its text (markup removed) and the section (h2) it stands in."""

    text: str
    section: str

    @property
    def key(self) -> str:
        return normalise(self.text)

    @property
    def words(self) -> int:
        return len(self.key.split())


def normalise(text: str) -> str:
    """Lower case, typographic apostrophes and spaces made plain, punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    return " ".join(re.findall(r"[\w']+", text))


def plain(text: str) -> str:
    text = LINK.sub(lambda m: m.group(1), text)
    text = PLACEHOLDER.sub("X", text)
    text = MARKUP.sub("", text)
    return SPACES.sub(" ", text).strip()


def sentences(path: Path) -> list[Sentence]:
    """Every sentence of a chapter's body: paragraphs split at full stops, list items and table cells
    on their own; headings, code, block lines and front matter left out."""
    body = split_front_matter(path.read_text(encoding="utf-8"), path.name).body
    found: list[Sentence] = []
    section = ""
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            for piece in SENTENCE_END.split(plain(" ".join(paragraph))):
                if piece.strip():
                    found.append(Sentence(piece.strip(), section))
            paragraph.clear()

    for line in body.splitlines():
        if FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        heading = HEADING.match(line)
        if heading:
            flush()
            if len(heading.group(1)) == 2:
                section = heading.group(2)
            continue
        if not line.strip() or BLOCK_LINE.match(line) or TABLE_RULE.match(line):
            flush()
            continue
        if line.lstrip().startswith("|"):
            flush()
            for cell in line.strip().strip("|").split("|"):
                paragraph.append(cell)
                flush()
            continue
        if LIST_MARKER.match(line):
            flush()
            line = LIST_MARKER.sub("", line)
        paragraph.append(line.strip())
    flush()
    return found


def links_to(path: Path, chapter_file: str) -> bool:
    """True when the chapter links to `chapter_file` (any section of it)."""
    return bool(re.search(r"\]\(" + re.escape(chapter_file) + r"(#[^)]*)?\)", path.read_text(encoding="utf-8")))
