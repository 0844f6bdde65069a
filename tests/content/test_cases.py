"""One telling per case: each case of tests/data/cases.yml is told in full in one section; any other
chapter spends two sentences on it at most, and links to the chapter that tells it."""

from __future__ import annotations

import re

import pytest
import yaml

from playbook.chapters import headings
from playbook.frontmatter import split_front_matter
from tests.conftest import ROOT
from tests.content.prose import links_to, sentences

CASES = yaml.safe_load((ROOT / "tests" / "data" / "cases.yml").read_text(encoding="utf-8"))
CHAPTERS = sorted((ROOT / "chapters").glob("*.md"))
MAX_ELSEWHERE = 2
REQUIRED = {
    "rei", "kotex", "deux-produits", "adobe", "exacttarget", "equipe-autocritique", "presence-quotidienne",
    "personne-derriere-la-fonction", "quatre-marques", "colombie-britannique", "chevaux-plus-rapides",
}  # fmt: skip


def mentions(case: dict, chapter) -> list[str]:
    patterns = [re.compile(keyword) for keyword in case["keywords"]]
    return [s.text for s in sentences(chapter) if any(p.search(s.text) for p in patterns)]


def test_the_case_list_covers_the_cases_the_issue_names():
    assert REQUIRED <= set(CASES)
    for case_id, case in CASES.items():
        assert set(case) == {"name", "chapter", "section", "keywords"}, case_id
        assert case["keywords"], case_id


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_the_case_is_told_in_the_section_named(case_id):
    case = CASES[case_id]
    path = ROOT / "chapters" / case["chapter"]
    body = split_front_matter(path.read_text(encoding="utf-8"), path.name).body
    assert case["section"] in {heading.text for heading in headings(body)}, f"{case['chapter']} n’a pas la section « {case['section']} »"
    told = section_text(body, case["section"])
    assert any(re.search(keyword, told) for keyword in case["keywords"]), f"« {case['section']} » ne parle pas du cas {case_id}"


def section_text(body: str, title: str) -> str:
    """The text under the heading `title`, up to the next heading of the same or a higher level."""
    found = headings(body)
    lines = body.splitlines()
    start = next(heading for heading in found if heading.text == title)
    end = next((h.line for h in found if h.line > start.line and h.level <= start.level), len(lines) + 1)
    return "\n".join(lines[start.line : end - 1])


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_other_chapters_give_it_two_sentences_at_most_and_a_link(case_id):
    case = CASES[case_id]
    problems = []
    for chapter in CHAPTERS:
        if chapter.name == case["chapter"]:
            continue
        found = mentions(case, chapter)
        if len(found) > MAX_ELSEWHERE:
            problems.append(f"{chapter.name} en parle en {len(found)} phrases :\n  - " + "\n  - ".join(found))
        if found and not links_to(chapter, case["chapter"]):
            problems.append(f"{chapter.name} en parle sans lien vers {case['chapter']}")
    assert not problems, "\n".join(problems)
