"""Read tracking in the chapters: a marker at the end of every h2 section (and of every section a
module asks to read), rendered at build and hidden until the reading script shows it.

The marker holds the « Marquer cette section comme lue » toggle and, for a section that is a step
of a module, the link to the module's next step. The reading script decides when a section counts
as read (its end has been in view) and who sees the markers (see widgets/reading.js).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from playbook.anchors import Section
from playbook.render import render

HEADING_ID = re.compile(r'<h([1-6])\b[^>]*\bid="([^"]+)"')


@dataclass(frozen=True)
class Marker:
    """The end of one section: its storage key and title, and the module's next step if it is one's."""

    anchor: str
    key: str
    title: str
    level: int
    next_step: dict | None = None  # {"module": 3, "title": …, "href": …}


def marked_sections(sections: list[Section], steps: set[str]) -> list[Section]:
    """Every h2 section, and the deeper sections that are steps of a module (by anchor)."""
    return [section for section in sections if section.level == 2 or section.anchor in steps]


def add_markers(html: str, sections: list[Section], markers: list[Marker]) -> str:
    """`html` with each marker placed where its section ends: before the next heading of the
    chapter at the same or a higher level, or at the end. Headings of widgets are not sections."""
    levels = {section.anchor: section.level for section in sections}
    found = [(match.start(), match.group(2)) for match in HEADING_ID.finditer(html) if match.group(2) in levels]
    places: list[tuple[int, int, str]] = []
    for marker in markers:
        start = next((position for position, anchor in found if anchor == marker.anchor), None)
        if start is None:
            continue
        end = next((p for p, anchor in found if p > start and levels[anchor] <= marker.level), len(html))
        places.append((end, -marker.level, render("course/read-marker.html", marker=marker)))
    pieces, cursor = [], 0
    for position, _, marker_html in sorted(places):
        pieces += [html[cursor:position], marker_html]
        cursor = position
    return "".join(pieces) + html[cursor:]
