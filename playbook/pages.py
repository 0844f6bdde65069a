"""Pages the build adds to the site: the chapters, their overview, the glossary, the printable book."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from playbook.chapters import Chapter
from playbook.glossary import Glossary
from playbook.render import render

CHAPTERS_URL_DIR = "chapitres"
CHAPTERS_INDEX = "chapters/index.md"
PRINTABLE = "chapters/version-imprimable.md"
GLOSSARY = "glossaire.md"


def _dest_uri(config: MkDocsConfig, url_src_uri: str) -> str:
    """Where MkDocs would write a page whose source were `url_src_uri`."""
    return File(url_src_uri, None, config.site_dir, config.use_directory_urls).dest_uri


def chapter_file(config: MkDocsConfig, chapter: Chapter, root: Path) -> File:
    """`chapters/03-service-client.md`, served at `chapitres/service-client/`."""
    return File(
        chapter.src_uri,
        str(root),
        config.site_dir,
        config.use_directory_urls,
        dest_uri=_dest_uri(config, f"{CHAPTERS_URL_DIR}/{chapter.slug}.md"),
    )


def generated_page(config: MkDocsConfig, src_uri: str, url_src_uri: str, markdown: str) -> File:
    file = File.generated(config, src_uri, content=markdown)
    file.dest_uri = _dest_uri(config, url_src_uri)
    return file


def site_pages(config: MkDocsConfig, chapters: list[Chapter], glossary: Glossary, root: Path) -> list[File]:
    """Every page the playbook adds to those of `docs/`."""
    pages = [chapter_file(config, chapter, root) for chapter in chapters]
    pages.append(
        generated_page(
            config,
            CHAPTERS_INDEX,
            f"{CHAPTERS_URL_DIR}/index.md",
            render("chapters_index.md.j2", chapters=chapters),
        )
    )
    pages.append(
        generated_page(config, PRINTABLE, f"{CHAPTERS_URL_DIR}/version-imprimable.md", render("printable.md.j2"))
    )
    pages.append(generated_page(config, GLOSSARY, GLOSSARY, render("glossary.md.j2", entries=glossary.entries())))
    return pages
