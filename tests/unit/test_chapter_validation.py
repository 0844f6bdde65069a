"""Chapter front matter: each mistake is named, in French, at its line."""

from __future__ import annotations

import datetime

import pytest

from playbook.chapters import ChapterMeta, headings, slug_of
from playbook.errors import ContentErrors
from playbook.frontmatter import split_front_matter
from playbook.validation import validate

GOOD = "title: Titre\ndescription: Une phrase.\ndomaine: test\nobjectifs:\n  - Faire\nrevise: 2026-11-28\nresponsable: Équipe test\n"


def errors_for(front_matter: str) -> list[str]:
    text = f"---\n{front_matter}---\n\nCorps.\n"
    with pytest.raises(ContentErrors) as caught:
        validate(ChapterMeta, split_front_matter(text, "chapters/x.md").front_matter)
    return [str(error).replace("\u00a0", " ") for error in caught.value.errors]


def test_a_good_front_matter_is_accepted():
    source = split_front_matter(f"---\n{GOOD}---\n\nCorps.\n", "chapters/x.md")
    meta = validate(ChapterMeta, source.front_matter)
    assert meta.title == "Titre" and meta.duree is None and source.body_first_line == 10
    assert meta.revise == datetime.date(2026, 11, 28) and meta.responsable == "Équipe test"


def test_missing_title():
    assert errors_for(GOOD.replace("title: Titre\n", "")) == ["chapters/x.md:2: « title » est obligatoire"]


def test_unknown_key_points_at_the_key_and_suggests_the_right_one():
    assert errors_for(GOOD + "titel: Autre\n") == [
        "chapters/x.md:9: « titel » n’est pas un champ connu : vouliez-vous dire « title » ?"
    ]


def test_unknown_key_with_no_close_match_lists_the_allowed_keys():
        "chapters/x.md:9: « titel » n’est pas un champ connu : vouliez-vous dire « title » ?"


def test_wrong_types_are_named_with_their_line():
    assert errors_for(GOOD + "duree: dix\n") == ["chapters/x.md:9: « duree » doit être un nombre entier"]
    assert errors_for(GOOD.replace("title: Titre", "title: 12")) == ["chapters/x.md:2: « title » doit être un texte"]
    assert errors_for(GOOD.replace("  - Faire\n", "  - Faire\n  - 3\n")) == [
        "chapters/x.md:7: « objectifs[2] » doit être un texte"
    ]


def test_empty_and_out_of_range_values():
    assert errors_for(GOOD.replace("title: Titre", "title: ''")) == ["chapters/x.md:2: « title » ne doit pas être vide"]
    assert errors_for(GOOD + "duree: 0\n") == ["chapters/x.md:9: « duree » doit être supérieur à 0"]


def test_yaml_syntax_errors_and_repeated_keys_name_their_line():
    assert errors_for(GOOD + "description: [pas fermé\n")[0].startswith("chapters/x.md:10: YAML invalide")
    assert errors_for(GOOD + "title: Encore\n") == ["chapters/x.md:9: clé « title » en double : gardez-en une seule"]


def test_missing_or_unclosed_front_matter():
    with pytest.raises(ContentErrors, match="x.md:1: en-tête YAML manquant"):
        split_front_matter("# Titre\n", "x.md")
    with pytest.raises(ContentErrors, match="x.md:1: en-tête YAML non fermé"):
        split_front_matter("---\ntitle: a\n", "x.md")


def test_slug_drops_the_order_prefix_and_headings_skip_code():
    assert slug_of(__import__("pathlib").Path("chapters/03-service-client.md")) == "service-client"
    body = "## Un\n\n```\n## pas un titre\n```\n\n### Deux ##\n"
    assert [(h.level, h.text, h.line) for h in headings(body)] == [(2, "Un", 1), (3, "Deux", 7)]


def test_review_date_and_owner_are_required_and_well_formed():
    without_date = GOOD.replace("revise: 2026-11-28\n", "")
    assert errors_for(without_date) == ["chapters/x.md:2: « revise » est obligatoire"]
    assert errors_for(GOOD.replace("responsable: Équipe test\n", "")) == [
        "chapters/x.md:2: « responsable » est obligatoire"
    ]
    hint = "écrivez la date au format AAAA-MM-JJ, par exemple « 2026-11-28 »"
    assert errors_for(GOOD.replace("2026-11-28", "28/11/2026")) == [f"chapters/x.md:7: « revise » : {hint}"]
    assert errors_for(GOOD.replace("2026-11-28", "2026-13-01")) == [f"chapters/x.md:7: « revise » : date illisible : {hint}"]
    assert errors_for(GOOD.replace("2026-11-28", "20261128")) == [f"chapters/x.md:7: « revise » : {hint}"]
    assert errors_for(GOOD.replace("responsable: Équipe test", "responsable: ''")) == [
        "chapters/x.md:8: « responsable » ne doit pas être vide"
    ]


def test_a_quoted_review_date_is_read_as_a_date():
    source = split_front_matter(f"---\n{GOOD.replace('2026-11-28', chr(34) + '2026-11-28' + chr(34))}---\n", "chapters/x.md")
    assert validate(ChapterMeta, source.front_matter).revise == datetime.date(2026, 11, 28)
