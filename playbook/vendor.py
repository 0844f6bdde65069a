"""Third-party browser files the site serves, copied at build time from `node_modules/`."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

# Site path → path inside node_modules. Each package is declared in package.json and its lock file.
VENDORED: dict[str, str] = {
    "assets/vendor/iframe-worker/shim.js": "iframe-worker/shim/index.js",
    "assets/vendor/nunjucks/nunjucks.min.js": "nunjucks/browser/nunjucks.min.js",
    "assets/vendor/js-yaml/js-yaml.min.js": "js-yaml/dist/js-yaml.min.js",
}


class MissingVendorFile(Exception):
    """A declared browser file is not installed: `npm ci` has not run."""


def vendor_files(config: MkDocsConfig, node_modules: Path) -> list[File]:
    files = []
    for site_path, package_path in VENDORED.items():
        source = node_modules / package_path
        if not source.is_file():
            raise MissingVendorFile(
                f"node_modules/{package_path} introuvable : lancez « npm ci » (make serve et make test le font pour vous)"
            )
        files.append(File.generated(config, site_path, abs_src_path=str(source)))
    return files
