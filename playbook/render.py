"""Jinja2 templates of `playbook/templates/`: HTML escaped, Markdown as written."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from playbook.french import long_date
from playbook.messages import text
from playbook.templatecache import compiled_templates


@cache
def environment() -> Environment:
    env = Environment(
        bytecode_cache=compiled_templates("site"),
        loader=PackageLoader("playbook", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # `tojson` keeps the authors' key order (a guide exported as JSON reads like its YAML).
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "ensure_ascii": False}
    env.filters["long_date"] = long_date
    # The message catalogue, for sentences the browser also shows: {{ text("course.steps.quiz", title=…) }}.
    env.globals["text"] = text
    return env


def render(template: str, **context: object) -> str:
    """Render `playbook/templates/<template>` with `context`."""
    return environment().get_template(template).render(**context)
