"""French typography checks: what is a fault, what is syntax, and what `fix` repairs."""

from __future__ import annotations

from playbook.typography import NBSP, faults, fix


def messages(text: str, **options) -> list[tuple[int, int, str]]:
    return [(fault.line, fault.column, fault.message.split(" :")[0]) for fault in faults(text, **options)]


def test_plain_space_before_high_punctuation_and_percent_is_a_fault():
    found = faults("Vraiment ? Oui : 81 % ; enfin !\n")
    assert [fault.column for fault in found] == [9, 15, 20, 22, 30]


def test_guillemets_need_non_breaking_spaces_inside():
    assert len(faults("Il dit « bonjour » ici.\n")) == 2
    assert faults(f"Il dit «{NBSP}bonjour{NBSP}» ici.\n") == []


def test_straight_quotes_and_apostrophes_are_faults_in_prose_only():
    assert len(faults("L'équipe dit \"oui\".\n")) == 3
    assert faults("Voir `a : b`, [lien](page.md#x?y) et <span class=\"x\">ok</span>.\n") == []


def test_code_fences_block_syntax_and_yaml_keys_are_not_prose():
    text = "---\ntitle: Bien\n---\n\n```\nx : y\n```\n\n/// checklist | voix\n///\n\n![image](a.png)\n"
    assert faults(text) == []


def test_front_matter_values_are_checked():
    assert [f.line for f in faults("---\ntitle: Vraiment ?\n---\n")] == [2]


def test_yaml_files_mask_keys_and_quotes():
    assert faults('terme: "Une définition{}: avec deux-points."\n'.format(NBSP), yaml=True) == []
    assert len(faults('terme: "Une définition : fautive."\n', yaml=True)) == 1


def test_fix_repairs_spaces_and_apostrophes_but_not_quotes():
    fixed = fix("L'idée : « oui » !\n")
    assert fixed == f"L’idée{NBSP}: «{NBSP}oui{NBSP}»{NBSP}!\n"
    assert fix('Il dit "non".\n') == 'Il dit "non".\n'


def test_a_space_before_a_colon_in_a_folded_yaml_block_is_a_fault():
    text = "intro: >-\n  Nous disons ceci : voilà.\nautre: Bien\n"
    assert [(fault.line, fault.column) for fault in faults(text, yaml=True)] == [(2, 19)]


def test_string_literals_of_scripts_are_prose_and_the_code_around_is_not():
    code = 'const a = x ? "Oui : non" : `Score : ${n ? 1 : 2}`; q("[data-x=\\"y\\"]");\n'
    assert [fault.column for fault in faults(code, code=True)] == [19, 35]
