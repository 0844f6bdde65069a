"""The course on paper: the welcome kit (empty forms, answer keys on pages of their own, at most
24 A4 pages, internal links without their address) and the attestation (the certificate only)."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

from tests.browser.course import content, course, done_state, seed_state
from tests.browser.pages import goto
from tests.browser.widgets import catalogue, key, stored_value

KIT = "parcours/kit/"
MAX_PAGES = 24
PDF_PAGE = re.compile(rb"/Type\s*/Page(?!s)")


def pdf_pages(page) -> int:
    return len(PDF_PAGE.findall(page.pdf(format="A4")))


def test_the_kit_prints_empty_forms_and_apart_answer_keys_on_at_most_24_pages(page, site_url):
    checklist_id = course().modules[-1].activities_of("checklist")[0]
    answers = {item.id: 2 for item in catalogue().checklists[checklist_id].items}
    seed_state(page, site_url, done_state([0]), {key(checklist_id): stored_value(catalogue().checklists[checklist_id], answers)})
    goto(page, site_url + KIT)
    article = page.locator("article")
    assert article.locator("[data-widget], input, textarea").count() == 0  # forms drawn empty, never the reader's
    policy = catalogue().section_title(course().policy)
    expect(article.locator("#kit-politique h2").first).to_have_text(re.compile(re.escape(policy)))
    items = article.locator(".pb-kit-form").first.locator("tbody tr")
    expect(items).to_have_count(len(catalogue().checklists[checklist_id].items))
    questions = sum(len(quiz.questions) for quiz in content().quizzes.values())
    expect(article.locator(".pb-kit-question")).to_have_count(questions)
    expect(article.locator(".pb-kit-answers > li")).to_have_count(questions)
    expect(article.locator(".pb-kit-sheet")).to_have_count(len(content().scenarios))

    page.emulate_media(media="print")
    parts = article.locator(".pb-kit-part").evaluate_all("parts => parts.map(p => getComputedStyle(p).breakBefore)")
    assert parts and set(parts) == {"page"}  # the answer keys too: they can be kept apart
    links = article.locator(".pb-kit-part a[href]")
    assert links.count() > 5
    after = links.evaluate_all("links => links.map(a => getComputedStyle(a, '::after').content)")
    assert set(after) == {"none"}, "une adresse serait imprimée après un lien interne"
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert not page.locator(selector).first.is_visible()
    count = pdf_pages(page)
    assert 4 <= count <= MAX_PAGES, f"{count} pages A4"


def test_the_attestation_prints_the_certificate_alone_on_one_page(page, site_url):
    state = done_state(list(range(len(course().modules))))
    checklist_id = course().modules[-1].activities_of("checklist")[0]
    answers = {item.id: 1 for item in catalogue().checklists[checklist_id].items}
    profile = {"schema": 1, "id": "abcdefgh12345678", "name": "Camille Martin", "includeTexts": False, "updatedAt": "2026-11-20T10:00:00Z"}
    seed_state(
        page,
        site_url,
        state,
        {key(checklist_id): stored_value(catalogue().checklists[checklist_id], answers), "playbook-social/learner/profile": json.dumps(profile)},
    )
    goto(page, site_url + "parcours/attestation/")
    certificate = page.locator("[data-certificate]")
    expect(certificate.locator("[data-name]")).to_have_text("Camille Martin")
    expect(certificate).to_contain_text("20 novembre 2026")
    expect(certificate.locator("tbody tr")).to_have_count(len(course().modules))
    page.emulate_media(media="print")
    expect(certificate).to_be_visible()
    expect(page.get_by_label("Votre nom")).to_be_hidden()
    expect(page.locator("article h1")).to_be_hidden()
    assert pdf_pages(page) == 1
