"""Run axe-core (from node_modules, installed by npm ci) on a page, for WCAG 2.1 A and AA rules."""

from __future__ import annotations

from urllib.parse import urljoin

from tests.conftest import AXE_FILE, AXE_PATH

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page, within: str | None = None, skip: tuple[str, ...] = (), only: tuple[str, ...] = ()) -> list[str]:
    """One line per violated rule: its id, what it asks, and the first elements at fault; the whole
    page, or only the elements matching `within` (rules about the whole page then do not run);
    the rules named in `skip` left out, or only those named in `only`."""
    # Colours caught halfway through a transition (the palette, a widget fading in) are not the page's.
    page.evaluate(
        """() => document.getAnimations().forEach((animation) => {
          try { animation.finish(); } catch (error) { /* an endless animation cannot finish: left as it is */ }
        })"""
    )
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        if page.url.startswith("http://127.0.0.1:"):  # served by the tests (serve_directory)
            page.add_script_tag(url=urljoin(page.url, AXE_PATH))
        else:
            page.add_script_tag(path=str(AXE_FILE))
    result = page.evaluate(
        """([tags, within, skip, only]) => axe.run(within ? { include: [[within]] } : document, {
             runOnly: only.length ? { type: 'rule', values: only } : { type: 'tag', values: tags },
             resultTypes: ['violations'], rules: Object.fromEntries(skip.map((rule) => [rule, { enabled: false }])) })""",
        [WCAG_TAGS, within, list(skip), list(only)],
    )
    lines = []
    for violation in result["violations"]:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        lines.append(f"{violation['id']} ({violation['help']}) : {targets}")
    return lines
