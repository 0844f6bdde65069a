"""Learner records as HR receives them: one JSON file each, checked against learner-record v1 or v2.

    read_record(path) -> dict          raises Rejected(reason) with the French reason
    record_problems(data) -> [str]      what makes `data` no learner record, worded as in the browser
    upgrade(record) -> dict            a version 1 record as version 2 (its learner id drawn from its content)

The cohort page words the same reasons (widgets/cohort.js, messages `cohort.rejected.*`) and
validates with ajv code compiled from the same schemas.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from playbook.hr.figures import canonical
from playbook.messages import text
from playbook.schemafr import is_valid, load_schema, problems

RECORD_SCHEMA = "playbook-social/learner-record"
SCHEMAS = {1: "learner-record-1.schema.json", 2: "learner-record.schema.json"}
LATEST = max(SCHEMAS)
MAX_BYTES = 5 * 1024 * 1024


class Rejected(Exception):
    """A file that is no valid learner record; `str()` is the reason, in French."""


def _refuse_constant(name: str) -> None:
    raise ValueError(name)  # NaN and Infinity are no JSON (the browser's JSON.parse refuses them)


def record_problems(data: Any) -> list[str]:
    """[] for a valid record; else its problems, the most telling first."""
    if not isinstance(data, dict) or data.get("schema") != RECORD_SCHEMA:
        return [text("cohort.rejected.notRecord")]
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > LATEST:
        return [text("cohort.rejected.newer", version=version)]
    schema_version = version if type(version) is int and version in SCHEMAS else LATEST
    schema = load_schema(SCHEMAS[schema_version])
    if is_valid(schema, data):  # jsonschema-rs: a thousand records take a fraction of a second
        return []
    return [str(problem) for problem in problems(schema, data)] or [text("validation.refused")]


def reason(found: list[str]) -> str:
    """One line for a rejected file: its first problem, and how many more."""
    if len(found) == 1:
        return found[0]
    return text("cohort.rejected.more", problem=found[0], count=len(found) - 1)


def parse_record(raw: bytes) -> dict:
    """The record in `raw` (UTF-8, with or without BOM); raises Rejected."""
    if len(raw) > MAX_BYTES:
        raise Rejected(text("cohort.rejected.tooBig", megabytes=MAX_BYTES // (1024 * 1024)))
    try:
        data = json.loads(raw.decode("utf-8-sig", errors="replace"), parse_constant=_refuse_constant)
    except ValueError:
        raise Rejected(text("cohort.rejected.notJson")) from None
    found = record_problems(data)
    if found:
        raise Rejected(reason(found))
    return data


def read_record(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise Rejected(text("cohort.rejected.tooBig", megabytes=MAX_BYTES // (1024 * 1024)))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise Rejected(text("cohort.rejected.missing")) from None
    except OSError:
        raise Rejected(text("cohort.rejected.unreadable")) from None
    return parse_record(raw)


def upgrade(record: dict) -> dict:
    """A version 2 record; a version 1 record gets a learner id drawn from its content (not its date)."""
    if record["version"] == LATEST:
        return record
    content = {key: value for key, value in record.items() if key != "exportedAt"}
    learner_id = hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()[:32]
    return {
        "schema": RECORD_SCHEMA,
        "version": LATEST,
        "exportedAt": record["exportedAt"],
        "learner": {"id": learner_id},
        "includesTexts": False,
        "checklists": record["checklists"],
    }
