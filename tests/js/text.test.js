// The message formatter: the same table of cases as tests/unit/test_messages.py.
const test = require("node:test");
const assert = require("node:assert/strict");
const { text } = require("../../docs/assets/javascripts/widgets/text.js");
const { catalogue, cases } = require("../fixtures/messages-cases.json");

for (const { key, params, text: expected, error } of cases) {
  test(`${key} ${JSON.stringify(params)}`, () => {
    if (error) assert.throws(() => text(catalogue, key, params), (thrown) => thrown.message.includes(error));
    else assert.equal(text(catalogue, key, params), expected);
  });
}
