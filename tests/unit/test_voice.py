"""The voice guide in Python: spec problems with their lines, drafts, rendering and its filters,
the checker's rules and stems (the same tables as tests/js/voice-*.test.js), packaging."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
import yaml

from playbook.errors import ContentErrors
from playbook.schemafr import field_path
from playbook.voice.checker import check, counts, stem
from playbook.voice.filters import FILTERS
from playbook.voice.guide import render
from playbook.voice.spec import draft_of, load_spec, spec_problems
from playbook.voice.suggestions import parse_suggestions
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "voice"
GOOD = load_spec(FIXTURES / "good.yml")

BAD = {
    "missing-field": "missing-field.yml:1: « mission » est obligatoire",
    "unknown-key": "unknown-key.yml:3: « publik » n’est pas un champ connu : vouliez-vous dire « publics » ?",
    "too-few-traits": "too-few-traits.yml:6: « traits » doit contenir au moins 3 éléments",
    "tone-out-of-range": "tone-out-of-range.yml:29: « tons.serieux_drole » doit être compris entre 1 et 5",
    "bad-date": "bad-date.yml:48: « date » n’a pas la forme attendue : AAAA-MM-JJ",
    "wrong-type": "wrong-type.yml:32: « phrase_max » doit être un nombre entier",
    "empty-text": "empty-text.yml:38: « situations.crise.exemple » ne doit pas être vide",
    "yaml-syntax": "yaml-syntax.yml:3: YAML invalide : crochet « [ » non fermé (élément commencé ligne 2)",
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_each_spec_problem_names_its_line_and_field(case):
    path = FIXTURES / "bad" / f"{case}.yml"
    with pytest.raises(ContentErrors) as caught:
        load_spec(path, shown_as=path.name)
    assert [str(error).replace("\u00a0", " ") for error in caught.value.errors] == [BAD[case]]


def test_a_good_spec_has_no_problem_and_its_date_stays_text():
    assert spec_problems(GOOD) == []
    assert GOOD["date"] == "2026-11-23"


def test_problems_cover_every_missing_part_of_an_empty_guide():
    fields = {problem.field for problem in spec_problems({})}
    assert {"organisation", "traits", "tons", "situations", "lexique", "date"} <= fields
    assert field_path(("traits", 1, "a_faire", 0)) == "traits[2].a_faire[1]"


def test_a_complete_draft_builds_and_an_incomplete_one_names_each_missing_field(tmp_path):
    complete = tmp_path / "brouillon.json"
    complete.write_text(json.dumps(draft_of(GOOD)), encoding="utf-8")
    assert load_spec(complete) == GOOD
    unfinished = {**GOOD, "mission": "", "situations": {**GOOD["situations"], "crise": {"ressenti": "", "ton": "x", "exemple": "y"}}}
    for name, content in (("brouillon.json", json.dumps(draft_of(unfinished))), ("brouillon.yml", yaml.safe_dump(draft_of(unfinished), allow_unicode=True))):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ContentErrors) as caught:
            load_spec(path, shown_as=name)
        lines = [str(error).replace("\u00a0", " ") for error in caught.value.errors]
        assert lines[0].startswith(f"{name}:1: ce fichier est un brouillon de guide, pas encore complet")
        assert [line.split(": ", 1)[1] for line in lines[1:]] == ["« mission » ne doit pas être vide", "« situations.crise.ressenti » ne doit pas être vide"]
    yaml_lines = [error.line for error in caught.value.errors[1:]]
    assert yaml_lines == sorted(yaml_lines) and yaml_lines[0] > 1


def test_markdown_guide_has_every_section_and_escapes_text():
    spec = {**GOOD, "organisation": "L’atelier *test* <b>"}
    text = render(spec, "md")
    assert text.startswith("# Guide de voix de l’atelier \\*test\\* &lt;b&gt;\n")
    for heading in ("## À qui nous parlons", "## Notre caractère", "### Chaleureux, mais pas familier", "## Notre ton",
                    "## Selon les situations", "### Réclamation publique", "### Message interne", "## Nos mots"):
        assert f"\n{heading}\n" in text
    assert "| Sérieux ↔ drôle | ○●○○○ (2 sur 5, de «\u00a0sérieux\u00a0» à «\u00a0drôle\u00a0») |" in text
    assert "| cibles | les personnes |" in text
    assert "Mis à jour le 23 novembre 2026" in text


FILTER_CASES = json.loads((FIXTURES / "filter-cases.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", FILTER_CASES, ids=lambda case: f"{case['filter']}:{case['value']}")
def test_template_filters(case):
    assert FILTERS[case["filter"]](case["value"]) == case["expected"]


def test_the_guide_contracts_de_before_the_organisation_s_name():
    assert render({**GOOD, "organisation": "Les Jardins du Coin"}, "md").startswith("# Guide de voix des Jardins du Coin\n")
    assert "<title>Guide de voix du Comptoir</title>" in render({**GOOD, "organisation": "Le Comptoir"}, "html")


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.urls = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]


def test_html_guide_is_standalone_and_escaped():
    spec = {**GOOD, "mission": "<script>alert(1)</script>"}
    html = render(spec, "html")
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"fr\">")
    parser = Tags()
    parser.feed(html)
    assert "script" not in parser.tags and parser.urls == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    fragment = render(spec, "html", fragment=True)
    assert fragment.lstrip().startswith("<article") and "<html" not in fragment


CASES = json.loads((FIXTURES / "checker-cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("word, expected", CASES["stems"])
def test_snowball_french_stems(word, expected):
    assert stem(word) == expected


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda case: case["name"])
def test_checker_rules(case):
    spec = {"phrase_max": case["phrase_max"], "lexique": CASES["lexique"]}
    found = [{"rule": f.rule, "line": f.line, "column": f.column, "text": f.text, "message": f.message} for f in check(case["draft"], spec)]
    assert found == case["expected"]


def test_checker_counts_every_rule():
    spec = {"phrase_max": 30, "lexique": CASES["lexique"]}
    assert counts(check("Nos cibles !!", spec)) == {"mot-a-eviter": 1, "majuscules": 0, "exclamations": 1, "phrase-longue": 0}


def test_bad_suggestions_name_their_line_and_field():
    text = (ROOT / "playbook" / "voice" / "suggestions.yml").read_text(encoding="utf-8").replace("a_eviter:", "a_evitr:", 1)
    with pytest.raises(ContentErrors) as caught:
        parse_suggestions(text)
    assert "playbook/voice/suggestions.yml:" in str(caught.value)
    assert "« a_evitr » n’est pas un champ connu" in str(caught.value).replace("\u00a0", " ")


def test_the_package_reads_its_data_through_importlib_resources():
    """A non-editable install has no source tree around it: no file is found from __file__."""
    offenders = [path.name for path in (ROOT / "playbook").rglob("*.py") if "__file__" in path.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_fixture_guide_renders_as_the_node_test_expects():
    """tests/js/voice-render.test.js renders the same guide with nunjucks and compares to these files."""
    assert render(GOOD, "md") == (FIXTURES / "good.md").read_text(encoding="utf-8")
    assert render(GOOD, "html") == (FIXTURES / "good.html").read_text(encoding="utf-8")
