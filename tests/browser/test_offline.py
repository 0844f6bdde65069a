"""`make offline`: the zipped site works from file://, search included, with no outside request."""

from __future__ import annotations

import re
import subprocess
import zipfile

import pytest
from playwright.sync_api import expect

from tests.conftest import ROOT, open_page

ARCHIVE = ROOT / "build" / "playbook-social-hors-ligne.zip"


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    """What a reader gets: `make offline`'s zip, unpacked into a folder of their own."""
    result = subprocess.run(["make", "-s", "offline"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(ARCHIVE) as bundle:
        bundle.extractall(site)
    return site


def test_offline_site_names_no_outside_script(offline_site):
    home = (offline_site / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in home and "https://" not in home.split("<body")[0]
    assert 'src="assets/vendor/iframe-worker/shim.js"' in home


def test_offline_site_reads_and_searches_from_file(browser, request, offline_site):
    page = open_page(browser, request, ())
    page.goto((offline_site / "index.html").as_uri(), wait_until="load")
    page.locator("a[href$='chapitres/index.html']").first.click()
    expect(page.locator("article h1")).to_have_text("Le playbook")
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially("mesurerons")
    first = page.locator(".md-search-result__item > .md-search-result__link").first
    first.wait_for(state="attached", timeout=15_000)
    assert "chapitres/mesure.html" in first.get_attribute("href")
    assert page.log.outside_requests == []
    assert page.log.console_errors == []


def test_make_offline_writes_a_zip_with_the_whole_site(offline_site):  # offline_site ran `make offline`
    with zipfile.ZipFile(ARCHIVE) as bundle:
        names = set(bundle.namelist())
    assert {"index.html", "chapitres/mesure.html", "search/search_index.js"} <= names


def test_offline_widgets_work_from_file(browser, request, offline_site):
    page = open_page(browser, request, ())
    page.goto((offline_site / "chapitres" / "mesure.html").as_uri(), wait_until="load")
    checklist = page.locator('[data-widget="checklist"]')
    expect(checklist).to_have_class(re.compile(r"\bis-ready\b"))
    checklist.locator("[data-item]").first.get_by_role("radio").nth(2).check()
    page.reload(wait_until="load")
    expect(checklist.locator("[data-item]").first.get_by_role("radio").nth(2)).to_be_checked()
    page.goto((offline_site / "definir-notre-voix.html").as_uri(), wait_until="load")
    expect(page.locator('[data-widget="voice-generator"]')).to_have_attribute("data-ready", "true")
    page.get_by_role("button", name="Partir de l’exemple").click()  # the preview's nunjucks, loaded on demand from file://
    expect(page.locator("[data-preview] .pb-guide__title")).to_contain_text("Guide de voix des Jardins du Coin")
    page.locator(".pb-voice__steps-button", has_text="Relecture et export").click()  # later groups, from file:// too
    expect(page.locator(".pb-voice__state")).to_contain_text("Le guide est complet")
    page.goto((offline_site / "mon-bilan.html").as_uri(), wait_until="load")
    expect(page.locator(".pb-dashboard__entry").first).to_be_visible()
    page.goto((offline_site / "parcours" / "conversation.html").as_uri(), wait_until="load")
    expect(page.locator('[data-widget="quiz"]')).to_have_attribute("data-ready", "true")
    expect(page.locator('[data-widget="course-module"] [data-status]')).to_be_visible()
    assert page.log.outside_requests == [] and page.log.console_errors == []
