"""The guide rendered from a spec: Markdown, standalone HTML, PDF and JSON, from one template per format.

The same templates run in the browser with nunjucks: they keep to what Jinja and nunjucks share,
and their filters (`md`, `datefr`, `capfirst`) are written twice, here and in voice-render.js, alike.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader

from playbook.atomic import write_atomically, write_text_atomically
from playbook.voice.spec import schema

TEMPLATES = {"md": "voice-guide.md.j2", "html": "voice-guide.html.j2"}
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
BLANKS = re.compile(r"[ \t\r\n]+")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
LINE_START_MARK = re.compile(r"^([#+-])")
LINE_START_NUMBER = re.compile(r"^(\d+)\.")
FORMATS = ("md", "html", "pdf", "json")


def md(value: object) -> str:
    """Text for Markdown: one line, markup characters escaped, so it renders as the same text."""
    text = BLANKS.sub(" ", str(value)).strip(" \t\r\n")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return LINE_START_NUMBER.sub(r"\1\\.", LINE_START_MARK.sub(r"\\\1", text))


def capfirst(value: object) -> str:
    """First letter in capitals, the rest as written (Jinja's and nunjucks' `capitalize` lower it)."""
    text = str(value)
    return text[:1].upper() + text[1:]


def datefr(value: object) -> str:
    """`2026-11-23` → `23 novembre 2026`; anything else as it is."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not match or not 1 <= int(match.group(2)) <= 12:
        return str(value)
    return f"{int(match.group(3))} {MONTHS[int(match.group(2)) - 1]} {match.group(1)}"


@cache
def environment(autoescape: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("playbook", "templates"),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["datefr"] = datefr
    env.filters["capfirst"] = capfirst
    return env


def template_source(kind: str) -> str:
    """The template text itself, for the browser to render with nunjucks."""
    return (Path(__file__).resolve().parents[1] / "templates" / TEMPLATES[kind]).read_text(encoding="utf-8")


def render(spec: dict, kind: str, *, fragment: bool = False) -> str:
    """The guide as Markdown (`md`) or HTML (`html`; `fragment` leaves out <html>, <head> and <body>)."""
    template = environment(kind == "html").get_template(TEMPLATES[kind])
    return template.render(spec=spec, schema=schema(), fragment=fragment)


def to_json(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False, indent=2) + "\n"


def write_guide(spec: dict, kind: str, target: Path) -> None:
    """Write the guide in `kind` to `target` atomically (PDF through WeasyPrint)."""
    if kind == "md":
        write_text_atomically(target, render(spec, "md"))
    elif kind == "html":
        write_text_atomically(target, render(spec, "html"))
    elif kind == "json":
        write_text_atomically(target, to_json(spec))
    elif kind == "pdf":
        from weasyprint import HTML

        html = render(spec, "html")
        write_atomically(target, lambda path: HTML(string=html).write_pdf(str(path)))
    else:
        raise ValueError(kind)
