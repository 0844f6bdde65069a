"""`mkdocs serve` (what `make serve` runs) serves the site and rebuilds when a chapter changes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from tests.conftest import copy_project


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, text: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return True
        time.sleep(0.5)
    return False


def test_serve_reloads_a_changed_chapter(tmp_path):
    project = copy_project(tmp_path / "project")
    port = free_port()
    address = f"127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", address],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PLAYBOOK_SITE_URL": f"http://{address}/"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        chapter_url = f"http://{address}/chapitres/mesure/"
        assert wait_for(chapter_url, "Mesurer ce qui compte vraiment"), "le site n’est pas servi"
        chapter = project / "chapters" / "07-mesure.md"
        chapter.write_text(
            chapter.read_text(encoding="utf-8").replace(
                "title: Mesurer ce qui compte vraiment", "title: Mesurer ce qui compte, vraiment"
            ),
            encoding="utf-8",
        )
        assert wait_for(chapter_url, "Mesurer ce qui compte, vraiment"), "le chapitre modifié n’a pas été reconstruit"
    finally:
        server.terminate()
        server.wait(timeout=30)
