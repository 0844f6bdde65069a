/*
 * The SCORM launch page (scorm.html): one LMS session for the whole course. It finds the LMS,
 * puts the learner's saved state back into this browser (the LMS's copy wins; what it replaces is
 * set aside, never dropped), then shows the course in its frame, starting where the learner left
 * off. Each change the course's pages store (a `storage` event, since they are other documents)
 * is turned into status, score, progress and suspend_data (lms-state.js), and committed. On leaving:
 * session time, exit = suspend, commit, then LMSFinish / Terminate. Without an LMS, the course
 * simply runs on local storage, as on the site.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const LOCATION = { "1.2": "cmi.core.lesson_location", 2004: "cmi.location" };
  const EXIT = { "1.2": "cmi.core.exit", 2004: "cmi.exit" };
  const SESSION_TIME = { "1.2": "cmi.core.session_time", 2004: "cmi.session_time" };
  const STATUS = { "1.2": "cmi.core.lesson_status", 2004: "cmi.completion_status" };

  class ScormLauncher extends PS.Component {
    static messages = "lms";

    constructor(root) {
      super(root);
      this.settings = this.data("scorm");
      this.course = PS.courseData.course;
      this.frame = this.find("[data-frame]");
      this.notice = this.find("[data-notice]");
      this.startedAt = Date.now();
      this.reporting = Promise.resolve();
      this.ready = this.start().catch((error) => {
        console.error("Playbook social: the SCORM session failed to start.", error); // typographie: code
        if (!this.frame.src) this.open(this.settings.start); // the course still opens, on local storage
      });
    }

    async start() {
      this.lms = await PS.scormBridge.connect(this.settings.version);
      if (!this.lms) {
        this.say(this.message("none"));
        this.open(this.settings.start);
        return;
      }
      const version = this.lms.version;
      if (["not attempted", "unknown", ""].includes(this.lms.get(STATUS[version]))) this.lms.set(STATUS[version], "incomplete");
      await this.restore();
      this.listen(window, "storage", (event) => this.changed(event));
      this.listen(window, "pagehide", () => this.finish());
      this.listen(this.frame, "load", () => this.remember());
      await this.report();
      this.open(this.resumeAt() || this.settings.start);
    }

    /* The keys whose values travel in suspend_data. */
    keys() {
      const checklists = this.course.modules.flatMap((module) => module.steps.filter((step) => step.kind === "checklist").map((step) => step.id));
      return { course: ["course", this.course.id], profile: ["learner", "profile"], checklists: checklists.map((id) => ["checklist", id]) };
    }

    local() {
      const keys = this.keys();
      const learner = PS.courseState.learner(this.course);
      const profile = PS.storage.read(...keys.profile, PS.courseState.isValid("learner-profile")).value;
      return { course: learner.course, profile, checklists: learner.checklists };
    }

    async restore() {
      const taken = await PS.lmsState.readSuspendData(this.lms.get("cmi.suspend_data"), this.course);
      const keys = this.keys();
      const wanted = taken ? PS.lmsState.restore(taken, this.local()) : { course: null, profile: null, checklists: {} };
      const put = ([kind, id], value) => {
        const raw = PS.storage.rawOf(kind, id);
        const next = value ? JSON.stringify(value) : null;
        if (raw === next) return;
        if (raw !== null) PS.storage.setAside(PS.storage.keyOf(kind, id), raw);
        PS.storage.restoreRaw(kind, id, next);
      };
      put(keys.course, wanted.course);
      put(keys.profile, wanted.profile);
      for (const key of keys.checklists) put(key, wanted.checklists[key[1]]);
    }

    changed(event) {
      const watched = this.keys();
      const names = [watched.course, watched.profile, ...watched.checklists].map(([kind, id]) => PS.storage.keyOf(kind, id));
      if (event.key === null || names.includes(event.key)) this.report();
    }

    /* Tell the LMS where the learner stands; one report at a time, in order. */
    report() {
      this.reporting = this.reporting.then(() => this.send()).catch((error) => console.error("Playbook social: SCORM report failed.", error)); // typographie: code
      return this.reporting;
    }

    async send() {
      if (!this.lms) return;
      const version = this.lms.version;
      const learner = PS.courseState.learner(this.course);
      const progress = PS.courseProgress.progress(this.course, learner);
      const fitted = await PS.lmsState.suspendData(PS.lmsState.snapshot(this.local()), PS.lmsState.LIMITS[version], this.course);
      let ok = true;
      for (const [element, value] of PS.lmsState.scormValues(version, this.course, learner, progress)) ok = this.lms.set(element, value) && ok;
      if (fitted) ok = this.lms.set("cmi.suspend_data", fitted.data) && ok;
      ok = this.lms.commit() && ok;
      if (!fitted) this.say(this.message("tooLong"));
      else if (!ok) this.say(this.message("refused"));
      else this.say(fitted.texts ? "" : this.message("textsLeftOut"));
    }

    /* The page the learner is on, relative to this launch page: where the next launch opens. */
    remember() {
      if (!this.lms || this.finished) return;
      try {
        const here = new URL(".", window.location.href).href;
        const at = this.frame.contentWindow.location.href;
        if (at.startsWith(here)) this.lms.set(LOCATION[this.lms.version], at.slice(here.length).slice(0, 255));
      } catch (error) {
        /* a page of another origin: nothing to remember */
      }
    }

    resumeAt() {
      const location = this.lms.get(LOCATION[this.lms.version]);
      return /^[a-z0-9][a-z0-9/_.-]*\.html(#[a-z0-9-]*)?$/i.test(location) && !location.includes("..") ? location : null;
    }

    open(path) {
      this.frame.src = path;
    }

    finish() {
      if (!this.lms || this.finished) return;
      this.finished = true;
      const version = this.lms.version;
      this.lms.set(SESSION_TIME[version], PS.lmsState.sessionTime(version, Date.now() - this.startedAt));
      this.lms.set(EXIT[version], "suspend");
      this.lms.commit();
      this.lms.finish();
    }

    say(sentence) {
      this.notice.textContent = sentence;
      this.notice.hidden = !sentence;
    }
  }

  PS.register("scorm", ScormLauncher);
})();
