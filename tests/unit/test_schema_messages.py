"""JSON Schema problems in French: the table of cases the browser's validation also runs (tests/js)."""

from __future__ import annotations

import json
import re

import pytest

from playbook.schemafr import (
    ANNOTATIONS,
    UnknownKeyword,
    load_schema,
    problems,
    unknown_keywords,
)
from playbook.validators import SCHEMAS
from tests.conftest import ROOT

CASES = json.loads((ROOT / "tests" / "fixtures" / "schema-cases.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['schema']}: {case['title']}")
def test_each_problem_reads_as_in_the_browser(case):
    found = problems(load_schema(SCHEMAS[case["schema"]]), case["data"])
    assert [[problem.field, problem.message] for problem in found] == case["problems"]


def test_the_table_covers_valid_and_invalid_documents_of_every_browser_schema():
    assert {case["schema"] for case in CASES} == set(SCHEMAS)
    assert any(not case["problems"] for case in CASES) and sum(bool(case["problems"]) for case in CASES) >= 15


def test_an_unknown_keyword_never_passes_silently():
    assert unknown_keywords({"type": "object", "properties": {"a": {"typ": "string"}}, "x-other": 1}) == [
        "#/properties/a/typ",
        "#/x-other",
    ]
    with pytest.raises(UnknownKeyword):
        load_schema.__wrapped__("voice-checker.json")


def test_python_and_the_browser_compiler_declare_the_same_annotations():
    script = (ROOT / "scripts" / "validators.cjs").read_text(encoding="utf-8")
    declared = re.search(r"const ANNOTATIONS = \[([^\]]*)\]", script).group(1)
    assert set(re.findall(r'"([^"]+)"', declared)) == set(ANNOTATIONS)
