"""`playbook course export-qti -o quiz.zip [--root DIR]`: the quizzes as a QTI 2.1 package (exit
statuses in playbook/cli.py). Outside playbook.course so that the command line loads the course's
models only when this command runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from playbook.commandline import FrenchParser
from playbook.messages import text


def add_parsers(commands) -> None:
    course = commands.add_parser("course", help="le parcours d’intégration : exporter ses quiz")
    actions = course.add_subparsers(dest="action", required=True, parser_class=FrenchParser)
    export = actions.add_parser("export-qti", help="les quiz en paquet IMS QTI 2.1 (zip), pour la banque de questions d’un LMS")
    export.add_argument("-o", "--output", required=True, help="le paquet à écrire, par exemple quiz.zip")
    export.add_argument("--root", default=".", help="la racine du projet (par défaut : le dossier courant)")


def run(arguments: argparse.Namespace) -> int:
    from playbook.course.qti import write_package
    from playbook.hr.cli import load_project, output_path

    output = output_path(Path(arguments.output))
    questions = write_package(load_project(Path(arguments.root)).course, output)
    print(text("cohort.cli.qti", path=output, count=questions))
    return 0
