/*
 * The cohort report drawn in the page: for each part, its heading, its note, an SVG chart (hidden
 * from screen readers: the table that follows says the same) and its table. Built off the page and
 * put in at once by cohort.js. The same parts, charts and tables as playbook/templates/cohort-report.html.
 */
(() => {
  const PS = window.PlaybookSocial;
  const SVG = "http://www.w3.org/2000/svg";
  const ROW = 46;
  const BAR_WIDTH = 520;
  const BAR_HEIGHT = 16;
  const WIDTH = 660;
  const h = (...parts) => PS.h(...parts);
  const t = (key, params) => PS.text(`cohort.${key}`, params);

  const svgNode = (name, attributes, text) => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  };

  /* rows: [{label, values, caption}]: each bar cut into segments of `classes` in proportion to its values. */
  const stacked = (rows, classes) => {
    const svg = svgNode("svg", { viewBox: `0 0 ${WIDTH} ${Math.max(1, rows.length) * ROW}`, class: "pb-cohort__chart", "aria-hidden": "true", focusable: "false" });
    rows.forEach(({ label, values, caption }, index) => {
      const y = index * ROW;
      const total = values.reduce((sum, value) => sum + value, 0);
      svg.append(svgNode("text", { x: 0, y: y + 13 }, label));
      svg.append(svgNode("rect", { x: 0, y: y + 22, width: BAR_WIDTH, height: BAR_HEIGHT, class: "pb-cohort__todo" }));
      let x = 0;
      values.forEach((value, part) => {
        const width = total ? (BAR_WIDTH * value) / total : 0;
        if (width) svg.append(svgNode("rect", { x: x.toFixed(2), y: y + 22, width: width.toFixed(2), height: BAR_HEIGHT, class: `pb-cohort__${classes[part]}` }));
        x += width;
      });
      svg.append(svgNode("text", { x: BAR_WIDTH + 8, y: y + 35 }, caption));
    });
    return svg;
  };

  const legend = (entries) =>
    h("ul", { class: "pb-cohort__legend", "aria-hidden": "true" }, entries.map(([css, label]) => h("li", {}, h("span", { class: `pb-cohort__${css}` }), label)));

  const table = ({ id, caption, columns, rows }) =>
    h(
      "div",
      { class: "pb-cohort__table", role: "region", "aria-label": caption, tabindex: "0" },
      h(
        "table",
        { "data-table": id },
        h("caption", {}, caption),
        h("thead", {}, h("tr", {}, columns.map((column) => h("th", { scope: "col" }, column.label)))),
        h(
          "tbody",
          {},
          rows.map((row) =>
            h(
              "tr",
              {},
              row.map((value, index) => {
                const { kind } = columns[index];
                if (index === 0) return h("th", { scope: "row" }, PS.cohortTables.cellText(kind, value, PS.text));
                if (kind === "link") return h("td", {}, h("a", { href: value.href }, value.text));
                return h("td", { class: `pb-cohort__${kind}` }, PS.cohortTables.cellText(kind, value, PS.text));
              }),
            ),
          ),
        ),
      ),
    );

  const part = (id, ...content) =>
    h("section", { class: "pb-cohort__part", "aria-labelledby": `pb-cohorte-${id}` }, h("h2", { id: `pb-cohorte-${id}` }, t(`headings.${id}`)), ...content);

  const charts = (data, figures) => {
    const modules = new Map(data.course.modules.map((module) => [module.id, module]));
    const quizzes = new Map(data.quizzes.map((quiz) => [quiz.id, quiz]));
    const people = (count) => t("chart.learners", { count });
    return {
      modules: stacked(
        figures.modules.map((row) => ({
          label: t("module", { number: modules.get(row.id).number, title: modules.get(row.id).title }),
          values: [row.done, row.started, row.todo],
          caption: t("chart.done", { done: row.done, count: figures.learners }),
        })),
        ["done", "started", "todo"],
      ),
      quizzes: stacked(
        figures.quizzes.map((row) => ({ label: quizzes.get(row.id).title, values: row.bands, caption: people(row.attempted) })),
        data.bands.map((band, index) => `band${index}`),
      ),
      domains: stacked(
        figures.domains.map((row) => ({
          label: row.domaine.charAt(0).toUpperCase() + row.domaine.slice(1),
          values: [row.mean || 0, 100 - (row.mean || 0)],
          caption: row.mean === null ? people(0) : t("percent", { value: row.mean }),
        })),
        ["score", "rest"],
      ),
    };
  };

  /* The whole report, as one fragment. */
  const report = (data, figures, tables) => {
    const byId = Object.fromEntries(tables.map((entry) => [entry.id, entry]));
    const drawn = charts(data, figures);
    const note = (id) => h("p", { class: "pb-cohort__note" }, t(`notes.${id}`));
    const bands = byId.quizzes.columns.slice(3, 3 + data.bands.length).map((column, index) => [`band${index}`, column.label]);
    const listOrNone = (id) => (byId[id].rows.length ? table(byId[id]) : h("p", {}, t("notes.none")));
    const fragment = document.createDocumentFragment();
    fragment.append(
      part("summary", table(byId.summary)),
      part("modules", note("modules"), h("figure", {}, drawn.modules, legend([["done", t("legend.done")], ["started", t("legend.started")], ["todo", t("legend.todo")]])), table(byId.modules)),
      part("quizzes", note("quizzes"), h("figure", {}, drawn.quizzes, legend(bands)), table(byId.quizzes)),
      part("domains", note("domains"), h("figure", {}, drawn.domains), table(byId.domains)),
      part("weakItems", note("weakItems"), listOrNone("weakItems")),
      part("weakQuestions", note("weakQuestions"), listOrNone("weakQuestions")),
    );
    return fragment;
  };

  PS.cohortView = { report };
})();
