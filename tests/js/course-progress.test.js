// The completion rules of course.yml (course-progress.js) against the shared case table
// tests/fixtures/course-progress-cases.json.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { progress } = require("../../docs/assets/javascripts/widgets/course-progress.js");

const table = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/course-progress-cases.json"), "utf8"));

/* `actual` restricted to the keys `expected` names, at every depth (lists compared item by item). */
const pick = (actual, expected) => {
  if (Array.isArray(expected)) return expected.map((item, index) => pick(actual[index], item));
  if (expected === null || typeof expected !== "object" || actual === null || typeof actual !== "object") return actual;
  return Object.fromEntries(Object.keys(expected).map((key) => [key, pick(actual[key], expected[key])]));
};

for (const { title, rules, learner, expected } of table.cases) {
  test(title, () => {
    const course = { ...table.course, rules: rules || table.course.rules };
    assert.deepEqual(pick(progress(course, learner), expected), expected);
  });
}

test("the learner may be missing altogether", () => {
  assert.equal(progress(table.course, undefined).modules[0].status, "todo");
});
