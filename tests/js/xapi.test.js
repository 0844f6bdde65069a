// The xAPI statements a stored change stands for (xapi-statements.js) and the queue that keeps them
// until the learning record store has them (xapi-queue.js).
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { statements, actor } = require("../../docs/assets/javascripts/widgets/xapi-statements.js");
const queue = require("../../docs/assets/javascripts/widgets/xapi-queue.js");
const { progress } = require("../../docs/assets/javascripts/widgets/course-progress.js");

const table = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/course-progress-cases.json"), "utf8"));
const BASE = "https://intranet.exemple.fr/playbook";
const COURSE = { ...table.course, id: "integration", version: 1, title: "Parcours d’intégration" };
COURSE.modules = COURSE.modules.map((module) => ({ ...module, title: `Module ${module.id}` }));
const NOW = "2026-11-28T10:00:00.000Z";

const emptyState = () => ({ schema: 1, version: 1, sections: {}, quizzes: {}, scenarios: {}, reflections: {}, updatedAt: NOW });
const contextFor = (learner, profile = { id: "abc12345" }) => ({
  base: BASE,
  course: COURSE,
  learner,
  actor: actor(BASE, profile),
  progress,
  score: (id, answers) => Math.round((100 * Object.values(answers).reduce((sum, value) => sum + value, 0)) / (2 * Object.keys(answers).length)),
  checklistItems: { grille: ["i1", "i2", "i3"], voix: ["v1", "v2"] },
  checklistTitles: { voix: "Notre voix" },
  now: NOW,
});
const summary = (made) => made.map((statement) => `${statement.verb.display["en-US"]} ${statement.object.id.slice(BASE.length)}`);

test("the actor is the learner's random id under the organisation's base, named only when the learner typed a name", () => {
  assert.deepEqual(actor(BASE, { id: "abc12345" }), { objectType: "Agent", account: { homePage: BASE, name: "abc12345" } });
  assert.equal(actor(BASE, { id: "abc12345", name: "Camille Martin" }).name, "Camille Martin");
});

test("a section read: experienced, with its module as parent and the course as grouping", () => {
  const before = emptyState();
  const after = { ...emptyState(), sections: { "chapitre#lire-un": "2026-11-28T09:00:00.000Z" } };
  const [made] = statements({ kind: "course", id: "integration", before, after }, contextFor({ course: after, checklists: {} }));
  assert.equal(made.verb.id, "http://adlnet.gov/expapi/verbs/experienced");
  assert.equal(made.object.id, `${BASE}/sections/chapitre/lire-un`);
  assert.deepEqual(made.context.contextActivities, {
    parent: [{ objectType: "Activity", id: `${BASE}/parcours/integration/modules/premier` }],
    grouping: [{ objectType: "Activity", id: `${BASE}/parcours/integration` }],
  });
  assert.equal(made.timestamp, "2026-11-28T09:00:00.000Z");
  assert.deepEqual(made.actor.account, { homePage: BASE, name: "abc12345" });
});

test("a question checked: answered with its success and the choices as letters; the last one finishes the attempt", () => {
  const current = (answers) => ({ order: { seed: 7, questions: ["q1", "q2"], choices: {} }, answers });
  const before = { ...emptyState(), quizzes: { "quiz-un": { attempts: 0, best: 0, last: 0, passed: false, questions: { q1: true }, current: current({ q1: [1] }) } } };
  const after = structuredClone(before);
  Object.assign(after.quizzes["quiz-un"], { attempts: 1, best: 50, last: 50, questions: { q1: true, q2: false }, current: current({ q1: [1], q2: [0, 2] }) });
  const made = statements({ kind: "course", id: "integration", before, after }, contextFor({ course: after, checklists: {} }));
  assert.deepEqual(summary(made), ["answered /parcours/integration/quiz/quiz-un/questions/q2", "failed /parcours/integration/quiz/quiz-un"]);
  assert.deepEqual(made[0].result, { success: false, response: "a[,]c" });
  assert.equal(made[0].context.contextActivities.parent[0].id, `${BASE}/parcours/integration/quiz/quiz-un`);
  assert.deepEqual(made[1].result, { score: { scaled: 0.5, raw: 50, min: 0, max: 100 }, success: false, completion: true });
});

