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
    "assets/vendor/xapi/xapi.umd.js": "@xapi/xapi/dist/XAPI.umd.js",
}
# CommonJS files served as classic scripts: site path → (path inside node_modules, the global that
# receives their `exports`). The SCORM wrapper (pipwerks' API discovery, ported by @gamestdio/scorm)
# ships only as CommonJS.
WRAPPED: dict[str, tuple[str, str]] = {
    "assets/vendor/scorm/scorm-wrapper.js": ("@gamestdio/scorm/lib/index.js", "PlaybookSocialScormWrapper"),
}


class MissingVendorFile(Exception):
    """A declared browser file is not installed: `npm ci` has not run."""


def _installed(node_modules: Path, package_path: str) -> Path:
    source = node_modules / package_path
    if not source.is_file():
        raise MissingVendorFile(
            f"node_modules/{package_path} introuvable : lancez « npm ci » (make serve et make test le font pour vous)"
        )
    return source


def vendor_files(config: MkDocsConfig, node_modules: Path) -> list[File]:
    files = []
    for site_path, package_path in VENDORED.items():
        files.append(File.generated(config, site_path, abs_src_path=str(_installed(node_modules, package_path))))
    for site_path, (package_path, name) in WRAPPED.items():
        code = _installed(node_modules, package_path).read_text(encoding="utf-8")
        wrapped = f"(function () {{\nvar exports = {{}};\n{code}\nwindow.{name} = exports;\n}})();\n"
        files.append(File.generated(config, site_path, content=wrapped))
    return files
