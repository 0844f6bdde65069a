"""The cohort report's figures: one pure function over validated learner records.

The browser computes the same figures with widgets/cohort-figures.js; the case table
tests/fixtures/cohort-cases.json holds the two together (pytest and node --test). `data` is the
course and checklists as `playbook.hr.catalogue.cohort_data` gives them (the site's cohort-data.js).

    figures(data, records) -> {
      records, duplicates, learners, started, completed,
      modules: [{id, done, started, todo}],
      quizzes: [{id, attempted, passed, passRate, bands: [count per band]}],
      domains: [{domaine, learners, partial, mean}],
      weakItems: [{checklist, item, answered, na, ratio}],
      weakQuestions: [{quiz, question, answered, wrong, wrongRate}],
    }

- Duplicates: records of the same learner (`learner.id`; for a version 1 record, the same content
  but for `exportedAt`) count once: the newest `exportedAt` wins, the first given on a tie.
- A module's status is the one the learner's browser computed at export; a record of another course,
  or without one, has every module to do. `completed`: every module done; `started`: one begun.
- Quizzes: each learner's best score; `bands` counts them from each lower bound of `data.bands`;
  `passed` counts best scores at the module's pass mark (not the stored flag).
- Domains: each checklist's score (weighted points, « ne s’applique pas » left out) for the
  learners who answered at least one item; a partly answered checklist counts with its provisional
  score (`partial` says how many learners have one); without answers, the score the record gives
  (records pulled from a learning record store carry only that). `mean` is over those scores.
- Weakest items: points earned over points possible across the group, « ne s’applique pas »
  left out; weakest questions: the share of learners whose last answer was wrong. Both keep what
  is below the top, weakest first (then the most answered, then the content's order), `data.top` of them.
"""

from __future__ import annotations

import datetime
import json
from functools import cmp_to_key
from typing import Any

from playbook.scoring import round_half_up, weighted_percent

Record = dict[str, Any]
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
STATUSES = ("done", "started", "todo")


def instant(iso: str) -> int:
    """Milliseconds since 1970 (the browser's Date.parse precision)."""
    return (datetime.datetime.fromisoformat(iso) - EPOCH) // datetime.timedelta(milliseconds=1)


def canonical(value: Any) -> str:
    """JSON with sorted keys and no spaces: equal data, equal text (cohort-figures.js writes the same)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def learner_key(record: Record) -> str:
    """Who a record belongs to: its learner id; a version 1 record has none, its content stands for it."""
    if record.get("version") == 1:
        return "v1:" + canonical({key: value for key, value in record.items() if key != "exportedAt"})
    return "id:" + record["learner"]["id"]


def dedupe(records: list[Record]) -> tuple[list[Record], int]:
    """(one record per learner — the newest export, the first on a tie —, in order of first appearance; duplicates)."""
    kept: dict[str, Record] = {}
    for record in records:
        key = learner_key(record)
        if key not in kept or instant(record["exportedAt"]) > instant(kept[key]["exportedAt"]):
            kept[key] = record
    return list(kept.values()), len(records) - len(kept)


def course_of(data: dict, record: Record) -> dict | None:
    course = record.get("course")
    return course if course and course.get("id") == data["course"]["id"] else None


def checklist_score(checklist: dict, entry: dict | None) -> tuple[int | None, bool]:
    """(score, partial) of one learner's checklist: from its answers, else the score the record gives."""
    if not entry:
        return None, False
    answers = entry.get("answers") or {}
    if not answers:
        return entry.get("score"), False
    points = [step["points"] for step in checklist["scale"]]
    _, percent = weighted_percent(((item["id"], item["weight"]) for item in checklist["items"]), points, answers)
    partial = any(item["id"] not in answers for item in checklist["items"])
    return percent, partial


def _band(bands: list[int], score: int) -> int:
    return max(index for index, low in enumerate(bands) if score >= low)


def module_figures(data: dict, courses: list[dict | None]) -> list[dict]:
    rows = []
    for module in data["course"]["modules"]:
        counts = dict.fromkeys(STATUSES, 0)
        for course in courses:
            counts[((course or {}).get("modules") or {}).get(module["id"], {}).get("status", "todo")] += 1
        rows.append({"id": module["id"], **counts})
    return rows


