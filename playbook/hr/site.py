"""The « Rapport de cohorte » page's widget (`/// cohorte`): its HTML and the data it reads."""

from __future__ import annotations

from playbook.hr.catalogue import cohort_data
from playbook.hr.records import LATEST, RECORD_SCHEMA
from playbook.messages import text
from playbook.render import render

PAGE = "parcours/rapport-de-cohorte.md"


def cohort_html(widgets) -> str:
    """`widgets`: playbook.widgets.Widgets, set on the page being built (links relative to it)."""
    data = cohort_data(widgets.catalogue, widgets.href) | {"record": {"schema": RECORD_SCHEMA, "latest": LATEST}}
    return render("cohort.html", data=data, text=text, styles=widgets.styles("cohort"))
