"""The build measurements of `make bench`: this site, plain Material on the same pages and on the
chapters alone, and both at 10 × and 100 × the chapters.

Every build is timed once per round and the rounds repeat, so that each round holds one build of
everything: on a shared machine, speed drifts over minutes (Material's own 100 × build took from 27
to 41 s in runs half an hour apart, our 1 × build from 1.2 to 2.0 s within one run), and a ratio
is only fair between builds of the same round. The budgets take the median of the rounds' ratios;
the seconds shown are each build's median."""

from __future__ import annotations

import statistics
from pathlib import Path

from tools.bench import budgets, sites
from tools.bench.server import free_port

ROOT = sites.ROOT
# This site and its reference on the same pages take a second or two, our 10 × site four: each
# round times them this many times, for steadier medians of the budgets' ratios at little cost.
SMALL_REPEATS = 3


def measure_builds(work: Path, runs: int, scales: tuple[int, ...]) -> dict:
    """Seconds and pages of each build, and the budgets' ratios (median over `runs` rounds)."""
    ours_url, plain_url = f"http://127.0.0.1:{free_port()}/", f"http://127.0.0.1:{free_port()}/"
    # (who, factor) → project, site, address, whether it is ours (built --strict).
    projects: dict[tuple[str, int], tuple[Path, Path, str, bool]] = {
        ("ours", 1): (ROOT, work / "ours-site", ours_url, True),
        ("material", 1): (sites.plain_project(work / "plain", plain_url), work / "plain-site", plain_url, False),
    }
    for factor in scales:
        projects["ours", factor] = (sites.scaled_project(work / f"x{factor}", factor), work / f"ours-x{factor}-site", ours_url, True)
        projects["material", factor] = (sites.scaled_plain_project(work / f"plain-x{factor}", plain_url, factor), work / f"material-x{factor}-site", plain_url, False)
    # Made from our first build: bare Material on every page of ours, our rendered content (sites.py).
    sites.build(ROOT, work / "ours-site", ours_url, ours=True)
    projects["rendered", 1] = (sites.rendered_plain_project(work / "rendered", work / "ours-site", plain_url), work / "rendered-site", plain_url, False)

    times: dict[tuple[str, int], list[float]] = {key: [] for key in projects}
    same_pages: list[float] = []  # ours / rendered, each pair built one after the other
    growth: list[float] = []  # per round: ms per page added at the last step / at the first
    for _ in range(runs):
        # Our smaller sites, several times before the largest and again after it, in the reverse
        # order: the first step of the growth ratio adds 90 pages, 3 s of building, which a single
        # build's drift (±0.4 s) would swing by an eighth; each scale's time in the round is the
        # median of its builds on both sides, so that a steady drift cancels out too.
        round_times: dict[int, list[float]] = {1: [], **{factor: [] for factor in scales[:-1]}}
        for _ in range(SMALL_REPEATS):
            for key in (("ours", 1), ("rendered", 1), ("material", 1)):
                times[key].append(_build(projects[key]))
            same_pages.append(times["ours", 1][-1] / times["rendered", 1][-1])
            round_times[1].append(times["ours", 1][-1])
            for factor in scales[:-1]:
                round_times[factor].append(_build(projects["ours", factor]))
        for factor in scales:
            for who in ("ours", "material"):
                if who == "material" or factor not in round_times:  # our smaller sites: timed above
                    times[who, factor].append(_build(projects[who, factor]))
        if len(scales) < 2:
            continue  # --quick: a single step, no growth to measure
        for _ in range(SMALL_REPEATS):
            for factor in reversed((1, *scales[:-1])):
                round_times[factor].append(_build(projects["ours", factor]))
        seconds = {factor: statistics.median(values) for factor, values in round_times.items()}
        seconds[scales[-1]] = times["ours", scales[-1]][-1]
        growth.append(budgets.growth_ratio({str(factor): [_pages(projects, "ours", factor), seconds[factor]] for factor in sorted(seconds)}))
        for factor in scales[:-1]:
            times["ours", factor].extend(round_times[factor])

    median = {key: statistics.median(values) for key, values in times.items()}
    scaled = {who: {str(factor): [_pages(projects, who, factor), median[who, factor]] for factor in (1, *scales)} for who in ("ours", "material")}
    return {
        "ours": median["ours", 1],
        "material": median["material", 1],
        "ratio": median["ours", 1] / median["material", 1],  # the reference: the chapters alone
        "rendered": {"seconds": median["rendered", 1], "pages": _pages(projects, "rendered", 1)},
        "same_pages_ratio": statistics.median(same_pages),
        "growth_ratio": statistics.median(growth) if growth else None,
        "rounds": {"same_pages_ratio": same_pages, "growth_ratio": growth},
        "runs": {f"{who}-x{factor}": values for (who, factor), values in times.items()},
        "per_page": {factor: seconds / pages for factor, (pages, seconds) in scaled["ours"].items()},
        "material_per_page": {factor: seconds / pages for factor, (pages, seconds) in scaled["material"].items()},
        "scaled": scaled,  # who → factor → [pages, seconds]
        "pages": {"ours": scaled["ours"]["1"][0], "material": scaled["material"]["1"][0]},
        "urls": {"ours": ours_url, "material": plain_url},
    }


def _build(project: tuple[Path, Path, str, bool]) -> float:
    source, site, url, ours = project
    return sites.build(source, site, url, ours=ours)


def _pages(projects: dict, who: str, factor: int) -> int:
    return sites.pages_in(projects[who, factor][1])
