"""The one way into the cohort database, for files (`playbook hr import`) and for records built
from a learning record store (`playbook hr pull`): upgrade, count duplicates once, write in one transaction.

    read_files(paths, progress) -> (entries [(source, record)], rejected [(source, reason)])
    import_records(connection, cohort, entries) -> Summary

A learner's newest export wins, in the files given and against the database; a record already in
the database (same content) is left as it is, so importing the same files twice changes nothing.
"""

from __future__ import annotations

import datetime
import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from playbook.hr.database import CHILD_TABLES, existing, insert_parts, write_record
from playbook.hr.figures import canonical, dedupe, instant
from playbook.hr.progress import Progress
from playbook.hr.records import Rejected, read_record, upgrade

Entry = tuple[str, dict]


@dataclass
class Summary:
    """What an import did: records added, replaced by a newer export, already there, older than the
    one there; duplicates among those given; files rejected with their reason."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)


def expand(paths: Iterable[Path]) -> list[Path]:
    """The files named, a folder standing for the `*.json` files it holds."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.json")) if path.is_dir() else [path]
    return files


def read_files(paths: list[Path], progress: Progress | None = None) -> tuple[list[Entry], list[tuple[str, str]]]:
    entries: list[Entry] = []
    rejected: list[tuple[str, str]] = []
    for path in paths:
        try:
            entries.append((str(path), read_record(path)))
        except Rejected as exc:
            rejected.append((str(path), str(exc)))
        if progress:
            progress.advance()
    return entries, rejected


def import_records(connection: sqlite3.Connection, cohort: str, entries: list[Entry]) -> Summary:
    """Write the valid records `entries` into `cohort`, in one transaction (all or nothing)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        summary = write_records(connection, cohort, entries)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return summary


def write_records(connection: sqlite3.Connection, cohort: str, entries: list[Entry]) -> Summary:
    """The import itself, inside the caller's transaction."""
    summary = Summary()
    sources = {id(record): source for source, record in entries}
    kept, summary.duplicates = dedupe([record for _, record in entries])
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    parts: dict[str, list[tuple]] = {table: [] for table in CHILD_TABLES}
    for original in kept:
        record = upgrade(original)
        digest = hashlib.sha256(canonical(record).encode("utf-8")).hexdigest()
        exported_ms = instant(record["exportedAt"])
        before = existing(connection, cohort, record["learner"]["id"])
        if before is not None and before[2] == digest:
            summary.unchanged += 1
            continue
        if before is not None and before[1] >= exported_ms:
            summary.older += 1
            continue
        rows = write_record(
            connection, cohort, record, source=sources[id(original)], digest=digest, exported_ms=exported_ms,
            record_version=original["version"], now=now, replaces=before is not None,
        )
        for table, values in rows.items():
            parts[table] += values
        if before is None:
            summary.new += 1
        else:
            summary.updated += 1
    insert_parts(connection, parts)
    return summary
