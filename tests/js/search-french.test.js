// The French search rules (docs/assets/javascripts/search-french.js), with a stand-in stemmer:
// the browser suite (tests/data/search-relevance.yml) runs them with lunr's French one.
const test = require("node:test");
const assert = require("node:assert/strict");
const { fold, isStopWord, stems, queryStems, rewrite, markedWords } = require("../../docs/assets/javascripts/search-french.js");

// Like Snowball on these words: « données » → « don », « donnees » → « donne »; plurals lose their s.
const STEMS = { données: "don", donnees: "donne", réclamations: "réclam", reclamations: "reclam", réclamation: "réclam", reclamation: "reclam", marque: "marqu", ton: "ton", équipes: "équip", equipes: "equip" };
const stem = (word) => STEMS[word] || word;
const SEPARATOR = "[\\s\\u00a0\\-’'\"«»,;:!?.()/]+";

test("folding drops case, accents and ligatures", () => {
  assert.equal(fold("Œuvre Réclamée À Noël"), "oeuvre reclamee a noel");
});

test("stop words and single letters carry no topic; « ton » does", () => {
  assert.deepEqual(["de", "la", "À", "l", "Nous", "ton", "marque"].map(isStopWord), [true, true, true, true, true, false, false]);
});

test("a word is indexed under both stems when accents change the stemmer's answer", () => {
  assert.deepEqual(stems("données", stem), ["don", "donne"]);
  assert.deepEqual(stems("réclamations", stem), ["reclam"]);
});

test("a query word is searched as the shorter stem when it starts the other", () => {
  assert.deepEqual(queryStems("données", stem), ["don"]);
  assert.deepEqual(queryStems("donnees", stem), ["donne"]);
});

test("a query keeps the words that matter, as stems, and remembers what was typed", () => {
  assert.deepEqual(rewrite("Ton de la marque", { separator: SEPARATOR, stem }), { query: "ton marqu", terms: { ton: "ton", marqu: "marque" } });
  assert.deepEqual(rewrite("l’équipes", { separator: SEPARATOR, stem }), { query: "equip", terms: { equip: "équipes" } });
});

test("lunr's own syntax is left as typed; a query of stop words searches nothing", () => {
  assert.equal(rewrite("+marque -ton", { separator: SEPARATOR, stem }).query, "+marque -ton");
  assert.equal(rewrite("de la", { separator: SEPARATOR, stem }).query, "");
});

test("the words a result marked, once each, never a stop word", () => {
  const text = "<p>Une <mark>réclamation</mark> et des <mark>Réclamations</mark> ; <mark>de</mark> <mark>réclamation</mark></p>";
  assert.deepEqual(markedWords("<mark>Ton</mark>", text, undefined), ["ton", "réclamation", "réclamations"]);
});
