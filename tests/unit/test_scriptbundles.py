"""Widget scripts joined into bundles: each widget gets exactly its scripts, in its order, none twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from playbook.scriptbundles import (
    CHECKS,
    LATER,
    MANIFEST,
    MARKER,
    BundleError,
    bundle_site,
    expanded,
    loader_manifest,
    plan,
)

ROOT = Path(__file__).resolve().parents[2]


def real_lists() -> dict[str, list[str]]:
    return expanded(json.loads((ROOT / "docs" / MANIFEST).read_text(encoding="utf-8")))


def loaded(result, widget: str) -> list[str]:
    return [script for bundle in result.needs[widget] for script in result.bundles[bundle]]


def test_each_widget_of_the_site_loads_exactly_its_scripts_with_its_code_in_order():
    lists = real_lists()
    result = plan(lists)
    for widget, scripts in lists.items():
        got = loaded(result, widget)
        assert sorted(got) == sorted(scripts), widget
        code = [script for script in scripts if not script.startswith("messages/")]
        assert [script for script in got if not script.startswith("messages/")] == code, widget


def test_no_script_is_in_two_bundles_and_scripts_loaded_together_share_one():
    result = plan(real_lists())
    everything = [script for scripts in result.bundles.values() for script in scripts]
    assert len(everything) == len(set(everything))
    base = next(scripts for scripts in result.bundles.values() if "widgets/text.js" in scripts)
    assert {"messages/common.js", "widgets/dom.js", "widgets/component.js", "widgets/storage.js"} <= set(base)
    assert len(result.needs["checklist"]) < len(real_lists()["checklist"])


def test_the_validators_of_stored_values_are_a_bundle_of_their_own_added_by_the_loader():
    manifest = json.loads((ROOT / "docs" / MANIFEST).read_text(encoding="utf-8"))
    result = plan(expanded(manifest))
    loader = loader_manifest(result, manifest[CHECKS])
    checks = loader[CHECKS]
    validators = [script for number in checks["bundles"] for script in result.bundles[f"bundles/{loader['bundles'][number]}.js"]]
    assert sorted(validators) == ["validators/course-attestation.js", "validators/course-state.js", "validators/learner-profile.js"]
    # Only the SCORM bridge, which stores what the LMS sends, loads them with its own bundles.
    assert [widget for widget, numbers in loader["widgets"].items() if set(checks["bundles"]) & set(numbers)] == ["scorm"]
    # The widgets that read the learner's values load the script the loader looks for.
    by = loader["bundled"][checks["by"]]
    assert {"quiz", "course", "record", "attestation"} <= {widget for widget, numbers in loader["widgets"].items() if by in numbers}
    assert by in loader["reading"]


def test_checks_that_no_widget_needs_are_refused(tmp_path):
    site, docs = fake_site(tmp_path, {**MANIFEST_DATA, CHECKS: {"keys": ["k/"], "by": "widgets/nowhere.js", "scripts": ["widgets/copy.js"]}}, SCRIPTS)
    with pytest.raises(BundleError, match=r"« checks » : aucun widget ne charge widgets/nowhere\.js"):
        bundle_site(site, docs)


def test_two_widgets_asking_for_scripts_in_opposite_orders_are_refused():
    with pytest.raises(BundleError, match=r"widgets\.json.*ordres contraires.*a\.js"):
        plan({"one": ["a.js", "b.js"], "two": ["b.js", "a.js"]})


@pytest.mark.parametrize(
    ("groups", "message"),
    [({}, "le groupe « @base » n’existe pas"), ({"base": ["@base"]}, "le groupe « @base » se contient lui-même")],
)
def test_a_wrong_group_is_named(groups, message):
    with pytest.raises(BundleError, match=message):
        expanded({"groups": groups, "widgets": {"copy": {"scripts": ["@base"]}}})


def fake_site(tmp_path: Path, manifest: dict, scripts: list[str], loader: str = f"const M = {MARKER};\n") -> tuple[Path, Path]:
    docs, site = tmp_path / "docs", tmp_path / "site"
    (docs / MANIFEST).parent.mkdir(parents=True)
    (docs / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    for script in [*scripts, "playbook.js"]:
        path = site / "assets" / "javascripts" / script
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(loader if script == "playbook.js" else f"window.ran.push({script!r});\n", encoding="utf-8")
    return site, docs


MANIFEST_DATA = {
    "optional": ["settings.js"],
    "groups": {"base": ["widgets/text.js"]},
    "widgets": {
        "copy": {"scripts": ["@base", "widgets/copy.js"], "messages": ["copy"]},
        "send": {"scripts": ["@base", "settings.js", "widgets/send.js"]},
    },
    "reading": {"scripts": ["@base"]},
}
SCRIPTS = ["widgets/text.js", "widgets/copy.js", "widgets/send.js", "messages/common.js", "messages/copy.js"]


def test_the_built_site_gets_the_bundles_and_the_loader_its_manifest(tmp_path):
    site, docs = fake_site(tmp_path, MANIFEST_DATA, SCRIPTS)
    bundle_site(site, docs)
    scripts_dir = site / "assets" / "javascripts"
    loader = (scripts_dir / "playbook.js").read_text(encoding="utf-8")
    manifest = json.loads(loader.removeprefix("const M = ").removesuffix(";\n"))
    # Without the optional settings (no xAPI here), the widget that needs them is not in this site.
    assert set(manifest["widgets"]) == {"copy"}
    copy = [(scripts_dir / "bundles" / f"{manifest['bundles'][n]}.js").read_text(encoding="utf-8") for n in manifest["widgets"]["copy"]]
    joined = "".join(copy)
    assert joined.index("widgets/text.js") < joined.index("widgets/copy.js")
    assert "messages/copy.js" in joined and "messages/common.js" in joined
    assert manifest["bundled"]["widgets/text.js"] in manifest["widgets"]["copy"]
    # What a bundle holds is no longer a file of its own: nothing can load it twice.
    assert not (scripts_dir / "widgets" / "copy.js").exists()
    assert (scripts_dir / "widgets" / "send.js").exists()


def test_a_script_missing_from_the_site_is_named(tmp_path):
    site, docs = fake_site(tmp_path, MANIFEST_DATA, [s for s in SCRIPTS if s != "widgets/copy.js"])
    with pytest.raises(BundleError, match=r"widgets/copy\.js n’existe pas dans le site construit"):
        bundle_site(site, docs)


def test_a_loader_without_its_marker_is_refused(tmp_path):
    site, docs = fake_site(tmp_path, MANIFEST_DATA, SCRIPTS, loader="const M = {};\n")
    with pytest.raises(BundleError, match="playbook.js : l’emplacement du manifeste"):
        bundle_site(site, docs)


def test_a_later_group_is_a_bundle_of_its_own_that_the_loader_finds_by_name():
    manifest = json.loads((ROOT / "docs" / MANIFEST).read_text(encoding="utf-8"))
    result = plan(expanded(manifest))
    loader = loader_manifest(result, manifest[CHECKS])
    later = [script for number in loader[LATER]["validation"] for script in result.bundles[f"bundles/{loader['bundles'][number]}.js"]]
    # Loading it brings these scripts and nothing of another widget.
    assert sorted(later) == ["messages/validation.js", "widgets/closest.js", "widgets/validation.js"]
    assert "validation" not in loader["widgets"] and f"{LATER}:validation" not in loader["widgets"]
    # The cohort report starts without it, or its counting and drawing: it loads both with the first files.
    assert not set(loader[LATER]["validation"]) & set(loader["widgets"]["cohort"])
    report = [script for number in loader[LATER]["cohort-report"] for script in result.bundles[f"bundles/{loader['bundles'][number]}.js"]]
    assert sorted(report) == ["widgets/cohort-figures.js", "widgets/cohort-tables.js", "widgets/cohort-view.js", "widgets/scoring.js"]
    assert not set(loader[LATER]["cohort-report"]) & set(loader["widgets"]["cohort"])
