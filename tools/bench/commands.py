"""The command line, timed: `playbook voice build` per format, `playbook hr import` + `report` on 1,000 records."""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path

from tools.bench.sites import ROOT

PLAYBOOK = ROOT / ".venv" / "bin" / "playbook"
VOICE_SPEC = ROOT / "exercises" / "voix" / "exemple.yml"
FORMATS = ("md", "html", "json", "pdf")
RECORDS = 1000


def timed(arguments: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(PLAYBOOK), *arguments], check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def demo_records(directory: Path) -> Path:
    """RECORDS invented learner records (`playbook hr demo`, fixed seed) written into `directory`."""
    subprocess.run(
        [str(PLAYBOOK), "hr", "demo", "--count", str(RECORDS), "--seed", "1", "-o", str(directory), "--root", str(ROOT)],
        check=True, capture_output=True, cwd=ROOT,
    )
    return directory


def measure(work: Path, runs: int, records: Path) -> dict[str, float]:
    """Seconds (median of `runs`) per command; `records`: a folder made by demo_records."""
    found: dict[str, float] = {}
    for kind in FORMATS:
        target = work / f"guide.{kind}"
        found[f"voice build {kind}"] = statistics.median(
            timed(["voice", "build", str(VOICE_SPEC), "--format", kind, "-o", str(target)]) for _ in range(runs)
        )

    def import_and_report() -> float:
        """The two commands as HR runs them, each its own process, on a new database."""
        database = work / "cohorte.sqlite"
        database.unlink(missing_ok=True)
        return timed(["hr", "import", str(records), "--db", str(database)]) + timed(
            ["hr", "report", "--db", str(database), "-o", str(work / "rapport.html"), "--csv", str(work / "rapport.csv"),
             "--root", str(ROOT)]
        )

    found["hr"] = statistics.median(import_and_report() for _ in range(runs))
    return found
