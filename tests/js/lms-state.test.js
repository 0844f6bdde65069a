// What an LMS keeps of a learner (lms-state.js): suspend_data that fits SCORM 1.2, resume, and the
// status, score and progress reported for SCORM 1.2 and 2004.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const yaml = require("js-yaml");
const state = require("../../docs/assets/javascripts/widgets/lms-state.js");
const { progress } = require("../../docs/assets/javascripts/widgets/course-progress.js");

const ROOT = path.join(__dirname, "../..");
const read = (file) => yaml.load(fs.readFileSync(path.join(ROOT, file), "utf8"));
const table = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/course-progress-cases.json"), "utf8"));

/* The build's course data (playbook/course/data.py), as much as lms-state reads: sections in order. */
const courseData = (course) => ({
  version: course.version,
  modules: course.modules.map((module) => ({
    id: module.id,
    steps: module.read.map((reference) => {
      const [file, anchor] = reference.split("#");
      return { kind: "section", key: `${file.replace(/^\d+-/, "").replace(/\.md$/, "")}#${anchor}` };
    }),
  })),
});

/* The real course, finished in the longest way the schemas allow (but for the texts), and what it stored. */
const finishedCourse = () => {
  const course = read("exercises/course.yml");
  let tick = Date.parse("2026-11-28T09:30:00.123Z");
  // Every date different, down to the millisecond, as a learner's would be: dates compress poorly.
  const at = () => new Date((tick += 97_531_013)).toISOString();
  const when = at();
  const state = { schema: 1, version: course.version, sections: {}, quizzes: {}, scenarios: {}, reflections: {}, updatedAt: when };
  const checklists = {};
  for (const module of course.modules) {
    for (const reference of module.read) {
      const [file, anchor] = reference.split("#");
      state.sections[`${file.replace(/^\d+-/, "").replace(/\.md$/, "")}#${anchor}`] = at();
    }
    for (const activity of module.activities) {
      if (activity.quiz) {
        const quiz = read(`exercises/quizzes/${activity.quiz}.yml`);
        const ids = quiz.questions.map((question) => question.id);
        const indexes = (question) => question.choices.map((_, index) => index);
        state.quizzes[quiz.id] = {
          attempts: 999,
          best: 100,
          last: 88,
          passed: true,
          questions: Object.fromEntries(ids.map((id) => [id, true])),
          current: {
            order: { seed: 4294967295, questions: ids, choices: Object.fromEntries(quiz.questions.map((q) => [q.id, indexes(q)])) },
            answers: Object.fromEntries(quiz.questions.map((q) => [q.id, indexes(q)])),
          },
          updatedAt: at(),
        };
      } else if (activity.scenario) {
        const scenario = read(`exercises/scenarios/${activity.scenario}.yml`);
        const ratings = Object.fromEntries(scenario.criteria.map((criterion) => [criterion.id, 2]));
        state.scenarios[scenario.id] = { answer: "x".repeat(20000), revealed: true, ratings, updatedAt: at() };
      } else if (activity.reflection) {
        const reflection = read(`exercises/reflections/${activity.reflection}.yml`);
        const answers = Object.fromEntries(reflection.prompts.map((prompt) => [prompt.id, "y".repeat(20000)]));
        state.reflections[reflection.id] = { answers, updatedAt: at() };
      } else if (activity.checklist) {
        const checklist = read(`exercises/checklists/${activity.checklist}.yml`);
        const items = checklist.items.map((item) => item.id);
        checklists[checklist.id] = { schema: 1, version: checklist.version, items, answers: Object.fromEntries(items.map((id) => [id, 3])), updatedAt: at() };
      }
    }
  }
  const profile = { schema: 1, id: "z".repeat(40), name: "É".repeat(120), includeTexts: true, updatedAt: at() };
  return { course: state, profile, checklists, data: courseData(course) };
};

test("a finished course fits SCORM 1.2's 4,096 characters, its long texts left out", async () => {
  const { data, ...values } = finishedCourse();
  const fitted = await state.suspendData(state.snapshot(values), state.LIMITS["1.2"], data);
  assert.ok(fitted, "the finished course does not fit even without its texts");
  assert.equal(fitted.texts, false);
  console.log(`worst case of a finished course: ${fitted.data.length} characters of suspend_data`);
  assert.ok(fitted.data.length <= 4096);
});

test("short texts travel with the rest, and everything comes back as it was", async () => {
  const { data, ...values } = finishedCourse();
  for (const entry of Object.values(values.course.scenarios)) entry.answer = "Bonjour Agathe, je regarde votre dossier.";
  for (const entry of Object.values(values.course.reflections)) {
    for (const id of Object.keys(entry.answers)) entry.answers[id] = "Une idée.";
  }
  const taken = state.snapshot(values);
  const fitted = await state.suspendData(taken, state.LIMITS["1.2"], data);
  assert.equal(fitted.texts, true);
  const back = await state.readSuspendData(fitted.data, data);
  assert.deepEqual(state.restore(back, {}), { course: values.course, profile: values.profile, checklists: values.checklists });
  const moved = await state.readSuspendData(fitted.data, { ...data, version: data.version + 1 });
  assert.deepEqual(moved.course.sections, {}, "sections kept by their place are not put back in a changed course");
  assert.deepEqual(moved.course.quizzes, values.course.quizzes);
});

