"""`playbook hr pull`: recorded xAPI statements served by a local store, turned into learner records
and imported like files; incremental pulls; every error is one French line, exit 2, nothing written."""

from __future__ import annotations

import base64
import http.server
import json
import sqlite3
import threading
from urllib.parse import parse_qs, urlparse

import pytest
import yaml

from playbook import cli
from playbook.hr.database import open_database, read_records
from playbook.hr.figures import figures, instant
from playbook.hr.catalogue import cohort_data, site_href
from tests.browser.widgets import catalogue
from tests.conftest import ROOT

STATEMENTS = json.loads((ROOT / "tests" / "fixtures" / "xapi" / "statements.json").read_text(encoding="utf-8"))["statements"]
AUTH = "rh:secret-de-test"
PAGE = 5
CAMILLE, OTHER = "k7x2m9q4p1", "r2d2c3po44"


class Store(http.server.BaseHTTPRequestHandler):
    """A learning record store's GET /xAPI/statements: Basic auth, `since`, pages linked by `more`."""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        state = self.server.state
        url = urlparse(self.path)
        state["requests"].append((url.path, parse_qs(url.query), self.headers.get("X-Experience-API-Version")))
        if url.path == "/illisible/xAPI/statements":
            return self.answer(200, b"<html>maintenance</html>")
        if self.headers.get("Authorization") != "Basic " + base64.b64encode(AUTH.encode()).decode():
            return self.answer(401, b'{"detail": "Invalid authentication credentials"}')
        query = parse_qs(url.query)
        since = query.get("since", [None])[0]
        found = [s for s in state["statements"] if since is None or instant(s["stored"]) > instant(since)]
        start = int(query.get("page", ["0"])[0])
        body = {"statements": found[start : start + PAGE]}
        if start + PAGE < len(found):
            body["more"] = f"/xAPI/statements?page={start + PAGE}" + (f"&since={since}" if since else "")
        self.answer(200, json.dumps(body).encode())

    def answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def store():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Store)
    server.state = {"statements": list(STATEMENTS), "requests": []}
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    status = cli.main(list(arguments))
    out, err = capsys.readouterr()
    return status, out.replace("\u00a0", " "), err.replace("\u00a0", " ")


def pull(capsys, url: str, db, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "hr", "pull", "--lrs", url, "--db", str(db), "--root", str(ROOT), *extra)


def test_pulled_statements_become_records_imported_like_files(store, tmp_path, capsys):
    server, url = store
    db = tmp_path / "cohorte.sqlite"
    status, out, err = pull(capsys, url, db, "--auth", AUTH, "--cohort", "Janvier")
    assert status == 0 and err == ""
    assert f"19 déclarations lues sur {url}/xAPI/statements (depuis le début) ; personnes concernées : 2." in out
    assert "2 dossiers lus pour la cohorte « Janvier » : 2 ajoutés" in out
    assert len(server.state["requests"]) == 4 and {version for _, _, version in server.state["requests"]} == {"1.0.3"}

    records = {record["learner"]["id"]: record for record in read_records(open_database(db, create=False), "Janvier")}
    camille, other = records[CAMILLE], records[OTHER]
    assert camille["learner"]["name"] == "Camille Martin" and "name" not in other["learner"]
    assert camille["exportedAt"] == "2026-11-17T08:00:00.000Z"
    course = camille["course"]
    assert course["modules"]["conversation"] == {"status": "done", "done": 9, "total": 9, "completedAt": "2026-11-16T10:20:00.000Z"}
    assert course["modules"]["politique"]["status"] == "todo"
    assert len(course["sections"]) == 6 and course["sections"]["communaute#une-communaute-pas-un-public"] == "2026-11-16T09:13:00.000Z"
    assert course["quizzes"]["conversation"] == {
        "attempts": 2, "best": 83, "last": 83, "passed": True, "updatedAt": "2026-11-16T09:45:00.000Z",
        "questions": {"page-des-nouveautes": True, "commentaire-de-23-heures": False},
    }
    # A pulled checklist answer is filed under the checklist's version the site now has.
    voice_version = yaml.safe_load((ROOT / "exercises" / "checklists" / "voix.yml").read_text(encoding="utf-8"))["version"]
    assert camille["checklists"] == {"voix": {"version": voice_version, "updatedAt": "2026-11-17T08:00:00.000Z", "answers": {}, "score": 62, "level": None}}
    # The voided answer is gone: the other learner read one section, answered nothing.
    assert other["course"]["modules"]["conversation"] == {"status": "started", "done": 1, "total": 9}
    assert other["course"]["quizzes"] == {}

    found = figures(cohort_data(catalogue(), site_href("https://exemple.fr/")), list(records.values()))
    assert found["learners"] == 2 and found["modules"][0] == {"id": "conversation", "done": 1, "started": 1, "todo": 0}
    assert next(d for d in found["domains"] if d["domaine"] == "voix") == {"domaine": "voix", "learners": 1, "partial": 0, "mean": 62}
    assert found["weakQuestions"] == [{"quiz": "conversation", "question": "commentaire-de-23-heures", "answered": 1, "wrong": 1, "wrongRate": 100}]


