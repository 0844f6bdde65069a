/*
 * A checklist's score and level from a reader's answers. An answer is the index of a step of the
 * checklist's scale, or "na" (« Ne s’applique pas »): such an item counts as answered but is left
 * out of the score. Pure logic, run by the widgets and, under Node, by tests/js/scoring.test.js
 * against the case table tests/fixtures/scoring-cases.json.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.scoring = api;
})(typeof self !== "undefined" ? self : this, () => {
  const NOT_APPLICABLE = "na";

  const isStep = (checklist, choice) => Number.isInteger(choice) && choice >= 0 && choice < checklist.scale.length;

  /* A valid answer to an item: a step of the scale or "na"; anything else counts as no answer. */
  const isAnswer = (checklist, choice) => choice === NOT_APPLICABLE || isStep(checklist, choice);

  const maxPoints = (checklist) => Math.max(...checklist.scale.map((step) => step.points));

  /* The index of the highest level whose threshold `percent` reaches. */
  const levelIndexOf = (checklist, percent) => {
    let found = 0;
    checklist.levels.forEach((level, index) => {
      if (level.min <= percent) found = index;
    });
    return found;
  };

  /*
   * {total, answered, notApplicable, scored, complete, percent, level, levelIndex}: `answered`
   * counts "na" answers, `scored` does not; `percent` (rounded half up) is over the scored items'
   * weighted points, null while none is scored. Answers to unknown items or off the scale are ignored.
   */
  const score = (checklist, answers) => {
    const max = maxPoints(checklist);
    let earned = 0;
    let possible = 0;
    let answered = 0;
    let notApplicable = 0;
    for (const item of checklist.items) {
      const choice = answers[item.id];
      if (!isAnswer(checklist, choice)) continue;
      answered += 1;
      if (choice === NOT_APPLICABLE) {
        notApplicable += 1;
        continue;
      }
      earned += item.weight * checklist.scale[choice].points;
      possible += item.weight * max;
    }
    const total = checklist.items.length;
    const scored = answered - notApplicable;
    const base = { total, answered, notApplicable, scored, complete: answered === total };
    if (!scored) return { ...base, percent: null, level: null, levelIndex: -1 };
    const percent = possible ? Math.round((100 * earned) / possible) : 0;
    const levelIndex = levelIndexOf(checklist, percent);
    return { ...base, percent, level: checklist.levels[levelIndex], levelIndex };
  };

  /* 0 (lowest step) to 1 (highest) for a scored answer; null for "na" or no answer. */
  const ratio = (checklist, choice) => {
    if (!isStep(checklist, choice)) return null;
    const max = maxPoints(checklist);
    return max ? checklist.scale[choice].points / max : 1;
  };

  return { NOT_APPLICABLE, isAnswer, score, ratio };
});
