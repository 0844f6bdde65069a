/*
 * JSON Schema problems in French, in the browser. The validation itself is ajv's, compiled at
 * build time from playbook/schemas/ (scripts/validators.cjs → PS.validators[name]); this file
 * turns ajv's errors into the same (path, predicate) problems as playbook/schemafr.py, worded
 * from the catalogue's `validation` namespace. tests/fixtures/schema-cases.json holds the two
 * to the same answers.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.validation = {
    /* Load the validator `name` (assets/javascripts/validators/<name>.js) the first time it is needed. */
    ready: (name) => PS.load(`validators/${name}.js`),
    /* [] when `data` is valid against the schema `name`; otherwise its problems, sorted by path. */
    problems: (name, data) => {
      const validate = PS.validators && PS.validators[name];
      if (!validate) throw new Error(`validator "${name}" not loaded: await PS.validation.ready(name)`); // typographie: code
      return validate(data) ? [] : api.problemsOf(validate.errors, data, PS.text, PS.closest);
    },
    describe: (problem) => api.describe(problem, PS.text),
    fieldPath: api.fieldPath,
  };
})(typeof self !== "undefined" ? self : this, () => {
  /* ("traits", 1, "est") → "traits[2].est": indexes counted from 1, as people count. */
  const fieldPath = (path) =>
    path.reduce((text, part) => (typeof part === "number" ? `${text}[${part + 1}]` : text ? `${text}.${part}` : String(part)), "");

  /* "/traits/1/est" → ["traits", 1, "est"], a segment being an index only where the data is a list. */
  const pathOf = (pointer, data) => {
    const path = [];
    let value = data;
    for (const raw of pointer ? pointer.split("/").slice(1) : []) {
      const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      const part = Array.isArray(value) && /^\d+$/.test(segment) ? Number(segment) : segment;
      path.push(part);
      value = value !== null && typeof value === "object" ? value[part] : undefined;
    }
    return path;
  };

  const joinOr = (parts, text) => parts.reduce((first, second) => text("validation.or", { first, second }));

  /* The French predicate of one ajv error (the same table as schemafr.predicate). */
  const predicate = (error, text, closest) => {
    const { keyword, params } = error;
    const schema = error.parentSchema || {};
    switch (keyword) {
      case "type": {
        const kinds = (Array.isArray(params.type) ? params.type : String(params.type).split(",")).map((kind) =>
          text(`validation.kinds.${kind}`),
        );
        return text("validation.type", { kinds: joinOr(kinds, text) });
      }
      case "minItems":
      case "maxItems":
      case "minLength":
      case "maxLength":
        return text(`validation.${keyword}`, { count: params.limit });
      case "minimum":
      case "maximum":
        if (schema.minimum !== undefined && schema.maximum !== undefined) {
          return text("validation.range", { min: schema.minimum, max: schema.maximum });
        }
        return text(`validation.${keyword}`, { limit: params.limit });
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        return text(`validation.${keyword}`, { limit: params.limit });
      case "pattern":
        return error.propertyName !== undefined
          ? text("validation.propertyNames", { format: schema["x-format"] || params.pattern })
          : text("validation.pattern", { format: schema["x-format"] || params.pattern });
      case "const":
        return text("validation.const", { value: params.allowedValue });
      case "enum":
        return text("validation.enum", {
          values: joinOr(
            params.allowedValues.map((value) => text("validation.quoted", { value })),
            text,
          ),
        });
      case "anyOf":
      case "oneOf":
        return text("validation.anyOf", { format: schema["x-format"] || "" });
      case "required":
      case "uniqueItems":
        return text(`validation.${keyword}`);
      case "additionalProperties": {
        const near = closest(params.additionalProperty, Object.keys(schema.properties || {}));
        return text("validation.unknown", { hint: near ? text("validation.hint", { close: near }) : "" });
      }
      default:
        return text("validation.refused");
    }
  };

  /* Errors raised inside a branch of anyOf/oneOf: the anyOf error itself speaks for them. */
  const inBranch = (error) => /\/(anyOf|oneOf)\/\d+(\/|$)/.test(error.schemaPath);

  const compare = (a, b) => {
    const [pa, pb] = [a.path.map(String), b.path.map(String)];
    for (let index = 0; index < Math.min(pa.length, pb.length); index += 1) {
      if (pa[index] !== pb[index]) return pa[index] < pb[index] ? -1 : 1;
    }
    if (pa.length !== pb.length) return pa.length - pb.length;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  };

  /* ajv's errors for `data` → [{path, keyword, message, field}], deduplicated and sorted by path. */
  const problemsOf = (errors, data, text, closest) => {
    const found = new Map();
    for (const error of errors || []) {
      if (inBranch(error) || error.keyword === "propertyNames") continue;
      let path = pathOf(error.instancePath, data);
      if (error.propertyName !== undefined) path = [...path, error.propertyName];
      else if (error.keyword === "required") path = [...path, error.params.missingProperty];
      else if (error.keyword === "additionalProperties") path = [...path, error.params.additionalProperty];
      const keyword = error.propertyName !== undefined ? "propertyNames" : error.keyword;
      const message = predicate(error, text, closest);
      found.set(JSON.stringify([path, message]), { path, keyword, message, field: fieldPath(path) });
    }
    return [...found.values()].sort(compare);
  };

  /* « « traits[2].est » doit être un texte », or « le document doit être un objet ». */
  const describe = (problem, text) =>
    problem.path.length
      ? text("validation.at", { field: fieldPath(problem.path), problem: problem.message })
      : `${text("validation.document")} ${problem.message}`;

  return { problemsOf, describe, fieldPath, pathOf };
});
