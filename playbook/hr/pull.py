"""`playbook hr pull`: the course's statements from a learning record store, into the cohort database.

Every page is read first (`playbook.hr.lrs`); then, in one transaction: the new statements are kept
(table `statements`, one row each, voided ones removed), each learner they concern gets their
record rebuilt from all of their statements (`playbook.hr.statements`) and imported through the
same path as files (`playbook.hr.importer.write_records`), and the store's `since` moves on, so
that the next pull asks only for what came after.
"""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import dataclass

from playbook.catalogue import Catalogue
from playbook.hr.figures import instant
from playbook.hr.importer import Summary, write_records
from playbook.hr.lrs import endpoint, statements
from playbook.hr.records import reason, record_problems
from playbook.hr.statements import fact, record_from

COLUMNS = ("id", "learner", "name", "timestamp", "verb", "kind", "course", "target", "parent", "success", "score", "response")


@dataclass
class Pulled:
    store: str
    since: str | None
    statements: int
    learners: int
    summary: Summary


def pull(connection: sqlite3.Connection, url: str, cohort: str, catalogue: Catalogue, auth: str | None, base: str | None) -> Pulled:
    store = endpoint(url)
    row = connection.execute("SELECT since FROM pulls WHERE store = ?", (store,)).fetchone()
    since = row[0] if row else None
    found = statements(store, since, auth)
    course_id = catalogue.course.course.id
    facts, voids = [], []
    for statement in found:
        parsed = fact(statement, course_id, base)
        if parsed is None:
            continue
        if "voids" in parsed:
            voids.append(parsed["voids"])
        else:
            facts.append(parsed)
    stored = [s["stored"] for s in found if isinstance(s.get("stored"), str)]
    latest = max(stored, key=instant) if stored else since
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    connection.execute("BEGIN IMMEDIATE")
    try:
        marks = ", ".join("?" * (len(COLUMNS) + 1))
        connection.executemany(
            f"INSERT OR IGNORE INTO statements (store, {', '.join(COLUMNS)}) VALUES ({marks})",
            [(store, *(entry[column] for column in COLUMNS)) for entry in facts],
        )
        touched = {entry["learner"] for entry in facts}
        for statement_id in voids:
            voided = connection.execute("SELECT learner FROM statements WHERE store = ? AND id = ?", (store, statement_id)).fetchone()
            if voided:
                touched.add(voided[0])
                connection.execute("DELETE FROM statements WHERE store = ? AND id = ?", (store, statement_id))
        entries, rejected = [], []
        for learner in sorted(touched):
            rows = connection.execute(f"SELECT {', '.join(COLUMNS)} FROM statements WHERE store = ? AND learner = ?", (store, learner))
            kept = [dict(zip(COLUMNS, values)) for values in rows]
            if not kept:
                continue
            for entry in kept:
                entry["success"] = None if entry["success"] is None else bool(entry["success"])
            record = record_from(learner, kept, catalogue)
            problems = record_problems(record)
            if problems:
                rejected.append((f"{store}#{learner}", reason(problems)))
            else:
                entries.append((store, record))
        summary = write_records(connection, cohort, entries)
        summary.rejected = rejected
        if latest:
            connection.execute(
                "INSERT INTO pulls (store, since, pulled_at) VALUES (?, ?, ?) ON CONFLICT (store) DO UPDATE SET since = excluded.since, pulled_at = excluded.pulled_at",
                (store, latest, now),
            )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return Pulled(store=store, since=since, statements=len(found), learners=len(entries), summary=summary)
