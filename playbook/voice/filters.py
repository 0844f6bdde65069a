"""The guide templates' filters: `md`, `datefr`, `capfirst` and `preposition_de`.

The same templates run in the browser with nunjucks, whose filters are those of
docs/assets/javascripts/widgets/voice-render.js; tests/fixtures/voice/filter-cases.json holds
the two to the same answers.
"""

from __future__ import annotations

import re

from playbook import french

BLANKS = re.compile(r"[ \t\r\n]+")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
LINE_START_MARK = re.compile(r"^([#+-])")
LINE_START_NUMBER = re.compile(r"^(\d+)\.")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# « de » before a name: « Le Comptoir » → « du Comptoir », « Les Jardins » → « des Jardins »,
# « La Fabrique » → « de la Fabrique », « L’Atelier » → « de l’Atelier », « Atelier Rayon » → « d’Atelier Rayon ».


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
    """`2026-11-23` → `23 novembre 2026` (`1er` for the first of the month); anything else as it is."""
    match = DATE.fullmatch(str(value))
    if not match or not 1 <= int(match.group(2)) <= 12:
        return str(value)
    day = int(match.group(3))
    return f"{'1er' if day == 1 else day} {french.MONTHS[int(match.group(2)) - 1]} {match.group(1)}"


FILTERS = {"md": md, "datefr": datefr, "capfirst": capfirst, "preposition_de": french.de}
