"""Widget scripts joined into bundles at build time: a page loads a few files instead of fifteen to
thirty, and gzip compresses scripts that travel together better than one by one.

`docs/assets/javascripts/widgets.json` lists, for each widget, the scripts it needs in order and
its message namespaces. Scripts that always load together (the same widgets need them) and stand
next to each other in that order become one bundle, `assets/javascripts/bundles/<first script>-<hash>.js`
(`widgets-checklist-…`): a widget needs all of a bundle or none of it, so no script ever runs
twice. The build writes into the site's `playbook.js`, in place of `MARKER`, each widget's bundles
and where each bundled script went (for `PlaybookSocial.load` of a script a bundle already holds).
Its `checks` (the validators of stored values) are bundled apart: the loader adds them to a widget
only when storage holds a value that the page did not write (widgets/course-state.js). Its `later`
groups are scripts widgets load when first needed (`PlaybookSocial.loadLater(name)`), bundled apart
too, so that loading them never brings another widget's code.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import dataclass
from pathlib import Path

SCRIPTS_DIR = "assets/javascripts"
MANIFEST = f"{SCRIPTS_DIR}/widgets.json"
LOADER = f"{SCRIPTS_DIR}/playbook.js"
BUNDLES_DIR = "bundles"  # inside SCRIPTS_DIR, at the depth of widgets/ (scripts find the site from their own address)
MARKER = "/* manifest: written by the build (playbook/scriptbundles.py) */ null"
MESSAGES = "messages/"  # the catalogue's sentences, one script per namespace (playbook/messages)
READING = "reading"  # not a widget: reading progress, loaded for readers who began the course
CHECKS = "checks"  # not a widget: the validators of stored values, loaded only when a value is stored
LATER = "later"  # not widgets: groups of scripts loaded when first needed, « later:<name> » in a plan


class BundleError(Exception):
    """The manifest or a script it names is wrong: the message names the file."""


@dataclass(frozen=True)
class Plan:
    bundles: dict[str, list[str]]  # bundle path (relative to SCRIPTS_DIR) → its scripts, in order
    needs: dict[str, list[str]]  # widget → its bundles, in load order

    def bundled(self) -> dict[str, str]:
        return {script: bundle for bundle, scripts in self.bundles.items() for script in scripts}


def expanded(manifest: dict) -> dict[str, list[str]]:
    """Widget (and READING) → every script it loads, in order: the common messages, its code, then
    its own messages (read when a component speaks, not when a script runs: their place is free,
    and last lets each run with the code that shares its readers)."""
    groups = manifest.get("groups", {})

    def expand(items: list[str], seen: tuple[str, ...] = ()) -> list[str]:
        out: list[str] = []
        for item in items:
            if not item.startswith("@"):
                out.append(item)
                continue
            name = item[1:]
            if name not in groups:
                raise BundleError(f"{MANIFEST} : le groupe « {item} » n’existe pas")
            if name in seen:
                raise BundleError(f"{MANIFEST} : le groupe « {item} » se contient lui-même")
            out.extend(expand(groups[name], (*seen, name)))
        return list(dict.fromkeys(out))

    def scripts_of(entry: dict) -> list[str]:
        own_messages = [f"{MESSAGES}{namespace}.js" for namespace in entry.get("messages", [])]
        return list(dict.fromkeys([f"{MESSAGES}common.js", *expand(entry.get("scripts", [])), *own_messages]))

    entries = {**manifest.get("widgets", {}), READING: manifest.get(READING, {})}
    lists = {name: scripts_of(entry) for name, entry in entries.items()}
    if CHECKS in manifest:  # code that speaks to no one: no sentences
        lists[CHECKS] = expand(manifest[CHECKS].get("scripts", []))
    for name, scripts in manifest.get(LATER, {}).items():  # their sentences are listed with them
        lists[f"{LATER}:{name}"] = expand(scripts)
    return lists


def plan(lists: dict[str, list[str]]) -> Plan:
    """Bundles: runs of scripts, in an order every list agrees with, needed by the same widgets."""
    users: dict[str, frozenset[str]] = {}
    for widget, scripts in lists.items():
        for script in scripts:
            users[script] = users.get(script, frozenset()) | {widget}
    order = _agreed_order(lists, users)
    runs: list[list[str]] = []
    for script in order:
        if runs and users[runs[-1][-1]] == users[script]:
            runs[-1].append(script)
        else:
            runs.append([script])
    bundles = {_bundle_name(run): run for run in runs}
    position = {script: index for index, script in enumerate(order)}
    needs = {}
    for widget, scripts in lists.items():
        chosen = {name for name, run in bundles.items() if run[0] in scripts}
        needs[widget] = sorted(chosen, key=lambda name: position[bundles[name][0]])
    return Plan(bundles, needs)


def _agreed_order(lists: dict[str, list[str]], users: dict[str, frozenset[str]]) -> list[str]:
    """Every script once, each list's order of code kept (a topological order; messages may go
    anywhere); among the scripts free to come next, one needed by the same widgets as the last one
    placed, so that runs stay whole, else code before messages, which join their code's run."""
    first_seen = list(dict.fromkeys(script for scripts in lists.values() for script in scripts))
    after: dict[str, set[str]] = {script: set() for script in first_seen}
    for scripts in lists.values():
        code = [script for script in scripts if not script.startswith(MESSAGES)]
        for earlier, later in itertools.pairwise(code):
            after[later].add(earlier)
    order: list[str] = []
    placed: set[str] = set()
    while len(order) < len(first_seen):
        free = [script for script in first_seen if script not in placed and after[script] <= placed]
        if not free:
            stuck = [script for script in first_seen if script not in placed]
            raise BundleError(f"{MANIFEST} : deux widgets demandent ces scripts dans des ordres contraires : {', '.join(stuck)}")
        same = [script for script in free if order and users[script] == users[order[-1]]]
        chosen = (same or [script for script in free if not script.startswith(MESSAGES)] or free)[0]
        order.append(chosen)
        placed.add(chosen)
    return order


