/*
 * The course's progress on its pages, from course-progress.js and the stored state:
 *   data-widget="course"         the path page: every module's status, « étape 3 sur 6 », minutes
 *                                left, overall progress and « Reprendre » (the first unfinished step);
 *   data-widget="course-module"  a module page's header: its status and each step's state;
 *   data-widget="course-next"    the end of a module page: « Module 3 · étape suivante ».
 * Each follows the changes the page's activities make (event "pb-course-change"), the
 * checklists' answers and other tabs (storage events).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});

  /* Base of the three: reads its course data, computes progress, renders again when the state changes. */
  class CourseView extends PS.Component {
    static messages = "course";

    constructor(root) {
      super(root);
      this.course = this.data("course");
      const render = () => this.render(PS.courseProgress.progress(this.course, PS.courseState.learner(this.course)));
      this.listen(document, PS.courseState.CHANGE, render);
      this.listen(window, "storage", (event) => event.key && event.key.startsWith("playbook-social/") && render());
      // A checklist of the page saves its answers itself: follow its changes too.
      this.listen(document, "change", (event) => event.target.closest('[data-widget="checklist"]') && setTimeout(render));
      render();
    }

    /* « Quiz : Répondre à un client en public », or a section's title. */
    stepTitle(step) {
      return PS.text(`course.steps.${step.kind}`, { title: step.title });
    }

    /* « étape 3 sur 6 · encore 20 min », « terminé le 20 novembre 2026 », or « 35 min » for a module not begun. */
    detail(entry) {
      if (entry.status === "done") {
        if (!entry.completedAt) return this.message("allSteps", { count: entry.total });
        return this.message("doneOn", { date: PS.courseState.day(entry.completedAt) });
      }
      if (entry.status === "todo") return this.message("duration", { minutes: entry.minutes });
      return this.message("detail", { step: entry.next + 1, total: entry.total, minutes: entry.minutesLeft });
    }

    badge(element, status) {
      element.hidden = false;
      element.dataset.status = status;
      element.textContent = this.message(`course.status.${status}`);
    }
  }

  class Course extends CourseView {
    render(progress) {
      this.find("[data-summary]").hidden = false;
      this.find("[data-progress-label]").textContent = this.message("progress", {
        percent: progress.percent,
        count: progress.done,
        total: progress.total,
      });
      this.find("[data-progress]").value = progress.percent;
      const resume = this.find("[data-resume]");
      if (progress.next === null) {
        resume.href = this.find(".pb-course__end a").getAttribute("href");
        resume.textContent = this.message("finished");
      } else {
        const module = this.course.modules[progress.next.module];
        const step = module.steps[progress.next.step];
        const begun = progress.stepsDone > 0 || progress.modules.some((entry) => entry.status !== "todo");
        resume.href = begun ? step.href : module.href;
        resume.textContent = begun
          ? this.message("resume", { number: module.number, step: this.stepTitle(step) })
          : this.message("start");
      }
      progress.modules.forEach((entry) => {
        const item = this.find(`[data-module="${CSS.escape(entry.id)}"]`);
        item.dataset.state = entry.status;
        this.badge(item.querySelector("[data-status]"), entry.status);
        item.querySelector("[data-detail]").textContent = entry.status === "todo" ? "" : this.detail(entry);
      });
    }
  }

  class CourseModule extends CourseView {
    constructor(root) {
      super(root);
      // Opening a module begins the course: from now on, reading is followed in the chapters.
      if (!PS.courseState.read(this.course.id).state) PS.courseState.update(this.course.id, this.course.version, () => {});
    }

    render(progress) {
      const module = this.course.modules[0];
      const entry = progress.modules[0];
      const status = this.find("[data-status]");
      status.hidden = false;
      status.dataset.status = entry.status;
      status.textContent = this.message("moduleStatus", { status: this.message(`course.status.${entry.status}`), detail: this.detail(entry) });
      entry.steps.forEach((step, index) => {
        const item = this.find(`[data-step="${index}"]`);
        item.classList.toggle("is-done", step.done);
        item.querySelector("[data-state]").dataset.done = String(step.done);
        const kind = module.steps[index].kind === "section" ? "section" : "activity";
        item.querySelector("[data-state]").textContent = this.message(`course.stepState.${kind}.${step.done ? "done" : "todo"}`);
      });
    }
  }

  class CourseNext extends CourseView {
    render(progress) {
      const module = this.course.modules[0];
      const entry = progress.modules[0];
      const line = this.find("[data-next]");
      line.hidden = false;
      if (entry.status === "done") {
        line.replaceChildren(this.message("moduleDone", { number: module.number }));
        return;
      }
      const step = module.steps[entry.next];
      line.replaceChildren(
        this.message("nextStep", { number: module.number }),
        " ",
        PS.h("a", { href: step.href }, this.stepTitle(step)),
      );
    }
  }

  PS.register("course", Course);
  PS.register("course-module", CourseModule);
  PS.register("course-next", CourseNext);
})();
