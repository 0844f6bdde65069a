/*
 * The base of every widget, in the manner of GOV.UK Frontend's components: one class per
 * data-widget, constructed from its root element. The constructor reads the root and wires the
 * behaviour; small methods do one thing each; `listen` remembers what it adds so that `destroy`
 * (called when instant navigation takes the page away) removes it. Sentences come from the
 * widget's namespace of the message catalogue (`static messages`), never from literals.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  PS.components = PS.components || {};

  class Component {
    /* The catalogue namespace of this widget's sentences (playbook/messages/<namespace>.json). */
    static messages = "common";

    constructor(root) {
      this.root = root;
      this.cleanups = [];
    }

    /* The sentence `name` of this widget's namespace; "common.x" or "other.x" reads another one. */
    message(name, params) {
      const key = name.includes(".") ? name : `${this.constructor.messages}.${name}`;
      return PS.text(key, params);
    }

    find(selector) {
      return this.root.querySelector(selector);
    }

    findAll(selector) {
      return [...this.root.querySelectorAll(selector)];
    }

    /* The JSON the build put in `data-<name>` of the root. */
    data(name) {
      return JSON.parse(this.root.dataset[name]);
    }

    listen(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      this.cleanups.push(() => target.removeEventListener(type, handler, options));
    }

    destroy() {
      for (const cleanup of this.cleanups.splice(0)) cleanup();
    }
  }

  PS.Component = Component;
  /* A widget script ends with PS.register("checklist", Checklist). */
  PS.register = (name, Class) => {
    PS.components[name] = Class;
  };
})();
