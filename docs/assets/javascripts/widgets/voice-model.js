/*
 * The voice guide as data, read from the voice schema (playbook/schemas/voice.schema.json): a
 * new guide, a new entry of a list, list limits, the visible label of a field, the steps of the
 * generator, and drafts. Lists, limits and required fields all come from the schema; the labels
 * of list entries come from the catalogue (`voice.items`). Pure logic: under Node it exports
 * its functions for tests/js/voice-model.test.js.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.voiceModel = api;
})(typeof self !== "undefined" ? self : this, () => {
  /* The generator's steps and the top-level fields each one edits, in the guide's order. */
  const STEPS = [
    { id: "identite", fields: ["organisation", "mission", "responsable", "date"] },
    { id: "publics", fields: ["publics"] },
    { id: "caractere", fields: ["traits"] },
    { id: "ton", fields: ["tons", "phrase_max"] },
    { id: "situations", fields: ["situations", "autres_situations", "canaux"] },
    { id: "lexique", fields: ["lexique", "reecritures"] },
    { id: "relecture", fields: [] },
  ];
  /* What an unfinished guide may get wrong and still open as a draft, to be fixed in the form:
     a part missing, empty, too long, out of range. Not a wrong shape (type, unknown field). */
  const DRAFT_ALLOWS = new Set(["required", "minLength", "maxLength", "minItems", "maxItems", "pattern", "minimum", "maximum"]);

  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const clone = (value) => JSON.parse(JSON.stringify(value));

  /* "traits.0.est" ↔ ["traits", 0, "est"] */
  const parsePath = (key) => (key === "" ? [] : key.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
  const keyOf = (path) => path.join(".");
  const idOf = (path) => `pb-voix-${path.join("-")}`;

  const getAt = (object, path) => path.reduce((node, part) => (node === undefined || node === null ? undefined : node[part]), object);
  const setAt = (object, path, value) => {
    let node = object;
    path.slice(0, -1).forEach((part, index) => {
      if (!isObject(node[part]) && !Array.isArray(node[part])) node[part] = typeof path[index + 1] === "number" ? [] : {};
      node = node[part];
    });
    const last = path[path.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = value;
  };

  /* A schema node with its $ref followed (the node's own keywords win, as in JSON Schema 2020-12). */
  const resolve = (schema, node) => {
    let current = node;
    while (current && current.$ref) {
      const target = current.$ref.replace(/^#\//, "").split("/").reduce((at, key) => at[key], schema);
      const { $ref, ...rest } = current;
      current = { ...target, ...rest };
    }
    return current;
  };

  /* The schema of the value at `path`, or undefined when the schema has no such place. */
  const schemaAt = (schema, path) =>
    path.reduce((node, part) => {
      if (!node) return undefined;
      if (typeof part === "number") return resolve(schema, node.items);
      return node.properties && node.properties[part] ? resolve(schema, node.properties[part]) : undefined;
    }, resolve(schema, schema));

  /* An empty value of `node`: "" for a text, the fewest entries a list may have, an object with
     its required fields, an integer's default (or nothing, to be chosen). */
  const blank = (schema, raw) => {
    const node = resolve(schema, raw);
    if (node.default !== undefined) return clone(node.default);
    if (node.type === "string") return "";
    if (node.type === "array") return Array.from({ length: node.minItems || 0 }, () => blank(schema, node.items));
    if (node.type === "object") {
      const value = {};
      for (const key of node.required || []) {
        const empty = blank(schema, node.properties[key]);
        if (empty !== undefined) value[key] = empty;
      }
      return value;
    }
    return undefined;
  };

  /* A new guide: empty, with the suggested words to prefer and avoid, dated `today`. */
  const starter = (schema, suggestions, today) => ({
    ...blank(schema, schema),
    lexique: { preferes: clone(suggestions.preferes), a_eviter: clone(suggestions.a_eviter) },
    date: today,
  });

  /* `value` with every field the form shows, blanks where it had none (its own values kept). */
  const filled = (schema, value, raw = schema) => {
    const node = resolve(schema, raw);
    if (node.type === "object" && isObject(value)) {
      const result = { ...blank(schema, node), ...value };
      for (const [key, child] of Object.entries(node.properties || {})) {
        if (key in value) result[key] = filled(schema, value[key], child);
      }
      return result;
    }
    if (node.type === "array" && Array.isArray(value)) return value.map((item) => filled(schema, item, node.items));
    return value;
  };

  const limits = (schema, path) => {
    const node = schemaAt(schema, path) || {};
    return { min: node.minItems || 0, max: node.maxItems === undefined ? Infinity : node.maxItems };
  };

  /* The name of a list's entry, from the catalogue: « Trait 2 », « Mot à éviter 3 ». */
  const itemLabel = (path, index, text) => text(`voice.items.${listKey(path)}`, { number: index + 1 });
  /* A list's name in the catalogue, its indexes left out: ["traits", 1, "a_faire"] → "traits-a_faire". */
  const listKey = (path) => path.filter((part) => typeof part !== "number").join("-");

  /*
   * What the reader sees as the field's name: the titles down to it, a list's title replaced by
   * its entry's name, the step's own groups (« Notre ton », « Selon les situations ») left out.
   * situations.crise.ton → « Crise — Comment notre ton s’ajuste »; traits.1.a_faire.0 → « Trait 2 — À faire 1 ».
   */
  const labelOf = (schema, path, text) => {
    const parts = [];
    let node = resolve(schema, schema);
    path.forEach((part, index) => {
      if (!node) return;
      if (typeof part === "number") {
        parts[parts.length - 1] = itemLabel(path.slice(0, index), part, text);
        node = resolve(schema, node.items);
        return;
      }
      node = node.properties && node.properties[part] ? resolve(schema, node.properties[part]) : undefined;
      parts.push(node && node.title ? node.title : String(part));
    });
    const shown = path.length > 1 && typeof path[1] !== "number" && isGroup(schema, path[0]) ? parts.slice(1) : parts;
    return shown.join(" — ");
  };
  const isGroup = (schema, key) => {
    const node = schemaAt(schema, [key]);
    return Boolean(node) && node.type === "object";
  };

  const stepOf = (path) => STEPS.find((step) => step.fields.includes(path[0])) || STEPS[STEPS.length - 1];

  /* Problems ({path, keyword, message}) → {stepId: [problem…]}, every step listed. */
  const byStep = (problems) => {
    const grouped = Object.fromEntries(STEPS.map((step) => [step.id, []]));
    for (const problem of problems) grouped[stepOf(problem.path).id].push(problem);
    return grouped;
  };

  /* Drafts: an unfinished guide travels as {"brouillon": true, "guide": …} (playbook/voice/spec.py reads it). */
  const isDraft = (data) => isObject(data) && Object.keys(data).sort().join() === "brouillon,guide" && data.brouillon === true;
  const asDraft = (guide) => ({ brouillon: true, guide });
  const unwrap = (data) => (isDraft(data) ? data.guide : data);
  /* A guide whose only problems are missing or empty parts opens as a draft; a wrong shape does not. */
  const opensAsDraft = (problems) => problems.every((problem) => DRAFT_ALLOWS.has(problem.keyword));

  const slug = (text) =>
    String(text || "guide")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "guide";

  return {
    STEPS,
    isObject,
    clone,
    parsePath,
    keyOf,
    idOf,
    getAt,
    setAt,
    resolve,
    schemaAt,
    blank,
    starter,
    filled,
    limits,
    itemLabel,
    listKey,
    labelOf,
    stepOf,
    byStep,
    isDraft,
    asDraft,
    unwrap,
    opensAsDraft,
    slug,
  };
});
