// The share link: compressed, short enough for the example, and old links still open.
const test = require("node:test");
const assert = require("node:assert/strict");
const share = require("../../docs/assets/javascripts/widgets/voice-share.js");
const { yamlFixture } = require("./support.cjs");

const example = yamlFixture("exercises/voix/exemple.yml");
const BASE = "https://intranet.exemple.fr/playbook/definir-notre-voix/";

test("the example guide makes a link of at most 8,000 characters that gives it back", async () => {
  const link = await share.link(`${BASE}#ancien`, example);
  assert.ok(link.startsWith(`${BASE}#guide=z.`));
  assert.ok(link.length <= 8000, `${link.length} caractères`);
  assert.deepEqual(await share.decode(share.payloadOf(new URL(link).hash)), example);
});

test("a draft travels in its envelope", async () => {
  const draft = { brouillon: true, guide: { organisation: "Atelier « Rayon » 🚲", mission: "" } };
  assert.deepEqual(await share.decode(await share.encode(draft)), draft);
});

test("links made before compression still open", async () => {
  const legacy = Buffer.from(JSON.stringify(example), "utf8").toString("base64url");
  assert.deepEqual(await share.decode(legacy), example);
});

test("a damaged link is refused", async () => {
  const payload = await share.encode(example);
  await assert.rejects(share.decode(payload.slice(0, 200)));
  await assert.rejects(share.decode("z.@@@"));
  await assert.rejects(share.decode(Buffer.from('{"organisation": "x"', "utf8").toString("base64url")));
  assert.equal(share.payloadOf("#autre"), null);
});
