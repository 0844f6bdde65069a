/*
 * The generator's fields beyond texts, numbers and dates (voice-fields.js): a 1-to-5 scale, a
 * group of fields, a list with « Ajouter » and « Retirer », short fields side by side, a fold-out
 * panel, the trait ideas. Loaded, with their sentences, when a step that has one is first shown
 * (the « voice-fields » group of widgets.json, see voice-extras.js); they join VoiceFields.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const h = PS.h;
  const M = PS.voiceModel;

  Object.assign(PS.VoiceFields.prototype, {
    /* 1 to 5 between two poles, said in full to a screen reader. */
    scale(path, node, label) {
      const id = M.idOf(path);
      const value = M.getAt(this.guide(), path) ?? node.default;
      return h(
        "div",
        { class: "pb-field pb-field--scale", "data-field": M.keyOf(path) },
        h("label", { for: id, class: "pb-field__label" }, label),
        this.error(path),
        h(
          "div",
          { class: "pb-field__row" },
          h("span", { class: "pb-field__pole", "aria-hidden": "true" }, node["x-poles"][0]),
          h("input", { type: "range", id, class: "pb-field__control pb-field__control--scale", "data-path": M.keyOf(path), "data-number": true, min: node.minimum, max: node.maximum, step: 1, value, "aria-valuetext": this.scaleText(node, value) }),
          h("span", { class: "pb-field__pole", "aria-hidden": "true" }, node["x-poles"][1]),
          h("output", { for: id, class: "pb-field__output" }, String(value)),
        ),
      );
    },

    scaleText(node, value) {
      const [low, high] = node["x-poles"];
      return this.say("tone", { value, min: node.minimum, max: node.maximum, low, high });
    },

    /* Fields of an object shown together (« Notre ton », « Nos mots », each situation). */
    group(path, node) {
      const keys = Object.keys(node.properties);
      const children = keys.map((key) => {
        const child = M.schemaAt(this.schema, [...path, key]);
        return child.type === "object" ? this.panel([...path, key], child) : this.field([...path, key], child.title);
      });
      return h("div", { class: "pb-voice__group", "data-field": M.keyOf(path) }, this.error(path), children);
    },

    /* A list: its entries, « Retirer » above its fewest, « Ajouter » below its most. */
    list(path, node) {
      const found = M.getAt(this.guide(), path);
      const values = Array.isArray(found) ? found : [];
      const { min, max } = M.limits(this.schema, path);
      const items = M.resolve(this.schema, node.items);
      const key = M.keyOf(path);
      const entries = values.map((value, index) => {
        const itemPath = [...path, index];
        const label = M.itemLabel(path, index, PS.text);
        let content;
        if (items.type !== "object") content = this.input(itemPath, items, label, { hint: null, inList: true });
        else if (this.isRow(items)) content = this.row(itemPath, items, label);
        else content = this.panel(itemPath, items);
        const remove = values.length > min ? h("button", { type: "button", class: "pb-voice__remove", "data-remove": key, "data-index": index, "aria-label": this.say("removeLabel", { label }) }, this.say("remove")) : null;
        return h("li", { class: `pb-voice__item pb-voice__item--${items.type === "object" ? "object" : "text"}` }, content, remove);
      });
      const more =
        values.length < max
          ? h("button", { type: "button", class: "md-button pb-voice__add", "data-add": key }, this.say(`add.${M.listKey(path)}`))
          : h("p", { class: "pb-field__hint" }, this.say("listFull", { count: max }));
      return h(
        "fieldset",
        { class: "pb-voice__list", "data-field": key },
        h("legend", { class: "pb-voice__legend" }, M.labelOf(this.schema, path, PS.text)),
        this.hint(path, node.description),
        this.error(path),
        path[0] === "traits" && path.length === 1 ? this.ideas() : null,
        h("ol", { class: "pb-voice__items" }, entries),
        more,
      );
    },

    /* Short fields side by side (« Au lieu de » / « Nous disons »). */
    isRow(node) {
      const keys = Object.keys(node.properties);
      return keys.length <= 2 && keys.every((key) => M.resolve(this.schema, node.properties[key]).maxLength <= 300);
    },

    row(path, node, label) {
      return h(
        "fieldset",
        { class: "pb-voice__row", "data-field": M.keyOf(path) },
        h("legend", { class: "pb-voice__legend pb-voice__legend--quiet" }, label),
        Object.keys(node.properties).map((key) => this.input([...path, key], M.schemaAt(this.schema, [...path, key]), M.schemaAt(this.schema, [...path, key]).title, { inList: true })),
      );
    },

    /* Several fields folded under their name; open while the reader works in it. */
    panel(path, node) {
      const key = M.keyOf(path);
      const hints = path[0] === "situations" ? (this.suggestions.situations || {})[path[1]] || {} : {};
      const body = Object.keys(node.properties).map((name) => {
        const child = M.schemaAt(this.schema, [...path, name]);
        if (child.type === "array") return this.list([...path, name], child);
        const example = hints[name] ? this.say("example", { text: hints[name] }) : null;
        return this.input([...path, name], child, child.title, { hint: example });
      });
      const pairs = node.properties.est && node.properties.pas ? [h("div", { class: "pb-voice__pair" }, body.shift(), body.shift())] : [];
      return h(
        "details",
        { class: "pb-voice__panel", "data-panel": key, "data-field": key, open: this.open.has(key) },
        h("summary", { class: "pb-voice__panel-title" }, h("span", { "data-title": true }, this.panelTitle(path)), h("span", { class: "pb-voice__status", "data-status": key })),
        h("div", { class: "pb-voice__panel-body" }, this.error(path), pairs, body),
      );
    },

    /* « Trait 2 : franc, mais pas brutal » once the trait says what it is. */
    panelTitle(path) {
      const last = path[path.length - 1];
      const label = typeof last === "number" ? M.itemLabel(path.slice(0, -1), last, PS.text) : M.schemaAt(this.schema, path).title;
      const value = M.getAt(this.guide(), path) || {};
      const name = path[0] === "traits" && value.est && value.pas ? this.say("ideas.idea", value) : value.nom || value.reseau;
      return name ? this.say("panel", { label, name }) : label;
    },

    ideas() {
      return h(
        "div",
        { class: "pb-voice__ideas" },
        h("p", { class: "pb-field__hint", id: "pb-voix-idees" }, this.say("ideas.title")),
        h(
          "ul",
          { class: "pb-voice__ideas-list", "aria-labelledby": "pb-voix-idees" },
          this.suggestions.traits.map((idea, index) => h("li", {}, h("button", { type: "button", class: "pb-voice__idea", "data-idea": index }, this.say("ideas.idea", idea)))),
        ),
      );
    },
  });
})();