def test_a_second_pull_asks_only_for_what_came_after(store, tmp_path, capsys, monkeypatch):
    server, url = store
    db = tmp_path / "cohorte.sqlite"
    monkeypatch.setenv("PLAYBOOK_LRS_AUTH", AUTH)
    pull(capsys, url, db)
    before = list(sqlite3.connect(db).iterdump())
    server.state["requests"].clear()
    status, out, _ = pull(capsys, url, db)
    assert status == 0 and "0 déclaration lue" in out and "(depuis le 2026-11-18T15:00:00.000Z)" in out
    assert server.state["requests"][0][1]["since"] == ["2026-11-18T15:00:00.000Z"]
    assert [line for line in sqlite3.connect(db).iterdump() if "INTO \"pulls\"" not in line] == [line for line in before if "INTO \"pulls\"" not in line]
    later = json.loads(json.dumps(STATEMENTS[14]))
    later.update(id="00000000-0000-0000-0000-0000000000ff", timestamp="2026-11-19T09:00:00.000Z", stored="2026-11-19T09:00:00.000Z")
    later["result"] = {"success": False, "response": "c3"}
    server.state["statements"].append(later)
    status, out, _ = pull(capsys, url, db)
    assert status == 0 and "1 déclaration lue" in out and "1 remplacé par un export plus récent" in out
    other = next(r for r in read_records(open_database(db, create=False), None) if r["learner"]["id"] == OTHER)
    assert other["course"]["modules"]["conversation"]["status"] == "started" and other["exportedAt"] == "2026-11-19T09:00:00.000Z"


@pytest.mark.parametrize(
    ("where", "auth", "message"),
    [
        ("", "rh:mauvais", "refuse l’accès (401) : vérifiez --auth ou PLAYBOOK_LRS_AUTH"),
        ("/illisible", AUTH, "réponse illisible de l’entrepôt"),
        ("closed", AUTH, "impossible de joindre l’entrepôt"),
        ("", "sans-deux-points", "--auth (ou PLAYBOOK_LRS_AUTH) s’écrit « identifiant:secret »"),
    ],
)
def test_a_store_that_cannot_be_read_is_one_line_exit_2_and_nothing_written(store, tmp_path, capsys, where, auth, message):
    _, url = store
    if where == "closed":
        url = "http://127.0.0.1:9"
    db = tmp_path / "cohorte.sqlite"
    status, out, err = pull(capsys, url + ("" if where == "closed" else where), db, "--auth", auth)
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT (SELECT count(*) FROM learners) + (SELECT count(*) FROM statements) + (SELECT count(*) FROM pulls)").fetchone() == (0,)


def test_base_keeps_only_the_activities_of_one_site(store, tmp_path, capsys):
    _, url = store
    db = tmp_path / "cohorte.sqlite"
    status, out, _ = pull(capsys, url, db, "--auth", AUTH, "--base", "https://ailleurs.exemple.fr/playbook")
    assert status == 0 and "personnes concernées : 0." in out
    assert read_records(open_database(db, create=False), None) == []
    status, out, _ = pull(capsys, url, tmp_path / "autre.sqlite", "--auth", AUTH, "--base", "https://intranet.exemple.fr/playbook/")
    assert status == 0 and "2 ajoutés" in out
