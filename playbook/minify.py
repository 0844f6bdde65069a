"""The site's own scripts and stylesheets, minified in the built site by esbuild (node_modules,
package.json): comments, spaces and long local names were 38 % of what a reader downloads of our
code (gzip, all our files). Material's files and the vendored libraries come minified already
(*.min.js, *.min.css, lunr/).

`mkdocs serve` keeps them as written, for whoever reads them in the browser's developer tools."""

from __future__ import annotations

import subprocess
from pathlib import Path

FOLDERS = ("assets/javascripts", "assets/stylesheets")
ALREADY_MINIFIED = (".min.js", ".min.css")
ESBUILD = Path("node_modules") / "esbuild" / "bin" / "esbuild"


class MinifyFailed(Exception):
    """esbuild is missing or refused a file: the message says which and what to do."""


def own_files(site: Path) -> list[Path]:
    files = []
    for folder in FOLDERS:
        for path in sorted((site / folder).rglob("*")):
            if path.suffix in (".js", ".css") and not path.name.endswith(ALREADY_MINIFIED) and "lunr" not in path.parts:
                files.append(path)
    return files


def minify_site(site: Path, project: Path) -> None:
    """Minify every own script and stylesheet of the built `site` in place."""
    esbuild = project / ESBUILD
    if not esbuild.is_file():
        raise MinifyFailed(f"{ESBUILD} introuvable : lancez « npm ci » (make serve et make test le font pour vous)")
    files = own_files(site)
    if not files:
        return
    assets = site / "assets"
    command = [str(esbuild), "--minify", "--charset=utf8", "--log-level=error", "--allow-overwrite", f"--outdir={assets}", f"--outbase={assets}"]
    result = subprocess.run(command + [str(path) for path in files], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise MinifyFailed(f"la minification des scripts et feuilles de style a échoué :\n{result.stderr.strip()}")
