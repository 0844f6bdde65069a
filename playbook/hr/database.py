"""The cohort database (SQLite, from the standard library): one row per learner and cohort, and
one table per part of their record, so that HR can query it and the report reads it in a few queries.

    open_database(path, create) -> sqlite3.Connection    raises DatabaseProblem (French)
    write_record(connection, cohort, record, …) -> parts; insert_parts(connection, parts)   in the caller's transaction
    read_records(connection, cohort | None) -> [record]   learner records v2, as imported (no texts)
    cohorts(connection) -> [name]

Texts (scenario answers, reflections) are never stored: the report does not use them.
A record replaces the learner's previous one whole (ON DELETE CASCADE).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from playbook.commandline import UsageError
from playbook.hr.records import LATEST, RECORD_SCHEMA

APPLICATION_ID = 0x50424B53  # "PBKS": a cohort database of the Playbook social
SCHEMA_VERSION = 1
TABLES = """
CREATE TABLE learners (
  id INTEGER PRIMARY KEY,
  cohort TEXT NOT NULL,
  learner TEXT NOT NULL,            -- learner.id (for a version 1 record, drawn from its content)
  name TEXT,
  exported_at TEXT NOT NULL,
  exported_ms INTEGER NOT NULL,     -- exportedAt in milliseconds: the newest export wins
  digest TEXT NOT NULL,             -- of the whole record: importing it again changes nothing
  source TEXT NOT NULL,             -- the file, or the learning record store it came from
  record_version INTEGER NOT NULL,
  course TEXT,
  course_version INTEGER,
  course_completed_at TEXT,
  imported_at TEXT NOT NULL,
  UNIQUE (cohort, learner)
);
CREATE TABLE modules (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, module TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('todo', 'started', 'done')), done INTEGER NOT NULL, total INTEGER NOT NULL,
  completed_at TEXT, PRIMARY KEY (learner_row, module)) WITHOUT ROWID;
CREATE TABLE sections (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, section TEXT NOT NULL,
  read_at TEXT NOT NULL, PRIMARY KEY (learner_row, section)) WITHOUT ROWID;
CREATE TABLE quizzes (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, quiz TEXT NOT NULL,
  attempts INTEGER NOT NULL, best INTEGER NOT NULL, last INTEGER NOT NULL, passed INTEGER NOT NULL, updated_at TEXT,
  PRIMARY KEY (learner_row, quiz)) WITHOUT ROWID;
CREATE TABLE questions (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, quiz TEXT NOT NULL,
  question TEXT NOT NULL, correct INTEGER NOT NULL, PRIMARY KEY (learner_row, quiz, question)) WITHOUT ROWID;
CREATE TABLE scenarios (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, scenario TEXT NOT NULL,
  answered INTEGER NOT NULL, updated_at TEXT, PRIMARY KEY (learner_row, scenario)) WITHOUT ROWID;
CREATE TABLE ratings (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, scenario TEXT NOT NULL,
  criterion TEXT NOT NULL, rating INTEGER NOT NULL, PRIMARY KEY (learner_row, scenario, criterion)) WITHOUT ROWID;
CREATE TABLE reflections (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, reflection TEXT NOT NULL,
  answered INTEGER NOT NULL, updated_at TEXT, PRIMARY KEY (learner_row, reflection)) WITHOUT ROWID;
CREATE TABLE checklists (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, checklist TEXT NOT NULL,
  version INTEGER NOT NULL, updated_at TEXT, score INTEGER, level TEXT, PRIMARY KEY (learner_row, checklist)) WITHOUT ROWID;
-- step: the index of the answer on the checklist's scale; NULL for « ne s’applique pas ».
CREATE TABLE answers (learner_row INTEGER NOT NULL REFERENCES learners ON DELETE CASCADE, checklist TEXT NOT NULL,
  item TEXT NOT NULL, step INTEGER, PRIMARY KEY (learner_row, checklist, item)) WITHOUT ROWID;
-- What `playbook hr pull` read from a learning record store: one row per statement (no texts are sent).
CREATE TABLE statements (id TEXT PRIMARY KEY, store TEXT NOT NULL, learner TEXT NOT NULL, name TEXT,
  timestamp TEXT NOT NULL, verb TEXT NOT NULL, kind TEXT NOT NULL, course TEXT NOT NULL, target TEXT NOT NULL,
  parent TEXT, success INTEGER, score INTEGER, response TEXT) WITHOUT ROWID;
