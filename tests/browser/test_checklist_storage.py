"""Storage never breaks a page: unreadable, mis-shaped, outdated, full or refused storage."""

from __future__ import annotations

import json

import pytest
import yaml
from playwright.sync_api import expect

from tests.browser.widgets import (
    CHECKLIST_ID,
    answer,
    checklist,
    key,
    open_checklist,
    seed,
    storage,
    stored_value,
    widget,
)
from tests.conftest import copy_project, open_page, run_mkdocs, serve_directory

QUOTA_FULL = """
  const realSetItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (name, value) {
    if (name.startsWith('playbook-social/checklist/')) throw new DOMException('plein', 'QuotaExceededError');
    return realSetItem.call(this, name, value);
  };
"""
STORAGE_REFUSED = """
  Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('refusé', 'SecurityError'); } });
"""


def aside_values(page) -> dict[str, str]:
    prefix = key(CHECKLIST_ID) + "/mis-de-cote/"
    return {name: value for name, value in storage(page).items() if name.startswith(prefix)}


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("{pas du JSON", id="json-invalide"),
        pytest.param(json.dumps({"schema": 1, "version": 1, "answers": ["a", "b"]}), id="mauvaise-forme"),
        pytest.param(json.dumps({"schema": 1, "version": 1, "answers": {"x": "beaucoup"}}), id="mauvais-type"),
    ],
)
def test_an_unreadable_value_is_set_aside_and_the_page_works(page, site_url, raw):
    seed(page, site_url, {key(CHECKLIST_ID): raw})
    open_checklist(page, site_url)
    notice = widget(page).locator("[data-notice]")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("illisibles")
    expect(notice).to_contain_text("mises de côté")
    assert list(aside_values(page).values()) == [raw]
    answer(page, 0, 1)
    assert json.loads(storage(page)[key(CHECKLIST_ID)])["answers"] == {checklist().items[0].id: 1}
    assert page.log.console_errors == []


def test_a_full_storage_says_so_and_keeps_the_answers_on_the_page(browser, request, site_url):
    page = open_page(browser, request, (site_url.rstrip("/"),))
    page.add_init_script(QUOTA_FULL)
    open_checklist(page, site_url)
    answer(page, 0, 3)
    expect(widget(page).locator("[data-notice]")).to_contain_text("n’a plus de place")
    expect(widget(page).locator("[data-progress]")).to_contain_text("score provisoire 100")
    assert widget(page).locator("[data-item]").first.get_by_role("radio").nth(3).is_checked()
    assert page.log.console_errors == []


def test_refused_storage_says_so_and_the_checklist_still_works(browser, request, site_url):
    page = open_page(browser, request, (site_url.rstrip("/"),))
    page.add_init_script(STORAGE_REFUSED)
    open_checklist(page, site_url)
    expect(widget(page).locator("[data-notice]")).to_contain_text("n’autorise pas")
    answer(page, 0, 2)
    answer(page, 1, 2)
    expect(widget(page).locator("[data-progress]")).to_contain_text("2 sur 15")
    # Material's own storage reader is guarded too (palette-guard.js): nothing fails.
    assert page.log.console_errors == []


@pytest.fixture(scope="module")
def updated_site(tmp_path_factory):
    """The site after an author revised the checklist: version 2, last item removed, one item added."""
    project = copy_project(tmp_path_factory.mktemp("revision") / "project")
    path = project / "exercises" / "checklists" / f"{CHECKLIST_ID}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["version"] = 2
    data["items"] = data["items"][:-1] + [
        {**data["items"][0], "id": "nouvelle-affirmation", "text": "Une affirmation ajoutée à la révision."}
    ]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    site = tmp_path_factory.mktemp("revision-site")
    server, url = serve_directory(site)
    result = run_mkdocs(project, site, site_url=url)
    assert result.returncode == 0, result.stdout + result.stderr
    yield url
    server.shutdown()


def test_answers_to_an_older_version_are_kept_and_the_reader_is_told(browser, request, updated_site):
    page = open_page(browser, request, (updated_site.rstrip("/"),))
    items = checklist().items
    old = {items[0].id: 3, items[1].id: 1, items[-1].id: 2}  # the last item no longer exists
    seed(page, updated_site, {key(CHECKLIST_ID): stored_value(checklist(), old, version=1)})
    open_checklist(page, updated_site)
    notice = widget(page).locator("[data-notice]")
    expect(notice).to_contain_text("version 1 → 2")
    expect(notice).to_contain_text("1\u00a0affirmation nouvelle")
    expect(notice).to_contain_text("1\u00a0affirmation retirée")
    expect(notice).to_contain_text("2\u00a0réponses conservées")
    saved = json.loads(storage(page)[key(CHECKLIST_ID)])
    assert saved["version"] == 2 and saved["answers"] == {items[0].id: 3, items[1].id: 1}
    assert [json.loads(value)["version"] for value in aside_values(page).values()] == [1]