def quiz_figures(data: dict, courses: list[dict | None]) -> list[dict]:
    rows = []
    for quiz in data["quizzes"]:
        bands = [0] * len(data["bands"])
        attempted = passed = 0
        for course in courses:
            entry = ((course or {}).get("quizzes") or {}).get(quiz["id"])
            if not entry or entry["attempts"] < 1:
                continue
            attempted += 1
            passed += entry["best"] >= quiz["passMark"]
            bands[_band(data["bands"], entry["best"])] += 1
        rate = round_half_up(100 * passed / attempted) if attempted else None
        rows.append({"id": quiz["id"], "attempted": attempted, "passed": passed, "passRate": rate, "bands": bands})
    return rows


def domain_figures(data: dict, records: list[Record]) -> list[dict]:
    domains: dict[str, dict] = {}
    for checklist in data["checklists"]:
        domain = domains.setdefault(checklist["domaine"], {"scores": [], "learners": set(), "partial": set()})
        for index, record in enumerate(records):
            score, partial = checklist_score(checklist, (record.get("checklists") or {}).get(checklist["id"]))
            if score is None:
                continue
            domain["scores"].append(score)
            domain["learners"].add(index)
            if partial:
                domain["partial"].add(index)
    return [
        {
            "domaine": name,
            "learners": len(domain["learners"]),
            "partial": len(domain["partial"]),
            "mean": round_half_up(sum(domain["scores"]) / len(domain["scores"])) if domain["scores"] else None,
        }
        for name, domain in domains.items()
    ]


def weakest_items(data: dict, records: list[Record]) -> list[dict]:
    found = []
    for checklist in data["checklists"]:
        points = [step["points"] for step in checklist["scale"]]
        top = max(points)
        every_answers = [((record.get("checklists") or {}).get(checklist["id"]) or {}).get("answers") or {} for record in records]
        every_answers = [answers for answers in every_answers if answers]
        for item in checklist["items"]:
            answered = na = earned = 0
            for answers in every_answers:
                choice = answers.get(item["id"])
                if choice is None:
                    continue
                if choice == "na":
                    na += 1
                elif isinstance(choice, int) and 0 <= choice < len(points):
                    answered += 1
                    earned += points[choice]
            if answered and earned < answered * top:
                found.append((earned, answered * top, len(found), {
                    "checklist": checklist["id"], "item": item["id"], "answered": answered, "na": na,
                    "ratio": round_half_up(100 * earned / (answered * top)),
                }))
    return _weakest(found, data["top"], lowest=True)


def weakest_questions(data: dict, courses: list[dict | None]) -> list[dict]:
    found = []
    for quiz in data["quizzes"]:
        every_last = [(((course or {}).get("quizzes") or {}).get(quiz["id"]) or {}).get("questions") or {} for course in courses]
        every_last = [questions for questions in every_last if questions]
        for question in quiz["questions"]:
            answered = wrong = 0
            for questions in every_last:
                last = questions.get(question["id"])
                if isinstance(last, bool):
                    answered += 1
                    wrong += not last
            if wrong:
                found.append((wrong, answered, len(found), {
                    "quiz": quiz["id"], "question": question["id"], "answered": answered, "wrong": wrong,
                    "wrongRate": round_half_up(100 * wrong / answered),
                }))
    return _weakest(found, data["top"], lowest=False)


def _weakest(found: list[tuple[int, int, int, dict]], top: int, lowest: bool) -> list[dict]:
    """Sort (part, whole, order, row) by part/whole (exactly: integers cross-multiplied), then most
    answered, then order; keep `top`. cohort-figures.js sorts with the same comparison."""

    def compare(a: tuple, b: tuple) -> int:
        share = a[0] * b[1] - b[0] * a[1]
        if share:
            return share if lowest else -share
        answered = b[3]["answered"] - a[3]["answered"]
        return answered or a[2] - b[2]

    return [entry[3] for entry in sorted(found, key=cmp_to_key(compare))[:top]]


def figures(data: dict, records: list[Record]) -> dict:
    """The report's figures for `records` (each valid against learner-record v1 or v2)."""
    kept, duplicates = dedupe(records)
    courses = [course_of(data, record) for record in kept]
    modules = [m["id"] for m in data["course"]["modules"]]
    statuses = [[((course or {}).get("modules") or {}).get(m, {}).get("status", "todo") for m in modules] for course in courses]
    return {
        "records": len(records),
        "duplicates": duplicates,
        "learners": len(kept),
        "started": sum(any(status != "todo" for status in row) for row in statuses),
        "completed": sum(bool(row) and all(status == "done" for status in row) for row in statuses),
        "modules": module_figures(data, courses),
        "quizzes": quiz_figures(data, courses),
        "domains": domain_figures(data, kept),
        "weakItems": weakest_items(data, kept),
        "weakQuestions": weakest_questions(data, courses),
    }
