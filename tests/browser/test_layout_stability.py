"""Nothing jumps when a widget's script arrives: what the script will fill keeps its place on a phone
from the first paint (html.pb-js), and the no-script text is not flashed before it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.course import module_url
from tests.browser.pages import PHONE, goto, wait_ready

BUNDLES = "**/assets/javascripts/bundles/**"


def before_the_scripts(page, url: str):
    """Open `url` with the widgets' scripts held back; return what lets them through."""
    held: list = []
    released = False

    def hold(route) -> None:
        if released:
            route.continue_()
        else:
            held.append(route)

    page.route(BUNDLES, hold)
    goto(page, url, ready=False)

    def release() -> None:
        nonlocal released
        released = True
        for route in held:
            route.continue_()
        wait_ready(page)

    return release


def top(page, selector: str) -> float:
    return page.locator(selector).first.evaluate("element => element.getBoundingClientRect().top")


@pytest.mark.parametrize(
    ("where", "filled", "below"),
    [
        ("module", ".pb-module__status", ".pb-module__summary"),  # « À faire · 35 min »
        ("path", "[data-resume]", "#pb-course-modules"),  # progress, « Commencer le parcours »
    ],
)
def test_what_the_course_script_fills_keeps_its_place(new_page, site_url, where, filled, below):
    page = new_page(**PHONE)
    release = before_the_scripts(page, site_url + (module_url(0) if where == "module" else "parcours/"))
    expect(page.locator(filled)).to_be_hidden()
    before = top(page, below)
    release()
    expect(page.locator(filled)).to_be_visible()
    assert abs(top(page, below) - before) < 1


def test_a_modules_minutes_stay_beside_the_place_of_its_badge(new_page, site_url):
    """On the path, « À faire » keeps its place before the script shows it: « 35 min · 9 étapes »
    beside it does not move right."""
    page = new_page(**PHONE)
    release = before_the_scripts(page, site_url + "parcours/")
    badge = page.locator(".pb-course__status").first
    minutes = page.locator(".pb-course__facts > span:nth-child(2)").first
    expect(badge).to_be_hidden()
    before = minutes.bounding_box()
    release()
    expect(badge).to_have_text("À faire")
    after = minutes.bounding_box()
    assert (after["x"], after["y"]) == pytest.approx((before["x"], before["y"]), abs=1)


def test_the_generator_keeps_a_screen_for_its_form_and_flashes_no_fallback(new_page, site_url):
    page = new_page(**PHONE)
    release = before_the_scripts(page, site_url + "definir-notre-voix/")
    height = PHONE["viewport"]["height"]
    expect(page.locator(".pb-voice [data-fallback]")).not_to_be_visible()
    assert top(page, ".md-footer") >= height  # the footer does not show, then jump away
    release()
    expect(page.locator(".pb-voice [data-app]")).to_be_visible()
    assert top(page, ".md-footer") >= height
