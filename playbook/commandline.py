"""What every `playbook` subcommand shares: argparse speaking French, and the usage error (exit status 2)."""

from __future__ import annotations

import argparse
import sys

from playbook.messages import text

# argparse's English → the catalogue's `voice.cli.usage`.
USAGE_ERRORS = {
    "the following arguments are required": "required",
    "invalid choice": "choice",
    "unrecognized arguments": "unknown",
    "expected one argument": "value",
}


class UsageError(Exception):
    """The command line itself is wrong."""


class FrenchParser(argparse.ArgumentParser):
    """argparse, with its errors said in French and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, key in USAGE_ERRORS.items():
            message = message.replace(english, text(f"voice.cli.usage.{key}"))
        self.print_usage(sys.stderr)
        self.exit(2, text("voice.cli.error", program=self.prog, problem=message) + "\n")
