/*
 * Where a learner stands in the course: the completion rules of exercises/course.yml applied to
 * what their browser stored. Pure logic, the one place that decides it: the path page, the module
 * pages, the navigation marks, the attestation, the learner record (and SCORM and xAPI) all call
 * `progress`. Under Node it exports {progress, stepDone} for tests/js/course-progress.test.js
 * (cases in tests/fixtures/course-progress-cases.json).
 *
 * progress(course, learner) →
 *   { modules: [{ id, status: "todo" | "started" | "done", done, total, next (index of the first
 *                 unfinished step, -1 when done), minutes, minutesLeft, completedAt (ISO | null),
 *                 steps: [{ done, at (ISO | null) }] }],
 *     done, total (modules), stepsDone, stepsTotal, percent (of steps),
 *     next: { module, step } (indexes of the first unfinished step, following the module order) | null,
 *     completedAt (ISO, when every module is done) | null }
 *
 * course (the build's data, see playbook/course/data.py): { rules: { sections, quiz, scenario,
 *   reflection, checklist }, modules: [{ id, passMark, steps: [{ kind: "section", key, minutes } |
 *   { kind: "quiz", id, minutes } | { kind: "scenario", id, criteria: [ids], minutes } |
 *   { kind: "reflection", id, prompts: [ids], minutes } | { kind: "checklist", id, items: [ids], minutes }] }] }
 * learner: { course: the stored course state or null, checklists: { id: stored checklist value } }
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.courseProgress = api;
})(typeof self !== "undefined" ? self : this, () => {
  const COLLECTIONS = { quiz: "quizzes", scenario: "scenarios", reflection: "reflections" };
  const filled = (text) => typeof text === "string" && text.trim() !== "";
  const latest = (dates) => dates.filter(Boolean).sort().pop() || null;

  /* How many of a reflection's prompts are answered: its texts, or the count an imported record gave. */
  const answeredPrompts = (step, entry) => {
    const answers = (entry && entry.answers) || {};
    const written = step.prompts.filter((id) => filled(answers[id])).length;
    return Math.max(written, (entry && entry.answered) || 0);
  };

  /* {done, at, touched}: the step complete by the rule of its kind; `touched` when the learner began it. */
  const stepDone = (step, module, rules, learner) => {
    const state = learner.course || {};
    if (step.kind === "section") {
      const at = (state.sections || {})[step.key] || null;
      return { done: Boolean(at), at, touched: Boolean(at) };
    }
    if (step.kind === "checklist") {
      const stored = (learner.checklists || {})[step.id];
      const answers = (stored && stored.answers) || {};
      const answered = step.items.filter((id) => answers[id] !== undefined && answers[id] !== null).length;
      const done = rules.checklist === "started" ? answered > 0 : answered === step.items.length;
      return { done, at: done ? stored.updatedAt || null : null, touched: answered > 0 };
    }
    const entry = (state[COLLECTIONS[step.kind]] || {})[step.id] || null;
    if (!entry) return { done: false, at: null, touched: false };
    let done;
    if (step.kind === "quiz") {
      const attempted = entry.attempts > 0;
      done = rules.quiz === "attempted" ? attempted : attempted && entry.best >= module.passMark;
    } else if (step.kind === "scenario") {
      const answered = filled(entry.answer) || entry.revealed === true;
      const ratings = entry.ratings || {};
      const rated = entry.revealed === true && step.criteria.every((id) => [0, 1, 2].includes(ratings[id]));
      done = rules.scenario === "answered" ? answered : answered && rated;
    } else {
      const count = answeredPrompts(step, entry);
      done = rules.reflection === "started" ? count > 0 : count >= step.prompts.length;
    }
    return { done, at: done ? entry.updatedAt || null : null, touched: true };
  };

  const moduleProgress = (module, rules, learner) => {
    const results = module.steps.map((step) => stepDone(step, module, rules, learner));
    const done = results.filter((result) => result.done).length;
    const total = module.steps.length;
    const next = results.findIndex((result) => !result.done);
    const status = done === total ? "done" : results.some((result) => result.touched) ? "started" : "todo";
    return {
      id: module.id,
      status,
      done,
      total,
      next,
      minutes: module.steps.reduce((sum, step) => sum + step.minutes, 0),
      minutesLeft: module.steps.reduce((sum, step, index) => sum + (results[index].done ? 0 : step.minutes), 0),
      completedAt: status === "done" ? latest(results.map((result) => result.at)) : null,
      steps: results.map(({ done: isDone, at }) => ({ done: isDone, at })),
    };
  };

  const progress = (course, learner) => {
    const modules = course.modules.map((module) => moduleProgress(module, course.rules, learner || {}));
    const stepsDone = modules.reduce((sum, module) => sum + module.done, 0);
    const stepsTotal = modules.reduce((sum, module) => sum + module.total, 0);
    const first = modules.findIndex((module) => module.status !== "done");
    const done = modules.filter((module) => module.status === "done").length;
    return {
      modules,
      done,
      total: modules.length,
      stepsDone,
      stepsTotal,
      percent: stepsTotal ? Math.round((100 * stepsDone) / stepsTotal) : 0,
      next: first === -1 ? null : { module: first, step: modules[first].next },
      completedAt: first === -1 ? latest(modules.map((module) => module.completedAt)) : null,
    };
  };

  return { progress, stepDone };
});
