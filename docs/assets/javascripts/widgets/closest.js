/*
 * « Vouliez-vous dire… » in the browser: the closest of some words to a misspelt one, by the
 * same measure as Python's difflib.get_close_matches (Ratcliff/Obershelp ratio, cutoff 0.6),
 * so that a misspelt key gets the same hint in the browser and on the command line.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else (root.PlaybookSocial = root.PlaybookSocial || {}).closest = api.closest;
})(typeof self !== "undefined" ? self : this, () => {
  /* The longest common block of a[alo:ahi] and b[blo:bhi], as difflib's find_longest_match finds it. */
  const longestMatch = (a, b2j, alo, ahi, blo, bhi) => {
    let [besti, bestj, bestsize] = [alo, blo, 0];
    let j2len = new Map();
    for (let i = alo; i < ahi; i += 1) {
      const next = new Map();
      for (const j of b2j.get(a[i]) || []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) || 0) + 1;
        next.set(j, k);
        if (k > bestsize) [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k];
      }
      j2len = next;
    }
    return [besti, bestj, bestsize];
  };

  const ratio = (a, b) => {
    const b2j = new Map();
    [...b].forEach((char, index) => b2j.set(char, [...(b2j.get(char) || []), index]));
    const [aa, bb] = [[...a], [...b]];
    let matches = 0;
    const queue = [[0, aa.length, 0, bb.length]];
    while (queue.length) {
      const [alo, ahi, blo, bhi] = queue.pop();
      const [i, j, k] = longestMatch(aa, b2j, alo, ahi, blo, bhi);
      if (!k) continue;
      matches += k;
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
    const total = aa.length + bb.length;
    return total ? (2 * matches) / total : 1;
  };

  /* The best match of `word` among `choices` (ratio ≥ 0.6), or null; ties go as in difflib. */
  const closest = (word, choices, cutoff = 0.6) => {
    const scored = choices.map((choice) => [ratio(choice, word), choice]).filter(([score]) => score >= cutoff);
    scored.sort(([s1, c1], [s2, c2]) => s2 - s1 || (c1 < c2 ? 1 : c1 > c2 ? -1 : 0));
    return scored.length ? scored[0][1] : null;
  };

  return { closest, ratio };
});
