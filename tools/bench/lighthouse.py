"""Lighthouse (from tools/bench/node_modules, mobile preset) on Debian's Chromium, no outside network."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI = HERE / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
    "--disable-component-update --disable-sync"
)
# Material's own script (not ours): the evaluation of its bundle is one task Lighthouse attributes to it.
MATERIAL_BUNDLE = re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")
BLOCKING_FROM_MS = 50  # Lighthouse counts as blocking the part of a task beyond 50 ms
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "interactive")


def audit(url: str, chromium: str) -> dict:
    """{"scores": {category: 0–100}, "metrics": {metric: value}, "failed": [audit ids under 1 that weigh],
    "benchmark_index": how fast Lighthouse found this machine, just before the audit,
    "material_blocking": the part of Total Blocking Time spent in Material's bundle}."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        result = subprocess.run(
            [str(CLI), url, "--quiet", "--output=json", f"--output-path={report}", f"--chrome-flags={CHROME_FLAGS}",
             f"--only-categories={','.join(CATEGORIES)}"],
            env={**os.environ, "CHROME_PATH": chromium},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0 or not report.exists():
            raise RuntimeError(f"Lighthouse a échoué sur {url} :\n{result.stderr[-2000:]}")
        data = json.loads(report.read_text(encoding="utf-8"))
    if data.get("runtimeError"):
        raise RuntimeError(f"Lighthouse sur {url} : {data['runtimeError'].get('message')}")
    scores = {name: round(100 * (data["categories"][name]["score"] or 0)) for name in CATEGORIES}
    metrics = {name: data["audits"][name].get("numericValue") for name in METRICS if name in data["audits"]}
    failed = sorted(
        {
            audit_id
            for category in CATEGORIES
            for ref in data["categories"][category]["auditRefs"]
            if ref.get("weight") and (audit_id := ref["id"]) in data["audits"]
            and (data["audits"][audit_id].get("score") is not None and data["audits"][audit_id]["score"] < 1)
        }
    )
    # Simulated mobile timings are this machine's ×4 (CPU slowdown): the index says what they start from.
    benchmark_index = data.get("environment", {}).get("benchmarkIndex")
    return {"scores": scores, "metrics": metrics, "failed": failed, "benchmark_index": benchmark_index,
            "material_blocking": material_blocking(data["audits"])}


def material_blocking(audits: dict) -> float:
    """Total Blocking Time's share in the long tasks Lighthouse attributes to Material's bundle: each
    task's simulated time between first contentful paint and interactive, beyond 50 ms (Lighthouse's
    own sum, over all long tasks, is the TBT)."""
    start = audits["first-contentful-paint"]["numericValue"]
    end = audits.get("interactive", {}).get("numericValue") or float("inf")  # no TTI: to the end
    blocking = 0.0
    for task in (audits.get("long-tasks", {}).get("details") or {}).get("items", []):
        if MATERIAL_BUNDLE.search(task.get("url", "")):
            within = min(task["startTime"] + task["duration"], end) - max(task["startTime"], start)
            blocking += max(0.0, within - BLOCKING_FROM_MS)
    return blocking
