/*
 * « Définir notre voix » (data-widget="voice-generator"): the guide built step by step, saved in
 * the browser as you type, previewed beside the form (behind a tab on a phone). Problems are
 * shown the GOV.UK way once a step is checked (« Continuer », or an export that needs a complete
 * guide): a summary at the top of the step, each line a link to its field, the same sentence
 * next to the field. The frame is voice-view.js, the fields voice-fields.js, files and links
 * voice-io.js, the draft checker voice-checker-panel.js; validation is ajv's (PS.validation).
 * The validator, the fields of the later steps, files, links and the checker load when first
 * needed (voice-extras.js).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const M = PS.voiceModel;
  const WIDE = "(min-width: 60em)"; // the preview sits beside the form from here on (voice.css)

  class VoiceGenerator extends PS.Component {
    static messages = "voice";
    /* Milliseconds of typing pause before the preview is redrawn (read by `make bench` too). */
    static PREVIEW_DELAY = 150;

    constructor(root) {
      super(root);
      this.config = this.data("voice");
      this.schema = this.config.schema;
      this.open = new Set(); // keys of the panels the reader opened
      this.checked = new Set(); // steps whose problems are shown
      this.current = 0;
      this.say = (name, params) => PS.text(`voice.${name}`, params); // nested names too ("steps.caption")
      this.view = new PS.VoiceView(this.say);
      this.fields = new PS.VoiceFields({ schema: this.schema, guide: () => this.guide, say: this.say, open: this.open, suggestions: this.config.suggestions });
      this.store = new PS.VoiceStore({ schema: this.schema, suggestions: this.config.suggestions, notify: (text) => this.view.notify(text) });
      this.guide = this.store.load();
      this.problems = this.store.isNew ? this.config.starterProblems : []; // known once validated
      this.extras = new PS.VoiceExtras(this); // what loads when first needed
      this.find("[data-fallback]").hidden = true;
      const app = this.find("[data-app]");
      app.replaceChildren(...this.view.layout());
      app.hidden = false;
      this.wire(app);
      this.go(0, { focus: false });
      this.validated = this.store.isNew ? null : this.extras.whenValidated(() => this.checkSaved());
      const whenIdle = window.requestIdleCallback ? (task) => window.requestIdleCallback(task) : (task) => setTimeout(task, 1);
      whenIdle(() => (window.matchMedia(WIDE).matches ? this.renderPreview() : null));
      this.extras.receiveShared();
    }

    /* Once the validator is there: a saved guide of the wrong shape makes way for a new one. */
    checkSaved() {
      const guide = this.store.checked(this.guide, PS.validation.problems("voice", this.guide));
      if (guide === this.guide) return this.refresh();
      this.guide = guide;
      return this.go(this.current, { focus: false });
    }

    fresh() {
      return this.store.fresh();
    }

    save() {
      this.store.save(this.guide);
    }

    wire(app) {
      this.listen(app, "input", (event) => this.edited(event));
      this.listen(app, "click", (event) => this.clicked(event));
      this.listen(app, "keydown", (event) => this.tabKeys(event));
      this.listen(app, "toggle", (event) => this.toggled(event), true);
      this.listen(this.view.step, "submit", (event) => event.preventDefault()); // Enter in a lone field must not reload the page
      this.listen(window, "hashchange", () => this.extras.receiveShared());
      this.listen(this.view.importInput, "change", (event) => this.extras.whenLoaded(() => this.extras.io.importFile(event.target)));
    }

    /* ---------- editing ---------- */

    edited(event) {
      const control = event.target.closest("[data-path]");
      if (!control) return;
      const path = M.parsePath(control.dataset.path);
      let value = control.value;
      if (control.dataset.number !== undefined) value = value === "" ? undefined : Number(value);
      if (control.type === "range") {
        control.setAttribute("aria-valuetext", this.fields.scaleText(M.schemaAt(this.schema, path), value));
        control.parentElement.querySelector("output").textContent = String(value);
      }
      M.setAt(this.guide, path, value);
      const panel = control.closest("[data-panel]");
      if (panel) panel.querySelector("[data-title]").textContent = this.fields.panelTitle(M.parsePath(panel.dataset.panel));
      this.changed();
    }

    changed() {
      this.save();
      this.refresh();
      this.extras.revalidate();
      clearTimeout(this.previewTimer);
      this.previewTimer = setTimeout(() => this.renderPreview(), VoiceGenerator.PREVIEW_DELAY);
      this.extras.runChecker();
    }

    /* Validate, then update the step list, the errors shown and the panels' states. */
    refresh() {
      if (this.extras.canValidate) this.problems = PS.validation.problems("voice", this.guide);
      const grouped = M.byStep(this.problems);
      this.view.renderSteps(this.current, grouped);
      this.view.markPanels(this.problems.map((problem) => M.keyOf(problem.path)));
      this.showErrors(grouped);
      this.extras.showState(this.problems);
    }

    /* « « Crise — Comment notre ton s’ajuste » ne doit pas être vide » */
    describe(problem) {
      return PS.text("validation.at", { field: M.labelOf(this.schema, problem.path, PS.text), problem: problem.message });
    }

    showErrors(grouped = M.byStep(this.problems)) {
      const step = M.STEPS[this.current];
      const last = this.current === M.STEPS.length - 1;
      const shown = this.checked.has(step.id) ? (last ? this.problems : grouped[step.id]) : [];
      const note = last ? this.say("errors.export") : this.say("errors.skip");
      this.view.showSummary(shown, (problem) => this.describe(problem), note, !last);
      const messages = new Map();
      for (const problem of shown) if (!messages.has(M.keyOf(problem.path))) messages.set(M.keyOf(problem.path), this.describe(problem));
      this.view.showFieldErrors(messages);
    }

    /* Show the problems of this step (of the whole guide on the last); true when there are none. */
    async check() {
      // After a saved guide's check (registered first on the same load), or false if it cannot load.
      if (!(await this.extras.whenValidated(() => true))) return false;
      const step = M.STEPS[this.current];
      this.checked.add(step.id);
      this.refresh();
      if (this.view.summary.hidden) return true;
      this.view.summary.focus();
      return false;
    }

    /* ---------- moving between steps ---------- */

    go(index, { focus = true } = {}) {
      const to = Math.max(0, Math.min(index, M.STEPS.length - 1));
      if (!this.extras.canShow(M.STEPS[to])) return this.extras.whenShown(M.STEPS[to], () => this.go(to, { focus }));
      this.current = to;
      const step = M.STEPS[this.current];
      const content = step.id === "relecture" ? [this.extras.io.panel, this.extras.checker.panel] : step.fields.map((key) => this.fields.field([key]));
      this.view.renderStep(this.current, content);
      this.refresh();
      this.followInPreview();
      if (focus) {
        this.view.heading.focus({ preventScroll: true });
        this.root.scrollIntoView({ block: "start" });
      }
    }

    /* Redraw the step after a list changed, keeping the focus where it makes sense. */
    redraw(focusKey) {
      const scroll = window.scrollY;
      this.go(this.current, { focus: false });
      window.scrollTo(0, scroll);
      const target = focusKey && this.find(`[data-path="${CSS.escape(focusKey)}"], [data-add="${CSS.escape(focusKey)}"]`);
      if (target) target.focus();
    }

    async clicked(event) {
      const target = event.target.closest("[data-step], [data-go], [data-add], [data-remove], [data-idea], [data-focus], [data-tab], [data-start]");
      if (!target) return;
      const { step, go, add, remove, idea, focus, tab, start } = target.dataset;
      if (step !== undefined) this.go(Number(step));
      else if (go === "next") {
        if (await this.check()) this.go(this.current + 1);
      } else if (go === "previous") this.go(this.current - 1);
      else if (go === "skip") this.go(this.current + 1);
      else if (add !== undefined) this.addTo(M.parsePath(add));
      else if (remove !== undefined) this.removeFrom(M.parsePath(remove), Number(target.dataset.index));
      else if (idea !== undefined) this.useIdea(this.config.suggestions.traits[Number(idea)]);
      else if (tab !== undefined) this.showTab(tab);
      else if (start !== undefined) this.replaceWith(start === "example" ? this.config.example : this.fresh(), this.say(`start.${start}`, { name: this.config.example.organisation }));
      else if (focus !== undefined) {
        event.preventDefault();
        event.stopPropagation(); // instant navigation would otherwise load the page again for the anchor
        this.focusField(M.parsePath(focus));
      }
    }

    addTo(path) {
      const list = M.getAt(this.guide, path) || [];
      list.push(M.blank(this.schema, M.schemaAt(this.schema, path).items));
      M.setAt(this.guide, path, list);
      const added = [...path, list.length - 1];
      this.open.add(M.keyOf(added));
      this.redraw(M.keyOf(M.schemaAt(this.schema, added).type === "string" ? added : path));
      const first = this.find(`[data-panel="${CSS.escape(M.keyOf(added))}"] [data-path]`);
      if (first) first.focus();
      this.changed();
    }

    removeFrom(path, index) {
      const label = M.itemLabel(path, index, PS.text);
      M.getAt(this.guide, path).splice(index, 1);
      this.open.clear();
      this.redraw(M.keyOf(path));
      this.view.announce(this.say("removed", { label }));
      this.changed();
    }

    useIdea(idea) {
      const traits = this.guide.traits;
      let index = traits.findIndex((trait) => !trait.est && !trait.pas && !trait.description);
      const { max } = M.limits(this.schema, ["traits"]);
      if (index === -1 && traits.length < max) {
        traits.push(M.blank(this.schema, this.schema.properties.traits.items));
        index = traits.length - 1;
      }
      if (index === -1) return this.view.announce(this.say("ideas.full", { count: max }));
      Object.assign(traits[index], { est: idea.est, pas: idea.pas, description: idea.description });
      this.open.add(`traits.${index}`);
      this.redraw(`traits.${index}.a_faire.0`);
      this.view.announce(this.say("ideas.done", { number: index + 1, ...idea }));
      this.changed();
    }

    /* A summary link: to the field's step, its panel opened, the field focused (GOV.UK). */
    focusField(path) {
      const step = M.STEPS.indexOf(M.stepOf(path));
      if (step !== this.current && step !== M.STEPS.length - 1) {
        this.checked.add(M.STEPS[step].id);
        this.go(step, { focus: false });
      }
      const key = M.keyOf(path);
      const field = this.find(`[data-path="${CSS.escape(key)}"]`) || this.find(`[data-field="${CSS.escape(key)}"]`);
      if (!field) return;
      for (let panel = field.closest("details"); panel; panel = panel.parentElement.closest("details")) panel.open = true;
      const control = field.matches("[data-path]") ? field : field.querySelector("[data-path], button, summary");
      control.focus({ preventScroll: true });
      const label = field.closest("[data-field]")?.querySelector("label, legend, summary") || control;
      label.scrollIntoView({ block: "center" });
    }

    toggled(event) {
      const key = event.target.dataset && event.target.dataset.panel;
      if (!key) return;
      if (event.target.open) this.open.add(key);
      else this.open.delete(key);
    }

    showTab(name) {
      this.view.selectTab(name);
      if (name === "apercu") this.renderPreview();
    }

    /* The tabs' arrow keys (WAI-ARIA tabs pattern): two tabs, so any arrow goes to the other. */
    tabKeys(event) {
      const tab = event.target.closest("[role=tab]");
      if (!tab || !["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
      event.preventDefault();
      const name = tab.dataset.tab === "formulaire" ? "apercu" : "formulaire";
      this.showTab(name);
      this.find(`[data-tab="${name}"]`).focus();
    }

    /* ---------- the preview ---------- */

    async renderPreview() {
      await PS.voiceRender.ready();
      this.view.showPreview(PS.voiceRender.render(this.config.templates, this.schema, this.guide, "html", true));
      this.followInPreview();
    }

    /* The preview scrolls to the part of the guide the current step edits. */
    followInPreview() {
      this.view.follow(M.STEPS[this.current].fields.map((key) => this.schema.properties[key].title));
    }

    /* ---------- replacing the whole guide ---------- */

    replaceWith(next, said) {
      this.store.keepAside();
      this.guide = M.filled(this.schema, M.clone(next));
      this.open.clear();
      this.checked.clear();
      this.save();
      this.go(0, { focus: false });
      this.extras.revalidate();
      this.renderPreview();
      this.extras.runChecker();
      this.view.announce(said);
    }

    destroy() {
      clearTimeout(this.previewTimer);
      this.extras.destroy();
      super.destroy();
    }
  }

  PS.register("voice-generator", VoiceGenerator);
})();
