// Browser validation (ajv code compiled by scripts/validators.cjs + validation.js) gives the same
// French problems as Python's jsonschema + schemafr.py: the table tests/fixtures/schema-cases.json.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { compile } = require("../../scripts/validators.cjs");
const { problemsOf } = require("../../docs/assets/javascripts/widgets/validation.js");
const { closest } = require("../../docs/assets/javascripts/widgets/closest.js");
const { text: format } = require("../../docs/assets/javascripts/widgets/text.js");

const ROOT = path.resolve(__dirname, "../..");
const FILES = {
  "learner-record": "learner-record.schema.json",
  "learner-record-1": "learner-record-1.schema.json",
  voice: "voice.schema.json",
  "course-state": "course-state.schema.json",
  "learner-profile": "learner-profile.schema.json",
  "course-attestation": "course-attestation.schema.json",
};
const catalogue = Object.fromEntries(
  fs
    .readdirSync(path.join(ROOT, "playbook/messages"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name.slice(0, -5), JSON.parse(fs.readFileSync(path.join(ROOT, "playbook/messages", name), "utf8"))]),
);
const text = (key, params) => format(catalogue, key, params);

const validators = {};
const validator = (name) => {
  if (!validators[name]) {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "playbook/schemas", FILES[name]), "utf8"));
    const window = {};
    vm.runInNewContext(compile(name, schema), { window });
    validators[name] = window.PlaybookSocial.validators[name];
  }
  return validators[name];
};

const { cases } = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/schema-cases.json"), "utf8"));
for (const { title, schema, data, problems } of cases) {
  test(`${schema}: ${title}`, () => {
    const validate = validator(schema);
    const found = validate(data) ? [] : problemsOf(validate.errors, data, text, closest);
    assert.deepEqual(
      found.map((problem) => [problem.field, problem.message]),
      problems,
    );
  });
}

test("a schema keyword ajv does not know stops the compilation", () => {
  assert.throws(() => compile("x", { type: "object", "x-unknown": true }), /unknown keyword/);
});
