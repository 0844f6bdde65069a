"""Helpers for widget tests: storage keys, seeding answers, reading downloads, checklist data."""

from __future__ import annotations

import json
from functools import cache

from playbook.catalogue import Catalogue
from playbook.chapters import load_chapters
from playbook.checklists import Checklist
from tests.browser.pages import goto
from tests.conftest import ROOT

CHECKLIST_PAGE = "chapitres/service-client/"
CHECKLIST_ID = "service-client"


def key(checklist_id: str) -> str:
    return f"playbook-social/checklist/{checklist_id}"


def stored_value(checklist: Checklist, answers: dict[str, int], version: int | None = None) -> str:
    """What the checklist widget stores for `answers` (for `version` of the checklist, by default the current)."""
    return json.dumps(
        {
            "schema": 1,
            "version": version or checklist.version,
            "items": [item.id for item in checklist.items],
            "answers": answers,
            "updatedAt": "2026-11-20T10:00:00.000Z",
        }
    )


@cache
def catalogue() -> Catalogue:
    return Catalogue.load(ROOT, load_chapters(ROOT / "chapters", ROOT))


def checklist(checklist_id: str = CHECKLIST_ID) -> Checklist:
    return catalogue().checklists[checklist_id]


def seed(page, site_url: str, values: dict[str, str]) -> None:
    """Put raw values in the site's storage (keys as given), from a page of the site."""
    page.goto(site_url + "glossaire/", wait_until="domcontentloaded")
    page.evaluate("values => { for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v); }", values)


def storage(page) -> dict[str, str]:
    return page.evaluate(
        "() => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('playbook-social/')).map(k => [k, localStorage.getItem(k)]))"
    )


def open_checklist(page, site_url: str) -> None:
    """The chapter of the checklist the tests use, its widgets ready."""
    goto(page, site_url + CHECKLIST_PAGE)


def widget(page, checklist_id: str = CHECKLIST_ID):
    return page.locator(f'[data-widget="checklist"][data-id="{checklist_id}"]')


def answer(page, item_index: int, choice: int, checklist_id: str = CHECKLIST_ID) -> None:
    widget(page, checklist_id).locator("[data-item]").nth(item_index).get_by_role("radio").nth(choice).check()


def downloaded_text(download) -> str:
    return open(download.path(), encoding="utf-8").read()
