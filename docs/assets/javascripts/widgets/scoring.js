/* A checklist's score and level from answers — the same rules as playbook/scoring.py. */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});

  /* answers: item id → index of the chosen step. Answers off the scale or to unknown items are ignored. */
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

  PS.scoring = { score };
})();
