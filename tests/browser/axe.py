"""Run axe-core (from node_modules, installed by npm ci) on a page, for WCAG 2.1 A and AA rules."""

from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[str]:
    """One line per violated rule: its id, what it asks, and the first elements at fault."""
    # Colours caught halfway through a transition (the palette, a widget fading in) are not the page's.
    page.evaluate(
        """() => document.getAnimations().forEach((animation) => {
          try { animation.finish(); } catch (error) { /* an endless animation cannot finish: left as it is */ }
        })"""
    )
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    lines = []
    for violation in result["violations"]:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        lines.append(f"{violation['id']} ({violation['help']}) : {targets}")
    return lines
