// What the Node tests share (not a test file): the project's paths, the message catalogue, the voice data.
const fs = require("node:fs");
const path = require("node:path");
const yaml = require("js-yaml");
const { text: format } = require("../../docs/assets/javascripts/widgets/text.js");

const ROOT = path.resolve(__dirname, "../..");
const read = (relative) => fs.readFileSync(path.join(ROOT, relative), "utf8");
const json = (relative) => JSON.parse(read(relative));

const catalogue = Object.fromEntries(
  fs
    .readdirSync(path.join(ROOT, "playbook/messages"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name.slice(0, -5), json(`playbook/messages/${name}`)]),
);
/* PlaybookSocial.text, as the browser has it. */
const text = (key, params) => format(catalogue, key, params);

/* A YAML fixture read as the browser's import reads it (dates stay text). */
const yamlFixture = (relative) => yaml.load(read(relative), { schema: yaml.CORE_SCHEMA });

module.exports = { ROOT, read, json, catalogue, text, yamlFixture };
