"""The budgets `make bench` holds the site to (issue #13), each checked against this run's figures."""

from __future__ import annotations

from dataclasses import dataclass

BUILD_RATIO = 1.25  # this site's build time / plain Material's, same chapters
OWN_KB_PLAIN = 6.0  # the project's own JS + CSS (compressed) on a page without widgets
OWN_KB_WIDGET = 20.0  # … on a page with widgets
LIGHTHOUSE = 100  # every category, every page type
INTERACTION_MS = {"checklist": 16.0, "quiz": 16.0, "preview": 50.0, "cohort": 3000.0}
HR_SECONDS = 5.0  # playbook hr import + report of 1,000 records


@dataclass(frozen=True)
class Check:
    """One budget: what is measured, the figure, the limit, and whether the figure keeps to it."""

    name: str
    figure: float
    limit: float
    unit: str
    kept: bool
    sign: str  # "≤" for a ceiling, "≥" for a floor

    def line(self) -> str:
        mark = "ok" if self.kept else "DÉPASSÉ"
        return f"{self.name:<64} {self.figure:>10.2f} {self.unit:<4} {self.sign} {self.limit:g} {self.unit:<4} {mark}"


def at_most(name: str, figure: float, limit: float, unit: str) -> Check:
    return Check(name, figure, limit, unit, figure <= limit, "≤")


def at_least(name: str, figure: float, limit: float, unit: str) -> Check:
    return Check(name, figure, limit, unit, figure >= limit, "≥")


def checks(results: dict) -> list[Check]:
    """Every budget that this run's `results` (see __main__) can be held to."""
    found: list[Check] = []
    build = results["build"]
    found.append(at_most("construction / Material nu", build["ratio"], BUILD_RATIO, "×"))
    scale = build.get("per_page", {})
    largest = max((int(factor) for factor in scale if factor != "1"), default=None)
    if largest:
        found.append(at_most(f"s par page à {largest} × / s par page à 1 ×", scale[str(largest)] / scale["1"], 1.0, "×"))
    for name, weight in results["weights"].items():
        if name == "material":
            continue  # the reference, not a page of ours
        limit = OWN_KB_WIDGET if weight["widgets"] else OWN_KB_PLAIN
        found.append(at_most(f"JS + CSS du projet, {weight['label']}", weight.get("ours_js_css", 0) / 1024, limit, "Ko"))
    for name, lazy in results.get("lazy", {}).items():
        found.append(at_most(f"code tiers chargé avant d’en avoir besoin, {name}", lazy, 0, "o"))
    for name, audit in results.get("lighthouse", {}).items():
        if name == "material":
            continue  # the reference
        for category, score in audit["scores"].items():
            found.append(at_least(f"Lighthouse {category}, {audit['label']}", score, LIGHTHOUSE, "/100"))
    for name, milliseconds in results.get("interactions", {}).items():
        if name in INTERACTION_MS:  # not "preview_delay", the generator's deliberate pause
            found.append(at_most(f"interaction : {name}", milliseconds, INTERACTION_MS[name], "ms"))
    hr = results.get("cli", {}).get("hr")
    if hr:
        found.append(at_most("playbook hr import + report, 1 000 dossiers", hr, HR_SECONDS, "s"))
    return found