test("a new attempt answers the same questions again; an unchanged answer is not sent twice", () => {
  const entry = (seed, answers, attempts) => ({ attempts, best: 100, last: 100, passed: true, questions: { q1: true }, current: { order: { seed, questions: ["q1"], choices: {} }, answers } });
  const before = { ...emptyState(), quizzes: { "quiz-un": entry(7, { q1: [1] }, 1) } };
  const same = { ...emptyState(), quizzes: { "quiz-un": entry(7, { q1: [1] }, 1) } };
  assert.deepEqual(statements({ kind: "course", id: "integration", before, after: same }, contextFor({ course: same, checklists: {} })), []);
  const retried = { ...emptyState(), quizzes: { "quiz-un": entry(8, { q1: [1] }, 2) } };
  const made = statements({ kind: "course", id: "integration", before, after: retried }, contextFor({ course: retried, checklists: {} }));
  assert.deepEqual(summary(made), ["answered /parcours/integration/quiz/quiz-un/questions/q1", "passed /parcours/integration/quiz/quiz-un"]);
});

test("the step that finishes a module completes it, and the last module the course", () => {
  const done = {
    ...emptyState(),
    sections: { "chapitre#lire-un": NOW, "chapitre#lire-deux": NOW, "autre#lire-trois": NOW },
    quizzes: { "quiz-un": { attempts: 1, best: 90, last: 90, passed: true, questions: {} }, "quiz-deux": { attempts: 1, best: 90, last: 90, passed: true, questions: {} } },
    scenarios: { "scenario-un": { answer: "Mon texte", revealed: true, ratings: { c1: 2, c2: 2, c3: 1 }, updatedAt: NOW } },
    reflections: { reflexion: { answers: { p1: "Un texte", p2: "Un autre" }, updatedAt: NOW } },
  };
  const grille = { schema: 1, version: 1, answers: { i1: 2, i2: 1 }, updatedAt: NOW };
  const full = { ...grille, answers: { i1: 2, i2: 1, i3: 2 }, updatedAt: "2026-11-28T10:05:00.000Z" };
  const made = statements({ kind: "checklist", id: "grille", before: grille, after: full }, contextFor({ course: done, checklists: { grille: full } }));
  assert.deepEqual(summary(made), ["completed /grilles/grille", "completed /parcours/integration/modules/second", "completed /parcours/integration"]);
  assert.deepEqual(made[0].result, { completion: true, score: { raw: 83, min: 0, max: 100 } });
  assert.equal(JSON.stringify(made).includes("Mon texte") || JSON.stringify(made).includes("Un texte"), false, "no text of the learner's is sent");
  const again = statements({ kind: "checklist", id: "grille", before: full, after: { ...full, answers: { i1: 0, i2: 0, i3: 0 } } }, contextFor({ course: done, checklists: { grille: full } }));
  assert.deepEqual(again, [], "a checklist is completed once");
});

test("a checklist outside the course is completed too, under its own id", () => {
  const after = { schema: 1, version: 1, answers: { v1: 1, v2: 2 }, updatedAt: NOW };
  const made = statements({ kind: "checklist", id: "voix", before: null, after }, contextFor({ course: null, checklists: { voix: after } }));
  assert.deepEqual(summary(made), ["completed /grilles/voix"]);
  assert.equal(made[0].object.definition.name["fr-FR"], "Notre voix");
});

test("queued statements get their UUID once, wait their turn after a failure, and leave when sent", () => {
  let counter = 0;
  const randomBytes = () => Uint8Array.from({ length: 16 }, (_, index) => (index + counter++) % 256);
  let waiting = queue.add(queue.empty(), [{ verb: "a" }, { verb: "b" }], randomBytes, 1000);
  assert.ok(queue.isQueue(waiting));
  const [first, second] = queue.due(waiting, 1000);
  assert.match(first.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(first.id, second.id);
  waiting = queue.failed(waiting, [first.id, second.id], 2000);
  assert.deepEqual(queue.due(waiting, 6999), []);
  assert.deepEqual(queue.due(waiting, 7000).map((statement) => statement.id), [first.id, second.id], "the same ids are tried again");
  waiting = queue.sent(waiting, [first.id]);
  assert.deepEqual(queue.due(waiting, 7000).map((statement) => statement.id), [second.id]);
  assert.deepEqual([1, 2, 3, 9, 20].map(queue.delay), [5000, 10000, 20000, 600000, 600000]);
  assert.equal(queue.isQueue({ schema: 1, items: [{ statement: {}, tries: 0, due: 0 }] }), false);
});
