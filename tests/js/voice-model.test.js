// The guide as data (voice-model.js): what the form shows comes from the voice schema.
const test = require("node:test");
const assert = require("node:assert/strict");
const vm = require("node:vm");
const { compile } = require("../../scripts/validators.cjs");
const { problemsOf } = require("../../docs/assets/javascripts/widgets/validation.js");
const { closest } = require("../../docs/assets/javascripts/widgets/closest.js");
const model = require("../../docs/assets/javascripts/widgets/voice-model.js");
const { json, text, yamlFixture } = require("./support.cjs");

const schema = json("playbook/schemas/voice.schema.json");
const suggestions = yamlFixture("playbook/voice/suggestions.yml");
const sandbox = { window: {} };
vm.runInNewContext(compile("voice", schema), sandbox);
const validate = sandbox.window.PlaybookSocial.validators.voice;
const problems = (data) => (validate(data) ? [] : problemsOf(validate.errors, data, text, closest));

test("every field of the guide belongs to exactly one step", () => {
  const fields = model.STEPS.flatMap((step) => step.fields);
  assert.deepEqual([...fields].sort(), Object.keys(schema.properties).sort());
  assert.equal(new Set(fields).size, fields.length);
});

test("a new guide has the fewest entries the schema asks for, and opens as a draft", () => {
  const fresh = model.starter(schema, suggestions, "2026-11-23");
  assert.equal(fresh.traits.length, schema.properties.traits.minItems);
  assert.equal(fresh.publics.length, schema.properties.publics.minItems);
  assert.deepEqual(Object.keys(fresh.situations), schema.properties.situations.required);
  assert.deepEqual(fresh.tons, { formel_decontracte: 3, serieux_drole: 3, respectueux_irreverencieux: 2, factuel_enthousiaste: 3 });
  assert.equal(fresh.phrase_max, schema.properties.phrase_max.default);
  assert.deepEqual(fresh.lexique.a_eviter, suggestions.a_eviter);
  const found = problems(fresh);
  assert.ok(found.length > 20);
  assert.ok(model.opensAsDraft(found));
  assert.ok(model.opensAsDraft(problems({ ...fresh, organisation: "x".repeat(500), phrase_max: 99 })));
  assert.ok(!model.opensAsDraft(problems({ ...fresh, phrase_max: "vingt" })));
  assert.ok(!model.opensAsDraft(problems({ ...fresh, zut: 1 })));
});

test("lists' limits and new entries come from the schema", () => {
  assert.deepEqual(model.limits(schema, ["traits"]), { min: 3, max: 5 });
  assert.deepEqual(model.limits(schema, ["traits", 0, "a_faire"]), { min: 1, max: 5 });
  assert.deepEqual(model.limits(schema, ["autres_situations"]), { min: 0, max: 10 });
  assert.deepEqual(model.blank(schema, schema.properties.traits.items), { est: "", pas: "", description: "", a_faire: [""], a_eviter: [""] });
  assert.deepEqual(model.blank(schema, schema.properties.lexique.properties.a_eviter.items), { mot: "", remplacement: "" });
});

test("each field is named as the reader sees it", () => {
  const cases = [
    ["organisation", "Organisation"],
    ["publics.1", "Public 2"],
    ["traits.1.a_faire.0", "Trait 2 — À faire 1"],
    ["traits", "Notre caractère"],
    ["situations.annonce_produit.exemple", "Annonce d’un produit — Exemple de réponse"],
    ["tons.serieux_drole", "Sérieux ↔ drôle"],
    ["lexique.a_eviter.2.mot", "Mot à éviter 3 — Au lieu de"],
    ["autres_situations.0.nom", "Autre situation 1 — Situation"],
    ["phrase_max", "Longueur maximale d’une phrase (en mots)"],
  ];
  for (const [key, label] of cases) assert.equal(model.labelOf(schema, model.parsePath(key), text), label, key);
});

test("a draft keeps its values and gets the fields it lacks", () => {
  const draft = model.filled(schema, { organisation: "Atelier", traits: [{ est: "franc" }] });
  assert.equal(draft.organisation, "Atelier");
  assert.deepEqual(draft.traits[0], { est: "franc", pas: "", description: "", a_faire: [""], a_eviter: [""] });
  assert.equal(draft.mission, "");
  assert.deepEqual(model.unwrap(model.asDraft({ a: 1 })), { a: 1 });
  assert.ok(model.isDraft({ brouillon: true, guide: {} }) && !model.isDraft({ brouillon: true, guide: {}, x: 1 }));
});

test("problems are grouped by step, and paths set and cleared", () => {
  const grouped = model.byStep([{ path: ["mission"] }, { path: ["situations", "crise", "ton"] }, { path: [] }]);
  assert.equal(grouped.identite.length, 1);
  assert.equal(grouped.situations.length, 1);
  assert.equal(grouped.relecture.length, 1);
  const spec = {};
  model.setAt(spec, ["traits", 0, "est"], "x");
  assert.deepEqual(spec, { traits: [{ est: "x" }] });
  model.setAt(spec, ["traits", 0, "est"], undefined);
  assert.deepEqual(spec, { traits: [{}] });
});
