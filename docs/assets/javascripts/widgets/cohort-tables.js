/*
 * The cohort report's tables and CSV rows from its figures: the same as playbook/hr/tables.py
 * (read its docstring for the shape), held to the same answers by tests/fixtures/cohort-cases.json.
 * `text(key, params)` is the catalogue's (PS.text in the browser). Under Node it exports
 * {tables, csvRows, cellText}.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  root.PlaybookSocial.cohortTables = api;
})(typeof self !== "undefined" ? self : this, () => {
  const column = (label, kind) => ({ label, kind });
  const capitalised = (value) => value.charAt(0).toUpperCase() + value.slice(1);
  const share = (part, whole) => (whole ? Math.round((100 * part) / whole) : null);

  const bandLabels = (bands, text) =>
    bands.map((low, index) => text("cohort.band", { low, high: index + 1 < bands.length ? bands[index + 1] - 1 : 100 }));

  const tables = (data, figures, text) => {
    const t = (key) => text(`cohort.tables.${key}`);
    const byId = (list) => new Map(list.map((entry) => [entry.id, entry]));
    const modules = byId(data.course.modules);
    const quizzes = byId(data.quizzes);
    const checklists = byId(data.checklists);
    const columns = (group, pairs) => pairs.map(([key, kind]) => column(t(`${group}.${key}`), kind));
    const link = (section) => ({ text: section.title, href: section.href });
    const item = (row) => checklists.get(row.checklist).items.find((entry) => entry.id === row.item);
    const question = (row) => quizzes.get(row.quiz).questions.find((entry) => entry.id === row.question);
    const moduleLabel = (id) => text("cohort.module", { number: modules.get(id).number, title: modules.get(id).title });

    return [
      {
        id: "summary",
        caption: t("summary.caption"),
        columns: [column(t("summary.measure"), "text"), column(t("summary.value"), "count")],
        rows: ["learners", "started", "completed"].map((key) => [t(`summary.${key}`), figures[key]]),
      },
      {
        id: "modules",
        caption: t("modules.caption"),
        columns: columns("modules", [["module", "text"], ["done", "count"], ["started", "count"], ["todo", "count"], ["share", "percent"]]),
        rows: figures.modules.map((row) => [moduleLabel(row.id), row.done, row.started, row.todo, share(row.done, figures.learners)]),
      },
      {
        id: "quizzes",
        caption: t("quizzes.caption"),
        columns: [
          column(t("quizzes.quiz"), "text"),
          column(t("quizzes.passMark"), "percent"),
          column(t("quizzes.attempted"), "count"),
          ...bandLabels(data.bands, text).map((band) => column(text("cohort.tables.quizzes.band", { band }), "count")),
          column(t("quizzes.passRate"), "percent"),
        ],
        rows: figures.quizzes.map((row) => [quizzes.get(row.id).title, quizzes.get(row.id).passMark, row.attempted, ...row.bands, row.passRate]),
      },
      {
        id: "domains",
        caption: t("domains.caption"),
        columns: columns("domains", [["domain", "text"], ["mean", "percent"], ["learners", "count"], ["partial", "count"]]),
        rows: figures.domains.map((row) => [capitalised(row.domaine), row.mean, row.learners, row.partial]),
      },
      {
        id: "weakItems",
        caption: t("weakItems.caption"),
        columns: columns("weakItems", [["item", "text"], ["checklist", "text"], ["ratio", "percent"], ["answered", "count"], ["na", "count"], ["section", "link"]]),
        rows: figures.weakItems.map((row) => [item(row).text, checklists.get(row.checklist).title, row.ratio, row.answered, row.na, link(item(row).section)]),
      },
      {
        id: "weakQuestions",
        caption: t("weakQuestions.caption"),
        columns: columns("weakQuestions", [["question", "text"], ["quiz", "text"], ["wrongRate", "percent"], ["answered", "count"], ["section", "link"]]),
        rows: figures.weakQuestions.map((row) => [question(row).prompt, quizzes.get(row.quiz).title, row.wrongRate, row.answered, link(question(row).section)]),
      },
    ];
  };

  /* How a cell reads on screen and on paper: « 67 % », « — » for an unknown share. */
  const cellText = (kind, value, text) => {
    if (value === null || value === undefined) return text("cohort.none");
    if (kind === "percent") return text("cohort.percent", { value });
    if (kind === "link") return value.text;
    return String(value);
  };

  /* Each table as its caption, its header and its rows, a blank row between two tables. */
  const csvRows = (reportTables, text, absolute = (href) => href) => {
    const rows = [];
    for (const table of reportTables) {
      if (rows.length) rows.push([]);
      rows.push([table.caption]);
      rows.push(
        table.columns.flatMap((col) => {
          if (col.kind === "percent") return [text("cohort.csv.percent", { label: col.label })];
          if (col.kind === "link") return [col.label, text("cohort.csv.address", { label: col.label })];
          return [col.label];
        }),
      );
      for (const row of table.rows) {
        rows.push(
          row.flatMap((value, index) => {
            if (table.columns[index].kind === "link") return [value.text, absolute(value.href)];
            return [value === null ? "" : String(value)];
          }),
        );
      }
    }
    return rows;
  };

  return { tables, csvRows, cellText };
});
