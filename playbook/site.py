"""The playbook as MkDocs builds it: content loaded once, then one method per build step."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from playbook import linklines, messages, placeholders, search, validators
from playbook.blocks import PlaybookBlocks, leftover_block_lines, scan_blocks
from playbook.catalogue import Catalogue
from playbook.chapters import Chapter, load_chapters
from playbook.course.blocks import COURSE_BLOCKS
from playbook.course.site import CourseSite
from playbook.docpages import read_doc_pages
from playbook.errors import ContentError, ContentErrors
from playbook.glossary import Glossary, load_glossary
from playbook.hr.site import cohort_data_file
from playbook.lms.blocks import LMS_BLOCKS
from playbook.lms.settings import LmsSettings
from playbook.lms.site import LmsWidgets
from playbook.navigation import expand_chapters, without_page
from playbook.organisation import Organisation, load_organisation
from playbook.pages import PRINTABLE, generated_page, site_pages
from playbook.placements import place
from playbook.printable import BookChapter, book_section, mark_outside_links
from playbook.render import render
from playbook.templates_pages import INDEX as TEMPLATES_INDEX
from playbook.templates_pages import NAV_ENTRY as TEMPLATES_NAV_ENTRY
from playbook.templates_pages import SEARCH_BOOST as TEMPLATE_SEARCH_BOOST
from playbook.templates_pages import template_uses
from playbook.toc import add_widget_headings
from playbook.vendor import OFFLINE_POLYFILL, vendor_files
from playbook.voice.site import PAGE as VOICE_PAGE
from playbook.voice.site import VoiceSite
from playbook.widgets import Widgets, once_per_page

CHAPTERS_DIR = "chapters"
GLOSSARY_FILE = "chapters/glossaire.yml"
CHAPTERS_NAV_ENTRY = "chapters/*.md"
WATCHED_DIRS = ("chapters", "exercises", "playbook")


@dataclass
class PlaybookSite:
    """The project at `root`: chapters, glossary and exercises, the widgets that show them,
    and the chapter HTML gathered for the printable book."""

    root: Path
    chapters: list[Chapter]
    glossary: Glossary
    widgets: Widgets
    organisation: Organisation
    course: CourseSite
    _book: dict[str, BookChapter] = field(default_factory=dict)
    _book_html: tuple[Page, str] | None = None  # the printable page and its content, until its turn

    @classmethod
    def load(
        cls,
        root: Path,
        docs_dir: Path,
        voice_file: str | None = None,
        *,
        config_file: Path | None = None,
        organisation: object = None,
    ) -> PlaybookSite:
        """Read and validate the content and `extra.organisation` (given as MkDocs read it, from
        `config_file`); raises ContentErrors naming each file and line."""
        chapters = load_chapters(root / CHAPTERS_DIR, root)
        glossary = load_glossary(root / GLOSSARY_FILE, root)
        adopter = load_organisation(config_file or root / "mkdocs.yml", root, organisation)
        catalogue = Catalogue.load(root, chapters, docs_dir, adopter)
        doc_pages = read_doc_pages(root, docs_dir)
        placements = place(chapters, doc_pages, catalogue)
        placeholders.check_sources(chapters, doc_pages, adopter)
        widgets = Widgets(
            catalogue=catalogue,
            placements=placements.checklists,
            chapter_order=[chapter.file_name for chapter in chapters],
            voice=VoiceSite.load(root, voice_file),
            organisation=adopter,
            play_placements=placements.plays,
            course_placements=placements.course_checklists,
        )
        course = CourseSite(widgets, chapters)
        return cls(root=root, chapters=chapters, glossary=glossary, widgets=widgets, organisation=adopter, course=course)

    def configure(self, config: MkDocsConfig, lms: LmsSettings | None = None) -> None:
        """List the chapters in the navigation, give the glossary to the abbreviations, add the blocks;
        `lms`: whether the build speaks SCORM or xAPI (playbook.lms.settings.load_settings)."""
        self.widgets.lms = LmsWidgets(lms or LmsSettings.off(), self.widgets)
        config.nav = expand_chapters(config.nav, CHAPTERS_NAV_ENTRY, [chapter.src_uri for chapter in self.chapters])
        templates = [template.src_uri for template in self.widgets.catalogue.templates.values()]
        config.nav = expand_chapters(config.nav, TEMPLATES_NAV_ENTRY, templates)
        self.course.configure(config)
        if self.widgets.voice.guide is None:
            config.nav = without_page(config.nav, VOICE_PAGE)
        config.mdx_configs.setdefault("abbr", {})["glossary"] = dict(self.glossary.root)
        config.markdown_extensions.append(PlaybookBlocks(self.widgets, COURSE_BLOCKS + LMS_BLOCKS))
        linklines.install([self.root, Path(config.docs_dir)])
        offline = config.plugins.get("material/offline")
        if not (offline and offline.config.enabled):
            # Search from file:// only needs it: served over HTTP, it would block every page's first paint.
            config.extra["polyfills"] = [path for path in config.extra.get("polyfills", []) if path != OFFLINE_POLYFILL]

    def add_files(self, files: Files, config: MkDocsConfig) -> Files:
        for file in site_pages(config, self.chapters, self.glossary, self.root):
            files.append(file)
        files.append(generated_page(config, TEMPLATES_INDEX, TEMPLATES_INDEX, self._templates_index()))
        if self.widgets.voice.guide is not None:
            files.append(File.generated(config, VOICE_PAGE, content=self.widgets.voice.page_markdown()))
        for file in self.course.files(config, files):
            files.append(file)
        for file in self.widgets.lms.files(config):
            files.append(file)
        for file in vendor_files(config, self.root / "node_modules"):
            files.append(file)
        files.append(search.worker_file(config, files))
        files.append(cohort_data_file(config, self.widgets.catalogue, files))
        for site_path, script in {**messages.browser_files(), **validators.browser_files(self.root)}.items():
            files.append(File.generated(config, site_path, content=script))
        self.widgets.files = files
        return files

    def page_markdown(self, page: Page, markdown: str) -> str:
        """Widgets rendered from now on belong to `page` (their links are relative to it); the
        organisation's values fill the page's placeholders."""
        self.widgets.page_file = page.file
        if self.template_of(page) is not None:
            # A topic's chapter should come before the templates that repeat its words.
            page.meta.setdefault("search", {}).setdefault("boost", TEMPLATE_SEARCH_BOOST)
        return placeholders.fill(markdown, self.organisation)

    def template_of(self, page: Page):
        return next((t for t in self.widgets.catalogue.templates.values() if t.src_uri == page.file.src_uri), None)

    def _templates_index(self) -> str:
        """« Modèles »: every template, what it is for, and the plays that use it."""
        catalogue, placed = self.widgets.catalogue, self.widgets.play_placements
        uses = self._template_uses(lambda play_id: f"../{CHAPTERS_DIR}/{placed[play_id]}#{catalogue.plays[play_id].anchor}")
        return render("templates_index.md.j2", templates=catalogue.templates.values(), uses=uses)

    def _template_uses(self, link) -> dict[str, list[tuple[str, str]]]:
        order = [chapter.file_name for chapter in self.chapters]
        return template_uses(self.widgets.catalogue, self.widgets.play_placements, order, link)

    def chapter_of(self, page: Page) -> Chapter | None:
        return self._chapters_by_source.get(page.file.src_uri)

    @cached_property
    def _chapters_by_source(self) -> dict[str, Chapter]:
        """Each chapter by its source path (a look-up per page, not a walk through the chapters)."""
        return {chapter.src_uri: chapter for chapter in self.chapters}

    def page_content(self, html: str, page: Page) -> str:
        """A chapter page starts with its title, reading time, objectives and checklists; widget
        headings join the page's table of contents; its sections end with a read marker (not in
        the printable book). In an xAPI build, every page ends with the hidden xAPI sender."""
        if leftover_block_lines(html):
            raise ContentErrors([_leftover_error(page)])
        html = mark_outside_links(once_per_page(html))
        sender = self.widgets.lms.sender_html()
        add_widget_headings(page.toc, html)
        template = self.template_of(page)
        if template is not None:
            uses = self._template_uses(self.widgets.play_href)[template.id]
            note = placeholders.fictive_note(self.organisation)
            return render("template_header.html", page=template, uses=uses, note=note) + html + sender
        chapter = self.chapter_of(page)
        if chapter is None:
            return html + sender
        checklists = self.widgets.checklists_of(chapter.file_name)
        self._book[chapter.src_uri] = BookChapter(
            slug=chapter.slug,
            title=chapter.meta.title,
            header_html=render("chapter_meta.html", chapter=chapter, checklists=checklists),
            body_html=html,
        )
        return render("chapter_header.html", chapter=chapter, checklists=checklists) + self.course.with_read_markers(html, chapter) + sender

    def fill_printable(self, files: Files) -> None:
        """Give the printable page every chapter's HTML, in the chapters' order; the kit its own."""
        self.course.fill_kit(files, {src_uri: entry.body_html for src_uri, entry in self._book.items()})
        book_file = files.get_file_from_path(PRINTABLE)
        if book_file is None or book_file.page is None:
            return
        book = [self._book[c.src_uri] for c in self.chapters if c.src_uri in self._book]
        chapter_urls = {
            files.get_file_from_path(c.src_uri).url_relative_to(book_file): c.slug for c in self.chapters
        }
        sections = [(entry, book_section(entry, chapter_urls)) for entry in book]
        self._book_html = (book_file.page, once_per_page(render("printable.html", sections=sections)))

    def page_context(self, page: Page) -> None:
        """The printable page gets its chapters just before its template: Material's search reads
        each page's content before (to drop its own attributes, even on pages left out of the
        search), with a pattern that would read every chapter again (60 MB at 100 × our chapters)."""
        if self._book_html is not None and self._book_html[0] is page:
            page.content = self._book_html[1]

    def watched_dirs(self) -> list[Path]:
        return [self.root / name for name in WATCHED_DIRS if (self.root / name).is_dir()]


def _leftover_error(page: Page) -> ContentError:
    """A block pymdownx left as text although it passed our checks (a syntax we do not check)."""
    uses = scan_blocks(page.markdown or "")
    line = uses[0].line if uses else 1
    file = page.file.src_uri if page.file.src_uri.startswith(CHAPTERS_DIR) else f"docs/{page.file.src_uri}"
    return ContentError(file, line, "un bloc « /// » est resté tel quel dans la page : vérifiez son nom, son argument et ses options")
