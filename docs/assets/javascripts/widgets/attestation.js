/*
 * The attestation (data-widget="attestation"): once every module is done, a page to print or
 * save as PDF with the name the learner types, the date the course was finished, the modules and
 * the quiz scores. Before that, what is left, module by module. Printing records the attestation
 * ({schema: 1, name, issuedAt}) in storage; the name is kept in the learner's profile.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const h = PS.h;
  const date = (iso) => PS.courseState.day(iso);

  class Attestation extends PS.Component {
    static messages = "attestation";

    constructor(root) {
      super(root);
      this.course = this.data("course");
      this.app = this.find("[data-app]");
      this.find("[data-fallback]").hidden = true;
      this.app.hidden = false;
      this.render();
    }

    render() {
      const learner = PS.courseState.learner(this.course);
      const progress = PS.courseProgress.progress(this.course, learner);
      this.app.replaceChildren(...(progress.next === null ? this.certificate(progress, learner) : this.remaining(progress)));
    }

    remaining(progress) {
      const left = progress.modules
        .map((entry, index) => ({ entry, module: this.course.modules[index] }))
        .filter(({ entry }) => entry.status !== "done");
      return [
        h("p", {}, this.message("notYet", { count: left.length, total: progress.total })),
        h(
          "ul",
          { class: "pb-attestation__left" },
          left.map(({ entry, module }) =>
            h(
              "li",
              {},
              h("a", { href: module.href }, this.message("module", { number: module.number, title: module.title })),
              " — ",
              this.message("left", { count: entry.total - entry.done, minutes: entry.minutesLeft }),
            ),
          ),
        ),
      ];
    }

    certificate(progress, learner) {
      const profile = PS.learner.profile();
      const issued = PS.courseState.attestation(this.course.id);
      const quizzes = (learner.course && learner.course.quizzes) || {};
      const name = h("input", { type: "text", class: "pb-field", id: "pb-attestation-name", autocomplete: "name", maxlength: 120, value: profile.name || "" });
      const error = h("p", { class: "pb-attestation__error", id: "pb-attestation-error", hidden: true }, this.message("nameRequired"));
      const shown = h("p", { class: "pb-certificate__name", "data-name": true }, profile.name || "");
      this.listen(name, "input", () => {
        shown.textContent = name.value.trim();
        PS.learner.save({ name: name.value.trim() });
        error.hidden = true;
        name.removeAttribute("aria-invalid");
      });
      const print = h("button", { type: "button", class: "md-button md-button--primary" }, this.message("print"));
      this.listen(print, "click", () => {
        const typed = name.value.trim();
        if (!typed) {
          error.hidden = false;
          name.setAttribute("aria-invalid", "true");
          name.setAttribute("aria-describedby", "pb-attestation-error");
          name.focus();
          return;
        }
        PS.courseState.saveAttestation(this.course.id, typed);
        window.print();
      });
      const rows = this.course.modules.map((module, index) => {
        const quiz = module.steps.find((step) => step.kind === "quiz");
        const score = quiz && quizzes[quiz.id] ? this.message("score", { best: quizzes[quiz.id].best }) : "—";
        const finished = progress.modules[index].completedAt;
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, this.message("module", { number: module.number, title: module.title })),
          h("td", {}, finished ? date(finished) : "—"),
          h("td", {}, score),
        );
      });
      return [
        h("div", { class: "pb-attestation__form" },
          h("p", {}, this.message("ready")),
          h("label", { for: "pb-attestation-name" }, this.message("nameLabel")),
          name,
          error,
          h("p", {}, print)),
        h("div", { class: "pb-certificate", "data-certificate": true },
          h("p", { class: "pb-certificate__kicker" }, this.message("kicker")),
          h("p", { class: "pb-certificate__title" }, this.course.title),
          shown,
          h("p", {}, this.message("body", { total: this.course.modules.length, date: date(progress.completedAt || new Date().toISOString()) })),
          h("table", { class: "pb-certificate__modules" },
            h("caption", { class: "pb-visually-hidden" }, this.message("caption")),
            h("thead", {}, h("tr", {}, ["colModule", "colDate", "colQuiz"].map((key) => h("th", { scope: "col" }, this.message(key))))),
            h("tbody", {}, rows)),
          h("p", { class: "pb-certificate__note" }, this.message("note", { date: date((issued && issued.issuedAt) || new Date().toISOString()) }))),
      ];
    }
  }

  PS.register("attestation", Attestation);
})();
