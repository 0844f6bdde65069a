"""`make bench`: speed and size of the site against plain Material, measured in one run.

Builds the same chapters twice, with this project's configuration and with a bare Material
configuration, several times each and interleaved, then loads the same pages of both sites in
Chromium and weighs what they download. Prints the ratios and exits 1 when one exceeds its budget.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
CHROMIUM = os.environ.get("PLAYBOOK_CHROMIUM", "/usr/bin/chromium")
# Budgets: how much slower or heavier than plain Material the playbook may be.
BUDGETS = {"build": 3.0, "home": 1.4, "chapter": 1.6}
PLAIN_CONFIG = """site_name: Playbook social
theme:
  name: material
  language: fr
  font: false
plugins:
  - search:
      lang: fr
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - md_in_html
  - tables
  - toc:
      permalink: true
"""


def plain_project(destination: Path) -> Path:
    """The chapters and the home page as a bare Material site."""
    docs = destination / "docs"
    (docs / "chapitres").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "index.md", docs / "index.md")
    for chapter in sorted((ROOT / "chapters").glob("*.md")):
        text = chapter.read_text(encoding="utf-8")
        # Our blocks mean nothing to plain Material: leave them out of its copy.
        kept = [line for line in text.splitlines() if not line.startswith("///")]
        slug = chapter.stem.split("-", 1)[1]
        (docs / "chapitres" / f"{slug}.md").write_text("\n".join(kept) + "\n", encoding="utf-8")
    (destination / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    return destination


def build(project: Path, site: Path, strict: bool) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)] + (["--strict"] if strict else [])
    start = time.perf_counter()
    subprocess.run(command, cwd=project, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def weigh(browser, url: str) -> int:
    """Bytes of every response the page loads, widgets included, once it has settled."""
    page = browser.new_page()
    sizes: list[int] = []
    page.on("response", lambda response: sizes.append(len(response.body())) if response.ok else None)
    page.goto(url, wait_until="networkidle")
    page.close()
    return sum(sizes)


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        plain = plain_project(work / "plain")
        ours_times, plain_times = [], []
        for run in range(RUNS):
            ours_times.append(build(ROOT, work / "ours-site", strict=True))
            plain_times.append(build(plain, work / "plain-site", strict=False))
        ours_server, ours_url = serve(work / "ours-site")
        plain_server, plain_url = serve(work / "plain-site")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
                weights = {
                    "home": (weigh(browser, ours_url), weigh(browser, plain_url)),
                    "chapter": (weigh(browser, ours_url + "chapitres/service-client/"), weigh(browser, plain_url + "chapitres/service-client/")),
                }
                browser.close()
        finally:
            ours_server.shutdown()
            plain_server.shutdown()

    ours_build, plain_build = statistics.median(ours_times), statistics.median(plain_times)
    rows = [("build", ours_build, plain_build, "s")] + [(name, ours, plain, "octets") for name, (ours, plain) in weights.items()]
    failed = False
    print(f"{'mesure':<10} {'playbook':>12} {'Material':>12} {'rapport':>8} {'budget':>7}")
    for name, ours, plain, unit in rows:
        ratio = ours / plain
        over = ratio > BUDGETS[name]
        failed |= over
        shown = (f"{ours:.2f}", f"{plain:.2f}") if unit == "s" else (f"{ours:,}".replace(",", " "), f"{plain:,}".replace(",", " "))
        print(f"{name:<10} {shown[0]:>12} {shown[1]:>12} {ratio:>7.2f}× {BUDGETS[name]:>6.1f}×{'  DÉPASSÉ' if over else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
