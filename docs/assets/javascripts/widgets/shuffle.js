/*
 * A shuffle that a seed repeats: the order of a quiz attempt is drawn once, its seed stored with
 * the attempt, and a reload draws the same order. Seed 0 keeps the authors' order (a first
 * attempt reads as written). Pure logic, tested under Node (tests/js/shuffle.test.js).
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.shuffle = api;
})(typeof self !== "undefined" ? self : this, () => {
  /* mulberry32: a small, well-spread generator of numbers in [0, 1) from a 32-bit seed. */
  const generator = (seed) => {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };

  /* The indexes 0…count-1 in the order `seed` draws (Fisher–Yates); seed 0: in order. */
  const order = (seed, count) => {
    const indexes = [...Array(count).keys()];
    if (!seed) return indexes;
    const next = generator(seed);
    for (let index = count - 1; index > 0; index -= 1) {
      const other = Math.floor(next() * (index + 1));
      [indexes[index], indexes[other]] = [indexes[other], indexes[index]];
    }
    return indexes;
  };

  /* A new seed, never 0, different from `previous`. */
  const newSeed = (previous, random = Math.random) => {
    let seed;
    do seed = 1 + Math.floor(random() * 0x7ffffffe);
    while (seed === previous);
    return seed;
  };

  return { order, newSeed };
});
