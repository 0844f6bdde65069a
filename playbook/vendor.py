"""Third-party browser files the site serves, copied at build time from `node_modules/`."""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

# Material's polyfill for its search worker under file:// (mkdocs.yml extra.polyfills): the
# offline build keeps it, the site served over HTTP drops it (PlaybookSite.configure).
OFFLINE_POLYFILL = "assets/vendor/iframe-worker/shim.js"
# Site path → path inside node_modules. Each package is declared in package.json and its lock file.
VENDORED: dict[str, str] = {
    OFFLINE_POLYFILL: "iframe-worker/shim/index.js",
    "assets/vendor/nunjucks/nunjucks.min.js": "nunjucks/browser/nunjucks.min.js",
    "assets/vendor/js-yaml/js-yaml.min.js": "js-yaml/dist/js-yaml.min.js",
    "assets/vendor/xapi/xapi.umd.js": "@xapi/xapi/dist/XAPI.umd.js",
}
# CommonJS modules the browser loads as classic scripts: site path → (path inside node_modules,
# the name under which the script puts the module's exports, `PlaybookSocial.vendor[name]`).
WRAPPED: dict[str, tuple[str, str]] = {
    "assets/vendor/orama-stemmers/french.js": ("@orama/stemmers/dist/fr.cjs", "orama-stemmers/french"),
    # pipwerks' SCORM API discovery, as ported by @gamestdio/scorm (CommonJS only).
    "assets/vendor/scorm/scorm-wrapper.js": ("@gamestdio/scorm/lib/index.js", "scorm-wrapper"),
}


class MissingVendorFile(Exception):
    """A declared browser file is not installed: `npm ci` has not run."""


def installed(node_modules: Path, package_path: str) -> Path:
    """`node_modules/<package_path>`, or MissingVendorFile saying to run `npm ci`."""
    source = node_modules / package_path
    if not source.is_file():
        raise MissingVendorFile(
            f"node_modules/{package_path} introuvable : lancez « npm ci » (make serve et make test le font pour vous)"
        )
    return source


def wrapped_commonjs(source: str, name: str) -> str:
    """A CommonJS module as a classic script: its `exports` end up at PlaybookSocial.vendor[name]."""
    return (
        "(function () {\nvar module = { exports: {} }, exports = module.exports;\n"
        f"{source}\n"
        "var PS = (window.PlaybookSocial = window.PlaybookSocial || {});\n"
        f"PS.vendor = PS.vendor || {{}};\nPS.vendor[{json.dumps(name)}] = module.exports;\n}})();\n"
    )


def vendor_files(config: MkDocsConfig, node_modules: Path) -> list[File]:
    files = [
        File.generated(config, site_path, abs_src_path=str(installed(node_modules, package_path)))
        for site_path, package_path in VENDORED.items()
    ]
    for site_path, (package_path, name) in WRAPPED.items():
        source = installed(node_modules, package_path).read_text(encoding="utf-8")
        files.append(File.generated(config, site_path, content=wrapped_commonjs(source, name)))
    return files
