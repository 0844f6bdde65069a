"""What every `playbook` subcommand shares: argparse speaking French, and the usage error (exit status 2)."""

from __future__ import annotations

import argparse
import sys

USAGE_ERRORS = {
    "the following arguments are required": "arguments obligatoires manquants",
    "invalid choice": "choix invalide",
    "unrecognized arguments": "arguments inconnus",
    "expected one argument": "une valeur est attendue",
    "invalid int value": "nombre entier attendu",
    "argument ": "argument ",
}


class UsageError(Exception):
    """The command line itself is wrong, or names something that cannot be used."""


class FrenchParser(argparse.ArgumentParser):
    """argparse, with its errors said in French and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, french in USAGE_ERRORS.items():
            message = message.replace(english, french)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")
