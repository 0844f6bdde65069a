"""The « Rapport de cohorte » page's widget (`/// cohorte`): its HTML, and the data it reads once HR
chooses the first files (links from the site's root)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from playbook.catalogue import Catalogue
from playbook.datascript import data_file
from playbook.hr.catalogue import cohort_data
from playbook.hr.records import LATEST, RECORD_SCHEMA
from playbook.messages import text
from playbook.render import render
from playbook.widgets import CHAPTERS_SRC_DIR

PAGE = "parcours/rapport-de-cohorte.md"
# What the report counts and links (PS.cohortData), loaded with the first files chosen: in the
# widget's HTML, it made up two thirds of the page.
DATA_SCRIPT = "assets/javascripts/cohort-data.js"


def cohort_html(widgets) -> str:
    """`widgets`: playbook.widgets.Widgets, set on the page being built."""
    return render("cohort.html", text=text, styles=widgets.styles("cohort"))


def cohort_data_file(config: MkDocsConfig, catalogue: Catalogue, files: Files) -> File:
    """DATA_SCRIPT, once `files` holds the chapters."""

    def href(reference: str) -> str:
        chapter, _, anchor = reference.partition("#")
        return f"{files.get_file_from_path(f'{CHAPTERS_SRC_DIR}/{chapter}').url}#{anchor}"

    data = cohort_data(catalogue, href) | {"record": {"schema": RECORD_SCHEMA, "latest": LATEST}}
    return data_file(config, DATA_SCRIPT, "cohortData", data)
