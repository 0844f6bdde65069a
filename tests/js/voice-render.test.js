// The guide's templates rendered by nunjucks, with the filters of voice-render.js, give what
// Jinja gives (tests/unit/test_voice.py holds the same fixtures): byte for byte.
const test = require("node:test");
const assert = require("node:assert/strict");
const nunjucks = require("nunjucks");
const { filters, render } = require("../../docs/assets/javascripts/widgets/voice-render.js");
const { read, json, yamlFixture } = require("./support.cjs");

for (const { filter, value, expected } of json("tests/fixtures/voice/filter-cases.json").cases) {
  test(`${filter}(${JSON.stringify(value)})`, () => {
    assert.equal(filters[filter](value), expected);
  });
}

test("the example guide renders as Jinja renders it, in Markdown and in HTML", () => {
  const templates = { md: read("playbook/templates/voice-guide.md.j2"), html: read("playbook/templates/voice-guide.html.j2") };
  const schema = json("playbook/schemas/voice.schema.json");
  const spec = yamlFixture("tests/fixtures/voice/good.yml");
  assert.equal(render(nunjucks, templates, schema, spec, "md"), read("tests/fixtures/voice/good.md"));
  assert.equal(render(nunjucks, templates, schema, spec, "html"), read("tests/fixtures/voice/good.html"));
});

test("empty optional lists render as absent ones, in nunjucks as in Jinja", () => {
  const templates = { md: read("playbook/templates/voice-guide.md.j2"), html: read("playbook/templates/voice-guide.html.j2") };
  const schema = json("playbook/schemas/voice.schema.json");
  const spec = { ...yamlFixture("tests/fixtures/voice/good.yml"), autres_situations: [], reecritures: [], canaux: [] };
  assert.equal(render(nunjucks, templates, schema, spec, "md"), read("tests/fixtures/voice/good.md"));
});
