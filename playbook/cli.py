"""`playbook`: the command line of the playbook.

    playbook voice init [-o voix.yml] [--force]
    playbook voice build SPEC --format md|html|pdf|json -o OUT
    playbook voice check DRAFT --spec SPEC
    playbook hr import FILES… --db cohorte.sqlite [--cohort NAME]
    playbook hr report --db cohorte.sqlite [--cohort NAME] -o rapport.html [--csv FILE]
    playbook hr demo --count N -o DIR [--seed S]
    playbook hr pull --lrs URL --db cohorte.sqlite [--cohort NAME] [--auth USER:SECRET]
    playbook course export-qti -o quiz.zip

Exit status: 0 when all is well; 1 when `voice check` has remarks, or when `hr import` rejected a
file (each on its own line, `file: reason`; the others are imported); 2 when the command line or
its input is wrong (each problem on its own line, naming the file, the line and the field), and
for `hr pull` when the learning record store cannot be read (nothing is written then). Output
files are written atomically and the database in one transaction: a failed run never leaves half
a file, nor half an import.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from playbook import qti_commands
from playbook.atomic import write_text_atomically
from playbook.commandline import FrenchParser, UsageError
from playbook.errors import ContentErrors
from playbook.hr import cli as hr_cli
from playbook.render import environment as template_environment
from playbook.voice.checker import check, counts, rules
from playbook.voice.guide import FORMATS, write_guide
from playbook.voice.spec import load_spec, schema
from playbook.voice.suggestions import load_suggestions

def parser() -> argparse.ArgumentParser:
    main = FrenchParser(prog="playbook", description="Les outils du Playbook social en ligne de commande.")
    commands = main.add_subparsers(dest="command", required=True, parser_class=FrenchParser)
    voice = commands.add_parser("voice", help="le guide de voix : créer, construire, vérifier un brouillon")
    actions = voice.add_subparsers(dest="action", required=True, parser_class=FrenchParser)

    init = actions.add_parser("init", help="écrire un guide de voix à remplir (YAML commenté)")
    init.add_argument("-o", "--output", default="voix.yml", help="fichier à écrire (par défaut : voix.yml)")
    init.add_argument("--force", action="store_true", help="remplacer le fichier s’il existe déjà")

    build = actions.add_parser("build", help="construire le guide dans un format")
    build.add_argument("spec", help="le guide de voix (YAML ou JSON)")
    build.add_argument("--format", required=True, choices=FORMATS, help="md, html, pdf ou json")
    build.add_argument("-o", "--output", required=True, help="fichier à écrire")

    check_draft = actions.add_parser("check", help="vérifier un brouillon selon le guide")
    check_draft.add_argument("draft", help="le brouillon (texte), ou - pour l’entrée standard")
    check_draft.add_argument("--spec", required=True, help="le guide de voix (YAML ou JSON)")
    hr_cli.add_parsers(commands)
    qti_commands.add_parsers(commands)
    return main


def init(output: Path, force: bool) -> int:
    if output.exists() and not force:
        raise UsageError(f"{output} existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer")
    text = template_environment().get_template("voice-starter.yml.j2").render(
        suggestions=load_suggestions(),
        schema=schema(),
        today=datetime.date.today().isoformat(),
        file_name=output.name,
    )
    write_text_atomically(output, text)
    print(f"Guide à remplir écrit : {output}")
    return 0


def build(spec_path: Path, kind: str, output: Path) -> int:
    spec = load_spec(spec_path)
    if not output.parent.exists():
        raise UsageError(f"{output.parent} n’existe pas : créez le dossier ou choisissez un autre chemin")
    write_guide(spec, kind, output)
    print(f"Guide écrit ({kind}) : {output}")
    return 0


def check_file(draft: str, spec_path: Path) -> int:
    spec = load_spec(spec_path)
    if draft == "-":
        text, name = sys.stdin.read(), "<entrée>"
    else:
        try:
            text, name = Path(draft).read_text(encoding="utf-8"), draft
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{draft} : fichier illisible ({getattr(exc, 'strerror', None) or exc})") from None
    findings = check(text, spec)
    for finding in findings:
        print(f"{name}:{finding.line}:{finding.column}: {finding.message}")
    labels = {rule: definition["label"] for rule, definition in rules().items()}
    tally = ", ".join(f"{count} {labels[rule][count > 1]}" for rule, count in counts(findings).items() if count)
    print(f"{len(findings)} remarque{'s' if len(findings) > 1 else ''}" + (f" : {tally}" if tally else " : rien à signaler"))
    return 1 if findings else 0


def main(argv: list[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    try:
        if arguments.command == "hr":
            return hr_cli.run(arguments)
        if arguments.command == "course":
            return qti_commands.run(arguments)
        if arguments.action == "init":
            return init(Path(arguments.output), arguments.force)
        if arguments.action == "build":
            return build(Path(arguments.spec), arguments.format, Path(arguments.output))
        return check_file(arguments.draft, Path(arguments.spec))
    except ContentErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return 2
    except UsageError as exc:
        print(f"playbook : erreur : {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"playbook : erreur : {exc.filename or ''} {exc.strerror or exc}".strip(), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
