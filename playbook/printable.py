"""The « Version imprimable »: every chapter's HTML on one page, ids made unique, links kept."""

from __future__ import annotations

import re
from dataclasses import dataclass

ID_REFERENCES = re.compile(r'\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"')
FRAGMENT_LINK = re.compile(r'href="([^"#]*)#([^"]*)"|href="([^"#]+)"')
HEADING_TAG = re.compile(r"<(/?)h([1-5])\b")
OUTSIDE_LINK = re.compile(r'<a href="(https?://[^"]+)"([^>]*)>(.*?)</a>', re.S)
TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class BookChapter:
    """A chapter as it enters the printable book: its slug, title, header and body HTML."""

    slug: str
    title: str
    header_html: str
    body_html: str


def prefix_ids(html: str, prefix: str) -> str:
    """Prefix every id (and every attribute that points to one) so chapters can share a page."""

    def rename(match: re.Match[str]) -> str:
        attribute, value = match.groups()
        return f'{attribute}="{" ".join(prefix + name for name in value.split())}"'

    return ID_REFERENCES.sub(rename, html)


def demote_headings(html: str) -> str:
    """h2 → h3 … h5 → h6: each chapter becomes a section under its own h2."""
    return HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)


def relink(html: str, own_slug: str, chapter_urls: dict[str, str]) -> str:
    """Turn links to a chapter (or within one) into links to its section of the book."""

    def target(match: re.Match[str]) -> str:
        base, fragment, plain = match.groups()
        url = plain if plain is not None else base
        if url == "":
            slug = own_slug
        elif url in chapter_urls:
            slug = chapter_urls[url]
        else:
            return match.group(0)
        anchor = f"{slug}--{fragment}" if fragment else slug
        return f'href="#{anchor}"'

    return FRAGMENT_LINK.sub(target, html)


def book_section(chapter: BookChapter, chapter_urls: dict[str, str]) -> str:
    """The chapter's header and body, ready to sit under an h2 in the book."""
    html = relink(chapter.header_html + chapter.body_html, chapter.slug, chapter_urls)
    return demote_headings(prefix_ids(html, f"{chapter.slug}--"))


def mark_outside_links(html: str) -> str:
    """`data-pb-external` on links that leave the site, so print shows their address (the
    site's own links are relative when MkDocs writes them); not when the text already is it."""

    def mark(match: re.Match[str]) -> str:
        href, attributes, text = match.groups()
        shown = TAG.sub("", text).strip().rstrip("/")
        if shown in (href.rstrip("/"), href.split("://", 1)[1].rstrip("/")) or "data-pb-external" in attributes:
            return match.group(0)
        return f'<a href="{href}" data-pb-external{attributes}>{text}</a>'

    return OUTSIDE_LINK.sub(mark, html)
