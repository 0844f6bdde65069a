"""Storage never breaks a page: unreadable, mis-shaped, outdated, full or refused storage."""

from __future__ import annotations

import json

import pytest
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
from tests.conftest import open_page

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


def test_answers_to_an_older_version_are_kept_and_the_reader_is_told(page, site_url):
    """Answers saved under version 1, before the author removed an item and added the last one."""
    items = checklist().items
    assert checklist().version == 2
    earlier = [item.id for item in items[:-1]] + ["affirmation-retiree"]
    old = {items[0].id: 3, items[1].id: 1, "affirmation-retiree": 2}
    saved_before = json.loads(stored_value(checklist(), old, version=1)) | {"items": earlier}
    seed(page, site_url, {key(CHECKLIST_ID): json.dumps(saved_before)})
    open_checklist(page, site_url)
    notice = widget(page).locator("[data-notice]")
    expect(notice).to_contain_text("version 1 → 2")
    expect(notice).to_contain_text("1\u00a0affirmation nouvelle")
    expect(notice).to_contain_text("1\u00a0affirmation retirée")
    expect(notice).to_contain_text("2\u00a0réponses conservées")
    saved = json.loads(storage(page)[key(CHECKLIST_ID)])
    assert saved["version"] == 2 and saved["answers"] == {items[0].id: 3, items[1].id: 1}
    assert [json.loads(value)["version"] for value in aside_values(page).values()] == [1]
