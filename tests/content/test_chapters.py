"""The chapters as authors write them: structure, length, French typography, vocabulary, glossary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from playbook.chapters import (
    CLOSING_SECTIONS,
    OPENING_SECTION,
    WORD_RANGE,
    count_words,
    headings,
    load_chapter,
)
from playbook.frontmatter import split_front_matter
from playbook.glossary import load_glossary
from playbook.typography import faults, mode_of
from tests.conftest import ROOT

CHAPTERS = sorted((ROOT / "chapters").glob("*.md"))
PROSE_FILES = [
    *CHAPTERS,
    ROOT / "chapters" / "glossaire.yml",
    *sorted((ROOT / "exercises").rglob("*.yml")),
    *sorted((ROOT / "docs").rglob("*.md")),
    *sorted(path for path in (ROOT / "playbook" / "templates").rglob("*") if path.is_file()),
    ROOT / "README.md",
    *sorted((ROOT / "docs" / "assets" / "javascripts").rglob("*.js")),
    *sorted((ROOT / "playbook" / "schemas").glob("*.json")),
    *sorted((ROOT / "playbook" / "messages").glob("*.json")),
]
# The vocabulary of war and capture, allowed only when quoted to show what to drop.
WAR_WORDS = re.compile(r"\b(cibl\w*|captur\w*|bombard\w*|conquér\w*|conquier\w*|conquis\w*)", re.IGNORECASE)
QUOTED = re.compile(r"«[^»]*»")


def body_of(path: Path) -> str:
    return split_front_matter(path.read_text(encoding="utf-8"), path.name).body


def test_the_playbook_has_its_ten_chapters():
    assert len(CHAPTERS) == 10


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda path: path.name)
def test_chapter_has_the_required_sections_in_order(path):
    sections = [heading.text for heading in headings(body_of(path)) if heading.level == 2]
    assert sections[0] == OPENING_SECTION, f"{path.name} doit commencer par « {OPENING_SECTION} »"
    assert tuple(sections[-len(CLOSING_SECTIONS) :]) == CLOSING_SECTIONS, sections
    assert len(sections) > 1 + len(CLOSING_SECTIONS), "le chapitre n’a pas de corps entre « En bref » et « Exemples »"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda path: path.name)
def test_chapter_length_and_front_matter_are_in_range(path):
    chapter = load_chapter(path, ROOT)
    low, high = WORD_RANGE
    assert low <= count_words(body_of(path)) <= high
    assert 3 <= len(chapter.meta.objectifs) <= 5
    assert chapter.meta.duree is not None, "la durée de lecture est donnée par l’auteur"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda path: path.name)
def test_chapter_sections_hold_what_their_names_promise(path):
    body = body_of(path)
    blocks = re.split(r"^## ", body, flags=re.MULTILINE)
    section = {block.split("\n", 1)[0].strip(): block for block in blocks}
    assert 3 <= len(re.findall(r"^- ", section[OPENING_SECTION], re.MULTILINE)) <= 5
    assert "| À faire | À éviter |" in section["À faire / à éviter"]
    plays = re.findall(r"^/// play \| ", section["Passer à l’action"], re.MULTILINE)
    assert len(plays) >= 2, "« Passer à l’action » propose au moins deux plays"
    assert len(re.findall(r"^/// checklist \| ", section["Passer à l’action"], re.MULTILINE)) == 1
    assert len(re.findall(r"^- \S", section["Sources"], re.MULTILINE)) >= 1


def test_french_typography_of_every_prose_file():
    report = []
    for path in PROSE_FILES:
        text = path.read_text(encoding="utf-8")
        for fault in faults(text, **mode_of(path)):
            report.append(f"{path.relative_to(ROOT)}:{fault.line}:{fault.column}: {fault.message}")
    assert not report, "\n".join(report)


def test_war_vocabulary_appears_only_in_quotes():
    report = []
    for path in CHAPTERS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            unquoted = QUOTED.sub("", line)
            report += [f"{path.name}:{number}: « {m.group(0)} »" for m in WAR_WORDS.finditer(unquoted)]
    assert not report, "\n".join(report)


def test_every_glossary_term_is_used_in_a_chapter():
    text = "\n".join(path.read_text(encoding="utf-8") for path in CHAPTERS)
    glossary = load_glossary(ROOT / "chapters" / "glossaire.yml", ROOT)
    unused = [term for term, _ in glossary.entries() if term not in text]
    assert not unused
