"""Shared test fixtures: the site built once, served on localhost, and Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "test-results"
BUILD = ROOT / "build"
# Debian's headless Chromium (what `make test` installs and passes); the whole browser otherwise.
CHROMIUM = os.environ.get("PLAYBOOK_CHROMIUM") or next(
    (path for path in ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium") if Path(path).exists()),
    "/usr/bin/chromium-headless-shell",
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # No other host is ever reached: names other than the local ones do not resolve. The pages log
    # what they asked for (logged_page) without routing every request through the test.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]
PROJECT_FILES = ("mkdocs.yml", "docs", "hooks", "chapters", "exercises", "scripts")


def run_mkdocs(
    project: Path,
    site_dir: Path,
    *,
    offline: bool = False,
    site_url: str | None = None,
    environment: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of `project` into `site_dir`; the result carries its output.
    SCORM and xAPI stay off unless `environment` turns them on (PLAYBOOK_SCORM, PLAYBOOK_XAPI_…)."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("PLAYBOOK_SCORM", "PLAYBOOK_XAPI_"))}
    env.update({"NO_MKDOCS_2_WARNING": "1", "PLAYBOOK_OFFLINE": "true" if offline else "false", **(environment or {})})
    if site_url:
        env["PLAYBOOK_SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_project(destination: Path) -> Path:
    """A copy of the project's content and configuration, for builds of altered content."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        elif source.exists():
            shutil.copy2(source, destination / name)
    (destination / "node_modules").symlink_to(ROOT / "node_modules")
    return destination


@dataclass(frozen=True)
class TestSite:
    """The project's site, built into `directory` and served at `url` (the build's site_url)."""

    directory: Path
    url: str


def worker() -> str:
    """The pytest-xdist worker running this process ("gw0"…), or "main" without xdist."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@functools.cache
def test_site() -> TestSite:
    """Built and served once per worker; built for the address it is served at, as instant navigation needs."""
    site = BUILD / f"test-site-{worker()}"
    site.mkdir(parents=True, exist_ok=True)
    server, url = serve_directory(site)
    result = run_mkdocs(ROOT, site, site_url=url)
    if result.returncode != 0:
        server.shutdown()
        raise RuntimeError(f"the site does not build:\n{result.stdout}{result.stderr}")
    return TestSite(directory=site, url=url)


def built_site() -> Path:
    return test_site().directory


def site_pages() -> list[str]:
    """URL path of every HTML page the build produces."""
    site = built_site()
    pages = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        pages.append(relative[: -len("index.html")] if relative.endswith("index.html") else relative)
    return pages


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "site_page" in metafunc.fixturenames:
        metafunc.parametrize("site_page", site_pages(), ids=lambda path: path or "accueil")


# axe-core, served beside every site the tests serve: the browser caches it (and its compiled code)
# instead of parsing 650 KB injected afresh on every page it checks.
AXE_PATH = "/__tests__/axe.min.js"
AXE_FILE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


# Files that take a worker longest, longest first (measured), started first: xdist hands out whole
# files (--dist loadfile), and a long one handed out last would leave the other worker idle until
# it ends. The files not named here take a few seconds each and fill in at the end.
LONGEST_FILES = (
    "test_site_pages.py", "test_checklist.py", "test_voice.py", "test_scorm.py", "test_voice_xss.py", "test_copy.py",
    "test_xapi.py", "test_course_screens.py", "test_search.py", "test_voice_sharing.py", "test_dashboard.py",
    "test_course_journey.py", "test_build_errors.py", "test_offline.py", "test_quiz.py", "test_checklist_storage.py",
    "test_print.py", "test_palette.py", "test_serve.py", "test_record.py", "test_scenario.py", "test_reading.py",
)  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    order = {name: rank for rank, name in enumerate(LONGEST_FILES)}
    items.sort(key=lambda item: order.get(item.path.name, len(order)))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        # Scripts, styles and data are fresh for the test (a site is built before it is served): the
        # browser keeps them, as a reader's does from a real host, instead of asking again on every page.
        if not urlparse(self.path).path.endswith(("/", ".html")):
            self.send_header("Cache-Control", "max-age=3600")
        super().end_headers()

    def translate_path(self, path: str) -> str:
        return str(AXE_FILE) if urlparse(path).path == AXE_PATH else super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve_directory(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_url() -> str:
    return test_site().url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.exit(f"Chromium introuvable ({CHROMIUM}) : lancez « make test », qui l’installe.", returncode=2)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What a page did that a reader would not want: outside requests, console errors, page errors."""

    local_origins: tuple[str, ...]
    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def is_local(self, url: str) -> bool:
        parsed = urlparse(url)
        if parsed.scheme in ("data", "blob", "about", "file", "javascript"):
            return True
        return f"{parsed.scheme}://{parsed.netloc}" in self.local_origins


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def logged_page(browser, origins: tuple[str, ...], **context_options):
    """A fresh browser context and page that log outside requests (which fail: CHROMIUM_ARGS) and
    errors. Listened to, not routed: routing every request through the test cost a fifth of a
    second of processor per page loaded."""
    context = browser.new_context(locale="fr-FR", **context_options)
    log = PageLog(local_origins=origins)

    def note(request) -> None:
        if not log.is_local(request.url):
            log.outside_requests.append(request.url)

    context.on("request", note)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and log.console_errors.append(message.text))
    page.on("pageerror", lambda error: log.console_errors.append(str(error)))
    page.log = log
    return page


def screenshot_if_failed(page, request: pytest.FixtureRequest) -> None:
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        RESULTS.mkdir(exist_ok=True)
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in request.node.nodeid)
        try:
            page.screenshot(path=str(RESULTS / f"{name}.png"), full_page=True)
        except Exception as exc:  # the page may be gone; the failure itself is already reported
            print(f"screenshot failed: {exc}")


def open_page(browser, request: pytest.FixtureRequest, origins: tuple[str, ...], **context_options):
    """A fresh page (`logged_page`) for one test, screenshot on failure, closed after it."""
    page = logged_page(browser, origins, **context_options)

    def finish() -> None:
        screenshot_if_failed(page, request)
        page.context.close()

    request.addfinalizer(finish)
    return page


@pytest.fixture(scope="module")
def module_page(browser, site_url: str):
    """One page for a module's tests that only look (no storage written): after the first test the
    site's scripts and styles come from the browser's cache, as they do for a reader."""
    page = logged_page(browser, (site_url.rstrip("/"),), color_scheme="light")
    yield page
    page.context.close()


@pytest.fixture
def looking_page(module_page, request: pytest.FixtureRequest):
    """`module_page`, its log emptied for this test, screenshot on failure."""
    module_page.log.outside_requests.clear()
    module_page.log.console_errors.clear()
    yield module_page
    screenshot_if_failed(module_page, request)


@pytest.fixture
def page(browser, request: pytest.FixtureRequest, site_url: str):
    """A page of the built site in a fresh context (empty storage), light colour scheme."""
    origin = site_url.rstrip("/")
    return open_page(browser, request, (origin,), color_scheme="light")


@pytest.fixture
def new_page(browser, request: pytest.FixtureRequest, site_url: str):
    """A factory of fresh pages, for tests that need another context or colour scheme."""

    def make(**options):
        return open_page(browser, request, (site_url.rstrip("/"),), **options)

    return make
