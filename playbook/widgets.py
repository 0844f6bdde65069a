"""Widget HTML and the data the browser scripts read, for the page being built."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from playbook import placeholders
from playbook.catalogue import Catalogue
from playbook.checklists import Checklist
from playbook.course.blocks import CourseRenderer
from playbook.lms.blocks import LmsRenderer
from playbook.messages import text
from playbook.organisation import Organisation
from playbook.plays import TemplateLink, play_markdown
from playbook.render import render
from playbook.voice.site import PAGE as VOICE_PAGE
from playbook.voice.site import VoiceSite

CHAPTERS_SRC_DIR = "chapters"
STYLESHEETS_DIR = "assets/stylesheets"
STYLE_MARK = "data-pb-style"  # the attribute of every widget stylesheet's link
# A widget's stylesheet link, as a template writes it or as Markdown serializes a block's (attributes sorted).
STYLESHEET_LINK = re.compile(rf'<link\b[^>]*\b{STYLE_MARK}\b[^>]*>\n?')
HREF = re.compile(r'\bhref="([^"]*)"')


def once_per_page(html: str) -> str:
    """Keep the first link to each widget stylesheet: a page with ten checklists links it once."""
    seen: set[str] = set()

    def first_only(match: re.Match[str]) -> str:
        href = HREF.search(match.group(0))
        key = href.group(1) if href else match.group(0)
        if key in seen:
            return ""
        seen.add(key)
        return match.group(0)

    return STYLESHEET_LINK.sub(first_only, html)


BILAN_PAGE = "mon-bilan.md"


@dataclass
class Widgets:
    """Renders the widgets of the page MkDocs is building (`page_file`), with links relative to it."""

    catalogue: Catalogue
    placements: dict[str, str]  # checklist id → chapter file name where its block stands
    chapter_order: list[str]  # chapter file names, in reading order
    voice: VoiceSite
    organisation: Organisation | None = None
    play_placements: dict[str, str] = field(default_factory=dict)  # play id → chapter file name
    course_placements: dict[str, str] = field(default_factory=dict)  # checklist id → module page the course shows it on
    files: Files | None = None
    page_file: File | None = None
    course: CourseRenderer | None = None  # the course's widgets, for the same page
    lms: LmsRenderer | None = None  # SCORM and xAPI (playbook.lms.site.LmsWidgets), for the same page

    def page_href(self, src_uri: str, anchor: str = "") -> str:
        """A page of the site (and a section of it), relative to the page being built."""
        target = self.files.get_file_from_path(src_uri) if self.files else None
        if target is None or self.page_file is None:
            raise LookupError(f"{src_uri} : page introuvable pendant la construction")
        if anchor and target is self.page_file:
            return f"#{anchor}"
        url = target.url_relative_to(self.page_file)
        return f"{url}#{anchor}" if anchor else url

    def styles(self, *names: str) -> Markup:
        """`<link>`s to `assets/stylesheets/<name>.css`, placed before the widget that needs them, so
        that instant navigation brings them along with the widget (they are in the content)."""
        links = (f'<link rel="stylesheet" href="{self.stylesheet_href(name)}" data-pb-style>\n' for name in ("widgets", *names))
        return Markup("".join(links))

    def stylesheet_href(self, name: str) -> str:
        """`assets/stylesheets/<name>.css`, relative to the page being built."""
        if self.page_file is None:
            raise LookupError("aucune page en cours de construction")
        return get_relative_url(f"{STYLESHEETS_DIR}/{name}.css", self.page_file.url)

    def href(self, reference: str) -> str:
        """`03-service-client.md#x` → the URL of that section, relative to the page being built."""
        chapter, _, anchor = reference.partition("#")
        return self.page_href(f"{CHAPTERS_SRC_DIR}/{chapter}", anchor)

    def play_href(self, play_id: str) -> str:
        """The URL of a play's section, relative to the page being built."""
        return self.href(f"{self.play_placements[play_id]}#{self.catalogue.plays[play_id].anchor}")

    def play_markdown(self, play_id: str) -> str:
        """A play as Markdown for the page being built: template links relative to it, values filled."""
        play = self.catalogue.plays[play_id]
        here = posixpath.dirname(self.page_file.src_uri) if self.page_file else ""
        links = [
            TemplateLink(self.catalogue.templates[t].meta.title, posixpath.relpath(self.catalogue.templates[t].src_uri, here or "."))
            for t in play.templates
        ]
        markdown = play_markdown(play, links)
        return placeholders.fill(markdown, self.organisation) if self.organisation else markdown

    def checklist_href(self, checklist_id: str) -> str | None:
        """Where a checklist stands: its chapter, or else the module page of the course that shows it."""
        if checklist_id in self.placements:
            return self.href(f"{self.placements[checklist_id]}#grille-{checklist_id}")
        if checklist_id in self.course_placements:
            return self.page_href(self.course_placements[checklist_id], f"grille-{checklist_id}")
        return None

    def checklist_data(self, checklist: Checklist) -> dict:
        """What scoring and export need in the browser; the same shape for the widget and the dashboard."""
        return {
            "id": checklist.id,
            "version": checklist.version,
            "title": checklist.title,
            "domaine": checklist.domaine,
            "href": self.checklist_href(checklist.id),
            "scale": [{"label": step.label, "points": step.points} for step in checklist.scale],
            "items": [
                {
                    "id": item.id,
                    "text": item.text,
                    "weight": item.weight,
                    "href": self.href(item.section),
                    "section": self.catalogue.section_title(item.section),
                }
                for item in checklist.items
            ],
            "levels": [{"min": level.min, "name": level.name} for level in checklist.levels],
        }

    def checklist_html(self, checklist_id: str, title: str = "") -> str:
        checklist = self.catalogue.checklists[checklist_id]
        return render(
            "checklist.html",
            checklist=checklist,
            title=title or checklist.title,
            data=self.checklist_data(checklist),
            href=self.href,
            section_title=self.catalogue.section_title,
            not_applicable=text("checklist.notApplicable"),
            styles=self.styles("checklist"),
            plays=self.catalogue.plays,
            play_href=self.play_href,
            bilan_href=self.page_href(BILAN_PAGE),
        )

    def checklists_of(self, chapter_file: str) -> list[dict]:
        """The checklists whose block stands in `chapter_file`, as its header announces them."""
        return [
            {
                "id": checklist.id,
                "title": checklist.title,
                "items": len(checklist.items),
                "minutes": checklist.minutes,
            }
            for checklist in self._checklists_by_chapter.get(chapter_file, [])
        ]

    @cached_property
    def _checklists_by_chapter(self) -> dict[str, list[Checklist]]:
        """Chapter file name → the checklists placed in it, in the catalogue's order (placements are
        known from the start of the build)."""
        by_chapter: dict[str, list[Checklist]] = {}
        for checklist in self.catalogue.checklists.values():
            if checklist.id in self.placements:
                by_chapter.setdefault(self.placements[checklist.id], []).append(checklist)
        return by_chapter

    def voice_html(self) -> str:
        example_href = self.page_href(VOICE_PAGE) if self.voice.guide else ""
        return render(
            "voice-generator.html", data=self.voice.generator_data(), example_href=example_href, styles=self.styles("voice", "voice-fields")
        )

    def dashboard_html(self) -> str:
        ordered = sorted(
            self.catalogue.checklists.values(),
            # The chapters' checklists in reading order, then the course's.
            key=lambda c: (self.chapter_order.index(self.placements[c.id]) if c.id in self.placements else len(self.chapter_order), c.id),
        )
        data = [self.checklist_data(checklist) for checklist in ordered]
        return render("dashboard.html", checklists=data, data={"checklists": data}, styles=self.styles("dashboard"))

    def cohort_html(self) -> str:
        from playbook.hr.site import cohort_html  # hr.site imports this module (CHAPTERS_SRC_DIR)

        return cohort_html(self)