test("texts left out come back from this browser when they are the same answers, never from other ones", async () => {
  const { data, ...values } = finishedCourse();
  const fitted = await state.suspendData(state.snapshot(values), state.LIMITS["1.2"], data);
  const back = await state.readSuspendData(fitted.data, data);
  const here = state.restore(back, { course: values.course });
  assert.equal(here.course.scenarios["compte-endormi"].answer.length, 20000);
  assert.equal(here.course.reflections["mon-premier-mois"].answers.comptes.length, 20000);
  assert.equal("left" in here.course.scenarios["compte-endormi"], false);
  const older = structuredClone(values.course);
  older.scenarios["compte-endormi"].updatedAt = "2026-11-27T09:30:00Z";
  const elsewhere = state.restore(back, { course: older });
  assert.equal(elsewhere.course.scenarios["compte-endormi"].answer, "");
  assert.equal(elsewhere.course.reflections["mon-premier-mois"].answered, 4);
});

test("whatever the LMS holds that this module did not write reads as nothing", async () => {
  for (const data of ["", "bonjour", "1:@@@", "1:" + btoa("pas du deflate"), null]) {
    assert.equal(await state.readSuspendData(data, { version: 1, modules: [] }), null);
  }
});

const learnerOf = (quizzes, done) => {
  const sections = done ? { "chapitre#lire-un": "2026-11-28T09:00:00Z", "chapitre#lire-deux": "2026-11-28T09:01:00Z", "autre#lire-trois": "2026-11-28T09:02:00Z" } : {};
  const course = { schema: 1, version: 1, sections, quizzes, scenarios: {}, reflections: {}, updatedAt: "2026-11-28T09:05:00Z" };
  if (done) {
    course.scenarios["scenario-un"] = { answer: "", revealed: true, ratings: { c1: 2, c2: 1, c3: 0 }, updatedAt: "2026-11-28T09:03:00Z" };
    course.reflections.reflexion = { answers: { p1: "a", p2: "b" }, updatedAt: "2026-11-28T09:04:00Z" };
  }
  const checklists = done ? { grille: { schema: 1, version: 1, answers: { i1: 0, i2: 1, i3: 2 }, updatedAt: "2026-11-28T09:04:30Z" } } : {};
  return { course, checklists };
};
const quiz = (best) => ({ attempts: 1, best, last: best, passed: best >= 70, questions: {}, updatedAt: "2026-11-28T09:05:00Z" });
const values = (version, learner, rules) => {
  const course = { ...table.course, rules: rules || table.course.rules };
  return Object.fromEntries(state.scormValues(version, course, learner, progress(course, learner)));
};

test("on the way: incomplete, with the mean of the best scores so far and the share of steps done", () => {
  const learner = learnerOf({ "quiz-un": quiz(60) }, false);
  assert.deepEqual(values("1.2", learner), {
    "cmi.core.lesson_status": "incomplete",
    "cmi.core.score.raw": "60",
    "cmi.core.score.min": "0",
    "cmi.core.score.max": "100",
  });
  assert.deepEqual(values("2004", learner), {
    "cmi.completion_status": "incomplete",
    "cmi.success_status": "unknown",
    "cmi.progress_measure": "0",
    "cmi.score.scaled": "0.6",
    "cmi.score.raw": "60",
    "cmi.score.min": "0",
    "cmi.score.max": "100",
  });
  assert.equal(values("2004", learnerOf({}, false))["cmi.score.raw"], undefined);
});

test("every module done and every quiz passed: completed and passed", () => {
  const learner = learnerOf({ "quiz-un": quiz(70), "quiz-deux": quiz(91) }, true);
  assert.equal(values("1.2", learner)["cmi.core.lesson_status"], "passed");
  assert.equal(values("1.2", learner)["cmi.core.score.raw"], "81");
  const scorm2004 = values("2004", learner);
  assert.equal(scorm2004["cmi.completion_status"], "completed");
  assert.equal(scorm2004["cmi.success_status"], "passed");
  assert.equal(scorm2004["cmi.progress_measure"], "1");
  assert.equal(scorm2004["cmi.score.scaled"], "0.81");
});

test("done when quizzes need only an attempt, yet one failed: failed", () => {
  const rules = { ...table.course.rules, quiz: "attempted" };
  const learner = learnerOf({ "quiz-un": quiz(50), "quiz-deux": quiz(90) }, true);
  assert.equal(values("1.2", learner, rules)["cmi.core.lesson_status"], "failed");
  assert.equal(values("2004", learner, rules)["cmi.completion_status"], "completed");
  assert.equal(values("2004", learner, rules)["cmi.success_status"], "failed");
  assert.equal(values("2004", learnerOf({ "quiz-un": quiz(50) }, false), rules)["cmi.success_status"], "unknown");
});

test("session time in each version's format", () => {
  assert.equal(state.sessionTime("1.2", 725_000), "0000:12:05.00");
  assert.equal(state.sessionTime("2004", 725_000), "PT12M5S");
  assert.equal(state.sessionTime("2004", 3_600_000), "PT1H");
  assert.equal(state.sessionTime("2004", 0), "PT0S");
});
