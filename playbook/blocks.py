"""The `///` blocks authors place in pages: their specs, a checker that names the line, and the renderer.

pymdownx leaves a block whose argument or options it rejects as literal `///` text, silently; so
every block of a page is checked here first, against the same specs the renderer uses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from typing import Any, Protocol

from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block, type_boolean, type_integer, type_string

from playbook.chapters import FENCE
from playbook.errors import ContentError, ContentErrors, did_you_mean
from playbook.plaintext import to_text
from playbook.yamlsource import parse_yaml

BLOCK_START = re.compile(r"^ {0,3}(/{3,}) *([\w-]+) *(?:\| *(.*?) *)?$")
BLOCK_END = re.compile(r"^ {0,3}/{3,} *$")
OPTION_LINE = re.compile(r"^ {4,}\S")
LEFTOVER = re.compile(r"<p>\s*/{3,}")


@dataclass(frozen=True)
class BlockSpec:
    """A block's name, whether it takes an argument (and of which kind), and its options' types."""

    name: str
    argument: str | None  # what the argument names ("checklist", "play"), free text ("libellé"), or None
    options: dict[str, type] = field(default_factory=dict)
    usage: str = ""


SPECS = {
    spec.name: spec
    for spec in (
        BlockSpec("checklist", "checklist", {"titre": str}, "/// checklist | service-client"),
        BlockSpec("bilan", None, {}, "/// bilan"),
        BlockSpec("voix", None, {}, "/// voix"),
        BlockSpec("quiz", "quiz", {}, "/// quiz | conversation"),
        BlockSpec("scenario", "scenario", {}, "/// scenario | plainte-publique"),
        BlockSpec("reflection", "reflection", {}, "/// reflection | mon-premier-mois"),
        BlockSpec("parcours", None, {}, "/// parcours"),
        BlockSpec("parcours-module", "module", {}, "/// parcours-module | conversation"),
        BlockSpec("parcours-suite", "module", {}, "/// parcours-suite | conversation"),
        BlockSpec("parcours-debrief", None, {}, "/// parcours-debrief"),
        BlockSpec("attestation", None, {}, "/// attestation"),
        BlockSpec("dossier", None, {}, "/// dossier"),
        BlockSpec("consentement", None, {}, "/// consentement"),
        BlockSpec("cohorte", None, {}, "/// cohorte"),
        BlockSpec("play", "play", {}, "/// play | portrait-de-marque"),
        BlockSpec("copie", "libellé", {}, "/// copie | Réponse à une réclamation"),
    )
}
# Arguments that are free text rather than the id of something the catalogue holds.
FREE_TEXT_ARGUMENTS = {"libellé"}
TYPE_NAMES = {str: "un texte", bool: "true ou false", int: "un nombre entier"}
PYMDOWNX_OPTIONS = {str: ("", type_string), bool: (False, type_boolean), int: (0, type_integer)}


def pymdownx_options(name: str) -> dict[str, tuple[Any, Any]]:
    """A spec's options as pymdownx declares them: (default, parser)."""
    return {key: PYMDOWNX_OPTIONS[kind] for key, kind in SPECS[name].options.items()}


@dataclass(frozen=True)
class BlockUse:
    """A block as written in a page: name, argument, options, and the line of its header."""

    name: str
    argument: str | None
    options: dict[str, Any] | str
    line: int


def scan_blocks(markdown: str, first_line: int = 1) -> list[BlockUse]:
    """Every block header of `markdown` (code fences skipped), with its options parsed as YAML."""
    lines = markdown.splitlines()
    uses: list[BlockUse] = []
    in_fence = False
    for index, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence or BLOCK_END.match(line) else BLOCK_START.match(line)
        if not match:
            continue
        option_lines = []
        for following in lines[index + 1 :]:
            if not OPTION_LINE.match(following):
                break
            option_lines.append(following)
        options: dict[str, Any] | str = {}
        if option_lines:
            try:
                parsed = parse_yaml("\n".join(text[4:] for text in option_lines), "").data
                options = parsed if isinstance(parsed, dict) else "les options doivent être des paires « clé: valeur »"
            except ContentErrors as exc:
                options = exc.errors[0].message
        uses.append(BlockUse(match.group(2).lower(), match.group(3) or None, options, first_line + index))
    return uses


def check_block_uses(file: str, uses: list[BlockUse], known: dict[str, set[str]]) -> list[ContentError]:
    """Problems of the blocks of one page; `known` gives the valid arguments of each kind."""
    errors = []
    for use in uses:
        spec = SPECS.get(use.name)
        if spec is None:
            errors.append(ContentError(file, use.line, f"bloc inconnu « {use.name} »{did_you_mean(use.name, SPECS)}"))
            continue
        if spec.argument is None and use.argument:
            errors.append(ContentError(file, use.line, f"le bloc {spec.name} ne prend pas d’argument : écrivez « {spec.usage} »"))
        elif spec.argument is not None and not use.argument:
            errors.append(ContentError(file, use.line, f"le bloc {spec.name} attend un argument : « {spec.usage} »"))
        elif spec.argument not in (None, *FREE_TEXT_ARGUMENTS) and use.argument not in known.get(spec.argument, set()):
            names = known.get(spec.argument, set())
            errors.append(
                ContentError(file, use.line, f"{spec.argument} « {use.argument} » introuvable{did_you_mean(use.argument, names)}")
            )
        if isinstance(use.options, str):
            errors.append(ContentError(file, use.line + 1, f"options du bloc {spec.name} : {use.options}"))
            continue
        for key, value in use.options.items():
            if key not in spec.options:
                allowed = ", ".join(spec.options) or "aucune"
                hint = did_you_mean(str(key), spec.options) or f" (options permises : {allowed})"
                errors.append(ContentError(file, use.line + 1, f"option inconnue « {key} » pour le bloc {spec.name}{hint}"))
            elif not isinstance(value, spec.options[key]) or isinstance(value, bool) != (spec.options[key] is bool):
                kind = TYPE_NAMES[spec.options[key]]
                errors.append(ContentError(file, use.line + 1, f"l’option « {key} » du bloc {spec.name} doit être {kind}"))
    return errors


