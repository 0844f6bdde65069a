/*
 * A quiz (data-widget="quiz"): each situation answered then checked (« Vérifier »), its feedback
 * shown beside it and announced; once every situation is checked, the score against the module's
 * pass mark, and « Recommencer », which draws a new order of situations and answers. The attempt
 * in progress (its order's seed, its checked answers) lives in the course state, so a reload
 * finds it as it was. Without this script the quiz reads as a paper sheet with an answer key.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const LETTERS = "ABCDEFGH";

  const sameSet = (a, b) => a.length === b.length && a.every((value) => b.includes(value));

  class Quiz extends PS.Component {
    static messages = "quiz";

    constructor(root) {
      super(root);
      this.quiz = this.data("quiz");
      this.byId = new Map(this.quiz.questions.map((question) => [question.id, question]));
      this.list = this.find("[data-questions]");
      this.result = this.find("[data-result]");
      this.findAll("[data-key]").forEach((key) => key.remove());
      this.findAll("[data-check]").forEach((check) => (check.hidden = false));
      this.find("[data-how]").textContent = this.message("how");
      this.find("[data-tools]").hidden = false;
      const { state, notice } = PS.courseState.read(this.quiz.course);
      this.say(notice);
      const entry = state && state.quizzes[this.quiz.id];
      this.show(entry && entry.current ? entry.current : this.attempt(0), entry);
      this.listen(this.root, "click", (event) => this.onClick(event));
    }

    say(notice) {
      const box = this.find("[data-notice]");
      box.textContent = notice || "";
      box.hidden = !notice;
    }

    /* A new attempt: the order `seed` draws (0: as written), no answer yet. */
    attempt(seed) {
      const ids = this.quiz.questions.map((question) => question.id);
      const questions = PS.shuffle.order(seed, ids.length).map((index) => ids[index]);
      const choices = {};
      this.quiz.questions.forEach((question, index) => {
        const own = seed ? (seed + 7919 * (index + 1)) % 0x7fffffff || 1 : 0;
        choices[question.id] = PS.shuffle.order(own, question.feedback.length);
      });
      return { order: { seed, questions, choices }, answers: {} };
    }

    element(questionId) {
      return this.find(`[data-question="${CSS.escape(questionId)}"]`);
    }

    /* Put the situations and their answers in the attempt's order, then its checked answers. */
    show(current, entry) {
      this.current = current;
      const known = current.order.questions.filter((id) => this.byId.has(id));
      const order = [...known, ...this.quiz.questions.map((q) => q.id).filter((id) => !known.includes(id))];
      order.forEach((id, position) => {
        const element = this.element(id);
        this.list.append(element);
        element.querySelector("[data-number]").textContent = this.message("number", { number: position + 1 });
        const list = element.querySelector("[data-choices]");
        const choices = current.order.choices[id] || [];
        const count = this.byId.get(id).feedback.length;
        const valid = choices.length === count && sameSet(choices, [...Array(count).keys()]);
        (valid ? choices : [...Array(count).keys()]).forEach((index, place) => {
          const choice = list.querySelector(`[data-choice="${index}"]`);
          list.append(choice);
          choice.querySelector(".pb-quiz__letter").textContent = `${LETTERS[place]}.`;
        });
        this.reset(element);
        const answer = current.answers[id];
        if (answer) this.reveal(element, this.byId.get(id), answer);
      });
      this.showResult(entry);
    }

    reset(element) {
      for (const input of element.querySelectorAll("input")) {
        input.checked = false;
        input.disabled = false;
      }
      element.querySelectorAll("[data-choice]").forEach((choice) => delete choice.dataset.verdict);
      element.querySelector("[data-feedback]").replaceChildren();
      const button = element.querySelector('[data-action="check"]');
      button.removeAttribute("aria-disabled");
      button.textContent = this.message("check");
    }

    chosen(element) {
      return [...element.querySelectorAll("input:checked")].map((input) => Number(input.value));
    }

    check(element) {
      if (element.querySelector('[data-action="check"]').getAttribute("aria-disabled") === "true") return;
      const question = this.byId.get(element.dataset.question);
      const answer = this.chosen(element);
      if (!answer.length) {
        element.querySelector("[data-feedback]").replaceChildren(PS.h("p", {}, this.message("choose")));
        return;
      }
      let entry;
      const written = PS.courseState.update(this.quiz.course, this.quiz.version, (state) => {
        entry = state.quizzes[this.quiz.id] || { attempts: 0, best: 0, last: 0, passed: false, questions: {} };
        const current = entry.current && entry.current.order.seed === this.current.order.seed ? entry.current : this.current;
        current.answers[question.id] = answer;
        entry.current = current;
        entry.questions = { ...entry.questions, [question.id]: sameSet(answer, question.correct) };
        const score = this.score(current);
        if (score !== null) {
          entry.attempts += 1;
          entry.last = score;
          entry.best = Math.max(entry.best, score);
          entry.passed = entry.best >= this.quiz.passMark;
        }
        entry.updatedAt = new Date().toISOString();
        state.quizzes[this.quiz.id] = entry;
        this.current = current;
      });
      if (!written.ok) this.say(written.notice);
      this.reveal(element, question, answer);
      this.showResult(entry);
    }

    /* The percent of right answers once every situation is checked, else null. */
    score(current) {
      const questions = this.quiz.questions;
      if (!questions.every((question) => current.answers[question.id])) return null;
      const right = questions.filter((question) => sameSet(current.answers[question.id], question.correct)).length;
      return Math.round((100 * right) / questions.length);
    }

    /* Lock the situation and show why each answer is right or wrong, with the section to reread. */
    reveal(element, question, answer) {
      const right = sameSet(answer, question.correct);
      for (const input of element.querySelectorAll("input")) {
        input.checked = answer.includes(Number(input.value));
        input.disabled = true;
      }
      const button = element.querySelector('[data-action="check"]');
      button.setAttribute("aria-disabled", "true");
      button.textContent = this.message("checked");
      const lines = [];
      for (const choice of element.querySelectorAll("[data-choice]")) {
        const index = Number(choice.dataset.choice);
        const picked = answer.includes(index);
        const correct = question.correct.includes(index);
        if (picked || (question.type === "multiple" && correct)) choice.dataset.verdict = correct ? (picked ? "right" : "missed") : "wrong";
        if (question.type === "single" && !picked) continue;
        const status = question.type === "single" ? "" : this.message(`quiz.status.${picked ? "picked" : "left"}.${correct}`);
        const letter = choice.querySelector(".pb-quiz__letter").textContent;
        const text = choice.querySelector("[data-choice-text]").textContent;
        lines.push(PS.h("li", {}, PS.h("strong", {}, `${letter} ${text}`), status ? ` — ${status} ` : " ", question.feedback[index]));
      }
      const verdict = right ? this.message("right") : this.message(question.type === "single" ? "wrong" : "partly");
      element.querySelector("[data-feedback]").replaceChildren(
        PS.h("p", { class: "pb-quiz__verdict" }, verdict),
        PS.h("ul", { class: "pb-quiz__explanations" }, lines),
        PS.h("p", {}, PS.h("a", { href: question.section.href }, this.message("reread", { title: question.section.title }))),
      );
    }

    showResult(entry) {
      const score = this.score(this.current);
      const pass = this.quiz.passMark;
      const parts = [];
      if (score !== null) {
        const right = this.quiz.questions.filter((q) => sameSet(this.current.answers[q.id], q.correct)).length;
        parts.push(this.message("score", { right, total: this.quiz.questions.length, percent: score }));
        parts.push(score >= pass ? this.message("passed", { pass }) : this.message("failed", { pass }));
      }
      if (entry && entry.attempts > 0 && (score === null || entry.best !== score)) {
        parts.push(this.message(entry.best >= pass ? "bestPassed" : "best", { best: entry.best, count: entry.attempts }));
      }
      this.result.textContent = parts.join(" ");
      this.root.classList.toggle("is-complete", score !== null);
    }

    retry() {
      const seed = PS.shuffle.newSeed(this.current.order.seed);
      const next = this.attempt(seed);
      let entry;
      PS.courseState.update(this.quiz.course, this.quiz.version, (state) => {
        entry = state.quizzes[this.quiz.id] || { attempts: 0, best: 0, last: 0, passed: false, questions: {} };
        entry.current = next;
        entry.updatedAt = new Date().toISOString();
        state.quizzes[this.quiz.id] = entry;
      });
      this.show(next, entry);
      this.result.textContent = this.message("retried");
      this.list.querySelector("input").focus();
    }

    onClick(event) {
      const button = event.target.closest("[data-action]");
      if (!button) return;
      if (button.dataset.action === "check") this.check(button.closest("[data-question]"));
      if (button.dataset.action === "retry") this.retry();
    }
  }

  PS.register("quiz", Quiz);
})();
