/*
 * The learner record (playbook/schemas/learner-record.schema.json, version 2; version 1 still
 * imports): built from what the browser stores, read back into storage on another device.
 * Pure logic, tested under Node (tests/js/record.test.js); record-view.js is its component.
 *
 *   fromStorage(snapshot, site, {now, scores, progress}) → record
 *       snapshot: {profile, checklists: {id: stored}, course: state | null}; site: {course, checklists};
 *       scores: the checklists' scoring (scoring.js); progress: course-progress's answer for the snapshot
 *   upgrade(v1, learnerId) → v2                         a v1 file, as v2
 *   schemaOf(data) → "learner-record" | "learner-record-1" | {future: version}
 *   incoming(record, snapshot, site, {now, progress(state, checklists), restore(checklist, entry)})
 *       → {profile, checklists, course, changes, ignored}: the values a record would write, and what
 *       would change ([message key, parameters]), for the reader to confirm
 *   fileName(name, day) → "dossier-camille-martin-2026-11-28.json"
 * Texts (scenario answers, reflections) go in a record only when the learner asked (includeTexts).
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.record = api;
})(typeof self !== "undefined" ? self : this, () => {
  const SCHEMA = "playbook-social/learner-record";
  const VERSION = 2;
  const filled = (text) => typeof text === "string" && text.trim() !== "";
  const count = (object) => Object.keys(object || {}).length;

  const envelope = (profile, now, includesTexts) => ({
    schema: SCHEMA,
    version: VERSION,
    exportedAt: now,
    learner: profile.name ? { id: profile.id, name: profile.name } : { id: profile.id },
    includesTexts,
  });

  const checklistEntry = (checklist, answers, updatedAt, score) => {
    const outcome = score(checklist, answers);
    return { version: checklist.version, updatedAt, answers, score: outcome.percent, level: outcome.level ? outcome.level.name : null };
  };

  /* The course part of a record: computed statuses, scores, sections, and texts only if asked. */
  const courseEntry = (course, state, progress, texts) => {
    const modules = {};
    progress.modules.forEach((module) => {
      modules[module.id] = { status: module.status, done: module.done, total: module.total };
      if (module.completedAt) modules[module.id].completedAt = module.completedAt;
    });
    const entry = { id: course.id, version: course.version, modules, sections: { ...state.sections }, quizzes: {}, scenarios: {}, reflections: {} };
    if (progress.completedAt) entry.completedAt = progress.completedAt;
    for (const [id, quiz] of Object.entries(state.quizzes)) {
      if (quiz.attempts < 1) continue;
      const { attempts, best, last, passed, questions, updatedAt } = quiz;
      entry.quizzes[id] = { attempts, best, last, passed, questions: questions || {}, ...(updatedAt ? { updatedAt } : {}) };
    }
    for (const [id, scenario] of Object.entries(state.scenarios)) {
      const item = { answered: filled(scenario.answer) || scenario.revealed === true, ratings: { ...scenario.ratings } };
      if (scenario.updatedAt) item.updatedAt = scenario.updatedAt;
      if (texts && filled(scenario.answer)) item.answer = scenario.answer;
      entry.scenarios[id] = item;
    }
    for (const [id, reflection] of Object.entries(state.reflections)) {
      const answers = Object.fromEntries(Object.entries(reflection.answers).filter(([, text]) => filled(text)));
      const item = { answered: Math.max(count(answers), reflection.answered || 0) };
      if (reflection.updatedAt) item.updatedAt = reflection.updatedAt;
      if (texts && count(answers)) item.answers = answers;
      entry.reflections[id] = item;
    }
    return entry;
  };

  const fromStorage = (snapshot, site, { now, scores, progress }) => {
    const texts = snapshot.profile.includeTexts === true;
    const record = { ...envelope(snapshot.profile, now, texts), checklists: {} };
    for (const checklist of site.checklists) {
      const stored = snapshot.checklists[checklist.id];
      if (!stored || !count(stored.answers)) continue;
      record.checklists[checklist.id] = checklistEntry(checklist, stored.answers, stored.updatedAt || now, scores);
    }
    if (snapshot.course) record.course = courseEntry(site.course, snapshot.course, progress, texts);
    return record;
  };

  const upgrade = (v1, learnerId) => ({ ...v1, version: VERSION, learner: { id: learnerId }, includesTexts: false });

  const schemaOf = (data) => {
    const versioned = data !== null && typeof data === "object" && data.schema === SCHEMA && Number.isInteger(data.version);
    if (versioned && data.version > VERSION) return { future: data.version };
    return versioned && data.version === 1 ? "learner-record-1" : "learner-record";
  };

  /* « 2 modules terminés sur 6, 12 sections lues, 1 quiz réussi »: the parts of a course summary. */
  const courseSummary = (state, progress) => ({
    modules: progress.done,
    total: progress.total,
    sections: count(state && state.sections),
    quizzes: Object.values((state && state.quizzes) || {}).filter((quiz) => quiz.passed).length,
  });

  /* The course state a record describes; texts absent from the file stay those of this browser. */
  const courseState = (record, local, now) => {
    const course = record.course;
    const previous = local || { scenarios: {}, reflections: {} };
    const state = { schema: 1, version: course.version, sections: { ...(course.sections || {}) }, quizzes: {}, scenarios: {}, reflections: {}, updatedAt: now };
    for (const [id, quiz] of Object.entries(course.quizzes || {})) state.quizzes[id] = { ...quiz, questions: { ...(quiz.questions || {}) } };
    for (const [id, scenario] of Object.entries(course.scenarios || {})) {
      const kept = (previous.scenarios[id] || {}).answer || "";
      const answer = scenario.answer !== undefined ? scenario.answer : kept;
      const ratings = { ...(scenario.ratings || {}) };
      const item = { answer, revealed: count(ratings) > 0 || (scenario.answered && !filled(answer)), ratings };
      if (scenario.updatedAt) item.updatedAt = scenario.updatedAt;
      state.scenarios[id] = item;
    }
    for (const [id, reflection] of Object.entries(course.reflections || {})) {
      const answers = reflection.answers || (previous.reflections[id] || {}).answers || {};
      const item = { answers: { ...answers } };
      if (reflection.answered > Object.values(answers).filter(filled).length) item.answered = reflection.answered;
      if (reflection.updatedAt) item.updatedAt = reflection.updatedAt;
      state.reflections[id] = item;
    }
    return state;
  };

  const incoming = (record, snapshot, site, { now, progress, restore }) => {
    const changes = [];
    const ignored = [];
    const result = { profile: null, checklists: {}, course: null, changes, ignored };
    const name = record.learner.name;
    if (record.learner.id !== snapshot.profile.id || (name && name !== snapshot.profile.name)) {
      result.profile = { ...snapshot.profile, id: record.learner.id, updatedAt: now };
      if (name) result.profile.name = name;
      if (name && snapshot.profile.name && name !== snapshot.profile.name) changes.push(["nameReplace", { incoming: name, current: snapshot.profile.name }]);
      else if (name && !snapshot.profile.name) changes.push(["nameNew", { incoming: name }]);
    }
    const byId = new Map(site.checklists.map((checklist) => [checklist.id, checklist]));
    for (const [id, entry] of Object.entries(record.checklists)) {
      const checklist = byId.get(id);
      if (!checklist) {
        ignored.push(id);
        continue;
      }
      const stored = restore(checklist, entry);
      stored.updatedAt = entry.updatedAt || now;
      result.checklists[id] = stored;
      const current = count(snapshot.checklists[id] && snapshot.checklists[id].answers);
      const params = { title: checklist.title, count: count(stored.answers), total: checklist.items.length, current };
      changes.push([current ? "checklistReplace" : "checklistNew", params]);
    }
    if (record.course && record.course.id === site.course.id) {
      result.course = courseState(record, snapshot.course, now);
      const after = courseSummary(result.course, progress(result.course, { ...snapshot.checklists, ...result.checklists }));
      const before = snapshot.course && courseSummary(snapshot.course, progress(snapshot.course, snapshot.checklists));
      changes.push(before ? ["courseReplace", { incoming: after, current: before }] : ["courseNew", { incoming: after }]);
      const texts = Object.values(record.course.scenarios || {}).filter((s) => s.answer !== undefined).length +
        Object.values(record.course.reflections || {}).filter((r) => r.answers !== undefined).length;
      changes.push(texts ? ["textsIncluded", { count: texts }] : ["textsKept", {}]);
    } else if (record.course) {
      ignored.push(record.course.id);
    }
    return result;
  };

  /* An ASCII slug of the learner's name in the file name, when they gave one. */
  const fileName = (name, day) => {
    const slug = (name || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/g, "");
    return slug ? `dossier-${slug}-${day}.json` : `dossier-${day}.json`;
  };

  return { SCHEMA, VERSION, envelope, checklistEntry, courseEntry, fromStorage, upgrade, schemaOf, incoming, fileName };
});
