"""Authors' files as editors save them: encodings other than UTF-8, and YAML aliases, get one clear line."""

from __future__ import annotations

import time

import pytest

from playbook.errors import ContentErrors
from playbook.textfile import decode
from playbook.voice.spec import load_spec
from playbook.yamlsource import parse_yaml

BILLION_LAUGHS = "\n".join(
    [
        'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
        *(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]" for previous, name in zip("abcdefg", "bcdefgh")),
    ]
)


def messages(call) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        call()
    return [str(error) for error in caught.value.errors]


def test_utf8_with_or_without_a_byte_order_mark_reads_the_same():
    assert decode("Réclamation\n".encode("utf-8-sig"), "a.md") == decode("Réclamation\n".encode(), "a.md") == "Réclamation\n"


def test_windows_1252_is_named_with_the_line_of_the_first_unreadable_character():
    data = "---\ntitle: Titre\n---\n\nUne réclamation.\n".encode("cp1252")
    assert messages(lambda: decode(data, "chapters/03-x.md")) == [
        "chapters/03-x.md:5: ce fichier est enregistré en Windows-1252 (ou Latin-1) (caractère illisible ligne 5) : "
        "ré-enregistrez-le en UTF-8 (dans votre éditeur : « Enregistrer sous », encodage « UTF-8 »)"
    ]


def test_utf16_is_named_at_line_1():
    [message] = messages(lambda: decode("Titre\n".encode("utf-16"), "exercises/checklists/x.yml"))
    assert message.startswith("exercises/checklists/x.yml:1: ce fichier est enregistré en UTF-16 : ré-enregistrez-le en UTF-8")


def test_yaml_aliases_are_refused_at_the_line_of_the_first_one_and_quickly():
    started = time.perf_counter()
    [message] = messages(lambda: parse_yaml(BILLION_LAUGHS, "voix.yml"))
    assert time.perf_counter() - started < 1  # refused before anything grows, not merely in the end
    assert message.startswith("voix.yml:2: alias YAML (« *nom ») refusé")
    assert messages(lambda: parse_yaml("a: &x 1\nb: *x\n", "f.yml", first_line=3)) == [
        "f.yml:4: alias YAML (« *nom ») refusé : recopiez la valeur à cet endroit au lieu d’y renvoyer"
    ]


def test_an_anchor_without_alias_is_harmless():
    assert parse_yaml("a: &x 1\nb: 2\n", "f.yml").data == {"a": 1, "b": 2}


def test_the_voice_cli_refuses_a_billion_laughs_spec(tmp_path):
    path = tmp_path / "voix.yml"
    path.write_text(BILLION_LAUGHS + "\n", encoding="utf-8")
    assert "alias YAML" in messages(lambda: load_spec(path, shown_as="voix.yml"))[0]
