"""Browser validators: ajv's standalone code compiled from playbook/schemas/, one script per schema.

Compiling runs Node (scripts/validators.cjs) once per change of a schema or of ajv: the result
is kept in node_modules/.cache, so a rebuild with unchanged schemas costs a file read.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from importlib import resources
from pathlib import Path

SCRIPT = "scripts/validators.cjs"
BROWSER_DIR = "assets/javascripts/validators"
# Validator name → schema file: what the browser validates.
SCHEMAS = {
    "learner-record": "learner-record.schema.json",
    "learner-record-1": "learner-record-1.schema.json",
    "voice": "voice.schema.json",
    "course-state": "course-state.schema.json",
    "learner-profile": "learner-profile.schema.json",
    "course-attestation": "course-attestation.schema.json",
}


class ValidatorsUnavailable(Exception):
    """Node or ajv is missing, or ajv refused a schema: the message says what to do."""


def _schema_path(file: str) -> Path:
    return Path(str(resources.files("playbook").joinpath("schemas", file)))


def _fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for name, file in sorted(SCHEMAS.items()):
        digest.update(name.encode() + _schema_path(file).read_bytes())
    for part in (root / SCRIPT, root / "node_modules" / "ajv" / "package.json"):
        digest.update(part.read_bytes())
    return digest.hexdigest()[:16]


def compiled(root: Path) -> dict[str, str]:
    """Validator name → its classic script, from the cache or freshly compiled."""
    if not (root / SCRIPT).is_file():
        raise ValidatorsUnavailable(f"{SCRIPT} introuvable : il compile les schémas pour le navigateur")
    if not (root / "node_modules" / "ajv" / "package.json").is_file():
        raise ValidatorsUnavailable("node_modules/ajv introuvable : lancez « npm ci » (make serve et make test le font pour vous)")
    cache = root / "node_modules" / ".cache" / "playbook" / f"validators-{_fingerprint(root)}.json"
    if cache.is_file():
        return json.loads(cache.read_text(encoding="utf-8"))
    arguments = [f"{name}={_schema_path(file)}" for name, file in SCHEMAS.items()]
    try:
        result = subprocess.run(["node", str(root / SCRIPT), *arguments], capture_output=True, text=True, cwd=root, timeout=120)
    except FileNotFoundError:
        raise ValidatorsUnavailable("Node.js introuvable : installez-le (apt-get install nodejs npm)") from None
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        raise ValidatorsUnavailable(f"{SCRIPT} : les schémas n’ont pas pu être compilés ({last})")
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(result.stdout, encoding="utf-8")
    return json.loads(result.stdout)


def browser_files(root: Path) -> dict[str, str]:
    """Site path → script, one per validator."""
    return {f"{BROWSER_DIR}/{name}.js": code for name, code in compiled(root).items()}
