"""The palette guard is written into each page in place of its tag, whatever the page's depth,
attributes kept; code that would end its element is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook.headscripts import INLINED, HeadScripts, InlineFailed

GUARD = INLINED[0]


def fake_site(tmp_path: Path, code: str) -> Path:
    (tmp_path / GUARD).parent.mkdir(parents=True)
    (tmp_path / GUARD).write_text(code, encoding="utf-8")
    return tmp_path


def test_each_page_gets_the_code_in_place_of_the_tag(tmp_path):
    head = HeadScripts(fake_site(tmp_path, "guard();\n"))
    inlined = '<head><script data-inlined="palette-guard.js" data-palettes="2">guard();</script></head>'
    assert head.inline('<head><script src="assets/javascripts/palette-guard.js" data-palettes="2"></script></head>') == inlined
    assert head.inline('<head><script src="../../assets/javascripts/palette-guard.js" data-palettes="2"></script></head>') == inlined
    assert head.inline("<head></head>") == "<head></head>"
    # Its name read elsewhere first (a comment, a link to the file) does not hide the tag.
    before = '<head><!-- palette-guard.js --><link rel="preload" href="assets/javascripts/palette-guard.js">'
    tag = '<script src="assets/javascripts/palette-guard.js" data-palettes="2"></script></head>'
    assert head.inline(before + tag) == before + inlined.removeprefix("<head>")


def test_the_file_goes_once_the_pages_hold_it(tmp_path):
    site = fake_site(tmp_path, "guard();")
    HeadScripts(site).remove_files()
    assert not (site / GUARD).exists()  # nothing loads it any more


def test_code_that_would_end_its_element_is_refused(tmp_path):
    with pytest.raises(InlineFailed, match="palette-guard.js contient"):
        HeadScripts(fake_site(tmp_path, "const end = '</SCRIPT>';"))
