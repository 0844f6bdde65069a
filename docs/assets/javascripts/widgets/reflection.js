/*
 * A reflection (data-widget="reflection"): short personal questions whose answers are saved as
 * typed in the course state ({answers: {promptId: text}, updatedAt}) and never leave the browser
 * unless the learner puts their texts in an exported record.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const DELAY = 400;

  class Reflection extends PS.Component {
    static messages = "scenario";

    constructor(root) {
      super(root);
      this.reflection = this.data("reflection");
      this.fields = new Map(this.findAll("[data-prompt]").map((item) => [item.dataset.prompt, item.querySelector("textarea")]));
      const { state, notice } = PS.courseState.read(this.reflection.course);
      const entry = (state && state.reflections[this.reflection.id]) || { answers: {} };
      for (const [id, field] of this.fields) field.value = entry.answers[id] || "";
      this.imported = entry.answered || 0;
      this.status(notice || (this.imported && !Object.keys(entry.answers).length ? this.message("importedReflection") : ""));
      this.listen(this.root, "input", () => this.typed());
      this.listen(this.root, "focusout", () => this.timer && this.flush());
    }

    status(extra) {
      const answered = [...this.fields.values()].filter((field) => field.value.trim() !== "").length;
      const count = this.message("answered", { count: answered, total: this.fields.size });
      this.find("[data-status]").textContent = extra ? `${count} ${extra}` : count;
    }

    typed() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), DELAY);
    }

    flush() {
      clearTimeout(this.timer);
      this.timer = null;
      const answers = {};
      for (const [id, field] of this.fields) if (field.value.trim() !== "") answers[id] = field.value;
      const written = PS.courseState.update(this.reflection.course, this.reflection.version, (state) => {
        const entry = { answers, updatedAt: new Date().toISOString() };
        const answered = Object.keys(answers).length;
        if (this.imported > answered) entry.answered = this.imported;
        state.reflections[this.reflection.id] = entry;
      });
      this.status(written.ok ? this.message("savedAll") : written.notice);
    }

    destroy() {
      if (this.timer) this.flush();
      super.destroy();
    }
  }

  PS.register("reflection", Reflection);
})();