CREATE INDEX statements_by_learner ON statements (store, learner);
CREATE TABLE pulls (store TEXT PRIMARY KEY, since TEXT NOT NULL, pulled_at TEXT NOT NULL);
"""
CHILD_TABLES = ("modules", "sections", "quizzes", "questions", "scenarios", "ratings", "reflections", "checklists", "answers")


class DatabaseProblem(UsageError):
    """The database cannot be used; the message says why and what to do, in French."""


def open_database(path: Path, create: bool) -> sqlite3.Connection:
    if not path.exists() and not create:
        raise DatabaseProblem(f"{path} : base introuvable ; importez d’abord des dossiers avec « playbook hr import … --db {path} »")
    if create and not path.parent.exists():
        raise DatabaseProblem(f"{path.parent} n’existe pas : créez le dossier ou choisissez un autre chemin pour --db")
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
        application, version = connection.execute("PRAGMA application_id").fetchone()[0], connection.execute("PRAGMA user_version").fetchone()[0]
        if application == 0 and version == 0 and not connection.execute("SELECT 1 FROM sqlite_master").fetchone():
            connection.executescript(f"BEGIN; {TABLES} PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
        elif application != APPLICATION_ID:
            raise DatabaseProblem(f"{path} n’est pas une base de cohorte du Playbook social : choisissez un autre fichier pour --db")
        elif version > SCHEMA_VERSION:
            raise DatabaseProblem(f"{path} vient d’une version plus récente de playbook : mettez l’outil à jour")
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(f"{path} : base illisible ({exc}) ; choisissez un autre fichier pour --db") from None
    return connection


def cohorts(connection: sqlite3.Connection) -> list[str]:
    return [row[0] for row in connection.execute("SELECT DISTINCT cohort FROM learners ORDER BY cohort")]


def existing(connection: sqlite3.Connection, cohort: str, learner: str) -> tuple[int, int, str] | None:
    """(row id, exported_ms, digest) of the learner's record in the cohort, if any."""
    return connection.execute(
        "SELECT id, exported_ms, digest FROM learners WHERE cohort = ? AND learner = ?", (cohort, learner)
    ).fetchone()


def write_record(
    connection: sqlite3.Connection, cohort: str, record: dict, *, source: str, digest: str, exported_ms: int, record_version: int, now: str,
    replaces: bool = True,
) -> dict[str, list[tuple]]:
    """Insert a version 2 record's learner row (replacing the learner's previous record in the
    cohort, parts included); return the rows of its parts, table by table, for `insert_parts`."""
    learner = record["learner"]
    if replaces:
        connection.execute("DELETE FROM learners WHERE cohort = ? AND learner = ?", (cohort, learner["id"]))
    course = record.get("course") or {}
    row = connection.execute(
        "INSERT INTO learners (cohort, learner, name, exported_at, exported_ms, digest, source, record_version, course,"
        " course_version, course_completed_at, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (cohort, learner["id"], learner.get("name"), record["exportedAt"], exported_ms, digest, source, record_version,
         course.get("id"), course.get("version"), course.get("completedAt"), now),
    ).lastrowid
    rows: dict[str, list[tuple]] = {table: [] for table in CHILD_TABLES}
    for module_id, module in (course.get("modules") or {}).items():
        rows["modules"].append((row, module_id, module["status"], module["done"], module["total"], module.get("completedAt")))
    rows["sections"] += [(row, key, at) for key, at in (course.get("sections") or {}).items()]
    for quiz_id, quiz in (course.get("quizzes") or {}).items():
        rows["quizzes"].append((row, quiz_id, quiz["attempts"], quiz["best"], quiz["last"], quiz["passed"], quiz.get("updatedAt")))
        rows["questions"] += [(row, quiz_id, question, correct) for question, correct in (quiz.get("questions") or {}).items()]
    for scenario_id, scenario in (course.get("scenarios") or {}).items():
        rows["scenarios"].append((row, scenario_id, scenario["answered"], scenario.get("updatedAt")))
        rows["ratings"] += [(row, scenario_id, criterion, rating) for criterion, rating in (scenario.get("ratings") or {}).items()]
    for reflection_id, reflection in (course.get("reflections") or {}).items():
        rows["reflections"].append((row, reflection_id, reflection["answered"], reflection.get("updatedAt")))
    for checklist_id, entry in record["checklists"].items():
        rows["checklists"].append((row, checklist_id, entry["version"], entry.get("updatedAt"), entry.get("score"), entry.get("level")))
        rows["answers"] += [(row, checklist_id, item, None if step == "na" else step) for item, step in entry["answers"].items()]
    return rows


