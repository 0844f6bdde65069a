"""The cohort report's speed, for `make bench`: 1,000 invented records imported and reported on the
command line (budget 5 s, the two commands as HR runs them), and the same files dropped on the
page in Chromium (budget 3 s, measured in the page with performance.now(): from the files chosen
to the report drawn).

    python tools/cohort_bench.py [--site DIR]    DIR: a built site (mkdocs build); without it, the
                                                browser measure is skipped
Exit status 1 when a measure exceeds its budget.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNT = 1000
BUDGETS = {"cli": 5.0, "browser": 3.0}
CHROMIUM = os.environ.get("PLAYBOOK_CHROMIUM", "/usr/bin/chromium")
# Milliseconds from the files chosen to the status that closes the report (set once it is drawn).
MEASURE = """() => { window.__cohortRendered = new Promise((resolve) => {
  const status = document.querySelector('[data-widget=cohort] [data-status]');
  let start = 0;
  document.querySelector('[data-files]').addEventListener('change', () => { start = performance.now(); }, {capture: true});
  new MutationObserver(() => { if (status.textContent) resolve(performance.now() - start); }).observe(status, {childList: true, characterData: true, subtree: true});
}); }"""


def command_line_seconds(directory: Path) -> float:
    """`playbook hr import` then `playbook hr report`, as separate processes, wall time."""
    playbook = [sys.executable, "-m", "playbook.cli"]
    db, report = directory / "cohorte.sqlite", directory / "rapport.html"
    start = time.perf_counter()
    subprocess.run([*playbook, "hr", "import", str(directory / "dossiers"), "--db", str(db)], check=True, capture_output=True)
    subprocess.run([*playbook, "hr", "report", "--db", str(db), "-o", str(report), "--csv", str(directory / "r.csv"), "--root", str(ROOT)], check=True, capture_output=True)
    return time.perf_counter() - start


def browser_seconds(site: Path, files: list[Path]) -> float:
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/parcours/rapport-de-cohorte/")
            page.wait_for_function("document.querySelector('[data-widget=cohort]').dataset.ready === 'true'")
            page.evaluate(MEASURE)
            page.set_input_files("#pb-cohorte-fichiers", [str(path) for path in files])
            elapsed = page.evaluate("window.__cohortRendered") / 1000
            browser.close()
            return elapsed
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/cohort_bench.py")
    parser.add_argument("--site", help="a built site, to measure the page as well")
    arguments = parser.parse_args(argv)
    from playbook.hr.catalogue import load_catalogue
    from playbook.hr.demo import write_demo

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        files = write_demo(load_catalogue(ROOT), COUNT, seed=1, directory=work / "dossiers")
        measures = {"cli": command_line_seconds(work)}
        if arguments.site:
            measures["browser"] = browser_seconds(Path(arguments.site), files)
    failed = False
    for name, seconds in measures.items():
        over = seconds > BUDGETS[name]
        failed |= over
        print(f"cohorte {name:<8} {COUNT} dossiers {seconds:6.2f} s  budget {BUDGETS[name]:.1f} s{'  DÉPASSÉ' if over else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
