"""`make bench` names the build budgets a run misses: our build against plain Material on the same
pages, and the milliseconds each added page costs from one scale to the next."""

from __future__ import annotations

from tools.bench.budgets import checks, growth_ratio


def build_results(ours: float, rendered: float, scaled: dict[str, list[float]]) -> dict:
    """One round's figures, as tools/bench/builds.py gives them (with a single round, its medians)."""
    build = {"ours": ours, "rendered": {"seconds": rendered, "pages": 41}, "scaled": {"ours": scaled}}
    return {"build": {**build, "same_pages_ratio": ours / rendered, "growth_ratio": growth_ratio(scaled)}, "weights": {}}


def kept(results: dict) -> dict[str, bool]:
    return {check.name: check.kept for check in checks(results)}


def test_a_linear_build_within_a_quarter_of_material_keeps_both():
    # 41 pages in 1.2 s, then 45 ms for each page added at the first step, 10 % more at the second
    # (a build holding more in memory and writing more, as ours does).
    results = build_results(1.2, 1.0, {"1": [41, 1.2], "10": [131, 1.2 + 90 * 0.045], "100": [1031, 1.2 + 90 * 0.045 + 900 * 0.0495]})
    assert kept(results) == {"construction / Material nu, mêmes pages": True, "ms par page ajoutée, 131→1031 / 41→131 pages": True}


def test_pages_that_cost_more_as_the_site_grows_are_named():
    # The second step's pages cost 30 % more each: a step per page of the site, as Material's
    # navigation written entry by entry was (2.2 × for Material alone).
    results = build_results(1.3, 1.0, {"1": [41, 1.2], "10": [131, 1.2 + 90 * 0.045], "100": [1031, 1.2 + 90 * 0.045 + 900 * 0.0585]})
    assert kept(results) == {"construction / Material nu, mêmes pages": False, "ms par page ajoutée, 131→1031 / 41→131 pages": False}


def test_a_quick_run_with_one_step_holds_only_the_ratio():
    results = build_results(1.2, 1.0, {"1": [41, 1.2], "10": [131, 5.2]})
    assert kept(results) == {"construction / Material nu, mêmes pages": True}
