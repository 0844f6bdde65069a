"""SCORM for real: the packages of `make scorm`, valid against the SCORM definition files they carry,
played in a test LMS (scorm-again's runtime) that completes a module through the real widgets,
reads back status, score and suspend_data, then launches again to resume from suspend_data alone."""

from __future__ import annotations

import base64
import json
import zlib

import pytest
from lxml import etree
from playwright.sync_api import expect

from playbook.lms.scorm import package
from tests.browser.course_steps import MODULE, complete_module, section_keys
from tests.browser.pages import wait_ready
from tests.browser.scorm_lms import course_frame, install
from tests.conftest import ROOT, open_page, run_mkdocs, serve_directory

XSI = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"


@pytest.fixture(scope="module")
def lms(tmp_path_factory):
    """One offline SCORM build, packaged for 1.2 and 2004, unzipped beside the test LMS and served."""
    site = tmp_path_factory.mktemp("scorm-site")
    result = run_mkdocs(ROOT, site, offline=True, environment={"PLAYBOOK_SCORM": "auto"})
    assert result.returncode == 0, result.stdout + result.stderr
    packages = tmp_path_factory.mktemp("scorm-packages")
    archives = {version: package(site, version, packages / f"scorm-{version}.zip", ROOT) for version in ("1.2", "2004")}
    served = tmp_path_factory.mktemp("lms")
    launches = install(archives, served)
    server, url = serve_directory(served)
    yield {"url": url, "dir": served, "launches": launches}
    server.shutdown()


def namespaces_used(document) -> set[str]:
    used = set()
    for element in document.iter():
        used.add(etree.QName(element).namespace)
        used.update(etree.QName(name).namespace for name in element.attrib if etree.QName(name).namespace)
    return used


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_manifest_is_valid_against_the_definition_files_in_the_package(lms, version):
    folder = lms["dir"] / version
    manifest = etree.parse(str(folder / "imsmanifest.xml"))
    pairs = manifest.getroot().get(XSI).split()
    used = namespaces_used(manifest)
    imports = "".join(f'<xs:import namespace="{ns}" schemaLocation="{location}"/>' for ns, location in zip(pairs[::2], pairs[1::2]) if ns in used)
    (folder / "validate.xsd").write_text(f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>', encoding="utf-8")
    schema = etree.XMLSchema(etree.parse(str(folder / "validate.xsd")))
    assert schema.validate(manifest), schema.error_log
    files = {element.get("href") for element in manifest.iter(etree.Element) if etree.QName(element).localname == "file"}
    assert {"scorm.html", "parcours/index.html", "chapitres/mesure.html", "assets/vendor/scorm/scorm-wrapper.js"} <= files
    assert all((folder / name).is_file() for name in files)
    broken = etree.fromstring(etree.tostring(manifest))
    next(element for element in broken.iter() if etree.QName(element).localname == "resource").attrib.clear()
    assert not schema.validate(broken), "the schema accepts a resource without identifier, type or href"


def suspended(data: str) -> dict:
    """What the course keeps in suspend_data, read back as the browser wrote it."""
    assert data.startswith("1:")
    return json.loads(zlib.decompress(base64.b64decode(data[2:]), -15))


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_module_completed_in_an_lms_reports_and_resumes(browser, request, lms, version):
    page = open_page(browser, request, (lms["url"].rstrip("/"),))
    page.goto(f"{lms['url']}lms.html", wait_until="load")
    page.evaluate("([version, href]) => launch(version, null, href)", [version, lms["launches"][version]])
    launcher, frame = course_frame(page)
    wait_ready(frame)
    status = "core.lesson_status" if version == "1.2" else "completion_status"
    read = lambda path: page.evaluate(f"() => cmi().{path}")  # noqa: E731
    expect(frame.locator('[data-widget="course"]')).to_be_visible()
    expect(frame.locator(".pb-privacy")).to_contain_text("ce parcours lui transmet votre avancement")
    assert read(status) == "incomplete", "a first launch is « incomplete »"

    complete_module(frame, f"{lms['url']}{version}/", suffix=".html")
    module_done = frame.locator(f'.md-nav--primary a[href$="parcours/{MODULE}.html"] .pb-nav-mark')
    expect(module_done).to_contain_text("terminé")
    page.wait_for_function("() => (window.API || window.API_1484_11).cmi.suspend_data.length > 0")
    if version == "1.2":
        assert read("core.lesson_status") == "incomplete"  # one module of six
        assert (read("core.score.raw"), read("core.score.min"), read("core.score.max")) == ("100", "0", "100")
    else:
        assert (read("completion_status"), read("success_status")) == ("incomplete", "unknown")
        assert (read("score.scaled"), read("score.raw")) == ("1", "100")
        assert 0 < float(read("progress_measure")) < 1
    kept = suspended(read("suspend_data"))
    assert kept["course"]["quizzes"][MODULE]["best"] == 100
    assert len(kept["course"]["sections"]) >= len(section_keys())  # by their place in the course
    assert len(read("suspend_data")) <= 4096

    page.evaluate("() => leave()")  # the learner leaves: the launch page ends the session
    page.wait_for_function("() => (window.API || window.API_1484_11).isTerminated()")
    exit_key = "core.exit" if version == "1.2" else "exit"
    assert read(exit_key) == "suspend"
    snapshot = page.evaluate("() => cmi()")

    # A new launch, another browser: nothing in local storage, only what the LMS kept.
    page.evaluate("() => localStorage.clear()")
    location = snapshot["core"]["lesson_location"] if version == "1.2" else snapshot["location"]
    kept = {"suspend_data": snapshot["suspend_data"]}
    kept.update({"core": {"lesson_location": location, "entry": "resume"}} if version == "1.2" else {"location": location, "entry": "resume"})
    page.evaluate("([version, kept, href]) => launch(version, kept, href)", [version, kept, lms["launches"][version]])
    launcher, frame = course_frame(page)
    wait_ready(frame)
    assert frame.url.endswith(location), "the course opens where the learner left off"
    expect(frame.locator(f'.md-nav--primary a[href$="parcours/{MODULE}.html"] .pb-nav-mark')).to_contain_text("terminé")
    assert page.log.outside_requests == [] and page.log.console_errors == []
