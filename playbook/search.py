"""The site's search worker: Material's own, with the French layer in front of it.

`assets/javascripts/workers/search-fr.js` is written at build time as `search-french.js` (the
rules, also used by the page), `templates/search-worker.js` (the layer) and Material's search
worker, unchanged. The page starts it in place of Material's (`search-setup.js`).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

WORKER = "assets/javascripts/workers/search-fr.js"
RULES = "assets/javascripts/search-french.js"
MATERIAL_WORKER = re.compile(r"^assets/javascripts/workers/search\.[0-9a-f]+\.min\.js$")


class SearchUnavailable(Exception):
    """Material's search worker or the French rules are missing: the message says what to check."""


def _material_worker(files: Files) -> File:
    found = [file for file in files if MATERIAL_WORKER.match(file.src_uri)]
    if len(found) != 1:
        raise SearchUnavailable(
            "le moteur de recherche de Material (assets/javascripts/workers/search.*.min.js) est introuvable :"
            " vérifiez que le thème est « material » et que son greffon « search » est actif"
        )
    return found[0]


def worker_file(config: MkDocsConfig, files: Files) -> File:
    """The French search worker, from the rules in `docs/`, the layer and Material's worker."""
    rules = Path(config.docs_dir) / RULES
    if not rules.is_file():
        raise SearchUnavailable(f"docs/{RULES} introuvable : c’est la recherche en français du site")
    layer = resources.files("playbook").joinpath("templates", "search-worker.js").read_text(encoding="utf-8")
    material = _material_worker(files).content_string
    return File.generated(config, WORKER, content="\n".join((rules.read_text(encoding="utf-8"), layer, material)))
