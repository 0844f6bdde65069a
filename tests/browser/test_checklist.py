"""A checklist in its chapter: answers saved and restored, progress and score beside the items,
« ne s’applique pas », help, table of contents, export, reset, and an empty form on paper."""

from __future__ import annotations

import csv
import io
import json
import re

from playwright.sync_api import expect

from tests.browser.axe import axe_violations
from tests.browser.pages import PHONE, goto, reload
from tests.browser.widgets import (
    CHECKLIST_ID,
    CHECKLIST_PAGE,
    answer,
    checklist,
    downloaded_text,
    key,
    open_checklist,
    storage,
    widget,
)
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

# The choices the score tests give to the 15 items of « service-client » (version 2), and what they are worth
# by the rules of scoring.js (tests/js/scoring.test.js): the first five give 14 of 33 points.
CHOICES = [1, 0, 3, 2, 1, 0, 3, 2, 1, 0, 3, 2, 1, 0, 3]
FIRST_FIVE = (42, "En route")
ALL = (47, "En route")


def checked_choices(page) -> list[int | str | None]:
    return widget(page).locator("[data-item]").evaluate_all(
        """rows => rows.map(row => { const input = row.querySelector('input:checked');
                                     return input ? (input.value === 'na' ? 'na' : Number(input.value)) : null; })"""
    )


def progress(page):
    return widget(page).locator("[data-progress]")


def test_an_answer_survives_a_reload(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 2)
    answer(page, 3, 1)
    reload(page)
    assert checked_choices(page)[:4] == [2, None, None, 1]
    stored = json.loads(storage(page)[key(CHECKLIST_ID)])
    assert stored["answers"] == {checklist().items[0].id: 2, checklist().items[3].id: 1}
    assert stored["version"] == checklist().version


def test_answers_survive_instant_navigation_away_and_back(page, site_url):
    open_checklist(page, site_url)
    answer(page, 1, 3)
    page.evaluate("window.__stillHere = true")
    page.locator(".md-nav--primary a[href$='glossaire/']").first.click()
    expect(page.locator("article h1")).to_have_text("Glossaire")
    page.locator(".md-nav--primary a[href$='chapitres/service-client/']").first.click()
    expect(widget(page)).to_have_attribute("data-ready", "true")
    assert checked_choices(page)[1] == 3
    assert page.evaluate("window.__stillHere === true"), "la navigation a rechargé la page"


def test_answers_survive_a_browser_restart(browser, site_url, tmp_path):
    profile = tmp_path / "profil"

    def session(action):
        context = browser.browser_type.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        page = context.new_page()
        open_checklist(page, site_url)
        result = action(page)
        context.close()
        return result

    session(lambda page: answer(page, 2, 1))
    assert session(checked_choices)[2] == 1


def test_progress_and_score_follow_the_answers(page, site_url):
    open_checklist(page, site_url)
    total = len(checklist().items)
    expect(progress(page)).to_have_text(f"0 sur {total} · répondez pour voir votre score")
    for index, choice in enumerate(CHOICES[:5]):
        answer(page, index, choice)
    expect(progress(page)).to_have_text(f"5 sur {total} · score provisoire {FIRST_FIVE[0]}\u00a0%")
    assert progress(page).get_attribute("aria-live") == "polite"
    for index, choice in enumerate(CHOICES[5:], start=5):
        answer(page, index, choice)
    expect(progress(page)).to_have_text(f"Terminé · score {ALL[0]}\u00a0% · niveau «\u00a0{ALL[1]}\u00a0»")
    current = widget(page).locator(".pb-checklist__level.is-current")
    expect(current).to_have_count(1)
    expect(current).to_contain_text(ALL[1])
    assert current.locator("a").count() >= 1


