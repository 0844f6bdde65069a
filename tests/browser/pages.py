"""Opening pages in tests: wait for what the reader waits for (the widgets ready), never for a delay."""

from __future__ import annotations

# A phone, as the issue tried it: a 390 px wide touch screen.
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
WIDGETS_READY = "() => [...document.querySelectorAll('[data-widget]')].every(root => root.dataset.ready === 'true')"


def wait_ready(page, timeout: float = 15_000) -> None:
    """Until every widget of the page is mounted (playbook.js sets data-ready on its root)."""
    page.wait_for_function(WIDGETS_READY, timeout=timeout)


def goto(page, url: str, *, ready: bool = True) -> None:
    """Open `url`; return once its DOM is there and, unless `ready` is False, its widgets mounted."""
    page.goto(url, wait_until="domcontentloaded")
    if ready:
        wait_ready(page)


def reload(page) -> None:
    page.reload(wait_until="domcontentloaded")
    wait_ready(page)
