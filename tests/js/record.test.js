// The learner record (widgets/record.js): built from storage, valid against its schema, texts only
// on request; v1 upgraded; what an import would write and change; the file name.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { compile } = require("../../scripts/validators.cjs");
const record = require("../../docs/assets/javascripts/widgets/record.js");
const { progress } = require("../../docs/assets/javascripts/widgets/course-progress.js");

const ROOT = path.resolve(__dirname, "../..");
const validator = (name, file) => {
  const window = {};
  vm.runInNewContext(compile(name, JSON.parse(fs.readFileSync(path.join(ROOT, "playbook/schemas", file), "utf8"))), { window });
  return window.PlaybookSocial.validators[name];
};
const v2 = validator("learner-record", "learner-record.schema.json");
const table = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/course-progress-cases.json"), "utf8"));
const course = { id: "integration", version: 3, ...table.course };
const checklist = {
  id: "grille",
  version: 1,
  title: "Ma grille",
  items: [{ id: "i1" }, { id: "i2" }, { id: "i3" }],
};
const site = { course, checklists: [checklist, { ...checklist, id: "vide", title: "Vide" }] };
const NOW = "2026-11-28T09:30:00.000Z";
const scores = (list, answers) => ({ percent: Object.keys(answers).length ? 50 : null, level: { name: "En route" } });
const state = {
  schema: 1,
  version: 3,
  sections: { "chapitre#lire-un": "2026-11-02T09:00:00Z" },
  quizzes: {
    "quiz-un": { attempts: 2, best: 80, last: 60, passed: true, questions: { q: true }, current: { order: { seed: 4, questions: [], choices: {} }, answers: {} } },
    "quiz-deux": { attempts: 0, best: 0, last: 0, passed: false, questions: {} },
  },
  scenarios: { "scenario-un": { answer: "Bonjour Agathe", revealed: true, ratings: { c1: 2 }, updatedAt: "2026-11-02T11:00:00Z" } },
  reflections: { reflexion: { answers: { p1: "Un", p2: "  " }, updatedAt: "2026-11-03T10:00:00Z" } },
  updatedAt: NOW,
};
const snapshot = (profile) => ({
  profile: { schema: 1, id: "abcdefgh12345678", includeTexts: false, updatedAt: NOW, ...profile },
  checklists: { grille: { schema: 1, version: 1, answers: { i1: 0, i2: "na" }, updatedAt: "2026-11-01T08:00:00Z" }, vide: { schema: 1, version: 1, answers: {} } },
  course: state,
});
const build = (profile) => {
  const taken = snapshot(profile);
  return record.fromStorage(taken, site, { now: NOW, scores, progress: progress(course, { course: taken.course, checklists: taken.checklists }) });
};

test("a record from storage is valid, with statuses, scores and sections, and no text by default", () => {
  const built = build({});
  assert.equal(v2(built), true, JSON.stringify(v2.errors));
  assert.deepEqual(built.learner, { id: "abcdefgh12345678" });
  assert.equal(built.includesTexts, false);
  assert.deepEqual(Object.keys(built.checklists), ["grille"]); // a checklist without answers stays out
  assert.deepEqual(built.checklists.grille.answers, { i1: 0, i2: "na" });
  assert.deepEqual(Object.keys(built.course.quizzes), ["quiz-un"]); // no attempt finished, no score to report
  assert.equal("current" in built.course.quizzes["quiz-un"], false);
  assert.deepEqual(built.course.modules.premier, { status: "started", done: 2, total: 4 }); // a section, the quiz passed
  assert.deepEqual(built.course.scenarios["scenario-un"], { answered: true, ratings: { c1: 2 }, updatedAt: "2026-11-02T11:00:00Z" });
  assert.deepEqual(built.course.reflections.reflexion, { answered: 1, updatedAt: "2026-11-03T10:00:00Z" });
});

test("texts and the name go in only when the learner gave them", () => {
  const built = build({ name: "Camille Martin", includeTexts: true });
  assert.equal(v2(built), true);
  assert.deepEqual(built.learner, { id: "abcdefgh12345678", name: "Camille Martin" });
  assert.equal(built.course.scenarios["scenario-un"].answer, "Bonjour Agathe");
  assert.deepEqual(built.course.reflections.reflexion.answers, { p1: "Un" });
});

