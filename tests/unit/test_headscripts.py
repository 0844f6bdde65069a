"""The palette guard is written into every page of the built site, whatever its depth, attributes kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook.headscripts import INLINED, InlineFailed, inline_head_scripts

GUARD = INLINED[0]


def fake_site(tmp_path: Path, code: str) -> Path:
    (tmp_path / GUARD).parent.mkdir(parents=True)
    (tmp_path / GUARD).write_text(code, encoding="utf-8")
    (tmp_path / "index.html").write_text('<head><script src="assets/javascripts/palette-guard.js" data-palettes="2"></script></head>', encoding="utf-8")
    (tmp_path / "chapitres" / "voix").mkdir(parents=True)
    (tmp_path / "chapitres" / "voix" / "index.html").write_text(
        '<head><script src="../../assets/javascripts/palette-guard.js" data-palettes="2"></script></head>', encoding="utf-8"
    )
    (tmp_path / "404.html").write_text("<head></head>", encoding="utf-8")
    return tmp_path


def test_each_page_gets_the_code_in_place_of_the_tag(tmp_path):
    site = fake_site(tmp_path, "guard();\n")
    assert inline_head_scripts(site) == 2
    for page in ("index.html", "chapitres/voix/index.html"):
        assert (site / page).read_text(encoding="utf-8") == '<head><script data-inlined="palette-guard.js" data-palettes="2">guard();</script></head>'
    assert (site / "404.html").read_text(encoding="utf-8") == "<head></head>"
    assert not (site / GUARD).exists()  # nothing loads it any more


def test_code_that_would_end_its_element_is_refused(tmp_path):
    site = fake_site(tmp_path, "const end = '</SCRIPT>';")
    with pytest.raises(InlineFailed, match="palette-guard.js contient"):
        inline_head_scripts(site)
