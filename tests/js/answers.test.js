// Stored checklist answers: their shape, « na » included, and answers kept across versions.
const test = require("node:test");
const assert = require("node:assert/strict");
const { isStored, toStored, restore, changeSentence } = require("../../docs/assets/javascripts/widgets/answers.js");
const { checklists } = require("../fixtures/scoring-cases.json");

const checklist = checklists.quatre; // version 2, items a b c d, a scale of 4 steps

test("a stored value holds indexes or « na »", () => {
  assert.ok(isStored(toStored(checklist, { a: 1, b: "na" }, "2026-11-20T10:00:00Z")));
  for (const answers of [{ a: "NA" }, { a: -1 }, { a: 1.5 }, ["a"], { a: null }]) {
    assert.equal(isStored({ schema: 1, version: 2, answers }), false, JSON.stringify(answers));
  }
  assert.equal(isStored({ schema: 2, version: 2, answers: {} }), false);
});

test("answers to the same version come back as they were", () => {
  assert.deepEqual(restore(checklist, { version: 2, answers: { a: 3, b: "na" } }), { answers: { a: 3, b: "na" }, changed: null });
});

test("answers to an older version: those that still apply are kept, and the change is told", () => {
  const stored = { version: 1, items: ["a", "b", "gone"], answers: { a: 2, gone: 1, b: "na", c: 9 } };
  assert.deepEqual(restore(checklist, stored), {
    answers: { a: 2, b: "na" },
    changed: { from: 1, to: 2, added: 2, removed: 1, kept: 2 },
  });
});

test("what changed is told in one sentence from the catalogue", () => {
  const text = (key, params) => `${key}${JSON.stringify(params)}`;
  assert.equal(
    changeSentence({ from: 1, to: 2, added: 0, removed: 1, kept: 2 }, text),
    'checklist.updated{"from":1,"to":2,"changes":"checklist.removed{\\"count\\":1}, checklist.kept{\\"count\\":2}"}',
  );
});
