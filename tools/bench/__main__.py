"""`make bench`: every page type held to a budget, in one run, against plain Material.

1. Build: this site against plain Material on the same pages and content (our rendered pages, the
   budget) and on the chapters alone without their blocks (the issue's reference); synthetic
   playbooks of 10 × and 100 × the chapters, in seconds per page and per page added (plain Material
   at the same scales beside them, a reference). RUNS rounds, each building every site: builds.py.
2. Weight of each page type (gzip, as served), the project's own JS + CSS (first visit, and the
   page opened again: a reference, what a returning learner's page checks), and the ratio to the
   plain Material chapter.
3. Lighthouse (mobile preset) on each page type and on the plain Material chapter (a reference),
   median of RUNS interleaved runs.
4. Interactions in Chromium (median of 100): see interactions.py.
5. Command line: `playbook voice build` per format; `playbook hr import` + `report` on 1,000 records.

Prints a table, writes bench/results.json, and exits 1 naming each budget missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from tools.bench import budgets, commands, interactions, lighthouse, sites
from tools.bench.builds import measure_builds
from tools.bench.pages import PAGE_TYPES, PLAIN_REFERENCE
from tools.bench.server import Site, compressed_size
from tools.bench.weights import weigh

ROOT = sites.ROOT
CHROMIUM = os.environ.get("PLAYBOOK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
RESULTS = ROOT / "bench" / "results.json"
QUICK_REPETITIONS = 10


def material_worker_size(site: Path) -> int:
    """Material's search worker as served (our French worker holds it whole)."""
    workers = list((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    return compressed_size(workers[0].read_bytes(), workers[0].name) if len(workers) == 1 else 0


def measure_pages(work: Path, build: dict, runs: int, audit: bool, repetitions: int, records: Path) -> dict:
    ours = Site(work / "ours-site", port=int(build["urls"]["ours"].rsplit(":", 1)[1].rstrip("/")))
    plain = Site(work / "plain-site", port=int(build["urls"]["material"].rsplit(":", 1)[1].rstrip("/")))
    present = [page for page in PAGE_TYPES if (work / "ours-site" / page.path / "index.html").exists()]
    results: dict = {"weights": {}, "lighthouse": {}, "missing": [page.path for page in PAGE_TYPES if page not in present]}
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            reference = weigh(browser, plain.url + PLAIN_REFERENCE)
            material_worker = material_worker_size(work / "ours-site")
            for page in present:
                weight = weigh(browser, ours.url + page.path, material_worker)
                results["weights"][page.name] = {
                    **weight,
                    "label": page.label,
                    "widgets": page.widgets,
                    "ratio": weight["total"] / reference["total"],
                }
            results["weights"]["material"] = {**reference, "label": "chapitre, Material nu", "widgets": False, "ratio": 1.0}
            results["lazy"] = interactions.eager_third_party(browser, ours.url)
            results["interactions"] = interactions.measure(browser, ours.url, repetitions, records=records)
            browser.close()
        if audit:
            samples: dict[str, list[dict]] = {page.name: [] for page in present}
            samples["material"] = []
            for _ in range(runs):
                for page in present:
                    samples[page.name].append(lighthouse.audit(ours.url + page.path, CHROMIUM))
                samples["material"].append(lighthouse.audit(plain.url + PLAIN_REFERENCE, CHROMIUM))
            labels = {page.name: page.label for page in present} | {"material": results["weights"]["material"]["label"]}
            for name, label in labels.items():
                runs_of_page = samples[name]
                results["lighthouse"][name] = {
                    "label": label,
                    "scores": {
                        category: statistics.median(run["scores"][category] for run in runs_of_page)
                        for category in lighthouse.CATEGORIES
                    },
                    "metrics": {
                        metric: statistics.median(run["metrics"][metric] for run in runs_of_page)
                        for metric in lighthouse.METRICS
                    },
                    "failed": sorted({audit_id for run in runs_of_page for audit_id in run["failed"]}),
                    "benchmark_index": [run["benchmark_index"] for run in runs_of_page if run.get("benchmark_index")],
                    "material_blocking": statistics.median(run["material_blocking"] for run in runs_of_page),
                }
    finally:
        ours.close()
        plain.close()
    return results


def _steps(marginal: dict[str, float]) -> str:
    return ", ".join(f"de {step} pages {ms:.0f} ms" for step, ms in marginal.items())


def print_table(results: dict) -> None:
    build = results["build"]
    pages = build["pages"]
    rendered = build["rendered"]
    print(
        f"Construction : {build['ours']:.2f} s ({pages['ours']} pages) contre {rendered['seconds']:.2f} s pour Material nu "
        f"sur les mêmes pages ({rendered['pages']}, telles que nous les rendons, widgets compris) : {build['same_pages_ratio']:.2f} × "
        f"(médiane des rapports d’une même série)"
    )
    print(
        f"  Material nu sur l’accueil et les chapitres sans grilles ni plays ({pages['material']} pages) : "
        f"{build['material']:.2f} s, soit {build['ratio']:.2f} × pour nous (une référence)"
    )
    plain = build.get("material_per_page", {})
    for factor, seconds in build["per_page"].items():
        reference = f" (Material nu : {1000 * plain[factor]:.1f})" if factor in plain else ""
        print(f"  {factor:>3} × les chapitres : {1000 * seconds:.1f} ms par page{reference}")
    if "scaled" in build:
        ours, material = budgets.marginal_ms(build["scaled"]["ours"]), budgets.marginal_ms(build["scaled"]["material"])
        print(f"  par page ajoutée : {_steps(ours)} (Material nu : {_steps(material)})")
    rounds = build.get("rounds", {}).get("growth_ratio", [])
    if rounds:  # the budget's figure: each round's ratio, its builds minutes apart at most
        shown = ", ".join(f"{ratio:.2f}" for ratio in rounds)
        print(f"  rapport des deux, série par série : {shown} (médiane : {build['growth_ratio']:.2f} ×)")
    print(f"\n{'page':<32} {'HTML':>7} {'CSS':>7} {'JS':>7} {'autre':>7} {'à nous':>7} {'2e vis.':>7} {'total':>8} {'/ Material':>10}   Lighthouse")
    for name, weight in results["weights"].items():
        audit = results["lighthouse"].get(name, {})
        scores = audit.get("scores", {})
        shown = " / ".join(str(round(scores[c])) for c in lighthouse.CATEGORIES) if scores else ""
        blocking = audit.get("metrics", {}).get("total-blocking-time")
        if blocking is not None:
            shown += f" (TBT {blocking:.0f} ms, dont Material {audit.get('material_blocking', 0):.0f})"
        print(
            f"{weight['label']:<32} {weight.get('html', 0) / 1024:>6.1f}K {weight.get('css', 0) / 1024:>6.1f}K "
            f"{weight.get('js', 0) / 1024:>6.1f}K {weight.get('other', 0) / 1024:>6.1f}K {weight.get('ours_js_css', 0) / 1024:>6.1f}K "
            f"{weight.get('ours_js_css_again', 0) / 1024:>6.1f}K {weight['total'] / 1024:>7.1f}K {weight['ratio']:>9.2f} ×   {shown}"
        )
    indexes = [index for audit in results["lighthouse"].values() for index in audit.get("benchmark_index", [])]
    if indexes:
        print(
            f"Lighthouse : indice de vitesse de la machine {statistics.median(indexes):.0f} (médiane, de {min(indexes):.0f} "
            f"à {max(indexes):.0f} selon l’audit) ; le mobile simulé la ralentit 4 ×, le TBT la suit"
        )
    if results["missing"]:
        print(f"\nPages absentes de ce site : {', '.join(results['missing'])}")
    if results.get("interactions"):
        timed = {name: value for name, value in results["interactions"].items() if name in budgets.INTERACTION_MS}
        print(
            f"\nInteractions (médiane de {results['repetitions']}, ms) : " + ", ".join(f"{k} {v:.1f}" for k, v in timed.items())
            + f" (aperçu : sans la pause de {results['interactions']['preview_delay']} ms laissée à la frappe)"
        )
    if results.get("cli"):
        print("Ligne de commande (s) : " + ", ".join(f"{k} {v:.2f}" for k, v in results["cli"].items()))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description="Vitesse et poids du site, contre Material nu.")
    parser.add_argument("--runs", type=int, default=3, help="exécutions par mesure (médiane)")
    parser.add_argument("--quick", action="store_true", help="sans Lighthouse ni site à 100 ×, 10 répétitions (pour essayer)")
    options = parser.parse_args(argv)
    repetitions = QUICK_REPETITIONS if options.quick else interactions.REPETITIONS
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        records = commands.demo_records(work / "dossiers")
        results: dict = {"build": measure_builds(work, options.runs, (10,) if options.quick else (10, 100))}
        results["repetitions"] = repetitions
        results.update(measure_pages(work, results["build"], options.runs, not options.quick, repetitions, records))
        results["cli"] = commands.measure(work, options.runs, records)
    checks = budgets.checks(results)
    results["budgets"] = [check.__dict__ for check in checks]
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    print("\nBudgets :")
    for check in checks:
        print("  " + check.line())
    missed = [check for check in checks if not check.kept]
    if missed:
        print(f"\n{len(missed)} budget(s) dépassé(s) : " + " ; ".join(check.name for check in missed))
    print(f"\nRésultats complets : {RESULTS.relative_to(ROOT)}")
    return 1 if missed or results["missing"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
