"""xAPI statements of the course (the contract shared with the browser's sender) → learner records.

    fact(statement, course_id, base) -> dict | None   what one statement says, or None when it is
                                                     not one of ours (or is voided: see `voided`)
    records_from(facts, catalogue) -> [record]        one learner record v2 per learner

Activity ids are `<base>/parcours/<course>`, `…/modules/<module>`, `…/quiz/<quiz>`,
`…/quiz/<quiz>/questions/<question>`, `<base>/sections/<chapter>/<anchor>`, `<base>/grilles/<checklist>`,
where `<base>` is the actor's `account.homePage`; the learner is `account.name`. A record built
from statements has no texts, no scenario or reflection (they are never sent), and its checklists
have their score but no answers.
"""

from __future__ import annotations

import re
from collections import defaultdict

from playbook.catalogue import Catalogue
from playbook.course import module_steps
from playbook.hr.figures import instant
from playbook.hr.records import LATEST, RECORD_SCHEMA
from playbook.scoring import round_half_up

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {f"{ADL}{verb}": verb for verb in ("experienced", "answered", "passed", "failed", "completed", "voided")}
LEARNER = re.compile(r"^[a-z0-9]{8,40}$")
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ACTIVITIES = [
    ("course", re.compile(rf"^parcours/(?P<course>{SLUG})$")),
    ("module", re.compile(rf"^parcours/(?P<course>{SLUG})/modules/(?P<target>{SLUG})$")),
    ("quiz", re.compile(rf"^parcours/(?P<course>{SLUG})/quiz/(?P<target>{SLUG})$")),
    ("question", re.compile(rf"^parcours/(?P<course>{SLUG})/quiz/(?P<parent>{SLUG})/questions/(?P<target>{SLUG})$")),
    ("section", re.compile(rf"^sections/(?P<chapter>{SLUG})/(?P<anchor>{SLUG})$")),
    ("checklist", re.compile(rf"^grilles/(?P<target>{SLUG})$")),
]


def _percent(result: dict) -> int | None:
    score = result.get("score") or {}
    if isinstance(score.get("scaled"), (int, float)) and not isinstance(score.get("scaled"), bool):
        return max(0, min(100, round_half_up(100 * score["scaled"])))
    raw, top = score.get("raw"), score.get("max")
    if isinstance(raw, (int, float)) and isinstance(top, (int, float)) and top > 0:
        return max(0, min(100, round_half_up(100 * raw / top)))
    if isinstance(raw, (int, float)) and 0 <= raw <= 100:
        return round_half_up(raw)
    return None


def fact(statement: dict, course_id: str, base: str | None = None) -> dict | None:
    """The row `statements` keeps for one statement of this course, or None."""
    actor = statement.get("actor") if isinstance(statement.get("actor"), dict) else {}
    account = actor.get("account") if isinstance(actor.get("account"), dict) else {}
    home, learner = str(account.get("homePage") or "").rstrip("/"), account.get("name")
    verb = VERBS.get(((statement.get("verb") or {}) if isinstance(statement.get("verb"), dict) else {}).get("id"))
    target_object = statement.get("object") if isinstance(statement.get("object"), dict) else {}
    object_id = str(target_object.get("id") or "")
    if not home or (base and home != base.rstrip("/")) or not isinstance(learner, str) or not LEARNER.match(learner) or verb is None:
        return None
    if verb == "voided":
        return {"voids": object_id, "id": statement.get("id")}
    if not object_id.startswith(home + "/"):
        return None
    path = object_id[len(home) + 1 :]
    for kind, pattern in ACTIVITIES:
        match = pattern.match(path)
        if match is None:
            continue
        parts = match.groupdict()
        if parts.get("course", course_id) != course_id:
            return None
        target = f"{parts['chapter']}#{parts['anchor']}" if kind == "section" else parts.get("target") or course_id
        result = statement.get("result") if isinstance(statement.get("result"), dict) else {}
        success = result.get("success")
        timestamp = statement.get("timestamp") or statement.get("stored")
        if not isinstance(timestamp, str) or not isinstance(statement.get("id"), str):
            return None
        try:
            instant(timestamp)
        except ValueError:
            return None
        return {
            "id": statement["id"],
            "learner": learner,
            "name": actor["name"].strip()[:120] if isinstance(actor.get("name"), str) and actor["name"].strip() else None,
            "timestamp": timestamp,
            "verb": verb,
            "kind": kind,
            "course": course_id,
            "target": target,
            "parent": parts.get("parent"),
            "success": success if isinstance(success, bool) else None,
            "score": _percent(result),
            "response": result.get("response") if isinstance(result.get("response"), str) else None,
        }
    return None