def test_the_progress_line_stays_in_view_on_a_phone(new_page, site_url):
    page = new_page(**PHONE)
    open_checklist(page, site_url)
    rows = widget(page).locator("[data-item]")
    rows.nth(0).scroll_into_view_if_needed()
    answer(page, 0, 2)
    expect(progress(page)).to_contain_text(f"1 sur {len(checklist().items)} · score provisoire 67\u00a0%")
    expect(progress(page)).to_be_in_viewport()
    rows.nth(4).get_by_role("radio").first.scroll_into_view_if_needed()
    answer(page, 4, 3)
    expect(progress(page)).to_be_in_viewport()
    box, height = progress(page).bounding_box(), page.viewport_size["height"]
    assert box["y"] + box["height"] <= height + 1 and box["y"] > height - 150, "la ligne de progression n’est pas en bas de l’écran"
    # Beyond the checklist, the line goes with it.
    page.locator("#sources").scroll_into_view_if_needed()
    expect(progress(page)).not_to_be_in_viewport()


def test_not_applicable_is_answered_but_left_out_of_the_score(page, site_url):
    open_checklist(page, site_url)
    data = checklist()
    answer(page, 0, 3)
    widget(page).locator("[data-item]").nth(1).get_by_role("radio", name="Ne s’applique pas").check()
    expect(progress(page)).to_have_text(f"2 sur {len(data.items)} · score provisoire 100\u00a0% (1 sans objet)")
    assert json.loads(storage(page)[key(CHECKLIST_ID)])["answers"] == {data.items[0].id: 3, data.items[1].id: "na"}
    reload(page)
    assert checked_choices(page)[:3] == [3, "na", None]


def test_the_help_is_one_tap_away(page, site_url):
    open_checklist(page, site_url)
    item = next(item for item in checklist().items if item.help)
    row = widget(page).locator(f'[data-item="{item.id}"]')
    help_text = row.get_by_text(item.help)
    expect(help_text).to_be_hidden()
    row.get_by_text("Comment répondre ?").click()
    expect(help_text).to_be_visible()


def test_the_chapter_announces_its_checklist_and_lists_it_in_its_contents(page, site_url):
    open_checklist(page, site_url)
    data = checklist()
    announce = page.locator(".pb-chapter-meta__checklist a")
    expect(announce).to_have_text(f"Une grille de {len(data.items)}\u00a0affirmations, 5\u00a0minutes")
    assert announce.get_attribute("href").endswith(f"{CHECKLIST_PAGE}#grille-{CHECKLIST_ID}")
    toc = page.locator(".md-sidebar--secondary .md-nav__link", has_text=data.title)
    assert toc.get_attribute("href").endswith(f"#grille-{CHECKLIST_ID}")
    # Under « Passer à l’action », where the checklist stands.
    parent = toc.locator("xpath=ancestor::li[2]/a[1]")
    expect(parent).to_have_text("Passer à l’action")


def row_stops(page, index: int) -> int:
    """Links and summaries of item `index` a Tab goes through after its choices."""
    return widget(page).locator("[data-item]").nth(index).locator("summary, a").count()


def test_a_reader_can_answer_with_the_keyboard_only(page, site_url):
    open_checklist(page, site_url)
    count = len(checklist().items)
    widget(page).locator("[data-item]").first.get_by_role("radio").first.focus()
    for index in range(count):
        page.keyboard.press("ArrowRight")  # moves to « Un peu » and selects it
        page.keyboard.press("ArrowRight")  # « En bonne partie »
        focused = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert focused != "none", "le focus n’est pas visible"
        if index < count - 1:
            for _ in range(row_stops(page, index)):
                page.keyboard.press("Tab")  # past the help and the « À lire » link
            page.keyboard.press("Tab")  # the next item's first choice
    assert checked_choices(page) == [2] * count
    expect(progress(page)).to_have_text("Terminé · score 67\u00a0% · niveau «\u00a0En route\u00a0»")


