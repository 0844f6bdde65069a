/*
 * The cohort report's figures from learner records: the same pure function as
 * playbook/hr/figures.py (read its docstring for what each figure means), held to the same answers
 * by tests/fixtures/cohort-cases.json (tests/js/cohort.test.js and tests/unit/test_hr_figures.py).
 * Under Node it exports {figures, dedupe, learnerKey, canonical}.
 */
((root, factory) => {
  const node = typeof module === "object" && module.exports;
  const api = factory(node ? require("./scoring.js") : root.PlaybookSocial.scoring);
  if (node) {
    module.exports = api;
    return;
  }
  root.PlaybookSocial.cohortFigures = api;
})(typeof self !== "undefined" ? self : this, (scoring) => {
  const STATUSES = ["done", "started", "todo"];
  const get = (object, key) => (object && object[key]) || null;

  /* JSON with sorted keys and no spaces, as canonical() in figures.py. */
  const canonical = (value) => {
    if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
    if (value !== null && typeof value === "object") {
      return `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
        .join(",")}}`;
    }
    return JSON.stringify(value);
  };

  const learnerKey = (record) => {
    if (record.version === 1) {
      const { exportedAt, ...content } = record;
      return `v1:${canonical(content)}`;
    }
    return `id:${record.learner.id}`;
  };

  /* {kept: one record per learner (the newest export, the first on a tie), duplicates}. */
  const dedupe = (records) => {
    const kept = new Map();
    for (const record of records) {
      const key = learnerKey(record);
      const previous = kept.get(key);
      if (!previous || Date.parse(record.exportedAt) > Date.parse(previous.exportedAt)) kept.set(key, record);
    }
    return { kept: [...kept.values()], duplicates: records.length - kept.size };
  };

  const courseOf = (data, record) => (record.course && record.course.id === data.course.id ? record.course : null);
  const statusOf = (course, moduleId) => (get(get(course, "modules"), moduleId) || {}).status || "todo";

  const checklistScore = (checklist, entry) => {
    if (!entry) return { score: null, partial: false };
    const answers = entry.answers || {};
    if (!Object.keys(answers).length) return { score: entry.score === undefined ? null : entry.score, partial: false };
    const { percent } = scoring.score(checklist, answers);
    return { score: percent, partial: checklist.items.some((item) => !(item.id in answers)) };
  };

  const moduleFigures = (data, courses) =>
    data.course.modules.map((module) => {
      const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
      for (const course of courses) counts[statusOf(course, module.id)] += 1;
      return { id: module.id, ...counts };
    });

  const quizFigures = (data, courses) =>
    data.quizzes.map((quiz) => {
      const bands = data.bands.map(() => 0);
      let attempted = 0;
      let passed = 0;
      for (const course of courses) {
        const entry = get(get(course, "quizzes"), quiz.id);
        if (!entry || entry.attempts < 1) continue;
        attempted += 1;
        if (entry.best >= quiz.passMark) passed += 1;
        bands[data.bands.reduce((found, low, index) => (entry.best >= low ? index : found), 0)] += 1;
      }
      return { id: quiz.id, attempted, passed, passRate: attempted ? Math.round((100 * passed) / attempted) : null, bands };
    });

  const domainFigures = (data, records) => {
    const domains = new Map();
    for (const checklist of data.checklists) {
      if (!domains.has(checklist.domaine)) domains.set(checklist.domaine, { scores: [], learners: new Set(), partial: new Set() });
      const domain = domains.get(checklist.domaine);
      records.forEach((record, index) => {
        const { score, partial } = checklistScore(checklist, get(record.checklists, checklist.id));
        if (score === null) return;
        domain.scores.push(score);
        domain.learners.add(index);
        if (partial) domain.partial.add(index);
      });
    }
    return [...domains].map(([domaine, domain]) => ({
      domaine,
      learners: domain.learners.size,
      partial: domain.partial.size,
      mean: domain.scores.length ? Math.round(domain.scores.reduce((sum, score) => sum + score, 0) / domain.scores.length) : null,
    }));
  };

  /* found: [{part, whole, order, row}] → rows by part/whole (integers cross-multiplied), then most answered, then order. */
  const weakest = (found, top, lowest) =>
    found
      .sort((a, b) => {
        const share = a.part * b.whole - b.part * a.whole;
        if (share) return lowest ? share : -share;
        return b.row.answered - a.row.answered || a.order - b.order;
      })
      .slice(0, top)
      .map((entry) => entry.row);

  const weakestItems = (data, records) => {
    const found = [];
    for (const checklist of data.checklists) {
      const points = checklist.scale.map((step) => step.points);
      const top = Math.max(...points);
      const everyAnswers = records.map((record) => get(get(record.checklists, checklist.id), "answers")).filter(Boolean);
      for (const item of checklist.items) {
        let answered = 0;
        let na = 0;
        let earned = 0;
        for (const answers of everyAnswers) {
          const choice = answers[item.id];
          if (choice === "na") na += 1;
          else if (Number.isInteger(choice) && choice >= 0 && choice < points.length) {
            answered += 1;
            earned += points[choice];
          }
        }
        if (answered && earned < answered * top) {
          const row = { checklist: checklist.id, item: item.id, answered, na, ratio: Math.round((100 * earned) / (answered * top)) };
          found.push({ part: earned, whole: answered * top, order: found.length, row });
        }
      }
    }
    return weakest(found, data.top, true);
  };

  const weakestQuestions = (data, courses) => {
    const found = [];
    for (const quiz of data.quizzes) {
      const everyLast = courses.map((course) => get(get(get(course, "quizzes"), quiz.id), "questions")).filter(Boolean);
      for (const question of quiz.questions) {
        let answered = 0;
        let wrong = 0;
        for (const questions of everyLast) {
          const last = questions[question.id];
          if (typeof last !== "boolean") continue;
          answered += 1;
          if (!last) wrong += 1;
        }
        if (wrong) {
          const row = { quiz: quiz.id, question: question.id, answered, wrong, wrongRate: Math.round((100 * wrong) / answered) };
          found.push({ part: wrong, whole: answered, order: found.length, row });
        }
      }
    }
    return weakest(found, data.top, false);
  };

  const figures = (data, records) => {
    const { kept, duplicates } = dedupe(records);
    const courses = kept.map((record) => courseOf(data, record));
    const statuses = courses.map((course) => data.course.modules.map((module) => statusOf(course, module.id)));
    return {
      records: records.length,
      duplicates,
      learners: kept.length,
      started: statuses.filter((row) => row.some((status) => status !== "todo")).length,
      completed: statuses.filter((row) => row.length > 0 && row.every((status) => status === "done")).length,
      modules: moduleFigures(data, courses),
      quizzes: quizFigures(data, courses),
      domains: domainFigures(data, kept),
      weakItems: weakestItems(data, kept),
      weakQuestions: weakestQuestions(data, courses),
    };
  };

  return { figures, dedupe, learnerKey, canonical };
});
