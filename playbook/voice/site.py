"""The voice guide on the site: the organisation's own guide (`extra.voice`) as the « Notre voix »
page, and what the generator page needs (schema, suggestions, templates, checker thresholds, example)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from playbook import french
from playbook.render import render as render_template
from playbook.voice.checker import rules
from playbook.voice.guide import render, template_source
from playbook.voice.spec import load_spec, schema
from playbook.voice.starter import starter_problems
from playbook.voice.suggestions import Suggestions, load_suggestions

EXAMPLE_FILE = "exercises/voix/exemple.yml"
PAGE = "notre-voix.md"
EXAMPLE_BANNER = "voice-example-banner.md"  # shown above the guide while it is the example


@dataclass(frozen=True)
class VoiceSite:
    """The site's own guide (or None), the example the generator starts from, and its suggestions."""

    guide: dict | None
    example: dict
    suggestions: Suggestions
    guide_is_example: bool = False

    @classmethod
    def load(cls, root: Path, voice_file: str | None) -> VoiceSite:
        """Read `extra.voice` (if set), the example and the suggestions; raises ContentErrors on a bad file."""
        guide = load_spec(root / voice_file, shown_as=voice_file) if voice_file else None
        example = guide or load_spec(root / EXAMPLE_FILE, shown_as=EXAMPLE_FILE)
        is_example = voice_file is not None and (root / voice_file).resolve() == (root / EXAMPLE_FILE).resolve()
        return cls(guide=guide, example=example, suggestions=load_suggestions(), guide_is_example=is_example)

    def page_markdown(self) -> str:
        """« Notre voix »: the guide from the same Markdown template as the exports, under a banner
        while it is the fictional example that comes with the playbook."""
        organisation = self.guide["organisation"]
        description = f"Le guide de voix {french.de(organisation)}\u00a0: notre caractère, notre ton selon les situations, nos mots."
        return (
            "---\n"
            "title: Notre voix\n"
            f"description: {json.dumps(description, ensure_ascii=False)}\n"
            "---\n\n"
            + (render_template(EXAMPLE_BANNER) if self.guide_is_example else "")
            + render(self.guide, "md")
            + "\n[Adapter ce guide avec le générateur](definir-notre-voix.md){ .md-button }\n"
        )

    def generator_data(self) -> dict:
        suggestions = self.suggestions.model_dump()
        return {
            "schema": schema(),
            "suggestions": suggestions,
            "starterProblems": starter_problems(schema(), suggestions),
            "templates": {kind: template_source(kind) for kind in ("md", "html")},
            "rules": rules(),
            "example": self.example,
        }
