"""`playbook hr demo`: realistic synthetic learner records (version 2) to try the cohort report on.

Each invented learner has an engagement (how far they go) and a skill (how well they answer), and
goes through the real course in order: sections read, quiz attempts until the pass mark (questions
have their own difficulty, so some are missed more than others), scenarios rated, reflections and
the personal checklist answered — sometimes only in part — then exports a record. Some also fill
chapter checklists, with « ne s’applique pas » where an item does not concern them. The same seed
gives the same files.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

from playbook.catalogue import Catalogue
from playbook.checklists import Checklist
from playbook.course import Module, Step, module_steps
from playbook.hr.records import LATEST, RECORD_SCHEMA
from playbook.scoring import round_half_up, score

START = datetime.datetime(2026, 9, 7, 8, 0, tzinfo=datetime.timezone.utc)
NAMED = 0.88  # share of learners who typed their name
ACCOUNT_WORDS = re.compile(r"\b(compte|comptes|profil|profils)\b")


def _iso(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@cache
def _names() -> dict:
    return json.loads(resources.files("playbook.hr").joinpath("demo-names.json").read_text(encoding="utf-8"))


def slug(name: str) -> str:
    """« Aïcha Da Silva » → « aicha-da-silva » (ASCII, as the browser names record files)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


class Learner:
    """One invented person going through the course with their own pace and answers."""

    def __init__(self, catalogue: Catalogue, plans: list[tuple[Module, list[Step]]], seed: int, index: int) -> None:
        self.catalogue = catalogue
        self.plans = plans
        self.seed = seed
        self.rng = random.Random(f"{seed}:{index}")
        self.engagement = self.rng.betavariate(2.2, 1.3)
        self.skill = self.rng.betavariate(3, 2)
        self.without_accounts = self.rng.random() < 0.2
        self.clock = START + datetime.timedelta(days=self.rng.randint(0, 40), hours=self.rng.randint(0, 9))

    def later(self, minutes: int) -> str:
        self.clock += datetime.timedelta(minutes=minutes + self.rng.randint(0, minutes * 3), days=self.rng.random() < 0.15)
        return _iso(self.clock)

    def ease(self, *key: str) -> float:
        """How easy a question or item is, the same for every learner of a run."""
        return random.Random(":".join([str(self.seed), *key])).uniform(-0.3, 0.3)

    def quiz(self, quiz_id: str, pass_mark: int) -> dict:
        questions = self.catalogue.course.quizzes[quiz_id].questions
        best, attempts, last = -1, 0, {}
        while attempts < 5 and best < pass_mark and (attempts == 0 or self.rng.random() < 0.5 + 0.5 * self.engagement):
            attempts += 1
            chance = {q.id: min(0.97, max(0.05, 0.3 + 0.6 * self.skill + self.ease(quiz_id, q.id) + 0.1 * attempts)) for q in questions}
            last = {q.id: self.rng.random() < chance[q.id] for q in questions}
            best = max(best, round_half_up(100 * sum(last.values()) / len(questions)))
        percent = round_half_up(100 * sum(last.values()) / len(questions))
        return {"attempts": attempts, "best": best, "last": percent, "passed": best >= pass_mark, "questions": last, "updatedAt": self.later(8)}

    def answers(self, checklist: Checklist, partial: bool) -> dict:
        found: dict[str, int | str] = {}
        for item in checklist.items:
            if partial and self.rng.random() < 0.4:
                continue
            not_mine = self.without_accounts and ACCOUNT_WORDS.search(item.text)
            if self.rng.random() < (0.6 if not_mine else 0.03):
                found[item.id] = "na"
                continue
            level = 0.15 + 0.55 * self.skill + 0.25 * self.engagement + self.ease(checklist.id, item.id) + self.rng.gauss(0, 0.15)
            found[item.id] = min(len(checklist.scale) - 1, max(0, int(level * len(checklist.scale))))
        return found

    def checklist_entry(self, checklist: Checklist, partial: bool) -> dict:
        answers = self.answers(checklist, partial)
        outcome = score(checklist, answers)
        return {
            "version": checklist.version,
            "updatedAt": self.later(5),
            "answers": answers,
            "score": outcome.percent,
            "level": outcome.level.name if outcome.level else None,
        }

    def step(self, step: Step, pass_mark: int | None, state: dict) -> bool:
        """Take one step; True when it is done by the course's rules."""
        content = self.catalogue.course
        if step.kind == "section":
            state["sections"][step.key] = self.later(step.minutes)
            return True
        if step.kind == "quiz":
            entry = state["quizzes"][step.id] = self.quiz(step.id, pass_mark or 0)
            return entry["passed"]
        if step.kind == "scenario":
            criteria = [criterion.id for criterion in content.scenarios[step.id].criteria]
            rated = self.rng.random() < 0.93
            ratings = {c: min(2, max(0, round(self.skill * 2 + self.rng.gauss(0, 0.6)))) for c in criteria} if rated else {}
            state["scenarios"][step.id] = {"answered": True, "ratings": ratings, "updatedAt": self.later(step.minutes)}
            return rated
        if step.kind == "reflection":
            prompts = len(content.reflections[step.id].prompts)
            answered = prompts if self.rng.random() < 0.93 else self.rng.randint(1, prompts)
            state["reflections"][step.id] = {"answered": answered, "updatedAt": self.later(step.minutes)}
            return answered == prompts
        checklist = self.catalogue.checklists[step.id]
        entry = state["checklists"][step.id] = self.checklist_entry(checklist, partial=self.rng.random() < 0.1)
        return len(entry["answers"]) == len(checklist.items)

    def record(self) -> dict:
        course = self.catalogue.course.course
        state: dict = {"sections": {}, "quizzes": {}, "scenarios": {}, "reflections": {}, "checklists": {}}
        never_started = self.rng.random() < 0.06
        reach = 0 if never_started else self.engagement * sum(len(steps) for _, steps in self.plans) * self.rng.uniform(0.8, 1.5)
        position, modules = 0, {}
        for module, steps in self.plans:
            done = touched = 0
            for step in steps:
                if position < reach and not (step.kind == "section" and self.rng.random() < 0.01):
                    done += self.step(step, module.pass_mark, state)
                    touched += 1
                position += 1
            status = "done" if done == len(steps) else "started" if touched else "todo"
            modules[module.id] = {"status": status, "done": done, "total": len(steps)}
            if status == "done":
                modules[module.id]["completedAt"] = _iso(self.clock)
        in_course = {step_id for module in course.modules for step_id in module.activities_of("checklist")}
        for checklist in self.catalogue.checklists.values():
            if checklist.id not in in_course and self.rng.random() < 0.2 + 0.4 * self.engagement:
                state["checklists"][checklist.id] = self.checklist_entry(checklist, partial=self.rng.random() < 0.2)
        course_entry = {"id": course.id, "version": course.version, "modules": modules}
        if all(module["status"] == "done" for module in modules.values()):
            course_entry["completedAt"] = _iso(self.clock)
        course_entry.update({key: state[key] for key in ("sections", "quizzes", "scenarios", "reflections")})
        learner = {"id": "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))}
        if self.rng.random() < NAMED:
            names = _names()
            learner["name"] = f"{self.rng.choice(names['first'])} {self.rng.choice(names['last'])}"
        return {
            "schema": RECORD_SCHEMA,
            "version": LATEST,
            "exportedAt": self.later(60),
            "learner": learner,
            "includesTexts": False,
            "checklists": state["checklists"],
            "course": course_entry,
        }


def demo_records(catalogue: Catalogue, count: int, seed: int) -> list[tuple[str, dict]]:
    """(file name, record) for `count` invented learners; file names as the browser gives them."""
    named: list[tuple[str, dict]] = []
    used: set[str] = set()
    content = catalogue.course
    plans = [(module, module_steps(content, module, catalogue.sections, catalogue.checklists)) for module in content.course.modules]
    for index in range(count):
        record = Learner(catalogue, plans, seed, index).record()
        date = record["exportedAt"][:10]
        stem = f"dossier-{slug(record['learner']['name'])}-{date}" if "name" in record["learner"] else f"dossier-{date}"
        name, number = f"{stem}.json", 1
        while name in used:
            number += 1
            name = f"{stem}-{number}.json"
        used.add(name)
        named.append((name, record))
    return named


def write_demo(catalogue: Catalogue, count: int, seed: int, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, record in demo_records(catalogue, count, seed):
        path = directory / name
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written
