// The seeded shuffle of quiz attempts: the same seed, the same order; seed 0, the authors' order.
const test = require("node:test");
const assert = require("node:assert/strict");
const { order, newSeed } = require("../../docs/assets/javascripts/widgets/shuffle.js");

test("seed 0 keeps the order as written", () => {
  assert.deepEqual(order(0, 5), [0, 1, 2, 3, 4]);
});

test("a seed always draws the same permutation of every index", () => {
  const first = order(12345, 8);
  assert.deepEqual(order(12345, 8), first);
  assert.deepEqual([...first].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7]);
});

test("different seeds draw different orders, and every place gets every index", () => {
  const seen = new Set();
  const firsts = new Set();
  for (let seed = 1; seed <= 200; seed += 1) {
    const drawn = order(seed, 4);
    seen.add(drawn.join());
    firsts.add(drawn[0]);
  }
  assert.ok(seen.size > 12, `only ${seen.size} orders out of 24`);
  assert.deepEqual([...firsts].sort(), [0, 1, 2, 3]);
});

test("a new seed is never 0 nor the previous one", () => {
  assert.equal(newSeed(undefined, () => 0), 1);
  const previous = 1 + Math.floor(0.5 * 0x7ffffffe);
  const draws = [0.5, 0.25];
  assert.equal(newSeed(previous, () => draws.shift()), 1 + Math.floor(0.25 * 0x7ffffffe));
});