def test_export_gives_a_spreadsheet(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 3)
    answer(page, 1, 0)
    widget(page).locator("[data-item]").nth(2).get_by_role("radio", name="Ne s’applique pas").check()
    data = checklist()
    with page.expect_download() as csv_download:
        widget(page).get_by_role("button", name="Exporter mes réponses (CSV)").click()
    assert csv_download.value.suggested_filename.startswith(f"grille-{CHECKLIST_ID}-")
    text = downloaded_text(csv_download.value)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == ["Affirmation", "Réponse", "Points", "Poids", "À lire"]
    assert rows[1][:3] == [data.items[0].text, data.scale[3].label, str(data.scale[3].points)]
    assert rows[2][:3] == [data.items[1].text, data.scale[0].label, "0"]
    assert rows[3][:3] == [data.items[2].text, "Ne s’applique pas", ""]
    assert rows[4][1] == ""
    # 3 of 3 on a weight of 3 and 0 of 3 on a weight of 3: 50 %
    assert rows[-1][:2] == ["Score", "50\u00a0%"]
    expect(widget(page).locator("[data-message]")).to_contain_text("est prêt dans vos téléchargements")


def test_reset_asks_before_erasing(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 1)
    tools = widget(page)
    tools.get_by_role("button", name="Effacer mes réponses").click()
    expect(tools.locator("[data-confirm]")).to_be_visible()
    tools.get_by_role("button", name="Annuler").click()
    expect(tools.locator("[data-confirm]")).to_be_hidden()
    assert checked_choices(page)[0] == 1
    tools.get_by_role("button", name="Effacer mes réponses").click()
    tools.get_by_role("button", name="Oui, effacer").click()
    assert set(checked_choices(page)) == {None}
    assert key(CHECKLIST_ID) not in storage(page)
    expect(tools.locator("[data-message]")).to_have_text("Vos réponses à cette grille sont effacées.")
    expect(progress(page)).to_contain_text("0 sur")


def test_print_gives_an_empty_form_with_boxes_to_tick(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 1)
    page.emulate_media(media="print")
    first = widget(page).locator("[data-item]").first
    choices = first.locator(".pb-checklist__choice")
    expect(choices).to_have_count(len(checklist().scale) + 1)
    expect(choices.first).to_be_visible()
    # Every answer prints alike: an empty box and its label, the saved answer nowhere.
    looks = choices.evaluate_all(
        """labels => labels.map(label => { const box = getComputedStyle(label, '::before');
                                         return [box.borderTopStyle, box.width === box.height, getComputedStyle(label).fontWeight,
                                                 getComputedStyle(label.querySelector('input')).display]; })"""
    )
    assert {tuple(look) for look in looks} == {("solid", True, "400", "none")}
    for hidden in ("[data-progress]", "[data-tools]", ".pb-checklist__more"):
        expect(widget(page).locator(hidden).first).to_be_hidden()


def test_without_javascript_the_checklist_is_a_readable_list(new_page, site_url):
    page = new_page(java_script_enabled=False)
    page.goto(site_url + CHECKLIST_PAGE)
    items = widget(page).locator("[data-item]")
    expect(items).to_have_count(len(checklist().items))
    expect(items.first.locator("legend")).to_have_text(checklist().items[0].text)
    expect(items.first.locator(".pb-checklist__choices")).to_be_hidden()
    expect(widget(page).locator("[data-tools]")).to_be_hidden()
    expect(progress(page)).to_be_hidden()
    expect(widget(page).locator(".pb-checklist__level p").first).to_be_visible()


def test_no_widget_code_on_pages_without_widgets(page, site_url):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    goto(page, site_url + "glossaire/")
    assert not [url for url in requested if "/bundles/" in url or "/widgets/" in url or "/vendor/nunjucks" in url]
    goto(page, site_url + CHECKLIST_PAGE)
    assert any(re.search(r"/bundles/widgets-checklist-[0-9a-f]+\.js$", url) for url in requested)
    assert not [url for url in requested if "nunjucks" in url or "js-yaml" in url or "voice" in url]


def test_the_answered_checklist_is_accessible(page, site_url):
    open_checklist(page, site_url)
    answer(page, 0, 2)
    widget(page).locator("[data-item]").nth(1).get_by_role("radio", name="Ne s’applique pas").check()
    widget(page).locator("summary").first.click()
    widget(page).get_by_role("button", name="Effacer mes réponses").click()
    assert axe_violations(page) == []
