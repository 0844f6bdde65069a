/*
 * « Mon bilan » (data-widget="dashboard"): every checklist's status and level, a chart of the
 * level per domain with the same data as a table, the three weakest answers (« ne s’applique
 * pas » left out), and reset everything. Exporting and importing the learner record is the
 * record component's (data-widget="record", placed below the dashboard on « Mon bilan »).
 */
(() => {
  const PS = window.PlaybookSocial;
  const KIND = "checklist";
  const h = PS.h;

  class Dashboard extends PS.Component {
    static messages = "dashboard";

    constructor(root) {
      super(root);
      this.catalogue = this.data("catalogue").checklists;
      this.app = this.find("[data-app]");
      this.find("[data-fallback]").hidden = true;
      this.app.hidden = false;
      this.notices = [];
      this.status = h("p", { class: "pb-dashboard__message", role: "status", "aria-live": "polite" });
      this.render();
      this.listen(this.app, "click", (event) => this.onClick(event));
      this.listen(window, "storage", (event) => this.onStorage(event));
    }

    say(text) {
      this.status.textContent = text;
    }

    /* Each checklist with the reader's answers (revised checklists brought up to date) and its score. */
    readAll() {
      return this.catalogue.map((checklist) => {
        const stored = PS.storage.read(KIND, checklist.id, PS.answers.isStored);
        if (stored.notice && !this.notices.includes(stored.notice)) this.notices.push(stored.notice);
        let answers = {};
        if (stored.value) {
          const restored = PS.answers.restore(checklist, stored.value);
          answers = restored.answers;
          if (restored.changed) this.update(checklist, stored.value, answers, restored.changed);
        }
        return { checklist, answers, outcome: PS.scoring.score(checklist, answers) };
      });
    }

    update(checklist, old, answers, changed) {
      PS.storage.setAside(PS.storage.keyOf(KIND, checklist.id), JSON.stringify(old));
      PS.storage.write(KIND, checklist.id, PS.answers.toStored(checklist, answers));
      this.notices.push(this.message("updated", { checklist: checklist.title, notice: PS.answers.changeSentence(changed, PS.text) }));
    }

    statusOf({ outcome }) {
      if (outcome.answered === 0) return this.message("dashboard.status.empty");
      if (!outcome.complete) return this.message("dashboard.status.partial", { answered: outcome.answered, total: outcome.total });
      return this.message("dashboard.status.done");
    }

    levelText({ outcome }) {
      return outcome.percent === null ? this.message("noScore") : this.message("levelText", { level: outcome.level.name, percent: outcome.percent });
    }

    entries(states) {
      return h(
        "ul",
        { class: "pb-dashboard__list" },
        states.map((state) =>
          h(
            "li",
            { class: "pb-dashboard__entry", "data-checklist": state.checklist.id, "data-progress": this.progressOf(state) },
            h("a", { href: state.checklist.href }, state.checklist.title),
            h("span", { class: "pb-dashboard__domain" }, state.checklist.domaine),
            h("span", { class: "pb-dashboard__status", "data-status": true }, this.statusOf(state)),
            h("span", { class: "pb-dashboard__level", "data-level": true }, this.levelText(state)),
          ),
        ),
      );
    }

    progressOf({ outcome }) {
      if (outcome.answered === 0) return "empty";
      return outcome.complete ? "done" : "partial";
    }

    chartRows(states) {
      return states.map((state) => {
        const { outcome, checklist } = state;
        const partial = this.progressOf(state) === "partial";
        const counts = { answered: outcome.answered, total: outcome.total };
        let caption = this.message("chartNotStarted");
        if (outcome.percent !== null) {
          const known = { percent: outcome.percent, level: outcome.level.name };
          caption = partial ? this.message("chartPartial", { ...known, ...counts }) : this.message("chartDone", known);
        } else if (partial) {
          caption = this.message("chartPartialNoScore", counts);
        }
        const label = checklist.domaine.charAt(0).toUpperCase() + checklist.domaine.slice(1);
        return { label, percent: outcome.percent, caption, partial };
      });
    }

    table(states) {
      const headers = ["domain", "checklist", "answers", "score", "level"].map((name) => this.message(`dashboard.tableHeaders.${name}`));
      const none = this.message("noScore");
      return h(
        "table",
        { class: "pb-dashboard__table" },
        h("caption", {}, this.message("chartTitle")),
        h("thead", {}, h("tr", {}, headers.map((title) => h("th", { scope: "col" }, title)))),
        h(
          "tbody",
          {},
          states.map(({ checklist, outcome }) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, checklist.domaine),
              h("td", {}, checklist.title),
              h("td", {}, this.message("answersCount", { answered: outcome.answered, total: outcome.total })),
              h("td", {}, outcome.percent === null ? none : this.message("percent", { percent: outcome.percent })),
              h("td", {}, outcome.percent === null ? none : outcome.level.name),
            ),
          ),
        ),
      );
    }

    /* The three lowest scored answers (weightier first among equals); « ne s’applique pas » is not weak. */
    weakest(states) {
      const scored = [];
      states.forEach(({ checklist, answers }, order) => {
        for (const item of checklist.items) {
          const ratio = PS.scoring.ratio(checklist, answers[item.id]);
          if (ratio !== null && ratio < 1) scored.push({ checklist, item, step: checklist.scale[answers[item.id]], ratio, order });
        }
      });
      return scored.sort((a, b) => a.ratio - b.ratio || b.item.weight - a.item.weight || a.order - b.order).slice(0, 3);
    }

    weakestList(states) {
      const weak = this.weakest(states);
      if (!weak.length) return h("p", {}, this.message("weakestNone"));
      return h(
        "ol",
        { class: "pb-dashboard__weakest" },
        weak.map(({ checklist, item, step }) =>
          h(
            "li",
            {},
            h("p", { class: "pb-dashboard__weak-text" }, item.text),
            h("p", { class: "pb-dashboard__weak-meta" }, this.message("weakestAnswer", { checklist: checklist.title, answer: step.label })),
            h("p", {}, h("a", { href: item.href }, this.message("weakestRead", { section: item.section }))),
          ),
        ),
      );
    }

    /* Every answer given, checklist by checklist: folded on screen, printed in full. */
    answersList(states) {
      const started = states.filter(({ outcome }) => outcome.answered > 0);
      if (!started.length) return null;
      const label = (checklist, choice) => (choice === PS.scoring.NOT_APPLICABLE ? PS.text("checklist.notApplicable") : checklist.scale[choice].label);
      return h(
        "details",
        { class: "pb-dashboard__answers" },
        h("summary", {}, this.message("answersTitle")),
        started.map(({ checklist, answers }) =>
          h(
            "section",
            { class: "pb-dashboard__answers-checklist" },
            h("h3", {}, checklist.title),
            h(
              "ol",
              {},
              checklist.items.map((item) =>
                h("li", {}, item.text, " ", h("strong", {}, item.id in answers ? label(checklist, answers[item.id]) : this.message("noAnswer"))),
              ),
            ),
          ),
        ),
      );
    }

    resetControls() {
      return [
        h("button", { type: "button", class: "md-button", "data-action": "reset-all" }, this.message("resetAll")),
        h(
          "div",
          { class: "pb-confirm", role: "group", "aria-labelledby": "pb-reset-all-question", hidden: true, "data-confirm": true },
          h("p", { id: "pb-reset-all-question" }, this.message("resetAllQuestion")),
          h("button", { type: "button", class: "md-button md-button--primary", "data-action": "reset-all-confirm" }, this.message("resetAllConfirm")),
          " ",
          h("button", { type: "button", class: "md-button", "data-action": "reset-all-cancel" }, this.message("resetAllCancel")),
        ),
      ];
    }

    render() {
      const states = this.readAll();
      this.app.replaceChildren(
        h("p", { class: "pb-dashboard__notice", role: "status", hidden: this.notices.length === 0 }, this.notices.join(" ")),
        this.entries(states),
        h("h2", { id: "pb-bilan-niveaux" }, this.message("chartTitle")),
        h("figure", { class: "pb-dashboard__chart" }, PS.chart.bars(this.chartRows(states)), h("div", { class: "pb-dashboard__tablewrap" }, this.table(states))),
        h("h2", { id: "pb-bilan-points" }, this.message("weakestTitle")),
        this.weakestList(states),
        this.answersList(states),
        h("div", { class: "pb-dashboard__actions" }, this.resetControls()),
        this.status,
      );
      return states;
    }

    onClick(event) {
      const button = event.target.closest("[data-action]");
      if (!button) return;
      const actions = { "reset-all": "askReset", "reset-all-cancel": "cancelReset", "reset-all-confirm": "resetAll" };
      if (actions[button.dataset.action]) this[actions[button.dataset.action]]();
    }

    onStorage(event) {
      if (event.key && event.key.startsWith(PS.storage.keyOf(KIND, ""))) this.render();
    }

    askReset() {
      this.find("[data-confirm]").hidden = false;
      this.find('[data-action="reset-all-cancel"]').focus();
    }

    cancelReset() {
      this.find("[data-confirm]").hidden = true;
      this.find('[data-action="reset-all"]').focus();
    }

    resetAll() {
      this.catalogue.forEach((checklist) => PS.storage.remove(KIND, checklist.id));
      this.render();
      this.say(this.message("resetAllDone"));
      this.find('[data-action="reset-all"]').focus();
    }
  }

  PS.register("dashboard", Dashboard);
})();