def _bundle_name(scripts: list[str]) -> str:
    digest = hashlib.sha256("\n".join(scripts).encode()).hexdigest()[:8]
    first = scripts[0].removesuffix(".js").replace("/", "-")
    return f"{BUNDLES_DIR}/{first}-{digest}.js"


def loader_manifest(result: Plan, checks: dict | None = None) -> dict:
    """What playbook.js reads, short (every page loads it): bundles by number, in `bundles`.
    `checks` (widgets.json's): the loader adds its bundles to a widget that loads the script
    `checks["by"]` when storage holds a key starting with one of `checks["keys"]`."""
    names = list(result.bundles)
    number = {name: index for index, name in enumerate(names)}
    short = [name.removeprefix(f"{BUNDLES_DIR}/").removesuffix(".js") for name in names]
    needs = {widget: [number[name] for name in bundles] for widget, bundles in result.needs.items()}
    later = {widget.removeprefix(f"{LATER}:"): numbers for widget, numbers in needs.items() if widget.startswith(f"{LATER}:")}
    manifest = {
        "bundles": short,
        "widgets": {widget: numbers for widget, numbers in needs.items() if widget not in (READING, CHECKS) and not widget.startswith(f"{LATER}:")},
        READING: needs.get(READING, []),
        LATER: later,
        # Where each script went, for PlaybookSocial.load by name; sentences load with their code.
        "bundled": {script: number[bundle] for script, bundle in result.bundled().items() if not script.startswith(MESSAGES)},
    }
    if checks is not None:
        manifest[CHECKS] = {"keys": checks["keys"], "by": checks["by"], "bundles": needs.get(CHECKS, [])}
    return manifest


def bundle_site(site: Path, docs: Path) -> Plan:
    """Write the bundles into the built `site`, remove the scripts they hold, fill playbook.js."""
    manifest_file = docs / MANIFEST
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BundleError(f"{MANIFEST} illisible : {exc}") from None
    scripts_dir = site / SCRIPTS_DIR
    lists = expanded(manifest)
    checks = manifest.get(CHECKS)
    if checks is not None and not any(checks.get("by") in scripts for scripts in lists.values()):
        raise BundleError(f"{MANIFEST} : « {CHECKS} » : aucun widget ne charge {checks.get('by')}")
    # Scripts only some builds write (xAPI's settings): without them, their widgets are not in this site.
    absent = {script for script in manifest.get("optional", []) if not (scripts_dir / script).is_file()}
    result = plan({widget: scripts for widget, scripts in lists.items() if not absent & set(scripts)})
    for bundle, scripts in result.bundles.items():
        parts = []
        for script in scripts:
            source = scripts_dir / script
            if not source.is_file():
                raise BundleError(f"{MANIFEST} : {script} n’existe pas dans le site construit ({SCRIPTS_DIR}/{script})")
            parts.append(f"/* {script} */\n{source.read_text(encoding='utf-8').rstrip()}\n;\n")
        target = scripts_dir / bundle
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("".join(parts), encoding="utf-8")
    for scripts in result.bundles.values():
        for script in scripts:
            (scripts_dir / script).unlink()
    loader = site / LOADER
    code = loader.read_text(encoding="utf-8")
    if MARKER not in code:
        raise BundleError(f"{LOADER} : l’emplacement du manifeste ({MARKER}) est introuvable")
    manifest_js = json.dumps(loader_manifest(result, checks), ensure_ascii=False, separators=(",", ":"))
    loader.write_text(code.replace(MARKER, manifest_js), encoding="utf-8")
    return result
