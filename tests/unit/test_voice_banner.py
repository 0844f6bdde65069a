"""« Notre voix » says so while it shows the fictional example, and not once an organisation has its own guide."""

from __future__ import annotations

import shutil

from playbook.voice.site import EXAMPLE_FILE, VoiceSite
from tests.conftest import ROOT


def test_the_example_guide_comes_under_a_banner():
    site = VoiceSite.load(ROOT, EXAMPLE_FILE)
    assert site.guide_is_example
    assert site.page_markdown().split("---\n", 2)[2].lstrip().startswith('!!! warning "Exemple fictif"')


def test_an_organisations_own_guide_has_no_banner(tmp_path):
    shutil.copytree(ROOT / "exercises" / "voix", tmp_path / "exercises" / "voix")
    own = tmp_path / "exercises" / "voix" / "notre-guide.yml"
    shutil.copy(tmp_path / EXAMPLE_FILE, own)
    site = VoiceSite.load(tmp_path, "exercises/voix/notre-guide.yml")
    assert not site.guide_is_example
    assert "Exemple fictif" not in site.page_markdown()
