"""What a reader waits for in Chromium, and the third-party code a page loads before it needs it.

Each interaction is timed in the page with performance.now(): from the timestamp of the reader's
event (a real click, key press or file choice sent by Playwright) to the moment the change they
wait for is in the page and laid out (a MutationObserver on the element, then a forced layout).
The median of REPETITIONS is kept. The generator redraws its preview after a deliberate pause in
typing (VoiceGenerator.PREVIEW_DELAY, read from the page): that pause is taken off its figure.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from tools.bench import commands
from tools.bench.pages import PAGE_TYPES, owner
from tools.bench.server import compressed_size
from tools.bench.weights import READY

REPETITIONS = 100
PHONE = {"width": 412, "height": 823}  # Lighthouse's mobile viewport: the preview sits behind a tab
WIDE = {"width": 1280, "height": 900}  # the generator's preview beside its form
CHECKLIST_PAGE = "chapitres/service-client/"
QUIZ_PAGE = "parcours/client-en-public/"
GENERATOR_PAGE = "definir-notre-voix/"
COHORT_PAGE = "parcours/rapport-de-cohorte/"

# window.__bench.times gets one figure per reader action: from the event whose type is `start`
# (and whose target matches `trigger`) to the next change under `watched` that `done` accepts.
WATCH = """([start, trigger, watched, done]) => {
  const bench = (window.__bench = { start: 0, times: [] });
  const target = document.querySelector(watched);
  const finished = new Function("target", `return (${done})(target)`);
  document.addEventListener(start, (event) => {
    if (event.target.closest(trigger)) bench.start = event.timeStamp;
  }, { capture: true });
  new MutationObserver(() => {
    if (!bench.start || !finished(target)) return;
    document.body.getBoundingClientRect(); // the change laid out, as the reader will see it
    bench.times.push(performance.now() - bench.start);
    bench.start = 0;
  }).observe(target, { childList: true, characterData: true, subtree: true });
}"""
IDLE = "() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve), { timeout: 2000 }))"


def _open(browser, url: str, viewport: dict):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.wait_for_function(READY, timeout=30_000)
    return context, page


def _watch(page, start: str, trigger: str, watched: str, done: str = "() => true") -> None:
    page.evaluate(WATCH, [start, trigger, watched, done])


def _next(page, count: int) -> None:
    """Wait until the page has timed `count` actions."""
    page.wait_for_function("count => window.__bench.times.length >= count", arg=count, timeout=60_000)


def _median(page, offset: float = 0.0) -> float:
    return statistics.median(time - offset for time in page.evaluate("window.__bench.times"))


def eager_third_party(browser, base_url: str) -> dict[str, int]:
    """Per page type, the third-party code (compressed bytes) loaded before the reader asks for anything.

    Opened at the phone viewport Lighthouse uses, left idle once its widgets are ready: whatever
    vendor script arrives then (a template engine, a YAML parser, a stemmer) is loaded too early.
    The key names the page, and the file when there is one (one key per file).
    """
    found: dict[str, int] = {}
    for page_type in PAGE_TYPES:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        vendor: dict[str, int] = {}

        def record(response) -> None:
            if response.ok and owner(response.url) == "vendor":
                vendor[response.url.rsplit("/assets/vendor/", 1)[1]] = compressed_size(response.body(), response.url)

        page.on("response", record)
        page.goto(base_url + page_type.path, wait_until="load")
        page.wait_for_function(READY, timeout=30_000)
        page.evaluate(IDLE)
        page.wait_for_timeout(300)  # a bench, not a test: let what the idle page started arrive
        context.close()
        for name, size in vendor.items() or [("", 0)]:
            found[f"{page_type.label} : {name}" if name else page_type.label] = size
    return found


def checklist(browser, base_url: str, repetitions: int) -> float:
    """A choice on a checklist's first item → the progress line beside the items rewritten."""
    context, page = _open(browser, base_url + CHECKLIST_PAGE, WIDE)
    _watch(page, "click", "[data-widget=checklist] input[type=radio]", "[data-widget=checklist] [data-progress]")
    choices = page.locator("[data-widget=checklist] [data-item]").first.locator("input[type=radio]:not([value=na])")
    lowest, highest = choices.first, choices.last  # two scores, so the line changes every time
    for repetition in range(repetitions):
        (highest if repetition % 2 else lowest).click()
        _next(page, repetition + 1)
    figure = _median(page)
    context.close()
    return figure


def quiz(browser, base_url: str, repetitions: int) -> float:
    """« Vérifier » on a quiz's first situation → its feedback shown. « Recommencer » between two."""
    context, page = _open(browser, base_url + QUIZ_PAGE, WIDE)
    first = "[data-widget=quiz] [data-questions] > [data-question]:first-child"
    _watch(page, "click", "[data-action=check]", "[data-widget=quiz] [data-questions]",
           "(list) => list.firstElementChild.querySelector('[data-feedback]').childElementCount > 0")
    for repetition in range(repetitions):
        page.locator(f"{first} input").first.check()
        page.locator(f"{first} [data-action=check]").click()
        _next(page, repetition + 1)
        page.locator("[data-widget=quiz] [data-action=retry]").click()
    figure = _median(page)
    context.close()
    return figure


def preview(browser, base_url: str, repetitions: int) -> tuple[float, int]:
    """A key typed in « Nom de l’organisation » → the preview beside the form redrawn.

    Returns the milliseconds without the deliberate pause, and that pause.
    """
    context, page = _open(browser, base_url + GENERATOR_PAGE, WIDE)
    page.wait_for_function("() => document.querySelector('[data-preview] .pb-guide__section')", timeout=30_000)
    delay = page.evaluate("() => window.PlaybookSocial.components['voice-generator'].PREVIEW_DELAY")
    _watch(page, "input", "[data-path]", "[data-preview]")
    field = page.locator('[data-widget=voice-generator] [data-path="organisation"]')
    for repetition in range(repetitions):
        field.press("Backspace" if repetition % 2 else "x")  # the name keeps its length
        _next(page, repetition + 1)
    figure = _median(page, offset=delay)
    context.close()
    return figure, delay


def cohort(browser, base_url: str, files: list[Path], repetitions: int) -> float:
    """1,000 learner records chosen on the cohort report → the report drawn. « Effacer » between two."""
    context, page = _open(browser, base_url + COHORT_PAGE, WIDE)
    _watch(page, "change", "[data-files]", "[data-widget=cohort] [data-status]",
           "(status) => status.textContent !== ''")
    chooser = page.locator("[data-widget=cohort] [data-files]")
    paths = [str(path) for path in files]
    for repetition in range(repetitions):
        chooser.set_input_files(paths)
        _next(page, repetition + 1)
        page.locator("[data-widget=cohort] [data-action=clear]").click()
    figure = _median(page)
    context.close()
    return figure


def measure(browser, base_url: str, repetitions: int = REPETITIONS, *, records: Path | None = None) -> dict:
    """{"checklist", "quiz", "preview", "cohort"}: median milliseconds; "preview_delay": the pause left out.

    `records`: a folder of learner records from `playbook hr demo` (made here when not given).
    """
    with tempfile.TemporaryDirectory() as scratch:
        folder = records or commands.demo_records(Path(scratch) / "dossiers")
        files = sorted(folder.glob("*.json"))
        preview_ms, delay = preview(browser, base_url, repetitions)
        return {
            "checklist": checklist(browser, base_url, repetitions),
            "quiz": quiz(browser, base_url, repetitions),
            "preview": preview_ms,
            "cohort": cohort(browser, base_url, files, repetitions),
            "preview_delay": delay,
        }
