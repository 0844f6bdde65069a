/*
 * A checklist's score and level from answers — the same rules as playbook/scoring.py. Pure logic:
 * under Node it exports {score} (the cohort report's figures use it, tests/js/cohort.test.js).
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
  /* answers: item id → index of the chosen step, or "na". Answers off the scale, "na" or to unknown items are left out. */
  const score = (checklist, answers) => {
    const max = Math.max(...checklist.scale.map((step) => step.points));
    let earned = 0;
    let possible = 0;
    let answered = 0;
    for (const item of checklist.items) {
      const choice = answers[item.id];
      if (!Number.isInteger(choice) || choice < 0 || choice >= checklist.scale.length) continue;
      answered += 1;
      earned += item.weight * checklist.scale[choice].points;
      possible += item.weight * max;
    }
    const total = checklist.items.length;
    if (!answered) return { answered, total, percent: null, level: null, levelIndex: -1 };
    const percent = possible ? Math.round((100 * earned) / possible) : 0;
    let levelIndex = 0;
    checklist.levels.forEach((level, index) => {
      if (level.min <= percent) levelIndex = index;
    });
    return { answered, total, percent, level: checklist.levels[levelIndex], levelIndex };
  };

  return { score };
});
