/*
 * The learner record component (data-widget="record", the `/// dossier` block), on the path page
 * and on « Mon bilan »: the learner's name (optional) and « inclure mes textes » (off by default),
 * export as one file, import of a v1 or v2 file checked by its JSON Schema, what would change
 * shown and confirmed, everything replaced kept aside in storage, and « Annuler l’import ».
 * Other widgets of the page learn about an import through storage events, as from another tab.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const h = PS.h;
  // Loaded with the first export or import: what the record scores and restores (PS.recordData, the
  // course's progress rules and the checklists: in the page, it would double the page's size), the
  // record's logic (record.js and what it scores with)…
  const RECORD = ["record-data.js", "widgets/scoring.js", "widgets/answers.js", "widgets/record.js"];
  // … and, with the first file chosen, the schema problems worded in French (PS.loadLater("validation")).

  class Record extends PS.Component {
    static messages = "record";

    constructor(root) {
      super(root);
      this.app = this.find("[data-record-app]");
      this.find("[data-record-fallback]").hidden = true;
      this.app.hidden = false;
      this.render();
    }

    /* {course, checklists}: once RECORD has loaded. */
    get site() {
      return PS.recordData;
    }

    snapshot() {
      const checklists = {};
      for (const checklist of this.site.checklists) {
        const stored = PS.storage.read("checklist", checklist.id, PS.answers.isStored).value;
        if (stored) checklists[checklist.id] = stored;
      }
      return { profile: PS.learner.profile(), checklists, course: PS.courseState.read(this.site.course.id).state };
    }

    progress(state, checklists) {
      return PS.courseProgress.progress(this.site.course, { course: state, checklists });
    }

    render() {
      const profile = PS.learner.profile();
      const name = h("input", { type: "text", class: "pb-field", id: "pb-record-name", autocomplete: "name", maxlength: 120, value: profile.name || "", "aria-describedby": "pb-record-name-hint" });
      const texts = h("input", { type: "checkbox", id: "pb-record-texts", "aria-describedby": "pb-record-texts-hint" });
      texts.checked = profile.includeTexts === true;
      this.listen(name, "change", () => this.save({ name: name.value.trim() }));
      this.listen(texts, "change", () => this.save({ includeTexts: texts.checked }));
      const file = h("input", { type: "file", id: "pb-record-import", accept: ".json,application/json" });
      this.listen(file, "change", () => this.read(file).catch((error) => this.notRun(error)));
      const exportButton = h("button", { type: "button", class: "md-button md-button--primary" }, this.message("export"));
      this.listen(exportButton, "click", () => this.exportRecord().catch((error) => this.notRun(error)));
      this.panel = h("div", { class: "pb-record__panel", hidden: true });
      this.status = h("p", { class: "pb-record__status", role: "status", "aria-live": "polite" });
      this.app.replaceChildren(
        h("div", { class: "pb-record__field" },
          h("label", { for: "pb-record-name" }, this.message("nameLabel")),
          h("p", { class: "pb-record__hint", id: "pb-record-name-hint" }, this.message("nameHint")),
          name),
        h("div", { class: "pb-record__field pb-record__field--check" },
          texts,
          h("label", { for: "pb-record-texts" }, this.message("textsLabel")),
          h("p", { class: "pb-record__hint", id: "pb-record-texts-hint" }, this.message("textsHint"))),
        h("p", { class: "pb-record__actions" }, exportButton),
        h("div", { class: "pb-record__field" },
          h("label", { for: "pb-record-import" }, this.message("importLabel")),
          h("p", { class: "pb-record__hint" }, this.message("importHint")),
          file),
        this.panel,
        this.status,
      );
    }

    save(changes) {
      const written = PS.learner.save(changes);
      this.say(written.ok ? "" : written.notice);
    }

    say(text) {
      this.status.textContent = text;
    }

    /* A script of the export or the import could not load (or failed): said, nothing changed. */
    notRun(error) {
      console.error("Playbook social: the learner record action failed.", error); // typographie: code
      this.say(this.message("notRun"));
    }

    async exportRecord() {
      await PS.loadAll(RECORD);
      const snapshot = this.snapshot();
      const now = new Date().toISOString();
      const progress = this.progress(snapshot.course, snapshot.checklists);
      const record = PS.record.fromStorage(snapshot, this.site, { now, scores: PS.scoring.score, progress });
      const name = PS.record.fileName(snapshot.profile.name, now.slice(0, 10));
      PS.download.download(name, `${JSON.stringify(record, null, 2)}\n`, "application/json");
      this.say(PS.text("common.download.ready", { name }));
    }

    async read(input) {
      const file = await PS.download.chosen(input);
      if (!file) return;
      await PS.loadAll(RECORD);
      const { text } = file;
      let data;
      try {
        data = JSON.parse(text);
      } catch (error) {
        return this.refuse(this.message("notJson", { detail: error.message }));
      }
      const schema = PS.record.schemaOf(data);
      if (schema.future) return this.refuse(this.message("future", { version: schema.future }));
      // The French problems and what is stored here, checked before anything is compared or replaced.
      await Promise.all([PS.loadLater("validation"), PS.courseState.checks()]);
      await PS.validation.ready(schema);
      const problems = PS.validation.problems(schema, data);
      if (problems.length) {
        // What makes it a record at all (its schema and version) first, then the first few others.
        const identity = problems.filter((problem) => ["schema", "version"].includes(problem.path[0]));
        const shown = (identity.length ? identity : problems).slice(0, 3);
        return this.refuse(this.message("invalid", { problems: shown.map(PS.validation.describe).join(" ; ") }));
      }
      const snapshot = this.snapshot();
      const record = schema === "learner-record-1" ? PS.record.upgrade(data, snapshot.profile.id) : data;
      const restore = (checklist, entry) =>
        PS.answers.toStored(checklist, PS.answers.restore(checklist, { version: entry.version, answers: entry.answers }).answers);
      const plan = PS.record.incoming(record, snapshot, this.site, {
        now: new Date().toISOString(),
        progress: (state, checklists) => this.progress(state, checklists),
        restore,
      });
      if (!plan.changes.length) return this.refuse(this.message("nothing"));
      this.confirm(plan, file.name);
    }

    refuse(text) {
      this.panel.hidden = true;
      this.say(`${text} ${this.message("unchanged")}`);
    }

    /* « Les parts du dossier : 2 modules terminés sur 6, 12 sections lues… » */
    summary({ modules, total, sections, quizzes }) {
      return [
        this.message("modules", { count: modules, total }),
        this.message("sections", { count: sections }),
        this.message("quizzes", { count: quizzes }),
      ].join(", ");
    }

    describe([key, params]) {
      if (key === "courseReplace") return this.message(key, { incoming: this.summary(params.incoming), current: this.summary(params.current) });
      if (key === "courseNew") return this.message(key, { incoming: this.summary(params.incoming) });
      if (key === "checklistReplace") return this.message(key, { ...params, current: this.message("yourAnswers", { count: params.current }) });
      return this.message(key, params);
    }

    confirm(plan, fileName) {
      const question = h("p", { id: "pb-record-question" }, this.message("question", { file: fileName }));
      const replace = h("button", { type: "button", class: "md-button md-button--primary" }, this.message("replace"));
      const cancel = h("button", { type: "button", class: "md-button" }, this.message("cancel"));
      this.listen(replace, "click", () => this.apply(plan));
      this.listen(cancel, "click", () => {
        this.panel.hidden = true;
        this.say(`${this.message("cancelled")} ${this.message("unchanged")}`);
      });
      this.panel.replaceChildren(
        h("div", { class: "pb-confirm", role: "group", "aria-labelledby": "pb-record-question" },
          question,
          h("ul", {}, plan.changes.map((change) => h("li", {}, this.describe(change)))),
          plan.ignored.length ? h("p", {}, this.message("ignored", { ids: plan.ignored.join(", ") })) : null,
          h("p", {}, this.message("aside")),
          replace, " ", cancel),
      );
      this.panel.hidden = false;
      this.say("");
      replace.focus();
    }

    apply(plan) {
      const writes = [];
      if (plan.profile) writes.push(["learner", "profile", plan.profile]);
      for (const [id, stored] of Object.entries(plan.checklists)) writes.push(["checklist", id, stored]);
      if (plan.course) writes.push(["course", this.site.course.id, plan.course]);
      const before = writes.map(([kind, id]) => [kind, id, PS.storage.rawOf(kind, id)]);
      for (const [kind, id, raw] of before) if (raw !== null) PS.storage.setAside(PS.storage.keyOf(kind, id), raw);
      for (const [kind, id, value] of writes) {
        if (!PS.storage.write(kind, id, value).ok) {
          this.restore(before);
          this.panel.hidden = true;
          return this.say(this.message("failed"));
        }
      }
      this.changed(before);
      this.render();
      const undo = h("button", { type: "button", class: "md-button" }, this.message("undo"));
      this.listen(undo, "click", () => {
        this.restore(before);
        this.render();
        this.say(this.message("undone"));
      });
      this.panel.replaceChildren(h("p", {}, undo));
      this.panel.hidden = false;
      this.say(this.message("done"));
      undo.focus();
    }

    restore(before) {
      for (const [kind, id, raw] of before) PS.storage.restoreRaw(kind, id, raw);
      this.changed(before);
    }

    /* Tell the page's other widgets, as a change from another tab would. */
    changed(keys) {
      for (const [kind, id] of keys) window.dispatchEvent(new StorageEvent("storage", { key: PS.storage.keyOf(kind, id) }));
      document.dispatchEvent(new CustomEvent(PS.courseState.CHANGE, { detail: { courseId: this.site.course.id } }));
    }
  }

  PS.register("record", Record);
})();
