/*
 * « Rapport de cohorte » (data-widget="cohort"): HR drops learner records (JSON files) on the page;
 * each is read and checked against learner-record v1 or v2 (ajv, worded as Python words it), bad
 * files are listed with their reason, a learner's several records count once, and the report's
 * figures (cohort-figures.js), tables (cohort-tables.js) and charts (cohort-view.js) are drawn,
 * with a CSV export and a print button. Everything stays in this page: nothing is stored, and the
 * reader's own answers in this browser are never read nor written.
 */
(() => {
  const PS = window.PlaybookSocial;
  const BATCH = 250; // files read at once: enough to keep the browser busy, few enough to keep memory low
  const h = (...parts) => PS.h(...parts);
  // Loaded with the first files chosen, like the code that reads, counts and draws them (the
  // `cohort-report` and `validation` groups of widgets.json): what the report counts and links to
  // (PS.cohortData, links from the site's root; in the page's HTML, it was two thirds of it).
  const DATA = "cohort-data.js";
  const SITE = new URL("../../../", document.currentScript.src);

  /* The report's data, each section's link resolved from the site's root (as shown and exported). */
  const withSiteLinks = (data) => {
    const sections = [...data.quizzes.flatMap((quiz) => quiz.questions), ...data.checklists.flatMap((checklist) => checklist.items)];
    for (const { section } of sections) section.href = new URL(section.href, SITE).href;
    return data;
  };

  class Cohort extends PS.Component {
    static messages = "cohort";

    constructor(root) {
      super(root);
      this.records = [];
      this.rejected = [];
      this.files = 0;
      this.find("[data-fallback]").hidden = true;
      this.find("[data-app]").hidden = false;
      this.input = this.find("[data-files]");
      this.drop = this.find("[data-drop]");
      this.status = this.find("[data-status]");
      this.progress = this.find("[data-progress]");
      this.listen(this.input, "change", () => this.add(this.input.files).then(() => (this.input.value = "")));
      this.listen(this.drop, "dragover", (event) => this.dragging(event, true));
      this.listen(this.drop, "dragleave", () => this.drop.classList.remove("pb-cohort__drop--over"));
      this.listen(this.drop, "drop", (event) => {
        this.dragging(event, false);
        this.add(event.dataTransfer.files);
      });
      this.listen(this.root, "click", (event) => {
        const button = event.target.closest("[data-action]");
        if (button) this[button.dataset.action]();
      });
    }

    /* A sentence of the `cohort` namespace, nested keys included ("page.reading"). */
    say(key, params) {
      return PS.text(`cohort.${key}`, params);
    }

    dragging(event, over) {
      event.preventDefault();
      this.drop.classList.toggle("pb-cohort__drop--over", over);
    }

    /* [] for a valid record, else its problems in French: the same rules as playbook/hr/records.py. */
    problems(data) {
      const { schema, latest } = this.cohort.record;
      if (data === null || typeof data !== "object" || Array.isArray(data) || data.schema !== schema) return [this.say("rejected.notRecord")];
      if (Number.isInteger(data.version) && data.version > latest) return [this.say("rejected.newer", { version: data.version })];
      const found = PS.validation.problems(data.version === 1 ? "learner-record-1" : "learner-record", data);
      return found.map((problem) => PS.validation.describe(problem));
    }

    check(text) {
      if (text === null) return this.say("rejected.tooBig", { megabytes: this.cohort.maxBytes / (1024 * 1024) });
      let data;
      try {
        data = JSON.parse(text);
      } catch (error) {
        return this.say("rejected.notJson");
      }
      const found = this.problems(data);
      if (!found.length) return data;
      return found.length === 1 ? found[0] : this.say("rejected.more", { problem: found[0], count: found.length - 1 });
    }

    async read(file) {
      try {
        return file.size > this.cohort.maxBytes ? null : await file.text();
      } catch (error) {
        return undefined;
      }
    }

    /* The files chosen or dropped, read and counted (this.cohort: PS.cohortData, from the first);
       said in the status line if what reads them cannot load (the report so far stays as it was). */
    async add(fileList) {
      const files = [...(fileList || [])];
      if (!files.length) return;
      try {
        await Promise.all([PS.load(DATA), PS.loadLater("cohort-report"), PS.loadLater("validation")]);
        await Promise.all([PS.validation.ready("learner-record"), PS.validation.ready("learner-record-1")]);
      } catch (error) {
        console.error("Playbook social: the cohort report failed to load.", error); // typographie: code
        this.status.textContent = this.say("page.notRun");
        return;
      }
      this.cohort = this.cohort || withSiteLinks(PS.cohortData);
      this.progress.hidden = false;
      for (let start = 0; start < files.length; start += BATCH) {
        this.progress.textContent = this.say("page.reading", { done: start, count: files.length });
        const batch = files.slice(start, start + BATCH);
        const texts = await Promise.all(batch.map((file) => this.read(file)));
        batch.forEach((file, index) => {
          const outcome = texts[index] === undefined ? this.say("rejected.unreadable") : this.check(texts[index]);
          if (typeof outcome === "string") this.rejected.push({ name: file.name, reason: outcome });
          else this.records.push(outcome);
        });
      }
      this.files += files.length;
      this.progress.hidden = true;
      this.render();
    }

    render() {
      const figures = PS.cohortFigures.figures(this.cohort, this.records);
      this.tables = PS.cohortTables.tables(this.cohort, figures, PS.text);
      const count = (name, value) => this.say(`page.${name}`, { count: value });
      this.status.textContent = this.files
        ? this.say("page.status", {
            files: count("files", this.files),
            learners: count("learners", figures.learners),
            duplicates: count("duplicates", figures.duplicates),
            rejected: count("rejected", this.rejected.length),
          })
        : "";
      const rejected = this.find("[data-rejected]");
      rejected.hidden = this.rejected.length === 0;
      rejected.querySelector("ul").replaceChildren(
        ...this.rejected.map(({ name, reason }) => h("li", {}, this.say("page.rejectedFile", { name, reason }))),
      );
      this.find("[data-actions]").hidden = this.records.length === 0;
      const report = this.find("[data-report]");
      if (this.records.length) report.replaceChildren(PS.cohortView.report(this.cohort, figures, this.tables));
      else report.replaceChildren(h("p", {}, this.say("page.empty")));
    }

    exportCsv() {
      const rows = PS.cohortTables.csvRows(this.tables, PS.text, (href) => new URL(href, document.baseURI).href);
      const name = this.say("page.csvName", { date: PS.download.today() });
      PS.download.download(name, PS.download.csv(rows), "text/csv;charset=utf-8");
      this.status.textContent = PS.text("common.download.ready", { name });
    }

    print() {
      window.print();
    }

    clear() {
      this.records = [];
      this.rejected = [];
      this.files = 0;
      this.render();
      this.status.textContent = this.say("page.cleared");
      this.input.focus();
    }
  }

  PS.register("cohort", Cohort);
})();
