"""`playbook voice`: init, build in every format, check; exit statuses; no half-written file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from playbook import cli
from playbook.voice import guide
from playbook.voice.suggestions import load_suggestions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "voice"
GOOD = FIXTURES / "good.yml"


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    status = cli.main(list(arguments))
    out, err = capsys.readouterr()
    return status, out, err


def test_init_writes_a_commented_starter_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "voix.yml"
    assert run(capsys, "voice", "init", "-o", str(target))[0] == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Guide de voix de votre organisation")
    starter = yaml.safe_load(text)
    suggestions = load_suggestions()
    assert starter["lexique"]["a_eviter"] == [entry.model_dump() for entry in suggestions.a_eviter]
    assert starter["lexique"]["preferes"] == list(suggestions.preferes)
    assert len(starter["traits"]) == 3 and set(starter["situations"]) >= {"crise", "offre_emploi"}
    status, _, err = run(capsys, "voice", "init", "-o", str(target))
    assert status == 2 and "existe déjà" in err
    assert run(capsys, "voice", "init", "-o", str(target), "--force")[0] == 0


def test_the_untouched_starter_lists_what_to_fill(tmp_path, capsys):
    target = tmp_path / "voix.yml"
    run(capsys, "voice", "init", "-o", str(target))
    status, _, err = run(capsys, "voice", "build", str(target), "--format", "md", "-o", str(tmp_path / "guide.md"))
    assert status == 2
    lines = err.replace("\u00a0", " ").strip().splitlines()
    assert "voix.yml:6: « organisation » ne doit pas être vide" in lines[0]
    assert all(line.startswith(str(target)) for line in lines)
    assert not (tmp_path / "guide.md").exists()


@pytest.mark.parametrize("kind", ["md", "html", "json", "pdf"])
def test_build_writes_each_format(tmp_path, capsys, kind):
    target = tmp_path / f"guide.{kind}"
    status, out, _ = run(capsys, "voice", "build", str(GOOD), "--format", kind, "-o", str(target))
    assert status == 0 and str(target) in out
    data = target.read_bytes()
    expected_start = {"md": b"# Guide de voix", "html": b"<!DOCTYPE html>", "json": b"{\n  \"organisation\"", "pdf": b"%PDF-"}[kind]
    assert data.startswith(expected_start)
    assert [path.name for path in tmp_path.iterdir()] == [target.name]


def test_pdf_without_weasyprint_exits_2_and_says_how_to_get_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` now fails, as when it is not installed
    target = tmp_path / "guide.pdf"
    status, out, err = run(capsys, "voice", "build", str(GOOD), "--format", "pdf", "-o", str(target))
    assert status == 2 and out == "" and "Traceback" not in err
    assert err.replace("\u00a0", " ").startswith("playbook : erreur : le format PDF a besoin de WeasyPrint")
    assert "pip install weasyprint" in err and not target.exists()


def test_an_invalid_spec_exits_2_and_names_each_field(tmp_path, capsys):
    target = tmp_path / "guide.md"
    status, out, err = run(capsys, "voice", "build", str(FIXTURES / "bad" / "tone-out-of-range.yml"), "--format", "md", "-o", str(target))
    assert status == 2 and out == ""
    assert err.replace("\u00a0", " ").strip().endswith("tone-out-of-range.yml:29: « tons.serieux_drole » doit être compris entre 1 et 5")
    assert not target.exists()


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path, capsys, monkeypatch):
    target = tmp_path / "guide.pdf"
    target.write_bytes(b"ancien")

    def broken(spec, kind, path):
        guide.write_atomically(path, lambda temporary: (temporary.write_bytes(b"%PDF-moiti"), (_ for _ in ()).throw(OSError(28, "plus de place"))))

    monkeypatch.setattr(cli, "write_guide", broken)
    status, _, err = run(capsys, "voice", "build", str(GOOD), "--format", "pdf", "-o", str(target))
    assert status == 2 and "plus de place" in err
    assert target.read_bytes() == b"ancien"
    assert [path.name for path in tmp_path.iterdir()] == ["guide.pdf"]


def test_check_prints_line_and_column_and_exits_1(tmp_path, capsys):
    draft = tmp_path / "brouillon.txt"
    draft.write_text("Bonjour.\nNos CIBLES vont adorer !!\n", encoding="utf-8")
    status, out, _ = run(capsys, "voice", "check", str(draft), "--spec", str(GOOD))
    assert status == 1
    lines = out.replace("\u00a0", " ").strip().splitlines()
    assert f"{draft}:2:5: « CIBLES » : préférez « les personnes »" in lines
    assert lines[-1] == "3 remarques : 1 mot à éviter, 1 majuscules qui crient, 1 rafale d’exclamation"


def test_check_of_a_clean_draft_exits_0_and_a_missing_draft_exits_2(tmp_path, capsys):
    draft = tmp_path / "propre.txt"
    draft.write_text("Merci pour votre message.\n", encoding="utf-8")
    status, out, _ = run(capsys, "voice", "check", str(draft), "--spec", str(GOOD))
    assert status == 0 and out.strip().endswith("rien à signaler")
    status, _, err = run(capsys, "voice", "check", str(tmp_path / "absent.txt"), "--spec", str(GOOD))
    assert status == 2 and "absent.txt" in err


def test_usage_mistakes_exit_2_in_french(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["voice", "build", str(GOOD), "--format", "docx", "-o", "x"])
    assert exit_info.value.code == 2
    assert "choix invalide" in capsys.readouterr().err
