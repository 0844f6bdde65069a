"""The message catalogue: the formatter's rules (shared with the browser) and the catalogue itself."""

from __future__ import annotations

import json
import re

import pytest

from playbook import messages
from tests.conftest import ROOT

CASES = json.loads((ROOT / "tests" / "fixtures" / "messages-cases.json").read_text(encoding="utf-8"))
# A call with a full key in code (not in a comment's example): PS.text("common.x"), text("validation.x").
USED_IN_CODE = re.compile(r"""(?:PS\.text|this\.message|(?<![`\w.])text)\(\s*["'`]([a-z][\w-]*(?:\.[\w-]+)+)["'`]""")


@pytest.fixture
def demo_catalogue(monkeypatch):
    monkeypatch.setattr(messages, "catalogue", lambda: CASES["catalogue"])


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda case: f"{case['key']}-{case['params']}")
def test_the_formatter_reads_as_in_the_browser(demo_catalogue, case):
    if "error" in case:
        with pytest.raises(messages.MessageError, match=re.escape(case["error"])):
            messages.text(case["key"], **case["params"])
    else:
        assert messages.text(case["key"], **case["params"]) == case["text"]


def test_every_key_the_code_asks_for_is_in_the_catalogue():
    sources = [*(ROOT / "docs" / "assets" / "javascripts").rglob("*.js"), *(ROOT / "playbook").rglob("*.py")]
    missing = []
    for path in sources:
        for key in USED_IN_CODE.findall(path.read_text(encoding="utf-8")):
            try:
                messages.lookup(key)
            except messages.MessageError:
                missing.append(f"{path.relative_to(ROOT)}: {key}")
    assert not missing, "\n".join(missing)


def test_each_namespace_becomes_one_browser_script_and_each_later_part_another():
    scripts = messages.browser_files()
    names = [*messages.catalogue(), *messages.LATER_PARTS]
    assert set(scripts) == {f"assets/javascripts/messages/{name}.js" for name in names}
    common = scripts["assets/javascripts/messages/common.js"]
    assert '.messages["common"]||{},{"storage":' in common
    # The review step's sentences come with its code; the command line's stay out of the pages.
    voice, review = scripts["assets/javascripts/messages/voice.js"], scripts["assets/javascripts/messages/voice-review.js"]
    assert '"steps":' in voice and '"exports":' not in voice and '"cli":' not in voice and messages.text("voice.cli.clean")
    assert '.messages["voice"]||{},{"checker":' in review and '"exports":' in review and '"steps":' not in review
    # The fields of the later steps come with their code too.
    later_fields = scripts["assets/javascripts/messages/voice-fields.js"]
    assert '"add":' in later_fields and '"add":' not in voice and '"items":' in voice
    # Each later part loads with a « later » group of widgets.json (nothing else asks for it).
    later_groups = json.loads((ROOT / "docs" / "assets" / "javascripts" / "widgets.json").read_text(encoding="utf-8"))["later"]
    assert {f"messages/{part}.js" for part in messages.LATER_PARTS} <= {script for group in later_groups.values() for script in group}
    widgets = ROOT / "docs" / "assets" / "javascripts"
    assert not [path for path in widgets.rglob("*.js") if "voice.cli." in path.read_text(encoding="utf-8")]
