"""A real learning record store for the xAPI tests: Ralph (France Université Numérique's LRS) on its
filesystem backend, in a temporary directory, on a free port of 127.0.0.1, stopped at the end."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "rh-parcours", "secret-de-test"
# What `ralph runserver -b fs` runs (uvicorn serving ralph.api:app), without its development reloader
# (a file watcher and a fork). One change: Ralph 5.1's filesystem backend writes its statements file
# with the operation "create", so every POST after the first fails (500, "already exists and
# overwrite is not allowed"); it is set to "append", what a file of JSON lines needs.
SERVE = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


@dataclass(frozen=True)
class Ralph:
    url: str  # http://127.0.0.1:<port>/
    process: subprocess.Popen

    @property
    def endpoint(self) -> str:
        return f"{self.url}xAPI/"

    def statements(self, **params) -> list[dict]:
        """Every statement the store holds (following `more`), newest first."""
        import requests

        found, url = [], f"{self.endpoint}statements"
        params = {"limit": 500, **params}
        while url:
            answer = requests.get(url, params=params, auth=(USER, PASSWORD), headers={"X-Experience-API-Version": "1.0.3"}, timeout=10)
            answer.raise_for_status()
            body = answer.json()
            found.extend(body["statements"])
            url, params = (f"{self.url.rstrip('/')}{body['more']}", None) if body.get("more") else (None, None)
        return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(directory: Path, allowed_origin: str) -> Ralph:
    """Write Ralph's credentials file, start it; wait for it with `wait(ralph)`."""
    try:
        import bcrypt
    except ImportError:
        pytest.fail("Ralph n’est pas installé : lancez « make test », qui installe l’extra lrs de pyproject.toml")
    hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
    credentials = [{"agent": {"mbox": "mailto:rh@exemple.fr"}, "scopes": ["all"], "hash": hashed, "username": USER}]
    (directory / "auth.json").write_text(json.dumps(credentials), encoding="utf-8")
    (directory / "donnees").mkdir()
    port = free_port()
    environment = {
        **os.environ,
        "RALPH_APP_DIR": str(directory),
        "RALPH_AUTH_FILE": str(directory / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(directory / "donnees"),
        "RALPH_RUNSERVER_CORS_ALLOW_ORIGINS": json.dumps([allowed_origin]),
    }
    with open(directory / "ralph.log", "wb") as log:  # the child keeps its own copy of the handle
        process = subprocess.Popen([sys.executable, "-c", SERVE, str(port)], cwd=directory, env=environment, stdout=subprocess.DEVNULL, stderr=log)
    return Ralph(url=f"http://127.0.0.1:{port}/", process=process)


def wait(ralph: Ralph, timeout: float = 60) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ralph.process.poll() is not None:
            raise RuntimeError(f"Ralph s’est arrêté (code {ralph.process.returncode})")
        try:
            if requests.get(f"{ralph.url}__heartbeat__", timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise RuntimeError("Ralph n’a pas répondu à temps")


def stop(ralph: Ralph) -> None:
    ralph.process.terminate()
    try:
        ralph.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        ralph.process.kill()
        ralph.process.wait()
