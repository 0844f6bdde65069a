"""Material's palette stylesheet loses its switching rule, and nothing else."""

from __future__ import annotations

from pathlib import Path

from playbook.palettecss import drop_switching_rule

SLATE = "[data-md-color-scheme=slate]{--md-hue:232deg}"
SWITCHING = "[data-md-color-switching] *,[data-md-color-switching] :after,[data-md-color-switching] :before{transition-duration:0s!important}"


def palette(tmp_path: Path, css: str) -> Path:
    folder = tmp_path / "assets" / "stylesheets"
    folder.mkdir(parents=True)
    (folder / "palette.0123abcd.min.css").write_text(css, encoding="utf-8")
    (folder / "main.4567ef01.min.css").write_text(SWITCHING, encoding="utf-8")  # not the palette: left alone
    return folder / "palette.0123abcd.min.css"


def test_the_rule_goes_wherever_it_stands(tmp_path):
    path = palette(tmp_path, f"{SLATE}@media screen{{{SLATE}{SWITCHING}}}{SLATE}")
    assert drop_switching_rule(tmp_path) == 1
    assert path.read_text(encoding="utf-8") == f"{SLATE}@media screen{{{SLATE}}}{SLATE}"
    assert (path.parent / "main.4567ef01.min.css").read_text(encoding="utf-8") == SWITCHING


def test_a_palette_without_it_is_unchanged(tmp_path):
    path = palette(tmp_path, SLATE)
    assert drop_switching_rule(tmp_path) == 0
    assert path.read_text(encoding="utf-8") == SLATE


def test_the_rule_goes_when_it_opens_the_file(tmp_path):
    path = palette(tmp_path, f"{SWITCHING}{SLATE}")
    assert drop_switching_rule(tmp_path) == 1
    assert path.read_text(encoding="utf-8") == SLATE
