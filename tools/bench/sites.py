"""The sites the benchmark builds: this playbook, the same chapters as plain Material, and synthetic
playbooks of 10 and 100 times the chapters (widgets included; plain Material's too, for comparison),
each built in a subprocess."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES = ("mkdocs.yml", "docs", "hooks", "chapters", "exercises", "scripts")
PLAIN_CONFIG = """site_name: Playbook social
site_url: {url}
theme:
  name: material
  language: fr
  font: false
plugins:
  - search:
      lang: fr
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - md_in_html
  - tables
  - toc:
      permalink: true
"""
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
BLOCK = re.compile(r"^///.*$|^    \S.*$", re.MULTILINE)
# Blocks that place an exercise of exercises/<folder>/ in a chapter: each may be placed only once.
PLACED_KINDS = {"play": "plays", "checklist": "checklists"}
PLACED = re.compile(rf"^/// ({'|'.join(PLACED_KINDS)}) \| (\S+)$", re.MULTILINE)
# A built page's content, its title, and the widget rules the build writes into it.
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)
TITLE = re.compile(r"<h1[^>]*>.*?</h1>", re.DOTALL)
TITLE_TAG = re.compile(r"<title>(.*?)(?: - [^<]*)?</title>")
INLINED_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL)
NOT_SEARCHED = "---\nsearch:\n  exclude: true\n---\n\n"


def plain_project(destination: Path, url: str) -> Path:
    """The home page and the chapters, without our blocks and front matter, as a bare Material site."""
    docs = destination / "docs"
    (docs / "chapitres").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "index.md", docs / "index.md")
    for chapter in sorted((ROOT / "chapters").glob("*.md")):
        text = chapter.read_text(encoding="utf-8")
        title = re.search(r"^title: (.*)$", text, re.MULTILINE).group(1)
        body = BLOCK.sub("", FRONT_MATTER.sub("", text))
        slug = chapter.stem.split("-", 1)[1]
        (docs / "chapitres" / f"{slug}.md").write_text(f"# {title}\n\n{body}", encoding="utf-8")
    (destination / "mkdocs.yml").write_text(PLAIN_CONFIG.format(url=url), encoding="utf-8")
    return destination


def rendered_plain_project(destination: Path, built: Path, url: str) -> Path:
    """Every page of our built site, its content as we render it (widgets included), written as
    HTML in Markdown for a bare Material: what Material alone costs on the same pages and content
    (a reference; Python-Markdown reads the HTML where our blocks hand theirs over ready-made)."""
    docs = destination / "docs"
    docs.mkdir(parents=True)
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    searched = {entry["location"].split("#")[0] for entry in index["docs"]}
    for page in sorted(built.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        article = ARTICLE.search(html)
        if not article:
            continue  # the search page, assets
        folder = page.parent.relative_to(built)
        target = docs / ("index.md" if folder == Path(".") else f"{folder}.md")
        target.parent.mkdir(parents=True, exist_ok=True)
        content = TITLE.sub("", INLINED_STYLE.sub("", article.group(1)), count=1)
        # Left out of the search as ours leaves it (the printable book: every chapter again).
        meta = "" if ("" if folder == Path(".") else f"{folder.as_posix()}/") in searched else NOT_SEARCHED
        target.write_text(f"{meta}# {TITLE_TAG.search(html).group(1)}\n\n<div>\n{content}\n</div>\n", encoding="utf-8")
    (destination / "mkdocs.yml").write_text(PLAIN_CONFIG.format(url=url), encoding="utf-8")
    return destination


def scaled_plain_project(destination: Path, url: str, factor: int) -> Path:
    """The plain Material project with every chapter `factor` times, as scaled_project does ours."""
    project = plain_project(destination, url)
    chapters = sorted((project / "docs" / "chapitres").glob("*.md"))
    for chapter in chapters:
        for copy in range(1, factor):
            shutil.copy(chapter, chapter.with_name(f"{chapter.stem}-{copy}.md"))
    return project


def project_copy(destination: Path) -> Path:
    """This project's content and configuration, to build elsewhere."""
    destination.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        else:
            shutil.copy2(source, destination / name)
    (destination / "node_modules").symlink_to(ROOT / "node_modules")
    return destination


def scaled_project(destination: Path, factor: int) -> Path:
    """This project with every chapter `factor` times (copies get their own file name and slug),
    each copy with its own copy of the plays and checklists it places (each is placed once)."""
    project = project_copy(destination)
    chapters = sorted((project / "chapters").glob("*.md"))
    for chapter in chapters:
        number, slug = chapter.stem.split("-", 1)
        text = chapter.read_text(encoding="utf-8")
        for copy in range(1, factor):
            # The originals keep their names: the course points at them.
            target = project / "chapters" / f"{int(number) + 10 * copy:04d}-{slug}-{copy}.md"
            target.write_text(PLACED.sub(lambda use: _own_exercise(project, use, copy), text), encoding="utf-8")
    return project


def _own_exercise(project: Path, use: re.Match, copy: int) -> str:
    """`/// play | x` in the copy → `/// play | x-2`, with exercises/plays/x-2.yml beside x.yml."""
    kind, exercise = use.group(1), use.group(2)
    source = project / "exercises" / PLACED_KINDS[kind] / f"{exercise}.yml"
    own = f"{exercise}-{copy}"
    text = source.read_text(encoding="utf-8")
    source.with_name(f"{own}.yml").write_text(re.sub(r"^id: .*$", f"id: {own}", text, count=1, flags=re.MULTILINE), encoding="utf-8")
    return f"/// {kind} | {own}"


def build(project: Path, site: Path, url: str, *, ours: bool) -> float:
    """Seconds for `mkdocs build` of `project` into `site` (strict for ours, as `make build` is)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PLAYBOOK_SITE_URL": url, "PLAYBOOK_OFFLINE": "false"}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)] + (["--strict"] if ours else [])
    started = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"la construction de {project} a échoué :\n{result.stdout}{result.stderr}")
    return elapsed


def pages_in(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))
