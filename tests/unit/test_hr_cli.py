"""`playbook hr import`, `report` and `demo`: what HR sees, every exit status, nothing half-written."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from playbook import cli
from playbook.hr import importer
from playbook.hr.catalogue import cohort_data, load_catalogue, site_href
from playbook.hr.database import open_database, read_records
from playbook.hr.figures import figures
from playbook.hr.progress import Progress
from playbook.hr.records import record_problems
from tests.conftest import ROOT

SITE = "https://intranet.exemple.fr/playbook/"


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    status = cli.main(list(arguments))
    out, err = capsys.readouterr()
    return status, out.replace("\u00a0", " ").replace("\u202f", " "), err.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("demo") / "dossiers"
    assert cli.main(["hr", "demo", "--count", "40", "-o", str(directory), "--seed", "11", "--root", str(ROOT)]) == 0
    return directory


def dump(db: Path) -> list[str]:
    connection = sqlite3.connect(db)
    lines = [line for line in connection.iterdump() if "imported_at" not in line]
    connection.close()
    return lines


def test_demo_writes_valid_varied_records_named_as_the_browser_names_them(demo):
    files = sorted(demo.glob("*.json"))
    records = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    assert len(files) == 40 and all(record_problems(record) == [] for record in records)
    assert all(path.name.startswith("dossier-") and path.name[-15:-5].count("-") == 2 for path in files)
    assert len({record["learner"]["id"] for record in records}) == 40
    named = [record["learner"]["name"] for record in records if "name" in record["learner"]]
    assert 25 <= len(named) < 40 and len(set(named)) > 20
    statuses = {m["status"] for record in records for m in record["course"]["modules"].values()}
    assert statuses == {"todo", "started", "done"}
    answers = [a for record in records for entry in record["checklists"].values() for a in entry["answers"].values()]
    assert "na" in answers and {0, 1, 2} <= set(answers)
    bests = {quiz["best"] for record in records for quiz in record["course"]["quizzes"].values()}
    assert min(bests) < 70 <= max(bests)


def test_demo_is_deterministic_with_a_seed_and_refuses_a_folder_in_use(demo, tmp_path, capsys):
    again = tmp_path / "encore"
    assert run(capsys, "hr", "demo", "--count", "40", "-o", str(again), "--seed", "11", "--root", str(ROOT))[0] == 0
    assert [p.read_bytes() for p in sorted(again.iterdir())] == [p.read_bytes() for p in sorted(demo.iterdir())]
    status, _, err = run(capsys, "hr", "demo", "--count", "3", "-o", str(again), "--root", str(ROOT))
    assert status == 2 and "contient déjà des fichiers" in err and "--force" in err


@pytest.mark.parametrize("count", ["0", "beaucoup"])
def test_demo_count_must_be_a_positive_integer(capsys, tmp_path, count):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["hr", "demo", "--count", count, "-o", str(tmp_path / "d")])
    assert exit_info.value.code == 2
    assert f"« {count} » : un nombre entier de 1 à" in capsys.readouterr().err.replace("\u00a0", " ")


def test_import_counts_duplicates_once_reports_bad_files_and_exits_1(demo, tmp_path, capsys):
    files = sorted(demo.glob("*.json"))
    bad_json = tmp_path / "coupé.json"
    bad_json.write_text('{"schema": "playbook-social/learner-record", ', encoding="utf-8")
    invalid = tmp_path / "faux.json"
    record = json.loads(files[0].read_text(encoding="utf-8"))
    record["learner"]["id"] = "Camille"
    invalid.write_text(json.dumps(record), encoding="utf-8")
    duplicate = tmp_path / "copie.json"
    duplicate.write_bytes(files[1].read_bytes())
    db = tmp_path / "cohorte.sqlite"
    status, out, err = run(capsys, "hr", "import", str(demo), str(bad_json), str(invalid), str(duplicate), str(tmp_path / "absent.json"), "--db", str(db), "--cohort", "Janvier")
    assert status == 1
    assert err.splitlines() == [
        f"{bad_json}: ce n’est pas un fichier JSON lisible",
        f"{invalid}: « learner.id » n’a pas la forme attendue : 8 à 40 minuscules ou chiffres",
        f"{tmp_path / 'absent.json'}: fichier introuvable",
    ]
    assert "40 dossiers lus pour la cohorte « Janvier » : 40 ajoutés" in out
    assert "1 doublon (la même personne deux fois) compté une seule fois" in out
    assert "3 fichiers refusés" in out


def test_importing_the_same_files_again_changes_nothing(demo, tmp_path, capsys):
    db = tmp_path / "cohorte.sqlite"
    assert run(capsys, "hr", "import", str(demo), "--db", str(db))[0] == 0
    before = dump(db)
    status, out, _ = run(capsys, "hr", "import", str(demo), "--db", str(db))
    assert status == 0 and "0 ajoutés, 0 remplacés par un export plus récent, 40 déjà à jour" in out
    assert dump(db) == before


def test_the_newest_export_wins_and_a_version_1_record_is_upgraded(demo, tmp_path, capsys):
    path = sorted(demo.glob("*.json"))[0]
    record = json.loads(path.read_text(encoding="utf-8"))
    newer = {**record, "exportedAt": "2027-01-05T10:00:00Z", "checklists": {}}
    older = {**record, "exportedAt": "2026-01-05T10:00:00Z"}
    v1 = {"schema": "playbook-social/learner-record", "version": 1, "exportedAt": "2026-10-01T10:00:00Z",
          "checklists": {"voix": {"version": 1, "answers": {"a-qui-on-parle": 2}}}}
    for name, value in (("a.json", record), ("b.json", newer), ("c.json", older), ("d.json", v1)):
        (tmp_path / name).write_text(json.dumps(value), encoding="utf-8")
    db = tmp_path / "cohorte.sqlite"
    run(capsys, "hr", "import", str(tmp_path / "a.json"), str(tmp_path / "d.json"), "--db", str(db))
    status, out, _ = run(capsys, "hr", "import", str(tmp_path / "b.json"), "--db", str(db))
    assert status == 0 and "1 remplacé par un export plus récent" in out
    status, out, _ = run(capsys, "hr", "import", str(tmp_path / "c.json"), "--db", str(db))
    assert "1 plus ancien que celui de la base" in out
    stored = read_records(open_database(db, create=False), None)
    assert [r["exportedAt"] for r in stored] == ["2026-10-01T10:00:00Z", "2027-01-05T10:00:00Z"]
    assert stored[0]["checklists"]["voix"]["answers"] == {"a-qui-on-parle": 2} and len(stored[0]["learner"]["id"]) == 32
    assert stored[1]["checklists"] == {}


def test_an_import_that_fails_midway_writes_nothing(demo, tmp_path, capsys, monkeypatch):
    db = tmp_path / "cohorte.sqlite"
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 5:
            raise sqlite3.OperationalError("disk I/O error")
        return original(*args, **kwargs)

    original = importer.write_record
    monkeypatch.setattr(importer, "write_record", failing)
    with pytest.raises(sqlite3.OperationalError):
        cli.main(["hr", "import", str(demo), "--db", str(db)])
    assert sqlite3.connect(db).execute("SELECT count(*) FROM learners").fetchone() == (0,)


def test_the_report_has_the_figures_of_the_records_as_imported(demo, tmp_path, capsys):
    db, html, csv = tmp_path / "cohorte.sqlite", tmp_path / "rapport.html", tmp_path / "rapport.csv"
    run(capsys, "hr", "import", str(demo), "--db", str(db), "--cohort", "Janvier")
    status, out, _ = run(capsys, "hr", "report", "--db", str(db), "-o", str(html), "--csv", str(csv), "--root", str(ROOT), "--site-url", SITE)
    assert status == 0 and "Rapport écrit" in out and "(40 personnes)" in out
    records = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(demo.glob("*.json"))]
    data = cohort_data(load_catalogue(ROOT), site_href(SITE))
    expected = figures(data, records)
    assert figures(data, read_records(open_database(db, create=False), "Janvier")) == expected
    page = html.read_text(encoding="utf-8").replace("\u00a0", " ")
    assert page.startswith("<!DOCTYPE html>") and "Cohorte « Janvier »" in page and "<link" not in page and "<script" not in page
    assert page.count("<svg") == 3 and page.count('<table data-table="') == 6
    assert f'href="{SITE}chapitres/' in page
    text = csv.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffLe groupe\r\nMesure;Nombre\r\nPersonnes;40\r\n")
    assert f"Personnes;{expected['learners']}" in text and ";Part terminée (%)\r\n" in text


def test_report_errors_exit_2_in_french(demo, tmp_path, capsys):
    db = tmp_path / "cohorte.sqlite"
    status, _, err = run(capsys, "hr", "report", "--db", str(db), "-o", str(tmp_path / "r.html"))
    assert status == 2 and "base introuvable" in err and not db.exists()
    run(capsys, "hr", "import", str(demo), "--db", str(db), "--cohort", "Janvier")
    status, _, err = run(capsys, "hr", "report", "--db", str(db), "--cohort", "janvier", "-o", str(tmp_path / "r.html"), "--root", str(ROOT))
    assert status == 2 and "aucune cohorte « janvier »" in err and "vouliez-vous dire « Janvier »" in err
    status, _, err = run(capsys, "hr", "report", "--db", str(db), "-o", str(tmp_path / "absent" / "r.html"))
    assert status == 2 and "n’existe pas" in err
    status, _, err = run(capsys, "hr", "report", "--db", str(db), "-o", str(tmp_path / "r.html"), "--root", str(tmp_path))
    assert status == 2 and "aucun playbook ici" in err
    not_ours = tmp_path / "autre.sqlite"
    not_ours.write_bytes(b"pas une base")
    status, _, err = run(capsys, "hr", "import", str(demo), "--db", str(not_ours))
    assert status == 2 and "base illisible" in err
    assert list(tmp_path.glob("r.html")) == []


def test_the_progress_bar_shows_only_on_a_terminal_for_many_files():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        bar = Progress(120, "Lecture", stream)
        for _ in range(120):
            bar.advance()
        bar.close()
    assert "Lecture [##############################] 120/120" in shown.getvalue() and hidden.getvalue() == ""
    few = Terminal()
    Progress(3, "Lecture", few).advance()
    assert few.getvalue() == ""
