"""A new voice guide's problems, given by the build to the generator page so that it loads the
validator only when needed, are those the browser's validator finds in the guide it starts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from playbook.voice.spec import schema
from playbook.voice.starter import starter, starter_problems
from playbook.voice.suggestions import load_suggestions

ROOT = Path(__file__).resolve().parents[2]
# voice-model.js's starter, checked by the ajv validator the build compiles, as the page does.
BROWSER = """
const vm = require("node:vm");
const { compile } = require("./scripts/validators.cjs");
const { problemsOf } = require("./docs/assets/javascripts/widgets/validation.js");
const { closest } = require("./docs/assets/javascripts/widgets/closest.js");
const model = require("./docs/assets/javascripts/widgets/voice-model.js");
const { json, text } = require("./tests/js/support.cjs");
const schema = json("playbook/schemas/voice.schema.json");
const suggestions = JSON.parse(process.argv[1]);
const sandbox = { window: {} };
vm.runInNewContext(compile("voice", schema), sandbox);
const validate = sandbox.window.PlaybookSocial.validators.voice;
const guide = model.starter(schema, suggestions, "2026-12-02");
const found = validate(guide) ? [] : problemsOf(validate.errors, guide, text, closest);
console.log(JSON.stringify({ guide, problems: found.map(({ path, keyword }) => ({ path, keyword })) }));
"""


def browser_answer(suggestions: dict) -> dict:
    result = subprocess.run(["node", "-e", BROWSER, json.dumps(suggestions)], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def canonical(problems: list[dict]) -> list[str]:
    return sorted(json.dumps(problem, sort_keys=True) for problem in problems)


def test_a_new_guide_and_its_problems_are_the_browsers():
    suggestions = load_suggestions().model_dump()
    browser = browser_answer(suggestions)
    assert starter(schema(), suggestions, "2026-12-02") == browser["guide"]
    ours = starter_problems(schema(), suggestions)
    assert canonical(ours) == canonical(browser["problems"])
    # The steps the reader fills in; not the tone (defaults) nor the words (the suggestions).
    assert {problem["path"][0] for problem in ours} == {"organisation", "mission", "responsable", "publics", "traits", "situations"}
