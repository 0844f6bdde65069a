/*
 * The message catalogue's sentences (playbook/messages/*.json, one script per namespace under
 * assets/javascripts/messages/): PlaybookSocial.text("checklist.progress", {answered: 5}).
 * The same rules as playbook/messages/__init__.py; tests/fixtures/messages-cases.json holds both.
 * Pure logic: under Node it exports `text(catalogue, key, params)` for the tests.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.text = (key, params) => api.text(PS.messages || {}, key, params);
  PS.hasText = (key) => api.lookup(PS.messages || {}, key) !== undefined;
})(typeof self !== "undefined" ? self : this, () => {
  const PLACEHOLDER = /\{(\w+)\}/g;

  const lookup = (catalogue, key) => {
    let entry = catalogue;
    for (const part of key.split(".")) {
      entry = entry !== null && typeof entry === "object" && !Array.isArray(entry) ? entry[part] : undefined;
      if (entry === undefined) return undefined;
    }
    return entry;
  };

  const pluralForm = (count) => (Math.abs(count) < 2 ? "one" : "other");

  const shown = (value) => String(value);

  const fill = (template, params) =>
    template.replace(PLACEHOLDER, (match, name) => {
      if (!(name in params)) throw new Error(`missing parameter "${name}" for "${template}"`); // typographie: code
      return shown(params[name]);
    });

  const text = (catalogue, key, params = {}) => {
    let entry = lookup(catalogue, key);
    if (entry === undefined) throw new Error(`unknown message: ${key}`); // typographie: code
    if (entry !== null && typeof entry === "object" && Object.keys(entry).sort().join() === "one,other") {
      if (!("count" in params)) throw new Error(`"${key}" has plural forms: give "count"`); // typographie: code
      entry = entry[pluralForm(params.count)];
    }
    if (typeof entry !== "string") throw new Error(`"${key}" is a group of messages, not a message`); // typographie: code
    return fill(entry, params);
  };

  return { text, lookup, pluralForm };
});
