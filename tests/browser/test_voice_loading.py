"""What « Définir notre voix » loads, and when: the first step draws from the page's own bundle;
the validator comes with the first edit or check, the later steps' fields with the first of them
shown, the review's tools with the review. When one cannot load, the generator says so, keeps the
guide, and tries again at the next gesture."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.voice import (
    EXAMPLE,
    GOOD,
    NOT_LOADED,
    field,
    go_to_step,
    open_generator,
    refuse,
    said,
    saved_spec,
    show_field,
)


def said_then_allowed(page, pattern: re.Pattern[str]) -> None:
    """The failure is said on the page; then requests for `pattern` go through again."""
    expect(page.locator(".pb-voice__message")).to_contain_text(NOT_LOADED)
    page.unroute(pattern)
    page.log.console_errors.clear()  # the failure, logged on purpose


def test_the_review_step_loads_its_tools_when_reached_and_says_so_if_it_cannot(page, site_url):
    extras = re.compile(r"/bundles/widgets-voice-share-[0-9a-f]+\.js$")  # the « voice-tools » group
    requested = refuse(page, extras)
    open_generator(page, site_url, GOOD)
    assert requested == []  # not with the page
    page.locator(".pb-voice__steps-button", has_text="Relecture et export").click()
    said_then_allowed(page, extras)
    expect(page.locator(".pb-voice__step-title")).not_to_contain_text("Relecture et export")
    go_to_step(page, "Relecture et export")
    expect(page.locator(".pb-voice__exports")).to_contain_text(said("Le guide est complet : tous les formats sont prêts."))
    assert saved_spec(page)["organisation"] == GOOD["organisation"]


def test_the_fields_of_later_steps_load_when_one_is_first_shown_and_say_so_if_they_cannot(page, site_url):
    fields = re.compile(r"/bundles/widgets-voice-fields-more-[0-9a-f]+\.js$")  # the « voice-fields » group
    requested = refuse(page, fields)
    open_generator(page, site_url, EXAMPLE)
    expect(field(page, "organisation")).to_have_value(EXAMPLE["organisation"])
    assert requested == []  # the first step has texts and a date only
    page.locator(".pb-voice__steps-button", has_text="Publics").click()
    said_then_allowed(page, fields)
    expect(page.locator(".pb-voice__step-title")).to_contain_text("Identité et mission")
    go_to_step(page, "Publics")
    expect(field(page, "publics.0")).to_have_value(EXAMPLE["publics"][0])
    expect(page.get_by_role("button", name="Ajouter un public")).to_be_visible()
    go_to_step(page, "Ton")
    expect(field(page, "tons.serieux_drole")).to_have_attribute("aria-valuetext", re.compile(r"sur 5"))


def test_a_new_guide_shows_what_it_lacks_and_loads_its_validator_with_the_first_edit(page, site_url):
    validator = re.compile(r"/validators/voice\.js$|/bundles/widgets-closest-[0-9a-f]+\.js$")
    requested = refuse(page, validator)
    open_generator(page, site_url)
    states = page.locator(".pb-voice__steps-state")
    # The tone comes with its defaults, the words with the suggestions.
    first = ["à compléter"] * 3 + ["complète", "à compléter", "complète", "à compléter"]
    expect(states).to_have_text(first)
    go_to_step(page, "Caractère")
    expect(page.locator('[data-status="traits.0"]')).to_have_text("à compléter")
    assert requested == []  # nothing to check yet: the build gave a new guide's problems
    # The first edit loads it; when it cannot, the generator says so and keeps the guide.
    show_field(page, "traits.0.est").fill("clair")
    said_then_allowed(page, validator)
    assert len(requested) == 2 and saved_spec(page)["traits"][0]["est"] == "clair"
    field(page, "traits.0.est").fill("")
    page.get_by_role("button", name="Continuer").click()
    summary = page.locator(".pb-voice__errors")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link", name=said("« Trait 1 — Nous sommes… » ne doit pas être vide"))).to_be_visible()
    expect(states).to_have_text(first)  # the validator's answer is the build's
