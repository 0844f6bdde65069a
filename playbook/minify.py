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


class Minification:
    """esbuild minifying files of the built site in place, in its own process: the build goes on
    (writing the pages) until it needs them, then waits."""

    def __init__(self, site: Path, node_modules: Path, files: list[Path]) -> None:
        esbuild = installed(node_modules, ESBUILD)
        self._process: subprocess.Popen[str] | None = None
        if files:
            assets = site / "assets"
            command = [str(esbuild), "--minify", "--charset=utf8", "--log-level=error", "--allow-overwrite", f"--outdir={assets}", f"--outbase={assets}"]
            self._process = subprocess.Popen(command + [str(path) for path in files], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def wait(self) -> None:
        """Once every file is minified; MinifyFailed with esbuild's words if one could not be."""
        if self._process is None:
            return
        _, errors = self._process.communicate()
        if self._process.returncode != 0:
            raise MinifyFailed(f"la minification des scripts et feuilles de style a échoué :\n{errors.strip()}")

    def cancel(self) -> None:
        """The build failed: stop minifying what will not be published."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
