// The draft checker in JavaScript gives the findings and the stems Python gives:
// tests/fixtures/voice/checker-cases.json, also run by tests/unit/test_voice.py.
const test = require("node:test");
const assert = require("node:assert/strict");
const { stemmer } = require("@orama/stemmers/french");
const { check, counts } = require("../../docs/assets/javascripts/widgets/voice-checker.js");
const { json, text } = require("./support.cjs");

const { lexique, cases, stems } = json("tests/fixtures/voice/checker-cases.json");
const { rules } = json("playbook/schemas/voice-checker.json");

for (const [word, expected] of stems) {
  test(`stem of ${word}`, () => assert.equal(stemmer(word), expected));
}

for (const { name, draft, phrase_max: limit, expected } of cases) {
  test(name, () => {
    const found = check(draft, { phrase_max: limit, lexique }, rules, { stem: stemmer, text });
    assert.deepEqual(
      found.map(({ rule, line, column, text: words, message }) => ({ rule, line, column, text: words, message })),
      expected,
    );
  });
}

test("counts name every rule", () => {
  const found = check("Nos cibles !!", { phrase_max: 30, lexique }, rules, { stem: stemmer, text });
  assert.deepEqual(counts(found, rules), { "mot-a-eviter": 1, majuscules: 0, exclamations: 1, "phrase-longue": 0 });
});
