"""JSON Schema problems in French: the table of cases the browser's validation also runs (tests/js)."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys

import pytest

from playbook.schemafr import (
    ANNOTATIONS,
    UnknownKeyword,
    load_schema,
    problem_places,
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


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['schema']}: {case['title']}")
def test_problems_are_placed_by_the_fast_validator_where_the_wording_one_places_them(case):
    schema = load_schema(SCHEMAS[case["schema"]])
    worded = sorted({(problem.path, problem.keyword) for problem in problems(schema, case["data"])}, key=lambda place: ([str(part) for part in place[0]], place[1]))
    assert problem_places(schema, case["data"]) == worded


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


def test_a_date_read_from_yaml_is_worded_like_any_value_of_the_wrong_type():
    """The fast validator has no type for a date (YAML reads `date: 2026-11-28` as one): its
    problem is still said, by the same words as for any value that is not a text."""
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {"date": {"type": "string"}}}
    found = problems(schema, {"date": datetime.date(2026, 11, 28)})
    assert [str(problem) for problem in found] == ["«\u00a0date\u00a0» doit être un texte"]
    assert problem_places(schema, {"date": datetime.date(2026, 11, 28)}) == [(("date",), "type")]


def test_valid_documents_and_places_of_problems_need_no_wording_validator():
    """Every build and every command checks valid content, and the build places the problems of
    the generator's empty guide: Python's jsonschema, slow to load, is only loaded to word one."""
    script = (
        "import sys; from playbook.schemafr import load_schema, problem_places, problems; from playbook.validators import SCHEMAS; "
        "import json; cases = json.load(open(sys.argv[1], encoding='utf-8'))['cases']; "
        "valid = [case for case in cases if not case['problems']]; "
        "assert all(problems(load_schema(SCHEMAS[case['schema']]), case['data']) == [] for case in valid) and valid; "
        "assert any(problem_places(load_schema(SCHEMAS[case['schema']]), case['data']) for case in cases); "
        "print('jsonschema' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(ROOT / "tests" / "fixtures" / "schema-cases.json")], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "False"
