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
from playbook.messages import text
from playbook.render import environment as template_environment
from playbook.voice.checker import check, counts, label
from playbook.voice.guide import FORMATS, PdfUnavailable, pdf_renderer, write_guide
from playbook.voice.spec import load_spec, schema
from playbook.voice.suggestions import load_suggestions

def parser() -> argparse.ArgumentParser:
    def helped(key: str) -> str:
        return text(f"voice.cli.help.{key}")

    main = FrenchParser(prog="playbook", description=helped("playbook"))
    commands = main.add_subparsers(dest="command", required=True, parser_class=FrenchParser)
    voice = commands.add_parser("voice", help=helped("voice"))
    actions = voice.add_subparsers(dest="action", required=True, parser_class=FrenchParser)

    init = actions.add_parser("init", help=helped("init"))
    init.add_argument("-o", "--output", default="voix.yml", help=helped("initOutput"))
    init.add_argument("--force", action="store_true", help=helped("force"))

    build = actions.add_parser("build", help=helped("build"))
    build.add_argument("spec", help=helped("spec"))
    build.add_argument("--format", required=True, choices=FORMATS, help=helped("format"))
    build.add_argument("-o", "--output", required=True, help=helped("output"))

    check_draft = actions.add_parser("check", help=helped("check"))
    check_draft.add_argument("draft", help=helped("draft"))
    check_draft.add_argument("--spec", required=True, help=helped("spec"))
    hr_cli.add_parsers(commands)
    qti_commands.add_parsers(commands)
    return main


def init(output: Path, force: bool) -> int:
    if output.exists() and not force:
        raise UsageError(text("voice.cli.exists", path=output))
    starter = template_environment().get_template("voice-starter.yml.j2").render(
        suggestions=load_suggestions(),
        schema=schema(),
        today=datetime.date.today().isoformat(),
        file_name=output.name,
    )
    write_text_atomically(output, starter)
    print(text("voice.cli.initDone", path=output))
    return 0


def build(spec_path: Path, kind: str, output: Path) -> int:
    if kind == "pdf":
        pdf_renderer()  # before anything else: without WeasyPrint, say so at once
    spec = load_spec(spec_path)
    if not output.parent.exists():
        raise UsageError(text("voice.cli.noFolder", path=output.parent))
    write_guide(spec, kind, output)
    print(text("voice.cli.buildDone", kind=kind, path=output))
    return 0


def check_file(draft: str, spec_path: Path) -> int:
    spec = load_spec(spec_path)
    if draft == "-":
        content, name = sys.stdin.read(), text("voice.cli.stdin")
    else:
        try:
            content, name = Path(draft).read_text(encoding="utf-8"), draft
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(text("voice.cli.unreadable", path=draft, reason=getattr(exc, "strerror", None) or exc)) from None
    findings = check(content, spec)
    for finding in findings:
        print(f"{name}:{finding.line}:{finding.column}: {finding.message}")
    tally = ", ".join(f"{count} {label(rule, count)}" for rule, count in counts(findings).items() if count)
    print(text("voice.cli.remarks", count=len(findings), details=tally or text("voice.cli.clean")))
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
    except (UsageError, PdfUnavailable) as exc:
        print(text("voice.cli.error", program="playbook", problem=exc), file=sys.stderr)
        return 2
    except OSError as exc:
        problem = f"{exc.filename or ''} {exc.strerror or exc}".strip()
        print(text("voice.cli.error", program="playbook", problem=problem), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
