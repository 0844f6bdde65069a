"""A rendered template as plain text, the way a reader pastes it into an email, a document or a sheet.

Paragraphs and headings are separated by a blank line, list items start with « - » or « 1. »,
table rows have their cells separated by tabs (a spreadsheet makes columns of them), and links
keep their text only. It reads Python-Markdown's element tree after inline processing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "div", "section", "blockquote", "dl", "pre", "hr", "details"}
ESCAPED = re.compile("\x02(\\d+)\x03")  # a backslash escape, until Markdown's last step unescapes it
STASHED = re.compile("\x02wzxhzdk:(\\d+)\x03")  # raw HTML kept aside by Markdown
TAGS = re.compile(r"<[^>]+>")
ASCII_SPACES = re.compile(r"[ \t\r\f\v]+")
ATTRIBUTE_LIST = re.compile(r"\s*\{[:.#][^}]*\}\s*$")
INDENT = "   "
SOFT_HYPHEN = "\u00ad"  # a place to break a long word on screen; not part of the text


def to_text(element: etree.Element, stash: list[str] | None = None) -> str:
    """The element's content as plain text; `stash` is Markdown's raw HTML, to read what it holds."""
    return "\n\n".join(_blocks(element, stash or [])).strip()


def _blocks(element: etree.Element, stash: list[str]) -> list[str]:
    """The element's children as a list of text blocks (loose text becomes a block of its own)."""
    blocks: list[str] = []
    if element.text and element.text.strip():
        blocks.append(_clean(element.text, stash))
    for child in element:
        blocks += _block(child, stash)
        if child.tail and child.tail.strip():
            blocks.append(_clean(child.tail, stash))
    return [block for block in blocks if block]


def _block(element: etree.Element, stash: list[str]) -> list[str]:
    tag = element.tag
    if tag in ("ul", "ol"):
        return ["\n".join(_list_lines(element, stash))]
    if tag == "table":
        return ["\n".join("\t".join(_inline(cell, stash) for cell in row) for row in element.iter("tr"))]
    if tag == "dl":
        lines, term = [], ""
        for child in element:
            if child.tag == "dt":
                term = _inline(child, stash)
            elif child.tag == "dd":
                lines.append(f"{term}\u00a0: {' '.join(_blocks(child, stash)) or _inline(child, stash)}")
        return ["\n".join(lines)]
    if tag == "pre":
        return ["".join(element.itertext()).rstrip()]
    if tag == "hr":
        return ["———"]
    if tag in ("div", "section", "blockquote", "details"):
        return _blocks(element, stash)
    return [_inline(element, stash)]


def _list_lines(element: etree.Element, stash: list[str], depth: int = 0) -> list[str]:
    lines: list[str] = []
    ordered = element.tag == "ol"
    start = int(element.get("start", "1")) if ordered else 1
    for number, item in enumerate((child for child in element if child.tag == "li"), start=start):
        marker = f"{number}. " if ordered else "- "
        own, nested, inline = [], [], item.text or ""
        for child in item:
            if child.tag in ("ul", "ol"):
                nested += _list_lines(child, stash, depth + 1)
            elif child.tag in BLOCKS:
                own.append(inline)
                inline = ""
                own.append("\n".join(_block(child, stash)))
            else:
                inline += "\n" if child.tag == "br" else _inline_markup(child, stash)
            inline += child.tail or ""
        own.append(inline)
        text = _clean(" ".join(part.strip() for part in own if part.strip()), stash)
        lines.append(f"{INDENT * depth}{marker}{text}")
        lines += nested
    return lines


def _inline(element: etree.Element, stash: list[str]) -> str:
    """An element's text, markup dropped, `<br>` kept as a line break."""
    return _clean(_inline_markup(element, stash), stash)


def _inline_markup(element: etree.Element, stash: list[str]) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "br" else _inline_markup(child, stash))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str, stash: list[str]) -> str:
    text = STASHED.sub(lambda m: TAGS.sub("", str(stash[int(m.group(1))])) if int(m.group(1)) < len(stash) else "", text)
    text = ESCAPED.sub(lambda m: chr(int(m.group(1))), text).replace(SOFT_HYPHEN, "")
    lines = [ASCII_SPACES.sub(" ", line).strip(" ") for line in text.split("\n")]  # non-breaking spaces stay
    return ATTRIBUTE_LIST.sub("", "\n".join(lines).strip())
