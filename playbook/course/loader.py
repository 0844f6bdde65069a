"""Load the course and its activities; report every mistake as `file:line: what to fix`.

Each file is checked alone first (fields, repeated ids, right answers), then the course against
the activities it names: an activity that does not exist (« vouliez-vous dire »), an activity or a
section in two modules, an activity file no module uses, a quiz without a pass mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from playbook.course.activities import Problem, Quiz, Reflection, Scenario, repeated_ids
from playbook.course.models import ActivityKind, Course, Module
from playbook.errors import ContentError, ContentErrors, did_you_mean
from playbook.validation import validate
from playbook.textfile import read_text
from playbook.yamlsource import parse_yaml

COURSE_FILE = "exercises/course.yml"
ACTIVITY_DIRS = {"quiz": "exercises/quizzes", "scenario": "exercises/scenarios", "reflection": "exercises/reflections"}
# Module pages live at /parcours/<module-id>/, beside these.
RESERVED_MODULE_IDS = {"index", "attestation", "kit", "guide-animation"}
KIND_NAMES = {"quiz": "quiz", "scenario": "scénario", "reflection": "réflexion", "checklist": "grille"}
THIS_KIND = {"quiz": "ce quiz", "scenario": "ce scénario", "reflection": "cette réflexion"}

Activity = TypeVar("Activity", Quiz, Scenario, Reflection)


@dataclass(frozen=True)
class CourseContent:
    """The course and every activity it uses, by id; loaded only when all of it is valid."""

    course: Course
    quizzes: dict[str, Quiz]
    scenarios: dict[str, Scenario]
    reflections: dict[str, Reflection]

    def module_of(self, kind: ActivityKind, activity_id: str) -> Module | None:
        """The module whose activities include this one (each activity is in at most one)."""
        return next((m for m in self.course.modules if activity_id in m.activities_of(kind)), None)

    def pass_mark(self, quiz_id: str) -> int:
        module = self.module_of("quiz", quiz_id)
        if module is None or module.pass_mark is None:
            raise LookupError(f"quiz {quiz_id}: in no module")
        return module.pass_mark


def load_activity(path: Path, root: Path, model: type[Activity], anchors: dict[str, dict[str, str]]) -> Activity:
    """One activity file: its fields, then what only the whole can tell (repeats, right answers, file name)."""
    file = path.relative_to(root).as_posix()
    document = parse_yaml(read_text(path, file), file)
    activity = validate(model, document, context={"anchors": anchors})
    problems = activity.consistency_problems()
    if activity.id != path.stem:
        problems.append((("id",), f"l’id « {activity.id} » doit reprendre le nom du fichier : « {path.stem} »"))
    if problems:
        raise ContentErrors([document.error(location, message) for location, message in problems])
    return activity


def _load_all(directory: Path, root: Path, model: type[Activity], anchors, errors: list[ContentError]) -> dict[str, Activity]:
    loaded: dict[str, Activity] = {}
    for path in sorted(directory.glob("*.yml")):
        try:
            activity = load_activity(path, root, model, anchors)
        except ContentErrors as exc:
            errors.extend(exc.errors)
            continue
        loaded[activity.id] = activity
    return loaded


def load_course(root: Path, anchors: dict[str, dict[str, str]], checklists: set[str] | None) -> CourseContent:
    """The course of `root` and its activities; raises ContentErrors listing every problem.

    `checklists`: the ids of the site's checklists, or None when they could not be loaded (then
    the course's checklist activities are not checked, to avoid reporting the same mistake twice).
    """
    errors: list[ContentError] = []
    quizzes = _load_all(root / ACTIVITY_DIRS["quiz"], root, Quiz, anchors, errors)
    scenarios = _load_all(root / ACTIVITY_DIRS["scenario"], root, Scenario, anchors, errors)
    reflections = _load_all(root / ACTIVITY_DIRS["reflection"], root, Reflection, anchors, errors)
    path = root / COURSE_FILE
    if not path.is_file():
        raise ContentErrors([*errors, ContentError(COURSE_FILE, 1, "fichier introuvable : le parcours d’intégration est décrit ici")])
    try:
        document = parse_yaml(read_text(path, COURSE_FILE), COURSE_FILE)
        course = validate(Course, document, context={"anchors": anchors})
    except ContentErrors as exc:
        raise ContentErrors(errors + exc.errors) from None
    if errors:  # the course names activities that failed to load: fix those first
        raise ContentErrors(errors)
    known = {"quiz": set(quizzes), "scenario": set(scenarios), "reflection": set(reflections)}
    if checklists is not None:
        known["checklist"] = checklists
    problems = course_problems(course, known)
    errors = [document.error(location, message) for location, message in problems]
    errors += unused_activities(course, known)
    if errors:
        raise ContentErrors(errors)
    return CourseContent(course=course, quizzes=quizzes, scenarios=scenarios, reflections=reflections)


def course_problems(course: Course, known: dict[str, set[str]]) -> list[Problem]:
    """What the course file gets wrong about its modules and the activities it names."""
    problems = repeated_ids([module.id for module in course.modules], "modules")
    placed: dict[tuple[str, str], int] = {}
    read: dict[str, int] = {}
    for number, module in enumerate(course.modules, start=1):
        at = ("modules", number - 1)
        if module.id in RESERVED_MODULE_IDS:
            names = ", ".join(f"« {name} »" for name in sorted(RESERVED_MODULE_IDS))
            problems.append(((*at, "id"), f"« {module.id} » est réservé aux pages du parcours ({names}) : choisissez un autre id"))
        for index, reference in enumerate(module.read):
            if reference in read:
                problems.append(((*at, "read", index), f"cette section est déjà à lire dans le module {read[reference]} : gardez-la dans un seul module"))
            read.setdefault(reference, number)
        for index, activity in enumerate(module.activities):
            where = (*at, "activities", index, activity.kind)
            ids = known.get(activity.kind)
            if ids is not None and activity.id not in ids:
                folder = ACTIVITY_DIRS.get(activity.kind, "exercises/checklists")
                problems.append(
                    (where, f"{KIND_NAMES[activity.kind]} « {activity.id} » introuvable dans {folder}/{did_you_mean(activity.id, ids)}")
                )
            elif (activity.kind, activity.id) in placed:
                problems.append((where, f"« {activity.id} » est déjà une activité du module {placed[activity.kind, activity.id]} : gardez-la dans un seul module"))
            placed.setdefault((activity.kind, activity.id), number)
        has_quiz = bool(module.activities_of("quiz"))
        if has_quiz and module.pass_mark is None:
            problems.append(((*at, "id"), "ce module a un quiz : indiquez son seuil de réussite, par exemple « pass_mark: 70 » (en %)"))
        elif not has_quiz and module.pass_mark is not None:
            problems.append(((*at, "pass_mark"), "ce module n’a pas de quiz : retirez « pass_mark »"))
    return problems


def unused_activities(course: Course, known: dict[str, set[str]]) -> list[ContentError]:
    """An activity file that no module names would never be seen: say where to add it."""
    used = {(activity.kind, activity.id) for module in course.modules for activity in module.activities}
    errors = []
    for kind, directory in ACTIVITY_DIRS.items():
        for activity_id in sorted(known[kind]):
            if (kind, activity_id) not in used:
                errors.append(
                    ContentError(
                        f"{directory}/{activity_id}.yml",
                        1,
                        f"{THIS_KIND[kind]} n’est dans aucun module : ajoutez « - {kind}: {activity_id} » aux activités d’un module de {COURSE_FILE}",
                    )
                )
    return errors
