"""SCORM and xAPI on the site: what a build adds when it is asked for them, nothing otherwise.

- SCORM: `scorm.html`, the package's launch page. A SCO may call Initialize and Terminate once per
  launch, while the course is many pages; so the launch page holds the LMS session and shows the
  course in a frame (the path page first). It puts the learner's saved state back before the
  course shows, then tells the LMS each change the course's pages store.
- xAPI: `assets/javascripts/xapi-config.js` (where statements go, the base of the activity ids,
  the checklists' scoring), a hidden sender on every page, and the consent block on the path page.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from playbook.catalogue import Catalogue
from playbook.course.pages import PATH_PAGE
from playbook.datascript import data_file
from playbook.lms.settings import LmsSettings
from playbook.render import render
from playbook.widgets import Widgets

LAUNCH_PAGE = "scorm.html"
XAPI_CONFIG_SCRIPT = "assets/javascripts/xapi-config.js"


@dataclass
class LmsWidgets:
    """The LMS and xAPI parts of the site, for the `widgets` renderer of the page being built."""

    settings: LmsSettings
    widgets: Widgets

    @property
    def catalogue(self) -> Catalogue:
        return self.widgets.catalogue

    def files(self, config: MkDocsConfig) -> list[File]:
        files = []
        course = self.catalogue.course.course
        if self.settings.scorm:
            path_url = File(PATH_PAGE, None, config.site_dir, config.use_directory_urls).url
            data = {"version": self.settings.scorm, "start": path_url or "./", "course": course.id}
            files.append(File.generated(config, LAUNCH_PAGE, content=render("lms/scorm.html", title=course.title, data=data)))
        if self.settings.xapi:
            files.append(data_file(config, XAPI_CONFIG_SCRIPT, "xapiConfig", self.xapi_config()))
        return files

    def xapi_config(self) -> dict:
        xapi = self.settings.xapi
        checklists = {
            checklist.id: {
                "title": checklist.title,
                "scale": [{"points": step.points} for step in checklist.scale],
                "items": [{"id": item.id, "weight": item.weight} for item in checklist.items],
                "levels": [{"min": level.min} for level in checklist.levels],
            }
            for checklist in self.catalogue.checklists.values()
        }
        return {"endpoint": xapi.endpoint, "base": xapi.activity_base, "auth": xapi.auth, "checklists": checklists}

    def sender_html(self) -> str:
        """The hidden xAPI sender every page of an xAPI build carries (it sends only after consent)."""
        return render("lms/xapi.html") if self.settings.xapi else ""

    def consent_html(self) -> str:
        """What leaves the browser, said on the path page as this build does it: nothing unless the
        learner exports their record; in a SCORM build, what the LMS keeps; in an xAPI build, the
        consent block (what is sent, to whom, how to withdraw)."""
        xapi = self.settings.xapi
        if xapi is not None:
            return render("lms/consent.html", host=xapi.host, recipient=xapi.recipient, styles=self.widgets.styles("xapi"))
        return render("lms/privacy.html", scorm=self.settings.scorm is not None)