def _latest(facts: list[dict]) -> dict:
    return max(facts, key=lambda entry: instant(entry["timestamp"]))


def record_from(learner: str, facts: list[dict], catalogue: Catalogue) -> dict:
    """The learner record v2 that these statements (all of one learner's) amount to."""
    content = catalogue.course
    course = content.course
    by: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for entry in facts:
        by[entry["kind"], entry["verb"]].append(entry)
    sections: dict[str, str] = {}
    for entry in sorted(by["section", "experienced"], key=lambda e: instant(e["timestamp"]), reverse=True):
        sections[entry["target"]] = entry["timestamp"]
    questions: dict[str, dict[str, bool]] = defaultdict(dict)
    for entry in sorted(by["question", "answered"], key=lambda e: instant(e["timestamp"])):
        if entry["success"] is not None:
            questions[entry["parent"]][entry["target"]] = entry["success"]
    attempts: dict[str, list[dict]] = defaultdict(list)
    for entry in by["quiz", "passed"] + by["quiz", "failed"]:
        if entry["score"] is not None:
            attempts[entry["target"]].append(entry)
    quizzes = {}
    for quiz_id, tries in attempts.items():
        best = max(entry["score"] for entry in tries)
        module = content.module_of("quiz", quiz_id)
        mark = module.pass_mark if module and module.pass_mark is not None else None
        last = _latest(tries)
        quizzes[quiz_id] = {
            "attempts": len(tries),
            "best": best,
            "last": last["score"],
            "passed": best >= mark if mark is not None else any(entry["verb"] == "passed" for entry in tries),
            "questions": questions.get(quiz_id, {}),
            "updatedAt": last["timestamp"],
        }
    checklists = {}
    for checklist_id in {entry["target"] for entry in by["checklist", "completed"]}:
        last = _latest([entry for entry in by["checklist", "completed"] if entry["target"] == checklist_id])
        known = catalogue.checklists.get(checklist_id)
        checklists[checklist_id] = {"version": known.version if known else 1, "updatedAt": last["timestamp"], "answers": {}, "score": last["score"]}
    completed = {entry["target"]: entry["timestamp"] for entry in sorted(by["module", "completed"], key=lambda e: instant(e["timestamp"]))}
    modules = {}
    for module in course.modules:
        steps = module_steps(content, module, catalogue.sections, catalogue.checklists)
        done = sum(
            (step.kind == "section" and step.key in sections)
            or (step.kind == "quiz" and step.id in quizzes and (quizzes[step.id]["passed"] or course.completion.quiz == "attempted"))
            or (step.kind == "checklist" and step.id in checklists)
            for step in steps
        )
        touched = done or any(quiz in questions for quiz in module.activities_of("quiz"))
        if module.id in completed:
            modules[module.id] = {"status": "done", "done": len(steps), "total": len(steps), "completedAt": completed[module.id]}
        else:
            modules[module.id] = {"status": "started" if touched else "todo", "done": done, "total": len(steps)}
    course_entry = {"id": course.id, "version": course.version, "modules": modules, "sections": sections, "quizzes": quizzes}
    course_done = [entry["timestamp"] for entry in by["course", "completed"]]
    if course_done:
        course_entry["completedAt"] = max(course_done, key=instant)
    named = [entry for entry in facts if entry["name"]]
    return {
        "schema": RECORD_SCHEMA,
        "version": LATEST,
        "exportedAt": _latest(facts)["timestamp"],
        "learner": {"id": learner} | ({"name": _latest(named)["name"]} if named else {}),
        "includesTexts": False,
        "checklists": checklists,
        "course": course_entry,
    }
