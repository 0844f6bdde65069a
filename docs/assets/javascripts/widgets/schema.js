/*
 * JSON Schema problems in French, for the subset our schemas use (type, required, properties,
 * additionalProperties, items, min/maxItems, min/maxLength, minimum/maximum, pattern, const, enum,
 * $ref). Same paths and sentences as playbook/schemafr.py.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const TYPE_NAMES = { string: "un texte", integer: "un nombre entier", number: "un nombre", array: "une liste", object: "un objet", boolean: "vrai ou faux" };

  const typeOf = (value) => {
    if (value === null) return "null";
    if (Array.isArray(value)) return "array";
    if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
    return typeof value;
  };
  const matchesType = (value, type) => type === typeOf(value) || (type === "number" && typeOf(value) === "integer");

  /* `traits[2].est` for ["traits", 1, "est"]: indexes counted from 1. */
  const fieldPath = (path) =>
    path.reduce((text, part) => (typeof part === "number" ? `${text}[${part + 1}]` : text ? `${text}.${part}` : part), "");

  const resolve = (root, schema) => {
    let current = schema;
    const seen = new Set();
    while (current && current.$ref && !seen.has(current.$ref)) {
      seen.add(current.$ref);
      const target = current.$ref.replace(/^#\//, "").split("/").reduce((node, key) => node[key], root);
      const { $ref, ...rest } = current;
      current = { ...target, ...rest };
    }
    return current;
  };

  const plural = (count) => (count > 1 ? "s" : "");

  const check = (root, rawSchema, value, path, found) => {
    const schema = resolve(root, rawSchema);
    const add = (message, at = path) => {
      found.push({ path: at, message });
      return found;
    };
    if (schema.const !== undefined && value !== schema.const) return add(`doit valoir «\u00a0${schema.const}\u00a0»`);
    if (schema.enum && !schema.enum.includes(value)) return add(`doit valoir ${schema.enum.map((choice) => `«\u00a0${choice}\u00a0»`).join(" ou ")}`); // typographie: code
    if (schema.type) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((type) => matchesType(value, type))) return add(`doit être ${types.map((type) => TYPE_NAMES[type] || type).join(" ou ")}`);
    }
    const kind = typeOf(value);
    if (kind === "string") {
      const length = [...value].length;
      if (schema.minLength !== undefined && length < schema.minLength) add(schema.minLength === 1 ? "ne doit pas être vide" : `au moins ${schema.minLength} caractères`);
      if (schema.maxLength !== undefined && length > schema.maxLength) add(`trop long\u00a0: ${schema.maxLength} caractères au plus`);
      if (schema.pattern && !new RegExp(schema.pattern, "u").test(value)) add(`format attendu\u00a0: ${schema["x-format"] || schema.pattern}`);
    }
    if (kind === "integer" || kind === "number") {
      const low = schema.minimum;
      const high = schema.maximum;
      const outside = (low !== undefined && value < low) || (high !== undefined && value > high);
      if (outside) {
        if (low !== undefined && high !== undefined) add(`doit être compris entre ${low} et ${high}`);
        else if (low !== undefined) add(`doit valoir au moins ${low}`);
        else add(`doit valoir au plus ${high}`);
      }
    }
    if (kind === "array") {
      if (schema.minItems !== undefined && value.length < schema.minItems) add(`au moins ${schema.minItems} élément${plural(schema.minItems)}`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) add(`au plus ${schema.maxItems} élément${plural(schema.maxItems)}`);
      if (schema.items) value.forEach((item, index) => check(root, schema.items, item, [...path, index], found));
    }
    if (kind === "object") {
      const properties = schema.properties || {};
      for (const key of schema.required || []) if (!(key in value)) add("champ obligatoire manquant", [...path, key]);
      for (const [key, item] of Object.entries(value)) {
        if (key in properties) check(root, properties[key], item, [...path, key], found);
        else if (schema.additionalProperties === false) add("champ inconnu", [...path, key]);
        else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
          check(root, schema.additionalProperties, item, [...path, key], found);
        }
        if (schema.propertyNames) {
          const nameProblems = [];
          check(root, schema.propertyNames, key, [...path, key], nameProblems);
          found.push(...nameProblems);
        }
      }
    }
    return found;
  };

  /* [{path, field, message}], sorted by field, as playbook/schemafr.py sorts them. */
  const problems = (schema, value) =>
    check(schema, schema, value, [], [])
      .map((problem) => ({ ...problem, field: fieldPath(problem.path) }))
      .sort((a, b) => {
        const left = a.path.map(String);
        const right = b.path.map(String);
        for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
          if (left[index] !== right[index]) return left[index] < right[index] ? -1 : 1;
        }
        return left.length - right.length || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
      });

  PS.schema = { problems, fieldPath };
})();
