// Checklist scoring, « ne s’applique pas » included: the case table tests/fixtures/scoring-cases.json.
const test = require("node:test");
const assert = require("node:assert/strict");
const { score, ratio } = require("../../docs/assets/javascripts/widgets/scoring.js");
const { checklists, cases } = require("../fixtures/scoring-cases.json");

for (const { title, checklist, answers, expected } of cases) {
  test(title, () => {
    const outcome = score(checklists[checklist], answers);
    const { level, levelIndex, ...counts } = outcome;
    assert.deepEqual({ ...counts, level: level ? level.name : null }, expected);
    assert.equal(levelIndex, level ? checklists[checklist].levels.indexOf(level) : -1);
  });
}

test("an answer's ratio runs from 0 to 1; « na » and no answer have none", () => {
  const checklist = checklists.quatre;
  assert.deepEqual([0, 1, 3, "na", undefined, 9].map((choice) => ratio(checklist, choice)), [0, 1 / 3, 1, null, null, null]);
});
