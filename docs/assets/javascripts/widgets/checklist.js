/*
 * A self-assessment checklist (data-widget="checklist"): answers saved as they change, a progress
 * line beside the items (answered, provisional score) announced politely, the level reached and
 * its recommendations, a CSV export, and reset with confirmation. The HTML is complete without
 * this script; it adds the behaviour. Generic: it works wherever its block stands (a chapter, a
 * course module page).
 */
(() => {
  const PS = window.PlaybookSocial;
  const KIND = "checklist";
  const NOT_APPLICABLE = PS.scoring.NOT_APPLICABLE;

  class Checklist extends PS.Component {
    static messages = "checklist";

    constructor(root) {
      super(root);
      this.checklist = this.data("checklist");
      this.form = this.find("[data-form]");
      this.progress = this.find("[data-progress]");
      this.notices = [];
      this.answers = this.load();
      this.render();
      this.listen(this.form, "change", (event) => this.onChange(event));
      this.listen(root, "click", (event) => this.onClick(event));
      this.listen(window, "storage", (event) => this.onStorage(event));
      this.progress.hidden = false;
      this.find("[data-tools]").hidden = false;
      root.classList.add("is-ready");
    }

    /* A notice above the items (storage trouble, a revised checklist); each said once. */
    notify(text) {
      if (text && !this.notices.includes(text)) this.notices.push(text);
      const notice = this.find("[data-notice]");
      notice.textContent = this.notices.join(" ");
      notice.hidden = this.notices.length === 0;
    }

    /* The message next to the tools (export done, reset done). */
    say(text) {
      this.find("[data-message]").textContent = text;
    }

    load() {
      const stored = PS.storage.read(KIND, this.checklist.id, PS.answers.isStored);
      this.notify(stored.notice);
      if (!stored.value) return {};
      const restored = PS.answers.restore(this.checklist, stored.value);
      if (restored.changed) {
        PS.storage.setAside(PS.storage.keyOf(KIND, this.checklist.id), JSON.stringify(stored.value));
        this.notify(PS.answers.changeSentence(restored.changed, PS.text));
        this.save(restored.answers);
      }
      return restored.answers;
    }

    save(answers) {
      const written = PS.storage.write(KIND, this.checklist.id, PS.answers.toStored(this.checklist, answers));
      if (!written.ok) this.notify(written.notice);
    }

    row(itemId) {
      return this.form.querySelector(`[data-item="${CSS.escape(itemId)}"]`);
    }

    showAnswers() {
      for (const item of this.checklist.items) {
        const choice = this.answers[item.id];
        for (const input of this.row(item.id).querySelectorAll("input[type=radio]")) {
          input.checked = input.value === String(choice);
        }
      }
    }

    /* « 5 sur 14 · score provisoire 62 % » beside the items, and the level reached below them. */
    showScore() {
      const outcome = PS.scoring.score(this.checklist, this.answers);
      this.progress.textContent = this.progressText(outcome);
      this.root.classList.toggle("has-level", outcome.percent !== null);
      this.findAll("[data-level]").forEach((element) => this.markLevel(element, Number(element.dataset.level) === outcome.levelIndex));
    }

    progressText(outcome) {
      const { answered, total, percent, notApplicable } = outcome;
      const aside = notApplicable ? this.message("notApplicableCount", { count: notApplicable }) : "";
      if (outcome.complete) {
        return percent === null
          ? this.message("progressDoneNoScore")
          : this.message("progressDone", { percent, level: outcome.level.name }) + aside;
      }
      if (!answered) return this.message("progressEmpty", { total });
      if (percent === null) return this.message("progressNoScore", { answered, total }) + aside;
      return this.message("progress", { answered, total, percent }) + aside;
    }

    markLevel(element, current) {
      element.classList.toggle("is-current", current);
      if (current) element.setAttribute("aria-current", "true");
      else element.removeAttribute("aria-current");
      const badge = element.querySelector(".pb-checklist__badge");
      if (current && !badge) {
        element.querySelector(".pb-checklist__level-name").append(PS.h("span", { class: "pb-checklist__badge" }, this.message("yourLevel")));
      } else if (!current && badge) {
        badge.remove();
      }
    }

    render() {
      this.showAnswers();
      this.showScore();
    }

    onChange(event) {
      const row = event.target.closest("[data-item]");
      if (!row || event.target.type !== "radio") return;
      const value = event.target.value;
      this.answers = { ...this.answers, [row.dataset.item]: value === NOT_APPLICABLE ? value : Number(value) };
      this.save(this.answers);
      this.showScore();
    }

    onClick(event) {
      const button = event.target.closest("[data-action]");
      const action = button && { "export-csv": "exportCsv", reset: "askReset", "reset-cancel": "cancelReset", "reset-confirm": "reset" }[button.dataset.action];
      if (action) this[action]();
    }

    /* Another tab changed these answers: show them here too. */
    onStorage(event) {
      if (event.key !== PS.storage.keyOf(KIND, this.checklist.id)) return;
      this.answers = this.load();
      this.render();
    }

    answerLabel(choice) {
      if (choice === NOT_APPLICABLE) return this.message("notApplicable");
      return choice === undefined ? "" : this.checklist.scale[choice].label;
    }

    exportCsv() {
      const header = this.message.bind(this);
      const rows = [["statement", "answer", "points", "weight", "read"].map((name) => header(`checklist.csvHeader.${name}`))];
      for (const item of this.checklist.items) {
        const choice = this.answers[item.id];
        const step = Number.isInteger(choice) ? this.checklist.scale[choice] : null;
        rows.push([item.text, this.answerLabel(choice), step ? step.points : "", item.weight, item.section]);
      }
      const outcome = PS.scoring.score(this.checklist, this.answers);
      const percent = outcome.percent === null ? "" : this.message("percent", { percent: outcome.percent });
      rows.push([]);
      rows.push([this.message("checklist.csvHeader.score"), percent, "", "", outcome.level ? outcome.level.name : ""]);
      const name = `grille-${this.checklist.id}-${PS.download.today()}.csv`;
      PS.download.download(name, PS.download.csv(rows), "text/csv;charset=utf-8");
      this.say(PS.text("common.download.ready", { name }));
    }

    askReset() {
      this.find("[data-confirm]").hidden = false;
      this.find('[data-action="reset-cancel"]').focus();
    }

    cancelReset() {
      this.find("[data-confirm]").hidden = true;
      this.find('[data-action="reset"]').focus();
    }

    reset() {
      this.answers = {};
      PS.storage.remove(KIND, this.checklist.id);
      this.find("[data-confirm]").hidden = true;
      this.render();
      this.say(this.message("resetDone"));
      this.find('[data-action="reset"]').focus();
    }
  }

  PS.register("checklist", Checklist);
})();
