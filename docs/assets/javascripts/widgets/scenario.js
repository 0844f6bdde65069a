/*
 * A scenario (data-widget="scenario"): the learner writes an answer (saved as typed, a moment
 * after the last key), then reveals the guidance and a model answer — only once something is
 * written — and rates their answer on each criterion (oui, en partie, non). Everything is kept in
 * the course state: {answer, revealed, ratings, updatedAt}. Without this script the situation,
 * the guidance (a <details>) and the criteria read and print as a paper sheet.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const DELAY = 400;

  class Scenario extends PS.Component {
    static messages = "scenario";

    constructor(root) {
      super(root);
      this.scenario = this.data("scenario");
      this.answer = this.find("[data-answer]");
      this.reveal = this.find('[data-action="reveal"]');
      this.guidance = this.panel(this.find("[data-guidance]"));
      this.rating = this.find("[data-rating]");
      this.find("[data-write]").hidden = false;
      const { state, notice } = PS.courseState.read(this.scenario.course);
      if (notice) this.say(notice);
      const entry = (state && state.scenarios[this.scenario.id]) || { answer: "", revealed: false, ratings: {} };
      this.answer.value = entry.answer;
      for (const [criterion, value] of Object.entries(entry.ratings)) {
        const input = this.find(`[data-criterion="${CSS.escape(criterion)}"] input[value="${value}"]`);
        if (input) input.checked = true;
      }
      if (!entry.answer && entry.revealed) this.say(this.message("imported"));
      this.showRevealed(entry.revealed);
      this.showRatings();
      this.listen(this.answer, "input", () => this.typed());
      this.listen(this.answer, "blur", () => this.timer && this.flush());
      this.listen(this.reveal, "click", () => this.onReveal());
      this.listen(this.rating, "change", (event) => this.rate(event));
    }

    /* The guidance, out of its <details> (the version without script): shown whole once revealed. */
    panel(details) {
      const panel = PS.h("div", { class: "pb-scenario__guidance", role: "group", tabindex: "-1", "aria-label": details.querySelector("summary").textContent });
      panel.append(...[...details.children].filter((child) => child.tagName !== "SUMMARY"));
      details.replaceWith(panel);
      return panel;
    }

    say(text) {
      const box = this.find("[data-notice]");
      box.textContent = text;
      box.hidden = !text;
    }

    update(change) {
      const written = PS.courseState.update(this.scenario.course, this.scenario.version, (state) => {
        const entry = state.scenarios[this.scenario.id] || { answer: "", revealed: false, ratings: {} };
        change(entry);
        entry.updatedAt = new Date().toISOString();
        state.scenarios[this.scenario.id] = entry;
      });
      if (!written.ok) this.say(written.notice);
      return written.ok;
    }

    typed() {
      this.showRevealed(this.revealed);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), DELAY);
    }

    flush() {
      clearTimeout(this.timer);
      this.timer = null;
      const text = this.answer.value;
      if (this.update((entry) => (entry.answer = text))) this.find("[data-saved]").textContent = this.message("saved");
    }

    showRevealed(revealed) {
      this.revealed = revealed;
      const written = this.answer.value.trim() !== "";
      this.reveal.closest("p").hidden = revealed;
      this.reveal.disabled = !written && !revealed;
      this.find("[data-reveal-hint]").hidden = revealed || written;
      this.guidance.hidden = !revealed;
      this.rating.hidden = !revealed;
    }

    onReveal() {
      if (this.answer.value.trim() === "") return;
      this.flush();
      this.update((entry) => (entry.revealed = true));
      this.showRevealed(true);
      this.guidance.focus();
    }

    rate(event) {
      const fieldset = event.target.closest("[data-criterion]");
      if (!fieldset) return;
      const value = Number(event.target.value);
      this.update((entry) => (entry.ratings = { ...entry.ratings, [fieldset.dataset.criterion]: value }));
      this.showRatings();
    }

    showRatings() {
      const values = this.scenario.criteria.map((id) => {
        const input = this.find(`[data-criterion="${CSS.escape(id)}"] input:checked`);
        return input ? Number(input.value) : null;
      });
      const rated = values.filter((value) => value !== null);
      const result = this.find("[data-result]");
      if (!rated.length) result.textContent = "";
      else if (rated.length < values.length) result.textContent = this.message("rating", { count: rated.length, total: values.length });
      else {
        const yes = values.filter((value) => value === 2).length;
        result.textContent = this.message(yes === values.length ? "ratedAll" : "rated", { count: yes, total: values.length });
      }
    }

    destroy() {
      if (this.timer) this.flush();
      super.destroy();
    }
  }

  PS.register("scenario", Scenario);
})();