def insert_parts(connection: sqlite3.Connection, rows: dict[str, list[tuple]]) -> None:
    """The parts of many records at once: one statement per table."""
    for table, values in rows.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            connection.executemany(f"INSERT INTO {table} VALUES ({marks})", values)


def _children(connection: sqlite3.Connection, table: str, where: str, parameters: tuple) -> dict[int, list[tuple]]:
    found: dict[int, list[tuple]] = {}
    for values in connection.execute(f"SELECT * FROM {table} WHERE learner_row IN (SELECT id FROM learners {where})", parameters):
        found.setdefault(values[0], []).append(values[1:])
    return found


def read_records(connection: sqlite3.Connection, cohort: str | None) -> list[dict]:
    """Every learner record of the cohort (of the whole database when None), in import order."""
    where, parameters = ("WHERE cohort = ?", (cohort,)) if cohort is not None else ("", ())
    parts = {table: _children(connection, table, where, parameters) for table in CHILD_TABLES}
    records = []
    for row, learner, name, exported_at, course_id, course_version, completed_at in connection.execute(
        f"SELECT id, learner, name, exported_at, course, course_version, course_completed_at FROM learners {where} ORDER BY id", parameters
    ):
        answers: dict[str, dict] = {}
        for checklist, item, step in parts["answers"].get(row, []):
            answers.setdefault(checklist, {})[item] = "na" if step is None else step
        checklists = {}
        for checklist, version, updated_at, score, level in parts["checklists"].get(row, []):
            entry = {"version": version, "answers": answers.get(checklist, {}), "score": score, "level": level}
            checklists[checklist] = entry | ({"updatedAt": updated_at} if updated_at else {})
        record = {"schema": RECORD_SCHEMA, "version": LATEST, "exportedAt": exported_at, "learner": {"id": learner} | ({"name": name} if name else {}),
                  "includesTexts": False, "checklists": checklists}
        if course_id is not None:
            record["course"] = _course(row, parts, course_id, course_version, completed_at)
        records.append(record)
    return records


def _course(row: int, parts: dict, course_id: str, version: int, completed_at: str | None) -> dict:
    def dated(entry: dict, updated_at: str | None) -> dict:
        return entry | ({"updatedAt": updated_at} if updated_at else {})

    questions: dict[str, dict] = {}
    for quiz, question, correct in parts["questions"].get(row, []):
        questions.setdefault(quiz, {})[question] = bool(correct)
    ratings: dict[str, dict] = {}
    for scenario, criterion, rating in parts["ratings"].get(row, []):
        ratings.setdefault(scenario, {})[criterion] = rating
    course = {
        "id": course_id,
        "version": version,
        "modules": {
            module: {"status": status, "done": done, "total": total} | ({"completedAt": at} if at else {})
            for module, status, done, total, at in parts["modules"].get(row, [])
        },
        "sections": dict(parts["sections"].get(row, [])),
        "quizzes": {
            quiz: dated({"attempts": attempts, "best": best, "last": last, "passed": bool(passed), "questions": questions.get(quiz, {})}, at)
            for quiz, attempts, best, last, passed, at in parts["quizzes"].get(row, [])
        },
        "scenarios": {
            scenario: dated({"answered": bool(answered), "ratings": ratings.get(scenario, {})}, at)
            for scenario, answered, at in parts["scenarios"].get(row, [])
        },
        "reflections": {reflection: dated({"answered": answered}, at) for reflection, answered, at in parts["reflections"].get(row, [])},
    }
    return course | ({"completedAt": completed_at} if completed_at else {})
