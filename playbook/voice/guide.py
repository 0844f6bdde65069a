"""The guide rendered from a spec: Markdown, standalone HTML, PDF and JSON, from one template per format.

The same templates run in the browser with nunjucks: they keep to what Jinja and nunjucks share,
and their filters (playbook/voice/filters.py) are written twice, here and in voice-render.js, held
alike by tests/fixtures/voice/filter-cases.json. PDF needs the `pdf` extra (WeasyPrint).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader

from playbook.atomic import write_atomically, write_text_atomically
from playbook.messages import text
from playbook.templatecache import compiled_templates
from playbook.voice.filters import FILTERS
from playbook.voice.spec import schema

TEMPLATES = {"md": "voice-guide.md.j2", "html": "voice-guide.html.j2"}
FORMATS = ("md", "html", "pdf", "json")


@cache
def environment(autoescape: bool) -> Environment:
    env = Environment(
        bytecode_cache=compiled_templates("voice-html" if autoescape else "voice-text"),
        loader=PackageLoader("playbook", "templates"),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env


def template_source(kind: str) -> str:
    """The template text itself, for the browser to render with nunjucks."""
    return resources.files("playbook").joinpath("templates", TEMPLATES[kind]).read_text(encoding="utf-8")


def render(spec: dict, kind: str, *, fragment: bool = False) -> str:
    """The guide as Markdown (`md`) or HTML (`html`; `fragment` leaves out <html>, <head> and <body>)."""
    template = environment(kind == "html").get_template(TEMPLATES[kind])
    return template.render(spec=spec, schema=schema(), fragment=fragment)


def to_json(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False, indent=2) + "\n"


class PdfUnavailable(Exception):
    """WeasyPrint (the `pdf` extra) or the system libraries it needs are not installed."""


def pdf_renderer():
    """WeasyPrint's HTML class; raises PdfUnavailable, saying how to install it, when it cannot load."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError):
        raise PdfUnavailable(text("voice.cli.pdfUnavailable")) from None
    return HTML


def write_guide(spec: dict, kind: str, target: Path) -> None:
    """Write the guide in `kind` to `target` atomically (PDF through WeasyPrint)."""
    if kind == "md":
        write_text_atomically(target, render(spec, "md"))
    elif kind == "html":
        write_text_atomically(target, render(spec, "html"))
    elif kind == "json":
        write_text_atomically(target, to_json(spec))
    elif kind == "pdf":
        html = render(spec, "html")
        renderer = pdf_renderer()
        write_atomically(target, lambda path: renderer(string=html).write_pdf(str(path)))
    else:
        raise ValueError(kind)
