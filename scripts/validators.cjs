#!/usr/bin/env node
/*
 * Compile JSON Schemas into standalone validation code with ajv, for the browser: no ajv runtime
 * and no schema compilation on the reader's device, the same checks as Python's jsonschema.
 * Strict mode: a keyword neither JSON Schema 2020-12 nor ANNOTATIONS defines is an error.
 *
 *   node scripts/validators.cjs NAME=path/to/schema.json …   → prints {NAME: "classic script"} as JSON
 *
 * Each script sets PlaybookSocial.validators[NAME] to a function (data) → boolean with
 * `.errors` (ajv's, verbose: each error carries its parentSchema for the French messages).
 */
const fs = require("node:fs");
const path = require("node:path");
const Ajv2020 = require("ajv/dist/2020").default;
const standaloneCode = require("ajv/dist/standalone").default;

/* Our own annotations; playbook/schemafr.py declares the same set. */
const ANNOTATIONS = ["x-format", "x-poles"];
const REQUIRE = /require\("([^"]+)"\)/g;

/* The CommonJS source of each runtime helper the generated code requires, as an object literal. */
const runtime = (code) => {
  const names = [...new Set([...code.matchAll(REQUIRE)].map((match) => match[1]))];
  const entries = names.map((name) => {
    const source = fs.readFileSync(require.resolve(name), "utf8");
    return `${JSON.stringify(name)}: (function () { var module = { exports: {} }, exports = module.exports;\n${source}\nreturn module.exports; })()`;
  });
  return `{${entries.join(",\n")}}`;
};

const compile = (name, schema) => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, code: { source: true, lines: false, optimize: true } });
  ajv.addVocabulary(ANNOTATIONS);
  const code = standaloneCode(ajv, ajv.compile(schema));
  return [
    "(function () {",
    `var modules = ${runtime(code)};`,
    "var require = function (name) { return modules[name]; };",
    "var module = { exports: {} }, exports = module.exports;",
    code,
    "var PS = (window.PlaybookSocial = window.PlaybookSocial || {});",
    "PS.validators = PS.validators || {};",
    `PS.validators[${JSON.stringify(name)}] = module.exports;`,
    "})();",
    "",
  ].join("\n");
};

module.exports = { compile, ANNOTATIONS };

if (require.main === module) {
  const compiled = {};
  for (const argument of process.argv.slice(2)) {
    const [name, file] = argument.split("=");
    compiled[name] = compile(name, JSON.parse(fs.readFileSync(path.resolve(file), "utf8")));
  }
  process.stdout.write(JSON.stringify(compiled));
}
