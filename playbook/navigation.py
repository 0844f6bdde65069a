"""The navigation of mkdocs.yml, adjusted to the content: chapters listed, absent pages dropped."""

from __future__ import annotations


def without_page(nav: list | None, src_uri: str) -> list | None:
    """`nav` without the entries that point to `src_uri` (a page the build does not make)."""
    if nav is None:
        return None
    kept: list = []
    for item in nav:
        if isinstance(item, dict):
            item = {key: without_page(value, src_uri) if isinstance(value, list) else value for key, value in item.items()}
            if any(value == src_uri for value in item.values()):
                continue
        elif item == src_uri:
            continue
        kept.append(item)
    return kept


def expand_chapters(nav: list | None, entry: str, chapter_uris: list[str]) -> list | None:
    """Replace `entry` (`chapters/*.md`) in `nav` with every chapter, in file-name order."""
    if nav is None:
        return None
    expanded: list = []
    for item in nav:
        if item == entry:
            expanded.extend(chapter_uris)
        elif isinstance(item, dict):
            expanded.append(
                {
                    key: expand_chapters(value, entry, chapter_uris) if isinstance(value, list) else value
                    for key, value in item.items()
                }
            )
        else:
            expanded.append(item)
    return expanded