test("a v1 file becomes a v2 record of this learner", () => {
  const v1 = { schema: "playbook-social/learner-record", version: 1, exportedAt: NOW, checklists: { grille: { version: 1, answers: { i1: 2 } } } };
  assert.equal(record.schemaOf(v1), "learner-record-1");
  const upgraded = record.upgrade(v1, "abcdefgh12345678");
  assert.equal(v2(upgraded), true);
  assert.deepEqual(upgraded.learner, { id: "abcdefgh12345678" });
  assert.equal(record.schemaOf(upgraded), "learner-record");
  assert.deepEqual(record.schemaOf({ ...v1, version: 3 }), { future: 3 });
  assert.equal(record.schemaOf({ nom: "x" }), "learner-record");
});

const plan = (incoming, local) =>
  record.incoming(incoming, local, site, {
    now: NOW,
    progress: (courseState, checklists) => progress(course, { course: courseState, checklists }),
    restore: (list, entry) => ({ schema: 1, version: list.version, answers: { ...entry.answers } }),
  });

test("an import says what it replaces, keeps texts the file lacks, and ignores what the site does not know", () => {
  const exported = build({ name: "Camille Martin" }); // without texts
  exported.checklists.inconnue = { version: 1, answers: {} };
  const here = snapshot({ id: "zzzzzzzz00000000", name: "C. M." });
  here.course = { ...state, scenarios: { "scenario-un": { answer: "Mon brouillon d’ici", revealed: false, ratings: {} } } };
  const result = plan(exported, here);
  assert.deepEqual(result.ignored, ["inconnue"]);
  assert.equal(result.profile.id, "abcdefgh12345678");
  assert.deepEqual(result.changes.map(([key]) => key), ["nameReplace", "checklistReplace", "courseReplace", "textsKept"]);
  assert.deepEqual(result.changes[1][1], { title: "Ma grille", count: 2, total: 3, current: 2 });
  assert.equal(result.course.scenarios["scenario-un"].answer, "Mon brouillon d’ici");
  assert.equal(result.course.scenarios["scenario-un"].revealed, true); // rated in the file: the guidance was seen
  assert.deepEqual(result.course.reflections.reflexion, { answers: { p1: "Un", p2: "  " }, updatedAt: "2026-11-03T10:00:00Z" });
  assert.deepEqual(result.course.quizzes["quiz-un"].questions, { q: true });
  assert.equal("current" in result.course.quizzes["quiz-un"], false);
});

test("texts in the file replace those here; a scenario answered without text stays answered", () => {
  const exported = build({ includeTexts: true });
  exported.course.scenarios["scenario-deux"] = { answered: true, ratings: {} };
  exported.course.reflections.seule = { answered: 3 };
  const result = plan(exported, { ...snapshot({}), course: null });
  assert.deepEqual(result.changes.map(([key]) => key), ["checklistReplace", "courseNew", "textsIncluded"]);
  assert.equal(result.changes[2][1].count, 2);
  assert.equal(result.course.scenarios["scenario-un"].answer, "Bonjour Agathe");
  assert.deepEqual(result.course.scenarios["scenario-deux"], { answer: "", revealed: true, ratings: {} });
  assert.deepEqual(result.course.reflections.seule, { answers: {}, answered: 3 });
});

test("a record of another course leaves the course as it is", () => {
  const exported = build({});
  exported.course.id = "autre-parcours";
  const result = plan(exported, snapshot({}));
  assert.equal(result.course, null);
  assert.deepEqual(result.ignored, ["autre-parcours"]);
});

test("the file name carries an ASCII slug of the name, when there is one", () => {
  assert.equal(record.fileName("Camille Martin", "2026-11-28"), "dossier-camille-martin-2026-11-28.json");
  assert.equal(record.fileName("  Zoé  Lefèvre-Ångström ", "2026-11-28"), "dossier-zoe-lefevre-angstrom-2026-11-28.json");
  assert.equal(record.fileName("", "2026-11-28"), "dossier-2026-11-28.json");
  assert.equal(record.fileName("李雷", "2026-11-28"), "dossier-2026-11-28.json");
  assert.equal(record.fileName("a".repeat(200), "2026-11-28"), `dossier-${"a".repeat(60)}-2026-11-28.json`);
});
