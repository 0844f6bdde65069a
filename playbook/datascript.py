"""Data the build writes as a script of the site, for the widgets that load it when they need it
(`PlaybookSocial.load`): a classic script rather than a JSON file, because the offline site, opened
from file://, cannot fetch its own files."""

from __future__ import annotations

import json

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File


def data_file(config: MkDocsConfig, site_path: str, name: str, value: dict) -> File:
    """The site's file `site_path` (under assets/javascripts/) setting `window.PlaybookSocial.<name>`
    to `value`."""
    script = f"(window.PlaybookSocial=window.PlaybookSocial||{{}}).{name}=" + json.dumps(value, ensure_ascii=False, separators=(",", ":")) + ";\n"
    return File.generated(config, site_path, content=script)
