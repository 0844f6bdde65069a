/*
 * The generator's form, built from the voice schema: a text, number, date or 1-to-5 scale per
 * field, a list with « Ajouter » and « Retirer » per array (its limits from minItems/maxItems),
 * a fold-out panel per entry that holds several fields. Values are read from the guide being
 * edited; every element is built from text (PS.h), never from markup. Each control carries
 * `data-path` (its place in the guide) and each field `data-field`, for errors and focus.
 * This file draws texts, numbers and dates, all the first step has; scales, groups, lists and
 * panels are voice-fields-more.js, loaded when another step is first shown (voice-extras.js).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const h = PS.h;
  const M = PS.voiceModel;
  const LONG_TEXT = 120; // texts allowed longer than this get several lines
  /* A text, a number or a date: not a list, a group, nor a scale (an integer between two poles). */
  const isInput = (node) => node.type !== "array" && node.type !== "object" && !(node.type === "integer" && node["x-poles"]);

  class VoiceFields {
    /* schema: the voice schema; guide(): the guide being edited; say(name, params): a voice message;
       open: the keys of the panels the reader has open, kept across redraws. */
    constructor({ schema, guide, say, open, suggestions }) {
      Object.assign(this, { schema, guide, say, open, suggestions });
    }

    /* Whether the fields at these top-level keys can be drawn now (see voice-fields-more.js). */
    canDraw(keys) {
      return Boolean(this.list) || keys.every((key) => isInput(M.schemaAt(this.schema, [key])));
    }

    /* The field at `path`, whatever its kind. */
    field(path, label = M.labelOf(this.schema, path, PS.text)) {
      const node = M.schemaAt(this.schema, path);
      if (isInput(node)) return this.input(path, node, label);
      if (node.type === "array") return this.list(path, node);
      if (node.type === "object") return this.group(path, node);
      return this.scale(path, node, label);
    }

    error(path) {
      return h("p", { class: "pb-field__error", id: `${M.idOf(path)}-erreur`, hidden: true });
    }

    hint(path, text) {
      return text ? h("p", { class: "pb-field__hint", id: `${M.idOf(path)}-aide` }, text) : null;
    }

    /* A text (one line or several), a number or a date. */
    input(path, node, label, { hint = node.description || null, inList = false } = {}) {
      const id = M.idOf(path);
      const value = M.getAt(this.guide(), path);
      const attributes = { id, class: "pb-field__control", "data-path": M.keyOf(path), "aria-describedby": hint ? `${id}-aide` : null, value: value ?? "" };
      let control;
      if (node.type === "integer") {
        control = h("input", { ...attributes, type: "number", inputmode: "numeric", min: node.minimum, max: node.maximum, "data-number": true, class: "pb-field__control pb-field__control--number" });
      } else if (node["x-format"] === "AAAA-MM-JJ") {
        control = h("input", { ...attributes, type: "date", class: "pb-field__control pb-field__control--date" });
      } else if (!inList && node.maxLength > LONG_TEXT) {
        control = h("textarea", { ...attributes, rows: node.maxLength > 300 ? 4 : 2 });
      } else {
        control = h("input", { ...attributes, type: "text" });
      }
      return h("div", { class: "pb-field", "data-field": M.keyOf(path) }, h("label", { for: id, class: "pb-field__label" }, label), this.hint(path, hint), this.error(path), control);
    }
  }

  PS.VoiceFields = VoiceFields;
})();
