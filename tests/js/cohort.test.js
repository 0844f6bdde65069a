// The cohort report's figures, tables and CSV rows (cohort-figures.js, cohort-tables.js) against the
// shared case table tests/fixtures/cohort-cases.json, which pytest runs on playbook/hr too.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { figures, dedupe } = require("../../docs/assets/javascripts/widgets/cohort-figures.js");
const { tables, csvRows } = require("../../docs/assets/javascripts/widgets/cohort-tables.js");
const { text: format } = require("../../docs/assets/javascripts/widgets/text.js");

const ROOT = path.resolve(__dirname, "../..");
const table = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/fixtures/cohort-cases.json"), "utf8"));
const catalogue = { cohort: JSON.parse(fs.readFileSync(path.join(ROOT, "playbook/messages/cohort.json"), "utf8")) };
const text = (key, params) => format(catalogue, key, params);

for (const { title, records, expected, tables: expectedTables, csv } of table.cases) {
  test(title, () => {
    const found = figures(table.data, records);
    assert.deepEqual(found, expected);
    if (expectedTables) assert.deepEqual(tables(table.data, found, text), expectedTables);
    if (csv) assert.deepEqual(csvRows(expectedTables, text), csv);
  });
}

test("the figures neither change the records nor depend on their order when no export ties", () => {
  const { records, expected } = table.cases[table.cases.length - 1];
  const before = JSON.stringify(records);
  assert.deepEqual(figures(table.data, [...records].reverse()), expected);
  assert.equal(JSON.stringify(records), before);
});
