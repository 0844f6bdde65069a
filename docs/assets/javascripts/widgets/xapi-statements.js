/*
 * The xAPI statements a change of the learner's stored values stands for, as pure functions: the
 * xAPI sender (xapi.js) calls them on each write, tests/js/xapi.test.js checks them under Node.
 * The contract is shared with `playbook hr pull` (docs: the brief's statement contract):
 *   experienced  a section read            <base>/sections/<chapter-slug>/<anchor>
 *   answered     a quiz question checked   <base>/parcours/<course>/quiz/<quiz>/questions/<question>
 *   passed/failed a quiz attempt finished  <base>/parcours/<course>/quiz/<quiz>
 *   completed    a module, the course, a checklist (score in percent, never its answers)
 * Texts the learner writes (scenarios, reflections) are never in a statement.
 *
 * statements(change, context) → [statement without id]
 *   change: {kind: "course" | "checklist", id, before (stored value or null), after (stored value)}
 *   context: {base, course (the build's course data), learner ({course, checklists} after the
 *     change), actor, progress (course-progress.js's function), score (checklistId, answers) →
 *     percent | null, checklistItems: {id: [item ids]}, now (ISO)}
 * actor(base, profile) → the learner as an xAPI Agent: a random id, and the name only when typed.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.xapiStatements = api;
})(typeof self !== "undefined" ? self : this, () => {
  const ADL = "http://adlnet.gov/expapi";
  const verb = (name) => ({ id: `${ADL}/verbs/${name}`, display: { "en-US": name } });
  const TYPES = {
    course: `${ADL}/activities/course`,
    module: `${ADL}/activities/module`,
    quiz: `${ADL}/activities/assessment`,
    question: `${ADL}/activities/cmi.interaction`,
    section: "http://activitystrea.ms/schema/1.0/article",
    checklist: `${ADL}/activities/assessment`,
  };
  const LETTERS = "abcdefghijklmnopqrstuvwxyz";

  const ids = (base, courseId) => {
    const course = `${base}/parcours/${courseId}`;
    return {
      course,
      module: (id) => `${course}/modules/${id}`,
      quiz: (id) => `${course}/quiz/${id}`,
      question: (quiz, id) => `${course}/quiz/${quiz}/questions/${id}`,
      section: (key) => `${base}/sections/${key.replace("#", "/")}`,
      checklist: (id) => `${base}/grilles/${id}`,
    };
  };

  const activity = (id, type, title, extra = {}) => ({
    objectType: "Activity",
    id,
    definition: { type, ...(title ? { name: { "fr-FR": title } } : {}), ...extra },
  });
  const contextOf = (parent, grouping) => {
    const activities = {};
    if (parent) activities.parent = [{ objectType: "Activity", id: parent }];
    if (grouping) activities.grouping = [{ objectType: "Activity", id: grouping }];
    return { ...(parent || grouping ? { contextActivities: activities } : {}), language: "fr-FR", platform: "Playbook social" };
  };

  const actor = (base, profile) => ({
    objectType: "Agent",
    account: { homePage: base, name: profile.id },
    ...(profile.name ? { name: profile.name } : {}),
  });

  /* Where each step of the course is: section key or activity id → {module, step}. */
  const places = (course) => {
    const found = new Map();
    for (const module of course.modules) {
      for (const step of module.steps) found.set(`${step.kind}:${step.key || step.id}`, { module, step });
    }
    return found;
  };

  const sameAnswer = (left, right) => JSON.stringify(left || null) === JSON.stringify(right || null);

  const courseStatements = (before, after, context, make) => {
    const made = [];
    const at = places(context.course);
    const { course } = ids(context.base, context.course.id);
    const known = (before && before.sections) || {};
    for (const [key, date] of Object.entries(after.sections || {})) {
      if (known[key]) continue;
      const place = at.get(`section:${key}`);
      const parent = place ? make.id.module(place.module.id) : null;
      made.push(make.statement("experienced", activity(make.id.section(key), TYPES.section, place && place.step.title), contextOf(parent, course), null, date));
    }
    for (const [quizId, entry] of Object.entries(after.quizzes || {})) {
      const previous = ((before && before.quizzes) || {})[quizId] || { attempts: 0 };
      const place = at.get(`quiz:${quizId}`);
      const quizIri = make.id.quiz(quizId);
      const current = entry.current;
      if (current) {
        const sameAttempt = previous.current && previous.current.order.seed === current.order.seed;
        for (const [questionId, choices] of Object.entries(current.answers)) {
          if (sameAttempt && sameAnswer(previous.current.answers[questionId], choices)) continue;
          const question = activity(make.id.question(quizId, questionId), TYPES.question, null, { interactionType: "choice" });
          const result = { success: entry.questions[questionId] === true, response: choices.map((index) => LETTERS[index]).join("[,]") };
          made.push(make.statement("answered", question, contextOf(quizIri, course), result, entry.updatedAt));
        }
      }
      if (entry.attempts > previous.attempts && place) {
        const success = entry.last >= place.module.passMark;
        const result = { score: { scaled: entry.last / 100, raw: entry.last, min: 0, max: 100 }, success, completion: true };
        const quiz = activity(quizIri, TYPES.quiz, place.step.title);
        made.push(make.statement(success ? "passed" : "failed", quiz, contextOf(make.id.module(place.module.id), course), result, entry.updatedAt));
      }
    }
    return made;
  };

  const answeredAll = (items, stored) => {
    const answers = (stored && stored.answers) || {};
    return items.length > 0 && items.every((id) => answers[id] !== undefined && answers[id] !== null);
  };

  const checklistStatements = (id, before, after, context, make) => {
    const items = context.checklistItems[id] || [];
    if (!answeredAll(items, after) || answeredAll(items, before)) return [];
    const percent = context.score(id, after.answers);
    const result = { completion: true, ...(percent === null ? {} : { score: { raw: percent, min: 0, max: 100 } }) };
    const step = places(context.course).get(`checklist:${id}`);
    const title = step ? step.step.title : (context.checklistTitles || {})[id];
    return [make.statement("completed", activity(make.id.checklist(id), TYPES.checklist, title), contextOf(null, null), result, after.updatedAt)];
  };

  /* Modules, then the course, that this change completed. */
  const completions = (learnerBefore, context, make) => {
    const before = context.progress(context.course, learnerBefore);
    const after = context.progress(context.course, context.learner);
    const { course } = make.id;
    const made = [];
    after.modules.forEach((module, index) => {
      if (module.status !== "done" || before.modules[index].status === "done") return;
      const data = context.course.modules[index];
      made.push(make.statement("completed", activity(make.id.module(module.id), TYPES.module, data.title), contextOf(course, course), { completion: true }, module.completedAt));
    });
    if (after.completedAt && !before.completedAt) {
      made.push(make.statement("completed", activity(course, TYPES.course, context.course.title), contextOf(null, null), { completion: true }, after.completedAt));
    }
    return made;
  };

  const statements = (change, context) => {
    const make = {
      id: ids(context.base, context.course.id),
      statement: (name, object, context_, result, timestamp) => ({
        actor: context.actor,
        verb: verb(name),
        object,
        ...(result ? { result } : {}),
        context: context_,
        timestamp: timestamp || context.now,
      }),
    };
    const learnerBefore = { course: context.learner.course, checklists: { ...context.learner.checklists } };
    let made = [];
    if (change.kind === "course" && change.id === context.course.id) {
      learnerBefore.course = change.before;
      made = courseStatements(change.before, change.after, context, make);
    } else if (change.kind === "checklist") {
      if (change.before) learnerBefore.checklists[change.id] = change.before;
      else delete learnerBefore.checklists[change.id];
      made = checklistStatements(change.id, change.before, change.after, context, make);
    } else {
      return [];
    }
    return [...made, ...completions(learnerBefore, context, make)];
  };

  return { statements, actor, verb };
});
