"""French typography of the prose: find faults line by line, and fix the mechanical ones.

Usage: python -m playbook.typography [--fix] FILE...
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

NBSP = "\u00a0"

# What is not prose on a line: inline code, link targets, HTML tags, attribute lists, Jinja tags, autolinks.
NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>]*>|\{[:.#][^}]*\}|\{\{.*?\}\}|\{%.*?%\}|https?://\S+")
SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=\S)( )([;:!?%»])(?![\[!])")
SPACE_AFTER_GUILLEMET = re.compile(r"«( )")
STRAIGHT_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)|(?<=\w)'(?=\s)|(?<=\s)'(?=\w)")
STRAIGHT_QUOTE = re.compile(r'"')
YAML_KEY = re.compile(r"^\s*(?:-\s+)?[^\s#\-\"'](?:[^:]*[^\s:])?:(?=\s|$)")
YAML_ITEM = re.compile(r"^\s*-\s+(?=[\"'])")
FENCE = re.compile(r"^\s*(```|~~~)")
STRING_LITERAL = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`(?:\\.|[^`\\])*`')
TEMPLATE_CODE = re.compile(r"\$\{[^}]*\}")
CODE_ONLY = "typographie: code"  # a line of script or data marked so holds no prose
BLOCK_LINE = re.compile(r"^\s*(///|!!!|\?\?\?|\|?\s*:?-{3,})")


@dataclass(frozen=True)
class Fault:
    """A typography fault at `line` (1-based) and `column` (1-based)."""

    line: int
    column: int
    message: str


def _mask(line: str) -> str:
    """The line with its non-prose parts blanked out, same length."""
    return NOT_PROSE.sub(lambda m: " " * len(m.group(0)), line)


def _front_matter_value(line: str) -> str:
    """A front-matter line with its key and any quotes around its value blanked out."""
    key = YAML_KEY.match(line) or YAML_ITEM.match(line)
    masked = " " * key.end() + line[key.end() :] if key else line
    value = masked.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        start, end = masked.index(value[0]), masked.rindex(value[0])
        masked = masked[:start] + " " + masked[start + 1 : end] + " " + masked[end + 1 :]
    return masked


def _string_contents(line: str) -> str:
    """A line of JavaScript or JSON with everything but the text of its string literals blanked out."""
    masked = [" "] * len(line)
    for literal in STRING_LITERAL.finditer(line):
        inner_start, inner = literal.start() + 1, literal.group(0)[1:-1]
        if inner.startswith(("[", ":", ".", "#")):  # a CSS selector, not prose
            continue
        inner = TEMPLATE_CODE.sub(lambda m: " " * len(m.group(0)), inner)
        masked[inner_start : inner_start + len(inner)] = inner
    return "".join(masked)


def prose_lines(text: str, *, yaml: bool = False, code: bool = False):
    """(line number, masked line) for each line of prose: code fences and block syntax skipped.

    In a YAML file (`yaml=True`) every line is read like front matter: keys and quotes are syntax.
    In JavaScript or JSON (`code=True`) only the text inside string literals is prose.
    """
    if code:
        for number, line in enumerate(text.splitlines(), start=1):
            if CODE_ONLY not in line and not line.lstrip().startswith(("//", "*", "/*")):
                yield number, _string_contents(line)
        return
    if yaml:
        for number, line in enumerate(text.splitlines(), start=1):
            yield number, _mask(_front_matter_value(line))
        return
    in_fence = False
    in_front_matter = False
    for number, line in enumerate(text.splitlines(), start=1):
        if number == 1 and line.strip() == "---":
            in_front_matter = True
            continue
        if in_front_matter:
            if line.strip() == "---":
                in_front_matter = False
                continue
            yield number, _mask(_front_matter_value(line))
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or BLOCK_LINE.match(line):
            continue
        yield number, _mask(line)


def faults(text: str, *, yaml: bool = False, code: bool = False) -> list[Fault]:
    found = []
    for number, line in prose_lines(text, yaml=yaml, code=code):
        for match in SPACE_BEFORE_PUNCTUATION.finditer(line):
            mark = match.group(2)
            found.append(Fault(number, match.start() + 1, f"espace ordinaire avant « {mark} » : mettez une espace insécable"))
        for match in SPACE_AFTER_GUILLEMET.finditer(line):
            found.append(Fault(number, match.start() + 2, "espace ordinaire après « « » : mettez une espace insécable"))
        for match in STRAIGHT_APOSTROPHE.finditer(line):
            found.append(Fault(number, match.start() + 1, "apostrophe droite ' : utilisez l’apostrophe typographique ’"))
        for match in STRAIGHT_QUOTE.finditer(line):
            found.append(Fault(number, match.start() + 1, 'guillemet droit " : utilisez « et »'))
    return sorted(found, key=lambda fault: (fault.line, fault.column))


def fix(text: str, *, yaml: bool = False, code: bool = False) -> str:
    """Put non-breaking spaces and typographic apostrophes where the faults are; quotes stay for a human."""
    lines = text.splitlines(keepends=True)
    for number, masked in prose_lines(text, yaml=yaml, code=code):
        chars = list(lines[number - 1])
        for match in SPACE_BEFORE_PUNCTUATION.finditer(masked):
            chars[match.start(1)] = NBSP
        for match in SPACE_AFTER_GUILLEMET.finditer(masked):
            chars[match.start(1)] = NBSP
        for match in STRAIGHT_APOSTROPHE.finditer(masked):
            chars[match.start()] = "’"
        lines[number - 1] = "".join(chars)
    return "".join(lines)


def mode_of(path: Path) -> dict[str, bool]:
    """How to read a file: YAML data, script or JSON strings, or Markdown and templates."""
    name = path.name.removesuffix(".j2")
    return {"yaml": name.endswith((".yml", ".yaml")), "code": name.endswith((".js", ".json"))}


def main(argv: list[str]) -> int:
    write = "--fix" in argv
    status = 0
    for name in (arg for arg in argv if arg != "--fix"):
        path = Path(name)
        mode = mode_of(path)
        text = path.read_text(encoding="utf-8")
        if write:
            text = fix(text, **mode)
            path.write_text(text, encoding="utf-8")
        for fault in faults(text, **mode):
            print(f"{name}:{fault.line}:{fault.column}: {fault.message}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
