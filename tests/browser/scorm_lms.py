"""A test LMS: scorm-again's runtime (the APIs an LMS exposes) in a page that launches a SCORM
package in a frame, as an LMS does, from its imsmanifest.xml."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from lxml import etree

from tests.conftest import ROOT

RUNTIMES = {"1.2": "scorm12.min.js", "2004": "scorm2004.min.js"}
HARNESS = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>LMS de test</title>
<script src="scorm12.min.js"></script><script src="scorm2004.min.js"></script></head>
<body><iframe id="sco" title="Contenu" style="width:1280px;height:900px;border:0"></iframe>
<script>
  // A new launch: a new API instance with what the LMS kept of the attempt, then the launch page.
  window.launch = (version, kept, href) => {
    delete window.API;
    delete window.API_1484_11;
    const api = version === "1.2" ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
    if (kept) api.loadFromJSON(kept);
    if (version === "1.2") window.API = api; else window.API_1484_11 = api;
    document.getElementById("sco").src = href;
  };
  window.cmi = () => JSON.parse(JSON.stringify((window.API || window.API_1484_11).cmi));
  window.leave = () => { document.getElementById("sco").src = "about:blank"; };
</script></body></html>
"""
COURSE_PAGE = re.compile(r"\.html(#[\w-]*)?$")  # a page of the course in the package
NAMESPACES = {"1.2": "http://www.imsproject.org/xsd/imscp_rootv1p1p2", "2004": "http://www.imsglobal.org/xsd/imscp_v1p1"}


def install(packages: dict[str, Path], directory: Path) -> dict[str, str]:
    """Unzip each package under `directory/<version>/`, beside the harness; returns the launch hrefs."""
    for runtime in RUNTIMES.values():
        shutil.copy(ROOT / "node_modules" / "scorm-again" / "dist" / runtime, directory / runtime)
    (directory / "lms.html").write_text(HARNESS, encoding="utf-8")
    launches = {}
    for version, archive in packages.items():
        target = directory / version
        with zipfile.ZipFile(archive) as bundle:
            bundle.extractall(target)
        manifest = etree.parse(str(target / "imsmanifest.xml"))
        resource = manifest.find(f".//{{{NAMESPACES[version]}}}resource")
        launches[version] = f"{version}/{resource.get('href')}"
    return launches


def course_frame(page):
    """The frame of the course's pages, inside the launch page, inside the LMS's frame."""
    launcher = page.locator("#sco").element_handle().content_frame()
    launcher.wait_for_selector('[data-widget="scorm"][data-ready="true"]')
    frame_element = launcher.locator("[data-frame]").element_handle()
    frame = frame_element.content_frame()
    # The launch page sets the frame's address as it starts: until then the frame is about:blank.
    frame.wait_for_url(COURSE_PAGE)
    frame.wait_for_load_state("domcontentloaded")
    return launcher, frame
