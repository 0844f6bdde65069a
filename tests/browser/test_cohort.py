"""« Rapport de cohorte »: HR drops valid, invalid and duplicate records and gets the same figures as
the command line, the rejected files with their reasons, a CSV export, a print layout — and the
reader's own answers in this browser are left exactly as they were."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from playwright.sync_api import expect

from playbook import cli
from playbook.hr.demo import demo_records
from tests.browser.axe import axe_violations
from tests.browser.pages import goto
from tests.browser.widgets import catalogue, downloaded_text, seed, storage
from tests.conftest import ROOT

PAGE = "parcours/rapport-de-cohorte/"
PAGE_TABLES = """() => Object.fromEntries([...document.querySelectorAll('[data-report] table[data-table]')].map(table =>
  [table.dataset.table, [...table.querySelectorAll('tr')].map(row => [...row.cells].map(cell => cell.textContent.trim()))]))"""
DROP = """([names, texts]) => {
  const transfer = new DataTransfer();
  names.forEach((name, index) => transfer.items.add(new File([texts[index]], name, {type: 'application/json'})));
  document.querySelector('[data-drop]').dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
}"""


class Tables(HTMLParser):
    """The `data-table` tables of the command line's report: table id → rows of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.current: list[list[str]] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table" and dict(attrs).get("data-table"):
            self.current = self.tables.setdefault(dict(attrs)["data-table"], [])
        elif tag == "tr" and self.current is not None:
            self.current.append([])
        elif tag in ("td", "th") and self.current is not None:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.current[-1].append("".join(self.cell).strip())
            self.cell = None
        elif tag == "table":
            self.current = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def write_records(directory: Path, count: int) -> list[Path]:
    directory.mkdir()
    paths = []
    for name, record in demo_records(catalogue(), count, seed=21):
        path = directory / name
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def test_dropped_records_give_the_command_lines_figures_and_leave_storage_untouched(page, site_url, tmp_path):
    valid = write_records(tmp_path / "dossiers", 12)
    broken = tmp_path / "coupé.json"
    broken.write_text('{"schema": "playbook-social/learner-record", "ver', encoding="utf-8")
    stranger = tmp_path / "autre.json"
    stranger.write_text('{"nom": "Camille"}', encoding="utf-8")
    wrong = json.loads(valid[0].read_text(encoding="utf-8"))
    wrong["course"]["modules"]["conversation"]["status"] = "fini"
    invalid = tmp_path / "statut.json"
    invalid.write_text(json.dumps(wrong), encoding="utf-8")

    mine = {
        "playbook-social/checklist/voix": json.dumps({"schema": 1, "version": 1, "items": ["a"], "answers": {"a": 1}, "updatedAt": "2026-11-20T10:00:00.000Z"}),
        "playbook-social/learner/profile": json.dumps({"schema": 1, "id": "rhrhrhrh01", "includeTexts": False, "updatedAt": "2026-11-20T10:00:00.000Z"}),
    }
    seed(page, site_url, mine)
    goto(page, site_url + PAGE)
    page.get_by_label("Ou choisissez les fichiers").set_input_files([*valid, broken, stranger, invalid])
    status = page.locator("[data-status]")
    expect(status).to_have_text("15 fichiers lus : 12 personnes comptées, 0 doublon compté une seule fois, 3 fichiers refusés.".replace(" :", "\u00a0:"))
    rejected = page.locator("[data-rejected] li").all_inner_texts()
    assert [line.replace("\u00a0", " ") for line in rejected] == [
        "coupé.json : ce n’est pas un fichier JSON lisible",
        "autre.json : ce n’est pas un dossier d’apprenant du Playbook social",
        "statut.json : « course.modules.conversation.status » doit valoir « todo » ou « started » ou « done »",
    ]
    # A second drop, onto the zone: one learner's record again, counted once.
    page.evaluate(DROP, [["copie.json"], [valid[3].read_text(encoding="utf-8")]])
    expect(status).to_contain_text("16 fichiers lus : 12 personnes comptées, 1 doublon compté une seule fois, 3 fichiers refusés")

    db, report, csv = tmp_path / "cohorte.sqlite", tmp_path / "rapport.html", tmp_path / "rapport.csv"
    assert cli.main(["hr", "import", *map(str, valid), "--db", str(db)]) == 0
    assert cli.main(["hr", "report", "--db", str(db), "-o", str(report), "--csv", str(csv), "--root", str(ROOT), "--site-url", site_url]) == 0
    expected = Tables()
    expected.feed(report.read_text(encoding="utf-8"))
    shown = page.evaluate(PAGE_TABLES)
    assert set(shown) == {"summary", "modules", "quizzes", "domains", "weakItems", "weakQuestions"}
    assert shown == expected.tables
    assert shown["summary"][1] == ["Personnes", "12"]

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Exporter les tableaux (CSV)").click()
    assert download_info.value.suggested_filename.startswith("rapport-de-cohorte-")
    assert downloaded_text(download_info.value) == csv.read_text(encoding="utf-8")

    page.emulate_media(media="print")
    expect(page.locator("[data-drop]")).to_be_hidden()
    expect(page.locator("[data-report] table").first).to_be_visible()
    page.emulate_media(media="screen")
    page.get_by_role("button", name="Vider le rapport").click()
    expect(page.locator("[data-report] table")).to_have_count(0)
    expect(page.get_by_label("Ou choisissez les fichiers")).to_be_focused()
    assert storage(page) == mine
    assert page.log.console_errors == [] and page.log.outside_requests == []


def test_the_report_page_is_accessible_with_a_report_shown(page, site_url, tmp_path):
    goto(page, site_url + PAGE)
    page.get_by_label("Ou choisissez les fichiers").set_input_files(write_records(tmp_path / "dossiers", 5))
    expect(page.locator("[data-report] table").first).to_be_visible()
    assert axe_violations(page) == []


def test_what_the_report_counts_comes_with_the_first_files_and_a_failed_load_says_so(page, site_url, tmp_path):
    """cohort-data.js (the course, its quizzes and the checklists, two thirds of the page if its HTML
    carried them) and the code that counts and draws load with the first files; if they cannot, the
    status line says so and a second try works."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    goto(page, site_url + PAGE)
    assert not [url for url in requested if url.endswith("/cohort-data.js") or "cohort-figures" in url or "/validators/" in url]
    files = write_records(tmp_path / "dossiers", 3)
    chooser = page.get_by_label("Ou choisissez les fichiers")
    page.route("**/cohort-data.js", lambda route: route.abort())
    chooser.set_input_files(files)
    expect(page.locator("[data-status]")).to_have_text(
        "Les fichiers n’ont pas pu être lus : rechargez la page, puis réessayez.".replace(" :", "\u00a0:")
    )
    expect(page.locator("[data-report] table")).to_have_count(0)
    page.unroute("**/cohort-data.js")
    page.log.console_errors.clear()  # the failure, logged on purpose
    chooser.set_input_files(files)
    expect(page.locator("[data-status]")).to_contain_text("3 fichiers lus")
    link = page.locator("[data-report] table a").first
    assert link.get_attribute("href").startswith(site_url + "chapitres/")