def leftover_block_lines(html: str) -> bool:
    """True when the rendered page still shows `///`: a block pymdownx did not recognise."""
    return bool(LEFTOVER.search(html))


class WidgetRenderer(Protocol):
    """What renders a widget's HTML for the page being built (links are relative to that page)."""

    def checklist_html(self, checklist_id: str, title: str) -> str: ...

    def dashboard_html(self) -> str: ...

    def voice_html(self) -> str: ...

    def cohort_html(self) -> str: ...

    def play_markdown(self, play_id: str) -> str: ...

    def stylesheet_href(self, name: str) -> str: ...


class _WidgetBlock(Block):
    """A block whose whole output is one widget's HTML, rendered by a Jinja template."""

    def on_markdown(self) -> str:
        return "block"

    def widget_html(self, renderer: WidgetRenderer) -> str:
        raise NotImplementedError

    def on_create(self, parent: etree.Element) -> etree.Element:
        holder = etree.SubElement(parent, "div", {"class": "pb-block"})
        holder.text = self.md.htmlStash.store(self.widget_html(self.config["renderer"]))
        return holder


class ChecklistBlock(_WidgetBlock):
    NAME = "checklist"
    ARGUMENT = True
    OPTIONS = pymdownx_options(NAME)

    def widget_html(self, renderer: WidgetRenderer) -> str:
        return renderer.checklist_html(self.argument.strip(), self.options["titre"])


class DashboardBlock(_WidgetBlock):
    NAME = "bilan"
    ARGUMENT = False
    OPTIONS = pymdownx_options(NAME)

    def widget_html(self, renderer: WidgetRenderer) -> str:
        return renderer.dashboard_html()


class VoiceBlock(_WidgetBlock):
    NAME = "voix"
    ARGUMENT = False
    OPTIONS = pymdownx_options(NAME)

    def widget_html(self, renderer: WidgetRenderer) -> str:
        return renderer.voice_html()


class CohortBlock(_WidgetBlock):
    NAME = "cohorte"
    ARGUMENT = False
    OPTIONS = pymdownx_options(NAME)

    def widget_html(self, renderer: WidgetRenderer) -> str:
        return renderer.cohort_html()


def link_stylesheet(parent: etree.Element, renderer: WidgetRenderer, name: str) -> None:
    """The stylesheet a block needs, linked just before it: pages without the block do not load it,
    and instant navigation brings it along with the content (playbook.widgets.once_per_page keeps one)."""
    # Markdown's HTML serializer writes an attribute whose value is its name as a bare attribute.
    attributes = {"rel": "stylesheet", "href": renderer.stylesheet_href(name), "data-pb-style": "data-pb-style"}
    etree.SubElement(parent, "link", attributes)


class PlayBlock(Block):
    """A play: its Markdown (made from its YAML) parsed right here, so that its heading joins the
    table of contents and its links are checked like the chapter's own."""

    NAME = "play"
    ARGUMENT = True
    OPTIONS = pymdownx_options(NAME)

    def on_markdown(self) -> str:
        return "block"

    def on_create(self, parent: etree.Element) -> etree.Element:
        link_stylesheet(parent, self.config["renderer"], "plays")
        holder = etree.SubElement(parent, "div", {"class": "pb-play"})
        self.md.parser.parseChunk(holder, self.config["renderer"].play_markdown(self.argument.strip()))
        return holder


class CopyBlock(Block):
    """Text a reader copies: shown as written, and kept as plain text for the copy button (copy.js)."""

    NAME = "copie"
    ARGUMENT = True
    OPTIONS = pymdownx_options(NAME)

    def on_markdown(self) -> str:
        return "block"

    def on_create(self, parent: etree.Element) -> etree.Element:
        link_stylesheet(parent, self.config["renderer"], "copy")
        root = etree.SubElement(
            parent, "div", {"class": "pb-copy", "data-widget": "copy", "data-copy-label": self.argument.strip()}
        )
        etree.SubElement(root, "div", {"class": "pb-copy__text"})
        return root

    def on_add(self, block: etree.Element) -> etree.Element:
        return block[0]

    def on_inline_end(self, block: etree.Element) -> None:
        block.set("data-copy-text", to_text(block[0], self.md.htmlStash.rawHtmlBlocks))



class PlaybookBlocks(BlocksExtension):
    """The playbook's blocks, rendered by `renderer` (the site sets which page it renders for), and
    `more` blocks given by the parts of the playbook that have their own (the course's)."""

    def __init__(self, renderer: WidgetRenderer, more: tuple[type[Block], ...] = (), **kwargs: Any) -> None:
        self.renderer = renderer
        self.more = more
        super().__init__(**kwargs)

    def extendMarkdownBlocks(self, md, block_mgr) -> None:
        for block in (ChecklistBlock, DashboardBlock, VoiceBlock, CohortBlock, PlayBlock, CopyBlock, *self.more):
            block_mgr.register(block, {"renderer": self.renderer})
