"""xAPI for real: the site built with a learning record store (Ralph, started by the tests), the
learner's consent on the path page, a quiz passed in Chromium, and the statements the store then
holds, and `playbook hr pull` brings into the cohort database; then statements queued while
offline, sent once when the browser is back online."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter

import pytest
from playwright.sync_api import expect

from tests.browser import ralph as lrs
from tests.browser.course_steps import CHAPTER_PAGE, MODULE, open_in, pass_quiz, read_sections, right_answers, section_keys
from tests.conftest import ROOT, open_page, run_mkdocs, serve_directory

BASE = "https://intranet.exemple.fr/playbook"
ADL = "http://adlnet.gov/expapi/verbs/"
QUEUE_EMPTY = "() => { const q = localStorage.getItem('playbook-social/xapi/queue'); return q !== null && JSON.parse(q).items.length === 0; }"


@pytest.fixture(scope="module")
def xapi_site(tmp_path_factory):
    """The site, built to send statements to a Ralph started for these tests (with its key given
    at build time, as an intranet deployment would), served at the origin Ralph lets in."""
    site = tmp_path_factory.mktemp("xapi-site")
    server, url = serve_directory(site)
    ralph = lrs.start(tmp_path_factory.mktemp("ralph"), url.rstrip("/"))
    try:
        result = run_mkdocs(
            ROOT,
            site,
            site_url=url,
            environment={
                "PLAYBOOK_XAPI_ENDPOINT": ralph.endpoint,
                "PLAYBOOK_XAPI_ACTIVITY_BASE": BASE,
                "PLAYBOOK_XAPI_AUTH": f"{lrs.USER}:{lrs.PASSWORD}",
            },
        )
        assert result.returncode == 0, result.stdout + result.stderr
        lrs.wait(ralph)
        yield {"url": url, "ralph": ralph}
    finally:
        lrs.stop(ralph)
        server.shutdown()


def learner(page) -> str:
    return json.loads(page.evaluate("() => localStorage.getItem('playbook-social/learner/profile')"))["id"]


def consent(page, url: str) -> None:
    open_in(page, f"{url}parcours/")
    box = page.get_by_label("J’accepte que mon avancement soit envoyé à l’entrepôt de traces")
    expect(box).not_to_be_checked()
    box.check()
    expect(page.locator('[data-widget="xapi-consent"] [data-status]')).to_contain_text("à partir de maintenant")


def test_a_quiz_passed_after_consent_reaches_the_store(browser, request, xapi_site, tmp_path):
    url, ralph = xapi_site["url"], xapi_site["ralph"]
    page = open_page(browser, request, (url.rstrip("/"), ralph.url.rstrip("/")))
    open_in(page, f"{url}parcours/{MODULE}/")  # before consent: nothing is sent
    page.locator(f'[data-widget="scenario"] [data-answer]').fill("Avant mon accord.")
    consent(page, url)
    open_in(page, f"{url}parcours/{MODULE}/")
    pass_quiz(page, MODULE)
    page.wait_for_function(QUEUE_EMPTY)

    me = learner(page)
    mine = [s for s in ralph.statements() if s["actor"].get("account", {}).get("name") == me]
    verbs = Counter(statement["verb"]["id"].removeprefix(ADL) for statement in mine)
    assert verbs == {"answered": len(right_answers(MODULE)), "passed": 1}, verbs
    quiz = f"{BASE}/parcours/integration/quiz/{MODULE}"
    for statement in mine:
        assert statement["actor"]["account"] == {"homePage": BASE, "name": me}
        assert "name" not in statement["actor"], "no name is sent when the learner typed none"
        assert statement["context"]["contextActivities"]["grouping"][0]["id"] == f"{BASE}/parcours/integration"
    answered = {s["object"]["id"]: s for s in mine if s["verb"]["id"].endswith("answered")}
    assert set(answered) == {f"{quiz}/questions/{question}" for question in right_answers(MODULE)}
    assert all(s["result"]["success"] is True and s["context"]["contextActivities"]["parent"][0]["id"] == quiz for s in answered.values())
    passed = next(s for s in mine if s["verb"]["id"].endswith("passed"))
    assert passed["object"]["id"] == quiz
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 100, "min": 0, "max": 100}
    assert passed["context"]["contextActivities"]["parent"][0]["id"] == f"{BASE}/parcours/integration/modules/{MODULE}"
    assert "Avant mon accord" not in json.dumps(mine), "a scenario's text never leaves the browser"
    assert page.log.console_errors == [] and page.log.outside_requests == []

    # HR pulls them into the cohort database, as it imports learner records.
    database = tmp_path / "cohorte.sqlite"
    pulled = subprocess.run(
        [sys.executable, "-m", "playbook.cli", "hr", "pull", "--lrs", ralph.endpoint, "--db", str(database), "--base", BASE],
        cwd=ROOT,
        env={**os.environ, "PLAYBOOK_LRS_AUTH": f"{lrs.USER}:{lrs.PASSWORD}"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT q.best, q.passed FROM quizzes q JOIN learners l ON l.id = q.learner_row WHERE l.learner = ? AND q.quiz = ?", (me, MODULE)
        ).fetchone()
    assert row == (100, 1)


def test_statements_queued_offline_are_sent_once_back_online(browser, request, xapi_site):
    url, ralph = xapi_site["url"], xapi_site["ralph"]
    page = open_page(browser, request, (url.rstrip("/"), ralph.url.rstrip("/")))
    consent(page, url)
    open_in(page, f"{url}parcours/{MODULE}/")  # the course begun: sections are tracked
    open_in(page, f"{url}{CHAPTER_PAGE}/")
    expect(page.locator("[data-read]").first).to_be_visible()  # read tracking loaded before the network goes
    page.context.set_offline(True)
    read_sections(page)
    queued = page.evaluate("() => JSON.parse(localStorage.getItem('playbook-social/xapi/queue')).items.length")
    assert queued >= len(section_keys())
    me = learner(page)
    assert [s for s in ralph.statements() if s["actor"]["account"]["name"] == me] == [], "nothing reaches the store while offline"

    page.context.set_offline(False)
    page.wait_for_function(QUEUE_EMPTY)
    page.reload(wait_until="domcontentloaded")  # a reload sends nothing again
    page.wait_for_function(QUEUE_EMPTY)
    read = Counter(s["object"]["id"] for s in ralph.statements() if s["actor"]["account"]["name"] == me and s["verb"]["id"].endswith("experienced"))
    expected = {f"{BASE}/sections/{key.replace('#', '/')}" for key in section_keys()}
    assert expected <= set(read)
    assert set(read.values()) == {1}, "each section read reaches the store once"
    # Withdrawn: the box unticked says so, and nothing waits any more.
    open_in(page, f"{url}parcours/")
    page.get_by_label("J’accepte que mon avancement soit envoyé à l’entrepôt de traces").uncheck()
    expect(page.locator('[data-widget="xapi-consent"] [data-status]')).to_contain_text("plus rien n’est envoyé")
    assert page.evaluate("() => localStorage.getItem('playbook-social/xapi/queue')") is None
    assert json.loads(page.evaluate("() => localStorage.getItem('playbook-social/xapi/consent')"))["given"] is False
    # What the page asked while offline (Material's search, say) failed, as it should.
    assert [error for error in page.log.console_errors if "ERR_INTERNET_DISCONNECTED" not in error] == []
