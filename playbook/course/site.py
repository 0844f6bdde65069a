"""The course on the site: its pages and navigation, the widgets' renderer, the read markers in the
chapters, the script of the navigation marks, and the printable kit filled once chapters are rendered."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from playbook.chapters import Chapter
from playbook.course.data import CoursePlan, course_data, progress_data, record_data
from playbook.course.kit import kit_html, on_paper, rebase, section_html
from playbook.course.pages import KIT_PAGE, MODULES_NAV_ENTRY, course_pages, module_page
from playbook.course.reading import Marker, add_markers, marked_sections
from playbook.course.steps import section_key
from playbook.course.widgets import CourseWidgets
from playbook.datascript import data_file
from playbook.messages import text
from playbook.navigation import expand_chapters
from playbook.widgets import Widgets, once_per_page

# The course for the SCORM and xAPI widgets, titles included (PS.courseData): written only by
# builds that speak to an LMS or a learning record store (widgets.json lists it as optional).
DATA_SCRIPT = "assets/javascripts/course-data.js"
# The data of reading progress and the navigation marks (chapters read, modules done), loaded only
# for course learners, on every page they open: no titles (PS.readingData).
READING_SCRIPT = "assets/javascripts/reading-data.js"
# What the learner record scores and restores (PS.recordData), loaded with its first export or
# import: in the record's HTML, it would double the path page's size and that of « Mon bilan ».
RECORD_SCRIPT = "assets/javascripts/record-data.js"


class CourseSite:
    """Everything the site does for the course, for the `widgets` renderer of the page being built."""

    def __init__(self, widgets: Widgets, chapters: list[Chapter]) -> None:
        self.widgets = widgets
        self.chapters = chapters
        self.plan = CoursePlan(widgets.catalogue, {chapter.file_name: chapter.meta.title for chapter in chapters})
        widgets.course = CourseWidgets(widgets, self.plan)

    def module_pages(self) -> list[str]:
        return [module_page(module.id) for module in self.plan.course.modules]

    def configure(self, config: MkDocsConfig) -> None:
        config.nav = expand_chapters(config.nav, MODULES_NAV_ENTRY, self.module_pages())

    def files(self, config: MkDocsConfig, files: Files) -> list[File]:
        """The generated pages, reading progress's and the learner record's data and, for SCORM or
        xAPI, the course's (links from the site's root)."""
        pages = course_pages(config, self.widgets.catalogue.course)

        def root_link(src_uri: str, anchor: str = "") -> str:
            found = files.get_file_from_path(src_uri) or next(page for page in pages if page.src_uri == src_uri)
            return f"{found.url}#{anchor}" if anchor else found.url

        chapters = {
            chapter.slug: {
                "href": root_link(chapter.src_uri),
                "sections": [section_key(f"{chapter.file_name}#{s.anchor}") for s in self.plan.h2_sections(chapter.file_name)],
            }
            for chapter in self.chapters
        }
        course = course_data(self.plan, root_link)

        lms = self.widgets.lms.settings
        return [
            *pages,
            *([data_file(config, DATA_SCRIPT, "courseData", {"course": course})] if lms.scorm or lms.xapi else []),
            data_file(config, READING_SCRIPT, "readingData", {"course": progress_data(course), "chapters": chapters}),
            data_file(config, RECORD_SCRIPT, "recordData", record_data(self.plan, course)),
        ]

    def with_read_markers(self, html: str, chapter: Chapter) -> str:
        """A chapter's HTML with the end-of-section markers (and the module's next step where one applies)."""
        following: dict[str, dict] = {}
        for number, module in enumerate(self.plan.course.modules, start=1):
            steps = self.plan.steps(module.id)
            for step, after in zip(steps, steps[1:]):
                file, _, anchor = step.id.partition("#")
                if step.kind == "section" and file == chapter.file_name:
                    title = after.title if after.kind == "section" else text(f"course.steps.{after.kind}", title=after.title)
                    href = self.plan.step_link(after, module.id, self.widgets.page_href)
                    following[anchor] = {"module": number, "title": title, "href": href}
        sections = self.plan.catalogue.sections[chapter.file_name]
        markers = [
            Marker(section.anchor, section_key(f"{chapter.file_name}#{section.anchor}"), section.title, section.level, following.get(section.anchor))
            for section in marked_sections(sections, set(following))
        ]
        return add_markers(html, sections, markers)

    def fill_kit(self, files: Files, chapter_html: dict[str, str]) -> None:
        """Give the kit page its content: the policy section as its chapter renders it, then the forms."""
        kit = files.get_file_from_path(KIT_PAGE)
        if kit is None or kit.page is None:
            return
        chapter, _, anchor = self.plan.course.policy.partition("#")
        source = files.get_file_from_path(f"chapters/{chapter}")
        policy = rebase(on_paper(section_html(chapter_html[source.src_uri], anchor)), "kit-politique--", source.url, kit.url)
        self.widgets.page_file = kit
        widgets = self.widgets
        kit.page.content = once_per_page(kit_html(self.plan, policy, widgets.href, widgets.page_href, widgets.styles("kit")))
