"""Read tracking: nothing for readers who never began the course (not even its scripts), nor on the
first module page of one who just began it, until there is something to show; for a
learner, a section counts once its end is reached — not on opening the page —, by hand too, and
the navigation marks the chapters read and the modules done."""

from __future__ import annotations

import gzip
import json
import re
from urllib.request import urlopen

from playwright.sync_api import expect

from playbook.course import section_key
from tests.browser.course import course, done_state, module_url, seed_state, state_key, stored_state
from tests.browser.pages import goto
from tests.browser.widgets import catalogue
from tests.conftest import built_site

OWN_BUDGET = 6 * 1024  # the project's own JS and CSS on a page without widgets, compressed
# Material's code and vendored third-party code are not the project's own.
NOT_OWN = re.compile(r"/assets/(vendor/|javascripts/(bundle\.|workers/|lunr/)|stylesheets/(main|palette)\.)")
TOGGLE = re.compile("^Marquer cette section comme lue")


def marker(page, reference: str):
    return page.locator(f'[data-read="{section_key(reference)}"]')


def test_a_reader_who_never_began_the_course_pays_nothing_for_it(page, site_url):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    goto(page, site_url + "glossaire/")
    own = [url for url in requested if url.startswith(site_url) and url.endswith((".js", ".css")) and not NOT_OWN.search(url)]
    size = sum(len(gzip.compress(urlopen(url).read())) for url in own)  # noqa: S310 (the local test server)
    assert size <= OWN_BUDGET, f"{size} octets compressés : {own}"
    reference = course().modules[0].read[0]
    chapter = section_key(reference).split("#")[0]
    goto(page, f"{site_url}chapitres/{chapter}/")
    expect(marker(page, reference)).to_be_hidden()
    assert not [url for url in requested if "reading" in url or "course-data" in url]
    # The whole course (titles included) is written only for SCORM and xAPI, whose widgets read it.
    assert not (built_site() / "assets" / "javascripts" / "course-data.js").exists()


def test_a_section_is_read_when_its_end_is_reached_not_when_the_page_opens(page, site_url):
    seed_state(page, site_url, done_state([]))
    module = course().modules[0]
    reference = module.read[0]
    chapter, _, anchor = section_key(reference).partition("#")
    goto(page, f"{site_url}chapitres/{chapter}/#{anchor}")
    end = marker(page, reference)
    expect(end).to_be_visible()
    end.scroll_into_view_if_needed()  # the page's own scrolling: not the reader's
    toggle = end.get_by_role("button", name=TOGGLE)
    expect(toggle).to_have_attribute("aria-pressed", "false")
    assert stored_state(page)["sections"] == {}
    page.mouse.wheel(0, 30)
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert section_key(reference) in stored_state(page)["sections"]
    # The next step of the module, from the end of its section.
    following = end.locator("[data-read-next]")
    expect(following).to_contain_text("Module 1 · étape suivante")
    assert following.get_by_role("link").get_attribute("href").endswith(section_key(module.read[1]).split("#")[1])
    # By hand: unmarked, it stays so while the reader keeps scrolling.
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    page.mouse.wheel(0, 30)
    page.mouse.wheel(0, -30)
    expect(toggle).to_have_attribute("aria-pressed", "false")
    assert section_key(reference) not in stored_state(page)["sections"]
    toggle.press("Enter")
    expect(toggle).to_have_attribute("aria-pressed", "true")
    # A section outside the course has no next step.
    expect(page.locator(f'[data-read="{chapter}#en-bref"] [data-read-next]')).to_have_count(0)


def test_the_navigation_marks_chapters_read_and_modules_done(page, site_url):
    state = done_state([0])
    chapter = "mesure"
    file = next(name for name in catalogue().sections if name.endswith(f"-{chapter}.md"))
    for section in catalogue().sections[file]:
        if section.level == 2:
            state["sections"][section_key(f"{file}#{section.anchor}")] = state["updatedAt"]
    seed_state(page, site_url, state)
    goto(page, site_url + module_url(1))
    nav = page.locator(".md-nav--primary")
    expect(nav.locator(f'a[href$="chapitres/{chapter}/"]').first).to_contain_text("(lu)")
    expect(nav.locator(f'a[href$="{module_url(0)}"]').first).to_contain_text("(terminé)")
    expect(nav.locator(f'a[href$="{module_url(1)}"]').first).not_to_contain_text("(terminé)")
    expect(nav.locator('a[href$="chapitres/service-client/"]').first).not_to_contain_text("(lu)")


def test_a_first_module_page_loads_reading_progress_once_there_is_something_to_show(page, site_url):
    requested: list[str] = []
    page.on("request", lambda request: "reading" in request.url and requested.append(request.url))
    goto(page, site_url + module_url(1))  # begins the course: nothing read, nothing done yet
    assert stored_state(page) is not None
    assert requested == []
    # Another tab (or an imported record) stores a module done: the navigation shows it.
    other = page.context.new_page()
    goto(other, site_url + "glossaire/", ready=False)
    other.evaluate("([key, value]) => localStorage.setItem(key, value)", [state_key(), json.dumps(done_state([0]))])
    nav = page.locator(".md-nav--primary")
    expect(nav.locator(f'a[href$="{module_url(0)}"]').first).to_contain_text("(terminé)")
    assert requested
    other.close()
