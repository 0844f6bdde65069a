"""`playbook hr …`: its parsers and handlers (exit statuses in playbook/cli.py).

    hr import FILES… --db DB [--cohort NAME]      learner records into the cohort database
    hr report --db DB [--cohort NAME] -o HTML [--csv FILE] [--root DIR] [--site-url URL]
    hr demo --count N -o DIR [--seed S] [--force] [--root DIR]
    hr pull --lrs URL --db DB [--cohort NAME] [--auth USER:SECRET] [--base IRI] [--root DIR]
        credentials: --auth, else the environment variable PLAYBOOK_LRS_AUTH (never in a file)
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import sys
from pathlib import Path

from playbook.commandline import FrenchParser, UsageError
from playbook.messages import text

DEFAULT_COHORT = "générale"
MAX_DEMO = 100_000


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_DEMO:
        raise argparse.ArgumentTypeError(text("cohort.cli.count", value=value, max=f"{MAX_DEMO:,}".replace(",", "\u202f")))
    return number


def _seed(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(text("cohort.cli.seed", value=value)) from None


def _root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", default=".", help="la racine du projet (chapters/, exercises/ ; par défaut : le dossier courant)")


def add_parsers(commands) -> None:
    hr = commands.add_parser("hr", help="les RH : importer les dossiers des apprenants, établir le rapport de cohorte")
    actions = hr.add_subparsers(dest="action", required=True, parser_class=FrenchParser)

    load = actions.add_parser("import", help="importer des dossiers d’apprenants (JSON) dans la base de la cohorte")
    load.add_argument("files", nargs="+", help="les dossiers (fichiers JSON), ou des répertoires qui en contiennent")
    load.add_argument("--db", required=True, help="la base SQLite (créée si elle n’existe pas)")
    load.add_argument("--cohort", default=DEFAULT_COHORT, help=f"le nom de la cohorte (par défaut : {DEFAULT_COHORT})")

    report = actions.add_parser("report", help="écrire le rapport de cohorte (HTML imprimable, et CSV)")
    report.add_argument("--db", required=True, help="la base SQLite remplie par « playbook hr import »")
    report.add_argument("--cohort", help="la cohorte (par défaut : toute la base)")
    report.add_argument("-o", "--output", required=True, help="le rapport HTML à écrire")
    report.add_argument("--csv", help="les tableaux du rapport en CSV (point-virgule, pour les tableurs)")
    report.add_argument("--site-url", help="l’adresse du site, pour les liens vers les sections à relire (par défaut : celle de mkdocs.yml)")
    _root(report)

    demo = actions.add_parser("demo", help="écrire des dossiers d’apprenants inventés, pour essayer le rapport")
    demo.add_argument("--count", required=True, type=_count, help="combien de dossiers")
    demo.add_argument("-o", "--output", required=True, help="le répertoire où les écrire")
    demo.add_argument("--seed", type=_seed, help="la graine : la même donne les mêmes dossiers")
    demo.add_argument("--force", action="store_true", help="écrire même si le répertoire contient déjà des fichiers")
    _root(demo)

    pull = actions.add_parser("pull", help="importer les déclarations xAPI du parcours depuis un entrepôt (LRS)")
    pull.add_argument("--lrs", required=True, help="l’adresse de l’entrepôt, par exemple https://lrs.exemple.fr")
    pull.add_argument("--db", required=True, help="la base SQLite (créée si elle n’existe pas)")
    pull.add_argument("--cohort", default=DEFAULT_COHORT, help=f"le nom de la cohorte (par défaut : {DEFAULT_COHORT})")
    pull.add_argument("--auth", help="identifiant:secret de l’entrepôt (par défaut : la variable PLAYBOOK_LRS_AUTH)")
    pull.add_argument("--base", help="ne garder que les activités de cette adresse de base (par défaut : toutes)")
    _root(pull)


def load_project(root: Path):
    """The content of the project at `root` (chapters, checklists, course), or a usage error."""
    from playbook.hr.catalogue import load_catalogue

    if not (root / "exercises").is_dir() or not (root / "chapters").is_dir():
        raise UsageError(text("cohort.cli.noProject", root=root))
    return load_catalogue(root)


def output_path(path: Path) -> Path:
    """`path`, once its folder is known to exist."""
    if not path.parent.exists():
        raise UsageError(text("cohort.cli.noFolder", path=path.parent))
    return path


def site_url(root: Path) -> str:
    """PLAYBOOK_SITE_URL, else the site_url of mkdocs.yml (as the build reads it)."""
    from mkdocs.utils.yaml import yaml_load

    if os.environ.get("PLAYBOOK_SITE_URL"):
        return os.environ["PLAYBOOK_SITE_URL"]
    config = root / "mkdocs.yml"
    with config.open(encoding="utf-8") as stream:
        return str(yaml_load(stream).get("site_url") or "")


def run_import(files: list[str], db: Path, cohort: str) -> int:
    from playbook.hr.database import open_database
    from playbook.hr.importer import expand, import_records, read_files
    from playbook.hr.progress import Progress

    connection = open_database(db, create=True)
    paths = expand(Path(name) for name in files)
    progress = Progress(len(paths), text("cohort.cli.progress"))
    entries, rejected = read_files(paths, progress)
    progress.close()
    summary = import_records(connection, cohort, entries)
    connection.close()
    summary.rejected = rejected
    return _summary(len(entries) - summary.duplicates, cohort, summary)


def run_report(arguments: argparse.Namespace) -> int:
    from playbook.hr.catalogue import cohort_data, site_href
    from playbook.hr.database import cohorts, open_database, read_records
    from playbook.hr.figures import figures
    from playbook.hr.report import write_report

    db, root = Path(arguments.db), Path(arguments.root)
    html_path = output_path(Path(arguments.output))
    csv_path = output_path(Path(arguments.csv)) if arguments.csv else None
    connection = open_database(db, create=False)
    names = cohorts(connection)
    if not names:
        raise UsageError(text("cohort.cli.emptyDatabase", path=db))
    cohort = arguments.cohort
    if cohort is not None and cohort not in names:
        close = difflib.get_close_matches(cohort, names, n=1)
        hint = text("validation.hint", close=close[0]) if close else ""
        raise UsageError(text("cohort.cli.unknownCohort", cohort=cohort, path=db, hint=hint, names=", ".join(f"« {name} »" for name in names)))
    records = read_records(connection, cohort)
    connection.close()
    data = cohort_data(load_project(root), site_href(arguments.site_url or site_url(root)))
    found = figures(data, records)
    write_report(data, found, cohort if cohort is not None or len(names) > 1 else names[0], html_path, csv_path)
    print(text("cohort.cli.report", path=html_path, count=found["learners"]))
    if csv_path:
        print(text("cohort.cli.csv", path=csv_path))
    return 0


def run_demo(arguments: argparse.Namespace) -> int:
    from playbook.hr.demo import write_demo

    directory = Path(arguments.output)
    output_path(directory)
    if directory.is_dir() and any(directory.iterdir()) and not arguments.force:
        raise UsageError(text("cohort.cli.notEmpty", directory=directory))
    seed = arguments.seed if arguments.seed is not None else random.SystemRandom().randrange(1, 1_000_000)
    written = write_demo(load_project(Path(arguments.root)), arguments.count, seed, directory)
    print(text("cohort.cli.demo", count=len(written), directory=directory, seed=seed))
    return 0


def run_pull(arguments: argparse.Namespace) -> int:
    from playbook.hr.database import open_database
    from playbook.hr.pull import pull

    catalogue = load_project(Path(arguments.root))
    connection = open_database(Path(arguments.db), create=True)
    auth = arguments.auth or os.environ.get("PLAYBOOK_LRS_AUTH")
    try:
        pulled = pull(connection, arguments.lrs, arguments.cohort, catalogue, auth, arguments.base)
    finally:
        connection.close()
    since = text("cohort.cli.since", since=pulled.since) if pulled.since else text("cohort.cli.sinceStart")
    print(text("cohort.cli.pulled", count=pulled.statements, store=pulled.store, since=since, learners=pulled.learners))
    return _summary(pulled.learners, arguments.cohort, pulled.summary)


def _summary(read: int, cohort: str, summary) -> int:
    """Print what an import did (rejected entries on standard error); 1 when some were rejected."""
    for source, reason in summary.rejected:
        print(f"{source}: {reason}", file=sys.stderr)
    print(text("cohort.cli.imported", count=read, cohort=cohort, new=summary.new, updated=summary.updated, unchanged=summary.unchanged, older=summary.older))
    if summary.duplicates:
        print(text("cohort.cli.duplicates", count=summary.duplicates))
    if summary.rejected:
        print(text("cohort.cli.rejectedCount", count=len(summary.rejected)))
    return 1 if summary.rejected else 0


def run(arguments: argparse.Namespace) -> int:
    if arguments.action == "import":
        return run_import(arguments.files, Path(arguments.db), arguments.cohort)
    if arguments.action == "report":
        return run_report(arguments)
    if arguments.action == "pull":
        return run_pull(arguments)
    return run_demo(arguments)
