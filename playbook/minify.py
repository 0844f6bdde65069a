"""The site's own scripts and stylesheets, minified in the built site by esbuild (node_modules,
package.json): comments, spaces and long local names were 38 % of what a reader downloads of our
code (gzip, all our files). Material's files and the vendored libraries come minified already
(*.min.js, *.min.css, lunr/).

`mkdocs serve` keeps them as written, for whoever reads them in the browser's developer tools."""

from __future__ import annotations

import subprocess
from pathlib import Path

from playbook.vendor import installed

FOLDERS = ("assets/javascripts", "assets/stylesheets")
ALREADY_MINIFIED = (".min.js", ".min.css")
ESBUILD = "esbuild/bin/esbuild"  # inside node_modules


class MinifyFailed(Exception):
    """esbuild refused a file: the message names it (a missing esbuild is a MissingVendorFile)."""


def own_files(site: Path) -> list[Path]:
    files = []
    for folder in FOLDERS:
        for path in sorted((site / folder).rglob("*")):
            vendored = path.name.endswith(ALREADY_MINIFIED) or "lunr" in path.relative_to(site).parts
            if path.suffix in (".js", ".css") and not vendored:
                files.append(path)
    return files


def minify_site(site: Path, node_modules: Path) -> None:
    """Minify every own script and stylesheet of the built `site` in place."""
    esbuild = installed(node_modules, ESBUILD)
    files = own_files(site)
    if not files:
        return
    assets = site / "assets"
    command = [str(esbuild), "--minify", "--charset=utf8", "--log-level=error", "--allow-overwrite", f"--outdir={assets}", f"--outbase={assets}"]
    result = subprocess.run(command + [str(path) for path in files], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise MinifyFailed(f"la minification des scripts et feuilles de style a échoué :\n{result.stderr.strip()}")
