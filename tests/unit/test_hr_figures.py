"""The cohort report's figures, tables and CSV rows (playbook.hr) against the case table the browser runs too."""

from __future__ import annotations

import copy
import json

import pytest

from playbook.hr.figures import dedupe, figures
from playbook.hr.records import record_problems
from playbook.hr.tables import csv_rows, csv_text, tables
from tests.conftest import ROOT

TABLE = json.loads((ROOT / "tests" / "fixtures" / "cohort-cases.json").read_text(encoding="utf-8"))
CASES = TABLE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["title"][:60] for case in CASES])
def test_figures_tables_and_csv_rows_of_each_case(case):
    found = figures(TABLE["data"], case["records"])
    assert found == case["expected"]
    if "tables" in case:
        assert tables(TABLE["data"], found) == case["tables"]
        assert csv_rows(case["tables"]) == case["csv"]


def test_every_record_of_the_cases_is_a_valid_learner_record():
    for case in CASES:
        for record in case["records"]:
            assert record_problems(record) == [], record


def test_the_figures_neither_change_the_records_nor_depend_on_their_order_when_no_export_ties():
    case = CASES[-1]
    before = copy.deepcopy(case["records"])
    assert figures(TABLE["data"], list(reversed(case["records"]))) == case["expected"]
    assert case["records"] == before


def test_a_duplicate_export_at_the_same_instant_keeps_the_first():
    first = {"schema": "playbook-social/learner-record", "version": 2, "exportedAt": "2026-11-12T08:00:00Z", "learner": {"id": "bob00001"}, "checklists": {}}
    second = {**first, "exportedAt": "2026-11-12T09:00:00+01:00", "includesTexts": False}
    kept, duplicates = dedupe([first, second])
    assert kept == [first] and duplicates == 1


def test_csv_text_is_what_the_browser_writes():
    text = csv_text([["Question", "a;b", 'dit « oui » "vraiment"'], [], ["ligne\nsuivante"]])
    assert text == '\ufeffQuestion;"a;b";"dit « oui » ""vraiment"""\r\n\r\n"ligne\nsuivante"\r\n'
